/* rd-document.h: one parsed version of a resolution
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rd-record.h"

G_BEGIN_DECLS

typedef enum
{
  RD_PARAGRAPH_PREAMBULAR,
  RD_PARAGRAPH_OPERATIVE,
  RD_PARAGRAPH_SUBPARAGRAPH,
  RD_PARAGRAPH_HEADING,
  RD_PARAGRAPH_OTHER,
} RdParagraphKind;

const char *rd_paragraph_kind_to_string (RdParagraphKind kind);

/* The most digits an operative paragraph's number has, and so the largest
 * such number: the longest resolutions number a few hundred paragraphs;
 * a longer figure opening a line is a year or part of a symbol. */
#define RD_PARAGRAPH_NUMBER_DIGITS 4
#define RD_PARAGRAPH_NUMBER_MAX 9999

/* Where a footnote is cited: the marker stood just before byte @offset of
 * the paragraph's text (the marker itself is not part of the text). */
typedef struct
{
  gsize offset;
  char *marker;
} RdFootnoteRef;

typedef struct
{
  guint index;   /* 0-based position in reading order */
  guint ordinal; /* 1-based position among paragraphs of its kind */
  RdParagraphKind kind;
  char *number;       /* as printed without its punctuation: "12", "a",
                       * "ii", "A"; NULL when unnumbered */
  char *number_label; /* as printed: "12.", "(a)", "A."; NULL likewise */
  char *verb;         /* the leading verb phrase, or NULL */
  char *text;         /* plain text, number and markers removed */
  GArray *footnotes;  /* RdFootnoteRef, in text order */
  guint parent;       /* subparagraph: index of the paragraph it belongs
                       * to; G_MAXUINT otherwise */
  int page;           /* page it starts on, 0 when unknown */
  int key_flags;      /* the comparison's hash of the text, computed ahead
                       * with these RdDiffFlags by rd_comparison_prepare_
                       * document(); -1 when not computed */
  guint key_hash;
  gboolean key_empty;
} RdParagraph;

typedef struct
{
  char *marker;
  char *text;
} RdFootnote;

typedef struct
{
  char *name;  /* as written in the document */
  char *state; /* today's official short name, or NULL when unknown */
  char *note;  /* an asterisk note or "on behalf of ..." text, or NULL */
} RdSponsor;

#define RD_TYPE_DOCUMENT (rd_document_get_type ())
G_DECLARE_FINAL_TYPE (RdDocument, rd_document, RD, DOCUMENT, GObject)

RdDocument *rd_document_new (const char *file, const char *format);

const char *rd_document_get_file (RdDocument *self);
const char *rd_document_get_format (RdDocument *self);

/* The file's name without its folder: "draft-rev1.pdf". */
char *rd_document_dup_file_name (RdDocument *self);

/* How every output names the version to a reader (titles, captions,
 * running headers, the window's subtitle): its symbol, "A/C.3/68/L.4",
 * or its file's name when it prints none. */
char *rd_document_dup_display_name (RdDocument *self);
/* Names a document that no file or symbol names alone, such as a draft
 * as amended ("A/80/L.18 as amended by A/80/L.19, L.20"); NULL goes back
 * to the symbol.  Every output takes it from rd_document_dup_display_name(). */
void rd_document_set_display_name (RdDocument *self, const char *name);

/* Whether a BCP 47 tag names a language written right to left: Arabic,
 * Persian, Hebrew, Urdu, Pashto, Yiddish ("ar", "ar-EG"). */
gboolean rd_language_is_right_to_left (const char *tag);
/* Whether letters of @script are written from right to left (Arabic,
 * Hebrew, Syriac, Thaana, N'Ko). */
gboolean rd_script_is_right_to_left (GUnicodeScript script);
/* Whether the document reads right to left: by its language tag when it
 * has one (RD_FIELD_LANGUAGE), else by the script of most letters of its
 * title and first paragraphs (a PDF says no language). */
gboolean rd_document_is_right_to_left (RdDocument *self);

/* Header fields: each is NULL when the document does not print it. */
typedef enum
{
  RD_FIELD_SYMBOL,
  RD_FIELD_ORGAN,             /* "General Assembly", "Security Council" */
  RD_FIELD_DISTRIBUTION,      /* "Limited", "General" */
  RD_FIELD_DATE,              /* as printed: "8 November 2013" */
  RD_FIELD_ORIGINAL_LANGUAGE, /* "English" */
  RD_FIELD_SESSION,           /* "Sixty-eighth session" */
  RD_FIELD_COMMITTEE,         /* "Third Committee" */
  RD_FIELD_AGENDA_TITLE,
  RD_FIELD_DOCUMENT_TYPE, /* "draft resolution", "resolution", ... */
  RD_FIELD_BASED_ON,      /* basis document of a facilitator's text */
  RD_FIELD_TITLE,
  RD_FIELD_FORMULA,           /* "The General Assembly," */
  RD_FIELD_ADOPTION_DATE,     /* adopted texts: "18 December 2025" */
  RD_FIELD_RESOLUTION_NUMBER, /* adopted texts: "80/228" */
  RD_FIELD_REPORT,            /* adopted texts: "A/80/545" */
  RD_FIELD_SUBMITTED_BY,      /* "the Vice-Chair of the Committee, ..." */
  RD_FIELD_LANGUAGE,          /* BCP 47 tag of the text: "en" */
  RD_FIELD_MEETING,           /* adopted texts: "56th plenary meeting" */
  RD_FIELD_AMENDS,            /* amendments: the symbol of the draft they
                               * amend ("A/80/L.18") */
  /* From the document's record in the UN Digital Library (rd-record.h),
   * when it was fetched by symbol: */
  RD_FIELD_RECORD_TITLE,  /* 245: the catalogue's title */
  RD_FIELD_RECORD_DATE,   /* 269: "2025-12-18", the adoption date of a resolution */
  RD_FIELD_VOTE,          /* 996: "120 in favour, ... (recorded vote)" */
  RD_FIELD_RECORD_AGENDA, /* 991: "A/80/251 69(b) ..." */
  RD_N_FIELDS
} RdField;

/* The field's key, for data: "document_type". */
const char *rd_field_to_string (RdField field);
/* What a reader calls it, translated: "Document type". */
const char *rd_field_to_label (RdField field);
const char *rd_document_get_field (RdDocument *self, RdField field);
void rd_document_set_field (RdDocument *self, RdField field, const char *value);

/* The document's record in the Digital Library, or NULL.  Setting it
 * (copied) also sets the RD_FIELD_RECORD_* fields and RD_FIELD_VOTE, which
 * the comparison compares and every output shows. */
const RdRecord *rd_document_get_record (RdDocument *self);
void rd_document_set_record (RdDocument *self, const RdRecord *record);

/* Convenience getters for the common fields. */
const char *rd_document_get_symbol (RdDocument *self);
const char *rd_document_get_document_type (RdDocument *self);
const char *rd_document_get_title (RdDocument *self);
const char *rd_document_get_date (RdDocument *self);

GPtrArray *rd_document_get_agenda_items (RdDocument *self); /* char * */
void rd_document_add_agenda_item (RdDocument *self, const char *item);

GPtrArray *rd_document_get_sponsors (RdDocument *self); /* RdSponsor * */
void rd_document_add_sponsor (RdDocument *self, const char *name, const char *state, const char *note);
/* Whether the document lists sponsors: drafts do; adopted resolutions and
 * texts submitted by a Chair, Vice-Chair or Rapporteur do not. */
gboolean rd_document_lists_sponsors (RdDocument *self);

GPtrArray *rd_document_get_paragraphs (RdDocument *self); /* RdParagraph * */
/* Takes ownership of @paragraph and sets its index. */
void rd_document_add_paragraph (RdDocument *self, RdParagraph *paragraph);
guint rd_document_count_paragraphs (RdDocument *self, RdParagraphKind kind);

GPtrArray *rd_document_get_footnotes (RdDocument *self); /* RdFootnote * */
RdFootnote *rd_document_find_footnote (RdDocument *self, const char *marker);
void rd_document_add_footnote (RdDocument *self, const char *marker, const char *text);

GPtrArray *rd_document_get_warnings (RdDocument *self); /* char * */
void rd_document_add_warning (RdDocument *self, const char *format, ...)
    G_GNUC_PRINTF (2, 3);

/* A short label for a paragraph as a reader cites it: "PP 3", "OP 7",
 * "OP 7 (a)", "para. 12". */
char *rd_document_describe_paragraph (RdDocument *self, guint index);

RdSponsor *rd_sponsor_new (const char *name, const char *state, const char *note);
void rd_sponsor_free (RdSponsor *sponsor);

RdParagraph *rd_paragraph_new (RdParagraphKind kind, const char *text);
RdParagraph *rd_paragraph_new_take (RdParagraphKind kind, char *text);
void rd_paragraph_free (RdParagraph *paragraph);
void rd_paragraph_add_footnote_ref (RdParagraph *paragraph, gsize offset, const char *marker);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdParagraph, rd_paragraph_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdSponsor, rd_sponsor_free)

G_END_DECLS
