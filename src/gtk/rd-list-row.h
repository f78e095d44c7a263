/* rd-list-row.h: a row of an RdRowList
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RD_TYPE_LIST_ROW (rd_list_row_get_type ())
G_DECLARE_FINAL_TYPE (RdListRow, rd_list_row, RD, LIST_ROW, GtkListBoxRow)

/* A GtkListBoxRow (its CSS node, padding, borders and "activatable"
 * style) that lives outside a GtkListBox: it takes the keyboard focus as
 * any container does. */
GtkWidget *rd_list_row_new (void);

G_END_DECLS
