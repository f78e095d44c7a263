/* test-window.c: the window under Xvfb
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "rd-application.h"
#include "rd-recent-pairs.h"
#include "rd-window.h"

/* Long enough for a slow machine under a sanitizer, short enough that a
 * hang fails the test rather than the suite's timeout. */
#define WAIT_SECONDS 60

static RdApplication *application;

typedef gboolean (*Condition) (gpointer data);

static gboolean
wait_until (Condition condition,
            gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

static gboolean
recent_pair_listed (gpointer data)
{
  g_autoptr (GPtrArray) pairs = rd_recent_pairs_list (8);

  return pairs->len >= 1;
}

static gboolean
load_finished (gpointer data)
{
  RdWindow *window = data;

  return !rd_window_get_loading (window);
}

static gboolean
view_populated (gpointer data)
{
  RdWindow *window = data;

  return !rd_window_get_loading (window) && rd_change_view_get_populated (rd_window_get_view (window));
}

static gboolean
frames_pass (gpointer data)
{
  int *frames = data;

  return --*frames <= 0;
}

static void
settle (void)
{
  int frames = 50;

  wait_until (frames_pass, &frames);
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
  RdWindow *window = rd_window_new (application);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  rd_window_open_files (window, old_file, new_file);
  g_assert_true (wait_until (view_populated, window));
  g_assert_nonnull (rd_window_get_comparison (window));
  g_assert_null (rd_window_get_error_message (window));
  settle ();
  return window;
}

static void
send_key (GtkWidget *widget,
          guint keyval,
          GdkModifierType state)
{
  GdkDisplay *display = gtk_widget_get_display (widget);
  GdkKeymap *keymap = gdk_keymap_get_for_display (display);
  GdkSeat *seat = gdk_display_get_default_seat (display);
  g_autofree GdkKeymapKey *keys = NULL;
  int n_keys = 0;

  for (guint type = GDK_KEY_PRESS; type <= GDK_KEY_RELEASE; type++)
    {
      GdkEvent *event = gdk_event_new (type);

      event->key.window = g_object_ref (gtk_widget_get_window (widget));
      event->key.send_event = TRUE;
      event->key.time = GDK_CURRENT_TIME;
      event->key.state = state;
      event->key.keyval = keyval;
      if (keys == NULL)
        g_assert_true (gdk_keymap_get_entries_for_keyval (keymap, keyval, &keys, &n_keys));
      event->key.hardware_keycode = keys[0].keycode;
      event->key.group = keys[0].group;
      gdk_event_set_device (event, gdk_seat_get_keyboard (seat));
      gtk_main_do_event (event);
      gdk_event_free (event);
    }
  settle ();
}

static int
next_difference (RdComparison *comparison,
                 int from,
                 int step)
{
  GPtrArray *changes = rd_comparison_get_changes (comparison);

  for (int i = from + step; i >= 0 && i < (int) changes->len; i += step)
    if (rd_change_is_difference (g_ptr_array_index (changes, i)))
      return i;
  return -1;
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
  g_assert_cmpuint (rd_change_view_count_change_rows (rd_window_get_side_by_side_view (window)), ==, changes->len);
  /* The redline view is built when it is first shown. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("redline"));
  g_assert_true (wait_until (view_populated, window));
  g_assert_cmpuint (rd_change_view_count_change_rows (rd_window_get_redline_view (window)), ==, changes->len);

  /* The summary lists every change that is a difference. */
  for (guint i = 0; i < changes->len; i++)
    differences += rd_change_is_difference (g_ptr_array_index (changes, i));
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

  send_key (GTK_WIDGET (window), GDK_KEY_Down, GDK_MOD1_MASK);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, first);

  send_key (GTK_WIDGET (window), GDK_KEY_Down, GDK_MOD1_MASK);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, second);

  send_key (GTK_WIDGET (window), GDK_KEY_Up, GDK_MOD1_MASK);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, first);

  /* F7 and Shift+F7 as well. */
  send_key (GTK_WIDGET (window), GDK_KEY_F7, 0);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, second);
  send_key (GTK_WIDGET (window), GDK_KEY_F7, GDK_SHIFT_MASK);
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, first);

  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
test_next_change_scrolls (void)
{
  RdWindow *window = open_seed_pair ();
  RdComparison *comparison = rd_window_get_comparison (window);
  RdChangeView *view = rd_window_get_view (window);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  GtkWidget *scrolled = gtk_bin_get_child (GTK_BIN (view));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  int last = next_difference (comparison, changes->len, -1);

  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0.0);
  /* From the end: the view scrolls down to the last change. */
  send_key (GTK_WIDGET (window), GDK_KEY_Up, GDK_MOD1_MASK);
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
  settle ();
  g_assert_cmpint (rd_change_view_get_current_change (rd_window_get_view (window)), ==, second);

  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
test_switch_view_keeps_place (void)
{
  RdWindow *window = open_seed_pair ();
  int current;

  send_key (GTK_WIDGET (window), GDK_KEY_Down, GDK_MOD1_MASK);
  current = rd_change_view_get_current_change (rd_window_get_view (window));
  g_assert_cmpint (current, >=, 0);

  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("redline"));
  settle ();
  g_assert_true (rd_window_get_view (window) == rd_window_get_redline_view (window));
  g_assert_cmpint (rd_change_view_get_current_change (rd_window_get_view (window)), ==, current);

  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
test_changes_only (void)
{
  RdWindow *window = open_seed_pair ();
  RdChangeView *view = rd_window_get_view (window);
  RdComparison *comparison = rd_window_get_comparison (window);
  GtkWidget *scrolled = gtk_bin_get_child (GTK_BIN (view));
  GtkWidget *viewport = gtk_bin_get_child (GTK_BIN (scrolled));
  GtkWidget *list = GTK_IS_VIEWPORT (viewport) ? gtk_bin_get_child (GTK_BIN (viewport)) : viewport;
  int full_height, folded_height, last;

  full_height = gtk_widget_get_allocated_height (list);
  g_action_group_change_action_state (G_ACTION_GROUP (window), "changes-only", g_variant_new_boolean (TRUE));
  settle ();
  g_assert_true (rd_change_view_get_changes_only (view));
  folded_height = gtk_widget_get_allocated_height (list);
  g_assert_cmpint (folded_height, <, full_height);

  /* Moving to a change still works, and the rows stay counted. */
  last = next_difference (comparison, rd_comparison_get_changes (comparison)->len, -1);
  rd_change_view_select_change (view, last);
  settle ();
  g_assert_cmpint (rd_change_view_get_current_change (view), ==, last);
  g_assert_cmpuint (rd_change_view_count_change_rows (view), ==, rd_comparison_get_changes (comparison)->len);

  g_action_group_change_action_state (G_ACTION_GROUP (window), "changes-only", g_variant_new_boolean (FALSE));
  settle ();
  g_assert_cmpint (gtk_widget_get_allocated_height (list), ==, full_height);

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
  g_assert_true (wait_until (load_finished, window));
  settle ();

  message = rd_window_get_error_message (window);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, expected));
  g_assert_null (rd_window_get_comparison (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  gtk_widget_destroy (GTK_WIDGET (window));
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
  g_assert_true (wait_until (view_populated, window));
  g_assert_null (rd_window_get_reload_message (window));
  changes = rd_comparison_get_changes (rd_window_get_comparison (window))->len;
  send_key (GTK_WIDGET (window), GDK_KEY_Down, GDK_MOD1_MASK);
  current = rd_change_view_get_current_change (rd_window_get_view (window));
  g_assert_cmpint (current, >=, 0);

  /* Another paragraph appended to the later version on disk. */
  g_assert_true (g_file_get_contents (new_path, &text, NULL, NULL));
  more = g_strconcat (text, "\n\n20. *Decides* to remain seized of the matter.\n", NULL);
  g_assert_true (g_file_set_contents (new_path, more, -1, NULL));
  g_assert_true (wait_until (reload_offered, window));
  g_assert_nonnull (strstr (rd_window_get_reload_message (window), "new.txt"));

  /* Ctrl+R compares again, and sees the new paragraph. */
  send_key (GTK_WIDGET (window), GDK_KEY_r, GDK_CONTROL_MASK);
  g_assert_true (wait_until (view_populated, window));
  g_assert_cmpuint (rd_comparison_get_changes (rd_window_get_comparison (window))->len, ==, changes + 1);
  /* ...and goes back to the change the reader was at. */
  g_assert_cmpint (rd_change_view_get_current_change (rd_window_get_view (window)), ==, current);

  /* The pair is among the recently compared (GtkRecentManager saves and
   * reloads its file from the main loop, so give it the time). */
  g_assert_true (wait_until (recent_pair_listed, NULL));
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

static void
test_summary_toggle (void)
{
  RdWindow *window = open_seed_pair ();
  GtkWidget *panel = GTK_WIDGET (rd_window_get_summary_panel (window));
  gboolean shown = gtk_widget_get_visible (panel);

  send_key (GTK_WIDGET (window), GDK_KEY_F9, 0);
  g_assert_true (gtk_widget_get_visible (panel) == !shown);
  send_key (GTK_WIDGET (window), GDK_KEY_F9, 0);
  g_assert_true (gtk_widget_get_visible (panel) == shown);

  gtk_widget_destroy (GTK_WIDGET (window));
}

int
main (int argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("resdiff-gui-XXXXXX", NULL);
  g_autoptr (GError) error = NULL;
  int status;

  /* Nothing of the test run lands in the user's settings or recent
   * files. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("GTK_CSD", "0", TRUE);

  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check (&argc, &argv))
    {
      /* No display: run under xvfb-run (build-aux/test does). */
      g_print ("1..0 # SKIP no display\n");
      return 77;
    }

  application = rd_application_new ();
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (rd_application_get_settings (application));

  g_test_add_func ("/window/open/seed-pair", test_open_seed_pair);
  g_test_add_func ("/window/open/unreadable-file", test_unreadable_file);
  g_test_add_func ("/window/navigation/alt-down", test_next_change_keys);
  g_test_add_func ("/window/navigation/scrolls", test_next_change_scrolls);
  g_test_add_func ("/window/navigation/summary-click", test_summary_click);
  g_test_add_func ("/window/navigation/switch-view", test_switch_view_keeps_place);
  g_test_add_func ("/window/changes-only", test_changes_only);
  g_test_add_func ("/window/search", test_search);
  g_test_add_func ("/window/summary-toggle", test_summary_toggle);
  g_test_add_func ("/window/file-changed", test_file_changed_offers_reload);
  g_test_add_func ("/window/export", test_export);
  g_test_add_func ("/window/accelerators", test_accelerators);
  g_test_add_func ("/window/help/action", test_help_action);

  status = g_test_run ();
  g_object_unref (application);
  return status;
}
