/* rd-routine.c: telling routine updates apart from changes of substance
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-routine.h"

#include <string.h>

#include "rd-lexicon.h"

/* Parts of a number written out: "seventy-ninth" is "seventy" and
 * "ninth"; "one hundred and first" is three. */
static const char *const number_words[] = {
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
  "hundred",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
  "thirtieth",
  "fortieth",
  "fiftieth",
  "sixtieth",
  "seventieth",
  "eightieth",
  "ninetieth",
  "hundredth",
};

static const char *const months[] = {
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
};

/* Words that only connect routine ones: "of 19 December 2023", "at its
 * eightieth session", "resolutions 77/1 and 78/2".  Alone they are not
 * routine (a hunk needs one strong word). */
static const char *const connecting_words[] = {
  "of",
  "and",
  "the",
  "its",
  "at",
  "in",
  "on",
  "to",
  "session",
  "sessions",
  "resolution",
  "resolutions",
  "decision",
  "decisions",
  "report",
  "reports",
  "document",
  "year",
  "years",
  "period",
  "annex",
  "add",
  "corr",
  "rev",
};

static gboolean
in_list (const char *word,
         const char *const *list,
         gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* "79", "79th", "2024", "1st", "31." */
static gboolean
is_number (const char *word)
{
  const char *p = word;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  return *p == '\0' || rd_lexicon_is_ordinal_suffix (p);
}

/* "seventy-ninth", "eightieth", "hundred-and-first" */
static gboolean
is_number_word (const char *word)
{
  g_auto (GStrv) parts = g_strsplit (word, "-", -1);
  gboolean any = FALSE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0' || strcmp (parts[i], "and") == 0)
        continue;
      if (!in_list (parts[i], number_words, G_N_ELEMENTS (number_words)))
        return FALSE;
      any = TRUE;
    }
  return any;
}

/* A document or resolution number with a slash and a figure: "78/123",
 * "A/79/456", "A/RES/78/141", "E/2024/L.5", "A/C.2/80/L.24", "78/2B". */
static gboolean
is_symbol (const char *word)
{
  gboolean digit = FALSE;

  if (strchr (word, '/') == NULL)
    return FALSE;
  for (const char *p = word; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digit = TRUE;
      else if (!g_ascii_isalpha (*p) && *p != '/' && *p != '.' && *p != '-')
        return FALSE;
    }
  return digit;
}

typedef enum
{
  WORD_OTHER,
  WORD_CONNECTING,
  WORD_STRONG,
  WORD_BARE_NUMBER, /* "19": a day of a date, or a figure */
} WordClass;

/* "2024": a year of the last century or this one. */
static gboolean
is_year (const char *word)
{
  return strlen (word) == 4 && (g_str_has_prefix (word, "19") || g_str_has_prefix (word, "20")) && g_ascii_isdigit (word[2]) && g_ascii_isdigit (word[3]);
}

static WordClass
classify_word (const char *word)
{
  gboolean digits = *word != '\0';

  for (const char *p = word; *p != '\0'; p++)
    digits &= g_ascii_isdigit (*p) != 0;
  /* A figure ("declined by 12 per cent") is substance; only a day next to
   * its month is a date. */
  if (digits && !is_year (word))
    return WORD_BARE_NUMBER;
  if (is_number (word) || is_number_word (word) || is_symbol (word) || in_list (word, months, G_N_ELEMENTS (months)))
    return WORD_STRONG;
  if (in_list (word, connecting_words, G_N_ELEMENTS (connecting_words)))
    return WORD_CONNECTING;
  return WORD_OTHER;
}

/* Folded case, and the typographic hyphens of "seventy‑ninth" read as
 * plain ones. */
static char *
plain_hyphens (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2010 || c == 0x2011)
        g_string_append_c (out, '-');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
names_month (const char *text)
{
  g_autofree char *folded = text != NULL ? g_utf8_casefold (text, -1) : NULL;

  for (gsize i = 0; folded != NULL && i < G_N_ELEMENTS (months); i++)
    if (strstr (folded, months[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* @context: the words around the hunk, where a day's month may stand
 * ("[-19-]{+17+} December"); NULL for none. */
static RdRoutineClass
classify_text (const char *text,
               const char *context)
{
  g_autofree char *folded = NULL;
  g_auto (GStrv) words = NULL;
  gboolean strong = FALSE;
  gboolean bare = FALSE;

  if (text == NULL)
    return RD_ROUTINE_NEUTRAL;
  folded = plain_hyphens (text);
  /* Punctuation between words is no word. */
  g_strdelimit (folded, "\t\n\r,;:()[]\"“”‘’«»", ' ');
  words = g_strsplit (folded, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      char *word = words[i];
      gsize length = strlen (word);

      /* A full stop ends a sentence, not a number ("2024."). */
      while (length > 0 && (word[length - 1] == '.' || word[length - 1] == '\''))
        word[--length] = '\0';
      if (length == 0)
        continue;
      switch (classify_word (word))
        {
        case WORD_STRONG:
          strong = TRUE;
          break;
        case WORD_BARE_NUMBER:
          bare = TRUE;
          break;
        case WORD_CONNECTING:
          break;
        case WORD_OTHER:
        default:
          return RD_ROUTINE_SUBSTANTIVE;
        }
    }
  if (bare)
    {
      if (!names_month (text) && !names_month (context))
        return RD_ROUTINE_SUBSTANTIVE;
      strong = TRUE;
    }
  return strong ? RD_ROUTINE_ROUTINE : RD_ROUTINE_NEUTRAL;
}

RdRoutineClass
rd_routine_classify_text (const char *text)
{
  return classify_text (text, NULL);
}

gboolean
rd_routine_text_is_routine (const char *text)
{
  return classify_text (text, NULL) == RD_ROUTINE_ROUTINE;
}

/* Marks one hunk's segments; what it was, in @seen (bits of
 * RdRoutineClass). */
static void
mark_hunk (const RdDiff *diff,
           GArray *marks,
           guint start,
           guint end,
           guint *seen)
{
  g_autoptr (GString) text = NULL;
  g_autoptr (GString) context = NULL;
  RdRoutineClass routine;

  if (start == end)
    return; /* before allocating: most diffs are one equal segment */
  text = g_string_new (NULL);
  context = g_string_new (NULL);
  /* The words just before and after: "of [-19-]{+17+} December". */
  if (start > 0)
    {
      const char *before = ((const RdDiffSegment *) g_ptr_array_index (diff->segments, start - 1))->text;
      const char *end_of_word = before + strlen (before);
      const char *word;

      while (end_of_word > before && g_ascii_isspace (end_of_word[-1]))
        end_of_word--;
      word = end_of_word;
      while (word > before && !g_ascii_isspace (word[-1]))
        word--;
      g_string_append_len (context, word, end_of_word - word);
      g_string_append_c (context, ' ');
    }
  if (end < diff->segments->len)
    {
      const char *after = ((const RdDiffSegment *) g_ptr_array_index (diff->segments, end))->text;
      gsize length;

      while (g_ascii_isspace (*after))
        after++;
      length = strcspn (after, " \t\n");
      g_string_append_len (context, after, length);
    }
  for (guint s = start; s < end; s++)
    {
      const RdDiffSegment *segment = g_ptr_array_index (diff->segments, s);

      g_string_append_c (text, ' ');
      g_string_append (text, segment->text);
    }
  routine = classify_text (text->str, context->str);
  for (guint s = start; s < end; s++)
    g_array_index (marks, gboolean, s) = routine != RD_ROUTINE_SUBSTANTIVE;
  *seen |= 1u << routine;
}

GArray *
rd_routine_mark_diff (const RdDiff *diff,
                      gboolean *all_routine)
{
  GArray *marks = g_array_new (FALSE, TRUE, sizeof (gboolean));
  guint seen = 0;
  guint start = 0;

  g_array_set_size (marks, diff != NULL ? diff->segments->len : 0);
  for (guint s = 0; diff != NULL && s < diff->segments->len; s++)
    {
      const RdDiffSegment *segment = g_ptr_array_index (diff->segments, s);

      if (segment->op == RD_DIFF_EQUAL)
        {
          mark_hunk (diff, marks, start, s, &seen);
          start = s + 1;
        }
    }
  if (diff != NULL)
    mark_hunk (diff, marks, start, diff->segments->len, &seen);
  /* Connecting words alone ("and" become a comma as a list of resolutions
   * grows) go with the routine update they serve; in a change of
   * substance they are not greyed. */
  if ((seen & (1u << RD_ROUTINE_ROUTINE)) == 0 || (seen & (1u << RD_ROUTINE_SUBSTANTIVE)) != 0)
    for (guint s = 0; s < marks->len; s++)
      if (g_array_index (marks, gboolean, s))
        {
          const RdDiffSegment *segment = g_ptr_array_index (diff->segments, s);

          g_array_index (marks, gboolean, s) = classify_text (segment->text, NULL) == RD_ROUTINE_ROUTINE;
        }
  if (all_routine != NULL)
    *all_routine = (seen & (1u << RD_ROUTINE_ROUTINE)) != 0 && (seen & (1u << RD_ROUTINE_SUBSTANTIVE)) == 0;
  return marks;
}

guint
rd_routine_month_of_word (const char *word,
                          gsize length)
{
  g_return_val_if_fail (word != NULL, 0);

  return rd_lexicon_month_of_word (word, (gssize) length, TRUE);
}

gboolean
rd_routine_is_number_part (const char *word,
                           gsize length)
{
  g_return_val_if_fail (word != NULL, FALSE);

  for (gsize i = 0; i < G_N_ELEMENTS (number_words); i++)
    if (strlen (number_words[i]) == length && memcmp (number_words[i], word, length) == 0)
      return TRUE;
  return FALSE;
}
