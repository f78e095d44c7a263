/* rd-diff.h: word-level diff of two texts, cleaned up for reading
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  RD_DIFF_EQUAL = '=',
  RD_DIFF_DELETE = '-',
  RD_DIFF_INSERT = '+',
} RdDiffOp;

typedef enum
{
  RD_DIFF_FLAGS_NONE = 0,
  RD_DIFF_IGNORE_CASE = 1 << 0,        /* "Member States" = "member states" */
  RD_DIFF_IGNORE_PUNCTUATION = 1 << 1, /* a change of punctuation alone is
                                        * no change */
} RdDiffFlags;

typedef struct
{
  RdDiffOp op;
  char *text;     /* DELETE: old text; INSERT: new text; EQUAL: new text.
                   * Owned by the diff's segments array (its free function
                   * frees it), which for an unchanged paragraph of a
                   * comparison borrows it from the new document */
  char *old_text; /* EQUAL only: the old text when it is written otherwise
                   * (white space, or case and punctuation when ignored);
                   * NULL when it reads the same */
} RdDiffSegment;

typedef struct
{
  GPtrArray *segments;  /* RdDiffSegment *, in order; adjacent segments
                         * never share an op */
  guint words_deleted;  /* word and number tokens in DELETE segments */
  guint words_inserted; /* likewise in INSERT segments */
  guint words_old;      /* word and number tokens in the old text */
  guint words_new;
  gboolean coarse; /* the budget ran out: the result is correct but
                    * coarser than the best */
  gsize cost;      /* token comparisons spent, to charge against a
                    * budget shared by several diffs */
} RdDiff;

/* Past this many token comparisons (roughly N x D in Myers' algorithm) the
 * diff stops looking for the shortest edit script and settles for a
 * correct, coarser one, so no input makes it quadratic without bound. */
#define RD_DIFF_DEFAULT_BUDGET (4 * 1000 * 1000)

/*
 * Compares two texts word by word.  Tokens are words, numbers and
 * punctuation marks; white space is kept for display but is never a
 * change by itself, and text that differs only in where spaces fall
 * ("General Assem bly" / "General Assembly") is equal.  The result is
 * cleaned up to read like a careful human redline: edits on word
 * boundaries, no chaff (a short common word left standing between a
 * deletion and an insertion is folded into the change), a wholesale
 * rewrite as one deletion and one insertion.
 *
 * Applying the DELETE and INSERT segments to @old_text gives @new_text
 * (up to white space): the concatenation of EQUAL and DELETE texts (EQUAL
 * in its old form) is @old_text, and of EQUAL and INSERT texts is
 * @new_text, each with white space folded.
 *
 * @budget: token comparisons allowed, or 0 for RD_DIFF_DEFAULT_BUDGET.
 */
RdDiff *rd_diff_texts (const char *old_text, const char *new_text, RdDiffFlags flags, gsize budget);

void rd_diff_free (RdDiff *diff);

/* Whether the diff has any DELETE or INSERT segment. */
gboolean rd_diff_has_changes (const RdDiff *diff);

/* Similarity of the two texts, 0 to 1: twice the words in common over the
 * words of both (Dice's coefficient on the diff). */
double rd_diff_similarity (const RdDiff *diff);

/* The old (or new) text rebuilt from the segments. */
char *rd_diff_old_text (const RdDiff *diff);
char *rd_diff_new_text (const RdDiff *diff);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdDiff, rd_diff_free)

G_END_DECLS
