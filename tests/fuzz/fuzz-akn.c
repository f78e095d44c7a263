/* fuzz-akn.c: libFuzzer target for the Akoma Ntoso XML reader, then the
 * structure parser on its blocks
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
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) blocks = rd_import_akn (bytes, &error);

  g_assert ((blocks == NULL) != (error == NULL));
  rd_fuzz_parse (blocks);
  return 0;
}
