/* rd-side-by-side-view.h: old on the left, new on the right, row by row
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-change-view.h"

G_BEGIN_DECLS

#define RD_TYPE_SIDE_BY_SIDE_VIEW (rd_side_by_side_view_get_type ())
G_DECLARE_FINAL_TYPE (RdSideBySideView, rd_side_by_side_view, RD, SIDE_BY_SIDE_VIEW, RdChangeView)

GtkWidget *rd_side_by_side_view_new (void);

G_END_DECLS
