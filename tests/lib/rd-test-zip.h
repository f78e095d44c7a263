/* rd-test-zip.h: zip packages made with libarchive, for the tests of the
 * Word and OpenDocument readers and of their limits
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <archive.h>
#include <glib.h>

G_BEGIN_DECLS

/* The content types and package relationships of the smallest Word
 * package: one part, word/document.xml. */
#define RD_TEST_DOCX_CONTENT_TYPES                                                                                                               \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"                                                                                                   \
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"                                                               \
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"                                                                                 \
  "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" \
  "</Types>"

#define RD_TEST_DOCX_PACKAGE_RELS                                                                                                                        \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"                                                                                                           \
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"                                                               \
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" \
  "</Relationships>"

/* Adds the entry @name of @length bytes to @archive: @content, or, when
 * it is NULL, what the caller writes next with archive_write_data(). */
void rd_test_zip_add (struct archive *archive, const char *name, const char *content, gsize length);

G_END_DECLS
