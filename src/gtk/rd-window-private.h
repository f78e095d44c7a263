/* rd-window-private.h: what the window's own files share (rd-window.c,
 * rd-window-load.c, rd-window-actions.c, rd-window-export.c,
 * rd-window-find.c, rd-window-series.c): the instance struct and their helpers
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-window.h"

G_BEGIN_DECLS

struct _RdWindow
{
  GtkApplicationWindow parent_instance;

  GSettings *settings; /* NULL without the schema */
  RdInputs *inputs;    /* what is compared: two versions, or a draft and
                        * its amendments */
  GFile *files[2];     /* the first and the last input's file, once read */
  RdComparison *comparison;
  GCancellable *cancellable; /* the load in progress */
  GPtrArray *monitors;       /* GFileMonitor *, one per input file */
  RdDiffFlags flags;         /* the options of the comparison shown or loading */
  gboolean changes_only;
  gboolean folding_for_length; /* folding a long text, not the reader */
  gboolean showing_amended;    /* the view chosen for amendments, not the
                                * reader */
  int restore_change;          /* after a reload, the change to go back to */
  gboolean show_summary;
  gboolean first_frame_wanted;
  gulong after_paint_id;
  gulong first_paint_id; /* timings: the window's first frame, of any kind */
  /* The window is drawn before the versions are read: a load asked for
   * before its first frame waits for it (or DEFER_LOAD_MAX_MS). */
  gboolean painted;
  gboolean page_chosen; /* a page of the main stack shown: else the start page */
  RdLoader *deferred_loader;
  guint deferred_load_timeout;
  GtkWidget *shortcuts_window; /* the Keyboard Shortcuts window, once asked for */

  int width;
  int height;
  gboolean maximized;

  /* Template children */
  GtkWidget *header_bar;
  /* Given its menu after the window's first frame (rd_window_give_menu ()). */
  GtkWidget *menu_button;
  GMenuModel *primary_menu;
  GtkWidget *view_switcher;
  GtkWidget *navigation_box;
  GtkWidget *summary_button;
  GtkWidget *search_button;
  GtkWidget *error_bar;
  GtkWidget *error_title;
  GtkWidget *error_hint;
  GtkWidget *warning_bar;
  GtkWidget *warning_label;
  GtkWidget *reload_bar;
  GtkWidget *reload_label;
  /* NULL until Find is first asked for (rd_window_find_ensure_bar ()). */
  GtkWidget *search_bar;
  GtkWidget *search_entry;
  GtkWidget *search_status;
  GtkWidget *main_stack;
  GtkWidget *spinner;
  GtkWidget *loading_label;
  GtkWidget *progress_bar;
  GtkWidget *view_stack;
  GtkWidget *side_by_side_view;
  GtkWidget *redline_view;
  GtkWidget *summary_panel;

  /* Made in code */
  GtkWidget *start_page;     /* NULL until first shown (rd_window_show_page ()) */
  GtkWidget *position_label; /* "Change 3 of 23" */
  GtkWidget *notice_bar;
  GtkWidget *unrelated_bar; /* "share little", with Compare Anyway */
  GtkWidget *unrelated_label;
  GtkWidget *series_bar;       /* the other pairs of a series; NULL until one is offered */
  GCancellable *series_lookup; /* finding the series two symbols belong to */

  /* The series offered, read whole (rd-window-series.c) */
  RdInputs *series_inputs; /* the versions read, or being read */
  GCancellable *series_load;
  RdSeries *series;            /* each version compared with the next */
  GPtrArray *attribution;      /* RdAttributedParagraph *: who changed what */
  GtkWidget *history;          /* the paragraph's history window, if open */
  GtkWidget *attribution_view; /* who changed what, if open */
};

/* Responses of the info bars' buttons. */
#define RESPONSE_ACT 1

/* rd-window.c */
GtkWidget *rd_window_ensure_start_page (RdWindow *self);
void rd_window_show_page (RdWindow *self, const char *name);
void rd_window_hide_bars (RdWindow *self);
void rd_window_show_error (RdWindow *self, const char *message, const char *hint);
void rd_window_show_warnings (RdWindow *self);
/* Shows the "share little" bar when the two texts do; TRUE then. */
gboolean rd_window_shares_little (RdWindow *self);
void rd_window_update_actions (RdWindow *self);
/* Reads the comparison options from the settings; FALSE without them. */
gboolean rd_window_load_compare_options (RdWindow *self, RdCompareOptions *options);
void rd_window_set_comparison (RdWindow *self, RdComparison *comparison);
RdChangeView *rd_window_current_view (RdWindow *self);
void rd_window_apply_view_name (RdWindow *self, const char *name);
void rd_window_notify_loading (RdWindow *self);

/* rd-window-load.c */
RdSeriesBar *rd_window_ensure_series_bar (RdWindow *self);
RdInputs *rd_window_get_offered_series (RdWindow *self);
void rd_window_load_class_init (GtkWidgetClass *widget_class);
/* Watches for the window's first frame, which a load asked for before
 * it waits for. */
void rd_window_load_init (RdWindow *self);
void rd_window_start_load (RdWindow *self);
void rd_window_report_first_frame (RdWindow *self, gboolean drawn);
void rd_window_wait_for_first_frame (RdWindow *self);
void rd_window_watch_first_paint (RdWindow *self);
/* The header bar's and the window's title: "OLD → NEW". */
void rd_window_update_title (RdWindow *self);
void rd_window_cancel_series_lookup (RdWindow *self);
void rd_window_unwatch_files (RdWindow *self);

/* rd-window-actions.c */
/* Adds the window's actions. */
void rd_window_actions_init (RdWindow *self);
/* Follows the views' current change and the view shown. */
void rd_window_actions_connect_views (RdWindow *self);
void rd_window_update_position (RdWindow *self);

/* rd-window-export.c */
void rd_window_choose_export_target (RdWindow *self, RdWindowExport kind);
void rd_window_print (RdWindow *self, gboolean preview);

/* rd-window-series.c */
void rd_window_series_init (RdWindow *self);
/* Reads the series the series bar offers, once; forgets one no longer
 * offered; enables the series' actions. */
void rd_window_series_update (RdWindow *self);
void rd_window_series_dispose (RdWindow *self);

/* rd-window-find.c */
void rd_window_find_ensure_bar (RdWindow *self);
void rd_window_give_menu (RdWindow *self);

G_END_DECLS
