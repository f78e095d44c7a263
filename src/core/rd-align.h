/* rd-align.h: aligning the paragraphs (or footnotes) of two versions
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rd-diff.h"

G_BEGIN_DECLS

/* What is aligned: a paragraph or a footnote, by its text and its kind. */
typedef struct
{
  const char *text;
  int kind;        /* items of different kinds align only at a cost, or as
                    * moves */
  gboolean hashed; /* hash and empty below are already known, from
                    * rd_align_hash_text() with the same flags */
  guint hash;
  gboolean empty;
} RdAlignItem;

/* The hash the alignment compares texts by (white space, and case or
 * punctuation when ignored, left out), and whether anything is left to
 * compare.  Computed ahead, in parallel, it saves the alignment a pass. */
guint rd_align_hash_text (const char *text, RdDiffFlags flags, gboolean *empty);

typedef enum
{
  RD_ALIGN_MATCH,  /* 1-1: the same paragraph, maybe edited */
  RD_ALIGN_DELETE, /* 1-0 */
  RD_ALIGN_INSERT, /* 0-1 */
  RD_ALIGN_SPLIT,  /* 1-2 or 1-3 */
  RD_ALIGN_MERGE,  /* 2-1 or 3-1 */
  RD_ALIGN_MOVE,   /* 1-1 out of order: found among leftover deletions and
                    * insertions */
} RdAlignStepType;

typedef struct
{
  RdAlignStepType type;
  guint old_start; /* first old item; meaningless for INSERT */
  guint old_count; /* 0 to 3 */
  guint new_start;
  guint new_count;
  double similarity;
} RdAlignStep;

/*
 * Thresholds, on the similarity of two texts' words (Dice's coefficient on
 * their multisets of words, 0 to 1).
 */

/* Below this, two paragraphs at the same place are shown as one deleted and
 * one inserted rather than as one modified: with less than half the words
 * in common, a redline is mostly strike-through and a reader is better
 * served reading the new paragraph whole. */
#define RD_ALIGN_MODIFIED_MIN 0.5

/* A deleted and an inserted paragraph far apart are one moved paragraph
 * only when clearly alike: two thirds of the words in common.  Higher than
 * RD_ALIGN_MODIFIED_MIN because a wrong move link misleads more than a
 * wrong modification next to its place. */
#define RD_ALIGN_MOVE_MIN 0.66

/* Each part of a split (or merge) must take at least this share of its
 * words from the other side, so that "old paragraph edited, plus a new
 * one after it" is not read as a split. */
#define RD_ALIGN_PART_CONTAINMENT_MIN 0.7

/* ... and explain, beyond what the other part explains, at least this share
 * of the shorter part's words. */
#define RD_ALIGN_PART_OWN_MIN 0.5

/* Costs in the dynamic programme: a deleted or inserted item costs 1, a
 * match 1 - similarity (at most 0.5), plus these. */
#define RD_ALIGN_SPLIT_PENALTY 0.15 /* prefer a 1-1 match when it explains as \
                                     * much */
#define RD_ALIGN_KIND_PENALTY 0.3   /* preambular against operative */

/* Past this many cells (9 bytes each) in one stretch between anchors, the
 * dynamic programme would grow quadratic in time and memory: the stretch
 * is first cut at its identical paragraphs (the shortest edit script over
 * whole texts) and the programme aligns the pieces; a stretch still too
 * large is left to the move pass, which pairs identical and clearly
 * similar texts, and the result says it is coarser. */
#define RD_ALIGN_MAX_CELLS (2 * 1000 * 1000)

typedef struct
{
  GArray *steps;     /* RdAlignStep, in reading order of both sides: every
                      * old and new item in exactly one step; a MOVE stands
                      * at its new place */
  GArray *move_from; /* guint per step: for a MOVE, the index of the step
                      * before which its old item stood (steps->len when
                      * last); G_MAXUINT otherwise */
  gboolean coarse;   /* a stretch was too large for the full alignment */
} RdAlignment;

RdAlignment *rd_align (const RdAlignItem *old_items, guint n_old, const RdAlignItem *new_items, guint n_new, RdDiffFlags flags);

void rd_alignment_free (RdAlignment *alignment);

/* Dice's coefficient on the words of two texts (exposed for tests). */
double rd_align_similarity (const char *a, const char *b, RdDiffFlags flags);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdAlignment, rd_alignment_free)

G_END_DECLS
