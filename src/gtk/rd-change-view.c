/* rd-change-view.c: the base of the comparison views, a list of aligned rows
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-change-view.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "rd-annotations.h"
#include "rd-change-marks.h"
#include "rd-paragraph-label.h"

/* The struct */

typedef enum
{
  ROW_HEADER,
  ROW_CHANGE,
  ROW_ORIGIN,
  ROW_FOLD,
  ROW_HEADING, /* "Footnotes", before the footnote changes */
} RowKind;

typedef struct
{
  RowKind kind;
  guint index; /* change index (ROW_CHANGE, ROW_ORIGIN) or group (ROW_FOLD) */
  guint group; /* ROW_CHANGE: its fold group, or G_MAXUINT */
} RowPlan;

typedef struct
{
  guint first; /* change index */
  guint count;
  gboolean expanded;
  GtkWidget *row;
} FoldGroup;

typedef struct
{
  GtkWidget *scrolled;
  GtkWidget *list;

  RdComparison *comparison;
  RdPresentation *presentation;
  gboolean changes_only;
  RdRedlineStyle redline_style;
  RdChangeFilter *filter; /* routine updates hidden, navigation's stops */

  GArray *plan;  /* RowPlan, in display order */
  guint planned; /* rows of the plan built so far */
  guint populate_id;
  gint64 populate_start;
  GPtrArray *change_rows; /* GtkListBoxRow * by change index */
  GPtrArray *origin_rows; /* GtkListBoxRow * by moved change index */
  GArray *groups;         /* FoldGroup */

  int current;
  GtkWidget *highlighted; /* the row with the rd-current style */
  int pending_select;     /* change to select once its row exists, or -1 */
  GtkWidget *scroll_target;
  guint scroll_tick_id;
  guint scroll_ticks_left;

  GtkWidget *search_label; /* where the last match was */
  int search_start;        /* its character offsets */
  int search_end;
} RdChangeViewPrivate;

/* G_DEFINE */

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (RdChangeView, rd_change_view, GTK_TYPE_BIN)

/* Properties */

enum
{
  PROP_0,
  PROP_COMPARISON,
  PROP_CHANGES_ONLY,
  PROP_REDLINE_STYLE,
  PROP_POPULATED,
  PROP_CURRENT_CHANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Rows are built in batches from an idle handler, so that the first frame
 * comes quickly and the window stays responsive on omnibus texts (some
 * 10,000 paragraphs); a batch of this size takes a few milliseconds. */
#define POPULATE_BATCH 120

/* A run of unchanged paragraphs shorter than this is not folded: folding a
 * single paragraph saves no room and hides context. */
#define FOLD_MIN_RUN 2

/* When a change is selected it is scrolled to this fraction of the page
 * from the top, so that the paragraph before it stays in view. */
#define SCROLL_POSITION 0.2

/* Frames during which a scroll is re-applied, while rows that were just
 * unfolded or built get their size. */
#define SCROLL_SETTLE_FRAMES 4

#define ROW_PLAN_KEY "rd-row-plan"
#define SEARCHABLE_KEY "rd-searchable"

/* Static helpers */

static const RdChange *
get_change (RdChangeView *self,
            guint index)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  return rd_change_view_lookup_change (priv->comparison, index);
}

static const RowPlan *
row_get_plan (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), ROW_PLAN_KEY);
}

static void
clear_rows (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  g_autoptr (GList) children = NULL;

  g_clear_handle_id (&priv->populate_id, g_source_remove);
  if (priv->scroll_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (priv->list, priv->scroll_tick_id);
      priv->scroll_tick_id = 0;
    }
  priv->scroll_target = NULL;
  priv->highlighted = NULL;
  priv->search_label = NULL;
  priv->current = -1;
  priv->pending_select = -1;

  children = gtk_container_get_children (GTK_CONTAINER (priv->list));
  for (GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);

  g_clear_pointer (&priv->plan, g_array_unref);
  g_clear_pointer (&priv->change_rows, g_ptr_array_unref);
  g_clear_pointer (&priv->origin_rows, g_ptr_array_unref);
  g_clear_pointer (&priv->groups, g_array_unref);
  priv->planned = 0;
}

/* Plans the rows of @changes, whose first has view index @offset: where
 * moved ones stood, folds of unchanged runs and the changes. */
static void
plan_changes (RdChangeView *self,
              GPtrArray *changes,
              gboolean footnotes,
              guint offset)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  for (guint i = 0; i <= changes->len; i++)
    {
      /* Where moved paragraphs used to stand. */
      const GArray *at = rd_presentation_get_moved_here (priv->presentation, footnotes, i);
      guint run = 0;
      guint group = G_MAXUINT;

      for (guint k = 0; at != NULL && k < at->len; k++)
        {
          RowPlan origin = { ROW_ORIGIN, offset + g_array_index (at, guint, k), G_MAXUINT };
          g_array_append_val (priv->plan, origin);
        }
      if (i == changes->len)
        break;

      /* Is this the start of a foldable run of unchanged paragraphs?  A run
       * ends where a moved paragraph used to stand, so the note for it keeps
       * its place. */
      if (((RdChange *) g_ptr_array_index (changes, i))->type == RD_CHANGE_UNCHANGED)
        {
          guint j = i;

          while (j < changes->len && ((RdChange *) g_ptr_array_index (changes, j))->type == RD_CHANGE_UNCHANGED && (j == i || rd_presentation_get_moved_here (priv->presentation, footnotes, j) == NULL))
            j++;
          run = j - i;
        }

      if (run >= FOLD_MIN_RUN)
        {
          FoldGroup fold = { offset + i, run, FALSE, NULL };
          RowPlan fold_plan = { ROW_FOLD, priv->groups->len, G_MAXUINT };

          group = priv->groups->len;
          g_array_append_val (priv->groups, fold);
          g_array_append_val (priv->plan, fold_plan);
          for (guint k = 0; k < run; k++)
            {
              RowPlan change = { ROW_CHANGE, offset + i + k, group };
              g_array_append_val (priv->plan, change);
            }
          i += run - 1;
        }
      else
        {
          RowPlan change = { ROW_CHANGE, offset + i, G_MAXUINT };
          g_array_append_val (priv->plan, change);
        }
    }
}

static void
make_plan (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  GPtrArray *changes = rd_comparison_get_changes (priv->comparison);
  GPtrArray *footnotes = rd_comparison_get_footnote_changes (priv->comparison);
  guint total = rd_change_view_count_all_changes (priv->comparison);
  RowPlan header = { ROW_HEADER, 0, G_MAXUINT };

  priv->plan = g_array_new (FALSE, FALSE, sizeof (RowPlan));
  priv->groups = g_array_new (FALSE, TRUE, sizeof (FoldGroup));
  priv->change_rows = g_ptr_array_new ();
  priv->origin_rows = g_ptr_array_new ();
  g_ptr_array_set_size (priv->change_rows, total);
  g_ptr_array_set_size (priv->origin_rows, total);

  g_array_append_val (priv->plan, header);
  plan_changes (self, changes, FALSE, 0);
  /* The footnotes after the text, as on paper. */
  if (footnotes->len > 0)
    {
      RowPlan heading = { ROW_HEADING, 0, G_MAXUINT };

      g_array_append_val (priv->plan, heading);
      plan_changes (self, footnotes, TRUE, changes->len);
    }
}

static GtkWidget *
build_row (RdChangeView *self,
           const RowPlan *plan)
{
  RdChangeViewClass *klass = RD_CHANGE_VIEW_GET_CLASS (self);
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *content = NULL;
  GtkStyleContext *context = gtk_widget_get_style_context (row);

  g_object_set_data_full (G_OBJECT (row), ROW_PLAN_KEY, g_memdup2 (plan, sizeof *plan), g_free);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), plan->kind == ROW_FOLD);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);

  switch (plan->kind)
    {
    case ROW_HEADER:
      content = klass->create_header_content (self);
      gtk_style_context_add_class (context, "rd-header-row");
      break;
    case ROW_CHANGE:
      {
        const RdChange *change = get_change (self, plan->index);

        g_autofree char *tooltip = rd_change_marks_dup_agreement_details (priv->presentation, change, 120);

        content = klass->create_change_content (self, plan->index);
        /* Agreed language on hover: the sources of what it inserted. */
        gtk_widget_set_tooltip_text (row, tooltip);
        gtk_style_context_add_class (context, "rd-change-row");
        gtk_style_context_add_class (context, rd_change_type_to_string (change->type));
        if (change->routine && rd_change_is_difference (change))
          gtk_style_context_add_class (context, "routine");
        priv->change_rows->pdata[plan->index] = row;
      }
      break;
    case ROW_ORIGIN:
      content = klass->create_origin_content (self, plan->index);
      gtk_style_context_add_class (context, "rd-origin-row");
      priv->origin_rows->pdata[plan->index] = row;
      break;
    case ROW_FOLD:
      {
        FoldGroup *group = &g_array_index (priv->groups, FoldGroup, plan->index);

        content = klass->create_fold_content (self, group->count);
        gtk_style_context_add_class (context, "rd-fold-row");
        group->row = row;
      }
      break;
    case ROW_HEADING:
      content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      rd_change_view_add_caption (self, content, _ ("Footnotes"), NULL);
      gtk_style_context_add_class (context, "rd-heading-row");
      break;
    default:
      g_assert_not_reached ();
    }

  if (content != NULL)
    gtk_container_add (GTK_CONTAINER (row), content);
  gtk_widget_show_all (row);
  return row;
}

static gboolean
populate_some (gpointer user_data)
{
  RdChangeView *self = user_data;
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  guint end = MIN (priv->planned + POPULATE_BATCH, priv->plan->len);

  for (; priv->planned < end; priv->planned++)
    {
      GtkWidget *row = build_row (self, &g_array_index (priv->plan, RowPlan, priv->planned));
      gtk_container_add (GTK_CONTAINER (priv->list), row);
    }

  if (priv->pending_select >= 0 && g_ptr_array_index (priv->change_rows, priv->pending_select) != NULL)
    {
      int index = priv->pending_select;

      priv->pending_select = -1;
      rd_change_view_select_change (self, index);
    }

  if (priv->planned < priv->plan->len)
    {
      /* A view out of sight (the other page of the stack) waits until it
       * is shown: building both views at once would halve the speed. */
      if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
        {
          priv->populate_id = 0;
          return G_SOURCE_REMOVE;
        }
      return G_SOURCE_CONTINUE;
    }

  priv->populate_id = 0;
  g_debug ("%s: %u rows built in %.1f ms", G_OBJECT_TYPE_NAME (self), priv->plan->len,
           (g_get_monotonic_time () - priv->populate_start) / 1000.0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POPULATED]);
  return G_SOURCE_REMOVE;
}

static void
resume_populating (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  if (priv->plan == NULL || priv->planned >= priv->plan->len || priv->populate_id != 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  /* The first batch now, so the first frame already shows text; the rest
   * from an idle handler, between frames. */
  if (populate_some (self) == G_SOURCE_CONTINUE)
    priv->populate_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, populate_some, self, NULL);
}

static void
populate (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  clear_rows (self);
  if (priv->comparison == NULL)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POPULATED]);
      return;
    }

  make_plan (self);
  priv->populate_start = g_get_monotonic_time ();
  resume_populating (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POPULATED]);
}

static gboolean
row_is_folded_away (RdChangeView *self,
                    GtkWidget *row)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  const RowPlan *plan = row_get_plan (row);

  if (plan == NULL || plan->kind != ROW_CHANGE || plan->group == G_MAXUINT)
    return FALSE;
  return priv->changes_only && !g_array_index (priv->groups, FoldGroup, plan->group).expanded;
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer user_data)
{
  RdChangeView *self = user_data;
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  const RowPlan *plan = row_get_plan (GTK_WIDGET (row));

  if (plan == NULL)
    return TRUE;
  if ((plan->kind == ROW_CHANGE || plan->kind == ROW_ORIGIN) && priv->filter != NULL && !rd_change_filter_shows (priv->filter, priv->presentation, get_change (self, plan->index)))
    return FALSE;
  if (plan->kind == ROW_FOLD)
    return priv->changes_only && !g_array_index (priv->groups, FoldGroup, plan->index).expanded;
  return !row_is_folded_away (self, GTK_WIDGET (row));
}

static void
unfold_row (RdChangeView *self,
            GtkWidget *row)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  const RowPlan *plan = row_get_plan (row);

  if (!row_is_folded_away (self, row))
    return;
  g_array_index (priv->groups, FoldGroup, plan->group).expanded = TRUE;
  gtk_list_box_invalidate_filter (GTK_LIST_BOX (priv->list));
}

static void
apply_scroll (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  GtkAdjustment *adjustment;
  int x, y, height;
  double value, page;

  if (priv->scroll_target == NULL || !gtk_widget_get_visible (priv->scroll_target) || !gtk_widget_translate_coordinates (priv->scroll_target, priv->list, 0, 0, &x, &y) || y < 0)
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (priv->scrolled));
  height = gtk_widget_get_allocated_height (priv->scroll_target);
  page = gtk_adjustment_get_page_size (adjustment);
  /* A row already in full view stays where it is: the reader's eye does
   * not have to find it again. */
  if (y >= gtk_adjustment_get_value (adjustment) && y + height <= gtk_adjustment_get_value (adjustment) + page)
    return;
  value = height > page * (1 - SCROLL_POSITION) ? y : y - page * SCROLL_POSITION;
  value = CLAMP (value, gtk_adjustment_get_lower (adjustment),
                 gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  gtk_adjustment_set_value (adjustment, value);
}

static gboolean
scroll_tick (GtkWidget *widget,
             GdkFrameClock *frame_clock,
             gpointer user_data)
{
  RdChangeView *self = user_data;
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  apply_scroll (self);
  if (--priv->scroll_ticks_left > 0)
    return G_SOURCE_CONTINUE;
  priv->scroll_tick_id = 0;
  return G_SOURCE_REMOVE;
}

static void
scroll_to_row (RdChangeView *self,
               GtkWidget *row)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  priv->scroll_target = row;
  apply_scroll (self);
  /* Rows just unfolded or built have no size yet: scroll again once they
   * have been laid out. */
  priv->scroll_ticks_left = SCROLL_SETTLE_FRAMES;
  if (priv->scroll_tick_id == 0)
    priv->scroll_tick_id = gtk_widget_add_tick_callback (priv->list, scroll_tick, self, NULL);
}

static void
highlight_row (RdChangeView *self,
               GtkWidget *row)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  if (priv->highlighted != NULL)
    gtk_style_context_remove_class (gtk_widget_get_style_context (priv->highlighted), "rd-current");
  priv->highlighted = row;
  if (row != NULL)
    gtk_style_context_add_class (gtk_widget_get_style_context (row), "rd-current");
}

static void
collect_searchable (GtkWidget *widget,
                    gpointer user_data)
{
  GPtrArray *labels = user_data;

  if (GTK_IS_LABEL (widget) && g_object_get_data (G_OBJECT (widget), SEARCHABLE_KEY) != NULL)
    g_ptr_array_add (labels, widget);
  else if (GTK_IS_CONTAINER (widget))
    gtk_container_foreach (GTK_CONTAINER (widget), collect_searchable, labels);
}

/* Character offset of the first match of @needle (already case-folded, as
 * gunichar) in @haystack at or after @from (forward) or the last one that
 * starts before @from (backward); -1 when none. */
static int
find_in_text (const char *haystack,
              const gunichar *needle,
              glong needle_len,
              int from,
              gboolean forward)
{
  g_autofree gunichar *chars = NULL;
  glong n_chars = 0;
  int found = -1;

  chars = g_utf8_to_ucs4_fast (haystack, -1, &n_chars);
  for (glong i = 0; i < n_chars; i++)
    chars[i] = g_unichar_tolower (chars[i]);

  if (forward)
    {
      for (glong i = MAX (from, 0); i + needle_len <= n_chars; i++)
        if (memcmp (chars + i, needle, needle_len * sizeof (gunichar)) == 0)
          return i;
    }
  else
    {
      for (glong i = 0; i + needle_len <= n_chars && i < from; i++)
        if (memcmp (chars + i, needle, needle_len * sizeof (gunichar)) == 0)
          found = i;
    }
  return found;
}

/* A short label ("moved from old PP 47") with non-breaking spaces, so it
 * never breaks before its number; takes @text. */
static char *
nonbreaking (char *text)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (*p == ' ')
      g_string_append (out, "\u00a0");
    else
      g_string_append_c (out, *p);
  g_free (text);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The new number of a renumbered paragraph, for "OP 7 → 8"; NULL when
 * @change is not a renumbering of a numbered paragraph. */
static const char *
renumbered_to (RdPresentation *presentation,
               const RdChange *change)
{
  RdChangeItem old_item;
  RdChangeItem new_item;

  if (!change->renumbered)
    return NULL;
  if (!rd_presentation_get_item (presentation, change, RD_SIDE_OLD, 0, &old_item) || old_item.number.value == NULL)
    return NULL;
  if (!rd_presentation_get_item (presentation, change, RD_SIDE_NEW, 0, &new_item))
    return NULL;
  return new_item.number.value;
}

/* Callbacks */

static gboolean
on_activate_link (GtkLabel *label,
                  const char *uri,
                  gpointer user_data)
{
  RdChangeView *self = user_data;
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  guint64 index;

  if (g_str_has_prefix (uri, "rd-change:"))
    {
      if (g_ascii_string_to_unsigned (uri + strlen ("rd-change:"), 10, 0, G_MAXUINT - 1, &index, NULL))
        rd_change_view_select_change (self, index);
      return TRUE;
    }
  if (g_str_has_prefix (uri, "rd-origin:"))
    {
      if (g_ascii_string_to_unsigned (uri + strlen ("rd-origin:"), 10, 0, G_MAXUINT - 1, &index, NULL) && index < priv->origin_rows->len && g_ptr_array_index (priv->origin_rows, index) != NULL)
        {
          GtkWidget *row = g_ptr_array_index (priv->origin_rows, index);

          highlight_row (self, row);
          scroll_to_row (self, row);
        }
      return TRUE;
    }
  /* Anything else (a web address in a document) goes to the default
   * handler. */
  return FALSE;
}

static void
on_row_activated (GtkListBox *list,
                  GtkListBoxRow *row,
                  gpointer user_data)
{
  RdChangeView *self = user_data;
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  const RowPlan *plan = row_get_plan (GTK_WIDGET (row));

  if (plan == NULL || plan->kind != ROW_FOLD)
    return;

  g_array_index (priv->groups, FoldGroup, plan->index).expanded = TRUE;
  gtk_list_box_invalidate_filter (list);
  /* Keep the keyboard in the list: the first unfolded row takes focus. */
  {
    FoldGroup *group = &g_array_index (priv->groups, FoldGroup, plan->index);
    GtkWidget *first = g_ptr_array_index (priv->change_rows, group->first);

    if (first != NULL)
      gtk_widget_grab_focus (first);
  }
}

/* GObject overrides */

static void
rd_change_view_dispose (GObject *object)
{
  RdChangeView *self = RD_CHANGE_VIEW (object);
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_clear_handle_id (&priv->populate_id, g_source_remove);
  if (priv->scroll_tick_id != 0 && priv->list != NULL)
    gtk_widget_remove_tick_callback (priv->list, priv->scroll_tick_id);
  priv->scroll_tick_id = 0;
  g_clear_pointer (&priv->plan, g_array_unref);
  g_clear_pointer (&priv->change_rows, g_ptr_array_unref);
  g_clear_pointer (&priv->origin_rows, g_ptr_array_unref);
  g_clear_pointer (&priv->groups, g_array_unref);
  g_clear_object (&priv->comparison);
  g_clear_object (&priv->presentation);
  if (priv->filter != NULL)
    g_signal_handlers_disconnect_by_data (priv->filter, self);
  g_clear_object (&priv->filter);
  priv->list = NULL;

  G_OBJECT_CLASS (rd_change_view_parent_class)->dispose (object);
}

static void
rd_change_view_get_property (GObject *object,
                             guint prop_id,
                             GValue *value,
                             GParamSpec *pspec)
{
  RdChangeView *self = RD_CHANGE_VIEW (object);
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, priv->comparison);
      break;
    case PROP_CHANGES_ONLY:
      g_value_set_boolean (value, priv->changes_only);
      break;
    case PROP_REDLINE_STYLE:
      g_value_set_int (value, priv->redline_style);
      break;
    case PROP_POPULATED:
      g_value_set_boolean (value, rd_change_view_get_populated (self));
      break;
    case PROP_CURRENT_CHANGE:
      g_value_set_int (value, priv->current);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_change_view_set_property (GObject *object,
                             guint prop_id,
                             const GValue *value,
                             GParamSpec *pspec)
{
  RdChangeView *self = RD_CHANGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      rd_change_view_set_comparison (self, g_value_get_object (value));
      break;
    case PROP_CHANGES_ONLY:
      rd_change_view_set_changes_only (self, g_value_get_boolean (value));
      break;
    case PROP_REDLINE_STYLE:
      rd_change_view_set_redline_style (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The accessible is named when an assistive technology first asks for it,
 * never before: while GTK 3 has accessibles for the view, it rebuilds their
 * lists of children on every row added, quadratic in the rows of an omnibus
 * text. */
static AtkObject *
rd_change_view_get_accessible (GtkWidget *widget)
{
  AtkObject *accessible = GTK_WIDGET_CLASS (rd_change_view_parent_class)->get_accessible (widget);
  const char *name = atk_object_get_name (accessible);

  if (name == NULL || *name == '\0')
    atk_object_set_name (accessible, _ ("Comparison"));
  return accessible;
}

static void
rd_change_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rd_change_view_parent_class)->map (widget);
  resume_populating (RD_CHANGE_VIEW (widget));
}

/* Class and instance init */

static GtkWidget *
default_fold_content (RdChangeView *self,
                      guint count)
{
  g_autofree char *text = g_strdup_printf (ngettext ("%u unchanged paragraph", "%u unchanged paragraphs", count), count);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("view-more-symbolic", GTK_ICON_SIZE_MENU);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_style_context_add_class (gtk_widget_get_style_context (label), "dim-label");
  gtk_container_add (GTK_CONTAINER (box), icon);
  gtk_container_add (GTK_CONTAINER (box), label);
  gtk_widget_set_tooltip_text (box, _ ("Show the unchanged paragraphs"));
  return box;
}

static void
rd_change_view_class_init (RdChangeViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_change_view_dispose;
  object_class->get_property = rd_change_view_get_property;
  object_class->set_property = rd_change_view_set_property;
  widget_class->map = rd_change_view_map;
  widget_class->get_accessible = rd_change_view_get_accessible;

  klass->create_fold_content = default_fold_content;

  properties[PROP_COMPARISON] =
      g_param_spec_object ("comparison", NULL, NULL, RD_TYPE_COMPARISON,
                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CHANGES_ONLY] =
      g_param_spec_boolean ("changes-only", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REDLINE_STYLE] =
      g_param_spec_int ("redline-style", NULL, NULL,
                        RD_REDLINE_STYLE_UNDERLINE, RD_REDLINE_STYLE_UN, RD_REDLINE_STYLE_UNDERLINE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_POPULATED] =
      g_param_spec_boolean ("populated", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CURRENT_CHANGE] =
      g_param_spec_int ("current-change", NULL, NULL, -1, G_MAXINT, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "rdchangeview");
}

static void
rd_change_view_init (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  priv->current = -1;
  priv->pending_select = -1;

  priv->scrolled = gtk_scrolled_window_new (NULL, NULL);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (priv->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_hexpand (priv->scrolled, TRUE);
  gtk_widget_set_vexpand (priv->scrolled, TRUE);

  priv->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (priv->list), GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (priv->list), TRUE);
  gtk_list_box_set_filter_func (GTK_LIST_BOX (priv->list), filter_row, self, NULL);
  gtk_style_context_add_class (gtk_widget_get_style_context (priv->list), "rd-change-list");
  g_signal_connect_object (priv->list, "row-activated", G_CALLBACK (on_row_activated), self, 0);

  gtk_container_add (GTK_CONTAINER (priv->scrolled), priv->list);
  gtk_container_add (GTK_CONTAINER (self), priv->scrolled);
  gtk_widget_show_all (priv->scrolled);
}

/* Public API */

void
rd_change_view_class_set_rows (RdChangeViewClass *klass,
                               GtkWidget *(*create_change_content) (RdChangeView *self, guint index),
                               GtkWidget *(*create_header_content) (RdChangeView *self),
                               GtkWidget *(*create_origin_content) (RdChangeView *self, guint index))
{
  klass->create_change_content = create_change_content;
  klass->create_header_content = create_header_content;
  klass->create_origin_content = create_origin_content;
}

RdComparison *
rd_change_view_get_comparison (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), NULL);
  return priv->comparison;
}

void
rd_change_view_set_comparison (RdChangeView *self,
                               RdComparison *comparison)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_if_fail (RD_IS_CHANGE_VIEW (self));
  g_return_if_fail (comparison == NULL || RD_IS_COMPARISON (comparison));

  if (!g_set_object (&priv->comparison, comparison))
    return;
  g_clear_object (&priv->presentation);
  if (comparison != NULL)
    priv->presentation = rd_presentation_new (comparison);
  populate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_CHANGE]);
}

RdPresentation *
rd_change_view_get_presentation (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), NULL);
  return priv->presentation;
}

gboolean
rd_change_view_get_changes_only (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), FALSE);
  return priv->changes_only;
}

void
rd_change_view_set_changes_only (RdChangeView *self,
                                 gboolean changes_only)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_if_fail (RD_IS_CHANGE_VIEW (self));

  changes_only = !!changes_only;
  if (priv->changes_only == changes_only)
    return;
  priv->changes_only = changes_only;
  /* Folding again folds everything, including runs opened by a click. */
  for (guint i = 0; priv->groups != NULL && i < priv->groups->len; i++)
    g_array_index (priv->groups, FoldGroup, i).expanded = FALSE;
  gtk_list_box_invalidate_filter (GTK_LIST_BOX (priv->list));
  if (priv->highlighted != NULL)
    {
      unfold_row (self, priv->highlighted);
      scroll_to_row (self, priv->highlighted);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGES_ONLY]);
}

static void
on_filter_changed (RdChangeFilter *filter,
                   gpointer user_data)
{
  RdChangeView *self = user_data;
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  gtk_list_box_invalidate_filter (GTK_LIST_BOX (priv->list));
}

void
rd_change_view_set_filter (RdChangeView *self,
                           RdChangeFilter *filter)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_if_fail (RD_IS_CHANGE_VIEW (self));
  g_return_if_fail (filter == NULL || RD_IS_CHANGE_FILTER (filter));

  if (priv->filter != NULL)
    g_signal_handlers_disconnect_by_data (priv->filter, self);
  g_set_object (&priv->filter, filter);
  if (filter != NULL)
    g_signal_connect (filter, "changed", G_CALLBACK (on_filter_changed), self);
  gtk_list_box_invalidate_filter (GTK_LIST_BOX (priv->list));
}

RdRedlineStyle
rd_change_view_get_redline_style (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), RD_REDLINE_STYLE_UNDERLINE);
  return priv->redline_style;
}

void
rd_change_view_set_redline_style (RdChangeView *self,
                                  RdRedlineStyle style)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  int current;

  g_return_if_fail (RD_IS_CHANGE_VIEW (self));

  if (priv->redline_style == style)
    return;
  priv->redline_style = style;
  /* The marks are in the rows' markup: build them again, and come back to
   * where the reader was. */
  current = priv->current;
  if (priv->comparison != NULL)
    {
      populate (self);
      if (current >= 0)
        rd_change_view_select_change (self, current);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDLINE_STYLE]);
}

gboolean
rd_change_view_get_populated (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), FALSE);
  return priv->comparison != NULL && priv->plan != NULL && priv->planned == priv->plan->len;
}

int
rd_change_view_get_current_change (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), -1);
  return priv->current;
}

void
rd_change_view_select_change (RdChangeView *self,
                              guint index)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  GtkWidget *row;

  g_return_if_fail (RD_IS_CHANGE_VIEW (self));
  g_return_if_fail (priv->comparison != NULL);
  g_return_if_fail (index < priv->change_rows->len);

  row = g_ptr_array_index (priv->change_rows, index);
  if (row == NULL)
    {
      /* Not built yet: selected as soon as it is. */
      priv->pending_select = index;
      return;
    }

  unfold_row (self, row);
  highlight_row (self, row);
  scroll_to_row (self, row);
  if (priv->current != (int) index)
    {
      priv->current = index;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_CHANGE]);
    }
}

gboolean
rd_change_view_is_stop (RdChangeView *self,
                        guint index)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  const RdChange *change;

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), FALSE);
  g_return_val_if_fail (priv->comparison != NULL, FALSE);

  change = get_change (self, index);
  return rd_change_is_difference (change) && (priv->filter == NULL || rd_change_filter_lists (priv->filter, priv->presentation, change));
}

gboolean
rd_change_view_step_change (RdChangeView *self,
                            gboolean forward)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  int total;
  int i;

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), FALSE);

  if (priv->comparison == NULL)
    return FALSE;

  total = rd_change_view_count_all_changes (priv->comparison);
  i = priv->current;
  if (i < 0)
    i = forward ? -1 : total;

  for (i += forward ? 1 : -1; i >= 0 && i < total; i += forward ? 1 : -1)
    if (rd_change_view_is_stop (self, i))
      {
        rd_change_view_select_change (self, i);
        return TRUE;
      }
  return FALSE;
}

void
rd_change_view_reset_search (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_if_fail (RD_IS_CHANGE_VIEW (self));

  if (priv->search_label != NULL)
    gtk_label_select_region (GTK_LABEL (priv->search_label), 0, 0);
  priv->search_label = NULL;
  priv->search_start = priv->search_end = 0;
}

gboolean
rd_change_view_search (RdChangeView *self,
                       const char *text,
                       gboolean forward)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  g_autoptr (GList) rows = NULL;
  g_autofree gunichar *needle = NULL;
  g_autofree char *lower = NULL;
  glong needle_len = 0;
  int start = -1;
  guint n, from;

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (*text == '\0' || priv->list == NULL)
    {
      rd_change_view_reset_search (self);
      return FALSE;
    }

  needle = g_utf8_to_ucs4_fast (text, -1, &needle_len);
  for (glong i = 0; i < needle_len; i++)
    needle[i] = g_unichar_tolower (needle[i]);

  /* Every searchable label, in reading order, hidden ones included: a
   * match in a folded run unfolds it. */
  rows = gtk_container_get_children (GTK_CONTAINER (priv->list));
  for (GList *l = rows; l != NULL; l = l->next)
    collect_searchable (l->data, labels);
  n = labels->len;
  if (n == 0)
    return FALSE;

  /* Start from the last match, or from the top (bottom). */
  from = 0;
  if (priv->search_label != NULL)
    for (guint i = 0; i < n; i++)
      if (g_ptr_array_index (labels, i) == priv->search_label)
        from = i;

  for (guint k = 0; k <= n; k++)
    {
      guint i = forward ? (from + k) % n : (from + n - k) % n;
      GtkLabel *label = g_ptr_array_index (labels, i);
      const char *haystack = gtk_label_get_text (label);
      int offset;

      if (k == 0 && priv->search_label == GTK_WIDGET (label))
        offset = forward ? priv->search_start + 1 : priv->search_start;
      else if (k == 0 && priv->search_label != NULL)
        continue;
      else
        offset = forward ? 0 : G_MAXINT;
      if (k == n && priv->search_label == NULL)
        break;

      start = find_in_text (haystack, needle, needle_len, offset, forward);
      if (start >= 0)
        {
          GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_LIST_BOX_ROW);

          if (priv->search_label != NULL && priv->search_label != GTK_WIDGET (label))
            gtk_label_select_region (GTK_LABEL (priv->search_label), 0, 0);
          priv->search_label = GTK_WIDGET (label);
          priv->search_start = start;
          priv->search_end = start + needle_len;
          if (row != NULL)
            {
              unfold_row (self, row);
              scroll_to_row (self, row);
            }
          gtk_label_select_region (label, priv->search_start, priv->search_end);
          return TRUE;
        }
    }

  rd_change_view_reset_search (self);
  return FALSE;
}

guint
rd_change_view_count_change_rows (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  g_autoptr (GList) rows = NULL;
  guint count = 0;

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), 0);

  rows = gtk_container_get_children (GTK_CONTAINER (priv->list));
  for (GList *l = rows; l != NULL; l = l->next)
    {
      const RowPlan *plan = row_get_plan (l->data);

      if (plan != NULL && plan->kind == ROW_CHANGE)
        count++;
    }
  return count;
}

const RdChange *
rd_change_view_lookup_change (RdComparison *comparison,
                              guint index)
{
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  GPtrArray *footnotes = rd_comparison_get_footnote_changes (comparison);

  if (index < changes->len)
    return g_ptr_array_index (changes, index);
  g_return_val_if_fail (index - changes->len < footnotes->len, NULL);
  return g_ptr_array_index (footnotes, index - changes->len);
}

guint
rd_change_view_count_all_changes (RdComparison *comparison)
{
  return rd_comparison_get_changes (comparison)->len + rd_comparison_get_footnote_changes (comparison)->len;
}

const RdChange *
rd_change_view_get_change (RdChangeView *self,
                           guint index)
{
  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), NULL);
  return get_change (self, index);
}

GtkWidget *
rd_change_view_new_text_label (RdChangeView *self,
                               const char *markup)
{
  GtkWidget *label = rd_paragraph_label_new (markup);

  gtk_widget_set_can_focus (label, TRUE);
  gtk_style_context_add_class (gtk_widget_get_style_context (label), "rd-text");
  g_object_set_data (G_OBJECT (label), SEARCHABLE_KEY, GINT_TO_POINTER (TRUE));
  g_signal_connect_object (label, "activate-link", G_CALLBACK (on_activate_link), self, 0);
  return label;
}

GtkWidget *
rd_change_view_new_caption (RdChangeView *self,
                            const char *markup)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
  gtk_style_context_add_class (gtk_widget_get_style_context (label), "rd-caption");
  g_signal_connect_object (label, "activate-link", G_CALLBACK (on_activate_link), self, 0);
  return label;
}

char *
rd_change_view_describe_side (RdChangeView *self,
                              const RdChange *change,
                              gboolean new_side)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  return rd_comparison_describe_side (priv->comparison, change, new_side);
}

void
rd_change_view_add_caption_markup (RdChangeView *self,
                                   GtkWidget *box,
                                   const char *markup)
{
  if (markup != NULL && *markup != '\0')
    gtk_container_add (GTK_CONTAINER (box), rd_change_view_new_caption (self, markup));
}

void
rd_change_view_add_caption (RdChangeView *self,
                            GtkWidget *box,
                            const char *title,
                            const char *detail)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  g_autoptr (GString) markup = g_string_new ("<b>");

  rd_markup_append (markup, title, RD_MARK_NONE, priv->redline_style);
  g_string_append (markup, "</b>");
  if (detail != NULL)
    {
      g_string_append (markup, "  ·  ");
      rd_markup_append (markup, detail, RD_MARK_NONE, priv->redline_style);
    }
  rd_change_view_add_caption_markup (self, box, markup->str);
}

void
rd_change_view_add_origin (RdChangeView *self,
                           GtkWidget *box,
                           guint index)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  const RdChange *change = get_change (self, index);
  g_autofree char *old_label = rd_change_view_describe_side (self, change, FALSE);
  g_autofree char *new_label = rd_presentation_describe_place (priv->presentation, change, RD_SIDE_NEW);
  /* TRANSLATORS: %s is the paragraph's new place: "PP 15" */
  g_autofree char *link_text = nonbreaking (g_strdup_printf (_ ("moved to %s"), new_label));
  g_autofree char *href = g_strdup_printf ("rd-change:%u", index);
  g_autoptr (GString) caption = g_string_new ("<b>");

  rd_markup_append (caption, old_label, RD_MARK_NONE, priv->redline_style);
  g_string_append (caption, "</b>  ·  ");
  rd_markup_append_link (caption, href, link_text);
  rd_change_view_add_caption_markup (self, box, caption->str);
  rd_change_view_add_paragraphs (self, box, change, RD_SIDE_OLD, TRUE, RD_MARK_MOVED);
}

void
rd_change_view_add_paragraphs (RdChangeView *self,
                               GtkWidget *box,
                               const RdChange *change,
                               RdSide side,
                               gboolean as_read,
                               RdMark mark)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  g_autoptr (GPtrArray) paragraphs = as_read ? rd_presentation_get_paragraphs_as_read (priv->presentation, change, side)
                                             : rd_presentation_get_paragraphs (priv->presentation, change, side);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdShownParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      g_autofree char *markup = rd_markup_for_runs (paragraph->runs, mark, priv->redline_style);

      gtk_container_add (GTK_CONTAINER (box), rd_change_view_new_text_label (self, markup));
    }
}

char *
rd_change_view_caption_markup (RdChangeView *self,
                               guint index,
                               gboolean new_side)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  const RdChange *change = get_change (self, index);
  g_autofree char *side = RD_CHANGE_VIEW_GET_CLASS (self)->mixed_numbering
                              ? rd_presentation_describe_place (priv->presentation, change, new_side ? RD_SIDE_NEW : RD_SIDE_OLD)
                              : rd_change_view_describe_side (self, change, new_side);
  GString *markup = g_string_new (NULL);
  gboolean marked_side;
  const char *new_number;

  if (*side == '\0')
    return g_string_free (markup, FALSE);

  /* The number, "OP 7 → 8" on the new side when renumbered. */
  g_string_append (markup, "<b>");
  if (new_side && (new_number = renumbered_to (priv->presentation, change)) != NULL)
    {
      g_autofree char *old_side = rd_change_view_describe_side (self, change, FALSE);
      g_autofree char *text = g_strdup_printf (_ ("%s → %s"), old_side, new_number);

      rd_markup_append (markup, text, RD_MARK_NONE, priv->redline_style);
    }
  else
    rd_markup_append (markup, side, RD_MARK_NONE, priv->redline_style);
  g_string_append (markup, "</b>");

  /* The kind of change goes on the side that shows it: the new one, or the
   * old one for deletions. */
  marked_side = change->type == RD_CHANGE_DELETED ? !new_side : new_side;
  if (marked_side && change->type != RD_CHANGE_UNCHANGED)
    {
      g_string_append (markup, "  ·  ");
      rd_markup_append (markup, rd_change_type_to_label (change->type), RD_MARK_NONE, priv->redline_style);
    }
  if (marked_side && change->renumbered && change->type == RD_CHANGE_UNCHANGED)
    {
      g_string_append (markup, "  ·  ");
      /* TRANSLATORS: a paragraph whose number changed but not its text */
      rd_markup_append (markup, _ ("renumbered"), RD_MARK_NONE, priv->redline_style);
    }
  if (new_side && change->verb_changed && change->old_verb != NULL && change->new_verb != NULL)
    {
      g_autofree char *verbs = g_strdup_printf ("%s → %s", change->old_verb, change->new_verb);

      g_string_append (markup, "  ·  <i>");
      rd_markup_append (markup, verbs, RD_MARK_NONE, priv->redline_style);
      g_string_append (markup, "</i>");
    }
  if (new_side)
    rd_change_marks_append_badges (markup, priv->presentation, change);
  if (new_side && change->type == RD_CHANGE_MOVED)
    {
      g_autofree char *old_side = rd_presentation_describe_place (priv->presentation, change, RD_SIDE_OLD);
      /* TRANSLATORS: %s is where a paragraph stood: "PP 12" */
      g_autofree char *text = g_strdup_printf (_ ("moved from %s"), old_side);

      /* "moved from old PP 47" never breaks between label and number. */
      text = nonbreaking (text);
      g_autofree char *href = g_strdup_printf ("rd-origin:%u", index);

      g_string_append (markup, "  ·  ");
      rd_markup_append_link (markup, href, text);
    }
  if (marked_side)
    {
      /* Who made it, for a draft with amendments: "A/80/L.28: 1, 2" */
      g_autofree char *note = rd_annotations_dup_change_note (rd_presentation_get_comparison (priv->presentation), change);

      if (note != NULL)
        {
          g_string_append (markup, "  ·  ");
          rd_markup_append (markup, note, RD_MARK_NONE, priv->redline_style);
        }
    }
  return g_string_free (markup, FALSE);
}
