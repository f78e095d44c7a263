/* rd-instruction.c: one instruction of an amendment, as read
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-instruction.h"

#include <glib/gi18n-lib.h>

/* Names */

const char *
rd_instruction_action_to_string (RdInstructionAction action)
{
  switch (action)
    {
    case RD_INSTRUCTION_DELETE:
      return "delete";
    case RD_INSTRUCTION_REPLACE:
      return "replace";
    case RD_INSTRUCTION_INSERT:
      return "insert";
    case RD_INSTRUCTION_DELETE_THROUGHOUT:
      return "delete_throughout";
    case RD_INSTRUCTION_REPLACE_THROUGHOUT:
      return "replace_throughout";
    case RD_INSTRUCTION_RENUMBER:
      return "renumber";
    case RD_INSTRUCTION_UNKNOWN:
    default:
      return "unknown";
    }
}

const char *
rd_target_kind_to_string (RdTargetKind kind)
{
  switch (kind)
    {
    case RD_TARGET_TITLE:
      return "title";
    case RD_TARGET_PREAMBULAR:
      return "preambular";
    case RD_TARGET_OPERATIVE:
      return "operative";
    case RD_TARGET_FOOTNOTE:
      return "footnote";
    case RD_TARGET_PARTS:
      return "parts";
    case RD_TARGET_NONE:
    default:
      return "none";
    }
}

const char *
rd_place_to_string (RdPlace place)
{
  switch (place)
    {
    case RD_PLACE_BEFORE:
      return "before";
    case RD_PLACE_AFTER:
      return "after";
    case RD_PLACE_START:
      return "start";
    case RD_PLACE_END:
      return "end";
    case RD_PLACE_NONE:
    default:
      return NULL;
    }
}

static const struct
{
  RdScope scope;
  const char *name;
} scope_names[] = {
  { RD_SCOPE_TITLE, "title" },
  { RD_SCOPE_PREAMBULAR, "preambular" },
  { RD_SCOPE_OPERATIVE, "operative" },
  { RD_SCOPE_FOOTNOTES, "footnotes" },
  { RD_SCOPE_OTHER, "other" },
};

GPtrArray *
rd_scope_to_strings (RdScope scope)
{
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (scope_names); i++)
    if (scope & scope_names[i].scope)
      g_ptr_array_add (names, (gpointer) scope_names[i].name);
  return names;
}

static void
append_number (GString *out,
               const char *kind,
               const RdTarget *target)
{
  if (target->number == RD_TARGET_LAST)
    /* TRANSLATORS: the last preambular or operative paragraph; %s is "PP" or "OP" */
    g_string_append_printf (out, _ ("last %s"), kind);
  else if (target->last != target->number)
    g_string_append_printf (out, "%s %u–%u", kind, target->number, target->last);
  else
    g_string_append_printf (out, "%s %u", kind, target->number);
  if (target->subparagraph != NULL)
    g_string_append_printf (out, " (%s)", target->subparagraph);
  if (target->item != NULL)
    g_string_append_printf (out, " (%s)", target->item);
}

char *
rd_target_describe (const RdTarget *target)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (target != NULL, NULL);

  switch (target->kind)
    {
    case RD_TARGET_TITLE:
      g_string_append (out, _ ("title"));
      break;
    case RD_TARGET_PREAMBULAR:
      /* TRANSLATORS: "PP" abbreviates "preambular paragraph" */
      append_number (out, _ ("PP"), target);
      break;
    case RD_TARGET_OPERATIVE:
      /* TRANSLATORS: "OP" abbreviates "operative paragraph" */
      append_number (out, _ ("OP"), target);
      break;
    case RD_TARGET_FOOTNOTE:
      g_string_append_printf (out, _ ("footnote %u"), target->number);
      break;
    case RD_TARGET_PARTS:
      if ((target->scope & RD_SCOPE_ALL) == RD_SCOPE_ALL)
        g_string_append (out, _ ("whole text"));
      else
        {
          const char *parts[] = {
            _ ("title"),
            /* TRANSLATORS: "PPs" abbreviates "preambular paragraphs" */
            _ ("PPs"),
            /* TRANSLATORS: "OPs" abbreviates "operative paragraphs" */
            _ ("OPs"),
            _ ("footnotes"),
            _ ("other text"),
          };

          for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
            if (target->scope & scope_names[i].scope)
              g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", parts[i]);
        }
      break;
    case RD_TARGET_NONE:
    default:
      g_string_append (out, "?");
      break;
    }
  return g_string_free (out, FALSE);
}

/* Quotes */

static void
footnote_ref_clear (gpointer data)
{
  RdFootnoteRef *ref = data;

  g_free (ref->marker);
}

RdQuote *
rd_quote_new (const char *text)
{
  RdQuote *quote = g_new0 (RdQuote, 1);

  quote->text = g_strdup (text != NULL ? text : "");
  quote->footnotes = g_array_new (FALSE, FALSE, sizeof (RdFootnoteRef));
  g_array_set_clear_func (quote->footnotes, footnote_ref_clear);
  return quote;
}

void
rd_quote_free (RdQuote *quote)
{
  if (quote == NULL)
    return;
  g_free (quote->text);
  g_free (quote->label);
  g_array_unref (quote->footnotes);
  g_free (quote);
}

void
rd_quote_add_footnote (RdQuote *quote,
                       gsize offset,
                       const char *marker)
{
  RdFootnoteRef ref = { offset, g_strdup (marker) };

  g_return_if_fail (quote != NULL);
  g_array_append_val (quote->footnotes, ref);
}

/* Targets */

void
rd_target_clear (RdTarget *target)
{
  g_clear_pointer (&target->subparagraph, g_free);
  g_clear_pointer (&target->item, g_free);
  *target = (RdTarget){ 0 };
}

void
rd_target_copy (RdTarget *destination,
                const RdTarget *source)
{
  rd_target_clear (destination);
  *destination = *source;
  destination->subparagraph = g_strdup (source->subparagraph);
  destination->item = g_strdup (source->item);
}

/* Instructions */

RdInstruction *
rd_instruction_new (guint number,
                    const char *text)
{
  RdInstruction *instruction = g_new0 (RdInstruction, 1);

  instruction->number = number;
  instruction->text = g_strdup (text != NULL ? text : "");
  instruction->old_texts = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_quote_free);
  instruction->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_quote_free);
  instruction->paragraph_kind = RD_PARAGRAPH_OTHER;
  return instruction;
}

void
rd_instruction_free (RdInstruction *instruction)
{
  if (instruction == NULL)
    return;
  g_free (instruction->text);
  rd_target_clear (&instruction->target);
  rd_quote_free (instruction->anchor);
  g_ptr_array_unref (instruction->old_texts);
  rd_quote_free (instruction->new_text);
  g_ptr_array_unref (instruction->paragraphs);
  g_free (instruction->problem);
  g_free (instruction);
}

void
rd_instruction_set_problem (RdInstruction *instruction,
                            const char *problem)
{
  g_return_if_fail (instruction != NULL);

  /* The first problem found is the one to tell. */
  if (instruction->problem == NULL)
    instruction->problem = g_strdup (problem);
}
