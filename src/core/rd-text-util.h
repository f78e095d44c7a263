/* rd-text-util.h: small text transformations the outputs share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @text (NULL reads as "") with every space a no-break space (U+00A0): a
 * short label such as "moved from old OP 14" that a line must never end
 * inside, between "OP" and its number.  Free with g_free (). */
char *rd_text_dup_nonbreaking (const char *text);

G_END_DECLS
