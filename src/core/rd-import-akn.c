/* rd-import-akn.c: Akoma Ntoso XML (the UN's AKN4UN profile)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-import.h"

#include <glib/gi18n-lib.h>

RdBlockList *
rd_import_akn (GBytes *bytes,
               GError **error)
{
  g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
               _ ("this is an Akoma Ntoso file, which this build of Resdiff cannot read"));
  return NULL;
}
