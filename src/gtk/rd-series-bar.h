/* rd-series-bar.h: the versions of a series, offered above the comparison
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rd-document.h"
#include "rd-inputs.h"

G_BEGIN_DECLS

/*
 * When more than two versions of a draft were opened (or the symbols
 * opened belong to a longer series), the window shows one pair and this
 * bar offers the others: "A series of 4 versions: compare [from] with
 * [to] [Compare]", and below a strip of the versions in order, the two
 * shown pressed, between buttons for the previous and the next step, with
 * History and Who Changed What (the window's actions
 * "win.paragraph-history" and "win.who-changed-what").  It emits
 * "compare" with the two positions chosen.
 */

#define RD_TYPE_SERIES_BAR (rd_series_bar_get_type ())
G_DECLARE_FINAL_TYPE (RdSeriesBar, rd_series_bar, RD, SERIES_BAR, GtkInfoBar)

GtkWidget *rd_series_bar_new (void);

/* Shows the bar for @series (NULL hides it), the pair @from → @to
 * chosen. */
void rd_series_bar_set_series (RdSeriesBar *self, RdInputs *series, guint from, guint to);
RdInputs *rd_series_bar_get_series (RdSeriesBar *self);

/* The bar's text, or NULL when hidden. */
const char *rd_series_bar_get_message (RdSeriesBar *self);
/* What choosing @from and @to and pressing Compare does. */
void rd_series_bar_compare (RdSeriesBar *self, guint from, guint to);
/* Whether Compare would show something new: @from and @to (positions,
 * -1 for none chosen) are two versions of the series and not the pair
 * shown already.  The bar's Compare button is sensitive when the pair
 * chosen in its combos can be compared; rd_series_bar_get_compare_
 * sensitive() says whether it is. */
gboolean rd_series_bar_can_compare (RdSeriesBar *self, int from, int to);
gboolean rd_series_bar_get_compare_sensitive (RdSeriesBar *self);
/* Chooses @from and @to in the combos, as the reader does, without
 * comparing. */
void rd_series_bar_choose (RdSeriesBar *self, int from, int to);
/* The next step after the later version shown (@to → @to + 1), or the
 * step before it (@to - 2 → @to - 1), as the strip's arrows; FALSE when
 * there is none. */
gboolean rd_series_bar_step (RdSeriesBar *self, gboolean forward);
/* Once the versions are read: the strip names them by symbol and date
 * (@documents: RdDocument *, in the series' order). */
void rd_series_bar_name_versions (RdSeriesBar *self, GPtrArray *documents);
/* The pair shown (positions in the series). */
guint rd_series_bar_get_from (RdSeriesBar *self);
guint rd_series_bar_get_to (RdSeriesBar *self);
/* The strip's button of @version (a GtkToggleButton, pressed for the two
 * shown; clicking it shows the step that brought the version), or NULL. */
GtkWidget *rd_series_bar_get_version_button (RdSeriesBar *self, guint version);
/* The strip's next (or previous) step button. */
GtkWidget *rd_series_bar_get_step_button (RdSeriesBar *self, gboolean forward);

G_END_DECLS
