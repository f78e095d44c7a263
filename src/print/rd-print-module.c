/* rd-print-module.c: the interface of the "print" module
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-module.h"
#include "rd-print-compositor.h"

static GBytes *
render_pdf (RdComparison *comparison,
            RdLayout layout,
            GError **error)
{
  g_autoptr (RdPrintCompositor) compositor = rd_print_compositor_new (comparison, layout);

  return rd_print_compositor_render_pdf (compositor, error);
}

static GBytes *
render_pdf_full (RdComparison *comparison,
                 const RdPdfOptions *options,
                 GError **error)
{
  g_autoptr (RdPrintCompositor) compositor = rd_print_compositor_new (comparison, options->layout);

  rd_print_compositor_set_substantive_only (compositor, options->substantive_only);
  return rd_print_compositor_render_pdf (compositor, error);
}

static GBytes *
render_series_pdf (RdSeries *series,
                   const RdPdfOptions *options,
                   GError **error)
{
  g_autoptr (RdPrintCompositor) compositor = rd_print_compositor_new_for_series (series);

  rd_print_compositor_set_substantive_only (compositor, options->substantive_only);
  return rd_print_compositor_render_pdf (compositor, error);
}

static const RdPrintModule print_module = {
  RD_MODULE_HEADER_INIT (RdPrintModule, RD_PRINT_MODULE_VERSION),
  .render_pdf = render_pdf,
  .render_pdf_full = render_pdf_full,
  .render_series_pdf = render_series_pdf,
};

RD_MODULE_DEFINE_INTERFACE (RdPrintModule, print, print_module)
