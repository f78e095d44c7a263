/* test-import-pdf.c
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "rd-import.h"
#include "rd-module.h"
#include "rd-parser.h"
#include "rd-test-util.h"

/* Helpers */

static char *
corpus_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "corpus", name, NULL);
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "pdf", name, NULL);
}

static RdDocument *
load_document (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  RdDocument *document = rd_document_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static RdBlockList *
import_path (const char *path,
             GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return rd_import_file (file, NULL, error);
}

/* The English PDFs of the corpus, sorted: all of them, or only those
 * whose facts are written down (@with_facts). */
static GPtrArray *
corpus_pdfs (gboolean english_only,
             gboolean with_facts)
{
  g_autofree char *dir_path = rd_test_fixture_path ("corpus", "");
  g_autoptr (GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *base = NULL;
      g_autofree char *facts_path = NULL;

      if (!g_str_has_suffix (name, english_only ? ".en.pdf" : ".pdf"))
        continue;
      base = g_strndup (name, strlen (name) - strlen (".pdf"));
      facts_path = g_strdup_printf ("%s/%s.facts.json", dir_path, base);
      if (with_facts && !g_file_test (facts_path, G_FILE_TEST_EXISTS))
        continue;
      g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  return names;
}

/* tests/data/corpus/facts-pending.txt: the PDFs added for the accuracy
 * benchmark whose facts are not written yet, one a line. */
static GHashTable *
corpus_facts_pending (void)
{
  g_autofree char *path = rd_test_fixture_path ("corpus", "facts-pending.txt");
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  GHashTable *pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return pending;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0' && lines[i][0] != '#')
        g_hash_table_add (pending, g_strdup (lines[i]));
    }
  return pending;
}

static const RdParagraph *
find_paragraph (RdDocument *document,
                const char *needle)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      if (strstr (paragraph->text, needle) != NULL)
        return paragraph;
    }
  return NULL;
}

static const RdParagraph *
require_paragraph (RdDocument *document,
                   const char *needle)
{
  const RdParagraph *paragraph = find_paragraph (document, needle);

  if (paragraph == NULL)
    g_error ("no paragraph contains “%s”", needle);
  return paragraph;
}

static const RdBlock *
require_block (const RdBlockList *list,
               const char *text)
{
  for (guint i = 0; i < list->blocks->len; i++)
    {
      const RdBlock *block = g_ptr_array_index (list->blocks, i);

      if (g_strcmp0 (block->text, text) == 0)
        return block;
    }
  g_error ("no block reads “%s”", text);
}

static RdFootnote *
require_footnote (RdDocument *document,
                  const char *marker)
{
  RdFootnote *footnote = rd_document_find_footnote (document, marker);

  if (footnote == NULL)
    g_error ("no footnote “%s”", marker);
  return footnote;
}

/* Facts of the corpus (tests/data/corpus/<name>.facts.json) */

static void
assert_member_string (JsonObject *facts,
                      const char *member,
                      const char *actual)
{
  JsonNode *node = json_object_get_member (facts, member);

  g_assert_nonnull (node);
  if (JSON_NODE_HOLDS_NULL (node))
    g_assert_cmpstr (actual, ==, NULL);
  else
    g_assert_cmpstr (actual, ==, json_node_get_string (node));
}

static void
test_corpus_facts (gconstpointer data)
{
  if (!rd_test_require_pdf ())
    return;

  const char *facts_name = data;
  g_autofree char *facts_path = rd_test_fixture_path ("corpus", facts_name);
  g_autofree char *pdf_path = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (RdDocument) document = NULL;
  JsonObject *facts;
  JsonObject *sponsor_facts;
  JsonArray *agenda;
  GPtrArray *items;
  GPtrArray *sponsors;

  json_parser_load_from_file (parser, facts_path, &error);
  g_assert_no_error (error);
  facts = json_node_get_object (json_parser_get_root (parser));

  pdf_path = rd_test_fixture_path ("corpus", json_object_get_string_member (facts, "file"));
  document = load_document (pdf_path);

  assert_member_string (facts, "symbol", rd_document_get_symbol (document));
  assert_member_string (facts, "document_type", rd_document_get_document_type (document));
  assert_member_string (facts, "date", rd_document_get_date (document));
  assert_member_string (facts, "title", rd_document_get_title (document));
  assert_member_string (facts, "based_on", rd_document_get_field (document, RD_FIELD_BASED_ON));

  agenda = json_object_get_array_member (facts, "agenda_items");
  items = rd_document_get_agenda_items (document);
  g_assert_cmpuint (items->len, ==, json_array_get_length (agenda));
  for (guint i = 0; i < items->len; i++)
    g_assert_cmpstr (g_ptr_array_index (items, i), ==, json_array_get_string_element (agenda, i));

  sponsor_facts = json_object_get_object_member (facts, "sponsors");
  sponsors = rd_document_get_sponsors (document);
  g_assert_cmpint (sponsors->len, ==, json_object_get_int_member (sponsor_facts, "count"));
  if (sponsors->len > 0)
    {
      assert_member_string (sponsor_facts, "first", ((RdSponsor *) g_ptr_array_index (sponsors, 0))->name);
      assert_member_string (sponsor_facts, "last", ((RdSponsor *) g_ptr_array_index (sponsors, sponsors->len - 1))->name);
    }

  g_assert_cmpint (rd_document_count_paragraphs (document, RD_PARAGRAPH_PREAMBULAR), ==, json_object_get_int_member (facts, "preambular_paragraphs"));
  g_assert_cmpint (rd_document_count_paragraphs (document, RD_PARAGRAPH_OPERATIVE), ==, json_object_get_int_member (facts, "operative_paragraphs"));
  g_assert_cmpint (rd_document_count_paragraphs (document, RD_PARAGRAPH_SUBPARAGRAPH), ==, json_object_get_int_member (facts, "subparagraphs"));
  g_assert_cmpint (rd_document_get_footnotes (document)->len, ==, json_object_get_int_member (facts, "footnotes"));
  /* Everything in the body is one of those: no stray pieces. */
  g_assert_cmpint (rd_document_count_paragraphs (document, RD_PARAGRAPH_OTHER), ==, 0);
  g_assert_cmpuint (rd_document_get_warnings (document)->len, ==, 0);

  if (json_object_has_member (facts, "adoption_date"))
    {
      assert_member_string (facts, "adoption_date", rd_document_get_field (document, RD_FIELD_ADOPTION_DATE));
      assert_member_string (facts, "resolution_number", rd_document_get_field (document, RD_FIELD_RESOLUTION_NUMBER));
      assert_member_string (facts, "report", rd_document_get_field (document, RD_FIELD_REPORT));
      assert_member_string (facts, "meeting", rd_document_get_field (document, RD_FIELD_MEETING));
    }
  else
    g_assert_cmpstr (rd_document_get_field (document, RD_FIELD_ADOPTION_DATE), ==, NULL);
}

/* Every English PDF of the corpus has its facts written down, but those
 * listed as pending; a pending one whose facts are written must leave the
 * list, so that it only shrinks. */
static void
test_corpus_facts_complete (void)
{
  g_autoptr (GPtrArray) names = corpus_pdfs (TRUE, FALSE);
  g_autoptr (GHashTable) pending = corpus_facts_pending ();
  guint with_facts = 0;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *base = g_strndup (name, strlen (name) - strlen (".pdf"));
      g_autofree char *facts_name = g_strconcat (base, ".facts.json", NULL);
      g_autofree char *facts_path = rd_test_fixture_path ("corpus", facts_name);
      gboolean has_facts = g_file_test (facts_path, G_FILE_TEST_EXISTS);

      if (!has_facts && !g_hash_table_contains (pending, name))
        g_error ("%s has no facts file %s (nor is it in facts-pending.txt)", name, facts_name);
      if (has_facts && g_hash_table_contains (pending, name))
        g_error ("%s has its facts now: remove it from facts-pending.txt", name);
      with_facts += has_facts;
    }
  g_assert_cmpuint (with_facts, >=, 29);
}

/* Every PDF of the corpus, facts or not, is read without an error and
 * gives a document with paragraphs (the scan aside, which has no text). */
static void
test_corpus_all_readable (void)
{
  g_autoptr (GPtrArray) names = corpus_pdfs (TRUE, FALSE);

  g_assert_cmpuint (names->len, >=, 90);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *path = rd_test_fixture_path ("corpus", name);
      g_autoptr (GError) error = NULL;
      g_autoptr (RdBlockList) blocks = import_path (path, &error);
      g_autoptr (RdDocument) document = NULL;

      g_assert_no_error (error);
      document = rd_parser_parse (blocks, name);
      if (rd_document_get_paragraphs (document)->len == 0)
        g_error ("%s: no paragraph read", name);
    }
}

/* Page furniture */

static void
assert_no_furniture (const char *what,
                     const char *text,
                     const char *symbol,
                     GRegex *furniture)
{
  g_autoptr (GMatchInfo) info = NULL;

  if (g_regex_match (furniture, text, 0, &info))
    {
      g_autofree char *found = g_match_info_fetch (info, 0);
      g_error ("%s: page furniture “%s” in “%s”", what, found, text);
    }
  if (symbol != NULL && strstr (text, symbol) != NULL)
    g_error ("%s: the running header %s in “%s”", what, symbol, text);
}

static void
test_corpus_no_furniture (void)
{
  g_autoptr (GPtrArray) names = corpus_pdfs (TRUE, TRUE);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *path = rd_test_fixture_path ("corpus", name);
      g_autoptr (GError) error = NULL;
      g_autoptr (RdBlockList) blocks = import_path (path, &error);
      g_autoptr (RdDocument) document = NULL;
      g_autoptr (GRegex) furniture = NULL;
      g_autofree char *pattern = NULL;
      GPtrArray *paragraphs;
      GPtrArray *footnotes;
      const char *symbol;
      guint symbol_blocks = 0;

      g_assert_no_error (error);
      /* A/C.2/80/L.2, L.43 and A/RES/80/146 are one page long. */
      g_assert_cmpuint (blocks->n_pages, >=, 1);
      /* Job number ("25-16618", "25-16618 (E) 171025"), barcode text,
       * "Please recycle" and page numbers "n/N" of this document. */
      pattern = g_strdup_printf ("\\b\\d{2}-\\d{5}\\b|\\*\\d{7}\\*|Please recycle|(?:^|\\s)\\d{1,2}/%u(?:\\s|$)", blocks->n_pages);
      furniture = g_regex_new (pattern, 0, 0, NULL);

      document = rd_parser_parse (blocks, name);
      symbol = rd_document_get_symbol (document);
      g_assert_nonnull (symbol);

      paragraphs = rd_document_get_paragraphs (document);
      for (guint k = 0; k < paragraphs->len; k++)
        assert_no_furniture (name, ((RdParagraph *) g_ptr_array_index (paragraphs, k))->text, symbol, furniture);
      footnotes = rd_document_get_footnotes (document);
      for (guint k = 0; k < footnotes->len; k++)
        assert_no_furniture (name, ((RdFootnote *) g_ptr_array_index (footnotes, k))->text, symbol, furniture);

      /* The symbol stands once, in the masthead; the running headers that
       * repeat it on every later page are gone. */
      for (guint k = 0; k < blocks->blocks->len; k++)
        if (strstr (((RdBlock *) g_ptr_array_index (blocks->blocks, k))->text, symbol) != NULL)
          symbol_blocks++;
      g_assert_cmpuint (symbol_blocks, ==, 1);
    }
}

/* A/RES/78/1: "Annex" set flush with the column over the annex's title,
 * a line of its own: a heading, not the start of the title's paragraph;
 * the annex's numbered paragraphs are not the resolution's operative
 * paragraphs. */
static void
test_corpus_annex_heading (void)
{
  g_autofree char *path = rd_test_fixture_path ("corpus", "A_RES_78_1.en.pdf");
  g_autoptr (RdDocument) document = load_document (path);
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);
  const RdParagraph *title = require_paragraph (document, "Political Declaration adopted at the High-level Political");
  guint at = 0;
  guint operative = 0;

  g_assert_true (g_ptr_array_find (paragraphs, title, &at));
  g_assert_true (g_str_has_prefix (title->text, "Political Declaration"));
  g_assert_cmpuint (at, >, 0);
  g_assert_cmpstr (((RdParagraph *) g_ptr_array_index (paragraphs, at - 1))->text, ==, "Annex");
  g_assert_cmpint (((RdParagraph *) g_ptr_array_index (paragraphs, at - 1))->kind, ==, RD_PARAGRAPH_HEADING);
  for (guint i = 0; i < paragraphs->len; i++)
    operative += ((RdParagraph *) g_ptr_array_index (paragraphs, i))->kind == RD_PARAGRAPH_OPERATIVE;
  g_assert_cmpuint (operative, ==, 1);
}

/* A/RES/78/1's annex: a numbered heading over two lines, the second set in
 * under the first's text, is one heading; the list items "(i)" … "(xiv)"
 * set in by a first-line indent on every line are one paragraph each, also
 * across a page break, not one paragraph per line. */
static void
test_corpus_set_off_list (void)
{
  g_autofree char *path = corpus_path ("A_RES_78_1.en.pdf");
  g_autoptr (RdDocument) document = load_document (path);
  const RdParagraph *paragraph;

  paragraph = require_paragraph (document, "II. Our changed world");
  g_assert_cmpint (paragraph->kind, ==, RD_PARAGRAPH_HEADING);
  g_assert_cmpstr (paragraph->text, ==, "II. Our changed world – Progress and remaining gaps and challenges");

  paragraph = require_paragraph (document, "We recommit to preventing and combating illicit financial flows");
  g_assert_cmpstr (paragraph->number, ==, "vi");
  g_assert_true (g_str_has_suffix (paragraph->text, "United Nations Convention Against Corruption and the United Nations Convention Against Transnational Organized Crime."));
  /* Page 10 ends in item (ix) with a full line; page 11 goes on, set in. */
  paragraph = require_paragraph (document, "We urge multilateral development banks to bring forward");
  g_assert_cmpstr (paragraph->number, ==, "ix");
  g_assert_true (g_str_has_suffix (paragraph->text, "encourage dialogue between multilateral development banks and other financial institutions."));
  paragraph = require_paragraph (document, "We recommit to the promotion of a universal, rules-based");
  g_assert_cmpstr (paragraph->number, ==, "x");
  g_assert_true (g_str_has_suffix (paragraph->text, "concrete and positive results at the 13th WTO Ministerial Conference."));
  paragraph = require_paragraph (document, "We look forward to the beginning of inter-governmental discussions in New York");
  g_assert_cmpstr (paragraph->number, ==, "xiv");
  g_assert_true (g_str_has_suffix (paragraph->text, "international tax cooperation."));
  /* The next item after a line that ended short is an item of its own. */
  paragraph = require_paragraph (document, "We confirm our political commitment to explore measures");
  g_assert_cmpstr (paragraph->number, ==, "xi");
}

/* A/C.3/80/L.4 */

static void
test_corpus_page_break_join (void)
{
  g_autofree char *path = rd_test_fixture_path ("corpus", "A_C.3_80_L.4.en.pdf");
  g_autoptr (RdDocument) document = load_document (path);
  const RdParagraph *paragraph;

  /* Page 1 ends "... end modern slavery and", page 2 goes on "trafficking
   * in persons and secure the prohibition ...". */
  paragraph = require_paragraph (document, "end modern slavery and trafficking in persons and secure the prohibition");
  g_assert_cmpint (paragraph->kind, ==, RD_PARAGRAPH_PREAMBULAR);
  g_assert_cmpint (paragraph->page, ==, 1);
  g_assert_true (g_str_has_prefix (paragraph->text, "Recalling the adoption by the General Assembly of the 2030 Agenda"));
  g_assert_true (g_str_has_suffix (paragraph->text, "torture of children,"));
  /* Its footnote marks from both pages, removed from the text. */
  g_assert_cmpuint (paragraph->footnotes->len, ==, 4);
  g_assert_cmpstr (g_array_index (paragraph->footnotes, RdFootnoteRef, 0).marker, ==, "1");
  g_assert_cmpstr (g_array_index (paragraph->footnotes, RdFootnoteRef, 3).marker, ==, "4");
  g_assert_nonnull (strstr (paragraph->text, "2030 Agenda for Sustainable Development, and recalling also"));

  /* Page 2 ends in sub-paragraph (f): "... civil society organizations
   * and" | "the private sector, and within various entities ...". */
  paragraph = require_paragraph (document, "civil society organizations and the private sector, and within various entities");
  g_assert_cmpint (paragraph->kind, ==, RD_PARAGRAPH_SUBPARAGRAPH);
  g_assert_cmpstr (paragraph->number, ==, "f");
  g_assert_true (g_str_has_suffix (paragraph->text, "lessons learned,"));
}

static void
test_corpus_l4_details (void)
{
  g_autofree char *path = rd_test_fixture_path ("corpus", "A_C.3_80_L.4.en.pdf");
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) blocks = import_path (path, &error);
  g_autoptr (RdDocument) document = NULL;
  GPtrArray *paragraphs;
  const RdParagraph *paragraph;
  const RdBlock *block;
  RdFootnote *footnote;

  g_assert_no_error (error);
  g_assert_cmpstr (blocks->format, ==, "pdf");
  g_assert_cmpuint (blocks->n_pages, ==, 14);

  /* The masthead: items on one baseline are separate blocks, and the
   * masthead column stands left of the text column. */
  require_block (blocks, "A/C.3/80/L.4");
  require_block (blocks, "General Assembly");
  require_block (blocks, "Distr.: Limited");
  require_block (blocks, "14 October 2025");
  block = require_block (blocks, "Crime prevention and criminal justice");
  g_assert_cmpfloat (block->left, <, 80);
  block = require_block (blocks, "Improving the coordination of efforts against trafficking in persons");
  g_assert_cmpfloat (block->left, >, 100);
  g_assert_true (block->flags & RD_BLOCK_FLAG_BOLD);
  block = require_block (blocks, "The General Assembly,");
  g_assert_cmpfloat (block->indent, >, 10);

  document = rd_parser_parse (blocks, "A_C.3_80_L.4.en.pdf");
  g_assert_cmpstr (rd_document_get_field (document, RD_FIELD_AGENDA_TITLE), ==, "Crime prevention and criminal justice");
  g_assert_cmpstr (rd_document_get_field (document, RD_FIELD_FORMULA), ==, "The General Assembly,");

  /* Verbs from the italics. */
  paragraphs = rd_document_get_paragraphs (document);
  paragraph = g_ptr_array_index (paragraphs, 0);
  g_assert_cmpstr (paragraph->verb, ==, "Reiterating its strong condemnation");
  paragraph = require_paragraph (document, "the Global Plan of Action was developed:");
  g_assert_cmpstr (paragraph->verb, ==, "Reaffirming");
  paragraph = require_paragraph (document, "to submit a report on the implementation of the present resolution");
  g_assert_cmpint (paragraph->kind, ==, RD_PARAGRAPH_OPERATIVE);
  g_assert_cmpstr (paragraph->number, ==, "38");
  g_assert_cmpstr (paragraph->verb, ==, "Requests");

  /* Hyphens of compounds at the ends of lines ("front-" | "line",
   * "awareness-" | "raising") stay. */
  g_assert_nonnull (find_paragraph (document, "front-line"));
  g_assert_null (find_paragraph (document, "frontline"));
  g_assert_nonnull (find_paragraph (document, "awareness-raising"));
  g_assert_nonnull (find_paragraph (document, "a human rights-based, gender- and age-sensitive approach"));

  /* Footnotes below the separator, marks removed. */
  footnote = require_footnote (document, "1");
  g_assert_cmpstr (footnote->text, ==, "Resolution 70/1.");
  footnote = require_footnote (document, "5");
  g_assert_cmpstr (footnote->text, ==, "United Nations, Treaty Series, vol. 2225, No. 39574.");
}

static void
test_corpus_adopted (void)
{
  g_autofree char *path = rd_test_fixture_path ("corpus", "A_RES_80_228.en.pdf");
  g_autoptr (RdDocument) document = load_document (path);

  g_assert_cmpstr (rd_document_get_document_type (document), ==, "resolution");
  g_assert_cmpstr (rd_document_get_field (document, RD_FIELD_ADOPTION_DATE), ==, "18 December 2025");
  g_assert_cmpstr (rd_document_get_field (document, RD_FIELD_REPORT), ==, "A/80/545");
  g_assert_cmpstr (rd_document_get_field (document, RD_FIELD_RESOLUTION_NUMBER), ==, "80/228");
  g_assert_cmpstr (rd_document_get_field (document, RD_FIELD_MEETING), ==, "69th plenary meeting");
  g_assert_cmpstr (rd_document_get_title (document), ==, "Improving the coordination of efforts against trafficking in persons");
  g_assert_cmpuint (rd_document_get_sponsors (document)->len, ==, 0);
  /* The closing lines are no paragraph. */
  g_assert_null (find_paragraph (document, "69th plenary meeting"));
}

static void
test_corpus_facilitator (void)
{
  g_autofree char *path = rd_test_fixture_path ("corpus", "A_C.2_80_L.46.en.pdf");
  g_autoptr (RdDocument) document = load_document (path);

  g_assert_cmpstr (rd_document_get_field (document, RD_FIELD_BASED_ON), ==, "A/C.2/80/L.24");
  g_assert_cmpstr (rd_document_get_field (document, RD_FIELD_SUBMITTED_BY), ==, "the Vice-Chair of the Committee, Weronika Garbacz (Poland)");
  g_assert_cmpuint (rd_document_get_sponsors (document)->len, ==, 0);
  /* "(d)" at the start of a line inside operative paragraph 39's own list
   * is no sub-paragraph. */
  g_assert_nonnull (find_paragraph (document, "global frameworks; (d) ensure financial and development additionality"));
}

/* Unhappy paths */

static void
assert_import_error (const char *path,
                     RdImportError code,
                     const char *cause)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) blocks = import_path (path, &error);
  g_autofree char *basename = g_path_get_basename (path);

  g_assert_null (blocks);
  g_assert_error (error, RD_IMPORT_ERROR, (int) code);
  /* One line, naming the file, then the cause. */
  g_assert_null (strchr (error->message, '\n'));
  g_assert_nonnull (strstr (error->message, basename));
  g_assert_nonnull (strstr (error->message, cause));
}

/* PDFs that cannot be read: the error and a part of its cause. */
typedef struct
{
  const char *test_path;
  const char *folder; /* in tests/data */
  const char *file;
  RdImportError code;
  const char *cause;
} ImportErrorCase;

static const ImportErrorCase import_error_cases[] = {
  { "/import-pdf/errors/scan", "corpus", "A_RES_2758_XXVI.ru.pdf", RD_IMPORT_ERROR_NO_TEXT, "this PDF has no text layer (a scanned image); run OCR on it first" },
  { "/import-pdf/errors/encrypted", "pdf", "encrypted.pdf", RD_IMPORT_ERROR_ENCRYPTED, "password" },
  { "/import-pdf/errors/damaged", "pdf", "garbage.pdf", RD_IMPORT_ERROR_DAMAGED, "damaged" },
  { "/import-pdf/errors/truncated", "pdf", "truncated.pdf", RD_IMPORT_ERROR_DAMAGED, "damaged or incomplete" },
};

static void
test_import_error (gconstpointer data)
{
  const ImportErrorCase *want = data;
  g_autofree char *path = NULL;

  if (!rd_test_require_pdf ())
    return;
  path = g_test_build_filename (G_TEST_DIST, "data", want->folder, want->file, NULL);
  assert_import_error (path, want->code, want->cause);
}

/* A PDF with only an owner password opens without one: it is read. */
static void
test_owner_password_only (void)
{
  g_autofree char *path = fixture_path ("owner-password-only.pdf");
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) blocks = import_path (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (blocks->blocks->len, ==, 1);
  g_assert_cmpstr (((RdBlock *) g_ptr_array_index (blocks->blocks, 0))->text, ==, "A document behind a password.");
}

/* Cut a real PDF anywhere, or put noise after its header: an error or
 * blocks, never a crash or a hang. */
static void
test_error_cut_anywhere (void)
{
  g_autofree char *path = rd_test_fixture_path ("corpus", "A_80_L.7.en.pdf");
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr (GRand) rand = g_rand_new_with_seed (20251014);

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  for (guint i = 1; i <= 12; i++)
    {
      gsize cut = length * i / 13;
      g_autoptr (GBytes) bytes = g_bytes_new (data, cut);
      g_autoptr (GError) error = NULL;
      g_autoptr (RdBlockList) blocks = rd_import_bytes (bytes, "cut.pdf", &error);

      if (blocks == NULL)
        g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED);
    }
  for (guint i = 0; i < 8; i++)
    {
      gsize size = 16 + g_rand_int_range (rand, 0, 4096);
      g_autofree guint8 *noise = g_malloc (size);
      g_autoptr (GBytes) bytes = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (RdBlockList) blocks = NULL;

      memcpy (noise, "%PDF-1.7\n", 9);
      for (gsize k = 9; k < size; k++)
        noise[k] = (guint8) g_rand_int_range (rand, 0, 256);
      bytes = g_bytes_new (noise, size);
      blocks = rd_import_bytes (bytes, "noise.pdf", &error);
      g_assert_null (blocks);
      g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED);
    }
}

/* A read cancelled (the window closed) stops at the next page with
 * G_IO_ERROR_CANCELLED, whatever the length of the PDF; a cancellable not
 * cancelled changes nothing. */
static void
test_cancelled (void)
{
  g_autofree char *path = corpus_path ("A_80_L.7.en.pdf");
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  RdImportOptions options = { RD_TRACKED_CHANGES_ACCEPT, cancellable };
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) blocks = NULL;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  bytes = g_bytes_new (data, length);

  blocks = rd_import_bytes_with_options (bytes, "L.7.pdf", &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (blocks);
  g_assert_cmpuint (blocks->blocks->len, >, 10);
  g_clear_pointer (&blocks, rd_block_list_free);

  g_cancellable_cancel (cancellable);
  blocks = rd_import_bytes_with_options (bytes, "L.7.pdf", &options, &error);
  g_assert_null (blocks);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_str_has_prefix (error->message, "L.7.pdf: "));
}

/* The blocks of @list, every field that reading sets, as text. */
static char *
describe_blocks (const RdBlockList *list)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%u pages, %u footnotes\n", list->n_pages, list->n_footnotes);
  for (guint i = 0; i < list->blocks->len; i++)
    {
      const RdBlock *block = g_ptr_array_index (list->blocks, i);

      g_string_append_printf (out, "%d %d p%d %.2f %.2f [%s] [%s] %s", block->role, block->flags, block->page, block->indent, block->left,
                              block->marker != NULL ? block->marker : "", block->number != NULL ? block->number : "", block->text);
      for (guint s = 0; block->spans != NULL && s < block->spans->len; s++)
        {
          const RdSpan *span = &g_array_index (block->spans, RdSpan, s);
          g_string_append_printf (out, " %d:%" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT, span->kind, span->start, span->end);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  GBytes *bytes;
  char *expected;
  gboolean same;
} ParallelRead;

static gpointer
read_in_thread (gpointer data)
{
  ParallelRead *read = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) blocks = rd_import_bytes (read->bytes, "parallel.pdf", &error);
  g_autofree char *got = blocks != NULL ? describe_blocks (blocks) : NULL;

  read->same = error == NULL && g_strcmp0 (got, read->expected) == 0;
  return NULL;
}

/* Each PDF's pages are read by a few threads, each with a document of its
 * own, and the loader and indexing read several PDFs at once: long PDFs
 * read all at once, twice each, give what each gives read alone, block
 * for block. */
static void
test_parallel (void)
{
  static const char *const names[] = {
    "A_80_L.22.en.pdf", /* 56 pages */
    "A_RES_79_144.en.pdf",
    "A_C.3_80_L.41.en.pdf",
    "A_RES_78_1.en.pdf",
  };
  ParallelRead reads[2 * G_N_ELEMENTS (names)];
  GThread *threads[G_N_ELEMENTS (reads)];

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = corpus_path (names[i]);
      g_autoptr (GError) error = NULL;
      g_autoptr (RdBlockList) blocks = NULL;
      char *data = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      reads[i].bytes = g_bytes_new_take (data, length);
      blocks = rd_import_bytes (reads[i].bytes, "parallel.pdf", &error);
      g_assert_no_error (error);
      g_assert_cmpuint (blocks->n_pages, >=, 4);
      reads[i].expected = describe_blocks (blocks);
      reads[i + G_N_ELEMENTS (names)].bytes = g_bytes_ref (reads[i].bytes);
      reads[i + G_N_ELEMENTS (names)].expected = g_strdup (reads[i].expected);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (reads); i++)
    threads[i] = g_thread_new ("test-read", read_in_thread, &reads[i]);
  for (gsize i = 0; i < G_N_ELEMENTS (reads); i++)
    {
      g_thread_join (threads[i]);
      if (!reads[i].same)
        g_error ("%s: read in parallel, not what it gives alone", names[i % G_N_ELEMENTS (names)]);
      g_bytes_unref (reads[i].bytes);
      g_free (reads[i].expected);
    }
}

/* Synthetic PDFs: a page or two drawn with the standard Times fonts, whose
 * metrics poppler knows, so that each rule can be tested alone. */

static GBytes *
make_pdf (const char *const *pages)
{
  GString *pdf = g_string_new ("%PDF-1.4\n");
  g_autoptr (GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr (GString) kids = g_string_new (NULL);
  guint n_pages = g_strv_length ((char **) pages);
  guint n_objects = 4 + 2 * n_pages;
  gsize xref;

  for (guint i = 0; i < n_pages; i++)
    g_string_append_printf (kids, "%u 0 R ", 5 + 2 * i);

  for (guint object = 1; object <= n_objects; object++)
    {
      gsize offset = pdf->len;

      g_array_append_val (offsets, offset);
      g_string_append_printf (pdf, "%u 0 obj\n", object);
      if (object == 1)
        g_string_append (pdf, "<< /Type /Catalog /Pages 2 0 R >>");
      else if (object == 2)
        g_string_append_printf (pdf, "<< /Type /Pages /Kids [%s] /Count %u >>", kids->str, n_pages);
      else if (object == 3)
        g_string_append (pdf, "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>");
      else if (object == 4)
        g_string_append (pdf, "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Italic >>");
      else if (object % 2 == 1)
        g_string_append_printf (pdf, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %u 0 R /Resources << /Font << /R 3 0 R /I 4 0 R >> >> >>", object + 1);
      else
        {
          const char *content = pages[(object - 6) / 2];
          g_string_append_printf (pdf, "<< /Length %zu >>\nstream\n%s\nendstream", strlen (content), content);
        }
      g_string_append (pdf, "\nendobj\n");
    }

  xref = pdf->len;
  g_string_append_printf (pdf, "xref\n0 %u\n0000000000 65535 f \n", n_objects + 1);
  for (guint i = 0; i < offsets->len; i++)
    g_string_append_printf (pdf, "%010zu 00000 n \n", g_array_index (offsets, gsize, i));
  g_string_append_printf (pdf, "trailer\n<< /Size %u /Root 1 0 R >>\nstartxref\n%zu\n%%%%EOF\n", n_objects + 1, xref);
  return g_string_free_to_bytes (pdf);
}

/* One line of 10-point Times at @x, @top points from the top of the page. */
static void
add_line (GString *content,
          double x,
          double top,
          const char *text)
{
  g_string_append_printf (content, "BT /R 10 Tf 1 0 0 1 %g %g Tm (%s) Tj ET\n", x, 792 - top, text);
}

static RdBlockList *
import_pages (const char *const *pages)
{
  g_autoptr (GBytes) bytes = make_pdf (pages);
  g_autoptr (GError) error = NULL;
  RdBlockList *blocks = rd_import_bytes (bytes, "synthetic.pdf", &error);

  g_assert_no_error (error);
  g_assert_nonnull (blocks);
  return blocks;
}

static const RdBlock *
block_at (const RdBlockList *blocks,
          guint index)
{
  g_assert_cmpuint (index, <, blocks->blocks->len);
  return g_ptr_array_index (blocks->blocks, index);
}

static void
test_synthetic_word_gaps (void)
{
  g_autoptr (GString) content = g_string_new (NULL);
  g_autoptr (RdBlockList) blocks = NULL;
  const char *pages[] = { NULL, NULL };

  /* Kerning of a tenth of an em inside a word is no space; a quarter of an
   * em between words is one, even without a space character. */
  g_string_append (content, "BT /R 10 Tf 1 0 0 1 100 600 Tm [(the General Assem) -100 (bly and see) -120 (king) -250 (asylum)] TJ ET\n");
  pages[0] = content->str;
  blocks = import_pages (pages);

  g_assert_cmpuint (blocks->blocks->len, ==, 1);
  g_assert_cmpstr (block_at (blocks, 0)->text, ==, "the General Assembly and seeking asylum");
}

static void
test_synthetic_paragraphs (void)
{
  g_autoptr (GString) content = g_string_new (NULL);
  g_autoptr (RdBlockList) blocks = NULL;
  const char *pages[] = { NULL, NULL };
  const RdBlock *block;

  /* Two paragraphs with a first-line indent, then "1." flush with the
   * column after a short line. */
  add_line (content, 124, 100, "Recalling its resolutions on the matter, and noting with");
  add_line (content, 100, 112, "appreciation the report of the Secretary-General on the subject of this text,");
  add_line (content, 124, 130, "Noting the work done,");
  add_line (content, 100, 148, "1. Decides to remain seized of the matter;");
  add_line (content, 100, 160, "2. Requests a report on the matter at its next session, which is the eighty-");
  add_line (content, 100, 172, "first session.");
  pages[0] = content->str;
  blocks = import_pages (pages);

  g_assert_cmpuint (blocks->blocks->len, ==, 4);
  block = block_at (blocks, 0);
  g_assert_cmpstr (block->text, ==, "Recalling its resolutions on the matter, and noting with appreciation the report of the Secretary-General on the subject of this text,");
  g_assert_cmpfloat_with_epsilon (block->left, 100, 0.5);
  g_assert_cmpfloat_with_epsilon (block->indent, 24, 0.5);
  g_assert_cmpint (block->page, ==, 1);
  g_assert_cmpstr (block_at (blocks, 1)->text, ==, "Noting the work done,");
  g_assert_cmpstr (block_at (blocks, 2)->text, ==, "1. Decides to remain seized of the matter;");
  g_assert_cmpfloat_with_epsilon (block_at (blocks, 2)->indent, 0, 0.5);
  /* "eighty-" | "first": "eightyfirst" is nowhere, so the hyphen stays. */
  g_assert_cmpstr (block_at (blocks, 3)->text, ==, "2. Requests a report on the matter at its next session, which is the eighty-first session.");
}

static void
test_synthetic_hyphens (void)
{
  g_autoptr (GString) content = g_string_new (NULL);
  g_autoptr (RdBlockList) blocks = NULL;
  const char *pages[] = { NULL, NULL };

  add_line (content, 100, 100, "efforts against traffick-");
  add_line (content, 100, 112, "ing in persons, a human rights-");
  add_line (content, 100, 124, "based, gender-");
  add_line (content, 100, 136, "and age-sensitive approach to trafficking, micro-");
  add_line (content, 100, 148, ", small and medium-sized enterprises.");
  pages[0] = content->str;
  blocks = import_pages (pages);

  g_assert_cmpuint (blocks->blocks->len, ==, 1);
  g_assert_cmpstr (block_at (blocks, 0)->text, ==,
                   "efforts against trafficking in persons, a human rights-based, gender- and age-sensitive approach to trafficking, micro-, small and medium-sized enterprises.");
}

static void
test_synthetic_italic_and_marks (void)
{
  g_autoptr (GString) content = g_string_new (NULL);
  g_autoptr (RdBlockList) blocks = NULL;
  const char *pages[] = { NULL, NULL };
  const RdBlock *block;
  const RdSpan *span;

  add_line (content, 100, 90, "Body text of the page sets its column and its size here,");
  add_line (content, 100, 102, "in ten-point type over several lines of the same width.");
  /* "Also decides" in italics; "Development,1 and" with a raised 6.5-point
   * mark; then the footnote below a separator. */
  g_string_append (content, "BT 1 0 0 1 124 672 Tm /I 10 Tf (Also decides) Tj /R 10 Tf ( that the 2030 Agenda for Sustainable Development,) Tj "
                            "/R 6.5 Tf 4 Ts (12) Tj 0 Ts /R 10 Tf ( and) Tj ET\n");
  add_line (content, 100, 132, "the targets on trafficking.");
  g_string_append (content, "BT /R 8 Tf 1 0 0 1 80 200 Tm (__________________) Tj ET\n");
  g_string_append (content, "BT 1 0 0 1 96 186 Tm /R 5.5 Tf 3 Ts (12) Tj 0 Ts /R 8.5 Tf ( Resolution 70/1, annex, of the) Tj ET\n");
  g_string_append (content, "BT 1 0 0 1 100 176 Tm /R 8.5 Tf (General Assembly.) Tj ET\n");
  pages[0] = content->str;
  blocks = import_pages (pages);

  g_assert_cmpuint (blocks->blocks->len, ==, 3);
  block = block_at (blocks, 1);
  g_assert_cmpstr (block->text, ==, "Also decides that the 2030 Agenda for Sustainable Development,12 and the targets on trafficking.");
  g_assert_cmpuint (block->spans->len, ==, 2);
  span = &g_array_index (block->spans, RdSpan, 0);
  g_assert_cmpint (span->kind, ==, RD_SPAN_ITALIC);
  g_assert_cmpuint (span->start, ==, 0);
  g_assert_cmpuint (span->end, ==, strlen ("Also decides"));
  span = &g_array_index (block->spans, RdSpan, 1);
  g_assert_cmpint (span->kind, ==, RD_SPAN_FOOTNOTE);
  g_assert_cmpuint (span->end - span->start, ==, 2);
  g_assert_cmpint (strncmp (block->text + span->start, "12", 2), ==, 0);

  block = block_at (blocks, 2);
  g_assert_cmpint (block->role, ==, RD_BLOCK_FOOTNOTE);
  g_assert_cmpstr (block->marker, ==, "12");
  g_assert_cmpstr (block->text, ==, "Resolution 70/1, annex, of the General Assembly.");
}

static void
test_synthetic_page_furniture (void)
{
  g_autoptr (GString) page1 = g_string_new (NULL);
  g_autoptr (GString) page2 = g_string_new (NULL);
  g_autoptr (RdBlockList) blocks = NULL;
  g_autoptr (RdDocument) document = NULL;
  const char *pages[] = { NULL, NULL, NULL };
  const RdParagraph *paragraph;

  add_line (page1, 124, 100, "The paragraph that a page break will cut in two, about efforts");
  add_line (page1, 100, 112, "against trafficking in persons, goes on and on until it reaches");
  add_line (page1, 100, 124, "the foot of the page, where the efforts against traffick-");
  add_line (page1, 60, 750, "25-16618 (E) 171025");
  g_string_append (page1, "BT /R 12 Tf 1 0 0 1 60 30 Tm (*2516618*) Tj ET\n");
  add_line (page1, 400, 755, "Please recycle");
  /* A reissue's job number (A/C.1/80/L.54, A/C.1/80/L.23). */
  add_line (page1, 200, 770, "25-16788* (E) 281025 031125");

  add_line (page2, 60, 60, "A/C.3/80/L.4");
  add_line (page2, 100, 90, "ing in persons are named again, and the paragraph ends here at");
  add_line (page2, 100, 102, "last after two pages.");
  add_line (page2, 124, 120, "Another paragraph starts with an indent on the second page.");
  add_line (page2, 60, 757, "2/14");
  add_line (page2, 520, 757, "25-16618");
  pages[0] = page1->str;
  pages[1] = page2->str;
  blocks = import_pages (pages);

  g_assert_cmpuint (blocks->n_pages, ==, 2);
  g_assert_cmpuint (blocks->blocks->len, ==, 3);
  g_assert_true (block_at (blocks, 1)->flags & RD_BLOCK_FLAG_CONTINUATION);
  g_assert_true (block_at (blocks, 1)->flags & RD_BLOCK_FLAG_AFTER_BREAK);
  g_assert_cmpint (block_at (blocks, 1)->page, ==, 2);
  g_assert_false (block_at (blocks, 2)->flags & RD_BLOCK_FLAG_CONTINUATION);

  document = rd_parser_parse (blocks, "synthetic.pdf");
  g_assert_cmpuint (rd_document_get_paragraphs (document)->len, ==, 2);
  /* The word cut by the page break is whole again. */
  paragraph = require_paragraph (document, "where the efforts against trafficking in persons are named again");
  g_assert_true (g_str_has_suffix (paragraph->text, "at last after two pages."));
}

/* A/80/L.22: a section heading ("I" over its title) flush with the column
 * at the top of a page is a heading, not the rest of the paragraph that
 * ended on the page before. */
static void
test_synthetic_heading_after_break (void)
{
  g_autoptr (GString) page1 = g_string_new (NULL);
  g_autoptr (GString) page2 = g_string_new (NULL);
  g_autoptr (RdBlockList) blocks = NULL;
  g_autoptr (RdDocument) document = NULL;
  const char *pages[] = { NULL, NULL, NULL };
  GPtrArray *paragraphs;

  add_line (page1, 124, 100, "The General Assembly,");
  add_line (page1, 124, 124, "Reaffirming also the importance of the work of the International Tribunal for");
  add_line (page1, 100, 136, "the Law of the Sea in accordance with the Convention,");
  add_line (page1, 60, 750, "25-19446 (E) 201125");

  add_line (page2, 100, 90, "I");
  add_line (page2, 100, 102, "Implementation of the Convention and related agreements and instruments");
  add_line (page2, 124, 118, "1. Reaffirms the unified character of the Convention and the vital importance");
  add_line (page2, 100, 130, "of preserving its integrity;");
  add_line (page2, 60, 757, "2/55");
  pages[0] = page1->str;
  pages[1] = page2->str;
  blocks = import_pages (pages);
  document = rd_parser_parse (blocks, "synthetic.pdf");
  paragraphs = rd_document_get_paragraphs (document);

  g_assert_cmpuint (paragraphs->len, ==, 3);
  g_assert_cmpstr (rd_test_paragraph (document, 0)->text, ==, "Reaffirming also the importance of the work of the International Tribunal for the Law of the Sea in accordance with the Convention,");
  g_assert_cmpint (rd_test_paragraph (document, 1)->kind, ==, RD_PARAGRAPH_HEADING);
  g_assert_cmpstr (rd_test_paragraph (document, 1)->text, ==, "I Implementation of the Convention and related agreements and instruments");
  g_assert_cmpint (rd_test_paragraph (document, 2)->kind, ==, RD_PARAGRAPH_OPERATIVE);
}

static void
test_synthetic_blank (void)
{
  const char *pages[] = { "", "", NULL };
  g_autoptr (GBytes) bytes = make_pdf (pages);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) blocks = rd_import_bytes (bytes, "blank.pdf", &error);

  g_assert_null (blocks);
  g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NO_TEXT);
  g_assert_cmpstr (error->message, ==, "blank.pdf: this PDF has no text layer (a scanned image); run OCR on it first");
}

/* A build without poppler says so, in the error every PDF gets. */
static void
test_without_poppler (void)
{
  g_autofree char *path = rd_test_fixture_path ("corpus", "A_C.3_80_L.4.en.pdf");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) blocks = rd_import_file (file, NULL, &error);

  g_assert_null (blocks);
  g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED);
}

int
main (int argc,
      char *argv[])
{
  g_autoptr (GPtrArray) facts_names = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  /* One test per facts file; the names live until the tests have run. */
  facts_names = g_ptr_array_new_with_free_func (g_free);
  {
    g_autoptr (GPtrArray) names = corpus_pdfs (TRUE, TRUE);

    for (guint i = 0; i < names->len; i++)
      {
        const char *name = g_ptr_array_index (names, i);
        g_autofree char *base = g_strndup (name, strlen (name) - strlen (".en.pdf"));
        g_autofree char *test_path = g_strdup_printf ("/import-pdf/corpus/facts/%s", base);
        char *facts_name = g_strconcat (base, ".en.facts.json", NULL);

        g_ptr_array_add (facts_names, facts_name);
        g_test_add_data_func (test_path, facts_name, test_corpus_facts);
      }
  }
  rd_test_add_pdf_func ("/import-pdf/corpus/facts-complete", test_corpus_facts_complete);
  rd_test_add_pdf_func ("/import-pdf/corpus/all-readable", test_corpus_all_readable);
  rd_test_add_pdf_func ("/import-pdf/corpus/no-furniture", test_corpus_no_furniture);
  rd_test_add_pdf_func ("/import-pdf/corpus/page-break-join", test_corpus_page_break_join);
  rd_test_add_pdf_func ("/import-pdf/corpus/annex-heading", test_corpus_annex_heading);
  rd_test_add_pdf_func ("/import-pdf/corpus/set-off-list", test_corpus_set_off_list);
  rd_test_add_pdf_func ("/import-pdf/corpus/l4-details", test_corpus_l4_details);
  rd_test_add_pdf_func ("/import-pdf/corpus/adopted", test_corpus_adopted);
  rd_test_add_pdf_func ("/import-pdf/corpus/facilitator", test_corpus_facilitator);
  for (guint i = 0; i < G_N_ELEMENTS (import_error_cases); i++)
    g_test_add_data_func (import_error_cases[i].test_path, &import_error_cases[i], test_import_error);
  rd_test_add_pdf_func ("/import-pdf/errors/owner-password-only", test_owner_password_only);
  rd_test_add_pdf_func ("/import-pdf/errors/cut-anywhere", test_error_cut_anywhere);
  rd_test_add_pdf_func ("/import-pdf/cancelled", test_cancelled);
  rd_test_add_pdf_func ("/import-pdf/parallel", test_parallel);
  rd_test_add_pdf_func ("/import-pdf/synthetic/word-gaps", test_synthetic_word_gaps);
  rd_test_add_pdf_func ("/import-pdf/synthetic/paragraphs", test_synthetic_paragraphs);
  rd_test_add_pdf_func ("/import-pdf/synthetic/hyphens", test_synthetic_hyphens);
  rd_test_add_pdf_func ("/import-pdf/synthetic/italic-and-marks", test_synthetic_italic_and_marks);
  rd_test_add_pdf_func ("/import-pdf/synthetic/page-furniture", test_synthetic_page_furniture);
  rd_test_add_pdf_func ("/import-pdf/synthetic/heading-after-break", test_synthetic_heading_after_break);
  rd_test_add_pdf_func ("/import-pdf/synthetic/blank", test_synthetic_blank);
  /* Registered where it can pass: a build that reads PDF has nothing to
   * show here, and skips nothing. */
  if (rd_pdf_module (NULL) == NULL)
    g_test_add_func ("/import-pdf/without-poppler", test_without_poppler);

  status = g_test_run ();
  return status;
}
