/* rd-zip-writer.c: a zip archive in memory
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-zip-writer.h"

#include <archive.h>
#include <archive_entry.h>

/* The records of a zip archive (APPNOTE.TXT, 4.3): their signatures and
 * fixed sizes in bytes, before the names and extra fields. */
#define LOCAL_HEADER_SIGNATURE 0x04034b50
#define LOCAL_HEADER_SIZE 30
#define CENTRAL_HEADER_SIGNATURE 0x02014b50
#define CENTRAL_HEADER_SIZE 46
#define END_RECORD_SIGNATURE 0x06054b50
#define END_RECORD_SIZE 22
#define ZIP64_LOCATOR_SIGNATURE 0x07064b50
#define ZIP64_LOCATOR_SIZE 20

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

static guint32
read_u16 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8;
}

static guint32
read_u32 (const guint8 *p)
{
  return read_u16 (p) | read_u16 (p + 2) << 16;
}

static void
write_u32 (guint8 *p,
           guint32 value)
{
  for (guint i = 0; i < 4; i++)
    p[i] = (guint8) (value >> (8 * i));
}

/* libarchive gives every local header extra fields (times, owner); an
 * OpenDocument package's first entry, "mimetype", must have none, so
 * that its text stands at byte 38 where readers look for it.  Removes
 * them and moves the offsets of the central directory back by as much.
 * Leaves a Zip64 archive (never this size) as it is. */
static void
strip_first_extra_field (GByteArray *zip)
{
  guint8 *data = zip->data;
  gsize length = zip->len;
  guint32 name_length, extra_length, directory_offset, directory_size, entries;
  gsize end = 0;

  if (length < LOCAL_HEADER_SIZE + END_RECORD_SIZE || read_u32 (data) != LOCAL_HEADER_SIGNATURE)
    return;
  name_length = read_u16 (data + 26);
  extra_length = read_u16 (data + 28);
  if (extra_length == 0 || LOCAL_HEADER_SIZE + name_length + extra_length > length)
    return;
  for (gsize i = length - END_RECORD_SIZE; i > 0 && end == 0; i--)
    if (read_u32 (data + i) == END_RECORD_SIGNATURE)
      end = i;
  if (end == 0 || (end >= ZIP64_LOCATOR_SIZE && read_u32 (data + end - ZIP64_LOCATOR_SIZE) == ZIP64_LOCATOR_SIGNATURE))
    return;
  entries = read_u16 (data + end + 10);
  directory_size = read_u32 (data + end + 12);
  directory_offset = read_u32 (data + end + 16);
  if ((gsize) directory_offset + directory_size > end || directory_offset < LOCAL_HEADER_SIZE + name_length + extra_length)
    return;
  /* Checked whole before anything is changed. */
  for (int patch = 0; patch <= 1; patch++)
    for (guint32 k = 0, at = directory_offset; k < entries; k++)
      {
        guint32 offset;

        if ((gsize) at + CENTRAL_HEADER_SIZE > end || read_u32 (data + at) != CENTRAL_HEADER_SIGNATURE)
          return;
        offset = read_u32 (data + at + 42);
        if (patch && offset > 0)
          write_u32 (data + at + 42, offset - extra_length);
        at += CENTRAL_HEADER_SIZE + read_u16 (data + at + 28) + read_u16 (data + at + 30) + read_u16 (data + at + 32);
      }
  write_u32 (data + end + 16, directory_offset - extra_length);
  data[28] = data[29] = 0;
  g_byte_array_remove_range (zip, LOCAL_HEADER_SIZE + name_length, extra_length);
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

      if (entries[i].stored)
        archive_write_zip_set_compression_store (archive);
      else
        archive_write_zip_set_compression_deflate (archive);
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
  if (n_entries > 0 && entries[0].stored)
    strip_first_extra_field (out);
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
