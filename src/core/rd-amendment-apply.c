/* rd-amendment-apply.c: carrying out one instruction of an amendment
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The applying half of RdAmendedDraft (see rd-amended-draft.c for how the
 * slots work): an instruction names texts (the title, paragraphs by the
 * draft's numbers, footnotes, "the preambular paragraphs"), which are found,
 * checked against what it quotes, and edited, each edit attributed.
 */

/* Includes */

#include "config.h"

#include "rd-amended-draft-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-lexicon.h"
#include "rd-parser.h"
#include "rd-quote-search.h"

/* An edit that starts within this many bytes of a paragraph's start may
 * change its leading verb ("Takes note" → "Welcomes"), which is then read
 * again; the longest verb phrases ("Expressing its deep concern") fit. */
#define VERB_REACH 40

/* Tidying a junction after an edit (a doubled space, a space before a
 * comma) looks this many bytes either side of it. */
#define TIDY_REACH 3

/* How many fixes tidying one junction may make: each removes a byte or
 * more of the few within reach, so it ends well before; the cap only
 * guards against a rule undoing another. */
#define TIDY_ROUNDS (4 * TIDY_REACH)

/* Static helpers: units */

/* Where a unit's text, attributions and mark of editing live: the
 * title's in the work, a footnote's and a slot's in themselves. */
typedef struct
{
  char **text;
  GArray **attributions;
  gboolean *edited;
} UnitFields;

static UnitFields
unit_fields (Work *work,
             const Unit *unit)
{
  switch (unit->kind)
    {
    case UNIT_TITLE:
      return (UnitFields){ &work->title, &work->title_attributions, &work->title_edited };
    case UNIT_FOOTNOTE:
      return (UnitFields){ &unit->footnote->text, &unit->footnote->attributions, &unit->footnote->edited };
    case UNIT_SLOT:
    default:
      return (UnitFields){ &unit->slot->text, &unit->slot->attributions, &unit->slot->edited };
    }
}

static char **
unit_text (Work *work,
           const Unit *unit)
{
  return unit_fields (work, unit).text;
}

/* The text as the draft has it; NULL for what an amendment brought. */
static const char *
unit_original (Work *work,
               const Unit *unit)
{
  switch (unit->kind)
    {
    case UNIT_TITLE:
      return rd_document_get_title (work->draft);
    case UNIT_FOOTNOTE:
      if (unit->footnote->origin == G_MAXUINT)
        return NULL;
      return ((RdFootnote *) g_ptr_array_index (rd_document_get_footnotes (work->draft), unit->footnote->origin))->text;
    case UNIT_SLOT:
    default:
      if (unit->slot->origin == G_MAXUINT)
        return NULL;
      return ((RdParagraph *) g_ptr_array_index (rd_document_get_paragraphs (work->draft), unit->slot->origin))->text;
    }
}

static void
unit_mark_edited (Work *work,
                  const Unit *unit,
                  gsize at)
{
  UnitFields fields = unit_fields (work, unit);

  *fields.edited = TRUE;
  /* An edit in the first words of a paragraph may change its leading
   * verb. */
  if (unit->kind == UNIT_SLOT && at < VERB_REACH)
    unit->slot->verb_edited = TRUE;
  rd_amended_work_attribute_current (work, fields.attributions);
}

/* How a reader cites the text, by the draft's numbers. */
static char *
unit_describe (Work *work,
               const Unit *unit)
{
  switch (unit->kind)
    {
    case UNIT_TITLE:
      return g_strdup (_ ("the title"));
    case UNIT_FOOTNOTE:
      return g_strdup_printf (_ ("footnote %s"), unit->footnote->marker);
    case UNIT_SLOT:
    default:
      if (unit->slot->origin == G_MAXUINT)
        return g_strdup (_ ("an inserted paragraph"));
      return rd_document_describe_paragraph (work->draft, unit->slot->origin);
    }
}

/* Removes byte @at of a unit's text (a space or a doubled stop), moving
 * the footnote marks after it. */
static void
unit_remove_byte (Work *work,
                  const Unit *unit,
                  gsize at)
{
  char **text = unit_text (work, unit);
  GString *edited = g_string_new (*text);

  g_string_erase (edited, (gssize) at, 1);
  g_free (*text);
  *text = g_string_free (edited, FALSE);
  if (unit->kind == UNIT_SLOT)
    for (guint i = 0; i < unit->slot->refs->len; i++)
      {
        Ref *ref = &g_array_index (unit->slot->refs, Ref, i);
        if (ref->offset > at)
          ref->offset--;
      }
}

/* After an edit at @at: no doubled space, no space at either end, before
 * a comma or after an opening parenthesis, no doubled comma, and no comma
 * left before a semicolon or a stop. */
static void
unit_tidy (Work *work,
           const Unit *unit,
           gsize at)
{
  for (guint round = 0; round < TIDY_ROUNDS; round++)
    {
      const char *s = *unit_text (work, unit);
      gsize length = strlen (s);
      gsize from = at > TIDY_REACH ? at - TIDY_REACH : 0;
      gsize to = MIN (length, at + TIDY_REACH);
      gboolean changed = FALSE;

      if (length > 0 && s[0] == ' ')
        {
          unit_remove_byte (work, unit, 0);
          continue;
        }
      if (length > 0 && s[length - 1] == ' ')
        {
          unit_remove_byte (work, unit, length - 1);
          continue;
        }
      for (gsize i = from; i + 1 < length && i < to + 1 && !changed; i++)
        {
          char a = s[i];
          char b = s[i + 1];

          if (a == ' ' && (b == ' ' || strchr (",;:.)", b) != NULL))
            {
              unit_remove_byte (work, unit, i);
              changed = TRUE;
            }
          else if (a == '(' && b == ' ')
            {
              unit_remove_byte (work, unit, i + 1);
              changed = TRUE;
            }
          else if ((a == ',' || a == ';') && a == b)
            {
              unit_remove_byte (work, unit, i);
              changed = TRUE;
            }
          else if (a == ',' && (b == ';' || b == '.' || b == ':'))
            {
              unit_remove_byte (work, unit, i);
              changed = TRUE;
            }
        }
      if (!changed)
        break;
      at = MIN (at, strlen (*unit_text (work, unit)));
    }
}

/* Replaces bytes [@start, @end) of a unit's text with @insert, which
 * holds @quote's text at byte @shift (so its footnote marks are placed).
 * Marks inside the span go with it, as does one right at its end when the
 * span is only deleted. */
static void
unit_replace (Work *work,
              const Unit *unit,
              gsize start,
              gsize end,
              const char *insert,
              const RdQuote *quote,
              gsize shift)
{
  char **text = unit_text (work, unit);
  GString *edited = g_string_new (NULL);
  gsize inserted = strlen (insert);

  g_string_append_len (edited, *text, start);
  g_string_append (edited, insert);
  g_string_append (edited, *text + end);
  g_free (*text);
  *text = g_string_free (edited, FALSE);

  if (unit->kind == UNIT_SLOT)
    {
      GArray *refs = unit->slot->refs;
      g_autoptr (GArray) kept = g_array_new (FALSE, FALSE, sizeof (Ref));

      for (guint i = 0; i < refs->len; i++)
        {
          Ref ref = g_array_index (refs, Ref, i);

          if (ref.offset <= start)
            g_array_append_val (kept, ref);
          else if (ref.offset < end || (ref.offset == end && inserted == 0))
            rd_amended_work_drop_ref (work, &ref);
          else
            {
              ref.offset = ref.offset - end + start + inserted;
              g_array_append_val (kept, ref);
            }
        }
      g_array_set_size (refs, 0);
      g_array_append_vals (refs, kept->data, kept->len);
      rd_amended_work_add_quote_refs (work, refs, quote, start + shift);
    }

  unit_mark_edited (work, unit, start);
  unit_tidy (work, unit, start + inserted);
  unit_tidy (work, unit, start);
}

/* Inserts @quote's text at byte @at of a unit's text with the spaces it
 * needs around it. */
static void
unit_insert (Work *work,
             const Unit *unit,
             gsize at,
             const RdQuote *quote)
{
  const char *s = *unit_text (work, unit);
  const char *words = quote->text;
  gsize length = strlen (words);
  GString *insert = g_string_new (NULL);
  gsize shift = 0;
  char before = at > 0 ? s[at - 1] : ' ';
  char after = s[at] != '\0' ? s[at] : ' ';
  char first = length > 0 ? words[0] : ' ';
  char last = length > 0 ? words[length - 1] : ' ';

  if (length == 0)
    {
      g_string_free (insert, TRUE);
      return;
    }
  if (before != ' ' && before != '(' && strchr (",.;:)]", first) == NULL)
    {
      g_string_append_c (insert, ' ');
      shift = 1;
    }
  g_string_append (insert, words);
  if (after != ' ' && strchr (",.;:)]", after) == NULL && last != '(')
    g_string_append_c (insert, ' ');

  unit_replace (work, unit, at, at, insert->str, quote, shift);
  g_string_free (insert, TRUE);
}

/* Static helpers: finding what instructions name */

/* The draft paragraph that is PP @number (its position) or OP @number (as
 * printed); RD_TARGET_LAST for the last.  G_MAXUINT when there is none. */
static guint
find_main_paragraph (Work *work,
                     RdTargetKind kind,
                     guint number)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (work->draft);
  RdParagraphKind wanted = kind == RD_TARGET_PREAMBULAR ? RD_PARAGRAPH_PREAMBULAR : RD_PARAGRAPH_OPERATIVE;
  g_autofree char *printed = g_strdup_printf ("%u", number);
  guint last = G_MAXUINT;

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      if (paragraph->kind != wanted)
        continue;
      last = i;
      if (number == RD_TARGET_LAST)
        continue;
      if (kind == RD_TARGET_PREAMBULAR ? paragraph->ordinal == number : g_strcmp0 (paragraph->number, printed) == 0)
        return i;
    }
  return number == RD_TARGET_LAST ? last : G_MAXUINT;
}

static guint
find_child (Work *work,
            guint parent,
            const char *label)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (work->draft);

  for (guint i = parent + 1; i < paragraphs->len; i++)
    {
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      if (paragraph->kind == RD_PARAGRAPH_SUBPARAGRAPH && paragraph->parent == parent && g_strcmp0 (paragraph->number, label) == 0)
        return i;
    }
  return G_MAXUINT;
}

/* The slot of the draft's paragraph @number of @target's kind (with its
 * sub-paragraph and item); NULL with @problem set when the draft has none. */
static Slot *
resolve_slot (Work *work,
              const RdTarget *target,
              guint number,
              char **problem)
{
  guint index = find_main_paragraph (work, target->kind, number);

  if (index == G_MAXUINT)
    {
      RdParagraphKind kind = target->kind == RD_TARGET_PREAMBULAR ? RD_PARAGRAPH_PREAMBULAR : RD_PARAGRAPH_OPERATIVE;
      guint count = rd_document_count_paragraphs (work->draft, kind);

      if (number == RD_TARGET_LAST)
        *problem = g_strdup (target->kind == RD_TARGET_PREAMBULAR ? _ ("the draft has no preambular paragraphs") : _ ("the draft has no operative paragraphs"));
      else if (target->kind == RD_TARGET_PREAMBULAR)
        *problem = g_strdup_printf (_ ("the draft has no preambular paragraph %u (it has %u)"), number, count);
      else
        *problem = g_strdup_printf (_ ("the draft has no operative paragraph %u (it has %u)"), number, count);
      return NULL;
    }
  if (target->subparagraph != NULL)
    {
      guint child = find_child (work, index, target->subparagraph);

      if (child != G_MAXUINT && target->item != NULL)
        child = find_child (work, child, target->item);
      if (child == G_MAXUINT)
        {
          g_autofree char *where = rd_target_describe (target);
          *problem = g_strdup_printf (_ ("the draft has no %s"), where);
          return NULL;
        }
      index = child;
    }
  return work->by_origin[index];
}

static Footnote *
resolve_footnote (Work *work,
                  guint number,
                  char **problem)
{
  g_autofree char *marker = g_strdup_printf ("%u", number);

  for (guint i = 0; i < work->footnotes->len; i++)
    {
      Footnote *footnote = g_ptr_array_index (work->footnotes, i);

      if (footnote->origin != G_MAXUINT && strcmp (footnote->marker, marker) == 0)
        return footnote;
    }
  *problem = g_strdup_printf (_ ("the draft has no footnote %u"), number);
  return NULL;
}

/* The texts a target names (Unit); NULL with @problem set when the draft
 * lacks one of them. */
static GArray *
resolve_units (Work *work,
               const RdTarget *target,
               char **problem)
{
  g_autoptr (GArray) units = g_array_new (FALSE, TRUE, sizeof (Unit));
  Unit unit = { 0 };

  switch (target->kind)
    {
    case RD_TARGET_TITLE:
      unit.kind = UNIT_TITLE;
      g_array_append_val (units, unit);
      break;
    case RD_TARGET_FOOTNOTE:
      unit.kind = UNIT_FOOTNOTE;
      unit.footnote = resolve_footnote (work, target->number, problem);
      if (unit.footnote == NULL)
        return NULL;
      g_array_append_val (units, unit);
      break;
    case RD_TARGET_PREAMBULAR:
    case RD_TARGET_OPERATIVE:
      for (guint n = target->number; n <= target->last; n++)
        {
          unit.kind = UNIT_SLOT;
          unit.slot = resolve_slot (work, target, n, problem);
          if (unit.slot == NULL)
            return NULL;
          g_array_append_val (units, unit);
          if (n == RD_TARGET_LAST)
            break;
        }
      break;
    case RD_TARGET_PARTS:
      {
        RdScope scope = target->scope;

        if (scope & RD_SCOPE_TITLE)
          {
            unit.kind = UNIT_TITLE;
            g_array_append_val (units, unit);
          }
        for (guint i = 0; i < work->slots->len; i++)
          {
            Slot *slot = g_ptr_array_index (work->slots, i);
            const Slot *top = slot;
            RdScope part;

            while (top->parent != NULL)
              top = top->parent;
            part = top->kind == RD_PARAGRAPH_PREAMBULAR ? RD_SCOPE_PREAMBULAR : top->kind == RD_PARAGRAPH_OPERATIVE ? RD_SCOPE_OPERATIVE
                                                                                                                    : RD_SCOPE_OTHER;
            if (slot->deleted || !(scope & part))
              continue;
            unit.kind = UNIT_SLOT;
            unit.slot = slot;
            g_array_append_val (units, unit);
          }
        if (scope & RD_SCOPE_FOOTNOTES)
          for (guint i = 0; i < work->footnotes->len; i++)
            {
              Footnote *footnote = g_ptr_array_index (work->footnotes, i);

              if (footnote->removed)
                continue;
              unit.kind = UNIT_FOOTNOTE;
              unit.slot = NULL;
              unit.footnote = footnote;
              g_array_append_val (units, unit);
            }
      }
      break;
    case RD_TARGET_NONE:
    default:
      *problem = g_strdup (_ ("the paragraph or part this instruction applies to was not recognised"));
      return NULL;
    }
  return g_steal_pointer (&units);
}

/* "A/80/L.30, instruction 3": who changed a text before. */
static char *
describe_one (Work *work,
              const RdAttribution *attribution)
{
  RdAmendment *amendment = g_ptr_array_index (work->amendments, attribution->amendment);
  const RdInstruction *instruction = g_ptr_array_index (rd_amendment_get_instructions (amendment), attribution->instruction);
  const char *symbol = rd_amendment_get_symbol (amendment);

  /* TRANSLATORS: an amendment's symbol and the number of one of its
   * instructions: "A/80/L.30, instruction 3" */
  return g_strdup_printf (_ ("%s, instruction %u"), symbol != NULL ? symbol : "?", instruction->number);
}

/* A slot deleted before: by an earlier instruction of the same amendment
 * (the instruction is satisfied), or by another (a problem). */
static void
already_deleted (Work *work,
                 const Slot *slot,
                 RdInstructionOutcome *outcome)
{
  Unit unit = { UNIT_SLOT, (Slot *) slot, NULL };
  guint earlier = rd_amended_work_earlier_of_current (work, slot->attributions);
  g_autofree char *where = unit_describe (work, &unit);

  if (earlier > 0)
    {
      outcome->satisfied_by = earlier;
      return;
    }
  if (slot->attributions != NULL && slot->attributions->len > 0)
    {
      g_autofree char *by = describe_one (work, &g_array_index (slot->attributions, RdAttribution, slot->attributions->len - 1));
      outcome->problem = g_strdup_printf (_ ("%s was deleted by %s"), where, by);
    }
  else
    outcome->problem = g_strdup_printf (_ ("%s was deleted"), where);
}

/* A slot deleted before, which an instruction would edit: as
 * already_deleted(), but a deletion by the same amendment is a problem
 * too (the edit is no longer possible), not a change already made. */
static void
cannot_edit_deleted (Work *work,
                     const Unit *unit,
                     RdInstructionOutcome *outcome)
{
  already_deleted (work, unit->slot, outcome);
  if (outcome->satisfied_by > 0)
    {
      g_autofree char *where = unit_describe (work, unit);

      outcome->satisfied_by = 0;
      outcome->problem = g_strdup_printf (_ ("%s was deleted by an earlier instruction"), where);
    }
}

/* "“…” is not in OP 8", with where it is when elsewhere. */
static char *
not_found_problem (Work *work,
                   const char *quoted,
                   GArray *units)
{
  g_autofree char *short_quote = rd_amended_excerpt (quoted);
  g_autofree char *where = unit_describe (work, &g_array_index (units, Unit, 0));

  for (guint i = 0; i < work->slots->len; i++)
    {
      Slot *slot = g_ptr_array_index (work->slots, i);
      Unit unit = { UNIT_SLOT, slot, NULL };

      if (slot->deleted || !rd_quote_contains (slot->text, quoted))
        continue;
      {
        g_autofree char *elsewhere = unit_describe (work, &unit);
        /* TRANSLATORS: “quoted words” is not in OP 8; it is in OP 9 */
        return g_strdup_printf (_ ("“%s” is not in %s; it is in %s"), short_quote, where, elsewhere);
      }
    }
  /* TRANSLATORS: “quoted words” is not in OP 8 */
  return g_strdup_printf (_ ("“%s” is not in %s"), short_quote, where);
}

/* Quoted words not found: an earlier instruction of the same amendment
 * may have made the change already (their text was in the draft, and the
 * words to put in are there now). */
static gboolean
satisfied_already (Work *work,
                   GArray *units,
                   const char *old_text,
                   const char *new_text,
                   RdInstructionOutcome *outcome)
{
  for (guint i = 0; i < units->len; i++)
    {
      const Unit *unit = &g_array_index (units, Unit, i);
      const char *original = unit_original (work, unit);
      const char *now = *unit_text (work, unit);
      guint earlier;

      if (original == NULL || !rd_quote_contains (original, old_text))
        continue;
      if (new_text != NULL && !rd_quote_contains (now, new_text))
        continue;
      earlier = rd_amended_work_earlier_of_current (work, *unit_fields (work, unit).attributions);
      if (earlier > 0)
        {
          outcome->satisfied_by = earlier;
          return TRUE;
        }
    }
  return FALSE;
}

/* Static helpers: applying */

static void
delete_slot (Work *work,
             Slot *slot)
{
  slot->deleted = TRUE;
  rd_amended_work_attribute_current (work, &slot->attributions);
  for (guint i = 0; i < slot->refs->len; i++)
    rd_amended_work_drop_ref (work, &g_array_index (slot->refs, Ref, i));
  g_array_set_size (slot->refs, 0);
}

static gboolean
is_below (const Slot *slot,
          const Slot *ancestor)
{
  for (const Slot *s = slot->parent; s != NULL; s = s->parent)
    if (s == ancestor)
      return TRUE;
  return FALSE;
}

/* Deletes @slot with its sub-paragraphs, which follow it. */
static void
delete_with_children (Work *work,
                      Slot *slot)
{
  guint position = rd_amended_work_slot_position (work, slot);

  if (!slot->deleted)
    delete_slot (work, slot);
  for (guint k = position + 1; k < work->slots->len; k++)
    {
      Slot *child = g_ptr_array_index (work->slots, k);

      if (!is_below (child, slot) && child->inserted_after != slot)
        break;
      if (is_below (child, slot) && !child->deleted)
        delete_slot (work, child);
    }
}

/* The texts @instruction's target names, or NULL with the outcome's
 * problem set (resolve_units()). */
static GArray *
resolve_target (Work *work,
                const RdInstruction *instruction,
                RdInstructionOutcome *outcome)
{
  char *problem = NULL;
  GArray *units = resolve_units (work, &instruction->target, &problem);

  if (units == NULL)
    outcome->problem = problem;
  return units;
}

/* The first of @units that an earlier instruction deleted, or NULL. */
static const Unit *
first_deleted_unit (GArray *units)
{
  for (guint i = 0; i < units->len; i++)
    {
      const Unit *unit = &g_array_index (units, Unit, i);

      if (unit->kind == UNIT_SLOT && unit->slot->deleted)
        return unit;
    }
  return NULL;
}

/* As resolve_target(), for an instruction that edits the texts: NULL,
 * with the outcome said, when one of them was deleted before. */
static GArray *
resolve_editable_target (Work *work,
                         const RdInstruction *instruction,
                         RdInstructionOutcome *outcome)
{
  g_autoptr (GArray) units = resolve_target (work, instruction, outcome);
  const Unit *deleted;

  if (units == NULL)
    return NULL;
  deleted = first_deleted_unit (units);
  if (deleted != NULL)
    {
      cannot_edit_deleted (work, deleted, outcome);
      return NULL;
    }
  return g_steal_pointer (&units);
}

/* Notes that @quote, found @spans->len / 2 times in @unit, was taken at
 * its first place, unless the outcome already has a problem. */
static void
note_repeated_quote (Work *work,
                     const Unit *unit,
                     const char *quote,
                     const GArray *spans,
                     RdInstructionOutcome *outcome)
{
  g_autofree char *short_quote = NULL;
  g_autofree char *where = NULL;
  g_autofree char *times = NULL;

  if (spans->len <= 2 || outcome->problem != NULL)
    return;
  short_quote = rd_amended_excerpt (quote);
  where = unit_describe (work, unit);
  times = g_strdup_printf ("%u", spans->len / 2);
  /* TRANSLATORS: “quoted words” occurs 2 times in OP 5; the first was changed */
  outcome->problem = g_strdup_printf (_ ("“%s” occurs %s times in %s; the first was changed"), short_quote, times, where);
}

static void
apply_delete_paragraphs (Work *work,
                         const RdInstruction *instruction,
                         RdInstructionOutcome *outcome)
{
  g_autoptr (GArray) units = NULL;
  char *problem = NULL;

  if (instruction->target.kind == RD_TARGET_FOOTNOTE)
    {
      Footnote *footnote = resolve_footnote (work, instruction->target.number, &problem);

      if (footnote == NULL)
        {
          outcome->problem = problem;
          return;
        }
      if (footnote->removed)
        {
          outcome->satisfied_by = rd_amended_work_earlier_of_current (work, footnote->attributions);
          if (outcome->satisfied_by == 0)
            outcome->problem = g_strdup_printf (_ ("footnote %s was deleted"), footnote->marker);
          return;
        }
      footnote->removed = TRUE;
      rd_amended_work_attribute_current (work, &footnote->attributions);
      for (guint i = 0; i < work->slots->len; i++)
        {
          Slot *slot = g_ptr_array_index (work->slots, i);

          for (guint k = slot->refs->len; k > 0; k--)
            if (g_array_index (slot->refs, Ref, k - 1).footnote == footnote)
              g_array_remove_index (slot->refs, k - 1);
        }
      outcome->applied = TRUE;
      return;
    }

  units = resolve_target (work, instruction, outcome);
  if (units == NULL)
    return;

  /* The paragraphs as the amendment quotes them must be those named. */
  if (instruction->old_texts->len > 0)
    {
      if (instruction->old_texts->len != units->len)
        {
          outcome->problem = g_strdup_printf (_ ("it quotes %u paragraphs for %u paragraphs to delete"), instruction->old_texts->len, units->len);
          return;
        }
      for (guint i = 0; i < units->len; i++)
        {
          const Unit *u = &g_array_index (units, Unit, i);
          const RdQuote *q = g_ptr_array_index (instruction->old_texts, i);

          if (rd_quote_same_paragraph (u->slot->text, q->text) || (unit_original (work, u) != NULL && rd_quote_same_paragraph (unit_original (work, u), q->text)))
            continue;
          for (guint k = 0; k < work->slots->len; k++)
            {
              Slot *other = g_ptr_array_index (work->slots, k);
              Unit other_unit = { UNIT_SLOT, other, NULL };

              if (other != u->slot && rd_quote_same_paragraph (other->text, q->text))
                {
                  g_autofree char *elsewhere = unit_describe (work, &other_unit);
                  g_autofree char *named = unit_describe (work, u);
                  outcome->problem = g_strdup_printf (_ ("the paragraph quoted is not %s of the draft but %s"), named, elsewhere);
                  return;
                }
            }
          {
            g_autofree char *named = unit_describe (work, u);
            outcome->problem = g_strdup_printf (_ ("the paragraph quoted differs from %s of the draft"), named);
          }
          return;
        }
    }

  for (guint i = 0; i < units->len; i++)
    {
      const Unit *unit = &g_array_index (units, Unit, i);

      if (unit->slot->deleted)
        {
          already_deleted (work, unit->slot, outcome);
          if (outcome->problem != NULL || units->len == 1)
            return;
        }
    }
  for (guint i = 0; i < units->len; i++)
    {
      Slot *slot = g_array_index (units, Unit, i).slot;

      if (slot->deleted)
        continue;
      delete_with_children (work, slot);
    }
  outcome->satisfied_by = 0;
  outcome->applied = TRUE;
}

/* A paragraph an instruction quotes, as a slot of @kind placed by
 * @anchor; one labelled "(a)" after a paragraph of the same instruction
 * (@main) is a sub-paragraph of it. */
static Slot *
new_slot_from_quote (Work *work,
                     RdParagraphKind kind,
                     const RdQuote *quote,
                     const Slot *anchor,
                     Slot *main)
{
  gboolean labelled = quote->label != NULL && quote->label[0] == '(';
  Slot *slot = rd_amended_slot_new (labelled && main != NULL ? RD_PARAGRAPH_SUBPARAGRAPH : kind, quote->text);

  slot->label = g_strdup (quote->label);
  slot->page = anchor != NULL ? anchor->page : 0;
  rd_amended_work_add_quote_refs (work, slot->refs, quote, 0);
  rd_amended_work_attribute_current (work, &slot->attributions);
  if (slot->kind == RD_PARAGRAPH_SUBPARAGRAPH && kind != RD_PARAGRAPH_SUBPARAGRAPH)
    slot->parent = main;
  else if (slot->kind == RD_PARAGRAPH_SUBPARAGRAPH && anchor != NULL)
    slot->parent = anchor->kind == RD_PARAGRAPH_SUBPARAGRAPH ? anchor->parent : (Slot *) anchor;
  return slot;
}

static void
apply_insert_paragraphs (Work *work,
                         const RdInstruction *instruction,
                         RdInstructionOutcome *outcome)
{
  char *problem = NULL;
  Slot *anchor = NULL;
  Slot *main = NULL;
  guint position;

  if (instruction->target.kind != RD_TARGET_PREAMBULAR && instruction->target.kind != RD_TARGET_OPERATIVE)
    {
      outcome->problem = g_strdup (_ ("new paragraphs can only be inserted before or after a preambular or operative paragraph"));
      return;
    }
  anchor = resolve_slot (work, &instruction->target, instruction->target.number, &problem);
  if (anchor == NULL)
    {
      outcome->problem = problem;
      return;
    }

  position = rd_amended_work_slot_position (work, anchor);
  if (instruction->place == RD_PLACE_AFTER)
    {
      position++;
      while (position < work->slots->len && rd_amended_slot_follows_anchor (g_ptr_array_index (work->slots, position), anchor))
        position++;
    }

  /* Inserted already by an earlier instruction of the same amendment */
  if (instruction->paragraphs->len > 0)
    {
      const RdQuote *first = g_ptr_array_index (instruction->paragraphs, 0);

      for (guint i = 0; i < work->slots->len; i++)
        {
          Slot *slot = g_ptr_array_index (work->slots, i);
          guint earlier;

          if (slot->origin != G_MAXUINT || slot->deleted || !rd_quote_same_paragraph (slot->text, first->text))
            continue;
          earlier = rd_amended_work_earlier_of_current (work, slot->attributions);
          if (earlier > 0)
            {
              outcome->satisfied_by = earlier;
              return;
            }
        }
    }

  for (guint i = 0; i < instruction->paragraphs->len; i++)
    {
      Slot *slot = new_slot_from_quote (work, instruction->paragraph_kind, g_ptr_array_index (instruction->paragraphs, i), anchor, main);

      if (slot->kind != RD_PARAGRAPH_SUBPARAGRAPH || instruction->paragraph_kind == RD_PARAGRAPH_SUBPARAGRAPH)
        {
          main = slot;
          if (instruction->place == RD_PLACE_AFTER)
            slot->inserted_after = anchor;
        }
      g_ptr_array_insert (work->slots, (gint) position, slot);
      position++;
    }
  outcome->applied = instruction->paragraphs->len > 0;
}

static void
apply_replace_whole (Work *work,
                     const RdInstruction *instruction,
                     RdInstructionOutcome *outcome)
{
  g_autoptr (GArray) units = NULL;
  const RdQuote *first;
  const Unit *unit;
  guint position;

  if (instruction->paragraphs->len == 0)
    {
      outcome->problem = g_strdup (_ ("the paragraphs to put in are missing"));
      return;
    }
  first = g_ptr_array_index (instruction->paragraphs, 0);

  units = resolve_editable_target (work, instruction, outcome);
  if (units == NULL)
    return;
  unit = &g_array_index (units, Unit, 0);
  if (rd_quote_same_paragraph (*unit_text (work, unit), first->text) && instruction->paragraphs->len == 1)
    {
      outcome->satisfied_by = rd_amended_work_earlier_of_current (work, *unit_fields (work, unit).attributions);
      if (outcome->satisfied_by > 0)
        return;
    }

  /* "Replace operative paragraphs 5 and 6 with the following": the
   * first takes the new text, the others go, and so do their
   * sub-paragraphs: the text quoted is the whole paragraph. */
  for (guint i = 1; i < units->len; i++)
    delete_with_children (work, g_array_index (units, Unit, i).slot);
  if (unit->kind == UNIT_SLOT)
    {
      Slot *main = unit->slot;

      for (guint k = rd_amended_work_slot_position (work, main) + 1; k < work->slots->len && is_below (g_ptr_array_index (work->slots, k), main); k++)
        {
          Slot *child = g_ptr_array_index (work->slots, k);
          if (!child->deleted)
            delete_slot (work, child);
        }
      for (guint i = 0; i < main->refs->len; i++)
        rd_amended_work_drop_ref (work, &g_array_index (main->refs, Ref, i));
      g_array_set_size (main->refs, 0);
      unit_replace (work, unit, 0, strlen (main->text), first->text, first, 0);

      /* More paragraphs than one take its place: the others follow, as
       * its sub-paragraphs when labelled "(a)". */
      position = rd_amended_work_slot_position (work, main) + 1;
      while (position < work->slots->len && rd_amended_slot_follows_anchor (g_ptr_array_index (work->slots, position), unit->slot))
        position++;
      for (guint i = 1; i < instruction->paragraphs->len; i++)
        {
          Slot *slot = new_slot_from_quote (work, unit->slot->kind, g_ptr_array_index (instruction->paragraphs, i), unit->slot, main);

          if (slot->kind == unit->slot->kind)
            {
              slot->parent = unit->slot->parent;
              slot->inserted_after = unit->slot;
              main = slot;
            }
          g_ptr_array_insert (work->slots, (gint) position++, slot);
        }
    }
  else
    unit_replace (work, unit, 0, strlen (*unit_text (work, unit)), first->text, first, 0);
  outcome->applied = TRUE;
}

static void
apply_words (Work *work,
             const RdInstruction *instruction,
             RdInstructionOutcome *outcome)
{
  g_autoptr (GArray) units = NULL;
  gboolean replace = instruction->action == RD_INSTRUCTION_REPLACE;

  units = resolve_editable_target (work, instruction, outcome);
  if (units == NULL)
    return;

  for (guint q = 0; q < instruction->old_texts->len; q++)
    {
      const RdQuote *old_text = g_ptr_array_index (instruction->old_texts, q);
      gboolean done = FALSE;

      for (guint i = 0; i < units->len && !done; i++)
        {
          const Unit *unit = &g_array_index (units, Unit, i);
          g_autoptr (GArray) spans = rd_quote_find (*unit_text (work, unit), old_text->text);
          gsize start, end;

          if (spans->len == 0)
            continue;
          start = g_array_index (spans, gsize, 0);
          end = g_array_index (spans, gsize, 1);
          note_repeated_quote (work, unit, old_text->text, spans, outcome);
          if (replace && instruction->new_text != NULL)
            unit_replace (work, unit, start, end, instruction->new_text->text, instruction->new_text, 0);
          else
            unit_replace (work, unit, start, end, "", NULL, 0);
          done = TRUE;
          outcome->applied = TRUE;
        }
      if (done)
        continue;
      if (satisfied_already (work, units, old_text->text, replace && instruction->new_text != NULL ? instruction->new_text->text : NULL, outcome))
        continue;
      g_clear_pointer (&outcome->problem, g_free);
      outcome->problem = not_found_problem (work, old_text->text, units);
      outcome->satisfied_by = 0;
      return;
    }
  if (outcome->applied)
    outcome->satisfied_by = 0;
}

static void
apply_insert_words (Work *work,
                    const RdInstruction *instruction,
                    RdInstructionOutcome *outcome)
{
  g_autoptr (GArray) units = NULL;
  const Unit *unit;
  const char *text;
  gsize at;

  units = resolve_target (work, instruction, outcome);
  if (units == NULL)
    return;
  unit = &g_array_index (units, Unit, 0);
  if (unit->kind == UNIT_SLOT && unit->slot->deleted)
    {
      already_deleted (work, unit->slot, outcome);
      outcome->satisfied_by = 0;
      if (outcome->problem == NULL)
        outcome->problem = g_strdup (_ ("the paragraph was deleted by an earlier instruction"));
      return;
    }
  text = *unit_text (work, unit);

  if (instruction->anchor != NULL)
    {
      g_autoptr (GArray) spans = rd_quote_find (text, instruction->anchor->text);
      gsize end_of_anchor;
      gsize start, end;

      if (spans->len == 0)
        {
          outcome->problem = not_found_problem (work, instruction->anchor->text, units);
          return;
        }
      note_repeated_quote (work, unit, instruction->anchor->text, spans, outcome);
      at = g_array_index (spans, gsize, instruction->place == RD_PLACE_BEFORE ? 0 : 1);
      end_of_anchor = g_array_index (spans, gsize, 1);

      /* The words already stand there: an earlier instruction of the
       * same amendment put them in. */
      if (instruction->place != RD_PLACE_BEFORE && rd_quote_find_from (text, instruction->new_text->text, end_of_anchor, TRUE, &start, &end) && start <= end_of_anchor + 2)
        {
          guint earlier = rd_amended_work_earlier_of_current (work, *unit_fields (work, unit).attributions);

          if (earlier > 0)
            {
              g_clear_pointer (&outcome->problem, g_free);
              outcome->satisfied_by = earlier;
              return;
            }
        }
    }
  else if (instruction->place == RD_PLACE_START)
    at = 0;
  else
    {
      /* At the end: before the paragraph's closing stop or semicolon. */
      at = strlen (text);
      while (at > 0 && strchr (".;,:", text[at - 1]) != NULL && instruction->new_text->text[0] != '\0' && strchr (".;,:", instruction->new_text->text[strlen (instruction->new_text->text) - 1]) == NULL)
        at--;
    }

  unit_insert (work, unit, at, instruction->new_text);
  outcome->applied = TRUE;
}

static void
apply_throughout (Work *work,
                  const RdInstruction *instruction,
                  RdInstructionOutcome *outcome)
{
  g_autoptr (GArray) units = NULL;
  const RdQuote *old_text;
  const RdQuote *new_text = instruction->new_text;
  gboolean replace = instruction->action == RD_INSTRUCTION_REPLACE_THROUGHOUT;
  guint total = 0;

  units = resolve_target (work, instruction, outcome);
  if (units == NULL)
    return;
  if (instruction->old_texts->len == 0 || (replace && new_text == NULL))
    {
      outcome->problem = g_strdup (_ ("the text to replace was not recognised"));
      return;
    }
  old_text = g_ptr_array_index (instruction->old_texts, 0);

  for (guint i = 0; i < units->len; i++)
    {
      const Unit *unit = &g_array_index (units, Unit, i);
      gsize from = 0;
      gsize start, end;

      if (unit->kind == UNIT_SLOT && unit->slot->deleted)
        continue;
      /* Every place, as written: "Chernobyl" but not "CHERNOBYL". */
      while (rd_quote_find_from (*unit_text (work, unit), old_text->text, from, FALSE, &start, &end))
        {
          gsize before = strlen (*unit_text (work, unit));
          gsize after;

          if (replace)
            unit_replace (work, unit, start, end, new_text->text, new_text, 0);
          else
            unit_replace (work, unit, start, end, "", NULL, 0);
          after = strlen (*unit_text (work, unit));
          from = MIN (after, end + after - before);
          total++;
        }
    }

  if (total > 0)
    {
      outcome->applied = TRUE;
      return;
    }
  if (satisfied_already (work, units, old_text->text, replace ? new_text->text : NULL, outcome))
    return;
  {
    g_autofree char *short_quote = rd_amended_excerpt (old_text->text);
    g_autofree char *where = rd_target_describe (&instruction->target);

    /* TRANSLATORS: “quoted words” does not occur in: title, PPs, OPs */
    outcome->problem = g_strdup_printf (_ ("“%s” does not occur in: %s"), short_quote, where);
  }
}

/* The amended text is numbered again anyway. */
static void
apply_renumber (Work *work,
                const RdInstruction *instruction,
                RdInstructionOutcome *outcome)
{
  outcome->applied = TRUE;
}

typedef void (*Applier) (Work *work, const RdInstruction *instruction, RdInstructionOutcome *outcome);

/* What carries out each action, on whole paragraphs and on words; an
 * action without an entry was not understood. */
static const struct
{
  Applier whole;
  Applier words;
} appliers[] = {
  [RD_INSTRUCTION_DELETE] = { apply_delete_paragraphs, apply_words },
  [RD_INSTRUCTION_REPLACE] = { apply_replace_whole, apply_words },
  [RD_INSTRUCTION_INSERT] = { apply_insert_paragraphs, apply_insert_words },
  [RD_INSTRUCTION_DELETE_THROUGHOUT] = { apply_throughout, apply_throughout },
  [RD_INSTRUCTION_REPLACE_THROUGHOUT] = { apply_throughout, apply_throughout },
  [RD_INSTRUCTION_RENUMBER] = { apply_renumber, apply_renumber },
};

void
rd_amended_work_apply_instruction (Work *work,
                                   const RdInstruction *instruction,
                                   RdInstructionOutcome *outcome)
{
  if (instruction->problem != NULL)
    {
      outcome->problem = g_strdup (instruction->problem);
      return;
    }

  if ((guint) instruction->action >= G_N_ELEMENTS (appliers) || appliers[instruction->action].whole == NULL)
    {
      outcome->problem = g_strdup (_ ("this instruction was not understood"));
      return;
    }
  if (instruction->whole)
    appliers[instruction->action].whole (work, instruction, outcome);
  else
    appliers[instruction->action].words (work, instruction, outcome);
}
