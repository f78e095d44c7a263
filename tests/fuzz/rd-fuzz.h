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
#include "rd-import.h"
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

/* A reader of bytes: one of rd-import.h's importers. */
typedef RdBlockList *(*RdFuzzReader) (GBytes *bytes, GError **error);

/* What every reader's target checks: the input read by @reader gives
 * blocks or an error with a message, never both, and the blocks parse. */
static inline int
rd_fuzz_read (RdFuzzReader reader,
              const uint8_t *data,
              size_t size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) blocks = reader (bytes, &error);

  g_assert ((blocks == NULL) != (error == NULL));
  g_assert (error == NULL || error->message != NULL);
  rd_fuzz_parse (blocks);
  return 0;
}

/* The libFuzzer set-up of a target that needs nothing but rd_fuzz_init(). */
#define RD_FUZZ_DEFINE_INITIALIZE()   \
  int                                 \
  LLVMFuzzerInitialize (int *argc,    \
                        char ***argv) \
  {                                   \
    (void) argc;                      \
    (void) argv;                      \
    rd_fuzz_init ();                  \
    return 0;                         \
  }

/* The entry point of a target for one reader (rd_fuzz_read()). */
#define RD_FUZZ_DEFINE_READER_TARGET(reader)   \
  int                                          \
  LLVMFuzzerTestOneInput (const uint8_t *data, \
                          size_t size)         \
  {                                            \
    return rd_fuzz_read (reader, data, size);  \
  }
