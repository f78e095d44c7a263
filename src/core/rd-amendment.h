/* rd-amendment.h: an amendment document and its instructions
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rd-document.h"
#include "rd-instruction.h"

G_BEGIN_DECLS

/*
 * The parser recognises an amendment by its line "Ukraine:* amendment to
 * draft resolution A/80/L.3": the document's type is then "amendment",
 * its RD_FIELD_AMENDS the symbol it amends, its sponsors those named
 * before the colon, and its paragraphs the instructions as printed.  An
 * RdAmendment is the instructions read from those paragraphs.
 */

#define RD_TYPE_AMENDMENT (rd_amendment_get_type ())
G_DECLARE_FINAL_TYPE (RdAmendment, rd_amendment, RD, AMENDMENT, GObject)

/* Whether @document is an amendment (it names the draft it amends). */
gboolean rd_document_is_amendment (RdDocument *document);

/* The instructions of @document; NULL when it is not an amendment. */
RdAmendment *rd_amendment_new_from_document (RdDocument *document);

/* Instructions read from plain text, one paragraph a line (see
 * rd_instruction_parse_text): for tests and fuzzing.  @symbol and @amends
 * may be NULL. */
RdAmendment *rd_amendment_new_from_text (const char *text,
                                         gssize length,
                                         const char *symbol,
                                         const char *amends);

/* The amendment's own document, or NULL when read from text. */
RdDocument *rd_amendment_get_document (RdAmendment *self);

/* Its symbol ("A/80/L.28") and the draft's ("A/80/L.3"); either may be
 * NULL. */
const char *rd_amendment_get_symbol (RdAmendment *self);
const char *rd_amendment_get_amends (RdAmendment *self);

/* RdInstruction *, in the order printed. */
GPtrArray *rd_amendment_get_instructions (RdAmendment *self);

/* The text of the amendment's own footnote @marker ("**"), which a quoted
 * text cites; NULL when it has none. */
const char *rd_amendment_get_footnote_text (RdAmendment *self,
                                            const char *marker);

/* Whether @symbol names the same document as the one amended: letter
 * case, spaces and the reissue star ("A/C.1/80/L.23*") aside. */
gboolean rd_amendment_amends_symbol (RdAmendment *self,
                                     const char *symbol);

G_END_DECLS
