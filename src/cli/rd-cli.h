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

G_END_DECLS
