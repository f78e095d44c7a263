/* rd-layout.c: how a marked-up copy of a comparison is laid out
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-layout.h"

/* G_DEFINE */

/* clang-format off */
G_DEFINE_ENUM_TYPE (RdLayout, rd_layout,
                    G_DEFINE_ENUM_VALUE (RD_LAYOUT_REDLINE, "redline"),
                    G_DEFINE_ENUM_VALUE (RD_LAYOUT_SIDE_BY_SIDE, "side-by-side"))
/* clang-format on */

/* Static helpers */

static const char *const layout_names[] = {
  [RD_LAYOUT_REDLINE] = "redline",
  [RD_LAYOUT_SIDE_BY_SIDE] = "side-by-side",
};

/* Public API */

gboolean
rd_layout_from_string (const char *name,
                       RdLayout *layout)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (layout_names); i++)
    if (g_strcmp0 (name, layout_names[i]) == 0)
      {
        *layout = (RdLayout) i;
        return TRUE;
      }
  return FALSE;
}

const char *
rd_layout_to_string (RdLayout layout)
{
  g_return_val_if_fail ((guint) layout < G_N_ELEMENTS (layout_names), NULL);

  return layout_names[layout];
}
