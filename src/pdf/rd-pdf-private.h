/* rd-pdf-private.h: what the stages of the PDF importer share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rd-import-pdf.c reads the characters of each page (pages in parallel);
 * rd-pdf-lines.c groups them into lines; rd-pdf-blocks.c sets page
 * furniture and footnotes apart and builds the blocks.  All distances are
 * in PDF points (1/72 inch), y growing downwards.
 */

#pragma once

#include "rd-block.h"

#include <poppler.h>

G_BEGIN_DECLS

/* Per-byte attributes of text being built: italic, and the footnote mark
 * run the byte belongs to (0 for none). */
#define ATTR_ITALIC 1u
#define ATTR_RUN_SHIFT 1

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
  GPtrArray *pages;    /* GPtrArray of PdfLine *, one per page */
  GArray *heights;     /* double, page heights */
  GHashTable *words;   /* lower-case words of the document */
  GPtrArray *builders; /* the blocks being built, in rd-pdf-blocks.c */
  double body_size;
  double column_left;
  double column_right;
  guint next_run;
  GRegex *footer;
  GRegex *numbered;
  GRegex *heading_number;
} Pdf;

/* Lines: rd-pdf-lines.c */

/* The page's characters (PdfChar) with their boxes and fonts.  Called in
 * the thread that owns @page's document. */
GArray *rd_pdf_page_get_chars (PopplerPage *page);
/* Groups the page's characters @chars into lines (PdfLine), top to
 * bottom; sorts @chars. */
GPtrArray *rd_pdf_page_build_lines (Pdf *pdf,
                                    int page,
                                    GArray *chars);
void rd_pdf_line_free (PdfLine *line);

/* Blocks: rd-pdf-blocks.c */

/* The blocks of the pages whose characters are @page_chars (a GArray of
 * PdfChar a page) and heights @heights (double). */
RdBlockList *rd_pdf_import_pages (GPtrArray *page_chars,
                                  GArray *heights,
                                  GError **error);

G_END_DECLS
