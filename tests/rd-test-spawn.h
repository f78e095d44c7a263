/* rd-test-spawn.h: running the resdiff binary from tests
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

typedef struct
{
  char *out;
  char *err;
  int status; /* exit status, or -1 when killed by a signal */
} RdRun;

static inline void
rd_run_clear (RdRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RdRun, rd_run_clear)

/* Runs `resdiff ARGS...` (NULL-terminated) with no display, so a headless
 * option that tried to open one would fail. */
static inline void
rd_run_resdiff (RdRun *run,
                const char *first_arg,
                ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_auto (GStrv) envp = g_get_environ ();
  g_autoptr (GError) error = NULL;
  const char *binary = g_getenv ("RESDIFF_BIN");
  int wait_status = 0;
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  va_start (args, first_arg);
  for (const char *a = first_arg; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);

  memset (run, 0, sizeof *run);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  if (WIFEXITED (wait_status))
    run->status = WEXITSTATUS (wait_status);
  else
    run->status = -1;
}

/* Standard error is exactly one line that names @file. */
static inline void
rd_assert_one_line_error (const RdRun *run,
                          const char *file,
                          const char *cause)
{
  const char *newline = strchr (run->err, '\n');

  g_assert_nonnull (newline);
  g_assert_cmpstr (newline + 1, ==, "");
  g_assert_nonnull (strstr (run->err, file));
  if (cause != NULL)
    g_assert_nonnull (strstr (run->err, cause));
}

G_END_DECLS
