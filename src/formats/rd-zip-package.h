/* rd-zip-package.h: the parts of a Word or OpenDocument zip archive
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/*
 * Word (.docx) and OpenDocument (.odt) files are zip archives of XML parts;
 * which of the two a zip is, is decided by its entries (rd-import-office.c),
 * never by the file's name.  Part names are matched without case and
 * without a leading "/" or "./".
 */
typedef struct
{
  GHashTable *parts; /* lower-case entry name -> GBytes, the parts read */
  GHashTable *names; /* lower-case entry name: every entry */
} RdZipPackage;

/* Reads the archive's directory and the parts the readers use into
 * @package (zero-initialised).  Errors are in RD_IMPORT_ERROR: damaged,
 * encrypted, too large (a zip bomb).  Clear @package either way. */
gboolean rd_zip_package_read (RdZipPackage *package, GBytes *bytes, GError **error);
void rd_zip_package_clear (RdZipPackage *package);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RdZipPackage, rd_zip_package_clear)

/* The bytes of part @name as read, or NULL. */
GBytes *rd_zip_package_get (RdZipPackage *package, const char *name);

/* Whether the archive has an entry @name, read or not. */
gboolean rd_zip_package_has (RdZipPackage *package, const char *name);

/* Parses part @name (rd_xml_parse); NULL without an error when the part
 * is absent. */
xmlDoc *rd_zip_package_parse (RdZipPackage *package, const char *name, GError **error);

/* The "mimetype" entry of an OpenDocument package, trimmed, or NULL. */
char *rd_zip_package_get_mimetype (RdZipPackage *package);

/* The relationships of part @source (NULL: the package's own, in
 * _rels/.rels): id -> target resolved against @source's folder, plus
 * "type:NAME" -> target of the first relationship whose type ends in
 * "/NAME".  External targets are left out.  An empty table when there is
 * no relationship part; NULL with an error when it is damaged. */
GHashTable *rd_zip_package_read_relationships (RdZipPackage *package, const char *source, GError **error);

G_END_DECLS
