/* rd-test-spawn.c: running the resdiff binary from tests
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-test-spawn.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

void
rd_run_clear (RdRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
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

void
rd_run_resdiff (RdRun *run,
                const char *first_arg,
                ...)
{
  va_list args;

  va_start (args, first_arg);
  rd_run_resdiff_full (run, FALSE, first_arg, args);
  va_end (args);
}

void
rd_run_resdiff_as_nobody (RdRun *run,
                          const char *first_arg,
                          ...)
{
  va_list args;

  va_start (args, first_arg);
  rd_run_resdiff_full (run, TRUE, first_arg, args);
  va_end (args);
}

char *
rd_test_copy_program (const char *folder)
{
  const char *binary = g_getenv ("RESDIFF_BIN");
  g_autofree char *binary_folder = g_path_get_dirname (binary);
  g_autoptr (GDir) dir = g_dir_open (binary_folder, 0, NULL);
  char *copy = g_build_filename (folder, "resdiff", NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source_path = NULL;
      g_autofree char *target_path = NULL;
      g_autoptr (GFile) source = NULL;
      g_autoptr (GFile) target = NULL;

      if (strcmp (name, "resdiff") != 0 && !(g_str_has_prefix (name, "libresdiff-") && g_str_has_suffix (name, ".so")))
        continue;
      source_path = g_build_filename (binary_folder, name, NULL);
      target_path = g_build_filename (folder, name, NULL);
      source = g_file_new_for_path (source_path);
      target = g_file_new_for_path (target_path);
      g_assert_true (g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL));
      g_assert_cmpint (g_chmod (target_path, 0755), ==, 0);
    }
  return copy;
}

void
rd_test_remove_program (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (strcmp (name, "resdiff") == 0 || (g_str_has_prefix (name, "libresdiff-") && g_str_has_suffix (name, ".so")))
      {
        g_autofree char *path = g_build_filename (folder, name, NULL);
        g_remove (path);
      }
}

void
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
