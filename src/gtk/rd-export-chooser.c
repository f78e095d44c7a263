/* rd-export-chooser.c: where to save an export of the comparison
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-export-chooser.h"

#include <glib/gi18n.h>
#include <string.h>

/* Static helpers */

static GtkFileChooserNative *
chooser_new (GtkWindow *parent,
             const char *title,
             const char *accept,
             const char *filter_name,
             const char *extension,
             GFile *later_version)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *basename = NULL;
  g_autofree char *suggested = NULL;
  char *dot;

  g_return_val_if_fail (G_IS_FILE (later_version), NULL);

  g_autofree char *pattern = g_strconcat ("*.", extension, NULL);

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE, accept, _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_do_overwrite_confirmation (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* "draft-rev1.docx" → "draft-rev1 (changes).html", beside the later
   * version. */
  basename = g_file_get_basename (later_version);
  dot = strrchr (basename, '.');
  if (dot != NULL && dot != basename)
    *dot = '\0';
  /* TRANSLATORS: the suggested file name: the later version's name, then
   * what the file holds */
  suggested = g_strdup_printf (_ ("%s (changes).%s"), basename, extension);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  {
    g_autoptr (GFile) folder = g_file_get_parent (later_version);

    if (folder != NULL)
      gtk_file_chooser_set_current_folder_file (GTK_FILE_CHOOSER (chooser), folder, NULL);
  }

  return chooser;
}

/* Public API */

GtkFileChooserNative *
rd_export_chooser_new (GtkWindow *parent,
                       gboolean pdf,
                       GFile *later_version)
{
  if (pdf)
    return chooser_new (parent, _ ("Export PDF"), _ ("_Export"), _ ("PDF documents"), "pdf", later_version);
  return chooser_new (parent, _ ("Save as HTML"), _ ("_Save"), _ ("Web pages"), "html", later_version);
}

GtkFileChooserNative *
rd_export_chooser_new_office (GtkWindow *parent,
                              gboolean odt,
                              GFile *later_version)
{
  if (odt)
    return chooser_new (parent, _ ("Save as OpenDocument"), _ ("_Save"), _ ("OpenDocument texts"), "odt", later_version);
  return chooser_new (parent, _ ("Save as Word"), _ ("_Save"), _ ("Word documents"), "docx", later_version);
}
