/* rd-instruction-scan-private.h: the words of an amendment's instructions
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by rd-instruction-scan.c, which cuts an instruction into tokens
 * (words, figures, labels, quotations, punctuation) and reads number words,
 * rd-instruction-reference.c, which reads the numbers and the places in the
 * draft those tokens name, and rd-instruction-parser.c, which reads the
 * phrases they make.
 */

#pragma once

#include "rd-instruction.h"

G_BEGIN_DECLS

/* Numbers read in instructions stop here: no resolution has more
 * paragraphs, and sums cannot overflow. */
#define MAX_NUMBER 100000

/* A label "(a)", "(iv)", "(xviii)" has at most this many characters. */
#define MAX_LABEL_LENGTH 6

typedef enum
{
  TOKEN_WORD,   /* lower case; inner hyphens kept as '-' */
  TOKEN_NUMBER, /* figures */
  TOKEN_LABEL,  /* "(a)": word holds "a" */
  TOKEN_QUOTE,  /* number: index in RdScan.quotes */
  TOKEN_PUNCT,  /* , : ; . and '-' for a dash between figures */
} RdScanTokenKind;

typedef struct
{
  RdScanTokenKind kind;
  char *word;
  guint number;
  char punct;
} RdScanToken;

typedef struct
{
  GArray *tokens;    /* RdScanToken */
  GPtrArray *quotes; /* RdQuote */
  gboolean unclosed; /* a quotation mark was never closed */
} RdScan;

typedef enum
{
  VERB_NONE,
  VERB_DELETE,
  VERB_REPLACE,
  VERB_INSERT,
  VERB_RENUMBER,
} Verb;

typedef struct
{
  guint hundreds;
  guint rest;
  gboolean any;
  gboolean ordinal; /* the last word was an ordinal: the number is over */
  gboolean has_unit;
  gboolean has_ten;
  gboolean has_hundred;
} RdNumberWords;

/* Takes one word ("thirty", "eighth", "hundred") into @n; FALSE when it
 * is not a number word or cannot go on the number read so far. */
gboolean rd_number_words_feed (RdNumberWords *n,
                               const char *word);
/* "38th", "1st", "200th": figures with an ordinal ending. */
gboolean rd_number_parse_figure_ordinal (const char *word,
                                         guint *value);

gboolean rd_quote_is_open (gunichar c);
/* Where the quotation opened by @open just before @start closes: the
 * matching ” (quotations inside count), or the next straight quote. */
const char *rd_quote_find_end (const char *start,
                               gunichar open);
/* The text between @start and @end of @text as a quotation: white space
 * folded, the footnote marks of @refs (offsets into @text) kept as its
 * own, and runs of asterisks glued to a word ("Development**") taken for
 * the footnote marks they are. */
RdQuote *rd_quote_from_text (const char *text,
                             gsize start,
                             gsize end,
                             const GArray *refs);

void rd_scan_init (RdScan *scan);
void rd_scan_clear (RdScan *scan);
/* Cuts @text (with its footnote marks @refs) into tokens. */
void rd_scan_text (RdScan *scan,
                   const char *text,
                   const GArray *refs);
const RdScanToken *rd_scan_token_at (const RdScan *scan,
                                     guint pos);
/* The word, label or quotation index at @pos, which the caller checked is
 * there. */
const char *rd_scan_word_at (const RdScan *scan,
                             guint pos);
guint rd_scan_quote_at (const RdScan *scan,
                        guint pos);
gboolean rd_scan_is_word (const RdScan *scan,
                          guint pos,
                          const char *word);
gboolean rd_scan_is_word_in (const RdScan *scan,
                             guint pos,
                             const char *const *words);
gboolean rd_scan_is_punct (const RdScan *scan,
                           guint pos,
                           char punct);
gboolean rd_scan_is_kind (const RdScan *scan,
                          guint pos,
                          RdScanTokenKind kind);
/* How many tokens the words of @phrase ("at the end of") take at @pos, or
 * 0 when they are not there. */
guint rd_scan_match_phrase (const RdScan *scan,
                            guint pos,
                            const char *phrase);

/* In rd-instruction-reference.c. */

/* A number at @pos in figures or words, moving @pos past it; @ordinal
 * says whether it was written as one ("fifth", "38th"). */
gboolean rd_scan_parse_number (const RdScan *scan,
                               guint *pos,
                               guint *value,
                               gboolean *ordinal);
/* "preambular" or "operative" at @pos, or RD_TARGET_NONE. */
RdTargetKind rd_scan_paragraph_kind (const RdScan *scan,
                                     guint pos);
/* References at @pos joined by commas and "and" ("the title, the
 * preambular paragraphs and the operative paragraphs"; "operative
 * paragraphs 3 and 7"), moving @pos past them; @several is set when they
 * name several separate places. */
gboolean rd_scan_parse_references (const RdScan *scan,
                                   guint *pos,
                                   RdTarget *target,
                                   gboolean *several);
/* The parts of the text @target names (title, preamble, operative part),
 * or RD_SCOPE_NONE for a single paragraph. */
RdScope rd_target_get_scope (const RdTarget *target);

/* Reads one instruction's @text (with its footnote marks @footnotes) as
 * instruction @number; @wants_paragraphs says whether quoted paragraphs
 * should follow it ("… reading:").  In rd-instruction-parser.c. */
RdInstruction *rd_instruction_read_one (guint number,
                                        const char *text,
                                        const GArray *footnotes,
                                        gboolean *wants_paragraphs);

G_END_DECLS
