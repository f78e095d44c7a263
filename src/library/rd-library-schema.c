/* rd-library-schema.c: the library's schema, and the upgrades of older ones
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rd-library-private.h"

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

/* Library-private API */

/* A new file gets the schema; an existing one must be ours, of this
 * version or an older one (upgraded when the file can be written). */
gboolean
rd_library_check_schema (RdLibrary *self,
                         GError **error)
{
  gboolean ok = FALSE;
  gint64 n_tables, application_id, version;

  /* The first read of the file: a file that is not SQLite fails here. */
  n_tables = rd_library_query_int (self, "SELECT count(*) FROM sqlite_master", &ok);
  if (!ok)
    {
      rd_library_set_db_error (error, self, RD_LIBRARY_ERROR_CORRUPT, "");
      return FALSE;
    }
  application_id = rd_library_query_int (self, "PRAGMA application_id", &ok);
  if (n_tables == 0 && application_id == 0)
    {
      g_autofree char *sql = g_strdup_printf ("BEGIN;%sCOMMIT;", schema);

      if (self->read_only)
        {
          rd_library_set_read_only_error (error, self);
          return FALSE;
        }
      /* Pages freed by the pending table's merge go back to the file
       * system: set before the first table. */
      sqlite3_exec (self->db, "PRAGMA auto_vacuum = INCREMENTAL", NULL, NULL, NULL);
      if (!rd_library_exec_sql (self, sql, error))
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
  version = rd_library_query_int (self, "PRAGMA user_version", &ok);
  if (version < LIBRARY_OLDEST_VERSION || version > LIBRARY_SCHEMA_VERSION)
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_FOREIGN, _ ("%s: a Resdiff library of another version; index again into a new file"), self->path);
      return FALSE;
    }
  /* A library whose tables were damaged or dropped. */
  if (rd_library_query_int (self, "SELECT count(*) FROM sqlite_master WHERE name IN ('documents', 'paragraphs', 'shingles')", &ok) != 3 || (version >= 2 && rd_library_query_int (self, "SELECT count(*) FROM sqlite_master WHERE name = 'pending'", &ok) != 1) || (version >= 3 && rd_library_query_int (self, "SELECT count(*) FROM sqlite_master WHERE name = 'pending_paragraphs'", &ok) != 1))
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
          rd_library_set_db_error (error, self, RD_LIBRARY_ERROR_WRITE, _ ("cannot upgrade the library to this version of Resdiff"));
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      self->version = LIBRARY_SCHEMA_VERSION;
    }
  return TRUE;
}
