/* rd-library-notes.h: agreed language on a comparison, from the library
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-comparison.h"

G_BEGIN_DECLS

/* $XDG_DATA_HOME/resdiff/library.sqlite, where --index writes by default. */
char *rd_library_notes_default_path (void);

/* With the library at @library_path, or the default one when it exists
 * (@library_path NULL), attaches to @comparison a note of agreed language
 * on each inserted or modified paragraph (docs/library.md), through the
 * "library" module (SQLite), which nothing loads when there is no
 * library.  @attached says whether a library was used.  FALSE with an
 * error naming the library when it cannot be read. */
gboolean rd_library_notes_attach (RdComparison *comparison,
                                  const char *library_path,
                                  gboolean *attached,
                                  GError **error);

G_END_DECLS
