/* rd-layout.h: how a marked-up copy of a comparison is laid out
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * The one layout type of every output that shows the text: the window's
 * two views, the HTML export, printing and PDF.  The command line spells
 * them "redline" and "side-by-side" (--layout).
 */
typedef enum
{
  RD_LAYOUT_REDLINE,      /* one column: the new text with deletions and
                           * insertions marked in place; portrait on paper */
  RD_LAYOUT_SIDE_BY_SIDE, /* old and new in two columns, a row per change;
                           * landscape on paper */
} RdLayout;

#define RD_TYPE_LAYOUT (rd_layout_get_type ())
GType rd_layout_get_type (void);

/* "redline" or "side-by-side"; FALSE (and @layout untouched) for anything
 * else, NULL included. */
gboolean rd_layout_from_string (const char *name, RdLayout *layout);
const char *rd_layout_to_string (RdLayout layout);

G_END_DECLS
