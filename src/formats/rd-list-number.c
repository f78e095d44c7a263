/* rd-list-number.c: list numbers as letters and Roman numerals
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-list-number.h"

/* The letters of a lettered list, "a" to "z". */
#define LETTERS 26

/* The most times a repeated letter is written ("aaa"): 64 letters label
 * item 1,664, far past any list; a larger value is cut rather than
 * written a thousand letters long. */
#define MAX_REPEATED_LETTERS 64

/* The largest number Roman numerals write without an overline
 * (MMMCMXCIX); larger values are written in figures. */
#define MAX_ROMAN 3999

/* Public API */

char *
rd_format_letter (guint value,
                  gboolean upper,
                  gboolean repeat)
{
  GString *out = g_string_new (NULL);
  char base = upper ? 'A' : 'a';

  if (value == 0)
    return g_string_free (out, FALSE);
  if (repeat)
    {
      /* a..z, aa..zz, aaa..: the letter repeated. */
      guint count = (value - 1) / LETTERS + 1;

      for (guint i = 0; i < MIN (count, MAX_REPEATED_LETTERS); i++)
        g_string_append_c (out, (char) (base + (value - 1) % LETTERS));
    }
  else
    {
      /* Bijective base 26: z, aa, ab, ... */
      while (value > 0)
        {
          value--;
          g_string_prepend_c (out, (char) (base + value % LETTERS));
          value /= LETTERS;
        }
    }
  return g_string_free (out, FALSE);
}

char *
rd_format_roman (guint value,
                 gboolean upper)
{
  static const struct
  {
    guint value;
    const char *lower;
    const char *upper;
  } numerals[] = {
    { 1000, "m", "M" },
    { 900, "cm", "CM" },
    { 500, "d", "D" },
    { 400, "cd", "CD" },
    { 100, "c", "C" },
    { 90, "xc", "XC" },
    { 50, "l", "L" },
    { 40, "xl", "XL" },
    { 10, "x", "X" },
    { 9, "ix", "IX" },
    { 5, "v", "V" },
    { 4, "iv", "IV" },
    { 1, "i", "I" },
  };
  GString *out;

  if (value == 0 || value > MAX_ROMAN)
    return g_strdup_printf ("%u", value);
  out = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (numerals); i++)
    while (value >= numerals[i].value)
      {
        g_string_append (out, upper ? numerals[i].upper : numerals[i].lower);
        value -= numerals[i].value;
      }
  return g_string_free (out, FALSE);
}
