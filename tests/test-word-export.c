/* test-word-export.c: the marked-up copy as a Word document
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rd-test-office.h"
#include "rd-test-spawn.h"
#include "rd-test-util.h"

/* Tests */

/* Every corpus pair with a truth file: accepting all the changes gives
 * the new version's paragraphs, rejecting them all the old one's. */
static void
test_round_trip_corpus (void)
{
  g_assert_cmpuint (rd_test_office_round_trip_corpus (RD_OFFICE_DOCX), >=, 10);
}

/* What the document says: the changes by "Resdiff" at the date, the move
 * as a move, a comment naming who joined and left and one on the verb,
 * Word's numbering; the renumbered paragraphs carry no change. */
static void
test_tracked_changes (void)
{
  g_autoptr (RdDocument) old_document = rd_test_parse_text (rd_test_office_old_text);
  g_autoptr (RdDocument) new_document = rd_test_parse_text (rd_test_office_new_text);
  g_autoptr (RdComparison) comparison = rd_comparison_new (old_document, new_document, NULL);
  g_autoptr (GBytes) docx = rd_test_office_write (comparison, RD_OFFICE_DOCX);
  g_autofree char *document = rd_test_zip_part_text (docx, "word/document.xml");
  g_autofree char *comments = rd_test_zip_part_text (docx, "word/comments.xml");
  g_autofree char *numbering = rd_test_zip_part_text (docx, "word/numbering.xml");
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

  rd_test_office_round_trip (old_document, new_document, RD_OFFICE_DOCX, TRUE, "seed");

  /* The masthead and the sponsors read back too, either way. */
  rd_test_office_assert_header_read_back (docx, RD_OFFICE_DOCX, old_document, new_document);
}

/* The names of the ranges of @xml's @element ("w:moveFromRangeStart"),
 * in order. */
static GPtrArray *
range_names (const char *xml,
             const char *element)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *start = g_strdup_printf ("<%s ", element);

  for (const char *p = strstr (xml, start); p != NULL; p = strstr (p + 1, start))
    {
      const char *name = strstr (p, "w:name=\"");
      const char *end = strchr (p, '>');

      g_assert_nonnull (name);
      g_assert_true (name < end);
      name += strlen ("w:name=\"");
      g_ptr_array_add (names, g_strndup (name, strchr (name, '"') - name));
    }
  return names;
}

/* Word pairs a w:moveFrom with its w:moveTo by the name of their ranges:
 * each move's two places carry one name, either way round (the new place
 * before the old one, and after it). */
static void
test_move_names (void)
{
  const char *texts[] = { rd_test_office_old_text, rd_test_office_new_text };

  for (guint way = 0; way < 2; way++)
    {
      g_autoptr (RdDocument) old_document = rd_test_parse_text (texts[way]);
      g_autoptr (RdDocument) new_document = rd_test_parse_text (texts[1 - way]);
      g_autoptr (RdComparison) comparison = rd_comparison_new (old_document, new_document, NULL);
      g_autoptr (GBytes) docx = rd_test_office_write (comparison, RD_OFFICE_DOCX);
      g_autofree char *document = rd_test_zip_part_text (docx, "word/document.xml");
      g_autoptr (GPtrArray) from = range_names (document, "w:moveFromRangeStart");
      g_autoptr (GPtrArray) to = range_names (document, "w:moveToRangeStart");

      g_assert_cmpuint (from->len, >=, 1);
      g_assert_cmpuint (from->len, ==, to->len);
      for (guint i = 0; i < from->len; i++)
        {
          guint found = 0;

          for (guint k = 0; k < to->len; k++)
            found += g_strcmp0 (g_ptr_array_index (from, i), g_ptr_array_index (to, k)) == 0;
          g_assert_cmpuint (found, ==, 1);
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

  rd_test_write_file (old_path, rd_test_office_old_text, strlen (rd_test_office_old_text));
  rd_test_write_file (new_path, rd_test_office_new_text, strlen (rd_test_office_new_text));

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
    g_assert_cmpstr (after, ==, rd_test_office_new_text);
  }
  rd_test_remove_dir (dir);
}

/* Reading rejected is only for Word and OpenDocument files; a plain Word
 * file without changes reads the same either way. */
static void
test_reject_without_changes (void)
{
  g_autoptr (RdDocument) document = rd_test_parse_text (rd_test_office_new_text);
  g_autoptr (RdComparison) comparison = rd_comparison_new (document, document, NULL);
  g_autoptr (GBytes) docx = rd_test_office_write (comparison, RD_OFFICE_DOCX);
  g_autofree char *xml = rd_test_zip_part_text (docx, "word/document.xml");

  g_assert_null (strstr (xml, "<w:ins"));
  g_assert_null (strstr (xml, "<w:del"));
  rd_test_office_round_trip (document, document, RD_OFFICE_DOCX, TRUE, "identical");
}

int
main (int argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  rd_test_add_pdf_func ("/word-export/round-trip/corpus", test_round_trip_corpus);
  g_test_add_func ("/word-export/tracked-changes/seed", test_tracked_changes);
  g_test_add_func ("/word-export/move-names", test_move_names);
  g_test_add_func ("/word-export/command-line", test_command_line);
  g_test_add_func ("/word-export/identical", test_reject_without_changes);
  return g_test_run ();
}
