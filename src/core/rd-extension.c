/* rd-extension.c: parts of the program loaded only when they are needed
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-extension.h"

#include <gmodule.h>
#include <glib/gi18n-lib.h>

/* clang-format off */
G_DEFINE_QUARK (rd-extension-error-quark, rd_extension_error)
/* clang-format on */

static GMutex modules_lock;
static GHashTable *modules; /* name -> GModule *, never unloaded */

static GModule *
open_in (const char *folder,
         const char *file_name)
{
  g_autofree char *path = NULL;

  if (folder == NULL)
    return NULL;
  path = g_build_filename (folder, file_name, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  /* Lazy binding, local symbols: a module only takes from the program. */
  return g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
}

static GModule *
open_module (const char *name,
             GError **error)
{
  g_autofree char *file_name = g_strdup_printf ("libresdiff-%s.%s", name, G_MODULE_SUFFIX);
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *program_folder = program != NULL ? g_path_get_dirname (program) : NULL;
  const char *folders[] = { g_getenv ("RESDIFF_EXTENSION_DIR"), program_folder, PKGLIBDIR };
  GModule *module = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (folders) && module == NULL; i++)
    module = open_in (folders[i], file_name);

  if (module == NULL)
    {
      g_set_error (error, RD_EXTENSION_ERROR, RD_EXTENSION_ERROR_NOT_FOUND,
                   _ ("the part of Resdiff that does this (%s) is not installed or cannot be loaded: %s"),
                   file_name, g_module_error () != NULL ? g_module_error () : _ ("not found"));
      return NULL;
    }
  g_module_make_resident (module);
  return module;
}

gpointer
rd_extension_lookup (const char *name,
                     const char *symbol,
                     GError **error)
{
  GModule *module;
  gpointer address = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (symbol != NULL, NULL);

  g_mutex_lock (&modules_lock);
  if (modules == NULL)
    modules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  module = g_hash_table_lookup (modules, name);
  if (module == NULL)
    {
      module = open_module (name, error);
      if (module != NULL)
        g_hash_table_insert (modules, g_strdup (name), module);
    }
  g_mutex_unlock (&modules_lock);

  if (module == NULL)
    return NULL;
  if (!g_module_symbol (module, symbol, &address) || address == NULL)
    {
      g_set_error (error, RD_EXTENSION_ERROR, RD_EXTENSION_ERROR_NOT_FOUND,
                   _ ("the part of Resdiff that does this (%s) is damaged: %s"), name, g_module_error ());
      return NULL;
    }
  return address;
}
