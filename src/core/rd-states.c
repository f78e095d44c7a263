/* rd-states.c: the Member States table and the sponsor splitter
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-states.h"

#include <glib.h>
#include <string.h>

#include "rd-lexicon.h"
#include "rd-member-states.h"

/* The longest name in words ("United Kingdom of Great Britain and Northern
 * Ireland" has 8; leave room for variants). */
#define MAX_NAME_WORDS 12

typedef struct
{
  GPtrArray *states;  /* RdState * */
  GHashTable *by_key; /* normalised name -> RdState * (not owned) */
} StatesTable;

/* Normalisation */

static gunichar
fold_char (gunichar c)
{
  switch (c)
    {
    case 0x2019: /* right single quotation mark */
    case 0x2018: /* left single quotation mark */
    case 0x02BC: /* modifier letter apostrophe */
    case 0x0060: /* grave accent */
    case 0x00B4: /* acute accent */
    case 0x2032: /* prime */
      return '\'';
    case 0x2010: /* hyphen */
    case 0x2011: /* non-breaking hyphen */
    case 0x2012: /* figure dash */
    case 0x2013: /* en dash */
      return '-';
    default:
      return c;
    }
}

char *
rd_states_normalize (const char *name)
{
  GString *out;
  gboolean pending_space = FALSE;

  g_return_val_if_fail (name != NULL, NULL);

  out = g_string_sized_new (strlen (name));
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p;
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n;

      /* ASCII, nearly every name and the whole table, without Unicode
       * look-ups: the same as below, where an ASCII character has no
       * decomposition nor mark and folds only "`". */
      if (c < 0x80)
        {
          if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
            {
              pending_space = out->len > 0;
              continue;
            }
          if (pending_space)
            {
              g_string_append_c (out, ' ');
              pending_space = FALSE;
            }
          g_string_append_c (out, c == '`' ? '\'' : g_ascii_tolower ((char) c));
          continue;
        }
      c = g_utf8_get_char (p);
      if (g_unichar_isspace (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      c = fold_char (c);
      /* Keep the base letter of an accented one: "Türkiye" is "turkiye". */
      n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
      if (n > 0)
        c = decomposed[0];
      if (g_unichar_ismark (c))
        continue;
      if (pending_space)
        {
          g_string_append_c (out, ' ');
          pending_space = FALSE;
        }
      g_string_append_unichar (out, g_unichar_tolower (c));
    }

  /* "the Sudan", "the former Yugoslav Republic of Macedonia": the article
   * is how a sentence cites the name, not part of it. */
  if (g_str_has_prefix (out->str, "the "))
    g_string_erase (out, 0, 4);

  return g_string_free (out, FALSE);
}

/* The table */

static void
state_free (RdState *state)
{
  g_free (state->name);
  g_free (state->alpha3);
  g_strfreev (state->aliases);
  g_free (state);
}

static void
add_key (StatesTable *table,
         const char *name,
         RdState *state)
{
  g_autofree char *key = rd_states_normalize (name);
  RdState *other = g_hash_table_lookup (table->by_key, key);

  if (other != NULL && other != state)
    {
      g_warning ("member-states.tsv: “%s” names both %s and %s", name, other->name, state->name);
      return;
    }
  g_hash_table_insert (table->by_key, g_steal_pointer (&key), state);
}

static StatesTable *
states_table_load (void)
{
  StatesTable *table = g_new0 (StatesTable, 1);
  g_auto (GStrv) lines = NULL;

  table->states = g_ptr_array_new_with_free_func ((GDestroyNotify) state_free);
  table->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  lines = g_strsplit (rd_member_states_tsv, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) columns = NULL;
      RdState *state;

      g_strchomp (lines[i]);
      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      columns = g_strsplit (lines[i], "\t", 4);
      if (g_strv_length (columns) < 3)
        {
          g_warning ("member-states.tsv: line %u has fewer than three columns", i + 1);
          continue;
        }

      state = g_new0 (RdState, 1);
      state->name = g_strdup (g_strstrip (columns[0]));
      state->alpha3 = g_strdup (g_strstrip (columns[1]));
      state->member = g_strcmp0 (g_strstrip (columns[2]), "observer") != 0;
      if (columns[3] != NULL && *g_strstrip (columns[3]) != '\0')
        state->aliases = g_strsplit (columns[3], "|", -1);
      else
        state->aliases = g_new0 (char *, 1);
      for (guint k = 0; state->aliases[k] != NULL; k++)
        g_strstrip (state->aliases[k]);
      g_ptr_array_add (table->states, state);
    }

  /* Official names first, so an alias can never shadow one. */
  for (guint i = 0; i < table->states->len; i++)
    {
      RdState *state = g_ptr_array_index (table->states, i);
      add_key (table, state->name, state);
    }
  for (guint i = 0; i < table->states->len; i++)
    {
      RdState *state = g_ptr_array_index (table->states, i);
      for (guint k = 0; state->aliases[k] != NULL; k++)
        if (*state->aliases[k] != '\0')
          add_key (table, state->aliases[k], state);
    }

  return table;
}

static StatesTable *
states_table (void)
{
  static StatesTable *table = NULL;

  if (g_once_init_enter (&table))
    g_once_init_leave (&table, states_table_load ());
  return table;
}

guint
rd_states_get_count (void)
{
  return states_table ()->states->len;
}

const RdState *
rd_states_get (guint index)
{
  StatesTable *table = states_table ();

  g_return_val_if_fail (index < table->states->len, NULL);
  return g_ptr_array_index (table->states, index);
}

const RdState *
rd_states_lookup (const char *name)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  key = rd_states_normalize (name);
  return g_hash_table_lookup (states_table ()->by_key, key);
}

/* The sponsor splitter */

/* Splits at commas that stand outside parentheses: "Uganda (on behalf of
 * the Group of 77 and China), Kenya" is two segments. */
static GPtrArray *
split_outside_parentheses (const char *text)
{
  GPtrArray *segments = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;
  int depth = 0;

  for (const char *p = text;; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
      else if ((*p == ',' && depth == 0) || *p == ';' || *p == '\0')
        {
          g_autofree char *segment = g_strndup (start, p - start);

          g_strstrip (segment);
          if (*segment != '\0')
            g_ptr_array_add (segments, g_steal_pointer (&segment));
          if (*p == '\0')
            break;
          start = p + 1;
        }
    }
  return segments;
}

static char *
join_words (char **words,
            guint start,
            guint end)
{
  GString *out = g_string_new (NULL);

  for (guint i = start; i < end; i++)
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_and (const char *word)
{
  return g_ascii_strcasecmp (word, "and") == 0;
}

/* Removes trailing asterisks (a footnote call after a sponsor's name) and
 * says whether there were any. */
static gboolean
strip_asterisks (char *word)
{
  gsize length = strlen (word);
  gboolean had = FALSE;

  while (length > 0 && word[length - 1] == '*')
    {
      word[--length] = '\0';
      had = TRUE;
    }
  return had;
}

static void
add_sponsor (GPtrArray *sponsors,
             GPtrArray *unknown,
             const char *name,
             const RdState *state,
             const char *note)
{
  if (state == NULL && unknown != NULL)
    g_ptr_array_add (unknown, g_strdup (name));
  g_ptr_array_add (sponsors, rd_sponsor_new (name, state != NULL ? state->name : NULL, note));
}

/* The words of @segment between runs of white space, as
 * g_regex_split_simple ("\\s+", segment, 0, 0) gives them (an empty word
 * before a first run and after a last one; none at all for an empty
 * segment), which
 * compiled the pattern for every segment: a seventh of a short
 * comparison's instructions, and the split a tenth more. */
static char **
split_words (const char *segment)
{
  GPtrArray *words = NULL;
  const char *word = segment;
  const char *p = segment;

  g_return_val_if_fail (g_utf8_validate (segment, -1, NULL), NULL);
  words = g_ptr_array_new ();
  while (*p != '\0')
    {
      const char *run = p;

      while (*p != '\0' && rd_lexicon_is_pattern_space (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p == run)
        {
          p = g_utf8_next_char (p);
          continue;
        }
      g_ptr_array_add (words, g_strndup (word, run - word));
      word = p;
    }
  if (*segment != '\0')
    g_ptr_array_add (words, g_strdup (word));
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (words, FALSE);
}

static void
parse_segment (const char *segment,
               GPtrArray *sponsors,
               GPtrArray *unknown)
{
  g_auto (GStrv) words = split_words (segment);
  guint n_words = g_strv_length (words);
  gboolean *starred = g_new0 (gboolean, n_words + 1);
  guint i = 0;

  for (guint k = 0; k < n_words; k++)
    starred[k] = strip_asterisks (words[k]);

  while (i < n_words)
    {
      const RdState *state = NULL;
      guint end = i;
      g_autofree char *name = NULL;
      g_autofree char *note = NULL;
      gboolean has_star = FALSE;

      if (*words[i] == '\0' || is_and (words[i]))
        {
          i++;
          continue;
        }

      /* Longest known name starting here.  A name ends at a word that
       * carries an asterisk, so "Nigeria* and Kenya" stays two names. */
      for (guint j = MIN (n_words, i + MAX_NAME_WORDS); j > i && state == NULL; j--)
        {
          g_autofree char *candidate = NULL;
          gboolean crosses_star = FALSE;

          for (guint k = i; k + 1 < j; k++)
            crosses_star |= starred[k];
          if (crosses_star)
            continue;
          candidate = join_words (words, i, j);
          state = rd_states_lookup (candidate);
          if (state != NULL)
            end = j;
        }

      if (state == NULL)
        {
          /* Unknown: keep words up to the next "and" or the parenthetical
           * note, as written. */
          end = i + 1;
          while (end < n_words && !is_and (words[end]) && !starred[end - 1] && !g_str_has_prefix (words[end], "(on"))
            end++;
        }

      name = join_words (words, i, end);
      has_star = starred[end - 1];

      /* "(on behalf of ...)" after the name is the sponsor's note. */
      if (end < n_words && words[end][0] == '(')
        {
          guint close = end;
          int depth = 0;

          for (; close < n_words; close++)
            {
              for (const char *c = words[close]; *c != '\0'; c++)
                depth += (*c == '(') - (*c == ')');
              if (depth <= 0)
                break;
            }
          close = MIN (close, n_words - 1);
          note = join_words (words, end, close + 1);
          /* drop the parentheses */
          if (note[0] == '(')
            memmove (note, note + 1, strlen (note));
          if (note[0] != '\0' && note[strlen (note) - 1] == ')')
            note[strlen (note) - 1] = '\0';
          has_star |= starred[close];
          end = close + 1;
        }

      if (note == NULL && has_star)
        note = g_strdup ("*");

      add_sponsor (sponsors, unknown, name, state, note);
      i = end;
    }

  g_free (starred);
}

GPtrArray *
rd_sponsor_list_parse (const char *text,
                       GPtrArray *unknown)
{
  GPtrArray *sponsors = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_sponsor_free);
  g_autoptr (GPtrArray) segments = NULL;

  g_return_val_if_fail (text != NULL, sponsors);

  segments = split_outside_parentheses (text);
  for (guint i = 0; i < segments->len; i++)
    parse_segment (g_ptr_array_index (segments, i), sponsors, unknown);

  return sponsors;
}
