/* rd-amended-draft.c: a draft with its amendments applied
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * How it works.  The draft's paragraphs become slots, one per paragraph in
 * reading order, that keep their place in the draft as tabled: a deleted
 * paragraph stays as a deleted slot, an inserted one is a new slot beside
 * the slot it was inserted after.  Instructions name paragraphs by the
 * draft's numbers, so they find their slot whatever came before them.
 * Texts (the title, paragraphs, footnotes) are edited in place, footnote
 * marks moving with the words around them; quoted words are found with
 * typographic differences (quotation marks, apostrophes, dashes, white
 * space) set aside.  Every edit records the instruction that made it, which
 * is how a change of the comparison is attributed.  At the end the live
 * slots become the amended document, numbered again.
 */

/* Includes */

#include "config.h"

#include "rd-amended-draft-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-lexicon.h"
#include "rd-parser.h"
#include "rd-quote-search.h"

/* The struct */

struct _RdAmendedDraft
{
  GObject parent_instance;

  RdDocument *draft;
  RdDocument *document;
  GPtrArray *amendments;     /* RdAmendment */
  GPtrArray *outcomes;       /* GArray of RdInstructionOutcome, per amendment */
  GPtrArray *warnings;       /* char * */
  GPtrArray *old_paragraphs; /* GArray of RdAttribution or NULL, per draft
                              * paragraph */
  GPtrArray *new_paragraphs; /* likewise per paragraph of the document */
  GPtrArray *old_footnotes;
  GPtrArray *new_footnotes;
  GArray *title;
};

G_DEFINE_FINAL_TYPE (RdAmendedDraft, rd_amended_draft, G_TYPE_OBJECT)

/* clang-format off */
G_DEFINE_QUARK (rd-amendment-error-quark, rd_amendment_error)
/* clang-format on */

/* Static helpers: attributions */

static void
attribute (GArray **list,
           guint amendment,
           guint instruction)
{
  RdAttribution attribution = { amendment, instruction };

  if (*list == NULL)
    *list = g_array_new (FALSE, FALSE, sizeof (RdAttribution));
  for (guint i = 0; i < (*list)->len; i++)
    {
      const RdAttribution *a = &g_array_index (*list, RdAttribution, i);
      if (a->amendment == amendment && a->instruction == instruction)
        return;
    }
  g_array_append_val (*list, attribution);
}

void
rd_amended_work_attribute_current (Work *work,
                                   GArray **list)
{
  attribute (list, work->amendment, work->instruction);
}

/* The earliest instruction of the amendment being applied that changed
 * the text @list belongs to, as its number; 0 when none did. */
guint
rd_amended_work_earlier_of_current (Work *work,
                                    const GArray *list)
{
  GPtrArray *instructions = rd_amendment_get_instructions (work->current);
  guint best = G_MAXUINT;

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      const RdAttribution *a = &g_array_index (list, RdAttribution, i);

      if (a->amendment == work->amendment && a->instruction < work->instruction)
        best = MIN (best, a->instruction);
    }
  if (best == G_MAXUINT)
    return 0;
  return ((RdInstruction *) g_ptr_array_index (instructions, best))->number;
}

static int
compare_attributions (gconstpointer a,
                      gconstpointer b)
{
  const RdAttribution *x = a;
  const RdAttribution *y = b;

  if (x->amendment != y->amendment)
    return x->amendment < y->amendment ? -1 : 1;
  if (x->instruction != y->instruction)
    return x->instruction < y->instruction ? -1 : 1;
  return 0;
}

static GArray *
copy_attributions (const GArray *list)
{
  GArray *copy = g_array_new (FALSE, FALSE, sizeof (RdAttribution));

  if (list != NULL)
    g_array_append_vals (copy, list->data, list->len);
  return copy;
}

static void
merge_attributions (GArray *into,
                    const GArray *from)
{
  for (guint i = 0; from != NULL && i < from->len; i++)
    {
      const RdAttribution *a = &g_array_index (from, RdAttribution, i);
      attribute (&into, a->amendment, a->instruction);
    }
}

char *
rd_amended_excerpt (const char *text)
{
  glong length = g_utf8_strlen (text, -1);

  if (length <= EXCERPT_LENGTH)
    return g_strdup (text);
  {
    g_autofree char *start = g_utf8_substring (text, 0, EXCERPT_LENGTH);
    return g_strconcat (start, "…", NULL);
  }
}

/* Static helpers: footnotes and slots */

static void
footnote_free (Footnote *footnote)
{
  g_free (footnote->marker);
  g_free (footnote->text);
  if (footnote->attributions != NULL)
    g_array_unref (footnote->attributions);
  g_free (footnote);
}

static void
slot_free (Slot *slot)
{
  g_free (slot->text);
  g_array_unref (slot->refs);
  g_free (slot->label);
  if (slot->attributions != NULL)
    g_array_unref (slot->attributions);
  g_free (slot);
}

Slot *
rd_amended_slot_new (RdParagraphKind kind,
                     const char *text)
{
  Slot *slot = g_new0 (Slot, 1);

  slot->origin = G_MAXUINT;
  slot->kind = kind;
  slot->text = g_strdup (text);
  slot->refs = g_array_new (FALSE, FALSE, sizeof (Ref));
  return slot;
}

static int
compare_refs (gconstpointer a,
              gconstpointer b)
{
  const Ref *x = a;
  const Ref *y = b;

  return x->offset < y->offset ? -1 : x->offset > y->offset ? 1
                                                            : 0;
}

/* The footnote an amendment's quotation cites, made once per amendment
 * and mark; NULL when the amendment does not print its text. */
static Footnote *
amendment_footnote (Work *work,
                    const char *marker)
{
  const char *text;
  Footnote *footnote;

  for (guint i = 0; i < work->footnotes->len; i++)
    {
      footnote = g_ptr_array_index (work->footnotes, i);
      if (footnote->source == work->current && strcmp (footnote->marker, marker) == 0)
        return footnote;
    }
  text = rd_amendment_get_footnote_text (work->current, marker);
  if (text == NULL)
    return NULL;
  footnote = g_new0 (Footnote, 1);
  footnote->marker = g_strdup (marker);
  footnote->text = g_strdup (text);
  footnote->origin = G_MAXUINT;
  footnote->source = work->current;
  rd_amended_work_attribute_current (work, &footnote->attributions);
  g_ptr_array_add (work->footnotes, footnote);
  return footnote;
}

void
rd_amended_work_add_quote_refs (Work *work,
                                GArray *refs,
                                const RdQuote *quote,
                                gsize shift)
{
  for (guint i = 0; quote != NULL && i < quote->footnotes->len; i++)
    {
      const RdFootnoteRef *mark = &g_array_index (quote->footnotes, RdFootnoteRef, i);
      Ref ref = { shift + mark->offset, amendment_footnote (work, mark->marker) };

      if (ref.footnote != NULL)
        g_array_append_val (refs, ref);
    }
  g_array_sort (refs, compare_refs);
}

/* A citation of @ref's footnote goes with the text it stood in. */
void
rd_amended_work_drop_ref (Work *work,
                          const Ref *ref)
{
  rd_amended_work_attribute_current (work, &ref->footnote->attributions);
}

/* Whether @slot belongs after @anchor: one of its sub-paragraphs, or a
 * paragraph inserted after it (with theirs). */
gboolean
rd_amended_slot_follows_anchor (const Slot *slot,
                                const Slot *anchor)
{
  for (const Slot *s = slot; s != NULL; s = s->parent)
    if (s->parent == anchor || s->inserted_after == anchor)
      return TRUE;
  return FALSE;
}

guint
rd_amended_work_slot_position (Work *work,
                               const Slot *slot)
{
  for (guint i = 0; i < work->slots->len; i++)
    if (g_ptr_array_index (work->slots, i) == slot)
      return i;
  g_assert_not_reached ();
  return 0;
}

/* Static helpers: the amended document */

/* Whether the draft numbers its operative paragraphs 1, 2, 3 … in order,
 * which the amended text then does too. */
static gboolean
operative_numbers_run (RdDocument *draft,
                       guint *first)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (draft);
  guint expected = 0;

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      guint64 value;

      if (paragraph->kind != RD_PARAGRAPH_OPERATIVE)
        continue;
      if (paragraph->number == NULL || !g_ascii_string_to_unsigned (paragraph->number, 10, 1, RD_PARAGRAPH_NUMBER_MAX, &value, NULL))
        return FALSE;
      if (expected == 0)
        *first = (guint) value;
      else if (value != expected)
        return FALSE;
      expected = (guint) value + 1;
    }
  return expected > 0;
}

/* "(c)" → "c", "5." → "5" */
static char *
label_to_number (const char *label)
{
  const char *start = label[0] == '(' ? label + 1 : label;

  return g_strndup (start, strcspn (start, ")."));
}

/* "bis", "ter", …: the suffix of the @n-th (from 0) paragraph inserted
 * after one; past "decies" the last repeats (no amendment inserts ten
 * paragraphs in one place). */
static const char *
latin_suffix (guint n)
{
  static const char *const suffixes[] = {
    "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies",
    "novies", "decies"
  };

  return suffixes[MIN (n, G_N_ELEMENTS (suffixes) - 1)];
}

static const char *const romans[] = {
  "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
  "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"
};

/* "a" to "z": the sub-paragraphs one letter can label. */
#define LETTERS_IN_ALPHABET 26

/* The label of the @n-th (from 0) sub-paragraph in a run lettered like
 * @style ("a" or "i"), or NULL past what it can spell. */
static char *
sub_label (char style,
           guint n)
{
  if (style == 'i')
    return n < G_N_ELEMENTS (romans) ? g_strdup (romans[n]) : NULL;
  return n < LETTERS_IN_ALPHABET ? g_strdup_printf ("%c", 'a' + n) : NULL;
}

/* Whether the draft's sub-paragraphs of @parent run a, b, c … (or i, ii,
 * iii …) from the first: then they are lettered again. */
static char
run_style (RdDocument *draft,
           guint parent)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (draft);
  char style = 0;
  guint n = 0;

  for (guint i = parent + 1; i < paragraphs->len; i++)
    {
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      g_autofree char *expected = NULL;

      if (paragraph->kind != RD_PARAGRAPH_SUBPARAGRAPH || paragraph->parent != parent)
        continue;
      if (style == 0)
        style = g_strcmp0 (paragraph->number, "i") == 0 ? 'i' : 'a';
      expected = sub_label (style, n++);
      if (expected == NULL || g_strcmp0 (paragraph->number, expected) != 0)
        return 0;
    }
  return style;
}

/* Footnotes of the amended text: those of the draft still cited (or never
 * cited in its paragraphs, as the note on the sponsors), in the draft's
 * order, and those the amendments bring, where they are first cited;
 * numbered again when any came or went. */
static GPtrArray *
order_footnotes (Work *work,
                 GPtrArray *live)
{
  GPtrArray *kept = g_ptr_array_new ();
  g_autoptr (GPtrArray) brought = g_ptr_array_new ();
  gboolean changed = FALSE;

  for (guint i = 0; i < work->footnotes->len; i++)
    {
      Footnote *footnote = g_ptr_array_index (work->footnotes, i);

      footnote->cited = FALSE;
    }
  for (guint i = 0; i < live->len; i++)
    {
      Slot *slot = g_ptr_array_index (live, i);

      for (guint k = 0; k < slot->refs->len; k++)
        {
          Ref *ref = &g_array_index (slot->refs, Ref, k);

          if (!ref->footnote->cited)
            {
              ref->footnote->cited = TRUE;
              ref->footnote->first_slot = i;
              ref->footnote->first_offset = ref->offset;
            }
        }
    }

  for (guint i = 0; i < work->footnotes->len; i++)
    {
      Footnote *footnote = g_ptr_array_index (work->footnotes, i);

      if (footnote->origin == G_MAXUINT)
        {
          if (footnote->cited)
            {
              g_ptr_array_add (brought, footnote);
              changed = TRUE;
            }
          continue;
        }
      if (footnote->removed || (footnote->cited_in_draft && !footnote->cited))
        {
          changed = TRUE;
          continue;
        }
      g_ptr_array_add (kept, footnote);
    }

  for (guint b = 0; b < brought->len; b++)
    {
      Footnote *footnote = g_ptr_array_index (brought, b);
      guint position = kept->len;
      gboolean any_cited = FALSE;

      for (guint i = 0; i < kept->len; i++)
        {
          Footnote *other = g_ptr_array_index (kept, i);
          gboolean before;

          if (!other->cited)
            continue;
          before = other->first_slot < footnote->first_slot || (other->first_slot == footnote->first_slot && other->first_offset <= footnote->first_offset);
          if (before)
            position = i + 1;
          else if (!any_cited)
            position = i;
          any_cited = TRUE;
          if (!before)
            break;
        }
      g_ptr_array_insert (kept, (gint) position, footnote);
    }

  if (changed)
    {
      guint next = 0;

      for (guint i = 0; i < kept->len; i++)
        {
          Footnote *footnote = g_ptr_array_index (kept, i);
          guint64 value;

          if (footnote->origin != G_MAXUINT && g_ascii_string_to_unsigned (footnote->marker, 10, 0, G_MAXUINT, &value, NULL) && next == 0)
            next = (guint) value;
        }
      next = MAX (next, 1);
      for (guint i = 0; i < kept->len; i++)
        {
          Footnote *footnote = g_ptr_array_index (kept, i);

          if (footnote->origin == G_MAXUINT || g_ascii_string_to_unsigned (footnote->marker, 10, 0, G_MAXUINT, NULL, NULL))
            {
              g_free (footnote->marker);
              footnote->marker = g_strdup_printf ("%u", next++);
            }
        }
    }
  return kept;
}

static void
build_document (Work *work)
{
  RdAmendedDraft *self = work->self;
  RdDocument *draft = self->draft;
  GPtrArray *draft_paragraphs = rd_document_get_paragraphs (draft);
  g_autoptr (GPtrArray) live = g_ptr_array_new ();
  g_autoptr (GPtrArray) footnotes = NULL;
  g_autoptr (GHashTable) sub_counts = g_hash_table_new (NULL, NULL);
  guint first_number = 1;
  gboolean renumber = operative_numbers_run (draft, &first_number);
  guint next_number = first_number;
  g_autofree char *previous_number = NULL;
  guint inserted_after_previous = 0;

  self->document = rd_document_new (rd_document_get_file (draft), rd_document_get_format (draft));
  for (guint f = 0; f < RD_N_FIELDS; f++)
    rd_document_set_field (self->document, f, rd_document_get_field (draft, f));
  rd_document_set_field (self->document, RD_FIELD_TITLE, work->title);
  for (guint i = 0; i < rd_document_get_agenda_items (draft)->len; i++)
    rd_document_add_agenda_item (self->document, g_ptr_array_index (rd_document_get_agenda_items (draft), i));
  for (guint i = 0; i < rd_document_get_sponsors (draft)->len; i++)
    {
      const RdSponsor *sponsor = g_ptr_array_index (rd_document_get_sponsors (draft), i);
      rd_document_add_sponsor (self->document, sponsor->name, sponsor->state, sponsor->note);
    }

  for (guint i = 0; i < work->slots->len; i++)
    {
      Slot *slot = g_ptr_array_index (work->slots, i);

      if (!slot->deleted)
        {
          slot->out_index = live->len;
          g_ptr_array_add (live, slot);
        }
    }

  footnotes = order_footnotes (work, live);
  for (guint i = 0; i < footnotes->len; i++)
    {
      Footnote *footnote = g_ptr_array_index (footnotes, i);

      rd_document_add_footnote (self->document, footnote->marker, footnote->text);
      if (footnote->origin == G_MAXUINT || footnote->edited)
        g_ptr_array_add (self->new_footnotes, footnote->attributions != NULL ? copy_attributions (footnote->attributions) : NULL);
      else
        g_ptr_array_add (self->new_footnotes, NULL);
    }
  for (guint i = 0; i < work->footnotes->len; i++)
    {
      Footnote *footnote = g_ptr_array_index (work->footnotes, i);

      if (footnote->origin != G_MAXUINT && footnote->attributions != NULL)
        {
          g_clear_pointer (&g_ptr_array_index (self->old_footnotes, footnote->origin), g_array_unref);
          g_ptr_array_index (self->old_footnotes, footnote->origin) = copy_attributions (footnote->attributions);
        }
    }

  for (guint i = 0; i < live->len; i++)
    {
      Slot *slot = g_ptr_array_index (live, i);
      const RdParagraph *original = slot->origin != G_MAXUINT ? g_ptr_array_index (draft_paragraphs, slot->origin) : NULL;
      RdParagraph *paragraph = rd_paragraph_new (slot->kind, slot->text);

      paragraph->page = original != NULL ? original->page : slot->page;
      if (slot->kind == RD_PARAGRAPH_OPERATIVE && renumber)
        {
          paragraph->number = g_strdup_printf ("%u", next_number++);
          paragraph->number_label = g_strdup_printf ("%s.", paragraph->number);
        }
      else if (original != NULL)
        {
          paragraph->number = g_strdup (original->number);
          paragraph->number_label = g_strdup (original->number_label);
          if (slot->kind == RD_PARAGRAPH_OPERATIVE)
            {
              g_clear_pointer (&previous_number, g_free);
              previous_number = g_strdup (original->number);
              inserted_after_previous = 0;
            }
        }
      else if (slot->kind == RD_PARAGRAPH_OPERATIVE && previous_number != NULL)
        {
          /* The draft's numbers are kept when they do not run 1, 2, 3 …
           * (a number misread): a paragraph inserted after OP 3 is OP 3
           * bis, the next OP 3 ter, as delegates write them. */
          paragraph->number = g_strdup_printf ("%s %s", previous_number, latin_suffix (inserted_after_previous++));
          paragraph->number_label = g_strdup (paragraph->number);
        }
      else if (slot->label != NULL)
        {
          paragraph->number_label = g_strdup (slot->label);
          paragraph->number = label_to_number (slot->label);
        }

      if (slot->kind == RD_PARAGRAPH_SUBPARAGRAPH && slot->parent != NULL && !slot->parent->deleted)
        {
          char style = slot->parent->origin != G_MAXUINT ? run_style (draft, slot->parent->origin) : 'a';
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (sub_counts, slot->parent));
          g_autofree char *label = style != 0 ? sub_label (style, n) : NULL;

          paragraph->parent = slot->parent->out_index;
          g_hash_table_insert (sub_counts, slot->parent, GUINT_TO_POINTER (n + 1));
          if (label != NULL)
            {
              g_free (paragraph->number);
              g_free (paragraph->number_label);
              paragraph->number = g_steal_pointer (&label);
              paragraph->number_label = g_strdup_printf ("(%s)", paragraph->number);
            }
        }

      if (slot->kind == RD_PARAGRAPH_PREAMBULAR || slot->kind == RD_PARAGRAPH_OPERATIVE)
        {
          if (original != NULL && !slot->verb_edited)
            paragraph->verb = g_strdup (original->verb);
          else
            paragraph->verb = rd_lexicon_guess_verb (slot->text, slot->kind == RD_PARAGRAPH_OPERATIVE);
        }

      for (guint k = 0; k < slot->refs->len; k++)
        {
          const Ref *ref = &g_array_index (slot->refs, Ref, k);
          rd_paragraph_add_footnote_ref (paragraph, MIN (ref->offset, strlen (slot->text)), ref->footnote->marker);
        }
      rd_document_add_paragraph (self->document, paragraph);
      g_ptr_array_add (self->new_paragraphs, (slot->edited || slot->origin == G_MAXUINT) && slot->attributions != NULL ? copy_attributions (slot->attributions) : NULL);
    }

  for (guint i = 0; i < work->slots->len; i++)
    {
      Slot *slot = g_ptr_array_index (work->slots, i);

      if (slot->origin != G_MAXUINT && (slot->deleted || slot->edited) && slot->attributions != NULL)
        g_ptr_array_index (self->old_paragraphs, slot->origin) = copy_attributions (slot->attributions);
    }
  if (work->title_edited && work->title_attributions != NULL)
    self->title = copy_attributions (work->title_attributions);
}

static void
apply_all (RdAmendedDraft *self)
{
  Work work = { 0 };
  GPtrArray *paragraphs = rd_document_get_paragraphs (self->draft);
  GPtrArray *draft_footnotes = rd_document_get_footnotes (self->draft);
  g_autoptr (GHashTable) footnote_by_marker = g_hash_table_new (g_str_hash, g_str_equal);

  work.self = self;
  work.draft = self->draft;
  work.amendments = self->amendments;
  work.slots = g_ptr_array_new_with_free_func ((GDestroyNotify) slot_free);
  work.by_origin = g_new0 (Slot *, MAX (paragraphs->len, 1));
  work.footnotes = g_ptr_array_new_with_free_func ((GDestroyNotify) footnote_free);
  work.title = g_strdup (rd_document_get_title (self->draft) != NULL ? rd_document_get_title (self->draft) : "");

  for (guint i = 0; i < draft_footnotes->len; i++)
    {
      const RdFootnote *source = g_ptr_array_index (draft_footnotes, i);
      Footnote *footnote = g_new0 (Footnote, 1);

      footnote->marker = g_strdup (source->marker);
      footnote->text = g_strdup (source->text);
      footnote->origin = i;
      g_ptr_array_add (work.footnotes, footnote);
      if (!g_hash_table_contains (footnote_by_marker, source->marker))
        g_hash_table_insert (footnote_by_marker, source->marker, footnote);
    }

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      Slot *slot = rd_amended_slot_new (paragraph->kind, paragraph->text);

      slot->origin = i;
      slot->page = paragraph->page;
      if (paragraph->parent < i)
        slot->parent = work.by_origin[paragraph->parent];
      for (guint k = 0; k < paragraph->footnotes->len; k++)
        {
          const RdFootnoteRef *mark = &g_array_index (paragraph->footnotes, RdFootnoteRef, k);
          Ref ref = { mark->offset, g_hash_table_lookup (footnote_by_marker, mark->marker) };

          if (ref.footnote == NULL)
            continue;
          ref.footnote->cited_in_draft = TRUE;
          g_array_append_val (slot->refs, ref);
        }
      work.by_origin[i] = slot;
      g_ptr_array_add (work.slots, slot);
    }

  for (guint a = 0; a < self->amendments->len; a++)
    {
      RdAmendment *amendment = g_ptr_array_index (self->amendments, a);
      GPtrArray *instructions = rd_amendment_get_instructions (amendment);
      GArray *outcomes = g_ptr_array_index (self->outcomes, a);

      work.amendment = a;
      work.current = amendment;
      for (guint i = 0; i < instructions->len; i++)
        {
          work.instruction = i;
          rd_amended_work_apply_instruction (&work, g_ptr_array_index (instructions, i), &g_array_index (outcomes, RdInstructionOutcome, i));
        }
    }

  build_document (&work);

  g_ptr_array_unref (work.slots);
  g_free (work.by_origin);
  g_ptr_array_unref (work.footnotes);
  g_free (work.title);
  if (work.title_attributions != NULL)
    g_array_unref (work.title_attributions);
}

/* "A/80/L.9" before "A/80/L.10": figures compared as numbers. */
static int
compare_symbols (const char *a,
                 const char *b)
{
  if (a == NULL || b == NULL)
    return a == NULL ? (b == NULL ? 0 : 1) : -1;
  while (*a != '\0' && *b != '\0')
    {
      if (g_ascii_isdigit (*a) && g_ascii_isdigit (*b))
        {
          guint64 x = g_ascii_strtoull (a, (char **) &a, 10);
          guint64 y = g_ascii_strtoull (b, (char **) &b, 10);

          if (x != y)
            return x < y ? -1 : 1;
          continue;
        }
      if (*a != *b)
        return *a < *b ? -1 : 1;
      a++;
      b++;
    }
  return *a == *b ? 0 : (*a == '\0' ? -1 : 1);
}

static int
compare_amendments (gconstpointer a,
                    gconstpointer b)
{
  RdAmendment *x = *(RdAmendment **) a;
  RdAmendment *y = *(RdAmendment **) b;

  return compare_symbols (rd_amendment_get_symbol (x), rd_amendment_get_symbol (y));
}

static void
outcomes_clear (gpointer data)
{
  RdInstructionOutcome *outcome = data;

  g_free (outcome->problem);
}

static void
clear_array (gpointer data)
{
  if (data != NULL)
    g_array_unref (data);
}

/* GObject overrides */

static void
rd_amended_draft_dispose (GObject *object)
{
  RdAmendedDraft *self = RD_AMENDED_DRAFT (object);

  g_clear_object (&self->draft);
  g_clear_object (&self->document);
  g_clear_pointer (&self->amendments, g_ptr_array_unref);

  G_OBJECT_CLASS (rd_amended_draft_parent_class)->dispose (object);
}

static void
rd_amended_draft_finalize (GObject *object)
{
  RdAmendedDraft *self = RD_AMENDED_DRAFT (object);

  g_ptr_array_unref (self->outcomes);
  g_ptr_array_unref (self->warnings);
  g_ptr_array_unref (self->old_paragraphs);
  g_ptr_array_unref (self->new_paragraphs);
  g_ptr_array_unref (self->old_footnotes);
  g_ptr_array_unref (self->new_footnotes);
  g_clear_pointer (&self->title, g_array_unref);

  G_OBJECT_CLASS (rd_amended_draft_parent_class)->finalize (object);
}

static void
rd_amended_draft_class_init (RdAmendedDraftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rd_amended_draft_dispose;
  object_class->finalize = rd_amended_draft_finalize;
}

static void
rd_amended_draft_init (RdAmendedDraft *self)
{
  self->outcomes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  self->old_paragraphs = g_ptr_array_new_with_free_func (clear_array);
  self->new_paragraphs = g_ptr_array_new_with_free_func (clear_array);
  self->old_footnotes = g_ptr_array_new_with_free_func (clear_array);
  self->new_footnotes = g_ptr_array_new_with_free_func (clear_array);
}

/* Static helpers: the name */

/* "A/80/L.19, L.20": each symbol after the first without the part it
 * shares with the first up to its last slash, as the Assembly's own
 * documents list amendments; an amendment without a symbol by its file. */
static char *
describe_amendments (GPtrArray *amendments)
{
  GString *out = g_string_new (NULL);
  const char *first = NULL;
  gsize prefix = 0;

  for (guint a = 0; a < amendments->len; a++)
    {
      RdAmendment *amendment = g_ptr_array_index (amendments, a);
      const char *symbol = rd_amendment_get_symbol (amendment);
      g_autofree char *name = NULL;

      if (symbol != NULL)
        name = g_strdup (symbol);
      else if (rd_amendment_get_document (amendment) != NULL)
        name = rd_document_dup_display_name (rd_amendment_get_document (amendment));
      else
        name = g_strdup ("?");
      if (out->len > 0)
        g_string_append (out, ", ");
      if (first == NULL && symbol != NULL)
        {
          const char *slash = strrchr (symbol, '/');

          first = symbol;
          prefix = slash != NULL ? (gsize) (slash - symbol) + 1 : 0;
          g_string_append (out, name);
        }
      else if (symbol != NULL && prefix > 0 && strlen (symbol) > prefix && strncmp (symbol, first, prefix) == 0)
        g_string_append (out, symbol + prefix);
      else
        g_string_append (out, name);
    }
  return g_string_free (out, FALSE);
}

/* Names the amended document for every output: the draft's name "as
 * amended by" the amendments', so that the two sides of a comparison,
 * both of the draft's symbol, are told apart in titles and headers. */
static void
name_document (RdAmendedDraft *self)
{
  g_autofree char *draft = rd_document_dup_display_name (self->draft);
  g_autofree char *amendments = describe_amendments (self->amendments);
  g_autofree char *name = NULL;

  if (self->amendments->len == 0)
    return;
  /* TRANSLATORS: the name of a draft with its amendments applied, in
   * titles and headers: "A/80/L.18 as amended by A/80/L.19, L.20"; the
   * first %s is the draft's symbol, the second the amendments' */
  name = g_strdup_printf (_ ("%s as amended by %s"), draft, amendments);
  rd_document_set_display_name (self->document, name);
}

/* Public API */

RdAmendedDraft *
rd_amended_draft_new (RdDocument *draft,
                      GPtrArray *amendments)
{
  RdAmendedDraft *self;

  g_return_val_if_fail (RD_IS_DOCUMENT (draft), NULL);
  g_return_val_if_fail (amendments != NULL, NULL);

  self = g_object_new (RD_TYPE_AMENDED_DRAFT, NULL);
  self->draft = g_object_ref (draft);
  self->amendments = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint a = 0; a < amendments->len; a++)
    {
      RdAmendment *amendment = g_ptr_array_index (amendments, a);
      guint n = rd_amendment_get_instructions (amendment)->len;
      GArray *outcomes = g_array_sized_new (FALSE, TRUE, sizeof (RdInstructionOutcome), n);

      g_array_set_size (outcomes, n);
      g_array_set_clear_func (outcomes, outcomes_clear);
      g_ptr_array_add (self->amendments, g_object_ref (amendment));
      g_ptr_array_add (self->outcomes, outcomes);
    }
  g_ptr_array_set_size (self->old_paragraphs, (gint) rd_document_get_paragraphs (draft)->len);
  g_ptr_array_set_size (self->old_footnotes, (gint) rd_document_get_footnotes (draft)->len);

  apply_all (self);
  name_document (self);
  return self;
}

/* Whether amendment @i of @amendments is to @draft: to its symbol, or,
 * for a draft without one, to the draft the first amendment is to. */
static gboolean
is_to_draft (GPtrArray *amendments,
             guint i,
             RdDocument *draft,
             gboolean draft_unnamed)
{
  RdAmendment *amendment = g_ptr_array_index (amendments, i);

  if (draft == NULL)
    return FALSE;
  if (!draft_unnamed)
    return rd_amendment_amends_symbol (amendment, rd_document_get_symbol (draft));
  return i == 0 || rd_amendment_amends_symbol (amendment, rd_amendment_get_amends (g_ptr_array_index (amendments, 0)));
}

RdAmendedDraft *
rd_amended_draft_new_from_documents (RdDocument *const *documents,
                                     guint n_documents,
                                     GError **error)
{
  RdDocument *draft = NULL;
  g_autoptr (GPtrArray) amendments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) drafts = g_ptr_array_new ();
  RdAmendedDraft *self;
  gboolean draft_unnamed;

  g_return_val_if_fail (documents != NULL && n_documents > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; i < n_documents; i++)
    {
      if (rd_document_is_amendment (documents[i]))
        g_ptr_array_add (amendments, rd_amendment_new_from_document (documents[i]));
      else
        g_ptr_array_add (drafts, documents[i]);
    }

  if (amendments->len == 0)
    {
      RdDocument *last = g_ptr_array_index (drafts, drafts->len - 1);

      g_set_error (error, RD_AMENDMENT_ERROR, RD_AMENDMENT_ERROR_NO_AMENDMENT,
                   _ ("%s is not an amendment: give two versions to compare, or a draft and the amendments to it"),
                   rd_document_get_file (last));
      return NULL;
    }
  if (drafts->len > 1)
    {
      g_set_error (error, RD_AMENDMENT_ERROR, RD_AMENDMENT_ERROR_SEVERAL_DRAFTS,
                   _ ("%s and %s are both drafts: give one draft and the amendments to it"),
                   rd_document_get_file (g_ptr_array_index (drafts, 0)), rd_document_get_file (g_ptr_array_index (drafts, 1)));
      return NULL;
    }
  draft = drafts->len > 0 ? g_ptr_array_index (drafts, 0) : NULL;

  draft_unnamed = draft != NULL && rd_document_get_symbol (draft) == NULL;
  for (guint i = 0; i < amendments->len; i++)
    {
      RdAmendment *amendment = g_ptr_array_index (amendments, i);

      if (!is_to_draft (amendments, i, draft, draft_unnamed))
        {
          g_set_error (error, RD_AMENDMENT_ERROR, RD_AMENDMENT_ERROR_NO_DRAFT,
                       _ ("%s: this amendment is to %s, which is not among the files given"),
                       rd_document_get_file (rd_amendment_get_document (amendment)), rd_amendment_get_amends (amendment));
          return NULL;
        }
    }

  g_ptr_array_sort (amendments, compare_amendments);
  self = rd_amended_draft_new (draft, amendments);
  if (draft_unnamed)
    g_ptr_array_add (self->warnings, g_strdup_printf (_ ("%s prints no symbol: taken to be %s, which the amendments amend"),
                                                      rd_document_get_file (draft), rd_amendment_get_amends (g_ptr_array_index (amendments, 0))));
  return self;
}

RdDocument *
rd_amended_draft_get_draft (RdAmendedDraft *self)
{
  g_return_val_if_fail (RD_IS_AMENDED_DRAFT (self), NULL);
  return self->draft;
}

RdDocument *
rd_amended_draft_get_document (RdAmendedDraft *self)
{
  g_return_val_if_fail (RD_IS_AMENDED_DRAFT (self), NULL);
  return self->document;
}

GPtrArray *
rd_amended_draft_get_amendments (RdAmendedDraft *self)
{
  g_return_val_if_fail (RD_IS_AMENDED_DRAFT (self), NULL);
  return self->amendments;
}

const RdInstructionOutcome *
rd_amended_draft_get_outcome (RdAmendedDraft *self,
                              guint amendment,
                              guint instruction)
{
  GArray *outcomes;

  g_return_val_if_fail (RD_IS_AMENDED_DRAFT (self), NULL);
  g_return_val_if_fail (amendment < self->outcomes->len, NULL);

  outcomes = g_ptr_array_index (self->outcomes, amendment);
  g_return_val_if_fail (instruction < outcomes->len, NULL);
  return &g_array_index (outcomes, RdInstructionOutcome, instruction);
}

GPtrArray *
rd_amended_draft_get_warnings (RdAmendedDraft *self)
{
  g_return_val_if_fail (RD_IS_AMENDED_DRAFT (self), NULL);
  return self->warnings;
}

GArray *
rd_amended_draft_attribute_change (RdAmendedDraft *self,
                                   const RdChange *change)
{
  GArray *result = g_array_new (FALSE, FALSE, sizeof (RdAttribution));
  GPtrArray *old_side;
  GPtrArray *new_side;

  g_return_val_if_fail (RD_IS_AMENDED_DRAFT (self), result);
  g_return_val_if_fail (change != NULL, result);

  old_side = change->footnote ? self->old_footnotes : self->old_paragraphs;
  new_side = change->footnote ? self->new_footnotes : self->new_paragraphs;
  for (guint i = 0; i < change->old_items->len; i++)
    {
      guint index = g_array_index (change->old_items, guint, i);
      if (index < old_side->len)
        merge_attributions (result, g_ptr_array_index (old_side, index));
    }
  for (guint i = 0; i < change->new_items->len; i++)
    {
      guint index = g_array_index (change->new_items, guint, i);
      if (index < new_side->len)
        merge_attributions (result, g_ptr_array_index (new_side, index));
    }
  g_array_sort (result, compare_attributions);
  return result;
}

GArray *
rd_amended_draft_attribute_header (RdAmendedDraft *self,
                                   const RdHeaderChange *change)
{
  g_return_val_if_fail (RD_IS_AMENDED_DRAFT (self), NULL);
  g_return_val_if_fail (change != NULL, NULL);

  if (change->field == RD_FIELD_TITLE)
    {
      GArray *result = copy_attributions (self->title);
      g_array_sort (result, compare_attributions);
      return result;
    }
  return g_array_new (FALSE, FALSE, sizeof (RdAttribution));
}

char *
rd_amended_draft_describe_attributions (RdAmendedDraft *self,
                                        const GArray *attributions)
{
  GString *out = g_string_new (NULL);
  guint current = G_MAXUINT;

  g_return_val_if_fail (RD_IS_AMENDED_DRAFT (self), NULL);
  g_return_val_if_fail (attributions != NULL, NULL);

  for (guint i = 0; i < attributions->len; i++)
    {
      const RdAttribution *a = &g_array_index (attributions, RdAttribution, i);
      RdAmendment *amendment = g_ptr_array_index (self->amendments, a->amendment);
      const RdInstruction *instruction = g_ptr_array_index (rd_amendment_get_instructions (amendment), a->instruction);

      if (a->amendment != current)
        {
          const char *symbol = rd_amendment_get_symbol (amendment);

          g_string_append_printf (out, "%s%s: ", out->len > 0 ? "; " : "", symbol != NULL ? symbol : "?");
          current = a->amendment;
        }
      else
        g_string_append (out, ", ");
      g_string_append_printf (out, "%u", instruction->number);
    }
  return g_string_free (out, FALSE);
}
