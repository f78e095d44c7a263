/* rd-save.c: saving output files safely
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* fchown, lstat and O_CLOEXEC are POSIX 2008, not C11. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include "rd-save.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rd-import.h"

/* Symbolic links followed at most this deep before giving up, as the
 * kernel does (ELOOP). */
#define MAX_LINK_DEPTH 40

/* clang-format off */
G_DEFINE_QUARK (rd-save-error-quark, rd_save_error)
/* clang-format on */

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

static gboolean
fail (GError **error,
      const char *name,
      int saved_errno)
{
  g_set_error (error, RD_SAVE_ERROR, RD_SAVE_ERROR_FAILED, _ ("%s: cannot save (%s)"), name, g_strerror (saved_errno));
  return FALSE;
}

/* The file @path names once symbolic links are followed, even a link that
 * points to no file yet: saving replaces that file and keeps the link.
 * NULL with errno ELOOP when the links go deeper than the kernel follows
 * them (a loop), so that the link is never replaced by a file. */
static char *
resolve_links (const char *path)
{
  char *current = g_strdup (path);

  for (guint depth = 0;; depth++)
    {
      GStatBuf info;
      g_autofree char *link = NULL;
      char *next;

      if (g_lstat (current, &info) != 0 || !S_ISLNK (info.st_mode))
        break;
      if (depth == MAX_LINK_DEPTH)
        {
          g_free (current);
          errno = ELOOP;
          return NULL;
        }
      link = g_file_read_link (current, NULL);
      if (link == NULL)
        break;
      if (g_path_is_absolute (link))
        next = g_steal_pointer (&link);
      else
        {
          g_autofree char *folder = g_path_get_dirname (current);
          next = g_build_filename (folder, link, NULL);
        }
      g_free (current);
      current = next;
    }
  return current;
}

static gboolean
write_all (int fd,
           const char *data,
           gsize length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += written;
      length -= written;
    }
  return TRUE;
}

static gboolean
save_local (const char *path,
            const char *name,
            const char *data,
            gsize length,
            GError **error)
{
  g_autofree char *real = resolve_links (path);
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *hidden = NULL;
  g_autofree char *temp = NULL;
  GStatBuf info;
  gboolean exists;
  int saved_errno;
  int fd;

  if (real == NULL)
    return fail (error, name, errno);
  folder = g_path_get_dirname (real);
  base = g_path_get_basename (real);
  hidden = g_strdup_printf (".%s.XXXXXX", base);
  temp = g_build_filename (folder, hidden, NULL);
  exists = g_stat (real, &info) == 0;

  if (exists && S_ISDIR (info.st_mode))
    {
      g_set_error (error, RD_SAVE_ERROR, RD_SAVE_ERROR_FAILED, _ ("%s: this is a folder; give a file name for the output"), name);
      return FALSE;
    }

  if (exists && !S_ISREG (info.st_mode))
    {
      /* A device or a pipe (-o /dev/stdout): nothing to replace. */
      fd = g_open (real, O_WRONLY | O_CLOEXEC, 0);
      if (fd < 0)
        return fail (error, name, errno);
      if (!write_all (fd, data, length))
        {
          saved_errno = errno;
          close (fd);
          return fail (error, name, saved_errno);
        }
      if (close (fd) != 0)
        return fail (error, name, errno);
      return TRUE;
    }

  /* Beside the target, so the rename stays on one file system; 0666 less
   * the umask, as any new file. */
  fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    return fail (error, name, errno);

  if (exists)
    {
      /* The new file keeps the old one's permissions, and its owner when
       * we may give it (root saving a user's file). */
      if (fchmod (fd, info.st_mode & 07777) != 0)
        {
          /* A file system without permissions: keep the default. */
        }
      if ((info.st_uid != geteuid () || info.st_gid != getegid ()) && fchown (fd, info.st_uid, info.st_gid) != 0)
        {
          /* Not ours to give away: the file stays ours. */
        }
    }

  /* Written and on disk before the rename, so a crash leaves either the
   * old file or the new one, never a truncated one. */
  if (!write_all (fd, data, length) || (fsync (fd) != 0 && errno != EINVAL && errno != ENOTSUP))
    {
      saved_errno = errno;
      close (fd);
      g_unlink (temp);
      return fail (error, name, saved_errno);
    }
  if (close (fd) != 0 || g_rename (temp, real) != 0)
    {
      saved_errno = errno;
      g_unlink (temp);
      return fail (error, name, saved_errno);
    }
  return TRUE;
}

/* A file without a local path (a GVfs location): GIO's replace, which also
 * writes beside the target and renames on close.  On a failed write the
 * stream is closed cancelled, so the half-written file is not renamed
 * into place. */
static gboolean
save_gio (GFile *target,
          const char *name,
          const char *data,
          gsize length,
          GCancellable *cancellable,
          GError **error)
{
  g_autoptr (GFileOutputStream) out = NULL;
  g_autoptr (GError) local_error = NULL;

  out = g_file_replace (target, NULL, FALSE, G_FILE_CREATE_NONE, cancellable, &local_error);
  if (out != NULL && !g_output_stream_write_all (G_OUTPUT_STREAM (out), data, length, NULL, cancellable, &local_error))
    {
      g_autoptr (GCancellable) abandon = g_cancellable_new ();

      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (out), abandon, NULL);
    }
  else if (out != NULL)
    g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, &local_error);

  if (local_error != NULL)
    {
      g_set_error (error, RD_SAVE_ERROR, RD_SAVE_ERROR_FAILED, _ ("%s: cannot save (%s)"), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
rd_save_check_target (GFile *target,
                      GFile *const *inputs,
                      GError **error)
{
  g_return_val_if_fail (G_IS_FILE (target), FALSE);

  for (guint i = 0; inputs != NULL && inputs[i] != NULL; i++)
    if (same_file (target, inputs[i]))
      {
        g_autofree char *name = rd_file_display_name (target);

        g_set_error (error, RD_SAVE_ERROR, RD_SAVE_ERROR_IS_INPUT,
                     _ ("%s: this is one of the files being compared; choose another name for the output"), name);
        return FALSE;
      }
  return TRUE;
}

gboolean
rd_save_bytes (GFile *target,
               GBytes *contents,
               GFile *const *inputs,
               GCancellable *cancellable,
               GError **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (target), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  if (!rd_save_check_target (target, inputs, error))
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  name = rd_file_display_name (target);
  data = g_bytes_get_data (contents, &length);
  path = g_file_get_path (target);
  if (path != NULL)
    return save_local (path, name, data, length, error);
  return save_gio (target, name, data, length, cancellable, error);
}
