/* rd-series-presentation.h: how a series of versions reads, for every
 * output
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rd-presentation.h"
#include "rd-series.h"

G_BEGIN_DECLS

/*
 * The presentation model of a series (rd-series.h), as rd-presentation.h
 * is a pair's: what the text output, the HTML export and the PDF show of
 * a series, computed once.  The versions, a summary of each step (its
 * lines written here, translated, so every output says the same), then
 * the history of every paragraph that ever changed: its label in each
 * version and each step's change to it as redline runs (RdShownParagraph
 * of the step's own RdPresentation), with the change's marks.  Outputs
 * map it to their medium and never go back to RdChange indices.
 */

/* One step's change to a paragraph. */
typedef struct
{
  guint step;            /* version @step against @step + 1 */
  RdChangeType type;     /* never unchanged */
  char *label;           /* "PP 4, modified" (rd_comparison_describe_change) */
  RdChangeMarks marks;   /* routine, weakened, strengthened */
  char *note;            /* rd_presentation_dup_change_note(), or NULL */
  GPtrArray *paragraphs; /* RdShownParagraph *: the change as a redline */
} RdShownHistoryEntry;

/* One paragraph's history: how it is cited in each version, then each
 * step's change to it. */
typedef struct
{
  RdParagraphKind kind;
  GPtrArray *labels;  /* char *, per version: "OP 7", or NULL where the
                       * paragraph is absent */
  char *title;        /* the labels joined: "PP 4 | PP 4 | — | —" */
  GPtrArray *entries; /* RdShownHistoryEntry *, by step */
} RdShownHistory;

void rd_shown_history_free (RdShownHistory *history);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdShownHistory, rd_shown_history_free)

#define RD_TYPE_SERIES_PRESENTATION (rd_series_presentation_get_type ())
G_DECLARE_FINAL_TYPE (RdSeriesPresentation, rd_series_presentation, RD, SERIES_PRESENTATION, GObject)

RdSeriesPresentation *rd_series_presentation_new (RdSeries *series);

RdSeries *rd_series_presentation_get_series (RdSeriesPresentation *self);

guint rd_series_presentation_get_n_versions (RdSeriesPresentation *self);
/* How outputs name version @version: its symbol, or its file's name. */
const char *rd_series_presentation_get_version_name (RdSeriesPresentation *self, guint version);
/* "draft resolution, 15 October 2025"; "" when the version says
 * neither. */
const char *rd_series_presentation_get_version_details (RdSeriesPresentation *self, guint version);

guint rd_series_presentation_get_n_steps (RdSeriesPresentation *self);
/* The presentation of step @step's comparison. */
RdPresentation *rd_series_presentation_get_step (RdSeriesPresentation *self, guint step);
/* "Step 2 → 3: A/RES/79/198 → A/C.2/80/L.24" */
char *rd_series_presentation_dup_step_title (RdSeriesPresentation *self, guint step);
/* The step's summary, one translated line each (char *): sponsors,
 * paragraph counts, substantive and routine changes with the operative
 * paragraphs weakened and strengthened. */
GPtrArray *rd_series_presentation_dup_step_summary (RdSeriesPresentation *self, guint step);

/* "Series: A/RES/78/141 → … → A/RES/80/127", the title of a page. */
char *rd_series_presentation_dup_title (RdSeriesPresentation *self);

/* The title block of an export: "Series of 3 versions" (translated) over
 * the title of the last version (NULL when it has none). */
char *rd_series_presentation_dup_kicker (RdSeriesPresentation *self);
const char *rd_series_presentation_get_last_title (RdSeriesPresentation *self);

/* The history of every paragraph that ever changed (RdShownHistory *,
 * in the order the paragraphs first appear); with @substantive_only, the
 * routine updates are left out, and the paragraphs only they changed. */
GPtrArray *rd_series_presentation_dup_history (RdSeriesPresentation *self,
                                               gboolean substantive_only);

G_END_DECLS
