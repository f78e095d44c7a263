/* rd-html-writer.c: a comparison as one self-contained HTML file
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is built as a libxml2 tree and serialised by libxml2: document
 * text only ever enters the tree as text nodes (xmlNodeAddContentLen) or
 * attribute values (xmlSetProp), which the serialiser escapes.  Nothing
 * here pastes document text into markup.
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

#include "rd-import.h"
#include "rd-save.h"

/* Colours */

/* Each is at least 4.5:1 against white (WCAG AA for text), and insertions
 * and deletions are told apart by readers with red-green colour blindness
 * (blue against red, never green against red).  Colour is never the only
 * mark: insertions are underlined, deletions struck through, moves have a
 * double bar, so a black-and-white printout still reads.  Contrast against
 * white, computed as WCAG 2 does: */
#define COLOR_INSERT "#0057b7" /* 6.9:1 */
#define COLOR_DELETE "#b3261e" /* 6.5:1 */
#define COLOR_MOVE "#6a3d9a"   /* 7.6:1 */
#define COLOR_TEXT "#1b1b1b"   /* 17:1 */
#define COLOR_MUTED "#4d4d4d"  /* 8.5:1 */
#define COLOR_LINK "#1a4f8b"   /* 8.3:1 */
/* Light tints behind the marks on screen only; printing drops them (the
 * marks' colour on the tint stays above 5.6:1). */
#define TINT_INSERT "#e9f1fb"
#define TINT_DELETE "#fbeceb"

/* Language tags longer than this are not BCP 47 tags a document would
 * carry; "en" is used instead. */
#define MAX_LANGUAGE_LENGTH 35

/* The struct */

enum
{
  OLD,
  NEW
};

enum
{
  BODY,
  NOTES,
  N_LISTS
};

typedef enum
{
  SHOW_REDLINE, /* both sides in one: common, deleted and inserted text */
  SHOW_OLD,     /* the old side: common and deleted text */
  SHOW_NEW,     /* the new side: common and inserted text */
} Show;

typedef struct
{
  RdComparison *comparison;
  RdDocument *documents[2];
  const RdHtmlOptions *options;
  gboolean side_by_side;
  xmlDocPtr doc;
  GPtrArray *lists[N_LISTS];     /* RdChange *: body and footnote changes */
  guint *numbers[N_LISTS];       /* per change: N of #change-N, 0 for
                                  * changes that are no difference */
  GHashTable *footnote_index[2]; /* marker → footnote index + 1 */
} Writer;

/* One paragraph or footnote of one version, as the writer shows it. */
typedef struct
{
  const char *text;
  const char *number;       /* "7", "a", a footnote's mark; NULL if none */
  const char *number_label; /* as printed: "7.", "(a)"; NULL if none */
  const GArray *refs;       /* RdFootnoteRef; NULL for footnotes */
  const char *kind;         /* a class: "operative", "footnote", ... */
} Item;

/* Where footnote marks go in a paragraph being written: the marks stood at
 * byte offsets of the paragraph's text, which the diff's segments spell out
 * piece by piece. */
typedef struct
{
  Writer *writer;
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

static gboolean
is_allowed_char (gunichar c)
{
  /* HTML forbids the C0 and C1 controls (bar white space) and
   * noncharacters; libxml2's parser rejects them too. */
  if (c < 0x20)
    return c == '\t' || c == '\n';
  if (c >= 0x7f && c < 0xa0)
    return FALSE;
  if (c >= 0xfdd0 && c <= 0xfdef)
    return FALSE;
  return (c & 0xfffe) != 0xfffe;
}

/*
 * The one routine every string passes on its way into the tree.  Escaping
 * is libxml2's (the serialiser writes <, >, & and quotes as references);
 * this only replaces what no escaping can carry: bytes that are not UTF-8
 * and characters HTML forbids, each by U+FFFD (carriage returns and form
 * feeds by a space).  Returns NULL when @text needs nothing replaced.
 */
static char *
clean_text (const char *text,
            gsize length)
{
  const char *p = text;
  const char *end = text + length;
  GString *out = NULL;

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      gsize size;
      const char *replacement = NULL;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          size = 1;
          replacement = "\xef\xbf\xbd";
        }
      else
        {
          size = g_utf8_next_char (p) - p;
          if (c == '\r' || c == '\f')
            replacement = " ";
          else if (!is_allowed_char (c))
            replacement = "\xef\xbf\xbd";
        }

      if (replacement != NULL && out == NULL)
        out = g_string_new_len (text, p - text);
      if (out != NULL)
        {
          if (replacement != NULL)
            g_string_append (out, replacement);
          else
            g_string_append_len (out, p, size);
        }
      p += size;
    }
  return out != NULL ? g_string_free (out, FALSE) : NULL;
}

static void
add_text_len (xmlNodePtr parent,
              const char *text,
              gsize length)
{
  g_autofree char *clean = NULL;

  if (text == NULL || length == 0)
    return;
  g_return_if_fail (length < G_MAXINT);

  clean = clean_text (text, length);
  if (clean != NULL)
    xmlNodeAddContent (parent, (const xmlChar *) clean);
  else
    xmlNodeAddContentLen (parent, (const xmlChar *) text, (int) length);
}

static void
add_text (xmlNodePtr parent,
          const char *text)
{
  if (text != NULL)
    add_text_len (parent, text, strlen (text));
}

static void add_textf (xmlNodePtr parent,
                       const char *format,
                       ...) G_GNUC_PRINTF (2, 3);

static void
add_textf (xmlNodePtr parent,
           const char *format,
           ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  add_text (parent, text);
}

static void
set_attribute (xmlNodePtr node,
               const char *name,
               const char *value)
{
  g_autofree char *clean = clean_text (value, strlen (value));

  xmlSetProp (node, (const xmlChar *) name, (const xmlChar *) (clean != NULL ? clean : value));
}

static xmlNodePtr
add_element (xmlNodePtr parent,
             const char *name,
             const char *class_name)
{
  xmlNodePtr node = xmlNewChild (parent, NULL, (const xmlChar *) name, NULL);

  if (class_name != NULL)
    set_attribute (node, "class", class_name);
  return node;
}

/* A block element on a line of its own, so the file reads well as source
 * (white space between blocks does not show). */
static xmlNodePtr
add_block (xmlNodePtr parent,
           const char *name,
           const char *class_name)
{
  xmlNodeAddContent (parent, (const xmlChar *) "\n");
  return add_element (parent, name, class_name);
}

static xmlNodePtr
add_text_element (xmlNodePtr parent,
                  const char *name,
                  const char *class_name,
                  const char *text)
{
  xmlNodePtr node = add_element (parent, name, class_name);

  add_text (node, text);
  return node;
}

static xmlNodePtr
add_link (xmlNodePtr parent,
          const char *class_name,
          const char *target_id,
          const char *text)
{
  g_autofree char *href = g_strconcat ("#", target_id, NULL);
  xmlNodePtr link = add_element (parent, "a", class_name);

  set_attribute (link, "href", href);
  add_text (link, text);
  return link;
}

static void
set_id (xmlNodePtr node,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static void
set_id (xmlNodePtr node,
        const char *format,
        ...)
{
  g_autofree char *id = NULL;
  va_list args;

  va_start (args, format);
  id = g_strdup_vprintf (format, args);
  va_end (args);
  set_attribute (node, "id", id);
}

static char *
change_id (guint number)
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
document_language (Writer *w)
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

static char *
file_name (RdDocument *document)
{
  return g_path_get_basename (rd_document_get_file (document));
}

/* How the title and headings name a version: its symbol, or its file. */
static char *
document_name (RdDocument *document)
{
  const char *symbol = rd_document_get_symbol (document);

  return symbol != NULL ? g_strdup (symbol) : file_name (document);
}

static void
get_item (Writer *w,
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

static void
get_change_item (Writer *w,
                 const RdChange *change,
                 int side,
                 guint k,
                 Item *item)
{
  const GArray *items = side == OLD ? change->old_items : change->new_items;

  get_item (w, side, change->footnote, g_array_index (items, guint, k), item);
}

/* Footnote marks */

static void
marks_init (Marks *marks,
            Writer *w,
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
  xmlNodePtr sup = add_element (parent, "sup", "fn-ref");

  if (found != NULL)
    {
      g_autofree char *target = g_strdup_printf ("fn-%s-%u", marks->side == OLD ? "old" : "new", GPOINTER_TO_UINT (found) - 1);
      add_link (sup, NULL, target, ref->marker);
    }
  else
    add_text (sup, ref->marker);
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
      add_text_len (parent, text, length);
      return;
    }
  while (lead < length && g_ascii_isspace (text[lead]))
    lead++;
  while (trail < length - lead && g_ascii_isspace (text[length - 1 - trail]))
    trail++;
  add_text_len (parent, text, lead);
  if (length - lead - trail > 0)
    add_text_len (add_element (parent, mark, NULL), text + lead, length - lead - trail);
  add_text_len (parent, text + length - trail, trail);
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

  return add_block (parent, "p", class_name);
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
    set_id (add_element (paragraph, "span", "anchor"), "fn-%s-%u", side == OLD ? "old" : "new", g_array_index (items, guint, k));
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
      span = add_element (paragraph, "span", "num");
      if (old_marked)
        add_text_element (span, "del", NULL, old_label);
      else
        add_text (span, old_label);
    }
  else if (old_label == NULL)
    {
      span = add_element (paragraph, "span", "num");
      if (new_marked)
        add_text_element (span, "ins", NULL, new_label);
      else
        add_text (span, new_label);
    }
  else if (strcmp (old_label, new_label) == 0)
    add_text_element (paragraph, "span", "num", new_label);
  else
    {
      const char *old_number = old_item->number;
      const char *new_number = new_item->number;
      gboolean same_punctuation = old_number != NULL && new_number != NULL && g_str_has_prefix (old_label, old_number) && g_str_has_prefix (new_label, new_number) && strcmp (old_label + strlen (old_number), new_label + strlen (new_number)) == 0;

      /* "7 → 8." rather than "7. → 8.". */
      span = add_element (paragraph, "span", "num renumbered");
      add_text_element (span, "span", "old-num", same_punctuation ? old_number : old_label);
      add_text (span, " → ");
      add_text (span, new_label);
    }
  add_text (paragraph, " ");
}

/* One paragraph of one side, whole: marked as inserted or deleted when
 * @mark says so ("ins", "del"), plain otherwise. */
static void
add_whole (Writer *w,
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

  get_change_item (w, change, side, k, &item);
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
add_redline_pair (Writer *w,
                  xmlNodePtr parent,
                  const RdChange *change,
                  const char *extra_class)
{
  Item old_item;
  Item new_item;
  Marks marks;
  xmlNodePtr paragraph;

  get_change_item (w, change, OLD, 0, &old_item);
  get_change_item (w, change, NEW, 0, &new_item);
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
add_side (Writer *w,
          xmlNodePtr parent,
          const RdChange *change,
          int side,
          const char *extra_class)
{
  Item item;
  Marks marks;
  xmlNodePtr paragraph;

  get_change_item (w, change, side, 0, &item);
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
add_parts (Writer *w,
           xmlNodePtr parent,
           const RdChange *change,
           Show show)
{
  gboolean split = change->type == RD_CHANGE_SPLIT;
  int many = split ? NEW : OLD;
  int one = split ? OLD : NEW;
  Item one_item;
  Marks one_marks;

  get_change_item (w, change, one, 0, &one_item);

  if ((show == SHOW_OLD && many == OLD) || (show != SHOW_OLD && many == NEW))
    {
      /* A paragraph per part. */
      for (guint k = 0; k < change->parts->len; k++)
        {
          Item item;
          Marks marks;
          xmlNodePtr paragraph;

          get_change_item (w, change, many, k, &item);
          paragraph = add_paragraph (parent, &item, "part");
          if (change->footnote)
            set_id (add_element (paragraph, "span", "anchor"), "fn-%s-%u", many == OLD ? "old" : "new", g_array_index (many == OLD ? change->old_items : change->new_items, guint, k));
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
        get_change_item (w, change, OLD, 0, &first);
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

            get_change_item (w, change, OLD, k, &item);
            add_text (paragraph, " ");
            pilcrow = add_element (paragraph, "del", "para-break");
            /* TRANSLATORS: tooltip on the "¶" that marks where a paragraph
             * break was removed when paragraphs were merged */
            set_attribute (pilcrow, "title", _ ("paragraph break removed"));
            add_text (pilcrow, "¶");
            if (item.number_label != NULL)
              add_textf (pilcrow, " %s", item.number_label);
            add_text (paragraph, " ");
          }
        add_diff (paragraph, g_ptr_array_index (change->parts, k), show, &one_marks);
      }
    add_remaining_refs (paragraph, &one_marks);
  }
}

/* Changes */

static char *
describe_side (Writer *w,
               const RdChange *change,
               int side)
{
  return rd_comparison_describe_side (w->comparison, change, side == NEW);
}

/* "Change 4  OP 7 → 8, modified, Encourages → Urges", its number a link
 * back to the list of changes. */
static xmlNodePtr
add_change_label (Writer *w,
                  xmlNodePtr parent,
                  const char *element,
                  const RdChange *change,
                  guint number)
{
  g_autofree char *label = rd_comparison_describe_change (w->comparison, change);
  g_autofree char *list_id = g_strdup_printf ("list-%u", number);
  g_autofree char *number_text = g_strdup_printf (_ ("Change %u"), number);
  xmlNodePtr node = add_block (parent, element, "change-label");

  add_link (node, "change-no", list_id, number_text);
  add_text (node, " ");
  add_text_element (node, "span", "change-what", label);
  return node;
}

/* The link between a moved paragraph's two places, in the direction the
 * reader goes: "moved from PP 16 ↑" at the new place, "moved to PP 25 ↓"
 * at the old one. */
static void
add_move_link (Writer *w,
               xmlNodePtr parent,
               const RdChange *change,
               guint number,
               gboolean at_new_place,
               gboolean other_above)
{
  g_autofree char *place = describe_side (w, change, at_new_place ? OLD : NEW);
  g_autofree char *target = at_new_place ? origin_id (number) : change_id (number);
  g_autofree char *text = NULL;

  if (at_new_place)
    /* TRANSLATORS: a link from a moved paragraph to where it stood; %s is
     * its old place ("PP 16"), %s an arrow (↑ or ↓) */
    text = g_strdup_printf (_ ("moved from %s %s"), place, other_above ? "↑" : "↓");
  else
    /* TRANSLATORS: a link from where a paragraph stood to where it went;
     * %s is its new place ("PP 25"), %s an arrow (↑ or ↓) */
    text = g_strdup_printf (_ ("moved to %s %s"), place, other_above ? "↑" : "↓");
  add_link (parent, "move-link", target, text);
}

static void
add_change_redline (Writer *w,
                    xmlNodePtr parent,
                    const RdChange *change,
                    guint number,
                    guint position)
{
  g_autofree char *class_name = g_strconcat ("change ", rd_change_type_to_string (change->type), NULL);
  xmlNodePtr box = add_block (parent, "div", class_name);
  xmlNodePtr label;

  set_id (box, "change-%u", number);
  label = add_change_label (w, box, "p", change, number);

  switch (change->type)
    {
    case RD_CHANGE_MOVED:
      if (change->origin != G_MAXUINT)
        {
          add_text (label, " · ");
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
  xmlNodePtr row = add_block (body, "tr", class_name);

  *old_cell = add_block (row, "td", "old");
  *new_cell = add_block (row, "td", "new");
  xmlNodeAddContent (row, (const xmlChar *) "\n");
  return row;
}

static void
add_empty_side (xmlNodePtr cell,
                int side)
{
  xmlSetProp (cell, (const xmlChar *) "class", (const xmlChar *) (side == OLD ? "old empty" : "new empty"));
  add_text_element (cell, "p", "absent", side == OLD ? _ ("not in the old version") : _ ("not in the new version"));
}

static void
add_change_side_by_side (Writer *w,
                         xmlNodePtr table,
                         const RdChange *change,
                         guint number,
                         guint position)
{
  g_autofree char *class_name = g_strconcat ("change ", rd_change_type_to_string (change->type), NULL);
  xmlNodePtr body = add_block (table, "tbody", class_name);
  xmlNodePtr label_row = add_block (body, "tr", "label-row");
  xmlNodePtr label_cell = add_element (label_row, "th", NULL);
  xmlNodePtr old_cell;
  xmlNodePtr new_cell;

  set_id (body, "change-%u", number);
  set_attribute (label_cell, "colspan", "2");
  set_attribute (label_cell, "scope", "rowgroup");
  add_change_label (w, label_cell, "span", change, number);
  add_row (body, NULL, &old_cell, &new_cell);

  switch (change->type)
    {
    case RD_CHANGE_MOVED:
      {
        xmlNodePtr note = add_block (old_cell, "p", "moved-note");

        if (change->origin != G_MAXUINT)
          add_move_link (w, note, change, number, TRUE, change->origin <= position);
        else
          add_text (note, _ ("moved"));
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
add_moved_away (Writer *w,
                xmlNodePtr container,
                const RdChange *change,
                guint number,
                guint position)
{
  g_autofree char *old_place = describe_side (w, change, OLD);
  /* The paragraph went to a place later in the list than where it
   * stood when its change comes at or after its origin. */
  gboolean later = position >= change->origin;
  xmlNodePtr label;

  if (w->side_by_side)
    {
      xmlNodePtr body = add_block (container, "tbody", "moved-away");
      xmlNodePtr old_cell;
      xmlNodePtr new_cell;
      xmlNodePtr note;

      set_id (body, "change-%u-from", number);
      add_row (body, NULL, &old_cell, &new_cell);
      add_side (w, old_cell, change, OLD, "moved-text");
      note = add_block (new_cell, "p", "moved-note");
      add_move_link (w, note, change, number, FALSE, !later);
      xmlNodeAddContent (body, (const xmlChar *) "\n");
      return;
    }

  {
    xmlNodePtr box = add_block (container, "div", "moved-away");

    set_id (box, "change-%u-from", number);
    label = add_block (box, "p", "change-label");
    /* TRANSLATORS: where a moved paragraph stood; %s is its old place */
    add_textf (label, _ ("%s stood here in the old version"), old_place);
    add_text (label, " · ");
    add_move_link (w, label, change, number, FALSE, !later);
    add_whole (w, box, change, OLD, 0, NULL, "moved-text");
  }
}

/* Runs of unchanged paragraphs: each as it reads, or one line with
 * --changes-only.  Footnotes are never folded: marks link to them. */
static void
add_unchanged_run (Writer *w,
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
      g_autofree char *first = describe_side (w, g_ptr_array_index (changes, start), NEW);
      g_autofree char *last = describe_side (w, g_ptr_array_index (changes, end - 1), NEW);
      guint count = end - start;
      guint renumbered = 0;
      xmlNodePtr line;

      for (guint i = start; i < end; i++)
        renumbered += ((const RdChange *) g_ptr_array_index (changes, i))->renumbered;

      if (w->side_by_side)
        {
          body = add_block (container, "tbody", "folded");
          line = add_element (add_block (body, "tr", NULL), "td", NULL);
          set_attribute (line, "colspan", "2");
          line = add_element (line, "p", "folded");
        }
      else
        line = add_block (container, "p", "folded");

      add_textf (line, g_dngettext (GETTEXT_PACKAGE, "%u unchanged paragraph", "%u unchanged paragraphs", count), count);
      if (count == 1)
        add_textf (line, " (%s", first);
      else
        add_textf (line, " (%s – %s", first, last);
      if (renumbered > 0)
        /* TRANSLATORS: after "N unchanged paragraphs (PP 3 – OP 4": how many of them were renumbered */
        add_textf (line, g_dngettext (GETTEXT_PACKAGE, ", %u renumbered", ", %u renumbered", renumbered), renumbered);
      add_text (line, ")");
      return;
    }

  if (w->side_by_side)
    body = add_block (container, "tbody", "same");
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
add_changes (Writer *w,
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
add_masthead_line (Writer *w,
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
      xmlNodePtr body = add_block (container, "tbody", "masthead");
      xmlNodePtr old_cell;
      xmlNodePtr new_cell;

      add_row (body, NULL, &old_cell, &new_cell);
      add_diff (add_block (old_cell, "p", class_name), diff, SHOW_OLD, NULL);
      add_diff (add_block (new_cell, "p", class_name), diff, SHOW_NEW, NULL);
      xmlNodeAddContent (body, (const xmlChar *) "\n");
    }
  else
    add_diff (add_block (container, "p", class_name), diff, SHOW_REDLINE, NULL);
}

/* Title block */

static void
add_version_row (xmlNodePtr body,
                 const char *label,
                 const char *old_value,
                 const char *new_value)
{
  xmlNodePtr row = add_block (body, "tr", NULL);
  const char *values[] = { old_value, new_value };

  add_text_element (row, "th", NULL, label);
  set_attribute (row->last, "scope", "row");
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      if (values[i] != NULL)
        add_text_element (row, "td", NULL, values[i]);
      else
        add_text_element (row, "td", "none", "—");
    }
}

static void
add_title_block (Writer *w,
                 xmlNodePtr body)
{
  xmlNodePtr header = add_block (body, "header", "title-block");
  const char *title = rd_document_get_title (w->documents[NEW]);
  g_autofree char *old_file = file_name (w->documents[OLD]);
  g_autofree char *new_file = file_name (w->documents[NEW]);
  g_autoptr (GDateTime) now = NULL;
  GDateTime *generated = w->options->generated;
  g_autofree char *when = NULL;
  g_autofree char *when_iso = NULL;
  xmlNodePtr table;
  xmlNodePtr head_row;
  xmlNodePtr rows;
  xmlNodePtr line;
  xmlNodePtr time;

  set_attribute (header, "id", "top");
  add_text_element (add_block (header, "p", "kicker"), "span", NULL, _ ("Comparison of two versions"));
  if (title == NULL)
    title = rd_document_get_title (w->documents[OLD]);
  add_text_element (header, "h1", NULL, title != NULL ? title : _ ("Comparison of two versions"));

  table = add_block (header, "table", "versions");
  head_row = add_block (add_block (table, "thead", NULL), "tr", NULL);
  add_element (head_row, "td", NULL);
  add_text_element (head_row, "th", NULL, _ ("Old version"));
  set_attribute (head_row->last, "scope", "col");
  add_text_element (head_row, "th", NULL, _ ("New version"));
  set_attribute (head_row->last, "scope", "col");
  rows = add_block (table, "tbody", NULL);
  add_version_row (rows, _ ("Symbol"), rd_document_get_symbol (w->documents[OLD]), rd_document_get_symbol (w->documents[NEW]));
  add_version_row (rows, _ ("Document type"), rd_document_get_document_type (w->documents[OLD]), rd_document_get_document_type (w->documents[NEW]));
  add_version_row (rows, _ ("Date"), rd_document_get_date (w->documents[OLD]), rd_document_get_date (w->documents[NEW]));
  add_version_row (rows, _ ("Title"), rd_document_get_title (w->documents[OLD]), rd_document_get_title (w->documents[NEW]));
  add_version_row (rows, _ ("File"), old_file, new_file);

  if (generated == NULL)
    generated = now = g_date_time_new_now_local ();
  /* TRANSLATORS: the date and time the file was made, as
   * g_date_time_format writes it: "1 May 2026, 14:05 CEST" */
  when = g_date_time_format (generated, _ ("%-d %B %Y, %H:%M %Z"));
  when_iso = g_date_time_format (generated, "%Y-%m-%dT%H:%M:%S%:z");

  line = add_block (header, "p", "generated");
  /* TRANSLATORS: followed by the date and time the file was made */
  add_textf (line, "%s ", _ ("Generated on"));
  time = add_text_element (line, "time", NULL, when);
  set_attribute (time, "datetime", when_iso);
  /* TRANSLATORS: "by resdiff 0.1.0", the program that made the file */
  add_textf (line, _ (" by %s %s"), w->options->program_name != NULL ? w->options->program_name : PACKAGE_NAME,
             w->options->program_version != NULL ? w->options->program_version : PACKAGE_VERSION);
  add_text (line, " · ");
  add_text (line, w->side_by_side ? _ ("old and new side by side") : _ ("redline: the new text with the changes marked"));
  if (w->options->changes_only)
    {
      add_text (line, " · ");
      add_text (line, _ ("changes only"));
    }
  add_text (line, ".");
}

/* Summary */

static const char *
header_field_label (const RdHeaderChange *change)
{
  static const struct
  {
    const char *name;
    const char *label;
  } labels[] = {
    { "symbol", N_ ("Symbol") },
    { "document_type", N_ ("Document type") },
    { "date", N_ ("Date") },
    { "distribution", N_ ("Distribution") },
    { "agenda_items", N_ ("Agenda items") },
    { "title", N_ ("Title") },
    { "formula", N_ ("Formula") },
    { "based_on", N_ ("Based on") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (change->name, labels[i].name) == 0)
      return _ (labels[i].label);
  return change->name;
}

static void
add_sponsor_names (xmlNodePtr list,
                   const char *label,
                   GPtrArray *sponsors,
                   const char *mark)
{
  xmlNodePtr names;

  if (sponsors->len == 0)
    return;
  add_textf (add_block (list, "dt", NULL), "%s (%u)", label, sponsors->len);
  names = add_element (add_block (list, "dd", NULL), "ul", "names");
  for (guint i = 0; i < sponsors->len; i++)
    add_text_element (add_element (names, "li", NULL), mark, NULL, ((const RdSponsor *) g_ptr_array_index (sponsors, i))->name);
}

static gboolean
parse_number (const char *text,
              guint64 *value)
{
  if (text == NULL || !g_ascii_isdigit (*text) || strlen (text) > 9)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  *value = g_ascii_strtoull (text, NULL, 10);
  return TRUE;
}

/* Whether the renumbering of @b continues that of @a: the next old number
 * became the next new number. */
static gboolean
renumbering_continues (Writer *w,
                       const RdChange *a,
                       const RdChange *b)
{
  Item a_old, a_new, b_old, b_new;
  guint64 n[4];

  get_change_item (w, a, OLD, 0, &a_old);
  get_change_item (w, a, NEW, 0, &a_new);
  get_change_item (w, b, OLD, 0, &b_old);
  get_change_item (w, b, NEW, 0, &b_new);
  return g_strcmp0 (a_old.kind, "operative") == 0 && g_strcmp0 (b_old.kind, "operative") == 0 && parse_number (a_old.number, &n[0]) && parse_number (a_new.number, &n[1]) && parse_number (b_old.number, &n[2]) && parse_number (b_new.number, &n[3]) && n[2] == n[0] + 1 && n[3] == n[1] + 1;
}

/* "OP 3–10 → 4–11; OP 12 → 14": runs of renumbered paragraphs. */
static char *
describe_renumbering (Writer *w)
{
  GPtrArray *changes = w->lists[BODY];
  g_autoptr (GPtrArray) renumbered = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);

      if (change->renumbered && change->old_items->len == 1 && change->new_items->len == 1)
        g_ptr_array_add (renumbered, (gpointer) change);
    }

  for (guint i = 0; i < renumbered->len;)
    {
      const RdChange *first = g_ptr_array_index (renumbered, i);
      guint end = i + 1;
      g_autofree char *old_place = describe_side (w, first, OLD);
      g_autofree char *new_place = describe_side (w, first, NEW);

      while (end < renumbered->len && renumbering_continues (w, g_ptr_array_index (renumbered, end - 1), g_ptr_array_index (renumbered, end)))
        end++;
      if (out->len > 0)
        g_string_append (out, "; ");

      if (end - i > 1)
        {
          const RdChange *last = g_ptr_array_index (renumbered, end - 1);
          Item first_new, last_old, last_new;

          get_change_item (w, first, NEW, 0, &first_new);
          get_change_item (w, last, OLD, 0, &last_old);
          get_change_item (w, last, NEW, 0, &last_new);
          g_string_append_printf (out, "%s–%s → %s–%s", old_place, last_old.number, first_new.number, last_new.number);
        }
      else
        {
          Item old_item, new_item;

          get_change_item (w, first, OLD, 0, &old_item);
          get_change_item (w, first, NEW, 0, &new_item);
          if (g_strcmp0 (old_item.kind, new_item.kind) == 0 && parse_number (old_item.number, &(guint64){ 0 }) && parse_number (new_item.number, &(guint64){ 0 }))
            g_string_append_printf (out, "%s → %s", old_place, new_item.number);
          else
            g_string_append_printf (out, "%s → %s", old_place, new_place);
        }
      i = end;
    }
  return g_string_free (out, FALSE);
}

static void
add_summary (Writer *w,
             xmlNodePtr main_node)
{
  GPtrArray *header = rd_comparison_get_header_changes (w->comparison);
  GPtrArray *added = rd_comparison_get_sponsors_added (w->comparison);
  GPtrArray *removed = rd_comparison_get_sponsors_removed (w->comparison);
  GPtrArray *kept = rd_comparison_get_sponsors_kept (w->comparison);
  const RdComparisonStats *stats = rd_comparison_get_stats (w->comparison);
  GPtrArray *warnings = rd_comparison_get_warnings (w->comparison);
  xmlNodePtr section = add_block (main_node, "section", "summary");
  xmlNodePtr node;
  xmlNodePtr row;
  gboolean any_warning = warnings->len > 0;

  set_attribute (section, "id", "summary");
  add_text_element (add_block (section, "h2", NULL), "span", NULL, _ ("Summary"));

  if (!rd_comparison_has_differences (w->comparison))
    add_text_element (add_block (section, "p", "verdict"), "strong", NULL, _ ("The two versions do not differ."));

  /* Header */
  add_text (add_block (section, "h3", NULL), _ ("Header"));
  if (header->len == 0)
    add_text (add_block (section, "p", NULL), _ ("No changes to the header."));
  else
    {
      xmlNodePtr table = add_block (section, "table", "header-changes");
      xmlNodePtr rows;

      row = add_block (add_block (table, "thead", NULL), "tr", NULL);
      add_text_element (row, "th", NULL, _ ("Field"));
      add_text_element (row, "th", NULL, _ ("Old version"));
      add_text_element (row, "th", NULL, _ ("New version"));
      rows = add_block (table, "tbody", NULL);
      for (guint i = 0; i < header->len; i++)
        {
          const RdHeaderChange *change = g_ptr_array_index (header, i);

          row = add_block (rows, "tr", NULL);
          add_text_element (row, "th", NULL, header_field_label (change));
          set_attribute (row->last, "scope", "row");
          if (change->old_value != NULL)
            add_text_element (add_element (row, "td", NULL), "del", NULL, change->old_value);
          else
            add_text_element (row, "td", "none", "—");
          if (change->new_value != NULL)
            add_text_element (add_element (row, "td", NULL), "ins", NULL, change->new_value);
          else
            add_text_element (row, "td", "none", "—");
        }
    }

  /* Sponsors */
  add_text (add_block (section, "h3", NULL), _ ("Sponsors"));
  /* TRANSLATORS: counts of sponsors: "2 added, 1 removed, 32 kept." */
  add_textf (add_block (section, "p", NULL), _ ("%u added, %u removed, %u kept."), added->len, removed->len, kept->len);
  if (added->len > 0 || removed->len > 0)
    {
      node = add_block (section, "dl", "sponsors");
      add_sponsor_names (node, _ ("Added"), added, "ins");
      add_sponsor_names (node, _ ("Removed"), removed, "del");
    }

  /* Paragraphs */
  add_text (add_block (section, "h3", NULL), _ ("Paragraphs"));
  {
    xmlNodePtr table = add_block (section, "table", "counts");
    xmlNodePtr head = add_block (add_block (table, "thead", NULL), "tr", NULL);
    xmlNodePtr counts = add_block (add_block (table, "tbody", NULL), "tr", NULL);

    for (guint type = 0; type < RD_N_CHANGE_TYPES; type++)
      {
        add_text_element (head, "th", rd_change_type_to_string (type), rd_change_type_to_label (type));
        add_textf (add_element (counts, "td", NULL), "%u", stats->counts[type]);
      }
  }
  node = add_block (section, "p", "renumbered");
  add_textf (node, g_dngettext (GETTEXT_PACKAGE, "%u operative paragraph renumbered", "%u operative paragraphs renumbered", stats->renumbered), stats->renumbered);
  if (stats->renumbered > 0)
    {
      g_autofree char *runs = describe_renumbering (w);
      add_textf (node, ": %s", runs);
    }
  add_text (node, ".");
  /* TRANSLATORS: "41 words inserted, 32 deleted." */
  add_textf (add_block (section, "p", "words"), _ ("%u words inserted, %u deleted."), stats->words_inserted, stats->words_deleted);
  add_textf (add_block (section, "p", "footnotes-changed"), g_dngettext (GETTEXT_PACKAGE, "%u footnote changed.", "%u footnotes changed.", stats->footnotes_changed), stats->footnotes_changed);

  /* Operative verbs */
  add_text (add_block (section, "h3", NULL), _ ("Operative verbs changed"));
  if (stats->verbs_changed == 0)
    add_text (add_block (section, "p", NULL), _ ("None."));
  else
    {
      xmlNodePtr list = add_block (section, "ul", "verbs");

      for (guint i = 0; i < w->lists[BODY]->len; i++)
        {
          const RdChange *change = g_ptr_array_index (w->lists[BODY], i);
          g_autofree char *old_place = NULL;
          g_autofree char *new_place = NULL;
          g_autofree char *target = NULL;
          g_autofree char *places = NULL;
          xmlNodePtr item;

          if (!change->verb_changed)
            continue;
          old_place = describe_side (w, change, OLD);
          new_place = describe_side (w, change, NEW);
          places = strcmp (old_place, new_place) == 0 ? g_strdup (new_place) : g_strdup_printf ("%s → %s", old_place, new_place);
          target = change_id (w->numbers[BODY][i]);
          item = add_block (list, "li", NULL);
          add_link (item, NULL, target, places);
          add_text (item, ": ");
          add_text_element (item, "del", NULL, change->old_verb);
          add_text (item, " → ");
          add_text_element (item, "ins", NULL, change->new_verb);
        }
    }

  for (int side = OLD; side <= NEW; side++)
    any_warning |= rd_document_get_warnings (w->documents[side])->len > 0;
  if (any_warning)
    {
      xmlNodePtr list;

      add_text (add_block (section, "h3", NULL), _ ("Warnings"));
      list = add_block (section, "ul", "warnings");
      for (int side = OLD; side <= NEW; side++)
        {
          GPtrArray *document_warnings = rd_document_get_warnings (w->documents[side]);
          g_autofree char *name = file_name (w->documents[side]);

          for (guint i = 0; i < document_warnings->len; i++)
            add_textf (add_block (list, "li", NULL), "%s: %s", name, (const char *) g_ptr_array_index (document_warnings, i));
        }
      for (guint i = 0; i < warnings->len; i++)
        add_text (add_block (list, "li", NULL), g_ptr_array_index (warnings, i));
    }
}

/* Legend */

static void
add_legend_entry (xmlNodePtr list,
                  xmlNodePtr *sample,
                  const char *explanation)
{
  *sample = add_block (list, "dt", NULL);
  add_text (add_block (list, "dd", NULL), explanation);
}

static void
add_legend (Writer *w,
            xmlNodePtr main_node)
{
  xmlNodePtr section = add_block (main_node, "section", "legend");
  xmlNodePtr list;
  xmlNodePtr sample;
  xmlNodePtr span;

  set_attribute (section, "id", "legend");
  add_text (add_block (section, "h2", NULL), _ ("How to read the marks"));
  list = add_block (section, "dl", NULL);

  add_legend_entry (list, &sample, _ ("Text inserted in the new version: underlined, in blue."));
  add_text_element (sample, "ins", NULL, _ ("inserted text"));
  add_legend_entry (list, &sample, _ ("Text deleted from the old version: struck through, in red."));
  add_text_element (sample, "del", NULL, _ ("deleted text"));
  add_legend_entry (list, &sample, _ ("A changed paragraph: a bar in the margin, its number in the list of changes, where it stands and what changed. Split and merged paragraphs name their partners."));
  span = add_element (sample, "span", "sample change-bar");
  add_text (span, _ ("Change 4"));
  add_legend_entry (list, &sample, _ ("A moved paragraph: a double bar in the margin, shown at its old place and at its new one, each linking to the other."));
  add_text_element (sample, "span", "sample move-bar", _ ("moved from PP 16"));
  add_legend_entry (list, &sample, _ ("An operative paragraph renumbered: old number → new number. Renumbering alone is not a change."));
  span = add_element (sample, "span", "num renumbered");
  add_text_element (span, "span", "old-num", "7");
  add_text (span, " → 8.");
  add_legend_entry (list, &sample, _ ("Where paragraphs were merged, the paragraph break that was removed, with the old number."));
  add_text_element (sample, "del", "para-break", "¶ 9.");
  add_legend_entry (list, &sample, _ ("A footnote mark, linking to the footnote at the end."));
  add_text_element (sample, "sup", "fn-ref", "4");
  if (w->options->changes_only)
    {
      add_legend_entry (list, &sample, _ ("Paragraphs that did not change, left out."));
      add_text_element (sample, "span", "sample folded", _ ("12 unchanged paragraphs"));
    }
}

/* List of changes */

static void
add_change_list (Writer *w,
                 xmlNodePtr main_node)
{
  xmlNodePtr nav = add_block (main_node, "nav", "change-list");
  xmlNodePtr heading;
  guint total = 0;

  set_attribute (nav, "id", "changes");
  set_attribute (nav, "aria-labelledby", "changes-heading");
  for (int list = BODY; list < N_LISTS; list++)
    for (guint i = 0; i < w->lists[list]->len; i++)
      total += w->numbers[list][i] > 0;
  heading = add_block (nav, "h2", NULL);
  set_attribute (heading, "id", "changes-heading");
  add_textf (heading, _ ("Changes (%u)"), total);
  if (total == 0)
    {
      add_text (add_block (nav, "p", NULL), _ ("No paragraph or footnote changed."));
      return;
    }

  for (int list = BODY; list < N_LISTS; list++)
    {
      xmlNodePtr ordered = NULL;

      for (guint i = 0; i < w->lists[list]->len; i++)
        {
          const RdChange *change = g_ptr_array_index (w->lists[list], i);
          guint number = w->numbers[list][i];
          g_autofree char *label = NULL;
          g_autofree char *target = NULL;
          xmlNodePtr item;

          if (number == 0)
            continue;
          if (ordered == NULL)
            {
              g_autofree char *start = g_strdup_printf ("%u", number);

              if (list == NOTES)
                add_text (add_block (nav, "h3", NULL), _ ("Footnotes"));
              ordered = add_block (nav, "ol", NULL);
              if (number > 1)
                set_attribute (ordered, "start", start);
            }
          label = rd_comparison_describe_change (w->comparison, change);
          target = change_id (number);
          item = add_block (ordered, "li", rd_change_type_to_string (change->type));
          set_id (item, "list-%u", number);
          add_link (item, NULL, target, label);
        }
    }
}

/* Document and footnotes */

static xmlNodePtr
add_text_container (Writer *w,
                    xmlNodePtr section)
{
  xmlNodePtr table;
  xmlNodePtr row;
  g_autofree char *old_name = NULL;
  g_autofree char *new_name = NULL;

  if (!w->side_by_side)
    return section;

  old_name = document_name (w->documents[OLD]);
  new_name = document_name (w->documents[NEW]);
  table = add_block (section, "table", "side-by-side");
  add_block (table, "col", "old");
  add_block (table, "col", "new");
  row = add_block (add_block (table, "thead", NULL), "tr", NULL);
  /* TRANSLATORS: column heading; %s is the old version's symbol or file */
  add_textf (add_block (row, "th", NULL), _ ("Old: %s"), old_name);
  set_attribute (row->last, "scope", "col");
  /* TRANSLATORS: column heading; %s is the new version's symbol or file */
  add_textf (add_block (row, "th", NULL), _ ("New: %s"), new_name);
  set_attribute (row->last, "scope", "col");
  return table;
}

static void
add_document (Writer *w,
              xmlNodePtr main_node)
{
  xmlNodePtr section = add_block (main_node, "section", "document");
  xmlNodePtr heading = NULL;
  xmlNodePtr container;

  set_attribute (section, "id", "text");
  heading = add_block (section, "h2", NULL);
  add_text (heading, w->side_by_side ? _ ("Text: old and new side by side") : _ ("Text of the new version, with the changes marked"));
  if (w->options->changes_only)
    add_textf (heading, " (%s)", _ ("changes only"));

  container = add_text_container (w, section);
  add_masthead_line (w, container, RD_FIELD_TITLE, "doc-title");
  add_masthead_line (w, container, RD_FIELD_FORMULA, "formula");
  add_changes (w, container, BODY);

  if (rd_document_get_footnotes (w->documents[OLD])->len == 0 && rd_document_get_footnotes (w->documents[NEW])->len == 0)
    return;

  section = add_block (main_node, "section", "footnotes");
  set_attribute (section, "id", "footnotes");
  add_text (add_block (section, "h2", NULL), _ ("Footnotes"));
  container = add_text_container (w, section);
  add_changes (w, container, NOTES);
}

/* Head */

/* The only style: the Content-Security-Policy allows inline styles and
 * nothing else.  The colours are custom properties, so a house style needs
 * to change only those (docs/html-export.md). */
static const char style_sheet[] =
    ":root { --ins: " COLOR_INSERT "; --del: " COLOR_DELETE "; --move: " COLOR_MOVE "; --text: " COLOR_TEXT
    "; --muted: " COLOR_MUTED "; --rule: #c4c4c4; }\n"
    "html { background: #fff; color: var(--text); font: 11pt/1.5 \"Liberation Serif\", \"Times New Roman\", "
    "\"DejaVu Serif\", serif; }\n"
    "body { margin: 0 auto; max-width: 46em; padding: 1.5em 2em 3em; }\n"
    "body.side-by-side { max-width: 96em; }\n"
    "body.side-by-side main { display: grid; grid-template-columns: 1fr 1fr; column-gap: 3em; align-items: start; }\n"
    "body.side-by-side main > nav, body.side-by-side main > #text, body.side-by-side main > #footnotes { grid-column: "
    "1 / -1; }\n"
    "@media screen and (max-width: 60em) { body.side-by-side main { display: block; } }\n"
    "h1, h2, h3, .kicker, .generated, table.versions, .summary, .legend, .change-list, .change-label, .folded, "
    ".moved-note, .absent, thead th { font-family: \"Liberation Sans\", \"DejaVu Sans\", Arial, Helvetica, "
    "sans-serif; }\n"
    "a { color: " COLOR_LINK "; }\n"
    ".kicker { margin: 0; color: var(--muted); font-size: .8em; letter-spacing: .08em; text-transform: uppercase; }\n"
    "h1 { margin: .15em 0 .7em; font-size: 1.55em; line-height: 1.25; }\n"
    "h2 { margin: 1.8em 0 .6em; padding-bottom: .15em; border-bottom: 2px solid var(--text); font-size: 1.2em; }\n"
    "h3 { margin: 1.1em 0 .3em; font-size: 1em; }\n"
    "table { border-collapse: collapse; }\n"
    "th, td { text-align: left; vertical-align: top; }\n"
    "table.versions, table.header-changes { width: 100%; font-size: .9em; }\n"
    "table.versions th, table.versions td, table.header-changes th, table.header-changes td { padding: .25em .8em "
    ".25em 0; border-bottom: 1px solid #dedede; }\n"
    "table.versions thead th, table.header-changes thead th { border-bottom: 2px solid var(--text); }\n"
    "table.versions tbody th, table.header-changes tbody th { width: 8.5em; color: var(--muted); font-weight: normal; "
    "}\n"
    ".none { color: var(--muted); }\n"
    ".generated { color: var(--muted); font-size: .85em; }\n"
    ".summary, .legend, .change-list { font-size: .92em; }\n"
    ".summary p { margin: .3em 0; }\n"
    "table.counts th, table.counts td { padding: .2em .7em; border: 1px solid #cfcfcf; text-align: center; }\n"
    "table.counts th { font-weight: normal; color: var(--muted); }\n"
    "table.counts th::first-letter { text-transform: uppercase; }\n"
    "dl.sponsors { margin: .3em 0; display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; }\n"
    "dl.sponsors dt { color: var(--muted); }\n"
    "dl.sponsors dd { margin: 0; }\n"
    "ul.names { margin: 0; padding: 0; list-style: none; }\n"
    "ul.names li { display: inline; }\n"
    "ul.names li + li::before { content: \", \"; }\n"
    "ul.verbs, ul.warnings { margin: .3em 0; padding-left: 1.4em; }\n"
    ".legend dl { display: grid; grid-template-columns: 11em 1fr; gap: .35em 1em; margin: 0; }\n"
    ".legend dt { text-align: right; }\n"
    ".legend dd { margin: 0; }\n"
    ".sample { padding-left: .5em; }\n"
    ".sample.change-bar { border-left: 3px solid #767676; }\n"
    ".sample.move-bar { border-left: 6px double var(--move); color: var(--move); }\n"
    ".sample.folded { color: var(--muted); }\n"
    ".change-list ol { margin: .3em 0; padding-left: 2.6em; }\n"
    ".change-list li { margin: .1em 0; }\n"
    "ins { color: var(--ins); background: " TINT_INSERT "; text-decoration: underline; text-decoration-thickness: .08em; "
    "text-underline-offset: .17em; }\n"
    "del { color: var(--del); background: " TINT_DELETE "; text-decoration: line-through; text-decoration-thickness: .08em; }\n"
    "del + ins { margin-left: .2em; }\n"
    "del.para-break { font-weight: bold; }\n"
    "sup.fn-ref { font-size: .68em; line-height: 0; }\n"
    "sup.fn-ref a { text-decoration: none; }\n"
    ".num { margin-right: .1em; }\n"
    ".num.renumbered .old-num { color: var(--muted); }\n"
    "p.para { margin: 0 0 .75em; }\n"
    "p.doc-title { font-weight: bold; text-align: center; margin: .5em 0 1em; }\n"
    "p.formula { margin: 0 0 .8em; }\n"
    "p.para.subparagraph { margin-left: 2em; }\n"
    "p.para.footnote { margin-bottom: .35em; font-size: .92em; }\n"
    "p.para.footnote .num { vertical-align: super; font-size: .75em; line-height: 0; }\n"
    ".change, .moved-away { margin: 0 0 .9em -.95em; padding: .05em 0 .05em .8em; border-left: 3px solid #767676; }\n"
    ".change.inserted { border-left-color: var(--ins); }\n"
    ".change.deleted { border-left-color: var(--del); }\n"
    ".change.split, .change.merged { border-left-style: dashed; }\n"
    ".change.moved, .moved-away { border-left: 6px double var(--move); padding-left: .6em; margin-left: -1.05em; }\n"
    ".change > p.para:last-child, .moved-away > p.para:last-child { margin-bottom: .3em; }\n"
    ".change-label { margin: 0 0 .25em; color: var(--muted); font-size: .8em; }\n"
    ".change-label .change-no { font-weight: bold; color: var(--text); text-decoration: none; margin-right: .3em; }\n"
    ".move-link { color: var(--move); font-weight: bold; }\n"
    ".moved-away p.para { color: #444; }\n"
    "p.folded { margin: .4em 0 1em; padding: .15em .6em; color: var(--muted); font-size: .85em; border-top: 1px "
    "dashed var(--rule); border-bottom: 1px dashed var(--rule); }\n"
    "p.folded::before { content: \"⋯ \"; }\n"
    ".absent, .moved-note { margin: 0; color: var(--muted); font-size: .85em; font-style: italic; }\n"
    "table.side-by-side { width: 100%; table-layout: fixed; }\n"
    "table.side-by-side col { width: 50%; }\n"
    "table.side-by-side thead th { padding: .4em .7em; border-bottom: 2px solid var(--text); font-size: .9em; }\n"
    "table.side-by-side td { padding: .35em .7em .1em; border-bottom: 1px solid #e4e4e4; overflow-wrap: anywhere; }\n"
    "table.side-by-side td.old { border-right: 1px solid var(--rule); }\n"
    "table.side-by-side td p.para { margin: 0 0 .4em; }\n"
    "table.side-by-side tr.label-row th { padding: .7em .7em .05em; font-weight: normal; border-top: 1px solid "
    "var(--rule); }\n"
    "table.side-by-side tbody.change td.old { border-left: 3px solid #767676; }\n"
    "table.side-by-side tbody.inserted td.old { border-left-color: var(--ins); }\n"
    "table.side-by-side tbody.deleted td.old { border-left-color: var(--del); }\n"
    "table.side-by-side tbody.split td.old, table.side-by-side tbody.merged td.old { border-left-style: dashed; }\n"
    "table.side-by-side tbody.moved td.old, table.side-by-side tbody.moved-away td.old { border-left: 6px double "
    "var(--move); }\n"
    "table.side-by-side tbody.folded td { padding: .2em .7em; }\n"
    "table.side-by-side p.folded { margin: 0; border: none; }\n"
    "table.side-by-side tbody.change tr.label-row th { border-left: 3px solid #767676; }\n"
    "table.side-by-side tbody.inserted tr.label-row th { border-left-color: var(--ins); }\n"
    "table.side-by-side tbody.deleted tr.label-row th { border-left-color: var(--del); }\n"
    "table.side-by-side tbody.split tr.label-row th, table.side-by-side tbody.merged tr.label-row th { "
    "border-left-style: dashed; }\n"
    "table.side-by-side tbody.moved tr.label-row th { border-left: 6px double var(--move); }\n"
    "@media print {\n"
    "  html { font-size: 10pt; line-height: 1.4; }\n"
    "  h1 { margin-bottom: .4em; }\n"
    "  h2 { margin: 1.1em 0 .4em; }\n"
    "  h3 { margin: .7em 0 .15em; }\n"
    "  table.versions th, table.versions td, table.header-changes th, table.header-changes td { padding-top: .12em; "
    "padding-bottom: .12em; }\n"
    "  .summary p { margin: .15em 0; }\n"
    "  .legend dl { gap: .12em 1em; }\n"
    "  body, body.side-by-side { max-width: none; margin: 0; padding: 0; }\n"
    "  a { color: inherit; text-decoration: none; }\n"
    "  .move-link { color: var(--move); }\n"
    "  ins, del { background: none; }\n"
    "  #changes { break-before: page; }\n"
    "  h2, h3, .change-label, tr.label-row { break-after: avoid; }\n"
    "  p, li, tr, dt, dd, .change, .moved-away { break-inside: avoid; }\n"
    "  thead { display: table-header-group; }\n"
    "}\n";

/* Page numbers in the margin, where the browser prints margin boxes. */
#define PAGE_NUMBER "@bottom-right { content: counter(page) \" / \" counter(pages); font: 8pt sans-serif; color: " COLOR_MUTED "; }"
static const char page_portrait[] = "@page { size: A4; margin: 16mm 17mm 18mm; " PAGE_NUMBER " }\n";
static const char page_landscape[] = "@page { size: A4 landscape; margin: 14mm 14mm 16mm; " PAGE_NUMBER " }\n";
#undef PAGE_NUMBER

static void
add_head (Writer *w,
          xmlNodePtr html)
{
  xmlNodePtr head = add_block (html, "head", NULL);
  xmlNodePtr meta;
  xmlNodePtr style;
  g_autofree char *old_name = document_name (w->documents[OLD]);
  g_autofree char *new_name = document_name (w->documents[NEW]);
  g_autofree char *generator = g_strdup_printf ("%s %s", w->options->program_name != NULL ? w->options->program_name : PACKAGE_NAME,
                                                w->options->program_version != NULL ? w->options->program_version : PACKAGE_VERSION);

  meta = add_block (head, "meta", NULL);
  set_attribute (meta, "charset", "utf-8");
  /* No script, no external resource of any kind: only the inline style
   * sheet (and data: images, should one ever be inlined). */
  meta = add_block (head, "meta", NULL);
  set_attribute (meta, "http-equiv", "Content-Security-Policy");
  set_attribute (meta, "content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  meta = add_block (head, "meta", NULL);
  set_attribute (meta, "name", "viewport");
  set_attribute (meta, "content", "width=device-width, initial-scale=1");
  meta = add_block (head, "meta", NULL);
  set_attribute (meta, "name", "generator");
  set_attribute (meta, "content", generator);
  /* TRANSLATORS: the page title: old and new symbols (or file names) */
  add_textf (add_block (head, "title", NULL), _ ("Changes: %s → %s"), old_name, new_name);
  style = add_block (head, "style", NULL);
  add_text (style, style_sheet);
  add_text (style, w->side_by_side ? page_landscape : page_portrait);
  xmlNodeAddContent (head, (const xmlChar *) "\n");
}

/* Numbers the changes that are differences, body first, then footnotes:
 * #change-1, #change-2, ... */
static void
number_changes (Writer *w)
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
  Writer w = { 0 };
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
  set_attribute (html, "lang", language);
  if (language_is_rtl (language))
    set_attribute (html, "dir", "rtl");

  add_head (&w, html);
  body = add_block (html, "body", w.side_by_side ? "side-by-side" : "redline");
  add_title_block (&w, body);
  main_node = add_block (body, "main", NULL);
  add_summary (&w, main_node);
  add_legend (&w, main_node);
  add_change_list (&w, main_node);
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
