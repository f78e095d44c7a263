/* rd-error-hint.c: what the reader can do about an error
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-error-hint.h"

#include <glib/gi18n.h>

#include "rd-import.h"

/* Public API */

const char *
rd_error_hint (const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return "";
  if (error->domain != RD_IMPORT_ERROR)
    return _ ("Choose another file, or check that this one can be opened.");

  switch ((RdImportError) error->code)
    {
    case RD_IMPORT_ERROR_NOT_FOUND:
      return _ ("Check that the file still exists, or choose it again.");
    case RD_IMPORT_ERROR_NOT_READABLE:
      return _ ("Check that you may read the file, or copy it to a folder of yours.");
    case RD_IMPORT_ERROR_IS_DIRECTORY:
      return _ ("Choose a file inside the folder.");
    case RD_IMPORT_ERROR_EMPTY:
      return _ ("The file is empty: download or save it again.");
    case RD_IMPORT_ERROR_BINARY:
      return _ ("Resdiff reads PDF, Word (.docx), OpenDocument (.odt), HTML, Akoma Ntoso and plain text: save the document in one of these formats.");
    case RD_IMPORT_ERROR_UNSUPPORTED:
      return _ ("Open it in a word processor and save it as Word (.docx) or OpenDocument (.odt), then choose that file.");
    case RD_IMPORT_ERROR_ENCODING:
      return _ ("Save the text as UTF-8 and open it again.");
    case RD_IMPORT_ERROR_NO_TEXT:
      return _ ("This PDF is a scanned image without text. Download the text version of the document from the UN Official Document System, or run text recognition (OCR) on it first.");
    case RD_IMPORT_ERROR_ENCRYPTED:
      return _ ("Remove the password protection, or get an unprotected copy of the document.");
    case RD_IMPORT_ERROR_DAMAGED:
      return _ ("The file is damaged or incomplete: download it again.");
    case RD_IMPORT_ERROR_TOO_LARGE:
      return _ ("This is far larger than any resolution: check that it is the right file.");
    default:
      return _ ("Choose another file.");
    }
}
