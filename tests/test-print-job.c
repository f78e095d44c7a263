/* test-print-job.c: RdPrintJob's GtkPrintOperation, exporting a PDF
 * without a dialog, and the page setup remembered between runs (under
 * Xvfb; skipped without a display)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "rd-print-content.h"
#include "rd-print-job.h"
#include "rd-print-preview.h"
#include "rd-test-gtk.h"
#include "rd-test-pdf.h"

#define LETTER_SHORT 612.0
#define LETTER_LONG 792.0
#define SIZE_SLACK 0.5

static gboolean have_display;
/* XDG_CONFIG_HOME for the whole run: a temporary folder, so the user's
 * own print settings are never read or written. */
static char *config_home;

typedef struct
{
  char *dir;
  char *out_path;
  RdComparison *comparison;
} Fixture;

static void
fixture_setup (Fixture *fixture,
               gconstpointer data)
{
  g_autoptr (RdSeed) old_seed = NULL;
  g_autoptr (RdSeed) new_seed = NULL;
  g_autofree char *settings_path = rd_print_job_get_settings_path ();

  /* Each test starts with nothing remembered. */
  g_remove (settings_path);
  fixture->dir = g_dir_make_tmp ("resdiff-print-job-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  fixture->out_path = g_build_filename (fixture->dir, "out.pdf", NULL);
  rd_test_print_pair (&old_seed, &new_seed);
  fixture->comparison = rd_seed_compare (old_seed, new_seed);
}

static void
fixture_teardown (Fixture *fixture,
                  gconstpointer data)
{
  rd_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->out_path);
  g_clear_object (&fixture->comparison);
}

static gboolean
can_run (void)
{
  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return FALSE;
    }
  return rd_test_have_poppler_utils ();
}

static void export(Fixture *fixture,
                   RdPrintJob *job)
{
  g_autoptr (GError) error = NULL;
  GtkPrintOperationResult result;

  rd_print_job_set_export_filename (job, fixture->out_path);
  result = rd_print_job_run (job, NULL, GTK_PRINT_OPERATION_ACTION_EXPORT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_test (fixture->out_path, G_FILE_TEST_IS_REGULAR));
}

/* GTK_PRINT_OPERATION_ACTION_EXPORT: the compositor's pages through
 * GtkPrintOperation, no dialog; nothing is remembered from an export. */
static void
test_export_redline (Fixture *fixture,
                     gconstpointer data)
{
  g_autoptr (RdPrintJob) job = NULL;
  g_autofree char *settings_path = rd_print_job_get_settings_path ();
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *page_one = NULL;
  double width = 0.0;
  double height = 0.0;
  guint pages;

  if (!can_run ())
    return;

  job = rd_print_job_new (fixture->comparison, RD_LAYOUT_REDLINE);
  g_assert_cmpint (gtk_page_setup_get_orientation (rd_print_job_get_page_setup (job)), ==, GTK_PAGE_ORIENTATION_PORTRAIT);
  export(fixture, job);

  pages = rd_test_pdf_pages (fixture->out_path);
  g_assert_cmpuint (pages, >=, 4);
  g_assert_cmpuint (pages, <=, 12);
  rd_test_pdf_page_size (fixture->out_path, &width, &height);
  g_assert_cmpfloat (width, <, height);

  first = rd_test_pdf_text (fixture->out_path, 1, 1);
  page_one = g_strdup_printf ("page 1 of %u", pages);
  g_assert_nonnull (strstr (first, page_one));
  g_assert_nonnull (strstr (first, "A/C.3/68/L.4 → A/C.3/68/L.4/Rev.1"));
  g_assert_nonnull (strstr (first, "Legend"));
  text = rd_test_pdf_text (fixture->out_path, 0, 0);
  g_assert_nonnull (strstr (text, "OP 9, modified, Invites → Encourages"));
  g_assert_nonnull (strstr (text, "new OP 16, moved from old OP 14, page"));

  g_assert_false (g_file_test (settings_path, G_FILE_TEST_EXISTS));
}

static RdPrintPreview *
find_preview (void)
{
  g_autoptr (GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (RD_IS_PRINT_PREVIEW (l->data))
      return l->data;
  return NULL;
}

static gboolean
preview_ready (gpointer data)
{
  RdPrintPreview *preview = find_preview ();

  return preview != NULL && rd_print_preview_get_n_pages (preview) > 0;
}

/* Counts the pixels that are not white, well away from the page's edge. */
static guint
ink_in (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  guint ink = 0;

  cairo_surface_flush (surface);
  for (int y = height / 4; y < 3 * height / 4; y++)
    for (int x = width / 4; x < 3 * width / 4; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
        if ((pixel & 0xFFFFFF) != 0xFFFFFF)
          ink++;
      }
  return ink;
}

/* With RESDIFF_TEST_SHOTS, a picture of @window to look at. */
static void
snapshot_window (GtkWidget *window,
                 const char *name)
{
  const char *dir = g_getenv ("RESDIFF_TEST_SHOTS");
  GdkWindow *gdk_window = gtk_widget_get_window (window);
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  if (dir == NULL || gdk_window == NULL)
    return;
  /* Drawn once at its new size. */
  while (g_get_monotonic_time () < deadline)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  pixbuf = gdk_pixbuf_get_from_window (gdk_window, 0, 0, gdk_window_get_width (gdk_window), gdk_window_get_height (gdk_window));
  file_name = g_strconcat (name, g_strcmp0 (g_getenv ("GTK_THEME"), "Adwaita:dark") == 0 ? "-dark" : "", ".png", NULL);
  path = g_build_filename (dir, file_name, NULL);
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "png", NULL, NULL));
}

/* The job's preview window, once its pages are counted. */
static RdPrintPreview *
run_preview (RdPrintJob *job)
{
  g_autoptr (GError) error = NULL;
  gint64 deadline;

  rd_print_job_run (job, NULL, GTK_PRINT_OPERATION_ACTION_PREVIEW, &error);
  g_assert_no_error (error);
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (!preview_ready (NULL) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (find_preview ());
  return find_preview ();
}

static void
close_preview (RdPrintPreview *preview)
{
  gtk_widget_destroy (GTK_WIDGET (preview));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (find_preview ());
}

/* Print Preview shows what "Show only changes" prints: the unchanged
 * paragraphs folded, fewer pages. */
static void
test_preview_changes_only (Fixture *fixture,
                           gconstpointer data)
{
  g_autoptr (RdPrintJob) whole_job = NULL;
  g_autoptr (RdPrintJob) folded_job = NULL;
  RdPrintPreview *preview;
  guint whole, folded;

  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }

  whole_job = rd_print_job_new (fixture->comparison, RD_LAYOUT_REDLINE);
  preview = run_preview (whole_job);
  whole = rd_print_preview_get_n_pages (preview);
  close_preview (preview);

  folded_job = rd_print_job_new (fixture->comparison, RD_LAYOUT_REDLINE);
  rd_print_job_set_options (folded_job, TRUE, FALSE, FALSE);
  preview = run_preview (folded_job);
  folded = rd_print_preview_get_n_pages (preview);
  g_test_message ("preview: %u pages whole, %u with only the changes", whole, folded);
  g_assert_cmpuint (folded, >=, 1);
  g_assert_cmpuint (folded, <, whole);
  close_preview (preview);
}

/* Print Preview: our own window (GTK's outside previewer may be missing),
 * the pages drawn by the job through GtkPrintOperationPreview. */
static void
test_preview (Fixture *fixture,
              gconstpointer data)
{
  g_autoptr (RdPrintJob) job = NULL;
  g_autoptr (GError) error = NULL;
  RdPrintPreview *preview;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;
  gint64 deadline;

  if (!have_display)
    {
      g_test_skip ("no display (run under xvfb-run)");
      return;
    }

  job = rd_print_job_new (fixture->comparison, RD_LAYOUT_REDLINE);
  rd_print_job_run (job, NULL, GTK_PRINT_OPERATION_ACTION_PREVIEW, &error);
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (!preview_ready (NULL) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  preview = find_preview ();
  g_assert_nonnull (preview);
  n_pages = rd_print_preview_get_n_pages (preview);
  g_assert_cmpuint (n_pages, >=, 4);
  g_assert_cmpuint (rd_print_preview_get_current_page (preview), ==, 0);

  /* Page two, drawn: text on a white sheet. */
  rd_print_preview_set_current_page (preview, 1);
  /* Let it be laid out and drawn once. */
  deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < deadline)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, gtk_widget_get_allocated_width (GTK_WIDGET (preview)), gtk_widget_get_allocated_height (GTK_WIDGET (preview)));
  cr = cairo_create (surface);
  gtk_widget_draw (GTK_WIDGET (preview), cr);
  cairo_destroy (cr);
  g_assert_cmpuint (ink_in (surface), >, 1000);
  cairo_surface_destroy (surface);

  /* Zoom: twice the whole page, the sheet larger than the window (it
   * scrolls); never below the whole page. */
  {
    GtkWidget *drawing = NULL;
    int window_height = gtk_widget_get_allocated_height (GTK_WIDGET (preview));
    int requested = 0;

    g_assert_cmpfloat (rd_print_preview_get_zoom (preview), ==, 1.0);
    rd_print_preview_set_zoom (preview, 2.0);
    g_assert_cmpfloat (rd_print_preview_get_zoom (preview), ==, 2.0);
    drawing = gtk_bin_get_child (GTK_BIN (gtk_bin_get_child (GTK_BIN (preview))));
    if (GTK_IS_VIEWPORT (drawing))
      drawing = gtk_bin_get_child (GTK_BIN (drawing));
    gtk_widget_get_size_request (drawing, NULL, &requested);
    g_assert_cmpint (requested, >, window_height);
    rd_print_preview_set_zoom (preview, 0.1);
    g_assert_cmpfloat (rd_print_preview_get_zoom (preview), ==, 1.0);

    /* The keys, as in the window: Ctrl+plus, Ctrl+minus, Ctrl+0. */
    rd_test_gtk_send_key (GTK_WIDGET (preview), GDK_KEY_plus, GDK_CONTROL_MASK);
    rd_test_gtk_send_key (GTK_WIDGET (preview), GDK_KEY_plus, GDK_CONTROL_MASK);
    g_assert_cmpfloat (fabs (rd_print_preview_get_zoom (preview) - 1.5625), <, 1e-9);
    snapshot_window (GTK_WIDGET (preview), "print-preview-zoomed");
    rd_test_gtk_send_key (GTK_WIDGET (preview), GDK_KEY_minus, GDK_CONTROL_MASK);
    g_assert_cmpfloat (fabs (rd_print_preview_get_zoom (preview) - 1.25), <, 1e-9);
    rd_test_gtk_send_key (GTK_WIDGET (preview), GDK_KEY_0, GDK_CONTROL_MASK);
    g_assert_cmpfloat (rd_print_preview_get_zoom (preview), ==, 1.0);
  }

  /* Never past the last page. */
  rd_print_preview_set_current_page (preview, n_pages + 5);
  g_assert_cmpuint (rd_print_preview_get_current_page (preview), ==, n_pages - 1);

  /* Closing ends the preview and the job's run. */
  gtk_widget_destroy (GTK_WIDGET (preview));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (find_preview ());
}

static void
test_export_side_by_side (Fixture *fixture,
                          gconstpointer data)
{
  g_autoptr (RdPrintJob) job = NULL;
  g_autofree char *text = NULL;
  double width = 0.0;
  double height = 0.0;

  if (!can_run ())
    return;

  job = rd_print_job_new (fixture->comparison, RD_LAYOUT_SIDE_BY_SIDE);
  g_assert_cmpint (gtk_page_setup_get_orientation (rd_print_job_get_page_setup (job)), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
  export(fixture, job);

  rd_test_pdf_page_size (fixture->out_path, &width, &height);
  g_assert_cmpfloat (width, >, height);
  text = rd_test_pdf_text (fixture->out_path, 0, 0);
  g_assert_nonnull (strstr (text, "Earlier: A/C.3/68/L.4"));
  g_assert_nonnull (strstr (text, "Later: A/C.3/68/L.4/Rev.1"));
}

/* The page setup saved by one run is the next run's, per layout for the
 * orientation, in a key file under the user's configuration folder. */
static void
test_remembered_settings (Fixture *fixture,
                          gconstpointer data)
{
  g_autofree char *settings_path = rd_print_job_get_settings_path ();
  g_autoptr (RdPrintJob) first = NULL;
  g_autoptr (RdPrintJob) second = NULL;
  g_autoptr (RdPrintJob) side_by_side = NULL;
  g_autoptr (GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *orientation = NULL;
  GtkPageSetup *page_setup;
  double width = 0.0;
  double height = 0.0;

  if (!can_run ())
    return;

  /* The temporary configuration folder of this run. */
  g_assert_true (g_str_has_prefix (settings_path, config_home));
  g_assert_false (g_file_test (settings_path, G_FILE_TEST_EXISTS));

  first = rd_print_job_new (fixture->comparison, RD_LAYOUT_REDLINE);
  gtk_page_setup_set_paper_size_and_default_margins (rd_print_job_get_page_setup (first), letter);
  gtk_print_settings_set_n_copies (rd_print_job_get_print_settings (first), 3);
  g_assert_true (rd_print_job_save_settings (first, &error));
  g_assert_no_error (error);

  g_assert_true (g_key_file_load_from_file (key_file, settings_path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  g_assert_true (g_key_file_has_group (key_file, "Print Settings"));
  g_assert_true (g_key_file_has_group (key_file, "Page Setup"));
  orientation = g_key_file_get_string (key_file, "Layouts", "redline-orientation", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (orientation, ==, "portrait");

  /* The next run starts from them, and prints on them. */
  second = rd_print_job_new (fixture->comparison, RD_LAYOUT_REDLINE);
  page_setup = rd_print_job_get_page_setup (second);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (page_setup)), ==, GTK_PAPER_NAME_LETTER);
  g_assert_cmpint (gtk_print_settings_get_n_copies (rd_print_job_get_print_settings (second)), ==, 3);
  export(fixture, second);
  rd_test_pdf_page_size (fixture->out_path, &width, &height);
  g_assert_cmpfloat (fabs (width - LETTER_SHORT), <, SIZE_SLACK);
  g_assert_cmpfloat (fabs (height - LETTER_LONG), <, SIZE_SLACK);

  /* Side by side keeps the paper but turns it. */
  side_by_side = rd_print_job_new (fixture->comparison, RD_LAYOUT_SIDE_BY_SIDE);
  page_setup = rd_print_job_get_page_setup (side_by_side);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (page_setup)), ==, GTK_PAPER_NAME_LETTER);
  g_assert_cmpint (gtk_page_setup_get_orientation (page_setup), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
}

/* Export PDF as the window does it: no dialog, saved safely, an input
 * refused. */
static void
test_export_pdf_helper (Fixture *fixture,
                        gconstpointer data)
{
  g_autoptr (GFile) output = g_file_new_for_path (fixture->out_path);
  g_autoptr (GFile) old_file = NULL;
  g_autoptr (GFile) new_file = NULL;
  g_autoptr (RdDocument) old_document = NULL;
  g_autoptr (RdDocument) new_document = NULL;
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *old_path = NULL;
  g_autofree char *new_path = NULL;

  if (!can_run ())
    return;

  rd_test_write_print_pair (fixture->dir, &old_path, &new_path);
  old_file = g_file_new_for_path (old_path);
  new_file = g_file_new_for_path (new_path);
  old_document = rd_document_load (old_file, NULL, &error);
  g_assert_no_error (error);
  new_document = rd_document_load (new_file, NULL, &error);
  g_assert_no_error (error);
  comparison = rd_comparison_new (old_document, new_document, NULL);

  g_assert_true (rd_print_job_export_pdf (comparison, RD_LAYOUT_REDLINE, output, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rd_test_pdf_pages (fixture->out_path), >=, 4);

  g_assert_false (rd_print_job_export_pdf (comparison, RD_LAYOUT_REDLINE, old_file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "old.txt"));
}

/* The places a moved paragraph's note names ("old OP 14") never break
 * between the label and the number; the page comes whole. */
static void
test_ref_nonbreaking (void)
{
  RdPrintCell from = { .ref = RD_PRINT_REF_MOVED_FROM, .ref_prefix = (char *) "new OP 16", .ref_label = (char *) "old PP 47" };
  RdPrintCell to = { .ref = RD_PRINT_REF_MOVED_TO, .ref_prefix = (char *) "old PP 47", .ref_label = (char *) "new OP 16" };
  g_autofree char *from_text = rd_print_cell_format_ref (&from, 3);
  g_autofree char *to_text = rd_print_cell_format_ref (&to, 5);

  g_assert_cmpstr (from_text, ==, "new\u00a0OP\u00a016, moved from old\u00a0PP\u00a047, page 3");
  g_assert_cmpstr (to_text, ==, "old\u00a0PP\u00a047 moved to new\u00a0OP\u00a016, page 5");
}

/* The bar beside a change, one mapping for the pair's and the series'
 * pages (rd-print-text.c): inserted, deleted and moved have their inks,
 * every other change the changed one. */
static void
test_change_bar_ink (void)
{
  g_assert_cmpint (rd_print_ink_for_change (RD_CHANGE_INSERTED), ==, RD_PRINT_INK_INSERTED);
  g_assert_cmpint (rd_print_ink_for_change (RD_CHANGE_DELETED), ==, RD_PRINT_INK_DELETED);
  g_assert_cmpint (rd_print_ink_for_change (RD_CHANGE_MOVED), ==, RD_PRINT_INK_MOVED);
  g_assert_cmpint (rd_print_ink_for_change (RD_CHANGE_MODIFIED), ==, RD_PRINT_INK_CHANGED);
  g_assert_cmpint (rd_print_ink_for_change (RD_CHANGE_SPLIT), ==, RD_PRINT_INK_CHANGED);
  g_assert_cmpint (rd_print_ink_for_change (RD_CHANGE_MERGED), ==, RD_PRINT_INK_CHANGED);
  g_assert_cmpint (rd_print_ink_for_change (RD_CHANGE_UNCHANGED), ==, RD_PRINT_INK_CHANGED);
}

int
main (int argc,
      char *argv[])
{
  g_autofree char *settings_path = NULL;
  g_autofree char *settings_dir = NULL;
  int status;

  /* Not G_TEST_OPTION_ISOLATE_DIRS: GLib 2.74 leaks the folder names it
   * sets for each test, which LeakSanitizer reports. */
  config_home = g_dir_make_tmp ("resdiff-print-job-config-XXXXXX", NULL);
  g_assert_nonnull (config_home);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);

  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check (&argc, &argv);

  g_test_add ("/print-job/export/redline", Fixture, NULL, fixture_setup, test_export_redline, fixture_teardown);
  g_test_add ("/print-job/export/side-by-side", Fixture, NULL, fixture_setup, test_export_side_by_side, fixture_teardown);
  g_test_add ("/print-job/remembered-settings", Fixture, NULL, fixture_setup, test_remembered_settings, fixture_teardown);
  g_test_add ("/print-job/export-pdf-helper", Fixture, NULL, fixture_setup, test_export_pdf_helper, fixture_teardown);
  g_test_add_func ("/print-job/ref-nonbreaking", test_ref_nonbreaking);
  g_test_add_func ("/print-job/change-bar-ink", test_change_bar_ink);
  g_test_add ("/print-job/preview/changes-only", Fixture, NULL, fixture_setup, test_preview_changes_only, fixture_teardown);
  g_test_add ("/print-job/preview", Fixture, NULL, fixture_setup, test_preview, fixture_teardown);

  status = g_test_run ();

  settings_path = rd_print_job_get_settings_path ();
  settings_dir = g_path_get_dirname (settings_path);
  g_remove (settings_path);
  g_rmdir (settings_dir);
  g_rmdir (config_home);
  g_free (config_home);
  return status;
}
