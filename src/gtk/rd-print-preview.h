/* rd-print-preview.h: the pages of a print job, before they are printed
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RD_TYPE_PRINT_PREVIEW (rd_print_preview_get_type ())
G_DECLARE_FINAL_TYPE (RdPrintPreview, rd_print_preview, RD, PRINT_PREVIEW, GtkWindow)

/*
 * Shows the pages of a running GtkPrintOperation's preview (its "preview"
 * signal), as gedit does rather than handing them to an outside viewer:
 * page by page, with a button that prints.  @n_pages is how many there
 * are, once the operation has paginated (0 until then; the window asks
 * @get_n_pages when the preview is ready).  Closing the window ends the
 * preview.  @print_again is called (with @user_data) when the reader asks
 * to print from the preview.
 */
typedef guint (*RdPrintPreviewPageCount) (gpointer user_data);
/* The sheet as the job lays it out, in points (landscape when wider). */
typedef void (*RdPrintPreviewPageSize) (gpointer user_data, double *width, double *height);
typedef void (*RdPrintPreviewPrint) (gpointer user_data);

RdPrintPreview *rd_print_preview_new (GtkWindow *parent,
                                      GtkPrintOperationPreview *preview,
                                      GtkPrintContext *context,
                                      RdPrintPreviewPageCount get_n_pages,
                                      RdPrintPreviewPageSize get_page_size,
                                      RdPrintPreviewPrint print_again,
                                      gpointer user_data,
                                      GDestroyNotify destroy_user_data);

guint rd_print_preview_get_current_page (RdPrintPreview *self);
guint rd_print_preview_get_n_pages (RdPrintPreview *self);
void rd_print_preview_set_current_page (RdPrintPreview *self, guint page);
/* 1.0: the whole page fits the window; up to 4.0, scrolled.  Keys: +, −,
 * Ctrl+0. */
double rd_print_preview_get_zoom (RdPrintPreview *self);
void rd_print_preview_set_zoom (RdPrintPreview *self, double zoom);

G_END_DECLS
