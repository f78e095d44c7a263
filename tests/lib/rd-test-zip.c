/* rd-test-zip.c: zip packages made with libarchive
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-test-zip.h"

#include <archive_entry.h>

void
rd_test_zip_add (struct archive *archive,
                 const char *name,
                 const char *content,
                 gsize length)
{
  struct archive_entry *entry = archive_entry_new ();

  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, (la_int64_t) length);
  g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
  archive_entry_free (entry);
  if (content != NULL && length > 0)
    g_assert_cmpint (archive_write_data (archive, content, length), ==, (la_ssize_t) length);
}
