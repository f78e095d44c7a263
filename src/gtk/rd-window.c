/* rd-window.c: the main window: its parts, bars, settings and getters;
 * reading the inputs is rd-window-load.c, the actions rd-window-actions.c,
 * the exports rd-window-export.c, Find rd-window-find.c
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-window-private.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rd-notice-bar.h"
#include "rd-redline-view.h"
#include "rd-side-by-side-view.h"
#include "rd-start-page.h"

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdWindow, rd_window, GTK_TYPE_APPLICATION_WINDOW)

/* Properties */

enum
{
  PROP_0,
  PROP_COMPARISON,
  PROP_LOADING,
  PROP_SERIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Bars, title, the actions' state, the view shown */

void
rd_window_hide_bars (RdWindow *self)
{
  gtk_widget_hide (self->error_bar);
  gtk_widget_hide (self->warning_bar);
  gtk_widget_hide (self->reload_bar);
  gtk_widget_hide (self->unrelated_bar);
}

void
rd_window_show_error (RdWindow *self,
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

void
rd_window_show_warnings (RdWindow *self)
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

gboolean
rd_window_shares_little (RdWindow *self)
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
      rd_window_show_page (self, "comparison");
      rd_window_wait_for_first_frame (self);
    }
}

void
rd_window_update_title (RdWindow *self)
{
  g_autofree char *title = NULL;

  if (self->comparison != NULL)
    {
      g_autofree char *old_name = rd_document_dup_display_name (rd_comparison_get_old (self->comparison));
      g_autofree char *new_name = rd_document_dup_display_name (rd_comparison_get_new (self->comparison));

      title = g_strdup_printf ("%s → %s", old_name, new_name);
    }
  else if (self->cancellable != NULL && self->inputs != NULL && rd_inputs_get_n (self->inputs) >= 2)
    {
      /* While they are read: the files' names (or the symbols) asked
       * for, the documents' own symbols once read. */
      g_autofree char *old_name = rd_inputs_dup_name (self->inputs, 0);
      g_autofree char *new_name = rd_inputs_dup_name (self->inputs, rd_inputs_get_n (self->inputs) - 1);

      title = g_strdup_printf ("%s → %s", old_name, new_name);
    }
  /* In the header bar's middle, where the reader looks for what is
   * compared (the views' switcher is beside the tools); the window list
   * and the task bar tell windows apart by it. */
  gtk_header_bar_set_title (GTK_HEADER_BAR (self->header_bar), title != NULL ? title : _ ("Resdiff"));
  gtk_window_set_title (GTK_WINDOW (self), title != NULL ? title : _ ("Resdiff"));
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

void
rd_window_notify_loading (RdWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
rd_window_update_actions (RdWindow *self)
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

gboolean
rd_window_load_compare_options (RdWindow *self,
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

void
rd_window_set_comparison (RdWindow *self,
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
  rd_window_update_title (self);
  rd_window_update_actions (self);
  rd_window_update_position (self);
  rd_window_series_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

RdChangeView *
rd_window_current_view (RdWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (GTK_STACK (self->view_stack));

  return RD_CHANGE_VIEW (child != NULL ? child : self->side_by_side_view);
}

void
rd_window_apply_view_name (RdWindow *self,
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

static void
on_error_bar_response (GtkInfoBar *bar,
                       int response,
                       RdWindow *self)
{
  gtk_widget_hide (GTK_WIDGET (bar));
  if (response == RESPONSE_ACT)
    rd_window_show_page (self, "start");
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

/* Opens @files (GFile *) as the inputs, in their order: a draft and its
 * amendments, or the versions of a series (rd_window_open_inputs ()). */
static void
open_file_list (RdWindow *self,
                GPtrArray *files)
{
  g_autoptr (RdInputs) inputs = rd_inputs_new ();

  for (guint i = 0; i < files->len; i++)
    rd_inputs_add_file (inputs, g_ptr_array_index (files, i));
  rd_window_open_inputs (self, inputs);
}

/* A draft with its amendments (and the later version, if one was chosen
 * too), from the start page. */
static void
on_start_page_compare_amended (RdStartPage *page,
                               GPtrArray *files,
                               RdWindow *self)
{
  open_file_list (self, files);
}

GtkWidget *
rd_window_ensure_start_page (RdWindow *self)
{
  if (self->start_page == NULL)
    {
      self->start_page = rd_start_page_new ();
      g_signal_connect_object (self->start_page, "compare", G_CALLBACK (on_start_page_compare), self, 0);
      g_signal_connect_object (self->start_page, "compare-amended", G_CALLBACK (on_start_page_compare_amended), self, 0);
      gtk_widget_show (self->start_page);
      gtk_stack_add_named (GTK_STACK (self->main_stack), self->start_page, "start");
    }
  return self->start_page;
}

/* One of the main stack's pages: "start", "loading" or "comparison".  The
 * start page is built when first shown (or asked for): a window opened on
 * files shows the reading's progress first and may never need it. */
void
rd_window_show_page (RdWindow *self,
                     const char *name)
{
  self->page_chosen = TRUE;
  if (g_str_equal (name, "start"))
    rd_window_ensure_start_page (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), name);
}

/* The main menu's button given its menu once the window is drawn: the
 * popover made from the menu's model (its sections, items and accessible
 * objects) cost the first frame about 1 ms of processor time. */
void
rd_window_give_menu (RdWindow *self)
{
  if (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (self->menu_button)) == NULL)
    gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->menu_button), self->primary_menu);
}

/* Shown with no page chosen (nothing opened): the start page. */
static void
rd_window_show (GtkWidget *widget)
{
  RdWindow *self = RD_WINDOW (widget);

  if (!self->page_chosen)
    rd_window_show_page (self, "start");
  GTK_WIDGET_CLASS (rd_window_parent_class)->show (widget);
}

static void
on_summary_change_activated (RdSummaryPanel *panel,
                             guint index,
                             RdWindow *self)
{
  rd_change_view_select_change (rd_window_current_view (self), index);
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
      rd_window_load_compare_options (self, &options);
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
      open_file_list (self, files);
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

/* GObject overrides */

static void
save_window_state (RdWindow *self)
{
  if (self->settings != NULL && self->width > 0 && self->height > 0)
    {
      g_settings_set_int (self->settings, "window-width", self->width);
      g_settings_set_int (self->settings, "window-height", self->height);
      g_settings_set_boolean (self->settings, "window-maximized", self->maximized);
      self->width = 0;
    }
}

static void
rd_window_dispose (GObject *object)
{
  RdWindow *self = RD_WINDOW (object);

  save_window_state (self);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  rd_window_cancel_series_lookup (self);
  rd_window_series_dispose (self);
  if (self->monitors != NULL)
    rd_window_unwatch_files (self);
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
  g_clear_object (&self->deferred_loader);
  g_clear_handle_id (&self->deferred_load_timeout, g_source_remove);
  g_clear_pointer (&self->shortcuts_window, gtk_widget_destroy);
  if (self->first_paint_id != 0)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

      if (clock != NULL)
        g_signal_handler_disconnect (clock, self->first_paint_id);
      self->first_paint_id = 0;
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
    case PROP_SERIES:
      g_value_set_object (value, self->series);
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
  widget_class->show = rd_window_show;

  properties[PROP_COMPARISON] =
      g_param_spec_object ("comparison", NULL, NULL, RD_TYPE_COMPARISON,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOADING] =
      g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SERIES] =
      g_param_spec_object ("series", NULL, NULL, RD_TYPE_SERIES,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RD_TYPE_SIDE_BY_SIDE_VIEW);
  g_type_ensure (RD_TYPE_REDLINE_VIEW);
  g_type_ensure (RD_TYPE_SUMMARY_PANEL);

  /* The classes of the template, and of the info bar's own (a revealer),
   * registered before it is read: GtkBuilder looks an unknown class's
   * _get_type () up in the program's global symbols, where GTK is not (the
   * module that links it is loaded with local symbols), and then
   * registers every class of GTK, some 2 ms of the first frame. */
  g_type_ensure (GTK_TYPE_REVEALER);
  g_type_ensure (GTK_TYPE_HEADER_BAR);
  g_type_ensure (GTK_TYPE_MENU_BUTTON);
  g_type_ensure (GTK_TYPE_TOGGLE_BUTTON);
  g_type_ensure (GTK_TYPE_STACK_SWITCHER);
  g_type_ensure (GTK_TYPE_STACK);
  g_type_ensure (GTK_TYPE_INFO_BAR);
  g_type_ensure (GTK_TYPE_BUTTON_BOX);
  g_type_ensure (GTK_TYPE_SPINNER);
  g_type_ensure (GTK_TYPE_PROGRESS_BAR);
  g_type_ensure (GTK_TYPE_IMAGE);
  g_type_ensure (RD_TYPE_SIDE_BY_SIDE_VIEW);
  g_type_ensure (RD_TYPE_REDLINE_VIEW);
  g_type_ensure (RD_TYPE_SUMMARY_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/resdiff/Resdiff/ui/rd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RdWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, RdWindow, primary_menu);
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
  gtk_widget_class_bind_template_child (widget_class, RdWindow, main_stack);
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
  gtk_widget_class_bind_template_callback (widget_class, on_summary_change_activated);
  rd_window_load_class_init (widget_class);
}

static void
rd_window_init (RdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->show_summary = TRUE;
  self->restore_change = -1;
  self->monitors = g_ptr_array_new_with_free_func (g_object_unref);
  rd_window_actions_init (self);
  rd_window_series_init (self);

  self->position_label = gtk_label_new (NULL);
  gtk_style_context_add_class (gtk_widget_get_style_context (self->position_label), "dim-label");
  gtk_label_set_width_chars (GTK_LABEL (self->position_label), 16);
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
  rd_window_load_init (self);

  rd_window_actions_connect_views (self);

  rd_drop_target_setup (self->view_stack, on_files_dropped, self);

  rd_window_update_actions (self);
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
  if (self->first_frame_wanted)
    rd_window_watch_first_paint (self);

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

RdSeriesBar *
rd_window_get_series_bar (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return rd_window_ensure_series_bar (self);
}

void
rd_window_set_file (RdWindow *self,
                    gboolean later,
                    GFile *file)
{
  g_return_if_fail (RD_IS_WINDOW (self));

  rd_window_show_page (self, "start");
  rd_start_page_set_file (RD_START_PAGE (rd_window_ensure_start_page (self)), later, file);
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

gboolean
rd_window_get_reading (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), FALSE);
  return self->cancellable != NULL || self->series_load != NULL || (self->start_page != NULL && rd_start_page_get_reading (RD_START_PAGE (self->start_page)));
}

gboolean
rd_window_get_load_waits_for_frame (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), FALSE);
  return self->deferred_loader != NULL;
}

RdChangeView *
rd_window_get_view (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return rd_window_current_view (self);
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
rd_window_get_shortcuts_window (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return self->shortcuts_window;
}

GtkWidget *
rd_window_get_start_page (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return rd_window_ensure_start_page (self);
}

void
rd_window_prepare_exit (RdWindow *self)
{
  g_return_if_fail (RD_IS_WINDOW (self));

  gtk_widget_hide (GTK_WIDGET (self));
  save_window_state (self);
  /* The process waits for every read to end before exiting
   * (rd_loader_wait_background ()): each stops at its next file or page. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  /* Its result, should it come, is for no load of this window's. */
  g_clear_object (&self->cancellable);
  if (self->series_load != NULL)
    g_cancellable_cancel (self->series_load);
  rd_window_cancel_series_lookup (self);
  if (self->start_page != NULL)
    rd_start_page_cancel_reading (RD_START_PAGE (self->start_page));
}
