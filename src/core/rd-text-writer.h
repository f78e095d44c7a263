/* rd-text-writer.h: a comparison as text for a terminal (--format=text)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-comparison.h"
#include "rd-series.h"

G_BEGIN_DECLS

/* A summary first (header changes, sponsors added and removed, counts by
 * change type), then each changed paragraph with its kind and numbers,
 * deletions as [-...-] and insertions as {+...+}; with @color, also in red
 * and green (the brackets stay, so colour is never the only mark). */
char *rd_text_write (RdComparison *comparison, gboolean color);

/* What a caller adds (the amendments' attributions): @preamble after the
 * "Old:" and "New:" lines, @change_note and @header_note at the end of a
 * change's label line or a header change's line (NULL for nothing).  Any
 * may be NULL. */
typedef struct
{
  void (*preamble) (GString *out, gpointer user_data);
  char *(*change_note) (const RdChange *change, gpointer user_data);
  char *(*header_note) (const RdHeaderChange *change, gpointer user_data);
  gpointer user_data;
} RdTextExtra;

char *rd_text_write_extra (RdComparison *comparison, gboolean color, const RdTextExtra *extra);

/* The same; with @substantive_only, routine updates (rd-routine.h) are
 * counted in the summary but not listed.  @extra may be NULL. */
char *rd_text_write_full (RdComparison *comparison, gboolean color, gboolean substantive_only, const RdTextExtra *extra);

/* "Substantive changes: 4; routine changes: 3; 1 operative paragraph
 * weakened" and a newline. */
void rd_text_append_strength (GString *out, RdComparison *comparison);

/* A series: its versions, a summary of each step, then the history of
 * every paragraph that ever changed (with @substantive_only, of those
 * that changed other than routinely). */
char *rd_text_write_series (RdSeries *series, gboolean color, gboolean substantive_only);

G_END_DECLS
