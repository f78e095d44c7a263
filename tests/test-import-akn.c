/* test-import-akn.c: Akoma Ntoso (AKN4UN) import
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "rd-block.h"
#include "rd-import.h"
#include "rd-test-fixture.h"
#include "rd-test-util.h"

#define AKN_ROOT "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\""

static void
test_fixture (void)
{
  g_autoptr (RdDocument) doc = rd_test_load_fixture_document ("resolution.akn.xml", "akn");

  /* FRBRlanguage says "eng". */
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_LANGUAGE), ==, "en");
  g_assert_cmpuint (rd_document_get_warnings (doc)->len, ==, 0);
}

static void
test_fixture_blocks (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "formats", "resolution.akn.xml", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = rd_import_file (file, NULL, &error);
  guint n;

  g_assert_no_error (error);
  g_assert_cmpstr (list->format, ==, "akn");
  g_assert_cmpstr (rd_test_block (list, 0)->text, ==, "General Assembly");
  g_assert_cmpstr (rd_test_block (list, 1)->text, ==, "A/C.3/99/L.99");
  /* The sponsors line made of the docProponents and the docType, then
   * the title, which the preface gives before them. */
  g_assert_cmpstr (rd_test_block (list, 9)->text, ==, "Austria, Brazil and Nigeria: draft resolution");
  g_assert_cmpstr (rd_test_block (list, 10)->text, ==, "Improving the coordination of efforts against trafficking in persons");
  g_assert_cmpstr (rd_test_block (list, 11)->text, ==, "The General Assembly,");
  rd_test_assert_span (rd_test_block (list, 12), RD_SPAN_ITALIC, "Reaffirming");
  rd_test_assert_span (rd_test_block (list, 12), RD_SPAN_FOOTNOTE, "1");
  g_assert_cmpstr (rd_test_block (list, 15)->number, ==, "1.");
  rd_test_assert_span (rd_test_block (list, 15), RD_SPAN_FOOTNOTE, "2");
  g_assert_cmpstr (rd_test_block (list, 16)->number, ==, "2.");
  g_assert_cmpstr (rd_test_block (list, 17)->number, ==, "(a)");
  g_assert_cmpstr (rd_test_block (list, 18)->number, ==, "(b)");

  n = list->blocks->len;
  g_assert_cmpint (rd_test_block (list, n - 2)->role, ==, RD_BLOCK_FOOTNOTE);
  g_assert_cmpstr (rd_test_block (list, n - 2)->marker, ==, "1");
  rd_test_assert_span (rd_test_block (list, n - 2), RD_SPAN_ITALIC, "Treaty Series");
  /* The noteRef's note, kept in the metadata. */
  g_assert_cmpint (rd_test_block (list, n - 1)->role, ==, RD_BLOCK_FOOTNOTE);
  g_assert_cmpstr (rd_test_block (list, n - 1)->marker, ==, "2");
  g_assert_cmpstr (rd_test_block (list, n - 1)->text, ==, "Ibid., vol. 2237, No. 39574.");
}

static const char structure_akn[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" AKN_ROOT " xml:lang=\"fr\"><doc name=\"draftResolution\">"
    "<preface>"
    "<p><docNumber>A/C.1/99/L.5</docNumber></p>"
    "<p><docDate date=\"2099-11-02\"/></p>"
    "<docProponent>France</docProponent>"
    "<p>Ligne un<eol/>Ligne deux</p>"
    "</preface>"
    "<mainBody>"
    "<hcontainer name=\"part\"><num>I.</num><heading>Dispositions générales</heading>"
    "<paragraph><num>1.</num><content><p>Texte <ins>ajouté </ins><del>supprimé </del>fin.</p></content></paragraph>"
    "</hcontainer>"
    "<paragraph><num>2.</num><intro><p>Intro:</p></intro>"
    "<list><point><num>(a)</num><content><p>Point <i>a</i>;</p></content></point></list>"
    "<wrapUp><p>Wrap up.</p></wrapUp></paragraph>"
    "<blockList><item><p>List <ref href=\"/akn/un/x\">item</ref></p></item></blockList>"
    "<p>Note<authorialNote><p>First</p><p>second part.</p></authorialNote> here<authorialNote marker=\"*\"><p>Star.</p></authorialNote></p>"
    "<foreign><x:b xmlns:x=\"urn:example:other\">Foreign text</x:b></foreign>"
    "</mainBody></doc></akomaNtoso>";

static void
test_structure (void)
{
  static const char *const texts[] = {
    "A/C.1/99/L.5",
    "2 November 2099",
    "France: draft resolution",
    "Ligne un",
    "Ligne deux",
    "I. Dispositions générales",
    "Texte ajouté fin.",
    "Intro:",
    "Point a;",
    "Wrap up.",
    "List item",
    "Note1 here*",
    "Foreign text",
    "First second part.",
    "Star.",
  };
  static const char *const numbers[] = {
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    "1.",
    "2.",
    "(a)",
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = rd_test_import_string (structure_akn, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (list->language, ==, "fr");
  rd_test_assert_blocks (list, texts, numbers, G_N_ELEMENTS (texts));
  g_assert_true (rd_test_block (list, 4)->flags & RD_BLOCK_FLAG_CONTINUATION);
  g_assert_cmpint (rd_test_block (list, 5)->role, ==, RD_BLOCK_HEADING);
  rd_test_assert_span (rd_test_block (list, 8), RD_SPAN_ITALIC, "a");
  rd_test_assert_span (rd_test_block (list, 10), RD_SPAN_LINK, "item");
  rd_test_assert_span (rd_test_block (list, 11), RD_SPAN_FOOTNOTE, "1");
  rd_test_assert_span (rd_test_block (list, 11), RD_SPAN_FOOTNOTE, "*");
  g_assert_cmpint (rd_test_block (list, 13)->role, ==, RD_BLOCK_FOOTNOTE);
  g_assert_cmpstr (rd_test_block (list, 13)->marker, ==, "1");
  g_assert_cmpint (rd_test_block (list, 14)->role, ==, RD_BLOCK_FOOTNOTE);
  g_assert_cmpstr (rd_test_block (list, 14)->marker, ==, "*");

  g_assert_cmpuint (list->warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (list->warnings, 0), "insertions kept: 1, deletions dropped: 1"));
}

/* Errors and hostile files */

static void
assert_import_error (const char *xml,
                     int code,
                     const char *part)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = rd_test_import_string (xml, &error);

  g_assert_null (list);
  g_assert_error (error, RD_IMPORT_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, "test: "));
  g_assert_null (strchr (error->message, '\n'));
  if (strstr (error->message, part) == NULL)
    g_error ("“%s” is not in “%s”", part, error->message);
}

static void
test_entity_bomb (void)
{
  g_autofree char *doctype = rd_test_entity_bomb_doctype ("akomaNtoso");
  g_autofree char *xml = g_strconcat (doctype, AKN_ROOT "><doc name=\"x\"><mainBody><p>&lol9;</p></mainBody></doc></akomaNtoso>", NULL);

  assert_import_error (xml, RD_IMPORT_ERROR_UNSUPPORTED, "entities");
}

static void
test_external_entity (void)
{
  const char *xml =
      "<?xml version=\"1.0\"?><!DOCTYPE akomaNtoso [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>" AKN_ROOT "><doc name=\"x\"><mainBody><p>Leak: &secret;</p></mainBody></doc></akomaNtoso>";

  assert_import_error (xml, RD_IMPORT_ERROR_UNSUPPORTED, "entities");
}

static void
test_external_dtd (void)
{
  /* An external DTD is neither fetched nor loaded (no network, no
   * XML_PARSE_DTDLOAD): the document reads as it is. */
  const char *xml =
      "<?xml version=\"1.0\"?><!DOCTYPE akomaNtoso SYSTEM \"http://example.invalid/akn.dtd\">" AKN_ROOT "><doc name=\"x\"><mainBody><p>Plain text</p></mainBody></doc></akomaNtoso>";
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = rd_test_import_string (xml, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (list->blocks->len, ==, 1);
  g_assert_cmpstr (rd_test_block (list, 0)->text, ==, "Plain text");
}

static void
test_not_akn (void)
{
  assert_import_error ("<akomaNtoso><doc><mainBody><p>x</p></mainBody></doc></akomaNtoso>",
                       RD_IMPORT_ERROR_UNSUPPORTED, "not an Akoma Ntoso document");
  assert_import_error (AKN_ROOT "/>", RD_IMPORT_ERROR_EMPTY, "no text");
}

static void
test_damaged (void)
{
  assert_import_error (AKN_ROOT "><doc name=\"x\"><mainBody><p>cut", RD_IMPORT_ERROR_DAMAGED, "not well-formed XML");
}

static void
test_deep (void)
{
  g_autoptr (GString) xml = g_string_new (AKN_ROOT "><doc name=\"x\"><mainBody>");

  for (guint i = 0; i < 100000; i++)
    g_string_append (xml, "<container>");
  g_string_append (xml, "<p>deep</p>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (xml, "</container>");
  g_string_append (xml, "</mainBody></doc></akomaNtoso>");

  assert_import_error (xml->str, RD_IMPORT_ERROR_TOO_LARGE, "levels deep");
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/akn/fixture", test_fixture);
  g_test_add_func ("/import/akn/fixture-blocks", test_fixture_blocks);
  g_test_add_func ("/import/akn/structure", test_structure);
  g_test_add_func ("/import/akn/not-akn", test_not_akn);
  g_test_add_func ("/import/akn/damaged", test_damaged);
  g_test_add_func ("/import/akn/external-dtd", test_external_dtd);
  g_test_add_func ("/import/akn/hostile/entity-bomb", test_entity_bomb);
  g_test_add_func ("/import/akn/hostile/external-entity", test_external_entity);
  g_test_add_func ("/import/akn/hostile/deep-nesting", test_deep);

  return g_test_run ();
}
