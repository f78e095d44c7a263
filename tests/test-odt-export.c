/* test-odt-export.c: the marked-up copy as an OpenDocument text, and
 * OpenDocument tracked changes read rejected
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
  g_assert_cmpuint (rd_test_office_round_trip_corpus (RD_OFFICE_ODT), >=, 10);
}

/* What the document says: a package as OpenDocument wants it, the
 * changes by "Resdiff" at the date, deleted text kept in its region,
 * comments naming who joined and left and the verb, the word processor's
 * numbering; the renumbered paragraphs carry no change. */
static void
test_tracked_changes (void)
{
  g_autoptr (RdDocument) old_document = rd_test_parse_text (rd_test_office_old_text);
  g_autoptr (RdDocument) new_document = rd_test_parse_text (rd_test_office_new_text);
  g_autoptr (RdComparison) comparison = rd_comparison_new (old_document, new_document, NULL);
  g_autoptr (GBytes) odt = rd_test_office_write (comparison, RD_OFFICE_ODT);
  g_autofree char *content = rd_test_zip_part_text (odt, "content.xml");
  g_autofree char *styles = rd_test_zip_part_text (odt, "styles.xml");
  g_autofree char *manifest = rd_test_zip_part_text (odt, "META-INF/manifest.xml");
  const char *data = g_bytes_get_data (odt, NULL);
  const char *regions_end = strstr (content, "</text:tracked-changes>");
  const char *decides;
  g_autofree char *decides_paragraph = NULL;

  /* "mimetype" first, stored, its text at byte 38 where readers look. */
  g_assert_cmpuint (g_bytes_get_size (odt), >, 100);
  g_assert_cmpmem (data + 30, 8, "mimetype", 8);
  g_assert_cmpmem (data + 38, 39, "application/vnd.oasis.opendocument.text", 39);
  g_assert_nonnull (strstr (manifest, "manifest:full-path=\"content.xml\""));

  g_assert_nonnull (strstr (content, "<text:tracked-changes text:track-changes=\"true\">"));
  g_assert_nonnull (regions_end);
  g_assert_cmpuint (rd_test_count (content, "<text:insertion>"), >=, 3);
  g_assert_cmpuint (rd_test_count (content, "<text:deletion>"), >=, 3);
  g_assert_cmpuint (rd_test_count (content, "<text:changed-region "), ==, rd_test_count (content, "<dc:creator>Resdiff</dc:creator><dc:date>2026-03-04T10:30:00Z</dc:date></office:change-info>"));
  /* Every change's mark in the body names a region. */
  g_assert_cmpuint (rd_test_count (content, "<text:changed-region "), ==, rd_test_count (content, "<text:change-start ") + rd_test_count (content, "<text:change "));
  g_assert_cmpuint (rd_test_count (content, "<text:change-start "), ==, rd_test_count (content, "<text:change-end "));
  /* The deleted words are kept in the regions, not in the body. */
  g_assert_nonnull (strstr (content, "<text:span text:style-name=\"Verb\">Encourages</text:span>"));
  g_assert_true (strstr (content, "Encourages") < regions_end);
  g_assert_null (strstr (regions_end, "Encourages States"));
  g_assert_nonnull (strstr (regions_end, "<text:span text:style-name=\"Verb\">Urges</text:span>"));
  g_assert_true (strstr (content, ">Belgium") < regions_end);
  g_assert_true (strstr (content, "Denmark") > regions_end);
  /* The date, one unit of the diff: the old one deleted, the new one
   * inserted, whole. */
  g_assert_true (strstr (content, "<text:p text:style-name=\"Masthead\">1 October 2030</text:p>") < regions_end);
  g_assert_nonnull (strstr (regions_end, "/>8 October 2030<text:change-end text:change-id=\"ct"));

  g_assert_nonnull (strstr (content, "<office:annotation office:name=\"comment1\"><dc:creator>Resdiff</dc:creator>"));
  g_assert_nonnull (strstr (content, "Joined as sponsors: Denmark."));
  g_assert_nonnull (strstr (content, "No longer sponsors: Belgium."));
  g_assert_nonnull (strstr (content, "Verb changed: Encourages → Urges"));
  g_assert_cmpuint (rd_test_count (content, "<office:annotation-end "), ==, rd_test_count (content, "<office:annotation "));

  /* Numbered by the word processor, from 1. */
  g_assert_nonnull (strstr (styles, "<text:list-level-style-number text:level=\"1\" style:num-suffix=\".\" style:num-format=\"1\" text:start-value=\"1\">"));
  g_assert_cmpuint (rd_test_count (regions_end, "<text:list text:style-name=\"Operative_List\""), ==, 3);
  g_assert_null (strstr (regions_end, ">3. "));

  /* "Decides", renumbered 4 → 3, is one paragraph without any change. */
  decides = strstr (regions_end, "Decides");
  g_assert_nonnull (decides);
  decides_paragraph = g_strndup (decides, strstr (decides, "</text:p>") - decides);
  g_assert_null (strstr (decides_paragraph, "<text:change"));
  g_assert_null (g_strstr_len (g_strrstr_len (content, decides - content, "<text:p"), decides - content, "<text:change"));

  rd_test_office_round_trip (old_document, new_document, RD_OFFICE_ODT, TRUE, "seed");

  /* The masthead and the sponsors read back too, either way. */
  rd_test_office_assert_header_read_back (odt, RD_OFFICE_ODT, old_document, new_document);
}

/* A split, a merge and a deleted sub-paragraph: paragraph breaks
 * inserted and deleted, numbers and all. */
static void
test_breaks (void)
{
  static const char old_body[] =
      "General Assembly\n\nDistr.: Limited\n\n1 October 2030\n\nOriginal: English\n\n"
      "Ninety-ninth session\n\nThird Committee\n\nAgenda item 42\n\nTesting and quality\n\n"
      "Austria and Chile: draft resolution\n\nCooperation on testing\n\nThe General Assembly,\n\n"
      "Recalling its earlier resolutions on the testing of software in the service of the international community,\n\n"
      "1. Encourages States to test their software before it is used by the public. It also invites them to publish the results of such tests and to share them with the other Member States on a voluntary basis;\n\n"
      "2. Requests the Secretary-General to report on the implementation of the present resolution;\n\n"
      "3. Invites the Secretary-General to include in that report information on the following:\n\n"
      "(a) The tests carried out by States in the year under review;\n\n"
      "(b) The results published by States in the year under review;\n\n"
      "(c) The cooperation between States in the year under review;\n\n"
      "4. Decides to include in the provisional agenda of its one hundredth session the item entitled \"Testing and quality\";\n\n"
      "5. Also decides to remain seized of the matter.\n\n";
  static const char new_body[] =
      "General Assembly\n\nDistr.: Limited\n\n1 October 2030\n\nOriginal: English\n\n"
      "Ninety-ninth session\n\nThird Committee\n\nAgenda item 42\n\nTesting and quality\n\n"
      "Austria and Chile: draft resolution\n\nCooperation on testing\n\nThe General Assembly,\n\n"
      "Recalling its earlier resolutions on the testing of software in the service of the international community,\n\n"
      "1. Encourages States to test their software before it is used by the public;\n\n"
      "2. Invites States to publish the results of such tests and to share them with the other Member States on a voluntary basis;\n\n"
      "3. Requests the Secretary-General to report on the implementation of the present resolution;\n\n"
      "4. Invites the Secretary-General to include in that report information on the following:\n\n"
      "(a) The tests carried out by States in the year under review;\n\n"
      "(b) The cooperation between States in the year under review;\n\n"
      "5. Decides to include in the provisional agenda of its one hundredth session the item entitled \"Testing and quality\" and to remain seized of the matter.\n\n";
  g_autoptr (RdDocument) old_document = rd_test_parse_text (old_body);
  g_autoptr (RdDocument) new_document = rd_test_parse_text (new_body);

  rd_test_office_round_trip (old_document, new_document, RD_OFFICE_ODT, TRUE, "breaks");
  rd_test_office_round_trip (new_document, old_document, RD_OFFICE_ODT, TRUE, "breaks, the other way");
}

/* A document's own tracked changes, written as LibreOffice writes them
 * (data/formats/tracked-changes.fodt): an insertion inside a paragraph, a
 * deletion inside one, a deleted paragraph break, a paragraph inserted
 * into a list and one deleted from it; read accepted and rejected. */
static void
test_reject_libreoffice_style (void)
{
  static const char *const accepted_want[] = { "First new words.", "Second old words paragraph.", "1.", "Item one", "2.", "Item new", "3.", "Item two", "4.", "Item three" };
  static const char *const rejected_want[] = { "First words.", "Second very old words end.", "Third paragraph.", "1.", "Item one", "2.", "Item two", "3.", "Item gone", "4.", "Item three" };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "formats", "tracked-changes.fodt", NULL);
  g_autofree char *fodt = NULL;
  gsize length = 0;
  g_autoptr (GBytes) bytes = NULL;

  g_assert_true (g_file_get_contents (path, &fodt, &length, NULL));
  bytes = g_bytes_new (fodt, length);
  for (int way = 0; way < 2; way++)
    {
      g_autoptr (RdBlockList) blocks = rd_test_import_with_changes (bytes, "changes.fodt", way == 0 ? RD_TRACKED_CHANGES_ACCEPT : RD_TRACKED_CHANGES_REJECT);
      const char *const *want = way == 0 ? accepted_want : rejected_want;
      guint n_want = way == 0 ? G_N_ELEMENTS (accepted_want) : G_N_ELEMENTS (rejected_want);
      g_autoptr (GPtrArray) got = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < blocks->blocks->len; i++)
        {
          const RdBlock *block = g_ptr_array_index (blocks->blocks, i);

          if (block->number != NULL)
            g_ptr_array_add (got, g_strdup (block->number));
          g_ptr_array_add (got, g_strdup (block->text));
        }
      for (guint i = 0; i < MIN (n_want, got->len); i++)
        g_assert_cmpstr (g_ptr_array_index (got, i), ==, want[i]);
      g_assert_cmpuint (got->len, ==, n_want);
    }
}

/* resolution.odt, saved by LibreOffice with a tracked insertion and a
 * tracked deletion in operative paragraph 3: rejected, the deletion is
 * back and the insertion gone; the rest as accepted. */
static void
test_reject_libreoffice_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "formats", "resolution.odt", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (RdDocument) accepted = NULL;
  g_autoptr (RdDocument) rejected = NULL;
  GPtrArray *a;
  GPtrArray *b;
  guint differing = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new (contents, length);
  accepted = rd_test_office_read_back (bytes, RD_OFFICE_ODT, RD_TRACKED_CHANGES_ACCEPT);
  rejected = rd_test_office_read_back (bytes, RD_OFFICE_ODT, RD_TRACKED_CHANGES_REJECT);
  a = rd_document_get_paragraphs (accepted);
  b = rd_document_get_paragraphs (rejected);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const RdParagraph *p = g_ptr_array_index (a, i);
      const RdParagraph *q = g_ptr_array_index (b, i);

      g_assert_cmpstr (p->number, ==, q->number);
      if (g_strcmp0 (p->text, q->text) == 0)
        continue;
      differing++;
      g_assert_cmpstr (p->text, ==, "Requests the Secretary-General to report to the General Assembly at its hundredth session on the implementation of the present resolution;");
      g_assert_cmpstr (q->text, ==, "Requests the Secretary-General to report as soon as possible to the General Assembly on the implementation of the present resolution;");
    }
  g_assert_cmpuint (differing, ==, 1);
}

/* Marks that would cost time for each: insertions whose end comes before
 * their start, ahead of a long document, and thousands of deletions of
 * two paragraphs each in one paragraph.  Read in time (the test's
 * timeout), each deletion put back once. */
static void
test_reject_hostile (void)
{
  enum
  {
    N_BACKWARD = 5000,
    N_TAIL = 5000,
    N_DELETIONS = 3000,
  };
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                               " office:mimetype=\"application/vnd.oasis.opendocument.text\"><office:body><office:text><text:tracked-changes>");
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (RdBlockList) blocks = NULL;
  const RdBlock *first;
  const RdBlock *last;

  for (guint i = 0; i < N_BACKWARD; i++)
    g_string_append_printf (xml, "<text:changed-region text:id=\"i%u\"><text:insertion/></text:changed-region>", i);
  for (guint i = 0; i < N_DELETIONS; i++)
    g_string_append_printf (xml, "<text:changed-region text:id=\"d%u\"><text:deletion><text:p>x</text:p><text:p>y</text:p></text:deletion></text:changed-region>", i);
  g_string_append (xml, "</text:tracked-changes><text:p>Ends");
  for (guint i = 0; i < N_BACKWARD; i++)
    g_string_append_printf (xml, "<text:change-end text:change-id=\"i%u\"/>", i);
  g_string_append (xml, "</text:p><text:p>Starts");
  for (guint i = 0; i < N_BACKWARD; i++)
    g_string_append_printf (xml, "<text:change-start text:change-id=\"i%u\"/>", i);
  g_string_append (xml, "</text:p>");
  for (guint i = 0; i < N_TAIL; i++)
    g_string_append_printf (xml, "<text:p>Tail %u</text:p>", i);
  g_string_append (xml, "<text:p>w");
  for (guint i = 0; i < N_DELETIONS; i++)
    g_string_append_printf (xml, "<text:change text:change-id=\"d%u\"/>w", i);
  g_string_append (xml, "</text:p></office:text></office:body></office:document>");
  bytes = g_string_free_to_bytes (xml);

  blocks = rd_test_import_with_changes (bytes, "hostile.fodt", RD_TRACKED_CHANGES_REJECT);
  g_assert_cmpuint (blocks->blocks->len, ==, 2 + N_TAIL + N_DELETIONS + 1);
  first = g_ptr_array_index (blocks->blocks, 2 + N_TAIL);
  last = g_ptr_array_index (blocks->blocks, blocks->blocks->len - 1);
  g_assert_cmpstr (((RdBlock *) g_ptr_array_index (blocks->blocks, 1))->text, ==, "Starts");
  g_assert_cmpstr (first->text, ==, "wx");
  g_assert_cmpstr (((RdBlock *) g_ptr_array_index (blocks->blocks, 3 + N_TAIL))->text, ==, "ywx");
  g_assert_cmpstr (last->text, ==, "yw");
}

/* The command line: -o FILE.odt, --format=odt; never over an input, nor
 * into a folder that cannot be written. */
static void
test_command_line (void)
{
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *old_path = g_build_filename (dir, "old.txt", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.txt", NULL);
  g_autofree char *out_path = g_build_filename (dir, "marked-up.odt", NULL);
  g_autofree char *other_path = g_build_filename (dir, "other", NULL);
  g_autofree char *unwritable = g_build_filename (old_path, "marked-up.odt", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  rd_test_write_file (old_path, rd_test_office_old_text, strlen (rd_test_office_old_text));
  rd_test_write_file (new_path, rd_test_office_new_text, strlen (rd_test_office_new_text));

  {
    g_auto (RdRun) run = { 0 };
    g_autoptr (GBytes) bytes = NULL;
    g_autoptr (RdDocument) accepted = NULL;
    g_autoptr (RdDocument) parsed = rd_test_parse_text (rd_test_office_new_text);

    rd_run_resdiff (&run, old_path, new_path, "-o", out_path, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_file_get_contents (out_path, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 77);
    g_assert_cmpmem (contents + 38, 39, "application/vnd.oasis.opendocument.text", 39);
    bytes = g_bytes_new (contents, length);
    accepted = rd_test_office_read_back (bytes, RD_OFFICE_ODT, RD_TRACKED_CHANGES_ACCEPT);
    rd_test_assert_same_paragraphs (parsed, accepted, TRUE, "-o marked-up.odt");
  }
  {
    g_auto (RdRun) run = { 0 };
    g_autofree char *other = NULL;

    rd_run_resdiff (&run, "--format=odt", old_path, new_path, "-o", other_path, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_file_get_contents (other_path, &other, &length, NULL));
    g_assert_cmpmem (other + 38, 39, "application/vnd.oasis.opendocument.text", 39);
  }
  {
    /* Never over an input: refused, the input intact. */
    g_auto (RdRun) run = { 0 };
    g_autofree char *after = NULL;

    rd_run_resdiff (&run, "--format=odt", old_path, new_path, "-o", old_path, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "old.txt"));
    g_assert_true (g_file_get_contents (old_path, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, rd_test_office_old_text);
  }
  {
    /* A folder that is a file: trouble, with the file's name. */
    g_auto (RdRun) run = { 0 };

    rd_run_resdiff (&run, old_path, new_path, "-o", unwritable, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "marked-up.odt"));
    g_assert_false (g_file_test (unwritable, G_FILE_TEST_EXISTS));
  }
  rd_test_remove_dir (dir);
}

/* No change: no region, and the same text either way. */
static void
test_identical (void)
{
  g_autoptr (RdDocument) document = rd_test_parse_text (rd_test_office_new_text);
  g_autoptr (RdComparison) comparison = rd_comparison_new (document, document, NULL);
  g_autoptr (GBytes) odt = rd_test_office_write (comparison, RD_OFFICE_ODT);
  g_autofree char *content = rd_test_zip_part_text (odt, "content.xml");

  g_assert_null (strstr (content, "<text:changed-region"));
  g_assert_null (strstr (content, "<office:annotation"));
  rd_test_office_round_trip (document, document, RD_OFFICE_ODT, TRUE, "identical");
}

int
main (int argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  rd_test_add_pdf_func ("/odt-export/round-trip/corpus", test_round_trip_corpus);
  g_test_add_func ("/odt-export/tracked-changes/seed", test_tracked_changes);
  g_test_add_func ("/odt-export/tracked-changes/breaks", test_breaks);
  g_test_add_func ("/odt-export/command-line", test_command_line);
  g_test_add_func ("/odt-export/identical", test_identical);
  g_test_add_func ("/import-odt/reject/libreoffice-style", test_reject_libreoffice_style);
  g_test_add_func ("/import-odt/reject/libreoffice-file", test_reject_libreoffice_file);
  g_test_add_func ("/import-odt/reject/hostile", test_reject_hostile);
  return g_test_run ();
}
