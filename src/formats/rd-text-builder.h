/* rd-text-builder.h: the text of one block, collected as a walker meets it
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-block.h"

G_BEGIN_DECLS

/*
 * RdTextBuilder collects the text of one block as a walker meets it, with
 * spans opened and closed around inline elements.  Spans still open when
 * the block is flushed carry on into the next block.
 */
typedef struct
{
  GString *text;
  GArray *spans; /* RdSpan, offsets into the raw text */
  GArray *open;  /* RdSpan still open: end unused */
} RdTextBuilder;

void rd_text_builder_init (RdTextBuilder *builder);
void rd_text_builder_clear (RdTextBuilder *builder);
/* Appends UTF-8 text; control characters become spaces, soft hyphens go. */
void rd_text_builder_append (RdTextBuilder *builder, const char *text, gssize length);
/* Whether anything but white space has been appended since the last flush. */
gboolean rd_text_builder_is_empty (const RdTextBuilder *builder);
/* Opens a span of @kind at the current end; returns a handle for _close. */
guint rd_text_builder_open (RdTextBuilder *builder, RdSpanKind kind);
void rd_text_builder_close (RdTextBuilder *builder, guint handle);
/* Adds a span over text already appended, from @start to the end. */
void rd_text_builder_add_span (RdTextBuilder *builder, RdSpanKind kind, gsize start);
/* Makes a block of what was collected (white space folded, spans kept) and
 * appends it to @list, or returns NULL when there was no text.  The
 * builder is empty afterwards. */
RdBlock *rd_text_builder_flush (RdTextBuilder *builder, RdBlockList *list, RdBlockRole role);

/* Whether the visible text of a paragraph was bold, all of it (a heading
 * set in bold): noted text by text as a walker appends it, reset where
 * the walker starts a paragraph. */
typedef struct
{
  gboolean any_bold;
  gboolean any_plain;
} RdBoldTally;

/* Notes @text, @bold or not; white space alone counts for neither. */
void rd_bold_tally_note (RdBoldTally *tally, const char *text, gboolean bold);
gboolean rd_bold_tally_all_bold (const RdBoldTally *tally);

/* What an enclosing element gives the first block made inside it (its
 * role and flags, a paragraph's number, a footnote's mark), as the HTML
 * and Akoma Ntoso walkers carry it down their trees. */
typedef struct
{
  RdBlockRole role;
  RdBlockFlags flags;
  char *number;
  char *marker;         /* a footnote's mark */
  gboolean emitted;     /* its first block was made */
  gboolean after_break; /* the text collected follows a line break */
} RdBlockContext;

void rd_block_context_clear (RdBlockContext *context);
/* When @block is the first made in @context, gives it the context's flags,
 * number and marker and returns TRUE; later blocks get nothing (FALSE). */
gboolean rd_block_context_give_first (RdBlockContext *context, RdBlock *block);

G_END_DECLS
