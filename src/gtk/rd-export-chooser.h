/* rd-export-chooser.h: where to save an export of the comparison
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A modal save dialog for Save as HTML (or, with @pdf, Export PDF), over
 * @parent, that suggests "NAME (changes).html" in the folder of
 * @later_version and confirms before overwriting.  The caller connects to
 * its "response", shows it and unrefs it. */
GtkFileChooserNative *rd_export_chooser_new (GtkWindow *parent, gboolean pdf, GFile *later_version);

/* The same for Save as Word, "NAME (changes).docx", or with @odt Save as
 * OpenDocument, "NAME (changes).odt". */
GtkFileChooserNative *rd_export_chooser_new_office (GtkWindow *parent, gboolean odt, GFile *later_version);

G_END_DECLS
