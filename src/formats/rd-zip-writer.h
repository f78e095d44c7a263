/* rd-zip-writer.h: a zip archive in memory, for the Word and OpenDocument
 * writers
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name; /* the entry's path in the archive */
  GBytes *data;     /* written deflated */
  gboolean stored;  /* written as it is, with no extra field (the
                     * "mimetype" of an OpenDocument package) */
} RdZipEntry;

/* The entries in order as one zip archive (libarchive), or NULL with an
 * error in G_IO_ERROR whose message gives the cause only. */
GBytes *rd_zip_write (const RdZipEntry *entries, guint n_entries, GDateTime *mtime, GError **error);

G_END_DECLS
