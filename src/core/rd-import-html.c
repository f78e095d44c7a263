/* rd-import-html.c: HTML and XHTML with libxml2's HTML parser
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-import.h"

#include <glib/gi18n-lib.h>

RdBlockList *
rd_import_html (GBytes *bytes,
                GError **error)
{
  g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
               _ ("this is an HTML file, which this build of Resdiff cannot read"));
  return NULL;
}
