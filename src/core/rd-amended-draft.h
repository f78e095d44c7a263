/* rd-amended-draft.h: a draft with its amendments applied
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rd-amendment.h"
#include "rd-comparison.h"
#include "rd-document.h"

G_BEGIN_DECLS

#define RD_AMENDMENT_ERROR (rd_amendment_error_quark ())
GQuark rd_amendment_error_quark (void);

typedef enum
{
  RD_AMENDMENT_ERROR_NO_DRAFT,       /* the draft an amendment amends is not
                                      * among the documents */
  RD_AMENDMENT_ERROR_SEVERAL_DRAFTS, /* more than one document is not an
                                      * amendment */
  RD_AMENDMENT_ERROR_NO_AMENDMENT,   /* none is */
} RdAmendmentError;

/* Which instruction made a change: the amendment's position in
 * rd_amended_draft_get_amendments() and the instruction's in its
 * rd_amendment_get_instructions(). */
typedef struct
{
  guint amendment;
  guint instruction;
} RdAttribution;

/* What became of one instruction. */
typedef struct
{
  gboolean applied;   /* it changed the text */
  guint satisfied_by; /* 0, or the number of an earlier instruction of the
                       * same amendment that had made the change already */
  char *problem;      /* why it was not applied, or what a reader should
                       * check about how it was; NULL when none.  Translated,
                       * one line */
} RdInstructionOutcome;

#define RD_TYPE_AMENDED_DRAFT (rd_amended_draft_get_type ())
G_DECLARE_FINAL_TYPE (RdAmendedDraft, rd_amended_draft, RD, AMENDED_DRAFT, GObject)

/*
 * Applies @amendments (RdAmendment *) to @draft, in that order, each
 * instruction in turn.  Numbers in instructions are those of the draft as
 * tabled, whatever earlier instructions deleted or inserted; quoted words
 * are looked for in the text as earlier instructions left it.  A quotation
 * not found where the instruction says, or a paragraph the draft does not
 * have, is a problem and the instruction is not applied.  Never fails.
 */
RdAmendedDraft *rd_amended_draft_new (RdDocument *draft,
                                      GPtrArray *amendments);

/*
 * From documents opened together in any order: the one that is not an
 * amendment is the draft, the others must amend it (by symbol; a draft
 * without a symbol is taken for theirs, with a warning).  Amendments are
 * applied in the order of their symbols (A/80/L.30 before A/80/L.31).
 * Fails, in RD_AMENDMENT_ERROR with a one-line message naming the file,
 * when an amendment's draft is not among them, or there is not exactly
 * one draft.
 */
RdAmendedDraft *rd_amended_draft_new_from_documents (RdDocument *const *documents,
                                                     guint n_documents,
                                                     GError **error);

RdDocument *rd_amended_draft_get_draft (RdAmendedDraft *self);

/* The draft as amended: the draft's masthead and sponsors, its title and
 * paragraphs with the changes made, operative paragraphs (and lettered
 * sub-paragraphs) numbered again, footnotes no longer cited dropped and
 * those the amendments bring added, numbered again. */
RdDocument *rd_amended_draft_get_document (RdAmendedDraft *self);

/* RdAmendment *, in the order applied. */
GPtrArray *rd_amended_draft_get_amendments (RdAmendedDraft *self);

const RdInstructionOutcome *rd_amended_draft_get_outcome (RdAmendedDraft *self,
                                                          guint amendment,
                                                          guint instruction);

/* Warnings about the whole (char *, translated), such as a draft taken
 * for the amended one without a symbol to check. */
GPtrArray *rd_amended_draft_get_warnings (RdAmendedDraft *self);

/* The instructions behind a change of rd_comparison_new (draft, amended
 * document): RdAttribution, in order, each once; empty when none.  Free
 * with g_array_unref(). */
GArray *rd_amended_draft_attribute_change (RdAmendedDraft *self,
                                           const RdChange *change);

/* The same for a change of the masthead (the title). */
GArray *rd_amended_draft_attribute_header (RdAmendedDraft *self,
                                           const RdHeaderChange *change);

/* "A/80/L.28: 1, 2; A/80/L.30: 3": the amendments' symbols and the
 * instructions' numbers as printed. */
char *rd_amended_draft_describe_attributions (RdAmendedDraft *self,
                                              const GArray *attributions);

G_END_DECLS
