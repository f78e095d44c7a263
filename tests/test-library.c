/* test-library.c: the local library of resolutions and the precedents
 * of a document's paragraphs in it, on real corpus PDFs
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <utime.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "rd-annotations.h"
#include "rd-export.h"
#include "rd-library-annotate.h"
#include "rd-library-text.h"
#include "rd-library.h"
#include "rd-loader.h"
#include "rd-precedents.h"
#include "rd-text-writer.h"
#include "rd-test-pdf.h"
#include "rd-test-spawn.h"
#include "rd-test-util.h"

/* The library the tests share: the right to food series (A/RES/78/198,
 * A/RES/79/171, the draft A/C.3/80/L.41, which repeats 79/171 with edits,
 * and A/RES/80/210 adopted after it), the investments series
 * (A/RES/79/198, the draft A/C.2/80/L.24 and the Vice-Chair's later draft
 * A/C.2/80/L.46), a PDF that is not one and a file of another kind. */
static const char *const library_pdfs[] = {
  "A_RES_78_198.en.pdf",
  "A_RES_79_171.en.pdf",
  "A_C.3_80_L.41.en.pdf",
  "A_RES_80_210.en.pdf",
  "A_RES_79_198.en.pdf",
  "A_C.2_80_L.24.en.pdf",
  "A_C.2_80_L.46.en.pdf",
};

typedef struct
{
  guint calls;
  char *last_path;
  char *last_message;
} Failures;

static char *library_dir;
static char *library_path;
static RdLibrary *shared_library;
/* What its first indexing reported, whichever test made it. */
static RdLibraryIndexStats first_stats;
static Failures first_failures;

static void
on_failure (const char *path,
            const GError *error,
            gpointer user_data)
{
  Failures *failures = user_data;

  failures->calls++;
  g_free (failures->last_path);
  g_free (failures->last_message);
  failures->last_path = g_strdup (path);
  failures->last_message = g_strdup (error->message);
}

static void
failures_clear (Failures *failures)
{
  g_free (failures->last_path);
  g_free (failures->last_message);
}

static char *
in_library_dir (const char *name)
{
  return g_build_filename (library_dir, name, NULL);
}

/* The folder of copies, made once. */
static void
make_library_dir (void)
{
  static const char not_a_pdf[] = "%PDF-1.7\nthis is not a PDF at all\n";

  if (library_dir != NULL)
    return;
  library_dir = rd_test_make_temp_dir ();
  for (gsize i = 0; i < G_N_ELEMENTS (library_pdfs); i++)
    {
      g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "corpus", library_pdfs[i], NULL);
      g_autofree char *target = in_library_dir (library_pdfs[i]);
      g_autofree char *data = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (source, &data, &length, NULL));
      rd_test_write_file (target, data, length);
    }
  {
    g_autofree char *broken = in_library_dir ("broken.pdf");
    g_autofree char *facts = in_library_dir ("facts.json");

    rd_test_write_file (broken, not_a_pdf, sizeof not_a_pdf - 1);
    rd_test_write_file (facts, "{}", 2);
  }
  library_path = in_library_dir ("library.sqlite");
}

/* The shared library, indexed once (first_stats, first_failures). */
static RdLibrary *
get_library (void)
{
  g_autoptr (GError) error = NULL;
  const char *paths[] = { NULL, NULL };

  make_library_dir ();
  if (shared_library != NULL)
    return shared_library;
  shared_library = rd_library_open (library_path, &error);
  g_assert_no_error (error);
  paths[0] = library_dir;
  g_assert_true (rd_library_index (shared_library, paths, on_failure, &first_failures, &first_stats, &error));
  g_assert_no_error (error);
  return shared_library;
}

static RdDocument *
load (const char *path)
{
  g_autoptr (RdLoader) loader = rd_loader_new (NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GPtrArray) documents = NULL;
  g_autoptr (GError) error = NULL;

  rd_loader_add_file (loader, file);
  documents = rd_loader_load (loader, NULL, &error);
  g_assert_no_error (error);
  return g_object_ref (g_ptr_array_index (documents, 0));
}

/* The precedents of the paragraph of @kind numbered @number ("7" for PP 7). */
static const RdParagraphPrecedents *
find_paragraph (RdDocument *document,
                GPtrArray *precedents,
                RdParagraphKind kind,
                const char *number)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);

  for (guint i = 0; i < precedents->len; i++)
    {
      const RdParagraphPrecedents *entry = g_ptr_array_index (precedents, i);
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, entry->index);
      g_autofree char *ordinal = g_strdup_printf ("%u", paragraph->ordinal);

      if (paragraph->kind == kind && g_strcmp0 (kind == RD_PARAGRAPH_PREAMBULAR ? ordinal : paragraph->number, number) == 0)
        return entry;
    }
  g_assert_not_reached ();
  return NULL;
}

static const RdPrecedent *
first_precedent (const RdParagraphPrecedents *entry)
{
  g_assert_cmpuint (entry->precedents->len, >, 0);
  return g_ptr_array_index (entry->precedents, 0);
}

/* Indexing: every resolution file read, the broken one reported and
 * left out, the JSON file and the library itself not taken. */
static void
test_index_counts (void)
{
  RdLibraryIndexStats stats;
  Failures failures;
  RdLibrary *library;
  guint paragraphs = 0;

  if (!rd_test_require_pdf ())
    return;
  library = get_library ();
  stats = first_stats;
  failures = first_failures;
  g_assert_cmpuint (stats.indexed, ==, G_N_ELEMENTS (library_pdfs));
  g_assert_cmpuint (stats.skipped, ==, 0);
  g_assert_cmpuint (stats.failed, ==, 1);
  g_assert_cmpuint (failures.calls, ==, 1);
  g_assert_true (g_str_has_suffix (failures.last_path, "broken.pdf"));
  g_assert_nonnull (strstr (failures.last_message, "broken.pdf"));
  g_assert_cmpuint (rd_library_count_documents (library), ==, G_N_ELEMENTS (library_pdfs));

  /* Every paragraph of every document, as the loader reads it. */
  for (gsize i = 0; i < G_N_ELEMENTS (library_pdfs); i++)
    {
      g_autofree char *path = in_library_dir (library_pdfs[i]);
      g_autoptr (RdDocument) document = load (path);

      paragraphs += rd_document_get_paragraphs (document)->len;
    }
  g_assert_cmpuint (rd_library_count_paragraphs (library), ==, paragraphs);
}

/* Indexing again reads only what changed; a changed file replaces its
 * entry. */
static void
test_index_skips_unchanged (void)
{
  RdLibraryIndexStats stats = { 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *changed = NULL;
  const char *paths[] = { NULL, NULL };
  RdLibrary *library;
  guint paragraphs;
  GStatBuf st;
  struct utimbuf times;

  if (!rd_test_require_pdf ())
    return;
  library = get_library ();
  paragraphs = rd_library_count_paragraphs (library);
  paths[0] = library_dir;

  g_assert_true (rd_library_index (library, paths, NULL, NULL, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.indexed, ==, 0);
  g_assert_cmpuint (stats.skipped, ==, G_N_ELEMENTS (library_pdfs));
  /* Not in the library, so tried again. */
  g_assert_cmpuint (stats.failed, ==, 1);

  /* Another modification time: read again, once. */
  changed = in_library_dir ("A_RES_78_198.en.pdf");
  g_assert_cmpint (g_stat (changed, &st), ==, 0);
  times.actime = st.st_atime;
  times.modtime = st.st_mtime - 3600;
  g_assert_cmpint (g_utime (changed, &times), ==, 0);
  g_assert_true (rd_library_index (library, paths, NULL, NULL, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.indexed, ==, 1);
  g_assert_cmpuint (stats.skipped, ==, G_N_ELEMENTS (library_pdfs) - 1);
  g_assert_cmpuint (rd_library_count_documents (library), ==, G_N_ELEMENTS (library_pdfs));
  g_assert_cmpuint (rd_library_count_paragraphs (library), ==, paragraphs);

  /* A file gone from the folder leaves the library; back, it returns. */
  {
    g_autofree char *moved = g_build_filename (g_get_tmp_dir (), "resdiff-test-library-moved.pdf", NULL);

    g_assert_cmpint (g_rename (changed, moved), ==, 0);
    g_assert_true (rd_library_index (library, paths, NULL, NULL, &stats, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (stats.removed, ==, 1);
    g_assert_cmpuint (stats.indexed, ==, 0);
    g_assert_cmpuint (rd_library_count_documents (library), ==, G_N_ELEMENTS (library_pdfs) - 1);
    g_assert_cmpuint (rd_library_count_paragraphs (library), <, paragraphs);
    g_assert_cmpint (g_rename (moved, changed), ==, 0);
    g_assert_true (rd_library_index (library, paths, NULL, NULL, &stats, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (stats.removed, ==, 0);
    g_assert_cmpuint (stats.indexed, ==, 1);
    g_assert_cmpuint (rd_library_count_documents (library), ==, G_N_ELEMENTS (library_pdfs));
    g_assert_cmpuint (rd_library_count_paragraphs (library), ==, paragraphs);
  }

  /* A path that is not there is trouble, said with its name. */
  paths[0] = "/nonexistent/folder";
  g_assert_false (rd_library_index (library, paths, NULL, NULL, &stats, &error));
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_NO_INPUT);
  g_assert_nonnull (strstr (error->message, "/nonexistent/folder"));
}

/* A file that is not SQLite, and an SQLite database of something else:
 * refused with the file's name, and left as they were. */
static void
test_open_corrupt_or_foreign (void)
{
  static const char garbage[] = "This is not a database, but a letter.\n";
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *corrupt = g_build_filename (dir, "corrupt.sqlite", NULL);
  g_autofree char *foreign = g_build_filename (dir, "foreign.sqlite", NULL);
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (RdLibrary) library = NULL;
  sqlite3 *db = NULL;
  gsize length = 0;

  rd_test_write_file (corrupt, garbage, sizeof garbage - 1);
  library = rd_library_open (corrupt, &error);
  g_assert_null (library);
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, corrupt));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_true (g_file_get_contents (corrupt, &data, &length, NULL));
  g_assert_cmpmem (data, length, garbage, sizeof garbage - 1);
  g_clear_error (&error);

  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  library = rd_library_open (foreign, &error);
  g_assert_null (library);
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_FOREIGN);
  g_assert_nonnull (strstr (error->message, foreign));
  g_clear_error (&error);
  /* Still the other program's, untouched. */
  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "SELECT name FROM recipes", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "SELECT 1 FROM documents", NULL, NULL, NULL), !=, SQLITE_OK);
  sqlite3_close (db);

  /* The command line: one line naming the file, exit status 2. */
  {
    g_auto (RdRun) run = { 0 };

    rd_run_resdiff (&run, "--index", dir, "--library", corrupt, NULL);
    g_assert_cmpint (run.status, ==, 2);
    rd_assert_one_line_error (&run, corrupt, NULL);
    g_assert_cmpstr (run.out, ==, "");
  }
  /* --precedents likewise, with either. */
  for (const char *const *library_file = (const char *const[]){ corrupt, foreign, NULL }; *library_file != NULL; library_file++)
    {
      g_auto (RdRun) run = { 0 };
      g_autofree char *input = g_test_build_filename (G_TEST_DIST, "data", "pairs", "trafficking-old.txt", NULL);

      rd_run_resdiff (&run, "--precedents", input, "--library", *library_file, NULL);
      g_assert_cmpint (run.status, ==, 2);
      rd_assert_one_line_error (&run, *library_file, NULL);
      g_assert_cmpstr (run.out, ==, "");
    }
  g_assert_cmpint (g_remove (corrupt), ==, 0);
  g_assert_cmpint (g_remove (foreign), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Routine updates compare equal; wording does not. */
static void
test_words_routine (void)
{
  g_autoptr (GArray) a = rd_library_text_words ("Decides to continue the consideration of the question at its eightieth session, on 18 December 2025 (resolution 79/171).");
  g_autoptr (GArray) b = rd_library_text_words ("Decides to continue the consideration of the question at its eighty-first session, on 9 November 2026 (resolution 80/210).");
  g_autoptr (GArray) c = rd_library_text_words ("Decides to conclude the consideration of the question at its eighty-first session, on 9 November 2026 (resolution 80/210).");

  g_assert_cmpuint (a->len, ==, 18);
  g_assert_cmpuint (a->len, ==, b->len);
  g_assert_cmpuint (rd_library_text_hash_words ((RdLibraryWord *) a->data, a->len), ==, rd_library_text_hash_words ((RdLibraryWord *) b->data, b->len));
  g_assert_cmpuint (rd_library_text_hash_words ((RdLibraryWord *) b->data, b->len), !=, rd_library_text_hash_words ((RdLibraryWord *) c->data, c->len));
  /* "79/171" is one word, at its place in the text. */
  g_assert_cmpuint (g_array_index (a, RdLibraryWord, 17).end - g_array_index (a, RdLibraryWord, 17).start, ==, strlen ("79/171"));
}

/* The draft A/C.3/80/L.41 repeats last year's A/RES/79/171 with edits:
 * read in the PDFs, PP 1 and OP 51 stand unchanged (OP 51's "eightieth
 * session" now "eighty-first", a routine update); PP 7 was "Welcoming the
 * commitment ... malnutrition, recently reaffirmed by Member States in the
 * Pact for the Future" and became "Welcoming further the commitment ...
 * malnutrition, reaffirmed by ..."; PP 5 and PP 6 (the Doha Political
 * Declaration of November 2025, the Global Alliance against Hunger and
 * Poverty's meeting of 3 November 2025) are new. */
static void
test_precedents_repeated_draft (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr (RdDocument) document = NULL;
  g_autoptr (GPtrArray) precedents = NULL;
  const RdParagraphPrecedents *entry;
  const RdPrecedent *precedent;
  const RdPrecedentSpan *span;
  RdLibrary *library;

  if (!rd_test_require_pdf ())
    return;
  library = get_library ();
  path = in_library_dir ("A_C.3_80_L.41.en.pdf");
  document = load (path);
  precedents = rd_library_find_precedents (library, document, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (precedents->len, ==, rd_document_get_paragraphs (document)->len);

  entry = find_paragraph (document, precedents, RD_PARAGRAPH_PREAMBULAR, "1");
  g_assert_cmpint (entry->language, ==, RD_LANGUAGE_AGREED);
  precedent = first_precedent (entry);
  g_assert_cmpstr (precedent->symbol, ==, "A/RES/79/171");
  g_assert_cmpstr (precedent->kind, ==, "preambular");
  g_assert_cmpstr (precedent->number, ==, "1");
  g_assert_true (precedent->adopted);
  g_assert_cmpfloat (precedent->similarity, ==, 1.0);

  entry = find_paragraph (document, precedents, RD_PARAGRAPH_OPERATIVE, "51");
  g_assert_cmpint (entry->language, ==, RD_LANGUAGE_AGREED);
  precedent = first_precedent (entry);
  g_assert_cmpstr (precedent->symbol, ==, "A/RES/79/171");
  g_assert_cmpstr (precedent->kind, ==, "operative");
  g_assert_cmpstr (precedent->number, ==, "51");
  g_assert_cmpuint (precedent->shared_words, ==, entry->n_words);

  entry = find_paragraph (document, precedents, RD_PARAGRAPH_PREAMBULAR, "7");
  g_assert_cmpint (entry->language, ==, RD_LANGUAGE_PARTLY);
  precedent = first_precedent (entry);
  g_assert_cmpstr (precedent->symbol, ==, "A/RES/79/171");
  g_assert_cmpstr (precedent->number, ==, "5");
  g_assert_cmpuint (precedent->shared_words, <, entry->n_words);
  g_assert_cmpuint (entry->spans->len, ==, 2);
  span = &g_array_index (entry->spans, RdPrecedentSpan, 0);
  g_assert_cmpstr (span->text, ==, "the commitment to end hunger and eliminate food insecurity and all forms of malnutrition");
  g_assert_cmpuint (span->start, ==, strlen ("Welcoming further "));
  g_assert_cmpuint (span->precedent, ==, 0);
  span = &g_array_index (entry->spans, RdPrecedentSpan, 1);
  g_assert_cmpstr (span->text, ==, "reaffirmed by Member States in the Pact for the Future");
  g_assert_cmpuint (span->precedent, ==, 0);

  for (const char *const *number = (const char *const[]){ "5", "6", NULL }; *number != NULL; number++)
    {
      entry = find_paragraph (document, precedents, RD_PARAGRAPH_PREAMBULAR, *number);
      g_assert_cmpint (entry->language, ==, RD_LANGUAGE_NEW);
      g_assert_cmpuint (entry->spans->len, ==, 0);
    }

  /* Never the draft itself (it is in the library), nor what was adopted
   * after it (A/RES/80/210, 2025-12-15, with the same paragraphs). */
  for (guint i = 0; i < precedents->len; i++)
    {
      entry = g_ptr_array_index (precedents, i);
      for (guint p = 0; p < entry->precedents->len; p++)
        {
          precedent = g_ptr_array_index (entry->precedents, p);
          g_assert_cmpstr (precedent->symbol, !=, "A/C.3/80/L.41");
          g_assert_cmpstr (precedent->symbol, !=, "A/RES/80/210");
          g_assert_cmpstr (precedent->date, <, "2025-11-04");
        }
    }
}

/* A/RES/79/171 is in the library: its precedents are A/RES/78/198 and
 * other earlier texts, never itself. */
static void
test_precedents_never_itself (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr (RdDocument) document = NULL;
  g_autoptr (GPtrArray) precedents = NULL;
  RdLibrary *library;
  guint agreed = 0;

  if (!rd_test_require_pdf ())
    return;
  library = get_library ();
  path = in_library_dir ("A_RES_79_171.en.pdf");
  document = load (path);
  precedents = rd_library_find_precedents (library, document, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < precedents->len; i++)
    {
      const RdParagraphPrecedents *entry = g_ptr_array_index (precedents, i);

      if (entry->language == RD_LANGUAGE_AGREED)
        {
          agreed++;
          g_assert_cmpstr (first_precedent (entry)->symbol, ==, "A/RES/78/198");
        }
      for (guint p = 0; p < entry->precedents->len; p++)
        {
          const RdPrecedent *precedent = g_ptr_array_index (entry->precedents, p);

          g_assert_cmpstr (precedent->symbol, !=, "A/RES/79/171");
          g_assert_true (precedent->adopted);
        }
    }
  /* A yearly resolution: most of it is last year's. */
  g_assert_cmpuint (agreed, >, precedents->len / 2);
}

static void
set_mtime (const char *path,
           gint64 mtime)
{
  struct utimbuf times = { (time_t) mtime, (time_t) mtime };

  g_assert_cmpint (utime (path, &times), ==, 0);
}

static gint64
get_mtime (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return (gint64) st.st_mtime;
}

/* A file indexed as it is now is made again from the library: the same
 * document as reading it gives (fields, paragraphs, their numbers and
 * parents), and the same precedents, text and JSON, without reading the
 * file.  Once the file changes (its modification time), it is read. */
static void
test_precedents_from_library (void)
{
  static const char *const names[] = { "A_RES_79_171.en.pdf", "A_C.3_80_L.41.en.pdf", "A_RES_79_144.en.pdf" };
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "library.sqlite", NULL);
  g_autofree char *draft = g_build_filename (dir, names[1], NULL);
  g_autofree char *outside_dir = g_build_filename (dir, "outside", NULL);
  g_autofree char *outsider = g_build_filename (outside_dir, names[1], NULL);
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr (RdLibrary) library = NULL;
  g_autoptr (GError) error = NULL;
  RdLibraryIndexStats stats = { 0 };
  const char *paths[] = { dir, NULL };
  gint64 mtime;

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "corpus", names[i], NULL);
      g_autofree char *target = g_build_filename (dir, names[i], NULL);
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
      rd_test_write_file (target, contents, length);
    }
  library = rd_library_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (rd_library_index (library, paths, NULL, NULL, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.indexed, ==, G_N_ELEMENTS (names));

  /* The same document, field for field and paragraph for paragraph
   * (the omnibus has headings and subparagraphs). */
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file = g_build_filename (dir, names[i], NULL);
      g_autoptr (RdDocument) read = load (file);
      g_autoptr (RdDocument) made = rd_library_load_document (library, file, rd_document_get_file (read));
      GPtrArray *read_paragraphs = rd_document_get_paragraphs (read);
      GPtrArray *made_paragraphs;
      guint n_subparagraphs = 0;

      g_assert_nonnull (made);
      g_assert_cmpstr (rd_document_get_file (made), ==, rd_document_get_file (read));
      g_assert_cmpstr (rd_document_get_format (made), ==, rd_document_get_format (read));
      for (RdField field = 0; field < RD_N_FIELDS; field++)
        g_assert_cmpstr (rd_document_get_field (made, field), ==, rd_document_get_field (read, field));
      made_paragraphs = rd_document_get_paragraphs (made);
      g_assert_cmpuint (made_paragraphs->len, ==, read_paragraphs->len);
      for (guint p = 0; p < read_paragraphs->len; p++)
        {
          const RdParagraph *a = g_ptr_array_index (read_paragraphs, p);
          const RdParagraph *b = g_ptr_array_index (made_paragraphs, p);
          g_autofree char *label_a = rd_document_describe_paragraph (read, p);
          g_autofree char *label_b = rd_document_describe_paragraph (made, p);

          g_assert_cmpint (b->kind, ==, a->kind);
          g_assert_cmpuint (b->ordinal, ==, a->ordinal);
          g_assert_cmpuint (b->parent, ==, a->parent);
          g_assert_cmpstr (b->number, ==, a->number);
          g_assert_cmpstr (b->number_label, ==, a->number_label);
          g_assert_cmpstr (b->text, ==, a->text);
          g_assert_cmpstr (label_b, ==, label_a);
          n_subparagraphs += a->kind == RD_PARAGRAPH_SUBPARAGRAPH;
        }
      if (i == 2)
        g_assert_cmpuint (n_subparagraphs, >, 0);
    }
  /* Not in the library: nothing made. */
  g_assert_cmpint (g_mkdir (outside_dir, 0755), ==, 0);
  g_assert_true (g_file_get_contents (draft, &data, &length, NULL));
  rd_test_write_file (outsider, data, length);
  g_assert_null (rd_library_load_document (library, outsider, "outside"));
  g_clear_object (&library);

  /* The command line: the same precedents, made from the library. */
  {
    g_auto (RdRun) read_text = { 0 };
    g_auto (RdRun) read_json = { 0 };
    g_auto (RdRun) made_text = { 0 };
    g_auto (RdRun) made_json = { 0 };
    g_auto (RdRun) changed = { 0 };
    g_autofree char *noise = g_malloc (length);

    /* Read: the file's time moved on. */
    mtime = get_mtime (draft);
    set_mtime (draft, mtime + 10);
    rd_run_resdiff (&read_text, "--precedents", draft, "--library", path, NULL);
    rd_run_resdiff (&read_json, "--precedents", draft, "--library", path, "--format=json", NULL);
    g_assert_cmpint (read_text.status, ==, 0);
    g_assert_cmpint (read_json.status, ==, 0);
    g_assert_nonnull (strstr (read_text.out, "\tagreed\tA/RES/79/171 "));

    /* Made from the library: its contents replaced by noise of the same
     * size, its time as when indexed, it cannot have been read. */
    memset (noise, 'x', length);
    rd_test_write_file (draft, noise, length);
    set_mtime (draft, mtime);
    rd_run_resdiff (&made_text, "--precedents", draft, "--library", path, NULL);
    rd_run_resdiff (&made_json, "--precedents", draft, "--library", path, "--format=json", NULL);
    g_assert_cmpint (made_text.status, ==, 0);
    g_assert_cmpstr (made_text.err, ==, "");
    g_assert_cmpstr (made_text.out, ==, read_text.out);
    g_assert_cmpstr (made_json.out, ==, read_json.out);

    /* Changed since: read, and the noise is no PDF. */
    set_mtime (draft, mtime + 20);
    rd_run_resdiff (&changed, "--precedents", draft, "--library", path, NULL);
    g_assert_cmpint (changed.status, ==, 2);
    rd_assert_one_line_error (&changed, names[1], NULL);
  }
  rd_test_remove_dir (dir);
}

/* Every format a resolution comes in is indexed: the fixture's draft as
 * Word, OpenDocument (packed and flat), HTML and Akoma Ntoso, each with
 * its masthead and the same paragraphs; a README beside them is not. */
static void
test_index_formats (void)
{
  static const char *const names[] = { "resolution.docx", "resolution.odt", "resolution.fodt", "resolution.html", "resolution.akn.xml", "README.md" };
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "library.sqlite", NULL);
  g_autoptr (RdLibrary) library = NULL;
  g_autoptr (GError) error = NULL;
  RdLibraryIndexStats stats = { 0 };
  Failures failures = { 0 };
  const char *paths[] = { dir, NULL };
  sqlite3_stmt *stmt = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "formats", names[i], NULL);
      g_autofree char *target = g_build_filename (dir, names[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
      rd_test_write_file (target, contents, length);
    }
  library = rd_library_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (rd_library_index (library, paths, on_failure, &failures, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (failures.calls, ==, 0);
  g_assert_cmpuint (stats.indexed, ==, G_N_ELEMENTS (names) - 1);
  g_assert_cmpuint (rd_library_count_documents (library), ==, G_N_ELEMENTS (names) - 1);
  /* Three preambular paragraphs, five operative, two subparagraphs. */
  g_assert_cmpint (sqlite3_prepare_v2 (rd_library_get_db (library),
                                       "SELECT d.symbol, d.format, sum (p.kind = 'preambular'), sum (p.kind = 'operative'), sum (p.kind = 'subparagraph')"
                                       " FROM documents d JOIN paragraphs p ON p.document = d.id GROUP BY d.id",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (names) - 1; i++)
    {
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "A/C.3/99/L.99");
      g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, 3);
      g_assert_cmpint (sqlite3_column_int (stmt, 3), ==, 5);
      g_assert_cmpint (sqlite3_column_int (stmt, 4), ==, 2);
    }
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  failures_clear (&failures);
  g_clear_object (&library);
  rd_test_remove_dir (dir);
}

static gint64
query_count (sqlite3 *db,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return count;
}

/* Shingles an interrupted run left pending (a row each, as version 2
 * wrote them, in any order and some twice, or a paragraph's in one row),
 * are merged into the index when the library is next opened: each once,
 * none of a paragraph no longer held, and the searches find the same. */
static void
test_index_pending_merged (void)
{
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *folder = g_build_filename (dir, "texts", NULL);
  g_autofree char *path = g_build_filename (dir, "library.sqlite", NULL);
  g_autofree char *adopted = g_build_filename (folder, "adopted.txt", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "pairs", "trafficking-old.txt", NULL);
  g_autofree char *revision = g_test_build_filename (G_TEST_DIST, "data", "pairs", "trafficking-new.txt", NULL);
  g_autofree char *text = NULL;
  g_autofree char *renamed = NULL;
  g_autoptr (RdLibrary) library = NULL;
  g_autoptr (RdDocument) document = NULL;
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  g_autoptr (GError) error = NULL;
  RdLibraryIndexStats stats = { 0 };
  const char *paths[] = { folder, NULL };
  sqlite3 *db = NULL;
  gint64 n_shingles, dead;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  renamed = rd_test_replace_all (text, "A/C.3/68/L.17", "A/RES/68/192");
  rd_test_write_file (adopted, renamed, strlen (renamed));
  library = rd_library_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (rd_library_index (library, paths, NULL, NULL, &stats, &error));
  g_assert_no_error (error);
  document = load (revision);
  before = rd_library_find_precedents (library, document, &error);
  g_assert_no_error (error);
  g_clear_object (&library);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  n_shingles = query_count (db, "SELECT count(*) FROM shingles");
  g_assert_cmpint (n_shingles, >, 1000);
  dead = query_count (db, "SELECT max(id) FROM paragraphs") + 7;
  {
    g_autofree char *sql = g_strdup_printf ("INSERT INTO pending SELECT hash, paragraph FROM shingles ORDER BY random ();"
                                            "INSERT INTO pending SELECT hash, paragraph FROM shingles WHERE hash %% 3 = 0;"
                                            "INSERT INTO pending SELECT hash, %" G_GINT64_FORMAT " FROM shingles WHERE hash %% 5 = 0;"
                                            "INSERT INTO pending_paragraphs VALUES (%" G_GINT64_FORMAT ", randomblob (64));"
                                            "DELETE FROM shingles;",
                                            dead, dead);

    g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  }
  sqlite3_close (db);

  library = rd_library_open (path, &error);
  g_assert_no_error (error);
  db = rd_library_get_db (library);
  g_assert_cmpint (query_count (db, "SELECT count(*) FROM pending"), ==, 0);
  g_assert_cmpint (query_count (db, "SELECT count(*) FROM shingles"), ==, n_shingles);
  g_assert_cmpint (query_count (db, "SELECT count(*) FROM shingles WHERE paragraph NOT IN (SELECT id FROM paragraphs)"), ==, 0);
  after = rd_library_find_precedents (library, document, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < before->len; i++)
    {
      const RdParagraphPrecedents *a = g_ptr_array_index (before, i);
      const RdParagraphPrecedents *b = g_ptr_array_index (after, i);

      g_assert_cmpint (b->language, ==, a->language);
      g_assert_cmpuint (b->precedents->len, ==, a->precedents->len);
      g_assert_cmpuint (b->spans->len, ==, a->spans->len);
    }
  g_clear_object (&library);
  rd_test_remove_dir (dir);
}

/* Without --library, the command line's library is
 * $XDG_DATA_HOME/resdiff/library.sqlite, made (and its folder) by the
 * first --index, and searched by --precedents. */
static void
test_cli_default_library (void)
{
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *data_home = g_build_filename (dir, "data", NULL);
  g_autofree char *expected = g_build_filename (data_home, "resdiff", "library.sqlite", NULL);
  g_autofree char *folder = g_build_filename (dir, "texts", NULL);
  g_autofree char *adopted = g_build_filename (folder, "adopted.txt", NULL);
  g_autofree char *revision = g_build_filename (dir, "revision.txt", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "pairs", "trafficking-old.txt", NULL);
  g_autofree char *revision_source = g_test_build_filename (G_TEST_DIST, "data", "pairs", "trafficking-new.txt", NULL);
  g_autofree char *saved = g_strdup (g_getenv ("XDG_DATA_HOME"));
  g_autofree char *text = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *line = NULL;
  g_auto (RdRun) index_run = { 0 };
  g_auto (RdRun) precedents_run = { 0 };

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  renamed = rd_test_replace_all (text, "A/C.3/68/L.17", "A/RES/68/192");
  rd_test_write_file (adopted, renamed, strlen (renamed));
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (revision_source, &text, NULL, NULL));
  rd_test_write_file (revision, text, strlen (text));

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  rd_run_resdiff (&index_run, "--index", folder, NULL);
  rd_run_resdiff (&precedents_run, "--precedents", revision, NULL);
  if (saved != NULL)
    g_setenv ("XDG_DATA_HOME", saved, TRUE);
  else
    g_unsetenv ("XDG_DATA_HOME");

  g_assert_cmpint (index_run.status, ==, 0);
  line = g_strdup_printf ("1 indexed, 0 unchanged, 0 failed, 0 removed into %s (", expected);
  g_assert_true (g_str_has_prefix (index_run.out, line));
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (precedents_run.status, ==, 0);
  g_assert_cmpstr (precedents_run.err, ==, "");
  g_assert_nonnull (strstr (precedents_run.out, "\tagreed\tA/RES/68/192 "));
  rd_test_remove_dir (dir);
}

/* A/C.2/80/L.46, the Vice-Chair's text on the draft A/C.2/80/L.24: both
 * that earlier draft and A/RES/79/198 are precedents, adopted resolutions
 * first; a paragraph found whole only in the draft is not agreed. */
static void
test_precedents_adopted_first (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr (RdDocument) document = NULL;
  g_autoptr (GPtrArray) precedents = NULL;
  RdLibrary *library;
  guint from_draft = 0, draft_only = 0;

  if (!rd_test_require_pdf ())
    return;
  library = get_library ();
  path = in_library_dir ("A_C.2_80_L.46.en.pdf");
  document = load (path);
  precedents = rd_library_find_precedents (library, document, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < precedents->len; i++)
    {
      const RdParagraphPrecedents *entry = g_ptr_array_index (precedents, i);
      gboolean seen_draft = FALSE, adopted_whole = FALSE, draft_whole = FALSE;

      for (guint p = 0; p < entry->precedents->len; p++)
        {
          const RdPrecedent *precedent = g_ptr_array_index (entry->precedents, p);

          if (!precedent->adopted)
            {
              seen_draft = TRUE;
              from_draft++;
              /* The earlier drafts in the library. */
              g_assert_true (g_strcmp0 (precedent->symbol, "A/C.2/80/L.24") == 0 || g_strcmp0 (precedent->symbol, "A/C.3/80/L.41") == 0);
              draft_whole |= precedent->shared_words == entry->n_words;
            }
          else
            {
              g_assert_false (seen_draft);
              adopted_whole |= precedent->shared_words == entry->n_words;
            }
        }
      if (draft_whole && !adopted_whole)
        {
          draft_only++;
          g_assert_cmpint (entry->language, !=, RD_LANGUAGE_AGREED);
        }
    }
  g_assert_cmpuint (from_draft, >, 0);
  g_assert_cmpuint (draft_only, >, 0);
}

/* The command line: --index reports its counts and the file it could not
 * read (exit 1); --precedents --format=json gives every paragraph. */
static void
test_cli (void)
{
  g_auto (RdRun) run = { 0 };
  g_auto (RdRun) precedents_run = { 0 };
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *draft = NULL;
  g_autoptr (RdDocument) document = NULL;
  JsonObject *root;
  JsonArray *paragraphs;
  JsonObject *counts;

  if (!rd_test_require_pdf ())
    return;
  get_library ();
  rd_run_resdiff (&run, "--index", library_dir, "--library", library_path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.out, "0 indexed, 7 unchanged, 1 failed, 0 removed into "));
  g_assert_nonnull (strstr (run.out, "files per second"));
  rd_assert_one_line_error (&run, "broken.pdf", NULL);

  draft = in_library_dir ("A_C.3_80_L.41.en.pdf");
  document = load (draft);
  rd_run_resdiff (&precedents_run, "--precedents", draft, "--library", library_path, "--format=json", NULL);
  g_assert_cmpint (precedents_run.status, ==, 0);
  g_assert_cmpstr (precedents_run.err, ==, "");
  g_assert_true (json_parser_load_from_data (parser, precedents_run.out, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "symbol"), ==, "A/C.3/80/L.41");
  paragraphs = json_object_get_array_member (root, "paragraphs");
  g_assert_cmpuint (json_array_get_length (paragraphs), ==, rd_document_get_paragraphs (document)->len);
  counts = json_object_get_object_member (root, "counts");
  g_assert_cmpint (json_object_get_int_member (counts, "agreed") + json_object_get_int_member (counts, "partly") + json_object_get_int_member (counts, "new"), ==, json_array_get_length (paragraphs));
  g_assert_cmpint (json_object_get_int_member (counts, "new"), >=, 2);
  {
    JsonObject *first = json_array_get_object_element (paragraphs, 0);
    JsonObject *precedent = json_array_get_object_element (json_object_get_array_member (first, "precedents"), 0);

    g_assert_cmpint (json_object_get_int_member (first, "index"), ==, 0);
    g_assert_cmpstr (json_object_get_string_member (first, "language"), ==, "agreed");
    g_assert_cmpstr (json_object_get_string_member (precedent, "symbol"), ==, "A/RES/79/171");
    g_assert_cmpstr (json_object_get_string_member (precedent, "date"), ==, "2024-12-17");
    g_assert_true (json_object_get_boolean_member (precedent, "adopted"));
    g_assert_cmpstr (json_object_get_string_member (precedent, "kind"), ==, "preambular");
    g_assert_cmpstr (json_object_get_string_member (precedent, "number"), ==, "1");
    g_assert_cmpfloat (json_object_get_double_member (precedent, "similarity"), ==, 1.0);
    g_assert_cmpint (json_object_get_int_member (precedent, "shared_words"), ==, json_object_get_int_member (first, "words"));
  }
  /* Every paragraph in order, each precedent with its fields, older than
   * the draft (2025-11-04). */
  g_assert_cmpstr (json_object_get_string_member (root, "date"), ==, "2025-11-04");
  for (guint i = 0; i < json_array_get_length (paragraphs); i++)
    {
      JsonObject *paragraph = json_array_get_object_element (paragraphs, i);
      JsonArray *list = json_object_get_array_member (paragraph, "precedents");

      g_assert_cmpint (json_object_get_int_member (paragraph, "index"), ==, i);
      for (guint p = 0; p < json_array_get_length (list); p++)
        {
          JsonObject *precedent = json_array_get_object_element (list, p);

          for (const char *const *member = (const char *const[]){ "symbol", "date", "kind", "number", "similarity", "shared_words", NULL }; *member != NULL; member++)
            g_assert_true (json_object_has_member (precedent, *member));
          g_assert_cmpstr (json_object_get_string_member (precedent, "date"), <, "2025-11-04");
        }
    }

  /* The text: the counts, then a line a paragraph. */
  {
    g_auto (RdRun) text_run = { 0 };
    g_autofree char *summary = g_strdup_printf ("A/C.3/80/L.41: %" G_GINT64_FORMAT " agreed, %" G_GINT64_FORMAT " partly agreed, %" G_GINT64_FORMAT " new\n\n",
                                                json_object_get_int_member (counts, "agreed"), json_object_get_int_member (counts, "partly"), json_object_get_int_member (counts, "new"));

    rd_run_resdiff (&text_run, "--precedents", draft, "--library", library_path, NULL);
    g_assert_cmpint (text_run.status, ==, 0);
    g_assert_true (g_str_has_prefix (text_run.out, summary));
    g_assert_nonnull (strstr (text_run.out, "\nPP 1\tagreed\tA/RES/79/171 PP 1 (100%); A/RES/78/198 PP 1 (100%)"));
  }
}

/* The paragraph index of @kind numbered @number in @document. */
static guint
paragraph_index (RdDocument *document,
                 RdParagraphKind kind,
                 const char *number)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      g_autofree char *ordinal = g_strdup_printf ("%u", paragraph->ordinal);

      if (paragraph->kind == kind && g_strcmp0 (kind == RD_PARAGRAPH_PREAMBULAR ? ordinal : paragraph->number, number) == 0)
        return i;
    }
  g_assert_not_reached ();
  return 0;
}

static const RdChange *
change_to (RdComparison *comparison,
           RdParagraphKind kind,
           const char *number)
{
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  guint index = paragraph_index (rd_comparison_get_new (comparison), kind, number);

  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);

      for (guint n = 0; !change->footnote && n < change->new_items->len; n++)
        if (g_array_index (change->new_items, guint, n) == index)
          return change;
    }
  g_assert_not_reached ();
  return NULL;
}

/* A comparison of A/RES/79/171 with the draft L.41 says of what each
 * change inserted whether it was adopted before: OP 51's "eighty-first
 * session" (for "eightieth") is agreed in 79/171 OP 51 as a routine
 * update; PP 5, inserted, is new; PP 7's "further" is new too (no
 * adopted text reads "Welcoming further the commitment to end hunger");
 * a change that only deleted (PP 10 lost "the twentieth anniversary of")
 * has no note.  Every output shows the notes: the text here. */
static void
test_comparison_notes (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *old_path = NULL;
  g_autofree char *new_path = NULL;
  g_autoptr (GFile) old_file = NULL;
  g_autoptr (GFile) new_file = NULL;
  g_autoptr (RdLoader) loader = rd_loader_new (NULL);
  g_autoptr (RdComparison) comparison = NULL;
  g_autofree char *note = NULL;
  g_autofree char *text = NULL;
  RdLibrary *library;

  if (!rd_test_require_pdf ())
    return;
  library = get_library ();
  old_path = in_library_dir ("A_RES_79_171.en.pdf");
  new_path = in_library_dir ("A_C.3_80_L.41.en.pdf");
  old_file = g_file_new_for_path (old_path);
  new_file = g_file_new_for_path (new_path);
  rd_loader_add_file (loader, old_file);
  rd_loader_add_file (loader, new_file);
  comparison = rd_loader_compare (loader, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rd_library_annotate (library, comparison, &error));
  g_assert_no_error (error);

  note = rd_annotations_dup_change_note (comparison, change_to (comparison, RD_PARAGRAPH_OPERATIVE, "51"));
  g_assert_cmpstr (note, ==, "agreed in A/RES/79/171, OP 51");
  g_clear_pointer (&note, g_free);
  note = rd_annotations_dup_change_note (comparison, change_to (comparison, RD_PARAGRAPH_PREAMBULAR, "5"));
  g_assert_cmpstr (note, ==, "new language");
  g_clear_pointer (&note, g_free);
  note = rd_annotations_dup_change_note (comparison, change_to (comparison, RD_PARAGRAPH_PREAMBULAR, "7"));
  g_assert_cmpstr (note, ==, "new language");
  g_clear_pointer (&note, g_free);
  note = rd_annotations_dup_change_note (comparison, change_to (comparison, RD_PARAGRAPH_PREAMBULAR, "10"));
  g_assert_null (note);

  text = rd_text_write (comparison, FALSE);
  g_assert_nonnull (strstr (text, "OP 51, modified  [routine]  [agreed in A/RES/79/171, OP 51]\n"));
  g_assert_nonnull (strstr (text, "PP 5, inserted  [new language]\n"));
  g_assert_nonnull (strstr (text, "Agreed language (library "));

  /* The HTML export reads the same notes. */
  {
    RdHtmlOptions options = { 0 };
    g_autoptr (GBytes) html = rd_export_html (comparison, &options, &error);
    g_autofree char *page = NULL;

    g_assert_no_error (error);
    page = g_strndup (g_bytes_get_data (html, NULL), g_bytes_get_size (html));
    g_assert_nonnull (strstr (page, ">agreed in A/RES/79/171, OP 51<"));
    g_assert_nonnull (strstr (page, ">new language<"));
  }
}

/* Issue 20, phrase level: of what a change inserted, the passages adopted
 * before are marked with their source, the rest is new language.  Read in
 * the PDFs: A/C.2/80/L.24's new PP 10 (against A/RES/79/198) takes two
 * passages from 79/198's PP 6 ("the Sustainable Development Goals in
 * developing countries declined", "and that investment in the Sustainable
 * Development Goals is unequally distributed") and adds "again in 2024";
 * its new PP 11 is new throughout.  Text, HTML and PDF all say it. */
static void
test_comparison_passages (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *old_path = NULL;
  g_autofree char *new_path = NULL;
  g_autofree char *pdf_path = NULL;
  g_autofree char *pdf_text = NULL;
  g_autoptr (GFile) old_file = NULL;
  g_autoptr (GFile) new_file = NULL;
  g_autoptr (RdLoader) loader = rd_loader_new (NULL);
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (RdComparison) plain = NULL;
  g_autofree char *text = NULL;
  g_autofree char *plain_text = NULL;
  g_autofree char *page = NULL;
  g_autoptr (GBytes) html = NULL;
  g_auto (RdRun) run = { 0 };
  RdHtmlOptions options = { 0 };
  const char *pp10;
  const char *pp11;
  RdLibrary *library;

  if (!rd_test_require_pdf ())
    return;
  library = get_library ();
  old_path = in_library_dir ("A_RES_79_198.en.pdf");
  new_path = in_library_dir ("A_C.2_80_L.24.en.pdf");
  old_file = g_file_new_for_path (old_path);
  new_file = g_file_new_for_path (new_path);
  rd_loader_add_file (loader, old_file);
  rd_loader_add_file (loader, new_file);
  comparison = rd_loader_compare (loader, NULL, &error);
  g_assert_no_error (error);
  plain = rd_loader_compare (loader, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rd_library_annotate (library, comparison, &error));
  g_assert_no_error (error);
  g_assert_nonnull (rd_annotations_get_passages (comparison, change_to (comparison, RD_PARAGRAPH_PREAMBULAR, "10")));
  g_assert_null (rd_annotations_get_passages (comparison, change_to (comparison, RD_PARAGRAPH_PREAMBULAR, "11")));
  g_assert_null (rd_annotations_get_passages (plain, change_to (plain, RD_PARAGRAPH_PREAMBULAR, "10")));

  text = rd_text_write (comparison, FALSE);
  pp10 = strstr (text, "PP 10, inserted  [partly agreed (");
  g_assert_nonnull (pp10);
  pp11 = strstr (text, "PP 11, inserted  [new language]\n");
  g_assert_nonnull (pp11);
  g_assert_true (pp10 < pp11);
  /* The two passages, each closed with its source; "again in 2024" not. */
  g_assert_nonnull (strstr (pp10, "{+the Sustainable Development Goals in developing countries declined+}⟨agreed in A/RES/79/198, PP 6⟩ {+again in 2024,"));
  g_assert_nonnull (strstr (pp10, "{+and that investment in the Sustainable Development Goals is unequally distributed+}⟨agreed in A/RES/79/198, PP 6⟩{+,+}"));
  g_assert_null (g_strstr_len (pp11, strchr (pp11 + strlen ("PP 11, inserted  [new language]\n"), '\n') - pp11, "⟨agreed"));
  /* Without a library, the same text without marks. */
  plain_text = rd_text_write (plain, FALSE);
  g_assert_null (strstr (plain_text, "⟨agreed"));
  g_assert_nonnull (strstr (plain_text, "{+Noting with concern also that international investment in sectors relevant to the Sustainable Development Goals in developing countries declined again in 2024,"));

  html = rd_export_html (comparison, &options, &error);
  g_assert_no_error (error);
  page = g_strndup (g_bytes_get_data (html, NULL), g_bytes_get_size (html));
  g_assert_nonnull (strstr (page, "<ins class=\"agreed\" title=\"agreed in A/RES/79/198, PP 6\">the Sustainable Development Goals in developing countries declined</ins>"));
  g_assert_nonnull (strstr (page, "ins.agreed {"));
  g_assert_nonnull (strstr (page, "<ins class=\"agreed\">agreed language</ins>"));

  /* The PDF, from the command line (which loads the print module). */
  pdf_path = g_build_filename (g_get_tmp_dir (), "resdiff-test-passages.pdf", NULL);
  rd_run_resdiff (&run, "--library", library_path, old_path, new_path, "-o", pdf_path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  {
    const char *argv[] = { "pdftotext", pdf_path, "-", NULL };
    g_autofree char *squeezed = NULL;

    pdf_text = rd_test_run_tool (argv);
    g_assert_nonnull (pdf_text);
    squeezed = rd_test_squeeze (pdf_text);
    g_assert_nonnull (strstr (squeezed, "declined⟨agreedinA/RES/79/198,PP6⟩againin2024"));
  }
  g_unlink (pdf_path);
}

/* The command line marks a comparison with --library, and not without a
 * library. */
static void
test_cli_comparison (void)
{
  g_auto (RdRun) with = { 0 };
  g_auto (RdRun) without = { 0 };
  g_autofree char *old_path = NULL;
  g_autofree char *new_path = NULL;

  if (!rd_test_require_pdf ())
    return;
  get_library ();
  old_path = in_library_dir ("A_RES_79_171.en.pdf");
  new_path = in_library_dir ("A_C.3_80_L.41.en.pdf");
  rd_run_resdiff (&with, "--color=never", "--library", library_path, old_path, new_path, NULL);
  g_assert_cmpint (with.status, ==, 1);
  g_assert_nonnull (strstr (with.out, "PP 5, inserted  [new language]\n"));
  g_assert_nonnull (strstr (with.out, "[agreed in A/RES/79/171, OP 51]"));
  rd_run_resdiff (&without, "--color=never", old_path, new_path, NULL);
  g_assert_cmpint (without.status, ==, 1);
  g_assert_nonnull (strstr (without.out, "PP 5, inserted\n"));
  g_assert_null (strstr (without.out, "language"));
}

/* A library damaged inside (pages overwritten past its header): opening it
 * or searching it ends in an error naming it, never a crash or a partial
 * answer. */
static void
test_damaged_pages (void)
{
  g_autofree char *data = NULL;
  g_autofree char *damaged = NULL;
  g_autofree char *draft = NULL;
  g_autoptr (RdDocument) document = NULL;
  g_autoptr (RdLibrary) library = NULL;
  g_autoptr (GPtrArray) precedents = NULL;
  g_autoptr (GError) error = NULL;
  gsize length = 0;

  if (!rd_test_require_pdf ())
    return;
  get_library ();
  g_assert_true (g_file_get_contents (library_path, &data, &length, NULL));
  /* Every page but the first (SQLite's pages are 4096 bytes) loses its
   * second half. */
  for (gsize page = 4096; page + 4096 <= length; page += 4096)
    memset (data + page + 2048, 0xab, 2048);
  damaged = in_library_dir ("damaged.sqlite");
  rd_test_write_file (damaged, data, length);

  draft = in_library_dir ("A_C.3_80_L.41.en.pdf");
  document = load (draft);
  library = rd_library_open (damaged, &error);
  if (library != NULL)
    precedents = rd_library_find_precedents (library, document, &error);
  g_assert_null (precedents);
  g_assert_error (error, RD_LIBRARY_ERROR, RD_LIBRARY_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, damaged));
  g_clear_object (&library);
  g_assert_cmpint (g_remove (damaged), ==, 0);
}

/* A library of the first schema (before the pending table) that cannot
 * be written, as on read-only media or another user's: searched as it is
 * (it was refused, its upgrade failing), and indexing into it says why it
 * cannot, in one line, exit status 2.  Writable, the same file is
 * upgraded when opened. */
static void
test_open_read_only_older (void)
{
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *folder = g_build_filename (dir, "shared", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "pairs", "trafficking-old.txt", NULL);
  g_autofree char *revision_source = g_test_build_filename (G_TEST_DIST, "data", "pairs", "trafficking-new.txt", NULL);
  g_autofree char *adopted = g_build_filename (folder, "adopted.txt", NULL);
  g_autofree char *revision = g_build_filename (dir, "revision.txt", NULL);
  g_autofree char *path = g_build_filename (folder, "library.sqlite", NULL);
  g_autofree char *text = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *binary = g_strdup (g_getenv ("RESDIFF_BIN"));
  g_autofree char *copy = NULL;
  g_autoptr (RdLibrary) library = NULL;
  g_autoptr (GError) error = NULL;
  RdLibraryIndexStats stats = { 0 };
  const char *paths[] = { folder, NULL };
  gsize before_length = 0, after_length = 0;
  sqlite3 *db = NULL;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  renamed = rd_test_replace_all (text, "A/C.3/68/L.17", "A/RES/68/192");
  rd_test_write_file (adopted, renamed, strlen (renamed));
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (revision_source, &text, NULL, NULL));
  rd_test_write_file (revision, text, strlen (text));
  library = rd_library_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (rd_library_index (library, paths, NULL, NULL, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.indexed, ==, 1);
  g_clear_object (&library);
  /* The run leaves one file: no log beside it. */
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);

    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }

  /* Made a library of the first version. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "DROP TABLE pending; DROP TABLE pending_paragraphs;"
                                 "ALTER TABLE documents DROP COLUMN format; ALTER TABLE documents DROP COLUMN fields; ALTER TABLE documents DROP COLUMN reader;"
                                 "ALTER TABLE paragraphs DROP COLUMN printed_number; ALTER TABLE paragraphs DROP COLUMN label; ALTER TABLE paragraphs DROP COLUMN parent;"
                                 "PRAGMA user_version = 1;",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));

  g_chmod (dir, 0755);
  g_chmod (path, 0444);
  g_chmod (folder, 0555);
  if (getuid () == 0)
    {
      copy = rd_test_copy_program (dir);
      g_setenv ("RESDIFF_BIN", copy, TRUE);
    }
  {
    g_auto (RdRun) run = { 0 };

    rd_run_resdiff_as_nobody (&run, "--precedents", revision, "--library", path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_nonnull (strstr (run.out, "\tagreed\tA/RES/68/192 "));
  }
  {
    g_auto (RdRun) run = { 0 };

    rd_run_resdiff_as_nobody (&run, "--index", folder, "--library", path, NULL);
    g_assert_cmpint (run.status, ==, 2);
    rd_assert_one_line_error (&run, path, "older version");
    g_assert_cmpstr (run.out, ==, "");
  }
  if (copy != NULL)
    {
      g_setenv ("RESDIFF_BIN", binary, TRUE);
      rd_test_remove_program (dir);
    }
  g_chmod (folder, 0755);
  g_chmod (path, 0644);
  /* Left as it was. */
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, before, before_length);

  /* Writable: upgraded on opening, and indexed into. */
  library = rd_library_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (rd_library_get_db (library), "SELECT count(*) FROM pending", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (rd_library_index (library, paths, NULL, NULL, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.skipped, ==, 1);
  g_clear_object (&library);
  rd_test_remove_dir (dir);
}

/* Text files, no PDF: the 2013 draft A/C.3/68/L.17 made an adopted
 * resolution (its symbol A/RES/68/192) in a library, and its revision
 * L.17/Rev.1 (a week later) asked about: every paragraph the revision
 * kept word for word is agreed there, and nothing else is its
 * precedent. */
static void
test_text_revision (void)
{
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "pairs", "trafficking-old.txt", NULL);
  g_autofree char *revision = g_test_build_filename (G_TEST_DIST, "data", "pairs", "trafficking-new.txt", NULL);
  g_autofree char *adopted = g_build_filename (dir, "adopted.txt", NULL);
  g_autofree char *path = g_build_filename (dir, "library.sqlite", NULL);
  g_autofree char *text = NULL;
  g_autofree char *renamed = NULL;
  g_autoptr (RdLibrary) library = NULL;
  g_autoptr (RdDocument) old_document = NULL;
  g_autoptr (RdDocument) document = NULL;
  g_autoptr (GPtrArray) precedents = NULL;
  g_autoptr (GHashTable) old_texts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GError) error = NULL;
  RdLibraryIndexStats stats = { 0 };
  const char *paths[] = { dir, NULL };
  GPtrArray *paragraphs;
  guint kept = 0;

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  renamed = rd_test_replace_all (text, "A/C.3/68/L.17", "A/RES/68/192");
  rd_test_write_file (adopted, renamed, strlen (renamed));
  library = rd_library_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (rd_library_index (library, paths, NULL, NULL, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.indexed, ==, 1);

  old_document = load (adopted);
  paragraphs = rd_document_get_paragraphs (old_document);
  for (guint i = 0; i < paragraphs->len; i++)
    g_hash_table_add (old_texts, ((RdParagraph *) g_ptr_array_index (paragraphs, i))->text);
  document = load (revision);
  precedents = rd_library_find_precedents (library, document, &error);
  g_assert_no_error (error);
  paragraphs = rd_document_get_paragraphs (document);
  g_assert_cmpuint (precedents->len, ==, paragraphs->len);
  for (guint i = 0; i < precedents->len; i++)
    {
      const RdParagraphPrecedents *entry = g_ptr_array_index (precedents, i);
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      if (g_hash_table_contains (old_texts, paragraph->text))
        {
          kept++;
          g_assert_cmpint (entry->language, ==, RD_LANGUAGE_AGREED);
          g_assert_cmpstr (first_precedent (entry)->symbol, ==, "A/RES/68/192");
        }
      for (guint p = 0; p < entry->precedents->len; p++)
        g_assert_cmpstr (((RdPrecedent *) g_ptr_array_index (entry->precedents, p))->symbol, ==, "A/RES/68/192");
    }
  /* The revision kept most paragraphs and changed some. */
  g_assert_cmpuint (kept, >, paragraphs->len / 2);
  g_assert_cmpuint (kept, <, paragraphs->len);

  g_clear_object (&library);
  rd_test_remove_dir (dir);
}

/* Indexing killed half-way (SIGKILL, once the first document is in):
 * what was committed is whole, and the next run reads only the rest. */
static void
test_index_interrupted (void)
{
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "library.sqlite", NULL);
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (RdLibrary) library = NULL;
  g_autoptr (GError) error = NULL;
  RdLibraryIndexStats stats = { 0 };
  const char *paths[] = { NULL, NULL };
  guint committed = 0, whole = 0;
  sqlite3 *db = NULL;

  if (!rd_test_require_pdf ())
    return;
  get_library ();
  paths[0] = library_dir;
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                              g_getenv ("RESDIFF_BIN"), "--index", library_dir, "--library", path, NULL);
  g_assert_no_error (error);
  /* Until a document is committed (or the run ends first). */
  for (guint i = 0; i < 6000 && committed == 0; i++)
    {
      g_usleep (10000);
      if (db == NULL && g_file_test (path, G_FILE_TEST_EXISTS) && sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
        g_clear_pointer (&db, sqlite3_close);
      if (db != NULL)
        {
          sqlite3_stmt *stmt = NULL;

          if (sqlite3_prepare_v2 (db, "SELECT count(*) FROM documents", -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
            committed = sqlite3_column_int (stmt, 0);
          sqlite3_finalize (stmt);
        }
    }
  g_clear_pointer (&db, sqlite3_close);
  g_subprocess_force_exit (process);
  g_assert_true (g_subprocess_wait (process, NULL, NULL));
  g_assert_cmpuint (committed, >, 0);

  library = rd_library_open (path, &error);
  g_assert_no_error (error);
  committed = rd_library_count_documents (library);
  g_assert_cmpuint (committed, >, 0);
  /* Every document committed has its paragraphs. */
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (rd_library_get_db (library), "SELECT count(*) FROM documents d WHERE EXISTS (SELECT 1 FROM paragraphs p WHERE p.document = d.id)", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    whole = sqlite3_column_int (stmt, 0);
    sqlite3_finalize (stmt);
  }
  g_assert_cmpuint (whole, ==, committed);
  /* The shingles the run had not merged yet were, on opening: every
   * committed document's paragraphs are found by the index. */
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (rd_library_get_db (library), "SELECT (SELECT count(*) FROM pending), (SELECT count(DISTINCT p.document) FROM shingles s JOIN paragraphs p ON p.id = s.paragraph)", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
    g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, committed);
    sqlite3_finalize (stmt);
  }
  g_assert_true (rd_library_index (library, paths, NULL, NULL, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.skipped, ==, committed);
  g_assert_cmpuint (stats.indexed, ==, G_N_ELEMENTS (library_pdfs) - committed);
  g_assert_cmpuint (rd_library_count_documents (library), ==, G_N_ELEMENTS (library_pdfs));
  g_clear_object (&library);
  rd_test_remove_dir (dir);
}

int
main (int argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/library/words/routine", test_words_routine);
  g_test_add_func ("/library/open/corrupt-or-foreign", test_open_corrupt_or_foreign);
  g_test_add_func ("/library/precedents/text-revision", test_text_revision);
  g_test_add_func ("/library/open/read-only-older", test_open_read_only_older);
  g_test_add_func ("/library/index/formats", test_index_formats);
  g_test_add_func ("/library/index/pending-merged", test_index_pending_merged);
  g_test_add_func ("/library/cli/default-library", test_cli_default_library);
  rd_test_add_pdf_func ("/library/index/counts", test_index_counts);
  rd_test_add_pdf_func ("/library/index/skips-unchanged", test_index_skips_unchanged);
  rd_test_add_pdf_func ("/library/index/interrupted", test_index_interrupted);
  rd_test_add_pdf_func ("/library/precedents/repeated-draft", test_precedents_repeated_draft);
  rd_test_add_pdf_func ("/library/precedents/never-itself", test_precedents_never_itself);
  rd_test_add_pdf_func ("/library/precedents/adopted-first", test_precedents_adopted_first);
  rd_test_add_pdf_func ("/library/cli", test_cli);
  rd_test_add_pdf_func ("/library/precedents/from-library", test_precedents_from_library);
  rd_test_add_pdf_func ("/library/open/damaged-pages", test_damaged_pages);
  rd_test_add_pdf_func ("/library/comparison/notes", test_comparison_notes);
  rd_test_add_pdf_func ("/library/comparison/cli", test_cli_comparison);
  rd_test_add_pdf_func ("/library/comparison/passages", test_comparison_passages);
  status = g_test_run ();
  failures_clear (&first_failures);
  g_clear_object (&shared_library);
  if (library_dir != NULL)
    rd_test_remove_dir (library_dir);
  g_free (library_dir);
  g_free (library_path);
  return status;
}
