/* rd-citations.h: footnotes through the paragraphs that cite them
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-comparison.h"
#include "rd-document.h"

G_BEGIN_DECLS

/*
 * A footnote is what a paragraph cites at a place in its words.  Two
 * versions' footnotes are the same note when the paired paragraphs cite
 * them after the same words ("resolution 32/1", "Summit,"), whatever their
 * texts: "A/79/229 and Corr.1." becoming "A/80/290." at the same place is
 * the note brought up to date, not one deleted and another inserted; and
 * two "Resolution 70/1, annex." notes pair with the places that cite them.
 */

typedef struct
{
  guint old_index; /* footnote indices in each document */
  guint new_index;
} RdCitationPair;

/* The pairs of footnotes, each footnote in one pair at most, in the new
 * order: first the pairs of @footnote_changes (the footnotes' own
 * alignment, by their texts) whose texts are the same and found once on
 * each side; then the footnotes cited at the same place of the paragraphs
 * that @changes pair; then the other 1-1 pairs of @footnote_changes whose
 * texts are the same or whose citing paragraphs @changes pair (or where
 * one side is cited by no paragraph read).  A footnote in no pair is
 * deleted or inserted. */
GArray *rd_citations_pair_footnotes (RdDocument *old_document, RdDocument *new_document, GPtrArray *changes, GPtrArray *footnote_changes);

/* Marks the 1-1 paragraph changes of @changes whose paragraphs cite other
 * footnotes (gained, lost or replaced, as @footnote_changes pair them; not
 * renumbered) as citations_changed, and modified when unchanged. */
void rd_citations_compare (RdDocument *old_document, RdDocument *new_document, GPtrArray *changes, GPtrArray *footnote_changes);

G_END_DECLS
