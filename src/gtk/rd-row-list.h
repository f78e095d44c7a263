/* rd-row-list.h: a scrollable list that builds only the rows in view
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RD_TYPE_ROW_LIST (rd_row_list_get_type ())
G_DECLARE_FINAL_TYPE (RdRowList, rd_row_list, RD, ROW_LIST, GtkContainer)

/* Makes the widget of row @row (floating, not yet shown). */
typedef GtkWidget *(*RdRowListCreateFunc) (RdRowList *list, guint row, gpointer user_data);

/* The height row @row would likely take at @width, without laying it out
 * (a row is measured for real once built). */
typedef int (*RdRowListEstimateFunc) (RdRowList *list, guint row, int width, gpointer user_data);

/* A list of rows of any height, put in a GtkScrolledWindow.  Only the
 * rows in view (and a margin) have widgets: the others are heights, those
 * of rows once built or else estimates.  What is in view is kept by
 * anchoring a row to the top of the view, so a row measured taller than
 * estimated above the view never moves the text the reader looks at.  Its
 * cost is that of the rows in view, whatever the number of rows. */
GtkWidget *rd_row_list_new (void);

/* Sets @n_rows rows, all shown, made by @create; drops every built row. */
void rd_row_list_set_model (RdRowList *self,
                            guint n_rows,
                            RdRowListCreateFunc create,
                            RdRowListEstimateFunc estimate,
                            gpointer user_data);
guint rd_row_list_get_n_rows (RdRowList *self);

/* A hidden row takes no room and is never built. */
void rd_row_list_set_row_shown (RdRowList *self, guint row, gboolean shown);
gboolean rd_row_list_get_row_shown (RdRowList *self, guint row);

/* Drops the built rows: they are made again as they come into view (after
 * a change of what they show, or of the font). */
void rd_row_list_rebuild (RdRowList *self);

/* The widget of @row when it is built, else NULL. */
GtkWidget *rd_row_list_get_row_widget (RdRowList *self, guint row);
/* The row a widget of the list shows, or -1. */
int rd_row_list_get_widget_row (RdRowList *self, GtkWidget *widget);
guint rd_row_list_count_built (RdRowList *self);

/* Scrolls so that @row stands at @position (0: top, 1: bottom) of the
 * view, or, when it is in full view already, leaves it where it is. */
void rd_row_list_scroll_to_row (RdRowList *self, guint row, double position);

/* Where the content would be the size of all rows: their heights summed. */
gint64 rd_row_list_get_content_height (RdRowList *self);

G_END_DECLS
