/* fuzz-detect.c: libFuzzer target for format detection and the whole
 * import of bytes (detection, then the reader it picks, then the
 * structure parser)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-fuzz.h"
#include "rd-import.h"

int
LLVMFuzzerInitialize (int *argc,
                      char ***argv)
{
  (void) argc;
  (void) argv;
  rd_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t size)
{
  RdFormat format = rd_format_detect (data, size);

  g_assert (rd_format_to_string (format) != NULL);

  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) blocks = rd_import_bytes (bytes, "fuzz", &error);

  g_assert ((blocks == NULL) != (error == NULL));
  g_assert (error == NULL || error->message != NULL);
  rd_fuzz_parse (blocks);
  return 0;
}
