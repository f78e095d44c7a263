/* test-headless.c: which command lines stay headless
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "rd-cli.h"

static gboolean
headless (const char *command_line)
{
  g_auto (GStrv) argv = NULL;

  g_assert_true (g_shell_parse_argv (command_line, NULL, &argv, NULL));
  return rd_cli_is_headless (g_strv_length (argv), argv);
}

static void
test_with_display (void)
{
  g_setenv ("DISPLAY", ":99", TRUE);
  g_unsetenv ("WAYLAND_DISPLAY");

  g_assert_true (headless ("resdiff --structure a.txt"));
  g_assert_true (headless ("resdiff --structure=a.txt"));
  g_assert_true (headless ("resdiff a.txt b.txt --format=json"));
  g_assert_true (headless ("resdiff a.txt b.txt --format json"));
  g_assert_true (headless ("resdiff a.txt b.txt -o out.html"));
  g_assert_true (headless ("resdiff -oout.html a.txt b.txt"));
  g_assert_true (headless ("resdiff --help"));
  g_assert_true (headless ("resdiff -h"));
  g_assert_true (headless ("resdiff --version"));
  g_assert_true (headless ("resdiff A/C.3/80/L.4 A/RES/80/228 --format=json"));
  g_assert_true (headless ("resdiff --structure A/RES/80/228"));

  g_assert_false (headless ("resdiff"));
  g_assert_false (headless ("resdiff a.txt"));
  g_assert_false (headless ("resdiff a.txt b.txt"));
  g_assert_false (headless ("resdiff --display :1 a.txt b.txt"));
  g_assert_false (headless ("resdiff -- -a.txt b.txt"));
  /* A draft and its amendments, a series, and symbols: the window (issues
   * 14 and 15). */
  g_assert_false (headless ("resdiff a.txt b.txt c.txt"));
  g_assert_false (headless ("resdiff A/C.3/80/L.4 A/C.3/80/L.4/Rev.1"));
  g_assert_false (headless ("resdiff A/C.3/80/L.4"));
}

static void
test_without_display (void)
{
  g_unsetenv ("DISPLAY");
  g_unsetenv ("WAYLAND_DISPLAY");

  /* Nowhere to open a window: the command line answers. */
  g_assert_true (headless ("resdiff a.txt b.txt"));
  g_assert_true (headless ("resdiff a.txt b.txt c.txt"));
  g_assert_true (headless ("resdiff A/C.3/80/L.4 A/C.3/80/L.4/Rev.1"));
  g_assert_true (headless ("resdiff"));
  g_assert_true (headless ("resdiff --version"));
}

static void
test_binary_without_display (void)
{
  const char *binary = g_getenv ("RESDIFF_BIN");
  const char *seed = g_test_get_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  g_autoptr (GSubprocessLauncher) launcher = NULL;
  const char *commands[][4] = {
    { "--version", NULL },
    { "--help", NULL },
    { "--structure", seed, NULL },
  };

  if (binary == NULL)
    {
      g_test_skip ("RESDIFF_BIN is not set");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autoptr (GSubprocess) process = NULL;
      g_autoptr (GError) error = NULL;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autoptr (GPtrArray) argv = g_ptr_array_new ();

      g_ptr_array_add (argv, (char *) binary);
      for (guint k = 0; commands[i][k] != NULL; k++)
        g_ptr_array_add (argv, (char *) commands[i][k]);
      g_ptr_array_add (argv, NULL);

      launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
      g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
      g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
      process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error));
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_exited (process));
      g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
      g_assert_cmpstr (out, !=, "");
      g_assert_null (strstr (err, "cannot open display"));
      g_clear_object (&launcher);
    }
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/headless/with-display", test_with_display);
  g_test_add_func ("/headless/without-display", test_without_display);
  g_test_add_func ("/headless/binary-without-display", test_binary_without_display);

  return g_test_run ();
}
