/* rd-cli-series.c: the command line on a series of versions
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-cli-series.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rd-amendment.h"
#include "rd-cli.h"
#include "rd-comparison-json.h"
#include "rd-fetch.h"
#include "rd-import.h"
#include "rd-loader.h"
#include "rd-save.h"
#include "rd-series-json.h"
#include "rd-series.h"
#include "rd-text-writer.h"

static void
clear_file (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

static void
print_error (const char *message)
{
  g_autofree char *line = g_strdup (message);

  g_strdelimit (line, "\n", ' ');
  fprintf (stderr, "resdiff: %s\n", line);
}

static gboolean
write_stdout (const char *data,
              gsize length,
              gpointer user_data)
{
  if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
    {
      print_error (_ ("cannot write to standard output"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
series_differs (RdSeries *series)
{
  for (guint s = 0; s < rd_series_get_n_steps (series); s++)
    if (rd_comparison_has_differences (rd_series_get_step (series, s)))
      return TRUE;
  return FALSE;
}

static int
write_output (char *text,
              gboolean differs,
              const RdCliSeriesOutput *output,
              GFile *const *inputs)
{
  g_autoptr (GBytes) bytes = g_bytes_new_take (text, strlen (text));
  g_autoptr (GError) error = NULL;

  if (output->output != NULL)
    {
      if (!rd_save_bytes (output->output, bytes, inputs, NULL, &error))
        {
          print_error (error->message);
          return RD_EXIT_TROUBLE;
        }
    }
  else if (!write_stdout (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    return RD_EXIT_TROUBLE;
  return differs ? RD_EXIT_DIFFERENT : RD_EXIT_SAME;
}

int
rd_cli_series_run_files (char **paths,
                         const RdCliSeriesOutput *output,
                         const RdCliAmendOutput *amend)
{
  g_autoptr (GPtrArray) documents = NULL;
  g_autoptr (GPtrArray) inputs = g_ptr_array_new_with_free_func (clear_file);
  g_autoptr (RdLoader) loader = NULL;
  g_autoptr (RdSeries) series = NULL;
  g_autoptr (GError) error = NULL;
  guint n;

  g_return_val_if_fail (paths != NULL, RD_EXIT_TROUBLE);

  /* The files among the inputs (which -o must not overwrite); symbols
   * are fetched into the cache. */
  for (n = 0; paths[n] != NULL; n++)
    if (!rd_symbol_is_command_line_symbol (paths[n]))
      g_ptr_array_add (inputs, g_file_new_for_commandline_arg (paths[n]));
  g_ptr_array_add (inputs, NULL);

  if (output->output != NULL && !rd_save_check_target (output->output, (GFile *const *) inputs->pdata, &error))
    {
      print_error (error->message);
      return RD_EXIT_TROUBLE;
    }

  loader = rd_loader_new (output->compare);
  if (amend->prepare_loader != NULL)
    amend->prepare_loader (loader, amend->user_data);
  for (guint i = 0; i < n; i++)
    rd_loader_add_input (loader, paths[i], NULL);
  documents = rd_loader_load (loader, NULL, &error);
  if (documents == NULL)
    {
      print_error (error->message);
      return RD_EXIT_TROUBLE;
    }

  /* A draft and its amendments is not a series. */
  for (guint i = 0; i < documents->len; i++)
    if (rd_document_is_amendment (g_ptr_array_index (documents, i)))
      return rd_cli_amend_run_documents ((RdDocument *const *) documents->pdata, documents->len, (GFile *const *) inputs->pdata, amend);

  if (amend->html || amend->pdf)
    {
      print_error (_ ("HTML and PDF output of a series is not available yet; use text or json"));
      return RD_EXIT_TROUBLE;
    }
  if (n > RD_SERIES_MAX_VERSIONS)
    {
      g_autofree char *message = g_strdup_printf (_ ("a series has at most %u versions; %u files were given"), RD_SERIES_MAX_VERSIONS, n);
      print_error (message);
      return RD_EXIT_TROUBLE;
    }
  if (output->sort)
    rd_series_sort_documents (documents);
  if (output->from != 0 && (output->from > n || output->to > n || output->to == 0 || output->from == output->to))
    {
      g_autofree char *message = g_strdup_printf (_ ("--versions takes two different versions of the %u given, as FROM,TO (from 1)"), n);
      print_error (message);
      return RD_EXIT_TROUBLE;
    }

  series = rd_series_new (documents, output->compare);
  if (output->from != 0)
    {
      /* Any two versions of the series, as a pair. */
      g_autoptr (RdComparison) comparison = rd_series_compare (series, output->from - 1, output->to - 1);
      gboolean differs = rd_comparison_has_differences (comparison);

      if (output->json)
        return write_output (rd_comparison_to_json (comparison), differs, output, (GFile *const *) inputs->pdata);
      return write_output (rd_text_write_full (comparison, output->color && output->output == NULL, output->substantive_only, NULL), differs, output, (GFile *const *) inputs->pdata);
    }
  if (output->json)
    {
      if (output->output == NULL)
        return rd_series_write_json (series, write_stdout, NULL) ? (series_differs (series) ? RD_EXIT_DIFFERENT : RD_EXIT_SAME) : RD_EXIT_TROUBLE;
      return write_output (rd_series_to_json (series), series_differs (series), output, (GFile *const *) inputs->pdata);
    }
  return write_output (rd_text_write_series (series, output->color && output->output == NULL, output->substantive_only), series_differs (series), output, (GFile *const *) inputs->pdata);
}
