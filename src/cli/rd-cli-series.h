/* rd-cli-series.h: the command line on a series of versions
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rd-cli-amend.h"
#include "rd-comparison.h"

G_BEGIN_DECLS

/* How to write a series. */
typedef struct
{
  gboolean json;             /* else text */
  gboolean color;            /* text: in colour */
  gboolean sort;             /* order by date and revision (--sort) */
  gboolean substantive_only; /* --substantive: routine updates not listed */
  guint from;                /* --versions=FROM,TO: those two versions (1-based)
                              * compared as a pair instead; 0 for the series */
  guint to;
  GFile *output; /* NULL: standard output */
  const RdCompareOptions *compare;
} RdCliSeriesOutput;

/* Reads @paths (more than two files, NULL-terminated).  When one of them
 * is an amendment, they are a draft and its amendments (rd-cli-amend.h,
 * written as @amend says); otherwise a series of versions in the order
 * given, or by date with @output->sort.  Returns the exit status; on
 * trouble one line on standard error. */
int rd_cli_series_run_files (char **paths,
                             const RdCliSeriesOutput *output,
                             const RdCliAmendOutput *amend);

G_END_DECLS
