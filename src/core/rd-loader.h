/* rd-loader.h: reading the versions to compare, in parallel
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rd-comparison.h"
#include "rd-fetch.h"

G_BEGIN_DECLS

/*
 * How the window and the io module's command line open versions.  A loader
 * holds its inputs, in order (the earliest version first), and reads them
 * all at once through the engine's one reader, RdReadJob (rd-read-job.h),
 * which the program's quick path uses too: each is imported, parsed and
 * prepared for the comparison (rd_comparison_prepare_document()), in
 * parallel when that pays; importing and parsing is half the work of a
 * comparison.  Local files are read by the job itself, by the rules of
 * rd-local-file.h; the loader gives it the rest (symbols, URIs) and adds
 * the GTask, cancellation, fetch progress and the comparison.  Two inputs compared is the common case
 * (rd_loader_compare()); a series of versions, or a draft and its
 * amendments, reads its inputs with rd_loader_load() and compares them as
 * it needs.
 *
 * An input is a file, or a document symbol (rd-fetch.h): fetched from the
 * Official Document System or taken from the cache, in the loading
 * thread, and given its Digital Library record (a record that cannot be
 * had is a warning on the document).  Inputs are added before loading and kept: loading
 * again (a reload) reads them afresh.  One load at a time per loader.
 */

#define RD_TYPE_LOADER (rd_loader_get_type ())
G_DECLARE_FINAL_TYPE (RdLoader, rd_loader, RD, LOADER, GObject)

/* A loader whose documents are prepared for, and compared with, @options
 * (copied; NULL for the defaults). */
RdLoader *rd_loader_new (const RdCompareOptions *options);

/* Waits until no asynchronous load is still reading (a cancelled one
 * finishes its files in the background).  Called before the process
 * ends: a PDF read under exit would find poppler's globals destroyed. */
void rd_loader_wait_background (void);

/* FALSE: the documents are only read (`--structure`), not prepared for a
 * comparison in the loading threads (a comparison prepares them anyway,
 * later).  TRUE by default. */
void rd_loader_set_prepare (RdLoader *self, gboolean prepare);

void rd_loader_add_file (RdLoader *self, GFile *file);
/* A document by its symbol, in @language (NULL: the locale's). */
void rd_loader_add_symbol (RdLoader *self, const char *symbol, const char *language);
/* A command-line argument: a symbol when it has the shape of one and no
 * file of that name exists (rd_symbol_is_command_line_symbol()), else a
 * file. */
void rd_loader_add_input (RdLoader *self, const char *arg, const char *language);
/* The language of symbols added without one (NULL: the locale's). */
void rd_loader_set_language (RdLoader *self, const char *language);
/* RD_FETCH_REFRESH: fetch symbols again rather than use the cache. */
void rd_loader_set_fetch_flags (RdLoader *self, RdFetchFlags flags);
/* Called, in a loading thread, as a symbol's document arrives. */
void rd_loader_set_progress_func (RdLoader *self,
                                  RdFetchProgressFunc func,
                                  gpointer user_data,
                                  GDestroyNotify destroy);
guint rd_loader_get_n_inputs (RdLoader *self);
/* The input's file: a symbol's is its cached copy, NULL until fetched. */
GFile *rd_loader_get_file (RdLoader *self, guint input);
/* The input's symbol (normalised), or NULL for a file. */
const char *rd_loader_get_symbol (RdLoader *self, guint input);
/* For a symbol fetched: whether from the cache, and when; FALSE for a
 * file or a symbol not fetched yet. */
gboolean rd_loader_get_fetch_info (RdLoader *self, guint input, RdFetchInfo *info);
const RdCompareOptions *rd_loader_get_options (RdLoader *self);

/* After a load that failed: the input whose error was returned (the first
 * in order that failed), so a caller can offer to choose it again; -1 when
 * the last load succeeded, or failed otherwise (cancelled). */
int rd_loader_get_failed_input (RdLoader *self);

/* Reads every input: RdDocument * in input order (the caller unrefs the
 * array), or NULL with the error of the first input that could not be read
 * (RD_IMPORT_ERROR, its message one line naming the file) or
 * G_IO_ERROR_CANCELLED.  Blocks until all are read. */
GPtrArray *rd_loader_load (RdLoader *self, GCancellable *cancellable, GError **error);

/* The same in a thread; the callback runs in the calling thread's main
 * context. */
void rd_loader_load_async (RdLoader *self,
                           GCancellable *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer user_data);
GPtrArray *rd_loader_load_finish (RdLoader *self, GAsyncResult *result, GError **error);

/* Reads the inputs and compares them: two versions (the earlier, then the
 * later), or a draft and one or more amendments to it, in any order.  With
 * amendments, the draft is compared with the draft as amended, the
 * comparison annotated with the instructions (rd_amended_draft_annotate());
 * an amendment to another draft fails with the message naming the symbol
 * it amends, and more than two inputs that are not a draft with its
 * amendments fail in RD_AMENDMENT_ERROR. */
RdComparison *rd_loader_compare (RdLoader *self, GCancellable *cancellable, GError **error);

/* The same in a thread, the comparison included. */
void rd_loader_compare_async (RdLoader *self,
                              GCancellable *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer user_data);
RdComparison *rd_loader_compare_finish (RdLoader *self, GAsyncResult *result, GError **error);

G_END_DECLS
