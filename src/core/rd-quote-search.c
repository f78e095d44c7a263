/* rd-quote-search.c: finding quoted words in a text, typography aside
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Amendments quote the words they change with other quotation marks,
 * apostrophes, dashes and spacing than the draft prints; the search folds
 * both texts the same way and maps what it finds back to the original bytes.
 */

/* Includes */

#include "config.h"

#include "rd-quote-search.h"

#include <string.h>

/* Static helpers */

/* A text with typographic differences set aside, and for each of its
 * bytes the span of the original character it stands for. */
typedef struct
{
  GString *text;
  GArray *starts; /* gsize */
  GArray *ends;   /* gsize */
} Folded;

static gboolean
is_invisible (gunichar c)
{
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

static gunichar
fold_char (gunichar c)
{
  switch (c)
    {
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    default:
      break;
    }
  if (g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR)
    return ' ';
  return c;
}

static void
folded_pop (Folded *folded)
{
  g_string_truncate (folded->text, folded->text->len - 1);
  g_array_set_size (folded->starts, folded->text->len);
  g_array_set_size (folded->ends, folded->text->len);
}

static void
folded_init (Folded *folded,
             const char *text,
             gboolean caseless)
{
  folded->text = g_string_new (NULL);
  folded->starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  folded->ends = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize start = p - text;
      gsize end = g_utf8_next_char (p) - text;
      gsize before = folded->text->len;
      char last = before > 0 ? folded->text->str[before - 1] : '\0';

      if (is_invisible (c))
        continue;
      c = fold_char (c);
      if (c == ' ')
        {
          /* No space at the start, doubled, or beside a dash: "neo -Nazism"
           * is "neo-Nazism". */
          if (before == 0 || last == ' ' || last == '-')
            continue;
        }
      else if (c == '-' && last == ' ')
        folded_pop (folded);
      else if (caseless)
        c = g_unichar_tolower (c);

      before = folded->text->len;
      g_string_append_unichar (folded->text, c);
      for (gsize i = before; i < folded->text->len; i++)
        {
          g_array_append_val (folded->starts, start);
          g_array_append_val (folded->ends, end);
        }
    }
  if (folded->text->len > 0 && folded->text->str[folded->text->len - 1] == ' ')
    folded_pop (folded);
}

static void
folded_clear (Folded *folded)
{
  g_string_free (folded->text, TRUE);
  g_array_unref (folded->starts);
  g_array_unref (folded->ends);
}

static gboolean
is_word_char_at (const char *text,
                 gsize offset)
{
  return g_unichar_isalnum (g_utf8_get_char (text + offset));
}

/* Where @needle first stands in @text at or after byte @from, as a span of
 * @text; whole words only when the needle starts or ends with a letter or
 * figure.  Letter case counts unless @caseless. */
gboolean
rd_quote_find_from (const char *text,
                    const char *needle,
                    gsize from,
                    gboolean caseless,
                    gsize *start,
                    gsize *end)
{
  Folded hay;
  Folded pin;
  gboolean found = FALSE;
  const char *p;

  folded_init (&pin, needle, caseless);
  if (pin.text->len == 0)
    {
      folded_clear (&pin);
      return FALSE;
    }
  folded_init (&hay, text, caseless);

  p = hay.text->str;
  while ((p = strstr (p, pin.text->str)) != NULL)
    {
      gsize i = p - hay.text->str;
      gsize j = i + pin.text->len;
      gsize s = g_array_index (hay.starts, gsize, i);
      gsize e = g_array_index (hay.ends, gsize, j - 1);
      gboolean starts_word = g_unichar_isalnum (g_utf8_get_char (pin.text->str));
      gboolean ends_word = g_unichar_isalnum (g_utf8_get_char (g_utf8_find_prev_char (pin.text->str, pin.text->str + pin.text->len)));

      p++;
      if (s < from)
        continue;
      if (starts_word && s > 0 && is_word_char_at (text, g_utf8_find_prev_char (text, text + s) - text))
        continue;
      if (ends_word && text[e] != '\0' && is_word_char_at (text, e))
        continue;
      *start = s;
      *end = e;
      found = TRUE;
      break;
    }
  folded_clear (&hay);
  folded_clear (&pin);
  return found;
}

/* Every place @needle stands in @text, exactly as to letter case
 * (@caseless FALSE) or not. */
GArray *
rd_quote_find_all (const char *text,
                   const char *needle,
                   gboolean caseless)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize from = 0;
  gsize start, end;

  while (rd_quote_find_from (text, needle, from, caseless, &start, &end))
    {
      g_array_append_val (spans, start);
      g_array_append_val (spans, end);
      from = end;
    }
  return spans;
}

/* Where a quotation stands: exactly, else whatever the letter case. */
GArray *
rd_quote_find (const char *text,
               const char *needle)
{
  GArray *spans = rd_quote_find_all (text, needle, FALSE);

  if (spans->len == 0)
    {
      g_array_unref (spans);
      spans = rd_quote_find_all (text, needle, TRUE);
    }
  return spans;
}

gboolean
rd_quote_contains (const char *text,
                   const char *needle)
{
  g_autoptr (GArray) spans = NULL;

  if (text == NULL || needle == NULL)
    return FALSE;
  spans = rd_quote_find (text, needle);
  return spans->len > 0;
}

/* Whether two paragraphs read the same, typography and a final stop or
 * comma aside. */
gboolean
rd_quote_same_paragraph (const char *a,
                         const char *b)
{
  Folded x, y;
  gboolean same;
  gsize nx, ny;

  folded_init (&x, a, TRUE);
  folded_init (&y, b, TRUE);
  nx = x.text->len;
  ny = y.text->len;
  while (nx > 0 && strchr (".,;:", x.text->str[nx - 1]) != NULL)
    nx--;
  while (ny > 0 && strchr (".,;:", y.text->str[ny - 1]) != NULL)
    ny--;
  same = nx == ny && memcmp (x.text->str, y.text->str, nx) == 0;
  folded_clear (&x);
  folded_clear (&y);
  return same;
}
