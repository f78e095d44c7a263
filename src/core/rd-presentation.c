/* rd-presentation.c: how a comparison reads, for every output
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-presentation-private.h"

#include "rd-annotations.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-summary.h"

/* The share of paragraphs, 0 to 1, two versions of one text keep at the
 * least: a draft and its adopted text, even heavily negotiated, keep
 * most; two resolutions on different subjects keep a few formulaic ones. */
#define MIN_SHARED_SHARE 0.25

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

static GPtrArray *
paragraphs_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) rd_shown_paragraph_free);
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
  g_auto (RdRunCursor) cursor = { 0 };
  RdRuns out = { self, paragraph->runs };
  RdChangeItem item;

  rd_presentation_get_item (self, change, side, k, &item);
  /* The side's number on its own, marked with the paragraph (inserted or
   * deleted), or the same on both sides as it reads. */
  if (mark != RD_RUN_DELETED)
    paragraph->new_number = item.number;
  if (mark != RD_RUN_INSERTED)
    paragraph->old_number = item.number;
  add_items (paragraph, change, side, k);
  rd_run_cursor_init (&cursor, side, &item);
  rd_runs_add_piece (&out, item.text, mark, &cursor, NULL);
  rd_runs_add_remaining_refs (&out, &cursor, mark);
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
  g_auto (RdRunCursor) old_cursor = { 0 };
  g_auto (RdRunCursor) new_cursor = { 0 };
  RdRuns out = { self, paragraph->runs };
  RdChangeItem old_item;
  RdChangeItem new_item;

  rd_presentation_get_item (self, change, RD_SIDE_OLD, 0, &old_item);
  rd_presentation_get_item (self, change, RD_SIDE_NEW, 0, &new_item);
  rd_run_cursor_init (&old_cursor, RD_SIDE_OLD, &old_item);
  rd_run_cursor_init (&new_cursor, RD_SIDE_NEW, &new_item);
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
    rd_runs_add_diff (&out, change->diff, side, &old_cursor, &new_cursor);
  else
    rd_runs_add_piece (&out, own == RD_SIDE_OLD ? old_item.text : new_item.text, RD_RUN_COMMON, own == RD_SIDE_OLD ? &old_cursor : &new_cursor, NULL);
  rd_runs_add_remaining_refs (&out, own == RD_SIDE_OLD ? &old_cursor : &new_cursor, RD_RUN_COMMON);
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
  g_auto (RdRunCursor) one_cursor = { 0 };
  RdChangeItem one_item;
  RdShownParagraph *joined = NULL;
  RdRuns out = { self, NULL };

  rd_presentation_get_item (self, change, one, 0, &one_item);
  rd_run_cursor_init (&one_cursor, one, &one_item);

  if (side == many || (side == RD_SIDE_REDLINE && split))
    {
      /* A paragraph per part. */
      for (guint k = 0; k < change->parts->len; k++)
        {
          RdShownParagraph *paragraph = paragraph_new (self, change, many, k);
          g_auto (RdRunCursor) part_cursor = { 0 };
          RdChangeItem item;

          rd_presentation_get_item (self, change, many, k, &item);
          rd_run_cursor_init (&part_cursor, many, &item);
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
            rd_runs_add_diff (&out, g_ptr_array_index (change->parts, k), side, &part_cursor, &one_cursor);
          else
            rd_runs_add_diff (&out, g_ptr_array_index (change->parts, k), side, &one_cursor, &part_cursor);
          rd_runs_add_remaining_refs (&out, &part_cursor, RD_RUN_COMMON);
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
      g_autoptr (GPtrArray) part_runs = rd_runs_new ();
      g_auto (RdRunCursor) part_cursor = { 0 };
      RdChangeItem item;

      rd_presentation_get_item (self, change, many, k, &item);
      rd_run_cursor_init (&part_cursor, many, &item);
      out.runs = part_runs;
      if (many == RD_SIDE_OLD)
        rd_runs_add_diff (&out, part, side, &part_cursor, &one_cursor);
      else
        rd_runs_add_diff (&out, part, side, &one_cursor, &part_cursor);
      if (k > 0 && side == RD_SIDE_REDLINE)
        g_ptr_array_add (joined->runs, rd_run_new (RD_RUN_PARAGRAPH_BREAK, RD_RUN_DELETED, item.number.label));
      else if (k > 0 && parts_need_space (joined->runs, part_runs))
        g_ptr_array_add (joined->runs, rd_run_new (RD_RUN_TEXT, RD_RUN_COMMON, " "));
      g_ptr_array_extend_and_steal (joined->runs, g_steal_pointer (&part_runs));
    }
  out.runs = joined->runs;
  rd_runs_add_remaining_refs (&out, &one_cursor, RD_RUN_COMMON);
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
        rd_shown_paragraph_mark_agreed_passages (paragraph, passages);
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
  RdRuns out = { self, NULL };

  g_return_val_if_fail (RD_IS_PRESENTATION (self), NULL);
  g_return_val_if_fail (field < RD_N_FIELDS, NULL);

  old_value = rd_document_get_field (self->documents[RD_SIDE_OLD], field);
  new_value = rd_document_get_field (self->documents[RD_SIDE_NEW], field);
  if (old_value == NULL && new_value == NULL)
    return NULL;
  diff = rd_diff_texts (old_value != NULL ? old_value : "", new_value != NULL ? new_value : "", RD_DIFF_FLAGS_NONE, 0);
  out.runs = rd_runs_new ();
  rd_runs_add_diff (&out, diff, side, NULL, NULL);
  return out.runs;
}

GPtrArray *
rd_presentation_get_sponsor_runs (RdPresentation *self,
                                  RdSide side)
{
  GPtrArray *runs = rd_runs_new ();
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
  if (total == 0 || shared >= MIN_SHARED_SHARE * total)
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
