/* rd-cli.h: the headless command line
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses, as diff's. */
#define RD_EXIT_SAME 0
#define RD_EXIT_DIFFERENT 1
#define RD_EXIT_TROUBLE 2

/* Runs the headless command line: --structure FILE, or OLD NEW with
 * --format or -o.  Never opens a display.  Returns the exit status. */
int rd_cli_run (int argc, char **argv);

/* Whether the command line asks for headless work (--structure, --format,
 * -o, --help, --version or any other option of the command line's own, or
 * more than two files), or there is no display to open a window on.  The
 * rest (no arguments, one file, two files) goes to the window.  Looks at
 * the arguments only: opens no display. */
gboolean rd_cli_is_headless (int argc, char **argv);

/* What rd_cli_quick_run() returns when it leaves the command line to
 * rd_cli_run(). */
#define RD_CLI_DECLINED (-1)

/* The common case on GLib alone, in the program itself (rd-cli-quick.c):
 * --structure FILE, or OLD NEW as JSON or text on standard output, for
 * local files that read without trouble.  Returns the exit status, or
 * RD_CLI_DECLINED for anything else (other options, symbols, a file that
 * cannot be read, a draft with its amendments), which the "io" module's
 * rd_cli_run() then does, reporting what is wrong. */
int rd_cli_quick_run (int argc, char **argv);

G_END_DECLS
