/* rd-test-pdf.h: reading PDF output back with poppler-utils, and the
 * edited pair the printing tests compare
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rd-test-seed.h"

G_BEGIN_DECLS

/* Skips the test (and returns FALSE) when pdftotext and pdfinfo are
 * missing: poppler-utils is a test dependency (build-aux/setup). */
gboolean rd_test_have_poppler_utils (void);

char *rd_test_run_tool (const char *const *argv);

/* The text of pages @first to @last (1-based; 0 for all). */
char *rd_test_pdf_text (const char *path, guint first, guint last);

/* A field of pdfinfo's report: "Pages", "Page size". */
char *rd_test_pdf_info (const char *path, const char *field);

guint rd_test_pdf_pages (const char *path);

/* The first page's size in points. */
void rd_test_pdf_page_size (const char *path, double *width, double *height);

/* @text without white space or hyphens: line breaks, justification and
 * pdftotext joining "sixty-" and "seventh" at a line's end then do not
 * matter when looking for a paragraph in a PDF's text. */
char *rd_test_squeeze (const char *text);

/* The text inserted in the later version of the print pair. */
#define RD_TEST_INSERTED_TEXT "Noting with appreciation the work of national rapporteurs and equivalent mechanisms in monitoring trafficking in persons,"
/* The paragraph deleted from it (its start). */
#define RD_TEST_DELETED_PREFIX "Stressing the need to protect victims of trafficking from being incarcerated"

/*
 * The seed, and an edited copy as a negotiator's revision reads: new
 * symbol, Canada joins and Benin leaves, OP 9's verb changes, a
 * preambular paragraph is inserted and another deleted, OP 14 moves after
 * OP 16 (renumbered 16; 15 and 16 become 14 and 15).
 */
void rd_test_print_pair (RdSeed **old_seed, RdSeed **new_seed);

/* Writes the pair into @dir as old.txt and new.txt. */
void rd_test_write_print_pair (const char *dir, char **old_path, char **new_path);

G_END_DECLS
