/* rd-comparison.h: what changed between two versions of a resolution
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rd-diff.h"
#include "rd-document.h"
#include "rd-verb-strength.h"

G_BEGIN_DECLS

typedef enum
{
  RD_CHANGE_UNCHANGED,
  RD_CHANGE_MODIFIED,
  RD_CHANGE_INSERTED,
  RD_CHANGE_DELETED,
  RD_CHANGE_MOVED,  /* possibly also edited: see the diff */
  RD_CHANGE_SPLIT,  /* one old paragraph became several new ones */
  RD_CHANGE_MERGED, /* several old paragraphs became one new one */
  RD_N_CHANGE_TYPES
} RdChangeType;

const char *rd_change_type_to_string (RdChangeType type); /* "modified" */
const char *rd_change_type_to_label (RdChangeType type);  /* translated */

typedef struct
{
  RdChangeType type;
  gboolean footnote;   /* the indices below are footnotes, not paragraphs */
  GArray *old_items;   /* guint: paragraph (or footnote) indices in the old
                        * document, in order; empty for inserted */
  GArray *new_items;   /* likewise in the new document; empty for deleted */
  gboolean renumbered; /* an operative paragraph's (or footnote's) number
                        * changed, which by itself is no change */
  gboolean verb_changed;
  gboolean citations_changed; /* a 1-1 paragraph change cites other
                               * footnotes (gained, lost or replaced, not
                               * renumbered): modified even when its words
                               * are the same */
  const char *old_verb;       /* the operative or preambular verbs, when the
                               * paragraphs have them (owned by the documents) */
  const char *new_verb;
  double similarity;           /* 0 to 1; 1 for unchanged */
  RdDiff *diff;                /* unchanged, modified, moved, split, merged: old
                                * text(s) against new text(s), joined with a space;
                                * NULL for inserted and deleted */
  GPtrArray *parts;            /* split: an RdDiff per new paragraph; merged: per
                                * old paragraph; the diff cut where the paragraphs
                                * meet.  NULL otherwise */
  guint origin;                /* moved: the position in the list of changes before
                                * which the paragraph stood in the old version
                                * (the list's length when it stood last);
                                * G_MAXUINT otherwise */
  gboolean routine;            /* modified, and every difference is a routine
                                * update (rd-routine.h): the session, the previous
                                * resolution, years, dates, report symbols */
  RdStrength verb_strength;    /* verb_changed: the verb's move on the
                                * scale of rd-verb-strength.h */
  RdStrength wording_strength; /* the paragraph's wording inside: modal
                                * verbs, hedges (rd_verb_strength_of_diff) */
} RdChange;

typedef struct
{
  RdField field;    /* RD_N_FIELDS for the agenda items */
  const char *name; /* the key, for data: "symbol", "date", ..., or
                     * "agenda_items" */
  char *old_value;  /* NULL when absent */
  char *new_value;
} RdHeaderChange;

/* What a reader calls the field that changed, translated: "Document
 * type", "Agenda items".  Outputs show this, never @name. */
const char *rd_header_change_get_label (const RdHeaderChange *change);

typedef struct
{
  guint counts[RD_N_CHANGE_TYPES]; /* paragraph changes by type */
  guint renumbered;                /* changes marked renumbered */
  guint verbs_changed;             /* both below */
  guint operative_verbs_changed;   /* operative paragraphs' leading verbs */
  guint preambular_verbs_changed;  /* preambular paragraphs' participles */
  guint words_inserted;
  guint words_deleted;
  guint footnotes_changed; /* footnote changes other than
                            * unchanged */
  guint substantive;       /* paragraph changes that are differences and
                            * not routine */
  guint routine;           /* changes marked routine */
  guint weakened;          /* operative paragraphs weakened: their verb,
                            * or (verb alike) their wording */
  guint strengthened;
} RdComparisonStats;

typedef struct
{
  RdDiffFlags flags; /* ignore case, ignore punctuation */
  gsize budget;      /* token comparisons for the whole comparison; 0 for
                      * the default */
} RdCompareOptions;

#define RD_TYPE_COMPARISON (rd_comparison_get_type ())
G_DECLARE_FINAL_TYPE (RdComparison, rd_comparison, RD, COMPARISON, GObject)

/* Work on one version that a comparison with @options will need, done
 * ahead: on each version in its own thread while both load, it shortens
 * the comparison.  Optional. */
void rd_comparison_prepare_document (RdDocument *document,
                                     const RdCompareOptions *options);

/* Compares two parsed versions.  Never fails; on inputs too large for the
 * budget the result is coarser and a warning says so. */
RdComparison *rd_comparison_new (RdDocument *old_document,
                                 RdDocument *new_document,
                                 const RdCompareOptions *options);

RdDocument *rd_comparison_get_old (RdComparison *self);
RdDocument *rd_comparison_get_new (RdComparison *self);

/* RdHeaderChange *: only the fields that differ. */
GPtrArray *rd_comparison_get_header_changes (RdComparison *self);

/* RdSponsor * owned by the documents: added (as written in the new
 * version), removed (as in the old), kept (as in the new). */
GPtrArray *rd_comparison_get_sponsors_added (RdComparison *self);
GPtrArray *rd_comparison_get_sponsors_removed (RdComparison *self);
GPtrArray *rd_comparison_get_sponsors_kept (RdComparison *self);
/* Whether the old (@of_new FALSE) or new version lists sponsors at all
 * (adopted resolutions and Chairs' texts do not); sponsors are added or
 * removed only when both versions list them. */
gboolean rd_comparison_get_sponsors_listed (RdComparison *self, gboolean of_new);

/* RdChange *: every body paragraph of both versions exactly once, in the
 * reading order of the new version, deleted paragraphs where they stood. */
GPtrArray *rd_comparison_get_changes (RdComparison *self);

/* RdChange * with footnote set: footnotes aligned by content. */
GPtrArray *rd_comparison_get_footnote_changes (RdComparison *self);

const RdComparisonStats *rd_comparison_get_stats (RdComparison *self);
GPtrArray *rd_comparison_get_warnings (RdComparison *self); /* char * */

/* Whether anything differs: header, sponsors, paragraphs or footnotes. */
gboolean rd_comparison_has_differences (RdComparison *self);

/* Whether @change is a difference a reader wants to see (not unchanged). */
gboolean rd_change_is_difference (const RdChange *change);

/* Whether @change pairs one old item with one new one (a paragraph or
 * footnote kept, edited or moved), and their indices. */
gboolean rd_change_get_one_to_one (const RdChange *change, guint *old_index, guint *new_index);

/* Which way @change moved what an operative paragraph asks: its verb's
 * strength when that changed and is known, else its wording's. */
RdStrength rd_change_get_strength (const RdChange *change);
/* Whether two leading verb phrases say different things: "Urges" and
 * "Encourages" do; "Decides" and "Also decides", "Reaffirming also" and
 * "Reaffirming" do not ("also", "further" and the like only mark a
 * repeated verb).  FALSE when either is NULL. */
gboolean rd_verbs_differ (const char *a,
                          const char *b);

/* "OP 7 → 8, modified, Urges → Encourages"; "PP 3, inserted". */
char *rd_comparison_describe_change (RdComparison *self,
                                     const RdChange *change);

/* How a reader cites paragraph (or, with @footnote, footnote) @index of
 * the old or new version: "OP 7", "PP 3", "OP 7 (a)", "footnote 5". */
char *rd_comparison_describe_item (RdComparison *self,
                                   gboolean footnote,
                                   gboolean new_side,
                                   guint index);

/* The paragraph numbers of one side: "OP 7", "PP 3–4", "" when empty. */
char *rd_comparison_describe_side (RdComparison *self,
                                   const RdChange *change,
                                   gboolean new_side);

G_END_DECLS
