/* rd-structure-writer.c: a parsed document as JSON (resdiff --structure)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-structure-writer.h"

#include "rd-amendment-json.h"

static void
write_field (RdJsonWriter *writer,
             RdDocument *document,
             RdField field)
{
  rd_json_member_string (writer, rd_field_to_string (field), rd_document_get_field (document, field));
}

static const char *
vote_kind_to_string (RdVoteKind kind)
{
  switch (kind)
    {
    case RD_VOTE_RECORDED:
      return "recorded";
    case RD_VOTE_WITHOUT_VOTE:
      return "without_vote";
    case RD_VOTE_UNKNOWN:
    default:
      return NULL;
    }
}

static void
write_count (RdJsonWriter *writer,
             const char *name,
             int count)
{
  if (count >= 0)
    rd_json_member_int (writer, name, count);
}

/* The Digital Library's record (documents fetched by symbol). */
static void
write_record (RdJsonWriter *writer,
              const RdRecord *record)
{
  if (record == NULL)
    return;
  rd_json_member_object (writer, "record");
  rd_json_member_string (writer, "symbol", record->symbol);
  rd_json_member_string (writer, "title", record->title);
  rd_json_member_string (writer, "date", record->date);
  rd_json_member_strings (writer, "subjects", record->subjects);
  rd_json_member_strings (writer, "agenda", record->agenda);
  rd_json_member_strings (writer, "related", record->related);
  rd_json_member_object (writer, "vote");
  rd_json_member_string (writer, "kind", vote_kind_to_string (record->vote));
  write_count (writer, "yes", record->yes);
  write_count (writer, "no", record->no);
  write_count (writer, "abstentions", record->abstentions);
  rd_json_end_object (writer);
  rd_json_end_object (writer);
}

void
rd_structure_write (RdDocument *document,
                    RdJsonWriter *writer)
{
  GPtrArray *sponsors = rd_document_get_sponsors (document);
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);
  GPtrArray *footnotes = rd_document_get_footnotes (document);
  static const RdField header_fields[] = {
    RD_FIELD_SYMBOL,
    RD_FIELD_ORGAN,
    RD_FIELD_DISTRIBUTION,
    RD_FIELD_DATE,
    RD_FIELD_ORIGINAL_LANGUAGE,
    RD_FIELD_SESSION,
    RD_FIELD_COMMITTEE,
  };
  static const RdField later_fields[] = {
    RD_FIELD_DOCUMENT_TYPE,
    RD_FIELD_AMENDS,
    RD_FIELD_SUBMITTED_BY,
    RD_FIELD_BASED_ON,
    RD_FIELD_ADOPTION_DATE,
    RD_FIELD_RESOLUTION_NUMBER,
    RD_FIELD_REPORT,
    RD_FIELD_MEETING,
    RD_FIELD_LANGUAGE,
  };

  rd_json_begin_object (writer);
  rd_json_member_string (writer, "file", rd_document_get_file (document));
  rd_json_member_string (writer, "format", rd_document_get_format (document));
  for (guint i = 0; i < G_N_ELEMENTS (header_fields); i++)
    write_field (writer, document, header_fields[i]);
  rd_json_member_strings (writer, "agenda_items", rd_document_get_agenda_items (document));
  write_field (writer, document, RD_FIELD_AGENDA_TITLE);
  for (guint i = 0; i < G_N_ELEMENTS (later_fields); i++)
    write_field (writer, document, later_fields[i]);

  rd_json_member_array (writer, "sponsors");
  for (guint i = 0; i < sponsors->len; i++)
    {
      const RdSponsor *sponsor = g_ptr_array_index (sponsors, i);

      rd_json_begin_object (writer);
      rd_json_member_string (writer, "name", sponsor->name);
      rd_json_member_string (writer, "state", sponsor->state);
      rd_json_member_string_if (writer, "note", sponsor->note);
      rd_json_end_object (writer);
    }
  rd_json_end_array (writer);

  write_field (writer, document, RD_FIELD_TITLE);
  write_field (writer, document, RD_FIELD_FORMULA);

  rd_json_member_array (writer, "paragraphs");
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      rd_json_begin_object (writer);
      rd_json_member_int (writer, "index", paragraph->index);
      rd_json_member_string (writer, "kind", rd_paragraph_kind_to_string (paragraph->kind));
      rd_json_member_string (writer, "number", paragraph->number);
      rd_json_member_string (writer, "verb", paragraph->verb);
      rd_json_member_string (writer, "text", paragraph->text);
      rd_json_member_inline_array (writer, "footnotes");
      for (guint k = 0; k < paragraph->footnotes->len; k++)
        rd_json_string (writer, g_array_index (paragraph->footnotes, RdFootnoteRef, k).marker);
      rd_json_end_array (writer);
      if (paragraph->kind == RD_PARAGRAPH_SUBPARAGRAPH && paragraph->parent != G_MAXUINT)
        rd_json_member_int (writer, "parent", paragraph->parent);
      if (paragraph->page > 0)
        rd_json_member_int (writer, "page", paragraph->page);
      rd_json_end_object (writer);
    }
  rd_json_end_array (writer);

  rd_json_member_array (writer, "footnotes");
  for (guint i = 0; i < footnotes->len; i++)
    {
      const RdFootnote *footnote = g_ptr_array_index (footnotes, i);

      rd_json_begin_object (writer);
      rd_json_member_string (writer, "marker", footnote->marker);
      rd_json_member_string (writer, "text", footnote->text);
      rd_json_end_object (writer);
    }
  rd_json_end_array (writer);

  /* An amendment's instructions as read (rd-amendment-json.c) */
  if (rd_document_is_amendment (document))
    {
      g_autoptr (RdAmendment) amendment = rd_amendment_new_from_document (document);
      rd_amendment_write_instructions (amendment, writer);
    }

  write_record (writer, rd_document_get_record (document));
  rd_json_member_strings (writer, "warnings", rd_document_get_warnings (document));
  rd_json_end_object (writer);
}

char *
rd_structure_to_json (RdDocument *document)
{
  RdJsonWriter *writer = rd_json_writer_new ();

  rd_structure_write (document, writer);
  return rd_json_writer_finish (writer);
}

/* The same, handed to @sink piece by piece as it is written (a 3 MB
 * text's structure is 4 MB of JSON, which need not be held at once);
 * FALSE when the sink failed. */
gboolean
rd_structure_write_json (RdDocument *document,
                         RdJsonSink sink,
                         gpointer user_data)
{
  RdJsonWriter *writer = rd_json_writer_new ();
  g_autofree char *rest = NULL;

  rd_json_writer_set_sink (writer, sink, user_data);
  rd_structure_write (document, writer);
  rest = rd_json_writer_finish (writer);
  return rest != NULL;
}
