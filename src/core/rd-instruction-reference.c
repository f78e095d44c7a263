/* rd-instruction-reference.c: the places an amendment's instructions name
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Numbers in figures or words ("38", "thirty-eighth", "two hundred and
 * fifth") and references to places in the draft ("operative paragraph
 * 5 (a)", "preambular paragraphs 3 to 5", "the title, the preambular
 * paragraphs and the operative paragraphs", "the whole text"), read from
 * the tokens of rd-instruction-scan.c.  rd-instruction-parser.c reads the
 * phrases around them.
 */

/* Includes */

#include "config.h"

#include "rd-instruction-parser.h"

#include <string.h>

#include "rd-instruction-scan-private.h"

/* Numbers and references */

/* A number at @pos in figures or words; @ordinal says whether it was
 * written as one ("fifth", "38th"). */
gboolean
rd_scan_parse_number (const RdScan *scan,
                      guint *pos,
                      guint *value,
                      gboolean *ordinal)
{
  const RdScanToken *token = rd_scan_token_at (scan, *pos);
  RdNumberWords words = { 0 };
  guint p = *pos;

  if (token == NULL)
    return FALSE;
  if (token->kind == TOKEN_NUMBER)
    {
      *value = token->number;
      *ordinal = FALSE;
      (*pos)++;
      return TRUE;
    }
  if (token->kind != TOKEN_WORD)
    return FALSE;
  if (rd_number_parse_figure_ordinal (token->word, value))
    {
      *value = MIN (*value, MAX_NUMBER);
      *ordinal = TRUE;
      (*pos)++;
      return TRUE;
    }

  while ((token = rd_scan_token_at (scan, p)) != NULL && token->kind == TOKEN_WORD && !words.ordinal)
    {
      g_auto (GStrv) parts = NULL;
      gboolean taken = TRUE;

      /* "two hundred and fifth" */
      if (strcmp (token->word, "and") == 0 && words.has_hundred && !words.has_unit && !words.has_ten)
        {
          RdNumberWords copy = words;
          const RdScanToken *after = rd_scan_token_at (scan, p + 1);

          if (after == NULL || after->kind != TOKEN_WORD)
            break;
          parts = g_strsplit (after->word, "-", -1);
          for (guint i = 0; parts[i] != NULL && taken; i++)
            taken = rd_number_words_feed (&copy, parts[i]);
          if (!taken)
            break;
          p++;
          continue;
        }

      parts = g_strsplit (token->word, "-", -1);
      for (guint i = 0; parts[i] != NULL && taken; i++)
        taken = rd_number_words_feed (&words, parts[i]);
      if (!taken)
        break;
      p++;
    }

  if (!words.any || p == *pos)
    return FALSE;
  *value = MIN (words.hundreds + words.rest, MAX_NUMBER);
  *ordinal = words.ordinal;
  *pos = p;
  return TRUE;
}

RdScope
rd_target_get_scope (const RdTarget *target)
{
  switch (target->kind)
    {
    case RD_TARGET_TITLE:
      return RD_SCOPE_TITLE;
    case RD_TARGET_PARTS:
      return target->scope;
    case RD_TARGET_PREAMBULAR:
    case RD_TARGET_OPERATIVE:
    case RD_TARGET_FOOTNOTE:
    case RD_TARGET_NONE:
    default:
      return RD_SCOPE_NONE;
    }
}

RdTargetKind
rd_scan_paragraph_kind (const RdScan *scan,
                        guint pos)
{
  if (rd_scan_is_word (scan, pos, "preambular"))
    return RD_TARGET_PREAMBULAR;
  if (rd_scan_is_word (scan, pos, "operative"))
    return RD_TARGET_OPERATIVE;
  return RD_TARGET_NONE;
}

/* "(a)", "(a) (ii)", ", subparagraph (a)" after a paragraph's number. */
static void
parse_labels (const RdScan *scan,
              guint *pos,
              RdTarget *target)
{
  guint p = *pos;

  if (rd_scan_is_punct (scan, p, ',') && rd_scan_is_word (scan, p + 1, "subparagraph") && rd_scan_is_kind (scan, p + 2, TOKEN_LABEL))
    p += 2;
  else if (rd_scan_is_word (scan, p, "subparagraph") && rd_scan_is_kind (scan, p + 1, TOKEN_LABEL))
    p++;
  if (!rd_scan_is_kind (scan, p, TOKEN_LABEL))
    return;
  target->subparagraph = g_strdup (rd_scan_word_at (scan, p));
  p++;
  if (rd_scan_is_kind (scan, p, TOKEN_LABEL))
    {
      target->item = g_strdup (rd_scan_word_at (scan, p));
      p++;
    }
  *pos = p;
}

/* "9 to 11", "9 and 10", "9–11" after "paragraphs".  Numbers that are not
 * consecutive with "and" ("3 and 7") are several places. */
static void
parse_range (const RdScan *scan,
             guint *pos,
             RdTarget *target,
             gboolean *several)
{
  guint p = *pos;
  guint last = 0;
  gboolean ordinal = FALSE;
  gboolean listed = rd_scan_is_word (scan, p, "and") || rd_scan_is_punct (scan, p, ',');

  if (!(listed || rd_scan_is_word (scan, p, "to") || rd_scan_is_word (scan, p, "through") || rd_scan_is_punct (scan, p, '-')))
    return;
  p++;
  if (!rd_scan_parse_number (scan, &p, &last, &ordinal) || last < target->number)
    return;
  if (listed && last != target->number + 1)
    *several = TRUE;
  target->last = last;
  *pos = p;
}

/* "the whole text", "the draft resolution", "the entire document" */
static guint
match_whole_text (const RdScan *scan,
                  guint pos)
{
  static const char *const phrases[] = {
    "whole text", "entire text", "text", "whole draft resolution",
    "entire draft resolution", "draft resolution", "whole draft decision",
    "draft decision", "draft", "whole document", "document", NULL
  };

  for (guint i = 0; phrases[i] != NULL; i++)
    {
      guint n = rd_scan_match_phrase (scan, pos, phrases[i]);
      if (n > 0)
        return n;
    }
  return 0;
}

/* One reference to a place in the draft at @pos. */
static gboolean
parse_reference (const RdScan *scan,
                 guint *pos,
                 RdTarget *target,
                 gboolean *several)
{
  guint p = *pos;
  guint number = 0;
  gboolean ordinal = FALSE;
  RdTargetKind kind;
  guint n = 0;
  guint q;

  rd_target_clear (target);
  if (rd_scan_is_word (scan, p, "the"))
    p++;

  if (rd_scan_is_word (scan, p, "title"))
    {
      p++;
      if ((n = rd_scan_match_phrase (scan, p, "of the draft resolution")) > 0 || (n = rd_scan_match_phrase (scan, p, "of the draft decision")) > 0)
        p += n;
      target->kind = RD_TARGET_TITLE;
      *pos = p;
      return TRUE;
    }
  if (rd_scan_is_word (scan, p, "preamble") || (n = rd_scan_match_phrase (scan, p, "preambular part")) > 0)
    {
      p += rd_scan_is_word (scan, p, "preamble") ? 1 : n;
      target->kind = RD_TARGET_PARTS;
      target->scope = RD_SCOPE_PREAMBULAR;
      *pos = p;
      return TRUE;
    }
  if ((n = rd_scan_match_phrase (scan, p, "operative part")) > 0 || (n = rd_scan_match_phrase (scan, p, "operative section")) > 0)
    {
      target->kind = RD_TARGET_PARTS;
      target->scope = RD_SCOPE_OPERATIVE;
      *pos = p + n;
      return TRUE;
    }
  if (rd_scan_is_word (scan, p, "footnotes"))
    {
      target->kind = RD_TARGET_PARTS;
      target->scope = RD_SCOPE_FOOTNOTES;
      *pos = p + 1;
      return TRUE;
    }
  if ((n = match_whole_text (scan, p)) > 0)
    {
      target->kind = RD_TARGET_PARTS;
      target->scope = RD_SCOPE_ALL;
      *pos = p + n;
      return TRUE;
    }

  /* "the fifth preambular paragraph", "the last operative paragraph",
   * "the second and third preambular paragraphs", "the fourth paragraph of
   * the preamble", "the third footnote" */
  q = p;
  if (rd_scan_is_word (scan, p, "last") || (rd_scan_parse_number (scan, &q, &number, &ordinal) && ordinal))
    {
      if (rd_scan_is_word (scan, p, "last"))
        {
          number = RD_TARGET_LAST;
          p++;
        }
      else
        p = q;
      target->number = target->last = number;
      if (number != RD_TARGET_LAST && (rd_scan_is_word (scan, p, "and") || rd_scan_is_word (scan, p, "to")))
        {
          guint last = 0;
          gboolean last_ordinal = FALSE;

          q = p + 1;
          if (rd_scan_parse_number (scan, &q, &last, &last_ordinal) && last_ordinal && last > number)
            {
              if (rd_scan_is_word (scan, p, "and") && last != number + 1)
                *several = TRUE;
              target->last = last;
              p = q;
            }
        }
      kind = rd_scan_paragraph_kind (scan, p);
      if (kind != RD_TARGET_NONE)
        p++;
      if (rd_scan_is_word (scan, p, "footnote") && kind == RD_TARGET_NONE)
        {
          target->kind = RD_TARGET_FOOTNOTE;
          *pos = p + 1;
          return TRUE;
        }
      if (!rd_scan_is_word (scan, p, "paragraph") && !rd_scan_is_word (scan, p, "paragraphs"))
        return FALSE;
      p++;
      if ((n = rd_scan_match_phrase (scan, p, "of the preamble")) > 0)
        {
          kind = RD_TARGET_PREAMBULAR;
          p += n;
        }
      else if ((n = rd_scan_match_phrase (scan, p, "of the operative part")) > 0)
        {
          kind = RD_TARGET_OPERATIVE;
          p += n;
        }
      if (kind == RD_TARGET_NONE)
        return FALSE;
      target->kind = kind;
      *pos = p;
      return TRUE;
    }

  /* "preambular paragraph 4", "operative paragraph 3 (a)", "operative
   * paragraphs 9 to 11", "the operative paragraphs", "paragraph 5",
   * "operative subparagraph 3 (a)" */
  kind = rd_scan_paragraph_kind (scan, p);
  if (kind != RD_TARGET_NONE)
    p++;
  if (rd_scan_is_word (scan, p, "paragraphs") || rd_scan_is_word (scan, p, "subparagraphs"))
    {
      p++;
      target->kind = kind == RD_TARGET_NONE ? RD_TARGET_OPERATIVE : kind;
      if (rd_scan_parse_number (scan, &p, &number, &ordinal))
        {
          target->number = target->last = number;
          parse_range (scan, &p, target, several);
        }
      else if (kind != RD_TARGET_NONE)
        {
          /* "the preambular paragraphs": the whole part */
          target->kind = RD_TARGET_PARTS;
          target->scope = kind == RD_TARGET_PREAMBULAR ? RD_SCOPE_PREAMBULAR : RD_SCOPE_OPERATIVE;
        }
      else
        return FALSE;
      *pos = p;
      return TRUE;
    }
  if (rd_scan_is_word (scan, p, "paragraph") || (kind != RD_TARGET_NONE && rd_scan_is_word (scan, p, "subparagraph")))
    {
      p++;
      if (!rd_scan_parse_number (scan, &p, &number, &ordinal))
        return FALSE;
      target->kind = kind == RD_TARGET_NONE ? RD_TARGET_OPERATIVE : kind;
      target->number = target->last = number;
      parse_labels (scan, &p, target);
      if (kind == RD_TARGET_NONE && (n = rd_scan_match_phrase (scan, p, "of the preamble")) > 0)
        {
          target->kind = RD_TARGET_PREAMBULAR;
          p += n;
        }
      *pos = p;
      return TRUE;
    }
  if (kind != RD_TARGET_NONE)
    return FALSE;

  /* "subparagraph (a) of operative paragraph 3", "subparagraph 3 (a)" */
  if (rd_scan_is_word (scan, p, "subparagraph"))
    {
      g_autofree char *label = NULL;
      g_autofree char *item = NULL;

      p++;
      if (rd_scan_parse_number (scan, &p, &number, &ordinal) && rd_scan_is_kind (scan, p, TOKEN_LABEL))
        {
          target->kind = RD_TARGET_OPERATIVE;
          target->number = target->last = number;
          parse_labels (scan, &p, target);
          *pos = p;
          return TRUE;
        }
      if (!rd_scan_is_kind (scan, p, TOKEN_LABEL))
        return FALSE;
      label = g_strdup (rd_scan_word_at (scan, p));
      p++;
      if (rd_scan_is_kind (scan, p, TOKEN_LABEL))
        {
          item = g_strdup (rd_scan_word_at (scan, p));
          p++;
        }
      if (!rd_scan_is_word (scan, p, "of") && !rd_scan_is_word (scan, p, "in"))
        return FALSE;
      p++;
      if (!parse_reference (scan, &p, target, several) || (target->kind != RD_TARGET_PREAMBULAR && target->kind != RD_TARGET_OPERATIVE) || target->subparagraph != NULL)
        return FALSE;
      /* "subparagraph (ii) of subparagraph (a) of …" is not read. */
      if (item != NULL)
        {
          target->subparagraph = g_steal_pointer (&label);
          target->item = g_steal_pointer (&item);
        }
      else
        target->subparagraph = g_steal_pointer (&label);
      *pos = p;
      return TRUE;
    }

  if (rd_scan_is_word (scan, p, "footnote"))
    {
      p++;
      if (!rd_scan_parse_number (scan, &p, &number, &ordinal))
        return FALSE;
      target->kind = RD_TARGET_FOOTNOTE;
      target->number = target->last = number;
      *pos = p;
      return TRUE;
    }
  return FALSE;
}

/* References joined by commas and "and": "the title, the preambular
 * paragraphs and the operative paragraphs" is one place made of parts;
 * "operative paragraph 3 and operative paragraph 4" a range. */
gboolean
rd_scan_parse_references (const RdScan *scan,
                          guint *pos,
                          RdTarget *target,
                          gboolean *several)
{
  RdTarget next = { 0 };
  guint p = *pos;

  if (!parse_reference (scan, &p, target, several))
    return FALSE;

  for (;;)
    {
      guint q = p;

      if (rd_scan_is_punct (scan, q, ','))
        q++;
      if (rd_scan_is_word (scan, q, "and"))
        q++;
      if (q == p || !parse_reference (scan, &q, &next, several))
        break;
      if (rd_target_get_scope (target) != RD_SCOPE_NONE && rd_target_get_scope (&next) != RD_SCOPE_NONE)
        {
          RdScope scope = rd_target_get_scope (target) | rd_target_get_scope (&next);

          rd_target_clear (target);
          target->kind = RD_TARGET_PARTS;
          target->scope = scope;
        }
      else if (next.kind == target->kind && target->subparagraph == NULL && next.subparagraph == NULL && next.number == target->last + 1)
        target->last = next.last;
      else
        *several = TRUE;
      p = q;
    }
  rd_target_clear (&next);
  *pos = p;
  return TRUE;
}

/* Public API */

gboolean
rd_number_words_parse (const char *words,
                       guint *value,
                       gboolean *ordinal)
{
  RdScan scan;
  guint pos = 0;
  guint number = 0;
  gboolean is_ordinal = FALSE;
  gboolean ok;

  g_return_val_if_fail (words != NULL, FALSE);

  rd_scan_init (&scan);
  rd_scan_text (&scan, words, NULL);
  ok = rd_scan_parse_number (&scan, &pos, &number, &is_ordinal) && pos == scan.tokens->len;
  rd_scan_clear (&scan);
  if (ok && value != NULL)
    *value = number;
  if (ok && ordinal != NULL)
    *ordinal = is_ordinal;
  return ok;
}
