/* rd-formats.h: the importers and the writer that need libxml2 and
 * libarchive
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-block.h"

G_BEGIN_DECLS

/*
 * Word, OpenDocument, HTML and Akoma Ntoso import, and the HTML writer
 * (rd-html-writer.h), form the "formats" library: linked into the tests
 * and the window, loaded by the command line as a module only when such a
 * file comes along (rd-extension.h), so that comparing text or PDF never
 * maps libxml2, ICU and libarchive.  Call them through rd_import_docx()
 * and friends (rd-import.h), which find them either way.
 */
RdBlockList *rd_formats_import_docx (GBytes *bytes, GError **error);
RdBlockList *rd_formats_import_odt (GBytes *bytes, GError **error);
RdBlockList *rd_formats_import_html (GBytes *bytes, GError **error);
RdBlockList *rd_formats_import_akn (GBytes *bytes, GError **error);

G_END_DECLS
