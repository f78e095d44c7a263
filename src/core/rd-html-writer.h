/* rd-html-writer.h: a comparison as one self-contained HTML file
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rd-comparison.h"

G_BEGIN_DECLS

#define RD_HTML_ERROR (rd_html_error_quark ())
GQuark rd_html_error_quark (void);

typedef enum
{
  RD_HTML_ERROR_FAILED, /* libxml2 could not serialise the tree */
} RdHtmlError;

typedef enum
{
  RD_HTML_LAYOUT_REDLINE,      /* one column: the new text with deletions
                                * and insertions marked in place */
  RD_HTML_LAYOUT_SIDE_BY_SIDE, /* a table: old left, new right, a row per
                                * change */
} RdHtmlLayout;

/* Zero-initialised ({ 0 }) is the default: redline, every paragraph, made
 * now, by this program. */
typedef struct
{
  RdHtmlLayout layout;
  gboolean changes_only;       /* fold runs of unchanged paragraphs into
                                * "N unchanged paragraphs" lines */
  GDateTime *generated;        /* when the file says it was made; NULL for
                                * now (tests fix it) */
  const char *program_name;    /* NULL for PACKAGE_NAME */
  const char *program_version; /* NULL for PACKAGE_VERSION */
} RdHtmlOptions;

/* "redline" or "side-by-side"; FALSE for anything else. */
gboolean rd_html_layout_from_string (const char *name, RdHtmlLayout *layout);
const char *rd_html_layout_to_string (RdHtmlLayout layout);

/*
 * The comparison as one HTML5 file in UTF-8 (structure and classes in
 * docs/html-export.md): a title block, a summary, a legend, the list of
 * changes, the text in the chosen layout and the footnotes.  Inline CSS
 * only, no script, no external resource, and a Content-Security-Policy
 * that forbids them.  Built with libxml2's tree and serialiser, so every
 * piece of document text is escaped.  Grows linearly with the documents.
 */
GBytes *rd_html_write (RdComparison *comparison, const RdHtmlOptions *options, GError **error);

/*
 * What "Save as HTML" in the window and `resdiff OLD NEW -o FILE.html` both
 * do: rd_html_write(), then rd_save_bytes() (a temporary file beside
 * @target renamed into place; a target that is one of @inputs, a
 * NULL-terminated array, is refused).  The error message is one line that
 * names the file.
 */
gboolean rd_html_save (RdComparison *comparison,
                       const RdHtmlOptions *options,
                       GFile *target,
                       GFile *const *inputs,
                       GCancellable *cancellable,
                       GError **error);

G_END_DECLS
