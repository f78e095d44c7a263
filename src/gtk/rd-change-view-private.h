/* rd-change-view-private.h: what the parts of RdChangeView share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-change-view.h"

G_BEGIN_DECLS

/* The labels Find reads (rd_change_view_new_text_label ()). */
#define SEARCHABLE_KEY "rd-searchable"

/* GtkLabel::activate-link of the views' labels: "rd-change:N" selects
 * change N, "rd-origin:N" goes to where moved change N stood. */
gboolean rd_change_view_on_activate_link (GtkLabel *label, const char *uri, gpointer user_data);

G_END_DECLS
