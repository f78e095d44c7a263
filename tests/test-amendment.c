/* test-amendment.c: reading amendments and applying them to their draft
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The corpus's amendments were read in their PDFs (pdftotext -layout):
 * what each instruction does and to which paragraph, and in the drafts the
 * paragraphs they name.  The expected amended texts below are those
 * instructions carried out by hand on the draft's text.
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "rd-amended-draft.h"
#include "rd-amendment.h"
#include "rd-comparison.h"
#include "rd-instruction-parser.h"
#include "rd-test-pdf.h"
#include "rd-test-spawn.h"
#include "rd-test-util.h"

/* Helpers */

static RdAmendment *
load_amendment (const char *name)
{
  g_autoptr (RdDocument) document = rd_test_load_fixture ("corpus", name, NULL);

  g_assert_true (rd_document_is_amendment (document));
  return rd_amendment_new_from_document (document);
}

static const RdInstruction *
instruction_at (RdAmendment *amendment,
                guint index)
{
  GPtrArray *instructions = rd_amendment_get_instructions (amendment);

  g_assert_cmpuint (index, <, instructions->len);
  return g_ptr_array_index (instructions, index);
}

static void
assert_target (const RdInstruction *instruction,
               RdInstructionAction action,
               gboolean whole,
               RdTargetKind kind,
               guint number)
{
  g_assert_cmpstr (rd_instruction_action_to_string (instruction->action), ==, rd_instruction_action_to_string (action));
  g_assert_cmpint (instruction->whole, ==, whole);
  g_assert_cmpstr (rd_target_kind_to_string (instruction->target.kind), ==, rd_target_kind_to_string (kind));
  g_assert_cmpuint (instruction->target.number, ==, number);
  g_assert_null (instruction->problem);
}

static const char *
old_text (const RdInstruction *instruction,
          guint index)
{
  g_assert_cmpuint (index, <, instruction->old_texts->len);
  return ((RdQuote *) g_ptr_array_index (instruction->old_texts, index))->text;
}

static const char *
quoted_paragraph (const RdInstruction *instruction,
                  guint index)
{
  g_assert_cmpuint (index, <, instruction->paragraphs->len);
  return ((RdQuote *) g_ptr_array_index (instruction->paragraphs, index))->text;
}

/* A draft and its amendments from the corpus, any number of each. */
static RdAmendedDraft *
amend_corpus (const char *draft_name,
              ...)
{
  g_autoptr (GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  RdAmendedDraft *amended;
  va_list args;

  g_ptr_array_add (documents, rd_test_load_fixture ("corpus", draft_name, NULL));
  va_start (args, draft_name);
  for (const char *name = va_arg (args, const char *); name != NULL; name = va_arg (args, const char *))
    g_ptr_array_add (documents, rd_test_load_fixture ("corpus", name, NULL));
  va_end (args);

  amended = rd_amended_draft_new_from_documents ((RdDocument *const *) documents->pdata, documents->len, &error);
  g_assert_no_error (error);
  g_assert_nonnull (amended);
  return amended;
}

/* The paragraph of @kind whose number (operative) or position
 * (preambular, from 1) is @number. */
static RdParagraph *
paragraph_numbered (RdDocument *document,
                    RdParagraphKind kind,
                    guint number)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);
  g_autofree char *printed = g_strdup_printf ("%u", number);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      if (paragraph->kind != kind)
        continue;
      if (kind == RD_PARAGRAPH_PREAMBULAR ? paragraph->ordinal == number : g_strcmp0 (paragraph->number, printed) == 0)
        return paragraph;
    }
  g_assert_not_reached ();
  return NULL;
}

static guint
count_in_paragraphs (RdDocument *document,
                     const char *words)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);
  guint count = 0;

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char *p = ((RdParagraph *) g_ptr_array_index (paragraphs, i))->text;

      while ((p = strstr (p, words)) != NULL)
        {
          count++;
          p += strlen (words);
        }
    }
  return count;
}

static void
assert_all_applied (RdAmendedDraft *amended)
{
  GPtrArray *amendments = rd_amended_draft_get_amendments (amended);

  for (guint a = 0; a < amendments->len; a++)
    {
      GPtrArray *instructions = rd_amendment_get_instructions (g_ptr_array_index (amendments, a));

      for (guint i = 0; i < instructions->len; i++)
        {
          const RdInstructionOutcome *outcome = rd_amended_draft_get_outcome (amended, a, i);

          g_assert_null (outcome->problem);
          g_assert_true (outcome->applied);
        }
    }
}

/* The change of the comparison draft → amended whose new (or, for a
 * deletion, old) side starts with @start. */
static const RdChange *
find_change (RdComparison *comparison,
             const char *start)
{
  GPtrArray *changes = rd_comparison_get_changes (comparison);

  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);
      RdDocument *document = change->new_items->len > 0 ? rd_comparison_get_new (comparison) : rd_comparison_get_old (comparison);
      const GArray *items = change->new_items->len > 0 ? change->new_items : change->old_items;
      const RdParagraph *paragraph = g_ptr_array_index (rd_document_get_paragraphs (document), g_array_index (items, guint, 0));

      if (g_str_has_prefix (paragraph->text, start))
        return change;
    }
  g_assert_not_reached ();
  return NULL;
}

static char *
describe_change_attribution (RdAmendedDraft *amended,
                             RdComparison *comparison,
                             const char *start)
{
  g_autoptr (GArray) attributions = rd_amended_draft_attribute_change (amended, find_change (comparison, start));

  return rd_amended_draft_describe_attributions (amended, attributions);
}

/* Numbers in words */

static void
test_number_words (void)
{
  static const struct
  {
    const char *words;
    guint value;
    gboolean ordinal;
  } cases[] = {
    { "first", 1, TRUE },
    { "eleventh", 11, TRUE },
    { "twentieth", 20, TRUE },
    { "twenty-third", 23, TRUE },
    { "thirty-eighth", 38, TRUE },
    { "forty-first", 41, TRUE },
    { "ninety-ninth", 99, TRUE },
    { "hundredth", 100, TRUE },
    { "one hundred and first", 101, TRUE },
    { "one hundred twenty-third", 123, TRUE },
    { "two hundredth", 200, TRUE },
    { "two hundred and fifth", 205, TRUE },
    { "three hundred and sixty-second", 362, TRUE },
    { "Thirty-Eighth", 38, TRUE },
    { "two", 2, FALSE },
    { "seventeen", 17, FALSE },
    { "forty", 40, FALSE },
    { "38th", 38, TRUE },
    { "2nd", 2, TRUE },
    { "200", 200, FALSE },
  };
  static const char *const not_numbers[] = {
    "",
    "the",
    "fifth sixth",
    "twenty twenty",
    "hundred hundred",
    "thirty-eighth paragraph",
    "and",
    "second and",
    "38thx",
    "twelve-first",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint value = 0;
      gboolean ordinal = FALSE;

      g_test_message ("%s", cases[i].words);
      g_assert_true (rd_number_words_parse (cases[i].words, &value, &ordinal));
      g_assert_cmpuint (value, ==, cases[i].value);
      g_assert_cmpint (ordinal, ==, cases[i].ordinal);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_numbers); i++)
    {
      g_test_message ("%s", not_numbers[i]);
      g_assert_false (rd_number_words_parse (not_numbers[i], NULL, NULL));
    }
}

/* Reading the corpus's amendments */

static void
test_read_l19 (void)
{
  g_autoptr (RdDocument) document = rd_test_load_fixture ("corpus", "A_80_L.19.en.pdf", NULL);
  g_autoptr (RdAmendment) amendment = rd_amendment_new_from_document (document);
  const RdInstruction *delete;

  g_assert_cmpstr (rd_document_get_document_type (document), ==, "amendment");
  g_assert_cmpstr (rd_document_get_field (document, RD_FIELD_AMENDS), ==, "A/80/L.18");
  g_assert_cmpstr (rd_document_get_symbol (document), ==, "A/80/L.19");
  g_assert_cmpstr (rd_document_get_title (document), ==, "Safety and security of humanitarian personnel and protection of United Nations personnel");
  g_assert_cmpuint (rd_document_get_sponsors (document)->len, ==, 1);
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (rd_document_get_sponsors (document), 0))->state, ==, "Russian Federation");
  g_assert_cmpuint (rd_document_get_warnings (document)->len, ==, 0);

  /* "Delete the thirty-eighth preambular paragraph reading:" and the
   * paragraph, whose "**" is the amendment's own footnote */
  g_assert_cmpuint (rd_amendment_get_instructions (amendment)->len, ==, 1);
  delete = instruction_at (amendment, 0);
  assert_target (delete, RD_INSTRUCTION_DELETE, TRUE, RD_TARGET_PREAMBULAR, 38);
  g_assert_cmpstr (delete->text, ==, "Delete the thirty-eighth preambular paragraph reading:");
  g_assert_cmpuint (delete->old_texts->len, ==, 1);
  g_assert_true (g_str_has_prefix (old_text (delete, 0), "Recalling the inclusion of attacks intentionally directed"));
  g_assert_nonnull (strstr (old_text (delete, 0), "International Criminal Court, and noting"));
  g_assert_true (g_str_has_suffix (old_text (delete, 0), "violations of international humanitarian law,"));
}

static void
test_read_l20 (void)
{
  g_autoptr (RdDocument) document = rd_test_load_fixture ("corpus", "A_80_L.20.en.pdf", NULL);
  g_autoptr (RdAmendment) amendment = rd_amendment_new_from_document (document);

  g_assert_cmpstr (rd_document_get_field (document, RD_FIELD_AMENDS), ==, "A/80/L.18");
  /* The masthead's column, one block in this short PDF, is read again. */
  g_assert_cmpstr (rd_document_get_field (document, RD_FIELD_SESSION), ==, "Eightieth session");
  g_assert_cmpuint (rd_document_get_agenda_items (document)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rd_document_get_agenda_items (document), 0), ==, "72 (a)");
  g_assert_cmpuint (rd_document_get_sponsors (document)->len, ==, 1);
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (rd_document_get_sponsors (document), 0))->name, ==, "Russian Federation");

  /* "Delete operative paragraph 9." */
  g_assert_cmpuint (rd_amendment_get_instructions (amendment)->len, ==, 1);
  assert_target (instruction_at (amendment, 0), RD_INSTRUCTION_DELETE, TRUE, RD_TARGET_OPERATIVE, 9);
  g_assert_cmpuint (instruction_at (amendment, 0)->old_texts->len, ==, 0);
}

static void
test_read_l28 (void)
{
  g_autoptr (RdDocument) document = rd_test_load_fixture ("corpus", "A_80_L.28.en.pdf", NULL);
  g_autoptr (RdAmendment) amendment = rd_amendment_new_from_document (document);
  const RdInstruction *instruction;

  g_assert_cmpstr (rd_document_get_field (document, RD_FIELD_AMENDS), ==, "A/80/L.3");
  g_assert_cmpstr (rd_document_get_title (document), ==, "Persistent legacy of the Chernobyl disaster");
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (rd_document_get_sponsors (document), 0))->name, ==, "Ukraine");
  g_assert_cmpuint (rd_amendment_get_instructions (amendment)->len, ==, 8);

  /* 1. Replace “Chernobyl” with “Chornobyl” in the title, the preambular
   * paragraphs and the operative paragraphs. */
  instruction = instruction_at (amendment, 0);
  g_assert_cmpuint (instruction->number, ==, 1);
  assert_target (instruction, RD_INSTRUCTION_REPLACE_THROUGHOUT, FALSE, RD_TARGET_PARTS, 0);
  g_assert_cmpuint (instruction->target.scope, ==, RD_SCOPE_TITLE | RD_SCOPE_PREAMBULAR | RD_SCOPE_OPERATIVE);
  g_assert_cmpstr (old_text (instruction, 0), ==, "Chernobyl");
  g_assert_cmpstr (instruction->new_text->text, ==, "Chornobyl");

  /* 2. In the second preambular paragraph, insert “of Ukraine” after
   * “Chornobyl nuclear power plant”. */
  instruction = instruction_at (amendment, 1);
  assert_target (instruction, RD_INSTRUCTION_INSERT, FALSE, RD_TARGET_PREAMBULAR, 2);
  g_assert_cmpint (instruction->place, ==, RD_PLACE_AFTER);
  g_assert_cmpstr (instruction->anchor->text, ==, "Chornobyl nuclear power plant");
  g_assert_cmpstr (instruction->new_text->text, ==, "of Ukraine");

  /* 3. After the fifth preambular paragraph, insert a new preambular
   * paragraph reading: … */
  instruction = instruction_at (amendment, 2);
  assert_target (instruction, RD_INSTRUCTION_INSERT, TRUE, RD_TARGET_PREAMBULAR, 5);
  g_assert_cmpint (instruction->place, ==, RD_PLACE_AFTER);
  g_assert_cmpint (instruction->paragraph_kind, ==, RD_PARAGRAPH_PREAMBULAR);
  g_assert_cmpuint (instruction->paragraphs->len, ==, 1);
  g_assert_true (g_str_has_prefix (quoted_paragraph (instruction, 0), "Stressing that the fortieth anniversary of the Chornobyl disaster in 2026"));
  g_assert_true (g_str_has_suffix (quoted_paragraph (instruction, 0), "resilience and sustainable development,"));

  /* 4. In operative paragraph 1, replace “Takes note” with “Welcomes”. */
  instruction = instruction_at (amendment, 3);
  assert_target (instruction, RD_INSTRUCTION_REPLACE, FALSE, RD_TARGET_OPERATIVE, 1);
  g_assert_cmpstr (old_text (instruction, 0), ==, "Takes note");
  g_assert_cmpstr (instruction->new_text->text, ==, "Welcomes");

  /* 5. After operative paragraph 4, insert two new operative paragraphs
   * reading: … (the second page's page break between them) */
  instruction = instruction_at (amendment, 4);
  assert_target (instruction, RD_INSTRUCTION_INSERT, TRUE, RD_TARGET_OPERATIVE, 4);
  g_assert_cmpuint (instruction->count, ==, 2);
  g_assert_cmpuint (instruction->paragraphs->len, ==, 2);
  g_assert_true (g_str_has_prefix (quoted_paragraph (instruction, 0), "Expresses grave alarm at the damage"));
  g_assert_true (g_str_has_suffix (quoted_paragraph (instruction, 0), "one of the world’s most dangerous nuclear disasters;"));
  g_assert_true (g_str_has_prefix (quoted_paragraph (instruction, 1), "Stresses the importance of continued support"));

  /* 6. After operative paragraph 7, insert a new operative paragraph … */
  instruction = instruction_at (amendment, 5);
  assert_target (instruction, RD_INSTRUCTION_INSERT, TRUE, RD_TARGET_OPERATIVE, 7);
  g_assert_cmpuint (instruction->paragraphs->len, ==, 1);
  g_assert_true (g_str_has_prefix (quoted_paragraph (instruction, 0), "Decides to rename International Chernobyl Disaster Remembrance Day"));

  /* 7. In operative paragraph 8, after “…”, insert “, including …,”. */
  instruction = instruction_at (amendment, 6);
  assert_target (instruction, RD_INSTRUCTION_INSERT, FALSE, RD_TARGET_OPERATIVE, 8);
  g_assert_cmpstr (instruction->anchor->text, ==, "International Chornobyl Disaster Remembrance Day");
  g_assert_cmpstr (instruction->new_text->text, ==, ", including by paying particular attention to the significance of marking this day in 2026,");

  /* 8. In operative paragraph 10, replace “…Chernobyl disaster” with
   * “…Chornobyl disaster” (each quotation over two lines) */
  instruction = instruction_at (amendment, 7);
  assert_target (instruction, RD_INSTRUCTION_REPLACE, FALSE, RD_TARGET_OPERATIVE, 10);
  g_assert_cmpstr (old_text (instruction, 0), ==, "Strengthening of international cooperation and coordination of efforts to study, mitigate and minimize the consequences of the Chernobyl disaster");
  g_assert_cmpstr (instruction->new_text->text, ==, "Strengthening of international cooperation and coordination of efforts to study, mitigate and minimize the consequences of the Chornobyl disaster");
}

static void
test_read_l29 (void)
{
  g_autoptr (RdAmendment) amendment = load_amendment ("A_80_L.29.en.pdf");
  const RdInstruction *replace;

  g_assert_cmpstr (rd_amendment_get_amends (amendment), ==, "A/80/L.22");
  g_assert_cmpstr (rd_amendment_get_symbol (amendment), ==, "A/80/L.29");
  g_assert_cmpuint (rd_amendment_get_instructions (amendment)->len, ==, 1);
  /* "Replace operative paragraph 200 with the following text:" */
  replace = instruction_at (amendment, 0);
  assert_target (replace, RD_INSTRUCTION_REPLACE, TRUE, RD_TARGET_OPERATIVE, 200);
  g_assert_cmpuint (replace->paragraphs->len, ==, 1);
  g_assert_true (g_str_has_prefix (quoted_paragraph (replace, 0), "Welcomes, in this regard, the convening of the thirtieth session"));
  g_assert_true (g_str_has_suffix (quoted_paragraph (replace, 0), "in Belém, Brazil, from 10 to 21 November 2025;"));
}

static void
test_read_l30 (void)
{
  g_autoptr (RdAmendment) amendment = load_amendment ("A_80_L.30.en.pdf");
  static const struct
  {
    gboolean whole;
    RdTargetKind kind;
    guint number;
    const char *deleted;
  } expected[] = {
    { FALSE, RD_TARGET_PREAMBULAR, 4, "and expressing deep concern about the impact of climate change," },
    { FALSE, RD_TARGET_PREAMBULAR, 15, "including those related to the continuing impact of climate change," },
    { TRUE, RD_TARGET_PREAMBULAR, 16, NULL },
    { TRUE, RD_TARGET_PREAMBULAR, 20, NULL },
    { TRUE, RD_TARGET_PREAMBULAR, 23, NULL },
    { FALSE, RD_TARGET_PREAMBULAR, 41, "including in the face of the ongoing consequences and long-term effects of the coronavirus disease (COVID-19) pandemic, disasters caused by natural and human-made hazards, the adverse effects of climate change and armed conflicts," },
    { FALSE, RD_TARGET_OPERATIVE, 21, "of considering the impact of climate change" },
    { TRUE, RD_TARGET_OPERATIVE, 22, NULL },
    { FALSE, RD_TARGET_OPERATIVE, 24, "those driven by natural climate cycles and those exacerbated by the adverse effects of climate change," },
    { FALSE, RD_TARGET_OPERATIVE, 33, "climate adaptation and mitigation," },
    { FALSE, RD_TARGET_OPERATIVE, 39, "some of which are exacerbated by the adverse effects of climate change," },
  };

  g_assert_cmpstr (rd_amendment_get_amends (amendment), ==, "A/80/L.25");
  g_assert_cmpuint (rd_amendment_get_instructions (amendment)->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const RdInstruction *instruction = instruction_at (amendment, i);

      g_test_message ("instruction %u", i + 1);
      g_assert_cmpuint (instruction->number, ==, i + 1);
      assert_target (instruction, RD_INSTRUCTION_DELETE, expected[i].whole, expected[i].kind, expected[i].number);
      if (expected[i].deleted != NULL)
        g_assert_cmpstr (old_text (instruction, 0), ==, expected[i].deleted);
      else
        g_assert_cmpuint (instruction->old_texts->len, ==, 0);
    }
}

static void
test_read_l31_to_l36 (void)
{
  g_autoptr (RdAmendment) l31 = load_amendment ("A_80_L.31.en.pdf");
  g_autoptr (RdAmendment) l32 = load_amendment ("A_80_L.32.en.pdf");
  g_autoptr (RdAmendment) l33 = load_amendment ("A_80_L.33.en.pdf");
  g_autoptr (RdAmendment) l36 = load_amendment ("A_80_L.36.en.pdf");
  const RdInstruction *instruction;
  const RdFootnoteRef *mark;

  /* In operative paragraph 68, after “including sexual and reproductive
   * health”, insert “… Development** and … Assembly,”: the quotation runs
   * over three lines and cites the amendment's own footnote. */
  g_assert_cmpuint (rd_amendment_get_instructions (l31)->len, ==, 1);
  instruction = instruction_at (l31, 0);
  assert_target (instruction, RD_INSTRUCTION_INSERT, FALSE, RD_TARGET_OPERATIVE, 68);
  g_assert_cmpstr (instruction->anchor->text, ==, "including sexual and reproductive health");
  g_assert_cmpstr (instruction->new_text->text, ==, "in accordance with the Programme of Action of the International Conference on Population and Development and its review outcomes as adopted by the General Assembly,");
  g_assert_cmpuint (instruction->new_text->footnotes->len, ==, 1);
  mark = &g_array_index (instruction->new_text->footnotes, RdFootnoteRef, 0);
  g_assert_cmpstr (mark->marker, ==, "**");
  g_assert_cmpuint (mark->offset, ==, strlen ("in accordance with the Programme of Action of the International Conference on Population and Development"));
  g_assert_true (g_str_has_prefix (rd_amendment_get_footnote_text (l31, "**"), "Report of the International Conference on Population and Development, Cairo"));

  /* In operative paragraph 69, replace “sexual and reproductive” with
   * “emergency”. */
  g_assert_cmpuint (rd_amendment_get_instructions (l32)->len, ==, 1);
  instruction = instruction_at (l32, 0);
  assert_target (instruction, RD_INSTRUCTION_REPLACE, FALSE, RD_TARGET_OPERATIVE, 69);
  g_assert_cmpstr (old_text (instruction, 0), ==, "sexual and reproductive");
  g_assert_cmpstr (instruction->new_text->text, ==, "emergency");

  /* After operative paragraph 70, insert the following operative
   * paragraph: … */
  g_assert_cmpuint (rd_amendment_get_instructions (l33)->len, ==, 1);
  instruction = instruction_at (l33, 0);
  assert_target (instruction, RD_INSTRUCTION_INSERT, TRUE, RD_TARGET_OPERATIVE, 70);
  g_assert_cmpint (instruction->paragraph_kind, ==, RD_PARAGRAPH_OPERATIVE);
  g_assert_cmpuint (instruction->paragraphs->len, ==, 1);
  g_assert_true (g_str_has_prefix (quoted_paragraph (instruction, 0), "Stresses that there is no international right to an abortion"));

  /* After operative paragraph 89, insert the following operative
   * paragraph: … (its lines come as two blocks) */
  g_assert_cmpuint (rd_amendment_get_instructions (l36)->len, ==, 1);
  instruction = instruction_at (l36, 0);
  assert_target (instruction, RD_INSTRUCTION_INSERT, TRUE, RD_TARGET_OPERATIVE, 89);
  g_assert_cmpuint (instruction->paragraphs->len, ==, 1);
  g_assert_true (g_str_has_prefix (quoted_paragraph (instruction, 0), "Calls upon Member States to refrain from promulgating"));
  g_assert_true (g_str_has_suffix (quoted_paragraph (instruction, 0), "efficiency of United Nations operations and delivery of humanitarian and development assistance on the ground;"));
}

static void
test_read_c3_l56 (void)
{
  g_autoptr (RdDocument) document = rd_test_load_fixture ("corpus", "A_C.3_80_L.56.en.pdf", NULL);
  g_autoptr (RdAmendment) amendment = rd_amendment_new_from_document (document);
  GPtrArray *sponsors = rd_document_get_sponsors (document);
  const RdInstruction *insert;

  g_assert_cmpstr (rd_document_get_field (document, RD_FIELD_AMENDS), ==, "A/C.3/80/L.2");
  g_assert_cmpstr (rd_document_get_field (document, RD_FIELD_COMMITTEE), ==, "Third Committee");
  g_assert_true (g_str_has_prefix (rd_document_get_title (document), "Combating glorification of Nazism, neo-Nazism"));
  /* Albania, Australia, Japan, Liechtenstein, Marshall Islands, New
   * Zealand, Norway and Ukraine */
  g_assert_cmpuint (sponsors->len, ==, 8);
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (sponsors, 0))->name, ==, "Albania");
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (sponsors, 7))->name, ==, "Ukraine");

  /* After operative paragraph 3, insert a new operative paragraph,
   * reading: … */
  g_assert_cmpuint (rd_amendment_get_instructions (amendment)->len, ==, 1);
  insert = instruction_at (amendment, 0);
  assert_target (insert, RD_INSTRUCTION_INSERT, TRUE, RD_TARGET_OPERATIVE, 3);
  g_assert_cmpuint (insert->count, ==, 1);
  g_assert_cmpuint (insert->paragraphs->len, ==, 1);
  g_assert_true (g_str_has_prefix (quoted_paragraph (insert, 0), "Notes with alarm that the Russian Federation"));
}

/* The draft as amended is named for what it is in every output: "A/80/L.18
 * as amended by A/80/L.19, L.20" (the draft as tabled keeps its symbol). */
static void
test_name (void)
{
  g_autoptr (RdAmendedDraft) amended = amend_corpus ("A_80_L.20.en.pdf", "A_80_L.18.en.pdf", "A_80_L.19.en.pdf", NULL);
  g_autoptr (RdAmendedDraft) one = amend_corpus ("A_80_L.3.en.pdf", "A_80_L.28.en.pdf", NULL);
  g_autofree char *draft_name = rd_document_dup_display_name (rd_amended_draft_get_draft (amended));
  g_autofree char *name = rd_document_dup_display_name (rd_amended_draft_get_document (amended));
  g_autofree char *one_name = rd_document_dup_display_name (rd_amended_draft_get_document (one));
  g_autoptr (RdDocument) plain = rd_document_new ("/tmp/draft.txt", "text");
  g_autofree char *plain_name = NULL;
  g_autofree char *reset_name = NULL;

  g_assert_cmpstr (draft_name, ==, "A/80/L.18");
  g_assert_cmpstr (name, ==, "A/80/L.18 as amended by A/80/L.19, L.20");
  g_assert_cmpstr (one_name, ==, "A/80/L.3 as amended by A/80/L.28");
  /* The name set wins over the file's; NULL goes back to it. */
  rd_document_set_display_name (plain, "Draft as amended by X");
  plain_name = rd_document_dup_display_name (plain);
  g_assert_cmpstr (plain_name, ==, "Draft as amended by X");
  rd_document_set_display_name (plain, NULL);
  reset_name = rd_document_dup_display_name (plain);
  g_assert_cmpstr (reset_name, ==, "draft.txt");
}

/* Applying the corpus's amendments */

static void
test_apply_l18 (void)
{
  /* Files in any order: the draft between its two amendments. */
  g_autoptr (RdAmendedDraft) amended = amend_corpus ("A_80_L.19.en.pdf", "A_80_L.18.en.pdf", "A_80_L.20.en.pdf", NULL);
  RdDocument *draft = rd_amended_draft_get_draft (amended);
  RdDocument *document = rd_amended_draft_get_document (amended);
  g_autoptr (RdComparison) comparison = rd_comparison_new (draft, document, NULL);
  GPtrArray *amendments = rd_amended_draft_get_amendments (amended);
  g_autofree char *by_l19 = NULL;
  g_autofree char *by_l20 = NULL;
  g_autoptr (GArray) footnote_attribution = NULL;
  GPtrArray *footnote_changes;
  const RdChange *footnote_change = NULL;

  g_assert_cmpstr (rd_document_get_symbol (draft), ==, "A/80/L.18");
  g_assert_cmpuint (amendments->len, ==, 2);
  g_assert_cmpstr (rd_amendment_get_symbol (g_ptr_array_index (amendments, 0)), ==, "A/80/L.19");
  g_assert_cmpstr (rd_amendment_get_symbol (g_ptr_array_index (amendments, 1)), ==, "A/80/L.20");
  assert_all_applied (amended);

  /* PP 38 ("Recalling the inclusion of attacks …") and OP 9 ("Also calls
   * upon all States to consider becoming parties to the Rome Statute …")
   * are gone; OP 10 is OP 9 now. */
  g_assert_cmpuint (rd_document_count_paragraphs (draft, RD_PARAGRAPH_PREAMBULAR), ==, 46);
  g_assert_cmpuint (rd_document_count_paragraphs (document, RD_PARAGRAPH_PREAMBULAR), ==, 45);
  g_assert_cmpuint (rd_document_count_paragraphs (draft, RD_PARAGRAPH_OPERATIVE), ==, 52);
  g_assert_cmpuint (rd_document_count_paragraphs (document, RD_PARAGRAPH_OPERATIVE), ==, 51);
  g_assert_cmpuint (count_in_paragraphs (document, "Recalling the inclusion of attacks intentionally directed"), ==, 0);
  g_assert_cmpuint (count_in_paragraphs (document, "Also calls upon all States to consider becoming parties to the Rome Statute"), ==, 0);
  g_assert_true (g_str_has_prefix (paragraph_numbered (document, RD_PARAGRAPH_PREAMBULAR, 38)->text, "Reaffirming the need to ensure adequate levels of safety"));
  g_assert_true (g_str_has_prefix (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 9)->text, "Further calls upon all States to consider becoming parties to the Optional Protocol"));
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 51)->number_label, ==, "51.");

  /* PP 38's footnote (the Rome Statute in the Treaty Series) goes with it;
   * the others are numbered again.  The "*" note on the sponsors ("Any
   * changes to the list of sponsors …") is the masthead's, no footnote. */
  g_assert_cmpuint (rd_document_get_footnotes (draft)->len, ==, 21);
  g_assert_cmpuint (rd_document_get_footnotes (document)->len, ==, 20);
  for (guint i = 0; i < rd_document_get_footnotes (document)->len; i++)
    g_assert_null (strstr (((RdFootnote *) g_ptr_array_index (rd_document_get_footnotes (document), i))->text, "vol. 2187"));
  g_assert_nonnull (rd_document_find_footnote (document, "20"));
  g_assert_null (rd_document_find_footnote (document, "21"));

  /* Each change says which amendment made it. */
  g_assert_cmpuint (rd_comparison_get_stats (comparison)->counts[RD_CHANGE_DELETED], ==, 2);
  g_assert_cmpuint (rd_comparison_get_stats (comparison)->counts[RD_CHANGE_MODIFIED], ==, 0);
  by_l19 = describe_change_attribution (amended, comparison, "Recalling the inclusion of attacks");
  by_l20 = describe_change_attribution (amended, comparison, "Also calls upon all States to consider becoming parties to the Rome Statute");
  g_assert_cmpstr (by_l19, ==, "A/80/L.19: 1");
  g_assert_cmpstr (by_l20, ==, "A/80/L.20: 1");
  footnote_changes = rd_comparison_get_footnote_changes (comparison);
  for (guint i = 0; i < footnote_changes->len; i++)
    if (((RdChange *) g_ptr_array_index (footnote_changes, i))->type == RD_CHANGE_DELETED)
      footnote_change = g_ptr_array_index (footnote_changes, i);
  g_assert_nonnull (footnote_change);
  footnote_attribution = rd_amended_draft_attribute_change (amended, footnote_change);
  g_assert_cmpuint (footnote_attribution->len, ==, 1);
  g_assert_cmpuint (g_array_index (footnote_attribution, RdAttribution, 0).amendment, ==, 0);
}

static void
test_apply_l3 (void)
{
  g_autoptr (RdAmendedDraft) amended = amend_corpus ("A_80_L.3.en.pdf", "A_80_L.28.en.pdf", NULL);
  RdDocument *draft = rd_amended_draft_get_draft (amended);
  RdDocument *document = rd_amended_draft_get_document (amended);
  g_autoptr (RdComparison) comparison = rd_comparison_new (draft, document, NULL);
  GPtrArray *header = rd_comparison_get_header_changes (comparison);
  g_autoptr (GArray) title_attribution = NULL;
  g_autofree char *title_by = NULL;
  g_autofree char *op8_by = NULL;
  const RdInstructionOutcome *outcome;

  /* Instructions 1 to 7 applied; 8 (in OP 10, "… Chernobyl disaster" →
   * "… Chornobyl disaster") had been made by 1. */
  for (guint i = 0; i < 7; i++)
    {
      outcome = rd_amended_draft_get_outcome (amended, 0, i);
      g_assert_true (outcome->applied);
      g_assert_null (outcome->problem);
    }
  outcome = rd_amended_draft_get_outcome (amended, 0, 7);
  g_assert_false (outcome->applied);
  g_assert_cmpuint (outcome->satisfied_by, ==, 1);
  g_assert_null (outcome->problem);

  /* 1: Chornobyl in the title and every paragraph, but in the one
   * instruction 6 inserts after, which renames the Day */
  g_assert_cmpstr (rd_document_get_title (document), ==, "Persistent legacy of the Chornobyl disaster");
  g_assert_cmpuint (count_in_paragraphs (draft, "Chernobyl"), >, 10);
  g_assert_cmpuint (count_in_paragraphs (document, "Chernobyl"), ==, 1);
  g_assert_true (g_str_has_prefix (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 10)->text, "Decides to rename International Chernobyl Disaster Remembrance Day"));

  /* 2: PP 2 */
  g_assert_nonnull (strstr (paragraph_numbered (document, RD_PARAGRAPH_PREAMBULAR, 2)->text, "on the closure of the Chornobyl nuclear power plant of Ukraine, and taking note of the decisions"));

  /* 3: a sixth preambular paragraph; the draft's sixth is the seventh */
  g_assert_cmpuint (rd_document_count_paragraphs (draft, RD_PARAGRAPH_PREAMBULAR), ==, 6);
  g_assert_cmpuint (rd_document_count_paragraphs (document, RD_PARAGRAPH_PREAMBULAR), ==, 7);
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_PREAMBULAR, 6)->text, ==,
                   "Stressing that the fortieth anniversary of the Chornobyl disaster in 2026 presents a critical opportunity for all stakeholders to actively commemorate the event and renew their commitment to long-term recovery, resilience and sustainable development,");
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_PREAMBULAR, 6)->verb, ==, "Stressing");
  g_assert_true (g_str_has_prefix (paragraph_numbered (document, RD_PARAGRAPH_PREAMBULAR, 7)->text, "Welcoming also global efforts"));

  /* 4: OP 1, word for word as the instruction says */
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 1)->text, ==, "Welcomes of the report of the Secretary-General;");
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 1)->verb, ==, "Welcomes");

  /* 5 and 6: three operative paragraphs more, numbered in turn */
  g_assert_cmpuint (rd_document_count_paragraphs (draft, RD_PARAGRAPH_OPERATIVE), ==, 10);
  g_assert_cmpuint (rd_document_count_paragraphs (document, RD_PARAGRAPH_OPERATIVE), ==, 13);
  g_assert_true (g_str_has_prefix (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 4)->text, "Stresses the need, in this regard, to continue the environmental"));
  g_assert_true (g_str_has_prefix (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 5)->text, "Expresses grave alarm at the damage"));
  g_assert_true (g_str_has_prefix (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 6)->text, "Stresses the importance of continued support"));
  g_assert_true (g_str_has_prefix (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 9)->text, "Recognizes the need to continue the sustainable development"));

  /* 7: in the draft's OP 8, now OP 11; the doubled comma is not kept */
  g_assert_nonnull (strstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 11)->text,
                            "to observe International Chornobyl Disaster Remembrance Day, including by paying particular attention to the significance of marking this day in 2026, and notes that the costs"));

  /* 8: the sub-item's title in OP 10, now OP 13, as 1 left it */
  g_assert_nonnull (strstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 13)->text, "minimize the consequences of the Chornobyl disaster” of the item entitled"));

  /* The title's change and OP 11's are attributed. */
  g_assert_cmpuint (header->len, ==, 1);
  g_assert_cmpint (((RdHeaderChange *) g_ptr_array_index (header, 0))->field, ==, RD_FIELD_TITLE);
  title_attribution = rd_amended_draft_attribute_header (amended, g_ptr_array_index (header, 0));
  title_by = rd_amended_draft_describe_attributions (amended, title_attribution);
  g_assert_cmpstr (title_by, ==, "A/80/L.28: 1");
  op8_by = describe_change_attribution (amended, comparison, "Invites Member States, relevant agencies");
  g_assert_cmpstr (op8_by, ==, "A/80/L.28: 1, 7");
}

static void
test_apply_l25 (void)
{
  g_autoptr (RdAmendedDraft) amended = amend_corpus ("A_80_L.36.en.pdf", "A_80_L.33.en.pdf", "A_80_L.25.en.pdf", "A_80_L.31.en.pdf", "A_80_L.30.en.pdf", "A_80_L.32.en.pdf", NULL);
  RdDocument *draft = rd_amended_draft_get_draft (amended);
  RdDocument *document = rd_amended_draft_get_document (amended);
  GPtrArray *amendments = rd_amended_draft_get_amendments (amended);
  g_autoptr (RdComparison) comparison = rd_comparison_new (draft, document, NULL);
  static const char *const order[] = { "A/80/L.30", "A/80/L.31", "A/80/L.32", "A/80/L.33", "A/80/L.36" };
  RdParagraph *paragraph;
  const RdFootnoteRef *mark;
  const RdFootnote *footnote;
  g_autofree char *by = NULL;

  /* Applied in the order of their symbols, whatever the files' order */
  g_assert_cmpuint (amendments->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (rd_amendment_get_symbol (g_ptr_array_index (amendments, i)), ==, order[i]);
  assert_all_applied (amended);

  /* L.30 deletes PP 16, 20 and 23 and OP 22; L.33 and L.36 insert one
   * operative paragraph each. */
  g_assert_cmpuint (rd_document_count_paragraphs (draft, RD_PARAGRAPH_PREAMBULAR), ==, 47);
  g_assert_cmpuint (rd_document_count_paragraphs (document, RD_PARAGRAPH_PREAMBULAR), ==, 44);
  g_assert_cmpuint (rd_document_count_paragraphs (draft, RD_PARAGRAPH_OPERATIVE), ==, 95);
  g_assert_cmpuint (rd_document_count_paragraphs (document, RD_PARAGRAPH_OPERATIVE), ==, 96);
  g_assert_cmpuint (count_in_paragraphs (document, "Welcoming the Paris Agreement and its early entry into force"), ==, 0);
  g_assert_cmpuint (count_in_paragraphs (document, "Encourages the United Nations and humanitarian organizations to enhance efforts to further study"), ==, 0);

  /* L.30's words, from the draft's PP 4, 15 and 41 and OP 21, 24, 33, 39 */
  g_assert_nonnull (strstr (paragraph_numbered (document, RD_PARAGRAPH_PREAMBULAR, 4)->text, "stretching humanitarian response capacities, the ongoing consequences of the financial"));
  g_assert_nonnull (strstr (paragraph_numbered (document, RD_PARAGRAPH_PREAMBULAR, 15)->text, "natural or man-made hazards, reaffirming the need"));
  paragraph = paragraph_numbered (document, RD_PARAGRAPH_PREAMBULAR, 38);
  g_assert_true (g_str_has_prefix (paragraph->text, "Noting with grave concern that children and youth"));
  g_assert_true (g_str_has_suffix (paragraph->text, "for children and youth in humanitarian emergencies,"));
  g_assert_nonnull (strstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 21)->text, "the underlying disaster risk drivers, and of integrating a disaster risk reduction"));
  g_assert_nonnull (strstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 23)->text, "including weather-related hazards, including through complementary"));
  g_assert_nonnull (strstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 32)->text, "protection, livelihoods, health, water, sanitation"));
  g_assert_nonnull (strstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 38)->text, "natural or human-made hazards, which in certain instances"));
  g_assert_cmpuint (count_in_paragraphs (document, "climate"), <, count_in_paragraphs (draft, "climate"));

  /* L.31 in the draft's OP 68 (now 67), with its footnote */
  paragraph = paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 67);
  g_assert_nonnull (strstr (paragraph->text, "including sexual and reproductive health in accordance with the Programme of Action of the International Conference on Population and Development and its review outcomes as adopted by the General Assembly, education and protection"));
  g_assert_cmpuint (paragraph->footnotes->len, ==, 1);
  mark = &g_array_index (paragraph->footnotes, RdFootnoteRef, 0);
  g_assert_true (g_str_has_prefix (paragraph->text + mark->offset, " and its review outcomes"));
  footnote = rd_document_find_footnote (document, mark->marker);
  g_assert_nonnull (footnote);
  g_assert_true (g_str_has_prefix (footnote->text, "Report of the International Conference on Population and Development, Cairo"));
  /* PP 16's two footnotes go, L.31's comes: 22 - 2 + 1 (the draft's "*"
   * note on its sponsors is no footnote) */
  g_assert_cmpuint (rd_document_get_footnotes (document)->len, ==, 21);

  /* L.32 in the draft's OP 69 */
  g_assert_nonnull (strstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 68)->text, "reliable and safe access to emergency healthcare services and mental health"));

  /* L.33 after the draft's OP 70, L.36 after its OP 89 */
  g_assert_true (g_str_has_prefix (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 69)->text, "Recalls resolution 46/182"));
  g_assert_true (g_str_has_prefix (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 70)->text, "Stresses that there is no international right to an abortion"));
  g_assert_true (g_str_has_prefix (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 89)->text, "Expresses concern about the increasing threat of disinformation"));
  g_assert_true (g_str_has_prefix (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 90)->text, "Calls upon Member States to refrain from promulgating"));
  g_assert_true (g_str_has_prefix (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 91)->text, "Reaffirms that the United Nations and its humanitarian personnel"));

  by = describe_change_attribution (amended, comparison, "Stresses that there is no international right");
  g_assert_cmpstr (by, ==, "A/80/L.33: 1");
  g_clear_pointer (&by, g_free);
  by = describe_change_attribution (amended, comparison, "Welcoming the Paris Agreement");
  g_assert_cmpstr (by, ==, "A/80/L.30: 3");
}

static void
test_apply_l22 (void)
{
  g_autoptr (RdAmendedDraft) amended = amend_corpus ("A_80_L.22.en.pdf", "A_80_L.29.en.pdf", NULL);
  RdDocument *draft = rd_amended_draft_get_draft (amended);
  RdDocument *document = rd_amended_draft_get_document (amended);
  RdParagraph *op200 = paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 200);

  assert_all_applied (amended);
  g_assert_cmpuint (rd_document_count_paragraphs (document, RD_PARAGRAPH_OPERATIVE), ==, rd_document_count_paragraphs (draft, RD_PARAGRAPH_OPERATIVE));
  g_assert_cmpuint (rd_document_get_paragraphs (document)->len, ==, rd_document_get_paragraphs (draft)->len);
  g_assert_true (g_str_has_prefix (paragraph_numbered (draft, RD_PARAGRAPH_OPERATIVE, 200)->text, "Welcomes, in this regard, the convening of the twenty-ninth session"));
  g_assert_true (g_str_has_prefix (op200->text, "Welcomes, in this regard, the convening of the thirtieth session of the Conference of the Parties"));
  g_assert_true (g_str_has_suffix (op200->text, "Paris Agreement in Belém, Brazil, from 10 to 21 November 2025;"));
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 199)->text, ==, paragraph_numbered (draft, RD_PARAGRAPH_OPERATIVE, 199)->text);
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 201)->text, ==, paragraph_numbered (draft, RD_PARAGRAPH_OPERATIVE, 201)->text);
}

static void
test_apply_c3_l2 (void)
{
  g_autoptr (RdAmendedDraft) amended = amend_corpus ("A_C.3_80_L.56.en.pdf", "A_C.3_80_L.2.en.pdf", NULL);
  RdDocument *draft = rd_amended_draft_get_draft (amended);
  RdDocument *document = rd_amended_draft_get_document (amended);
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);
  RdParagraph *op3 = paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 3);
  RdParagraph *inserted;

  assert_all_applied (amended);
  g_assert_cmpuint (rd_document_count_paragraphs (document, RD_PARAGRAPH_OPERATIVE), ==, rd_document_count_paragraphs (draft, RD_PARAGRAPH_OPERATIVE) + 1);
  g_assert_true (g_str_has_prefix (op3->text, "Takes note of the report of the Special Rapporteur"));
  inserted = g_ptr_array_index (paragraphs, op3->index + 1);
  g_assert_cmpint (inserted->kind, ==, RD_PARAGRAPH_OPERATIVE);
  g_assert_true (g_str_has_prefix (inserted->text, "Notes with alarm that the Russian Federation has sought to justify"));
  g_assert_true (g_str_has_prefix (((RdParagraph *) g_ptr_array_index (paragraphs, op3->index + 2))->text, "Expresses its appreciation to the United Nations High Commissioner"));
  /* The draft's operative paragraphs are read numbered in sequence (its
   * "25" and "26", whose full stops the text layer lost, included), so
   * the amended draft is numbered again: the new paragraph is OP 4 and
   * the next one OP 5. */
  g_assert_cmpstr (inserted->number, ==, "4");
  g_assert_cmpstr (((RdParagraph *) g_ptr_array_index (paragraphs, op3->index + 2))->number, ==, "5");
}

/* The grammar, on made-up instructions */

typedef struct
{
  const char *text;
  RdInstructionAction action;
  gboolean whole;
  RdTargetKind kind;
  guint number;
  guint last;
  const char *subparagraph;
  RdPlace place;
  const char *old_text;
  const char *new_text;
  const char *anchor;
  guint paragraphs;
  RdParagraphKind paragraph_kind;
} GrammarCase;

static const GrammarCase grammar_cases[] = {
  { "Delete operative paragraphs 9 to 11.", RD_INSTRUCTION_DELETE, TRUE, RD_TARGET_OPERATIVE, 9, 11 },
  { "Delete operative paragraphs 9 and 10.", RD_INSTRUCTION_DELETE, TRUE, RD_TARGET_OPERATIVE, 9, 10 },
  { "Delete the second and third preambular paragraphs.", RD_INSTRUCTION_DELETE, TRUE, RD_TARGET_PREAMBULAR, 2, 3 },
  { "Delete the last preambular paragraph.", RD_INSTRUCTION_DELETE, TRUE, RD_TARGET_PREAMBULAR, RD_TARGET_LAST, RD_TARGET_LAST },
  { "Delete subparagraph (b) of operative paragraph 5.", RD_INSTRUCTION_DELETE, TRUE, RD_TARGET_OPERATIVE, 5, 5, "b" },
  { "Delete operative paragraph 9 and renumber the subsequent paragraphs accordingly.", RD_INSTRUCTION_DELETE, TRUE, RD_TARGET_OPERATIVE, 9, 9 },
  { "Delete footnote 2.", RD_INSTRUCTION_DELETE, TRUE, RD_TARGET_FOOTNOTE, 2, 2 },
  { "In the one hundred and first preambular paragraph, delete “widgets”.", RD_INSTRUCTION_DELETE, FALSE, RD_TARGET_PREAMBULAR, 101, 101, NULL, RD_PLACE_NONE, "widgets" },
  { "In the fourth paragraph of the preamble, delete “widgets”.", RD_INSTRUCTION_DELETE, FALSE, RD_TARGET_PREAMBULAR, 4, 4, NULL, RD_PLACE_NONE, "widgets" },
  { "In preambular paragraph 3, delete the words “widgets”.", RD_INSTRUCTION_DELETE, FALSE, RD_TARGET_PREAMBULAR, 3, 3, NULL, RD_PLACE_NONE, "widgets" },
  { "In operative paragraph 4, subparagraph (a), delete “widgets”.", RD_INSTRUCTION_DELETE, FALSE, RD_TARGET_OPERATIVE, 4, 4, "a", RD_PLACE_NONE, "widgets" },
  { "In operative paragraph 2, delete “the first part of a long\nquotation”.", RD_INSTRUCTION_DELETE, FALSE, RD_TARGET_OPERATIVE, 2, 2, NULL, RD_PLACE_NONE, "the first part of a long quotation" },
  { "In operative paragraph 3 (a), replace the word “widgets” with the words “small gadgets”.", RD_INSTRUCTION_REPLACE, FALSE, RD_TARGET_OPERATIVE, 3, 3, "a", RD_PLACE_NONE, "widgets", "small gadgets" },
  { "In operative paragraph 2, replace \"widgets\" with \"gadgets\".", RD_INSTRUCTION_REPLACE, FALSE, RD_TARGET_OPERATIVE, 2, 2, NULL, RD_PLACE_NONE, "widgets", "gadgets" },
  { "In operative paragraph 7, delete “widgets” and insert “gadgets”.", RD_INSTRUCTION_REPLACE, FALSE, RD_TARGET_OPERATIVE, 7, 7, NULL, RD_PLACE_NONE, "widgets", "gadgets" },
  { "In the title, replace “test” with “trial”.", RD_INSTRUCTION_REPLACE, FALSE, RD_TARGET_TITLE, 0, 0, NULL, RD_PLACE_NONE, "test", "trial" },
  { "In footnote 1, replace “1/1” with “1/2”.", RD_INSTRUCTION_REPLACE, FALSE, RD_TARGET_FOOTNOTE, 1, 1, NULL, RD_PLACE_NONE, "1/1", "1/2" },
  { "Replace “widget” by “gadget” throughout the text.", RD_INSTRUCTION_REPLACE_THROUGHOUT, FALSE, RD_TARGET_PARTS, 0, 0, NULL, RD_PLACE_NONE, "widget", "gadget" },
  { "Delete “widgets” wherever it appears.", RD_INSTRUCTION_DELETE_THROUGHOUT, FALSE, RD_TARGET_PARTS, 0, 0, NULL, RD_PLACE_NONE, "widgets" },
  { "Replace the title with “A new title”.", RD_INSTRUCTION_REPLACE, TRUE, RD_TARGET_TITLE, 0, 0, NULL, RD_PLACE_NONE, NULL, NULL, NULL, 1, RD_PARAGRAPH_OTHER },
  { "Amend operative paragraph 2 to read: “Urges States to act;”", RD_INSTRUCTION_REPLACE, TRUE, RD_TARGET_OPERATIVE, 2, 2, NULL, RD_PLACE_NONE, NULL, NULL, NULL, 1, RD_PARAGRAPH_OPERATIVE },
  { "Operative paragraph 5 shall read as follows:\nDecides to do everything;", RD_INSTRUCTION_REPLACE, TRUE, RD_TARGET_OPERATIVE, 5, 5, NULL, RD_PLACE_NONE, NULL, NULL, NULL, 1, RD_PARAGRAPH_OPERATIVE },
  { "In operative paragraph 7, insert “small” before “widgets”.", RD_INSTRUCTION_INSERT, FALSE, RD_TARGET_OPERATIVE, 7, 7, NULL, RD_PLACE_BEFORE, NULL, "small", "widgets" },
  { "Add the following words at the end of operative paragraph 3: “and gadgets”.", RD_INSTRUCTION_INSERT, FALSE, RD_TARGET_OPERATIVE, 3, 3, NULL, RD_PLACE_END, NULL, "and gadgets" },
  { "Insert a new operative paragraph after operative paragraph 5, reading: “Decides to act;”", RD_INSTRUCTION_INSERT, TRUE, RD_TARGET_OPERATIVE, 5, 5, NULL, RD_PLACE_AFTER, NULL, NULL, NULL, 1, RD_PARAGRAPH_OPERATIVE },
  { "Before operative paragraph 1, insert two new operative paragraphs reading:\nDecides one;\nDecides two;", RD_INSTRUCTION_INSERT, TRUE, RD_TARGET_OPERATIVE, 1, 1, NULL, RD_PLACE_BEFORE, NULL, NULL, NULL, 2, RD_PARAGRAPH_OPERATIVE },
  { "At the end of the preamble, add a new paragraph reading:\nNoting also the widgets,", RD_INSTRUCTION_INSERT, TRUE, RD_TARGET_PREAMBULAR, RD_TARGET_LAST, RD_TARGET_LAST, NULL, RD_PLACE_AFTER, NULL, NULL, NULL, 1, RD_PARAGRAPH_PREAMBULAR },
  { "After the two hundredth preambular paragraph, insert the following new paragraph:\nRecalling everything,", RD_INSTRUCTION_INSERT, TRUE, RD_TARGET_PREAMBULAR, 200, 200, NULL, RD_PLACE_AFTER, NULL, NULL, NULL, 1, RD_PARAGRAPH_PREAMBULAR },
  { "After subparagraph (b) of operative paragraph 2, insert a new subparagraph reading:\n(c) The new matter;", RD_INSTRUCTION_INSERT, TRUE, RD_TARGET_OPERATIVE, 2, 2, "b", RD_PLACE_AFTER, NULL, NULL, NULL, 1, RD_PARAGRAPH_SUBPARAGRAPH },
  { "Insert a new operative paragraph 5 bis reading: “Decides to act;”", RD_INSTRUCTION_INSERT, TRUE, RD_TARGET_OPERATIVE, 5, 5, NULL, RD_PLACE_AFTER, NULL, NULL, NULL, 1, RD_PARAGRAPH_OPERATIVE },
  { "Operative paragraph 7 should be deleted.", RD_INSTRUCTION_DELETE, TRUE, RD_TARGET_OPERATIVE, 7, 7 },
  { "In operative paragraph 2, the words “widgets” shall be replaced by “gadgets”.", RD_INSTRUCTION_REPLACE, FALSE, RD_TARGET_OPERATIVE, 2, 2, NULL, RD_PLACE_NONE, "widgets", "gadgets" },
  { "The title should read: “A new title”", RD_INSTRUCTION_REPLACE, TRUE, RD_TARGET_TITLE, 0, 0, NULL, RD_PLACE_NONE, NULL, NULL, NULL, 1, RD_PARAGRAPH_OTHER },
  { "Replace operative paragraphs 5 and 6 with the following:\nDecides to merge them;", RD_INSTRUCTION_REPLACE, TRUE, RD_TARGET_OPERATIVE, 5, 6, NULL, RD_PLACE_NONE, NULL, NULL, NULL, 1, RD_PARAGRAPH_OPERATIVE },
  { "Renumber the subsequent paragraphs accordingly.", RD_INSTRUCTION_RENUMBER, FALSE, RD_TARGET_PARTS, 0, 0 },
};

static void
test_grammar_forms (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (grammar_cases); i++)
    {
      const GrammarCase *expected = &grammar_cases[i];
      g_autoptr (RdAmendment) amendment = rd_amendment_new_from_text (expected->text, -1, NULL, NULL);
      const RdInstruction *instruction;

      g_test_message ("%s", expected->text);
      g_assert_cmpuint (rd_amendment_get_instructions (amendment)->len, ==, 1);
      instruction = instruction_at (amendment, 0);
      assert_target (instruction, expected->action, expected->whole, expected->kind, expected->number);
      g_assert_cmpuint (instruction->target.last, ==, expected->last);
      g_assert_cmpstr (instruction->target.subparagraph, ==, expected->subparagraph);
      g_assert_cmpint (instruction->place, ==, expected->place);
      if (expected->old_text != NULL)
        g_assert_cmpstr (old_text (instruction, 0), ==, expected->old_text);
      g_assert_cmpstr (instruction->new_text != NULL ? instruction->new_text->text : NULL, ==, expected->new_text);
      g_assert_cmpstr (instruction->anchor != NULL ? instruction->anchor->text : NULL, ==, expected->anchor);
      g_assert_cmpuint (instruction->paragraphs->len, ==, expected->paragraphs);
      if (expected->paragraphs > 0)
        g_assert_cmpint (instruction->paragraph_kind, ==, expected->paragraph_kind);
    }
}

static void
test_grammar_scope (void)
{
  g_autoptr (RdAmendment) parts = rd_amendment_new_from_text ("Replace “a” with “b” in the title, the preambular paragraphs and the operative paragraphs.", -1, NULL, NULL);
  g_autoptr (RdAmendment) operative = rd_amendment_new_from_text ("Replace “a” with “b” in the operative part.", -1, NULL, NULL);
  g_autoptr (RdAmendment) footnotes = rd_amendment_new_from_text ("Delete “a” in the footnotes.", -1, NULL, NULL);
  g_autoptr (GPtrArray) names = rd_scope_to_strings (instruction_at (parts, 0)->target.scope);
  g_autofree char *label = rd_target_describe (&instruction_at (parts, 0)->target);

  g_assert_cmpint (instruction_at (parts, 0)->action, ==, RD_INSTRUCTION_REPLACE_THROUGHOUT);
  g_assert_cmpuint (names->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "title");
  g_assert_cmpstr (g_ptr_array_index (names, 2), ==, "operative");
  g_assert_cmpstr (label, ==, "title, PPs, OPs");
  g_assert_cmpint (instruction_at (operative, 0)->action, ==, RD_INSTRUCTION_REPLACE_THROUGHOUT);
  g_assert_cmpuint (instruction_at (operative, 0)->target.scope, ==, RD_SCOPE_OPERATIVE);
  g_assert_cmpint (instruction_at (footnotes, 0)->action, ==, RD_INSTRUCTION_DELETE_THROUGHOUT);
  g_assert_cmpuint (instruction_at (footnotes, 0)->target.scope, ==, RD_SCOPE_FOOTNOTES);
}

static void
test_grammar_lists (void)
{
  /* Numbered instructions, the paragraphs one quotes between them */
  g_autoptr (RdAmendment) numbered = rd_amendment_new_from_text ("1. Delete operative paragraph 2.\n"
                                                                 "2. After operative paragraph 3, insert a new operative paragraph reading:\n"
                                                                 "Decides to act on widgets and to report on them;\n"
                                                                 "3. In the title, replace “a” with “b”.\n",
                                                                 -1, NULL, NULL);
  /* Unnumbered, and a line that is no instruction */
  g_autoptr (RdAmendment) unnumbered = rd_amendment_new_from_text ("Delete operative paragraph 2.\nIn the title, replace “a” with “b”.\nThe sponsors thank the Secretariat.", -1, NULL, NULL);
  /* A quoted paragraph that a page break cut in two */
  g_autoptr (RdAmendment) cut = rd_amendment_new_from_text ("After operative paragraph 3, insert the following operative paragraph:\nCalls upon States to act on widgets and on the\nRussian gadgets as well;", -1, NULL, NULL);

  g_assert_cmpuint (rd_amendment_get_instructions (numbered)->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (instruction_at (numbered, i)->number, ==, i + 1);
  g_assert_cmpuint (instruction_at (numbered, 1)->paragraphs->len, ==, 1);
  g_assert_cmpstr (quoted_paragraph (instruction_at (numbered, 1), 0), ==, "Decides to act on widgets and to report on them;");
  g_assert_cmpint (instruction_at (numbered, 2)->target.kind, ==, RD_TARGET_TITLE);

  g_assert_cmpuint (rd_amendment_get_instructions (unnumbered)->len, ==, 3);
  g_assert_cmpuint (instruction_at (unnumbered, 1)->number, ==, 2);
  g_assert_cmpint (instruction_at (unnumbered, 2)->action, ==, RD_INSTRUCTION_UNKNOWN);
  g_assert_nonnull (instruction_at (unnumbered, 2)->problem);

  g_assert_cmpuint (rd_amendment_get_instructions (cut)->len, ==, 1);
  g_assert_cmpstr (quoted_paragraph (instruction_at (cut, 0), 0), ==, "Calls upon States to act on widgets and on the Russian gadgets as well;");
}

static void
test_grammar_problems (void)
{
  static const char *const texts[] = {
    "The sponsors thank the Secretariat.",
    "Delete.",
    "In operative paragraph 2, delete “an unclosed quotation.",
    "Delete operative paragraphs 3 and 7.",
    "After operative paragraph 2, insert two new operative paragraphs reading:\nDecides one;",
    "Insert “widgets”.",
    "Replace “widgets” in operative paragraph 2.",
    "In the fifth paragraph, delete “widgets”.",
    "Delete the title.",
    "After operative paragraph 2, insert a new operative paragraph reading:",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (RdAmendment) amendment = rd_amendment_new_from_text (texts[i], -1, NULL, NULL);
      const RdInstruction *instruction;

      g_test_message ("%s", texts[i]);
      g_assert_cmpuint (rd_amendment_get_instructions (amendment)->len, ==, 1);
      instruction = instruction_at (amendment, 0);
      g_assert_nonnull (instruction->problem);
      g_assert_null (strchr (instruction->problem, '\n'));
    }
}

/* Applying made-up amendments to a made-up draft */

#define DRAFT                                                                               \
  "A/1/L.1\n\nGeneral Assembly\n\nDistr.: Limited\n1 October 2025\n\nOriginal: English\n\n" \
  "Eightieth session\n\nAgenda item 1\n\nA test item\n\nUtopia: draft resolution\n\n"       \
  "A test of amendments\n\nThe General Assembly,\n\n"                                       \
  "*Recalling* its resolution 1/1,¹\n\n"                                                   \
  "*Noting* the report on widgets,\n\n"                                                     \
  "*Bearing in mind* the need for gadgets,\n\n"                                             \
  "1. *Decides* to act on widgets;\n\n"                                                     \
  "2. *Requests* the Secretary-General to report on:\n\n"                                   \
  "(a) The first matter;\n\n"                                                               \
  "(b) The second matter;\n\n"                                                              \
  "(c) The third matter;\n\n"                                                               \
  "3. *Invites* States to consider widgets and widgets again;\n\n"                          \
  "4. *Decides* to remain seized of the matter.\n\n"                                        \
  "¹ Resolution 1/1.\n"

typedef struct
{
  RdDocument *draft;
  RdAmendedDraft *amended;
} Applied;

static void
applied_clear (Applied *applied)
{
  g_clear_object (&applied->draft);
  g_clear_object (&applied->amended);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Applied, applied_clear)

/* Applies amendments given as text (NULL-terminated), named A/1/L.2,
 * A/1/L.3, … in turn, to the made-up draft. */
static void
apply_text (Applied *applied,
            const char *first,
            ...)
{
  g_autoptr (GPtrArray) amendments = g_ptr_array_new_with_free_func (g_object_unref);
  va_list args;
  guint n = 2;

  applied->draft = rd_test_parse_text (DRAFT);
  g_assert_cmpuint (rd_document_count_paragraphs (applied->draft, RD_PARAGRAPH_OPERATIVE), ==, 4);
  g_assert_cmpuint (rd_document_count_paragraphs (applied->draft, RD_PARAGRAPH_SUBPARAGRAPH), ==, 3);
  va_start (args, first);
  for (const char *text = first; text != NULL; text = va_arg (args, const char *))
    {
      g_autofree char *symbol = g_strdup_printf ("A/1/L.%u", n++);
      g_ptr_array_add (amendments, rd_amendment_new_from_text (text, -1, symbol, "A/1/L.1"));
    }
  va_end (args);
  applied->amended = rd_amended_draft_new (applied->draft, amendments);
}

static const RdInstructionOutcome *
outcome_at (Applied *applied,
            guint amendment,
            guint instruction)
{
  return rd_amended_draft_get_outcome (applied->amended, amendment, instruction);
}

static RdDocument *
amended_document (Applied *applied)
{
  return rd_amended_draft_get_document (applied->amended);
}

static void
assert_subparagraphs (RdDocument *document,
                      const char *const *expected)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);
  guint n = 0;

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      g_autofree char *label = NULL;

      if (paragraph->kind != RD_PARAGRAPH_SUBPARAGRAPH)
        continue;
      label = g_strdup_printf ("(%s) %s", paragraph->number, paragraph->text);
      g_assert_nonnull (expected[n]);
      g_assert_cmpstr (label, ==, expected[n]);
      g_assert_cmpuint (paragraph->parent, <, i);
      n++;
    }
  g_assert_null (expected[n]);
}

static void
test_apply_words (void)
{
  g_auto (Applied) applied = { 0 };
  RdDocument *document;

  apply_text (&applied,
              "1. In the title, replace “test” with “trial”.\n"
              "2. In the second preambular paragraph, insert “latest” after “the”.\n"
              "3. In operative paragraph 1, delete “on widgets”.\n"
              "4. Add the following words at the end of operative paragraph 4: “and of widgets”.\n"
              "5. In operative paragraph 2 (b), replace “second” with “other”.\n"
              "6. In footnote 1, replace “1/1” with “1/1 of 2 January 2000”.\n"
              "7. In operative paragraph 3, insert “, without delay,” after “consider”.\n",
              NULL);
  document = amended_document (&applied);
  for (guint i = 0; i < 7; i++)
    {
      g_test_message ("instruction %u", i + 1);
      g_assert_true (outcome_at (&applied, 0, i)->applied);
    }
  g_assert_cmpstr (rd_document_get_title (document), ==, "A trial of amendments");
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_PREAMBULAR, 2)->text, ==, "Noting the latest report on widgets,");
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 1)->text, ==, "Decides to act;");
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 4)->text, ==, "Decides to remain seized of the matter and of widgets.");
  g_assert_cmpstr (((RdFootnote *) g_ptr_array_index (rd_document_get_footnotes (document), 0))->text, ==, "Resolution 1/1 of 2 January 2000.");
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 3)->text, ==, "Invites States to consider, without delay, widgets and widgets again;");
  assert_subparagraphs (document, (const char *const[]){ "(a) The first matter;", "(b) The other matter;", "(c) The third matter;", NULL });
  /* The draft's footnote mark stays where it was. */
  g_assert_cmpuint (paragraph_numbered (document, RD_PARAGRAPH_PREAMBULAR, 1)->footnotes->len, ==, 1);
}

static void
test_apply_throughout (void)
{
  g_auto (Applied) applied = { 0 };
  RdDocument *document;

  /* "widgets" four times in the paragraphs; "widget" alone is not a
   * word of them, so nothing is replaced inside "widgets". */
  apply_text (&applied, "1. Replace “widgets” with “gizmos” throughout the text.\n2. Replace “widget” with “gadget” throughout the text.\n3. Delete “again” wherever it appears.\n", NULL);
  document = amended_document (&applied);
  g_assert_true (outcome_at (&applied, 0, 0)->applied);
  g_assert_false (outcome_at (&applied, 0, 1)->applied);
  g_assert_nonnull (strstr (outcome_at (&applied, 0, 1)->problem, "“widget”"));
  g_assert_true (outcome_at (&applied, 0, 2)->applied);
  g_assert_cmpuint (count_in_paragraphs (document, "widgets"), ==, 0);
  g_assert_cmpuint (count_in_paragraphs (document, "gizmos"), ==, 4);
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 3)->text, ==, "Invites States to consider gizmos and gizmos;");
}

static void
test_apply_paragraphs (void)
{
  g_auto (Applied) applied = { 0 };
  RdDocument *document;
  GPtrArray *paragraphs;

  apply_text (&applied,
              "1. Delete operative paragraph 1.\n"
              "2. After operative paragraph 2, insert a new operative paragraph reading:\n"
              "Stresses the point;\n"
              "3. In operative paragraph 3, replace “consider” with “examine”.\n"
              "4. At the end of the preamble, add a new paragraph reading:\n"
              "Noting also the widgets,\n"
              "5. Operative paragraph 4 shall read as follows:\n"
              "Decides to remain actively seized of the matter.\n"
              "6. Before operative paragraph 1, insert a new operative paragraph reading:\n"
              "Welcomes the report;\n",
              NULL);
  document = amended_document (&applied);
  paragraphs = rd_document_get_paragraphs (document);
  for (guint i = 0; i < 6; i++)
    {
      g_test_message ("instruction %u", i + 1);
      g_assert_true (outcome_at (&applied, 0, i)->applied);
      g_assert_null (outcome_at (&applied, 0, i)->problem);
    }

  g_assert_cmpuint (rd_document_count_paragraphs (document, RD_PARAGRAPH_PREAMBULAR), ==, 4);
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_PREAMBULAR, 4)->text, ==, "Noting also the widgets,");
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_PREAMBULAR, 4)->verb, ==, "Noting also");

  /* Numbers as the draft was tabled: the new paragraph goes after the
   * draft's OP 2 and its sub-paragraphs, "before operative paragraph 1"
   * stands where the deleted OP 1 stood, and OP 3 is the draft's. */
  g_assert_cmpuint (rd_document_count_paragraphs (document, RD_PARAGRAPH_OPERATIVE), ==, 5);
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 1)->text, ==, "Welcomes the report;");
  g_assert_true (g_str_has_prefix (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 2)->text, "Requests the Secretary-General"));
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 3)->text, ==, "Stresses the point;");
  g_assert_cmpstr (((RdParagraph *) g_ptr_array_index (paragraphs, paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 3)->index - 1))->text, ==, "The third matter;");
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 4)->text, ==, "Invites States to examine widgets and widgets again;");
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 5)->text, ==, "Decides to remain actively seized of the matter.");
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 5)->number_label, ==, "5.");
}

static void
test_apply_more_forms (void)
{
  g_auto (Applied) applied = { 0 };
  RdDocument *document;
  GPtrArray *paragraphs;
  const RdParagraph *op2;

  apply_text (&applied,
              "1. Replace operative paragraph 2 with the following:\n"
              "Requests the Secretary-General to report on:\n"
              "(a) The matter;\n"
              "(b) The other matter;\n"
              "2. Replace operative paragraphs 3 and 4 with the following:\n"
              "Decides to act and to remain seized of the matter.\n"
              "3. Insert a new operative paragraph 1 bis reading: “Welcomes the report;”\n"
              "4. Renumber the paragraphs accordingly.\n"
              "5. The title should read: “Widgets and gadgets”\n",
              NULL);
  document = amended_document (&applied);
  paragraphs = rd_document_get_paragraphs (document);
  g_assert_cmpstr (rd_document_get_title (document), ==, "Widgets and gadgets");
  for (guint i = 0; i < 5; i++)
    {
      g_test_message ("instruction %u", i + 1);
      g_assert_true (outcome_at (&applied, 0, i)->applied);
      g_assert_null (outcome_at (&applied, 0, i)->problem);
    }
  g_assert_cmpuint (rd_document_count_paragraphs (document, RD_PARAGRAPH_OPERATIVE), ==, 4);
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 2)->text, ==, "Welcomes the report;");
  op2 = paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 3);
  g_assert_cmpstr (op2->text, ==, "Requests the Secretary-General to report on:");
  /* Its sub-paragraphs are those quoted, not the draft's three. */
  assert_subparagraphs (document, (const char *const[]){ "(a) The matter;", "(b) The other matter;", NULL });
  g_assert_cmpuint (((RdParagraph *) g_ptr_array_index (paragraphs, op2->index + 1))->parent, ==, op2->index);
  g_assert_cmpstr (paragraph_numbered (document, RD_PARAGRAPH_OPERATIVE, 4)->text, ==, "Decides to act and to remain seized of the matter.");
}

static void
test_apply_subparagraphs (void)
{
  g_auto (Applied) deleted = { 0 };
  g_auto (Applied) inserted = { 0 };
  g_auto (Applied) with_parent = { 0 };

  apply_text (&deleted, "Delete subparagraph (b) of operative paragraph 2.", NULL);
  g_assert_true (outcome_at (&deleted, 0, 0)->applied);
  assert_subparagraphs (amended_document (&deleted), (const char *const[]){ "(a) The first matter;", "(b) The third matter;", NULL });

  apply_text (&inserted, "After subparagraph (a) of operative paragraph 2, insert a new subparagraph reading:\n(b) The new matter;", NULL);
  g_assert_true (outcome_at (&inserted, 0, 0)->applied);
  assert_subparagraphs (amended_document (&inserted), (const char *const[]){ "(a) The first matter;", "(b) The new matter;", "(c) The second matter;", "(d) The third matter;", NULL });

  /* Deleting a paragraph deletes its sub-paragraphs. */
  apply_text (&with_parent, "Delete operative paragraph 2.", NULL);
  g_assert_cmpuint (rd_document_count_paragraphs (amended_document (&with_parent), RD_PARAGRAPH_SUBPARAGRAPH), ==, 0);
  g_assert_cmpuint (rd_document_count_paragraphs (amended_document (&with_parent), RD_PARAGRAPH_OPERATIVE), ==, 3);
}

static void
test_apply_footnotes (void)
{
  g_auto (Applied) applied = { 0 };
  g_auto (Applied) with_paragraph = { 0 };

  apply_text (&applied, "Delete footnote 1.", NULL);
  g_assert_true (outcome_at (&applied, 0, 0)->applied);
  g_assert_cmpuint (rd_document_get_footnotes (amended_document (&applied))->len, ==, 0);
  g_assert_cmpuint (paragraph_numbered (amended_document (&applied), RD_PARAGRAPH_PREAMBULAR, 1)->footnotes->len, ==, 0);

  /* A footnote no longer cited goes with the paragraph citing it. */
  apply_text (&with_paragraph, "Delete the first preambular paragraph.", NULL);
  g_assert_cmpuint (rd_document_get_footnotes (amended_document (&with_paragraph))->len, ==, 0);
}

static void
test_apply_quote_mismatch (void)
{
  g_auto (Applied) differs = { 0 };
  g_auto (Applied) elsewhere = { 0 };

  /* "Delete … reading: …" whose paragraph is not the one named: nothing
   * is deleted, and the problem says so. */
  apply_text (&differs, "Delete the second preambular paragraph reading:\nNoting the report on gadgets,", NULL);
  g_assert_false (outcome_at (&differs, 0, 0)->applied);
  g_assert_nonnull (strstr (outcome_at (&differs, 0, 0)->problem, "PP 2"));
  g_assert_cmpuint (rd_document_count_paragraphs (amended_document (&differs), RD_PARAGRAPH_PREAMBULAR), ==, 3);

  apply_text (&elsewhere, "Delete the first preambular paragraph reading:\nNoting the report on widgets,", NULL);
  g_assert_false (outcome_at (&elsewhere, 0, 0)->applied);
  g_assert_nonnull (strstr (outcome_at (&elsewhere, 0, 0)->problem, "PP 1"));
  g_assert_nonnull (strstr (outcome_at (&elsewhere, 0, 0)->problem, "PP 2"));
  g_assert_cmpuint (rd_document_count_paragraphs (amended_document (&elsewhere), RD_PARAGRAPH_PREAMBULAR), ==, 3);
}

static void
test_apply_not_found (void)
{
  g_auto (Applied) applied = { 0 };
  const char *problem;

  apply_text (&applied,
              "1. In operative paragraph 1, delete “gizmos”.\n"
              "2. In operative paragraph 1, delete “gadgets”.\n"
              "3. In operative paragraph 1, insert “now” after “gizmos”.\n",
              NULL);
  for (guint i = 0; i < 3; i++)
    g_assert_false (outcome_at (&applied, 0, i)->applied);
  g_assert_cmpstr (outcome_at (&applied, 0, 0)->problem, ==, "“gizmos” is not in OP 1");
  problem = outcome_at (&applied, 0, 1)->problem;
  g_assert_cmpstr (problem, ==, "“gadgets” is not in OP 1; it is in PP 3");
  g_assert_cmpstr (outcome_at (&applied, 0, 2)->problem, ==, "“gizmos” is not in OP 1");
  g_assert_cmpstr (paragraph_numbered (amended_document (&applied), RD_PARAGRAPH_OPERATIVE, 1)->text, ==, "Decides to act on widgets;");
}

static void
test_apply_out_of_range (void)
{
  g_auto (Applied) applied = { 0 };

  apply_text (&applied,
              "1. Delete operative paragraph 40.\n"
              "2. Delete the thirty-eighth preambular paragraph.\n"
              "3. In operative paragraph 3 (d), delete “widgets”.\n"
              "4. Delete footnote 7.\n"
              "5. After operative paragraph 12, insert a new operative paragraph reading:\nDecides more;\n",
              NULL);
  for (guint i = 0; i < 5; i++)
    g_assert_false (outcome_at (&applied, 0, i)->applied);
  g_assert_cmpstr (outcome_at (&applied, 0, 0)->problem, ==, "the draft has no operative paragraph 40 (it has 4)");
  g_assert_cmpstr (outcome_at (&applied, 0, 1)->problem, ==, "the draft has no preambular paragraph 38 (it has 3)");
  g_assert_cmpstr (outcome_at (&applied, 0, 2)->problem, ==, "the draft has no OP 3 (d)");
  g_assert_cmpstr (outcome_at (&applied, 0, 3)->problem, ==, "the draft has no footnote 7");
  g_assert_cmpstr (outcome_at (&applied, 0, 4)->problem, ==, "the draft has no operative paragraph 12 (it has 4)");
  g_assert_cmpuint (rd_document_count_paragraphs (amended_document (&applied), RD_PARAGRAPH_OPERATIVE), ==, 4);
}

static void
test_apply_satisfied (void)
{
  g_auto (Applied) applied = { 0 };

  apply_text (&applied,
              "1. Replace “widgets” with “gizmos” throughout the text.\n"
              "2. In operative paragraph 1, replace “act on widgets” with “act on gizmos”.\n"
              "3. Delete operative paragraph 4.\n"
              "4. Delete operative paragraph 4.\n"
              "5. In operative paragraph 1, delete “widgets”.\n",
              NULL);
  g_assert_true (outcome_at (&applied, 0, 0)->applied);
  g_assert_false (outcome_at (&applied, 0, 1)->applied);
  g_assert_cmpuint (outcome_at (&applied, 0, 1)->satisfied_by, ==, 1);
  g_assert_null (outcome_at (&applied, 0, 1)->problem);
  g_assert_true (outcome_at (&applied, 0, 2)->applied);
  g_assert_cmpuint (outcome_at (&applied, 0, 3)->satisfied_by, ==, 3);
  g_assert_null (outcome_at (&applied, 0, 3)->problem);
  /* The words were deleted by being replaced: already made too */
  g_assert_cmpuint (outcome_at (&applied, 0, 4)->satisfied_by, ==, 1);
}

static void
test_apply_conflict (void)
{
  g_auto (Applied) applied = { 0 };
  g_autoptr (RdComparison) comparison = NULL;
  g_autofree char *by = NULL;

  /* A second amendment on what the first deleted: a problem, not a
   * change already made. */
  apply_text (&applied, "Delete operative paragraph 2.", "In operative paragraph 2 (a), delete “first”.", "Delete operative paragraph 2.", NULL);
  g_assert_true (outcome_at (&applied, 0, 0)->applied);
  g_assert_false (outcome_at (&applied, 1, 0)->applied);
  g_assert_cmpuint (outcome_at (&applied, 1, 0)->satisfied_by, ==, 0);
  g_assert_cmpstr (outcome_at (&applied, 1, 0)->problem, ==, "OP 2 (a) was deleted by A/1/L.2, instruction 1");
  g_assert_cmpstr (outcome_at (&applied, 2, 0)->problem, ==, "OP 2 was deleted by A/1/L.2, instruction 1");

  comparison = rd_comparison_new (applied.draft, amended_document (&applied), NULL);
  by = describe_change_attribution (applied.amended, comparison, "Requests the Secretary-General");
  g_assert_cmpstr (by, ==, "A/1/L.2: 1");
}

static void
test_apply_ambiguous (void)
{
  g_auto (Applied) applied = { 0 };

  /* "widgets" twice in OP 3: the first is changed, and the reader told */
  apply_text (&applied, "In operative paragraph 3, replace “widgets” with “gizmos”.", NULL);
  g_assert_true (outcome_at (&applied, 0, 0)->applied);
  g_assert_cmpstr (outcome_at (&applied, 0, 0)->problem, ==, "“widgets” occurs 2 times in OP 3; the first was changed");
  g_assert_cmpstr (paragraph_numbered (amended_document (&applied), RD_PARAGRAPH_OPERATIVE, 3)->text, ==, "Invites States to consider gizmos and widgets again;");
}

static void
test_apply_not_understood (void)
{
  g_auto (Applied) applied = { 0 };

  apply_text (&applied, "1. The sponsors thank the Secretariat.\n2. Delete the fifth paragraph.\n3. Delete operative paragraph 1.\n", NULL);
  g_assert_false (outcome_at (&applied, 0, 0)->applied);
  g_assert_nonnull (outcome_at (&applied, 0, 0)->problem);
  g_assert_false (outcome_at (&applied, 0, 1)->applied);
  g_assert_nonnull (outcome_at (&applied, 0, 1)->problem);
  g_assert_true (outcome_at (&applied, 0, 2)->applied);
  g_assert_cmpuint (rd_document_count_paragraphs (amended_document (&applied), RD_PARAGRAPH_OPERATIVE), ==, 3);
}

/* Recognising amendments among the files */

static void
test_documents_errors (void)
{
  g_autoptr (RdDocument) l18 = rd_test_load_fixture ("corpus", "A_80_L.18.en.pdf", NULL);
  g_autoptr (RdDocument) l25 = rd_test_load_fixture ("corpus", "A_80_L.25.en.pdf", NULL);
  g_autoptr (RdDocument) l19 = rd_test_load_fixture ("corpus", "A_80_L.19.en.pdf", NULL);
  g_autoptr (RdDocument) l20 = rd_test_load_fixture ("corpus", "A_80_L.20.en.pdf", NULL);
  g_autoptr (RdDocument) unnamed = rd_test_parse_text ("Utopia: draft resolution\n\nA title\n\nThe General Assembly,\n\n1. *Decides* to do everything.\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (RdAmendedDraft) amended = NULL;
  RdDocument *wrong_draft[] = { l25, l19 };
  RdDocument *no_draft[] = { l19, l20 };
  RdDocument *two_drafts[] = { l18, l19, l25 };
  RdDocument *no_amendment[] = { l18, l25 };
  RdDocument *no_symbol[] = { l19, unnamed };

  amended = rd_amended_draft_new_from_documents (wrong_draft, 2, &error);
  g_assert_null (amended);
  g_assert_error (error, RD_AMENDMENT_ERROR, RD_AMENDMENT_ERROR_NO_DRAFT);
  g_assert_nonnull (strstr (error->message, "A/80/L.18"));
  g_assert_nonnull (strstr (error->message, "A_80_L.19.en.pdf"));
  g_clear_error (&error);

  amended = rd_amended_draft_new_from_documents (no_draft, 2, &error);
  g_assert_error (error, RD_AMENDMENT_ERROR, RD_AMENDMENT_ERROR_NO_DRAFT);
  g_clear_error (&error);

  amended = rd_amended_draft_new_from_documents (two_drafts, 3, &error);
  g_assert_error (error, RD_AMENDMENT_ERROR, RD_AMENDMENT_ERROR_SEVERAL_DRAFTS);
  g_clear_error (&error);

  amended = rd_amended_draft_new_from_documents (no_amendment, 2, &error);
  g_assert_error (error, RD_AMENDMENT_ERROR, RD_AMENDMENT_ERROR_NO_AMENDMENT);
  g_clear_error (&error);

  /* A draft that prints no symbol is taken for the one amended, with a
   * warning. */
  amended = rd_amended_draft_new_from_documents (no_symbol, 2, &error);
  g_assert_no_error (error);
  g_assert_nonnull (amended);
  g_assert_cmpuint (rd_amended_draft_get_warnings (amended)->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (rd_amended_draft_get_warnings (amended), 0), "A/80/L.18"));
  g_assert_false (rd_amended_draft_get_outcome (amended, 0, 0)->applied);
}

static void
test_amendment_in_text (void)
{
  /* An amendment as plain text, its sponsors' line over two lines */
  g_autoptr (RdDocument) document = rd_test_parse_text ("United Nations\n\nA/1/L.2\n\nGeneral Assembly\n\nDistr.: Limited\n2 October 2025\n\nOriginal: English\n\n"
                                                        "Eightieth session\n\nAgenda item 1\n\nA test item\n\n"
                                                        "Iceland and\nNorway: amendment to draft resolution A/1/L.1\n\n"
                                                        "A test of amendments\n\n"
                                                        "1. Delete operative paragraph 4.\n\n"
                                                        "2. After operative paragraph 1, insert a new operative paragraph reading:\n\n"
                                                        "Urges States to act;\n");
  g_autoptr (RdAmendment) amendment = rd_amendment_new_from_document (document);

  g_assert_cmpstr (rd_document_get_document_type (document), ==, "amendment");
  g_assert_cmpstr (rd_document_get_field (document, RD_FIELD_AMENDS), ==, "A/1/L.1");
  g_assert_cmpstr (rd_document_get_symbol (document), ==, "A/1/L.2");
  g_assert_cmpstr (rd_document_get_title (document), ==, "A test of amendments");
  g_assert_cmpuint (rd_document_get_sponsors (document)->len, ==, 2);
  g_assert_cmpuint (rd_document_get_warnings (document)->len, ==, 0);
  g_assert_cmpuint (rd_amendment_get_instructions (amendment)->len, ==, 2);
  g_assert_true (rd_amendment_amends_symbol (amendment, "a/1/L.1*"));
  g_assert_false (rd_amendment_amends_symbol (amendment, "A/1/L.1/Rev.1"));
}

static void
test_draft_is_no_amendment (void)
{
  g_autoptr (RdDocument) draft = rd_test_parse_text (DRAFT);
  g_autoptr (RdAmendment) none = rd_amendment_new_from_document (draft);

  g_assert_false (rd_document_is_amendment (draft));
  g_assert_null (none);
  g_assert_null (rd_document_get_field (draft, RD_FIELD_AMENDS));
}

/* Any text, never a crash: instructions made of the grammar's words in
 * random order, and random bytes. */
static void
test_random_texts (void)
{
  static const char *const words[] = {
    "Delete",
    "delete",
    "Replace",
    "replace",
    "insert",
    "Insert",
    "add",
    "In",
    "in",
    "after",
    "After",
    "before",
    "the",
    "operative",
    "preambular",
    "paragraph",
    "paragraphs",
    "subparagraph",
    "(a)",
    "(ii)",
    "3",
    "9",
    "0",
    "99999999999",
    "thirty-eighth",
    "two hundredth",
    "last",
    "title",
    "footnote",
    "footnotes",
    "with",
    "by",
    "throughout",
    "the text",
    "reading:",
    ":",
    ",",
    ".",
    "“",
    "”",
    "\"",
    "widgets",
    "a new",
    "two new",
    "the following",
    "shall read",
    "to read",
    "and",
    "to",
    "wherever it appears",
    "at the end of",
    "\n",
    "\n1. ",
    "\n2. ",
    "*",
    "**",
    "–",
    "\xff",
    "\xc3",
    "(",
    ")",
  };
  GRand *rand = g_rand_new_with_seed (20260114);

  for (guint round = 0; round < 400; round++)
    {
      g_autoptr (GString) text = g_string_new (NULL);
      g_auto (Applied) applied = { 0 };
      guint length = g_rand_int_range (rand, 1, 40);

      for (guint i = 0; i < length; i++)
        {
          if (g_rand_int_range (rand, 0, 10) == 0)
            g_string_append_c (text, (char) g_rand_int_range (rand, 1, 256));
          else
            g_string_append_printf (text, "%s ", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
        }
      apply_text (&applied, text->str, NULL);
      {
        RdAmendment *amendment = g_ptr_array_index (rd_amended_draft_get_amendments (applied.amended), 0);
        GPtrArray *instructions = rd_amendment_get_instructions (amendment);

        for (guint i = 0; i < instructions->len; i++)
          {
            const RdInstruction *instruction = g_ptr_array_index (instructions, i);
            const RdInstructionOutcome *outcome = outcome_at (&applied, 0, i);

            /* Each is read as something or says why not, and is applied,
             * made already, or has a problem. */
            g_assert_true (instruction->action != RD_INSTRUCTION_UNKNOWN || instruction->problem != NULL);
            g_assert_true (outcome->applied || outcome->satisfied_by > 0 || outcome->problem != NULL);
            g_assert_true (g_utf8_validate (instruction->text, -1, NULL));
          }
        g_assert_nonnull (amended_document (&applied));
      }
    }
  g_rand_free (rand);
}

/* The command line */

static void
test_cli_text (void)
{
  g_autofree char *l18 = rd_test_fixture_path ("corpus", "A_80_L.18.en.pdf");
  g_autofree char *l20 = rd_test_fixture_path ("corpus", "A_80_L.20.en.pdf");
  g_auto (RdRun) run = { 0 };

  /* The amendment first: recognised by content */
  rd_run_resdiff (&run, "--color=never", l20, l18, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "Old: A/80/L.18 (draft resolution"));
  g_assert_nonnull (strstr (run.out, "New: A/80/L.18 as amended by A/80/L.20 (draft resolution"));
  g_assert_nonnull (strstr (run.out, "Amendment A/80/L.20 (Russian Federation): 1 instruction, 1 applied, 0 already made, 0 not applied\n"));
  g_assert_nonnull (strstr (run.out, "  1. Delete operative paragraph 9. — applied\n"));
  g_assert_nonnull (strstr (run.out, "OP 9, deleted  [A/80/L.20: 1]\n"));
  g_assert_nonnull (strstr (run.out, "[-Also calls upon all States to consider becoming parties to the Rome Statute"));
}

static void
test_cli_json (void)
{
  g_autofree char *l3 = rd_test_fixture_path ("corpus", "A_80_L.3.en.pdf");
  g_autofree char *l28 = rd_test_fixture_path ("corpus", "A_80_L.28.en.pdf");
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_auto (RdRun) run = { 0 };
  JsonObject *root;
  JsonArray *amendments;
  JsonObject *l28_object;
  JsonArray *instructions;
  JsonObject *first;
  JsonObject *last;
  JsonArray *changes;
  JsonArray *header;
  guint attributed = 0;

  rd_run_resdiff (&run, "--format=json", l3, l28, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  amendments = json_object_get_array_member (root, "amendments");
  g_assert_cmpuint (json_array_get_length (amendments), ==, 1);
  l28_object = json_array_get_object_element (amendments, 0);
  g_assert_cmpstr (json_object_get_string_member (l28_object, "symbol"), ==, "A/80/L.28");
  g_assert_cmpstr (json_object_get_string_member (l28_object, "amends"), ==, "A/80/L.3");
  instructions = json_object_get_array_member (l28_object, "instructions");
  g_assert_cmpuint (json_array_get_length (instructions), ==, 8);

  first = json_array_get_object_element (instructions, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "action"), ==, "replace_throughout");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (first, "text"), "Replace “Chernobyl” with “Chornobyl” in the title"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (first, "target"), "kind"), ==, "parts");
  g_assert_true (json_object_get_boolean_member (first, "applied"));
  g_assert_true (json_object_get_null_member (first, "problem"));

  last = json_array_get_object_element (instructions, 7);
  g_assert_false (json_object_get_boolean_member (last, "applied"));
  g_assert_cmpint (json_object_get_int_member (last, "satisfied_by"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (last, "target"), "number"), ==, 10);

  /* Every change made by an instruction says which. */
  changes = json_object_get_array_member (root, "changes");
  for (guint i = 0; i < json_array_get_length (changes); i++)
    {
      JsonObject *change = json_array_get_object_element (changes, i);
      JsonArray *attribution = json_object_get_array_member (change, "attribution");

      if (strcmp (json_object_get_string_member (change, "type"), "unchanged") == 0)
        continue;
      g_assert_cmpuint (json_array_get_length (attribution), >, 0);
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (attribution, 0), "symbol"), ==, "A/80/L.28");
      attributed++;
    }
  g_assert_cmpuint (attributed, ==, 18);
  header = json_object_get_array_member (root, "header");
  g_assert_cmpuint (json_array_get_length (header), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (json_object_get_array_member (json_array_get_object_element (header, 0), "attribution"), 0), "instruction"), ==, 1);
}

static void
test_cli_many (void)
{
  g_autofree char *l25 = rd_test_fixture_path ("corpus", "A_80_L.25.en.pdf");
  g_autofree char *l30 = rd_test_fixture_path ("corpus", "A_80_L.30.en.pdf");
  g_autofree char *l31 = rd_test_fixture_path ("corpus", "A_80_L.31.en.pdf");
  g_autofree char *l32 = rd_test_fixture_path ("corpus", "A_80_L.32.en.pdf");
  g_autofree char *l33 = rd_test_fixture_path ("corpus", "A_80_L.33.en.pdf");
  g_autofree char *l36 = rd_test_fixture_path ("corpus", "A_80_L.36.en.pdf");
  g_autofree char *dir = g_dir_make_tmp ("resdiff-amend-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "amended.txt", NULL);
  g_autofree char *written = NULL;
  g_auto (RdRun) run = { 0 };
  g_auto (RdRun) refused = { 0 };

  rd_run_resdiff (&run, "-o", out, l36, l32, l25, l30, l33, l31, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_file_get_contents (out, &written, NULL, NULL));
  g_assert_nonnull (strstr (written, "Amendment A/80/L.30 (United States of America): 11 instructions, 11 applied"));
  g_assert_true (strstr (written, "Amendment A/80/L.30") < strstr (written, "Amendment A/80/L.36"));
  g_assert_nonnull (strstr (written, "PP 16, deleted  [A/80/L.30: 3]"));
  g_assert_null (strstr (written, "\033["));

  /* -o on one of the inputs is refused before any work. */
  rd_run_resdiff (&refused, "-o", l30, l25, l30, l31, NULL);
  g_assert_cmpint (refused.status, ==, 2);
  rd_assert_one_line_error (&refused, "A_80_L.30.en.pdf", NULL);

  g_remove (out);
  g_rmdir (dir);
}

static void
test_cli_errors (void)
{
  g_autofree char *l18 = rd_test_fixture_path ("corpus", "A_80_L.18.en.pdf");
  g_autofree char *l19 = rd_test_fixture_path ("corpus", "A_80_L.19.en.pdf");
  g_autofree char *l20 = rd_test_fixture_path ("corpus", "A_80_L.20.en.pdf");
  g_autofree char *l25 = rd_test_fixture_path ("corpus", "A_80_L.25.en.pdf");
  g_autofree char *l3 = rd_test_fixture_path ("corpus", "A_80_L.3.en.pdf");
  g_auto (RdRun) wrong = { 0 };
  g_auto (RdRun) only_amendments = { 0 };
  g_auto (RdRun) drafts = { 0 };
  g_auto (RdRun) missing = { 0 };

  /* The draft amended is not among the files: the message names it. */
  rd_run_resdiff (&wrong, l25, l19, NULL);
  g_assert_cmpint (wrong.status, ==, 2);
  g_assert_cmpstr (wrong.out, ==, "");
  rd_assert_one_line_error (&wrong, "A_80_L.19.en.pdf", "A/80/L.18");

  rd_run_resdiff (&only_amendments, l19, l20, NULL);
  g_assert_cmpint (only_amendments.status, ==, 2);
  rd_assert_one_line_error (&only_amendments, "A_80_L.19.en.pdf", "A/80/L.18");

  /* Drafts alone, none an amendment, are a series of versions
   * (test-series.c); one amendment among them makes the others drafts
   * it must amend. */
  rd_run_resdiff (&drafts, l18, l25, l3, NULL);
  g_assert_cmpint (drafts.status, ==, 1);
  g_assert_nonnull (strstr (drafts.out, "Series of 3 versions:"));
  rd_run_clear (&drafts);
  rd_run_resdiff (&drafts, l18, l19, l3, NULL);
  g_assert_cmpint (drafts.status, ==, 2);
  rd_assert_one_line_error (&drafts, "A_80_L.3.en.pdf", NULL);

  rd_run_resdiff (&missing, l18, l19, "no-such-file.pdf", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  rd_assert_one_line_error (&missing, "no-such-file.pdf", NULL);
}

/* The HTML export of a draft with an amendment: each change labelled with
 * the instructions that made it, the amendment and every instruction with
 * its state in the summary. */
static void
test_cli_html (void)
{
  g_autofree char *l3 = rd_test_fixture_path ("corpus", "A_80_L.3.en.pdf");
  g_autofree char *l28 = rd_test_fixture_path ("corpus", "A_80_L.28.en.pdf");
  g_autofree char *dir = g_dir_make_tmp ("resdiff-amend-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "amended.html", NULL);
  g_autofree char *html = NULL;
  g_auto (RdRun) run = { 0 };
  guint notes = 0;

  rd_run_resdiff (&run, l28, l3, "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_get_contents (out, &html, NULL, NULL));

  /* The draft as amended named as such, in the title too. */
  g_assert_nonnull (strstr (html, "<title>Changes: A/80/L.3 → A/80/L.3 as amended by A/80/L.28</title>"));
  /* The summary: the amendment, then its eight instructions. */
  g_assert_nonnull (strstr (html, "<h3>Amendment A/80/L.28 (Ukraine): 8 instructions, 7 applied, 1 already made, 0 not applied</h3>"));
  g_assert_nonnull (strstr (html, "<li>4. In operative paragraph 1, replace “Takes note” with “Welcomes”. — applied</li>"));
  g_assert_nonnull (strstr (html, "— already made by instruction 1</li>"));
  /* Every change is labelled; the first instruction (Chernobyl →
   * Chornobyl throughout) with the second in PP 2. */
  g_assert_nonnull (strstr (html, "<span class=\"change-note\">A/80/L.28: 1, 2</span>"));
  for (const char *p = html; (p = strstr (p, "class=\"change-note\"")) != NULL; p++)
    notes++;
  g_assert_cmpuint (notes, ==, 18);

  g_unlink (out);
  g_rmdir (dir);
}

/* The PDF of a draft with two amendments: both listed on page one, the
 * changes labelled. */
/* Whether @needle is in @squeezed (rd_test_squeeze: PDF text without its
 * spaces and hyphens, which line breaks move). */
static void
assert_squeezed_in (const char *squeezed,
                    const char *needle)
{
  g_autofree char *squeezed_needle = rd_test_squeeze (needle);

  if (strstr (squeezed, squeezed_needle) == NULL)
    g_error ("not in the PDF: %s", needle);
}

static void
test_cli_pdf (void)
{
  g_autofree char *l25 = rd_test_fixture_path ("corpus", "A_80_L.25.en.pdf");
  g_autofree char *l30 = rd_test_fixture_path ("corpus", "A_80_L.30.en.pdf");
  g_autofree char *l31 = rd_test_fixture_path ("corpus", "A_80_L.31.en.pdf");
  g_autofree char *dir = g_dir_make_tmp ("resdiff-amend-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "amended.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, l25, l30, l31, "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "");
  text = rd_test_pdf_text (out, 0, 0);
  squeezed = rd_test_squeeze (text);
  assert_squeezed_in (squeezed, "Amendment A/80/L.30 (United States of America): 11 instructions, 11 applied");
  assert_squeezed_in (squeezed, "Amendment A/80/L.31 (United States of America): 1 instruction, 1 applied");
  assert_squeezed_in (squeezed, "8. Delete operative paragraph 22. — applied");
  assert_squeezed_in (squeezed, "PP 4, modified [A/80/L.30: 1]");
  assert_squeezed_in (squeezed, "A/80/L.25 as amended by A/80/L.30, L.31");

  g_unlink (out);
  g_rmdir (dir);
}

static void
test_cli_structure (void)
{
  g_autofree char *l28 = rd_test_fixture_path ("corpus", "A_80_L.28.en.pdf");
  g_autofree char *l3 = rd_test_fixture_path ("corpus", "A_80_L.3.en.pdf");
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (JsonParser) draft_parser = json_parser_new ();
  g_auto (RdRun) run = { 0 };
  g_auto (RdRun) draft_run = { 0 };
  JsonObject *root;
  JsonArray *instructions;
  JsonObject *third;
  JsonArray *scope;

  rd_run_resdiff (&run, "--structure", l28, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "document_type"), ==, "amendment");
  g_assert_cmpstr (json_object_get_string_member (root, "amends"), ==, "A/80/L.3");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (root, "sponsors"), 0), "name"), ==, "Ukraine");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "warnings")), ==, 0);

  instructions = json_object_get_array_member (root, "instructions");
  g_assert_cmpuint (json_array_get_length (instructions), ==, 8);
  scope = json_object_get_array_member (json_object_get_object_member (json_array_get_object_element (instructions, 0), "target"), "scope");
  g_assert_cmpuint (json_array_get_length (scope), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (scope, 1), ==, "preambular");
  third = json_array_get_object_element (instructions, 2);
  g_assert_cmpstr (json_object_get_string_member (third, "action"), ==, "insert");
  g_assert_cmpstr (json_object_get_string_member (third, "place"), ==, "after");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (third, "target"), "label"), ==, "PP 5");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (third, "paragraphs")), ==, 1);
  g_assert_true (json_object_get_null_member (third, "problem"));

  /* A draft: "amends" is null, and there are no instructions. */
  rd_run_resdiff (&draft_run, "--structure", l3, NULL);
  g_assert_true (json_parser_load_from_data (draft_parser, draft_run.out, -1, NULL));
  root = json_node_get_object (json_parser_get_root (draft_parser));
  g_assert_true (json_object_get_null_member (root, "amends"));
  g_assert_false (json_object_has_member (root, "instructions"));
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/amendment/number-words", test_number_words);
  g_test_add_func ("/amendment/read/A_80_L.19", test_read_l19);
  g_test_add_func ("/amendment/read/A_80_L.20", test_read_l20);
  g_test_add_func ("/amendment/read/A_80_L.28", test_read_l28);
  g_test_add_func ("/amendment/read/A_80_L.29", test_read_l29);
  g_test_add_func ("/amendment/read/A_80_L.30", test_read_l30);
  g_test_add_func ("/amendment/read/A_80_L.31-36", test_read_l31_to_l36);
  g_test_add_func ("/amendment/read/A_C.3_80_L.56", test_read_c3_l56);
  g_test_add_func ("/amendment/read/plain-text", test_amendment_in_text);
  g_test_add_func ("/amendment/read/draft", test_draft_is_no_amendment);
  g_test_add_func ("/amendment/apply/A_80_L.18", test_apply_l18);
  g_test_add_func ("/amendment/name", test_name);
  g_test_add_func ("/amendment/apply/A_80_L.3", test_apply_l3);
  g_test_add_func ("/amendment/apply/A_80_L.25", test_apply_l25);
  g_test_add_func ("/amendment/apply/A_80_L.22", test_apply_l22);
  g_test_add_func ("/amendment/apply/A_C.3_80_L.2", test_apply_c3_l2);
  g_test_add_func ("/amendment/grammar/forms", test_grammar_forms);
  g_test_add_func ("/amendment/grammar/scope", test_grammar_scope);
  g_test_add_func ("/amendment/grammar/lists", test_grammar_lists);
  g_test_add_func ("/amendment/grammar/problems", test_grammar_problems);
  g_test_add_func ("/amendment/grammar/random", test_random_texts);
  g_test_add_func ("/amendment/made-up/words", test_apply_words);
  g_test_add_func ("/amendment/made-up/throughout", test_apply_throughout);
  g_test_add_func ("/amendment/made-up/paragraphs", test_apply_paragraphs);
  g_test_add_func ("/amendment/made-up/subparagraphs", test_apply_subparagraphs);
  g_test_add_func ("/amendment/made-up/more-forms", test_apply_more_forms);
  g_test_add_func ("/amendment/made-up/footnotes", test_apply_footnotes);
  g_test_add_func ("/amendment/problem/quote-mismatch", test_apply_quote_mismatch);
  g_test_add_func ("/amendment/problem/not-found", test_apply_not_found);
  g_test_add_func ("/amendment/problem/out-of-range", test_apply_out_of_range);
  g_test_add_func ("/amendment/problem/conflict", test_apply_conflict);
  g_test_add_func ("/amendment/problem/ambiguous", test_apply_ambiguous);
  g_test_add_func ("/amendment/problem/not-understood", test_apply_not_understood);
  g_test_add_func ("/amendment/satisfied", test_apply_satisfied);
  g_test_add_func ("/amendment/documents/errors", test_documents_errors);
  g_test_add_func ("/amendment/cli/text", test_cli_text);
  g_test_add_func ("/amendment/cli/json", test_cli_json);
  g_test_add_func ("/amendment/cli/many", test_cli_many);
  g_test_add_func ("/amendment/cli/html", test_cli_html);
  g_test_add_func ("/amendment/cli/pdf", test_cli_pdf);
  g_test_add_func ("/amendment/cli/errors", test_cli_errors);
  g_test_add_func ("/amendment/cli/structure", test_cli_structure);

  return g_test_run ();
}
