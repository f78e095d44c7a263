/* rd-series-json.h: a series of versions as JSON (resdiff V1 V2 V3
 * --format=json)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-json.h"
#include "rd-series.h"

G_BEGIN_DECLS

/* {"resdiff": 1, "versions": [DOC…], "steps": [COMPARISON…], "history":
 * [LINEAGE…]}, documented in docs/series.md; each step is the pair's own
 * comparison JSON (docs/comparison-json.md). */
char *rd_series_to_json (RdSeries *series);
gboolean rd_series_write_json (RdSeries *series, RdJsonSink sink, gpointer user_data);

G_END_DECLS
