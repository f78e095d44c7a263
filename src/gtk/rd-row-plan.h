/* rd-row-plan.h: the rows of a comparison view, planned without building any
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rd-change-filter.h"
#include "rd-comparison.h"
#include "rd-presentation.h"

G_BEGIN_DECLS

typedef enum
{
  RD_ROW_HEADER,
  RD_ROW_CHANGE,
  RD_ROW_ORIGIN,  /* where a moved paragraph stood */
  RD_ROW_FOLD,    /* a run of unchanged paragraphs, with "Show only changes" */
  RD_ROW_HEADING, /* "Footnotes", before the footnote changes */
} RdRowKind;

typedef struct
{
  RdRowKind kind;
  guint index;     /* view index of the change (CHANGE, ORIGIN) or fold group (FOLD) */
  guint group;     /* CHANGE: its fold group, or G_MAXUINT */
  guint old_chars; /* the length of the text on each side, for estimates */
  guint new_chars;
} RdRow;

typedef struct
{
  guint first; /* view index of its first change */
  guint count;
  gboolean expanded;
  guint row; /* the fold's row */
} RdFoldGroup;

/* The rows of a view of @comparison, in display order: the header, then for
 * each change (paragraphs, then footnotes after a heading, view indices as
 * rd_change_view_lookup_change ()) the rows where moved ones stood, folds
 * of unchanged runs, and the change.  Planning reads the presentation's
 * lengths only: no row is built, no text laid out. */
typedef struct _RdRowPlan RdRowPlan;

RdRowPlan *rd_row_plan_new (RdComparison *comparison, RdPresentation *presentation);
void rd_row_plan_free (RdRowPlan *self);

guint rd_row_plan_get_n_rows (RdRowPlan *self);
const RdRow *rd_row_plan_get_row (RdRowPlan *self, guint row);
/* How many changes (view indices) the plan has. */
guint rd_row_plan_get_n_changes (RdRowPlan *self);
/* The row of change @index. */
guint rd_row_plan_get_change_row (RdRowPlan *self, guint index);
/* The row where moved change @index stood, or G_MAXUINT. */
guint rd_row_plan_get_origin_row (RdRowPlan *self, guint index);
RdFoldGroup *rd_row_plan_get_group (RdRowPlan *self, guint group);
/* Folds every run again (expanded = FALSE). */
void rd_row_plan_fold_all (RdRowPlan *self);

/* Whether row @row takes room: @filter (may be NULL) hides routine
 * updates; with @changes_only unchanged runs are folded unless expanded. */
gboolean rd_row_plan_row_is_shown (RdRowPlan *self, guint row, gboolean changes_only, RdChangeFilter *filter);

/* Navigation's stops: the differences @filter (may be NULL) lists, in
 * order.  Kept from one call to the next while the filter's choices stay
 * the same, so that F7 and "Change n of N" cost a binary search, not a
 * pass over every change. */
guint rd_row_plan_count_stops (RdRowPlan *self, RdChangeFilter *filter);
/* Whether change @index is a stop. */
gboolean rd_row_plan_is_stop (RdRowPlan *self, RdChangeFilter *filter, guint index);
/* The first stop after (@forward) or before change @from (-1 or the
 * number of changes: from either end), or -1. */
int rd_row_plan_next_stop (RdRowPlan *self, RdChangeFilter *filter, int from, gboolean forward);
/* How many stops are at or before change @index (0 for -1). */
guint rd_row_plan_rank_stop (RdRowPlan *self, RdChangeFilter *filter, int index);

G_END_DECLS
