/* rd-print-compositor.h: a comparison paginated for printing and PDF
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "rd-comparison.h"
#include "rd-layout.h"
#include "rd-series.h"

G_BEGIN_DECLS

#define RD_PRINT_ERROR (rd_print_error_quark ())
GQuark rd_print_error_quark (void);

typedef enum
{
  RD_PRINT_ERROR_FAILED, /* Cairo could not draw or write the pages */
} RdPrintError;

#define RD_TYPE_PRINT_COMPOSITOR (rd_print_compositor_get_type ())
G_DECLARE_FINAL_TYPE (RdPrintCompositor, rd_print_compositor, RD, PRINT_COMPOSITOR, GObject)

RdPrintCompositor *rd_print_compositor_new (RdComparison *comparison,
                                            RdLayout layout);

/* A series of versions (at least two), as a redline: the versions, a
 * summary of each step, then the history of every paragraph that ever
 * changed (rd-series-presentation.h). */
RdPrintCompositor *rd_print_compositor_new_for_series (RdSeries *series);

/* A series' last step. */
RdComparison *rd_print_compositor_get_comparison (RdPrintCompositor *self);
RdLayout rd_print_compositor_get_layout (RdPrintCompositor *self);
/* Before pagination.  @changes_only: runs of unchanged paragraphs as one
 * "N unchanged paragraphs" line ("Show only changes").  @show_renumbered:
 * label each paragraph whose number alone changed ("OP 47 → 50"); off by
 * default, renumbering being no change. */
void rd_print_compositor_set_changes_only (RdPrintCompositor *self, gboolean changes_only);
void rd_print_compositor_set_show_renumbered (RdPrintCompositor *self, gboolean show_renumbered);
/* Before pagination: routine updates (rd-routine.h) printed as the
 * paragraphs read now, unmarked ("--substantive"); a series leaves them
 * out of its histories. */
void rd_print_compositor_set_substantive_only (RdPrintCompositor *self, gboolean substantive_only);

/* The paper, in points (1/72 inch), as it lies: landscape is wider than
 * tall.  The default is the locale's paper (A4 or US Letter), turned to
 * suit the layout.  Changing it starts pagination again. */
void rd_print_compositor_set_page_size (RdPrintCompositor *self,
                                        double width,
                                        double height);
void rd_print_compositor_get_page_size (RdPrintCompositor *self,
                                        double *width,
                                        double *height);

/* The blank border around the page's content (the running header and
 * footer included), in points.  Starts pagination again. */
void rd_print_compositor_set_margins (RdPrintCompositor *self,
                                      double top,
                                      double bottom,
                                      double left,
                                      double right);
void rd_print_compositor_get_margins (RdPrintCompositor *self,
                                      double *top,
                                      double *bottom,
                                      double *left,
                                      double *right);

/*
 * Paginates a part of the comparison and returns whether pagination is
 * complete; call it until it returns TRUE (from GtkPrintOperation's
 * ::paginate, or in a loop).  @cr is where the pages will be drawn: its
 * font options and units (points) are used to lay the text out.
 */
gboolean rd_print_compositor_paginate (RdPrintCompositor *self,
                                       cairo_t *cr);

/* 0 to 1: how far pagination has gone. */
double rd_print_compositor_get_pagination_progress (RdPrintCompositor *self);

/* Pages, once pagination is complete; 0 before. */
guint rd_print_compositor_get_n_pages (RdPrintCompositor *self);

/* Draws page @page (0-based) with its origin at the paper's top-left
 * corner, in points.  Pagination must be complete. */
void rd_print_compositor_draw_page (RdPrintCompositor *self,
                                    cairo_t *cr,
                                    guint page);

/* Paginates (when not done yet) and renders every page as a PDF
 * document, with an outline of the changes and links between moved
 * paragraphs' two places. */
GBytes *rd_print_compositor_render_pdf (RdPrintCompositor *self,
                                        GError **error);

/* Renders the PDF and saves it to @file atomically (rd_save_bytes),
 * refusing either of the compared files as the target. */
gboolean rd_print_compositor_write_pdf (RdPrintCompositor *self,
                                        GFile *file,
                                        GCancellable *cancellable,
                                        GError **error);

G_END_DECLS
