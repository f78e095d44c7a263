/* rd-import-pdf.c: PDF with poppler-glib
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Includes */

#include "config.h"

#include "rd-import-pdf.h"
#include "rd-import.h"
#include "rd-tsan-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#ifdef HAVE_POPPLER

#include <poppler.h>

/*
 * How it works.  poppler gives the characters of each page with a box and
 * font attributes.  Characters are grouped into rows by baseline; small
 * raised characters (footnote marks) join the row they stand on; a row is
 * cut where a wide horizontal gap separates two items ("United Nations ...
 * A/C.3/80/L.4").  Each piece is a line.  Lines in the page margins that
 * carry page furniture are dropped; lines below the footnote separator are
 * footnotes; the rest become blocks: a block goes on while the next line
 * starts at the left edge of the text column, close below the last one, and
 * a line that starts anywhere else (a first-line indent, the masthead's
 * columns, a centred or right-aligned line) starts a new block.
 *
 * All distances are in PDF points (1/72 inch), y growing downwards.
 *
 * One file, longer than most, because it is one pipeline over one page's
 * geometry (characters → rows → lines → blocks → furniture and footnotes
 * set apart): every stage works on the same measured rows, and the
 * tolerances below only make sense together.
 */

/* Word spaces are not in the text layer as characters we can trust, so
 * they are measured: over the UN corpus the gaps inside words (kerning,
 * justification) stay at or below 0.14 em and the narrowest word space in
 * justified text is 0.16 em. */
#define WORD_GAP_EM 0.15

/* A horizontal gap wider than this cuts a row into separate lines: word
 * spaces in justified text stay under 1 em, while the masthead puts its
 * items on one baseline several ems apart. */
#define COLUMN_GAP_EM 2.5

/* Characters whose baselines differ by less than this share a row. */
#define ROW_TOLERANCE_EM 0.2

/* A character smaller than this share of its line's size and raised above
 * its baseline by more than SUPERSCRIPT_RAISE_EM is a superscript: UN
 * documents set footnote marks at 6.5 pt in 10 pt text, raised ~4 pt. */
#define SUPERSCRIPT_SIZE_RATIO 0.8
#define SUPERSCRIPT_RAISE_EM 0.15

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

/* Per-byte attributes of text being built: italic, and the footnote mark
 * run the byte belongs to (0 for none). */
#define ATTR_ITALIC 1u
#define ATTR_RUN_SHIFT 1

/* The struct */

typedef struct
{
  gunichar c;
  double x1, x2, y1, y2;
  double size;
  guint italic : 1;
  guint bold : 1;
  guint barcode : 1;
  guint superscript : 1;
} PdfChar;

typedef enum
{
  LINE_BODY,
  LINE_FURNITURE,
  LINE_SEPARATOR,
  LINE_FOOTNOTE,
} LineKind;

typedef struct
{
  LineKind kind;
  int page;        /* 0-based */
  double x1, x2;   /* left and right edges */
  double top;      /* top of the highest box */
  double baseline; /* bottom of the boxes of the line's main size */
  double size;     /* the size most characters are set in */
  gboolean bold;   /* all characters (marks aside) bold */
  gboolean barcode;
  GString *text;
  GArray *attrs;      /* guint32 per byte of text */
  char *leading_mark; /* a footnote mark that starts the line, or NULL */
  gsize mark_end;     /* byte offset after the leading mark and its space */
} PdfLine;

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

typedef struct
{
  GPtrArray *pages;  /* GPtrArray of PdfLine *, one per page */
  GArray *heights;   /* double, page heights */
  GHashTable *words; /* lower-case words of the document */
  GPtrArray *builders;
  double body_size;
  double column_left;
  double column_right;
  guint next_run;
  GRegex *footer;
  GRegex *numbered;
} Pdf;

/* Characters */

static void
pdf_line_free (PdfLine *line)
{
  if (line == NULL)
    return;
  g_string_free (line->text, TRUE);
  g_array_unref (line->attrs);
  g_free (line->leading_mark);
  g_free (line);
}

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

static gboolean
font_has (const char *font,
          const char *word)
{
  g_autofree char *lower = NULL;
  g_autofree char *needle = NULL;

  if (font == NULL)
    return FALSE;
  lower = g_ascii_strdown (font, -1);
  needle = g_ascii_strdown (word, -1);
  return strstr (lower, needle) != NULL;
}

/* What a character stands for in plain text: ligatures spelt out, the
 * non-breaking hyphen as a hyphen (the same word is typed either way). */
static const char *
expand_character (gunichar c)
{
  switch (c)
    {
    case 0xFB00:
      return "ff";
    case 0xFB01:
      return "fi";
    case 0xFB02:
      return "fl";
    case 0xFB03:
      return "ffi";
    case 0xFB04:
      return "ffl";
    case 0xFB05:
    case 0xFB06:
      return "st";
    case 0x2011:
      return "-";
    default:
      return NULL;
    }
}

static gboolean
is_blank (gunichar c)
{
  return g_unichar_isspace (c) || g_unichar_iscntrl (c) || c == 0x200B || c == 0xFEFF || c == 0x2060;
}

static int
compare_by_baseline (gconstpointer a,
                     gconstpointer b)
{
  const PdfChar *ca = a;
  const PdfChar *cb = b;

  if (ca->y2 != cb->y2)
    return ca->y2 < cb->y2 ? -1 : 1;
  if (ca->x1 != cb->x1)
    return ca->x1 < cb->x1 ? -1 : 1;
  return 0;
}

static int
compare_by_x (gconstpointer a,
              gconstpointer b)
{
  const PdfChar *ca = a;
  const PdfChar *cb = b;

  if (ca->x1 != cb->x1)
    return ca->x1 < cb->x1 ? -1 : 1;
  return 0;
}

/* Reads the page's characters with their boxes and fonts. */
static GArray *
page_get_chars (PopplerPage *page)
{
  GArray *chars = g_array_new (FALSE, FALSE, sizeof (PdfChar));
  g_autofree char *raw = poppler_page_get_text (page);
  g_autofree char *text = NULL;
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  GList *attributes;
  GList *attr;
  guint i = 0;
  /* The font's styles, read once per run of attributes rather than per
   * character (they were a fifth of reading a long PDF). */
  const PopplerTextAttributes *styled = NULL;
  gboolean italic = FALSE, bold = FALSE, barcode = FALSE;

  if (raw == NULL || !poppler_page_get_text_layout (page, &rects, &n_rects))
    {
      g_free (rects);
      return chars;
    }
  text = g_utf8_make_valid (raw, -1);
  attributes = poppler_page_get_text_attributes (page);
  attr = attributes;

  for (const char *p = text; *p != '\0' && i < n_rects; p = g_utf8_next_char (p), i++)
    {
      gunichar c = g_utf8_get_char (p);
      const PopplerTextAttributes *a = NULL;
      PdfChar ch = { 0 };

      while (attr != NULL && ((PopplerTextAttributes *) attr->data)->end_index < (int) i)
        attr = attr->next;
      if (attr != NULL && ((PopplerTextAttributes *) attr->data)->start_index <= (int) i)
        a = attr->data;

      if (is_blank (c))
        continue;
      ch.c = c;
      ch.x1 = MIN (rects[i].x1, rects[i].x2);
      ch.x2 = MAX (rects[i].x1, rects[i].x2);
      ch.y1 = MIN (rects[i].y1, rects[i].y2);
      ch.y2 = MAX (rects[i].y1, rects[i].y2);
      ch.size = a != NULL && a->font_size > 0 ? a->font_size : ch.y2 - ch.y1;
      if (ch.size <= 0 || !isfinite (ch.size) || !isfinite (ch.x1) || !isfinite (ch.y2))
        continue;
      if (a != NULL)
        {
          if (a != styled)
            {
              italic = font_has (a->font_name, "Italic") || font_has (a->font_name, "Oblique");
              bold = font_has (a->font_name, "Bold");
              barcode = font_has (a->font_name, "Barcode");
              styled = a;
            }
          ch.italic = italic;
          ch.bold = bold;
          ch.barcode = barcode;
        }
      g_array_append_val (chars, ch);
    }

  poppler_page_free_text_attributes (attributes);
  g_free (rects);
  return chars;
}

/* Lines */

typedef struct
{
  GArray *chars; /* PdfChar */
  double ref;    /* baseline of the row's first character */
  double ref_size;
  double top, bottom, x1, x2, size, max_size;
  guint n_moved; /* superscripts moved in, at the end of @chars */
} Row;

static void
row_free (Row *row)
{
  g_array_unref (row->chars);
  g_free (row);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db ? 1
                                : 0;
}

/* The size most of the characters are set in (sizes within a quarter
 * point count as one). */
static double
mode_size (const PdfChar *chars,
           guint n)
{
  g_autofree double *sizes = g_new (double, n);
  double best = 0;
  guint best_count = 0;
  guint start = 0;

  for (guint i = 0; i < n; i++)
    sizes[i] = chars[i].size;
  qsort (sizes, n, sizeof (double), compare_doubles);
  for (guint i = 0; i < n; i++)
    {
      while (sizes[i] - sizes[start] >= 0.25)
        start++;
      if (i - start + 1 >= best_count)
        {
          best_count = i - start + 1;
          best = sizes[i];
        }
    }
  return best;
}

static void
row_measure (Row *row)
{
  const PdfChar *chars = (const PdfChar *) row->chars->data;

  row->top = G_MAXDOUBLE;
  row->bottom = -G_MAXDOUBLE;
  row->x1 = G_MAXDOUBLE;
  row->x2 = -G_MAXDOUBLE;
  for (guint i = 0; i < row->chars->len; i++)
    {
      row->top = MIN (row->top, chars[i].y1);
      row->bottom = MAX (row->bottom, chars[i].y2);
      row->x1 = MIN (row->x1, chars[i].x1);
      row->x2 = MAX (row->x2, chars[i].x2);
      row->max_size = MAX (row->max_size, chars[i].size);
    }
  row->size = mode_size (chars, row->chars->len);
}

/* Whether @ch, a character of a row of its own, is a superscript of
 * @row: smaller than the character it follows or precedes, next to it
 * without covering it, and level with the upper part of its box.  (A
 * small line beside a big one, as the masthead's date beside "General
 * Assembly", covers the big line's characters and stays apart.) */
static gboolean
is_superscript_of (const PdfChar *ch,
                   const Row *row)
{
  const PdfChar *chars = (const PdfChar *) row->chars->data;
  const PdfChar *nearest = NULL;
  double nearest_gap = G_MAXDOUBLE;
  double middle = (ch->y1 + ch->y2) / 2;

  if (middle < row->top || middle > row->bottom)
    return FALSE;
  for (guint i = 0; i + row->n_moved < row->chars->len; i++)
    {
      const PdfChar *other = &chars[i];
      double gap = MAX (other->x1 - ch->x2, ch->x1 - other->x2);

      /* Overlapping by more than a hair: not beside it but over it. */
      if (gap < -0.5)
        return FALSE;
      if (gap < nearest_gap)
        {
          nearest_gap = gap;
          nearest = other;
        }
    }
  return nearest != NULL && nearest_gap < 2 * nearest->size && ch->size < SUPERSCRIPT_SIZE_RATIO * nearest->size && middle >= nearest->y1 && middle <= nearest->y2;
}

/* Moves small raised characters (footnote marks) from rows of their own
 * into the row they stand on.  Targets are chosen first and the moves made
 * after, so that a mark of two digits is judged against the text, not
 * against its own first digit. */
static void
merge_superscripts (GPtrArray *rows)
{
  g_autoptr (GArray) targets = g_array_new (FALSE, FALSE, sizeof (Row *));
  g_autoptr (GPtrArray) larger = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      gboolean moves = FALSE;

      /* The rows of larger type, in order, found once per row rather than
       * once per character: most rows have none (the text's own size). */
      g_ptr_array_set_size (larger, 0);
      for (guint j = 0; j < rows->len; j++)
        {
          Row *other = g_ptr_array_index (rows, j);

          if (other != row && row->max_size < other->max_size * SUPERSCRIPT_SIZE_RATIO)
            g_ptr_array_add (larger, other);
        }
      if (larger->len == 0)
        continue;

      g_array_set_size (targets, row->chars->len);
      for (guint k = 0; k < row->chars->len; k++)
        {
          const PdfChar *ch = &g_array_index (row->chars, PdfChar, k);
          Row *target = NULL;

          for (guint j = 0; j < larger->len && target == NULL; j++)
            {
              Row *other = g_ptr_array_index (larger, j);

              if (is_superscript_of (ch, other))
                target = other;
            }
          g_array_index (targets, Row *, k) = target;
          moves |= target != NULL;
        }
      if (!moves)
        continue;

      /* Moved characters go to the end of their target's characters, which
       * is_superscript_of never looks at: rows are measured and marks
       * judged against the characters a row had at first. */
      for (guint k = 0; k < row->chars->len; k++)
        {
          Row *target = g_array_index (targets, Row *, k);

          if (target != NULL)
            {
              g_array_append_val (target->chars, g_array_index (row->chars, PdfChar, k));
              target->n_moved++;
            }
        }
      for (guint k = row->chars->len; k > 0; k--)
        if (g_array_index (targets, Row *, k - 1) != NULL)
          g_array_remove_index (row->chars, k - 1);
    }
}

static void
line_append (PdfLine *line,
             const char *text,
             guint32 attr)
{
  gsize length = strlen (text);

  g_string_append (line->text, text);
  for (gsize i = 0; i < length; i++)
    g_array_append_val (line->attrs, attr);
}

static gboolean
is_mark_character (gunichar c)
{
  return g_unichar_isdigit (c) || c == '*' || c == 0x2020 || c == 0x2021 || c == 0x00A7;
}

/* Makes a line of @n characters sorted left to right. */
static PdfLine *
line_new (Pdf *pdf,
          int page,
          PdfChar *chars,
          guint n)
{
  PdfLine *line = g_new0 (PdfLine, 1);
  const PdfChar *previous = NULL;
  guint32 run = 0;
  gboolean all_bold = TRUE;
  gboolean any_barcode = FALSE;

  line->kind = LINE_BODY;
  line->page = page;
  line->text = g_string_new (NULL);
  line->attrs = g_array_new (FALSE, FALSE, sizeof (guint32));
  line->size = mode_size (chars, n);
  line->baseline = -G_MAXDOUBLE;
  line->top = G_MAXDOUBLE;
  line->x1 = chars[0].x1;
  line->x2 = chars[0].x2;
  for (guint i = 0; i < n; i++)
    {
      if (fabs (chars[i].size - line->size) < 0.25)
        line->baseline = MAX (line->baseline, chars[i].y2);
      line->top = MIN (line->top, chars[i].y1);
      line->x2 = MAX (line->x2, chars[i].x2);
    }

  for (guint i = 0; i < n; i++)
    {
      PdfChar *ch = &chars[i];
      char utf8[8] = { 0 };
      const char *expanded;
      guint32 attr;

      ch->superscript = ch->size < SUPERSCRIPT_SIZE_RATIO * line->size && ch->y2 < line->baseline - SUPERSCRIPT_RAISE_EM * line->size;

      /* Some PDFs draw a glyph twice, slightly offset, to embolden it. */
      if (previous != NULL && previous->c == ch->c && fabs (previous->x1 - ch->x1) < 0.2 * ch->size)
        continue;

      if (previous != NULL && ch->x1 - previous->x2 > WORD_GAP_EM * MAX (ch->size, previous->size))
        {
          guint32 space = 0;

          /* A space inside an italic phrase is italic too. */
          if (previous->italic && ch->italic && !previous->superscript && !ch->superscript)
            space = ATTR_ITALIC;
          line_append (line, " ", space);
          run = 0;
        }

      attr = ch->italic && !ch->superscript ? ATTR_ITALIC : 0;
      if (ch->superscript && is_mark_character (ch->c))
        {
          if (run == 0 || previous == NULL || !previous->superscript || !is_mark_character (previous->c))
            run = ++pdf->next_run;
          attr |= run << ATTR_RUN_SHIFT;
        }
      else
        run = 0;

      /* A soft hyphen only matters at the end of a line. */
      if (ch->c == 0x00AD && i + 1 < n)
        {
          previous = ch;
          continue;
        }
      /* "1,2" set as marks: the comma only separates them. */
      if (ch->superscript && ch->c == ',' && i + 1 < n && chars[i + 1].superscript)
        {
          previous = ch;
          continue;
        }

      expanded = expand_character (ch->c);
      if (expanded == NULL)
        {
          g_unichar_to_utf8 (ch->c, utf8);
          expanded = utf8;
        }
      line_append (line, expanded, attr);
      if (!ch->superscript)
        all_bold &= ch->bold;
      any_barcode |= ch->barcode;
      previous = ch;
    }

  line->bold = all_bold;
  line->barcode = any_barcode;

  /* A footnote's mark at the start of its line. */
  if (line->attrs->len > 0 && (g_array_index (line->attrs, guint32, 0) >> ATTR_RUN_SHIFT) != 0)
    {
      guint32 first_run = g_array_index (line->attrs, guint32, 0) >> ATTR_RUN_SHIFT;
      gsize end = 0;

      while (end < line->attrs->len && (g_array_index (line->attrs, guint32, end) >> ATTR_RUN_SHIFT) == first_run)
        end++;
      line->leading_mark = g_strndup (line->text->str, end);
      while (end < line->text->len && line->text->str[end] == ' ')
        end++;
      line->mark_end = end;
    }
  else
    {
      /* "* On behalf of ...": a star set on the line, not raised. */
      gsize end = strspn (line->text->str, "*");

      if (end == 0)
        while (g_str_has_prefix (line->text->str + end, "†") || g_str_has_prefix (line->text->str + end, "‡"))
          end += strlen ("†");
      if (end > 0 && line->text->str[end] == ' ')
        {
          line->leading_mark = g_strndup (line->text->str, end);
          line->mark_end = end + 1;
        }
    }

  return line;
}

/* Groups the page's characters into lines, top to bottom. */
static GPtrArray *
page_build_lines (Pdf *pdf,
                  int page,
                  GArray *chars)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) pdf_line_free);
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  Row *row = NULL;

  g_array_sort (chars, compare_by_baseline);
  for (guint i = 0; i < chars->len; i++)
    {
      const PdfChar *ch = &g_array_index (chars, PdfChar, i);

      if (row == NULL || fabs (ch->y2 - row->ref) > ROW_TOLERANCE_EM * MAX (ch->size, row->ref_size))
        {
          row = g_new0 (Row, 1);
          row->chars = g_array_new (FALSE, FALSE, sizeof (PdfChar));
          row->ref = ch->y2;
          row->ref_size = ch->size;
          g_ptr_array_add (rows, row);
        }
      g_array_append_val (row->chars, *ch);
    }
  for (guint i = 0; i < rows->len; i++)
    row_measure (g_ptr_array_index (rows, i));
  merge_superscripts (rows);

  for (guint i = 0; i < rows->len; i++)
    {
      Row *r = g_ptr_array_index (rows, i);
      PdfChar *c;
      guint start = 0;

      if (r->chars->len == 0)
        continue;
      g_array_sort (r->chars, compare_by_x);
      c = (PdfChar *) r->chars->data;
      for (guint k = 1; k <= r->chars->len; k++)
        {
          if (k < r->chars->len && c[k].x1 - c[k - 1].x2 <= COLUMN_GAP_EM * MAX (c[k].size, c[k - 1].size))
            continue;
          g_ptr_array_add (lines, line_new (pdf, page, c + start, k - start));
          start = k;
        }
    }
  return lines;
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

          if (line->kind != LINE_BODY || fabs (line->size - pdf->body_size) > 0.5)
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

          if (line->kind == LINE_BODY && fabs (line->size - pdf->body_size) <= 0.5 && near (line->x1, pdf->column_left))
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
  /* Every line but a first line starts at the column's edge. */
  if (!near (line->x1, pdf->column_left))
    return FALSE;
  if (!near (last->x1, pdf->column_left) && !(builder->n_lines == 1 && last->x1 > pdf->column_left && last->x1 <= pdf->column_left + MAX_FIRST_LINE_INDENT))
    return FALSE;
  if (starts_numbered_paragraph (pdf, builder, line))
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
          /* Not indented at the top of a page: the paragraph the last
           * page ended goes on. */
          if (at_column && *last_body != NULL && (*last_body)->text->len > 0 && !starts_numbered_paragraph (pdf, *last_body, line))
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
}

static gboolean
open_error (GError *poppler_error,
            GError **error)
{
  if (g_error_matches (poppler_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
    g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_ENCRYPTED,
                 _ ("this PDF is protected by a password; open it in a PDF reader and save an unprotected copy"));
  else
    g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED,
                 _ ("this PDF is damaged or incomplete and cannot be read; download or copy it again"));
  return FALSE;
}

/* Poppler keeps global state (the output colour profile GfxState creates
 * lazily, font caches) that is not safe to use from two threads, and the
 * loader reads both versions at once.  Every poppler call is made under
 * this one process-wide lock; what is done with the characters afterwards
 * runs in parallel. */
static GMutex poppler_lock;

/* The characters and height of each page of @document: @page_chars gets
 * a GArray of PdfChar per page.  Called under poppler_lock. */
static gboolean
read_pages (PopplerDocument *document,
            GPtrArray *page_chars,
            GArray *heights,
            GError **error)
{
  int n_pages = poppler_document_get_n_pages (document);

  if (n_pages <= 0)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED,
                   _ ("this PDF is damaged or incomplete and cannot be read; download or copy it again"));
      return FALSE;
    }
  if (n_pages > RD_LIMIT_PAGES)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE,
                   _ ("the PDF has %d pages, more than %d (the limit on pages)"), n_pages, RD_LIMIT_PAGES);
      return FALSE;
    }

  for (int p = 0; p < n_pages; p++)
    {
      PopplerPage *page = poppler_document_get_page (document, p);
      double width = 0, height = 0;

      if (page == NULL)
        {
          g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED,
                       _ ("this PDF is damaged or incomplete and cannot be read; download or copy it again"));
          return FALSE;
        }
      poppler_page_get_size (page, &width, &height);
      g_ptr_array_add (page_chars, page_get_chars (page));
      g_array_append_val (heights, height);
      g_object_unref (page);
    }
  return TRUE;
}

static RdBlockList *
import_pages (GPtrArray *page_chars,
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

  for (guint p = 0; p < n_pages; p++)
    {
      GArray *chars = g_ptr_array_index (page_chars, p);

      n_chars += chars->len;
      g_ptr_array_add (pdf.pages, page_build_lines (&pdf, (int) p, chars));
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

/* Public API */

RdBlockList *
rd_import_pdf_with_poppler (GBytes *bytes,
                            GError **error)
{
  g_autoptr (GPtrArray) page_chars = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr (GArray) heights = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean read = FALSE;

  g_return_val_if_fail (bytes != NULL, NULL);

  g_mutex_lock (&poppler_lock);
  rd_tsan_acquire (&poppler_lock); /* GMutex is a futex ThreadSanitizer
                                    * does not see */
  {
    g_autoptr (GError) local_error = NULL;
    /* build-aux/bench reports poppler's time apart from ours */
    gint64 start = g_get_monotonic_time ();
    PopplerDocument *document = poppler_document_new_from_bytes (bytes, NULL, &local_error);

    if (document == NULL)
      open_error (local_error, error);
    else
      {
        read = read_pages (document, page_chars, heights, error);
        g_debug ("poppler read %d pages in %.3f ms", poppler_document_get_n_pages (document),
                 (g_get_monotonic_time () - start) / 1000.0);
        g_object_unref (document);
      }
  }
  rd_tsan_release (&poppler_lock);
  g_mutex_unlock (&poppler_lock);

  if (!read)
    return NULL;
  return import_pages (page_chars, heights, error);
}

#endif /* HAVE_POPPLER */
