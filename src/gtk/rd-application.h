/* rd-application.h: the GtkApplication
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RD_TYPE_APPLICATION (rd_application_get_type ())
G_DECLARE_FINAL_TYPE (RdApplication, rd_application, RD, APPLICATION, GtkApplication)

RdApplication *rd_application_new (void);

/* The application's settings, or NULL when the schema is not installed
 * (running from a build tree without it). */
GSettings *rd_application_get_settings (RdApplication *self);

/* g_get_monotonic_time () when the program started. */
gint64 rd_application_get_launch_time (RdApplication *self);

/* Whether RESDIFF_EXIT_AFTER_FIRST_FRAME asks to report the time to the
 * first frame of a comparison and quit. */
gboolean rd_application_get_exit_after_first_frame (RdApplication *self);

/* For RESDIFF_EXIT_AFTER_FIRST_FRAME: prints the time from the launch to
 * the first frame that draws a comparison (or, when @drawn is FALSE, to
 * the error that left none to draw) on standard error, and quits. */
void rd_application_report_first_frame (RdApplication *self, gboolean drawn);
/* With RESDIFF_KEYS_AFTER_FIRST_FRAME ("F7 Page_Down", accelerator names
 * separated by spaces) it sends those keys instead, one after the other,
 * printing the time from each to the end of the frame that shows it, then
 * Ctrl+Q, printing when.  Notes when the comparison was made, so that the
 * report can tell the window's time from the comparison's. */
void rd_application_note_comparison_ready (RdApplication *self);

/* For RESDIFF_EXIT_AFTER_FIRST_FRAME: prints the time from the launch to
 * the first frame of any window (@loading: while it still reads the
 * versions, its progress shown).  With RESDIFF_KEYS_WHILE_LOADING and
 * @loading, sends those keys then, timed as above, then Ctrl+Q. */
void rd_application_report_window_drawn (RdApplication *self, GtkWidget *window, gboolean loading);

/* Creates the application and runs it: the window front end, what the
 * "gtk" module's interface runs (RdGtkModule in rd-module.h); @launch_time
 * is g_get_monotonic_time () at the start of main (), for
 * RESDIFF_EXIT_AFTER_FIRST_FRAME. */
int rd_application_run (int argc, char **argv, gint64 launch_time);

G_END_DECLS
