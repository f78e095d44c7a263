/* rd-recent-pairs.h: the pairs of files compared lately
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  GFile *old_file;
  GFile *new_file;
  gint64 modified; /* seconds since the epoch */
} RdRecentPair;

void rd_recent_pair_free (RdRecentPair *pair);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdRecentPair, rd_recent_pair_free)

/* Records that @old_file was compared with @new_file, in the desktop's
 * list of recent files (GtkRecentManager). */
void rd_recent_pairs_add (GFile *old_file, GFile *new_file);

/* RdRecentPair *, most recent first, at most @max_pairs. */
GPtrArray *rd_recent_pairs_list (guint max_pairs);

G_END_DECLS
