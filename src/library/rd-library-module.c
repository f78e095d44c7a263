/* rd-library-module.c: the interface of the "library" module
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-library-commands.h"
#include "rd-module.h"

static const RdLibraryModule library_module = {
  RD_MODULE_HEADER_INIT (RdLibraryModule, RD_LIBRARY_MODULE_VERSION),
  .run_index = rd_library_run_index,
  .run_precedents = rd_library_run_precedents,
  .annotate = rd_library_run_annotate,
};

RD_MODULE_DEFINE_INTERFACE (RdLibraryModule, library, library_module)
