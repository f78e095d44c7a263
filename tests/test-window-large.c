/* test-window-large.c: the window on a long pair: only the rows in view
 * are built, and the whole text is there at once
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "rd-application.h"
#include "rd-test-gtk.h"
#include "rd-test-util.h"
#include "rd-window.h"

static RdApplication *application;

/* Operative paragraphs in the generated pair: an omnibus text several
 * times over (an omnibus has some 300). */
#define N_PARAGRAPHS 3000

/* Rows a view may build for a 1200 × 800 window: those in view and its
 * margin, whatever the length of the text. */
#define MAX_BUILT_ROWS 60

/* The seed resolution with @n operative paragraphs after its own, each
 * with a word of its own; in the edited copy every 40th is reworded, every
 * 97th dropped, and the last one gets "Zanzibarish" in it. */
static char *
long_text (guint n,
           gboolean edited)
{
  g_autofree char *seed = NULL;
  GString *text;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL), &seed, NULL, NULL));
  text = g_string_new (seed);
  for (guint i = 0; i < n; i++)
    {
      if (edited && i % 97 == 50)
        continue;
      g_string_append_printf (text, "\n\n%u. *Encourages* Member States to consider measure c%up%u of the Global Plan of Action %s, in cooperation with the United Nations Office on Drugs and Crime and the regional organizations concerned%s;\n",
                              19 + i, i, i * 7, edited && i % 40 == 3 ? "as a matter of priority" : "in the coming years",
                              edited && i == n - 1 ? " and the Zanzibarish Outcome" : "");
    }
  return g_string_free (text, FALSE);
}

static int
last_difference (RdComparison *comparison)
{
  for (int i = rd_change_view_count_all_changes (comparison) - 1; i >= 0; i--)
    if (rd_change_is_difference (rd_change_view_lookup_change (comparison, i)))
      return i;
  return -1;
}

static void
test_long_pair (void)
{
  g_autofree char *dir = g_dir_make_tmp ("resdiff-test-XXXXXX", NULL);
  g_autofree char *old_path = g_build_filename (dir, "old.txt", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.txt", NULL);
  g_autofree char *old_text = long_text (N_PARAGRAPHS, FALSE);
  g_autofree char *new_text = long_text (N_PARAGRAPHS, TRUE);
  g_autoptr (GFile) old_file = g_file_new_for_path (old_path);
  g_autoptr (GFile) new_file = g_file_new_for_path (new_path);
  RdWindow *window = rd_test_window_new (application);
  RdComparison *comparison;
  RdChangeView *view;
  int last;

  rd_test_write_file (old_path, old_text, strlen (old_text));
  rd_test_write_file (new_path, new_text, strlen (new_text));
  rd_window_open_files (window, old_file, new_file);
  g_assert_true (rd_test_wait_until (rd_test_gtk_view_built, window));
  rd_test_gtk_settle ();
  comparison = rd_window_get_comparison (window);
  view = rd_window_get_view (window);

  /* Every change has its row, but only those in view are built, in the
   * view and in the summary's list of changes. */
  g_assert_cmpuint (rd_comparison_get_changes (comparison)->len, >=, N_PARAGRAPHS);
  g_assert_cmpuint (rd_change_view_count_change_rows (view), ==, rd_change_view_count_all_changes (comparison));
  g_assert_cmpuint (rd_change_view_count_rows (view), >, N_PARAGRAPHS / 40);
  g_assert_cmpuint (rd_change_view_count_built_rows (view), >, 0);
  g_assert_cmpuint (rd_change_view_count_built_rows (view), <=, MAX_BUILT_ROWS);
  g_assert_cmpuint (rd_summary_panel_count_listed_changes (rd_window_get_summary_panel (window)), >=, N_PARAGRAPHS / 40);

  /* Alt+Up from the top goes round to the last change at once: it is
   * shown at the next layout, and still few rows are built. */
  last = last_difference (comparison);
  g_assert_cmpint (last, >, N_PARAGRAPHS);
  g_action_group_activate_action (G_ACTION_GROUP (window), "previous-change", NULL);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, last);
  g_assert_true (rd_test_gtk_wait_for_change_row (view, last));
  g_assert_cmpuint (rd_change_view_count_built_rows (view), <=, MAX_BUILT_ROWS);
  rd_test_gtk_snapshot (window, "large-last-change");

  /* Find reaches the last paragraph's words without building the rows
   * between. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "next-change", NULL);
  g_assert_cmpint (rd_change_view_get_current_change (view), <, last);
  g_assert_true (rd_test_gtk_wait_for_change_row (view, rd_change_view_get_current_change (view)));
  g_assert_true (rd_change_view_search (view, "zanzibarish", TRUE));
  g_assert_true (rd_test_gtk_wait_for_change_row (view, last));
  g_assert_cmpuint (rd_change_view_count_built_rows (view), <=, MAX_BUILT_ROWS);
  g_assert_false (rd_change_view_search (view, "no such words in any resolution", TRUE));

  /* "Show only changes" folds the long runs; the last change is still
   * reached. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "changes-only", g_variant_new_boolean (TRUE));
  rd_change_view_select_change (view, last);
  g_assert_true (rd_test_gtk_wait_for_change_row (view, last));
  g_assert_cmpuint (rd_change_view_count_built_rows (view), <=, MAX_BUILT_ROWS);

  gtk_widget_destroy (GTK_WIDGET (window));
  g_unlink (old_path);
  g_unlink (new_path);
  g_rmdir (dir);
}

static gboolean
load_started (gpointer window)
{
  return !rd_window_get_load_waits_for_frame (window);
}

/* The program on a long pair (as long as issue 12's, some 400,000
 * words): its window is drawn, with the reading's progress, before the
 * versions are read and compared; keys are answered meanwhile, and Ctrl+Q
 * ends the process without waiting for the comparison. */
static void
test_while_reading (void)
{
  g_autofree char *dir = g_dir_make_tmp ("resdiff-test-XXXXXX", NULL);
  g_autofree char *old_path = g_build_filename (dir, "old.txt", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.txt", NULL);
  g_autofree char *old_text = long_text (N_PARAGRAPHS * 4, FALSE);
  g_autofree char *new_text = long_text (N_PARAGRAPHS * 4, TRUE);
  const char *program = g_getenv ("RESDIFF_BIN");
  const char *argv[] = { program, old_path, new_path, NULL };
  g_auto (GStrv) env = g_get_environ ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  int status = -1;

  if (program == NULL)
    {
      g_test_skip ("RESDIFF_BIN is not set");
      return;
    }
  rd_test_write_file (old_path, old_text, strlen (old_text));
  rd_test_write_file (new_path, new_text, strlen (new_text));

  /* In this process: the window shows the reading's progress, and is
   * drawn, before the comparison is there. */
  {
    g_autoptr (GFile) old_file = g_file_new_for_path (old_path);
    g_autoptr (GFile) new_file = g_file_new_for_path (new_path);
    RdWindow *window = rd_test_window_new (application);

    rd_window_open_files (window, old_file, new_file);
    g_assert_true (rd_window_get_loading (window));
    /* Not read before the window is first drawn: the loader's threads
     * would take the cores its first frame needs. */
    g_assert_true (rd_window_get_load_waits_for_frame (window));
    g_assert_nonnull (strstr (rd_window_get_loading_text (window), "comparing"));
    /* Titled by what it reads, already. */
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "old.txt → new.txt");
    g_assert_true (rd_test_wait_until (load_started, window));
    rd_test_gtk_snapshot (window, "reading");
    g_assert_true (rd_test_wait_until (rd_test_gtk_load_finished, window));
    g_assert_nonnull (rd_window_get_comparison (window));
    gtk_widget_destroy (GTK_WIDGET (window));
  }

  env = g_environ_setenv (env, "RESDIFF_EXIT_AFTER_FIRST_FRAME", "1", TRUE);
  env = g_environ_setenv (env, "RESDIFF_KEYS_WHILE_LOADING", "F7 Page_Down", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s", err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, "window drawn after"));
  g_assert_nonnull (strstr (err, "(still reading;"));
  g_assert_nonnull (strstr (err, "key F7 answered after"));
  g_assert_nonnull (strstr (err, "key Page_Down answered after"));
  g_assert_nonnull (strstr (err, "quit with Ctrl+Q after"));
  /* Quit before the comparison was drawn, nor waited for. */
  g_assert_null (strstr (err, "first frame after"));

  g_unlink (old_path);
  g_unlink (new_path);
  g_rmdir (dir);
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

  g_test_add_func ("/window-large/long-pair", test_long_pair);
  g_test_add_func ("/window-large/while-reading", test_while_reading);

  status = g_test_run ();
  g_object_unref (application);
  rd_test_remove_tree (data_home);
  return status;
}
