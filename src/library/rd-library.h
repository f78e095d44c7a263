/* rd-library.h: a local library of resolutions in SQLite
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "rd-document.h"

G_BEGIN_DECLS

#define RD_LIBRARY_ERROR (rd_library_error_quark ())

typedef enum
{
  RD_LIBRARY_ERROR_OPEN,    /* the file cannot be opened or created */
  RD_LIBRARY_ERROR_CORRUPT, /* not an SQLite database, or a damaged one */
  RD_LIBRARY_ERROR_FOREIGN, /* an SQLite database of something else */
  RD_LIBRARY_ERROR_WRITE,   /* a write failed (disk full, read-only) */
  RD_LIBRARY_ERROR_NO_INPUT /* a folder or file to index does not exist */
} RdLibraryError;

GQuark rd_library_error_quark (void);

#define RD_TYPE_LIBRARY (rd_library_get_type ())
G_DECLARE_FINAL_TYPE (RdLibrary, rd_library, RD, LIBRARY, GObject)

/* $XDG_DATA_HOME/resdiff/library.sqlite. */
char *rd_library_get_default_path (void);

/* Opens the library at @path, creating it (and its folder) when absent.
 * A file that is not a Resdiff library is refused with an error naming
 * it, and left untouched. */
RdLibrary *rd_library_open (const char *path, GError **error);
const char *rd_library_get_path (RdLibrary *self);

guint rd_library_count_documents (RdLibrary *self);
guint rd_library_count_paragraphs (RdLibrary *self);

/* Whether the file at @path was indexed as it is now (same modification
 * time and size). */
gboolean rd_library_is_current (RdLibrary *self, const char *path, gint64 mtime, gint64 size);

/* The document the file at @path gave when indexed, made again from the
 * library without reading the file, named @name (as rd_document_load ()
 * names it): when the file is as it was then (same modification time and
 * size, as for indexing) and this version of Resdiff read it.  NULL
 * otherwise (and from a library older than version 3). */
RdDocument *rd_library_load_document (RdLibrary *self, const char *path, const char *name);

/* Adds @document, read from @path, replacing what the library held for
 * that path: one transaction, so an interrupted run loses nothing
 * committed before. */
gboolean rd_library_add_document (RdLibrary *self, const char *path, gint64 mtime, gint64 size, RdDocument *document, GError **error);

typedef struct
{
  guint indexed;
  guint skipped; /* unchanged since the last run */
  guint failed;  /* could not be read: reported, left out */
  guint removed; /* indexed before under a folder given, gone since */
  double seconds;
} RdLibraryIndexStats;

typedef void (*RdLibraryFailureFunc) (const char *path, const GError *error, gpointer user_data);

/* Indexes every resolution file (by extension: PDF, Word, OpenDocument,
 * HTML, Akoma Ntoso XML, text) under @paths (folders, searched
 * recursively, or files), reading them in parallel.  A file that cannot
 * be read is given to @on_failure and left out; documents indexed under
 * a folder given whose files are gone are removed.  FALSE only when the
 * library cannot be written or a path does not exist. */
gboolean rd_library_index (RdLibrary *self,
                           const char *const *paths,
                           RdLibraryFailureFunc on_failure,
                           gpointer user_data,
                           RdLibraryIndexStats *stats,
                           GError **error);

/* For the precedent search (rd-precedents.c). */
sqlite3 *rd_library_get_db (RdLibrary *self);

/* "2025-12-18" from "18 December 2025", or NULL. */
char *rd_library_iso_date (const char *date);
/* The date that orders @document among the others: its adoption date if
 * adopted, else its date of issue; ISO or NULL. */
char *rd_library_document_date (RdDocument *document);
gboolean rd_library_document_is_adopted (RdDocument *document);

G_END_DECLS
