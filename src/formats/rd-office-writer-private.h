/* rd-office-writer-private.h: what the Word and OpenDocument writers share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <libxml/xmlwriter.h>

#include "rd-comparison.h"
#include "rd-export.h"
#include "rd-presentation.h"

G_BEGIN_DECLS

/* The texts of @runs (NULL for runs that are not text), with a space
 * where the words of two runs would touch in one of the versions. */
GPtrArray *rd_office_spaced_texts (const GPtrArray *runs);

/* The style name of @paragraph ("Preamble", "Operative", ...) and its
 * list level (0 operative, 1 "(a)", 2 "(i)"; -1 not numbered). */
const char *rd_office_paragraph_style (const RdShownParagraph *paragraph, int *level);

/* "Verb changed: Encourages → Urges", or NULL. */
char *rd_office_verb_comment (const RdChange *change);

/* The sponsors' names joined by ", ". */
char *rd_office_join_names (GPtrArray *sponsors);

/* "Joined as sponsors: …. No longer sponsors: ….", or NULL. */
char *rd_office_sponsors_comment (RdComparison *comparison);

/* "Agenda items 69 (a), 69 (b)" of @document, or NULL. */
char *rd_office_agenda_line (RdDocument *document);

/* The number the operative paragraphs start at (the new version's, else
 * the old one's, else 1); @documents old and new. */
int rd_office_first_operative_number (RdDocument **documents);

/* Writing XML with fewer casts; errors of the writer show when the
 * buffer is finished. */
void rd_office_xml_start (xmlTextWriterPtr x, const char *name);
void rd_office_xml_end (xmlTextWriterPtr x);
void rd_office_xml_attr (xmlTextWriterPtr x, const char *name, const char *value);
/* <name attribute="value"/> */
void rd_office_xml_empty (xmlTextWriterPtr x, const char *name, const char *attribute, const char *value);

/* @length bytes of @text, control characters (which a PDF's text layer
 * may hold) as spaces, so the text is fit for XML 1.0. */
void rd_office_xml_text (xmlTextWriterPtr x, const char *text, gsize length);

/* What both writers write from: the comparison, its presentation, the
 * two versions, the date of every change and the change each footnote
 * belongs to. */
typedef struct
{
  RdComparison *comparison;
  RdPresentation *presentation;
  RdDocument *documents[2];
  char *date;                      /* of every change, xsd:dateTime in UTC */
  GHashTable *footnote_changes[2]; /* footnote index + 1 -> RdChange */
} RdOfficeSource;

void rd_office_source_init (RdOfficeSource *source, RdComparison *comparison, GDateTime *date);
void rd_office_source_clear (RdOfficeSource *source);

/* The change the footnote a mark @run cites belongs to, or NULL (a mark
 * without its footnote). */
const RdChange *rd_office_source_footnote_change (const RdOfficeSource *source, const RdRun *run);

/* How the label before a masthead field is marked: with the field, when
 * one version has none (deleted or inserted), else common. */
RdRunMark rd_office_field_label_mark (const RdOfficeSource *source, RdField field);

/* How the colon after the sponsors' names (@runs) is marked: with the
 * names, when one version lists none. */
RdRunMark rd_office_sponsors_colon_mark (const GPtrArray *runs);

/* The lines of the masthead in the order both writers write them, each
 * through the writer's own function: a field's line with its paragraph
 * style and the label before it (in English, as the versions are: the
 * reader reads them back), the agenda items' line, the sponsors' line. */
typedef struct
{
  void (*field) (gpointer writer, RdField field, const char *style, const char *label);
  void (*agenda_items) (gpointer writer);
  void (*sponsors) (gpointer writer);
} RdOfficeMastheadFuncs;

void rd_office_write_masthead (const RdOfficeMastheadFuncs *funcs, gpointer writer);

/* Where the body's paragraphs go: a moved paragraph at its old place
 * and at its new one, the rest as the redline shows them. */
typedef enum
{
  RD_OFFICE_MOVED_FROM,
  RD_OFFICE_MOVED_TO,
  RD_OFFICE_REDLINE,
} RdOfficePlace;

/* Writes @paragraphs of @change (the change at @position) at @place, in
 * the writer's own markup. */
typedef void (*RdOfficeParagraphsFunc) (gpointer writer, GPtrArray *paragraphs, const RdChange *change, guint position, RdOfficePlace place);

/* The body in the order both writers write it: each change in turn,
 * before it the old places of the paragraphs moved from there. */
void rd_office_write_body (const RdOfficeSource *source, RdOfficeParagraphsFunc func, gpointer writer);

/* The marked-up copy as an OpenDocument text with change tracking
 * (rd-odf-writer.c); rd_office_write() calls it for RD_OFFICE_ODT. */
GBytes *rd_odf_write (RdComparison *comparison, const RdOfficeOptions *options, GError **error);

G_END_DECLS
