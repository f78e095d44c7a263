/* rd-text-writer.c: a comparison as text for a terminal (--format=text)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-text-writer.h"

#include <glib/gi18n-lib.h>

#define COLOR_BOLD "\033[1m"
#define COLOR_DELETE "\033[31m"
#define COLOR_INSERT "\033[32m"
#define COLOR_MOVE "\033[36m"
#define COLOR_RESET "\033[0m"

typedef struct
{
  GString *out;
  gboolean color;
  const RdTextExtra *extra;
} Writer;

static void
start_color (Writer *writer,
             const char *color)
{
  if (writer->color)
    g_string_append (writer->out, color);
}

static void
end_color (Writer *writer)
{
  if (writer->color)
    g_string_append (writer->out, COLOR_RESET);
}

static void
append_deleted (Writer *writer,
                const char *text)
{
  start_color (writer, COLOR_DELETE);
  g_string_append_printf (writer->out, "[-%s-]", text);
  end_color (writer);
}

static void
append_inserted (Writer *writer,
                 const char *text)
{
  start_color (writer, COLOR_INSERT);
  g_string_append_printf (writer->out, "{+%s+}", text);
  end_color (writer);
}

/* A segment's text with its leading white space outside the marks, so
 * "[- the-]" reads " [-the-]". */
static void
append_segment (Writer *writer,
                const RdDiffSegment *segment)
{
  const char *text = segment->text;
  gsize lead = 0;

  if (segment->op == RD_DIFF_EQUAL)
    {
      g_string_append (writer->out, text);
      return;
    }
  while (g_ascii_isspace (text[lead]))
    lead++;
  g_string_append_len (writer->out, text, lead);
  if (segment->op == RD_DIFF_DELETE)
    append_deleted (writer, text + lead);
  else
    append_inserted (writer, text + lead);
}

static void
append_diff (Writer *writer,
             const RdDiff *diff)
{
  g_string_append (writer->out, "    ");
  for (guint s = 0; s < diff->segments->len; s++)
    append_segment (writer, g_ptr_array_index (diff->segments, s));
  g_string_append_c (writer->out, '\n');
}

static const char *
item_text (RdDocument *document,
           const RdChange *change,
           guint index)
{
  if (change->footnote)
    return ((RdFootnote *) g_ptr_array_index (rd_document_get_footnotes (document), index))->text;
  return ((RdParagraph *) g_ptr_array_index (rd_document_get_paragraphs (document), index))->text;
}

static void
append_note (Writer *writer,
             char *note)
{
  if (note != NULL && *note != '\0')
    g_string_append_printf (writer->out, "  [%s]", note);
  g_free (note);
}

static void
append_change (Writer *writer,
               RdComparison *comparison,
               const RdChange *change)
{
  g_autofree char *label = rd_comparison_describe_change (comparison, change);

  start_color (writer, COLOR_BOLD);
  g_string_append (writer->out, label);
  end_color (writer);
  if (writer->extra != NULL && writer->extra->change_note != NULL)
    append_note (writer, writer->extra->change_note (change, writer->extra->user_data));
  g_string_append_c (writer->out, '\n');

  switch (change->type)
    {
    case RD_CHANGE_INSERTED:
      g_string_append (writer->out, "    ");
      append_inserted (writer, item_text (rd_comparison_get_new (comparison), change, g_array_index (change->new_items, guint, 0)));
      g_string_append_c (writer->out, '\n');
      break;
    case RD_CHANGE_DELETED:
      g_string_append (writer->out, "    ");
      append_deleted (writer, item_text (rd_comparison_get_old (comparison), change, g_array_index (change->old_items, guint, 0)));
      g_string_append_c (writer->out, '\n');
      break;
    case RD_CHANGE_MOVED:
      if (change->diff != NULL && !rd_diff_has_changes (change->diff))
        {
          g_string_append (writer->out, "    ");
          start_color (writer, COLOR_MOVE);
          g_string_append (writer->out, item_text (rd_comparison_get_new (comparison), change, g_array_index (change->new_items, guint, 0)));
          end_color (writer);
          g_string_append_c (writer->out, '\n');
          break;
        }
      G_GNUC_FALLTHROUGH;
    case RD_CHANGE_MODIFIED:
    case RD_CHANGE_UNCHANGED:
      if (change->diff != NULL)
        append_diff (writer, change->diff);
      break;
    case RD_CHANGE_SPLIT:
    case RD_CHANGE_MERGED:
      for (guint k = 0; change->parts != NULL && k < change->parts->len; k++)
        append_diff (writer, g_ptr_array_index (change->parts, k));
      break;
    case RD_N_CHANGE_TYPES:
    default:
      g_assert_not_reached ();
    }
  g_string_append_c (writer->out, '\n');
}

static void
append_sponsor_list (Writer *writer,
                     const char *label,
                     GPtrArray *sponsors)
{
  if (sponsors->len == 0)
    return;
  g_string_append_printf (writer->out, "  %s: ", label);
  for (guint i = 0; i < sponsors->len; i++)
    {
      if (i > 0)
        g_string_append (writer->out, ", ");
      g_string_append (writer->out, ((RdSponsor *) g_ptr_array_index (sponsors, i))->name);
    }
  g_string_append_c (writer->out, '\n');
}

static void
append_document_line (Writer *writer,
                      const char *label,
                      RdDocument *document)
{
  const char *symbol = rd_document_get_symbol (document);
  const char *type = rd_document_get_document_type (document);
  const char *date = rd_document_get_date (document);

  g_string_append_printf (writer->out, "%s %s", label, symbol != NULL ? symbol : rd_document_get_file (document));
  if (type != NULL || date != NULL)
    g_string_append_printf (writer->out, " (%s%s%s)", type != NULL ? type : "", type != NULL && date != NULL ? ", " : "", date != NULL ? date : "");
  g_string_append_c (writer->out, '\n');
}

char *
rd_text_write (RdComparison *comparison,
               gboolean color)
{
  return rd_text_write_extra (comparison, color, NULL);
}

char *
rd_text_write_extra (RdComparison *comparison,
                     gboolean color,
                     const RdTextExtra *extra)
{
  Writer writer = { g_string_new (NULL), color, extra };
  GPtrArray *header = rd_comparison_get_header_changes (comparison);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  GPtrArray *footnotes = rd_comparison_get_footnote_changes (comparison);
  GPtrArray *warnings = rd_comparison_get_warnings (comparison);
  const RdComparisonStats *stats = rd_comparison_get_stats (comparison);
  RdDocument *documents[] = { rd_comparison_get_old (comparison), rd_comparison_get_new (comparison) };

  start_color (&writer, COLOR_BOLD);
  append_document_line (&writer, _ ("Old:"), documents[0]);
  append_document_line (&writer, _ ("New:"), documents[1]);
  end_color (&writer);
  if (extra != NULL && extra->preamble != NULL)
    extra->preamble (writer.out, extra->user_data);
  g_string_append_c (writer.out, '\n');

  if (header->len > 0)
    {
      g_string_append_printf (writer.out, "%s\n", _ ("Header changes:"));
      for (guint i = 0; i < header->len; i++)
        {
          const RdHeaderChange *change = g_ptr_array_index (header, i);
          g_string_append_printf (writer.out, "  %s: %s → %s", change->name,
                                  change->old_value != NULL ? change->old_value : "—",
                                  change->new_value != NULL ? change->new_value : "—");
          if (extra != NULL && extra->header_note != NULL)
            append_note (&writer, extra->header_note (change, extra->user_data));
          g_string_append_c (writer.out, '\n');
        }
    }

  g_string_append_printf (writer.out, _ ("Sponsors: %u added, %u removed, %u kept"),
                          rd_comparison_get_sponsors_added (comparison)->len,
                          rd_comparison_get_sponsors_removed (comparison)->len,
                          rd_comparison_get_sponsors_kept (comparison)->len);
  g_string_append_c (writer.out, '\n');
  append_sponsor_list (&writer, _ ("added"), rd_comparison_get_sponsors_added (comparison));
  append_sponsor_list (&writer, _ ("removed"), rd_comparison_get_sponsors_removed (comparison));

  g_string_append_printf (writer.out, _ ("Paragraphs: %u unchanged (%u renumbered), %u modified, %u inserted, %u deleted, %u moved, %u split, %u merged"),
                          stats->counts[RD_CHANGE_UNCHANGED], stats->renumbered, stats->counts[RD_CHANGE_MODIFIED],
                          stats->counts[RD_CHANGE_INSERTED], stats->counts[RD_CHANGE_DELETED], stats->counts[RD_CHANGE_MOVED],
                          stats->counts[RD_CHANGE_SPLIT], stats->counts[RD_CHANGE_MERGED]);
  g_string_append_c (writer.out, '\n');
  g_string_append_printf (writer.out, _ ("Words: %u inserted, %u deleted; operative verbs changed: %u; footnotes changed: %u"),
                          stats->words_inserted, stats->words_deleted, stats->verbs_changed, stats->footnotes_changed);
  g_string_append (writer.out, "\n");

  for (guint i = 0; i < warnings->len; i++)
    g_string_append_printf (writer.out, "%s %s\n", _ ("Warning:"), (const char *) g_ptr_array_index (warnings, i));
  for (guint d = 0; d < G_N_ELEMENTS (documents); d++)
    {
      GPtrArray *document_warnings = rd_document_get_warnings (documents[d]);
      for (guint i = 0; i < document_warnings->len; i++)
        g_string_append_printf (writer.out, "%s %s: %s\n", _ ("Warning:"), rd_document_get_file (documents[d]), (const char *) g_ptr_array_index (document_warnings, i));
    }
  g_string_append_c (writer.out, '\n');

  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);
      if (rd_change_is_difference (change))
        append_change (&writer, comparison, change);
    }
  for (guint i = 0; i < footnotes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (footnotes, i);
      if (rd_change_is_difference (change))
        append_change (&writer, comparison, change);
    }

  return g_string_free (writer.out, FALSE);
}
