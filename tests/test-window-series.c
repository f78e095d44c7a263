/* test-window-series.c: a series of versions in the window under Xvfb —
 * the strip of versions, stepping, a paragraph's history, who changed what
 * — on a real chain of the corpus (tests/data/corpus/README.md):
 * A/RES/78/141 → A/RES/79/198 → A/C.2/80/L.24 → A/C.2/80/L.46 → A/RES/80/127
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "rd-application.h"
#include "rd-attribution-view.h"
#include "rd-paragraph-history.h"
#include "rd-series-attribution.h"
#include "rd-test-gtk.h"
#include "rd-test-util.h"
#include "rd-window.h"

static RdApplication *application;

static const char *const symbols[] = {
  "A/RES/78/141",
  "A/RES/79/198",
  "A/C.2/80/L.24",
  "A/C.2/80/L.46",
  "A/RES/80/127",
};

static gboolean
view_populated (gpointer data)
{
  RdWindow *window = data;

  return !rd_window_get_loading (window) && rd_window_get_comparison (window) != NULL && rd_change_view_get_populated (rd_window_get_view (window));
}

static gboolean
series_ready (gpointer data)
{
  return rd_window_get_series (RD_WINDOW (data)) != NULL;
}

/* A window of its own (history, who changed what) saved as
 * RESDIFF_TEST_SHOTS/NAME.png, as rd_test_gtk_snapshot() does the main
 * window's. */
static void
snapshot_window (GtkWidget *window,
                 const char *name)
{
  const char *dir = g_getenv ("RESDIFF_TEST_SHOTS");
  GdkWindow *gdk_window = gtk_widget_get_window (window);
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  g_autofree char *file_name = g_strconcat (name, ".png", NULL);
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  rd_test_gtk_settle ();
  pixbuf = gdk_pixbuf_get_from_window (gdk_window, 0, 0, gdk_window_get_width (gdk_window), gdk_window_get_height (gdk_window));
  path = g_build_filename (dir, file_name, NULL);
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "png", NULL, NULL));
}

/* The five versions opened as `resdiff V1 … V5` does: the last step
 * shown, the series offered and read whole.  Read once for all the tests
 * (five PDFs and five comparisons are minutes under the sanitizers with
 * whole-stack unwinding); each test chooses the pair it needs. */
static RdWindow *chain_window;

/* Reading five PDFs and comparing them may take minutes under the
 * sanitizers: the guard against a hang is longer than the default. */
#define CHAIN_WAIT_SECONDS 600

static RdWindow *
open_chain (void)
{
  g_autoptr (RdInputs) inputs = NULL;
  RdWindow *window;

  if (chain_window != NULL)
    return chain_window;
  inputs = rd_inputs_new ();
  window = rd_test_window_new (application);

  for (guint i = 0; i < RD_TEST_N_INVESTMENTS; i++)
    {
      g_autoptr (GFile) file = rd_test_corpus_file (rd_test_investments[i]);

      rd_inputs_add_file (inputs, file);
    }
  gtk_window_resize (GTK_WINDOW (window), 1500, 1000);
  rd_window_open_inputs (window, inputs);
  g_assert_true (rd_test_wait_until_for (CHAIN_WAIT_SECONDS, view_populated, window));
  g_assert_true (rd_test_wait_until_for (CHAIN_WAIT_SECONDS, series_ready, window));
  g_assert_null (rd_window_get_error_message (window));
  rd_test_gtk_settle ();
  chain_window = window;
  return window;
}

static void
assert_pair_shown (RdWindow *window,
                   guint from,
                   guint to)
{
  RdSeriesBar *bar = rd_window_get_series_bar (window);
  RdComparison *comparison = rd_window_get_comparison (window);
  RdComparison *step = rd_series_get_step (rd_window_get_series (window), from);

  g_assert_cmpuint (rd_series_bar_get_from (bar), ==, from);
  g_assert_cmpuint (rd_series_bar_get_to (bar), ==, to);
  g_assert_cmpstr (rd_document_get_symbol (rd_comparison_get_old (comparison)), ==, symbols[from]);
  g_assert_cmpstr (rd_document_get_symbol (rd_comparison_get_new (comparison)), ==, symbols[to]);
  /* The strip presses the two versions shown, and only them. */
  for (guint v = 0; v < G_N_ELEMENTS (symbols); v++)
    g_assert_cmpint (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (rd_series_bar_get_version_button (bar, v))), ==, v == from || v == to);
  /* A step shown is the series' own step: the same changes. */
  if (to == from + 1)
    g_assert_cmpuint (rd_comparison_get_changes (comparison)->len, ==, rd_comparison_get_changes (step)->len);
}

static void
test_strip (void)
{
  RdWindow *window = open_chain ();
  RdSeriesBar *bar = rd_window_get_series_bar (window);
  RdSeries *series = rd_window_get_series (window);
  GAction *previous = g_action_map_lookup_action (G_ACTION_MAP (window), "previous-step");

  g_assert_cmpstr (rd_series_bar_get_message (bar), ==, "A series of 5 versions. Compare");
  g_assert_cmpuint (rd_series_get_n_versions (series), ==, 5);
  for (guint v = 0; v < G_N_ELEMENTS (symbols); v++)
    {
      const char *label = gtk_label_get_text (GTK_LABEL (gtk_bin_get_child (GTK_BIN (rd_series_bar_get_version_button (bar, v)))));
      const char *date = rd_document_get_date (rd_series_get_version (series, v));

      /* Named by symbol and date once read. */
      g_assert_true (g_str_has_prefix (label, symbols[v]));
      g_assert_nonnull (date);
      g_assert_nonnull (strstr (label, date));
    }
  g_assert_null (rd_series_bar_get_version_button (bar, 5));
  assert_pair_shown (window, 3, 4);
  /* Compare offers only a pair not shown: the one shown, or a version
   * with itself, would show nothing new. */
  g_assert_false (rd_series_bar_get_compare_sensitive (bar));
  rd_series_bar_choose (bar, 0, 4);
  g_assert_true (rd_series_bar_get_compare_sensitive (bar));
  rd_series_bar_choose (bar, 4, 4);
  g_assert_false (rd_series_bar_get_compare_sensitive (bar));
  rd_series_bar_choose (bar, 3, 4);
  g_assert_false (rd_series_bar_get_compare_sensitive (bar));
  g_assert_false (rd_series_bar_can_compare (bar, 3, 4));
  g_assert_true (rd_series_bar_can_compare (bar, 4, 3));
  g_assert_false (rd_series_bar_can_compare (bar, 0, 5));
  g_assert_false (rd_series_bar_can_compare (bar, -1, 2));
  /* At the last step there is no next one. */
  g_assert_false (gtk_widget_get_sensitive (rd_series_bar_get_step_button (bar, TRUE)));
  g_assert_true (gtk_widget_get_sensitive (rd_series_bar_get_step_button (bar, FALSE)));

  /* A version pressed in the strip: the step that brought it. */
  gtk_button_clicked (GTK_BUTTON (rd_series_bar_get_version_button (bar, 2)));
  g_assert_true (rd_test_wait_until_for (CHAIN_WAIT_SECONDS, view_populated, window));
  assert_pair_shown (window, 1, 2);
  rd_change_view_step_change (rd_window_get_view (window), TRUE);
  rd_test_gtk_snapshot (window, "series");

  /* The previous step, from the action (its arrow), down to the first. */
  g_action_activate (previous, NULL);
  g_assert_true (rd_test_wait_until_for (CHAIN_WAIT_SECONDS, view_populated, window));
  assert_pair_shown (window, 0, 1);
  g_assert_false (gtk_widget_get_sensitive (rd_series_bar_get_step_button (bar, FALSE)));
  g_assert_false (rd_series_bar_step (bar, FALSE));
  assert_pair_shown (window, 0, 1);

  /* Alt+Right: the next step. */
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_Right, GDK_MOD1_MASK);
  g_assert_true (rd_test_wait_until_for (CHAIN_WAIT_SECONDS, view_populated, window));
  assert_pair_shown (window, 1, 2);

  /* Any two, from the combos' Compare: the versions between are marked. */
  rd_series_bar_choose (bar, 0, 4);
  g_assert_true (rd_series_bar_get_compare_sensitive (bar));
  rd_series_bar_compare (bar, 0, 4);
  g_assert_true (rd_test_wait_until_for (CHAIN_WAIT_SECONDS, view_populated, window));
  assert_pair_shown (window, 0, 4);
  /* Compared: the pair is the one shown now. */
  g_assert_false (rd_series_bar_get_compare_sensitive (bar));
  g_assert_true (gtk_style_context_has_class (gtk_widget_get_style_context (rd_series_bar_get_version_button (bar, 2)), "rd-series-between"));
  /* The series read once: stepping reads the pair, not the series again. */
  g_assert_true (rd_window_get_series (window) == series);
}

/* The change of the view whose new side is paragraph @index. */
static int
change_of_new_paragraph (RdComparison *comparison,
                         guint index)
{
  GPtrArray *changes = rd_comparison_get_changes (comparison);

  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);

      for (guint k = 0; k < change->new_items->len; k++)
        if (g_array_index (change->new_items, guint, k) == index)
          return i;
    }
  return -1;
}

static void
test_history (void)
{
  RdWindow *window = open_chain ();
  RdSeries *series = rd_window_get_series (window);
  RdSeriesBar *bar = rd_window_get_series_bar (window);
  GPtrArray *lineages = rd_series_get_lineages (series);
  const RdLineage *chosen = NULL;
  g_autofree char *text = NULL;
  GtkWidget *history;
  int change;
  guint lines = 0;

  /* A paragraph in all five versions that changed in two steps or more
   * (a resolution of the year before recalled, the session renamed). */
  for (guint i = 0; i < lineages->len && chosen == NULL; i++)
    {
      const RdLineage *lineage = g_ptr_array_index (lineages, i);
      gboolean everywhere = TRUE;

      for (guint v = 0; v < 5; v++)
        everywhere &= lineage->indices[v] != G_MAXUINT;
      if (everywhere && lineage->events->len >= 2)
        chosen = lineage;
    }
  g_assert_nonnull (chosen);

  /* The first step's comparison, no paragraph chosen yet: the reader is
   * told how to choose one. */
  rd_series_bar_compare (bar, 0, 1);
  g_assert_true (rd_test_wait_until_for (CHAIN_WAIT_SECONDS, view_populated, window));
  g_assert_cmpint (rd_change_view_get_current_change (rd_window_get_view (window)), <, 0);
  g_action_group_activate_action (G_ACTION_GROUP (window), "paragraph-history", NULL);
  g_assert_null (rd_window_get_paragraph_history (window));
  g_assert_nonnull (rd_window_get_notice_message (window));
  g_assert_nonnull (strstr (rd_window_get_notice_message (window), "Choose a paragraph first"));

  /* On it, Ctrl+H. */
  change = change_of_new_paragraph (rd_window_get_comparison (window), chosen->indices[1]);
  g_assert_cmpint (change, >=, 0);
  rd_change_view_select_change (rd_window_get_view (window), change);
  rd_test_gtk_settle ();
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_h, GDK_CONTROL_MASK);
  history = rd_window_get_paragraph_history (window);
  g_assert_nonnull (history);
  g_assert_true (gtk_widget_get_visible (history));
  g_assert_true (rd_paragraph_history_get_lineage (RD_PARAGRAPH_HISTORY (history)) == chosen);
  snapshot_window (history, "series-history");

  /* Its text in each version, named, and each step's change. */
  text = rd_paragraph_history_dup_text (RD_PARAGRAPH_HISTORY (history));
  for (guint v = 0; v < 5; v++)
    {
      g_autofree char *label = rd_series_describe_item (series, v, chosen->indices[v]);
      g_autofree char *line = g_strdup_printf ("%s — %s: ", symbols[v], label);
      RdParagraph *paragraph = g_ptr_array_index (rd_document_get_paragraphs (rd_series_get_version (series, v)), chosen->indices[v]);

      g_assert_nonnull (strstr (text, line));
      g_assert_nonnull (strstr (text, paragraph->text));
    }
  for (const char *p = text; (p = strchr (p, '\n')) != NULL; p++)
    lines++;
  /* Five versions, and between each two the step's change or
   * "Unchanged". */
  g_assert_cmpuint (lines, ==, 5 + 4);
  for (guint i = 0; i < chosen->events->len; i++)
    {
      const RdLineageEvent *event = &g_array_index (chosen->events, RdLineageEvent, i);

      g_assert_nonnull (strstr (text, rd_change_type_to_label (event->type)));
      if (event->routine)
        g_assert_nonnull (strstr (text, "a routine update"));
    }
  /* The redline of a change: words put in and taken out. */
  g_assert_nonnull (strstr (text, "{+"));
  g_assert_nonnull (strstr (text, "[-"));

  gtk_widget_destroy (history);
  g_assert_null (rd_window_get_paragraph_history (window));
}

/* The iter at byte @offset of @paragraph's text in the view. */
static gboolean
find_in_view (GtkTextView *view,
              const RdAttributedParagraph *paragraph,
              gsize offset,
              GtkTextIter *iter)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, match_end;

  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_forward_search (&start, paragraph->text, GTK_TEXT_SEARCH_TEXT_ONLY, iter, &match_end, NULL))
    return FALSE;
  gtk_text_iter_forward_chars (iter, g_utf8_pointer_to_offset (paragraph->text, paragraph->text + offset));
  return TRUE;
}

static void
test_who_changed_what (void)
{
  RdWindow *window = open_chain ();
  RdSeries *series = rd_window_get_series (window);
  g_autoptr (GPtrArray) attribution = rd_series_attribute_latest (series);
  GtkWidget *view_window;
  GtkTextView *view;
  GtkTextIter iter;
  guint checked[5] = { 0 };
  GdkRGBA *colours[5] = { NULL };

  g_action_group_activate_action (G_ACTION_GROUP (window), "who-changed-what", NULL);
  view_window = rd_window_get_attribution_view (window);
  g_assert_nonnull (view_window);
  rd_test_gtk_settle ();
  g_assert_true (gtk_widget_get_visible (view_window));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (view_window)), "A/RES/80/127"));
  view = rd_attribution_view_get_text_view (RD_ATTRIBUTION_VIEW (view_window));
  snapshot_window (view_window, "series-who-changed-what");

  /* Every stretch of the engine's attribution is in the view, on its
   * version's colour, the version named on hover. */
  for (guint i = 0; i < attribution->len; i++)
    {
      const RdAttributedParagraph *paragraph = g_ptr_array_index (attribution, i);

      for (guint k = 0; k < paragraph->spans->len; k++)
        {
          const RdAttributedSpan *span = &g_array_index (paragraph->spans, RdAttributedSpan, k);
          g_autofree char *tooltip = NULL;
          g_autoptr (GSList) tags = NULL;

          /* A paragraph whose text is another's too would be found at the
           * other: only the first of each text is checked. */
          if (checked[span->version] >= 3 || span->end - span->start < 4)
            continue;
          g_assert_true (find_in_view (view, paragraph, span->start, &iter));
          g_assert_cmpint (rd_attribution_view_get_version_at (RD_ATTRIBUTION_VIEW (view_window), &iter), ==, span->version);
          tooltip = rd_attribution_view_dup_tooltip_at (RD_ATTRIBUTION_VIEW (view_window), &iter);
          g_assert_nonnull (strstr (tooltip, symbols[span->version]));
          tags = gtk_text_iter_get_tags (&iter);
          g_assert_nonnull (tags);
          if (colours[span->version] == NULL)
            {
              gboolean set = FALSE;

              g_object_get (tags->data, "background-set", &set, "background-rgba", &colours[span->version], NULL);
              /* The first version's text is plain; later versions' on a
               * colour. */
              g_assert_cmpint (set, ==, span->version > 0);
            }
          checked[span->version]++;
        }
    }
  /* Last year's text, the new draft's and the facilitator's all there;
   * the adoption brought no words. */
  g_assert_cmpuint (checked[0], >, 0);
  g_assert_cmpuint (checked[2], >, 0);
  g_assert_cmpuint (checked[3], >, 0);
  g_assert_cmpuint (checked[4], ==, 0);
  g_assert_false (gdk_rgba_equal (colours[2], colours[3]));
  {
    g_autofree char *tooltip = NULL;

    find_in_view (view, g_ptr_array_index (attribution, 0), 0, &iter);
    for (guint v = 0; v < 5; v++)
      if (colours[v] != NULL)
        gdk_rgba_free (colours[v]);
    /* A paragraph's label is no one's text. */
    gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (view), &iter);
    g_assert_cmpint (rd_attribution_view_get_version_at (RD_ATTRIBUTION_VIEW (view_window), &iter), ==, -1);
    tooltip = rd_attribution_view_dup_tooltip_at (RD_ATTRIBUTION_VIEW (view_window), &iter);
    g_assert_null (tooltip);
  }

  gtk_widget_destroy (view_window);
  g_assert_null (rd_window_get_attribution_view (window));
}

/* Two versions are no series: nothing of it offered. */
static void
test_pair_is_no_series (void)
{
  g_autoptr (GFile) old_file = rd_test_corpus_file (rd_test_investments[3]);
  g_autoptr (GFile) new_file = rd_test_corpus_file (rd_test_investments[4]);
  RdWindow *window = rd_test_window_new (application);

  rd_window_open_files (window, old_file, new_file);
  g_assert_true (rd_test_wait_until_for (CHAIN_WAIT_SECONDS, view_populated, window));
  g_assert_null (rd_window_get_series (window));
  g_assert_null (rd_series_bar_get_message (rd_window_get_series_bar (window)));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "paragraph-history"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "who-changed-what"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "who-changed-what", NULL);
  g_assert_null (rd_window_get_attribution_view (window));
  gtk_widget_destroy (GTK_WIDGET (window));
}

int
main (int argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  if (!rd_test_gtk_init (&argc, &argv, &data_home))
    return 77;
  application = rd_test_application_new ();

  rd_test_add_pdf_func ("/window-series/strip", test_strip);
  rd_test_add_pdf_func ("/window-series/history", test_history);
  rd_test_add_pdf_func ("/window-series/who-changed-what", test_who_changed_what);
  rd_test_add_pdf_func ("/window-series/pair-is-no-series", test_pair_is_no_series);

  status = g_test_run ();
  if (chain_window != NULL)
    gtk_widget_destroy (GTK_WIDGET (chain_window));
  rd_test_gtk_settle ();
  g_object_unref (application);
  rd_test_remove_tree (data_home);
  return status;
}
