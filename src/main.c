/* main.c: decides between the headless command line and the window
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#ifdef HAVE_MALLOPT
#include <malloc.h>
#endif

#include "rd-cli.h"
#include "rd-module.h"

int
main (int argc,
      char *argv[])
{
  gint64 launch_time = g_get_monotonic_time ();
  g_autoptr (GError) error = NULL;
  const RdGtkModule *gtk;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (rd_cli_is_headless (argc, argv))
    {
#ifdef HAVE_MALLOPT
      /* A headless run lives for one comparison: memory freed is kept for
       * the next allocation rather than given back and faulted in again
       * (glibc returns blocks over 128 kB and the heap's top at once; on
       * a virtual machine a page fault costs microseconds, and they were
       * a third of a 430,000-word comparison's time). */
      mallopt (M_MMAP_THRESHOLD, 32 * 1024 * 1024);
      mallopt (M_TRIM_THRESHOLD, 256 * 1024 * 1024);
      mallopt (M_TOP_PAD, 8 * 1024 * 1024);
#endif
      return rd_cli_run (argc, argv);
    }

  /* The window is the "gtk" module: a headless run never maps GTK. */
  gtk = rd_gtk_module (&error);
  if (gtk == NULL)
    {
      fprintf (stderr, "resdiff: %s\n", error->message);
      return RD_EXIT_TROUBLE;
    }
  return gtk->run (argc, argv, launch_time);
}
