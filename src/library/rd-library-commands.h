/* rd-library-commands.h: the command line's --index and --precedents
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rd-comparison.h"

G_BEGIN_DECLS

/* Both write to standard output, report trouble on standard error
 * ("resdiff: FILE: cause") and return the exit status (docs/library.md).
 * @library_path: NULL for the default library. */
int rd_library_run_index (const char *library_path, char **paths);
int rd_library_run_precedents (const char *library_path, const char *input, gboolean json);

/* Notes of agreed language on @comparison (rd_library_annotate ()). */
gboolean rd_library_run_annotate (const char *library_path, RdComparison *comparison, GError **error);

G_END_DECLS
