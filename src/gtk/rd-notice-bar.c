/* rd-notice-bar.c: a passing word to the reader, above the comparison
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-notice-bar.h"

#include <glib/gi18n.h>

/* The struct */

struct _RdNoticeBar
{
  GtkInfoBar parent_instance;

  GtkWidget *label;
  GtkWidget *open_button;
  GtkWidget *folder_button;
  GFile *file; /* what was saved, for the buttons */
  guint hide_id;
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdNoticeBar, rd_notice_bar, GTK_TYPE_INFO_BAR)

enum
{
  RESPONSE_OPEN = 1,
  RESPONSE_SHOW_IN_FOLDER,
};

/* Long enough to read a line, short enough not to linger. */
#define MESSAGE_SECONDS 5

/* Static helpers */

static gboolean
hide_notice (gpointer user_data)
{
  RdNoticeBar *self = user_data;

  self->hide_id = 0;
  gtk_widget_hide (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
show_uri (RdNoticeBar *self,
          GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr (GError) error = NULL;
  GtkWidget *toplevel = gtk_widget_get_toplevel (GTK_WIDGET (self));

  if (!gtk_show_uri_on_window (GTK_IS_WINDOW (toplevel) ? GTK_WINDOW (toplevel) : NULL, uri, GDK_CURRENT_TIME, &error))
    g_warning ("Could not open %s: %s", uri, error->message);
}

static void
on_show_items_done (GObject *source,
                    GAsyncResult *result,
                    gpointer user_data)
{
  g_autoptr (RdNoticeBar) self = user_data;
  g_autoptr (GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL);

  /* No file manager on the bus: open the folder instead. */
  if (reply == NULL && self->file != NULL)
    {
      g_autoptr (GFile) parent = g_file_get_parent (self->file);

      if (parent != NULL)
        show_uri (self, parent);
    }
}

/* The file manager's own "show this file", which selects it in its
 * folder. */
static void
show_in_folder (RdNoticeBar *self)
{
  GDBusConnection *bus = g_application_get_default () != NULL ? g_application_get_dbus_connection (g_application_get_default ()) : NULL;
  g_autofree char *uri = g_file_get_uri (self->file);
  const char *uris[] = { uri, NULL };

  if (bus == NULL)
    {
      g_autoptr (GFile) parent = g_file_get_parent (self->file);

      if (parent != NULL)
        show_uri (self, parent);
      return;
    }
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1", "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(^ass)", uris, ""), NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, on_show_items_done, g_object_ref (self));
}

/* Callbacks */

static void
on_response (GtkInfoBar *bar,
             int response,
             gpointer user_data)
{
  RdNoticeBar *self = RD_NOTICE_BAR (bar);

  if (response == RESPONSE_OPEN && self->file != NULL)
    show_uri (self, self->file);
  else if (response == RESPONSE_SHOW_IN_FOLDER && self->file != NULL)
    show_in_folder (self);
  g_clear_handle_id (&self->hide_id, g_source_remove);
  gtk_widget_hide (GTK_WIDGET (self));
}

/* GObject overrides */

static void
rd_notice_bar_dispose (GObject *object)
{
  RdNoticeBar *self = RD_NOTICE_BAR (object);

  g_clear_handle_id (&self->hide_id, g_source_remove);
  g_clear_object (&self->file);
  G_OBJECT_CLASS (rd_notice_bar_parent_class)->dispose (object);
}

/* Class and instance init */

static void
rd_notice_bar_class_init (RdNoticeBarClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rd_notice_bar_dispose;
}

static void
rd_notice_bar_init (RdNoticeBar *self)
{
  GtkInfoBar *bar = GTK_INFO_BAR (self);

  gtk_info_bar_set_message_type (bar, GTK_MESSAGE_INFO);
  gtk_info_bar_set_show_close_button (bar, TRUE);
  self->label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0.0);
  gtk_label_set_line_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (self->label), TRUE);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_widget_show (self->label);
  gtk_container_add (GTK_CONTAINER (gtk_info_bar_get_content_area (bar)), self->label);
  self->open_button = gtk_info_bar_add_button (bar, _ ("_Open"), RESPONSE_OPEN);
  self->folder_button = gtk_info_bar_add_button (bar, _ ("Show in _Folder"), RESPONSE_SHOW_IN_FOLDER);
  g_signal_connect (self, "response", G_CALLBACK (on_response), NULL);
  gtk_widget_set_no_show_all (GTK_WIDGET (self), TRUE);
}

/* Public API */

GtkWidget *
rd_notice_bar_new (void)
{
  return g_object_new (RD_TYPE_NOTICE_BAR, NULL);
}

void
rd_notice_bar_show_message (RdNoticeBar *self,
                            const char *text)
{
  g_return_if_fail (RD_IS_NOTICE_BAR (self));

  g_clear_object (&self->file);
  gtk_label_set_text (GTK_LABEL (self->label), text);
  gtk_widget_hide (self->open_button);
  gtk_widget_hide (self->folder_button);
  gtk_widget_show (GTK_WIDGET (self));
  g_clear_handle_id (&self->hide_id, g_source_remove);
  self->hide_id = g_timeout_add_seconds (MESSAGE_SECONDS, hide_notice, self);
}

void
rd_notice_bar_show_saved (RdNoticeBar *self,
                          GFile *file)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (RD_IS_NOTICE_BAR (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->file, file);
  name = g_file_get_basename (file);
  /* TRANSLATORS: %s is a file name, after Save as HTML or Export PDF */
  text = g_strdup_printf (_ ("Saved “%s”."), name);
  gtk_label_set_text (GTK_LABEL (self->label), text);
  gtk_widget_show (self->open_button);
  gtk_widget_show (self->folder_button);
  g_clear_handle_id (&self->hide_id, g_source_remove);
  gtk_widget_show (GTK_WIDGET (self));
}

const char *
rd_notice_bar_get_message (RdNoticeBar *self)
{
  g_return_val_if_fail (RD_IS_NOTICE_BAR (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self)) ? gtk_label_get_text (GTK_LABEL (self->label)) : NULL;
}

GFile *
rd_notice_bar_get_file (RdNoticeBar *self)
{
  g_return_val_if_fail (RD_IS_NOTICE_BAR (self), NULL);
  return self->file;
}
