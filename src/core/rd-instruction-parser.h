/* rd-instruction-parser.h: reading the instructions of an amendment
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-instruction.h"

G_BEGIN_DECLS

/* One paragraph of an amendment's body as the parser read it: the text
 * without its number or label and without footnote marks, the label as
 * printed ("3.", "(a)") or NULL, and the footnote marks it had
 * (RdFootnoteRef, or NULL for none). */
typedef struct
{
  const char *text;
  const char *label;
  const GArray *footnotes;
} RdInstructionLine;

/*
 * Reads the instructions in an amendment's body, in order (RdInstruction).
 * An instruction may run over several lines (a quotation that goes on) and
 * be followed by the paragraphs it quotes ("… insert a new operative
 * paragraph reading:").  Never fails: text that is not understood becomes
 * an RD_INSTRUCTION_UNKNOWN instruction with a problem.
 */
GPtrArray *rd_instruction_parse_lines (const RdInstructionLine *lines,
                                       guint n_lines);

/* The same from plain text, one paragraph a line, each possibly opening
 * with its number ("2. In operative paragraph 1, …"): the entry point for
 * tests and fuzzing.  Takes any bytes (@length -1 for a NUL-terminated
 * string); invalid UTF-8 is made valid first. */
GPtrArray *rd_instruction_parse_text (const char *text,
                                      gssize length);

/* Whether @text, a paragraph without its number, opens an instruction:
 * "Delete …", "In operative paragraph 5, …", "After the fifth preambular
 * paragraph, …", "Operative paragraph 3 shall read: …". */
gboolean rd_instruction_text_starts (const char *text);

/* Numbers in words or figures as instructions write them: "thirty-eighth"
 * → 38 (ordinal), "two hundred and fifth" → 205, "two" → 2, "38th" → 38,
 * "12" → 12.  FALSE when @words is not one number. */
gboolean rd_number_words_parse (const char *words,
                                guint *value,
                                gboolean *ordinal);

/* The hook rd-parser.c calls on a document without an enacting formula:
 * when one of its first blocks names it an amendment ("Ukraine:*
 * amendment to draft resolution A/80/L.3", possibly over several lines),
 * returns the index of the first block of its first instruction (the
 * masthead and the title stand before) and sets @amends to the symbol it
 * amends; else G_MAXUINT.  @blocks holds RdBlock. */
guint rd_amendment_find_instructions (GPtrArray *blocks,
                                      char **amends);

G_END_DECLS
