/* rd-module.c: the engine's getters of the modules' interfaces
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-module.h"

/*
 * One getter per module: the weak declaration of what the module exports
 * (defined where the module's static library is linked in, the tests;
 * NULL in the program, which loads the module instead: rd-extension.h),
 * and rd_NAME_module () checking it against the interface's version and
 * size as this engine knows them.
 */
#define RD_MODULE_GETTER(Type, name, version)                                                        \
  extern const Type *rd_##name##_module_interface (void) __attribute__ ((weak));                     \
  const Type *rd_##name##_module (GError **error)                                                    \
  {                                                                                                  \
    return rd_extension_get_interface (#name, (version), sizeof (Type),                              \
                                       (RdModuleInterfaceFunc) rd_##name##_module_interface, error); \
  }

/* Public API */

RD_MODULE_GETTER (RdFormatsModule, formats, RD_FORMATS_MODULE_VERSION)
RD_MODULE_GETTER (RdPdfModule, pdf, RD_PDF_MODULE_VERSION)
RD_MODULE_GETTER (RdPrintModule, print, RD_PRINT_MODULE_VERSION)
RD_MODULE_GETTER (RdGtkModule, gtk, RD_GTK_MODULE_VERSION)
RD_MODULE_GETTER (RdFetchModule, fetch, RD_FETCH_MODULE_VERSION)
RD_MODULE_GETTER (RdLibraryModule, library, RD_LIBRARY_MODULE_VERSION)
RD_MODULE_GETTER (RdIoModule, io, RD_IO_MODULE_VERSION)
