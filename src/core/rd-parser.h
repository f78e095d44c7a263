/* rd-parser.h: from text blocks to the structure of a resolution
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-block.h"
#include "rd-document.h"

G_BEGIN_DECLS

/*
 * Builds a document from the blocks an importer produced: masthead fields,
 * sponsors, title, formula, preambular, operative and sub-paragraphs with
 * their numbers and verbs, footnotes and the markers that cite them.
 *
 * Parsing never fails: a text that is not a resolution comes back as
 * "other" paragraphs with a warning.  @file names the source in the
 * document and in warnings.
 */
RdDocument *rd_parser_parse (const RdBlockList *blocks, const char *file);

G_END_DECLS
