/* rd-comparison.c: what changed between two versions of a resolution
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One class: header, sponsors, paragraphs, footnotes refitted through the
 * paragraphs that cite them, and the statistics all fill the one
 * RdComparison's private state, in an order the later steps depend on.
 * The alignment (rd-align.c), the word diff (rd-diff.c), the footnote
 * citations (rd-citations.c) and the changes described in words
 * (rd-comparison-describe.c) are apart.
 */

#include "config.h"

#include "rd-comparison.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-align.h"
#include "rd-citations.h"
#include "rd-block.h"
#include "rd-routine.h"
#include "rd-states.h"
#include "rd-tokenize.h"

struct _RdComparison
{
  GObject parent_instance;

  RdDocument *old_document;
  RdDocument *new_document;
  RdCompareOptions options;

  GPtrArray *header_changes;   /* RdHeaderChange * */
  GPtrArray *sponsors_added;   /* RdSponsor *, not owned */
  GPtrArray *sponsors_removed; /* RdSponsor *, not owned */
  GPtrArray *sponsors_kept;    /* RdSponsor *, not owned */
  GPtrArray *changes;          /* RdChange * */
  GPtrArray *footnote_changes; /* RdChange * */
  RdComparisonStats stats;
  GPtrArray *warnings;  /* char * */
  gboolean coarse_diff; /* a diff ran out of budget */
};

G_DEFINE_FINAL_TYPE (RdComparison, rd_comparison, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_OLD_DOCUMENT,
  PROP_NEW_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Changes */

static RdChange *
change_new (RdChangeType type,
            gboolean footnote)
{
  RdChange *change = g_new0 (RdChange, 1);

  change->type = type;
  change->footnote = footnote;
  change->old_items = g_array_new (FALSE, FALSE, sizeof (guint));
  change->new_items = g_array_new (FALSE, FALSE, sizeof (guint));
  change->origin = G_MAXUINT;
  return change;
}

static void
change_free (RdChange *change)
{
  g_array_unref (change->old_items);
  g_array_unref (change->new_items);
  g_clear_pointer (&change->diff, rd_diff_free);
  g_clear_pointer (&change->parts, g_ptr_array_unref);
  g_free (change);
}

static void
header_change_free (RdHeaderChange *change)
{
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change);
}

RdStrength
rd_change_get_strength (const RdChange *change)
{
  if (change->verb_changed && change->verb_strength != RD_STRENGTH_UNKNOWN && change->verb_strength != RD_STRENGTH_SAME)
    return change->verb_strength;
  if (change->wording_strength != RD_STRENGTH_UNKNOWN)
    return change->wording_strength;
  return change->verb_changed ? change->verb_strength : RD_STRENGTH_UNKNOWN;
}

gboolean
rd_change_is_difference (const RdChange *change)
{
  return change->type != RD_CHANGE_UNCHANGED;
}

gboolean
rd_change_get_one_to_one (const RdChange *change,
                          guint *old_index,
                          guint *new_index)
{
  if (change->old_items->len != 1 || change->new_items->len != 1)
    return FALSE;
  *old_index = g_array_index (change->old_items, guint, 0);
  *new_index = g_array_index (change->new_items, guint, 0);
  return TRUE;
}

/* Header */

static gboolean
same_value (const char *a,
            const char *b,
            RdDiffFlags flags)
{
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;

  if (a == NULL || b == NULL)
    return a == b;
  x = rd_text_fold_whitespace (a, NULL);
  y = rd_text_fold_whitespace (b, NULL);
  if (flags & RD_DIFF_IGNORE_CASE)
    {
      g_autofree char *fx = g_utf8_casefold (x, -1);
      g_autofree char *fy = g_utf8_casefold (y, -1);
      return strcmp (fx, fy) == 0;
    }
  return strcmp (x, y) == 0;
}

static void
add_header_change (RdComparison *self,
                   RdField field,
                   const char *name,
                   const char *old_value,
                   const char *new_value)
{
  RdHeaderChange *change;

  if (same_value (old_value, new_value, self->options.flags))
    return;
  change = g_new0 (RdHeaderChange, 1);
  change->field = field;
  change->name = name;
  change->old_value = g_strdup (old_value);
  change->new_value = g_strdup (new_value);
  g_ptr_array_add (self->header_changes, change);
}

static char *
join_agenda_items (RdDocument *document)
{
  GPtrArray *items = rd_document_get_agenda_items (document);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, g_ptr_array_index (items, i));
    }
  return items->len > 0 ? g_strdup (out->str) : NULL;
}

static void
compare_header (RdComparison *self)
{
  static const RdField fields[] = {
    RD_FIELD_SYMBOL,
    RD_FIELD_DOCUMENT_TYPE,
    RD_FIELD_DATE,
    RD_FIELD_DISTRIBUTION,
  };
  /* Who submitted the text and, for adopted texts, when, where and on
   * which report: a draft → adopted comparison shows the adoption. */
  static const RdField later_fields[] = {
    RD_FIELD_TITLE,
    RD_FIELD_FORMULA,
    RD_FIELD_SUBMITTED_BY,
    RD_FIELD_BASED_ON,
    RD_FIELD_ADOPTION_DATE,
    RD_FIELD_RESOLUTION_NUMBER,
    RD_FIELD_REPORT,
    RD_FIELD_MEETING,
    /* The Digital Library's record, for documents fetched by symbol. */
    RD_FIELD_RECORD_TITLE,
    RD_FIELD_RECORD_DATE,
    RD_FIELD_VOTE,
    RD_FIELD_RECORD_AGENDA,
  };
  g_autofree char *old_items = join_agenda_items (self->old_document);
  g_autofree char *new_items = join_agenda_items (self->new_document);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    add_header_change (self, fields[i], rd_field_to_string (fields[i]),
                       rd_document_get_field (self->old_document, fields[i]),
                       rd_document_get_field (self->new_document, fields[i]));
  add_header_change (self, RD_N_FIELDS, "agenda_items", old_items, new_items);
  for (guint i = 0; i < G_N_ELEMENTS (later_fields); i++)
    add_header_change (self, later_fields[i], rd_field_to_string (later_fields[i]),
                       rd_document_get_field (self->old_document, later_fields[i]),
                       rd_document_get_field (self->new_document, later_fields[i]));
}

/* Sponsors */

/* Sponsors are the same when they denote the same State: a renamed State,
 * a typographic apostrophe or a change of case is no change. */
static char *
sponsor_identity (const RdSponsor *sponsor)
{
  if (sponsor->state != NULL)
    return g_strdup (sponsor->state);
  return rd_states_normalize (sponsor->name);
}

static void
compare_sponsors (RdComparison *self)
{
  GPtrArray *old_sponsors = rd_document_get_sponsors (self->old_document);
  GPtrArray *new_sponsors = rd_document_get_sponsors (self->new_document);
  g_autoptr (GHashTable) in_old = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) in_new = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* An adopted resolution or a Chair's text lists no sponsors: against a
   * draft that lists them, nobody joined or left. */
  if (!rd_comparison_get_sponsors_listed (self, FALSE) || !rd_comparison_get_sponsors_listed (self, TRUE))
    return;
  for (guint i = 0; i < old_sponsors->len; i++)
    g_hash_table_add (in_old, sponsor_identity (g_ptr_array_index (old_sponsors, i)));
  for (guint i = 0; i < new_sponsors->len; i++)
    {
      RdSponsor *sponsor = g_ptr_array_index (new_sponsors, i);
      g_autofree char *identity = sponsor_identity (sponsor);

      if (g_hash_table_contains (in_new, identity))
        continue; /* named twice: once is enough */
      g_ptr_array_add (g_hash_table_contains (in_old, identity) ? self->sponsors_kept : self->sponsors_added, sponsor);
      g_hash_table_add (in_new, g_steal_pointer (&identity));
    }
  for (guint i = 0; i < old_sponsors->len; i++)
    {
      RdSponsor *sponsor = g_ptr_array_index (old_sponsors, i);
      g_autofree char *identity = sponsor_identity (sponsor);

      if (!g_hash_table_contains (in_new, identity))
        {
          g_ptr_array_add (self->sponsors_removed, sponsor);
          g_hash_table_add (in_new, g_steal_pointer (&identity));
        }
    }
}

/* Paragraphs */

static guint
count_words (const char *text)
{
  g_autoptr (GArray) tokens = rd_tokenize (text, RD_DIFF_FLAGS_NONE);
  guint words = 0;

  for (guint i = 0; i < tokens->len; i++)
    if (g_array_index (tokens, RdToken, i).kind != RD_TOKEN_PUNCT)
      words++;
  return words;
}

static const char *
item_text (GPtrArray *items,
           guint index,
           gboolean footnotes)
{
  return footnotes ? ((RdFootnote *) g_ptr_array_index (items, index))->text
                   : ((RdParagraph *) g_ptr_array_index (items, index))->text;
}

static char *
join_texts (GPtrArray *items,
            const GArray *indices,
            gboolean footnotes)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < indices->len; i++)
    {
      guint index = g_array_index (indices, guint, i);
      const char *text = footnotes ? ((RdFootnote *) g_ptr_array_index (items, index))->text
                                   : ((RdParagraph *) g_ptr_array_index (items, index))->text;

      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, text);
    }
  return g_string_free (out, FALSE);
}

static RdDiffSegment *
segment_new (RdDiffOp op,
             const char *text,
             gsize length,
             const char *old_text,
             gsize old_length)
{
  RdDiffSegment *segment = g_new0 (RdDiffSegment, 1);

  segment->op = op;
  segment->text = g_strndup (text, length);
  if (old_text != NULL)
    segment->old_text = g_strndup (old_text, old_length);
  return segment;
}

static void
segment_free (RdDiffSegment *segment)
{
  g_free (segment->text);
  g_free (segment->old_text);
  g_free (segment);
}

/* The diff of an unchanged paragraph: one segment, in the same block as
 * the diff (rd_diff_free () frees both; the segments array frees
 * nothing), which borrows its text from the new document (the comparison
 * holds it, and a paragraph's text never changes).  Most of a long
 * document's paragraphs: a copy of the text and three allocations each
 * saved. */
typedef struct
{
  RdDiff diff; /* first: the block is freed as the diff */
  RdDiffSegment segment;
} UnchangedDiff;

static RdDiff *
unchanged_diff (const char *text)
{
  UnchangedDiff *unchanged = g_new0 (UnchangedDiff, 1);

  unchanged->diff.segments = g_ptr_array_new_full (1, NULL);
  unchanged->segment.op = RD_DIFF_EQUAL;
  unchanged->segment.text = (char *) text;
  g_ptr_array_add (unchanged->diff.segments, &unchanged->segment);
  return &unchanged->diff;
}

static RdDiff *
empty_diff (void)
{
  RdDiff *diff = g_new0 (RdDiff, 1);

  diff->segments = g_ptr_array_new_with_free_func ((GDestroyNotify) segment_free);
  return diff;
}

/* Cuts @diff where the parts of one side meet: the parts' texts were
 * joined with one space, so part k ends after the k-th part's length (plus
 * the space) on that side.  Text of the other side goes with the part it
 * falls in. */
static GPtrArray *
cut_diff (const RdDiff *diff,
          GPtrArray *part_texts,
          gboolean cut_new_side)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_diff_free);
  guint part = 0;
  gsize remaining;

  for (guint k = 0; k < part_texts->len; k++)
    g_ptr_array_add (parts, empty_diff ());
  if (part_texts->len == 0)
    return parts;

  /* Lengths on the cut side, counted without white space: the diff keeps
   * the words but may place spaces otherwise. */
  remaining = 0;
  for (const char *p = g_ptr_array_index (part_texts, 0); *p != '\0'; p++)
    remaining += !g_ascii_isspace (*p);

  for (guint s = 0; s < diff->segments->len; s++)
    {
      const RdDiffSegment *segment = g_ptr_array_index (diff->segments, s);
      gboolean on_cut_side = segment->op == RD_DIFF_EQUAL || (cut_new_side ? segment->op == RD_DIFF_INSERT : segment->op == RD_DIFF_DELETE);
      const char *text = segment->op == RD_DIFF_EQUAL && !cut_new_side && segment->old_text != NULL ? segment->old_text : segment->text;
      const char *start = text;
      const char *p = text;

      if (!on_cut_side)
        {
          RdDiff *target = g_ptr_array_index (parts, part);
          g_ptr_array_add (target->segments, segment_new (segment->op, segment->text, strlen (segment->text), segment->old_text, segment->old_text != NULL ? strlen (segment->old_text) : 0));
          continue;
        }

      while (*p != '\0')
        {
          if (!g_ascii_isspace (*p))
            {
              if (remaining == 0 && part + 1 < part_texts->len)
                {
                  /* Close this part; the rest goes to the next. */
                  RdDiff *target = g_ptr_array_index (parts, part);
                  g_autofree char *piece = g_strndup (start, p - start);

                  if (*g_strstrip (piece) != '\0')
                    g_ptr_array_add (target->segments, segment_new (segment->op, piece, strlen (piece), NULL, 0));
                  start = p;
                  part++;
                  remaining = 0;
                  for (const char *q = g_ptr_array_index (part_texts, part); *q != '\0'; q++)
                    remaining += !g_ascii_isspace (*q);
                }
              if (remaining > 0)
                remaining--;
            }
          p++;
        }
      if (p > start)
        {
          RdDiff *target = g_ptr_array_index (parts, part);
          g_ptr_array_add (target->segments, segment_new (segment->op, start, p - start, NULL, 0));
        }
    }

  for (guint k = 0; k < parts->len; k++)
    {
      RdDiff *target = g_ptr_array_index (parts, k);

      for (guint s = 0; s < target->segments->len; s++)
        {
          const RdDiffSegment *segment = g_ptr_array_index (target->segments, s);
          guint words = count_words (segment->text);

          if (segment->op == RD_DIFF_DELETE)
            target->words_deleted += words, target->words_old += words;
          else if (segment->op == RD_DIFF_INSERT)
            target->words_inserted += words, target->words_new += words;
          else
            target->words_old += words, target->words_new += words;
        }
    }
  return parts;
}

static gboolean
numbers_differ (const char *a,
                const char *b)
{
  return a != NULL && b != NULL && strcmp (a, b) != 0;
}

/* The stem of a verb's preambular participle or operative third person,
 * in place: "welcoming" and "welcomes" are both "welcom", "noting" and
 * "notes" "not", "applying" and "applies" "apply".  A word in neither
 * form ("mindful") is left whole. */
static void
strip_verb_form (char *word)
{
  gsize n = strlen (word);

  if (n > 5 && g_str_has_suffix (word, "ing"))
    n -= 3;
  else if (n > 4 && g_str_has_suffix (word, "ies"))
    {
      word[n - 3] = 'y';
      n -= 2;
    }
  else if (n > 3 && word[n - 1] == 's' && word[n - 2] != 's')
    n -= 1;
  else
    return;
  if (n > 3 && word[n - 1] == 'e')
    n -= 1;
  word[n] = '\0';
}

/* The words of a verb phrase that carry its meaning, casefolded and
 * joined by one space: "Also decides" and "Decides", "Reaffirming also"
 * and "Reaffirming", "Conscious of" and "Conscious" say the same thing
 * (a resolution adds "also" or "further" when the verb repeats an earlier
 * paragraph's), and so do "Condemns" and "Condemns in the strongest terms",
 * so they are no verb change; the change is still shown in the wording.
 * "Expresses support" and "Expresses its support" say the same too.  The
 * verb is taken by its stem: "Welcoming" becoming "Welcomes" when a
 * preambular paragraph becomes operative is the same verb in the form of
 * its new place, shown as a move, not as a change of verb. */
static char *
verb_core (const char *verb)
{
  static const char *const repeat_words[] = { "also", "further", "furthermore", "again", "once", "moreover", "strongly", "its" };
  static const char *const trailing_words[] = { "of", "to", "that", "on", "with" };
  static const char *const intensifiers[] = { " in the strongest possible terms", " in the strongest terms" };
  g_autofree char *folded = g_utf8_casefold (verb, -1);
  g_auto (GStrv) words = NULL;

  /* "Condemns in the strongest terms" condemns, more loudly. */
  for (guint k = 0; k < G_N_ELEMENTS (intensifiers); k++)
    {
      char *at = strstr (folded, intensifiers[k]);

      if (at != NULL)
        memmove (at, at + strlen (intensifiers[k]), strlen (at + strlen (intensifiers[k])) + 1);
    }
  words = g_strsplit_set (folded, " \t\n,", -1);
  g_autoptr (GPtrArray) kept = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean repeat = FALSE;

      if (*words[i] == '\0')
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (repeat_words); k++)
        repeat |= strcmp (words[i], repeat_words[k]) == 0;
      if (!repeat)
        g_ptr_array_add (kept, words[i]);
    }
  if (kept->len > 0)
    strip_verb_form (g_ptr_array_index (kept, 0));
  while (kept->len > 1)
    {
      const char *last = g_ptr_array_index (kept, kept->len - 1);
      gboolean trailing = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (trailing_words); k++)
        trailing |= strcmp (last, trailing_words[k]) == 0;
      if (!trailing)
        break;
      g_ptr_array_remove_index (kept, kept->len - 1);
    }
  for (guint i = 0; i < kept->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, g_ptr_array_index (kept, i));
    }
  return g_string_free (out, FALSE);
}

gboolean
rd_verbs_differ (const char *a,
                 const char *b)
{
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  x = verb_core (a);
  y = verb_core (b);
  return strcmp (x, y) != 0;
}

/* How many words @core (of verb_core) has. */
static guint
count_core_words (const char *core)
{
  guint n = *core != '\0';

  for (const char *p = core; *p != '\0'; p++)
    n += *p == ' ';
  return n;
}

/* Whether @text opens with the verb phrase whose verb_core is @core,
 * within its first @max_words words. */
static gboolean
text_opens_with_core (const char *text,
                      const char *core,
                      guint max_words)
{
  g_auto (GStrv) words = g_strsplit_set (text, " \t\n", -1);
  g_autoptr (GString) prefix = g_string_new (NULL);
  guint used = 0;

  for (guint i = 0; words[i] != NULL && used < max_words; i++)
    {
      g_autofree char *prefix_core = NULL;

      if (*words[i] == '\0')
        continue;
      if (prefix->len > 0)
        g_string_append_c (prefix, ' ');
      g_string_append (prefix, words[i]);
      used++;
      prefix_core = verb_core (prefix->str);
      if (strcmp (prefix_core, core) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Two verbs read apart may be one phrase set in italics differently: the
 * facilitator's text italicizes "Noting" of "Noting with concern", an
 * omnibus text "Recognizes" of "Recognizes with appreciation" where the
 * next year's italicizes "Also recognizes with appreciation".  The same
 * verb when the paragraph with the shorter verb opens with the longer
 * one's words. */
static gboolean
same_verb_phrase (const RdParagraph *a,
                  const RdParagraph *b)
{
  g_autofree char *core_a = NULL;
  g_autofree char *core_b = NULL;
  guint words_a, words_b;

  if (a->verb == NULL || b->verb == NULL)
    return FALSE;
  core_a = verb_core (a->verb);
  core_b = verb_core (b->verb);
  words_a = count_core_words (core_a);
  words_b = count_core_words (core_b);
  if (words_a == words_b)
    return strcmp (core_a, core_b) == 0;
  /* "Also" and the like may stand before the verb: a few words more. */
  if (words_a < words_b)
    return text_opens_with_core (a->text, core_b, words_b + 3);
  return text_opens_with_core (b->text, core_a, words_a + 3);
}

/* The change's diff, similarity, type (unchanged or not), parts, verbs
 * and marks; it writes nothing but @change and the comparison's coarse
 * flag. */
static void
fill_change (RdComparison *self,
             RdChange *change,
             gsize budget)
{
  GPtrArray *old_items = change->footnote ? rd_document_get_footnotes (self->old_document) : rd_document_get_paragraphs (self->old_document);
  GPtrArray *new_items = change->footnote ? rd_document_get_footnotes (self->new_document) : rd_document_get_paragraphs (self->new_document);
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  const char *old_text_ref;
  const char *new_text_ref;
  gboolean same_bytes;
  guint old_index, new_index;

  if (change->old_items->len == 0 || change->new_items->len == 0)
    {
      change->similarity = 0.0;
      return;
    }

  if (rd_change_get_one_to_one (change, &old_index, &new_index))
    {
      /* One paragraph each side, the usual case: no copies. */
      old_text_ref = item_text (old_items, old_index, change->footnote);
      new_text_ref = item_text (new_items, new_index, change->footnote);
    }
  else
    {
      old_text = join_texts (old_items, change->old_items, change->footnote);
      new_text = join_texts (new_items, change->new_items, change->footnote);
      old_text_ref = old_text;
      new_text_ref = new_text;
    }
  same_bytes = strcmp (old_text_ref, new_text_ref) == 0;
  if (same_bytes)
    {
      /* Most paragraphs: the same bytes need no diff, only its one
       * segment (word counts are left at 0, not needed for these). */
      if (new_text == NULL)
        change->diff = unchanged_diff (new_text_ref);
      else
        {
          change->diff = empty_diff ();
          g_ptr_array_add (change->diff->segments, segment_new (RD_DIFF_EQUAL, new_text_ref, strlen (new_text_ref), NULL, 0));
        }
    }
  else
    change->diff = rd_diff_texts (old_text_ref, new_text_ref, self->options.flags, budget);
  change->similarity = rd_diff_similarity (change->diff);

  if (change->diff->coarse)
    self->coarse_diff = TRUE;

  /* One equal segment is no hunk: nothing routine (change->routine
   * stays FALSE), and no marks to allocate. */
  if (change->type == RD_CHANGE_MODIFIED && !same_bytes)
    g_array_unref (rd_routine_mark_diff (change->diff, &change->routine));

  if (change->type == RD_CHANGE_MODIFIED && !rd_diff_has_changes (change->diff))
    {
      change->type = RD_CHANGE_UNCHANGED;
      change->similarity = 1.0;
    }

  if (change->type == RD_CHANGE_SPLIT || change->type == RD_CHANGE_MERGED)
    {
      gboolean split = change->type == RD_CHANGE_SPLIT;
      GPtrArray *side = split ? new_items : old_items;
      GArray *indices = split ? change->new_items : change->old_items;
      g_autoptr (GPtrArray) texts = g_ptr_array_new ();

      for (guint k = 0; k < indices->len; k++)
        {
          guint index = g_array_index (indices, guint, k);
          g_ptr_array_add (texts, change->footnote ? ((RdFootnote *) g_ptr_array_index (side, index))->text
                                                   : ((RdParagraph *) g_ptr_array_index (side, index))->text);
        }
      change->parts = cut_diff (change->diff, texts, split);
    }

  if (!rd_change_get_one_to_one (change, &old_index, &new_index))
    return;
  if (!change->footnote)
    {
      const RdParagraph *a = g_ptr_array_index (old_items, old_index);
      const RdParagraph *b = g_ptr_array_index (new_items, new_index);

      change->old_verb = a->verb;
      change->new_verb = b->verb;
      change->renumbered = (a->kind == RD_PARAGRAPH_OPERATIVE || a->kind == RD_PARAGRAPH_SUBPARAGRAPH) && a->kind == b->kind && numbers_differ (a->number, b->number);
      change->verb_changed = change->type != RD_CHANGE_UNCHANGED && rd_verbs_differ (a->verb, b->verb) && !same_verb_phrase (a, b);
      if (change->verb_changed)
        change->verb_strength = rd_verb_strength_compare (a->verb, b->verb);
      if (change->type != RD_CHANGE_UNCHANGED && b->kind != RD_PARAGRAPH_PREAMBULAR)
        change->wording_strength = rd_verb_strength_of_diff (change->diff);
    }
  else
    {
      const RdFootnote *a = g_ptr_array_index (old_items, old_index);
      const RdFootnote *b = g_ptr_array_index (new_items, new_index);

      change->renumbered = numbers_differ (a->marker, b->marker);
    }
}

/* Every change filled on this one thread.  Two threads were tried (each
 * taking the next 64 changes): with the one heap they share (main.c) they
 * waited on its lock, and a 400,000-word comparison took 1.6 times the
 * processor time and no less wall-clock time than on one. */
static void
fill_changes (RdComparison *self,
              GPtrArray *changes,
              gsize budget)
{
  for (guint c = 0; c < changes->len; c++)
    fill_change (self, g_ptr_array_index (changes, c), budget);
}

static void
use_prepared_key (RdAlignItem *item,
                  const RdParagraph *paragraph,
                  RdDiffFlags flags)
{
  if (paragraph->key_flags != (int) flags)
    return;
  item->hashed = TRUE;
  item->hash = paragraph->key_hash;
  item->empty = paragraph->key_empty;
}

static GPtrArray *
align_and_diff (RdComparison *self,
                gboolean footnotes)
{
  GPtrArray *old_items = footnotes ? rd_document_get_footnotes (self->old_document) : rd_document_get_paragraphs (self->old_document);
  GPtrArray *new_items = footnotes ? rd_document_get_footnotes (self->new_document) : rd_document_get_paragraphs (self->new_document);
  g_autofree RdAlignItem *a = g_new0 (RdAlignItem, old_items->len + 1);
  g_autofree RdAlignItem *b = g_new0 (RdAlignItem, new_items->len + 1);
  g_autoptr (RdAlignment) alignment = NULL;
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  gsize budget = self->options.budget > 0 ? self->options.budget : RD_DIFF_DEFAULT_BUDGET;

  for (guint i = 0; i < old_items->len; i++)
    {
      if (!footnotes)
        use_prepared_key (&a[i], g_ptr_array_index (old_items, i), self->options.flags);
      a[i].text = footnotes ? ((RdFootnote *) g_ptr_array_index (old_items, i))->text : ((RdParagraph *) g_ptr_array_index (old_items, i))->text;
      a[i].kind = footnotes ? 0 : (int) ((RdParagraph *) g_ptr_array_index (old_items, i))->kind;
    }
  for (guint i = 0; i < new_items->len; i++)
    {
      if (!footnotes)
        use_prepared_key (&b[i], g_ptr_array_index (new_items, i), self->options.flags);
      b[i].text = footnotes ? ((RdFootnote *) g_ptr_array_index (new_items, i))->text : ((RdParagraph *) g_ptr_array_index (new_items, i))->text;
      b[i].kind = footnotes ? 0 : (int) ((RdParagraph *) g_ptr_array_index (new_items, i))->kind;
    }

  alignment = rd_align (a, old_items->len, b, new_items->len, self->options.flags);
  if (alignment->coarse)
    g_ptr_array_add (self->warnings, g_strdup (footnotes ? _ ("the footnotes differ too much in places for a full alignment; some are shown as deleted and inserted rather than modified")
                                                         : _ ("the versions differ too much in places for a full paragraph alignment; some paragraphs are shown as deleted and inserted rather than modified")));

  for (guint s = 0; s < alignment->steps->len; s++)
    {
      const RdAlignStep *step = &g_array_index (alignment->steps, RdAlignStep, s);
      RdChangeType type = RD_CHANGE_MODIFIED;
      RdChange *change;

      switch (step->type)
        {
        case RD_ALIGN_MATCH:
          type = RD_CHANGE_MODIFIED; /* UNCHANGED once the diff says so */
          break;
        case RD_ALIGN_DELETE:
          type = RD_CHANGE_DELETED;
          break;
        case RD_ALIGN_INSERT:
          type = RD_CHANGE_INSERTED;
          break;
        case RD_ALIGN_SPLIT:
          type = RD_CHANGE_SPLIT;
          break;
        case RD_ALIGN_MERGE:
          type = RD_CHANGE_MERGED;
          break;
        case RD_ALIGN_MOVE:
          type = RD_CHANGE_MOVED;
          break;
        default:
          g_assert_not_reached ();
        }

      change = change_new (type, footnotes);
      for (guint k = 0; k < step->old_count; k++)
        {
          guint index = step->old_start + k;
          g_array_append_val (change->old_items, index);
        }
      for (guint k = 0; k < step->new_count; k++)
        {
          guint index = step->new_start + k;
          g_array_append_val (change->new_items, index);
        }
      change->origin = g_array_index (alignment->move_from, guint, s);
      g_ptr_array_add (changes, change);
    }
  fill_changes (self, changes, budget);
  return changes;
}

/* The footnotes paired again through the paragraphs that cite them
 * (rd-citations.h): a pair of citations overrides the footnotes' own
 * alignment, whose other 1-1 pairs stay only when the citing paragraphs
 * allow them (rd_citations_pair_footnotes decides), and whose splits and
 * merges stay when all their footnotes are free.
 * A footnote's place is where it is cited, so a pair is never a move; the
 * changes follow the new order, a deleted footnote before the next pair
 * that comes after it in the old order. */
static GPtrArray *
refit_footnote_changes (RdComparison *self,
                        GPtrArray *changes,
                        gsize budget)
{
  guint n_old = rd_document_get_footnotes (self->old_document)->len;
  guint n_new = rd_document_get_footnotes (self->new_document)->len;
  g_autoptr (GArray) pairs = rd_citations_pair_footnotes (self->old_document, self->new_document, self->changes, changes);
  g_autofree guint *old_of_new = g_new (guint, n_new + 1);
  g_autofree gboolean *old_taken = g_new0 (gboolean, n_old + 1);
  g_autofree gboolean *old_done = g_new0 (gboolean, n_old + 1);
  g_autofree RdChange **group_at = g_new0 (RdChange *, n_new + 1);
  g_autofree gboolean *in_group = g_new0 (gboolean, n_new + 1);
  GPtrArray *refitted;
  guint old_cursor = 0;

  for (guint j = 0; j <= n_new; j++)
    old_of_new[j] = G_MAXUINT;
  for (guint k = 0; k < pairs->len; k++)
    {
      const RdCitationPair *pair = &g_array_index (pairs, RdCitationPair, k);

      old_of_new[pair->new_index] = pair->old_index;
      old_taken[pair->old_index] = TRUE;
    }
  for (guint c = 0; c < changes->len; c++)
    {
      RdChange *change = g_ptr_array_index (changes, c);
      gboolean untouched = TRUE;

      /* 1-1 pairs are all in @pairs, or refused there. */
      if (change->old_items->len == 0 || change->new_items->len == 0 || (change->old_items->len == 1 && change->new_items->len == 1))
        continue;
      for (guint k = 0; k < change->old_items->len; k++)
        untouched &= !old_taken[g_array_index (change->old_items, guint, k)];
      for (guint k = 0; k < change->new_items->len; k++)
        untouched &= old_of_new[g_array_index (change->new_items, guint, k)] == G_MAXUINT && !in_group[g_array_index (change->new_items, guint, k)];
      if (!untouched)
        continue;
      for (guint k = 0; k < change->old_items->len; k++)
        old_taken[g_array_index (change->old_items, guint, k)] = TRUE;
      group_at[g_array_index (change->new_items, guint, 0)] = change;
      for (guint k = 0; k < change->new_items->len; k++)
        in_group[g_array_index (change->new_items, guint, k)] = TRUE;
    }

  refitted = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  for (guint j = 0; j <= n_new; j++)
    {
      RdChange *change;
      guint first_old = j < n_new ? old_of_new[j] : n_old;

      if (j < n_new && group_at[j] != NULL)
        first_old = g_array_index (group_at[j]->old_items, guint, 0);
      if (first_old != G_MAXUINT)
        for (; old_cursor < MIN (first_old, n_old); old_cursor++)
          if (!old_taken[old_cursor] && !old_done[old_cursor])
            {
              change = change_new (RD_CHANGE_DELETED, TRUE);
              g_array_append_val (change->old_items, old_cursor);
              fill_change (self, change, budget);
              g_ptr_array_add (refitted, change);
              old_done[old_cursor] = TRUE;
            }
      if (j == n_new)
        break;
      if (group_at[j] != NULL)
        {
          /* A split or merge of footnotes, as the alignment found it. */
          guint at = 0;

          if (g_ptr_array_find (changes, group_at[j], &at))
            g_ptr_array_add (refitted, g_ptr_array_steal_index (changes, at));
          continue;
        }
      if (in_group[j])
        continue;
      if (old_of_new[j] == G_MAXUINT)
        {
          change = change_new (RD_CHANGE_INSERTED, TRUE);
          g_array_append_val (change->new_items, j);
        }
      else
        {
          change = change_new (RD_CHANGE_MODIFIED, TRUE);
          g_array_append_val (change->old_items, old_of_new[j]);
          g_array_append_val (change->new_items, j);
        }
      fill_change (self, change, budget);
      g_ptr_array_add (refitted, change);
    }
  g_ptr_array_unref (changes);
  return refitted;
}

static void
count_stats (RdComparison *self)
{
  RdComparisonStats *stats = &self->stats;

  for (guint i = 0; i < self->changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (self->changes, i);

      stats->counts[change->type]++;
      stats->renumbered += change->renumbered;
      stats->verbs_changed += change->verb_changed;
      if (rd_change_is_difference (change) && change->routine)
        stats->routine++;
      else if (rd_change_is_difference (change))
        stats->substantive++;
      if (change->new_items->len > 0 && !change->footnote)
        {
          const RdParagraph *paragraph = g_ptr_array_index (rd_document_get_paragraphs (self->new_document), g_array_index (change->new_items, guint, 0));
          RdStrength strength = rd_change_get_strength (change);

          if (paragraph->kind == RD_PARAGRAPH_OPERATIVE || paragraph->kind == RD_PARAGRAPH_SUBPARAGRAPH)
            {
              stats->weakened += strength == RD_STRENGTH_WEAKENED;
              stats->strengthened += strength == RD_STRENGTH_STRENGTHENED;
            }
        }
      if (change->verb_changed)
        {
          /* Counted by the new paragraph's part (the old one's for a
           * deletion): a paragraph moved into the operative part has an
           * operative verb now. */
          const RdParagraph *paragraph = change->new_items->len > 0 ? g_ptr_array_index (rd_document_get_paragraphs (self->new_document), g_array_index (change->new_items, guint, 0))
                                                                    : g_ptr_array_index (rd_document_get_paragraphs (self->old_document), g_array_index (change->old_items, guint, 0));

          if (paragraph->kind == RD_PARAGRAPH_PREAMBULAR)
            stats->preambular_verbs_changed++;
          else
            stats->operative_verbs_changed++;
        }
      if (change->diff != NULL)
        {
          stats->words_inserted += change->diff->words_inserted;
          stats->words_deleted += change->diff->words_deleted;
        }
      else if (change->type == RD_CHANGE_INSERTED)
        stats->words_inserted += count_words (((RdParagraph *) g_ptr_array_index (rd_document_get_paragraphs (self->new_document), g_array_index (change->new_items, guint, 0)))->text);
      else if (change->type == RD_CHANGE_DELETED)
        stats->words_deleted += count_words (((RdParagraph *) g_ptr_array_index (rd_document_get_paragraphs (self->old_document), g_array_index (change->old_items, guint, 0)))->text);
    }
  for (guint i = 0; i < self->footnote_changes->len; i++)
    stats->footnotes_changed += rd_change_is_difference (g_ptr_array_index (self->footnote_changes, i));
}

/* GObject overrides */

static void
rd_comparison_dispose (GObject *object)
{
  RdComparison *self = (RdComparison *) object;

  g_clear_object (&self->old_document);
  g_clear_object (&self->new_document);

  G_OBJECT_CLASS (rd_comparison_parent_class)->dispose (object);
}

static void
rd_comparison_finalize (GObject *object)
{
  RdComparison *self = (RdComparison *) object;

  g_ptr_array_unref (self->header_changes);
  g_ptr_array_unref (self->sponsors_added);
  g_ptr_array_unref (self->sponsors_removed);
  g_ptr_array_unref (self->sponsors_kept);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_pointer (&self->footnote_changes, g_ptr_array_unref);
  g_ptr_array_unref (self->warnings);

  G_OBJECT_CLASS (rd_comparison_parent_class)->finalize (object);
}

static void
rd_comparison_get_property (GObject *object,
                            guint prop_id,
                            GValue *value,
                            GParamSpec *pspec)
{
  RdComparison *self = RD_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_OLD_DOCUMENT:
      g_value_set_object (value, self->old_document);
      break;
    case PROP_NEW_DOCUMENT:
      g_value_set_object (value, self->new_document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_comparison_set_property (GObject *object,
                            guint prop_id,
                            const GValue *value,
                            GParamSpec *pspec)
{
  RdComparison *self = RD_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_OLD_DOCUMENT:
      g_set_object (&self->old_document, g_value_get_object (value));
      break;
    case PROP_NEW_DOCUMENT:
      g_set_object (&self->new_document, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_comparison_class_init (RdComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rd_comparison_dispose;
  object_class->finalize = rd_comparison_finalize;
  object_class->get_property = rd_comparison_get_property;
  object_class->set_property = rd_comparison_set_property;

  properties[PROP_OLD_DOCUMENT] =
      g_param_spec_object ("old-document", NULL, NULL, RD_TYPE_DOCUMENT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NEW_DOCUMENT] =
      g_param_spec_object ("new-document", NULL, NULL, RD_TYPE_DOCUMENT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rd_comparison_init (RdComparison *self)
{
  self->header_changes = g_ptr_array_new_with_free_func ((GDestroyNotify) header_change_free);
  self->sponsors_added = g_ptr_array_new ();
  self->sponsors_removed = g_ptr_array_new ();
  self->sponsors_kept = g_ptr_array_new ();
  self->warnings = g_ptr_array_new_with_free_func (g_free);
}

/* Public API */

void
rd_comparison_prepare_document (RdDocument *document,
                                const RdCompareOptions *options)
{
  GPtrArray *paragraphs;
  RdDiffFlags flags = options != NULL ? options->flags : RD_DIFF_FLAGS_NONE;

  g_return_if_fail (RD_IS_DOCUMENT (document));

  paragraphs = rd_document_get_paragraphs (document);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      paragraph->key_hash = rd_align_hash_text (paragraph->text, flags, &paragraph->key_empty);
      paragraph->key_flags = (int) flags;
    }
}

RdComparison *
rd_comparison_new (RdDocument *old_document,
                   RdDocument *new_document,
                   const RdCompareOptions *options)
{
  RdComparison *self;

  g_return_val_if_fail (RD_IS_DOCUMENT (old_document), NULL);
  g_return_val_if_fail (RD_IS_DOCUMENT (new_document), NULL);

  self = g_object_new (RD_TYPE_COMPARISON, "old-document", old_document, "new-document", new_document, NULL);
  if (options != NULL)
    self->options = *options;

  compare_header (self);
  compare_sponsors (self);
  self->changes = align_and_diff (self, FALSE);
  self->footnote_changes = refit_footnote_changes (self, align_and_diff (self, TRUE), self->options.budget > 0 ? self->options.budget : RD_DIFF_DEFAULT_BUDGET);
  rd_citations_compare (self->old_document, self->new_document, self->changes, self->footnote_changes);
  count_stats (self);
  if (self->coarse_diff)
    g_ptr_array_add (self->warnings, g_strdup (_ ("some paragraphs are too long and too different for a word-by-word comparison within the budget; their changes are shown in larger pieces")));

  return self;
}

RdDocument *
rd_comparison_get_old (RdComparison *self)
{
  g_return_val_if_fail (RD_IS_COMPARISON (self), NULL);
  return self->old_document;
}

RdDocument *
rd_comparison_get_new (RdComparison *self)
{
  g_return_val_if_fail (RD_IS_COMPARISON (self), NULL);
  return self->new_document;
}

GPtrArray *
rd_comparison_get_header_changes (RdComparison *self)
{
  g_return_val_if_fail (RD_IS_COMPARISON (self), NULL);
  return self->header_changes;
}

GPtrArray *
rd_comparison_get_sponsors_added (RdComparison *self)
{
  g_return_val_if_fail (RD_IS_COMPARISON (self), NULL);
  return self->sponsors_added;
}

GPtrArray *
rd_comparison_get_sponsors_removed (RdComparison *self)
{
  g_return_val_if_fail (RD_IS_COMPARISON (self), NULL);
  return self->sponsors_removed;
}

gboolean
rd_comparison_get_sponsors_listed (RdComparison *self,
                                   gboolean of_new)
{
  g_return_val_if_fail (RD_IS_COMPARISON (self), FALSE);

  return rd_document_lists_sponsors (of_new ? self->new_document : self->old_document);
}

GPtrArray *
rd_comparison_get_sponsors_kept (RdComparison *self)
{
  g_return_val_if_fail (RD_IS_COMPARISON (self), NULL);
  return self->sponsors_kept;
}

GPtrArray *
rd_comparison_get_changes (RdComparison *self)
{
  g_return_val_if_fail (RD_IS_COMPARISON (self), NULL);
  return self->changes;
}

GPtrArray *
rd_comparison_get_footnote_changes (RdComparison *self)
{
  g_return_val_if_fail (RD_IS_COMPARISON (self), NULL);
  return self->footnote_changes;
}

const RdComparisonStats *
rd_comparison_get_stats (RdComparison *self)
{
  g_return_val_if_fail (RD_IS_COMPARISON (self), NULL);
  return &self->stats;
}

GPtrArray *
rd_comparison_get_warnings (RdComparison *self)
{
  g_return_val_if_fail (RD_IS_COMPARISON (self), NULL);
  return self->warnings;
}

gboolean
rd_comparison_has_differences (RdComparison *self)
{
  g_return_val_if_fail (RD_IS_COMPARISON (self), FALSE);

  if (self->header_changes->len > 0 || self->sponsors_added->len > 0 || self->sponsors_removed->len > 0)
    return TRUE;
  for (guint i = 0; i < self->changes->len; i++)
    if (rd_change_is_difference (g_ptr_array_index (self->changes, i)))
      return TRUE;
  return self->stats.footnotes_changed > 0;
}
