/* rd-block.h: the neutral text blocks that importers produce
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * An importer turns the bytes of one file into a list of RdBlock: runs of
 * text with what the format knows about them (italic spans, footnote
 * citation marks, indentation, page, whether the text stands in a footnote
 * area).  Importers know nothing of resolutions; the parser (rd-parser.h)
 * knows nothing of formats.
 *
 * Contract for importers:
 *  - In the masthead (everything before the enacting formula, "The General
 *    Assembly,"), each item the document prints on its own line is its own
 *    block ("Distr.: Limited", "8 November 2013", "Agenda item 108", ...).
 *    A masthead item that wraps over several lines (the agenda title, the
 *    sponsors line, the title) may be one block or one block per line; the
 *    parser joins them.
 *  - In the body, one block per paragraph, with the paragraph number as
 *    printed at the start of the text ("1. Urges ...", "(a) To promote ...")
 *    unless the format numbers paragraphs itself, in which case the number
 *    goes into @number.  A paragraph cut by a page break may arrive as two
 *    blocks; the parser joins them by their form.
 *  - Footnote texts are blocks with @role RD_BLOCK_FOOTNOTE and the marker in
 *    @marker (text without the marker).
 *  - Text is UTF-8 with runs of white space folded into one space and no
 *    leading or trailing space; spans are byte offsets into it.
 */

typedef enum
{
  RD_BLOCK_BODY,     /* ordinary text: masthead item or paragraph */
  RD_BLOCK_HEADING,  /* a heading the format marks as such (HTML h1-h6) */
  RD_BLOCK_FOOTNOTE, /* a footnote's text; @marker holds its mark */
} RdBlockRole;

typedef enum
{
  RD_BLOCK_FLAG_NONE = 0,
  RD_BLOCK_FLAG_CENTERED = 1 << 0,     /* set on its own line, centred */
  RD_BLOCK_FLAG_BOLD = 1 << 1,         /* the whole block is bold */
  RD_BLOCK_FLAG_AFTER_BREAK = 1 << 2,  /* first block after a page break */
  RD_BLOCK_FLAG_LIST_ITEM = 1 << 3,    /* an item of a list (HTML li) */
  RD_BLOCK_FLAG_CONTINUATION = 1 << 4, /* the importer knows it continues the
                                        * previous body block */
} RdBlockFlags;

typedef enum
{
  RD_SPAN_ITALIC,   /* italic (or emphasised) text */
  RD_SPAN_FOOTNOTE, /* a footnote citation mark; the span's text is the mark */
  RD_SPAN_LINK,     /* text that was a link */
} RdSpanKind;

typedef struct
{
  RdSpanKind kind;
  gsize start; /* byte offset into the block's text */
  gsize end;   /* byte offset, exclusive */
} RdSpan;

typedef struct
{
  RdBlockRole role;
  RdBlockFlags flags;
  char *text;    /* UTF-8, white space folded */
  GArray *spans; /* RdSpan, sorted by start, not overlapping within a kind */
  char *marker;  /* RD_BLOCK_FOOTNOTE: the footnote's mark ("1", "*") */
  char *number;  /* a paragraph number the format supplies, or NULL */
  int page;      /* 1-based page, or 0 when the format has no pages */
  double indent; /* first-line indent relative to the text column, in
                  * points (PDF) or characters (text); < 0 when unknown */
  double left;   /* left edge of the block's lines, same unit; < 0 unknown */
} RdBlock;

RdBlock *rd_block_new (RdBlockRole role, const char *text);
void rd_block_free (RdBlock *block);
void rd_block_add_span (RdBlock *block, RdSpanKind kind, gsize start, gsize end);
gboolean rd_block_has_span (const RdBlock *block, RdSpanKind kind);

/* The order of a block's spans: by start, then by kind (for g_array_sort). */
gint rd_span_compare (gconstpointer a, gconstpointer b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdBlock, rd_block_free)

/*
 * RdBlockList: what an importer returns.  Besides the blocks it carries the
 * format's name, the document's language when the format says it, and the
 * importer's warnings (for example "converted from Windows-1252").
 */
/* What a reader's content passed of the limits in rd-limits.h that the
 * block list itself checks. */
typedef enum
{
  RD_BLOCK_LIMIT_NONE,
  RD_BLOCK_LIMIT_PARAGRAPHS,       /* RD_LIMIT_PARAGRAPHS */
  RD_BLOCK_LIMIT_PARAGRAPH_LENGTH, /* RD_LIMIT_PARAGRAPH_LENGTH */
  RD_BLOCK_LIMIT_FOOTNOTES,        /* RD_LIMIT_FOOTNOTES */
} RdBlockLimit;

typedef struct
{
  GPtrArray *blocks;   /* RdBlock */
  GPtrArray *warnings; /* char *, translated, one line each */
  char *format;        /* "text", "pdf", "docx", "odt", "html", "akn" */
  char *language;      /* BCP 47 tag such as "en" or "ar", or NULL */
  guint n_pages;       /* 0 when the format has no pages */
  guint n_footnotes;
  RdBlockLimit passed; /* the first limit passed, after which nothing more
                        * is appended; rd_import_bytes refuses the list */
} RdBlockList;

RdBlockList *rd_block_list_new (const char *format);
void rd_block_list_free (RdBlockList *list);
/* Every reader appends its blocks here, which checks the limits on
 * paragraphs, a paragraph's length and footnotes: past one it sets
 * @list->passed and returns NULL, and appends nothing more. */
RdBlock *rd_block_list_append (RdBlockList *list, RdBlockRole role, const char *text);
/* The same, taking ownership of @text. */
RdBlock *rd_block_list_append_take (RdBlockList *list, RdBlockRole role, char *text);
/* The same, taking ownership of @block (which is freed when refused). */
RdBlock *rd_block_list_append_block (RdBlockList *list, RdBlock *block);
void rd_block_list_add_warning (RdBlockList *list, const char *format, ...)
    G_GNUC_PRINTF (2, 3);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdBlockList, rd_block_list_free)

/* Folds runs of white space (including no-break and other Unicode spaces)
 * into one ASCII space and trims the ends, keeping @spans in step. */
char *rd_text_fold_whitespace (const char *text, GArray *spans);

G_END_DECLS
