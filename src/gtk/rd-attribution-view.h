/* rd-attribution-view.h: who changed what in a series
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rd-series.h"

G_BEGIN_DECLS

/*
 * A window with the last version of a series, each word on the colour of
 * the version that brought it (rd_series_attribute_latest()), a legend of
 * the versions' colours above, and the version named on hover.
 */

#define RD_TYPE_ATTRIBUTION_VIEW (rd_attribution_view_get_type ())
G_DECLARE_FINAL_TYPE (RdAttributionView, rd_attribution_view, RD, ATTRIBUTION_VIEW, GtkWindow)

/* @attribution: rd_series_attribute_latest (@series), computed ahead. */
GtkWidget *rd_attribution_view_new (GtkWindow *parent, RdSeries *series, GPtrArray *attribution);

GtkTextView *rd_attribution_view_get_text_view (RdAttributionView *self);

/* The version that brought the text at @iter (0 for the first), or -1
 * outside the text (a paragraph's label). */
int rd_attribution_view_get_version_at (RdAttributionView *self, const GtkTextIter *iter);

/* The tooltip at @iter ("Brought by A/C.2/80/L.24, version 3 of 5"), or
 * NULL where there is none. */
char *rd_attribution_view_dup_tooltip_at (RdAttributionView *self, const GtkTextIter *iter);

G_END_DECLS
