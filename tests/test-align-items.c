/* test-align-items.c: the items the alignment compares, and the table of
 * how many items hold each run of three words
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "rd-align-private.h"

/* How many of @items hold @trigram, counted from their sorted trigrams
 * (rd_align_words_of()), as the table's counts are meant to be: once per
 * item, 255 at most. */
static guint
holders_of (RdPreparedItem *items,
            guint n,
            guint32 trigram)
{
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      GArray *trigrams;
      guint low = 0, high;

      rd_align_words_of (&items[i]);
      trigrams = items[i].trigrams;
      /* sorted: the first not below @trigram */
      high = trigrams->len;
      while (low < high)
        {
          guint mid = low + (high - low) / 2;

          if (g_array_index (trigrams, guint32, mid) < trigram)
            low = mid + 1;
          else
            high = mid;
        }
      count += low < trigrams->len && g_array_index (trigrams, guint32, low) == trigram;
    }
  return MIN (count, G_MAXUINT8);
}

static void
assert_counts (const char *const *old_texts,
               guint n_old,
               const char *const *new_texts,
               guint n_new,
               RdDiffFlags flags)
{
  g_autofree RdAlignItem *old_raw = g_new0 (RdAlignItem, MAX (n_old, 1));
  g_autofree RdAlignItem *new_raw = g_new0 (RdAlignItem, MAX (n_new, 1));
  RdPreparedItem *old_items;
  RdPreparedItem *new_items;
  RdPreparedItem *all;
  RdTrigramHolders *holders;
  guint checked = 0;

  for (guint i = 0; i < n_old; i++)
    old_raw[i].text = old_texts[i];
  for (guint i = 0; i < n_new; i++)
    new_raw[i].text = new_texts[i];
  old_items = rd_align_prepare_items (old_raw, n_old, flags);
  new_items = rd_align_prepare_items (new_raw, n_new, flags);
  /* The table is built before any item's words are: it must not need them. */
  holders = rd_align_trigram_holders_new (old_items, n_old, new_items, n_new);

  all = rd_align_prepare_items (old_raw, n_old, flags);
  all = g_renew (RdPreparedItem, all, n_old + n_new);
  {
    RdPreparedItem *more = rd_align_prepare_items (new_raw, n_new, flags);

    memcpy (all + n_old, more, n_new * sizeof *more);
    g_free (more);
  }
  for (guint side = 0; side < 2; side++)
    for (guint i = 0; i < (side == 0 ? n_old : n_new); i++)
      {
        RdPreparedItem *item = side == 0 ? &old_items[i] : &new_items[i];
        GArray *trigrams;

        rd_align_words_of (item);
        trigrams = item->trigrams;
        /* Its words as the table hashed them, the same as hashed afresh. */
        {
          RdPreparedItem *fresh = &all[side == 0 ? i : n_old + i];

          g_assert_nonnull (item->hashed_words);
          rd_align_words_of (fresh);
          g_assert_cmpmem (item->words->data, item->words->len * sizeof (guint32), fresh->words->data, fresh->words->len * sizeof (guint32));
          g_assert_cmpmem (item->lead->data, item->lead->len * sizeof (guint32), fresh->lead->data, fresh->lead->len * sizeof (guint32));
          g_assert_cmpmem (trigrams->data, trigrams->len * sizeof (guint32), fresh->trigrams->data, fresh->trigrams->len * sizeof (guint32));
        }
        for (guint k = 0; k < trigrams->len; k++)
          {
            guint32 trigram = g_array_index (trigrams, guint32, k);
            g_assert_cmpuint (rd_align_trigram_holders_count (holders, trigram), ==, holders_of (all, n_old + n_new, trigram));
            checked++;
          }
      }
  g_assert_cmpuint (checked, >, 0);

  rd_align_trigram_holders_free (holders);
  rd_align_free_items (old_items, n_old);
  rd_align_free_items (new_items, n_new);
  rd_align_free_items (all, n_old + n_new);
}

static void
test_holders_counts (void)
{
  /* Unchanged items (the same text on both sides), items that repeat a
   * run of three words, one edited, one held by many, an empty one, and
   * two whose texts differ only in white space (the same compared form,
   * not the same words). */
  const char *old_texts[] = {
    "Recalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world”,",
    "Calls upon States to take measures, take measures, take measures again;",
    "Requests the Secretary-General to report to it at its eighty-first session;",
    "",
    "Decides to remain seized of the matter",
    "Noting with appreciation the work of the Special Rapporteur,",
    "ab cd ef",
  };
  const char *new_texts[] = {
    "Recalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world”,",
    "Calls upon States to take measures, take measures, take measures again;",
    "Requests the Secretary-General to submit a report to it at its eighty-first session;",
    "Decides to remain seized of the matter",
    "Decides to remain seized of the matter",
    "",
    "abcd ef",
    "Noting with appreciation the work of the Special Rapporteur,",
  };

  assert_counts (old_texts, G_N_ELEMENTS (old_texts), new_texts, G_N_ELEMENTS (new_texts), RD_DIFF_FLAGS_NONE);
  assert_counts (old_texts, G_N_ELEMENTS (old_texts), new_texts, G_N_ELEMENTS (new_texts), RD_DIFF_IGNORE_CASE | RD_DIFF_IGNORE_PUNCTUATION);
  assert_counts (new_texts, G_N_ELEMENTS (new_texts), old_texts, G_N_ELEMENTS (old_texts), RD_DIFF_FLAGS_NONE);
}

static void
test_holders_saturate (void)
{
  /* A run held by more than 255 items counts 255. */
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < 300; i++)
    g_ptr_array_add (texts, g_strdup_printf ("the same words here and item %u", i));
  assert_counts ((const char *const *) texts->pdata, 150, (const char *const *) texts->pdata + 150, 150, RD_DIFF_FLAGS_NONE);
  assert_counts ((const char *const *) texts->pdata, 300, (const char *const *) texts->pdata, 300, RD_DIFF_FLAGS_NONE);
}

static void
test_holders_long (void)
{
  /* Long versions: items of a thousand words, some unchanged, some
   * edited, some held by several, repeated runs within one item. */
  g_autoptr (GPtrArray) old_texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) new_texts = g_ptr_array_new_with_free_func (g_free);
  gsize bytes = 0;

  for (guint i = 0; i < 24; i++)
    {
      GString *text = g_string_new (NULL);

      for (guint w = 0; w < 1000; w++)
        g_string_append_printf (text, "word%u item%u ", (w * 7 + i) % 90, w % 3 == 0 ? i % 5 : i);
      bytes += text->len;
      g_ptr_array_add (old_texts, g_strdup (text->str));
      if (i % 4 == 1)
        g_string_append (text, " and one more clause at the end");
      if (i % 6 != 2)
        g_ptr_array_add (new_texts, g_string_free (text, FALSE));
      else
        g_string_free (text, TRUE);
    }
  g_assert_cmpuint (bytes, >, 256 * 1024);
  assert_counts ((const char *const *) old_texts->pdata, old_texts->len, (const char *const *) new_texts->pdata, new_texts->len, RD_DIFF_FLAGS_NONE);
}

/* Tables of many sizes (any number of slots, not only powers of two),
 * nearly full when no trigram is held twice: searches that run past the
 * last slot go on from the first. */
static void
test_holders_sizes (void)
{
  const char *one[] = { "a single item of its own" };

  RdTrigramHolders *none = rd_align_trigram_holders_new (NULL, 0, NULL, 0);

  /* No items at all: a table holding nothing; one item on one side. */
  g_assert_cmpuint (none->words->len, ==, 0);
  g_assert_cmpuint (rd_align_trigram_holders_count (none, 12345), ==, 0);
  rd_align_trigram_holders_free (none);
  assert_counts (one, 1, NULL, 0, RD_DIFF_FLAGS_NONE);
  assert_counts (NULL, 0, one, 1, RD_DIFF_FLAGS_NONE);
  for (guint words = 3; words <= 120; words += 7)
    {
      g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < 3; i++)
        {
          GString *text = g_string_new (NULL);

          for (guint w = 0; w < words; w++)
            g_string_append_printf (text, "w%u ", (w * 131 + i * 977) % 5003);
          g_ptr_array_add (texts, g_string_free (text, FALSE));
        }
      assert_counts ((const char *const *) texts->pdata, 2, (const char *const *) texts->pdata + 1, 2, RD_DIFF_FLAGS_NONE);
    }
}

/* An item's words and trigrams come sorted, whatever they repeat: its
 * words, its runs of three words, each as many times as it holds them. */
static void
test_words_sorted (void)
{
  GString *text = g_string_new (NULL);
  RdAlignItem raw = { 0 };
  RdPreparedItem *item;
  GArray *words;

  for (guint w = 0; w < 3000; w++)
    g_string_append_printf (text, "%s ", w % 7 == 0 ? "again" : w % 5 == 0 ? "the"
                                                                           : "");
  for (guint w = 0; w < 2000; w++)
    g_string_append_printf (text, "word%u ", (w * 7919) % 1000);
  raw.text = text->str;
  item = rd_align_prepare_items (&raw, 1, RD_DIFF_FLAGS_NONE);
  words = rd_align_words_of (item);
  g_assert_cmpuint (words->len, ==, 429 + 514 + 2000);
  for (guint k = 1; k < words->len; k++)
    g_assert_cmpuint (g_array_index (words, guint32, k - 1), <=, g_array_index (words, guint32, k));
  g_assert_cmpuint (item->trigrams->len, ==, words->len - 2);
  for (guint k = 1; k < item->trigrams->len; k++)
    g_assert_cmpuint (g_array_index (item->trigrams, guint32, k - 1), <=, g_array_index (item->trigrams, guint32, k));
  rd_align_free_items (item, 1);
  g_string_free (text, TRUE);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/align-items/holders/counts", test_holders_counts);
  g_test_add_func ("/align-items/holders/saturate", test_holders_saturate);
  g_test_add_func ("/align-items/holders/long", test_holders_long);
  g_test_add_func ("/align-items/holders/sizes", test_holders_sizes);
  g_test_add_func ("/align-items/words-sorted", test_words_sorted);

  return g_test_run ();
}
