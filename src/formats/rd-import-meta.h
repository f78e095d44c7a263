/* rd-import-meta.h: what a document says about itself: its language, its tracked changes
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-block.h"
#include "rd-import.h"

G_BEGIN_DECLS

/* Tells that tracked changes were accepted: insertions kept, deletions
 * dropped (nothing when both counts are 0). */
void rd_block_list_warn_tracked_changes (RdBlockList *list, guint insertions, guint deletions, RdTrackedChanges changes);

/* A BCP 47 tag from what a file says (ISO 639-1 or 639-2 codes, "en-GB",
 * "en_US"), or NULL when it is not a language tag. */
char *rd_language_tag_normalize (const char *value);

G_END_DECLS
