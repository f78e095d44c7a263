/* rd-pdf-lines.c: a PDF page's characters grouped into lines
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * poppler gives the characters of each page with a box and font
 * attributes.  Characters are grouped into rows by baseline; small raised
 * characters (footnote marks) join the row they stand on; a row is cut
 * where a wide horizontal gap separates two items ("United Nations ...
 * A/C.3/80/L.4").  Each piece is a line (PdfLine), its text with ligatures
 * spelt out, word spaces measured, and italics and footnote marks kept per
 * byte.  rd-pdf-blocks.c makes blocks of the lines.
 */

/* Includes */

#include "config.h"

#include "rd-pdf-private.h"

#include <math.h>
#include <string.h>

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

/* Characters */

void
rd_pdf_line_free (PdfLine *line)
{
  if (line == NULL)
    return;
  g_string_free (line->text, TRUE);
  g_array_unref (line->attrs);
  g_free (line->leading_mark);
  g_free (line);
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
compare_by_x (gconstpointer a,
              gconstpointer b)
{
  const PdfChar *ca = a;
  const PdfChar *cb = b;

  if (ca->x1 != cb->x1)
    return ca->x1 < cb->x1 ? -1 : 1;
  return 0;
}

/* Top to bottom, then left to right. */
static int
compare_by_baseline (gconstpointer a,
                     gconstpointer b)
{
  const PdfChar *ca = a;
  const PdfChar *cb = b;

  if (ca->y2 != cb->y2)
    return ca->y2 < cb->y2 ? -1 : 1;
  return compare_by_x (a, b);
}

/* Reads the page's characters with their boxes and fonts. */
GArray *
rd_pdf_page_get_chars (PopplerPage *page)
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
GPtrArray *
rd_pdf_page_build_lines (Pdf *pdf,
                         int page,
                         GArray *chars)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_pdf_line_free);
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
