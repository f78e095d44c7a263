/* rd-import.c: format detection and dispatch to importers (GLib only;
 * reading a GFile is rd-import-file.c)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-import.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-import-private.h"
#include "rd-module.h"
#include "rd-parser.h"

/* clang-format off */
G_DEFINE_QUARK (rd-import-error-quark, rd_import_error)
/* clang-format on */

/* How far into the content detection looks for markup, in bytes. */
#define DETECT_WINDOW 4096

/* How far into a file its "%PDF-" header may stand, in bytes: PDF
 * readers accept up to 1024 bytes of junk before it. */
#define PDF_HEADER_WINDOW 1024

/* A file over RD_LIMIT_FILE_SIZE: its size and the limit, in MB. */
void
rd_import_set_too_large (GError **error,
                         const char *name,
                         guint64 size)
{
  g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE,
               _ ("%s: the file is too large (%.1f MB; Resdiff reads files up to %d MB)"),
               name, (double) size / RD_BYTES_PER_MB, RD_LIMIT_FILE_SIZE / RD_BYTES_PER_MB);
}

const char *
rd_format_to_string (RdFormat format)
{
  switch (format)
    {
    case RD_FORMAT_TEXT:
      return "text";
    case RD_FORMAT_PDF:
      return "pdf";
    case RD_FORMAT_DOCX:
      return "docx";
    case RD_FORMAT_ODT:
      return "odt";
    case RD_FORMAT_HTML:
      return "html";
    case RD_FORMAT_AKN:
      return "akn";
    case RD_FORMAT_DOC:
      return "doc";
    case RD_FORMAT_ZIP:
      return "zip";
    case RD_FORMAT_UNKNOWN:
    default:
      return "unknown";
    }
}

static gboolean
has_prefix (const guint8 *data,
            gsize length,
            const char *magic,
            gsize magic_length)
{
  return length >= magic_length && memcmp (data, magic, magic_length) == 0;
}

/* Case-insensitive search for @needle in the first bytes of @data. */
static gboolean
window_contains (const guint8 *data,
                 gsize length,
                 const char *needle)
{
  gsize n = strlen (needle);
  gsize limit = MIN (length, DETECT_WINDOW);

  for (gsize i = 0; i + n <= limit; i++)
    if (g_ascii_strncasecmp ((const char *) data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @data holds @needle (ASCII) as UTF-16LE, as names are stored in
 * the directory of a compound file. */
static gboolean
contains_utf16 (const guint8 *data,
                gsize length,
                const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + 2 * n <= length; i++)
    {
      gsize k = 0;

      while (k < n && data[i + 2 * k] == (guint8) needle[k] && data[i + 2 * k + 1] == 0)
        k++;
      if (k == n)
        return TRUE;
    }
  return FALSE;
}

RdFormat
rd_format_detect (const guint8 *data,
                  gsize length)
{
  gsize start = 0;

  if (data == NULL || length == 0)
    return RD_FORMAT_UNKNOWN;

  if (has_prefix (data, length, "%PDF-", 5))
    return RD_FORMAT_PDF;
  for (gsize i = 1; i + 5 <= MIN (length, PDF_HEADER_WINDOW); i++)
    if (memcmp (data + i, "%PDF-", 5) == 0)
      return RD_FORMAT_PDF;

  if (has_prefix (data, length, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
    return RD_FORMAT_DOC;

  if (has_prefix (data, length, "PK\x03\x04", 4))
    {
      /* An ODF package stores "mimetype" first and uncompressed. */
      if (length > 38 + 39 && memcmp (data + 30, "mimetype", 8) == 0 && memcmp (data + 38, "application/vnd.oasis.opendocument.text", 39) == 0)
        return RD_FORMAT_ODT;
      if (window_contains (data, length, "word/") || window_contains (data, length, "[Content_Types].xml"))
        return RD_FORMAT_DOCX;
      return RD_FORMAT_ZIP;
    }

  /* Markup: skip a UTF-8 byte order mark and leading white space. */
  if (has_prefix (data, length, "\xEF\xBB\xBF", 3))
    start = 3;
  while (start < length && g_ascii_isspace (data[start]))
    start++;
  if (start < length && data[start] == '<')
    {
      if (window_contains (data, length, "<akomaNtoso") || window_contains (data, length, ":akomaNtoso"))
        return RD_FORMAT_AKN;
      /* A flat OpenDocument file (.fodt), as LibreOffice saves it; the
       * importer tells a text from a spreadsheet or a drawing. */
      if (window_contains (data, length, "<office:document "))
        return RD_FORMAT_ODT;
      if (window_contains (data, length, "<html") || window_contains (data, length, "<!DOCTYPE html") || window_contains (data, length, "<body") || window_contains (data, length, "<p>"))
        return RD_FORMAT_HTML;
    }

  return RD_FORMAT_TEXT;
}

/* The importers that need libxml2 and libarchive, and poppler: the
 * "formats" and "pdf" modules (rd-module.h), loaded when such a file
 * comes along (linked in, in the tests). */

/* The "formats" module, or NULL with the cause of its absence as an
 * import error. */
static const RdFormatsModule *
formats_module (GError **error)
{
  g_autoptr (GError) module_error = NULL;
  const RdFormatsModule *formats = rd_formats_module (&module_error);

  if (formats == NULL)
    g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED, "%s", module_error->message);
  return formats;
}

RdBlockList *
rd_import_docx (GBytes *bytes,
                GError **error)
{
  const RdFormatsModule *formats = formats_module (error);

  return formats != NULL ? formats->import_docx (bytes, error) : NULL;
}

RdBlockList *
rd_import_odt (GBytes *bytes,
               GError **error)
{
  const RdFormatsModule *formats = formats_module (error);

  return formats != NULL ? formats->import_odt (bytes, error) : NULL;
}

RdBlockList *
rd_import_html (GBytes *bytes,
                GError **error)
{
  const RdFormatsModule *formats = formats_module (error);

  return formats != NULL ? formats->import_html (bytes, error) : NULL;
}

RdBlockList *
rd_import_akn (GBytes *bytes,
               GError **error)
{
  const RdFormatsModule *formats = formats_module (error);

  return formats != NULL ? formats->import_akn (bytes, error) : NULL;
}

static RdBlockList *
import_pdf (GBytes *bytes,
            GCancellable *cancellable,
            GError **error)
{
#ifdef HAVE_POPPLER
  g_autoptr (GError) module_error = NULL;
  const RdPdfModule *pdf = rd_pdf_module (&module_error);

  if (pdf == NULL)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
                   _ ("this is a PDF, and %s"), module_error->message);
      return NULL;
    }
  return pdf->import_pdf (bytes, cancellable, error);
#else
  g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
               _ ("this is a PDF, and this build of Resdiff cannot read PDF files"));
  return NULL;
#endif
}

RdBlockList *
rd_import_pdf (GBytes *bytes,
               GError **error)
{
  return import_pdf (bytes, NULL, error);
}

gboolean
rd_import_check_limits (const RdBlockList *list,
                        GError **error)
{
  switch (list->passed)
    {
    case RD_BLOCK_LIMIT_NONE:
      return TRUE;
    case RD_BLOCK_LIMIT_PARAGRAPHS:
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE,
                   _ ("more than %d paragraphs (the limit on paragraphs)"), RD_LIMIT_PARAGRAPHS);
      break;
    case RD_BLOCK_LIMIT_PARAGRAPH_LENGTH:
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE,
                   _ ("a paragraph longer than %d bytes (the limit on a paragraph's length)"), RD_LIMIT_PARAGRAPH_LENGTH);
      break;
    case RD_BLOCK_LIMIT_FOOTNOTES:
    default:
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE,
                   _ ("more than %d footnotes (the limit on footnotes)"), RD_LIMIT_FOOTNOTES);
      break;
    }
  return FALSE;
}

RdBlockList *
rd_import_finish (RdBlockList *list,
                  const char *empty_message,
                  GError **error)
{
  g_autoptr (RdBlockList) taken = list;

  if (!rd_import_check_limits (taken, error))
    return NULL;
  if (taken->blocks->len == 0)
    {
      g_set_error_literal (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_EMPTY, empty_message);
      return NULL;
    }
  return g_steal_pointer (&taken);
}

RdBlockList *
rd_import_bytes (GBytes *bytes,
                 const char *name,
                 GError **error)
{
  return rd_import_bytes_with_options (bytes, name, NULL, error);
}

RdBlockList *
rd_import_bytes_with_options (GBytes *bytes,
                              const char *name,
                              const RdImportOptions *options,
                              GError **error)
{
  gboolean reject = options != NULL && options->tracked_changes == RD_TRACKED_CHANGES_REJECT;
  gsize length = 0;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  RdBlockList *list = NULL;
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (length == 0)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_EMPTY, _ ("%s: the file is empty"), name);
      return NULL;
    }
  if (length > RD_LIMIT_FILE_SIZE)
    {
      rd_import_set_too_large (error, name, length);
      return NULL;
    }

  switch (rd_format_detect (data, length))
    {
    case RD_FORMAT_PDF:
      list = import_pdf (bytes, options != NULL ? options->cancellable : NULL, &local_error);
      break;
    case RD_FORMAT_DOCX:
    case RD_FORMAT_ZIP:
    case RD_FORMAT_ODT:
      if (reject)
        {
          const RdFormatsModule *formats = formats_module (&local_error);

          list = formats != NULL ? formats->import_office (bytes, RD_TRACKED_CHANGES_REJECT, &local_error) : NULL;
        }
      else if (rd_format_detect (data, length) == RD_FORMAT_ODT)
        list = rd_import_odt (bytes, &local_error);
      else
        list = rd_import_docx (bytes, &local_error);
      break;
    case RD_FORMAT_HTML:
      list = rd_import_html (bytes, &local_error);
      break;
    case RD_FORMAT_AKN:
      list = rd_import_akn (bytes, &local_error);
      break;
    case RD_FORMAT_DOC:
      /* Word keeps a password-protected .docx in the same compound file
       * format as a legacy .doc, as a stream named "EncryptedPackage". */
      if (contains_utf16 (data, length, "EncryptedPackage"))
        g_set_error (&local_error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_ENCRYPTED,
                     _ ("the document is encrypted (password-protected); open it in its word processor, remove the password and save it again"));
      else
        g_set_error (&local_error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
                     _ ("this is a legacy Word 97–2003 document (.doc), which Resdiff cannot read; save it as .docx or PDF and open that"));
      break;
    case RD_FORMAT_TEXT:
    case RD_FORMAT_UNKNOWN:
    default:
      list = rd_import_text (bytes, &local_error);
      break;
    }

  if (list != NULL && !rd_import_check_limits (list, &local_error))
    g_clear_pointer (&list, rd_block_list_free);
  if (list == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return NULL;
    }
  return list;
}
