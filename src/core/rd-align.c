/* rd-align.c: aligning the paragraphs (or footnotes) of two versions
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Global and order-aware, in four passes:
 *  1. anchors: items whose text is identical (up to white space) and unique
 *     in both versions, kept in order by a longest increasing subsequence;
 *  2. between anchors, a dynamic programme with 1-1, 1-0, 0-1, 1-2, 2-1,
 *     1-3 and 3-1 steps whose costs come from the similarity of the words;
 *     a pair less alike is still one provision at its place when it keeps
 *     its lead or a passage no other item has (runs of three words counted
 *     over both versions), a pair alike only by stock phrases is none, nor
 *     a preambular and an operative paragraph less alike than a move; the
 *     parts of a split may share their words but not their sentences, and
 *     one of them may grow if it keeps the paragraph's lead;
 *  3. leftover deletions and insertions paired as moves when clearly alike
 *     or sharing a long passage of their own, then, over all the pairs,
 *     the largest set in order kept and the rest made the moves (the fewest
 *     moves that explain the new order);
 *  4. the steps, in reading order, with where each moved item came from.
 *
 * The items' preparation (hashes, words, leads, runs of three words) and
 * the measures over them are in rd-align-items.c.
 *
 * Why one file over 1,200 lines: the four passes are one algorithm over
 * one state (the anchors, the step table, the pairs and moves being
 * built), each pass reading what the one before left; split by pass,
 * that state and the cost model would become a header's worth of
 * private API shared by all of them, with no pass usable alone.
 */

#include "config.h"

#include "rd-align.h"

#include <math.h>
#include <string.h>

#include "rd-align-private.h"
#include "rd-document.h"

/* Candidate pairs the move pass compares one by one; beyond, it pairs only
 * identical texts, so no input makes it quadratic without bound. */
#define MAX_MOVE_PAIRS (2 * 1000 * 1000)

/* A gap too large for the dynamic programme is first cut at its identical
 * paragraphs by the shortest edit script over whole texts, up to this many
 * paragraphs deleted or inserted (the search keeps a trace of about its
 * square, in 4-byte cells: 16 MB at most). */
#define LARGE_GAP_MAX_EDITS 2048

/* A pair sharing this many leading words (and at least LEAD_SHARE_MIN of
 * the shorter text) is the same provision revised at its place — cut
 * short, or with its tail rewritten — however little of the rest is
 * alike: "Takes note of the report of the Secretary-General on X, and
 * requests ..." cut to "Takes note of the report of the Secretary-General
 * on X;". */
#define LEAD_MIN 6
#define LEAD_SHARE_MIN 0.4
/* A lead this long names the provision whatever follows it. */
#define LEAD_LONG 12
/* ... and a shorter text found whole in the longer one, its first words
 * the same, is it cut (or grown) at its place. */
#define LEAD_CONTAINED_MIN 4
#define CONTAINED_SHARE_MIN 0.9

/* A pair at the same place sharing this many runs of three words in order
 * found in no other item of either version, and at least SHARED_RUN_SIM_MIN
 * of its words, is one provision rewritten around a passage it keeps — the
 * title of a report, the name of a conference — even when its verb and
 * most of its description changed: "Welcomes the report of the
 * Secretary-General on X, and recognizes ..." against "Takes note of the
 * report of the Secretary-General on X, which was developed ...".  Two
 * different paragraphs share loose words and stock phrases ("the 2030
 * Agenda for Sustainable Development"), seldom a passage of their own. */
#define SHARED_TRIGRAMS_MIN 5
#define SHARED_RUN_SIM_MIN 0.3
/* ... and stands where the other stood: at most this far apart, as shares
 * of the two documents' lengths.  A long stretch between identical
 * paragraphs can pair its first paragraph with its last. */
#define SHARED_RUN_DISTANCE_MAX 0.1

/* A pair let through by its lead or passage costs as a modification at
 * RD_ALIGN_MODIFIED_MIN, plus this much of what its similarity falls
 * short: small, never more than a deletion, but it ranks such pairs. */
#define LEAD_TIE_WEIGHT 0.2

/* A part of a split (or merge) that opens with the first LEAD_MIN words
 * of the paragraph it came from (or went into) needs only this share of
 * its words from it, not RD_ALIGN_PART_CONTAINMENT_MIN: it carries the
 * provision on, and may grow. */
#define PART_LEAD_CONTAINMENT_MIN 0.35

/* ... as does one that the paragraph opens with, reworded (opens_with()). */
#define PART_OPENING_MIN 0.7

/* A paragraph against a list item (kind_penalty()): less than
 * RD_ALIGN_KIND_PENALTY, so that a paragraph become a list item pairs
 * with its item rather than with a less alike paragraph nearby. */
#define LIST_KIND_PENALTY 0.1

/* Texts this long at least are judged by the passages they share
 * (stock_words_only()). */
#define STOCK_WORDS_MIN 15

/* The parts of a split (or merge) together hold at least this share of
 * the words of the paragraph they came from ... */
#define PARTS_COVER_MIN 0.6
/* ... and each, when the parts share their words, this many runs of three
 * words of it the other part has not. */
#define PART_OWN_TRIGRAMS_MIN 5

typedef struct
{
  RdPreparedItem *old_items;
  guint n_old;
  RdPreparedItem *new_items;
  guint n_new;
  GArray *steps; /* RdAlignStep in order */
  gboolean coarse;
  RdTrigramHolders *trigram_holders; /* trigram hash -> items holding
                                      * it, counted when first needed */
} Aligner;

/* Measures */

/* Whether @a and @b are one provision cut short or with its tail
 * rewritten: the same first words, which carry what the paragraph is
 * about; or rewritten around a long passage both keep.  The caller has
 * them at the same place. */
/* Trigrams @a and @b share that no other item holds: a passage of their
 * own. */
static guint
own_shared_trigrams (Aligner *aligner,
                     const RdPreparedItem *a,
                     const RdPreparedItem *b)
{
  const guint32 *x = (const guint32 *) a->trigrams->data;
  const guint32 *y = (const guint32 *) b->trigrams->data;
  guint i = 0, j = 0, shared = 0;

  if (aligner->trigram_holders == NULL)
    aligner->trigram_holders = rd_align_trigram_holders_new (aligner->old_items, aligner->n_old, aligner->new_items, aligner->n_new);
  while (i < a->trigrams->len && j < b->trigrams->len)
    {
      if (x[i] == y[j])
        {
          shared += rd_align_trigram_holders_count (aligner->trigram_holders, x[i]) <= 2;
          i++;
          j++;
        }
      else if (x[i] < y[j])
        i++;
      else
        j++;
    }
  return shared;
}

static gboolean
same_lead (Aligner *aligner,
           const RdPreparedItem *a,
           const RdPreparedItem *b,
           guint common,
           double distance)
{
  guint shorter = MIN (a->words->len, b->words->len);
  guint lead;

  if (shorter < LEAD_MIN)
    return FALSE;
  lead = rd_align_shared_lead (a, b);
  if (lead >= LEAD_LONG || (lead >= LEAD_MIN && lead >= LEAD_SHARE_MIN * shorter))
    return TRUE;
  if (lead >= LEAD_CONTAINED_MIN && common >= CONTAINED_SHARE_MIN * shorter)
    return TRUE;
  return distance <= SHARED_RUN_DISTANCE_MAX && rd_align_dice (common, a->words->len, b->words->len) >= SHARED_RUN_SIM_MIN && own_shared_trigrams (aligner, a, b) >= SHARED_TRIGRAMS_MIN;
}

/* Steps */

static void
add_step (Aligner *aligner,
          RdAlignStepType type,
          guint old_start,
          guint old_count,
          guint new_start,
          guint new_count,
          double sim)
{
  RdAlignStep step = { type, old_start, old_count, new_start, new_count, sim };

  g_array_append_val (aligner->steps, step);
}

/* Pass 1: anchors */

typedef struct
{
  guint old_index;
  guint new_index;
  guint old_count;
  guint new_count;
} KeyCount;

/* The class of texts @item's compared form is in (an index of @classes,
 * whose first old item is at @first), through an open-addressing table
 * of the classes by their hash; G_MAXUINT when none.  @slot is where it
 * is, or where it goes. */
static guint
find_class (const Aligner *aligner,
            const guint *table,
            guint32 mask,
            const guint *first,
            const RdPreparedItem *item,
            guint32 *slot)
{
  guint32 at = (guint32) ((item->key_hash * 2654435769u) >> 8) & mask;

  for (; table[at] != 0; at = (at + 1) & mask)
    if (rd_align_same_text (&aligner->old_items[first[table[at] - 1]], item))
      break;
  *slot = at;
  return table[at] != 0 ? table[at] - 1 : G_MAXUINT;
}

/* Pairs (i, j) of identical texts unique in both versions, then the
 * longest subsequence increasing in both (patience sorting).  The texts
 * are classed in a table of their own rather than a GHashTable: a call
 * per lookup, and an allocation per text, were most of this pass. */
static GArray *
find_anchors (Aligner *aligner)
{
  guint32 mask = 15;
  g_autofree guint *table = NULL;                                       /* class + 1, 0 empty */
  g_autofree KeyCount *classes = g_new0 (KeyCount, aligner->n_old + 1); /* last indices, counts */
  g_autofree guint *first = g_new (guint, aligner->n_old + 1);          /* each class's first old item */
  g_autofree guint *class_of = g_new (guint, aligner->n_old + 1);       /* each old item's class */
  guint n_classes = 0;
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (KeyCount));
  g_autofree guint *tails = NULL;    /* index into pairs of the smallest tail */
  g_autofree guint *previous = NULL; /* predecessor in the subsequence */
  GArray *anchors = g_array_new (FALSE, FALSE, sizeof (KeyCount));
  guint length = 0;

  while (mask < 2 * (gsize) aligner->n_old)
    mask = 2 * mask + 1;
  table = g_new0 (guint, (gsize) mask + 1);
  for (guint i = 0; i < aligner->n_old; i++)
    {
      guint32 slot;
      guint class = find_class (aligner, table, mask, first, &aligner->old_items[i], &slot);

      if (class == G_MAXUINT)
        {
          class = n_classes++;
          first[class] = i;
          table[slot] = class + 1;
        }
      class_of[i] = class;
      classes[class].old_index = i;
      classes[class].old_count++;
    }
  for (guint j = 0; j < aligner->n_new; j++)
    {
      guint32 slot;
      guint class = find_class (aligner, table, mask, first, &aligner->new_items[j], &slot);

      if (class != G_MAXUINT)
        {
          classes[class].new_index = j;
          classes[class].new_count++;
        }
    }
  /* In old order, so the subsequence need only increase in new order. */
  for (guint i = 0; i < aligner->n_old; i++)
    {
      const KeyCount *count = &classes[class_of[i]];

      /* Empty texts are no anchor: they say nothing of where one is. */
      if (count->old_count == 1 && count->new_count == 1 && !aligner->old_items[i].empty)
        g_array_append_val (pairs, *count);
    }

  tails = g_new0 (guint, pairs->len + 1);
  previous = g_new0 (guint, pairs->len + 1);
  for (guint k = 0; k < pairs->len; k++)
    {
      guint j = g_array_index (pairs, KeyCount, k).new_index;
      guint low = 0, high = length;

      while (low < high)
        {
          guint mid = (low + high) / 2;
          if (g_array_index (pairs, KeyCount, tails[mid]).new_index < j)
            low = mid + 1;
          else
            high = mid;
        }
      previous[k] = low > 0 ? tails[low - 1] : G_MAXUINT;
      tails[low] = k;
      if (low == length)
        length++;
    }

  if (length > 0)
    {
      g_array_set_size (anchors, length);
      for (guint k = tails[length - 1], n = length; n > 0; k = previous[k], n--)
        g_array_index (anchors, KeyCount, n - 1) = g_array_index (pairs, KeyCount, k);
    }
  return anchors;
}

/* Pass 2: the dynamic programme between anchors */

static gboolean
holds_trigram (const GArray *trigrams,
               guint32 trigram)
{
  guint low = 0, high = trigrams->len;

  while (low < high)
    {
      guint mid = (low + high) / 2;
      guint32 here = g_array_index (trigrams, guint32, mid);

      if (here == trigram)
        return TRUE;
      if (here < trigram)
        low = mid + 1;
      else
        high = mid;
    }
  return FALSE;
}

/* Runs of three words @part takes from @whole that @other (and @other2,
 * when not NULL) does not have. */
static guint
own_passage (const RdPreparedItem *whole,
             const RdPreparedItem *part,
             const RdPreparedItem *other,
             const RdPreparedItem *other2)
{
  guint own = 0;

  for (guint k = 0; k < part->trigrams->len; k++)
    {
      guint32 trigram = g_array_index (part->trigrams, guint32, k);

      if (k > 0 && g_array_index (part->trigrams, guint32, k - 1) == trigram)
        continue;
      own += holds_trigram (whole->trigrams, trigram) && !holds_trigram (other->trigrams, trigram) && (other2 == NULL || !holds_trigram (other2->trigrams, trigram));
    }
  return own;
}

/* Whether @part1 and @part2 (@common1 and @common2 words in common with
 * @whole, @both together) are the parts @whole was split into, or merged
 * from.  Each part must explain something of @whole the other does not —
 * words, or passages of its own (parts on one subject share most of their
 * vocabulary, not their sentences) — so that "old paragraph edited, plus a
 * new one after it that repeats its common words" is no split; and
 * together they must explain most of @whole, or it is a paragraph cut down
 * with a new one beside it. */
static gboolean
parts_explain (const RdPreparedItem *whole,
               const RdPreparedItem *part1,
               const RdPreparedItem *part2,
               guint common1,
               guint common2,
               guint both)
{
  if (both < PARTS_COVER_MIN * whole->words->len)
    return FALSE;
  if (both - MAX (common1, common2) >= RD_ALIGN_PART_OWN_MIN * MIN (part1->words->len, part2->words->len))
    return TRUE;
  return own_passage (whole, part1, part2, NULL) >= PART_OWN_TRIGRAMS_MIN && own_passage (whole, part2, part1, NULL) >= PART_OWN_TRIGRAMS_MIN;
}

/* How @part (@common words in common with @whole) is drawn from @whole:
 * most of its words are (PART_DRAWN); or it opens as @whole opens and
 * keeps a fair share of it (PART_LEADS) — the part of a split that keeps
 * the paragraph's lead and grows ("Requests UNCTAD to strengthen
 * capacity-building" extended, its second clause standing apart), or of a
 * merge that opens the merged paragraph whichever part came first in the
 * old text.  Of the parts of one split or merge, one at most may only
 * lead (parts_drawn()): two that merely open alike are two provisions
 * with a stock opening. */
/* Whether @whole opens with what @part, much shorter, says reworded: of
 * its first words, as many as @part has, at least PART_OPENING_MIN are
 * words of @part —
 * "Recognizing further that the COVID-19 global pandemic requires a global
 * response based on unity, solidarity and multilateral cooperation" opening
 * the paragraph it was merged into as "Recognizing also that the recovery
 * from the COVID-19 pandemic requires unity, solidarity and multilateral
 * cooperation, while recalling that ...". */
static gboolean
opens_with (const RdPreparedItem *whole,
            const RdPreparedItem *part)
{
  guint opening = MIN (part->words->len, whole->lead->len);
  guint kept = 0;

  /* An opening: @part no longer than half of @whole. */
  if (opening < LEAD_MIN || 2 * part->words->len > whole->words->len)
    return FALSE;
  for (guint k = 0; k < opening; k++)
    kept += holds_trigram (part->words, g_array_index (whole->lead, guint32, k));
  return kept >= PART_OPENING_MIN * opening;
}

typedef enum
{
  PART_NOT_DRAWN,
  PART_LEADS,
  PART_DRAWN,
} PartDrawn;

static PartDrawn
part_drawn (const RdPreparedItem *whole,
            const RdPreparedItem *part,
            guint common)
{
  if (part->words->len == 0)
    return PART_NOT_DRAWN;
  if ((double) common / part->words->len >= RD_ALIGN_PART_CONTAINMENT_MIN)
    return PART_DRAWN;
  if ((double) common / part->words->len >= PART_LEAD_CONTAINMENT_MIN && (rd_align_shared_lead (whole, part) >= LEAD_MIN || opens_with (whole, part)))
    return PART_LEADS;
  return PART_NOT_DRAWN;
}

/* Whether every one of @n parts is drawn from @whole, one at most only by
 * its lead. */
static gboolean
parts_drawn (const RdPreparedItem *whole,
             const RdPreparedItem *const *parts,
             const guint *common,
             guint n)
{
  guint leading = 0;

  for (guint k = 0; k < n; k++)
    {
      PartDrawn drawn = part_drawn (whole, parts[k], common[k]);

      if (drawn == PART_NOT_DRAWN)
        return FALSE;
      leading += drawn == PART_LEADS;
    }
  return leading <= 1;
}

/* Whether one of two kinds is preambular and the other operative. */
static gboolean
crosses_parts (int a,
               int b)
{
  return (a == RD_PARAGRAPH_PREAMBULAR && b == RD_PARAGRAPH_OPERATIVE) || (a == RD_PARAGRAPH_OPERATIVE && b == RD_PARAGRAPH_PREAMBULAR);
}

/* What pairing items of two kinds costs beyond their difference: a
 * preambular paragraph against an operative one is a change of part; a
 * paragraph against a list item is the same text put under another
 * paragraph's lead-in ("Recalling also the Principles ..., which were
 * endorsed by the Committee ..." become item (b) of "Recalling the
 * endorsement by the Committee ... of:"), or a list item standing alone. */
static double
kind_penalty (int a,
              int b)
{
  if (a == b)
    return 0.0;
  if (a == RD_PARAGRAPH_SUBPARAGRAPH || b == RD_PARAGRAPH_SUBPARAGRAPH)
    return LIST_KIND_PENALTY;
  return RD_ALIGN_KIND_PENALTY;
}

/* The similarity of @whole to its three parts together (@common1 to
 * @common3 words in common with each), or 0 when they are not the parts
 * @whole was split into (or merged from): each drawn from it, together
 * most of it, each with a passage of it the other two do not have. */
static double
three_parts_similarity (const RdPreparedItem *whole,
                        const RdPreparedItem *part1,
                        const RdPreparedItem *part2,
                        const RdPreparedItem *part3,
                        guint common1,
                        guint common2,
                        guint common3)
{
  const RdPreparedItem *parts[] = { part1, part2, part3 };
  const guint common[] = { common1, common2, common3 };
  g_autoptr (GArray) first_two = NULL;
  guint all, i = 0, j = 0;
  double similarity;

  if (!parts_drawn (whole, parts, common, 3))
    return 0.0;

  /* The words of the first two parts, one sorted multiset. */
  first_two = g_array_sized_new (FALSE, FALSE, sizeof (guint32), part1->words->len + part2->words->len);
  while (i < part1->words->len || j < part2->words->len)
    {
      gboolean from_first = j >= part2->words->len || (i < part1->words->len && g_array_index (part1->words, guint32, i) <= g_array_index (part2->words, guint32, j));
      guint32 word = from_first ? g_array_index (part1->words, guint32, i++) : g_array_index (part2->words, guint32, j++);

      g_array_append_val (first_two, word);
    }
  all = rd_align_common_words_2 (whole->words, first_two, part3->words);
  similarity = rd_align_dice (all, whole->words->len, first_two->len + part3->words->len);
  if (similarity < RD_ALIGN_MODIFIED_MIN || all < PARTS_COVER_MIN * whole->words->len)
    return 0.0;
  if (own_passage (whole, part1, part2, part3) < PART_OWN_TRIGRAMS_MIN || own_passage (whole, part2, part1, part3) < PART_OWN_TRIGRAMS_MIN || own_passage (whole, part3, part1, part2) < PART_OWN_TRIGRAMS_MIN)
    return 0.0;
  return similarity;
}

/* How far apart old item @i and new item @j stand, as shares of their
 * documents. */
static double
place_distance (const Aligner *aligner,
                guint i,
                guint j)
{
  return fabs ((i + 0.5) / aligner->n_old - (j + 0.5) / aligner->n_new);
}

/* Whether @a and @b, alike by a share of their words below
 * RD_ALIGN_MOVE_MIN, share only the stock vocabulary of the texts: no lead
 * and no passage of their own, only the names of bodies and instruments
 * and the phrases other paragraphs cite too ("the International,
 * Impartial and Independent Mechanism", "the Ad Hoc Working Group of the
 * Whole").  Two such paragraphs are different provisions.  Short texts
 * have too few runs of words to tell. */
static gboolean
stock_words_only (Aligner *aligner,
                  const RdPreparedItem *a,
                  const RdPreparedItem *b,
                  double similarity)
{
  if (similarity >= RD_ALIGN_MOVE_MIN || MIN (a->words->len, b->words->len) < STOCK_WORDS_MIN)
    return FALSE;
  return rd_align_shared_lead (a, b) < LEAD_MIN && own_shared_trigrams (aligner, a, b) == 0;
}

/* How alike old item @i and new item @j are as a 1-1 pair at the same
 * place (@common words in common): their similarity; just
 * RD_ALIGN_MODIFIED_MIN for a pair less alike that keeps its lead or a
 * passage of its own; 0 for a pair not alike enough. */
static double
pair_match (Aligner *aligner,
            guint i,
            guint j,
            guint common)
{
  const RdPreparedItem *a = &aligner->old_items[i];
  const RdPreparedItem *b = &aligner->new_items[j];
  double similarity = rd_align_cell_similarity (a, b, common);

  /* A paragraph gone from the preamble to the operative part (or back)
   * is a move, and alike as a move must be. */
  if (crosses_parts (a->kind, b->kind))
    return similarity >= RD_ALIGN_MOVE_MIN ? similarity : 0.0;
  if (similarity >= RD_ALIGN_MODIFIED_MIN)
    return stock_words_only (aligner, a, b, similarity) ? 0.0 : similarity;
  return same_lead (aligner, a, b, common, place_distance (aligner, i, j)) ? RD_ALIGN_MODIFIED_MIN : 0.0;
}

enum
{
  BACK_NONE,
  BACK_MATCH,
  BACK_DELETE,
  BACK_INSERT,
  BACK_SPLIT,
  BACK_MERGE,
  BACK_SPLIT3,
  BACK_MERGE3,
};

static void align_gap (Aligner *aligner, guint old_start, guint old_end, guint new_start, guint new_end);

/* The classes of the items of a range: one number per identical text,
 * and a number of its own for each empty item (an empty text says nothing
 * of where it is, as for the anchors). */
static guint32 *
classify_range (GHashTable *classes,
                RdPreparedItem *items,
                guint start,
                guint end,
                guint32 *next_class)
{
  guint32 *cls = g_new (guint32, end - start);

  for (guint i = start; i < end; i++)
    {
      RdPreparedItem *item = &items[i];
      gpointer found;

      if (item->empty)
        cls[i - start] = (*next_class)++;
      else if ((found = g_hash_table_lookup (classes, item)) != NULL)
        cls[i - start] = GPOINTER_TO_UINT (found) - 1;
      else
        {
          cls[i - start] = *next_class;
          g_hash_table_insert (classes, item, GUINT_TO_POINTER (++(*next_class)));
        }
    }
  return cls;
}

/* A gap too large for the dynamic programme has no paragraph unique in
 * both versions (text repeated, as in a compilation of resolutions) or is
 * long: pairs its identical paragraphs in order by the shortest edit
 * script over whole texts (Myers 1986, the greedy forward search, its
 * trace kept), as git's xdiff does with lines, and aligns the smaller gaps
 * between them.  FALSE, having added nothing, past LARGE_GAP_MAX_EDITS. */
static gboolean
align_large_gap (Aligner *aligner,
                 guint old_start,
                 guint old_end,
                 guint new_start,
                 guint new_end)
{
  gint32 n = (gint32) (old_end - old_start);
  gint32 m = (gint32) (new_end - new_start);
  gint32 max = (gint32) MIN ((guint) (n + m), LARGE_GAP_MAX_EDITS);
  g_autoptr (GHashTable) classes = g_hash_table_new (rd_align_prepared_hash, rd_align_prepared_equal);
  guint32 next_class = 0;
  g_autofree guint32 *a = classify_range (classes, aligner->old_items, old_start, old_end, &next_class);
  g_autofree guint32 *b = classify_range (classes, aligner->new_items, new_start, new_end, &next_class);
  g_autofree gint32 *v = g_new0 (gint32, 2 * (gsize) max + 3);
  g_autoptr (GArray) trace = g_array_new (FALSE, FALSE, sizeof (gint32)); /* V after each d, k in [-d, d] */
  g_autoptr (GArray) matches = g_array_new (FALSE, FALSE, sizeof (gint32) * 2);
  gint32 *vk = v + max + 1; /* vk[k], k in [-max - 1, max + 1] */
  gint32 found = -1;
  gint32 x, y;
  guint old_cursor = old_start, new_cursor = new_start;

  for (gint32 d = 0; d <= max && found < 0; d++)
    {
      for (gint32 k = -d; k <= d; k += 2)
        {
          x = (k == -d || (k != d && vk[k - 1] < vk[k + 1])) ? vk[k + 1] : vk[k - 1] + 1;
          y = x - k;
          while (x < n && y < m && a[x] == b[y])
            x++, y++;
          vk[k] = x;
          if (x >= n && y >= m)
            found = d;
        }
      g_array_append_vals (trace, vk - d, 2 * (guint) d + 1);
    }
  if (found < 0)
    return FALSE;

  /* Back from the end: each step's snake gives identical pairs. */
  x = n;
  y = m;
  for (gint32 d = found; d >= 0; d--)
    {
      gint32 k = x - y;
      gint32 prev_x = 0, prev_y = 0;

      if (d > 0)
        {
          /* V after d - 1 starts at trace index (d - 1)^2. */
          const gint32 *prev = &g_array_index (trace, gint32, (guint) (d - 1) * (guint) (d - 1)) + (d - 1);
          gint32 prev_k = (k == -d || (k != d && prev[k - 1] < prev[k + 1])) ? k + 1 : k - 1;

          prev_x = prev[prev_k];
          prev_y = prev_x - prev_k;
        }
      /* A trace that does not lead back (never on a minimal path): the
       * pairs found so far are identical and in order all the same. */
      if (prev_x > x || prev_y > y)
        break;
      while (x > prev_x && y > prev_y && a[x - 1] == b[y - 1])
        {
          gint32 pair[2] = { x - 1, y - 1 };

          g_array_append_vals (matches, pair, 1);
          x--, y--;
        }
      x = prev_x;
      y = prev_y;
    }

  /* In reading order: the gaps between the pairs, each pair. */
  for (guint i = matches->len; i-- > 0;)
    {
      const gint32 *pair = (const gint32 *) (void *) (matches->data + (gsize) i * sizeof (gint32) * 2);
      guint old_index = old_start + (guint) pair[0];
      guint new_index = new_start + (guint) pair[1];

      align_gap (aligner, old_cursor, old_index, new_cursor, new_index);
      add_step (aligner, RD_ALIGN_MATCH, old_index, 1, new_index, 1, 1.0);
      old_cursor = old_index + 1;
      new_cursor = new_index + 1;
    }
  align_gap (aligner, old_cursor, old_end, new_cursor, new_end);
  return TRUE;
}

static void
align_gap (Aligner *aligner,
           guint old_start,
           guint old_end,
           guint new_start,
           guint new_end)
{
  guint n = old_end - old_start;
  guint m = new_end - new_start;
  guint width = m + 1;
  g_autofree float *cost = NULL;
  g_autofree guint8 *back = NULL;
  g_autofree guint32 *common = NULL; /* words in common, 1-1, per cell */
  g_autoptr (GArray) path = NULL;

  if (n == 0 && m == 0)
    return;
  if (n > 0 && m > 0 && (guint64) (n + 1) * (m + 1) > RD_ALIGN_MAX_CELLS && align_large_gap (aligner, old_start, old_end, new_start, new_end))
    return;
  if (n == 0 || m == 0 || (guint64) (n + 1) * (m + 1) > RD_ALIGN_MAX_CELLS)
    {
      if (n > 0 && m > 0)
        aligner->coarse = TRUE;
      for (guint i = old_start; i < old_end; i++)
        add_step (aligner, RD_ALIGN_DELETE, i, 1, 0, 0, 0.0);
      for (guint j = new_start; j < new_end; j++)
        add_step (aligner, RD_ALIGN_INSERT, 0, 0, j, 1, 0.0);
      return;
    }

  cost = g_new (float, (gsize) (n + 1) * width);
  back = g_new0 (guint8, (gsize) (n + 1) * width);
  common = g_new0 (guint32, (gsize) (n + 1) * width);

  for (guint i = 1; i <= n; i++)
    for (guint j = 1; j <= m; j++)
      common[(gsize) i * width + j] = rd_align_common_words (rd_align_words_of (&aligner->old_items[old_start + i - 1]), rd_align_words_of (&aligner->new_items[new_start + j - 1]));

#define MATCH_SIM(i, j) rd_align_cell_similarity (&aligner->old_items[old_start + (i) -1], &aligner->new_items[new_start + (j) -1], common[(gsize) (i) *width + (j)])
#define PAIR_MATCH(i, j) pair_match (aligner, old_start + (i) -1, new_start + (j) -1, common[(gsize) (i) *width + (j)])

  for (guint i = 0; i <= n; i++)
    for (guint j = 0; j <= m; j++)
      {
        gsize cell = (gsize) i * width + j;
        double best = G_MAXDOUBLE;
        guint8 from = BACK_NONE;
        double match;

        if (i == 0 && j == 0)
          {
            cost[cell] = 0;
            back[cell] = BACK_NONE;
            continue;
          }

        if (i > 0 && j > 0 && (match = PAIR_MATCH (i, j)) >= RD_ALIGN_MODIFIED_MIN)
          {
            const RdPreparedItem *a = &aligner->old_items[old_start + i - 1];
            const RdPreparedItem *b = &aligner->new_items[new_start + j - 1];
            double c = cost[cell - width - 1] + (1.0 - match) + kind_penalty (a->kind, b->kind);

            /* Of two pairs alike enough only by their lead or a passage
             * they keep, the one with more words in common. */
            c += (match - MATCH_SIM (i, j)) * LEAD_TIE_WEIGHT;

            if (c < best)
              {
                best = c;
                from = BACK_MATCH;
              }
          }
        if (i > 0)
          {
            double c = cost[cell - width] + 1.0;
            if (c < best)
              {
                best = c;
                from = BACK_DELETE;
              }
          }
        if (j > 0)
          {
            double c = cost[cell - 1] + 1.0;
            if (c < best)
              {
                best = c;
                from = BACK_INSERT;
              }
          }
        if (i > 0 && j > 1)
          {
            /* One old paragraph, two new: each new part drawn from it. */
            const RdPreparedItem *a = &aligner->old_items[old_start + i - 1];
            const RdPreparedItem *b1 = &aligner->new_items[new_start + j - 2];
            const RdPreparedItem *b2 = &aligner->new_items[new_start + j - 1];
            guint c1 = common[cell - 1];
            guint c2 = common[cell];
            const RdPreparedItem *parts[] = { b1, b2 };
            const guint parts_common[] = { c1, c2 };

            if (parts_drawn (a, parts, parts_common, 2))
              {
                guint both = rd_align_common_words_2 (a->words, b1->words, b2->words);
                double sim = rd_align_dice (both, a->words->len, b1->words->len + b2->words->len);

                /* Each part must explain a share of the old paragraph the
                 * other does not: a paragraph revised in place, with a new
                 * one after it that repeats its common words, is no split. */
                if (sim >= RD_ALIGN_MODIFIED_MIN && parts_explain (a, b1, b2, c1, c2, both))
                  {
                    double c = cost[cell - width - 2] + (1.0 - sim) + RD_ALIGN_SPLIT_PENALTY;
                    if (c < best)
                      {
                        best = c;
                        from = BACK_SPLIT;
                      }
                  }
              }
          }
        if (i > 1 && j > 0)
          {
            /* Two old paragraphs, one new: each old part found in it. */
            const RdPreparedItem *a1 = &aligner->old_items[old_start + i - 2];
            const RdPreparedItem *a2 = &aligner->old_items[old_start + i - 1];
            const RdPreparedItem *b = &aligner->new_items[new_start + j - 1];
            guint c1 = common[cell - width];
            guint c2 = common[cell];
            const RdPreparedItem *parts[] = { a1, a2 };
            const guint parts_common[] = { c1, c2 };

            if (parts_drawn (b, parts, parts_common, 2))
              {
                guint both = rd_align_common_words_2 (b->words, a1->words, a2->words);
                double sim = rd_align_dice (both, a1->words->len + a2->words->len, b->words->len);

                if (sim >= RD_ALIGN_MODIFIED_MIN && parts_explain (b, a1, a2, c1, c2, both))
                  {
                    double c = cost[cell - 2 * width - 1] + (1.0 - sim) + RD_ALIGN_SPLIT_PENALTY;
                    if (c < best)
                      {
                        best = c;
                        from = BACK_MERGE;
                      }
                  }
              }
          }

        if (i > 0 && j > 2)
          {
            /* One old paragraph, three new. */
            double sim = three_parts_similarity (&aligner->old_items[old_start + i - 1], &aligner->new_items[new_start + j - 3], &aligner->new_items[new_start + j - 2], &aligner->new_items[new_start + j - 1], common[cell - 2], common[cell - 1], common[cell]);

            if (sim > 0.0 && cost[cell - width - 3] + (1.0 - sim) + 2 * RD_ALIGN_SPLIT_PENALTY < best)
              {
                best = cost[cell - width - 3] + (1.0 - sim) + 2 * RD_ALIGN_SPLIT_PENALTY;
                from = BACK_SPLIT3;
              }
          }
        if (i > 2 && j > 0)
          {
            /* Three old paragraphs, one new. */
            double sim = three_parts_similarity (&aligner->new_items[new_start + j - 1], &aligner->old_items[old_start + i - 3], &aligner->old_items[old_start + i - 2], &aligner->old_items[old_start + i - 1], common[cell - 2 * width], common[cell - width], common[cell]);

            if (sim > 0.0 && cost[cell - 3 * width - 1] + (1.0 - sim) + 2 * RD_ALIGN_SPLIT_PENALTY < best)
              {
                best = cost[cell - 3 * width - 1] + (1.0 - sim) + 2 * RD_ALIGN_SPLIT_PENALTY;
                from = BACK_MERGE3;
              }
          }

        cost[cell] = (float) best;
        back[cell] = from;
      }

  /* Walk back, then emit in reading order. */
  path = g_array_new (FALSE, FALSE, sizeof (RdAlignStep));
  for (guint i = n, j = m; i > 0 || j > 0;)
    {
      gsize cell = (gsize) i * width + j;
      RdAlignStep step = { 0 };

      switch (back[cell])
        {
        case BACK_MATCH:
          step = (RdAlignStep){ RD_ALIGN_MATCH, old_start + i - 1, 1, new_start + j - 1, 1, PAIR_MATCH (i, j) };
          i--, j--;
          break;
        case BACK_DELETE:
          step = (RdAlignStep){ RD_ALIGN_DELETE, old_start + i - 1, 1, 0, 0, 0.0 };
          i--;
          break;
        case BACK_INSERT:
          step = (RdAlignStep){ RD_ALIGN_INSERT, 0, 0, new_start + j - 1, 1, 0.0 };
          j--;
          break;
        case BACK_SPLIT:
          step = (RdAlignStep){ RD_ALIGN_SPLIT, old_start + i - 1, 1, new_start + j - 2, 2, 0.0 };
          i--, j -= 2;
          break;
        case BACK_MERGE:
          step = (RdAlignStep){ RD_ALIGN_MERGE, old_start + i - 2, 2, new_start + j - 1, 1, 0.0 };
          i -= 2, j--;
          break;
        case BACK_SPLIT3:
          step = (RdAlignStep){ RD_ALIGN_SPLIT, old_start + i - 1, 1, new_start + j - 3, 3, 0.0 };
          i--, j -= 3;
          break;
        case BACK_MERGE3:
          step = (RdAlignStep){ RD_ALIGN_MERGE, old_start + i - 3, 3, new_start + j - 1, 1, 0.0 };
          i -= 3, j--;
          break;
        default:
          g_assert_not_reached ();
        }
      g_array_append_val (path, step);
    }
#undef MATCH_SIM
#undef PAIR_MATCH

  /* Within a run of deletions and insertions, deletions read first. */
  for (guint k = path->len; k > 0;)
    {
      guint run_end = k;
      guint run_start = k;

      while (run_start > 0)
        {
          RdAlignStepType type = g_array_index (path, RdAlignStep, run_start - 1).type;
          if (type != RD_ALIGN_DELETE && type != RD_ALIGN_INSERT)
            break;
          run_start--;
        }
      if (run_start == run_end)
        {
          g_array_append_val (aligner->steps, g_array_index (path, RdAlignStep, k - 1));
          k--;
          continue;
        }
      for (guint pass = 0; pass < 2; pass++)
        for (guint r = run_end; r > run_start; r--)
          {
            RdAlignStep *step = &g_array_index (path, RdAlignStep, r - 1);
            if ((pass == 0) == (step->type == RD_ALIGN_DELETE))
              g_array_append_val (aligner->steps, *step);
          }
      k = run_start;
    }
}

/* Pass 3: moves */

/* A deleted and an inserted paragraph less alike than RD_ALIGN_MOVE_MIN
 * are still one provision moved and rewritten when they share a long
 * passage of their own (twice what SHARED_TRIGRAMS_MIN asks at the same
 * place: a run of a dozen words that no other paragraph has) and this
 * share of their words: "Looking forward to the convening of the Fourth
 * International Conference on ..." moved up as "Welcoming the convening of
 * the Fourth International Conference on ..., and its outcome ...". */
#define MOVE_PASSAGE_TRIGRAMS_MIN (2 * SHARED_TRIGRAMS_MIN)
#define MOVE_PASSAGE_SIM_MIN 0.25
/* A paragraph that moved and grew (its text kept almost whole inside a
 * much longer one) shares too few of the longer one's words for either
 * test: "Looking forward to the convening of the Fourth International
 * Conference on ..., from 30 June to 3 July 2025," moved up as "Welcoming
 * the convening of the Fourth International Conference on ... from 30 June
 * to 3 July 2025 ..., and reaffirming its outcome document, ..." four times
 * as long.  At least this share of the shorter one's words (and this many)
 * found in the longer ... */
#define MOVE_CONTAINED_SHARE_MIN 0.8
#define MOVE_CONTAINED_WORDS_MIN 12
/* ... in runs: this share of the shorter one's runs of three words, one
 * of them found in no other paragraph (the passages such a paragraph keeps,
 * a conference's name and dates, are cited by others too). */
#define MOVE_CONTAINED_RUNS_MIN 0.6
/* ... and the longer one's opening, as many words as the shorter has,
 * this much made of the shorter one's words. */
#define MOVE_CONTAINED_OPENING_MIN 0.7

typedef struct
{
  guint delete_step;
  guint insert_step;
  double similarity;
} MoveCandidate;

/* Whether @a and @b are one paragraph moved and grown (or cut down): the
 * shorter kept almost whole in the longer, in runs, and what it says
 * opening the longer (after its verb) — not a stock citation ("its
 * resolution 70/1 of 25 September 2015, entitled ...") that a different,
 * longer paragraph quotes in its middle. */
static gboolean
grown_move (Aligner *aligner,
            const RdPreparedItem *a,
            const RdPreparedItem *b)
{
  const RdPreparedItem *shorter = a->words->len <= b->words->len ? a : b;
  const RdPreparedItem *longer = shorter == a ? b : a;
  guint n = shorter->words->len;
  guint opening = MIN (n, longer->lead->len);
  guint kept = 0;

  if (n < MOVE_CONTAINED_WORDS_MIN || rd_align_common_words (a->words, b->words) < MOVE_CONTAINED_SHARE_MIN * n)
    return FALSE;
  if (rd_align_common_words (a->trigrams, b->trigrams) < MOVE_CONTAINED_RUNS_MIN * shorter->trigrams->len)
    return FALSE;
  for (guint k = 0; k < opening; k++)
    kept += holds_trigram (shorter->words, g_array_index (longer->lead, guint32, k));
  return kept >= MOVE_CONTAINED_OPENING_MIN * opening && own_shared_trigrams (aligner, a, b) > 0;
}

static gint
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const MoveCandidate *x = a;
  const MoveCandidate *y = b;

  if (x->similarity != y->similarity)
    return x->similarity > y->similarity ? -1 : 1;
  if (x->insert_step != y->insert_step)
    return x->insert_step < y->insert_step ? -1 : 1;
  return x->delete_step < y->delete_step ? -1 : (x->delete_step > y->delete_step);
}

/* Returns, per step, the step of the deletion a MOVE took its old item
 * from (G_MAXUINT when none); those deletions are to be dropped. */
static guint *
pair_moves (Aligner *aligner)
{
  g_autoptr (GArray) deletes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) inserts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (MoveCandidate));
  g_autofree gboolean *used = g_new0 (gboolean, aligner->steps->len + 1);
  guint *taken_from = g_new (guint, aligner->steps->len + 1);

  for (guint s = 0; s <= aligner->steps->len; s++)
    taken_from[s] = G_MAXUINT;

  for (guint s = 0; s < aligner->steps->len; s++)
    {
      const RdAlignStep *step = &g_array_index (aligner->steps, RdAlignStep, s);

      if (step->type == RD_ALIGN_DELETE)
        g_array_append_val (deletes, s);
      else if (step->type == RD_ALIGN_INSERT)
        g_array_append_val (inserts, s);
    }
  if (deletes->len == 0 || inserts->len == 0)
    return taken_from;

  if ((guint64) deletes->len * inserts->len <= MAX_MOVE_PAIRS)
    {
      for (guint d = 0; d < deletes->len; d++)
        for (guint k = 0; k < inserts->len; k++)
          {
            guint ds = g_array_index (deletes, guint, d);
            guint is = g_array_index (inserts, guint, k);
            RdPreparedItem *a = &aligner->old_items[g_array_index (aligner->steps, RdAlignStep, ds).old_start];
            RdPreparedItem *b = &aligner->new_items[g_array_index (aligner->steps, RdAlignStep, is).new_start];
            MoveCandidate candidate = { ds, is, 0.0 };
            guint na = rd_align_words_of (a)->len;
            guint nb = rd_align_words_of (b)->len;

            /* Lengths alone bound Dice's coefficient: skip hopeless pairs
             * (but for a short text kept whole in a long one). */
            if (!rd_align_same_text (a, b) && 2.0 * MIN (na, nb) < MOVE_PASSAGE_SIM_MIN * (na + nb) && MIN (na, nb) < MOVE_CONTAINED_WORDS_MIN)
              continue;
            candidate.similarity = rd_align_item_similarity (a, b);
            if (candidate.similarity >= RD_ALIGN_MOVE_MIN && (!a->empty || !b->empty))
              g_array_append_val (candidates, candidate);
            else if (candidate.similarity >= MOVE_PASSAGE_SIM_MIN && own_shared_trigrams (aligner, a, b) >= MOVE_PASSAGE_TRIGRAMS_MIN)
              g_array_append_val (candidates, candidate);
            else if (grown_move (aligner, a, b))
              g_array_append_val (candidates, candidate);
          }
    }
  else
    {
      /* Too many to compare: pair identical texts through a hash table. */
      g_autoptr (GHashTable) by_key = g_hash_table_new (rd_align_prepared_hash, rd_align_prepared_equal);

      aligner->coarse = TRUE;
      for (guint d = 0; d < deletes->len; d++)
        {
          guint ds = g_array_index (deletes, guint, d);
          RdPreparedItem *a = &aligner->old_items[g_array_index (aligner->steps, RdAlignStep, ds).old_start];

          if (!a->empty && !g_hash_table_contains (by_key, a))
            g_hash_table_insert (by_key, a, GUINT_TO_POINTER (ds + 1));
        }
      for (guint k = 0; k < inserts->len; k++)
        {
          guint is = g_array_index (inserts, guint, k);
          RdPreparedItem *b = &aligner->new_items[g_array_index (aligner->steps, RdAlignStep, is).new_start];
          guint ds = GPOINTER_TO_UINT (g_hash_table_lookup (by_key, b));

          if (ds > 0)
            {
              MoveCandidate candidate = { ds - 1, is, 1.0 };
              g_array_append_val (candidates, candidate);
              g_hash_table_remove (by_key, b);
            }
        }
    }

  g_array_sort (candidates, compare_candidates);
  for (guint c = 0; c < candidates->len; c++)
    {
      const MoveCandidate *candidate = &g_array_index (candidates, MoveCandidate, c);
      RdAlignStep *insert;
      const RdAlignStep *delete;

      if (used[candidate->delete_step] || used[candidate->insert_step])
        continue;
      used[candidate->delete_step] = used[candidate->insert_step] = TRUE;
      insert = &g_array_index (aligner->steps, RdAlignStep, candidate->insert_step);
      delete = &g_array_index (aligner->steps, RdAlignStep, candidate->delete_step);
      insert->type = RD_ALIGN_MOVE;
      insert->old_start = delete->old_start;
      insert->old_count = 1;
      insert->similarity = candidate->similarity;
      taken_from[candidate->insert_step] = candidate->delete_step;
    }
  return taken_from;
}

/* Pass 3b: the fewest moves.  The anchors are identical texts only, so
 * when an unedited paragraph moved past edited ones, the edited ones are
 * what pass 3 finds out of order ("moved" three times where one move
 * explains the new order).  Over every pair of the alignment, the largest
 * set kept in order stands; the rest are the moves. */

typedef struct
{
  RdAlignStepType type; /* MATCH, SPLIT or MERGE; MOVE when out of order */
  guint old_start;
  guint old_count;
  guint new_start;
  guint new_count;
  double similarity;
  gboolean in_order;
} Link;

/* Beyond this many pairs the quadratic search for the largest ordered set
 * is not run, and the moves stay as pass 3 found them. */
#define MAX_ORDER_LINKS 6000

/* A split or merge always stays in order (it cannot be shown as a move):
 * it weighs more than any number of 1-1 pairs. */
#define GROUP_LINK_WEIGHT (MAX_ORDER_LINKS + 1)

static gint
compare_links (gconstpointer a,
               gconstpointer b)
{
  const Link *x = a;
  const Link *y = b;

  return x->old_start < y->old_start ? -1 : (x->old_start > y->old_start);
}

/* Returns whether anything changed; then @taken_from is replaced. */
static gboolean
keep_fewest_moves (Aligner *aligner,
                   guint **taken_from)
{
  g_autoptr (GArray) links = g_array_new (FALSE, FALSE, sizeof (Link));
  g_autofree guint64 *best = NULL;
  g_autofree guint *previous = NULL;
  g_autofree guint *old_link = NULL;
  g_autofree guint *new_link = NULL;
  g_autofree guint *origin_step = NULL;
  g_autofree guint *move_step = NULL;
  GArray *steps;
  guint *taken;
  guint n_moves = 0, n_changed = 0;
  guint end = G_MAXUINT;
  guint old_cursor = 0, new_cursor = 0;

  for (guint s = 0; s < aligner->steps->len; s++)
    {
      const RdAlignStep *step = &g_array_index (aligner->steps, RdAlignStep, s);
      Link link = { step->type, step->old_start, step->old_count, step->new_start, step->new_count, step->similarity, step->type != RD_ALIGN_MOVE };

      if (step->type == RD_ALIGN_DELETE || step->type == RD_ALIGN_INSERT)
        continue;
      n_moves += step->type == RD_ALIGN_MOVE;
      g_array_append_val (links, link);
    }
  if (n_moves == 0 || links->len > MAX_ORDER_LINKS)
    return FALSE;
  g_array_sort (links, compare_links);

  /* The heaviest chain increasing in both orders; of equal ones, the one
   * keeping the earlier old items (of two paragraphs swapped, the later
   * one moved up). */
  best = g_new0 (guint64, links->len);
  previous = g_new (guint, links->len);
  for (guint k = 0; k < links->len; k++)
    {
      const Link *link = &g_array_index (links, Link, k);
      guint64 weight = link->old_count + link->new_count > 2 ? GROUP_LINK_WEIGHT : 1;

      previous[k] = G_MAXUINT;
      best[k] = weight;
      for (guint p = 0; p < k; p++)
        {
          const Link *before = &g_array_index (links, Link, p);

          if (before->new_start + before->new_count <= link->new_start && best[p] + weight > best[k])
            {
              best[k] = best[p] + weight;
              previous[k] = p;
            }
        }
      if (end == G_MAXUINT || best[k] > best[end])
        end = k;
    }
  for (guint k = 0; k < links->len; k++)
    g_array_index (links, Link, k).in_order = FALSE;
  for (guint k = end; k != G_MAXUINT; k = previous[k])
    g_array_index (links, Link, k).in_order = TRUE;
  for (guint k = 0; k < links->len; k++)
    {
      const Link *link = &g_array_index (links, Link, k);

      n_changed += link->in_order == (link->type == RD_ALIGN_MOVE);
      if (!link->in_order && link->old_count + link->new_count > 2)
        return FALSE; /* cannot happen: groups outweigh everything */
    }
  if (n_changed == 0)
    return FALSE;

  /* The steps again, in reading order: between two pairs kept in order,
   * the old side's deletions (and the places moved items left) first,
   * then the new side's insertions and moved items. */
  old_link = g_new (guint, aligner->n_old + 1);
  new_link = g_new (guint, aligner->n_new + 1);
  for (guint i = 0; i <= aligner->n_old; i++)
    old_link[i] = G_MAXUINT;
  for (guint j = 0; j <= aligner->n_new; j++)
    new_link[j] = G_MAXUINT;
  origin_step = g_new (guint, links->len);
  move_step = g_new (guint, links->len);
  for (guint k = 0; k < links->len; k++)
    {
      const Link *link = &g_array_index (links, Link, k);

      if (!link->in_order)
        {
          old_link[link->old_start] = k;
          new_link[link->new_start] = k;
        }
      origin_step[k] = move_step[k] = G_MAXUINT;
    }

  steps = g_array_sized_new (FALSE, FALSE, sizeof (RdAlignStep), aligner->steps->len);
  for (guint k = 0; k <= links->len; k++)
    {
      const Link *link = k < links->len ? &g_array_index (links, Link, k) : NULL;
      guint old_next = link != NULL ? link->old_start : aligner->n_old;
      guint new_next = link != NULL ? link->new_start : aligner->n_new;
      RdAlignStep step;

      if (link != NULL && !link->in_order)
        continue;
      for (guint i = old_cursor; i < old_next; i++)
        {
          step = (RdAlignStep){ RD_ALIGN_DELETE, i, 1, 0, 0, 0.0 };
          if (old_link[i] != G_MAXUINT)
            origin_step[old_link[i]] = steps->len;
          g_array_append_val (steps, step);
        }
      for (guint j = new_cursor; j < new_next; j++)
        {
          guint l = new_link[j];

          if (l != G_MAXUINT)
            {
              const Link *moved = &g_array_index (links, Link, l);

              step = (RdAlignStep){ RD_ALIGN_MOVE, moved->old_start, 1, j, 1, moved->similarity };
              move_step[l] = steps->len;
            }
          else
            step = (RdAlignStep){ RD_ALIGN_INSERT, 0, 0, j, 1, 0.0 };
          g_array_append_val (steps, step);
        }
      if (link == NULL)
        break;
      step = (RdAlignStep){ link->type == RD_ALIGN_MOVE ? RD_ALIGN_MATCH : link->type, link->old_start, link->old_count, link->new_start, link->new_count, link->similarity };
      g_array_append_val (steps, step);
      old_cursor = link->old_start + link->old_count;
      new_cursor = link->new_start + link->new_count;
    }

  taken = g_new (guint, steps->len + 1);
  for (guint s = 0; s <= steps->len; s++)
    taken[s] = G_MAXUINT;
  for (guint k = 0; k < links->len; k++)
    if (move_step[k] != G_MAXUINT)
      taken[move_step[k]] = origin_step[k];

  g_array_unref (aligner->steps);
  aligner->steps = steps;
  g_free (*taken_from);
  *taken_from = taken;
  return TRUE;
}

/* Public API */

RdAlignment *
rd_align (const RdAlignItem *old_items,
          guint n_old,
          const RdAlignItem *new_items,
          guint n_new,
          RdDiffFlags flags)
{
  Aligner aligner = { 0 };
  g_autoptr (GArray) anchors = NULL;
  g_autofree guint *taken_from = NULL;
  g_autofree gboolean *dropped = NULL;
  g_autofree guint *final_index = NULL;
  RdAlignment *alignment;
  guint old_cursor = 0, new_cursor = 0;

  aligner.old_items = rd_align_prepare_items (old_items, n_old, flags);
  aligner.n_old = n_old;
  aligner.new_items = rd_align_prepare_items (new_items, n_new, flags);
  aligner.n_new = n_new;
  aligner.steps = g_array_new (FALSE, FALSE, sizeof (RdAlignStep));

  anchors = find_anchors (&aligner);
  for (guint k = 0; k <= anchors->len; k++)
    {
      guint old_next = k < anchors->len ? g_array_index (anchors, KeyCount, k).old_index : n_old;
      guint new_next = k < anchors->len ? g_array_index (anchors, KeyCount, k).new_index : n_new;

      align_gap (&aligner, old_cursor, old_next, new_cursor, new_next);
      if (k < anchors->len)
        add_step (&aligner, RD_ALIGN_MATCH, old_next, 1, new_next, 1, 1.0);
      old_cursor = old_next + 1;
      new_cursor = new_next + 1;
    }

  taken_from = pair_moves (&aligner);
  keep_fewest_moves (&aligner, &taken_from);

  /* Pass 4: drop the deletions that became moves, noting where they
   * stood in the final list. */
  alignment = g_new0 (RdAlignment, 1);
  alignment->steps = g_array_new (FALSE, FALSE, sizeof (RdAlignStep));
  alignment->move_from = g_array_new (FALSE, FALSE, sizeof (guint));
  alignment->coarse = aligner.coarse;

  dropped = g_new0 (gboolean, aligner.steps->len + 1);
  final_index = g_new (guint, aligner.steps->len + 1);
  for (guint s = 0; s < aligner.steps->len; s++)
    if (taken_from[s] != G_MAXUINT)
      dropped[taken_from[s]] = TRUE;

  for (guint s = 0; s < aligner.steps->len; s++)
    {
      /* A dropped deletion "stands before" the next kept step. */
      final_index[s] = alignment->steps->len;
      if (dropped[s])
        continue;
      g_array_append_val (alignment->steps, g_array_index (aligner.steps, RdAlignStep, s));
    }
  for (guint s = 0; s < aligner.steps->len; s++)
    {
      guint origin = G_MAXUINT;

      if (dropped[s])
        continue;
      if (taken_from[s] != G_MAXUINT)
        origin = final_index[taken_from[s]];
      g_array_append_val (alignment->move_from, origin);
    }

  rd_align_free_items (aligner.old_items, n_old);
  rd_align_free_items (aligner.new_items, n_new);
  g_clear_pointer (&aligner.trigram_holders, rd_align_trigram_holders_free);
  g_array_unref (aligner.steps);
  return alignment;
}

void
rd_alignment_free (RdAlignment *alignment)
{
  if (alignment == NULL)
    return;
  g_array_unref (alignment->steps);
  g_array_unref (alignment->move_from);
  g_free (alignment);
}
