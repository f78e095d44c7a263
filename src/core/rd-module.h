/* rd-module.h: the interface of each loadable module, declared once
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <gmodule.h>

#include "rd-block.h"
#include "rd-comparison.h"
#include "rd-export.h"
#include "rd-extension.h"
#include "rd-import.h"
#include "rd-layout.h"
#include "rd-series.h"

G_BEGIN_DECLS

/*
 * Each module of the program (rd-extension.h) is one struct of functions
 * declared here, and one exported function in the module's folder,
 * src/NAME/rd-NAME-module.c, that returns its static definition:
 *
 *     static const RdPdfModule pdf_module = {
 *       RD_MODULE_HEADER_INIT (RdPdfModule, RD_PDF_MODULE_VERSION),
 *       .import_pdf = rd_import_pdf_with_poppler,
 *     };
 *     RD_MODULE_DEFINE_INTERFACE (RdPdfModule, pdf, pdf_module)
 *
 * The engine's getter, rd_NAME_module(), returns the struct (loading the
 * module when it is not linked in) or NULL with an error that says why.
 *
 * RD_NAME_MODULE_VERSION is raised whenever the struct changes in any way
 * but by appending a function, or a type it passes (here or in the
 * engine's headers: RdComparison, RdChange, RdBlockList, ...) changes
 * layout: a module built before is then refused rather than called with
 * the wrong types.  A function appended keeps the version: the size check
 * refuses a module that lacks it.
 */

/* In a module's rd-NAME-module.c: the one function it exports,
 * rd_NAME_module_interface (), returning @interface, a static struct of
 * @Type. */
#define RD_MODULE_DEFINE_INTERFACE(Type, name, interface)          \
  G_MODULE_EXPORT const Type *rd_##name##_module_interface (void); \
  const Type *rd_##name##_module_interface (void)                  \
  {                                                                \
    return &(interface);                                           \
  }

/* "formats": libxml2 and libarchive (src/formats). */

/* 2: RdBlockList gained n_footnotes and passed. */
#define RD_FORMATS_MODULE_VERSION 2

typedef struct
{
  RdModuleHeader header;
  /* The importers (rd-import.h), called by rd_import_docx() and friends:
   * blocks, or an RD_IMPORT_ERROR whose message gives the cause only. */
  RdBlockList *(*import_docx) (GBytes *bytes, GError **error);
  RdBlockList *(*import_odt) (GBytes *bytes, GError **error);
  RdBlockList *(*import_html) (GBytes *bytes, GError **error);
  RdBlockList *(*import_akn) (GBytes *bytes, GError **error);
  /* The HTML export, called by rd_export_html(). */
  GBytes *(*write_html) (RdComparison *comparison, const RdHtmlOptions *options, GError **error);
  /* The Word and OpenDocument export, called by rd_export_office(). */
  GBytes *(*write_office) (RdComparison *comparison, const RdOfficeOptions *options, GError **error);
  /* A Word or OpenDocument file with its tracked changes accepted or
   * rejected, called by rd_import_bytes_with_options(). */
  RdBlockList *(*import_office) (GBytes *bytes, RdTrackedChanges changes, GError **error);
  /* The HTML export of a series, called by rd_export_series_html(). */
  GBytes *(*write_series_html) (RdSeries *series, const RdHtmlOptions *options, GError **error);
} RdFormatsModule;

const RdFormatsModule *rd_formats_module (GError **error);

/* "pdf": poppler-glib (src/pdf); absent from builds without poppler. */

/* 2: RdBlockList gained n_footnotes and passed.  3: import_pdf takes a
 * GCancellable. */
#define RD_PDF_MODULE_VERSION 3

typedef struct
{
  RdModuleHeader header;
  /* The PDF importer, called by rd_import_pdf(): stops at the next page
   * once @cancellable (may be NULL) is cancelled. */
  RdBlockList *(*import_pdf) (GBytes *bytes, GCancellable *cancellable, GError **error);
} RdPdfModule;

const RdPdfModule *rd_pdf_module (GError **error);

/* "print": Pango and Cairo, no GTK (src/print). */

#define RD_PRINT_MODULE_VERSION 1

typedef struct
{
  RdModuleHeader header;
  /* Paginates and renders the comparison as PDF, called by
   * rd_export_pdf(). */
  GBytes *(*render_pdf) (RdComparison *comparison, RdLayout layout, GError **error);
  /* The same with options (--substantive), called by
   * rd_export_pdf_full(). */
  GBytes *(*render_pdf_full) (RdComparison *comparison, const RdPdfOptions *options, GError **error);
  /* A series as PDF, called by rd_export_series_pdf(). */
  GBytes *(*render_series_pdf) (RdSeries *series, const RdPdfOptions *options, GError **error);
} RdPrintModule;

const RdPrintModule *rd_print_module (GError **error);

/* "gtk": the window (src/gtk), with the print compositor linked in. */

#define RD_GTK_MODULE_VERSION 1

typedef struct
{
  RdModuleHeader header;
  /* Runs the application (the window front end) and returns its exit
   * status; @launch_time is g_get_monotonic_time() at the start of main(),
   * for RESDIFF_EXIT_AFTER_FIRST_FRAME. */
  int (*run) (int argc, char **argv, gint64 launch_time);
} RdGtkModule;

const RdGtkModule *rd_gtk_module (GError **error);

/* "fetch": libsoup 3 (src/fetch), the HTTP of documents fetched by
 * symbol (rd-fetch.h decides everything else). */

#define RD_FETCH_MODULE_VERSION 1

/* Bytes of the body received so far, of @total (0 when unknown). */
typedef void (*RdFetchBodyProgressFunc) (guint64 received, guint64 total, gpointer user_data);

typedef struct
{
  RdModuleHeader header;
  /* GET @url through the system's proxy settings (GIO), following
   * redirects, giving up after @timeout seconds without data: the body
   * whatever the status, with the final @status and the @content_type
   * (without parameters; NULL when none was given); NULL with
   * RD_FETCH_ERROR_UNREACHABLE or _TIMED_OUT, whose message gives the
   * cause only, or G_IO_ERROR_CANCELLED.  Blocks; safe in any thread. */
  GBytes *(*get) (const char *url, guint timeout, RdFetchBodyProgressFunc progress, gpointer user_data, guint *status, char **content_type, GCancellable *cancellable, GError **error);
} RdFetchModule;

const RdFetchModule *rd_fetch_module (GError **error);

/* "library": SQLite (src/library), the local library of resolutions and
 * the precedents of a document's paragraphs in it (docs/library.md). */

#define RD_LIBRARY_MODULE_VERSION 1

typedef struct
{
  RdModuleHeader header;
  /* resdiff --index PATH...: indexes the files under @paths into the
   * library at @library_path (NULL: the default one), reporting on
   * standard output and error; returns the exit status. */
  int (*run_index) (const char *library_path, char **paths);
  /* resdiff --precedents INPUT: the precedents of each paragraph of
   * @input (a file or symbol), as text or JSON; returns the exit status. */
  int (*run_precedents) (const char *library_path, const char *input, gboolean json);
  /* Attaches notes of agreed language to @comparison's inserted and
   * modified paragraphs (rd-annotations.h), from the library at
   * @library_path (NULL: the default one). */
  gboolean (*annotate) (const char *library_path, RdComparison *comparison, GError **error);
} RdLibraryModule;

const RdLibraryModule *rd_library_module (GError **error);

/* The "io" module: the engine's parts that take GIO (rd-import-file.c,
 * rd-loader.c, rd-save.c, rd-fetch.c) and the command line (src/cli).  The
 * program links none of GIO: it loads this module for any command line
 * that its quick path (rd_cli_quick_run()) leaves, and before any other
 * module, whose symbols it provides (rd_extension_set_io_in_module()). */
#define RD_IO_MODULE_VERSION 1

typedef struct
{
  RdModuleHeader header;
  /* rd_cli_run(): the headless command line; returns the exit status. */
  int (*run_cli) (int argc, char **argv);
  /* rd_loader_wait_background(): waits for loads still reading. */
  void (*wait_background) (void);
} RdIoModule;

const RdIoModule *rd_io_module (GError **error);

G_END_DECLS
