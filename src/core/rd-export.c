/* rd-export.c: the marked-up copies that modules make (HTML, PDF)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-export.h"

#include "rd-module.h"

/* Public API */

GBytes *
rd_export_html (RdComparison *comparison,
                const RdHtmlOptions *options,
                GError **error)
{
  const RdFormatsModule *formats = rd_formats_module (error);

  return formats != NULL ? formats->write_html (comparison, options, error) : NULL;
}

GBytes *
rd_export_office (RdComparison *comparison,
                  const RdOfficeOptions *options,
                  GError **error)
{
  const RdFormatsModule *formats = rd_formats_module (error);

  return formats != NULL ? formats->write_office (comparison, options, error) : NULL;
}

GBytes *
rd_export_pdf (RdComparison *comparison,
               RdLayout layout,
               GError **error)
{
  const RdPrintModule *print = rd_print_module (error);

  return print != NULL ? print->render_pdf (comparison, layout, error) : NULL;
}

GBytes *
rd_export_pdf_full (RdComparison *comparison,
                    const RdPdfOptions *options,
                    GError **error)
{
  static const RdPdfOptions defaults = { 0 };
  const RdPrintModule *print = rd_print_module (error);

  return print != NULL ? print->render_pdf_full (comparison, options != NULL ? options : &defaults, error) : NULL;
}

GBytes *
rd_export_series_html (RdSeries *series,
                       const RdHtmlOptions *options,
                       GError **error)
{
  const RdFormatsModule *formats = rd_formats_module (error);

  return formats != NULL ? formats->write_series_html (series, options, error) : NULL;
}

GBytes *
rd_export_series_pdf (RdSeries *series,
                      const RdPdfOptions *options,
                      GError **error)
{
  static const RdPdfOptions defaults = { 0 };
  const RdPrintModule *print = rd_print_module (error);

  return print != NULL ? print->render_series_pdf (series, options != NULL ? options : &defaults, error) : NULL;
}
