/* rd-import-file.c: reading a GFile (GIO), then the importers
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-import.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "rd-import-private.h"
#include "rd-parser.h"

/* GIO's local files without its default VFS: that one scans GIO's
 * modules and loads one, a proxy resolver that brings libproxy and
 * libstdc++, when first asked for a file: a tenth of a short text
 * comparison's start, for files that are all local. */
static GFile *
local_file_new (const char *path)
{
  return g_vfs_get_file_for_path (g_vfs_get_local (), path);
}

GFile *
rd_file_new_for_argument (const char *arg)
{
  g_autofree char *cwd = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (arg != NULL, NULL);

  /* "file:///…", "https://…": a URI, as GIO reads it */
  if (g_uri_peek_scheme (arg) != NULL)
    return g_file_new_for_commandline_arg (arg);
  if (g_path_is_absolute (arg))
    return local_file_new (arg);
  cwd = g_get_current_dir ();
  path = g_build_filename (cwd, arg, NULL);
  return local_file_new (path);
}

char *
rd_file_display_name (GFile *file)
{
  g_autoptr (GFile) cwd = NULL;
  g_autofree char *cwd_path = g_get_current_dir ();
  char *relative;

  cwd = local_file_new (cwd_path);
  relative = g_file_get_relative_path (cwd, file);
  if (relative != NULL)
    return relative;
  return g_file_get_parse_name (file);
}

/* The file's bytes, read into one buffer of the size the file was found to
 * have (g_file_load_bytes grows its buffer 8 kB at a time, a read and a
 * copy each: 375 of them for a 3 MB text); a file grown since is read on,
 * up to just past the size limit, which the importer then refuses. */
static GBytes *
load_file_bytes (GFile *file,
                 goffset size,
                 GCancellable *cancellable,
                 GError **error)
{
  g_autoptr (GFileInputStream) stream = NULL;
  gsize allocated = (gsize) MAX (size, 0) + 1;
  gsize length = 0;
  char *data;

  if (g_file_has_uri_scheme (file, "resource"))
    return g_file_load_bytes (file, cancellable, NULL, error);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  data = g_malloc (allocated);
  for (;;)
    {
      gsize got = 0;

      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), data + length, allocated - length, &got, cancellable, error))
        {
          g_free (data);
          return NULL;
        }
      length += got;
      if (length < allocated || length > RD_LIMIT_FILE_SIZE)
        break; /* the end of the file (or past the limit) */
      allocated *= 2;
      data = g_realloc (data, allocated);
    }
  return g_bytes_new_take (data, length);
}

/* The type and size of @file: a local file's from stat (), since GIO's
 * query of a local file brings up its default VFS and its modules (see
 * rd_file_new_for_argument ()); any other file's from GIO. */
static gboolean
query_file (GFile *file,
            GFileType *type,
            goffset *size,
            GCancellable *cancellable,
            GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr (GFileInfo) info = NULL;

  if (path != NULL)
    {
      GStatBuf st;

      if (g_stat (path, &st) != 0)
        {
          int saved = errno;

          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
          return FALSE;
        }
      *type = S_ISDIR (st.st_mode) ? G_FILE_TYPE_DIRECTORY : S_ISREG (st.st_mode) ? G_FILE_TYPE_REGULAR
                                                                                  : G_FILE_TYPE_SPECIAL;
      *size = st.st_size;
      return TRUE;
    }
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return FALSE;
  *type = g_file_info_get_file_type (info);
  *size = g_file_info_get_size (info);
  return TRUE;
}

RdBlockList *
rd_import_file (GFile *file,
                GCancellable *cancellable,
                GError **error)
{
  g_autofree char *name = NULL;
  GFileType type = G_FILE_TYPE_UNKNOWN;
  goffset size = 0;
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = rd_file_display_name (file);

  if (!query_file (file, &type, &size, cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_FOUND, _ ("%s: no such file"), name);
      else
        g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_READABLE, _ ("%s: cannot read the file (%s)"), name, local_error->message);
      return NULL;
    }

  switch (type)
    {
    case G_FILE_TYPE_DIRECTORY:
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_IS_DIRECTORY, _ ("%s: this is a folder, not a file; choose a document inside it"), name);
      return NULL;
    case G_FILE_TYPE_REGULAR:
    case G_FILE_TYPE_SYMBOLIC_LINK:
    case G_FILE_TYPE_SHORTCUT:
    case G_FILE_TYPE_UNKNOWN:
      break;
    case G_FILE_TYPE_SPECIAL:
    case G_FILE_TYPE_MOUNTABLE:
    default:
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_READABLE, _ ("%s: not a regular file"), name);
      return NULL;
    }

  if (size > RD_LIMIT_FILE_SIZE)
    {
      rd_import_set_too_large (error, name, size);
      return NULL;
    }

  bytes = load_file_bytes (file, size, cancellable, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
        g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_READABLE, _ ("%s: permission denied"), name);
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_FOUND, _ ("%s: no such file"), name);
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_IS_DIRECTORY, _ ("%s: this is a folder, not a file; choose a document inside it"), name);
      else
        g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_READABLE, _ ("%s: cannot read the file (%s)"), name, local_error->message);
      return NULL;
    }

  {
    RdImportOptions options = { RD_TRACKED_CHANGES_ACCEPT, cancellable };

    return rd_import_bytes_with_options (bytes, name, &options, error);
  }
}

RdDocument *
rd_document_load (GFile *file,
                  GCancellable *cancellable,
                  GError **error)
{
  g_autoptr (RdBlockList) blocks = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  blocks = rd_import_file (file, cancellable, error);
  if (blocks == NULL)
    return NULL;

  name = rd_file_display_name (file);
  return rd_parser_parse (blocks, name);
}
