/* test-import-text.c: encodings, line ends and light markup of plain text
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rd-import.h"

static RdBlockList *
import_bytes (const char *data,
              gsize length,
              GError **error)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, length);
  return rd_import_bytes (bytes, "sample.txt", error);
}

static RdBlock *
block_at (RdBlockList *list,
          guint index)
{
  g_assert_cmpuint (index, <, list->blocks->len);
  return g_ptr_array_index (list->blocks, index);
}

static void
assert_span_text (const RdBlock *block,
                  const RdSpan *span,
                  const char *expected)
{
  g_autofree char *text = g_strndup (block->text + span->start, span->end - span->start);
  g_assert_cmpstr (text, ==, expected);
}

/* Encodings */

static void
test_utf8_with_bom (void)
{
  const char data[] = "\xEF\xBB\xBFGeneral Assembly\n\nC\xC3\xB4te d\xE2\x80\x99Ivoire\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = import_bytes (data, sizeof data - 1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (list->blocks->len, ==, 2);
  g_assert_cmpstr (block_at (list, 0)->text, ==, "General Assembly");
  g_assert_cmpstr (block_at (list, 1)->text, ==, "Côte d’Ivoire");
  g_assert_cmpuint (list->warnings->len, ==, 0);
  g_assert_cmpstr (list->format, ==, "text");
}

static void
test_utf16 (void)
{
  const char *text = "Türkiye\r\n\r\nViet Nam\r\n";
  const char *encodings[] = { "UTF-16LE", "UTF-16BE" };
  const char *boms[] = { "\xFF\xFE", "\xFE\xFF" };

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      gsize length = 0;
      g_autofree char *converted = g_convert (text, -1, encodings[i], "UTF-8", NULL, &length, NULL);
      g_autoptr (GByteArray) data = g_byte_array_new ();
      g_autoptr (GError) error = NULL;
      g_autoptr (RdBlockList) list = NULL;

      g_byte_array_append (data, (const guint8 *) boms[i], 2);
      g_byte_array_append (data, (const guint8 *) converted, length);
      list = import_bytes ((const char *) data->data, data->len, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (list->blocks->len, ==, 2);
      g_assert_cmpstr (block_at (list, 0)->text, ==, "Türkiye");
      g_assert_cmpstr (block_at (list, 1)->text, ==, "Viet Nam");
    }
}

static void
test_windows_1252 (void)
{
  /* "Côte d’Ivoire" with 0xF4 for ô and 0x92 for the apostrophe. */
  const char data[] = "C\xF4te d\x92Ivoire\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = import_bytes (data, sizeof data - 1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (block_at (list, 0)->text, ==, "Côte d’Ivoire");
  g_assert_cmpuint (list->warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (list->warnings, 0), "Windows-1252"));
}

static void
test_invalid_utf8 (void)
{
  /* Valid multi-byte text, then a broken sequence on line 3. */
  const char data[] = "C\xC3\xB4te\n\nline two\nbroken \xC3\x28 here\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = import_bytes (data, sizeof data - 1, &error);

  g_assert_null (list);
  g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "sample.txt: invalid UTF-8 at line 4"));
  g_assert_null (strchr (error->message, '\n'));
}

static void
test_binary (void)
{
  const char data[] = "\x7F"
                      "ELF\x02\x01\x01\x00\x00\x00\x00";
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = import_bytes (data, sizeof data - 1, &error);

  g_assert_null (list);
  g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_BINARY);
  g_assert_true (g_str_has_prefix (error->message, "sample.txt: "));
}

/* A control character or DEL anywhere in a long line is found, and its
 * offset given; tab, form feed and carriage return are text. */
static void
test_binary_offsets (void)
{
  const guint8 bad[] = { 0x00, 0x01, 0x08, 0x0B, 0x0E, 0x1B, 0x1F, 0x7F };

  for (guint b = 0; b < G_N_ELEMENTS (bad); b++)
    for (guint at = 0; at < 40; at++)
      {
        char data[48];
        g_autoptr (GError) error = NULL;
        g_autoptr (RdBlockList) list = NULL;
        g_autofree char *expected = g_strdup_printf ("binary data at byte %u)", at);

        memset (data, 'a', sizeof data);
        memcpy (data + 20, "\t\r\n\f \xC3\xA9", 7);
        data[at] = (char) bad[b];
        list = import_bytes (data, sizeof data, &error);
        g_assert_null (list);
        g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_BINARY);
        g_assert_true (g_str_has_suffix (error->message, expected));
      }

  {
    char data[64];
    g_autoptr (GError) error = NULL;
    g_autoptr (RdBlockList) list = NULL;

    memset (data, 'a', sizeof data);
    memcpy (data + 3, "\t\r\n\f \xC3\xA9 ", 8);
    memcpy (data + 30, "\t\r\n\f \xC3\xA9 ", 8);
    list = import_bytes (data, sizeof data, &error);
    g_assert_no_error (error);
    g_assert_nonnull (list);
  }
}

static void
test_empty (void)
{
  const char *cases[] = { "", "\n\n  \n\t\n" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (RdBlockList) list = import_bytes (cases[i], strlen (cases[i]), &error);

      g_assert_null (list);
      g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_EMPTY);
    }
}

/* Line ends and chunks */

static void
test_line_ends (void)
{
  const char *cases[] = {
    "One\r\n\r\nTwo\r\nstill two\r\n",
    "One\r\rTwo\rstill two\r",
    "One\n\nTwo\nstill two\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (RdBlockList) list = import_bytes (cases[i], strlen (cases[i]), &error);

      g_assert_no_error (error);
      g_assert_cmpuint (list->blocks->len, ==, 3);
      g_assert_cmpstr (block_at (list, 0)->text, ==, "One");
    }
}

static void
test_lines_copied_from_pdf (void)
{
  /* One line per visual line, no blank lines between paragraphs: split at
   * indented lines and paragraph numbers, joined within a paragraph. */
  const char *text =
      "     Reaffirming the commitment made by world leaders at the Millennium Summit to\n"
      "devise and enforce effective measures to combat and eliminate all forms of\n"
      "trafficking in persons,\n"
      "     Recalling the United Nations Convention against Transnational Organized\n"
      "Crime, which provided the definition of the crime,\n"
      "     1. Urges Member States that have not yet done so to consider ratifying the\n"
      "Convention;\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = import_bytes (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (list->blocks->len, ==, 3);
  g_assert_cmpstr (block_at (list, 0)->text, ==,
                   "Reaffirming the commitment made by world leaders at the Millennium Summit to devise and enforce effective measures to combat and eliminate all forms of trafficking in persons,");
  g_assert_true (g_str_has_prefix (block_at (list, 2)->text, "1. Urges"));
  g_assert_cmpfloat (block_at (list, 1)->indent, >, 0);
}

/* The enacting formula right after a long title, no blank line between
 * (text copied from a PDF): a block of its own, and so is the paragraph
 * after it.  It was joined to the title, the last line of which is too
 * long to end a paragraph, and the document lost its formula. */
static void
test_formula_after_long_title (void)
{
  const char *text =
      "Combating glorification of Nazism, neo-Nazism and other\n"
      "practices that contribute to fuelling contemporary forms of\n"
      "racism, racial discrimination, xenophobia and related intolerance\n"
      "The General Assembly,\n"
      "Guided by the Charter of the United Nations, the Universal Declaration of\n"
      "Human Rights, the International Covenant on Civil and Political Rights, the\n"
      "International Convention on the Elimination of All Forms of Racial Discrimination\n"
      "and other relevant human rights instruments,\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = import_bytes (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (list->blocks->len, ==, 3);
  g_assert_cmpstr (block_at (list, 0)->text, ==,
                   "Combating glorification of Nazism, neo-Nazism and other practices that contribute to fuelling contemporary forms of racism, racial discrimination, xenophobia and related intolerance");
  g_assert_cmpstr (block_at (list, 1)->text, ==, "The General Assembly,");
  g_assert_true (g_str_has_prefix (block_at (list, 2)->text, "Guided by the Charter"));
  g_assert_true (g_str_has_suffix (block_at (list, 2)->text, "human rights instruments,"));
}

/* Markup */

static void
test_markup (void)
{
  const char *text =
      "1. *Also decides* to recall its resolution [64/293](#) and the *Global Report*,¹ and \\*not\\* this;\n\n"
      "¹ United Nations, *Treaty Series*, vol. 2225.\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = import_bytes (text, strlen (text), &error);
  RdBlock *body, *note;
  const RdSpan *span;

  g_assert_no_error (error);
  g_assert_cmpuint (list->blocks->len, ==, 2);
  body = block_at (list, 0);
  note = block_at (list, 1);
  g_assert_cmpstr (body->text, ==, "1. Also decides to recall its resolution 64/293 and the Global Report,1 and *not* this;");
  g_assert_cmpint (body->role, ==, RD_BLOCK_BODY);
  g_assert_cmpuint (body->spans->len, ==, 4);
  span = &g_array_index (body->spans, RdSpan, 0);
  g_assert_cmpint (span->kind, ==, RD_SPAN_ITALIC);
  assert_span_text (body, span, "Also decides");
  span = &g_array_index (body->spans, RdSpan, 1);
  g_assert_cmpint (span->kind, ==, RD_SPAN_LINK);
  assert_span_text (body, span, "64/293");
  span = &g_array_index (body->spans, RdSpan, 3);
  g_assert_cmpint (span->kind, ==, RD_SPAN_FOOTNOTE);
  assert_span_text (body, span, "1");

  g_assert_cmpint (note->role, ==, RD_BLOCK_FOOTNOTE);
  g_assert_cmpstr (note->marker, ==, "1");
  g_assert_cmpstr (note->text, ==, "United Nations, Treaty Series, vol. 2225.");
}

static void
test_stray_asterisks (void)
{
  /* An asterisk that opens nothing stays as written. */
  const char *text = "Nigeria:* draft resolution\n\nArmenia*: draft resolution\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = import_bytes (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (block_at (list, 0)->text, ==, "Nigeria:* draft resolution");
  g_assert_cmpstr (block_at (list, 1)->text, ==, "Armenia*: draft resolution");
}

/* Files */

static void
test_file_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("resdiff-test-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  g_autofree char *unreadable = g_build_filename (dir, "unreadable.txt", NULL);
  g_autoptr (GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr (GFile) dir_file = g_file_new_for_path (dir);
  g_autoptr (GFile) unreadable_file = g_file_new_for_path (unreadable);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = NULL;

  list = rd_import_file (missing_file, NULL, &error);
  g_assert_null (list);
  g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing.txt: no such file"));
  g_clear_error (&error);

  list = rd_import_file (dir_file, NULL, &error);
  g_assert_null (list);
  g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (unreadable, "text", -1, NULL));
  g_assert_cmpint (g_chmod (unreadable, 0), ==, 0);
  list = rd_import_file (unreadable_file, NULL, &error);
  if (list == NULL)
    {
      g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_READABLE);
      g_assert_nonnull (strstr (error->message, "unreadable.txt: permission denied"));
    }
  else
    g_test_message ("running as root: an unreadable file can be read");
  g_clear_error (&error);

  g_remove (unreadable);
  g_rmdir (dir);
}

static void
test_too_large (void)
{
  gsize size = RD_LIMIT_FILE_SIZE + 1;
  g_autofree char *data = g_malloc (size);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) list = NULL;

  memset (data, 'a', size);
  list = import_bytes (data, size, &error);
  g_assert_null (list);
  g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE);
}

static void
test_detect_formats (void)
{
  g_assert_cmpint (rd_format_detect ((const guint8 *) "%PDF-1.7\n", 9), ==, RD_FORMAT_PDF);
  g_assert_cmpint (rd_format_detect ((const guint8 *) "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), ==, RD_FORMAT_DOC);
  g_assert_cmpint (rd_format_detect ((const guint8 *) "<!DOCTYPE html><html>", 21), ==, RD_FORMAT_HTML);
  g_assert_cmpint (rd_format_detect ((const guint8 *) "<?xml version=\"1.0\"?><akomaNtoso>", 33), ==, RD_FORMAT_AKN);
  g_assert_cmpint (rd_format_detect ((const guint8 *) "The General Assembly,", 21), ==, RD_FORMAT_TEXT);
  /* A name never decides: text in a file called .pdf is text. */
  g_assert_cmpint (rd_format_detect ((const guint8 *) "Just text", 9), ==, RD_FORMAT_TEXT);
}

/* A file named on the command line: a relative path is the file under
 * the current folder, an absolute one itself, a URI as GIO reads it; each
 * is read like any other file. */
static void
test_file_for_argument (void)
{
  g_autofree char *dir = g_dir_make_tmp ("resdiff-argument-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "version.txt", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr (GFile) relative = NULL;
  g_autoptr (GFile) absolute = NULL;
  g_autoptr (GFile) from_uri = NULL;
  g_autoptr (GFile) missing = NULL;
  g_autofree char *relative_path = NULL;
  g_autofree char *absolute_path = NULL;
  g_autoptr (RdBlockList) list = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "The General Assembly,\n\nDecides to remain seized of the matter.\n", -1, NULL));
  g_assert_cmpint (g_chdir (dir), ==, 0);
  relative = rd_file_new_for_argument ("version.txt");
  absolute = rd_file_new_for_argument (path);
  from_uri = rd_file_new_for_argument (uri);
  relative_path = g_file_get_path (relative);
  absolute_path = g_file_get_path (absolute);
  g_assert_cmpstr (relative_path, ==, path);
  g_assert_cmpstr (absolute_path, ==, path);
  g_assert_true (g_file_equal (relative, from_uri));

  list = rd_import_file (relative, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->blocks->len, ==, 2);
  g_clear_pointer (&list, rd_block_list_free);
  list = rd_import_file (from_uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->blocks->len, ==, 2);

  /* Unhappy: a name that is no file, a folder */
  missing = rd_file_new_for_argument ("no-such-version.txt");
  g_clear_pointer (&list, rd_block_list_free);
  list = rd_import_file (missing, NULL, &error);
  g_assert_null (list);
  g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-version.txt"));
  g_clear_error (&error);
  g_clear_object (&missing);
  missing = rd_file_new_for_argument (".");
  list = rd_import_file (missing, NULL, &error);
  g_assert_null (list);
  g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_IS_DIRECTORY);

  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-text/encoding/utf8-bom", test_utf8_with_bom);
  g_test_add_func ("/import-text/encoding/utf16", test_utf16);
  g_test_add_func ("/import-text/encoding/windows-1252", test_windows_1252);
  g_test_add_func ("/import-text/encoding/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/import-text/bad/binary", test_binary);
  g_test_add_func ("/import-text/bad/binary-offsets", test_binary_offsets);
  g_test_add_func ("/import-text/bad/empty", test_empty);
  g_test_add_func ("/import-text/bad/files", test_file_errors);
  g_test_add_func ("/import-text/file-for-argument", test_file_for_argument);
  g_test_add_func ("/import-text/bad/too-large", test_too_large);
  g_test_add_func ("/import-text/lines/ends", test_line_ends);
  g_test_add_func ("/import-text/lines/copied-from-pdf", test_lines_copied_from_pdf);
  g_test_add_func ("/import-text/lines/formula-after-long-title", test_formula_after_long_title);
  g_test_add_func ("/import-text/markup/spans", test_markup);
  g_test_add_func ("/import-text/markup/stray-asterisks", test_stray_asterisks);
  g_test_add_func ("/import-text/detect", test_detect_formats);

  return g_test_run ();
}
