/* rd-comparison-json.c: a comparison as JSON (resdiff --format=json)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-comparison-json.h"

#include "rd-json.h"
#include "rd-presentation.h"

static void
write_sponsor_names (RdJsonWriter *writer,
                     const char *member,
                     GPtrArray *sponsors)
{
  rd_json_member_array (writer, member);
  for (guint i = 0; i < sponsors->len; i++)
    rd_json_string (writer, ((RdSponsor *) g_ptr_array_index (sponsors, i))->name);
  rd_json_end_array (writer);
}

static void
write_document (RdJsonWriter *writer,
                const char *member,
                RdDocument *document)
{
  if (member != NULL)
    rd_json_member (writer, member);
  rd_json_begin_object (writer);
  rd_json_member_string (writer, "file", rd_document_get_file (document));
  rd_json_member_string (writer, "format", rd_document_get_format (document));
  rd_json_member_string (writer, "symbol", rd_document_get_symbol (document));
  rd_json_member_string (writer, "document_type", rd_document_get_document_type (document));
  rd_json_member_string (writer, "date", rd_document_get_date (document));
  rd_json_member_string (writer, "title", rd_document_get_title (document));
  rd_json_member_string (writer, "submitted_by", rd_document_get_field (document, RD_FIELD_SUBMITTED_BY));
  write_sponsor_names (writer, "sponsors", rd_document_get_sponsors (document));
  if (rd_document_get_record (document) != NULL)
    {
      static const RdField record_fields[] = { RD_FIELD_RECORD_TITLE, RD_FIELD_RECORD_DATE, RD_FIELD_VOTE, RD_FIELD_RECORD_AGENDA };

      /* The Digital Library's record, as every output shows it. */
      rd_json_member_object (writer, "record");
      for (guint i = 0; i < G_N_ELEMENTS (record_fields); i++)
        rd_json_member_string (writer, rd_field_to_string (record_fields[i]), rd_document_get_field (document, record_fields[i]));
      rd_json_end_object (writer);
    }
  rd_json_end_object (writer);
}

static void
write_items (RdJsonWriter *writer,
             const char *member,
             RdPresentation *presentation,
             const RdChange *change,
             RdSide side)
{
  RdChangeItem item;

  rd_json_member_array (writer, member);
  for (guint k = 0; rd_presentation_get_item (presentation, change, side, k, &item); k++)
    {
      rd_json_begin_object (writer);
      rd_json_member_int (writer, "index", item.index);
      rd_json_member_string (writer, "kind", item.footnote ? "footnote" : rd_paragraph_kind_to_string (item.kind));
      rd_json_member_string (writer, "number", item.number.value);
      rd_json_member_string (writer, "text", item.text);
      rd_json_end_object (writer);
    }
  rd_json_end_array (writer);
}

static void
write_diff (RdJsonWriter *writer,
            const RdDiff *diff)
{
  rd_json_begin_array (writer);
  for (guint s = 0; diff != NULL && s < diff->segments->len; s++)
    {
      const RdDiffSegment *segment = g_ptr_array_index (diff->segments, s);
      char op[2] = { (char) segment->op, '\0' };

      rd_json_begin_inline_array (writer);
      rd_json_string (writer, op);
      rd_json_string (writer, segment->text);
      rd_json_end_array (writer);
    }
  rd_json_end_array (writer);
}

/*
 * A change as data: the items of each side and the comparison's own diff
 * segments (docs/comparison-json.md), not the presentation's runs, which
 * are for showing; the presentation gives the items.
 */
static void
write_change (RdJsonWriter *writer,
              RdPresentation *presentation,
              const RdChange *change,
              const RdComparisonJsonExtra *extra)
{
  g_autofree char *label = rd_comparison_describe_change (rd_presentation_get_comparison (presentation), change);

  rd_json_begin_object (writer);
  rd_json_member_string (writer, "type", rd_change_type_to_string (change->type));
  rd_json_member_string (writer, "label", label);
  write_items (writer, "old", presentation, change, RD_SIDE_OLD);
  write_items (writer, "new", presentation, change, RD_SIDE_NEW);
  rd_json_member_bool (writer, "renumbered", change->renumbered);
  rd_json_member_bool (writer, "verb_changed", change->verb_changed);
  if (change->citations_changed)
    rd_json_member_bool (writer, "citations_changed", TRUE);
  if (change->verb_changed)
    {
      rd_json_member_string (writer, "old_verb", change->old_verb);
      rd_json_member_string (writer, "new_verb", change->new_verb);
    }
  if (change->verb_changed && change->verb_strength != RD_STRENGTH_UNKNOWN)
    rd_json_member_string (writer, "verb_strength", rd_strength_to_string (change->verb_strength));
  if (change->wording_strength != RD_STRENGTH_UNKNOWN)
    rd_json_member_string (writer, "wording_strength", rd_strength_to_string (change->wording_strength));
  rd_json_member_bool (writer, "routine", change->routine && rd_change_is_difference (change));
  if (change->origin != G_MAXUINT)
    rd_json_member_int (writer, "moved_from", change->origin);
  rd_json_member (writer, "similarity");
  rd_json_double (writer, change->similarity);
  rd_json_member (writer, "diff");
  if (change->diff != NULL)
    write_diff (writer, change->diff);
  else
    {
      /* Inserted or deleted: the whole text as one segment. */
      RdChangeItem item;

      rd_presentation_get_item (presentation, change, change->type == RD_CHANGE_INSERTED ? RD_SIDE_NEW : RD_SIDE_OLD, 0, &item);
      rd_json_begin_array (writer);
      rd_json_begin_inline_array (writer);
      rd_json_string (writer, change->type == RD_CHANGE_INSERTED ? "+" : "-");
      rd_json_string (writer, item.text);
      rd_json_end_array (writer);
      rd_json_end_array (writer);
    }
  if (change->parts != NULL)
    {
      rd_json_member_array (writer, "parts");
      for (guint k = 0; k < change->parts->len; k++)
        write_diff (writer, g_ptr_array_index (change->parts, k));
      rd_json_end_array (writer);
    }
  if (extra != NULL && extra->change != NULL)
    extra->change (writer, change, extra->user_data);
  rd_json_end_object (writer);
}

static void
write_changes (RdJsonWriter *writer,
               RdPresentation *presentation,
               const char *member,
               GPtrArray *changes,
               const RdComparisonJsonExtra *extra)
{
  /* On this one thread: the second half written in another was tried; it
   * waited on the one heap's lock (main.c), and a large comparison took
   * more processor time for about the same wall-clock time. */
  rd_json_member_array (writer, member);
  for (guint i = 0; i < changes->len; i++)
    write_change (writer, presentation, g_ptr_array_index (changes, i), extra);
  rd_json_end_array (writer);
}

static void
write_warnings (RdJsonWriter *writer,
                RdComparison *comparison)
{
  RdDocument *documents[] = { rd_comparison_get_old (comparison), rd_comparison_get_new (comparison) };
  GPtrArray *warnings = rd_comparison_get_warnings (comparison);

  rd_json_member_array (writer, "warnings");
  for (guint d = 0; d < G_N_ELEMENTS (documents); d++)
    {
      GPtrArray *document_warnings = rd_document_get_warnings (documents[d]);

      for (guint i = 0; i < document_warnings->len; i++)
        {
          g_autofree char *line = g_strdup_printf ("%s: %s", rd_document_get_file (documents[d]), (const char *) g_ptr_array_index (document_warnings, i));
          rd_json_string (writer, line);
        }
    }
  for (guint i = 0; i < warnings->len; i++)
    rd_json_string (writer, g_ptr_array_index (warnings, i));
  rd_json_end_array (writer);
}

void
rd_comparison_json_write (RdJsonWriter *writer,
                          RdComparison *comparison,
                          const RdComparisonJsonExtra *extra)
{
  g_autoptr (RdPresentation) presentation = rd_presentation_new (comparison);
  GPtrArray *header = rd_comparison_get_header_changes (comparison);
  const RdComparisonStats *stats = rd_comparison_get_stats (comparison);

  rd_json_begin_object (writer);
  rd_json_member_int (writer, "resdiff", RD_COMPARISON_JSON_VERSION);
  write_document (writer, "old", rd_comparison_get_old (comparison));
  write_document (writer, "new", rd_comparison_get_new (comparison));

  rd_json_member_array (writer, "header");
  for (guint i = 0; i < header->len; i++)
    {
      const RdHeaderChange *change = g_ptr_array_index (header, i);

      rd_json_begin_object (writer);
      rd_json_member_string (writer, "field", change->name);
      rd_json_member_string (writer, "old", change->old_value);
      rd_json_member_string (writer, "new", change->new_value);
      if (extra != NULL && extra->header != NULL)
        extra->header (writer, change, extra->user_data);
      rd_json_end_object (writer);
    }
  rd_json_end_array (writer);

  rd_json_member_object (writer, "sponsors");
  rd_json_member_object (writer, "listed");
  rd_json_member_bool (writer, "old", rd_comparison_get_sponsors_listed (comparison, FALSE));
  rd_json_member_bool (writer, "new", rd_comparison_get_sponsors_listed (comparison, TRUE));
  rd_json_end_object (writer);
  write_sponsor_names (writer, "added", rd_comparison_get_sponsors_added (comparison));
  write_sponsor_names (writer, "removed", rd_comparison_get_sponsors_removed (comparison));
  write_sponsor_names (writer, "kept", rd_comparison_get_sponsors_kept (comparison));
  rd_json_end_object (writer);

  write_changes (writer, presentation, "changes", rd_comparison_get_changes (comparison), extra);
  write_changes (writer, presentation, "footnotes", rd_comparison_get_footnote_changes (comparison), extra);

  rd_json_member_object (writer, "stats");
  for (guint type = 0; type < RD_N_CHANGE_TYPES; type++)
    rd_json_member_int (writer, rd_change_type_to_string (type), stats->counts[type]);
  rd_json_member_int (writer, "renumbered", stats->renumbered);
  rd_json_member_int (writer, "verbs_changed", stats->verbs_changed);
  rd_json_member_int (writer, "operative_verbs_changed", stats->operative_verbs_changed);
  rd_json_member_int (writer, "preambular_verbs_changed", stats->preambular_verbs_changed);
  rd_json_member_int (writer, "words_inserted", stats->words_inserted);
  rd_json_member_int (writer, "words_deleted", stats->words_deleted);
  rd_json_member_int (writer, "footnotes_changed", stats->footnotes_changed);
  rd_json_member_int (writer, "substantive", stats->substantive);
  rd_json_member_int (writer, "routine", stats->routine);
  rd_json_member_int (writer, "weakened", stats->weakened);
  rd_json_member_int (writer, "strengthened", stats->strengthened);
  rd_json_end_object (writer);

  write_warnings (writer, comparison);
  if (extra != NULL && extra->top != NULL)
    extra->top (writer, extra->user_data);
  rd_json_end_object (writer);
}

void
rd_comparison_json_write_document (RdJsonWriter *writer,
                                   RdDocument *document)
{
  write_document (writer, NULL, document);
}

static char *
write_json (RdComparison *comparison,
            const RdComparisonJsonExtra *extra,
            RdJsonSink sink,
            gpointer user_data)
{
  RdJsonWriter *writer = rd_json_writer_new ();

  if (sink != NULL)
    rd_json_writer_set_sink (writer, sink, user_data);
  rd_comparison_json_write (writer, comparison, extra);
  return rd_json_writer_finish (writer);
}

char *
rd_comparison_to_json (RdComparison *comparison)
{
  return write_json (comparison, NULL, NULL, NULL);
}

gboolean
rd_comparison_write_json (RdComparison *comparison,
                          RdJsonSink sink,
                          gpointer user_data)
{
  g_autofree char *rest = write_json (comparison, NULL, sink, user_data);

  return rest != NULL;
}

char *
rd_comparison_to_json_extra (RdComparison *comparison,
                             const RdComparisonJsonExtra *extra)
{
  return write_json (comparison, extra, NULL, NULL);
}

gboolean
rd_comparison_write_json_extra (RdComparison *comparison,
                                const RdComparisonJsonExtra *extra,
                                RdJsonSink sink,
                                gpointer user_data)
{
  g_autofree char *rest = write_json (comparison, extra, sink, user_data);

  return rest != NULL;
}
