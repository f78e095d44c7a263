/* rd-print-compositor.c: a comparison paginated for printing and PDF
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pagination goes a few items at a time (as GtkSourcePrintCompositor
 * does), so a print dialog stays responsive on a long pair: each step
 * builds the blocks of some changes (rd-print-content.c) and places them
 * on pages.  A block stays on one page unless it is taller than a page;
 * then it is cut between lines.
 */

#include "config.h"

#include "rd-print-compositor.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>
#ifdef HAVE_NL_PAPER
#include <langinfo.h>
#endif

#include "rd-import.h"
#include "rd-print-content.h"
#include "rd-print-mirror.h"
#include "rd-series-presentation.h"
#include "rd-save.h"

/* Geometry, in points */

#define MM (72.0 / 25.4)
#define A4_WIDTH (210.0 * MM)
#define A4_HEIGHT (297.0 * MM)
/* Margins: 2 cm at the sides as in UN documents, less at the top and
 * bottom where the running header and footer stand. */
#define DEFAULT_MARGIN_SIDE (20.0 * MM)
#define DEFAULT_MARGIN_TOP (14.0 * MM)
#define DEFAULT_MARGIN_BOTTOM (14.0 * MM)
/* Landscape pages are short: narrower side margins give the columns
 * room. */
#define DEFAULT_MARGIN_SIDE_LANDSCAPE (15.0 * MM)
/* Between the running header (or footer) and the body. */
#define HEADER_GAP 10.0
/* The running header's symbols take at most this share of its width, the
 * page number the rest; the footer's title this share, the short legend
 * the rest. */
#define HEADER_SYMBOLS_SHARE 0.75
#define FOOTER_TITLE_SHARE 0.6
/* Between the running header and the columns' captions under it. */
#define CAPTION_GAP 4.0
/* Paper sizes the locale may give, in millimetres: outside them it is not
 * paper (a broken locale), and A4 is used. */
#define MIN_PAPER_MM 50
#define MAX_PAPER_MM 2000
/* The body must keep at least an inch's width and two inches' height, or
 * the margins asked for are set aside. */
#define MIN_BODY_WIDTH 72.0
#define MIN_BODY_HEIGHT 144.0
/* Line widths: a change bar stands out; rules and frames do not. */
#define BAR_LINE_WIDTH 2.5
#define RULE_LINE_WIDTH 0.5
/* Changes built and placed per pagination step: small enough that a
 * step takes a few milliseconds. */
#define ITEMS_PER_STEP 40
/* A paragraph longer than a page starts on the current page only when
 * this much room is left; otherwise it starts a fresh page. */
#define MIN_ROOM_FOR_LONG_BLOCK 72.0
/* A heading stays with at least this much of what follows. */
#define KEEP_WITH_NEXT_MIN 36.0
/* Slack for rounding in layout heights. */
#define EPSILON 0.01

/* The struct */

typedef struct
{
  guint block;
  double from; /* the part of the block, in block coordinates */
  double to;
  double y; /* where it stands on its page, from the body's top */
} PagePiece;

typedef struct
{
  guint first_piece;
  guint n_pieces;
  gboolean has_columns; /* side by side: shows two-column text */
} Page;

typedef enum
{
  STATE_INIT,
  STATE_PAGINATING,
  STATE_DONE,
} State;

struct _RdPrintCompositor
{
  GObject parent_instance;

  RdComparison *comparison; /* a series: its last step */
  RdSeries *series;         /* or NULL */
  RdLayout layout;
  gboolean changes_only;
  gboolean show_renumbered;
  gboolean substantive_only;
  double page_width;
  double page_height;
  double margin_top;
  double margin_bottom;
  double margin_left;
  double margin_right;

  /* Pagination */
  State state;
  PangoContext *context;
  RdPrintContent *content;
  guint n_items;
  guint next_item;
  guint next_block;         /* the first block not yet placed */
  double y;                 /* the next free place on the last page */
  GArray *pieces;           /* PagePiece */
  GArray *pages;            /* Page */
  GHashTable *anchor_pages; /* char * → page index + 1 */

  /* The running header and footer */
  PangoLayout *header_symbols;
  PangoLayout *header_page;
  PangoLayout *captions[2];
  PangoLayout *footer_legend;
  PangoLayout *footer_title;
  double header_height;
  double footer_height;
  double body_top;
  double body_height;
  double body_width;
  gboolean right_to_left; /* pages mirrored (rd-print-mirror.h) */
};

G_DEFINE_TYPE (RdPrintCompositor, rd_print_compositor, G_TYPE_OBJECT)
/* clang-format off */
G_DEFINE_QUARK (rd-print-error-quark, rd_print_error)
/* clang-format on */

enum
{
  PROP_0,
  PROP_COMPARISON,
  PROP_LAYOUT,
  PROP_SERIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Paper */

/* The locale's paper, as GTK finds it: A4 almost everywhere, US Letter
 * in the Americas. */
static void
default_paper_size (double *width,
                    double *height)
{
  *width = A4_WIDTH;
  *height = A4_HEIGHT;
#ifdef HAVE_NL_PAPER
  {
    /* glibc returns the numbers themselves, in millimetres, cast to a
     * pointer. */
    int w = (int) (gintptr) nl_langinfo (_NL_PAPER_WIDTH);
    int h = (int) (gintptr) nl_langinfo (_NL_PAPER_HEIGHT);

    if (w >= MIN_PAPER_MM && w <= MAX_PAPER_MM && h >= MIN_PAPER_MM && h <= MAX_PAPER_MM)
      {
        *width = w * MM;
        *height = h * MM;
      }
  }
#endif
}

/* Pagination */

static void
reset_pagination (RdPrintCompositor *self)
{
  self->state = STATE_INIT;
  self->next_item = 0;
  self->next_block = 0;
  self->y = 0.0;
  g_clear_pointer (&self->content, rd_print_content_free);
  g_clear_object (&self->context);
  g_clear_object (&self->header_symbols);
  g_clear_object (&self->header_page);
  g_clear_object (&self->captions[0]);
  g_clear_object (&self->captions[1]);
  g_clear_object (&self->footer_legend);
  g_clear_object (&self->footer_title);
  g_array_set_size (self->pieces, 0);
  g_array_set_size (self->pages, 0);
  g_hash_table_remove_all (self->anchor_pages);
}

static double
layout_height (PangoLayout *layout)
{
  int height = 0;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* A context that lays text out the same on any surface: no hinting of
 * metrics, so the pages drawn match the pages counted, and one unit per
 * point. */
static PangoContext *
create_pango_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_destroy (options);
  return context;
}

static void
setup_furniture (RdPrintCompositor *self)
{
  RdDocument *old_document = rd_comparison_get_old (self->comparison);
  RdDocument *new_document = rd_comparison_get_new (self->comparison);
  g_autofree char *old_name = rd_document_dup_display_name (self->series != NULL ? rd_series_get_version (self->series, 0) : old_document);
  g_autofree char *new_name = rd_document_dup_display_name (new_document);
  /* A series: its first and last versions. */
  g_autofree char *symbols = g_strdup_printf (self->series != NULL ? "%s → … → %s" : "%s → %s", old_name, new_name);
  const char *title = rd_document_get_title (new_document);
  double header_width = self->page_width - self->margin_left - self->margin_right;

  self->header_symbols = rd_print_content_new_label (self->content, symbols, RD_PRINT_INK_TEXT, TRUE);
  pango_layout_set_width (self->header_symbols, (int) (header_width * HEADER_SYMBOLS_SHARE * PANGO_SCALE));
  pango_layout_set_ellipsize (self->header_symbols, PANGO_ELLIPSIZE_MIDDLE);
  self->header_page = rd_print_content_new_label (self->content, "", RD_PRINT_INK_TEXT, FALSE);
  self->header_height = layout_height (self->header_symbols);

  if (self->layout == RD_LAYOUT_SIDE_BY_SIDE)
    {
      const char *names[] = { old_name, new_name };
      double caption_height = 0.0;

      for (guint s = 0; s < 2; s++)
        {
          g_autofree char *caption = rd_print_caption (s == 1, names[s]);
          self->captions[s] = rd_print_content_new_label (self->content, caption, RD_PRINT_INK_MUTED, TRUE);
          caption_height = MAX (caption_height, layout_height (self->captions[s]));
        }
      self->header_height += CAPTION_GAP + caption_height;
    }

  self->footer_legend = rd_print_content_new_short_legend (self->content);
  self->footer_title = rd_print_content_new_label (self->content, title != NULL ? title : "", RD_PRINT_INK_MUTED, FALSE);
  pango_layout_set_width (self->footer_title, (int) (header_width * FOOTER_TITLE_SHARE * PANGO_SCALE));
  pango_layout_set_ellipsize (self->footer_title, PANGO_ELLIPSIZE_END);
  self->footer_height = MAX (layout_height (self->footer_legend), layout_height (self->footer_title));

  self->body_top = self->margin_top + self->header_height + HEADER_GAP;
  self->body_height = self->page_height - self->body_top - self->margin_bottom - self->footer_height - HEADER_GAP;
  self->body_width = header_width;
}

static Page *
current_page (RdPrintCompositor *self)
{
  return &g_array_index (self->pages, Page, self->pages->len - 1);
}

static void
start_page (RdPrintCompositor *self)
{
  Page page = { self->pieces->len, 0, FALSE };

  g_array_append_val (self->pages, page);
  self->y = 0.0;
}

static void
add_piece (RdPrintCompositor *self,
           guint block_index,
           double from,
           double to,
           double y)
{
  RdPrintBlock *block = g_ptr_array_index (rd_print_content_get_blocks (self->content), block_index);
  PagePiece piece = { block_index, from, to, y };
  Page *page = current_page (self);

  g_array_append_val (self->pieces, piece);
  page->n_pieces++;
  if (from == 0.0 && block->anchor != NULL)
    g_hash_table_insert (self->anchor_pages, g_strdup (block->anchor), GUINT_TO_POINTER (self->pages->len));
  page->has_columns |= block->columns;
  self->y = y + (to - from);
}

/* Where to cut @block at or above @limit so that no line of text is cut
 * in two; @from when no line fits. */
static double
find_cut (RdPrintBlock *block,
          double from,
          double limit)
{
  double cut = limit;
  gboolean moved = TRUE;

  while (moved)
    {
      moved = FALSE;
      for (guint i = 0; i < block->cells->len; i++)
        {
          RdPrintCell *cell = g_ptr_array_index (block->cells, i);
          const GArray *lines;

          if (cell->kind != RD_PRINT_CELL_TEXT || cell->y >= cut || cell->y + cell->height <= cut)
            continue;
          lines = rd_print_cell_get_lines (cell);
          for (guint l = 0; l + 1 < lines->len; l += 2)
            {
              double top = g_array_index (lines, double, l);
              double bottom = g_array_index (lines, double, l + 1);

              if (top < cut - EPSILON && bottom > cut + EPSILON)
                {
                  cut = top;
                  moved = TRUE;
                  break;
                }
            }
        }
    }
  return cut > from + EPSILON ? cut : from;
}

/* The height @block needs where it starts: with a heading, some of what
 * follows too. */
static double
needed_height (RdPrintCompositor *self,
               guint index)
{
  GPtrArray *blocks = rd_print_content_get_blocks (self->content);
  RdPrintBlock *block = g_ptr_array_index (blocks, index);
  double needed = block->height;

  if (block->keep_with_next && index + 1 < blocks->len)
    {
      RdPrintBlock *next = g_ptr_array_index (blocks, index + 1);
      needed += next->space_before + MIN (next->height, KEEP_WITH_NEXT_MIN);
    }
  return needed;
}

static void
place_block (RdPrintCompositor *self,
             guint index)
{
  RdPrintBlock *block = g_ptr_array_index (rd_print_content_get_blocks (self->content), index);
  gboolean empty = current_page (self)->n_pieces == 0;
  double space = empty ? 0.0 : block->space_before;
  double from = 0.0;

  if (!empty && self->y + space + needed_height (self, index) > self->body_height + EPSILON)
    {
      /* A block that fits on a page goes to the next one whole; a longer
       * one starts here when a fair part of it fits. */
      if (block->height <= self->body_height || self->body_height - self->y - space < MIN_ROOM_FOR_LONG_BLOCK)
        {
          start_page (self);
          space = 0.0;
        }
    }

  self->y += space;
  while (TRUE)
    {
      double room = self->body_height - self->y;
      double cut;

      if (block->height - from <= room + EPSILON)
        {
          add_piece (self, index, from, block->height, self->y);
          return;
        }
      cut = find_cut (block, from, from + room);
      if (cut <= from)
        {
          if (current_page (self)->n_pieces > 0)
            {
              start_page (self);
              continue;
            }
          /* A single line taller than the page: cut it anyway. */
          cut = from + room;
        }
      add_piece (self, index, from, cut, self->y);
      start_page (self);
      from = cut;
    }
}

static void
place_blocks (RdPrintCompositor *self,
              gboolean all)
{
  GPtrArray *blocks = rd_print_content_get_blocks (self->content);

  /* A heading waits until what follows it is built. */
  while (self->next_block < blocks->len)
    {
      RdPrintBlock *block = g_ptr_array_index (blocks, self->next_block);
      if (!all && block->keep_with_next && self->next_block + 1 >= blocks->len)
        break;
      place_block (self, self->next_block);
      self->next_block++;
    }
}

/* Drawing */

static void
set_ink (cairo_t *cr,
         RdPrintInk ink)
{
  double red = 0.0;
  double green = 0.0;
  double blue = 0.0;

  rd_print_ink_get_rgb (ink, &red, &green, &blue);
  cairo_set_source_rgb (cr, red, green, blue);
}

static void
show_layout (cairo_t *cr,
             PangoLayout *layout,
             double x,
             double y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static guint
anchor_page (RdPrintCompositor *self,
             const char *anchor)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->anchor_pages, anchor));
}

/* A text cell's layout, its lines ending at the cell's mirrored end on a
 * page read right to left. */
static void
show_cell_layout (RdPrintCompositor *self,
                  cairo_t *cr,
                  RdPrintCell *cell)
{
  double x = cell->x;
  double x_end = 0.0;

  if (!self->right_to_left)
    {
      show_layout (cr, cell->layout, cell->x, cell->y);
      return;
    }
  rd_print_cell_mirror (cell, self->body_width, &x, &x_end);
  rd_print_show_layout_at_end (cr, cell->layout, x_end, cell->y);
}

static void
draw_cell (RdPrintCompositor *self,
           cairo_t *cr,
           RdPrintCell *cell)
{
  double x = cell->x;
  double x_end = cell->x + cell->width;

  if (self->right_to_left)
    rd_print_cell_mirror (cell, self->body_width, &x, &x_end);

  switch (cell->kind)
    {
    case RD_PRINT_CELL_TEXT:
      if (cell->ref != RD_PRINT_REF_NONE)
        {
          g_autofree char *text = rd_print_cell_format_ref (cell, anchor_page (self, cell->ref_anchor));
          pango_layout_set_text (cell->layout, text, -1);
        }
      set_ink (cr, cell->ink);
      if (cell->link != NULL && anchor_page (self, cell->link) > 0)
        {
          g_autofree char *attributes = g_strdup_printf ("dest='%s'", cell->link);
          cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
          show_cell_layout (self, cr, cell);
          cairo_tag_end (cr, CAIRO_TAG_LINK);
        }
      else
        show_cell_layout (self, cr, cell);
      break;

    case RD_PRINT_CELL_BOX:
      set_ink (cr, cell->ink);
      cairo_set_line_width (cr, 1.0);
      if (cell->dashed)
        {
          const double dashes[] = { 3.0, 2.0 };
          cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0.0);
        }
      cairo_rectangle (cr, x, cell->y, cell->width, cell->height);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0.0);
      break;

    case RD_PRINT_CELL_BAR:
      set_ink (cr, cell->ink);
      cairo_set_line_width (cr, BAR_LINE_WIDTH);
      cairo_move_to (cr, x, cell->y);
      cairo_line_to (cr, x, cell->y + cell->height);
      cairo_stroke (cr);
      break;

    case RD_PRINT_CELL_RULE:
      set_ink (cr, cell->ink);
      cairo_set_line_width (cr, RULE_LINE_WIDTH);
      /* Mirrored, a rule runs from its end back to its start. */
      cairo_move_to (cr, self->right_to_left ? x_end : x, cell->y);
      cairo_line_to (cr, self->right_to_left ? x : x_end, cell->y + cell->height);
      cairo_stroke (cr);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
draw_piece (RdPrintCompositor *self,
            cairo_t *cr,
            const PagePiece *piece)
{
  RdPrintBlock *block = g_ptr_array_index (rd_print_content_get_blocks (self->content), piece->block);
  gboolean whole = piece->from == 0.0 && piece->to >= block->height;
  double top = self->body_top + piece->y;

  cairo_save (cr);
  if (!whole)
    {
      /* A part of a block taller than a page: only its lines, cut
       * between lines by find_cut. */
      cairo_rectangle (cr, 0, top, self->page_width, piece->to - piece->from);
      cairo_clip (cr);
    }
  cairo_translate (cr, self->margin_left, top - piece->from);

  if (piece->from == 0.0 && block->anchor != NULL)
    {
      g_autofree char *attributes = g_strdup_printf ("name='%s' x=%d y=%d", block->anchor, (int) self->margin_left, (int) top);
      cairo_tag_begin (cr, CAIRO_TAG_DEST, attributes);
      cairo_tag_end (cr, CAIRO_TAG_DEST);
    }

  for (guint i = 0; i < block->cells->len; i++)
    {
      RdPrintCell *cell = g_ptr_array_index (block->cells, i);
      if (cell->y > piece->to || cell->y + cell->height < piece->from)
        continue;
      draw_cell (self, cr, cell);
    }
  cairo_restore (cr);
}

static void
draw_furniture (RdPrintCompositor *self,
                cairo_t *cr,
                guint page_index)
{
  const Page *page = &g_array_index (self->pages, Page, page_index);
  /* TRANSLATORS: the running header's page number: "page 2 of 7" */
  g_autofree char *number = g_strdup_printf (_ ("page %u of %u"), page_index + 1, self->pages->len);
  double right = self->page_width - self->margin_right;
  double y = self->margin_top;
  double line_y;
  int width = 0;

  set_ink (cr, RD_PRINT_INK_TEXT);
  pango_layout_set_text (self->header_page, number, -1);
  pango_layout_get_size (self->header_page, &width, NULL);
  if (self->right_to_left)
    {
      /* Mirrored: the names at the right, the page number at the left. */
      rd_print_show_layout_at_end (cr, self->header_symbols, right, y);
      show_layout (cr, self->header_page, self->margin_left, y);
    }
  else
    {
      show_layout (cr, self->header_symbols, self->margin_left, y);
      show_layout (cr, self->header_page, right - (double) width / PANGO_SCALE, y);
    }
  y += layout_height (self->header_symbols);

  if (self->captions[0] != NULL && page->has_columns)
    {
      double offset = rd_print_content_get_column_offset (self->content);

      set_ink (cr, RD_PRINT_INK_MUTED);
      if (self->right_to_left)
        {
          /* The earlier version's column is the right one. */
          rd_print_show_layout_at_end (cr, self->captions[0], right, y + CAPTION_GAP);
          rd_print_show_layout_at_end (cr, self->captions[1], right - offset, y + CAPTION_GAP);
        }
      else
        {
          show_layout (cr, self->captions[0], self->margin_left, y + CAPTION_GAP);
          show_layout (cr, self->captions[1], self->margin_left + offset, y + CAPTION_GAP);
        }
    }

  line_y = self->margin_top + self->header_height + HEADER_GAP / 2;
  set_ink (cr, RD_PRINT_INK_RULE);
  cairo_set_line_width (cr, RULE_LINE_WIDTH);
  cairo_move_to (cr, self->margin_left, line_y);
  cairo_line_to (cr, right, line_y);
  cairo_stroke (cr);

  line_y = self->page_height - self->margin_bottom - self->footer_height - HEADER_GAP / 2;
  cairo_move_to (cr, self->margin_left, line_y);
  cairo_line_to (cr, right, line_y);
  cairo_stroke (cr);

  y = self->page_height - self->margin_bottom - self->footer_height;
  set_ink (cr, RD_PRINT_INK_MUTED);
  pango_layout_get_size (self->footer_legend, &width, NULL);
  if (self->right_to_left)
    {
      rd_print_show_layout_at_end (cr, self->footer_title, right, y);
      show_layout (cr, self->footer_legend, self->margin_left, y);
    }
  else
    {
      show_layout (cr, self->footer_title, self->margin_left, y);
      show_layout (cr, self->footer_legend, right - (double) width / PANGO_SCALE, y);
    }
}

/* PDF */

static cairo_status_t
append_to_array (void *closure,
                 const unsigned char *data,
                 unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The outline (bookmarks): the summary, the text with each change under
 * it, the footnotes. */
static void
add_outline (RdPrintCompositor *self,
             cairo_surface_t *surface)
{
  GPtrArray *blocks = rd_print_content_get_blocks (self->content);
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < blocks->len; i++)
    {
      RdPrintBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *link = NULL;
      int id;

      if (block->outline == NULL || block->anchor == NULL || anchor_page (self, block->anchor) == 0)
        continue;
      link = g_strdup_printf ("dest='%s'", block->anchor);
      id = cairo_pdf_surface_add_outline (surface, block->outline_level == 0 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                          block->outline, link, 0);
      if (block->outline_level == 0)
        parent = id;
    }
}

/* GObject overrides */

static void
rd_print_compositor_finalize (GObject *object)
{
  RdPrintCompositor *self = RD_PRINT_COMPOSITOR (object);

  reset_pagination (self);
  g_clear_object (&self->comparison);
  g_clear_object (&self->series);
  g_clear_pointer (&self->pieces, g_array_unref);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->anchor_pages, g_hash_table_unref);

  G_OBJECT_CLASS (rd_print_compositor_parent_class)->finalize (object);
}

static void
rd_print_compositor_get_property (GObject *object,
                                  guint prop_id,
                                  GValue *value,
                                  GParamSpec *pspec)
{
  RdPrintCompositor *self = RD_PRINT_COMPOSITOR (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;
    case PROP_LAYOUT:
      g_value_set_enum (value, self->layout);
      break;
    case PROP_SERIES:
      g_value_set_object (value, self->series);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_print_compositor_set_property (GObject *object,
                                  guint prop_id,
                                  const GValue *value,
                                  GParamSpec *pspec)
{
  RdPrintCompositor *self = RD_PRINT_COMPOSITOR (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      self->comparison = g_value_dup_object (value);
      break;
    case PROP_LAYOUT:
      self->layout = g_value_get_enum (value);
      break;
    case PROP_SERIES:
      self->series = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_print_compositor_constructed (GObject *object)
{
  RdPrintCompositor *self = RD_PRINT_COMPOSITOR (object);
  double width = 0.0;
  double height = 0.0;

  G_OBJECT_CLASS (rd_print_compositor_parent_class)->constructed (object);

  /* A series is printed as a redline; its last step gives the fonts'
   * comparison what a pair's would. */
  if (self->series != NULL && self->comparison == NULL)
    {
      self->comparison = g_object_ref (rd_series_get_step (self->series, rd_series_get_n_steps (self->series) - 1));
      self->layout = RD_LAYOUT_REDLINE;
    }
  g_return_if_fail (RD_IS_COMPARISON (self->comparison));

  default_paper_size (&width, &height);
  if (self->layout == RD_LAYOUT_SIDE_BY_SIDE)
    {
      self->page_width = MAX (width, height);
      self->page_height = MIN (width, height);
      self->margin_left = self->margin_right = DEFAULT_MARGIN_SIDE_LANDSCAPE;
    }
  else
    {
      self->page_width = MIN (width, height);
      self->page_height = MAX (width, height);
      self->margin_left = self->margin_right = DEFAULT_MARGIN_SIDE;
    }
  self->margin_top = DEFAULT_MARGIN_TOP;
  self->margin_bottom = DEFAULT_MARGIN_BOTTOM;
}

/* class_init and init */

static void
rd_print_compositor_class_init (RdPrintCompositorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rd_print_compositor_finalize;
  object_class->get_property = rd_print_compositor_get_property;
  object_class->set_property = rd_print_compositor_set_property;
  object_class->constructed = rd_print_compositor_constructed;

  properties[PROP_COMPARISON] =
      g_param_spec_object ("comparison", NULL, NULL, RD_TYPE_COMPARISON,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LAYOUT] =
      g_param_spec_enum ("layout", NULL, NULL, RD_TYPE_LAYOUT, RD_LAYOUT_REDLINE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SERIES] =
      g_param_spec_object ("series", NULL, NULL, RD_TYPE_SERIES,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rd_print_compositor_init (RdPrintCompositor *self)
{
  self->pieces = g_array_new (FALSE, FALSE, sizeof (PagePiece));
  self->pages = g_array_new (FALSE, FALSE, sizeof (Page));
  self->anchor_pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Public API */

RdPrintCompositor *
rd_print_compositor_new (RdComparison *comparison,
                         RdLayout layout)
{
  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);

  return g_object_new (RD_TYPE_PRINT_COMPOSITOR, "comparison", comparison, "layout", layout, NULL);
}

RdPrintCompositor *
rd_print_compositor_new_for_series (RdSeries *series)
{
  g_return_val_if_fail (RD_IS_SERIES (series), NULL);
  g_return_val_if_fail (rd_series_get_n_steps (series) > 0, NULL);

  return g_object_new (RD_TYPE_PRINT_COMPOSITOR, "series", series, NULL);
}

RdComparison *
rd_print_compositor_get_comparison (RdPrintCompositor *self)
{
  g_return_val_if_fail (RD_IS_PRINT_COMPOSITOR (self), NULL);

  return self->comparison;
}

RdLayout
rd_print_compositor_get_layout (RdPrintCompositor *self)
{
  g_return_val_if_fail (RD_IS_PRINT_COMPOSITOR (self), RD_LAYOUT_REDLINE);

  return self->layout;
}

void
rd_print_compositor_set_page_size (RdPrintCompositor *self,
                                   double width,
                                   double height)
{
  g_return_if_fail (RD_IS_PRINT_COMPOSITOR (self));
  g_return_if_fail (width > 0 && height > 0);

  self->page_width = width;
  self->page_height = height;
  reset_pagination (self);
}

void
rd_print_compositor_get_page_size (RdPrintCompositor *self,
                                   double *width,
                                   double *height)
{
  g_return_if_fail (RD_IS_PRINT_COMPOSITOR (self));

  if (width != NULL)
    *width = self->page_width;
  if (height != NULL)
    *height = self->page_height;
}

void
rd_print_compositor_set_margins (RdPrintCompositor *self,
                                 double top,
                                 double bottom,
                                 double left,
                                 double right)
{
  g_return_if_fail (RD_IS_PRINT_COMPOSITOR (self));
  g_return_if_fail (top >= 0 && bottom >= 0 && left >= 0 && right >= 0);

  self->margin_top = top;
  self->margin_bottom = bottom;
  self->margin_left = left;
  self->margin_right = right;
  reset_pagination (self);
}

void
rd_print_compositor_get_margins (RdPrintCompositor *self,
                                 double *top,
                                 double *bottom,
                                 double *left,
                                 double *right)
{
  g_return_if_fail (RD_IS_PRINT_COMPOSITOR (self));

  if (top != NULL)
    *top = self->margin_top;
  if (bottom != NULL)
    *bottom = self->margin_bottom;
  if (left != NULL)
    *left = self->margin_left;
  if (right != NULL)
    *right = self->margin_right;
}

gboolean
rd_print_compositor_paginate (RdPrintCompositor *self,
                              cairo_t *cr)
{
  guint stop;

  g_return_val_if_fail (RD_IS_PRINT_COMPOSITOR (self), TRUE);
  g_return_val_if_fail (cr != NULL, TRUE);

  if (self->state == STATE_DONE)
    return TRUE;

  if (self->state == STATE_INIT)
    {
      double width = self->page_width - self->margin_left - self->margin_right;

      /* Margins that leave no room fall back to the defaults' share of
       * the paper, so nothing is drawn off the page. */
      if (width < MIN_BODY_WIDTH || self->page_height - self->margin_top - self->margin_bottom < MIN_BODY_HEIGHT)
        {
          self->margin_left = self->margin_right = MIN (DEFAULT_MARGIN_SIDE, self->page_width / 8);
          self->margin_top = self->margin_bottom = MIN (DEFAULT_MARGIN_TOP, self->page_height / 8);
          width = self->page_width - self->margin_left - self->margin_right;
        }
      self->context = create_pango_context (cr);
      self->content = rd_print_content_new (self->comparison, self->layout, self->context, width);
      rd_print_content_set_options (self->content, self->changes_only, self->show_renumbered, self->substantive_only);
      if (self->series != NULL)
        rd_print_content_set_series (self->content, self->series);
      self->n_items = rd_print_content_get_n_items (self->content);
      self->right_to_left = rd_print_content_is_right_to_left (self->content);
      setup_furniture (self);
      start_page (self);
      self->state = STATE_PAGINATING;
    }

  stop = MIN (self->next_item + ITEMS_PER_STEP, self->n_items);
  for (; self->next_item < stop; self->next_item++)
    rd_print_content_build_item (self->content, self->next_item);
  place_blocks (self, self->next_item == self->n_items);

  if (self->next_item < self->n_items)
    return FALSE;

  /* A trailing page with nothing on it (a cut that ended exactly at the
   * bottom) is no page. */
  if (self->pages->len > 1 && current_page (self)->n_pieces == 0)
    g_array_set_size (self->pages, self->pages->len - 1);
  self->state = STATE_DONE;
  return TRUE;
}

double
rd_print_compositor_get_pagination_progress (RdPrintCompositor *self)
{
  g_return_val_if_fail (RD_IS_PRINT_COMPOSITOR (self), 0.0);

  if (self->state == STATE_DONE)
    return 1.0;
  if (self->state == STATE_INIT || self->n_items == 0)
    return 0.0;
  return (double) self->next_item / self->n_items;
}

guint
rd_print_compositor_get_n_pages (RdPrintCompositor *self)
{
  g_return_val_if_fail (RD_IS_PRINT_COMPOSITOR (self), 0);

  return self->state == STATE_DONE ? self->pages->len : 0;
}

void
rd_print_compositor_draw_page (RdPrintCompositor *self,
                               cairo_t *cr,
                               guint page_index)
{
  const Page *page;

  g_return_if_fail (RD_IS_PRINT_COMPOSITOR (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->state == STATE_DONE);
  g_return_if_fail (page_index < self->pages->len);

  page = &g_array_index (self->pages, Page, page_index);
  cairo_save (cr);
  draw_furniture (self, cr, page_index);
  for (guint i = 0; i < page->n_pieces; i++)
    draw_piece (self, cr, &g_array_index (self->pieces, PagePiece, page->first_piece + i));
  cairo_restore (cr);
}

GBytes *
rd_print_compositor_render_pdf (RdPrintCompositor *self,
                                GError **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  RdDocument *new_document;
  g_autofree char *old_name = NULL;
  g_autofree char *new_name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *creator = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (RD_IS_PRINT_COMPOSITOR (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  surface = cairo_pdf_surface_create_for_stream (append_to_array, bytes, self->page_width, self->page_height);
  new_document = rd_comparison_get_new (self->comparison);
  old_name = rd_document_dup_display_name (rd_comparison_get_old (self->comparison));
  new_name = rd_document_dup_display_name (new_document);
  if (self->series != NULL)
    {
      g_autoptr (RdSeriesPresentation) presentation = rd_series_presentation_new (self->series);

      title = rd_series_presentation_dup_title (presentation);
    }
  else
    /* TRANSLATORS: the PDF's title: "Comparison of A/C.3/80/L.4 and A/RES/80/228" */
    title = g_strdup_printf (_ ("Comparison of %s and %s"), old_name, new_name);
  creator = g_strdup_printf ("%s %s", PACKAGE_NAME, PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  if (rd_document_get_title (new_document) != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, rd_document_get_title (new_document));

  cr = cairo_create (surface);
  while (!rd_print_compositor_paginate (self, cr))
    ;
  add_outline (self, surface);
  for (guint page = 0; page < self->pages->len; page++)
    {
      rd_print_compositor_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, RD_PRINT_ERROR, RD_PRINT_ERROR_FAILED,
                   /* TRANSLATORS: %s is Cairo's reason */
                   _ ("cannot draw the PDF (%s)"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* The list of inputs ends with NULL. */
static void
unref_file (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

gboolean
rd_print_compositor_write_pdf (RdPrintCompositor *self,
                               GFile *file,
                               GCancellable *cancellable,
                               GError **error)
{
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (GPtrArray) inputs = g_ptr_array_new_with_free_func (unref_file);

  g_return_val_if_fail (RD_IS_PRINT_COMPOSITOR (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The documents name their files as the user gave them: the two
   * compared, or every version of a series. */
  if (self->series != NULL)
    for (guint v = 0; v < rd_series_get_n_versions (self->series); v++)
      g_ptr_array_add (inputs, g_file_new_for_commandline_arg (rd_document_get_file (rd_series_get_version (self->series, v))));
  else
    {
      g_ptr_array_add (inputs, g_file_new_for_commandline_arg (rd_document_get_file (rd_comparison_get_old (self->comparison))));
      g_ptr_array_add (inputs, g_file_new_for_commandline_arg (rd_document_get_file (rd_comparison_get_new (self->comparison))));
    }
  /* NULL-terminated, as rd_save_bytes() wants. */
  g_ptr_array_add (inputs, NULL);

  pdf = rd_print_compositor_render_pdf (self, error);
  if (pdf == NULL)
    {
      g_autofree char *name = rd_file_display_name (file);
      g_prefix_error (error, "%s: ", name);
      return FALSE;
    }
  return rd_save_bytes (file, pdf, (GFile *const *) inputs->pdata, cancellable, error);
}

void
rd_print_compositor_set_changes_only (RdPrintCompositor *self,
                                      gboolean changes_only)
{
  g_return_if_fail (RD_IS_PRINT_COMPOSITOR (self));
  g_return_if_fail (self->content == NULL);
  self->changes_only = changes_only;
}

void
rd_print_compositor_set_substantive_only (RdPrintCompositor *self,
                                          gboolean substantive_only)
{
  g_return_if_fail (RD_IS_PRINT_COMPOSITOR (self));
  g_return_if_fail (self->content == NULL);
  self->substantive_only = substantive_only;
}

void
rd_print_compositor_set_show_renumbered (RdPrintCompositor *self,
                                         gboolean show_renumbered)
{
  g_return_if_fail (RD_IS_PRINT_COMPOSITOR (self));
  g_return_if_fail (self->content == NULL);
  self->show_renumbered = show_renumbered;
}
