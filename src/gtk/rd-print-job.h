/* rd-print-job.h: printing a comparison with GtkPrintOperation
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rd-print-compositor.h"

G_BEGIN_DECLS

#define RD_TYPE_PRINT_JOB (rd_print_job_get_type ())
G_DECLARE_FINAL_TYPE (RdPrintJob, rd_print_job, RD, PRINT_JOB, GObject)

/* A print job for @comparison in @layout: redline in portrait, side by
 * side in landscape unless the user chose otherwise before.  The page
 * setup and print settings of the last print are loaded from
 * rd_print_job_get_settings_path(). */
RdPrintJob *rd_print_job_new (RdComparison *comparison,
                              RdLayout layout);

/* As the window shows it: "Show only changes" folds unchanged runs;
 * @show_renumbered labels paragraphs only renumbered; @substantive_only
 * ("Hide routine updates") prints routine updates as plain text
 * (compositor). */
void rd_print_job_set_options (RdPrintJob *self, gboolean changes_only, gboolean show_renumbered, gboolean substantive_only);

RdComparison *rd_print_job_get_comparison (RdPrintJob *self);
RdLayout rd_print_job_get_layout (RdPrintJob *self);

/* Where GTK_PRINT_OPERATION_ACTION_EXPORT writes its PDF. */
void rd_print_job_set_export_filename (RdPrintJob *self,
                                       const char *filename);

/*
 * Runs a GtkPrintOperation: GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG for
 * Print (Ctrl+P), _PREVIEW for Print Preview, _EXPORT for a PDF without
 * a dialog (set the export filename first).  Modal over @parent (may be
 * NULL).  After printing (not previewing or exporting), the page setup
 * and settings chosen are saved for the next run.  Returns GTK's result;
 * on GTK_PRINT_OPERATION_RESULT_ERROR @error is set.
 */
GtkPrintOperationResult rd_print_job_run (RdPrintJob *self,
                                          GtkWindow *parent,
                                          GtkPrintOperationAction action,
                                          GError **error);

/* The settings as they stand (loaded, or chosen in the last run). */
GtkPrintSettings *rd_print_job_get_print_settings (RdPrintJob *self);
GtkPageSetup *rd_print_job_get_page_setup (RdPrintJob *self);

/* Saves the page setup and print settings to the key file (run() does
 * after printing). */
gboolean rd_print_job_save_settings (RdPrintJob *self,
                                     GError **error);

/* g_get_user_config_dir()/resdiff/print-settings.ini */
char *rd_print_job_get_settings_path (void);

/* "Export PDF": the same compositor, no dialog, saved atomically; an
 * input as the target is refused.  For a window's GtkFileChooserNative
 * callback. */
gboolean rd_print_job_export_pdf (RdComparison *comparison,
                                  RdLayout layout,
                                  GFile *file,
                                  GError **error);

G_END_DECLS
