/* rd-align-private.h: the items rd_align() compares, prepared, and their
 * measures (shared words, leads, passages of their own)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-align.h"

G_BEGIN_DECLS

/* How many leading words of each item are kept in order, to see a
 * paragraph cut short or with its tail rewritten. */
#define LEAD_WORDS 64

typedef struct
{
  guint key_hash;   /* of the text with white space removed, compared */
  gboolean empty;   /* nothing left to compare */
  GArray *words;    /* guint32 word hashes, sorted; computed only for items
                     * that are not anchors (most are), when first needed */
  GArray *lead;     /* guint32: the first LEAD_WORDS word hashes, in reading
                     * order; with words */
  GArray *trigrams; /* guint32 hashes of each three words in a row, sorted;
                     * with words */
  const char *text;
  RdDiffFlags flags;
  int kind;
  const guint32 *hashed_words; /* its word hashes in reading order, when
                                * the table of trigram holders has them
                                * (it hashes every item's words): NULL
                                * until then */
  guint n_hashed_words;
} RdPreparedItem;

/* How many items hold each trigram: an open-addressing table of the
 * hashes, and beside it their counts, which stop at 255 (the question is
 * only whether two items or more hold one).  A count of 0 is an empty
 * slot.  A third of GHashTable's memory, no calls per lookup. */
typedef struct
{
  guint32 *keys;
  guint8 *counts;
  guint32 size; /* slots */
} RdTrigramTable;

/* How many items of either version hold each trigram, and every item's
 * word hashes, which the table was counted from. */
typedef struct RdTrigramHolders
{
  RdTrigramTable table;
  GArray *words; /* guint32: the items' word hashes, one item after the
                  * other, which the items point into */
} RdTrigramHolders;

/* Where @trigram's search starts: Fibonacci hashing (the product mixes
 * all of the trigram's bits into its high bits), taken to the table's
 * size by multiplying (Lemire's reduction), as the size is any. */
static inline guint32
rd_align_trigram_home (const RdTrigramTable *table,
                       guint32 trigram)
{
  return (guint32) (((guint64) (trigram * 2654435769u) * table->size) >> 32);
}

static inline guint32
rd_align_trigram_slot (const RdTrigramTable *table,
                       guint32 trigram)
{
  guint32 slot = rd_align_trigram_home (table, trigram);

  while (table->counts[slot] != 0 && table->keys[slot] != trigram)
    slot = slot + 1 < table->size ? slot + 1 : 0;
  return slot;
}

/* How many items of either version hold @trigram, 255 at most. */
static inline guint
rd_align_trigram_holders_count (const RdTrigramHolders *holders,
                                guint32 trigram)
{
  return holders->table.counts[rd_align_trigram_slot (&holders->table, trigram)];
}

RdPreparedItem *rd_align_prepare_items (const RdAlignItem *items, guint n, RdDiffFlags flags);
void rd_align_free_items (RdPreparedItem *items, guint n);
GArray *rd_align_words_of (RdPreparedItem *item);
gboolean rd_align_same_text (const RdPreparedItem *a, const RdPreparedItem *b);
guint rd_align_prepared_hash (gconstpointer item);
gboolean rd_align_prepared_equal (gconstpointer a, gconstpointer b);
guint rd_align_common_words (const GArray *a, const GArray *b);
guint rd_align_common_words_2 (const GArray *a, const GArray *b1, const GArray *b2);
double rd_align_dice (guint common, guint a, guint b);
guint rd_align_shared_lead (const RdPreparedItem *a, const RdPreparedItem *b);
RdTrigramHolders *rd_align_trigram_holders_new (RdPreparedItem *old_items, guint n_old, RdPreparedItem *new_items, guint n_new);
void rd_align_trigram_holders_free (RdTrigramHolders *holders);
double rd_align_item_similarity (RdPreparedItem *a, RdPreparedItem *b);
double rd_align_cell_similarity (const RdPreparedItem *a, const RdPreparedItem *b, guint common);

G_END_DECLS
