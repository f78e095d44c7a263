/* rd-attribution-view.c: who changed what in a series
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-attribution-view.h"

#include <glib/gi18n.h>

#include "rd-series-attribution.h"

/* The struct */

struct _RdAttributionView
{
  GtkWindow parent_instance;

  RdSeries *series;
  GtkWidget *legend;
  GtkWidget *text_view;
  GPtrArray *version_tags; /* GtkTextTag *, per version */
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdAttributionView, rd_attribution_view, GTK_TYPE_WINDOW)

/* The versions' colours, light enough to read black text on, told apart
 * by hue (Tango's palette); the first version's text has none: it is
 * what every later version started from. */
static const char *const version_colours[] = {
  "rgba(252,175,62,0.45)",  /* orange */
  "rgba(114,159,207,0.45)", /* blue */
  "rgba(138,226,52,0.45)",  /* green */
  "rgba(173,127,168,0.45)", /* plum */
  "rgba(239,41,41,0.30)",   /* red */
  "rgba(233,185,110,0.55)", /* chocolate */
  "rgba(252,233,79,0.60)",  /* butter */
  "rgba(52,226,226,0.40)",  /* cyan */
};

#define VERSION_KEY "rd-version"

/* Static helpers */

static char *
describe_version (RdAttributionView *self,
                  guint version)
{
  g_autofree char *name = rd_document_dup_display_name (rd_series_get_version (self->series, version));
  guint n = rd_series_get_n_versions (self->series);

  if (version == 0)
    /* TRANSLATORS: who changed what: text as the first version had it;
     * %s is its name, %u the number of versions */
    return g_strdup_printf (_ ("From the first version, %s (1 of %u)"), name, n);
  /* TRANSLATORS: who changed what: text a later version brought; %s is
   * its name, "version 3 of 5" */
  return g_strdup_printf (_ ("Brought by %s, version %u of %u"), name, version + 1, n);
}

static void
add_legend (RdAttributionView *self)
{
  GtkWidget *caption = gtk_label_new (_ ("Each word on the colour of the version that brought it:"));

  gtk_container_add (GTK_CONTAINER (self->legend), caption);
  for (guint v = 0; v < rd_series_get_n_versions (self->series); v++)
    {
      g_autofree char *name = rd_document_dup_display_name (rd_series_get_version (self->series, v));
      g_autofree char *markup = NULL;
      g_autofree char *tooltip = describe_version (self, v);
      GtkWidget *chip = gtk_label_new (NULL);

      if (v == 0)
        markup = g_markup_printf_escaped ("%s", name);
      else
        {
          GdkRGBA colour;
          g_autofree char *hex = NULL;

          gdk_rgba_parse (&colour, version_colours[(v - 1) % G_N_ELEMENTS (version_colours)]);
          /* Pango takes a colour and an alpha apart. */
          hex = g_strdup_printf ("#%02x%02x%02x", (int) (colour.red * 255), (int) (colour.green * 255), (int) (colour.blue * 255));
          markup = g_markup_printf_escaped ("<span background=\"%s\" bgalpha=\"%d%%\"> %s </span>", hex, (int) (colour.alpha * 100), name);
        }
      gtk_label_set_markup (GTK_LABEL (chip), markup);
      gtk_widget_set_tooltip_text (chip, tooltip);
      gtk_container_add (GTK_CONTAINER (self->legend), chip);
    }
  gtk_widget_show_all (self->legend);
}

static void
fill (RdAttributionView *self,
      GPtrArray *attribution)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  GtkTextTag *label_tag = gtk_text_buffer_create_tag (buffer, "label", "weight", PANGO_WEIGHT_BOLD, "foreground", "#555753", NULL);
  GtkTextIter end;

  for (guint v = 0; v < rd_series_get_n_versions (self->series); v++)
    {
      GtkTextTag *tag = gtk_text_buffer_create_tag (buffer, NULL, NULL);

      if (v > 0)
        {
          GdkRGBA colour;

          gdk_rgba_parse (&colour, version_colours[(v - 1) % G_N_ELEMENTS (version_colours)]);
          g_object_set (tag, "background-rgba", &colour, NULL);
        }
      g_object_set_data (G_OBJECT (tag), VERSION_KEY, GUINT_TO_POINTER (v + 1));
      g_ptr_array_add (self->version_tags, tag);
    }

  gtk_text_buffer_get_end_iter (buffer, &end);
  for (guint i = 0; i < attribution->len; i++)
    {
      const RdAttributedParagraph *paragraph = g_ptr_array_index (attribution, i);

      if (i > 0)
        gtk_text_buffer_insert (buffer, &end, "\n\n", -1);
      if (paragraph->label != NULL)
        {
          gtk_text_buffer_insert_with_tags (buffer, &end, paragraph->label, -1, label_tag, NULL);
          gtk_text_buffer_insert (buffer, &end, "  ", -1);
        }
      for (guint k = 0; k < paragraph->spans->len; k++)
        {
          const RdAttributedSpan *span = &g_array_index (paragraph->spans, RdAttributedSpan, k);
          GtkTextTag *tag = span->version < self->version_tags->len ? g_ptr_array_index (self->version_tags, span->version) : NULL;

          gtk_text_buffer_insert_with_tags (buffer, &end, paragraph->text + span->start, span->end - span->start, tag, NULL);
        }
    }
}

/* Callbacks */

static gboolean
on_query_tooltip (GtkWidget *widget,
                  int x,
                  int y,
                  gboolean keyboard_mode,
                  GtkTooltip *tooltip,
                  RdAttributionView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (widget);
  GtkTextIter iter;
  int buffer_x, buffer_y;
  g_autofree char *text = NULL;

  if (keyboard_mode)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

      gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
    }
  else
    {
      gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, x, y, &buffer_x, &buffer_y);
      if (!gtk_text_view_get_iter_at_location (view, &iter, buffer_x, buffer_y))
        return FALSE;
    }
  text = rd_attribution_view_dup_tooltip_at (self, &iter);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* GObject overrides */

static void
rd_attribution_view_dispose (GObject *object)
{
  RdAttributionView *self = RD_ATTRIBUTION_VIEW (object);

  g_clear_object (&self->series);
  g_clear_pointer (&self->version_tags, g_ptr_array_unref);
  G_OBJECT_CLASS (rd_attribution_view_parent_class)->dispose (object);
}

/* Class and instance init */

static void
rd_attribution_view_class_init (RdAttributionViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rd_attribution_view_dispose;
}

static void
rd_attribution_view_init (RdAttributionView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new (NULL, NULL);

  self->version_tags = g_ptr_array_new ();
  self->legend = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->legend), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->legend), 12);
  g_object_set (self->legend, "margin", 12, NULL);
  self->text_view = gtk_text_view_new ();
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->text_view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->text_view), 18);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->text_view), 18);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->text_view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->text_view), 12);
  gtk_text_view_set_pixels_inside_wrap (GTK_TEXT_VIEW (self->text_view), 3);
  gtk_widget_set_has_tooltip (self->text_view, TRUE);
  g_signal_connect_object (self->text_view, "query-tooltip", G_CALLBACK (on_query_tooltip), self, 0);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_container_add (GTK_CONTAINER (scrolled), self->text_view);
  gtk_container_add (GTK_CONTAINER (box), self->legend);
  gtk_container_add (GTK_CONTAINER (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_container_add (GTK_CONTAINER (box), scrolled);
  gtk_container_add (GTK_CONTAINER (self), box);
  gtk_window_set_default_size (GTK_WINDOW (self), 900, 700);
  gtk_widget_show_all (box);
}

/* Public API */

GtkWidget *
rd_attribution_view_new (GtkWindow *parent,
                         RdSeries *series,
                         GPtrArray *attribution)
{
  RdAttributionView *self;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (RD_IS_SERIES (series), NULL);
  g_return_val_if_fail (attribution != NULL, NULL);

  self = g_object_new (RD_TYPE_ATTRIBUTION_VIEW, "transient-for", parent, "destroy-with-parent", TRUE, NULL);
  self->series = g_object_ref (series);
  name = rd_document_dup_display_name (rd_series_get_version (series, rd_series_get_n_versions (series) - 1));
  /* TRANSLATORS: the window's title; %s is the last version's name */
  title = g_strdup_printf (_ ("Who Changed What — %s"), name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  add_legend (self);
  fill (self, attribution);
  return GTK_WIDGET (self);
}

GtkTextView *
rd_attribution_view_get_text_view (RdAttributionView *self)
{
  g_return_val_if_fail (RD_IS_ATTRIBUTION_VIEW (self), NULL);
  return GTK_TEXT_VIEW (self->text_view);
}

int
rd_attribution_view_get_version_at (RdAttributionView *self,
                                    const GtkTextIter *iter)
{
  g_autoptr (GSList) tags = NULL;

  g_return_val_if_fail (RD_IS_ATTRIBUTION_VIEW (self), -1);

  tags = gtk_text_iter_get_tags (iter);
  for (GSList *l = tags; l != NULL; l = l->next)
    {
      guint version = GPOINTER_TO_UINT (g_object_get_data (l->data, VERSION_KEY));

      if (version > 0)
        return version - 1;
    }
  return -1;
}

char *
rd_attribution_view_dup_tooltip_at (RdAttributionView *self,
                                    const GtkTextIter *iter)
{
  int version = rd_attribution_view_get_version_at (self, iter);

  return version >= 0 ? describe_version (self, version) : NULL;
}
