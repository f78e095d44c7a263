/* rd-print-content.h: a comparison as blocks of Pango layouts (private)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compositor paginates blocks: a block is kept on one page unless it
 * is taller than a page, and is made of cells placed relative to its
 * top-left corner (text, frames, change bars, rules).  This file turns a
 * comparison into blocks; it knows nothing of pages.
 */

#pragma once

#include <pango/pangocairo.h>

#include "rd-print-compositor.h"
#include "rd-print-text.h"

G_BEGIN_DECLS

typedef enum
{
  RD_PRINT_CELL_TEXT, /* a Pango layout at x, y */
  RD_PRINT_CELL_BOX,  /* a frame around x, y, width, height */
  RD_PRINT_CELL_BAR,  /* a change bar from y to y + height at x */
  RD_PRINT_CELL_RULE, /* a line from x, y to x + width, y + height */
} RdPrintCellKind;

/* Text that names the page of another place, filled in when drawn (the
 * page is known only once everything is paginated). */
typedef enum
{
  RD_PRINT_REF_NONE,
  RD_PRINT_REF_MOVED_TO,   /* at the old place: "OP 14 moved to OP 16, page 5" */
  RD_PRINT_REF_MOVED_FROM, /* at the new place: "OP 16, moved from OP 14,
                            * page 2" */
} RdPrintRef;

typedef struct
{
  RdPrintCellKind kind;
  double x;
  double y;
  double width;
  double height;
  PangoLayout *layout; /* text */
  RdPrintInk ink;      /* box, bar, rule */
  gboolean dashed;
  char *link;       /* text: the anchor it links to, or NULL */
  RdPrintRef ref;   /* text: rewritten with the page number when drawn */
  char *ref_prefix; /* what comes before the reference, or NULL */
  char *ref_label;  /* the other place: "OP 14" */
  char *ref_suffix; /* what comes after it, or NULL */
  char *ref_anchor; /* its anchor, whose page is named */
  GArray *lines;    /* text: double pairs, top and bottom of each line
                     * in the cell; filled when the block is split */
} RdPrintCell;

typedef struct
{
  GPtrArray *cells; /* RdPrintCell * */
  double height;
  double space_before;     /* dropped at the top of a page */
  gboolean keep_with_next; /* a heading: never last on a page */
  gboolean columns;        /* side by side: text in two columns */
  char *anchor;            /* a PDF destination and page reference */
  char *outline;           /* an entry in the PDF outline, or NULL */
  guint outline_level;     /* 0 for a section, 1 for a change */
} RdPrintBlock;

void rd_print_block_free (RdPrintBlock *block);

/* The lines of a text cell, as top and bottom pairs in block
 * coordinates. */
const GArray *rd_print_cell_get_lines (RdPrintCell *cell);

/* The text of a reference cell for page @page (1-based). */
char *rd_print_cell_format_ref (const RdPrintCell *cell, guint page);

typedef struct _RdPrintContent RdPrintContent;

/* @width: the body's width in points. */
RdPrintContent *rd_print_content_new (RdComparison *comparison,
                                      RdLayout layout,
                                      PangoContext *context,
                                      double width);
void rd_print_content_free (RdPrintContent *content);
/* Before the first item is built: fold unchanged paragraphs into "N
 * unchanged paragraphs" lines (@changes_only), label paragraphs whose
 * number alone changed ("OP 47 → 50", @show_renumbered). */
void rd_print_content_set_options (RdPrintContent *content, gboolean changes_only, gboolean show_renumbered, gboolean substantive_only);
/* Before the first item is built, after the options: the content is
 * @series (its versions, steps and the history of each paragraph that
 * changed, rd-print-series.c) rather than the comparison. */
void rd_print_content_set_series (RdPrintContent *content, RdSeries *series);

/* Items are built in order: the front matter (title, summary, legend),
 * then one item per change, then the footnotes.  Each call appends the
 * blocks of one item to the content's list. */
guint rd_print_content_get_n_items (RdPrintContent *content);
void rd_print_content_build_item (RdPrintContent *content, guint item);

GPtrArray *rd_print_content_get_blocks (RdPrintContent *content); /* RdPrintBlock * */

/* Where the second column starts, from the body's left edge. */
double rd_print_content_get_column_offset (RdPrintContent *content);

/* A layout of @text in the label font, coloured @ink. */
PangoLayout *rd_print_content_new_label (RdPrintContent *content,
                                         const char *text,
                                         RdPrintInk ink,
                                         gboolean bold);

/* The footer's short legend, with its marks. */
PangoLayout *rd_print_content_new_short_legend (RdPrintContent *content);

/* A column's caption in the side-by-side layout: "Earlier: A/C.3/68/L.4". */
char *rd_print_caption (gboolean later, const char *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdPrintContent, rd_print_content_free)

G_END_DECLS
