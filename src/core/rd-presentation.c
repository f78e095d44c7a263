/* rd-presentation.c: how a comparison reads, for every output
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-presentation.h"

#include "rd-annotations.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-routine.h"
#include "rd-summary.h"

/* The struct */

struct _RdPresentation
{
  GObject parent_instance;

  RdComparison *comparison;
  RdDocument *documents[2];      /* RD_SIDE_OLD, RD_SIDE_NEW */
  GHashTable *footnote_index[2]; /* marker → footnote index + 1 */
  char *names[2];
  char *renumbering;
  char *strength;
  char *sponsors_listing;
  GArray *record_fields;    /* RdField, made on first use */
  GPtrArray *moved_here[2]; /* body, footnotes: per position in the list
                             * (and one past it), a GArray of the moved
                             * changes that stood just before, or NULL */
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdPresentation, rd_presentation, G_TYPE_OBJECT)

/* Static helpers */

/*
 * A cursor follows one version's paragraph through the pieces of text the
 * diff spells out for it, counting its non-space characters: with that
 * count it knows where the paragraph's footnote marks stood and where its
 * leading verb phrase ends, whatever white space the diff wrote.
 */
typedef struct
{
  RdSide side;
  const GArray *refs; /* RdFootnoteRef, or NULL */
  GArray *counts;     /* gsize per ref: the non-space characters before it */
  guint next;         /* the next ref to place */
  gsize count;        /* non-space characters passed so far */
  gsize verb_count;   /* non-space characters of the verb phrase; 0: none */
} Cursor;

/* The runs of one paragraph being built. */
typedef struct
{
  RdPresentation *self;
  GPtrArray *runs;
  gboolean routine; /* the text being added is a routine update */
} Runs;

static GPtrArray *
runs_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) rd_run_free);
}

static GPtrArray *
paragraphs_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) rd_shown_paragraph_free);
}

static gsize
count_nonspace (const char *text,
                gsize length)
{
  gsize count = 0;

  for (const char *p = text; p < text + length && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      count++;
  return count;
}

static void
cursor_init (Cursor *cursor,
             RdSide side,
             const RdChangeItem *item)
{
  gsize length = item->text != NULL ? strlen (item->text) : 0;

  memset (cursor, 0, sizeof *cursor);
  cursor->side = side;
  cursor->counts = g_array_new (FALSE, FALSE, sizeof (gsize));
  if (item->text == NULL)
    return;
  /* The verb, when the text starts with it (the parser took it from
   * there; a text edited since may not). */
  if (item->verb != NULL && *item->verb != '\0' && g_str_has_prefix (item->text, item->verb))
    cursor->verb_count = count_nonspace (item->verb, strlen (item->verb));
  cursor->refs = item->footnotes != NULL && item->footnotes->len > 0 ? item->footnotes : NULL;
  for (guint i = 0; cursor->refs != NULL && i < cursor->refs->len; i++)
    {
      const RdFootnoteRef *ref = &g_array_index (cursor->refs, RdFootnoteRef, i);
      gsize count = count_nonspace (item->text, MIN (ref->offset, length));

      g_array_append_val (cursor->counts, count);
    }
}

static void
cursor_clear (Cursor *cursor)
{
  g_clear_pointer (&cursor->counts, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Cursor, cursor_clear)

static gboolean
cursor_in_verb (const Cursor *cursor)
{
  return cursor != NULL && cursor->count < cursor->verb_count;
}

static gboolean
cursor_has_ref_due (const Cursor *cursor)
{
  return cursor->refs != NULL && cursor->next < cursor->refs->len && g_array_index (cursor->counts, gsize, cursor->next) <= cursor->count;
}

static void
add_ref (Runs *out,
         Cursor *cursor,
         RdRunMark mark)
{
  const RdFootnoteRef *ref = &g_array_index (cursor->refs, RdFootnoteRef, cursor->next++);
  RdRun *run = rd_run_new (RD_RUN_FOOTNOTE_REF, mark, ref->marker);

  run->footnote_side = cursor->side;
  run->footnote = rd_presentation_find_footnote (out->self, cursor->side, ref->marker);
  g_ptr_array_add (out->runs, run);
}

static void
add_text_run (Runs *out,
              const char *text,
              gsize length,
              RdRunMark mark,
              gsize verb_length)
{
  RdRun *run;

  if (length == 0)
    return;
  run = rd_run_new (RD_RUN_TEXT, mark, NULL);
  run->text = g_strndup (text, length);
  run->verb_length = MIN (verb_length, length);
  run->routine = out->routine && mark != RD_RUN_COMMON;
  g_ptr_array_add (out->runs, run);
}

/*
 * Appends @text, a piece of one side's text marked @mark, as runs.  @owner
 * is the version whose text it is: its footnote marks are placed (a mark
 * right after the non-space character it followed).  @follower, when not
 * NULL, is the other version reading the same text (the common text of a
 * redline): it moves on, its marks (the owner's own) are passed over, and
 * its verb phrase counts as well.
 */
static void
add_piece (Runs *out,
           const char *text,
           RdRunMark mark,
           Cursor *owner,
           Cursor *follower)
{
  const char *start = text;
  gsize verb_end = 0; /* bytes of the run being built in a verb phrase */

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *next = g_utf8_next_char (p);

      if (g_unichar_isspace (g_utf8_get_char (p)))
        continue;
      /* A mark that stood before any character (the paragraph's first). */
      while (owner != NULL && cursor_has_ref_due (owner))
        {
          add_text_run (out, start, p - start, mark, verb_end);
          start = p;
          verb_end = 0;
          add_ref (out, owner, mark);
        }
      if (cursor_in_verb (owner) || cursor_in_verb (follower))
        verb_end = next - start;
      if (owner != NULL)
        owner->count++;
      if (follower != NULL)
        {
          follower->count++;
          while (cursor_has_ref_due (follower))
            follower->next++;
        }
      /* The marks that followed this character. */
      if (owner != NULL && cursor_has_ref_due (owner))
        {
          add_text_run (out, start, next - start, mark, verb_end);
          start = next;
          verb_end = 0;
          while (cursor_has_ref_due (owner))
            add_ref (out, owner, mark);
        }
    }
  add_text_run (out, start, strlen (start), mark, verb_end);
}

/* Moves @cursor over @text without showing it: the other version's
 * spelling of common text shown once. */
static void
cursor_pass (Cursor *cursor,
             const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      {
        cursor->count++;
        while (cursor_has_ref_due (cursor))
          cursor->next++;
      }
}

/* The marks the text never reached, at the end. */
static void
add_remaining_refs (Runs *out,
                    Cursor *cursor,
                    RdRunMark mark)
{
  while (cursor != NULL && cursor->refs != NULL && cursor->next < cursor->refs->len)
    add_ref (out, cursor, mark);
}

/* The pieces of @diff that @side shows, as runs: the old side reads
 * common and deleted text (common text in its old spelling), the new side
 * common and inserted, the redline all of it. */
static void
add_diff (Runs *out,
          const RdDiff *diff,
          RdSide side,
          Cursor *old_cursor,
          Cursor *new_cursor)
{
  g_autoptr (GArray) routine = rd_routine_mark_diff (diff, NULL);

  for (guint s = 0; diff != NULL && s < diff->segments->len; s++)
    {
      const RdDiffSegment *segment = g_ptr_array_index (diff->segments, s);

      out->routine = g_array_index (routine, gboolean, s);
      switch (segment->op)
        {
        case RD_DIFF_EQUAL:
          if (side == RD_SIDE_OLD)
            add_piece (out, segment->old_text != NULL ? segment->old_text : segment->text, RD_RUN_COMMON, old_cursor, NULL);
          else if (side == RD_SIDE_NEW)
            add_piece (out, segment->text, RD_RUN_COMMON, new_cursor, NULL);
          else if (segment->old_text == NULL)
            add_piece (out, segment->text, RD_RUN_COMMON, new_cursor, old_cursor);
          else
            {
              add_piece (out, segment->text, RD_RUN_COMMON, new_cursor, NULL);
              if (old_cursor != NULL)
                cursor_pass (old_cursor, segment->old_text);
            }
          break;
        case RD_DIFF_DELETE:
          if (side != RD_SIDE_NEW)
            add_piece (out, segment->text, RD_RUN_DELETED, old_cursor, NULL);
          break;
        case RD_DIFF_INSERT:
          if (side != RD_SIDE_OLD)
            add_piece (out, segment->text, RD_RUN_INSERTED, new_cursor, NULL);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  out->routine = FALSE;
}

static const GArray *
items_of (const RdChange *change,
          RdSide side)
{
  return side == RD_SIDE_OLD ? change->old_items : change->new_items;
}

static RdShownParagraph *
paragraph_new (RdPresentation *self,
               const RdChange *change,
               RdSide side,
               guint k)
{
  RdShownParagraph *paragraph = g_new0 (RdShownParagraph, 1);
  RdChangeItem item;

  rd_presentation_get_item (self, change, side, k, &item);
  paragraph->footnote = change->footnote;
  paragraph->side = side;
  paragraph->index = item.index;
  paragraph->kind = item.kind;
  paragraph->label = rd_comparison_describe_item (self->comparison, change->footnote, side == RD_SIDE_NEW, item.index);
  paragraph->items = g_array_new (FALSE, FALSE, sizeof (RdItem));
  paragraph->runs = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_run_free);
  return paragraph;
}

/* Sets a number of @paragraph: the old one from item @k of the old side,
 * or the new one. */
static void
set_number (RdPresentation *self,
            RdShownParagraph *paragraph,
            const RdChange *change,
            RdSide side,
            guint k)
{
  RdChangeItem item;

  if (!rd_presentation_get_item (self, change, side, k, &item))
    return;
  if (side == RD_SIDE_OLD)
    paragraph->old_number = item.number;
  else
    paragraph->new_number = item.number;
}

/* Adds item @k of @side to the items @paragraph stands for; every item of
 * the side when @k is G_MAXUINT. */
static void
add_items (RdShownParagraph *paragraph,
           const RdChange *change,
           RdSide side,
           guint k)
{
  const GArray *indices = items_of (change, side);

  for (guint i = 0; i < indices->len; i++)
    if (k == G_MAXUINT || k == i)
      {
        RdItem item = { side, g_array_index (indices, guint, i) };
        g_array_append_val (paragraph->items, item);
      }
}

/* Item @k of @side whole, marked @mark (inserted, deleted, or common as it
 * reads), with its footnote marks. */
static RdShownParagraph *
whole_paragraph (RdPresentation *self,
                 const RdChange *change,
                 RdSide side,
                 guint k,
                 RdRunMark mark)
{
  RdShownParagraph *paragraph = paragraph_new (self, change, side, k);
  g_auto (Cursor) cursor = { 0 };
  Runs out = { self, paragraph->runs };
  RdChangeItem item;

  rd_presentation_get_item (self, change, side, k, &item);
  /* The side's number on its own, marked with the paragraph (inserted or
   * deleted), or the same on both sides as it reads. */
  if (mark != RD_RUN_DELETED)
    paragraph->new_number = item.number;
  if (mark != RD_RUN_INSERTED)
    paragraph->old_number = item.number;
  add_items (paragraph, change, side, k);
  cursor_init (&cursor, side, &item);
  add_piece (&out, item.text, mark, &cursor, NULL);
  add_remaining_refs (&out, &cursor, mark);
  return paragraph;
}

/* A one-to-one change (unchanged, modified, moved; a split or merge
 * without parts): its diff on @side. */
static RdShownParagraph *
pair_paragraph (RdPresentation *self,
                const RdChange *change,
                RdSide side)
{
  RdSide own = side == RD_SIDE_OLD ? RD_SIDE_OLD : RD_SIDE_NEW;
  RdShownParagraph *paragraph = paragraph_new (self, change, own, 0);
  g_auto (Cursor) old_cursor = { 0 };
  g_auto (Cursor) new_cursor = { 0 };
  Runs out = { self, paragraph->runs };
  RdChangeItem old_item;
  RdChangeItem new_item;

  rd_presentation_get_item (self, change, RD_SIDE_OLD, 0, &old_item);
  rd_presentation_get_item (self, change, RD_SIDE_NEW, 0, &new_item);
  cursor_init (&old_cursor, RD_SIDE_OLD, &old_item);
  cursor_init (&new_cursor, RD_SIDE_NEW, &new_item);
  if (side == RD_SIDE_REDLINE)
    {
      paragraph->old_number = old_item.number;
      paragraph->new_number = new_item.number;
      add_items (paragraph, change, RD_SIDE_OLD, G_MAXUINT);
      add_items (paragraph, change, RD_SIDE_NEW, G_MAXUINT);
    }
  else
    {
      paragraph->old_number = paragraph->new_number = own == RD_SIDE_OLD ? old_item.number : new_item.number;
      add_items (paragraph, change, own, G_MAXUINT);
    }

  if (change->diff != NULL)
    add_diff (&out, change->diff, side, &old_cursor, &new_cursor);
  else
    add_piece (&out, own == RD_SIDE_OLD ? old_item.text : new_item.text, RD_RUN_COMMON, own == RD_SIDE_OLD ? &old_cursor : &new_cursor, NULL);
  add_remaining_refs (&out, own == RD_SIDE_OLD ? &old_cursor : &new_cursor, RD_RUN_COMMON);
  return paragraph;
}

/* Whether a space must stand between @before and @after, the runs of
 * two parts of a joined paragraph: the cut took the space where the
 * paragraphs met. */
static gboolean
parts_need_space (const GPtrArray *before,
                  const GPtrArray *after)
{
  const RdRun *last = before->len > 0 ? g_ptr_array_index (before, before->len - 1) : NULL;
  const RdRun *first = after->len > 0 ? g_ptr_array_index (after, 0) : NULL;
  gsize length;

  if (last == NULL || first == NULL || last->text == NULL || first->text == NULL)
    return FALSE;
  length = strlen (last->text);
  return length > 0 && !g_ascii_isspace (last->text[length - 1]) && !g_ascii_isspace (first->text[0]);
}

/*
 * A split (one old paragraph, several new) or a merge (several old, one
 * new) with its diff cut into parts, one per paragraph of the "many" side.
 * The many side shows a paragraph per part; the one side a paragraph with
 * the parts joined; the redline shows the new side, a merge with a break
 * where each old paragraph but the first began.
 */
static void
add_parts (RdPresentation *self,
           const RdChange *change,
           RdSide side,
           GPtrArray *paragraphs)
{
  gboolean split = change->type == RD_CHANGE_SPLIT;
  RdSide many = split ? RD_SIDE_NEW : RD_SIDE_OLD;
  RdSide one = split ? RD_SIDE_OLD : RD_SIDE_NEW;
  g_auto (Cursor) one_cursor = { 0 };
  RdChangeItem one_item;
  RdShownParagraph *joined = NULL;
  Runs out = { self, NULL };

  rd_presentation_get_item (self, change, one, 0, &one_item);
  cursor_init (&one_cursor, one, &one_item);

  if (side == many || (side == RD_SIDE_REDLINE && split))
    {
      /* A paragraph per part. */
      for (guint k = 0; k < change->parts->len; k++)
        {
          RdShownParagraph *paragraph = paragraph_new (self, change, many, k);
          g_auto (Cursor) part_cursor = { 0 };
          RdChangeItem item;

          rd_presentation_get_item (self, change, many, k, &item);
          cursor_init (&part_cursor, many, &item);
          paragraph->part = TRUE;
          add_items (paragraph, change, many, k);
          if (side == RD_SIDE_REDLINE)
            {
              /* The old number stands with the first part. */
              set_number (self, paragraph, change, RD_SIDE_NEW, k);
              if (k == 0)
                {
                  set_number (self, paragraph, change, RD_SIDE_OLD, 0);
                  add_items (paragraph, change, one, G_MAXUINT);
                }
            }
          else
            {
              set_number (self, paragraph, change, many, k);
              paragraph->old_number = paragraph->new_number = many == RD_SIDE_OLD ? paragraph->old_number : paragraph->new_number;
            }
          out.runs = paragraph->runs;
          if (many == RD_SIDE_OLD)
            add_diff (&out, g_ptr_array_index (change->parts, k), side, &part_cursor, &one_cursor);
          else
            add_diff (&out, g_ptr_array_index (change->parts, k), side, &one_cursor, &part_cursor);
          add_remaining_refs (&out, &part_cursor, RD_RUN_COMMON);
          g_ptr_array_add (paragraphs, paragraph);
        }
      return;
    }

  /* The parts joined into the one paragraph. */
  joined = paragraph_new (self, change, one, 0);
  add_items (joined, change, one, G_MAXUINT);
  if (side == RD_SIDE_REDLINE)
    {
      /* Merged: the new paragraph, its number against the first old one's. */
      add_items (joined, change, RD_SIDE_OLD, G_MAXUINT);
      set_number (self, joined, change, RD_SIDE_OLD, 0);
      set_number (self, joined, change, RD_SIDE_NEW, 0);
    }
  else
    {
      set_number (self, joined, change, one, 0);
      joined->old_number = joined->new_number = one == RD_SIDE_OLD ? joined->old_number : joined->new_number;
    }
  for (guint k = 0; k < change->parts->len; k++)
    {
      const RdDiff *part = g_ptr_array_index (change->parts, k);
      g_autoptr (GPtrArray) part_runs = runs_new ();
      g_auto (Cursor) part_cursor = { 0 };
      RdChangeItem item;

      rd_presentation_get_item (self, change, many, k, &item);
      cursor_init (&part_cursor, many, &item);
      out.runs = part_runs;
      if (many == RD_SIDE_OLD)
        add_diff (&out, part, side, &part_cursor, &one_cursor);
      else
        add_diff (&out, part, side, &one_cursor, &part_cursor);
      if (k > 0 && side == RD_SIDE_REDLINE)
        g_ptr_array_add (joined->runs, rd_run_new (RD_RUN_PARAGRAPH_BREAK, RD_RUN_DELETED, item.number.label));
      else if (k > 0 && parts_need_space (joined->runs, part_runs))
        g_ptr_array_add (joined->runs, rd_run_new (RD_RUN_TEXT, RD_RUN_COMMON, " "));
      g_ptr_array_extend_and_steal (joined->runs, g_steal_pointer (&part_runs));
    }
  out.runs = joined->runs;
  add_remaining_refs (&out, &one_cursor, RD_RUN_COMMON);
  g_ptr_array_add (paragraphs, joined);
}

static void
array_unref_or_null (gpointer array)
{
  if (array != NULL)
    g_array_unref (array);
}

static GPtrArray *
index_moves (GPtrArray *changes)
{
  GPtrArray *by_position = g_ptr_array_new_with_free_func (array_unref_or_null);

  g_ptr_array_set_size (by_position, changes->len + 1);
  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);
      guint origin;

      if (change->type != RD_CHANGE_MOVED || change->origin == G_MAXUINT)
        continue;
      origin = MIN (change->origin, changes->len);
      if (by_position->pdata[origin] == NULL)
        by_position->pdata[origin] = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val ((GArray *) by_position->pdata[origin], i);
    }
  return by_position;
}

static GHashTable *
index_footnotes (RdDocument *document)
{
  GPtrArray *notes = rd_document_get_footnotes (document);
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  /* The first footnote with a mark wins, as a reader following the mark
   * would find it. */
  for (guint i = notes->len; i > 0; i--)
    g_hash_table_insert (index, ((RdFootnote *) g_ptr_array_index (notes, i - 1))->marker, GUINT_TO_POINTER (i));
  return index;
}

/* GObject overrides */

static void
rd_presentation_finalize (GObject *object)
{
  RdPresentation *self = RD_PRESENTATION (object);

  for (guint side = 0; side < 2; side++)
    {
      g_clear_pointer (&self->footnote_index[side], g_hash_table_unref);
      g_free (self->names[side]);
      g_clear_pointer (&self->moved_here[side], g_ptr_array_unref);
    }
  g_free (self->renumbering);
  g_free (self->strength);
  g_free (self->sponsors_listing);
  g_clear_pointer (&self->record_fields, g_array_unref);
  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (rd_presentation_parent_class)->finalize (object);
}

/* Class and instance init */

static void
rd_presentation_class_init (RdPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rd_presentation_finalize;
}

static void
rd_presentation_init (RdPresentation *self)
{
}

/* Public API */

RdRun *
rd_run_new (RdRunKind kind,
            RdRunMark mark,
            const char *text)
{
  RdRun *run = g_new (RdRun, 1);

  *run = (RdRun){ .kind = kind, .mark = mark, .text = g_strdup (text), .footnote_side = RD_SIDE_NEW, .footnote = G_MAXUINT, .routine = FALSE };
  return run;
}

void
rd_run_free (RdRun *run)
{
  if (run == NULL)
    return;
  g_free (run->text);
  g_free (run->agreed_in);
  g_free (run);
}

gboolean
rd_run_needs_space_before (const RdRun *previous,
                           const RdRun *run)
{
  gsize length;

  g_return_val_if_fail (run != NULL, FALSE);

  if (previous == NULL || previous->mark != RD_RUN_DELETED || previous->text == NULL)
    return FALSE;
  if (run->kind != RD_RUN_TEXT || run->mark != RD_RUN_INSERTED || run->text == NULL)
    return FALSE;
  length = strlen (previous->text);
  return length > 0 && !g_ascii_isspace (previous->text[length - 1]) && !g_ascii_isspace (run->text[0]);
}

void
rd_shown_paragraph_free (RdShownParagraph *paragraph)
{
  if (paragraph == NULL)
    return;
  g_free (paragraph->label);
  g_clear_pointer (&paragraph->items, g_array_unref);
  g_clear_pointer (&paragraph->runs, g_ptr_array_unref);
  g_free (paragraph);
}

RdPresentation *
rd_presentation_new (RdComparison *comparison)
{
  RdPresentation *self;

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);

  self = g_object_new (RD_TYPE_PRESENTATION, NULL);
  self->comparison = g_object_ref (comparison);
  self->documents[RD_SIDE_OLD] = rd_comparison_get_old (comparison);
  self->documents[RD_SIDE_NEW] = rd_comparison_get_new (comparison);
  for (guint side = 0; side < 2; side++)
    {
      self->footnote_index[side] = index_footnotes (self->documents[side]);
      self->names[side] = rd_document_dup_display_name (self->documents[side]);
    }
  self->renumbering = rd_comparison_describe_renumbering (comparison);
  self->strength = rd_comparison_describe_strength (comparison);
  self->sponsors_listing = rd_comparison_describe_sponsors_listing (comparison);
  self->moved_here[0] = index_moves (rd_comparison_get_changes (comparison));
  self->moved_here[1] = index_moves (rd_comparison_get_footnote_changes (comparison));
  return self;
}

RdComparison *
rd_presentation_get_comparison (RdPresentation *self)
{
  g_return_val_if_fail (RD_IS_PRESENTATION (self), NULL);

  return self->comparison;
}

RdDocument *
rd_presentation_get_document (RdPresentation *self,
                              RdSide side)
{
  g_return_val_if_fail (RD_IS_PRESENTATION (self), NULL);
  g_return_val_if_fail (side == RD_SIDE_OLD || side == RD_SIDE_NEW, NULL);

  return self->documents[side];
}

gboolean
rd_presentation_get_item (RdPresentation *self,
                          const RdChange *change,
                          RdSide side,
                          guint k,
                          RdChangeItem *item)
{
  const GArray *indices;
  RdDocument *document;

  g_return_val_if_fail (RD_IS_PRESENTATION (self), FALSE);
  g_return_val_if_fail (side == RD_SIDE_OLD || side == RD_SIDE_NEW, FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  memset (item, 0, sizeof *item);
  item->footnote = change->footnote;
  item->kind = RD_PARAGRAPH_OTHER;
  indices = items_of (change, side);
  if (k >= indices->len)
    return FALSE;
  document = self->documents[side];
  item->index = g_array_index (indices, guint, k);
  if (change->footnote)
    {
      const RdFootnote *footnote = g_ptr_array_index (rd_document_get_footnotes (document), item->index);

      item->text = footnote->text;
      item->number.label = item->number.value = footnote->marker;
    }
  else
    {
      const RdParagraph *paragraph = g_ptr_array_index (rd_document_get_paragraphs (document), item->index);

      item->text = paragraph->text;
      item->kind = paragraph->kind;
      item->number.label = paragraph->number_label;
      item->number.value = paragraph->number;
      item->verb = paragraph->verb;
      item->footnotes = paragraph->footnotes;
    }
  return TRUE;
}

static GPtrArray *get_paragraphs_unmarked (RdPresentation *self, const RdChange *change, RdSide side);

/* A piece of @run, bytes @start to @end of its text, marked as it is. */
static RdRun *
run_piece (const RdRun *run,
           gsize start,
           gsize end)
{
  g_autofree char *text = g_strndup (run->text + start, end - start);
  RdRun *piece = rd_run_new (run->kind, run->mark, text);

  piece->routine = run->routine;
  piece->verb_length = run->verb_length > start ? MIN (run->verb_length, end) - start : 0;
  return piece;
}

static gboolean
only_space (const char *text,
            gsize length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (text[i]))
      return FALSE;
  return TRUE;
}

/* Marks the inserted runs of @paragraph that @passages (rd-annotations.h)
 * say were adopted before, cutting runs at the passages' ends.  Offsets
 * count the common and inserted text, as the passages do; when the two
 * lengths disagree (a paragraph shown otherwise than the annotator read
 * it) nothing is marked rather than the wrong words. */
static void
mark_agreed_passages (RdShownParagraph *paragraph,
                      const GPtrArray *passages)
{
  g_autoptr (GPtrArray) runs = NULL;
  gsize length = 0;
  gsize expected = G_MAXSIZE;
  gsize offset = 0;

  for (guint p = 0; p < passages->len; p++)
    {
      const RdPassageNote *passage = g_ptr_array_index (passages, p);

      if (passage->new_index == paragraph->index)
        expected = passage->text_length;
    }
  if (expected == G_MAXSIZE)
    return;
  for (guint i = 0; i < paragraph->runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (paragraph->runs, i);

      if (run->kind == RD_RUN_TEXT && run->mark != RD_RUN_DELETED)
        length += strlen (run->text);
    }
  if (length != expected)
    return;

  runs = g_steal_pointer (&paragraph->runs);
  paragraph->runs = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_run_free);
  for (guint i = 0; i < runs->len; i++)
    {
      RdRun *run = g_ptr_array_index (runs, i);
      gsize run_length;
      gsize cut = 0;
      gsize piece_start = 0;

      if (run->kind != RD_RUN_TEXT || run->mark == RD_RUN_DELETED)
        {
          g_ptr_array_add (paragraph->runs, g_ptr_array_steal_index (runs, i--));
          continue;
        }
      run_length = strlen (run->text);
      if (run->mark == RD_RUN_COMMON)
        {
          offset += run_length;
          g_ptr_array_add (paragraph->runs, g_ptr_array_steal_index (runs, i--));
          continue;
        }
      /* Inserted: pieces in and out of the passages, in order; white
       * space alone before a passage goes with it (no empty mark). */
      while (cut < run_length)
        {
          gsize next = run_length;
          const char *source = NULL;

          for (guint p = 0; p < passages->len; p++)
            {
              const RdPassageNote *passage = g_ptr_array_index (passages, p);
              gsize here = offset + cut;

              if (passage->new_index != paragraph->index || passage->end <= here || passage->start >= offset + run_length)
                continue;
              if (passage->start <= here)
                {
                  source = passage->source;
                  next = MIN (next, passage->end - offset);
                }
              else
                next = MIN (next, passage->start - offset);
            }
          if (source == NULL && next < run_length && only_space (run->text + piece_start, next - piece_start))
            {
              /* Joins the passage that follows. */
              cut = next;
              continue;
            }
          {
            RdRun *piece = run_piece (run, piece_start, next);

            piece->agreed_in = g_strdup (source);
            g_ptr_array_add (paragraph->runs, piece);
          }
          cut = piece_start = next;
        }
      offset += run_length;
    }
}

GPtrArray *
rd_presentation_get_paragraphs (RdPresentation *self,
                                const RdChange *change,
                                RdSide side)
{
  GPtrArray *paragraphs = get_paragraphs_unmarked (self, change, side);
  const GPtrArray *passages = rd_annotations_get_passages (self->comparison, change);

  for (guint i = 0; passages != NULL && i < paragraphs->len; i++)
    {
      RdShownParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      if (!paragraph->footnote && paragraph->side == RD_SIDE_NEW)
        mark_agreed_passages (paragraph, passages);
    }
  return paragraphs;
}

/* What rd_presentation_get_paragraphs() gives, before the passages of
 * agreed language are marked. */
static GPtrArray *
get_paragraphs_unmarked (RdPresentation *self,
                         const RdChange *change,
                         RdSide side)
{
  GPtrArray *paragraphs = paragraphs_new ();

  g_return_val_if_fail (RD_IS_PRESENTATION (self), paragraphs);
  g_return_val_if_fail (change != NULL, paragraphs);

  switch (change->type)
    {
    case RD_CHANGE_INSERTED:
      if (side != RD_SIDE_OLD)
        for (guint k = 0; k < change->new_items->len; k++)
          g_ptr_array_add (paragraphs, whole_paragraph (self, change, RD_SIDE_NEW, k, RD_RUN_INSERTED));
      break;
    case RD_CHANGE_DELETED:
      if (side != RD_SIDE_NEW)
        for (guint k = 0; k < change->old_items->len; k++)
          g_ptr_array_add (paragraphs, whole_paragraph (self, change, RD_SIDE_OLD, k, RD_RUN_DELETED));
      break;
    case RD_CHANGE_SPLIT:
    case RD_CHANGE_MERGED:
      if (change->parts != NULL)
        {
          add_parts (self, change, side, paragraphs);
          break;
        }
      G_GNUC_FALLTHROUGH;
    case RD_CHANGE_UNCHANGED:
    case RD_CHANGE_MODIFIED:
    case RD_CHANGE_MOVED:
      if (items_of (change, side == RD_SIDE_OLD ? RD_SIDE_OLD : RD_SIDE_NEW)->len > 0)
        g_ptr_array_add (paragraphs, pair_paragraph (self, change, side));
      break;
    case RD_N_CHANGE_TYPES:
    default:
      g_return_val_if_reached (paragraphs);
    }
  return paragraphs;
}

GPtrArray *
rd_presentation_get_paragraphs_as_read (RdPresentation *self,
                                        const RdChange *change,
                                        RdSide side)
{
  GPtrArray *paragraphs = paragraphs_new ();

  g_return_val_if_fail (RD_IS_PRESENTATION (self), paragraphs);
  g_return_val_if_fail (side == RD_SIDE_OLD || side == RD_SIDE_NEW, paragraphs);

  for (guint k = 0; k < items_of (change, side)->len; k++)
    g_ptr_array_add (paragraphs, whole_paragraph (self, change, side, k, RD_RUN_COMMON));
  return paragraphs;
}

GPtrArray *
rd_presentation_get_field_runs (RdPresentation *self,
                                RdField field,
                                RdSide side)
{
  const char *old_value;
  const char *new_value;
  g_autoptr (RdDiff) diff = NULL;
  Runs out = { self, NULL };

  g_return_val_if_fail (RD_IS_PRESENTATION (self), NULL);
  g_return_val_if_fail (field < RD_N_FIELDS, NULL);

  old_value = rd_document_get_field (self->documents[RD_SIDE_OLD], field);
  new_value = rd_document_get_field (self->documents[RD_SIDE_NEW], field);
  if (old_value == NULL && new_value == NULL)
    return NULL;
  diff = rd_diff_texts (old_value != NULL ? old_value : "", new_value != NULL ? new_value : "", RD_DIFF_FLAGS_NONE, 0);
  out.runs = runs_new ();
  add_diff (&out, diff, side, NULL, NULL);
  return out.runs;
}

GPtrArray *
rd_presentation_get_sponsor_runs (RdPresentation *self,
                                  RdSide side)
{
  GPtrArray *runs = runs_new ();
  GPtrArray *added;
  GPtrArray *removed;
  GPtrArray *sponsors;
  GPtrArray *marked;
  RdRunMark mark;

  g_return_val_if_fail (RD_IS_PRESENTATION (self), runs);

  added = rd_comparison_get_sponsors_added (self->comparison);
  removed = rd_comparison_get_sponsors_removed (self->comparison);
  sponsors = rd_document_get_sponsors (self->documents[side == RD_SIDE_OLD ? RD_SIDE_OLD : RD_SIDE_NEW]);
  marked = side == RD_SIDE_OLD ? removed : added;
  mark = side == RD_SIDE_OLD ? RD_RUN_DELETED : RD_RUN_INSERTED;

  /* The comparison's lists hold the documents' own sponsors. */
  for (guint i = 0; i < sponsors->len; i++)
    {
      const RdSponsor *sponsor = g_ptr_array_index (sponsors, i);
      gboolean is_marked = g_ptr_array_find (marked, sponsor, NULL);

      g_ptr_array_add (runs, rd_run_new (RD_RUN_TEXT, is_marked ? mark : RD_RUN_COMMON, sponsor->name));
    }
  if (side == RD_SIDE_REDLINE)
    for (guint i = 0; i < removed->len; i++)
      g_ptr_array_add (runs, rd_run_new (RD_RUN_TEXT, RD_RUN_DELETED, ((const RdSponsor *) g_ptr_array_index (removed, i))->name));
  return runs;
}

const char *
rd_presentation_get_name (RdPresentation *self,
                          RdSide side)
{
  g_return_val_if_fail (RD_IS_PRESENTATION (self), NULL);
  g_return_val_if_fail (side == RD_SIDE_OLD || side == RD_SIDE_NEW, NULL);

  return self->names[side];
}

const char *
rd_presentation_get_renumbering (RdPresentation *self)
{
  g_return_val_if_fail (RD_IS_PRESENTATION (self), NULL);

  return self->renumbering;
}

const char *
rd_presentation_get_sponsors_listing (RdPresentation *self)
{
  g_return_val_if_fail (RD_IS_PRESENTATION (self), NULL);

  return self->sponsors_listing;
}

const GArray *
rd_presentation_get_record_fields (RdPresentation *self)
{
  static const RdField record_fields[] = {
    RD_FIELD_RECORD_TITLE,
    RD_FIELD_RECORD_DATE,
    RD_FIELD_VOTE,
    RD_FIELD_RECORD_AGENDA,
  };

  g_return_val_if_fail (RD_IS_PRESENTATION (self), NULL);

  if (self->record_fields == NULL)
    {
      self->record_fields = g_array_new (FALSE, FALSE, sizeof (RdField));
      for (guint i = 0; i < G_N_ELEMENTS (record_fields); i++)
        if (rd_document_get_field (self->documents[RD_SIDE_OLD], record_fields[i]) != NULL || rd_document_get_field (self->documents[RD_SIDE_NEW], record_fields[i]) != NULL)
          g_array_append_val (self->record_fields, record_fields[i]);
    }
  return self->record_fields;
}

const GArray *
rd_presentation_get_moved_here (RdPresentation *self,
                                gboolean footnotes,
                                guint position)
{
  GPtrArray *by_position;

  g_return_val_if_fail (RD_IS_PRESENTATION (self), NULL);

  by_position = self->moved_here[footnotes ? 1 : 0];
  g_return_val_if_fail (position < by_position->len, NULL);
  return g_ptr_array_index (by_position, position);
}

guint
rd_presentation_find_footnote (RdPresentation *self,
                               RdSide side,
                               const char *marker)
{
  gpointer found;

  g_return_val_if_fail (RD_IS_PRESENTATION (self), G_MAXUINT);
  g_return_val_if_fail (side == RD_SIDE_OLD || side == RD_SIDE_NEW, G_MAXUINT);

  found = marker != NULL ? g_hash_table_lookup (self->footnote_index[side], marker) : NULL;
  return found != NULL ? GPOINTER_TO_UINT (found) - 1 : G_MAXUINT;
}

char *
rd_presentation_describe_place (RdPresentation *self,
                                const RdChange *change,
                                RdSide side)
{
  g_autofree char *place = NULL;

  g_return_val_if_fail (RD_IS_PRESENTATION (self), NULL);
  g_return_val_if_fail (change != NULL, NULL);
  g_return_val_if_fail (side == RD_SIDE_OLD || side == RD_SIDE_NEW, NULL);

  place = rd_comparison_describe_side (self->comparison, change, side == RD_SIDE_NEW);
  if (*place == '\0')
    return g_steal_pointer (&place);
  /* TRANSLATORS: a place in the earlier version's numbering: "old OP 5" */
  return side == RD_SIDE_OLD ? g_strdup_printf (_ ("old %s"), place)
                             /* TRANSLATORS: a place in the later version's numbering: "new OP 5" */
                             : g_strdup_printf (_ ("new %s"), place);
}

/* Titles differ when their letters differ, case and spacing aside. */
static gboolean
titles_differ (const char *a,
               const char *b)
{
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;

  if (a == NULL || b == NULL)
    return a != b;
  x = g_utf8_casefold (a, -1);
  y = g_utf8_casefold (b, -1);
  g_strdelimit (x, " \t\n", ' ');
  g_strdelimit (y, " \t\n", ' ');
  return g_strcmp0 (g_strstrip (x), g_strstrip (y)) != 0;
}

gboolean
rd_presentation_shares_little (RdPresentation *self,
                               char **message)
{
  const RdComparisonStats *stats;
  guint shared, total;

  g_return_val_if_fail (RD_IS_PRESENTATION (self), FALSE);

  stats = rd_comparison_get_stats (self->comparison);
  shared = stats->counts[RD_CHANGE_UNCHANGED] + stats->counts[RD_CHANGE_MODIFIED] + stats->counts[RD_CHANGE_MOVED] + stats->counts[RD_CHANGE_SPLIT] + stats->counts[RD_CHANGE_MERGED];
  total = shared + stats->counts[RD_CHANGE_INSERTED] + stats->counts[RD_CHANGE_DELETED];
  /* A quarter: a draft and its adopted text, even heavily negotiated,
   * keep most paragraphs; two resolutions on different subjects keep a
   * few formulaic ones. */
  if (total == 0 || shared * 4 >= total)
    return FALSE;
  if (!titles_differ (rd_document_get_title (self->documents[RD_SIDE_OLD]), rd_document_get_title (self->documents[RD_SIDE_NEW])))
    return FALSE;
  if (message != NULL)
    /* TRANSLATORS: two different documents compared by mistake */
    *message = g_strdup_printf (_ ("These two texts have different titles and share only %u of %u paragraphs: they may not be versions of the same resolution."),
                                shared, total);
  return TRUE;
}

char *
rd_presentation_dup_change_note (RdPresentation *self,
                                 const RdChange *change)
{
  g_return_val_if_fail (RD_IS_PRESENTATION (self), NULL);

  return rd_annotations_dup_change_note (rd_presentation_get_comparison (self), change);
}

const RdChangeAgreement *
rd_presentation_get_agreement (RdPresentation *self,
                               const RdChange *change)
{
  g_return_val_if_fail (RD_IS_PRESENTATION (self), NULL);

  return rd_annotations_get_change_agreement (rd_presentation_get_comparison (self), change);
}

void
rd_presentation_get_marks (RdPresentation *self,
                           const RdChange *change,
                           RdChangeMarks *marks)
{
  g_return_if_fail (RD_IS_PRESENTATION (self));

  marks->routine = change->routine && rd_change_is_difference (change);
  marks->verb_strength = change->verb_changed ? change->verb_strength : RD_STRENGTH_UNKNOWN;
  marks->wording_strength = change->wording_strength;
  marks->strength = rd_change_get_strength (change);
}

gboolean
rd_presentation_is_shown (RdPresentation *self,
                          const RdChange *change,
                          gboolean substantive_only)
{
  g_return_val_if_fail (RD_IS_PRESENTATION (self), TRUE);

  return !(substantive_only && change->routine && rd_change_is_difference (change));
}

const char *
rd_presentation_get_strength_summary (RdPresentation *self)
{
  g_return_val_if_fail (RD_IS_PRESENTATION (self), "");

  return self->strength;
}

/* Direction */

gboolean
rd_presentation_is_right_to_left (RdPresentation *self)
{
  g_return_val_if_fail (RD_IS_PRESENTATION (self), FALSE);

  return rd_document_is_right_to_left (self->documents[RD_SIDE_NEW]);
}
