/* test-limits.c: each limit of rd-limits.h at its edge
 *
 * For every limit, an input exactly at it is read, and an input one past
 * it is refused by the program with exit status 2 and one line that names
 * the file and the limit.  The inputs are made here at run time (some are
 * megabytes), never committed.
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "rd-import.h"
#include "rd-limits.h"
#include "rd-test-spawn.h"
#include "rd-test-util.h"
#include "rd-test-zip.h"

/* The edge */

/* @content at the limit: read, into @n_blocks blocks when that is not 0. */
static void
assert_accepted (const char *name,
                 GString *content,
                 guint n_blocks)
{
  g_autoptr (GBytes) bytes = g_bytes_new (content->str, content->len);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = rd_import_bytes (bytes, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  if (n_blocks > 0)
    g_assert_cmpuint (list->blocks->len, ==, n_blocks);
}

/* @content one past the limit: the program says so in one line naming the
 * file and @limit (words of the message that name the limit), exit 2. */
static void
assert_refused (const char *name,
                GString *content,
                const char *limit)
{
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_auto (RdRun) run = { 0 };

  rd_test_write_file (path, content->str, content->len);
  rd_run_resdiff (&run, "--structure", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, name, limit);
  rd_test_remove_dir (dir);
}

/* Text */

/* @n paragraphs of text, one chunk each. */
static GString *
text_paragraphs (guint n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 1; i <= n; i++)
    g_string_append_printf (text, "Paragraph %u of the text.\n\n", i);
  return text;
}

static void
test_paragraphs (void)
{
  g_autofree char *limit = g_strdup_printf ("more than %d paragraphs", RD_LIMIT_PARAGRAPHS);
  g_autoptr (GString) at = text_paragraphs (RD_LIMIT_PARAGRAPHS);
  g_autoptr (GString) past = text_paragraphs (RD_LIMIT_PARAGRAPHS + 1);

  assert_accepted ("paragraphs.txt", at, RD_LIMIT_PARAGRAPHS);
  assert_refused ("paragraphs.txt", past, limit);
}

/* One paragraph of exactly @length bytes: words of four letters. */
static GString *
long_paragraph (gsize length)
{
  GString *text = g_string_sized_new (length + 1);

  while (text->len < length)
    g_string_append_c (text, text->len % 5 == 4 && text->len + 1 < length ? ' ' : 'a');
  g_string_append_c (text, '\n');
  return text;
}

static void
test_paragraph_length (void)
{
  g_autofree char *limit = g_strdup_printf ("longer than %d bytes", RD_LIMIT_PARAGRAPH_LENGTH);
  g_autoptr (GString) at = long_paragraph (RD_LIMIT_PARAGRAPH_LENGTH);
  g_autoptr (GString) past = long_paragraph (RD_LIMIT_PARAGRAPH_LENGTH + 1);
  g_autoptr (GBytes) bytes = g_bytes_new (at->str, at->len);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = rd_import_bytes (bytes, "long.txt", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (list->blocks->len, ==, 1);
  g_assert_cmpuint (strlen (((RdBlock *) g_ptr_array_index (list->blocks, 0))->text), ==, RD_LIMIT_PARAGRAPH_LENGTH);
  assert_refused ("long.txt", past, limit);
}

/* A paragraph and @n footnotes, each marked with superscript digits. */
static GString *
text_footnotes (guint n)
{
  static const char *superscripts[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
  GString *text = g_string_new ("The General Assembly recalls its resolutions.\n\n");

  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *digits = g_strdup_printf ("%u", i);

      for (const char *d = digits; *d != '\0'; d++)
        g_string_append (text, superscripts[*d - '0']);
      g_string_append_printf (text, " Note %u.\n\n", i);
    }
  return text;
}

static void
test_footnotes (void)
{
  g_autofree char *limit = g_strdup_printf ("more than %d footnotes", RD_LIMIT_FOOTNOTES);
  g_autoptr (GString) at = text_footnotes (RD_LIMIT_FOOTNOTES);
  g_autoptr (GString) past = text_footnotes (RD_LIMIT_FOOTNOTES + 1);

  assert_accepted ("notes.txt", at, RD_LIMIT_FOOTNOTES + 1);
  assert_refused ("notes.txt", past, limit);
}

/* A text file of @size bytes: paragraphs of some 400 bytes, under the
 * other limits. */
static GString *
text_of_size (gsize size)
{
  GString *text = g_string_sized_new (size);

  while (text->len < size)
    {
      gsize room = size - text->len;

      if (room > 500)
        {
          for (guint i = 0; i < 40; i++)
            g_string_append (text, "word word ");
          g_string_append (text, "end.\n\n");
        }
      else
        {
          /* The last paragraph fills the size exactly. */
          g_string_append_len (text, "last", MIN (room, 4));
          while (text->len < size)
            g_string_append_c (text, text->len + 1 == size ? '\n' : 'a');
        }
    }
  return text;
}

static void
test_file_size (void)
{
  g_autofree char *limit = g_strdup_printf ("up to %d MB", RD_LIMIT_FILE_SIZE / (1024 * 1024));
  g_autoptr (GString) at = text_of_size (RD_LIMIT_FILE_SIZE);
  g_autoptr (GString) past = NULL;

  g_assert_cmpuint (at->len, ==, RD_LIMIT_FILE_SIZE);
  assert_accepted ("big.txt", at, 0);
  g_string_append_c (at, '\n');
  past = g_steal_pointer (&at);
  assert_refused ("big.txt", past, limit);
}

/* HTML */

static GString *
html_list (guint n_items)
{
  GString *html = g_string_new ("<!DOCTYPE html><html><body><ol>");

  for (guint i = 1; i <= n_items; i++)
    g_string_append_printf (html, "<li>Item %u of the list.</li>", i);
  g_string_append (html, "</ol></body></html>\n");
  return html;
}

static void
test_list_items (void)
{
  g_autofree char *limit = g_strdup_printf ("more than %d items", RD_LIMIT_LIST_ITEMS);
  g_autoptr (GString) at = html_list (RD_LIMIT_LIST_ITEMS);
  g_autoptr (GString) past = html_list (RD_LIMIT_LIST_ITEMS + 1);
  g_autoptr (GBytes) bytes = g_bytes_new (at->str, at->len);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = rd_import_bytes (bytes, "list.html", &error);
  RdBlock *last;

  /* Numbered in one pass (it was quadratic: 20,000 items took 3.6 s). */
  g_assert_no_error (error);
  g_assert_cmpuint (list->blocks->len, ==, RD_LIMIT_LIST_ITEMS);
  last = g_ptr_array_index (list->blocks, RD_LIMIT_LIST_ITEMS - 1);
  g_assert_cmpstr (last->number, ==, "10000.");
  assert_refused ("list.html", past, limit);
}

/* @depth elements nested, counting html and body. */
static GString *
html_nested (guint depth)
{
  GString *html = g_string_new ("<!DOCTYPE html><html><body>");

  for (guint i = 2; i < depth; i++)
    g_string_append (html, "<div>");
  g_string_append (html, "Deep text.");
  for (guint i = 2; i < depth; i++)
    g_string_append (html, "</div>");
  g_string_append (html, "</body></html>\n");
  return html;
}

/* Akoma Ntoso with @depth elements nested below the root. */
static GString *
akn_nested (guint depth)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?><akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><doc name=\"x\"><mainBody>");

  for (guint i = 3; i < depth; i++)
    g_string_append (xml, "<div>");
  g_string_append (xml, "<p>Deep text.</p>");
  for (guint i = 3; i < depth; i++)
    g_string_append (xml, "</div>");
  g_string_append (xml, "</mainBody></doc></akomaNtoso>\n");
  return xml;
}

static void
test_nesting (void)
{
  g_autofree char *limit = g_strdup_printf ("more than %d levels", RD_LIMIT_NESTING_DEPTH);
  g_autoptr (GString) html_at = html_nested (RD_LIMIT_NESTING_DEPTH);
  g_autoptr (GString) html_past = html_nested (RD_LIMIT_NESTING_DEPTH + 1);
  g_autoptr (GString) akn_at = akn_nested (RD_LIMIT_NESTING_DEPTH);
  g_autoptr (GString) akn_past = akn_nested (RD_LIMIT_NESTING_DEPTH + 1);

  assert_accepted ("deep.html", html_at, 1);
  assert_refused ("deep.html", html_past, limit);
  assert_accepted ("deep.xml", akn_at, 1);
  assert_refused ("deep.xml", akn_past, limit);
}

/* Word (zip packages) */

static const char content_types[] = RD_TEST_DOCX_CONTENT_TYPES;
static const char package_rels[] = RD_TEST_DOCX_PACKAGE_RELS;

static const char document_start[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
    "<w:p><w:r><w:t>The General Assembly recalls its resolutions.</w:t></w:r></w:p>";
static const char document_end[] = "</w:body></w:document>";

static la_ssize_t
collect (struct archive *archive,
         void *data,
         const void *buffer,
         size_t length)
{
  g_string_append_len (data, buffer, (gssize) length);
  return (la_ssize_t) length;
}

/* A DOCX of @n_entries entries in all, whose parts Resdiff inflates (the
 * relationships and the document, padded with white space; not the
 * content types, which it does not read) make @inflated bytes. */
static GString *
docx (guint n_entries,
      gsize inflated)
{
  GString *zip = g_string_new (NULL);
  struct archive *archive = archive_write_new ();
  gsize document_length = inflated - strlen (package_rels);
  g_autoptr (GString) document = g_string_sized_new (document_length);

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_zip_set_compression_deflate (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open (archive, zip, NULL, collect, NULL), ==, ARCHIVE_OK);

  g_string_append (document, document_start);
  while (document->len < document_length - strlen (document_end))
    g_string_append_c (document, ' ');
  g_string_append (document, document_end);
  g_assert_cmpuint (document->len, ==, document_length);

  rd_test_zip_add (archive, "[Content_Types].xml", content_types, strlen (content_types));
  rd_test_zip_add (archive, "_rels/.rels", package_rels, strlen (package_rels));
  rd_test_zip_add (archive, "word/document.xml", document->str, document->len);
  for (guint i = 3; i < n_entries; i++)
    {
      g_autofree char *name = g_strdup_printf ("media/%u.bin", i);
      rd_test_zip_add (archive, name, NULL, 0);
    }
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);
  return zip;
}

static void
test_zip_entries (void)
{
  g_autofree char *limit = g_strdup_printf ("more than %d entries", RD_LIMIT_ZIP_ENTRIES);
  g_autoptr (GString) at = docx (RD_LIMIT_ZIP_ENTRIES, 4096);
  g_autoptr (GString) past = docx (RD_LIMIT_ZIP_ENTRIES + 1, 4096);

  assert_accepted ("entries.docx", at, 1);
  assert_refused ("entries.docx", past, limit);
}

static void
test_zip_inflated_size (void)
{
  g_autofree char *limit = g_strdup_printf ("more than %d MB", RD_LIMIT_ZIP_INFLATED_SIZE / (1024 * 1024));
  g_autoptr (GString) at = docx (3, RD_LIMIT_ZIP_INFLATED_SIZE);
  g_autoptr (GString) past = docx (3, RD_LIMIT_ZIP_INFLATED_SIZE + 1);

  assert_accepted ("inflated.docx", at, 1);
  assert_refused ("inflated.docx", past, limit);
}

/* PDF */

/* A PDF of @n_pages pages, a line of text on each, written by hand. */
static GString *
pdf_pages (guint n_pages)
{
  GString *pdf = g_string_new ("%PDF-1.4\n");
  g_autoptr (GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  /* Objects: 1 catalog, 2 pages, 3 font, then a page and its contents for
   * each page. */
  guint n_objects = 3 + 2 * n_pages;
  gsize xref;

#define BEGIN_OBJECT(number)                                      \
  G_STMT_START                                                    \
  {                                                               \
    gsize offset_ = pdf->len;                                     \
    g_array_append_val (offsets, offset_);                        \
    g_string_append_printf (pdf, "%u 0 obj\n", (guint) (number)); \
  }                                                               \
  G_STMT_END

  BEGIN_OBJECT (1);
  g_string_append (pdf, "<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
  BEGIN_OBJECT (2);
  g_string_append (pdf, "<< /Type /Pages /Kids [");
  for (guint p = 0; p < n_pages; p++)
    g_string_append_printf (pdf, " %u 0 R", 4 + 2 * p);
  g_string_append_printf (pdf, " ] /Count %u >>\nendobj\n", n_pages);
  BEGIN_OBJECT (3);
  g_string_append (pdf, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n");
  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *stream = g_strdup_printf ("BT /F1 12 Tf 72 700 Td (Paragraph %u of the document.) Tj ET", p + 1);

      BEGIN_OBJECT (4 + 2 * p);
      g_string_append_printf (pdf, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %u 0 R /Resources << /Font << /F1 3 0 R >> >> >>\nendobj\n", 5 + 2 * p);
      BEGIN_OBJECT (5 + 2 * p);
      g_string_append_printf (pdf, "<< /Length %zu >>\nstream\n%s\nendstream\nendobj\n", strlen (stream), stream);
    }
#undef BEGIN_OBJECT

  xref = pdf->len;
  g_string_append_printf (pdf, "xref\n0 %u\n0000000000 65535 f \n", n_objects + 1);
  for (guint i = 0; i < offsets->len; i++)
    g_string_append_printf (pdf, "%010zu 00000 n \n", g_array_index (offsets, gsize, i));
  g_string_append_printf (pdf, "trailer\n<< /Size %u /Root 1 0 R >>\nstartxref\n%zu\n%%%%EOF\n", n_objects + 1, xref);
  return pdf;
}

static void
test_pages (void)
{
  g_autofree char *limit = g_strdup_printf ("more than %d (the limit on pages)", RD_LIMIT_PAGES);
  g_autoptr (GString) at = pdf_pages (RD_LIMIT_PAGES);
  g_autoptr (GString) past = pdf_pages (RD_LIMIT_PAGES + 1);
  g_autoptr (GBytes) bytes = g_bytes_new (at->str, at->len);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = rd_import_bytes (bytes, "pages.pdf", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (list->n_pages, ==, RD_LIMIT_PAGES);
  assert_refused ("pages.pdf", past, limit);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/limits/text/paragraphs", test_paragraphs);
  g_test_add_func ("/limits/text/paragraph-length", test_paragraph_length);
  g_test_add_func ("/limits/text/footnotes", test_footnotes);
  g_test_add_func ("/limits/text/file-size", test_file_size);
  g_test_add_func ("/limits/html/list-items", test_list_items);
  g_test_add_func ("/limits/markup/nesting", test_nesting);
  g_test_add_func ("/limits/docx/zip-entries", test_zip_entries);
  g_test_add_func ("/limits/docx/zip-inflated-size", test_zip_inflated_size);
  rd_test_add_pdf_func ("/limits/pdf/pages", test_pages);
  return g_test_run ();
}
