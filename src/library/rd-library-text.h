/* rd-library-text.h: words of a paragraph as the library compares them
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rd-document.h"

G_BEGIN_DECLS

/* Shared word sequences are found as shingles of this many words: long
 * enough that a shared run is a phrase a delegate would recognise ("the
 * Secretary-General to submit to the General Assembly"), short enough
 * that an edit in the middle of a clause leaves its neighbours found. */
#define RD_LIBRARY_SHINGLE_WORDS 8

typedef struct
{
  guint start;  /* byte offset of the word in the text */
  guint end;    /* byte offset just after it */
  guint64 hash; /* of its normalised form */
} RdLibraryWord;

/* The words of @text (RdLibraryWord), each normalised so that routine
 * updates compare equal: lower case, and every figure, symbol, year,
 * ordinal session number ("seventy-ninth") and month one placeholder. */
GArray *rd_library_text_words (const char *text);

/* The hash of the words from @first, @n of them. */
guint64 rd_library_text_hash_words (const RdLibraryWord *words, guint n);

/* The paragraph's shingles, in order (n_words - SHINGLE + 1 of them, none
 * for a shorter paragraph). */
GArray *rd_library_text_shingles (GArray *words);

/* How the library names @paragraph of @document: "3" for the third
 * preambular paragraph, the operative number, "5 (a)" for a sub-paragraph. */
char *rd_library_paragraph_number (RdDocument *document, const RdParagraph *paragraph);

G_END_DECLS
