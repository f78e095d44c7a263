/* rd-cli-output.h: what every part of the command line shares: its one
 * way to report trouble, write standard output or the -o file, and read
 * its inputs
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <time.h>

#include <gio/gio.h>

#include "rd-comparison.h"
#include "rd-loader.h"

G_BEGIN_DECLS

/* How a loader of the command line is prepared (language, refresh,
 * progress: rd-cli.c). */
typedef void (*RdCliPrepareLoader) (RdLoader *loader, gpointer user_data);

void rd_cli_print_error (const char *message);

void rd_cli_print_errorf (const char *format,
                          ...) G_GNUC_PRINTF (1, 2);

gboolean rd_cli_write_stdout (const char *data,
                              gsize length);

gboolean rd_cli_stdout_sink (const char *data,
                             gsize length,
                             gpointer user_data);

void rd_cli_keep_until_exit (gpointer object);

int rd_cli_write_structure (RdDocument *document,
                            gint64 start,
                            clock_t start_cpu);

gboolean rd_cli_use_color (const char *when);

gboolean rd_cli_deliver (GBytes *bytes,
                         GFile *output,
                         GFile *const *inputs);

gboolean rd_cli_deliver_text (char *text,
                              GFile *output,
                              GFile *const *inputs);

GPtrArray *rd_cli_input_files (char **paths,
                               GFile *output);

GPtrArray *rd_cli_load (char **paths,
                        const RdCompareOptions *compare,
                        RdCliPrepareLoader prepare_loader,
                        gpointer user_data,
                        GError **error);

GPtrArray *rd_cli_load_files (char **paths,
                              GFile *output,
                              const RdCompareOptions *compare,
                              RdCliPrepareLoader prepare_loader,
                              gpointer user_data,
                              GPtrArray **inputs);

G_END_DECLS
