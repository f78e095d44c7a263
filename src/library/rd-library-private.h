/* rd-library-private.h: what the files of RdLibrary share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "rd-library.h"

G_BEGIN_DECLS

struct _RdLibrary
{
  GObject parent_instance;

  char *path;
  sqlite3 *db;
  gboolean read_only; /* the file cannot be written: searched as it is */
  gboolean in_run;    /* indexing: shingles go to the pending tables */
  int version;        /* its schema version (1 has no pending table) */
};

/* "RDlb": marks the file as a Resdiff library, so that another program's
 * SQLite database is refused rather than written into. */
#define LIBRARY_APPLICATION_ID 0x52446c62
/* Version 2 added the table of pending shingles, version 3 what a document
 * needs to be made again without reading its file (its fields, its
 * paragraphs' numbers and parents, the Resdiff that read it); an older
 * library is upgraded when opened writable, and read as it is otherwise. */
#define LIBRARY_SCHEMA_VERSION 3
#define LIBRARY_OLDEST_VERSION 1

/* How long a writer waits for another (a window merging what an
 * interrupted run left, another run's transaction): longer than any of
 * them takes. */
#define LIBRARY_WRITE_TIMEOUT_MS 60000

/* rd-library.c: the SQLite helpers every part uses.  The error names
 * the library's file; a damaged or foreign file says so. */
void rd_library_set_db_error (GError **error, RdLibrary *self, int code, const char *what);
/* The two errors of writing: SQLite's, and a file that cannot be written. */
void rd_library_set_write_error (GError **error, RdLibrary *self);
void rd_library_set_read_only_error (GError **error, RdLibrary *self);
gboolean rd_library_exec_sql (RdLibrary *self, const char *sql, GError **error);
/* The first column of the first row of @sql; *@ok FALSE when none. */
gint64 rd_library_query_int (RdLibrary *self, const char *sql, gboolean *ok);
/* Indexing needs a library it can write, of this version. */
gboolean rd_library_check_writable (RdLibrary *self, GError **error);

/* rd-library-schema.c: a new file gets the schema; an existing one must
 * be ours, of this version or an older one (upgraded when the file can
 * be written).  Sets self->version. */
gboolean rd_library_check_schema (RdLibrary *self, GError **error);

/* rd-library-pending.c: the shingles written during a run wait in the
 * pending tables until it ends, then go into the index at once. */
gboolean rd_library_merge_pending (RdLibrary *self, gboolean wait, GError **error);
gboolean rd_library_begin_run (RdLibrary *self, GError **error);
gboolean rd_library_end_run (RdLibrary *self, GError **error);

/* rd-library-documents.c: removes the shingles of what the library held
 * for @path, in the caller's transaction. */
gboolean rd_library_delete_old_shingles (RdLibrary *self, const char *path);

G_END_DECLS
