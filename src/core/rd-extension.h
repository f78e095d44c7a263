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
 * loads on first use: "formats" (Word, OpenDocument, HTML and Akoma Ntoso
 * with libxml2 and libarchive, and the HTML, Word and OpenDocument
 * exports), "pdf" (reading PDF with poppler), "print" (PDF output with
 * Pango and Cairo), "fetch" (documents fetched by symbol, with libsoup 3),
 * "library" (the local library of resolutions, with SQLite) and "gtk" (the
 * window).  A text-to-JSON comparison over ssh maps none of them, which
 * keeps it quick to start and small in memory.  Modules take the engine's
 * symbols from the program (which exports them), so the engine exists once.
 *
 * One typed interface per module.  Each module exports one symbol,
 * rd_NAME_module_interface(), which returns a struct of function pointers
 * declared once, in rd-module.h, that starts with an RdModuleHeader (the
 * interface's version and size the module was built with).  The engine's
 * getter, rd_NAME_module() in rd-module.c, hands that struct to its
 * callers (the engine's wrappers rd_import_docx(), rd_import_pdf(),
 * rd_export_html(), rd_export_office(), rd_export_pdf(),
 * rd_fetch_document() and rd_library_notes_attach(); the command line's
 * --index and --precedents; main() for the window), which never look a
 * function up by name.  A module built for another version of the
 * interface (a stale libresdiff-NAME.so left in the installed folder, say)
 * is refused with RD_EXTENSION_ERROR_STALE and a message that says so,
 * rather than called with the wrong types.
 *
 * Linked in, not loaded: the tests link the modules' static libraries
 * (libresdiff-formats.a and friends, with link_whole) and never load a
 * module.  The engine declares each rd_NAME_module_interface() as a weak
 * symbol: where the library is linked in, the symbol is defined and the
 * getter uses it; in the program it is not, the weak symbol is NULL and
 * the getter loads the module.  Nothing needs registering, and a test
 * that links a library exercises the very interface the program loads.
 *
 * A module libresdiff-NAME.so is looked for in $RESDIFF_EXTENSION_DIR, then
 * beside the running program (the build tree), then in the installed
 * library folder.  Adding a module is described in docs/hacking.md.
 */

#define RD_EXTENSION_ERROR (rd_extension_error_quark ())
GQuark rd_extension_error_quark (void);

typedef enum
{
  RD_EXTENSION_ERROR_NOT_FOUND, /* no such module, or it cannot be loaded */
  RD_EXTENSION_ERROR_STALE,     /* the module was built for another version
                                 * of its interface */
} RdExtensionError;

/* What every module interface (rd-module.h) starts with. */
typedef struct
{
  guint32 version; /* RD_NAME_MODULE_VERSION when the module was built */
  guint32 size;    /* sizeof the interface struct when it was built */
} RdModuleHeader;

/* The header of an interface struct of @type at @version, for the
 * module's own static definition of it. */
/* clang-format off */
#define RD_MODULE_HEADER_INIT(type, version) { (version), (guint32) sizeof (type) }
/* clang-format on */

/* What a module exports: its interface, which lives as long as the
 * program. */
typedef gconstpointer (*RdModuleInterfaceFunc) (void);

/*
 * The interface of module @name ("formats"), checked against @version and
 * @size (what the caller was built with): from @linked when the module is
 * linked into the program (the weak symbol is defined), else from
 * libresdiff-@name.so, loaded once for the life of the program.  NULL with
 * an error (RD_EXTENSION_ERROR) when it cannot be loaded or is stale; the
 * message is one translated line that names the module's file.
 * Thread-safe.
 */
gconstpointer rd_extension_get_interface (const char *name,
                                          guint32 version,
                                          gsize size,
                                          RdModuleInterfaceFunc linked,
                                          GError **error);

/* Called once by the program, whose engine lacks the parts that take GIO:
 * any module is then loaded after the "io" module (rd-module.h), which is
 * loaded with its symbols global, so that the others find them.  Programs
 * that link those parts (the tests) never call it. */
void rd_extension_set_io_in_module (void);

/* @hook runs at exit after the libraries of every module loaded from then
 * on have ended (rd-loader.c: the loads still reading are waited for
 * before poppler's global state goes). */
void rd_extension_set_exit_hook (void (*hook) (void));

G_END_DECLS
