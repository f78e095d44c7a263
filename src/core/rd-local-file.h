/* rd-local-file.h: a version on the local disk, read on GLib alone
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rd-block.h"
#include "rd-import.h"
#include "rd-record.h"

G_BEGIN_DECLS

/*
 * The rules for a local file, in one place: its name in messages and
 * documents, its size limit, how a failure to read it is worded, and the
 * record of a document fetched by symbol and reopened from the cache.
 * The engine calls no GIO (the program does not link it), so these read
 * the disk with GLib alone; they name and word everything as GIO did when
 * it read the files, and the io module's GFile functions
 * (rd_file_display_name (), rd_import_file ()) call them for local files.
 * RdReadJob (rd-read-job.h) reads versions with them.
 */

/* The canonical absolute path of @path (absolute, or relative to the
 * current folder), in the file names' encoding. */
char *rd_local_file_canonical_path (const char *path);

/* The name messages and documents use for the file at @path (canonical,
 * absolute): its path relative to the current folder when it is inside
 * it; else its path in UTF-8 (converted from G_FILENAME_ENCODING), or a
 * file:// URI when that cannot be shown (bytes that are not text, control
 * characters): GIO's relative path and parse name of a local file. */
char *rd_local_file_display_name (const char *path);

/* Why a file could not be read; rd_import_set_file_error () words it. */
typedef enum
{
  RD_FILE_TROUBLE_NOT_FOUND,
  RD_FILE_TROUBLE_IS_DIRECTORY,
  RD_FILE_TROUBLE_NOT_REGULAR, /* a device, a pipe, a socket */
  RD_FILE_TROUBLE_PERMISSION_DENIED,
  RD_FILE_TROUBLE_OTHER, /* @cause says what */
} RdFileTrouble;

/* Sets @error, in RD_IMPORT_ERROR, to one line naming the file @name and
 * @trouble; @cause (the system's words) for RD_FILE_TROUBLE_OTHER. */
void rd_import_set_file_error (GError **error, const char *name, RdFileTrouble trouble, const char *cause);

/* The bytes of the file at @path, named @name in errors: NULL with an
 * RD_IMPORT_ERROR (rd_import_set_file_error (); RD_IMPORT_ERROR_TOO_LARGE
 * past RD_LIMIT_FILE_SIZE, checked before reading). */
GBytes *rd_local_file_read (const char *path, const char *name, GError **error);

/* The file at @path read and imported (rd_import_bytes_with_options ()),
 * its bytes let go as soon as the blocks are made. */
RdBlockList *rd_local_file_import (const char *path, const char *name, const RdImportOptions *options, GError **error);

/* For a file of the cache of documents fetched by symbol
 * (rd_fetch_get_cache_dir (), KEY.LANG.EXT), the record kept beside it
 * (KEY.marcxml), or NULL.  Reads the cache only. */
RdRecord *rd_local_file_cached_record (const char *path);

/* The io module's side (rd-import-file.c): @file's path when it is a
 * local file, which the functions above read, else NULL (a URI GIO
 * reads). */
char *rd_file_get_local_path (GFile *file);

G_END_DECLS
