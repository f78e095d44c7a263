/* rd-verb-strength.h: how strongly an operative paragraph asks
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-diff.h"

G_BEGIN_DECLS

/* Which way a change went, as JSON writes it ("weakened"). */
typedef enum
{
  RD_STRENGTH_UNKNOWN, /* not on the scale: no mark */
  RD_STRENGTH_SAME,
  RD_STRENGTH_WEAKENED,
  RD_STRENGTH_STRENGTHENED,
} RdStrength;

/* "same", "weakened", "strengthened"; NULL for unknown. */
const char *rd_strength_to_string (RdStrength strength);

/*
 * The scale of operative verbs (docs/series.md): "Decides" and "Demands"
 * at the top, then "Condemns", "Urges", "Calls upon", "Requests",
 * "Recommends", "Encourages", "Invites", "Supports", "Welcomes",
 * "Takes note of" at the bottom.  "Strongly" raises a verb half a step;
 * "Also", "Further", "Again" and "Once again" change nothing.  Returns
 * the verb phrase's rank (higher is stronger) in half steps, or -1 when
 * its verb is not on the scale.
 */
int rd_verb_strength_rank (const char *verb_phrase);

/* The change of verb from @old_verb to @new_verb. */
RdStrength rd_verb_strength_compare (const char *old_verb, const char *new_verb);

/*
 * Weakening and strengthening inside a paragraph: modal verbs ("shall" →
 * "should"), hedges put in or taken out ("endeavour to", "as
 * appropriate", "where possible", "voluntary"), a verb of the scale
 * replaced by a weaker one ("urges" → "encourages").  Looks at each hunk
 * of @diff; RD_STRENGTH_UNKNOWN when none of it moves the strength, else
 * the net direction (SAME when they cancel out).
 */
RdStrength rd_verb_strength_of_diff (const RdDiff *diff);

G_END_DECLS
