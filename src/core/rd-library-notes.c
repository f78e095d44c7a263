/* rd-library-notes.c: agreed language on a comparison, from the library
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-library-notes.h"

#include "rd-module.h"

/* Public API */

char *
rd_library_notes_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "resdiff", "library.sqlite", NULL);
}

gboolean
rd_library_notes_attach (RdComparison *comparison,
                         const char *library_path,
                         gboolean *attached,
                         GError **error)
{
  g_autofree char *default_path = NULL;
  const RdLibraryModule *module;

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), FALSE);

  if (attached != NULL)
    *attached = FALSE;
  if (library_path == NULL)
    {
      default_path = rd_library_notes_default_path ();
      if (!g_file_test (default_path, G_FILE_TEST_IS_REGULAR))
        return TRUE;
    }
  module = rd_library_module (error);
  if (module == NULL || !module->annotate (library_path, comparison, error))
    return FALSE;
  if (attached != NULL)
    *attached = TRUE;
  return TRUE;
}
