/* rd-summary.c: what the summaries of a comparison say, computed once
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-summary.h"

#include <glib/gi18n-lib.h>

#include <string.h>

/* Static helpers */

/* A paragraph number of digits alone ("12", not "12 bis" or "a"), short
 * enough to count with. */
#define MAX_NUMBER_DIGITS 9

static gboolean
parse_number (const char *text,
              guint64 *value)
{
  if (text == NULL || *text == '\0' || strlen (text) > MAX_NUMBER_DIGITS)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  *value = g_ascii_strtoull (text, NULL, 10);
  return TRUE;
}

/* The paragraph of one side of a one-to-one change. */
static const RdParagraph *
paragraph_of (RdComparison *comparison,
              const RdChange *change,
              gboolean new_side)
{
  const GArray *items = new_side ? change->new_items : change->old_items;
  RdDocument *document = new_side ? rd_comparison_get_new (comparison) : rd_comparison_get_old (comparison);

  return g_ptr_array_index (rd_document_get_paragraphs (document), g_array_index (items, guint, 0));
}

/* Whether the renumbering of @b continues that of @a: operative paragraphs
 * both, the next old number become the next new number. */
static gboolean
renumbering_continues (RdComparison *comparison,
                       const RdChange *a,
                       const RdChange *b)
{
  const RdParagraph *a_old = paragraph_of (comparison, a, FALSE);
  const RdParagraph *a_new = paragraph_of (comparison, a, TRUE);
  const RdParagraph *b_old = paragraph_of (comparison, b, FALSE);
  const RdParagraph *b_new = paragraph_of (comparison, b, TRUE);
  guint64 n[4];

  if (a_old->kind != RD_PARAGRAPH_OPERATIVE || b_old->kind != RD_PARAGRAPH_OPERATIVE)
    return FALSE;
  if (!parse_number (a_old->number, &n[0]) || !parse_number (a_new->number, &n[1]))
    return FALSE;
  if (!parse_number (b_old->number, &n[2]) || !parse_number (b_new->number, &n[3]))
    return FALSE;
  return n[2] == n[0] + 1 && n[3] == n[1] + 1;
}

/* Public API */

char *
rd_comparison_describe_renumbering (RdComparison *comparison)
{
  GPtrArray *changes;
  g_autoptr (GPtrArray) renumbered = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), g_string_free (out, FALSE));

  changes = rd_comparison_get_changes (comparison);
  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);

      if (change->renumbered && change->old_items->len == 1 && change->new_items->len == 1)
        g_ptr_array_add (renumbered, (gpointer) change);
    }

  for (guint i = 0; i < renumbered->len;)
    {
      const RdChange *first = g_ptr_array_index (renumbered, i);
      const RdParagraph *first_old = paragraph_of (comparison, first, FALSE);
      const RdParagraph *first_new = paragraph_of (comparison, first, TRUE);
      g_autofree char *old_place = rd_comparison_describe_side (comparison, first, FALSE);
      g_autofree char *new_place = rd_comparison_describe_side (comparison, first, TRUE);
      guint64 unused;
      guint end = i + 1;

      while (end < renumbered->len && renumbering_continues (comparison, g_ptr_array_index (renumbered, end - 1), g_ptr_array_index (renumbered, end)))
        end++;
      if (out->len > 0)
        g_string_append (out, "; ");

      if (end - i > 1)
        {
          const RdChange *last = g_ptr_array_index (renumbered, end - 1);

          /* TRANSLATORS: a run of renumbered paragraphs: "OP 4–18 → 5–19";
           * right to left, turn the arrow, and write the ranges so that
           * the numbers keep their order ("%s إلى %s ← %s إلى %s") */
          g_string_append_printf (out, _ ("%s–%s → %s–%s"), old_place, paragraph_of (comparison, last, FALSE)->number,
                                  first_new->number, paragraph_of (comparison, last, TRUE)->number);
        }
      else if (first_old->kind == first_new->kind && parse_number (first_old->number, &unused) && parse_number (first_new->number, &unused))
        g_string_append_printf (out, _ ("%s → %s"), old_place, first_new->number);
      else
        g_string_append_printf (out, _ ("%s → %s"), old_place, new_place);
      i = end;
    }
  return g_string_free (out, FALSE);
}

char *
rd_comparison_describe_strength (RdComparison *comparison)
{
  const RdComparisonStats *stats;

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), g_strdup (""));

  stats = rd_comparison_get_stats (comparison);
  if (stats->weakened > 0 && stats->strengthened > 0)
    /* Translators: "3 operative paragraphs weakened, 1 strengthened" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u operative paragraph weakened, %u strengthened", "%u operative paragraphs weakened, %u strengthened", stats->weakened),
                            stats->weakened, stats->strengthened);
  if (stats->weakened > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u operative paragraph weakened", "%u operative paragraphs weakened", stats->weakened), stats->weakened);
  if (stats->strengthened > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u operative paragraph strengthened", "%u operative paragraphs strengthened", stats->strengthened), stats->strengthened);
  return g_strdup ("");
}

static void
describe_unlisted (GString *out,
                   RdDocument *document)
{
  const char *submitter = rd_document_get_field (document, RD_FIELD_SUBMITTED_BY);
  const char *type = rd_document_get_document_type (document);
  g_autofree char *name = rd_document_dup_display_name (document);

  if (out->len > 0)
    g_string_append_c (out, ' ');
  if (submitter != NULL)
    /* TRANSLATORS: "A/C.2/80/L.58 lists no sponsors: it was submitted by
     * the Vice-Chair of the Committee, Jenni Mikkola (Finland)." */
    g_string_append_printf (out, _ ("%s lists no sponsors: it was submitted by %s."), name, submitter);
  else if (type != NULL && g_ascii_strcasecmp (type, "resolution") == 0)
    /* TRANSLATORS: "The adopted resolution A/RES/80/228 lists no sponsors." */
    g_string_append_printf (out, _ ("The adopted resolution %s lists no sponsors."), name);
  else
    /* TRANSLATORS: "A/C.5/80/L.2 lists no sponsors." */
    g_string_append_printf (out, _ ("%s lists no sponsors."), name);
}

char *
rd_comparison_describe_sponsors_listing (RdComparison *comparison)
{
  g_autoptr (GString) out = g_string_new (NULL);

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);

  if (!rd_comparison_get_sponsors_listed (comparison, FALSE))
    describe_unlisted (out, rd_comparison_get_old (comparison));
  if (!rd_comparison_get_sponsors_listed (comparison, TRUE))
    describe_unlisted (out, rd_comparison_get_new (comparison));
  return g_strdup (out->str);
}
