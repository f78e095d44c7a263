/* rd-align-items.c: preparing the items rd_align() compares — the hash of
 * their compared form, their words, leading words and runs of three words,
 * sorted — and the measures over them
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-align-private.h"

#include <string.h>

#include "rd-tokenize.h"

/* Sorts @n hashes in place, ascending: quicksort (median of three, the
 * smaller side first) down to short runs, then insertion sort.  Inline,
 * without a comparison callback: g_array_sort's calls were a quarter of
 * a long comparison's instructions.  The partition has no branch on the
 * hashes, which are random: Hoare's scans mispredicted at every other
 * element, most of the sort's time. */
static void
sort_guint32 (guint32 *v,
              gsize n)
{
  while (n > 16)
    {
      gsize mid = n / 2, store = 0, equal;
      guint32 pivot, t;

      /* v[0] <= v[mid] <= v[n - 1], and the pivot (the median) moved to
       * the end, out of the partition's way. */
      if (v[mid] < v[0])
        t = v[mid], v[mid] = v[0], v[0] = t;
      if (v[n - 1] < v[0])
        t = v[n - 1], v[n - 1] = v[0], v[0] = t;
      if (v[n - 1] < v[mid])
        t = v[n - 1], v[n - 1] = v[mid], v[mid] = t;
      pivot = v[mid];
      v[mid] = v[n - 1];
      v[n - 1] = pivot;
      /* Lomuto's partition, every element swapped with v[store] and
       * store moved past it when it is below the pivot: v[0 .. store) <
       * pivot <= v[store .. k]. */
      for (gsize k = 0; k < n - 1; k++)
        {
          guint32 x = v[k];

          v[k] = v[store];
          v[store] = x;
          store += x < pivot;
        }
      v[n - 1] = v[store];
      v[store] = pivot;
      /* The pivot's equals gathered after it the same way, so that a
       * text of one word repeated is sorted in one pass, not n. */
      equal = store + 1;
      for (gsize k = store + 1; k < n; k++)
        {
          guint32 x = v[k];

          v[k] = v[equal];
          v[equal] = x;
          equal += x == pivot;
        }
      /* v[0 .. store) < v[store .. equal) = pivot < v[equal .. n) */
      if (store < n - equal)
        {
          sort_guint32 (v, store);
          v += equal;
          n -= equal;
        }
      else
        {
          sort_guint32 (v + equal, n - equal);
          n = store;
        }
    }
  for (gsize k = 1; k < n; k++)
    {
      guint32 x = v[k];
      gsize m = k;

      for (; m > 0 && v[m - 1] > x; m--)
        v[m] = v[m - 1];
      v[m] = x;
    }
}

/* The next character of @text as compared: white space skipped (and
 * punctuation, when ignored), typographic quotes and dashes unified, case
 * folded when ignored.  0 at the end. */
static inline gunichar
next_compared_char (const char **text,
                    RdDiffFlags flags)
{
  const char *p = *text;

  while (*p != '\0')
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          c = (guchar) *p++;
          if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
            continue;
          if ((flags & RD_DIFF_IGNORE_PUNCTUATION) && g_ascii_ispunct (c))
            continue;
          if (flags & RD_DIFF_IGNORE_CASE)
            c = g_ascii_tolower (c);
          *text = p;
          return c;
        }
      c = g_utf8_get_char (p);
      p = g_utf8_next_char (p);
      if (g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF)
        continue;
      if ((flags & RD_DIFF_IGNORE_PUNCTUATION) && (g_unichar_ispunct (c) || g_unichar_type (c) == G_UNICODE_MATH_SYMBOL))
        continue;
      if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
        c = '\'';
      else if (c == 0x201C || c == 0x201D)
        c = '"';
      else if (c == 0x2010 || c == 0x2011 || c == 0x2013)
        c = '-';
      if (flags & RD_DIFF_IGNORE_CASE)
        c = g_unichar_tolower (c);
      *text = p;
      return c;
    }
  *text = p;
  return 0;
}

/* What compared_hash () does with each byte without options: ASCII white
 * space is skipped, other ASCII (control characters too) compared as it
 * is, the rest decoded. */
enum
{
  COMPARED_AS_IS = 0,
  COMPARED_SKIPPED,
  COMPARED_DECODED,
  COMPARED_END,
};

static const guint8 compared_bytes[256] = {
  [0x00] = COMPARED_END,
  ['\t'] = COMPARED_SKIPPED,
  ['\n'] = COMPARED_SKIPPED,
  ['\v'] = COMPARED_SKIPPED,
  ['\f'] = COMPARED_SKIPPED,
  ['\r'] = COMPARED_SKIPPED,
  [' '] = COMPARED_SKIPPED,
  [0x80 ... 0xFF] = COMPARED_DECODED,
};

/* A hash of the compared form, computed without building it. */
static guint
compared_hash (const char *text,
               RdDiffFlags flags,
               gboolean *empty)
{
  guint hash = 2166136261u;
  gboolean nothing = TRUE;
  gunichar c;

  if (flags == RD_DIFF_FLAGS_NONE)
    {
      /* Plain ASCII without options, the bulk of the text, in a tight
       * loop; anything else one character at a time. */
      const guchar *p = (const guchar *) text;

      while (TRUE)
        {
          guchar byte = *p;
          guint8 kind = compared_bytes[byte];

          if (G_LIKELY (kind == COMPARED_AS_IS))
            {
              p++;
              hash = (hash ^ byte) * 16777619u;
              nothing = FALSE;
              continue;
            }
          if (kind == COMPARED_SKIPPED)
            {
              p++;
              continue;
            }
          if (kind == COMPARED_END)
            break;
          text = (const char *) p;
          c = next_compared_char (&text, flags);
          p = (const guchar *) text;
          if (c == 0)
            break;
          hash = (hash ^ c) * 16777619u;
          nothing = FALSE;
        }
    }
  else
    while ((c = next_compared_char (&text, flags)) != 0)
      {
        hash = (hash ^ c) * 16777619u;
        nothing = FALSE;
      }

  *empty = nothing;
  return hash;
}

static gboolean
compared_equal (const char *a,
                const char *b,
                RdDiffFlags flags)
{
  /* Most equal texts are equal byte for byte. */
  if (strcmp (a, b) == 0)
    return TRUE;
  while (TRUE)
    {
      gunichar x = next_compared_char (&a, flags);
      gunichar y = next_compared_char (&b, flags);

      if (x != y)
        return FALSE;
      if (x == 0)
        return TRUE;
    }
}

/* The trigram hash of three words in a row. */
static inline guint32
trigram_of (const guint32 *w)
{
  return (w[0] * 16777619u ^ w[1]) * 16777619u ^ w[2];
}

/* The sorted words, leading words and sorted trigrams of @text, from
 * its word hashes @hashed (@n_hashed of them) when they are known. */
static GArray *
word_hashes (const char *text,
             RdDiffFlags flags,
             const guint32 *hashed,
             guint n_hashed,
             GArray **lead,
             GArray **trigrams)
{
  g_autoptr (GArray) scratch = NULL;
  guint n;
  GArray *words;
  guint32 *w;
  guint32 *t;

  if (hashed != NULL)
    {
      n = n_hashed;
      words = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n);
      g_array_append_vals (words, hashed, n);
    }
  else
    {
      scratch = g_array_new (FALSE, FALSE, sizeof (guint32));
      n = rd_tokenize_append_word_hashes (text, flags, scratch);
      words = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n);
      g_array_append_vals (words, scratch->data, n);
    }
  w = (guint32 *) (void *) words->data;
  *lead = g_array_sized_new (FALSE, FALSE, sizeof (guint32), MIN (n, LEAD_WORDS));
  g_array_append_vals (*lead, w, MIN (n, LEAD_WORDS));
  *trigrams = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n);
  g_array_set_size (*trigrams, n >= 2 ? n - 2 : 0);
  t = (guint32 *) (void *) (*trigrams)->data;
  for (guint k = 2; k < n; k++)
    t[k - 2] = trigram_of (&w[k - 2]);
  sort_guint32 (t, (*trigrams)->len);
  sort_guint32 (w, n);
  return words;
}

RdPreparedItem *
rd_align_prepare_items (const RdAlignItem *items,
                        guint n,
                        RdDiffFlags flags)
{
  RdPreparedItem *prepared = g_new0 (RdPreparedItem, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      prepared[i].text = items[i].text != NULL ? items[i].text : "";
      if (items[i].hashed)
        {
          prepared[i].key_hash = items[i].hash;
          prepared[i].empty = items[i].empty;
        }
      else
        prepared[i].key_hash = compared_hash (prepared[i].text, flags, &prepared[i].empty);
      prepared[i].flags = flags;
      prepared[i].kind = items[i].kind;
    }
  return prepared;
}

void
rd_align_free_items (RdPreparedItem *items,
                     guint n)
{
  for (guint i = 0; i < n; i++)
    {
      g_clear_pointer (&items[i].words, g_array_unref);
      g_clear_pointer (&items[i].lead, g_array_unref);
      g_clear_pointer (&items[i].trigrams, g_array_unref);
    }
  g_free (items);
}

GArray *
rd_align_words_of (RdPreparedItem *item)
{
  if (item->words == NULL)
    item->words = word_hashes (item->text, item->flags, item->hashed_words, item->n_hashed_words, &item->lead, &item->trigrams);
  return item->words;
}

gboolean
rd_align_same_text (const RdPreparedItem *a,
                    const RdPreparedItem *b)
{
  return a->key_hash == b->key_hash && compared_equal (a->text, b->text, a->flags);
}

guint
rd_align_prepared_hash (gconstpointer item)
{
  return ((const RdPreparedItem *) item)->key_hash;
}

gboolean
rd_align_prepared_equal (gconstpointer a,
                         gconstpointer b)
{
  return rd_align_same_text (a, b);
}

/* Words two sorted multisets have in common. */
guint
rd_align_common_words (const GArray *a,
                       const GArray *b)
{
  const guint32 *x = (const guint32 *) (void *) a->data;
  const guint32 *y = (const guint32 *) (void *) b->data;
  guint i = 0, j = 0, common = 0;

  /* Without branches on the hashes, which are random: each step a
   * misprediction, most of the time the move pass took. */
  while (i < a->len && j < b->len)
    {
      guint32 u = x[i], v = y[j];

      common += u == v;
      i += u <= v;
      j += v <= u;
    }
  return common;
}

/* Words @a has in common with @b1 and @b2 together (sorted multisets):
 * what two parts of a split explain of the paragraph they came from. */
guint
rd_align_common_words_2 (const GArray *a,
                         const GArray *b1,
                         const GArray *b2)
{
  guint i = 0, j1 = 0, j2 = 0, common = 0;

  while (i < a->len && (j1 < b1->len || j2 < b2->len))
    {
      guint32 x = g_array_index (a, guint32, i);
      guint32 y;
      gboolean first = j2 >= b2->len || (j1 < b1->len && g_array_index (b1, guint32, j1) <= g_array_index (b2, guint32, j2));

      y = first ? g_array_index (b1, guint32, j1) : g_array_index (b2, guint32, j2);
      if (x == y)
        {
          common++;
          i++;
        }
      else if (x < y)
        {
          i++;
          continue;
        }
      if (first)
        j1++;
      else
        j2++;
    }
  return common;
}

double
rd_align_dice (guint common,
               guint a,
               guint b)
{
  if (a + b == 0)
    return 1.0;
  return 2.0 * common / (a + b);
}

/* Leading words two items share, in order. */
guint
rd_align_shared_lead (const RdPreparedItem *a,
                      const RdPreparedItem *b)
{
  guint n = MIN (a->lead->len, b->lead->len);
  guint k = 0;

  while (k < n && g_array_index (a->lead, guint32, k) == g_array_index (b->lead, guint32, k))
    k++;
  return k;
}

void
rd_align_trigram_holders_free (RdTrigramHolders *holders)
{
  g_free (holders->table.keys);
  g_free (holders->table.counts);
  g_clear_pointer (&holders->words, g_array_unref);
  g_free (holders);
}

/* An item whose trigrams a table counts, and how many items of either
 * version it stands for: itself, and each new item with its very text. */
typedef struct
{
  const char *text;
  RdDiffFlags flags;
  guint weight;
} CountedItem;

/* The trigrams of item @k (its words from @starts[k] to @starts[k + 1]
 * in @words), each once, into @fresh, their slots of @table asked for
 * ahead; how many.  @seen_keys and @seen_items are a small table of the
 * item's trigrams so far, whose slots are marked with the item (1 up)
 * rather than cleared. */
static guint
fresh_trigrams (const RdTrigramTable *table,
                const GArray *words,
                const guint *starts,
                guint k,
                guint32 *seen_keys,
                guint32 *seen_items,
                guint32 *fresh)
{
  const guint32 *w = (const guint32 *) (void *) words->data + starts[k];
  guint n = starts[k + 1] - starts[k];
  guint32 seen_mask = 16;
  guint n_fresh = 0;

  while (seen_mask < 2 * n)
    seen_mask *= 2;
  seen_mask--;
  for (guint j = 2; j < n; j++)
    {
      guint32 trigram = trigram_of (&w[j - 2]);
      guint32 seen = (guint32) ((trigram * 2654435769u) >> 8) & seen_mask;
      guint32 home;

      while (seen_items[seen] == k + 1 && seen_keys[seen] != trigram)
        seen = (seen + 1) & seen_mask;
      if (seen_items[seen] == k + 1)
        continue;
      seen_items[seen] = k + 1;
      seen_keys[seen] = trigram;
      fresh[n_fresh++] = trigram;
      /* The table is larger than the caches: its slots are asked for
       * all at once, each miss overlapping the others. */
      home = rd_align_trigram_home (table, trigram);
      __builtin_prefetch (&table->keys[home], 1);
      __builtin_prefetch (&table->counts[home], 1);
    }
  return n_fresh;
}

/* Fills @table with how many of the @n @items hold each trigram, @words
 * with their word hashes, one item after the other, and @starts with
 * where each item's are in @words, and the end.  Every item's words
 * hashed without sorting them: most items are never compared word by word
 * (identical ones anchor each other), and sorting each one's words and
 * trigrams was a third of a long comparison's time. */
static void
trigram_table_fill (RdTrigramTable *table,
                    const CountedItem *items,
                    guint n_items,
                    GArray *words,
                    guint *starts)
{
  g_autofree guint32 *seen_keys = NULL;
  g_autofree guint32 *seen_items = NULL;
  g_autofree guint32 *fresh = NULL;
  g_autofree guint32 *next_fresh = NULL;
  gsize total = 0, size = 64, seen_size = 16, most = 0;
  guint n_fresh;

  for (guint i = 0; i < n_items; i++)
    {
      guint n;

      starts[i] = words->len;
      n = rd_tokenize_append_word_hashes (items[i].text, items[i].flags, words);
      total += n >= 2 ? n - 2 : 0;
      most = MAX (most, n);
    }
  starts[n_items] = words->len;

  /* At most two thirds full even if no trigram is held twice, of any
   * size (not only a power of two): smaller is faster, the table being
   * larger than the caches, and each of its pages is a page fault. */
  size = MAX (size, total + total / 2 + 1);
  table->keys = g_new (guint32, size);
  table->counts = g_new0 (guint8, size);
  table->size = (guint32) size;

  /* Each item counts once for a trigram it holds more than once: its
   * trigrams seen so far, in a small table of its own, whose slots are
   * marked with the item (1 up) rather than cleared. */
  while (seen_size < 2 * most)
    seen_size *= 2;
  seen_keys = g_new (guint32, seen_size);
  seen_items = g_new0 (guint32, seen_size);
  fresh = g_new (guint32, MAX (most, 1));
  next_fresh = g_new (guint32, MAX (most, 1));

  /* Each item's trigrams are gathered (their slots asked for) while the
   * item before is counted: a miss of the table has all that time to be
   * served.  The counts are sums, whatever the order. */
  n_fresh = n_items > 0 ? fresh_trigrams (table, words, starts, 0, seen_keys, seen_items, fresh) : 0;
  for (guint k = 0; k < n_items; k++)
    {
      guint weight = items[k].weight;
      guint n_next = k + 1 < n_items ? fresh_trigrams (table, words, starts, k + 1, seen_keys, seen_items, next_fresh) : 0;
      guint32 *swap;

      for (guint j = 0; j < n_fresh; j++)
        {
          guint32 slot = rd_align_trigram_slot (table, fresh[j]);

          table->keys[slot] = fresh[j];
          table->counts[slot] = (guint8) MIN (table->counts[slot] + weight, G_MAXUINT8);
        }
      swap = fresh;
      fresh = next_fresh;
      next_fresh = swap;
      n_fresh = n_next;
    }
}

RdTrigramHolders *
rd_align_trigram_holders_new (RdPreparedItem *old_items,
                              guint n_old,
                              RdPreparedItem *new_items,
                              guint n_new)
{
  RdTrigramHolders *holders = g_new0 (RdTrigramHolders, 1);
  g_autofree CountedItem *items = g_new (CountedItem, (gsize) n_old + n_new + 1);
  g_autofree guint *counted_as = g_new (guint, (gsize) n_new + 1); /* each new item's in @items */
  g_autofree guint *starts = g_new (guint, (gsize) n_old + n_new + 1);
  g_autofree guint *by_text = NULL;
  guint32 by_text_mask = 15;
  guint n = 0;

  /* A new item with an old one's very text holds the same trigrams: it
   * is counted as a second holder of the old one's (most items of a
   * revision are unchanged), found through a table of the old items by
   * their hash. */
  while (by_text_mask < 2 * (gsize) n_old)
    by_text_mask = 2 * by_text_mask + 1;
  by_text = g_new0 (guint, (gsize) by_text_mask + 1);
  for (guint i = 0; i < n_old; i++)
    {
      guint32 at = (guint32) (old_items[i].key_hash * 2654435769u) & by_text_mask;

      while (by_text[at] != 0)
        at = (at + 1) & by_text_mask;
      by_text[at] = i + 1;
      items[n].text = old_items[i].text;
      items[n].flags = old_items[i].flags;
      items[n].weight = 1;
      n++;
    }
  for (guint j = 0; j < n_new; j++)
    {
      const RdPreparedItem *it = &new_items[j];
      guint32 at = (guint32) (it->key_hash * 2654435769u) & by_text_mask;
      gboolean same = FALSE;

      for (; by_text[at] != 0 && !same; at = (at + 1) & by_text_mask)
        {
          CountedItem *old = &items[by_text[at] - 1];

          if (old_items[by_text[at] - 1].key_hash == it->key_hash && old->flags == it->flags && strcmp (old->text, it->text) == 0)
            {
              old->weight++;
              counted_as[j] = by_text[at] - 1;
              same = TRUE;
            }
        }
      if (same)
        continue;
      counted_as[j] = n;
      items[n].text = it->text;
      items[n].flags = it->flags;
      items[n].weight = 1;
      n++;
    }

  /* One table: counted in two threads, each for half of the text, it
   * waited on the one heap's lock (main.c) as long as it saved. */
  holders->words = g_array_new (FALSE, FALSE, sizeof (guint32));
  trigram_table_fill (&holders->table, items, n, holders->words, starts);

  /* Every item's words, hashed once: rd_align_words_of () takes them
   * from here rather than hashing them again. */
  for (guint k = 0; k < n_old + n_new; k++)
    {
      RdPreparedItem *item = k < n_old ? &old_items[k] : &new_items[k - n_old];
      guint counted = k < n_old ? k : counted_as[k - n_old];

      item->hashed_words = (const guint32 *) (void *) holders->words->data + starts[counted];
      item->n_hashed_words = starts[counted + 1] - starts[counted];
    }
  return holders;
}

double
rd_align_item_similarity (RdPreparedItem *a,
                          RdPreparedItem *b)
{
  if (rd_align_same_text (a, b))
    return 1.0;
  if (rd_align_words_of (a)->len + rd_align_words_of (b)->len == 0)
    return 0.0;
  return rd_align_dice (rd_align_common_words (a->words, b->words), a->words->len, b->words->len);
}

/* The similarity of a 1-1 pair from the words they have in common. */
double
rd_align_cell_similarity (const RdPreparedItem *a,
                          const RdPreparedItem *b,
                          guint common)
{
  if (a->words->len + b->words->len == 0)
    return rd_align_same_text (a, b) ? 1.0 : 0.0;
  return rd_align_dice (common, a->words->len, b->words->len);
}

guint
rd_align_hash_text (const char *text,
                    RdDiffFlags flags,
                    gboolean *empty)
{
  gboolean nothing = TRUE;
  guint hash = compared_hash (text != NULL ? text : "", flags, &nothing);

  if (empty != NULL)
    *empty = nothing;
  return hash;
}

double
rd_align_similarity (const char *a,
                     const char *b,
                     RdDiffFlags flags)
{
  RdAlignItem items[2] = { { a, 0 }, { b, 0 } };
  RdPreparedItem *x = rd_align_prepare_items (&items[0], 1, flags);
  RdPreparedItem *y = rd_align_prepare_items (&items[1], 1, flags);
  double result = rd_align_item_similarity (x, y);

  rd_align_free_items (x, 1);
  rd_align_free_items (y, 1);
  return result;
}
