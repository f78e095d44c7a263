/* rd-import.h: format detection and the importers
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rd-block.h"
#include "rd-document.h"
#include "rd-limits.h"

G_BEGIN_DECLS

#define RD_IMPORT_ERROR (rd_import_error_quark ())
GQuark rd_import_error_quark (void);

typedef enum
{
  RD_IMPORT_ERROR_NOT_FOUND,
  RD_IMPORT_ERROR_NOT_READABLE,
  RD_IMPORT_ERROR_IS_DIRECTORY,
  RD_IMPORT_ERROR_EMPTY,
  RD_IMPORT_ERROR_BINARY,      /* not a format we read */
  RD_IMPORT_ERROR_ENCODING,    /* text in no encoding we can read */
  RD_IMPORT_ERROR_UNSUPPORTED, /* a known format we do not read (.doc) */
  RD_IMPORT_ERROR_NO_TEXT,     /* a PDF without a text layer */
  RD_IMPORT_ERROR_ENCRYPTED,
  RD_IMPORT_ERROR_DAMAGED,
  RD_IMPORT_ERROR_TOO_LARGE,
} RdImportError;

typedef enum
{
  RD_FORMAT_UNKNOWN,
  RD_FORMAT_TEXT,
  RD_FORMAT_PDF,
  RD_FORMAT_DOCX,
  RD_FORMAT_ODT,
  RD_FORMAT_HTML,
  RD_FORMAT_AKN,
  RD_FORMAT_DOC, /* legacy Word 97-2003: recognised, not read */
  RD_FORMAT_ZIP, /* a zip archive that is neither DOCX nor ODT */
} RdFormat;

/* Files larger than RD_LIMIT_FILE_SIZE are refused before they are read;
 * the other limits on what a file may hold are in rd-limits.h too. */

const char *rd_format_to_string (RdFormat format);

/* Recognises the format from the first bytes of the content (magic bytes
 * and markup), never from a file name. */
RdFormat rd_format_detect (const guint8 *data, gsize length);

/* Reads and imports @file.  Errors are in RD_IMPORT_ERROR and their message
 * is one line that starts with the file's name: "FILE: cause". */
RdBlockList *rd_import_file (GFile *file, GCancellable *cancellable, GError **error);

/* Imports content already in memory; @display_name names it in messages. */
RdBlockList *rd_import_bytes (GBytes *bytes, const char *display_name, GError **error);

/* The importers: each returns blocks or sets an error whose message gives
 * the cause only (rd_import_bytes prefixes the name). */
RdBlockList *rd_import_text (GBytes *bytes, GError **error);
RdBlockList *rd_import_pdf (GBytes *bytes, GError **error);
RdBlockList *rd_import_docx (GBytes *bytes, GError **error);
RdBlockList *rd_import_odt (GBytes *bytes, GError **error);
RdBlockList *rd_import_html (GBytes *bytes, GError **error);
RdBlockList *rd_import_akn (GBytes *bytes, GError **error);

/* FALSE, with RD_IMPORT_ERROR_TOO_LARGE naming the limit, when the content
 * of @list passed one of the limits its blocks are checked against
 * (RdBlockLimit).  Every importer calls it before it decides that it found
 * no text, and rd_import_bytes after each importer. */
gboolean rd_import_check_limits (const RdBlockList *list, GError **error);

/* What an importer returns at its end: @list, which it takes, or NULL with
 * the error when its content passed a limit (rd_import_check_limits()) or
 * it holds no blocks (RD_IMPORT_ERROR_EMPTY, @empty_message). */
RdBlockList *rd_import_finish (RdBlockList *list, const char *empty_message, GError **error);
/* What an importer of Word and OpenDocument files does with tracked
 * changes: reads the text as it is once they are all accepted (the
 * default: what the document has become), or all rejected (what it was
 * before them). */
typedef enum
{
  RD_TRACKED_CHANGES_ACCEPT,
  RD_TRACKED_CHANGES_REJECT,
} RdTrackedChanges;

typedef struct
{
  RdTrackedChanges tracked_changes;
  /* NULL, or stops reading a PDF at its next page once cancelled
   * (G_IO_ERROR_CANCELLED). */
  GCancellable *cancellable;
} RdImportOptions;

/* rd_import_bytes() with @options (NULL: the defaults). */
RdBlockList *rd_import_bytes_with_options (GBytes *bytes, const char *display_name, const RdImportOptions *options, GError **error);

/* A file named on the command line (a path or a URI); a path is a local
 * file that loads none of GIO's modules. */
GFile *rd_file_new_for_argument (const char *arg);

/* The name messages use for @file: relative to the current directory when
 * it is inside it, else the full path or URI. */
char *rd_file_display_name (GFile *file);

/* Import then parse: the usual way to open a version. */
RdDocument *rd_document_load (GFile *file, GCancellable *cancellable, GError **error);

G_END_DECLS
