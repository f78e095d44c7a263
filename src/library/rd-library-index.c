/* rd-library-index.c: indexing files and folders, read in parallel, one
 * transaction per file
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* realpath () */
#define _XOPEN_SOURCE 700

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "rd-library-private.h"
#include "rd-loader.h"
#include "rd-tsan-private.h"

/* Static helpers */

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
      rd_library_set_db_error (error, self, RD_LIBRARY_ERROR_CORRUPT, "");
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

      if (!rd_library_exec_sql (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      ok = rd_library_delete_old_shingles (self, path) && sqlite3_prepare_v2 (self->db, "DELETE FROM documents WHERE path = ?", -1, &delete, NULL) == SQLITE_OK;
      if (ok)
        {
          sqlite3_bind_text (delete, 1, path, -1, SQLITE_STATIC);
          ok = sqlite3_step (delete) == SQLITE_DONE;
        }
      sqlite3_finalize (delete);
      if (!ok)
        {
          rd_library_set_write_error (error, self);
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      if (!rd_library_exec_sql (self, "COMMIT", error))
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

/* Public API */

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
  if (!rd_library_check_writable (self, error) || !rd_library_begin_run (self, error))
    return FALSE;
  if (!remove_vanished (self, paths, files, &stats->removed, error))
    {
      rd_library_end_run (self, NULL);
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
  rd_library_end_run (self, write_error == NULL ? &write_error : NULL);
  stats->seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  if (write_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&write_error));
      return FALSE;
    }
  return TRUE;
}
