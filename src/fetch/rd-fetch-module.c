/* rd-fetch-module.c: the interface of the "fetch" module
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-fetch-soup.h"
#include "rd-module.h"

static const RdFetchModule fetch_module = {
  RD_MODULE_HEADER_INIT (RdFetchModule, RD_FETCH_MODULE_VERSION),
  .get = rd_fetch_get_with_soup,
};

RD_MODULE_DEFINE_INTERFACE (RdFetchModule, fetch, fetch_module)
