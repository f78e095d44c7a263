/* rd-fuzz.h: what every libFuzzer target shares
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

#include "rd-block.h"
#include "rd-document.h"
#include "rd-parser.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A critical is a broken precondition in our code: make it a finding,
 * as the test suite does (G_DEBUG=fatal-criticals).  Warnings are how
 * readers report damaged input and stay quiet. */
static inline void
rd_fuzz_init (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR);
}

/* Parses what a reader produced, as opening a version does: the structure
 * parser runs on every reader's blocks. */
static inline void
rd_fuzz_parse (RdBlockList *blocks)
{
  if (blocks == NULL)
    return;

  g_autoptr (RdDocument) document = rd_parser_parse (blocks, "fuzz");
  (void) document;
}
