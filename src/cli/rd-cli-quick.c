/* rd-cli-quick.c: the command line's common case, on GLib alone
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-cli.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "rd-amendment.h"
#include "rd-cli-output.h"
#include "rd-comparison-json.h"
#include "rd-comparison.h"
#include "rd-import.h"
#include "rd-library-notes.h"
#include "rd-parser.h"
#include "rd-structure-writer.h"
#include "rd-text-writer.h"

/* Files from this size on are read in two threads, as the loader reads
 * them (rd-loader.c); below it a thread costs more than it saves (its
 * start, and the two threads' turns at the one heap), and the files are
 * read one after the other. */
#define QUICK_PARALLEL_BYTES (256 * 1024)

/* One local file to read, and what became of it. */
typedef struct
{
  const char *arg;
  char *path; /* canonical, absolute */
  char *name; /* as rd_file_display_name () gives it */
  goffset size;
  gboolean prepare; /* for a comparison (rd_comparison_prepare_document ()) */
  const RdCompareOptions *options;
  RdDocument *document; /* NULL: declined */
} QuickInput;

static void
quick_input_clear (QuickInput *input)
{
  g_free (input->path);
  g_free (input->name);
  g_clear_object (&input->document);
}

/* What rd_file_display_name () says of a local file (GIO's relative path
 * from the current folder when the file is under it, else its path), for
 * a canonical @path in UTF-8: GLocalFile's match_prefix (). */
static char *
display_name (const char *path)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *prefix = g_canonicalize_filename (cwd, NULL);
  gsize length = strlen (prefix);

  if (strncmp (path, prefix, length) == 0)
    {
      if (length > 0 && G_IS_DIR_SEPARATOR (prefix[length - 1]))
        length--;
      if (G_IS_DIR_SEPARATOR (path[length]))
        return g_strdup (path + length + 1);
    }
  return g_strdup (path);
}

/* Whether @arg is a local file this path reads as the loader would: a
 * regular file under the size limit, named in UTF-8, not a URI, not a copy
 * in the cache of documents fetched by symbol (whose record the loader
 * attaches).  Anything else is left to the "io" module's command line,
 * which says what is wrong. */
static gboolean
quick_input_init (QuickInput *input,
                  const char *arg)
{
  g_autofree char *cache = NULL;
  g_autofree char *folder = NULL;
  GStatBuf st;

  input->arg = arg;
  if (*arg == '\0' || *arg == '-' || g_uri_peek_scheme (arg) != NULL || !g_utf8_validate (arg, -1, NULL))
    return FALSE;
  if (g_stat (arg, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size > RD_LIMIT_FILE_SIZE)
    return FALSE;
  input->size = st.st_size;
  if (g_path_is_absolute (arg))
    input->path = g_canonicalize_filename (arg, NULL);
  else
    {
      g_autofree char *cwd = g_get_current_dir ();

      input->path = g_canonicalize_filename (arg, cwd);
    }
  /* GIO shows a name outside the current folder in the file names'
   * encoding (G_FILENAME_ENCODING, G_BROKEN_FILENAMES): this path shows
   * UTF-8 alone. */
  if (!g_utf8_validate (input->path, -1, NULL) || (!g_str_is_ascii (input->path) && (g_getenv ("G_FILENAME_ENCODING") != NULL || g_getenv ("G_BROKEN_FILENAMES") != NULL)))
    return FALSE;
  /* rd_fetch_get_cache_dir () */
  cache = g_build_filename (g_get_user_cache_dir (), "resdiff", NULL);
  folder = g_path_get_dirname (input->path);
  if (g_strcmp0 (folder, cache) == 0)
    return FALSE;
  {
    g_autofree char *canonical_cache = g_canonicalize_filename (cache, NULL);

    if (g_strcmp0 (folder, canonical_cache) == 0)
      return FALSE;
  }
  input->name = display_name (input->path);
  return TRUE;
}

/* Reads and parses @data (a QuickInput), as rd_document_load () and the
 * loader's thread do; leaves its document NULL on any trouble. */
static gpointer
quick_input_read (gpointer data)
{
  QuickInput *input = data;
  RdImportOptions options = { RD_TRACKED_CHANGES_ACCEPT, NULL };
  g_autoptr (RdBlockList) blocks = NULL;
  g_autoptr (GBytes) bytes = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (input->path, &contents, &length, NULL))
    return NULL;
  bytes = g_bytes_new_take (contents, length);
  if (length > RD_LIMIT_FILE_SIZE)
    return NULL;
  blocks = rd_import_bytes_with_options (bytes, input->name, &options, NULL);
  /* Each stage's input goes as soon as the next has what it needs, as in
   * rd_document_load () and the loader: the peak memory of a large pair
   * is that of one stage. */
  g_clear_pointer (&bytes, g_bytes_unref);
  if (blocks == NULL)
    return NULL;
  input->document = rd_parser_parse (blocks, input->name);
  g_clear_pointer (&blocks, rd_block_list_free);
  if (input->prepare)
    rd_comparison_prepare_document (input->document, input->options);
  return NULL;
}

/* Reads @n inputs, the second in a thread of its own when the files are
 * large; TRUE when every one was read. */
static gboolean
quick_read_all (QuickInput *inputs,
                guint n)
{
  GThread *helper = NULL;

  if (n == 2 && MAX (inputs[0].size, inputs[1].size) >= QUICK_PARALLEL_BYTES)
    helper = g_thread_try_new ("resdiff-load", quick_input_read, &inputs[1], NULL);
  quick_input_read (&inputs[0]);
  if (helper != NULL)
    g_thread_join (helper);
  else if (n == 2)
    quick_input_read (&inputs[1]);
  for (guint i = 0; i < n; i++)
    if (inputs[i].document == NULL)
      return FALSE;
  return TRUE;
}

/* --structure FILE, as rd-cli.c's run_structure () does it. */
static int
quick_structure (const char *arg)
{
  QuickInput input = { 0 };
  gint64 start = g_get_monotonic_time ();
  clock_t start_cpu = clock ();
  gint64 read;
  clock_t read_cpu;
  gboolean written;

  if (!quick_input_init (&input, arg) || !quick_read_all (&input, 1))
    {
      quick_input_clear (&input);
      return RD_CLI_DECLINED;
    }
  read = g_get_monotonic_time ();
  read_cpu = clock ();

  rd_cli_keep_until_exit (input.document);
  written = rd_structure_write_json (input.document, rd_cli_stdout_sink, NULL);
  /* The same debug line as the full command line's, for build-aux/bench. */
  g_debug ("structure: read and parsed in %.3f ms (processor %.3f ms), JSON written in %.3f ms (processor %.3f ms), after a start of processor %.3f ms",
           (read - start) / 1000.0, (read_cpu - start_cpu) * 1000.0 / CLOCKS_PER_SEC,
           (g_get_monotonic_time () - read) / 1000.0, (clock () - read_cpu) * 1000.0 / CLOCKS_PER_SEC,
           start_cpu * 1000.0 / CLOCKS_PER_SEC);
  quick_input_clear (&input);
  return written ? RD_EXIT_SAME : RD_EXIT_TROUBLE;
}

/* OLD NEW, as JSON or text on standard output, as rd-cli.c's
 * run_compare () does it; declined for a draft with its amendments. */
static int
quick_compare (const char *old_arg,
               const char *new_arg,
               gboolean json)
{
  QuickInput inputs[2] = { { 0 } };
  RdCompareOptions compare_options = { 0 };
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (GError) error = NULL;
  int status = RD_CLI_DECLINED;

  for (guint i = 0; i < 2; i++)
    {
      inputs[i].prepare = TRUE;
      inputs[i].options = &compare_options;
    }
  if (!quick_input_init (&inputs[0], old_arg) || !quick_input_init (&inputs[1], new_arg) || !quick_read_all (inputs, 2) || rd_document_is_amendment (inputs[0].document) || rd_document_is_amendment (inputs[1].document))
    goto out;

  comparison = rd_comparison_new (inputs[0].document, inputs[1].document, &compare_options);
  rd_cli_keep_until_exit (comparison);
  /* The default library's notes of agreed language, when it exists; one
   * that cannot be read is reported and set aside. */
  if (!rd_library_notes_attach (comparison, NULL, NULL, &error))
    rd_cli_print_error (error->message);

  if (json)
    {
      /* Straight to standard output, piece by piece. */
      if (!rd_comparison_write_json (comparison, rd_cli_stdout_sink, NULL))
        status = RD_EXIT_TROUBLE;
      else
        status = rd_comparison_has_differences (comparison) ? RD_EXIT_DIFFERENT : RD_EXIT_SAME;
    }
  else
    {
      g_autofree char *text = rd_text_write_full (comparison, rd_cli_use_color (NULL), FALSE, NULL);

      if (!rd_cli_write_stdout (text, strlen (text)))
        status = RD_EXIT_TROUBLE;
      else
        status = rd_comparison_has_differences (comparison) ? RD_EXIT_DIFFERENT : RD_EXIT_SAME;
    }

out:
  quick_input_clear (&inputs[0]);
  quick_input_clear (&inputs[1]);
  return status;
}

/* Whether @value names the JSON or the text format (as rd-cli.c's
 * format_from_name () reads it); @json says which. */
static gboolean
quick_format (const char *value,
              gboolean *json)
{
  *json = g_ascii_strcasecmp (value, "json") == 0;
  return *json || g_ascii_strcasecmp (value, "text") == 0 || g_ascii_strcasecmp (value, "txt") == 0;
}

int
rd_cli_quick_run (int argc,
                  char **argv)
{
  const char *files[3] = { NULL };
  const char *structure = NULL;
  const char *format = NULL;
  guint n_files = 0;
  gboolean json = FALSE;

  /* The version alone, as GOption's --version does it in rd-cli.c. */
  if (argc == 2 && strcmp (argv[1], "--version") == 0)
    {
      printf ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return RD_EXIT_SAME;
    }

  /* Only these forms: --structure FILE, --structure=FILE, --format=F,
   * --format F, -f F and file names; any other option is the full
   * command line's. */
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      const char **value = NULL;

      if (g_str_has_prefix (arg, "--structure=") && structure == NULL)
        structure = arg + strlen ("--structure=");
      else if (g_str_has_prefix (arg, "--format=") && format == NULL)
        format = arg + strlen ("--format=");
      else if (strcmp (arg, "--structure") == 0 && structure == NULL)
        value = &structure;
      else if ((strcmp (arg, "--format") == 0 || strcmp (arg, "-f") == 0) && format == NULL)
        value = &format;
      else if (arg[0] != '-' && n_files < 2)
        files[n_files++] = arg;
      else
        return RD_CLI_DECLINED;
      if (value != NULL)
        {
          if (i + 1 >= argc || argv[i + 1][0] == '-')
            return RD_CLI_DECLINED;
          *value = argv[++i];
        }
    }

  if (structure != NULL)
    return n_files == 0 && format == NULL ? quick_structure (structure) : RD_CLI_DECLINED;
  if (n_files != 2 || (format != NULL && !quick_format (format, &json)))
    return RD_CLI_DECLINED;
  return quick_compare (files[0], files[1], json);
}
