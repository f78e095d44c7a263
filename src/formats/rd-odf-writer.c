/* rd-odf-writer.c: the marked-up copy as an OpenDocument text with change
 * tracking
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written on the presentation model, as the Word export is
 * (rd-office-writer.c), in OpenDocument's terms: each change is a
 * text:changed-region in text:tracked-changes; an insertion is the text
 * between a text:change-start and a text:change-end in the body, a
 * deletion a text:change in the body with the deleted text kept in its
 * region.  A paragraph inserted is "¶ + its text" inserted at the end of
 * the paragraph before it; a paragraph deleted, "¶ + its text" deleted
 * there (its region holds an empty paragraph, then the paragraph, in its
 * list when it was numbered).  OpenDocument has no moves: a moved
 * paragraph is deleted at its old place and inserted at its new one.
 * Numbered paragraphs are each a list of one item that continues the
 * numbering of the list before it, so that a paragraph inserted or
 * deleted takes its number with it.  docs/word-export.md.
 */

/* Includes */

#include "config.h"

#include <libxml/xmlwriter.h>
#include <string.h>

#include "rd-office-writer-private.h"
#include "rd-zip-writer.h"

#define AUTHOR "Resdiff"
#define MIMETYPE "application/vnd.oasis.opendocument.text"

#define NAMESPACES                                                            \
  " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""        \
  " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""          \
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""            \
  " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"" \
  " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""                            \
  " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""            \
  " office:version=\"1.3\""

/* The struct */

typedef struct
{
  RdOfficeSource source;

  xmlBufferPtr buffers[2];
  xmlTextWriterPtr body;    /* office:text's paragraphs */
  xmlTextWriterPtr regions; /* text:changed-region elements */

  guint next_change;
  guint next_note;
  guint next_comment;
  guint open_elements; /* of the body's paragraph still open:
                        * text:p and its lists */
} Writer;

/* Static helpers */

static void
element_with_text (xmlTextWriterPtr x,
                   const char *name,
                   const char *text)
{
  xmlTextWriterWriteElement (x, (const xmlChar *) name, (const xmlChar *) text);
}

/* @length bytes of @text, the first @verb of them in italics. */
static void
write_words (xmlTextWriterPtr x,
             const char *text,
             gsize length,
             gsize verb)
{
  verb = MIN (verb, length);
  if (verb > 0)
    {
      rd_office_xml_start (x, "text:span");
      rd_office_xml_attr (x, "text:style-name", "Verb");
      rd_office_xml_text (x, text, verb);
      rd_office_xml_end (x);
    }
  if (length > verb)
    rd_office_xml_text (x, text + verb, length - verb);
}

/* Changes */

/* A new text:changed-region of @kind ("insertion", "deletion") by the
 * author at the date, left open: a deletion's text goes in it.  Returns
 * its id. */
static char *
open_region (Writer *w,
             const char *kind)
{
  xmlTextWriterPtr r = w->regions;
  char *id = g_strdup_printf ("ct%u", ++w->next_change);

  rd_office_xml_start (r, "text:changed-region");
  rd_office_xml_attr (r, "xml:id", id);
  rd_office_xml_attr (r, "text:id", id);
  rd_office_xml_start (r, kind);
  rd_office_xml_start (r, "office:change-info");
  element_with_text (r, "dc:creator", AUTHOR);
  element_with_text (r, "dc:date", w->source.date);
  rd_office_xml_end (r);
  return id;
}

static void
close_region (Writer *w)
{
  rd_office_xml_end (w->regions);
  rd_office_xml_end (w->regions);
}

static void
change_mark (xmlTextWriterPtr x,
             const char *element,
             const char *id)
{
  rd_office_xml_empty (x, element, "text:change-id", id);
}

/* Starts an insertion in the body: returns the id for end_insertion(). */
static char *
start_insertion (Writer *w)
{
  char *id = open_region (w, "text:insertion");

  close_region (w);
  change_mark (w->body, "text:change-start", id);
  return id;
}

static void
end_insertion (Writer *w,
               const char *id)
{
  change_mark (w->body, "text:change-end", id);
}

/* Opens a text:p of @style in @x, in lists down to @level (0, 1, 2) when
 * it is numbered; returns how many elements to end. */
static guint
open_block (xmlTextWriterPtr x,
            const char *style,
            int level)
{
  guint opened = 0;

  if (level >= 0)
    {
      /* A list of one item, its numbering continuing the list before. */
      rd_office_xml_start (x, "text:list");
      rd_office_xml_attr (x, "text:style-name", "Operative_List");
      rd_office_xml_attr (x, "text:continue-numbering", "true");
      rd_office_xml_start (x, "text:list-item");
      opened += 2;
      for (int k = 0; k < level; k++)
        {
          rd_office_xml_start (x, "text:list");
          rd_office_xml_start (x, "text:list-item");
          opened += 2;
        }
    }
  rd_office_xml_start (x, "text:p");
  rd_office_xml_attr (x, "text:style-name", style);
  return opened + 1;
}

static void
close_block (xmlTextWriterPtr x,
             guint opened)
{
  for (guint i = 0; i < opened; i++)
    rd_office_xml_end (x);
}

/* The body's paragraphs stay open until the next one starts, so that a
 * paragraph inserted or deleted after one can be marked at its end. */
static void
close_paragraph (Writer *w)
{
  close_block (w->body, w->open_elements);
  w->open_elements = 0;
}

static void
open_paragraph (Writer *w,
                const char *style,
                int level)
{
  close_paragraph (w);
  w->open_elements = open_block (w->body, style, level);
}

static void write_note (Writer *w, xmlTextWriterPtr x, const RdRun *run, gboolean plain);

/* @runs in @x; @plain writes them all as text (inside a change already),
 * else each inserted or deleted run is a change. */
static void
write_runs (Writer *w,
            xmlTextWriterPtr x,
            const GPtrArray *runs,
            gboolean plain,
            const char *style)
{
  g_autoptr (GPtrArray) texts = rd_office_spaced_texts (runs);

  for (guint i = 0; i < runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (runs, i);
      const char *text = g_ptr_array_index (texts, i);
      RdRunMark mark = plain ? RD_RUN_COMMON : run->mark;
      g_autofree char *id = NULL;
      xmlTextWriterPtr into = x;

      if (run->kind == RD_RUN_PARAGRAPH_BREAK)
        continue;
      if (mark == RD_RUN_INSERTED)
        id = start_insertion (w);
      else if (mark == RD_RUN_DELETED)
        {
          id = open_region (w, "text:deletion");
          change_mark (x, "text:change", id);
          into = w->regions;
          rd_office_xml_start (into, "text:p");
          rd_office_xml_attr (into, "text:style-name", style);
        }

      if (run->kind == RD_RUN_FOOTNOTE_REF)
        write_note (w, into, run, plain || mark != RD_RUN_COMMON);
      else
        write_words (into, text, strlen (text), run->verb_length);

      if (mark == RD_RUN_INSERTED)
        end_insertion (w, id);
      else if (mark == RD_RUN_DELETED)
        {
          rd_office_xml_end (into);
          close_region (w);
        }
    }
}

/* Footnotes */

/* A footnote at its reference: its own changes when the reference stayed
 * (@plain FALSE), its text as it read when the reference was deleted or
 * inserted with its words. */
static void
write_note (Writer *w,
            xmlTextWriterPtr x,
            const RdRun *run,
            gboolean plain)
{
  const RdChange *change = rd_office_source_footnote_change (&w->source, run);
  g_autoptr (GPtrArray) paragraphs = NULL;
  g_autofree char *id = NULL;
  g_autofree char *citation = NULL;

  if (change == NULL)
    {
      /* A mark without its footnote: the mark as printed. */
      rd_office_xml_start (x, "text:span");
      rd_office_xml_attr (x, "text:style-name", "Superscript");
      rd_office_xml_text (x, run->text, strlen (run->text));
      rd_office_xml_end (x);
      return;
    }

  id = g_strdup_printf ("ftn%u", ++w->next_note);
  citation = g_strdup_printf ("%u", w->next_note);
  if (plain)
    paragraphs = rd_presentation_get_paragraphs_as_read (w->source.presentation, change, run->footnote_side);
  else
    paragraphs = rd_presentation_get_paragraphs (w->source.presentation, change, RD_SIDE_REDLINE);

  rd_office_xml_start (x, "text:note");
  rd_office_xml_attr (x, "text:id", id);
  rd_office_xml_attr (x, "text:note-class", "footnote");
  element_with_text (x, "text:note-citation", citation);
  rd_office_xml_start (x, "text:note-body");
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdShownParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      rd_office_xml_start (x, "text:p");
      rd_office_xml_attr (x, "text:style-name", "Footnote");
      write_runs (w, x, paragraph->runs, plain, "Footnote");
      rd_office_xml_end (x);
    }
  if (paragraphs->len == 0)
    rd_office_xml_empty (x, "text:p", "text:style-name", "Footnote");
  rd_office_xml_end (x);
  rd_office_xml_end (x);
}

/* Comments */

/* An office:annotation by the author on what is written until
 * end_comment() with the name returned. */
static char *
start_comment (Writer *w,
               const char *text)
{
  xmlTextWriterPtr x = w->body;
  char *name = g_strdup_printf ("comment%u", ++w->next_comment);

  rd_office_xml_start (x, "office:annotation");
  rd_office_xml_attr (x, "office:name", name);
  element_with_text (x, "dc:creator", AUTHOR);
  element_with_text (x, "dc:date", w->source.date);
  rd_office_xml_start (x, "text:p");
  rd_office_xml_text (x, text, strlen (text));
  rd_office_xml_end (x);
  rd_office_xml_end (x);
  return name;
}

static void
end_comment (Writer *w,
             const char *name)
{
  rd_office_xml_empty (w->body, "office:annotation-end", "office:name", name);
}

/* Paragraphs */

/* A whole paragraph inserted: "¶ + its text" inserted at the end of the
 * open paragraph; the first paragraph of all has only its text. */
static void
write_inserted_paragraph (Writer *w,
                          const RdShownParagraph *paragraph,
                          const char *comment)
{
  int level = -1;
  const char *style = rd_office_paragraph_style (paragraph, &level);
  g_autofree char *id = NULL;
  g_autofree char *comment_name = NULL;

  if (w->open_elements > 0)
    {
      id = start_insertion (w);
      open_paragraph (w, style, level);
    }
  else
    {
      open_paragraph (w, style, level);
      id = start_insertion (w);
    }
  if (comment != NULL)
    comment_name = start_comment (w, comment);
  write_runs (w, w->body, paragraph->runs, TRUE, style);
  if (comment_name != NULL)
    end_comment (w, comment_name);
  end_insertion (w, id);
}

/* A whole paragraph deleted: "¶ + its text" deleted at the end of the
 * open paragraph. */
static void
write_deleted_paragraph (Writer *w,
                         const RdShownParagraph *paragraph)
{
  int level = -1;
  const char *style = rd_office_paragraph_style (paragraph, &level);
  g_autofree char *id = NULL;
  guint opened;

  if (w->open_elements == 0)
    open_paragraph (w, "BodyText", -1);
  id = open_region (w, "text:deletion");
  change_mark (w->body, "text:change", id);
  rd_office_xml_start (w->regions, "text:p");
  rd_office_xml_end (w->regions);
  opened = open_block (w->regions, style, level);
  write_runs (w, w->regions, paragraph->runs, TRUE, style);
  close_block (w->regions, opened);
  close_region (w);
}

/* A paragraph with its changes in place: a split's new breaks inserted,
 * a merge's old breaks deleted. */
static void
write_redline_paragraph (Writer *w,
                         const RdShownParagraph *paragraph,
                         gboolean break_inserted,
                         const char *comment)
{
  int level = -1;
  const char *style = rd_office_paragraph_style (paragraph, &level);
  g_autoptr (GPtrArray) texts = NULL;
  g_autoptr (GPtrArray) part = g_ptr_array_new ();
  g_autofree char *comment_name = NULL;

  if (break_inserted && w->open_elements > 0)
    {
      g_autofree char *id = start_insertion (w);

      open_paragraph (w, style, level);
      end_insertion (w, id);
    }
  else
    open_paragraph (w, style, level);
  if (comment != NULL)
    comment_name = start_comment (w, comment);

  /* Each old paragraph of a merge but the first begins with a break: "¶"
   * deleted, in its region an empty paragraph and then the old one's
   * beginning (numbered, if it was). */
  for (guint i = 0; i <= paragraph->runs->len; i++)
    {
      const RdRun *run = i < paragraph->runs->len ? g_ptr_array_index (paragraph->runs, i) : NULL;

      if (run != NULL && run->kind != RD_RUN_PARAGRAPH_BREAK)
        {
          g_ptr_array_add (part, (gpointer) run);
          continue;
        }
      write_runs (w, w->body, part, FALSE, style);
      g_ptr_array_set_size (part, 0);
      if (run != NULL)
        {
          g_autofree char *id = open_region (w, "text:deletion");
          guint opened;

          change_mark (w->body, "text:change", id);
          rd_office_xml_start (w->regions, "text:p");
          rd_office_xml_end (w->regions);
          opened = open_block (w->regions, style, run->text != NULL ? level : -1);
          close_block (w->regions, opened);
          close_region (w);
        }
    }
  if (comment_name != NULL)
    end_comment (w, comment_name);
}

typedef enum
{
  WRITE_REDLINE,
  WRITE_INSERTED,
  WRITE_DELETED,
} WriteMode;

static void
write_paragraphs (Writer *w,
                  GPtrArray *paragraphs,
                  const RdChange *change,
                  WriteMode mode)
{
  g_autofree char *comment = mode != WRITE_DELETED ? rd_office_verb_comment (change) : NULL;

  if (mode == WRITE_REDLINE && change->type == RD_CHANGE_INSERTED)
    mode = WRITE_INSERTED;
  else if (mode == WRITE_REDLINE && change->type == RD_CHANGE_DELETED)
    mode = WRITE_DELETED;
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdShownParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      const char *first_comment = i == 0 ? comment : NULL;

      switch (mode)
        {
        case WRITE_INSERTED:
          write_inserted_paragraph (w, paragraph, first_comment);
          break;
        case WRITE_DELETED:
          write_deleted_paragraph (w, paragraph);
          break;
        case WRITE_REDLINE:
        default:
          write_redline_paragraph (w, paragraph, change->type == RD_CHANGE_SPLIT && i > 0, first_comment);
          break;
        }
    }
}

/* A moved paragraph: deleted where it stood, inserted where it stands. */
static void
write_body_place (gpointer writer,
                  GPtrArray *paragraphs,
                  const RdChange *change,
                  guint position,
                  RdOfficePlace place)
{
  write_paragraphs (writer, paragraphs, change, place == RD_OFFICE_MOVED_FROM ? WRITE_DELETED : place == RD_OFFICE_MOVED_TO ? WRITE_INSERTED
                                                                                                                            : WRITE_REDLINE);
}

/* The masthead */

/* @text inserted or deleted (@mark), or as it is. */
static void
write_marked_text (Writer *w,
                   const char *text,
                   RdRunMark mark,
                   const char *style)
{
  RdRun run = { 0 };
  g_autoptr (GPtrArray) runs = g_ptr_array_new ();

  run.kind = RD_RUN_TEXT;
  run.mark = mark;
  run.text = (char *) text;
  g_ptr_array_add (runs, &run);
  write_runs (w, w->body, runs, FALSE, style);
}

/* A line of the masthead: @prefix then the field, old against new. */
static void
write_field (gpointer writer,
             RdField field,
             const char *style,
             const char *prefix)
{
  Writer *w = writer;
  g_autoptr (GPtrArray) runs = rd_presentation_get_field_runs (w->source.presentation, field, RD_SIDE_REDLINE);

  if (runs == NULL || runs->len == 0)
    return;
  open_paragraph (w, style, -1);
  if (prefix != NULL)
    {
      write_marked_text (w, prefix, rd_office_field_label_mark (&w->source, field), style);
    }
  write_runs (w, w->body, runs, FALSE, style);
}

/* "Austria, Belgium, ...: draft resolution", those who joined inserted
 * and those who left deleted, with a comment that names them. */
static void
write_sponsors (gpointer writer)
{
  Writer *w = writer;
  g_autoptr (GPtrArray) runs = rd_presentation_get_sponsor_runs (w->source.presentation, RD_SIDE_REDLINE);
  g_autoptr (GPtrArray) type_runs = rd_presentation_get_field_runs (w->source.presentation, RD_FIELD_DOCUMENT_TYPE, RD_SIDE_REDLINE);
  g_autofree char *comment = rd_office_sponsors_comment (w->source.comparison);
  g_autofree char *comment_name = NULL;

  if (runs->len == 0)
    return;
  open_paragraph (w, "Sponsors", -1);
  if (comment != NULL)
    comment_name = start_comment (w, comment);
  for (guint i = 0; i < runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (runs, i);
      g_autofree char *text = g_strconcat (i > 0 ? ", " : "", run->text, NULL);

      write_marked_text (w, text, run->mark, "Sponsors");
    }
  if (comment_name != NULL)
    end_comment (w, comment_name);
  write_marked_text (w, ": ", rd_office_sponsors_colon_mark (runs), "Sponsors");
  if (type_runs != NULL)
    write_runs (w, w->body, type_runs, FALSE, "Sponsors");
}

/* "Agenda item 69 (b)": the old line deleted and the new one inserted
 * when they differ. */
static void
write_agenda_items (gpointer writer)
{
  Writer *w = writer;
  g_autofree char *old_line = rd_office_agenda_line (w->source.documents[RD_SIDE_OLD]);
  g_autofree char *new_line = rd_office_agenda_line (w->source.documents[RD_SIDE_NEW]);

  if (old_line == NULL && new_line == NULL)
    return;
  open_paragraph (w, "Masthead", -1);
  if (g_strcmp0 (old_line, new_line) == 0)
    write_marked_text (w, new_line, RD_RUN_COMMON, "Masthead");
  else
    {
      if (old_line != NULL)
        write_marked_text (w, old_line, RD_RUN_DELETED, "Masthead");
      if (new_line != NULL)
        write_marked_text (w, new_line, RD_RUN_INSERTED, "Masthead");
    }
}

static void
write_masthead (Writer *w)
{
  static const RdOfficeMastheadFuncs funcs = { write_field, write_agenda_items, write_sponsors };

  rd_office_write_masthead (&funcs, w);
}

/* The parts */

static const char manifest[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
    "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"" MIMETYPE "\"/>"
    "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
    "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
    "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
    "</manifest:manifest>";

/* The UN's layout, as in the Word export: Times New Roman 10 pt, text
 * indented 1.27 cm from both margins, the first line 0.63 cm more, 6 pt
 * between paragraphs; the title bold; the symbol bold at the right. */
#define STYLE(name, display, paragraph, text)                                                                                                \
  "<style:style style:name=\"" name "\" style:display-name=\"" display "\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">" \
  "<style:paragraph-properties " paragraph "/><style:text-properties " text "/></style:style>"
#define BODY_INDENT "fo:margin-left=\"1.27cm\" fo:margin-right=\"1.27cm\" fo:text-indent=\"0.63cm\" fo:margin-bottom=\"0.21cm\""

/* clang-format off */
static const char styles_head[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<office:document-styles" NAMESPACES ">"
  "<office:font-face-decls><style:font-face style:name=\"Times New Roman\" svg:font-family=\"'Times New Roman'\" style:font-family-generic=\"roman\" xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"/></office:font-face-decls>"
  "<office:styles>"
  "<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:line-height=\"0.423cm\"/>"
  "<style:text-properties style:font-name=\"Times New Roman\" fo:font-size=\"10pt\" fo:language=\"en\" fo:country=\"GB\"/></style:default-style>"
  "<style:style style:name=\"Standard\" style:family=\"paragraph\"/>"
  STYLE ("Symbol", "UN Symbol", "fo:text-align=\"end\" fo:margin-bottom=\"0.42cm\"", "fo:font-size=\"14pt\" fo:font-weight=\"bold\"")
  STYLE ("Organ", "UN Organ", "fo:margin-bottom=\"0.21cm\"", "fo:font-size=\"14pt\" fo:font-weight=\"bold\"")
  STYLE ("Masthead", "UN Masthead", "fo:margin-left=\"12cm\"", "")
  STYLE ("Session", "UN Session", "fo:margin-top=\"0.42cm\"", "fo:font-weight=\"bold\"")
  STYLE ("Sponsors", "UN Sponsors", "fo:margin-left=\"1.27cm\" fo:margin-right=\"1.27cm\" fo:text-indent=\"-1.27cm\" fo:margin-top=\"0.63cm\" fo:margin-bottom=\"0.42cm\"", "")
  STYLE ("DocTitle", "UN Title", "fo:margin-left=\"1.27cm\" fo:margin-right=\"1.27cm\" fo:margin-bottom=\"0.42cm\" fo:keep-with-next=\"always\"", "fo:font-size=\"12pt\" fo:font-weight=\"bold\"")
  STYLE ("Formula", "UN Formula", BODY_INDENT, "fo:font-style=\"italic\"")
  STYLE ("Preamble", "UN Preambular Paragraph", BODY_INDENT " fo:text-align=\"justify\"", "")
  STYLE ("Operative", "UN Operative Paragraph", BODY_INDENT " fo:text-align=\"justify\"", "")
  STYLE ("Subparagraph", "UN Subparagraph", "fo:margin-left=\"1.27cm\" fo:margin-right=\"1.27cm\" fo:text-indent=\"1.27cm\" fo:margin-bottom=\"0.21cm\" fo:text-align=\"justify\"", "")
  STYLE ("Heading", "UN Heading", "fo:text-align=\"center\" fo:margin-top=\"0.21cm\" fo:margin-bottom=\"0.21cm\" fo:keep-with-next=\"always\"", "fo:font-weight=\"bold\"")
  STYLE ("BodyText", "UN Body Text", BODY_INDENT " fo:text-align=\"justify\"", "")
  STYLE ("Footnote", "Footnote", "fo:margin-left=\"1.27cm\" fo:margin-right=\"1.27cm\" fo:text-indent=\"-0.38cm\"", "fo:font-size=\"8.5pt\"")
  "<style:style style:name=\"Verb\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\"/></style:style>"
  "<style:style style:name=\"Superscript\" style:family=\"text\"><style:text-properties style:text-position=\"super 58%\"/></style:style>"
  "<text:notes-configuration text:note-class=\"footnote\" style:num-format=\"1\" text:start-value=\"0\" text:footnotes-position=\"page\" text:start-numbering-at=\"document\"/>";

/* Operative paragraphs "1.", sub-paragraphs "(a)", below them "(i)": the
 * word processor's own numbering.  %d: the first operative number. */
static const char styles_list[] =
  "<text:list-style style:name=\"Operative_List\" style:display-name=\"UN Operative Paragraphs\">"
  "<text:list-level-style-number text:level=\"1\" style:num-suffix=\".\" style:num-format=\"1\" text:start-value=\"%d\">"
  "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"4cm\" fo:text-indent=\"0.63cm\" fo:margin-left=\"1.27cm\"/></style:list-level-properties></text:list-level-style-number>"
  "<text:list-level-style-number text:level=\"2\" style:num-prefix=\"(\" style:num-suffix=\")\" style:num-format=\"a\">"
  "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"5cm\" fo:text-indent=\"1.27cm\" fo:margin-left=\"1.27cm\"/></style:list-level-properties></text:list-level-style-number>"
  "<text:list-level-style-number text:level=\"3\" style:num-prefix=\"(\" style:num-suffix=\")\" style:num-format=\"i\">"
  "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"6cm\" fo:text-indent=\"1.9cm\" fo:margin-left=\"1.27cm\"/></style:list-level-properties></text:list-level-style-number>"
  "</text:list-style>";

/* A4, margins as the Word export's. */
static const char styles_tail[] =
  "</office:styles>"
  "<office:automatic-styles><style:page-layout style:name=\"Page\"><style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" fo:margin-top=\"2.5cm\" fo:margin-bottom=\"2.5cm\" fo:margin-left=\"2.12cm\" fo:margin-right=\"2.12cm\"/></style:page-layout></office:automatic-styles>"
  "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"Page\"/></office:master-styles>"
  "</office:document-styles>";
/* clang-format on */

static GBytes *
styles_part (int first_operative)
{
  g_autofree char *list = g_strdup_printf (styles_list, first_operative);
  char *text = g_strconcat (styles_head, list, styles_tail, NULL);

  return g_bytes_new_take (text, strlen (text));
}

static GBytes *
meta_part (Writer *w)
{
  char *text = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                "<office:document-meta" NAMESPACES "><office:meta>"
                                "<meta:generator>Resdiff/" PACKAGE_VERSION "</meta:generator>"
                                "<dc:creator>" AUTHOR "</dc:creator><dc:date>%s</dc:date>"
                                "</office:meta></office:document-meta>",
                                w->source.date);

  return g_bytes_new_take (text, strlen (text));
}

static xmlTextWriterPtr
new_fragment (Writer *w,
              guint slot)
{
  w->buffers[slot] = xmlBufferCreate ();
  return xmlNewTextWriterMemory (w->buffers[slot], 0);
}

static GBytes *
content_part (Writer *w)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<office:document-content" NAMESPACES ">"
                               "<office:body><office:text>");

  /* Edits a delegation makes go on being tracked. */
  g_string_append (out, "<text:tracked-changes text:track-changes=\"true\">");
  g_string_append_len (out, (const char *) xmlBufferContent (w->buffers[1]), xmlBufferLength (w->buffers[1]));
  g_string_append (out, "</text:tracked-changes>");
  g_string_append_len (out, (const char *) xmlBufferContent (w->buffers[0]), xmlBufferLength (w->buffers[0]));
  g_string_append (out, "</office:text></office:body></office:document-content>");
  return g_string_free_to_bytes (out);
}

/* Public API */

GBytes *
rd_odf_write (RdComparison *comparison,
              const RdOfficeOptions *options,
              GError **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  GDateTime *date = options->date != NULL ? options->date : now;
  g_autoptr (GBytes) mimetype = g_bytes_new_static (MIMETYPE, strlen (MIMETYPE));
  g_autoptr (GBytes) manifest_part = g_bytes_new_static (manifest, strlen (manifest));
  g_autoptr (GBytes) content = NULL;
  g_autoptr (GBytes) styles = NULL;
  g_autoptr (GBytes) meta = NULL;
  Writer w = { 0 };
  GBytes *archive;

  rd_office_source_init (&w.source, comparison, date);
  w.body = new_fragment (&w, 0);
  w.regions = new_fragment (&w, 1);

  write_masthead (&w);
  rd_office_write_body (&w.source, write_body_place, &w);
  close_paragraph (&w);

  xmlTextWriterFlush (w.body);
  xmlTextWriterFlush (w.regions);
  content = content_part (&w);
  xmlFreeTextWriter (w.body);
  xmlFreeTextWriter (w.regions);
  for (guint i = 0; i < G_N_ELEMENTS (w.buffers); i++)
    xmlBufferFree (w.buffers[i]);
  styles = styles_part (rd_office_first_operative_number (w.source.documents));
  meta = meta_part (&w);

  {
    /* "mimetype" first and stored, as OpenDocument requires. */
    const RdZipEntry entries[] = {
      { "mimetype", mimetype, TRUE },
      { "META-INF/manifest.xml", manifest_part, FALSE },
      { "content.xml", content, FALSE },
      { "styles.xml", styles, FALSE },
      { "meta.xml", meta, FALSE },
    };

    archive = rd_zip_write (entries, G_N_ELEMENTS (entries), date, error);
  }

  rd_office_source_clear (&w.source);
  return archive;
}
