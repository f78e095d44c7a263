/* rd-array-util.h: searching the sorted arrays of indices the outputs keep
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How many values of @sorted (guint, ascending) are below @value: where
 * @value stands in it, or would be inserted.  A binary search; @value may
 * be negative (then 0). */
guint rd_sorted_indices_count_below (GArray *sorted, gint64 value);

G_END_DECLS
