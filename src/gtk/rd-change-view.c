/* rd-change-view.c: the base of the comparison views, a list of aligned rows
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-change-view.h"
#include "rd-change-view-private.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "rd-annotations.h"
#include "rd-change-marks.h"
#include "rd-header-markup.h"
#include "rd-list-row.h"
#include "rd-paragraph-label.h"
#include "rd-row-list.h"
#include "rd-row-plan.h"

/* The struct */

typedef struct
{
  GtkWidget *scrolled;
  GtkWidget *list; /* RdRowList: a row per RdRow of the plan, built when in view */

  RdComparison *comparison;
  RdPresentation *presentation;
  gboolean changes_only;
  RdRedlineStyle redline_style;
  RdChangeFilter *filter; /* routine updates hidden, navigation's stops */

  /* The list's rows; NULL until the view is first shown (a hidden view
   * costs nothing), or asked for something that needs them. */
  RdRowPlan *plan;

  int current;
  int highlighted; /* the row with the rd-current style, or -1 */

  int search_row;     /* where the last match was: row, or -1 */
  guint search_label; /* which of its searchable labels */
  int search_start;   /* its character offsets */
  int search_end;

  /* For estimates of the heights of rows not built: the font's. */
  int char_width;
  int line_height;
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

/* When a change is selected it is scrolled to this fraction of the page
 * from the top, so that the paragraph before it stays in view. */
#define SCROLL_POSITION 0.2

/* What a row has around its text, for estimates (data/style.css: 10 px
 * padding, a caption line, 4 px between the pieces; 24 px between the
 * columns of the side-by-side view). */
#define ROW_CHROME_HEIGHT 26
#define ROW_CHROME_WIDTH 44
#define COLUMN_SPACING 24

/* Static helpers */

static const RdChange *
get_change (RdChangeView *self,
            guint index)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  return rd_change_view_lookup_change (priv->comparison, index);
}

static const RdRow *
get_plan (RdChangeView *self,
          guint row)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  return rd_row_plan_get_row (priv->plan, row);
}

static void
clear_rows (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  rd_row_list_set_model (RD_ROW_LIST (priv->list), 0, NULL, NULL, NULL);
  priv->highlighted = -1;
  priv->search_row = -1;
  priv->current = -1;
  g_clear_pointer (&priv->plan, rd_row_plan_free);
}

/* Tells the list which rows take room: after folding or unfolding. */
static void
update_shown (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  for (guint row = 0; priv->plan != NULL && row < rd_row_plan_get_n_rows (priv->plan); row++)
    rd_row_list_set_row_shown (RD_ROW_LIST (priv->list), row, rd_row_plan_row_is_shown (priv->plan, row, priv->changes_only, priv->filter));
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

/* The @k-th searchable label of a built row, or NULL. */
static GtkLabel *
searchable_label (GtkWidget *row,
                  guint k)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();

  if (row == NULL)
    return NULL;
  collect_searchable (row, labels);
  return k < labels->len ? g_ptr_array_index (labels, k) : NULL;
}

static void
show_search_match (RdChangeView *self,
                   GtkWidget *row)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  GtkLabel *label = searchable_label (row, priv->search_label);

  if (label != NULL)
    gtk_label_select_region (label, priv->search_start, priv->search_end);
}

static GtkWidget *
create_row (RdRowList *list,
            guint index,
            gpointer user_data)
{
  RdChangeView *self = user_data;
  RdChangeViewClass *klass = RD_CHANGE_VIEW_GET_CLASS (self);
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  const RdRow *plan = get_plan (self, index);
  GtkWidget *row = rd_list_row_new ();
  GtkWidget *content = NULL;
  GtkStyleContext *context = gtk_widget_get_style_context (row);

  switch (plan->kind)
    {
    case RD_ROW_HEADER:
      content = klass->create_header_content (self);
      gtk_style_context_add_class (context, "rd-header-row");
      break;
    case RD_ROW_CHANGE:
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
      }
      break;
    case RD_ROW_ORIGIN:
      content = klass->create_origin_content (self, plan->index);
      gtk_style_context_add_class (context, "rd-origin-row");
      break;
    case RD_ROW_FOLD:
      content = klass->create_fold_content (self, rd_row_plan_get_group (priv->plan, plan->index)->count);
      gtk_style_context_add_class (context, "rd-fold-row");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_can_focus (row, TRUE);
      break;
    case RD_ROW_HEADING:
      content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      rd_change_view_add_caption (self, content, _ ("Footnotes"), NULL);
      gtk_style_context_add_class (context, "rd-heading-row");
      break;
    default:
      g_assert_not_reached ();
    }

  if ((int) index == priv->highlighted)
    gtk_style_context_add_class (context, "rd-current");
  if (content != NULL)
    gtk_container_add (GTK_CONTAINER (row), content);
  gtk_widget_show_all (row);
  if ((int) index == priv->search_row)
    show_search_match (self, row);
  return row;
}

static void
ensure_metrics (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  PangoContext *context;
  PangoFontMetrics *metrics;

  if (priv->char_width > 0)
    return;
  context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  metrics = pango_context_get_metrics (context, pango_context_get_font_description (context), NULL);
  priv->char_width = MAX (pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE, 1);
  priv->line_height = MAX ((pango_font_metrics_get_ascent (metrics) + pango_font_metrics_get_descent (metrics)) / PANGO_SCALE, 1);
  pango_font_metrics_unref (metrics);
}

/* The lines @chars characters take in a column @width pixels wide. */
static int
count_lines (RdChangeView *self,
             guint chars,
             int width)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  int per_line = CLAMP (width / priv->char_width, 8, RD_PARAGRAPH_MAX_CHARS);

  return chars == 0 ? 1 : (int) ((chars + per_line - 1) / per_line);
}

static int
estimate_row (RdRowList *list,
              guint index,
              int width,
              gpointer user_data)
{
  RdChangeView *self = user_data;
  RdChangeViewClass *klass = RD_CHANGE_VIEW_GET_CLASS (self);
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  const RdRow *plan = get_plan (self, index);
  int text_width = width - ROW_CHROME_WIDTH;
  int lines;

  ensure_metrics (self);
  switch (plan->kind)
    {
    case RD_ROW_HEADER:
      return 12 * priv->line_height + ROW_CHROME_HEIGHT;
    case RD_ROW_FOLD:
    case RD_ROW_HEADING:
      return priv->line_height + 10;
    default:
      break;
    }
  if (klass->mixed_numbering)
    /* One column: the new text with the deleted words in it. */
    lines = count_lines (self, MAX (plan->old_chars, plan->new_chars) + MIN (plan->old_chars, plan->new_chars) / 8, text_width);
  else
    lines = count_lines (self, MAX (plan->old_chars, plan->new_chars), (text_width - COLUMN_SPACING) / 2);
  return lines * priv->line_height + priv->line_height + ROW_CHROME_HEIGHT;
}

/* Plans the rows if they are not yet: returns whether there are any (a
 * comparison). */
static gboolean
ensure_plan (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  gint64 start;

  if (priv->plan != NULL || priv->comparison == NULL)
    return priv->plan != NULL;
  start = g_get_monotonic_time ();
  priv->plan = rd_row_plan_new (priv->comparison, priv->presentation);
  rd_row_list_set_model (RD_ROW_LIST (priv->list), rd_row_plan_get_n_rows (priv->plan), create_row, estimate_row, self);
  update_shown (self);
  g_debug ("%s: %u rows planned in %.1f ms", G_OBJECT_TYPE_NAME (self), rd_row_plan_get_n_rows (priv->plan),
           (g_get_monotonic_time () - start) / 1000.0);
  return TRUE;
}

/* The rows are planned now if the view is on screen, else when it is first
 * shown (rd_change_view_map ()): of the redline and the side-by-side view
 * only one is shown, and planning the other doubled the window's part of
 * the first frame. */
static void
populate (RdChangeView *self)
{
  clear_rows (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_plan (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POPULATED]);
}

/* The rows of changes, or only those the filter shows. */
static guint
count_change_rows (RdChangeView *self,
                   gboolean shown_only)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  guint count = 0;

  for (guint row = 0; ensure_plan (self) && row < rd_row_plan_get_n_rows (priv->plan); row++)
    count += get_plan (self, row)->kind == RD_ROW_CHANGE && (!shown_only || rd_row_list_get_row_shown (RD_ROW_LIST (priv->list), row));
  return count;
}

/* Shows the folded run @row belongs to, if it is folded away. */
static void
unfold_row (RdChangeView *self,
            guint row)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  const RdRow *plan = get_plan (self, row);
  RdFoldGroup *group;

  if (plan->kind != RD_ROW_CHANGE || plan->group == G_MAXUINT)
    return;
  group = rd_row_plan_get_group (priv->plan, plan->group);
  if (!priv->changes_only || group->expanded)
    return;
  group->expanded = TRUE;
  rd_row_list_set_row_shown (RD_ROW_LIST (priv->list), group->row, FALSE);
  for (guint k = 0; k < group->count; k++)
    rd_row_list_set_row_shown (RD_ROW_LIST (priv->list), group->row + 1 + k, TRUE);
}

static void
scroll_to_row (RdChangeView *self,
               guint row)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  rd_row_list_scroll_to_row (RD_ROW_LIST (priv->list), row, SCROLL_POSITION);
}

static void
highlight_row (RdChangeView *self,
               int row)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  GtkWidget *widget;

  if (priv->highlighted >= 0 && (widget = rd_row_list_get_row_widget (RD_ROW_LIST (priv->list), priv->highlighted)) != NULL)
    gtk_style_context_remove_class (gtk_widget_get_style_context (widget), "rd-current");
  priv->highlighted = row;
  if (row >= 0 && (widget = rd_row_list_get_row_widget (RD_ROW_LIST (priv->list), row)) != NULL)
    gtk_style_context_add_class (gtk_widget_get_style_context (widget), "rd-current");
}

static void
add_searchable_markup (GPtrArray *texts,
                       char *markup)
{
  char *text = NULL;

  if (markup == NULL)
    return;
  /* The text the label shows: its markup parsed as GtkLabel does. */
  if (!pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL))
    text = g_strdup ("");
  g_ptr_array_add (texts, text);
  g_free (markup);
}

static void
add_searchable_paragraphs (RdChangeView *self,
                           GPtrArray *texts,
                           const RdChange *change,
                           RdSide side,
                           gboolean as_read,
                           RdMark mark)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  g_autoptr (GPtrArray) paragraphs = as_read ? rd_presentation_get_paragraphs_as_read (priv->presentation, change, side)
                                             : rd_presentation_get_paragraphs (priv->presentation, change, side);

  for (guint i = 0; i < paragraphs->len; i++)
    add_searchable_markup (texts, rd_markup_for_runs (((RdShownParagraph *) g_ptr_array_index (paragraphs, i))->runs, mark, priv->redline_style));
}

/* The texts of the searchable labels row @row has when built, in order,
 * without building it: what the subclasses put in their rows
 * (rd_change_view_new_text_label ()) from the same presentation. */
static GPtrArray *
row_searchable_texts (RdChangeView *self,
                      guint row)
{
  RdChangeViewClass *klass = RD_CHANGE_VIEW_GET_CLASS (self);
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  const RdRow *plan = get_plan (self, row);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  const RdSide columns[] = { RD_SIDE_OLD, RD_SIDE_NEW };

  switch (plan->kind)
    {
    case RD_ROW_HEADER:
      if (klass->mixed_numbering)
        {
          add_searchable_markup (texts, rd_header_changes_markup (priv->comparison, RD_SIDE_REDLINE, priv->redline_style));
          add_searchable_markup (texts, rd_sponsors_markup (priv->presentation, RD_SIDE_REDLINE, priv->redline_style));
        }
      else
        for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
          {
            add_searchable_markup (texts, rd_header_changes_markup (priv->comparison, columns[i], priv->redline_style));
            add_searchable_markup (texts, rd_sponsors_markup (priv->presentation, columns[i], priv->redline_style));
          }
      break;
    case RD_ROW_CHANGE:
      if (klass->mixed_numbering)
        add_searchable_paragraphs (self, texts, get_change (self, plan->index), RD_SIDE_REDLINE, FALSE, RD_MARK_NONE);
      else
        for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
          add_searchable_paragraphs (self, texts, get_change (self, plan->index), columns[i], FALSE, RD_MARK_NONE);
      break;
    case RD_ROW_ORIGIN:
      add_searchable_paragraphs (self, texts, get_change (self, plan->index), RD_SIDE_OLD, TRUE, RD_MARK_MOVED);
      break;
    default:
      break;
    }
  return texts;
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

/* Callbacks */

gboolean
rd_change_view_on_activate_link (GtkLabel *label,
                                 const char *uri,
                                 gpointer user_data)
{
  RdChangeView *self = user_data;
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  guint64 index;

  if (g_str_has_prefix (uri, "rd-change:"))
    {
      if (g_ascii_string_to_unsigned (uri + strlen ("rd-change:"), 10, 0, G_MAXUINT - 1, &index, NULL) && index < rd_row_plan_get_n_changes (priv->plan))
        rd_change_view_select_change (self, index);
      return TRUE;
    }
  if (g_str_has_prefix (uri, "rd-origin:"))
    {
      if (g_ascii_string_to_unsigned (uri + strlen ("rd-origin:"), 10, 0, G_MAXUINT - 1, &index, NULL) && rd_row_plan_get_origin_row (priv->plan, index) != G_MAXUINT)
        {
          guint row = rd_row_plan_get_origin_row (priv->plan, index);

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
on_row_activated (RdRowList *list,
                  guint row,
                  gpointer user_data)
{
  RdChangeView *self = user_data;
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  const RdRow *plan = get_plan (self, row);
  RdFoldGroup *group;

  if (plan->kind != RD_ROW_FOLD)
    return;
  group = rd_row_plan_get_group (priv->plan, plan->index);
  unfold_row (self, group->row + 1);
  /* The keyboard stays in the list. */
  gtk_widget_grab_focus (priv->list);
}

/* GObject overrides */

static void
rd_change_view_dispose (GObject *object)
{
  RdChangeView *self = RD_CHANGE_VIEW (object);
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  if (priv->list != NULL)
    rd_row_list_set_model (RD_ROW_LIST (priv->list), 0, NULL, NULL, NULL);
  g_clear_pointer (&priv->plan, rd_row_plan_free);
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
 * never before: while GTK 3 has accessibles for a container, it rebuilds
 * their lists of children on every child added. */
static AtkObject *
rd_change_view_get_accessible (GtkWidget *widget)
{
  AtkObject *accessible = GTK_WIDGET_CLASS (rd_change_view_parent_class)->get_accessible (widget);
  const char *name = atk_object_get_name (accessible);

  if (name == NULL || *name == '\0')
    atk_object_set_name (accessible, _ ("Comparison"));
  return accessible;
}

/* A view first shown plans its rows before its first layout (a GtkStack
 * maps its new child as it shows it). */
static void
rd_change_view_map (GtkWidget *widget)
{
  ensure_plan (RD_CHANGE_VIEW (widget));
  GTK_WIDGET_CLASS (rd_change_view_parent_class)->map (widget);
}

/* The font changed (text zoom): the estimates and the rows built follow. */
static void
rd_change_view_style_updated (GtkWidget *widget)
{
  RdChangeView *self = RD_CHANGE_VIEW (widget);
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  int char_width = priv->char_width;
  int line_height = priv->line_height;

  GTK_WIDGET_CLASS (rd_change_view_parent_class)->style_updated (widget);
  /* Not measured yet: measured when the rows are first estimated, not as
   * the window is first styled (the font's metrics shape a sample text,
   * some 2 ms a view before the window's first frame). */
  if (char_width == 0)
    return;
  priv->char_width = 0;
  ensure_metrics (self);
  if (char_width != priv->char_width || line_height != priv->line_height)
    rd_row_list_rebuild (RD_ROW_LIST (priv->list));
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
  widget_class->get_accessible = rd_change_view_get_accessible;
  widget_class->style_updated = rd_change_view_style_updated;
  widget_class->map = rd_change_view_map;

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
  priv->highlighted = -1;
  priv->search_row = -1;

  priv->scrolled = gtk_scrolled_window_new (NULL, NULL);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (priv->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_hexpand (priv->scrolled, TRUE);
  gtk_widget_set_vexpand (priv->scrolled, TRUE);

  priv->list = rd_row_list_new ();
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
  if (priv->plan != NULL)
    rd_row_plan_fold_all (priv->plan);
  update_shown (self);
  if (priv->highlighted >= 0)
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
  update_shown (user_data);
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
  update_shown (self);
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

  g_return_if_fail (RD_IS_CHANGE_VIEW (self));

  if (priv->redline_style == style)
    return;
  priv->redline_style = style;
  /* The marks are in the rows' markup: build those in view again. */
  rd_row_list_rebuild (RD_ROW_LIST (priv->list));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDLINE_STYLE]);
}

gboolean
rd_change_view_get_populated (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), FALSE);
  /* The rows are planned on demand (ensure_plan ()). */
  return priv->comparison != NULL;
}

gboolean
rd_change_view_get_planned (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), FALSE);
  return priv->plan != NULL;
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
  guint row;

  g_return_if_fail (RD_IS_CHANGE_VIEW (self));
  g_return_if_fail (ensure_plan (self));
  g_return_if_fail (index < rd_row_plan_get_n_changes (priv->plan));

  row = rd_row_plan_get_change_row (priv->plan, index);
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

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), FALSE);
  g_return_val_if_fail (ensure_plan (self), FALSE);

  return rd_row_plan_is_stop (priv->plan, priv->filter, index);
}

guint
rd_change_view_count_stops (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), 0);
  return ensure_plan (self) ? rd_row_plan_count_stops (priv->plan, priv->filter) : 0;
}

guint
rd_change_view_rank_stop (RdChangeView *self,
                          int index)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), 0);
  return ensure_plan (self) ? rd_row_plan_rank_stop (priv->plan, priv->filter, index) : 0;
}

int
rd_change_view_next_stop (RdChangeView *self,
                          int from,
                          gboolean forward)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), -1);
  return ensure_plan (self) ? rd_row_plan_next_stop (priv->plan, priv->filter, from, forward) : -1;
}

gboolean
rd_change_view_step_change (RdChangeView *self,
                            gboolean forward)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  int from;
  int next;

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), FALSE);

  if (!ensure_plan (self))
    return FALSE;

  from = priv->current;
  if (from < 0 && !forward)
    from = rd_row_plan_get_n_changes (priv->plan);
  next = rd_row_plan_next_stop (priv->plan, priv->filter, from, forward);
  if (next < 0)
    return FALSE;
  rd_change_view_select_change (self, next);
  return TRUE;
}

void
rd_change_view_reset_search (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  GtkLabel *label;

  g_return_if_fail (RD_IS_CHANGE_VIEW (self));

  if (priv->search_row >= 0 && (label = searchable_label (rd_row_list_get_row_widget (RD_ROW_LIST (priv->list), priv->search_row), priv->search_label)) != NULL)
    gtk_label_select_region (label, 0, 0);
  priv->search_row = -1;
  priv->search_label = 0;
  priv->search_start = priv->search_end = 0;
}

gboolean
rd_change_view_search (RdChangeView *self,
                       const char *text,
                       gboolean forward)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);
  g_autofree gunichar *needle = NULL;
  glong needle_len = 0;
  guint n;

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (*text == '\0' || !ensure_plan (self))
    {
      rd_change_view_reset_search (self);
      return FALSE;
    }

  needle = g_utf8_to_ucs4_fast (text, -1, &needle_len);
  for (glong i = 0; i < needle_len; i++)
    needle[i] = g_unichar_tolower (needle[i]);

  /* Every row in reading order from the last match (or the top, or the
   * bottom), folded ones included: a match in a folded run unfolds it.
   * The rows are not built for it: their texts come from the
   * presentation, as their labels'. */
  n = rd_row_plan_get_n_rows (priv->plan);
  for (guint k = 0; k <= n; k++)
    {
      guint from = priv->search_row >= 0 ? (guint) priv->search_row : forward ? 0
                                                                              : n - 1;
      guint row = forward ? (from + k) % n : (from + n - k) % n;
      g_autoptr (GPtrArray) texts = NULL;

      if (k == n && priv->search_row < 0)
        break;
      texts = row_searchable_texts (self, row);
      for (guint j = 0; j < texts->len; j++)
        {
          guint t = forward ? j : texts->len - 1 - j;
          int offset = forward ? 0 : G_MAXINT;
          int start;

          if (priv->search_row >= 0 && (k == 0 || k == n) && row == (guint) priv->search_row)
            {
              /* The last match's row: after (before) it on the way out,
               * before (after) it on coming round again. */
              if (k == 0 && (forward ? t < priv->search_label : t > priv->search_label))
                continue;
              if (k == n && (forward ? t > priv->search_label : t < priv->search_label))
                continue;
              if (t == priv->search_label)
                offset = k == 0 ? (forward ? priv->search_start + 1 : priv->search_start) : (forward ? 0 : G_MAXINT);
            }
          start = find_in_text (g_ptr_array_index (texts, t), needle, needle_len, offset, forward);
          if (start >= 0)
            {
              rd_change_view_reset_search (self);
              priv->search_row = row;
              priv->search_label = t;
              priv->search_start = start;
              priv->search_end = start + needle_len;
              unfold_row (self, row);
              scroll_to_row (self, row);
              show_search_match (self, rd_row_list_get_row_widget (RD_ROW_LIST (priv->list), row));
              return TRUE;
            }
        }
    }

  rd_change_view_reset_search (self);
  return FALSE;
}

guint
rd_change_view_count_change_rows (RdChangeView *self)
{
  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), 0);

  return count_change_rows (self, FALSE);
}

guint
rd_change_view_count_shown_change_rows (RdChangeView *self)
{
  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), 0);

  return count_change_rows (self, TRUE);
}

guint
rd_change_view_count_rows (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), 0);
  return ensure_plan (self) ? rd_row_plan_get_n_rows (priv->plan) : 0;
}

guint
rd_change_view_count_built_rows (RdChangeView *self)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), 0);
  return rd_row_list_count_built (RD_ROW_LIST (priv->list));
}

GtkWidget *
rd_change_view_new_row (RdChangeView *self,
                        guint row)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), NULL);
  g_return_val_if_fail (ensure_plan (self) && row < rd_row_plan_get_n_rows (priv->plan), NULL);
  return create_row (RD_ROW_LIST (priv->list), row, self);
}

GtkWidget *
rd_change_view_get_change_widget (RdChangeView *self,
                                  guint index)
{
  RdChangeViewPrivate *priv = rd_change_view_get_instance_private (self);

  g_return_val_if_fail (RD_IS_CHANGE_VIEW (self), NULL);
  g_return_val_if_fail (ensure_plan (self) && index < rd_row_plan_get_n_changes (priv->plan), NULL);
  return rd_row_list_get_row_widget (RD_ROW_LIST (priv->list), rd_row_plan_get_change_row (priv->plan, index));
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
