/* rd-gtk-module.c: the interface of the "gtk" module
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-application.h"
#include "rd-module.h"

static const RdGtkModule gtk_module = {
  RD_MODULE_HEADER_INIT (RdGtkModule, RD_GTK_MODULE_VERSION),
  .run = rd_application_run,
};

RD_MODULE_DEFINE_INTERFACE (RdGtkModule, gtk, gtk_module)
