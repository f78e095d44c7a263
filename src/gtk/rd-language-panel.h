/* rd-language-panel.h: the agreed language of the current paragraph
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rd-presentation.h"

G_BEGIN_DECLS

#define RD_TYPE_LANGUAGE_PANEL (rd_language_panel_get_type ())
G_DECLARE_FINAL_TYPE (RdLanguagePanel, rd_language_panel, RD, LANGUAGE_PANEL, GtkBox)

/*
 * With a library (docs/library.md), what the paragraph the reader is on
 * inserted: "OP 12, modified", "agreed in A/RES/79/198, OP 12", and for
 * partly agreed language each run of agreed words with its source.  Shown
 * only when the comparison has notes of agreed language.
 */
GtkWidget *rd_language_panel_new (void);

/* The comparison's presentation (NULL: none), and the change the reader is
 * on (NULL: none). */
void rd_language_panel_set_change (RdLanguagePanel *self,
                                   RdPresentation *presentation,
                                   const RdChange *change);

/* What the panel says, its lines joined by newlines (for tests). */
char *rd_language_panel_dup_text (RdLanguagePanel *self);

G_END_DECLS
