/* test-align.c: classes of paragraph alignment seen on real UN texts,
 * each shown on small synthetic paragraphs
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "rd-align.h"
#include "rd-document.h"

#define PP RD_PARAGRAPH_PREAMBULAR
#define OP RD_PARAGRAPH_OPERATIVE
#define SUB RD_PARAGRAPH_SUBPARAGRAPH

/* The alignment of @old_items with @new_items. */
static RdAlignment *
align (const RdAlignItem *old_items,
       guint n_old,
       const RdAlignItem *new_items,
       guint n_new)
{
  RdAlignment *alignment = rd_align (old_items, n_old, new_items, n_new, RD_DIFF_FLAGS_NONE);
  g_autofree guint *seen_old = g_new0 (guint, n_old + 1);
  g_autofree guint *seen_new = g_new0 (guint, n_new + 1);

  /* Every item of either side in exactly one step. */
  for (guint s = 0; s < alignment->steps->len; s++)
    {
      const RdAlignStep *step = &g_array_index (alignment->steps, RdAlignStep, s);

      for (guint k = 0; k < step->old_count; k++)
        seen_old[step->old_start + k]++;
      for (guint k = 0; k < step->new_count; k++)
        seen_new[step->new_start + k]++;
    }
  for (guint i = 0; i < n_old; i++)
    g_assert_cmpuint (seen_old[i], ==, 1);
  for (guint j = 0; j < n_new; j++)
    g_assert_cmpuint (seen_new[j], ==, 1);
  return alignment;
}

/* The step that holds old item @old_index (or, when @old_index is
 * G_MAXUINT, new item @new_index). */
static const RdAlignStep *
step_of (const RdAlignment *alignment,
         guint old_index,
         guint new_index)
{
  for (guint s = 0; s < alignment->steps->len; s++)
    {
      const RdAlignStep *step = &g_array_index (alignment->steps, RdAlignStep, s);

      if (old_index != G_MAXUINT && step->old_count > 0 && old_index >= step->old_start && old_index < step->old_start + step->old_count)
        return step;
      if (old_index == G_MAXUINT && step->new_count > 0 && new_index >= step->new_start && new_index < step->new_start + step->new_count)
        return step;
    }
  g_assert_not_reached ();
  return NULL;
}

/* Steps other than a 1-1 match of identical texts. */
static guint
count_changes (const RdAlignment *alignment)
{
  guint changes = 0;

  for (guint s = 0; s < alignment->steps->len; s++)
    {
      const RdAlignStep *step = &g_array_index (alignment->steps, RdAlignStep, s);

      changes += step->type != RD_ALIGN_MATCH || step->similarity < 1.0;
    }
  return changes;
}

static const char *const CONTEXT_BEFORE = "Recalling its resolution 70/1 of 25 September 2015, entitled \"Transforming our world: the 2030 Agenda for Sustainable Development\",";
static const char *const CONTEXT_AFTER = "Decides to include in the provisional agenda of its eighty-first session, under the item entitled \"Sustainable development\", the sub-item entitled \"South-South cooperation\".";

/* A split whose first part keeps the paragraph's lead and grows (its new
 * words more than a third of it): the request stays and is extended, the
 * recommendation that followed it stands apart. */
static void
test_split_first_part_grows (void)
{
  RdAlignItem old_items[] = {
    { CONTEXT_BEFORE, PP },
    { "Requests the United Nations Conference on Trade and Development, in its role as a custodian, to strengthen capacity-building on the initial voluntary conceptual framework for the measurement of South-South cooperation based on country-led mechanisms, recommends that the United Nations development system support the efforts of the United Nations Conference on Trade and Development in raising awareness and developing the capacity of national statistical offices and cooperation agencies to use this framework, and acknowledges the importance of exploring possible options for the measurement of triangular cooperation;", OP },
    { CONTEXT_AFTER, OP },
  };
  RdAlignItem new_items[] = {
    { CONTEXT_BEFORE, PP },
    { "Requests the United Nations Conference on Trade and Development to strengthen capacity-building and support to developing countries, provide technical guidance, data collection tools and reporting systems for applying the initial voluntary conceptual framework for the measurement of South-South cooperation based on country-led mechanisms, and establish a platform to enable country-led development of methodologies and sharing of experience;", OP },
    { "Recommends that the United Nations development system support the efforts of the United Nations Conference on Trade and Development in raising awareness and developing the capacity of national statistical offices and cooperation agencies to use the initial voluntary conceptual framework for the measurement of South-South cooperation, and acknowledges the importance of exploring possible options for the measurement of triangular cooperation;", OP },
    { CONTEXT_AFTER, OP },
  };
  g_autoptr (RdAlignment) alignment = align (old_items, G_N_ELEMENTS (old_items), new_items, G_N_ELEMENTS (new_items));
  const RdAlignStep *step = step_of (alignment, 1, 0);

  g_assert_cmpint (step->type, ==, RD_ALIGN_SPLIT);
  g_assert_cmpuint (step->new_start, ==, 1);
  g_assert_cmpuint (step->new_count, ==, 2);
  g_assert_cmpuint (count_changes (alignment), ==, 1);
}

/* The reverse: two paragraphs merged, the second of them opening the
 * merged one and losing much of its text to it. */
static void
test_merge_second_part_leads (void)
{
  RdAlignItem old_items[] = {
    { CONTEXT_BEFORE, PP },
    { "Noting the rise in fertilizer prices and the shortages caused by supply chain disruptions, affecting crop yields and threatening future agricultural productivity and production, especially of wheat, maize, millet, rice, sunflower oil and essential food,", PP },
    { "Noting also the rise in energy and fuel prices, which is increasing food commodity prices, narrowing fiscal space at a time when the coronavirus disease pandemic has exacerbated pre-existing debt vulnerabilities and exposed fragilities in the global financial architecture, with many developing countries at high risk of or already in debt distress,", PP },
    { CONTEXT_AFTER, OP },
  };
  RdAlignItem new_items[] = {
    { CONTEXT_BEFORE, PP },
    { "Noting also the rise in energy and fuel prices, which has had an impact on the increase in food commodity prices, and noting further the rise in fertilizer prices and the shortages caused by supply chain disruptions, affecting crop yields and threatening future agricultural productivity and production, especially of wheat, maize, millet, rice, sunflower oil and other essential foodstuffs,", PP },
    { CONTEXT_AFTER, OP },
  };
  g_autoptr (RdAlignment) alignment = align (old_items, G_N_ELEMENTS (old_items), new_items, G_N_ELEMENTS (new_items));
  const RdAlignStep *step = step_of (alignment, 1, 0);

  g_assert_cmpint (step->type, ==, RD_ALIGN_MERGE);
  g_assert_cmpuint (step->old_start, ==, 1);
  g_assert_cmpuint (step->old_count, ==, 2);
  g_assert_cmpuint (step->new_start, ==, 1);
  g_assert_cmpuint (count_changes (alignment), ==, 1);
}

/* ... but a paragraph revised at its place, keeping its lead, with a new
 * one after it on another subject, is no split. */
static void
test_lead_kept_then_new_is_no_split (void)
{
  RdAlignItem old_items[] = {
    { CONTEXT_BEFORE, PP },
    { "Requests the United Nations Conference on Trade and Development, in its role as a custodian, to strengthen capacity-building on the initial voluntary conceptual framework for the measurement of South-South cooperation based on country-led mechanisms;", OP },
    { CONTEXT_AFTER, OP },
  };
  RdAlignItem new_items[] = {
    { CONTEXT_BEFORE, PP },
    { "Requests the United Nations Conference on Trade and Development to strengthen capacity-building and support to developing countries, provide technical guidance, data collection tools and reporting systems for applying the initial voluntary conceptual framework for the measurement of South-South cooperation;", OP },
    { "Encourages Member States to share experiences on the financing of small-scale fisheries and of coastal communities affected by drought;", OP },
    { CONTEXT_AFTER, OP },
  };
  g_autoptr (RdAlignment) alignment = align (old_items, G_N_ELEMENTS (old_items), new_items, G_N_ELEMENTS (new_items));

  g_assert_cmpint (step_of (alignment, 1, 0)->type, ==, RD_ALIGN_MATCH);
  g_assert_cmpuint (step_of (alignment, 1, 0)->new_start, ==, 1);
  g_assert_cmpint (step_of (alignment, G_MAXUINT, 2)->type, ==, RD_ALIGN_INSERT);
}

/* A paragraph become an item of a list under another paragraph's lead-in
 * pairs with that item, not with a less alike paragraph after the list. */
static void
test_paragraph_becomes_list_item (void)
{
  RdAlignItem old_items[] = {
    { CONTEXT_BEFORE, PP },
    { "Recalling the endorsement of the Voluntary Guidelines on the Responsible Governance of Tenure of Land, Fisheries and Forests by the Committee on World Food Security at its thirty-eighth session, held on 11 May 2012,", PP },
    { "Recalling also the Principles for Responsible Investment in Agriculture and Food Systems, which were endorsed by the Committee on World Food Security at its forty-first session, held from 13 to 18 October 2014,", PP },
    { CONTEXT_AFTER, OP },
  };
  RdAlignItem new_items[] = {
    { CONTEXT_BEFORE, PP },
    { "Recalling the endorsement by the Committee on World Food Security of:", PP },
    { "The Voluntary Guidelines on the Responsible Governance of Tenure of Land, Fisheries and Forests, at its thirty-eighth session, held on 11 May 2012,", SUB },
    { "The Principles for Responsible Investment in Agriculture and Food Systems, at its forty-first session, held from 13 to 18 October 2014,", SUB },
    { "Recalling also the endorsement of the Voluntary Guidelines for Securing Sustainable Small-Scale Fisheries in the Context of Food Security and Poverty Eradication by the Committee on Fisheries, at its thirty-first session, held in June 2014,", PP },
    { CONTEXT_AFTER, OP },
  };
  g_autoptr (RdAlignment) alignment = align (old_items, G_N_ELEMENTS (old_items), new_items, G_N_ELEMENTS (new_items));
  const RdAlignStep *step = step_of (alignment, 2, 0);

  g_assert_cmpint (step->type, ==, RD_ALIGN_MATCH);
  g_assert_cmpuint (step->new_start, ==, 3);
  g_assert_cmpint (step_of (alignment, G_MAXUINT, 4)->type, ==, RD_ALIGN_INSERT);
}

/* Two different provisions at the same place that share half their words
 * but only the stock phrases other paragraphs cite too are a deletion and
 * an insertion, not a modification. */
static void
test_stock_words_only (void)
{
  const char *cited = "Recalls that the Ad Hoc Working Group of the Whole oversees the delivery of the outputs as outlined in the programme of work for the third cycle of the Regular Process and as outlined in the programme of work for the fourth cycle of the Regular Process;";
  const char *old_text = "Encourages efforts to ensure completion of the zero draft of the third World Ocean Assessment for review by Member States as outlined in the programme of work for the third cycle of the Regular Process;";
  const char *new_text = "Recognizes the need for early preparation for regional workshops as outlined in the programme of work for the fourth cycle of the Regular Process, and invites States to consider hosting such workshops and inform the secretariat of their intent as early as possible;";
  RdAlignItem old_items[] = { { cited, OP }, { old_text, OP }, { CONTEXT_AFTER, OP } };
  RdAlignItem new_items[] = { { cited, OP }, { new_text, OP }, { CONTEXT_AFTER, OP } };
  g_autoptr (RdAlignment) alignment = align (old_items, G_N_ELEMENTS (old_items), new_items, G_N_ELEMENTS (new_items));

  g_assert_cmpfloat (rd_align_similarity (old_text, new_text, RD_DIFF_FLAGS_NONE), >=, RD_ALIGN_MODIFIED_MIN);
  g_assert_cmpint (step_of (alignment, 1, 0)->type, ==, RD_ALIGN_DELETE);
  g_assert_cmpint (step_of (alignment, G_MAXUINT, 1)->type, ==, RD_ALIGN_INSERT);
}

/* ... while a provision revised around a passage of its own stays one
 * modification at the same share of words in common. */
static void
test_own_passage_kept (void)
{
  const char *old_text = "Encourages efforts to ensure completion of the zero draft of the third World Ocean Assessment for review by Member States as outlined in the programme of work for the third cycle of the Regular Process;";
  const char *new_text = "Welcomes the completion of the zero draft of the third World Ocean Assessment and its review by Member States, and invites States to consider hosting regional workshops and to inform the secretariat of their intent as early as possible;";
  RdAlignItem old_items[] = { { CONTEXT_BEFORE, PP }, { old_text, OP }, { CONTEXT_AFTER, OP } };
  RdAlignItem new_items[] = { { CONTEXT_BEFORE, PP }, { new_text, OP }, { CONTEXT_AFTER, OP } };
  g_autoptr (RdAlignment) alignment = align (old_items, G_N_ELEMENTS (old_items), new_items, G_N_ELEMENTS (new_items));

  g_assert_cmpfloat (rd_align_similarity (old_text, new_text, RD_DIFF_FLAGS_NONE), <, RD_ALIGN_MOVE_MIN);
  g_assert_cmpint (step_of (alignment, 1, 0)->type, ==, RD_ALIGN_MATCH);
}

/* A preambular paragraph and an operative one at the same place, alike
 * only as much as a modification needs, are not one provision: a
 * paragraph gone from one part to the other is a move, and must be as
 * alike as a move. */
static void
test_across_parts_needs_move_similarity (void)
{
  const char *old_text = "Strongly condemns the use of chemical weapons in the Syrian Arab Republic, demands that all parties desist from any use or preparation of chemical weapons, and expresses its strong conviction that those responsible for the use of chemical weapons must be held accountable;";
  const char *new_text = "Reiterating its grave concern at the findings of the Investigation and Identification Team attributing responsibility for chemical weapons attacks to the former regime, and expressing its strong conviction that all those responsible for any use of chemical weapons in the country must be held to account,";
  RdAlignItem old_items[] = { { CONTEXT_BEFORE, PP }, { old_text, OP }, { CONTEXT_AFTER, OP } };
  RdAlignItem new_items[] = { { CONTEXT_BEFORE, PP }, { new_text, PP }, { CONTEXT_AFTER, OP } };
  g_autoptr (RdAlignment) alignment = align (old_items, G_N_ELEMENTS (old_items), new_items, G_N_ELEMENTS (new_items));

  g_assert_cmpfloat (rd_align_similarity (old_text, new_text, RD_DIFF_FLAGS_NONE), >=, RD_ALIGN_MODIFIED_MIN);
  g_assert_cmpfloat (rd_align_similarity (old_text, new_text, RD_DIFF_FLAGS_NONE), <, RD_ALIGN_MOVE_MIN);
  g_assert_cmpint (step_of (alignment, 1, 0)->type, ==, RD_ALIGN_DELETE);
  g_assert_cmpint (step_of (alignment, G_MAXUINT, 1)->type, ==, RD_ALIGN_INSERT);
}

static const char *const LONG_WHOLE = "Condemns the targeted repression of women and girls, both online and offline, and the lack of accountability for human rights violations perpetrated against women and girls, and strongly urges the Government to eliminate, in law and in practice, all forms of systemic discrimination and violence against women and girls; acknowledges the bill to protect women against violence, and calls for its revision to ensure alignment with international human rights law, and for the Government to take gender-responsive measures to prevent and ensure protection for women and girls against sexual and gender-based violence in all its forms, including by preventing and prohibiting so-called honour killings, female genital mutilation and child, early and forced marriage; and to promote, support and enable the full, equal and meaningful participation and leadership of women and girls in political and other decision-making processes, and to lift restrictions on equal access to free, equitable primary and secondary education and on equal access to higher education;";
static const char *const LONG_PART1 = "Condemns the targeted repression of women and girls, both online and offline, and the lack of accountability for human rights violations perpetrated against women and girls, and strongly urges the Government to eliminate, in law and in practice, all forms of systemic discrimination and violence against women and girls;";
static const char *const LONG_PART2 = "Notes the withdrawal and subsequent reversal of withdrawal of the bill to protect women against violence, and calls for the Government to take gender-responsive measures to prevent and ensure protection for women and girls against sexual and gender-based violence in all its forms, including by preventing and prohibiting femicide, so-called honour killings, female genital mutilation and child, early and forced marriage;";
static const char *const LONG_PART3 = "Calls upon the Government to promote, support and enable the full, equal and meaningful participation and leadership of women and girls in political and other decision-making processes, and to ensure equal access to free, equitable primary and secondary education and equal access to higher education;";

/* One paragraph become three, each part edited. */
static void
test_split_three_ways (void)
{
  RdAlignItem old_items[] = { { CONTEXT_BEFORE, PP }, { LONG_WHOLE, OP }, { CONTEXT_AFTER, OP } };
  RdAlignItem new_items[] = { { CONTEXT_BEFORE, PP }, { LONG_PART1, OP }, { LONG_PART2, OP }, { LONG_PART3, OP }, { CONTEXT_AFTER, OP } };
  g_autoptr (RdAlignment) alignment = align (old_items, G_N_ELEMENTS (old_items), new_items, G_N_ELEMENTS (new_items));
  const RdAlignStep *step = step_of (alignment, 1, 0);

  g_assert_cmpint (step->type, ==, RD_ALIGN_SPLIT);
  g_assert_cmpuint (step->new_start, ==, 1);
  g_assert_cmpuint (step->new_count, ==, 3);
  g_assert_cmpuint (count_changes (alignment), ==, 1);
}

/* ... and three merged into one; but two parts with a new paragraph after
 * them are a split in two and an insertion. */
static void
test_merge_three_ways (void)
{
  RdAlignItem old_items[] = { { CONTEXT_BEFORE, PP }, { LONG_PART1, OP }, { LONG_PART2, OP }, { LONG_PART3, OP }, { CONTEXT_AFTER, OP } };
  RdAlignItem new_items[] = { { CONTEXT_BEFORE, PP }, { LONG_WHOLE, OP }, { CONTEXT_AFTER, OP } };
  RdAlignItem two_and_new[] = { { CONTEXT_BEFORE, PP }, { LONG_PART1, OP }, { LONG_PART2, OP }, { "Encourages Member States to share experiences on the financing of small-scale fisheries and of coastal communities affected by drought;", OP }, { CONTEXT_AFTER, OP } };
  g_autoptr (RdAlignment) merged = align (old_items, G_N_ELEMENTS (old_items), new_items, G_N_ELEMENTS (new_items));
  g_autoptr (RdAlignment) split = NULL;
  const RdAlignStep *step = step_of (merged, 1, 0);

  g_assert_cmpint (step->type, ==, RD_ALIGN_MERGE);
  g_assert_cmpuint (step->old_start, ==, 1);
  g_assert_cmpuint (step->old_count, ==, 3);
  g_assert_cmpuint (count_changes (merged), ==, 1);

  split = align (&new_items[1], 1, &two_and_new[1], 3);
  g_assert_cmpint (step_of (split, 0, 0)->type, ==, RD_ALIGN_SPLIT);
  g_assert_cmpuint (step_of (split, 0, 0)->new_count, ==, 2);
  g_assert_cmpint (step_of (split, G_MAXUINT, 2)->type, ==, RD_ALIGN_INSERT);
}

/* Two new paragraphs that each open as the old one did and keep a piece
 * of it, but are mostly new, are two provisions with a stock opening, not
 * the parts of a split: one part at most may be drawn by its lead alone. */
static void
test_two_stock_openings_no_split (void)
{
  RdAlignItem old_items[] = {
    { CONTEXT_BEFORE, PP },
    { "Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution, on the activities of the regional centres for peace and disarmament in Africa, and on the financing of the trust fund for the Lima regional centre;", OP },
    { CONTEXT_AFTER, OP },
  };
  RdAlignItem new_items[] = {
    { CONTEXT_BEFORE, PP },
    { "Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the activities of the regional centres for peace and disarmament in Africa, including their cooperation with subregional organizations, their outreach to young people and women, and the security of their premises and staff;", OP },
    { "Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the financing of the trust fund for the Lima regional centre, the voluntary contributions received from Member States and others, and the measures taken to ensure predictable funding in future years;", OP },
    { CONTEXT_AFTER, OP },
  };
  g_autoptr (RdAlignment) alignment = align (old_items, G_N_ELEMENTS (old_items), new_items, G_N_ELEMENTS (new_items));

  g_assert_cmpint (step_of (alignment, 1, 0)->type, !=, RD_ALIGN_SPLIT);
}

/* A short paragraph merged, reworded, into the opening of the paragraph
 * before it: the merged paragraph opens with what it says, though it kept
 * only some of its words. */
static void
test_merge_reworded_opening (void)
{
  RdAlignItem old_items[] = {
    { CONTEXT_BEFORE, PP },
    { "Recognizing also that the poorest and those who may be vulnerable or in vulnerable situations are the hardest hit by the pandemic and that the impact of the crisis has reversed hard-won development gains and the fulfilment of the right to food for all, and hampered progress towards achieving the Sustainable Development Goals, including Goal 2, which aims to end hunger, achieve food security and improved nutrition and promote sustainable agriculture,", PP },
    { "Recognizing further that the COVID-19 global pandemic requires a global response based on unity, solidarity and multilateral cooperation,", PP },
    { CONTEXT_AFTER, OP },
  };
  RdAlignItem new_items[] = {
    { CONTEXT_BEFORE, PP },
    { "Recognizing also that the recovery from the COVID-19 pandemic requires unity, solidarity and multilateral cooperation, while recalling that the poorest and those who may be vulnerable or in vulnerable situations have been the hardest hit by the pandemic and that the impact of the crisis has reversed hard-won development gains and the fulfilment of the right to food for all, and hampered progress towards achieving the Sustainable Development Goals, including Goal 2, which aims to end hunger, achieve food security and improved nutrition and promote sustainable agriculture,", PP },
    { CONTEXT_AFTER, OP },
  };
  g_autoptr (RdAlignment) alignment = align (old_items, G_N_ELEMENTS (old_items), new_items, G_N_ELEMENTS (new_items));
  const RdAlignStep *step = step_of (alignment, 2, 0);

  g_assert_cmpint (step->type, ==, RD_ALIGN_MERGE);
  g_assert_cmpuint (step->old_start, ==, 1);
  g_assert_cmpuint (step->old_count, ==, 2);
  g_assert_cmpuint (count_changes (alignment), ==, 1);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/align/split/first-part-grows", test_split_first_part_grows);
  g_test_add_func ("/align/merge/second-part-leads", test_merge_second_part_leads);
  g_test_add_func ("/align/split/three-ways", test_split_three_ways);
  g_test_add_func ("/align/merge/three-ways", test_merge_three_ways);
  g_test_add_func ("/align/merge/reworded-opening", test_merge_reworded_opening);
  g_test_add_func ("/align/split/lead-kept-then-new", test_lead_kept_then_new_is_no_split);
  g_test_add_func ("/align/split/two-stock-openings", test_two_stock_openings_no_split);
  g_test_add_func ("/align/kinds/paragraph-becomes-list-item", test_paragraph_becomes_list_item);
  g_test_add_func ("/align/kinds/across-parts", test_across_parts_needs_move_similarity);
  g_test_add_func ("/align/modified/stock-words-only", test_stock_words_only);
  g_test_add_func ("/align/modified/own-passage-kept", test_own_passage_kept);

  return g_test_run ();
}
