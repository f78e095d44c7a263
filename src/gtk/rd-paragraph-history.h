/* rd-paragraph-history.h: one paragraph's history through a series
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rd-series.h"

G_BEGIN_DECLS

/*
 * A window showing one paragraph's lineage (rd-series.h): for each version
 * of the series, what the paragraph was called there and its text (or that
 * it was not there), and between two versions the step's change as a
 * redline, from that step's presentation.
 */

#define RD_TYPE_PARAGRAPH_HISTORY (rd_paragraph_history_get_type ())
G_DECLARE_FINAL_TYPE (RdParagraphHistory, rd_paragraph_history, RD, PARAGRAPH_HISTORY, GtkWindow)

/* The history of paragraph @index of version @version of @series. */
GtkWidget *rd_paragraph_history_new (GtkWindow *parent, RdSeries *series, guint version, guint index);

const RdLineage *rd_paragraph_history_get_lineage (RdParagraphHistory *self);

/* What the window shows, as plain text, a line per version and per
 * change: "A/RES/79/198 — PP 4: text", "Modified (routine update): …". */
char *rd_paragraph_history_dup_text (RdParagraphHistory *self);

G_END_DECLS
