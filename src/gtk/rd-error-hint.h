/* rd-error-hint.h: what the reader can do about an error
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The second line of the window's error bar: what to do about @error
 * (RD_IMPORT_ERROR by its code; "" for a cancelled load; a general hint
 * for anything else).  Translated. */
const char *rd_error_hint (const GError *error);

G_END_DECLS
