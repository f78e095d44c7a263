/* rd-annotations.h: what a caller adds to a comparison's outputs
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-comparison.h"

G_BEGIN_DECLS

/*
 * Some comparisons carry more than the engine knows: a draft compared with
 * the draft as amended says which amendment and instruction made each
 * change, and what became of every instruction.  That is attached to the
 * comparison once, here, and every output that shows a change's label or
 * the summary (HTML, print and PDF, the window) asks for it, so none needs
 * to know about amendments.
 */

/* A section of the summary: a heading ("Amendment A/80/L.28 (Ukraine): 7
 * instructions, 6 applied…") and its lines, each a string. */
typedef struct
{
  char *title;
  GPtrArray *lines; /* char * */
} RdNoteSection;

RdNoteSection *rd_note_section_new (const char *title);
void rd_note_section_free (RdNoteSection *section);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdNoteSection, rd_note_section_free)

/* A passage of a change's inserted text whose wording was adopted before
 * (the library's agreed language, rd-precedents.h): bytes @start to @end
 * of new paragraph @new_index's text as the change spells it (its diff's
 * common and inserted text, in order; a whole paragraph's text when the
 * change has no diff), which is @text_length long in all. */
typedef struct
{
  guint new_index;
  gsize text_length;
  gsize start;
  gsize end;
  char *source; /* where: "A/RES/79/198, PP 6" */
} RdPassageNote;

void rd_passage_note_free (RdPassageNote *passage);

/* Agreed language (docs/library.md): what a change inserted, against the
 * adopted resolutions of a library. */
typedef enum
{
  RD_AGREEMENT_NONE,   /* no note: nothing inserted, or no library */
  RD_AGREEMENT_AGREED, /* every inserted word stands in an adopted text */
  RD_AGREEMENT_PARTLY, /* some of them do */
  RD_AGREEMENT_NEW,    /* none does */
} RdAgreement;

/* "agreed", "partly", "new"; NULL for none. */
const char *rd_agreement_to_string (RdAgreement agreement);

typedef struct
{
  RdAgreement agreement;
  char *source;     /* where most of the agreed words come from ("A/RES/
                     * 79/198, OP 12"); NULL for new language */
  guint n_inserted; /* words inserted */
  guint n_agreed;   /* of them, words found adopted; the runs of agreed
                     * words, each with its source, are the passages
                     * (RdPassageNote above; RdRun.agreed_in) */
} RdChangeAgreement;

RdChangeAgreement *rd_change_agreement_new (RdAgreement agreement);
void rd_change_agreement_free (RdChangeAgreement *agreement);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdChangeAgreement, rd_change_agreement_free)

/* Each callback may be NULL; a note NULL or empty is no note.  @destroy,
 * if not NULL, is called on @user_data when the comparison is finalised or
 * its annotations replaced. */
typedef struct
{
  char *(*change_note) (const RdChange *change, gpointer user_data);
  char *(*header_note) (const RdHeaderChange *change, gpointer user_data);
  GPtrArray *(*sections) (gpointer user_data); /* RdNoteSection *, new */
  gpointer user_data;
  GDestroyNotify destroy;
  /* The agreed passages of what @change inserted (RdPassageNote *, in
   * order; owned by @user_data), or NULL. */
  const GPtrArray *(*passages) (const RdChange *change, gpointer user_data);
  /* The agreed language of @change, owned by @user_data; NULL for none.
   * Last, so that callers that do not set it leave it NULL. */
  const RdChangeAgreement *(*change_agreement) (const RdChange *change, gpointer user_data);
} RdAnnotations;

/* Attaches a copy of @annotations to @comparison, replacing any. */
void rd_annotations_attach (RdComparison *comparison,
                            const RdAnnotations *annotations);

/* The note on @change ("A/80/L.28: 1, 7"), or NULL. */
char *rd_annotations_dup_change_note (RdComparison *comparison,
                                      const RdChange *change);

/* The agreed language of @change (owned by the comparison), or NULL. */
const RdChangeAgreement *rd_annotations_get_change_agreement (RdComparison *comparison,
                                                              const RdChange *change);

/* The note on a header field's change, or NULL. */
char *rd_annotations_dup_header_note (RdComparison *comparison,
                                      const RdHeaderChange *change);

/* The agreed passages of what @change inserted (RdPassageNote *), or
 * NULL; the presentation marks them on its inserted runs
 * (RdRun.agreed_in). */
const GPtrArray *rd_annotations_get_passages (RdComparison *comparison,
                                              const RdChange *change);

/* The sections to add to the summary (RdNoteSection *, possibly none;
 * the caller unrefs the array). */
GPtrArray *rd_annotations_dup_sections (RdComparison *comparison);

G_END_DECLS
