/* rd-paragraph-label.c: a wrapping label that is cheap to measure
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-paragraph-label.h"

#include "rd-document.h"

/* The struct */

struct _RdParagraphLabel
{
  GtkLabel parent_instance;
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdParagraphLabel, rd_paragraph_label, GTK_TYPE_LABEL)

/* GtkLabel measures a wrapping label's width by laying its text out twice,
 * once wrapped at every word (the minimum) and once on one line (the
 * natural width); with Pango 1.50 each line of a layout is shaped anew, so
 * on a long resolution those two layouts cost more than everything else
 * the window does.  The paragraphs always fill the width they are given
 * and wrap, so their width request can be fixed: only the height for the
 * given width needs a layout.  These widths are those of a narrow and of a
 * comfortable column of text at the default font size. */
#define MINIMUM_WIDTH 120
#define NATURAL_WIDTH 480

/* GtkWidget overrides */

static void
rd_paragraph_label_get_preferred_width (GtkWidget *widget,
                                        int *minimum,
                                        int *natural)
{
  *minimum = MINIMUM_WIDTH;
  *natural = NATURAL_WIDTH;
}

static void
rd_paragraph_label_get_preferred_width_for_height (GtkWidget *widget,
                                                   int height,
                                                   int *minimum,
                                                   int *natural)
{
  rd_paragraph_label_get_preferred_width (widget, minimum, natural);
}

static void
rd_paragraph_label_get_preferred_height_and_baseline_for_width (GtkWidget *widget,
                                                                int width,
                                                                int *minimum,
                                                                int *natural,
                                                                int *minimum_baseline,
                                                                int *natural_baseline)
{
  /* As tall as its lines at the width it is given (size_allocate ()). */
  if (width >= 0)
    width = MIN (width, rd_paragraph_label_max_width (widget));
  GTK_WIDGET_CLASS (rd_paragraph_label_parent_class)->get_preferred_height_and_baseline_for_width (widget, width, minimum, natural, minimum_baseline, natural_baseline);
}

static void
rd_paragraph_label_get_preferred_height_for_width (GtkWidget *widget,
                                                   int width,
                                                   int *minimum,
                                                   int *natural)
{
  rd_paragraph_label_get_preferred_height_and_baseline_for_width (widget, width, minimum, natural, NULL, NULL);
}

/* Whether the paragraph reads from right to left: its own text decides
 * (an English resolution in an Arabic window reads from the left), the
 * window's direction only for text with no strong letter. */
static gboolean
text_is_right_to_left (GtkWidget *widget)
{
  /* The first letter's script (the official languages' scripts: Arabic
   * from the right, Latin, Cyrillic and Han from the left). */
  for (const char *p = gtk_label_get_text (GTK_LABEL (widget)); p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        continue;
      GUnicodeScript script = g_unichar_get_script (c);

      if (script == G_UNICODE_SCRIPT_COMMON || script == G_UNICODE_SCRIPT_INHERITED)
        continue;
      return rd_script_is_right_to_left (script);
    }
  return gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
}

static void
rd_paragraph_label_size_allocate (GtkWidget *widget,
                                  GtkAllocation *allocation)
{
  GtkAllocation narrowed = *allocation;
  int max_width = rd_paragraph_label_max_width (widget);
  gboolean right_to_left = text_is_right_to_left (widget);
  /* GtkLabel mirrors its xalign in a right-to-left window: the lines'
   * block at the start of the text's own lines, so that paragraphs one
   * under the other start at one edge whatever their lengths. */
  float xalign = right_to_left == (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL) ? 0.0 : 1.0;

  if (gtk_label_get_xalign (GTK_LABEL (widget)) != xalign)
    gtk_label_set_xalign (GTK_LABEL (widget), xalign);
  if (narrowed.width > max_width)
    {
      /* At the start of the line: the right in a right-to-left text. */
      if (right_to_left)
        narrowed.x += narrowed.width - max_width;
      narrowed.width = max_width;
    }
  GTK_WIDGET_CLASS (rd_paragraph_label_parent_class)->size_allocate (widget, &narrowed);
}

/* Class and instance init */

static void
rd_paragraph_label_class_init (RdParagraphLabelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->get_preferred_width = rd_paragraph_label_get_preferred_width;
  widget_class->get_preferred_width_for_height = rd_paragraph_label_get_preferred_width_for_height;
  widget_class->get_preferred_height_for_width = rd_paragraph_label_get_preferred_height_for_width;
  widget_class->get_preferred_height_and_baseline_for_width = rd_paragraph_label_get_preferred_height_and_baseline_for_width;
  widget_class->size_allocate = rd_paragraph_label_size_allocate;
}

static void
rd_paragraph_label_init (RdParagraphLabel *self)
{
  GtkLabel *label = GTK_LABEL (self);

  gtk_label_set_line_wrap (label, TRUE);
  gtk_label_set_line_wrap_mode (label, PANGO_WRAP_WORD);
  gtk_label_set_xalign (label, 0.0);
  gtk_label_set_yalign (label, 0.0);
  gtk_label_set_selectable (label, TRUE);
}

/* Public API */

GtkWidget *
rd_paragraph_label_new (const char *markup)
{
  GtkWidget *label = g_object_new (RD_TYPE_PARAGRAPH_LABEL, NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  return label;
}

int
rd_paragraph_label_max_width (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  PangoFontMetrics *metrics = pango_context_get_metrics (context, pango_context_get_font_description (context), NULL);
  int char_width = MAX (pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE, 1);

  pango_font_metrics_unref (metrics);
  return char_width * RD_PARAGRAPH_MAX_CHARS;
}
