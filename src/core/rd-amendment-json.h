/* rd-amendment-json.h: amendments as JSON (--structure, and a draft
 * compared with the draft as amended)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-amended-draft.h"
#include "rd-amendment.h"
#include "rd-comparison.h"
#include "rd-json.h"

G_BEGIN_DECLS

/* The members of one instruction, into an object the caller opened:
 * docs/structure-json.md, INSTRUCTION.  @amendment gives the texts of the
 * footnotes its quotations cite. */
void rd_instruction_write_json (RdAmendment *amendment,
                                const RdInstruction *instruction,
                                RdJsonWriter *writer);

/* "instructions": [...] for --structure. */
void rd_amendment_write_instructions (RdAmendment *amendment,
                                      RdJsonWriter *writer);

/* The comparison of the draft with the draft as amended, as
 * docs/comparison-json.md says: the comparison's members, each change and
 * header change with its "attribution", and "amendments". */
char *rd_amended_draft_to_json (RdAmendedDraft *amended,
                                RdComparison *comparison);

/* The same text handed to @sink piece by piece; FALSE if the sink failed. */
gboolean rd_amended_draft_write_json (RdAmendedDraft *amended,
                                      RdComparison *comparison,
                                      RdJsonSink sink,
                                      gpointer user_data);

G_END_DECLS
