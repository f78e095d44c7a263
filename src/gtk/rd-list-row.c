/* rd-list-row.c: a row of an RdRowList
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-list-row.h"

/* The struct */

struct _RdListRow
{
  GtkListBoxRow parent_instance;
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdListRow, rd_list_row, GTK_TYPE_LIST_BOX_ROW)

/* Class and instance init */

static void
rd_list_row_class_init (RdListRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWidgetClass *container_class = g_type_class_ref (GTK_TYPE_CONTAINER);

  /* GtkListBoxRow's own focus handling asks its GtkListBox, which this
   * row has not: focus as a container. */
  widget_class->grab_focus = container_class->grab_focus;
  widget_class->focus = container_class->focus;
  g_type_class_unref (container_class);
}

static void
rd_list_row_init (RdListRow *self)
{
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_set_can_focus (GTK_WIDGET (self), FALSE);
}

/* Public API */

GtkWidget *
rd_list_row_new (void)
{
  return g_object_new (RD_TYPE_LIST_ROW, NULL);
}
