/* rd-amendment-json.c: amendments as JSON (--structure, and a draft
 * compared with the draft as amended)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-amendment-json.h"

#include "rd-comparison-json.h"

/* Static helpers */

static void
write_target (RdJsonWriter *writer,
              const RdTarget *target)
{
  g_autofree char *label = rd_target_describe (target);

  rd_json_member_object (writer, "target");
  rd_json_member_string (writer, "kind", rd_target_kind_to_string (target->kind));
  rd_json_member_int_or_null (writer, "number", target->number != 0 && target->number != RD_TARGET_LAST, target->number);
  if (target->number == RD_TARGET_LAST)
    rd_json_member_bool (writer, "last", TRUE);
  if (target->last != target->number)
    rd_json_member_int (writer, "to", target->last);
  rd_json_member_string (writer, "subparagraph", target->subparagraph);
  rd_json_member_string_if (writer, "item", target->item);
  if (target->kind == RD_TARGET_PARTS)
    {
      g_autoptr (GPtrArray) names = rd_scope_to_strings (target->scope);

      rd_json_member_inline_array (writer, "scope");
      for (guint i = 0; i < names->len; i++)
        rd_json_string (writer, g_ptr_array_index (names, i));
      rd_json_end_array (writer);
    }
  rd_json_member_string (writer, "label", label);
  rd_json_end_object (writer);
}

static void
add_markers (GPtrArray *markers,
             const RdQuote *quote)
{
  for (guint i = 0; quote != NULL && i < quote->footnotes->len; i++)
    {
      const char *marker = g_array_index (quote->footnotes, RdFootnoteRef, i).marker;
      gboolean seen = FALSE;

      for (guint k = 0; k < markers->len && !seen; k++)
        seen = g_strcmp0 (g_ptr_array_index (markers, k), marker) == 0;
      if (!seen)
        g_ptr_array_add (markers, (gpointer) marker);
    }
}

/* The members of an instruction but "problem", which is the reading's or
 * the application's. */
static void
write_instruction_members (RdAmendment *amendment,
                           const RdInstruction *instruction,
                           RdJsonWriter *writer)
{
  g_autoptr (GPtrArray) markers = g_ptr_array_new ();

  rd_json_member_int (writer, "number", instruction->number);
  rd_json_member_string (writer, "text", instruction->text);
  rd_json_member_string (writer, "action", rd_instruction_action_to_string (instruction->action));
  rd_json_member_bool (writer, "whole", instruction->whole);
  write_target (writer, &instruction->target);
  rd_json_member_string (writer, "place", rd_place_to_string (instruction->place));
  rd_json_member_string (writer, "anchor", instruction->anchor != NULL ? instruction->anchor->text : NULL);

  rd_json_member_array (writer, "old");
  for (guint i = 0; i < instruction->old_texts->len; i++)
    rd_json_string (writer, ((RdQuote *) g_ptr_array_index (instruction->old_texts, i))->text);
  rd_json_end_array (writer);

  rd_json_member_string (writer, "new", instruction->new_text != NULL ? instruction->new_text->text : NULL);

  rd_json_member_array (writer, "paragraphs");
  for (guint i = 0; i < instruction->paragraphs->len; i++)
    {
      const RdQuote *paragraph = g_ptr_array_index (instruction->paragraphs, i);

      rd_json_begin_object (writer);
      rd_json_member_string (writer, "kind", rd_paragraph_kind_to_string (instruction->paragraph_kind));
      rd_json_member_string (writer, "label", paragraph->label);
      rd_json_member_string (writer, "text", paragraph->text);
      rd_json_end_object (writer);
    }
  rd_json_end_array (writer);

  rd_json_member_int_or_null (writer, "count", instruction->count > 0, instruction->count);

  /* The amendment's own footnotes its quotations cite */
  add_markers (markers, instruction->anchor);
  add_markers (markers, instruction->new_text);
  for (guint i = 0; i < instruction->paragraphs->len; i++)
    add_markers (markers, g_ptr_array_index (instruction->paragraphs, i));
  rd_json_member_array (writer, "footnotes");
  for (guint i = 0; i < markers->len; i++)
    {
      const char *marker = g_ptr_array_index (markers, i);

      rd_json_begin_object (writer);
      rd_json_member_string (writer, "marker", marker);
      rd_json_member_string (writer, "text", amendment != NULL ? rd_amendment_get_footnote_text (amendment, marker) : NULL);
      rd_json_end_object (writer);
    }
  rd_json_end_array (writer);
}

static void
write_attributions (RdJsonWriter *writer,
                    RdAmendedDraft *amended,
                    GArray *attributions)
{
  GPtrArray *amendments = rd_amended_draft_get_amendments (amended);

  rd_json_member_array (writer, "attribution");
  for (guint i = 0; i < attributions->len; i++)
    {
      const RdAttribution *a = &g_array_index (attributions, RdAttribution, i);
      RdAmendment *amendment = g_ptr_array_index (amendments, a->amendment);
      const RdInstruction *instruction = g_ptr_array_index (rd_amendment_get_instructions (amendment), a->instruction);

      rd_json_begin_object (writer);
      rd_json_member_string (writer, "symbol", rd_amendment_get_symbol (amendment));
      rd_json_member_int (writer, "instruction", instruction->number);
      rd_json_end_object (writer);
    }
  rd_json_end_array (writer);
}

static void
write_change_attribution (RdJsonWriter *writer,
                          const RdChange *change,
                          gpointer user_data)
{
  g_autoptr (GArray) attributions = rd_amended_draft_attribute_change (user_data, change);

  write_attributions (writer, user_data, attributions);
}

static void
write_header_attribution (RdJsonWriter *writer,
                          const RdHeaderChange *change,
                          gpointer user_data)
{
  g_autoptr (GArray) attributions = rd_amended_draft_attribute_header (user_data, change);

  write_attributions (writer, user_data, attributions);
}

static void
write_amendments (RdJsonWriter *writer,
                  gpointer user_data)
{
  RdAmendedDraft *amended = user_data;
  GPtrArray *amendments = rd_amended_draft_get_amendments (amended);
  GPtrArray *warnings = rd_amended_draft_get_warnings (amended);

  rd_json_member_array (writer, "amendments");
  for (guint a = 0; a < amendments->len; a++)
    {
      RdAmendment *amendment = g_ptr_array_index (amendments, a);
      RdDocument *document = rd_amendment_get_document (amendment);
      GPtrArray *instructions = rd_amendment_get_instructions (amendment);

      rd_json_begin_object (writer);
      rd_json_member_string (writer, "symbol", rd_amendment_get_symbol (amendment));
      rd_json_member_string (writer, "amends", rd_amendment_get_amends (amendment));
      rd_json_member_string (writer, "file", document != NULL ? rd_document_get_file (document) : NULL);
      rd_json_member_string (writer, "date", document != NULL ? rd_document_get_date (document) : NULL);
      rd_json_member_array (writer, "sponsors");
      for (guint i = 0; document != NULL && i < rd_document_get_sponsors (document)->len; i++)
        rd_json_string (writer, ((RdSponsor *) g_ptr_array_index (rd_document_get_sponsors (document), i))->name);
      rd_json_end_array (writer);

      rd_json_member_array (writer, "instructions");
      for (guint i = 0; i < instructions->len; i++)
        {
          const RdInstructionOutcome *outcome = rd_amended_draft_get_outcome (amended, a, i);

          rd_json_begin_object (writer);
          write_instruction_members (amendment, g_ptr_array_index (instructions, i), writer);
          rd_json_member_bool (writer, "applied", outcome->applied);
          rd_json_member_int_or_null (writer, "satisfied_by", outcome->satisfied_by > 0, outcome->satisfied_by);
          rd_json_member_string (writer, "problem", outcome->problem);
          rd_json_end_object (writer);
        }
      rd_json_end_array (writer);
      rd_json_end_object (writer);
    }
  rd_json_end_array (writer);

  rd_json_member_strings (writer, "amendment_warnings", warnings);
}

/* Public API */

void
rd_instruction_write_json (RdAmendment *amendment,
                           const RdInstruction *instruction,
                           RdJsonWriter *writer)
{
  g_return_if_fail (instruction != NULL);
  g_return_if_fail (writer != NULL);

  write_instruction_members (amendment, instruction, writer);
  rd_json_member_string (writer, "problem", instruction->problem);
}

void
rd_amendment_write_instructions (RdAmendment *amendment,
                                 RdJsonWriter *writer)
{
  GPtrArray *instructions;

  g_return_if_fail (RD_IS_AMENDMENT (amendment));
  g_return_if_fail (writer != NULL);

  instructions = rd_amendment_get_instructions (amendment);
  rd_json_member_array (writer, "instructions");
  for (guint i = 0; i < instructions->len; i++)
    {
      rd_json_begin_object (writer);
      rd_instruction_write_json (amendment, g_ptr_array_index (instructions, i), writer);
      rd_json_end_object (writer);
    }
  rd_json_end_array (writer);
}

char *
rd_amended_draft_to_json (RdAmendedDraft *amended,
                          RdComparison *comparison)
{
  RdComparisonJsonExtra extra = { write_change_attribution, write_header_attribution, write_amendments, amended };

  g_return_val_if_fail (RD_IS_AMENDED_DRAFT (amended), NULL);
  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);

  return rd_comparison_to_json_extra (comparison, &extra);
}

gboolean
rd_amended_draft_write_json (RdAmendedDraft *amended,
                             RdComparison *comparison,
                             RdJsonSink sink,
                             gpointer user_data)
{
  RdComparisonJsonExtra extra = { write_change_attribution, write_header_attribution, write_amendments, amended };

  g_return_val_if_fail (RD_IS_AMENDED_DRAFT (amended), FALSE);
  g_return_val_if_fail (RD_IS_COMPARISON (comparison), FALSE);

  return rd_comparison_write_json_extra (comparison, &extra, sink, user_data);
}
