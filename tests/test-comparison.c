/* test-comparison.c: alignment and comparison scenarios built from the seed
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "rd-align.h"
#include "rd-block.h"
#include "rd-comparison.h"
#include "rd-test-seed.h"

/* Helpers */

/* Every paragraph of both versions is in exactly one change, and the new
 * side reads in order. */
static void
assert_accounted_once (RdComparison *comparison,
                       gboolean footnotes)
{
  GPtrArray *changes = footnotes ? rd_comparison_get_footnote_changes (comparison) : rd_comparison_get_changes (comparison);
  guint n_old = footnotes ? rd_document_get_footnotes (rd_comparison_get_old (comparison))->len : rd_document_get_paragraphs (rd_comparison_get_old (comparison))->len;
  guint n_new = footnotes ? rd_document_get_footnotes (rd_comparison_get_new (comparison))->len : rd_document_get_paragraphs (rd_comparison_get_new (comparison))->len;
  g_autofree guint *seen_old = g_new0 (guint, n_old + 1);
  g_autofree guint *seen_new = g_new0 (guint, n_new + 1);
  guint next_new = 0;

  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);

      for (guint k = 0; k < change->old_items->len; k++)
        seen_old[g_array_index (change->old_items, guint, k)]++;
      for (guint k = 0; k < change->new_items->len; k++)
        {
          guint index = g_array_index (change->new_items, guint, k);
          seen_new[index]++;
          g_assert_cmpuint (index, ==, next_new);
          next_new++;
        }
      if (change->type == RD_CHANGE_MOVED)
        g_assert_cmpuint (change->origin, <=, changes->len);
      else
        g_assert_cmpuint (change->origin, ==, G_MAXUINT);
    }
  for (guint i = 0; i < n_old; i++)
    g_assert_cmpuint (seen_old[i], ==, 1);
  for (guint i = 0; i < n_new; i++)
    g_assert_cmpuint (seen_new[i], ==, 1);
}

static RdComparison *
compare_with_flags (RdDocument *old_document,
                    RdDocument *new_document,
                    RdDiffFlags flags)
{
  RdCompareOptions options = { flags, 0 };
  RdComparison *comparison = rd_comparison_new (old_document, new_document, &options);

  assert_accounted_once (comparison, FALSE);
  assert_accounted_once (comparison, TRUE);
  return comparison;
}

static RdComparison *
compare_seeds (RdSeed *old_seed,
               RdSeed *new_seed)
{
  g_autoptr (RdDocument) a = rd_seed_parse (old_seed);
  g_autoptr (RdDocument) b = rd_seed_parse (new_seed);

  return compare_with_flags (a, b, RD_DIFF_FLAGS_NONE);
}

static guint
count_type (RdComparison *comparison,
            RdChangeType type)
{
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  guint count = 0;

  for (guint i = 0; i < changes->len; i++)
    count += ((RdChange *) g_ptr_array_index (changes, i))->type == type;
  return count;
}

static const RdParagraph *
old_paragraph (RdComparison *comparison,
               const RdChange *change,
               guint k)
{
  return g_ptr_array_index (rd_document_get_paragraphs (rd_comparison_get_old (comparison)), g_array_index (change->old_items, guint, k));
}

static const RdParagraph *
new_paragraph (RdComparison *comparison,
               const RdChange *change,
               guint k)
{
  return g_ptr_array_index (rd_document_get_paragraphs (rd_comparison_get_new (comparison)), g_array_index (change->new_items, guint, k));
}

/* Identity */

static void
test_identical (void)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdComparison) comparison = compare_seeds (seed, seed);
  const RdComparisonStats *stats = rd_comparison_get_stats (comparison);

  g_assert_false (rd_comparison_has_differences (comparison));
  g_assert_cmpuint (stats->counts[RD_CHANGE_UNCHANGED], ==, 54);
  g_assert_cmpuint (rd_comparison_get_changes (comparison)->len, ==, 54);
  g_assert_cmpuint (rd_comparison_get_sponsors_kept (comparison)->len, ==, 34);
  g_assert_cmpuint (stats->words_inserted + stats->words_deleted, ==, 0);
  g_assert_cmpuint (rd_comparison_get_warnings (comparison)->len, ==, 0);
}

static void
test_whitespace_and_page_breaks (void)
{
  /* The same text with every footnote moved to the end, the two cut
   * paragraphs whole, and spaces doubled: no change at all. */
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) other = rd_seed_load ();
  g_autoptr (GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (RdComparison) comparison = NULL;
  guint cut;

  for (guint i = other->chunks->len; i > 0; i--)
    if (g_str_has_prefix (rd_seed_get (other, i - 1), "¹") || g_str_has_prefix (rd_seed_get (other, i - 1), "²") ||
        g_str_has_prefix (rd_seed_get (other, i - 1), "³") || g_str_has_prefix (rd_seed_get (other, i - 1), "⁴") ||
        g_str_has_prefix (rd_seed_get (other, i - 1), "⁵") || g_str_has_prefix (rd_seed_get (other, i - 1), "⁶") ||
        g_str_has_prefix (rd_seed_get (other, i - 1), "⁷") || g_str_has_prefix (rd_seed_get (other, i - 1), "⁸") ||
        g_str_has_prefix (rd_seed_get (other, i - 1), "⁹"))
      g_ptr_array_insert (notes, 0, rd_seed_take (other, i - 1));
  g_assert_cmpuint (notes->len, ==, 14);

  cut = rd_seed_find (other, "enforce and strengthen");
  {
    g_autofree char *second = rd_seed_take (other, cut);
    g_autofree char *joined = g_strconcat (rd_seed_get (other, cut - 1), "\n", second, NULL);
    rd_seed_set (other, cut - 1, joined);
  }
  cut = rd_seed_find (other, "Conference of the Parties to the United Nations");
  {
    g_autofree char *second = rd_seed_take (other, cut);
    g_autofree char *joined = g_strconcat (rd_seed_get (other, cut - 1), "   ", second, NULL);
    rd_seed_set (other, cut - 1, joined);
  }
  rd_seed_replace (other, rd_seed_find (other, "Reiterating its strong"), "human dignity and", "human  dignity\nand");
  for (guint i = 0; i < notes->len; i++)
    rd_seed_insert (other, other->chunks->len, g_ptr_array_index (notes, i));

  comparison = compare_seeds (seed, other);
  g_assert_false (rd_comparison_has_differences (comparison));
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_UNCHANGED), ==, 54);
  g_assert_cmpuint (rd_comparison_get_stats (comparison)->footnotes_changed, ==, 0);
}

/* Moves */

static void
test_move_ten_places (void)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) other = rd_seed_load ();
  guint from = rd_seed_find (other, "Recognizing also the importance of bilateral");
  g_autofree char *moved = rd_seed_take (other, from);
  g_autoptr (RdComparison) comparison = NULL;
  const RdChange *change;
  GPtrArray *changes;

  /* Ten paragraphs later, still in the preamble. */
  rd_seed_insert (other, from + 10, moved);
  comparison = compare_seeds (seed, other);
  changes = rd_comparison_get_changes (comparison);

  g_assert_cmpuint (count_type (comparison, RD_CHANGE_MOVED), ==, 1);
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_UNCHANGED), ==, 53);
  g_assert_cmpuint (changes->len, ==, 54);
  change = rd_test_find_change_of_type (comparison, RD_CHANGE_MOVED);
  g_assert_false (rd_diff_has_changes (change->diff));
  g_assert_true (g_str_has_prefix (new_paragraph (comparison, change, 0)->text, "Recognizing also the importance of bilateral"));
  g_assert_cmpfloat (change->similarity, ==, 1.0);

  /* The old place: before the paragraph that followed it in the old
   * version. */
  {
    const RdChange *next = g_ptr_array_index (changes, change->origin);
    g_assert_true (g_str_has_prefix (old_paragraph (comparison, next, 0)->text, "Stressing the need to protect victims"));
  }
  {
    g_autofree char *label = rd_comparison_describe_change (comparison, change);
    g_assert_cmpstr (label, ==, "PP 16 → 25, moved");
  }
}

static void
test_move_edited (void)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) other = rd_seed_load ();
  guint from = rd_seed_find (other, "Recognizing also the importance of bilateral");
  g_autofree char *moved = NULL;
  g_autoptr (RdComparison) comparison = NULL;
  const RdChange *change;

  rd_seed_replace (other, from, "information exchanges on good practices", "exchanges of information and of good practices");
  moved = rd_seed_take (other, from);
  rd_seed_insert (other, from + 10, moved);
  comparison = compare_seeds (seed, other);

  g_assert_cmpuint (count_type (comparison, RD_CHANGE_MOVED), ==, 1);
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_UNCHANGED), ==, 53);
  change = rd_test_find_change_of_type (comparison, RD_CHANGE_MOVED);
  g_assert_true (rd_diff_has_changes (change->diff));
  g_assert_cmpfloat (change->similarity, <, 1.0);
  g_assert_cmpfloat (change->similarity, >=, RD_ALIGN_MOVE_MIN);
  {
    g_autofree char *label = rd_comparison_describe_change (comparison, change);
    g_assert_cmpstr (label, ==, "PP 16 → 25, moved and edited");
  }
}

static void
test_move_preamble_to_operative (void)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) other = rd_seed_load ();
  guint from = rd_seed_find (other, "Stressing the need to protect victims of trafficking from being");
  g_autofree char *moved = rd_seed_take (other, from);
  g_autoptr (RdComparison) comparison = NULL;
  const RdChange *change;

  /* The same words as operative paragraph 19. */
  (void) moved;
  rd_seed_insert (other, other->chunks->len, "19. *Stresses* the need to protect victims of trafficking from being incarcerated and prosecuted even when States have inadequate or no formal procedures for their identification.");
  rd_seed_replace (other, rd_seed_find (other, "18. *Requests*"), "sixty-ninth session.", "sixty-ninth session;");
  comparison = compare_seeds (seed, other);

  change = rd_test_find_change_of_type (comparison, RD_CHANGE_MOVED);
  g_assert_cmpint (old_paragraph (comparison, change, 0)->kind, ==, RD_PARAGRAPH_PREAMBULAR);
  g_assert_cmpint (new_paragraph (comparison, change, 0)->kind, ==, RD_PARAGRAPH_OPERATIVE);
  /* The same verb in the form of its new place: a move, no verb change. */
  g_assert_false (change->verb_changed);
  g_assert_cmpstr (change->old_verb, ==, "Stressing");
  g_assert_cmpstr (change->new_verb, ==, "Stresses");
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_DELETED), ==, 0);
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_INSERTED), ==, 0);
}

/* Split and merge */

static void
test_split (void)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) other = rd_seed_load ();
  guint at = rd_seed_find (other, "11. *Calls upon*");
  g_autoptr (RdComparison) comparison = NULL;
  const RdChange *change;
  GPtrArray *changes;

  rd_seed_renumber (other, at + 1, 1);
  rd_seed_replace (other, at, " with full respect for their human rights, and invites Member States to continue to support",
                   " with full respect for their human rights;\n\n12. *Invites* Member States to continue to support");
  comparison = compare_seeds (seed, other);
  changes = rd_comparison_get_changes (comparison);

  g_assert_cmpuint (count_type (comparison, RD_CHANGE_SPLIT), ==, 1);
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_UNCHANGED), ==, 53);
  g_assert_cmpuint (changes->len, ==, 54);
  change = rd_test_find_change_of_type (comparison, RD_CHANGE_SPLIT);
  g_assert_cmpuint (change->old_items->len, ==, 1);
  g_assert_cmpuint (change->new_items->len, ==, 2);
  g_assert_cmpstr (new_paragraph (comparison, change, 0)->number, ==, "11");
  g_assert_cmpstr (new_paragraph (comparison, change, 1)->number, ==, "12");
  g_assert_nonnull (change->parts);
  g_assert_cmpuint (change->parts->len, ==, 2);
  /* The seven operative paragraphs after it are only renumbered. */
  g_assert_cmpuint (rd_comparison_get_stats (comparison)->renumbered, ==, 7);
  {
    g_autofree char *label = rd_comparison_describe_change (comparison, change);
    g_assert_cmpstr (label, ==, "OP 11 → OP 11 + OP 12, split");
  }
}

static void
test_merge (void)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) other = rd_seed_load ();
  guint at = rd_seed_find (other, "8. *Invites*");
  g_autoptr (RdComparison) comparison = NULL;
  const RdChange *change;
  g_autofree char *second = NULL;
  g_autofree char *merged = NULL;

  /* Operative paragraphs 8 and 9 become one. */
  second = rd_seed_take (other, at + 1);
  merged = g_strdup_printf ("%.*s, and invites Member States%s", (int) (strlen (rd_seed_get (other, at)) - 1), rd_seed_get (other, at),
                            strstr (second, " to address the social"));
  rd_seed_set (other, at, merged);
  rd_seed_renumber (other, at + 1, -1);
  comparison = compare_seeds (seed, other);

  g_assert_cmpuint (count_type (comparison, RD_CHANGE_MERGED), ==, 1);
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_UNCHANGED), ==, 52);
  change = rd_test_find_change_of_type (comparison, RD_CHANGE_MERGED);
  g_assert_cmpuint (change->old_items->len, ==, 2);
  g_assert_cmpuint (change->new_items->len, ==, 1);
  g_assert_cmpuint (change->parts->len, ==, 2);
  g_assert_cmpuint (rd_comparison_get_stats (comparison)->renumbered, ==, 9);
}

/* Renumbering */

static void
test_operative_inserted_at_top (void)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) other = rd_seed_load ();
  guint at = rd_seed_find (other, "1. *Urges*");
  g_autoptr (RdComparison) comparison = NULL;
  const RdComparisonStats *stats;
  const RdChange *change;

  rd_seed_renumber (other, at, 1);
  rd_seed_insert (other, at, "1. *Reaffirms* its commitment to end trafficking in persons in all its forms;");
  comparison = compare_seeds (seed, other);
  stats = rd_comparison_get_stats (comparison);

  g_assert_cmpuint (stats->counts[RD_CHANGE_INSERTED], ==, 1);
  g_assert_cmpuint (stats->counts[RD_CHANGE_UNCHANGED], ==, 54);
  g_assert_cmpuint (stats->counts[RD_CHANGE_MODIFIED], ==, 0);
  g_assert_cmpuint (stats->renumbered, ==, 18);
  change = rd_test_find_change_of_type (comparison, RD_CHANGE_INSERTED);
  g_assert_cmpstr (new_paragraph (comparison, change, 0)->number, ==, "1");
  g_assert_cmpuint (stats->words_inserted, ==, 12);
  {
    GPtrArray *changes = rd_comparison_get_changes (comparison);
    const RdChange *op7 = g_ptr_array_index (changes, 37 + 6);
    g_autofree char *label = rd_comparison_describe_change (comparison, op7);

    g_assert_true (op7->renumbered);
    g_assert_cmpstr (label, ==, "OP 7 → 8, unchanged (renumbered)");
  }
}

static void
test_footnote_inserted_early (void)
{
  /* A new footnote 1 in the first paragraph: every later marker moves up
   * by one, and no paragraph has changed. */
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) other = rd_seed_load ();
  const char *superscripts[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
  g_autoptr (RdComparison) comparison = NULL;
  GPtrArray *footnote_changes;
  guint inserted = 0, renumbered = 0;
  g_autofree char *text = NULL;
  GString *renumbered_text;

  /* Rewrite every superscript number n as n + 1 (from the top, so "10" and
   * "14" become "11" and "15"). */
  text = rd_seed_text (other);
  renumbered_text = g_string_new (NULL);
  for (const char *p = text; *p != '\0';)
    {
      int digit = -1;
      for (guint d = 0; d < 10; d++)
        if (g_str_has_prefix (p, superscripts[d]))
          digit = d;
      if (digit < 0)
        {
          g_string_append_len (renumbered_text, p, g_utf8_next_char (p) - p);
          p = g_utf8_next_char (p);
          continue;
        }
      {
        guint value = 0;
        g_autofree char *digits = NULL;

        while (TRUE)
          {
            int d = -1;
            for (guint k = 0; k < 10; k++)
              if (g_str_has_prefix (p, superscripts[k]))
                d = k;
            if (d < 0)
              break;
            value = value * 10 + d;
            p += strlen (superscripts[d]);
          }
        digits = g_strdup_printf ("%u", value + 1);
        for (const char *q = digits; *q != '\0'; q++)
          g_string_append (renumbered_text, superscripts[*q - '0']);
      }
    }
  {
    g_auto (GStrv) parts = g_regex_split_simple ("\\n\\s*\\n", renumbered_text->str, 0, 0);
    g_ptr_array_set_size (other->chunks, 0);
    for (guint i = 0; parts[i] != NULL; i++)
      if (*g_strstrip (parts[i]) != '\0')
        g_ptr_array_add (other->chunks, g_strdup (parts[i]));
  }
  g_string_free (renumbered_text, TRUE);
  rd_seed_replace (other, rd_seed_find (other, "Reiterating its strong"), "human dignity", "human dignity¹");
  rd_seed_insert (other, rd_seed_find (other, "Reiterating its concern"), "¹ See A/HRC/50/1.");

  comparison = compare_seeds (seed, other);
  /* The paragraph that gained footnote 1 is modified (its citation); the
   * ones whose footnotes were only renumbered are unchanged. */
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_UNCHANGED), ==, 53);
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_MODIFIED), ==, 1);
  g_assert_true (rd_test_find_change_of_type (comparison, RD_CHANGE_MODIFIED)->citations_changed);
  footnote_changes = rd_comparison_get_footnote_changes (comparison);
  g_assert_cmpuint (footnote_changes->len, ==, 15);
  for (guint i = 0; i < footnote_changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (footnote_changes, i);

      inserted += change->type == RD_CHANGE_INSERTED;
      renumbered += change->type == RD_CHANGE_UNCHANGED && change->renumbered;
    }
  g_assert_cmpuint (inserted, ==, 1);
  g_assert_cmpuint (renumbered, ==, 14);
  g_assert_cmpuint (rd_comparison_get_stats (comparison)->footnotes_changed, ==, 1);
}

/* Edits */

static void
test_verb_changed (void)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) other = rd_seed_load ();
  g_autoptr (RdComparison) comparison = NULL;
  const RdChange *change;
  guint segments_changed = 0;

  rd_seed_replace (other, rd_seed_find (other, "7. *Encourages*"), "7. *Encourages*", "7. *Urges*");
  comparison = compare_seeds (seed, other);

  g_assert_cmpuint (count_type (comparison, RD_CHANGE_MODIFIED), ==, 1);
  change = rd_test_find_change_of_type (comparison, RD_CHANGE_MODIFIED);
  g_assert_true (change->verb_changed);
  g_assert_cmpstr (change->old_verb, ==, "Encourages");
  g_assert_cmpstr (change->new_verb, ==, "Urges");
  for (guint s = 0; s < change->diff->segments->len; s++)
    segments_changed += ((RdDiffSegment *) g_ptr_array_index (change->diff->segments, s))->op != RD_DIFF_EQUAL;
  g_assert_cmpuint (segments_changed, ==, 2);
  g_assert_cmpuint (rd_comparison_get_stats (comparison)->verbs_changed, ==, 1);
  {
    g_autofree char *label = rd_comparison_describe_change (comparison, change);
    g_assert_cmpstr (label, ==, "OP 7, modified, Encourages → Urges");
  }
}

/* "Also", "further" and the like mark a repeated verb: no verb change. */
static void
test_verbs_differ (void)
{
  g_assert_true (rd_verbs_differ ("Encourages", "Urges"));
  g_assert_true (rd_verbs_differ ("Welcomes", "Takes note of"));
  g_assert_true (rd_verbs_differ ("Notes with appreciation", "Notes"));
  g_assert_true (rd_verbs_differ ("Also decides", "Also requests"));
  g_assert_false (rd_verbs_differ ("Decides", "Also decides"));
  g_assert_false (rd_verbs_differ ("Reaffirming also", "Reaffirming"));
  g_assert_false (rd_verbs_differ ("Further calls upon", "Also calls upon"));
  g_assert_false (rd_verbs_differ ("Taking note with appreciation", "Taking note with appreciation further"));
  g_assert_false (rd_verbs_differ ("Strongly condemns", "condemns"));
  g_assert_false (rd_verbs_differ ("Conscious", "Conscious of"));
  /* A/RES/78/220 to A/RES/79/183 OP 9. */
  g_assert_false (rd_verbs_differ ("Condemns", "Condemns in the strongest terms"));
  g_assert_false (rd_verbs_differ ("Condemning in the strongest possible terms", "Condemning"));
  g_assert_true (rd_verbs_differ ("Condemns in the strongest terms", "Deplores"));
  g_assert_false (rd_verbs_differ (NULL, "Urges"));
  /* "its" adds nothing (A/C.3/80/L.31 to A/RES/80/224 OP 12 and 13). */
  g_assert_false (rd_verbs_differ ("Expresses support", "Expresses its support"));
  g_assert_false (rd_verbs_differ ("Expresses gratitude", "Expresses its gratitude"));
  g_assert_true (rd_verbs_differ ("Expresses its support", "Expresses its concern"));
}

/* Operative and preambular verb changes are counted apart; an added
 * "also" modifies the paragraph without changing its verb. */
static void
test_verb_kinds_counted_apart (void)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) other = rd_seed_load ();
  g_autoptr (RdComparison) comparison = NULL;
  const RdComparisonStats *stats;

  rd_seed_replace (other, rd_seed_find (other, "7. *Encourages*"), "7. *Encourages*", "7. *Urges*");
  rd_seed_replace (other, rd_seed_find (other, "4. *Decides*"), "4. *Decides*", "4. *Also decides*");
  rd_seed_replace (other, rd_seed_find (other, "Affirming that capacity-building"), "Affirming that", "Stressing that");
  rd_seed_replace (other, rd_seed_find (other, "Reaffirming the importance of humanitarian"), "Reaffirming the", "Reaffirming also the");
  comparison = compare_seeds (seed, other);
  stats = rd_comparison_get_stats (comparison);

  g_assert_cmpuint (count_type (comparison, RD_CHANGE_MODIFIED), ==, 4);
  g_assert_cmpuint (stats->verbs_changed, ==, 2);
  g_assert_cmpuint (stats->operative_verbs_changed, ==, 1);
  g_assert_cmpuint (stats->preambular_verbs_changed, ==, 1);
}

/* A paragraph that loses a footnote citation, its words the same, is
 * modified; one whose footnote is only renumbered is not. */
static void
test_citation_lost (void)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) other = rd_seed_load ();
  g_autoptr (RdComparison) comparison = NULL;
  const RdChange *change;

  rd_seed_replace (other, rd_seed_find (other, "1. *Urges*"), "Crime,⁵ taking", "Crime, taking");
  comparison = compare_seeds (seed, other);

  g_assert_cmpuint (count_type (comparison, RD_CHANGE_MODIFIED), ==, 1);
  change = rd_test_find_change_of_type (comparison, RD_CHANGE_MODIFIED);
  g_assert_true (change->citations_changed);
  g_assert_false (rd_diff_has_changes (change->diff));
  g_assert_cmpuint (old_paragraph (comparison, change, 0)->footnotes->len, ==, new_paragraph (comparison, change, 0)->footnotes->len + 1);
}

static void
test_rewritten_is_deleted_and_inserted (void)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) other = rd_seed_load ();
  g_autoptr (RdComparison) comparison = NULL;

  rd_seed_set (other, rd_seed_find (other, "17. *Invites*"), "17. *Decides* to include in the provisional agenda of its seventieth session the item entitled “Crime prevention and criminal justice”;");
  comparison = compare_seeds (seed, other);

  g_assert_cmpuint (count_type (comparison, RD_CHANGE_MODIFIED), ==, 0);
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_DELETED), ==, 1);
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_INSERTED), ==, 1);
}

static void
test_ignore_case_and_punctuation (void)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) other = rd_seed_load ();
  g_autoptr (RdDocument) a = NULL;
  g_autoptr (RdDocument) b = NULL;
  g_autoptr (RdComparison) plain = NULL;
  g_autoptr (RdComparison) no_case = NULL;
  g_autoptr (RdComparison) no_punct = NULL;
  g_autoptr (RdComparison) neither = NULL;

  rd_seed_replace (other, rd_seed_find (other, "3. *Welcomes*"), "Global Plan of Action", "global plan of action");
  rd_seed_replace (other, rd_seed_find (other, "4. *Decides*"), "from within existing resources,", "from within existing resources");
  a = rd_seed_parse (seed);
  b = rd_seed_parse (other);

  plain = compare_with_flags (a, b, RD_DIFF_FLAGS_NONE);
  no_case = compare_with_flags (a, b, RD_DIFF_IGNORE_CASE);
  no_punct = compare_with_flags (a, b, RD_DIFF_IGNORE_PUNCTUATION);
  neither = compare_with_flags (a, b, RD_DIFF_IGNORE_CASE | RD_DIFF_IGNORE_PUNCTUATION);
  g_assert_cmpuint (count_type (plain, RD_CHANGE_MODIFIED), ==, 2);
  g_assert_cmpuint (count_type (no_case, RD_CHANGE_MODIFIED), ==, 1);
  g_assert_cmpuint (count_type (no_punct, RD_CHANGE_MODIFIED), ==, 1);
  g_assert_cmpuint (count_type (neither, RD_CHANGE_MODIFIED), ==, 0);
  g_assert_false (rd_comparison_has_differences (neither));
}

/* Header and sponsors */

static void
test_sponsors_join_leave_rename (void)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) other = rd_seed_load ();
  guint line = rd_seed_find (other, "Armenia, Azerbaijan");
  g_autoptr (RdComparison) comparison = NULL;
  GPtrArray *added, *removed;

  /* Turkey is now Türkiye, the former Yugoslav Republic of Macedonia is
   * North Macedonia, a curly apostrophe and capitals: none a change.
   * Armenia leaves; Kenya and Chile join. */
  rd_seed_replace (other, line, "Armenia, ", "");
  rd_seed_replace (other, line, "Turkey", "Türkiye");
  rd_seed_replace (other, line, "the former Yugoslav Republic of Macedonia", "North Macedonia");
  rd_seed_replace (other, line, "Côte d'Ivoire", "Côte d’Ivoire");
  rd_seed_replace (other, line, "Costa Rica", "COSTA RICA");
  rd_seed_replace (other, line, "Vanuatu and", "Vanuatu, Kenya, Chile and");
  comparison = compare_seeds (seed, other);
  added = rd_comparison_get_sponsors_added (comparison);
  removed = rd_comparison_get_sponsors_removed (comparison);

  g_assert_cmpuint (added->len, ==, 2);
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (added, 0))->name, ==, "Kenya");
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (added, 1))->name, ==, "Chile");
  g_assert_cmpuint (removed->len, ==, 1);
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (removed, 0))->name, ==, "Armenia");
  g_assert_cmpuint (rd_comparison_get_sponsors_kept (comparison)->len, ==, 33);
  g_assert_cmpuint (rd_comparison_get_header_changes (comparison)->len, ==, 0);
  g_assert_true (rd_comparison_has_differences (comparison));
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_UNCHANGED), ==, 54);
}

static void
test_draft_to_revised (void)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) draft = rd_seed_load ();
  g_autoptr (RdComparison) comparison = NULL;
  GPtrArray *header;
  const RdHeaderChange *change;

  /* The draft: plain "draft resolution", another date, one paragraph less
   * and an earlier wording of operative paragraph 2. */
  rd_seed_replace (draft, rd_seed_find (draft, "Armenia, Azerbaijan"), "revised draft resolution", "draft resolution");
  rd_seed_replace (draft, rd_seed_find (draft, "Distr.: Limited"), "8 November 2013", "25 October 2013");
  g_free (rd_seed_take (draft, rd_seed_find (draft, "Affirming that capacity-building")));
  rd_seed_replace (draft, rd_seed_find (draft, "4. *Decides*"), "on a four-year basis", "on a biennial basis");
  comparison = compare_seeds (draft, seed);
  header = rd_comparison_get_header_changes (comparison);

  g_assert_cmpuint (header->len, ==, 2);
  change = g_ptr_array_index (header, 0);
  g_assert_cmpstr (change->name, ==, "document_type");
  g_assert_cmpstr (change->old_value, ==, "draft resolution");
  g_assert_cmpstr (change->new_value, ==, "revised draft resolution");
  change = g_ptr_array_index (header, 1);
  g_assert_cmpstr (change->name, ==, "date");
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_INSERTED), ==, 1);
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_MODIFIED), ==, 1);
  g_assert_cmpuint (rd_comparison_get_stats (comparison)->words_inserted, >, 40);
}

/* Budgets */

static void
test_budget_alignment (void)
{
  /* Two long documents with nothing in common: past the alignment budget,
   * the result is coarser (deleted and inserted), still accounts for every
   * paragraph, and says so. */
  const guint n = 1600;
  g_autoptr (RdDocument) a = rd_document_new ("a.txt", "text");
  g_autoptr (RdDocument) b = rd_document_new ("b.txt", "text");
  g_autoptr (RdComparison) comparison = NULL;
  GPtrArray *warnings;
  gboolean said = FALSE;

  g_assert_cmpuint ((guint64) (n + 1) * (n + 1), >, RD_ALIGN_MAX_CELLS);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *x = g_strdup_printf ("Recalling resolution %u of the alpha series, beta %u,", i, i * 7);
      g_autofree char *y = g_strdup_printf ("Noting report %u of the gamma committee, delta %u,", i, i * 13);
      rd_document_add_paragraph (a, rd_paragraph_new (RD_PARAGRAPH_PREAMBULAR, x));
      rd_document_add_paragraph (b, rd_paragraph_new (RD_PARAGRAPH_PREAMBULAR, y));
    }
  comparison = compare_with_flags (a, b, RD_DIFF_FLAGS_NONE);
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_DELETED), ==, n);
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_INSERTED), ==, n);
  warnings = rd_comparison_get_warnings (comparison);
  for (guint i = 0; i < warnings->len; i++)
    said |= strstr (g_ptr_array_index (warnings, i), "differ too much") != NULL;
  g_assert_true (said);
}

static void
test_budget_diff (void)
{
  /* One enormous paragraph rewritten: the word diff runs out of budget,
   * stays correct, and the comparison warns. */
  GString *x = g_string_new ("Urges ");
  GString *y = g_string_new ("Urges ");
  g_autoptr (RdDocument) a = rd_document_new ("a.txt", "text");
  g_autoptr (RdDocument) b = rd_document_new ("b.txt", "text");
  g_autoptr (RdComparison) comparison = NULL;
  RdCompareOptions options = { RD_DIFF_FLAGS_NONE, 20000 };
  const RdChange *change;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;

  /* Interleaved so the pair stays similar enough to be "modified". */
  for (guint i = 0; i < 3000; i++)
    {
      g_string_append_printf (x, "w%u %s ", i % 50, i % 3 ? "same" : "old");
      g_string_append_printf (y, "w%u %s ", (i * 7) % 50, i % 3 ? "same" : "new");
    }
  rd_document_add_paragraph (a, rd_paragraph_new (RD_PARAGRAPH_OPERATIVE, x->str));
  rd_document_add_paragraph (b, rd_paragraph_new (RD_PARAGRAPH_OPERATIVE, y->str));
  comparison = rd_comparison_new (a, b, &options);
  change = g_ptr_array_index (rd_comparison_get_changes (comparison), 0);
  g_assert_cmpint (change->type, ==, RD_CHANGE_MODIFIED);
  g_assert_true (change->diff->coarse);
  old_text = rd_diff_old_text (change->diff);
  new_text = rd_diff_new_text (change->diff);
  {
    g_autofree char *folded_x = rd_text_fold_whitespace (x->str, NULL);
    g_autofree char *folded_y = rd_text_fold_whitespace (y->str, NULL);
    g_autofree char *folded_old = rd_text_fold_whitespace (old_text, NULL);
    g_autofree char *folded_new = rd_text_fold_whitespace (new_text, NULL);
    g_assert_cmpstr (folded_old, ==, folded_x);
    g_assert_cmpstr (folded_new, ==, folded_y);
  }
  g_assert_cmpuint (rd_comparison_get_warnings (comparison)->len, ==, 1);
  g_string_free (x, TRUE);
  g_string_free (y, TRUE);
}

/* The aligner alone */

static void
test_align_empty_sides (void)
{
  RdAlignItem items[] = { { "One paragraph here.", 0 }, { "Another one there.", 0 } };
  g_autoptr (RdAlignment) none = rd_align (NULL, 0, NULL, 0, RD_DIFF_FLAGS_NONE);
  g_autoptr (RdAlignment) inserted = rd_align (NULL, 0, items, 2, RD_DIFF_FLAGS_NONE);
  g_autoptr (RdAlignment) deleted = rd_align (items, 2, NULL, 0, RD_DIFF_FLAGS_NONE);

  g_assert_cmpuint (none->steps->len, ==, 0);
  g_assert_cmpuint (inserted->steps->len, ==, 2);
  g_assert_cmpint (g_array_index (inserted->steps, RdAlignStep, 1).type, ==, RD_ALIGN_INSERT);
  g_assert_cmpuint (deleted->steps->len, ==, 2);
  g_assert_cmpint (g_array_index (deleted->steps, RdAlignStep, 0).type, ==, RD_ALIGN_DELETE);
}

static void
test_align_similarity (void)
{
  g_assert_cmpfloat (rd_align_similarity ("a b c d", "a b c d", 0), ==, 1.0);
  g_assert_cmpfloat (rd_align_similarity ("a b c d", "e f g h", 0), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (rd_align_similarity ("a b c d", "a b x y", 0), 0.5, 1e-9);
  g_assert_cmpfloat (rd_align_similarity ("General Assembly", "general assembly", RD_DIFF_IGNORE_CASE), ==, 1.0);
  g_assert_cmpfloat (rd_align_similarity ("", "", 0), ==, 1.0);
}

/* A long text repeated (a compilation: no paragraph unique to either
 * version, too long for the dynamic programme at once) is still aligned
 * paragraph by paragraph: the identical ones paired in order, the edited
 * one modified, the dropped one deleted, nothing coarse. */
static void
test_align_repeated_long (void)
{
  const guint copies = 3, per_copy = 600;
  const guint n_old = copies * per_copy;
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree RdAlignItem *old_items = g_new0 (RdAlignItem, n_old);
  g_autofree RdAlignItem *new_items = g_new0 (RdAlignItem, n_old);
  g_autoptr (RdAlignment) alignment = NULL;
  guint n_new = 0, matches = 0, modified = 0, deleted = 0, other = 0;
  const guint edited_at = per_copy + 17, dropped_at = 2 * per_copy + 250;

  g_assert_cmpuint ((guint64) (n_old + 1) * (n_old + 1), >, RD_ALIGN_MAX_CELLS);
  for (guint i = 0; i < per_copy; i++)
    g_ptr_array_add (texts, g_strdup_printf ("Paragraph %u recalls the resolutions of the General Assembly on item %u and their follow-up;", i, i * 7 % 101));
  for (guint i = 0; i < n_old; i++)
    {
      old_items[i].text = g_ptr_array_index (texts, i % per_copy);
      if (i == dropped_at)
        continue;
      new_items[n_new].text = old_items[i].text;
      if (i == edited_at)
        {
          g_ptr_array_add (texts, g_strdup_printf ("Paragraph %u recalls the resolutions of the General Assembly on item %u and their prompt follow-up;", i % per_copy, i % per_copy * 7 % 101));
          new_items[n_new].text = g_ptr_array_index (texts, texts->len - 1);
        }
      n_new++;
    }

  alignment = rd_align (old_items, n_old, new_items, n_new, RD_DIFF_FLAGS_NONE);
  g_assert_false (alignment->coarse);
  for (guint s = 0; s < alignment->steps->len; s++)
    {
      const RdAlignStep *step = &g_array_index (alignment->steps, RdAlignStep, s);

      if (step->type == RD_ALIGN_MATCH && step->similarity == 1.0)
        {
          g_assert_cmpstr (old_items[step->old_start].text, ==, new_items[step->new_start].text);
          matches++;
        }
      else if (step->type == RD_ALIGN_MATCH)
        {
          g_assert_cmpuint (step->old_start, ==, edited_at);
          modified++;
        }
      else if (step->type == RD_ALIGN_DELETE)
        {
          g_assert_cmpuint (step->old_start, ==, dropped_at);
          deleted++;
        }
      else
        other++;
    }
  g_assert_cmpuint (matches, ==, n_old - 2);
  g_assert_cmpuint (modified, ==, 1);
  g_assert_cmpuint (deleted, ==, 1);
  g_assert_cmpuint (other, ==, 0);
}

static RdAlignStepType
only_step_type (const char *old_text,
                const char *new_text)
{
  RdAlignItem old_items[] = { { "Recalling its resolution 70/1 of 25 September 2015 on the 2030 Agenda for Sustainable Development.", 0 }, { old_text, 1 }, { "Decides to include in the provisional agenda of its eighty-first session the item entitled development.", 1 } };
  RdAlignItem new_items[] = { { "Recalling its resolution 70/1 of 25 September 2015 on the 2030 Agenda for Sustainable Development.", 0 }, { new_text, 1 }, { "Decides to include in the provisional agenda of its eighty-first session the item entitled development.", 1 } };
  g_autoptr (RdAlignment) alignment = rd_align (old_items, 3, new_items, 3, RD_DIFF_FLAGS_NONE);
  RdAlignStepType type = RD_ALIGN_MATCH;
  guint middle = 0;

  for (guint s = 0; s < alignment->steps->len; s++)
    {
      const RdAlignStep *step = &g_array_index (alignment->steps, RdAlignStep, s);

      if ((step->old_count > 0 && step->old_start == 1) || (step->new_count > 0 && step->new_start == 1))
        {
          middle++;
          type = step->type;
        }
    }
  /* One step explains the middle paragraph of both sides, or none does. */
  return middle == 1 ? type : RD_ALIGN_DELETE;
}

/* A paragraph cut to its first words, at its place, is a modification. */
static void
test_align_truncated (void)
{
  g_assert_cmpint (only_step_type ("Takes note with appreciation of the interim report of the Special Rapporteur, which is focused on the right to food and on the obligations of States in armed conflict, and of the recommendations contained therein;",
                                   "Takes note with appreciation of the report of the Special Rapporteur;"),
                   ==, RD_ALIGN_MATCH);
  g_assert_cmpint (only_step_type ("Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution, including on the progress made towards the goals and targets, and on the challenges encountered and lessons learned;",
                                   "Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation"),
                   ==, RD_ALIGN_MATCH);
}

/* A paragraph whose lead is kept and whose tail is rewritten is a
 * modification; a different provision at the same place is not. */
static void
test_align_rewritten_tail (void)
{
  g_assert_cmpint (only_step_type ("Welcomes the establishment, within the United Nations, of the multidisciplinary Independent International Scientific Panel on Artificial Intelligence with balanced geographic representation to promote scientific understanding through evidence-based impact, risk and opportunity assessments, drawing on existing initiatives and research networks;",
                                   "Welcomes the establishment, within the United Nations, of the multidisciplinary Independent International Scientific Panel on Artificial Intelligence and of the Global Dialogue on Artificial Intelligence Governance, in accordance with resolution 79/325 setting out their terms of reference;"),
                   ==, RD_ALIGN_MATCH);
  g_assert_cmpint (only_step_type ("Encourages Member States to strengthen cooperation on the prevention of marine pollution from land-based sources;",
                                   "Stresses the importance of financing for least developed countries affected by desertification and drought;"),
                   !=, RD_ALIGN_MATCH);
}

/* An old paragraph revised at its place with a new one after it that
 * repeats its common words is modified + inserted, not split. */
static void
test_align_modified_not_split (void)
{
  RdAlignItem old_items[] = { { "Notes that, within the context of the broader reforms of the United Nations development system, the United Nations Office for South-South Cooperation should continue to support the countries of the South.", 1 } };
  RdAlignItem new_items[] = { { "Notes that, within the context of the United Nations development system, the United Nations Office for South-South Cooperation should continue to support the countries of the South and of the United Nations.", 1 },
                              { "Notes with appreciation the countries of the South that have increased cooperation with the United Nations Office for South-South Cooperation.", 1 } };
  RdAlignItem split_new[] = { { "Notes that, within the context of the broader reforms of the United Nations development system,", 1 },
                              { "the United Nations Office for South-South Cooperation should continue to support the countries of the South.", 1 } };
  g_autoptr (RdAlignment) alignment = rd_align (old_items, 1, new_items, 2, RD_DIFF_FLAGS_NONE);
  g_autoptr (RdAlignment) split = rd_align (old_items, 1, split_new, 2, RD_DIFF_FLAGS_NONE);

  g_assert_cmpuint (alignment->steps->len, ==, 2);
  g_assert_cmpint (g_array_index (alignment->steps, RdAlignStep, 0).type, ==, RD_ALIGN_MATCH);
  g_assert_cmpint (g_array_index (alignment->steps, RdAlignStep, 1).type, ==, RD_ALIGN_INSERT);
  g_assert_cmpuint (split->steps->len, ==, 1);
  g_assert_cmpint (g_array_index (split->steps, RdAlignStep, 0).type, ==, RD_ALIGN_SPLIT);
}

/* A paragraph moved up and grown four times as long, kept almost whole
 * inside its new text, is a move, not a deletion and an insertion, even
 * when the passages it keeps (a conference's name and dates) are cited by
 * other paragraphs too. */
static void
test_align_move_grown (void)
{
  RdAlignItem old_items[] = {
    { "Recalling its resolution 70/1 of 25 September 2015, entitled \"Transforming our world: the 2030 Agenda for Sustainable Development\",", 1 },
    { "Recognizing the role of the United Nations Conference on Trade and Development in promoting investment for development,", 1 },
    { "Noting with concern the decline of foreign direct investment in least developed countries in the past three years,", 1 },
    { "Looking forward to the convening of the Fourth International Conference on Financing for Development, in Seville, Spain, from 30 June to 3 July 2025,", 1 },
    { "Stressing the importance of the mobilization of domestic resources for the financing of sustainable development,", 1 },
    { "Decides to consider, at the Fourth International Conference on Financing for Development, from 30 June to 3 July 2025, the convening of a follow-up forum;", 2 },
  };
  RdAlignItem new_items[] = {
    { "Recalling its resolution 70/1 of 25 September 2015, entitled \"Transforming our world: the 2030 Agenda for Sustainable Development\",", 1 },
    { "Welcoming the convening of the Fourth International Conference on Financing for Development from 30 June to 3 July 2025 in Sevilla, Spain, and reaffirming its outcome document, the Sevilla Commitment, which sets forth a renewed global framework for financing for development, building on the 2015 Addis Ababa Action Agenda, to close with urgency the estimated annual financing gap and reform the international financial architecture through continued and strong commitment to multilateralism, international cooperation and global solidarity,", 1 },
    { "Recognizing the role of the United Nations Conference on Trade and Development in promoting investment for development,", 1 },
    { "Noting with concern the decline of foreign direct investment in least developed countries in the past three years,", 1 },
    { "Stressing the importance of the mobilization of domestic resources for the financing of sustainable development,", 1 },
    { "Decides to consider, at the Fourth International Conference on Financing for Development, from 30 June to 3 July 2025, the convening of a follow-up forum;", 2 },
  };
  g_autoptr (RdAlignment) alignment = rd_align (old_items, G_N_ELEMENTS (old_items), new_items, G_N_ELEMENTS (new_items), RD_DIFF_FLAGS_NONE);
  guint moves = 0, others = 0;

  for (guint s = 0; s < alignment->steps->len; s++)
    {
      const RdAlignStep *step = &g_array_index (alignment->steps, RdAlignStep, s);

      if (step->type == RD_ALIGN_MOVE)
        {
          moves++;
          g_assert_cmpuint (step->old_start, ==, 3);
          g_assert_cmpuint (step->new_start, ==, 1);
        }
      else
        others += step->type != RD_ALIGN_MATCH;
    }
  g_assert_cmpuint (moves, ==, 1);
  g_assert_cmpuint (others, ==, 0);
}

/* A. RES/78/228 to A/C.3/80/L.4: an unedited paragraph ("Recalling that
 * the Inter-Agency Coordination Group was established") moved up past
 * three edited ones is the one move, not three (the fewest moves that
 * explain the new order). */
static void
test_align_fewest_moves (void)
{
  RdAlignItem old_items[] = {
    { "Recognizing also the important role of the Inter-Agency Coordination Group against Trafficking in Persons in fostering coordination and cooperation in the global fight against trafficking in persons, within the existing mandates of its members and partners,", 1 },
    { "Recognizing further that the Inter-Agency Coordination Group, within its mandate, contributes to the implementation of the Global Plan of Action, taking note with appreciation of the activities of the United Nations Office on Drugs and Crime as coordinator of the Coordination Group, as well as the activities of the members of the Coordination Group acting on a rotational basis as Chair of the working group of the Coordination Group, and encouraging the more robust participation of all members of the Coordination Group,", 1 },
    { "Taking note with appreciation further of the work of the 2023 Co-Chairs of the Inter-Agency Coordination Group, the International Organization for Migration and the Office of the Special Representative of the Secretary-General on Violence against Children, including the 2023 priorities on addressing trafficking in persons in humanitarian settings, including conflicts, as well as preventing and combating child trafficking,", 1 },
    { "Taking note with appreciation of the thematic focus of the Inter-Agency Coordination Group on trafficking in persons and technology, trafficking in persons in humanitarian settings, including conflicts, addressing vulnerability to trafficking in persons, trafficking in persons for the purpose of organ removal, the relationship between migration and trafficking in persons, preventing trafficking in persons in public procurement, the non-punishment of trafficking victims, and taking note of the work of the Coordination Group to strengthen coordination among its members and partners as well as with other organizations and institutions, including non-governmental actors, civil society, victims and survivors, the private sector and trade unions, and of the continued implementation by the Coordination Group of its Plan of Action, endorsed at the principal-level meeting on 15 December 2020, as well as the efforts of the Coordination Group to increase the visibility of its work,", 1 },
    { "Recalling that the Inter-Agency Coordination Group was established to foster cooperation among relevant United Nations agencies and other international organizations involved in combating trafficking in persons in countries around the world using, to the extent possible, mechanisms already in place at the regional and national levels, and to share information, experiences and good practices relating to the activities of the partner agencies to counter trafficking with Governments, international and regional organizations and other relevant bodies,", 1 },
    { "Emphasizing the central role of the work of the United Nations Office on Drugs and Crime in the global fight against trafficking in persons, particularly in providing technical assistance to Member States, upon their request, to implement the United Nations Convention against Transnational Organized Crime and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, by making use of existing capacity-building tools, lessons learned from Member States and expertise available in other international organizations,", 1 },
  };
  RdAlignItem new_items[] = {
    { "Recognizing also the important role of the Inter-Agency Coordination Group against Trafficking in Persons in fostering coordination and cooperation in the global fight against trafficking in persons, within the existing mandates of its members and partners,", 1 },
    { "Recalling that the Inter-Agency Coordination Group was established to foster cooperation among relevant United Nations agencies and other international organizations involved in combating trafficking in persons in countries around the world using, to the extent possible, mechanisms already in place at the regional and national levels, and to share information, experiences and good practices relating to the activities of the partner agencies to counter trafficking with Governments, international and regional organizations and other relevant bodies,", 1 },
    { "Recognizing that the Inter-Agency Coordination Group, within its mandate, contributes to the implementation of the Global Plan of Action, taking note with appreciation of the activities of the United Nations Office on Drugs and Crime as coordinator of the Coordination Group, as well as the activities of the members of the Coordination Group, and encouraging the more robust participation of all members of the Coordination Group,", 1 },
    { "Taking note with appreciation of the work of the 2024 Co-Chairs of the Inter-Agency Coordination Group, the International Organization for Migration and the Office of the Special Representative of the Secretary-General on Violence against Children, including the 2024 priorities on strengthening multi-stakeholder partnerships and reinforcing counter-trafficking responses in crisis contexts, while maintaining a strong emphasis on child protection,", 1 },
    { "Taking note with appreciation also of the work of the 2025 Co-Chairs of the Inter-Agency Coordination Group, the Organization of American States and the United Nations Office on Drugs and Crime, including the provision of a joint submission to the fourth appraisal of the United Nations Global Plan of Action to Combat Trafficking in Persons, which provides the analysis of prevailing trends on trafficking in persons, particularly child trafficking, as well as emerging trends, including trafficking in persons facilitated and/or enabled through new technologies, and recommendations for States’ consideration as priority actions for the period ahead, and improving understanding of the nexus between trafficking in persons and other serious crimes,", 1 },
    { "Taking note with appreciation further of the thematic focus of the Inter-Agency Coordination Group on trafficking in persons and technology, trafficking in persons in humanitarian settings, including conflicts, addressing vulnerability to trafficking in persons, trafficking in persons for the purpose of organ removal, the relationship between migration and trafficking in persons, preventing trafficking in persons in public procurement, the non-punishment of trafficking victims, and taking note of the work of the Coordination Group to strengthen coordination among its members and partners as well as with other organizations and institutions, including non-governmental actors, civil society, victims and survivors, the private sector and trade unions, and of the continued implementation by the Coordination Group of its Plan of Action, endorsed at the principal-level meeting on 15 December 2020, as well as the efforts of the Coordination Group to increase the visibility of its work,", 1 },
    { "Emphasizing the central role of the work of the United Nations Office on Drugs and Crime in the global fight against trafficking in persons, particularly in providing technical assistance to Member States, upon their request, to implement the United Nations Convention against Transnational Organized Crime and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, by making use of existing capacity-building tools, lessons learned from Member States and expertise available in other international organizations,", 1 },
  };
  g_autoptr (RdAlignment) alignment = rd_align (old_items, G_N_ELEMENTS (old_items), new_items, G_N_ELEMENTS (new_items), RD_DIFF_FLAGS_NONE);
  guint moves = 0, matches = 0, inserts = 0;

  for (guint s = 0; s < alignment->steps->len; s++)
    {
      const RdAlignStep *step = &g_array_index (alignment->steps, RdAlignStep, s);

      switch (step->type)
        {
        case RD_ALIGN_MOVE:
          moves++;
          g_assert_cmpuint (step->old_start, ==, 4);
          g_assert_cmpuint (step->new_start, ==, 1);
          /* It stood before "Emphasizing", the last pair. */
          g_assert_cmpuint (g_array_index (alignment->move_from, guint, s), ==, alignment->steps->len - 1);
          break;
        case RD_ALIGN_MATCH:
          matches++;
          break;
        case RD_ALIGN_INSERT:
          inserts++;
          g_assert_cmpuint (step->new_start, ==, 4);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  g_assert_cmpuint (moves, ==, 1);
  g_assert_cmpuint (matches, ==, 5);
  g_assert_cmpuint (inserts, ==, 1);
}

#define CITATION_MASTHEAD                                                         \
  "General Assembly\n\nDistr.: Limited\n12 October 2025\n\nOriginal: English\n\n" \
  "Eightieth session\n\nFourth Committee\n\nAgenda item 60\n\nQuestion of Western Sahara\n\nKenya: draft resolution\n\nA title\n\nThe General Assembly,\n\n"

/* A/RES/79/98 to A/C.4/80/L.4: the report cited at the same place is
 * brought up to date ("A/79/229 and A/79/229/Corr.1." becomes "A/80/290.")
 * and A/C.2/80/L.38 to L.54: a note dropped from one place and another
 * added elsewhere in the same paragraph.  Footnotes pair through the
 * places the paragraphs cite them at, whatever their words. */
static void
test_footnotes_through_citations (void)
{
  g_autoptr (RdDocument) a = rd_test_parse_text (CITATION_MASTHEAD "Having examined the report of the Special Committee,¹\n\n"
                                                                   "Having also examined the report of the Secretary-General,²\n\n"
                                                                   "Recalling the Sevilla Commitment³ and the Addis Ababa Action Agenda,⁴\n\n"
                                                                   "1. Decides to remain seized of the matter.\n\n"
                                                                   "¹ Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 23 (A/79/23).\n\n"
                                                                   "² A/79/229 and A/79/229/Corr.1.\n\n"
                                                                   "³ Resolution 79/323, annex.\n\n"
                                                                   "⁴ Resolution 69/313, annex.\n");
  g_autoptr (RdDocument) b = rd_test_parse_text (CITATION_MASTHEAD "Having examined the report of the Special Committee,¹\n\n"
                                                                   "Having also examined the report of the Secretary-General,²\n\n"
                                                                   "Recalling the Sevilla Commitment and the Addis Ababa Action Agenda,³ and the financing gap,⁴\n\n"
                                                                   "1. Decides to remain seized of the matter.\n\n"
                                                                   "¹ Official Records of the General Assembly, Eightieth Session, Supplement No. 23 (A/80/23).\n\n"
                                                                   "² A/80/290.\n\n"
                                                                   "³ General Assembly resolution 69/313, annex.\n\n"
                                                                   "⁴ Financing for Sustainable Development Report 2024 (United Nations publication, 2024).\n");
  g_autoptr (RdComparison) comparison = compare_with_flags (a, b, RD_DIFF_FLAGS_NONE);
  GPtrArray *footnotes = rd_comparison_get_footnote_changes (comparison);
  guint modified = 0, deleted = 0, inserted = 0;

  for (guint i = 0; i < footnotes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (footnotes, i);

      switch (change->type)
        {
        case RD_CHANGE_MODIFIED:
          modified++;
          g_assert_cmpuint (g_array_index (change->old_items, guint, 0), ==, g_array_index (change->new_items, guint, 0) + (g_array_index (change->new_items, guint, 0) == 2 ? 1 : 0));
          break;
        case RD_CHANGE_DELETED:
          deleted++;
          g_assert_cmpuint (g_array_index (change->old_items, guint, 0), ==, 2);
          break;
        case RD_CHANGE_INSERTED:
          inserted++;
          g_assert_cmpuint (g_array_index (change->new_items, guint, 0), ==, 3);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  g_assert_cmpuint (modified, ==, 3);
  g_assert_cmpuint (deleted, ==, 1);
  g_assert_cmpuint (inserted, ==, 1);
  /* The report's paragraph cites the same note, brought up to date. */
  g_assert_cmpuint (count_type (comparison, RD_CHANGE_UNCHANGED), ==, 3);
}

/* A/RES/78/228 to A/C.3/80/L.4: a list of Commission resolutions
 * reordered, the first one's note (a full reference) now cited last and
 * written "Ibid., 2023, ...": it pairs with the note cited after the same
 * words, not dropped while another is inserted. */
static void
test_footnotes_citation_moved (void)
{
  g_autoptr (RdDocument) a = rd_test_parse_text (CITATION_MASTHEAD "Recalling resolution 32/1, entitled “Taking action in supply chains for goods and services”,¹ resolution 27/2, entitled “Preventing misuse of communications technologies”,² and resolution 27/4, entitled “Strengthening measures against trafficking in persons”,³\n\n"
                                                                   "1. Decides to remain seized of the matter.\n\n"
                                                                   "¹ See Official Records of the Economic and Social Council, 2023, Supplement No. 10 (E/2023/30).\n\n"
                                                                   "² Ibid., 2018, Supplement No. 10 (E/2018/30).\n\n"
                                                                   "³ Ibid., 2018, chap. I.\n");
  g_autoptr (RdDocument) b = rd_test_parse_text (CITATION_MASTHEAD "Recalling resolution 27/2, entitled “Preventing misuse of communications technologies”,¹ resolution 27/4, entitled “Strengthening measures against trafficking in persons”,² and resolution 32/1, entitled “Taking action in supply chains for goods and services”,³\n\n"
                                                                   "1. Decides to remain seized of the matter.\n\n"
                                                                   "¹ See Official Records of the Economic and Social Council, 2018, Supplement No. 10 (E/2018/30).\n\n"
                                                                   "² Ibid., chap. I.\n\n"
                                                                   "³ Ibid., 2023, Supplement No. 10 (E/2023/30).\n");
  g_autoptr (RdComparison) comparison = compare_with_flags (a, b, RD_DIFF_FLAGS_NONE);
  GPtrArray *footnotes = rd_comparison_get_footnote_changes (comparison);
  guint modified = 0;

  for (guint i = 0; i < footnotes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (footnotes, i);

      g_assert_cmpint (change->type, ==, RD_CHANGE_MODIFIED);
      /* Old 1 is new 3; old 2 and 3 are new 1 and 2. */
      g_assert_cmpuint (g_array_index (change->new_items, guint, 0), ==, (g_array_index (change->old_items, guint, 0) + 2) % 3);
      modified++;
    }
  g_assert_cmpuint (modified, ==, 3);
}

/* rd_change_get_one_to_one(): a paragraph kept or edited pairs one old
 * item with one new one; an inserted one has no old item. */
static void
test_change_one_to_one (void)
{
  g_autoptr (RdDocument) a = rd_test_parse_text (CITATION_MASTHEAD "1. Decides to remain seized of the matter.\n");
  g_autoptr (RdDocument) b = rd_test_parse_text (CITATION_MASTHEAD "1. Requests a report on the matter at its next session.\n\n"
                                                                   "2. Decides to remain actively seized of the matter.\n");
  g_autoptr (RdComparison) comparison = compare_with_flags (a, b, RD_DIFF_FLAGS_NONE);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  guint old_index = G_MAXUINT, new_index = G_MAXUINT;
  guint paired = 0, unpaired = 0;

  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);

      if (rd_change_get_one_to_one (change, &old_index, &new_index))
        {
          g_assert_cmpint (change->type, ==, RD_CHANGE_MODIFIED);
          g_assert_cmpuint (old_index, ==, 0);
          g_assert_cmpuint (new_index, ==, 1);
          paired++;
        }
      else
        {
          g_assert_cmpint (change->type, ==, RD_CHANGE_INSERTED);
          g_assert_cmpuint (change->old_items->len, ==, 0);
          unpaired++;
        }
    }
  g_assert_cmpuint (paired, ==, 1);
  g_assert_cmpuint (unpaired, ==, 1);
}

/* A/C.2/80/L.38 to L.54: the same "Noting with concern", italicized whole
 * in one text and only as "Noting" in the other, is no verb change. */
static void
test_verb_italics_differ (void)
{
  g_autoptr (RdDocument) a = rd_test_parse_text (CITATION_MASTHEAD "*Noting with concern* that up to 40 per cent of the world’s land is degraded, negatively affecting over 3.2 billion people and the substantial financial gap of 278 billion dollars that must be mobilized,\n\n"
                                                                   "1. *Calls for* the early operationalization of the Riyadh Global Drought Resilience Partnership;\n");
  g_autoptr (RdDocument) b = rd_test_parse_text (CITATION_MASTHEAD "*Noting* with concern that up to 40 per cent of the world’s land is degraded, negatively affecting over 3.2 billion people, and recognizing the need to close the estimated substantial financial gap of 278 billion dollars needed annually,\n\n"
                                                                   "1. *Takes note* of the early operationalization of the Riyadh Global Drought Resilience Partnership;\n");
  g_autoptr (RdComparison) comparison = compare_with_flags (a, b, RD_DIFF_FLAGS_NONE);
  GPtrArray *changes = rd_comparison_get_changes (comparison);

  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpstr (rd_test_paragraph (a, 0)->verb, ==, "Noting with concern");
  g_assert_cmpstr (rd_test_paragraph (b, 0)->verb, ==, "Noting");
  g_assert_false (((RdChange *) g_ptr_array_index (changes, 0))->verb_changed);
  g_assert_true (((RdChange *) g_ptr_array_index (changes, 1))->verb_changed);
}

/* A long comparison: every change diffed as it would be alone, an
 * unchanged paragraph's one segment reading as its text. */
static void
test_long (void)
{
  g_autoptr (RdDocument) a = rd_document_new ("a.txt", "text");
  g_autoptr (RdDocument) b = rd_document_new ("b.txt", "text");
  g_autoptr (RdComparison) comparison = NULL;
  GPtrArray *changes;
  const RdComparisonStats *stats;
  guint n = 3000, modified = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *x = g_strdup_printf ("Requests the Secretary-General to report on item %u of the programme of work at its next session;", i);
      g_autofree char *y = i % 10 == 3 ? g_strdup_printf ("Requests the Secretary-General to report on item %u of the programme of work at its eighty-first session;", i)
                                       : g_strdup (x);

      rd_document_add_paragraph (a, rd_paragraph_new (RD_PARAGRAPH_OPERATIVE, x));
      rd_document_add_paragraph (b, rd_paragraph_new (RD_PARAGRAPH_OPERATIVE, y));
      modified += i % 10 == 3;
    }
  comparison = compare_with_flags (a, b, RD_DIFF_FLAGS_NONE);
  changes = rd_comparison_get_changes (comparison);
  g_assert_cmpuint (changes->len, ==, n);
  for (guint c = 0; c < changes->len; c++)
    {
      const RdChange *change = g_ptr_array_index (changes, c);
      guint index = g_array_index (change->new_items, guint, 0);

      g_assert_nonnull (change->diff);
      if (index % 10 == 3)
        {
          g_assert_cmpint (change->type, ==, RD_CHANGE_MODIFIED);
          g_assert_cmpuint (change->diff->words_deleted, ==, 1);
          g_assert_cmpuint (change->diff->words_inserted, ==, 1); /* "eighty-first": one word */
        }
      else
        {
          const RdDiffSegment *segment;

          g_assert_cmpint (change->type, ==, RD_CHANGE_UNCHANGED);
          g_assert_cmpuint (change->diff->segments->len, ==, 1);
          segment = g_ptr_array_index (change->diff->segments, 0);
          g_assert_cmpint (segment->op, ==, RD_DIFF_EQUAL);
          g_assert_cmpstr (segment->text, ==, new_paragraph (comparison, change, 0)->text);
          g_assert_false (change->routine);
        }
    }
  stats = rd_comparison_get_stats (comparison);
  g_assert_cmpuint (stats->counts[RD_CHANGE_MODIFIED], ==, modified);
  g_assert_cmpuint (stats->counts[RD_CHANGE_UNCHANGED], ==, n - modified);
  g_assert_cmpuint (stats->words_deleted, ==, modified);
  g_assert_cmpuint (stats->words_inserted, ==, modified);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compare/identical", test_identical);
  g_test_add_func ("/compare/change-one-to-one", test_change_one_to_one);
  g_test_add_func ("/compare/whitespace-and-page-breaks", test_whitespace_and_page_breaks);
  g_test_add_func ("/align/move/ten-places", test_move_ten_places);
  g_test_add_func ("/align/move/edited", test_move_edited);
  g_test_add_func ("/align/move/preamble-to-operative", test_move_preamble_to_operative);
  g_test_add_func ("/align/split", test_split);
  g_test_add_func ("/align/merge", test_merge);
  g_test_add_func ("/align/renumber/operative-inserted-at-top", test_operative_inserted_at_top);
  g_test_add_func ("/align/renumber/footnote-inserted-early", test_footnote_inserted_early);
  g_test_add_func ("/compare/verb-changed", test_verb_changed);
  g_test_add_func ("/compare/rewritten", test_rewritten_is_deleted_and_inserted);
  g_test_add_func ("/compare/ignore-case-and-punctuation", test_ignore_case_and_punctuation);
  g_test_add_func ("/compare/sponsors/join-leave-rename", test_sponsors_join_leave_rename);
  g_test_add_func ("/compare/header/draft-to-revised", test_draft_to_revised);
  g_test_add_func ("/compare/budget/alignment", test_budget_alignment);
  g_test_add_func ("/compare/budget/diff", test_budget_diff);
  g_test_add_func ("/compare/verbs/also-further", test_verbs_differ);
  g_test_add_func ("/compare/verbs/kinds-apart", test_verb_kinds_counted_apart);
  g_test_add_func ("/align/empty-sides", test_align_empty_sides);
  g_test_add_func ("/align/similarity", test_align_similarity);
  g_test_add_func ("/align/repeated-long", test_align_repeated_long);
  g_test_add_func ("/align/truncated", test_align_truncated);
  g_test_add_func ("/compare/footnotes/citation-lost", test_citation_lost);
  g_test_add_func ("/align/rewritten-tail", test_align_rewritten_tail);
  g_test_add_func ("/align/modified-not-split", test_align_modified_not_split);
  g_test_add_func ("/align/move/fewest-moves", test_align_fewest_moves);
  g_test_add_func ("/align/move/grown", test_align_move_grown);
  g_test_add_func ("/compare/footnotes/through-citations", test_footnotes_through_citations);
  g_test_add_func ("/compare/footnotes/citation-moved", test_footnotes_citation_moved);
  g_test_add_func ("/compare/verbs/italics-differ", test_verb_italics_differ);
  g_test_add_func ("/compare/long", test_long);

  return g_test_run ();
}
