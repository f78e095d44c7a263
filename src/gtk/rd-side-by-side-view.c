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
add_caption (RdChangeView *view,
             GtkWidget *side,
             const char *markup)
{
  if (markup != NULL && *markup != '\0')
    gtk_container_add (GTK_CONTAINER (side), rd_change_view_new_caption (view, markup));
}

static void
add_text (RdChangeView *view,
          GtkWidget *side,
          const char *markup)
{
  gtk_container_add (GTK_CONTAINER (side), rd_change_view_new_text_label (view, markup));
}

static void
fill_side (RdChangeView *view,
           GtkWidget *side,
           guint index,
           gboolean new_side)
{
  RdComparison *comparison = rd_change_view_get_comparison (view);
  const RdChange *change = g_ptr_array_index (rd_comparison_get_changes (comparison), index);
  g_autofree char *caption = NULL;

  if ((new_side ? change->new_items : change->old_items)->len == 0)
    return;

  caption = rd_change_view_caption_markup (view, index, new_side);
  add_caption (view, side, caption);
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
  gboolean new_side_flag = FALSE;

  for (guint i = 0; i < 2; i++, new_side_flag = TRUE)
    {
      RdSide side = new_side_flag ? RD_SIDE_NEW : RD_SIDE_OLD;
      RdDocument *document = new_side_flag ? rd_comparison_get_new (comparison) : rd_comparison_get_old (comparison);
      GtkWidget *box = new_side (new_side_flag ? "rd-new" : "rd-old");
      g_autofree char *header = rd_header_changes_markup (comparison, side, style);
      g_autofree char *sponsors = rd_sponsors_markup (rd_change_view_get_presentation (view), side, style);
      g_autofree char *basename = rd_document_dup_file_name (document);
      GString *caption = g_string_new ("<b>");

      rd_markup_append (caption, new_side_flag ? _ ("Later version") : _ ("Earlier version"), RD_MARK_NONE, style);
      g_string_append (caption, "</b>  ·  ");
      rd_markup_append (caption, basename, RD_MARK_NONE, style);
      add_caption (view, box, caption->str);
      g_string_free (caption, TRUE);

      if (header != NULL)
        add_text (view, box, header);

      {
        GString *sponsor_caption = g_string_new ("<b>");

        rd_markup_append (sponsor_caption, _ ("Sponsors"), RD_MARK_NONE, style);
        g_string_append (sponsor_caption, "</b>");
        if (new_side_flag)
          {
            g_autofree char *summary = rd_sponsors_summary (comparison);

            g_string_append (sponsor_caption, "  ·  ");
            rd_markup_append (sponsor_caption, summary, RD_MARK_NONE, style);
          }
        add_caption (view, box, sponsor_caption->str);
        g_string_free (sponsor_caption, TRUE);
      }
      add_text (view, box, sponsors);
      gtk_container_add (GTK_CONTAINER (columns), box);
    }
  return columns;
}

static GtkWidget *
rd_side_by_side_view_create_origin_content (RdChangeView *view,
                                            guint index)
{
  RdComparison *comparison = rd_change_view_get_comparison (view);
  const RdChange *change = g_ptr_array_index (rd_comparison_get_changes (comparison), index);
  RdRedlineStyle style = rd_change_view_get_redline_style (view);
  GtkWidget *columns = new_columns ();
  GtkWidget *old_side = new_side ("rd-old");
  g_autofree char *old_label = rd_change_view_describe_side (view, change, FALSE);
  g_autofree char *new_label = rd_change_view_describe_side (view, change, TRUE);
  /* TRANSLATORS: %s is the paragraph's new place: "PP 15" */
  g_autofree char *link_text = g_strdup_printf (_ ("moved to %s"), new_label);
  g_autofree char *href = g_strdup_printf ("rd-change:%u", index);
  GString *caption = g_string_new ("<b>");

  rd_markup_append (caption, old_label, RD_MARK_NONE, style);
  g_string_append (caption, "</b>  ·  ");
  rd_markup_append_link (caption, href, link_text);
  add_caption (view, old_side, caption->str);
  g_string_free (caption, TRUE);
  rd_change_view_add_paragraphs (view, old_side, change, RD_SIDE_OLD, TRUE, RD_MARK_MOVED);

  gtk_container_add (GTK_CONTAINER (columns), old_side);
  gtk_container_add (GTK_CONTAINER (columns), new_side ("rd-new"));
  return columns;
}

/* Class and instance init */

static void
rd_side_by_side_view_class_init (RdSideBySideViewClass *klass)
{
  RdChangeViewClass *view_class = RD_CHANGE_VIEW_CLASS (klass);

  view_class->create_change_content = rd_side_by_side_view_create_change_content;
  view_class->create_header_content = rd_side_by_side_view_create_header_content;
  view_class->create_origin_content = rd_side_by_side_view_create_origin_content;
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
