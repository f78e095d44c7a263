/* rd-window-series.c: a series in the window: every version read and
 * compared with the next (RdSeries) once a series is offered, stepping
 * through it, a paragraph's history and who changed what
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-window-private.h"

#include <glib/gi18n.h>

#include "rd-attribution-view.h"
#include "rd-notice-bar.h"
#include "rd-paragraph-history.h"
#include "rd-series-attribution.h"

/* What the thread makes of the versions read. */
typedef struct
{
  GPtrArray *documents;
  RdCompareOptions options;
  RdSeries *series;
  GPtrArray *attribution;
} SeriesWork;

static void
series_work_free (SeriesWork *work)
{
  g_clear_pointer (&work->documents, g_ptr_array_unref);
  g_clear_object (&work->series);
  g_clear_pointer (&work->attribution, g_ptr_array_unref);
  g_free (work);
}

static void
update_series_actions (RdWindow *self)
{
  gboolean offered = self->series_bar != NULL && rd_series_bar_get_series (RD_SERIES_BAR (self->series_bar)) != NULL;
  const struct
  {
    const char *name;
    gboolean enabled;
  } actions[] = {
    { "paragraph-history", self->series != NULL && self->comparison != NULL },
    { "who-changed-what", self->series != NULL },
    { "next-step", offered },
    { "previous-step", offered },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), actions[i].name);

      if (action != NULL)
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), actions[i].enabled);
    }
}

static void
clear_series (RdWindow *self)
{
  if (self->series_load != NULL)
    g_cancellable_cancel (self->series_load);
  g_clear_object (&self->series_load);
  g_clear_object (&self->series_inputs);
  g_clear_object (&self->series);
  g_clear_pointer (&self->attribution, g_ptr_array_unref);
  if (self->attribution_view != NULL)
    gtk_widget_destroy (self->attribution_view);
  if (self->history != NULL)
    gtk_widget_destroy (self->history);
}

static void
compare_versions_in_thread (GTask *task,
                            gpointer source_object,
                            gpointer task_data,
                            GCancellable *cancellable)
{
  SeriesWork *work = task_data;

  work->series = rd_series_new (work->documents, &work->options);
  work->attribution = rd_series_attribute_latest (work->series);
  g_task_return_boolean (task, TRUE);
}

static void
on_versions_compared (GObject *source,
                      GAsyncResult *result,
                      gpointer user_data)
{
  RdWindow *self = RD_WINDOW (source);
  SeriesWork *work = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), NULL) || g_task_get_cancellable (G_TASK (result)) != self->series_load)
    return;
  g_clear_object (&self->series_load);
  self->series = g_steal_pointer (&work->series);
  self->attribution = g_steal_pointer (&work->attribution);
  rd_series_bar_name_versions (rd_window_ensure_series_bar (self), work->documents);
  update_series_actions (self);
  g_object_notify (G_OBJECT (self), "series");
}

/* A load of the versions, told apart from a newer one by its
 * cancellable. */
typedef struct
{
  RdWindow *window;
  GCancellable *load;
} SeriesLoad;

static void
on_versions_read (GObject *source,
                  GAsyncResult *result,
                  gpointer user_data)
{
  SeriesLoad *load = user_data;
  g_autoptr (RdWindow) self = load->window;
  g_autoptr (GCancellable) cancellable = load->load;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) documents = rd_loader_load_finish (RD_LOADER (source), result, &error);
  g_autoptr (GTask) task = NULL;
  SeriesWork *work;

  g_free (load);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || cancellable != self->series_load)
    return;
  if (documents == NULL)
    {
      /* The pair shown was read: what failed is another version, which
       * the series bar names when chosen.  The history waits. */
      g_debug ("series: %s", error->message);
      g_clear_object (&self->series_load);
      return;
    }
  work = g_new0 (SeriesWork, 1);
  work->documents = g_steal_pointer (&documents);
  rd_window_load_compare_options (self, &work->options);
  task = g_task_new (self, self->series_load, on_versions_compared, NULL);
  g_task_set_task_data (task, work, (GDestroyNotify) series_work_free);
  g_task_run_in_thread (task, compare_versions_in_thread);
}

/* The paragraph the reader is on, in the series: the later version's when
 * it has one, else (a deletion) the earlier's.  FALSE, with the reason
 * shown, when there is none. */
static gboolean
find_current_paragraph (RdWindow *self,
                        guint *version,
                        guint *index)
{
  RdSeriesBar *bar = rd_window_ensure_series_bar (self);
  int current = rd_change_view_get_current_change (rd_window_current_view (self));
  const RdChange *change;

  if (current < 0)
    {
      rd_notice_bar_show_message (RD_NOTICE_BAR (self->notice_bar), _ ("Choose a paragraph first: click it, or go to a change with F7."));
      return FALSE;
    }
  change = rd_change_view_lookup_change (self->comparison, current);
  if (change == NULL || change->footnote)
    {
      rd_notice_bar_show_message (RD_NOTICE_BAR (self->notice_bar), _ ("Only paragraphs have a history; choose a paragraph."));
      return FALSE;
    }
  if (change->new_items->len > 0)
    {
      *version = rd_series_bar_get_to (bar);
      *index = g_array_index (change->new_items, guint, 0);
    }
  else
    {
      *version = rd_series_bar_get_from (bar);
      *index = g_array_index (change->old_items, guint, 0);
    }
  return *version < rd_series_get_n_versions (self->series) && *index < rd_document_get_paragraphs (rd_series_get_version (self->series, *version))->len;
}

/* Actions */

static void
paragraph_history_activated (GSimpleAction *action,
                             GVariant *parameter,
                             gpointer user_data)
{
  RdWindow *self = RD_WINDOW (user_data);
  guint version, index;

  if (self->series == NULL || self->comparison == NULL || rd_window_get_loading (self) || !find_current_paragraph (self, &version, &index))
    return;
  if (self->history != NULL)
    gtk_widget_destroy (self->history);
  self->history = rd_paragraph_history_new (GTK_WINDOW (self), self->series, version, index);
  g_object_add_weak_pointer (G_OBJECT (self->history), (gpointer *) &self->history);
  gtk_window_present (GTK_WINDOW (self->history));
}

static void
who_changed_what_activated (GSimpleAction *action,
                            GVariant *parameter,
                            gpointer user_data)
{
  RdWindow *self = RD_WINDOW (user_data);

  if (self->series == NULL)
    return;
  if (self->attribution_view == NULL)
    {
      self->attribution_view = rd_attribution_view_new (GTK_WINDOW (self), self->series, self->attribution);
      g_object_add_weak_pointer (G_OBJECT (self->attribution_view), (gpointer *) &self->attribution_view);
    }
  gtk_window_present (GTK_WINDOW (self->attribution_view));
}

static void
next_step_activated (GSimpleAction *action,
                     GVariant *parameter,
                     gpointer user_data)
{
  RdWindow *self = RD_WINDOW (user_data);

  if (self->series_bar == NULL || !rd_series_bar_step (RD_SERIES_BAR (self->series_bar), TRUE))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
previous_step_activated (GSimpleAction *action,
                         GVariant *parameter,
                         gpointer user_data)
{
  RdWindow *self = RD_WINDOW (user_data);

  if (self->series_bar == NULL || !rd_series_bar_step (RD_SERIES_BAR (self->series_bar), FALSE))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static const GActionEntry series_entries[] = {
  { "paragraph-history", paragraph_history_activated, NULL, NULL, NULL },
  { "who-changed-what", who_changed_what_activated, NULL, NULL, NULL },
  { "next-step", next_step_activated, NULL, NULL, NULL },
  { "previous-step", previous_step_activated, NULL, NULL, NULL },
};

/* Window-private API */

void
rd_window_series_init (RdWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), series_entries, G_N_ELEMENTS (series_entries), self);
  update_series_actions (self);
}

void
rd_window_series_update (RdWindow *self)
{
  RdInputs *offered = rd_window_get_offered_series (self);
  g_autoptr (RdLoader) loader = NULL;
  RdCompareOptions options;
  SeriesLoad *load;

  if (offered != self->series_inputs)
    {
      clear_series (self);
      if (offered != NULL)
        {
          /* Every version read (symbols from the cache the pair's load
           * filled) and compared with the next, off the main loop. */
          self->series_inputs = g_object_ref (offered);
          self->series_load = g_cancellable_new ();
          rd_window_load_compare_options (self, &options);
          loader = rd_inputs_new_loader (offered, &options);
          load = g_new0 (SeriesLoad, 1);
          load->window = g_object_ref (self);
          load->load = g_object_ref (self->series_load);
          rd_loader_load_async (loader, self->series_load, on_versions_read, load);
        }
      g_object_notify (G_OBJECT (self), "series");
    }
  update_series_actions (self);
}

void
rd_window_series_dispose (RdWindow *self)
{
  clear_series (self);
}

/* Public API */

RdSeries *
rd_window_get_series (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return self->series;
}

GtkWidget *
rd_window_get_paragraph_history (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return self->history;
}

GtkWidget *
rd_window_get_attribution_view (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return self->attribution_view;
}
