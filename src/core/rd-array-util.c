/* rd-array-util.c: searching the sorted arrays of indices the outputs keep
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-array-util.h"

/* Public API */

guint
rd_sorted_indices_count_below (GArray *sorted,
                               gint64 value)
{
  guint low = 0;
  guint high;

  g_return_val_if_fail (sorted != NULL, 0);

  high = sorted->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if ((gint64) g_array_index (sorted, guint, middle) < value)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}
