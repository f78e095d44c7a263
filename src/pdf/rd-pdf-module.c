/* rd-pdf-module.c: the interface of the "pdf" module
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gmodule.h>

#include "rd-import-pdf.h"
#include "rd-module.h"

G_MODULE_EXPORT const RdPdfModule *rd_pdf_module_interface (void);

static const RdPdfModule pdf_module = {
  RD_MODULE_HEADER_INIT (RdPdfModule, RD_PDF_MODULE_VERSION),
  .import_pdf = rd_import_pdf_with_poppler,
};

const RdPdfModule *
rd_pdf_module_interface (void)
{
  return &pdf_module;
}
