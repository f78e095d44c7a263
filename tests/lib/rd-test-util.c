/* rd-test-util.c: helpers shared by the tests
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* g_lstat() */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include "rd-test-util.h"

#include "rd-module.h"
#include "rd-tokenize.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <string.h>

RdDocument *
rd_test_parse_text (const char *text)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) blocks = rd_import_bytes (bytes, "test.txt", &error);

  g_assert_no_error (error);
  g_assert_nonnull (blocks);
  return rd_parser_parse (blocks, "test.txt");
}

RdDocument *
rd_test_load_fixture (const char *first_component,
                      ...)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  RdDocument *document;
  va_list args;

  g_ptr_array_add (parts, (gpointer) g_test_get_dir (G_TEST_DIST));
  g_ptr_array_add (parts, (gpointer) "data");
  va_start (args, first_component);
  for (const char *c = first_component; c != NULL; c = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) c);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  path = g_build_filenamev ((char **) parts->pdata);
  file = g_file_new_for_path (path);
  document = rd_document_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

const RdChange *
rd_test_find_change_of_type (RdComparison *comparison,
                             RdChangeType type)
{
  GPtrArray *changes = rd_comparison_get_changes (comparison);

  for (guint i = 0; i < changes->len; i++)
    if (((const RdChange *) g_ptr_array_index (changes, i))->type == type)
      return g_ptr_array_index (changes, i);
  g_error ("no change of type %s", rd_change_type_to_string (type));
  return NULL;
}

GFile *
rd_test_corpus_file (const char *name)
{
  return g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "corpus", name, NULL));
}

const char *const rd_test_investments[RD_TEST_N_INVESTMENTS] = {
  "A_RES_78_141.en.pdf",
  "A_RES_79_198.en.pdf",
  "A_C.2_80_L.24.en.pdf",
  "A_C.2_80_L.46.en.pdf",
  "A_RES_80_127.en.pdf",
};

GPtrArray *
rd_test_load_corpus_chain (const char *const *names,
                           guint n)
{
  GPtrArray *documents = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (documents, rd_test_load_fixture ("corpus", names[i], NULL));
  return documents;
}

RdParagraph *
rd_test_paragraph (RdDocument *document,
                   guint index)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);

  g_assert_cmpuint (index, <, paragraphs->len);
  return g_ptr_array_index (paragraphs, index);
}

RdParagraph *
rd_test_paragraph_of_kind (RdDocument *document,
                           RdParagraphKind kind,
                           guint nth)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      if (paragraph->kind == kind && nth-- == 0)
        return paragraph;
    }
  g_assert_not_reached ();
  return NULL;
}

char *
rd_test_make_temp_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("resdiff-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

gboolean
rd_test_remove_tree (const char *path)
{
  GStatBuf info;
  gboolean removed = TRUE;

  if (g_lstat (path, &info) != 0)
    return TRUE;
  if (S_ISDIR (info.st_mode))
    {
      g_autoptr (GDir) handle = NULL;
      const char *name;

      /* A test may have taken away the right to change it. */
      g_chmod (path, 0700);
      handle = g_dir_open (path, 0, NULL);
      while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          removed = rd_test_remove_tree (child) && removed;
        }
      if (g_rmdir (path) != 0)
        {
          g_test_message ("cannot remove %s", path);
          removed = FALSE;
        }
    }
  else if (g_remove (path) != 0)
    {
      g_test_message ("cannot remove %s", path);
      removed = FALSE;
    }
  return removed;
}

static void
temp_dir_setup (RdTestTempDir *fixture,
                gconstpointer data)
{
  fixture->dir = rd_test_make_temp_dir ();
}

static void
temp_dir_teardown (RdTestTempDir *fixture,
                   gconstpointer data)
{
  rd_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

void
rd_test_remove_dir (const char *dir)
{
  g_assert_true (rd_test_remove_tree (dir));
}

void
rd_test_add_temp_dir_func (const char *path,
                           RdTestTempDirFunc test)
{
  g_test_add_vtable (path, sizeof (RdTestTempDir), NULL, (GTestFixtureFunc) temp_dir_setup, (GTestFixtureFunc) test, (GTestFixtureFunc) temp_dir_teardown);
}

gboolean
rd_test_wait_until (RdTestCondition condition,
                    gpointer data)
{
  return rd_test_wait_until_for (RD_TEST_WAIT_SECONDS, condition, data);
}

gboolean
rd_test_wait_until_for (guint seconds,
                        RdTestCondition condition,
                        gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

void
rd_test_write_file (const char *path,
                    const void *data,
                    gsize length)
{
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, data, (gssize) length, &error);
  g_assert_no_error (error);
}

RdDocument *
rd_test_load_path (const char *path,
                   GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return rd_document_load (file, NULL, error);
}

RdBlockList *
rd_test_import_string (const char *text,
                       GError **error)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));

  return rd_import_bytes (bytes, "test", error);
}

RdBlock *
rd_test_block (RdBlockList *list,
               guint index)
{
  g_assert_cmpuint (index, <, list->blocks->len);
  return g_ptr_array_index (list->blocks, index);
}

void
rd_test_assert_blocks (RdBlockList *list,
                       const char *const *texts,
                       const char *const *numbers,
                       guint n_blocks)
{
  g_assert_cmpuint (list->blocks->len, ==, n_blocks);
  for (guint i = 0; i < n_blocks; i++)
    {
      g_assert_cmpstr (rd_test_block (list, i)->text, ==, texts[i]);
      g_assert_cmpstr (rd_test_block (list, i)->number, ==, numbers[i]);
    }
}

void
rd_test_assert_span (RdBlock *block,
                     RdSpanKind kind,
                     const char *text)
{
  for (guint i = 0; i < block->spans->len; i++)
    {
      RdSpan *span = &g_array_index (block->spans, RdSpan, i);

      if (span->kind == kind && span->end - span->start == strlen (text) && strncmp (block->text + span->start, text, span->end - span->start) == 0)
        return;
    }
  g_error ("No span of kind %d over “%s” in “%s”", kind, text, block->text);
}

guint
rd_test_count (const char *haystack,
               const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

char *
rd_test_replace_all (const char *text,
                     const char *from,
                     const char *to)
{
  g_auto (GStrv) parts = g_strsplit (text, from, -1);

  return g_strjoinv (to, parts);
}

gboolean
rd_test_has_warning (RdDocument *doc,
                     const char *part)
{
  GPtrArray *warnings = rd_document_get_warnings (doc);

  for (guint i = 0; i < warnings->len; i++)
    if (strstr (g_ptr_array_index (warnings, i), part) != NULL)
      return TRUE;
  return FALSE;
}

gboolean
rd_test_require_pdf (void)
{
  g_autoptr (GError) error = NULL;

  if (rd_pdf_module (&error) != NULL)
    return TRUE;
  g_test_skip (error->message);
  return FALSE;
}

static void
run_pdf_test (gconstpointer data)
{
  GTestFunc test = (GTestFunc) data;

  if (rd_test_require_pdf ())
    test ();
}

void
rd_test_add_pdf_func (const char *path,
                      GTestFunc test)
{
  g_test_add_data_func (path, (gconstpointer) test, run_pdf_test);
}

guint
rd_test_count_words (const char *text)
{
  g_autoptr (GArray) tokens = rd_tokenize (text, RD_DIFF_FLAGS_NONE);
  guint words = 0;

  for (guint i = 0; i < tokens->len; i++)
    words += g_array_index (tokens, RdToken, i).kind != RD_TOKEN_PUNCT;
  return words;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

GPtrArray *
rd_test_list_dir (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  return names;
}
