/* rd-summary-panel.h: the sidebar with what changed at a glance
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rd-change-filter.h"
#include "rd-comparison.h"

G_BEGIN_DECLS

#define RD_TYPE_SUMMARY_PANEL (rd_summary_panel_get_type ())
G_DECLARE_FINAL_TYPE (RdSummaryPanel, rd_summary_panel, RD, SUMMARY_PANEL, GtkBin)

GtkWidget *rd_summary_panel_new (void);

RdComparison *rd_summary_panel_get_comparison (RdSummaryPanel *self);
void rd_summary_panel_set_comparison (RdSummaryPanel *self,
                                      RdComparison *comparison);

/* Marks the change @index (or none, -1) as the current one in the list. */
void rd_summary_panel_set_current_change (RdSummaryPanel *self, int index);

/* Rows in the list of changes that its filter shows. */
guint rd_summary_panel_count_listed_changes (RdSummaryPanel *self);

/* Which changes the list, the views and navigation show: the summary's
 * choice above the list, and "Hide routine updates" (the window binds its
 * action and setting to the filter's "hide-routine"). */
RdChangeFilter *rd_summary_panel_get_filter (RdSummaryPanel *self);

/* The agreed language of the current paragraph (RdLanguagePanel), below
 * the summary; shown when the comparison has notes from a library. */
GtkWidget *rd_summary_panel_get_language_panel (RdSummaryPanel *self);

G_END_DECLS
