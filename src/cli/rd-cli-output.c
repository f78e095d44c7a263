/* rd-cli-output.c: what every part of the command line shares: its one
 * way to report trouble, write standard output or the -o file, and read
 * its inputs
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-cli-output.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "rd-fetch.h"
#include "rd-import.h"
#include "rd-save.h"

/* Static helpers */

/* The list of inputs ends with NULL, as rd_save_bytes() wants it. */
static void
clear_file (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

/* Progress of documents fetched by symbol, on standard error when it is
 * a terminal: one line, rewritten.  Called from the loading threads. */
static GMutex progress_lock;
static gboolean progress_shown;

static void
on_fetch_progress (const char *symbol,
                   guint64 received,
                   guint64 total,
                   gpointer user_data)
{
  g_autofree char *size = g_format_size (received);

  g_autofree char *line = NULL;

  if (total > 0)
    {
      g_autofree char *of = g_format_size (total);
      /* TRANSLATORS: progress of a download: symbol, bytes so far, size */
      line = g_strdup_printf (_ ("fetching %s… %s of %s"), symbol, size, of);
    }
  else
    /* TRANSLATORS: progress of a download: symbol, bytes so far */
    line = g_strdup_printf (_ ("fetching %s… %s"), symbol, size);
  g_mutex_lock (&progress_lock);
  /* Back to the start of the line, and what the last report left erased. */
  fprintf (stderr, "\rresdiff: %s\033[K", line);
  fflush (stderr);
  progress_shown = TRUE;
  g_mutex_unlock (&progress_lock);
}

static void
end_progress (void)
{
  g_mutex_lock (&progress_lock);
  if (progress_shown)
    fputs ("\r\033[K", stderr);
  progress_shown = FALSE;
  g_mutex_unlock (&progress_lock);
}

/* Public API */

/* @bytes saved as @output (never over one of @inputs, which ends with
 * NULL), or on standard output when @output is NULL; trouble is
 * reported here. */
gboolean
rd_cli_deliver (GBytes *bytes,
                GFile *output,
                GFile *const *inputs)
{
  g_autoptr (GError) error = NULL;

  if (output == NULL)
    {
      gsize length = 0;
      const char *data = g_bytes_get_data (bytes, &length);

      return rd_cli_write_stdout (data, length);
    }
  if (!rd_save_bytes (output, bytes, inputs, NULL, &error))
    {
      rd_cli_print_error (error->message);
      return FALSE;
    }
  return TRUE;
}

/* The same for a text, which it takes. */
gboolean
rd_cli_deliver_text (char *text,
                     GFile *output,
                     GFile *const *inputs)
{
  gsize length = strlen (text);
  g_autoptr (GBytes) bytes = g_bytes_new_take (text, length);

  return rd_cli_deliver (bytes, output, inputs);
}

/* The files among @paths, which the -o file @output must not be (NULL:
 * standard output), ending with NULL; a symbol's copy is in the cache,
 * not among them.  NULL, reported, when @output is one of them: refused
 * before any work, also through a link or another path (rd_save_bytes()
 * checks again). */
GPtrArray *
rd_cli_input_files (char **paths,
                    GFile *output)
{
  g_autoptr (GPtrArray) inputs = g_ptr_array_new_with_free_func (clear_file);
  g_autoptr (GError) error = NULL;

  for (guint i = 0; paths[i] != NULL; i++)
    if (!rd_symbol_is_command_line_symbol (paths[i]))
      g_ptr_array_add (inputs, rd_file_new_for_argument (paths[i]));
  g_ptr_array_add (inputs, NULL);
  if (output != NULL && !rd_save_check_target (output, (GFile *const *) inputs->pdata, &error))
    {
      rd_cli_print_error (error->message);
      return NULL;
    }
  return g_steal_pointer (&inputs);
}

/* Every one of @paths (files or symbols) read at the same time
 * (rd-loader.h), by a loader that @prepare_loader, when not NULL, was
 * given first.  Symbols fetched show their progress on standard error
 * when it is a terminal, put away once all are read. */
GPtrArray *
rd_cli_load (char **paths,
             const RdCompareOptions *compare,
             RdCliPrepareLoader prepare_loader,
             gpointer user_data,
             GError **error)
{
  g_autoptr (RdLoader) loader = rd_loader_new (compare);

  GPtrArray *documents;

  if (prepare_loader != NULL)
    prepare_loader (loader, user_data);
  if (isatty (fileno (stderr)))
    rd_loader_set_progress_func (loader, on_fetch_progress, NULL, NULL);
  for (guint i = 0; paths[i] != NULL; i++)
    rd_loader_add_input (loader, paths[i], NULL);
  documents = rd_loader_load (loader, NULL, error);
  end_progress ();
  return documents;
}

/* What every command does with its files: refuses an -o @output that is
 * one of them, then reads them all (rd_cli_load()).  The documents, and
 * in @inputs the files among @paths ending with NULL; NULL, reported on
 * standard error, on trouble. */
GPtrArray *
rd_cli_load_files (char **paths,
                   GFile *output,
                   const RdCompareOptions *compare,
                   RdCliPrepareLoader prepare_loader,
                   gpointer user_data,
                   GPtrArray **inputs)
{
  g_autoptr (GPtrArray) files = NULL;
  g_autoptr (GPtrArray) documents = NULL;
  g_autoptr (GError) error = NULL;

  files = rd_cli_input_files (paths, output);
  if (files == NULL)
    return NULL;
  documents = rd_cli_load (paths, compare, prepare_loader, user_data, &error);
  if (documents == NULL)
    {
      rd_cli_print_error (error->message);
      return NULL;
    }
  *inputs = g_steal_pointer (&files);
  return g_steal_pointer (&documents);
}
