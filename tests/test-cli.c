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
#include <sys/wait.h>

#include "rd-test-spawn.h"

typedef struct
{
  char *dir;
} TempDir;

static void
temp_dir_setup (TempDir *fixture,
                gconstpointer data)
{
  fixture->dir = g_dir_make_tmp ("resdiff-cli-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
}

static void
temp_dir_teardown (TempDir *fixture,
                   gconstpointer data)
{
  g_autoptr (GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_chmod (path, 0600);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        g_rmdir (path);
      else
        g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static char *
write_temp (TempDir *fixture,
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
test_bad_missing (TempDir *fixture,
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
test_bad_directory (TempDir *fixture,
                    gconstpointer data)
{
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, "--structure", fixture->dir, NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, fixture->dir, "folder");
}

static void
test_bad_unreadable (TempDir *fixture,
                     gconstpointer data)
{
  g_autofree char *path = write_temp (fixture, "locked.txt", "The General Assembly,", -1);
  g_auto (RdRun) run = { 0 };

  g_chmod (path, 0);
  rd_run_resdiff (&run, "--structure", path, NULL);
  if (run.status == 0)
    {
      g_test_skip ("running as root: an unreadable file can be read");
      return;
    }
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, "locked.txt", "permission denied");
}

static void
test_bad_binary (TempDir *fixture,
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
test_bad_invalid_utf8 (TempDir *fixture,
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
test_bad_empty (TempDir *fixture,
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
test_version (void)
{
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, PACKAGE_NAME " " PACKAGE_VERSION "\n");
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/structure/seed", test_structure_seed);
  g_test_add_func ("/cli/structure/not-a-resolution", test_structure_not_a_resolution);
  g_test_add ("/cli/bad/missing", TempDir, NULL, temp_dir_setup, test_bad_missing, temp_dir_teardown);
  g_test_add ("/cli/bad/directory", TempDir, NULL, temp_dir_setup, test_bad_directory, temp_dir_teardown);
  g_test_add ("/cli/bad/unreadable", TempDir, NULL, temp_dir_setup, test_bad_unreadable, temp_dir_teardown);
  g_test_add ("/cli/bad/binary", TempDir, NULL, temp_dir_setup, test_bad_binary, temp_dir_teardown);
  g_test_add ("/cli/bad/invalid-utf8", TempDir, NULL, temp_dir_setup, test_bad_invalid_utf8, temp_dir_teardown);
  g_test_add ("/cli/bad/empty", TempDir, NULL, temp_dir_setup, test_bad_empty, temp_dir_teardown);
  g_test_add_func ("/cli/bad/arguments", test_bad_arguments);
  g_test_add_func ("/cli/version", test_version);

  return g_test_run ();
}
