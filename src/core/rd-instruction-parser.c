/* rd-instruction-parser.c: reading the instructions of an amendment
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * How it works.  An instruction's text is cut into tokens: words (lower
 * case), figures, labels such as "(a)", punctuation, and quotations, each
 * of which becomes one token whatever it holds.  The tokens are then read
 * left to right for the phrases instructions are made of, wherever they
 * stand: a verb (delete, replace, insert, add, amend) with its object (a
 * quotation, a paragraph, "a new operative paragraph"); "in PARAGRAPH" or
 * "in the title, the preambular paragraphs and …" (where); "after" or
 * "before" a quotation or a paragraph; "with"/"by" a quotation (what goes
 * in); "at the end of"; "throughout the text"; "reading" or a final colon
 * (paragraphs follow).  Which phrases were found decides the action.
 * Paragraphs are named by figures or by ordinal words up to the hundreds
 * ("the thirty-eighth preambular paragraph", "operative paragraph 200"):
 * those numbers and references are read by rd-instruction-reference.c.
 */

/* Includes */

#include "config.h"

#include "rd-instruction-parser.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-block.h"
#include "rd-instruction-scan-private.h"

/* The struct */

/* What the phrases of one instruction said. */
typedef struct
{
  Verb verb;
  Verb second_verb;       /* "delete “X” and insert “Y”" */
  GArray *objects;        /* guint: quotations after the verb */
  GArray *second_objects; /* guint: after the second verb */
  int new_quote;          /* after "with" or "by", or -1 */
  int anchor_quote;       /* after "after" or "before", or -1 */
  RdPlace anchor_place;
  RdTarget object;           /* "delete operative paragraph 9" */
  RdTarget location;         /* "in operative paragraph 5" */
  RdTarget paragraph_anchor; /* "after operative paragraph 3" */
  RdPlace paragraph_place;
  RdPlace edge;     /* "at the end of", "at the beginning of" */
  gboolean several; /* several separate places named */
  gboolean throughout;
  gboolean new_paragraphs; /* "a new operative paragraph" */
  gboolean new_kind_said;
  RdParagraphKind new_kind;
  guint count;
  gboolean reading;          /* paragraphs follow: "reading", "as follows", ":" */
  GArray *inline_paragraphs; /* guint: quotations given as paragraphs */
} Clause;

/* Static helpers: phrases */

/* Verbs, also as in "operative paragraph 7 should be deleted" */
static const char *const delete_verbs[] = { "delete", "deleting", "deleted", "remove", "removing", "removed", "strike", NULL };
static const char *const replace_verbs[] = { "replace", "replacing", "replaced", "amend", "amending", "amended", NULL };
static const char *const insert_verbs[] = { "insert", "inserting", "inserted", "add", "adding", "added", NULL };

static Verb
verb_at (const RdScan *scan,
         guint pos)
{
  if (rd_scan_is_word_in (scan, pos, delete_verbs))
    return VERB_DELETE;
  if (rd_scan_is_word_in (scan, pos, replace_verbs))
    return VERB_REPLACE;
  if (rd_scan_is_word_in (scan, pos, insert_verbs))
    return VERB_INSERT;
  return VERB_NONE;
}

/* Words that may stand before a quotation: "the words", "the phrase". */
static void
skip_fillers (const RdScan *scan,
              guint *pos)
{
  static const char *const fillers[] = { "the", "words", "word", "phrase", "expression", "text", "term", "following", NULL };
  guint p = *pos;

  while (rd_scan_is_word_in (scan, p, fillers))
    p++;
  if (rd_scan_is_punct (scan, p, ':'))
    p++;
  if (rd_scan_is_kind (scan, p, TOKEN_QUOTE))
    *pos = p;
}

/* How delegates number a paragraph inserted after another: 5 bis, 5 ter */
static const char *const latin_suffixes[] = { "bis", "ter", "quater", "quinquies", "sexies", NULL };

/* "a new operative paragraph", "two new preambular paragraphs", "the
 * following operative paragraph", "new subparagraphs": paragraphs to put
 * in.  Sets what it says in @clause. */
static gboolean
parse_new_paragraphs (const RdScan *scan,
                      guint *pos,
                      Clause *clause)
{
  guint p = *pos;
  guint count = 0;
  gboolean ordinal = FALSE;
  gboolean said_new = FALSE;
  RdTargetKind kind;
  RdParagraphKind new_kind;
  guint n;

  if ((n = rd_scan_match_phrase (scan, p, "the following")) > 0)
    p += n;
  else if (rd_scan_is_word (scan, p, "a") || rd_scan_is_word (scan, p, "an"))
    {
      count = 1;
      p++;
    }
  else if (rd_scan_parse_number (scan, &p, &count, &ordinal) && ordinal)
    return FALSE;
  if (rd_scan_is_word (scan, p, "new") || rd_scan_is_word (scan, p, "additional"))
    {
      said_new = TRUE;
      p++;
    }
  kind = rd_scan_paragraph_kind (scan, p);
  if (kind != RD_TARGET_NONE)
    p++;
  if (rd_scan_is_word (scan, p, "paragraph") || rd_scan_is_word (scan, p, "paragraphs"))
    new_kind = kind == RD_TARGET_PREAMBULAR ? RD_PARAGRAPH_PREAMBULAR : RD_PARAGRAPH_OPERATIVE;
  else if (rd_scan_is_word (scan, p, "subparagraph") || rd_scan_is_word (scan, p, "subparagraphs"))
    new_kind = RD_PARAGRAPH_SUBPARAGRAPH;
  else
    return FALSE;
  /* "paragraph 5" after "new" would be a reference, not new paragraphs. */
  if (!said_new && p == *pos)
    return FALSE;
  if (!said_new && rd_scan_is_kind (scan, p + 1, TOKEN_NUMBER))
    return FALSE;
  p++;
  /* "a new operative paragraph 5 bis": after the draft's paragraph 5 */
  if (rd_scan_is_kind (scan, p, TOKEN_NUMBER) && rd_scan_is_word_in (scan, p + 1, latin_suffixes) && clause->paragraph_anchor.kind == RD_TARGET_NONE)
    {
      clause->paragraph_anchor.kind = new_kind == RD_PARAGRAPH_PREAMBULAR ? RD_TARGET_PREAMBULAR : RD_TARGET_OPERATIVE;
      clause->paragraph_anchor.number = clause->paragraph_anchor.last = rd_scan_token_at (scan, p)->number;
      clause->paragraph_place = RD_PLACE_AFTER;
      p += 2;
    }
  clause->new_paragraphs = TRUE;
  clause->new_kind = new_kind;
  clause->new_kind_said = kind != RD_TARGET_NONE || new_kind == RD_PARAGRAPH_SUBPARAGRAPH;
  clause->count = count;
  *pos = p;
  return TRUE;
}

/* Quotations joined by "and" or commas: "delete “X” and “Y”". */
static guint
parse_quotes (const RdScan *scan,
              guint pos,
              GArray *into)
{
  guint p = pos;

  while (rd_scan_is_kind (scan, p, TOKEN_QUOTE))
    {
      {
        guint index = rd_scan_quote_at (scan, p);
        g_array_append_val (into, index);
      }
      p++;
      if ((rd_scan_is_word (scan, p, "and") || rd_scan_is_punct (scan, p, ',')) && rd_scan_is_kind (scan, p + 1, TOKEN_QUOTE))
        p++;
      else if (rd_scan_is_punct (scan, p, ',') && rd_scan_is_word (scan, p + 1, "and") && rd_scan_is_kind (scan, p + 2, TOKEN_QUOTE))
        p += 2;
    }
  return p;
}

static void
clause_init (Clause *clause)
{
  *clause = (Clause){ 0 };
  clause->objects = g_array_new (FALSE, FALSE, sizeof (guint));
  clause->second_objects = g_array_new (FALSE, FALSE, sizeof (guint));
  clause->inline_paragraphs = g_array_new (FALSE, FALSE, sizeof (guint));
  clause->new_quote = -1;
  clause->anchor_quote = -1;
  clause->new_kind = RD_PARAGRAPH_OPERATIVE;
}

static void
clause_clear (Clause *clause)
{
  g_array_unref (clause->objects);
  g_array_unref (clause->second_objects);
  g_array_unref (clause->inline_paragraphs);
  rd_target_clear (&clause->object);
  rd_target_clear (&clause->location);
  rd_target_clear (&clause->paragraph_anchor);
}

/* Records where the instruction applies; a second, different place makes
 * several. */
static void
set_location (Clause *clause,
              const RdTarget *target)
{
  if (clause->location.kind != RD_TARGET_NONE)
    {
      if (rd_target_get_scope (&clause->location) != RD_SCOPE_NONE && rd_target_get_scope (target) != RD_SCOPE_NONE)
        {
          clause->location.scope = rd_target_get_scope (&clause->location) | rd_target_get_scope (target);
          clause->location.kind = RD_TARGET_PARTS;
        }
      else
        clause->several = TRUE;
      return;
    }
  rd_target_copy (&clause->location, target);
}

/* "throughout the text", "wherever it appears", "in all instances" */
static gboolean
says_throughout (const RdScan *scan,
                 guint pos)
{
  static const char *const words[] = { "throughout", "wherever", "whenever", NULL };
  static const char *const phrases[] = { "in all instances", "each time", "every time" };

  if (rd_scan_is_word_in (scan, pos, words))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
    if (rd_scan_match_phrase (scan, pos, phrases[i]) > 0)
      return TRUE;
  return FALSE;
}

/* Reads the phrases of one instruction, left to right. */
static void
read_clause (const RdScan *scan,
             Clause *clause)
{
  static const char *const in_words[] = { "in", "from", "within", "to", NULL };
  static const char *const with_words[] = { "with", "by", NULL };
  static const char *const reading_words[] = { "reading", "reads", "read", "follows", NULL };
  guint pos = 0;

  while (pos < scan->tokens->len)
    {
      const RdScanToken *token = rd_scan_token_at (scan, pos);
      RdTarget target = { 0 };
      guint p = pos + 1;
      guint n;
      Verb verb;

      if (token->kind == TOKEN_QUOTE)
        {
          /* A quotation no phrase claimed: what a verb acts on, or a
           * paragraph given in line after "reading". */
          if (clause->reading && (clause->object.kind != RD_TARGET_NONE || clause->new_paragraphs || clause->paragraph_anchor.kind != RD_TARGET_NONE))
            g_array_append_val (clause->inline_paragraphs, token->number);
          else if (clause->second_verb != VERB_NONE)
            g_array_append_val (clause->second_objects, token->number);
          else if (clause->verb == VERB_REPLACE && clause->objects->len > 0 && clause->new_quote < 0)
            clause->new_quote = (int) token->number;
          else
            g_array_append_val (clause->objects, token->number);
          pos++;
          continue;
        }
      if (token->kind != TOKEN_WORD)
        {
          pos++;
          continue;
        }

      /* "at the end of operative paragraph 3", "at the end" */
      if ((n = rd_scan_match_phrase (scan, pos, "at the end")) > 0 || (n = rd_scan_match_phrase (scan, pos, "at the beginning")) > 0 || (n = rd_scan_match_phrase (scan, pos, "at the start")) > 0)
        {
          gboolean several = FALSE;

          clause->edge = rd_scan_is_word (scan, pos + 2, "end") ? RD_PLACE_END : RD_PLACE_START;
          p = pos + n;
          if (rd_scan_is_word (scan, p, "of"))
            {
              guint q = p + 1;

              if (rd_scan_parse_references (scan, &q, &target, &several))
                {
                  set_location (clause, &target);
                  clause->several |= several;
                  p = q;
                }
            }
          pos = p;
          rd_target_clear (&target);
          continue;
        }

      if (says_throughout (scan, pos))
        {
          gboolean several = FALSE;

          clause->throughout = TRUE;
          if (rd_scan_is_word (scan, pos, "throughout"))
            {
              if (rd_scan_parse_references (scan, &p, &target, &several) && rd_target_get_scope (&target) != RD_SCOPE_NONE)
                set_location (clause, &target);
              rd_target_clear (&target);
            }
          else
            /* The rest of the phrase ("it appears") says nothing more. */
            while (p < scan->tokens->len && rd_scan_is_kind (scan, p, TOKEN_WORD) && verb_at (scan, p) == VERB_NONE && !rd_scan_is_word (scan, p, "in"))
              p++;
          pos = p;
          continue;
        }

      /* "renumber the subsequent paragraphs accordingly": numbering
       * follows from the changes */
      if (g_str_has_prefix (token->word, "renumber"))
        {
          if (clause->verb == VERB_NONE)
            clause->verb = VERB_RENUMBER;
          while (p < scan->tokens->len && !rd_scan_is_kind (scan, p, TOKEN_PUNCT) && !rd_scan_is_kind (scan, p, TOKEN_QUOTE))
            p++;
          pos = p;
          continue;
        }

      /* "in operative paragraph 5", "in the title, the preambular …" */
      if (rd_scan_is_word_in (scan, pos, in_words))
        {
          gboolean several = FALSE;

          if (rd_scan_parse_references (scan, &p, &target, &several))
            {
              set_location (clause, &target);
              clause->several |= several;
              rd_target_clear (&target);
              pos = p;
              continue;
            }
          /* "to read" */
          if (rd_scan_is_word (scan, pos, "to") && rd_scan_is_word (scan, pos + 1, "read"))
            {
              clause->reading = TRUE;
              pos += 2;
              continue;
            }
          pos++;
          continue;
        }

      /* "after “X”", "before the fifth preambular paragraph" */
      if (rd_scan_is_word (scan, pos, "after") || rd_scan_is_word (scan, pos, "before"))
        {
          RdPlace place = rd_scan_is_word (scan, pos, "after") ? RD_PLACE_AFTER : RD_PLACE_BEFORE;
          gboolean several = FALSE;
          guint q = p;

          skip_fillers (scan, &q);
          if (rd_scan_is_kind (scan, q, TOKEN_QUOTE))
            {
              clause->anchor_quote = (int) rd_scan_quote_at (scan, q);
              clause->anchor_place = place;
              pos = q + 1;
              continue;
            }
          if (rd_scan_parse_references (scan, &p, &target, &several))
            {
              rd_target_copy (&clause->paragraph_anchor, &target);
              clause->paragraph_place = place;
              clause->several |= several;
              rd_target_clear (&target);
              pos = p;
              continue;
            }
          pos++;
          continue;
        }

      /* "with “Y”", "by the following text:" */
      if (rd_scan_is_word_in (scan, pos, with_words))
        {
          guint q = p;

          if (parse_new_paragraphs (scan, &q, clause))
            {
              pos = q;
              continue;
            }
          skip_fillers (scan, &q);
          if (rd_scan_is_kind (scan, q, TOKEN_QUOTE))
            {
              if (clause->objects->len > 0 || clause->object.kind == RD_TARGET_NONE)
                clause->new_quote = (int) rd_scan_quote_at (scan, q);
              else
                {
                  guint index = rd_scan_quote_at (scan, q);
                  g_array_append_val (clause->inline_paragraphs, index);
                }
              pos = q + 1;
              continue;
            }
          if ((n = rd_scan_match_phrase (scan, p, "the following")) > 0)
            {
              /* the text to put in follows: in line, or as paragraphs */
              clause->reading = TRUE;
              pos = p + n;
              continue;
            }
          pos++;
          continue;
        }

      /* The verb and what it acts on */
      verb = verb_at (scan, pos);
      if (verb != VERB_NONE)
        {
          gboolean several = FALSE;
          guint q;

          if (clause->verb == VERB_NONE)
            clause->verb = verb;
          else if (clause->second_verb == VERB_NONE && verb != clause->verb)
            clause->second_verb = verb;
          q = p;
          skip_fillers (scan, &q);
          if (rd_scan_is_kind (scan, q, TOKEN_QUOTE))
            {
              pos = parse_quotes (scan, q, clause->second_verb != VERB_NONE ? clause->second_objects : clause->objects);
              continue;
            }
          q = p;
          if (parse_new_paragraphs (scan, &q, clause))
            {
              pos = q;
              continue;
            }
          q = p;
          if (clause->object.kind == RD_TARGET_NONE && rd_scan_parse_references (scan, &q, &target, &several))
            {
              rd_target_copy (&clause->object, &target);
              clause->several |= several;
              rd_target_clear (&target);
              pos = q;
              continue;
            }
          pos = p;
          continue;
        }

      if (rd_scan_is_word_in (scan, pos, reading_words) || (n = rd_scan_match_phrase (scan, pos, "as follows")) > 0)
        {
          clause->reading = TRUE;
          pos++;
          continue;
        }

      /* "a new preambular paragraph" without a verb before it */
      p = pos;
      if (parse_new_paragraphs (scan, &p, clause))
        {
          pos = p;
          continue;
        }

      /* "Operative paragraph 5 shall read: …": the paragraph comes first */
      p = pos;
      if (clause->verb == VERB_NONE && clause->object.kind == RD_TARGET_NONE)
        {
          gboolean several = FALSE;

          if (rd_scan_parse_references (scan, &p, &target, &several))
            {
              rd_target_copy (&clause->object, &target);
              clause->several |= several;
              rd_target_clear (&target);
              pos = p;
              continue;
            }
        }
      pos++;
    }

  /* A colon at the end: paragraphs follow. */
  if (scan->tokens->len > 0 && rd_scan_is_punct (scan, scan->tokens->len - 1, ':'))
    clause->reading = TRUE;
}

/* Static helpers: from phrases to an instruction */

static RdQuote *
copy_quote (const RdScan *scan,
            guint index)
{
  const RdQuote *quote = g_ptr_array_index (scan->quotes, index);
  RdQuote *copy = rd_quote_new (quote->text);

  copy->label = g_strdup (quote->label);
  for (guint i = 0; i < quote->footnotes->len; i++)
    {
      const RdFootnoteRef *ref = &g_array_index (quote->footnotes, RdFootnoteRef, i);
      rd_quote_add_footnote (copy, ref->offset, ref->marker);
    }
  return copy;
}

/* The kind of paragraphs put in place of a target: the title's or a
 * footnote's text is "other". */
static RdParagraphKind
kind_of_target (RdTargetKind kind)
{
  switch (kind)
    {
    case RD_TARGET_PREAMBULAR:
      return RD_PARAGRAPH_PREAMBULAR;
    case RD_TARGET_OPERATIVE:
      return RD_PARAGRAPH_OPERATIVE;
    case RD_TARGET_TITLE:
    case RD_TARGET_FOOTNOTE:
    case RD_TARGET_PARTS:
    case RD_TARGET_NONE:
    default:
      return RD_PARAGRAPH_OTHER;
    }
}

/* Words to delete or replace: in one place, or throughout a scope. */
static void
set_word_target (RdInstruction *instruction,
                 const Clause *clause,
                 RdInstructionAction single,
                 RdInstructionAction throughout)
{
  if (clause->location.kind == RD_TARGET_PARTS || (clause->throughout && clause->location.kind == RD_TARGET_NONE))
    {
      instruction->action = throughout;
      instruction->target.kind = RD_TARGET_PARTS;
      instruction->target.scope = clause->location.kind == RD_TARGET_PARTS ? clause->location.scope : RD_SCOPE_ALL;
    }
  else if (clause->location.kind != RD_TARGET_NONE)
    {
      instruction->action = single;
      rd_target_copy (&instruction->target, &clause->location);
      /* "throughout operative paragraph 5": every occurrence there */
      if (clause->throughout)
        instruction->action = throughout;
    }
  else if (clause->object.kind != RD_TARGET_NONE && clause->object.kind != RD_TARGET_PARTS)
    {
      /* "Delete “X” of operative paragraph 5" is rare; take the place. */
      instruction->action = single;
      rd_target_copy (&instruction->target, &clause->object);
    }
  else
    {
      instruction->action = single;
      rd_instruction_set_problem (instruction, _ ("the paragraph or part this instruction applies to was not recognised"));
    }
}

/* Fills @instruction from what @clause found; sets a problem when a piece
 * is missing.  Returns whether paragraphs are expected after it. */
static gboolean
build_instruction (RdInstruction *instruction,
                   const RdScan *scan,
                   Clause *clause)
{
  gboolean wants_paragraphs = FALSE;
  Verb verb = clause->verb;

  if (scan->unclosed)
    rd_instruction_set_problem (instruction, _ ("a quotation mark is not closed"));
  if (clause->several)
    rd_instruction_set_problem (instruction, _ ("several separate places in one instruction are not supported"));

  /* "Operative paragraph 5 shall read: …", "Amend operative paragraph 5
   * to read: …" */
  if ((verb == VERB_NONE || verb == VERB_REPLACE) && clause->object.kind != RD_TARGET_NONE && clause->objects->len == 0 && clause->reading)
    verb = VERB_REPLACE;
  /* "Delete “X” and insert “Y”" */
  if (verb == VERB_DELETE && clause->second_verb == VERB_INSERT && clause->objects->len > 0 && clause->second_objects->len > 0 && clause->new_quote < 0)
    {
      verb = VERB_REPLACE;
      clause->new_quote = (int) g_array_index (clause->second_objects, guint, 0);
    }

  instruction->place = RD_PLACE_NONE;
  switch (verb)
    {
    case VERB_DELETE:
      if (clause->objects->len > 0)
        {
          for (guint i = 0; i < clause->objects->len; i++)
            g_ptr_array_add (instruction->old_texts, copy_quote (scan, g_array_index (clause->objects, guint, i)));
          set_word_target (instruction, clause, RD_INSTRUCTION_DELETE, RD_INSTRUCTION_DELETE_THROUGHOUT);
        }
      else if (clause->object.kind != RD_TARGET_NONE && clause->object.kind != RD_TARGET_PARTS)
        {
          instruction->action = RD_INSTRUCTION_DELETE;
          instruction->whole = TRUE;
          rd_target_copy (&instruction->target, &clause->object);
          if (instruction->target.kind == RD_TARGET_TITLE)
            rd_instruction_set_problem (instruction, _ ("the title cannot be deleted"));
          /* "… reading: …": the paragraph as the amendment quotes it */
          for (guint i = 0; i < clause->inline_paragraphs->len; i++)
            g_ptr_array_add (instruction->old_texts, copy_quote (scan, g_array_index (clause->inline_paragraphs, guint, i)));
          wants_paragraphs = clause->reading && clause->inline_paragraphs->len == 0;
        }
      else
        {
          instruction->action = RD_INSTRUCTION_DELETE;
          rd_instruction_set_problem (instruction, _ ("the paragraph or words to delete were not recognised"));
        }
      break;

    case VERB_REPLACE:
      if (clause->objects->len > 0)
        {
          g_ptr_array_add (instruction->old_texts, copy_quote (scan, g_array_index (clause->objects, guint, 0)));
          if (clause->objects->len > 1)
            rd_instruction_set_problem (instruction, _ ("several quoted texts to replace in one instruction are not supported"));
          set_word_target (instruction, clause, RD_INSTRUCTION_REPLACE, RD_INSTRUCTION_REPLACE_THROUGHOUT);
          if (clause->new_quote >= 0)
            instruction->new_text = copy_quote (scan, (guint) clause->new_quote);
          else if (clause->inline_paragraphs->len > 0)
            instruction->new_text = copy_quote (scan, g_array_index (clause->inline_paragraphs, guint, 0));
          else
            rd_instruction_set_problem (instruction, _ ("the text to put in was not recognised"));
        }
      else if (clause->object.kind != RD_TARGET_NONE && clause->object.kind != RD_TARGET_PARTS)
        {
          instruction->action = RD_INSTRUCTION_REPLACE;
          instruction->whole = TRUE;
          rd_target_copy (&instruction->target, &clause->object);
          instruction->paragraph_kind = kind_of_target (instruction->target.kind);
          if (instruction->target.subparagraph != NULL)
            instruction->paragraph_kind = RD_PARAGRAPH_SUBPARAGRAPH;
          instruction->count = clause->count;
          if (clause->new_quote >= 0)
            g_ptr_array_add (instruction->paragraphs, copy_quote (scan, (guint) clause->new_quote));
          for (guint i = 0; i < clause->inline_paragraphs->len; i++)
            g_ptr_array_add (instruction->paragraphs, copy_quote (scan, g_array_index (clause->inline_paragraphs, guint, i)));
          wants_paragraphs = instruction->paragraphs->len == 0;
        }
      else
        {
          instruction->action = RD_INSTRUCTION_REPLACE;
          rd_instruction_set_problem (instruction, _ ("the paragraph or words to replace were not recognised"));
        }
      break;

    case VERB_INSERT:
      instruction->action = RD_INSTRUCTION_INSERT;
      if (clause->objects->len > 0 && !clause->new_paragraphs && (clause->anchor_quote >= 0 || clause->edge != RD_PLACE_NONE || clause->paragraph_anchor.kind == RD_TARGET_NONE))
        {
          /* Words into a paragraph */
          instruction->new_text = copy_quote (scan, g_array_index (clause->objects, guint, 0));
          if (clause->objects->len > 1)
            rd_instruction_set_problem (instruction, _ ("several quoted texts to insert in one instruction are not supported"));
          if (clause->location.kind != RD_TARGET_NONE)
            rd_target_copy (&instruction->target, &clause->location);
          else
            rd_instruction_set_problem (instruction, _ ("the paragraph or part this instruction applies to was not recognised"));
          if (clause->anchor_quote >= 0)
            {
              instruction->anchor = copy_quote (scan, (guint) clause->anchor_quote);
              instruction->place = clause->anchor_place;
              if (clause->throughout || instruction->target.kind == RD_TARGET_PARTS)
                rd_instruction_set_problem (instruction, _ ("inserting words throughout the text is not supported"));
            }
          else if (clause->edge != RD_PLACE_NONE)
            instruction->place = clause->edge;
          else
            rd_instruction_set_problem (instruction, _ ("where to insert the quoted text was not recognised"));
          break;
        }

      /* Paragraphs */
      instruction->whole = TRUE;
      instruction->count = clause->count;
      if (clause->paragraph_anchor.kind != RD_TARGET_NONE)
        {
          rd_target_copy (&instruction->target, &clause->paragraph_anchor);
          instruction->place = clause->paragraph_place;
        }
      else if (clause->edge != RD_PLACE_NONE && clause->location.kind == RD_TARGET_PARTS && (clause->location.scope == RD_SCOPE_PREAMBULAR || clause->location.scope == RD_SCOPE_OPERATIVE))
        {
          /* "at the end of the preamble": after its last paragraph */
          instruction->target.kind = clause->location.scope == RD_SCOPE_PREAMBULAR ? RD_TARGET_PREAMBULAR : RD_TARGET_OPERATIVE;
          instruction->target.number = instruction->target.last = clause->edge == RD_PLACE_END ? RD_TARGET_LAST : 1;
          instruction->place = clause->edge == RD_PLACE_END ? RD_PLACE_AFTER : RD_PLACE_BEFORE;
        }
      else if (clause->edge == RD_PLACE_END && (clause->location.kind == RD_TARGET_NONE || (clause->location.kind == RD_TARGET_PARTS && clause->location.scope == RD_SCOPE_ALL)))
        {
          /* "at the end of the draft resolution": after its last
           * operative paragraph */
          instruction->target.kind = RD_TARGET_OPERATIVE;
          instruction->target.number = instruction->target.last = RD_TARGET_LAST;
          instruction->place = RD_PLACE_AFTER;
        }
      else
        rd_instruction_set_problem (instruction, _ ("where to insert the new paragraphs was not recognised"));

      instruction->paragraph_kind = clause->new_kind;
      if (!clause->new_kind_said && instruction->target.kind == RD_TARGET_PREAMBULAR)
        instruction->paragraph_kind = RD_PARAGRAPH_PREAMBULAR;
      if (instruction->target.subparagraph != NULL && !clause->new_kind_said)
        instruction->paragraph_kind = RD_PARAGRAPH_SUBPARAGRAPH;
      for (guint i = 0; i < clause->objects->len; i++)
        g_ptr_array_add (instruction->paragraphs, copy_quote (scan, g_array_index (clause->objects, guint, i)));
      for (guint i = 0; i < clause->inline_paragraphs->len; i++)
        g_ptr_array_add (instruction->paragraphs, copy_quote (scan, g_array_index (clause->inline_paragraphs, guint, i)));
      wants_paragraphs = instruction->paragraphs->len == 0;
      break;

    case VERB_RENUMBER:
      instruction->action = RD_INSTRUCTION_RENUMBER;
      instruction->target.kind = RD_TARGET_PARTS;
      instruction->target.scope = RD_SCOPE_ALL;
      break;

    case VERB_NONE:
    default:
      instruction->action = RD_INSTRUCTION_UNKNOWN;
      rd_instruction_set_problem (instruction, _ ("no action (delete, replace or insert) was recognised in this instruction"));
      break;
    }

  if (instruction->target.kind == RD_TARGET_NONE && instruction->action != RD_INSTRUCTION_UNKNOWN)
    rd_instruction_set_problem (instruction, _ ("the paragraph or part this instruction applies to was not recognised"));
  return wants_paragraphs;
}

/* Internal API */

RdInstruction *
rd_instruction_read_one (guint number,
                         const char *text,
                         const GArray *footnotes,
                         gboolean *wants_paragraphs)
{
  RdScan scan;
  Clause clause;
  RdInstruction *instruction = rd_instruction_new (number, text);

  rd_scan_init (&scan);
  clause_init (&clause);
  rd_scan_text (&scan, text, footnotes);
  read_clause (&scan, &clause);
  *wants_paragraphs = build_instruction (instruction, &scan, &clause);
  clause_clear (&clause);
  rd_scan_clear (&scan);
  return instruction;
}

/* Public API */

gboolean
rd_instruction_text_starts (const char *text)
{
  RdScan scan;
  gboolean starts = FALSE;
  RdTarget target = { 0 };
  gboolean several = FALSE;
  guint pos = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  rd_scan_init (&scan);
  rd_scan_text (&scan, text, NULL);
  if (verb_at (&scan, 0) != VERB_NONE || (rd_scan_is_kind (&scan, 0, TOKEN_WORD) && g_str_has_prefix (rd_scan_word_at (&scan, 0), "renumber")))
    starts = TRUE;
  else if (rd_scan_is_word (&scan, 0, "in") || rd_scan_is_word (&scan, 0, "after") || rd_scan_is_word (&scan, 0, "before"))
    {
      pos = 1;
      starts = rd_scan_parse_references (&scan, &pos, &target, &several);
    }
  else if (rd_scan_match_phrase (&scan, 0, "at the end") > 0 || rd_scan_match_phrase (&scan, 0, "at the beginning") > 0)
    starts = TRUE;
  else if (rd_scan_parse_references (&scan, &pos, &target, &several))
    {
      /* "Operative paragraph 5 shall read", "The title should read" */
      for (guint i = pos; i < scan.tokens->len && !starts; i++)
        starts = rd_scan_is_word (&scan, i, "read") || rd_scan_is_word (&scan, i, "reads") || verb_at (&scan, i) != VERB_NONE;
    }
  rd_target_clear (&target);
  rd_scan_clear (&scan);
  return starts;
}
