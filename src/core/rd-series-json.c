/* rd-series-json.c: a series of versions as JSON
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-series-json.h"

#include "rd-comparison-json.h"

static void
write_lineage (RdJsonWriter *writer,
               RdSeries *series,
               guint id,
               const RdLineage *lineage)
{
  guint n = rd_series_get_n_versions (series);
  RdDocument *first = rd_series_get_version (series, lineage->introduced);
  const RdParagraph *paragraph = g_ptr_array_index (rd_document_get_paragraphs (first), lineage->indices[lineage->introduced]);

  rd_json_begin_object (writer);
  rd_json_member_int (writer, "id", id);
  rd_json_member_string (writer, "kind", rd_paragraph_kind_to_string (paragraph->kind));
  rd_json_member_inline_array (writer, "indices");
  for (guint v = 0; v < n; v++)
    if (lineage->indices[v] == G_MAXUINT)
      rd_json_null (writer);
    else
      rd_json_int (writer, lineage->indices[v]);
  rd_json_end_array (writer);
  rd_json_member_inline_array (writer, "labels");
  for (guint v = 0; v < n; v++)
    {
      g_autofree char *label = lineage->indices[v] == G_MAXUINT ? NULL : rd_series_describe_item (series, v, lineage->indices[v]);

      rd_json_string (writer, label);
    }
  rd_json_end_array (writer);
  rd_json_member_int (writer, "introduced", lineage->introduced);
  rd_json_member_int_or_null (writer, "removed", lineage->removed != G_MAXUINT, lineage->removed);
  rd_json_member_inline_array (writer, "changed");
  for (guint e = 0; e < lineage->events->len; e++)
    {
      const RdLineageEvent *event = &g_array_index (lineage->events, RdLineageEvent, e);

      if (event->type != RD_CHANGE_INSERTED && event->type != RD_CHANGE_DELETED && event->type != RD_CHANGE_MOVED)
        rd_json_int (writer, event->step);
      else if (event->type == RD_CHANGE_MOVED)
        {
          const RdChange *change = g_ptr_array_index (rd_comparison_get_changes (rd_series_get_step (series, event->step)), event->change);

          if (change->diff != NULL && rd_diff_has_changes (change->diff))
            rd_json_int (writer, event->step);
        }
    }
  rd_json_end_array (writer);
  rd_json_member_inline_array (writer, "moved");
  for (guint e = 0; e < lineage->events->len; e++)
    {
      const RdLineageEvent *event = &g_array_index (lineage->events, RdLineageEvent, e);

      if (event->type == RD_CHANGE_MOVED)
        rd_json_int (writer, event->step);
    }
  rd_json_end_array (writer);
  rd_json_member_array (writer, "events");
  for (guint e = 0; e < lineage->events->len; e++)
    {
      const RdLineageEvent *event = &g_array_index (lineage->events, RdLineageEvent, e);

      rd_json_begin_object (writer);
      rd_json_member_int (writer, "step", event->step);
      rd_json_member_string (writer, "type", rd_change_type_to_string (event->type));
      rd_json_member_int (writer, "change", event->change);
      rd_json_member_bool (writer, "routine", event->routine);
      if (event->strength != RD_STRENGTH_UNKNOWN)
        rd_json_member_string (writer, "strength", rd_strength_to_string (event->strength));
      rd_json_end_object (writer);
    }
  rd_json_end_array (writer);
  rd_json_end_object (writer);
}

static char *
write_series (RdSeries *series,
              RdJsonSink sink,
              gpointer user_data)
{
  RdJsonWriter *writer = rd_json_writer_new ();
  GPtrArray *lineages = rd_series_get_lineages (series);

  if (sink != NULL)
    rd_json_writer_set_sink (writer, sink, user_data);
  rd_json_begin_object (writer);
  rd_json_member_int (writer, "resdiff", RD_COMPARISON_JSON_VERSION);
  rd_json_member_array (writer, "versions");
  for (guint v = 0; v < rd_series_get_n_versions (series); v++)
    rd_comparison_json_write_document (writer, rd_series_get_version (series, v));
  rd_json_end_array (writer);
  rd_json_member_array (writer, "steps");
  for (guint s = 0; s < rd_series_get_n_steps (series); s++)
    rd_comparison_json_write (writer, rd_series_get_step (series, s), NULL);
  rd_json_end_array (writer);
  rd_json_member_array (writer, "history");
  for (guint i = 0; i < lineages->len; i++)
    write_lineage (writer, series, i, g_ptr_array_index (lineages, i));
  rd_json_end_array (writer);
  rd_json_end_object (writer);
  return rd_json_writer_finish (writer);
}

char *
rd_series_to_json (RdSeries *series)
{
  g_return_val_if_fail (RD_IS_SERIES (series), NULL);

  return write_series (series, NULL, NULL);
}

gboolean
rd_series_write_json (RdSeries *series,
                      RdJsonSink sink,
                      gpointer user_data)
{
  g_autofree char *rest = NULL;

  g_return_val_if_fail (RD_IS_SERIES (series), FALSE);

  rest = write_series (series, sink, user_data);
  return rest != NULL;
}
