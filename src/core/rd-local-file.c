/* rd-local-file.c: a version on the local disk, read on GLib alone
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* O_CLOEXEC is POSIX 2008, not C11: no process the window starts keeps
 * a version open. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include "rd-local-file.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rd-fetch.h"
#include "rd-import-private.h"
#include "rd-limits.h"

/* Static helpers */

/* Whether GIO shows @name as it is (glocalfile.c's
 * name_is_valid_for_display ()): text, and no control characters. */
static gboolean
shown_as_is (const char *name,
             gboolean known_utf8)
{
  if (!known_utf8 && !g_utf8_validate (name, -1, NULL))
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (g_ascii_iscntrl (*p))
      return FALSE;
  return TRUE;
}

/* GIO's parse name of a local file (glocalfile.c's get_parse_name ()):
 * the path in UTF-8 when it converts there and back from the file names'
 * encoding and can be shown, else a file:// URI. */
static char *
parse_name (const char *path)
{
  const char **charsets = NULL;
  g_autofree char *utf8 = NULL;
  g_autofree char *escaped = NULL;
  gboolean known_utf8 = FALSE;

  if (g_get_filename_charsets (&charsets))
    utf8 = g_strdup (path);
  else
    {
      known_utf8 = TRUE;
      utf8 = g_convert (path, -1, "UTF-8", charsets[0], NULL, NULL, NULL);
      if (utf8 != NULL)
        {
          g_autofree char *back = g_convert (utf8, -1, charsets[0], "UTF-8", NULL, NULL, NULL);

          if (back == NULL || strcmp (back, path) != 0)
            g_clear_pointer (&utf8, g_free);
        }
    }
  if (utf8 != NULL && shown_as_is (utf8, known_utf8))
    return g_steal_pointer (&utf8);

  escaped = g_uri_escape_string (path, G_URI_RESERVED_CHARS_ALLOWED_IN_PATH_ELEMENT "/", TRUE);
  return g_strconcat ("file://", *escaped != '/' ? "/" : "", escaped, NULL);
}

/* What an errno of opening or reading a file is, as GIO classed it
 * (g_io_error_from_errno ()) and rd_import_file () named it. */
static RdFileTrouble
trouble_from_errno (int saved)
{
  switch (saved)
    {
    case ENOENT:
      return RD_FILE_TROUBLE_NOT_FOUND;
    case EISDIR:
      return RD_FILE_TROUBLE_IS_DIRECTORY;
    case EACCES:
    case EPERM:
      return RD_FILE_TROUBLE_PERMISSION_DENIED;
    default:
      return RD_FILE_TROUBLE_OTHER;
    }
}

/* GIO's own words for a local file it could not open or read
 * (glocalfile.c, glocalfileinputstream.c), in GLib's translations: the
 * cause a message gave when GIO read the files. */
static void
set_gio_error (GError **error,
               const char *path,
               const char *name,
               gboolean opening,
               int saved)
{
  g_autofree char *cause = NULL;

  if (opening)
    {
      g_autofree char *shown = g_filename_display_name (path);

      cause = g_strdup_printf (g_dgettext ("glib20", "Error opening file %s: %s"), shown, g_strerror (saved));
    }
  else
    cause = g_strdup_printf (g_dgettext ("glib20", "Error reading from file: %s"), g_strerror (saved));
  rd_import_set_file_error (error, name, trouble_from_errno (saved), cause);
}

/* The file's bytes, read into one buffer of the size the file was found
 * to have; a file grown since is read on, up to just past the size limit,
 * which the importer then refuses. */
static GBytes *
read_all (int fd,
          goffset size,
          const char *path,
          const char *name,
          GError **error)
{
  gsize allocated = (gsize) MAX (size, 0) + 1;
  gsize length = 0;
  char *data = g_malloc (allocated);

  for (;;)
    {
      gssize got = read (fd, data + length, allocated - length);

      if (got < 0)
        {
          int saved = errno;

          if (saved == EINTR)
            continue;
          g_free (data);
          set_gio_error (error, path, name, FALSE, saved);
          return NULL;
        }
      if (got == 0)
        break; /* the end of the file */
      length += (gsize) got;
      if (length == allocated)
        {
          if (length > RD_LIMIT_FILE_SIZE)
            break;
          allocated *= 2;
          data = g_realloc (data, allocated);
        }
    }
  return g_bytes_new_take (data, length);
}

/* Public API */

char *
rd_local_file_canonical_path (const char *path)
{
  g_autofree char *cwd = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_path_is_absolute (path))
    return g_canonicalize_filename (path, NULL);
  cwd = g_get_current_dir ();
  return g_canonicalize_filename (path, cwd);
}

char *
rd_local_file_display_name (const char *path)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *folder = g_canonicalize_filename (cwd, NULL);
  gsize length = strlen (folder);

  g_return_val_if_fail (path != NULL, NULL);

  /* Inside the current folder: the rest of the path, as it is
   * (glocalfile.c's get_relative_path ()). */
  if (strncmp (path, folder, length) == 0)
    {
      if (length > 0 && G_IS_DIR_SEPARATOR (folder[length - 1]))
        length--;
      if (G_IS_DIR_SEPARATOR (path[length]))
        return g_strdup (path + length + 1);
    }
  return parse_name (path);
}

void
rd_import_set_file_error (GError **error,
                          const char *name,
                          RdFileTrouble trouble,
                          const char *cause)
{
  switch (trouble)
    {
    case RD_FILE_TROUBLE_NOT_FOUND:
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_FOUND, _ ("%s: no such file"), name);
      break;
    case RD_FILE_TROUBLE_IS_DIRECTORY:
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_IS_DIRECTORY, _ ("%s: this is a folder, not a file; choose a document inside it"), name);
      break;
    case RD_FILE_TROUBLE_NOT_REGULAR:
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_READABLE, _ ("%s: not a regular file"), name);
      break;
    case RD_FILE_TROUBLE_PERMISSION_DENIED:
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_READABLE, _ ("%s: permission denied"), name);
      break;
    case RD_FILE_TROUBLE_OTHER:
    default:
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_READABLE, _ ("%s: cannot read the file (%s)"), name, cause);
      break;
    }
}

GBytes *
rd_local_file_read (const char *path,
                    const char *name,
                    GError **error)
{
  GStatBuf st;
  GBytes *bytes;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  /* What the file is, before it is opened: a folder, a device or a file
   * too large is named without reading it. */
  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      rd_import_set_file_error (error, name, saved == ENOENT ? RD_FILE_TROUBLE_NOT_FOUND : RD_FILE_TROUBLE_OTHER, g_strerror (saved));
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    {
      rd_import_set_file_error (error, name, RD_FILE_TROUBLE_IS_DIRECTORY, NULL);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      rd_import_set_file_error (error, name, RD_FILE_TROUBLE_NOT_REGULAR, NULL);
      return NULL;
    }
  if (st.st_size > RD_LIMIT_FILE_SIZE)
    {
      rd_import_set_too_large (error, name, st.st_size);
      return NULL;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_gio_error (error, path, name, TRUE, errno);
      return NULL;
    }
  /* Replaced by a folder since */
  if (fstat (fd, &st) == 0 && S_ISDIR (st.st_mode))
    {
      close (fd);
      set_gio_error (error, path, name, TRUE, EISDIR);
      return NULL;
    }
  bytes = read_all (fd, st.st_size, path, name, error);
  close (fd);
  return bytes;
}

RdBlockList *
rd_local_file_import (const char *path,
                      const char *name,
                      const RdImportOptions *options,
                      GError **error)
{
  g_autoptr (GBytes) bytes = rd_local_file_read (path, name, error);

  if (bytes == NULL)
    return NULL;
  return rd_import_bytes_with_options (bytes, name, options, error);
}

char *
rd_fetch_get_cache_dir (void)
{
  return g_build_filename (g_get_user_cache_dir (), "resdiff", NULL);
}

char *
rd_fetch_get_cache_path (const char *symbol,
                         const char *language,
                         const char *extension)
{
  g_autofree char *dir = rd_fetch_get_cache_dir ();
  g_autofree char *key = g_strdup (symbol);
  g_autofree char *name = NULL;

  g_strdelimit (key, "/ ", '_');
  name = language != NULL ? g_strdup_printf ("%s.%s.%s", key, language, extension) : g_strdup_printf ("%s.%s", key, extension);
  return g_build_filename (dir, name, NULL);
}

RdRecord *
rd_local_file_cached_record (const char *path)
{
  g_autofree char *dir = rd_fetch_get_cache_dir ();
  g_autofree char *cache = g_canonicalize_filename (dir, NULL);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *key = g_path_get_basename (path);
  g_autofree char *record_path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GPtrArray) records = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (strcmp (folder, cache) != 0)
    return NULL;
  /* KEY.LANG.EXT → KEY.marcxml */
  for (guint i = 0; i < 2; i++)
    {
      char *dot = strrchr (key, '.');

      if (dot == NULL)
        return NULL;
      *dot = '\0';
    }
  record_path = rd_fetch_get_cache_path (key, NULL, "marcxml");
  if (!g_file_get_contents (record_path, &contents, &length, NULL))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  records = rd_record_parse_marcxml (bytes, NULL);
  for (guint r = 0; records != NULL && r < records->len; r++)
    {
      RdRecord *record = g_ptr_array_index (records, r);

      for (guint i = 0; i < record->symbols->len; i++)
        {
          g_autofree char *record_key = g_strdup (g_ptr_array_index (record->symbols, i));

          g_strdelimit (record_key, "/ ", '_');
          if (g_ascii_strcasecmp (record_key, key) == 0)
            return rd_record_copy (record);
        }
    }
  return NULL;
}
