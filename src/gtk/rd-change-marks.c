/* rd-change-marks.c: what the window says of a change beyond its text
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-change-marks.h"

#include <glib/gi18n.h>
#include <string.h>

/* Badges: words first; the tint at low alpha over the theme's background
 * (as the marks of rd-markup.c), so they read in light and dark. */
#define BADGE_OPEN "<span size=\"smaller\" weight=\"bold\" background=\"%s\" bgalpha=\"24%%\">\u2009"
#define BADGE_CLOSE "\u2009</span>"
#define GREY "#77767b"
#define ORANGE "#e66100"
#define GREEN "#26a269"

/* Static helpers */

static void
append_badge (GString *markup,
              const char *colour,
              const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (markup, "  ");
  g_string_append_printf (markup, BADGE_OPEN, colour);
  g_string_append (markup, escaped);
  g_string_append (markup, BADGE_CLOSE);
}

/* Public API */

void
rd_change_marks_append_badges (GString *markup,
                               RdPresentation *presentation,
                               const RdChange *change)
{
  RdChangeMarks marks;

  g_return_if_fail (markup != NULL);

  rd_presentation_get_marks (presentation, change, &marks);
  if (marks.routine)
    /* TRANSLATORS: a badge on a change whose every difference is a routine update (session, dates, symbols) */
    append_badge (markup, GREY, _ ("routine"));
  if (marks.strength == RD_STRENGTH_WEAKENED)
    /* TRANSLATORS: a badge on an operative paragraph that asks less strongly than before ("Urges" → "Encourages") */
    append_badge (markup, ORANGE, _ ("▼ weakened"));
  else if (marks.strength == RD_STRENGTH_STRENGTHENED)
    /* TRANSLATORS: a badge on an operative paragraph that asks more strongly than before ("Encourages" → "Urges") */
    append_badge (markup, GREEN, _ ("▲ strengthened"));
}

char *
rd_change_marks_describe_agreement (const RdChangeAgreement *agreement)
{
  g_return_val_if_fail (agreement != NULL, NULL);

  switch (agreement->agreement)
    {
    case RD_AGREEMENT_AGREED:
      /* TRANSLATORS: where the wording a change inserted was adopted: "agreed in A/RES/79/198, OP 12" */
      return g_strdup_printf (_ ("agreed in %s"), agreement->source != NULL ? agreement->source : "?");
    case RD_AGREEMENT_PARTLY:
      /* TRANSLATORS: words of an insertion adopted before, of all inserted, and where most come from */
      return g_strdup_printf (_ ("partly agreed (%u of %u words): %s"), agreement->n_agreed, agreement->n_inserted,
                              agreement->source != NULL ? agreement->source : "?");
    case RD_AGREEMENT_NEW:
      /* TRANSLATORS: no adopted resolution has the wording a change inserted */
      return g_strdup (_ ("new language"));
    case RD_AGREEMENT_NONE:
    default:
      return g_strdup ("");
    }
}

void
rd_agreed_passage_free (RdAgreedPassage *passage)
{
  if (passage == NULL)
    return;
  g_free (passage->text);
  g_free (passage->source);
  g_free (passage);
}

GPtrArray *
rd_change_marks_dup_agreed_passages (RdPresentation *presentation,
                                     const RdChange *change)
{
  GPtrArray *passages = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_agreed_passage_free);
  g_autoptr (GPtrArray) paragraphs = rd_presentation_get_paragraphs (presentation, change, RD_SIDE_NEW);

  for (guint p = 0; p < paragraphs->len; p++)
    {
      const RdShownParagraph *paragraph = g_ptr_array_index (paragraphs, p);
      RdAgreedPassage *open = NULL;

      for (guint r = 0; r < paragraph->runs->len; r++)
        {
          const RdRun *run = g_ptr_array_index (paragraph->runs, r);

          /* A footnote's mark inside a passage does not end it. */
          if (run->kind == RD_RUN_FOOTNOTE_REF)
            continue;
          if (run->kind != RD_RUN_TEXT || run->mark != RD_RUN_INSERTED || run->agreed_in == NULL)
            {
              open = NULL;
              continue;
            }
          if (open != NULL && strcmp (open->source, run->agreed_in) == 0)
            {
              char *joined = g_strconcat (open->text, run->text, NULL);

              g_free (open->text);
              open->text = joined;
              continue;
            }
          open = g_new0 (RdAgreedPassage, 1);
          open->text = g_strdup (run->text);
          open->source = g_strdup (run->agreed_in);
          g_ptr_array_add (passages, open);
        }
    }
  for (guint i = 0; i < passages->len; i++)
    {
      RdAgreedPassage *passage = g_ptr_array_index (passages, i);

      g_strstrip (passage->text);
    }
  return passages;
}

char *
rd_change_marks_dup_agreement_details (RdPresentation *presentation,
                                       const RdChange *change,
                                       guint max_chars)
{
  const RdChangeAgreement *agreement = rd_presentation_get_agreement (presentation, change);
  g_autofree char *line = NULL;
  g_autoptr (GPtrArray) passages = NULL;
  GString *text;

  if (agreement == NULL || agreement->agreement == RD_AGREEMENT_NONE)
    return NULL;
  line = rd_change_marks_describe_agreement (agreement);
  text = g_string_new (line);
  passages = rd_change_marks_dup_agreed_passages (presentation, change);
  for (guint i = 0; i < passages->len; i++)
    {
      const RdAgreedPassage *passage = g_ptr_array_index (passages, i);
      g_autofree char *words = NULL;

      if (max_chars > 0 && (guint) g_utf8_strlen (passage->text, -1) > max_chars)
        {
          g_autofree char *start = g_utf8_substring (passage->text, 0, max_chars);
          words = g_strdup_printf ("%s…", start);
        }
      else
        words = g_strdup (passage->text);
      g_string_append_c (text, '\n');
      /* TRANSLATORS: a run of words found in an adopted text, and where: “the commitment to end hunger” — A/RES/79/171, PP 5 */
      g_string_append_printf (text, _ ("“%s” — %s"), words, passage->source);
    }
  return g_string_free (text, FALSE);
}
