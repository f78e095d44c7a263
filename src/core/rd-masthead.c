/* rd-masthead.c: the masthead of a resolution, from its blocks
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lines above the enacting formula (or an amendment's first
 * instruction): symbol, organ, distribution, date, session, committee,
 * agenda items and title, the sponsors or submitter, the adoption, and
 * what is left, the title.  A state machine over the lines, since a field
 * may wrap over several of them and PDF puts some in columns of their own.
 */

#include "config.h"

#include "rd-masthead.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-lexicon.h"
#include "rd-states.h"

/* Masthead lines of one column (the agenda title and its continuation)
 * start within this many points of each other; only PDF gives positions
 * (RdBlock.left).  A third of an em at 12 points takes the text layer's
 * rounding and a bold first glyph's side bearing. */
#define SAME_COLUMN_TOLERANCE 4.0

/* "Distr.", the date and "Original" stand in a column of their own when it
 * starts this far right of the organ's name (an inch; they stand about
 * four inches right of it): only then is any line of that column known to
 * be masthead. */
#define FIELDS_COLUMN_MIN_OFFSET 72.0

typedef struct
{
  RdDocument *document;
  const RdLexiconPatterns *re;
  GPtrArray *blocks;     /* RdBlock *, not owned: the masthead's lines */
  GPtrArray *star_notes; /* indices of the sponsors whose note is a call */
  double organ_left;     /* left edge of "General Assembly" */
  double fields_left;    /* left edge of "Distr.", date, "Original"
                          * when they stand in a column to the right */
} Masthead;

static char *
match_group (GRegex *regex,
             const char *text,
             int group)
{
  g_autoptr (GMatchInfo) info = NULL;
  char *value;

  if (!g_regex_match (regex, text, 0, &info))
    return NULL;
  value = g_match_info_fetch (info, group);
  if (value != NULL && *value == '\0')
    g_clear_pointer (&value, g_free);
  return value;
}

static char *
join_texts (GPtrArray *blocks,
            guint start,
            guint end)
{
  GString *out = g_string_new (NULL);

  for (guint i = start; i < end; i++)
    {
      const RdBlock *block = g_ptr_array_index (blocks, i);

      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, block->text);
    }
  return g_string_free (out, FALSE);
}

/* Fields */

static void
parse_agenda_items (Masthead *self,
                    const char *items)
{
  g_autoptr (GMatchInfo) info = NULL;

  g_regex_match (self->re->agenda_item, items, 0, &info);
  while (g_match_info_matches (info))
    {
      g_autofree char *number = g_match_info_fetch (info, 1);
      g_autofree char *first = g_match_info_fetch (info, 2);
      g_autofree char *more = g_match_info_fetch (info, 3);

      g_strstrip (first);
      if (*first == '\0')
        rd_document_add_agenda_item (self->document, number);
      else
        {
          g_autofree char *item = g_strdup_printf ("%s %s", number, first);
          rd_document_add_agenda_item (self->document, item);
        }

      /* "69 (a) and (b)": each letter is an item of the same number. */
      if (more != NULL && *more != '\0')
        {
          const char *p = more;
          while ((p = strchr (p, '(')) != NULL)
            {
              const char *close = strchr (p, ')');
              g_autofree char *letter = NULL;
              g_autofree char *item = NULL;

              if (close == NULL)
                break;
              letter = g_strndup (p, close - p + 1);
              item = g_strdup_printf ("%s %s", number, letter);
              rd_document_add_agenda_item (self->document, item);
              p = close + 1;
            }
        }
      g_match_info_next (info, NULL);
    }
}

static void
lowercase_first (char *text)
{
  if (g_ascii_isupper (text[0]))
    text[0] = g_ascii_tolower (text[0]);
}

static void
set_sponsors (Masthead *self,
              const char *text,
              const char *star)
{
  g_autoptr (GPtrArray) unknown = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) sponsors = rd_sponsor_list_parse (text, unknown);

  for (guint i = 0; i < sponsors->len; i++)
    {
      RdSponsor *sponsor = g_ptr_array_index (sponsors, i);
      const char *note = sponsor->note;

      /* "Nigeria:* draft resolution": the call after the colon belongs to
       * the last sponsor (usually the only one). */
      if (note == NULL && star != NULL && *star != '\0' && i + 1 == sponsors->len)
        note = star;
      if (note != NULL && note[0] == '*')
        g_ptr_array_add (self->star_notes, GUINT_TO_POINTER (i));
      rd_document_add_sponsor (self->document, sponsor->name, sponsor->state, note);
    }

  for (guint i = 0; i < unknown->len; i++)
    rd_document_add_warning (self->document, _ ("unknown sponsor “%s”: not a Member or observer State that Resdiff knows; kept as written"),
                             (const char *) g_ptr_array_index (unknown, i));
}

/* Reads the sponsors line or the facilitator's line, already joined. */
static gboolean
parse_type_line (Masthead *self,
                 const char *text)
{
  const RdLexiconPatterns *re = self->re;
  g_autoptr (GMatchInfo) info = NULL;

  /* First the submitter's line: "Draft resolution submitted by the
   * Rapporteur …, on the basis of … A/C.2/80/L.2: draft resolution" also
   * ends like a sponsors line, and names no sponsor. */
  if (g_regex_match (re->submitted, text, 0, &info))
    {
      g_autofree char *type = g_match_info_fetch (info, 1);
      g_autofree char *by = g_match_info_fetch (info, 2);
      g_autofree char *basis = g_match_info_fetch (info, 3);

      lowercase_first (type);
      rd_document_set_field (self->document, RD_FIELD_DOCUMENT_TYPE, type);
      rd_document_set_field (self->document, RD_FIELD_SUBMITTED_BY, by);
      rd_document_set_field (self->document, RD_FIELD_BASED_ON, basis);
      return TRUE;
    }
  g_clear_pointer (&info, g_match_info_unref);
  if (g_regex_match (re->type_tail, text, 0, &info))
    {
      g_autofree char *sponsors = g_match_info_fetch (info, 1);
      g_autofree char *star = g_match_info_fetch (info, 2);
      g_autofree char *type = g_match_info_fetch (info, 3);

      g_strstrip (sponsors);
      g_strstrip (star);
      if (*sponsors == '\0')
        return FALSE;
      lowercase_first (type);
      rd_document_set_field (self->document, RD_FIELD_DOCUMENT_TYPE, type);
      set_sponsors (self, sponsors, star);
      return TRUE;
    }

  return FALSE;
}

static gboolean
parse_adoption (Masthead *self,
                const char *text)
{
  g_autoptr (GMatchInfo) info = NULL;
  g_autofree char *date = NULL;
  g_autofree char *bracket = NULL;

  if (!g_regex_match (self->re->adopted, text, 0, &info))
    return FALSE;

  date = g_match_info_fetch (info, 2);
  bracket = g_match_info_fetch (info, 3);
  rd_document_set_field (self->document, RD_FIELD_DOCUMENT_TYPE, "resolution");
  rd_document_set_field (self->document, RD_FIELD_ADOPTION_DATE, date);
  /* "[on the report of the Third Committee (A/80/545, para. 5)]" names a
   * report; "[without reference to a Main Committee (A/80/L.9)]" names the
   * document the plenary adopted instead, which the field gives likewise:
   * it is what the resolution was adopted on. */
  if (bracket != NULL)
    {
      g_autofree char *report = match_group (self->re->report, bracket, 1);
      rd_document_set_field (self->document, RD_FIELD_REPORT, report);
    }
  return TRUE;
}

typedef enum
{
  MASTHEAD_FIELDS,
  MASTHEAD_AGENDA_TITLE,
  MASTHEAD_REST,
} MastheadPhase;

static gboolean
same_column (double a,
             double b)
{
  return a >= 0 && b >= 0 && ABS (a - b) < SAME_COLUMN_TOLERANCE;
}

static gboolean
starts_continuation (const RdBlock *block)
{
  return g_unichar_islower (g_utf8_get_char (block->text)) || block->text[0] == '(' || block->text[0] == '[';
}

/* Whether @text, read as a list of sponsors, names a State Resdiff knows
 * (first: the first item does). */
static gboolean
names_known_state (const char *text,
                   gboolean first)
{
  g_autoptr (GPtrArray) sponsors = rd_sponsor_list_parse (text, NULL);

  for (guint i = 0; i < sponsors->len; i++)
    {
      if (((RdSponsor *) g_ptr_array_index (sponsors, i))->state != NULL)
        return TRUE;
      if (first)
        break;
    }
  return FALSE;
}

/* Where the sponsors start among the blocks @pending to @last, the last
 * ending ": draft resolution": the lines before them that name no State
 * at all while the list after them starts with one are the end of a long
 * agenda title ("…, and other matters of the territories") that the
 * format did not place in its column. */
static guint
find_sponsors_start (Masthead *self,
                     GPtrArray *blocks,
                     guint pending,
                     guint last)
{
  for (guint start = pending; start <= last; start++)
    {
      g_autofree char *joined = join_texts (blocks, start, last + 1);
      g_autofree char *sponsors = match_group (self->re->type_tail, joined, 1);

      if (sponsors == NULL || names_known_state (sponsors, TRUE))
        return start;
      if (names_known_state (((RdBlock *) g_ptr_array_index (blocks, start))->text, FALSE))
        return pending;
    }
  return pending;
}

/* Reads the masthead fields that stand one to a line. */
static gboolean
parse_masthead_field (Masthead *self,
                      const RdBlock *block,
                      MastheadPhase phase)
{
  const RdLexiconPatterns *re = self->re;
  RdDocument *doc = self->document;
  const char *text = block->text;
  g_autofree char *value = NULL;

  if (strlen (text) > RD_MASTHEAD_MAX_LINE)
    return FALSE;
  if (g_strcmp0 (text, "United Nations") == 0)
    return TRUE;
  if (rd_document_get_symbol (doc) == NULL && (value = match_group (re->symbol, text, 1)) != NULL)
    {
      rd_document_set_field (doc, RD_FIELD_SYMBOL, value);
      return TRUE;
    }
  if (rd_document_get_field (doc, RD_FIELD_ORGAN) == NULL && g_regex_match (re->organ, text, 0, NULL))
    {
      rd_document_set_field (doc, RD_FIELD_ORGAN, text);
      self->organ_left = block->left;
      return TRUE;
    }
  if ((value = match_group (re->distribution, text, 1)) != NULL)
    {
      rd_document_set_field (doc, RD_FIELD_DISTRIBUTION, value);
      if (self->organ_left >= 0 && block->left > self->organ_left + FIELDS_COLUMN_MIN_OFFSET)
        self->fields_left = block->left;
      return TRUE;
    }
  if ((value = match_group (re->original, text, 1)) != NULL)
    {
      rd_document_set_field (doc, RD_FIELD_ORIGINAL_LANGUAGE, value);
      return TRUE;
    }
  if (phase != MASTHEAD_FIELDS)
    return FALSE;
  if (rd_document_get_date (doc) == NULL && (value = match_group (re->date, text, 1)) != NULL)
    {
      rd_document_set_field (doc, RD_FIELD_DATE, value);
      return TRUE;
    }
  /* Whatever else stands in the column of "Distr." and the date (this
   * version's language above "Original: French", a sales number) is
   * masthead too, never a sponsor or the title. */
  if (same_column (block->left, self->fields_left) || g_regex_match (re->language_line, text, 0, NULL))
    return TRUE;
  if (rd_document_get_field (doc, RD_FIELD_SESSION) == NULL && (value = match_group (re->session, text, 1)) != NULL)
    {
      rd_document_set_field (doc, RD_FIELD_SESSION, value);
      return TRUE;
    }
  if ((value = match_group (re->committee, text, 1)) != NULL)
    {
      rd_document_set_field (doc, RD_FIELD_COMMITTEE, value);
      return TRUE;
    }
  if (rd_document_get_field (doc, RD_FIELD_COMMITTEE) != NULL && g_regex_match (re->committee_number, text, 0, NULL))
    {
      g_autofree char *name = g_strdup_printf ("%s %s", rd_document_get_field (doc, RD_FIELD_COMMITTEE), text);

      rd_document_set_field (doc, RD_FIELD_COMMITTEE, name);
      return TRUE;
    }
  return FALSE;
}

/* "Resolution adopted by the General Assembly on 18 December 2025 [on the
 * report of ...]" over as many lines as it takes.  Returns the index of its
 * last block, or -1. */
static int
parse_adoption_lines (Masthead *self,
                      GPtrArray *blocks,
                      guint first)
{
  for (guint last = first; last < blocks->len && last < first + 6; last++)
    {
      g_autofree char *lines = join_texts (blocks, first, last + 1);
      gboolean open_bracket = strchr (lines, '[') != NULL && strchr (lines, ']') == NULL;
      gboolean more = last + 1 < blocks->len && ((RdBlock *) g_ptr_array_index (blocks, last + 1))->text[0] == '[';

      if (!open_bracket && !more && parse_adoption (self, lines))
        return (int) last;
    }
  return -1;
}

/* Entry point */

void
rd_masthead_parse (RdDocument *document,
                   GPtrArray *blocks,
                   GPtrArray *star_notes)
{
  Masthead masthead = {
    .document = document,
    .re = rd_lexicon_patterns (),
    .blocks = blocks,
    .star_notes = star_notes,
    .organ_left = -1,
    .fields_left = -1,
  };
  Masthead *self = &masthead;
  const RdLexiconPatterns *re = self->re;
  RdDocument *doc = document;
  MastheadPhase phase = MASTHEAD_FIELDS;
  double agenda_left = -1;
  guint agenda_title_start = 0;
  guint pending = 0; /* first block not yet accounted for */
  gboolean have_type = FALSE;

  for (guint i = 0; i < blocks->len; i++)
    {
      const RdBlock *block = g_ptr_array_index (blocks, i);
      const char *text = block->text;
      g_autofree char *items = NULL;
      g_autoptr (GMatchInfo) info = NULL;

      if (parse_masthead_field (self, block, phase))
        {
          pending = i + 1;
          continue;
        }
      if (phase == MASTHEAD_FIELDS && g_regex_match (re->masthead_column, text, 0, &info))
        {
          g_autofree char *session = g_match_info_fetch (info, 1);
          g_autofree char *committee = g_match_info_fetch (info, 2);
          g_autofree char *agenda = g_match_info_fetch (info, 3);
          g_autofree char *agenda_title = g_match_info_fetch (info, 4);

          rd_document_set_field (doc, RD_FIELD_SESSION, session);
          rd_document_set_field (doc, RD_FIELD_COMMITTEE, committee);
          parse_agenda_items (self, agenda);
          rd_document_set_field (doc, RD_FIELD_AGENDA_TITLE, agenda_title);
          phase = MASTHEAD_REST;
          pending = i + 1;
          continue;
        }
      g_clear_pointer (&info, g_match_info_unref);
      if (phase == MASTHEAD_FIELDS && (items = match_group (re->agenda, text, 1)) != NULL)
        {
          parse_agenda_items (self, items);
          phase = MASTHEAD_AGENDA_TITLE;
          agenda_left = block->left;
          agenda_title_start = i + 1;
          pending = i + 1;
          continue;
        }

      if (phase == MASTHEAD_AGENDA_TITLE)
        {
          /* The agenda title sits in the masthead column with the agenda
           * item, possibly over several lines; the sponsors and the title
           * stand in the text column.  Without positions, the agenda title
           * is the one block after the agenda item. */
          gboolean in_column = same_column (block->left, agenda_left);
          gboolean first_without_positions = agenda_left < 0 && i == agenda_title_start;

          if ((in_column || first_without_positions) && !g_str_has_prefix (text, "Resolution adopted by") && !g_regex_match (re->type_tail, text, 0, NULL))
            {
              const RdBlock *next = i + 1 < blocks->len ? g_ptr_array_index (blocks, i + 1) : NULL;

              pending = i + 1;
              if (next == NULL || !in_column || !same_column (next->left, agenda_left))
                {
                  g_autofree char *title = join_texts (blocks, agenda_title_start, i + 1);
                  rd_document_set_field (doc, RD_FIELD_AGENDA_TITLE, title);
                  phase = MASTHEAD_REST;
                }
              continue;
            }
        }
      phase = MASTHEAD_REST;

      if (!have_type)
        {
          g_autofree char *joined = join_texts (blocks, pending, i + 1);

          /* Sponsors: joined from the pending lines up to the one that ends
           * with ": draft resolution", since the list wraps. */
          if (g_regex_match (re->type_tail, joined, 0, NULL) && rd_document_get_agenda_items (doc)->len > 0)
            {
              guint start = find_sponsors_start (self, blocks, pending, i);

              if (start > pending)
                {
                  const char *agenda_title = rd_document_get_field (doc, RD_FIELD_AGENDA_TITLE);
                  g_autofree char *rest = join_texts (blocks, pending, start);
                  g_autofree char *title = agenda_title != NULL ? g_strdup_printf ("%s %s", agenda_title, rest) : g_steal_pointer (&rest);

                  rd_document_set_field (doc, RD_FIELD_AGENDA_TITLE, title);
                  pending = start;
                  g_free (joined);
                  joined = join_texts (blocks, pending, i + 1);
                }
            }
          if (g_regex_match (re->type_tail, joined, 0, NULL) && parse_type_line (self, joined))
            {
              have_type = TRUE;
              pending = i + 1;
              continue;
            }

          /* "Draft resolution submitted by the Vice-Chair ..., on the basis
           * of ...", possibly over several lines. */
          if (g_regex_match (re->submitted, text, 0, NULL) || g_str_has_prefix (text, "Draft ") || g_str_has_prefix (text, "Revised draft "))
            {
              guint last = i;
              g_autofree char *line = NULL;

              while (last + 1 < blocks->len && starts_continuation (g_ptr_array_index (blocks, last + 1)))
                last++;
              line = join_texts (blocks, i, last + 1);
              if (parse_type_line (self, line))
                {
                  have_type = TRUE;
                  i = last;
                  pending = last + 1;
                  continue;
                }
            }

          if (g_str_has_prefix (text, "Resolution adopted by"))
            {
              int last = parse_adoption_lines (self, blocks, i);

              if (last >= 0)
                {
                  have_type = TRUE;
                  i = (guint) last;
                  pending = i + 1;
                  continue;
                }
            }
        }

      /* "80/228. Improving the coordination ...": the resolution's number
       * and the start of its title. */
      if (rd_document_get_field (doc, RD_FIELD_RESOLUTION_NUMBER) == NULL && g_regex_match (re->resolution_number, text, 0, &info))
        {
          g_autofree char *number = g_match_info_fetch (info, 1);

          rd_document_set_field (doc, RD_FIELD_RESOLUTION_NUMBER, number);
          if (rd_document_get_document_type (doc) == NULL)
            rd_document_set_field (doc, RD_FIELD_DOCUMENT_TYPE, "resolution");
          pending = i;
        }
    }

  /* What is left before the formula is the title. */
  if (pending < blocks->len)
    {
      g_autofree char *title = join_texts (blocks, pending, blocks->len);
      g_autoptr (GMatchInfo) info = NULL;

      /* Drop the resolution number in front of the title. */
      if (g_regex_match (re->resolution_number, title, 0, &info))
        {
          char *rest = g_match_info_fetch (info, 2);

          g_free (title);
          title = rest != NULL ? rest : g_strdup ("");
        }
      rd_document_set_field (doc, RD_FIELD_TITLE, title);
    }
}
