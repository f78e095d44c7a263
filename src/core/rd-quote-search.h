/* rd-quote-search.h: finding quoted words in a text, typography aside
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where @needle first stands in @text at or after byte @from, as the byte
 * span [@start, @end) of @text.  Quotation marks, apostrophes, dashes, white
 * space and invisible characters are set aside; whole words only when the
 * needle starts or ends with a letter or figure; letter case counts unless
 * @caseless. */
gboolean rd_quote_find_from (const char *text,
                             const char *needle,
                             gsize from,
                             gboolean caseless,
                             gsize *start,
                             gsize *end);

/* Every span (start, end pairs of gsize) where @needle stands in @text. */
GArray *rd_quote_find_all (const char *text,
                           const char *needle,
                           gboolean caseless);

/* Where a quotation stands: exactly as to letter case, else whatever it. */
GArray *rd_quote_find (const char *text,
                       const char *needle);

gboolean rd_quote_contains (const char *text,
                            const char *needle);

/* Whether two paragraphs read the same, typography and a final stop or
 * comma aside. */
gboolean rd_quote_same_paragraph (const char *a,
                                  const char *b);

G_END_DECLS
