/* rd-structure-writer.h: a parsed document as JSON (resdiff --structure)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-document.h"
#include "rd-json.h"

G_BEGIN_DECLS

/* The whole structure, as documented in docs/structure-json.md. */
char *rd_structure_to_json (RdDocument *document);

/* The same, handed to @sink piece by piece; FALSE when the sink failed. */
gboolean rd_structure_write_json (RdDocument *document, RdJsonSink sink, gpointer user_data);

/* The same object written into a larger JSON text. */
void rd_structure_write (RdDocument *document, RdJsonWriter *writer);

G_END_DECLS
