/* rd-precedents.c: where each paragraph's wording was adopted before
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* realpath () */
#define _XOPEN_SOURCE 700

#include "config.h"

#include "rd-precedents.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rd-json.h"
#include "rd-library-text.h"

/* Static helpers */

/* Candidates scored per paragraph, out of those sharing most shingles:
 * the closest are among the first few, and each costs a read of its
 * paragraph's kind and number. */
#define MAX_CANDIDATES 12
/* Precedents listed per paragraph. */
#define MAX_PRECEDENTS 5

typedef struct
{
  char *symbol;
  char *date;
  char *path;
  gboolean adopted;
  gboolean counts; /* older than the document asked about, and not it */
} DocumentInfo;

static void
document_info_free (DocumentInfo *info)
{
  g_free (info->symbol);
  g_free (info->date);
  g_free (info->path);
  g_free (info);
}

typedef struct
{
  gint64 paragraph;
  gint64 document;
  guint hits;
  gboolean exact;
  guint8 *matched; /* per shingle of the paragraph asked about: shared */
} Candidate;

static void
candidate_free (Candidate *candidate)
{
  g_free (candidate->matched);
  g_free (candidate);
}

typedef struct
{
  guint start; /* words of the paragraph asked about */
  guint end;   /* just after the last */
} Run;

typedef struct
{
  RdPrecedent *precedent;
  GArray *runs; /* Run: each a stretch of the paragraph that stands, in
                 * one piece, in the precedent */
} Scored;

struct _RdPrecedentFinder
{
  RdLibrary *library;
  GHashTable *documents;       /* gint64 id -> DocumentInfo */
  GArray *paragraph_documents; /* gint64 per paragraph id: its document, or 0 */
  sqlite3_stmt *by_shingle;
  sqlite3_stmt *by_words;
  sqlite3_stmt *read_paragraph;
  gboolean in_transaction;
  int failure; /* the first SQLite error met while searching, or SQLITE_OK */
};

/* Rows end in SQLITE_DONE; anything else (a damaged page) is kept, to be
 * reported once. */
static gboolean
step_row (RdPrecedentFinder *finder,
          sqlite3_stmt *stmt)
{
  int status = sqlite3_step (stmt);

  if (status == SQLITE_ROW)
    return TRUE;
  if (status != SQLITE_DONE && finder->failure == SQLITE_OK)
    finder->failure = status;
  return FALSE;
}

static void
span_clear (gpointer data)
{
  RdPrecedentSpan *span = data;

  g_free (span->text);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

static GHashTable *
read_documents (sqlite3 *db,
                RdDocument *document,
                GError **error,
                const char *library_path)
{
  GHashTable *documents = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) document_info_free);
  g_autofree char *own_date = rd_library_document_date (document);
  const char *own_symbol = rd_document_get_symbol (document);
  const char *own_file = rd_document_get_file (document);
  char *own_real = own_file != NULL ? realpath (own_file, NULL) : NULL;
  sqlite3_stmt *stmt = NULL;
  int status;

  if (sqlite3_prepare_v2 (db, "SELECT id, symbol, date, path, adopted FROM documents", -1, &stmt, NULL) != SQLITE_OK)
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_CORRUPT, _ ("%s: not a Resdiff library, or a damaged one (%s); move it away or give another with --library"), library_path, sqlite3_errmsg (db));
      free (own_real);
      g_hash_table_unref (documents);
      return NULL;
    }
  while ((status = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DocumentInfo *info = g_new0 (DocumentInfo, 1);
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      info->symbol = dup_column (stmt, 1);
      info->date = dup_column (stmt, 2);
      info->path = dup_column (stmt, 3);
      info->adopted = sqlite3_column_int (stmt, 4) != 0;
      /* Never the document itself, under its path or its symbol; and
       * only what came before it. */
      info->counts = TRUE;
      if (own_real != NULL && g_strcmp0 (info->path, own_real) == 0)
        info->counts = FALSE;
      if (own_symbol != NULL && info->symbol != NULL && g_ascii_strcasecmp (own_symbol, info->symbol) == 0)
        info->counts = FALSE;
      if (own_date != NULL && (info->date == NULL || strcmp (info->date, own_date) >= 0))
        info->counts = FALSE;
      g_hash_table_insert (documents, id, info);
    }
  sqlite3_finalize (stmt);
  free (own_real);
  if (status != SQLITE_DONE)
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_CORRUPT, _ ("%s: not a Resdiff library, or a damaged one (%s); move it away or give another with --library"), library_path, sqlite3_errmsg (db));
      g_hash_table_unref (documents);
      return NULL;
    }
  return documents;
}

static Candidate *
add_candidate (GHashTable *candidates,
               gint64 paragraph,
               gint64 document,
               guint n_shingles)
{
  Candidate *candidate = g_hash_table_lookup (candidates, &paragraph);

  if (candidate == NULL)
    {
      candidate = g_new0 (Candidate, 1);
      candidate->paragraph = paragraph;
      candidate->document = document;
      candidate->matched = g_new0 (guint8, MAX (n_shingles, 1));
      g_hash_table_insert (candidates, &candidate->paragraph, candidate);
    }
  return candidate;
}

static gboolean
document_counts (GHashTable *documents,
                 gint64 document)
{
  const DocumentInfo *info = g_hash_table_lookup (documents, &document);

  return info != NULL && info->counts;
}

typedef struct
{
  GHashTable *documents;
} RankContext;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b,
                    gpointer user_data)
{
  const Candidate *x = *(Candidate *const *) a;
  const Candidate *y = *(Candidate *const *) b;
  RankContext *context = user_data;
  const DocumentInfo *dx = g_hash_table_lookup (context->documents, &x->document);
  const DocumentInfo *dy = g_hash_table_lookup (context->documents, &y->document);
  int by_date;

  if (x->exact != y->exact)
    return x->exact ? -1 : 1;
  if (x->hits != y->hits)
    return x->hits > y->hits ? -1 : 1;
  if (dx->adopted != dy->adopted)
    return dx->adopted ? -1 : 1;
  /* The latest first: the closest precedent. */
  by_date = g_strcmp0 (dy->date, dx->date);
  if (by_date != 0)
    return by_date;
  /* Then by file, and in reading order within one (a document's
   * paragraph ids follow it): not by id across documents, which follows
   * the order files happened to be indexed in. */
  if (x->document != y->document)
    return g_strcmp0 (dx->path, dy->path);
  return x->paragraph < y->paragraph ? -1 : x->paragraph > y->paragraph;
}

static int
compare_scored (gconstpointer a,
                gconstpointer b)
{
  const RdPrecedent *x = ((const Scored *) a)->precedent;
  const RdPrecedent *y = ((const Scored *) b)->precedent;
  int by_date;

  /* Adopted resolutions first, then the most of the paragraph, then the
   * latest. */
  if (x->adopted != y->adopted)
    return x->adopted ? -1 : 1;
  if (x->shared_words != y->shared_words)
    return x->shared_words > y->shared_words ? -1 : 1;
  by_date = g_strcmp0 (y->date, x->date);
  if (by_date != 0)
    return by_date;
  return g_strcmp0 (x->symbol, y->symbol);
}

/* Which stretches of the paragraph asked about stand in the candidate:
 * runs of consecutive shared shingles, so that a word dropped or added
 * between two stretches parts them.  The shingles found shared in the
 * index say it: the candidate's text is never read again. */
static GArray *
find_runs (const Candidate *candidate,
           guint n_words,
           guint n_shingles,
           guint *n_covered)
{
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (Run));
  g_autofree guint8 *covered = g_new0 (guint8, MAX (n_words, 1));

  *n_covered = 0;
  if (candidate->exact)
    {
      Run run = { 0, n_words };

      g_array_append_val (runs, run);
      *n_covered = n_words;
      return runs;
    }
  for (guint i = 0; i < n_shingles;)
    {
      Run run;

      if (!candidate->matched[i])
        {
          i++;
          continue;
        }
      run.start = i;
      while (i < n_shingles && candidate->matched[i])
        i++;
      run.end = i - 1 + RD_LIBRARY_SHINGLE_WORDS;
      g_array_append_val (runs, run);
      memset (covered + run.start, 1, run.end - run.start);
    }
  for (guint i = 0; i < n_words; i++)
    *n_covered += covered[i];
  return runs;
}

/* The run of @scored that covers @position, or NULL. */
static const Run *
run_at (const Scored *scored,
        guint position)
{
  for (guint r = 0; r < scored->runs->len; r++)
    {
      const Run *run = &g_array_index (scored->runs, Run, r);

      if (run->start <= position && position < run->end)
        return run;
    }
  return NULL;
}

static RdParagraphPrecedents *
find_for_text (RdPrecedentFinder *finder,
               guint index,
               const char *text)
{
  RdParagraphPrecedents *result = g_new0 (RdParagraphPrecedents, 1);
  sqlite3_stmt *by_shingle = finder->by_shingle;
  sqlite3_stmt *by_words = finder->by_words;
  sqlite3_stmt *read_paragraph = finder->read_paragraph;
  GHashTable *documents = finder->documents;
  g_autoptr (GArray) words = rd_library_text_words (text);
  g_autoptr (GArray) shingles = rd_library_text_shingles (words);
  g_autoptr (GHashTable) candidates = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) candidate_free);
  g_autoptr (GHashTable) positions = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr (GPtrArray) ranked = g_ptr_array_new ();
  g_autoptr (GArray) scored = g_array_new (FALSE, FALSE, sizeof (Scored));
  RankContext context = { documents };
  GHashTableIter iter;
  gpointer value;
  gboolean agreed = FALSE, partly = FALSE;

  result->index = index;
  result->n_words = words->len;
  result->precedents = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_precedent_free);
  result->spans = g_array_new (FALSE, FALSE, sizeof (RdPrecedentSpan));
  g_array_set_clear_func (result->spans, span_clear);
  if (words->len == 0)
    return result;

  /* Paragraphs with the same words, routine ones aside. */
  sqlite3_reset (by_words);
  sqlite3_bind_int64 (by_words, 1, (gint64) rd_library_text_hash_words ((RdLibraryWord *) words->data, words->len));
  sqlite3_bind_int (by_words, 2, (int) words->len);
  while (step_row (finder, by_words))
    if (document_counts (documents, sqlite3_column_int64 (by_words, 1)))
      add_candidate (candidates, sqlite3_column_int64 (by_words, 0), sqlite3_column_int64 (by_words, 1), shingles->len)->exact = TRUE;
  /* Paragraphs sharing runs of words: each shingle looked up once, and
   * marked at every place it stands. */
  for (guint i = 0; i < shingles->len; i++)
    {
      guint64 *hash = &g_array_index (shingles, guint64, i);
      GArray *at = g_hash_table_lookup (positions, hash);

      if (at == NULL)
        {
          at = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (positions, hash, at);
        }
      g_array_append_val (at, i);
    }
  g_hash_table_iter_init (&iter, positions);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GArray *at = value;
      guint64 hash = g_array_index (shingles, guint64, g_array_index (at, guint, 0));

      sqlite3_reset (by_shingle);
      sqlite3_bind_int64 (by_shingle, 1, (gint64) hash);
      while (step_row (finder, by_shingle))
        {
          gint64 paragraph = sqlite3_column_int64 (by_shingle, 0);
          gint64 document = paragraph > 0 && (guint64) paragraph < finder->paragraph_documents->len ? g_array_index (finder->paragraph_documents, gint64, paragraph) : 0;
          Candidate *candidate;

          if (!document_counts (documents, document))
            continue;
          candidate = add_candidate (candidates, paragraph, document, shingles->len);
          for (guint a = 0; a < at->len; a++)
            {
              candidate->matched[g_array_index (at, guint, a)] = 1;
              candidate->hits++;
            }
        }
    }

  g_hash_table_iter_init (&iter, candidates);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (ranked, value);
  g_ptr_array_sort_with_data (ranked, compare_candidates, &context);

  for (guint i = 0; i < ranked->len && i < MAX_CANDIDATES; i++)
    {
      Candidate *candidate = g_ptr_array_index (ranked, i);
      const DocumentInfo *info = g_hash_table_lookup (documents, &candidate->document);
      Scored entry = { 0 };
      guint n_covered = 0;
      RdPrecedent *precedent;

      sqlite3_reset (read_paragraph);
      sqlite3_bind_int64 (read_paragraph, 1, candidate->paragraph);
      if (!step_row (finder, read_paragraph))
        continue;
      entry.runs = find_runs (candidate, words->len, shingles->len, &n_covered);
      if (n_covered == 0)
        {
          g_array_unref (entry.runs);
          continue;
        }
      precedent = g_new0 (RdPrecedent, 1);
      precedent->symbol = g_strdup (info->symbol);
      precedent->date = g_strdup (info->date);
      precedent->path = g_strdup (info->path);
      precedent->adopted = info->adopted;
      precedent->kind = dup_column (read_paragraph, 0);
      precedent->number = dup_column (read_paragraph, 1);
      precedent->shared_words = n_covered;
      precedent->similarity = (double) n_covered / words->len;
      entry.precedent = precedent;
      g_array_append_val (scored, entry);
    }
  g_array_sort (scored, compare_scored);

  for (guint i = 0; i < scored->len; i++)
    {
      Scored *entry = &g_array_index (scored, Scored, i);

      if (i < MAX_PRECEDENTS)
        {
          if (entry->precedent->adopted && entry->precedent->shared_words == words->len)
            agreed = TRUE;
          if (entry->precedent->adopted && entry->precedent->shared_words >= MIN (RD_LIBRARY_SHINGLE_WORDS, words->len))
            partly = TRUE;
          g_ptr_array_add (result->precedents, entry->precedent);
        }
      else
        rd_precedent_free (entry->precedent);
    }
  result->language = agreed ? RD_LANGUAGE_AGREED : partly ? RD_LANGUAGE_PARTLY
                                                          : RD_LANGUAGE_NEW;

  /* The shared runs, each from the first precedent (adopted first) that
   * has it. */
  {
    guint n = MIN (scored->len, MAX_PRECEDENTS);
    guint position = 0;

    while (position < words->len)
      {
        const Run *run = NULL;
        guint source = 0;

        for (guint p = 0; p < n && run == NULL; p++)
          if ((run = run_at (&g_array_index (scored, Scored, p), position)) != NULL)
            source = p;
        if (run == NULL)
          {
            position++;
            continue;
          }
        {
          const RdLibraryWord *first = &g_array_index (words, RdLibraryWord, position);
          const RdLibraryWord *last = &g_array_index (words, RdLibraryWord, run->end - 1);
          RdPrecedentSpan span;

          span.start = g_utf8_pointer_to_offset (text, text + first->start);
          span.end = g_utf8_pointer_to_offset (text, text + last->end);
          span.start_byte = first->start;
          span.end_byte = last->end;
          span.text = g_strndup (text + first->start, last->end - first->start);
          span.precedent = source;
          g_array_append_val (result->spans, span);
        }
        position = run->end;
      }
  }
  for (guint i = 0; i < scored->len; i++)
    g_array_unref (g_array_index (scored, Scored, i).runs);
  return result;
}

static const char *
language_label (RdLanguage language)
{
  switch (language)
    {
    case RD_LANGUAGE_AGREED:
      /* TRANSLATORS: of a paragraph: its wording stands in an adopted resolution */
      return _ ("agreed");
    case RD_LANGUAGE_PARTLY:
      /* TRANSLATORS: of a paragraph: long spans of it stand in an adopted resolution */
      return _ ("partly");
    case RD_LANGUAGE_NEW:
    default:
      /* TRANSLATORS: of a paragraph: no adopted resolution has its wording */
      return _ ("new");
    }
}

static char *
describe_place (const char *kind,
                const char *number)
{
  if (g_strcmp0 (kind, "preambular") == 0 && number != NULL)
    /* TRANSLATORS: "PP" abbreviates "preambular paragraph" */
    return g_strdup_printf (_ ("PP %s"), number);
  if ((g_strcmp0 (kind, "operative") == 0 || g_strcmp0 (kind, "subparagraph") == 0) && number != NULL)
    /* TRANSLATORS: "OP" abbreviates "operative paragraph" */
    return g_strdup_printf (_ ("OP %s"), number);
  return g_strdup (number != NULL ? number : "");
}

/* Each paragraph's document, read once from the index on paragraphs by
 * document (a few bytes a paragraph, the texts never read): the shingle
 * lookups then need no join, which cost a search of the paragraphs'
 * table for every row they found. */
static gboolean
read_paragraph_documents (RdPrecedentFinder *finder,
                          sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int status;

  finder->paragraph_documents = g_array_new (FALSE, TRUE, sizeof (gint64));
  if (sqlite3_prepare_v2 (db, "SELECT id, document FROM paragraphs INDEXED BY paragraphs_by_document", -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  while ((status = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      /* Rowids are dense; anything else is a damaged library. */
      if (id <= 0 || id > G_MAXINT32)
        {
          status = SQLITE_CORRUPT;
          break;
        }
      if ((guint64) id >= finder->paragraph_documents->len)
        g_array_set_size (finder->paragraph_documents, MAX ((guint) id + 1, finder->paragraph_documents->len * 2));
      g_array_index (finder->paragraph_documents, gint64, id) = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_finalize (stmt);
  return status == SQLITE_DONE;
}

/* Public API */

RdPrecedent *
rd_precedent_copy (const RdPrecedent *precedent)
{
  RdPrecedent *copy = g_new0 (RdPrecedent, 1);

  *copy = *precedent;
  copy->symbol = g_strdup (precedent->symbol);
  copy->date = g_strdup (precedent->date);
  copy->path = g_strdup (precedent->path);
  copy->kind = g_strdup (precedent->kind);
  copy->number = g_strdup (precedent->number);
  return copy;
}

void
rd_precedent_free (RdPrecedent *precedent)
{
  if (precedent == NULL)
    return;
  g_free (precedent->symbol);
  g_free (precedent->date);
  g_free (precedent->path);
  g_free (precedent->kind);
  g_free (precedent->number);
  g_free (precedent);
}

const char *
rd_language_to_string (RdLanguage language)
{
  switch (language)
    {
    case RD_LANGUAGE_AGREED:
      return "agreed";
    case RD_LANGUAGE_PARTLY:
      return "partly";
    case RD_LANGUAGE_NEW:
    default:
      return "new";
    }
}

void
rd_paragraph_precedents_free (RdParagraphPrecedents *precedents)
{
  if (precedents == NULL)
    return;
  g_clear_pointer (&precedents->precedents, g_ptr_array_unref);
  g_clear_pointer (&precedents->spans, g_array_unref);
  g_free (precedents);
}

RdPrecedentFinder *
rd_precedent_finder_new (RdLibrary *library,
                         RdDocument *document,
                         GError **error)
{
  sqlite3 *db = rd_library_get_db (library);
  RdPrecedentFinder *finder;
  GHashTable *documents;

  g_return_val_if_fail (RD_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (RD_IS_DOCUMENT (document), NULL);

  documents = read_documents (db, document, error, rd_library_get_path (library));
  if (documents == NULL)
    return NULL;
  finder = g_new0 (RdPrecedentFinder, 1);
  finder->library = g_object_ref (library);
  finder->documents = documents;
  if (sqlite3_prepare_v2 (db, "SELECT paragraph FROM shingles WHERE hash = ?", -1, &finder->by_shingle, NULL) != SQLITE_OK || sqlite3_prepare_v2 (db, "SELECT id, document FROM paragraphs WHERE words_hash = ? AND n_words = ?", -1, &finder->by_words, NULL) != SQLITE_OK || sqlite3_prepare_v2 (db, "SELECT kind, number FROM paragraphs WHERE id = ?", -1, &finder->read_paragraph, NULL) != SQLITE_OK)
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_CORRUPT, _ ("%s: not a Resdiff library, or a damaged one (%s); move it away or give another with --library"), rd_library_get_path (library), sqlite3_errmsg (db));
      rd_precedent_finder_free (finder);
      return NULL;
    }
  /* One read transaction: a consistent view, and no lock per query. */
  finder->in_transaction = sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
  if (!read_paragraph_documents (finder, db))
    {
      g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_CORRUPT, _ ("%s: not a Resdiff library, or a damaged one (%s); move it away or give another with --library"), rd_library_get_path (library), sqlite3_errmsg (db));
      rd_precedent_finder_free (finder);
      return NULL;
    }
  return finder;
}

RdParagraphPrecedents *
rd_precedent_finder_find (RdPrecedentFinder *finder,
                          guint index,
                          const char *text)
{
  g_return_val_if_fail (finder != NULL, NULL);

  return find_for_text (finder, index, text != NULL ? text : "");
}

gboolean
rd_precedent_finder_check (RdPrecedentFinder *finder,
                           GError **error)
{
  if (finder->failure == SQLITE_OK)
    return TRUE;
  g_set_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_CORRUPT, _ ("%s: not a Resdiff library, or a damaged one (%s); move it away or give another with --library"), rd_library_get_path (finder->library), sqlite3_errstr (finder->failure));
  return FALSE;
}

void
rd_precedent_finder_free (RdPrecedentFinder *finder)
{
  if (finder == NULL)
    return;
  sqlite3_finalize (finder->by_shingle);
  sqlite3_finalize (finder->by_words);
  sqlite3_finalize (finder->read_paragraph);
  if (finder->in_transaction)
    sqlite3_exec (rd_library_get_db (finder->library), "COMMIT", NULL, NULL, NULL);
  g_clear_pointer (&finder->documents, g_hash_table_unref);
  g_clear_pointer (&finder->paragraph_documents, g_array_unref);
  g_clear_object (&finder->library);
  g_free (finder);
}

GPtrArray *
rd_library_find_precedents (RdLibrary *library,
                            RdDocument *document,
                            GError **error)
{
  g_autoptr (GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_paragraph_precedents_free);
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);
  RdPrecedentFinder *finder = rd_precedent_finder_new (library, document, error);

  if (finder == NULL)
    return NULL;
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      g_ptr_array_add (results, rd_precedent_finder_find (finder, i, paragraph->text));
    }
  if (!rd_precedent_finder_check (finder, error))
    {
      rd_precedent_finder_free (finder);
      return NULL;
    }
  rd_precedent_finder_free (finder);
  return g_steal_pointer (&results);
}

char *
rd_precedents_to_json (RdDocument *document,
                       GPtrArray *precedents)
{
  g_autoptr (RdJsonWriter) writer = rd_json_writer_new ();
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);
  g_autofree char *date = rd_library_document_date (document);
  guint counts[3] = { 0 };

  rd_json_begin_object (writer);
  rd_json_member_string (writer, "symbol", rd_document_get_symbol (document));
  rd_json_member_string (writer, "date", date);
  rd_json_member_array (writer, "paragraphs");
  for (guint i = 0; i < precedents->len; i++)
    {
      const RdParagraphPrecedents *entry = g_ptr_array_index (precedents, i);
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, entry->index);
      g_autofree char *number = rd_library_paragraph_number (document, paragraph);

      counts[entry->language]++;
      rd_json_begin_object (writer);
      rd_json_member_int (writer, "index", entry->index);
      rd_json_member_string (writer, "kind", rd_paragraph_kind_to_string (paragraph->kind));
      rd_json_member_string (writer, "number", number);
      rd_json_member_string (writer, "language", rd_language_to_string (entry->language));
      rd_json_member_int (writer, "words", entry->n_words);
      rd_json_member_array (writer, "precedents");
      for (guint p = 0; p < entry->precedents->len; p++)
        {
          const RdPrecedent *precedent = g_ptr_array_index (entry->precedents, p);

          rd_json_begin_object (writer);
          rd_json_member_string (writer, "symbol", precedent->symbol);
          rd_json_member_string (writer, "date", precedent->date);
          rd_json_member_bool (writer, "adopted", precedent->adopted);
          rd_json_member_string (writer, "kind", precedent->kind);
          rd_json_member_string (writer, "number", precedent->number);
          rd_json_member (writer, "similarity");
          rd_json_double (writer, round (precedent->similarity * 1000) / 1000);
          rd_json_member_int (writer, "shared_words", precedent->shared_words);
          rd_json_end_object (writer);
        }
      rd_json_end_array (writer);
      rd_json_member_array (writer, "spans");
      for (guint s = 0; s < entry->spans->len; s++)
        {
          const RdPrecedentSpan *span = &g_array_index (entry->spans, RdPrecedentSpan, s);
          const RdPrecedent *precedent = g_ptr_array_index (entry->precedents, span->precedent);

          rd_json_begin_object (writer);
          rd_json_member_int (writer, "start", span->start);
          rd_json_member_int (writer, "end", span->end);
          rd_json_member_string (writer, "text", span->text);
          rd_json_member_string (writer, "symbol", precedent->symbol);
          rd_json_member_string (writer, "kind", precedent->kind);
          rd_json_member_string (writer, "number", precedent->number);
          rd_json_end_object (writer);
        }
      rd_json_end_array (writer);
      rd_json_end_object (writer);
    }
  rd_json_end_array (writer);
  rd_json_member_object (writer, "counts");
  rd_json_member_int (writer, "agreed", counts[RD_LANGUAGE_AGREED]);
  rd_json_member_int (writer, "partly", counts[RD_LANGUAGE_PARTLY]);
  rd_json_member_int (writer, "new", counts[RD_LANGUAGE_NEW]);
  rd_json_end_object (writer);
  rd_json_end_object (writer);
  return rd_json_writer_finish (g_steal_pointer (&writer));
}

char *
rd_precedents_to_text (RdDocument *document,
                       GPtrArray *precedents)
{
  GString *out = g_string_new (NULL);
  g_autofree char *name = rd_document_dup_display_name (document);
  guint counts[3] = { 0 };

  for (guint i = 0; i < precedents->len; i++)
    counts[((RdParagraphPrecedents *) g_ptr_array_index (precedents, i))->language]++;
  /* TRANSLATORS: the document, then how many of its paragraphs are agreed language, partly, new */
  g_string_append_printf (out, _ ("%s: %u agreed, %u partly agreed, %u new"), name, counts[RD_LANGUAGE_AGREED], counts[RD_LANGUAGE_PARTLY], counts[RD_LANGUAGE_NEW]);
  g_string_append (out, "\n\n");
  for (guint i = 0; i < precedents->len; i++)
    {
      const RdParagraphPrecedents *entry = g_ptr_array_index (precedents, i);
      g_autofree char *label = rd_document_describe_paragraph (document, entry->index);

      g_string_append_printf (out, "%s\t%s", label, language_label (entry->language));
      for (guint p = 0; p < entry->precedents->len; p++)
        {
          const RdPrecedent *precedent = g_ptr_array_index (entry->precedents, p);
          g_autofree char *place = describe_place (precedent->kind, precedent->number);

          g_string_append_printf (out, "%s%s %s (%d%%)", p == 0 ? "\t" : "; ", precedent->symbol != NULL ? precedent->symbol : precedent->path, place, (int) floor (precedent->similarity * 100));
        }
      g_string_append_c (out, '\n');
      if (entry->language == RD_LANGUAGE_PARTLY)
        for (guint s = 0; s < entry->spans->len; s++)
          {
            const RdPrecedentSpan *span = &g_array_index (entry->spans, RdPrecedentSpan, s);
            const RdPrecedent *precedent = g_ptr_array_index (entry->precedents, span->precedent);
            g_autofree char *place = describe_place (precedent->kind, precedent->number);

            g_string_append_printf (out, "\t“%s” — %s %s\n", span->text, precedent->symbol != NULL ? precedent->symbol : precedent->path, place);
          }
    }
  return g_string_free (out, FALSE);
}
