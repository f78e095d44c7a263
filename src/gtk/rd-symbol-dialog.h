/* rd-symbol-dialog.h: open two versions by their document symbols
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * "Open by Symbol": two symbols (the earlier and the later version), the
 * language, checked as they are typed; Compare fetches both documents and
 * their records into the cache (rd-fetch.h) with a progress bar and Cancel,
 * says when a copy in the cache will be used and how old it is, and emits
 * "fetched" with the two cached files, which the window opens as any
 * files (their records come from the cache beside them).  Errors stay in
 * the dialog, one line naming the symbol.
 */

#define RD_TYPE_SYMBOL_DIALOG (rd_symbol_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RdSymbolDialog, rd_symbol_dialog, RD, SYMBOL_DIALOG, GtkDialog)

GtkWidget *rd_symbol_dialog_new (GtkWindow *parent);

/* Fills in the two symbols, as typed (tests, recent symbols). */
void rd_symbol_dialog_set_symbols (RdSymbolDialog *self, const char *old_symbol, const char *new_symbol);

/* The language the documents will be fetched in ("fr"): at first the
 * preferences' (rd_fetch_get_default_language()), then the reader's
 * choice, for this dialog only. */
const char *rd_symbol_dialog_get_language (RdSymbolDialog *self);
void rd_symbol_dialog_set_language (RdSymbolDialog *self, const char *language);

/* Whether both symbols have a symbol's shape (Compare is offered). */
gboolean rd_symbol_dialog_is_valid (RdSymbolDialog *self);

/* Whether a fetch is running. */
gboolean rd_symbol_dialog_is_fetching (RdSymbolDialog *self);

/* The line under the earlier (@later FALSE) or later symbol: why it is
 * not a symbol, or that a cached copy will be used and its age; "" when
 * there is nothing to say. */
const char *rd_symbol_dialog_get_note (RdSymbolDialog *self, gboolean later);

/* The line under the progress bar: the error of the last fetch, or what
 * is being fetched. */
const char *rd_symbol_dialog_get_status (RdSymbolDialog *self);

G_END_DECLS
