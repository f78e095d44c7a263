/* rd-export-chooser.h: where to save an export of the comparison
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rd-window.h"

G_BEGIN_DECLS

/* A modal save dialog for the export @kind (Save as HTML, Export PDF,
 * Save as Word, Save as OpenDocument), over @parent, that suggests
 * "NAME (changes).EXT" in the folder of @later_version and confirms before
 * overwriting.  The caller connects to its "response", shows it and unrefs
 * it. */
GtkFileChooserNative *rd_export_chooser_new (GtkWindow *parent, RdWindowExport kind, GFile *later_version);

/* The export that the window's action @action ("save-odt" for win.save-odt)
 * asks for, in @kind; FALSE when @action is no export. */
gboolean rd_export_chooser_kind_for_action (const char *action, RdWindowExport *kind);

G_END_DECLS
