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
  const RdFormatsModule *formats;

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);

  formats = rd_formats_module (error);
  if (formats == NULL)
    return NULL;
  return formats->write_html (comparison, options, error);
}

GBytes *
rd_export_pdf (RdComparison *comparison,
               RdLayout layout,
               GError **error)
{
  const RdPrintModule *print;

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);

  print = rd_print_module (error);
  if (print == NULL)
    return NULL;
  return print->render_pdf (comparison, layout, error);
}
