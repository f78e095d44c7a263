/* rd-redline-view.h: one column, the new text with the changes in place
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-change-view.h"

G_BEGIN_DECLS

#define RD_TYPE_REDLINE_VIEW (rd_redline_view_get_type ())
G_DECLARE_FINAL_TYPE (RdRedlineView, rd_redline_view, RD, REDLINE_VIEW, RdChangeView)

GtkWidget *rd_redline_view_new (void);

G_END_DECLS
