/* rd-cli-quick.c: the command line's common case, on GLib alone
 *
 * Two local files compared as JSON or text, --structure FILE and
 * --version, without loading the io module (GIO).  The files are read by
 * the engine's one reader (rd-read-job.h), as RdLoader reads them for the
 * io module's command line and the window; anything else is declined
 * (RD_CLI_DECLINED) and left to the io module's rd_cli_run ().
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-cli.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "rd-amendment.h"
#include "rd-cli-output.h"
#include "rd-comparison-json.h"
#include "rd-comparison.h"
#include "rd-library-notes.h"
#include "rd-read-job.h"
#include "rd-structure-writer.h"
#include "rd-text-writer.h"

/* Whether @arg may be a local file for this path: not an option, not a
 * URI (the io module reads those with GIO).  A symbol is not read here
 * either: no file of its name exists, so its read fails and the io
 * module fetches it. */
static gboolean
quick_is_file_argument (const char *arg)
{
  return *arg != '\0' && *arg != '-' && g_uri_peek_scheme (arg) == NULL;
}

/* Reads the local files @args by the engine's one reader
 * (rd-read-job.h), as RdLoader reads them for the io module's command
 * line and the window; prepared for a comparison with @options unless
 * NULL.  NULL when any is not a local file or could not be read: the io
 * module's command line reads it again and says what is wrong. */
static RdReadJob *
quick_read (const char *const *args,
            guint n_args,
            const RdCompareOptions *options)
{
  g_autoptr (RdReadJob) job = rd_read_job_new ();

  for (guint i = 0; i < n_args; i++)
    {
      if (!quick_is_file_argument (args[i]))
        return NULL;
      rd_read_job_add_file (job, args[i]);
    }
  rd_read_job_set_prepare (job, options);
  if (!rd_read_job_run (job))
    return NULL;
  return g_steal_pointer (&job);
}

/* --structure FILE, as rd-cli.c's run_structure () does it. */
static int
quick_structure (const char *arg)
{
  g_autoptr (RdReadJob) job = NULL;
  gint64 start = g_get_monotonic_time ();
  clock_t start_cpu = clock ();

  job = quick_read (&arg, 1, NULL);
  if (job == NULL)
    return RD_CLI_DECLINED;
  return rd_cli_write_structure (rd_read_job_get_document (job, 0), start, start_cpu);
}

/* OLD NEW, as JSON or text on standard output, as rd-cli.c's
 * run_compare () does it; declined for a draft with its amendments. */
static int
quick_compare (const char *old_arg,
               const char *new_arg,
               gboolean json)
{
  const char *args[] = { old_arg, new_arg };
  RdCompareOptions compare_options = { 0 };
  g_autoptr (RdReadJob) job = quick_read (args, 2, &compare_options);
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (GError) error = NULL;
  RdDocument *old_document, *new_document;

  if (job == NULL)
    return RD_CLI_DECLINED;
  old_document = rd_read_job_get_document (job, 0);
  new_document = rd_read_job_get_document (job, 1);
  if (rd_document_is_amendment (old_document) || rd_document_is_amendment (new_document))
    return RD_CLI_DECLINED;

  comparison = rd_comparison_new (old_document, new_document, &compare_options);
  rd_cli_keep_until_exit (comparison);
  /* The default library's notes of agreed language, when it exists; one
   * that cannot be read is reported and set aside. */
  if (!rd_library_notes_attach (comparison, NULL, NULL, &error))
    rd_cli_print_error (error->message);

  if (json)
    {
      /* Straight to standard output, piece by piece. */
      if (!rd_comparison_write_json (comparison, rd_cli_stdout_sink, NULL))
        return RD_EXIT_TROUBLE;
    }
  else
    {
      g_autofree char *text = rd_text_write_full (comparison, rd_cli_use_color (NULL), FALSE, NULL);

      if (!rd_cli_write_stdout (text, strlen (text)))
        return RD_EXIT_TROUBLE;
    }
  return rd_comparison_has_differences (comparison) ? RD_EXIT_DIFFERENT : RD_EXIT_SAME;
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
