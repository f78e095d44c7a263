/* rd-import-pdf.h: PDF with poppler-glib
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rd-block.h"

G_BEGIN_DECLS

/* The PDF importer proper, what the "pdf" module's interface points at
 * (RdPdfModule in rd-module.h).  The program loads the module; the tests
 * link the library in.  Call rd_import_pdf() in the engine, which finds it
 * either way. */
RdBlockList *rd_import_pdf_with_poppler (GBytes *bytes, GCancellable *cancellable, GError **error);

G_END_DECLS
