/* rd-import-docx.c: Word (.docx) and OpenDocument (.odt) files
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-import.h"

#include <glib/gi18n-lib.h>

RdBlockList *
rd_import_docx (GBytes *bytes,
                GError **error)
{
  g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
               _ ("this is a Word or zip file, which this build of Resdiff cannot read"));
  return NULL;
}

RdBlockList *
rd_import_odt (GBytes *bytes,
               GError **error)
{
  g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
               _ ("this is an OpenDocument file, which this build of Resdiff cannot read"));
  return NULL;
}
