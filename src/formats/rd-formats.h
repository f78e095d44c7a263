/* rd-formats.h: the importers of the "formats" module
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-block.h"
#include "rd-import.h"

G_BEGIN_DECLS

/*
 * Word, OpenDocument, HTML and Akoma Ntoso import, which with the HTML
 * writer (rd-html-writer.h) form the "formats" library on libxml2 and
 * libarchive.  The program reaches them through the module's interface
 * (RdFormatsModule in rd-module.h, defined in rd-formats-module.c), so
 * that comparing text or PDF never maps libxml2, ICU and libarchive:
 * call rd_import_docx() and friends (rd-import.h), which find them
 * whether the library is loaded or linked in.
 */
RdBlockList *rd_formats_import_docx (GBytes *bytes, GError **error);
RdBlockList *rd_formats_import_odt (GBytes *bytes, GError **error);
RdBlockList *rd_formats_import_html (GBytes *bytes, GError **error);
RdBlockList *rd_formats_import_akn (GBytes *bytes, GError **error);
/* A Word or OpenDocument file (zip or flat), its tracked changes accepted
 * or rejected: the module's import_office. */
RdBlockList *rd_formats_import_office (GBytes *bytes, RdTrackedChanges changes, GError **error);

G_END_DECLS
