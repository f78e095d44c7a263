/* test-loader.c: reading the versions to compare through RdLoader
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "rd-import.h"
#include "rd-loader.h"
#include "rd-test-spawn.h"
#include "rd-test-util.h"

static GFile *
fixture (const char *first,
         const char *second)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", first, second, NULL);

  return g_file_new_for_path (path);
}

static RdLoader *
pair_loader (GFile *old_file,
             GFile *new_file)
{
  RdLoader *loader = rd_loader_new (NULL);

  rd_loader_add_file (loader, old_file);
  rd_loader_add_file (loader, new_file);
  return loader;
}

/* A series of versions comes back in the order given, each read whole and
 * prepared for the comparison. */
static void
test_series_in_order (void)
{
  const char *names[] = { "trafficking-old.txt", "trafficking-new.txt", "trafficking-old.txt" };
  g_autoptr (RdLoader) loader = rd_loader_new (NULL);
  g_autoptr (GPtrArray) documents = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr (GFile) file = fixture ("pairs", names[i]);
      rd_loader_add_file (loader, file);
    }
  g_assert_cmpuint (rd_loader_get_n_inputs (loader), ==, 3);

  documents = rd_loader_load (loader, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 3);
  for (guint i = 0; i < documents->len; i++)
    {
      RdDocument *document = g_ptr_array_index (documents, i);
      RdParagraph *first = g_ptr_array_index (rd_document_get_paragraphs (document), 0);

      g_assert_true (g_str_has_suffix (rd_document_get_file (document), names[i]));
      /* Prepared: the comparison's keys are computed ahead. */
      g_assert_cmpint (first->key_flags, ==, RD_DIFF_FLAGS_NONE);
    }
  g_assert_cmpint (rd_loader_get_failed_input (loader), ==, -1);
}

/* The first input in order that cannot be read is the one reported, by
 * its index and in the error's one line. */
static void
test_failed_input (void)
{
  g_autoptr (GFile) good = fixture ("pairs", "trafficking-old.txt");
  g_autoptr (GFile) missing = fixture ("pairs", "no-such-version.txt");
  g_autoptr (GFile) also_missing = fixture ("pairs", "no-such-either.txt");
  g_autoptr (RdLoader) second_bad = pair_loader (good, missing);
  g_autoptr (RdLoader) both_bad = pair_loader (also_missing, missing);
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (GError) error = NULL;

  comparison = rd_loader_compare (second_bad, NULL, &error);
  g_assert_null (comparison);
  g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-version.txt"));
  g_assert_cmpint (rd_loader_get_failed_input (second_bad), ==, 1);
  g_clear_error (&error);

  comparison = rd_loader_compare (both_bad, NULL, &error);
  g_assert_null (comparison);
  g_assert_nonnull (strstr (error->message, "no-such-either.txt"));
  g_assert_cmpint (rd_loader_get_failed_input (both_bad), ==, 0);
}

static void
on_compared (GObject *source,
             GAsyncResult *result,
             gpointer user_data)
{
  RdComparison **comparison = user_data;
  g_autoptr (GError) error = NULL;

  *comparison = rd_loader_compare_finish (RD_LOADER (source), result, &error);
  g_assert_no_error (error);
}

/* The window's way: in a thread, the callback in the main context, the
 * same comparison as the command line's. */
static void
test_compare_async (void)
{
  g_autoptr (GFile) old_file = fixture ("pairs", "trafficking-old.txt");
  g_autoptr (GFile) new_file = fixture ("pairs", "trafficking-new.txt");
  g_autoptr (RdLoader) async_loader = pair_loader (old_file, new_file);
  g_autoptr (RdLoader) sync_loader = pair_loader (old_file, new_file);
  g_autoptr (RdComparison) async_comparison = NULL;
  g_autoptr (RdComparison) sync_comparison = NULL;
  g_autoptr (GError) error = NULL;

  rd_loader_compare_async (async_loader, NULL, on_compared, &async_comparison);
  while (async_comparison == NULL)
    g_main_context_iteration (NULL, TRUE);
  sync_comparison = rd_loader_compare (sync_loader, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (rd_comparison_get_changes (async_comparison)->len, ==, rd_comparison_get_changes (sync_comparison)->len);
  g_assert_cmpmem (rd_comparison_get_stats (async_comparison), sizeof (RdComparisonStats),
                   rd_comparison_get_stats (sync_comparison), sizeof (RdComparisonStats));
  g_assert_true (rd_comparison_has_differences (async_comparison));
}

static void
on_loaded (GObject *source,
           GAsyncResult *result,
           gpointer user_data)
{
  GPtrArray **documents = user_data;
  g_autoptr (GError) error = NULL;

  *documents = rd_loader_load_finish (RD_LOADER (source), result, &error);
  g_assert_no_error (error);
}

/* A series read in a thread: the documents in order. */
static void
test_load_async (void)
{
  const char *names[] = { "trafficking-new.txt", "trafficking-old.txt", "trafficking-new.txt", "trafficking-old.txt" };
  g_autoptr (RdLoader) loader = rd_loader_new (NULL);
  g_autoptr (GPtrArray) documents = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr (GFile) file = fixture ("pairs", names[i]);
      rd_loader_add_file (loader, file);
    }
  rd_loader_load_async (loader, NULL, on_loaded, &documents);
  while (documents == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (documents->len, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < documents->len; i++)
    g_assert_true (g_str_has_suffix (rd_document_get_file (g_ptr_array_index (documents, i)), names[i]));
}

static void
on_cancelled (GObject *source,
              GAsyncResult *result,
              gpointer user_data)
{
  gboolean *done = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (RdComparison) comparison = rd_loader_compare_finish (RD_LOADER (source), result, &error);

  g_assert_null (comparison);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *done = TRUE;
}

static void
test_cancelled (void)
{
  g_autoptr (GFile) old_file = fixture ("pairs", "trafficking-old.txt");
  g_autoptr (GFile) new_file = fixture ("pairs", "trafficking-new.txt");
  g_autoptr (RdLoader) loader = pair_loader (old_file, new_file);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  gboolean done = FALSE;

  g_cancellable_cancel (cancellable);
  rd_loader_compare_async (loader, cancellable, on_cancelled, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (rd_loader_get_failed_input (loader), ==, -1);
}

/* Two versions of every format read by the loader, as the command line
 * and the window read them: each reads as it does alone (read at once,
 * in threads: /read-job/formats-at-once). */
static void
test_formats (void)
{
  const char *pairs[][4] = {
    { "corpus", "A_80_L.20.en.pdf", "corpus", "A_80_L.32.en.pdf" },
    { "formats", "resolution.docx", "formats", "resolution.odt" },
    { "formats", "resolution.html", "formats", "resolution.akn.xml" },
    { "formats", "resolution.fodt", "pairs", "trafficking-old.txt" },
  };

  for (guint p = 0; p < G_N_ELEMENTS (pairs); p++)
    {
      g_autoptr (GFile) old_file = fixture (pairs[p][0], pairs[p][1]);
      g_autoptr (GFile) new_file = fixture (pairs[p][2], pairs[p][3]);
      g_autoptr (RdLoader) loader = pair_loader (old_file, new_file);
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) documents = rd_loader_load (loader, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (documents->len, ==, 2);
      for (guint i = 0; i < 2; i++)
        {
          GFile *file = i == 0 ? old_file : new_file;
          g_autoptr (RdDocument) alone = rd_document_load (file, NULL, &error);
          RdDocument *together = g_ptr_array_index (documents, i);

          g_assert_no_error (error);
          g_assert_cmpuint (rd_document_get_paragraphs (together)->len, >, 0);
          g_assert_cmpuint (rd_document_get_paragraphs (together)->len, ==, rd_document_get_paragraphs (alone)->len);
          g_assert_cmpstr (rd_document_get_title (together), ==, rd_document_get_title (alone));
        }
    }
}

/* The loader reads through the engine's one reader (rd-read-job.h), as
 * the program's quick path does: its debug line, once per load. */
static void
test_reads_through_job (void)
{
  g_autoptr (GFile) old_file = fixture ("pairs", "trafficking-old.txt");
  g_autoptr (GFile) new_file = fixture ("pairs", "trafficking-new.txt");
  g_autoptr (GFile) missing = fixture ("pairs", "no-such-version.txt");
  g_autoptr (RdLoader) loader = pair_loader (old_file, new_file);
  g_autoptr (RdLoader) failing = pair_loader (old_file, missing);
  g_autoptr (GPtrArray) documents = NULL;
  g_autoptr (GPtrArray) none = NULL;
  g_autoptr (GError) error = NULL;

  g_test_expect_message ("Resdiff", G_LOG_LEVEL_DEBUG, "read job: 2 inputs (2 local files), threads *, * ms, all read");
  documents = rd_loader_load (loader, NULL, &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);

  g_test_expect_message ("Resdiff", G_LOG_LEVEL_DEBUG, "read job: 2 inputs (2 local files), threads *, * ms, not all read");
  none = rd_loader_load (failing, NULL, &error);
  g_test_assert_expected_messages ();
  g_assert_null (none);
  g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_FOUND);
}

static JsonObject *
parse_output (JsonParser *parser,
              const RdRun *run)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, run->out, -1, &error));
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

/* The window's way (a loader, in a thread) and the program's (its quick
 * path, two local files) read the same pair alike: the same names, the
 * same paragraphs, the same changes. */
static void
test_window_and_program_alike (void)
{
  g_autofree char *old_path = g_test_build_filename (G_TEST_DIST, "data", "corpus", "A_80_L.18.en.pdf", NULL);
  g_autofree char *new_path = g_test_build_filename (G_TEST_DIST, "data", "corpus", "A_RES_80_112.en.pdf", NULL);
  g_autoptr (GFile) old_file = g_file_new_for_path (old_path);
  g_autoptr (GFile) new_file = g_file_new_for_path (new_path);
  g_autoptr (RdLoader) loader = pair_loader (old_file, new_file);
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_auto (RdRun) run = { 0 };
  JsonObject *root;
  RdDocument *documents[2];
  const char *sides[] = { "old", "new" };
  const char *paths[] = { old_path, new_path };

  if (!rd_test_require_pdf ())
    return;
  rd_loader_compare_async (loader, NULL, on_compared, &comparison);
  while (comparison == NULL)
    g_main_context_iteration (NULL, TRUE);
  documents[0] = rd_comparison_get_old (comparison);
  documents[1] = rd_comparison_get_new (comparison);

  rd_run_resdiff (&run, "--format=json", old_path, new_path, NULL);
  g_assert_cmpint (run.status, ==, rd_comparison_has_differences (comparison) ? 1 : 0);
  root = parse_output (parser, &run);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "changes")), ==, rd_comparison_get_changes (comparison)->len);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *side = json_object_get_object_member (root, sides[i]);
      g_autoptr (JsonParser) structure_parser = json_parser_new ();
      g_auto (RdRun) structure = { 0 };
      JsonObject *read;

      g_assert_cmpstr (json_object_get_string_member (side, "file"), ==, rd_document_get_file (documents[i]));
      rd_run_resdiff (&structure, "--structure", paths[i], NULL);
      g_assert_cmpint (structure.status, ==, 0);
      read = parse_output (structure_parser, &structure);
      g_assert_cmpstr (json_object_get_string_member (read, "file"), ==, rd_document_get_file (documents[i]));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (read, "paragraphs")), ==, rd_document_get_paragraphs (documents[i])->len);
      g_assert_cmpuint (rd_document_get_paragraphs (documents[i])->len, >, 10);
    }
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/loader/series-in-order", test_series_in_order);
  g_test_add_func ("/loader/failed-input", test_failed_input);
  g_test_add_func ("/loader/compare-async", test_compare_async);
  g_test_add_func ("/loader/load-async", test_load_async);
  g_test_add_func ("/loader/cancelled", test_cancelled);
  g_test_add_func ("/loader/formats", test_formats);
  g_test_add_func ("/loader/reads-through-job", test_reads_through_job);
  g_test_add_func ("/loader/window-and-program-alike", test_window_and_program_alike);

  return g_test_run ();
}
