/* rd-save.c: saving output files safely
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-save.h"

#include <glib/gi18n-lib.h>

#include "rd-import.h"

G_DEFINE_QUARK (rd - save - error - quark, rd_save_error)

/* Whether two files are the same file: the same path, or the same device
 * and inode (a link or another way of writing the path). */
static gboolean
same_file (GFile *a,
           GFile *b)
{
  g_autoptr (GFileInfo) info_a = NULL;
  g_autoptr (GFileInfo) info_b = NULL;
  const char *attributes = G_FILE_ATTRIBUTE_UNIX_DEVICE "," G_FILE_ATTRIBUTE_UNIX_INODE;

  if (g_file_equal (a, b))
    return TRUE;
  info_a = g_file_query_info (a, attributes, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  info_b = g_file_query_info (b, attributes, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info_a == NULL || info_b == NULL)
    return FALSE;
  if (!g_file_info_has_attribute (info_a, G_FILE_ATTRIBUTE_UNIX_INODE) || !g_file_info_has_attribute (info_b, G_FILE_ATTRIBUTE_UNIX_INODE))
    return FALSE;
  return g_file_info_get_attribute_uint32 (info_a, G_FILE_ATTRIBUTE_UNIX_DEVICE) == g_file_info_get_attribute_uint32 (info_b, G_FILE_ATTRIBUTE_UNIX_DEVICE) && g_file_info_get_attribute_uint64 (info_a, G_FILE_ATTRIBUTE_UNIX_INODE) == g_file_info_get_attribute_uint64 (info_b, G_FILE_ATTRIBUTE_UNIX_INODE);
}

gboolean
rd_save_bytes (GFile *target,
               GBytes *contents,
               GFile *const *inputs,
               GCancellable *cancellable,
               GError **error)
{
  g_autofree char *name = NULL;
  g_autoptr (GError) local_error = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (target), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  name = rd_file_display_name (target);

  for (guint i = 0; inputs != NULL && inputs[i] != NULL; i++)
    if (same_file (target, inputs[i]))
      {
        g_set_error (error, RD_SAVE_ERROR, RD_SAVE_ERROR_IS_INPUT,
                     _ ("%s: this is one of the files being compared; choose another name for the output"), name);
        return FALSE;
      }

  /* g_file_replace_contents writes a temporary file in the same folder and
   * renames it over the target only once everything is written. */
  data = g_bytes_get_data (contents, &length);
  if (!g_file_replace_contents (target, data, length, NULL, FALSE, G_FILE_CREATE_NONE, NULL, cancellable, &local_error))
    {
      g_set_error (error, RD_SAVE_ERROR, RD_SAVE_ERROR_FAILED, _ ("%s: cannot save (%s)"), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}
