/* rd-amendment-text.c: a draft compared with the draft as amended, as text
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-amendment-text.h"

#include <glib/gi18n-lib.h>

#include "rd-annotations.h"
#include "rd-text-writer.h"

/* An instruction's text is cut to this many characters in the list: its
 * number and opening words say which it is; the JSON has it whole. */
#define INSTRUCTION_EXCERPT_LENGTH 100

/* Static helpers */

static char *
cut (const char *text,
     glong length)
{
  g_autofree char *start = NULL;

  if (g_utf8_strlen (text, -1) <= length)
    return g_strdup (text);
  start = g_utf8_substring (text, 0, length);
  return g_strconcat (start, "…", NULL);
}

static char *
describe_sponsors (RdDocument *document)
{
  GPtrArray *sponsors = document != NULL ? rd_document_get_sponsors (document) : NULL;
  GString *out = g_string_new (NULL);

  for (guint i = 0; sponsors != NULL && i < sponsors->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", ((RdSponsor *) g_ptr_array_index (sponsors, i))->name);
  return g_string_free (out, FALSE);
}

static char *
describe_outcome (const RdInstructionOutcome *outcome)
{
  if (outcome->satisfied_by > 0)
    return g_strdup_printf (_ ("already made by instruction %u"), outcome->satisfied_by);
  if (outcome->applied && outcome->problem != NULL)
    /* TRANSLATORS: an instruction applied, with something to check */
    return g_strdup_printf (_ ("applied; check: %s"), outcome->problem);
  if (outcome->applied)
    return g_strdup (_ ("applied"));
  return g_strdup_printf (_ ("not applied: %s"), outcome->problem != NULL ? outcome->problem : "?");
}

/* Callbacks */

/* One section per amendment: its symbol, sponsors and counts, then each
 * instruction with what became of it; the last section the warnings. */
static GPtrArray *
amendment_sections (gpointer user_data)
{
  RdAmendedDraft *amended = user_data;
  GPtrArray *amendments = rd_amended_draft_get_amendments (amended);
  GPtrArray *warnings = rd_amended_draft_get_warnings (amended);
  GPtrArray *sections = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_note_section_free);

  for (guint a = 0; a < amendments->len; a++)
    {
      RdAmendment *amendment = g_ptr_array_index (amendments, a);
      GPtrArray *instructions = rd_amendment_get_instructions (amendment);
      g_autofree char *sponsors = describe_sponsors (rd_amendment_get_document (amendment));
      const char *symbol = rd_amendment_get_symbol (amendment);
      g_autofree char *title = NULL;
      RdNoteSection *section;
      guint applied = 0, made = 0, not_applied = 0;

      for (guint i = 0; i < instructions->len; i++)
        {
          const RdInstructionOutcome *outcome = rd_amended_draft_get_outcome (amended, a, i);

          if (outcome->applied)
            applied++;
          else if (outcome->satisfied_by > 0)
            made++;
          else
            not_applied++;
        }

      title = g_strdup_printf (/* TRANSLATORS: an amendment's symbol, its sponsors, then how many of its instructions were applied, had been made by an earlier one, or were not applied */
                               ngettext ("Amendment %s (%s): %u instruction, %u applied, %u already made, %u not applied",
                                         "Amendment %s (%s): %u instructions, %u applied, %u already made, %u not applied",
                                         instructions->len),
                               symbol != NULL ? symbol : "?", sponsors, instructions->len, applied, made, not_applied);
      section = rd_note_section_new (title);
      for (guint i = 0; i < instructions->len; i++)
        {
          const RdInstruction *instruction = g_ptr_array_index (instructions, i);
          g_autofree char *text = cut (instruction->text, INSTRUCTION_EXCERPT_LENGTH);
          g_autofree char *state = describe_outcome (rd_amended_draft_get_outcome (amended, a, i));

          g_ptr_array_add (section->lines, g_strdup_printf ("%u. %s — %s", instruction->number, text, state));
        }
      g_ptr_array_add (sections, section);
    }
  if (warnings->len > 0)
    {
      RdNoteSection *section = rd_note_section_new (_ ("Warnings"));

      for (guint i = 0; i < warnings->len; i++)
        g_ptr_array_add (section->lines, g_strdup (g_ptr_array_index (warnings, i)));
      g_ptr_array_add (sections, section);
    }
  return sections;
}

/* The text output: the sections as they read in a terminal, the warnings
 * as "Warning: …" lines. */
static void
write_preamble (GString *out,
                gpointer user_data)
{
  RdAmendedDraft *amended = user_data;
  g_autoptr (GPtrArray) sections = amendment_sections (amended);
  guint n_amendments = rd_amended_draft_get_amendments (amended)->len;

  for (guint s = 0; s < sections->len; s++)
    {
      const RdNoteSection *section = g_ptr_array_index (sections, s);

      if (s < n_amendments)
        g_string_append_printf (out, "%s\n", section->title);
      for (guint i = 0; i < section->lines->len; i++)
        {
          if (s < n_amendments)
            g_string_append_printf (out, "  %s\n", (const char *) g_ptr_array_index (section->lines, i));
          else
            g_string_append_printf (out, "%s %s\n", _ ("Warning:"), (const char *) g_ptr_array_index (section->lines, i));
        }
    }
}

static char *
note_change (const RdChange *change,
             gpointer user_data)
{
  g_autoptr (GArray) attributions = rd_amended_draft_attribute_change (user_data, change);

  return rd_amended_draft_describe_attributions (user_data, attributions);
}

static char *
note_header (const RdHeaderChange *change,
             gpointer user_data)
{
  g_autoptr (GArray) attributions = rd_amended_draft_attribute_header (user_data, change);

  return rd_amended_draft_describe_attributions (user_data, attributions);
}

/* Public API */

char *
rd_amended_draft_write_text (RdAmendedDraft *amended,
                             RdComparison *comparison,
                             gboolean color)
{
  RdTextExtra extra = { write_preamble, note_change, note_header, amended };

  g_return_val_if_fail (RD_IS_AMENDED_DRAFT (amended), NULL);
  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);

  return rd_text_write_extra (comparison, color, &extra);
}

void
rd_amended_draft_annotate (RdAmendedDraft *amended,
                           RdComparison *comparison)
{
  RdAnnotations annotations = { note_change, note_header, amendment_sections, g_object_ref (amended), g_object_unref };

  g_return_if_fail (RD_IS_AMENDED_DRAFT (amended));
  g_return_if_fail (RD_IS_COMPARISON (comparison));

  rd_annotations_attach (comparison, &annotations);
}
