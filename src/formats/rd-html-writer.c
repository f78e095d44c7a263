/* rd-html-writer.c: a comparison as one self-contained HTML file
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is built as a libxml2 tree (rd-html-tree.h) and serialised by
 * libxml2, so every piece of document text is escaped.  The front matter
 * (title block, summary, legend, list of changes) is rd-html-summary.c;
 * the style sheet is html-export.css.
 */

/* Includes */

#include "config.h"

#include "rd-html-writer.h"

#include <glib/gi18n-lib.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlIO.h>
#include <string.h>

#include "rd-html-private.h"
#include "rd-import.h"
#include "rd-save.h"

/* Language tags longer than this are not BCP 47 tags a document would
 * carry; "en" is used instead. */
#define MAX_LANGUAGE_LENGTH 35

#define STYLE_SHEET_RESOURCE "/io/github/resdiff/Resdiff/formats/html-export.css"

/* The struct */

/* Where footnote marks go in a paragraph being written: the marks stood at
 * byte offsets of the paragraph's text, which the diff's segments spell out
 * piece by piece. */
typedef struct
{
  RdHtmlWriter *writer;
  int side;
  const char *text;
  const GArray *refs;
  gsize pos;     /* in text, how far the segments have reached */
  guint next;    /* the next mark to place */
  gboolean lost; /* the segments stopped matching the text: the
                  * remaining marks go at the end */
} Marks;

/* Static helpers */

/* clang-format off */
G_DEFINE_QUARK (rd-html-error-quark, rd_html_error)
/* clang-format on */

char *
rd_html_change_id (guint number)
{
  return g_strdup_printf ("change-%u", number);
}

static char *
origin_id (guint number)
{
  return g_strdup_printf ("change-%u-from", number);
}

/* The document's language as a tag fit for lang: letters, digits and
 * hyphens, "en" when it says none. */
static const char *
document_language (RdHtmlWriter *w)
{
  for (int side = NEW; side >= OLD; side--)
    {
      const char *tag = rd_document_get_field (w->documents[side], RD_FIELD_LANGUAGE);
      gboolean valid = tag != NULL && *tag != '\0' && strlen (tag) <= MAX_LANGUAGE_LENGTH;

      for (const char *p = tag; valid && *p != '\0'; p++)
        valid = g_ascii_isalnum (*p) || *p == '-';
      if (valid)
        return tag;
    }
  return "en";
}

static gboolean
language_is_rtl (const char *tag)
{
  static const char *const rtl[] = { "ar", "fa", "he", "ur", "ps", "yi" };

  for (guint i = 0; i < G_N_ELEMENTS (rtl); i++)
    if (g_ascii_strncasecmp (tag, rtl[i], 2) == 0 && (tag[2] == '\0' || tag[2] == '-'))
      return TRUE;
  return FALSE;
}

char *
rd_html_file_name (RdDocument *document)
{
  return g_path_get_basename (rd_document_get_file (document));
}

/* How the title and headings name a version: its symbol, or its file. */
char *
rd_html_document_name (RdDocument *document)
{
  const char *symbol = rd_document_get_symbol (document);

  return symbol != NULL ? g_strdup (symbol) : rd_html_file_name (document);
}

void
rd_html_get_item (RdHtmlWriter *w,
                  int side,
                  gboolean footnote,
                  guint index,
                  Item *item)
{
  RdDocument *document = w->documents[side];

  if (footnote)
    {
      const RdFootnote *note = g_ptr_array_index (rd_document_get_footnotes (document), index);

      item->text = note->text;
      item->number = note->marker;
      item->number_label = note->marker;
      item->refs = NULL;
      item->kind = "footnote";
    }
  else
    {
      const RdParagraph *paragraph = g_ptr_array_index (rd_document_get_paragraphs (document), index);

      item->text = paragraph->text;
      item->number = paragraph->number;
      item->number_label = paragraph->number_label;
      item->refs = paragraph->footnotes;
      item->kind = rd_paragraph_kind_to_string (paragraph->kind);
    }
}

void
rd_html_get_change_item (RdHtmlWriter *w,
                         const RdChange *change,
                         int side,
                         guint k,
                         Item *item)
{
  const GArray *items = side == OLD ? change->old_items : change->new_items;

  rd_html_get_item (w, side, change->footnote, g_array_index (items, guint, k), item);
}

/* Footnote marks */

static void
marks_init (Marks *marks,
            RdHtmlWriter *w,
            int side,
            const Item *item)
{
  marks->writer = w;
  marks->side = side;
  marks->text = item->text;
  marks->refs = item->refs != NULL && item->refs->len > 0 ? item->refs : NULL;
  marks->pos = 0;
  marks->next = 0;
  marks->lost = FALSE;
}

static void
add_footnote_ref (xmlNodePtr parent,
                  Marks *marks,
                  const RdFootnoteRef *ref)
{
  gpointer found = g_hash_table_lookup (marks->writer->footnote_index[marks->side], ref->marker);
  xmlNodePtr sup = rd_html_add_element (parent, "sup", "fn-ref");

  if (found != NULL)
    {
      g_autofree char *target = g_strdup_printf ("fn-%s-%u", marks->side == OLD ? "old" : "new", GPOINTER_TO_UINT (found) - 1);
      rd_html_add_link (sup, NULL, target, ref->marker);
    }
  else
    rd_html_add_text (sup, ref->marker);
}

static void
add_remaining_refs (xmlNodePtr parent,
                    Marks *marks)
{
  while (marks->refs != NULL && marks->next < marks->refs->len)
    add_footnote_ref (parent, marks, &g_array_index (marks->refs, RdFootnoteRef, marks->next++));
}

/* Text in an <ins> or a <del> (or in neither when @mark is NULL), with its
 * white space at either end left outside, so the marks cover words. */
static void
add_marked (xmlNodePtr parent,
            const char *mark,
            const char *text,
            gsize length)
{
  gsize lead = 0;
  gsize trail = 0;

  if (mark == NULL)
    {
      rd_html_add_text_len (parent, text, length);
      return;
    }
  while (lead < length && g_ascii_isspace (text[lead]))
    lead++;
  while (trail < length - lead && g_ascii_isspace (text[length - 1 - trail]))
    trail++;
  rd_html_add_text_len (parent, text, lead);
  if (length - lead - trail > 0)
    rd_html_add_text_len (rd_html_add_element (parent, mark, NULL), text + lead, length - lead - trail);
  rd_html_add_text_len (parent, text + length - trail, trail);
}

/*
 * A piece of one side's text, marked with @mark, with the footnote marks
 * that fall in it.  @marks follows the paragraph's text through the
 * pieces, white space aside (the diff may spell it otherwise); should the
 * pieces stop matching, the remaining marks go at the paragraph's end
 * rather than in a wrong place.  NULL @marks: a piece of the other side.
 */
static void
add_run (xmlNodePtr parent,
         const char *mark,
         const char *chunk,
         Marks *marks)
{
  gsize length = strlen (chunk);
  gsize start = 0;
  gsize i = 0;
  gsize j;

  if (marks == NULL || marks->refs == NULL || marks->lost)
    {
      add_marked (parent, mark, chunk, length);
      return;
    }

  j = marks->pos;
  for (;;)
    {
      /* The marks that stood before the text at j. */
      while (marks->next < marks->refs->len && g_array_index (marks->refs, RdFootnoteRef, marks->next).offset <= j)
        {
          add_marked (parent, mark, chunk + start, i - start);
          start = i;
          add_footnote_ref (parent, marks, &g_array_index (marks->refs, RdFootnoteRef, marks->next++));
        }
      if (i >= length)
        break;
      if (chunk[i] == marks->text[j])
        i++, j++;
      else if (g_ascii_isspace (chunk[i]))
        i++;
      else if (marks->text[j] != '\0' && g_ascii_isspace (marks->text[j]))
        j++;
      else
        {
          marks->lost = TRUE;
          break;
        }
    }
  add_marked (parent, mark, chunk + start, length - start);
  marks->pos = j;
}

static void
add_diff (xmlNodePtr parent,
          const RdDiff *diff,
          Show show,
          Marks *marks)
{
  for (guint s = 0; s < diff->segments->len; s++)
    {
      const RdDiffSegment *segment = g_ptr_array_index (diff->segments, s);

      switch (segment->op)
        {
        case RD_DIFF_EQUAL:
          add_run (parent, NULL, show == SHOW_OLD && segment->old_text != NULL ? segment->old_text : segment->text, marks);
          break;
        case RD_DIFF_DELETE:
          if (show != SHOW_NEW)
            add_run (parent, "del", segment->text, show == SHOW_OLD ? marks : NULL);
          break;
        case RD_DIFF_INSERT:
          if (show != SHOW_OLD)
            add_run (parent, "ins", segment->text, marks);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* Paragraphs */

static xmlNodePtr
add_paragraph (xmlNodePtr parent,
               const Item *item,
               const char *extra_class)
{
  g_autofree char *class_name = g_strjoin (" ", "para", item->kind, extra_class, NULL);

  return rd_html_add_block (parent, "p", class_name);
}

/* An empty anchor for links to a footnote from the marks in the text. */
static void
add_footnote_anchors (xmlNodePtr paragraph,
                      const RdChange *change,
                      int side)
{
  const GArray *items = side == OLD ? change->old_items : change->new_items;

  if (!change->footnote)
    return;
  for (guint k = 0; k < items->len; k++)
    rd_html_set_id (rd_html_add_element (paragraph, "span", "anchor"), "fn-%s-%u", side == OLD ? "old" : "new", g_array_index (items, guint, k));
}

/*
 * The number as printed: "7." when it stayed, "7 → 8." where the paragraph
 * was renumbered, inserted or deleted with its paragraph.  Either item may
 * be NULL (the side has no paragraph).
 */
static void
add_number (xmlNodePtr paragraph,
            const Item *old_item,
            const Item *new_item,
            gboolean old_marked,
            gboolean new_marked)
{
  const char *old_label = old_item != NULL ? old_item->number_label : NULL;
  const char *new_label = new_item != NULL ? new_item->number_label : NULL;
  xmlNodePtr span;

  if (old_label == NULL && new_label == NULL)
    return;

  if (new_label == NULL)
    {
      span = rd_html_add_element (paragraph, "span", "num");
      if (old_marked)
        rd_html_add_text_element (span, "del", NULL, old_label);
      else
        rd_html_add_text (span, old_label);
    }
  else if (old_label == NULL)
    {
      span = rd_html_add_element (paragraph, "span", "num");
      if (new_marked)
        rd_html_add_text_element (span, "ins", NULL, new_label);
      else
        rd_html_add_text (span, new_label);
    }
  else if (strcmp (old_label, new_label) == 0)
    rd_html_add_text_element (paragraph, "span", "num", new_label);
  else
    {
      const char *old_number = old_item->number;
      const char *new_number = new_item->number;
      gboolean same_punctuation = old_number != NULL && new_number != NULL && g_str_has_prefix (old_label, old_number) && g_str_has_prefix (new_label, new_number) && strcmp (old_label + strlen (old_number), new_label + strlen (new_number)) == 0;

      /* "7 → 8." rather than "7. → 8.". */
      span = rd_html_add_element (paragraph, "span", "num renumbered");
      rd_html_add_text_element (span, "span", "old-num", same_punctuation ? old_number : old_label);
      rd_html_add_text (span, " → ");
      rd_html_add_text (span, new_label);
    }
  rd_html_add_text (paragraph, " ");
}

/* One paragraph of one side, whole: marked as inserted or deleted when
 * @mark says so ("ins", "del"), plain otherwise. */
static void
add_whole (RdHtmlWriter *w,
           xmlNodePtr parent,
           const RdChange *change,
           int side,
           guint k,
           const char *mark,
           const char *extra_class)
{
  Item item;
  Marks marks;
  xmlNodePtr paragraph;

  rd_html_get_change_item (w, change, side, k, &item);
  paragraph = add_paragraph (parent, &item, extra_class);
  if (k == 0)
    add_footnote_anchors (paragraph, change, side);
  if (mark == NULL)
    add_number (paragraph, &item, &item, FALSE, FALSE);
  else if (side == NEW)
    add_number (paragraph, NULL, &item, TRUE, TRUE);
  else
    add_number (paragraph, &item, NULL, TRUE, TRUE);
  marks_init (&marks, w, side, &item);
  add_run (paragraph, mark, item.text, &marks);
  add_remaining_refs (paragraph, &marks);
}

/* A one-to-one change in the redline: old and new in one paragraph. */
static void
add_redline_pair (RdHtmlWriter *w,
                  xmlNodePtr parent,
                  const RdChange *change,
                  const char *extra_class)
{
  Item old_item;
  Item new_item;
  Marks marks;
  xmlNodePtr paragraph;

  rd_html_get_change_item (w, change, OLD, 0, &old_item);
  rd_html_get_change_item (w, change, NEW, 0, &new_item);
  paragraph = add_paragraph (parent, &new_item, extra_class);
  add_footnote_anchors (paragraph, change, OLD);
  add_footnote_anchors (paragraph, change, NEW);
  add_number (paragraph, &old_item, &new_item, TRUE, TRUE);
  marks_init (&marks, w, NEW, &new_item);
  add_diff (paragraph, change->diff, SHOW_REDLINE, &marks);
  add_remaining_refs (paragraph, &marks);
}

/* One side of a one-to-one change, for a cell of the side-by-side table. */
static void
add_side (RdHtmlWriter *w,
          xmlNodePtr parent,
          const RdChange *change,
          int side,
          const char *extra_class)
{
  Item item;
  Marks marks;
  xmlNodePtr paragraph;

  rd_html_get_change_item (w, change, side, 0, &item);
  paragraph = add_paragraph (parent, &item, extra_class);
  add_footnote_anchors (paragraph, change, side);
  add_number (paragraph, &item, &item, FALSE, FALSE);
  marks_init (&marks, w, side, &item);
  add_diff (paragraph, change->diff, side == OLD ? SHOW_OLD : SHOW_NEW, &marks);
  add_remaining_refs (paragraph, &marks);
}

/*
 * Split and merged changes.  @many is the side with several paragraphs
 * (new for split, old for merged): each of its paragraphs is written from
 * its part of the diff.  In the redline a merged paragraph shows a deleted
 * "¶" with the old number where an old paragraph used to start.
 */
static void
add_parts (RdHtmlWriter *w,
           xmlNodePtr parent,
           const RdChange *change,
           Show show)
{
  gboolean split = change->type == RD_CHANGE_SPLIT;
  int many = split ? NEW : OLD;
  int one = split ? OLD : NEW;
  Item one_item;
  Marks one_marks;

  rd_html_get_change_item (w, change, one, 0, &one_item);

  if ((show == SHOW_OLD && many == OLD) || (show != SHOW_OLD && many == NEW))
    {
      /* A paragraph per part. */
      for (guint k = 0; k < change->parts->len; k++)
        {
          Item item;
          Marks marks;
          xmlNodePtr paragraph;

          rd_html_get_change_item (w, change, many, k, &item);
          paragraph = add_paragraph (parent, &item, "part");
          if (change->footnote)
            rd_html_set_id (rd_html_add_element (paragraph, "span", "anchor"), "fn-%s-%u", many == OLD ? "old" : "new", g_array_index (many == OLD ? change->old_items : change->new_items, guint, k));
          if (k == 0 && show == SHOW_REDLINE)
            {
              add_footnote_anchors (paragraph, change, one);
              add_number (paragraph, &one_item, &item, TRUE, TRUE);
            }
          else if (show == SHOW_REDLINE)
            add_number (paragraph, NULL, &item, TRUE, TRUE);
          else
            add_number (paragraph, &item, &item, FALSE, FALSE);
          marks_init (&marks, w, many, &item);
          add_diff (paragraph, g_ptr_array_index (change->parts, k), show, &marks);
          add_remaining_refs (paragraph, &marks);
        }
      return;
    }

  /* The parts joined into the one paragraph. */
  {
    xmlNodePtr paragraph = add_paragraph (parent, &one_item, NULL);

    add_footnote_anchors (paragraph, change, one);
    if (show == SHOW_REDLINE)
      {
        /* Merged: the new paragraph, its number against the first old
         * one's. */
        Item first;

        add_footnote_anchors (paragraph, change, OLD);
        rd_html_get_change_item (w, change, OLD, 0, &first);
        add_number (paragraph, &first, &one_item, TRUE, TRUE);
      }
    else
      add_number (paragraph, &one_item, &one_item, FALSE, FALSE);
    marks_init (&one_marks, w, one, &one_item);
    for (guint k = 0; k < change->parts->len; k++)
      {
        if (k > 0 && show == SHOW_REDLINE)
          {
            Item item;
            xmlNodePtr pilcrow;

            rd_html_get_change_item (w, change, OLD, k, &item);
            rd_html_add_text (paragraph, " ");
            pilcrow = rd_html_add_element (paragraph, "del", "para-break");
            /* TRANSLATORS: tooltip on the "¶" that marks where a paragraph
             * break was removed when paragraphs were merged */
            rd_html_set_attribute (pilcrow, "title", _ ("paragraph break removed"));
            rd_html_add_text (pilcrow, "¶");
            if (item.number_label != NULL)
              rd_html_add_textf (pilcrow, " %s", item.number_label);
            rd_html_add_text (paragraph, " ");
          }
        add_diff (paragraph, g_ptr_array_index (change->parts, k), show, &one_marks);
      }
    add_remaining_refs (paragraph, &one_marks);
  }
}

/* Changes */

char *
rd_html_describe_side (RdHtmlWriter *w,
                       const RdChange *change,
                       int side)
{
  return rd_comparison_describe_side (w->comparison, change, side == NEW);
}

/* "Change 4  OP 7 → 8, modified, Encourages → Urges", its number a link
 * back to the list of changes. */
static xmlNodePtr
add_change_label (RdHtmlWriter *w,
                  xmlNodePtr parent,
                  const char *element,
                  const RdChange *change,
                  guint number)
{
  g_autofree char *label = rd_comparison_describe_change (w->comparison, change);
  g_autofree char *list_id = g_strdup_printf ("list-%u", number);
  g_autofree char *number_text = g_strdup_printf (_ ("Change %u"), number);
  xmlNodePtr node = rd_html_add_block (parent, element, "change-label");

  rd_html_add_link (node, "change-no", list_id, number_text);
  rd_html_add_text (node, " ");
  rd_html_add_text_element (node, "span", "change-what", label);
  return node;
}

/* The link between a moved paragraph's two places, in the direction the
 * reader goes: "moved from PP 16 ↑" at the new place, "moved to PP 25 ↓"
 * at the old one. */
static void
add_move_link (RdHtmlWriter *w,
               xmlNodePtr parent,
               const RdChange *change,
               guint number,
               gboolean at_new_place,
               gboolean other_above)
{
  g_autofree char *place = rd_html_describe_side (w, change, at_new_place ? OLD : NEW);
  g_autofree char *target = at_new_place ? origin_id (number) : rd_html_change_id (number);
  g_autofree char *text = NULL;

  if (at_new_place)
    /* TRANSLATORS: a link from a moved paragraph to where it stood; %s is
     * its old place ("PP 16"), %s an arrow (↑ or ↓) */
    text = g_strdup_printf (_ ("moved from %s %s"), place, other_above ? "↑" : "↓");
  else
    /* TRANSLATORS: a link from where a paragraph stood to where it went;
     * %s is its new place ("PP 25"), %s an arrow (↑ or ↓) */
    text = g_strdup_printf (_ ("moved to %s %s"), place, other_above ? "↑" : "↓");
  rd_html_add_link (parent, "move-link", target, text);
}

static void
add_change_redline (RdHtmlWriter *w,
                    xmlNodePtr parent,
                    const RdChange *change,
                    guint number,
                    guint position)
{
  g_autofree char *class_name = g_strconcat ("change ", rd_change_type_to_string (change->type), NULL);
  xmlNodePtr box = rd_html_add_block (parent, "div", class_name);
  xmlNodePtr label;

  rd_html_set_id (box, "change-%u", number);
  label = add_change_label (w, box, "p", change, number);

  switch (change->type)
    {
    case RD_CHANGE_MOVED:
      if (change->origin != G_MAXUINT)
        {
          rd_html_add_text (label, " · ");
          add_move_link (w, label, change, number, TRUE, change->origin <= position);
        }
      add_redline_pair (w, box, change, "moved-text");
      break;
    case RD_CHANGE_MODIFIED:
    case RD_CHANGE_UNCHANGED:
      add_redline_pair (w, box, change, NULL);
      break;
    case RD_CHANGE_INSERTED:
      add_whole (w, box, change, NEW, 0, "ins", NULL);
      break;
    case RD_CHANGE_DELETED:
      add_whole (w, box, change, OLD, 0, "del", NULL);
      break;
    case RD_CHANGE_SPLIT:
    case RD_CHANGE_MERGED:
      add_parts (w, box, change, SHOW_REDLINE);
      break;
    case RD_N_CHANGE_TYPES:
    default:
      g_assert_not_reached ();
    }
}

static xmlNodePtr
add_row (xmlNodePtr body,
         const char *class_name,
         xmlNodePtr *old_cell,
         xmlNodePtr *new_cell)
{
  xmlNodePtr row = rd_html_add_block (body, "tr", class_name);

  *old_cell = rd_html_add_block (row, "td", "old");
  *new_cell = rd_html_add_block (row, "td", "new");
  xmlNodeAddContent (row, (const xmlChar *) "\n");
  return row;
}

static void
add_empty_side (xmlNodePtr cell,
                int side)
{
  xmlSetProp (cell, (const xmlChar *) "class", (const xmlChar *) (side == OLD ? "old empty" : "new empty"));
  rd_html_add_text_element (cell, "p", "absent", side == OLD ? _ ("not in the old version") : _ ("not in the new version"));
}

static void
add_change_side_by_side (RdHtmlWriter *w,
                         xmlNodePtr table,
                         const RdChange *change,
                         guint number,
                         guint position)
{
  g_autofree char *class_name = g_strconcat ("change ", rd_change_type_to_string (change->type), NULL);
  xmlNodePtr body = rd_html_add_block (table, "tbody", class_name);
  xmlNodePtr label_row = rd_html_add_block (body, "tr", "label-row");
  xmlNodePtr label_cell = rd_html_add_element (label_row, "th", NULL);
  xmlNodePtr old_cell;
  xmlNodePtr new_cell;

  rd_html_set_id (body, "change-%u", number);
  rd_html_set_attribute (label_cell, "colspan", "2");
  rd_html_set_attribute (label_cell, "scope", "rowgroup");
  add_change_label (w, label_cell, "span", change, number);
  add_row (body, NULL, &old_cell, &new_cell);

  switch (change->type)
    {
    case RD_CHANGE_MOVED:
      {
        xmlNodePtr note = rd_html_add_block (old_cell, "p", "moved-note");

        if (change->origin != G_MAXUINT)
          add_move_link (w, note, change, number, TRUE, change->origin <= position);
        else
          rd_html_add_text (note, _ ("moved"));
        add_side (w, new_cell, change, NEW, "moved-text");
      }
      break;
    case RD_CHANGE_MODIFIED:
    case RD_CHANGE_UNCHANGED:
      add_side (w, old_cell, change, OLD, NULL);
      add_side (w, new_cell, change, NEW, NULL);
      break;
    case RD_CHANGE_INSERTED:
      add_empty_side (old_cell, OLD);
      add_whole (w, new_cell, change, NEW, 0, "ins", NULL);
      break;
    case RD_CHANGE_DELETED:
      add_whole (w, old_cell, change, OLD, 0, "del", NULL);
      add_empty_side (new_cell, NEW);
      break;
    case RD_CHANGE_SPLIT:
    case RD_CHANGE_MERGED:
      add_parts (w, old_cell, change, SHOW_OLD);
      add_parts (w, new_cell, change, SHOW_NEW);
      break;
    case RD_N_CHANGE_TYPES:
    default:
      g_assert_not_reached ();
    }
  xmlNodeAddContent (body, (const xmlChar *) "\n");
}

/* Where a moved paragraph stood in the old version. */
static void
add_moved_away (RdHtmlWriter *w,
                xmlNodePtr container,
                const RdChange *change,
                guint number,
                guint position)
{
  g_autofree char *old_place = rd_html_describe_side (w, change, OLD);
  /* The paragraph went to a place later in the list than where it
   * stood when its change comes at or after its origin. */
  gboolean later = position >= change->origin;
  xmlNodePtr label;

  if (w->side_by_side)
    {
      xmlNodePtr body = rd_html_add_block (container, "tbody", "moved-away");
      xmlNodePtr old_cell;
      xmlNodePtr new_cell;
      xmlNodePtr note;

      rd_html_set_id (body, "change-%u-from", number);
      add_row (body, NULL, &old_cell, &new_cell);
      add_side (w, old_cell, change, OLD, "moved-text");
      note = rd_html_add_block (new_cell, "p", "moved-note");
      add_move_link (w, note, change, number, FALSE, !later);
      xmlNodeAddContent (body, (const xmlChar *) "\n");
      return;
    }

  {
    xmlNodePtr box = rd_html_add_block (container, "div", "moved-away");

    rd_html_set_id (box, "change-%u-from", number);
    label = rd_html_add_block (box, "p", "change-label");
    /* TRANSLATORS: where a moved paragraph stood; %s is its old place */
    rd_html_add_textf (label, _ ("%s stood here in the old version"), old_place);
    rd_html_add_text (label, " · ");
    add_move_link (w, label, change, number, FALSE, !later);
    add_whole (w, box, change, OLD, 0, NULL, "moved-text");
  }
}

/* Runs of unchanged paragraphs: each as it reads, or one line with
 * --changes-only.  Footnotes are never folded: marks link to them. */
static void
add_unchanged_run (RdHtmlWriter *w,
                   xmlNodePtr container,
                   int list,
                   guint start,
                   guint end)
{
  GPtrArray *changes = w->lists[list];
  xmlNodePtr body = NULL;

  if (start >= end)
    return;

  if (w->options->changes_only && list == BODY)
    {
      g_autofree char *first = rd_html_describe_side (w, g_ptr_array_index (changes, start), NEW);
      g_autofree char *last = rd_html_describe_side (w, g_ptr_array_index (changes, end - 1), NEW);
      guint count = end - start;
      guint renumbered = 0;
      xmlNodePtr line;

      for (guint i = start; i < end; i++)
        renumbered += ((const RdChange *) g_ptr_array_index (changes, i))->renumbered;

      if (w->side_by_side)
        {
          body = rd_html_add_block (container, "tbody", "folded");
          line = rd_html_add_element (rd_html_add_block (body, "tr", NULL), "td", NULL);
          rd_html_set_attribute (line, "colspan", "2");
          line = rd_html_add_element (line, "p", "folded");
        }
      else
        line = rd_html_add_block (container, "p", "folded");

      rd_html_add_textf (line, g_dngettext (GETTEXT_PACKAGE, "%u unchanged paragraph", "%u unchanged paragraphs", count), count);
      if (count == 1)
        rd_html_add_textf (line, " (%s", first);
      else
        rd_html_add_textf (line, " (%s – %s", first, last);
      if (renumbered > 0)
        /* TRANSLATORS: after "N unchanged paragraphs (PP 3 – OP 4": how many of them were renumbered */
        rd_html_add_textf (line, g_dngettext (GETTEXT_PACKAGE, ", %u renumbered", ", %u renumbered", renumbered), renumbered);
      rd_html_add_text (line, ")");
      return;
    }

  if (w->side_by_side)
    body = rd_html_add_block (container, "tbody", "same");
  for (guint i = start; i < end; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);

      if (w->side_by_side)
        {
          xmlNodePtr old_cell;
          xmlNodePtr new_cell;

          add_row (body, NULL, &old_cell, &new_cell);
          add_side (w, old_cell, change, OLD, NULL);
          add_side (w, new_cell, change, NEW, NULL);
        }
      else
        add_redline_pair (w, container, change, NULL);
    }
  if (body != NULL)
    xmlNodeAddContent (body, (const xmlChar *) "\n");
}

typedef struct
{
  guint origin;
  guint position;
} Move;

static int
compare_moves (gconstpointer a,
               gconstpointer b)
{
  const Move *x = a;
  const Move *y = b;

  if (x->origin != y->origin)
    return x->origin < y->origin ? -1 : 1;
  return x->position < y->position ? -1 : x->position > y->position;
}

/* The text (or the footnotes) in reading order, each moved paragraph also
 * at its old place. */
static void
add_changes (RdHtmlWriter *w,
             xmlNodePtr container,
             int list)
{
  GPtrArray *changes = w->lists[list];
  g_autoptr (GArray) moves = g_array_new (FALSE, FALSE, sizeof (Move));
  guint run_start = G_MAXUINT;
  guint m = 0;

  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);

      if (change->type == RD_CHANGE_MOVED && change->origin != G_MAXUINT)
        {
          Move move = { MIN (change->origin, changes->len), i };
          g_array_append_val (moves, move);
        }
    }
  g_array_sort (moves, compare_moves);

  for (guint i = 0; i <= changes->len; i++)
    {
      const RdChange *change;

      if (m < moves->len && g_array_index (moves, Move, m).origin == i)
        {
          add_unchanged_run (w, container, list, run_start, i);
          run_start = G_MAXUINT;
          for (; m < moves->len && g_array_index (moves, Move, m).origin == i; m++)
            {
              guint position = g_array_index (moves, Move, m).position;
              add_moved_away (w, container, g_ptr_array_index (changes, position), w->numbers[list][position], position);
            }
        }
      if (i == changes->len)
        break;

      change = g_ptr_array_index (changes, i);
      if (!rd_change_is_difference (change))
        {
          if (run_start == G_MAXUINT)
            run_start = i;
          continue;
        }
      add_unchanged_run (w, container, list, run_start, i);
      run_start = G_MAXUINT;
      if (w->side_by_side)
        add_change_side_by_side (w, container, change, w->numbers[list][i], i);
      else
        add_change_redline (w, container, change, w->numbers[list][i], i);
    }
  add_unchanged_run (w, container, list, run_start, changes->len);
}

/* The title and the formula above the paragraphs, marked when they
 * changed. */
static void
add_masthead_line (RdHtmlWriter *w,
                   xmlNodePtr container,
                   RdField field,
                   const char *class_name)
{
  const char *old_value = rd_document_get_field (w->documents[OLD], field);
  const char *new_value = rd_document_get_field (w->documents[NEW], field);
  g_autoptr (RdDiff) diff = NULL;

  if (old_value == NULL && new_value == NULL)
    return;
  diff = rd_diff_texts (old_value != NULL ? old_value : "", new_value != NULL ? new_value : "", RD_DIFF_FLAGS_NONE, 0);

  if (w->side_by_side)
    {
      xmlNodePtr body = rd_html_add_block (container, "tbody", "masthead");
      xmlNodePtr old_cell;
      xmlNodePtr new_cell;

      add_row (body, NULL, &old_cell, &new_cell);
      add_diff (rd_html_add_block (old_cell, "p", class_name), diff, SHOW_OLD, NULL);
      add_diff (rd_html_add_block (new_cell, "p", class_name), diff, SHOW_NEW, NULL);
      xmlNodeAddContent (body, (const xmlChar *) "\n");
    }
  else
    add_diff (rd_html_add_block (container, "p", class_name), diff, SHOW_REDLINE, NULL);
}

/* Document and footnotes */

static xmlNodePtr
add_text_container (RdHtmlWriter *w,
                    xmlNodePtr section)
{
  xmlNodePtr table;
  xmlNodePtr row;
  g_autofree char *old_name = NULL;
  g_autofree char *new_name = NULL;

  if (!w->side_by_side)
    return section;

  old_name = rd_html_document_name (w->documents[OLD]);
  new_name = rd_html_document_name (w->documents[NEW]);
  table = rd_html_add_block (section, "table", "side-by-side");
  rd_html_add_block (table, "col", "old");
  rd_html_add_block (table, "col", "new");
  row = rd_html_add_block (rd_html_add_block (table, "thead", NULL), "tr", NULL);
  /* TRANSLATORS: column heading; %s is the old version's symbol or file */
  rd_html_add_textf (rd_html_add_block (row, "th", NULL), _ ("Old: %s"), old_name);
  rd_html_set_attribute (row->last, "scope", "col");
  /* TRANSLATORS: column heading; %s is the new version's symbol or file */
  rd_html_add_textf (rd_html_add_block (row, "th", NULL), _ ("New: %s"), new_name);
  rd_html_set_attribute (row->last, "scope", "col");
  return table;
}

static void
add_document (RdHtmlWriter *w,
              xmlNodePtr main_node)
{
  xmlNodePtr section = rd_html_add_block (main_node, "section", "document");
  xmlNodePtr heading = NULL;
  xmlNodePtr container;

  rd_html_set_attribute (section, "id", "text");
  heading = rd_html_add_block (section, "h2", NULL);
  rd_html_add_text (heading, w->side_by_side ? _ ("Text: old and new side by side") : _ ("Text of the new version, with the changes marked"));
  if (w->options->changes_only)
    rd_html_add_textf (heading, " (%s)", _ ("changes only"));

  container = add_text_container (w, section);
  add_masthead_line (w, container, RD_FIELD_TITLE, "doc-title");
  add_masthead_line (w, container, RD_FIELD_FORMULA, "formula");
  add_changes (w, container, BODY);

  if (rd_document_get_footnotes (w->documents[OLD])->len == 0 && rd_document_get_footnotes (w->documents[NEW])->len == 0)
    return;

  section = rd_html_add_block (main_node, "section", "footnotes");
  rd_html_set_attribute (section, "id", "footnotes");
  rd_html_add_text (rd_html_add_block (section, "h2", NULL), _ ("Footnotes"));
  container = add_text_container (w, section);
  add_changes (w, container, NOTES);
}

/* The only style (html-export.css, a resource of this library), without
 * its comments, which are for its readers. */
static char *
style_sheet (void)
{
  g_autoptr (GBytes) bytes = g_resources_lookup_data (STYLE_SHEET_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  gsize length = 0;
  const char *css;
  GString *out;

  /* Compiled into this library: never missing. */
  g_assert (bytes != NULL);
  css = g_bytes_get_data (bytes, &length);
  out = g_string_sized_new (length);
  for (gsize i = 0; i < length;)
    {
      if (i + 1 < length && css[i] == '/' && css[i + 1] == '*')
        {
          const char *end = g_strstr_len (css + i + 2, length - i - 2, "*/");

          i = end != NULL ? (gsize) (end - css) + 2 : length;
          /* The line a comment stood on goes with it. */
          if (i < length && css[i] == '\n')
            i++;
          continue;
        }
      g_string_append_c (out, css[i++]);
    }
  return g_string_free (out, FALSE);
}

/* Page numbers in the margin, where the browser prints margin boxes. */
/* In the --muted colour of html-export.css. */
#define PAGE_NUMBER "@bottom-right { content: counter(page) \" / \" counter(pages); font: 8pt sans-serif; color: #4d4d4d; }"
static const char page_portrait[] = "@page { size: A4; margin: 16mm 17mm 18mm; " PAGE_NUMBER " }\n";
static const char page_landscape[] = "@page { size: A4 landscape; margin: 14mm 14mm 16mm; " PAGE_NUMBER " }\n";
#undef PAGE_NUMBER

static void
add_head (RdHtmlWriter *w,
          xmlNodePtr html)
{
  xmlNodePtr head = rd_html_add_block (html, "head", NULL);
  xmlNodePtr meta;
  xmlNodePtr style;
  g_autofree char *css = style_sheet ();
  g_autofree char *old_name = rd_html_document_name (w->documents[OLD]);
  g_autofree char *new_name = rd_html_document_name (w->documents[NEW]);
  g_autofree char *generator = g_strdup_printf ("%s %s", w->options->program_name != NULL ? w->options->program_name : PACKAGE_NAME,
                                                w->options->program_version != NULL ? w->options->program_version : PACKAGE_VERSION);

  meta = rd_html_add_block (head, "meta", NULL);
  rd_html_set_attribute (meta, "charset", "utf-8");
  /* No script, no external resource of any kind: only the inline style
   * sheet (and data: images, should one ever be inlined). */
  meta = rd_html_add_block (head, "meta", NULL);
  rd_html_set_attribute (meta, "http-equiv", "Content-Security-Policy");
  rd_html_set_attribute (meta, "content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  meta = rd_html_add_block (head, "meta", NULL);
  rd_html_set_attribute (meta, "name", "viewport");
  rd_html_set_attribute (meta, "content", "width=device-width, initial-scale=1");
  meta = rd_html_add_block (head, "meta", NULL);
  rd_html_set_attribute (meta, "name", "generator");
  rd_html_set_attribute (meta, "content", generator);
  /* TRANSLATORS: the page title: old and new symbols (or file names) */
  rd_html_add_textf (rd_html_add_block (head, "title", NULL), _ ("Changes: %s → %s"), old_name, new_name);
  style = rd_html_add_block (head, "style", NULL);
  rd_html_add_text (style, css);
  rd_html_add_text (style, w->side_by_side ? page_landscape : page_portrait);
  xmlNodeAddContent (head, (const xmlChar *) "\n");
}

/* Numbers the changes that are differences, body first, then footnotes:
 * #change-1, #change-2, ... */
static void
number_changes (RdHtmlWriter *w)
{
  guint next = 1;

  for (int list = BODY; list < N_LISTS; list++)
    {
      w->numbers[list] = g_new0 (guint, w->lists[list]->len + 1);
      for (guint i = 0; i < w->lists[list]->len; i++)
        if (rd_change_is_difference (g_ptr_array_index (w->lists[list], i)))
          w->numbers[list][i] = next++;
    }
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

static GBytes *
serialise (xmlDocPtr doc,
           GError **error)
{
  xmlOutputBufferPtr out = xmlAllocOutputBuffer (NULL);
  GBytes *bytes = NULL;

  if (out == NULL)
    {
      g_set_error_literal (error, RD_HTML_ERROR, RD_HTML_ERROR_FAILED, _ ("cannot write the HTML (out of memory)"));
      return NULL;
    }
  /* No encoder: the tree's UTF-8 goes out as it is (htmlDocDumpMemory
   * would turn every non-ASCII character into a reference). */
  htmlDocContentDumpFormatOutput (out, doc, "UTF-8", 0);
  xmlOutputBufferWrite (out, 1, "\n");
  xmlOutputBufferFlush (out);
  if (out->error == 0)
    bytes = g_bytes_new (xmlOutputBufferGetContent (out), xmlOutputBufferGetSize (out));
  else
    g_set_error (error, RD_HTML_ERROR, RD_HTML_ERROR_FAILED, _ ("cannot write the HTML (libxml2 error %d)"), out->error);
  xmlOutputBufferClose (out);
  return bytes;
}

/* Public API */

GBytes *
rd_html_write (RdComparison *comparison,
               const RdHtmlOptions *options,
               GError **error)
{
  static const RdHtmlOptions defaults = { 0 };
  RdHtmlWriter w = { 0 };
  xmlNodePtr html;
  xmlNodePtr body;
  xmlNodePtr main_node;
  const char *language;
  GBytes *bytes;

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  xmlInitParser ();

  w.comparison = comparison;
  w.documents[OLD] = rd_comparison_get_old (comparison);
  w.documents[NEW] = rd_comparison_get_new (comparison);
  w.options = options != NULL ? options : &defaults;
  w.side_by_side = w.options->layout == RD_LAYOUT_SIDE_BY_SIDE;
  w.lists[BODY] = rd_comparison_get_changes (comparison);
  w.lists[NOTES] = rd_comparison_get_footnote_changes (comparison);
  w.footnote_index[OLD] = index_footnotes (w.documents[OLD]);
  w.footnote_index[NEW] = index_footnotes (w.documents[NEW]);
  number_changes (&w);

  w.doc = htmlNewDocNoDtD (NULL, NULL);
  xmlCreateIntSubset (w.doc, (const xmlChar *) "html", NULL, NULL);
  html = xmlNewDocNode (w.doc, NULL, (const xmlChar *) "html", NULL);
  xmlDocSetRootElement (w.doc, html);
  language = document_language (&w);
  rd_html_set_attribute (html, "lang", language);
  if (language_is_rtl (language))
    rd_html_set_attribute (html, "dir", "rtl");

  add_head (&w, html);
  body = rd_html_add_block (html, "body", w.side_by_side ? "side-by-side" : "redline");
  rd_html_add_title_block (&w, body);
  main_node = rd_html_add_block (body, "main", NULL);
  rd_html_add_summary (&w, main_node);
  rd_html_add_legend (&w, main_node);
  rd_html_add_change_list (&w, main_node);
  add_document (&w, main_node);
  xmlNodeAddContent (main_node, (const xmlChar *) "\n");
  xmlNodeAddContent (body, (const xmlChar *) "\n");
  xmlNodeAddContent (html, (const xmlChar *) "\n");

  bytes = serialise (w.doc, error);

  xmlFreeDoc (w.doc);
  for (int list = BODY; list < N_LISTS; list++)
    g_free (w.numbers[list]);
  g_hash_table_unref (w.footnote_index[OLD]);
  g_hash_table_unref (w.footnote_index[NEW]);
  return bytes;
}

gboolean
rd_html_save (RdComparison *comparison,
              const RdHtmlOptions *options,
              GFile *target,
              GFile *const *inputs,
              GCancellable *cancellable,
              GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), FALSE);
  g_return_val_if_fail (G_IS_FILE (target), FALSE);

  /* Refuse an input before the work, not only after it. */
  if (!rd_save_check_target (target, inputs, error))
    return FALSE;
  bytes = rd_html_write (comparison, options, &local_error);
  if (bytes == NULL)
    {
      g_autofree char *name = rd_file_display_name (target);
      g_set_error (error, RD_SAVE_ERROR, RD_SAVE_ERROR_FAILED, "%s: %s", name, local_error->message);
      return FALSE;
    }
  return rd_save_bytes (target, bytes, inputs, cancellable, error);
}
