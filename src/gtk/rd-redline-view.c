/* rd-redline-view.c: one column, the new text with the changes in place
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-redline-view.h"

#include <glib/gi18n.h>

#include "rd-header-markup.h"

/* The struct */

struct _RdRedlineView
{
  RdChangeView parent_instance;
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdRedlineView, rd_redline_view, RD_TYPE_CHANGE_VIEW)

/* Static helpers */

static GtkWidget *
new_column (void)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_style_context_add_class (gtk_widget_get_style_context (column), "rd-redline");
  return column;
}

/* RdChangeView overrides */

static GtkWidget *
rd_redline_view_create_change_content (RdChangeView *view,
                                       guint index)
{
  const RdChange *change = rd_change_view_get_change (view, index);
  GtkWidget *column = new_column ();
  gboolean new_side = change->new_items->len > 0;
  g_autofree char *caption = rd_change_view_caption_markup (view, index, new_side);

  /* The caption of the side that has the paragraph; deleted ones carry
   * their kind on the old side. */
  rd_change_view_add_caption_markup (view, column, caption);

  rd_change_view_add_paragraphs (view, column, change, RD_SIDE_REDLINE, FALSE, RD_MARK_NONE);

  return column;
}

static GtkWidget *
rd_redline_view_create_header_content (RdChangeView *view)
{
  RdComparison *comparison = rd_change_view_get_comparison (view);
  RdRedlineStyle style = rd_change_view_get_redline_style (view);
  GtkWidget *column = new_column ();
  g_autofree char *header = rd_header_changes_markup (comparison, RD_SIDE_REDLINE, style);
  g_autofree char *sponsors = rd_sponsors_markup (rd_change_view_get_presentation (view), RD_SIDE_REDLINE, style);
  g_autofree char *summary = rd_sponsors_summary (comparison);

  if (header != NULL)
    {
      rd_change_view_add_caption (view, column, _ ("Header"), NULL);
      gtk_container_add (GTK_CONTAINER (column), rd_change_view_new_text_label (view, header));
    }
  rd_change_view_add_caption (view, column, _ ("Sponsors"), summary);
  gtk_container_add (GTK_CONTAINER (column), rd_change_view_new_text_label (view, sponsors));
  return column;
}

static GtkWidget *
rd_redline_view_create_origin_content (RdChangeView *view,
                                       guint index)
{
  GtkWidget *column = new_column ();

  rd_change_view_add_origin (view, column, index);
  return column;
}

/* Class and instance init */

static void
rd_redline_view_class_init (RdRedlineViewClass *klass)
{
  RD_CHANGE_VIEW_CLASS (klass)->mixed_numbering = TRUE;
  rd_change_view_class_set_rows (RD_CHANGE_VIEW_CLASS (klass), rd_redline_view_create_change_content, rd_redline_view_create_header_content, rd_redline_view_create_origin_content);
}

static void
rd_redline_view_init (RdRedlineView *self)
{
  gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (self)), "rd-redline-view");
}

/* Public API */

GtkWidget *
rd_redline_view_new (void)
{
  return g_object_new (RD_TYPE_REDLINE_VIEW, NULL);
}
