/* rd-loader.c: reading the versions to compare, in parallel
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-loader.h"

#include "rd-amendment-text.h"
#include "rd-amendment.h"
#include "rd-extension.h"
#include "rd-fetch.h"
#include "rd-import.h"
#include "rd-local-file.h"
#include "rd-read-job.h"
#include "rd-tsan-private.h"

/* The struct */

/* One input: a file, or a symbol fetched into the cache (its file set
 * once fetched). */
typedef struct
{
  GFile *file;
  char *symbol;
  char *language;
  RdFetchInfo info;
} Input;

struct _RdLoader
{
  GObject parent_instance;

  GPtrArray *inputs; /* Input *, in order */
  RdCompareOptions options;
  gboolean prepare; /* the documents for a comparison, in the threads */
  RdFetchFlags fetch_flags;
  char *language; /* of symbols added without one; NULL: the locale's */
  RdFetchProgressFunc progress;
  gpointer progress_data;
  GDestroyNotify progress_destroy;
  GMutex lock;      /* guards Input.file and .info, written by loading threads */
  int failed_input; /* set in the thread that called, after the load: a
                     * cancelled task's thread may still be running */
};

/* An input a read job (rd-read-job.h) cannot read itself: a symbol, or
 * a file that is not local (a URI). */
typedef struct
{
  RdLoader *loader;
  Input *input;
} LoadInput;

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdLoader, rd_loader, G_TYPE_OBJECT)

/* What a task's thread hands back: the documents or the comparison, or the
 * error and the input that failed.  The thread never writes the loader's
 * result fields: a cancelled task returns at once and its thread runs on
 * unseen. */
typedef struct
{
  gpointer value;
  GDestroyNotify free_value;
  GError *error;
  int failed_input;
} TaskResult;

/* Static helpers */

static void
task_result_free (TaskResult *result)
{
  if (result->value != NULL)
    result->free_value (result->value);
  g_clear_error (&result->error);
  g_free (result);
}

static void
input_free (Input *input)
{
  g_clear_object (&input->file);
  g_free (input->symbol);
  g_free (input->language);
  g_free (input);
}

/* A symbol's input: its document fetched (or taken from the cache), read,
 * and given its record; a record that cannot be had is a warning, not a
 * failure (the text is what is compared). */
static RdDocument *
load_symbol (RdLoader *self,
             Input *input,
             GCancellable *cancellable,
             GError **error)
{
  RdFetchInfo info = { 0 };
  g_autoptr (GFile) file = rd_fetch_document (input->symbol, input->language, self->fetch_flags, self->progress,
                                              self->progress_data, &info, cancellable, error);
  g_autoptr (RdDocument) document = NULL;
  g_autoptr (RdRecord) record = NULL;
  g_autoptr (GError) record_error = NULL;

  if (file == NULL)
    return NULL;
  g_mutex_lock (&self->lock);
  g_set_object (&input->file, file);
  input->info = info;
  g_mutex_unlock (&self->lock);

  document = rd_document_load (file, cancellable, error);
  if (document == NULL)
    {
      g_prefix_error (error, "%s: ", input->symbol);
      return NULL;
    }
  record = rd_fetch_record (input->symbol, self->fetch_flags, cancellable, &record_error);
  if (record != NULL)
    rd_document_set_record (document, record);
  else if (!g_error_matches (record_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    rd_document_add_warning (document, "%s", record_error->message);
  return g_steal_pointer (&document);
}

/* The reading of a job's input that is a symbol or a URI, in its
 * thread. */
static RdDocument *
load_input (gpointer data,
            GCancellable *cancellable,
            GError **error)
{
  LoadInput *load = data;

  if (load->input->symbol != NULL)
    return load_symbol (load->loader, load->input, cancellable, error);
  return rd_document_load (load->input->file, cancellable, error);
}

/* Every input read by one job: local files by the engine's rules, as the
 * program's quick path reads them, and symbols and URIs here. */
static GPtrArray *
load_all (RdLoader *self,
          GCancellable *cancellable,
          int *failed_input,
          GError **error)
{
  g_autoptr (RdReadJob) job = rd_read_job_new ();
  g_autofree LoadInput *loads = g_new0 (LoadInput, self->inputs->len);
  int failed;

  *failed_input = -1;
  rd_read_job_set_prepare (job, self->prepare ? &self->options : NULL);
  rd_read_job_set_cancellable (job, cancellable, g_cancellable_is_cancelled);
  for (guint i = 0; i < self->inputs->len; i++)
    {
      Input *input = g_ptr_array_index (self->inputs, i);
      g_autofree char *path = input->symbol == NULL ? rd_file_get_local_path (input->file) : NULL;

      if (path != NULL)
        rd_read_job_add_file (job, path);
      else
        {
          loads[i].loader = self;
          loads[i].input = input;
          rd_read_job_add_func (job, load_input, &loads[i]);
        }
    }
  rd_read_job_run (job);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  failed = rd_read_job_get_failed_input (job);
  if (failed >= 0)
    {
      *failed_input = failed;
      g_propagate_error (error, rd_read_job_take_error (job, failed));
      return NULL;
    }
  return rd_read_job_take_documents (job);
}

static RdComparison *
compare_all (RdLoader *self,
             GCancellable *cancellable,
             int *failed_input,
             GError **error)
{
  g_autoptr (GPtrArray) documents = load_all (self, cancellable, failed_input, error);

  g_autoptr (RdAmendedDraft) amended = NULL;
  RdComparison *comparison;

  if (documents == NULL)
    return NULL;
  if (documents->len == 2 && !rd_document_is_amendment (g_ptr_array_index (documents, 0)) && !rd_document_is_amendment (g_ptr_array_index (documents, 1)))
    return rd_comparison_new (g_ptr_array_index (documents, 0), g_ptr_array_index (documents, 1), &self->options);

  /* A draft and its amendments, in any order: the draft against the draft
   * as amended, each change noted with its instructions.  More than two
   * inputs that are not a draft with its amendments fail here, naming
   * why (several drafts, no amendment). */
  amended = rd_amended_draft_new_from_documents ((RdDocument *const *) documents->pdata, documents->len, error);
  if (amended == NULL)
    return NULL;
  comparison = rd_comparison_new (rd_amended_draft_get_draft (amended), rd_amended_draft_get_document (amended), &self->options);
  rd_amended_draft_annotate (amended, comparison);
  return comparison;
}

/* Tasks still reading in the background (a cancelled load's threads
 * finish their file): the process must not end under them, for poppler's
 * global state is destroyed at exit while a page may be being read. */
static GMutex background_lock;
static GCond background_done;
static guint background_tasks;

/* The lock, as ThreadSanitizer sees it too (rd-tsan-private.h): GMutex
 * is a futex it cannot see, and the count read as racing between two
 * tasks' threads. */
static void
background_lock_take (void)
{
  g_mutex_lock (&background_lock);
  rd_tsan_acquire (&background_lock);
}

static void
background_lock_give (void)
{
  rd_tsan_release (&background_lock);
  g_mutex_unlock (&background_lock);
}

static void
background_task_begin (void)
{
  background_lock_take ();
  background_tasks++;
  background_lock_give ();
}

static void
background_task_end (void)
{
  background_lock_take ();
  if (--background_tasks == 0)
    g_cond_broadcast (&background_done);
  background_lock_give ();
}

/* The thread of a task: reads, and compares when the task's data says
 * so; returns the documents or the comparison. */
static void
load_in_task (GTask *task,
              gpointer source_object,
              gpointer task_data,
              GCancellable *cancellable)
{
  RdLoader *self = RD_LOADER (source_object);
  gboolean compare = GPOINTER_TO_INT (task_data);
  TaskResult *result = g_new0 (TaskResult, 1);

  background_task_begin ();
  rd_tsan_acquire (self);
  if (compare)
    {
      result->value = compare_all (self, cancellable, &result->failed_input, &result->error);
      result->free_value = g_object_unref;
    }
  else
    {
      result->value = load_all (self, cancellable, &result->failed_input, &result->error);
      result->free_value = (GDestroyNotify) g_ptr_array_unref;
    }
  rd_tsan_release (task);
  g_task_return_pointer (task, result, (GDestroyNotify) task_result_free);
  background_task_end ();
}

static void
run_task (RdLoader *self,
          gpointer source_tag,
          gboolean compare,
          GCancellable *cancellable,
          GAsyncReadyCallback callback,
          gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, GINT_TO_POINTER (compare), NULL);
  /* A cancelled load returns at once (the window has moved on); its
   * threads finish reading in the background and their documents go. */
  g_task_set_return_on_cancel (task, TRUE);
  rd_tsan_release (self);
  g_task_run_in_thread (task, load_in_task);
}

static gpointer
finish_task (RdLoader *self,
             GAsyncResult *result,
             gpointer source_tag,
             GError **error)
{
  TaskResult *task_result = NULL;
  gpointer value = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  rd_tsan_acquire (result);
  task_result = g_task_propagate_pointer (G_TASK (result), error);
  if (task_result == NULL) /* cancelled before the thread finished */
    {
      self->failed_input = -1;
      return NULL;
    }
  self->failed_input = task_result->failed_input;
  if (task_result->error != NULL)
    g_propagate_error (error, g_steal_pointer (&task_result->error));
  else
    value = g_steal_pointer (&task_result->value);
  task_result_free (task_result);
  return value;
}

/* GObject overrides */

static void
rd_loader_finalize (GObject *object)
{
  RdLoader *self = RD_LOADER (object);

  g_clear_pointer (&self->inputs, g_ptr_array_unref);
  g_free (self->language);
  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (rd_loader_parent_class)->finalize (object);
}

/* Class and instance init */

static void
rd_loader_class_init (RdLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rd_loader_finalize;
  /* A module loaded from now on (poppler) ends after the loads still
   * reading (rd-extension.c). */
  rd_extension_set_exit_hook (rd_loader_wait_background);
}

static void
rd_loader_init (RdLoader *self)
{
  self->inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) input_free);
  g_mutex_init (&self->lock);
  self->failed_input = -1;
  self->prepare = TRUE;
}

/* Public API */

RdLoader *
rd_loader_new (const RdCompareOptions *options)
{
  RdLoader *self = g_object_new (RD_TYPE_LOADER, NULL);

  if (options != NULL)
    self->options = *options;
  return self;
}

void
rd_loader_set_prepare (RdLoader *self,
                       gboolean prepare)
{
  g_return_if_fail (RD_IS_LOADER (self));

  self->prepare = prepare;
}

void
rd_loader_add_file (RdLoader *self,
                    GFile *file)
{
  g_return_if_fail (RD_IS_LOADER (self));
  g_return_if_fail (G_IS_FILE (file));

  Input *input = g_new0 (Input, 1);
  input->file = g_object_ref (file);
  g_ptr_array_add (self->inputs, input);
}

void
rd_loader_add_symbol (RdLoader *self,
                      const char *symbol,
                      const char *language)
{
  Input *input;

  g_return_if_fail (RD_IS_LOADER (self));
  g_return_if_fail (symbol != NULL);

  input = g_new0 (Input, 1);
  input->symbol = rd_symbol_normalize (symbol, NULL);
  if (input->symbol == NULL)
    input->symbol = g_strdup (symbol);
  if (language == NULL)
    language = self->language != NULL ? self->language : rd_fetch_get_default_language ();
  input->language = g_strdup (language);
  g_ptr_array_add (self->inputs, input);
}

void
rd_loader_add_input (RdLoader *self,
                     const char *arg,
                     const char *language)
{
  g_return_if_fail (RD_IS_LOADER (self));
  g_return_if_fail (arg != NULL);

  if (rd_symbol_is_command_line_symbol (arg))
    rd_loader_add_symbol (self, arg, language);
  else
    {
      g_autoptr (GFile) file = rd_file_new_for_argument (arg);
      rd_loader_add_file (self, file);
    }
}

void
rd_loader_set_language (RdLoader *self,
                        const char *language)
{
  g_return_if_fail (RD_IS_LOADER (self));

  g_free (self->language);
  self->language = g_strdup (language);
}

void
rd_loader_set_fetch_flags (RdLoader *self,
                           RdFetchFlags flags)
{
  g_return_if_fail (RD_IS_LOADER (self));
  self->fetch_flags = flags;
}

void
rd_loader_set_progress_func (RdLoader *self,
                             RdFetchProgressFunc func,
                             gpointer user_data,
                             GDestroyNotify destroy)
{
  g_return_if_fail (RD_IS_LOADER (self));

  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);
  self->progress = func;
  self->progress_data = user_data;
  self->progress_destroy = destroy;
}

const char *
rd_loader_get_symbol (RdLoader *self,
                      guint input)
{
  g_return_val_if_fail (RD_IS_LOADER (self), NULL);
  g_return_val_if_fail (input < self->inputs->len, NULL);

  return ((Input *) g_ptr_array_index (self->inputs, input))->symbol;
}

gboolean
rd_loader_get_fetch_info (RdLoader *self,
                          guint input,
                          RdFetchInfo *info)
{
  Input *in;
  gboolean fetched;

  g_return_val_if_fail (RD_IS_LOADER (self), FALSE);
  g_return_val_if_fail (input < self->inputs->len, FALSE);

  in = g_ptr_array_index (self->inputs, input);
  g_mutex_lock (&self->lock);
  fetched = in->symbol != NULL && in->file != NULL;
  if (fetched && info != NULL)
    *info = in->info;
  g_mutex_unlock (&self->lock);
  return fetched;
}

guint
rd_loader_get_n_inputs (RdLoader *self)
{
  g_return_val_if_fail (RD_IS_LOADER (self), 0);

  return self->inputs->len;
}

GFile *
rd_loader_get_file (RdLoader *self,
                    guint input)
{
  Input *in;
  GFile *file;

  g_return_val_if_fail (RD_IS_LOADER (self), NULL);
  g_return_val_if_fail (input < self->inputs->len, NULL);

  in = g_ptr_array_index (self->inputs, input);
  g_mutex_lock (&self->lock);
  file = in->file;
  g_mutex_unlock (&self->lock);
  return file;
}

const RdCompareOptions *
rd_loader_get_options (RdLoader *self)
{
  g_return_val_if_fail (RD_IS_LOADER (self), NULL);

  return &self->options;
}

int
rd_loader_get_failed_input (RdLoader *self)
{
  g_return_val_if_fail (RD_IS_LOADER (self), -1);

  return self->failed_input;
}

GPtrArray *
rd_loader_load (RdLoader *self,
                GCancellable *cancellable,
                GError **error)
{
  g_return_val_if_fail (RD_IS_LOADER (self), NULL);
  g_return_val_if_fail (self->inputs->len > 0, NULL);

  return load_all (self, cancellable, &self->failed_input, error);
}

void
rd_loader_load_async (RdLoader *self,
                      GCancellable *cancellable,
                      GAsyncReadyCallback callback,
                      gpointer user_data)
{
  g_return_if_fail (RD_IS_LOADER (self));
  g_return_if_fail (self->inputs->len > 0);

  run_task (self, rd_loader_load_async, FALSE, cancellable, callback, user_data);
}

GPtrArray *
rd_loader_load_finish (RdLoader *self,
                       GAsyncResult *result,
                       GError **error)
{
  return finish_task (self, result, rd_loader_load_async, error);
}

RdComparison *
rd_loader_compare (RdLoader *self,
                   GCancellable *cancellable,
                   GError **error)
{
  g_return_val_if_fail (RD_IS_LOADER (self), NULL);
  g_return_val_if_fail (self->inputs->len >= 2, NULL);

  return compare_all (self, cancellable, &self->failed_input, error);
}

void
rd_loader_compare_async (RdLoader *self,
                         GCancellable *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer user_data)
{
  g_return_if_fail (RD_IS_LOADER (self));
  g_return_if_fail (self->inputs->len >= 2);

  run_task (self, rd_loader_compare_async, TRUE, cancellable, callback, user_data);
}

RdComparison *
rd_loader_compare_finish (RdLoader *self,
                          GAsyncResult *result,
                          GError **error)
{
  return finish_task (self, result, rd_loader_compare_async, error);
}

void
rd_loader_wait_background (void)
{
  background_lock_take ();
  while (background_tasks > 0)
    {
      rd_tsan_release (&background_lock);
      g_cond_wait (&background_done, &background_lock);
      rd_tsan_acquire (&background_lock);
    }
  background_lock_give ();
}
