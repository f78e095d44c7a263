/* rd-series.c: several versions of one text, in order, and each
 * paragraph's history through them
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-series.h"

#include <stdlib.h>
#include <string.h>

#include "rd-lexicon.h"

struct _RdSeries
{
  GObject parent_instance;

  GPtrArray *documents;  /* RdDocument * */
  GPtrArray *steps;      /* RdComparison * */
  GPtrArray *lineages;   /* RdLineage * */
  GPtrArray *membership; /* per version, a GArray of guint: the lineage
                          * of each paragraph */
  RdCompareOptions options;
};

G_DEFINE_FINAL_TYPE (RdSeries, rd_series, G_TYPE_OBJECT)

static void
lineage_free (RdLineage *lineage)
{
  g_free (lineage->indices);
  g_array_unref (lineage->events);
  g_free (lineage);
}

static guint
lineage_new (RdSeries *self,
             guint version,
             guint index)
{
  RdLineage *lineage = g_new0 (RdLineage, 1);
  GArray *members = g_ptr_array_index (self->membership, version);
  guint n = self->documents->len;

  lineage->indices = g_new (guint, n);
  for (guint v = 0; v < n; v++)
    lineage->indices[v] = G_MAXUINT;
  lineage->indices[version] = index;
  lineage->introduced = version;
  lineage->removed = G_MAXUINT;
  lineage->events = g_array_new (FALSE, FALSE, sizeof (RdLineageEvent));
  g_ptr_array_add (self->lineages, lineage);
  g_array_index (members, guint, index) = self->lineages->len - 1;
  return self->lineages->len - 1;
}

static void
add_event (RdLineage *lineage,
           guint step,
           const RdChange *change,
           guint change_index)
{
  RdLineageEvent event = { step, change->type, change->routine, rd_change_get_strength (change), change_index };

  if (!rd_change_is_difference (change))
    return;
  g_array_append_val (lineage->events, event);
}

/* The lineages of version @step + 1 from those of @step and the step's
 * changes: each change carries its first old paragraph's lineage to its
 * first new paragraph. */
static void
follow_step (RdSeries *self,
             guint step)
{
  RdComparison *comparison = g_ptr_array_index (self->steps, step);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  GArray *old_members = g_ptr_array_index (self->membership, step);
  GArray *new_members = g_ptr_array_index (self->membership, step + 1);

  for (guint c = 0; c < changes->len; c++)
    {
      const RdChange *change = g_ptr_array_index (changes, c);
      guint continued = G_MAXUINT;

      for (guint k = 0; k < change->old_items->len; k++)
        {
          guint lineage_index = g_array_index (old_members, guint, g_array_index (change->old_items, guint, k));
          RdLineage *lineage = g_ptr_array_index (self->lineages, lineage_index);

          add_event (lineage, step, change, c);
          if (k == 0 && change->new_items->len > 0)
            continued = lineage_index;
          else
            lineage->removed = step + 1;
        }
      for (guint k = 0; k < change->new_items->len; k++)
        {
          guint index = g_array_index (change->new_items, guint, k);

          if (k == 0 && continued != G_MAXUINT)
            {
              RdLineage *lineage = g_ptr_array_index (self->lineages, continued);

              lineage->indices[step + 1] = index;
              g_array_index (new_members, guint, index) = continued;
            }
          else
            {
              guint lineage_index = lineage_new (self, step + 1, index);

              add_event (g_ptr_array_index (self->lineages, lineage_index), step, change, c);
            }
        }
    }
}

static void
rd_series_finalize (GObject *object)
{
  RdSeries *self = (RdSeries *) object;

  g_clear_pointer (&self->lineages, g_ptr_array_unref);
  g_clear_pointer (&self->membership, g_ptr_array_unref);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  G_OBJECT_CLASS (rd_series_parent_class)->finalize (object);
}

static void
rd_series_class_init (RdSeriesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rd_series_finalize;
}

static void
rd_series_init (RdSeries *self)
{
  self->documents = g_ptr_array_new_with_free_func (g_object_unref);
  self->steps = g_ptr_array_new_with_free_func (g_object_unref);
  self->lineages = g_ptr_array_new_with_free_func ((GDestroyNotify) lineage_free);
  self->membership = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}

typedef struct
{
  RdSeries *self;
  guint step;
} StepJob;

static gpointer
compare_step (gpointer data)
{
  StepJob *job = data;
  RdSeries *self = job->self;

  return rd_comparison_new (g_ptr_array_index (self->documents, job->step), g_ptr_array_index (self->documents, job->step + 1), &self->options);
}

RdSeries *
rd_series_new (GPtrArray *documents,
               const RdCompareOptions *options)
{
  RdSeries *self;
  guint n_steps;
  g_autofree StepJob *jobs = NULL;
  g_autofree GThread **threads = NULL;

  g_return_val_if_fail (documents != NULL && documents->len >= 2, NULL);

  self = g_object_new (RD_TYPE_SERIES, NULL);
  if (options != NULL)
    self->options = *options;
  for (guint v = 0; v < documents->len; v++)
    {
      RdDocument *document = g_ptr_array_index (documents, v);
      GArray *members = g_array_new (FALSE, FALSE, sizeof (guint));

      g_ptr_array_add (self->documents, g_object_ref (document));
      g_array_set_size (members, rd_document_get_paragraphs (document)->len);
      g_ptr_array_add (self->membership, members);
      /* Each document is prepared once, not once per step it is in. */
      rd_comparison_prepare_document (document, &self->options);
    }

  /* The steps are independent: two at a time, as the loader reads. */
  n_steps = documents->len - 1;
  jobs = g_new0 (StepJob, n_steps);
  threads = g_new0 (GThread *, n_steps);
  g_ptr_array_set_size (self->steps, n_steps);
  for (guint start = 0; start < n_steps; start += 2)
    {
      guint end = MIN (start + 2, n_steps);

      for (guint s = start; s < end; s++)
        {
          jobs[s] = (StepJob){ self, s };
          threads[s] = s + 1 < end ? g_thread_try_new ("resdiff-series", compare_step, &jobs[s], NULL) : NULL;
        }
      for (guint s = start; s < end; s++)
        g_ptr_array_index (self->steps, s) = threads[s] != NULL ? g_thread_join (threads[s]) : compare_step (&jobs[s]);
    }

  for (guint i = 0; i < rd_document_get_paragraphs (g_ptr_array_index (documents, 0))->len; i++)
    lineage_new (self, 0, i);
  for (guint s = 0; s < n_steps; s++)
    follow_step (self, s);
  return self;
}

guint
rd_series_get_n_versions (RdSeries *self)
{
  g_return_val_if_fail (RD_IS_SERIES (self), 0);

  return self->documents->len;
}

RdDocument *
rd_series_get_version (RdSeries *self,
                       guint version)
{
  g_return_val_if_fail (RD_IS_SERIES (self), NULL);
  g_return_val_if_fail (version < self->documents->len, NULL);

  return g_ptr_array_index (self->documents, version);
}

guint
rd_series_get_n_steps (RdSeries *self)
{
  g_return_val_if_fail (RD_IS_SERIES (self), 0);

  return self->steps->len;
}

RdComparison *
rd_series_get_step (RdSeries *self,
                    guint step)
{
  g_return_val_if_fail (RD_IS_SERIES (self), NULL);
  g_return_val_if_fail (step < self->steps->len, NULL);

  return g_ptr_array_index (self->steps, step);
}

RdComparison *
rd_series_compare (RdSeries *self,
                   guint from,
                   guint to)
{
  g_return_val_if_fail (RD_IS_SERIES (self), NULL);
  g_return_val_if_fail (from < self->documents->len && to < self->documents->len, NULL);

  return rd_comparison_new (g_ptr_array_index (self->documents, from), g_ptr_array_index (self->documents, to), &self->options);
}

GPtrArray *
rd_series_get_lineages (RdSeries *self)
{
  g_return_val_if_fail (RD_IS_SERIES (self), NULL);

  return self->lineages;
}

const RdLineage *
rd_series_find_lineage (RdSeries *self,
                        guint version,
                        guint index)
{
  GArray *members;

  g_return_val_if_fail (RD_IS_SERIES (self), NULL);
  g_return_val_if_fail (version < self->documents->len, NULL);

  members = g_ptr_array_index (self->membership, version);
  g_return_val_if_fail (index < members->len, NULL);
  return g_ptr_array_index (self->lineages, g_array_index (members, guint, index));
}

char *
rd_series_describe_item (RdSeries *series,
                         guint version,
                         guint index)
{
  /* The step into the version names its paragraphs as the new side, the
   * step out of the first as the old one: the same names. */
  if (version > 0)
    return rd_comparison_describe_item (rd_series_get_step (series, version - 1), FALSE, TRUE, index);
  return rd_comparison_describe_item (rd_series_get_step (series, 0), FALSE, FALSE, index);
}

gboolean
rd_lineage_changed (const RdLineage *lineage)
{
  return lineage->events->len > 0;
}

/* Sorting */

typedef struct
{
  RdDocument *document;
  guint position;
  gint64 day; /* Julian day, or 0 when the date cannot be read */
  guint revision;
} SortKey;

static gint64
read_day (const char *date)
{
  g_auto (GStrv) words = NULL;
  guint day = 0, month = 0, year = 0;

  if (date == NULL)
    return 0;
  /* "15 December 2023", as the parser keeps it. */
  words = g_strsplit (date, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      int m = (int) rd_lexicon_month_of_word (words[i], -1, TRUE);

      if (m > 0)
        month = m;
      else if (g_ascii_isdigit (words[i][0]) && strlen (words[i]) == 4)
        year = atoi (words[i]);
      else if (g_ascii_isdigit (words[i][0]))
        day = atoi (words[i]);
    }
  if (year == 0 || month == 0)
    return 0;
  if (day == 0 || !g_date_valid_dmy (day, month, year))
    day = 1;
  if (!g_date_valid_dmy (day, month, year))
    return 0;
  {
    g_autoptr (GDate) d = g_date_new_dmy (day, month, year);

    return g_date_get_julian (d);
  }
}

static guint
read_revision (const char *symbol)
{
  const char *rev = symbol != NULL ? strstr (symbol, "/Rev.") : NULL;

  return rev != NULL ? (guint) atoi (rev + strlen ("/Rev.")) : 0;
}

static int
compare_keys (const void *a,
              const void *b)
{
  const SortKey *x = a;
  const SortKey *y = b;

  if (x->day != 0 && y->day != 0 && x->day != y->day)
    return x->day < y->day ? -1 : 1;
  if (x->revision != y->revision)
    return x->revision < y->revision ? -1 : 1;
  return x->position < y->position ? -1 : x->position > y->position;
}

void
rd_series_sort_documents (GPtrArray *documents)
{
  g_autofree SortKey *keys = g_new0 (SortKey, documents->len + 1);

  for (guint i = 0; i < documents->len; i++)
    {
      RdDocument *document = g_ptr_array_index (documents, i);

      keys[i] = (SortKey){ document, i, read_day (rd_document_get_date (document)), read_revision (rd_document_get_symbol (document)) };
    }
  /* An undated document takes the date of the one before it, so it keeps
   * its place among the dated ones. */
  for (guint i = 1; i < documents->len; i++)
    if (keys[i].day == 0)
      keys[i].day = keys[i - 1].day;
  qsort (keys, documents->len, sizeof (SortKey), compare_keys);
  for (guint i = 0; i < documents->len; i++)
    g_ptr_array_index (documents, i) = keys[i].document;
}
