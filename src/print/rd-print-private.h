/* rd-print-private.h: what the parts of the print content share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-print-content.h"
#include "rd-print-text.h"
#include "rd-series-presentation.h"

G_BEGIN_DECLS

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

struct _RdPrintContent
{
  RdComparison *comparison;
  RdPresentation *presentation;
  RdLayout layout;
  PangoContext *context;
  double width;        /* the body */
  double column_width; /* side by side: each column */

  PangoFontDescription *body_font;
  PangoFontDescription *label_font;
  PangoFontDescription *summary_font;
  PangoFontDescription *heading_font;
  PangoFontDescription *title_font;

  GPtrArray *blocks; /* RdPrintBlock * */

  gboolean changes_only;     /* runs of unchanged paragraphs as one line */
  gboolean show_renumbered;  /* label paragraphs only renumbered */
  gboolean substantive_only; /* routine updates read as they read now */

  RdSeriesPresentation *series; /* a series' content, or NULL */
  GPtrArray *histories;         /* RdShownHistory *, of @series */
};

/* Blocks (rd-print-content.c). */
RdPrintBlock *rd_print_block_new (double space_before);
void rd_print_block_grow (RdPrintBlock *block, double bottom);
/* Adds a text cell for @layout (taken) at @x, @y; returns its height. */
double rd_print_block_add_text (RdPrintBlock *block, PangoLayout *layout, double x, double y);
RdPrintCell *rd_print_block_add_shape (RdPrintBlock *block, RdPrintCellKind kind, RdPrintInk ink, double x, double y, double width, double height);

/* Layouts (rd-print-content.c). */
PangoLayout *rd_print_content_new_layout (RdPrintContent *content, const PangoFontDescription *font, double width);
void rd_print_layout_set_text (PangoLayout *layout, RdPrintText *text);
/* A paragraph of the document, indented as the UN prints it; @x is where
 * its cell goes. */
PangoLayout *rd_print_content_new_paragraph_layout (RdPrintContent *content, RdPrintText *text, RdParagraphKind kind, double width, double *x);
/* A section heading with a rule under it, kept with what follows; with an
 * @anchor, also a PDF destination and outline entry. */
RdPrintBlock *rd_print_content_add_heading (RdPrintContent *content, const char *title, const char *anchor);
/* The rule between the columns of the side-by-side layout, through the
 * space above the block too, so the columns read as columns down the
 * page. */
void rd_print_content_add_column_rule (RdPrintContent *content, RdPrintBlock *block, double bottom);

/* The front matter (rd-print-summary.c): the title, the summary, the
 * legend and the heading of the text. */
void rd_print_content_build_front_matter (RdPrintContent *content);
/* The first page's title block: @title, @line under it in grey; the PDF's
 * destination "summary" and its outline's first entry. */
void rd_print_content_add_title (RdPrintContent *content, const char *title, const char *line);

/* Item @item of a series (rd-print-series.c): 0 the versions and the
 * steps, then one paragraph's history each. */
void rd_print_series_build_item (RdPrintContent *content, guint item);

G_END_DECLS
