/* fuzz-detect.c: libFuzzer target for format detection and the whole
 * import of bytes (detection, then the reader it picks, then the
 * structure parser)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-fuzz.h"

/* The whole import, as opening a file of unknown format does. */
static RdBlockList *
import_detected (GBytes *bytes,
                 GError **error)
{
  gsize size = 0;
  const uint8_t *data = g_bytes_get_data (bytes, &size);
  RdFormat format = rd_format_detect (data, size);

  g_assert (rd_format_to_string (format) != NULL);
  return rd_import_bytes (bytes, "fuzz", error);
}

RD_FUZZ_DEFINE_INITIALIZE ()

RD_FUZZ_DEFINE_READER_TARGET (import_detected)
