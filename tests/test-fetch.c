/* test-fetch.c: documents and records fetched by symbol, against a test
 * server on 127.0.0.1 (tests/lib/rd-test-server.c)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "rd-comparison.h"
#include "rd-fetch.h"
#include "rd-loader.h"
#include "rd-record.h"
#include "rd-structure-writer.h"
#include "rd-test-pdf.h"
#include "rd-test-server.h"
#include "rd-test-spawn.h"
#include "rd-test-util.h"

/* The cache of this process ($XDG_CACHE_HOME is read once). */
static char *cache_home;

/* Each test starts with an empty cache and a server of its own. */
static RdTestServer *
start (void)
{
  g_autofree char *dir = rd_fetch_get_cache_dir ();
  RdTestServer *server;

  g_assert_true (rd_test_remove_tree (dir));
  g_unsetenv ("RESDIFF_FETCH_TIMEOUT");
  server = rd_test_server_new ();
  rd_test_server_setenv (server);
  return server;
}

static GBytes *
read_data_file (const char *relative)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", relative, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static GBytes *
read_file (GFile *file)
{
  g_autoptr (GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);

  g_assert_nonnull (bytes);
  return g_steal_pointer (&bytes);
}

/* Symbols */

static void
test_symbol_normalize (void)
{
  static const char *const cases[][2] = {
    { "A/C.3/80/L.4", "A/C.3/80/L.4" },
    { " a/c.3/80/l.4 ", "A/C.3/80/L.4" },
    { "a/c.2/80/l.24/rev.1", "A/C.2/80/L.24/Rev.1" },
    { "A/RES/80/228", "A/RES/80/228" },
    { "s/res/2719 (2023)", "S/RES/2719 (2023)" },
    { "A/80/L.3/Add.2", "A/80/L.3/Add.2" },
  };
  static const char *const bad[] = { "", "A", "A/", "/A/80", "A//80", "A/80/L.4!", "80/228", "A/C.3/80/L 4", "ABCDEFGHIJ/1" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *symbol = rd_symbol_normalize (cases[i][0], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (symbol, ==, cases[i][1]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *symbol = rd_symbol_normalize (bad[i], &error);

      g_assert_null (symbol);
      g_assert_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_BAD_SYMBOL);
    }
}

static void
test_symbol_command_line (void)
{
  g_autofree char *existing = g_test_build_filename (G_TEST_DIST, "data", "fetch", "ods.txt", NULL);
  g_autofree char *stripped = rd_symbol_strip_revision ("A/C.2/80/L.24/Rev.2");

  g_assert_true (rd_symbol_is_command_line_symbol ("A/C.3/80/L.4"));
  g_assert_true (rd_symbol_is_command_line_symbol ("s/res/2719 (2023)"));
  /* A file that exists is a file, and a path is not a symbol. */
  g_assert_false (rd_symbol_is_command_line_symbol (existing));
  g_assert_false (rd_symbol_is_command_line_symbol ("tests/data/missing.pdf"));
  g_assert_false (rd_symbol_is_command_line_symbol ("old.txt"));
  g_assert_cmpstr (stripped, ==, "A/C.2/80/L.24");
}

static void
test_language (void)
{
  const char *const *languages = rd_fetch_get_languages ();

  g_assert_cmpuint (g_strv_length ((GStrv) languages), ==, 6);
  g_assert_true (rd_fetch_language_is_valid ("zh"));
  g_assert_false (rd_fetch_language_is_valid ("de"));
  g_assert_false (rd_fetch_language_is_valid (NULL));
  /* LC_ALL=C.UTF-8 in the tests: no official language, so English. */
  g_assert_cmpstr (rd_fetch_get_default_language (), ==, "en");
}

/* The language chosen in the preferences (the GSettings key
 * fetch-language) is the one documents are fetched in when none is
 * given: the address asks the ODS for it and the cache keeps it apart. */
static void
test_language_setting (void)
{
  g_autoptr (RdTestServer) server = start ();
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr (RdLoader) loader = rd_loader_new (NULL);
  g_autoptr (RdLoader) missing = rd_loader_new (NULL);
  g_autoptr (GPtrArray) documents = NULL;
  g_autoptr (GPtrArray) none = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) requests = NULL;
  g_autofree char *name = NULL;

  g_assert_cmpstr (rd_fetch_get_default_language (), ==, "en");
  g_settings_set_string (settings, "fetch-language", "fr");
  g_assert_cmpstr (rd_fetch_get_default_language (), ==, "fr");

  rd_loader_add_symbol (loader, "A/80/L.900", NULL);
  documents = rd_loader_load (loader, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
  name = g_file_get_basename (rd_loader_get_file (loader, 0));
  g_assert_cmpstr (name, ==, "A_80_L.900.fr.docx");
  requests = rd_test_server_dup_ods_requests (server);
  g_assert_cmpuint (g_strv_length (requests), ==, 1);
  g_assert_cmpstr (requests[0], ==, "A/80/L.900 fr");

  /* A document the ODS has in English only: the message names the
   * language asked for. */
  rd_loader_add_symbol (missing, "A/C.3/80/L.4", NULL);
  none = rd_loader_load (missing, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_NOT_IN_LANGUAGE);
  g_assert_nonnull (strstr (error->message, "not available in French"));

  /* Empty: the desktop's language again (C.UTF-8 in the tests: English). */
  g_settings_reset (settings, "fetch-language");
  g_assert_cmpstr (rd_fetch_get_default_language (), ==, "en");
}

static void
test_base_urls (void)
{
  g_autofree char *ods = NULL;
  g_autofree char *library = NULL;

  g_setenv ("RESDIFF_ODS_URL", "http://127.0.0.1:8080/", TRUE);
  g_unsetenv ("RESDIFF_UNDL_URL");
  ods = rd_fetch_get_ods_url ();
  library = rd_fetch_get_library_url ();
  g_assert_cmpstr (ods, ==, "http://127.0.0.1:8080");
  g_assert_cmpstr (library, ==, "https://digitallibrary.un.org");
}

/* Records */

static void
test_record_parse (void)
{
  g_autoptr (GBytes) bytes = read_data_file ("fetch/A_RES_80_228.marcxml");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = rd_record_parse_marcxml (bytes, &error);
  g_autofree char *vote = NULL;
  g_autofree char *agenda = NULL;
  RdRecord *record;

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 1);
  record = rd_record_find (records, "a/res/80/228");
  g_assert_nonnull (record);
  g_assert_cmpstr (record->title, ==, "Improving the coordination of efforts against trafficking in persons : resolution");
  g_assert_cmpstr (record->date, ==, "2025-12-18");
  g_assert_cmpuint (record->subjects->len, ==, 1);
  g_assert_cmpint (record->vote, ==, RD_VOTE_RECORDED);
  g_assert_cmpint (record->yes, ==, 170);
  g_assert_cmpint (record->no, ==, 2);
  g_assert_cmpint (record->abstentions, ==, 5);
  vote = rd_record_describe_vote (record);
  g_assert_cmpstr (vote, ==, "170 in favour, 2 against, 5 abstentions (recorded vote)");
  agenda = rd_record_describe_agenda (record);
  g_assert_cmpstr (agenda, ==, "A/80/250 105 Crime prevention and criminal justice");
  g_assert_cmpuint (record->related->len, ==, 1);
}

static void
test_record_parse_prefixed (void)
{
  g_autoptr (GBytes) bytes = read_data_file ("fetch/A_80_L.3.marcxml");
  g_autoptr (GPtrArray) records = rd_record_parse_marcxml (bytes, NULL);
  g_autofree char *vote = NULL;

  g_assert_nonnull (records);
  g_assert_cmpuint (records->len, ==, 1);
  g_assert_cmpstr (((RdRecord *) records->pdata[0])->symbol, ==, "A/80/L.3");
  g_assert_cmpint (((RdRecord *) records->pdata[0])->vote, ==, RD_VOTE_WITHOUT_VOTE);
  vote = rd_record_describe_vote (records->pdata[0]);
  g_assert_cmpstr (vote, ==, "adopted without a vote");
}

static void
test_record_parse_malformed (void)
{
  g_autoptr (GBytes) bytes = read_data_file ("fetch/A_80_L.18.marcxml");
  g_autoptr (GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) empty_error = NULL;
  g_autoptr (GPtrArray) records = rd_record_parse_marcxml (bytes, &error);
  g_autoptr (GPtrArray) none = rd_record_parse_marcxml (empty, &empty_error);

  g_assert_null (records);
  g_assert_error (error, RD_RECORD_ERROR, RD_RECORD_ERROR_MALFORMED);
  g_assert_null (none);
  g_assert_error (empty_error, RD_RECORD_ERROR, RD_RECORD_ERROR_MALFORMED);
}

/* Documents */

static void
test_document_redirect_and_cache (void)
{
  g_autoptr (RdTestServer) server = start ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFile) again = NULL;
  g_autoptr (GFile) refreshed = NULL;
  g_autoptr (GBytes) expected = read_data_file ("corpus/A_C.3_80_L.4.en.pdf");
  g_autoptr (GBytes) got = NULL;
  g_autofree char *dir = rd_fetch_get_cache_dir ();
  g_autofree char *path = NULL;
  RdFetchInfo info = { 0 };
  guint requests;

  file = rd_fetch_document ("a/c.3/80/l.4", "en", RD_FETCH_DEFAULT, NULL, NULL, &info, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (file);
  g_assert_false (info.from_cache);
  /* The access address, then the file it redirects to. */
  requests = rd_test_server_get_n_requests (server);
  g_assert_cmpuint (requests, ==, 2);
  got = read_file (file);
  g_assert_true (g_bytes_equal (got, expected));
  /* Keyed by symbol and language, in $XDG_CACHE_HOME/resdiff. */
  path = g_file_get_path (file);
  g_assert_true (g_str_has_prefix (path, dir));
  g_assert_true (g_str_has_suffix (path, "A_C.3_80_L.4.en.pdf"));

  again = rd_fetch_document ("A/C.3/80/L.4", "en", RD_FETCH_DEFAULT, NULL, NULL, &info, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (info.from_cache);
  g_assert_cmpint (info.fetched_at, >, 0);
  g_assert_cmpuint (rd_test_server_get_n_requests (server), ==, requests);

  refreshed = rd_fetch_document ("A/C.3/80/L.4", "en", RD_FETCH_REFRESH, NULL, NULL, &info, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (info.from_cache);
  g_assert_cmpuint (rd_test_server_get_n_requests (server), ==, requests + 2);
}

static void
test_document_offline (void)
{
  g_autoptr (RdTestServer) server = start ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFile) cached = NULL;
  g_autoptr (GFile) refreshed = NULL;
  RdFetchInfo info = { 0 };

  file = rd_fetch_document ("A/RES/80/228", "en", RD_FETCH_DEFAULT, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  /* Nothing listens there. */
  g_setenv ("RESDIFF_ODS_URL", "http://127.0.0.1:9/ods", TRUE);

  cached = rd_fetch_document ("A/RES/80/228", "en", RD_FETCH_DEFAULT, NULL, NULL, &info, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (info.from_cache);
  refreshed = rd_fetch_document ("A/RES/80/228", "en", RD_FETCH_REFRESH, NULL, NULL, NULL, NULL, &error);
  g_assert_null (refreshed);
  g_assert_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_UNREACHABLE);
  g_assert_nonnull (strstr (error->message, "A/RES/80/228: cannot reach 127.0.0.1:9"));
  g_assert_null (strchr (error->message, '\n'));
}

static void
on_progress (const char *symbol,
             guint64 received,
             guint64 total,
             gpointer user_data)
{
  guint64 *last = user_data;

  g_assert_cmpstr (symbol, ==, "A/80/L.900");
  g_assert_cmpuint (received, >=, *last);
  *last = received;
}

static void
test_document_word (void)
{
  g_autoptr (RdTestServer) server = start ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = NULL;
  g_autofree char *name = NULL;
  guint64 received = 0;

  file = rd_fetch_document ("A/80/L.900", "en", RD_FETCH_DEFAULT, on_progress, &received, NULL, NULL, &error);
  g_assert_no_error (error);
  name = g_file_get_basename (file);
  g_assert_cmpstr (name, ==, "A_80_L.900.en.docx");
  g_assert_cmpuint (received, >, 0);
}

static void
assert_fetch_error (const char *symbol,
                    const char *language,
                    int code,
                    const char *cause)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = rd_fetch_document (symbol, language, RD_FETCH_DEFAULT, NULL, NULL, NULL, NULL, &error);
  g_autofree char *dir = rd_fetch_get_cache_dir ();
  g_autoptr (GDir) cache = g_dir_open (dir, 0, NULL);

  g_assert_null (file);
  g_assert_error (error, RD_FETCH_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, symbol));
  g_assert_nonnull (strstr (error->message, cause));
  g_assert_null (strchr (error->message, '\n'));
  /* A failed fetch leaves nothing that could pass for a copy. */
  g_assert_true (cache == NULL || g_dir_read_name (cache) == NULL);
}

static void
test_error_no_such_document (void)
{
  g_autoptr (RdTestServer) server = start ();

  assert_fetch_error ("A/80/L.999", "en", RD_FETCH_ERROR_NO_SUCH_DOCUMENT, "no such document");
  assert_fetch_error ("A/80/L.999", "fr", RD_FETCH_ERROR_NO_SUCH_DOCUMENT, "no such document");
}

static void
test_error_not_in_language (void)
{
  g_autoptr (RdTestServer) server = start ();

  assert_fetch_error ("A/C.3/80/L.4", "fr", RD_FETCH_ERROR_NOT_IN_LANGUAGE, "not available in French");
}

static void
test_error_html (void)
{
  g_autoptr (RdTestServer) server = start ();

  assert_fetch_error ("A/80/L.990", "en", RD_FETCH_ERROR_NOT_A_DOCUMENT, "a web page, not a PDF or Word file");
}

static void
test_error_binary (void)
{
  g_autoptr (RdTestServer) server = start ();

  assert_fetch_error ("A/80/L.993", "en", RD_FETCH_ERROR_NOT_A_DOCUMENT, "“application/octet-stream”, not a PDF or Word file");
}

static void
test_error_server (void)
{
  g_autoptr (RdTestServer) server = start ();

  assert_fetch_error ("A/80/L.994", "en", RD_FETCH_ERROR_UNREACHABLE, "answered with error 503");
}

static void
test_error_slow (void)
{
  g_autoptr (RdTestServer) server = start ();

  g_setenv ("RESDIFF_FETCH_TIMEOUT", "1", TRUE);
  assert_fetch_error ("A/80/L.991", "en", RD_FETCH_ERROR_TIMED_OUT, "stopped answering");
  g_unsetenv ("RESDIFF_FETCH_TIMEOUT");
}

static void
test_error_dropped (void)
{
  g_autoptr (RdTestServer) server = start ();

  assert_fetch_error ("A/80/L.992", "en", RD_FETCH_ERROR_UNREACHABLE, "cannot reach");
}

static void
test_error_unreachable (void)
{
  g_autoptr (RdTestServer) server = start ();

  g_setenv ("RESDIFF_ODS_URL", "http://127.0.0.1:9", TRUE);
  assert_fetch_error ("A/80/L.3", "en", RD_FETCH_ERROR_UNREACHABLE, "cannot reach 127.0.0.1:9");
}

static void
test_error_bad_input (void)
{
  g_autoptr (RdTestServer) server = start ();

  assert_fetch_error ("A/80/L.3", "de", RD_FETCH_ERROR_BAD_LANGUAGE, "not a language");
  assert_fetch_error ("A/80/L.3!", "en", RD_FETCH_ERROR_BAD_SYMBOL, "not a document symbol");
  g_assert_cmpuint (rd_test_server_get_n_requests (server), ==, 0);
}

static void
test_error_cancelled (void)
{
  g_autoptr (RdTestServer) server = start ();
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = NULL;

  g_cancellable_cancel (cancellable);
  file = rd_fetch_document ("A/80/L.3", "en", RD_FETCH_DEFAULT, NULL, NULL, NULL, cancellable, &error);
  g_assert_null (file);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Records and series from the server */

static void
test_fetch_record (void)
{
  g_autoptr (RdTestServer) server = start ();
  g_autoptr (GError) error = NULL;
  g_autoptr (RdRecord) record = rd_fetch_record ("A/RES/80/228", RD_FETCH_DEFAULT, NULL, &error);
  g_autoptr (RdRecord) cached = NULL;
  g_autoptr (RdRecord) none = NULL;
  guint requests;

  g_assert_no_error (error);
  g_assert_cmpint (record->yes, ==, 170);
  requests = rd_test_server_get_n_requests (server);
  cached = rd_fetch_record ("A/RES/80/228", RD_FETCH_DEFAULT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cached->date, ==, "2025-12-18");
  g_assert_cmpuint (rd_test_server_get_n_requests (server), ==, requests);

  none = rd_fetch_record ("A/80/L.999", RD_FETCH_DEFAULT, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_NO_RECORD);
  g_assert_true (g_str_has_prefix (error->message, "A/80/L.999: "));
}

static void
test_series_from_records (void)
{
  g_autoptr (RdTestServer) server = start ();
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) series = rd_fetch_series ("A/C.3/80/L.4", "en", RD_FETCH_DEFAULT, NULL, &error);
  const char *const expected[] = { "A/C.3/80/L.4", "A/C.3/80/L.4/Rev.1", "A/RES/80/228", NULL };

  g_assert_no_error (error);
  g_assert_cmpstrv (series, expected);
}

static void
test_series_probed (void)
{
  g_autoptr (RdTestServer) server = start ();
  g_autoptr (GError) error = NULL;
  /* Given a revision, the series is still the draft's. */
  g_auto (GStrv) series = rd_fetch_series ("A/C.2/80/L.24/Rev.1", "en", RD_FETCH_DEFAULT, NULL, &error);
  g_auto (GStrv) missing = NULL;
  const char *const expected[] = { "A/C.2/80/L.24", "A/C.2/80/L.24/Rev.1", NULL };

  g_assert_no_error (error);
  g_assert_cmpstrv (series, expected);
  missing = rd_fetch_series ("A/80/L.999", "en", RD_FETCH_DEFAULT, NULL, &error);
  g_assert_null (missing);
  g_assert_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_NO_SUCH_DOCUMENT);
}

/* The loader */

static void
test_loader_symbols (void)
{
  g_autoptr (RdTestServer) server = NULL;
  g_autoptr (RdLoader) loader = rd_loader_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdComparison) comparison = NULL;
  g_autofree char *json = NULL;
  GPtrArray *header;
  RdFetchInfo info = { 0 };
  gboolean vote_changed = FALSE;

  if (!rd_test_require_pdf ())
    return;
  server = start ();
  rd_loader_add_symbol (loader, "a/c.3/80/l.4", "en");
  rd_loader_add_symbol (loader, "A/RES/80/228", "en");
  g_assert_null (rd_loader_get_file (loader, 0));
  g_assert_cmpstr (rd_loader_get_symbol (loader, 0), ==, "A/C.3/80/L.4");
  comparison = rd_loader_compare (loader, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rd_loader_get_file (loader, 1));
  g_assert_true (rd_loader_get_fetch_info (loader, 1, &info));
  g_assert_false (info.from_cache);

  g_assert_nonnull (rd_document_get_record (rd_comparison_get_new (comparison)));
  g_assert_cmpstr (rd_document_get_field (rd_comparison_get_new (comparison), RD_FIELD_RECORD_DATE), ==, "2025-12-18");
  header = rd_comparison_get_header_changes (comparison);
  for (guint i = 0; i < header->len; i++)
    {
      const RdHeaderChange *change = g_ptr_array_index (header, i);
      if (change->field == RD_FIELD_VOTE)
        {
          vote_changed = TRUE;
          g_assert_null (change->old_value);
          g_assert_cmpstr (change->new_value, ==, "170 in favour, 2 against, 5 abstentions (recorded vote)");
          g_assert_cmpstr (rd_header_change_get_label (change), ==, "Vote");
        }
    }
  g_assert_true (vote_changed);

  json = rd_structure_to_json (rd_comparison_get_new (comparison));
  g_assert_nonnull (strstr (json, "\"record\""));
  g_assert_nonnull (strstr (json, "\"abstentions\": 5"));

  /* Read again: from the cache. */
  g_clear_object (&comparison);
  comparison = rd_loader_compare (loader, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rd_loader_get_fetch_info (loader, 0, &info));
  g_assert_true (info.from_cache);

  /* Reopened as a file (a recent pair, a reload): the record comes from
   * the cache beside it, without the network. */
  g_assert_true (rd_fetch_is_cached ("A/RES/80/228", "en", &info));
  g_assert_false (rd_fetch_is_cached ("A/RES/80/228", "fr", NULL));
  g_setenv ("RESDIFF_UNDL_URL", "http://127.0.0.1:9", TRUE);
  {
    g_autoptr (RdLoader) files = rd_loader_new (NULL);
    g_autoptr (GPtrArray) documents = NULL;
    g_autoptr (GFile) outside = rd_test_corpus_file ("A_RES_80_228.en.pdf");

    rd_loader_add_file (files, rd_loader_get_file (loader, 1));
    rd_loader_add_file (files, outside);
    documents = rd_loader_load (files, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (rd_document_get_record (documents->pdata[0]));
    g_assert_cmpint (rd_document_get_record (documents->pdata[0])->yes, ==, 170);
    /* The same file outside the cache has no record. */
    g_assert_null (rd_document_get_record (documents->pdata[1]));
  }
}

static void
test_loader_errors (void)
{
  g_autoptr (RdTestServer) server = start ();
  g_autoptr (RdLoader) loader = rd_loader_new (NULL);
  g_autoptr (RdLoader) warned = rd_loader_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) documents = NULL;
  g_autoptr (GPtrArray) warned_documents = NULL;
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "data", "formats", "resolution.docx", NULL);

  rd_loader_add_input (loader, file, NULL);
  rd_loader_add_input (loader, "A/80/L.999", NULL);
  documents = rd_loader_load (loader, NULL, &error);
  g_assert_null (documents);
  g_assert_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_NO_SUCH_DOCUMENT);
  g_assert_cmpint (rd_loader_get_failed_input (loader), ==, 1);
  g_clear_error (&error);

  /* A record that does not read is a warning; the text is compared. */
  rd_loader_add_symbol (warned, "A/80/L.900", "en");
  g_setenv ("RESDIFF_UNDL_URL", "http://127.0.0.1:9", TRUE);
  warned_documents = rd_loader_load (warned, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rd_test_has_warning (warned_documents->pdata[0], "A/80/L.900: cannot reach 127.0.0.1:9"));
  g_assert_null (rd_document_get_record (warned_documents->pdata[0]));
}

/* The command line */

static void
test_cli_symbols (void)
{
  g_autoptr (RdTestServer) server = NULL;
  g_auto (RdRun) run = { 0 };
  g_auto (RdRun) structure = { 0 };
  g_auto (RdRun) offline = { 0 };
  g_auto (RdRun) refresh = { 0 };
  g_autofree char *child_cache = g_build_filename (cache_home, "cli", NULL);

  if (!rd_test_require_pdf ())
    return;
  server = start ();
  g_assert_true (rd_test_remove_tree (child_cache));
  g_setenv ("XDG_CACHE_HOME", child_cache, TRUE);

  rd_run_resdiff (&run, "A/C.3/80/L.4", "A/RES/80/228", NULL);
  g_assert_cmpint (run.status, ==, 1);
  /* Standard error is not a terminal: no progress. */
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "Vote: — → 170 in favour, 2 against, 5 abstentions (recorded vote)"));
  g_assert_nonnull (strstr (run.out, "Date in the Digital Library: 2025-10-14 → 2025-12-18"));

  rd_run_resdiff (&structure, "--structure", "A/RES/80/228", NULL);
  g_assert_cmpint (structure.status, ==, 0);
  g_assert_nonnull (strstr (structure.out, "\"record\""));
  g_assert_nonnull (strstr (structure.out, "\"kind\": \"recorded\""));

  /* Every export shows the records: HTML, PDF and JSON. */
  {
    g_autofree char *html_path = g_build_filename (cache_home, "out.html", NULL);
    g_autofree char *pdf_path = g_build_filename (cache_home, "out.pdf", NULL);
    g_autofree char *html = NULL;
    g_autofree char *pdf_text = NULL;
    g_autofree char *squeezed = NULL;
    g_auto (RdRun) html_run = { 0 };
    g_auto (RdRun) pdf_run = { 0 };
    g_auto (RdRun) json_run = { 0 };

    rd_run_resdiff (&html_run, "A/C.3/80/L.4", "A/RES/80/228", "-o", html_path, NULL);
    g_assert_cmpint (html_run.status, ==, 1);
    g_assert_true (g_file_get_contents (html_path, &html, NULL, NULL));
    g_assert_nonnull (strstr (html, "<th scope=\"row\">Vote</th>"));
    g_assert_nonnull (strstr (html, "170 in favour, 2 against, 5 abstentions (recorded vote)"));
    g_assert_nonnull (strstr (html, "Title in the Digital Library"));

    rd_run_resdiff (&pdf_run, "A/C.3/80/L.4", "A/RES/80/228", "-o", pdf_path, NULL);
    g_assert_cmpint (pdf_run.status, ==, 1);
    pdf_text = rd_test_pdf_text (pdf_path, 1, 1);
    squeezed = rd_test_squeeze (pdf_text);
    /* rd_test_squeeze() drops the spaces. */
    g_assert_nonnull (strstr (squeezed, "Vote"));
    g_assert_nonnull (strstr (squeezed, "170infavour,2against,5abstentions(recordedvote)"));
    g_assert_nonnull (strstr (squeezed, "DateintheDigitalLibrary"));

    rd_run_resdiff (&json_run, "A/C.3/80/L.4", "A/RES/80/228", "--format", "json", NULL);
    g_assert_cmpint (json_run.status, ==, 1);
    g_assert_nonnull (strstr (json_run.out, "\"record\": {"));
    g_assert_nonnull (strstr (json_run.out, "\"vote\": \"170 in favour, 2 against, 5 abstentions (recorded vote)\""));
    g_remove (html_path);
    g_remove (pdf_path);
  }

  /* The second comparison needs no server. */
  g_setenv ("RESDIFF_ODS_URL", "http://127.0.0.1:9", TRUE);
  g_setenv ("RESDIFF_UNDL_URL", "http://127.0.0.1:9", TRUE);
  rd_run_resdiff (&offline, "A/C.3/80/L.4", "A/RES/80/228", NULL);
  g_assert_cmpint (offline.status, ==, 1);
  g_assert_cmpstr (offline.out, ==, run.out);
  rd_run_resdiff (&refresh, "--refresh", "A/C.3/80/L.4", "A/RES/80/228", NULL);
  g_assert_cmpint (refresh.status, ==, 2);
  rd_assert_one_line_error (&refresh, "A/", "cannot reach 127.0.0.1:9");

  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  g_assert_true (rd_test_remove_tree (child_cache));
}

static void
test_cli_errors (void)
{
  g_autoptr (RdTestServer) server = start ();
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "data", "formats", "resolution.docx", NULL);
  g_autofree char *child_cache = g_build_filename (cache_home, "cli", NULL);
  struct
  {
    const char *args[4];
    const char *symbol;
    const char *cause;
  } cases[] = {
    { { file, "A/80/L.999", NULL }, "A/80/L.999", "no such document" },
    { { "--lang", "fr", "A/C.3/80/L.4", file }, "A/C.3/80/L.4", "not available in French" },
    { { "A/80/L.990", file, NULL }, "A/80/L.990", "web page" },
    { { "--structure", "A/80/L.993", NULL }, "A/80/L.993", "not a PDF or Word file" },
    { { "--lang", "de", "A/80/L.3", file }, "de", "--lang takes ar, zh, en, fr, ru or es" },
    { { "--series", "A/80/L.999", NULL }, "A/80/L.999", "no such document" },
  };

  g_setenv ("XDG_CACHE_HOME", child_cache, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (RdRun) run = { 0 };

      rd_run_resdiff (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2], cases[i].args[3], NULL);
      g_assert_cmpint (run.status, ==, 2);
      rd_assert_one_line_error (&run, cases[i].symbol, cases[i].cause);
    }
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  g_assert_true (rd_test_remove_tree (child_cache));
}

/* A draft and its amendments, all by symbol (more than two inputs). */
static void
test_cli_amendments (void)
{
  g_autoptr (RdTestServer) server = start ();
  g_autofree char *child_cache = g_build_filename (cache_home, "cli", NULL);
  g_auto (RdRun) run = { 0 };

  g_setenv ("XDG_CACHE_HOME", child_cache, TRUE);
  rd_run_resdiff (&run, "A/80/L.25", "A/80/L.30", "A/80/L.31", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "A/80/L.30"));
  g_assert_nonnull (strstr (run.out, "A/80/L.31"));
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  g_assert_true (rd_test_remove_tree (child_cache));
}

static void
test_cli_series (void)
{
  g_autoptr (RdTestServer) server = start ();
  g_autofree char *child_cache = g_build_filename (cache_home, "cli", NULL);
  g_auto (RdRun) run = { 0 };

  g_setenv ("XDG_CACHE_HOME", child_cache, TRUE);
  rd_run_resdiff (&run, "--series", "a/c.3/80/l.4", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "A/C.3/80/L.4\nA/C.3/80/L.4/Rev.1\nA/RES/80/228\n");
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  g_assert_true (rd_test_remove_tree (child_cache));
}

int
main (int argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* The test server is on 127.0.0.1: no proxy between. */
  g_unsetenv ("http_proxy");
  g_unsetenv ("https_proxy");
  g_unsetenv ("HTTP_PROXY");
  g_unsetenv ("HTTPS_PROXY");
  g_unsetenv ("all_proxy");
  g_unsetenv ("ALL_PROXY");
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* The schema compiled in the build tree (data/), for the language
   * setting. */
  {
    g_autofree char *schema_dir = g_test_build_filename (G_TEST_BUILT, "..", "data", NULL);

    g_setenv ("GSETTINGS_SCHEMA_DIR", schema_dir, TRUE);
  }
  cache_home = rd_test_make_temp_dir ();
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);

  g_test_add_func ("/fetch/symbol/normalize", test_symbol_normalize);
  g_test_add_func ("/fetch/symbol/command-line", test_symbol_command_line);
  g_test_add_func ("/fetch/language", test_language);
  g_test_add_func ("/fetch/language/setting", test_language_setting);
  g_test_add_func ("/fetch/base-urls", test_base_urls);
  g_test_add_func ("/fetch/record/parse", test_record_parse);
  g_test_add_func ("/fetch/record/parse-prefixed", test_record_parse_prefixed);
  g_test_add_func ("/fetch/record/parse-malformed", test_record_parse_malformed);
  g_test_add_func ("/fetch/document/redirect-and-cache", test_document_redirect_and_cache);
  g_test_add_func ("/fetch/document/offline", test_document_offline);
  g_test_add_func ("/fetch/document/word", test_document_word);
  g_test_add_func ("/fetch/error/no-such-document", test_error_no_such_document);
  g_test_add_func ("/fetch/error/not-in-language", test_error_not_in_language);
  g_test_add_func ("/fetch/error/html-page", test_error_html);
  g_test_add_func ("/fetch/error/not-a-document", test_error_binary);
  g_test_add_func ("/fetch/error/server-error", test_error_server);
  g_test_add_func ("/fetch/error/slow-answer", test_error_slow);
  g_test_add_func ("/fetch/error/dropped-connection", test_error_dropped);
  g_test_add_func ("/fetch/error/unreachable", test_error_unreachable);
  g_test_add_func ("/fetch/error/bad-input", test_error_bad_input);
  g_test_add_func ("/fetch/error/cancelled", test_error_cancelled);
  g_test_add_func ("/fetch/record/fetch", test_fetch_record);
  g_test_add_func ("/fetch/series/from-records", test_series_from_records);
  g_test_add_func ("/fetch/series/probed", test_series_probed);
  rd_test_add_pdf_func ("/fetch/loader/symbols", test_loader_symbols);
  g_test_add_func ("/fetch/loader/errors", test_loader_errors);
  rd_test_add_pdf_func ("/fetch/cli/symbols", test_cli_symbols);
  g_test_add_func ("/fetch/cli/errors", test_cli_errors);
  g_test_add_func ("/fetch/cli/series", test_cli_series);
  rd_test_add_pdf_func ("/fetch/cli/amendments", test_cli_amendments);

  status = g_test_run ();
  g_assert_true (rd_test_remove_tree (cache_home));
  g_free (cache_home);
  return status;
}
