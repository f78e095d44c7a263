/* test-hostile.c: the inputs that once crashed or misread, through the CLI
 *
 * Every file in tests/data/hostile (its README says what each is) is run
 * through the program twice, alone (--structure) and compared with itself;
 * the program must exit 0, or 2 with one line naming the file, and never
 * crash.  build-aux/test runs this suite plain and under ASan/UBSan, where
 * a read past a buffer or an overflow aborts the program.  Some files have
 * a known outcome, checked too.
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* symlink and lstat are POSIX 2008, not C11. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <errno.h>
#include <json-glib/json-glib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rd-test-spawn.h"
#include "rd-test-util.h"

/* What a file is known to give: its exit status alone, and the texts some
 * of its paragraphs must have (whole, as paragraphs) or its list numbers. */
typedef struct
{
  const char *name;
  int status;
  const char *paragraphs[3];
  const char *numbers[4];
} Expected;

static const Expected expected[] = {
  { "empty.txt", 2, { NULL }, { NULL } },
  { "tab-only-line.txt", 0, { "x", NULL }, { NULL } },
  { "tab-after-line.txt", 0, { NULL }, { NULL } },
  { "tab-indented-paragraphs.txt", 0, { "Recalling its resolution 70/1,", "Decides to remain seized of the matter.", NULL }, { NULL } },
  /* List numbers from attributes are clamped to RD_LIMIT_LIST_NUMBER and
   * counted on in 64 bits. */
  { "ol-start-int-max.html", 0, { "Alpha one.", "Beta two.", "Gamma three." }, { "1000000.", "1000001.", "1000002.", NULL } },
  { "li-value-int-max.html", 0, { "Alpha one.", "Beta two.", NULL }, { "1000000.", "1000001.", NULL } },
  { "ol-reversed-below-int-min.html", 0, { "Alpha one.", "Beta two.", "Gamma three." }, { "-1000000.", "-1000001.", "-1000002.", NULL } },
};

static const Expected *
find_expected (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (g_strcmp0 (expected[i].name, name) == 0)
      return &expected[i];
  return NULL;
}

/* The paragraph of @structure (the --structure JSON) whose text is @text. */
static JsonObject *
find_paragraph (JsonObject *structure,
                const char *text)
{
  JsonArray *paragraphs = json_object_get_array_member (structure, "paragraphs");

  for (guint i = 0; i < json_array_get_length (paragraphs); i++)
    {
      JsonObject *paragraph = json_array_get_object_element (paragraphs, i);

      if (g_strcmp0 (json_object_get_string_member (paragraph, "text"), text) == 0)
        return paragraph;
    }
  return NULL;
}

static void
check_outcome (const RdRun *run,
               const char *name,
               const Expected *known)
{
  /* Never killed by a signal (a sanitizer aborts); 0 (a file compared
   * with itself has no differences) or 2. */
  g_assert_cmpint (run->status, >=, 0);
  if (known != NULL)
    g_assert_cmpint (run->status, ==, known->status);
  else
    g_assert_true (run->status == 0 || run->status == 2);
  if (run->status == 2)
    rd_assert_one_line_error (run, name, NULL);
}

static void
test_file (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "hostile", name, NULL);
  const Expected *known = find_expected (name);
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, "--structure", path, NULL);
  check_outcome (&run, name, known);
  if (run.status == 0 && known != NULL)
    {
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_autoptr (GError) error = NULL;
      JsonObject *structure;

      json_parser_load_from_data (parser, run.out, -1, &error);
      g_assert_no_error (error);
      structure = json_node_get_object (json_parser_get_root (parser));
      for (guint i = 0; i < G_N_ELEMENTS (known->paragraphs) && known->paragraphs[i] != NULL; i++)
        {
          JsonObject *paragraph = find_paragraph (structure, known->paragraphs[i]);

          if (paragraph == NULL)
            g_error ("%s: no paragraph reads “%s”:\n%s", name, known->paragraphs[i], run.out);
          if (i < G_N_ELEMENTS (known->numbers) && known->numbers[i] != NULL)
            g_assert_cmpstr (json_object_get_string_member (paragraph, "number"), ==, known->numbers[i]);
        }
    }
  rd_run_clear (&run);

  rd_run_resdiff (&run, "--format=json", path, path, NULL);
  check_outcome (&run, name, known);
}

/* The CLI reads both versions in parallel threads and poppler is not
 * thread-safe (a race on its lazily made colour profile, which once leaked
 * under LeakSanitizer): rd-import-pdf gives each thread a document of its
 * own and displays the process's first page alone.  Two PDFs compared a
 * few times must give the same result each time. */
static void
test_pdf_pair (void)
{
  g_autofree char *old_path = g_test_build_filename (G_TEST_DIST, "data", "corpus", "A_RES_79_140.en.pdf", NULL);
  g_autofree char *new_path = g_test_build_filename (G_TEST_DIST, "data", "corpus", "A_80_L.25.en.pdf", NULL);
  g_autofree char *first = NULL;

  for (guint i = 0; i < 3; i++)
    {
      g_auto (RdRun) run = { 0 };

      rd_run_resdiff (&run, "--format=json", old_path, new_path, NULL);
      g_assert_cmpint (run.status, ==, 1); /* as diff: they differ */
      g_assert_cmpstr (run.err, ==, "");
      if (first == NULL)
        first = g_strdup (run.out);
      else
        g_assert_cmpstr (run.out, ==, first);
    }
}

/* -o onto a loop of symbolic links fails as the kernel would, and the
 * links stay links. */
static void
test_output_link_loop (void)
{
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *a = g_build_filename (dir, "a.txt", NULL);
  g_autofree char *b = g_build_filename (dir, "b.txt", NULL);
  g_autofree char *input = g_test_build_filename (G_TEST_DIST, "data", "hostile", "tab-indented-paragraphs.txt", NULL);
  g_autofree char *target = NULL;
  g_auto (RdRun) run = { 0 };
  GStatBuf info;

  g_assert_cmpint (symlink ("b.txt", a), ==, 0);
  g_assert_cmpint (symlink ("a.txt", b), ==, 0);

  rd_run_resdiff (&run, "-o", a, input, input, NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, "a.txt", NULL);
  g_assert_nonnull (strstr (run.err, g_strerror (ELOOP)));
  g_assert_cmpint (g_lstat (a, &info), ==, 0);
  g_assert_true (S_ISLNK (info.st_mode));
  target = g_file_read_link (a, NULL);
  g_assert_cmpstr (target, ==, "b.txt");

  g_unlink (a);
  g_unlink (b);
  rd_test_remove_dir (dir);
}

int
main (int argc,
      char *argv[])
{
  g_autofree char *folder = NULL;
  g_autoptr (GPtrArray) names = NULL;
  guint readme;

  g_test_init (&argc, &argv, NULL);

  folder = g_test_build_filename (G_TEST_DIST, "data", "hostile", NULL);
  names = rd_test_list_dir (folder);
  if (g_ptr_array_find_with_equal_func (names, "README.md", g_str_equal, &readme))
    g_ptr_array_remove_index (names, readme);
  /* Every known case is there: a file lost from the folder fails. */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (g_ptr_array_find_with_equal_func (names, expected[i].name, g_str_equal, NULL));

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_strdup_printf ("/hostile/file/%s", (char *) g_ptr_array_index (names, i));
      g_test_add_data_func (path, g_ptr_array_index (names, i), test_file);
    }
  rd_test_add_pdf_func ("/hostile/pdf/pair-in-parallel", test_pdf_pair);
  g_test_add_func ("/hostile/output/link-loop", test_output_link_loop);
  return g_test_run ();
}
