/* rd-test-seed.h: edited copies of the seed resolution, made in the test
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The seed text is a list of chunks separated by blank lines (masthead
 * items, paragraphs, footnotes).  Scenarios edit that list the way a
 * negotiator edits a draft, then parse both versions.
 */

#pragma once

#include <glib.h>
#include <string.h>

#include "rd-comparison.h"
#include "rd-test-util.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *chunks; /* char * */
} RdSeed;

void rd_seed_free (RdSeed *seed);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdSeed, rd_seed_free)

RdSeed *rd_seed_load (void);

/* The index of the chunk that starts with @prefix. */
guint rd_seed_find (RdSeed *seed, const char *prefix);

const char *rd_seed_get (RdSeed *seed, guint index);

void rd_seed_set (RdSeed *seed, guint index, const char *text);

void rd_seed_insert (RdSeed *seed, guint index, const char *text);

char *rd_seed_take (RdSeed *seed, guint index);

/* Replaces @from by @to in chunk @index; it must occur. */
void rd_seed_replace (RdSeed *seed, guint index, const char *from, const char *to);

/* Adds @delta to the operative numbers "N. *" of the chunks from @start. */
void rd_seed_renumber (RdSeed *seed, guint start, int delta);

char *rd_seed_text (RdSeed *seed);

RdDocument *rd_seed_parse (RdSeed *seed);

/* The comparison of the two seeds, parsed, with the default options. */
RdComparison *rd_seed_compare (RdSeed *old_seed, RdSeed *new_seed);

G_END_DECLS
