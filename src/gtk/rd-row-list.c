/* rd-row-list.c: a scrollable list that builds only the rows in view
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-row-list.h"

/* The struct */

typedef struct
{
  int height; /* as measured (at @width) or estimated; -1 unknown */
  int width;  /* the width it was measured at; 0 for an estimate */
  gboolean shown;
} RowInfo;

struct _RdRowList
{
  GtkContainer parent_instance;

  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint hscroll_policy : 1;
  guint vscroll_policy : 1;

  guint n_rows;
  RdRowListCreateFunc create;
  RdRowListEstimateFunc estimate;
  gpointer user_data;

  GArray *rows;       /* RowInfo */
  GPtrArray *widgets; /* GtkWidget * by row, NULL when not built */
  GArray *built;      /* guint: the rows that have a widget */
  GArray *offsets;    /* gint64 per row and one more: the top of each */
  gboolean offsets_valid;

  /* What is in view: row @pin_row's top stands at @pin_y in the view. */
  guint pin_row;
  int pin_y;
  /* A scroll asked for (rd_row_list_scroll_to_row), done at the next
   * allocation: -1 when none. */
  int scroll_row;
  double scroll_position;

  int width; /* of the last allocation */
  int height;
  gboolean adjusting; /* the adjustment is being set from here */
  int pressed_row;
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE_WITH_CODE (RdRowList, rd_row_list, GTK_TYPE_CONTAINER, G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

/* Properties and signals */

enum
{
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
  N_PROPS
};

enum
{
  ROW_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define ROW_KEY "rd-row-list-row"

/* Rows are built this far above and below the view, so that a small
 * scroll shows text at once. */
#define MARGIN 96

/* Until the view has a width: what an estimate assumes. */
#define DEFAULT_WIDTH 800

/* Static helpers */

static RowInfo *
row_info (RdRowList *self,
          guint row)
{
  return &g_array_index (self->rows, RowInfo, row);
}

static int
row_height (RdRowList *self,
            guint row)
{
  RowInfo *info = row_info (self, row);
  int width = self->width > 0 ? self->width : DEFAULT_WIDTH;

  if (!info->shown)
    return 0;
  if (info->height < 0 || (info->width != 0 && info->width != width))
    {
      info->height = self->estimate != NULL ? MAX (self->estimate (self, row, width, self->user_data), 1) : 48;
      info->width = 0;
    }
  return info->height;
}

static void
ensure_offsets (RdRowList *self)
{
  gint64 top = 0;

  if (self->offsets_valid)
    return;
  g_array_set_size (self->offsets, self->n_rows + 1);
  for (guint i = 0; i < self->n_rows; i++)
    {
      g_array_index (self->offsets, gint64, i) = top;
      top += row_height (self, i);
    }
  g_array_index (self->offsets, gint64, self->n_rows) = top;
  self->offsets_valid = TRUE;
}

static gint64
row_top (RdRowList *self,
         guint row)
{
  ensure_offsets (self);
  return g_array_index (self->offsets, gint64, row);
}

/* The shown row at content position @y (the last one past the end). */
static guint
row_at (RdRowList *self,
        gint64 y)
{
  guint low = 0, high;

  ensure_offsets (self);
  if (self->n_rows == 0)
    return 0;
  high = self->n_rows - 1;
  /* The last row whose top is at or above @y and that takes room. */
  while (low < high)
    {
      guint middle = low + (high - low + 1) / 2;

      if (g_array_index (self->offsets, gint64, middle) <= y)
        low = middle;
      else
        high = middle - 1;
    }
  while (low > 0 && !row_info (self, low)->shown)
    low--;
  while (low + 1 < self->n_rows && !row_info (self, low)->shown)
    low++;
  return low;
}

static void
set_row_height (RdRowList *self,
                guint row,
                int height,
                int width)
{
  RowInfo *info = row_info (self, row);

  if (info->height != height)
    self->offsets_valid = FALSE;
  info->height = height;
  info->width = width;
}

static GtkWidget *
build_row (RdRowList *self,
           guint row)
{
  GtkWidget *widget = g_ptr_array_index (self->widgets, row);

  if (widget != NULL)
    return widget;
  widget = self->create (self, row, self->user_data);
  g_object_set_data (G_OBJECT (widget), ROW_KEY, GUINT_TO_POINTER (row + 1));
  self->widgets->pdata[row] = widget;
  g_array_append_val (self->built, row);
  gtk_widget_set_parent (widget, GTK_WIDGET (self));
  gtk_widget_show (widget);
  return widget;
}

static void
drop_row (RdRowList *self,
          guint row)
{
  GtkWidget *widget = g_ptr_array_index (self->widgets, row);

  if (widget == NULL)
    return;
  /* The keyboard stays in the list when the row it was in goes. */
  if (gtk_container_get_focus_child (GTK_CONTAINER (self)) == widget)
    gtk_widget_grab_focus (GTK_WIDGET (self));
  /* Unparented, not destroyed: a row its maker holds on to (a header)
   * comes back as it was; the others go with their last reference. */
  gtk_container_remove (GTK_CONTAINER (self), widget);
}

/* The height of @row at @width, built and measured. */
static int
measure_row (RdRowList *self,
             guint row,
             int width)
{
  GtkWidget *widget = build_row (self, row);
  int minimum = 0, natural = 0;

  gtk_widget_get_preferred_width (widget, &minimum, &natural);
  gtk_widget_get_preferred_height_for_width (widget, MAX (width, minimum), &minimum, &natural);
  set_row_height (self, row, natural, width);
  return natural;
}

static void
drop_all_rows (RdRowList *self)
{
  while (self->built->len > 0)
    drop_row (self, g_array_index (self->built, guint, self->built->len - 1));
}

static void
configure_adjustment (RdRowList *self,
                      gint64 value)
{
  gint64 upper;

  if (self->vadjustment == NULL)
    return;
  ensure_offsets (self);
  upper = g_array_index (self->offsets, gint64, self->n_rows);
  upper = MAX (upper, self->height);
  value = CLAMP (value, 0, upper - self->height);
  self->adjusting = TRUE;
  gtk_adjustment_configure (self->vadjustment, value, 0, upper, MAX (self->height * 0.1, 1), MAX (self->height * 0.9, 1), self->height);
  self->adjusting = FALSE;
}

/* Lays out the rows around the pin, builds those in view and drops the
 * others; returns through @tops the view position of each row built. */
static void
layout_rows (RdRowList *self,
             GHashTable *tops)
{
  int width = self->width;
  int height = self->height;
  guint first = 0, last = 0;

  for (int pass = 0; pass < 2; pass++)
    {
      int y = self->pin_y;
      guint row;

      /* Downwards from the pin, then upwards. */
      for (row = self->pin_row; row < self->n_rows && y < height + MARGIN; row++)
        if (row_info (self, row)->shown)
          y += measure_row (self, row, width);
      last = row;
      if (row >= self->n_rows && y < height)
        self->pin_y += height - y; /* past the end: the end at the bottom */

      y = self->pin_y;
      for (row = self->pin_row; row > 0 && y > -MARGIN; row--)
        if (row_info (self, row - 1)->shown)
          y -= measure_row (self, row - 1, width);
      first = row;
      if (row == 0 && y > 0)
        self->pin_y -= y; /* above the start: the start at the top */
      else
        break;
    }

  /* Every row between first and last is where it is drawn. */
  {
    int y = self->pin_y;

    for (guint row = self->pin_row; row > first; row--)
      y -= row_info (self, row - 1)->shown ? row_info (self, row - 1)->height : 0;
    for (guint row = first; row < last; row++)
      {
        if (!row_info (self, row)->shown)
          continue;
        if (y + row_info (self, row)->height > -MARGIN && y < height + MARGIN)
          g_hash_table_insert (tops, GUINT_TO_POINTER (row + 1), GINT_TO_POINTER (y));
        y += row_info (self, row)->height;
      }
  }

  /* Rows out of view go. */
  for (guint i = self->built->len; i > 0; i--)
    {
      guint row = g_array_index (self->built, guint, i - 1);

      if (!g_hash_table_contains (tops, GUINT_TO_POINTER (row + 1)))
        drop_row (self, row);
    }
}

/* The pin moved to the first row in view, so that heights measured later
 * below it never move what is in view. */
static void
repin (RdRowList *self,
       GHashTable *tops)
{
  GHashTableIter iter;
  gpointer key, value;
  guint best = G_MAXUINT;
  int best_y = 0;

  g_hash_table_iter_init (&iter, tops);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint row = GPOINTER_TO_UINT (key) - 1;
      int y = GPOINTER_TO_INT (value);

      if (y + row_info (self, row)->height > 0 && row < best)
        {
          best = row;
          best_y = y;
        }
    }
  if (best != G_MAXUINT)
    {
      self->pin_row = best;
      self->pin_y = best_y;
    }
}

static void
resolve_scroll (RdRowList *self)
{
  guint row = self->scroll_row;
  int height;
  gint64 top, value;

  self->scroll_row = -1;
  if (row >= self->n_rows || !row_info (self, row)->shown)
    return;
  height = measure_row (self, row, self->width);
  /* In full view already: it stays where it is. */
  if (self->vadjustment != NULL)
    {
      value = (gint64) gtk_adjustment_get_value (self->vadjustment);
      top = row_top (self, row);
      if (g_ptr_array_index (self->widgets, row) != NULL && top >= value && top + height <= value + self->height && row_top (self, self->pin_row) - self->pin_y == value)
        return;
    }
  self->pin_row = row;
  self->pin_y = height > self->height * (1 - self->scroll_position) ? 0 : (int) (self->height * self->scroll_position);
}

/* Callbacks */

static void
on_adjustment_value_changed (GtkAdjustment *adjustment,
                             gpointer user_data)
{
  RdRowList *self = user_data;
  gint64 value = (gint64) gtk_adjustment_get_value (adjustment);
  guint row;

  if (self->adjusting || self->n_rows == 0)
    return;
  row = row_at (self, value);
  self->pin_row = row;
  self->pin_y = (int) (row_top (self, row) - value);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
set_adjustment (RdRowList *self,
                GtkAdjustment **slot,
                GtkAdjustment *adjustment,
                gboolean vertical)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_data (*slot, self);
      g_object_unref (*slot);
    }
  *slot = g_object_ref_sink (adjustment);
  if (vertical)
    g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_adjustment_value_changed), self);
}

/* GtkWidget overrides */

static void
rd_row_list_realize (GtkWidget *widget)
{
  GtkAllocation allocation;
  GdkWindowAttr attributes = { 0 };
  GdkWindow *window;

  gtk_widget_get_allocation (widget, &allocation);
  attributes.window_type = GDK_WINDOW_CHILD;
  attributes.x = allocation.x;
  attributes.y = allocation.y;
  attributes.width = allocation.width;
  attributes.height = allocation.height;
  attributes.wclass = GDK_INPUT_OUTPUT;
  attributes.visual = gtk_widget_get_visual (widget);
  attributes.event_mask = gtk_widget_get_events (widget) | GDK_BUTTON_PRESS_MASK | GDK_BUTTON_RELEASE_MASK | GDK_SCROLL_MASK | GDK_SMOOTH_SCROLL_MASK | GDK_KEY_PRESS_MASK;
  window = gdk_window_new (gtk_widget_get_parent_window (widget), &attributes, GDK_WA_X | GDK_WA_Y | GDK_WA_VISUAL);
  gtk_widget_set_window (widget, window);
  gtk_widget_register_window (widget, window);
  gtk_widget_set_realized (widget, TRUE);
}

static void
rd_row_list_get_preferred_width (GtkWidget *widget,
                                 int *minimum,
                                 int *natural)
{
  /* The rows fill whatever width they are given and wrap. */
  *minimum = 240;
  *natural = 720;
}

static void
rd_row_list_get_preferred_height (GtkWidget *widget,
                                  int *minimum,
                                  int *natural)
{
  *minimum = 0;
  *natural = 480;
}

static void
rd_row_list_size_allocate (GtkWidget *widget,
                           GtkAllocation *allocation)
{
  RdRowList *self = RD_ROW_LIST (widget);
  g_autoptr (GHashTable) tops = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key, value;
  gint64 start = g_get_monotonic_time ();
  guint built = self->built->len;

  gtk_widget_set_allocation (widget, allocation);
  if (gtk_widget_get_realized (widget))
    gdk_window_move_resize (gtk_widget_get_window (widget), allocation->x, allocation->y, allocation->width, allocation->height);

  if (allocation->width != self->width)
    self->offsets_valid = FALSE;
  self->width = allocation->width;
  self->height = allocation->height;
  if (self->n_rows == 0)
    {
      configure_adjustment (self, 0);
      return;
    }
  if (self->scroll_row >= 0)
    resolve_scroll (self);
  if (self->pin_row >= self->n_rows)
    self->pin_row = self->n_rows - 1;
  while (self->pin_row + 1 < self->n_rows && !row_info (self, self->pin_row)->shown)
    self->pin_row++;

  layout_rows (self, tops);
  repin (self, tops);

  g_hash_table_iter_init (&iter, tops);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint row = GPOINTER_TO_UINT (key) - 1;
      GtkWidget *child = g_ptr_array_index (self->widgets, row);
      GtkAllocation box = { 0, GPOINTER_TO_INT (value), allocation->width, row_info (self, row)->height };
      int minimum = 0;

      gtk_widget_get_preferred_width (child, &minimum, NULL);
      box.width = MAX (box.width, minimum);
      gtk_widget_size_allocate (child, &box);
    }
  configure_adjustment (self, row_top (self, self->pin_row) - self->pin_y);
  g_debug ("RdRowList: %u rows in view (%u were), laid out in %.1f ms", self->built->len, built, (g_get_monotonic_time () - start) / 1000.0);
}

static gboolean
rd_row_list_draw (GtkWidget *widget,
                  cairo_t *cr)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  gtk_render_background (context, cr, 0, 0, gtk_widget_get_allocated_width (widget), gtk_widget_get_allocated_height (widget));
  return GTK_WIDGET_CLASS (rd_row_list_parent_class)->draw (widget, cr);
}

static int
row_at_event (RdRowList *self,
              double y)
{
  for (guint i = 0; i < self->built->len; i++)
    {
      guint row = g_array_index (self->built, guint, i);
      GtkAllocation box;

      gtk_widget_get_allocation (g_ptr_array_index (self->widgets, row), &box);
      if (y >= box.y && y < box.y + box.height)
        return row;
    }
  return -1;
}

static gboolean
row_is_activatable (RdRowList *self,
                    int row)
{
  GtkWidget *widget = row >= 0 ? g_ptr_array_index (self->widgets, row) : NULL;

  return widget != NULL && GTK_IS_LIST_BOX_ROW (widget) && gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget));
}

static gboolean
rd_row_list_button_press_event (GtkWidget *widget,
                                GdkEventButton *event)
{
  RdRowList *self = RD_ROW_LIST (widget);

  self->pressed_row = -1;
  if (event->button != GDK_BUTTON_PRIMARY || event->type != GDK_BUTTON_PRESS)
    return GDK_EVENT_PROPAGATE;
  self->pressed_row = row_at_event (self, event->y);
  return row_is_activatable (self, self->pressed_row) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

static gboolean
rd_row_list_button_release_event (GtkWidget *widget,
                                  GdkEventButton *event)
{
  RdRowList *self = RD_ROW_LIST (widget);
  int row = row_at_event (self, event->y);

  if (event->button != GDK_BUTTON_PRIMARY || row < 0 || row != self->pressed_row || !row_is_activatable (self, row))
    return GDK_EVENT_PROPAGATE;
  self->pressed_row = -1;
  g_signal_emit (self, signals[ROW_ACTIVATED], 0, (guint) row);
  return GDK_EVENT_STOP;
}

static gboolean
rd_row_list_key_press_event (GtkWidget *widget,
                             GdkEventKey *event)
{
  RdRowList *self = RD_ROW_LIST (widget);
  GtkWidget *focus = gtk_container_get_focus_child (GTK_CONTAINER (self));
  int row = focus != NULL ? rd_row_list_get_widget_row (self, focus) : -1;
  GdkModifierType modifiers = event->state & gtk_accelerator_get_default_mod_mask ();

  if (modifiers == 0 && (event->keyval == GDK_KEY_Return || event->keyval == GDK_KEY_KP_Enter || event->keyval == GDK_KEY_space) && focus != NULL && gtk_widget_has_focus (focus) && row_is_activatable (self, row))
    {
      g_signal_emit (self, signals[ROW_ACTIVATED], 0, (guint) row);
      return GDK_EVENT_STOP;
    }
  /* With the list itself focused, the arrows scroll it (the page keys go
   * to the scrolled window's bindings). */
  if (modifiers == 0 && gtk_widget_has_focus (widget) && self->vadjustment != NULL && (event->keyval == GDK_KEY_Up || event->keyval == GDK_KEY_Down))
    {
      double step = gtk_adjustment_get_step_increment (self->vadjustment);

      gtk_adjustment_set_value (self->vadjustment, gtk_adjustment_get_value (self->vadjustment) + (event->keyval == GDK_KEY_Up ? -step : step));
      return GDK_EVENT_STOP;
    }
  return GTK_WIDGET_CLASS (rd_row_list_parent_class)->key_press_event (widget, event);
}

/* GtkContainer overrides */

static void
rd_row_list_add (GtkContainer *container,
                 GtkWidget *widget)
{
  g_warning ("RdRowList makes its own rows: %s not added", G_OBJECT_TYPE_NAME (widget));
}

static void
rd_row_list_remove (GtkContainer *container,
                    GtkWidget *widget)
{
  RdRowList *self = RD_ROW_LIST (container);
  int row = rd_row_list_get_widget_row (self, widget);

  g_return_if_fail (row >= 0);

  for (guint i = 0; i < self->built->len; i++)
    if (g_array_index (self->built, guint, i) == (guint) row)
      {
        g_array_remove_index_fast (self->built, i);
        break;
      }
  self->widgets->pdata[row] = NULL;
  g_object_set_data (G_OBJECT (widget), ROW_KEY, NULL);
  gtk_widget_unparent (widget);
}

static void
rd_row_list_forall (GtkContainer *container,
                    gboolean include_internals,
                    GtkCallback callback,
                    gpointer callback_data)
{
  RdRowList *self = RD_ROW_LIST (container);
  g_autoptr (GPtrArray) children = g_ptr_array_new_with_free_func (g_object_unref);

  /* A copy: the callback may destroy rows. */
  for (guint i = 0; i < self->built->len; i++)
    g_ptr_array_add (children, g_object_ref (g_ptr_array_index (self->widgets, g_array_index (self->built, guint, i))));
  for (guint i = 0; i < children->len; i++)
    callback (g_ptr_array_index (children, i), callback_data);
}

static GType
rd_row_list_child_type (GtkContainer *container)
{
  return GTK_TYPE_WIDGET;
}

/* GObject overrides */

static void
rd_row_list_dispose (GObject *object)
{
  RdRowList *self = RD_ROW_LIST (object);

  if (self->built != NULL)
    drop_all_rows (self);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->hadjustment, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (rd_row_list_parent_class)->dispose (object);
}

static void
rd_row_list_finalize (GObject *object)
{
  RdRowList *self = RD_ROW_LIST (object);

  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->widgets, g_ptr_array_unref);
  g_clear_pointer (&self->built, g_array_unref);
  g_clear_pointer (&self->offsets, g_array_unref);

  G_OBJECT_CLASS (rd_row_list_parent_class)->finalize (object);
}

static void
rd_row_list_get_property (GObject *object,
                          guint prop_id,
                          GValue *value,
                          GParamSpec *pspec)
{
  RdRowList *self = RD_ROW_LIST (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_row_list_set_property (GObject *object,
                          guint prop_id,
                          const GValue *value,
                          GParamSpec *pspec)
{
  RdRowList *self = RD_ROW_LIST (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value), FALSE);
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value), TRUE);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class and instance init */

static void
rd_row_list_class_init (RdRowListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkContainerClass *container_class = GTK_CONTAINER_CLASS (klass);

  object_class->dispose = rd_row_list_dispose;
  object_class->finalize = rd_row_list_finalize;
  object_class->get_property = rd_row_list_get_property;
  object_class->set_property = rd_row_list_set_property;

  widget_class->realize = rd_row_list_realize;
  widget_class->get_preferred_width = rd_row_list_get_preferred_width;
  widget_class->get_preferred_height = rd_row_list_get_preferred_height;
  widget_class->size_allocate = rd_row_list_size_allocate;
  widget_class->draw = rd_row_list_draw;
  widget_class->button_press_event = rd_row_list_button_press_event;
  widget_class->button_release_event = rd_row_list_button_release_event;
  widget_class->key_press_event = rd_row_list_key_press_event;

  container_class->add = rd_row_list_add;
  container_class->remove = rd_row_list_remove;
  container_class->forall = rd_row_list_forall;
  container_class->child_type = rd_row_list_child_type;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /* A click on, or Enter in, an activatable row (GtkListBoxRow). */
  signals[ROW_ACTIVATED] = g_signal_new ("row-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "list");
}

static void
rd_row_list_init (RdRowList *self)
{
  gtk_widget_set_has_window (GTK_WIDGET (self), TRUE);
  gtk_widget_set_can_focus (GTK_WIDGET (self), TRUE);
  gtk_widget_set_redraw_on_allocate (GTK_WIDGET (self), TRUE);
  self->rows = g_array_new (FALSE, FALSE, sizeof (RowInfo));
  self->widgets = g_ptr_array_new ();
  self->built = g_array_new (FALSE, FALSE, sizeof (guint));
  self->offsets = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->scroll_row = -1;
  self->pressed_row = -1;
}

/* Public API */

GtkWidget *
rd_row_list_new (void)
{
  return g_object_new (RD_TYPE_ROW_LIST, NULL);
}

void
rd_row_list_set_model (RdRowList *self,
                       guint n_rows,
                       RdRowListCreateFunc create,
                       RdRowListEstimateFunc estimate,
                       gpointer user_data)
{
  g_return_if_fail (RD_IS_ROW_LIST (self));
  g_return_if_fail (n_rows == 0 || create != NULL);

  drop_all_rows (self);
  self->n_rows = n_rows;
  self->create = create;
  self->estimate = estimate;
  self->user_data = user_data;
  g_array_set_size (self->rows, n_rows);
  for (guint i = 0; i < n_rows; i++)
    g_array_index (self->rows, RowInfo, i) = (RowInfo){ -1, 0, TRUE };
  g_ptr_array_set_size (self->widgets, 0);
  g_ptr_array_set_size (self->widgets, n_rows);
  self->offsets_valid = FALSE;
  self->pin_row = 0;
  self->pin_y = 0;
  self->scroll_row = -1;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
rd_row_list_get_n_rows (RdRowList *self)
{
  g_return_val_if_fail (RD_IS_ROW_LIST (self), 0);
  return self->n_rows;
}

void
rd_row_list_set_row_shown (RdRowList *self,
                           guint row,
                           gboolean shown)
{
  RowInfo *info;

  g_return_if_fail (RD_IS_ROW_LIST (self));
  g_return_if_fail (row < self->n_rows);

  info = row_info (self, row);
  shown = !!shown;
  if (info->shown == shown)
    return;
  info->shown = shown;
  if (!shown)
    drop_row (self, row);
  self->offsets_valid = FALSE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

gboolean
rd_row_list_get_row_shown (RdRowList *self,
                           guint row)
{
  g_return_val_if_fail (RD_IS_ROW_LIST (self), FALSE);
  g_return_val_if_fail (row < self->n_rows, FALSE);
  return row_info (self, row)->shown;
}

void
rd_row_list_rebuild (RdRowList *self)
{
  g_return_if_fail (RD_IS_ROW_LIST (self));

  drop_all_rows (self);
  for (guint i = 0; i < self->n_rows; i++)
    row_info (self, i)->width = 0; /* its height kept as an estimate */
  self->offsets_valid = FALSE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

GtkWidget *
rd_row_list_get_row_widget (RdRowList *self,
                            guint row)
{
  g_return_val_if_fail (RD_IS_ROW_LIST (self), NULL);
  return row < self->n_rows ? g_ptr_array_index (self->widgets, row) : NULL;
}

int
rd_row_list_get_widget_row (RdRowList *self,
                            GtkWidget *widget)
{
  g_return_val_if_fail (RD_IS_ROW_LIST (self), -1);

  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), ROW_KEY));

      if (row != 0 && gtk_widget_get_parent (widget) == GTK_WIDGET (self))
        return row - 1;
    }
  return -1;
}

guint
rd_row_list_count_built (RdRowList *self)
{
  g_return_val_if_fail (RD_IS_ROW_LIST (self), 0);
  return self->built->len;
}

void
rd_row_list_scroll_to_row (RdRowList *self,
                           guint row,
                           double position)
{
  g_return_if_fail (RD_IS_ROW_LIST (self));
  g_return_if_fail (row < self->n_rows);

  self->scroll_row = row;
  self->scroll_position = CLAMP (position, 0, 1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

gint64
rd_row_list_get_content_height (RdRowList *self)
{
  g_return_val_if_fail (RD_IS_ROW_LIST (self), 0);
  return row_top (self, self->n_rows);
}
