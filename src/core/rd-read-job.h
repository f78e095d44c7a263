/* rd-read-job.h: the versions to compare, read at once
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rd-comparison.h"
#include "rd-document.h"

G_BEGIN_DECLS

/*
 * The one place versions are read: the command line's quick path
 * (src/cli/rd-cli-quick.c) and RdLoader (rd-loader.h: the window, the
 * rest of the command line, the library) both read through a job, on
 * GLib alone (the program links no GIO).
 *
 * A job holds its inputs in order.  A local file is read, imported and
 * parsed by the rules of rd-local-file.h (its name, the size limit, the
 * wording of its errors) and given the record kept beside it when it is
 * a document fetched by symbol, reopened from the cache.  Any other input
 * (a symbol, a URI) is read by a function its caller gives.  Each
 * document is then prepared for a comparison
 * (rd_comparison_prepare_document ()) when the job is asked to.
 *
 * When an input is not a local file (a download, which waits on the
 * network), inputs are read in as many threads as the machine has
 * processors, each taking the next input not yet begun.  Local files alone
 * are read one after the other in the calling thread: measured, two
 * 2.8 MB texts in 20 ms rather than 25 to 85 in two threads, two long PDFs
 * (whose pages are read in threads of their own) in the same time for
 * less processor time.
 */

typedef struct _RdReadJob RdReadJob;

/* Reads an input that is not a local file, in a reading thread: its
 * document, or NULL and @error.  @cancellable is the job's. */
typedef RdDocument *(*RdReadFunc) (gpointer data, GCancellable *cancellable, GError **error);

/* Whether @cancellable is cancelled: GIO's g_cancellable_is_cancelled (),
 * given by a caller that has GIO (the engine calls none of it). */
typedef gboolean (*RdReadCancelledFunc) (GCancellable *cancellable);

RdReadJob *rd_read_job_new (void);
void rd_read_job_free (RdReadJob *job);

/* Each document prepared for a comparison with @options (copied) once
 * read; NULL (the default): read only. */
void rd_read_job_set_prepare (RdReadJob *job, const RdCompareOptions *options);

/* @cancellable, given to the importers (a PDF stops at its next page) and
 * the read functions, and tested with @is_cancelled before each input:
 * once it is cancelled the inputs not yet begun are not read. */
void rd_read_job_set_cancellable (RdReadJob *job, GCancellable *cancellable, RdReadCancelledFunc is_cancelled);

/* A local file at @path (absolute, or relative to the current folder). */
void rd_read_job_add_file (RdReadJob *job, const char *path);
/* An input @func reads (@data is the caller's, kept until the job is
 * freed). */
void rd_read_job_add_func (RdReadJob *job, RdReadFunc func, gpointer data);
guint rd_read_job_get_n_inputs (RdReadJob *job);

/* Reads every input, blocking until all are read; TRUE when each gave a
 * document.  One run per job. */
gboolean rd_read_job_run (RdReadJob *job);

/* After the run: how many threads read (1: the calling thread alone). */
guint rd_read_job_get_n_threads (RdReadJob *job);
/* The first input, in order, that has no document (its error says why,
 * unless the job was cancelled before it), or -1. */
int rd_read_job_get_failed_input (RdReadJob *job);
/* The document of @input, or NULL (owned by the job). */
RdDocument *rd_read_job_get_document (RdReadJob *job, guint input);
/* The error of @input (RD_IMPORT_ERROR for a local file, one line naming
 * it), or NULL; the caller takes it. */
GError *rd_read_job_take_error (RdReadJob *job, guint input);
/* Every document, in input order (the caller unrefs the array), when
 * each input gave one; else NULL. */
GPtrArray *rd_read_job_take_documents (RdReadJob *job);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdReadJob, rd_read_job_free)

G_END_DECLS
