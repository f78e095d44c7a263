/* rd-test-util.h: helpers shared by the tests
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <string.h>

#include "rd-document.h"
#include "rd-import.h"
#include "rd-parser.h"

G_BEGIN_DECLS

/* Parses @text as if it were a plain-text file. */
static inline RdDocument *
rd_test_parse_text (const char *text)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (GError) error = NULL;
  g_autoptr (RdBlockList) blocks = rd_import_bytes (bytes, "test.txt", &error);

  g_assert_no_error (error);
  g_assert_nonnull (blocks);
  return rd_parser_parse (blocks, "test.txt");
}

/* Loads a fixture from tests/data. */
static inline RdDocument *
rd_test_load_fixture (const char *first_component,
                      ...)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  RdDocument *document;
  va_list args;

  g_ptr_array_add (parts, (gpointer) g_test_get_dir (G_TEST_DIST));
  g_ptr_array_add (parts, (gpointer) "data");
  va_start (args, first_component);
  for (const char *c = first_component; c != NULL; c = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) c);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  path = g_build_filenamev ((char **) parts->pdata);
  file = g_file_new_for_path (path);
  document = rd_document_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

/* The path of a fixture in tests/data. */
#define rd_test_fixture_path(...) g_test_build_filename (G_TEST_DIST, "data", __VA_ARGS__, NULL)

static inline RdParagraph *
rd_test_paragraph (RdDocument *document,
                   guint index)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);

  g_assert_cmpuint (index, <, paragraphs->len);
  return g_ptr_array_index (paragraphs, index);
}

/* The index-th paragraph of @kind, 0-based. */
static inline RdParagraph *
rd_test_paragraph_of_kind (RdDocument *document,
                           RdParagraphKind kind,
                           guint nth)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      if (paragraph->kind == kind && nth-- == 0)
        return paragraph;
    }
  g_assert_not_reached ();
  return NULL;
}

G_END_DECLS
