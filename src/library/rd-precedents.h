/* rd-precedents.h: where each paragraph's wording was adopted before
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-document.h"
#include "rd-library.h"

G_BEGIN_DECLS

typedef enum
{
  RD_LANGUAGE_NEW,    /* no long span of it stands in an adopted resolution */
  RD_LANGUAGE_PARTLY, /* spans of at least RD_LIBRARY_SHINGLE_WORDS words do */
  RD_LANGUAGE_AGREED, /* all of it does, up to routine updates */
} RdLanguage;

const char *rd_language_to_string (RdLanguage language);

typedef struct
{
  char *symbol;
  char *date; /* ISO, or NULL */
  char *path;
  char *kind; /* rd_paragraph_kind_to_string () */
  char *number;
  gboolean adopted;
  double similarity;  /* share of the paragraph's words found in it */
  guint shared_words; /* how many */
} RdPrecedent;

RdPrecedent *rd_precedent_copy (const RdPrecedent *precedent);
void rd_precedent_free (RdPrecedent *precedent);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdPrecedent, rd_precedent_free)

typedef struct
{
  guint start; /* in characters of the paragraph's text */
  guint end;
  guint start_byte; /* the same in bytes */
  guint end_byte;
  char *text;
  guint precedent; /* index in the paragraph's precedents */
} RdPrecedentSpan;

typedef struct
{
  guint index; /* of the paragraph in the document */
  RdLanguage language;
  guint n_words;
  GPtrArray *precedents; /* RdPrecedent *: adopted first, then closest */
  GArray *spans;         /* RdPrecedentSpan: the shared runs, for "partly" */
} RdParagraphPrecedents;

void rd_paragraph_precedents_free (RdParagraphPrecedents *precedents);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdParagraphPrecedents, rd_paragraph_precedents_free)

/* For each paragraph of @document, its precedents in @library: only
 * documents older than @document count (when its date is known), never
 * @document's own file or symbol.  RdParagraphPrecedents *. */
GPtrArray *rd_library_find_precedents (RdLibrary *library, RdDocument *document, GError **error);

/* The same for any texts, against the library as it stands for
 * @document (what counts, rd_library_find_precedents ()): @index is the
 * result's index. */
typedef struct _RdPrecedentFinder RdPrecedentFinder;

RdPrecedentFinder *rd_precedent_finder_new (RdLibrary *library, RdDocument *document, GError **error);
RdParagraphPrecedents *rd_precedent_finder_find (RdPrecedentFinder *finder, guint index, const char *text);
/* FALSE, with an error naming the library, when a search met a damaged
 * database (its results are then incomplete). */
gboolean rd_precedent_finder_check (RdPrecedentFinder *finder, GError **error);
void rd_precedent_finder_free (RdPrecedentFinder *finder);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdPrecedentFinder, rd_precedent_finder_free)

/* The same as JSON ({"paragraphs": [...]}, docs/library.md) and text. */
char *rd_precedents_to_json (RdDocument *document, GPtrArray *precedents);
char *rd_precedents_to_text (RdDocument *document, GPtrArray *precedents);

G_END_DECLS
