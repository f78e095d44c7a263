/* rd-print-mirror.c: pages of a document read right to left
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-print-mirror.h"

#include "rd-print-private.h"

gboolean
rd_print_content_is_right_to_left (RdPrintContent *content)
{
  g_return_val_if_fail (content != NULL, FALSE);

  if (content->series != NULL)
    {
      RdSeries *series = rd_series_presentation_get_series (content->series);
      guint n = rd_series_presentation_get_n_versions (content->series);

      return n > 0 && rd_document_is_right_to_left (rd_series_get_version (series, n - 1));
    }
  return rd_presentation_is_right_to_left (content->presentation);
}

double
rd_print_layout_get_box_width (PangoLayout *layout)
{
  int width = pango_layout_get_width (layout);
  PangoRectangle logical;

  if (width >= 0)
    return (double) width / PANGO_SCALE;
  pango_layout_get_extents (layout, NULL, &logical);
  return (double) (logical.x + logical.width) / PANGO_SCALE;
}

void
rd_print_show_layout_at_end (cairo_t *cr,
                             PangoLayout *layout,
                             double x_end,
                             double y)
{
  PangoLayoutIter *iter;
  double indent = (double) pango_layout_get_indent (layout) / PANGO_SCALE;

  /* Centred text is its own mirror. */
  if (pango_layout_get_alignment (layout) == PANGO_ALIGN_CENTER)
    {
      cairo_move_to (cr, x_end - rd_print_layout_get_box_width (layout), y);
      pango_cairo_show_layout (cr, layout);
      return;
    }

  /* Line by line: Pango aligns a line by its own direction, and an
   * English label would stand at the left of an Arabic page. */
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      double shift = 0.0;

      pango_layout_line_get_extents (line, NULL, &logical);
      /* A positive indent moves a paragraph's first line in from its
       * start, a negative one (hanging) its other lines. */
      if (indent > 0.0 && line->is_paragraph_start)
        shift = indent;
      else if (indent < 0.0 && !line->is_paragraph_start)
        shift = -indent;
      cairo_move_to (cr, x_end - shift - (double) (logical.x + logical.width) / PANGO_SCALE, y + baseline);
      pango_cairo_show_layout_line (cr, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

void
rd_print_cell_mirror (const RdPrintCell *cell,
                      double width,
                      double *x,
                      double *x_end)
{
  switch (cell->kind)
    {
    case RD_PRINT_CELL_TEXT:
      *x_end = width - cell->x;
      *x = *x_end - rd_print_layout_get_box_width (cell->layout);
      break;
    case RD_PRINT_CELL_BAR:
      *x = *x_end = width - cell->x;
      break;
    case RD_PRINT_CELL_BOX:
    case RD_PRINT_CELL_RULE:
    default:
      /* A rule runs from its start to its start + width: mirrored, from
       * x_end back to x. */
      *x_end = width - cell->x;
      *x = *x_end - cell->width;
      break;
    }
}
