/* rd-office-writer.h: the marked-up copy as a Word document with tracked
 * changes
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rd-comparison.h"
#include "rd-export.h"

G_BEGIN_DECLS

/*
 * The new version laid out as a UN document (masthead, sponsors, title,
 * formula, italic preambular verbs, operative paragraphs and their
 * sub-paragraphs numbered by Word's numbering, footnotes as footnotes),
 * each change from the old version a tracked change by "Resdiff" (w:ins,
 * w:del, w:moveFrom/w:moveTo), with comments on the sponsors line and on
 * changed operative verbs (docs/word-export.md).  Renumbering is Word's
 * numbering at work, not a change.  The "formats" module's write_office
 * (rd-module.h): outside this library, call rd_export_office().
 */
GBytes *rd_office_write (RdComparison *comparison, const RdOfficeOptions *options, GError **error);

G_END_DECLS
