/* fuzz-text.c: libFuzzer target for the plain text (UTF-8, UTF-16, Latin-1) reader, then the
 * structure parser on its blocks
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-fuzz.h"

RD_FUZZ_DEFINE_INITIALIZE ()

RD_FUZZ_DEFINE_READER_TARGET (rd_import_text)
