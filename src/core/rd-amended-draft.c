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

#include "rd-amended-draft.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-lexicon.h"
#include "rd-parser.h"

/* Quotations in messages are cut to this many characters: enough to know
 * them, short enough for a message of one line. */
#define EXCERPT_LENGTH 60

/* An edit that starts within this many bytes of a paragraph's start may
 * change its leading verb ("Takes note" → "Welcomes"), which is then read
 * again; the longest verb phrases ("Expressing its deep concern") fit. */
#define VERB_REACH 40

/* Tidying a junction after an edit (a doubled space, a space before a
 * comma) looks this many bytes either side of it. */
#define TIDY_REACH 3

/* The struct */

typedef struct _Slot Slot;

typedef struct
{
  char *marker;
  char *text;
  guint origin;        /* index among the draft's footnotes, or
                        * G_MAXUINT when an amendment brought it */
  RdAmendment *source; /* that amendment (not owned), or NULL */
  gboolean removed;    /* deleted by an instruction */
  gboolean cited_in_draft;
  gboolean edited;
  GArray *attributions; /* RdAttribution */
  guint first_slot;     /* where it is first cited in the amended text */
  gsize first_offset;
  gboolean cited;
} Footnote;

typedef struct
{
  gsize offset;
  Footnote *footnote;
} Ref;

struct _Slot
{
  guint origin; /* index among the draft's paragraphs, or G_MAXUINT */
  RdParagraphKind kind;
  char *text;
  GArray *refs; /* Ref, by offset */
  Slot *parent;
  Slot *inserted_after;
  gboolean deleted;
  gboolean edited;
  gboolean verb_edited; /* changed where its leading verb stands */
  char *label;          /* an inserted paragraph's own label, "(c)" */
  int page;
  GArray *attributions; /* RdAttribution */
  guint out_index;
};

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

/* The work of applying: slots, footnotes and the title as edited. */
typedef struct
{
  RdAmendedDraft *self;
  GPtrArray *slots;     /* Slot, reading order, deleted ones kept */
  Slot **by_origin;     /* draft paragraph index → slot */
  GPtrArray *footnotes; /* Footnote */
  char *title;
  gboolean title_edited;
  GArray *title_attributions;
  guint amendment; /* the instruction being applied */
  guint instruction;
  RdAmendment *current;
} Work;

typedef enum
{
  UNIT_TITLE,
  UNIT_SLOT,
  UNIT_FOOTNOTE,
} UnitKind;

/* A text an instruction edits: the title, a paragraph or a footnote. */
typedef struct
{
  UnitKind kind;
  Slot *slot;
  Footnote *footnote;
} Unit;

G_DEFINE_QUARK (rd - amendment - error - quark, rd_amendment_error)

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

static void
attribute_current (Work *work,
                   GArray **list)
{
  attribute (list, work->amendment, work->instruction);
}

/* The earliest instruction of the amendment being applied that changed
 * the text @list belongs to, as its number; 0 when none did. */
static guint
earlier_of_current (Work *work,
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

/* Static helpers: folding text for search */

/* A text with typographic differences set aside, and for each of its
 * bytes the span of the original character it stands for. */
typedef struct
{
  GString *text;
  GArray *starts; /* gsize */
  GArray *ends;   /* gsize */
} Folded;

static gboolean
is_invisible (gunichar c)
{
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

static gunichar
fold_char (gunichar c)
{
  switch (c)
    {
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    default:
      break;
    }
  if (g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR)
    return ' ';
  return c;
}

static void
folded_pop (Folded *folded)
{
  g_string_truncate (folded->text, folded->text->len - 1);
  g_array_set_size (folded->starts, folded->text->len);
  g_array_set_size (folded->ends, folded->text->len);
}

static void
folded_init (Folded *folded,
             const char *text,
             gboolean caseless)
{
  folded->text = g_string_new (NULL);
  folded->starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  folded->ends = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize start = p - text;
      gsize end = g_utf8_next_char (p) - text;
      gsize before = folded->text->len;
      char last = before > 0 ? folded->text->str[before - 1] : '\0';

      if (is_invisible (c))
        continue;
      c = fold_char (c);
      if (c == ' ')
        {
          /* No space at the start, doubled, or beside a dash: "neo -Nazism"
           * is "neo-Nazism". */
          if (before == 0 || last == ' ' || last == '-')
            continue;
        }
      else if (c == '-' && last == ' ')
        folded_pop (folded);
      else if (caseless)
        c = g_unichar_tolower (c);

      before = folded->text->len;
      g_string_append_unichar (folded->text, c);
      for (gsize i = before; i < folded->text->len; i++)
        {
          g_array_append_val (folded->starts, start);
          g_array_append_val (folded->ends, end);
        }
    }
  if (folded->text->len > 0 && folded->text->str[folded->text->len - 1] == ' ')
    folded_pop (folded);
}

static void
folded_clear (Folded *folded)
{
  g_string_free (folded->text, TRUE);
  g_array_unref (folded->starts);
  g_array_unref (folded->ends);
}

static gboolean
is_word_char_at (const char *text,
                 gsize offset)
{
  return g_unichar_isalnum (g_utf8_get_char (text + offset));
}

/* Where @needle first stands in @text at or after byte @from, as a span of
 * @text; whole words only when the needle starts or ends with a letter or
 * figure.  Letter case counts unless @caseless. */
static gboolean
find_from (const char *text,
           const char *needle,
           gsize from,
           gboolean caseless,
           gsize *start,
           gsize *end)
{
  Folded hay;
  Folded pin;
  gboolean found = FALSE;
  const char *p;

  folded_init (&pin, needle, caseless);
  if (pin.text->len == 0)
    {
      folded_clear (&pin);
      return FALSE;
    }
  folded_init (&hay, text, caseless);

  p = hay.text->str;
  while ((p = strstr (p, pin.text->str)) != NULL)
    {
      gsize i = p - hay.text->str;
      gsize j = i + pin.text->len;
      gsize s = g_array_index (hay.starts, gsize, i);
      gsize e = g_array_index (hay.ends, gsize, j - 1);
      gboolean starts_word = g_unichar_isalnum (g_utf8_get_char (pin.text->str));
      gboolean ends_word = g_unichar_isalnum (g_utf8_get_char (g_utf8_find_prev_char (pin.text->str, pin.text->str + pin.text->len)));

      p++;
      if (s < from)
        continue;
      if (starts_word && s > 0 && is_word_char_at (text, g_utf8_find_prev_char (text, text + s) - text))
        continue;
      if (ends_word && text[e] != '\0' && is_word_char_at (text, e))
        continue;
      *start = s;
      *end = e;
      found = TRUE;
      break;
    }
  folded_clear (&hay);
  folded_clear (&pin);
  return found;
}

/* Every place @needle stands in @text, exactly as to letter case
 * (@caseless FALSE) or not. */
static GArray *
find_all (const char *text,
          const char *needle,
          gboolean caseless)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize from = 0;
  gsize start, end;

  while (find_from (text, needle, from, caseless, &start, &end))
    {
      g_array_append_val (spans, start);
      g_array_append_val (spans, end);
      from = end;
    }
  return spans;
}

/* Where a quotation stands: exactly, else whatever the letter case. */
static GArray *
find_quote (const char *text,
            const char *needle)
{
  GArray *spans = find_all (text, needle, FALSE);

  if (spans->len == 0)
    {
      g_array_unref (spans);
      spans = find_all (text, needle, TRUE);
    }
  return spans;
}

static gboolean
contains (const char *text,
          const char *needle)
{
  g_autoptr (GArray) spans = NULL;

  if (text == NULL || needle == NULL)
    return FALSE;
  spans = find_quote (text, needle);
  return spans->len > 0;
}

/* Whether two paragraphs read the same, typography and a final stop or
 * comma aside. */
static gboolean
same_paragraph (const char *a,
                const char *b)
{
  Folded x, y;
  gboolean same;
  gsize nx, ny;

  folded_init (&x, a, TRUE);
  folded_init (&y, b, TRUE);
  nx = x.text->len;
  ny = y.text->len;
  while (nx > 0 && strchr (".,;:", x.text->str[nx - 1]) != NULL)
    nx--;
  while (ny > 0 && strchr (".,;:", y.text->str[ny - 1]) != NULL)
    ny--;
  same = nx == ny && memcmp (x.text->str, y.text->str, nx) == 0;
  folded_clear (&x);
  folded_clear (&y);
  return same;
}

static char *
excerpt (const char *text)
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

static Slot *
slot_new (RdParagraphKind kind,
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
  attribute_current (work, &footnote->attributions);
  g_ptr_array_add (work->footnotes, footnote);
  return footnote;
}

static void
add_quote_refs (Work *work,
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
static void
drop_ref (Work *work,
          const Ref *ref)
{
  attribute_current (work, &ref->footnote->attributions);
}

/* Whether @slot belongs after @anchor: one of its sub-paragraphs, or a
 * paragraph inserted after it (with theirs). */
static gboolean
follows_anchor (const Slot *slot,
                const Slot *anchor)
{
  for (const Slot *s = slot; s != NULL; s = s->parent)
    if (s->parent == anchor || s->inserted_after == anchor)
      return TRUE;
  return FALSE;
}

static guint
slot_position (Work *work,
               const Slot *slot)
{
  for (guint i = 0; i < work->slots->len; i++)
    if (g_ptr_array_index (work->slots, i) == slot)
      return i;
  g_assert_not_reached ();
  return 0;
}

/* Static helpers: units */

static char **
unit_text (Work *work,
           const Unit *unit)
{
  switch (unit->kind)
    {
    case UNIT_TITLE:
      return &work->title;
    case UNIT_FOOTNOTE:
      return &unit->footnote->text;
    case UNIT_SLOT:
    default:
      return &unit->slot->text;
    }
}

static GArray **
unit_attributions (Work *work,
                   const Unit *unit)
{
  switch (unit->kind)
    {
    case UNIT_TITLE:
      return &work->title_attributions;
    case UNIT_FOOTNOTE:
      return &unit->footnote->attributions;
    case UNIT_SLOT:
    default:
      return &unit->slot->attributions;
    }
}

/* The text as the draft has it; NULL for what an amendment brought. */
static const char *
unit_original (Work *work,
               const Unit *unit)
{
  switch (unit->kind)
    {
    case UNIT_TITLE:
      return rd_document_get_title (work->self->draft);
    case UNIT_FOOTNOTE:
      if (unit->footnote->origin == G_MAXUINT)
        return NULL;
      return ((RdFootnote *) g_ptr_array_index (rd_document_get_footnotes (work->self->draft), unit->footnote->origin))->text;
    case UNIT_SLOT:
    default:
      if (unit->slot->origin == G_MAXUINT)
        return NULL;
      return ((RdParagraph *) g_ptr_array_index (rd_document_get_paragraphs (work->self->draft), unit->slot->origin))->text;
    }
}

static void
unit_mark_edited (Work *work,
                  const Unit *unit,
                  gsize at)
{
  switch (unit->kind)
    {
    case UNIT_TITLE:
      work->title_edited = TRUE;
      break;
    case UNIT_FOOTNOTE:
      unit->footnote->edited = TRUE;
      break;
    case UNIT_SLOT:
    default:
      unit->slot->edited = TRUE;
      /* An edit in the first words may change the leading verb. */
      if (at < VERB_REACH)
        unit->slot->verb_edited = TRUE;
      break;
    }
  attribute_current (work, unit_attributions (work, unit));
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
      return rd_document_describe_paragraph (work->self->draft, unit->slot->origin);
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
  for (guint round = 0; round < 4 * TIDY_REACH; round++)
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
            drop_ref (work, &ref);
          else
            {
              ref.offset = ref.offset - end + start + inserted;
              g_array_append_val (kept, ref);
            }
        }
      g_array_set_size (refs, 0);
      g_array_append_vals (refs, kept->data, kept->len);
      add_quote_refs (work, refs, quote, start + shift);
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
  GPtrArray *paragraphs = rd_document_get_paragraphs (work->self->draft);
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
  GPtrArray *paragraphs = rd_document_get_paragraphs (work->self->draft);

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
      guint count = rd_document_count_paragraphs (work->self->draft, kind);

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
  RdAmendment *amendment = g_ptr_array_index (work->self->amendments, attribution->amendment);
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
  guint earlier = earlier_of_current (work, slot->attributions);
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

/* "“…” is not in OP 8", with where it is when elsewhere. */
static char *
not_found_problem (Work *work,
                   const char *quoted,
                   GArray *units)
{
  g_autofree char *short_quote = excerpt (quoted);
  g_autofree char *where = unit_describe (work, &g_array_index (units, Unit, 0));

  for (guint i = 0; i < work->slots->len; i++)
    {
      Slot *slot = g_ptr_array_index (work->slots, i);
      Unit unit = { UNIT_SLOT, slot, NULL };

      if (slot->deleted || !contains (slot->text, quoted))
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

      if (original == NULL || !contains (original, old_text))
        continue;
      if (new_text != NULL && !contains (now, new_text))
        continue;
      earlier = earlier_of_current (work, *unit_attributions (work, unit));
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
  attribute_current (work, &slot->attributions);
  for (guint i = 0; i < slot->refs->len; i++)
    drop_ref (work, &g_array_index (slot->refs, Ref, i));
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
  guint position = slot_position (work, slot);

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
          outcome->satisfied_by = earlier_of_current (work, footnote->attributions);
          if (outcome->satisfied_by == 0)
            outcome->problem = g_strdup_printf (_ ("footnote %s was deleted"), footnote->marker);
          return;
        }
      footnote->removed = TRUE;
      attribute_current (work, &footnote->attributions);
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

  units = resolve_units (work, &instruction->target, &problem);
  if (units == NULL)
    {
      outcome->problem = problem;
      return;
    }

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

          if (same_paragraph (u->slot->text, q->text) || (unit_original (work, u) != NULL && same_paragraph (unit_original (work, u), q->text)))
            continue;
          for (guint k = 0; k < work->slots->len; k++)
            {
              Slot *other = g_ptr_array_index (work->slots, k);
              Unit other_unit = { UNIT_SLOT, other, NULL };

              if (other != u->slot && same_paragraph (other->text, q->text))
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
  Slot *slot = slot_new (labelled && main != NULL ? RD_PARAGRAPH_SUBPARAGRAPH : kind, quote->text);

  slot->label = g_strdup (quote->label);
  slot->page = anchor != NULL ? anchor->page : 0;
  add_quote_refs (work, slot->refs, quote, 0);
  attribute_current (work, &slot->attributions);
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

  position = slot_position (work, anchor);
  if (instruction->place == RD_PLACE_AFTER)
    {
      position++;
      while (position < work->slots->len && follows_anchor (g_ptr_array_index (work->slots, position), anchor))
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

          if (slot->origin != G_MAXUINT || slot->deleted || !same_paragraph (slot->text, first->text))
            continue;
          earlier = earlier_of_current (work, slot->attributions);
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
  char *problem = NULL;
  const RdQuote *first;
  const Unit *unit;
  guint position;

  if (instruction->paragraphs->len == 0)
    {
      outcome->problem = g_strdup (_ ("the paragraphs to put in are missing"));
      return;
    }
  first = g_ptr_array_index (instruction->paragraphs, 0);

  units = resolve_units (work, &instruction->target, &problem);
  if (units == NULL)
    {
      outcome->problem = problem;
      return;
    }
  unit = &g_array_index (units, Unit, 0);
  for (guint i = 0; i < units->len; i++)
    if (g_array_index (units, Unit, i).kind == UNIT_SLOT && g_array_index (units, Unit, i).slot->deleted)
      {
        unit = &g_array_index (units, Unit, i);
        break;
      }
  if (unit->kind == UNIT_SLOT && unit->slot->deleted)
    {
      already_deleted (work, unit->slot, outcome);
      if (outcome->satisfied_by > 0)
        {
          /* Deleted by the same amendment: replacing it is no longer
           * possible, which is a problem, not a change already made. */
          g_autofree char *where = unit_describe (work, unit);
          outcome->satisfied_by = 0;
          outcome->problem = g_strdup_printf (_ ("%s was deleted by an earlier instruction"), where);
        }
      return;
    }
  if (same_paragraph (*unit_text (work, unit), first->text) && instruction->paragraphs->len == 1)
    {
      outcome->satisfied_by = earlier_of_current (work, *unit_attributions (work, unit));
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

      for (guint k = slot_position (work, main) + 1; k < work->slots->len && is_below (g_ptr_array_index (work->slots, k), main); k++)
        {
          Slot *child = g_ptr_array_index (work->slots, k);
          if (!child->deleted)
            delete_slot (work, child);
        }
      for (guint i = 0; i < main->refs->len; i++)
        drop_ref (work, &g_array_index (main->refs, Ref, i));
      g_array_set_size (main->refs, 0);
      unit_replace (work, unit, 0, strlen (main->text), first->text, first, 0);

      /* More paragraphs than one take its place: the others follow, as
       * its sub-paragraphs when labelled "(a)". */
      position = slot_position (work, main) + 1;
      while (position < work->slots->len && follows_anchor (g_ptr_array_index (work->slots, position), unit->slot))
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
  char *problem = NULL;
  gboolean replace = instruction->action == RD_INSTRUCTION_REPLACE;

  units = resolve_units (work, &instruction->target, &problem);
  if (units == NULL)
    {
      outcome->problem = problem;
      return;
    }
  for (guint i = 0; i < units->len; i++)
    {
      const Unit *unit = &g_array_index (units, Unit, i);

      if (unit->kind == UNIT_SLOT && unit->slot->deleted)
        {
          already_deleted (work, unit->slot, outcome);
          if (outcome->satisfied_by > 0)
            {
              g_autofree char *where = unit_describe (work, unit);
              outcome->satisfied_by = 0;
              outcome->problem = g_strdup_printf (_ ("%s was deleted by an earlier instruction"), where);
            }
          return;
        }
    }

  for (guint q = 0; q < instruction->old_texts->len; q++)
    {
      const RdQuote *old_text = g_ptr_array_index (instruction->old_texts, q);
      gboolean done = FALSE;

      for (guint i = 0; i < units->len && !done; i++)
        {
          const Unit *unit = &g_array_index (units, Unit, i);
          g_autoptr (GArray) spans = find_quote (*unit_text (work, unit), old_text->text);
          gsize start, end;

          if (spans->len == 0)
            continue;
          start = g_array_index (spans, gsize, 0);
          end = g_array_index (spans, gsize, 1);
          if (spans->len > 2 && outcome->problem == NULL)
            {
              g_autofree char *short_quote = excerpt (old_text->text);
              g_autofree char *where = unit_describe (work, unit);
              g_autofree char *times = g_strdup_printf ("%u", spans->len / 2);

              /* TRANSLATORS: “quoted words” occurs 2 times in OP 5; the first was changed */
              outcome->problem = g_strdup_printf (_ ("“%s” occurs %s times in %s; the first was changed"), short_quote, times, where);
            }
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
  char *problem = NULL;
  const Unit *unit;
  const char *text;
  gsize at;

  units = resolve_units (work, &instruction->target, &problem);
  if (units == NULL)
    {
      outcome->problem = problem;
      return;
    }
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
      g_autoptr (GArray) spans = find_quote (text, instruction->anchor->text);
      gsize end_of_anchor;
      gsize start, end;

      if (spans->len == 0)
        {
          outcome->problem = not_found_problem (work, instruction->anchor->text, units);
          return;
        }
      if (spans->len > 2)
        {
          g_autofree char *short_quote = excerpt (instruction->anchor->text);
          g_autofree char *where = unit_describe (work, unit);
          g_autofree char *times = g_strdup_printf ("%u", spans->len / 2);

          outcome->problem = g_strdup_printf (_ ("“%s” occurs %s times in %s; the first was changed"), short_quote, times, where);
        }
      at = g_array_index (spans, gsize, instruction->place == RD_PLACE_BEFORE ? 0 : 1);
      end_of_anchor = g_array_index (spans, gsize, 1);

      /* The words already stand there: an earlier instruction of the
       * same amendment put them in. */
      if (instruction->place != RD_PLACE_BEFORE && find_from (text, instruction->new_text->text, end_of_anchor, TRUE, &start, &end) && start <= end_of_anchor + 2)
        {
          guint earlier = earlier_of_current (work, *unit_attributions (work, unit));

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
  char *problem = NULL;
  const RdQuote *old_text;
  const RdQuote *new_text = instruction->new_text;
  gboolean replace = instruction->action == RD_INSTRUCTION_REPLACE_THROUGHOUT;
  guint total = 0;

  units = resolve_units (work, &instruction->target, &problem);
  if (units == NULL)
    {
      outcome->problem = problem;
      return;
    }
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
      while (find_from (*unit_text (work, unit), old_text->text, from, FALSE, &start, &end))
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
    g_autofree char *short_quote = excerpt (old_text->text);
    g_autofree char *where = rd_target_describe (&instruction->target);

    /* TRANSLATORS: “quoted words” does not occur in: title, PPs, OPs */
    outcome->problem = g_strdup_printf (_ ("“%s” does not occur in: %s"), short_quote, where);
  }
}

static void
apply_instruction (Work *work,
                   const RdInstruction *instruction,
                   RdInstructionOutcome *outcome)
{
  if (instruction->problem != NULL)
    {
      outcome->problem = g_strdup (instruction->problem);
      return;
    }

  switch (instruction->action)
    {
    case RD_INSTRUCTION_DELETE:
      if (instruction->whole)
        apply_delete_paragraphs (work, instruction, outcome);
      else
        apply_words (work, instruction, outcome);
      break;
    case RD_INSTRUCTION_REPLACE:
      if (instruction->whole)
        apply_replace_whole (work, instruction, outcome);
      else
        apply_words (work, instruction, outcome);
      break;
    case RD_INSTRUCTION_INSERT:
      if (instruction->whole)
        apply_insert_paragraphs (work, instruction, outcome);
      else
        apply_insert_words (work, instruction, outcome);
      break;
    case RD_INSTRUCTION_DELETE_THROUGHOUT:
    case RD_INSTRUCTION_REPLACE_THROUGHOUT:
      apply_throughout (work, instruction, outcome);
      break;
    case RD_INSTRUCTION_RENUMBER:
      /* The amended text is numbered again anyway. */
      outcome->applied = TRUE;
      break;
    case RD_INSTRUCTION_UNKNOWN:
    default:
      outcome->problem = g_strdup (_ ("this instruction was not understood"));
      break;
    }
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
      if (paragraph->number == NULL || !g_ascii_string_to_unsigned (paragraph->number, 10, 1, 9999, &value, NULL))
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

/* The label of the @n-th (from 0) sub-paragraph in a run lettered like
 * @style ("a" or "i"), or NULL past what it can spell. */
static char *
sub_label (char style,
           guint n)
{
  if (style == 'i')
    return n < G_N_ELEMENTS (romans) ? g_strdup (romans[n]) : NULL;
  return n < 26 ? g_strdup_printf ("%c", 'a' + n) : NULL;
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
      Slot *slot = slot_new (paragraph->kind, paragraph->text);

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
          apply_instruction (&work, g_ptr_array_index (instructions, i), &g_array_index (outcomes, RdInstructionOutcome, i));
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
  return self;
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

      if (draft == NULL || (!draft_unnamed && !rd_amendment_amends_symbol (amendment, rd_document_get_symbol (draft))))
        {
          g_set_error (error, RD_AMENDMENT_ERROR, RD_AMENDMENT_ERROR_NO_DRAFT,
                       _ ("%s: this amendment is to %s, which is not among the files given"),
                       rd_document_get_file (rd_amendment_get_document (amendment)), rd_amendment_get_amends (amendment));
          return NULL;
        }
      if (draft_unnamed && i > 0 && !rd_amendment_amends_symbol (amendment, rd_amendment_get_amends (g_ptr_array_index (amendments, 0))))
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
