/* test-diff.c
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "rd-diff.h"
#include "rd-test-util.h"
#include "rd-tokenize.h"

/* Helpers */

/* The segments as "[=text|old text][-text][+text]...". */
static char *
describe (const RdDiff *diff)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < diff->segments->len; i++)
    {
      const RdDiffSegment *segment = g_ptr_array_index (diff->segments, i);

      g_string_append_printf (out, "[%c%s", segment->op, segment->text);
      if (segment->old_text != NULL)
        g_string_append_printf (out, "|%s", segment->old_text);
      g_string_append_c (out, ']');
    }
  return g_string_free (out, FALSE);
}

/* Runs of white space as one space, none at either end. */
static char *
fold_space (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* What every diff must satisfy, whatever the input. */
static void
assert_well_formed (const RdDiff *diff,
                    const char *old_text,
                    const char *new_text)
{
  g_autofree char *old_rebuilt = rd_diff_old_text (diff);
  g_autofree char *new_rebuilt = rd_diff_new_text (diff);
  g_autofree char *old_rebuilt_folded = fold_space (old_rebuilt);
  g_autofree char *new_rebuilt_folded = fold_space (new_rebuilt);
  g_autofree char *old_folded = fold_space (old_text);
  g_autofree char *new_folded = fold_space (new_text);
  guint deleted = 0;
  guint inserted = 0;
  double similarity = rd_diff_similarity (diff);

  g_assert_cmpstr (old_rebuilt_folded, ==, old_folded);
  g_assert_cmpstr (new_rebuilt_folded, ==, new_folded);

  for (guint i = 0; i < diff->segments->len; i++)
    {
      const RdDiffSegment *segment = g_ptr_array_index (diff->segments, i);

      g_assert_true (segment->op == RD_DIFF_EQUAL || segment->op == RD_DIFF_DELETE ||
                     segment->op == RD_DIFF_INSERT);
      g_assert_nonnull (segment->text);
      if (segment->op != RD_DIFF_EQUAL)
        {
          g_assert_null (segment->old_text);
          g_assert_cmpstr (segment->text, !=, "");
        }
      else
        {
          /* An equal segment reads otherwise only when it is written
           * otherwise. */
          g_assert_true (segment->text[0] != '\0' ||
                         (segment->old_text != NULL && segment->old_text[0] != '\0'));
          if (segment->old_text != NULL)
            g_assert_cmpstr (segment->old_text, !=, segment->text);
        }
      if (i > 0)
        g_assert_cmpint (segment->op, !=,
                         ((const RdDiffSegment *) g_ptr_array_index (diff->segments, i - 1))->op);
      if (segment->op == RD_DIFF_DELETE)
        deleted += rd_test_count_words (segment->text);
      else if (segment->op == RD_DIFF_INSERT)
        inserted += rd_test_count_words (segment->text);
    }

  g_assert_cmpuint (diff->words_deleted, ==, deleted);
  g_assert_cmpuint (diff->words_inserted, ==, inserted);
  g_assert_cmpuint (diff->words_old, ==, rd_test_count_words (old_text));
  g_assert_cmpuint (diff->words_new, ==, rd_test_count_words (new_text));
  g_assert_cmpfloat (similarity, >=, 0.0);
  g_assert_cmpfloat (similarity, <=, 1.0);
}

static void
assert_diff (const char *old_text,
             const char *new_text,
             RdDiffFlags flags,
             const char *expected)
{
  g_autoptr (RdDiff) diff = rd_diff_texts (old_text, new_text, flags, 0);
  g_autofree char *got = describe (diff);

  g_assert_cmpstr (got, ==, expected);
  assert_well_formed (diff, old_text, new_text);
  g_assert_false (diff->coarse);
}

/* Edge cases */

static void
test_empty_both (void)
{
  g_autoptr (RdDiff) diff = rd_diff_texts ("", "", RD_DIFF_FLAGS_NONE, 0);
  g_autoptr (RdDiff) blank = rd_diff_texts (" \n", "\t", RD_DIFF_FLAGS_NONE, 0);

  g_assert_cmpuint (diff->segments->len, ==, 0);
  g_assert_false (rd_diff_has_changes (diff));
  g_assert_cmpfloat (rd_diff_similarity (diff), ==, 1.0);
  g_assert_cmpuint (blank->segments->len, ==, 0);
}

static void
test_empty_one (void)
{
  g_autoptr (RdDiff) inserted = rd_diff_texts ("", "Urges Member States", RD_DIFF_FLAGS_NONE, 0);
  g_autoptr (RdDiff) deleted = rd_diff_texts ("Urges Member States,", "", RD_DIFF_FLAGS_NONE, 0);
  g_autofree char *inserted_text = describe (inserted);
  g_autofree char *deleted_text = describe (deleted);

  g_assert_cmpstr (inserted_text, ==, "[+Urges Member States]");
  g_assert_cmpuint (inserted->words_inserted, ==, 3);
  g_assert_cmpstr (deleted_text, ==, "[-Urges Member States,]");
  g_assert_cmpuint (deleted->words_deleted, ==, 3);
  g_assert_true (rd_diff_has_changes (deleted));
  g_assert_cmpfloat (rd_diff_similarity (deleted), ==, 0.0);
  assert_well_formed (inserted, "", "Urges Member States");
  assert_well_formed (deleted, "Urges Member States,", "");
}

static void
test_identical (void)
{
  const char *text = "Reaffirms its commitment to the Global Plan of Action, 2010.";
  g_autoptr (RdDiff) diff = rd_diff_texts (text, text, RD_DIFF_FLAGS_NONE, 0);
  g_autofree char *got = describe (diff);

  g_assert_cmpstr (got, ==, "[=Reaffirms its commitment to the Global Plan of Action, 2010.]");
  g_assert_false (rd_diff_has_changes (diff));
  g_assert_cmpfloat (rd_diff_similarity (diff), ==, 1.0);
  g_assert_cmpuint (diff->words_old, ==, 10);
}

static void
test_nothing_in_common (void)
{
  g_autoptr (RdDiff) diff = NULL;

  assert_diff ("Encourages Governments to consider", "Decides that the meeting shall be held",
               RD_DIFF_FLAGS_NONE,
               "[-Encourages Governments to consider][+Decides that the meeting shall be held]");
  diff = rd_diff_texts ("one two three", "four five", RD_DIFF_FLAGS_NONE, 0);
  g_assert_cmpfloat (rd_diff_similarity (diff), ==, 0.0);
}

/* White space */

static void
test_whitespace (void)
{
  g_autoptr (RdDiff) diff = NULL;

  assert_diff ("Urges  Member\nStates to act", "Urges Member States to act", RD_DIFF_FLAGS_NONE,
               "[=Urges Member States to act|Urges  Member\nStates to act]");
  diff = rd_diff_texts ("  Urges Member States ", "Urges\tMember States", RD_DIFF_FLAGS_NONE, 0);
  g_assert_false (rd_diff_has_changes (diff));
  g_assert_cmpuint (diff->segments->len, ==, 1);
}

static void
test_split_words (void)
{
  /* PDF text layers put spaces inside words. */
  assert_diff ("The General Assem bly, see king peace,", "The General Assembly, seeking peace,",
               RD_DIFF_FLAGS_NONE,
               "[=The General Assembly, seeking peace,|The General Assem bly, see king peace,]");
  /* Split differently on both sides. */
  assert_diff ("As sembly decides", "Assem bly decides", RD_DIFF_FLAGS_NONE,
               "[=Assem bly decides|As sembly decides]");
  /* A hyphen left at a line end. */
  assert_diff ("non-\ngovernmental organizations", "non-governmental organizations",
               RD_DIFF_FLAGS_NONE,
               "[=non-governmental organizations|non-\ngovernmental organizations]");
  /* Next to real edits the split word stays equal. */
  assert_diff ("The General Assem bly urges all States", "The General Assembly invites all States",
               RD_DIFF_FLAGS_NONE,
               "[=The General Assembly|The General Assem bly][- urges][+ invites][= all States]");
  assert_diff ("Urges the Gen eral Assem bly to act", "Invites the General Assembly to consider",
               RD_DIFF_FLAGS_NONE,
               "[-Urges][+Invites][= the General Assembly to| the Gen eral Assem bly to]"
               "[- act][+ consider]");
}

/* Case and punctuation */

static void
test_case (void)
{
  assert_diff ("Member States", "member states", RD_DIFF_FLAGS_NONE,
               "[-Member States][+member states]");
  assert_diff ("Urges Member States to act", "Urges member states to act", RD_DIFF_FLAGS_NONE,
               "[=Urges][- Member States][+ member states][= to act]");
}

static void
test_case_ignored (void)
{
  assert_diff ("Urges Member States to act", "URGES member states to act", RD_DIFF_IGNORE_CASE,
               "[=URGES member states to act|Urges Member States to act]");
  assert_diff ("Urges Member States to act", "urges member states to take action",
               RD_DIFF_IGNORE_CASE,
               "[=urges member states to|Urges Member States to][- act][+ take action]");
}

static void
test_punctuation (void)
{
  assert_diff ("Member States, and parties", "Member States; and parties", RD_DIFF_FLAGS_NONE,
               "[=Member States][-,][+;][= and parties]");
  /* Typographic and straight apostrophes are the same mark. */
  assert_diff ("Children's rights", "Children’s rights", RD_DIFF_FLAGS_NONE,
               "[=Children’s rights|Children's rights]");
}

static void
test_punctuation_ignored (void)
{
  assert_diff ("Member States, and parties", "Member States; and parties",
               RD_DIFF_IGNORE_PUNCTUATION,
               "[=Member States; and parties|Member States, and parties]");
  /* A change of punctuation alone is none; the punctuation shows as in
   * the new text, next to the edits. */
  assert_diff ("Urges States, in particular, to act.", "Urges States in particular to consider;",
               RD_DIFF_IGNORE_PUNCTUATION,
               "[=Urges States in particular to|Urges States, in particular, to]"
               "[- act.][+ consider;]");
  assert_diff ("States. Also", "States, including parties. Also", RD_DIFF_IGNORE_PUNCTUATION,
               "[=States,|States.][+ including parties][=. Also| Also]");
  {
    g_autoptr (RdDiff) diff = rd_diff_texts ("(a) ;", "(a),", RD_DIFF_IGNORE_PUNCTUATION, 0);

    g_assert_false (rd_diff_has_changes (diff));
    assert_well_formed (diff, "(a) ;", "(a),");
  }
  {
    /* Nothing but punctuation on either side. */
    g_autoptr (RdDiff) diff = rd_diff_texts ("...", "; ,", RD_DIFF_IGNORE_PUNCTUATION, 0);
    g_autofree char *got = describe (diff);

    g_assert_cmpstr (got, ==, "[=; ,|...]");
    g_assert_false (rd_diff_has_changes (diff));
  }
}

/* Reading like a redline */

static void
test_verb (void)
{
  g_autoptr (RdDiff) diff = rd_diff_texts ("Urges Member States to", "Encourages Member States to",
                                           RD_DIFF_FLAGS_NONE, 0);

  assert_diff ("Urges Member States to", "Encourages Member States to", RD_DIFF_FLAGS_NONE,
               "[-Urges][+Encourages][= Member States to]");
  g_assert_cmpuint (diff->words_deleted, ==, 1);
  g_assert_cmpuint (diff->words_inserted, ==, 1);
  g_assert_cmpfloat_with_epsilon (rd_diff_similarity (diff), 0.75, 1e-9);
}

static void
test_chaff (void)
{
  /* "the" alone between two replacements is folded into them. */
  assert_diff ("urges the States to act", "invites the parties to act", RD_DIFF_FLAGS_NONE,
               "[-urges the States][+invites the parties][= to act]");
  assert_diff ("Decides to convene a meeting in 2015", "Decides to hold a conference in 2015",
               RD_DIFF_FLAGS_NONE,
               "[=Decides to][- convene a meeting][+ hold a conference][= in 2015]");
  /* A long word stays standing: it is no chaff. */
  assert_diff ("urges Governments to", "invites Governments and", RD_DIFF_FLAGS_NONE,
               "[-urges][+invites][= Governments][- to][+ and]");
  /* Between two pure insertions nothing is folded. */
  assert_diff ("States and parties", "States, organizations and relevant parties",
               RD_DIFF_FLAGS_NONE,
               "[=States][+, organizations][= and][+ relevant][= parties]");
  /* A replaced clause is one deletion and one insertion, not fragments
   * around "of" and "the" (A/RES/79/183 to A/C.3/80/L.30, OP 7). */
  assert_diff ("including executions undertaken in secrecy or without notification of the prisoner's family, and",
               "including data on the characteristics of convicted persons and on the offences of which they were convicted, and",
               RD_DIFF_FLAGS_NONE,
               "[=including][- executions undertaken in secrecy or without notification of the prisoner's family][+ data on the characteristics of convicted persons and on the offences of which they were convicted][=, and]");
  /* A deletion, "the", a replacement: one replacement. */
  assert_diff ("reaffirms its strong support for the work of the Office",
               "reaffirms the central role of the Office",
               RD_DIFF_FLAGS_NONE, "[=reaffirms][- its strong support for the work][+ the central role][= of the Office]");
  /* A word of substance between them stays. */
  assert_diff ("community, which also impairs the enjoyment of rights and needs a response",
               "community, including in situations of conflict, which needs a response",
               RD_DIFF_FLAGS_NONE,
               "[=community,][+ including in situations of conflict,][= which][- also impairs the enjoyment of rights and][= needs a response]");
}

/* Document symbols, dates and quantities are each one unit: an edit never
 * starts or ends inside one (issue 11: "A/C.{+6/80/SR.7, A/C.+}6/80/SR.9"). */
static void
test_compounds (void)
{
  assert_diff ("(A/C.6/80/SR.9)", "(A/C.6/80/SR.7, A/C.6/80/SR.9)", RD_DIFF_FLAGS_NONE,
               "[=(][+A/C.6/80/SR.7,][= A/C.6/80/SR.9)|A/C.6/80/SR.9)]");
  assert_diff ("see A/79/229 and A/79/229/Corr.1.", "see A/80/290.", RD_DIFF_FLAGS_NONE,
               "[=see][- A/79/229 and A/79/229/Corr.1][+ A/80/290][=.]");
  assert_diff ("resolution S-35/1 of 24 November 2022", "resolution S-35/2 of 24 November 2022",
               RD_DIFF_FLAGS_NONE,
               "[=resolution][- S-35/1][+ S-35/2][= of 24 November 2022]");
  /* A date changed in its year is a date replaced; "of" between a
   * replaced resolution number and date goes with them. */
  assert_diff ("resolution 78/220 of 19 December 2023,", "resolution 79/183 of 17 December 2024,",
               RD_DIFF_FLAGS_NONE,
               "[=resolution][- 78/220 of 19 December 2023][+ 79/183 of 17 December 2024][=,]");
  assert_diff ("in June 2024 and in June 2025", "in June 2024 and in July 2025", RD_DIFF_FLAGS_NONE,
               "[=in June 2024 and in][- June 2025][+ July 2025]");
  assert_diff ("over 3.7 million refugees", "approximately 3.49 million refugees", RD_DIFF_FLAGS_NONE,
               "[-over 3.7 million][+approximately 3.49 million][= refugees]");
  assert_diff ("up to 40 per cent of land", "up to 45 per cent of land", RD_DIFF_FLAGS_NONE,
               "[=up to][- 40 per cent][+ 45 per cent][= of land]");
  /* Not symbols: no figure, or no capital letter to start. */
  assert_diff ("HIV/AIDS and/or malaria", "HIV/TB and/or malaria", RD_DIFF_FLAGS_NONE,
               "[=HIV/][-AIDS][+TB][= and/or malaria]");
  /* A symbol split by a line wrap in one text only is the same symbol. */
  assert_diff ("report A/80/290.", "report A/80/290 .", RD_DIFF_FLAGS_NONE, "[=report A/80/290 .|report A/80/290.]");
}

static void
test_rewrite (void)
{
  /* Little in common: one deletion and one insertion, though "the
   * Convention" is longer than the edit after it. */
  assert_diff ("Stresses that cooperation among all relevant stakeholders remains essential "
               "for the Convention alone",
               "Recognizes with appreciation the work done by the secretariat under "
               "the Convention today",
               RD_DIFF_FLAGS_NONE,
               "[-Stresses that cooperation among all relevant stakeholders remains essential "
               "for the Convention alone]"
               "[+Recognizes with appreciation the work done by the secretariat under "
               "the Convention today]");
}

static void
test_compaction (void)
{
  /* An inserted item of a list goes with its own connective, not across
   * "the | Parties". */
  assert_diff ("the States and the Parties", "the States and the Organizations and the Parties",
               RD_DIFF_FLAGS_NONE,
               "[=the States][+ and the Organizations][= and the Parties]");
  /* An inserted item ends with its own comma. */
  assert_diff ("States, parties and organizations", "States, agencies, parties and organizations",
               RD_DIFF_FLAGS_NONE,
               "[=States,][+ agencies,][= parties and organizations]");
  /* A deletion next to a replacement reads as one edit. */
  assert_diff ("to act to act now", "to consider now", RD_DIFF_FLAGS_NONE,
               "[=to][- act to act][+ consider][= now]");
}

static void
test_unicode (void)
{
  assert_diff ("大会回顾其第68/192号决议。", "大会重申其第68/192号决议。", RD_DIFF_FLAGS_NONE,
               "[=大会][-回顾][+重申][=其第68/192号决议。]");
  assert_diff ("Генеральная Ассамблея, ссылаясь на резолюцию",
               "Генеральная Ассамблея, подтверждая резолюцию", RD_DIFF_FLAGS_NONE,
               "[=Генеральная Ассамблея,][- ссылаясь на][+ подтверждая][= резолюцию]");
  assert_diff ("إن الجمعية العامة، إذ تشير إلى القرار", "إن الجمعية العامة، إذ تؤكد القرار",
               RD_DIFF_FLAGS_NONE,
               "[=إن الجمعية العامة، إذ][- تشير إلى][+ تؤكد][= القرار]");
}

/* Real paragraphs, edited as a negotiator would */

static char *
sample_paragraph (const char *start)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data",
                                                 "trafficking-2013-revised-draft.en.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], start))
      return g_strdup (lines[i]);
  g_assert_not_reached ();
}

/* @text with @from replaced by @to, which must occur once. */
static char *
edit (const char *text,
      const char *from,
      const char *to)
{
  const char *at = strstr (text, from);

  g_assert_nonnull (at);
  g_assert_null (strstr (at + 1, from));
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

static void
test_un_preambular (void)
{
  g_autofree char *old_text = sample_paragraph ("Reiterating its concern that");
  g_autofree char *step1 = edit (old_text, "Reiterating", "Reaffirming");
  g_autofree char *step2 = edit (step1, "the international community,",
                                 "the international community, including in situations of "
                                 "armed conflict,");
  g_autofree char *new_text = edit (step2, " also impairs the enjoyment of human rights and", "");

  assert_diff (old_text, new_text, RD_DIFF_FLAGS_NONE,
               "[-Reiterating][+Reaffirming]"
               "[= its concern that, despite sustained measures taken at the international, "
               "regional and national levels, trafficking in persons remains one of the grave "
               "challenges facing the international community,]"
               "[+ including in situations of armed conflict,]"
               "[= which]"
               "[- also impairs the enjoyment of human rights and]"
               "[= needs a more concerted collective and comprehensive international response,]");
}

static void
test_un_operative (void)
{
  g_autofree char *old_text = sample_paragraph ("1. *Urges* Member States");
  g_autofree char *step1 = edit (old_text, "*Urges*", "*Calls upon*");
  g_autofree char *step2 = edit (step1, ", as a matter of priority,", "");
  g_autofree char *new_text = edit (step2, "the central role", "the essential role");
  g_autoptr (RdDiff) diff = rd_diff_texts (old_text, new_text, RD_DIFF_FLAGS_NONE, 0);

  assert_diff (old_text, new_text, RD_DIFF_FLAGS_NONE,
               "[=1. *][-Urges][+Calls upon]"
               "[=* Member States that have not yet done so to consider ratifying or acceding "
               "to][-, as a matter of priority,]"
               "[= the United Nations Convention against Transnational Organized Crime⁴ and the "
               "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women "
               "and Children, supplementing the United Nations Convention against Transnational "
               "Organized Crime,⁵ taking into consideration the]"
               "[- central][+ essential]"
               "[= role of those instruments in the fight against trafficking in persons, and also "
               "urges States parties to those instruments to implement them fully and "
               "effectively;]");
  g_assert_cmpuint (diff->words_deleted, ==, 7);
  g_assert_cmpuint (diff->words_inserted, ==, 3);
}

static void
test_un_pdf_layer (void)
{
  /* The same paragraph as a PDF text layer gives it, lines broken and words
   * split, against the edited text. */
  g_autofree char *text = sample_paragraph ("Bearing in mind that all States");
  g_autofree char *step1 = edit (text, "obligation", "obli gation");
  g_autofree char *step2 = edit (step1, "to exercise due diligence", "to ex ercise due\ndiligence");
  g_autofree char *old_text = edit (step2, "perpetrators of", "perpe trators\nof");
  g_autofree char *new_text = edit (text, "and punish perpetrators", "and prosecute perpetrators");

  assert_diff (old_text, new_text, RD_DIFF_FLAGS_NONE,
               "[=Bearing in mind that all States have an obligation to exercise due diligence "
               "to prevent, investigate and|Bearing in mind that all States have an obli gation "
               "to ex ercise due\ndiligence to prevent, investigate and]"
               "[- punish][+ prosecute]"
               "[= perpetrators of trafficking in persons and to rescue victims, as well as to "
               "provide for their protection, and that not doing so violates and impairs or "
               "nullifies the enjoyment of the human rights and fundamental freedoms of the "
               "victims,|"
               " perpe trators\nof trafficking in persons and to rescue victims, as well as to "
               "provide for their protection, and that not doing so violates and impairs or "
               "nullifies the enjoyment of the human rights and fundamental freedoms of the "
               "victims,]");
}

/* Properties on random token sequences */

static const char *const vocabulary[] = {
  "the",
  "of",
  "and",
  "to",
  "States",
  "urges",
  "act",
  "parties",
  "in",
  "a",
  ",",
  ";",
  ".",
};

static gboolean
is_compared (const char *text,
             const RdToken *token,
             RdDiffFlags flags)
{
  return !(flags & RD_DIFF_IGNORE_PUNCTUATION) || token->kind != RD_TOKEN_PUNCT;
}

/* The tokens of @text taken into the comparison. */
static GArray *
compared_tokens (const char *text,
                 RdDiffFlags flags)
{
  GArray *tokens = rd_tokenize (text, flags);

  for (guint i = tokens->len; i > 0; i--)
    if (!is_compared (text, &g_array_index (tokens, RdToken, i - 1), flags))
      g_array_remove_index (tokens, i - 1);
  return tokens;
}

/* The length of a shortest edit script, by the plain O(NM) LCS. */
static guint
shortest_edit_script (const char *a_text,
                      const char *b_text,
                      RdDiffFlags flags)
{
  g_autoptr (GArray) a = compared_tokens (a_text, flags);
  g_autoptr (GArray) b = compared_tokens (b_text, flags);
  guint n = a->len;
  guint m = b->len;
  g_autofree guint *lcs = g_new0 (guint, (n + 1) * (m + 1));

  for (guint i = n; i-- > 0;)
    for (guint j = m; j-- > 0;)
      {
        guint *cell = &lcs[i * (m + 1) + j];

        if (rd_token_equal (a_text, &g_array_index (a, RdToken, i),
                            b_text, &g_array_index (b, RdToken, j), flags))
          *cell = lcs[(i + 1) * (m + 1) + j + 1] + 1;
        else
          *cell = MAX (lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
      }
  return n + m - 2 * lcs[0];
}

static char *
random_separator (gboolean punctuation)
{
  static const char *const spaces[] = { " ", " ", " ", "  ", "\n", " \t " };

  if (punctuation && g_test_rand_bit ())
    return g_strdup ("");
  return g_strdup (spaces[g_test_rand_int_range (0, G_N_ELEMENTS (spaces))]);
}

static void
append_word (GString *out,
             const char *word)
{
  g_autofree char *separator = random_separator (g_ascii_ispunct (word[0]));

  if (out->len > 0)
    g_string_append (out, separator);
  /* Now and then in capitals, for the case flag. */
  if (g_test_rand_int_range (0, 8) == 0)
    {
      g_autofree char *upper = g_ascii_strup (word, -1);

      g_string_append (out, upper);
    }
  else
    g_string_append (out, word);
}

static const char *
random_word (guint vocabulary_size)
{
  return vocabulary[g_test_rand_int_range (0, vocabulary_size)];
}

/* The text of an equal segment in its compared form without spaces. */
static char *
squeeze (const char *text,
         RdDiffFlags flags)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && !((flags & RD_DIFF_IGNORE_PUNCTUATION) && g_ascii_ispunct (*p)))
      g_string_append_c (out, (flags & RD_DIFF_IGNORE_CASE) ? g_ascii_tolower (*p) : *p);
  return g_string_free (out, FALSE);
}

static void
check_random_case (guint number,
                   guint *rewrites)
{
  static const RdDiffFlags all_flags[] = {
    RD_DIFF_FLAGS_NONE,
    RD_DIFF_IGNORE_CASE,
    RD_DIFF_IGNORE_PUNCTUATION,
    RD_DIFF_IGNORE_CASE | RD_DIFF_IGNORE_PUNCTUATION,
  };
  RdDiffFlags flags = all_flags[number % G_N_ELEMENTS (all_flags)];
  guint vocabulary_size = g_test_rand_int_range (3, G_N_ELEMENTS (vocabulary) + 1);
  guint n = g_test_rand_int_range (0, 30);
  g_autoptr (GString) old_text = g_string_new (NULL);
  g_autoptr (GString) new_text = g_string_new (NULL);
  g_autoptr (RdDiff) diff = NULL;
  gboolean unrelated = g_test_rand_int_range (0, 4) == 0;
  guint changed = 0;
  guint deletions = 0;
  guint insertions = 0;
  guint ses;

  for (guint i = 0; i < n; i++)
    {
      const char *word = random_word (vocabulary_size);
      guint action = g_test_rand_int_range (0, 10);

      append_word (old_text, word);
      if (unrelated)
        continue;
      if (action == 0) /* deleted */
        continue;
      if (action == 1) /* inserted before */
        append_word (new_text, random_word (vocabulary_size));
      if (action == 2) /* replaced */
        word = random_word (vocabulary_size);
      append_word (new_text, word);
    }
  if (unrelated)
    for (guint i = g_test_rand_int_range (0, 30); i > 0; i--)
      append_word (new_text, random_word (vocabulary_size));

  diff = rd_diff_texts (old_text->str, new_text->str, flags, 0);
  assert_well_formed (diff, old_text->str, new_text->str);
  g_assert_false (diff->coarse);

  for (guint i = 0; i < diff->segments->len; i++)
    {
      const RdDiffSegment *segment = g_ptr_array_index (diff->segments, i);

      if (segment->op == RD_DIFF_EQUAL)
        {
          /* Equal is equal, but for white space and what @flags ignore. */
          g_autofree char *text = squeeze (segment->text, flags);
          g_autofree char *old = squeeze (segment->old_text != NULL ? segment->old_text : segment->text, flags);

          g_assert_cmpstr (text, ==, old);
        }
      else
        {
          g_autoptr (GArray) tokens = compared_tokens (segment->text, flags);

          changed += tokens->len;
          if (segment->op == RD_DIFF_DELETE)
            deletions++;
          else
            insertions++;
        }
    }

  /* The bound: folding chaff at most triples a shortest edit script; a
   * wholesale rewrite (one deletion, one insertion) keeps it under four
   * times. */
  ses = shortest_edit_script (old_text->str, new_text->str, flags);
  if (ses == 0)
    g_assert_false (rd_diff_has_changes (diff));
  g_assert_cmpuint (changed, >=, ses);
  g_assert_cmpuint (changed, <, 4 * ses + 1);
  if (changed > 3 * ses)
    {
      g_assert_cmpuint (deletions, ==, 1);
      g_assert_cmpuint (insertions, ==, 1);
      (*rewrites)++;
    }
}

static void
test_random (void)
{
  guint rewrites = 0;

  for (guint number = 0; number < 600; number++)
    check_random_case (number, &rewrites);
  g_test_message ("%u of 600 random diffs were rewrites past 3 x SES", rewrites);
}

/* Random text from many scripts, invisible characters and bad bytes:
 * whatever the input, the segments give back both texts exactly (up to
 * the white space after the last token). */
static void
check_random_bytes (RdDiffFlags flags)
{
  static const char *const pieces[] = {
    "a",
    "B",
    "the",
    "1",
    "2,5",
    "-",
    "'",
    "’",
    ",",
    ".",
    " ",
    " ",
    "\n",
    "\u00a0",
    "\u00ad",
    "\u200b",
    "\u0301",
    "م",
    "ال",
    "،",
    "大",
    "会",
    "。",
    "Ж",
    "ж",
    "\xff",
    "\xe2\x80",
  };
  g_autoptr (GString) old_text = g_string_new (NULL);
  g_autoptr (GString) new_text = g_string_new (NULL);
  GString *texts[2] = { old_text, new_text };
  g_autoptr (RdDiff) diff = NULL;

  for (guint side = 0; side < 2; side++)
    for (guint i = g_test_rand_int_range (0, 40); i > 0; i--)
      g_string_append (texts[side], pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);

  diff = rd_diff_texts (texts[0]->str, texts[1]->str, flags, 0);
  for (guint side = 0; side < 2; side++)
    {
      g_autoptr (GArray) tokens = rd_tokenize (texts[side]->str, flags);
      g_autofree char *rebuilt = side == 0 ? rd_diff_old_text (diff) : rd_diff_new_text (diff);
      gsize end = tokens->len > 0 ? g_array_index (tokens, RdToken, tokens->len - 1).end : 0;

      g_assert_cmpuint (strlen (rebuilt), ==, end);
      g_assert_true (strncmp (rebuilt, texts[side]->str, end) == 0);
    }
  for (guint i = 1; i < diff->segments->len; i++)
    g_assert_cmpint (((const RdDiffSegment *) g_ptr_array_index (diff->segments, i))->op, !=,
                     ((const RdDiffSegment *) g_ptr_array_index (diff->segments, i - 1))->op);
}

static void
test_random_bytes (void)
{
  for (guint number = 0; number < 400; number++)
    check_random_bytes ((RdDiffFlags) (number % 4));
}

/* The budget */

/* @n words drawn from a vocabulary of @size made-up words, with a comma
 * now and then. */
static char *
random_text (GRand *rand,
             guint n,
             guint size,
             const char *prefix)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      guint word = g_rand_int_range (rand, 0, size);

      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, prefix);
      /* The number in letters, so that the word is one token. */
      do
        {
          g_string_append_c (out, 'a' + word % 26);
          word /= 26;
        }
      while (word > 0);
      if (g_rand_int_range (rand, 0, 12) == 0)
        g_string_append_c (out, ',');
    }
  return g_string_free (out, FALSE);
}

static void
check_large (const char *name,
             const char *old_text,
             const char *new_text,
             gsize budget,
             gboolean expect_coarse)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr (RdDiff) diff = rd_diff_texts (old_text, new_text, RD_DIFF_FLAGS_NONE, budget);
  gint64 elapsed = g_get_monotonic_time () - start;
  g_autofree char *old_rebuilt = rd_diff_old_text (diff);
  g_autofree char *new_rebuilt = rd_diff_new_text (diff);

  g_test_message ("%s: %.3f s, %u segments, coarse %d, similarity %.3f", name, elapsed / 1e6,
                  diff->segments->len, diff->coarse, rd_diff_similarity (diff));
  g_assert_cmpint (diff->coarse, ==, expect_coarse);
  g_assert_true (strcmp (old_rebuilt, old_text) == 0);
  g_assert_true (strcmp (new_rebuilt, new_text) == 0);
  g_assert_cmpuint (diff->words_old, ==, rd_test_count_words (old_text));
}

static void
test_budget_unrelated (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (3);
  g_autofree char *old_text = random_text (rand, 200000, 1000, "");
  g_autofree char *new_text = random_text (rand, 200000, 1000, "");
  g_autofree char *other_text = random_text (rand, 200000, 50000, "z");
  g_autoptr (RdDiff) diff = NULL;

  /* Many matches to explore: the budget runs out. */
  check_large ("200,000 unrelated words, shared vocabulary", old_text, new_text, 0, TRUE);
  check_large ("200,000 unrelated words, other vocabulary", old_text, other_text, 0, TRUE);

  diff = rd_diff_texts (old_text, new_text, RD_DIFF_FLAGS_NONE, 0);
  g_assert_cmpuint (diff->segments->len, ==, 2);
  g_assert_cmpuint (diff->words_deleted, ==, 200000);
  /* The budget spent, and past it no more than a few linear passes. */
  g_assert_cmpuint (diff->cost, >=, RD_DIFF_DEFAULT_BUDGET);
  g_assert_cmpuint (diff->cost, <, RD_DIFF_DEFAULT_BUDGET + 20 * 200000);
}

static void
test_budget_similar (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (4);
  g_autofree char *old_text = random_text (rand, 200000, 50000, "");
  g_autofree char *new_text = g_strdup (old_text);
  g_autoptr (RdDiff) diff = NULL;

  /* One word in fifty changed. */
  for (char *p = new_text; *p != '\0'; p++)
    if (p[0] == ' ' && g_rand_int_range (rand, 0, 50) == 0)
      p[1] = p[1] == 'q' ? 'r' : 'q';

  check_large ("200,000 words, 2% changed, default budget", old_text, new_text, 0, TRUE);
  check_large ("200,000 words, 2% changed, budget without end", old_text, new_text, G_MAXSIZE,
               FALSE);
  /* Past the budget the result is coarser, but not one block. */
  diff = rd_diff_texts (old_text, new_text, RD_DIFF_FLAGS_NONE, 0);
  g_assert_cmpfloat (rd_diff_similarity (diff), >, 0.9);
}

static void
test_budget_small (void)
{
  const char *old_text = "Urges Member States to consider ratifying the Convention and the "
                         "Protocol, and invites the Conference of the Parties to act";
  const char *new_text = "Encourages States to consider acceding to the Convention or the "
                         "Protocols, and requests the Conference of Parties to act now";
  g_autoptr (RdDiff) full = rd_diff_texts (old_text, new_text, RD_DIFF_FLAGS_NONE, 0);
  g_autoptr (RdDiff) tight = rd_diff_texts (old_text, new_text, RD_DIFF_FLAGS_NONE, 1);

  g_assert_false (full->coarse);
  g_assert_true (tight->coarse);
  g_assert_cmpuint (full->cost, >, 0);
  g_assert_cmpuint (full->cost, <, RD_DIFF_DEFAULT_BUDGET);
  assert_well_formed (tight, old_text, new_text);
  assert_well_formed (full, old_text, new_text);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diff/empty/both", test_empty_both);
  g_test_add_func ("/diff/empty/one", test_empty_one);
  g_test_add_func ("/diff/identical", test_identical);
  g_test_add_func ("/diff/nothing-in-common", test_nothing_in_common);
  g_test_add_func ("/diff/whitespace", test_whitespace);
  g_test_add_func ("/diff/split-words", test_split_words);
  g_test_add_func ("/diff/case", test_case);
  g_test_add_func ("/diff/case/ignored", test_case_ignored);
  g_test_add_func ("/diff/punctuation", test_punctuation);
  g_test_add_func ("/diff/punctuation/ignored", test_punctuation_ignored);
  g_test_add_func ("/diff/verb", test_verb);
  g_test_add_func ("/diff/chaff", test_chaff);
  g_test_add_func ("/diff/rewrite", test_rewrite);
  g_test_add_func ("/diff/compounds", test_compounds);
  g_test_add_func ("/diff/compaction", test_compaction);
  g_test_add_func ("/diff/unicode", test_unicode);
  g_test_add_func ("/diff/un/preambular", test_un_preambular);
  g_test_add_func ("/diff/un/operative", test_un_operative);
  g_test_add_func ("/diff/un/pdf-layer", test_un_pdf_layer);
  g_test_add_func ("/diff/random", test_random);
  g_test_add_func ("/diff/random/bytes", test_random_bytes);
  g_test_add_func ("/diff/budget/unrelated", test_budget_unrelated);
  g_test_add_func ("/diff/budget/similar", test_budget_similar);
  g_test_add_func ("/diff/budget/small", test_budget_small);

  return g_test_run ();
}
