/* rd-module.c: the engine's getters of the modules' interfaces
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-module.h"

/* What each module exports.  Weak: defined where the module's static
 * library is linked in (the tests), NULL in the program, which loads the
 * module instead (rd-extension.h). */
extern const RdFormatsModule *rd_formats_module_interface (void) __attribute__ ((weak));
extern const RdPdfModule *rd_pdf_module_interface (void) __attribute__ ((weak));
extern const RdPrintModule *rd_print_module_interface (void) __attribute__ ((weak));
extern const RdGtkModule *rd_gtk_module_interface (void) __attribute__ ((weak));

/* One getter per module: the name, the interface's version and size as
 * this engine knows them, and the weak symbol. */
#define GET_INTERFACE(type, name, version, linked, error) \
  ((const type *) rd_extension_get_interface ((name), (version), sizeof (type), (RdModuleInterfaceFunc) (linked), (error)))

/* Public API */

const RdFormatsModule *
rd_formats_module (GError **error)
{
  return GET_INTERFACE (RdFormatsModule, "formats", RD_FORMATS_MODULE_VERSION, rd_formats_module_interface, error);
}

const RdPdfModule *
rd_pdf_module (GError **error)
{
  return GET_INTERFACE (RdPdfModule, "pdf", RD_PDF_MODULE_VERSION, rd_pdf_module_interface, error);
}

const RdPrintModule *
rd_print_module (GError **error)
{
  return GET_INTERFACE (RdPrintModule, "print", RD_PRINT_MODULE_VERSION, rd_print_module_interface, error);
}

const RdGtkModule *
rd_gtk_module (GError **error)
{
  return GET_INTERFACE (RdGtkModule, "gtk", RD_GTK_MODULE_VERSION, rd_gtk_module_interface, error);
}
