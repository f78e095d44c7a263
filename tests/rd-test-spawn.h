/* rd-test-spawn.h: running the resdiff binary from tests
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
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

static inline void
rd_run_clear (RdRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RdRun, rd_run_clear)

/* Runs `resdiff ARGS...` (NULL-terminated) with no display, so a headless
 * option that tried to open one would fail.  With @as_nobody and when
 * running as root (as CI does), runs it as the user nobody through
 * setpriv, so that file permissions apply. */
static inline void
rd_run_resdiff_full (RdRun *run,
                     gboolean as_nobody,
                     const char *first_arg,
                     va_list args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_auto (GStrv) envp = g_get_environ ();
  g_autoptr (GError) error = NULL;
  const char *binary = g_getenv ("RESDIFF_BIN");
  int wait_status = 0;

  g_assert_nonnull (binary);
  if (as_nobody && getuid () == 0)
    {
      g_ptr_array_add (argv, (gpointer) "setpriv");
      g_ptr_array_add (argv, (gpointer) "--reuid=nobody");
      g_ptr_array_add (argv, (gpointer) "--regid=nogroup");
      g_ptr_array_add (argv, (gpointer) "--clear-groups");
      g_ptr_array_add (argv, (gpointer) "--");
    }
  g_ptr_array_add (argv, (gpointer) binary);
  for (const char *a = first_arg; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);

  memset (run, 0, sizeof *run);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_SEARCH_PATH, NULL, NULL, &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  if (WIFEXITED (wait_status))
    run->status = WEXITSTATUS (wait_status);
  else
    run->status = -1;
}

static inline void
rd_run_resdiff (RdRun *run,
                const char *first_arg,
                ...)
{
  va_list args;

  va_start (args, first_arg);
  rd_run_resdiff_full (run, FALSE, first_arg, args);
  va_end (args);
}

static inline void
rd_run_resdiff_as_nobody (RdRun *run,
                          const char *first_arg,
                          ...)
{
  va_list args;

  va_start (args, first_arg);
  rd_run_resdiff_full (run, TRUE, first_arg, args);
  va_end (args);
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
