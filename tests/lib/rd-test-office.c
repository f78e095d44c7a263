/* rd-test-office.c: what the tests of the Word and OpenDocument exports
 * share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-test-office.h"

#include <string.h>

#include "rd-parser.h"
#include "rd-test-util.h"
#include "rd-zip-package.h"

const char rd_test_office_old_text[] =
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

const char rd_test_office_new_text[] =
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

GBytes *
rd_test_office_write (RdComparison *comparison,
                      RdOfficeFormat format)
{
  g_autoptr (GDateTime) date = g_date_time_new_utc (2026, 3, 4, 10, 30, 0);
  RdOfficeOptions options = { format, date };
  g_autoptr (GError) error = NULL;
  GBytes *bytes = rd_export_office (comparison, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

RdBlockList *
rd_test_import_with_changes (GBytes *bytes,
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

RdDocument *
rd_test_office_read_back (GBytes *file,
                          RdOfficeFormat format,
                          RdTrackedChanges changes)
{
  const char *name = format == RD_OFFICE_ODT ? "marked-up.odt" : "marked-up.docx";
  g_autoptr (RdBlockList) blocks = rd_test_import_with_changes (file, name, changes);
  RdDocument *document = rd_parser_parse (blocks, name);

  rd_comparison_prepare_document (document, NULL);
  return document;
}

char *
rd_test_zip_part_text (GBytes *package,
                       const char *name)
{
  g_auto (RdZipPackage) zip = { 0 };
  g_autoptr (GError) error = NULL;
  GBytes *part;

  g_assert_true (rd_zip_package_read (&zip, package, &error));
  g_assert_no_error (error);
  part = rd_zip_package_get (&zip, name);
  g_assert_nonnull (part);
  return g_strndup (g_bytes_get_data (part, NULL), g_bytes_get_size (part));
}

/* White space is never a change to the engine, which also reads "health
 * care" and "healthcare" (a word broken across lines in a PDF) as the
 * same, and writes the common text once, as the new version has it. */
char *
rd_test_squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

void
rd_test_assert_same_paragraphs (RdDocument *want,
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
      g_autofree char *p_text = rd_test_squeeze (p->text);
      g_autofree char *q_text = rd_test_squeeze (q->text);

      if (g_strcmp0 (p_text, q_text) != 0)
        g_error ("%s: paragraph %u differs:\n  want %s\n  got  %s", what, i, p_text, q_text);
      /* The word processor numbers the paragraphs: compared where the
       * version's own numbers were read in sequence (the seed; a corpus
       * PDF may have a number the reader missed). */
      if (numbers && g_strcmp0 (p->number, q->number) != 0)
        g_error ("%s: paragraph %u numbered %s, want %s", what, i, q->number, p->number);
    }
  if (a->len != b->len)
    g_error ("%s: %u paragraphs, want %u", what, b->len, a->len);
}

void
rd_test_office_round_trip (RdDocument *old_document,
                           RdDocument *new_document,
                           RdOfficeFormat format,
                           gboolean numbers,
                           const char *name)
{
  g_autoptr (RdComparison) comparison = rd_comparison_new (old_document, new_document, NULL);
  g_autoptr (GBytes) file = rd_test_office_write (comparison, format);
  g_autoptr (RdDocument) accepted = rd_test_office_read_back (file, format, RD_TRACKED_CHANGES_ACCEPT);
  g_autoptr (RdDocument) rejected = rd_test_office_read_back (file, format, RD_TRACKED_CHANGES_REJECT);
  g_autofree char *accept_what = g_strdup_printf ("%s, accepted", name);
  g_autofree char *reject_what = g_strdup_printf ("%s, rejected", name);

  rd_test_assert_same_paragraphs (new_document, accepted, numbers, accept_what);
  rd_test_assert_same_paragraphs (old_document, rejected, numbers, reject_what);
}

void
rd_test_office_assert_header_read_back (GBytes *file,
                                        RdOfficeFormat format,
                                        RdDocument *old_document,
                                        RdDocument *new_document)
{
  g_autoptr (RdDocument) accepted = rd_test_office_read_back (file, format, RD_TRACKED_CHANGES_ACCEPT);
  g_autoptr (RdDocument) rejected = rd_test_office_read_back (file, format, RD_TRACKED_CHANGES_REJECT);
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

guint
rd_test_office_round_trip_corpus (RdOfficeFormat format)
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
      rd_test_office_round_trip (old_document, new_document, format, FALSE, name);
      compared++;
    }
  return compared;
}
