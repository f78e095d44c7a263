/* rd-instruction-scan.c: cutting an amendment's instructions into tokens
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Includes */

#include "config.h"

#include "rd-instruction-scan-private.h"

#include "rd-lexicon.h"

#include <string.h>

/* Static helpers: number words */

static const char *const cardinals[] = {
  NULL, "one", "two", "three", "four", "five", "six", "seven", "eight",
  "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
  "sixteen", "seventeen", "eighteen", "nineteen"
};

static const char *const ordinals[] = {
  NULL, "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
  "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
  "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
  "nineteenth"
};

static const char *const tens_cardinals[] = {
  NULL, NULL, "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
  "eighty", "ninety"
};

static const char *const tens_ordinals[] = {
  NULL, NULL, "twentieth", "thirtieth", "fortieth", "fiftieth",
  "sixtieth", "seventieth", "eightieth", "ninetieth"
};

static int
find_word (const char *const *list,
           guint n,
           const char *word)
{
  for (guint i = 0; i < n; i++)
    if (list[i] != NULL && strcmp (list[i], word) == 0)
      return (int) i;
  return -1;
}

/* Takes one word ("thirty", "eighth", "hundred") into @n; FALSE when it
 * is not a number word or cannot go on the number read so far. */
gboolean
rd_number_words_feed (RdNumberWords *n,
                      const char *word)
{
  int value;
  gboolean ordinal = FALSE;

  if (n->ordinal)
    return FALSE;

  if ((value = find_word (cardinals, G_N_ELEMENTS (cardinals), word)) > 0 || (ordinal = (value = find_word (ordinals, G_N_ELEMENTS (ordinals), word)) > 0))
    {
      if (n->has_unit || (value >= 10 && n->has_ten))
        return FALSE;
      n->rest += (guint) value;
      n->has_unit = TRUE;
    }
  else if ((value = find_word (tens_cardinals, G_N_ELEMENTS (tens_cardinals), word)) > 0 || (ordinal = (value = find_word (tens_ordinals, G_N_ELEMENTS (tens_ordinals), word)) > 0))
    {
      if (n->has_unit || n->has_ten)
        return FALSE;
      n->rest += 10 * (guint) value;
      n->has_ten = TRUE;
    }
  else if (strcmp (word, "hundred") == 0 || (ordinal = strcmp (word, "hundredth") == 0))
    {
      /* "two hundred", "hundredth"; not "twenty hundred" */
      if (n->has_hundred || n->has_ten || n->rest >= 10)
        return FALSE;
      n->hundreds = (n->rest > 0 ? n->rest : 1) * 100;
      n->rest = 0;
      n->has_unit = FALSE;
      n->has_hundred = TRUE;
    }
  else
    return FALSE;

  n->any = TRUE;
  n->ordinal = ordinal;
  return TRUE;
}

/* The most digits of a figure ordinal ("38th"), which keeps its value
 * far from overflowing: a paragraph's place has three at most. */
#define MAX_ORDINAL_DIGITS 5

/* "38th", "1st", "200th": figures with an ordinal ending. */
gboolean
rd_number_parse_figure_ordinal (const char *word,
                                guint *value)
{
  gsize digits = strspn (word, "0123456789");
  const char *suffix = word + digits;

  if (digits == 0 || digits > MAX_ORDINAL_DIGITS)
    return FALSE;
  if (!rd_lexicon_is_ordinal_suffix (suffix))
    return FALSE;
  *value = (guint) g_ascii_strtoull (word, NULL, 10);
  return TRUE;
}

/* Static helpers: quotations */

gboolean
rd_quote_is_open (gunichar c)
{
  return c == 0x201C || c == 0x201E || c == '"';
}

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2007 || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR;
}

/* Where the quotation opened by @open just before @start closes: the
 * matching ” (quotations inside count), or the next straight quote. */
const char *
rd_quote_find_end (const char *start,
                   gunichar open)
{
  int depth = 0;

  for (const char *p = start; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (open == '"')
        {
          if (c == '"')
            return p;
          continue;
        }
      if (c == 0x201C && open == 0x201C)
        depth++;
      else if (c == 0x201D || (open == 0x201E && c == 0x201C))
        {
          if (depth == 0)
            return p;
          depth--;
        }
    }
  return NULL;
}

/* The text between @start and @end of @text as a quotation: white space
 * folded, the footnote marks of @refs (offsets into @text) kept as its
 * own, and runs of asterisks glued to a word ("Development**") taken for
 * the footnote marks they are. */
RdQuote *
rd_quote_from_text (const char *text,
                    gsize start,
                    gsize end,
                    const GArray *refs)
{
  RdQuote *quote = rd_quote_new (NULL);
  GString *out = g_string_new (NULL);
  g_autofree gsize *map = g_new0 (gsize, end - start + 1);
  gboolean space = FALSE;
  gsize i = start;

  while (i < end)
    {
      gunichar c = g_utf8_get_char (text + i);
      gsize next = MIN ((gsize) (g_utf8_next_char (text + i) - text), end);

      map[i - start] = out->len;
      if (is_space (c))
        {
          space = TRUE;
          i = next;
          continue;
        }
      if (c == '*' && out->len > 0 && !space)
        {
          gsize j = i;

          while (j < end && text[j] == '*')
            j++;
          if (j == end || !g_unichar_isalnum (g_utf8_get_char (text + j)))
            {
              g_autofree char *marker = g_strndup (text + i, j - i);

              rd_quote_add_footnote (quote, out->len, marker);
              for (gsize k = i; k < j; k++)
                map[k - start] = out->len;
              i = j;
              continue;
            }
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      map[i - start] = out->len;
      g_string_append_len (out, text + i, next - i);
      for (gsize k = i + 1; k < next; k++)
        map[k - start] = out->len;
      i = next;
    }
  map[end - start] = out->len;

  for (guint r = 0; refs != NULL && r < refs->len; r++)
    {
      const RdFootnoteRef *ref = &g_array_index (refs, RdFootnoteRef, r);

      if (ref->offset >= start && ref->offset <= end)
        rd_quote_add_footnote (quote, map[ref->offset - start], ref->marker);
    }

  g_free (quote->text);
  quote->text = g_string_free (out, FALSE);
  return quote;
}

/* Static helpers: tokens */

static void
token_clear (gpointer data)
{
  RdScanToken *token = data;

  g_free (token->word);
}

void
rd_scan_init (RdScan *scan)
{
  scan->tokens = g_array_new (FALSE, TRUE, sizeof (RdScanToken));
  g_array_set_clear_func (scan->tokens, token_clear);
  scan->quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_quote_free);
  scan->unclosed = FALSE;
}

void
rd_scan_clear (RdScan *scan)
{
  g_clear_pointer (&scan->tokens, g_array_unref);
  g_clear_pointer (&scan->quotes, g_ptr_array_unref);
}

static void
add_token (RdScan *scan,
           RdScanTokenKind kind,
           char *word,
           guint number,
           char punct)
{
  RdScanToken token = { kind, word, number, punct };

  g_array_append_val (scan->tokens, token);
}

static gboolean
is_joiner (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011 || c == '\'' || c == 0x2019;
}

static gboolean
is_dash (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014;
}

/* A word, lower case, with its inner hyphens as '-' and apostrophes as
 * '\''; "sub-paragraph" is "subparagraph". */
static char *
normalize_word (const char *start,
                gsize length)
{
  GString *out = g_string_new (NULL);
  g_autofree char *lower = NULL;

  for (const char *p = start; p < start + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_dash (c))
        g_string_append_c (out, '-');
      else if (c == 0x2019)
        g_string_append_c (out, '\'');
      else
        g_string_append_unichar (out, c);
    }
  lower = g_utf8_strdown (out->str, -1);
  g_string_free (out, TRUE);
  if (g_str_has_prefix (lower, "sub-"))
    return g_strconcat ("sub", lower + 4, NULL);
  return g_steal_pointer (&lower);
}

void
rd_scan_text (RdScan *scan,
              const char *text,
              const GArray *refs)
{
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (rd_quote_is_open (c))
        {
          const char *end = rd_quote_find_end (next, c);

          if (end == NULL)
            {
              end = next + strlen (next);
              scan->unclosed = TRUE;
            }
          g_ptr_array_add (scan->quotes, rd_quote_from_text (text, next - text, end - text, refs));
          add_token (scan, TOKEN_QUOTE, NULL, scan->quotes->len - 1, 0);
          p = *end != '\0' ? g_utf8_next_char (end) : end;
          continue;
        }

      if (g_unichar_isalnum (c))
        {
          const char *q = p;
          gboolean letters = FALSE;
          gboolean ascii_digits = TRUE;

          while (*q != '\0')
            {
              gunichar d = g_utf8_get_char (q);
              const char *after = g_utf8_next_char (q);

              if (g_unichar_isalnum (d))
                {
                  letters |= !g_unichar_isdigit (d);
                  ascii_digits &= g_ascii_isdigit (*q);
                  q = after;
                  continue;
                }
              /* Joiners inside a word: "thirty-eighth", "Member States’" */
              if (is_joiner (d) && *after != '\0' && g_unichar_isalpha (g_utf8_get_char (after)) && letters)
                {
                  q = after;
                  continue;
                }
              break;
            }
          if (!letters && ascii_digits)
            {
              guint64 value = g_ascii_strtoull (p, NULL, 10);
              add_token (scan, TOKEN_NUMBER, NULL, (guint) MIN (value, MAX_NUMBER), 0);
            }
          else
            add_token (scan, TOKEN_WORD, normalize_word (p, q - p), 0, 0);
          p = q;
          continue;
        }

      if (c == '(')
        {
          gsize length = 0;

          while (length < MAX_LABEL_LENGTH + 1 && g_ascii_isalnum (next[length]))
            length++;
          if (length > 0 && length <= MAX_LABEL_LENGTH && next[length] == ')')
            {
              add_token (scan, TOKEN_LABEL, g_ascii_strdown (next, length), 0, 0);
              p = next + length + 1;
              continue;
            }
        }
      else if (c == ',' || c == ':' || c == ';' || c == '.')
        add_token (scan, TOKEN_PUNCT, NULL, 0, (char) c);
      else if (is_dash (c))
        add_token (scan, TOKEN_PUNCT, NULL, 0, '-');
      p = next;
    }
}

const RdScanToken *
rd_scan_token_at (const RdScan *scan,
                  guint pos)
{
  return pos < scan->tokens->len ? &g_array_index (scan->tokens, RdScanToken, pos) : NULL;
}

/* The word, label or quotation index at @pos, which the caller checked is
 * there. */
const char *
rd_scan_word_at (const RdScan *scan,
                 guint pos)
{
  const RdScanToken *token = rd_scan_token_at (scan, pos);

  return token != NULL && token->word != NULL ? token->word : "";
}

guint
rd_scan_quote_at (const RdScan *scan,
                  guint pos)
{
  const RdScanToken *token = rd_scan_token_at (scan, pos);

  return token != NULL ? token->number : 0;
}

gboolean
rd_scan_is_word (const RdScan *scan,
                 guint pos,
                 const char *word)
{
  const RdScanToken *token = rd_scan_token_at (scan, pos);

  return token != NULL && token->kind == TOKEN_WORD && strcmp (token->word, word) == 0;
}

gboolean
rd_scan_is_word_in (const RdScan *scan,
                    guint pos,
                    const char *const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (rd_scan_is_word (scan, pos, words[i]))
      return TRUE;
  return FALSE;
}

gboolean
rd_scan_is_punct (const RdScan *scan,
                  guint pos,
                  char punct)
{
  const RdScanToken *token = rd_scan_token_at (scan, pos);

  return token != NULL && token->kind == TOKEN_PUNCT && token->punct == punct;
}

gboolean
rd_scan_is_kind (const RdScan *scan,
                 guint pos,
                 RdScanTokenKind kind)
{
  const RdScanToken *token = rd_scan_token_at (scan, pos);

  return token != NULL && token->kind == kind;
}

/* How many tokens the words of @phrase ("at the end of") take at @pos, or
 * 0 when they are not there. */
guint
rd_scan_match_phrase (const RdScan *scan,
                      guint pos,
                      const char *phrase)
{
  g_auto (GStrv) words = g_strsplit (phrase, " ", -1);
  guint n = 0;

  for (; words[n] != NULL; n++)
    if (!rd_scan_is_word (scan, pos + n, words[n]))
      return 0;
  return n;
}
