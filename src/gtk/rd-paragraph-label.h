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

/* A paragraph's lines are never longer than this many characters of the
 * font's approximate width (some 95 of running text): in a maximised
 * window they ran to 170, too long to read.  A wider column leaves the rest
 * of its width empty. */
#define RD_PARAGRAPH_MAX_CHARS 120

/* A selectable, word-wrapping label for a paragraph of markup. */
GtkWidget *rd_paragraph_label_new (const char *markup);
/* The width a paragraph of @widget's font takes at most, in pixels. */
int rd_paragraph_label_max_width (GtkWidget *widget);

G_END_DECLS
