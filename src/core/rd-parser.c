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
#include "rd-masthead.h"
#include "rd-states.h"

/* Where the enacting formula can stand: after the masthead, which is a few
 * dozen lines even when each line is its own block. */
#define MAX_FORMULA_POSITION 80

/* Headings ("A. Follow-up", "Annex") are short and unpunctuated. */
#define MAX_HEADING_LENGTH 150

/* An italic run at a paragraph's start longer than this many characters
 * is an italic title or quotation, not its verb phrase: the longest verb
 * phrases ("Expressing its deep appreciation also") are under 45. */
#define MAX_VERB_LENGTH 60

typedef struct
{
  const RdBlockList *input;
  RdDocument *document;
  const RdLexiconPatterns *re;
  GPtrArray *masthead;        /* RdBlock *, not owned */
  GPtrArray *body;            /* RdBlock *: the input's blocks, read in
                               * place, or copies where continuations were
                               * joined or marks added */
  GPtrArray *copies;          /* RdBlock *, owned: the copies in body */
  GByteArray *copied;         /* for each block of body, whether a copy */
  GPtrArray *star_notes;      /* indices of the sponsors whose note is a call */
  GHashTable *masthead_notes; /* "*" → its text: notes called from the
                               * masthead (symbol, sponsors), not footnotes */
} Parser;

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
            const RdBlock *block,
            gboolean after_symbol)
{
  if (block->role != RD_BLOCK_BODY || strlen (block->text) >= RD_MASTHEAD_MAX_LINE)
    return FALSE;
  if (g_regex_match (parser->re->formula, block->text, 0, NULL))
    return TRUE;
  /* Without its comma only under a masthead (a symbol above it): the
   * Universal Declaration's "The General Assembly" stands after its
   * preamble, and that preamble is no masthead. */
  return after_symbol && g_regex_match (parser->re->bare_formula, block->text, 0, NULL);
}

/* Footnotes */

static gboolean
is_star_marker (const char *marker)
{
  return marker[0] == '*' && marker[strspn (marker, "*")] == '\0';
}

/* The note for a sponsor's call ("*", "* , **"): the texts of the masthead
 * notes it calls, but for those that say nothing about the sponsors
 * (changes to the list go to the record; a reissue).  NULL when none is
 * left; the call itself when no note of that mark was found. */
static char *
sponsor_note_for_call (Parser *parser,
                       const char *call)
{
  g_autoptr (GString) note = g_string_new (NULL);
  gboolean found = FALSE;

  for (const char *p = call; *p != '\0';)
    {
      gsize stars = strspn (p, "*");
      g_autofree char *marker = NULL;
      const char *text;

      if (stars == 0)
        {
          p++;
          continue;
        }
      marker = g_strndup (p, stars);
      p += stars;
      text = g_hash_table_lookup (parser->masthead_notes, marker);
      if (text == NULL)
        continue;
      found = TRUE;
      if (g_regex_match (parser->re->publication_note, text, 0, NULL))
        continue;
      if (note->len > 0)
        g_string_append_c (note, ' ');
      g_string_append (note, text);
    }
  if (!found)
    return g_strdup (call);
  return note->len > 0 ? g_string_free (g_steal_pointer (&note), FALSE) : NULL;
}

/* Whether a block of the text from @body_start on cites @marker, as a
 * mark or as plain asterisks after a word: an amendment, which has no
 * numbered footnotes of its own, calls its notes "**" from the words it
 * quotes ("Development** and"). */
static gboolean
cited_in_body (const Parser *parser,
               const char *marker,
               guint body_start)
{
  GPtrArray *blocks = parser->input->blocks;
  gsize length = strlen (marker);

  for (guint i = body_start; i < blocks->len; i++)
    {
      const RdBlock *block = g_ptr_array_index (blocks, i);

      if (block->role == RD_BLOCK_FOOTNOTE)
        continue;
      for (const char *p = strstr (block->text, marker); p != NULL; p = strstr (p + length, marker))
        if (p > block->text && p[-1] != '*' && !g_ascii_isspace (p[-1]) && p[length] != '*')
          return TRUE;
      for (guint k = 0; k < block->spans->len; k++)
        {
          const RdSpan *span = &g_array_index (block->spans, RdSpan, k);

          if (span->kind == RD_SPAN_FOOTNOTE && span->end - span->start == length && strncmp (block->text + span->start, marker, length) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

static void
collect_footnotes (Parser *parser,
                   guint body_start)
{
  GPtrArray *blocks = parser->input->blocks;

  for (guint i = 0; i < blocks->len; i++)
    {
      const RdBlock *block = g_ptr_array_index (blocks, i);
      RdFootnote *existing;

      if (block->role != RD_BLOCK_FOOTNOTE || block->marker == NULL)
        continue;
      /* "*" notes the text does not cite belong to the masthead: the
       * sponsors' "On behalf of the Group of 77 and China", a reissue's
       * date.  They are read there and are no footnotes of the text. */
      if (is_star_marker (block->marker) && !cited_in_body (parser, block->marker, body_start))
        {
          if (!g_hash_table_contains (parser->masthead_notes, block->marker))
            g_hash_table_insert (parser->masthead_notes, block->marker, block->text);
          continue;
        }

      existing = rd_document_find_footnote (parser->document, block->marker);
      if (existing == NULL)
        rd_document_add_footnote (parser->document, block->marker, block->text);
      else if (g_strcmp0 (existing->text, block->text) != 0)
        rd_document_add_warning (parser->document, _ ("two footnotes are marked “%s”; the second (“%.40s…”) is ignored"),
                                 block->marker, block->text);
    }
}

/* What may stand just before a plain footnote marker: a letter, or
 * punctuation that ends a word or a quotation ("Summit,1", "”2"). */
static gboolean
may_precede_marker (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalpha (c) || (c != '\0' && strchr (",.;:)]", (int) c) != NULL);
  return c == 0x201D /* ” */ || c == 0x2019 /* ’ */ || g_unichar_isalpha (c);
}

/* What may follow one: white space, a comma, a full stop, a semicolon or
 * a colon. */
static gboolean
may_follow_marker (gunichar c)
{
  return c == ',' || c == '.' || c == ';' || c == ':' || rd_lexicon_is_pattern_space (c);
}

/* Finds footnote markers in text that lost its superscripts ("held in
 * 2010,3 to devise"): digits glued to a word or punctuation, which name a
 * footnote that exists and come in the order footnotes are numbered.  A
 * candidate is a whole run of one to three digits (of any script) after a
 * letter or closing punctuation and before a space, punctuation or the
 * end.  Scanned by hand: the pattern this was (a lookbehind, then \d{1,3})
 * was tried at every character of every paragraph with a digit, the most
 * costly thing in reading a short text. */
static void
find_plain_markers (Parser *parser,
                    RdBlock *block,
                    guint *next_marker)
{
  const char *text = block->text;
  const char *p = text;
  gunichar before = 0;

  /* No digit, no marker: most paragraphs, spared the scan. */
  if (strpbrk (text, "0123456789") == NULL || !g_utf8_validate (text, -1, NULL))
    return;
  while (*p != '\0')
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
      const char *start = p;
      guint digits = 0;
      gunichar after;

      if (!(c < 0x80 ? g_ascii_isdigit (c) : g_unichar_isdigit (c)))
        {
          before = c;
          p = g_utf8_next_char (p);
          continue;
        }
      while (c < 0x80 ? g_ascii_isdigit (c) : g_unichar_isdigit (c))
        {
          digits++;
          p = g_utf8_next_char (p);
          c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
        }
      after = c;
      if (start > text && may_precede_marker (before) && digits <= 3 && (after == '\0' || may_follow_marker (after)))
        {
          g_autofree char *number = g_strndup (start, p - start);
          guint64 value = g_ascii_strtoull (number, NULL, 10);

          if (rd_document_find_footnote (parser->document, number) != NULL && value >= 1 && value <= *next_marker)
            {
              rd_block_add_span (block, RD_SPAN_FOOTNOTE, start - text, p - text);
              if (value == *next_marker)
                (*next_marker)++;
            }
        }
      /* The run's last digit precedes what follows it: no letter, so the
       * next character cannot start a marker. */
      before = '0';
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

/* The body's block @i, copied first if it is still the input's: most
 * blocks are read in place, without a copy of their text. */
static RdBlock *
own_block (Parser *parser,
           guint i)
{
  RdBlock *block = g_ptr_array_index (parser->body, i);

  if (parser->copied->data[i])
    return block;
  block = block_copy (block);
  g_ptr_array_add (parser->copies, block);
  parser->body->pdata[i] = block;
  parser->copied->data[i] = TRUE;
  return block;
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
        block_join (own_block (parser, parser->body->len - 1), block);
      else
        {
          guint8 no = FALSE;

          g_ptr_array_add (parser->body, (RdBlock *) block);
          g_byte_array_append (parser->copied, &no, 1);
        }
      footnotes_between = FALSE;
    }
}

/* Body: paragraphs */

/* Removes footnote marks from @block's text, recording where they stood,
 * and returns the paragraph text; italic spans are moved to match. */
static char *
strip_markers (const RdBlock *block,
               GArray *refs_out,
               gsize from)
{
  GString *out;
  gsize cursor = from;
  guint marks = 0;

  /* Most paragraphs have no marks: their text in one allocation. */
  for (guint i = 0; i < block->spans->len; i++)
    {
      const RdSpan *span = &g_array_index (block->spans, RdSpan, i);

      marks += span->kind == RD_SPAN_FOOTNOTE && span->start >= from;
    }
  if (marks == 0)
    return g_strdup (block->text + from);

  out = g_string_new (NULL);

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
  /* One array of marks for every paragraph, emptied after each. */
  g_autoptr (GArray) refs = g_array_new (FALSE, FALSE, sizeof (RdFootnoteRef));

  for (guint i = 0; i < parser->body->len; i++)
    {
      RdBlock *block = g_ptr_array_index (parser->body, i);
      g_autoptr (RdParagraph) paragraph = NULL;
      g_autofree char *number = NULL;
      g_autofree char *label = NULL;
      g_autofree char *text = NULL;
      g_autofree char *verb = NULL;
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

      if (plain_markers && !rd_block_has_span (block, RD_SPAN_FOOTNOTE) && strpbrk (block->text, "0123456789") != NULL)
        {
          block = own_block (parser, i);
          find_plain_markers (parser, block, &next_marker);
        }

      if (block->number != NULL)
        {
          /* The format numbered the paragraph itself (DOCX, AKN). */
          g_autofree char *numbered = g_strconcat (block->number, " ", NULL);

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
          label = g_strconcat (number, ".", NULL);
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

      g_array_set_size (refs, 0);
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

      paragraph = rd_paragraph_new_take (kind, g_steal_pointer (&text));
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
  gboolean after_symbol = FALSE;

  g_return_val_if_fail (blocks != NULL, NULL);

  parser.input = blocks;
  parser.re = rd_lexicon_patterns ();
  parser.document = rd_document_new (file, blocks->format);
  parser.masthead = g_ptr_array_new ();
  parser.body = g_ptr_array_new ();
  parser.copies = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_block_free);
  parser.copied = g_byte_array_new ();
  parser.star_notes = g_ptr_array_new ();
  parser.masthead_notes = g_hash_table_new (g_str_hash, g_str_equal);

  if (blocks->language != NULL)
    rd_document_set_field (parser.document, RD_FIELD_LANGUAGE, blocks->language);
  for (guint i = 0; i < blocks->warnings->len; i++)
    rd_document_add_warning (parser.document, "%s", (const char *) g_ptr_array_index (blocks->warnings, i));

  /* The formula comes after a masthead of a few dozen lines at most. */
  for (guint i = 0; i < MIN (blocks->blocks->len, MAX_FORMULA_POSITION); i++)
    {
      const RdBlock *block = g_ptr_array_index (blocks->blocks, i);

      if (is_formula (&parser, block, after_symbol))
        {
          formula = i;
          break;
        }
      after_symbol |= g_regex_match (parser.re->symbol, block->text, 0, NULL);
    }

  is_resolution = formula != G_MAXUINT;
  if (!is_resolution)
    instructions = rd_amendment_find_instructions (blocks->blocks, &amends);
  collect_footnotes (&parser, is_resolution ? formula + 1 : instructions != G_MAXUINT ? instructions
                                                                                      : 0);
  if (is_resolution)
    {
      for (guint i = 0; i < formula; i++)
        {
          RdBlock *block = g_ptr_array_index (blocks->blocks, i);
          if (block->role != RD_BLOCK_FOOTNOTE)
            g_ptr_array_add (parser.masthead, block);
        }
      rd_masthead_parse (parser.document, parser.masthead, parser.star_notes);
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
      rd_masthead_parse (parser.document, parser.masthead, parser.star_notes);
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

  /* A sponsor's asterisk calls the note that says on whose behalf. */
  for (guint i = 0; i < parser.star_notes->len; i++)
    {
      RdSponsor *sponsor = g_ptr_array_index (rd_document_get_sponsors (parser.document), GPOINTER_TO_UINT (g_ptr_array_index (parser.star_notes, i)));
      char *note = sponsor_note_for_call (&parser, sponsor->note);

      g_free (sponsor->note);
      sponsor->note = note;
    }

  if (rd_document_get_paragraphs (parser.document)->len == 0)
    rd_document_add_warning (parser.document, _ ("no paragraphs were found"));

  g_ptr_array_unref (parser.masthead);
  g_ptr_array_unref (parser.body);
  g_ptr_array_unref (parser.copies);
  g_byte_array_unref (parser.copied);
  g_ptr_array_unref (parser.star_notes);
  g_hash_table_unref (parser.masthead_notes);

  return parser.document;
}
