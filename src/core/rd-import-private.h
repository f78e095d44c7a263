/* rd-import-private.h: what rd-import.c shares with rd-import-file.c
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void rd_import_set_too_large (GError **error,
                              const char *name,
                              guint64 size);

G_END_DECLS
