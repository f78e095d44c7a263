/* rd-amendment-text.h: a draft compared with the draft as amended, as text
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-amended-draft.h"
#include "rd-comparison.h"

G_BEGIN_DECLS

/* The comparison of the draft (old) with the draft as amended (new) as
 * rd_text_write() writes it, with after the "Old:" and "New:" lines each
 * amendment and what became of each of its instructions, and each change
 * followed by the instructions that made it: "[A/80/L.28: 1, 2]". */
char *rd_amended_draft_write_text (RdAmendedDraft *amended,
                                   RdComparison *comparison,
                                   gboolean color);

G_END_DECLS
