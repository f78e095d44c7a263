/* rd-presentation.h: how a comparison reads, for every output
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rd-annotations.h"
#include "rd-comparison.h"
#include "rd-layout.h"

G_BEGIN_DECLS

/*
 * The presentation model.  A comparison (rd-comparison.h) says what changed
 * in terms of paragraph indices and diffs; every output that shows the text
 * (the window's views, the HTML export, printing and PDF, the text output)
 * needs the same thing from it: for a change and a side, the paragraphs to
 * show, each with its numbers and its text as runs, marked common,
 * inserted or deleted, the footnote marks at their place and the leading
 * verb phrase.  That is computed here, once, by one algorithm; an output
 * maps the runs to its medium (Pango attributes, HTML elements, terminal
 * colours) and decides nothing else.
 *
 * Footnote marks.  A paragraph's marks stood at byte offsets of its text
 * (RdParagraph.footnotes).  A mark follows the non-space character that
 * preceded it: counting the non-space characters of the side's text as the
 * diff spells it out (white space is never a change and may be written
 * otherwise), the mark is placed right after the character it followed,
 * before any white space; marks the text never reaches (it cannot happen
 * with the engine's diffs) go at the end.  Which version's marks show:
 * RD_SIDE_OLD and RD_SIDE_NEW, that version's; the redline, the new
 * version's in common and inserted text and the old version's in deleted
 * text, so a citation deleted with its words is shown deleted.
 */

/* Which text of a change to show. */
typedef enum
{
  RD_SIDE_OLD,     /* the earlier version: common and deleted text */
  RD_SIDE_NEW,     /* the later version: common and inserted text */
  RD_SIDE_REDLINE, /* both in one: common, deleted and inserted text in
                    * place, as the redline layout shows it */
} RdSide;

/* What a run is. */
typedef enum
{
  RD_RUN_TEXT,            /* text of the paragraph */
  RD_RUN_FOOTNOTE_REF,    /* a footnote's mark cited here; @text is the
                           * mark ("5"), @footnote the footnote */
  RD_RUN_PARAGRAPH_BREAK, /* in a merged paragraph, where an old paragraph
                           * began (a break removed); @text is its number
                           * as printed ("9."), or NULL.  Always deleted. */
} RdRunKind;

typedef enum
{
  RD_RUN_COMMON,   /* in both versions */
  RD_RUN_INSERTED, /* only in the later version */
  RD_RUN_DELETED,  /* only in the earlier version */
} RdRunMark;

typedef struct
{
  RdRunKind kind;
  RdRunMark mark;
  char *text;           /* UTF-8, never NULL but for a break without a
                         * number; white space as the diff wrote it */
  gsize verb_length;    /* text: how many bytes at its start belong to the
                         * paragraph's leading verb phrase, which the UN
                         * prints in italics ("Urges", "Bearing in mind");
                         * 0 when none */
  RdSide footnote_side; /* footnote ref: whose footnote, RD_SIDE_OLD or
                         * RD_SIDE_NEW */
  guint footnote;       /* footnote ref: its index in that version's
                         * footnotes (the first with this mark), or
                         * G_MAXUINT when the version has none with it */
  gboolean routine;     /* inserted or deleted text that is a routine
                         * update (rd-routine.h): outputs show it grey */
  char *agreed_in;      /* inserted text whose wording was adopted before,
                         * with a library (rd-annotations.h): where ("A/RES/
                         * 79/198, PP 6"), which outputs show with it; NULL
                         * for new language or without a library */
} RdRun;

RdRun *rd_run_new (RdRunKind kind, RdRunMark mark, const char *text);
void rd_run_free (RdRun *run);

/* Whether a medium that does not mark runs apart by position (a printed
 * line, a label) needs a space before @run: a deleted run followed by an
 * inserted one with no white space where they meet ("Invites Encourages",
 * not "InvitesEncourages").  @previous may be NULL. */
gboolean rd_run_needs_space_before (const RdRun *previous, const RdRun *run);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdRun, rd_run_free)

/* A number as printed and without its punctuation: "7." and "7", "(a)"
 * and "a"; a footnote's mark is both.  NULL label: no number. */
typedef struct
{
  const char *label;
  const char *value;
} RdNumber;

/* A paragraph or footnote of either version that a shown paragraph stands
 * for (HTML anchors, links). */
typedef struct
{
  RdSide side; /* RD_SIDE_OLD or RD_SIDE_NEW */
  guint index; /* in that version's paragraphs, or footnotes */
} RdItem;

/*
 * One paragraph as an output shows it.  Numbers: an output shows the new
 * number when both are the same, the old one deleted or the new one
 * inserted when only one is there, and "old → new" when they differ (a
 * renumbering).  The window's views show the numbers in their captions,
 * not in the text.
 */
typedef struct
{
  gboolean footnote;    /* a footnote's text rather than a paragraph */
  RdSide side;          /* whose paragraph (or footnote) it is: the new one
                         * in a redline unless it was deleted */
  guint index;          /* its index in that version */
  RdParagraphKind kind; /* RD_PARAGRAPH_OTHER for a footnote */
  gboolean part;        /* one of the paragraphs a split made (or a merge
                         * made one of), shown apart */
  char *label;          /* how a reader cites it: "OP 7", "footnote 5" */
  RdNumber old_number;
  RdNumber new_number;
  GArray *items;   /* RdItem: the paragraphs of either version shown
                    * here, in the order HTML anchors them */
  GPtrArray *runs; /* RdRun *, in reading order */
} RdShownParagraph;

void rd_shown_paragraph_free (RdShownParagraph *paragraph);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdShownParagraph, rd_shown_paragraph_free)

/* One side of a change, as in rd_presentation_get_item(). */
typedef struct
{
  gboolean footnote;
  guint index;
  RdParagraphKind kind; /* RD_PARAGRAPH_OTHER for a footnote */
  const char *text;
  RdNumber number;         /* a footnote's mark for a footnote */
  const char *verb;        /* NULL for a footnote */
  const GArray *footnotes; /* RdFootnoteRef; NULL for a footnote */
} RdChangeItem;

#define RD_TYPE_PRESENTATION (rd_presentation_get_type ())
G_DECLARE_FINAL_TYPE (RdPresentation, rd_presentation, RD, PRESENTATION, GObject)

/* The presentation of @comparison.  Immutable once made: its functions
 * may be called from several threads at once. */
RdPresentation *rd_presentation_new (RdComparison *comparison);

RdComparison *rd_presentation_get_comparison (RdPresentation *self);
RdDocument *rd_presentation_get_document (RdPresentation *self, RdSide side);

/* The paragraphs of @side of @change (RdShownParagraph *, in order; the
 * caller unrefs the array):
 *  - RD_SIDE_OLD, RD_SIDE_NEW: that version's paragraphs, none when the
 *    change has none there (an insertion's old side).  A split's old side
 *    (a merge's new side) is one paragraph with the parts joined.
 *  - RD_SIDE_REDLINE: the new paragraphs with the changes in place; a
 *    deletion's old paragraph.  A split shows a paragraph per new part,
 *    the first with the old number; a merge one paragraph where each old
 *    paragraph but the first begins with a RD_RUN_PARAGRAPH_BREAK.
 * Whole inserted and deleted paragraphs are runs marked so. */
GPtrArray *rd_presentation_get_paragraphs (RdPresentation *self,
                                           const RdChange *change,
                                           RdSide side);

/* The paragraphs of one version of @change as they read there, whole and
 * unmarked, with their footnote marks: where a moved paragraph stood.
 * @side is RD_SIDE_OLD or RD_SIDE_NEW. */
GPtrArray *rd_presentation_get_paragraphs_as_read (RdPresentation *self,
                                                   const RdChange *change,
                                                   RdSide side);

/* Item @k of one side (RD_SIDE_OLD or RD_SIDE_NEW) of @change; FALSE when
 * the side has no item @k. */
gboolean rd_presentation_get_item (RdPresentation *self,
                                   const RdChange *change,
                                   RdSide side,
                                   guint k,
                                   RdChangeItem *item);

/* A header field shown above the text (the title, the formula), old
 * against new, as runs (RdRun *) of @side; NULL when neither version has
 * it. */
GPtrArray *rd_presentation_get_field_runs (RdPresentation *self,
                                           RdField field,
                                           RdSide side);

/* The sponsors of @side as runs, one a name: the old version's with those
 * who left deleted, the new one's with those who joined inserted, or (the
 * redline) the new one's then those who left. */
GPtrArray *rd_presentation_get_sponsor_runs (RdPresentation *self,
                                             RdSide side);

/* How titles, captions and headers name a version (RD_SIDE_OLD or
 * RD_SIDE_NEW): its symbol, or its file's name (rd_document_dup_display_
 * name()). */
const char *rd_presentation_get_name (RdPresentation *self, RdSide side);

/* What the summaries say of versions that list no sponsors
 * (rd_comparison_describe_sponsors_listing()); "" when both list them. */
const char *rd_presentation_get_sponsors_listing (RdPresentation *self);
/* What the UN Digital Library's records say of the versions (documents
 * opened by symbol, rd-fetch.h), which every output shows beside the
 * versions' symbols and dates: the fields (RdField: RD_FIELD_RECORD_TITLE,
 * _RECORD_DATE, RD_FIELD_VOTE, RD_FIELD_RECORD_AGENDA) either version has,
 * in order; empty when neither has a record.  Their labels are
 * rd_field_to_label(), their values rd_document_get_field(); a change
 * between the versions is also among the header changes. */
const GArray *rd_presentation_get_record_fields (RdPresentation *self);

/* Runs of renumbered operative paragraphs, "OP 3–10 → 4–11; OP 12 → 14"
 * (rd_comparison_describe_renumbering()); "" when none was renumbered. */
const char *rd_presentation_get_renumbering (RdPresentation *self);

/* @change's place on @side (RD_SIDE_OLD or RD_SIDE_NEW) with the numbering
 * named: "old OP 5", "new PP 23", "old footnote 2"; "" when it has no
 * place there.  For a column that mixes both numberings (the redline) and
 * for cross references ("moved to new PP 23"), so that no output leaves
 * the reader guessing which "OP 5" is meant. */
/* Whether the two versions look like two different texts compared by
 * mistake: different titles and less than a quarter of the paragraphs in
 * common.  When so, @message (if not NULL) gets what to tell the reader. */
gboolean rd_presentation_shares_little (RdPresentation *self,
                                        char **message);

char *rd_presentation_describe_place (RdPresentation *self,
                                      const RdChange *change,
                                      RdSide side);

/* Where moved paragraphs (or, with @footnotes, footnotes) stood: the
 * indices of the moved changes whose old place was just before change
 * @position of the list (rd_comparison_get_changes() or _get_footnote_
 * changes()), in order; @position may be the list's length (after the
 * last).  NULL when none stood there.  Every output shows a moved
 * paragraph's old place this way. */
const GArray *rd_presentation_get_moved_here (RdPresentation *self,
                                              gboolean footnotes,
                                              guint position);

/* The index of the first footnote of @side whose mark is @marker, or
 * G_MAXUINT. */
guint rd_presentation_find_footnote (RdPresentation *self,
                                     RdSide side,
                                     const char *marker);

/* What a reader is told of a change beyond its text. */
typedef struct
{
  gboolean routine;            /* a difference, and all of it routine: grey,
                                * hidden by "substantive only" */
  RdStrength verb_strength;    /* the operative verb's change; UNKNOWN when
                                * the verb did not change or is off the
                                * scale */
  RdStrength wording_strength; /* modal verbs and hedges inside the text */
  RdStrength strength;         /* the two together: weakened, strengthened,
                                * same or unknown (rd_change_get_strength) */
} RdChangeMarks;

void rd_presentation_get_marks (RdPresentation *self,
                                const RdChange *change,
                                RdChangeMarks *marks);

/* The note a caller attached to @change (rd-annotations.h): the
 * amendments that made it, or whether what it inserted is agreed language
 * ("agreed in A/RES/79/171, OP 51"); NULL when none. */
char *rd_presentation_dup_change_note (RdPresentation *self,
                                       const RdChange *change);

/* The agreed language of what @change inserted, when a library was
 * consulted (rd-annotations.h, docs/library.md): agreed, partly or new,
 * the source and the spans found adopted; NULL when none.  Owned by the
 * comparison. */
const RdChangeAgreement *rd_presentation_get_agreement (RdPresentation *self,
                                                        const RdChange *change);

/* Whether an output shows @change: every change, or with
 * @substantive_only all but the routine ones. */
gboolean rd_presentation_is_shown (RdPresentation *self,
                                   const RdChange *change,
                                   gboolean substantive_only);

/* "3 operative paragraphs weakened, 1 strengthened"; "" when none moved
 * (rd_comparison_describe_strength()). */
const char *rd_presentation_get_strength_summary (RdPresentation *self);

/* Whether the outputs lay the comparison out right to left (mirrored
 * print, the HTML's dir="rtl"): the new version reads right to left
 * (rd_document_is_right_to_left()). */
gboolean rd_presentation_is_right_to_left (RdPresentation *self);

G_END_DECLS
