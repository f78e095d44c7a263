/* rd-text-label.h: a line of text in a side panel or window of lines
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A label for text the user reads and may copy: starting at the left,
 * wrapped between words (inside a word when one is longer than the line),
 * at most @max_width_chars wide and, with @width_chars not -1, as narrow
 * as @width_chars; selectable by the mouse but never focused, so that no
 * label has all its text selected when its window opens.  @style_class:
 * a CSS class to add, or NULL. */
GtkWidget *rd_text_label_new (int width_chars,
                              int max_width_chars,
                              const char *style_class);

G_END_DECLS
