/* rd-test-spawn.h: running the resdiff binary from tests
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

G_BEGIN_DECLS

typedef struct
{
  char *out;
  char *err;
  int status; /* exit status, or -1 when killed by a signal */
} RdRun;

void rd_run_clear (RdRun *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RdRun, rd_run_clear)

/* Runs `resdiff ARGS...` (NULL-terminated) with no display, so a headless
 * option that tried to open one would fail.  With @as_nobody and when
 * running as root (as CI does), runs it as the user nobody through
 * setpriv, so that file permissions apply. */
void rd_run_resdiff_full (RdRun *run, gboolean as_nobody, const char *first_arg, va_list args);

void rd_run_resdiff (RdRun *run, const char *first_arg, ...);

void rd_run_resdiff_as_nobody (RdRun *run, const char *first_arg, ...);

/* Copies the program and its modules (libresdiff-*.so beside it) into
 * @folder, for a run as nobody when the build tree sits where only root
 * may enter; returns the copy's path. */
char *rd_test_copy_program (const char *folder);

/* Removes what rd_test_copy_program put in @folder. */
void rd_test_remove_program (const char *folder);

/* Standard error is exactly one line that names @file. */
void rd_assert_one_line_error (const RdRun *run, const char *file, const char *cause);

G_END_DECLS
