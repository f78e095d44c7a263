/* rd-tokenize.c: words, numbers and punctuation
 *
 * The tokens of a text, their compared form, and the compound units the
 * diff compares whole (document symbols, dates, quantities).
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-tokenize.h"
#include "rd-tokenize-private.h"

#include "rd-lexicon.h"

#include <string.h>

/* Longest word that still reads as a function word ("the", "and", "des"):
 * a boundary right after one splits a phrase ("the | Parties"). */
#define FUNCTION_WORD_MAX_CHARS 3

/* Character classes */

static gboolean
is_apostrophe (gunichar c)
{
  switch (c)
    {
    case 0x0027: /* apostrophe */
    case 0x0060: /* grave accent, typed for an apostrophe */
    case 0x00B4: /* acute accent, likewise */
    case 0x02BC: /* modifier letter apostrophe */
    case 0x2018: /* left single quotation mark */
    case 0x2019: /* right single quotation mark */
    case 0x201A: /* single low-9 quotation mark */
    case 0x201B: /* single high-reversed-9 quotation mark */
    case 0x2032: /* prime */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_quote (gunichar c)
{
  switch (c)
    {
    case 0x0022: /* quotation mark */
    case 0x00AB: /* left-pointing double angle quotation mark */
    case 0x00BB: /* right-pointing double angle quotation mark */
    case 0x2039: /* single left-pointing angle quotation mark */
    case 0x203A: /* single right-pointing angle quotation mark */
    case 0x201C: /* left double quotation mark */
    case 0x201D: /* right double quotation mark */
    case 0x201E: /* double low-9 quotation mark */
    case 0x201F: /* double high-reversed-9 quotation mark */
    case 0x2033: /* double prime */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_dash (gunichar c)
{
  switch (c)
    {
    case 0x002D: /* hyphen-minus */
    case 0x2010: /* hyphen */
    case 0x2011: /* non-breaking hyphen */
    case 0x2012: /* figure dash */
    case 0x2013: /* en dash */
    case 0x2014: /* em dash */
    case 0x2015: /* horizontal bar */
    case 0x2212: /* minus sign */
    case 0xFE58: /* small em dash */
    case 0xFE63: /* small hyphen-minus */
    case 0xFF0D: /* fullwidth hyphen-minus */
      return TRUE;
    default:
      return FALSE;
    }
}

/* What may stand inside a word between two letters or digits: apostrophes
 * ("Children’s") and hyphens ("rights-based", "COVID-19").  The en dash
 * joins words too ("Israeli–Palestinian"); the em dash marks a break. */
static gboolean
is_word_joiner (gunichar c)
{
  switch (c)
    {
    case 0x0027:
    case 0x02BC:
    case 0x2018:
    case 0x2019:
    case 0x002D:
    case 0x2010:
    case 0x2011:
    case 0x2013:
      return TRUE;
    default:
      return FALSE;
    }
}

/* What may stand inside a number between two digits: "64/293", "16.2",
 * "1,000", "10:30", and the Arabic decimal and thousands separators. */
static gboolean
is_number_joiner (gunichar c)
{
  return c == '.' || c == ',' || c == '/' || c == ':' || c == 0x066B || c == 0x066C;
}

static inline gboolean
is_space (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
  return g_unichar_isspace (c);
}

/* Invisible characters (soft hyphen, zero-width space and joiners, byte
 * order mark): white space between tokens, nothing inside a word. */
static inline gboolean
is_format (gunichar c)
{
  return c >= 0x80 && g_unichar_type (c) == G_UNICODE_FORMAT;
}

static inline gboolean
is_letter (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalpha (c);
  if (c >= RD_INVALID_BYTE_BASE && c < RD_INVALID_BYTE_BASE + 0x100)
    return FALSE;
  return g_unichar_isalpha (c) || g_unichar_ismark (c);
}

static inline gboolean
is_digit (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isdigit (c);
  return g_unichar_isdigit (c);
}

/* Han characters are each a word: Chinese writes no spaces, and one
 * character is the unit a reader sees change. */
static inline gboolean
is_ideograph (gunichar c)
{
  return c >= 0x2E80 && g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN;
}

static gboolean
is_punctuation_type (GUnicodeType type)
{
  switch (type)
    {
    case G_UNICODE_CONNECT_PUNCTUATION:
    case G_UNICODE_DASH_PUNCTUATION:
    case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION:
    case G_UNICODE_OTHER_PUNCTUATION:
    case G_UNICODE_OPEN_PUNCTUATION:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Compared form */

gunichar
rd_fold_char_slow (gunichar c,
                   RdDiffFlags flags)
{
  if (is_apostrophe (c))
    c = '\'';
  else if (is_quote (c))
    c = '"';
  else if (is_dash (c))
    c = '-';

  if (c < 0x80)
    {
      if (is_space (c))
        return 0;
      if ((flags & RD_DIFF_IGNORE_PUNCTUATION) && g_ascii_ispunct (c) &&
          is_punctuation_type (g_unichar_type (c)))
        return 0;
      if (flags & RD_DIFF_IGNORE_CASE)
        return g_ascii_tolower (c);
      return c;
    }
  if (c >= RD_INVALID_BYTE_BASE && c < RD_INVALID_BYTE_BASE + 0x100)
    return c;
  if (is_space (c) || is_format (c))
    return 0;
  if ((flags & RD_DIFF_IGNORE_PUNCTUATION) && is_punctuation_type (g_unichar_type (c)))
    return 0;
  if (flags & RD_DIFF_IGNORE_CASE)
    return g_unichar_tolower (c);
  return c;
}

guint32
rd_form_hash (const char *text,
              gsize start,
              gsize end,
              RdDiffFlags flags)
{
  guint32 hash = RD_FORM_HASH_BASIS;
  RdFormIter iter;
  gunichar c;

  rd_form_iter_init (&iter, text, start, end, flags);
  while ((c = rd_form_iter_next (&iter)) != 0)
    hash = (hash ^ c) * RD_FORM_HASH_PRIME;
  return hash;
}

gboolean
rd_form_equal (const char *a_text,
               gsize a_start,
               gsize a_end,
               const char *b_text,
               gsize b_start,
               gsize b_end,
               RdDiffFlags flags)
{
  RdFormIter a;
  RdFormIter b;

  /* Byte-identical ranges are the common case. */
  if (a_end - a_start == b_end - b_start &&
      memcmp (a_text + a_start, b_text + b_start, a_end - a_start) == 0)
    return TRUE;

  rd_form_iter_init (&a, a_text, a_start, a_end, flags);
  rd_form_iter_init (&b, b_text, b_start, b_end, flags);
  for (;;)
    {
      gunichar ca = rd_form_iter_next (&a);
      gunichar cb = rd_form_iter_next (&b);

      if (ca != cb)
        return FALSE;
      if (ca == 0)
        return TRUE;
    }
}

void
rd_form_append (const char *text,
                gsize start,
                gsize end,
                RdDiffFlags flags,
                GArray *out)
{
  RdFormIter iter;
  gunichar c;

  rd_form_iter_init (&iter, text, start, end, flags);
  while ((c = rd_form_iter_next (&iter)) != 0)
    g_array_append_val (out, c);
}

gboolean
rd_token_is_ignored (const char *text,
                     const RdToken *token,
                     RdDiffFlags flags)
{
  RdFormIter iter;

  if (!(flags & RD_DIFF_IGNORE_PUNCTUATION) || token->kind != RD_TOKEN_PUNCT)
    return FALSE;
  rd_form_iter_init (&iter, text, token->start, token->end, flags);
  return rd_form_iter_next (&iter) == 0;
}

gboolean
rd_token_is_separator (const char *text,
                       const RdToken *token)
{
  gunichar c;

  if (token->kind != RD_TOKEN_PUNCT)
    return FALSE;
  rd_utf8_decode (text + token->start, text + token->end, &c);
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
      return TRUE;
    case G_UNICODE_OTHER_PUNCTUATION:
      /* Not the marks that sit inside a phrase. */
      return c >= 0x80 || strchr ("\"#%&'*/@\\", (int) c) == NULL;
    default:
      return FALSE;
    }
}

gboolean
rd_token_is_opening (const char *text,
                     const RdToken *token)
{
  gunichar c;
  GUnicodeType type;

  if (token->kind != RD_TOKEN_PUNCT)
    return FALSE;
  rd_utf8_decode (text + token->start, text + token->end, &c);
  type = g_unichar_type (c);
  return type == G_UNICODE_OPEN_PUNCTUATION || type == G_UNICODE_INITIAL_PUNCTUATION;
}

gboolean
rd_token_is_function_word (const char *text,
                           const RdToken *token)
{
  const char *p = text + token->start;
  const char *end = text + token->end;
  guint n = 0;

  if (token->kind != RD_TOKEN_WORD)
    return FALSE;
  while (p < end)
    {
      gunichar c;

      p += rd_utf8_decode (p, end, &c);
      if (!g_unichar_islower (c) || ++n > FUNCTION_WORD_MAX_CHARS)
        return FALSE;
    }
  return n > 0;
}

/* Compound items */

static inline const RdToken *
token_at (const GArray *tokens,
          guint index)
{
  return &g_array_index (tokens, RdToken, index);
}

/* Scale words that make one quantity with the number before them. */
static const char *const scale_words[] = { "thousand", "million", "billion", "trillion" };

static gboolean
token_is (const char *text,
          const RdToken *token,
          const char *word)
{
  gsize n = strlen (word);

  return token->end - token->start == n && memcmp (text + token->start, word, n) == 0;
}

static gboolean
token_is_any (const char *text,
              const RdToken *token,
              const char *const *words,
              guint n_words)
{
  if (token->kind != RD_TOKEN_WORD)
    return FALSE;
  for (guint k = 0; k < n_words; k++)
    if (token_is (text, token, words[k]))
      return TRUE;
  return FALSE;
}

static gboolean
token_is_month (const char *text,
                const RdToken *token)
{
  return token->kind == RD_TOKEN_WORD && rd_lexicon_month_of_word (text + token->start, token->end - token->start, FALSE) > 0;
}

/* A number of @min to @max ASCII digits ("19", "2024"). */
static gboolean
token_is_figures (const char *text,
                  const RdToken *token,
                  guint min,
                  guint max)
{
  guint n = token->end - token->start;

  if (token->kind != RD_TOKEN_NUMBER || n < min || n > max)
    return FALSE;
  for (guint k = token->start; k < token->end; k++)
    if (!g_ascii_isdigit (text[k]))
      return FALSE;
  return TRUE;
}

/* The end of the document symbol that starts at @p ("A/C.6/80/SR.7",
 * "E/2023/30", "A/RES/ES-10/21", "S-35/1"): an upper-case letter, then
 * letters, figures and inner dots and hyphens, in two or more parts
 * joined by "/", with a figure somewhere; else NULL. */
static const char *
symbol_end (const char *p,
            const char *end)
{
  gboolean slash = FALSE;
  gboolean digit = FALSE;

  if (p >= end || !g_ascii_isupper (*p))
    return NULL;
  for (;;)
    {
      const char *part = p;

      while (p < end && (g_ascii_isalnum (*p) ||
                         ((*p == '.' || *p == '-') && p > part && p + 1 < end && g_ascii_isalnum (p[1]))))
        digit |= g_ascii_isdigit (*p++);
      if (p == part)
        return NULL;
      if (p + 1 < end && *p == '/' && g_ascii_isalnum (p[1]))
        {
          slash = TRUE;
          p++;
          continue;
        }
      break;
    }
  return slash && digit ? p : NULL;
}

/* Scanning */

typedef struct
{
  const char *text;
  const char *end;
} Scanner;

/* The character at @p, or 0 at the end. */
static inline gunichar
peek (const Scanner *scanner,
      const char *p,
      guint *length)
{
  gunichar c;

  if (p >= scanner->end)
    {
      *length = 0;
      return 0;
    }
  *length = rd_utf8_decode (p, scanner->end, &c);
  return c;
}

/* Whether the character at @p continues a word (or, with @number, a
 * number): letters and digits, not a Han character. */
static gboolean
continues_alnum (const Scanner *scanner,
                 const char *p)
{
  guint length;
  gunichar c = peek (scanner, p, &length);

  return length > 0 && (is_letter (c) || is_digit (c)) && !is_ideograph (c);
}

/* Returns the end of the word or number starting at @p. */
static const char *
scan_alnum (const Scanner *scanner,
            const char *p,
            gboolean number)
{
  for (;;)
    {
      guint length;
      gunichar c = peek (scanner, p, &length);

      if (length == 0)
        return p;
      if ((is_letter (c) || is_digit (c)) && !is_ideograph (c))
        {
          p += length;
          continue;
        }
      /* A joiner counts only between two letters or digits. */
      if (number ? is_number_joiner (c) : (is_word_joiner (c) || is_format (c)))
        {
          guint next_length;
          gunichar next = peek (scanner, p + length, &next_length);

          if (next_length > 0 &&
              (number ? is_digit (next) : continues_alnum (scanner, p + length)))
            {
              p += length;
              continue;
            }
        }
      return p;
    }
}

/* Skips combining marks after a punctuation mark or ideograph. */
static const char *
scan_marks (const Scanner *scanner,
            const char *p)
{
  for (;;)
    {
      guint length;
      gunichar c = peek (scanner, p, &length);

      if (length == 0 || c < 0x80 || !g_unichar_ismark (c))
        return p;
      p += length;
    }
}

/* ASCII, the bulk of most texts, without decoding */

enum
{
  ASCII_OTHER = 0,
  ASCII_SPACE = 1,
  ASCII_ALNUM = 2,
};

/* The class of each byte; bytes from 0x80 up (parts of other characters)
 * are ASCII_OTHER, so that one lookup answers without a comparison. */
static const guint8 ascii_classes[256] = {
  ['\t'] = ASCII_SPACE,
  ['\n'] = ASCII_SPACE,
  ['\v'] = ASCII_SPACE,
  ['\f'] = ASCII_SPACE,
  ['\r'] = ASCII_SPACE,
  [' '] = ASCII_SPACE,
  ['0' ... '9'] = ASCII_ALNUM,
  ['A' ... 'Z'] = ASCII_ALNUM,
  ['a' ... 'z'] = ASCII_ALNUM,
};

static inline gboolean
ascii_is_alnum (guchar byte)
{
  return ascii_classes[byte] == ASCII_ALNUM;
}

static inline gboolean
ascii_is_space (guchar byte)
{
  return ascii_classes[byte] == ASCII_SPACE;
}

static inline guchar
ascii_fold_case (guchar byte)
{
  return byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte;
}

/* One token as next_token () finds it. */
typedef struct
{
  RdTokenKind kind;
  const char *start;
  guint32 hash;
} ScannedToken;

/* Finds the token at or after *@p (white space and invisible characters
 * skipped), fills @token and moves *@p past it; FALSE at the end of the
 * text.  Without @punct_hash a punctuation mark's hash is left unset, for
 * callers that keep only words.  Inlined into each caller, so that its
 * loops stay tight: the tokenizer ran at a few bytes per hundred
 * instructions, half of a long comparison's time. */
static G_ALWAYS_INLINE inline gboolean
next_token (const Scanner *scanner,
            const char **p,
            RdDiffFlags flags,
            gboolean punct_hash,
            ScannedToken *token)
{
  const char *text = scanner->text;
  const char *q = *p;

  while (q < scanner->end)
    {
      guchar byte = (guchar) *q;

      if (ascii_is_space (byte))
        {
          q++;
          continue;
        }
      if (byte >= 0x80)
        {
          guint size;
          gunichar c = peek (scanner, q, &size);

          if (is_space (c) || is_format (c))
            {
              q += size;
              continue;
            }
        }

      token->start = q;
      if (ascii_is_alnum (byte))
        {
          gboolean number = byte <= '9';
          guint32 hash = RD_FORM_HASH_BASIS;

          token->kind = number ? RD_TOKEN_NUMBER : RD_TOKEN_WORD;
          /* Scanned and hashed in one pass; the text ends in a NUL, which
           * is no letter. */
          if (flags & RD_DIFF_IGNORE_CASE)
            do
              hash = (hash ^ ascii_fold_case ((guchar) *q++)) * RD_FORM_HASH_PRIME;
            while (ascii_is_alnum ((guchar) *q));
          else
            do
              hash = (hash ^ (guchar) *q++) * RD_FORM_HASH_PRIME;
            while (ascii_is_alnum ((guchar) *q));
          /* Joiners and other scripts take the long way: for a word an
           * apostrophe or a hyphen, for a number its separators (any other
           * mark ends the token there, as scan_alnum () would find). */
          if ((guchar) *q >= 0x80 ||
              (number ? (*q == '.' || *q == ',' || *q == '/' || *q == ':') : (*q == '\'' || *q == '-')))
            {
              const char *end = scan_alnum (scanner, q, number);

              if (end != q)
                hash = rd_form_hash (text, token->start - text, end - text, flags);
              q = end;
            }
          token->hash = hash;
        }
      else if (byte < 0x80)
        {
          token->kind = RD_TOKEN_PUNCT;
          /* Combining marks start at U+0300: none after an ASCII byte. */
          q = (guchar) q[1] < 0x80 ? q + 1 : scan_marks (scanner, q + 1);
          if (!punct_hash)
            ;
          else if (q == token->start + 1)
            {
              gunichar folded = rd_fold_char (byte, flags);

              token->hash = RD_FORM_HASH_BASIS;
              if (folded != 0)
                token->hash = (token->hash ^ folded) * RD_FORM_HASH_PRIME;
            }
          else
            token->hash = rd_form_hash (text, token->start - text, q - text, flags);
        }
      else
        {
          guint size;
          gunichar c = peek (scanner, q, &size);

          if (is_ideograph (c))
            {
              token->kind = RD_TOKEN_WORD;
              q = scan_marks (scanner, q + size);
            }
          else if (is_letter (c))
            {
              token->kind = RD_TOKEN_WORD;
              q = scan_alnum (scanner, q, FALSE);
            }
          else if (is_digit (c))
            {
              token->kind = RD_TOKEN_NUMBER;
              q = scan_alnum (scanner, q, TRUE);
            }
          else
            {
              token->kind = RD_TOKEN_PUNCT;
              q = scan_marks (scanner, q + size);
            }
          if (punct_hash || token->kind != RD_TOKEN_PUNCT)
            token->hash = rd_form_hash (text, token->start - text, q - text, flags);
        }
      *p = q;
      return TRUE;
    }
  *p = q;
  return FALSE;
}

/* Public API */

GArray *
rd_tokenize (const char *text,
             RdDiffFlags flags)
{
  GArray *tokens;
  RdToken *buf;
  guint n = 0;
  guint capacity;
  Scanner scanner;
  ScannedToken scanned;
  const char *p;
  const char *space;
  gsize length;

  g_return_val_if_fail (text != NULL, NULL);

  length = strlen (text);
  /* About one token in six bytes of English; filled in place, for a call
   * per token costs as much as the scanning. */
  capacity = length / 5 + 16;
  tokens = g_array_sized_new (FALSE, FALSE, sizeof (RdToken), capacity);
  g_array_set_size (tokens, capacity);
  buf = (RdToken *) (void *) tokens->data;
  scanner.text = text;
  scanner.end = text + length;

  p = space = text;
  while (next_token (&scanner, &p, flags, TRUE, &scanned))
    {
      RdToken *token;

      if (n == capacity)
        {
          capacity *= 2;
          g_array_set_size (tokens, capacity);
          buf = (RdToken *) (void *) tokens->data;
        }
      token = &buf[n++];
      token->kind = scanned.kind;
      token->space = space - text;
      token->start = scanned.start - text;
      token->end = p - text;
      token->hash = scanned.hash;
      space = p;
    }

  g_array_set_size (tokens, n);
  return tokens;
}

guint
rd_tokenize_append_word_hashes (const char *text,
                                RdDiffFlags flags,
                                GArray *hashes)
{
  Scanner scanner;
  ScannedToken scanned;
  const char *p;
  gsize length;
  guint32 *out;
  guint first;
  guint n = 0;

  g_return_val_if_fail (text != NULL, 0);
  g_return_val_if_fail (hashes != NULL && g_array_get_element_size (hashes) == sizeof (guint32), 0);

  length = strlen (text);
  first = hashes->len;
  /* Room for the most words the text can hold (one byte and a separator
   * each), so that they are written in place. */
  g_array_set_size (hashes, first + length / 2 + 1);
  out = (guint32 *) (void *) hashes->data + first;
  scanner.text = text;
  scanner.end = text + length;
  p = text;
  while (next_token (&scanner, &p, flags, FALSE, &scanned))
    if (scanned.kind != RD_TOKEN_PUNCT)
      out[n++] = scanned.hash;
  g_array_set_size (hashes, first + n);
  return n;
}

gboolean
rd_token_equal (const char *a_text,
                const RdToken *a,
                const char *b_text,
                const RdToken *b,
                RdDiffFlags flags)
{
  g_return_val_if_fail (a_text != NULL && a != NULL, FALSE);
  g_return_val_if_fail (b_text != NULL && b != NULL, FALSE);

  return a->hash == b->hash &&
         rd_form_equal (a_text, a->start, a->end, b_text, b->start, b->end, flags);
}

guint
rd_token_compound_last (const char *text,
                        const GArray *tokens,
                        guint t)
{
  guint n;
  const RdToken *token;
  const RdToken *next;

  g_return_val_if_fail (text != NULL && tokens != NULL, t);
  g_return_val_if_fail (t < tokens->len, t);

  n = tokens->len;
  token = token_at (tokens, t);
  next = t + 1 < n ? token_at (tokens, t + 1) : NULL;

  if (next == NULL)
    return t;

  /* Symbols: parts written without spaces. */
  if (token->kind == RD_TOKEN_WORD && next->space == next->start && next->kind == RD_TOKEN_PUNCT &&
      (text[next->start] == '/' || text[next->start] == '.' || text[next->start] == '-'))
    {
      const char *end = symbol_end (text + token->start, text + token_at (tokens, n - 1)->end);

      if (end != NULL)
        {
          guint last = t;

          while (last + 1 < n && token_at (tokens, last)->end < (guint) (end - text))
            last++;
          if (token_at (tokens, last)->end == (guint) (end - text))
            return last;
        }
      return t;
    }

  /* Dates: day, month and year; month and year; day and month. */
  if (token_is_figures (text, token, 1, 2) && token_is_month (text, next))
    {
      if (t + 2 < n && token_is_figures (text, token_at (tokens, t + 2), 4, 4))
        return t + 2;
      return t + 1;
    }
  /* The year checked first: cheaper than looking a word up among the
   * months, which this would do for every word. */
  if (token_is_figures (text, next, 4, 4) && token_is_month (text, token))
    return t + 1;

  /* Quantities. */
  if (token->kind == RD_TOKEN_NUMBER)
    {
      if (token_is_any (text, next, scale_words, G_N_ELEMENTS (scale_words)))
        return t + 1;
      if (token_is (text, next, "per") && t + 2 < n && token_is (text, token_at (tokens, t + 2), "cent"))
        return t + 2;
    }
  return t;
}
