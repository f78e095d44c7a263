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
#include "rd-xml.h"

/* Language tags longer than this are not BCP 47 tags a document would
 * carry; "en" is used instead. */
#define MAX_LANGUAGE_LENGTH 35

#define STYLE_SHEET_RESOURCE "/io/github/resdiff/Resdiff/formats/html-export.css"

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
  RdDocument *documents[] = { w->documents[RD_SIDE_NEW], w->documents[RD_SIDE_OLD] };

  return rd_html_language (documents, G_N_ELEMENTS (documents));
}

const char *
rd_html_language (RdDocument *const *documents,
                  guint n_documents)
{
  for (guint d = 0; d < n_documents; d++)
    {
      const char *tag = rd_document_get_field (documents[d], RD_FIELD_LANGUAGE);
      gboolean valid = tag != NULL && *tag != '\0' && strlen (tag) <= MAX_LANGUAGE_LENGTH;

      for (const char *p = tag; valid && *p != '\0'; p++)
        valid = g_ascii_isalnum (*p) || *p == '-';
      if (valid)
        return tag;
    }
  return "en";
}

/* Paragraphs */

/* What a number's label adds after its value: "." of "7.", or NULL when
 * the label does not start with the value ("(a)"). */
static const char *
number_punctuation (const RdNumber *number)
{
  if (number->value == NULL || !g_str_has_prefix (number->label, number->value))
    return NULL;
  return number->label + strlen (number->value);
}

static void
add_footnote_ref (RdHtmlWriter *w,
                  xmlNodePtr parent,
                  const RdRun *run)
{
  xmlNodePtr sup;

  /* A mark in deleted or inserted text is marked with it, as print marks
   * it. */
  if (run->mark != RD_RUN_COMMON)
    parent = rd_html_add_element (parent, run->mark == RD_RUN_DELETED ? "del" : "ins", NULL);
  sup = rd_html_add_element (parent, "sup", "fn-ref");

  /* Without a writer (a series' page) there are no footnotes to link
   * to. */
  if (run->footnote != G_MAXUINT && w != NULL)
    {
      g_autofree char *target = g_strdup_printf ("fn-%s-%u", run->footnote_side == RD_SIDE_OLD ? "old" : "new", run->footnote);
      rd_html_add_link (sup, NULL, target, run->text);
    }
  else
    rd_html_add_text (sup, run->text);
}

/* Text in an <ins> or a <del> (or in neither when @mark is NULL), with its
 * white space at either end left outside, so the marks cover words. */
static xmlNodePtr
add_marked (xmlNodePtr parent,
            const char *mark,
            const char *class_name,
            const char *text,
            gsize length)
{
  gsize lead = 0;
  gsize trail = 0;
  xmlNodePtr node = NULL;

  if (mark == NULL)
    {
      rd_html_add_text_len (parent, text, length);
      return NULL;
    }
  while (lead < length && g_ascii_isspace (text[lead]))
    lead++;
  while (trail < length - lead && g_ascii_isspace (text[length - 1 - trail]))
    trail++;
  rd_html_add_text_len (parent, text, lead);
  if (length - lead - trail > 0)
    {
      node = rd_html_add_element (parent, mark, class_name);
      rd_html_add_text_len (node, text + lead, length - lead - trail);
    }
  rd_html_add_text_len (parent, text + length - trail, trail);
  return node;
}

/* The runs of a paragraph: text in <ins> and <del>, footnote marks as
 * links to their footnote, a removed paragraph break as a deleted "¶" with
 * the old number. */
static void
add_runs (RdHtmlWriter *w,
          xmlNodePtr parent,
          const GPtrArray *runs)
{
  for (guint i = 0; i < runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (runs, i);

      switch (run->kind)
        {
        case RD_RUN_TEXT:
          {
            /* A routine update (rd-routine.h) is grey: class "routine";
             * wording adopted before (a library's agreed language) is
             * class "agreed", its source on hover. */
            g_autofree char *class_name = g_strjoin (" ", run->routine ? "routine" : "", run->agreed_in != NULL ? "agreed" : "", NULL);
            xmlNodePtr node = add_marked (parent, run->mark == RD_RUN_INSERTED ? "ins" : run->mark == RD_RUN_DELETED ? "del"
                                                                                                                     : NULL,
                                          *g_strstrip (class_name) != '\0' ? class_name : NULL, run->text, strlen (run->text));

            if (node != NULL && run->agreed_in != NULL)
              {
                /* TRANSLATORS: after words of an insertion adopted before: where */
                g_autofree char *title = g_strdup_printf (_ ("agreed in %s"), run->agreed_in);
                rd_html_set_attribute (node, "title", title);
              }
          }
          break;
        case RD_RUN_FOOTNOTE_REF:
          add_footnote_ref (w, parent, run);
          break;
        case RD_RUN_PARAGRAPH_BREAK:
          {
            xmlNodePtr pilcrow;

            rd_html_add_text (parent, " ");
            pilcrow = rd_html_add_element (parent, "del", "para-break");
            /* TRANSLATORS: tooltip on the "¶" that marks where a paragraph
             * break was removed when paragraphs were merged */
            rd_html_set_attribute (pilcrow, "title", _ ("paragraph break removed"));
            rd_html_add_text (pilcrow, "¶");
            if (run->text != NULL)
              rd_html_add_textf (pilcrow, " %s", run->text);
            rd_html_add_text (parent, " ");
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/*
 * The number as printed: "7." when it stayed, "7 → 8." where the paragraph
 * was renumbered, inserted or deleted with its paragraph.
 */
static void
add_number (xmlNodePtr node,
            const RdShownParagraph *paragraph)
{
  const RdNumber *old_number = &paragraph->old_number;
  const RdNumber *new_number = &paragraph->new_number;
  xmlNodePtr span;

  if (old_number->label == NULL && new_number->label == NULL)
    return;

  if (new_number->label == NULL)
    rd_html_add_text_element (rd_html_add_element (node, "span", "num"), "del", NULL, old_number->label);
  else if (old_number->label == NULL)
    rd_html_add_text_element (rd_html_add_element (node, "span", "num"), "ins", NULL, new_number->label);
  else if (strcmp (old_number->label, new_number->label) == 0)
    rd_html_add_text_element (node, "span", "num", new_number->label);
  else
    {
      const char *old_punctuation = number_punctuation (old_number);
      const char *new_punctuation = number_punctuation (new_number);
      gboolean same_punctuation = old_punctuation != NULL && new_punctuation != NULL && strcmp (old_punctuation, new_punctuation) == 0;

      /* "7 → 8." rather than "7. → 8.". */
      span = rd_html_add_element (node, "span", "num renumbered");
      rd_html_add_text_element (span, "span", "old-num", same_punctuation ? old_number->value : old_number->label);
      rd_html_add_text (span, " → ");
      rd_html_add_text (span, new_number->label);
    }
  rd_html_add_text (node, " ");
}

/* One paragraph as the presentation shows it: its class, the anchors its
 * footnotes are linked by, its number and its runs. */
void
rd_html_add_shown_paragraph (RdHtmlWriter *w,
                             xmlNodePtr parent,
                             const RdShownParagraph *paragraph,
                             const char *extra_class)
{
  const char *kind = paragraph->footnote ? "footnote" : rd_paragraph_kind_to_string (paragraph->kind);
  g_autofree char *class_name = g_strjoin (" ", "para", kind, paragraph->part ? "part" : extra_class, paragraph->part ? extra_class : NULL, NULL);
  xmlNodePtr node = rd_html_add_block (parent, "p", class_name);

  /* An empty anchor for links to a footnote from the marks in the text. */
  for (guint i = 0; paragraph->footnote && i < paragraph->items->len; i++)
    {
      const RdItem *item = &g_array_index (paragraph->items, RdItem, i);

      rd_html_set_id (rd_html_add_element (node, "span", "anchor"), "fn-%s-%u", item->side == RD_SIDE_OLD ? "old" : "new", item->index);
    }
  add_number (node, paragraph);
  add_runs (w, node, paragraph->runs);
}

/* The paragraphs of @side of @change (or, @as_read, of that version as it
 * reads), with @extra_class. */
static void
add_paragraphs (RdHtmlWriter *w,
                xmlNodePtr parent,
                const RdChange *change,
                RdSide side,
                gboolean as_read,
                const char *extra_class)
{
  g_autoptr (GPtrArray) paragraphs = as_read ? rd_presentation_get_paragraphs_as_read (w->presentation, change, side)
                                             : rd_presentation_get_paragraphs (w->presentation, change, side);

  for (guint i = 0; i < paragraphs->len; i++)
    rd_html_add_shown_paragraph (w, parent, g_ptr_array_index (paragraphs, i), extra_class);
}

/* Changes */

char *
rd_html_describe_side (RdHtmlWriter *w,
                       const RdChange *change,
                       RdSide side)
{
  return rd_comparison_describe_side (w->comparison, change, side == RD_SIDE_NEW);
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

  g_autofree char *note = rd_annotations_dup_change_note (w->comparison, change);

  rd_html_add_link (node, "change-no", list_id, number_text);
  rd_html_add_text (node, " ");
  rd_html_add_text_element (node, "span", "change-what", label);
  /* Who made it, when the comparison says: "A/80/L.28: 1, 7" */
  if (note != NULL)
    {
      rd_html_add_text (node, " ");
      rd_html_add_text_element (node, "span", "change-note", note);
    }
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
  g_autofree char *place = rd_presentation_describe_place (w->presentation, change, at_new_place ? RD_SIDE_OLD : RD_SIDE_NEW);
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

/* The element a change is written in: "change TYPE" its class,
 * #change-N its id. */
static xmlNodePtr
add_change_element (xmlNodePtr parent,
                    const char *element,
                    const RdChange *change,
                    guint number)
{
  g_autofree char *class_name = g_strconcat ("change ", rd_change_type_to_string (change->type), NULL);
  xmlNodePtr node = rd_html_add_block (parent, element, class_name);

  rd_html_set_id (node, "change-%u", number);
  return node;
}

static void
add_change_redline (RdHtmlWriter *w,
                    xmlNodePtr parent,
                    const RdChange *change,
                    guint number,
                    guint position)
{
  xmlNodePtr box = add_change_element (parent, "div", change, number);
  xmlNodePtr label;

  label = add_change_label (w, box, "p", change, number);

  switch (change->type)
    {
    case RD_CHANGE_MOVED:
      if (change->origin != G_MAXUINT)
        {
          rd_html_add_text (label, " · ");
          add_move_link (w, label, change, number, TRUE, change->origin <= position);
        }
      add_paragraphs (w, box, change, RD_SIDE_REDLINE, FALSE, "moved-text");
      break;
    case RD_CHANGE_MODIFIED:
    case RD_CHANGE_UNCHANGED:
    case RD_CHANGE_INSERTED:
    case RD_CHANGE_DELETED:
    case RD_CHANGE_SPLIT:
    case RD_CHANGE_MERGED:
      add_paragraphs (w, box, change, RD_SIDE_REDLINE, FALSE, NULL);
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
                RdSide side)
{
  xmlSetProp (cell, (const xmlChar *) "class", (const xmlChar *) (side == RD_SIDE_OLD ? "old empty" : "new empty"));
  rd_html_add_text_element (cell, "p", "absent", side == RD_SIDE_OLD ? _ ("not in the old version") : _ ("not in the new version"));
}

static void
add_change_side_by_side (RdHtmlWriter *w,
                         xmlNodePtr table,
                         const RdChange *change,
                         guint number,
                         guint position)
{
  xmlNodePtr body = add_change_element (table, "tbody", change, number);
  xmlNodePtr label_row = rd_html_add_block (body, "tr", "label-row");
  xmlNodePtr label_cell = rd_html_add_element (label_row, "th", NULL);
  xmlNodePtr old_cell;
  xmlNodePtr new_cell;

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
        add_paragraphs (w, new_cell, change, RD_SIDE_NEW, FALSE, "moved-text");
      }
      break;
    case RD_CHANGE_INSERTED:
      add_empty_side (old_cell, RD_SIDE_OLD);
      add_paragraphs (w, new_cell, change, RD_SIDE_NEW, FALSE, NULL);
      break;
    case RD_CHANGE_DELETED:
      add_paragraphs (w, old_cell, change, RD_SIDE_OLD, FALSE, NULL);
      add_empty_side (new_cell, RD_SIDE_NEW);
      break;
    case RD_CHANGE_MODIFIED:
    case RD_CHANGE_UNCHANGED:
    case RD_CHANGE_SPLIT:
    case RD_CHANGE_MERGED:
      add_paragraphs (w, old_cell, change, RD_SIDE_OLD, FALSE, NULL);
      add_paragraphs (w, new_cell, change, RD_SIDE_NEW, FALSE, NULL);
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
  g_autofree char *old_place = rd_html_describe_side (w, change, RD_SIDE_OLD);
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
      add_paragraphs (w, old_cell, change, RD_SIDE_OLD, FALSE, "moved-text");
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
    add_paragraphs (w, box, change, RD_SIDE_OLD, TRUE, "moved-text");
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
      g_autofree char *first = rd_html_describe_side (w, g_ptr_array_index (changes, start), RD_SIDE_NEW);
      g_autofree char *last = rd_html_describe_side (w, g_ptr_array_index (changes, end - 1), RD_SIDE_NEW);
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
          /* A routine update hidden (--substantive) reads as it reads in
           * each version, unmarked. */
          add_paragraphs (w, old_cell, change, RD_SIDE_OLD, rd_change_is_difference (change), NULL);
          add_paragraphs (w, new_cell, change, RD_SIDE_NEW, rd_change_is_difference (change), NULL);
        }
      else
        add_paragraphs (w, container, change, rd_change_is_difference (change) ? RD_SIDE_NEW : RD_SIDE_REDLINE, rd_change_is_difference (change), NULL);
    }
  if (body != NULL)
    xmlNodeAddContent (body, (const xmlChar *) "\n");
}

/* The text (or the footnotes) in reading order, each moved paragraph also
 * at its old place. */
static void
add_changes (RdHtmlWriter *w,
             xmlNodePtr container,
             int list)
{
  GPtrArray *changes = w->lists[list];
  guint run_start = G_MAXUINT;

  for (guint i = 0; i <= changes->len; i++)
    {
      const GArray *moved_here = rd_presentation_get_moved_here (w->presentation, list == NOTES, i);
      const RdChange *change;

      if (moved_here != NULL)
        {
          add_unchanged_run (w, container, list, run_start, i);
          run_start = G_MAXUINT;
          for (guint m = 0; m < moved_here->len; m++)
            {
              guint position = g_array_index (moved_here, guint, m);
              add_moved_away (w, container, g_ptr_array_index (changes, position), w->numbers[list][position], position);
            }
        }
      if (i == changes->len)
        break;

      change = g_ptr_array_index (changes, i);
      if (w->numbers[list][i] == 0)
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
  g_autoptr (GPtrArray) old_runs = rd_presentation_get_field_runs (w->presentation, field, RD_SIDE_OLD);

  if (old_runs == NULL)
    return;

  if (w->side_by_side)
    {
      g_autoptr (GPtrArray) new_runs = rd_presentation_get_field_runs (w->presentation, field, RD_SIDE_NEW);
      xmlNodePtr body = rd_html_add_block (container, "tbody", "masthead");
      xmlNodePtr old_cell;
      xmlNodePtr new_cell;

      add_row (body, NULL, &old_cell, &new_cell);
      add_runs (w, rd_html_add_block (old_cell, "p", class_name), old_runs);
      add_runs (w, rd_html_add_block (new_cell, "p", class_name), new_runs);
      xmlNodeAddContent (body, (const xmlChar *) "\n");
    }
  else
    {
      g_autoptr (GPtrArray) runs = rd_presentation_get_field_runs (w->presentation, field, RD_SIDE_REDLINE);

      add_runs (w, rd_html_add_block (container, "p", class_name), runs);
    }
}

/* Document and footnotes */

static xmlNodePtr
add_text_container (RdHtmlWriter *w,
                    xmlNodePtr section)
{
  xmlNodePtr table;
  xmlNodePtr row;
  const char *old_name;
  const char *new_name;

  if (!w->side_by_side)
    return section;

  old_name = rd_presentation_get_name (w->presentation, RD_SIDE_OLD);
  new_name = rd_presentation_get_name (w->presentation, RD_SIDE_NEW);
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

  if (rd_document_get_footnotes (w->documents[RD_SIDE_OLD])->len == 0 && rd_document_get_footnotes (w->documents[RD_SIDE_NEW])->len == 0)
    return;

  section = rd_html_add_block (main_node, "section", "footnotes");
  rd_html_set_attribute (section, "id", "footnotes");
  rd_html_add_text (rd_html_add_block (section, "h2", NULL), _ ("Footnotes"));
  container = add_text_container (w, section);
  add_changes (w, container, NOTES);
}

/* The only style (html-export.css, a resource of this library), without
 * its comments, which are for its readers. */
char *
rd_html_style_sheet (void)
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
#define PAGE_NUMBER "{ content: counter(page) \" / \" counter(pages); font: 8pt sans-serif; color: #4d4d4d; }"
static const char page_portrait[] = "@page { size: A4; margin: 16mm 17mm 18mm; @bottom-right " PAGE_NUMBER " }\n";
static const char page_landscape[] = "@page { size: A4 landscape; margin: 14mm 14mm 16mm; @bottom-right " PAGE_NUMBER " }\n";
/* Margin boxes have no logical names: a page read right to left has its
 * number at the bottom left, where the reader's line ends. */
static const char page_right_to_left[] = "@page { @bottom-right { content: none; } @bottom-left " PAGE_NUMBER " }\n";
#undef PAGE_NUMBER

/* Insertions adopted before (a library's agreed language, rd-annotations.h):
 * a double underline, so they read apart from new language in black and
 * white too.  Only on pages that have them. */
static const char agreed_css[] = "ins.agreed { text-decoration-style: double; text-underline-offset: .12em; background: #d6e4f5; }\n@media print { ins.agreed { background: none; } }\n";

gboolean
rd_html_has_agreed_passages (RdHtmlWriter *w)
{
  for (guint i = 0; i < w->lists[BODY]->len; i++)
    if (rd_annotations_get_passages (w->comparison, g_ptr_array_index (w->lists[BODY], i)) != NULL)
      return TRUE;
  return FALSE;
}

static void
add_head (RdHtmlWriter *w,
          xmlNodePtr html)
{
  const char *old_name = rd_presentation_get_name (w->presentation, RD_SIDE_OLD);
  const char *new_name = rd_presentation_get_name (w->presentation, RD_SIDE_NEW);
  /* TRANSLATORS: the page title: old and new symbols (or file names) */
  g_autofree char *title = g_strdup_printf (_ ("Changes: %s → %s"), old_name, new_name);

  rd_html_add_head (html, w->options, title, rd_html_has_agreed_passages (w) ? agreed_css : NULL, w->side_by_side);
}

void
rd_html_add_head (xmlNodePtr html,
                  const RdHtmlOptions *options,
                  const char *title,
                  const char *extra_css,
                  gboolean landscape)
{
  xmlNodePtr head = rd_html_add_block (html, "head", NULL);
  xmlNodePtr meta;
  xmlNodePtr style;
  g_autofree char *css = rd_html_style_sheet ();
  g_autofree char *generator = g_strdup_printf ("%s %s", options->program_name != NULL ? options->program_name : PACKAGE_NAME,
                                                options->program_version != NULL ? options->program_version : PACKAGE_VERSION);

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
  rd_html_add_text (rd_html_add_block (head, "title", NULL), title);
  style = rd_html_add_block (head, "style", NULL);
  rd_html_add_text (style, css);
  rd_html_add_text (style, extra_css);
  rd_html_add_text (style, landscape ? page_landscape : page_portrait);
  if (xmlHasProp (html, (const xmlChar *) "dir") != NULL)
    rd_html_add_text (style, page_right_to_left);
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
        if (rd_change_is_difference (g_ptr_array_index (w->lists[list], i)) && rd_presentation_is_shown (w->presentation, g_ptr_array_index (w->lists[list], i), w->options->substantive_only))
          w->numbers[list][i] = next++;
    }
}

xmlNodePtr
rd_html_new_document (const char *language,
                      gboolean right_to_left)
{
  xmlDocPtr doc = htmlNewDocNoDtD (NULL, NULL);
  xmlNodePtr html;

  xmlCreateIntSubset (doc, (const xmlChar *) "html", NULL, NULL);
  html = xmlNewDocNode (doc, NULL, (const xmlChar *) "html", NULL);
  xmlDocSetRootElement (doc, html);
  rd_html_set_attribute (html, "lang", language);
  if (right_to_left)
    rd_html_set_attribute (html, "dir", "rtl");
  return html;
}

GBytes *
rd_html_finish_document (xmlNodePtr main_node,
                         GError **error)
{
  xmlDocPtr doc = main_node->doc;
  xmlNodePtr body = main_node->parent;
  GBytes *bytes;

  xmlNodeAddContent (main_node, (const xmlChar *) "\n");
  xmlNodeAddContent (body, (const xmlChar *) "\n");
  xmlNodeAddContent (body->parent, (const xmlChar *) "\n");
  bytes = rd_html_serialise (doc, error);
  xmlFreeDoc (doc);
  return bytes;
}

GBytes *
rd_html_serialise (xmlDocPtr doc,
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
  GBytes *bytes;

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rd_xml_init ();

  w.comparison = comparison;
  w.documents[RD_SIDE_OLD] = rd_comparison_get_old (comparison);
  w.documents[RD_SIDE_NEW] = rd_comparison_get_new (comparison);
  w.options = options != NULL ? options : &defaults;
  w.side_by_side = w.options->layout == RD_LAYOUT_SIDE_BY_SIDE;
  w.lists[BODY] = rd_comparison_get_changes (comparison);
  w.lists[NOTES] = rd_comparison_get_footnote_changes (comparison);
  w.presentation = rd_presentation_new (comparison);
  number_changes (&w);

  /* Right to left: the engine decides, as for print (a PDF in Arabic says
   * no language). */
  html = rd_html_new_document (document_language (&w), rd_presentation_is_right_to_left (w.presentation));
  w.doc = html->doc;

  add_head (&w, html);
  body = rd_html_add_block (html, "body", w.side_by_side ? "side-by-side" : "redline");
  rd_html_add_title_block (&w, body);
  main_node = rd_html_add_block (body, "main", NULL);
  rd_html_add_summary (&w, main_node);
  rd_html_add_legend (&w, main_node);
  rd_html_add_change_list (&w, main_node);
  add_document (&w, main_node);
  bytes = rd_html_finish_document (main_node, error);

  for (int list = BODY; list < N_LISTS; list++)
    g_free (w.numbers[list]);
  g_object_unref (w.presentation);
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
