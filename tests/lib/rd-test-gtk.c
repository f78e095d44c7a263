/* rd-test-gtk.c: what the tests of the window share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-test-gtk.h"

gboolean
rd_test_gtk_init (int *argc,
                  char ***argv,
                  char **data_home)
{
  g_autoptr (GError) error = NULL;

  *data_home = g_dir_make_tmp ("resdiff-gui-XXXXXX", &error);
  g_assert_no_error (error);
  /* Nothing of the test run lands in the user's settings or recent
   * files. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("XDG_DATA_HOME", *data_home, TRUE);
  g_setenv ("GTK_CSD", "0", TRUE);

  g_test_init (argc, argv, NULL);
  if (!gtk_init_check (argc, argv))
    {
      /* No display: run under xvfb-run (build-aux/test does). */
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }
  return TRUE;
}

RdApplication *
rd_test_application_new (void)
{
  RdApplication *application = rd_application_new ();
  g_autoptr (GError) error = NULL;

  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  return application;
}

RdWindow *
rd_test_window_new (RdApplication *application)
{
  RdWindow *window = rd_window_new (application);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}
