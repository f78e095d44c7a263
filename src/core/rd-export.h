/* rd-export.h: the marked-up copies that modules make (HTML, PDF)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rd-comparison.h"
#include "rd-layout.h"
#include "rd-series.h"

G_BEGIN_DECLS

/*
 * HTML needs libxml2 (the "formats" module) and PDF needs Pango and Cairo
 * (the "print" module): the command line and the window call these, which
 * reach the module through its interface (rd-module.h) and load it on
 * first use, so that text and JSON output never map either.
 */

/* Zero-initialised ({ 0 }) is the default: redline, every paragraph, made
 * now, by this program. */
typedef struct
{
  RdLayout layout;
  gboolean changes_only;       /* fold runs of unchanged paragraphs into
                                * "N unchanged paragraphs" lines */
  gboolean substantive_only;   /* routine updates (rd-routine.h) shown as
                                * the paragraphs read now, not as changes */
  GDateTime *generated;        /* when the file says it was made; NULL for
                                * now (tests fix it) */
  const char *program_name;    /* NULL for PACKAGE_NAME */
  const char *program_version; /* NULL for PACKAGE_VERSION */
} RdHtmlOptions;

/* The comparison as one self-contained HTML file (docs/html-export.md).
 * Fails when the "formats" module cannot be loaded (RD_EXTENSION_ERROR) or
 * libxml2 cannot serialise the page; the message gives the cause only. */
GBytes *rd_export_html (RdComparison *comparison, const RdHtmlOptions *options, GError **error);

/* The word processor formats of the marked-up copy (docs/word-export.md). */
typedef enum
{
  RD_OFFICE_DOCX, /* Word (Office Open XML), w:ins/w:del */
  RD_OFFICE_ODT,  /* OpenDocument text, text:tracked-changes */
} RdOfficeFormat;

/* Zero-initialised: Word, changes dated now. */
typedef struct
{
  RdOfficeFormat format;
  GDateTime *date; /* the tracked changes' date; NULL for now (tests fix
                    * it) */
} RdOfficeOptions;

/* The new version laid out as a UN document, every change from the old
 * one a tracked change by "Resdiff": accepting them all gives the new
 * version, rejecting them all the old one.  Fails when the "formats"
 * module cannot be loaded or the file cannot be written; the message
 * gives the cause only. */
GBytes *rd_export_office (RdComparison *comparison, const RdOfficeOptions *options, GError **error);

/* Zero-initialised ({ 0 }): redline, every change. */
typedef struct
{
  RdLayout layout;           /* a series is always a redline */
  gboolean substantive_only; /* routine updates (rd-routine.h) shown as the
                              * paragraphs read now, not as changes (a
                              * series: counted, not listed) */
} RdPdfOptions;

/* The comparison paginated as a PDF document in @layout, on the locale's
 * paper.  Fails when the "print" module cannot be loaded or Cairo cannot
 * write the pages. */
GBytes *rd_export_pdf (RdComparison *comparison, RdLayout layout, GError **error);
/* The same with @options (NULL for the defaults). */
GBytes *rd_export_pdf_full (RdComparison *comparison, const RdPdfOptions *options, GError **error);

/* A series of versions (rd-series.h): the versions, a summary of each
 * step, then the history of every paragraph that ever changed, each
 * step's change as a redline (docs/series.md), as one HTML file (of
 * @options, the program, the date and substantive_only apply) or as PDF.
 * Fail as rd_export_html() and rd_export_pdf() do. */
GBytes *rd_export_series_html (RdSeries *series, const RdHtmlOptions *options, GError **error);
GBytes *rd_export_series_pdf (RdSeries *series, const RdPdfOptions *options, GError **error);

G_END_DECLS
