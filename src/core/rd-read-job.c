/* rd-read-job.c: the versions to compare, read at once
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-read-job.h"

#include "rd-import.h"
#include "rd-local-file.h"
#include "rd-parser.h"

/* The struct */

/* One input: a local file (its path) or a function's, and what became of
 * it. */
typedef struct
{
  char *path; /* canonical; NULL for a function's input */
  RdReadFunc func;
  gpointer data;
  RdDocument *document;
  GError *error;
} Input;

struct _RdReadJob
{
  GArray *inputs; /* Input, in order */
  gboolean prepare;
  RdCompareOptions options;
  GCancellable *cancellable;
  RdReadCancelledFunc is_cancelled;
  int next; /* atomic: the next input not yet begun, while running */
  guint n_threads;
  gboolean run;
  gint64 elapsed; /* µs */
  int failed_input;
};

/* Static helpers */

static void
input_clear (Input *input)
{
  g_free (input->path);
  g_clear_object (&input->document);
  g_clear_error (&input->error);
}

/* A local file read, imported and parsed, each stage's input let go as
 * soon as the next has what it needs (the peak memory of a large pair is
 * that of one stage), and given its record when it comes from the cache
 * of documents fetched by symbol. */
static RdDocument *
read_file (RdReadJob *job,
           const char *path,
           GError **error)
{
  RdImportOptions options = { RD_TRACKED_CHANGES_ACCEPT, job->cancellable };
  g_autofree char *name = rd_local_file_display_name (path);
  g_autoptr (RdBlockList) blocks = rd_local_file_import (path, name, &options, error);
  g_autoptr (RdRecord) record = NULL;
  RdDocument *document;

  if (blocks == NULL)
    return NULL;
  document = rd_parser_parse (blocks, name);
  g_clear_pointer (&blocks, rd_block_list_free);
  record = rd_local_file_cached_record (path);
  if (record != NULL)
    rd_document_set_record (document, record);
  return document;
}

/* What each thread runs, the calling one included: the next input not
 * yet begun, until none is left. */
static gpointer
read_inputs (gpointer data)
{
  RdReadJob *job = data;
  int index;

  while ((index = g_atomic_int_add (&job->next, 1)) < (int) job->inputs->len)
    {
      Input *input = &g_array_index (job->inputs, Input, index);

      /* Cancelled (the window closed): the inputs not yet begun are not
       * read; the caller reports the cancellation. */
      if (job->is_cancelled != NULL && job->cancellable != NULL && job->is_cancelled (job->cancellable))
        break;

      if (input->path != NULL)
        input->document = read_file (job, input->path, &input->error);
      else
        input->document = input->func (input->data, job->cancellable, &input->error);
      if (input->document != NULL && job->prepare)
        rd_comparison_prepare_document (input->document, &job->options);
    }
  return NULL;
}

/* How many threads the inputs are worth: one per processor, up to one per
 * input, when an input is a download; else one. */
static guint
threads_worth (RdReadJob *job)
{
  gboolean download = FALSE;

  if (job->inputs->len < 2)
    return 1;
  for (guint i = 0; i < job->inputs->len && !download; i++)
    download = g_array_index (job->inputs, Input, i).path == NULL;
  return download ? MIN (job->inputs->len, (guint) MAX (g_get_num_processors (), 1)) : 1;
}

/* Public API */

RdReadJob *
rd_read_job_new (void)
{
  RdReadJob *job = g_new0 (RdReadJob, 1);

  job->inputs = g_array_new (FALSE, TRUE, sizeof (Input));
  g_array_set_clear_func (job->inputs, (GDestroyNotify) input_clear);
  return job;
}

void
rd_read_job_free (RdReadJob *job)
{
  if (job == NULL)
    return;
  /* Every front end's reading says what it did, the same way (the tests
   * check that each reads through a job).  Said when the job goes, after
   * a front end's own timing (the --structure debug line build-aux/bench
   * reads), which a first debug message would slow. */
  if (job->run)
    {
      guint n_files = 0;

      for (guint i = 0; i < job->inputs->len; i++)
        n_files += g_array_index (job->inputs, Input, i).path != NULL;
      g_debug ("read job: %u inputs (%u local files), threads %u, %.3f ms, %s",
               job->inputs->len, n_files, job->n_threads, job->elapsed / 1000.0,
               job->failed_input < 0 ? "all read" : "not all read");
    }
  g_array_unref (job->inputs);
  g_clear_object (&job->cancellable);
  g_free (job);
}

void
rd_read_job_set_prepare (RdReadJob *job,
                         const RdCompareOptions *options)
{
  g_return_if_fail (job != NULL);

  job->prepare = options != NULL;
  if (options != NULL)
    job->options = *options;
}

void
rd_read_job_set_cancellable (RdReadJob *job,
                             GCancellable *cancellable,
                             RdReadCancelledFunc is_cancelled)
{
  g_return_if_fail (job != NULL);

  g_set_object (&job->cancellable, cancellable);
  job->is_cancelled = is_cancelled;
}

void
rd_read_job_add_file (RdReadJob *job,
                      const char *path)
{
  Input input = { 0 };

  g_return_if_fail (job != NULL);
  g_return_if_fail (path != NULL);
  g_return_if_fail (!job->run);

  input.path = rd_local_file_canonical_path (path);
  g_array_append_val (job->inputs, input);
}

void
rd_read_job_add_func (RdReadJob *job,
                      RdReadFunc func,
                      gpointer data)
{
  Input input = { 0 };

  g_return_if_fail (job != NULL);
  g_return_if_fail (func != NULL);
  g_return_if_fail (!job->run);

  input.func = func;
  input.data = data;
  g_array_append_val (job->inputs, input);
}

guint
rd_read_job_get_n_inputs (RdReadJob *job)
{
  g_return_val_if_fail (job != NULL, 0);

  return job->inputs->len;
}

gboolean
rd_read_job_run (RdReadJob *job)
{
  g_autoptr (GPtrArray) helpers = g_ptr_array_new ();
  gint64 start = g_get_monotonic_time ();

  g_return_val_if_fail (job != NULL, FALSE);
  g_return_val_if_fail (!job->run, FALSE);

  job->run = TRUE;
  job->n_threads = threads_worth (job);
  /* The error domain every reading thread may set, made before they start:
   * G_DEFINE_QUARK keeps it in a static the first caller writes unguarded
   * (two PDFs failing at once raced there under ThreadSanitizer). */
  if (job->n_threads > 1)
    (void) RD_IMPORT_ERROR;
  /* This thread reads too; a helper that cannot be started leaves its
   * share to the others. */
  for (guint t = 1; t < job->n_threads; t++)
    {
      GThread *thread = g_thread_try_new ("resdiff-load", read_inputs, job, NULL);

      if (thread != NULL)
        g_ptr_array_add (helpers, thread);
    }
  job->n_threads = helpers->len + 1;
  read_inputs (job);
  for (guint t = 0; t < helpers->len; t++)
    g_thread_join (g_ptr_array_index (helpers, t));

  job->elapsed = g_get_monotonic_time () - start;
  job->failed_input = rd_read_job_get_failed_input (job);
  return job->failed_input < 0;
}

guint
rd_read_job_get_n_threads (RdReadJob *job)
{
  g_return_val_if_fail (job != NULL, 0);

  return job->n_threads;
}

int
rd_read_job_get_failed_input (RdReadJob *job)
{
  g_return_val_if_fail (job != NULL, -1);

  for (guint i = 0; i < job->inputs->len; i++)
    if (g_array_index (job->inputs, Input, i).document == NULL)
      return (int) i;
  return -1;
}

RdDocument *
rd_read_job_get_document (RdReadJob *job,
                          guint input)
{
  g_return_val_if_fail (job != NULL, NULL);
  g_return_val_if_fail (input < job->inputs->len, NULL);

  return g_array_index (job->inputs, Input, input).document;
}

GError *
rd_read_job_take_error (RdReadJob *job,
                        guint input)
{
  g_return_val_if_fail (job != NULL, NULL);
  g_return_val_if_fail (input < job->inputs->len, NULL);

  return g_steal_pointer (&g_array_index (job->inputs, Input, input).error);
}

GPtrArray *
rd_read_job_take_documents (RdReadJob *job)
{
  GPtrArray *documents;

  g_return_val_if_fail (job != NULL, NULL);

  if (!job->run || rd_read_job_get_failed_input (job) >= 0)
    return NULL;
  documents = g_ptr_array_new_full (job->inputs->len, g_object_unref);
  for (guint i = 0; i < job->inputs->len; i++)
    g_ptr_array_add (documents, g_steal_pointer (&g_array_index (job->inputs, Input, i).document));
  return documents;
}
