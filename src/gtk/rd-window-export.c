/* rd-window-export.c: the window's exports: Save as HTML, Word and OpenDocument, Export PDF, Print
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-window-private.h"

#include <glib/gi18n.h>
#include "rd-export-chooser.h"
#include "rd-export.h"
#include "rd-notice-bar.h"
#include "rd-print-compositor.h"
#include "rd-print-job.h"
#include "rd-save.h"

static void
on_export_response (GtkNativeDialog *dialog,
                    int response,
                    gpointer user_data)
{
  RdWindow *self = RD_WINDOW (user_data);
  RdWindowExport kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "rd-export"));

  if (response == GTK_RESPONSE_ACCEPT && self->comparison != NULL)
    {
      g_autoptr (GFile) target = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GError) error = NULL;

      if (!rd_window_export (self, target, kind, &error))
        rd_window_show_error (self, error->message, _ ("Choose another name or folder, and save again."));
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

void
rd_window_choose_export_target (RdWindow *self,
                                RdWindowExport kind)
{
  GtkFileChooserNative *chooser;

  if (self->comparison == NULL)
    return;
  chooser = rd_export_chooser_new (GTK_WINDOW (self), kind, self->files[1]);
  g_object_set_data (G_OBJECT (chooser), "rd-export", GINT_TO_POINTER (kind));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The layout of the view shown: what the printed and exported copies
 * follow. */
static RdLayout
shown_layout (RdWindow *self)
{
  return rd_window_current_view (self) == RD_CHANGE_VIEW (self->side_by_side_view) ? RD_LAYOUT_SIDE_BY_SIDE : RD_LAYOUT_REDLINE;
}

/* Renumbering is no change: printed copies label it only when asked. */
static gboolean
print_renumbered (RdWindow *self)
{
  return self->settings != NULL && g_settings_get_boolean (self->settings, "print-renumbered");
}

/* "Hide routine updates": the printed copies and the HTML leave them
 * unmarked, as the views leave them out. */
static gboolean
hide_routine (RdWindow *self)
{
  return rd_change_filter_get_hide_routine (rd_summary_panel_get_filter (RD_SUMMARY_PANEL (self->summary_panel)));
}

void
rd_window_print (RdWindow *self,
                 gboolean preview)
{
  g_autoptr (RdPrintJob) job = NULL;
  g_autoptr (GError) error = NULL;
  RdLayout layout;

  if (self->comparison == NULL)
    return;

  /* Redline in portrait, side by side in landscape: as the view shown. */
  layout = shown_layout (self);
  job = rd_print_job_new (self->comparison, layout);
  rd_print_job_set_options (job, self->changes_only, print_renumbered (self), hide_routine (self));
  if (rd_print_job_run (job, GTK_WINDOW (self), preview ? GTK_PRINT_OPERATION_ACTION_PREVIEW : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    rd_window_show_error (self, error->message, _ ("Check the printer, or use Export PDF instead."));
}

gboolean
rd_window_export (RdWindow *self,
                  GFile *target,
                  RdWindowExport kind,
                  GError **error)
{
  RdLayout layout;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GPtrArray) inputs = g_ptr_array_new ();

  g_return_val_if_fail (RD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (target), FALSE);
  g_return_val_if_fail (self->comparison != NULL, FALSE);

  /* The layout of the view shown.  PDF from the print compositor linked
   * into this module (the "print" module is never loaded beside it), HTML
   * from the "formats" module. */
  layout = shown_layout (self);
  if (kind == RD_WINDOW_EXPORT_DOCX || kind == RD_WINDOW_EXPORT_ODT)
    {
      /* The new version with tracked changes: no layout. */
      RdOfficeOptions options = { kind == RD_WINDOW_EXPORT_ODT ? RD_OFFICE_ODT : RD_OFFICE_DOCX, NULL };

      bytes = rd_export_office (self->comparison, &options, error);
    }
  else if (kind == RD_WINDOW_EXPORT_PDF)
    {
      g_autoptr (RdPrintCompositor) compositor = rd_print_compositor_new (self->comparison, layout);

      rd_print_compositor_set_changes_only (compositor, self->changes_only);
      rd_print_compositor_set_show_renumbered (compositor, print_renumbered (self));
      rd_print_compositor_set_substantive_only (compositor, hide_routine (self));
      bytes = rd_print_compositor_render_pdf (compositor, error);
    }
  else
    {
      RdHtmlOptions options = { 0 };

      options.layout = layout;
      options.changes_only = self->changes_only;
      options.substantive_only = hide_routine (self);
      bytes = rd_export_html (self->comparison, &options, error);
    }
  if (bytes == NULL)
    return FALSE;

  /* Never over one of the documents being compared. */
  for (guint i = 0; self->inputs != NULL && i < rd_inputs_get_n (self->inputs); i++)
    if (rd_inputs_get_file (self->inputs, i) != NULL)
      g_ptr_array_add (inputs, rd_inputs_get_file (self->inputs, i));
  g_ptr_array_add (inputs, NULL);
  if (!rd_save_bytes (target, bytes, (GFile *const *) inputs->pdata, NULL, error))
    return FALSE;
  rd_notice_bar_show_saved (RD_NOTICE_BAR (self->notice_bar), target);
  return TRUE;
}
