/* test-import-html.c: HTML and XHTML import, and files too large or too
 * deep to read
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "rd-block.h"
#include "rd-import.h"
#include "rd-text-builder.h"
#include "rd-test-fixture.h"
#include "rd-test-util.h"

/* The fixture, as a web page */

static void
test_fixture (void)
{
  g_autoptr (RdDocument) doc = rd_test_load_fixture_document ("resolution.html", "html");

  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_LANGUAGE), ==, "en");
  g_assert_cmpuint (rd_document_get_warnings (doc)->len, ==, 0);
}

/* What each element becomes */

static const char structure_html[] =
    "<!DOCTYPE html><html lang=\"fr\"><head><title>T</title><style>p { color: red }</style>"
    "<script>var x = \"<p>no</p>\";</script></head><body>"
    "<header><nav><a href=\"/\">Home</a> <a href=\"/docs\">Documents</a></nav></header>"
    "<div role=\"navigation\"><a href=\"/a\">Elsewhere</a></div>"
    "<h1>Title heading</h1>"
    "<p align=\"center\">Centred</p>"
    "<p>United Nations<br>A/C.3/99/L.96</p>"
    "<p><em>Recalling</em> its resolution<sup><a href=\"#fn1\" id=\"fnref1\">1</a></sup> and the "
    "<a href=\"http://example.org/\">Charter</a>,<sup>2</sup></p>"
    "<ol start=\"4\"><li>Four</li><li>Five<ol type=\"a\"><li>Sub a</li></ol></li><li value=\"9\">Nine</li></ol>"
    "<ul><li>Bullet</li></ul>"
    "<ol><li>1. Typed</li></ol>"
    "<p style=\"display: none\">Hidden</p>"
    "<p><b>All bold</b></p>"
    "<table><tr><td>Cell</td></tr></table>"
    "<noscript>Enable scripts</noscript>"
    "<footer><a href=\"/c\">Contact</a> | <a href=\"/t\">Terms</a></footer>"
    "<section class=\"footnotes\"><ol><li id=\"fn1\"><p>First note. <a href=\"#fnref1\" class=\"footnote-back\">↩</a></p></li></ol></section>"
    "<p><sup>2</sup> Second note.</p>"
    "</body></html>";

static void
test_structure (void)
{
  static const char *const texts[] = {
    "Title heading",
    "Centred",
    "United Nations",
    "A/C.3/99/L.96",
    "Recalling its resolution1 and the Charter,2",
    "Four",
    "Five",
    "Sub a",
    "Nine",
    "Bullet",
    "1. Typed",
    "All bold",
    "Cell",
    "First note.",
    "Second note.",
  };
  static const char *const numbers[] = {
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    "4.",
    "5.",
    "(a)",
    "9.",
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = rd_test_import_string (structure_html, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (list->format, ==, "html");
  g_assert_cmpstr (list->language, ==, "fr");
  rd_test_assert_blocks (list, texts, numbers, G_N_ELEMENTS (texts));

  g_assert_cmpint (rd_test_block (list, 0)->role, ==, RD_BLOCK_HEADING);
  g_assert_true (rd_test_block (list, 1)->flags & RD_BLOCK_FLAG_CENTERED);
  g_assert_true (rd_test_block (list, 3)->flags & RD_BLOCK_FLAG_CONTINUATION);
  rd_test_assert_span (rd_test_block (list, 4), RD_SPAN_ITALIC, "Recalling");
  rd_test_assert_span (rd_test_block (list, 4), RD_SPAN_FOOTNOTE, "1");
  rd_test_assert_span (rd_test_block (list, 4), RD_SPAN_FOOTNOTE, "2");
  rd_test_assert_span (rd_test_block (list, 4), RD_SPAN_LINK, "Charter");
  for (guint i = 5; i <= 10; i++)
    g_assert_true (rd_test_block (list, i)->flags & RD_BLOCK_FLAG_LIST_ITEM);
  g_assert_true (rd_test_block (list, 11)->flags & RD_BLOCK_FLAG_BOLD);
  g_assert_cmpint (rd_test_block (list, 13)->role, ==, RD_BLOCK_FOOTNOTE);
  g_assert_cmpstr (rd_test_block (list, 13)->marker, ==, "1");
  g_assert_cmpint (rd_test_block (list, 14)->role, ==, RD_BLOCK_FOOTNOTE);
  g_assert_cmpstr (rd_test_block (list, 14)->marker, ==, "2");
}

/* The tables of elements, styles, roles and marks the importer reads by */

static const char styles_html[] =
    "<html><body>"
    "<header role=\"banner\"><p>Site banner</p></header>"
    "<div role=\"search\"><p>Search the site</p></div>"
    "<p style=\"color: red; visibility:\thidden\">Invisible</p>"
    "<p aria-hidden=\"true\">Not read aloud</p>"
    "<p style=\"TEXT-ALIGN : Center\">Centred by style</p>"
    "<p><span style=\"font-style: oblique\">Slanted</span> words</p>"
    "<p><span style=\"font-weight:bold\">Heavy</span></p>"
    "<p><strong>Strong</strong></p>"
    "<p>Treaty<sup>\xe2\x80\xa0</sup> and<sup>(3)</sup> end<sup><a href=\"#n4\">4</a></sup>.</p>"
    "<p>Ice<sup>x</sup> cream</p>"
    "<ol type=\"A\"><li>Upper letter</li></ol>"
    "<ol type=\"I\" start=\"4\"><li>Upper Roman</li></ol>"
    "<ol style=\"list-style-type: lower-roman\" start=\"2\"><li>Lower Roman</li></ol>"
    "<ol style=\"list-style-type:upper-latin\"><li>Upper Latin</li></ol>"
    "<ol style=\"list-style: none\"><li>No number</li></ol>"
    "<ol type=\"a\" start=\"0\"><li>Zero</li></ol>"
    "<p><a name=\"n4\"></a>Fourth note.</p>"
    "</body></html>";

static void
test_styles_and_roles (void)
{
  static const char *const texts[] = {
    "Centred by style",
    "Slanted words",
    "Heavy",
    "Strong",
    "Treaty\xe2\x80\xa0 and3 end4.",
    "Icex cream",
    "Upper letter",
    "Upper Roman",
    "Lower Roman",
    "Upper Latin",
    "No number",
    "Zero",
    "Fourth note.",
  };
  static const char *const numbers[] = {
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    "A.",
    "IV.",
    "(ii)",
    "A.",
    NULL,
    "0.",
    NULL,
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = rd_test_import_string (styles_html, &error);
  RdBlock *marks;

  g_assert_no_error (error);
  rd_test_assert_blocks (list, texts, numbers, G_N_ELEMENTS (texts));
  g_assert_true (rd_test_block (list, 0)->flags & RD_BLOCK_FLAG_CENTERED);
  rd_test_assert_span (rd_test_block (list, 1), RD_SPAN_ITALIC, "Slanted");
  g_assert_true (rd_test_block (list, 2)->flags & RD_BLOCK_FLAG_BOLD);
  g_assert_true (rd_test_block (list, 3)->flags & RD_BLOCK_FLAG_BOLD);
  g_assert_false (rd_test_block (list, 1)->flags & RD_BLOCK_FLAG_BOLD);

  /* A dagger and a bracketed figure are marks; a letter alone is not. */
  marks = rd_test_block (list, 4);
  rd_test_assert_span (marks, RD_SPAN_FOOTNOTE, "\xe2\x80\xa0");
  rd_test_assert_span (marks, RD_SPAN_FOOTNOTE, "3");
  rd_test_assert_span (marks, RD_SPAN_FOOTNOTE, "4");
  g_assert_cmpuint (rd_test_block (list, 5)->spans->len, ==, 0);

  /* The note an <a name> anchors is a footnote, its empty anchor left out. */
  g_assert_cmpint (rd_test_block (list, 12)->role, ==, RD_BLOCK_FOOTNOTE);
  g_assert_cmpstr (rd_test_block (list, 12)->marker, ==, "4");
}

/* Word's "Save as Web Page": footnote marks "[1]" in spans, the notes in
 * divs at the end, each opening with a link back to its citation. */
static void
test_word_html (void)
{
  const char *html =
      "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
      "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
      "<meta http-equiv=Content-Language content=\"es\"></head><body lang=EN-US>"
      "<div class=WordSection1>"
      "<p class=MsoNormal><span style='font-style:italic'>Recordando</span> su resoluci\xc3\xb3n"
      "<a href=\"#_ftn1\" name=\"_ftnref1\" title=\"\"><span class=MsoFootnoteReference>[1]</span></a>,<o:p></o:p></p>"
      "</div><div><![if !supportFootnotes]><br clear=all><hr align=left size=1 width=\"33%\"><![endif]>"
      "<div id=ftn1><p class=MsoFootnoteText><a href=\"#_ftnref1\" name=\"_ftn1\" title=\"\">"
      "<span class=MsoFootnoteReference>[1]</span></a> Resoluci\xc3\xb3n 55/25, anexo II.</p></div></div>"
      "</body></html>";
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = rd_test_import_string (html, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (list->language, ==, "es");
  g_assert_cmpuint (list->blocks->len, ==, 2);
  g_assert_cmpstr (rd_test_block (list, 0)->text, ==, "Recordando su resolución1,");
  rd_test_assert_span (rd_test_block (list, 0), RD_SPAN_ITALIC, "Recordando");
  rd_test_assert_span (rd_test_block (list, 0), RD_SPAN_FOOTNOTE, "1");
  g_assert_cmpint (rd_test_block (list, 1)->role, ==, RD_BLOCK_FOOTNOTE);
  g_assert_cmpstr (rd_test_block (list, 1)->marker, ==, "1");
  g_assert_cmpstr (rd_test_block (list, 1)->text, ==, "Resolución 55/25, anexo II.");
}

static void
test_xhtml (void)
{
  const char *xhtml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"de\" lang=\"de\"><head><title>X</title></head>"
      "<body><p><em>Eingedenk</em> der Charta,</p><p>Zweiter&#160;Absatz &amp; mehr</p></body></html>";
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = rd_test_import_string (xhtml, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (list->language, ==, "de");
  g_assert_cmpuint (list->blocks->len, ==, 2);
  rd_test_assert_span (rd_test_block (list, 0), RD_SPAN_ITALIC, "Eingedenk");
  g_assert_cmpstr (rd_test_block (list, 1)->text, ==, "Zweiter Absatz & mehr");
}

static void
test_encoding (void)
{
  const char *undeclared = "<html><body><p>Caf\xe9 au lait</p></body></html>";
  const char *declared = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9</p></body></html>";
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) first = rd_test_import_string (undeclared, &error);
  g_autoptr (RdBlockList) second = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (rd_test_block (first, 0)->text, ==, "Café au lait");
  g_assert_cmpuint (first->warnings->len, ==, 1);

  second = rd_test_import_string (declared, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rd_test_block (second, 0)->text, ==, "Café");
  g_assert_cmpuint (second->warnings->len, ==, 0);

  /* A UTF-8 byte order mark says UTF-8, and is no text. */
  {
    g_autoptr (RdBlockList) marked = rd_test_import_string ("\xEF\xBB\xBF<html><body><p>Caf\xc3\xa9</p></body></html>", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (rd_test_block (marked, 0)->text, ==, "Café");
    g_assert_cmpuint (marked->warnings->len, ==, 0);
  }
}

/* The Universal Declaration in the six official languages */

typedef struct
{
  const char *language;
  const char *first_article; /* the heading of article 1 */
  const char *article_word;  /* how the heading of article 2 starts */
} Udhr;

static const Udhr udhr[] = {
  { "ar", "المادة 1", "المادة 2" },
  { "en", "Article 1", "Article 2" },
  { "es", "Artículo 1", "Artículo 2" },
  { "fr", "Article premier", "Article 2" },
  { "ru", "Статья 1", "Статья 2" },
  { "zh", "第一条", "第二条" },
};

static gboolean
has_bidi_controls (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return TRUE;
    }
  return FALSE;
}

static void
test_udhr (gconstpointer data)
{
  const Udhr *u = data;
  g_autofree char *name = g_strdup_printf ("A_RES_217_III_UDHR.%s.html", u->language);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "udhr", name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *source = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = NULL;
  g_autoptr (RdDocument) doc = NULL;
  g_autoptr (GPtrArray) headings = g_ptr_array_new ();
  guint body = 0;
  guint article = 0;
  guint in_article = 0;

  g_assert_true (g_file_get_contents (path, &source, NULL, NULL));
  list = rd_import_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (list->language, ==, u->language);

  for (guint i = 0; i < list->blocks->len; i++)
    {
      RdBlock *b = rd_test_block (list, i);

      g_assert_true (g_utf8_validate (b->text, -1, NULL));
      g_assert_false (has_bidi_controls (b->text));
      if (b->role == RD_BLOCK_HEADING)
        {
          /* Each article has text under its heading. */
          if (article > 0)
            g_assert_cmpuint (in_article, >, 0);
          g_ptr_array_add (headings, b->text);
          if (headings->len >= 3)
            article++;
          in_article = 0;
          continue;
        }
      g_assert_cmpint (b->role, ==, RD_BLOCK_BODY);
      body++;
      in_article++;
    }
  g_assert_cmpuint (in_article, >, 0);

  /* The title, the preamble's heading, then the 30 articles. */
  g_assert_cmpuint (headings->len, ==, 32);
  g_assert_cmpuint (article, ==, 30);
  g_assert_cmpstr (g_ptr_array_index (headings, 2), ==, u->first_article);
  g_assert_cmpstr (g_ptr_array_index (headings, 3), ==, u->article_word);
  /* One block per paragraph: every <p>, including those inside <li>. */
  g_assert_cmpuint (body, ==, rd_test_count (source, "<p>"));

  if (strcmp (u->language, "ar") == 0)
    {
      /* Right-to-left text passes through as it is in the file. */
      const char *expected = "يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق. وقد وهبوا عقلاً وضميرًا وعليهم أن يعامل بعضهم بعضًا بروح الإخاء.";
      gboolean found = FALSE;

      for (guint i = 0; i + 1 < list->blocks->len; i++)
        if (strcmp (rd_test_block (list, i)->text, u->first_article) == 0)
          {
            RdBlock *text = rd_test_block (list, i + 1);

            g_assert_cmpstr (text->text, ==, expected);
            g_assert_cmpint (g_unichar_get_script (g_utf8_get_char (text->text)), ==, G_UNICODE_SCRIPT_ARABIC);
            found = TRUE;
          }
      g_assert_true (found);
    }

  /* Through the parser: no resolution, but every paragraph and heading. */
  doc = rd_test_load_path (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_LANGUAGE), ==, u->language);
  g_assert_cmpuint (rd_document_count_paragraphs (doc, RD_PARAGRAPH_HEADING), ==, 32);
  g_assert_cmpuint (rd_document_get_paragraphs (doc)->len, ==, 32 + body);
}

/* Hostile input */

static void
test_deep_nesting (gconstpointer data)
{
  const char *element = data;
  const guint depth = 100000;
  g_autoptr (GString) html = g_string_new ("<html><body>");
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = NULL;
  gint64 start;

  for (guint i = 0; i < depth; i++)
    g_string_append_printf (html, "<%s>", element);
  g_string_append (html, "deep text");
  for (guint i = 0; i < depth; i++)
    g_string_append_printf (html, "</%s>", element);
  g_string_append (html, "</body></html>");

  start = g_get_monotonic_time ();
  list = rd_test_import_string (html->str, &error);
  if (strcmp (element, "p") == 0 || strcmp (element, "li") == 0)
    {
      /* These close themselves: a flat document, which reads. */
      g_assert_no_error (error);
      g_assert_cmpuint (list->blocks->len, ==, 1);
      g_assert_cmpstr (rd_test_block (list, 0)->text, ==, "deep text");
    }
  else
    {
      g_assert_null (list);
      g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE);
      g_assert_nonnull (strstr (error->message, "levels deep"));
    }
  /* Not a benchmark: a generous bound that only a hang would break. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 30 * G_USEC_PER_SEC);
}

static void
test_nesting_within_limit (void)
{
  g_autoptr (GString) html = g_string_new ("<html><body>");
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append (html, "<div>");
  g_string_append (html, "<p>Kept</p>");
  g_string_append (html, "</body></html>");

  list = rd_test_import_string (html->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->blocks->len, ==, 1);
  g_assert_cmpstr (rd_test_block (list, 0)->text, ==, "Kept");
}

static void
test_entities (void)
{
  /* The HTML parser knows HTML's entities only: a "billion laughs" in a
   * DOCTYPE stays unexpanded. */
  g_autofree char *doctype = rd_test_entity_bomb_doctype ("html");
  g_autofree char *html = g_strconcat (doctype, "<html><body><p>A &lol9; B &eacute;</p></body></html>", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = rd_test_import_string (html, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (rd_test_block (list, list->blocks->len - 1)->text, "é"));
  for (guint i = 0; i < list->blocks->len; i++)
    g_assert_null (strstr (rd_test_block (list, i)->text, "lollol"));
}

/* A file of one 5 MB line of many paragraphs, or one line that is one
 * paragraph as long as RD_LIMIT_PARAGRAPH_LENGTH allows (past it,
 * test-limits.c). */
static void
test_one_line (gconstpointer data)
{
  gboolean one_paragraph = GPOINTER_TO_INT (data);
  const gsize size = one_paragraph ? RD_LIMIT_PARAGRAPH_LENGTH - 100 : 5 * 1024 * 1024;
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "one-line.html", NULL);
  g_autoptr (GString) html = g_string_new ("<!DOCTYPE html><html lang=\"en\"><body>");
  g_autoptr (GError) error = NULL;
  g_autoptr (RdDocument) doc = NULL;
  guint paragraphs = 0;

  if (one_paragraph)
    g_string_append (html, "<p>");
  while (html->len < size)
    {
      if (!one_paragraph)
        g_string_append (html, "<p>");
      g_string_append_printf (html, "Sentence %u of a long line with <em>some</em> words.", paragraphs);
      if (!one_paragraph)
        g_string_append (html, "</p>");
      paragraphs++;
    }
  g_string_append (html, one_paragraph ? "</p></body></html>" : "</body></html>");
  g_assert_null (strchr (html->str, '\n'));
  rd_test_write_file (path, html->str, html->len);

  doc = rd_test_load_path (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rd_document_get_paragraphs (doc)->len, ==, one_paragraph ? 1 : paragraphs);
  rd_test_remove_dir (dir);
}

/* A 50 MB file of one line is past RD_LIMIT_FILE_SIZE: refused
 * before it is read, with a clear message, whatever its format. */
static void
test_fifty_megabytes (gconstpointer data)
{
  const char *name = data;
  const gsize size = 50 * 1024 * 1024;
  const gsize chunk_size = 1024 * 1024;
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *chunk = g_malloc (chunk_size);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdDocument) doc = NULL;
  FILE *out = fopen (path, "wb");

  g_assert_nonnull (out);
  if (g_str_has_suffix (name, ".html"))
    fputs ("<html><body><p>", out);
  for (gsize i = 0; i < chunk_size; i++)
    chunk[i] = "word "[i % 5];
  for (gsize written = 0; written < size; written += chunk_size)
    g_assert_cmpuint (fwrite (chunk, 1, chunk_size, out), ==, chunk_size);
  g_assert_cmpint (fclose (out), ==, 0);

  doc = rd_test_load_path (path, &error);
  g_assert_null (doc);
  g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_nonnull (strstr (error->message, "too large"));
  g_assert_null (strchr (error->message, '\n'));
  rd_test_remove_dir (dir);
}

/* What an element gives the first block made inside it
 * (rd_block_context_give_first (), shared by the HTML and Akoma Ntoso
 * walkers): the first block takes flags, number and mark; the next ones
 * nothing. */
static void
test_block_context (void)
{
  RdBlockContext context = { RD_BLOCK_FOOTNOTE, RD_BLOCK_FLAG_LIST_ITEM, g_strdup ("3."), g_strdup ("2"), FALSE, FALSE };
  g_autoptr (RdBlock) first = rd_block_new (RD_BLOCK_FOOTNOTE, "first");
  g_autoptr (RdBlock) second = rd_block_new (RD_BLOCK_BODY, "second");

  g_assert_true (rd_block_context_give_first (&context, first));
  g_assert_true (context.emitted);
  g_assert_true (first->flags & RD_BLOCK_FLAG_LIST_ITEM);
  g_assert_cmpstr (first->number, ==, "3.");
  g_assert_cmpstr (first->marker, ==, "2");

  g_assert_false (rd_block_context_give_first (&context, second));
  g_assert_false (second->flags & RD_BLOCK_FLAG_LIST_ITEM);
  g_assert_null (second->number);
  g_assert_null (second->marker);

  rd_block_context_clear (&context);
  g_assert_null (context.number);
  g_assert_null (context.marker);
  rd_block_context_clear (&context);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/html/fixture", test_fixture);
  g_test_add_func ("/import/html/structure", test_structure);
  g_test_add_func ("/import/html/styles-and-roles", test_styles_and_roles);
  g_test_add_func ("/import/html/word-html-footnotes", test_word_html);
  g_test_add_func ("/import/html/xhtml", test_xhtml);
  g_test_add_func ("/import/html/encoding", test_encoding);
  for (guint i = 0; i < G_N_ELEMENTS (udhr); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/import/html/udhr/%s", udhr[i].language);
      g_test_add_data_func (test_path, &udhr[i], test_udhr);
    }
  g_test_add_data_func ("/import/html/hostile/deep-div", "div", test_deep_nesting);
  g_test_add_data_func ("/import/html/hostile/deep-span", "span", test_deep_nesting);
  g_test_add_data_func ("/import/html/hostile/deep-table", "table", test_deep_nesting);
  g_test_add_data_func ("/import/html/hostile/deep-p", "p", test_deep_nesting);
  g_test_add_data_func ("/import/html/hostile/deep-li", "li", test_deep_nesting);
  g_test_add_func ("/import/html/nesting-within-limit", test_nesting_within_limit);
  g_test_add_func ("/import/html/hostile/entities", test_entities);
  g_test_add_func ("/import/html/block-context", test_block_context);
  g_test_add_data_func ("/import/html/hostile/one-line-5mb", GINT_TO_POINTER (FALSE), test_one_line);
  g_test_add_data_func ("/import/html/hostile/one-line-5mb-one-paragraph", GINT_TO_POINTER (TRUE), test_one_line);
  g_test_add_data_func ("/import/hostile/one-line-50mb-text", "fifty.txt", test_fifty_megabytes);
  g_test_add_data_func ("/import/hostile/one-line-50mb-html", "fifty.html", test_fifty_megabytes);

  return g_test_run ();
}
