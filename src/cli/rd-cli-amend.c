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
#include "rd-cli-output.h"
#include "rd-cli.h"
#include "rd-import.h"
#include "rd-loader.h"
#include "rd-save.h"

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
      rd_cli_print_error (error->message);
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

      bytes = output->html ? rd_export_html (comparison, html_options, &error) : rd_export_pdf_full (comparison, &(RdPdfOptions){ html_options->layout, html_options->substantive_only }, &error);
      if (bytes == NULL)
        {
          rd_cli_print_error (error->message);
          return RD_EXIT_TROUBLE;
        }
      return rd_cli_deliver (bytes, output->output, inputs) ? status : RD_EXIT_TROUBLE;
    }

  if (output->json && output->output == NULL)
    /* Piece by piece, as the comparison of two versions is. */
    return rd_amended_draft_write_json (amended, comparison, rd_cli_stdout_sink, NULL) ? status : RD_EXIT_TROUBLE;

  if (output->json)
    text = rd_amended_draft_to_json (amended, comparison);
  else
    text = rd_amended_draft_write_text (amended, comparison, output->color && output->output == NULL);

  return rd_cli_deliver_text (g_steal_pointer (&text), output->output, inputs) ? status : RD_EXIT_TROUBLE;
}
