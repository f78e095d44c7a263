/* rd-pdf-module.c: the interface of the "pdf" module
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-import-pdf.h"
#include "rd-module.h"

static const RdPdfModule pdf_module = {
  RD_MODULE_HEADER_INIT (RdPdfModule, RD_PDF_MODULE_VERSION),
  .import_pdf = rd_import_pdf_with_poppler,
};

RD_MODULE_DEFINE_INTERFACE (RdPdfModule, pdf, pdf_module)
