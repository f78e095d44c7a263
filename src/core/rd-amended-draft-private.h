/* rd-amended-draft-private.h: what the two halves of RdAmendedDraft share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rd-amended-draft.c keeps the object, the slots and the amended document it
 * builds; rd-amendment-apply.c carries out one instruction on the slots.
 */

#pragma once

#include "rd-amended-draft.h"

G_BEGIN_DECLS

/* Quotations in messages are cut to this many characters: enough to know
 * them, short enough for a message of one line. */
#define EXCERPT_LENGTH 60

typedef struct _Slot Slot;

typedef struct
{
  char *marker;
  char *text;
  guint origin;        /* index among the draft's footnotes, or
                        * G_MAXUINT when an amendment brought it */
  RdAmendment *source; /* that amendment (not owned), or NULL */
  gboolean removed;    /* deleted by an instruction */
  gboolean cited_in_draft;
  gboolean edited;
  GArray *attributions; /* RdAttribution */
  guint first_slot;     /* where it is first cited in the amended text */
  gsize first_offset;
  gboolean cited;
} Footnote;

typedef struct
{
  gsize offset;
  Footnote *footnote;
} Ref;

struct _Slot
{
  guint origin; /* index among the draft's paragraphs, or G_MAXUINT */
  RdParagraphKind kind;
  char *text;
  GArray *refs; /* Ref, by offset */
  Slot *parent;
  Slot *inserted_after;
  gboolean deleted;
  gboolean edited;
  gboolean verb_edited; /* changed where its leading verb stands */
  char *label;          /* an inserted paragraph's own label, "(c)" */
  int page;
  GArray *attributions; /* RdAttribution */
  guint out_index;
};

/* The work of applying: slots, footnotes and the title as edited. */
typedef struct
{
  RdAmendedDraft *self;
  RdDocument *draft;     /* self's draft and amendments, for the */
  GPtrArray *amendments; /* applying half, which cannot see self */
  GPtrArray *slots;      /* Slot, reading order, deleted ones kept */
  Slot **by_origin;      /* draft paragraph index → slot */
  GPtrArray *footnotes;  /* Footnote */
  char *title;
  gboolean title_edited;
  GArray *title_attributions;
  guint amendment; /* the instruction being applied */
  guint instruction;
  RdAmendment *current;
} Work;

typedef enum
{
  UNIT_TITLE,
  UNIT_SLOT,
  UNIT_FOOTNOTE,
} UnitKind;

/* A text an instruction edits: the title, a paragraph or a footnote. */
typedef struct
{
  UnitKind kind;
  Slot *slot;
  Footnote *footnote;
} Unit;

void rd_amended_work_attribute_current (Work *work,
                                        GArray **list);
guint rd_amended_work_earlier_of_current (Work *work,
                                          const GArray *list);
char *rd_amended_excerpt (const char *text);
Slot *rd_amended_slot_new (RdParagraphKind kind,
                           const char *text);
void rd_amended_work_add_quote_refs (Work *work,
                                     GArray *refs,
                                     const RdQuote *quote,
                                     gsize shift);
void rd_amended_work_drop_ref (Work *work,
                               const Ref *ref);
gboolean rd_amended_slot_follows_anchor (const Slot *slot,
                                         const Slot *anchor);
guint rd_amended_work_slot_position (Work *work,
                                     const Slot *slot);

/* Carries out @instruction of the amendment @work is at on the slots. */
void rd_amended_work_apply_instruction (Work *work,
                                        const RdInstruction *instruction,
                                        RdInstructionOutcome *outcome);

G_END_DECLS
