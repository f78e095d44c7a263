/* rd-import-file.c: reading a GFile, then the importers: a local file by
 * the engine's rules (rd-local-file.c), any other (a URI) with GIO
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-import.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-import-private.h"
#include "rd-local-file.h"
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
rd_file_get_local_path (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* A file GIO reads through a mount of its own (sftp://, smb://) may
   * have a path too (gvfs's FUSE folder); it keeps its URI's name and
   * GIO's reading. */
  if (!g_file_is_native (file) || !g_file_has_uri_scheme (file, "file"))
    return NULL;
  return g_file_get_path (file);
}

char *
rd_file_display_name (GFile *file)
{
  g_autofree char *path = rd_file_get_local_path (file);

  if (path != NULL)
    return rd_local_file_display_name (path);
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

/* What a GIO error reading a file is, in the words of local files
 * (rd_import_set_file_error ()). */
static RdFileTrouble
trouble_from_gio (const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return RD_FILE_TROUBLE_NOT_FOUND;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    return RD_FILE_TROUBLE_IS_DIRECTORY;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return RD_FILE_TROUBLE_PERMISSION_DENIED;
  return RD_FILE_TROUBLE_OTHER;
}

/* A file that is not local (a URI), read by GIO. */
static RdBlockList *
import_with_gio (GFile *file,
                 const char *name,
                 const RdImportOptions *options,
                 GError **error)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  RdFileTrouble trouble;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, options->cancellable, &local_error);
  if (info == NULL)
    {
      /* Only a missing file is named so before reading: anything else
       * is the cause GIO gives. */
      trouble = trouble_from_gio (local_error) == RD_FILE_TROUBLE_NOT_FOUND ? RD_FILE_TROUBLE_NOT_FOUND : RD_FILE_TROUBLE_OTHER;
      rd_import_set_file_error (error, name, trouble, local_error->message);
      return NULL;
    }

  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_DIRECTORY:
      rd_import_set_file_error (error, name, RD_FILE_TROUBLE_IS_DIRECTORY, NULL);
      return NULL;
    case G_FILE_TYPE_REGULAR:
    case G_FILE_TYPE_SYMBOLIC_LINK:
    case G_FILE_TYPE_SHORTCUT:
    case G_FILE_TYPE_UNKNOWN:
      break;
    case G_FILE_TYPE_SPECIAL:
    case G_FILE_TYPE_MOUNTABLE:
    default:
      rd_import_set_file_error (error, name, RD_FILE_TROUBLE_NOT_REGULAR, NULL);
      return NULL;
    }

  if (g_file_info_get_size (info) > RD_LIMIT_FILE_SIZE)
    {
      rd_import_set_too_large (error, name, g_file_info_get_size (info));
      return NULL;
    }

  bytes = load_file_bytes (file, g_file_info_get_size (info), options->cancellable, &local_error);
  if (bytes == NULL)
    {
      rd_import_set_file_error (error, name, trouble_from_gio (local_error), local_error->message);
      return NULL;
    }
  return rd_import_bytes_with_options (bytes, name, options, error);
}

RdBlockList *
rd_import_file (GFile *file,
                GCancellable *cancellable,
                GError **error)
{
  RdImportOptions options = { RD_TRACKED_CHANGES_ACCEPT, cancellable };
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = rd_file_display_name (file);
  path = rd_file_get_local_path (file);
  /* A local file by the engine's rules, as the program's own command
   * line reads it (rd-read-job.h). */
  if (path != NULL)
    return rd_local_file_import (path, name, &options, error);
  return import_with_gio (file, name, &options, error);
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
