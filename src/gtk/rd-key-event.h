/* rd-key-event.h: a key event as the keyboard sends it
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean rd_key_event_send (GtkWidget *widget,
                            GdkEventType type,
                            guint keyval,
                            GdkModifierType state);

G_END_DECLS
