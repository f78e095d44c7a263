/* rd-test-office.h: what the tests of the Word and OpenDocument exports
 * share: a pair of versions, the marked-up copy written and read back with
 * its changes accepted or rejected, and the comparison of what was read
 * with the versions
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-comparison.h"
#include "rd-export.h"
#include "rd-import.h"

G_BEGIN_DECLS

/* Two versions of a draft, a week apart: a sponsor joined and one left,
 * two preambular paragraphs swapped, a verb changed and words inserted in
 * OP 1, OP 2 deleted, the rest renumbered. */
extern const char rd_test_office_old_text[];
extern const char rd_test_office_new_text[];

/* @comparison's marked-up copy as @format, its changes dated 4 March 2026
 * 10:30 UTC. */
GBytes *rd_test_office_write (RdComparison *comparison, RdOfficeFormat format);

/* @bytes imported as @name with its tracked changes @changes. */
RdBlockList *rd_test_import_with_changes (GBytes *bytes, const char *name, RdTrackedChanges changes);

/* A written document (@format) read back, its changes accepted or
 * rejected, parsed and prepared for a comparison. */
RdDocument *rd_test_office_read_back (GBytes *file, RdOfficeFormat format, RdTrackedChanges changes);

/* The text of the part @name of the zip package @package. */
char *rd_test_zip_part_text (GBytes *package, const char *name);

/* @text without its white space. */
char *rd_test_squeeze (const char *text);

/* @got has @want's body paragraphs, paragraph by paragraph: text without
 * white space, and with @numbers the numbers; @what names the case in
 * the failure. */
void rd_test_assert_same_paragraphs (RdDocument *want, RdDocument *got, gboolean numbers, const char *what);

/* The marked-up copy (@format) of @old_document → @new_document:
 * accepting all its changes gives the new version's paragraphs, rejecting
 * them all the old one's. */
void rd_test_office_round_trip (RdDocument *old_document, RdDocument *new_document, RdOfficeFormat format, gboolean numbers, const char *name);

/* The masthead fields and the sponsors of @file (the marked-up copy of
 * @old_document → @new_document) read back: the new version's accepted,
 * the old one's rejected. */
void rd_test_office_assert_header_read_back (GBytes *file, RdOfficeFormat format, RdDocument *old_document, RdDocument *new_document);

/* rd_test_office_round_trip() on every corpus pair with a truth file
 * (tests/data/accuracy/truth); how many pairs it compared. */
guint rd_test_office_round_trip_corpus (RdOfficeFormat format);

G_END_DECLS
