/* rd-key-event.c: a key event as the keyboard sends it, for the bench's
 * keys (rd-application.c) and the tests: the keymap's key for the keyval,
 * the seat's keyboard as its device, handled at once by GTK
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-key-event.h"

/* Public API */

/* Sends one @type (press or release) of @keyval with @state to @widget's
 * window; FALSE, nothing sent, when the widget has no window (gone, or
 * not realized) or the keymap has no key for @keyval. */
gboolean
rd_key_event_send (GtkWidget *widget,
                   GdkEventType type,
                   guint keyval,
                   GdkModifierType state)
{
  GdkWindow *window = gtk_widget_get_window (widget);
  GdkDisplay *display = gtk_widget_get_display (widget);
  g_autofree GdkKeymapKey *keys = NULL;
  int n_keys = 0;
  GdkEvent *event;

  g_return_val_if_fail (type == GDK_KEY_PRESS || type == GDK_KEY_RELEASE, FALSE);

  if (window == NULL)
    return FALSE;
  if (!gdk_keymap_get_entries_for_keyval (gdk_keymap_get_for_display (display), keyval, &keys, &n_keys) || n_keys == 0)
    return FALSE;
  event = gdk_event_new (type);
  event->key.window = g_object_ref (window);
  event->key.send_event = TRUE;
  event->key.time = GDK_CURRENT_TIME;
  event->key.state = state;
  event->key.keyval = keyval;
  event->key.hardware_keycode = keys[0].keycode;
  event->key.group = keys[0].group;
  gdk_event_set_device (event, gdk_seat_get_keyboard (gdk_display_get_default_seat (display)));
  gtk_main_do_event (event);
  gdk_event_free (event);
  return TRUE;
}
