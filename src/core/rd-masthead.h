/* rd-masthead.h: the masthead of a resolution, from its blocks
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-block.h"
#include "rd-document.h"

G_BEGIN_DECLS

/* A masthead line or enacting formula is short; anything longer is body
 * text even if it happens to match a masthead pattern. */
#define RD_MASTHEAD_MAX_LINE 160

/* Reads the masthead's @blocks (RdBlock *, the lines before the enacting
 * formula, footnotes left out) into @document's fields, agenda items and
 * sponsors, and its title; adds to @star_notes (guint indices as pointers)
 * the sponsors whose note is a call ("*") for the parser to resolve once
 * it has the footnotes.  Private to the parser (rd-parser.c). */
void rd_masthead_parse (RdDocument *document,
                        GPtrArray *blocks,
                        GPtrArray *star_notes);

G_END_DECLS
