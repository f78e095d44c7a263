/* rd-row-plan.c: the rows of a comparison view, planned without building any
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-row-plan.h"

#include <string.h>

#include "rd-array-util.h"
#include "rd-change-view.h"

/* A run of unchanged paragraphs shorter than this is not folded: folding a
 * single paragraph saves no room and hides context. */
#define FOLD_MIN_RUN 2

struct _RdRowPlan
{
  RdComparison *comparison;
  RdPresentation *presentation;

  GArray *rows;        /* RdRow, in display order */
  GArray *change_rows; /* guint: the row of each change */
  GArray *origin_rows; /* guint: the row where each moved change stood, or G_MAXUINT */
  GArray *groups;      /* RdFoldGroup */

  /* Navigation's stops (change indices) for the filter's choices below;
   * NULL until asked for. */
  GArray *stops;
  gboolean stops_filtered;
  gboolean stops_hide_routine;
  RdChangeFilterShow stops_show;
};

/* The length of @side of @change's text, for estimates. */
static guint
count_chars (RdRowPlan *self,
             const RdChange *change,
             RdSide side)
{
  guint n = (side == RD_SIDE_OLD ? change->old_items : change->new_items)->len;
  guint chars = 0;
  RdChangeItem item;

  for (guint k = 0; k < n; k++)
    if (rd_presentation_get_item (self->presentation, change, side, k, &item) && item.text != NULL)
      chars += strlen (item.text) + 8;
  return chars;
}

static void
append_row (RdRowPlan *self,
            RdRowKind kind,
            guint index,
            guint group)
{
  RdRow row = { kind, index, group, 0, 0 };

  if (kind == RD_ROW_CHANGE || kind == RD_ROW_ORIGIN)
    {
      const RdChange *change = rd_change_view_lookup_change (self->comparison, index);

      row.old_chars = count_chars (self, change, RD_SIDE_OLD);
      row.new_chars = kind == RD_ROW_ORIGIN ? 0 : count_chars (self, change, RD_SIDE_NEW);
      if (kind == RD_ROW_CHANGE)
        g_array_index (self->change_rows, guint, index) = self->rows->len;
      else
        g_array_index (self->origin_rows, guint, index) = self->rows->len;
    }
  else if (kind == RD_ROW_FOLD)
    g_array_index (self->groups, RdFoldGroup, index).row = self->rows->len;
  g_array_append_val (self->rows, row);
}

/* Plans the rows of @changes, whose first has view index @offset: where
 * moved ones stood, folds of unchanged runs and the changes. */
static void
plan_changes (RdRowPlan *self,
              GPtrArray *changes,
              gboolean footnotes,
              guint offset)
{
  for (guint i = 0; i <= changes->len; i++)
    {
      /* Where moved paragraphs used to stand. */
      const GArray *at = rd_presentation_get_moved_here (self->presentation, footnotes, i);
      guint run = 0;

      for (guint k = 0; at != NULL && k < at->len; k++)
        append_row (self, RD_ROW_ORIGIN, offset + g_array_index (at, guint, k), G_MAXUINT);
      if (i == changes->len)
        break;

      /* Is this the start of a foldable run of unchanged paragraphs?  A run
       * ends where a moved paragraph used to stand, so the note for it keeps
       * its place. */
      if (((RdChange *) g_ptr_array_index (changes, i))->type == RD_CHANGE_UNCHANGED)
        {
          guint j = i;

          while (j < changes->len && ((RdChange *) g_ptr_array_index (changes, j))->type == RD_CHANGE_UNCHANGED && (j == i || rd_presentation_get_moved_here (self->presentation, footnotes, j) == NULL))
            j++;
          run = j - i;
        }

      if (run >= FOLD_MIN_RUN)
        {
          RdFoldGroup fold = { offset + i, run, FALSE, 0 };
          guint group = self->groups->len;

          g_array_append_val (self->groups, fold);
          append_row (self, RD_ROW_FOLD, group, G_MAXUINT);
          for (guint k = 0; k < run; k++)
            append_row (self, RD_ROW_CHANGE, offset + i + k, group);
          i += run - 1;
        }
      else
        append_row (self, RD_ROW_CHANGE, offset + i, G_MAXUINT);
    }
}

/* Public API */

RdRowPlan *
rd_row_plan_new (RdComparison *comparison,
                 RdPresentation *presentation)
{
  RdRowPlan *self;
  GPtrArray *changes;
  GPtrArray *footnotes;
  guint total;

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (presentation != NULL, NULL);

  self = g_new0 (RdRowPlan, 1);
  self->comparison = g_object_ref (comparison);
  self->presentation = g_object_ref (presentation);
  changes = rd_comparison_get_changes (comparison);
  footnotes = rd_comparison_get_footnote_changes (comparison);
  total = rd_change_view_count_all_changes (comparison);

  self->rows = g_array_new (FALSE, FALSE, sizeof (RdRow));
  self->groups = g_array_new (FALSE, TRUE, sizeof (RdFoldGroup));
  self->change_rows = g_array_new (FALSE, TRUE, sizeof (guint));
  self->origin_rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_set_size (self->change_rows, total);
  g_array_set_size (self->origin_rows, total);
  memset (self->origin_rows->data, 0xff, total * sizeof (guint));

  append_row (self, RD_ROW_HEADER, 0, G_MAXUINT);
  plan_changes (self, changes, FALSE, 0);
  /* The footnotes after the text, as on paper. */
  if (footnotes->len > 0)
    {
      append_row (self, RD_ROW_HEADING, 0, G_MAXUINT);
      plan_changes (self, footnotes, TRUE, changes->len);
    }
  return self;
}

void
rd_row_plan_free (RdRowPlan *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->rows);
  g_array_unref (self->change_rows);
  g_array_unref (self->origin_rows);
  g_array_unref (self->groups);
  g_clear_pointer (&self->stops, g_array_unref);
  g_object_unref (self->presentation);
  g_object_unref (self->comparison);
  g_free (self);
}

guint
rd_row_plan_get_n_rows (RdRowPlan *self)
{
  return self->rows->len;
}

const RdRow *
rd_row_plan_get_row (RdRowPlan *self,
                     guint row)
{
  g_return_val_if_fail (row < self->rows->len, NULL);
  return &g_array_index (self->rows, RdRow, row);
}

guint
rd_row_plan_get_n_changes (RdRowPlan *self)
{
  return self->change_rows->len;
}

guint
rd_row_plan_get_change_row (RdRowPlan *self,
                            guint index)
{
  g_return_val_if_fail (index < self->change_rows->len, 0);
  return g_array_index (self->change_rows, guint, index);
}

guint
rd_row_plan_get_origin_row (RdRowPlan *self,
                            guint index)
{
  return index < self->origin_rows->len ? g_array_index (self->origin_rows, guint, index) : G_MAXUINT;
}

RdFoldGroup *
rd_row_plan_get_group (RdRowPlan *self,
                       guint group)
{
  g_return_val_if_fail (group < self->groups->len, NULL);
  return &g_array_index (self->groups, RdFoldGroup, group);
}

void
rd_row_plan_fold_all (RdRowPlan *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    g_array_index (self->groups, RdFoldGroup, i).expanded = FALSE;
}

gboolean
rd_row_plan_row_is_shown (RdRowPlan *self,
                          guint row,
                          gboolean changes_only,
                          RdChangeFilter *filter)
{
  const RdRow *plan = rd_row_plan_get_row (self, row);

  /* What the filter hides (routine updates) takes no room. */
  if ((plan->kind == RD_ROW_CHANGE || plan->kind == RD_ROW_ORIGIN) && filter != NULL && !rd_change_filter_shows (filter, self->presentation, rd_change_view_lookup_change (self->comparison, plan->index)))
    return FALSE;
  if (plan->kind == RD_ROW_FOLD)
    return changes_only && !rd_row_plan_get_group (self, plan->index)->expanded;
  if (plan->kind == RD_ROW_CHANGE && plan->group != G_MAXUINT)
    return !changes_only || rd_row_plan_get_group (self, plan->group)->expanded;
  return TRUE;
}

/* The stops for @filter's choices, made again only when they changed. */
static GArray *
ensure_stops (RdRowPlan *self,
              RdChangeFilter *filter)
{
  gboolean hide_routine = filter != NULL && rd_change_filter_get_hide_routine (filter);
  RdChangeFilterShow show = filter != NULL ? rd_change_filter_get_show (filter) : RD_CHANGE_FILTER_ALL;
  guint total = self->change_rows->len;

  if (self->stops != NULL && self->stops_filtered == (filter != NULL) && self->stops_hide_routine == hide_routine && self->stops_show == show)
    return self->stops;

  g_clear_pointer (&self->stops, g_array_unref);
  self->stops = g_array_new (FALSE, FALSE, sizeof (guint));
  self->stops_filtered = filter != NULL;
  self->stops_hide_routine = hide_routine;
  self->stops_show = show;
  for (guint i = 0; i < total; i++)
    {
      const RdChange *change = rd_change_view_lookup_change (self->comparison, i);

      if (rd_change_is_difference (change) && (filter == NULL || rd_change_filter_lists (filter, self->presentation, change)))
        g_array_append_val (self->stops, i);
    }
  return self->stops;
}

/* How many stops are before change @index (its place among them). */
static guint
stops_before (GArray *stops,
              int index)
{
  return rd_sorted_indices_count_below (stops, index);
}

guint
rd_row_plan_count_stops (RdRowPlan *self,
                         RdChangeFilter *filter)
{
  return ensure_stops (self, filter)->len;
}

gboolean
rd_row_plan_is_stop (RdRowPlan *self,
                     RdChangeFilter *filter,
                     guint index)
{
  GArray *stops = ensure_stops (self, filter);
  guint k = stops_before (stops, index);

  return k < stops->len && g_array_index (stops, guint, k) == index;
}

int
rd_row_plan_next_stop (RdRowPlan *self,
                       RdChangeFilter *filter,
                       int from,
                       gboolean forward)
{
  GArray *stops = ensure_stops (self, filter);

  if (forward)
    {
      guint k = stops_before (stops, from + 1);

      return k < stops->len ? (int) g_array_index (stops, guint, k) : -1;
    }
  else
    {
      guint k = stops_before (stops, from);

      return k > 0 ? (int) g_array_index (stops, guint, k - 1) : -1;
    }
}

guint
rd_row_plan_rank_stop (RdRowPlan *self,
                       RdChangeFilter *filter,
                       int index)
{
  return stops_before (ensure_stops (self, filter), index + 1);
}
