/* rd-zip-package.c: the parts of a Word or OpenDocument zip archive
 *
 * The archive is read with libarchive: only its central directory and the
 * parts the readers use.  Limits against hostile archives (see also
 * docs/formats.md): at most RD_LIMIT_ZIP_ENTRIES entries and RD_LIMIT_ZIP_INFLATED_SIZE
 * bytes inflated, both counted while the archive is read, so a zip bomb
 * stops after a fraction of a second with RD_IMPORT_ERROR_TOO_LARGE.
 * Images and the rest are skipped without being inflated.
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-zip-package.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-import.h"
#include "rd-xml.h"

/* How much is inflated at a time. */
#define READ_CHUNK_SIZE (64 * 1024)

/* The most of a "mimetype" entry read, in bytes: the longest OpenDocument
 * type is under 60. */
#define MAX_MIMETYPE_LENGTH 200

/* Static helpers */

/* The parts the Word and OpenDocument readers use, besides every XML part
 * and relationship file under word/; everything else is skipped unread. */
static const char *const wanted_parts[] = {
  "mimetype",
  "content.xml",
  "styles.xml",
  "meta.xml",
  "meta-inf/manifest.xml",
  "_rels/.rels",
};

static gboolean
is_wanted (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (wanted_parts); i++)
    if (strcmp (name, wanted_parts[i]) == 0)
      return TRUE;
  return g_str_has_prefix (name, "word/") && (g_str_has_suffix (name, ".xml") || g_str_has_suffix (name, ".rels"));
}

/* libarchive's reading failed part-way. */
static void
set_damaged_error (GError **error,
                   struct archive *archive)
{
  /* TRANSLATORS: %s is libarchive's description, in English. */
  g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED, _ ("the zip archive is damaged (%s)"), archive_error_string (archive));
}

static char *
normalize_part_name (const char *name)
{
  while (*name == '/' || (name[0] == '.' && name[1] == '/'))
    name += *name == '/' ? 1 : 2;
  return g_ascii_strdown (name, -1);
}

/* Resolves @target of a relationship of the part @source against its
 * folder ("footnotes.xml" from "word/document.xml" is
 * "word/footnotes.xml"). */
static char *
resolve_target (const char *source,
                const char *target)
{
  g_autoptr (GPtrArray) segments = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) parts = NULL;

  if (target[0] != '/' && source != NULL)
    {
      const char *slash = strrchr (source, '/');

      if (slash != NULL)
        {
          g_auto (GStrv) base = g_strsplit (source, "/", -1);
          for (guint i = 0; base[i] != NULL && base[i + 1] != NULL; i++)
            g_ptr_array_add (segments, g_strdup (base[i]));
        }
    }
  parts = g_strsplit (target, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (*parts[i] == '\0' || strcmp (parts[i], ".") == 0)
        continue;
      if (strcmp (parts[i], "..") == 0)
        {
          if (segments->len > 0)
            g_ptr_array_remove_index (segments, segments->len - 1);
          continue;
        }
      g_ptr_array_add (segments, g_strdup (parts[i]));
    }
  g_ptr_array_add (segments, NULL);
  return g_strjoinv ("/", (char **) segments->pdata);
}

/* Public API */

gboolean
rd_zip_package_read (RdZipPackage *package,
                     GBytes *bytes,
                     GError **error)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry = NULL;
  g_autofree char *chunk = g_malloc (READ_CHUNK_SIZE);
  gsize length = 0;
  const void *data = g_bytes_get_data (bytes, &length);
  gsize inflated = 0;
  guint n_entries = 0;
  gboolean ok = FALSE;
  int status;

  package->parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  package->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (archive == NULL)
    g_error ("Out of memory creating an archive reader");

  /* Only the seekable zip reader: it reads the central directory, which
   * every Word and OpenDocument file has, and skips unwanted entries
   * without inflating them.  A zip without its directory (truncated) is
   * refused rather than half read. */
  archive_read_support_format_zip_seekable (archive);
  if (archive_read_open_memory (archive, data, length) != ARCHIVE_OK)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED,
                   _ ("the zip archive is damaged or truncated: its table of contents is missing"));
      goto out;
    }

  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN)
    {
      const char *pathname = archive_entry_pathname_utf8 (entry);
      g_autoptr (GByteArray) buffer = NULL;
      char *name;

      if (++n_entries > RD_LIMIT_ZIP_ENTRIES)
        {
          g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE,
                       _ ("the zip archive has more than %d entries, far more than a Word or OpenDocument file has; it may be a zip bomb"),
                       RD_LIMIT_ZIP_ENTRIES);
          goto out;
        }
      if (pathname == NULL)
        pathname = archive_entry_pathname (entry);
      if (pathname == NULL)
        continue;
      name = normalize_part_name (pathname);
      g_hash_table_replace (package->names, name, NULL);
      if (!is_wanted (name) || archive_entry_filetype (entry) != AE_IFREG)
        continue;
      if (archive_entry_is_encrypted (entry))
        {
          g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_ENCRYPTED,
                       _ ("the document is encrypted (password-protected); open it in its word processor, remove the password and save it again"));
          goto out;
        }

      buffer = g_byte_array_new ();
      for (;;)
        {
          la_ssize_t n = archive_read_data (archive, chunk, READ_CHUNK_SIZE);

          if (n == 0)
            break;
          if (n < 0)
            {
              set_damaged_error (error, archive);
              goto out;
            }
          if ((gsize) n > RD_LIMIT_ZIP_INFLATED_SIZE - inflated)
            {
              g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE,
                           _ ("the zip archive inflates to more than %d MB, far more than a Word or OpenDocument text needs; it may be a zip bomb"),
                           RD_LIMIT_ZIP_INFLATED_SIZE / RD_BYTES_PER_MB);
              goto out;
            }
          inflated += (gsize) n;
          g_byte_array_append (buffer, (const guint8 *) chunk, (guint) n);
        }
      g_hash_table_replace (package->parts, g_strdup (name), g_byte_array_free_to_bytes (g_steal_pointer (&buffer)));
    }

  if (status != ARCHIVE_EOF)
    {
      set_damaged_error (error, archive);
      goto out;
    }
  ok = TRUE;

out:
  archive_read_free (archive);
  return ok;
}

GBytes *
rd_zip_package_get (RdZipPackage *package,
                    const char *name)
{
  g_autofree char *key = normalize_part_name (name);

  return g_hash_table_lookup (package->parts, key);
}

gboolean
rd_zip_package_has (RdZipPackage *package,
                    const char *name)
{
  g_autofree char *key = normalize_part_name (name);

  return g_hash_table_contains (package->names, key);
}

xmlDoc *
rd_zip_package_parse (RdZipPackage *package,
                      const char *name,
                      GError **error)
{
  GBytes *bytes = rd_zip_package_get (package, name);
  gsize length = 0;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return rd_xml_parse (data, length, name, error);
}

GHashTable *
rd_zip_package_read_relationships (RdZipPackage *package,
                                   const char *source,
                                   GError **error)
{
  g_autofree char *rels_name = NULL;
  g_autoptr (xmlDoc) doc = NULL;
  GHashTable *rels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *slash = source != NULL ? strrchr (source, '/') : NULL;

  if (source == NULL)
    rels_name = g_strdup ("_rels/.rels");
  else if (slash == NULL)
    rels_name = g_strdup_printf ("_rels/%s.rels", source);
  else
    rels_name = g_strdup_printf ("%.*s/_rels/%s.rels", (int) (slash - source), source, slash + 1);

  doc = rd_zip_package_parse (package, rels_name, error);
  if (doc == NULL)
    {
      if (error != NULL && *error != NULL)
        g_clear_pointer (&rels, g_hash_table_unref);
      return rels;
    }

  for (xmlNode *node = xmlDocGetRootElement (doc)->children; node != NULL; node = node->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *type = NULL;
      g_autofree char *target = NULL;
      g_autofree char *mode = NULL;
      const char *short_type;
      char *resolved;

      if (!rd_xml_is (node, NULL, "Relationship"))
        continue;
      id = rd_xml_get (node, NULL, "Id");
      type = rd_xml_get (node, NULL, "Type");
      target = rd_xml_get (node, NULL, "Target");
      mode = rd_xml_get (node, NULL, "TargetMode");
      if (id == NULL || type == NULL || target == NULL || g_strcmp0 (mode, "External") == 0)
        continue;
      resolved = resolve_target (source, target);
      short_type = strrchr (type, '/');
      if (short_type != NULL)
        {
          g_autofree char *key = g_strconcat ("type:", short_type + 1, NULL);
          if (!g_hash_table_contains (rels, key))
            g_hash_table_insert (rels, g_steal_pointer (&key), g_strdup (resolved));
        }
      g_hash_table_replace (rels, g_steal_pointer (&id), resolved);
    }
  return rels;
}
char *
rd_zip_package_get_mimetype (RdZipPackage *package)
{
  GBytes *bytes = rd_zip_package_get (package, "mimetype");
  gsize length = 0;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return g_strstrip (g_strndup (data, MIN (length, MAX_MIMETYPE_LENGTH)));
}

void
rd_zip_package_clear (RdZipPackage *package)
{
  g_clear_pointer (&package->parts, g_hash_table_unref);
  g_clear_pointer (&package->names, g_hash_table_unref);
}
