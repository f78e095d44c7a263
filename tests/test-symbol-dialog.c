/* test-symbol-dialog.c: Open by Symbol in a real window, against the test
 * server on 127.0.0.1 (tests/lib/rd-test-server.c)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rd-application.h"
#include "rd-fetch.h"
#include "rd-preferences-dialog.h"
#include "rd-symbol-dialog.h"
#include "rd-test-gtk.h"
#include "rd-test-server.h"
#include "rd-test-util.h"
#include "rd-window.h"

static RdApplication *application;
static char *cache_home;

static gboolean
fetch_done (gpointer data)
{
  return !rd_symbol_dialog_is_fetching (RD_SYMBOL_DIALOG (data));
}

static gboolean
comparison_shown (gpointer data)
{
  RdWindow *window = data;

  return !rd_window_get_loading (window) && rd_window_get_comparison (window) != NULL;
}

static RdTestServer *
start (void)
{
  g_autofree char *dir = rd_fetch_get_cache_dir ();
  RdTestServer *server;

  /* Best effort: GTK's fontconfig keeps its own cache beside ours. */
  rd_test_remove_tree (dir);
  g_unsetenv ("RESDIFF_FETCH_TIMEOUT");
  server = rd_test_server_new ();
  rd_test_server_setenv (server);
  return server;
}

/* The dialog the window's action opened. */
static RdSymbolDialog *
find_dialog (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (RD_IS_SYMBOL_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static void
test_validation (void)
{
  GtkWidget *dialog = rd_symbol_dialog_new (NULL);
  RdSymbolDialog *self = RD_SYMBOL_DIALOG (dialog);

  g_assert_false (rd_symbol_dialog_is_valid (self));
  /* Empty is incomplete, not wrong. */
  g_assert_cmpstr (rd_symbol_dialog_get_note (self, FALSE), ==, "");
  rd_symbol_dialog_set_symbols (self, "a/c.3/80/l.4", "A/RES/80/");
  g_assert_false (rd_symbol_dialog_is_valid (self));
  g_assert_cmpstr (rd_symbol_dialog_get_note (self, FALSE), ==, "");
  g_assert_nonnull (strstr (rd_symbol_dialog_get_note (self, TRUE), "Not a document symbol"));
  rd_symbol_dialog_set_symbols (self, "a/c.3/80/l.4", "A/RES/80/228");
  g_assert_true (rd_symbol_dialog_is_valid (self));
  g_assert_cmpstr (rd_symbol_dialog_get_note (self, TRUE), ==, "");
  gtk_widget_destroy (dialog);
}

static void
test_open_by_symbol (void)
{
  g_autoptr (RdTestServer) server = start ();
  RdWindow *window = rd_test_window_new (application);
  RdSymbolDialog *dialog;
  RdComparison *comparison;
  g_autoptr (GFile) cached = NULL;
  g_autoptr (GError) error = NULL;

  /* One of the two is in the cache already: the dialog says so. */
  cached = rd_fetch_document ("A/RES/80/228", "en", RD_FETCH_DEFAULT, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  g_action_group_activate_action (G_ACTION_GROUP (window), "open-symbol", NULL);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  rd_symbol_dialog_set_symbols (dialog, "A/C.3/80/L.4", "A/RES/80/228");
  g_assert_cmpstr (rd_symbol_dialog_get_note (dialog, FALSE), ==, "");
  g_assert_nonnull (strstr (rd_symbol_dialog_get_note (dialog, TRUE), "The copy in the cache will be used (fetched less than a minute ago)"));

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  g_assert_true (rd_test_wait_until (comparison_shown, window));
  /* The dialog closed; the window compares the cached files, with their
   * records. */
  g_assert_null (find_dialog ());
  comparison = rd_window_get_comparison (window);
  g_assert_cmpstr (rd_document_get_symbol (rd_comparison_get_old (comparison)), ==, "A/C.3/80/L.4");
  g_assert_nonnull (rd_document_get_record (rd_comparison_get_new (comparison)));
  g_assert_cmpstr (rd_document_get_field (rd_comparison_get_new (comparison), RD_FIELD_VOTE), ==,
                   "170 in favour, 2 against, 5 abstentions (recorded vote)");
  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
test_error_stays_in_dialog (void)
{
  g_autoptr (RdTestServer) server = start ();
  RdWindow *window = rd_test_window_new (application);
  RdSymbolDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (window), "open-symbol", NULL);
  dialog = find_dialog ();
  rd_symbol_dialog_set_symbols (dialog, "A/C.3/80/L.4", "A/80/L.999");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  g_assert_true (rd_symbol_dialog_is_fetching (dialog));
  g_assert_true (rd_test_wait_until (fetch_done, dialog));
  g_assert_true (find_dialog () == dialog);
  g_assert_nonnull (strstr (rd_symbol_dialog_get_status (dialog), "A/80/L.999: no such document"));
  g_assert_null (rd_window_get_comparison (window));
  gtk_widget_destroy (GTK_WIDGET (dialog));
  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
test_cancel (void)
{
  g_autoptr (RdTestServer) server = start ();
  RdWindow *window = rd_test_window_new (application);
  RdSymbolDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (window), "open-symbol", NULL);
  dialog = find_dialog ();
  /* The slow answer takes 4 s: Cancel comes first. */
  rd_symbol_dialog_set_symbols (dialog, "A/80/L.991", "A/80/L.3");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  g_assert_true (rd_symbol_dialog_is_fetching (dialog));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_assert_true (rd_test_wait_until (fetch_done, dialog));
  g_assert_cmpstr (rd_symbol_dialog_get_status (dialog), ==, "Cancelled");
  g_assert_true (find_dialog () == dialog);
  /* Cancel again closes. */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_assert_null (find_dialog ());
  gtk_widget_destroy (GTK_WIDGET (window));
}

/* The language documents are fetched in: a row of the preferences (the
 * setting fetch-language), the symbol dialog's first choice, the notes
 * of the dialog following its choice (the cache keeps languages apart),
 * and the fetch asking the ODS for the language chosen. */
static void
test_language (void)
{
  g_autoptr (RdTestServer) server = start ();
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkWidget *preferences = rd_preferences_dialog_new (NULL, settings);
  GtkWidget *combo = rd_preferences_dialog_get_fetch_language_combo (RD_PREFERENCES_DIALOG (preferences));
  RdWindow *window = rd_test_window_new (application);
  g_autoptr (GFile) cached = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) requests = NULL;
  guint before;
  RdSymbolDialog *dialog;
  g_autofree char *new_name = NULL;

  /* The row: the desktop's language, then the six by name. */
  g_assert_cmpstr (gtk_combo_box_get_active_id (GTK_COMBO_BOX (combo)), ==, "");
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (combo), "fr");
  {
    g_autofree char *shown = gtk_combo_box_text_get_active_text (GTK_COMBO_BOX_TEXT (combo));
    g_autofree char *value = g_settings_get_string (settings, "fetch-language");

    g_assert_cmpstr (shown, ==, "French");
    g_assert_cmpstr (value, ==, "fr");
  }
  gtk_widget_destroy (preferences);

  /* The dialog starts from the preference. */
  cached = rd_fetch_document ("A/RES/80/228", "en", RD_FETCH_DEFAULT, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_action_group_activate_action (G_ACTION_GROUP (window), "open-symbol", NULL);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (rd_symbol_dialog_get_language (dialog), ==, "fr");
  rd_symbol_dialog_set_symbols (dialog, "A/RES/80/228", "A/RES/80/228");
  /* The English copy in the cache is not the French one... */
  g_assert_cmpstr (rd_symbol_dialog_get_note (dialog, TRUE), ==, "");
  /* ...and is when English is chosen. */
  rd_symbol_dialog_set_language (dialog, "en");
  g_assert_nonnull (strstr (rd_symbol_dialog_get_note (dialog, TRUE), "The copy in the cache will be used"));
  rd_symbol_dialog_set_language (dialog, "fr");
  g_assert_cmpstr (rd_symbol_dialog_get_note (dialog, TRUE), ==, "");

  /* The English copy was asked for first; the dialog asks for French. */
  requests = rd_test_server_dup_ods_requests (server);
  before = g_strv_length (requests);
  g_clear_pointer (&requests, g_strfreev);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  g_assert_true (rd_test_wait_until (comparison_shown, window));
  requests = rd_test_server_dup_ods_requests (server);
  g_assert_cmpuint (g_strv_length (requests), ==, before + 1);
  g_assert_cmpstr (requests[before], ==, "A/RES/80/228 fr");
  new_name = rd_document_dup_file_name (rd_comparison_get_new (rd_window_get_comparison (window)));
  g_assert_cmpstr (new_name, ==, "A_RES_80_228.fr.pdf");

  g_settings_reset (settings, "fetch-language");
  gtk_widget_destroy (GTK_WIDGET (window));
}

int
main (int argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  /* The test server is on 127.0.0.1: no proxy between. */
  g_unsetenv ("http_proxy");
  g_unsetenv ("HTTP_PROXY");
  g_unsetenv ("all_proxy");
  g_unsetenv ("ALL_PROXY");
  cache_home = rd_test_make_temp_dir ();
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);

  if (!rd_test_gtk_init (&argc, &argv, &data_home))
    return 77;
  application = rd_test_application_new ();

  g_test_add_func ("/symbol-dialog/validation", test_validation);
  rd_test_add_pdf_func ("/symbol-dialog/open-by-symbol", test_open_by_symbol);
  g_test_add_func ("/symbol-dialog/error-stays", test_error_stays_in_dialog);
  g_test_add_func ("/symbol-dialog/cancel", test_cancel);
  rd_test_add_pdf_func ("/symbol-dialog/language", test_language);

  status = g_test_run ();
  g_object_unref (application);
  rd_test_remove_tree (cache_home);
  rd_test_remove_tree (data_home);
  return status;
}
