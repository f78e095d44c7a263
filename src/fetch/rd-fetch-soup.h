/* rd-fetch-soup.h: one GET with libsoup 3
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-module.h"

G_BEGIN_DECLS

/* RdFetchModule.get (rd-module.h). */
GBytes *rd_fetch_get_with_soup (const char *url,
                                guint timeout,
                                RdFetchBodyProgressFunc progress,
                                gpointer user_data,
                                guint *status,
                                char **content_type,
                                GCancellable *cancellable,
                                GError **error);

G_END_DECLS
