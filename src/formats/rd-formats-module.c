/* rd-formats-module.c: the interface of the "formats" module
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-formats.h"
#include "rd-html-writer.h"
#include "rd-office-writer.h"
#include "rd-module.h"

static const RdFormatsModule formats_module = {
  RD_MODULE_HEADER_INIT (RdFormatsModule, RD_FORMATS_MODULE_VERSION),
  .import_docx = rd_formats_import_docx,
  .import_odt = rd_formats_import_odt,
  .import_html = rd_formats_import_html,
  .import_akn = rd_formats_import_akn,
  .write_html = rd_html_write,
  .write_series_html = rd_html_write_series,
  .write_office = rd_office_write,
  .import_office = rd_formats_import_office,
};

RD_MODULE_DEFINE_INTERFACE (RdFormatsModule, formats, formats_module)
