/* main.c: decides between the headless command line and the window
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* madvise and MADV_HUGEPAGE (Linux) */
#define _DEFAULT_SOURCE

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#ifdef HAVE_MALLOPT
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <glib/gstdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#endif

#include "rd-cli.h"
#include "rd-extension.h"
#include "rd-module.h"

#ifdef HAVE_MALLOPT
/* Address space that headless runs ask the kernel to back with huge pages:
 * the heap a 430,000-word comparison uses, with room to spare (untouched
 * pages cost nothing).  Each piece stays under the mmap threshold, so that
 * malloc takes it from the heap. */
#define HUGE_HEAP_PIECE (16 * 1024 * 1024)
#define HUGE_HEAP_PIECES 6
#define HUGE_PAGE (2 * 1024 * 1024)

/* A headless run lives for one comparison, and page faults were most of
 * its system time (on a virtual machine each costs microseconds: 9,000
 * for a 430,000-word comparison).  So:
 * - memory freed is kept for the next allocation rather than given back
 *   and faulted in again (glibc returns blocks over 128 kB and the heap's
 *   top at once);
 * - each thread keeps the arena glibc gives it: one arena for all threads
 *   was tried, and the threads that read a PDF's pages at once waited on
 *   its lock (two PDFs read in 0.67 s rather than 0.26 s);
 * - the heap's first megabytes are grown at once and marked for
 *   transparent huge pages (where the kernel gives them only on request):
 *   one fault per 2 MB rather than per 4 kB.  Allocations come from there
 *   as soon as the pieces are freed.  Only the kernel's page size changes,
 *   nothing the program computes.  Only for large inputs: each huge page
 *   is zeroed whole when first touched, and for two 25 kB files the few
 *   that a run touches cost more (1.7 ms of processor time of 8) than the
 *   small pages' faults they spare. */
static void
prepare_heap (gboolean huge_pages)
{
  void *pieces[HUGE_HEAP_PIECES] = { NULL };
  guintptr low = UINTPTR_MAX;
  guintptr high = 0;

  mallopt (M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt (M_TRIM_THRESHOLD, 256 * 1024 * 1024);
  mallopt (M_TOP_PAD, 8 * 1024 * 1024);

#ifdef MADV_HUGEPAGE
  if (!huge_pages)
    return;
  for (guint i = 0; i < HUGE_HEAP_PIECES; i++)
    {
      pieces[i] = malloc (HUGE_HEAP_PIECE);
      if (pieces[i] == NULL)
        break;
      low = MIN (low, (guintptr) pieces[i]);
      high = MAX (high, (guintptr) pieces[i] + HUGE_HEAP_PIECE);
    }
  /* Whole huge pages inside the pieces (malloc wrote its headers at their
   * starts); where the kernel has none to give, it uses small pages. */
  low = (low + HUGE_PAGE - 1) & ~(guintptr) (HUGE_PAGE - 1);
  high &= ~(guintptr) (HUGE_PAGE - 1);
  if (low < high)
    madvise ((void *) low, high - low, MADV_HUGEPAGE);
  for (guint i = 0; i < HUGE_HEAP_PIECES; i++)
    free (pieces[i]);
#endif
}

/* The inputs from which the heap is given huge pages: the files named on
 * the command line, together, in bytes. */
#define HUGE_HEAP_MIN_INPUT (512 * 1024)

/* Whether the files named among @argv (whatever is not an option and
 * names a regular file: the inputs) come to HUGE_HEAP_MIN_INPUT. */
static gboolean
large_inputs (int argc,
              char *argv[])
{
  guint64 total = 0;

  for (int i = 1; i < argc; i++)
    {
      GStatBuf st;

      if (argv[i][0] != '-' && g_stat (argv[i], &st) == 0 && S_ISREG (st.st_mode))
        total += (guint64) st.st_size;
    }
  return total >= HUGE_HEAP_MIN_INPUT;
}

/* Whether the run reads files on every processor at once (--index). */
static gboolean
reads_in_parallel (int argc,
                   char *argv[])
{
  for (int i = 1; i < argc && strcmp (argv[i], "--") != 0; i++)
    if (strcmp (argv[i], "--index") == 0 || g_str_has_prefix (argv[i], "--index="))
      return TRUE;
  return FALSE;
}
#endif

int
main (int argc,
      char *argv[])
{
  gint64 launch_time = g_get_monotonic_time ();
  g_autoptr (GError) error = NULL;
  const RdGtkModule *gtk;
  const RdIoModule *io;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* This program links no GIO: the engine's parts that need it are the
   * "io" module, loaded before any other (rd-extension.h). */
  rd_extension_set_io_in_module ();

  if (rd_cli_is_headless (argc, argv))
    {
#ifdef HAVE_MALLOPT
      prepare_heap (reads_in_parallel (argc, argv) || large_inputs (argc, argv));
#endif
      /* Two local files, or one's structure: done here, on GLib alone. */
      status = rd_cli_quick_run (argc, argv);
      if (status != RD_CLI_DECLINED)
        return status;
      io = rd_io_module (&error);
      if (io == NULL)
        {
          fprintf (stderr, "resdiff: %s\n", error->message);
          return RD_EXIT_TROUBLE;
        }
      return io->run_cli (argc, argv);
    }

  /* The window is the "gtk" module: a headless run never maps GTK. */
  gtk = rd_gtk_module (&error);
  if (gtk == NULL)
    {
      fprintf (stderr, "resdiff: %s\n", error->message);
      return RD_EXIT_TROUBLE;
    }
  status = gtk->run (argc, argv, launch_time);
  /* The windows are gone; a load they cancelled may still be reading
   * (the "io" module was loaded before the "gtk" one). */
  io = rd_io_module (NULL);
  if (io != NULL)
    io->wait_background ();
  return status;
}
