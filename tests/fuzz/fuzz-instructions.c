/* fuzz-instructions.c: libFuzzer target for the amendment instruction
 * parser (rd-instruction-parser.c), one paragraph a line, and for the
 * number words it reads
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rd-fuzz.h"
#include "rd-instruction-parser.h"
#include "rd-instruction.h"

RD_FUZZ_DEFINE_INITIALIZE ()

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t size)
{
  g_autoptr (GPtrArray) instructions = rd_instruction_parse_text ((const char *) data, (gssize) size);

  g_assert (instructions != NULL);

  /* The number words take a NUL-terminated valid string: the first line. */
  g_autofree char *valid = g_utf8_make_valid ((const char *) data, (gssize) size);
  char *newline = strchr (valid, '\n');
  guint value = 0;
  gboolean ordinal = FALSE;

  if (newline != NULL)
    *newline = '\0';
  (void) rd_number_words_parse (valid, &value, &ordinal);
  (void) rd_instruction_text_starts (valid);
  return 0;
}
