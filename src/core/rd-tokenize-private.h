/* rd-tokenize-private.h: the compared form of tokens, shared by the
 * tokenizer and the diff (not installed, not part of the contract)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-tokenize.h"

G_BEGIN_DECLS

/* FNV-1a over the code points of the compared form. */
#define RD_FORM_HASH_BASIS 2166136261u
#define RD_FORM_HASH_PRIME 16777619u

/* An invalid byte stands for itself as a code point no valid UTF-8 can
 * encode (a lone low surrogate), so that it compares equal only to the
 * same invalid byte. */
#define RD_INVALID_BYTE_BASE 0xDC00

/* Decodes one character of @p (before @end) into @c and returns its length
 * in bytes, at least 1. */
static inline guint
rd_utf8_decode (const char *p,
                const char *end,
                gunichar *c)
{
  guchar byte = (guchar) *p;
  gunichar u;

  if (byte < 0x80)
    {
      *c = byte;
      return 1;
    }
  u = g_utf8_get_char_validated (p, end - p);
  if (u == (gunichar) -1 || u == (gunichar) -2)
    {
      *c = RD_INVALID_BYTE_BASE + byte;
      return 1;
    }
  *c = u;
  return g_utf8_skip[byte];
}

/* The compared form of one character under @flags: apostrophes, quotes and
 * dashes folded to one of each, the case folded under RD_DIFF_IGNORE_CASE;
 * 0 for a character that is not compared at all (white space, invisible
 * format characters such as the soft hyphen, and punctuation under
 * RD_DIFF_IGNORE_PUNCTUATION). */
gunichar rd_fold_char_slow (gunichar c, RdDiffFlags flags);

static inline gunichar
rd_fold_char (gunichar c,
              RdDiffFlags flags)
{
  if (c < 0x80 && g_ascii_isalnum (c))
    {
      if (flags & RD_DIFF_IGNORE_CASE)
        return g_ascii_tolower (c);
      return c;
    }
  return rd_fold_char_slow (c, flags);
}

/* Walks the compared form of a byte range. */
typedef struct
{
  const char *p;
  const char *end;
  RdDiffFlags flags;
} RdFormIter;

static inline void
rd_form_iter_init (RdFormIter *iter,
                   const char *text,
                   gsize start,
                   gsize end,
                   RdDiffFlags flags)
{
  iter->p = text + start;
  iter->end = text + end;
  iter->flags = flags;
}

/* The next code point of the compared form, or 0 at the end. */
static inline gunichar
rd_form_iter_next (RdFormIter *iter)
{
  while (iter->p < iter->end)
    {
      gunichar c;

      iter->p += rd_utf8_decode (iter->p, iter->end, &c);
      c = rd_fold_char (c, iter->flags);
      if (c != 0)
        return c;
    }
  return 0;
}

/* The hash of the compared form of text[start, end). */
guint32 rd_form_hash (const char *text, gsize start, gsize end, RdDiffFlags flags);

/* Whether two byte ranges have the same compared form. */
gboolean rd_form_equal (const char *a_text, gsize a_start, gsize a_end, const char *b_text, gsize b_start, gsize b_end, RdDiffFlags flags);

/* Appends the compared form of text[start, end) to @out (gunichar). */
void rd_form_append (const char *text, gsize start, gsize end, RdDiffFlags flags, GArray *out);

/* Whether @token takes no part in the comparison: a punctuation mark under
 * RD_DIFF_IGNORE_PUNCTUATION (symbols such as "%" or "§" still count). */
gboolean rd_token_is_ignored (const char *text, const RdToken *token, RdDiffFlags flags);

/* A separating or closing mark after which an edit may well start: ",",
 * ";", ".", ")", "”" ...  */
gboolean rd_token_is_separator (const char *text, const RdToken *token);

/* An opening mark before which an edit may well start: "(", "“" ... */
gboolean rd_token_is_opening (const char *text, const RdToken *token);

/* A short lower-case word ("the", "of", "a", "and", "de", "la") that
 * belongs with the word after it. */
gboolean rd_token_is_function_word (const char *text, const RdToken *token);

G_END_DECLS
