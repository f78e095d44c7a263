/* rd-change-marks.c: what the window says of a change beyond its text
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-change-marks.h"

#include <glib/gi18n.h>

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

char *
rd_change_marks_dup_agreement_details (RdPresentation *presentation,
                                       const RdChange *change,
                                       guint max_chars)
{
  const RdChangeAgreement *agreement = rd_presentation_get_agreement (presentation, change);
  g_autofree char *line = NULL;
  GString *text;

  if (agreement == NULL || agreement->agreement == RD_AGREEMENT_NONE)
    return NULL;
  line = rd_change_marks_describe_agreement (agreement);
  text = g_string_new (line);
  for (guint i = 0; i < agreement->spans->len; i++)
    {
      const RdAgreedSpan *span = g_ptr_array_index (agreement->spans, i);
      g_autofree char *words = NULL;

      if (max_chars > 0 && (guint) g_utf8_strlen (span->text, -1) > max_chars)
        {
          g_autofree char *start = g_utf8_substring (span->text, 0, max_chars);
          words = g_strdup_printf ("%s…", start);
        }
      else
        words = g_strdup (span->text);
      g_string_append_c (text, '\n');
      /* TRANSLATORS: a run of words found in an adopted text, and where: “the commitment to end hunger” — A/RES/79/171, PP 5 */
      g_string_append_printf (text, _ ("“%s” — %s"), words, span->source);
    }
  return g_string_free (text, FALSE);
}
