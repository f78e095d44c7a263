/* rd-gtk-module.c: the interface of the "gtk" module
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gmodule.h>

#include "rd-application.h"
#include "rd-module.h"

G_MODULE_EXPORT const RdGtkModule *rd_gtk_module_interface (void);

static const RdGtkModule gtk_module = {
  RD_MODULE_HEADER_INIT (RdGtkModule, RD_GTK_MODULE_VERSION),
  .run = rd_application_run,
};

const RdGtkModule *
rd_gtk_module_interface (void)
{
  return &gtk_module;
}
