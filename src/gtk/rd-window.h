/* rd-window.h: the main window
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rd-application.h"
#include "rd-change-view.h"
#include "rd-comparison.h"
#include "rd-inputs.h"
#include "rd-series.h"
#include "rd-series-bar.h"
#include "rd-summary-panel.h"

G_BEGIN_DECLS

#define RD_TYPE_WINDOW (rd_window_get_type ())
G_DECLARE_FINAL_TYPE (RdWindow, rd_window, RD, WINDOW, GtkApplicationWindow)

RdWindow *rd_window_new (RdApplication *application);

/* Reads both files and compares them, off the main loop. */
void rd_window_open_files (RdWindow *self, GFile *old_file, GFile *new_file);

/* Reads (symbols fetched, with progress on the loading page and Cancel)
 * and compares @inputs: two versions; a draft and its amendments in any
 * order, shown as the draft against the draft as amended; or more than two
 * versions, a series, of which the last two are compared and the others
 * offered in the series bar.  Errors go to the error bar. */
void rd_window_open_inputs (RdWindow *self, RdInputs *inputs);
/* One symbol: finds its series (its revisions and the resolution adopted
 * from it, rd_fetch_series()) and opens it, the last two versions
 * compared and the others offered. */
void rd_window_open_symbol_series (RdWindow *self, const char *symbol);
/* What is compared or loading (a pair of a series once chosen), or NULL. */
RdInputs *rd_window_get_inputs (RdWindow *self);
/* The loading page's line: "Fetching A/C.3/80/L.4… 12 kB of 80 kB". */
const char *rd_window_get_loading_text (RdWindow *self);
/* What the loading page's Cancel does. */
void rd_window_cancel (RdWindow *self);
/* The program is ending (Ctrl+Q): the window leaves the screen at once,
 * keeps its size and place in the settings, and stops every read it has
 * going (a PDF stops at its next page); its rows and comparison are left to
 * the process's end, for tearing a long comparison down took longer than
 * the rest of quitting. */
void rd_window_prepare_exit (RdWindow *self);
RdSeriesBar *rd_window_get_series_bar (RdWindow *self);
/* The series offered in the series bar, every version read and compared
 * with the next (notify::series once ready), or NULL. */
RdSeries *rd_window_get_series (RdWindow *self);
/* The window of the paragraph history (win.paragraph-history) and of who
 * changed what (win.who-changed-what) when open, else NULL. */
GtkWidget *rd_window_get_paragraph_history (RdWindow *self);
GtkWidget *rd_window_get_attribution_view (RdWindow *self);

/* Sets one version on the start page (resdiff FILE). */
void rd_window_set_file (RdWindow *self, gboolean later, GFile *file);

typedef enum
{
  RD_WINDOW_EXPORT_HTML,
  RD_WINDOW_EXPORT_PDF,
  RD_WINDOW_EXPORT_DOCX, /* the new version with tracked changes */
  RD_WINDOW_EXPORT_ODT,  /* the same as OpenDocument */
} RdWindowExport;

/* Writes the comparison as HTML (Save as HTML) or PDF (Export PDF) in the
 * layout of the view shown, or as Word or OpenDocument with tracked
 * changes (Save as Word, Save as OpenDocument), safely (a temporary file renamed into place),
 * refusing to write over either version.  What the actions do once a file
 * is chosen. */
gboolean rd_window_export (RdWindow *self, GFile *target, RdWindowExport kind, GError **error);

/* Reads the two files again. */
void rd_window_reload (RdWindow *self);

RdComparison *rd_window_get_comparison (RdWindow *self);
gboolean rd_window_get_loading (RdWindow *self);
/* Whether anything is still being read or compared for the window: its
 * comparison, a series' versions, the start page's files. */
gboolean rd_window_get_reading (RdWindow *self);
/* Whether the window's load waits for its first frame to start. */
gboolean rd_window_get_load_waits_for_frame (RdWindow *self);
/* The Keyboard Shortcuts window, NULL until asked for. */
GtkWidget *rd_window_get_shortcuts_window (RdWindow *self);

/* The view shown (side by side or redline). */
RdChangeView *rd_window_get_view (RdWindow *self);
RdChangeView *rd_window_get_side_by_side_view (RdWindow *self);
RdChangeView *rd_window_get_redline_view (RdWindow *self);
RdSummaryPanel *rd_window_get_summary_panel (RdWindow *self);

/* The message of the error bar when it is shown, else NULL. */
const char *rd_window_get_error_message (RdWindow *self);

/* The text of the bar offering to reload a file changed on disk when it is
 * shown, else NULL. */
const char *rd_window_get_reload_message (RdWindow *self);

/* The passing notice shown above the comparison ("Saved …", "Reached the
 * last change…"), else NULL. */
const char *rd_window_get_notice_message (RdWindow *self);
/* The header bar's "Change 3 of 23". */
const char *rd_window_get_position_text (RdWindow *self);
/* The warning that the two texts share little (shown instead of the
 * comparison until the reader compares anyway), else NULL. */
const char *rd_window_get_unrelated_message (RdWindow *self);
/* What the bar's "Compare Anyway" does. */
void rd_window_compare_anyway (RdWindow *self);
/* The RdStartPage. */
GtkWidget *rd_window_get_start_page (RdWindow *self);

/* The text of the warning bar when it is shown, else NULL. */
const char *rd_window_get_warning_message (RdWindow *self);

G_END_DECLS
