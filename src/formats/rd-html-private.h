/* rd-html-private.h: what the parts of the HTML export share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-annotations.h"
#include "rd-html-tree.h"
#include "rd-html-writer.h"
#include "rd-presentation.h"

G_BEGIN_DECLS

enum
{
  BODY,
  NOTES,
  N_LISTS
};

typedef struct
{
  RdComparison *comparison;
  RdDocument *documents[2]; /* by RdSide: old, new */
  const RdHtmlOptions *options;
  gboolean side_by_side;
  xmlDocPtr doc;
  GPtrArray *lists[N_LISTS]; /* RdChange *: body and footnote changes */
  guint *numbers[N_LISTS];   /* per change: N of #change-N, 0 for
                              * changes that are no difference */
  RdPresentation *presentation;
} RdHtmlWriter;

/* The page's parts: the front matter (rd-html-summary.c). */
void rd_html_add_title_block (RdHtmlWriter *w, xmlNodePtr body);
void rd_html_add_summary (RdHtmlWriter *w, xmlNodePtr main_node);
void rd_html_add_legend (RdHtmlWriter *w, xmlNodePtr main_node);
void rd_html_add_change_list (RdHtmlWriter *w, xmlNodePtr main_node);

/* What the title blocks of a comparison and of a series share
 * (rd-html-summary.c): the <header id="top"> with @kicker over the
 * heading @title (@kicker when NULL); a column's heading in a table's
 * @row; the line "Generated on <time> by resdiff 0.1.0", which the
 * caller ends with what the page shows and a stop. */
xmlNodePtr rd_html_add_title_header (xmlNodePtr body, const char *kicker, const char *title);
void rd_html_add_column_heading (xmlNodePtr row, const char *text);
xmlNodePtr rd_html_add_generated_line (xmlNodePtr header, const RdHtmlOptions *options);

/* Shared by the parts (rd-html-writer.c). */

/* "change-N", the id of the change numbered N. */
char *rd_html_change_id (guint number);
/* The paragraph numbers of one side of @change: "OP 7", "PP 3–4". */
char *rd_html_describe_side (RdHtmlWriter *w, const RdChange *change, RdSide side);

/* Whether a library marked passages of agreed language in what the
 * changes inserted (rd_annotations_get_passages ()). */
gboolean rd_html_has_agreed_passages (RdHtmlWriter *w);
/* One paragraph of the presentation: number and runs.  @w may be NULL
 * (a page without footnotes to link to: a series). */
void rd_html_add_shown_paragraph (RdHtmlWriter *w, xmlNodePtr parent, const RdShownParagraph *paragraph, const char *extra_class);
/* The <head>: meta tags, the Content-Security-Policy, @title, the style
 * sheet and @extra_css (or NULL) after it, and the @page rule for
 * portrait or @landscape paper. */
void rd_html_add_head (xmlNodePtr html, const RdHtmlOptions *options, const char *title, const char *extra_css, gboolean landscape);
/* html-export.css without its comments. */
char *rd_html_style_sheet (void);
/* The first of @documents' languages fit for lang, or "en". */
const char *rd_html_language (RdDocument *const *documents, guint n_documents);
GBytes *rd_html_serialise (xmlDocPtr doc, GError **error);
/* A new page: <!DOCTYPE html> and its <html lang="@language">, with
 * dir="rtl" when @right_to_left.  Returns the <html> element; its doc is
 * the page, which rd_html_finish_document () frees. */
xmlNodePtr rd_html_new_document (const char *language, gboolean right_to_left);
/* Ends the lines of @main_node, its <body> and <html>, serialises the page
 * and frees it.  Returns the bytes, or NULL with @error set. */
GBytes *rd_html_finish_document (xmlNodePtr main_node, GError **error);

G_END_DECLS
