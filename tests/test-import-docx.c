/* test-import-docx.c: Word (.docx) and OpenDocument (.odt, .fodt) import
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rd-block.h"
#include "rd-import.h"
#include "rd-test-fixture.h"
#include "rd-test-util.h"
#include "rd-test-zip.h"

#define W_NAMESPACES "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " \
                     "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

#define ODF_NAMESPACES "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " \
                       "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "   \
                       "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "     \
                       "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""

static const char content_types[] = RD_TEST_DOCX_CONTENT_TYPES;
static const char package_rels[] = RD_TEST_DOCX_PACKAGE_RELS;

/* Zip archives made with libarchive */

typedef struct
{
  const char *name;
  const char *content;
} Entry;

static struct archive *
zip_open (const char *path)
{
  struct archive *archive = archive_write_new ();

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_zip_set_compression_deflate (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (archive, path), ==, ARCHIVE_OK);
  return archive;
}

static void
zip_close (struct archive *archive)
{
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);
}

static void
write_zip (const char *path,
           const Entry *entries)
{
  struct archive *archive = zip_open (path);

  for (const Entry *e = entries; e->name != NULL; e++)
    {
      gsize length = strlen (e->content);

      rd_test_zip_add (archive, e->name, e->content, length);
    }
  zip_close (archive);
}

/* Imports a zip made of @entries through a file, as the program does. */
static RdBlockList *
import_zip (const Entry *entries,
            GError **error)
{
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "test.docx", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  RdBlockList *list;

  write_zip (path, entries);
  list = rd_import_file (file, NULL, error);
  rd_test_remove_dir (dir);
  return list;
}

/* The fixture in three formats */

static void
test_fixture (gconstpointer data)
{
  const char *name = data;
  g_autoptr (RdDocument) doc = rd_test_load_fixture_document (name, g_str_has_suffix (name, "docx") ? "docx" : "odt");

  /* Tracked changes were accepted, and the reader is told. */
  g_assert_cmpuint (rd_document_get_warnings (doc)->len, ==, 1);
  g_assert_true (rd_test_has_warning (doc, "tracked changes"));
  g_assert_true (rd_test_has_warning (doc, "insertions kept: 1"));
  g_assert_true (rd_test_has_warning (doc, "deletions dropped: 1"));
}

/* The blocks themselves: italic spans, footnote spans, numbers. */
static void
test_fixture_blocks (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "formats", "resolution.docx", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = rd_import_file (file, NULL, &error);
  guint footnotes = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (list->format, ==, "docx");
  g_assert_cmpstr (list->language, ==, "en-GB");
  g_assert_cmpstr (rd_test_block (list, 0)->text, ==, "United Nations");
  g_assert_cmpstr (rd_test_block (list, 12)->text, ==, "The General Assembly,");

  rd_test_assert_span (rd_test_block (list, 13), RD_SPAN_ITALIC, "Reaffirming");
  rd_test_assert_span (rd_test_block (list, 13), RD_SPAN_FOOTNOTE, "1");
  /* Italic through the character style "Emphasis". */
  rd_test_assert_span (rd_test_block (list, 15), RD_SPAN_ITALIC, "Deeply concerned");

  g_assert_cmpstr (rd_test_block (list, 16)->number, ==, "1.");
  g_assert_true (rd_test_block (list, 16)->flags & RD_BLOCK_FLAG_LIST_ITEM);
  g_assert_cmpstr (rd_test_block (list, 17)->number, ==, "2.");
  g_assert_cmpstr (rd_test_block (list, 18)->number, ==, "(a)");
  g_assert_cmpstr (rd_test_block (list, 19)->number, ==, "(b)");
  g_assert_cmpstr (rd_test_block (list, 20)->number, ==, "3.");
  g_assert_null (rd_test_block (list, 21)->number);
  g_assert_true (g_str_has_prefix (rd_test_block (list, 21)->text, "4. Decides"));

  for (guint i = 0; i < list->blocks->len; i++)
    if (rd_test_block (list, i)->role == RD_BLOCK_FOOTNOTE)
      {
        footnotes++;
        /* Footnotes come after the body, in citation order. */
        g_assert_cmpuint (i, >=, 23);
        g_assert_cmpstr (rd_test_block (list, i)->marker, ==, footnotes == 1 ? "1" : "2");
      }
  g_assert_cmpuint (footnotes, ==, 2);
  rd_test_assert_span (rd_test_block (list, 23), RD_SPAN_ITALIC, "Treaty Series");
}

/* Word: numbering, styles, notes, changes */

static const char numbering_document[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<w:document " W_NAMESPACES "><w:body>"
    "<w:p><w:r><w:t>United Nations</w:t><w:br/><w:t>A/C.3/99/L.98</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr>"
    "<w:r><w:rPr><w:rStyle w:val=\"Emph\"/></w:rPr><w:t>Decides</w:t></w:r><w:r><w:t xml:space=\"preserve\"> to act;</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr><w:r><w:t>first item;</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr><w:r><w:t>second item;</w:t></w:r></w:p>"
    /* A deleted paragraph mark: the paragraph joins the next. */
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"5\"/></w:numPr><w:rPr><w:del w:id=\"9\" w:author=\"A\"/></w:rPr></w:pPr>"
    "<w:r><w:t>Requests the</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr>"
    "<w:r><w:t xml:space=\"preserve\">Secretary-General </w:t></w:r>"
    "<w:ins w:id=\"10\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\">to report</w:t></w:r></w:ins>"
    "<w:del w:id=\"11\" w:author=\"A\"><w:r><w:delText xml:space=\"preserve\"> never</w:delText></w:r></w:del>"
    "<w:r><w:t>;</w:t></w:r>"
    "<w:r><w:footnoteReference w:customMarkFollows=\"1\" w:id=\"3\"/><w:t>*</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr><w:r><w:t>deeper</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:pStyle w:val=\"ListNumber\"/></w:pPr><w:r><w:t>Styled list</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"99\"/></w:numPr></w:pPr><w:r><w:t>Unknown list</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"7\"/></w:numPr></w:pPr><w:r><w:t>Bullet</w:t></w:r></w:p>"
    "<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>Noting</w:t></w:r><w:r><w:rPr><w:i w:val=\"0\"/></w:rPr><w:t xml:space=\"preserve\"> with </w:t></w:r>"
    "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:t>thanks</w:t><w:tab/><w:t>x</w:t><w:footnoteReference w:id=\"4\"/></w:r></w:p>"
    "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Annex</w:t></w:r></w:p>"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell one</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Cell two</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    "<w:p><w:hyperlink r:id=\"rId9\"><w:r><w:t>link text</w:t></w:r></w:hyperlink></w:p>"
    "<w:sectPr/></w:body></w:document>";

static const char numbering_numbering[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<w:numbering " W_NAMESPACES ">"
    "<w:abstractNum w:abstractNumId=\"1\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%2)\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerRoman\"/><w:lvlText w:val=\"(%3)\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
    "<w:lvlText w:val=\"%1)\"/><w:pStyle w:val=\"ListNumber\"/></w:lvl></w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"3\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"7\"/></w:lvlOverride></w:num>"
    "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"2\"/></w:num>"
    "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num>"
    "</w:numbering>";

static const char numbering_styles[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<w:styles " W_NAMESPACES ">"
    "<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"fr-FR\"/></w:rPr></w:rPrDefault></w:docDefaults>"
    "<w:style w:type=\"character\" w:styleId=\"Emph\"><w:rPr><w:i/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"ListNumber\"><w:pPr><w:numPr><w:numId w:val=\"6\"/></w:numPr></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
    "</w:styles>";

static const char numbering_footnotes[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<w:footnotes " W_NAMESPACES ">"
    "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
    "<w:footnote w:id=\"3\"><w:p><w:r><w:footnoteRef/><w:t>On behalf of the</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Group of States.</w:t></w:r></w:p></w:footnote>"
    "<w:footnote w:id=\"4\"><w:p><w:r><w:footnoteRef/><w:t xml:space=\"preserve\"> See annex.</w:t></w:r></w:p></w:footnote>"
    "</w:footnotes>";

static void
test_word_numbering (void)
{
  const Entry entries[] = {
    { "[Content_Types].xml", content_types },
    { "_rels/.rels", package_rels },
    { "word/document.xml", numbering_document },
    { "word/numbering.xml", numbering_numbering },
    { "word/styles.xml", numbering_styles },
    { "word/footnotes.xml", numbering_footnotes },
    { NULL, NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = import_zip (entries, &error);
  static const char *const texts[] = {
    "United Nations",
    "A/C.3/99/L.98",
    "Decides to act;",
    "first item;",
    "second item;",
    "Requests the Secretary-General to report;*",
    "deeper",
    "Styled list",
    "Unknown list",
    "Bullet",
    "Noting with thanks x1",
    "Annex",
    "Cell one",
    "Cell two",
    "link text",
    "On behalf of the Group of States.",
    "See annex.",
  };
  static const char *const numbers[] = {
    NULL,
    NULL,
    "7.",
    "(a)",
    "(b)",
    "8.",
    "(i)",
    "1)",
    "1.",
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
  };

  g_assert_no_error (error);
  g_assert_cmpstr (list->language, ==, "fr-FR");
  rd_test_assert_blocks (list, texts, numbers, G_N_ELEMENTS (texts));

  /* A line break splits a masthead paragraph; the parser joins such
   * pieces back in the body. */
  g_assert_false (rd_test_block (list, 0)->flags & RD_BLOCK_FLAG_CONTINUATION);
  g_assert_true (rd_test_block (list, 1)->flags & RD_BLOCK_FLAG_CONTINUATION);
  rd_test_assert_span (rd_test_block (list, 2), RD_SPAN_ITALIC, "Decides");
  rd_test_assert_span (rd_test_block (list, 5), RD_SPAN_FOOTNOTE, "*");
  g_assert_true (rd_test_block (list, 9)->flags & RD_BLOCK_FLAG_LIST_ITEM);
  rd_test_assert_span (rd_test_block (list, 10), RD_SPAN_ITALIC, "Noting");
  g_assert_cmpuint (rd_test_block (list, 10)->spans->len, ==, 2);
  rd_test_assert_span (rd_test_block (list, 10), RD_SPAN_FOOTNOTE, "1");
  g_assert_cmpint (rd_test_block (list, 11)->role, ==, RD_BLOCK_HEADING);
  rd_test_assert_span (rd_test_block (list, 14), RD_SPAN_LINK, "link text");

  g_assert_cmpint (rd_test_block (list, 15)->role, ==, RD_BLOCK_FOOTNOTE);
  g_assert_cmpstr (rd_test_block (list, 15)->marker, ==, "*");
  g_assert_cmpint (rd_test_block (list, 16)->role, ==, RD_BLOCK_FOOTNOTE);
  g_assert_cmpstr (rd_test_block (list, 16)->marker, ==, "1");

  g_assert_cmpuint (list->warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (list->warnings, 0), "insertions kept: 1, deletions dropped: 2"));
}

/* A document without styles, numbering or relationships still reads. */
static void
test_word_minimal (void)
{
  const Entry entries[] = {
    { "word/document.xml",
      "<w:document " W_NAMESPACES "><w:body><w:p><w:r><w:t>Only text</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t>counted</w:t></w:r></w:p>"
      "</w:body></w:document>" },
    { NULL, NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = import_zip (entries, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (list->blocks->len, ==, 2);
  g_assert_cmpstr (rd_test_block (list, 0)->text, ==, "Only text");
  /* Without numbering.xml the number is counted: level 1 is "(a)". */
  g_assert_cmpstr (rd_test_block (list, 1)->number, ==, "(a)");
  g_assert_cmpuint (list->warnings->len, ==, 0);
}

/* A paragraph all of whose visible text is bold is bold (a heading); a
 * space in a plain run does not make it mixed, a plain word does. */
static void
test_word_bold_paragraphs (void)
{
  const Entry entries[] = {
    { "word/document.xml",
      "<w:document " W_NAMESPACES "><w:body>"
      "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Section heading</w:t></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r></w:p>"
      "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Bold </w:t></w:r><w:r><w:t>then plain</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>Plain text</w:t></w:r></w:p>"
      "</w:body></w:document>" },
    { NULL, NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = import_zip (entries, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (list->blocks->len, ==, 3);
  g_assert_true (rd_test_block (list, 0)->flags & RD_BLOCK_FLAG_BOLD);
  g_assert_false (rd_test_block (list, 1)->flags & RD_BLOCK_FLAG_BOLD);
  g_assert_false (rd_test_block (list, 2)->flags & RD_BLOCK_FLAG_BOLD);
}

/* Styles inherit through w:basedOn: a heading's outline level and a
 * character style's italics from the style they are based on; styles
 * based on each other in a loop end the search (nothing inherited). */
static void
test_word_style_inheritance (void)
{
  const Entry entries[] = {
    { "[Content_Types].xml", content_types },
    { "_rels/.rels", package_rels },
    { "word/document.xml",
      "<w:document " W_NAMESPACES "><w:body>"
      "<w:p><w:pPr><w:pStyle w:val=\"Chapter\"/></w:pPr><w:r><w:t>Annex</w:t></w:r></w:p>"
      "<w:p><w:r><w:rPr><w:rStyle w:val=\"Verb\"/></w:rPr><w:t>Decides</w:t></w:r><w:r><w:t xml:space=\"preserve\"> to act;</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:pStyle w:val=\"LoopA\"/></w:pPr><w:r><w:t>Body text</w:t></w:r></w:p>"
      "</w:body></w:document>" },
    { "word/styles.xml",
      "<w:styles " W_NAMESPACES ">"
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Chapter\"><w:basedOn w:val=\"Heading1\"/></w:style>"
      "<w:style w:type=\"character\" w:styleId=\"Emph\"><w:rPr><w:i/></w:rPr></w:style>"
      "<w:style w:type=\"character\" w:styleId=\"Verb\"><w:basedOn w:val=\"Emph\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"LoopA\"><w:basedOn w:val=\"LoopB\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"LoopB\"><w:basedOn w:val=\"LoopA\"/></w:style>"
      "</w:styles>" },
    { NULL, NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = import_zip (entries, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (list->blocks->len, ==, 3);
  g_assert_cmpint (rd_test_block (list, 0)->role, ==, RD_BLOCK_HEADING);
  rd_test_assert_span (rd_test_block (list, 1), RD_SPAN_ITALIC, "Decides");
  g_assert_cmpuint (rd_test_block (list, 1)->spans->len, ==, 1);
  g_assert_cmpint (rd_test_block (list, 2)->role, ==, RD_BLOCK_BODY);
  g_assert_cmpuint (rd_test_block (list, 2)->spans->len, ==, 0);
  g_assert_false (rd_test_block (list, 2)->flags & RD_BLOCK_FLAG_BOLD);
}

/* UN templates keep the masthead in the first page's own header. */
static void
test_word_first_page_header (void)
{
  const Entry entries[] = {
    { "_rels/.rels", package_rels },
    { "word/_rels/document.xml.rels",
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>"
      "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header2.xml\"/>"
      "</Relationships>" },
    { "word/header1.xml", "<w:hdr " W_NAMESPACES "><w:p><w:r><w:t>A/C.3/99/L.95</w:t></w:r></w:p></w:hdr>" },
    { "word/header2.xml", "<w:hdr " W_NAMESPACES "><w:p><w:r><w:t>Running head</w:t></w:r></w:p></w:hdr>" },
    { "word/document.xml",
      "<w:document " W_NAMESPACES "><w:body><w:p><w:r><w:t>Body text</w:t></w:r></w:p>"
      "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId8\"/><w:headerReference w:type=\"first\" r:id=\"rId7\"/>"
      "<w:titlePg/></w:sectPr></w:body></w:document>" },
    { NULL, NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = import_zip (entries, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (list->blocks->len, ==, 2);
  g_assert_cmpstr (rd_test_block (list, 0)->text, ==, "A/C.3/99/L.95");
  g_assert_cmpstr (rd_test_block (list, 1)->text, ==, "Body text");
}

/* Which of the two a zip is, is decided by its entries when the first
 * bytes do not tell (a large first entry, mimetype not first). */
static void
test_detected_by_entries (void)
{
  g_autofree char *padding = g_strnfill (8000, 'x');
  g_autofree char *custom = g_strdup_printf ("<Properties><p>%s</p></Properties>", padding);
  const Entry word[] = {
    { "docProps/custom.xml", custom },
    { "_rels/.rels", package_rels },
    { "word/document.xml", "<w:document " W_NAMESPACES "><w:body><w:p><w:r><w:t>Word text</w:t></w:r></w:p></w:body></w:document>" },
    { NULL, NULL },
  };
  const Entry odt[] = {
    { "content.xml", "<office:document-content " ODF_NAMESPACES "><office:body><office:text><text:p>ODF text</text:p></office:text></office:body></office:document-content>" },
    { "mimetype", "application/vnd.oasis.opendocument.text" },
    { NULL, NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) first = import_zip (word, &error);
  g_autoptr (RdBlockList) second = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (first->format, ==, "docx");
  g_assert_cmpstr (rd_test_block (first, 0)->text, ==, "Word text");

  second = import_zip (odt, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (second->format, ==, "odt");
  g_assert_cmpstr (rd_test_block (second, 0)->text, ==, "ODF text");
}

/* OpenDocument: lists, notes, styles */

static const char flat_odt[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<office:document " ODF_NAMESPACES " office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">"
    "<office:styles>"
    "<style:default-style style:family=\"paragraph\"><style:text-properties fo:language=\"es\" fo:country=\"ES\"/></style:default-style>"
    "<style:style style:name=\"Quote\" style:family=\"paragraph\"><style:text-properties fo:font-style=\"italic\"/></style:style>"
    "<text:list-style style:name=\"Bullets\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\"/></text:list-style>"
    "</office:styles>"
    "<office:automatic-styles>"
    "<text:list-style style:name=\"L1\">"
    "<text:list-level-style-number text:level=\"1\" style:num-suffix=\".\" style:num-format=\"1\"/>"
    "<text:list-level-style-number text:level=\"2\" style:num-suffix=\".\" style:num-format=\"1\" text:display-levels=\"2\"/>"
    "</text:list-style>"
    "<style:style style:name=\"P9\" style:family=\"paragraph\" style:parent-style-name=\"Quote\"/>"
    "</office:automatic-styles>"
    "<office:body><office:text>"
    "<text:h text:outline-level=\"1\">Annex</text:h>"
    "<text:p>United Nations<text:line-break/>A/C.3/99/L.97</text:p>"
    "<text:p text:style-name=\"P9\">Whole italic</text:p>"
    "<text:list text:style-name=\"L1\">"
    "<text:list-item><text:p>One<text:s text:c=\"3\"/>space</text:p></text:list-item>"
    "<text:list-header><text:p>Header, unnumbered</text:p></text:list-header>"
    "<text:list-item><text:p>Two</text:p><text:list><text:list-item><text:p>Two one</text:p></text:list-item></text:list></text:list-item>"
    "</text:list>"
    "<text:p>Between</text:p>"
    "<text:list text:style-name=\"L1\" text:continue-numbering=\"true\">"
    "<text:list-item><text:p>Three<text:note text:note-class=\"footnote\"><text:note-citation text:label=\"*\">*</text:note-citation>"
    "<text:note-body><text:p>Starred note.</text:p></text:note-body></text:note></text:p></text:list-item>"
    "</text:list>"
    "<text:list text:style-name=\"L1\"><text:list-item text:start-value=\"10\"><text:p>Ten</text:p></text:list-item></text:list>"
    "<text:list text:style-name=\"Bullets\"><text:list-item><text:p>Bullet</text:p></text:list-item></text:list>"
    "<text:p>End<text:note text:note-class=\"endnote\"><text:note-citation>i</text:note-citation>"
    "<text:note-body><text:p>Endnote</text:p><text:p>text.</text:p></text:note-body></text:note></text:p>"
    "</office:text></office:body></office:document>";

static void
test_odt_lists (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = rd_test_import_string (flat_odt, &error);
  static const char *const texts[] = {
    "Annex",
    "United Nations",
    "A/C.3/99/L.97",
    "Whole italic",
    "One space",
    "Header, unnumbered",
    "Two",
    "Two one",
    "Between",
    "Three*",
    "Ten",
    "Bullet",
    "Endi",
    "Starred note.",
    "Endnote text.",
  };
  static const char *const numbers[] = {
    NULL,
    NULL,
    NULL,
    NULL,
    "1.",
    NULL,
    "2.",
    "2.1.",
    NULL,
    "3.",
    "10.",
    NULL,
    NULL,
    NULL,
    NULL,
  };

  g_assert_no_error (error);
  g_assert_cmpstr (list->format, ==, "odt");
  g_assert_cmpstr (list->language, ==, "es-ES");
  rd_test_assert_blocks (list, texts, numbers, G_N_ELEMENTS (texts));
  g_assert_cmpint (rd_test_block (list, 0)->role, ==, RD_BLOCK_HEADING);
  g_assert_true (rd_test_block (list, 2)->flags & RD_BLOCK_FLAG_CONTINUATION);
  rd_test_assert_span (rd_test_block (list, 3), RD_SPAN_ITALIC, "Whole italic");
  g_assert_true (rd_test_block (list, 11)->flags & RD_BLOCK_FLAG_LIST_ITEM);
  rd_test_assert_span (rd_test_block (list, 9), RD_SPAN_FOOTNOTE, "*");
  rd_test_assert_span (rd_test_block (list, 12), RD_SPAN_FOOTNOTE, "i");
  g_assert_cmpstr (rd_test_block (list, 13)->marker, ==, "*");
  g_assert_cmpstr (rd_test_block (list, 14)->marker, ==, "i");
  g_assert_cmpint (rd_test_block (list, 14)->role, ==, RD_BLOCK_FOOTNOTE);
  g_assert_cmpuint (list->warnings->len, ==, 0);
}

/* Zips that are not what they seem */

static void
assert_error_message (GError *error,
                      int code,
                      const char *part)
{
  g_assert_error (error, RD_IMPORT_ERROR, code);
  /* One line, naming the file. */
  g_assert_null (strchr (error->message, '\n'));
  g_assert_true (g_str_has_prefix (error->message, "test") || strstr (error->message, ".docx: ") != NULL || strstr (error->message, ".odt: ") != NULL);
  if (strstr (error->message, part) == NULL)
    g_error ("“%s” is not in “%s”", part, error->message);
}

static void
test_zip_not_a_document (void)
{
  const Entry plain[] = { { "hello.txt", "Hello" }, { NULL, NULL } };
  const Entry sheet[] = {
    { "mimetype", "application/vnd.oasis.opendocument.spreadsheet" },
    { "content.xml", "<office:document-content " ODF_NAMESPACES "/>" },
    { NULL, NULL },
  };
  const Entry workbook[] = {
    { "[Content_Types].xml", content_types },
    { "xl/workbook.xml", "<workbook/>" },
    { NULL, NULL },
  };
  g_autoptr (GError) error = NULL;
  RdBlockList *list;

  list = import_zip (plain, &error);
  g_assert_null (list);
  assert_error_message (error, RD_IMPORT_ERROR_UNSUPPORTED, "not a Word (.docx) or OpenDocument text (.odt)");
  g_clear_error (&error);

  list = import_zip (sheet, &error);
  g_assert_null (list);
  assert_error_message (error, RD_IMPORT_ERROR_UNSUPPORTED, "spreadsheet");
  g_clear_error (&error);

  list = import_zip (workbook, &error);
  g_assert_null (list);
  assert_error_message (error, RD_IMPORT_ERROR_UNSUPPORTED, "Excel");
  g_clear_error (&error);

  /* A flat OpenDocument spreadsheet. */
  list = rd_test_import_string ("<?xml version=\"1.0\"?><office:document " ODF_NAMESPACES
                                " office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\">"
                                "<office:body><office:spreadsheet><office:forms/></office:spreadsheet></office:body></office:document>",
                                &error);
  g_assert_null (list);
  assert_error_message (error, RD_IMPORT_ERROR_UNSUPPORTED, "not a text document");
}

static void
test_damaged_xml (void)
{
  const Entry entries[] = {
    { "_rels/.rels", package_rels },
    { "word/document.xml", "<w:document " W_NAMESPACES "><w:body><w:p><w:r><w:t>cut" },
    { NULL, NULL },
  };
  g_autoptr (GError) error = NULL;
  RdBlockList *list = import_zip (entries, &error);

  g_assert_null (list);
  assert_error_message (error, RD_IMPORT_ERROR_DAMAGED, "word/document.xml is damaged");
}

static void
test_legacy_doc (void)
{
  /* The compound-file signature, then a directory naming "WordDocument". */
  static const guint8 doc[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0,
                                'W', 0, 'o', 0, 'r', 0, 'd', 0, 'D', 0, 'o', 0, 'c', 0 };
  static const guint8 encrypted[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0,
                                      'E', 0, 'n', 0, 'c', 0, 'r', 0, 'y', 0, 'p', 0, 't', 0, 'e', 0, 'd', 0,
                                      'P', 0, 'a', 0, 'c', 0, 'k', 0, 'a', 0, 'g', 0, 'e', 0 };
  g_autoptr (GBytes) doc_bytes = g_bytes_new_static (doc, sizeof doc);
  g_autoptr (GBytes) encrypted_bytes = g_bytes_new_static (encrypted, sizeof encrypted);
  g_autoptr (GError) error = NULL;

  g_assert_null (rd_import_bytes (doc_bytes, "test.doc", &error));
  assert_error_message (error, RD_IMPORT_ERROR_UNSUPPORTED, "save it as .docx or PDF");
  g_clear_error (&error);

  g_assert_null (rd_import_bytes (encrypted_bytes, "test.docx", &error));
  assert_error_message (error, RD_IMPORT_ERROR_ENCRYPTED, "password");
}

/* Hostile archives */

static void
test_truncated (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "formats", name, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  const gsize cuts[] = { 4, 40, 0 /* half */, 0 /* all but the last byte */ };

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      gsize cut = i == 2 ? length / 2 : i == 3 ? length - 1
                                               : cuts[i];
      g_autoptr (GBytes) bytes = g_bytes_new (contents, cut);
      g_autoptr (GError) error = NULL;
      g_autoptr (RdBlockList) list = rd_import_bytes (bytes, g_str_has_suffix (name, "docx") ? "test.docx" : "test.odt", &error);

      g_assert_null (list);
      assert_error_message (error, RD_IMPORT_ERROR_DAMAGED, "damaged or truncated");
    }
}

/* A DOCX whose document.xml inflates to 200 MB of spaces: a few hundred
 * kilobytes on disk.  Made here, never committed. */
static void
test_zip_bomb (void)
{
  const gsize inflated = 200 * 1024 * 1024;
  const gsize chunk_size = 1024 * 1024;
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "bomb.docx", NULL);
  g_autofree char *chunk = g_malloc (chunk_size);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = NULL;
  struct archive *archive = zip_open (path);
  GStatBuf info;

  rd_test_zip_add (archive, "[Content_Types].xml", content_types, strlen (content_types));
  rd_test_zip_add (archive, "_rels/.rels", package_rels, strlen (package_rels));
  rd_test_zip_add (archive, "word/document.xml", NULL, inflated);
  memset (chunk, ' ', chunk_size);
  for (gsize written = 0; written < inflated; written += chunk_size)
    g_assert_cmpint (archive_write_data (archive, chunk, chunk_size), ==, (la_ssize_t) chunk_size);
  zip_close (archive);

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_size, <, 1024 * 1024);

  list = rd_import_file (file, NULL, &error);
  g_assert_null (list);
  assert_error_message (error, RD_IMPORT_ERROR_TOO_LARGE, "zip bomb");
  rd_test_remove_dir (dir);
}

static void
test_many_entries (void)
{
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "many.docx", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = NULL;
  struct archive *archive = zip_open (path);

  rd_test_zip_add (archive, "[Content_Types].xml", content_types, strlen (content_types));
  for (guint i = 0; i < 10001; i++)
    {
      g_autofree char *name = g_strdup_printf ("word/media/%u.bin", i);
      rd_test_zip_add (archive, name, NULL, 0);
    }
  zip_close (archive);

  list = rd_import_file (file, NULL, &error);
  g_assert_null (list);
  assert_error_message (error, RD_IMPORT_ERROR_TOO_LARGE, "entries");
  rd_test_remove_dir (dir);
}

static void
test_entity_bomb (void)
{
  g_autofree char *doctype = rd_test_entity_bomb_doctype ("w:document");
  g_autofree char *document = g_strconcat (doctype, "<w:document " W_NAMESPACES "><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>", NULL);
  g_autofree char *one_entity = g_strconcat ("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY un \"United Nations\">]>",
                                             "<w:document " W_NAMESPACES "><w:body><w:p><w:r><w:t>&un;</w:t></w:r></w:p></w:body></w:document>", NULL);
  const Entry bomb[] = {
    { "_rels/.rels", package_rels },
    { "word/document.xml", document },
    { NULL, NULL },
  };
  const Entry harmless[] = {
    { "_rels/.rels", package_rels },
    { "word/document.xml", one_entity },
    { NULL, NULL },
  };
  g_autoptr (GError) error = NULL;
  RdBlockList *list;

  list = import_zip (bomb, &error);
  g_assert_null (list);
  assert_error_message (error, RD_IMPORT_ERROR_UNSUPPORTED, "entities");
  g_clear_error (&error);

  /* Even a harmless entity is refused, not silently dropped. */
  list = import_zip (harmless, &error);
  g_assert_null (list);
  assert_error_message (error, RD_IMPORT_ERROR_UNSUPPORTED, "entities");
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/import/docx/fixture", "resolution.docx", test_fixture);
  g_test_add_data_func ("/import/odt/fixture", "resolution.odt", test_fixture);
  g_test_add_data_func ("/import/odt/fixture-flat", "resolution.fodt", test_fixture);
  g_test_add_func ("/import/docx/fixture-blocks", test_fixture_blocks);
  g_test_add_func ("/import/docx/numbering-styles-notes", test_word_numbering);
  g_test_add_func ("/import/docx/minimal", test_word_minimal);
  g_test_add_func ("/import/docx/bold-paragraphs", test_word_bold_paragraphs);
  g_test_add_func ("/import/docx/style-inheritance", test_word_style_inheritance);
  g_test_add_func ("/import/docx/first-page-header", test_word_first_page_header);
  g_test_add_func ("/import/docx/detected-by-entries", test_detected_by_entries);
  g_test_add_func ("/import/odt/lists-notes-styles", test_odt_lists);
  g_test_add_func ("/import/docx/zip-not-a-document", test_zip_not_a_document);
  g_test_add_func ("/import/docx/damaged-xml", test_damaged_xml);
  g_test_add_func ("/import/docx/legacy-doc", test_legacy_doc);
  g_test_add_data_func ("/import/docx/hostile/truncated", "resolution.docx", test_truncated);
  g_test_add_data_func ("/import/odt/hostile/truncated", "resolution.odt", test_truncated);
  g_test_add_func ("/import/docx/hostile/zip-bomb", test_zip_bomb);
  g_test_add_func ("/import/docx/hostile/many-entries", test_many_entries);
  g_test_add_func ("/import/docx/hostile/entity-bomb", test_entity_bomb);

  return g_test_run ();
}
