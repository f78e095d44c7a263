/* rd-lexicon.h: the words of UN resolutions the parser recognises
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * What a masthead line, a formula or a paragraph's opening words look like
 * in the documents of the UN's principal organs: months, organs and
 * committees, document types, verbs.  The parser (rd-parser.c) walks the
 * blocks and asks these; it holds no vocabulary of its own.
 */

/* Each pattern matches a whole block's text unless said otherwise; the
 * groups are what the parser keeps. */
typedef struct
{
  GRegex *symbol;            /* 1: "A/C.3/68/L.4", "A/RES/80/228 (2025)",
                              * without a reissue's "*" */
  GRegex *organ;             /* 1: "General Assembly" */
  GRegex *distribution;      /* 1: "Limited" of "Distr.: Limited" */
  GRegex *date;              /* 1: "8 November 2013" */
  GRegex *original;          /* 1: "English" of "Original: English" */
  GRegex *session;           /* 1: "Sixty-eighth session" */
  GRegex *committee;         /* 1: "Third Committee" */
  GRegex *committee_number;  /* "(Fourth Committee)" under a long name */
  GRegex *language_line;     /* "English" alone: this version's language */
  GRegex *agenda;            /* 1: the items of "Agenda items 108 and 109" */
  GRegex *masthead_column;   /* the left column read as one block
                              * ("Eightieth session Agenda item 72 (a)
                              * Strengthening of …"): 1 session,
                              * 2 committee, 3 items, 4 agenda title */
  GRegex *agenda_item;       /* within those: 1 the number, 2 and 3 its
                              * sub-items */
  GRegex *formula;           /* 1: "The General Assembly" (with a comma) */
  GRegex *bare_formula;      /* 1: "The General Assembly" without one */
  GRegex *type_tail;         /* "Austria, ...: draft resolution": 1 the
                              * sponsors, 2 asterisks ("*", "* , **"),
                              * 3 the type */
  GRegex *submitted;         /* "Draft resolution submitted by ... on the
                              * basis of A/C.2/80/L.24": 1 the type, 2 by
                              * whom, 3 the basis */
  GRegex *adopted;           /* "Resolution adopted by the General Assembly
                              * on 18 December 2025 [on the report ...]":
                              * 1 organ, 2 date, 3 the bracket */
  GRegex *report;            /* within that bracket: 1 "A/80/545" */
  GRegex *resolution_number; /* "80/228. Title": 1 number, 2 title */
  GRegex *heading;           /* "II. Follow-up", "A", "Annex I" */
  GRegex *meeting;           /* 1: "56th plenary meeting", "55th (resumed)
                              * plenary meeting" */
  GRegex *publication_note;  /* a "*" note on the list of sponsors' changes
                              * or a reissue, not on whose behalf */
} RdLexiconPatterns;

/* The patterns, compiled once for the life of the program. */
const RdLexiconPatterns *rd_lexicon_patterns (void);

/* Whether @c is white space as the patterns' \s has it (PCRE with Unicode
 * properties, as GRegex compiles them): GLib's white space, the vertical
 * tab, NEL and the Mongolian vowel separator; for scans written by hand
 * that must find what a pattern found. */
gboolean rd_lexicon_is_pattern_space (gunichar c);

/* The leading verb phrase of a paragraph's text when no italics mark it:
 * "Recalling also", "Bearing in mind", "Also decides".  NULL when the text
 * does not start with one. */
char *rd_lexicon_guess_verb (const char *text, gboolean operative);

/* The month @word names ("December"; @length bytes, or -1 when
 * nul-terminated), 1 to 12, or 0.  With @ignore_case "december" too;
 * without, only as dates write it, so that the verb "may" is no month. */
guint rd_lexicon_month_of_word (const char *word, gssize length, gboolean ignore_case);

/* Whether @suffix is all that follows the figures of an English ordinal:
 * "st", "nd", "rd" or "th" ("1st", "38th"), in lower case as the UN
 * writes them.  Which ending a figure takes is not checked ("1th"). */
gboolean rd_lexicon_is_ordinal_suffix (const char *suffix);

G_END_DECLS
