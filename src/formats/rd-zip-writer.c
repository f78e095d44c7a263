/* rd-zip-writer.c: a zip archive in memory
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-zip-writer.h"

#include <archive.h>
#include <archive_entry.h>

/* Static helpers */

static la_ssize_t
append_to_array (struct archive *archive,
                 void *user_data,
                 const void *buffer,
                 size_t length)
{
  g_byte_array_append (user_data, buffer, length);
  return (la_ssize_t) length;
}

static gboolean
fail (struct archive *archive,
      GError **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", archive_error_string (archive) != NULL ? archive_error_string (archive) : "libarchive failed");
  return FALSE;
}

/* Public API */

GBytes *
rd_zip_write (const RdZipEntry *entries,
              guint n_entries,
              GDateTime *mtime,
              GError **error)
{
  g_autoptr (GByteArray) out = g_byte_array_new ();
  struct archive *archive = archive_write_new ();
  gboolean ok = TRUE;

  archive_write_set_format_zip (archive);
  archive_write_set_options (archive, "zip:compression=deflate");
  /* Write the archive in one piece as it comes, with no padding. */
  archive_write_set_bytes_in_last_block (archive, 1);
  if (archive_write_open (archive, out, NULL, append_to_array, NULL) != ARCHIVE_OK)
    ok = fail (archive, error);

  for (guint i = 0; ok && i < n_entries; i++)
    {
      struct archive_entry *entry = archive_entry_new ();
      gsize length = 0;
      const void *data = g_bytes_get_data (entries[i].data, &length);

      archive_entry_set_pathname (entry, entries[i].name);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_size (entry, (la_int64_t) length);
      archive_entry_set_mtime (entry, mtime != NULL ? g_date_time_to_unix (mtime) : 0, 0);
      if (archive_write_header (archive, entry) != ARCHIVE_OK || (length > 0 && archive_write_data (archive, data, length) != (la_ssize_t) length))
        ok = fail (archive, error);
      archive_entry_free (entry);
    }
  if (ok && archive_write_close (archive) != ARCHIVE_OK)
    ok = fail (archive, error);
  archive_write_free (archive);
  if (!ok)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
