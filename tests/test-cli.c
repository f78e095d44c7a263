/* test-cli.c: the headless command line, run as a user runs it
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <gio/gio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rd-test-spawn.h"
#include "rd-test-util.h"

static char *
write_temp (RdTestTempDir *fixture,
            const char *name,
            const char *data,
            gssize length)
{
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, data, length, NULL));
  return path;
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

/* --structure */

static void
test_structure_seed (void)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  g_auto (RdRun) run = { 0 };
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *paragraphs, *sponsors, *items;
  JsonObject *op5, *sponsor;
  const char *members[] = { "file", "format", "symbol", "distribution", "date", "original_language",
                            "session", "committee", "agenda_items", "agenda_title", "document_type",
                            "sponsors", "based_on", "title", "formula", "paragraphs", "footnotes", "warnings" };

  rd_run_resdiff (&run, "--structure", seed, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  root = parse_object (parser, run.out);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    g_assert_true (json_object_has_member (root, members[i]));

  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "text");
  g_assert_true (json_object_get_null_member (root, "symbol"));
  g_assert_cmpstr (json_object_get_string_member (root, "document_type"), ==, "revised draft resolution");
  g_assert_cmpstr (json_object_get_string_member (root, "date"), ==, "8 November 2013");
  items = json_object_get_array_member (root, "agenda_items");
  g_assert_cmpuint (json_array_get_length (items), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (items, 0), ==, "108");

  sponsors = json_object_get_array_member (root, "sponsors");
  g_assert_cmpuint (json_array_get_length (sponsors), ==, 34);
  sponsor = json_array_get_object_element (sponsors, 27);
  g_assert_cmpstr (json_object_get_string_member (sponsor, "name"), ==, "Turkey");
  g_assert_cmpstr (json_object_get_string_member (sponsor, "state"), ==, "Türkiye");

  paragraphs = json_object_get_array_member (root, "paragraphs");
  g_assert_cmpuint (json_array_get_length (paragraphs), ==, 54);
  op5 = json_array_get_object_element (paragraphs, 40);
  g_assert_cmpint (json_object_get_int_member (op5, "index"), ==, 40);
  g_assert_cmpstr (json_object_get_string_member (op5, "kind"), ==, "operative");
  g_assert_cmpstr (json_object_get_string_member (op5, "number"), ==, "5");
  g_assert_cmpstr (json_object_get_string_member (op5, "verb"), ==, "Also decides");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (op5, "text"), "Also decides, in the context"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "footnotes")), ==, 14);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "warnings")), ==, 0);
}

static void
test_structure_not_a_resolution (void)
{
  g_autofree char *novel = g_test_build_filename (G_TEST_DIST, "data", "novel-chapter.txt", NULL);
  g_auto (RdRun) run = { 0 };
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *paragraphs, *warnings;

  /* Still read: "other" paragraphs and a warning, exit 0. */
  rd_run_resdiff (&run, "--structure", novel, NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_object (parser, run.out);
  paragraphs = json_object_get_array_member (root, "paragraphs");
  g_assert_cmpuint (json_array_get_length (paragraphs), >, 10);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (paragraphs, 1), "kind"), ==, "other");
  warnings = json_object_get_array_member (root, "warnings");
  g_assert_cmpuint (json_array_get_length (warnings), >=, 1);
  g_assert_nonnull (strstr (json_array_get_string_element (warnings, 0), "does not look like a resolution"));
}

/* Bad input: one line naming the file, exit 2, never a crash */

static void
test_bad_missing (RdTestTempDir *fixture,
                  gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing.txt", NULL);
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, "--structure", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  rd_assert_one_line_error (&run, "missing.txt", "no such file");
}

static void
test_bad_directory (RdTestTempDir *fixture,
                    gconstpointer data)
{
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, "--structure", fixture->dir, NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, fixture->dir, "folder");
}

static void
test_bad_unreadable (RdTestTempDir *fixture,
                     gconstpointer data)
{
  g_autofree char *path = write_temp (fixture, "locked.txt", "The General Assembly,", -1);
  g_auto (RdRun) run = { 0 };

  /* Root reads anything: run as nobody then, who must reach the folder
   * and the program (a copy beside the file, since the build tree may sit
   * in a folder only root enters) but not read the file. */
  g_chmod (fixture->dir, 0755);
  g_chmod (path, 0);
  if (getuid () == 0)
    {
      g_autofree char *binary = g_strdup (g_getenv ("RESDIFF_BIN"));
      g_autofree char *copy = rd_test_copy_program (fixture->dir);

      g_setenv ("RESDIFF_BIN", copy, TRUE);
      rd_run_resdiff_as_nobody (&run, "--structure", path, NULL);
      g_setenv ("RESDIFF_BIN", binary, TRUE);
    }
  else
    rd_run_resdiff (&run, "--structure", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, "locked.txt", "permission denied");
}

static void
test_bad_binary (RdTestTempDir *fixture,
                 gconstpointer data)
{
  static const char elf[] = "\x7F"
                            "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3E\x00";
  g_autofree char *path = write_temp (fixture, "program.txt", elf, sizeof elf - 1);
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, "--structure", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, "program.txt", "binary data");
}

static void
test_bad_invalid_utf8 (RdTestTempDir *fixture,
                       gconstpointer data)
{
  static const char text[] = "General Assembly\n\nC\xC3\xB4te d'Ivoire\n\nbroken \xE2\x28\xA1 text\n";
  g_autofree char *path = write_temp (fixture, "broken.txt", text, sizeof text - 1);
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, "--structure", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, "broken.txt", "invalid UTF-8 at line 5");
}

static void
test_bad_empty (RdTestTempDir *fixture,
                gconstpointer data)
{
  g_autofree char *path = write_temp (fixture, "empty.txt", "", 0);
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, "--structure", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, "empty.txt", "empty");
}

static void
test_bad_arguments (void)
{
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, "--structure", "a.txt", "b.txt", NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, "--structure", NULL);
  rd_run_clear (&run);

  rd_run_resdiff (&run, "--no-such-option", NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, "--no-such-option", NULL);
}

static void
test_lean_text_comparison (void)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  g_autofree char *pdf = g_test_build_filename (G_TEST_DIST, "data", "corpus", "A_80_L.7.en.pdf", NULL);
  const char *heavy[] = { "libxml2", "libarchive", "libpoppler", "libpango", "libcairo", "libgtk",
                          /* and no GIO: its libraries' start was a quarter of a short
                           * comparison's time */
                          "libgio", "libmount", "libselinux", "libblkid", "libresdiff-io" };
  g_auto (RdRun) run = { 0 };

  /* Comparing text loads none of the heavy libraries (the dynamic
   * loader lists what it initialises). */
  g_setenv ("LD_DEBUG", "libs", TRUE);
  rd_run_resdiff (&run, "--format=json", seed, seed, NULL);
  g_unsetenv ("LD_DEBUG");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "calling init"));
  for (guint i = 0; i < G_N_ELEMENTS (heavy); i++)
    g_assert_null (strstr (run.err, heavy[i]));
  rd_run_clear (&run);

  /* A PDF brings in poppler, from its module, and still no GTK. */
  g_setenv ("LD_DEBUG", "libs", TRUE);
  rd_run_resdiff (&run, "--structure", pdf, NULL);
  g_unsetenv ("LD_DEBUG");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "libresdiff-pdf"));
  g_assert_nonnull (strstr (run.err, "libpoppler"));
  g_assert_null (strstr (run.err, "libgtk"));
  rd_run_clear (&run);

  /* Nor does reading one text file. */
  g_setenv ("LD_DEBUG", "libs", TRUE);
  rd_run_resdiff (&run, "--structure", seed, NULL);
  g_unsetenv ("LD_DEBUG");
  g_assert_cmpint (run.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (heavy); i++)
    g_assert_null (strstr (run.err, heavy[i]));
}

static void
test_version (void)
{
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, PACKAGE_NAME " " PACKAGE_VERSION "\n");
}

/* Comparing */

static char *
edited_seed (RdTestTempDir *fixture,
             const char *name,
             const char *from,
             const char *to)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  g_autofree char *text = NULL;
  g_autofree char *edited = NULL;
  const char *at;

  g_assert_true (g_file_get_contents (seed, &text, NULL, NULL));
  at = strstr (text, from);
  g_assert_nonnull (at);
  edited = g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
  return write_temp (fixture, name, edited, -1);
}

/* The program's quick path (two local files, --structure) and the "io"
 * module's command line, which an option the quick path leaves to it
 * (--color, --lang: no effect on JSON or on files) brings in, write the
 * same bytes and exit alike. */
static void
test_quick_path_as_full (RdTestTempDir *fixture,
                         gconstpointer data)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  g_autofree char *edited = edited_seed (fixture, "edited.txt", "Urges", "Encourages");
  const char *quick[][4] = {
    { "--format=json", seed, edited, NULL },
    { seed, edited, NULL },
    { "--structure", edited, NULL },
  };
  const char *full_option[] = { "--color=never", "--color=never", "--lang=en" };

  for (guint i = 0; i < G_N_ELEMENTS (quick); i++)
    {
      g_auto (RdRun) quick_run = { 0 };
      g_auto (RdRun) full_run = { 0 };

      g_setenv ("LD_DEBUG", "libs", TRUE);
      rd_run_resdiff (&quick_run, quick[i][0], quick[i][1], quick[i][2], NULL);
      rd_run_resdiff (&full_run, full_option[i], quick[i][0], quick[i][1], quick[i][2], NULL);
      g_unsetenv ("LD_DEBUG");
      g_assert_null (strstr (quick_run.err, "libresdiff-io"));
      g_assert_nonnull (strstr (full_run.err, "libresdiff-io"));
      g_assert_cmpint (quick_run.status, ==, i < 2 ? 1 : 0);
      g_assert_cmpint (full_run.status, ==, quick_run.status);
      g_assert_cmpuint (strlen (quick_run.out), >, 1000);
      g_assert_cmpstr (quick_run.out, ==, full_run.out);
    }
}

/* A file outside the current folder, in a folder named in UTF-8 beyond
 * ASCII, while G_FILENAME_ENCODING says file names are Latin-1: named as
 * GIO names it, whichever path reads it. */
static void
test_quick_path_file_name_encoding (RdTestTempDir *fixture,
                                    gconstpointer data)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "é", NULL);
  g_autofree char *path = g_build_filename (folder, "seed.txt", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  g_auto (RdRun) quick_run = { 0 };
  g_auto (RdRun) full_run = { 0 };

  g_assert_true (g_file_get_contents (seed, &contents, NULL, NULL));
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_assert_false (g_str_has_prefix (path, cwd));
  g_setenv ("G_FILENAME_ENCODING", "ISO-8859-1", TRUE);
  rd_run_resdiff (&quick_run, "--structure", path, NULL);
  rd_run_resdiff (&full_run, "--lang=en", "--structure", path, NULL);
  g_unsetenv ("G_FILENAME_ENCODING");
  g_assert_cmpint (quick_run.status, ==, 0);
  g_assert_cmpint (full_run.status, ==, 0);
  /* "é" read as Latin-1: "Ã©" */
  g_assert_nonnull (strstr (full_run.out, "/Ã©/seed.txt"));
  g_assert_cmpstr (quick_run.out, ==, full_run.out);
}

/* Both command lines, the program's quick path and the io module's, read
 * through the engine's one reader (rd-read-job.h): its debug line. */
static void
test_quick_and_full_read_through_job (RdTestTempDir *fixture,
                                      gconstpointer data)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  g_autofree char *edited = edited_seed (fixture, "edited.txt", "Urges", "Encourages");
  g_auto (RdRun) quick_run = { 0 };
  g_auto (RdRun) full_run = { 0 };

  g_setenv ("G_MESSAGES_DEBUG", "Resdiff", TRUE);
  g_setenv ("LD_DEBUG", "libs", TRUE);
  rd_run_resdiff (&quick_run, "--format=text", seed, edited, NULL);
  rd_run_resdiff (&full_run, "--color=never", "--format=text", seed, edited, NULL);
  g_unsetenv ("LD_DEBUG");
  g_unsetenv ("G_MESSAGES_DEBUG");
  g_assert_null (strstr (quick_run.err, "libresdiff-io"));
  g_assert_nonnull (strstr (full_run.err, "libresdiff-io"));
  /* GLib writes debug lines to standard output */
  g_assert_nonnull (strstr (quick_run.out, "read job: 2 inputs (2 local files), threads 1,"));
  g_assert_nonnull (strstr (full_run.out, "read job: 2 inputs (2 local files), threads 1,"));
  g_assert_cmpint (quick_run.status, ==, 1);
  g_assert_cmpint (full_run.status, ==, 1);
}

/* Names GIO shows as a URI (a control character) or converts (not UTF-8)
 * outside the current folder, and a Latin-1 name inside it: named alike
 * by both command lines, as GIO names them. */
static void
test_quick_path_odd_file_names (RdTestTempDir *fixture,
                                gconstpointer data)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  g_autofree char *contents = NULL;
  const char *names[] = { "tab\there.txt", "caf\xE9.txt" };
  const char *shown[] = { "tab%09here.txt\"", "caf%E9.txt\"" };

  g_assert_true (g_file_get_contents (seed, &contents, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = write_temp (fixture, names[i], contents, -1);
      g_autofree char *uri = g_strconcat ("\"file://", fixture->dir, "/", shown[i], NULL);
      g_auto (RdRun) quick_run = { 0 };
      g_auto (RdRun) full_run = { 0 };

      rd_run_resdiff (&quick_run, "--structure", path, NULL);
      rd_run_resdiff (&full_run, "--lang=en", "--structure", path, NULL);
      g_assert_cmpint (quick_run.status, ==, 0);
      g_assert_cmpint (full_run.status, ==, 0);
      g_assert_nonnull (strstr (quick_run.out, uri));
      g_assert_cmpstr (quick_run.out, ==, full_run.out);
    }
}

/* A pair with a version that cannot be read: the quick path declines it
 * and the io module's command line, reading it again through the same
 * reader, names the file and the cause on one line and exits 2, as when
 * asked directly. */
static void
test_quick_path_declines_bad_pair (RdTestTempDir *fixture,
                                   gconstpointer data)
{
  static const char elf[] = "\x7F"
                            "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3E\x00";
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.txt", NULL);
  g_autofree char *empty = write_temp (fixture, "empty.txt", "", 0);
  g_autofree char *binary = write_temp (fixture, "program.txt", elf, sizeof elf - 1);
  g_autofree char *large = g_build_filename (fixture->dir, "large.txt", NULL);
  const char *bad[] = { missing, fixture->dir, empty, binary, large };
  const char *cause[] = { "no such file", "folder", "empty", "binary data", "too large" };
  FILE *stream = fopen (large, "w");

  /* Sparse, a megabyte past the limit */
  g_assert_nonnull (stream);
  g_assert_cmpint (ftruncate (fileno (stream), 33 * 1024 * 1024), ==, 0);
  fclose (stream);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto (RdRun) quick_run = { 0 };
      g_auto (RdRun) full_run = { 0 };

      g_setenv ("LD_DEBUG", "libs", TRUE);
      rd_run_resdiff (&quick_run, seed, bad[i], NULL);
      g_unsetenv ("LD_DEBUG");
      rd_run_resdiff (&full_run, "--color=never", seed, bad[i], NULL);
      g_assert_nonnull (strstr (quick_run.err, "libresdiff-io"));
      rd_run_clear (&quick_run);
      rd_run_resdiff (&quick_run, seed, bad[i], NULL);
      g_assert_cmpint (quick_run.status, ==, 2);
      g_assert_cmpint (full_run.status, ==, 2);
      g_assert_cmpstr (quick_run.out, ==, "");
      rd_assert_one_line_error (&quick_run, bad[i] == fixture->dir ? fixture->dir : strrchr (bad[i], '/') + 1, cause[i]);
      g_assert_cmpstr (quick_run.err, ==, full_run.err);
    }
}

static void
test_compare_same (RdTestTempDir *fixture,
                   gconstpointer data)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  /* The same text with other white space: still the same. */
  g_autofree char *copy = edited_seed (fixture, "copy.txt", "human dignity and", "human  dignity\nand");
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, seed, copy, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "Paragraphs: 54 unchanged"));
}

static void
test_compare_text (RdTestTempDir *fixture,
                   gconstpointer data)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  g_autofree char *revised = edited_seed (fixture, "revised.txt", "7. *Encourages* the United Nations", "7. *Urges* the United Nations");
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, seed, revised, "--color=never", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "Sponsors: 0 added, 0 removed, 34 kept"));
  g_assert_nonnull (strstr (run.out, "Paragraphs: 53 unchanged (0 renumbered), 1 modified, 0 inserted"));
  /* "Urges" is above "Encourages" on the scale of docs/series.md. */
  g_assert_nonnull (strstr (run.out, "OP 7, modified, Encourages → Urges  [strengthened]\n"));
  g_assert_nonnull (strstr (run.out, "[-Encourages-]{+Urges+} the United Nations Office"));
  g_assert_null (strchr (run.out, '\033'));
  rd_run_clear (&run);

  /* In colour, the brackets stay: colour is never the only mark. */
  rd_run_resdiff (&run, seed, revised, "--color=always", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "\033[31m[-Encourages-]\033[0m\033[32m{+Urges+}\033[0m"));
  rd_run_clear (&run);

  /* auto: not a terminal, so no colour. */
  rd_run_resdiff (&run, seed, revised, NULL);
  g_assert_null (strchr (run.out, '\033'));
}

static void
test_compare_json (RdTestTempDir *fixture,
                   gconstpointer data)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  g_autofree char *revised = edited_seed (fixture, "revised.txt", "Armenia, Azerbaijan", "Azerbaijan, Kenya");
  g_auto (RdRun) run = { 0 };
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root, *stats, *sponsors, *change;
  JsonArray *changes;

  rd_run_resdiff (&run, "--format=json", seed, revised, NULL);
  g_assert_cmpint (run.status, ==, 1);
  root = parse_object (parser, run.out);
  g_assert_cmpint (json_object_get_int_member (root, "resdiff"), ==, 1);
  g_assert_true (json_object_has_member (json_object_get_object_member (root, "old"), "sponsors"));
  sponsors = json_object_get_object_member (root, "sponsors");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (sponsors, "added"), 0), ==, "Kenya");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (sponsors, "removed"), 0), ==, "Armenia");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (sponsors, "kept")), ==, 33);
  stats = json_object_get_object_member (root, "stats");
  g_assert_cmpint (json_object_get_int_member (stats, "unchanged"), ==, 54);
  changes = json_object_get_array_member (root, "changes");
  g_assert_cmpuint (json_array_get_length (changes), ==, 54);
  change = json_array_get_object_element (changes, 40);
  g_assert_cmpstr (json_object_get_string_member (change, "type"), ==, "unchanged");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (change, "new"), 0), "number"), ==, "5");
  g_assert_cmpstr (json_array_get_string_element (json_array_get_array_element (json_object_get_array_member (change, "diff"), 0), 0), ==, "=");
  g_assert_true (json_object_has_member (root, "footnotes"));
  g_assert_true (json_object_has_member (root, "warnings"));
}

/* A draft against its adopted resolution: the resolution lists no
 * sponsors, so nobody left; the adoption is among the header changes. A
 * Vice-Chair's text names its submitter instead of sponsors. */
static void
test_compare_draft_adopted_sponsors (void)
{
  g_autofree char *draft = g_test_build_filename (G_TEST_DIST, "data", "corpus", "A_C.3_80_L.4.en.pdf", NULL);
  g_autofree char *adopted = g_test_build_filename (G_TEST_DIST, "data", "corpus", "A_RES_80_228.en.pdf", NULL);
  g_autofree char *chair_draft = g_test_build_filename (G_TEST_DIST, "data", "corpus", "A_C.2_80_L.17.en.pdf", NULL);
  g_autofree char *chair_text = g_test_build_filename (G_TEST_DIST, "data", "corpus", "A_C.2_80_L.58.en.pdf", NULL);
  const char *adoption_fields[] = { "adoption_date", "resolution_number", "report", "meeting" };
  g_auto (RdRun) run = { 0 };
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root, *sponsors, *listed;
  JsonArray *header;

  rd_run_resdiff (&run, "--format=json", draft, adopted, NULL);
  g_assert_cmpint (run.status, ==, 1);
  root = parse_object (parser, run.out);
  sponsors = json_object_get_object_member (root, "sponsors");
  listed = json_object_get_object_member (sponsors, "listed");
  g_assert_true (json_object_get_boolean_member (listed, "old"));
  g_assert_false (json_object_get_boolean_member (listed, "new"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (sponsors, "removed")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (sponsors, "added")), ==, 0);
  header = json_object_get_array_member (root, "header");
  for (guint f = 0; f < G_N_ELEMENTS (adoption_fields); f++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < json_array_get_length (header); i++)
        {
          JsonObject *change = json_array_get_object_element (header, i);

          if (g_strcmp0 (json_object_get_string_member (change, "field"), adoption_fields[f]) == 0)
            {
              g_assert_true (json_object_get_null_member (change, "old"));
              g_assert_nonnull (json_object_get_string_member (change, "new"));
              found = TRUE;
            }
        }
      g_assert_true (found);
    }
  rd_run_clear (&run);

  rd_run_resdiff (&run, draft, adopted, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "The adopted resolution A/RES/80/228 lists no sponsors."));
  g_assert_nonnull (strstr (run.out, "Sponsors: 0 added, 0 removed, 0 kept"));
  g_assert_nonnull (strstr (run.out, "Meeting: — → 69th plenary meeting"));
  rd_run_clear (&run);

  rd_run_resdiff (&run, chair_draft, chair_text, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "A/C.2/80/L.58 lists no sponsors: it was submitted by the Vice-Chair of the Committee,"));
  g_assert_nonnull (strstr (run.out, "Submitted by: — → the Vice-Chair of the Committee"));
}

static void
test_compare_output_file (RdTestTempDir *fixture,
                          gconstpointer data)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  g_autofree char *revised = edited_seed (fixture, "revised.txt", "7. *Encourages*", "7. *Urges*");
  g_autofree char *json = g_build_filename (fixture->dir, "out.json", NULL);
  g_autofree char *text = g_build_filename (fixture->dir, "out.txt", NULL);
  g_autofree char *odd = g_build_filename (fixture->dir, "out.xyz", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *revised_before = NULL;
  g_autofree char *revised_after = NULL;
  g_autofree char *link = g_build_filename (fixture->dir, "link.txt", NULL);
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, seed, revised, "-o", json, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_file_get_contents (json, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "{\n  \"resdiff\": 1,"));
  g_clear_pointer (&contents, g_free);
  rd_run_clear (&run);

  rd_run_resdiff (&run, seed, revised, "-o", text, "--color=always", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_file_get_contents (text, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "[-Encourages-]{+Urges+}"));
  g_assert_null (strchr (contents, '\033')); /* never colour in a file */
  rd_run_clear (&run);

  /* --format wins over the extension. */
  rd_run_resdiff (&run, seed, revised, "-o", odd, "--format=json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  rd_run_clear (&run);
  rd_run_resdiff (&run, seed, revised, "-o", text, "--format=bogus", NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, "bogus", NULL);
  rd_run_clear (&run);
  g_remove (odd);
  rd_run_resdiff (&run, seed, revised, "-o", odd, NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, "out.xyz", NULL);
  g_assert_false (g_file_test (odd, G_FILE_TEST_EXISTS));
  rd_run_clear (&run);

  /* -o onto an input is refused and the input is left as it was, also
   * through a symbolic link. */
  g_assert_true (g_file_get_contents (revised, &revised_before, NULL, NULL));
  rd_run_resdiff (&run, seed, revised, "-o", revised, "--format=json", NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, "revised.txt", "one of the files being compared");
  rd_run_clear (&run);
  {
    g_autoptr (GFile) link_file = g_file_new_for_path (link);
    g_assert_true (g_file_make_symbolic_link (link_file, revised, NULL, NULL));
  }
  rd_run_resdiff (&run, seed, revised, "-o", link, "--format=json", NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, "link.txt", "one of the files being compared");
  g_assert_true (g_file_get_contents (revised, &revised_after, NULL, NULL));
  g_assert_cmpstr (revised_before, ==, revised_after);
}

static void
test_compare_trouble (RdTestTempDir *fixture,
                      gconstpointer data)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.txt", NULL);
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, seed, missing, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  rd_assert_one_line_error (&run, "missing.txt", "no such file");
  rd_run_clear (&run);

  rd_run_resdiff (&run, missing, seed, "--color=sometimes", NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, "--color", NULL);
}

static void
test_compare_options (RdTestTempDir *fixture,
                      gconstpointer data)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  g_autofree char *recased = edited_seed (fixture, "recased.txt", "Global Plan of Action, which, inter alia", "global plan of action; which, inter alia");
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, seed, recased, NULL);
  g_assert_cmpint (run.status, ==, 1);
  rd_run_clear (&run);
  rd_run_resdiff (&run, seed, recased, "--ignore-case", NULL);
  g_assert_cmpint (run.status, ==, 1);
  rd_run_clear (&run);
  rd_run_resdiff (&run, seed, recased, "--ignore-case", "--ignore-punctuation", NULL);
  g_assert_cmpint (run.status, ==, 0);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/structure/seed", test_structure_seed);
  g_test_add_func ("/cli/structure/not-a-resolution", test_structure_not_a_resolution);
  rd_test_add_temp_dir_func ("/cli/bad/missing", test_bad_missing);
  rd_test_add_temp_dir_func ("/cli/bad/directory", test_bad_directory);
  rd_test_add_temp_dir_func ("/cli/bad/unreadable", test_bad_unreadable);
  rd_test_add_temp_dir_func ("/cli/bad/binary", test_bad_binary);
  rd_test_add_temp_dir_func ("/cli/bad/invalid-utf8", test_bad_invalid_utf8);
  rd_test_add_temp_dir_func ("/cli/bad/empty", test_bad_empty);
  g_test_add_func ("/cli/bad/arguments", test_bad_arguments);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/compare/draft-adopted-sponsors", test_compare_draft_adopted_sponsors);
  g_test_add_func ("/cli/lean-text-comparison", test_lean_text_comparison);
  rd_test_add_temp_dir_func ("/cli/compare/same", test_compare_same);
  rd_test_add_temp_dir_func ("/cli/compare/text", test_compare_text);
  rd_test_add_temp_dir_func ("/cli/compare/json", test_compare_json);
  rd_test_add_temp_dir_func ("/cli/compare/output-file", test_compare_output_file);
  rd_test_add_temp_dir_func ("/cli/compare/trouble", test_compare_trouble);
  rd_test_add_temp_dir_func ("/cli/compare/options", test_compare_options);
  rd_test_add_temp_dir_func ("/cli/compare/quick-path-as-full", test_quick_path_as_full);
  rd_test_add_temp_dir_func ("/cli/compare/quick-path-file-name-encoding", test_quick_path_file_name_encoding);
  rd_test_add_temp_dir_func ("/cli/compare/quick-and-full-read-through-job", test_quick_and_full_read_through_job);
  rd_test_add_temp_dir_func ("/cli/compare/quick-path-odd-file-names", test_quick_path_odd_file_names);
  rd_test_add_temp_dir_func ("/cli/compare/quick-path-declines-bad-pair", test_quick_path_declines_bad_pair);

  return g_test_run ();
}
