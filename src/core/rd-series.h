/* rd-series.h: several versions of one text, in order, and each
 * paragraph's history through them
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rd-comparison.h"

G_BEGIN_DECLS

/* A series holds 3 to 12 versions (the command line's limit; the engine
 * takes 2 or more). */
#define RD_SERIES_MIN_VERSIONS 3
#define RD_SERIES_MAX_VERSIONS 12

/* What happened to a lineage's paragraph in one step. */
typedef struct
{
  guint step;          /* from version @step to @step + 1 */
  RdChangeType type;   /* never unchanged */
  gboolean routine;    /* RdChange.routine */
  RdStrength strength; /* rd_change_get_strength() */
  guint change;        /* its index in the step's changes */
} RdLineageEvent;

/*
 * One paragraph's life through the series: its index in each version (or
 * G_MAXUINT where it is absent) and what each step did to it.  Every
 * paragraph of every version is in exactly one lineage.  A paragraph
 * split in two continues in the first part, the other parts begin
 * lineages of their own (introduced by the split); in a merge the first
 * old paragraph's lineage goes on, the others end there (removed).
 */
typedef struct
{
  guint *indices;   /* per version; G_MAXUINT where absent */
  guint introduced; /* the first version it is in */
  guint removed;    /* the first version after it without it, or
                     * G_MAXUINT when it lasts to the end */
  GArray *events;   /* RdLineageEvent, by step */
} RdLineage;

#define RD_TYPE_SERIES (rd_series_get_type ())
G_DECLARE_FINAL_TYPE (RdSeries, rd_series, RD, SERIES, GObject)

/* Compares each of @documents (RdDocument *, at least two, in order) with
 * the next, with @options (NULL for the defaults); each step is exactly
 * rd_comparison_new() of the two. */
RdSeries *rd_series_new (GPtrArray *documents, const RdCompareOptions *options);

guint rd_series_get_n_versions (RdSeries *self);
RdDocument *rd_series_get_version (RdSeries *self, guint version);

/* Step @step: version @step against @step + 1. */
guint rd_series_get_n_steps (RdSeries *self);
RdComparison *rd_series_get_step (RdSeries *self, guint step);

/* Any two versions, @from before @to or not: a new comparison. */
RdComparison *rd_series_compare (RdSeries *self, guint from, guint to);

/* RdLineage *, ordered by where they first appear (the versions' reading
 * order, earliest version first). */
GPtrArray *rd_series_get_lineages (RdSeries *self);

/* The lineage paragraph @index of version @version belongs to. */
const RdLineage *rd_series_find_lineage (RdSeries *self, guint version, guint index);

/* How a reader cites paragraph @index of version @version ("OP 7"). */
char *rd_series_describe_item (RdSeries *self, guint version, guint index);

/* Whether a lineage ever changed (any event). */
gboolean rd_lineage_changed (const RdLineage *lineage);

/*
 * Orders @documents (RdDocument *) for a series: by date (a document
 * without one keeps its place relative to the others'), then by the
 * symbol's revision ("…/Rev.1" after the symbol without it).  Stable.
 */
void rd_series_sort_documents (GPtrArray *documents);

G_END_DECLS
