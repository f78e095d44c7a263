/* rd-tokenize.h: words, numbers and punctuation
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rd-diff.h"

G_BEGIN_DECLS

typedef enum
{
  RD_TOKEN_WORD,   /* letters, with inner apostrophes and hyphens:
                    * "Children's", "rights-based", "COVID-19" */
  RD_TOKEN_NUMBER, /* digits with inner separators: "2030", "64/293",
                    * "1.5", "16.2" */
  RD_TOKEN_PUNCT,  /* one punctuation mark or symbol */
} RdTokenKind;

typedef struct
{
  RdTokenKind kind;
  guint space;  /* byte offset where the white space before it starts */
  guint start;  /* byte offset of the token itself */
  guint end;    /* byte offset just after it */
  guint32 hash; /* of the token's compared form: case-folded under
                 * RD_DIFF_IGNORE_CASE; equal hashes for equal forms */
} RdToken;

/* Splits @text into tokens.  White space belongs to the token after it
 * (trailing white space is not a token).  @flags decide the compared form
 * that @hash is computed from. */
GArray *rd_tokenize (const char *text, RdDiffFlags flags);

/* Appends to @hashes (guint32) the hashes of @text's words and numbers —
 * its tokens but punctuation marks — in order, as rd_tokenize() gives
 * them, and returns how many: for callers that compare words and need
 * nothing else of the tokens. */
guint rd_tokenize_append_word_hashes (const char *text, RdDiffFlags flags, GArray *hashes);

/* Whether two tokens of @a_text and @b_text compare equal under @flags
 * (hashes equal and the compared forms equal). */
gboolean rd_token_equal (const char *a_text, const RdToken *a, const char *b_text, const RdToken *b, RdDiffFlags flags);

/* The last token of the compound unit that starts at token @t of @tokens
 * (of @text), or @t: a document symbol ("A/C.6/80/SR.7"), a date ("19
 * December 2024", "December 2024", "8 March") and a quantity ("3.7
 * million", "40 per cent") are each one unit of the diff, so that an edit
 * never starts or ends inside one ("A/C.{+6/80/SR.7, A/C.+}6/80/SR.9"): a
 * reader sees the whole symbol or date replaced. */
guint rd_token_compound_last (const char *text,
                              const GArray *tokens,
                              guint t);

G_END_DECLS
