/* rd-instruction.h: one instruction of an amendment, as read
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rd-document.h"

G_BEGIN_DECLS

/*
 * An amendment document (A/80/L.28: "amendment to draft resolution
 * A/80/L.3") is a list of instructions on its draft: "Delete operative
 * paragraph 9.", "In the fourth preambular paragraph, delete “…”.",
 * "After operative paragraph 4, insert two new operative paragraphs
 * reading: …".  An RdInstruction is one of them as read: what it does
 * (action), where (target, place), and the texts it quotes.  Numbers in
 * targets are those of the draft as tabled.
 */

typedef enum
{
  RD_INSTRUCTION_UNKNOWN,            /* not understood: see problem */
  RD_INSTRUCTION_DELETE,             /* whole paragraphs, or the words in old_texts */
  RD_INSTRUCTION_REPLACE,            /* a paragraph (by paragraphs), or words */
  RD_INSTRUCTION_INSERT,             /* paragraphs, or the words new_text */
  RD_INSTRUCTION_DELETE_THROUGHOUT,  /* words, wherever they occur in the scope */
  RD_INSTRUCTION_REPLACE_THROUGHOUT, /* likewise */
  RD_INSTRUCTION_RENUMBER,           /* "Renumber the paragraphs
                                      * accordingly": done by itself */
} RdInstructionAction;

typedef enum
{
  RD_TARGET_NONE, /* not recognised */
  RD_TARGET_TITLE,
  RD_TARGET_PREAMBULAR, /* number: its position among preambular paragraphs */
  RD_TARGET_OPERATIVE,  /* number: as printed */
  RD_TARGET_FOOTNOTE,   /* number: its mark */
  RD_TARGET_PARTS,      /* whole parts of the text: see scope */
} RdTargetKind;

typedef enum
{
  RD_SCOPE_NONE = 0,
  RD_SCOPE_TITLE = 1 << 0,
  RD_SCOPE_PREAMBULAR = 1 << 1, /* with their sub-paragraphs */
  RD_SCOPE_OPERATIVE = 1 << 2,  /* likewise */
  RD_SCOPE_FOOTNOTES = 1 << 3,
  RD_SCOPE_OTHER = 1 << 4, /* headings and other text */
  RD_SCOPE_ALL = (1 << 5) - 1,
} RdScope;

/* "the last operative paragraph" */
#define RD_TARGET_LAST G_MAXUINT

typedef struct
{
  RdTargetKind kind;
  guint number;       /* see RdTargetKind; 0 for title and parts */
  guint last;         /* a range's last number ("operative paragraphs 9 to
                       * 11"); equal to number otherwise */
  char *subparagraph; /* "a" for "operative paragraph 3 (a)", or NULL */
  char *item;         /* "ii" for "operative paragraph 3 (a) (ii)", or NULL */
  RdScope scope;      /* RD_TARGET_PARTS */
} RdTarget;

typedef enum
{
  RD_PLACE_NONE, /* the target itself */
  RD_PLACE_BEFORE,
  RD_PLACE_AFTER,
  RD_PLACE_START, /* at the beginning of the target */
  RD_PLACE_END,   /* at the end of the target */
} RdPlace;

/* A text an instruction quotes: words in quotation marks, or a paragraph
 * printed after "reading:". */
typedef struct
{
  char *text;        /* footnote marks removed, white space folded */
  char *label;       /* a quoted paragraph's own label ("(c)"), or NULL */
  GArray *footnotes; /* RdFootnoteRef: the marks the amendment prints in it
                      * ("Development**"), to its own footnotes */
} RdQuote;

typedef struct
{
  guint number; /* as printed ("3." → 3), else its position from 1 */
  char *text;   /* the instruction's own words as printed, without its
                 * number and without the paragraphs it quotes after it */
  RdInstructionAction action;
  gboolean whole; /* on whole paragraphs (or a footnote, or the title):
                   * deleted, replaced or inserted; else on words */
  RdTarget target;
  RdPlace place;
  RdQuote *anchor;                /* insert before or after these words, or NULL */
  GPtrArray *old_texts;           /* RdQuote: words deleted or replaced; for a whole
                                   * paragraph deleted, its text as the amendment
                                   * quotes it ("… reading: …"), to be checked */
  RdQuote *new_text;              /* words inserted or put in, or NULL */
  GPtrArray *paragraphs;          /* RdQuote: paragraphs inserted or put in place */
  RdParagraphKind paragraph_kind; /* the kind of those paragraphs */
  guint count;                    /* how many it says ("two new operative
                                   * paragraphs"), 0 when it does not */
  char *problem;                  /* why it cannot be applied as read, or
                                   * NULL; translated, one line */
} RdInstruction;

const char *rd_instruction_action_to_string (RdInstructionAction action); /* "replace_throughout" */
const char *rd_target_kind_to_string (RdTargetKind kind);                 /* "operative" */
const char *rd_place_to_string (RdPlace place);                           /* "after", NULL for none */

/* The parts a scope names, in a fixed order: "title", "preambular",
 * "operative", "footnotes", "other". */
GPtrArray *rd_scope_to_strings (RdScope scope);

/* How a reader cites a target: "PP 38", "OP 3 (a)", "OP 9–11",
 * "footnote 2", "title", "title, PPs, OPs", "whole text". */
char *rd_target_describe (const RdTarget *target);

RdQuote *rd_quote_new (const char *text);
void rd_quote_free (RdQuote *quote);
void rd_quote_add_footnote (RdQuote *quote, gsize offset, const char *marker);

RdInstruction *rd_instruction_new (guint number, const char *text);
void rd_instruction_free (RdInstruction *instruction);
void rd_instruction_set_problem (RdInstruction *instruction, const char *problem);

void rd_target_clear (RdTarget *target);
void rd_target_copy (RdTarget *destination, const RdTarget *source);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdQuote, rd_quote_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdInstruction, rd_instruction_free)

G_END_DECLS
