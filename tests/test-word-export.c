/* test-word-export.c: the marked-up copy as a Word document
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rd-comparison.h"
#include "rd-export.h"
#include "rd-import.h"
#include "rd-parser.h"
#include "rd-test-spawn.h"
#include "rd-test-util.h"
#include "rd-zip-package.h"

/* Helpers */

static GDateTime *
fixed_date (void)
{
  return g_date_time_new_utc (2026, 3, 4, 10, 30, 0);
}

static GBytes *
write_docx (RdComparison *comparison)
{
  g_autoptr (GDateTime) date = fixed_date ();
  RdOfficeOptions options = { RD_OFFICE_DOCX, date };
  g_autoptr (GError) error = NULL;
  GBytes *bytes = rd_export_office (comparison, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* The written document read back, its changes accepted or rejected. */
static RdDocument *
read_back (GBytes *docx,
           RdTrackedChanges changes)
{
  RdImportOptions options = { changes };
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) blocks = rd_import_bytes_with_options (docx, "marked-up.docx", &options, &error);
  RdDocument *document;

  g_assert_no_error (error);
  g_assert_nonnull (blocks);
  document = rd_parser_parse (blocks, "marked-up.docx");
  rd_comparison_prepare_document (document, NULL);
  return document;
}

static char *
part_text (GBytes *docx,
           const char *name)
{
  g_auto (RdZipPackage) package = { 0 };
  g_autoptr (GError) error = NULL;
  GBytes *part;

  g_assert_true (rd_zip_package_read (&package, docx, &error));
  g_assert_no_error (error);
  part = rd_zip_package_get (&package, name);
  g_assert_nonnull (part);
  return g_strndup (g_bytes_get_data (part, NULL), g_bytes_get_size (part));
}

/* The text without its white space: white space is never a change to
 * the engine, which also reads "health care" and "healthcare" (a word
 * broken across lines in a PDF) as the same, and writes the common text
 * once, as the new version has it. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

/* @got has @want's body paragraphs, paragraph by paragraph: kind, number
 * and text. */
static void
assert_same_paragraphs (RdDocument *want,
                        RdDocument *got,
                        gboolean numbers,
                        const char *what)
{
  GPtrArray *a = rd_document_get_paragraphs (want);
  GPtrArray *b = rd_document_get_paragraphs (got);

  for (guint i = 0; i < MIN (a->len, b->len); i++)
    {
      const RdParagraph *p = g_ptr_array_index (a, i);
      const RdParagraph *q = g_ptr_array_index (b, i);
      g_autofree char *p_text = squeeze (p->text);
      g_autofree char *q_text = squeeze (q->text);

      if (g_strcmp0 (p_text, q_text) != 0)
        g_error ("%s: paragraph %u differs:\n  want %s\n  got  %s", what, i, p_text, q_text);
      /* Word numbers the paragraphs: compared where the version's own
       * numbers were read in sequence (the seed; a corpus PDF may have a
       * number the reader missed). */
      if (numbers && g_strcmp0 (p->number, q->number) != 0)
        g_error ("%s: paragraph %u numbered %s, want %s", what, i, q->number, p->number);
    }
  if (a->len != b->len)
    g_error ("%s: %u paragraphs, want %u", what, b->len, a->len);
}

static void
round_trip (RdDocument *old_document,
            RdDocument *new_document,
            gboolean numbers,
            const char *name)
{
  g_autoptr (RdComparison) comparison = rd_comparison_new (old_document, new_document, NULL);
  g_autoptr (GBytes) docx = write_docx (comparison);
  g_autoptr (RdDocument) accepted = read_back (docx, RD_TRACKED_CHANGES_ACCEPT);
  g_autoptr (RdDocument) rejected = read_back (docx, RD_TRACKED_CHANGES_REJECT);
  g_autofree char *accept_what = g_strdup_printf ("%s, accepted", name);
  g_autofree char *reject_what = g_strdup_printf ("%s, rejected", name);

  assert_same_paragraphs (new_document, accepted, numbers, accept_what);
  assert_same_paragraphs (old_document, rejected, numbers, reject_what);
}

/* Tests */

/* Every corpus pair with a truth file: accepting all the changes gives
 * the new version's paragraphs, rejecting them all the old one's. */
static void
test_round_trip_corpus (void)
{
  g_autofree char *truth = g_test_build_filename (G_TEST_DIST, "data", "accuracy", "truth", NULL);
  g_autoptr (GDir) dir = g_dir_open (truth, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  g_assert_nonnull (dir);
  while ((entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (entry, ".json") && strstr (entry, "--") != NULL)
      g_ptr_array_add (names, g_strndup (entry, strlen (entry) - 5));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (names->len, >=, 10);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = *(const char **) &g_ptr_array_index (names, i);
      g_auto (GStrv) pair = g_strsplit (name, "--", 2);
      g_autofree char *old_name = g_strconcat (pair[0], ".en.pdf", NULL);
      g_autofree char *new_name = g_strconcat (pair[1], ".en.pdf", NULL);
      g_autofree char *old_path = g_test_build_filename (G_TEST_DIST, "data", "corpus", old_name, NULL);
      g_autofree char *new_path = g_test_build_filename (G_TEST_DIST, "data", "corpus", new_name, NULL);
      g_autoptr (RdDocument) old_document = NULL;
      g_autoptr (RdDocument) new_document = NULL;

      if (!g_file_test (old_path, G_FILE_TEST_EXISTS) || !g_file_test (new_path, G_FILE_TEST_EXISTS))
        continue;
      old_document = rd_test_load_path (old_path, NULL);
      new_document = rd_test_load_path (new_path, NULL);
      g_assert_nonnull (old_document);
      g_assert_nonnull (new_document);
      rd_comparison_prepare_document (old_document, NULL);
      rd_comparison_prepare_document (new_document, NULL);
      g_test_message ("%s", name);
      round_trip (old_document, new_document, FALSE, name);
    }
}

static const char old_text[] =
    "General Assembly\n\n"
    "Distr.: Limited\n\n"
    "1 October 2030\n\n"
    "Original: English\n\n"
    "Ninety-ninth session\n\n"
    "Third Committee\n\n"
    "Agenda item 42\n\n"
    "Testing and quality\n\n"
    "Austria, Belgium and Chile: draft resolution\n\n"
    "Cooperation on testing\n\n"
    "The General Assembly,\n\n"
    "Recalling its earlier resolutions on the testing of software in the service of the international community, and the reports submitted under them,\n\n"
    "Noting with appreciation the report of the Secretary-General on the quality of the software used by the Organization and its Member States,\n\n"
    "1. Encourages States to test their software before it is used by the public and to publish the results of such tests;\n\n"
    "2. Invites States to share their results with the Secretary-General and with the other Member States on a voluntary basis;\n\n"
    "3. Requests the Secretary-General to report on the implementation of the present resolution at its one hundredth session;\n\n"
    "4. Decides to remain seized of the matter.\n\n";

static const char new_text[] =
    "General Assembly\n\n"
    "Distr.: Limited\n\n"
    "8 October 2030\n\n"
    "Original: English\n\n"
    "Ninety-ninth session\n\n"
    "Third Committee\n\n"
    "Agenda item 42\n\n"
    "Testing and quality\n\n"
    "Austria, Chile and Denmark: draft resolution\n\n"
    "Cooperation on testing\n\n"
    "The General Assembly,\n\n"
    "Noting with appreciation the report of the Secretary-General on the quality of the software used by the Organization and its Member States,\n\n"
    "Recalling its earlier resolutions on the testing of software in the service of the international community, and the reports submitted under them,\n\n"
    "1. Urges States to test their software carefully before it is used by the public and to publish the results of such tests;\n\n"
    "2. Requests the Secretary-General to report on the implementation of the present resolution at its one hundredth session;\n\n"
    "3. Decides to remain seized of the matter.\n\n";

/* What the document says: the changes by "Resdiff" at the date, the move
 * as a move, a comment naming who joined and left and one on the verb,
 * Word's numbering; the renumbered paragraphs carry no change. */
static void
test_tracked_changes (void)
{
  g_autoptr (RdDocument) old_document = rd_test_parse_text (old_text);
  g_autoptr (RdDocument) new_document = rd_test_parse_text (new_text);
  g_autoptr (RdComparison) comparison = rd_comparison_new (old_document, new_document, NULL);
  g_autoptr (GBytes) docx = write_docx (comparison);
  g_autofree char *document = part_text (docx, "word/document.xml");
  g_autofree char *comments = part_text (docx, "word/comments.xml");
  g_autofree char *numbering = part_text (docx, "word/numbering.xml");
  g_autofree char *last_paragraph = NULL;
  const char *decides;

  g_assert_nonnull (strstr (document, "<w:ins w:id="));
  g_assert_nonnull (strstr (document, "w:author=\"Resdiff\" w:date=\"2026-03-04T10:30:00Z\""));
  g_assert_nonnull (strstr (document, "<w:delText xml:space=\"preserve\">Encourages</w:delText>"));
  g_assert_cmpuint (rd_test_count (document, "<w:moveFrom "), >=, 1);
  g_assert_cmpuint (rd_test_count (document, "<w:moveTo "), >=, 1);
  g_assert_nonnull (strstr (document, "<w:moveFromRangeStart"));
  g_assert_nonnull (strstr (comments, "Joined as sponsors: Denmark."));
  g_assert_nonnull (strstr (comments, "No longer sponsors: Belgium."));
  g_assert_nonnull (strstr (comments, "Encourages → Urges"));
  g_assert_nonnull (strstr (numbering, "<w:lvlText w:val=\"%1.\"/>"));
  g_assert_cmpuint (rd_test_count (document, "<w:numId w:val=\"1\"/>"), ==, 4);
  /* "Decides", renumbered 4 → 3, is one paragraph without any change. */
  decides = strstr (document, "Decides");
  g_assert_nonnull (decides);
  last_paragraph = g_strndup (decides, strstr (decides, "</w:p>") - decides);
  g_assert_null (strstr (last_paragraph, "<w:ins"));
  g_assert_null (strstr (last_paragraph, "<w:del"));
  g_free (last_paragraph);
  last_paragraph = g_strdup (g_strrstr_len (document, decides - document, "<w:p>"));
  g_assert_null (strstr (last_paragraph, "<w:ins"));

  round_trip (old_document, new_document, TRUE, "seed");

  /* The masthead and the sponsors read back too, either way. */
  {
    g_autoptr (RdDocument) accepted = read_back (docx, RD_TRACKED_CHANGES_ACCEPT);
    g_autoptr (RdDocument) rejected = read_back (docx, RD_TRACKED_CHANGES_REJECT);
    RdDocument *versions[][2] = { { new_document, accepted }, { old_document, rejected } };

    for (guint v = 0; v < G_N_ELEMENTS (versions); v++)
      {
        GPtrArray *want = rd_document_get_sponsors (versions[v][0]);
        GPtrArray *got = rd_document_get_sponsors (versions[v][1]);

        for (RdField field = RD_FIELD_DATE; field <= RD_FIELD_FORMULA; field++)
          g_assert_cmpstr (rd_document_get_field (versions[v][0], field), ==, rd_document_get_field (versions[v][1], field));
        g_assert_cmpuint (want->len, ==, got->len);
        for (guint i = 0; i < want->len; i++)
          {
            gboolean found = FALSE;

            for (guint k = 0; k < got->len; k++)
              found |= g_strcmp0 (((RdSponsor *) g_ptr_array_index (want, i))->name, ((RdSponsor *) g_ptr_array_index (got, k))->name) == 0;
            g_assert_true (found);
          }
      }
  }
}

/* The command line: -o FILE.docx, --format=docx, never over an input. */
static void
test_command_line (void)
{
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *old_path = g_build_filename (dir, "old.txt", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.txt", NULL);
  g_autofree char *out_path = g_build_filename (dir, "marked-up.docx", NULL);
  g_autofree char *other_path = g_build_filename (dir, "other", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  rd_test_write_file (old_path, old_text, strlen (old_text));
  rd_test_write_file (new_path, new_text, strlen (new_text));

  {
    g_auto (RdRun) run = { 0 };
    rd_run_resdiff (&run, old_path, new_path, "-o", out_path, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_file_get_contents (out_path, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 4);
    g_assert_cmpmem (contents, 4, "PK\x03\x04", 4);
  }
  {
    g_auto (RdRun) run = { 0 };
    rd_run_resdiff (&run, "--format=docx", old_path, new_path, "-o", other_path, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_file_test (other_path, G_FILE_TEST_IS_REGULAR));
  }
  {
    /* Never over an input: refused, the input intact. */
    g_auto (RdRun) run = { 0 };
    g_autofree char *after = NULL;

    rd_run_resdiff (&run, "--format=docx", old_path, new_path, "-o", new_path, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_true (g_file_get_contents (new_path, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, new_text);
  }
  rd_test_remove_dir (dir);
}

/* Reading rejected is only for Word and OpenDocument files; a plain Word
 * file without changes reads the same either way. */
static void
test_reject_without_changes (void)
{
  g_autoptr (RdDocument) document = rd_test_parse_text (new_text);
  g_autoptr (RdComparison) comparison = rd_comparison_new (document, document, NULL);
  g_autoptr (GBytes) docx = write_docx (comparison);
  g_autofree char *xml = part_text (docx, "word/document.xml");
  g_autoptr (RdDocument) accepted = read_back (docx, RD_TRACKED_CHANGES_ACCEPT);
  g_autoptr (RdDocument) rejected = read_back (docx, RD_TRACKED_CHANGES_REJECT);

  g_assert_null (strstr (xml, "<w:ins"));
  g_assert_null (strstr (xml, "<w:del"));
  assert_same_paragraphs (document, accepted, TRUE, "identical, accepted");
  assert_same_paragraphs (document, rejected, TRUE, "identical, rejected");
}

int
main (int argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  rd_test_add_pdf_func ("/word-export/round-trip/corpus", test_round_trip_corpus);
  g_test_add_func ("/word-export/tracked-changes/seed", test_tracked_changes);
  g_test_add_func ("/word-export/command-line", test_command_line);
  g_test_add_func ("/word-export/identical", test_reject_without_changes);
  return g_test_run ();
}
