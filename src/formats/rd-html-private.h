/* rd-html-private.h: what the parts of the HTML export share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-html-tree.h"
#include "rd-html-writer.h"

G_BEGIN_DECLS

enum
{
  OLD,
  NEW
};

enum
{
  BODY,
  NOTES,
  N_LISTS
};

typedef enum
{
  SHOW_REDLINE, /* both sides in one: common, deleted and inserted text */
  SHOW_OLD,     /* the old side: common and deleted text */
  SHOW_NEW,     /* the new side: common and inserted text */
} Show;

typedef struct
{
  RdComparison *comparison;
  RdDocument *documents[2];
  const RdHtmlOptions *options;
  gboolean side_by_side;
  xmlDocPtr doc;
  GPtrArray *lists[N_LISTS];     /* RdChange *: body and footnote changes */
  guint *numbers[N_LISTS];       /* per change: N of #change-N, 0 for
                                  * changes that are no difference */
  GHashTable *footnote_index[2]; /* marker → footnote index + 1 */
} RdHtmlWriter;

/* One paragraph or footnote of one version, as the writer shows it. */
typedef struct
{
  const char *text;
  const char *number;       /* "7", "a", a footnote's mark; NULL if none */
  const char *number_label; /* as printed: "7.", "(a)"; NULL if none */
  const GArray *refs;       /* RdFootnoteRef; NULL for footnotes */
  const char *kind;         /* a class: "operative", "footnote", ... */
} Item;

/* The page's parts: the front matter (rd-html-summary.c). */
void rd_html_add_title_block (RdHtmlWriter *w, xmlNodePtr body);
void rd_html_add_summary (RdHtmlWriter *w, xmlNodePtr main_node);
void rd_html_add_legend (RdHtmlWriter *w, xmlNodePtr main_node);
void rd_html_add_change_list (RdHtmlWriter *w, xmlNodePtr main_node);

/* Shared by the parts (rd-html-writer.c). */

/* "change-N", the id of the change numbered N. */
char *rd_html_change_id (guint number);
/* A version's file name, without its folder. */
char *rd_html_file_name (RdDocument *document);
/* How the title and headings name a version: its symbol, or its file. */
char *rd_html_document_name (RdDocument *document);
/* The paragraph numbers of one side of @change: "OP 7", "PP 3–4". */
char *rd_html_describe_side (RdHtmlWriter *w, const RdChange *change, int side);
void rd_html_get_item (RdHtmlWriter *w, int side, gboolean footnote, guint index, Item *item);
void rd_html_get_change_item (RdHtmlWriter *w, const RdChange *change, int side, guint k, Item *item);

G_END_DECLS
