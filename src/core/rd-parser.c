/* rd-parser.c: from text blocks to the structure of a resolution
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-parser.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-instruction-parser.h"
#include "rd-lexicon.h"
#include "rd-states.h"

/* A masthead line or enacting formula is short; anything longer is body
 * text even if it happens to match a masthead pattern. */
#define MAX_MASTHEAD_LENGTH 160

/* Where the enacting formula can stand: after the masthead, which is a few
 * dozen lines even when each line is its own block. */
#define MAX_FORMULA_POSITION 80

/* Headings ("A. Follow-up", "Annex") are short and unpunctuated. */
#define MAX_HEADING_LENGTH 150

/* Masthead lines of one column (the agenda title and its continuation)
 * start within this many points of each other; only PDF gives positions
 * (RdBlock.left).  A third of an em at 12 points takes the text layer's
 * rounding and a bold first glyph's side bearing. */
#define SAME_COLUMN_TOLERANCE 4.0

/* An italic run at a paragraph's start longer than this many characters
 * is an italic title or quotation, not its verb phrase: the longest verb
 * phrases ("Expressing its deep appreciation also") are under 45. */
#define MAX_VERB_LENGTH 60

typedef struct
{
  const RdBlockList *input;
  RdDocument *document;
  const RdLexiconPatterns *re;
  GPtrArray *masthead; /* RdBlock *, not owned */
  GPtrArray *body;     /* RdBlock *, owned: continuations joined */
  GPtrArray *star_notes;
} Parser;

/* Patterns */

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

/* "12. Urges ...": the operative number, and where the text after it
 * starts.  Scanned by hand: it runs on every paragraph. */
static gboolean
scan_operative_number (const char *text,
                       char **number,
                       gsize *text_start)
{
  gsize digits = 0;
  gsize k;

  while (digits < 5 && g_ascii_isdigit (text[digits]))
    digits++;
  if (digits == 0 || digits > 4 || text[digits] != '.' || !g_ascii_isspace (text[digits + 1]))
    return FALSE;
  for (k = digits + 1; g_ascii_isspace (text[k]); k++)
    ;
  if (number != NULL)
    *number = g_strndup (text, digits);
  if (text_start != NULL)
    *text_start = k;
  return TRUE;
}

static gboolean
is_roman_letter (char c)
{
  return c == 'i' || c == 'v' || c == 'x' || c == 'l' || c == 'c';
}

/* "(a) To promote ...", "(ii) ...", "a) ...": the sub-paragraph's letter or
 * numeral, its label as printed, and where the text starts. */
static gboolean
scan_subparagraph_label (const char *text,
                         char **number,
                         char **label,
                         gsize *text_start)
{
  gsize first, last, k;

  if (text[0] == '(')
    {
      gboolean roman = TRUE;

      first = 1;
      for (last = first; g_ascii_islower (text[last]) && last - first < 7; last++)
        roman &= is_roman_letter (text[last]);
      if (last == first || text[last] != ')' || (last - first > 2 && !(roman && last - first <= 6)))
        return FALSE;
      k = last + 1;
    }
  else if (g_ascii_islower (text[0]) && text[1] == ')')
    {
      first = 0;
      last = 1;
      k = 2;
    }
  else
    return FALSE;

  if (!g_ascii_isspace (text[k]))
    return FALSE;
  if (number != NULL)
    *number = g_strndup (text + first, last - first);
  if (label != NULL)
    *label = g_strndup (text, k);
  for (; g_ascii_isspace (text[k]); k++)
    ;
  if (text_start != NULL)
    *text_start = k;
  return TRUE;
}

/* Blocks */

static RdBlock *
block_copy (const RdBlock *block)
{
  RdBlock *copy = rd_block_new (block->role, block->text);

  g_array_append_vals (copy->spans, block->spans->data, block->spans->len);
  copy->flags = block->flags;
  copy->marker = g_strdup (block->marker);
  copy->number = g_strdup (block->number);
  copy->page = block->page;
  copy->indent = block->indent;
  copy->left = block->left;
  return copy;
}

/* Appends @next to @block with one space between, keeping spans. */
static void
block_join (RdBlock *block,
            const RdBlock *next)
{
  gsize shift;
  g_autofree char *joined = NULL;

  if (*block->text != '\0')
    joined = g_strconcat (block->text, " ", next->text, NULL);
  else
    joined = g_strdup (next->text);
  shift = strlen (joined) - strlen (next->text);
  g_free (block->text);
  block->text = g_steal_pointer (&joined);
  for (guint i = 0; i < next->spans->len; i++)
    {
      const RdSpan *span = &g_array_index (next->spans, RdSpan, i);
      rd_block_add_span (block, span->kind, span->start + shift, span->end + shift);
    }
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

static gboolean
ends_with_any (const char *text,
               const char *characters)
{
  gsize length = strlen (text);

  return length > 0 && strchr (characters, text[length - 1]) != NULL;
}

/* The last character of the block's text before any trailing footnote
 * mark ("trafficking in persons,⁸" ends with a comma). */
static char
last_char_before_marks (const RdBlock *block)
{
  gsize end = strlen (block->text);

  for (guint i = block->spans->len; i > 0; i--)
    {
      const RdSpan *span = &g_array_index (block->spans, RdSpan, i - 1);

      if (span->kind == RD_SPAN_FOOTNOTE && span->end == end)
        end = span->start;
    }
  while (end > 0 && block->text[end - 1] == ' ')
    end--;
  return end > 0 ? block->text[end - 1] : '\0';
}

static gboolean
ends_paragraph (const RdBlock *block)
{
  char last = last_char_before_marks (block);

  return last != '\0' && strchr (".,;:", last) != NULL;
}

static gboolean
starts_lowercase (const char *text)
{
  return g_unichar_islower (g_utf8_get_char (text));
}

/* The formula */

static gboolean
is_formula (const Parser *parser,
            const RdBlock *block)
{
  return block->role == RD_BLOCK_BODY && strlen (block->text) < MAX_MASTHEAD_LENGTH && g_regex_match (parser->re->formula, block->text, 0, NULL);
}

/* The masthead */

static void
parse_agenda_items (Parser *parser,
                    const char *items)
{
  g_autoptr (GMatchInfo) info = NULL;

  g_regex_match (parser->re->agenda_item, items, 0, &info);
  while (g_match_info_matches (info))
    {
      g_autofree char *number = g_match_info_fetch (info, 1);
      g_autofree char *first = g_match_info_fetch (info, 2);
      g_autofree char *more = g_match_info_fetch (info, 3);

      g_strstrip (first);
      if (*first == '\0')
        rd_document_add_agenda_item (parser->document, number);
      else
        {
          g_autofree char *item = g_strdup_printf ("%s %s", number, first);
          rd_document_add_agenda_item (parser->document, item);
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
              rd_document_add_agenda_item (parser->document, item);
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
set_sponsors (Parser *parser,
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
        g_ptr_array_add (parser->star_notes, GUINT_TO_POINTER (i));
      rd_document_add_sponsor (parser->document, sponsor->name, sponsor->state, note);
    }

  for (guint i = 0; i < unknown->len; i++)
    rd_document_add_warning (parser->document, _ ("unknown sponsor “%s”: not a Member or observer State that Resdiff knows; kept as written"),
                             (const char *) g_ptr_array_index (unknown, i));
}

/* Reads the sponsors line or the facilitator's line, already joined. */
static gboolean
parse_type_line (Parser *parser,
                 const char *text)
{
  const RdLexiconPatterns *re = parser->re;
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
      rd_document_set_field (parser->document, RD_FIELD_DOCUMENT_TYPE, type);
      rd_document_set_field (parser->document, RD_FIELD_SUBMITTED_BY, by);
      rd_document_set_field (parser->document, RD_FIELD_BASED_ON, basis);
      return TRUE;
    }
  g_clear_pointer (&info, g_match_info_unref);
  if (g_regex_match (re->type_tail, text, 0, &info))
    {
      g_autofree char *sponsors = g_match_info_fetch (info, 1);
      g_autofree char *star = g_match_info_fetch (info, 2);
      g_autofree char *type = g_match_info_fetch (info, 3);

      g_strstrip (sponsors);
      if (*sponsors == '\0')
        return FALSE;
      lowercase_first (type);
      rd_document_set_field (parser->document, RD_FIELD_DOCUMENT_TYPE, type);
      set_sponsors (parser, sponsors, star);
      return TRUE;
    }

  return FALSE;
}

static gboolean
parse_adoption (Parser *parser,
                const char *text)
{
  g_autoptr (GMatchInfo) info = NULL;
  g_autofree char *date = NULL;
  g_autofree char *bracket = NULL;

  if (!g_regex_match (parser->re->adopted, text, 0, &info))
    return FALSE;

  date = g_match_info_fetch (info, 2);
  bracket = g_match_info_fetch (info, 3);
  rd_document_set_field (parser->document, RD_FIELD_DOCUMENT_TYPE, "resolution");
  rd_document_set_field (parser->document, RD_FIELD_ADOPTION_DATE, date);
  /* "[on the report of the Third Committee (A/80/545, para. 5)]" names a
   * report; "[without reference to a Main Committee (A/80/L.9)]" names the
   * document the plenary adopted instead, which the field gives likewise:
   * it is what the resolution was adopted on. */
  if (bracket != NULL)
    {
      g_autofree char *report = match_group (parser->re->report, bracket, 1);
      rd_document_set_field (parser->document, RD_FIELD_REPORT, report);
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
  return starts_lowercase (block->text) || block->text[0] == '(' || block->text[0] == '[';
}

/* Reads the masthead fields that stand one to a line. */
static gboolean
parse_masthead_field (Parser *parser,
                      const RdBlock *block,
                      MastheadPhase phase)
{
  const RdLexiconPatterns *re = parser->re;
  RdDocument *doc = parser->document;
  const char *text = block->text;
  g_autofree char *value = NULL;

  if (strlen (text) > MAX_MASTHEAD_LENGTH)
    return FALSE;
  if (g_strcmp0 (text, "United Nations") == 0)
    return TRUE;
  if (rd_document_get_symbol (doc) == NULL && g_regex_match (re->symbol, text, 0, NULL))
    {
      rd_document_set_field (doc, RD_FIELD_SYMBOL, text);
      return TRUE;
    }
  if (rd_document_get_field (doc, RD_FIELD_ORGAN) == NULL && g_regex_match (re->organ, text, 0, NULL))
    {
      rd_document_set_field (doc, RD_FIELD_ORGAN, text);
      return TRUE;
    }
  if ((value = match_group (re->distribution, text, 1)) != NULL)
    {
      rd_document_set_field (doc, RD_FIELD_DISTRIBUTION, value);
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
  return FALSE;
}

/* "Resolution adopted by the General Assembly on 18 December 2025 [on the
 * report of ...]" over as many lines as it takes.  Returns the index of its
 * last block, or -1. */
static int
parse_adoption_lines (Parser *parser,
                      GPtrArray *blocks,
                      guint first)
{
  for (guint last = first; last < blocks->len && last < first + 6; last++)
    {
      g_autofree char *lines = join_texts (blocks, first, last + 1);
      gboolean open_bracket = strchr (lines, '[') != NULL && strchr (lines, ']') == NULL;
      gboolean more = last + 1 < blocks->len && ((RdBlock *) g_ptr_array_index (blocks, last + 1))->text[0] == '[';

      if (!open_bracket && !more && parse_adoption (parser, lines))
        return (int) last;
    }
  return -1;
}

static void
parse_masthead (Parser *parser)
{
  const RdLexiconPatterns *re = parser->re;
  GPtrArray *blocks = parser->masthead;
  RdDocument *doc = parser->document;
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

      if (parse_masthead_field (parser, block, phase))
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
          parse_agenda_items (parser, agenda);
          rd_document_set_field (doc, RD_FIELD_AGENDA_TITLE, agenda_title);
          phase = MASTHEAD_REST;
          pending = i + 1;
          continue;
        }
      g_clear_pointer (&info, g_match_info_unref);
      if (phase == MASTHEAD_FIELDS && (items = match_group (re->agenda, text, 1)) != NULL)
        {
          parse_agenda_items (parser, items);
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
          if (g_regex_match (re->type_tail, joined, 0, NULL) && parse_type_line (parser, joined))
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
              if (parse_type_line (parser, line))
                {
                  have_type = TRUE;
                  i = last;
                  pending = last + 1;
                  continue;
                }
            }

          if (g_str_has_prefix (text, "Resolution adopted by"))
            {
              int last = parse_adoption_lines (parser, blocks, i);

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

/* Footnotes */

static void
collect_footnotes (Parser *parser)
{
  GPtrArray *blocks = parser->input->blocks;

  for (guint i = 0; i < blocks->len; i++)
    {
      const RdBlock *block = g_ptr_array_index (blocks, i);
      RdFootnote *existing;

      if (block->role != RD_BLOCK_FOOTNOTE || block->marker == NULL)
        continue;

      existing = rd_document_find_footnote (parser->document, block->marker);
      if (existing == NULL)
        rd_document_add_footnote (parser->document, block->marker, block->text);
      else if (g_strcmp0 (existing->text, block->text) != 0)
        rd_document_add_warning (parser->document, _ ("two footnotes are marked “%s”; the second (“%.40s…”) is ignored"),
                                 block->marker, block->text);
    }
}

/* Finds footnote markers in text that lost its superscripts ("held in
 * 2010,3 to devise"): digits glued to a word or punctuation, which name a
 * footnote that exists and come in the order footnotes are numbered. */
static void
find_plain_markers (Parser *parser,
                    RdBlock *block,
                    guint *next_marker)
{
  g_autoptr (GMatchInfo) info = NULL;

  /* No digit, no marker: most paragraphs, spared the pattern. */
  if (strpbrk (block->text, "0123456789") == NULL)
    return;
  g_regex_match (parser->re->plain_marker, block->text, 0, &info);
  while (g_match_info_matches (info))
    {
      g_autofree char *digits = g_match_info_fetch (info, 1);
      guint64 value = g_ascii_strtoull (digits, NULL, 10);
      int start = 0, end = 0;

      g_match_info_fetch_pos (info, 1, &start, &end);
      if (rd_document_find_footnote (parser->document, digits) != NULL && value >= 1 && value <= *next_marker)
        {
          rd_block_add_span (block, RD_SPAN_FOOTNOTE, start, end);
          if (value == *next_marker)
            (*next_marker)++;
        }
      g_match_info_next (info, NULL);
    }
}

/* What the meeting pattern ("56th plenary meeting") needs at the start:
 * digits and an ordinal's suffix.  Operative paragraphs start with digits
 * too ("1. "); this spares them the pattern. */
static gboolean
may_be_meeting (const char *text)
{
  const char *p = text;

  while (g_ascii_isdigit (*p))
    p++;
  if (p == text)
    return FALSE;
  if ((guchar) p[0] >= 0x80)
    return TRUE; /* a digit of another script: the pattern decides */
  return (p[0] == 's' && p[1] == 't') || (p[0] == 'n' && p[1] == 'd') || (p[0] == 'r' && p[1] == 'd') || (p[0] == 't' && p[1] == 'h');
}

/* Body: joining what page breaks cut */

static gboolean
is_numbered (const Parser *parser,
             const RdBlock *block)
{
  return block->number != NULL || scan_operative_number (block->text, NULL, NULL) || scan_subparagraph_label (block->text, NULL, NULL, NULL);
}

static gboolean
looks_like_heading (const Parser *parser,
                    const RdBlock *block)
{
  if (block->role == RD_BLOCK_HEADING)
    return TRUE;
  if (memchr (block->text, '\0', MAX_HEADING_LENGTH + 1) == NULL || ends_with_any (block->text, ",;:"))
    return FALSE;
  if (block->flags & (RD_BLOCK_FLAG_CENTERED | RD_BLOCK_FLAG_BOLD))
    return !ends_with_any (block->text, ".");
  return g_regex_match (parser->re->heading, block->text, 0, NULL);
}

/* Whether @next continues @previous: a page break (with the page's
 * footnotes standing between) cut a paragraph in two.  Decided by form,
 * never by knowing the text: the second part starts in lower case, or the
 * first part does not end as a paragraph ends. */
static gboolean
continues (const Parser *parser,
           const RdBlock *previous,
           const RdBlock *next,
           gboolean footnotes_between)
{
  /* A heading at the top of a page, set flush with the column ("I" over
   * "Implementation of the Convention ..." in A/80/L.22), is no
   * continuation of a paragraph that ended on the page before. */
  if (next->flags & RD_BLOCK_FLAG_CONTINUATION)
    return !(ends_paragraph (previous) && looks_like_heading (parser, next));
  if (next->role != RD_BLOCK_BODY || previous->role != RD_BLOCK_BODY)
    return FALSE;
  /* Word, OpenDocument, HTML and Akoma Ntoso mark paragraphs themselves
   * and have no page breaks to cut them: a paragraph that starts in lower
   * case there (Russian preambular paragraphs do) is still a paragraph. */
  if (parser->input->n_pages == 0 && g_strcmp0 (parser->input->format, "text") != 0)
    return FALSE;
  if (is_numbered (parser, next) || looks_like_heading (parser, previous) || looks_like_heading (parser, next))
    return FALSE;
  if (starts_lowercase (next->text))
    return TRUE;
  /* A numbered item stopped mid-sentence ("(i) The compliance ... with
   * the standards applicable to" | "Member States;" in A/C.2/80/L.42's
   * nested list): its last line was set apart, and it ends the item. */
  if (is_numbered (parser, previous) && !ends_paragraph (previous) && g_ascii_islower (last_char_before_marks (previous)) && ends_paragraph (next))
    return TRUE;
  if ((footnotes_between || (next->flags & RD_BLOCK_FLAG_AFTER_BREAK)) && !ends_paragraph (previous))
    return TRUE;
  return FALSE;
}

static void
build_body (Parser *parser,
            guint start)
{
  GPtrArray *blocks = parser->input->blocks;
  gboolean footnotes_between = FALSE;

  for (guint i = start; i < blocks->len; i++)
    {
      const RdBlock *block = g_ptr_array_index (blocks, i);
      RdBlock *last = parser->body->len > 0 ? g_ptr_array_index (parser->body, parser->body->len - 1) : NULL;

      if (block->role == RD_BLOCK_FOOTNOTE)
        {
          footnotes_between = TRUE;
          continue;
        }
      if (last != NULL && continues (parser, last, block, footnotes_between))
        block_join (last, block);
      else
        g_ptr_array_add (parser->body, block_copy (block));
      footnotes_between = FALSE;
    }
}

/* Body: paragraphs */

/* Removes footnote marks from @block's text, recording where they stood,
 * and returns the paragraph text; italic spans are moved to match. */
static char *
strip_markers (RdBlock *block,
               GArray *refs_out,
               gsize from)
{
  GString *out = g_string_new (NULL);
  gsize cursor = from;

  for (guint i = 0; i < block->spans->len; i++)
    {
      const RdSpan *span = &g_array_index (block->spans, RdSpan, i);
      RdFootnoteRef ref;

      if (span->kind != RD_SPAN_FOOTNOTE || span->start < from)
        continue;
      g_string_append_len (out, block->text + cursor, span->start - cursor);
      /* "Summit, 1 the": the space the PDF put before the mark goes too. */
      while (out->len > 0 && out->str[out->len - 1] == ' ' && block->text[span->end] == ' ')
        g_string_truncate (out, out->len - 1);
      ref.offset = out->len;
      ref.marker = g_strndup (block->text + span->start, span->end - span->start);
      g_array_append_val (refs_out, ref);
      cursor = span->end;
    }
  g_string_append (out, block->text + cursor);
  return g_string_free (out, FALSE);
}

static char *
italic_verb (const RdBlock *block,
             gsize from)
{
  for (guint i = 0; i < block->spans->len; i++)
    {
      const RdSpan *span = &g_array_index (block->spans, RdSpan, i);
      g_autofree char *verb = NULL;
      gsize length;
      gsize end;

      if (span->kind != RD_SPAN_ITALIC || span->start != from)
        continue;
      /* A font change inside a word ("Urge" italic, "s" not) must not cut
       * the verb: extend the run to the end of its word. */
      end = span->end;
      while (block->text[end] != '\0' && (g_unichar_isalpha (g_utf8_get_char (block->text + end)) || block->text[end] == '-'))
        end = g_utf8_next_char (block->text + end) - block->text;
      verb = g_strndup (block->text + span->start, end - span->start);
      /* An italic run ending in punctuation: "Decides," keeps "Decides". */
      length = strlen (verb);
      while (length > 0 && (g_ascii_isspace (verb[length - 1]) || strchr (",;:.", verb[length - 1]) != NULL))
        verb[--length] = '\0';
      /* Only a verb phrase, not a whole italic title at the start. */
      if (length == 0 || g_utf8_strlen (verb, -1) > MAX_VERB_LENGTH)
        return NULL;
      return g_steal_pointer (&verb);
    }
  return NULL;
}

static gboolean
is_roman (const char *label)
{
  return label[strspn (label, "ivxlc")] == '\0';
}

/* Whether the block's text ends (before any trailing footnote mark) with
 * one of @characters. */
static gboolean
block_ends_with_any (const RdBlock *block,
                     const char *characters)
{
  char last = last_char_before_marks (block);

  return last != '\0' && strchr (characters, last) != NULL;
}

/* An operative paragraph whose number lost its full stop in the text
 * layer ("25 Condemns without reservation", "6    Also reaffirms"): the
 * number that comes next after @last_number, then a capital letter. */
static gboolean
scan_bare_operative_number (const char *text,
                            guint last_number,
                            char **number,
                            gsize *text_start)
{
  gsize digits = 0;
  gsize k;

  while (digits < 4 && g_ascii_isdigit (text[digits]))
    digits++;
  if (digits == 0 || last_number == 0 || !g_ascii_isspace (text[digits]))
    return FALSE;
  if (strtoul (text, NULL, 10) != last_number + 1)
    return FALSE;
  for (k = digits; g_ascii_isspace (text[k]); k++)
    ;
  if (!g_unichar_isupper (g_utf8_get_char (text + k)))
    return FALSE;
  *number = g_strndup (text, digits);
  *text_start = k;
  return TRUE;
}

/* The next block after @i that is a main paragraph (not a sub-paragraph or
 * a heading), or NULL. */
static const RdBlock *
next_main_block (const Parser *parser,
                 guint i)
{
  for (guint j = i + 1; j < parser->body->len; j++)
    {
      const RdBlock *block = g_ptr_array_index (parser->body, j);

      if (scan_subparagraph_label (block->text, NULL, NULL, NULL) || looks_like_heading (parser, block))
        continue;
      return block;
    }
  return NULL;
}

/* Whether an unnumbered paragraph of the preamble that ends as an
 * operative one does (";" or ".") is still preambular: it opens with a
 * preambular verb ("Recognizing also that apartheid ... prevented;"), or
 * the preamble goes on after it (an unnumbered paragraph ending in ",").
 * A resolution whose one operative paragraph is unnumbered ("Decides to
 * ...") has neither. */
static gboolean
preamble_goes_on (const Parser *parser,
                  guint i,
                  const char *text)
{
  g_autofree char *verb = rd_lexicon_guess_verb (text, FALSE);
  const RdBlock *next;

  if (verb != NULL)
    return TRUE;
  next = next_main_block (parser, i);
  return next != NULL && !is_numbered (parser, next) && block_ends_with_any (next, ",");
}

/* Whether an unnumbered paragraph of the preamble ending in ":" opens the
 * operative part ("Decides:" before its sub-paragraphs): an operative
 * verb, not a preambular one. */
static gboolean
opens_operative_list (const char *text)
{
  g_autofree char *preambular = rd_lexicon_guess_verb (text, FALSE);
  g_autofree char *operative = NULL;

  if (preambular != NULL)
    return FALSE;
  operative = rd_lexicon_guess_verb (text, TRUE);
  return operative != NULL;
}

static void
add_body_paragraphs (Parser *parser,
                     gboolean is_resolution)
{
  const RdLexiconPatterns *re = parser->re;
  RdDocument *doc = parser->document;
  gboolean seen_operative = FALSE;
  gboolean in_annex = FALSE;
  guint last_operative = 0;      /* number of the last operative paragraph */
  guint last_main = G_MAXUINT;   /* last preambular or operative paragraph */
  guint last_letter = G_MAXUINT; /* last "(a)"-style sub-paragraph */
  char last_letter_label = 0;
  gboolean after_heading_label = FALSE;
  guint next_marker = 1;
  gboolean plain_markers = g_strcmp0 (parser->input->format, "text") == 0 && rd_document_get_footnotes (doc)->len > 0;

  for (guint i = 0; i < parser->body->len; i++)
    {
      RdBlock *block = g_ptr_array_index (parser->body, i);
      g_autoptr (RdParagraph) paragraph = NULL;
      g_autofree char *number = NULL;
      g_autofree char *label = NULL;
      g_autofree char *text = NULL;
      g_autofree char *verb = NULL;
      g_autoptr (GArray) refs = g_array_new (FALSE, FALSE, sizeof (RdFootnoteRef));
      RdParagraphKind kind;
      gsize from = 0;

      if (is_resolution && may_be_meeting (block->text) && g_regex_match (re->meeting, block->text, 0, NULL))
        {
          /* "56th plenary meeting" and its date close an adopted text. */
          rd_document_set_field (doc, RD_FIELD_MEETING, block->text);
          if (i + 1 < parser->body->len && g_regex_match (re->date, ((RdBlock *) g_ptr_array_index (parser->body, i + 1))->text, 0, NULL))
            i++;
          continue;
        }

      if (plain_markers && !rd_block_has_span (block, RD_SPAN_FOOTNOTE))
        find_plain_markers (parser, block, &next_marker);

      if (block->number != NULL)
        {
          /* The format numbered the paragraph itself (DOCX, AKN). */
          g_autofree char *numbered = g_strdup_printf ("%s ", block->number);

          if (scan_operative_number (numbered, &number, NULL))
            kind = RD_PARAGRAPH_OPERATIVE;
          else if (scan_subparagraph_label (numbered, &number, NULL, NULL))
            kind = RD_PARAGRAPH_SUBPARAGRAPH;
          else
            {
              kind = RD_PARAGRAPH_OTHER;
              number = g_strdup (block->number);
            }
          label = g_strdup (block->number);
        }
      else if (scan_operative_number (block->text, &number, &from) || (is_resolution && !in_annex && scan_bare_operative_number (block->text, last_operative, &number, &from)))
        {
          kind = RD_PARAGRAPH_OPERATIVE;
          label = g_strdup_printf ("%s.", number);
        }
      else if (scan_subparagraph_label (block->text, &number, &label, &from))
        kind = RD_PARAGRAPH_SUBPARAGRAPH;
      else if (looks_like_heading (parser, block) || (after_heading_label && strlen (block->text) <= MAX_HEADING_LENGTH && !ends_with_any (block->text, ".,;:")))
        {
          kind = RD_PARAGRAPH_HEADING;
          if (g_str_has_prefix (block->text, "Annex"))
            in_annex = TRUE;
        }
      else if (!is_resolution || in_annex)
        kind = RD_PARAGRAPH_OTHER;
      else if (!seen_operative && block_ends_with_any (block, ":") && opens_operative_list (block->text))
        kind = RD_PARAGRAPH_OPERATIVE;
      else if (!seen_operative && !block_ends_with_any (block, ".;"))
        kind = RD_PARAGRAPH_PREAMBULAR;
      else if (!seen_operative && preamble_goes_on (parser, i, block->text))
        kind = RD_PARAGRAPH_PREAMBULAR;
      else
        kind = block_ends_with_any (block, ".;") ? RD_PARAGRAPH_OPERATIVE : RD_PARAGRAPH_OTHER;

      if (in_annex && kind != RD_PARAGRAPH_HEADING)
        kind = RD_PARAGRAPH_OTHER;
      /* "I" or "A." alone: the heading's words follow in the next block. */
      after_heading_label = kind == RD_PARAGRAPH_HEADING && strlen (block->text) <= 6;
      if (!is_resolution && kind != RD_PARAGRAPH_HEADING)
        kind = RD_PARAGRAPH_OTHER;

      text = strip_markers (block, refs, from);
      if (refs->len > 0)
        {
          /* Marks gone can leave two spaces side by side. */
          g_autofree char *folded = rd_text_fold_whitespace (text, NULL);
          g_free (text);
          text = g_steal_pointer (&folded);
        }

      if (kind == RD_PARAGRAPH_PREAMBULAR || kind == RD_PARAGRAPH_OPERATIVE)
        {
          verb = italic_verb (block, from);
          if (verb == NULL)
            verb = rd_lexicon_guess_verb (text, kind == RD_PARAGRAPH_OPERATIVE);
        }

      paragraph = rd_paragraph_new (kind, text);
      paragraph->number = g_steal_pointer (&number);
      paragraph->number_label = g_steal_pointer (&label);
      paragraph->verb = g_steal_pointer (&verb);
      paragraph->page = block->page;
      for (guint k = 0; k < refs->len; k++)
        {
          RdFootnoteRef *ref = &g_array_index (refs, RdFootnoteRef, k);
          gsize offset = MIN (ref->offset, strlen (paragraph->text));

          rd_paragraph_add_footnote_ref (paragraph, offset, ref->marker);
          if (rd_document_find_footnote (doc, ref->marker) == NULL)
            rd_document_add_warning (doc, _ ("footnote “%s” is cited but its text is missing"), ref->marker);
          g_free (ref->marker);
        }

      if (kind == RD_PARAGRAPH_SUBPARAGRAPH)
        {
          const char *n = paragraph->number;
          gboolean letter = !is_roman (n) || last_letter == G_MAXUINT || (strlen (n) == 1 && last_letter_label != 0 && n[0] == last_letter_label + 1);

          if (letter)
            {
              paragraph->parent = last_main;
              last_letter = doc != NULL ? rd_document_get_paragraphs (doc)->len : 0;
              last_letter_label = strlen (n) == 1 ? n[0] : 0;
            }
          else
            paragraph->parent = last_letter;
        }
      else if (kind == RD_PARAGRAPH_PREAMBULAR || kind == RD_PARAGRAPH_OPERATIVE)
        {
          last_main = rd_document_get_paragraphs (doc)->len;
          last_letter = G_MAXUINT;
          last_letter_label = 0;
          seen_operative |= kind == RD_PARAGRAPH_OPERATIVE;
          if (kind == RD_PARAGRAPH_OPERATIVE && paragraph->number != NULL)
            last_operative = (guint) strtoul (paragraph->number, NULL, 10);
        }

      rd_document_add_paragraph (doc, g_steal_pointer (&paragraph));
    }
}

/* Entry point */

RdDocument *
rd_parser_parse (const RdBlockList *blocks,
                 const char *file)
{
  Parser parser = { 0 };
  guint formula = G_MAXUINT;
  guint instructions = G_MAXUINT;
  g_autofree char *amends = NULL;
  gboolean is_resolution;

  g_return_val_if_fail (blocks != NULL, NULL);

  parser.input = blocks;
  parser.re = rd_lexicon_patterns ();
  parser.document = rd_document_new (file, blocks->format);
  parser.masthead = g_ptr_array_new ();
  parser.body = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_block_free);
  parser.star_notes = g_ptr_array_new ();

  if (blocks->language != NULL)
    rd_document_set_field (parser.document, RD_FIELD_LANGUAGE, blocks->language);
  for (guint i = 0; i < blocks->warnings->len; i++)
    rd_document_add_warning (parser.document, "%s", (const char *) g_ptr_array_index (blocks->warnings, i));

  collect_footnotes (&parser);

  /* The formula comes after a masthead of a few dozen lines at most. */
  for (guint i = 0; i < MIN (blocks->blocks->len, MAX_FORMULA_POSITION); i++)
    if (is_formula (&parser, g_ptr_array_index (blocks->blocks, i)))
      {
        formula = i;
        break;
      }

  is_resolution = formula != G_MAXUINT;
  if (!is_resolution)
    instructions = rd_amendment_find_instructions (blocks->blocks, &amends);
  if (is_resolution)
    {
      for (guint i = 0; i < formula; i++)
        {
          RdBlock *block = g_ptr_array_index (blocks->blocks, i);
          if (block->role != RD_BLOCK_FOOTNOTE)
            g_ptr_array_add (parser.masthead, block);
        }
      parse_masthead (&parser);
      rd_document_set_field (parser.document, RD_FIELD_FORMULA, ((RdBlock *) g_ptr_array_index (blocks->blocks, formula))->text);
      build_body (&parser, formula + 1);
    }
  else if (instructions != G_MAXUINT)
    {
      /* An amendment has no formula: its masthead and title stand before
       * its first instruction; the instructions are read from its
       * paragraphs (rd-amendment.h). */
      for (guint i = 0; i < instructions; i++)
        {
          RdBlock *block = g_ptr_array_index (blocks->blocks, i);
          if (block->role != RD_BLOCK_FOOTNOTE)
            g_ptr_array_add (parser.masthead, block);
        }
      parse_masthead (&parser);
      rd_document_set_field (parser.document, RD_FIELD_DOCUMENT_TYPE, "amendment");
      rd_document_set_field (parser.document, RD_FIELD_AMENDS, amends);
      build_body (&parser, instructions);
    }
  else
    {
      rd_document_add_warning (parser.document, _ ("this does not look like a resolution (no enacting formula such as “The General Assembly,”); its text is read as plain paragraphs"));
      build_body (&parser, 0);
    }

  add_body_paragraphs (&parser, is_resolution);

  /* A sponsor's asterisk calls the footnote that says on whose behalf. */
  for (guint i = 0; i < parser.star_notes->len; i++)
    {
      RdSponsor *sponsor = g_ptr_array_index (rd_document_get_sponsors (parser.document), GPOINTER_TO_UINT (g_ptr_array_index (parser.star_notes, i)));
      g_autofree char *marker = g_strdup (sponsor->note);
      RdFootnote *footnote = rd_document_find_footnote (parser.document, marker);

      if (footnote != NULL)
        {
          g_free (sponsor->note);
          sponsor->note = g_strdup (footnote->text);
        }
    }

  if (rd_document_get_paragraphs (parser.document)->len == 0)
    rd_document_add_warning (parser.document, _ ("no paragraphs were found"));

  g_ptr_array_unref (parser.masthead);
  g_ptr_array_unref (parser.body);
  g_ptr_array_unref (parser.star_notes);

  return parser.document;
}
