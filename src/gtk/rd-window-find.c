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

void
rd_window_find_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_forward);
  gtk_widget_class_bind_template_callback (widget_class, on_search_backward);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);
}

void
rd_window_find_init (RdWindow *self)
{
  gtk_search_bar_connect_entry (GTK_SEARCH_BAR (self->search_bar), GTK_ENTRY (self->search_entry));
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (on_search_mode_changed), self, 0);
}
