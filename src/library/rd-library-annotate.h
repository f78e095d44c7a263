/* rd-library-annotate.h: agreed language in a comparison's notes
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-comparison.h"
#include "rd-library.h"
#include "rd-precedents.h"

G_BEGIN_DECLS

/* The language of what @change inserted in the new version: its words
 * inserted (a modified or moved paragraph's, or a whole new paragraph's)
 * that stand in an adopted resolution of @finder's library.  FALSE when
 * the change inserted no word.  @source: the adopted precedent most of
 * them come from (a copy, or NULL).  @passages, when not NULL, gets the
 * runs of inserted words that stand in an adopted resolution, each with
 * its own source (RdPassageNote *, rd-annotations.h). */
gboolean rd_library_change_language (RdPrecedentFinder *finder,
                                     RdComparison *comparison,
                                     const RdChange *change,
                                     RdLanguage *language,
                                     RdPrecedent **source,
                                     guint *n_inserted,
                                     guint *n_agreed,
                                     GPtrArray *passages);

/* Attaches to @comparison (rd-annotations.h) a note on each inserted or
 * modified paragraph ("agreed language: A/RES/79/171 OP 12", "partly
 * agreed: …", "new language") and a summary section, which the text,
 * HTML, PDF and the window show.  Precedents are those of the new
 * version (rd_library_find_precedents ()). */
gboolean rd_library_annotate (RdLibrary *library, RdComparison *comparison, GError **error);

G_END_DECLS
