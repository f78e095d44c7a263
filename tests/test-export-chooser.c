/* test-export-chooser.c: the window's save dialogs for its exports
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A test program of its own: GTK's file chooser takes GLib's quark table
 * past its first block, which GLib drops by design; the sanitizer run
 * needs whole stacks to see that it came from a library's constructor
 * (build-aux/lsan.supp), and whole stacks are slow for the window's
 * other tests.
 */

#include "config.h"

#include <gtk/gtk.h>

#include "rd-export-chooser.h"
#include "rd-test-gtk.h"

/* The four exports are one table (rd-export-chooser.c): each action
 * names its export, and each export's save dialog has its title, filter
 * and suggested name; anything else is no export. */
static void
test_export_choosers (void)
{
  static const struct
  {
    const char *action;
    RdWindowExport kind;
    const char *title;
    const char *filter;
    const char *suggested;
  } cases[] = {
    { "save-html", RD_WINDOW_EXPORT_HTML, "Save as HTML", "Web pages", "draft-rev1 (changes).html" },
    { "export-pdf", RD_WINDOW_EXPORT_PDF, "Export PDF", "PDF documents", "draft-rev1 (changes).pdf" },
    { "save-word", RD_WINDOW_EXPORT_DOCX, "Save as Word", "Word documents", "draft-rev1 (changes).docx" },
    { "save-odt", RD_WINDOW_EXPORT_ODT, "Save as OpenDocument", "OpenDocument texts", "draft-rev1 (changes).odt" },
  };
  /* In a folder that exists: the dialog reads it. */
  g_autoptr (GFile) later = g_file_new_build_filename (g_get_tmp_dir (), "draft-rev1.docx", NULL);
  RdWindowExport kind = RD_WINDOW_EXPORT_HTML;

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GtkFileChooserNative) chooser = NULL;
      g_autofree char *current_name = NULL;
      GtkFileFilter *filter;

      g_assert_true (rd_export_chooser_kind_for_action (cases[i].action, &kind));
      g_assert_cmpint (kind, ==, cases[i].kind);
      chooser = rd_export_chooser_new (NULL, kind, later);
      g_assert_cmpstr (gtk_native_dialog_get_title (GTK_NATIVE_DIALOG (chooser)), ==, cases[i].title);
      filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
      g_assert_nonnull (filter);
      g_assert_cmpstr (gtk_file_filter_get_name (filter), ==, cases[i].filter);
      current_name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
      g_assert_cmpstr (current_name, ==, cases[i].suggested);
      /* Its folder read while it lives, then gone. */
      rd_test_gtk_settle ();
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
    }
  kind = RD_WINDOW_EXPORT_ODT;
  g_assert_false (rd_export_chooser_kind_for_action ("print", &kind));
  g_assert_false (rd_export_chooser_kind_for_action ("save", &kind));
  g_assert_false (rd_export_chooser_kind_for_action ("", &kind));
  g_assert_cmpint (kind, ==, RD_WINDOW_EXPORT_ODT);
}

int
main (int argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;

  if (!rd_test_gtk_init (&argc, &argv, &data_home))
    return 77;

  g_test_add_func ("/window/export/choosers", test_export_choosers);

  return g_test_run ();
}
