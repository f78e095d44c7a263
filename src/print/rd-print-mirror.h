/* rd-print-mirror.h: pages of a document read right to left (private)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "rd-print-content.h"

G_BEGIN_DECLS

/*
 * The content is built left to right whatever the language
 * (rd-print-content.c: cells placed from the body's left edge).  When the
 * comparison reads right to left (rd_presentation_is_right_to_left(): an
 * Arabic text), the compositor draws each page as the mirror of that:
 * change bars in the right margin, indents and the label column on the
 * right, the earlier version's column on the right, the running header's
 * names on the right and the page number on the left, every line of text
 * set against the right edge of its cell (each line in its own direction,
 * so a label in the reader's language keeps its full stop at its end).
 * The margins stay where the page setup puts them.
 */

/* Whether @content is laid out right to left: its comparison's new
 * version, or a series' last version, reads right to left. */
gboolean rd_print_content_is_right_to_left (RdPrintContent *content);

/* The width of @layout's box: its wrapping width, or its text's when it
 * does not wrap. */
double rd_print_layout_get_box_width (PangoLayout *layout);

/* Draws @layout with each of its lines ending at @x_end (a centred
 * layout: its box ending there), its top at @y; first-line indents stand
 * on the right. */
void rd_print_show_layout_at_end (cairo_t *cr, PangoLayout *layout, double x_end, double y);

/* @cell's geometry mirrored in a body @width wide: what draw_cell() draws
 * at for a page read right to left.  A text cell's x is where its lines
 * end. */
void rd_print_cell_mirror (const RdPrintCell *cell, double width, double *x, double *x_end);

G_END_DECLS
