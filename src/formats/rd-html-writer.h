/* rd-html-writer.h: a comparison as one self-contained HTML file
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rd-comparison.h"
#include "rd-export.h"
#include "rd-series.h"

G_BEGIN_DECLS

#define RD_HTML_ERROR (rd_html_error_quark ())
GQuark rd_html_error_quark (void);

typedef enum
{
  RD_HTML_ERROR_FAILED, /* libxml2 could not serialise the tree */
} RdHtmlError;

/*
 * The comparison as one HTML5 file in UTF-8 (structure and classes in
 * docs/html-export.md): a title block, a summary, a legend, the list of
 * changes, the text in the chosen layout and the footnotes.  Inline CSS
 * only, no script, no external resource, and a Content-Security-Policy
 * that forbids them.  Built with libxml2's tree and serialiser, so every
 * piece of document text is escaped.  Grows linearly with the documents.
 * The "formats" module's write_html (rd-module.h): outside this library,
 * call rd_export_html() (rd-export.h).
 */
GBytes *rd_html_write (RdComparison *comparison, const RdHtmlOptions *options, GError **error);

/*
 * A series of versions (rd-series.h) as one HTML file, on its
 * presentation (rd-series-presentation.h): the versions, a summary of
 * each step, then the history of every paragraph that ever changed, each
 * step's change to it as a redline (docs/series.md).  Of @options, the
 * program, the date and substantive_only (routine updates counted, not
 * listed) apply.  The "formats" module's write_series_html.
 */
GBytes *rd_html_write_series (RdSeries *series, const RdHtmlOptions *options, GError **error);

/*
 * rd_html_write(), then rd_save_bytes() (a temporary file beside @target
 * renamed into place; a target that is one of @inputs, a NULL-terminated
 * array, is refused), as "Save as HTML" in the window and `resdiff OLD NEW
 * -o FILE.html` do with rd_export_html().  The error message is one line
 * that names the file.
 */
gboolean rd_html_save (RdComparison *comparison,
                       const RdHtmlOptions *options,
                       GFile *target,
                       GFile *const *inputs,
                       GCancellable *cancellable,
                       GError **error);

G_END_DECLS
