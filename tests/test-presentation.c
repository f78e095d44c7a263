/* test-presentation.c: the presentation model every output maps
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "rd-presentation.h"
#include "rd-summary.h"
#include "rd-test-seed.h"
#include "rd-test-util.h"

/* Helpers */

/* The runs written out: text as it is, a footnote mark as ^5, marks as
 * [-...-] and {+...+}, a break as ¶9. */
static char *
spell_runs (const GPtrArray *runs)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (runs, i);
      const char *open = run->mark == RD_RUN_INSERTED ? "{+" : run->mark == RD_RUN_DELETED ? "[-"
                                                                                           : "";
      const char *close = run->mark == RD_RUN_INSERTED ? "+}" : run->mark == RD_RUN_DELETED ? "-]"
                                                                                            : "";

      switch (run->kind)
        {
        case RD_RUN_TEXT:
          g_string_append_printf (out, "%s%s%s", open, run->text, close);
          break;
        case RD_RUN_FOOTNOTE_REF:
          g_string_append_printf (out, "%s^%s%s", open, run->text, close);
          break;
        case RD_RUN_PARAGRAPH_BREAK:
          g_string_append_printf (out, "%s¶%s%s", open, run->text != NULL ? run->text : "", close);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return g_string_free (out, FALSE);
}

static char *
spell_paragraph (RdPresentation *presentation,
                 const RdChange *change,
                 RdSide side,
                 guint k)
{
  g_autoptr (GPtrArray) paragraphs = rd_presentation_get_paragraphs (presentation, change, side);

  g_assert_cmpuint (k, <, paragraphs->len);
  return spell_runs (((RdShownParagraph *) g_ptr_array_index (paragraphs, k))->runs);
}

/* The seed's fourth preambular paragraph cites footnotes 4 to 7. */
#define CITING "Recalling the United Nations Convention against Transnational"

/* Tests */

/* A mark stands right after the word it followed, on every side, and is
 * the new version's in common text, the old one's in deleted text. */
static void
test_footnote_marks (void)
{
  g_autoptr (RdSeed) old_seed = rd_seed_load ();
  g_autoptr (RdSeed) new_seed = rd_seed_load ();
  guint at = rd_seed_find (new_seed, CITING);
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (RdPresentation) presentation = NULL;
  g_autoptr (GPtrArray) paragraphs = NULL;
  g_autofree char *redline = NULL;
  g_autofree char *old_side = NULL;
  g_autofree char *new_side = NULL;
  const RdChange *change;
  const RdRun *deleted_mark = NULL;

  rd_seed_replace (new_seed, at, " the Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography⁶ and", "");
  comparison = rd_seed_compare (old_seed, new_seed);
  presentation = rd_presentation_new (comparison);
  change = rd_test_find_change_of_type (comparison, RD_CHANGE_MODIFIED);

  redline = spell_paragraph (presentation, change, RD_SIDE_REDLINE, 0);
  old_side = spell_paragraph (presentation, change, RD_SIDE_OLD, 0);
  new_side = spell_paragraph (presentation, change, RD_SIDE_NEW, 0);
  g_assert_true (g_str_has_prefix (redline, "Recalling the United Nations Convention against Transnational Organized Crime,^4 the Protocol"));
  g_assert_nonnull (strstr (redline, "Organized Crime,^5 which"));
  g_assert_nonnull (strstr (redline, "child pornography-][-^6-][- and-]"));
  g_assert_true (g_str_has_suffix (redline, "Similar to Slavery,^7"));
  g_assert_nonnull (strstr (old_side, "child pornography-][-^6-][- and-]"));
  g_assert_null (strstr (new_side, "^6"));
  g_assert_nonnull (strstr (new_side, "Organized Crime,^5 which"));

  /* Each mark points at its own version's footnote. */
  paragraphs = rd_presentation_get_paragraphs (presentation, change, RD_SIDE_REDLINE);
  for (guint i = 0; i < ((RdShownParagraph *) g_ptr_array_index (paragraphs, 0))->runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (((RdShownParagraph *) g_ptr_array_index (paragraphs, 0))->runs, i);

      if (run->kind == RD_RUN_FOOTNOTE_REF && run->mark == RD_RUN_DELETED)
        deleted_mark = run;
      else if (run->kind == RD_RUN_FOOTNOTE_REF)
        g_assert_cmpint (run->footnote_side, ==, RD_SIDE_NEW);
    }
  g_assert_nonnull (deleted_mark);
  g_assert_cmpint (deleted_mark->footnote_side, ==, RD_SIDE_OLD);
  g_assert_cmpuint (deleted_mark->footnote, ==, rd_presentation_find_footnote (presentation, RD_SIDE_OLD, "6"));
  g_assert_cmpuint (deleted_mark->footnote, !=, G_MAXUINT);
}

/* Whole paragraphs: an insertion's runs all inserted, its mark too, its
 * number the new one alone; the verb phrase measured. */
static void
test_inserted_paragraph (void)
{
  g_autoptr (RdSeed) old_seed = rd_seed_load ();
  g_autoptr (RdSeed) new_seed = rd_seed_load ();
  guint at = rd_seed_find (new_seed, "18. *Requests*");
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (RdPresentation) presentation = NULL;
  g_autoptr (GPtrArray) paragraphs = NULL;
  g_autoptr (GPtrArray) old_paragraphs = NULL;
  g_autofree char *spelled = NULL;
  const RdShownParagraph *paragraph;
  const RdRun *first;

  rd_seed_insert (new_seed, at + 1, "19. *Decides* to remain seized of the matter, as the Convention⁴ requires;");
  comparison = rd_seed_compare (old_seed, new_seed);
  presentation = rd_presentation_new (comparison);
  paragraphs = rd_presentation_get_paragraphs (presentation, rd_test_find_change_of_type (comparison, RD_CHANGE_INSERTED), RD_SIDE_REDLINE);
  old_paragraphs = rd_presentation_get_paragraphs (presentation, rd_test_find_change_of_type (comparison, RD_CHANGE_INSERTED), RD_SIDE_OLD);

  g_assert_cmpuint (old_paragraphs->len, ==, 0);
  g_assert_cmpuint (paragraphs->len, ==, 1);
  paragraph = g_ptr_array_index (paragraphs, 0);
  spelled = spell_runs (paragraph->runs);
  g_assert_cmpstr (spelled, ==, "{+Decides to remain seized of the matter, as the Convention+}{+^4+}{+ requires;+}");
  g_assert_null (paragraph->old_number.label);
  g_assert_cmpstr (paragraph->new_number.label, ==, "19.");
  g_assert_cmpstr (paragraph->new_number.value, ==, "19");
  g_assert_cmpint (paragraph->kind, ==, RD_PARAGRAPH_OPERATIVE);
  g_assert_cmpstr (paragraph->label, ==, "OP 19");
  first = g_ptr_array_index (paragraph->runs, 0);
  g_assert_cmpuint (first->verb_length, ==, strlen ("Decides"));
}

/* A split: a paragraph per new part, the first with the old number, the
 * old side one paragraph with the parts joined by a space. */
static void
test_split (void)
{
  g_autoptr (RdSeed) old_seed = rd_seed_load ();
  g_autoptr (RdSeed) new_seed = rd_seed_load ();
  guint at = rd_seed_find (new_seed, "11. *Calls upon*");
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (RdPresentation) presentation = NULL;
  g_autoptr (GPtrArray) redline = NULL;
  g_autoptr (GPtrArray) old_side = NULL;
  g_autofree char *joined = NULL;
  const RdShownParagraph *first;
  const RdShownParagraph *second;
  const RdChange *change;

  rd_seed_renumber (new_seed, at + 1, 1);
  rd_seed_replace (new_seed, at, " with full respect for their human rights, and invites Member States to continue to support",
                   " with full respect for their human rights;\n\n12. *Invites* Member States to continue to support");
  comparison = rd_seed_compare (old_seed, new_seed);
  presentation = rd_presentation_new (comparison);
  change = rd_test_find_change_of_type (comparison, RD_CHANGE_SPLIT);
  redline = rd_presentation_get_paragraphs (presentation, change, RD_SIDE_REDLINE);
  old_side = rd_presentation_get_paragraphs (presentation, change, RD_SIDE_OLD);

  g_assert_cmpuint (redline->len, ==, 2);
  first = g_ptr_array_index (redline, 0);
  second = g_ptr_array_index (redline, 1);
  g_assert_true (first->part && second->part);
  g_assert_cmpstr (first->old_number.label, ==, "11.");
  g_assert_cmpstr (first->new_number.label, ==, "11.");
  g_assert_null (second->old_number.label);
  g_assert_cmpstr (second->new_number.label, ==, "12.");
  /* The first part stands for the old paragraph too. */
  g_assert_cmpuint (first->items->len, ==, 2);
  g_assert_cmpuint (second->items->len, ==, 1);

  g_assert_cmpuint (old_side->len, ==, 1);
  joined = spell_runs (((RdShownParagraph *) g_ptr_array_index (old_side, 0))->runs);
  g_assert_nonnull (strstr (joined, "human rights[-, and invites-] Member States"));
  g_assert_false (((RdShownParagraph *) g_ptr_array_index (old_side, 0))->part);
}

/* A merge: one paragraph, a removed break with the old number where the
 * second old paragraph began. */
static void
test_merged (void)
{
  g_autoptr (RdSeed) old_seed = rd_seed_load ();
  g_autoptr (RdSeed) new_seed = rd_seed_load ();
  guint at = rd_seed_find (new_seed, "8. *Invites*");
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (RdPresentation) presentation = NULL;
  g_autoptr (GPtrArray) redline = NULL;
  g_autoptr (GPtrArray) old_side = NULL;
  g_autofree char *second = NULL;
  g_autofree char *merged = NULL;
  g_autofree char *spelled = NULL;

  second = rd_seed_take (new_seed, at + 1);
  merged = g_strdup_printf ("%.*s, and invites Member States%s", (int) (strlen (rd_seed_get (new_seed, at)) - 1), rd_seed_get (new_seed, at),
                            strstr (second, " to address the social"));
  rd_seed_set (new_seed, at, merged);
  rd_seed_renumber (new_seed, at + 1, -1);
  comparison = rd_seed_compare (old_seed, new_seed);
  presentation = rd_presentation_new (comparison);
  redline = rd_presentation_get_paragraphs (presentation, rd_test_find_change_of_type (comparison, RD_CHANGE_MERGED), RD_SIDE_REDLINE);
  old_side = rd_presentation_get_paragraphs (presentation, rd_test_find_change_of_type (comparison, RD_CHANGE_MERGED), RD_SIDE_OLD);

  g_assert_cmpuint (redline->len, ==, 1);
  g_assert_cmpuint (old_side->len, ==, 2);
  spelled = spell_runs (((RdShownParagraph *) g_ptr_array_index (redline, 0))->runs);
  g_assert_nonnull (strstr (spelled, "[-¶9.-]"));
  g_assert_cmpuint (((RdShownParagraph *) g_ptr_array_index (redline, 0))->items->len, ==, 3);
}

/* The names and summaries every output shares. */
static void
test_names_and_renumbering (void)
{
  g_autoptr (RdSeed) old_seed = rd_seed_load ();
  g_autoptr (RdSeed) new_seed = rd_seed_load ();
  guint at = rd_seed_find (new_seed, "1. *");
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (RdPresentation) presentation = NULL;
  g_autofree char *renumbering = NULL;

  rd_seed_insert (old_seed, 0, "A/C.3/68/L.17");
  rd_seed_renumber (new_seed, at, 1);
  rd_seed_insert (new_seed, at, "1. *Welcomes* the report of the Secretary-General;");
  comparison = rd_seed_compare (old_seed, new_seed);
  presentation = rd_presentation_new (comparison);

  g_assert_cmpstr (rd_presentation_get_name (presentation, RD_SIDE_OLD), ==, "A/C.3/68/L.17");
  /* No symbol: the file's name, without its folder. */
  g_assert_cmpstr (rd_presentation_get_name (presentation, RD_SIDE_NEW), ==, "test.txt");
  renumbering = rd_comparison_describe_renumbering (comparison);
  g_assert_cmpstr (renumbering, ==, "OP 1–18 → 2–19");
  g_assert_cmpstr (rd_presentation_get_renumbering (presentation), ==, renumbering);
}

/* Routine updates reach every output through the runs and the marks: in
 * a change with a routine part and a substantive part only the routine
 * words are marked routine. */
static void
test_routine_runs (void)
{
  g_autoptr (RdDocument) a = rd_test_parse_text ("The General Assembly,\n\n1. Requests the Secretary-General to report at its seventy-ninth session on the implementation of the present resolution.\n\n2. Decides to include the item in the provisional agenda of its seventy-ninth session.\n");
  g_autoptr (RdDocument) b = rd_test_parse_text ("The General Assembly,\n\n1. Requests the Secretary-General to report at its eightieth session on the implementation and the financing of the present resolution.\n\n2. Decides to include the item in the provisional agenda of its eightieth session.\n");
  g_autoptr (RdComparison) comparison = rd_comparison_new (a, b, NULL);
  g_autoptr (RdPresentation) presentation = rd_presentation_new (comparison);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  RdChangeMarks marks;
  gboolean routine_run = FALSE;
  gboolean substantive_run = FALSE;

  g_assert_cmpuint (changes->len, ==, 2);
  rd_presentation_get_marks (presentation, g_ptr_array_index (changes, 0), &marks);
  g_assert_false (marks.routine);
  rd_presentation_get_marks (presentation, g_ptr_array_index (changes, 1), &marks);
  g_assert_true (marks.routine);
  g_assert_true (rd_presentation_is_shown (presentation, g_ptr_array_index (changes, 1), FALSE));
  g_assert_false (rd_presentation_is_shown (presentation, g_ptr_array_index (changes, 1), TRUE));
  g_assert_true (rd_presentation_is_shown (presentation, g_ptr_array_index (changes, 0), TRUE));

  {
    g_autoptr (GPtrArray) paragraphs = rd_presentation_get_paragraphs (presentation, g_ptr_array_index (changes, 0), RD_SIDE_REDLINE);
    const RdShownParagraph *paragraph = g_ptr_array_index (paragraphs, 0);

    for (guint i = 0; i < paragraph->runs->len; i++)
      {
        const RdRun *run = g_ptr_array_index (paragraph->runs, i);

        if (run->mark == RD_RUN_COMMON)
          g_assert_false (run->routine);
        else if (run->routine)
          {
            routine_run = TRUE;
            g_assert_true (strstr (run->text, "eightieth") != NULL || strstr (run->text, "seventy-ninth") != NULL);
          }
        else
          {
            substantive_run = TRUE;
            g_assert_null (strstr (run->text, "eightieth"));
          }
      }
  }
  g_assert_true (routine_run);
  g_assert_true (substantive_run);
  g_assert_cmpstr (rd_presentation_get_strength_summary (presentation), ==, "");
}

/* Which outputs read right to left: the language tag when a document has
 * one, else the script of most of its letters; the new version decides. */
static void
test_right_to_left (void)
{
  g_autoptr (RdDocument) arabic_old = rd_test_parse_text ("لكل فرد الحق في الحياة والحرية وسلامة شخصه.\n\nلا يجوز استرقاق أو استعباد أي شخص، ويحظر الاسترقاق وتجارة الرقيق بكافة أوضاعهما.\n\nلا يعرض أي إنسان للتعذيب ولا للعقوبات أو المعاملات القاسية أو الوحشية أو الحاطة بالكرامة.\n");
  g_autoptr (RdDocument) arabic_new = rd_test_parse_text ("لكل فرد الحق في الحياة والحرية والأمان على شخصه.\n\nلا يعرض أي إنسان للتعذيب ولا للعقوبات أو المعاملات القاسية أو الوحشية أو الحاطة بالكرامة.\n");
  g_autoptr (RdDocument) english = rd_test_parse_text ("The General Assembly,\n\n1. Decides to include the item \u201cمنظمة\u201d in its agenda;\n");
  g_autoptr (RdDocument) tagged = rd_test_load_fixture ("udhr", "A_RES_217_III_UDHR.ar.html", NULL);
  g_autoptr (RdComparison) to_arabic = rd_comparison_new (english, arabic_new, NULL);
  g_autoptr (RdComparison) to_english = rd_comparison_new (arabic_old, english, NULL);
  g_autoptr (RdPresentation) rtl = rd_presentation_new (to_arabic);
  g_autoptr (RdPresentation) ltr = rd_presentation_new (to_english);

  g_assert_true (rd_language_is_right_to_left ("ar"));
  g_assert_true (rd_language_is_right_to_left ("AR-eg"));
  g_assert_true (rd_language_is_right_to_left ("he"));
  g_assert_false (rd_language_is_right_to_left ("arn"));
  g_assert_false (rd_language_is_right_to_left ("en"));
  g_assert_false (rd_language_is_right_to_left (""));
  g_assert_false (rd_language_is_right_to_left (NULL));

  /* Plain text says no language: the script decides. */
  g_assert_null (rd_document_get_field (arabic_new, RD_FIELD_LANGUAGE));
  g_assert_true (rd_document_is_right_to_left (arabic_new));
  /* An Arabic word in an English text does not turn it. */
  g_assert_false (rd_document_is_right_to_left (english));
  g_assert_true (rd_document_is_right_to_left (tagged));
  /* A tag wins over the script. */
  rd_document_set_field (arabic_old, RD_FIELD_LANGUAGE, "en");
  g_assert_false (rd_document_is_right_to_left (arabic_old));

  g_assert_true (rd_presentation_is_right_to_left (rtl));
  g_assert_false (rd_presentation_is_right_to_left (ltr));
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/presentation/footnote-marks", test_footnote_marks);
  g_test_add_func ("/presentation/inserted-paragraph", test_inserted_paragraph);
  g_test_add_func ("/presentation/split", test_split);
  g_test_add_func ("/presentation/merged", test_merged);
  g_test_add_func ("/presentation/names-and-renumbering", test_names_and_renumbering);
  g_test_add_func ("/presentation/routine-runs", test_routine_runs);

  g_test_add_func ("/presentation/right-to-left", test_right_to_left);

  return g_test_run ();
}
