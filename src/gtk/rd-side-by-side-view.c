/* rd-side-by-side-view.c: old on the left, new on the right, row by row
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-side-by-side-view.h"

#include <glib/gi18n.h>

#include "rd-header-markup.h"

/* The struct */

struct _RdSideBySideView
{
  RdChangeView parent_instance;
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdSideBySideView, rd_side_by_side_view, RD_TYPE_CHANGE_VIEW)

/* Static helpers */

static GtkWidget *
new_columns (void)
{
  /* Homogeneous: both sides get the same width whatever their text, so
   * matched paragraphs stand level and start at the same x. */
  GtkWidget *columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);

  gtk_box_set_homogeneous (GTK_BOX (columns), TRUE);
  gtk_style_context_add_class (gtk_widget_get_style_context (columns), "rd-columns");
  return columns;
}

static GtkWidget *
new_side (const char *css_class)
{
  GtkWidget *side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_style_context_add_class (gtk_widget_get_style_context (side), css_class);
  return side;
}

static void
fill_side (RdChangeView *view,
           GtkWidget *side,
           guint index,
           gboolean new_side)
{
  const RdChange *change = rd_change_view_get_change (view, index);
  g_autofree char *caption = NULL;

  if ((new_side ? change->new_items : change->old_items)->len == 0)
    {
      /* The other side of a pure deletion or insertion says so, level with
       * the paragraph, rather than leaving a gap the eye may skip. */
      if (change->type == RD_CHANGE_DELETED || change->type == RD_CHANGE_INSERTED)
        {
          g_autofree char *markup = g_markup_printf_escaped ("<i>%s</i>", new_side ? _ ("not in the later version") : _ ("not in the earlier version"));
          GtkWidget *marker = rd_change_view_new_caption (view, markup);

          gtk_style_context_add_class (gtk_widget_get_style_context (marker), "rd-absent");
          gtk_container_add (GTK_CONTAINER (side), marker);
        }
      return;
    }

  caption = rd_change_view_caption_markup (view, index, new_side);
  rd_change_view_add_caption_markup (view, side, caption);
  rd_change_view_add_paragraphs (view, side, change, new_side ? RD_SIDE_NEW : RD_SIDE_OLD, FALSE, RD_MARK_NONE);
}

/* RdChangeView overrides */

static GtkWidget *
rd_side_by_side_view_create_change_content (RdChangeView *view,
                                            guint index)
{
  GtkWidget *columns = new_columns ();
  GtkWidget *old_side = new_side ("rd-old");
  GtkWidget *new_side_box = new_side ("rd-new");

  fill_side (view, old_side, index, FALSE);
  fill_side (view, new_side_box, index, TRUE);
  gtk_container_add (GTK_CONTAINER (columns), old_side);
  gtk_container_add (GTK_CONTAINER (columns), new_side_box);
  return columns;
}

static GtkWidget *
rd_side_by_side_view_create_header_content (RdChangeView *view)
{
  RdComparison *comparison = rd_change_view_get_comparison (view);
  RdRedlineStyle style = rd_change_view_get_redline_style (view);
  GtkWidget *columns = new_columns ();
  const RdSide sides[] = { RD_SIDE_OLD, RD_SIDE_NEW };

  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      RdSide side = sides[i];
      GtkWidget *box = new_side (side == RD_SIDE_NEW ? "rd-new" : "rd-old");
      g_autofree char *header = rd_header_changes_markup (comparison, side, style);
      g_autofree char *sponsors = rd_sponsors_markup (rd_change_view_get_presentation (view), side, style);
      g_autofree char *file_name = rd_document_dup_file_name (rd_presentation_get_document (rd_change_view_get_presentation (view), side));
      g_autofree char *summary = side == RD_SIDE_NEW ? rd_sponsors_summary (comparison) : NULL;

      rd_change_view_add_caption (view, box, side == RD_SIDE_NEW ? _ ("Later version") : _ ("Earlier version"), file_name);
      if (header != NULL)
        gtk_container_add (GTK_CONTAINER (box), rd_change_view_new_text_label (view, header));
      rd_change_view_add_caption (view, box, _ ("Sponsors"), summary);
      gtk_container_add (GTK_CONTAINER (box), rd_change_view_new_text_label (view, sponsors));
      gtk_container_add (GTK_CONTAINER (columns), box);
    }
  return columns;
}

static GtkWidget *
rd_side_by_side_view_create_origin_content (RdChangeView *view,
                                            guint index)
{
  GtkWidget *columns = new_columns ();
  GtkWidget *old_side = new_side ("rd-old");

  rd_change_view_add_origin (view, old_side, index);
  gtk_container_add (GTK_CONTAINER (columns), old_side);
  gtk_container_add (GTK_CONTAINER (columns), new_side ("rd-new"));
  return columns;
}

/* Class and instance init */

static void
rd_side_by_side_view_class_init (RdSideBySideViewClass *klass)
{
  rd_change_view_class_set_rows (RD_CHANGE_VIEW_CLASS (klass), rd_side_by_side_view_create_change_content, rd_side_by_side_view_create_header_content, rd_side_by_side_view_create_origin_content);
}

static void
rd_side_by_side_view_init (RdSideBySideView *self)
{
  gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (self)), "rd-side-by-side");
}

/* Public API */

GtkWidget *
rd_side_by_side_view_new (void)
{
  return g_object_new (RD_TYPE_SIDE_BY_SIDE_VIEW, NULL);
}
