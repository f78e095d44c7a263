/* test-window.c: the window under Xvfb
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <gtk/gtk.h>
#include <string.h>

#include "rd-annotations.h"
#include "rd-application.h"
#include "rd-import.h"
#include "rd-key-event.h"
#include "rd-loader.h"
#include "rd-header-markup.h"
#include "rd-paragraph-label.h"
#include "rd-recent-pairs.h"
#include "rd-preferences-dialog.h"
#include "rd-start-page.h"
#include "rd-test-gtk.h"
#include "rd-test-util.h"
#include "rd-text-label.h"
#include "rd-window.h"

static RdApplication *application;

static gboolean
recent_pair_listed (gpointer data)
{
  g_autoptr (GPtrArray) pairs = rd_recent_pairs_list (8);

  return pairs->len >= 1;
}

static GFile *
seed_file (gboolean edited)
{
  return g_file_new_for_path (edited
                                  ? g_test_get_filename (G_TEST_DIST, "data", "gui", "trafficking-2013-edited.en.txt", NULL)
                                  : g_test_get_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL));
}

static RdWindow *
open_seed_pair (void)
{
  g_autoptr (GFile) old_file = seed_file (FALSE);
  g_autoptr (GFile) new_file = seed_file (TRUE);
  RdWindow *window = rd_test_window_new (application);

  rd_window_open_files (window, old_file, new_file);
  g_assert_true (rd_test_wait_until (rd_test_gtk_view_built, window));
  g_assert_nonnull (rd_window_get_comparison (window));
  g_assert_null (rd_window_get_error_message (window));
  rd_test_gtk_settle ();
  return window;
}

static int
next_difference (RdComparison *comparison,
                 int from,
                 int step)
{
  int total = rd_change_view_count_all_changes (comparison);

  for (int i = from + step; i >= 0 && i < total; i += step)
    if (rd_change_is_difference (rd_change_view_lookup_change (comparison, i)))
      return i;
  return -1;
}

/* Moves @view to change @index and waits for its row: rows are built at
 * the view's next layout, a frame away. */
static GtkWidget *
show_change (RdChangeView *view,
             guint index)
{
  rd_change_view_select_change (view, index);
  g_assert_true (rd_test_gtk_wait_for_change_row (view, index));
  rd_test_gtk_settle ();
  return rd_change_view_get_change_widget (view, index);
}

typedef struct
{
  GtkAdjustment *adjustment;
  double above;
} TallerThan;

static gboolean
content_taller (gpointer data)
{
  TallerThan *wanted = data;

  return gtk_adjustment_get_upper (wanted->adjustment) > wanted->above;
}

static gboolean
content_shorter (gpointer data)
{
  TallerThan *wanted = data;

  return gtk_adjustment_get_upper (wanted->adjustment) < wanted->above;
}

/* Opens a pair written from @old_text and @new_text into @dir; returns
 * once loaded (and, with @shown, once the view is built). */
static RdWindow *
open_text_pair_full (const char *dir,
                     const char *old_text,
                     const char *new_text,
                     gboolean shown)
{
  g_autofree char *old_path = g_build_filename (dir, "old.txt", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.txt", NULL);
  g_autoptr (GFile) old_file = g_file_new_for_path (old_path);
  g_autoptr (GFile) new_file = g_file_new_for_path (new_path);
  RdWindow *window = rd_test_window_new (application);

  g_assert_true (g_file_set_contents (old_path, old_text, -1, NULL));
  g_assert_true (g_file_set_contents (new_path, new_text, -1, NULL));
  rd_window_open_files (window, old_file, new_file);
  g_assert_true (rd_test_wait_until (shown ? rd_test_gtk_view_built : rd_test_gtk_load_finished, window));
  g_assert_nonnull (rd_window_get_comparison (window));
  rd_test_gtk_settle ();
  return window;
}

static RdWindow *
open_text_pair (const char *dir,
                const char *old_text,
                const char *new_text)
{
  return open_text_pair_full (dir, old_text, new_text, TRUE);
}

static void
remove_text_pair (const char *dir)
{
  g_autofree char *old_path = g_build_filename (dir, "old.txt", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.txt", NULL);

  g_unlink (old_path);
  g_unlink (new_path);
  g_rmdir (dir);
}

/* The seed pair (which cites fourteen footnotes): the later version
 * rewords footnote 2. */
static RdWindow *
open_footnote_pair (const char *dir)
{
  g_autoptr (GFile) seed = seed_file (FALSE);
  g_autoptr (GFile) edited = seed_file (TRUE);
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  g_autoptr (GString) reworded = NULL;

  g_assert_true (g_file_get_contents (g_file_peek_path (seed), &old_text, NULL, NULL));
  g_assert_true (g_file_get_contents (g_file_peek_path (edited), &new_text, NULL, NULL));
  reworded = g_string_new (new_text);
  g_assert_cmpuint (g_string_replace (reworded, "² Resolution 60/1.", "² Resolution 60/1 and the Zanzibarish Outcome.", 1), ==, 1);
  return open_text_pair (dir, old_text, reworded->str);
}

/* The text of the PDF the window exports. */
static char *
export_pdf_text (RdWindow *window,
                 const char *dir)
{
  g_autofree char *pdf_path = g_build_filename (dir, "export.pdf", NULL);
  g_autoptr (GFile) pdf_file = g_file_new_for_path (pdf_path);
  g_autoptr (GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", pdf_path, "-", NULL };
  char *text = NULL;
  int wait_status = 0;

  g_assert_true (rd_window_export (window, pdf_file, RD_WINDOW_EXPORT_PDF, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text, NULL, &wait_status, NULL));
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  g_unlink (pdf_path);
  return text;
}

/* Tests */

static void
test_open_seed_pair (void)
{
  RdWindow *window = open_seed_pair ();
  RdComparison *comparison = rd_window_get_comparison (window);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  guint differences = 0;

  g_assert_cmpuint (changes->len, >, 0);
  g_assert_true (rd_comparison_has_differences (comparison));
  /* One aligned row per change, in both views. */
  g_assert_true (rd_window_get_view (window) == rd_window_get_side_by_side_view (window));
  g_assert_cmpuint (rd_change_view_count_change_rows (rd_window_get_side_by_side_view (window)), ==, rd_change_view_count_all_changes (comparison));
  /* The redline view is built when it is first shown. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("redline"));
  g_assert_true (rd_test_wait_until (rd_test_gtk_view_built, window));
  g_assert_cmpuint (rd_change_view_count_change_rows (rd_window_get_redline_view (window)), ==, rd_change_view_count_all_changes (comparison));

  /* The summary lists every change that is a difference. */
  for (guint i = 0; i < rd_change_view_count_all_changes (comparison); i++)
    differences += rd_change_is_difference (rd_change_view_lookup_change (comparison, i));
  g_assert_cmpuint (differences, >, 0);
  g_assert_cmpuint (rd_summary_panel_count_listed_changes (rd_window_get_summary_panel (window)), ==, differences);

  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
test_next_change_keys (void)
{
  RdWindow *window = open_seed_pair ();
  RdComparison *comparison = rd_window_get_comparison (window);
  RdChangeView *view = rd_window_get_view (window);
  int first = next_difference (comparison, -1, 1);
  int second = next_difference (comparison, first, 1);

  g_assert_cmpint (first, >=, 0);
  g_assert_cmpint (second, >, first);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, -1);

  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_Down, GDK_MOD1_MASK);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, first);

  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_Down, GDK_MOD1_MASK);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, second);

  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_Up, GDK_MOD1_MASK);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, first);

  /* F7 and Shift+F7 as well. */
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_F7, 0);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, second);
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_F7, GDK_SHIFT_MASK);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, first);

  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
test_next_change_scrolls (void)
{
  RdWindow *window = open_seed_pair ();
  RdComparison *comparison = rd_window_get_comparison (window);
  RdChangeView *view = rd_window_get_view (window);
  GtkWidget *scrolled = gtk_bin_get_child (GTK_BIN (view));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  int last = next_difference (comparison, rd_change_view_count_all_changes (comparison), -1);

  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0.0);
  /* From the end: the view scrolls down to the last change. */
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_Up, GDK_MOD1_MASK);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, last);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0.0);

  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
test_summary_click (void)
{
  RdWindow *window = open_seed_pair ();
  RdComparison *comparison = rd_window_get_comparison (window);
  int second = next_difference (comparison, next_difference (comparison, -1, 1), 1);

  /* What a click on the second row of the list of changes does. */
  g_signal_emit_by_name (rd_window_get_summary_panel (window), "change-activated", (guint) second);
  rd_test_gtk_settle ();
  g_assert_cmpint (rd_change_view_get_current_change (rd_window_get_view (window)), ==, second);

  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
test_switch_view_keeps_place (void)
{
  RdWindow *window = open_seed_pair ();
  int current;

  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_Down, GDK_MOD1_MASK);
  current = rd_change_view_get_current_change (rd_window_get_view (window));
  g_assert_cmpint (current, >=, 0);

  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("redline"));
  rd_test_gtk_settle ();
  g_assert_true (rd_window_get_view (window) == rd_window_get_redline_view (window));
  g_assert_cmpint (rd_change_view_get_current_change (rd_window_get_view (window)), ==, current);

  gtk_widget_destroy (GTK_WIDGET (window));
}

/* Of the redline and side-by-side views only one is shown: the other is
 * planned when first shown (or first asked for a change), not with the
 * comparison, and keeps the reader's place and F7 then. */
static void
test_hidden_view (void)
{
  RdWindow *window = open_seed_pair ();
  RdComparison *comparison = rd_window_get_comparison (window);
  RdChangeView *shown = rd_window_get_view (window);
  RdChangeView *hidden = shown == rd_window_get_redline_view (window) ? rd_window_get_side_by_side_view (window) : rd_window_get_redline_view (window);
  const char *hidden_name = hidden == rd_window_get_redline_view (window) ? "redline" : "side-by-side";
  guint differences = 0;
  g_autofree char *first_of = NULL;
  g_autofree char *second_of = NULL;
  int current;
  int next;

  for (guint i = 0; i < rd_change_view_count_all_changes (comparison); i++)
    differences += rd_change_is_difference (rd_change_view_lookup_change (comparison, i));
  first_of = g_strdup_printf ("Change 1 of %u", differences);
  second_of = g_strdup_printf ("Change 2 of %u", differences);

  g_assert_true (rd_change_view_get_planned (shown));
  g_assert_false (rd_change_view_get_planned (hidden));
  g_assert_cmpuint (rd_change_view_count_built_rows (hidden), ==, 0);
  /* It has the comparison all the same. */
  g_assert_true (rd_change_view_get_populated (hidden));
  g_assert_true (rd_change_view_get_comparison (hidden) == comparison);

  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_F7, 0);
  current = rd_change_view_get_current_change (shown);
  g_assert_cmpint (current, ==, next_difference (comparison, -1, 1));
  rd_test_gtk_settle ();
  g_assert_false (rd_change_view_get_planned (hidden));

  /* Shown: planned, its rows built, at the same change. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string (hidden_name));
  g_assert_true (rd_window_get_view (window) == hidden);
  g_assert_true (rd_change_view_get_planned (hidden));
  g_assert_cmpint (rd_change_view_get_current_change (hidden), ==, current);
  g_assert_true (rd_test_gtk_wait_for_change_row (hidden, current));
  g_assert_cmpuint (rd_change_view_count_change_rows (hidden), ==, rd_change_view_count_all_changes (comparison));
  g_assert_cmpstr (rd_window_get_position_text (window), ==, first_of);

  /* F7 goes on from there. */
  next = next_difference (comparison, current, 1);
  g_assert_cmpint (next, >, current);
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_F7, 0);
  g_assert_cmpint (rd_change_view_get_current_change (hidden), ==, next);
  g_assert_cmpstr (rd_window_get_position_text (window), ==, second_of);

  gtk_widget_destroy (GTK_WIDGET (window));
}

/* F7's stops are kept between key presses, and made again when the filter
 * changes: Hide Routine Updates and the summary's choice. */
static void
test_stops_follow_filter (void)
{
  RdWindow *window = open_seed_pair ();
  RdComparison *comparison = rd_window_get_comparison (window);
  RdChangeView *view = rd_window_get_view (window);
  RdChangeFilter *filter = rd_summary_panel_get_filter (rd_window_get_summary_panel (window));
  RdPresentation *presentation = rd_change_view_get_presentation (view);
  guint total = rd_change_view_count_all_changes (comparison);
  guint all_stops = 0;

  for (int pass = 0; pass < 4; pass++)
    {
      g_autoptr (GArray) expected = g_array_new (FALSE, FALSE, sizeof (int));
      int at = -1;
      guint visited = 0;

      if (pass == 1)
        rd_change_filter_set_hide_routine (filter, TRUE);
      else if (pass == 2)
        rd_change_filter_set_show (filter, RD_CHANGE_FILTER_STRENGTHENED);
      else if (pass == 3)
        rd_change_filter_set_show (filter, RD_CHANGE_FILTER_SUBSTANTIVE);
      for (guint i = 0; i < total; i++)
        if (rd_change_is_difference (rd_change_view_lookup_change (comparison, i)) && rd_change_filter_lists (filter, presentation, rd_change_view_lookup_change (comparison, i)))
          g_array_append_val (expected, i);
      g_test_message ("pass %d: %u stops", pass, expected->len);
      g_assert_cmpuint (rd_change_view_count_stops (view), ==, expected->len);

      /* Every stop in order, then nothing further; ranks count them. */
      while ((at = rd_change_view_next_stop (view, at, TRUE)) >= 0)
        {
          g_assert_cmpuint (visited, <, expected->len);
          g_assert_cmpint (at, ==, g_array_index (expected, int, visited));
          g_assert_true (rd_change_view_is_stop (view, at));
          visited++;
          g_assert_cmpuint (rd_change_view_rank_stop (view, at), ==, visited);
        }
      g_assert_cmpuint (visited, ==, expected->len);
      if (expected->len > 0)
        {
          g_assert_cmpint (rd_change_view_next_stop (view, total, FALSE), ==, g_array_index (expected, int, expected->len - 1));
          g_assert_cmpint (rd_change_view_next_stop (view, g_array_index (expected, int, 0), FALSE), ==, -1);
        }
      g_assert_cmpuint (rd_change_view_rank_stop (view, -1), ==, 0);
      if (pass == 0)
        all_stops = expected->len;
      else if (pass == 2)
        /* Only the strengthened ones (none in the seed pair). */
        g_assert_cmpuint (expected->len, <, all_stops);
    }

  gtk_widget_destroy (GTK_WIDGET (window));
}

/* Ctrl+Q: every window leaves the screen at once and keeps its size, a
 * load in progress is cancelled (a PDF stops at its next page), and no
 * window's rows are torn down first (the process's end frees them). */
static void
test_quit (void)
{
  RdWindow *shown = open_seed_pair ();
  RdWindow *loading = rd_test_window_new (application);
  g_autoptr (GFile) old_file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "corpus", "A_RES_78_6.en.pdf", NULL));
  g_autoptr (GFile) new_file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "corpus", "A_RES_79_6.en.pdf", NULL));
  GSettings *settings = rd_application_get_settings (application);
  RdChangeView *view = rd_window_get_view (shown);
  guint rows;

  rd_test_gtk_send_key (GTK_WIDGET (shown), GDK_KEY_F7, 0);
  rows = rd_change_view_count_rows (view);
  g_assert_cmpuint (rows, >, 0);
  g_settings_set_int (settings, "window-width", 1);
  rd_window_open_files (loading, old_file, new_file);
  g_assert_true (rd_window_get_loading (loading));

  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shown)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (loading)));
  g_assert_false (rd_window_get_loading (loading));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), >, 1);
  /* Nothing torn down. */
  g_assert_nonnull (rd_window_get_comparison (shown));
  g_assert_true (rd_change_view_get_planned (view));
  g_assert_cmpuint (rd_change_view_count_rows (view), ==, rows);
  g_assert_cmpint (rd_change_view_get_current_change (view), >=, 0);
  /* What the program does after its main loop: the cancelled read ends. */
  rd_loader_wait_background ();

  gtk_widget_destroy (GTK_WIDGET (shown));
  gtk_widget_destroy (GTK_WIDGET (loading));
}

static void
collect_recent_names (GtkWidget *widget,
                      gpointer data)
{
  if (GTK_IS_LIST_BOX_ROW (widget) && g_object_get_data (G_OBJECT (widget), "rd-recent-pair") != NULL)
    g_ptr_array_add (data, g_strdup (atk_object_get_name (gtk_widget_get_accessible (widget))));
  else if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), collect_recent_names, data);
}

static gboolean
recent_pairs_listed (gpointer data)
{
  g_autoptr (GPtrArray) pairs = rd_recent_pairs_list (8);

  return pairs->len >= GPOINTER_TO_UINT (data);
}

/* Two recent pairs of the same file names in different folders: each row
 * says its folder, so they do not read as one pair three times. */
static void
test_recent_same_names (void)
{
  char *dirs[2] = { g_dir_make_tmp ("resdiff-a-XXXXXX", NULL), g_dir_make_tmp ("resdiff-b-XXXXXX", NULL) };
  RdWindow *window = rd_test_window_new (application);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *folder_a = g_path_get_basename (dirs[0]);
  g_autofree char *folder_b = g_path_get_basename (dirs[1]);
  gboolean seen_a = FALSE, seen_b = FALSE;

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *old_path = g_build_filename (dirs[i], "old.txt", NULL);
      g_autofree char *new_path = g_build_filename (dirs[i], "new.txt", NULL);
      g_autoptr (GFile) old_file = g_file_new_for_path (old_path);
      g_autoptr (GFile) new_file = g_file_new_for_path (new_path);

      g_assert_true (g_file_set_contents (old_path, "1. Text.\n", -1, NULL));
      g_assert_true (g_file_set_contents (new_path, "1. Text.\n", -1, NULL));
      rd_recent_pairs_add (old_file, new_file, NULL, NULL);
    }
  g_assert_true (rd_test_wait_until (recent_pairs_listed, GUINT_TO_POINTER (2)));
  rd_start_page_refresh_recent (RD_START_PAGE (rd_window_get_start_page (window)));
  collect_recent_names (rd_window_get_start_page (window), names);
  g_assert_cmpuint (names->len, >=, 2);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      g_test_message ("recent: %s", name);
      if (g_str_has_prefix (name, "old.txt  →  new.txt"))
        {
          seen_a |= strstr (name, folder_a) != NULL;
          seen_b |= strstr (name, folder_b) != NULL;
        }
    }
  g_assert_true (seen_a);
  g_assert_true (seen_b);

  gtk_widget_destroy (GTK_WIDGET (window));
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *old_path = g_build_filename (dirs[i], "old.txt", NULL);
      g_autofree char *new_path = g_build_filename (dirs[i], "new.txt", NULL);

      g_unlink (old_path);
      g_unlink (new_path);
      g_rmdir (dirs[i]);
      g_free (dirs[i]);
    }
}

/* The recent list names each pair by its symbols, says what each was and
 * which files, and dates it unambiguously ("6 Dec 2026, 20:15"). */
static void
test_recent_symbols (void)
{
  RdWindow *window = rd_test_window_new (application);
  g_autoptr (GFile) old_file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "corpus", "A_RES_78_6.en.pdf", NULL));
  g_autoptr (GFile) new_file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "corpus", "A_RES_79_6.en.pdf", NULL));
  g_autoptr (GPtrArray) pairs = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GRegex) date = g_regex_new (", [0-9]{1,2} [^ ,/]+ 20[0-9]{2}, [0-9]{2}:[0-9]{2}$", 0, 0, NULL);
  RdRecentPair *pair = NULL;
  const char *row_name = NULL;

  rd_window_open_files (window, old_file, new_file);
  g_assert_true (rd_test_wait_until (rd_test_gtk_view_built, window));
  pairs = rd_recent_pairs_list (8);
  for (guint i = 0; i < pairs->len && pair == NULL; i++)
    if (g_file_equal (((RdRecentPair *) g_ptr_array_index (pairs, i))->new_file, new_file))
      pair = g_ptr_array_index (pairs, i);
  g_assert_nonnull (pair);
  g_assert_cmpstr (pair->old_symbol, ==, "A/RES/78/6");
  g_assert_cmpstr (pair->new_symbol, ==, "A/RES/79/6");
  g_assert_cmpstr (pair->old_type, ==, "resolution");
  g_assert_cmpstr (pair->new_type, ==, "resolution");

  rd_start_page_refresh_recent (RD_START_PAGE (rd_window_get_start_page (window)));
  collect_recent_names (rd_window_get_start_page (window), names);
  for (guint i = 0; i < names->len && row_name == NULL; i++)
    if (g_str_has_prefix (g_ptr_array_index (names, i), "A/RES/78/6  →  A/RES/79/6"))
      row_name = g_ptr_array_index (names, i);
  g_assert_nonnull (row_name);
  g_test_message ("recent: %s", row_name);
  g_assert_nonnull (strstr (row_name, "resolution → resolution"));
  g_assert_nonnull (strstr (row_name, "A_RES_78_6.en.pdf → A_RES_79_6.en.pdf"));
  g_assert_true (g_regex_match (date, row_name, 0, NULL));
  /* A pair recorded without its documents read is named by its files. */
  {
    g_autoptr (GFile) other = seed_file (FALSE);

    rd_recent_pairs_add (other, new_file, NULL, NULL);
    g_clear_pointer (&pairs, g_ptr_array_unref);
    pairs = rd_recent_pairs_list (8);
    pair = NULL;
    for (guint i = 0; i < pairs->len && pair == NULL; i++)
      if (g_file_equal (((RdRecentPair *) g_ptr_array_index (pairs, i))->old_file, other))
        pair = g_ptr_array_index (pairs, i);
    g_assert_nonnull (pair);
    g_assert_null (pair->old_symbol);
    g_assert_null (pair->old_type);
    g_assert_cmpstr (pair->new_symbol, ==, "A/RES/79/6");
  }
  gtk_widget_destroy (GTK_WIDGET (window));
}

static GtkWidget *find_widget_of_type (GtkWidget *widget, GType type);

static const int common_widths[] = { 1280, 1600 };
static RdWindow *resized_window;

static gboolean
window_width_is (gpointer width)
{
  /* The window's own allocation adds its decorations' borders. */
  return gtk_widget_get_allocated_width (gtk_window_get_titlebar (GTK_WINDOW (resized_window))) == GPOINTER_TO_INT (width);
}

typedef struct
{
  const char *text;
  GtkWidget *found;
} LabelSearch;

static void
search_label (GtkWidget *widget,
              gpointer data)
{
  LabelSearch *search = data;

  if (search->found != NULL)
    return;
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), search->text) == 0)
    search->found = widget;
  else if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), search_label, data);
}

/* A label showing @text under @widget, internal children included. */
static GtkWidget *
find_label_with_text (GtkWidget *widget,
                      const char *text)
{
  LabelSearch search = { text, NULL };

  search_label (widget, &search);
  return search.found;
}

/* The window list tells comparisons apart: the title is "OLD → NEW" by
 * symbol, by file name for documents without one. */
static void
test_title (void)
{
  RdWindow *window = rd_test_window_new (application);
  RdWindow *seed = NULL;
  g_autoptr (GFile) old_file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "corpus", "A_RES_78_6.en.pdf", NULL));
  g_autoptr (GFile) new_file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "corpus", "A_RES_79_6.en.pdf", NULL));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Resdiff");
  rd_window_open_files (window, old_file, new_file);
  g_assert_true (rd_test_wait_until (rd_test_gtk_view_built, window));
  resized_window = window;
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "A/RES/78/6 → A/RES/79/6");
  /* Shown whole in the header bar at common widths, clear of the views'
   * switcher (it was hidden behind it). */
  for (guint i = 0; i < G_N_ELEMENTS (common_widths); i++)
    {
      GtkWidget *title_label;
      GtkWidget *switcher;
      GtkAllocation title_box, switcher_box;

      gtk_window_resize (GTK_WINDOW (window), common_widths[i], 900);
      g_assert_true (rd_test_wait_until (window_width_is, GINT_TO_POINTER (common_widths[i])));
      title_label = find_label_with_text (gtk_window_get_titlebar (GTK_WINDOW (window)), "A/RES/78/6 → A/RES/79/6");
      g_assert_nonnull (title_label);
      g_assert_true (gtk_widget_get_mapped (title_label));
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (title_label))));
      switcher = find_widget_of_type (gtk_window_get_titlebar (GTK_WINDOW (window)), GTK_TYPE_STACK_SWITCHER);
      g_assert_true (gtk_widget_get_mapped (switcher));
      gtk_widget_get_allocation (title_label, &title_box);
      gtk_widget_get_allocation (switcher, &switcher_box);
      g_assert_true (title_box.x + title_box.width <= switcher_box.x || switcher_box.x + switcher_box.width <= title_box.x);
      if (common_widths[i] == 1280)
        rd_test_gtk_snapshot (window, "title-1280");
    }
  gtk_widget_destroy (GTK_WIDGET (window));

  seed = open_seed_pair ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (seed)), ==, "trafficking-2013-revised-draft.en.txt → trafficking-2013-edited.en.txt");
  gtk_widget_destroy (GTK_WIDGET (seed));
}

/* However wide the window, a paragraph's lines stop at a readable length
 * (they ran to 170 characters maximised), and its height is that of the
 * lines it has. */
static void
test_line_length (void)
{
  GtkWidget *window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  GString *text = g_string_new (NULL);
  GtkWidget *label;
  int max_width;
  int wide = 0, narrow = 0, unused = 0;

  for (int i = 0; i < 60; i++)
    g_string_append (text, "Encourages Member States to consider the measures ");
  label = rd_paragraph_label_new (text->str);
  gtk_container_add (GTK_CONTAINER (window), label);
  gtk_window_set_default_size (GTK_WINDOW (window), 1500, 400);
  gtk_widget_show_all (window);
  rd_test_gtk_settle ();

  max_width = rd_paragraph_label_max_width (label);
  g_assert_cmpint (max_width, >, 300);
  g_assert_cmpint (gtk_widget_get_allocated_width (window), >, max_width + 100);
  g_assert_cmpint (gtk_widget_get_allocated_width (label), <=, max_width);
  gtk_widget_get_preferred_height_for_width (label, 1500, &unused, &wide);
  gtk_widget_get_preferred_height_for_width (label, max_width, &unused, &narrow);
  g_assert_cmpint (wide, ==, narrow);

  gtk_widget_destroy (window);
  g_string_free (text, TRUE);
}

static void
test_changes_only (void)
{
  RdWindow *window = open_seed_pair ();
  RdChangeView *view = rd_window_get_view (window);
  RdComparison *comparison = rd_window_get_comparison (window);
  GtkWidget *scrolled = gtk_bin_get_child (GTK_BIN (view));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  double full_height, folded_height;
  int last;

  /* The content's height: the rows' heights, measured or estimated. */
  full_height = gtk_adjustment_get_upper (adjustment);
  g_action_group_change_action_state (G_ACTION_GROUP (window), "changes-only", g_variant_new_boolean (TRUE));
  g_assert_true (rd_change_view_get_changes_only (view));
  /* Folded at the next layout. */
  {
    TallerThan shorter = { adjustment, full_height * 0.8 };

    g_assert_true (rd_test_wait_until (content_shorter, &shorter));
  }
  rd_test_gtk_settle ();
  folded_height = gtk_adjustment_get_upper (adjustment);

  /* Moving to a change still works, and the rows stay counted. */
  last = next_difference (comparison, rd_change_view_count_all_changes (comparison), -1);
  rd_change_view_select_change (view, last);
  rd_test_gtk_settle ();
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, last);
  g_assert_cmpuint (rd_change_view_count_change_rows (view), ==, rd_change_view_count_all_changes (comparison));

  g_action_group_change_action_state (G_ACTION_GROUP (window), "changes-only", g_variant_new_boolean (FALSE));
  /* Unfolded at the next layout: as tall as before, give or take the
   * estimates of rows that were since measured. */
  {
    TallerThan taller = { adjustment, folded_height * 2 };

    g_assert_true (rd_test_wait_until (content_taller, &taller));
  }
  g_test_message ("content %.0f px, folded %.0f px, unfolded again %.0f px", full_height, folded_height, gtk_adjustment_get_upper (adjustment));
  g_assert_cmpfloat (fabs (gtk_adjustment_get_upper (adjustment) - full_height), <, full_height * 0.2);

  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
test_search (void)
{
  RdWindow *window = open_seed_pair ();
  RdChangeView *view = rd_window_get_view (window);

  /* Only in the later version, and in both. */
  g_assert_true (rd_change_view_search (view, "Germany", TRUE));
  g_assert_true (rd_change_view_search (view, "trafficking", TRUE));
  g_assert_true (rd_change_view_search (view, "TRAFFICKING", TRUE));
  g_assert_true (rd_change_view_search (view, "trafficking", FALSE));
  g_assert_false (rd_change_view_search (view, "no such words in any resolution", TRUE));

  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
assert_error_bar (GFile *old_file,
                  GFile *new_file,
                  const char *expected)
{
  RdWindow *window = rd_window_new (application);
  const char *message;

  gtk_window_present (GTK_WINDOW (window));
  rd_window_open_files (window, old_file, new_file);
  g_assert_true (rd_test_wait_until (rd_test_gtk_load_finished, window));
  rd_test_gtk_settle ();

  message = rd_window_get_error_message (window);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, expected));
  g_assert_null (rd_window_get_comparison (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  gtk_widget_destroy (GTK_WIDGET (window));
}

/* A draft and an amendment to it (the amendment chosen first): the draft
 * against the draft as amended, each change's caption naming the
 * instructions that made it, the summary listing them with their state. */
static void
test_amendment (void)
{
  g_autoptr (GFile) amendment = rd_test_corpus_file ("A_80_L.28.en.pdf");
  g_autoptr (GFile) draft = rd_test_corpus_file ("A_80_L.3.en.pdf");
  g_autoptr (GPtrArray) sections = NULL;
  RdWindow *window = rd_test_window_new (application);
  RdComparison *comparison;
  const RdNoteSection *section;
  guint noted, differences;

  rd_window_open_files (window, amendment, draft);
  g_assert_true (rd_test_wait_until (rd_test_gtk_view_built, window));
  g_assert_null (rd_window_get_error_message (window));
  comparison = rd_window_get_comparison (window);
  g_assert_nonnull (comparison);

  /* Old: the draft as tabled; new: as amended ("Chernobyl" → "Chornobyl"
   * in the title, instruction 1). */
  g_assert_cmpstr (rd_document_get_title (rd_comparison_get_old (comparison)), ==, "Persistent legacy of the Chernobyl disaster");
  g_assert_cmpstr (rd_document_get_title (rd_comparison_get_new (comparison)), ==, "Persistent legacy of the Chornobyl disaster");
  /* The window tells the two apart by name, both of the draft's symbol. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "A/80/L.3 → A/80/L.3 as amended by A/80/L.28");

  sections = rd_annotations_dup_sections (comparison);
  g_assert_cmpuint (sections->len, ==, 1);
  section = g_ptr_array_index (sections, 0);
  g_assert_nonnull (strstr (section->title, "A/80/L.28"));
  g_assert_cmpuint (section->lines->len, ==, 8);

  noted = rd_test_gtk_count_captions_naming (window, "A/80/L.28: ", &differences);
  g_assert_cmpuint (differences, >, 0);
  g_assert_cmpuint (noted, ==, differences);

  gtk_widget_destroy (GTK_WIDGET (window));
}

/* An amendment to a draft that is not the other file: the error bar names
 * the draft it amends. */
static void
test_amendment_wrong_draft (void)
{
  g_autoptr (GFile) draft = rd_test_corpus_file ("A_80_L.25.en.pdf");
  g_autoptr (GFile) amendment = rd_test_corpus_file ("A_80_L.19.en.pdf");

  assert_error_bar (draft, amendment, "A/80/L.18");
}

static void
test_unreadable_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("resdiff-test-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing-draft.txt", NULL);
  g_autofree char *binary = g_build_filename (dir, "picture.bin", NULL);
  g_autoptr (GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr (GFile) binary_file = g_file_new_for_path (binary);
  g_autoptr (GFile) seed = seed_file (FALSE);
  const guint8 bytes[] = { 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3, 4, 5 };

  assert_error_bar (missing_file, seed, "missing-draft.txt");
  assert_error_bar (seed, missing_file, "missing-draft.txt");

  g_assert_true (g_file_set_contents (binary, (const char *) bytes, sizeof bytes, NULL));
  assert_error_bar (seed, binary_file, "picture.bin");

  g_unlink (binary);
  g_rmdir (dir);
}

static void
test_export (void)
{
  RdWindow *window = open_seed_pair ();
  g_autofree char *dir = g_dir_make_tmp ("resdiff-test-XXXXXX", NULL);
  g_autofree char *html_path = g_build_filename (dir, "changes.html", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "changes.pdf", NULL);
  g_autoptr (GFile) html_file = g_file_new_for_path (html_path);
  g_autoptr (GFile) pdf_file = g_file_new_for_path (pdf_path);
  g_autoptr (GFile) seed = seed_file (FALSE);
  g_autoptr (GError) error = NULL;
  g_autofree char *html = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *seed_before = NULL;
  g_autofree char *seed_after = NULL;
  gsize pdf_length = 0;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  /* Save as HTML: one self-contained page with the marks. */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "save-html"));
  g_assert_true (rd_window_export (window, html_file, RD_WINDOW_EXPORT_HTML, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (html_path, &html, NULL, NULL));
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (html, "</html>"));
  g_assert_nonnull (strstr (html, "<del"));
  g_assert_nonnull (strstr (html, "<ins"));
  g_assert_nonnull (strstr (html, "most serious"));

  /* Print and Print Preview go through RdPrintJob's GtkPrintOperation
   * (its export is tested in test-print-job). */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "print"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "print-preview"));

  /* Export PDF: a whole PDF file whose text has the document. */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export-pdf"));
  g_assert_true (rd_window_export (window, pdf_file, RD_WINDOW_EXPORT_PDF, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf_path, &pdf, &pdf_length, NULL));
  g_assert_cmpuint (pdf_length, >, 1000);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  g_assert_nonnull (g_strrstr_len (pdf + pdf_length - 32, 32, "%%EOF"));
  if (pdftotext != NULL)
    {
      g_autofree char *text = NULL;
      const char *argv[] = { pdftotext, "-layout", pdf_path, "-", NULL };
      int wait_status = 0;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text, NULL, &wait_status, NULL));
      g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
      g_assert_nonnull (strstr (text, "Encourages"));
      g_assert_nonnull (strstr (text, "trafficking"));
    }

  /* Save as Word: a Word document (a zip) with tracked changes. */
  {
    g_autofree char *docx_path = g_build_filename (dir, "changes.docx", NULL);
    g_autoptr (GFile) docx_file = g_file_new_for_path (docx_path);
    g_autofree char *docx = NULL;
    gsize docx_length = 0;

    g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "save-word"));
    g_assert_true (rd_window_export (window, docx_file, RD_WINDOW_EXPORT_DOCX, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (docx_path, &docx, &docx_length, NULL));
    g_assert_cmpuint (docx_length, >, 1000);
    g_assert_cmpmem (docx, 4, "PK\x03\x04", 4);
    g_assert_false (rd_window_export (window, seed, RD_WINDOW_EXPORT_DOCX, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_unlink (docx_path);
  }

  /* Save as OpenDocument: an OpenDocument text whose tracked changes
   * read back accepted and rejected give two different texts; never into
   * a folder that cannot be written, nor over a version. */
  {
    g_autofree char *odt_path = g_build_filename (dir, "changes.odt", NULL);
    g_autoptr (GFile) odt_file = g_file_new_for_path (odt_path);
    g_autoptr (GFile) unwritable = g_file_new_build_filename (odt_path, "inside.odt", NULL);
    g_autofree char *odt = NULL;
    gsize odt_length = 0;
    g_autoptr (GBytes) bytes = NULL;
    char *texts[2] = { NULL, NULL };

    g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "save-odt"));
    g_assert_true (rd_window_export (window, odt_file, RD_WINDOW_EXPORT_ODT, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (odt_path, &odt, &odt_length, NULL));
    g_assert_cmpuint (odt_length, >, 1000);
    g_assert_cmpmem (odt + 38, 39, "application/vnd.oasis.opendocument.text", 39);
    bytes = g_bytes_new (odt, odt_length);
    for (int way = 0; way < 2; way++)
      {
        RdImportOptions options = { way == 0 ? RD_TRACKED_CHANGES_ACCEPT : RD_TRACKED_CHANGES_REJECT };
        g_autoptr (RdBlockList) blocks = rd_import_bytes_with_options (bytes, "changes.odt", &options, &error);
        GString *text = g_string_new (NULL);

        g_assert_no_error (error);
        for (guint i = 0; i < blocks->blocks->len; i++)
          g_string_append (g_string_append (text, ((RdBlock *) g_ptr_array_index (blocks->blocks, i))->text), "\n");
        texts[way] = g_string_free (text, FALSE);
        g_assert_nonnull (strstr (texts[way], "trafficking"));
      }
    g_assert_cmpstr (texts[0], !=, texts[1]);
    g_assert_false (rd_window_export (window, unwritable, RD_WINDOW_EXPORT_ODT, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_false (rd_window_export (window, seed, RD_WINDOW_EXPORT_ODT, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_unlink (odt_path);
    g_free (texts[0]);
    g_free (texts[1]);
  }

  /* Never over one of the versions compared. */
  g_assert_true (g_file_get_contents (g_file_peek_path (seed), &seed_before, NULL, NULL));
  g_assert_false (rd_window_export (window, seed, RD_WINDOW_EXPORT_HTML, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (g_file_peek_path (seed), &seed_after, NULL, NULL));
  g_assert_cmpstr (seed_before, ==, seed_after);

  gtk_widget_destroy (GTK_WIDGET (window));
  g_unlink (html_path);
  g_unlink (pdf_path);
  g_rmdir (dir);
}

static gboolean
reload_offered (gpointer data)
{
  return rd_window_get_reload_message (data) != NULL;
}

static void
test_file_changed_offers_reload (void)
{
  g_autofree char *dir = g_dir_make_tmp ("resdiff-test-XXXXXX", NULL);
  g_autofree char *old_path = g_build_filename (dir, "old.txt", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.txt", NULL);
  g_autoptr (GFile) old_file = g_file_new_for_path (old_path);
  g_autoptr (GFile) new_file = g_file_new_for_path (new_path);
  g_autoptr (GFile) seed = seed_file (FALSE);
  g_autoptr (GFile) edited = seed_file (TRUE);
  g_autofree char *text = NULL;
  g_autofree char *more = NULL;
  RdWindow *window = rd_window_new (application);
  guint changes;
  int current;

  g_assert_true (g_file_copy (seed, old_file, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
  g_assert_true (g_file_copy (edited, new_file, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
  gtk_window_present (GTK_WINDOW (window));
  rd_window_open_files (window, old_file, new_file);
  g_assert_true (rd_test_wait_until (rd_test_gtk_view_built, window));
  g_assert_null (rd_window_get_reload_message (window));
  changes = rd_comparison_get_changes (rd_window_get_comparison (window))->len;
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_Down, GDK_MOD1_MASK);
  current = rd_change_view_get_current_change (rd_window_get_view (window));
  g_assert_cmpint (current, >=, 0);

  /* Another paragraph appended to the later version on disk. */
  g_assert_true (g_file_get_contents (new_path, &text, NULL, NULL));
  more = g_strconcat (text, "\n\n20. *Decides* to remain seized of the matter.\n", NULL);
  g_assert_true (g_file_set_contents (new_path, more, -1, NULL));
  g_assert_true (rd_test_wait_until (reload_offered, window));
  g_assert_nonnull (strstr (rd_window_get_reload_message (window), "new.txt"));

  /* Ctrl+R compares again, and sees the new paragraph. */
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_r, GDK_CONTROL_MASK);
  g_assert_true (rd_test_wait_until (rd_test_gtk_view_built, window));
  g_assert_cmpuint (rd_comparison_get_changes (rd_window_get_comparison (window))->len, ==, changes + 1);
  /* ...and goes back to the change the reader was at. */
  g_assert_cmpint (rd_change_view_get_current_change (rd_window_get_view (window)), ==, current);

  /* The pair is among the recently compared (GtkRecentManager saves and
   * reloads its file from the main loop, so give it the time). */
  g_assert_true (rd_test_wait_until (recent_pair_listed, NULL));
  {
    g_autoptr (GPtrArray) pairs = rd_recent_pairs_list (8);

    g_assert_cmpuint (pairs->len, >=, 1);
    g_assert_true (g_file_equal (((RdRecentPair *) g_ptr_array_index (pairs, 0))->old_file, old_file) || g_file_equal (((RdRecentPair *) g_ptr_array_index (pairs, 0))->new_file, new_file));
  }

  gtk_widget_destroy (GTK_WIDGET (window));
  g_unlink (old_path);
  g_unlink (new_path);
  g_rmdir (dir);
}

static void
test_accelerators (void)
{
  const struct
  {
    const char *action;
    const char *accel;
  } expected[] = {
    { "win.next-change", "<Alt>Down" },
    { "win.next-change", "F7" },
    { "win.previous-change", "<Alt>Up" },
    { "win.previous-change", "<Shift>F7" },
    { "win.open", "<Primary>o" },
    { "win.save-html", "<Primary><Shift>s" },
    { "win.export-pdf", "<Primary><Shift>e" },
    { "win.print", "<Primary>p" },
    { "win.reload", "<Primary>r" },
    { "win.close", "<Primary>w" },
    { "app.quit", "<Primary>q" },
    { "win.show-help-overlay", "<Primary>question" },
    { "win.help", "F1" },
    { "app.preferences", "<Primary>comma" },
    { "win.show-summary", "F9" },
    { "win.find", "<Primary>f" },
    { "app.zoom-in", "<Primary>plus" },
    { "app.zoom-out", "<Primary>minus" },
    { "app.zoom-reset", "<Primary>0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto (GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application), expected[i].action);
      guint key, wanted_key;
      GdkModifierType mods, wanted_mods;
      gboolean found = FALSE;

      gtk_accelerator_parse (expected[i].accel, &wanted_key, &wanted_mods);
      for (guint k = 0; accels[k] != NULL; k++)
        {
          gtk_accelerator_parse (accels[k], &key, &mods);
          found |= key == wanted_key && mods == wanted_mods;
        }
      if (!found)
        g_error ("%s has no accelerator %s", expected[i].action, expected[i].accel);
    }
}

/* F1 and the menu's Help open the user help: the window has the action,
 * enabled, and F1 is not also the shortcuts window's key. */
static void
test_help_action (void)
{
  RdWindow *window = open_seed_pair ();
  GAction *help = g_action_map_lookup_action (G_ACTION_MAP (window), "help");
  g_auto (GStrv) overlay = gtk_application_get_accels_for_action (GTK_APPLICATION (application), "win.show-help-overlay");

  g_assert_nonnull (help);
  g_assert_true (g_action_get_enabled (help));
  for (guint k = 0; overlay[k] != NULL; k++)
    g_assert_cmpstr (overlay[k], !=, "F1");
  gtk_widget_destroy (GTK_WIDGET (window));
}

/* A key press as the keyboard sends it, with no main loop run after it
 * (rd_test_gtk_send_key () settles, and the first frame would come). */
static void
press_key_now (GtkWidget *widget,
               guint keyval)
{
  g_assert_true (rd_key_event_send (widget, GDK_KEY_PRESS, keyval, 0));
}

static void
count_shortcut (GtkWidget *widget,
                gpointer data)
{
  guint *count = data;

  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    (*count)++;
  else if (GTK_IS_CONTAINER (widget))
    gtk_container_foreach (GTK_CONTAINER (widget), count_shortcut, count);
}

static GtkWidget *find_widget_of_type (GtkWidget *widget, GType type);

/* The window's first frame is not kept waiting for what it does not show:
 * opened on files (as the application opens them, before showing it), it
 * never builds the start page unless asked for, nor the bar of a series
 * unless one is offered; the Keyboard Shortcuts
 * window is built when first asked for (Ctrl+?).  Keys pressed before the
 * first frame act at once. */
static void
test_first_frame_deferred (void)
{
  g_autoptr (GFile) old_file = seed_file (FALSE);
  g_autoptr (GFile) new_file = seed_file (TRUE);
  RdWindow *window = rd_window_new (application);
  g_autoptr (GVariant) before = NULL;
  g_autoptr (GVariant) after = NULL;
  GtkWidget *shortcuts;
  GtkWidget *start_page;
  GtkWidget *search_bar;
  GtkWidget *search_entry;
  GtkWidget *menu_button;
  GList *bar_siblings;
  guint n_shortcuts;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  rd_window_open_files (window, old_file, new_file);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rd_window_get_loading (window));
  /* Read after the first frame, not before. */
  g_assert_true (rd_window_get_load_waits_for_frame (window));
  g_assert_null (rd_window_get_shortcuts_window (window));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  /* The main menu's popover: made once the window is drawn. */
  menu_button = find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (menu_button);
  g_assert_null (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)));

  /* F9, pressed before the first frame: the summary's toggle acts. */
  before = g_action_group_get_action_state (G_ACTION_GROUP (window), "show-summary");
  press_key_now (GTK_WIDGET (window), GDK_KEY_F9);
  after = g_action_group_get_action_state (G_ACTION_GROUP (window), "show-summary");
  g_assert_cmpint (g_variant_get_boolean (after), ==, !g_variant_get_boolean (before));

  g_assert_true (rd_test_wait_until (rd_test_gtk_load_finished, window));
  g_assert_cmpstr (rd_window_get_error_message (window), ==, NULL);
  g_assert_nonnull (rd_window_get_comparison (window));
  g_assert_null (rd_window_get_shortcuts_window (window));
  g_assert_null (find_widget_of_type (GTK_WIDGET (window), RD_TYPE_START_PAGE));
  /* Nor the bar of a series: two files are no series. */
  g_assert_null (find_widget_of_type (GTK_WIDGET (window), RD_TYPE_SERIES_BAR));
  g_assert_nonnull (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)));
  g_assert_cmpint (g_menu_model_get_n_items (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button))), >, 0);
  g_assert_true (GTK_IS_POPOVER (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button))));
  /* Nor the search bar, until Find is asked for. */
  g_assert_null (find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR));

  /* Ctrl+F: built, shown above the pages, the entry focused; a word in
   * neither version is "Not found". */
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_f, GDK_CONTROL_MASK);
  rd_test_gtk_settle ();
  search_bar = find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR);
  g_assert_nonnull (search_bar);
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));
  bar_siblings = gtk_container_get_children (GTK_CONTAINER (gtk_widget_get_parent (search_bar)));
  g_assert_true (g_list_nth_data (bar_siblings, g_list_length (bar_siblings) - 2) == search_bar);
  g_list_free (bar_siblings);
  search_entry = find_widget_of_type (search_bar, GTK_TYPE_SEARCH_ENTRY);
  g_assert_true (gtk_widget_has_focus (search_entry));
  g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (search_entry)), ==, "Find");
  gtk_entry_set_text (GTK_ENTRY (search_entry), "qwertyuiop zxcvbnm");
  g_signal_emit_by_name (search_entry, "activate");
  g_assert_nonnull (find_label_with_text (search_bar, "Not found"));
  g_assert_true (gtk_style_context_has_class (gtk_widget_get_style_context (search_entry), "error"));
  /* Closed, the status is cleared; Ctrl+F again: the same bar. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "find", g_variant_new_boolean (FALSE));
  rd_test_gtk_settle ();
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));
  g_assert_null (find_label_with_text (search_bar, "Not found"));
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_f, GDK_CONTROL_MASK);
  rd_test_gtk_settle ();
  g_assert_true (find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR) == search_bar);
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));
  g_action_group_change_action_state (G_ACTION_GROUP (window), "find", g_variant_new_boolean (FALSE));

  /* Ctrl+?: built, over the window, with its shortcuts; again: the same. */
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_question, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  shortcuts = rd_window_get_shortcuts_window (window);
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
  g_assert_true (gtk_widget_get_visible (shortcuts));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (shortcuts)) == GTK_WINDOW (window));
  n_shortcuts = 0;
  count_shortcut (shortcuts, &n_shortcuts);
  g_assert_cmpuint (n_shortcuts, ==, 24);
  gtk_window_close (GTK_WINDOW (shortcuts));
  rd_test_gtk_settle ();
  g_assert_false (gtk_widget_get_visible (shortcuts));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  g_assert_true (rd_window_get_shortcuts_window (window) == shortcuts);
  g_assert_true (gtk_widget_get_visible (shortcuts));

  gtk_window_close (GTK_WINDOW (shortcuts));
  rd_test_gtk_settle ();

  /* Open (Ctrl+O): the start page, built now, with the recent pairs. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "open", NULL);
  rd_test_gtk_settle ();
  start_page = find_widget_of_type (GTK_WIDGET (window), RD_TYPE_START_PAGE);
  g_assert_nonnull (start_page);
  g_assert_true (start_page == rd_window_get_start_page (window));
  g_assert_true (gtk_widget_get_mapped (start_page));

  /* Set back, as the settings are shared with the next tests. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "show-summary", g_variant_ref (before));
  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
test_footnotes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("resdiff-test-XXXXXX", NULL);
  RdWindow *window = open_footnote_pair (dir);
  RdComparison *comparison = rd_window_get_comparison (window);
  guint n_changes = rd_comparison_get_changes (comparison)->len;
  GPtrArray *footnotes = rd_comparison_get_footnote_changes (comparison);
  RdChangeView *view = rd_window_get_view (window);
  guint total = rd_change_view_count_all_changes (comparison);
  guint differences = 0;
  int reworded = -1;

  g_assert_cmpuint (footnotes->len, ==, 14);
  g_assert_cmpuint (total, ==, n_changes + 14);
  for (guint i = 0; i < total; i++)
    if (rd_change_is_difference (rd_change_view_lookup_change (comparison, i)))
      {
        differences++;
        if (i >= n_changes)
          reworded = i;
      }
  g_assert_cmpint (reworded, >=, (int) n_changes);

  /* A row for each footnote, in both views. */
  g_assert_cmpuint (rd_change_view_count_change_rows (rd_window_get_side_by_side_view (window)), ==, total);
  /* The list of changes has the footnote's. */
  g_assert_cmpuint (rd_summary_panel_count_listed_changes (rd_window_get_summary_panel (window)), ==, differences);
  /* Navigation reaches it: the last change is the footnote's. */
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_Up, GDK_MOD1_MASK);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, reworded);
  rd_test_gtk_snapshot (window, "footnotes-side-by-side");
  /* Find finds footnote text, in both views. */
  g_assert_true (rd_change_view_search (view, "Zanzibarish", TRUE));
  g_assert_true (rd_change_view_search (view, "Resolution 65/1", TRUE));
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("redline"));
  g_assert_true (rd_test_wait_until (rd_test_gtk_view_built, window));
  view = rd_window_get_view (window);
  g_assert_cmpuint (rd_change_view_count_change_rows (view), ==, total);
  g_assert_true (rd_change_view_search (view, "Zanzibarish", TRUE));
  rd_test_gtk_snapshot (window, "footnotes-redline");
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("side-by-side"));

  gtk_widget_destroy (GTK_WIDGET (window));
  remove_text_pair (dir);
}

static void
test_print_options (void)
{
  RdWindow *window = open_seed_pair ();
  g_autofree char *dir = g_dir_make_tmp ("resdiff-test-XXXXXX", NULL);
  GSettings *settings = rd_application_get_settings (application);
  g_autofree char *full = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *renumbered = NULL;

  /* Renumbering alone is no change: the printed copy does not label it
   * ("OP 4 → 5, unchanged (renumbered)") unless asked to. */
  full = export_pdf_text (window, dir);
  g_assert_null (strstr (full, "unchanged (renumbered)"));
  g_assert_null (strstr (full, "unchanged paragraphs"));
  g_settings_set_boolean (settings, "print-renumbered", TRUE);
  renumbered = export_pdf_text (window, dir);
  g_assert_nonnull (strstr (renumbered, "unchanged (renumbered)"));
  g_settings_reset (settings, "print-renumbered");

  /* "Show only changes" folds the export as it folds the view. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "changes-only", g_variant_new_boolean (TRUE));
  rd_test_gtk_settle ();
  folded = export_pdf_text (window, dir);
  g_assert_nonnull (strstr (folded, "unchanged paragraphs"));
  g_assert_cmpuint (strlen (folded), <, strlen (full));
  g_assert_nonnull (strstr (folded, "Encourages"));
  g_action_group_change_action_state (G_ACTION_GROUP (window), "changes-only", g_variant_new_boolean (FALSE));

  gtk_widget_destroy (GTK_WIDGET (window));
  g_rmdir (dir);
}

static int
find_change_of_type (RdComparison *comparison,
                     RdChangeType type)
{
  GPtrArray *changes = rd_comparison_get_changes (comparison);

  for (guint i = 0; i < changes->len; i++)
    if (((RdChange *) g_ptr_array_index (changes, i))->type == type)
      return i;
  return -1;
}

static void
count_absent_markers (GtkWidget *widget,
                      gpointer data)
{
  if (GTK_IS_LABEL (widget) && gtk_style_context_has_class (gtk_widget_get_style_context (widget), "rd-absent"))
    ++*(guint *) data;
  else if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), count_absent_markers, data);
}

static void
test_numbering_labels (void)
{
  RdWindow *window = open_seed_pair ();
  RdComparison *comparison = rd_window_get_comparison (window);
  RdChangeView *side_by_side = rd_window_get_side_by_side_view (window);
  RdChangeView *redline = rd_window_get_redline_view (window);
  int deleted = find_change_of_type (comparison, RD_CHANGE_DELETED);
  int inserted = find_change_of_type (comparison, RD_CHANGE_INSERTED);
  int moved = find_change_of_type (comparison, RD_CHANGE_MOVED);
  g_autofree char *deleted_redline = NULL;
  g_autofree char *inserted_redline = NULL;
  g_autofree char *deleted_columns = NULL;
  g_autofree char *moved_from = NULL;
  g_autofree char *place = NULL;

  g_assert_cmpint (deleted, >=, 0);
  g_assert_cmpint (inserted, >=, 0);
  g_assert_cmpint (moved, >=, 0);
  /* The redline mixes both numberings: each caption names its own. */
  deleted_redline = rd_change_view_caption_markup (redline, deleted, FALSE);
  inserted_redline = rd_change_view_caption_markup (redline, inserted, TRUE);
  g_assert_true (g_str_has_prefix (deleted_redline, "<b>old "));
  g_assert_true (g_str_has_prefix (inserted_redline, "<b>new "));
  /* A column says which version it is. */
  deleted_columns = rd_change_view_caption_markup (side_by_side, deleted, FALSE);
  g_assert_null (strstr (deleted_columns, "old "));
  /* A move names the other place's numbering. */
  moved_from = rd_change_view_caption_markup (side_by_side, moved, TRUE);
  /* ...and never breaks before its number. */
  g_assert_nonnull (strstr (moved_from, "moved\u00a0from\u00a0old\u00a0"));
  place = rd_presentation_describe_place (rd_change_view_get_presentation (side_by_side), rd_change_view_get_change (side_by_side, moved), RD_SIDE_NEW);
  g_assert_true (g_str_has_prefix (place, "new "));

  /* A pure deletion (and insertion) is marked on the other side too: one
   * marker in its row (built once it is scrolled to), none elsewhere. */
  {
    guint absent = 0, rows = 0;

    for (guint i = 0; i < rd_comparison_get_changes (comparison)->len; i++)
      {
        RdChangeType type = ((RdChange *) g_ptr_array_index (rd_comparison_get_changes (comparison), i))->type;
        guint in_row = 0;

        if (type != RD_CHANGE_DELETED && type != RD_CHANGE_INSERTED && type != RD_CHANGE_MODIFIED)
          continue;
        count_absent_markers (show_change (side_by_side, i), &in_row);
        g_assert_cmpuint (in_row, ==, type == RD_CHANGE_MODIFIED ? 0 : 1);
        absent += in_row;
        rows += type != RD_CHANGE_MODIFIED;
      }
    g_assert_cmpuint (absent, ==, rd_comparison_get_stats (comparison)->counts[RD_CHANGE_DELETED] + rd_comparison_get_stats (comparison)->counts[RD_CHANGE_INSERTED]);
    g_assert_cmpuint (absent, ==, rows);
    g_assert_cmpuint (absent, >=, 2);
  }
  rd_change_view_select_change (side_by_side, deleted);
  rd_test_gtk_snapshot (window, "deleted-marker");

  gtk_widget_destroy (GTK_WIDGET (window));
}

static GtkWidget *find_widget_of_type (GtkWidget *widget, GType type);

static void
test_navigation_feedback (void)
{
  g_autofree char *dir = g_dir_make_tmp ("resdiff-test-XXXXXX", NULL);
  RdWindow *window = open_footnote_pair (dir);
  RdComparison *comparison = rd_window_get_comparison (window);
  RdChangeView *view = rd_window_get_view (window);
  /* The summary's scrolled part (the agreed-language panel stands below). */
  GtkWidget *panel_scrolled = find_widget_of_type (GTK_WIDGET (rd_window_get_summary_panel (window)), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *list_adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (panel_scrolled));
  int first = next_difference (comparison, -1, 1);
  int last = next_difference (comparison, rd_change_view_count_all_changes (comparison), -1);
  guint total = 0;
  g_autofree char *expected_last = NULL;
  g_autofree char *expected_first = NULL;

  for (guint i = 0; i < rd_change_view_count_all_changes (comparison); i++)
    total += rd_change_is_difference (rd_change_view_lookup_change (comparison, i));
  expected_last = g_strdup_printf ("Change %u of %u", total, total);
  expected_first = g_strdup_printf ("Change 1 of %u", total);

  /* "Change n of N" in the header bar. */
  g_assert_nonnull (strstr (rd_window_get_position_text (window), "changes"));
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_F7, 0);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, first);
  g_assert_cmpstr (rd_window_get_position_text (window), ==, expected_first);
  g_assert_null (rd_window_get_notice_message (window));

  /* Before the first: round to the last, saying so; the list of changes
   * follows (the footnote's row is at its bottom). */
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_F7, GDK_SHIFT_MASK);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, last);
  g_assert_cmpstr (rd_window_get_position_text (window), ==, expected_last);
  g_assert_nonnull (rd_window_get_notice_message (window));
  g_assert_nonnull (strstr (rd_window_get_notice_message (window), "first change"));
  g_assert_cmpfloat (gtk_adjustment_get_value (list_adjustment), >, 0.0);
  g_assert_cmpfloat (gtk_adjustment_get_value (list_adjustment) + gtk_adjustment_get_page_size (list_adjustment), >=, gtk_adjustment_get_upper (list_adjustment) - 80);
  rd_test_gtk_snapshot (window, "navigation-wrapped");

  /* After the last: round to the first. */
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_F7, 0);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, first);
  g_assert_nonnull (strstr (rd_window_get_notice_message (window), "last change"));
  g_assert_cmpfloat (gtk_adjustment_get_value (list_adjustment), <, gtk_adjustment_get_upper (list_adjustment) / 2);

  gtk_widget_destroy (GTK_WIDGET (window));
  remove_text_pair (dir);
}

static void
test_export_notice (void)
{
  RdWindow *window = open_seed_pair ();
  g_autofree char *dir = g_dir_make_tmp ("resdiff-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "changes.html", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) seed = seed_file (FALSE);
  g_autoptr (GError) error = NULL;

  g_assert_null (rd_window_get_notice_message (window));
  g_assert_true (rd_window_export (window, file, RD_WINDOW_EXPORT_HTML, &error));
  g_assert_no_error (error);
  /* "Saved “changes.html”." with Open and Show in Folder. */
  g_assert_nonnull (rd_window_get_notice_message (window));
  g_assert_nonnull (strstr (rd_window_get_notice_message (window), "changes.html"));
  rd_test_gtk_snapshot (window, "export-notice");
  gtk_widget_hide (GTK_WIDGET (g_object_get_data (G_OBJECT (window), "rd-notice-bar")));

  /* A failed save says nothing of the kind. */
  g_assert_false (rd_window_export (window, seed, RD_WINDOW_EXPORT_HTML, &error));
  g_assert_nonnull (error);
  g_assert_null (rd_window_get_notice_message (window));

  gtk_widget_destroy (GTK_WIDGET (window));
  g_unlink (path);
  g_rmdir (dir);
}

static void
find_text_label (GtkWidget *widget,
                 gpointer data)
{
  GtkWidget **found = data;

  if (*found != NULL)
    return;
  if (GTK_IS_LABEL (widget) && gtk_style_context_has_class (gtk_widget_get_style_context (widget), "rd-text"))
    *found = widget;
  else if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), find_text_label, data);
}

/* The font size of the view's paragraph text, in Pango units. */
static int
text_font_size (RdChangeView *view)
{
  GtkWidget *label = NULL;
  PangoFontDescription *font = NULL;
  int size;

  find_text_label (GTK_WIDGET (view), &label);
  g_assert_nonnull (label);
  gtk_style_context_get (gtk_widget_get_style_context (label), GTK_STATE_FLAG_NORMAL, "font", &font, NULL);
  size = pango_font_description_get_size (font);
  pango_font_description_free (font);
  return size;
}

static void
test_text_zoom (void)
{
  RdWindow *window = open_seed_pair ();
  GSettings *settings = rd_application_get_settings (application);
  RdChangeView *view = rd_window_get_view (window);
  int normal = text_font_size (view);
  int larger;

  g_assert_cmpint (g_settings_get_int (settings, "text-zoom"), ==, 100);
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_plus, GDK_CONTROL_MASK);
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_equal, GDK_CONTROL_MASK);
  /* Remembered in the settings, and the text is larger. */
  g_assert_cmpint (g_settings_get_int (settings, "text-zoom"), ==, 120);
  larger = text_font_size (view);
  g_assert_cmpint (larger, >, normal * 115 / 100);
  rd_test_gtk_snapshot (window, "text-zoom-120");
  /* The other view too. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("redline"));
  g_assert_true (rd_test_wait_until (rd_test_gtk_view_built, window));
  g_assert_cmpint (text_font_size (rd_window_get_redline_view (window)), ==, larger);
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("side-by-side"));
  rd_test_gtk_settle ();
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_minus, GDK_CONTROL_MASK);
  g_assert_cmpint (g_settings_get_int (settings, "text-zoom"), ==, 110);
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_0, GDK_CONTROL_MASK);
  g_assert_cmpint (g_settings_get_int (settings, "text-zoom"), ==, 100);
  g_assert_cmpint (text_font_size (view), ==, normal);

  gtk_widget_destroy (GTK_WIDGET (window));
}

/* A dialog's picture, as rd_test_gtk_snapshot () takes a window's. */
static void
snapshot_dialog (GtkWidget *dialog,
                 const char *name)
{
  const char *dir = g_getenv ("RESDIFF_TEST_SHOTS");
  GdkWindow *gdk_window;
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  gtk_widget_show (dialog);
  rd_test_gtk_settle ();
  gdk_window = gtk_widget_get_window (dialog);
  pixbuf = gdk_pixbuf_get_from_window (gdk_window, 0, 0, gdk_window_get_width (gdk_window), gdk_window_get_height (gdk_window));
  file_name = g_strconcat (name, g_strcmp0 (g_getenv ("GTK_THEME"), "Adwaita:dark") == 0 ? "-dark" : "", ".png", NULL);
  path = g_build_filename (dir, file_name, NULL);
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "png", NULL, NULL));
  /* A modal dialog shown would take the keys sent to the window after. */
  gtk_widget_hide (dialog);
}

/* The text size is a preference too: the dialog's spin button and the
 * keys write one setting, and the views follow it. */
static void
test_text_size_preference (void)
{
  RdWindow *window = open_seed_pair ();
  GSettings *settings = rd_application_get_settings (application);
  RdChangeView *view = rd_window_get_view (window);
  int normal = text_font_size (view);
  GtkWidget *preferences = rd_preferences_dialog_new (GTK_WINDOW (window), settings);
  GtkSpinButton *spin = GTK_SPIN_BUTTON (rd_preferences_dialog_get_text_size_spin (RD_PREFERENCES_DIALOG (preferences)));
  GtkSwitch *renumbered = GTK_SWITCH (rd_preferences_dialog_get_print_renumbered_switch (RD_PREFERENCES_DIALOG (preferences)));

  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 100);
  gtk_spin_button_set_value (spin, 150);
  g_assert_cmpint (g_settings_get_int (settings, "text-zoom"), ==, 150);
  snapshot_dialog (preferences, "preferences");
  rd_test_gtk_settle ();
  g_assert_cmpint (text_font_size (view), >, normal * 140 / 100);
  /* Out of range is held at the range's end. */
  gtk_spin_button_set_value (spin, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "text-zoom"), ==, 300);
  /* The keys move the dialog's value with them. */
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_0, GDK_CONTROL_MASK);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 100);
  rd_test_gtk_settle ();
  g_assert_cmpint (text_font_size (view), ==, normal);

  /* Renumbered paragraphs labelled in print: off unless asked for. */
  g_assert_false (gtk_switch_get_active (renumbered));
  gtk_switch_set_active (renumbered, TRUE);
  g_assert_true (g_settings_get_boolean (settings, "print-renumbered"));
  g_settings_reset (settings, "print-renumbered");
  g_assert_false (gtk_switch_get_active (renumbered));

  gtk_widget_destroy (preferences);
  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
test_unrelated_texts (void)
{
  g_autofree char *dir = g_dir_make_tmp ("resdiff-test-XXXXXX", NULL);
  g_autofree char *seed_text = NULL;
  g_autoptr (GFile) seed = seed_file (FALSE);
  const char *other = "General Assembly\n\nDistr.: Limited\n1 October 2025\n\nEightieth session\n\n"
                      "Oceans and the law of the sea\n\nThe General Assembly,\n\n"
                      "Recalling its annual resolutions on the law of the sea,\n\n"
                      "Noting the importance of the Convention for the oceans,\n\n"
                      "1. Calls upon States to become parties to the Agreement on marine biological diversity;\n\n"
                      "2. Encourages States to strengthen the conservation of coral reefs;\n\n"
                      "3. Decides to include in the provisional agenda of its eighty-first session the item entitled \"Oceans\".\n";
  RdWindow *window;
  RdComparison *comparison;
  g_autofree char *expected_title = NULL;

  g_assert_true (g_file_get_contents (g_file_peek_path (seed), &seed_text, NULL, NULL));
  window = open_text_pair_full (dir, seed_text, other, FALSE);
  comparison = rd_window_get_comparison (window);
  /* Compared, but not shown: the reader is told why first. */
  g_assert_nonnull (rd_window_get_unrelated_message (window));
  g_assert_nonnull (strstr (rd_window_get_unrelated_message (window), "different titles"));
  rd_test_gtk_snapshot (window, "unrelated-warning");
  /* Each window is titled by the pair ("OLD → NEW"). */
  {
    g_autofree char *old_name = rd_document_dup_display_name (rd_comparison_get_old (comparison));
    g_autofree char *new_name = rd_document_dup_display_name (rd_comparison_get_new (comparison));

    expected_title = g_strdup_printf ("%s → %s", old_name, new_name);
  }
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, expected_title);
  rd_window_compare_anyway (window);
  rd_test_gtk_settle ();
  g_assert_null (rd_window_get_unrelated_message (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (rd_window_get_view (window))));
  gtk_widget_destroy (GTK_WIDGET (window));

  /* Two versions of one text give no such warning. */
  window = open_seed_pair ();
  g_assert_null (rd_window_get_unrelated_message (window));
  gtk_widget_destroy (GTK_WIDGET (window));
  remove_text_pair (dir);
}

static gboolean
start_page_read (gpointer data)
{
  return !rd_start_page_get_reading (data);
}

static void
collect_drop_areas (GtkWidget *widget,
                    gpointer data)
{
  if (GTK_IS_BUTTON (widget) && gtk_style_context_has_class (gtk_widget_get_style_context (widget), "rd-drop-area"))
    g_ptr_array_add (data, widget);
  else if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), collect_drop_areas, data);
}

/* The widths of the start page's two drop boxes. */
static void
get_drop_area_widths (RdStartPage *page,
                      int widths[2])
{
  g_autoptr (GPtrArray) areas = g_ptr_array_new ();

  rd_test_gtk_settle ();
  collect_drop_areas (GTK_WIDGET (page), areas);
  g_assert_cmpuint (areas->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    widths[i] = gtk_widget_get_allocated_width (g_ptr_array_index (areas, i));
}

static void
test_start_page (void)
{
  RdWindow *window = rd_test_window_new (application);
  RdStartPage *page = RD_START_PAGE (rd_window_get_start_page (window));
  g_autoptr (GFile) seed = seed_file (FALSE);
  g_autoptr (GFile) edited = seed_file (TRUE);
  int empty_widths[2], chosen_widths[2];

  rd_test_gtk_settle ();
  get_drop_area_widths (page, empty_widths);
  g_assert_cmpint (empty_widths[0], >, 100);
  g_assert_cmpint (empty_widths[0], ==, empty_widths[1]);

  /* One file chosen: read and described, nothing compared. */
  rd_start_page_set_file (page, FALSE, edited);
  g_assert_true (rd_test_wait_until (start_page_read, page));
  g_assert_nonnull (rd_start_page_get_details (page, FALSE));
  g_assert_nonnull (strstr (rd_start_page_get_details (page, FALSE), "15 November 2013"));
  g_assert_nonnull (strstr (rd_start_page_get_details (page, FALSE), "Improving the coordination"));
  /* Both chosen: still nothing until the reader asks. */
  rd_start_page_set_file (page, TRUE, seed);
  g_assert_true (rd_test_wait_until (start_page_read, page));
  rd_test_gtk_settle ();
  g_assert_null (rd_window_get_comparison (window));
  g_assert_false (rd_window_get_loading (window));
  g_assert_nonnull (strstr (rd_start_page_get_details (page, TRUE), "8 November 2013"));
  /* The boxes keep their one width whatever the names and titles in
   * them. */
  get_drop_area_widths (page, chosen_widths);
  g_assert_cmpint (chosen_widths[0], ==, empty_widths[0]);
  g_assert_cmpint (chosen_widths[1], ==, empty_widths[1]);
  rd_test_gtk_snapshot (window, "start-page");

  /* Swap: the earlier is now the seed, details and all. */
  rd_start_page_swap (page);
  g_assert_true (g_file_equal (rd_start_page_get_file (page, FALSE), seed));
  g_assert_true (g_file_equal (rd_start_page_get_file (page, TRUE), edited));
  g_assert_nonnull (strstr (rd_start_page_get_details (page, FALSE), "8 November 2013"));

  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
test_summary_toggle (void)
{
  RdWindow *window = open_seed_pair ();
  GtkWidget *panel = GTK_WIDGET (rd_window_get_summary_panel (window));
  gboolean shown = gtk_widget_get_visible (panel);

  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_F9, 0);
  g_assert_true (gtk_widget_get_visible (panel) == !shown);
  rd_test_gtk_send_key (GTK_WIDGET (window), GDK_KEY_F9, 0);
  g_assert_true (gtk_widget_get_visible (panel) == shown);

  gtk_widget_destroy (GTK_WIDGET (window));
}

/* The first row under WIDGET with the style class NAME (a changed row). */
static GtkWidget *
find_row_with_class (GtkWidget *widget,
                     const char *name)
{
  g_autoptr (GList) children = NULL;

  if (GTK_IS_LIST_BOX_ROW (widget) && gtk_style_context_has_class (gtk_widget_get_style_context (widget), name))
    return widget;
  if (!GTK_IS_CONTAINER (widget))
    return NULL;
  children = gtk_container_get_children (GTK_CONTAINER (widget));
  for (GList *l = children; l != NULL; l = l->next)
    {
      GtkWidget *found = find_row_with_class (l->data, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first widget of TYPE under WIDGET. */
static GtkWidget *
find_widget_of_type (GtkWidget *widget,
                     GType type)
{
  g_autoptr (GList) children = NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  if (!GTK_IS_CONTAINER (widget))
    return NULL;
  children = gtk_container_get_children (GTK_CONTAINER (widget));
  for (GList *l = children; l != NULL; l = l->next)
    {
      GtkWidget *found = find_widget_of_type (l->data, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
summary_has_modified_row (gpointer data)
{
  return find_row_with_class (GTK_WIDGET (rd_window_get_summary_panel (data)), "modified") != NULL;
}

/* The width of the coloured edge of WIDGET on its left and on its right. */
static void
get_edges (GtkWidget *widget,
           int *left,
           int *right)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GtkBorder border;

  gtk_style_context_get_border (context, gtk_style_context_get_state (context), &border);
  *left = border.left;
  *right = border.right;
}

/* Arabic is read from right to left: the window is laid out so (GTK does
 * it from the locale's direction, which gtk_widget_set_default_direction
 * stands for here), and the bar that marks a changed paragraph, in the
 * views and in the summary's list, stands at the start of the line, on the
 * right; left to right it stands on the left.  So do the titles of the
 * sponsor groups (GtkExpander). */
static void
test_right_to_left (void)
{
  const GtkTextDirection directions[] = { GTK_TEXT_DIR_RTL, GTK_TEXT_DIR_LTR };

  for (guint i = 0; i < G_N_ELEMENTS (directions); i++)
    {
      gboolean rtl = directions[i] == GTK_TEXT_DIR_RTL;
      RdWindow *window;
      GtkWidget *row;
      GtkWidget *summary_row;
      int left = -1, right = -1;
      GtkWidget *expander;
      GtkAllocation expander_box, parent_box;
      int middle;

      gtk_widget_set_default_direction (directions[i]);
      window = open_seed_pair ();
      g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, directions[i]);

      /* A modified paragraph's row, in view. */
      show_change (rd_window_get_view (window), find_change_of_type (rd_window_get_comparison (window), RD_CHANGE_MODIFIED));
      row = find_row_with_class (GTK_WIDGET (rd_window_get_view (window)), "modified");
      g_assert_nonnull (row);
      g_assert_cmpint (gtk_widget_get_direction (row), ==, directions[i]);
      get_edges (row, &left, &right);
      g_assert_cmpint (rtl ? right : left, >, 0);
      g_assert_cmpint (rtl ? left : right, ==, 0);

      /* The list of changes follows to it (its rows built in view too). */
      g_assert_true (rd_test_wait_until (summary_has_modified_row, window));
      summary_row = find_row_with_class (GTK_WIDGET (rd_window_get_summary_panel (window)), "modified");
      g_assert_nonnull (summary_row);
      get_edges (summary_row, &left, &right);
      g_assert_cmpint (rtl ? right : left, >, 0);
      g_assert_cmpint (rtl ? left : right, ==, 0);

      /* A sponsor group's title at the start of the line too: its middle
       * in the half of the panel where lines start. */
      expander = find_widget_of_type (GTK_WIDGET (rd_window_get_summary_panel (window)), GTK_TYPE_EXPANDER);
      g_assert_nonnull (expander);
      gtk_widget_get_allocation (expander, &expander_box);
      gtk_widget_get_allocation (gtk_widget_get_parent (expander), &parent_box);
      middle = expander_box.x + expander_box.width / 2 - parent_box.x;
      if (rtl)
        g_assert_cmpint (middle, >, parent_box.width / 2);
      else
        g_assert_cmpint (middle, <, parent_box.width / 2);

      rd_test_gtk_snapshot (window, rtl ? "right-to-left" : "left-to-right");
      gtk_widget_destroy (GTK_WIDGET (window));
    }
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static void
collect_paragraph_labels (GtkWidget *widget,
                          gpointer data)
{
  if (RD_IS_PARAGRAPH_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (data, widget);
  else if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), collect_paragraph_labels, data);
}

/* The lines of the paragraphs shown in @view start at one edge in each
 * column, whatever their lengths. */
static void
assert_paragraphs_aligned (RdChangeView *view)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  int middle = gtk_widget_get_allocated_width (GTK_WIDGET (view)) / 2;
  int low[2] = { G_MAXINT, G_MAXINT }, high[2] = { G_MININT, G_MININT };
  guint counted[2] = { 0, 0 };

  collect_paragraph_labels (GTK_WIDGET (view), labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      int x = 0, view_x = 0, view_y = 0;
      GtkAllocation box;
      guint column;

      /* The layout's place in the label's window, as the allocation's:
       * from there to the view's coordinates. */
      gtk_label_get_layout_offsets (GTK_LABEL (label), &x, NULL);
      gtk_widget_get_allocation (label, &box);
      g_assert_true (gtk_widget_translate_coordinates (label, GTK_WIDGET (view), 0, 0, &view_x, &view_y));
      column = view_x < middle ? 0 : 1;
      x = view_x + (x - box.x);
      low[column] = MIN (low[column], x);
      high[column] = MAX (high[column], x);
      counted[column]++;
    }
  for (guint column = 0; column < 2; column++)
    {
      g_assert_cmpuint (counted[column], >=, 3);
      g_assert_cmpint (high[column] - low[column], <=, 2);
    }
}

/* The current change's row is tinted without the insertions' hue: their
 * blue vanished on its blue background.  (The dark theme: GTK_THEME=Adwaita:dark.) */
static void
test_current_row_tint (void)
{
  RdWindow *window = open_seed_pair ();
  RdChangeView *view = rd_window_get_view (window);
  GtkWidget *row;
  GtkStyleContext *context;
  GdkRGBA *background = NULL;
  double strongest, weakest;

  show_change (view, find_change_of_type (rd_window_get_comparison (window), RD_CHANGE_MODIFIED));
  row = find_row_with_class (GTK_WIDGET (view), "rd-current");
  g_assert_nonnull (row);
  context = gtk_widget_get_style_context (row);
  gtk_style_context_get (context, gtk_style_context_get_state (context), "background-color", &background, NULL);
  g_assert_nonnull (background);
  g_test_message ("current row %.2f %.2f %.2f alpha %.2f", background->red, background->green, background->blue, background->alpha);
  /* A tint (not transparent), and grey: no channel stands out. */
  g_assert_cmpfloat (background->alpha, >, 0.0);
  strongest = MAX (background->red, MAX (background->green, background->blue));
  weakest = MIN (background->red, MIN (background->green, background->blue));
  g_assert_cmpfloat (strongest - weakest, <, 0.1);
  gdk_rgba_free (background);
  rd_test_gtk_snapshot (window, "current-row");
  gtk_widget_destroy (GTK_WIDGET (window));
}

/* With an Arabic desktop (LANGUAGE=ar) the window is mirrored without
 * being told: GTK takes the direction from its own catalogue for the
 * language, and the window's own strings come from ours.  In a subprocess:
 * the language is read when GTK starts. */
static void
test_arabic_ui (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *locale_dir = g_build_filename (g_test_get_dir (G_TEST_BUILT), "..", "po", NULL);
      const char *side_by_side = NULL;
      RdWindow *window;
      GtkWidget *titlebar;
      GtkWidget *row;
      GtkAllocation view_box, summary_box;
      int left = -1, right = -1;

      /* As main () does. */
      bindtextdomain (GETTEXT_PACKAGE, locale_dir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      side_by_side = g_dgettext (GETTEXT_PACKAGE, "Side by Side");
      g_assert_cmpstr (side_by_side, !=, "Side by Side");
      g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);

      window = open_seed_pair ();
      g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_RTL);
      /* The header bar in Arabic, its title in the middle still. */
      titlebar = gtk_window_get_titlebar (GTK_WINDOW (window));
      g_assert_nonnull (find_label_with_text (titlebar, side_by_side));
      g_assert_true (gtk_widget_get_mapped (find_label_with_text (titlebar, gtk_window_get_title (GTK_WINDOW (window)))));
      /* The list of changes on the left, the text on the right. */
      gtk_widget_get_allocation (GTK_WIDGET (rd_window_get_view (window)), &view_box);
      gtk_widget_get_allocation (GTK_WIDGET (rd_window_get_summary_panel (window)), &summary_box);
      g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (rd_window_get_view (window)), GTK_WIDGET (window), 0, 0, &view_box.x, &view_box.y));
      g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (rd_window_get_summary_panel (window)), GTK_WIDGET (window), 0, 0, &summary_box.x, &summary_box.y));
      g_assert_cmpint (summary_box.x + summary_box.width, <=, view_box.x);
      /* A changed paragraph's bar at the start of the line: the right. */
      show_change (rd_window_get_view (window), find_change_of_type (rd_window_get_comparison (window), RD_CHANGE_MODIFIED));
      row = find_row_with_class (GTK_WIDGET (rd_window_get_view (window)), "modified");
      g_assert_nonnull (row);
      get_edges (row, &left, &right);
      g_assert_cmpint (right, >, 0);
      g_assert_cmpint (left, ==, 0);
      /* The English paragraphs read from the left, each column's lines
       * starting at one edge (they were pushed to the right by their
       * lengths); a date after an Arabic label keeps its order. */
      assert_paragraphs_aligned (rd_window_get_view (window));
      {
        g_autofree char *header = rd_header_changes_markup (rd_window_get_comparison (window), RD_SIDE_NEW, RD_REDLINE_STYLE_UNDERLINE);

        g_assert_nonnull (strstr (header, "\u2068"));
        g_assert_nonnull (strstr (header, "15 November 2013"));
      }
      rd_test_gtk_snapshot (window, "arabic-ui");
      gtk_widget_destroy (GTK_WIDGET (window));
      return;
    }
  g_setenv ("LANGUAGE", "ar", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("LANGUAGE");
  g_test_trap_assert_passed ();
}

/* The side panels' and the paragraph history's lines of text
 * (rd-text-label.c): wrapped, as narrow and wide as asked, selectable but
 * never focused, with their class. */
static void
test_text_label (void)
{
  GtkWidget *label = g_object_ref_sink (rd_text_label_new (8, 30, "dim-label"));
  GtkWidget *plain = g_object_ref_sink (rd_text_label_new (-1, 80, NULL));

  g_assert_cmpfloat (gtk_label_get_xalign (GTK_LABEL (label)), ==, 0.0);
  g_assert_true (gtk_label_get_line_wrap (GTK_LABEL (label)));
  g_assert_cmpint (gtk_label_get_line_wrap_mode (GTK_LABEL (label)), ==, PANGO_WRAP_WORD_CHAR);
  g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (label)), ==, 8);
  g_assert_cmpint (gtk_label_get_max_width_chars (GTK_LABEL (label)), ==, 30);
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (label)));
  g_assert_false (gtk_widget_get_can_focus (label));
  g_assert_true (gtk_style_context_has_class (gtk_widget_get_style_context (label), "dim-label"));

  g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (plain)), ==, -1);
  g_assert_cmpint (gtk_label_get_max_width_chars (GTK_LABEL (plain)), ==, 80);
  g_assert_false (gtk_style_context_has_class (gtk_widget_get_style_context (plain), "dim-label"));
  g_assert_false (gtk_widget_get_can_focus (plain));
  g_object_unref (label);
  g_object_unref (plain);
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
  g_assert_nonnull (rd_application_get_settings (application));

  g_test_add_func ("/window/open/seed-pair", test_open_seed_pair);
  g_test_add_func ("/window/open/unreadable-file", test_unreadable_file);
  g_test_add_func ("/window/navigation/alt-down", test_next_change_keys);
  g_test_add_func ("/window/navigation/scrolls", test_next_change_scrolls);
  g_test_add_func ("/window/navigation/summary-click", test_summary_click);
  g_test_add_func ("/window/navigation/switch-view", test_switch_view_keeps_place);
  g_test_add_func ("/window/navigation/hidden-view", test_hidden_view);
  g_test_add_func ("/window/navigation/stops-follow-filter", test_stops_follow_filter);
  g_test_add_func ("/window/quit", test_quit);
  g_test_add_func ("/window/line-length", test_line_length);
  g_test_add_func ("/window/title", test_title);
  g_test_add_func ("/window/start-page/recent-same-names", test_recent_same_names);
  g_test_add_func ("/window/start-page/recent-symbols", test_recent_symbols);
  g_test_add_func ("/window/changes-only", test_changes_only);
  g_test_add_func ("/window/search", test_search);
  g_test_add_func ("/window/summary-toggle", test_summary_toggle);
  g_test_add_func ("/window/right-to-left", test_right_to_left);
  g_test_add_func ("/window/current-row-tint", test_current_row_tint);
  g_test_add_func ("/window/right-to-left/arabic-ui", test_arabic_ui);
  g_test_add_func ("/window/file-changed", test_file_changed_offers_reload);
  g_test_add_func ("/window/export", test_export);
  g_test_add_func ("/window/text-label", test_text_label);
  g_test_add_func ("/window/accelerators", test_accelerators);
  g_test_add_func ("/window/footnotes", test_footnotes);
  g_test_add_func ("/window/print-options", test_print_options);
  g_test_add_func ("/window/numbering-labels", test_numbering_labels);
  g_test_add_func ("/window/navigation/feedback", test_navigation_feedback);
  g_test_add_func ("/window/export-notice", test_export_notice);
  g_test_add_func ("/window/text-zoom", test_text_zoom);
  g_test_add_func ("/window/text-zoom/preference", test_text_size_preference);
  g_test_add_func ("/window/unrelated-texts", test_unrelated_texts);
  g_test_add_func ("/window/start-page", test_start_page);
  g_test_add_func ("/window/help/action", test_help_action);
  g_test_add_func ("/window/first-frame/deferred", test_first_frame_deferred);
  g_test_add_func ("/window/amendment", test_amendment);
  g_test_add_func ("/window/amendment/wrong-draft", test_amendment_wrong_draft);

  status = g_test_run ();
  g_object_unref (application);
  rd_test_remove_tree (data_home);
  return status;
}
