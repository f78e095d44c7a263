/* rd-cli-amend.c: the command line on a draft and its amendments
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-cli-amend.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rd-amended-draft.h"
#include "rd-amendment-json.h"
#include "rd-amendment-text.h"
#include "rd-cli.h"
#include "rd-import.h"
#include "rd-loader.h"
#include "rd-save.h"

/* Static helpers */

/* The list of inputs ends with NULL, as rd_save_bytes() wants it. */
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

  /* One line: a message never spans more. */
  g_strdelimit (line, "\n", ' ');
  fprintf (stderr, "resdiff: %s\n", line);
}

static gboolean
write_stdout_data (const char *data,
                   gsize length)
{
  if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
    {
      print_error (_ ("cannot write to standard output"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
stdout_sink (const char *data,
             gsize length,
             gpointer user_data)
{
  return write_stdout_data (data, length);
}

/* Public API */

int
rd_cli_amend_run_documents (RdDocument *const *documents,
                            guint n_documents,
                            GFile *const *inputs,
                            const RdCliAmendOutput *output)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (RdAmendedDraft) amended = NULL;
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  int status;

  g_return_val_if_fail (output != NULL, RD_EXIT_TROUBLE);

  amended = rd_amended_draft_new_from_documents (documents, n_documents, &error);
  if (amended == NULL)
    {
      print_error (error->message);
      return RD_EXIT_TROUBLE;
    }
  comparison = rd_comparison_new (rd_amended_draft_get_draft (amended), rd_amended_draft_get_document (amended), output->compare);
  status = rd_comparison_has_differences (comparison) ? RD_EXIT_DIFFERENT : RD_EXIT_SAME;
  /* The HTML and PDF label each change with its instructions and list
   * them in the summary, as the text does. */
  rd_amended_draft_annotate (amended, comparison);

  if (output->html || output->pdf)
    {
      const RdHtmlOptions defaults = { 0 };
      const RdHtmlOptions *html_options = output->html_options != NULL ? output->html_options : &defaults;

      bytes = output->html ? rd_export_html (comparison, html_options, &error) : rd_export_pdf (comparison, html_options->layout, &error);
      if (bytes == NULL)
        {
          print_error (error->message);
          return RD_EXIT_TROUBLE;
        }
      if (output->output == NULL)
        {
          gsize length;
          const char *data = g_bytes_get_data (bytes, &length);

          return write_stdout_data (data, length) ? status : RD_EXIT_TROUBLE;
        }
      if (!rd_save_bytes (output->output, bytes, inputs, NULL, &error))
        {
          print_error (error->message);
          return RD_EXIT_TROUBLE;
        }
      return status;
    }

  if (output->json && output->output == NULL)
    /* Piece by piece, as the comparison of two versions is. */
    return rd_amended_draft_write_json (amended, comparison, stdout_sink, NULL) ? status : RD_EXIT_TROUBLE;

  if (output->json)
    text = rd_amended_draft_to_json (amended, comparison);
  else
    text = rd_amended_draft_write_text (amended, comparison, output->color && output->output == NULL);

  if (output->output == NULL)
    return write_stdout_data (text, strlen (text)) ? status : RD_EXIT_TROUBLE;

  {
    gsize length = strlen (text);
    bytes = g_bytes_new_take (g_steal_pointer (&text), length);
  }
  if (!rd_save_bytes (output->output, bytes, inputs, NULL, &error))
    {
      print_error (error->message);
      return RD_EXIT_TROUBLE;
    }
  return status;
}

int
rd_cli_amend_run_files (char **paths,
                        const RdCliAmendOutput *output)
{
  g_autoptr (GPtrArray) documents = NULL;
  g_autoptr (GPtrArray) inputs = g_ptr_array_new_with_free_func (clear_file);
  g_autoptr (RdLoader) loader = NULL;
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (paths != NULL, RD_EXIT_TROUBLE);
  g_return_val_if_fail (output != NULL, RD_EXIT_TROUBLE);

  /* The files among the inputs; symbols are fetched into the cache. */
  for (guint i = 0; paths[i] != NULL; i++)
    if (!rd_symbol_is_command_line_symbol (paths[i]))
      g_ptr_array_add (inputs, g_file_new_for_commandline_arg (paths[i]));
  g_ptr_array_add (inputs, NULL);

  /* A target that is one of the inputs is refused before any work. */
  if (output->output != NULL)
    {
      if (!rd_save_check_target (output->output, (GFile *const *) inputs->pdata, &error))
        {
          print_error (error->message);
          return RD_EXIT_TROUBLE;
        }
    }

  /* Read in parallel, as every comparison's versions are (rd-loader.h). */
  loader = rd_loader_new (output->compare);
  if (output->prepare_loader != NULL)
    output->prepare_loader (loader, output->user_data);
  for (guint i = 0; paths[i] != NULL; i++)
    rd_loader_add_input (loader, paths[i], NULL);
  documents = rd_loader_load (loader, NULL, &error);
  if (documents == NULL)
    {
      print_error (error->message);
      return RD_EXIT_TROUBLE;
    }
  return rd_cli_amend_run_documents ((RdDocument *const *) documents->pdata, documents->len, (GFile *const *) inputs->pdata, output);
}
