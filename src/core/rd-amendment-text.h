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

/* Attaches the amendments to @comparison (rd-annotations.h): each change's
 * label in the HTML, print and window says which instructions made it, and
 * their summaries list every amendment's instructions with their state. */
void rd_amended_draft_annotate (RdAmendedDraft *amended,
                                RdComparison *comparison);

G_END_DECLS
