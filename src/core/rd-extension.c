/* rd-extension.c: parts of the program loaded only when they are needed
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-extension.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>
#include <stdlib.h>
#include <string.h>

#include "rd-module.h"
#include "rd-tsan-private.h"

/* clang-format off */
G_DEFINE_QUARK (rd-extension-error-quark, rd_extension_error)
/* clang-format on */

/* Static helpers */

static gboolean io_in_module;
static void (*exit_hook) (void);

static GMutex interfaces_lock;
static GHashTable *interfaces; /* name -> interface of a loaded module;
                                * modules are never unloaded */

static GModule *
open_in (const char *folder,
         const char *file_name,
         gboolean global)
{
  g_autofree char *path = NULL;

  if (folder == NULL)
    return NULL;
  path = g_build_filename (folder, file_name, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  /* Lazy binding, local symbols: a module only takes from the program;
   * but the "io" module's symbols are for the modules loaded after it. */
  return g_module_open (path, G_MODULE_BIND_LAZY | (global ? 0 : G_MODULE_BIND_LOCAL));
}

static GModule *
open_module (const char *file_name,
             gboolean global,
             GError **error)
{
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *program_folder = program != NULL ? g_path_get_dirname (program) : NULL;
  const char *folders[] = { g_getenv ("RESDIFF_EXTENSION_DIR"), program_folder, PKGLIBDIR };
  GModule *module = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (folders) && module == NULL; i++)
    module = open_in (folders[i], file_name, global);

  if (module == NULL)
    {
      g_set_error (error, RD_EXTENSION_ERROR, RD_EXTENSION_ERROR_NOT_FOUND,
                   _ ("the part of Resdiff that does this (%s) is not installed or cannot be loaded: %s"),
                   file_name, g_module_error () != NULL ? g_module_error () : _ ("not found"));
      return NULL;
    }
  g_module_make_resident (module);
  /* The module's libraries registered their exit handlers as it loaded
   * (poppler destroys its global state at exit); this one, registered
   * after them, runs before them: no background load still reads then. */
  if (exit_hook != NULL)
    atexit (exit_hook);
  return module;
}

/* Whether @interface was built for the caller's @version and has every
 * function the caller knows of. */
static gboolean
check_interface (gconstpointer interface,
                 const char *file_name,
                 guint32 version,
                 gsize size,
                 GError **error)
{
  const RdModuleHeader *header = interface;

  if (header != NULL && header->version == version && header->size >= size)
    return TRUE;
  if (header == NULL)
    g_set_error (error, RD_EXTENSION_ERROR, RD_EXTENSION_ERROR_STALE,
                 _ ("the part of Resdiff that does this (%s) is damaged: it has no interface"), file_name);
  else
    {
      g_autofree char *found = g_strdup_printf ("%u", header->version);
      g_autofree char *wanted = g_strdup_printf ("%u", version);

      /* TRANSLATORS: %s is a file name, then two version numbers of the
       * interface between the program and its module */
      g_set_error (error, RD_EXTENSION_ERROR, RD_EXTENSION_ERROR_STALE,
                   _ ("the part of Resdiff that does this (%s) belongs to another version of Resdiff (interface %s, this program needs %s); install Resdiff again"),
                   file_name, found, wanted);
    }
  return FALSE;
}

/* Public API */

void
rd_extension_set_io_in_module (void)
{
  io_in_module = TRUE;
}

void
rd_extension_set_exit_hook (void (*hook) (void))
{
  exit_hook = hook;
}

gconstpointer
rd_extension_get_interface (const char *name,
                            guint32 version,
                            gsize size,
                            RdModuleInterfaceFunc linked,
                            GError **error)
{
  g_autofree char *file_name = NULL;
  g_autofree char *symbol = NULL;
  gconstpointer interface = NULL;
  GModule *module;
  RdModuleInterfaceFunc get_interface = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (size >= sizeof (RdModuleHeader), NULL);

  file_name = g_strdup_printf ("libresdiff-%s.%s", name, G_MODULE_SUFFIX);
  if (linked != NULL)
    {
      interface = linked ();
      return check_interface (interface, file_name, version, size, error) ? interface : NULL;
    }
  /* Every module takes the engine's GIO parts from the "io" module: loaded
   * first (outside the lock, which is not recursive). */
  if (io_in_module && strcmp (name, "io") != 0 && rd_io_module (error) == NULL)
    return NULL;

  g_mutex_lock (&interfaces_lock);
  rd_tsan_acquire (&interfaces_lock); /* GMutex is a futex ThreadSanitizer
                                         does not see */
  if (interfaces == NULL)
    interfaces = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  interface = g_hash_table_lookup (interfaces, name);
  if (interface != NULL)
    {
      rd_tsan_release (&interfaces_lock);
      g_mutex_unlock (&interfaces_lock);
      return interface;
    }

  module = open_module (file_name, strcmp (name, "io") == 0, error);
  if (module == NULL)
    {
      rd_tsan_release (&interfaces_lock);
      g_mutex_unlock (&interfaces_lock);
      return NULL;
    }
  /* "rd_" NAME "_module_interface", a hyphen in NAME as an underscore. */
  symbol = g_strdup_printf ("rd_%s_module_interface", name);
  g_strdelimit (symbol, "-", '_');
  if (!g_module_symbol (module, symbol, (gpointer *) &get_interface) || get_interface == NULL)
    {
      g_set_error (error, RD_EXTENSION_ERROR, RD_EXTENSION_ERROR_STALE,
                   _ ("the part of Resdiff that does this (%s) is damaged: %s"), file_name, g_module_error ());
      rd_tsan_release (&interfaces_lock);
      g_mutex_unlock (&interfaces_lock);
      return NULL;
    }
  interface = get_interface ();
  if (!check_interface (interface, file_name, version, size, error))
    {
      rd_tsan_release (&interfaces_lock);
      g_mutex_unlock (&interfaces_lock);
      return NULL;
    }
  g_hash_table_insert (interfaces, g_strdup (name), (gpointer) interface);
  rd_tsan_release (&interfaces_lock);
  g_mutex_unlock (&interfaces_lock);
  return interface;
}
