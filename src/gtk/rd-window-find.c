/* rd-window-find.c: the window's search bar (Find)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-window-private.h"

#include <glib/gi18n.h>

static void
run_search (RdWindow *self,
            gboolean forward,
            gboolean restart)
{
  RdChangeView *view = rd_window_current_view (self);
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
      rd_change_view_reset_search (rd_window_current_view (self));
      gtk_label_set_text (GTK_LABEL (self->search_status), "");
    }
}

/* A button of the bar: an icon, a tooltip and an accessible name. */
static GtkWidget *
new_bar_button (const char *icon_name,
                const char *tooltip,
                const char *accessible_name,
                GCallback on_clicked,
                RdWindow *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name, GTK_ICON_SIZE_BUTTON);

  gtk_widget_set_tooltip_text (button, tooltip);
  atk_object_set_name (gtk_widget_get_accessible (button), accessible_name);
  g_signal_connect_object (button, "clicked", on_clicked, self, 0);
  return button;
}

/* The search bar is built when Find is first asked for, not with the
 * window: though hidden, its entry (GtkEntry lays out text as it is made)
 * and its icons cost the window's first frame some 5 ms of processor
 * time. Below the bars, above the pages. */
void
rd_window_find_ensure_bar (RdWindow *self)
{
  GtkWidget *bar_box;
  GtkWidget *buttons;
  GtkWidget *parent;
  int reload_position = 0;

  if (self->search_bar != NULL)
    return;

  self->search_entry = gtk_search_entry_new ();
  gtk_entry_set_width_chars (GTK_ENTRY (self->search_entry), 32);
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->search_entry), _ ("Find in both versions"));
  atk_object_set_name (gtk_widget_get_accessible (self->search_entry), _ ("Find"));
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self, 0);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (on_search_forward), self, 0);
  g_signal_connect_object (self->search_entry, "next-match", G_CALLBACK (on_search_forward), self, 0);
  g_signal_connect_object (self->search_entry, "previous-match", G_CALLBACK (on_search_backward), self, 0);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (on_search_stop), self, 0);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_style_context_add_class (gtk_widget_get_style_context (buttons), "linked");
  gtk_container_add (GTK_CONTAINER (buttons),
                     new_bar_button ("go-up-symbolic", _ ("Previous match (Shift+Ctrl+G)"), _ ("Previous match"), G_CALLBACK (on_search_backward), self));
  gtk_container_add (GTK_CONTAINER (buttons),
                     new_bar_button ("go-down-symbolic", _ ("Next match (Ctrl+G)"), _ ("Next match"), G_CALLBACK (on_search_forward), self));

  self->search_status = gtk_label_new (NULL);
  gtk_style_context_add_class (gtk_widget_get_style_context (self->search_status), "dim-label");

  bar_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_container_add (GTK_CONTAINER (bar_box), self->search_entry);
  gtk_container_add (GTK_CONTAINER (bar_box), buttons);
  gtk_container_add (GTK_CONTAINER (bar_box), self->search_status);

  self->search_bar = gtk_search_bar_new ();
  gtk_search_bar_set_show_close_button (GTK_SEARCH_BAR (self->search_bar), TRUE);
  gtk_container_add (GTK_CONTAINER (self->search_bar), bar_box);
  gtk_widget_show_all (self->search_bar);

  parent = gtk_widget_get_parent (self->reload_bar);
  gtk_container_child_get (GTK_CONTAINER (parent), self->reload_bar, "position", &reload_position, NULL);
  gtk_box_pack_start (GTK_BOX (parent), self->search_bar, FALSE, FALSE, 0);
  gtk_box_reorder_child (GTK_BOX (parent), self->search_bar, reload_position + 1);

  gtk_search_bar_connect_entry (GTK_SEARCH_BAR (self->search_bar), GTK_ENTRY (self->search_entry));
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (on_search_mode_changed), self, 0);
  /* Realized now: the entry takes the focus at once, and the release of
   * the key that asked for it goes to the focus. */
  if (gtk_widget_get_realized (GTK_WIDGET (self)))
    gtk_widget_realize (self->search_entry);
}
