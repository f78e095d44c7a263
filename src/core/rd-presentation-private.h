/* rd-presentation-private.h: what the presentation model's two files share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rd-presentation.c keeps the object and turns a change into the
 * paragraphs to show; rd-presentation-runs.c writes the text of those
 * paragraphs as runs, with the footnote marks and the verb phrase in place
 * (the algorithm rd-presentation.h describes).
 */

#pragma once

#include "rd-presentation.h"

G_BEGIN_DECLS

/*
 * A cursor follows one version's paragraph through the pieces of text the
 * diff spells out for it, counting its non-space characters: with that
 * count it knows where the paragraph's footnote marks stood and where its
 * leading verb phrase ends, whatever white space the diff wrote.
 */
typedef struct
{
  RdSide side;
  const GArray *refs; /* RdFootnoteRef, or NULL */
  GArray *counts;     /* gsize per ref: the non-space characters before it */
  guint next;         /* the next ref to place */
  gsize count;        /* non-space characters passed so far */
  gsize verb_count;   /* non-space characters of the verb phrase; 0: none */
} RdRunCursor;

/* The runs of one paragraph being built. */
typedef struct
{
  RdPresentation *presentation; /* finds the footnotes marks cite */
  GPtrArray *runs;
  gboolean routine; /* the text being added is a routine update */
} RdRuns;

/* An empty array of RdRun, which frees them. */
GPtrArray *rd_runs_new (void);

/* Starts @cursor on @item, the text of @side it follows (its verb phrase
 * and footnote marks); rd_run_cursor_clear() frees what it holds. */
void rd_run_cursor_init (RdRunCursor *cursor,
                         RdSide side,
                         const RdChangeItem *item);
void rd_run_cursor_clear (RdRunCursor *cursor);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RdRunCursor, rd_run_cursor_clear)

/* Appends @text, a piece of one side's text marked @mark, to @out's runs:
 * @owner's footnote marks placed in it; @follower, when not NULL, the
 * other version reading the same text, moved on. */
void rd_runs_add_piece (RdRuns *out,
                        const char *text,
                        RdRunMark mark,
                        RdRunCursor *owner,
                        RdRunCursor *follower);

/* Appends the footnote marks of @cursor the text never reached. */
void rd_runs_add_remaining_refs (RdRuns *out,
                                 RdRunCursor *cursor,
                                 RdRunMark mark);

/* Appends what @side shows of @diff; the cursors may be NULL (a field's
 * text has no footnote marks). */
void rd_runs_add_diff (RdRuns *out,
                       const RdDiff *diff,
                       RdSide side,
                       RdRunCursor *old_cursor,
                       RdRunCursor *new_cursor);

/* Marks the inserted runs of @paragraph that @passages (rd-annotations.h)
 * say were adopted before. */
void rd_shown_paragraph_mark_agreed_passages (RdShownParagraph *paragraph,
                                              const GPtrArray *passages);

G_END_DECLS
