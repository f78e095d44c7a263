/* rd-print-content.c: a comparison as blocks of Pango layouts
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text is built as a plain string with a PangoAttrList over byte ranges,
 * never as markup, so document text needs no escaping.  Marks are drawn as
 * on screen and survive black-and-white printing: insertions underlined,
 * deletions struck through (both also coloured), moved paragraphs framed.
 */

#include "config.h"

#include "rd-print-content.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Geometry, in points */

/* Space between paragraphs: half a line of the body font. */
#define PARAGRAPH_SPACE 6.0
/* Space above a section heading, and below it. */
#define SECTION_SPACE 16.0
#define HEADING_GAP 4.0
/* Between a change's label and its text. */
#define LABEL_GAP 1.5
/* Inside a moved paragraph's frame, so the frame clears the text. */
#define BOX_PADDING 4.0
/* Change bars stand this far left of the text, in the margin. */
#define BAR_OFFSET 9.0
/* The UN's own layout indents the first line of each paragraph. */
#define FIRST_LINE_INDENT 24.0
#define SUBPARAGRAPH_INDENT 24.0
/* Between the two columns of the side-by-side layout. */
#define GUTTER 22.0
/* The summary's label column, wide enough for "Sponsors joined". */
#define SUMMARY_LABEL_WIDTH 112.0
#define SUMMARY_ROW_SPACE 3.0
/* A reference's page number is not known when the text is measured:
 * measure with the widest number a document of this kind reaches. */
#define PAGE_PLACEHOLDER 888

/* Fonts: DejaVu comes with Debian's fonts-dejavu-core; fontconfig falls
 * back through the list when it is missing. */
#define SERIF_FAMILIES "DejaVu Serif,Liberation Serif,Noto Serif,FreeSerif,serif"
#define SANS_FAMILIES "DejaVu Sans,Liberation Sans,Noto Sans,FreeSans,sans-serif"

/* The struct */

struct _RdPrintContent
{
  RdComparison *comparison;
  RdLayout layout;
  PangoContext *context;
  double width;        /* the body */
  double column_width; /* side by side: each column */

  PangoFontDescription *body_font;
  PangoFontDescription *label_font;
  PangoFontDescription *summary_font;
  PangoFontDescription *heading_font;
  PangoFontDescription *title_font;

  GPtrArray *blocks;    /* RdPrintBlock * */
  GPtrArray *by_origin; /* GArray of guint per position in the list of
                         * changes (and one past it): the moved changes
                         * whose old place was just before it */
};

/* Inks */

/* GNOME palette, the darker shades so text stays readable on paper; red
 * and blue stay apart for the common forms of colour blindness. */
static const struct
{
  double red, green, blue;
} inks[RD_PRINT_N_INKS] = {
  [RD_PRINT_INK_TEXT] = { 0.0, 0.0, 0.0 },
  [RD_PRINT_INK_MUTED] = { 0.369, 0.361, 0.392 },    /* #5e5c64 */
  [RD_PRINT_INK_INSERTED] = { 0.102, 0.373, 0.706 }, /* #1a5fb4 */
  [RD_PRINT_INK_DELETED] = { 0.753, 0.110, 0.157 },  /* #c01c28 */
  [RD_PRINT_INK_MOVED] = { 0.506, 0.239, 0.612 },    /* #813d9c */
  [RD_PRINT_INK_CHANGED] = { 0.467, 0.463, 0.482 },  /* #77767b */
  [RD_PRINT_INK_RULE] = { 0.604, 0.600, 0.588 },     /* #9a9996 */
};

void
rd_print_ink_get_rgb (RdPrintInk ink,
                      double *red,
                      double *green,
                      double *blue)
{
  g_return_if_fail (ink < RD_PRINT_N_INKS);

  *red = inks[ink].red;
  *green = inks[ink].green;
  *blue = inks[ink].blue;
}

static guint16
to_pango_color (double component)
{
  return (guint16) (component * 65535.0 + 0.5);
}

/* Text with attributes */

typedef enum
{
  MARK_NONE = 0,
  MARK_INSERTED = 1 << 0,
  MARK_DELETED = 1 << 1,
  MARK_MUTED = 1 << 2,
  MARK_BOLD = 1 << 3,
  MARK_ITALIC = 1 << 4,
  MARK_SUPERSCRIPT = 1 << 5,
  MARK_MOVED = 1 << 6,
} Mark;

typedef struct
{
  GString *text;
  PangoAttrList *attrs;
} Text;

static void
text_init (Text *text)
{
  text->text = g_string_new (NULL);
  text->attrs = pango_attr_list_new ();
}

static void
text_clear (Text *text)
{
  if (text->text != NULL)
    g_string_free (text->text, TRUE);
  text->text = NULL;
  g_clear_pointer (&text->attrs, pango_attr_list_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Text, text_clear)

static void
text_add_attr (Text *text,
               PangoAttribute *attr,
               gsize start,
               gsize end)
{
  attr->start_index = (guint) start;
  attr->end_index = (guint) end;
  pango_attr_list_insert (text->attrs, attr);
}

static void
text_add_color (Text *text,
                RdPrintInk ink,
                gsize start,
                gsize end)
{
  text_add_attr (text, pango_attr_foreground_new (to_pango_color (inks[ink].red), to_pango_color (inks[ink].green), to_pango_color (inks[ink].blue)), start, end);
}

static void
text_mark (Text *text,
           guint mark,
           gsize start,
           gsize end)
{
  if (start >= end || mark == MARK_NONE)
    return;

  if (mark & MARK_INSERTED)
    {
      const double *c = &inks[RD_PRINT_INK_INSERTED].red;
      text_add_attr (text, pango_attr_underline_new (PANGO_UNDERLINE_SINGLE), start, end);
      text_add_attr (text, pango_attr_underline_color_new (to_pango_color (c[0]), to_pango_color (c[1]), to_pango_color (c[2])), start, end);
      text_add_color (text, RD_PRINT_INK_INSERTED, start, end);
    }
  if (mark & MARK_DELETED)
    {
      const double *c = &inks[RD_PRINT_INK_DELETED].red;
      text_add_attr (text, pango_attr_strikethrough_new (TRUE), start, end);
      text_add_attr (text, pango_attr_strikethrough_color_new (to_pango_color (c[0]), to_pango_color (c[1]), to_pango_color (c[2])), start, end);
      text_add_color (text, RD_PRINT_INK_DELETED, start, end);
    }
  if (mark & MARK_MUTED)
    text_add_color (text, RD_PRINT_INK_MUTED, start, end);
  if (mark & MARK_MOVED)
    text_add_color (text, RD_PRINT_INK_MOVED, start, end);
  if (mark & MARK_BOLD)
    text_add_attr (text, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, end);
  if (mark & MARK_ITALIC)
    text_add_attr (text, pango_attr_style_new (PANGO_STYLE_ITALIC), start, end);
  if (mark & MARK_SUPERSCRIPT)
    {
      /* Raised a third of an em and smaller, as footnote markers print. */
      text_add_attr (text, pango_attr_rise_new (3 * PANGO_SCALE), start, end);
      text_add_attr (text, pango_attr_scale_new (0.7), start, end);
    }
}

static void
text_append (Text *text,
             const char *string,
             guint mark)
{
  gsize start = text->text->len;

  g_string_append (text->text, string);
  text_mark (text, mark, start, text->text->len);
}

/* The last byte written, or 0 when nothing is. */
static char
text_last (const Text *text)
{
  return text->text->len > 0 ? text->text->str[text->text->len - 1] : '\0';
}

/* Removes trailing spaces; attributes past the end are harmless. */
static void
text_trim (Text *text)
{
  while (text->text->len > 0 && text->text->str[text->text->len - 1] == ' ')
    g_string_truncate (text->text, text->text->len - 1);
}

/* Following one version's text through a diff */

typedef struct
{
  gsize nonspace;
  const char *marker;
} RefMark;

/*
 * A cursor follows one version's paragraph through the text being built,
 * counting its non-space characters (white space is never a change and
 * may differ between the paragraph and the diff).  With that count it
 * puts the paragraph's footnote markers back where they stood and sets
 * its leading verb in italics, as the UN prints it.
 */
typedef struct
{
  gsize nonspace;
  gsize verb_nonspace; /* 0: no verb to set in italics */
  gssize italic_start; /* where the verb began in the output, or -1 */
  GArray *refs;        /* RefMark, in order */
  guint next_ref;
} Cursor;

static gsize
count_nonspace (const char *string,
                gsize length)
{
  gsize count = 0;

  for (const char *p = string; p < string + length && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      count++;
  return count;
}

static void
cursor_init (Cursor *cursor,
             const char *text,
             const char *verb,
             const GArray *footnotes)
{
  gsize length = text != NULL ? strlen (text) : 0;

  memset (cursor, 0, sizeof *cursor);
  cursor->italic_start = -1;
  cursor->refs = g_array_new (FALSE, FALSE, sizeof (RefMark));
  if (text != NULL && verb != NULL && *verb != '\0' && g_str_has_prefix (text, verb))
    cursor->verb_nonspace = count_nonspace (verb, strlen (verb));
  for (guint i = 0; footnotes != NULL && i < footnotes->len; i++)
    {
      const RdFootnoteRef *ref = &g_array_index (footnotes, RdFootnoteRef, i);
      RefMark mark = { count_nonspace (text, MIN (ref->offset, length)), ref->marker };
      g_array_append_val (cursor->refs, mark);
    }
}

static void
cursor_clear (Cursor *cursor)
{
  g_clear_pointer (&cursor->refs, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Cursor, cursor_clear)

/* Writes (when @emit) the footnote markers that stand at the cursor's
 * position, or at any position when @all. */
static void
cursor_emit_refs (Cursor *cursor,
                  Text *text,
                  gboolean emit,
                  gboolean all,
                  guint mark)
{
  while (cursor->next_ref < cursor->refs->len)
    {
      const RefMark *ref = &g_array_index (cursor->refs, RefMark, cursor->next_ref);

      if (!all && ref->nonspace > cursor->nonspace)
        break;
      if (emit)
        {
          const char *end = text->text->str + text->text->len;
          const char *previous = g_utf8_find_prev_char (text->text->str, end);
          gsize start = previous != NULL ? (gsize) (previous - text->text->str) : text->text->len;

          text_append (text, ref->marker, (mark & (MARK_INSERTED | MARK_DELETED)) | MARK_SUPERSCRIPT);
          /* "Crime,⁵" is one unit: the marker never starts a line. */
          text_add_attr (text, pango_attr_allow_breaks_new (FALSE), start, text->text->len);
        }
      cursor->next_ref++;
    }
}

static void
cursor_before_char (Cursor *cursor,
                    Text *text,
                    gboolean space)
{
  if (!space && cursor->nonspace == 0 && cursor->verb_nonspace > 0 && cursor->italic_start < 0)
    cursor->italic_start = (gssize) text->text->len;
}

static void
cursor_after_char (Cursor *cursor,
                   Text *text,
                   gboolean space)
{
  if (space)
    return;
  cursor->nonspace++;
  if (cursor->verb_nonspace > 0 && cursor->nonspace == cursor->verb_nonspace && cursor->italic_start >= 0)
    text_mark (text, MARK_ITALIC, (gsize) cursor->italic_start, text->text->len);
}

/*
 * Appends @length bytes of @string with @mark.  @owner is the version
 * whose text this is (its footnote markers are written); @follower, when
 * not NULL, is the other version reading the same text (its markers are
 * passed over, the owner's being the same).  White space is folded to
 * single spaces.
 */
static void
append_tracked (Text *text,
                const char *string,
                gsize length,
                guint mark,
                Cursor *owner,
                Cursor *follower)
{
  gsize start = text->text->len;
  const char *end = string + length;

  for (const char *p = string, *next; p < end && *p != '\0'; p = next)
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));

      next = g_utf8_next_char (p);
      if (space)
        {
          char last = text_last (text);
          if (last != ' ' && last != '\0')
            g_string_append_c (text->text, ' ');
          continue;
        }
      if (owner != NULL)
        cursor_before_char (owner, text, FALSE);
      if (follower != NULL)
        cursor_before_char (follower, text, FALSE);
      g_string_append_len (text->text, p, next - p);
      if (owner != NULL)
        {
          cursor_after_char (owner, text, FALSE);
          cursor_emit_refs (owner, text, TRUE, FALSE, mark);
        }
      if (follower != NULL)
        {
          cursor_after_char (follower, text, FALSE);
          cursor_emit_refs (follower, text, FALSE, FALSE, mark);
        }
    }
  text_mark (text, mark, start, text->text->len);
}

/* Moves @cursor over @string without writing it: the other version's
 * spelling of text written once. */
static void
cursor_advance (Cursor *cursor,
                Text *text,
                const char *string)
{
  for (const char *p = string; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));
      cursor_before_char (cursor, text, space);
      cursor_after_char (cursor, text, space);
      cursor_emit_refs (cursor, text, FALSE, FALSE, MARK_NONE);
    }
}

/* A deleted or inserted segment, its surrounding white space outside the
 * mark so the underline or the stroke does not run into the spaces. */
static void
append_marked_segment (Text *text,
                       const char *string,
                       guint mark,
                       Cursor *owner)
{
  gsize length = strlen (string);
  gsize lead = 0;
  gsize trail = length;

  while (lead < length && g_ascii_isspace (string[lead]))
    lead++;
  while (trail > lead && g_ascii_isspace (string[trail - 1]))
    trail--;
  append_tracked (text, string, lead, MARK_NONE, owner, NULL);
  append_tracked (text, string + lead, trail - lead, mark, owner, NULL);
  append_tracked (text, string + trail, length - trail, MARK_NONE, owner, NULL);
}

typedef enum
{
  SIDE_BOTH, /* redline */
  SIDE_OLD,
  SIDE_NEW,
} Side;

static void
append_diff (Text *text,
             const RdDiff *diff,
             Side side,
             Cursor *old_cursor,
             Cursor *new_cursor)
{
  RdDiffOp previous = RD_DIFF_EQUAL;

  for (guint i = 0; i < diff->segments->len; i++)
    {
      const RdDiffSegment *segment = g_ptr_array_index (diff->segments, i);

      switch (segment->op)
        {
        case RD_DIFF_EQUAL:
          if (side == SIDE_OLD)
            {
              const char *shown = segment->old_text != NULL ? segment->old_text : segment->text;
              append_tracked (text, shown, strlen (shown), MARK_NONE, old_cursor, NULL);
            }
          else if (side == SIDE_NEW || segment->old_text == NULL)
            append_tracked (text, segment->text, strlen (segment->text), MARK_NONE, new_cursor, side == SIDE_BOTH ? old_cursor : NULL);
          else
            {
              append_tracked (text, segment->text, strlen (segment->text), MARK_NONE, new_cursor, NULL);
              if (old_cursor != NULL)
                cursor_advance (old_cursor, text, segment->old_text);
            }
          break;
        case RD_DIFF_DELETE:
          if (side != SIDE_NEW)
            append_marked_segment (text, segment->text, MARK_DELETED, old_cursor);
          break;
        case RD_DIFF_INSERT:
          if (side == SIDE_OLD)
            break;
          /* "Invites Encourages", not "InvitesEncourages": a deletion and
           * the insertion replacing it stay apart on paper. */
          if (side == SIDE_BOTH && previous == RD_DIFF_DELETE && text_last (text) != ' ' && !g_ascii_isspace (segment->text[0]))
            g_string_append_c (text->text, ' ');
          append_marked_segment (text, segment->text, MARK_INSERTED, new_cursor);
          break;
        default:
          break;
        }
      previous = segment->op;
    }
}

/* A paragraph's number as printed ("8.", "(a)"): in the redline the old
 * one struck through and the new one underlined when they differ. */
static void
append_number (Text *text,
               const char *old_number,
               const char *new_number,
               guint whole_mark)
{
  if (old_number == NULL && new_number == NULL)
    return;
  if (old_number != NULL && new_number != NULL && strcmp (old_number, new_number) == 0)
    text_append (text, new_number, whole_mark);
  else
    {
      if (old_number != NULL)
        text_append (text, old_number, MARK_DELETED);
      if (old_number != NULL && new_number != NULL)
        g_string_append_c (text->text, ' ');
      if (new_number != NULL)
        text_append (text, new_number, MARK_INSERTED);
    }
  g_string_append_c (text->text, ' ');
}

/* One version's paragraph or footnote, seen alike */

typedef struct
{
  const char *text;
  const char *verb;
  const GArray *footnotes;
  const char *number;
  RdParagraphKind kind;
} Item;

static void
get_item (RdPrintContent *content,
          const RdChange *change,
          gboolean new_side,
          guint k,
          Item *item)
{
  RdDocument *document = new_side ? rd_comparison_get_new (content->comparison) : rd_comparison_get_old (content->comparison);
  const GArray *items = new_side ? change->new_items : change->old_items;
  guint index;

  memset (item, 0, sizeof *item);
  item->kind = RD_PARAGRAPH_OTHER;
  if (k >= items->len)
    return;
  index = g_array_index (items, guint, k);
  if (change->footnote)
    {
      const RdFootnote *footnote = g_ptr_array_index (rd_document_get_footnotes (document), index);
      item->text = footnote->text;
      item->number = footnote->marker;
    }
  else
    {
      const RdParagraph *paragraph = g_ptr_array_index (rd_document_get_paragraphs (document), index);
      item->text = paragraph->text;
      item->verb = paragraph->verb;
      item->footnotes = paragraph->footnotes;
      item->number = paragraph->number_label;
      item->kind = paragraph->kind;
    }
}

static void
cursor_init_item (Cursor *cursor,
                  const Item *item)
{
  cursor_init (cursor, item->text, item->verb, item->footnotes);
}

/* Blocks and cells */

static void
cell_free (RdPrintCell *cell)
{
  g_clear_object (&cell->layout);
  g_free (cell->link);
  g_free (cell->ref_prefix);
  g_free (cell->ref_suffix);
  g_free (cell->ref_label);
  g_free (cell->ref_anchor);
  g_clear_pointer (&cell->lines, g_array_unref);
  g_free (cell);
}

void
rd_print_block_free (RdPrintBlock *block)
{
  g_ptr_array_unref (block->cells);
  g_free (block->anchor);
  g_free (block->outline);
  g_free (block);
}

static RdPrintBlock *
block_new (double space_before)
{
  RdPrintBlock *block = g_new0 (RdPrintBlock, 1);

  block->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free);
  block->space_before = space_before;
  return block;
}

static void
block_grow (RdPrintBlock *block,
            double bottom)
{
  block->height = MAX (block->height, bottom);
}

/* Adds a text cell for @layout (taken) at @x, @y; returns its height. */
static double
block_add_text (RdPrintBlock *block,
                PangoLayout *layout,
                double x,
                double y)
{
  RdPrintCell *cell = g_new0 (RdPrintCell, 1);
  int width = 0;
  int height = 0;

  pango_layout_get_size (layout, &width, &height);
  cell->kind = RD_PRINT_CELL_TEXT;
  cell->layout = layout;
  cell->x = x;
  cell->y = y;
  cell->width = (double) width / PANGO_SCALE;
  cell->height = (double) height / PANGO_SCALE;
  g_ptr_array_add (block->cells, cell);
  block_grow (block, y + cell->height);
  return cell->height;
}

static RdPrintCell *
block_add_shape (RdPrintBlock *block,
                 RdPrintCellKind kind,
                 RdPrintInk ink,
                 double x,
                 double y,
                 double width,
                 double height)
{
  RdPrintCell *cell = g_new0 (RdPrintCell, 1);

  cell->kind = kind;
  cell->ink = ink;
  cell->x = x;
  cell->y = y;
  cell->width = width;
  cell->height = height;
  g_ptr_array_add (block->cells, cell);
  return cell;
}

const GArray *
rd_print_cell_get_lines (RdPrintCell *cell)
{
  PangoLayoutIter *iter;

  g_return_val_if_fail (cell->kind == RD_PRINT_CELL_TEXT, NULL);

  if (cell->lines != NULL)
    return cell->lines;

  cell->lines = g_array_new (FALSE, FALSE, sizeof (double));
  iter = pango_layout_get_iter (cell->layout);
  do
    {
      int top = 0;
      int bottom = 0;
      double pair[2];

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      pair[0] = cell->y + (double) top / PANGO_SCALE;
      pair[1] = cell->y + (double) bottom / PANGO_SCALE;
      g_array_append_vals (cell->lines, pair, 2);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return cell->lines;
}

char *
rd_print_cell_format_ref (const RdPrintCell *cell,
                          guint page)
{
  g_autofree char *sentence = NULL;

  switch (cell->ref)
    {
    case RD_PRINT_REF_MOVED_TO:
      /* TRANSLATORS: at a moved paragraph's old place: "OP 14 moved to
       * OP 16, page 5" */
      sentence = g_strdup_printf (_ ("%s moved to %s, page %u"), cell->ref_prefix, cell->ref_label, page);
      return g_steal_pointer (&sentence);
    case RD_PRINT_REF_MOVED_FROM:
      /* TRANSLATORS: at a moved paragraph's new place: "moved from OP 14,
       * page 2" */
      sentence = g_strdup_printf (_ ("moved from %s, page %u"), cell->ref_label, page);
      return g_strconcat (cell->ref_prefix != NULL ? cell->ref_prefix : "", cell->ref_prefix != NULL ? ", " : "",
                          sentence, cell->ref_suffix != NULL ? cell->ref_suffix : "", NULL);
    case RD_PRINT_REF_NONE:
    default:
      return g_strdup ("");
    }
}

/* Layouts */

static PangoLayout *
new_layout (RdPrintContent *content,
            const PangoFontDescription *font,
            double width)
{
  PangoLayout *layout = pango_layout_new (content->context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  /* A URL or a long symbol wider than the column breaks anywhere rather
   * than running off the paper. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

static void
layout_set_text (PangoLayout *layout,
                 Text *text)
{
  pango_layout_set_text (layout, text->text->str, (int) text->text->len);
  pango_layout_set_attributes (layout, text->attrs);
}

/* A paragraph of the document, indented as the UN prints it; @x is where
 * its cell goes. */
static PangoLayout *
new_paragraph_layout (RdPrintContent *content,
                      Text *text,
                      RdParagraphKind kind,
                      double width,
                      double *x)
{
  double indent = 0.0;
  PangoLayout *layout;

  *x = 0.0;
  switch (kind)
    {
    case RD_PARAGRAPH_SUBPARAGRAPH:
      *x = SUBPARAGRAPH_INDENT;
      indent = FIRST_LINE_INDENT;
      break;
    case RD_PARAGRAPH_PREAMBULAR:
    case RD_PARAGRAPH_OPERATIVE:
      indent = FIRST_LINE_INDENT;
      break;
    case RD_PARAGRAPH_HEADING:
      text_mark (text, MARK_BOLD, 0, text->text->len);
      break;
    case RD_PARAGRAPH_OTHER:
    default:
      break;
    }
  text_trim (text);
  layout = new_layout (content, content->body_font, width - *x);
  pango_layout_set_indent (layout, (int) (indent * PANGO_SCALE));
  pango_layout_set_justify (layout, kind != RD_PARAGRAPH_HEADING);
  if (kind == RD_PARAGRAPH_HEADING)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  layout_set_text (layout, text);
  return layout;
}

PangoLayout *
rd_print_content_new_label (RdPrintContent *content,
                            const char *string,
                            RdPrintInk ink,
                            gboolean bold)
{
  g_auto (Text) text = { 0 };
  PangoLayout *layout = pango_layout_new (content->context);

  text_init (&text);
  g_string_append (text.text, string);
  text_add_color (&text, ink, 0, text.text->len);
  if (bold)
    text_mark (&text, MARK_BOLD, 0, text.text->len);
  pango_layout_set_font_description (layout, content->label_font);
  layout_set_text (layout, &text);
  return layout;
}

/* A one-line label that is cut short rather than wrapped, so that its
 * height does not change when a page number is written into it. */
static PangoLayout *
new_single_line (RdPrintContent *content,
                 const char *string,
                 RdPrintInk ink,
                 double width)
{
  PangoLayout *layout = rd_print_content_new_label (content, string, ink, FALSE);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

/* Names */

char *
rd_print_document_name (RdDocument *document)
{
  const char *symbol = rd_document_get_symbol (document);

  if (symbol != NULL)
    return g_strdup (symbol);
  return g_path_get_basename (rd_document_get_file (document));
}

static RdPrintInk
bar_ink (RdChangeType type)
{
  switch (type)
    {
    case RD_CHANGE_INSERTED:
      return RD_PRINT_INK_INSERTED;
    case RD_CHANGE_DELETED:
      return RD_PRINT_INK_DELETED;
    case RD_CHANGE_MOVED:
      return RD_PRINT_INK_MOVED;
    case RD_CHANGE_UNCHANGED:
    case RD_CHANGE_MODIFIED:
    case RD_CHANGE_SPLIT:
    case RD_CHANGE_MERGED:
    case RD_N_CHANGE_TYPES:
    default:
      return RD_PRINT_INK_CHANGED;
    }
}

/* The text of one change */

typedef struct
{
  PangoLayout *layout;
  double x;
} Piece;

/* Adds the layouts of @pieces (taken) under each other from @y at
 * column offset @x; returns the bottom. */
static double
stack_pieces (RdPrintBlock *block,
              GArray *pieces,
              double x,
              double y)
{
  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = &g_array_index (pieces, Piece, i);
      if (i > 0)
        y += PARAGRAPH_SPACE;
      y += block_add_text (block, g_steal_pointer (&piece->layout), x + piece->x, y);
    }
  return y;
}

static void
add_piece (RdPrintContent *content,
           GArray *pieces,
           Text *text,
           RdParagraphKind kind,
           double width)
{
  Piece piece = { 0 };

  piece.layout = new_paragraph_layout (content, text, kind, width, &piece.x);
  g_array_append_val (pieces, piece);
}

/* One version's side of a change (side by side), or both (redline):
 * paragraphs as layouts, in @pieces. */
static void
build_change_text (RdPrintContent *content,
                   const RdChange *change,
                   Side side,
                   double width,
                   GArray *pieces)
{
  Item old_item;
  Item new_item;
  g_auto (Cursor) old_cursor = { 0 };
  g_auto (Cursor) new_cursor = { 0 };

  get_item (content, change, FALSE, 0, &old_item);
  get_item (content, change, TRUE, 0, &new_item);
  cursor_init_item (&old_cursor, &old_item);
  cursor_init_item (&new_cursor, &new_item);

  switch (change->type)
    {
    case RD_CHANGE_INSERTED:
      if (side != SIDE_OLD && new_item.text != NULL)
        {
          g_auto (Text) text = { 0 };
          text_init (&text);
          append_number (&text, NULL, new_item.number, MARK_INSERTED);
          append_tracked (&text, new_item.text, strlen (new_item.text), MARK_INSERTED, &new_cursor, NULL);
          cursor_emit_refs (&new_cursor, &text, TRUE, TRUE, MARK_INSERTED);
          add_piece (content, pieces, &text, new_item.kind, width);
        }
      return;

    case RD_CHANGE_DELETED:
      if (side != SIDE_NEW && old_item.text != NULL)
        {
          g_auto (Text) text = { 0 };
          text_init (&text);
          append_number (&text, old_item.number, NULL, MARK_DELETED);
          append_tracked (&text, old_item.text, strlen (old_item.text), MARK_DELETED, &old_cursor, NULL);
          cursor_emit_refs (&old_cursor, &text, TRUE, TRUE, MARK_DELETED);
          add_piece (content, pieces, &text, old_item.kind, width);
        }
      return;

    case RD_CHANGE_SPLIT:
      if (change->parts != NULL)
        {
          g_auto (Text) old_text = { 0 };

          /* One old paragraph, several new ones: the old cursor runs on
           * through the parts, each new paragraph has its own. */
          text_init (&old_text);
          if (side == SIDE_OLD)
            append_number (&old_text, old_item.number, old_item.number, MARK_NONE);
          for (guint k = 0; k < change->parts->len; k++)
            {
              const RdDiff *part = g_ptr_array_index (change->parts, k);
              g_auto (Cursor) part_cursor = { 0 };
              Item part_item;

              get_item (content, change, TRUE, k, &part_item);
              cursor_init_item (&part_cursor, &part_item);
              if (side == SIDE_OLD)
                {
                  if (k > 0)
                    g_string_append_c (old_text.text, ' ');
                  append_diff (&old_text, part, SIDE_OLD, &old_cursor, NULL);
                }
              else
                {
                  g_auto (Text) text = { 0 };
                  text_init (&text);
                  if (side == SIDE_BOTH)
                    append_number (&text, k == 0 ? old_item.number : NULL, part_item.number, MARK_NONE);
                  else
                    append_number (&text, part_item.number, part_item.number, MARK_NONE);
                  append_diff (&text, part, side, &old_cursor, &part_cursor);
                  cursor_emit_refs (&part_cursor, &text, TRUE, TRUE, MARK_NONE);
                  add_piece (content, pieces, &text, part_item.kind, width);
                }
            }
          if (side == SIDE_OLD)
            {
              cursor_emit_refs (&old_cursor, &old_text, TRUE, TRUE, MARK_NONE);
              add_piece (content, pieces, &old_text, old_item.kind, width);
            }
          return;
        }
      break;

    case RD_CHANGE_MERGED:
      if (change->parts != NULL)
        {
          g_auto (Text) new_text = { 0 };

          /* Several old paragraphs, one new: the reverse of a split. */
          text_init (&new_text);
          if (side == SIDE_NEW)
            append_number (&new_text, new_item.number, new_item.number, MARK_NONE);
          for (guint k = 0; k < change->parts->len; k++)
            {
              const RdDiff *part = g_ptr_array_index (change->parts, k);
              g_auto (Cursor) part_cursor = { 0 };
              Item part_item;

              get_item (content, change, FALSE, k, &part_item);
              cursor_init_item (&part_cursor, &part_item);
              if (side == SIDE_OLD)
                {
                  g_auto (Text) text = { 0 };
                  text_init (&text);
                  append_number (&text, part_item.number, part_item.number, MARK_NONE);
                  append_diff (&text, part, SIDE_OLD, &part_cursor, NULL);
                  cursor_emit_refs (&part_cursor, &text, TRUE, TRUE, MARK_NONE);
                  add_piece (content, pieces, &text, part_item.kind, width);
                  continue;
                }
              if (side == SIDE_BOTH)
                {
                  if (k == 0)
                    append_number (&new_text, part_item.number, new_item.number, MARK_NONE);
                  else
                    {
                      /* Where two old paragraphs met, the old number
                       * that is gone. */
                      if (text_last (&new_text) != ' ')
                        g_string_append_c (new_text.text, ' ');
                      if (part_item.number != NULL)
                        append_number (&new_text, part_item.number, NULL, MARK_NONE);
                    }
                }
              else if (k > 0)
                g_string_append_c (new_text.text, ' ');
              append_diff (&new_text, part, side, &part_cursor, &new_cursor);
            }
          if (side != SIDE_OLD)
            {
              cursor_emit_refs (&new_cursor, &new_text, TRUE, TRUE, MARK_NONE);
              add_piece (content, pieces, &new_text, new_item.kind, width);
            }
          return;
        }
      break;

    case RD_CHANGE_UNCHANGED:
    case RD_CHANGE_MODIFIED:
    case RD_CHANGE_MOVED:
    case RD_N_CHANGE_TYPES:
    default:
      break;
    }

  /* One paragraph on each side. */
  {
    g_auto (Text) text = { 0 };
    const Item *shown = side == SIDE_OLD ? &old_item : &new_item;

    if (shown->text == NULL)
      return;
    text_init (&text);
    switch (side)
      {
      case SIDE_OLD:
        append_number (&text, old_item.number, old_item.number, MARK_NONE);
        break;
      case SIDE_NEW:
        append_number (&text, new_item.number, new_item.number, MARK_NONE);
        break;
      case SIDE_BOTH:
      default:
        append_number (&text, old_item.number, new_item.number, MARK_NONE);
        break;
      }
    if (change->diff != NULL)
      append_diff (&text, change->diff, side, &old_cursor, &new_cursor);
    else
      append_tracked (&text, shown->text, strlen (shown->text), MARK_NONE, side == SIDE_OLD ? &old_cursor : &new_cursor, NULL);
    if (side == SIDE_OLD)
      cursor_emit_refs (&old_cursor, &text, TRUE, TRUE, MARK_NONE);
    else
      cursor_emit_refs (&new_cursor, &text, TRUE, TRUE, MARK_NONE);
    add_piece (content, pieces, &text, shown->kind, width);
  }
}

static void
piece_clear (Piece *piece)
{
  g_clear_object (&piece->layout);
}

static GArray *
pieces_new (void)
{
  GArray *pieces = g_array_new (FALSE, TRUE, sizeof (Piece));

  g_array_set_clear_func (pieces, (GDestroyNotify) piece_clear);
  return pieces;
}

/* Changes */

static char *
anchor_for_change (const RdChange *change,
                   guint index)
{
  return g_strdup_printf ("%s-%u", change->footnote ? "footnote" : "change", index);
}

/* Writes a reference cell's text for @page and measures it. */
static double
cell_set_ref_page (RdPrintCell *cell,
                   guint page)
{
  g_autofree char *text = rd_print_cell_format_ref (cell, page);
  int height = 0;

  pango_layout_set_text (cell->layout, text, -1);
  pango_layout_get_size (cell->layout, NULL, &height);
  cell->height = (double) height / PANGO_SCALE;
  return cell->height;
}

/* A reference cell: its text is written when the page is known. */
static RdPrintCell *
block_add_ref (RdPrintContent *content,
               RdPrintBlock *block,
               RdPrintRef ref,
               double x,
               double y,
               double width)
{
  RdPrintCell *cell;

  block_add_text (block, new_single_line (content, "", RD_PRINT_INK_MOVED, width), x, y);
  cell = g_ptr_array_index (block->cells, block->cells->len - 1);
  cell->ref = ref;
  cell->ink = RD_PRINT_INK_MOVED;
  return cell;
}

/* The rule between the columns runs through the space above the block
 * too, so the columns read as columns down the page. */
static void
add_column_rule (RdPrintContent *content,
                 RdPrintBlock *block,
                 double bottom)
{
  block_add_shape (block, RD_PRINT_CELL_RULE, RD_PRINT_INK_RULE, content->column_width + GUTTER / 2, -block->space_before, 0, bottom + block->space_before);
  block->columns = TRUE;
}

/* At a moved paragraph's old place: where it went. */
static void
build_moved_placeholder (RdPrintContent *content,
                         guint index)
{
  const RdChange *change = g_ptr_array_index (rd_comparison_get_changes (content->comparison), index);
  RdPrintBlock *block = block_new (PARAGRAPH_SPACE);
  double width = content->layout == RD_LAYOUT_SIDE_BY_SIDE ? content->column_width : content->width;
  RdPrintCell *cell;
  double height;

  block->anchor = g_strdup_printf ("origin-%u", index);
  cell = block_add_ref (content, block, RD_PRINT_REF_MOVED_TO, BOX_PADDING, BOX_PADDING, width - 2 * BOX_PADDING);
  cell->ref_prefix = rd_comparison_describe_side (content->comparison, change, FALSE);
  cell->ref_label = rd_comparison_describe_side (content->comparison, change, TRUE);
  cell->ref_anchor = anchor_for_change (change, index);
  cell->link = g_strdup (cell->ref_anchor);
  height = cell_set_ref_page (cell, PAGE_PLACEHOLDER);
  cell = block_add_shape (block, RD_PRINT_CELL_BOX, RD_PRINT_INK_MOVED, 0, 0, width, height + 2 * BOX_PADDING);
  cell->dashed = TRUE;
  block_grow (block, height + 2 * BOX_PADDING);
  if (content->layout == RD_LAYOUT_SIDE_BY_SIDE)
    add_column_rule (content, block, block->height);
  g_ptr_array_add (content->blocks, block);
}

static void
build_change (RdPrintContent *content,
              const RdChange *change,
              guint index)
{
  RdPrintBlock *block = block_new (PARAGRAPH_SPACE);
  gboolean difference = rd_change_is_difference (change);
  gboolean moved = change->type == RD_CHANGE_MOVED && !change->footnote;
  gboolean two_columns = content->layout == RD_LAYOUT_SIDE_BY_SIDE;
  /* Side by side, the label stays in the left column, clear of the rule
   * between the columns. */
  double label_width = two_columns ? content->column_width : content->width;
  double y = 0.0;
  double text_top;
  double bottom;

  block->anchor = anchor_for_change (change, index);

  /* A renumbered paragraph is no change, but the reader wants "OP 15 →
   * 14" beside it. */
  if (difference || change->renumbered)
    {
      g_autofree char *label = rd_comparison_describe_change (content->comparison, change);

      if (difference)
        {
          block->outline = g_strdup (label);
          block->outline_level = 1;
        }
      if (moved)
        {
          RdPrintCell *cell = block_add_ref (content, block, RD_PRINT_REF_MOVED_FROM, 0, 0, label_width);
          GString *suffix = g_string_new (NULL);

          /* "OP 16, moved from OP 14, page 2, and edited, Urges →
           * Encourages" */
          if (change->diff != NULL && rd_diff_has_changes (change->diff))
            /* TRANSLATORS: after "moved from OP 14, page 2" */
            g_string_append_printf (suffix, ", %s", _ ("and edited"));
          if (change->verb_changed)
            g_string_append_printf (suffix, ", %s → %s", change->old_verb, change->new_verb);
          cell->ref_prefix = rd_comparison_describe_side (content->comparison, change, TRUE);
          cell->ref_suffix = g_string_free (suffix, FALSE);
          cell->ref_label = rd_comparison_describe_side (content->comparison, change, FALSE);
          cell->ref_anchor = g_strdup_printf ("origin-%u", index);
          cell->link = g_strdup (cell->ref_anchor);
          y = cell_set_ref_page (cell, PAGE_PLACEHOLDER);
        }
      else
        y = block_add_text (block, new_single_line (content, label, RD_PRINT_INK_MUTED, label_width), 0, 0);
      y += LABEL_GAP;
    }

  if (moved)
    y += BOX_PADDING;
  text_top = y;

  if (two_columns)
    {
      g_autoptr (GArray) old_pieces = pieces_new ();
      g_autoptr (GArray) new_pieces = pieces_new ();
      double old_bottom;
      double new_bottom;

      build_change_text (content, change, SIDE_OLD, content->column_width, old_pieces);
      build_change_text (content, change, SIDE_NEW, content->column_width, new_pieces);
      old_bottom = stack_pieces (block, old_pieces, 0, text_top);
      new_bottom = stack_pieces (block, new_pieces, content->column_width + GUTTER, text_top);
      bottom = MAX (old_bottom, new_bottom);
      add_column_rule (content, block, bottom);
    }
  else
    {
      g_autoptr (GArray) pieces = pieces_new ();

      build_change_text (content, change, SIDE_BOTH, content->width, pieces);
      bottom = stack_pieces (block, pieces, 0, text_top);
    }

  if (moved)
    {
      block_add_shape (block, RD_PRINT_CELL_BOX, RD_PRINT_INK_MOVED, -BOX_PADDING, text_top - BOX_PADDING, content->width + 2 * BOX_PADDING, bottom - text_top + 2 * BOX_PADDING);
      bottom += BOX_PADDING;
    }
  if (difference)
    block_add_shape (block, RD_PRINT_CELL_BAR, bar_ink (change->type), -BAR_OFFSET - (moved ? BOX_PADDING : 0), text_top, 0, MAX (bottom - text_top, 1.0));
  block_grow (block, bottom);
  g_ptr_array_add (content->blocks, block);
}

/* Headings and the summary */

static RdPrintBlock *
add_heading (RdPrintContent *content,
             const char *title,
             const char *anchor)
{
  RdPrintBlock *block = block_new (SECTION_SPACE);
  PangoLayout *layout = new_layout (content, content->heading_font, content->width);
  double height;

  pango_layout_set_text (layout, title, -1);
  height = block_add_text (block, layout, 0, 0);
  block_add_shape (block, RD_PRINT_CELL_RULE, RD_PRINT_INK_RULE, 0, height + 2.0, content->width, 0);
  block_grow (block, height + HEADING_GAP);
  block->keep_with_next = TRUE;
  if (anchor != NULL)
    {
      block->anchor = g_strdup (anchor);
      block->outline = g_strdup (title);
    }
  g_ptr_array_add (content->blocks, block);
  return block;
}

/* A summary row: a label in the left column, @value in the right. */
static void
add_row (RdPrintContent *content,
         const char *label,
         Text *value)
{
  RdPrintBlock *block = block_new (SUMMARY_ROW_SPACE);
  PangoLayout *label_layout = new_layout (content, content->summary_font, SUMMARY_LABEL_WIDTH - 6.0);
  PangoLayout *value_layout = new_layout (content, content->summary_font, content->width - SUMMARY_LABEL_WIDTH);
  g_auto (Text) label_text = { 0 };

  text_init (&label_text);
  text_append (&label_text, label, MARK_BOLD | MARK_MUTED);
  layout_set_text (label_layout, &label_text);
  text_trim (value);
  layout_set_text (value_layout, value);
  block_add_text (block, label_layout, 0, 0);
  block_add_text (block, value_layout, SUMMARY_LABEL_WIDTH, 0);
  g_ptr_array_add (content->blocks, block);
}

static void
add_plain_row (RdPrintContent *content,
               const char *label,
               const char *value)
{
  g_auto (Text) text = { 0 };

  text_init (&text);
  text_append (&text, value, MARK_NONE);
  add_row (content, label, &text);
}

static void
append_document_description (Text *text,
                             RdDocument *document)
{
  g_autofree char *name = rd_print_document_name (document);
  g_autofree char *file = g_path_get_basename (rd_document_get_file (document));
  const char *parts[] = { rd_document_get_document_type (document), rd_document_get_date (document) };

  text_append (text, name, MARK_BOLD);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL)
      {
        g_string_append (text->text, " · ");
        text_append (text, parts[i], MARK_NONE);
      }
  if (g_strcmp0 (name, file) != 0)
    {
      g_string_append (text->text, " · ");
      text_append (text, file, MARK_MUTED);
    }
}

static void
append_sponsors (Text *text,
                 GPtrArray *sponsors,
                 guint mark)
{
  for (guint i = 0; i < sponsors->len; i++)
    {
      const RdSponsor *sponsor = g_ptr_array_index (sponsors, i);
      if (i > 0)
        g_string_append (text->text, ", ");
      text_append (text, sponsor->name, mark);
    }
}

static char *
generated_date (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr (GDateTime) now = NULL;

  /* Reproducible builds and tests set the date. */
  if (epoch != NULL && *epoch != '\0')
    now = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));
  if (now == NULL)
    now = g_date_time_new_now_local ();
  /* TRANSLATORS: a date as g_date_time_format writes it: "1 May 2026" */
  return g_date_time_format (now, _ ("%-d %B %Y"));
}

static void
build_summary (RdPrintContent *content)
{
  RdComparison *comparison = content->comparison;
  const RdComparisonStats *stats = rd_comparison_get_stats (comparison);
  GPtrArray *header = rd_comparison_get_header_changes (comparison);
  GPtrArray *added = rd_comparison_get_sponsors_added (comparison);
  GPtrArray *removed = rd_comparison_get_sponsors_removed (comparison);
  GPtrArray *kept = rd_comparison_get_sponsors_kept (comparison);
  RdDocument *documents[] = { rd_comparison_get_old (comparison), rd_comparison_get_new (comparison) };
  g_autofree char *date = generated_date ();
  g_autofree char *generated = NULL;
  g_autofree char *value = NULL;

  {
    g_auto (Text) text = { 0 };
    text_init (&text);
    append_document_description (&text, documents[0]);
    add_row (content, _ ("Earlier version"), &text);
  }
  {
    g_auto (Text) text = { 0 };
    text_init (&text);
    append_document_description (&text, documents[1]);
    add_row (content, _ ("Later version"), &text);
  }
  /* TRANSLATORS: "1 May 2026 by Resdiff 0.1.0" */
  generated = g_strdup_printf (_ ("%s by Resdiff %s"), date, PACKAGE_VERSION);
  add_plain_row (content, _ ("Generated"), generated);

  add_heading (content, _ ("Summary"), NULL);
  {
    g_auto (Text) text = { 0 };
    text_init (&text);
    if (header->len == 0)
      text_append (&text, _ ("no changes"), MARK_MUTED);
    for (guint i = 0; i < header->len; i++)
      {
        const RdHeaderChange *change = g_ptr_array_index (header, i);
        g_autofree char *name = g_strdup (change->name);

        g_strdelimit (name, "_", ' ');
        if (i > 0)
          g_string_append_c (text.text, '\n');
        text_append (&text, name, MARK_MUTED);
        g_string_append (text.text, ": ");
        if (change->old_value != NULL)
          text_append (&text, change->old_value, MARK_DELETED);
        else
          text_append (&text, _ ("(none)"), MARK_MUTED);
        g_string_append (text.text, " → ");
        if (change->new_value != NULL)
          text_append (&text, change->new_value, MARK_INSERTED);
        else
          text_append (&text, _ ("(none)"), MARK_MUTED);
      }
    add_row (content, _ ("Header"), &text);
  }
  {
    g_auto (Text) text = { 0 };
    text_init (&text);
    value = g_strdup_printf (ngettext ("%u joined", "%u joined", added->len), added->len);
    text_append (&text, value, MARK_NONE);
    g_clear_pointer (&value, g_free);
    if (added->len > 0)
      {
        g_string_append (text.text, ": ");
        append_sponsors (&text, added, MARK_INSERTED);
      }
    add_row (content, _ ("Sponsors joined"), &text);
  }
  {
    g_auto (Text) text = { 0 };
    text_init (&text);
    value = g_strdup_printf (ngettext ("%u left", "%u left", removed->len), removed->len);
    text_append (&text, value, MARK_NONE);
    g_clear_pointer (&value, g_free);
    if (removed->len > 0)
      {
        g_string_append (text.text, ": ");
        append_sponsors (&text, removed, MARK_DELETED);
      }
    add_row (content, _ ("Sponsors left"), &text);
  }
  value = g_strdup_printf (ngettext ("%u kept", "%u kept", kept->len), kept->len);
  add_plain_row (content, _ ("Sponsors kept"), value);
  g_clear_pointer (&value, g_free);

  value = g_strdup_printf (_ ("%u unchanged, %u modified, %u inserted, %u deleted, %u moved, %u split, %u merged; %u renumbered"),
                           stats->counts[RD_CHANGE_UNCHANGED], stats->counts[RD_CHANGE_MODIFIED], stats->counts[RD_CHANGE_INSERTED],
                           stats->counts[RD_CHANGE_DELETED], stats->counts[RD_CHANGE_MOVED], stats->counts[RD_CHANGE_SPLIT],
                           stats->counts[RD_CHANGE_MERGED], stats->renumbered);
  add_plain_row (content, _ ("Paragraphs"), value);
  g_clear_pointer (&value, g_free);

  value = g_strdup_printf (_ ("%u inserted, %u deleted"), stats->words_inserted, stats->words_deleted);
  add_plain_row (content, _ ("Words"), value);
  g_clear_pointer (&value, g_free);

  /* TRANSLATORS: beside "Operative verbs" and beside "Footnotes": the same
   * words for both, so best without a gender ("3 changes") */
  value = g_strdup_printf (ngettext ("%u changed", "%u changed", stats->verbs_changed), stats->verbs_changed);
  add_plain_row (content, _ ("Operative verbs"), value);
  g_clear_pointer (&value, g_free);

  value = g_strdup_printf (ngettext ("%u changed", "%u changed", stats->footnotes_changed), stats->footnotes_changed);
  add_plain_row (content, _ ("Footnotes"), value);
  g_clear_pointer (&value, g_free);

  {
    g_auto (Text) text = { 0 };
    GPtrArray *warnings = rd_comparison_get_warnings (comparison);

    text_init (&text);
    for (guint i = 0; i < warnings->len; i++)
      {
        if (text.text->len > 0)
          g_string_append_c (text.text, '\n');
        text_append (&text, g_ptr_array_index (warnings, i), MARK_NONE);
      }
    for (guint d = 0; d < G_N_ELEMENTS (documents); d++)
      {
        GPtrArray *document_warnings = rd_document_get_warnings (documents[d]);
        g_autofree char *name = g_path_get_basename (rd_document_get_file (documents[d]));

        for (guint i = 0; i < document_warnings->len; i++)
          {
            if (text.text->len > 0)
              g_string_append_c (text.text, '\n');
            text_append (&text, name, MARK_MUTED);
            g_string_append (text.text, ": ");
            text_append (&text, g_ptr_array_index (document_warnings, i), MARK_NONE);
          }
      }
    if (text.text->len > 0)
      add_row (content, _ ("Warnings"), &text);
  }
}

/* The legend: one block in a frame, each mark beside what it means. */
static void
build_legend (RdPrintContent *content)
{
  RdPrintBlock *block;
  const double sample_width = SUMMARY_LABEL_WIDTH - 12.0;
  const double padding = 8.0;
  double y = padding;
  struct
  {
    const char *sample;
    guint mark;
    const char *meaning;
  } rows[] = {
    { N_ ("inserted text"), MARK_INSERTED, N_ ("Inserted: underlined, in blue.") },
    { N_ ("deleted text"), MARK_DELETED, N_ ("Deleted: struck through, in red.") },
    { N_ ("moved from PP 12"), MARK_MOVED, N_ ("Moved: framed at its new place, with where it came from; a dashed frame at its old place says where it went.") },
    /* TRANSLATORS: a sample of a renumbered operative paragraph; "OP" as
     * in "OP %s" */
    { N_ ("OP 7 → 8"), MARK_NONE, N_ ("Renumbered: the old number, then the new one.") },
    /* TRANSLATORS: a sample of a split paragraph; "PP" as in "PP %u" */
    { N_ ("PP 3 → PP 3 + PP 4"), MARK_NONE, N_ ("Split and merged paragraphs name their partners.") },
    { "", MARK_NONE, N_ ("A bar in the margin stands beside every changed paragraph; a label above it says what changed.") },
  };

  add_heading (content, _ ("Legend"), NULL);
  block = block_new (HEADING_GAP);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_auto (Text) sample = { 0 };
      g_auto (Text) meaning = { 0 };
      PangoLayout *sample_layout = new_layout (content, content->summary_font, sample_width - 12.0);
      PangoLayout *meaning_layout = new_layout (content, content->summary_font, content->width - SUMMARY_LABEL_WIDTH - padding);
      double sample_height;
      double meaning_height;

      text_init (&sample);
      text_init (&meaning);
      text_append (&sample, *rows[i].sample != '\0' ? _ (rows[i].sample) : "", rows[i].mark);
      text_append (&meaning, _ (rows[i].meaning), MARK_NONE);
      layout_set_text (sample_layout, &sample);
      layout_set_text (meaning_layout, &meaning);
      sample_height = block_add_text (block, sample_layout, padding + 4.0, y);
      meaning_height = block_add_text (block, meaning_layout, SUMMARY_LABEL_WIDTH, y);
      if (rows[i].mark == MARK_MOVED)
        block_add_shape (block, RD_PRINT_CELL_BOX, RD_PRINT_INK_MOVED, padding, y - 2.0, sample_width - 4.0, sample_height + 4.0);
      if (*rows[i].sample == '\0')
        block_add_shape (block, RD_PRINT_CELL_BAR, RD_PRINT_INK_CHANGED, padding + 6.0, y, 0, meaning_height);
      y += MAX (sample_height, meaning_height) + 5.0;
    }
  y += padding - 5.0;
  block_add_shape (block, RD_PRINT_CELL_BOX, RD_PRINT_INK_RULE, 0, 0, content->width, y);
  block_grow (block, y);
  g_ptr_array_add (content->blocks, block);
}

/* The title and formula above the paragraphs, the title marked when it
 * changed. */
static void
build_document_head (RdPrintContent *content)
{
  RdDocument *old_document = rd_comparison_get_old (content->comparison);
  RdDocument *new_document = rd_comparison_get_new (content->comparison);
  const char *old_title = rd_document_get_title (old_document);
  const char *new_title = rd_document_get_title (new_document);
  const char *formula = rd_document_get_field (new_document, RD_FIELD_FORMULA);
  gboolean two_columns = content->layout == RD_LAYOUT_SIDE_BY_SIDE;

  if (old_title != NULL || new_title != NULL)
    {
      g_autoptr (RdDiff) diff = rd_diff_texts (old_title != NULL ? old_title : "", new_title != NULL ? new_title : "", RD_DIFF_FLAGS_NONE, 0);
      RdPrintBlock *block = block_new (PARAGRAPH_SPACE);
      Side sides[] = { SIDE_OLD, SIDE_NEW };
      double bottom = 0.0;

      for (guint s = 0; s < (two_columns ? 2u : 1u); s++)
        {
          g_auto (Text) text = { 0 };
          double width = two_columns ? content->column_width : content->width;
          double x = 0.0;
          PangoLayout *layout;

          text_init (&text);
          append_diff (&text, diff, two_columns ? sides[s] : SIDE_BOTH, NULL, NULL);
          layout = new_paragraph_layout (content, &text, RD_PARAGRAPH_HEADING, width, &x);
          double height = block_add_text (block, layout, s * (content->column_width + GUTTER), 0);

          bottom = MAX (bottom, height);
        }
      block_grow (block, bottom);
      g_ptr_array_add (content->blocks, block);
    }
  if (formula != NULL)
    {
      RdPrintBlock *block = block_new (PARAGRAPH_SPACE);

      for (guint s = 0; s < (two_columns ? 2u : 1u); s++)
        {
          g_auto (Text) text = { 0 };
          PangoLayout *layout = new_layout (content, content->body_font, two_columns ? content->column_width : content->width);

          text_init (&text);
          text_append (&text, formula, MARK_ITALIC);
          layout_set_text (layout, &text);
          pango_layout_set_indent (layout, (int) (FIRST_LINE_INDENT * PANGO_SCALE));
          block_add_text (block, layout, s * (content->column_width + GUTTER), 0);
        }
      if (two_columns)
        add_column_rule (content, block, block->height);
      g_ptr_array_add (content->blocks, block);
    }
}

static void
build_front_matter (RdPrintContent *content)
{
  RdDocument *old_document = rd_comparison_get_old (content->comparison);
  RdDocument *new_document = rd_comparison_get_new (content->comparison);
  const char *title = rd_document_get_title (new_document);
  RdPrintBlock *block = block_new (0.0);
  PangoLayout *layout;
  double y;

  if (title == NULL)
    title = rd_document_get_title (old_document);
  if (title == NULL)
    title = _ ("Comparison of two versions");
  layout = new_layout (content, content->title_font, content->width);
  pango_layout_set_text (layout, title, -1);
  y = block_add_text (block, layout, 0, 0);
  layout = rd_print_content_new_label (content,
                                       content->layout == RD_LAYOUT_SIDE_BY_SIDE
                                           ? _ ("Comparison of two versions, side by side")
                                           : _ ("Comparison of two versions, marked up (redline)"),
                                       RD_PRINT_INK_MUTED, FALSE);
  pango_layout_set_width (layout, (int) (content->width * PANGO_SCALE));
  y += 3.0;
  y += block_add_text (block, layout, 0, y);
  block_grow (block, y + 8.0);
  block->anchor = g_strdup ("summary");
  /* TRANSLATORS: the PDF outline's entry for the first page */
  block->outline = g_strdup (_ ("Summary"));
  g_ptr_array_add (content->blocks, block);

  build_summary (content);
  build_legend (content);

  add_heading (content, content->layout == RD_LAYOUT_SIDE_BY_SIDE ? _ ("Text, side by side") : _ ("Marked-up text"), "text");
  if (content->layout == RD_LAYOUT_SIDE_BY_SIDE)
    {
      RdPrintBlock *captions = block_new (HEADING_GAP);
      RdDocument *documents[] = { old_document, new_document };
      double bottom = 0.0;

      for (guint s = 0; s < 2; s++)
        {
          g_autofree char *name = rd_print_document_name (documents[s]);
          g_autofree char *caption = rd_print_caption (s == 1, name);
          PangoLayout *caption_layout = rd_print_content_new_label (content, caption, RD_PRINT_INK_MUTED, TRUE);
          double height;

          pango_layout_set_width (caption_layout, (int) (content->column_width * PANGO_SCALE));
          height = block_add_text (captions, caption_layout, s * (content->column_width + GUTTER), 0);
          bottom = MAX (bottom, height);
        }
      block_grow (captions, bottom);
      captions->keep_with_next = TRUE;
      g_ptr_array_add (content->blocks, captions);
    }
  build_document_head (content);
}

static void
build_tail (RdPrintContent *content)
{
  GPtrArray *changes = rd_comparison_get_changes (content->comparison);
  GPtrArray *footnotes = rd_comparison_get_footnote_changes (content->comparison);
  GArray *last = g_ptr_array_index (content->by_origin, changes->len);

  for (guint i = 0; last != NULL && i < last->len; i++)
    build_moved_placeholder (content, g_array_index (last, guint, i));

  if (footnotes->len == 0)
    return;
  add_heading (content, _ ("Footnotes"), "footnotes");
  for (guint i = 0; i < footnotes->len; i++)
    build_change (content, g_ptr_array_index (footnotes, i), i);
}

static void
array_unref_or_null (gpointer array)
{
  if (array != NULL)
    g_array_unref (array);
}

/* Public API */

char *
rd_print_caption (gboolean later,
                  const char *name)
{
  /* TRANSLATORS: above the columns of the side-by-side layout: "Earlier:
   * A/C.3/68/L.4" and "Later: A/C.3/68/L.4/Rev.1" */
  return later ? g_strdup_printf (_ ("Later: %s"), name) : g_strdup_printf (_ ("Earlier: %s"), name);
}

RdPrintContent *
rd_print_content_new (RdComparison *comparison,
                      RdLayout layout,
                      PangoContext *context,
                      double width)
{
  RdPrintContent *content = g_new0 (RdPrintContent, 1);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  /* Two columns on landscape paper carry as many words a line at a
   * smaller size. */
  const char *body = layout == RD_LAYOUT_SIDE_BY_SIDE ? SERIF_FAMILIES " 9" : SERIF_FAMILIES " 10";

  content->comparison = g_object_ref (comparison);
  content->layout = layout;
  content->context = g_object_ref (context);
  content->width = width;
  content->column_width = (width - GUTTER) / 2.0;
  content->body_font = pango_font_description_from_string (body);
  content->label_font = pango_font_description_from_string (SANS_FAMILIES " 7.5");
  content->summary_font = pango_font_description_from_string (SANS_FAMILIES " 8.5");
  content->heading_font = pango_font_description_from_string (SANS_FAMILIES " Bold 11");
  content->title_font = pango_font_description_from_string (SANS_FAMILIES " Bold 15");
  content->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_print_block_free);

  content->by_origin = g_ptr_array_new_with_free_func (array_unref_or_null);
  g_ptr_array_set_size (content->by_origin, changes->len + 1);
  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);
      GArray *here;

      if (change->type != RD_CHANGE_MOVED || change->origin > changes->len)
        continue;
      here = g_ptr_array_index (content->by_origin, change->origin);
      if (here == NULL)
        {
          here = g_array_new (FALSE, FALSE, sizeof (guint));
          g_ptr_array_index (content->by_origin, change->origin) = here;
        }
      g_array_append_val (here, i);
    }
  return content;
}

void
rd_print_content_free (RdPrintContent *content)
{
  g_clear_object (&content->comparison);
  g_clear_object (&content->context);
  g_clear_pointer (&content->body_font, pango_font_description_free);
  g_clear_pointer (&content->label_font, pango_font_description_free);
  g_clear_pointer (&content->summary_font, pango_font_description_free);
  g_clear_pointer (&content->heading_font, pango_font_description_free);
  g_clear_pointer (&content->title_font, pango_font_description_free);
  g_clear_pointer (&content->blocks, g_ptr_array_unref);
  g_clear_pointer (&content->by_origin, g_ptr_array_unref);
  g_free (content);
}

guint
rd_print_content_get_n_items (RdPrintContent *content)
{
  /* The front matter, each change, the tail. */
  return rd_comparison_get_changes (content->comparison)->len + 2;
}

void
rd_print_content_build_item (RdPrintContent *content,
                             guint item)
{
  GPtrArray *changes = rd_comparison_get_changes (content->comparison);

  if (item == 0)
    build_front_matter (content);
  else if (item <= changes->len)
    {
      guint index = item - 1;
      GArray *here = g_ptr_array_index (content->by_origin, index);

      for (guint i = 0; here != NULL && i < here->len; i++)
        build_moved_placeholder (content, g_array_index (here, guint, i));
      build_change (content, g_ptr_array_index (changes, index), index);
    }
  else
    build_tail (content);
}

GPtrArray *
rd_print_content_get_blocks (RdPrintContent *content)
{
  return content->blocks;
}

double
rd_print_content_get_column_offset (RdPrintContent *content)
{
  return content->column_width + GUTTER;
}

PangoLayout *
rd_print_content_new_short_legend (RdPrintContent *content)
{
  g_auto (Text) text = { 0 };
  PangoLayout *layout = pango_layout_new (content->context);

  text_init (&text);
  text_append (&text, _ ("inserted"), MARK_INSERTED);
  g_string_append (text.text, " · ");
  text_append (&text, _ ("deleted"), MARK_DELETED);
  g_string_append (text.text, " · ");
  text_append (&text, _ ("moved: framed"), MARK_MOVED);
  pango_layout_set_font_description (layout, content->label_font);
  layout_set_text (layout, &text);
  return layout;
}
