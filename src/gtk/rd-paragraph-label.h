/* rd-paragraph-label.h: a wrapping label that is cheap to measure
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RD_TYPE_PARAGRAPH_LABEL (rd_paragraph_label_get_type ())
G_DECLARE_FINAL_TYPE (RdParagraphLabel, rd_paragraph_label, RD, PARAGRAPH_LABEL, GtkLabel)

/* A selectable, word-wrapping label for a paragraph of markup. */
GtkWidget *rd_paragraph_label_new (const char *markup);

G_END_DECLS
