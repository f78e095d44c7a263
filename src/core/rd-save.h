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
 * Refuses a target that is one of @inputs (a NULL-terminated array, may be
 * NULL), even through another path or a link.  rd_save_bytes() checks this
 * too; callers check it first so that a refused target costs no work.
 */
gboolean rd_save_check_target (GFile *target, GFile *const *inputs, GError **error);

/*
 * Writes @contents to @target atomically: into a temporary file beside it,
 * then renamed into place, so a failure (a full disk, a read-only folder, a
 * target that is a folder) leaves no half-written file and no temporary
 * file, and keeps the old target.  A target that is a symbolic link stays
 * one: the file it points to is replaced.  A target that is a device or a
 * pipe (/dev/stdout) is written to directly.  Refuses a target that is one
 * of @inputs, as rd_save_check_target() does.  The error message is one
 * line that names the target.
 */
gboolean rd_save_bytes (GFile *target, GBytes *contents, GFile *const *inputs, GCancellable *cancellable, GError **error);

G_END_DECLS
