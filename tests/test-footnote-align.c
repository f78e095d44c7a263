/* test-footnote-align.c: footnotes aligned through the paragraphs that
 * cite them, and verbs compared as the verb a delegate reads
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The texts are made up on the patterns of A/RES/79/144 → A/80/L.22 (the
 * omnibus oceans resolution), where notes of one shape ("See International
 * Maritime Organization, document …", "See A/79/238.") stand in both
 * versions but are cited by different provisions.
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "rd-comparison.h"
#include "rd-test-util.h"

#define MASTHEAD                                                                  \
  "General Assembly\n\nDistr.: Limited\n12 October 2025\n\nOriginal: English\n\n" \
  "Eightieth session\n\nAgenda item 77 (a)\n\nOceans and the law of the sea\n\nNorway: draft resolution\n\nA title\n\nThe General Assembly,\n\n"

/* The footnote change that holds old footnote @old_index (G_MAXUINT: none)
 * and new footnote @new_index (G_MAXUINT: none). */
static const RdChange *
footnote_change (RdComparison *comparison,
                 guint old_index,
                 guint new_index)
{
  GPtrArray *changes = rd_comparison_get_footnote_changes (comparison);

  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);
      gboolean old_in = old_index == G_MAXUINT ? change->old_items->len == 0 : change->old_items->len == 1 && g_array_index (change->old_items, guint, 0) == old_index;
      gboolean new_in = new_index == G_MAXUINT ? change->new_items->len == 0 : change->new_items->len == 1 && g_array_index (change->new_items, guint, 0) == new_index;

      if (old_in && new_in)
        return change;
    }
  return NULL;
}

static guint
count_footnote_type (RdComparison *comparison,
                     RdChangeType type)
{
  GPtrArray *changes = rd_comparison_get_footnote_changes (comparison);
  guint count = 0;

  for (guint i = 0; i < changes->len; i++)
    count += ((const RdChange *) g_ptr_array_index (changes, i))->type == type;
  return count;
}

/* Every footnote of both documents in exactly one footnote change. */
static void
assert_footnotes_accounted (RdComparison *comparison)
{
  GPtrArray *changes = rd_comparison_get_footnote_changes (comparison);
  guint n_old = rd_document_get_footnotes (rd_comparison_get_old (comparison))->len;
  guint n_new = rd_document_get_footnotes (rd_comparison_get_new (comparison))->len;
  g_autofree guint *old_seen = g_new0 (guint, n_old + 1);
  g_autofree guint *new_seen = g_new0 (guint, n_new + 1);

  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);

      for (guint k = 0; k < change->old_items->len; k++)
        old_seen[g_array_index (change->old_items, guint, k)]++;
      for (guint k = 0; k < change->new_items->len; k++)
        new_seen[g_array_index (change->new_items, guint, k)]++;
    }
  for (guint i = 0; i < n_old; i++)
    g_assert_cmpuint (old_seen[i], ==, 1);
  for (guint i = 0; i < n_new; i++)
    g_assert_cmpuint (new_seen[i], ==, 1);
}

/* Two notes alike in their words but cited by provisions the paragraph
 * alignment keeps apart are two notes: the paragraph that keeps its words
 * and loses its note loses that note (deleted), and the paragraph that
 * gains one gains a new note (inserted), however alike their texts. */
static void
test_alike_notes_cited_apart (void)
{
  g_autoptr (RdDocument) a = rd_test_parse_text (MASTHEAD "1. Notes the work of the International Maritime Organization on maritime autonomous surface ships;¹\n\n"
                                                          "2. Encourages States that have not yet done so to consider ratifying the Convention on the control of harmful anti-fouling systems on ships;\n\n"
                                                          "3. Decides to include in the provisional agenda of its eighty-first session the item entitled “Oceans and the law of the sea”.\n\n"
                                                          "¹ See International Maritime Organization, document MSC 108/8.\n");
  g_autoptr (RdDocument) b = rd_test_parse_text (MASTHEAD "1. Notes the work of the International Maritime Organization on maritime autonomous surface ships;\n\n"
                                                          "2. Encourages States that have not yet done so to consider ratifying the Convention on the control of harmful anti-fouling systems on ships;¹\n\n"
                                                          "3. Decides to include in the provisional agenda of its eighty-first session the item entitled “Oceans and the law of the sea”.\n\n"
                                                          "¹ See International Maritime Organization, document MEPC 83/17.\n");
  g_autoptr (RdComparison) comparison = rd_comparison_new (a, b, NULL);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  const RdChange *deleted = footnote_change (comparison, 0, G_MAXUINT);
  const RdChange *inserted = footnote_change (comparison, G_MAXUINT, 0);

  g_assert_cmpuint (rd_document_get_footnotes (a)->len, ==, 1);
  g_assert_cmpuint (rd_document_get_footnotes (b)->len, ==, 1);
  g_assert_nonnull (deleted);
  g_assert_cmpint (deleted->type, ==, RD_CHANGE_DELETED);
  g_assert_nonnull (inserted);
  g_assert_cmpint (inserted->type, ==, RD_CHANGE_INSERTED);
  g_assert_null (footnote_change (comparison, 0, 0));
  assert_footnotes_accounted (comparison);
  g_assert_cmpuint (rd_comparison_get_stats (comparison)->footnotes_changed, ==, 2);

  /* The two paragraphs, their words the same, changed their citations. */
  g_assert_cmpuint (changes->len, ==, 3);
  for (guint i = 0; i < 2; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);

      g_assert_cmpint (change->type, ==, RD_CHANGE_MODIFIED);
      g_assert_true (change->citations_changed);
    }
  g_assert_cmpint (((const RdChange *) g_ptr_array_index (changes, 2))->type, ==, RD_CHANGE_UNCHANGED);
}

/* A deleted provision takes its note with it, an inserted one brings its
 * own ("See A/79/238." and "See A/80/504." are different reports); a note of
 * the same words cited by a deleted and an inserted provision is in both
 * versions, no change. */
static void
test_notes_of_deleted_and_inserted_paragraphs (void)
{
  g_autoptr (RdDocument) a = rd_test_parse_text (MASTHEAD "1. Welcomes the holding of the twentieth and twenty-first meetings of the Ad Hoc Working Group of the Whole;¹\n\n"
                                                          "2. Requests the Secretary-General to convene the meetings of the Working Group in New York;\n\n"
                                                          "3. Recalls the outcome document of the third International Conference on Small Island Developing States;²\n\n"
                                                          "¹ See A/79/238.\n\n"
                                                          "² Resolution 69/15, annex.\n");
  g_autoptr (RdDocument) b = rd_test_parse_text (MASTHEAD "1. Requests the Secretary-General to convene the meetings of the Working Group in New York;\n\n"
                                                          "2. Recognizes the importance of the ocean to the sustainable development of small island developing States and the continued relevance of the Samoa Pathway;¹\n\n"
                                                          "3. Notes the recommendations adopted by the Ad Hoc Working Group of the Whole at its twenty-fifth meeting in April 2025;²\n\n"
                                                          "¹ Resolution 69/15, annex.\n\n"
                                                          "² See A/80/504.\n");
  g_autoptr (RdComparison) comparison = rd_comparison_new (a, b, NULL);
  const RdChange *samoa = footnote_change (comparison, 1, 0);

  g_assert_cmpuint (rd_document_get_footnotes (a)->len, ==, 2);
  g_assert_cmpuint (rd_document_get_footnotes (b)->len, ==, 2);
  g_assert_cmpuint (count_footnote_type (comparison, RD_CHANGE_MODIFIED), ==, 0);
  g_assert_nonnull (footnote_change (comparison, 0, G_MAXUINT));
  g_assert_nonnull (footnote_change (comparison, G_MAXUINT, 1));
  g_assert_null (footnote_change (comparison, 0, 1));
  g_assert_nonnull (samoa);
  g_assert_cmpint (samoa->type, ==, RD_CHANGE_UNCHANGED);
  assert_footnotes_accounted (comparison);
  g_assert_cmpuint (rd_comparison_get_stats (comparison)->footnotes_changed, ==, 2);
}

/* Notes cited by one provision at different places of its rewritten
 * words (no common words before the marks) are still one note brought up
 * to date: the provision is paired, and cites one note on each side. */
static void
test_alike_notes_of_one_provision (void)
{
  g_autoptr (RdDocument) a = rd_test_parse_text (MASTHEAD "1. Notes the decisions adopted by the Council of the International Seabed Authority on the development of binding environmental threshold values;¹\n\n"
                                                          "2. Decides to include in the provisional agenda of its eighty-first session the item entitled “Oceans and the law of the sea”.\n\n"
                                                          "¹ See ISBA/29/C/7 and ISBA/29/C/7/Add.1.\n");
  g_autoptr (RdDocument) b = rd_test_parse_text (MASTHEAD "1. Notes the significant progress made by the Council of the International Seabed Authority¹ in the development of binding environmental threshold values;\n\n"
                                                          "2. Decides to include in the provisional agenda of its eighty-first session the item entitled “Oceans and the law of the sea”.\n\n"
                                                          "¹ See ISBA/29/C/7, ISBA/29/C/7/Add.1 and ISBA/30/C/4.\n");
  g_autoptr (RdComparison) comparison = rd_comparison_new (a, b, NULL);
  const RdChange *note = footnote_change (comparison, 0, 0);

  g_assert_nonnull (note);
  g_assert_cmpint (note->type, ==, RD_CHANGE_MODIFIED);
  assert_footnotes_accounted (comparison);
}

/* A note no paragraph is read citing (its mark lost in the text layer) is
 * paired by its text alone, as before. */
static void
test_uncited_note_paired_by_text (void)
{
  g_autoptr (RdDocument) a = rd_test_parse_text (MASTHEAD "1. Takes note of the report of the Secretary-General on oceans and the law of the sea;\n\n"
                                                          "¹ Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 4 (A/79/4).\n");
  g_autoptr (RdDocument) b = rd_test_parse_text (MASTHEAD "1. Takes note of the report of the Secretary-General on oceans and the law of the sea;\n\n"
                                                          "¹ Official Records of the General Assembly, Eightieth Session, Supplement No. 4 (A/80/4).\n");
  g_autoptr (RdComparison) comparison = rd_comparison_new (a, b, NULL);
  const RdChange *note = footnote_change (comparison, 0, 0);

  g_assert_cmpuint (rd_test_paragraph (a, 0)->footnotes == NULL ? 0 : rd_test_paragraph (a, 0)->footnotes->len, ==, 0);
  g_assert_nonnull (note);
  g_assert_cmpint (note->type, ==, RD_CHANGE_MODIFIED);
}

/* The preambular participle and the operative third person of one verb
 * are one verb; what qualifies it is part of it; "also" is not. */
static void
test_verb_forms (void)
{
  g_assert_false (rd_verbs_differ ("Welcoming", "Welcomes"));
  g_assert_false (rd_verbs_differ ("Taking note of", "Takes note of"));
  g_assert_false (rd_verbs_differ ("Noting with concern", "Notes with concern"));
  g_assert_false (rd_verbs_differ ("Also looks forward to", "Looking forward to"));
  g_assert_false (rd_verbs_differ ("Stressing", "Stresses"));
  g_assert_false (rd_verbs_differ ("Expressing deep concern", "Also expresses deep concern"));
  g_assert_false (rd_verbs_differ ("Reaffirming also", "Reaffirms"));
  g_assert_false (rd_verbs_differ ("Encouraging", "Encourages"));
  g_assert_false (rd_verbs_differ ("Mindful", "Mindful"));
  g_assert_true (rd_verbs_differ ("Welcoming", "Notes"));
  g_assert_true (rd_verbs_differ ("Looking forward to", "Welcomes"));
  g_assert_true (rd_verbs_differ ("Noting", "Notes with concern"));
  g_assert_true (rd_verbs_differ ("Takes note with appreciation", "Taking note"));
  g_assert_true (rd_verbs_differ ("Expresses concern", "Expressing grave concern"));
  g_assert_true (rd_verbs_differ ("Recognizing", "Reaffirms"));
  g_assert_true (rd_verbs_differ ("Noting", "Notwithstanding"));
}

/* One verb phrase italicized in part in one text ("*Recognizes* with
 * appreciation") and whole in the other ("*Also recognizes with
 * appreciation*") is the same verb; a qualifier the other text does not
 * print is a change of verb. */
static void
test_verb_italics_cover_less (void)
{
  g_autoptr (RdDocument) a = rd_test_parse_text (MASTHEAD "1. *Recognizes* with appreciation the role of the Co-Chairs and the Bureau of the Ad Hoc Working Group of the Whole;\n\n"
                                                          "2. *Recognizes* the important role and guidance of the Group of Experts of the Regular Process;\n\n"
                                                          "3. *Decides* to include in the provisional agenda of its eighty-first session the item entitled “Oceans and the law of the sea”.\n");
  g_autoptr (RdDocument) b = rd_test_parse_text (MASTHEAD "1. *Also recognizes with appreciation* the role of the Co-Chairs and the Bureau of the Ad Hoc Working Group of the Whole during the third cycle;\n\n"
                                                          "2. *Recognizes with appreciation* the important role and guidance of the Group of Experts of the Regular Process;\n\n"
                                                          "3. *Decides* to include in the provisional agenda of its eighty-first session the item entitled “Oceans and the law of the sea”.\n");
  g_autoptr (RdComparison) comparison = rd_comparison_new (a, b, NULL);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  const RdChange *first, *second;

  g_assert_cmpuint (changes->len, ==, 3);
  first = g_ptr_array_index (changes, 0);
  second = g_ptr_array_index (changes, 1);
  g_assert_cmpstr (first->old_verb, ==, "Recognizes");
  g_assert_cmpstr (first->new_verb, ==, "Also recognizes with appreciation");
  g_assert_cmpint (first->type, ==, RD_CHANGE_MODIFIED);
  g_assert_false (first->verb_changed);
  g_assert_cmpint (second->type, ==, RD_CHANGE_MODIFIED);
  g_assert_true (second->verb_changed);
  g_assert_cmpuint (rd_comparison_get_stats (comparison)->verbs_changed, ==, 1);
}

/* A paragraph moved from the preamble to the operative part with its verb
 * in the operative form is a move and no verb change; one whose verb
 * changed as it moved counts one operative verb change. */
static void
test_move_to_operative_keeps_verb (void)
{
  g_autoptr (RdDocument) a = rd_test_parse_text (MASTHEAD "*Recalling* its resolution 79/144 of 12 December 2024,\n\n"
                                                          "*Noting with concern* the projected timetable of the work of the Commission on the submissions already received by it and those yet to be received,\n\n"
                                                          "*Welcoming* the adoption of the Agreement under the Convention on the conservation of marine biological diversity of areas beyond national jurisdiction,\n\n"
                                                          "1. *Calls upon* all States that have not done so to become parties to the Convention;\n\n"
                                                          "2. *Decides* to include in the provisional agenda of its eighty-first session the item entitled “Oceans and the law of the sea”.\n");
  g_autoptr (RdDocument) b = rd_test_parse_text (MASTHEAD "*Recalling* its resolution 79/144 of 12 December 2024,\n\n"
                                                          "1. *Calls upon* all States that have not done so to become parties to the Convention;\n\n"
                                                          "2. *Notes with concern* the projected timetable of the work of the Commission on the submissions already received by it and those yet to be received;\n\n"
                                                          "3. *Recalls* the adoption of the Agreement under the Convention on the conservation of marine biological diversity of areas beyond national jurisdiction;\n\n"
                                                          "4. *Decides* to include in the provisional agenda of its eighty-first session the item entitled “Oceans and the law of the sea”.\n");
  g_autoptr (RdComparison) comparison = rd_comparison_new (a, b, NULL);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  const RdComparisonStats *stats = rd_comparison_get_stats (comparison);
  guint moved = 0;

  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);
      const RdParagraph *old_paragraph;

      if (change->old_items->len != 1 || change->new_items->len != 1)
        continue;
      old_paragraph = rd_test_paragraph (a, g_array_index (change->old_items, guint, 0));
      if (old_paragraph->kind != RD_PARAGRAPH_PREAMBULAR || rd_test_paragraph (b, g_array_index (change->new_items, guint, 0))->kind != RD_PARAGRAPH_OPERATIVE)
        continue;
      moved++;
      if (g_str_has_prefix (old_paragraph->text, "Noting"))
        {
          g_assert_cmpstr (change->old_verb, ==, "Noting with concern");
          g_assert_cmpstr (change->new_verb, ==, "Notes with concern");
          g_assert_false (change->verb_changed);
        }
      else
        {
          g_assert_cmpstr (change->old_verb, ==, "Welcoming");
          g_assert_cmpstr (change->new_verb, ==, "Recalls");
          g_assert_true (change->verb_changed);
        }
    }
  g_assert_cmpuint (moved, ==, 2);
  g_assert_cmpuint (stats->verbs_changed, ==, 1);
  g_assert_cmpuint (stats->operative_verbs_changed, ==, 1);
  g_assert_cmpuint (stats->preambular_verbs_changed, ==, 0);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/footnotes/alike-notes-cited-apart", test_alike_notes_cited_apart);
  g_test_add_func ("/footnotes/deleted-and-inserted-provisions", test_notes_of_deleted_and_inserted_paragraphs);
  g_test_add_func ("/footnotes/alike-notes-of-one-provision", test_alike_notes_of_one_provision);
  g_test_add_func ("/footnotes/uncited-note-by-text", test_uncited_note_paired_by_text);
  g_test_add_func ("/verbs/forms", test_verb_forms);
  g_test_add_func ("/verbs/move-to-operative", test_move_to_operative_keeps_verb);
  g_test_add_func ("/verbs/italics-cover-less", test_verb_italics_cover_less);

  return g_test_run ();
}
