/* rd-library-pending.c: the shingles pending during an indexing run, and
 * their merge into the index
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rd-library-private.h"

/* Static helpers */

/* The paragraphs the library holds, one bit per id (rowids are dense),
 * for is_live (). */
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
  gint64 max_id = rd_library_query_int (self, "SELECT max(id) FROM paragraphs", &ok);

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

/* Library-private API */

/* Moves the pending shingles into the index, in one transaction: sorted
 * by hash, so each page of the index is written once.  @wait: wait for
 * another writer (indexing), or give up at once (a reader opening the
 * library must not hold up a run in progress; what it leaves is merged by
 * that run). */
gboolean
rd_library_merge_pending (RdLibrary *self,
                          gboolean wait,
                          GError **error)
{
  LiveParagraphs live = { NULL, 0 };
  gboolean ok;
  gint64 n_pending;

  if (self->read_only || self->version < 2)
    return TRUE;
  n_pending = rd_library_query_int (self, self->version >= 3 ? "SELECT EXISTS (SELECT 1 FROM pending) OR EXISTS (SELECT 1 FROM pending_paragraphs)" : "SELECT EXISTS (SELECT 1 FROM pending)", &ok);
  if (!ok)
    {
      rd_library_set_db_error (error, self, RD_LIBRARY_ERROR_CORRUPT, "");
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
          rd_library_set_write_error (error, self);
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
    rd_library_set_write_error (error, self);
  if (!ok || !rd_library_exec_sql (self, self->version >= 3 ? "DELETE FROM pending; DELETE FROM pending_paragraphs; COMMIT;" : "DELETE FROM pending; COMMIT;", ok ? error : NULL))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  sqlite3_exec (self->db, "PRAGMA incremental_vacuum", NULL, NULL, NULL);
  return TRUE;
}

/* A run writes through a write-ahead log, synced only at checkpoints (not
 * once per file: that sync was a third of indexing's time); a process
 * killed half-way still loses nothing committed.  Shingles wait in the
 * pending table until rd_library_end_run (). */
gboolean
rd_library_begin_run (RdLibrary *self,
                      GError **error)
{
  /* Not fatal: a reader holding the file may keep it in its rollback
   * journal, only slower. */
  sqlite3_exec (self->db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", NULL, NULL, NULL);
  if (!rd_library_merge_pending (self, TRUE, error))
    return FALSE;
  self->in_run = TRUE;
  return TRUE;
}

/* The pending shingles merged into the index, then the log folded into
 * the file and the file made a single one again, which a reader that
 * cannot write it (a shared folder, read-only media) can open. */
gboolean
rd_library_end_run (RdLibrary *self,
                    GError **error)
{
  gboolean ok;

  self->in_run = FALSE;
  ok = rd_library_merge_pending (self, TRUE, error);
  /* A reader holding the file keeps it in WAL mode: harmless. */
  sqlite3_exec (self->db, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL", NULL, NULL, NULL);
  return ok;
}
