/* rd-header-markup.h: the header and sponsors rows, shared by the views
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-change-view.h"

G_BEGIN_DECLS

/* Markup listing the sponsors of @side (rd_presentation_get_sponsor_runs):
 * those who joined marked as inserted, those who left as deleted. */
char *rd_sponsors_markup (RdPresentation *presentation, RdSide side, RdRedlineStyle style);

/* "Date: 8 November 2013" lines for the header fields that changed, named
 * as every output names them (rd_header_change_get_label), or NULL when
 * none did. */
char *rd_header_changes_markup (RdComparison *comparison, RdSide side, RdRedlineStyle style);

/* "2 joined, 1 left, 33 kept" */
char *rd_sponsors_summary (RdComparison *comparison);

G_END_DECLS
