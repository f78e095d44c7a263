/* fuzz-compare.c: libFuzzer target for the comparison of two texts: the
 * input split in two at its first NUL byte (or in the middle when it has
 * none), each half read as plain text and parsed, the two compared, and
 * the comparison written as the outputs write it (presentation model,
 * text, JSON)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rd-comparison-json.h"
#include "rd-comparison.h"
#include "rd-fuzz.h"
#include "rd-import.h"
#include "rd-presentation.h"
#include "rd-text-writer.h"

RD_FUZZ_DEFINE_INITIALIZE ()

static RdDocument *
read_version (const uint8_t *data,
              size_t size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (RdBlockList) blocks = rd_import_text (bytes, NULL);

  if (blocks == NULL)
    return NULL;
  return rd_parser_parse (blocks, "fuzz");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t size)
{
  const uint8_t *separator = memchr (data, '\0', size);
  size_t old_size = separator != NULL ? (size_t) (separator - data) : size / 2;
  size_t new_start = separator != NULL ? old_size + 1 : old_size;
  g_autoptr (RdDocument) old_document = read_version (data, old_size);
  g_autoptr (RdDocument) new_document = read_version (data + new_start, size - new_start);

  if (old_document == NULL || new_document == NULL)
    return 0;

  /* The flags from the input's length, so both settings are fuzzed. */
  RdCompareOptions options = { .flags = size & (RD_DIFF_IGNORE_CASE | RD_DIFF_IGNORE_PUNCTUATION) };

  rd_comparison_prepare_document (old_document, &options);
  rd_comparison_prepare_document (new_document, &options);

  g_autoptr (RdComparison) comparison = rd_comparison_new (old_document, new_document, &options);
  g_autoptr (RdPresentation) presentation = rd_presentation_new (comparison);
  g_autofree char *text = rd_text_write (comparison, FALSE);
  g_autofree char *json = rd_comparison_to_json (comparison);

  /* Every change as each output shows it. */
  GPtrArray *changes = rd_comparison_get_changes (comparison);

  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);
      g_autoptr (GPtrArray) redline = rd_presentation_get_paragraphs (presentation, change, RD_SIDE_REDLINE);
      g_autoptr (GPtrArray) old_side = rd_presentation_get_paragraphs (presentation, change, RD_SIDE_OLD);

      (void) redline;
      (void) old_side;
    }

  g_assert (text != NULL);
  g_assert (json != NULL && json[0] == '{');
  return 0;
}
