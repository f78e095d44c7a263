/* rd-print-content.c: a comparison as blocks of Pango layouts
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each paragraph is the presentation model's (rd-presentation.h), its runs
 * drawn by rd-print-text.c.  Marks are drawn as on screen and survive
 * black-and-white printing: insertions underlined, deletions struck
 * through (both also coloured), moved paragraphs framed.  The front matter
 * is rd-print-summary.c.
 */

#include "config.h"

#include "rd-print-content.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-annotations.h"
#include "rd-print-private.h"
#include "rd-text-util.h"

/* Static helpers */

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

/* Whether @change is shown as a change: a difference, and not a routine
 * update hidden by "substantive only" (which reads as the paragraphs read
 * now, as in the HTML export). */
static gboolean
shown_as_change (RdPrintContent *content,
                 const RdChange *change)
{
  return rd_change_is_difference (change) && rd_presentation_is_shown (content->presentation, change, content->substantive_only);
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
      y += rd_print_block_add_text (block, g_steal_pointer (&piece->layout), x + piece->x, y);
    }
  return y;
}

static void
add_piece (RdPrintContent *content,
           GArray *pieces,
           RdPrintText *text,
           RdParagraphKind kind,
           double width)
{
  Piece piece = { 0 };

  piece.layout = rd_print_content_new_paragraph_layout (content, text, kind, width, &piece.x);
  g_array_append_val (pieces, piece);
}

/* One version's side of a change (side by side), or both (redline):
 * the presentation's paragraphs as layouts, in @pieces. */
static void
build_change_text (RdPrintContent *content,
                   const RdChange *change,
                   RdSide side,
                   double width,
                   GArray *pieces)
{
  g_autoptr (GPtrArray) paragraphs = NULL;

  if (rd_change_is_difference (change) && !shown_as_change (content, change))
    paragraphs = rd_presentation_get_paragraphs_as_read (content->presentation, change, side == RD_SIDE_OLD ? RD_SIDE_OLD : RD_SIDE_NEW);
  else
    paragraphs = rd_presentation_get_paragraphs (content->presentation, change, side);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdShownParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      g_auto (RdPrintText) text = { 0 };

      rd_print_text_init (&text);
      rd_print_text_append_paragraph (&text, paragraph);
      add_piece (content, pieces, &text, paragraph->kind, width);
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

  rd_print_block_add_text (block, new_single_line (content, "", RD_PRINT_INK_MOVED, width), x, y);
  cell = g_ptr_array_index (block->cells, block->cells->len - 1);
  cell->ref = ref;
  cell->ink = RD_PRINT_INK_MOVED;
  return cell;
}

/* At a moved paragraph's old place: where it went. */
static void
build_moved_placeholder (RdPrintContent *content,
                         guint index)
{
  const RdChange *change = g_ptr_array_index (rd_comparison_get_changes (content->comparison), index);
  RdPrintBlock *block = rd_print_block_new (PARAGRAPH_SPACE);
  double width = content->layout == RD_LAYOUT_SIDE_BY_SIDE ? content->column_width : content->width;
  RdPrintCell *cell;
  double height;

  block->anchor = g_strdup_printf ("origin-%u", index);
  cell = block_add_ref (content, block, RD_PRINT_REF_MOVED_TO, BOX_PADDING, BOX_PADDING, width - 2 * BOX_PADDING);
  cell->ref_prefix = rd_presentation_describe_place (content->presentation, change, RD_SIDE_OLD);
  cell->ref_label = rd_presentation_describe_place (content->presentation, change, RD_SIDE_NEW);
  cell->ref_anchor = anchor_for_change (change, index);
  cell->link = g_strdup (cell->ref_anchor);
  height = cell_set_ref_page (cell, PAGE_PLACEHOLDER);
  cell = rd_print_block_add_shape (block, RD_PRINT_CELL_BOX, RD_PRINT_INK_MOVED, 0, 0, width, height + 2 * BOX_PADDING);
  cell->dashed = TRUE;
  rd_print_block_grow (block, height + 2 * BOX_PADDING);
  if (content->layout == RD_LAYOUT_SIDE_BY_SIDE)
    rd_print_content_add_column_rule (content, block, block->height);
  g_ptr_array_add (content->blocks, block);
}

static void
build_change (RdPrintContent *content,
              const RdChange *change,
              guint index)
{
  RdPrintBlock *block = rd_print_block_new (PARAGRAPH_SPACE);
  gboolean difference = shown_as_change (content, change);
  gboolean moved = difference && change->type == RD_CHANGE_MOVED && !change->footnote;
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
  if (difference || (change->renumbered && content->show_renumbered))
    {
      g_autofree char *label = rd_comparison_describe_change (content->comparison, change);
      g_autofree char *note = rd_annotations_dup_change_note (content->comparison, change);

      /* Who made it, when the comparison says: "[A/80/L.28: 1, 7]" */
      if (note != NULL)
        {
          char *noted = g_strdup_printf ("%s  [%s]", label, note);

          g_free (label);
          label = noted;
        }
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
          cell->ref_prefix = rd_presentation_describe_place (content->presentation, change, RD_SIDE_NEW);
          cell->ref_suffix = g_string_free (suffix, FALSE);
          cell->ref_label = rd_presentation_describe_place (content->presentation, change, RD_SIDE_OLD);
          cell->ref_anchor = g_strdup_printf ("origin-%u", index);
          cell->link = g_strdup (cell->ref_anchor);
          y = cell_set_ref_page (cell, PAGE_PLACEHOLDER);
        }
      else
        y = rd_print_block_add_text (block, new_single_line (content, label, RD_PRINT_INK_MUTED, label_width), 0, 0);
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

      build_change_text (content, change, RD_SIDE_OLD, content->column_width, old_pieces);
      build_change_text (content, change, RD_SIDE_NEW, content->column_width, new_pieces);
      old_bottom = stack_pieces (block, old_pieces, 0, text_top);
      new_bottom = stack_pieces (block, new_pieces, content->column_width + GUTTER, text_top);
      bottom = MAX (old_bottom, new_bottom);
      rd_print_content_add_column_rule (content, block, bottom);
    }
  else
    {
      g_autoptr (GArray) pieces = pieces_new ();

      build_change_text (content, change, RD_SIDE_REDLINE, content->width, pieces);
      bottom = stack_pieces (block, pieces, 0, text_top);
    }

  if (moved)
    {
      rd_print_block_add_shape (block, RD_PRINT_CELL_BOX, RD_PRINT_INK_MOVED, -BOX_PADDING, text_top - BOX_PADDING, content->width + 2 * BOX_PADDING, bottom - text_top + 2 * BOX_PADDING);
      bottom += BOX_PADDING;
    }
  if (difference)
    rd_print_block_add_shape (block, RD_PRINT_CELL_BAR, rd_print_ink_for_change (change->type), -BAR_OFFSET - (moved ? BOX_PADDING : 0), text_top, 0, MAX (bottom - text_top, 1.0));
  rd_print_block_grow (block, bottom);
  g_ptr_array_add (content->blocks, block);
}

/* The title and formula above the paragraphs, marked when they changed:
 * the title centred and bold, the formula in italics. */
static void
build_document_head (RdPrintContent *content)
{
  const RdField fields[] = { RD_FIELD_TITLE, RD_FIELD_FORMULA };
  gboolean two_columns = content->layout == RD_LAYOUT_SIDE_BY_SIDE;
  const RdSide sides[] = { RD_SIDE_OLD, RD_SIDE_NEW };

  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      RdPrintBlock *block = NULL;
      double bottom = 0.0;

      for (guint s = 0; s < (two_columns ? 2u : 1u); s++)
        {
          g_autoptr (GPtrArray) runs = rd_presentation_get_field_runs (content->presentation, fields[f], two_columns ? sides[s] : RD_SIDE_REDLINE);
          g_auto (RdPrintText) text = { 0 };
          double width = two_columns ? content->column_width : content->width;
          double x = 0.0;
          double height;
          PangoLayout *layout;

          if (runs == NULL)
            break;
          if (block == NULL)
            block = rd_print_block_new (PARAGRAPH_SPACE);
          rd_print_text_init (&text);
          rd_print_text_append_runs (&text, runs);
          if (fields[f] == RD_FIELD_TITLE)
            layout = rd_print_content_new_paragraph_layout (content, &text, RD_PARAGRAPH_HEADING, width, &x);
          else
            {
              rd_print_text_mark (&text, RD_PRINT_MARK_ITALIC, 0, text.text->len);
              layout = rd_print_content_new_layout (content, content->body_font, width);
              pango_layout_set_indent (layout, (int) (FIRST_LINE_INDENT * PANGO_SCALE));
              rd_print_layout_set_text (layout, &text);
            }
          height = rd_print_block_add_text (block, layout, s * (content->column_width + GUTTER), 0);
          bottom = MAX (bottom, height);
        }
      if (block == NULL)
        continue;
      rd_print_block_grow (block, bottom);
      if (two_columns && fields[f] == RD_FIELD_FORMULA)
        rd_print_content_add_column_rule (content, block, block->height);
      g_ptr_array_add (content->blocks, block);
    }
}

/* With "Show only changes": one muted line for a run of unchanged
 * paragraphs, written at its first (a moved paragraph's old place ends a
 * run, as in the window and the HTML). */
static void
build_unchanged_run (RdPrintContent *content,
                     guint index)
{
  GPtrArray *changes = rd_comparison_get_changes (content->comparison);
  RdPrintBlock *block;
  g_autofree char *text = NULL;
  guint count = 0;

  if (index > 0 && !shown_as_change (content, g_ptr_array_index (changes, index - 1)) && rd_presentation_get_moved_here (content->presentation, FALSE, index) == NULL)
    return;
  for (guint j = index; j < changes->len && !shown_as_change (content, g_ptr_array_index (changes, j)) && (j == index || rd_presentation_get_moved_here (content->presentation, FALSE, j) == NULL); j++)
    count++;
  block = rd_print_block_new (PARAGRAPH_SPACE);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unchanged paragraph", "%u unchanged paragraphs", count), count);
  rd_print_block_grow (block, rd_print_block_add_text (block, new_single_line (content, text, RD_PRINT_INK_MUTED, content->width), 0, 0));
  g_ptr_array_add (content->blocks, block);
}

static void
build_tail (RdPrintContent *content)
{
  GPtrArray *changes = rd_comparison_get_changes (content->comparison);
  GPtrArray *footnotes = rd_comparison_get_footnote_changes (content->comparison);
  const GArray *last = rd_presentation_get_moved_here (content->presentation, FALSE, changes->len);

  for (guint i = 0; last != NULL && i < last->len; i++)
    build_moved_placeholder (content, g_array_index (last, guint, i));

  if (footnotes->len == 0)
    return;
  rd_print_content_add_heading (content, _ ("Footnotes"), "footnotes");
  for (guint i = 0; i < footnotes->len; i++)
    build_change (content, g_ptr_array_index (footnotes, i), i);
}

/* Blocks, layouts, headings: shared with rd-print-summary.c */

void
rd_print_block_free (RdPrintBlock *block)
{
  g_ptr_array_unref (block->cells);
  g_free (block->anchor);
  g_free (block->outline);
  g_free (block);
}

RdPrintBlock *
rd_print_block_new (double space_before)
{
  RdPrintBlock *block = g_new0 (RdPrintBlock, 1);

  block->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free);
  block->space_before = space_before;
  return block;
}

void
rd_print_block_grow (RdPrintBlock *block,
                     double bottom)
{
  block->height = MAX (block->height, bottom);
}

/* Adds a text cell for @layout (taken) at @x, @y; returns its height. */
double
rd_print_block_add_text (RdPrintBlock *block,
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
  rd_print_block_grow (block, y + cell->height);
  return cell->height;
}

RdPrintCell *
rd_print_block_add_shape (RdPrintBlock *block,
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
  g_autofree char *prefix = cell->ref_prefix != NULL ? rd_text_dup_nonbreaking (cell->ref_prefix) : NULL;
  g_autofree char *label = rd_text_dup_nonbreaking (cell->ref_label);

  switch (cell->ref)
    {
    case RD_PRINT_REF_MOVED_TO:
      /* TRANSLATORS: at a moved paragraph's old place: "OP 14 moved to
       * OP 16, page 5" */
      sentence = g_strdup_printf (_ ("%s moved to %s, page %u"), prefix, label, page);
      return g_steal_pointer (&sentence);
    case RD_PRINT_REF_MOVED_FROM:
      /* TRANSLATORS: at a moved paragraph's new place: "moved from OP 14,
       * page 2" */
      sentence = g_strdup_printf (_ ("moved from %s, page %u"), label, page);
      return g_strconcat (prefix != NULL ? prefix : "", prefix != NULL ? ", " : "",
                          sentence, cell->ref_suffix != NULL ? cell->ref_suffix : "", NULL);
    case RD_PRINT_REF_NONE:
    default:
      return g_strdup ("");
    }
}

PangoLayout *
rd_print_content_new_layout (RdPrintContent *content,
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

void
rd_print_layout_set_text (PangoLayout *layout,
                          RdPrintText *text)
{
  pango_layout_set_text (layout, text->text->str, (int) text->text->len);
  pango_layout_set_attributes (layout, text->attrs);
}

PangoLayout *
rd_print_content_new_paragraph_layout (RdPrintContent *content,
                                       RdPrintText *text,
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
      rd_print_text_mark (text, RD_PRINT_MARK_BOLD, 0, text->text->len);
      break;
    case RD_PARAGRAPH_OTHER:
    default:
      break;
    }
  rd_print_text_trim (text);
  layout = rd_print_content_new_layout (content, content->body_font, width - *x);
  pango_layout_set_indent (layout, (int) (indent * PANGO_SCALE));
  pango_layout_set_justify (layout, kind != RD_PARAGRAPH_HEADING);
  if (kind == RD_PARAGRAPH_HEADING)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  rd_print_layout_set_text (layout, text);
  return layout;
}

PangoLayout *
rd_print_content_new_label (RdPrintContent *content,
                            const char *string,
                            RdPrintInk ink,
                            gboolean bold)
{
  g_auto (RdPrintText) text = { 0 };
  PangoLayout *layout = pango_layout_new (content->context);

  rd_print_text_init (&text);
  g_string_append (text.text, string);
  rd_print_text_add_color (&text, ink, 0, text.text->len);
  if (bold)
    rd_print_text_mark (&text, RD_PRINT_MARK_BOLD, 0, text.text->len);
  pango_layout_set_font_description (layout, content->label_font);
  rd_print_layout_set_text (layout, &text);
  return layout;
}

RdPrintBlock *
rd_print_content_add_heading (RdPrintContent *content,
                              const char *title,
                              const char *anchor)
{
  RdPrintBlock *block = rd_print_block_new (SECTION_SPACE);
  PangoLayout *layout = rd_print_content_new_layout (content, content->heading_font, content->width);
  double height;

  pango_layout_set_text (layout, title, -1);
  height = rd_print_block_add_text (block, layout, 0, 0);
  rd_print_block_add_shape (block, RD_PRINT_CELL_RULE, RD_PRINT_INK_RULE, 0, height + 2.0, content->width, 0);
  rd_print_block_grow (block, height + HEADING_GAP);
  block->keep_with_next = TRUE;
  if (anchor != NULL)
    {
      block->anchor = g_strdup (anchor);
      block->outline = g_strdup (title);
    }
  g_ptr_array_add (content->blocks, block);
  return block;
}

void
rd_print_content_add_column_rule (RdPrintContent *content,
                                  RdPrintBlock *block,
                                  double bottom)
{
  rd_print_block_add_shape (block, RD_PRINT_CELL_RULE, RD_PRINT_INK_RULE, content->column_width + GUTTER / 2, -block->space_before, 0, bottom + block->space_before);
  block->columns = TRUE;
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
  /* Two columns on landscape paper carry as many words a line at a
   * smaller size. */
  const char *body = layout == RD_LAYOUT_SIDE_BY_SIDE ? SERIF_FAMILIES " 9" : SERIF_FAMILIES " 10";

  content->comparison = g_object_ref (comparison);
  content->presentation = rd_presentation_new (comparison);
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

  return content;
}

void
rd_print_content_free (RdPrintContent *content)
{
  g_clear_object (&content->comparison);
  g_clear_object (&content->presentation);
  g_clear_object (&content->series);
  g_clear_pointer (&content->histories, g_ptr_array_unref);
  g_clear_object (&content->context);
  g_clear_pointer (&content->body_font, pango_font_description_free);
  g_clear_pointer (&content->label_font, pango_font_description_free);
  g_clear_pointer (&content->summary_font, pango_font_description_free);
  g_clear_pointer (&content->heading_font, pango_font_description_free);
  g_clear_pointer (&content->title_font, pango_font_description_free);
  g_clear_pointer (&content->blocks, g_ptr_array_unref);
  g_free (content);
}

void
rd_print_content_set_options (RdPrintContent *content,
                              gboolean changes_only,
                              gboolean show_renumbered,
                              gboolean substantive_only)
{
  content->changes_only = changes_only;
  content->show_renumbered = show_renumbered;
  content->substantive_only = substantive_only;
}

void
rd_print_content_set_series (RdPrintContent *content,
                             RdSeries *series)
{
  g_clear_object (&content->series);
  g_clear_pointer (&content->histories, g_ptr_array_unref);
  content->series = rd_series_presentation_new (series);
  content->histories = rd_series_presentation_dup_history (content->series, content->substantive_only);
}

guint
rd_print_content_get_n_items (RdPrintContent *content)
{
  /* A series: the front matter (versions, steps), each history. */
  if (content->series != NULL)
    return content->histories->len + 1;
  /* The front matter, each change, the tail. */
  return rd_comparison_get_changes (content->comparison)->len + 2;
}

void
rd_print_content_build_item (RdPrintContent *content,
                             guint item)
{
  GPtrArray *changes = rd_comparison_get_changes (content->comparison);

  if (content->series != NULL)
    rd_print_series_build_item (content, item);
  else if (item == 0)
    {
      rd_print_content_build_front_matter (content);
      build_document_head (content);
    }
  else if (item <= changes->len)
    {
      guint index = item - 1;
      const GArray *here = rd_presentation_get_moved_here (content->presentation, FALSE, index);

      for (guint i = 0; here != NULL && i < here->len; i++)
        build_moved_placeholder (content, g_array_index (here, guint, i));
      if (content->changes_only && !shown_as_change (content, g_ptr_array_index (changes, index)))
        build_unchanged_run (content, index);
      else
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
  g_auto (RdPrintText) text = { 0 };
  PangoLayout *layout = pango_layout_new (content->context);

  rd_print_text_init (&text);
  rd_print_text_append (&text, _ ("inserted"), RD_PRINT_MARK_INSERTED);
  g_string_append (text.text, " · ");
  rd_print_text_append (&text, _ ("deleted"), RD_PRINT_MARK_DELETED);
  g_string_append (text.text, " · ");
  rd_print_text_append (&text, _ ("moved: framed"), RD_PRINT_MARK_MOVED);
  pango_layout_set_font_description (layout, content->label_font);
  rd_print_layout_set_text (layout, &text);
  return layout;
}
