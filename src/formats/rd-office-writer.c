/* rd-office-writer.c: the marked-up copy as a Word document with tracked
 * changes
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written on the presentation model, as the HTML writer is: the redline
 * runs of each change become runs in w:ins and w:del, a moved paragraph
 * a w:moveFrom at its old place and a w:moveTo at its new one, a paragraph
 * inserted, deleted, split or merged a tracked paragraph mark.  The XML is
 * written with libxml2's text writer (every piece of text escaped), the
 * package with libarchive (rd-zip-writer.h).  docs/word-export.md.
 */

/* Includes */

#include "config.h"

#include "rd-office-writer.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>
#include <string.h>

#include "rd-office-writer-private.h"
#include "rd-presentation.h"
#include "rd-zip-writer.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define R_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define REL_TYPE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define WML_TYPE "application/vnd.openxmlformats-officedocument.wordprocessingml."

/* Who the tracked changes and comments are by, as Word shows it: the
 * program's name, never translated, so that a delegation's own edits are
 * told apart from Resdiff's. */
#define AUTHOR "Resdiff"

/* The numbering of operative paragraphs and their sub-paragraphs
 * (numbering.xml): one list. */
#define OPERATIVE_NUM_ID "1"

/* Marks of a run or a paragraph mark. */
typedef enum
{
  MARK_NONE,
  MARK_INSERTED,
  MARK_DELETED,
  MARK_MOVED_FROM,
  MARK_MOVED_TO,
} Mark;

/* The struct */

typedef struct
{
  RdOfficeSource source;

  xmlBufferPtr buffers[3];
  xmlTextWriterPtr body;     /* word/document.xml */
  xmlTextWriterPtr notes;    /* word/footnotes.xml */
  xmlTextWriterPtr comments; /* word/comments.xml */

  guint next_change_id; /* w:id of changes, ranges and comments: Word
                         * wants them unique in the document */
  guint next_footnote_id;
  guint next_comment_id;
  guint next_move;
  guint *move_names; /* a moved change's position -> its move's number */
} Writer;

/* Static helpers */

static void
attr_uint (xmlTextWriterPtr x,
           const char *name,
           guint value)
{
  xmlTextWriterWriteFormatAttribute (x, (const xmlChar *) name, "%u", value);
}

/* <name w:val="value"/> */
static void
val (xmlTextWriterPtr x,
     const char *name,
     const char *value)
{
  rd_office_xml_empty (x, name, "w:val", value);
}

static void
empty (xmlTextWriterPtr x,
       const char *name)
{
  rd_office_xml_start (x, name);
  rd_office_xml_end (x);
}

/* A run in the character style @style holding the reference @element
 * (w:footnoteReference, w:commentReference) to note or comment @id. */
static void
reference_run (xmlTextWriterPtr x,
               const char *style,
               const char *element,
               guint id)
{
  rd_office_xml_start (x, "w:r");
  rd_office_xml_start (x, "w:rPr");
  val (x, "w:rStyle", style);
  rd_office_xml_end (x);
  rd_office_xml_start (x, element);
  attr_uint (x, "w:id", id);
  rd_office_xml_end (x);
  rd_office_xml_end (x);
}

static const char *
mark_element (Mark mark)
{
  switch (mark)
    {
    case MARK_INSERTED:
      return "w:ins";
    case MARK_DELETED:
      return "w:del";
    case MARK_MOVED_FROM:
      return "w:moveFrom";
    case MARK_MOVED_TO:
      return "w:moveTo";
    case MARK_NONE:
    default:
      return NULL;
    }
}

static gboolean
mark_removes (Mark mark)
{
  return mark == MARK_DELETED || mark == MARK_MOVED_FROM;
}

static Mark
mark_of_run_mark (RdRunMark mark)
{
  return mark == RD_RUN_INSERTED ? MARK_INSERTED : mark == RD_RUN_DELETED ? MARK_DELETED
                                                                          : MARK_NONE;
}

static Mark
mark_of_run (const RdRun *run)
{
  return mark_of_run_mark (run->mark);
}

/* Opens a w:ins (w:del, ...) by the author at the date; FALSE for no
 * mark. */
static gboolean
open_change (Writer *w,
             xmlTextWriterPtr x,
             Mark mark)
{
  const char *element = mark_element (mark);

  if (element == NULL)
    return FALSE;
  rd_office_xml_start (x, element);
  attr_uint (x, "w:id", w->next_change_id++);
  rd_office_xml_attr (x, "w:author", AUTHOR);
  rd_office_xml_attr (x, "w:date", w->source.date);
  return TRUE;
}

/* One w:r: @length bytes of @text, italic or not; in a deletion its text
 * is w:delText. */
static void
write_run (xmlTextWriterPtr x,
           const char *text,
           gsize length,
           gboolean italic,
           Mark mark)
{
  if (length == 0)
    return;
  rd_office_xml_start (x, "w:r");
  if (italic)
    {
      rd_office_xml_start (x, "w:rPr");
      empty (x, "w:i");
      rd_office_xml_end (x);
    }
  rd_office_xml_start (x, mark_removes (mark) ? "w:delText" : "w:t");
  rd_office_xml_attr (x, "xml:space", "preserve");
  rd_office_xml_text (x, text, length);
  rd_office_xml_end (x);
  rd_office_xml_end (x);
}

/* @text, not italic, in a change marked @mark (none for MARK_NONE). */
static void
write_marked_text (Writer *w,
                   xmlTextWriterPtr x,
                   const char *text,
                   Mark mark)
{
  gboolean opened = open_change (w, x, mark);

  write_run (x, text, strlen (text), FALSE, mark);
  if (opened)
    rd_office_xml_end (x);
}

static void write_footnote (Writer *w, const RdRun *run, Mark mark);

/* One run in its change; @forced (a move) marks it instead.  Paragraph
 * breaks are the caller's (write_paragraph()). */
static void
write_one_run (Writer *w,
               xmlTextWriterPtr x,
               const RdRun *run,
               const char *text,
               Mark forced)
{
  Mark mark = forced != MARK_NONE ? forced : mark_of_run (run);
  gboolean opened;

  if (run->kind == RD_RUN_PARAGRAPH_BREAK)
    return;
  opened = open_change (w, x, mark);
  if (run->kind == RD_RUN_FOOTNOTE_REF)
    write_footnote (w, run, mark);
  else
    {
      gsize length = strlen (text);
      gsize verb = MIN (run->verb_length, length);

      write_run (x, text, verb, TRUE, mark);
      write_run (x, text + verb, length - verb, FALSE, mark);
    }
  if (opened)
    rd_office_xml_end (x);
}

static void
write_runs (Writer *w,
            xmlTextWriterPtr x,
            const GPtrArray *runs,
            Mark forced)
{
  g_autoptr (GPtrArray) texts = rd_office_spaced_texts (runs);

  for (guint i = 0; i < runs->len; i++)
    write_one_run (w, x, g_ptr_array_index (runs, i), g_ptr_array_index (texts, i), forced);
}

/* Paragraph properties: the style, Word's numbering, the mark's change. */
static void
write_paragraph_properties (Writer *w,
                            xmlTextWriterPtr x,
                            const char *style,
                            int level,
                            Mark mark)
{
  rd_office_xml_start (x, "w:pPr");
  val (x, "w:pStyle", style);
  if (level >= 0)
    {
      g_autofree char *ilvl = g_strdup_printf ("%d", level);

      rd_office_xml_start (x, "w:numPr");
      val (x, "w:ilvl", ilvl);
      val (x, "w:numId", OPERATIVE_NUM_ID);
      rd_office_xml_end (x);
    }
  if (mark != MARK_NONE)
    {
      rd_office_xml_start (x, "w:rPr");
      open_change (w, x, mark);
      rd_office_xml_end (x);
      rd_office_xml_end (x);
    }
  rd_office_xml_end (x);
}

/* Footnotes */

static void
write_note_paragraph (Writer *w,
                      const GPtrArray *runs,
                      Mark forced,
                      gboolean first)
{
  xmlTextWriterPtr x = w->notes;

  rd_office_xml_start (x, "w:p");
  write_paragraph_properties (w, x, "FootnoteText", -1, MARK_NONE);
  if (first)
    {
      /* The automatic mark, numbered as Word numbers the references. */
      rd_office_xml_start (x, "w:r");
      rd_office_xml_start (x, "w:rPr");
      val (x, "w:rStyle", "FootnoteReference");
      rd_office_xml_end (x);
      empty (x, "w:footnoteRef");
      rd_office_xml_end (x);
      write_run (x, " ", 1, FALSE, MARK_NONE);
    }
  write_runs (w, x, runs, forced);
  rd_office_xml_end (x);
}

/* A footnote reference in the text and its footnote: the footnote's own
 * changes when its reference stayed, its text as it read when the
 * reference was deleted or inserted with its words. */
static void
write_footnote (Writer *w,
                const RdRun *run,
                Mark mark)
{
  xmlTextWriterPtr x = w->body;
  const RdChange *change = rd_office_source_footnote_change (&w->source, run);
  g_autoptr (GPtrArray) paragraphs = NULL;
  guint id;

  if (change == NULL)
    {
      /* A mark without its footnote: the mark as printed. */
      rd_office_xml_start (x, "w:r");
      rd_office_xml_start (x, "w:rPr");
      val (x, "w:vertAlign", "superscript");
      rd_office_xml_end (x);
      rd_office_xml_start (x, mark_removes (mark) ? "w:delText" : "w:t");
      rd_office_xml_text (x, run->text, strlen (run->text));
      rd_office_xml_end (x);
      rd_office_xml_end (x);
      return;
    }

  id = w->next_footnote_id++;
  reference_run (x, "FootnoteReference", "w:footnoteReference", id);

  if (run->mark == RD_RUN_COMMON && mark == MARK_NONE)
    paragraphs = rd_presentation_get_paragraphs (w->source.presentation, change, RD_SIDE_REDLINE);
  else
    paragraphs = rd_presentation_get_paragraphs_as_read (w->source.presentation, change, run->footnote_side);

  rd_office_xml_start (w->notes, "w:footnote");
  attr_uint (w->notes, "w:id", id);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdShownParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      write_note_paragraph (w, paragraph->runs, MARK_NONE, i == 0);
    }
  if (paragraphs->len == 0)
    {
      g_autoptr (GPtrArray) none = g_ptr_array_new ();
      write_note_paragraph (w, none, MARK_NONE, TRUE);
    }
  rd_office_xml_end (w->notes);
}

/* Comments */

/* A comment by the author on the runs written between its start and
 * rd_office_end_comment(). */
static guint
start_comment (Writer *w,
               const char *text)
{
  xmlTextWriterPtr c = w->comments;
  guint id = w->next_comment_id++;

  rd_office_xml_start (c, "w:comment");
  attr_uint (c, "w:id", id);
  rd_office_xml_attr (c, "w:author", AUTHOR);
  rd_office_xml_attr (c, "w:date", w->source.date);
  rd_office_xml_attr (c, "w:initials", "RD");
  rd_office_xml_start (c, "w:p");
  write_paragraph_properties (w, c, "CommentText", -1, MARK_NONE);
  write_run (c, text, strlen (text), FALSE, MARK_NONE);
  rd_office_xml_end (c);
  rd_office_xml_end (c);

  rd_office_xml_start (w->body, "w:commentRangeStart");
  attr_uint (w->body, "w:id", id);
  rd_office_xml_end (w->body);
  return id;
}

static void
end_comment (Writer *w,
             guint id)
{
  xmlTextWriterPtr x = w->body;

  rd_office_xml_start (x, "w:commentRangeEnd");
  attr_uint (x, "w:id", id);
  rd_office_xml_end (x);
  reference_run (x, "CommentReference", "w:commentReference", id);
}

/* Paragraphs */

static void
write_paragraph (Writer *w,
                 const RdShownParagraph *paragraph,
                 Mark forced,
                 Mark paragraph_mark,
                 const char *comment,
                 const char *move_name)
{
  xmlTextWriterPtr x = w->body;
  int level = -1;
  const char *style = rd_office_paragraph_style (paragraph, &level);
  guint comment_id = 0;
  guint range_id = 0;
  guint breaks = 0;
  guint seen = 0;
  g_autoptr (GPtrArray) texts = NULL;

  for (guint i = 0; i < paragraph->runs->len; i++)
    breaks += ((const RdRun *) g_ptr_array_index (paragraph->runs, i))->kind == RD_RUN_PARAGRAPH_BREAK;

  /* A merge is written as the old paragraphs, the mark of each but the
   * last deleted: accepted, they join; rejected, they stay apart. */
  rd_office_xml_start (x, "w:p");
  write_paragraph_properties (w, x, style, level, breaks > 0 ? MARK_DELETED : paragraph_mark);
  if (move_name != NULL)
    {
      range_id = w->next_change_id++;
      rd_office_xml_start (x, forced == MARK_MOVED_FROM ? "w:moveFromRangeStart" : "w:moveToRangeStart");
      attr_uint (x, "w:id", range_id);
      rd_office_xml_attr (x, "w:author", AUTHOR);
      rd_office_xml_attr (x, "w:date", w->source.date);
      rd_office_xml_attr (x, "w:name", move_name);
      rd_office_xml_end (x);
    }
  if (comment != NULL)
    comment_id = start_comment (w, comment);

  texts = rd_office_spaced_texts (paragraph->runs);
  for (guint i = 0; i < paragraph->runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (paragraph->runs, i);

      if (run->kind != RD_RUN_PARAGRAPH_BREAK)
        {
          write_one_run (w, x, run, g_ptr_array_index (texts, i), forced);
          continue;
        }
      seen++;
      rd_office_xml_end (x);
      rd_office_xml_start (x, "w:p");
      write_paragraph_properties (w, x, style, run->text != NULL ? level : -1, seen < breaks ? MARK_DELETED : paragraph_mark);
    }

  if (comment != NULL)
    end_comment (w, comment_id);
  if (move_name != NULL)
    {
      rd_office_xml_start (x, forced == MARK_MOVED_FROM ? "w:moveFromRangeEnd" : "w:moveToRangeEnd");
      attr_uint (x, "w:id", range_id);
      rd_office_xml_end (x);
    }
  rd_office_xml_end (x);
}

static void
write_paragraphs (Writer *w,
                  GPtrArray *paragraphs,
                  const RdChange *change,
                  Mark forced,
                  const char *move_name)
{
  g_autofree char *comment = forced == MARK_NONE || forced == MARK_MOVED_TO ? rd_office_verb_comment (change) : NULL;

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdShownParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      Mark paragraph_mark = forced;

      if (forced == MARK_NONE)
        switch (change->type)
          {
          case RD_CHANGE_INSERTED:
            paragraph_mark = MARK_INSERTED;
            break;
          case RD_CHANGE_DELETED:
            paragraph_mark = MARK_DELETED;
            break;
          case RD_CHANGE_SPLIT:
            /* The breaks between the parts are new. */
            paragraph_mark = i + 1 < paragraphs->len ? MARK_INSERTED : MARK_NONE;
            break;
          case RD_CHANGE_UNCHANGED:
          case RD_CHANGE_MODIFIED:
          case RD_CHANGE_MOVED:
          case RD_CHANGE_MERGED:
          case RD_N_CHANGE_TYPES:
          default:
            break;
          }
      write_paragraph (w, paragraph, forced, paragraph_mark, i == 0 ? comment : NULL, move_name);
    }
}

static void
write_body_place (gpointer writer,
                  GPtrArray *paragraphs,
                  const RdChange *change,
                  guint position,
                  RdOfficePlace place)
{
  Writer *w = writer;
  g_autofree char *name = NULL;

  if (place == RD_OFFICE_REDLINE)
    {
      write_paragraphs (w, paragraphs, change, MARK_NONE, NULL);
      return;
    }
  /* Either place may come first: Word pairs w:moveFrom with w:moveTo by
   * the name the first gave. */
  if (w->move_names[position] == 0)
    w->move_names[position] = ++w->next_move;
  name = g_strdup_printf ("move%u", w->move_names[position]);
  write_paragraphs (w, paragraphs, change, place == RD_OFFICE_MOVED_FROM ? MARK_MOVED_FROM : MARK_MOVED_TO, name);
}

static void
write_body_paragraphs (Writer *w)
{
  w->move_names = g_new0 (guint, rd_comparison_get_changes (w->source.comparison)->len + 1);
  rd_office_write_body (&w->source, write_body_place, w);
  g_clear_pointer (&w->move_names, g_free);
}

/* The masthead */

/* A line of the masthead: @prefix then the field, old against new. */
static void
write_field (gpointer writer,
             RdField field,
             const char *style,
             const char *prefix)
{
  Writer *w = writer;
  xmlTextWriterPtr x = w->body;
  g_autoptr (GPtrArray) runs = rd_presentation_get_field_runs (w->source.presentation, field, RD_SIDE_REDLINE);

  if (runs == NULL || runs->len == 0)
    return;
  rd_office_xml_start (x, "w:p");
  write_paragraph_properties (w, x, style, -1, MARK_NONE);
  if (prefix != NULL)
    write_marked_text (w, x, prefix, mark_of_run_mark (rd_office_field_label_mark (&w->source, field)));
  write_runs (w, x, runs, MARK_NONE);
  rd_office_xml_end (x);
}

/* "Austria, Belgium, ...: draft resolution", those who joined inserted
 * and those who left deleted, with a comment that names them. */
static void
write_sponsors (gpointer writer)
{
  Writer *w = writer;
  xmlTextWriterPtr x = w->body;
  g_autoptr (GPtrArray) runs = rd_presentation_get_sponsor_runs (w->source.presentation, RD_SIDE_REDLINE);
  g_autoptr (GPtrArray) type_runs = rd_presentation_get_field_runs (w->source.presentation, RD_FIELD_DOCUMENT_TYPE, RD_SIDE_REDLINE);
  g_autofree char *comment = NULL;
  guint comment_id = 0;

  if (runs->len == 0)
    return;
  comment = rd_office_sponsors_comment (w->source.comparison);

  rd_office_xml_start (x, "w:p");
  write_paragraph_properties (w, x, "Sponsors", -1, MARK_NONE);
  if (comment != NULL)
    comment_id = start_comment (w, comment);
  for (guint i = 0; i < runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (runs, i);
      g_autofree char *text = g_strconcat (i > 0 ? ", " : "", run->text, NULL);

      write_marked_text (w, x, text, mark_of_run (run));
    }
  if (comment != NULL)
    end_comment (w, comment_id);
  write_marked_text (w, x, ": ", mark_of_run_mark (rd_office_sponsors_colon_mark (runs)));
  if (type_runs != NULL)
    write_runs (w, x, type_runs, MARK_NONE);
  rd_office_xml_end (x);
}

/* "Agenda item 69 (b)": the old line deleted and the new one inserted
 * when they differ. */
static void
write_agenda_items (gpointer writer)
{
  Writer *w = writer;
  xmlTextWriterPtr x = w->body;
  char *lines[2] = { NULL, NULL };

  for (int side = RD_SIDE_OLD; side <= RD_SIDE_NEW; side++)
    lines[side] = rd_office_agenda_line (w->source.documents[side]);
  if (lines[RD_SIDE_OLD] == NULL && lines[RD_SIDE_NEW] == NULL)
    return;

  rd_office_xml_start (x, "w:p");
  write_paragraph_properties (w, x, "Masthead", -1, MARK_NONE);
  if (g_strcmp0 (lines[RD_SIDE_OLD], lines[RD_SIDE_NEW]) == 0)
    write_run (x, lines[RD_SIDE_NEW], strlen (lines[RD_SIDE_NEW]), FALSE, MARK_NONE);
  else
    for (int side = RD_SIDE_OLD; side <= RD_SIDE_NEW; side++)
      if (lines[side] != NULL)
        write_marked_text (w, x, lines[side], side == RD_SIDE_OLD ? MARK_DELETED : MARK_INSERTED);
  rd_office_xml_end (x);
  g_free (lines[RD_SIDE_OLD]);
  g_free (lines[RD_SIDE_NEW]);
}

static void
write_masthead (Writer *w)
{
  static const RdOfficeMastheadFuncs funcs = { write_field, write_agenda_items, write_sponsors };

  rd_office_write_masthead (&funcs, w);
}

/* The parts */

static xmlTextWriterPtr
new_part (Writer *w,
          guint slot,
          const char *root)
{
  xmlTextWriterPtr x;

  w->buffers[slot] = xmlBufferCreate ();
  x = xmlNewTextWriterMemory (w->buffers[slot], 0);
  xmlTextWriterStartDocument (x, NULL, "UTF-8", "yes");
  rd_office_xml_start (x, root);
  rd_office_xml_attr (x, "xmlns:w", W_NS);
  rd_office_xml_attr (x, "xmlns:r", R_NS);
  return x;
}

static GBytes *
finish_part (xmlTextWriterPtr x,
             xmlBufferPtr buffer)
{
  xmlTextWriterEndDocument (x);
  xmlFreeTextWriter (x);
  return g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
}

static GBytes *
static_part (const char *text)
{
  return g_bytes_new_static (text, strlen (text));
}

static const char content_types[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" ContentType=\"" WML_TYPE "document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" ContentType=\"" WML_TYPE "styles+xml\"/>"
    "<Override PartName=\"/word/numbering.xml\" ContentType=\"" WML_TYPE "numbering+xml\"/>"
    "<Override PartName=\"/word/footnotes.xml\" ContentType=\"" WML_TYPE "footnotes+xml\"/>"
    "<Override PartName=\"/word/comments.xml\" ContentType=\"" WML_TYPE "comments+xml\"/>"
    "<Override PartName=\"/word/settings.xml\" ContentType=\"" WML_TYPE "settings+xml\"/>"
    "</Types>";

static const char package_relationships[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"" REL_TYPE "officeDocument\" Target=\"word/document.xml\"/>"
    "</Relationships>";

static const char document_relationships[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"" REL_TYPE "styles\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"" REL_TYPE "numbering\" Target=\"numbering.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"" REL_TYPE "footnotes\" Target=\"footnotes.xml\"/>"
    "<Relationship Id=\"rId4\" Type=\"" REL_TYPE "comments\" Target=\"comments.xml\"/>"
    "<Relationship Id=\"rId5\" Type=\"" REL_TYPE "settings\" Target=\"settings.xml\"/>"
    "</Relationships>";

/* Edits a delegation makes go on being tracked. */
static const char settings[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<w:settings xmlns:w=\"" W_NS "\">"
    "<w:trackRevisions/>"
    "<w:defaultTabStop w:val=\"634\"/>"
    "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"
    "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
    "</w:settings>";

/* The UN's layout: Times New Roman 10 pt, text indented 1.27 cm from
 * both margins, the first line 0.63 cm more, 6 pt between paragraphs;
 * the title bold; the symbol bold at the right.  WordprocessingML's
 * units: sizes (w:sz) in half-points, spacing and indents in twentieths
 * of a point (567 to the centimetre). */
#define STYLE(id, name, ppr, rpr)                                                   \
  "<w:style w:type=\"paragraph\" w:styleId=\"" id "\"><w:name w:val=\"" name "\"/>" \
  "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>" ppr "</w:pPr><w:rPr>" rpr "</w:rPr></w:style>"
#define INDENT "<w:ind w:left=\"1267\" w:right=\"1267\" w:firstLine=\"634\"/>"

/* clang-format off */
static const char styles[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<w:styles xmlns:w=\"" W_NS "\">"
  "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
  "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>"
  "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault></w:docDefaults>"
  "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
  "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/></w:style>"
  /* In w:pPr, the schema's order: keepNext, spacing, ind, jc. */
  STYLE ("Symbol", "UN Symbol", "<w:spacing w:after=\"240\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"right\"/>", "<w:b/><w:sz w:val=\"28\"/>")
  STYLE ("Organ", "UN Organ", "<w:spacing w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>", "<w:b/><w:sz w:val=\"28\"/>")
  STYLE ("Masthead", "UN Masthead", "<w:ind w:left=\"6804\"/>", "")
  STYLE ("Session", "UN Session", "<w:spacing w:before=\"240\"/>", "<w:b/>")
  STYLE ("Sponsors", "UN Sponsors", "<w:spacing w:before=\"360\" w:after=\"240\"/><w:ind w:left=\"1267\" w:right=\"1267\" w:hanging=\"1267\"/>", "")
  STYLE ("DocTitle", "UN Title", "<w:keepNext/><w:spacing w:after=\"240\" w:line=\"270\" w:lineRule=\"exact\"/><w:ind w:left=\"1267\" w:right=\"1267\"/>", "<w:b/><w:sz w:val=\"24\"/>")
  STYLE ("Formula", "UN Formula", "<w:spacing w:after=\"120\"/>" INDENT, "<w:i/>")
  STYLE ("Preamble", "UN Preambular Paragraph", "<w:spacing w:after=\"120\"/>" INDENT "<w:jc w:val=\"both\"/>", "")
  STYLE ("Operative", "UN Operative Paragraph", "<w:spacing w:after=\"120\"/>" INDENT "<w:jc w:val=\"both\"/>", "")
  STYLE ("Subparagraph", "UN Subparagraph", "<w:spacing w:after=\"120\"/><w:ind w:left=\"1267\" w:right=\"1267\" w:firstLine=\"1267\"/><w:jc w:val=\"both\"/>", "")
  STYLE ("Heading", "UN Heading", "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"120\"/><w:jc w:val=\"center\"/>", "<w:b/>")
  STYLE ("BodyText", "UN Body Text", "<w:spacing w:after=\"120\"/>" INDENT "<w:jc w:val=\"both\"/>", "")
  STYLE ("FootnoteText", "footnote text", "<w:spacing w:line=\"210\" w:lineRule=\"exact\"/><w:ind w:left=\"1267\" w:right=\"1267\" w:hanging=\"216\"/>", "<w:sz w:val=\"17\"/>")
  STYLE ("CommentText", "annotation text", "", "")
  "<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>"
  "<w:style w:type=\"character\" w:styleId=\"CommentReference\"><w:name w:val=\"annotation reference\"/><w:rPr><w:sz w:val=\"16\"/></w:rPr></w:style>"
  "</w:styles>";
/* clang-format on */

/* Operative paragraphs "1.", sub-paragraphs "(a)", and below them
 * "(i)": Word's own numbering, so that a paragraph accepted or rejected
 * renumbers those after it. */
static GBytes *
numbering_part (int first_operative)
{
  char *text = g_strdup_printf (
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<w:numbering xmlns:w=\"" W_NS "\">"
      "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"%d\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%%1.\"/><w:lvlJc w:val=\"left\"/>"
      "<w:pPr><w:tabs><w:tab w:val=\"num\" w:pos=\"2268\"/></w:tabs><w:ind w:left=\"1267\" w:firstLine=\"634\"/></w:pPr></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%%2)\"/><w:lvlJc w:val=\"left\"/>"
      "<w:pPr><w:tabs><w:tab w:val=\"num\" w:pos=\"2835\"/></w:tabs><w:ind w:left=\"1267\" w:firstLine=\"1267\"/></w:pPr></w:lvl>"
      "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerRoman\"/><w:lvlText w:val=\"(%%3)\"/><w:lvlJc w:val=\"left\"/>"
      "<w:pPr><w:tabs><w:tab w:val=\"num\" w:pos=\"3402\"/></w:tabs><w:ind w:left=\"1267\" w:firstLine=\"1701\"/></w:pPr></w:lvl>"
      "</w:abstractNum>"
      "<w:num w:numId=\"" OPERATIVE_NUM_ID "\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "</w:numbering>",
      first_operative);

  return g_bytes_new_take (text, strlen (text));
}

/* Public API */

GBytes *
rd_office_write (RdComparison *comparison,
                 const RdOfficeOptions *options,
                 GError **error)
{
  static const RdOfficeOptions defaults = { 0 };
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GBytes) document = NULL;
  g_autoptr (GBytes) notes = NULL;
  g_autoptr (GBytes) comments = NULL;
  g_autoptr (GBytes) numbering = NULL;
  g_autoptr (GBytes) types = static_part (content_types);
  g_autoptr (GBytes) package_rels = static_part (package_relationships);
  g_autoptr (GBytes) document_rels = static_part (document_relationships);
  g_autoptr (GBytes) style_part = static_part (styles);
  g_autoptr (GBytes) settings_part = static_part (settings);
  GDateTime *date;
  Writer w = { 0 };
  GBytes *archive;

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);

  if (options == NULL)
    options = &defaults;
  if (options->format == RD_OFFICE_ODT)
    return rd_odf_write (comparison, options, error);
  now = g_date_time_new_now_utc ();
  date = options->date != NULL ? options->date : now;

  rd_office_source_init (&w.source, comparison, date);
  w.next_footnote_id = 1;

  w.body = new_part (&w, 0, "w:document");
  rd_office_xml_start (w.body, "w:body");
  w.notes = new_part (&w, 1, "w:footnotes");
  /* The separators Word draws above the footnotes. */
  xmlTextWriterWriteRaw (w.notes, (const xmlChar *) "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                                                    "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>");
  w.comments = new_part (&w, 2, "w:comments");

  write_masthead (&w);
  write_body_paragraphs (&w);

  /* A4, 2.5 cm margins; footnotes numbered from 1. */
  xmlTextWriterWriteRaw (w.body, (const xmlChar *) "<w:sectPr><w:footnotePr><w:numFmt w:val=\"decimal\"/></w:footnotePr>"
                                                   "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                                                   "<w:pgMar w:top=\"1418\" w:right=\"1200\" w:bottom=\"1418\" w:left=\"1200\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
                                                   "</w:sectPr>");
  document = finish_part (w.body, w.buffers[0]);
  notes = finish_part (w.notes, w.buffers[1]);
  comments = finish_part (w.comments, w.buffers[2]);
  for (guint i = 0; i < G_N_ELEMENTS (w.buffers); i++)
    xmlBufferFree (w.buffers[i]);
  numbering = numbering_part (rd_office_first_operative_number (w.source.documents));

  {
    const RdZipEntry entries[] = {
      { "[Content_Types].xml", types, FALSE },
      { "_rels/.rels", package_rels, FALSE },
      { "word/document.xml", document, FALSE },
      { "word/_rels/document.xml.rels", document_rels, FALSE },
      { "word/styles.xml", style_part, FALSE },
      { "word/numbering.xml", numbering, FALSE },
      { "word/footnotes.xml", notes, FALSE },
      { "word/comments.xml", comments, FALSE },
      { "word/settings.xml", settings_part, FALSE },
    };

    archive = rd_zip_write (entries, G_N_ELEMENTS (entries), date, error);
  }

  rd_office_source_clear (&w.source);
  return archive;
}
