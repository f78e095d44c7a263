/* rd-cli-module.c: the "io" module's interface (rd-module.h)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-cli.h"
#include "rd-loader.h"
#include "rd-module.h"

static const RdIoModule io_module = {
  RD_MODULE_HEADER_INIT (RdIoModule, RD_IO_MODULE_VERSION),
  rd_cli_run,
  rd_loader_wait_background,
};

RD_MODULE_DEFINE_INTERFACE (RdIoModule, io, io_module)
