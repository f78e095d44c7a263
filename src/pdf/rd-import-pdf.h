/* rd-import-pdf.h: PDF with poppler-glib
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-block.h"

G_BEGIN_DECLS

/* The PDF importer proper.  The program loads it from the "pdf" module
 * (rd-extension.h); the tests link it in.  rd_import_pdf() in the engine
 * finds it either way. */
RdBlockList *rd_import_pdf_with_poppler (GBytes *bytes, GError **error);

G_END_DECLS
