/* rd-library-documents.c: a document written into the library, and made
 * again from it
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* realpath () */
#define _XOPEN_SOURCE 700

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "rd-library-private.h"
#include "rd-library-text.h"
#include "rd-routine.h"

/* Static helpers */

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

/* Library-private API */

/* The shingles of what the library held for @path, found again from the
 * paragraphs' texts: cheaper than a second index on the largest table,
 * which would double its size for the rare file changed. */
gboolean
rd_library_delete_old_shingles (RdLibrary *self,
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

/* Public API */

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

  if (!rd_library_check_writable (self, error))
    return FALSE;
  if (!rd_library_exec_sql (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!rd_library_delete_old_shingles (self, path))
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
    rd_library_set_write_error (error, self);
  sqlite3_finalize (delete_document);
  sqlite3_finalize (insert_document);
  sqlite3_finalize (insert_paragraph);
  sqlite3_finalize (insert_shingle);
  if (ok)
    return rd_library_exec_sql (self, "COMMIT", error);
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}
