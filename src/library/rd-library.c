/* rd-library.c: a local library of resolutions in SQLite: the object, opening
 * it, and the SQLite helpers its parts share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parts, each a job: the schema and its upgrades (rd-library-schema.c),
 * the shingles pending during a run and their merge into the index
 * (rd-library-pending.c), a document written and read again
 * (rd-library-documents.c), and indexing files and folders in parallel
 * (rd-library-index.c); what they share in rd-library-private.h.
 */

#include "config.h"

#include "rd-library.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "rd-library-notes.h"
#include "rd-library-private.h"

G_DEFINE_TYPE (RdLibrary, rd_library, G_TYPE_OBJECT)

G_DEFINE_QUARK (rd - library - error - quark, rd_library_error)

/* Helpers shared by the parts */

void
rd_library_set_db_error (GError **error,
                         RdLibrary *self,
                         int code,
                         const char *what)
{
  int sqlite_code = sqlite3_errcode (self->db) & 0xff;

  if (sqlite_code == SQLITE_NOTADB || sqlite_code == SQLITE_CORRUPT)
    /* TRANSLATORS: %s is the library's file; the SQLite message follows */
    g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_CORRUPT, _ ("%s: not a Resdiff library, or a damaged one (%s); move it away or give another with --library"), self->path, sqlite3_errmsg (self->db));
  else
    g_set_error (error, RD_LIBRARY_ERROR, code, "%s: %s (%s)", self->path, what, sqlite3_errmsg (self->db));
}

void
rd_library_set_write_error (GError **error,
                            RdLibrary *self)
{
  rd_library_set_db_error (error, self, RD_LIBRARY_ERROR_WRITE, _ ("cannot write the library"));
}

void
rd_library_set_read_only_error (GError **error,
                                RdLibrary *self)
{
  g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_WRITE, _ ("%s: cannot write the library (%s)"), self->path, _ ("the file is read-only"));
}

gboolean
rd_library_exec_sql (RdLibrary *self,
                     const char *sql,
                     GError **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      rd_library_set_write_error (error, self);
      return FALSE;
    }
  return TRUE;
}

gint64
rd_library_query_int (RdLibrary *self,
                      const char *sql,
                      gboolean *ok)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  *ok = FALSE;
  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      value = sqlite3_column_int64 (stmt, 0);
      *ok = TRUE;
    }
  sqlite3_finalize (stmt);
  return value;
}

/* Indexing needs a library it can write, of this version. */
gboolean
rd_library_check_writable (RdLibrary *self,
                           GError **error)
{
  if (!self->read_only)
    return TRUE;
  if (self->version < LIBRARY_SCHEMA_VERSION)
    /* TRANSLATORS: %s is the library's file */
    g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_WRITE, _ ("%s: a library of an older version of Resdiff, and read-only: it can be searched, but indexing into it needs it upgraded, which needs it writable"), self->path);
  else
    rd_library_set_read_only_error (error, self);
  return FALSE;
}

/* GObject overrides */

static void
rd_library_finalize (GObject *object)
{
  RdLibrary *self = RD_LIBRARY (object);

  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (rd_library_parent_class)->finalize (object);
}

static void
rd_library_class_init (RdLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rd_library_finalize;
}

static void
rd_library_init (RdLibrary *self)
{
}

/* Public API */

char *
rd_library_get_default_path (void)
{
  return rd_library_notes_default_path ();
}

RdLibrary *
rd_library_open (const char *path,
                 GError **error)
{
  g_autoptr (RdLibrary) self = g_object_new (RD_TYPE_LIBRARY, NULL);
  g_autofree char *folder = g_path_get_dirname (path);

  self->path = g_strdup (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_OPEN, "%s: %s", path, g_strerror (saved_errno));
      return NULL;
    }
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_OPEN, _ ("%s: a folder, not a library file"), path);
      return NULL;
    }
  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    {
      if (self->db == NULL)
        g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_OPEN, "%s: %s", path, g_strerror (ENOMEM));
      else
        rd_library_set_db_error (error, self, RD_LIBRARY_ERROR_OPEN, _ ("cannot open the library"));
      return NULL;
    }
  /* SQLite opens a file it cannot write read-only: then it is searched as
   * it is, nothing created, upgraded or merged. */
  self->read_only = sqlite3_db_readonly (self->db, "main") == 1;
  /* Another indexing run may hold the file for a while. */
  sqlite3_busy_timeout (self->db, LIBRARY_WRITE_TIMEOUT_MS);
  /* 64 MB of pages: the index's upper levels stay in memory; and the
   * file mapped, not copied page by page (a search of a large library
   * spent a fifth of its time in read ()). */
  sqlite3_exec (self->db, "PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456", NULL, NULL, NULL);
  if (!rd_library_check_schema (self, error))
    return NULL;
  sqlite3_exec (self->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  /* What an interrupted run left pending, unless a run is going on. */
  if (!rd_library_merge_pending (self, FALSE, error))
    return NULL;
  return g_steal_pointer (&self);
}

const char *
rd_library_get_path (RdLibrary *self)
{
  g_return_val_if_fail (RD_IS_LIBRARY (self), NULL);

  return self->path;
}

sqlite3 *
rd_library_get_db (RdLibrary *self)
{
  g_return_val_if_fail (RD_IS_LIBRARY (self), NULL);

  return self->db;
}

guint
rd_library_count_documents (RdLibrary *self)
{
  gboolean ok;

  g_return_val_if_fail (RD_IS_LIBRARY (self), 0);

  return (guint) rd_library_query_int (self, "SELECT count(*) FROM documents", &ok);
}

guint
rd_library_count_paragraphs (RdLibrary *self)
{
  gboolean ok;

  g_return_val_if_fail (RD_IS_LIBRARY (self), 0);

  return (guint) rd_library_query_int (self, "SELECT count(*) FROM paragraphs", &ok);
}
