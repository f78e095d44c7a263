/* rd-recent-pairs.h: the pairs of files compared lately
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rd-document.h"

G_BEGIN_DECLS

typedef struct
{
  GFile *old_file;
  GFile *new_file;
  gint64 modified; /* seconds since the epoch */
  /* What each file was when compared (NULL when it had none): the
   * symbol ("A/C.3/80/L.4") and type ("draft resolution"). */
  char *old_symbol;
  char *old_type;
  char *new_symbol;
  char *new_type;
} RdRecentPair;

void rd_recent_pair_free (RdRecentPair *pair);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdRecentPair, rd_recent_pair_free)

/* Records that @old_file was compared with @new_file, in the desktop's
 * list of recent files (GtkRecentManager), with the symbol and type of
 * each as read (@old_document, @new_document: NULL when not read). */
void rd_recent_pairs_add (GFile *old_file, GFile *new_file, RdDocument *old_document, RdDocument *new_document);

/* "A/C.3/80/L.4 → A/C.3/80/L.4/Rev.1", each side's file name where it has
 * no symbol. */
char *rd_recent_pair_dup_title (const RdRecentPair *pair);

/* RdRecentPair *, most recent first, at most @max_pairs. */
GPtrArray *rd_recent_pairs_list (guint max_pairs);

G_END_DECLS
