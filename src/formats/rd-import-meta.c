/* rd-import-meta.c: what a document says about itself: its language, its tracked changes
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-import-meta.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* A language tag is read when it is at most this many characters, the
 * length BCP 47 (RFC 5646, 4.4.1) asks every reader to accept. */
#define MAX_LANGUAGE_TAG_LENGTH 35

/* Its language, the first subtag: ISO 639-1's two letters or ISO 639-2's
 * three ("en", "fra"). */
#define MIN_LANGUAGE_LETTERS 2
#define MAX_LANGUAGE_LETTERS 3

/* Public API */

void
rd_block_list_warn_tracked_changes (RdBlockList *list,
                                    guint insertions,
                                    guint deletions,
                                    RdTrackedChanges changes)
{
  if (insertions == 0 && deletions == 0)
    return;
  if (changes == RD_TRACKED_CHANGES_REJECT)
    {
      /* TRANSLATORS: the counts of tracked insertions and deletions. */
      rd_block_list_add_warning (list, _ ("the document has tracked changes; they were read as rejected (insertions dropped: %u, deletions kept: %u)"),
                                 insertions, deletions);
      return;
    }
  /* TRANSLATORS: the counts of tracked insertions and deletions. */
  rd_block_list_add_warning (list, _ ("the document has tracked changes; they were read as accepted (insertions kept: %u, deletions dropped: %u)"),
                             insertions, deletions);
}

char *
rd_language_tag_normalize (const char *value)
{
  static const char *const iso639_2[][2] = {
    { "ara", "ar" },
    { "chi", "zh" },
    { "zho", "zh" },
    { "eng", "en" },
    { "fra", "fr" },
    { "fre", "fr" },
    { "rus", "ru" },
    { "spa", "es" },
    { "deu", "de" },
    { "ger", "de" },
    { "por", "pt" },
    { "ita", "it" },
    { "jpn", "ja" },
    { "kor", "ko" },
    { "nld", "nl" },
    { "dut", "nl" },
  };
  g_autofree char *tag = NULL;
  gsize primary;

  if (value == NULL)
    return NULL;
  tag = g_strstrip (g_strdup (value));
  g_strdelimit (tag, "_", '-');
  if (strlen (tag) < MIN_LANGUAGE_LETTERS || strlen (tag) > MAX_LANGUAGE_TAG_LENGTH || tag[strspn (tag, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")] != '\0')
    return NULL;
  primary = strcspn (tag, "-");
  if (primary < MIN_LANGUAGE_LETTERS || primary > MAX_LANGUAGE_LETTERS)
    return NULL;
  for (gsize i = 0; i < primary; i++)
    {
      if (!g_ascii_isalpha (tag[i]))
        return NULL;
      tag[i] = g_ascii_tolower (tag[i]);
    }
  /* "und" (undetermined), "zxx" (no linguistic content), "mul". */
  if (strncmp (tag, "und", primary) == 0 || strncmp (tag, "zxx", primary) == 0 || strncmp (tag, "mul", primary) == 0)
    return NULL;
  if (primary == MAX_LANGUAGE_LETTERS)
    for (guint i = 0; i < G_N_ELEMENTS (iso639_2); i++)
      if (strncmp (tag, iso639_2[i][0], 3) == 0)
        {
          char *mapped = g_strconcat (iso639_2[i][1], tag + 3, NULL);
          return mapped;
        }
  return g_steal_pointer (&tag);
}
