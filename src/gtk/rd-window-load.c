/* rd-window-load.c: the window reading its inputs: loading in a GTask, symbols fetched with progress, series, file monitors and reloading
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-window-private.h"

#include <glib/gi18n.h>
#include "rd-amended-draft.h"
#include "rd-annotations.h"
#include "rd-error-hint.h"
#include "rd-fetch.h"
#include "rd-library-notes.h"
#include "rd-loader.h"
#include "rd-recent-pairs.h"
#include "rd-start-page.h"

/* Comparisons with more paragraphs than this open with the unchanged ones
 * folded: a long report-sized resolution has some 300, an omnibus text
 * thousands. */
#define FOLD_LONG_TEXTS_FROM 1500

/* How long a load asked for before the window's first frame waits for
 * it at most (a window that is never drawn: hidden, or on no screen). */
#define DEFER_LOAD_MAX_MS 300

static void on_load_done (GObject *source, GAsyncResult *result, gpointer user_data);

/* Starts the load that waited for the first frame, unless it was cancelled
 * or replaced meanwhile. */
static void
start_deferred_load (RdWindow *self)
{
  g_autoptr (RdLoader) loader = g_steal_pointer (&self->deferred_loader);

  g_clear_handle_id (&self->deferred_load_timeout, g_source_remove);
  if (loader == NULL || self->cancellable == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;
  rd_loader_compare_async (loader, self->cancellable, on_load_done, g_object_ref (self));
}

static gboolean
on_deferred_load_timeout (gpointer user_data)
{
  RdWindow *self = user_data;

  self->deferred_load_timeout = 0;
  start_deferred_load (self);
  return G_SOURCE_REMOVE;
}

static void
on_painted (GdkFrameClock *clock,
            gpointer user_data)
{
  RdWindow *self = user_data;

  g_signal_handlers_disconnect_by_func (clock, on_painted, user_data);
  self->painted = TRUE;
  rd_window_give_menu (self);
  start_deferred_load (self);
}

static void
on_realize_watch_paint (GtkWidget *widget,
                        gpointer user_data)
{
  g_signal_handlers_disconnect_by_func (widget, on_realize_watch_paint, user_data);
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint", G_CALLBACK (on_painted), widget, 0);
}

void
rd_window_report_first_frame (RdWindow *self,
                              gboolean drawn)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (RD_IS_APPLICATION (application))
    rd_application_report_first_frame (RD_APPLICATION (application), drawn);
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer user_data)
{
  RdWindow *self = user_data;

  g_signal_handler_disconnect (clock, self->after_paint_id);
  self->after_paint_id = 0;
  rd_window_report_first_frame (self, TRUE);
}

static void
on_first_paint (GdkFrameClock *clock,
                gpointer user_data)
{
  RdWindow *self = user_data;
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  g_clear_signal_handler (&self->first_paint_id, clock);
  if (RD_IS_APPLICATION (application))
    rd_application_report_window_drawn (RD_APPLICATION (application), GTK_WIDGET (self), rd_window_get_loading (self));
}

static void
on_realize_for_first_paint (GtkWidget *widget,
                            gpointer user_data)
{
  RdWindow *self = RD_WINDOW (widget);

  g_signal_handlers_disconnect_by_func (widget, on_realize_for_first_paint, user_data);
  self->first_paint_id = g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint", G_CALLBACK (on_first_paint), self);
}

/* Timings: the window's first frame, whatever it shows (the progress of
 * the reading, or the comparison already). */
void
rd_window_watch_first_paint (RdWindow *self)
{
  if (gtk_widget_get_realized (GTK_WIDGET (self)))
    on_realize_for_first_paint (GTK_WIDGET (self), NULL);
  else
    g_signal_connect (self, "realize", G_CALLBACK (on_realize_for_first_paint), NULL);
}

void
rd_window_wait_for_first_frame (RdWindow *self)
{
  GdkFrameClock *clock;

  if (!self->first_frame_wanted || self->after_paint_id != 0)
    return;
  self->first_frame_wanted = FALSE;
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  if (clock == NULL)
    {
      rd_window_report_first_frame (self, TRUE);
      return;
    }
  /* The comparison page is shown from now on: the next paint draws it. */
  self->after_paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_file_changed (GFileMonitor *monitor,
                 GFile *file,
                 GFile *other_file,
                 GFileMonitorEvent event,
                 gpointer user_data);

void
rd_window_unwatch_files (RdWindow *self)
{
  for (guint i = 0; i < self->monitors->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->monitors, i), self);
  g_ptr_array_set_size (self->monitors, 0);
}

static void
watch_files (RdWindow *self)
{
  rd_window_unwatch_files (self);
  for (guint i = 0; self->inputs != NULL && i < rd_inputs_get_n (self->inputs); i++)
    {
      GFile *file = rd_inputs_get_file (self->inputs, i);
      GFileMonitor *monitor;

      /* A symbol's copy in the cache is not the reader's to edit. */
      if (file == NULL || rd_inputs_get_symbol (self->inputs, i) != NULL)
        continue;
      monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
      if (monitor == NULL)
        continue;
      g_signal_connect (monitor, "changed", G_CALLBACK (on_file_changed), self);
      g_ptr_array_add (self->monitors, monitor);
    }
}

void
rd_window_cancel_series_lookup (RdWindow *self)
{
  if (self->series_lookup != NULL)
    g_cancellable_cancel (self->series_lookup);
  g_clear_object (&self->series_lookup);
}

static int
find_symbol (const char *const *symbols,
             const char *symbol)
{
  for (guint i = 0; symbols[i] != NULL; i++)
    if (g_strcmp0 (symbols[i], symbol) == 0)
      return i;
  return -1;
}

static void
find_series_in_thread (GTask *task,
                       gpointer source_object,
                       gpointer task_data,
                       GCancellable *cancellable)
{
  GError *error = NULL;
  GStrv series = rd_fetch_series (task_data, rd_fetch_get_default_language (), RD_FETCH_DEFAULT, cancellable, &error);

  if (series == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, series, (GDestroyNotify) g_strfreev);
}

/* Two symbols compared may be two versions of a longer series (a draft,
 * its revisions, the resolution): the series is offered, the pair shown
 * chosen in it.  Nothing is said when the records do not tell. */
static void
on_series_of_pair_found (GObject *source,
                         GAsyncResult *result,
                         gpointer user_data)
{
  RdWindow *self = RD_WINDOW (source);
  g_auto (GStrv) series = g_task_propagate_pointer (G_TASK (result), NULL);
  g_autoptr (RdInputs) inputs = NULL;
  int from, to;

  if (series == NULL || g_task_get_cancellable (G_TASK (result)) != self->series_lookup || self->inputs == NULL)
    return;
  g_clear_object (&self->series_lookup);
  from = find_symbol ((const char *const *) series, rd_inputs_get_symbol (self->inputs, 0));
  to = find_symbol ((const char *const *) series, rd_inputs_get_symbol (self->inputs, 1));
  if (from < 0 || to < 0 || g_strv_length (series) <= 2)
    return;
  inputs = rd_inputs_new ();
  for (guint i = 0; series[i] != NULL; i++)
    rd_inputs_add_symbol (inputs, series[i]);
  rd_series_bar_set_series (rd_window_ensure_series_bar (self), inputs, from, to);
  rd_window_series_update (self);
}

static void
offer_series_of_pair (RdWindow *self)
{
  g_autoptr (GTask) task = NULL;

  if (rd_window_get_offered_series (self) != NULL || rd_inputs_get_n (self->inputs) != 2 || rd_inputs_get_symbol (self->inputs, 0) == NULL || rd_inputs_get_symbol (self->inputs, 1) == NULL)
    return;
  rd_window_cancel_series_lookup (self);
  self->series_lookup = g_cancellable_new ();
  task = g_task_new (self, self->series_lookup, on_series_of_pair_found, NULL);
  g_task_set_task_data (task, g_strdup (rd_inputs_get_symbol (self->inputs, 0)), g_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, find_series_in_thread);
}

/* A draft compared with the draft as amended: the comparison carries the
 * amendments' sections (rd-annotations.h). */
static gboolean
is_amended_draft (RdComparison *comparison)
{
  g_autoptr (GPtrArray) sections = rd_annotations_dup_sections (comparison);

  return sections->len > 0;
}

/* The first and the last input's file: the versions' for a pair, the
 * draft's and an amendment's otherwise (a symbol's once fetched). */
static void
remember_files (RdWindow *self)
{
  guint n = self->inputs != NULL ? rd_inputs_get_n (self->inputs) : 0;

  g_clear_object (&self->files[0]);
  g_clear_object (&self->files[1]);
  if (n == 0)
    return;
  g_set_object (&self->files[0], rd_inputs_get_file (self->inputs, 0));
  g_set_object (&self->files[1], rd_inputs_get_file (self->inputs, n - 1));
}

static void
finish_loading (RdWindow *self)
{
  g_clear_object (&self->cancellable);
  g_clear_object (&self->deferred_loader);
  g_clear_handle_id (&self->deferred_load_timeout, g_source_remove);
  /* A read that failed or was cancelled names no pair. */
  rd_window_update_title (self);
  gtk_spinner_stop (GTK_SPINNER (self->spinner));
  gtk_widget_hide (self->progress_bar);
  gtk_label_set_text (GTK_LABEL (self->loading_label), _ ("Reading and comparing…"));
}

/* More than two inputs that are not a draft with its amendments: the
 * versions of a series.  The window shows the last step and offers the
 * others. */
static gboolean
open_as_series (RdWindow *self,
                const GError *error)
{
  guint n = rd_inputs_get_n (self->inputs);
  g_autoptr (RdInputs) series = NULL;

  if (n <= 2 || !(g_error_matches (error, RD_AMENDMENT_ERROR, RD_AMENDMENT_ERROR_SEVERAL_DRAFTS) || g_error_matches (error, RD_AMENDMENT_ERROR, RD_AMENDMENT_ERROR_NO_AMENDMENT)))
    return FALSE;
  series = g_object_ref (self->inputs);
  rd_series_bar_set_series (rd_window_ensure_series_bar (self), series, n - 2, n - 1);
  g_set_object (&self->inputs, NULL);
  self->inputs = rd_inputs_new_pair (series, n - 2, n - 1);
  rd_window_start_load (self);
  return TRUE;
}

static void
on_load_done (GObject *source,
              GAsyncResult *result,
              gpointer user_data)
{
  RdLoader *loader = RD_LOADER (source);
  g_autoptr (RdWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (RdComparison) comparison = NULL;
  gboolean pair;

  comparison = rd_loader_compare_finish (loader, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return; /* a newer load replaced this one, the reader cancelled, or
             * the window closed */
  if (RD_IS_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))))
    rd_application_note_comparison_ready (RD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));

  finish_loading (self);
  rd_inputs_take_files_from (self->inputs, loader);
  remember_files (self);
  pair = rd_inputs_get_n (self->inputs) == 2;

  if (comparison == NULL)
    {
      int failed = rd_loader_get_failed_input (loader);

      if (open_as_series (self, error))
        return;
      rd_window_set_comparison (self, NULL);
      /* Back to the start page with the file that was read still chosen,
       * so only the other needs choosing again. */
      if (pair)
        {
          failed = MAX (failed, 0);
          rd_start_page_set_file (RD_START_PAGE (rd_window_ensure_start_page (self)), failed == 1, NULL);
          rd_start_page_set_file (RD_START_PAGE (rd_window_ensure_start_page (self)), failed == 0, rd_loader_get_file (loader, !failed));
        }
      else
        {
          /* A draft and its amendments: back on the start page as they
           * were given, the first as the draft, for the reader to replace
           * the one named in the error. */
          RdStartPage *page = RD_START_PAGE (rd_window_ensure_start_page (self));

          rd_start_page_set_file (page, FALSE, rd_inputs_get_file (self->inputs, 0));
          rd_start_page_set_file (page, TRUE, NULL);
          rd_start_page_clear_amendments (page);
          for (guint i = 1; i < rd_inputs_get_n (self->inputs); i++)
            if (rd_inputs_get_file (self->inputs, i) != NULL)
              rd_start_page_add_amendment (page, rd_inputs_get_file (self->inputs, i));
        }
      rd_window_show_page (self, "start");
      rd_window_show_error (self, error->message, rd_error_hint (error));
      rd_window_update_actions (self);
      rd_window_notify_loading (self);
      if (self->first_frame_wanted)
        rd_window_report_first_frame (self, FALSE);
      return;
    }

  /* Agreed language, when the reader has a library (docs/library.md): the
   * views' captions and the summary show the notes. */
  {
    g_autoptr (GError) library_error = NULL;

    if (!rd_library_notes_attach (comparison, NULL, NULL, &library_error))
      g_debug ("%s", library_error->message);
  }
  rd_window_set_comparison (self, comparison);
  rd_window_show_warnings (self);
  if (rd_window_shares_little (self))
    {
      /* Two different texts, most likely chosen by mistake: the start
       * page stays, with the reason, until the reader compares anyway. */
      rd_start_page_set_file (RD_START_PAGE (rd_window_ensure_start_page (self)), FALSE, self->files[0]);
      rd_start_page_set_file (RD_START_PAGE (rd_window_ensure_start_page (self)), TRUE, self->files[1]);
      rd_window_show_page (self, "start");
      if (pair)
        rd_recent_pairs_add (self->files[0], self->files[1], rd_comparison_get_old (comparison), rd_comparison_get_new (comparison));
      rd_window_update_actions (self);
      rd_window_notify_loading (self);
      rd_window_wait_for_first_frame (self);
      return;
    }
  /* An omnibus text opens folded: GTK 3 lays out every row shown, and
   * thousands of unchanged paragraphs would keep the window busy for a
   * minute.  The reader's own choice in the settings is kept. */
  if (rd_comparison_get_changes (comparison)->len > FOLD_LONG_TEXTS_FROM && !self->changes_only)
    {
      self->folding_for_length = TRUE;
      g_action_group_change_action_state (G_ACTION_GROUP (self), "changes-only", g_variant_new_boolean (TRUE));
      self->folding_for_length = FALSE;
    }
  /* A draft with its amendments reads as one amended text: the redline,
   * each change labelled with its amendment.  The reader's own choice of
   * view in the settings is kept. */
  if (is_amended_draft (comparison))
    {
      self->showing_amended = TRUE;
      rd_window_apply_view_name (self, "redline");
      self->showing_amended = FALSE;
    }
  else if (self->settings != NULL)
    {
      /* Back to the reader's view after an amended draft. */
      g_autofree char *view = g_settings_get_string (self->settings, "view");

      rd_window_apply_view_name (self, view);
    }
  rd_window_show_page (self, "comparison");
  /* After a reload the reader is taken back to where they were. */
  if (self->restore_change >= 0 && (guint) self->restore_change < rd_change_view_count_all_changes (comparison))
    rd_change_view_select_change (rd_window_current_view (self), self->restore_change);
  self->restore_change = -1;
  /* A recent pair is two files; a draft with several amendments is not
   * one. */
  if (pair)
    {
      rd_recent_pairs_add (self->files[0], self->files[1], rd_comparison_get_old (comparison), rd_comparison_get_new (comparison));
      /* A start page not built yet reads the list when it is. */
      if (self->start_page != NULL)
        rd_start_page_refresh_recent (RD_START_PAGE (self->start_page));
    }
  watch_files (self);
  offer_series_of_pair (self);
  rd_window_update_actions (self);
  rd_window_notify_loading (self);
  rd_window_wait_for_first_frame (self);
}

/* A symbol's bytes arriving, told in the loading thread and shown in the
 * main one if the load is still the window's.  The target is shared
 * (atomically counted) so the loading thread never holds the window. */
typedef struct
{
  GWeakRef window;
  GCancellable *load;
} ProgressTarget;

typedef struct
{
  ProgressTarget *target;
  char *symbol;
  guint64 received;
  guint64 total;
} ProgressUpdate;

static void
progress_target_clear (gpointer data)
{
  ProgressTarget *target = data;

  g_weak_ref_clear (&target->window);
  g_clear_object (&target->load);
}

static void
progress_target_release (gpointer data)
{
  g_atomic_rc_box_release_full (data, progress_target_clear);
}

static void
progress_update_free (ProgressUpdate *update)
{
  progress_target_release (update->target);
  g_free (update->symbol);
  g_free (update);
}

static gboolean
show_progress (gpointer data)
{
  ProgressUpdate *update = data;
  g_autoptr (RdWindow) self = g_weak_ref_get (&update->target->window);
  g_autofree char *received = NULL;
  g_autofree char *text = NULL;

  if (self == NULL || self->cancellable != update->target->load)
    return G_SOURCE_REMOVE;
  received = g_format_size (update->received);
  if (update->received == 0)
    {
      /* TRANSLATORS: %s is a document symbol */
      text = g_strdup_printf (_ ("Fetching %s…"), update->symbol);
      gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), 0.0);
    }
  else if (update->total > 0)
    {
      g_autofree char *total = g_format_size (update->total);

      /* TRANSLATORS: "Fetching A/C.3/80/L.4… 120 kB of 300 kB" */
      text = g_strdup_printf (_ ("Fetching %s… %s of %s"), update->symbol, received, total);
      gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), MIN (1.0, (double) update->received / update->total));
    }
  else
    {
      /* TRANSLATORS: "Fetching A/C.3/80/L.4… 120 kB" */
      text = g_strdup_printf (_ ("Fetching %s… %s"), update->symbol, received);
      gtk_progress_bar_pulse (GTK_PROGRESS_BAR (self->progress_bar));
    }
  gtk_label_set_text (GTK_LABEL (self->loading_label), text);
  gtk_widget_show (self->progress_bar);
  return G_SOURCE_REMOVE;
}

static void
on_fetch_progress (const char *symbol,
                   guint64 received,
                   guint64 total,
                   gpointer user_data)
{
  ProgressUpdate *update = g_new0 (ProgressUpdate, 1);

  update->target = g_atomic_rc_box_acquire (user_data);
  update->symbol = g_strdup (symbol);
  update->received = received;
  update->total = total;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, show_progress, update, (GDestroyNotify) progress_update_free);
}

void
rd_window_start_load (RdWindow *self)
{
  g_autoptr (RdLoader) loader = NULL;
  RdCompareOptions options;
  ProgressTarget *target;

  g_return_if_fail (self->inputs != NULL && rd_inputs_get_n (self->inputs) >= 2);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  rd_window_load_compare_options (self, &options);
  self->flags = options.flags;
  /* Every input read and prepared at once by the engine's one reader
   * (rd-read-job.h), as the command line reads them; symbols fetched in
   * the loading threads, with progress shown here. */
  loader = rd_inputs_new_loader (self->inputs, &options);
  target = g_atomic_rc_box_new0 (ProgressTarget);
  g_weak_ref_init (&target->window, self);
  target->load = g_object_ref (self->cancellable);
  rd_loader_set_progress_func (loader, on_fetch_progress, target, progress_target_release);

  rd_window_hide_bars (self);
  gtk_widget_hide (self->progress_bar);
  gtk_label_set_text (GTK_LABEL (self->loading_label),
                      rd_inputs_has_symbols (self->inputs) ? _ ("Fetching and comparing…") : _ ("Reading and comparing…"));
  /* The old comparison stays on screen while a reload runs; otherwise the
   * spinner. */
  if (self->comparison == NULL)
    rd_window_show_page (self, "loading");
  gtk_spinner_start (GTK_SPINNER (self->spinner));

  /* The first frame first: the loader's threads would take the cores it
   * needs (on two cores, twice as long to the first frame).  So too in a
   * window not shown yet (the application opens files before showing it);
   * one never drawn starts after DEFER_LOAD_MAX_MS. */
  if (!self->painted)
    {
      g_set_object (&self->deferred_loader, loader);
      if (self->deferred_load_timeout == 0)
        self->deferred_load_timeout = g_timeout_add (DEFER_LOAD_MAX_MS, on_deferred_load_timeout, self);
    }
  else
    rd_loader_compare_async (loader, self->cancellable, on_load_done, g_object_ref (self));
  rd_window_update_title (self);
  rd_window_update_actions (self);
  rd_window_notify_loading (self);
}

/* Callbacks */

static void
on_file_changed (GFileMonitor *monitor,
                 GFile *file,
                 GFile *other_file,
                 GFileMonitorEvent event,
                 gpointer user_data)
{
  RdWindow *self = RD_WINDOW (user_data);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
      break;
    default:
      return;
    }

  name = g_file_get_basename (file);
  /* TRANSLATORS: %s is a file name */
  text = g_strdup_printf (_ ("“%s” has changed on disk. Reload to compare the new contents."), name);
  gtk_label_set_text (GTK_LABEL (self->reload_label), text);
  gtk_widget_show (self->reload_bar);
}

static void
on_series_bar_compare (RdSeriesBar *bar,
                       guint from,
                       guint to,
                       RdWindow *self)
{
  g_clear_object (&self->inputs);
  self->inputs = rd_inputs_new_pair (rd_series_bar_get_series (bar), from, to);
  rd_window_set_comparison (self, NULL);
  rd_window_start_load (self);
}

static void
on_cancel_clicked (GtkButton *button,
                   RdWindow *self)
{
  if (self->cancellable == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  finish_loading (self);
  if (self->comparison == NULL)
    rd_window_show_page (self, "start");
  rd_window_update_actions (self);
  rd_window_notify_loading (self);
  if (self->first_frame_wanted)
    rd_window_report_first_frame (self, FALSE);
}

void
rd_window_open_files (RdWindow *self,
                      GFile *old_file,
                      GFile *new_file)
{
  g_autoptr (RdInputs) inputs = rd_inputs_new ();

  g_return_if_fail (RD_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (old_file));
  g_return_if_fail (G_IS_FILE (new_file));

  rd_inputs_add_file (inputs, old_file);
  rd_inputs_add_file (inputs, new_file);
  rd_window_open_inputs (self, inputs);
}

void
rd_window_open_inputs (RdWindow *self,
                       RdInputs *inputs)
{
  g_return_if_fail (RD_IS_WINDOW (self));
  g_return_if_fail (RD_IS_INPUTS (inputs));
  g_return_if_fail (rd_inputs_get_n (inputs) >= 2);

  g_set_object (&self->inputs, inputs);
  rd_window_cancel_series_lookup (self);
  /* Others: the old comparison goes, and any series it belonged to. */
  if (self->series_bar != NULL)
    rd_series_bar_set_series (RD_SERIES_BAR (self->series_bar), NULL, 0, 0);
  rd_window_set_comparison (self, NULL);
  rd_window_start_load (self);
}

static void
on_series_found (GObject *source,
                 GAsyncResult *result,
                 gpointer user_data)
{
  RdWindow *self = RD_WINDOW (source);
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) series = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr (RdInputs) inputs = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || g_task_get_cancellable (G_TASK (result)) != self->cancellable)
    return; /* replaced, or cancelled by the reader */
  finish_loading (self);
  if (series != NULL && g_strv_length (series) < 2)
    /* TRANSLATORS: %s is a document symbol */
    g_set_error (&error, RD_FETCH_ERROR, RD_FETCH_ERROR_NO_SUCH_DOCUMENT, _ ("%s: no other version of this document was found"), (const char *) g_task_get_task_data (G_TASK (result)));
  if (error != NULL)
    {
      rd_window_show_page (self, "start");
      rd_window_show_error (self, error->message, rd_error_hint (error));
      rd_window_update_actions (self);
      rd_window_notify_loading (self);
      if (self->first_frame_wanted)
        rd_window_report_first_frame (self, FALSE);
      return;
    }
  inputs = rd_inputs_new ();
  for (guint i = 0; series[i] != NULL; i++)
    rd_inputs_add_symbol (inputs, series[i]);
  rd_window_open_inputs (self, inputs);
}

void
rd_window_open_symbol_series (RdWindow *self,
                              const char *symbol)
{
  g_autoptr (GTask) task = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (RD_IS_WINDOW (self));
  g_return_if_fail (symbol != NULL);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->inputs);
  rd_window_cancel_series_lookup (self);
  if (self->series_bar != NULL)
    rd_series_bar_set_series (RD_SERIES_BAR (self->series_bar), NULL, 0, 0);
  rd_window_set_comparison (self, NULL);
  rd_window_hide_bars (self);

  /* TRANSLATORS: %s is a document symbol */
  text = g_strdup_printf (_ ("Finding the versions of %s…"), symbol);
  gtk_label_set_text (GTK_LABEL (self->loading_label), text);
  gtk_widget_hide (self->progress_bar);
  rd_window_show_page (self, "loading");
  gtk_spinner_start (GTK_SPINNER (self->spinner));

  task = g_task_new (self, self->cancellable, on_series_found, NULL);
  g_task_set_task_data (task, g_strdup (symbol), g_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, find_series_in_thread);
  rd_window_update_actions (self);
  rd_window_notify_loading (self);
}

RdInputs *
rd_window_get_inputs (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return self->inputs;
}

const char *
rd_window_get_loading_text (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->loading_label));
}

void
rd_window_cancel (RdWindow *self)
{
  g_return_if_fail (RD_IS_WINDOW (self));
  on_cancel_clicked (NULL, self);
}

void
rd_window_reload (RdWindow *self)
{
  g_return_if_fail (RD_IS_WINDOW (self));

  if (self->inputs != NULL)
    {
      self->restore_change = self->comparison != NULL ? rd_change_view_get_current_change (rd_window_current_view (self)) : -1;
      rd_window_start_load (self);
    }
}

void
rd_window_load_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
}

void
rd_window_load_init (RdWindow *self)
{
  g_signal_connect (self, "realize", G_CALLBACK (on_realize_watch_paint), NULL);
}

/* The bar of a series' other pairs, built when a series is first offered
 * (its two lists cost a window's start some 5 ms of processor time), above
 * the other bars. */
RdSeriesBar *
rd_window_ensure_series_bar (RdWindow *self)
{
  if (self->series_bar == NULL)
    {
      GtkBox *bars = GTK_BOX (gtk_widget_get_parent (self->reload_bar));

      self->series_bar = rd_series_bar_new ();
      gtk_box_pack_start (bars, self->series_bar, FALSE, FALSE, 0);
      gtk_box_reorder_child (bars, self->series_bar, 0);
      g_signal_connect_object (self->series_bar, "compare", G_CALLBACK (on_series_bar_compare), self, 0);
    }
  return RD_SERIES_BAR (self->series_bar);
}

RdInputs *
rd_window_get_offered_series (RdWindow *self)
{
  return self->series_bar != NULL ? rd_series_bar_get_series (RD_SERIES_BAR (self->series_bar)) : NULL;
}
