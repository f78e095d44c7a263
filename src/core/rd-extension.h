/* rd-extension.h: parts of the program loaded only when they are needed
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The one `resdiff` program keeps its heavy parts in private modules that it
 * loads on first use: "pdf" (reading PDF with poppler), "print" (PDF output
 * with Pango and Cairo) and "gtk" (the window).  A text-to-JSON comparison
 * over ssh never maps GTK, poppler or Pango, which keeps it quick to start
 * and small in memory.  Modules take the engine's symbols from the program
 * (which exports them), so the engine exists once.
 *
 * A module libresdiff-NAME.so is looked for in $RESDIFF_EXTENSION_DIR, then
 * beside the running program (the build tree), then in the installed
 * library folder.
 */

#define RD_EXTENSION_ERROR (rd_extension_error_quark ())
GQuark rd_extension_error_quark (void);

typedef enum
{
  RD_EXTENSION_ERROR_NOT_FOUND,
} RdExtensionError;

/* The address of @symbol in the module @name, loading the module (once,
 * for the life of the program) if needed; NULL with an error otherwise. */
gpointer rd_extension_lookup (const char *name, const char *symbol, GError **error);

G_END_DECLS
