/* rd-library-commands.c: the command line's --index and --precedents
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-library-commands.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "rd-fetch.h"
#include "rd-import.h"
#include "rd-library-annotate.h"
#include "rd-library.h"
#include "rd-loader.h"
#include "rd-precedents.h"

/* Exit statuses of --index: every file read, or some could not be
 * (reported, left out), or trouble (no library, no such folder). */
enum
{
  INDEX_EXIT_OK = 0,
  INDEX_EXIT_SOME_FAILED = 1,
  INDEX_EXIT_TROUBLE = 2,
};

/* Static helpers */

static void
print_error (const char *message)
{
  g_autofree char *line = g_strdup (message);

  g_strdelimit (line, "\n", ' ');
  fprintf (stderr, "resdiff: %s\n", line);
}

static gboolean
write_stdout (const char *text)
{
  gsize length = strlen (text);

  if (fwrite (text, 1, length, stdout) != length || fflush (stdout) != 0)
    {
      print_error (_ ("cannot write to standard output"));
      return FALSE;
    }
  return TRUE;
}

static RdLibrary *
open_library (const char *library_path)
{
  g_autofree char *path = library_path != NULL ? g_strdup (library_path) : rd_library_get_default_path ();
  g_autoptr (GError) error = NULL;
  RdLibrary *library = rd_library_open (path, &error);

  if (library == NULL)
    print_error (error->message);
  return library;
}

static void
on_failure (const char *path,
            const GError *error,
            gpointer user_data)
{
  /* The loader's messages name the file already. */
  print_error (error->message);
}

/* Public API */

int
rd_library_run_index (const char *library_path,
                      char **paths)
{
  g_autoptr (RdLibrary) library = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *line = NULL;
  g_autofree char *rate = NULL;
  RdLibraryIndexStats stats = { 0 };
  guint read;

  if (paths == NULL || paths[0] == NULL)
    {
      print_error (_ ("--index takes one or more folders or files to index"));
      return INDEX_EXIT_TROUBLE;
    }
  library = open_library (library_path);
  if (library == NULL)
    return INDEX_EXIT_TROUBLE;
  if (!rd_library_index (library, (const char *const *) paths, on_failure, NULL, &stats, &error))
    {
      print_error (error->message);
      return INDEX_EXIT_TROUBLE;
    }
  read = stats.indexed + stats.failed;
  rate = g_strdup_printf ("%.1f", stats.seconds > 0 ? read / stats.seconds : 0.0);
  /* TRANSLATORS: files indexed, skipped (unchanged), failed, removed (gone from the folders), the library's file, files read per second */
  line = g_strdup_printf (_ ("%u indexed, %u unchanged, %u failed, %u removed into %s (%s files per second)"), stats.indexed, stats.skipped, stats.failed, stats.removed, rd_library_get_path (library), rate);
  if (!write_stdout (line) || !write_stdout ("\n"))
    return INDEX_EXIT_TROUBLE;
  return stats.failed > 0 ? INDEX_EXIT_SOME_FAILED : INDEX_EXIT_OK;
}

/* @input as the library holds it, when it was indexed as it is now: what
 * reading it would give (rd_library_load_document ()), without reading it
 * (most of the time of a search of a long PDF).  NULL otherwise, and when
 * there is no library yet: none is made before @input is read. */
static RdDocument *
load_from_library (const char *library_path,
                   const char *input,
                   RdLibrary **library)
{
  g_autofree char *path = library_path != NULL ? g_strdup (library_path) : rd_library_get_default_path ();
  g_autoptr (GFile) file = NULL;
  g_autofree char *name = NULL;
  RdDocument *document;

  if (rd_symbol_is_command_line_symbol (input) || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  file = rd_file_new_for_argument (input);
  if (g_file_peek_path (file) == NULL)
    return NULL;
  /* A library that cannot be opened is reported once the file is read,
   * as without it. */
  *library = rd_library_open (path, NULL);
  if (*library == NULL)
    return NULL;
  name = rd_file_display_name (file);
  document = rd_library_load_document (*library, g_file_peek_path (file), name);
  if (document != NULL)
    {
      /* As the loader does for a file fetched by symbol. */
      g_autoptr (RdRecord) record = rd_fetch_get_cached_record (file);

      if (record != NULL)
        rd_document_set_record (document, record);
    }
  return document;
}

int
rd_library_run_precedents (const char *library_path,
                           const char *input,
                           gboolean json)
{
  g_autoptr (RdLibrary) library = NULL;
  g_autoptr (RdDocument) document = load_from_library (library_path, input, &library);
  g_autoptr (GPtrArray) precedents = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;

  if (document == NULL)
    {
      g_autoptr (RdLoader) loader = rd_loader_new (NULL);
      g_autoptr (GPtrArray) documents = NULL;

      rd_loader_add_input (loader, input, NULL);
      documents = rd_loader_load (loader, NULL, &error);
      if (documents == NULL)
        {
          print_error (error->message);
          return 2;
        }
      document = g_object_ref (g_ptr_array_index (documents, 0));
    }
  if (library == NULL)
    library = open_library (library_path);
  if (library == NULL)
    return 2;
  precedents = rd_library_find_precedents (library, document, &error);
  if (precedents == NULL)
    {
      print_error (error->message);
      return 2;
    }
  out = json ? rd_precedents_to_json (document, precedents) : rd_precedents_to_text (document, precedents);
  return write_stdout (out) ? 0 : 2;
}

gboolean
rd_library_run_annotate (const char *library_path,
                         RdComparison *comparison,
                         GError **error)
{
  g_autofree char *path = library_path != NULL ? g_strdup (library_path) : rd_library_get_default_path ();
  g_autoptr (RdLibrary) library = rd_library_open (path, error);

  if (library == NULL)
    return FALSE;
  return rd_library_annotate (library, comparison, error);
}
