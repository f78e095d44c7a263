/* rd-list-number.h: list numbers as letters and Roman numerals
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* List numbers as letters: 1 -> "a", 26 -> "z", then 27 -> "aa" and 28
 * -> "bb" when @repeat (Word, ODF with num-letter-sync) or 28 -> "ab"
 * (HTML, ODF by default).  Upper case when @upper. */
char *rd_format_letter (guint value, gboolean upper, gboolean repeat);
/* List numbers as Roman numerals: 4 -> "iv"; decimal past 3999. */
char *rd_format_roman (guint value, gboolean upper);

G_END_DECLS
