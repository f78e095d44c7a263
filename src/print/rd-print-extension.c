/* rd-print-extension.c: what the command line asks of the "print" module
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-print-compositor.h"

/* The command line finds this by name in libresdiff-print (see
 * rd-extension.h), so that text and JSON output never load Pango. */
G_MODULE_EXPORT GBytes *rd_print_render_pdf (RdComparison *comparison,
                                             gboolean side_by_side,
                                             GError **error);

GBytes *
rd_print_render_pdf (RdComparison *comparison,
                     gboolean side_by_side,
                     GError **error)
{
  g_autoptr (RdPrintCompositor) compositor = rd_print_compositor_new (comparison, side_by_side ? RD_PRINT_LAYOUT_SIDE_BY_SIDE : RD_PRINT_LAYOUT_REDLINE);

  return rd_print_compositor_render_pdf (compositor, error);
}
