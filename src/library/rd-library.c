/* rd-library.c: a local library of resolutions in SQLite
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* realpath () */
#define _XOPEN_SOURCE 700

#include "config.h"

#include "rd-library.h"
#include "rd-routine.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "rd-library-notes.h"
#include "rd-library-text.h"
#include "rd-loader.h"
#include "rd-tsan-private.h"

/* The struct */

struct _RdLibrary
{
  GObject parent_instance;

  char *path;
  sqlite3 *db;
  gboolean read_only; /* the file cannot be written: searched as it is */
  gboolean in_run;    /* indexing: shingles go to the pending tables */
  int version;        /* its schema version (1 has no pending table) */
};

G_DEFINE_TYPE (RdLibrary, rd_library, G_TYPE_OBJECT)

G_DEFINE_QUARK (rd - library - error - quark, rd_library_error)

/* Static helpers */

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

/* Shingles written during a run: appended to a table without an index, and
 * merged into the index (in hash order) once at the end of the run, or
 * when the library is next opened writable after an interrupted one.
 * Inserting them one by one into the large index, in random order, cost
 * most of indexing's time. */
#define PENDING_TABLE        \
  "CREATE TABLE pending ("   \
  "  hash INTEGER NOT NULL," \
  "  paragraph INTEGER NOT NULL);"
/* Version 3 writes a paragraph's pending shingles as one row, their
 * hashes in a blob (8 bytes each, little-endian): a row a shingle was
 * most of the cost of writing a document.  Rows of the table above, left
 * by an interrupted run of an older version, are merged all the same. */
#define PENDING_PARAGRAPHS_TABLE      \
  "CREATE TABLE pending_paragraphs (" \
  "  paragraph INTEGER NOT NULL,"     \
  "  hashes BLOB NOT NULL);"

/* Version 3's columns: the document's format, its fields (rd_field_to_
 * string () key, a tab, the value escaped, a line each) and the version of
 * Resdiff that read it; each paragraph's number and label as printed and
 * its parent's index (subparagraphs). */
#define DOCUMENT_COLUMNS_3 \
  "  format TEXT,"         \
  "  fields TEXT,"         \
  "  reader TEXT"
#define PARAGRAPH_COLUMNS_3 \
  "  printed_number TEXT,"  \
  "  label TEXT,"           \
  "  parent INTEGER"

static const char schema[] =
    "PRAGMA application_id = 1380215906;"
    "PRAGMA user_version = 3;"
    "CREATE TABLE documents ("
    "  id INTEGER PRIMARY KEY,"
    "  path TEXT NOT NULL UNIQUE,"
    "  mtime INTEGER NOT NULL,"
    "  size INTEGER NOT NULL,"
    "  symbol TEXT,"
    "  type TEXT,"
    "  adopted INTEGER NOT NULL,"
    "  date TEXT,"
    "  masthead TEXT,"
    "  title TEXT," DOCUMENT_COLUMNS_3 ");"
    "CREATE TABLE paragraphs ("
    "  id INTEGER PRIMARY KEY,"
    "  document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
    "  idx INTEGER NOT NULL,"
    "  kind TEXT NOT NULL,"
    "  number TEXT,"
    "  text TEXT NOT NULL,"
    "  n_words INTEGER NOT NULL,"
    "  words_hash INTEGER NOT NULL," PARAGRAPH_COLUMNS_3 ");"
    "CREATE INDEX paragraphs_by_document ON paragraphs (document);"
    "CREATE INDEX paragraphs_by_words ON paragraphs (words_hash);"
    /* Hashed 8-word shingles (rd-library-text.h): the index that finds
     * shared word sequences.  Without rowid, the key is the index. */
    "CREATE TABLE shingles ("
    "  hash INTEGER NOT NULL,"
    "  paragraph INTEGER NOT NULL,"
    "  PRIMARY KEY (hash, paragraph)) WITHOUT ROWID;" PENDING_TABLE PENDING_PARAGRAPHS_TABLE;

static const char upgrade_to_2[] = PENDING_TABLE;
static const char upgrade_to_3[] = PENDING_PARAGRAPHS_TABLE "ALTER TABLE documents ADD COLUMN format TEXT;"
                                                            "ALTER TABLE documents ADD COLUMN fields TEXT;"
                                                            "ALTER TABLE documents ADD COLUMN reader TEXT;"
                                                            "ALTER TABLE paragraphs ADD COLUMN printed_number TEXT;"
                                                            "ALTER TABLE paragraphs ADD COLUMN label TEXT;"
                                                            "ALTER TABLE paragraphs ADD COLUMN parent INTEGER;";

G_STATIC_ASSERT (LIBRARY_APPLICATION_ID == 1380215906);
G_STATIC_ASSERT (LIBRARY_SCHEMA_VERSION == 3);

static void
set_db_error (GError **error,
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

static gboolean
exec_sql (RdLibrary *self,
          const char *sql,
          GError **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      set_db_error (error, self, RD_LIBRARY_ERROR_WRITE, _ ("cannot write the library"));
      return FALSE;
    }
  return TRUE;
}

static gint64
query_int (RdLibrary *self,
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

/* A new file gets the schema; an existing one must be ours, of this
 * version or an older one (upgraded when the file can be written). */
static gboolean
check_or_create_schema (RdLibrary *self,
                        GError **error)
{
  gboolean ok = FALSE;
  gint64 n_tables, application_id, version;

  /* The first read of the file: a file that is not SQLite fails here. */
  n_tables = query_int (self, "SELECT count(*) FROM sqlite_master", &ok);
  if (!ok)
    {
      set_db_error (error, self, RD_LIBRARY_ERROR_CORRUPT, "");
      return FALSE;
    }
  application_id = query_int (self, "PRAGMA application_id", &ok);
  if (n_tables == 0 && application_id == 0)
    {
      g_autofree char *sql = g_strdup_printf ("BEGIN;%sCOMMIT;", schema);

      if (self->read_only)
        {
          g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_WRITE, _ ("%s: cannot write the library (%s)"), self->path, _ ("the file is read-only"));
          return FALSE;
        }
      /* Pages freed by the pending table's merge go back to the file
       * system: set before the first table. */
      sqlite3_exec (self->db, "PRAGMA auto_vacuum = INCREMENTAL", NULL, NULL, NULL);
      if (!exec_sql (self, sql, error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      self->version = LIBRARY_SCHEMA_VERSION;
      return TRUE;
    }
  if (application_id != LIBRARY_APPLICATION_ID)
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_FOREIGN, _ ("%s: an SQLite database, but not a Resdiff library; it is left as it is: give another file with --library"), self->path);
      return FALSE;
    }
  version = query_int (self, "PRAGMA user_version", &ok);
  if (version < LIBRARY_OLDEST_VERSION || version > LIBRARY_SCHEMA_VERSION)
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_FOREIGN, _ ("%s: a Resdiff library of another version; index again into a new file"), self->path);
      return FALSE;
    }
  /* A library whose tables were damaged or dropped. */
  if (query_int (self, "SELECT count(*) FROM sqlite_master WHERE name IN ('documents', 'paragraphs', 'shingles')", &ok) != 3 || (version >= 2 && query_int (self, "SELECT count(*) FROM sqlite_master WHERE name = 'pending'", &ok) != 1) || (version >= 3 && query_int (self, "SELECT count(*) FROM sqlite_master WHERE name = 'pending_paragraphs'", &ok) != 1))
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_CORRUPT, _ ("%s: not a Resdiff library, or a damaged one (%s); move it away or give another with --library"), self->path, _ ("tables missing"));
      return FALSE;
    }
  self->version = (int) version;
  /* An older library that cannot be written is searched as it is; only
   * indexing into it needs the upgrade (rd_library_index () says so). */
  if (version < LIBRARY_SCHEMA_VERSION && !self->read_only)
    {
      /* Documents indexed before version 3 have no reader: read from
       * their files until indexed again. */
      g_autofree char *upgrade = g_strdup_printf ("BEGIN IMMEDIATE;%s%sPRAGMA user_version = %d;COMMIT;", version < 2 ? upgrade_to_2 : "",
                                                  version < 3 ? upgrade_to_3 : "", LIBRARY_SCHEMA_VERSION);

      if (sqlite3_exec (self->db, upgrade, NULL, NULL, NULL) != SQLITE_OK)
        {
          set_db_error (error, self, RD_LIBRARY_ERROR_WRITE, _ ("cannot upgrade the library to this version of Resdiff"));
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      self->version = LIBRARY_SCHEMA_VERSION;
    }
  return TRUE;
}

/* The paragraphs the library holds, one bit per id (rowids are dense),
 * for live_paragraph (). */
typedef struct
{
  guint8 *bits;
  gint64 n_ids;
} LiveParagraphs;

static gboolean
read_live_paragraphs (RdLibrary *self,
                      LiveParagraphs *live)
{
  sqlite3_stmt *stmt = NULL;
  int status;
  gboolean ok;
  gint64 max_id = query_int (self, "SELECT max(id) FROM paragraphs", &ok);

  if (!ok || max_id < 0 || max_id > G_MAXINT32)
    return FALSE;
  live->n_ids = max_id + 1;
  live->bits = g_new0 (guint8, live->n_ids / 8 + 1);
  /* The ids alone, from the smaller index. */
  if (sqlite3_prepare_v2 (self->db, "SELECT id FROM paragraphs INDEXED BY paragraphs_by_document", -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  while ((status = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (id >= 0 && id < live->n_ids)
        live->bits[id / 8] |= 1u << (id % 8);
    }
  sqlite3_finalize (stmt);
  return status == SQLITE_DONE;
}

static gboolean
is_live (const LiveParagraphs *live,
         gint64 id)
{
  return id >= 0 && id < live->n_ids && (live->bits[id / 8] & (1u << (id % 8))) != 0;
}

typedef struct
{
  gint64 hash;
  gint64 paragraph;
} PendingRow;

/* SQLite's order of the index's key: signed integers. */
static int
compare_pending_rows (gconstpointer a,
                      gconstpointer b)
{
  const PendingRow *x = a;
  const PendingRow *y = b;

  if (x->hash != y->hash)
    return x->hash < y->hash ? -1 : 1;
  return (x->paragraph > y->paragraph) - (x->paragraph < y->paragraph);
}

/* Pending rows sorted and inserted at a time, at most (16 bytes each):
 * beyond, in runs of this many, each in the index's order. */
#define MAX_ROWS_SORTED_IN_MEMORY (16 * 1024 * 1024)

static gboolean
insert_sorted_rows (sqlite3_stmt *insert,
                    GArray *rows)
{
  g_array_sort (rows, compare_pending_rows);
  for (guint i = 0; i < rows->len; i++)
    {
      const PendingRow *row = &g_array_index (rows, PendingRow, i);

      /* A shingle repeated in a paragraph: once. */
      if (i > 0 && compare_pending_rows (row, row - 1) == 0)
        continue;
      sqlite3_bind_int64 (insert, 1, row->hash);
      sqlite3_bind_int64 (insert, 2, row->paragraph);
      if (sqlite3_step (insert) != SQLITE_DONE)
        return FALSE;
      sqlite3_reset (insert);
    }
  g_array_set_size (rows, 0);
  return TRUE;
}

static gboolean
add_row (sqlite3_stmt *insert,
         GArray *rows,
         gint64 hash,
         gint64 paragraph)
{
  PendingRow row = { hash, paragraph };

  g_array_append_val (rows, row);
  return rows->len < MAX_ROWS_SORTED_IN_MEMORY || insert_sorted_rows (insert, rows);
}

/* Inserts the pending rows of the paragraphs held into the index, in its
 * order.  SQLite sorting them ("ORDER BY hash, paragraph" in the insert,
 * and "IN (SELECT id FROM paragraphs)" searching a temporary index for
 * each row) took most of the merge's time, and the merge half of
 * indexing's: read, filtered and sorted here, they go in at a third of
 * the cost.  In the caller's transaction. */
static gboolean
insert_pending_sorted (RdLibrary *self,
                       const LiveParagraphs *live)
{
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (PendingRow));
  sqlite3_stmt *read = NULL, *read_blobs = NULL, *insert = NULL;
  gboolean ok = FALSE;
  int status;

  if (sqlite3_prepare_v2 (self->db, "INSERT OR IGNORE INTO shingles (hash, paragraph) VALUES (?, ?)", -1, &insert, NULL) != SQLITE_OK || sqlite3_prepare_v2 (self->db, "SELECT hash, paragraph FROM pending", -1, &read, NULL) != SQLITE_OK)
    goto out;
  while ((status = sqlite3_step (read)) == SQLITE_ROW)
    if (is_live (live, sqlite3_column_int64 (read, 1)) && !add_row (insert, rows, sqlite3_column_int64 (read, 0), sqlite3_column_int64 (read, 1)))
      goto out;
  if (status != SQLITE_DONE)
    goto out;
  if (self->version >= 3)
    {
      if (sqlite3_prepare_v2 (self->db, "SELECT paragraph, hashes FROM pending_paragraphs", -1, &read_blobs, NULL) != SQLITE_OK)
        goto out;
      while ((status = sqlite3_step (read_blobs)) == SQLITE_ROW)
        {
          gint64 paragraph = sqlite3_column_int64 (read_blobs, 0);
          const guint8 *hashes = sqlite3_column_blob (read_blobs, 1);
          int n_bytes = sqlite3_column_bytes (read_blobs, 1);

          if (!is_live (live, paragraph) || hashes == NULL)
            continue;
          for (int i = 0; i + 8 <= n_bytes; i += 8)
            {
              guint64 hash;

              memcpy (&hash, hashes + i, 8);
              if (!add_row (insert, rows, (gint64) GUINT64_FROM_LE (hash), paragraph))
                goto out;
            }
        }
      if (status != SQLITE_DONE)
        goto out;
    }
  ok = insert_sorted_rows (insert, rows);

out:
  sqlite3_finalize (read);
  sqlite3_finalize (read_blobs);
  sqlite3_finalize (insert);
  return ok;
}

/* Moves the pending shingles into the index, in one transaction: sorted
 * by hash, so each page of the index is written once.  @wait: wait for
 * another writer (indexing), or give up at once (a reader opening the
 * library must not hold up a run in progress; what it leaves is merged by
 * that run). */
static gboolean
merge_pending (RdLibrary *self,
               gboolean wait,
               GError **error)
{
  LiveParagraphs live = { NULL, 0 };
  gboolean ok;
  gint64 n_pending;

  if (self->read_only || self->version < 2)
    return TRUE;
  n_pending = query_int (self, self->version >= 3 ? "SELECT EXISTS (SELECT 1 FROM pending) OR EXISTS (SELECT 1 FROM pending_paragraphs)" : "SELECT EXISTS (SELECT 1 FROM pending)", &ok);
  if (!ok)
    {
      set_db_error (error, self, RD_LIBRARY_ERROR_CORRUPT, "");
      return FALSE;
    }
  if (n_pending == 0)
    return TRUE;
  if (!wait)
    sqlite3_busy_timeout (self->db, 0);
  ok = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK;
  sqlite3_busy_timeout (self->db, LIBRARY_WRITE_TIMEOUT_MS);
  if (!ok)
    {
      if (wait)
        {
          set_db_error (error, self, RD_LIBRARY_ERROR_WRITE, _ ("cannot write the library"));
          return FALSE;
        }
      return TRUE;
    }
  /* Rows of paragraphs removed since (a file changed again before an
   * interrupted run's rows were merged) are left out: the paragraphs
   * held are read inside the transaction. */
  ok = read_live_paragraphs (self, &live) && insert_pending_sorted (self, &live);
  g_free (live.bits);
  if (!ok)
    set_db_error (error, self, RD_LIBRARY_ERROR_WRITE, _ ("cannot write the library"));
  if (!ok || !exec_sql (self, self->version >= 3 ? "DELETE FROM pending; DELETE FROM pending_paragraphs; COMMIT;" : "DELETE FROM pending; COMMIT;", ok ? error : NULL))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  sqlite3_exec (self->db, "PRAGMA incremental_vacuum", NULL, NULL, NULL);
  return TRUE;
}

static gboolean
has_extension (const char *name)
{
  static const char *const extensions[] = {
    ".pdf",
    ".docx",
    ".odt",
    ".fodt", /* flat OpenDocument: one XML file */
    ".html",
    ".htm",
    ".xhtml",
    ".xml",
    ".akn",
    ".txt",
  };
  g_autofree char *lower = g_ascii_strdown (name, -1);

  for (gsize i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_has_suffix (lower, extensions[i]))
      return TRUE;
  return FALSE;
}

typedef struct
{
  char *path;
  gint64 mtime;
  gint64 size;
} FileEntry;

static void
file_entry_free (FileEntry *entry)
{
  g_free (entry->path);
  g_free (entry);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The files to index under @path: a file as given, a folder searched
 * recursively for files with a known extension, in name order. */
static gboolean
collect_files (const char *path,
               gboolean given,
               GPtrArray *files,
               GError **error)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      if (given)
        {
          g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NO_INPUT, _ ("%s: no such file or folder"), path);
          return FALSE;
        }
      return TRUE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_autoptr (GDir) dir = g_dir_open (path, 0, error);
      g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      if (dir == NULL)
        return FALSE;
      while ((name = g_dir_read_name (dir)) != NULL)
        if (name[0] != '.')
          g_ptr_array_add (names, g_strdup (name));
      g_ptr_array_sort (names, compare_names);
      for (guint i = 0; i < names->len; i++)
        {
          g_autofree char *child = g_build_filename (path, g_ptr_array_index (names, i), NULL);
          if (!collect_files (child, FALSE, files, error))
            return FALSE;
        }
      return TRUE;
    }
  if (S_ISREG (st.st_mode) && (given || has_extension (path)))
    {
      FileEntry *entry = g_new0 (FileEntry, 1);
      char *real = realpath (path, NULL);

      entry->path = g_strdup (real != NULL ? real : path);
      free (real);
      entry->mtime = (gint64) st.st_mtime;
      entry->size = (gint64) st.st_size;
      g_ptr_array_add (files, entry);
    }
  return TRUE;
}

static gboolean delete_old_shingles (RdLibrary *self, const char *path);

/* Documents indexed under the folders of @paths whose files are no longer
 * among @files (found there now): removed, each in its transaction. */
static gboolean
remove_vanished (RdLibrary *self,
                 const char *const *paths,
                 GPtrArray *files,
                 guint *removed,
                 GError **error)
{
  g_autoptr (GHashTable) present = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) gone = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  *removed = 0;
  for (guint i = 0; i < files->len; i++)
    g_hash_table_add (present, ((FileEntry *) g_ptr_array_index (files, i))->path);
  if (sqlite3_prepare_v2 (self->db, "SELECT path FROM documents", -1, &stmt, NULL) != SQLITE_OK)
    {
      set_db_error (error, self, RD_LIBRARY_ERROR_CORRUPT, "");
      return FALSE;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *path = (const char *) sqlite3_column_text (stmt, 0);

      if (path == NULL || g_hash_table_contains (present, path))
        continue;
      for (guint i = 0; paths[i] != NULL; i++)
        {
          char *real = realpath (paths[i], NULL);
          g_autofree char *prefix = real != NULL ? g_strconcat (real, G_DIR_SEPARATOR_S, NULL) : NULL;

          free (real);
          /* Under a folder given, and really gone (not only unreadable). */
          if (prefix != NULL && g_str_has_prefix (path, prefix) && !g_file_test (path, G_FILE_TEST_EXISTS))
            {
              g_ptr_array_add (gone, g_strdup (path));
              break;
            }
        }
    }
  sqlite3_finalize (stmt);
  for (guint i = 0; i < gone->len; i++)
    {
      const char *path = g_ptr_array_index (gone, i);
      sqlite3_stmt *delete = NULL;
      gboolean ok;

      if (!exec_sql (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      ok = delete_old_shingles (self, path) && sqlite3_prepare_v2 (self->db, "DELETE FROM documents WHERE path = ?", -1, &delete, NULL) == SQLITE_OK;
      if (ok)
        {
          sqlite3_bind_text (delete, 1, path, -1, SQLITE_STATIC);
          ok = sqlite3_step (delete) == SQLITE_DONE;
        }
      sqlite3_finalize (delete);
      if (!ok)
        {
          set_db_error (error, self, RD_LIBRARY_ERROR_WRITE, _ ("cannot write the library"));
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      if (!exec_sql (self, "COMMIT", error))
        return FALSE;
      (*removed)++;
    }
  return TRUE;
}

/* One file read in a worker thread. */
typedef struct
{
  FileEntry *entry;
  RdDocument *document;
  GError *error;
} ReadResult;

static void
read_file_in_thread (gpointer data,
                     gpointer user_data)
{
  ReadResult *result = (rd_tsan_acquire (data), data);
  GAsyncQueue *done = user_data;
  g_autoptr (RdLoader) loader = rd_loader_new (NULL);
  g_autoptr (GFile) file = g_file_new_for_path (result->entry->path);
  g_autoptr (GPtrArray) documents = NULL;

  rd_loader_add_file (loader, file);
  documents = rd_loader_load (loader, NULL, &result->error);
  if (documents != NULL)
    result->document = g_object_ref (g_ptr_array_index (documents, 0));
  /* The document is the indexing thread's alone once handed over: this
   * thread's references go first.  The pool's and the queue's locks are
   * futexes ThreadSanitizer does not see: the hand-offs are said
   * (rd-tsan-private.h). */
  g_clear_pointer (&documents, g_ptr_array_unref);
  g_clear_object (&loader);
  rd_tsan_release (result);
  g_async_queue_push (done, result);
}

static char *
describe_masthead (RdDocument *document)
{
  static const RdField fields[] = {
    RD_FIELD_SYMBOL,
    RD_FIELD_ORGAN,
    RD_FIELD_DISTRIBUTION,
    RD_FIELD_DATE,
    RD_FIELD_SESSION,
    RD_FIELD_COMMITTEE,
    RD_FIELD_AGENDA_TITLE,
    RD_FIELD_DOCUMENT_TYPE,
    RD_FIELD_ADOPTION_DATE,
    RD_FIELD_RESOLUTION_NUMBER,
  };
  GString *masthead = g_string_new (NULL);

  /* The fields by their data keys, one a line. */
  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value = rd_document_get_field (document, fields[i]);
      if (value != NULL)
        g_string_append_printf (masthead, "%s: %s\n", rd_field_to_string (fields[i]), value);
    }
  return g_string_free (masthead, FALSE);
}

/* Every field of @document, for rd_library_load_document (): its key, a
 * tab and its value escaped, a line each. */
static char *
encode_fields (RdDocument *document)
{
  GString *fields = g_string_new (NULL);

  for (RdField field = 0; field < RD_N_FIELDS; field++)
    {
      const char *value = rd_document_get_field (document, field);

      if (value != NULL)
        {
          g_autofree char *escaped = g_strescape (value, "");

          g_string_append_printf (fields, "%s\t%s\n", rd_field_to_string (field), escaped);
        }
    }
  return g_string_free (fields, FALSE);
}

static void
decode_fields (RdDocument *document,
               const char *fields)
{
  g_auto (GStrv) lines = g_strsplit (fields, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *tab = strchr (lines[i], '\t');

      if (tab == NULL)
        continue;
      *tab = '\0';
      for (RdField field = 0; field < RD_N_FIELDS; field++)
        if (strcmp (rd_field_to_string (field), lines[i]) == 0)
          {
            g_autofree char *value = g_strcompress (tab + 1);

            rd_document_set_field (document, field, value);
            break;
          }
    }
}

static RdParagraphKind
kind_from_string (const char *kind)
{
  for (RdParagraphKind k = RD_PARAGRAPH_PREAMBULAR; k <= RD_PARAGRAPH_OTHER; k++)
    if (g_strcmp0 (rd_paragraph_kind_to_string (k), kind) == 0)
      return k;
  return RD_PARAGRAPH_OTHER;
}

/* The shingles of what the library held for @path, found again from the
 * paragraphs' texts: cheaper than a second index on the largest table,
 * which would double its size for the rare file changed. */
static gboolean
delete_old_shingles (RdLibrary *self,
                     const char *path)
{
  sqlite3_stmt *old = NULL, *delete = NULL;
  gboolean ok = FALSE;
  int status;

  if (sqlite3_prepare_v2 (self->db, "SELECT p.id, p.text FROM paragraphs p JOIN documents d ON p.document = d.id WHERE d.path = ?", -1, &old, NULL) != SQLITE_OK || sqlite3_prepare_v2 (self->db, "DELETE FROM shingles WHERE hash = ? AND paragraph = ?", -1, &delete, NULL) != SQLITE_OK)
    goto out;
  sqlite3_bind_text (old, 1, path, -1, SQLITE_STATIC);
  while ((status = sqlite3_step (old)) == SQLITE_ROW)
    {
      g_autoptr (GArray) words = rd_library_text_words ((const char *) sqlite3_column_text (old, 1));
      g_autoptr (GArray) shingles = rd_library_text_shingles (words);

      for (guint s = 0; s < shingles->len; s++)
        {
          sqlite3_reset (delete);
          sqlite3_bind_int64 (delete, 1, (gint64) g_array_index (shingles, guint64, s));
          sqlite3_bind_int64 (delete, 2, sqlite3_column_int64 (old, 0));
          if (sqlite3_step (delete) != SQLITE_DONE)
            goto out;
        }
    }
  ok = status == SQLITE_DONE;

out:
  sqlite3_finalize (old);
  sqlite3_finalize (delete);
  return ok;
}

/* Indexing needs a library it can write, of this version. */
static gboolean
check_writable (RdLibrary *self,
                GError **error)
{
  if (!self->read_only)
    return TRUE;
  if (self->version < LIBRARY_SCHEMA_VERSION)
    /* TRANSLATORS: %s is the library's file */
    g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_WRITE, _ ("%s: a library of an older version of Resdiff, and read-only: it can be searched, but indexing into it needs it upgraded, which needs it writable"), self->path);
  else
    g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_WRITE, _ ("%s: cannot write the library (%s)"), self->path, _ ("the file is read-only"));
  return FALSE;
}

/* A run writes through a write-ahead log, synced only at checkpoints (not
 * once per file: that sync was a third of indexing's time); a process
 * killed half-way still loses nothing committed.  Shingles wait in the
 * pending table until end_run (). */
static gboolean
begin_run (RdLibrary *self,
           GError **error)
{
  /* Not fatal: a reader holding the file may keep it in its rollback
   * journal, only slower. */
  sqlite3_exec (self->db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", NULL, NULL, NULL);
  if (!merge_pending (self, TRUE, error))
    return FALSE;
  self->in_run = TRUE;
  return TRUE;
}

/* The pending shingles merged into the index, then the log folded into
 * the file and the file made a single one again, which a reader that
 * cannot write it (a shared folder, read-only media) can open. */
static gboolean
end_run (RdLibrary *self,
         GError **error)
{
  gboolean ok;

  self->in_run = FALSE;
  ok = merge_pending (self, TRUE, error);
  /* A reader holding the file keeps it in WAL mode: harmless. */
  sqlite3_exec (self->db, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL", NULL, NULL, NULL);
  return ok;
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
        set_db_error (error, self, RD_LIBRARY_ERROR_OPEN, _ ("cannot open the library"));
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
  if (!check_or_create_schema (self, error))
    return NULL;
  sqlite3_exec (self->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  /* What an interrupted run left pending, unless a run is going on. */
  if (!merge_pending (self, FALSE, error))
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

  return (guint) query_int (self, "SELECT count(*) FROM documents", &ok);
}

guint
rd_library_count_paragraphs (RdLibrary *self)
{
  gboolean ok;

  g_return_val_if_fail (RD_IS_LIBRARY (self), 0);

  return (guint) query_int (self, "SELECT count(*) FROM paragraphs", &ok);
}

gboolean
rd_library_is_current (RdLibrary *self,
                       const char *path,
                       gint64 mtime,
                       gint64 size)
{
  sqlite3_stmt *stmt = NULL;
  gboolean current = FALSE;

  g_return_val_if_fail (RD_IS_LIBRARY (self), FALSE);

  if (sqlite3_prepare_v2 (self->db, "SELECT mtime, size FROM documents WHERE path = ?", -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_bind_text (stmt, 1, path, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    current = sqlite3_column_int64 (stmt, 0) == mtime && sqlite3_column_int64 (stmt, 1) == size;
  sqlite3_finalize (stmt);
  return current;
}

char *
rd_library_iso_date (const char *date)
{
  g_auto (GStrv) words = NULL;
  guint day = 0, month = 0, year = 0;

  if (date == NULL)
    return NULL;
  /* "18 December 2025", as the parser keeps it. */
  words = g_strsplit_set (date, " ,", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = g_ascii_strdown (words[i], -1);

      if (rd_routine_month_of_word (lower, strlen (lower)) != 0)
        month = rd_routine_month_of_word (lower, strlen (lower));
      if (g_ascii_isdigit (lower[0]) && strlen (lower) == 4)
        year = atoi (lower);
      else if (g_ascii_isdigit (lower[0]) && strlen (lower) <= 2)
        day = atoi (lower);
    }
  if (year == 0 || month == 0)
    return NULL;
  if (day == 0 || !g_date_valid_dmy (day, month, year))
    day = 1;
  if (!g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

gboolean
rd_library_document_is_adopted (RdDocument *document)
{
  const char *type = rd_document_get_document_type (document);
  const char *symbol = rd_document_get_symbol (document);

  if (type != NULL && g_ascii_strcasecmp (type, "resolution") == 0)
    return TRUE;
  return symbol != NULL && strstr (symbol, "/RES/") != NULL;
}

char *
rd_library_document_date (RdDocument *document)
{
  char *adopted = rd_library_iso_date (rd_document_get_field (document, RD_FIELD_ADOPTION_DATE));

  if (adopted != NULL)
    return adopted;
  adopted = rd_library_iso_date (rd_document_get_field (document, RD_FIELD_RECORD_DATE));
  if (adopted != NULL)
    return adopted;
  return rd_library_iso_date (rd_document_get_date (document));
}

RdDocument *
rd_library_load_document (RdLibrary *self,
                          const char *path,
                          const char *name)
{
  sqlite3_stmt *find = NULL, *read = NULL;
  g_autoptr (RdDocument) document = NULL;
  char *real = NULL;
  GStatBuf st;
  int status;

  g_return_val_if_fail (RD_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (self->version < 3 || g_stat (path, &st) != 0 || !S_ISREG (st.st_mode) || (real = realpath (path, NULL)) == NULL)
    return NULL;
  if (sqlite3_prepare_v2 (self->db, "SELECT id, format, fields FROM documents WHERE path = ? AND mtime = ? AND size = ? AND reader = ?", -1, &find, NULL) != SQLITE_OK || sqlite3_prepare_v2 (self->db, "SELECT kind, text, printed_number, label, parent FROM paragraphs WHERE document = ? ORDER BY idx", -1, &read, NULL) != SQLITE_OK)
    goto out;
  sqlite3_bind_text (find, 1, real, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (find, 2, (gint64) st.st_mtime);
  sqlite3_bind_int64 (find, 3, (gint64) st.st_size);
  sqlite3_bind_text (find, 4, PACKAGE_VERSION, -1, SQLITE_STATIC);
  if (sqlite3_step (find) != SQLITE_ROW)
    goto out;
  document = rd_document_new (name, (const char *) sqlite3_column_text (find, 1));
  if (sqlite3_column_text (find, 2) != NULL)
    decode_fields (document, (const char *) sqlite3_column_text (find, 2));
  sqlite3_bind_int64 (read, 1, sqlite3_column_int64 (find, 0));
  while ((status = sqlite3_step (read)) == SQLITE_ROW)
    {
      RdParagraph *paragraph = rd_paragraph_new (kind_from_string ((const char *) sqlite3_column_text (read, 0)), (const char *) sqlite3_column_text (read, 1));

      paragraph->number = g_strdup ((const char *) sqlite3_column_text (read, 2));
      paragraph->number_label = g_strdup ((const char *) sqlite3_column_text (read, 3));
      if (sqlite3_column_type (read, 4) == SQLITE_INTEGER)
        paragraph->parent = (guint) sqlite3_column_int (read, 4);
      rd_document_add_paragraph (document, paragraph);
    }
  /* A damaged page: the file is read instead. */
  if (status != SQLITE_DONE)
    g_clear_object (&document);

out:
  sqlite3_finalize (find);
  sqlite3_finalize (read);
  free (real);
  return g_steal_pointer (&document);
}

gboolean
rd_library_add_document (RdLibrary *self,
                         const char *path,
                         gint64 mtime,
                         gint64 size,
                         RdDocument *document,
                         GError **error)
{
  GPtrArray *paragraphs;
  sqlite3_stmt *insert_document = NULL, *insert_paragraph = NULL, *insert_shingle = NULL, *delete_document = NULL;
  g_autofree char *date = NULL;
  g_autofree char *masthead = NULL;
  g_autofree char *fields = NULL;
  gint64 document_id;
  gboolean ok = FALSE;

  g_return_val_if_fail (RD_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (RD_IS_DOCUMENT (document), FALSE);

  if (!check_writable (self, error))
    return FALSE;
  if (!exec_sql (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!delete_old_shingles (self, path))
    goto out;
  if (sqlite3_prepare_v2 (self->db, "DELETE FROM documents WHERE path = ?", -1, &delete_document, NULL) != SQLITE_OK || sqlite3_prepare_v2 (self->db, "INSERT INTO documents (path, mtime, size, symbol, type, adopted, date, masthead, title, format, fields, reader) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &insert_document, NULL) != SQLITE_OK || sqlite3_prepare_v2 (self->db, "INSERT INTO paragraphs (document, idx, kind, number, text, n_words, words_hash, printed_number, label, parent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &insert_paragraph, NULL) != SQLITE_OK || sqlite3_prepare_v2 (self->db, self->in_run ? "INSERT INTO pending_paragraphs (paragraph, hashes) VALUES (?, ?)" : "INSERT OR IGNORE INTO shingles (hash, paragraph) VALUES (?, ?)", -1, &insert_shingle, NULL) != SQLITE_OK)
    goto out;

  sqlite3_bind_text (delete_document, 1, path, -1, SQLITE_STATIC);
  if (sqlite3_step (delete_document) != SQLITE_DONE)
    goto out;

  date = rd_library_document_date (document);
  masthead = describe_masthead (document);
  fields = encode_fields (document);
  sqlite3_bind_text (insert_document, 1, path, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (insert_document, 2, mtime);
  sqlite3_bind_int64 (insert_document, 3, size);
  sqlite3_bind_text (insert_document, 4, rd_document_get_symbol (document), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert_document, 5, rd_document_get_document_type (document), -1, SQLITE_STATIC);
  sqlite3_bind_int (insert_document, 6, rd_library_document_is_adopted (document));
  sqlite3_bind_text (insert_document, 7, date, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert_document, 8, masthead, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert_document, 9, rd_document_get_title (document), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert_document, 10, rd_document_get_format (document), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert_document, 11, fields, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert_document, 12, PACKAGE_VERSION, -1, SQLITE_STATIC);
  if (sqlite3_step (insert_document) != SQLITE_DONE)
    goto out;
  document_id = sqlite3_last_insert_rowid (self->db);

  paragraphs = rd_document_get_paragraphs (document);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      g_autoptr (GArray) words = rd_library_text_words (paragraph->text);
      g_autoptr (GArray) shingles = rd_library_text_shingles (words);
      g_autofree char *number = rd_library_paragraph_number (document, paragraph);
      gint64 paragraph_id;

      sqlite3_reset (insert_paragraph);
      sqlite3_bind_int64 (insert_paragraph, 1, document_id);
      sqlite3_bind_int (insert_paragraph, 2, (int) i);
      sqlite3_bind_text (insert_paragraph, 3, rd_paragraph_kind_to_string (paragraph->kind), -1, SQLITE_STATIC);
      sqlite3_bind_text (insert_paragraph, 4, number, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert_paragraph, 5, paragraph->text, -1, SQLITE_STATIC);
      sqlite3_bind_int (insert_paragraph, 6, (int) words->len);
      sqlite3_bind_int64 (insert_paragraph, 7, (gint64) rd_library_text_hash_words ((RdLibraryWord *) words->data, words->len));
      sqlite3_bind_text (insert_paragraph, 8, paragraph->number, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert_paragraph, 9, paragraph->number_label, -1, SQLITE_STATIC);
      if (paragraph->parent < paragraphs->len)
        sqlite3_bind_int (insert_paragraph, 10, (int) paragraph->parent);
      else
        sqlite3_bind_null (insert_paragraph, 10);
      if (sqlite3_step (insert_paragraph) != SQLITE_DONE)
        goto out;
      paragraph_id = sqlite3_last_insert_rowid (self->db);
      if (self->in_run)
        {
          /* The paragraph's shingles in one row, merged at the end. */
          for (guint s = 0; s < shingles->len; s++)
            g_array_index (shingles, guint64, s) = GUINT64_TO_LE (g_array_index (shingles, guint64, s));
          if (shingles->len == 0)
            continue;
          sqlite3_reset (insert_shingle);
          sqlite3_bind_int64 (insert_shingle, 1, paragraph_id);
          sqlite3_bind_blob (insert_shingle, 2, shingles->data, (int) (shingles->len * sizeof (guint64)), SQLITE_STATIC);
          if (sqlite3_step (insert_shingle) != SQLITE_DONE)
            goto out;
          continue;
        }
      for (guint s = 0; s < shingles->len; s++)
        {
          sqlite3_reset (insert_shingle);
          sqlite3_bind_int64 (insert_shingle, 1, (gint64) g_array_index (shingles, guint64, s));
          sqlite3_bind_int64 (insert_shingle, 2, paragraph_id);
          if (sqlite3_step (insert_shingle) != SQLITE_DONE)
            goto out;
        }
    }
  ok = TRUE;

out:
  if (!ok)
    set_db_error (error, self, RD_LIBRARY_ERROR_WRITE, _ ("cannot write the library"));
  sqlite3_finalize (delete_document);
  sqlite3_finalize (insert_document);
  sqlite3_finalize (insert_paragraph);
  sqlite3_finalize (insert_shingle);
  if (ok)
    return exec_sql (self, "COMMIT", error);
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

gboolean
rd_library_index (RdLibrary *self,
                  const char *const *paths,
                  RdLibraryFailureFunc on_failure,
                  gpointer user_data,
                  RdLibraryIndexStats *stats,
                  GError **error)
{
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) file_entry_free);
  g_autoptr (GPtrArray) to_read = g_ptr_array_new ();
  g_autoptr (GAsyncQueue) done = g_async_queue_new ();
  g_autoptr (GError) write_error = NULL;
  GThreadPool *pool;
  gint64 start = g_get_monotonic_time ();

  g_return_val_if_fail (RD_IS_LIBRARY (self), FALSE);

  *stats = (RdLibraryIndexStats){ 0 };
  for (guint i = 0; paths[i] != NULL; i++)
    if (!collect_files (paths[i], TRUE, files, error))
      return FALSE;
  if (!check_writable (self, error) || !begin_run (self, error))
    return FALSE;
  if (!remove_vanished (self, paths, files, &stats->removed, error))
    {
      end_run (self, NULL);
      return FALSE;
    }

  for (guint i = 0; i < files->len; i++)
    {
      FileEntry *entry = g_ptr_array_index (files, i);

      /* The library's own file, found in a folder indexed. */
      if (g_strcmp0 (entry->path, self->path) == 0)
        continue;
      if (rd_library_is_current (self, entry->path, entry->mtime, entry->size))
        stats->skipped++;
      else
        g_ptr_array_add (to_read, entry);
    }

  /* Read in parallel (each loader reads its file in a thread of its
   * own), written here, one transaction per file, in the order read. */
  pool = g_thread_pool_new (read_file_in_thread, done, MAX (1, (int) g_get_num_processors ()), FALSE, NULL);
  for (guint i = 0; i < to_read->len; i++)
    {
      ReadResult *result = g_new0 (ReadResult, 1);

      result->entry = g_ptr_array_index (to_read, i);
      rd_tsan_release (result);
      g_thread_pool_push (pool, result, NULL);
    }
  for (guint i = 0; i < to_read->len; i++)
    {
      ReadResult *result = g_async_queue_pop (done);

      rd_tsan_acquire (result);
      if (result->document == NULL)
        {
          stats->failed++;
          if (on_failure != NULL)
            on_failure (result->entry->path, result->error, user_data);
        }
      else if (write_error == NULL)
        {
          if (rd_library_add_document (self, result->entry->path, result->entry->mtime, result->entry->size, result->document, &write_error))
            stats->indexed++;
        }
      g_clear_object (&result->document);
      g_clear_error (&result->error);
      g_free (result);
    }
  g_thread_pool_free (pool, FALSE, TRUE);
  /* Documents committed stay; shingles a failed merge left pending are
   * merged when the library is next opened. */
  end_run (self, write_error == NULL ? &write_error : NULL);
  stats->seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  if (write_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&write_error));
      return FALSE;
    }
  return TRUE;
}
