/* rd-series-attribution.h: who changed what — the latest version's text,
 * each part marked with the version that brought it
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rd-series.h"

G_BEGIN_DECLS

/* A stretch of an attributed paragraph's text brought by one version. */
typedef struct
{
  gsize start; /* byte offsets in the paragraph's text */
  gsize end;
  guint version; /* the version it first appears in (0: the first) */
} RdAttributedSpan;

/* One paragraph of the last version. */
typedef struct
{
  guint index;   /* in the last version's paragraphs */
  char *label;   /* how a reader cites it: "OP 7" */
  char *text;    /* its text as the presentation shows it (no footnote
                  * marks) */
  GArray *spans; /* RdAttributedSpan, in order, covering all of @text */
} RdAttributedParagraph;

void rd_attributed_paragraph_free (RdAttributedParagraph *paragraph);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdAttributedParagraph, rd_attributed_paragraph_free)

/*
 * Every paragraph of the last version of @series (RdAttributedParagraph *,
 * in order), its text cut where the version that brought it changes: text
 * inserted by step k (version k → k + 1) belongs to version k + 1, text
 * common to a step keeps the version it had before it, and the first
 * version's text is version 0's.  Computed on the steps' presentations
 * (their redline runs), so it agrees with what the views show.
 * White space takes the version of the character before it.
 */
GPtrArray *rd_series_attribute_latest (RdSeries *series);

G_END_DECLS
