/* rd-window.c: the main window
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-window.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rd-error-hint.h"
#include "rd-fetch.h"
#include "rd-export-chooser.h"
#include "rd-export.h"
#include "rd-amended-draft.h"
#include "rd-annotations.h"
#include "rd-import.h"
#include "rd-inputs.h"
#include "rd-library-notes.h"
#include "rd-loader.h"
#include "rd-notice-bar.h"
#include "rd-print-compositor.h"
#include "rd-print-job.h"
#include "rd-recent-pairs.h"
#include "rd-save.h"
#include "rd-redline-view.h"
#include "rd-series-bar.h"
#include "rd-side-by-side-view.h"
#include "rd-start-page.h"
#include "rd-symbol-dialog.h"

/* The struct */

struct _RdWindow
{
  GtkApplicationWindow parent_instance;

  GSettings *settings; /* NULL without the schema */
  RdInputs *inputs;    /* what is compared: two versions, or a draft and
                        * its amendments */
  GFile *files[2];     /* the first and the last input's file, once read */
  RdComparison *comparison;
  GCancellable *cancellable; /* the load in progress */
  GPtrArray *monitors;       /* GFileMonitor *, one per input file */
  RdDiffFlags flags;         /* the options of the comparison shown or loading */
  gboolean changes_only;
  gboolean folding_for_length; /* folding a long text, not the reader */
  gboolean showing_amended;    /* the view chosen for amendments, not the
                                * reader */
  int restore_change;          /* after a reload, the change to go back to */
  gboolean show_summary;
  gboolean first_frame_wanted;
  gulong after_paint_id;

  int width;
  int height;
  gboolean maximized;

  /* Template children */
  GtkWidget *header_bar;
  GtkWidget *view_switcher;
  GtkWidget *navigation_box;
  GtkWidget *summary_button;
  GtkWidget *search_button;
  GtkWidget *error_bar;
  GtkWidget *error_title;
  GtkWidget *error_hint;
  GtkWidget *warning_bar;
  GtkWidget *warning_label;
  GtkWidget *reload_bar;
  GtkWidget *reload_label;
  GtkWidget *search_bar;
  GtkWidget *search_entry;
  GtkWidget *search_status;
  GtkWidget *main_stack;
  GtkWidget *start_page;
  GtkWidget *spinner;
  GtkWidget *loading_label;
  GtkWidget *progress_bar;
  GtkWidget *view_stack;
  GtkWidget *side_by_side_view;
  GtkWidget *redline_view;
  GtkWidget *summary_panel;

  /* Made in code */
  GtkWidget *position_label; /* "Change 3 of 23" */
  GtkWidget *notice_bar;
  GtkWidget *unrelated_bar; /* "share little", with Compare Anyway */
  GtkWidget *unrelated_label;
  GtkWidget *series_bar;       /* the other pairs of a series */
  GCancellable *series_lookup; /* finding the series two symbols belong to */
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdWindow, rd_window, GTK_TYPE_APPLICATION_WINDOW)

/* Properties */

enum
{
  PROP_0,
  PROP_COMPARISON,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Comparisons with more paragraphs than this open with the unchanged ones
 * folded: a long report-sized resolution has some 300, an omnibus text
 * thousands. */
#define FOLD_LONG_TEXTS_FROM 1500

/* Responses of the info bars' buttons. */
#define RESPONSE_ACT 1

/* Static helpers */

static void update_position (RdWindow *self);
static void wait_for_first_frame (RdWindow *self);

static RdChangeView *current_view (RdWindow *self);

static void
hide_bars (RdWindow *self)
{
  gtk_widget_hide (self->error_bar);
  gtk_widget_hide (self->warning_bar);
  gtk_widget_hide (self->reload_bar);
  gtk_widget_hide (self->unrelated_bar);
}

static void
show_error (RdWindow *self,
            const char *message,
            const char *hint)
{
  gtk_label_set_text (GTK_LABEL (self->error_title), message);
  gtk_label_set_text (GTK_LABEL (self->error_hint), hint);
  gtk_widget_set_visible (self->error_hint, hint != NULL && *hint != '\0');
  gtk_widget_show (self->error_bar);
}

static void
append_warnings (GString *text,
                 RdDocument *document)
{
  GPtrArray *warnings = rd_document_get_warnings (document);
  g_autofree char *name = rd_document_dup_file_name (document);

  for (guint i = 0; i < warnings->len; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* TRANSLATORS: "FILE: warning" */
      g_string_append_printf (text, _ ("%s: %s"), name, (const char *) g_ptr_array_index (warnings, i));
    }
}

static void
show_warnings (RdWindow *self)
{
  g_autoptr (GString) text = g_string_new (NULL);
  GPtrArray *warnings = rd_comparison_get_warnings (self->comparison);

  append_warnings (text, rd_comparison_get_old (self->comparison));
  append_warnings (text, rd_comparison_get_new (self->comparison));
  for (guint i = 0; i < warnings->len; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (warnings, i));
    }

  gtk_label_set_text (GTK_LABEL (self->warning_label), text->str);
  gtk_widget_set_visible (self->warning_bar, text->len > 0);
}

static gboolean
shares_little (RdWindow *self)
{
  g_autoptr (RdPresentation) presentation = rd_presentation_new (self->comparison);
  g_autofree char *message = NULL;

  if (!rd_presentation_shares_little (presentation, &message))
    return FALSE;
  gtk_label_set_text (GTK_LABEL (self->unrelated_label), message);
  gtk_widget_show (self->unrelated_bar);
  return TRUE;
}

static void
on_unrelated_bar_response (GtkInfoBar *bar,
                           int response,
                           RdWindow *self)
{
  gtk_widget_hide (GTK_WIDGET (bar));
  if (response == RESPONSE_ACT && self->comparison != NULL)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "comparison");
      wait_for_first_frame (self);
    }
}

static void
update_title (RdWindow *self)
{
  g_autofree char *subtitle = NULL;

  if (self->comparison != NULL)
    {
      g_autofree char *old_name = rd_document_dup_display_name (rd_comparison_get_old (self->comparison));
      g_autofree char *new_name = rd_document_dup_display_name (rd_comparison_get_new (self->comparison));

      subtitle = g_strdup_printf ("%s → %s", old_name, new_name);
    }
  gtk_header_bar_set_subtitle (GTK_HEADER_BAR (self->header_bar), subtitle);
  /* The window list and the task bar tell windows apart by it. */
  gtk_window_set_title (GTK_WINDOW (self), subtitle != NULL ? subtitle : _ ("Resdiff"));
}

static void
set_action_enabled (RdWindow *self,
                    const char *name,
                    gboolean enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_actions (RdWindow *self)
{
  gboolean have = self->comparison != NULL;
  gboolean loading = self->cancellable != NULL;

  set_action_enabled (self, "next-change", have);
  set_action_enabled (self, "previous-change", have);
  set_action_enabled (self, "reload", self->inputs != NULL && !loading);
  set_action_enabled (self, "find", have);
  set_action_enabled (self, "save-html", have);
  set_action_enabled (self, "export-pdf", have);
  set_action_enabled (self, "save-word", have);
  set_action_enabled (self, "save-odt", have);
  set_action_enabled (self, "print", have);
  set_action_enabled (self, "print-preview", have);
  gtk_widget_set_visible (self->view_switcher, have);
  gtk_widget_set_visible (self->navigation_box, have);
  gtk_widget_set_visible (self->summary_button, have);
  gtk_widget_set_visible (self->search_button, have);
}

static void
on_export_response (GtkNativeDialog *dialog,
                    int response,
                    gpointer user_data)
{
  RdWindow *self = RD_WINDOW (user_data);
  RdWindowExport kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "rd-export"));

  if (response == GTK_RESPONSE_ACCEPT && self->comparison != NULL)
    {
      g_autoptr (GFile) target = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GError) error = NULL;

      if (!rd_window_export (self, target, kind, &error))
        show_error (self, error->message, _ ("Choose another name or folder, and save again."));
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
choose_export_target (RdWindow *self,
                      RdWindowExport kind)
{
  GtkFileChooserNative *chooser;

  if (self->comparison == NULL)
    return;
  if (kind == RD_WINDOW_EXPORT_DOCX || kind == RD_WINDOW_EXPORT_ODT)
    chooser = rd_export_chooser_new_office (GTK_WINDOW (self), kind == RD_WINDOW_EXPORT_ODT, self->files[1]);
  else
    chooser = rd_export_chooser_new (GTK_WINDOW (self), kind == RD_WINDOW_EXPORT_PDF, self->files[1]);
  g_object_set_data (G_OBJECT (chooser), "rd-export", GINT_TO_POINTER (kind));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_html (RdWindow *self)
{
  choose_export_target (self, RD_WINDOW_EXPORT_HTML);
}

static void
export_pdf (RdWindow *self)
{
  choose_export_target (self, RD_WINDOW_EXPORT_PDF);
}

/* Renumbering is no change: printed copies label it only when asked. */
static gboolean
print_renumbered (RdWindow *self)
{
  return self->settings != NULL && g_settings_get_boolean (self->settings, "print-renumbered");
}

static void
save_word (RdWindow *self)
{
  choose_export_target (self, RD_WINDOW_EXPORT_DOCX);
}

static void
save_odt (RdWindow *self)
{
  choose_export_target (self, RD_WINDOW_EXPORT_ODT);
}

static void
print_comparison (RdWindow *self,
                  gboolean preview)
{
  g_autoptr (RdPrintJob) job = NULL;
  g_autoptr (GError) error = NULL;
  RdLayout layout;

  if (self->comparison == NULL)
    return;

  /* Redline in portrait, side by side in landscape: as the view shown. */
  layout = current_view (self) == RD_CHANGE_VIEW (self->side_by_side_view) ? RD_LAYOUT_SIDE_BY_SIDE : RD_LAYOUT_REDLINE;
  job = rd_print_job_new (self->comparison, layout);
  rd_print_job_set_options (job, self->changes_only, print_renumbered (self));
  if (rd_print_job_run (job, GTK_WINDOW (self), preview ? GTK_PRINT_OPERATION_ACTION_PREVIEW : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, error->message, _ ("Check the printer, or use Export PDF instead."));
}

static void
on_file_changed (GFileMonitor *monitor,
                 GFile *file,
                 GFile *other_file,
                 GFileMonitorEvent event,
                 gpointer user_data);

static void
unwatch_files (RdWindow *self)
{
  for (guint i = 0; i < self->monitors->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->monitors, i), self);
  g_ptr_array_set_size (self->monitors, 0);
}

static void
watch_files (RdWindow *self)
{
  unwatch_files (self);
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

static gboolean
load_compare_options (RdWindow *self,
                      RdCompareOptions *options)
{
  *options = (RdCompareOptions){ 0 };
  if (self->settings == NULL)
    return FALSE;
  if (g_settings_get_boolean (self->settings, "ignore-case"))
    options->flags |= RD_DIFF_IGNORE_CASE;
  if (g_settings_get_boolean (self->settings, "ignore-punctuation"))
    options->flags |= RD_DIFF_IGNORE_PUNCTUATION;
  return TRUE;
}

static void
report_first_frame (RdWindow *self,
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
  report_first_frame (self, TRUE);
}

static void
wait_for_first_frame (RdWindow *self)
{
  GdkFrameClock *clock;

  if (!self->first_frame_wanted || self->after_paint_id != 0)
    return;
  self->first_frame_wanted = FALSE;
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  if (clock == NULL)
    {
      report_first_frame (self, TRUE);
      return;
    }
  /* The comparison page is shown from now on: the next paint draws it. */
  self->after_paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_comparison (RdWindow *self,
                RdComparison *comparison)
{
  RdChangeView *views[] = { RD_CHANGE_VIEW (self->side_by_side_view), RD_CHANGE_VIEW (self->redline_view) };

  if (!g_set_object (&self->comparison, comparison))
    return;

  rd_change_view_reset_search (RD_CHANGE_VIEW (self->side_by_side_view));
  rd_change_view_reset_search (RD_CHANGE_VIEW (self->redline_view));
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    rd_change_view_set_comparison (views[i], comparison);
  rd_summary_panel_set_comparison (RD_SUMMARY_PANEL (self->summary_panel), comparison);
  update_title (self);
  update_actions (self);
  update_position (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

static void start_load (RdWindow *self);
static void find_series_in_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable);

static void
cancel_series_lookup (RdWindow *self)
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
  rd_series_bar_set_series (RD_SERIES_BAR (self->series_bar), inputs, from, to);
}

static void
offer_series_of_pair (RdWindow *self)
{
  g_autoptr (GTask) task = NULL;

  if (rd_series_bar_get_series (RD_SERIES_BAR (self->series_bar)) != NULL || rd_inputs_get_n (self->inputs) != 2 || rd_inputs_get_symbol (self->inputs, 0) == NULL || rd_inputs_get_symbol (self->inputs, 1) == NULL)
    return;
  cancel_series_lookup (self);
  self->series_lookup = g_cancellable_new ();
  task = g_task_new (self, self->series_lookup, on_series_of_pair_found, NULL);
  g_task_set_task_data (task, g_strdup (rd_inputs_get_symbol (self->inputs, 0)), g_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, find_series_in_thread);
}
static void apply_view_name (RdWindow *self, const char *name);

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
  rd_series_bar_set_series (RD_SERIES_BAR (self->series_bar), series, n - 2, n - 1);
  g_set_object (&self->inputs, NULL);
  self->inputs = rd_inputs_new_pair (series, n - 2, n - 1);
  start_load (self);
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

  finish_loading (self);
  rd_inputs_take_files_from (self->inputs, loader);
  remember_files (self);
  pair = rd_inputs_get_n (self->inputs) == 2;

  if (comparison == NULL)
    {
      int failed = rd_loader_get_failed_input (loader);

      if (open_as_series (self, error))
        return;
      set_comparison (self, NULL);
      /* Back to the start page with the file that was read still chosen,
       * so only the other needs choosing again. */
      if (pair)
        {
          failed = MAX (failed, 0);
          rd_start_page_set_file (RD_START_PAGE (self->start_page), failed == 1, NULL);
          rd_start_page_set_file (RD_START_PAGE (self->start_page), failed == 0, rd_loader_get_file (loader, !failed));
        }
      else
        {
          /* A draft and its amendments: back on the start page as they
           * were given, the first as the draft, for the reader to replace
           * the one named in the error. */
          RdStartPage *page = RD_START_PAGE (self->start_page);

          rd_start_page_set_file (page, FALSE, rd_inputs_get_file (self->inputs, 0));
          rd_start_page_set_file (page, TRUE, NULL);
          rd_start_page_clear_amendments (page);
          for (guint i = 1; i < rd_inputs_get_n (self->inputs); i++)
            if (rd_inputs_get_file (self->inputs, i) != NULL)
              rd_start_page_add_amendment (page, rd_inputs_get_file (self->inputs, i));
        }
      gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "start");
      show_error (self, error->message, rd_error_hint (error));
      update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
      if (self->first_frame_wanted)
        report_first_frame (self, FALSE);
      return;
    }

  /* Agreed language, when the reader has a library (docs/library.md): the
   * views' captions and the summary show the notes. */
  {
    g_autoptr (GError) library_error = NULL;

    if (!rd_library_notes_attach (comparison, NULL, NULL, &library_error))
      g_debug ("%s", library_error->message);
  }
  set_comparison (self, comparison);
  show_warnings (self);
  if (shares_little (self))
    {
      /* Two different texts, most likely chosen by mistake: the start
       * page stays, with the reason, until the reader compares anyway. */
      rd_start_page_set_file (RD_START_PAGE (self->start_page), FALSE, self->files[0]);
      rd_start_page_set_file (RD_START_PAGE (self->start_page), TRUE, self->files[1]);
      gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "start");
      if (pair)
        rd_recent_pairs_add (self->files[0], self->files[1]);
      update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
      wait_for_first_frame (self);
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
      apply_view_name (self, "redline");
      self->showing_amended = FALSE;
    }
  else if (self->settings != NULL)
    {
      /* Back to the reader's view after an amended draft. */
      g_autofree char *view = g_settings_get_string (self->settings, "view");

      apply_view_name (self, view);
    }
  gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "comparison");
  /* After a reload the reader is taken back to where they were. */
  if (self->restore_change >= 0 && (guint) self->restore_change < rd_change_view_count_all_changes (comparison))
    rd_change_view_select_change (current_view (self), self->restore_change);
  self->restore_change = -1;
  /* A recent pair is two files; a draft with several amendments is not
   * one. */
  if (pair)
    {
      rd_recent_pairs_add (self->files[0], self->files[1]);
      rd_start_page_refresh_recent (RD_START_PAGE (self->start_page));
    }
  watch_files (self);
  offer_series_of_pair (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  wait_for_first_frame (self);
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

static void
start_load (RdWindow *self)
{
  g_autoptr (RdLoader) loader = NULL;
  RdCompareOptions options;
  ProgressTarget *target;

  g_return_if_fail (self->inputs != NULL && rd_inputs_get_n (self->inputs) >= 2);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  load_compare_options (self, &options);
  self->flags = options.flags;
  /* Every input read and prepared at once, as the command line does;
   * symbols fetched in the loading threads, with progress shown here. */
  loader = rd_inputs_new_loader (self->inputs, &options);
  target = g_atomic_rc_box_new0 (ProgressTarget);
  g_weak_ref_init (&target->window, self);
  target->load = g_object_ref (self->cancellable);
  rd_loader_set_progress_func (loader, on_fetch_progress, target, progress_target_release);

  hide_bars (self);
  gtk_widget_hide (self->progress_bar);
  gtk_label_set_text (GTK_LABEL (self->loading_label),
                      rd_inputs_has_symbols (self->inputs) ? _ ("Fetching and comparing…") : _ ("Reading and comparing…"));
  /* The old comparison stays on screen while a reload runs; otherwise the
   * spinner. */
  if (self->comparison == NULL)
    gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "loading");
  gtk_spinner_start (GTK_SPINNER (self->spinner));

  rd_loader_compare_async (loader, self->cancellable, on_load_done, g_object_ref (self));
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static RdChangeView *
current_view (RdWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (GTK_STACK (self->view_stack));

  return RD_CHANGE_VIEW (child != NULL ? child : self->side_by_side_view);
}

static void
run_search (RdWindow *self,
            gboolean forward,
            gboolean restart)
{
  RdChangeView *view = current_view (self);
  const char *text = gtk_entry_get_text (GTK_ENTRY (self->search_entry));
  gboolean found;

  if (restart)
    rd_change_view_reset_search (view);
  found = rd_change_view_search (view, text, forward);
  gtk_label_set_text (GTK_LABEL (self->search_status), found || *text == '\0' ? "" : _ ("Not found"));
  if (found || *text == '\0')
    gtk_style_context_remove_class (gtk_widget_get_style_context (self->search_entry), "error");
  else
    gtk_style_context_add_class (gtk_widget_get_style_context (self->search_entry), "error");
}

static void
apply_view_name (RdWindow *self,
                 const char *name)
{
  if (g_strcmp0 (name, "redline") != 0)
    name = "side-by-side";
  if (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (self->view_stack)), name) != 0)
    gtk_stack_set_visible_child_name (GTK_STACK (self->view_stack), name);
}

static void
apply_redline_style (RdWindow *self)
{
  RdRedlineStyle style = RD_REDLINE_STYLE_UNDERLINE;

  if (self->settings != NULL)
    style = g_settings_get_enum (self->settings, "redline-style");
  rd_change_view_set_redline_style (RD_CHANGE_VIEW (self->side_by_side_view), style);
  rd_change_view_set_redline_style (RD_CHANGE_VIEW (self->redline_view), style);
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
on_error_bar_response (GtkInfoBar *bar,
                       int response,
                       RdWindow *self)
{
  gtk_widget_hide (GTK_WIDGET (bar));
  if (response == RESPONSE_ACT)
    gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "start");
}

static void
on_warning_bar_response (GtkInfoBar *bar,
                         int response,
                         RdWindow *self)
{
  gtk_widget_hide (GTK_WIDGET (bar));
}

static void
on_reload_bar_response (GtkInfoBar *bar,
                        int response,
                        RdWindow *self)
{
  gtk_widget_hide (GTK_WIDGET (bar));
  if (response == RESPONSE_ACT)
    rd_window_reload (self);
}

static void
on_start_page_compare (RdStartPage *page,
                       GFile *old_file,
                       GFile *new_file,
                       RdWindow *self)
{
  rd_window_open_files (self, old_file, new_file);
}

/* A draft with its amendments (and the later version, if one was chosen
 * too), from the start page. */
static void
on_start_page_compare_amended (RdStartPage *page,
                               GPtrArray *files,
                               RdWindow *self)
{
  g_autoptr (RdInputs) inputs = rd_inputs_new ();

  for (guint i = 0; i < files->len; i++)
    rd_inputs_add_file (inputs, g_ptr_array_index (files, i));
  rd_window_open_inputs (self, inputs);
}

static void
on_series_bar_compare (RdSeriesBar *bar,
                       guint from,
                       guint to,
                       RdWindow *self)
{
  g_clear_object (&self->inputs);
  self->inputs = rd_inputs_new_pair (rd_series_bar_get_series (bar), from, to);
  set_comparison (self, NULL);
  start_load (self);
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
    gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "start");
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  if (self->first_frame_wanted)
    report_first_frame (self, FALSE);
}

static void
on_summary_change_activated (RdSummaryPanel *panel,
                             guint index,
                             RdWindow *self)
{
  rd_change_view_select_change (current_view (self), index);
}

static void
on_search_changed (GtkSearchEntry *entry,
                   RdWindow *self)
{
  run_search (self, TRUE, TRUE);
}

/* Enter in the entry, Ctrl+G and the Next button. */
static void
on_search_forward (GtkWidget *widget,
                   RdWindow *self)
{
  run_search (self, TRUE, FALSE);
}

/* Shift+Ctrl+G and the Previous button. */
static void
on_search_backward (GtkWidget *widget,
                    RdWindow *self)
{
  run_search (self, FALSE, FALSE);
}

static void
on_search_stop (GtkSearchEntry *entry,
                RdWindow *self)
{
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->search_bar), FALSE);
}

static void
on_search_mode_changed (GObject *bar,
                        GParamSpec *pspec,
                        RdWindow *self)
{
  gboolean active = gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (self->search_bar));
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "find");

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (active));
  if (!active)
    {
      rd_change_view_reset_search (current_view (self));
      gtk_label_set_text (GTK_LABEL (self->search_status), "");
    }
}

/* "Change 3 of 23" in the header bar: the current change's rank among
 * the differences, or how many there are before one is chosen. */
static void
update_position (RdWindow *self)
{
  RdChangeView *view = current_view (self);
  int current = rd_change_view_get_current_change (view);
  guint total = 0;
  guint rank = 0;
  g_autofree char *text = NULL;

  if (self->comparison == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->position_label), "");
      return;
    }
  /* The changes F7 stops at: routine updates hidden, the summary's
   * filter (rd-change-filter.h). */
  for (guint i = 0; i < rd_change_view_count_all_changes (self->comparison); i++)
    if (rd_change_view_is_stop (view, i))
      {
        total++;
        if ((int) i <= current)
          rank = total;
      }
  if (total == 0 && rd_comparison_has_differences (self->comparison))
    /* TRANSLATORS: the versions differ, but Hide Routine Updates or the summary's filter hides every change */
    text = g_strdup (_ ("No changes shown"));
  else if (total == 0)
    text = g_strdup (_ ("No changes"));
  else if (current < 0 || rank == 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes", total), total);
  else
    /* TRANSLATORS: the current change's place among all: "Change 3 of 23" */
    text = g_strdup_printf (_ ("Change %u of %u"), rank, total);
  gtk_label_set_text (GTK_LABEL (self->position_label), text);
}

static void
on_current_change (RdChangeView *view,
                   GParamSpec *pspec,
                   RdWindow *self)
{
  if (view == current_view (self))
    {
      rd_summary_panel_set_current_change (RD_SUMMARY_PANEL (self->summary_panel),
                                           rd_change_view_get_current_change (view));
      update_position (self);
    }
}

/* F7 past the last change goes round to the first (and back), saying so. */
static void
step_change (RdWindow *self,
             gboolean forward)
{
  RdChangeView *view = current_view (self);
  int total;

  if (self->comparison == NULL)
    return;
  if (rd_change_view_step_change (view, forward))
    return;
  total = rd_change_view_count_all_changes (self->comparison);
  for (int k = 0; k < total; k++)
    {
      int i = forward ? k : total - 1 - k;

      if (rd_change_view_is_stop (view, i))
        {
          rd_change_view_select_change (view, i);
          rd_notice_bar_show_message (RD_NOTICE_BAR (self->notice_bar),
                                      forward ? _ ("Reached the last change; continued from the first.")
                                              : _ ("Reached the first change; continued from the last."));
          return;
        }
    }
  if (rd_comparison_has_differences (self->comparison))
    rd_notice_bar_show_message (RD_NOTICE_BAR (self->notice_bar), _ ("No change is shown: see Hide Routine Updates and the filter of the list of changes."));
  else
    rd_notice_bar_show_message (RD_NOTICE_BAR (self->notice_bar), _ ("The two versions do not differ."));
  gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
on_visible_view_changed (GtkStack *stack,
                         GParamSpec *pspec,
                         RdWindow *self)
{
  RdChangeView *view = current_view (self);
  RdChangeView *other = RD_CHANGE_VIEW (GTK_WIDGET (view) == self->side_by_side_view ? self->redline_view : self->side_by_side_view);
  const char *name = gtk_stack_get_visible_child_name (stack);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "view");
  int current = rd_change_view_get_current_change (other);

  /* The reader keeps their place when switching views. */
  if (current >= 0 && rd_change_view_get_comparison (view) != NULL)
    rd_change_view_select_change (view, current);
  update_position (self);
  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (name));
  if (self->settings != NULL && name != NULL && !self->showing_amended)
    g_settings_set_string (self->settings, "view", name);
}

static void
on_settings_changed (GSettings *settings,
                     const char *key,
                     RdWindow *self)
{
  if (g_str_equal (key, "redline-style"))
    apply_redline_style (self);
  else if (g_str_equal (key, "ignore-case") || g_str_equal (key, "ignore-punctuation"))
    {
      RdCompareOptions options;

      /* Backends may report keys as changed that did not (dconf does when
       * a write fails): compare again only when the options differ. */
      load_compare_options (self, &options);
      if (options.flags != self->flags && self->comparison != NULL)
        rd_window_reload (self);
    }
}

static void
on_files_dropped (GtkWidget *widget,
                  int x,
                  GPtrArray *files,
                  gpointer user_data)
{
  RdWindow *self = RD_WINDOW (user_data);

  if (files->len > 2)
    {
      /* A draft and its amendments, or the versions of a series. */
      g_autoptr (RdInputs) inputs = rd_inputs_new ();

      for (guint i = 0; i < files->len; i++)
        rd_inputs_add_file (inputs, g_ptr_array_index (files, i));
      rd_window_open_inputs (self, inputs);
    }
  else if (files->len == 2)
    rd_window_open_files (self, g_ptr_array_index (files, 0), g_ptr_array_index (files, 1));
  else
    {
      /* The left half is the earlier version, the right half the later. */
      gboolean later = x >= gtk_widget_get_allocated_width (widget) / 2;

      rd_window_open_files (self,
                            later ? self->files[0] : g_ptr_array_index (files, 0),
                            later ? g_ptr_array_index (files, 0) : self->files[1]);
    }
}

static gboolean
on_window_state_event (GtkWidget *widget,
                       GdkEventWindowState *event)
{
  RdWindow *self = RD_WINDOW (widget);

  if (event->changed_mask & GDK_WINDOW_STATE_MAXIMIZED)
    self->maximized = (event->new_window_state & GDK_WINDOW_STATE_MAXIMIZED) != 0;
  return GTK_WIDGET_CLASS (rd_window_parent_class)->window_state_event (widget, event);
}

static void
on_size_allocate (GtkWidget *widget,
                  GtkAllocation *allocation)
{
  RdWindow *self = RD_WINDOW (widget);

  GTK_WIDGET_CLASS (rd_window_parent_class)->size_allocate (widget, allocation);
  if (!self->maximized)
    gtk_window_get_size (GTK_WINDOW (self), &self->width, &self->height);
}

/* Actions */

static void
open_activated (GSimpleAction *action,
                GVariant *parameter,
                gpointer user_data)
{
  RdWindow *self = user_data;

  gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "start");
  update_actions (self);
  gtk_widget_set_visible (self->view_switcher, FALSE);
  gtk_widget_set_visible (self->navigation_box, FALSE);
  gtk_widget_set_visible (self->summary_button, FALSE);
  gtk_widget_set_visible (self->search_button, FALSE);
}

/* Open by Symbol: the dialog fetches both into the cache, and the window
 * opens the cached files (rd-symbol-dialog.h). */
static void
on_symbols_fetched (RdSymbolDialog *dialog,
                    GFile *old_file,
                    GFile *new_file,
                    gpointer user_data)
{
  rd_window_open_files (RD_WINDOW (user_data), old_file, new_file);
  gtk_widget_destroy (GTK_WIDGET (dialog));
}

static void
open_symbol_activated (GSimpleAction *action,
                       GVariant *parameter,
                       gpointer user_data)
{
  GtkWidget *dialog = rd_symbol_dialog_new (GTK_WINDOW (user_data));

  g_signal_connect_object (dialog, "fetched", G_CALLBACK (on_symbols_fetched), user_data, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reload_activated (GSimpleAction *action,
                  GVariant *parameter,
                  gpointer user_data)
{
  rd_window_reload (RD_WINDOW (user_data));
}

static void
close_activated (GSimpleAction *action,
                 GVariant *parameter,
                 gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
}

static void
next_change_activated (GSimpleAction *action,
                       GVariant *parameter,
                       gpointer user_data)
{
  RdWindow *self = user_data;

  step_change (self, TRUE);
}

static void
previous_change_activated (GSimpleAction *action,
                           GVariant *parameter,
                           gpointer user_data)
{
  RdWindow *self = user_data;

  step_change (self, FALSE);
}

static void
find_change_state (GSimpleAction *action,
                   GVariant *state,
                   gpointer user_data)
{
  RdWindow *self = user_data;
  gboolean active = g_variant_get_boolean (state);

  g_simple_action_set_state (action, state);
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->search_bar), active);
  if (active)
    gtk_widget_grab_focus (self->search_entry);
}

static void
show_summary_change_state (GSimpleAction *action,
                           GVariant *state,
                           gpointer user_data)
{
  RdWindow *self = user_data;

  self->show_summary = g_variant_get_boolean (state);
  g_simple_action_set_state (action, state);
  gtk_widget_set_visible (self->summary_panel, self->show_summary);
  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, "show-summary", self->show_summary);
}

static void
changes_only_change_state (GSimpleAction *action,
                           GVariant *state,
                           gpointer user_data)
{
  RdWindow *self = user_data;

  self->changes_only = g_variant_get_boolean (state);
  g_simple_action_set_state (action, state);
  rd_change_view_set_changes_only (RD_CHANGE_VIEW (self->side_by_side_view), self->changes_only);
  rd_change_view_set_changes_only (RD_CHANGE_VIEW (self->redline_view), self->changes_only);
  if (self->settings != NULL && !self->folding_for_length)
    g_settings_set_boolean (self->settings, "changes-only", self->changes_only);
}

static void
view_change_state (GSimpleAction *action,
                   GVariant *state,
                   gpointer user_data)
{
  RdWindow *self = user_data;

  g_simple_action_set_state (action, state);
  apply_view_name (self, g_variant_get_string (state, NULL));
}

static void
save_html_activated (GSimpleAction *action,
                     GVariant *parameter,
                     gpointer user_data)
{
  save_html (RD_WINDOW (user_data));
}

static void
export_pdf_activated (GSimpleAction *action,
                      GVariant *parameter,
                      gpointer user_data)
{
  export_pdf (RD_WINDOW (user_data));
}

static void
save_word_activated (GSimpleAction *action,
                     GVariant *parameter,
                     gpointer user_data)
{
  save_word (RD_WINDOW (user_data));
}

static void
save_odt_activated (GSimpleAction *action,
                    GVariant *parameter,
                    gpointer user_data)
{
  save_odt (RD_WINDOW (user_data));
}

static void
print_activated (GSimpleAction *action,
                 GVariant *parameter,
                 gpointer user_data)
{
  print_comparison (RD_WINDOW (user_data), FALSE);
}

static void
print_preview_activated (GSimpleAction *action,
                         GVariant *parameter,
                         gpointer user_data)
{
  print_comparison (RD_WINDOW (user_data), TRUE);
}

/* The user help (help/C), in the desktop's help browser (yelp). */
static void
help_activated (GSimpleAction *action,
                GVariant *parameter,
                gpointer user_data)
{
  RdWindow *self = RD_WINDOW (user_data);
  g_autoptr (GError) error = NULL;

  if (!gtk_show_uri_on_window (GTK_WINDOW (self), "help:resdiff", GDK_CURRENT_TIME, &error))
    show_error (self, error->message, _ ("Install the help browser (the yelp package) to read the help."));
}

static const GActionEntry win_entries[] = {
  { "open", open_activated, NULL, NULL, NULL },
  { "open-symbol", open_symbol_activated, NULL, NULL, NULL },
  { "reload", reload_activated, NULL, NULL, NULL },
  { "close", close_activated, NULL, NULL, NULL },
  { "next-change", next_change_activated, NULL, NULL, NULL },
  { "previous-change", previous_change_activated, NULL, NULL, NULL },
  { "find", NULL, NULL, "false", find_change_state },
  { "show-summary", NULL, NULL, "true", show_summary_change_state },
  { "changes-only", NULL, NULL, "false", changes_only_change_state },
  { "view", NULL, "s", "'side-by-side'", view_change_state },
  { "save-html", save_html_activated, NULL, NULL, NULL },
  { "export-pdf", export_pdf_activated, NULL, NULL, NULL },
  { "save-word", save_word_activated, NULL, NULL, NULL },
  { "save-odt", save_odt_activated, NULL, NULL, NULL },
  { "print", print_activated, NULL, NULL, NULL },
  { "print-preview", print_preview_activated, NULL, NULL, NULL },
  { "help", help_activated, NULL, NULL, NULL },
};

/* GObject overrides */

static void
rd_window_dispose (GObject *object)
{
  RdWindow *self = RD_WINDOW (object);

  if (self->settings != NULL && self->width > 0 && self->height > 0)
    {
      g_settings_set_int (self->settings, "window-width", self->width);
      g_settings_set_int (self->settings, "window-height", self->height);
      g_settings_set_boolean (self->settings, "window-maximized", self->maximized);
      self->width = 0;
    }

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  cancel_series_lookup (self);
  if (self->monitors != NULL)
    unwatch_files (self);
  g_clear_pointer (&self->monitors, g_ptr_array_unref);
  g_clear_object (&self->files[0]);
  g_clear_object (&self->files[1]);
  g_clear_object (&self->inputs);
  if (self->after_paint_id != 0)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

      if (clock != NULL)
        g_signal_handler_disconnect (clock, self->after_paint_id);
      self->after_paint_id = 0;
    }
  g_clear_object (&self->comparison);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rd_window_parent_class)->dispose (object);
}

static void
rd_window_get_property (GObject *object,
                        guint prop_id,
                        GValue *value,
                        GParamSpec *pspec)
{
  RdWindow *self = RD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, rd_window_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class and instance init */

static void
rd_window_class_init (RdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_window_dispose;
  object_class->get_property = rd_window_get_property;
  widget_class->window_state_event = on_window_state_event;
  widget_class->size_allocate = on_size_allocate;

  properties[PROP_COMPARISON] =
      g_param_spec_object ("comparison", NULL, NULL, RD_TYPE_COMPARISON,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOADING] =
      g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RD_TYPE_START_PAGE);
  g_type_ensure (RD_TYPE_SIDE_BY_SIDE_VIEW);
  g_type_ensure (RD_TYPE_REDLINE_VIEW);
  g_type_ensure (RD_TYPE_SUMMARY_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/resdiff/Resdiff/ui/rd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RdWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, navigation_box);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, summary_button);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, error_bar);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, error_title);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, error_hint);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, warning_bar);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, warning_label);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, reload_bar);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, reload_label);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, search_status);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, start_page);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, side_by_side_view);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, redline_view);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, summary_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_error_bar_response);
  gtk_widget_class_bind_template_callback (widget_class, on_warning_bar_response);
  gtk_widget_class_bind_template_callback (widget_class, on_reload_bar_response);
  gtk_widget_class_bind_template_callback (widget_class, on_start_page_compare);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_summary_change_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_forward);
  gtk_widget_class_bind_template_callback (widget_class, on_search_backward);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);
}

static void
rd_window_init (RdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->show_summary = TRUE;
  self->restore_change = -1;
  self->monitors = g_ptr_array_new_with_free_func (g_object_unref);
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries, G_N_ELEMENTS (win_entries), self);

  self->position_label = gtk_label_new (NULL);
  gtk_style_context_add_class (gtk_widget_get_style_context (self->position_label), "dim-label");
  gtk_label_set_width_chars (GTK_LABEL (self->position_label), 16);
  gtk_widget_show (self->position_label);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (self->header_bar), self->position_label);
  self->notice_bar = rd_notice_bar_new ();
  g_object_set_data (G_OBJECT (self), "rd-notice-bar", self->notice_bar);
  self->unrelated_bar = gtk_info_bar_new_with_buttons (_ ("_Compare Anyway"), RESPONSE_ACT, NULL);
  gtk_info_bar_set_message_type (GTK_INFO_BAR (self->unrelated_bar), GTK_MESSAGE_WARNING);
  gtk_info_bar_set_show_close_button (GTK_INFO_BAR (self->unrelated_bar), TRUE);
  self->unrelated_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->unrelated_label), 0.0);
  gtk_label_set_line_wrap (GTK_LABEL (self->unrelated_label), TRUE);
  gtk_widget_set_hexpand (self->unrelated_label, TRUE);
  gtk_widget_show (self->unrelated_label);
  gtk_container_add (GTK_CONTAINER (gtk_info_bar_get_content_area (GTK_INFO_BAR (self->unrelated_bar))), self->unrelated_label);
  gtk_widget_set_no_show_all (self->unrelated_bar, TRUE);
  gtk_box_pack_start (GTK_BOX (gtk_widget_get_parent (self->reload_bar)), self->unrelated_bar, FALSE, FALSE, 0);
  gtk_box_reorder_child (GTK_BOX (gtk_widget_get_parent (self->reload_bar)), self->unrelated_bar, 0);
  g_signal_connect_object (self->unrelated_bar, "response", G_CALLBACK (on_unrelated_bar_response), self, 0);
  gtk_box_pack_start (GTK_BOX (gtk_widget_get_parent (self->reload_bar)), self->notice_bar, FALSE, FALSE, 0);
  gtk_box_reorder_child (GTK_BOX (gtk_widget_get_parent (self->reload_bar)), self->notice_bar, 0);
  self->series_bar = rd_series_bar_new ();
  gtk_box_pack_start (GTK_BOX (gtk_widget_get_parent (self->reload_bar)), self->series_bar, FALSE, FALSE, 0);
  gtk_box_reorder_child (GTK_BOX (gtk_widget_get_parent (self->reload_bar)), self->series_bar, 0);
  g_signal_connect_object (self->series_bar, "compare", G_CALLBACK (on_series_bar_compare), self, 0);
  g_signal_connect_object (self->start_page, "compare-amended", G_CALLBACK (on_start_page_compare_amended), self, 0);

  gtk_search_bar_connect_entry (GTK_SEARCH_BAR (self->search_bar), GTK_ENTRY (self->search_entry));
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (on_search_mode_changed), self, 0);
  g_signal_connect_object (self->side_by_side_view, "notify::current-change", G_CALLBACK (on_current_change), self, 0);
  g_signal_connect_object (self->redline_view, "notify::current-change", G_CALLBACK (on_current_change), self, 0);
  g_signal_connect_object (self->view_stack, "notify::visible-child", G_CALLBACK (on_visible_view_changed), self, 0);
  /* One filter for the views, the list of changes and F7: "Hide routine
   * updates" is its property (rd-change-filter.h). */
  {
    RdChangeFilter *filter = rd_summary_panel_get_filter (RD_SUMMARY_PANEL (self->summary_panel));
    g_autoptr (GPropertyAction) hide_routine = g_property_action_new ("hide-routine", filter, "hide-routine");

    rd_change_view_set_filter (RD_CHANGE_VIEW (self->side_by_side_view), filter);
    rd_change_view_set_filter (RD_CHANGE_VIEW (self->redline_view), filter);
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (hide_routine));
    g_signal_connect_object (filter, "changed", G_CALLBACK (update_position), self, G_CONNECT_SWAPPED);
  }

  rd_drop_target_setup (self->view_stack, on_files_dropped, self);

  gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "start");
  update_actions (self);
}

/* GtkWindow:application is not a construct property, so this runs from
 * rd_window_new rather than from constructed. */
static void
setup_from_application (RdWindow *self,
                        RdApplication *application)
{
  GSettings *settings = rd_application_get_settings (application);

  if (settings != NULL)
    self->settings = g_object_ref (settings);
  self->first_frame_wanted = rd_application_get_exit_after_first_frame (application);

  if (self->settings != NULL)
    {
      g_autofree char *view = g_settings_get_string (self->settings, "view");

      self->width = g_settings_get_int (self->settings, "window-width");
      self->height = g_settings_get_int (self->settings, "window-height");
      self->maximized = g_settings_get_boolean (self->settings, "window-maximized");
      gtk_window_set_default_size (GTK_WINDOW (self), self->width, self->height);
      if (self->maximized)
        gtk_window_maximize (GTK_WINDOW (self));

      g_action_group_change_action_state (G_ACTION_GROUP (self), "show-summary",
                                          g_variant_new_boolean (g_settings_get_boolean (self->settings, "show-summary")));
      g_action_group_change_action_state (G_ACTION_GROUP (self), "changes-only",
                                          g_variant_new_boolean (g_settings_get_boolean (self->settings, "changes-only")));
      g_action_group_change_action_state (G_ACTION_GROUP (self), "view", g_variant_new_string (view));
      g_settings_bind (self->settings, "hide-routine", rd_summary_panel_get_filter (RD_SUMMARY_PANEL (self->summary_panel)), "hide-routine",
                       G_SETTINGS_BIND_DEFAULT);
      g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed), self, 0);
      apply_redline_style (self);
    }
}

/* Public API */

RdWindow *
rd_window_new (RdApplication *application)
{
  RdWindow *self = g_object_new (RD_TYPE_WINDOW, "application", application, NULL);

  if (application != NULL)
    setup_from_application (self, application);
  return self;
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
  cancel_series_lookup (self);
  /* Others: the old comparison goes, and any series it belonged to. */
  rd_series_bar_set_series (RD_SERIES_BAR (self->series_bar), NULL, 0, 0);
  set_comparison (self, NULL);
  start_load (self);
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
      gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "start");
      show_error (self, error->message, rd_error_hint (error));
      update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
      if (self->first_frame_wanted)
        report_first_frame (self, FALSE);
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
  cancel_series_lookup (self);
  rd_series_bar_set_series (RD_SERIES_BAR (self->series_bar), NULL, 0, 0);
  set_comparison (self, NULL);
  hide_bars (self);

  /* TRANSLATORS: %s is a document symbol */
  text = g_strdup_printf (_ ("Finding the versions of %s…"), symbol);
  gtk_label_set_text (GTK_LABEL (self->loading_label), text);
  gtk_widget_hide (self->progress_bar);
  gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "loading");
  gtk_spinner_start (GTK_SPINNER (self->spinner));

  task = g_task_new (self, self->cancellable, on_series_found, NULL);
  g_task_set_task_data (task, g_strdup (symbol), g_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, find_series_in_thread);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
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

RdSeriesBar *
rd_window_get_series_bar (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return RD_SERIES_BAR (self->series_bar);
}

void
rd_window_set_file (RdWindow *self,
                    gboolean later,
                    GFile *file)
{
  g_return_if_fail (RD_IS_WINDOW (self));

  gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "start");
  rd_start_page_set_file (RD_START_PAGE (self->start_page), later, file);
}

void
rd_window_reload (RdWindow *self)
{
  g_return_if_fail (RD_IS_WINDOW (self));

  if (self->inputs != NULL)
    {
      self->restore_change = self->comparison != NULL ? rd_change_view_get_current_change (current_view (self)) : -1;
      start_load (self);
    }
}

RdComparison *
rd_window_get_comparison (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return self->comparison;
}

gboolean
rd_window_get_loading (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), FALSE);
  return self->cancellable != NULL;
}

RdChangeView *
rd_window_get_view (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return current_view (self);
}

RdChangeView *
rd_window_get_side_by_side_view (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return RD_CHANGE_VIEW (self->side_by_side_view);
}

RdChangeView *
rd_window_get_redline_view (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return RD_CHANGE_VIEW (self->redline_view);
}

RdSummaryPanel *
rd_window_get_summary_panel (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return RD_SUMMARY_PANEL (self->summary_panel);
}

const char *
rd_window_get_error_message (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return gtk_widget_get_visible (self->error_bar) ? gtk_label_get_text (GTK_LABEL (self->error_title)) : NULL;
}

const char *
rd_window_get_warning_message (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return gtk_widget_get_visible (self->warning_bar) ? gtk_label_get_text (GTK_LABEL (self->warning_label)) : NULL;
}

const char *
rd_window_get_reload_message (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return gtk_widget_get_visible (self->reload_bar) ? gtk_label_get_text (GTK_LABEL (self->reload_label)) : NULL;
}

gboolean
rd_window_export (RdWindow *self,
                  GFile *target,
                  RdWindowExport kind,
                  GError **error)
{
  RdLayout layout;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GPtrArray) inputs = g_ptr_array_new ();

  g_return_val_if_fail (RD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (target), FALSE);
  g_return_val_if_fail (self->comparison != NULL, FALSE);

  /* The layout of the view shown.  PDF from the print compositor linked
   * into this module (the "print" module is never loaded beside it), HTML
   * from the "formats" module. */
  layout = current_view (self) == RD_CHANGE_VIEW (self->side_by_side_view) ? RD_LAYOUT_SIDE_BY_SIDE : RD_LAYOUT_REDLINE;
  if (kind == RD_WINDOW_EXPORT_DOCX || kind == RD_WINDOW_EXPORT_ODT)
    {
      /* The new version with tracked changes: no layout. */
      RdOfficeOptions options = { kind == RD_WINDOW_EXPORT_ODT ? RD_OFFICE_ODT : RD_OFFICE_DOCX, NULL };

      bytes = rd_export_office (self->comparison, &options, error);
    }
  else if (kind == RD_WINDOW_EXPORT_PDF)
    {
      g_autoptr (RdPrintCompositor) compositor = rd_print_compositor_new (self->comparison, layout);

      rd_print_compositor_set_changes_only (compositor, self->changes_only);
      rd_print_compositor_set_show_renumbered (compositor, print_renumbered (self));
      bytes = rd_print_compositor_render_pdf (compositor, error);
    }
  else
    {
      RdHtmlOptions options = { 0 };

      options.layout = layout;
      options.changes_only = self->changes_only;
      options.substantive_only = rd_change_filter_get_hide_routine (rd_summary_panel_get_filter (RD_SUMMARY_PANEL (self->summary_panel)));
      bytes = rd_export_html (self->comparison, &options, error);
    }
  if (bytes == NULL)
    return FALSE;

  /* Never over one of the documents being compared. */
  for (guint i = 0; self->inputs != NULL && i < rd_inputs_get_n (self->inputs); i++)
    if (rd_inputs_get_file (self->inputs, i) != NULL)
      g_ptr_array_add (inputs, rd_inputs_get_file (self->inputs, i));
  g_ptr_array_add (inputs, NULL);
  if (!rd_save_bytes (target, bytes, (GFile *const *) inputs->pdata, NULL, error))
    return FALSE;
  rd_notice_bar_show_saved (RD_NOTICE_BAR (self->notice_bar), target);
  return TRUE;
}

const char *
rd_window_get_notice_message (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return rd_notice_bar_get_message (RD_NOTICE_BAR (self->notice_bar));
}

const char *
rd_window_get_position_text (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->position_label));
}

const char *
rd_window_get_unrelated_message (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return gtk_widget_get_visible (self->unrelated_bar) ? gtk_label_get_text (GTK_LABEL (self->unrelated_label)) : NULL;
}

void
rd_window_compare_anyway (RdWindow *self)
{
  g_return_if_fail (RD_IS_WINDOW (self));
  gtk_info_bar_response (GTK_INFO_BAR (self->unrelated_bar), RESPONSE_ACT);
}

GtkWidget *
rd_window_get_start_page (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return self->start_page;
}
