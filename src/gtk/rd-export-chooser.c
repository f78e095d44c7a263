/* rd-export-chooser.c: where to save an export of the comparison
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-export-chooser.h"

#include <glib/gi18n.h>
#include <string.h>

/* The window's exports, one row each: its action (win.NAME) and what its
 * save dialog says. */
typedef struct
{
  RdWindowExport kind;
  const char *action;
  const char *title;
  const char *accept;
  const char *filter_name;
  const char *extension;
} ExportTarget;

static const ExportTarget export_targets[] = {
  { RD_WINDOW_EXPORT_HTML, "save-html", N_ ("Save as HTML"), N_ ("_Save"), N_ ("Web pages"), "html" },
  { RD_WINDOW_EXPORT_PDF, "export-pdf", N_ ("Export PDF"), N_ ("_Export"), N_ ("PDF documents"), "pdf" },
  { RD_WINDOW_EXPORT_DOCX, "save-word", N_ ("Save as Word"), N_ ("_Save"), N_ ("Word documents"), "docx" },
  { RD_WINDOW_EXPORT_ODT, "save-odt", N_ ("Save as OpenDocument"), N_ ("_Save"), N_ ("OpenDocument texts"), "odt" },
};

static const ExportTarget *
export_target (RdWindowExport kind)
{
  for (gsize i = 0; i < G_N_ELEMENTS (export_targets); i++)
    if (export_targets[i].kind == kind)
      return &export_targets[i];
  return NULL;
}

/* Public API */

gboolean
rd_export_chooser_kind_for_action (const char *action,
                                   RdWindowExport *kind)
{
  g_return_val_if_fail (action != NULL, FALSE);

  for (gsize i = 0; i < G_N_ELEMENTS (export_targets); i++)
    if (strcmp (export_targets[i].action, action) == 0)
      {
        if (kind != NULL)
          *kind = export_targets[i].kind;
        return TRUE;
      }
  return FALSE;
}

GtkFileChooserNative *
rd_export_chooser_new (GtkWindow *parent,
                       RdWindowExport kind,
                       GFile *later_version)
{
  const ExportTarget *target = export_target (kind);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;
  g_autofree char *pattern = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *suggested = NULL;
  char *dot;

  g_return_val_if_fail (target != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (later_version), NULL);

  pattern = g_strconcat ("*.", target->extension, NULL);
  chooser = gtk_file_chooser_native_new (_ (target->title), parent, GTK_FILE_CHOOSER_ACTION_SAVE, _ (target->accept), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_do_overwrite_confirmation (GTK_FILE_CHOOSER (chooser), TRUE);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _ (target->filter_name));
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
  suggested = g_strdup_printf (_ ("%s (changes).%s"), basename, target->extension);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  {
    g_autoptr (GFile) folder = g_file_get_parent (later_version);

    if (folder != NULL)
      gtk_file_chooser_set_current_folder_file (GTK_FILE_CHOOSER (chooser), folder, NULL);
  }

  return chooser;
}
