/* rd-save.h: saving output files safely
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RD_SAVE_ERROR (rd_save_error_quark ())
GQuark rd_save_error_quark (void);

typedef enum
{
  RD_SAVE_ERROR_IS_INPUT, /* the target is one of the compared files */
  RD_SAVE_ERROR_FAILED,
} RdSaveError;

/*
 * Writes @contents to @target atomically: into a temporary file beside it,
 * then renamed into place, so a failure leaves no half-written file and
 * keeps the old one.  Refuses a target that is one of @inputs (a
 * NULL-terminated array, may be NULL), even through another path or a
 * link.  The error message is one line that names the target.
 */
gboolean rd_save_bytes (GFile *target, GBytes *contents, GFile *const *inputs, GCancellable *cancellable, GError **error);

G_END_DECLS
