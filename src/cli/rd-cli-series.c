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
#include "rd-cli-output.h"
#include "rd-cli.h"
#include "rd-comparison-json.h"
#include "rd-export.h"
#include "rd-fetch.h"
#include "rd-import.h"
#include "rd-loader.h"
#include "rd-save.h"
#include "rd-series-json.h"
#include "rd-series.h"
#include "rd-text-writer.h"

static gboolean
series_differs (RdSeries *series)
{
  for (guint s = 0; s < rd_series_get_n_steps (series); s++)
    if (rd_comparison_has_differences (rd_series_get_step (series, s)))
      return TRUE;
  return FALSE;
}

/* HTML or PDF of the series (or, @comparison not NULL, of two of its
 * versions), from the modules (rd-export.h). */
static int
write_export (RdSeries *series,
              RdComparison *comparison,
              gboolean differs,
              const RdCliSeriesOutput *output,
              const RdCliAmendOutput *amend,
              GFile *const *inputs)
{
  RdPdfOptions pdf_options = { amend->html_options->layout, amend->html_options->substantive_only };
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;

  if (amend->html)
    bytes = comparison != NULL ? rd_export_html (comparison, amend->html_options, &error) : rd_export_series_html (series, amend->html_options, &error);
  else
    bytes = comparison != NULL ? rd_export_pdf_full (comparison, &pdf_options, &error) : rd_export_series_pdf (series, &pdf_options, &error);
  if (bytes == NULL)
    {
      g_autofree char *name = output->output != NULL ? rd_file_display_name (output->output) : g_strdup (_ ("standard output"));
      rd_cli_print_errorf ("%s: %s", name, error->message);
      return RD_EXIT_TROUBLE;
    }
  if (!rd_cli_deliver (bytes, output->output, inputs))
    return RD_EXIT_TROUBLE;
  return differs ? RD_EXIT_DIFFERENT : RD_EXIT_SAME;
}

static int
write_output (char *text,
              gboolean differs,
              const RdCliSeriesOutput *output,
              GFile *const *inputs)
{
  if (!rd_cli_deliver_text (text, output->output, inputs))
    return RD_EXIT_TROUBLE;
  return differs ? RD_EXIT_DIFFERENT : RD_EXIT_SAME;
}

int
rd_cli_series_run_files (char **paths,
                         const RdCliSeriesOutput *output,
                         const RdCliAmendOutput *amend)
{
  g_autoptr (GPtrArray) documents = NULL;
  g_autoptr (GPtrArray) inputs = NULL;
  g_autoptr (RdSeries) series = NULL;
  guint n = g_strv_length (paths);

  g_return_val_if_fail (paths != NULL, RD_EXIT_TROUBLE);

  /* The files among the inputs (which -o must not overwrite); symbols
   * are fetched into the cache. */
  documents = rd_cli_load_files (paths, output->output, output->compare, amend->prepare_loader, amend->user_data, &inputs);
  if (documents == NULL)
    return RD_EXIT_TROUBLE;

  /* A draft and its amendments is not a series. */
  for (guint i = 0; i < documents->len; i++)
    if (rd_document_is_amendment (g_ptr_array_index (documents, i)))
      return rd_cli_amend_run_documents ((RdDocument *const *) documents->pdata, documents->len, (GFile *const *) inputs->pdata, amend);

  if (n > RD_SERIES_MAX_VERSIONS)
    {
      rd_cli_print_errorf (_ ("a series has at most %u versions; %u files were given"), RD_SERIES_MAX_VERSIONS, n);
      return RD_EXIT_TROUBLE;
    }
  if (output->sort)
    rd_series_sort_documents (documents);
  if (output->from != 0 && (output->from > n || output->to > n || output->to == 0 || output->from == output->to))
    {
      rd_cli_print_errorf (_ ("--versions takes two different versions of the %u given, as FROM,TO (from 1)"), n);
      return RD_EXIT_TROUBLE;
    }

  series = rd_series_new (documents, output->compare);
  if (output->from != 0)
    {
      /* Any two versions of the series, as a pair. */
      g_autoptr (RdComparison) comparison = rd_series_compare (series, output->from - 1, output->to - 1);
      gboolean differs = rd_comparison_has_differences (comparison);

      if (amend->html || amend->pdf)
        return write_export (series, comparison, differs, output, amend, (GFile *const *) inputs->pdata);
      if (output->json)
        return write_output (rd_comparison_to_json (comparison), differs, output, (GFile *const *) inputs->pdata);
      return write_output (rd_text_write_full (comparison, output->color && output->output == NULL, output->substantive_only, NULL), differs, output, (GFile *const *) inputs->pdata);
    }
  if (amend->html || amend->pdf)
    return write_export (series, NULL, series_differs (series), output, amend, (GFile *const *) inputs->pdata);
  if (output->json)
    {
      if (output->output == NULL)
        return rd_series_write_json (series, rd_cli_stdout_sink, NULL) ? (series_differs (series) ? RD_EXIT_DIFFERENT : RD_EXIT_SAME) : RD_EXIT_TROUBLE;
      return write_output (rd_series_to_json (series), series_differs (series), output, (GFile *const *) inputs->pdata);
    }
  return write_output (rd_text_write_series (series, output->color && output->output == NULL, output->substantive_only), series_differs (series), output, (GFile *const *) inputs->pdata);
}
