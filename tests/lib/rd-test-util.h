/* rd-test-util.h: helpers shared by the tests
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rd-comparison.h"
#include "rd-document.h"
#include "rd-import.h"
#include "rd-parser.h"

G_BEGIN_DECLS

/* Parses @text as if it were a plain-text file. */
RdDocument *rd_test_parse_text (const char *text);

/* Loads a fixture from tests/data. */
RdDocument *rd_test_load_fixture (const char *first_component, ...);

/* The path of a fixture in tests/data. */
#define rd_test_fixture_path(...) g_test_build_filename (G_TEST_DIST, "data", __VA_ARGS__, NULL)

/* The file @name of tests/data/corpus. */
GFile *rd_test_corpus_file (const char *name);

/* The versions of "Promoting investments for sustainable development" in
 * tests/data/corpus, oldest first: the series of the corpus README. */
#define RD_TEST_N_INVESTMENTS 5
extern const char *const rd_test_investments[RD_TEST_N_INVESTMENTS];

/* The documents of the @n files @names of tests/data/corpus, read in that
 * order (a series' versions). */
GPtrArray *rd_test_load_corpus_chain (const char *const *names, guint n);

/* The first paragraph change of @type in @comparison, failing the test
 * when there is none. */
const RdChange *rd_test_find_change_of_type (RdComparison *comparison, RdChangeType type);

/* Paragraph @index of @document, asserting it exists. */
RdParagraph *rd_test_paragraph (RdDocument *document, guint index);

/* The index-th paragraph of @kind, 0-based. */
RdParagraph *rd_test_paragraph_of_kind (RdDocument *document, RdParagraphKind kind, guint nth);

/* A fresh folder for files a test makes; rd_test_remove_dir() removes it. */
char *rd_test_make_temp_dir (void);

/* Removes @dir and everything in it, asserting that all went. */
void rd_test_remove_dir (const char *dir);

/* Removes @path and, when it is a folder, everything in it (folders made
 * read-only too), as far as it can: a library may keep a cache of its
 * own there.  FALSE when something stayed; TRUE for nothing at @path. */
gboolean rd_test_remove_tree (const char *path);

/* The fixture of a test that works in a fresh folder, removed with what
 * the test left in it. */
typedef struct
{
  char *dir;
} RdTestTempDir;

typedef void (*RdTestTempDirFunc) (RdTestTempDir *fixture, gconstpointer data);

/* g_test_add() of @test with an RdTestTempDir. */
void rd_test_add_temp_dir_func (const char *path, RdTestTempDirFunc test);

/* A guard against a hang, not a timing: long enough for the sanitizer run
 * (whole-stack unwinding on every allocation) on a busy 2-core machine,
 * short enough that a hang fails here rather than at the suite's timeout
 * (180 s times the multiplier). */
#define RD_TEST_WAIT_SECONDS 150

typedef gboolean (*RdTestCondition) (gpointer data);

/* Runs the main context until @condition holds; FALSE when it still does
 * not after RD_TEST_WAIT_SECONDS. */
gboolean rd_test_wait_until (RdTestCondition condition, gpointer data);

/* The same, waiting up to @seconds. */
gboolean rd_test_wait_until_for (guint seconds, RdTestCondition condition, gpointer data);

/* Writes @length bytes to @path, asserting it worked. */
void rd_test_write_file (const char *path, const void *data, gsize length);

/* rd_document_load() of a path. */
RdDocument *rd_test_load_path (const char *path, GError **error);

/* rd_import_bytes() of a string, named "test". */
RdBlockList *rd_test_import_string (const char *text, GError **error);

/* Block @index of @list, asserting it exists. */
RdBlock *rd_test_block (RdBlockList *list, guint index);

/* Asserts that @list holds @n_blocks blocks with these texts and numbers
 * (NULL: none). */
void rd_test_assert_blocks (RdBlockList *list, const char *const *texts, const char *const *numbers, guint n_blocks);

/* Asserts that @block has a span of @kind over exactly @text. */
void rd_test_assert_span (RdBlock *block, RdSpanKind kind, const char *text);

/* The words of @text as the comparison counts them: its tokens that are
 * not punctuation. */
guint rd_test_count_words (const char *text);

/* The names in the folder @path (which must open), sorted by strcmp(). */
GPtrArray *rd_test_list_dir (const char *path);

/* How many times @needle occurs in @haystack, overlaps included. */
guint rd_test_count (const char *haystack, const char *needle);

/* @text with every @from replaced by @to. */
char *rd_test_replace_all (const char *text, const char *from, const char *to);

/* Whether one of @doc's warnings contains @part. */
gboolean rd_test_has_warning (RdDocument *doc, const char *part);

/* Whether this build reads PDF (the "pdf" module, linked in or loadable);
 * when not, skips the test and returns FALSE.  Tests of PDF input start
 * with it, so that a build without poppler skips them rather than leave
 * them out. */
gboolean rd_test_require_pdf (void);

/* g_test_add_func() for a test of PDF input: it runs after
 * rd_test_require_pdf(), skipped in a build without poppler. */
void rd_test_add_pdf_func (const char *path, GTestFunc test);

G_END_DECLS
