/* rd-text-writer.h: a comparison as text for a terminal (--format=text)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-comparison.h"

G_BEGIN_DECLS

/* A summary first (header changes, sponsors added and removed, counts by
 * change type), then each changed paragraph with its kind and numbers,
 * deletions as [-...-] and insertions as {+...+}; with @color, also in red
 * and green (the brackets stay, so colour is never the only mark). */
char *rd_text_write (RdComparison *comparison, gboolean color);

G_END_DECLS
