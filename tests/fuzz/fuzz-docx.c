/* fuzz-docx.c: libFuzzer target for the Word (.docx): the zip package and its XML reader, then the
 * structure parser on its blocks
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-fuzz.h"

RD_FUZZ_DEFINE_INITIALIZE ()

RD_FUZZ_DEFINE_READER_TARGET (rd_import_docx)
