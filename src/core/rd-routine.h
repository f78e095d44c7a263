/* rd-routine.h: telling routine updates apart from changes of substance
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-diff.h"

G_BEGIN_DECLS

/*
 * A resolution taken up again each year changes in the same places every
 * year: the session ("seventy-ninth" → "eightieth", "79th session"), the
 * previous resolution's number and date ("its resolution 78/123 of
 * 19 December 2023"), years, dates and report symbols (A/79/… → A/80/…).
 * Such a difference says nothing about what the text asks for.  The
 * patterns, and why each is routine, are in docs/series.md.
 *
 * A hunk is a run of DELETE and INSERT segments between two EQUAL ones.
 * It is routine when every word it deletes or inserts is one of those
 * patterns (or a connecting word among them: "of", "and", "session") and
 * at least one is a number, an ordinal, a date or a symbol.  A hunk of
 * connecting words and punctuation alone ("and" become ",") is routine in
 * a change whose other hunks are routine.
 */

typedef enum
{
  RD_ROUTINE_NEUTRAL,     /* connecting words or punctuation alone */
  RD_ROUTINE_ROUTINE,     /* routine words, at least one strong */
  RD_ROUTINE_SUBSTANTIVE, /* any other word */
} RdRoutineClass;

RdRoutineClass rd_routine_classify_text (const char *text);

/* The month @word (lower case, @length bytes) names, 1 to 12, or 0. */
guint rd_routine_month_of_word (const char *word, gsize length);

/* Whether @word (lower case, @length bytes) is a part of an English number
 * or ordinal as sessions are written: "seventy", "ninth", "hundredth". */
gboolean rd_routine_is_number_part (const char *word, gsize length);

/* Whether @text (the deleted or inserted words of one hunk, or both
 * joined) holds only routine words and at least one strong one. */
gboolean rd_routine_text_is_routine (const char *text);

/* Per segment of @diff (gboolean, the same length as its segments): TRUE
 * for the DELETE and INSERT segments of a routine hunk, FALSE elsewhere.
 * Sets *@all_routine to whether the diff has changes and all of them are
 * routine (may be NULL). */
GArray *rd_routine_mark_diff (const RdDiff *diff, gboolean *all_routine);

G_END_DECLS
