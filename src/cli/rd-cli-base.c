/* rd-cli-base.c: what the program and the "io" module's command line
 * share, on GLib alone: the choice between the window and the command
 * line, reporting trouble and writing standard output
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-cli-output.h"
#include "rd-cli.h"
#include "rd-structure-writer.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Public API */

/* "resdiff: MESSAGE" on standard error. */
void
rd_cli_print_error (const char *message)
{
  g_autofree char *line = g_strdup (message);

  /* One line: a message never spans more. */
  g_strdelimit (line, "\n", ' ');
  fprintf (stderr, "resdiff: %s\n", line);
}

void
rd_cli_print_errorf (const char *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  rd_cli_print_error (message);
}

/* Bytes as they are: JSON, HTML and text output are UTF-8 whatever the
 * locale, so no g_print conversion.  A failure is reported here. */
gboolean
rd_cli_write_stdout (const char *data,
                     gsize length)
{
  if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
    {
      rd_cli_print_error (_ ("cannot write to standard output"));
      return FALSE;
    }
  return TRUE;
}

/* A writer's sink for pieces of output (JSON written piece by piece);
 * the error is reported once. */
gboolean
rd_cli_stdout_sink (const char *data,
                    gsize length,
                    gpointer user_data)
{
  return rd_cli_write_stdout (data, length);
}

/* What a run built, left for the process's end to give back at once:
 * freeing a 430,000-word comparison's paragraphs, tokens and changes one
 * by one was a seventh of its time.  Held here, it stays reachable (no
 * leak for LeakSanitizer or valgrind). */
static GPtrArray *kept_until_exit = NULL;

void
rd_cli_keep_until_exit (gpointer object)
{
  if (kept_until_exit == NULL)
    kept_until_exit = g_ptr_array_new ();
  g_ptr_array_add (kept_until_exit, g_object_ref (object));
}

/* --structure's output: @document as JSON on standard output, kept until
 * the exit; then the reading's own time since @start (wall clock) and
 * @start_cpu (processor, every thread), apart from the process's start and
 * end, for build-aux/bench (G_MESSAGES_DEBUG=Resdiff).  Both command
 * lines, the quick path and the io module's, end --structure here. */
int
rd_cli_write_structure (RdDocument *document,
                        gint64 start,
                        clock_t start_cpu)
{
  gint64 read = g_get_monotonic_time ();
  clock_t read_cpu = clock ();
  gboolean written;

  rd_cli_keep_until_exit (document);
  written = rd_structure_write_json (document, rd_cli_stdout_sink, NULL);
  g_debug ("structure: read and parsed in %.3f ms (processor %.3f ms), JSON written in %.3f ms (processor %.3f ms), after a start of processor %.3f ms",
           (read - start) / 1000.0, (read_cpu - start_cpu) * 1000.0 / CLOCKS_PER_SEC,
           (g_get_monotonic_time () - read) / 1000.0, (clock () - read_cpu) * 1000.0 / CLOCKS_PER_SEC,
           start_cpu * 1000.0 / CLOCKS_PER_SEC);
  return written ? RD_EXIT_SAME : RD_EXIT_TROUBLE;
}

/* --color's @when (NULL: auto): colours only on a terminal that has
 * them, and never with NO_COLOR set. */
gboolean
rd_cli_use_color (const char *when)
{
  if (when == NULL || g_strcmp0 (when, "auto") == 0)
    return isatty (fileno (stdout)) && g_getenv ("NO_COLOR") == NULL && g_strcmp0 (g_getenv ("TERM"), "dumb") != 0;
  return g_strcmp0 (when, "always") == 0;
}

/* Options that belong to GTK or GApplication rather than to the command
 * line: given alone with files, they still mean the window. */
static const char *const window_options[] = {
  "--display",
  "--class",
  "--name",
  "--gtk-module",
  "--gtk-debug",
  "--gtk-no-debug",
  "--gdk-debug",
  "--gdk-no-debug",
  "--g-fatal-warnings",
  "--gapplication-service",
};

static gboolean
is_window_option (const char *arg)
{
  gsize length = strcspn (arg, "=");

  for (gsize i = 0; i < G_N_ELEMENTS (window_options); i++)
    if (strlen (window_options[i]) == length && strncmp (arg, window_options[i], length) == 0)
      return TRUE;
  return FALSE;
}

gboolean
rd_cli_is_headless (int argc,
                    char **argv)
{
  gboolean options_done = FALSE;
  const char *display = g_getenv ("DISPLAY");
  const char *wayland_display = g_getenv ("WAYLAND_DISPLAY");

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (!options_done && strcmp (arg, "--") == 0)
        options_done = TRUE;
      else if (!options_done && arg[0] == '-' && arg[1] != '\0')
        {
          if (!is_window_option (arg))
            return TRUE;
          /* "--display :1": the value is not a file. */
          if (strchr (arg, '=') == NULL && i + 1 < argc && strcmp (arg, "--g-fatal-warnings") != 0 && strcmp (arg, "--gapplication-service") != 0)
            i++;
        }
    }

  /* Files and symbols, any number of them (two versions, a draft and its
   * amendments, a series), open in the window, which fetches symbols
   * itself.  No display: the comparison goes to standard output rather
   * than fail to open a window. */
  if ((display == NULL || *display == '\0') && (wayland_display == NULL || *wayland_display == '\0'))
    return TRUE;
  return FALSE;
}
