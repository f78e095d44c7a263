/* stale-module.c: a module built for another version of its interface,
 * which the engine must refuse (test-extension.c)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gmodule.h>

#include "rd-extension.h"

/* Far from any version the engine will reach. */
#define STALE_VERSION 999

typedef struct
{
  RdModuleHeader header;
  gpointer function;
} StaleModule;

G_MODULE_EXPORT gconstpointer rd_test_stale_module_interface (void);

static const StaleModule stale_module = {
  RD_MODULE_HEADER_INIT (StaleModule, STALE_VERSION),
  NULL,
};

gconstpointer
rd_test_stale_module_interface (void)
{
  return &stale_module;
}
