/* rd-pdf-blocks.c: a PDF's lines made into blocks
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The lines of rd-pdf-lines.c are classified: lines in the page margins
 * that carry page furniture are dropped; lines below the footnote
 * separator (or a run of small lines at the foot of a page that starts
 * with a mark) are footnotes; the rest become blocks: a block goes on
 * while the next line starts at the left edge of the text column, close
 * below the last one, and a line that starts anywhere else (a first-line
 * indent, the masthead's columns, a centred or right-aligned line) starts
 * a new block.  Words broken across lines and pages are joined again with
 * the document's own words as the dictionary.
 *
 * One file for classification and blocks: the column, the body size and
 * the tolerances below are measured on the classified lines and only make
 * sense together.
 */

/* Includes */

#include "config.h"

#include "rd-pdf-private.h"
#include "rd-import.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

/* Lines of one paragraph are 1.2 em apart, paragraphs 1.8 em; more than
 * this between two lines ends a block. */
#define MAX_LINE_PITCH_EM 1.5

/* Lines that start within this of the column's left edge start there. */
#define COLUMN_TOLERANCE 3.0

/* A first line indented by more than the tolerance and at most this much
 * is a paragraph's first-line indent (UN documents indent 0.33 inch). */
#define MAX_FIRST_LINE_INDENT 60.0

/* Running headers stand in the top inch of pages after the first; the
 * text starts below it. */
#define RUNNING_HEADER_BAND 72.0

/* Footers (page number, job number, barcode) stand in this bottom share
 * of the page; only lines there that look like furniture are dropped. */
#define FOOTER_BAND_RATIO 0.12

/* Footnote lines are set smaller than the body text. */
#define FOOTNOTE_SIZE_RATIO 0.9

/* A centred line's middle is within this of the column's middle. */
#define CENTRE_TOLERANCE 6.0

/* A line of the body's size (points): sizes read from a PDF differ by a
 * fraction of a point in one run of text. */
#define BODY_SIZE_TOLERANCE 0.5

/* Builders */

typedef struct
{
  RdBlockRole role;
  RdBlockFlags flags;
  GString *text;
  GArray *attrs; /* guint32 per byte of text */
  char *marker;
  int page; /* 0-based */
  double indent;
  double left;
  gboolean bold;
  gboolean glue; /* the next line joins without a space */
  guint n_lines;
  const PdfLine *last_line;
} Builder;

static void
builder_free (Builder *builder)
{
  if (builder == NULL)
    return;
  g_string_free (builder->text, TRUE);
  g_array_unref (builder->attrs);
  g_free (builder->marker);
  g_free (builder);
}

/* Classifying lines */

static gboolean
near (double a,
      double b)
{
  return fabs (a - b) <= COLUMN_TOLERANCE;
}

static gboolean
is_separator (const PdfLine *line)
{
  const char *p = line->text->str;
  guint count = 0;

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '_' && c != 0x2014 && c != 0x2015 && c != 0x2500)
        return FALSE;
      count++;
    }
  return count >= 5;
}

static void
classify_page (Pdf *pdf,
               GPtrArray *lines,
               int page,
               double height)
{
  PdfLine *separator = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      PdfLine *line = g_ptr_array_index (lines, i);

      if (page > 0 && line->baseline < RUNNING_HEADER_BAND)
        line->kind = LINE_FURNITURE;
      else if (line->top > height * (1 - FOOTER_BAND_RATIO) && (line->barcode || g_regex_match (pdf->footer, line->text->str, 0, NULL)))
        line->kind = LINE_FURNITURE;
      else if (separator == NULL && is_separator (line))
        {
          line->kind = LINE_SEPARATOR;
          separator = line;
        }
    }

  if (separator != NULL)
    {
      for (guint i = 0; i < lines->len; i++)
        {
          PdfLine *line = g_ptr_array_index (lines, i);

          if (line->kind == LINE_BODY && line->top > separator->baseline - 1)
            line->kind = LINE_FOOTNOTE;
        }
      return;
    }

  /* No separator in the text (a drawn rule): the footnotes are the run of
   * small lines at the bottom of the page, when one of them starts with a
   * mark.  (Its first lines may be the end of a footnote begun on the
   * page before.) */
  {
    gint first = -1;
    gboolean marked = FALSE;

    for (gint i = (gint) lines->len - 1; i >= 0; i--)
      {
        PdfLine *line = g_ptr_array_index (lines, i);

        if (line->kind == LINE_FURNITURE)
          continue;
        if (line->size > FOOTNOTE_SIZE_RATIO * pdf->body_size)
          break;
        first = i;
        marked |= line->leading_mark != NULL;
      }
    if (first >= 0 && marked)
      for (guint i = first; i < lines->len; i++)
        {
          PdfLine *line = g_ptr_array_index (lines, i);

          if (line->kind == LINE_BODY)
            line->kind = LINE_FOOTNOTE;
        }
  }
}

/* A body line set in the body's size (not a heading's, nor a note's). */
static gboolean
is_body_text (const Pdf *pdf,
              const PdfLine *line)
{
  return line->kind == LINE_BODY && fabs (line->size - pdf->body_size) <= BODY_SIZE_TOLERANCE;
}

/* The left edge of the text column is where most body lines start; its
 * right edge is where the longest of those lines end (the text is
 * justified). */
static void
find_column (Pdf *pdf)
{
  g_autoptr (GHashTable) lefts = g_hash_table_new (NULL, NULL);
  guint best_left = 0;

  pdf->column_left = -1;
  pdf->column_right = -1;
  for (guint p = 0; p < pdf->pages->len; p++)
    {
      GPtrArray *lines = g_ptr_array_index (pdf->pages, p);

      for (guint i = 0; i < lines->len; i++)
        {
          const PdfLine *line = g_ptr_array_index (lines, i);
          gpointer key = GINT_TO_POINTER ((gint) lround (line->x1) + 1);
          guint count;

          if (!is_body_text (pdf, line))
            continue;
          count = GPOINTER_TO_UINT (g_hash_table_lookup (lefts, key)) + 1;
          g_hash_table_insert (lefts, key, GUINT_TO_POINTER (count));
          if (count > best_left)
            {
              best_left = count;
              pdf->column_left = line->x1;
            }
        }
    }

  for (guint p = 0; p < pdf->pages->len; p++)
    {
      GPtrArray *lines = g_ptr_array_index (pdf->pages, p);

      for (guint i = 0; i < lines->len; i++)
        {
          const PdfLine *line = g_ptr_array_index (lines, i);

          if (is_body_text (pdf, line) && near (line->x1, pdf->column_left))
            pdf->column_right = MAX (pdf->column_right, line->x2);
        }
    }
}

static double
find_body_size (GPtrArray *pages)
{
  g_autoptr (GHashTable) counts = g_hash_table_new (NULL, NULL);
  gint best = 0;
  guint best_count = 0;

  for (guint p = 0; p < pages->len; p++)
    {
      GPtrArray *lines = g_ptr_array_index (pages, p);

      for (guint i = 0; i < lines->len; i++)
        {
          const PdfLine *line = g_ptr_array_index (lines, i);
          gint key = (gint) lround (line->size * 2) + 1;
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (key))) + (guint) line->text->len;

          g_hash_table_insert (counts, GINT_TO_POINTER (key), GUINT_TO_POINTER (count));
          if (count > best_count)
            {
              best_count = count;
              best = key;
            }
        }
    }
  return best > 0 ? (best - 1) / 2.0 : 10.0;
}

static void
collect_words (Pdf *pdf)
{
  for (guint p = 0; p < pdf->pages->len; p++)
    {
      GPtrArray *lines = g_ptr_array_index (pdf->pages, p);

      for (guint i = 0; i < lines->len; i++)
        {
          const PdfLine *line = g_ptr_array_index (lines, i);
          const char *p_text = line->text->str;
          const char *start = NULL;

          if (line->kind == LINE_FURNITURE)
            continue;
          for (const char *q = p_text;; q = g_utf8_next_char (q))
            {
              gunichar c = g_utf8_get_char (q);

              if (*q != '\0' && g_unichar_isalpha (c))
                {
                  if (start == NULL)
                    start = q;
                  continue;
                }
              if (start != NULL)
                {
                  char *word = g_utf8_strdown (start, q - start);
                  g_hash_table_add (pdf->words, word);
                  start = NULL;
                }
              if (*q == '\0')
                break;
            }
        }
    }
}

/* Blocks */

static Builder *
builder_new (Pdf *pdf,
             RdBlockRole role,
             int page)
{
  Builder *builder = g_new0 (Builder, 1);

  builder->role = role;
  builder->text = g_string_new (NULL);
  builder->attrs = g_array_new (FALSE, FALSE, sizeof (guint32));
  builder->page = page;
  builder->indent = -1;
  builder->left = -1;
  builder->bold = TRUE;
  g_ptr_array_add (pdf->builders, builder);
  return builder;
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010;
}

/* The letters that end @text (before @end), as a byte offset. */
static gsize
word_start_before (const char *text,
                   gsize end)
{
  gsize start = end;

  while (start > 0)
    {
      const char *prev = g_utf8_find_prev_char (text, text + start);

      if (prev == NULL || !g_unichar_isalpha (g_utf8_get_char (prev)))
        break;
      start = prev - text;
    }
  return start;
}

typedef enum
{
  JOIN_SPACE,        /* "of" + "the" */
  JOIN_KEEP_HYPHEN,  /* "rights-" + "based", "COVID-" + "19" */
  JOIN_DROP_HYPHEN,  /* "traffick-" + "ing" */
  JOIN_HYPHEN_SPACE, /* "gender-" + "and age-sensitive" */
  JOIN_GLUE,         /* "micro-" + ", small" */
} Join;

/* How the line @next continues @text: a hyphen at the end of a line that
 * only breaks a word goes, one that belongs to a compound stays.  The
 * break is taken for a word break when the word without the hyphen
 * occurs elsewhere in the document. */
static Join
decide_join (Pdf *pdf,
             const GString *text,
             const char *next,
             gsize *hyphen_bytes)
{
  const char *last;
  const char *before;
  gunichar hyphen, first;
  gsize fragment;
  gsize next_length = 0;
  g_autofree char *joined = NULL;
  g_autofree char *lower = NULL;

  *hyphen_bytes = 0;
  if (text->len == 0 || *next == '\0')
    return JOIN_SPACE;
  /* No line starts with a space before its punctuation. */
  if (strchr (",.;:)]", *next) != NULL)
    return JOIN_GLUE;
  last = g_utf8_find_prev_char (text->str, text->str + text->len);
  if (last == NULL)
    return JOIN_SPACE;
  hyphen = g_utf8_get_char (last);
  *hyphen_bytes = text->str + text->len - last;
  if (hyphen == 0x00AD)
    return JOIN_DROP_HYPHEN;
  if (!is_hyphen (hyphen))
    return JOIN_SPACE;
  before = g_utf8_find_prev_char (text->str, last);
  first = g_utf8_get_char (next);
  if (before == NULL || !g_unichar_isalnum (g_utf8_get_char (before)) || !g_unichar_isalnum (first))
    return JOIN_SPACE;

  while (next[next_length] != '\0' && g_unichar_isalpha (g_utf8_get_char (next + next_length)))
    next_length = g_utf8_next_char (next + next_length) - next;
  if ((next_length == 3 && strncmp (next, "and", 3) == 0) || (next_length == 2 && strncmp (next, "or", 2) == 0))
    return JOIN_HYPHEN_SPACE;
  if (!g_unichar_isalpha (g_utf8_get_char (before)) || !g_unichar_islower (first))
    return JOIN_KEEP_HYPHEN;

  fragment = word_start_before (text->str, last - text->str);
  joined = g_strdup_printf ("%.*s%.*s", (int) (last - text->str - fragment), text->str + fragment, (int) next_length, next);
  lower = g_utf8_strdown (joined, -1);
  return g_hash_table_contains (pdf->words, lower) ? JOIN_DROP_HYPHEN : JOIN_KEEP_HYPHEN;
}

static void
builder_append (Builder *builder,
                const char *text,
                const guint32 *attrs,
                gsize length)
{
  g_string_append_len (builder->text, text, length);
  g_array_append_vals (builder->attrs, attrs, length);
}

/* Appends @line's text from byte @from, joining it to what is there. */
static void
builder_add_line (Pdf *pdf,
                  Builder *builder,
                  const PdfLine *line,
                  gsize from)
{
  const char *text = line->text->str + from;
  const guint32 *attrs = &g_array_index (line->attrs, guint32, 0) + from;
  gsize length = line->text->len - from;

  if (length == 0)
    return;
  if (builder->text->len > 0 && !builder->glue)
    {
      gsize hyphen_bytes = 0;
      guint32 before = g_array_index (builder->attrs, guint32, builder->attrs->len - 1);
      guint32 space = (before & ATTR_ITALIC) && (attrs[0] & ATTR_ITALIC) ? ATTR_ITALIC : 0;

      switch (decide_join (pdf, builder->text, text, &hyphen_bytes))
        {
        case JOIN_DROP_HYPHEN:
          g_string_truncate (builder->text, builder->text->len - hyphen_bytes);
          g_array_set_size (builder->attrs, builder->text->len);
          break;
        case JOIN_KEEP_HYPHEN:
        case JOIN_GLUE:
          break;
        case JOIN_HYPHEN_SPACE:
        case JOIN_SPACE:
        default:
          builder_append (builder, " ", &space, 1);
          break;
        }
    }
  builder_append (builder, text, attrs, length);
  builder->glue = FALSE;
  builder->n_lines++;
  builder->last_line = line;
  for (gsize i = 0; i < length; i++)
    if ((attrs[i] >> ATTR_RUN_SHIFT) == 0 && text[i] != ' ')
      {
        builder->bold &= line->bold;
        break;
      }
}

/* Whether the block ends with a stop, a comma, a semicolon or a colon,
 * footnote marks after it aside ("children,4"). */
static gboolean
ends_with_punctuation (const Builder *builder)
{
  gsize end = builder->text->len;

  while (end > 0 && (g_array_index (builder->attrs, guint32, end - 1) >> ATTR_RUN_SHIFT) != 0)
    end--;
  return end > 0 && strchr (".,;:", builder->text->str[end - 1]) != NULL;
}

/* A paragraph number ("1.", "(a)") set flush with the column after a
 * paragraph that ended short of the right edge: a new paragraph even
 * without a first-line indent.  (A number after a full line is an inline
 * list wrapping: "...; (c) give due consideration ...;" | "(d) ensure".) */
static gboolean
starts_numbered_paragraph (Pdf *pdf,
                           const Builder *builder,
                           const PdfLine *line)
{
  const PdfLine *last = builder->last_line;

  return last != NULL && ends_with_punctuation (builder) && last->x2 < pdf->column_right - 2 * last->size && g_regex_match (pdf->numbered, line->text->str, 0, NULL);
}

/* "Annex", "Annex II", "Annexes": a heading line of its own, set flush
 * with the column like the annex's title under it (A/RES/78/1), which
 * must not join it. */
static gboolean
is_annex_heading (const PdfLine *line)
{
  const char *text = line->text->str;

  if (!g_str_has_prefix (text, "Annex"))
    return FALSE;
  text += strlen ("Annex");
  if (g_str_has_prefix (text, "es"))
    text += 2;
  if (*text == ' ')
    for (text++; *text != '\0' && strchr ("IVXLC", *text) != NULL; text++)
      ;
  while (*text == ' ' || *text == '*')
    text++;
  return *text == '\0';
}

/* Whether @x is inside the column by more than the tolerance and at most a
 * first-line indent: where a paragraph's first line, or every line of a
 * set-off list item, starts. */
static gboolean
is_indented (Pdf *pdf,
             double x)
{
  return x > pdf->column_left + COLUMN_TOLERANCE && x <= pdf->column_left + MAX_FIRST_LINE_INDENT;
}

/* A set-off block (the items "(i)" … "(xiv)" of A/RES/78/1's annex set in
 * by a first-line indent, every line): @line starts where the last line
 * did, and the last line filled the column to its right edge, so the text
 * had not ended there.  (A new item after a line that happened to end at
 * the edge starts with its number after a stop.) */
static gboolean
continues_set_off (Pdf *pdf,
                   const Builder *builder,
                   const PdfLine *line)
{
  const PdfLine *last = builder->last_line;

  if (!is_indented (pdf, line->x1) || !near (line->x1, last->x1) || !near (builder->left + builder->indent, last->x1))
    return FALSE;
  if (pdf->column_right <= pdf->column_left || last->x2 < pdf->column_right - last->size)
    return FALSE;
  return !(ends_with_punctuation (builder) && g_regex_match (pdf->numbered, line->text->str, 0, NULL));
}

/* A numbered heading over two lines ("II. Our changed world – Progress and
 * remaining" | "gaps and challenges"): both lines bold, the second set in
 * under the first's text after its number (a hanging indent). */
static gboolean
continues_heading (Pdf *pdf,
                   const Builder *builder,
                   const PdfLine *line)
{
  const PdfLine *last = builder->last_line;

  if (builder->n_lines != 1 || !builder->bold || !last->bold || !line->bold)
    return FALSE;
  if (!near (last->x1, pdf->column_left) || !is_indented (pdf, line->x1))
    return FALSE;
  if (ends_with_punctuation (builder))
    return FALSE;
  return g_regex_match (pdf->heading_number, last->text->str, 0, NULL);
}

/* Whether @line goes on the block being built rather than starting one. */
static gboolean
line_continues (Pdf *pdf,
                const Builder *builder,
                const PdfLine *line)
{
  const PdfLine *last = builder->last_line;
  double size = MAX (last->size, line->size);

  if (last->page != line->page)
    return FALSE;
  if (line->baseline <= last->baseline || line->baseline - last->baseline > MAX_LINE_PITCH_EM * size)
    return FALSE;
  if (fabs (line->size - last->size) > 1.5)
    return FALSE;
  if (continues_set_off (pdf, builder, line) || continues_heading (pdf, builder, line))
    return TRUE;
  /* Every line but a first line starts at the column's edge. */
  if (!near (line->x1, pdf->column_left))
    return FALSE;
  if (!near (last->x1, pdf->column_left) && !(builder->n_lines == 1 && last->x1 > pdf->column_left && last->x1 <= pdf->column_left + MAX_FIRST_LINE_INDENT))
    return FALSE;
  if (starts_numbered_paragraph (pdf, builder, line))
    return FALSE;
  if (is_annex_heading (last) || is_annex_heading (line))
    return FALSE;
  return TRUE;
}

/* When a page break cut a word ("traffick-" | "ing", "micro-" | ", small"),
 * the last word moves to the block that continues on the next page, so
 * that the parser, which joins the two with a space, rebuilds it whole. */
static void
move_broken_word (Pdf *pdf,
                  Builder *previous,
                  Builder *next,
                  const PdfLine *line)
{
  gsize hyphen_bytes = 0;
  Join join = decide_join (pdf, previous->text, line->text->str, &hyphen_bytes);
  const char *space;
  gsize start;
  gsize end = previous->text->len;

  if (join == JOIN_SPACE || join == JOIN_HYPHEN_SPACE)
    return;
  space = strrchr (previous->text->str, ' ');
  if (space == NULL)
    return;
  start = space - previous->text->str + 1;
  if (join == JOIN_DROP_HYPHEN)
    end -= hyphen_bytes;

  builder_append (next, previous->text->str + start, &g_array_index (previous->attrs, guint32, start), end - start);
  next->glue = TRUE;
  g_string_truncate (previous->text, start - 1);
  g_array_set_size (previous->attrs, previous->text->len);
}

static void
build_body (Pdf *pdf,
            GPtrArray *lines,
            int page,
            Builder **last_body)
{
  Builder *current = NULL;
  gboolean first_on_page = TRUE;

  for (guint i = 0; i < lines->len; i++)
    {
      const PdfLine *line = g_ptr_array_index (lines, i);
      gboolean at_column;

      if (line->kind != LINE_BODY)
        continue;
      if (current != NULL && line_continues (pdf, current, line))
        {
          builder_add_line (pdf, current, line, 0);
          continue;
        }

      current = builder_new (pdf, RD_BLOCK_BODY, page);
      at_column = near (line->x1, pdf->column_left);
      if (line->x1 >= pdf->column_left - COLUMN_TOLERANCE && line->x1 <= pdf->column_left + MAX_FIRST_LINE_INDENT)
        {
          current->left = pdf->column_left;
          current->indent = at_column ? 0 : line->x1 - pdf->column_left;
        }
      else
        {
          current->left = line->x1;
          current->indent = 0;
        }
      if (!at_column && pdf->column_right > pdf->column_left && fabs ((line->x1 + line->x2) / 2 - (pdf->column_left + pdf->column_right) / 2) < CENTRE_TOLERANCE && line->x1 > pdf->column_left + MAX_FIRST_LINE_INDENT / 2)
        current->flags |= RD_BLOCK_FLAG_CENTERED;

      if (first_on_page && page > 0)
        {
          current->flags |= RD_BLOCK_FLAG_AFTER_BREAK;
          /* Not indented at the top of a page (or set in as the set-off
           * block the last page ended in, whose last line was full): the
           * paragraph the last page ended goes on. */
          if (*last_body != NULL && (*last_body)->text->len > 0 && ((at_column && !starts_numbered_paragraph (pdf, *last_body, line)) || continues_set_off (pdf, *last_body, line)))
            {
              current->flags |= RD_BLOCK_FLAG_CONTINUATION;
              move_broken_word (pdf, *last_body, current, line);
            }
        }
      first_on_page = FALSE;
      builder_add_line (pdf, current, line, 0);
      *last_body = current;
    }
}

static void
build_footnotes (Pdf *pdf,
                 GPtrArray *lines,
                 int page,
                 Builder **last_footnote)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const PdfLine *line = g_ptr_array_index (lines, i);

      if (line->kind != LINE_FOOTNOTE)
        continue;
      if (line->leading_mark != NULL)
        {
          Builder *note = builder_new (pdf, RD_BLOCK_FOOTNOTE, page);

          note->marker = g_strdup (line->leading_mark);
          note->left = line->x1;
          builder_add_line (pdf, note, line, line->mark_end);
          *last_footnote = note;
        }
      else if (*last_footnote != NULL)
        /* The rest of a footnote, possibly from the page before. */
        builder_add_line (pdf, *last_footnote, line, 0);
      else
        {
          Builder *note = builder_new (pdf, RD_BLOCK_FOOTNOTE, page);

          note->left = line->x1;
          builder_add_line (pdf, note, line, 0);
          *last_footnote = note;
        }
    }
}

static RdBlock *
builder_finish (Builder *builder)
{
  RdBlock *block;
  gsize start = 0;

  if (builder->text->len == 0)
    return NULL;
  block = rd_block_new (builder->role, builder->text->str);
  block->flags = builder->flags;
  if (builder->bold && builder->role == RD_BLOCK_BODY)
    block->flags |= RD_BLOCK_FLAG_BOLD;
  block->marker = g_strdup (builder->marker);
  block->page = builder->page + 1;
  block->indent = builder->indent;
  block->left = builder->left;

  /* Italic runs. */
  while (start < builder->attrs->len)
    {
      gsize end = start;

      if (!(g_array_index (builder->attrs, guint32, start) & ATTR_ITALIC))
        {
          start++;
          continue;
        }
      while (end < builder->attrs->len && (g_array_index (builder->attrs, guint32, end) & ATTR_ITALIC))
        end++;
      rd_block_add_span (block, RD_SPAN_ITALIC, start, end);
      start = end;
    }

  /* Footnote marks, one span per mark. */
  start = 0;
  while (start < builder->attrs->len)
    {
      guint32 run = g_array_index (builder->attrs, guint32, start) >> ATTR_RUN_SHIFT;
      gsize end = start;

      if (run == 0)
        {
          start++;
          continue;
        }
      while (end < builder->attrs->len && (g_array_index (builder->attrs, guint32, end) >> ATTR_RUN_SHIFT) == run)
        end++;
      rd_block_add_span (block, RD_SPAN_FOOTNOTE, start, end);
      start = end;
    }
  return block;
}

static void
pdf_clear (Pdf *pdf)
{
  g_clear_pointer (&pdf->pages, g_ptr_array_unref);
  g_clear_pointer (&pdf->heights, g_array_unref);
  g_clear_pointer (&pdf->words, g_hash_table_unref);
  g_clear_pointer (&pdf->builders, g_ptr_array_unref);
  g_clear_pointer (&pdf->footer, g_regex_unref);
  g_clear_pointer (&pdf->numbered, g_regex_unref);
  g_clear_pointer (&pdf->heading_number, g_regex_unref);
}

/* Internal API */

RdBlockList *
rd_pdf_import_pages (GPtrArray *page_chars,
                     GArray *heights,
                     GError **error)
{
  g_autoptr (RdBlockList) list = NULL;
  Pdf pdf = { 0 };
  Builder *last_body = NULL;
  Builder *last_footnote = NULL;
  gsize n_chars = 0;
  guint n_pages = page_chars->len;

  list = rd_block_list_new ("pdf");
  list->n_pages = n_pages;
  pdf.pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  pdf.heights = g_array_ref (heights);
  pdf.words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  pdf.builders = g_ptr_array_new_with_free_func ((GDestroyNotify) builder_free);
  /* Page furniture at the foot of a page: "2/14", "25-16618 (E) 171025",
   * "25-16618", the barcode's text "*2516618*", "Please recycle"; a
   * reissued document's job number carries a star and the reissue's date
   * after the first ("25-16535* (E) 231025", "25-16788 (E) 281025
   * 031125"). */
  pdf.footer = g_regex_new ("^(?:\\d+/\\d+|\\d{2}-\\d{4,6}\\*?(?:\\s*\\([A-Z]\\))?(?:\\s+\\d{6}){0,2}|\\*\\d+\\*|Please\\s*recycle)$", 0, 0, NULL);
  pdf.numbered = g_regex_new ("^(?:\\d{1,3}\\.|\\([a-z]{1,4}\\)|[a-z]\\))\\s", 0, 0, NULL);
  /* A heading's number: "II.", "A.", "3.". */
  pdf.heading_number = g_regex_new ("^(?:[IVXLC]{1,6}|[A-Z]|\\d{1,2})\\.\\s", 0, 0, NULL);

  for (guint p = 0; p < n_pages; p++)
    {
      GArray *chars = g_ptr_array_index (page_chars, p);

      n_chars += chars->len;
      g_ptr_array_add (pdf.pages, rd_pdf_page_build_lines (&pdf, (int) p, chars));
    }

  if (n_chars == 0)
    {
      pdf_clear (&pdf);
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NO_TEXT,
                   _ ("this PDF has no text layer (a scanned image); run OCR on it first"));
      return NULL;
    }

  pdf.body_size = find_body_size (pdf.pages);
  for (guint p = 0; p < pdf.pages->len; p++)
    {
      GPtrArray *lines = g_ptr_array_index (pdf.pages, p);

      classify_page (&pdf, lines, (int) p, g_array_index (pdf.heights, double, p));
      if (lines->len == 0)
        rd_block_list_add_warning (list, _ ("page %u has no text layer (a scanned image); its text is missing"), p + 1);
    }
  find_column (&pdf);
  collect_words (&pdf);

  for (guint p = 0; p < pdf.pages->len; p++)
    {
      GPtrArray *lines = g_ptr_array_index (pdf.pages, p);

      build_body (&pdf, lines, (int) p, &last_body);
      build_footnotes (&pdf, lines, (int) p, &last_footnote);
    }

  for (guint i = 0; i < pdf.builders->len; i++)
    {
      RdBlock *block = builder_finish (g_ptr_array_index (pdf.builders, i));

      if (block != NULL)
        rd_block_list_append_block (list, block);
    }

  pdf_clear (&pdf);
  return g_steal_pointer (&list);
}
