/* rd-import-office.c: Word (.docx) and OpenDocument (.odt, .fodt) files
 *
 * Both are zip archives of XML parts (rd-zip-package.h), read with
 * libxml2 (rd_xml_parse: no network, no DTD loading, no entity expansion).
 * Which of the two a zip is, is decided by its entries, not by the name of
 * the file; the readers are rd-import-word.c and rd-import-odf.c.
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-import-office.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-formats.h"
#include "rd-import.h"

#define OFFICE_NS "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
/* The mimetype entry of an OpenDocument package, of any kind. */
#define OPENDOCUMENT_MIMETYPE "application/vnd.oasis.opendocument."
#define ODT_MIMETYPE OPENDOCUMENT_MIMETYPE "text"

/* Static helpers */

static RdBlockList *
import_package (GBytes *bytes,
                RdTrackedChanges changes,
                GError **error)
{
  g_auto (RdZipPackage) package = { 0 };
  g_autoptr (GHashTable) rels = NULL;
  g_autoptr (GError) rels_error = NULL;
  g_autofree char *mimetype = NULL;
  const char *main_part = NULL;

  if (!rd_zip_package_read (&package, bytes, error))
    return NULL;

  mimetype = rd_zip_package_get_mimetype (&package);
  if (mimetype != NULL && g_str_has_prefix (mimetype, OPENDOCUMENT_MIMETYPE))
    {
      /* .odt, and its template (.ott) and master (.odm) forms. */
      if (g_str_has_prefix (mimetype, ODT_MIMETYPE))
        return rd_odf_import_package (&package, changes, error);
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
                   _ ("this is an OpenDocument file of another kind (%s), not a text document; save it as .odt, .docx or PDF"),
                   mimetype + strlen (OPENDOCUMENT_MIMETYPE));
      return NULL;
    }

  rels = rd_zip_package_read_relationships (&package, NULL, &rels_error);
  if (rels != NULL)
    main_part = g_hash_table_lookup (rels, "type:officeDocument");
  if (main_part != NULL && rd_zip_package_get (&package, main_part) != NULL)
    return rd_word_import (&package, main_part, changes, error);
  if (rd_zip_package_get (&package, "word/document.xml") != NULL)
    return rd_word_import (&package, "word/document.xml", changes, error);
  if (rd_zip_package_get (&package, "content.xml") != NULL)
    return rd_odf_import_package (&package, changes, error);

  if (rd_zip_package_has (&package, "xl/workbook.xml"))
    g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
                 _ ("this is an Excel workbook (.xlsx), not a text document; save the text as .docx or PDF"));
  else if (rd_zip_package_has (&package, "ppt/presentation.xml"))
    g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
                 _ ("this is a PowerPoint presentation (.pptx), not a text document; save the text as .docx or PDF"));
  else
    g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
                 _ ("this is a zip archive, but not a Word (.docx) or OpenDocument text (.odt) document"));
  return NULL;
}

/* Public API */

void
rd_office_note_free (RdOfficeNote *note)
{
  g_free (note->id);
  g_free (note->mark);
  g_free (note);
}

void
rd_office_paragraph_reset (RdOfficeParagraph *paragraph)
{
  g_clear_pointer (&paragraph->number, g_free);
  paragraph->role = RD_BLOCK_BODY;
  paragraph->flags = RD_BLOCK_FLAG_NONE;
  paragraph->emitted = FALSE;
  paragraph->joining = FALSE;
}

char *
rd_office_finish_label (GString *label)
{
  g_strstrip (label->str);
  label->len = strlen (label->str);
  if (label->len == 0)
    {
      g_string_free (label, TRUE);
      return NULL;
    }
  return g_string_free (label, FALSE);
}

RdBlock *
rd_office_emit_block (RdTextBuilder *builder,
                      RdBlockList *list,
                      RdOfficeParagraph *paragraph)
{
  RdBlock *block = rd_text_builder_flush (builder, list, paragraph->role);

  if (block == NULL)
    return NULL;
  if (!paragraph->emitted)
    {
      block->flags |= paragraph->flags;
      block->number = g_strdup (paragraph->number);
      paragraph->emitted = TRUE;
    }
  else
    block->flags |= RD_BLOCK_FLAG_CONTINUATION;
  return block;
}

void
rd_office_emit_notes (GPtrArray *notes,
                      gboolean need_mark,
                      RdOfficeParagraph *paragraph,
                      RdTextBuilder *builder,
                      RdBlockList *list,
                      RdOfficeReadBody read_body,
                      gpointer reader)
{
  for (guint i = 0; i < notes->len; i++)
    {
      RdOfficeNote *note = g_ptr_array_index (notes, i);
      RdBlock *block;

      if (note->body == NULL || (need_mark && note->mark == NULL))
        continue;
      rd_office_paragraph_reset (paragraph);
      paragraph->role = RD_BLOCK_FOOTNOTE;
      paragraph->joining = TRUE;
      read_body (reader, note->body);
      block = rd_text_builder_flush (builder, list, RD_BLOCK_FOOTNOTE);
      if (block != NULL)
        block->marker = g_strdup (note->mark);
    }
  rd_office_paragraph_reset (paragraph);
}

RdBlockList *
rd_formats_import_docx (GBytes *bytes,
                        GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  rd_xml_init ();

  return import_package (bytes, RD_TRACKED_CHANGES_ACCEPT, error);
}

RdBlockList *
rd_formats_import_odt (GBytes *bytes,
                       GError **error)
{
  return rd_formats_import_office (bytes, RD_TRACKED_CHANGES_ACCEPT, error);
}

RdBlockList *
rd_formats_import_office (GBytes *bytes,
                          RdTrackedChanges changes,
                          GError **error)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr (xmlDoc) doc = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  rd_xml_init ();

  if (length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    return import_package (bytes, changes, error);

  /* A flat OpenDocument (.fodt): the whole document in one XML file. */
  doc = rd_xml_parse (data, length, _ ("the flat OpenDocument XML"), error);
  if (doc == NULL)
    return NULL;
  if (!rd_xml_is (xmlDocGetRootElement (doc), OFFICE_NS, "document"))
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED, _ ("the XML is not an OpenDocument document"));
      return NULL;
    }
  return rd_odf_import (doc, NULL, NULL, changes, error);
}
