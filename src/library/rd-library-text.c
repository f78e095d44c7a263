/* rd-library-text.c: words of a paragraph as the library compares them
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-library-text.h"
#include "rd-routine.h"

#include <string.h>

/* Static helpers */

#define FNV_OFFSET G_GUINT64_CONSTANT (14695981039346656037)
#define FNV_PRIME G_GUINT64_CONSTANT (1099511628211)

/* What any routine word becomes: one placeholder, so "seventy-ninth
 * session" and "eightieth session", "resolution 78/228" and "resolution
 * 79/198", "December 2023" and "November 2024" compare equal. */
static const char routine_placeholder[] = "\x01routine";

static guint64
hash_bytes (const char *data,
            gsize length)
{
  guint64 hash = FNV_OFFSET;

  for (gsize i = 0; i < length; i++)
    {
      hash ^= (guchar) data[i];
      hash *= FNV_PRIME;
    }
  return hash;
}

/* An ordinal or number word of more than one part counts only when every
 * part is one: "seventy-ninth", not "one-sided". */
static gboolean
has_ordinal_ending (const char *part,
                    gsize length)
{
  return length > 2 && (memcmp (part + length - 2, "th", 2) == 0 || memcmp (part + length - 2, "st", 2) == 0 || memcmp (part + length - 2, "nd", 2) == 0 || memcmp (part + length - 2, "rd", 2) == 0);
}

static gboolean
is_number_word (const char *word)
{
  const char *part = word;
  gboolean ordinal = FALSE;

  /* Only an ordinal counts: a word none of whose parts ends as one
   * ("the", "States") is not looked up among the number words (their
   * look-ups were a twentieth of indexing's time). */
  for (const char *p = word;;)
    {
      const char *dash = strchr (p, '-');
      gsize length = dash != NULL ? (gsize) (dash - p) : strlen (p);

      if (has_ordinal_ending (p, length))
        break;
      if (dash == NULL)
        return FALSE;
      p = dash + 1;
    }

  while (*part != '\0')
    {
      const char *dash = strchr (part, '-');
      gsize length = dash != NULL ? (gsize) (dash - part) : strlen (part);

      if (!rd_routine_is_number_part (part, length))
        return FALSE;
      if (has_ordinal_ending (part, length))
        ordinal = TRUE;
      if (dash == NULL)
        break;
      part = dash + 1;
    }
  /* Cardinals alone ("two reports") are wording; ordinals are sessions. */
  return ordinal;
}

static gboolean
is_routine_word (const char *word)
{
  for (const char *p = word; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return rd_routine_month_of_word (word, strlen (word)) != 0 || is_number_word (word);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Joins within a word: "78/228", "Secretary-General", "1.5", "States’". */
static gboolean
is_joiner (gunichar c)
{
  return c == '/' || c == '-' || c == '.' || c == ',' || c == '\'' || c == 0x2019 || c == 0x2010 || c == 0x2011;
}

/* Public API */

GArray *
rd_library_text_words (const char *text)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (RdLibraryWord));
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *start, *end;
      g_autofree char *lower = NULL;
      RdLibraryWord word;

      if (!is_word_char (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      start = p;
      end = p;
      while (*p != '\0')
        {
          c = g_utf8_get_char (p);
          if (is_word_char (c))
            end = p = g_utf8_next_char (p);
          else if (is_joiner (c) && is_word_char (g_utf8_get_char (g_utf8_next_char (p))))
            p = g_utf8_next_char (p);
          else
            break;
        }
      lower = g_utf8_strdown (start, end - start);
      /* Typographic dashes and apostrophes as their plain forms. */
      for (char *q = lower; *q != '\0'; q++)
        if ((guchar) q[0] == 0xe2 && (guchar) q[1] == 0x80 && ((guchar) q[2] == 0x90 || (guchar) q[2] == 0x91 || (guchar) q[2] == 0x99))
          {
            char plain = (guchar) q[2] == 0x99 ? '\'' : '-';
            memmove (q + 1, q + 3, strlen (q + 3) + 1);
            q[0] = plain;
          }
      word.start = start - text;
      word.end = end - text;
      word.hash = is_routine_word (lower) ? hash_bytes (routine_placeholder, sizeof routine_placeholder - 1) : hash_bytes (lower, strlen (lower));
      g_array_append_val (words, word);
    }
  return words;
}

guint64
rd_library_text_hash_words (const RdLibraryWord *words,
                            guint n)
{
  guint64 hash = FNV_OFFSET;

  for (guint i = 0; i < n; i++)
    {
      hash ^= words[i].hash;
      hash *= FNV_PRIME;
      /* Mixed so that the order of the words counts. */
      hash ^= hash >> 29;
    }
  return hash;
}

GArray *
rd_library_text_shingles (GArray *words)
{
  GArray *shingles = g_array_new (FALSE, FALSE, sizeof (guint64));

  for (guint i = 0; i + RD_LIBRARY_SHINGLE_WORDS <= words->len; i++)
    {
      guint64 hash = rd_library_text_hash_words (&g_array_index (words, RdLibraryWord, i), RD_LIBRARY_SHINGLE_WORDS);
      g_array_append_val (shingles, hash);
    }
  return shingles;
}

char *
rd_library_paragraph_number (RdDocument *document,
                             const RdParagraph *paragraph)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);

  switch (paragraph->kind)
    {
    case RD_PARAGRAPH_PREAMBULAR:
      return g_strdup_printf ("%u", paragraph->ordinal);
    case RD_PARAGRAPH_OPERATIVE:
      return g_strdup (paragraph->number);
    case RD_PARAGRAPH_SUBPARAGRAPH:
      if (paragraph->parent < paragraphs->len)
        {
          const RdParagraph *parent = g_ptr_array_index (paragraphs, paragraph->parent);
          g_autofree char *parent_number = rd_library_paragraph_number (document, parent);

          return g_strdup_printf ("%s %s", parent_number != NULL ? parent_number : "", paragraph->number_label != NULL ? paragraph->number_label : "");
        }
      return g_strdup (paragraph->number_label);
    case RD_PARAGRAPH_HEADING:
    case RD_PARAGRAPH_OTHER:
    default:
      return g_strdup (paragraph->number_label);
    }
}
