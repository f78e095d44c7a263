/* test-window-inputs.c: the window on more than two files, and on
 * document symbols fetched from the test server on 127.0.0.1
 * (tests/lib/rd-test-server.c), under Xvfb
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>

#include "rd-annotations.h"
#include "rd-application.h"
#include "rd-inputs.h"
#include "rd-start-page.h"
#include "rd-test-gtk.h"
#include "rd-test-server.h"
#include "rd-test-util.h"
#include "rd-window.h"

/* Long enough for a loaded machine under the sanitizers with the slow
 * unwinding this test's leak report needs (tests/meson.build: three PDFs
 * read that way take minutes), short enough that a hang fails the test
 * rather than the suite's timeout. */
#define WAIT_SECONDS 300

static RdApplication *application;
static char *cache_home;

static gboolean
wait_until (RdTestCondition condition,
            gpointer data)
{
  return rd_test_wait_until_for (WAIT_SECONDS, condition, data);
}

static gboolean
fetching_shown (gpointer data)
{
  const char *text = rd_window_get_loading_text (RD_WINDOW (data));

  return g_str_has_prefix (text, "Fetching A/80/L.991…");
}

static gboolean
series_offered (gpointer data)
{
  return rd_series_bar_get_message (rd_window_get_series_bar (RD_WINDOW (data))) != NULL;
}

static RdWindow *
new_window (void)
{
  RdWindow *window = rd_window_new (application);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Every label's text under @widget, one a line: what the reader sees. */
static void
collect_labels (GtkWidget *widget,
                GString *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    {
      g_string_append (text, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (text, '\n');
    }
  if (GTK_IS_CONTAINER (widget))
    {
      g_autoptr (GList) children = gtk_container_get_children (GTK_CONTAINER (widget));

      for (GList *l = children; l != NULL; l = l->next)
        collect_labels (l->data, text);
    }
}

/* What the summary shows: its labels, and every row of its list of
 * changes (built only when in view). */
static char *
dup_summary_text (RdSummaryPanel *panel)
{
  GString *text = g_string_new (NULL);

  collect_labels (GTK_WIDGET (panel), text);
  for (guint k = 0; k < rd_summary_panel_count_listed_changes (panel); k++)
    {
      g_autofree char *row = rd_summary_panel_dup_listed_text (panel, k);

      g_string_append (text, row);
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

/* A/80/L.18 with its two amendments, L.19 (delete the thirty-eighth
 * preambular paragraph) and L.20 (delete operative paragraph 9), checked
 * by reading them: one window, the draft against the draft as amended,
 * each change labelled with the amendment that made it. */
static void
assert_l18_amended (RdWindow *window)
{
  RdComparison *comparison = rd_window_get_comparison (window);
  g_autoptr (GPtrArray) sections = NULL;
  g_autofree char *summary = NULL;
  guint by_l19, by_l20, differences;
  RdDocument *draft, *amended;

  g_assert_null (rd_window_get_error_message (window));
  g_assert_nonnull (comparison);
  draft = rd_comparison_get_old (comparison);
  amended = rd_comparison_get_new (comparison);
  g_assert_cmpstr (rd_document_get_symbol (draft), ==, "A/80/L.18");
  g_assert_cmpuint (rd_document_count_paragraphs (amended, RD_PARAGRAPH_PREAMBULAR), ==, rd_document_count_paragraphs (draft, RD_PARAGRAPH_PREAMBULAR) - 1);
  g_assert_cmpuint (rd_document_count_paragraphs (amended, RD_PARAGRAPH_OPERATIVE), ==, rd_document_count_paragraphs (draft, RD_PARAGRAPH_OPERATIVE) - 1);

  /* One section per amendment, in the order of their symbols. */
  sections = rd_annotations_dup_sections (comparison);
  g_assert_cmpuint (sections->len, ==, 2);
  g_assert_nonnull (strstr (((RdNoteSection *) g_ptr_array_index (sections, 0))->title, "A/80/L.19"));
  g_assert_nonnull (strstr (((RdNoteSection *) g_ptr_array_index (sections, 1))->title, "A/80/L.20"));

  /* Each difference's caption names its amendment and instruction: two
   * from L.19 (PP 38 and the footnote it cited), one from L.20 (OP 9). */
  by_l19 = rd_test_gtk_count_captions_naming (window, "A/80/L.19: 1", &differences);
  by_l20 = rd_test_gtk_count_captions_naming (window, "A/80/L.20: 1", NULL);
  g_assert_cmpuint (differences, ==, 2);
  g_assert_cmpuint (by_l19, ==, 1);
  g_assert_cmpuint (by_l20, ==, 1);

  /* The summary shows both amendments with their instructions' state,
   * and the list of changes with their attributions. */
  summary = dup_summary_text (rd_window_get_summary_panel (window));
  g_assert_nonnull (strstr (summary, "Amendment A/80/L.19"));
  g_assert_nonnull (strstr (summary, "Amendment A/80/L.20"));
  g_assert_cmpuint (rd_test_count (summary, "— applied"), ==, 2);
  g_assert_nonnull (strstr (summary, "[A/80/L.19: 1]"));
  g_assert_nonnull (strstr (summary, "[A/80/L.20: 1]"));

  /* An amended draft reads as a redline. */
  g_assert_true (rd_window_get_view (window) == rd_window_get_redline_view (window));
  /* Not a series. */
  g_assert_null (rd_series_bar_get_message (rd_window_get_series_bar (window)));
}

static void
test_several_amendments (void)
{
  g_autoptr (GFile) draft = rd_test_corpus_file ("A_80_L.18.en.pdf");
  g_autoptr (GFile) first = rd_test_corpus_file ("A_80_L.19.en.pdf");
  g_autoptr (GFile) second = rd_test_corpus_file ("A_80_L.20.en.pdf");
  g_autoptr (RdInputs) inputs = rd_inputs_new ();
  RdWindow *window = new_window ();

  /* In any order, as on the command line: an amendment first. */
  rd_inputs_add_file (inputs, second);
  rd_inputs_add_file (inputs, draft);
  rd_inputs_add_file (inputs, first);
  rd_window_open_inputs (window, inputs);
  g_assert_true (wait_until (rd_test_gtk_view_built, window));
  rd_test_gtk_settle ();
  assert_l18_amended (window);
  rd_test_gtk_snapshot (window, "amendments-l18");

  /* Reload reads all three again. */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "reload"));
  rd_window_reload (window);
  g_assert_true (wait_until (rd_test_gtk_view_built, window));
  assert_l18_amended (window);

  gtk_widget_destroy (GTK_WIDGET (window));
}

/* The start page: the draft as the earlier version, amendments added, no
 * later version needed; Compare opens them all. */
static void
test_start_page_amendments (void)
{
  g_autoptr (GFile) draft = rd_test_corpus_file ("A_80_L.18.en.pdf");
  g_autoptr (GFile) first = rd_test_corpus_file ("A_80_L.19.en.pdf");
  g_autoptr (GFile) second = rd_test_corpus_file ("A_80_L.20.en.pdf");
  RdWindow *window = new_window ();
  RdStartPage *page = RD_START_PAGE (rd_window_get_start_page (window));

  g_assert_cmpstr (rd_start_page_get_amendments_text (page), ==, "No amendments");
  rd_start_page_set_file (page, FALSE, draft);
  g_assert_false (rd_start_page_can_compare (page));
  rd_start_page_add_amendment (page, first);
  rd_start_page_add_amendment (page, second);
  rd_start_page_add_amendment (page, first); /* once only */
  g_assert_cmpuint (rd_start_page_get_n_amendments (page), ==, 2);
  g_assert_cmpstr (rd_start_page_get_amendments_text (page), ==, "Amendments (2): A_80_L.19.en.pdf, A_80_L.20.en.pdf");
  g_assert_true (rd_start_page_can_compare (page));
  rd_test_gtk_snapshot (window, "amendments-start-page");

  rd_start_page_compare (page);
  g_assert_true (wait_until (rd_test_gtk_view_built, window));
  rd_test_gtk_settle ();
  assert_l18_amended (window);
  g_assert_cmpuint (rd_inputs_get_n (rd_window_get_inputs (window)), ==, 3);

  /* Cleared: a draft alone cannot be compared. */
  rd_start_page_set_file (page, TRUE, NULL);
  rd_start_page_clear_amendments (page);
  g_assert_cmpuint (rd_start_page_get_n_amendments (page), ==, 0);
  g_assert_false (rd_start_page_can_compare (page));

  gtk_widget_destroy (GTK_WIDGET (window));
}

/* An amendment to another draft among the files: the error bar names the
 * draft it amends, nothing is shown, the window stays. */
static void
test_amendment_to_other_draft (void)
{
  g_autoptr (GFile) draft = rd_test_corpus_file ("A_80_L.25.en.pdf");
  g_autoptr (GFile) right = rd_test_corpus_file ("A_80_L.30.en.pdf");
  g_autoptr (GFile) wrong = rd_test_corpus_file ("A_80_L.19.en.pdf");
  g_autoptr (RdInputs) inputs = rd_inputs_new ();
  RdWindow *window = new_window ();
  const char *message;

  rd_inputs_add_file (inputs, draft);
  rd_inputs_add_file (inputs, right);
  rd_inputs_add_file (inputs, wrong);
  rd_window_open_inputs (window, inputs);
  g_assert_true (wait_until (rd_test_gtk_load_finished, window));
  rd_test_gtk_settle ();
  rd_test_gtk_snapshot (window, "amendments-wrong-draft");

  message = rd_window_get_error_message (window);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "A/80/L.18"));
  g_assert_null (rd_window_get_comparison (window));
  g_assert_null (rd_series_bar_get_message (rd_window_get_series_bar (window)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  /* The files stay chosen on the start page, to replace the wrong one. */
  g_assert_cmpuint (rd_start_page_get_n_amendments (RD_START_PAGE (rd_window_get_start_page (window))), ==, 2);
  g_assert_true (g_file_equal (rd_start_page_get_file (RD_START_PAGE (rd_window_get_start_page (window)), FALSE), draft));

  gtk_widget_destroy (GTK_WIDGET (window));
}

/* Symbols */

/* Two symbols, as a launcher gives them: GApplication::open with the
 * symbols as files of their own scheme; fetched in the window from the
 * test server, then compared. */
static void
test_open_symbols (void)
{
  g_autoptr (RdTestServer) server = rd_test_server_new ();
  g_autofree char *old_uri = rd_inputs_symbol_uri_for_argument ("A/C.3/80/L.4");
  g_autofree char *new_uri = rd_inputs_symbol_uri_for_argument ("A/RES/80/228");
  g_autofree char *not_symbol = rd_inputs_symbol_uri_for_argument ("draft.pdf");
  GFile *files[2];
  GList *windows;
  RdWindow *window;
  RdInputs *inputs;
  RdComparison *comparison;

  rd_test_server_setenv (server);
  g_assert_null (not_symbol);
  g_assert_nonnull (old_uri);
  files[0] = g_file_new_for_commandline_arg (old_uri);
  files[1] = g_file_new_for_commandline_arg (new_uri);
  g_application_open (G_APPLICATION (application), files, 2, "");
  g_object_unref (files[0]);
  g_object_unref (files[1]);

  windows = gtk_application_get_windows (GTK_APPLICATION (application));
  g_assert_nonnull (windows);
  window = RD_WINDOW (windows->data);
  inputs = rd_window_get_inputs (window);
  g_assert_cmpuint (rd_inputs_get_n (inputs), ==, 2);
  g_assert_cmpstr (rd_inputs_get_symbol (inputs, 0), ==, "A/C.3/80/L.4");
  g_assert_cmpstr (rd_inputs_get_symbol (inputs, 1), ==, "A/RES/80/228");
  g_assert_true (rd_window_get_loading (window));

  g_assert_true (wait_until (rd_test_gtk_view_built, window));
  rd_test_gtk_settle ();
  g_assert_null (rd_window_get_error_message (window));
  comparison = rd_window_get_comparison (window);
  g_assert_cmpstr (rd_document_get_symbol (rd_comparison_get_old (comparison)), ==, "A/C.3/80/L.4");
  g_assert_cmpstr (rd_document_get_symbol (rd_comparison_get_new (comparison)), ==, "A/RES/80/228");
  g_assert_cmpuint (rd_test_server_get_n_requests (server), >, 0);
  /* The cached copies are the inputs' files now. */
  g_assert_nonnull (rd_inputs_get_file (inputs, 0));
  g_assert_true (g_str_has_prefix (g_file_peek_path (rd_inputs_get_file (inputs, 0)), cache_home));
  /* The two are versions of a longer series (the records link L.4, its
   * Rev.1 and the resolution): offered, the pair shown chosen. */
  g_assert_true (wait_until (series_offered, window));
  g_assert_cmpstr (rd_series_bar_get_message (rd_window_get_series_bar (window)), ==, "A series of 3 versions. Compare");
  g_assert_cmpuint (rd_inputs_get_n (rd_window_get_inputs (window)), ==, 2);
  rd_test_gtk_snapshot (window, "symbols-pair");

  gtk_widget_destroy (GTK_WIDGET (window));
}

/* A symbol the document system does not know: the error bar names it. */
static void
test_unknown_symbol (void)
{
  g_autoptr (RdTestServer) server = rd_test_server_new ();
  g_autoptr (RdInputs) inputs = rd_inputs_new ();
  RdWindow *window = new_window ();
  const char *message;

  rd_test_server_setenv (server);
  rd_inputs_add_symbol (inputs, "A/C.3/80/L.4");
  rd_inputs_add_symbol (inputs, "A/80/L.999");
  rd_window_open_inputs (window, inputs);
  g_assert_true (wait_until (rd_test_gtk_load_finished, window));
  rd_test_gtk_settle ();
  rd_test_gtk_snapshot (window, "symbols-unknown");

  message = rd_window_get_error_message (window);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "A/80/L.999"));
  g_assert_null (rd_window_get_comparison (window));

  gtk_widget_destroy (GTK_WIDGET (window));
}

/* A slow answer: the loading page says what is fetched; Cancel goes back
 * to the start page without an error. */
static void
test_fetch_progress_and_cancel (void)
{
  g_autoptr (RdTestServer) server = rd_test_server_new ();
  g_autoptr (RdInputs) inputs = rd_inputs_new ();
  RdWindow *window = new_window ();

  rd_test_server_setenv (server);
  rd_inputs_add_symbol (inputs, "A/C.3/80/L.4");
  rd_inputs_add_symbol (inputs, "A/80/L.991");
  rd_window_open_inputs (window, inputs);
  g_assert_true (rd_window_get_loading (window));
  g_assert_true (wait_until (fetching_shown, window));
  rd_test_gtk_snapshot (window, "symbols-fetching");

  g_assert_true (rd_window_get_loading (window));
  rd_window_cancel (window);
  g_assert_false (rd_window_get_loading (window));
  g_assert_null (rd_window_get_comparison (window));
  rd_test_gtk_settle ();
  g_assert_null (rd_window_get_error_message (window));
  g_assert_null (rd_window_get_comparison (window));
  g_assert_cmpstr (rd_window_get_loading_text (window), ==, "Reading and comparing…");

  gtk_widget_destroy (GTK_WIDGET (window));
}

/* Three versions of one draft: the last step shown, the series offered,
 * another pair chosen from it. */
static void
test_series_of_symbols (void)
{
  g_autoptr (RdTestServer) server = rd_test_server_new ();
  g_autoptr (RdInputs) inputs = rd_inputs_new ();
  RdWindow *window = new_window ();
  RdSeriesBar *bar = rd_window_get_series_bar (window);
  RdComparison *comparison;

  rd_test_server_setenv (server);
  rd_inputs_add_symbol (inputs, "A/C.3/80/L.4");
  rd_inputs_add_symbol (inputs, "A/C.3/80/L.4/Rev.1");
  rd_inputs_add_symbol (inputs, "A/RES/80/228");
  rd_window_open_inputs (window, inputs);
  g_assert_true (wait_until (rd_test_gtk_view_built, window));
  rd_test_gtk_settle ();
  rd_test_gtk_snapshot (window, "series-bar");

  g_assert_null (rd_window_get_error_message (window));
  g_assert_cmpstr (rd_series_bar_get_message (bar), ==, "A series of 3 versions. Compare");
  g_assert_cmpuint (rd_inputs_get_n (rd_window_get_inputs (window)), ==, 2);
  g_assert_cmpstr (rd_inputs_get_symbol (rd_window_get_inputs (window), 0), ==, "A/C.3/80/L.4/Rev.1");
  g_assert_cmpstr (rd_inputs_get_symbol (rd_window_get_inputs (window), 1), ==, "A/RES/80/228");
  comparison = rd_window_get_comparison (window);
  g_assert_cmpstr (rd_document_get_symbol (rd_comparison_get_new (comparison)), ==, "A/RES/80/228");

  /* The first to the last version, chosen in the bar. */
  rd_series_bar_compare (bar, 0, 2);
  g_assert_true (wait_until (rd_test_gtk_view_built, window));
  rd_test_gtk_settle ();
  g_assert_cmpstr (rd_inputs_get_symbol (rd_window_get_inputs (window), 0), ==, "A/C.3/80/L.4");
  g_assert_cmpstr (rd_inputs_get_symbol (rd_window_get_inputs (window), 1), ==, "A/RES/80/228");
  comparison = rd_window_get_comparison (window);
  g_assert_cmpstr (rd_document_get_symbol (rd_comparison_get_old (comparison)), ==, "A/C.3/80/L.4");
  /* Still offered. */
  g_assert_nonnull (rd_series_bar_get_message (bar));

  gtk_widget_destroy (GTK_WIDGET (window));
}

/* One symbol: its series found through the records, and opened. */
static void
test_one_symbol_series (void)
{
  g_autoptr (RdTestServer) server = rd_test_server_new ();
  g_autofree char *uri = rd_inputs_symbol_uri_for_argument ("A/C.3/80/L.4");
  g_autoptr (GFile) file = NULL;
  RdWindow *window;

  rd_test_server_setenv (server);
  file = g_file_new_for_commandline_arg (uri);
  g_application_open (G_APPLICATION (application), &file, 1, "");
  window = RD_WINDOW (gtk_application_get_windows (GTK_APPLICATION (application))->data);
  g_assert_true (rd_window_get_loading (window));
  g_assert_cmpstr (rd_window_get_loading_text (window), ==, "Finding the versions of A/C.3/80/L.4…");
  g_assert_true (wait_until (rd_test_gtk_load_finished, window));
  g_assert_cmpstr (rd_window_get_error_message (window), ==, NULL);
  g_assert_true (wait_until (rd_test_gtk_view_built, window));
  rd_test_gtk_settle ();

  g_assert_cmpstr (rd_series_bar_get_message (rd_window_get_series_bar (window)), ==, "A series of 3 versions. Compare");
  g_assert_cmpstr (rd_inputs_get_symbol (rd_window_get_inputs (window), 1), ==, "A/RES/80/228");

  gtk_widget_destroy (GTK_WIDGET (window));
}

/* The program's standard output for @args (NULL-terminated), exit status
 * in @status.  (rd-test-spawn.h's RdRun is also the presentation's run,
 * which the window's headers bring.) */
static char *
run_program (int *status,
             const char *const *args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("RESDIFF_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_nonnull (g_ptr_array_index (argv, 0));
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &wait_status, &error));
  g_assert_no_error (error);
  *status = g_spawn_check_wait_status (wait_status, NULL) ? 0 : WEXITSTATUS (wait_status);
  return out;
}

/* A pair opened in the window is read as the program reads it on the
 * command line (both through rd-read-job.h): the same names and
 * paragraphs, the same number of changes. */
static void
test_files_as_program (void)
{
  g_autoptr (GFile) old_file = rd_test_corpus_file ("A_80_L.18.en.pdf");
  g_autoptr (GFile) new_file = rd_test_corpus_file ("A_RES_80_112.en.pdf");
  g_autofree char *old_path = g_file_get_path (old_file);
  g_autofree char *new_path = g_file_get_path (new_file);
  const char *paths[] = { old_path, new_path };
  const char *compare_args[] = { "--format=json", old_path, new_path, NULL };
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char *compared = NULL;
  g_autoptr (GError) error = NULL;
  RdWindow *window = new_window ();
  RdComparison *comparison;
  int status = 0;

  rd_window_open_files (window, old_file, new_file);
  g_assert_true (wait_until (rd_test_gtk_load_finished, window));
  g_assert_null (rd_window_get_error_message (window));
  comparison = rd_window_get_comparison (window);
  g_assert_nonnull (comparison);

  compared = run_program (&status, compare_args);
  g_assert_cmpint (status, ==, rd_comparison_has_differences (comparison) ? 1 : 0);
  g_assert_true (json_parser_load_from_data (parser, compared, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "changes")), ==,
                    rd_comparison_get_changes (comparison)->len);
  for (guint i = 0; i < 2; i++)
    {
      RdDocument *document = i == 0 ? rd_comparison_get_old (comparison) : rd_comparison_get_new (comparison);
      const char *structure_args[] = { "--structure", paths[i], NULL };
      g_autoptr (JsonParser) structure_parser = json_parser_new ();
      g_autofree char *structure = run_program (&status, structure_args);
      JsonObject *read;

      g_assert_cmpint (status, ==, 0);
      g_assert_true (json_parser_load_from_data (structure_parser, structure, -1, &error));
      g_assert_no_error (error);
      read = json_node_get_object (json_parser_get_root (structure_parser));
      g_assert_cmpstr (json_object_get_string_member (read, "file"), ==, rd_document_get_file (document));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (read, "paragraphs")), ==, rd_document_get_paragraphs (document)->len);
      g_assert_cmpuint (rd_document_get_paragraphs (document)->len, >, 10);
    }
  gtk_widget_destroy (GTK_WIDGET (window));
}

int
main (int argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("resdiff-gui-XXXXXX", NULL);
  g_autoptr (GError) error = NULL;
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("GTK_CSD", "0", TRUE);
  /* The test server is on 127.0.0.1: no proxy between. */
  g_unsetenv ("http_proxy");
  g_unsetenv ("HTTP_PROXY");
  g_unsetenv ("all_proxy");
  g_unsetenv ("ALL_PROXY");
  cache_home = rd_test_make_temp_dir ();
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  /* As rd_test_gtk_init () does: no OpenGL. */
  g_setenv ("GDK_GL", "disable", TRUE);

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

  rd_test_add_pdf_func ("/window-inputs/amendments/several", test_several_amendments);
  rd_test_add_pdf_func ("/window-inputs/amendments/start-page", test_start_page_amendments);
  rd_test_add_pdf_func ("/window-inputs/amendments/other-draft", test_amendment_to_other_draft);
  rd_test_add_pdf_func ("/window-inputs/symbols/open", test_open_symbols);
  rd_test_add_pdf_func ("/window-inputs/symbols/unknown", test_unknown_symbol);
  rd_test_add_pdf_func ("/window-inputs/symbols/progress-cancel", test_fetch_progress_and_cancel);
  rd_test_add_pdf_func ("/window-inputs/series/symbols", test_series_of_symbols);
  rd_test_add_pdf_func ("/window-inputs/series/one-symbol", test_one_symbol_series);
  rd_test_add_pdf_func ("/window-inputs/files/as-program", test_files_as_program);

  status = g_test_run ();
  g_object_unref (application);
  rd_test_remove_tree (cache_home);
  rd_test_remove_tree (data_home);
  return status;
}
