/* rd-verb-strength.c: how strongly an operative paragraph asks
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-verb-strength.h"

#include <string.h>

typedef struct
{
  const char *verb; /* casefolded, as it starts a verb phrase */
  int rank;         /* in whole steps */
} ScaleEntry;

/* Longer phrases first, so "calls upon" wins over "calls". */
static const ScaleEntry scale[] = {
  { "decides", 12 },
  { "demands", 12 },
  { "condemns", 11 },
  { "deplores", 10 },
  { "urges", 9 },
  { "calls upon", 8 },
  { "calls on", 8 },
  { "requests", 7 },
  { "authorizes", 7 },
  { "recommends", 6 },
  { "encourages", 5 },
  { "invites", 4 },
  { "supports", 3 },
  { "endorses", 3 },
  { "welcomes", 2 },
  { "takes note", 1 },
  { "notes", 1 },
};

/* Words before the verb that change nothing of its force. */
static const char *const neutral_adverbs[] = {
  "also ",
  "further ",
  "once again ",
  "again ",
  "furthermore ",
  "moreover ",
};

const char *
rd_strength_to_string (RdStrength strength)
{
  switch (strength)
    {
    case RD_STRENGTH_SAME:
      return "same";
    case RD_STRENGTH_WEAKENED:
      return "weakened";
    case RD_STRENGTH_STRENGTHENED:
      return "strengthened";
    case RD_STRENGTH_UNKNOWN:
    default:
      return NULL;
    }
}

static int
rank_at (const char *p,
         gboolean *found)
{
  for (gsize i = 0; i < G_N_ELEMENTS (scale); i++)
    if (p[0] == scale[i].verb[0] && g_str_has_prefix (p, scale[i].verb))
      {
        *found = TRUE;
        return scale[i].rank * 2;
      }
  *found = FALSE;
  return -1;
}

int
rd_verb_strength_rank (const char *verb_phrase)
{
  g_autofree char *folded = NULL;
  const char *p;
  int bonus = 0;
  gboolean found = FALSE;
  gboolean again = TRUE;
  int rank;

  if (verb_phrase == NULL)
    return -1;
  folded = g_utf8_casefold (verb_phrase, -1);
  p = folded;
  while (again)
    {
      again = FALSE;
      while (*p == ' ')
        p++;
      for (gsize i = 0; i < G_N_ELEMENTS (neutral_adverbs); i++)
        if (g_str_has_prefix (p, neutral_adverbs[i]))
          {
            p += strlen (neutral_adverbs[i]);
            again = TRUE;
          }
      if (g_str_has_prefix (p, "strongly "))
        {
          p += strlen ("strongly ");
          bonus = 1;
          again = TRUE;
        }
    }
  rank = rank_at (p, &found);
  if (!found)
    return -1;
  /* "Welcomes with appreciation", "Takes note with satisfaction": a warmer
   * word, half a step. */
  if (strstr (p, "with appreciation") != NULL || strstr (p, "with satisfaction") != NULL)
    bonus = 1;
  return rank + bonus;
}

RdStrength
rd_verb_strength_compare (const char *old_verb,
                          const char *new_verb)
{
  int a = rd_verb_strength_rank (old_verb);
  int b = rd_verb_strength_rank (new_verb);

  if (a < 0 || b < 0)
    return RD_STRENGTH_UNKNOWN;
  return a == b ? RD_STRENGTH_SAME : a > b ? RD_STRENGTH_WEAKENED
                                           : RD_STRENGTH_STRENGTHENED;
}

/* Modal verbs, by force: "shall" binds, "may" permits. */
typedef struct
{
  const char *word;
  int rank;
} Modal;

static const Modal modals[] = {
  { "shall", 4 },
  { "must", 4 },
  { "will", 3 },
  { "should", 2 },
  { "could", 1 },
  { "may", 1 },
};

/* Phrases that soften what a paragraph asks when put in, and strengthen
 * it when taken out. */
static const char *const hedges[] = {
  "endeavour to",
  "endeavor to",
  "strive to",
  "seek to",
  "consider ",
  "as appropriate",
  "where appropriate",
  "when appropriate",
  "if appropriate",
  "as necessary",
  "where possible",
  "where feasible",
  "as far as possible",
  "to the extent possible",
  "to the extent feasible",
  "within existing resources",
  "within available resources",
  "voluntary",
  "on a voluntary basis",
  "where applicable",
  "in accordance with national",
  "as soon as possible",
};

/* g_utf8_casefold, with ASCII text (nearly every hunk and paragraph)
 * lowered in place of the Unicode tables' walk: the same result. */
static char *
casefold (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return g_utf8_casefold (text, -1);
  return g_ascii_strdown (text, -1);
}

static int
count_hedges (const char *folded)
{
  int n_hedges = 0;

  for (gsize h = 0; h < G_N_ELEMENTS (hedges); h++)
    for (const char *p = strstr (folded, hedges[h]); p != NULL; p = strstr (p + 1, hedges[h]))
      n_hedges++;
  return n_hedges;
}

/* Force of the words of one hunk side: its modal's rank (or -1), and how
 * many hedges it holds. */
static void
measure (const char *text,
         int *modal,
         int *verb,
         int *n_hedges)
{
  g_autofree char *folded = casefold (text);
  g_auto (GStrv) words = g_strsplit_set (folded, " ,;:.()\n\t", -1);

  *modal = -1;
  *verb = -1;
  *n_hedges = 0;
  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean found = FALSE;
      int rank;

      for (gsize m = 0; m < G_N_ELEMENTS (modals); m++)
        if (strcmp (words[i], modals[m].word) == 0 && *modal < 0)
          *modal = modals[m].rank;
      rank = rank_at (words[i], &found);
      /* Whole words only ("notes" but not "notesworthy"). */
      if (found && *verb < 0)
        {
          gsize length = 0;

          for (gsize s = 0; s < G_N_ELEMENTS (scale); s++)
            if (g_str_has_prefix (words[i], scale[s].verb))
              {
                length = strlen (scale[s].verb);
                break;
              }
          if (words[i][length] == '\0')
            *verb = rank;
        }
    }
  *n_hedges = count_hedges (folded);
}

RdStrength
rd_verb_strength_of_diff (const RdDiff *diff)
{
  g_autoptr (GString) deleted = g_string_new (NULL);
  g_autoptr (GString) inserted = g_string_new (NULL);
  int net = 0;
  gboolean moved = FALSE;

  if (diff == NULL)
    return RD_STRENGTH_UNKNOWN;
  for (guint s = 0; s <= diff->segments->len; s++)
    {
      const RdDiffSegment *segment = s < diff->segments->len ? g_ptr_array_index (diff->segments, s) : NULL;

      if (segment == NULL || segment->op == RD_DIFF_EQUAL)
        {
          int old_modal, old_verb, new_modal, new_verb, unused_hedges;

          if (deleted->len == 0 && inserted->len == 0)
            continue;
          measure (deleted->str, &old_modal, &old_verb, &unused_hedges);
          measure (inserted->str, &new_modal, &new_verb, &unused_hedges);
          if (old_modal >= 0 && new_modal >= 0 && old_modal != new_modal)
            {
              net += new_modal > old_modal ? 1 : -1;
              moved = TRUE;
            }
          if (old_verb >= 0 && new_verb >= 0 && old_verb != new_verb)
            {
              net += new_verb > old_verb ? 1 : -1;
              moved = TRUE;
            }
          g_string_truncate (deleted, 0);
          g_string_truncate (inserted, 0);
        }
      else
        {
          GString *side = segment->op == RD_DIFF_DELETE ? deleted : inserted;

          g_string_append_c (side, ' ');
          g_string_append (side, segment->text);
        }
    }
  /* Hedges over the whole texts: the diff may align "to" of "to
   * endeavour to ensure" either way. */
  {
    g_autofree char *old_text = rd_diff_old_text (diff);
    g_autofree char *new_text = rd_diff_new_text (diff);
    g_autofree char *old_folded = casefold (old_text);
    g_autofree char *new_folded = casefold (new_text);
    int old_hedges = count_hedges (old_folded);
    int new_hedges = count_hedges (new_folded);

    if (old_hedges != new_hedges)
      {
        net += new_hedges > old_hedges ? -1 : 1;
        moved = TRUE;
      }
  }
  if (!moved)
    return RD_STRENGTH_UNKNOWN;
  return net == 0 ? RD_STRENGTH_SAME : net < 0 ? RD_STRENGTH_WEAKENED
                                               : RD_STRENGTH_STRENGTHENED;
}
