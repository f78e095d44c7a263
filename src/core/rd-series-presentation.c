/* rd-series-presentation.c: how a series of versions reads, for every
 * output
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-series-presentation.h"

#include <glib/gi18n-lib.h>

#include "rd-summary.h"

struct _RdSeriesPresentation
{
  GObject parent_instance;

  RdSeries *series;
  GPtrArray *steps;   /* RdPresentation *, per step */
  GPtrArray *names;   /* char *, per version */
  GPtrArray *details; /* char *, per version */
};

G_DEFINE_FINAL_TYPE (RdSeriesPresentation, rd_series_presentation, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_SERIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Static helpers */

static void
shown_history_entry_free (RdShownHistoryEntry *entry)
{
  g_free (entry->label);
  g_free (entry->note);
  g_clear_pointer (&entry->paragraphs, g_ptr_array_unref);
  g_free (entry);
}

static char *
describe_version (RdDocument *document)
{
  const char *type = rd_document_get_document_type (document);
  const char *date = rd_document_get_date (document);

  if (type != NULL && date != NULL)
    return g_strdup_printf ("%s, %s", type, date);
  return g_strdup (type != NULL ? type : date != NULL ? date
                                                      : "");
}

static RdShownHistory *
build_history (RdSeriesPresentation *self,
               const RdLineage *lineage,
               gboolean substantive_only)
{
  guint n = rd_series_get_n_versions (self->series);
  RdDocument *first = rd_series_get_version (self->series, lineage->introduced);
  const RdParagraph *paragraph = g_ptr_array_index (rd_document_get_paragraphs (first), lineage->indices[lineage->introduced]);
  RdShownHistory *history = g_new0 (RdShownHistory, 1);
  GString *title = g_string_new (NULL);

  history->kind = paragraph->kind;
  history->labels = g_ptr_array_new_with_free_func (g_free);
  history->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) shown_history_entry_free);
  for (guint v = 0; v < n; v++)
    {
      char *label = lineage->indices[v] == G_MAXUINT ? NULL : rd_series_describe_item (self->series, v, lineage->indices[v]);

      g_ptr_array_add (history->labels, label);
      if (v > 0)
        g_string_append (title, " | ");
      g_string_append (title, label != NULL ? label : "—");
    }
  history->title = g_string_free (title, FALSE);

  for (guint e = 0; e < lineage->events->len; e++)
    {
      const RdLineageEvent *event = &g_array_index (lineage->events, RdLineageEvent, e);
      RdComparison *comparison = rd_series_get_step (self->series, event->step);
      RdPresentation *presentation = g_ptr_array_index (self->steps, event->step);
      const RdChange *change = g_ptr_array_index (rd_comparison_get_changes (comparison), event->change);
      RdShownHistoryEntry *entry;

      if (!rd_presentation_is_shown (presentation, change, substantive_only))
        continue;
      entry = g_new0 (RdShownHistoryEntry, 1);
      entry->step = event->step;
      entry->type = event->type;
      entry->label = rd_comparison_describe_change (comparison, change);
      rd_presentation_get_marks (presentation, change, &entry->marks);
      entry->note = rd_presentation_dup_change_note (presentation, change);
      entry->paragraphs = rd_presentation_get_paragraphs (presentation, change, RD_SIDE_REDLINE);
      g_ptr_array_add (history->entries, entry);
    }
  return history;
}

/* GObject */

static void
rd_series_presentation_finalize (GObject *object)
{
  RdSeriesPresentation *self = RD_SERIES_PRESENTATION (object);

  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_pointer (&self->details, g_ptr_array_unref);
  g_clear_object (&self->series);

  G_OBJECT_CLASS (rd_series_presentation_parent_class)->finalize (object);
}

static void
rd_series_presentation_get_property (GObject *object,
                                     guint prop_id,
                                     GValue *value,
                                     GParamSpec *pspec)
{
  RdSeriesPresentation *self = RD_SERIES_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      g_value_set_object (value, self->series);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_series_presentation_set_property (GObject *object,
                                     guint prop_id,
                                     const GValue *value,
                                     GParamSpec *pspec)
{
  RdSeriesPresentation *self = RD_SERIES_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      self->series = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_series_presentation_constructed (GObject *object)
{
  RdSeriesPresentation *self = RD_SERIES_PRESENTATION (object);

  G_OBJECT_CLASS (rd_series_presentation_parent_class)->constructed (object);

  g_return_if_fail (RD_IS_SERIES (self->series));
  for (guint s = 0; s < rd_series_get_n_steps (self->series); s++)
    g_ptr_array_add (self->steps, rd_presentation_new (rd_series_get_step (self->series, s)));
  for (guint v = 0; v < rd_series_get_n_versions (self->series); v++)
    {
      RdDocument *document = rd_series_get_version (self->series, v);

      g_ptr_array_add (self->names, rd_document_dup_display_name (document));
      g_ptr_array_add (self->details, describe_version (document));
    }
}

static void
rd_series_presentation_class_init (RdSeriesPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rd_series_presentation_finalize;
  object_class->get_property = rd_series_presentation_get_property;
  object_class->set_property = rd_series_presentation_set_property;
  object_class->constructed = rd_series_presentation_constructed;

  properties[PROP_SERIES] =
      g_param_spec_object ("series", NULL, NULL, RD_TYPE_SERIES,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rd_series_presentation_init (RdSeriesPresentation *self)
{
  self->steps = g_ptr_array_new_with_free_func (g_object_unref);
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->details = g_ptr_array_new_with_free_func (g_free);
}

/* Public API */

void
rd_shown_history_free (RdShownHistory *history)
{
  if (history == NULL)
    return;
  g_clear_pointer (&history->labels, g_ptr_array_unref);
  g_clear_pointer (&history->entries, g_ptr_array_unref);
  g_free (history->title);
  g_free (history);
}

RdSeriesPresentation *
rd_series_presentation_new (RdSeries *series)
{
  g_return_val_if_fail (RD_IS_SERIES (series), NULL);

  return g_object_new (RD_TYPE_SERIES_PRESENTATION, "series", series, NULL);
}

RdSeries *
rd_series_presentation_get_series (RdSeriesPresentation *self)
{
  g_return_val_if_fail (RD_IS_SERIES_PRESENTATION (self), NULL);

  return self->series;
}

guint
rd_series_presentation_get_n_versions (RdSeriesPresentation *self)
{
  g_return_val_if_fail (RD_IS_SERIES_PRESENTATION (self), 0);

  return self->names->len;
}

const char *
rd_series_presentation_get_version_name (RdSeriesPresentation *self,
                                         guint version)
{
  g_return_val_if_fail (RD_IS_SERIES_PRESENTATION (self), NULL);
  g_return_val_if_fail (version < self->names->len, NULL);

  return g_ptr_array_index (self->names, version);
}

const char *
rd_series_presentation_get_version_details (RdSeriesPresentation *self,
                                            guint version)
{
  g_return_val_if_fail (RD_IS_SERIES_PRESENTATION (self), NULL);
  g_return_val_if_fail (version < self->details->len, NULL);

  return g_ptr_array_index (self->details, version);
}

guint
rd_series_presentation_get_n_steps (RdSeriesPresentation *self)
{
  g_return_val_if_fail (RD_IS_SERIES_PRESENTATION (self), 0);

  return self->steps->len;
}

RdPresentation *
rd_series_presentation_get_step (RdSeriesPresentation *self,
                                 guint step)
{
  g_return_val_if_fail (RD_IS_SERIES_PRESENTATION (self), NULL);
  g_return_val_if_fail (step < self->steps->len, NULL);

  return g_ptr_array_index (self->steps, step);
}

char *
rd_series_presentation_dup_step_title (RdSeriesPresentation *self,
                                       guint step)
{
  g_return_val_if_fail (RD_IS_SERIES_PRESENTATION (self), NULL);
  g_return_val_if_fail (step < self->steps->len, NULL);

  /* TRANSLATORS: "Step 2 → 3: A/RES/79/198 → A/C.2/80/L.24" */
  return g_strdup_printf (_ ("Step %u → %u: %s → %s"), step + 1, step + 2,
                          (const char *) g_ptr_array_index (self->names, step),
                          (const char *) g_ptr_array_index (self->names, step + 1));
}

GPtrArray *
rd_series_presentation_dup_step_summary (RdSeriesPresentation *self,
                                         guint step)
{
  RdComparison *comparison;
  const RdComparisonStats *stats;
  g_autofree char *strength = NULL;
  GPtrArray *lines;
  GString *line;

  g_return_val_if_fail (RD_IS_SERIES_PRESENTATION (self), NULL);
  g_return_val_if_fail (step < self->steps->len, NULL);

  comparison = rd_series_get_step (self->series, step);
  stats = rd_comparison_get_stats (comparison);
  strength = rd_comparison_describe_strength (comparison);
  lines = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (lines, g_strdup_printf (_ ("Sponsors: %u added, %u removed, %u kept"),
                                           rd_comparison_get_sponsors_added (comparison)->len,
                                           rd_comparison_get_sponsors_removed (comparison)->len,
                                           rd_comparison_get_sponsors_kept (comparison)->len));
  g_ptr_array_add (lines, g_strdup_printf (_ ("Paragraphs: %u unchanged (%u renumbered), %u modified, %u inserted, %u deleted, %u moved, %u split, %u merged"),
                                           stats->counts[RD_CHANGE_UNCHANGED], stats->renumbered, stats->counts[RD_CHANGE_MODIFIED],
                                           stats->counts[RD_CHANGE_INSERTED], stats->counts[RD_CHANGE_DELETED], stats->counts[RD_CHANGE_MOVED],
                                           stats->counts[RD_CHANGE_SPLIT], stats->counts[RD_CHANGE_MERGED]));
  line = g_string_new (NULL);
  g_string_append_printf (line, _ ("Substantive changes: %u; routine changes: %u"), stats->substantive, stats->routine);
  if (*strength != '\0')
    g_string_append_printf (line, "; %s", strength);
  g_ptr_array_add (lines, g_string_free (line, FALSE));
  return lines;
}

char *
rd_series_presentation_dup_title (RdSeriesPresentation *self)
{
  guint n;

  g_return_val_if_fail (RD_IS_SERIES_PRESENTATION (self), NULL);

  n = self->names->len;
  if (n > 2)
    /* TRANSLATORS: a page's title: the first and last versions of a
     * series, "A/RES/78/141 → … → A/RES/80/127" */
    return g_strdup_printf (_ ("Series: %s → … → %s"), (const char *) g_ptr_array_index (self->names, 0), (const char *) g_ptr_array_index (self->names, n - 1));
  return g_strdup_printf (_ ("Series: %s → %s"), (const char *) g_ptr_array_index (self->names, 0), (const char *) g_ptr_array_index (self->names, n - 1));
}

char *
rd_series_presentation_dup_kicker (RdSeriesPresentation *self)
{
  guint n;

  g_return_val_if_fail (RD_IS_SERIES_PRESENTATION (self), NULL);

  n = self->names->len;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Series of %u version", "Series of %u versions", n), n);
}

const char *
rd_series_presentation_get_last_title (RdSeriesPresentation *self)
{
  g_return_val_if_fail (RD_IS_SERIES_PRESENTATION (self), NULL);

  return rd_document_get_title (rd_series_get_version (self->series, rd_series_get_n_versions (self->series) - 1));
}

GPtrArray *
rd_series_presentation_dup_history (RdSeriesPresentation *self,
                                    gboolean substantive_only)
{
  GPtrArray *lineages;
  GPtrArray *histories;

  g_return_val_if_fail (RD_IS_SERIES_PRESENTATION (self), NULL);

  lineages = rd_series_get_lineages (self->series);
  histories = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_shown_history_free);
  for (guint i = 0; i < lineages->len; i++)
    {
      const RdLineage *lineage = g_ptr_array_index (lineages, i);
      RdShownHistory *history;

      if (!rd_lineage_changed (lineage))
        continue;
      history = build_history (self, lineage, substantive_only);
      if (history->entries->len == 0)
        rd_shown_history_free (history);
      else
        g_ptr_array_add (histories, history);
    }
  return histories;
}
