/* test-read-job.c: the one reader of versions (rd-read-job.h) and the
 * rules of a local file (rd-local-file.h), on GLib alone
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rd-fetch.h"
#include "rd-import.h"
#include "rd-limits.h"
#include "rd-local-file.h"
#include "rd-read-job.h"
#include "rd-test-util.h"

/* The folder XDG_CACHE_HOME names for this process (set before GLib
 * reads it, in main ()). */
static char *cache_home;

static char *
seed_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* The seed resolution with @extra operative paragraphs more: over 256 kB
 * for @extra of 3,000. */
static char *
write_resolution (const char *path,
                  guint extra)
{
  g_autofree char *seed = seed_text ();
  GString *text = g_string_new (seed);

  for (guint i = 0; i < extra; i++)
    g_string_append_printf (text, "\n%u. Decides to keep under review the implementation of the present resolution, paragraph %u;\n", 100 + i, i);
  rd_test_write_file (path, text->str, text->len);
  g_string_free (text, TRUE);
  return g_strdup (path);
}

/* The document of @path read alone, as GIO read it before the job:
 * rd_document_load () of a GFile. */
static RdDocument *
load_alone (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  RdDocument *document = rd_document_load (file, NULL, &error);

  g_assert_no_error (error);
  return document;
}

static RdDocument *
read_function_input (gpointer data,
                     GCancellable *cancellable,
                     GError **error)
{
  const char *text = data;

  if (text == NULL)
    {
      g_set_error_literal (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED, "a download that failed");
      return NULL;
    }
  return rd_test_parse_text (text);
}

/* Large local files: read one after the other in the calling thread (in
 * threads they cost more than they saved), each as it reads alone, in the
 * order given, prepared. */
static void
test_large_files_in_one_thread (RdTestTempDir *fixture,
                                gconstpointer data)
{
  g_autoptr (RdReadJob) job = rd_read_job_new ();
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  RdCompareOptions options = { 0 };
  GStatBuf st;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("large-%u.txt", i);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      /* Different lengths, so the order shows. */
      g_ptr_array_add (paths, write_resolution (path, 3000 + 10 * i));
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_size, >=, 256 * 1024);
      rd_read_job_add_file (job, path);
    }
  rd_read_job_set_prepare (job, &options);

  g_assert_true (rd_read_job_run (job));
  g_assert_cmpuint (rd_read_job_get_n_threads (job), ==, 1);
  g_assert_cmpint (rd_read_job_get_failed_input (job), ==, -1);
  for (guint i = 0; i < 3; i++)
    {
      RdDocument *document = rd_read_job_get_document (job, i);
      g_autoptr (RdDocument) alone = load_alone (g_ptr_array_index (paths, i));
      RdParagraph *first = rd_test_paragraph (document, 0);

      g_assert_cmpstr (rd_document_get_file (document), ==, rd_document_get_file (alone));
      g_assert_cmpuint (rd_document_get_paragraphs (document)->len, ==, rd_document_get_paragraphs (alone)->len);
      g_assert_cmpuint (rd_document_count_paragraphs (document, RD_PARAGRAPH_OPERATIVE), ==, rd_document_count_paragraphs (alone, RD_PARAGRAPH_OPERATIVE));
      g_assert_cmpuint (rd_document_count_paragraphs (document, RD_PARAGRAPH_OPERATIVE), >, 3000 + 10 * i);
      /* Prepared: the comparison's keys computed ahead. */
      g_assert_cmpint (first->key_flags, ==, RD_DIFF_FLAGS_NONE);
      g_assert_cmpint (rd_test_paragraph (alone, 0)->key_flags, ==, -1);
    }
}

/* Small files are read one after the other in the calling thread, and not
 * prepared unless asked. */
static void
test_small_files_in_one_thread (RdTestTempDir *fixture,
                                gconstpointer data)
{
  g_autoptr (RdReadJob) job = rd_read_job_new ();
  g_autofree char *old_path = g_build_filename (fixture->dir, "old.txt", NULL);
  g_autofree char *new_path = g_build_filename (fixture->dir, "new.txt", NULL);
  g_autoptr (GPtrArray) documents = NULL;

  g_free (write_resolution (old_path, 0));
  g_free (write_resolution (new_path, 2));
  rd_read_job_add_file (job, old_path);
  rd_read_job_add_file (job, new_path);
  g_assert_cmpuint (rd_read_job_get_n_inputs (job), ==, 2);

  g_assert_true (rd_read_job_run (job));
  g_assert_cmpuint (rd_read_job_get_n_threads (job), ==, 1);
  documents = rd_read_job_take_documents (job);
  g_assert_cmpuint (documents->len, ==, 2);
  g_assert_cmpuint (rd_document_count_paragraphs (g_ptr_array_index (documents, 1), RD_PARAGRAPH_OPERATIVE), ==,
                    rd_document_count_paragraphs (g_ptr_array_index (documents, 0), RD_PARAGRAPH_OPERATIVE) + 2);
  g_assert_cmpint (rd_test_paragraph (g_ptr_array_index (documents, 0), 0)->key_flags, ==, -1);
}

/* A fixture read as a download would be, by the caller's function in a
 * reading thread: @data names it under tests/data. */
static RdDocument *
read_fixture_input (gpointer data,
                    GCancellable *cancellable,
                    GError **error)
{
  const char *const *where = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", where[0], where[1], NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return rd_document_load (file, cancellable, error);
}

/* Versions of every format read at once, each in its own thread (as
 * downloads are): the readers share no state unguarded (build-aux/tsan
 * runs this under ThreadSanitizer), and each version reads as it does
 * alone. */
static void
test_formats_at_once (void)
{
  static const char *const inputs[][2] = {
    { "corpus", "A_80_L.20.en.pdf" },
    { "corpus", "A_80_L.32.en.pdf" },
    { "formats", "resolution.docx" },
    { "formats", "resolution.odt" },
    { "formats", "resolution.html" },
    { "formats", "resolution.akn.xml" },
    { "formats", "resolution.fodt" },
    { "pairs", "trafficking-old.txt" },
  };

  for (guint p = 0; p < G_N_ELEMENTS (inputs); p += 2)
    {
      g_autoptr (RdReadJob) job = rd_read_job_new ();

      rd_read_job_add_func (job, read_fixture_input, (gpointer) inputs[p]);
      rd_read_job_add_func (job, read_fixture_input, (gpointer) inputs[p + 1]);
      g_assert_true (rd_read_job_run (job));
      g_assert_cmpuint (rd_read_job_get_n_threads (job), ==, MIN (2, g_get_num_processors ()));
      for (guint i = 0; i < 2; i++)
        {
          g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", inputs[p + i][0], inputs[p + i][1], NULL);
          g_autoptr (RdDocument) alone = load_alone (path);
          RdDocument *together = rd_read_job_get_document (job, i);

          g_assert_cmpuint (rd_document_get_paragraphs (together)->len, >, 0);
          g_assert_cmpuint (rd_document_get_paragraphs (together)->len, ==, rd_document_get_paragraphs (alone)->len);
          g_assert_cmpstr (rd_document_get_title (together), ==, rd_document_get_title (alone));
        }
    }
}

/* A file that holds more than its size says (/proc's say 0) is read to
 * its end. */
static void
test_file_beyond_its_size (void)
{
  const char *path = "/proc/self/status";
  g_autoptr (RdReadJob) job = rd_read_job_new ();
  g_autoptr (GString) all = g_string_new (NULL);
  GStatBuf st;
  RdDocument *document;

  if (g_stat (path, &st) != 0 || st.st_size != 0)
    {
      g_test_skip ("no /proc file of size 0 here");
      return;
    }
  rd_read_job_add_file (job, path);
  g_assert_true (rd_read_job_run (job));
  document = rd_read_job_get_document (job, 0);
  g_assert_cmpstr (rd_document_get_file (document), ==, path);
  for (guint i = 0; i < rd_document_get_paragraphs (document)->len; i++)
    all = g_string_append (all, rd_test_paragraph (document, i)->text);
  /* Its first line and its last */
  g_assert_true (g_str_has_prefix (all->str, "Name:"));
  g_assert_nonnull (strstr (all->str, "nonvoluntary_ctxt_switches"));
}

/* Inputs the caller reads (a symbol, a URI: they wait on the network) are
 * read in parallel with the files, and their errors come back by their
 * place. */
static void
test_function_inputs (RdTestTempDir *fixture,
                      gconstpointer data)
{
  g_autoptr (RdReadJob) job = rd_read_job_new ();
  g_autoptr (RdReadJob) failing = rd_read_job_new ();
  g_autofree char *path = g_build_filename (fixture->dir, "file.txt", NULL);
  g_autofree char *seed = seed_text ();
  g_autoptr (GError) error = NULL;

  g_free (write_resolution (path, 0));
  rd_read_job_add_func (job, read_function_input, seed);
  rd_read_job_add_file (job, path);
  g_assert_true (rd_read_job_run (job));
  g_assert_cmpuint (rd_read_job_get_n_threads (job), ==, MIN (2, g_get_num_processors ()));
  g_assert_cmpuint (rd_document_get_paragraphs (rd_read_job_get_document (job, 0))->len, ==,
                    rd_document_get_paragraphs (rd_read_job_get_document (job, 1))->len);

  rd_read_job_add_file (failing, path);
  rd_read_job_add_func (failing, read_function_input, NULL);
  g_assert_false (rd_read_job_run (failing));
  g_assert_cmpint (rd_read_job_get_failed_input (failing), ==, 1);
  g_assert_nonnull (rd_read_job_get_document (failing, 0));
  g_assert_null (rd_read_job_take_documents (failing));
  error = rd_read_job_take_error (failing, 1);
  g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED);
  g_assert_null (rd_read_job_take_error (failing, 0));
}

static gboolean
is_cancelled (GCancellable *cancellable)
{
  return g_cancellable_is_cancelled (cancellable);
}

/* Cancelled before it begins: nothing read, no error (the caller reports
 * the cancellation). */
static void
test_cancelled (RdTestTempDir *fixture,
                gconstpointer data)
{
  g_autoptr (RdReadJob) job = rd_read_job_new ();
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = g_build_filename (fixture->dir, "file.txt", NULL);

  g_free (write_resolution (path, 0));
  rd_read_job_add_file (job, path);
  rd_read_job_add_file (job, path);
  rd_read_job_set_cancellable (job, cancellable, is_cancelled);
  g_cancellable_cancel (cancellable);
  g_assert_false (rd_read_job_run (job));
  g_assert_cmpint (rd_read_job_get_failed_input (job), ==, 0);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_null (rd_read_job_get_document (job, i));
      g_assert_null (rd_read_job_take_error (job, i));
    }
}

/* One file that cannot be read, after a good one: the job says which,
 * with the one line every front end shows. */
static GError *
read_after_good (RdTestTempDir *fixture,
                 const char *bad)
{
  g_autoptr (RdReadJob) job = rd_read_job_new ();
  g_autofree char *good = g_build_filename (fixture->dir, "good.txt", NULL);

  g_free (write_resolution (good, 0));
  rd_read_job_add_file (job, good);
  rd_read_job_add_file (job, bad);
  g_assert_false (rd_read_job_run (job));
  g_assert_cmpint (rd_read_job_get_failed_input (job), ==, 1);
  g_assert_nonnull (rd_read_job_get_document (job, 0));
  return rd_read_job_take_error (job, 1);
}

static void
assert_error_message (GError *error,
                      GQuark domain,
                      int code,
                      const char *message)
{
  g_assert_error (error, domain, code);
  g_assert_cmpstr (error->message, ==, message);
}

/* Every way a file fails, worded as the command line and the window
 * worded it when GIO read the files (tests/test-cli.c checks the
 * program's lines). */
static void
test_unhappy_files (RdTestTempDir *fixture,
                    gconstpointer data)
{
  g_autofree char *cwd = g_get_current_dir ();
  static const char elf[] = "\x7F"
                            "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3E\x00";
  struct
  {
    const char *name;
    int code;
    const char *message; /* after "NAME: " */
  } cases[] = {
    { "missing.txt", RD_IMPORT_ERROR_NOT_FOUND, "no such file" },
    { "folder", RD_IMPORT_ERROR_IS_DIRECTORY, "this is a folder, not a file; choose a document inside it" },
    { "pipe", RD_IMPORT_ERROR_NOT_READABLE, "not a regular file" },
    { "good.txt/inside", RD_IMPORT_ERROR_NOT_READABLE, NULL },
    { "large.txt", RD_IMPORT_ERROR_TOO_LARGE, "the file is too large (33.0 MB; Resdiff reads files up to 32 MB)" },
    { "empty.txt", RD_IMPORT_ERROR_EMPTY, NULL },
    { "program.txt", RD_IMPORT_ERROR_BINARY, NULL },
    { "caf\xE9-empty.txt", RD_IMPORT_ERROR_EMPTY, NULL },
  };
  g_autofree char *large = g_build_filename (fixture->dir, "large.txt", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "folder", NULL);
  g_autofree char *pipe = g_build_filename (fixture->dir, "pipe", NULL);
  FILE *stream;

  /* Named from inside their folder: the names are relative. */
  g_assert_cmpint (g_chdir (fixture->dir), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);
  /* A sparse file a megabyte past the limit: its size is refused before
   * any of it is read. */
  stream = fopen (large, "w");
  g_assert_nonnull (stream);
  g_assert_cmpint (ftruncate (fileno (stream), RD_LIMIT_FILE_SIZE + RD_BYTES_PER_MB), ==, 0);
  fclose (stream);
  rd_test_write_file ("empty.txt", "", 0);
  rd_test_write_file ("caf\xE9-empty.txt", "", 0);
  rd_test_write_file ("program.txt", elf, sizeof elf - 1);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = read_after_good (fixture, cases[i].name);
      g_autofree char *expected = NULL;
      /* Escaped: TAP output is UTF-8 */
      g_autofree char *shown = g_strescape (cases[i].name, NULL);

      g_test_message ("%s", shown);
      g_assert_error (error, RD_IMPORT_ERROR, cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, cases[i].name));
      g_assert_cmpstr (error->message + strlen (cases[i].name), !=, "");
      if (cases[i].message != NULL)
        expected = g_strdup_printf ("%s: %s", cases[i].name, cases[i].message);
      else if (cases[i].code == RD_IMPORT_ERROR_NOT_READABLE)
        expected = g_strdup_printf ("%s: cannot read the file (%s)", cases[i].name, g_strerror (ENOTDIR));
      if (expected != NULL)
        g_assert_cmpstr (error->message, ==, expected);
    }

  /* Unreadable: root reads anything. */
  if (getuid () != 0)
    {
      g_autoptr (GError) error = NULL;

      rd_test_write_file ("locked.txt", "The General Assembly,", -1);
      g_assert_cmpint (g_chmod ("locked.txt", 0), ==, 0);
      error = read_after_good (fixture, "locked.txt");
      assert_error_message (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_READABLE, "locked.txt: permission denied");
    }
  g_assert_cmpint (g_chdir (cwd), ==, 0);
}

/* GIO's name of a local file: what every message and document used
 * before the engine named files itself. */
static char *
gio_display_name (const char *path)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr (GFile) folder = g_file_new_for_path (cwd);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  char *relative = g_file_get_relative_path (folder, file);

  return relative != NULL ? relative : g_file_get_parse_name (file);
}

static void
assert_names_as_gio (const char *dir)
{
  g_autofree char *cwd = g_get_current_dir ();
  const char *names[] = { "plain.txt", "résolution.txt", "caf\xE9.txt", "tab\there.txt", "new\nline.txt",
                          "sub/../dotted.txt", "sp ace %25.txt" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *outside = g_build_filename (dir, names[i], NULL);
      g_autofree char *inside = g_build_filename (cwd, names[i], NULL);
      const char *paths[] = { outside, inside };

      for (guint p = 0; p < G_N_ELEMENTS (paths); p++)
        {
          g_autofree char *canonical = rd_local_file_canonical_path (paths[p]);
          g_autofree char *ours = rd_local_file_display_name (canonical);
          g_autofree char *gio = gio_display_name (paths[p]);
          g_autoptr (GFile) file = g_file_new_for_path (paths[p]);
          g_autofree char *through_gfile = rd_file_display_name (file);

          g_assert_cmpstr (ours, ==, gio);
          g_assert_cmpstr (through_gfile, ==, gio);
        }
    }
  /* The root, and the current folder itself */
  for (guint p = 0; p < 2; p++)
    {
      const char *path = p == 0 ? "/" : cwd;
      g_autofree char *canonical = rd_local_file_canonical_path (path);
      g_autofree char *ours = rd_local_file_display_name (canonical);
      g_autofree char *gio = gio_display_name (path);

      g_assert_cmpstr (ours, ==, gio);
    }
}

/* The engine names a file as GIO does: relative inside the current
 * folder, else its path, or a file:// URI for a name that cannot be
 * shown. */
static void
test_display_names_as_gio (RdTestTempDir *fixture,
                           gconstpointer data)
{
  g_autofree char *outside = g_build_filename (fixture->dir, "caf\xE9.txt", NULL);
  g_autofree char *name = rd_local_file_display_name (outside);

  assert_names_as_gio (fixture->dir);
  /* Not UTF-8, outside the current folder: a URI. */
  g_assert_true (g_str_has_prefix (name, "file:///"));
  g_assert_true (g_str_has_suffix (name, "/caf%E9.txt"));
}

/* With file names said to be Latin-1 (G_FILENAME_ENCODING), as GIO too:
 * in a process of its own, since GLib reads the setting once. */
static void
test_display_names_latin1 (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = rd_test_make_temp_dir ();
      g_autofree char *path = g_build_filename (dir, "é.txt", NULL);
      g_autofree char *name = rd_local_file_display_name (path);

      g_assert_cmpstr (g_getenv ("G_FILENAME_ENCODING"), ==, "ISO-8859-1");
      /* "é" in UTF-8 read as Latin-1 */
      g_assert_true (g_str_has_suffix (name, "/Ã©.txt"));
      assert_names_as_gio (dir);
      rd_test_remove_tree (dir);
      return;
    }
  g_setenv ("G_FILENAME_ENCODING", "ISO-8859-1", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("G_FILENAME_ENCODING");
  g_test_trap_assert_passed ();
}

/* A document fetched by symbol and opened again as a file of the cache
 * gets the record kept beside it; the same file elsewhere does not. */
static void
test_cached_record (RdTestTempDir *fixture,
                    gconstpointer data)
{
  g_autofree char *cache = rd_fetch_get_cache_dir ();
  g_autofree char *cached = g_build_filename (cache, "A_80_L.3.en.txt", NULL);
  g_autofree char *unrecorded = g_build_filename (cache, "A_80_L.4.en.txt", NULL);
  g_autofree char *elsewhere = g_build_filename (fixture->dir, "A_80_L.3.en.txt", NULL);
  g_autofree char *record_path = g_build_filename (cache, "A_80_L.3.marcxml", NULL);
  g_autofree char *record_source = g_test_build_filename (G_TEST_DIST, "data", "fetch", "A_80_L.3.marcxml", NULL);
  g_autofree char *record_text = NULL;
  g_autoptr (RdReadJob) job = rd_read_job_new ();
  g_autoptr (GFile) cached_file = g_file_new_for_path (cached);
  g_autoptr (RdRecord) through_gfile = NULL;
  const RdRecord *record;

  g_assert_true (g_str_has_prefix (cache, cache_home));
  g_assert_cmpint (g_mkdir_with_parents (cache, 0700), ==, 0);
  g_assert_true (g_file_get_contents (record_source, &record_text, NULL, NULL));
  rd_test_write_file (record_path, record_text, -1);
  g_free (write_resolution (cached, 0));
  g_free (write_resolution (unrecorded, 0));
  g_free (write_resolution (elsewhere, 0));

  rd_read_job_add_file (job, cached);
  rd_read_job_add_file (job, unrecorded);
  rd_read_job_add_file (job, elsewhere);
  g_assert_true (rd_read_job_run (job));
  record = rd_document_get_record (rd_read_job_get_document (job, 0));
  g_assert_nonnull (record);
  g_assert_cmpstr (g_ptr_array_index (record->symbols, 0), ==, "A/80/L.3");
  g_assert_null (rd_document_get_record (rd_read_job_get_document (job, 1)));
  g_assert_null (rd_document_get_record (rd_read_job_get_document (job, 2)));

  /* The io module's GFile look-up is the same rule. */
  through_gfile = rd_fetch_get_cached_record (cached_file);
  g_assert_nonnull (through_gfile);
  g_assert_cmpstr (g_ptr_array_index (through_gfile->symbols, 0), ==, "A/80/L.3");

  g_assert_cmpint (g_remove (cached), ==, 0);
  g_assert_cmpint (g_remove (unrecorded), ==, 0);
  g_assert_cmpint (g_remove (record_path), ==, 0);
}

int
main (int argc,
      char *argv[])
{
  int status;

  /* Before GLib reads it (g_get_user_cache_dir () keeps its first
   * answer). */
  cache_home = rd_test_make_temp_dir ();
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  rd_test_add_temp_dir_func ("/read-job/large-files-in-one-thread", test_large_files_in_one_thread);
  g_test_add_func ("/read-job/formats-at-once", test_formats_at_once);
  rd_test_add_temp_dir_func ("/read-job/small-files-in-one-thread", test_small_files_in_one_thread);
  g_test_add_func ("/read-job/file-beyond-its-size", test_file_beyond_its_size);
  rd_test_add_temp_dir_func ("/read-job/function-inputs", test_function_inputs);
  rd_test_add_temp_dir_func ("/read-job/cancelled", test_cancelled);
  rd_test_add_temp_dir_func ("/read-job/unhappy-files", test_unhappy_files);
  rd_test_add_temp_dir_func ("/read-job/display-names-as-gio", test_display_names_as_gio);
  g_test_add_func ("/read-job/display-names-latin1", test_display_names_latin1);
  rd_test_add_temp_dir_func ("/read-job/cached-record", test_cached_record);

  status = g_test_run ();
  rd_test_remove_tree (cache_home);
  g_free (cache_home);
  return status;
}
