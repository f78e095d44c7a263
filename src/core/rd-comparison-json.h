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

G_END_DECLS
