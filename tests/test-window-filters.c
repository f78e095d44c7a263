/* test-window-filters.c: routine updates, verb strength and agreed
 * language in the window, under Xvfb
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On real pairs of the corpus.  A/RES/78/6 → A/RES/79/6 (the International
 * Criminal Court, a year apart), read: PP 1 changes the resolution
 * recalled and its date alone ("77/6 of 2 November 2022" → "78/6 of 1
 * November 2023"), OP 1 the report's years ("2022/23" → "2023/24"), OP 12 → 13,
 * OP 19 → 20 and OP 31 → 32 the session ("seventy-ninth" → "eightieth"):
 * five routine updates; the engine marks two operative paragraphs weakened
 * (OP 7 and OP 10 → 11, which put in "welcomes" and "invites … to
 * consider").  A/RES/79/171 → A/C.3/80/L.41 (the right to food) against a
 * library of A/RES/78/198 and A/RES/79/171: OP 49 inserts words of
 * A/RES/79/171's OP 49, PP 41 (e) is partly 79/171's OP 38 (d).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "rd-annotations.h"
#include "rd-application.h"
#include "rd-change-filter.h"
#include "rd-change-marks.h"
#include "rd-language-panel.h"
#include "rd-library.h"
#include "rd-summary-panel.h"
#include "rd-summary.h"
#include "rd-test-gtk.h"
#include "rd-test-util.h"
#include "rd-window.h"

static RdApplication *application;
static char *data_home;

/* Helpers */

static gboolean
view_populated (gpointer data)
{
  RdWindow *window = data;

  return !rd_window_get_loading (window) && rd_change_view_get_populated (rd_window_get_view (window));
}

static RdWindow *
open_corpus_pair (const char *old_name,
                  const char *new_name)
{
  g_autoptr (GFile) old_file = rd_test_corpus_file (old_name);
  g_autoptr (GFile) new_file = rd_test_corpus_file (new_name);
  RdWindow *window = rd_test_window_new (application);

  rd_window_open_files (window, old_file, new_file);
  g_assert_true (rd_test_wait_until (view_populated, window));
  g_assert_null (rd_window_get_error_message (window));
  g_assert_nonnull (rd_window_get_comparison (window));
  rd_test_gtk_settle ();
  return window;
}

static void
collect_widgets (GtkWidget *widget,
                 gpointer user_data)
{
  g_ptr_array_add (user_data, widget);
  if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), collect_widgets, user_data);
}

/* Every widget under @root, @root first. */
static GPtrArray *
all_widgets (GtkWidget *root)
{
  GPtrArray *widgets = g_ptr_array_new ();

  collect_widgets (root, widgets);
  return widgets;
}

static gboolean
summary_top_built (gpointer data)
{
  g_autoptr (GPtrArray) widgets = all_widgets (GTK_WIDGET (rd_window_get_summary_panel (data)));

  for (guint i = 0; i < widgets->len; i++)
    if (GTK_IS_COMBO_BOX (g_ptr_array_index (widgets, i)))
      return TRUE;
  return FALSE;
}

/* The summary's part above the list of changes, in view: the list builds
 * only what is in view. */
static void
show_summary_top (RdWindow *window)
{
  rd_summary_panel_scroll_to_top (rd_window_get_summary_panel (window));
  g_assert_true (rd_test_wait_until (summary_top_built, window));
}

/* The count the summary gives beside @label ("Routine changes"), as
 * shown; NULL when it has no such row. */
static const char *
summary_count (RdWindow *window,
               const char *label)
{
  g_autoptr (GPtrArray) widgets = NULL;

  show_summary_top (window);
  widgets = all_widgets (GTK_WIDGET (rd_window_get_summary_panel (window)));

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);
      GtkWidget *parent = gtk_widget_get_parent (widget);
      int top = 0;

      if (!GTK_IS_LABEL (widget) || !GTK_IS_GRID (parent) || g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), label) != 0)
        continue;
      gtk_container_child_get (GTK_CONTAINER (parent), widget, "top-attach", &top, NULL);
      return gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (parent), 1, top)));
    }
  return NULL;
}

/* Whether the summary shows a label whose text is @text. */
static gboolean
summary_shows_text (RdWindow *window,
                    const char *text)
{
  g_autoptr (GPtrArray) widgets = NULL;

  show_summary_top (window);
  widgets = all_widgets (GTK_WIDGET (rd_window_get_summary_panel (window)));

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      if (GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The summary's filter of the list of changes. */
static GtkComboBox *
filter_combo (RdWindow *window)
{
  g_autoptr (GPtrArray) widgets = NULL;

  show_summary_top (window);
  widgets = all_widgets (GTK_WIDGET (rd_window_get_summary_panel (window)));

  for (guint i = 0; i < widgets->len; i++)
    if (GTK_IS_COMBO_BOX (g_ptr_array_index (widgets, i)))
      return g_ptr_array_index (widgets, i);
  g_assert_not_reached ();
}

static int
combo_count (GtkComboBox *combo)
{
  return gtk_tree_model_iter_n_children (gtk_combo_box_get_model (combo), NULL);
}

/* The text of choice @index of @combo (a GtkComboBoxText). */
static char *
combo_text (GtkComboBox *combo,
            int index)
{
  GtkTreeModel *model = gtk_combo_box_get_model (combo);
  GtkTreeIter iter;
  char *text = NULL;

  g_assert_true (gtk_tree_model_iter_nth_child (model, &iter, NULL, index));
  /* GtkComboBoxText keeps the text in column 0, the id in 1. */
  gtk_tree_model_get (model, &iter, 0, &text, -1);
  return text;
}

/* Change rows of @view that are shown (not filtered out): rows of the
 * view's plan, built or not (only those in view are). */
static guint
count_shown_change_rows (RdChangeView *view)
{
  return rd_change_view_count_shown_change_rows (view);
}

/* The changes F7 stops at, from the top, in order (view indices). */
static GArray *
navigation_stops (RdChangeView *view)
{
  GArray *stops = g_array_new (FALSE, FALSE, sizeof (guint));
  guint total = rd_change_view_count_all_changes (rd_change_view_get_comparison (view));

  /* From before the first: the first step lands on the first stop. */
  for (guint i = 0; i < total; i++)
    if (rd_change_view_is_stop (view, i))
      {
        rd_change_view_select_change (view, i);
        break;
      }
  if (rd_change_view_get_current_change (view) < 0)
    return stops;
  do
    {
      guint current = rd_change_view_get_current_change (view);
      g_array_append_val (stops, current);
    }
  while (rd_change_view_step_change (view, TRUE));
  return stops;
}

/* Changes (paragraphs and footnotes) marked routine by the presentation. */
static guint
count_routine (RdChangeView *view)
{
  RdComparison *comparison = rd_change_view_get_comparison (view);
  RdPresentation *presentation = rd_change_view_get_presentation (view);
  guint total = rd_change_view_count_all_changes (comparison);
  guint routine = 0;

  for (guint i = 0; i < total; i++)
    {
      RdChangeMarks marks;

      rd_presentation_get_marks (presentation, rd_change_view_lookup_change (comparison, i), &marks);
      routine += marks.routine;
    }
  return routine;
}

static int
find_change (RdWindow *window,
             const char *label)
{
  RdComparison *comparison = rd_window_get_comparison (window);
  GPtrArray *changes = rd_comparison_get_changes (comparison);

  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *description = rd_comparison_describe_change (comparison, g_ptr_array_index (changes, i));

      if (g_str_has_prefix (description, label) && description[strlen (label)] == ',')
        return i;
    }
  g_error ("no change %s", label);
}

static gboolean
hide_routine_state (RdWindow *window)
{
  g_autoptr (GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window), "hide-routine");

  return g_variant_get_boolean (state);
}

/* Tests */

/* A year → year pair: routine updates greyed, counted apart, hidden from
 * the views, the list and F7 by the menu's toggle, which is remembered. */
/* The text of the window's Export PDF (pdftotext, from poppler-utils). */
static char *
exported_pdf_text (RdWindow *window)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("resdiff-filters-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  char *text = NULL;
  int wait_status = 0;

  g_assert_no_error (error);
  g_assert_nonnull (pdftotext);
  path = g_build_filename (dir, "export.pdf", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (rd_window_export (window, file, RD_WINDOW_EXPORT_PDF, &error));
  g_assert_no_error (error);
  {
    const char *argv[] = { pdftotext, path, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text, NULL, &wait_status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  }
  g_unlink (path);
  g_rmdir (dir);
  return text;
}

static void
test_routine_updates (void)
{
  RdWindow *window = open_corpus_pair ("A_RES_78_6.en.pdf", "A_RES_79_6.en.pdf");
  RdChangeView *view = rd_window_get_view (window);
  RdChangeView *redline = rd_window_get_redline_view (window);
  RdSummaryPanel *summary = rd_window_get_summary_panel (window);
  RdComparison *comparison = rd_window_get_comparison (window);
  const RdComparisonStats *stats = rd_comparison_get_stats (comparison);
  GSettings *settings = rd_application_get_settings (application);
  const char *const routine_labels[] = { "PP 1", "OP 1", "OP 12 → 13", "OP 19 → 20", "OP 31 → 32" };
  guint listed, rows, routine, differences = 0;
  g_autoptr (GArray) stops = NULL;
  g_autofree char *count = NULL;
  g_autofree char *pdf_hidden = NULL;
  g_autofree char *pdf_shown = NULL;

  g_assert_nonnull (settings);
  g_assert_false (hide_routine_state (window));
  for (guint i = 0; i < rd_change_view_count_all_changes (comparison); i++)
    differences += rd_change_is_difference (rd_change_view_lookup_change (comparison, i));

  /* Counted apart in the summary, as read. */
  g_assert_cmpuint (stats->routine, ==, G_N_ELEMENTS (routine_labels));
  count = g_strdup_printf ("%u", stats->routine);
  g_assert_cmpstr (summary_count (window, "Routine changes"), ==, count);
  g_free (count);
  count = g_strdup_printf ("%u", stats->substantive);
  g_assert_cmpstr (summary_count (window, "Substantive changes"), ==, count);

  /* Each routine paragraph is badged and its marks grey; a substantive
   * one is not. */
  for (guint k = 0; k < G_N_ELEMENTS (routine_labels); k++)
    {
      int index = find_change (window, routine_labels[k]);
      const RdChange *change = rd_change_view_lookup_change (comparison, index);
      g_autofree char *caption = rd_change_view_caption_markup (view, index, TRUE);
      g_autoptr (GPtrArray) paragraphs = rd_presentation_get_paragraphs (rd_change_view_get_presentation (view), change, RD_SIDE_REDLINE);
      g_autofree char *markup = rd_markup_for_runs (((RdShownParagraph *) g_ptr_array_index (paragraphs, 0))->runs, RD_MARK_NONE, RD_REDLINE_STYLE_UNDERLINE);

      g_assert_true (change->routine);
      g_assert_nonnull (strstr (caption, "routine"));
      g_assert_nonnull (strstr (markup, "fgalpha=\"58%\""));
      g_assert_null (strstr (markup, "#3584e4"));
    }
  {
    int index = find_change (window, "OP 9");
    g_autofree char *caption = rd_change_view_caption_markup (view, index, TRUE);
    g_autoptr (GPtrArray) paragraphs = rd_presentation_get_paragraphs (rd_change_view_get_presentation (view), rd_change_view_lookup_change (comparison, index), RD_SIDE_REDLINE);
    g_autofree char *markup = rd_markup_for_runs (((RdShownParagraph *) g_ptr_array_index (paragraphs, 0))->runs, RD_MARK_NONE, RD_REDLINE_STYLE_UNDERLINE);

    g_assert_null (strstr (caption, "routine"));
    g_assert_null (strstr (markup, "fgalpha"));
  }

  /* Everything shown and listed before the toggle. */
  routine = count_routine (view);
  g_assert_cmpuint (routine, >=, stats->routine);
  listed = rd_summary_panel_count_listed_changes (summary);
  g_assert_cmpuint (listed, ==, differences);
  rows = count_shown_change_rows (view);
  stops = navigation_stops (view);
  g_assert_cmpuint (stops->len, ==, differences);
  rd_test_gtk_snapshot (window, "filters-routine-shown");

  /* Hidden: from both views, the list and F7; the setting follows. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "hide-routine", NULL);
  rd_test_gtk_settle ();
  g_assert_true (hide_routine_state (window));
  g_assert_true (g_settings_get_boolean (settings, "hide-routine"));
  g_assert_cmpuint (rd_summary_panel_count_listed_changes (summary), ==, differences - routine);
  g_assert_cmpuint (count_shown_change_rows (view), ==, rows - routine);
  /* The redline too, once shown (a view out of sight waits to build). */
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("redline"));
  g_assert_true (rd_test_wait_until (view_populated, window));
  g_assert_true (rd_window_get_view (window) == redline);
  g_assert_cmpuint (count_shown_change_rows (redline), ==, rows - routine);
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("side-by-side"));
  rd_test_gtk_settle ();
  g_clear_pointer (&stops, g_array_unref);
  stops = navigation_stops (view);
  g_assert_cmpuint (stops->len, ==, differences - routine);
  for (guint i = 0; i < stops->len; i++)
    {
      RdChangeMarks marks;

      rd_presentation_get_marks (rd_change_view_get_presentation (view), rd_change_view_lookup_change (comparison, g_array_index (stops, guint, i)), &marks);
      g_assert_false (marks.routine);
    }
  /* F7 past the last stop goes round to the first stop, never to a
   * hidden change. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "next-change", NULL);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, g_array_index (stops, guint, 0));
  /* The header counts what is shown. */
  {
    g_autofree char *position = g_strdup_printf ("Change 1 of %u", differences - routine);

    g_assert_cmpstr (rd_window_get_position_text (window), ==, position);
  }
  rd_test_gtk_snapshot (window, "filters-routine-hidden");
  /* Export PDF (as Print and Preview, through the same compositor
   * options) prints the hidden routine updates as plain text: fewer
   * change labels than with them shown. */
  pdf_hidden = exported_pdf_text (window);

  /* Remembered: a setting changed elsewhere (another window) applies. */
  g_settings_set_boolean (settings, "hide-routine", FALSE);
  rd_test_gtk_settle ();
  g_assert_false (hide_routine_state (window));
  g_assert_cmpuint (count_shown_change_rows (view), ==, rows);
  g_assert_cmpuint (rd_summary_panel_count_listed_changes (summary), ==, differences);
  pdf_shown = exported_pdf_text (window);
  g_assert_cmpuint (rd_test_count (pdf_shown, "modified"), >=, rd_test_count (pdf_hidden, "modified") + G_N_ELEMENTS (routine_labels));

  /* No library here: no panel of agreed language, no "new language"
   * choice. */
  g_assert_false (gtk_widget_get_visible (rd_summary_panel_get_language_panel (summary)));
  g_assert_cmpint (combo_count (filter_combo (window)), ==, 4);

  gtk_widget_destroy (GTK_WIDGET (window));
}

/* Operative paragraphs weakened: badged, counted, filtered. */
static void
test_verb_strength (void)
{
  RdWindow *window = open_corpus_pair ("A_RES_78_6.en.pdf", "A_RES_79_6.en.pdf");
  RdChangeView *view = rd_window_get_view (window);
  RdSummaryPanel *summary = rd_window_get_summary_panel (window);
  RdComparison *comparison = rd_window_get_comparison (window);
  const RdComparisonStats *stats = rd_comparison_get_stats (comparison);
  const char *const weakened_labels[] = { "OP 7", "OP 10 → 11" };
  GtkComboBox *combo = filter_combo (window);
  g_autoptr (GArray) stops = NULL;

  g_assert_cmpuint (stats->weakened, ==, G_N_ELEMENTS (weakened_labels));
  g_assert_cmpuint (stats->strengthened, ==, 0);
  g_assert_cmpstr (summary_count (window, "Operative paragraphs weakened"), ==, "2");
  g_assert_cmpstr (summary_count (window, "Operative paragraphs strengthened"), ==, "0");
  g_assert_true (summary_shows_text (window, "2 operative paragraphs weakened"));
  for (guint k = 0; k < G_N_ELEMENTS (weakened_labels); k++)
    {
      g_autofree char *caption = rd_change_view_caption_markup (view, find_change (window, weakened_labels[k]), TRUE);

      /* Words, not colour alone. */
      g_assert_nonnull (strstr (caption, "weakened"));
    }

  /* The choices, each at the index of the filter it sets. */
  {
    const char *const choices[] = { "All changes", "Substantive changes", "Weakened", "Strengthened" };

    g_assert_cmpint (combo_count (combo), ==, G_N_ELEMENTS (choices));
    for (int k = 0; k < (int) G_N_ELEMENTS (choices); k++)
      {
        g_autofree char *text = combo_text (combo, k);

        g_assert_cmpstr (text, ==, choices[k]);
      }
  }

  /* The list and F7 follow the summary's choice. */
  gtk_combo_box_set_active (combo, RD_CHANGE_FILTER_WEAKENED);
  rd_test_gtk_settle ();
  g_assert_cmpuint (rd_summary_panel_count_listed_changes (summary), ==, 2);
  stops = navigation_stops (view);
  g_assert_cmpuint (stops->len, ==, 2);
  g_assert_cmpint (g_array_index (stops, guint, 0), ==, find_change (window, "OP 7"));
  g_assert_cmpint (g_array_index (stops, guint, 1), ==, find_change (window, "OP 10 → 11"));
  rd_test_gtk_snapshot (window, "filters-weakened");

  /* None strengthened: the list says so. */
  gtk_combo_box_set_active (combo, RD_CHANGE_FILTER_STRENGTHENED);
  rd_test_gtk_settle ();
  g_assert_cmpuint (rd_summary_panel_count_listed_changes (summary), ==, 0);
  g_assert_true (summary_shows_text (window, "No operative paragraph was strengthened."));
  g_assert_false (rd_change_view_step_change (view, TRUE));
  g_assert_cmpstr (rd_window_get_position_text (window), ==, "No changes shown");
  /* F7 says why it goes nowhere. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "next-change", NULL);
  g_assert_true (g_str_has_prefix (rd_window_get_notice_message (window), "No change is shown"));

  /* Substantive: every difference but the routine ones. */
  gtk_combo_box_set_active (combo, RD_CHANGE_FILTER_SUBSTANTIVE);
  rd_test_gtk_settle ();
  g_assert_cmpuint (rd_summary_panel_count_listed_changes (summary), ==, stats->substantive + stats->footnotes_changed - (count_routine (view) - stats->routine));

  gtk_combo_box_set_active (combo, RD_CHANGE_FILTER_ALL);
  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
on_index_failure (const char *path,
                  const GError *error,
                  gpointer user_data)
{
  g_error ("%s: %s", path, error->message);
}

/* The library the window finds: $XDG_DATA_HOME/resdiff/library.sqlite,
 * indexed from copies of two adopted resolutions. */
static void
make_default_library (void)
{
  const char *const names[] = { "A_RES_78_198.en.pdf", "A_RES_79_171.en.pdf" };
  g_autofree char *folder = g_build_filename (data_home, "library-sources", NULL);
  g_autofree char *library_dir = g_build_filename (data_home, "resdiff", NULL);
  g_autofree char *library_path = g_build_filename (library_dir, "library.sqlite", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdLibrary) library = NULL;
  RdLibraryIndexStats stats;
  const char *paths[] = { folder, NULL };

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (library_dir, 0700), ==, 0);
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *target = g_build_filename (folder, names[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "corpus", names[i], NULL), &contents, &length, &error));
      g_assert_true (g_file_set_contents (target, contents, length, &error));
    }
  library = rd_library_open (library_path, &error);
  g_assert_no_error (error);
  g_assert_true (rd_library_index (library, paths, on_index_failure, NULL, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.indexed, ==, G_N_ELEMENTS (names));
}

/* A library that is no SQLite database where the window looks: the
 * comparison opens all the same, without notes of agreed language. */
static void
test_unreadable_library (void)
{
  g_autofree char *library_dir = g_build_filename (data_home, "resdiff", NULL);
  g_autofree char *library_path = g_build_filename (library_dir, "library.sqlite", NULL);
  g_autoptr (GError) error = NULL;
  RdWindow *window;
  RdSummaryPanel *summary;
  GPtrArray *changes;

  g_assert_cmpint (g_mkdir_with_parents (library_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (library_path, "not a database, only words\n", -1, &error));
  window = open_corpus_pair ("A_RES_79_171.en.pdf", "A_C.3_80_L.41.en.pdf");
  summary = rd_window_get_summary_panel (window);
  changes = rd_comparison_get_changes (rd_window_get_comparison (window));
  for (guint i = 0; i < changes->len; i++)
    g_assert_null (rd_presentation_get_agreement (rd_change_view_get_presentation (rd_window_get_view (window)), g_ptr_array_index (changes, i)));
  g_assert_false (gtk_widget_get_visible (rd_summary_panel_get_language_panel (summary)));
  g_assert_cmpint (combo_count (filter_combo (window)), ==, 4);
  /* Left as it was. */
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (library_path, &contents, NULL, &error));
    g_assert_cmpstr (contents, ==, "not a database, only words\n");
  }
  gtk_widget_destroy (GTK_WIDGET (window));
  g_assert_cmpint (g_remove (library_path), ==, 0);
}

/* The tooltip of change @index's row in @view: the view builds the rows
 * in view, so it is scrolled to first. */
static char *
row_tooltip (RdChangeView *view,
             guint index)
{
  g_assert_cmpuint (rd_change_view_count_all_changes (rd_change_view_get_comparison (view)), >, index);
  rd_change_view_select_change (view, index);
  g_assert_true (rd_test_gtk_wait_for_change_row (view, index));
  return gtk_widget_get_tooltip_text (rd_change_view_get_change_widget (view, index));
}

/* With a library: agreed, partly or new on hover and in the panel for the
 * current paragraph, and "only new language". */
static void
test_agreed_language (void)
{
  RdWindow *window;
  RdChangeView *view;
  RdSummaryPanel *summary;
  RdComparison *comparison;
  RdPresentation *presentation;
  GtkWidget *panel;
  GPtrArray *changes;
  guint n_new = 0, n_agreed = 0, n_partly = 0;
  int agreed, partly;

  make_default_library ();
  window = open_corpus_pair ("A_RES_79_171.en.pdf", "A_C.3_80_L.41.en.pdf");
  view = rd_window_get_view (window);
  summary = rd_window_get_summary_panel (window);
  comparison = rd_window_get_comparison (window);
  presentation = rd_change_view_get_presentation (view);
  panel = rd_summary_panel_get_language_panel (summary);
  changes = rd_comparison_get_changes (comparison);

  for (guint i = 0; i < changes->len; i++)
    {
      const RdChangeAgreement *agreement = rd_presentation_get_agreement (presentation, g_ptr_array_index (changes, i));

      if (agreement == NULL)
        continue;
      n_new += agreement->agreement == RD_AGREEMENT_NEW;
      n_agreed += agreement->agreement == RD_AGREEMENT_AGREED;
      n_partly += agreement->agreement == RD_AGREEMENT_PARTLY;
    }
  g_assert_cmpuint (n_new, >, 0);
  g_assert_cmpuint (n_agreed, >, 0);
  g_assert_cmpuint (n_partly, >, 0);
  g_assert_true (gtk_widget_get_visible (panel));

  /* Agreed: its source on hover and in the panel. */
  agreed = find_change (window, "OP 49");
  {
    const RdChangeAgreement *agreement = rd_presentation_get_agreement (presentation, g_ptr_array_index (changes, agreed));
    g_autofree char *tooltip = row_tooltip (view, agreed);
    g_autofree char *text = NULL;

    g_assert_nonnull (agreement);
    g_assert_cmpint (agreement->agreement, ==, RD_AGREEMENT_AGREED);
    g_assert_cmpstr (agreement->source, ==, "A/RES/79/171, OP 49");
    g_assert_nonnull (tooltip);
    g_assert_true (g_str_has_prefix (tooltip, "agreed in A/RES/79/171, OP 49"));
    rd_change_view_select_change (view, agreed);
    rd_test_gtk_settle ();
    text = rd_language_panel_dup_text (RD_LANGUAGE_PANEL (panel));
    g_assert_true (g_str_has_prefix (text, "OP 49, modified\nagreed in A/RES/79/171, OP 49"));
  }

  /* Partly: each run of agreed words with its source. */
  partly = find_change (window, "PP 41 (e)");
  {
    const RdChangeAgreement *agreement = rd_presentation_get_agreement (presentation, g_ptr_array_index (changes, partly));
    g_autofree char *tooltip = row_tooltip (view, partly);
    g_autofree char *text = NULL;
    g_autoptr (GPtrArray) passages = rd_change_marks_dup_agreed_passages (presentation, g_ptr_array_index (changes, partly));
    g_autoptr (GPtrArray) paragraphs = rd_presentation_get_paragraphs (presentation, g_ptr_array_index (changes, partly), RD_SIDE_NEW);
    g_autofree char *markup = rd_markup_for_runs (((RdShownParagraph *) g_ptr_array_index (paragraphs, 0))->runs, RD_MARK_NONE, RD_REDLINE_STYLE_UNDERLINE);

    g_assert_nonnull (agreement);
    g_assert_cmpint (agreement->agreement, ==, RD_AGREEMENT_PARTLY);
    /* The agreed words underlined twice in the views, the new ones once. */
    g_assert_nonnull (strstr (markup, "underline=\"double\""));
    g_assert_nonnull (strstr (markup, "underline=\"single\""));
    g_assert_cmpuint (passages->len, >=, 1);
    g_assert_cmpuint (agreement->n_agreed, <, agreement->n_inserted);
    g_assert_nonnull (strstr (tooltip, "partly agreed"));
    g_assert_nonnull (strstr (tooltip, "— A/RES/79/171, OP 38 (d)"));
    rd_change_view_select_change (view, partly);
    rd_test_gtk_settle ();
    text = rd_language_panel_dup_text (RD_LANGUAGE_PANEL (panel));
    g_assert_nonnull (strstr (text, "partly agreed ("));
    g_assert_nonnull (strstr (text, "\n“"));
    g_assert_nonnull (strstr (text, "” — A/RES/79/171, OP 38 (d)"));
    for (guint s = 0; s < passages->len; s++)
      {
        const RdAgreedPassage *span = g_ptr_array_index (passages, s);
        const RdParagraph *paragraph = g_ptr_array_index (rd_document_get_paragraphs (rd_comparison_get_new (comparison)),
                                                          g_array_index (((RdChange *) g_ptr_array_index (changes, partly))->new_items, guint, 0));

        /* The words as the new version has them. */
        g_assert_nonnull (strstr (paragraph->text, span->text));
        g_assert_nonnull (strstr (text, span->text));
      }
    rd_test_gtk_snapshot (window, "filters-agreed-partly");
  }

  /* Only new language: the list and F7. */
  g_assert_cmpint (combo_count (filter_combo (window)), ==, 5);
  {
    g_autofree char *text = combo_text (filter_combo (window), RD_CHANGE_FILTER_NEW_LANGUAGE);

    g_assert_cmpstr (text, ==, "Only new language");
  }
  gtk_combo_box_set_active (filter_combo (window), RD_CHANGE_FILTER_NEW_LANGUAGE);
  rd_test_gtk_settle ();
  g_assert_cmpuint (rd_summary_panel_count_listed_changes (summary), ==, n_new);
  {
    g_autoptr (GArray) stops = navigation_stops (view);

    g_assert_cmpuint (stops->len, ==, n_new);
    for (guint i = 0; i < stops->len; i++)
      {
        const RdChangeAgreement *agreement = rd_presentation_get_agreement (presentation, rd_change_view_lookup_change (comparison, g_array_index (stops, guint, i)));

        g_assert_cmpint (agreement->agreement, ==, RD_AGREEMENT_NEW);
      }
    /* The panel follows the current paragraph: the last stop, new. */
    {
      g_autofree char *text = rd_language_panel_dup_text (RD_LANGUAGE_PANEL (panel));
      g_assert_true (g_str_has_suffix (text, "\nnew language"));
    }
  }
  rd_test_gtk_snapshot (window, "filters-new-language");

  gtk_combo_box_set_active (filter_combo (window), RD_CHANGE_FILTER_ALL);
  gtk_widget_destroy (GTK_WIDGET (window));
}

/* The summary's versions show each symbol on one line, however narrow
 * the panel: "A/RES/" over "79/144" reads as two symbols. */
static void
test_symbols_whole (void)
{
  RdWindow *window = open_corpus_pair ("A_RES_79_144.en.pdf", "A_80_L.22.en.pdf");
  const char *symbols[] = { "A/RES/79/144", "A/80/L.22" };
  g_autoptr (GPtrArray) widgets = NULL;
  guint found = 0;

  show_summary_top (window);
  rd_test_gtk_settle ();
  widgets = all_widgets (GTK_WIDGET (rd_window_get_summary_panel (window)));
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      if (!GTK_IS_LABEL (widget) || !GTK_IS_GRID (gtk_widget_get_parent (widget)))
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (symbols); k++)
        if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), symbols[k]) == 0)
          {
            g_assert_true (gtk_widget_is_drawable (widget));
            g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (widget))), ==, 1);
            found++;
          }
    }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (symbols));
  gtk_widget_destroy (GTK_WIDGET (window));
}

int
main (int argc,
      char *argv[])
{
  int status;

  if (!rd_test_gtk_init (&argc, &argv, &data_home))
    return 77;
  application = rd_test_application_new ();

  g_test_add_func ("/window-filters/routine/year-to-year", test_routine_updates);
  g_test_add_func ("/window-filters/versions/symbols-whole", test_symbols_whole);
  g_test_add_func ("/window-filters/strength/weakened", test_verb_strength);
  g_test_add_func ("/window-filters/language/unreadable-library", test_unreadable_library);
  /* Last: it puts a library where the window finds it. */
  g_test_add_func ("/window-filters/language/library", test_agreed_language);

  status = g_test_run ();
  g_object_unref (application);
  rd_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
