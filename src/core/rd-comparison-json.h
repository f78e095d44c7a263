/* rd-comparison-json.h: a comparison as JSON (resdiff --format=json)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-comparison.h"
#include "rd-json.h"

G_BEGIN_DECLS

/* The format is documented in docs/comparison-json.md; "resdiff": 1 is its
 * version, raised on any change that is not an addition. */
#define RD_COMPARISON_JSON_VERSION 1

char *rd_comparison_to_json (RdComparison *comparison);

/* The same text handed to @sink piece by piece; FALSE if the sink failed. */
gboolean rd_comparison_write_json (RdComparison *comparison, RdJsonSink sink, gpointer user_data);

/* Members a caller adds (the amendments' attributions): @change into each
 * change's object, @header into each header change's, @top at the end of
 * the whole.  Any may be NULL. */
typedef struct
{
  void (*change) (RdJsonWriter *writer, const RdChange *change, gpointer user_data);
  void (*header) (RdJsonWriter *writer, const RdHeaderChange *change, gpointer user_data);
  void (*top) (RdJsonWriter *writer, gpointer user_data);
  gpointer user_data;
} RdComparisonJsonExtra;

char *rd_comparison_to_json_extra (RdComparison *comparison, const RdComparisonJsonExtra *extra);
gboolean rd_comparison_write_json_extra (RdComparison *comparison, const RdComparisonJsonExtra *extra, RdJsonSink sink, gpointer user_data);

/* The comparison as one value written into @writer (a series' step);
 * @extra may be NULL. */
void rd_comparison_json_write (RdJsonWriter *writer, RdComparison *comparison, const RdComparisonJsonExtra *extra);

/* A version's object ("file", "format", "symbol", …) as one value. */
void rd_comparison_json_write_document (RdJsonWriter *writer, RdDocument *document);

G_END_DECLS
