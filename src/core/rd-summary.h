/* rd-summary.h: what the summaries of a comparison say, computed once
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-comparison.h"

G_BEGIN_DECLS

/*
 * The summaries (the text output's head, the HTML export's and the PDF's
 * summary, the window's summary panel) show the counts of
 * rd_comparison_get_stats() and these, which take more than a count.
 */

/* The runs of operative paragraphs renumbered without other change, each
 * the next old number become the next new one: "OP 3–10 → 4–11; OP 12 →
 * 14"; a renumbering across kinds names both places ("PP 3 → OP 1").  ""
 * when none was renumbered. */
char *rd_comparison_describe_renumbering (RdComparison *comparison);

/* What the summaries say when a version lists no sponsors (an adopted
 * resolution, a text submitted by a Chair or Vice-Chair), one sentence a
 * version: "The adopted resolution A/RES/80/228 lists no sponsors.",
 * "A/C.2/80/L.58 lists no sponsors: it was submitted by the Vice-Chair of
 * the Committee, Jenni Mikkola (Finland)."  "" when both list sponsors. */
char *rd_comparison_describe_sponsors_listing (RdComparison *comparison);
/* How the operative paragraphs' force moved (rd-verb-strength.h): "3
 * operative paragraphs weakened, 1 strengthened", translated; "" when
 * none moved. */
char *rd_comparison_describe_strength (RdComparison *comparison);

G_END_DECLS
