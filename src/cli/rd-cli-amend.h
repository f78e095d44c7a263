/* rd-cli-amend.h: the command line on a draft and its amendments
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rd-comparison.h"
#include "rd-export.h"
#include "rd-loader.h"

G_BEGIN_DECLS

/* How to write the comparison of a draft with the draft as amended. */
typedef struct
{
  gboolean json; /* else text, unless one of the next two */
  gboolean html; /* the annotated HTML export, with @html_options */
  gboolean pdf;  /* the marked-up copy as PDF, in @html_options' layout */
  const RdHtmlOptions *html_options;
  gboolean color; /* text: in colour */
  GFile *output;  /* NULL: standard output */
  const RdCompareOptions *compare;
  /* How the inputs are read (symbols among them: rd-loader.h). */
  void (*prepare_loader) (RdLoader *loader, gpointer user_data);
  gpointer user_data;
} RdCliAmendOutput;

/* Writes the comparison of a draft with the draft as amended, from
 * documents read already (@n_documents of them, @inputs the files they
 * came from, NULL-terminated, which -o must not overwrite).  Returns the
 * exit status; on trouble one line on standard error. */
int rd_cli_amend_run_documents (RdDocument *const *documents,
                                guint n_documents,
                                GFile *const *inputs,
                                const RdCliAmendOutput *output);

G_END_DECLS
