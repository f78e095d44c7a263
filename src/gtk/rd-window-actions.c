/* rd-window-actions.c: the window's actions (the accelerators are RdApplication's) and its place among the changes
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-window-private.h"

#include <glib/gi18n.h>
#include "rd-export-chooser.h"
#include "rd-notice-bar.h"
#include "rd-symbol-dialog.h"

/* "Change 3 of 23" in the header bar: the current change's rank among
 * the differences, or how many there are before one is chosen. */
void
rd_window_update_position (RdWindow *self)
{
  RdChangeView *view = rd_window_current_view (self);
  int current = rd_change_view_get_current_change (view);
  guint total = 0;
  guint rank = 0;
  g_autofree char *text = NULL;

  if (self->comparison == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->position_label), "");
      /* Hidden while empty: a label of a fixed width is measured with the
       * font's metrics, before the first frame too. */
      gtk_widget_hide (self->position_label);
      return;
    }
  /* The changes F7 stops at: routine updates hidden, the summary's
   * filter (rd-change-filter.h); the view keeps them, so a key press
   * costs a binary search, not a pass over every change. */
  total = rd_change_view_count_stops (view);
  if (current >= 0)
    rank = rd_change_view_rank_stop (view, current);
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
  gtk_widget_show (self->position_label);
}

static void
on_current_change (RdChangeView *view,
                   GParamSpec *pspec,
                   RdWindow *self)
{
  if (view == rd_window_current_view (self))
    {
      rd_summary_panel_set_current_change (RD_SUMMARY_PANEL (self->summary_panel),
                                           rd_change_view_get_current_change (view));
      rd_window_update_position (self);
    }
}

/* F7 past the last change goes round to the first (and back), saying so. */
static void
step_change (RdWindow *self,
             gboolean forward)
{
  RdChangeView *view = rd_window_current_view (self);
  int first;

  if (self->comparison == NULL)
    return;
  if (rd_change_view_step_change (view, forward))
    return;
  first = rd_change_view_next_stop (view, forward ? -1 : (int) rd_change_view_count_all_changes (self->comparison), forward);
  if (first >= 0)
    {
      rd_change_view_select_change (view, first);
      rd_notice_bar_show_message (RD_NOTICE_BAR (self->notice_bar),
                                  forward ? _ ("Reached the last change; continued from the first.")
                                          : _ ("Reached the first change; continued from the last."));
      return;
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
  RdChangeView *view = rd_window_current_view (self);
  RdChangeView *other = RD_CHANGE_VIEW (GTK_WIDGET (view) == self->side_by_side_view ? self->redline_view : self->side_by_side_view);
  const char *name = gtk_stack_get_visible_child_name (stack);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "view");
  int current = rd_change_view_get_current_change (other);

  /* The reader keeps their place when switching views. */
  if (current >= 0 && rd_change_view_get_comparison (view) != NULL)
    rd_change_view_select_change (view, current);
  rd_window_update_position (self);
  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (name));
  if (self->settings != NULL && name != NULL && !self->showing_amended)
    g_settings_set_string (self->settings, "view", name);
}

/* Actions */

static void
open_activated (GSimpleAction *action,
                GVariant *parameter,
                gpointer user_data)
{
  RdWindow *self = user_data;

  rd_window_show_page (self, "start");
  rd_window_update_actions (self);
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
  if (!active && self->search_bar == NULL)
    return;
  rd_window_find_ensure_bar (self);
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
  rd_window_apply_view_name (self, g_variant_get_string (state, NULL));
}

/* win.save-html, win.export-pdf, win.save-word and win.save-odt: the
 * export is the action's (rd-export-chooser.c). */
static void
export_activated (GSimpleAction *action,
                  GVariant *parameter,
                  gpointer user_data)
{
  RdWindowExport kind;

  if (rd_export_chooser_kind_for_action (g_action_get_name (G_ACTION (action)), &kind))
    rd_window_choose_export_target (RD_WINDOW (user_data), kind);
}

static void
print_activated (GSimpleAction *action,
                 GVariant *parameter,
                 gpointer user_data)
{
  rd_window_print (RD_WINDOW (user_data), FALSE);
}

static void
print_preview_activated (GSimpleAction *action,
                         GVariant *parameter,
                         gpointer user_data)
{
  rd_window_print (RD_WINDOW (user_data), TRUE);
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
    rd_window_show_error (self, error->message, _ ("Install the help browser (the yelp package) to read the help."));
}

/* The Keyboard Shortcuts window (Ctrl+?), built when first asked for:
 * GtkApplication would build it with every window, before its first frame
 * (so it is not at gtk/help-overlay.ui in the resources). */
static void
show_help_overlay_activated (GSimpleAction *action,
                             GVariant *parameter,
                             gpointer user_data)
{
  RdWindow *self = RD_WINDOW (user_data);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/resdiff/Resdiff/ui/rd-shortcuts-window.ui");

      self->shortcuts_window = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
      gtk_window_set_modal (GTK_WINDOW (self->shortcuts_window), TRUE);
      gtk_window_set_transient_for (GTK_WINDOW (self->shortcuts_window), GTK_WINDOW (self));
      g_signal_connect (self->shortcuts_window, "delete-event", G_CALLBACK (gtk_widget_hide_on_delete), NULL);
      g_signal_connect (self->shortcuts_window, "destroy", G_CALLBACK (gtk_widget_destroyed), &self->shortcuts_window);
    }
  gtk_window_present (GTK_WINDOW (self->shortcuts_window));
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
  { "save-html", export_activated, NULL, NULL, NULL },
  { "export-pdf", export_activated, NULL, NULL, NULL },
  { "save-word", export_activated, NULL, NULL, NULL },
  { "save-odt", export_activated, NULL, NULL, NULL },
  { "print", print_activated, NULL, NULL, NULL },
  { "print-preview", print_preview_activated, NULL, NULL, NULL },
  { "help", help_activated, NULL, NULL, NULL },
  { "show-help-overlay", show_help_overlay_activated, NULL, NULL, NULL },
};

void
rd_window_actions_init (RdWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries, G_N_ELEMENTS (win_entries), self);
}

void
rd_window_actions_connect_views (RdWindow *self)
{
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
    g_signal_connect_object (filter, "changed", G_CALLBACK (rd_window_update_position), self, G_CONNECT_SWAPPED);
  }
}
