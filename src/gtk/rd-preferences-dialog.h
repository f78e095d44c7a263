/* rd-preferences-dialog.h: comparison options and the redline style
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RD_TYPE_PREFERENCES_DIALOG (rd_preferences_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RdPreferencesDialog, rd_preferences_dialog, RD, PREFERENCES_DIALOG, GtkDialog)

GtkWidget *rd_preferences_dialog_new (GtkWindow *parent, GSettings *settings);
/* The language documents opened by symbol are fetched in (the setting
 * fetch-language): a GtkComboBoxText whose ids are the setting's values. */
GtkWidget *rd_preferences_dialog_get_fetch_language_combo (RdPreferencesDialog *self);
/* The text size (the text-zoom key, percent) and the print option
 * (print-renumbered). */
GtkWidget *rd_preferences_dialog_get_text_size_spin (RdPreferencesDialog *self);
GtkWidget *rd_preferences_dialog_get_print_renumbered_switch (RdPreferencesDialog *self);

G_END_DECLS
