/* test-series-exports.c: the presentation of a series, which its text,
 * HTML and PDF exports are written on (the exports themselves, through
 * the command line, are in test-series.c)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Asserted on the corpus chain "Promoting investments for sustainable
 * development" (tests/data/corpus/README.md), read in the PDFs: PP 4 adds
 * the year's resolution to those it recalls, "78/141 of 19 December 2023"
 * in A/RES/79/198 and "79/198 of 23 December 2024" in A/C.2/80/L.24, and
 * nothing else; A/RES/78/141 → A/RES/79/198 has 35 substantive changes
 * and 4 routine ones.
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "rd-series-presentation.h"
#include "rd-series.h"
#include "rd-test-util.h"

/* The history whose paragraph is @label in the first version. */
static const RdShownHistory *
find_history (GPtrArray *histories,
              const char *label)
{
  for (guint h = 0; h < histories->len; h++)
    {
      const RdShownHistory *history = g_ptr_array_index (histories, h);

      if (g_strcmp0 (g_ptr_array_index (history->labels, 0), label) == 0)
        return history;
    }
  return NULL;
}

/* The text of a shown paragraph's runs marked @mark (RD_RUN_TEXT only),
 * with @routine. */
static char *
marked_text (const RdShownParagraph *paragraph,
             RdRunMark mark,
             gboolean routine)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < paragraph->runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (paragraph->runs, i);

      if (run->kind == RD_RUN_TEXT && run->mark == mark && run->routine == routine)
        g_string_append (out, run->text);
    }
  return g_string_free (out, FALSE);
}

/* The series' presentation, which every export is written on: step
 * summaries, the history of PP 4 (changed by routine twice), and
 * "substantive only" leaving routine-only changes out. */
static void
test_series_presentation (void)
{
  g_autoptr (GPtrArray) documents = rd_test_load_corpus_chain (rd_test_investments, RD_TEST_N_INVESTMENTS);
  g_autoptr (RdSeries) series = NULL;
  g_autoptr (RdSeriesPresentation) presentation = NULL;
  g_autoptr (GPtrArray) all = NULL;
  g_autoptr (GPtrArray) substantive = NULL;
  g_autoptr (GPtrArray) summary = NULL;
  g_autofree char *step_title = NULL;
  g_autofree char *title = NULL;
  g_autofree char *kicker = NULL;
  const RdShownHistory *pp4;
  guint changed = 0;

  series = rd_series_new (documents, NULL);
  presentation = rd_series_presentation_new (series);
  all = rd_series_presentation_dup_history (presentation, FALSE);
  substantive = rd_series_presentation_dup_history (presentation, TRUE);
  summary = rd_series_presentation_dup_step_summary (presentation, 0);
  step_title = rd_series_presentation_dup_step_title (presentation, 1);
  title = rd_series_presentation_dup_title (presentation);

  g_assert_cmpuint (rd_series_presentation_get_n_versions (presentation), ==, 5);
  g_assert_cmpuint (rd_series_presentation_get_n_steps (presentation), ==, 4);
  g_assert_cmpstr (rd_series_presentation_get_version_name (presentation, 2), ==, "A/C.2/80/L.24");
  g_assert_nonnull (strstr (rd_series_presentation_get_version_details (presentation, 2), "15 October 2025"));
  g_assert_cmpstr (title, ==, "Series: A/RES/78/141 → … → A/RES/80/127");
  /* The exports' title block: the count over the last version's title. */
  kicker = rd_series_presentation_dup_kicker (presentation);
  g_assert_cmpstr (kicker, ==, "Series of 5 versions");
  g_assert_nonnull (rd_series_presentation_get_last_title (presentation));
  g_assert_cmpstr (rd_series_presentation_get_last_title (presentation), ==, rd_document_get_title (rd_series_get_version (series, 4)));
  g_assert_cmpstr (step_title, ==, "Step 2 → 3: A/RES/79/198 → A/C.2/80/L.24");
  g_assert_cmpuint (summary->len, ==, 3);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (summary, 0), "Sponsors: "));
  g_assert_nonnull (strstr (g_ptr_array_index (summary, 1), "24 modified, 13 inserted, 2 deleted"));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (summary, 2), "Substantive changes: 35; routine changes: 4"));

  /* Every lineage that changed has a history, in the same order. */
  for (guint i = 0; i < rd_series_get_lineages (series)->len; i++)
    changed += rd_lineage_changed (g_ptr_array_index (rd_series_get_lineages (series), i));
  g_assert_cmpuint (all->len, ==, changed);

  pp4 = find_history (all, "PP 4");
  if (pp4 == NULL)
    g_error ("no history for PP 4"); /* (tells the compiler too) */
  g_assert_cmpuint (pp4->labels->len, ==, 5);
  g_assert_cmpstr (pp4->title, ==, "PP 4 | PP 4 | PP 4 | PP 4 | PP 4");
  g_assert_cmpuint (pp4->entries->len, ==, 2);
  for (guint e = 0; e < 2; e++)
    {
      const RdShownHistoryEntry *entry = g_ptr_array_index (pp4->entries, e);
      const RdShownParagraph *paragraph = g_ptr_array_index (entry->paragraphs, 0);
      g_autofree char *routine = marked_text (paragraph, RD_RUN_INSERTED, TRUE);
      g_autofree char *substance = marked_text (paragraph, RD_RUN_INSERTED, FALSE);

      g_assert_cmpuint (entry->step, ==, e);
      g_assert_cmpint (entry->type, ==, RD_CHANGE_MODIFIED);
      g_assert_true (entry->marks.routine);
      g_assert_cmpstr (entry->label, ==, "PP 4, modified");
      g_assert_cmpuint (entry->paragraphs->len, ==, 1);
      /* The year's resolution added, grey, and nothing else inserted. */
      g_assert_nonnull (strstr (routine, e == 0 ? "78/141" : "79/198"));
      g_assert_cmpstr (substance, ==, "");
    }

  /* Substantive only: PP 4 is gone, no routine entry is left, and the
   * paragraphs changed in substance are all still there. */
  g_assert_null (find_history (substantive, "PP 4"));
  g_assert_cmpuint (substantive->len, <, all->len);
  g_assert_cmpuint (substantive->len, >, 20);
  for (guint h = 0; h < substantive->len; h++)
    {
      const RdShownHistory *history = g_ptr_array_index (substantive, h);

      g_assert_cmpuint (history->entries->len, >, 0);
      for (guint e = 0; e < history->entries->len; e++)
        g_assert_false (((const RdShownHistoryEntry *) g_ptr_array_index (history->entries, e))->marks.routine);
    }
}

/* Two versions are no series for the command line, but the engine takes
 * them: one step, and the same histories as the pair's changes. */
static void
test_series_presentation_two (void)
{
  g_autoptr (GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (RdSeries) series = NULL;
  g_autoptr (RdSeriesPresentation) presentation = NULL;
  g_autoptr (GPtrArray) histories = NULL;
  g_autofree char *title = NULL;

  g_ptr_array_add (documents, rd_test_load_fixture ("corpus", rd_test_investments[3], NULL));
  g_ptr_array_add (documents, rd_test_load_fixture ("corpus", rd_test_investments[4], NULL));
  series = rd_series_new (documents, NULL);
  presentation = rd_series_presentation_new (series);
  histories = rd_series_presentation_dup_history (presentation, FALSE);
  title = rd_series_presentation_dup_title (presentation);
  g_assert_cmpuint (rd_series_presentation_get_n_steps (presentation), ==, 1);
  g_assert_cmpstr (title, ==, "Series: A/C.2/80/L.46 → A/RES/80/127");
  for (guint h = 0; h < histories->len; h++)
    {
      const RdShownHistory *history = g_ptr_array_index (histories, h);

      g_assert_cmpuint (history->labels->len, ==, 2);
      g_assert_cmpuint (history->entries->len, ==, 1);
    }
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  rd_test_add_pdf_func ("/series-exports/presentation/investments", test_series_presentation);
  rd_test_add_pdf_func ("/series-exports/presentation/two-versions", test_series_presentation_two);

  return g_test_run ();
}
