/* test-odt-export.c: the marked-up copy as an OpenDocument text, and
 * OpenDocument tracked changes read rejected
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

static GBytes *
write_odt (RdComparison *comparison)
{
  g_autoptr (GDateTime) date = g_date_time_new_utc (2026, 3, 4, 10, 30, 0);
  RdOfficeOptions options = { RD_OFFICE_ODT, date };
  g_autoptr (GError) error = NULL;
  GBytes *bytes = rd_export_office (comparison, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static RdBlockList *
import_with (GBytes *bytes,
             const char *name,
             RdTrackedChanges changes)
{
  RdImportOptions options = { changes };
  g_autoptr (GError) error = NULL;
  RdBlockList *blocks = rd_import_bytes_with_options (bytes, name, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (blocks);
  return blocks;
}

/* The written document read back, its changes accepted or rejected. */
static RdDocument *
read_back (GBytes *odt,
           RdTrackedChanges changes)
{
  g_autoptr (RdBlockList) blocks = import_with (odt, "marked-up.odt", changes);
  RdDocument *document = rd_parser_parse (blocks, "marked-up.odt");

  rd_comparison_prepare_document (document, NULL);
  return document;
}

static char *
part_text (GBytes *odt,
           const char *name)
{
  g_auto (RdZipPackage) package = { 0 };
  g_autoptr (GError) error = NULL;
  GBytes *part;

  g_assert_true (rd_zip_package_read (&package, odt, &error));
  g_assert_no_error (error);
  part = rd_zip_package_get (&package, name);
  g_assert_nonnull (part);
  return g_strndup (g_bytes_get_data (part, NULL), g_bytes_get_size (part));
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* The text without its white space, which is never a change to the
 * engine (test-word-export.c says why). */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

/* @got has @want's body paragraphs, paragraph by paragraph: text, and
 * with @numbers the numbers. */
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
  g_autoptr (GBytes) odt = write_odt (comparison);
  g_autoptr (RdDocument) accepted = read_back (odt, RD_TRACKED_CHANGES_ACCEPT);
  g_autoptr (RdDocument) rejected = read_back (odt, RD_TRACKED_CHANGES_REJECT);
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
  guint compared = 0;

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
      compared++;
    }
  g_assert_cmpuint (compared, >=, 10);
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

/* What the document says: a package as OpenDocument wants it, the
 * changes by "Resdiff" at the date, deleted text kept in its region,
 * comments naming who joined and left and the verb, the word processor's
 * numbering; the renumbered paragraphs carry no change. */
static void
test_tracked_changes (void)
{
  g_autoptr (RdDocument) old_document = rd_test_parse_text (old_text);
  g_autoptr (RdDocument) new_document = rd_test_parse_text (new_text);
  g_autoptr (RdComparison) comparison = rd_comparison_new (old_document, new_document, NULL);
  g_autoptr (GBytes) odt = write_odt (comparison);
  g_autofree char *content = part_text (odt, "content.xml");
  g_autofree char *styles = part_text (odt, "styles.xml");
  g_autofree char *manifest = part_text (odt, "META-INF/manifest.xml");
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
  g_assert_cmpuint (count (content, "<text:insertion>"), >=, 3);
  g_assert_cmpuint (count (content, "<text:deletion>"), >=, 3);
  g_assert_cmpuint (count (content, "<text:changed-region "), ==, count (content, "<dc:creator>Resdiff</dc:creator><dc:date>2026-03-04T10:30:00Z</dc:date></office:change-info>"));
  /* Every change's mark in the body names a region. */
  g_assert_cmpuint (count (content, "<text:changed-region "), ==, count (content, "<text:change-start ") + count (content, "<text:change "));
  g_assert_cmpuint (count (content, "<text:change-start "), ==, count (content, "<text:change-end "));
  /* The deleted words are kept in the regions, not in the body. */
  g_assert_nonnull (strstr (content, "<text:span text:style-name=\"Verb\">Encourages</text:span>"));
  g_assert_true (strstr (content, "Encourages") < regions_end);
  g_assert_null (strstr (regions_end, "Encourages States"));
  g_assert_nonnull (strstr (regions_end, "<text:span text:style-name=\"Verb\">Urges</text:span>"));
  g_assert_true (strstr (content, ">Belgium") < regions_end);
  g_assert_true (strstr (content, "Denmark") > regions_end);
  /* The date: the old one deleted, the new one inserted. */
  g_assert_true (strstr (content, "<text:p text:style-name=\"Masthead\">1</text:p>") < regions_end);
  g_assert_nonnull (strstr (regions_end, "/>8<text:change-end text:change-id=\"ct"));
  g_assert_nonnull (strstr (regions_end, "/> October 2030</text:p>"));

  g_assert_nonnull (strstr (content, "<office:annotation office:name=\"comment1\"><dc:creator>Resdiff</dc:creator>"));
  g_assert_nonnull (strstr (content, "Joined as sponsors: Denmark."));
  g_assert_nonnull (strstr (content, "No longer sponsors: Belgium."));
  g_assert_nonnull (strstr (content, "Verb changed: Encourages → Urges"));
  g_assert_cmpuint (count (content, "<office:annotation-end "), ==, count (content, "<office:annotation "));

  /* Numbered by the word processor, from 1. */
  g_assert_nonnull (strstr (styles, "<text:list-level-style-number text:level=\"1\" style:num-suffix=\".\" style:num-format=\"1\" text:start-value=\"1\">"));
  g_assert_cmpuint (count (regions_end, "<text:list text:style-name=\"Operative_List\""), ==, 3);
  g_assert_null (strstr (regions_end, ">3. "));

  /* "Decides", renumbered 4 → 3, is one paragraph without any change. */
  decides = strstr (regions_end, "Decides");
  g_assert_nonnull (decides);
  decides_paragraph = g_strndup (decides, strstr (decides, "</text:p>") - decides);
  g_assert_null (strstr (decides_paragraph, "<text:change"));
  g_assert_null (g_strstr_len (g_strrstr_len (content, decides - content, "<text:p"), decides - content, "<text:change"));

  round_trip (old_document, new_document, TRUE, "seed");

  /* The masthead and the sponsors read back too, either way. */
  {
    g_autoptr (RdDocument) accepted = read_back (odt, RD_TRACKED_CHANGES_ACCEPT);
    g_autoptr (RdDocument) rejected = read_back (odt, RD_TRACKED_CHANGES_REJECT);
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

  round_trip (old_document, new_document, TRUE, "breaks");
  round_trip (new_document, old_document, TRUE, "breaks, the other way");
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
      g_autoptr (RdBlockList) blocks = import_with (bytes, "changes.fodt", way == 0 ? RD_TRACKED_CHANGES_ACCEPT : RD_TRACKED_CHANGES_REJECT);
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
  accepted = read_back (bytes, RD_TRACKED_CHANGES_ACCEPT);
  rejected = read_back (bytes, RD_TRACKED_CHANGES_REJECT);
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

  blocks = import_with (bytes, "hostile.fodt", RD_TRACKED_CHANGES_REJECT);
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

  rd_test_write_file (old_path, old_text, strlen (old_text));
  rd_test_write_file (new_path, new_text, strlen (new_text));

  {
    g_auto (RdRun) run = { 0 };
    g_autoptr (GBytes) bytes = NULL;
    g_autoptr (RdDocument) accepted = NULL;
    g_autoptr (RdDocument) parsed = rd_test_parse_text (new_text);

    rd_run_resdiff (&run, old_path, new_path, "-o", out_path, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_file_get_contents (out_path, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 77);
    g_assert_cmpmem (contents + 38, 39, "application/vnd.oasis.opendocument.text", 39);
    bytes = g_bytes_new (contents, length);
    accepted = read_back (bytes, RD_TRACKED_CHANGES_ACCEPT);
    assert_same_paragraphs (parsed, accepted, TRUE, "-o marked-up.odt");
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
    g_assert_cmpstr (after, ==, old_text);
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
  g_autoptr (RdDocument) document = rd_test_parse_text (new_text);
  g_autoptr (RdComparison) comparison = rd_comparison_new (document, document, NULL);
  g_autoptr (GBytes) odt = write_odt (comparison);
  g_autofree char *content = part_text (odt, "content.xml");
  g_autoptr (RdDocument) accepted = read_back (odt, RD_TRACKED_CHANGES_ACCEPT);
  g_autoptr (RdDocument) rejected = read_back (odt, RD_TRACKED_CHANGES_REJECT);

  g_assert_null (strstr (content, "<text:changed-region"));
  g_assert_null (strstr (content, "<office:annotation"));
  assert_same_paragraphs (document, accepted, TRUE, "identical, accepted");
  assert_same_paragraphs (document, rejected, TRUE, "identical, rejected");
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
