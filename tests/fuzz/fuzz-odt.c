/* fuzz-odt.c: libFuzzer target for the OpenDocument (.odt, .fodt) reader, its
 * tracked changes accepted and rejected, then the structure parser on its
 * blocks
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-fuzz.h"
#include "rd-import.h"

RD_FUZZ_DEFINE_INITIALIZE ()

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) blocks = rd_import_odt (bytes, &error);

  g_assert ((blocks == NULL) != (error == NULL));
  rd_fuzz_parse (blocks);

  /* The same read with its tracked changes rejected, which edits the tree
   * (rd-import-odf-changes.c). */
  if (rd_format_detect (data, size) == RD_FORMAT_ODT)
    {
      RdImportOptions options = { RD_TRACKED_CHANGES_REJECT };
      g_autoptr (GError) reject_error = NULL;
      g_autoptr (RdBlockList) rejected = rd_import_bytes_with_options (bytes, "fuzz.odt", &options, &reject_error);

      g_assert ((rejected == NULL) != (reject_error == NULL));
      rd_fuzz_parse (rejected);
    }
  return 0;
}
