/* rd-text-writer.c: a comparison as text for a terminal (--format=text)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-text-writer.h"

#include "rd-annotations.h"

#include "rd-presentation.h"
#include "rd-series-presentation.h"
#include "rd-series.h"
#include "rd-summary.h"

#include <glib/gi18n-lib.h>

#define COLOR_BOLD "\033[1m"
#define COLOR_DELETE "\033[31m"
#define COLOR_INSERT "\033[32m"
#define COLOR_MOVE "\033[36m"
#define COLOR_ROUTINE "\033[90m"
#define COLOR_RESET "\033[0m"

typedef struct
{
  GString *out;
  gboolean color;
  RdPresentation *presentation;
  const RdTextExtra *extra;
  gboolean substantive_only;
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

static const char *
mark_color (RdRunMark mark)
{
  return mark == RD_RUN_DELETED ? COLOR_DELETE : COLOR_INSERT;
}

/* A routine update's marks are grey, whichever way they go (the brackets
 * still say which). */
static void
open_mark_routine (Writer *writer,
                   RdRunMark mark,
                   gboolean routine)
{
  if (mark == RD_RUN_COMMON)
    return;
  start_color (writer, routine ? COLOR_ROUTINE : mark_color (mark));
  g_string_append (writer->out, mark == RD_RUN_DELETED ? "[-" : "{+");
}

static void
open_mark (Writer *writer,
           RdRunMark mark)
{
  open_mark_routine (writer, mark, FALSE);
}

static void
close_mark (Writer *writer,
            RdRunMark mark)
{
  if (mark == RD_RUN_COMMON)
    return;
  g_string_append (writer->out, mark == RD_RUN_DELETED ? "-]" : "+}");
  end_color (writer);
}

/* A paragraph's runs on one line (all in the colour of moves when
 * @moved): deletions as [-...-] and insertions as
 * {+...+}, a run's leading white space outside its mark ("[- the-]" reads
 * " [-the-]"); footnote marks as [^5]; a removed paragraph break as
 * [-¶ 9.-]. */
/* After a passage of agreed language (RdRun.agreed_in), where it was
 * adopted: "{+…+}⟨agreed in A/RES/79/198, PP 6⟩". */
static void
append_agreed (Writer *writer,
               const char **agreed_in)
{
  if (*agreed_in == NULL)
    return;
  g_string_append (writer->out, "⟨");
  /* TRANSLATORS: after words of an insertion adopted before: where */
  g_string_append_printf (writer->out, _ ("agreed in %s"), *agreed_in);
  g_string_append (writer->out, "⟩");
  *agreed_in = NULL;
}

static void
append_runs (Writer *writer,
             const GPtrArray *runs,
             gboolean moved)
{
  RdRunMark open = RD_RUN_COMMON;
  gboolean open_routine = FALSE;
  const char *open_agreed = NULL;

  g_string_append (writer->out, "    ");
  if (moved)
    start_color (writer, COLOR_MOVE);
  for (guint i = 0; i < runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (runs, i);
      const char *text = run->text != NULL ? run->text : "";

      if (run->kind == RD_RUN_PARAGRAPH_BREAK)
        {
          close_mark (writer, open);
          append_agreed (writer, &open_agreed);
          open = RD_RUN_COMMON;
          g_string_append_c (writer->out, ' ');
          open_mark (writer, RD_RUN_DELETED);
          g_string_append (writer->out, "¶");
          if (run->text != NULL)
            g_string_append_printf (writer->out, " %s", run->text);
          close_mark (writer, RD_RUN_DELETED);
          g_string_append_c (writer->out, ' ');
          continue;
        }
      if (run->mark != open || run->routine != open_routine || g_strcmp0 (run->agreed_in, open_agreed) != 0)
        {
          close_mark (writer, open);
          append_agreed (writer, &open_agreed);
          open_agreed = run->agreed_in;
          while (run->kind == RD_RUN_TEXT && run->mark != RD_RUN_COMMON && g_ascii_isspace (*text))
            g_string_append_c (writer->out, *text++);
          open_mark_routine (writer, run->mark, run->routine);
          open = run->mark;
          open_routine = run->routine;
        }
      if (run->kind == RD_RUN_FOOTNOTE_REF)
        g_string_append_printf (writer->out, "[^%s]", text);
      else
        g_string_append (writer->out, text);
    }
  close_mark (writer, open);
  append_agreed (writer, &open_agreed);
  if (moved)
    end_color (writer);
  g_string_append_c (writer->out, '\n');
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
               const RdChange *change)
{
  g_autofree char *label = rd_comparison_describe_change (rd_presentation_get_comparison (writer->presentation), change);
  g_autoptr (GPtrArray) paragraphs = rd_presentation_get_paragraphs (writer->presentation, change, RD_SIDE_REDLINE);
  /* A paragraph moved and not edited: its text in the colour of moves. */
  gboolean moved_only = change->type == RD_CHANGE_MOVED && change->diff != NULL && !rd_diff_has_changes (change->diff);
  RdChangeMarks marks;

  rd_presentation_get_marks (writer->presentation, change, &marks);
  start_color (writer, marks.routine ? COLOR_ROUTINE : COLOR_BOLD);
  g_string_append (writer->out, label);
  end_color (writer);
  if (marks.routine)
    append_note (writer, g_strdup (_ ("routine")));
  if (marks.strength == RD_STRENGTH_WEAKENED)
    append_note (writer, g_strdup (_ ("weakened")));
  else if (marks.strength == RD_STRENGTH_STRENGTHENED)
    append_note (writer, g_strdup (_ ("strengthened")));
  if (writer->extra != NULL && writer->extra->change_note != NULL)
    append_note (writer, writer->extra->change_note (change, writer->extra->user_data));
  else
    /* The notes the other outputs show (the library's agreed language). */
    append_note (writer, rd_presentation_dup_change_note (writer->presentation, change));
  g_string_append_c (writer->out, '\n');

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdShownParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      append_runs (writer, paragraph->runs, moved_only);
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
                      RdSide side)
{
  RdDocument *document = rd_presentation_get_document (writer->presentation, side);
  const char *type = rd_document_get_document_type (document);
  const char *date = rd_document_get_date (document);

  const GArray *record_fields = rd_presentation_get_record_fields (writer->presentation);

  g_string_append_printf (writer->out, "%s %s", label, rd_presentation_get_name (writer->presentation, side));
  if (type != NULL || date != NULL)
    g_string_append_printf (writer->out, " (%s%s%s)", type != NULL ? type : "", type != NULL && date != NULL ? ", " : "", date != NULL ? date : "");
  g_string_append_c (writer->out, '\n');
  /* The Digital Library's record, indented under its version. */
  for (guint i = 0; i < record_fields->len; i++)
    {
      RdField field = g_array_index (record_fields, RdField, i);
      const char *value = rd_document_get_field (document, field);

      if (value != NULL)
        g_string_append_printf (writer->out, "  %s: %s\n", rd_field_to_label (field), value);
    }
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
  return rd_text_write_full (comparison, color, FALSE, extra);
}

void
rd_text_append_strength (GString *out,
                         RdComparison *comparison)
{
  const RdComparisonStats *stats = rd_comparison_get_stats (comparison);
  g_autofree char *strength = rd_comparison_describe_strength (comparison);

  g_string_append_printf (out, _ ("Substantive changes: %u; routine changes: %u"), stats->substantive, stats->routine);
  if (*strength != '\0')
    g_string_append_printf (out, "; %s", strength);
  g_string_append_c (out, '\n');
}

char *
rd_text_write_full (RdComparison *comparison,
                    gboolean color,
                    gboolean substantive_only,
                    const RdTextExtra *extra)
{
  g_autoptr (RdPresentation) presentation = rd_presentation_new (comparison);
  Writer writer = { g_string_new (NULL), color, presentation, extra, substantive_only };
  GPtrArray *header = rd_comparison_get_header_changes (comparison);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  GPtrArray *footnotes = rd_comparison_get_footnote_changes (comparison);
  GPtrArray *warnings = rd_comparison_get_warnings (comparison);
  const RdComparisonStats *stats = rd_comparison_get_stats (comparison);
  RdDocument *documents[] = { rd_comparison_get_old (comparison), rd_comparison_get_new (comparison) };

  start_color (&writer, COLOR_BOLD);
  append_document_line (&writer, _ ("Old:"), RD_SIDE_OLD);
  append_document_line (&writer, _ ("New:"), RD_SIDE_NEW);
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
          g_string_append_printf (writer.out, "  %s: %s → %s", rd_header_change_get_label (change),
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
  if (*rd_presentation_get_sponsors_listing (presentation) != '\0')
    g_string_append_printf (writer.out, "  %s\n", rd_presentation_get_sponsors_listing (presentation));
  append_sponsor_list (&writer, _ ("added"), rd_comparison_get_sponsors_added (comparison));
  append_sponsor_list (&writer, _ ("removed"), rd_comparison_get_sponsors_removed (comparison));

  g_string_append_printf (writer.out, _ ("Paragraphs: %u unchanged (%u renumbered), %u modified, %u inserted, %u deleted, %u moved, %u split, %u merged"),
                          stats->counts[RD_CHANGE_UNCHANGED], stats->renumbered, stats->counts[RD_CHANGE_MODIFIED],
                          stats->counts[RD_CHANGE_INSERTED], stats->counts[RD_CHANGE_DELETED], stats->counts[RD_CHANGE_MOVED],
                          stats->counts[RD_CHANGE_SPLIT], stats->counts[RD_CHANGE_MERGED]);
  g_string_append_c (writer.out, '\n');
  if (stats->renumbered > 0)
    {
      /* TRANSLATORS: followed by runs of renumbered paragraphs: "OP 3–10 → 4–11; OP 12 → 14" */
      g_string_append_printf (writer.out, _ ("Renumbered: %s"), rd_presentation_get_renumbering (presentation));
      g_string_append_c (writer.out, '\n');
    }
  g_string_append_printf (writer.out, _ ("Words: %u inserted, %u deleted; verbs changed: %u operative, %u preambular; footnotes changed: %u"),
                          stats->words_inserted, stats->words_deleted, stats->operative_verbs_changed, stats->preambular_verbs_changed, stats->footnotes_changed);
  g_string_append (writer.out, "\n");
  rd_text_append_strength (writer.out, comparison);
  if (extra == NULL)
    {
      g_autoptr (GPtrArray) sections = rd_annotations_dup_sections (comparison);

      for (guint i = 0; i < sections->len; i++)
        {
          const RdNoteSection *section = g_ptr_array_index (sections, i);

          g_string_append_printf (writer.out, "%s\n", section->title);
          for (guint l = 0; l < section->lines->len; l++)
            g_string_append_printf (writer.out, "  %s\n", (const char *) g_ptr_array_index (section->lines, l));
        }
    }

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
      if (rd_change_is_difference (change) && rd_presentation_is_shown (presentation, change, substantive_only))
        append_change (&writer, change);
    }
  for (guint i = 0; i < footnotes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (footnotes, i);
      if (rd_change_is_difference (change) && rd_presentation_is_shown (presentation, change, substantive_only))
        append_change (&writer, change);
    }

  return g_string_free (writer.out, FALSE);
}

/* A series, from its presentation (rd-series-presentation.h) */

static void
append_lineage (Writer *writer,
                const RdShownHistory *history)
{
  start_color (writer, COLOR_BOLD);
  g_string_append (writer->out, history->title);
  end_color (writer);
  g_string_append_c (writer->out, '\n');

  for (guint e = 0; e < history->entries->len; e++)
    {
      const RdShownHistoryEntry *entry = g_ptr_array_index (history->entries, e);

      g_string_append_printf (writer->out, "  %u → %u: ", entry->step + 1, entry->step + 2);
      g_string_append (writer->out, entry->label);
      if (entry->marks.routine)
        append_note (writer, g_strdup (_ ("routine")));
      if (entry->marks.strength == RD_STRENGTH_WEAKENED)
        append_note (writer, g_strdup (_ ("weakened")));
      else if (entry->marks.strength == RD_STRENGTH_STRENGTHENED)
        append_note (writer, g_strdup (_ ("strengthened")));
      if (entry->note != NULL)
        append_note (writer, g_strdup (entry->note));
      g_string_append_c (writer->out, '\n');
      for (guint i = 0; i < entry->paragraphs->len; i++)
        append_runs (writer, ((RdShownParagraph *) g_ptr_array_index (entry->paragraphs, i))->runs, FALSE);
    }
  g_string_append_c (writer->out, '\n');
}

char *
rd_text_write_series (RdSeries *series,
                      gboolean color,
                      gboolean substantive_only)
{
  Writer writer = { g_string_new (NULL), color, NULL, NULL, substantive_only };
  g_autoptr (RdSeriesPresentation) presentation = rd_series_presentation_new (series);
  g_autoptr (GPtrArray) histories = rd_series_presentation_dup_history (presentation, substantive_only);
  guint n_versions = rd_series_presentation_get_n_versions (presentation);

  start_color (&writer, COLOR_BOLD);
  g_string_append_printf (writer.out, _ ("Series of %u versions:"), n_versions);
  end_color (&writer);
  g_string_append_c (writer.out, '\n');
  for (guint v = 0; v < n_versions; v++)
    {
      const char *details = rd_series_presentation_get_version_details (presentation, v);

      g_string_append_printf (writer.out, "  %u. %s", v + 1, rd_series_presentation_get_version_name (presentation, v));
      if (*details != '\0')
        g_string_append_printf (writer.out, " (%s)", details);
      g_string_append_c (writer.out, '\n');
    }
  g_string_append_c (writer.out, '\n');

  for (guint s = 0; s < rd_series_presentation_get_n_steps (presentation); s++)
    {
      g_autofree char *title = rd_series_presentation_dup_step_title (presentation, s);
      g_autoptr (GPtrArray) lines = rd_series_presentation_dup_step_summary (presentation, s);

      start_color (&writer, COLOR_BOLD);
      g_string_append (writer.out, title);
      end_color (&writer);
      g_string_append_c (writer.out, '\n');
      for (guint l = 0; l < lines->len; l++)
        g_string_append_printf (writer.out, "  %s\n", (const char *) g_ptr_array_index (lines, l));
      g_string_append_c (writer.out, '\n');
    }

  start_color (&writer, COLOR_BOLD);
  g_string_append (writer.out, _ ("History of the paragraphs that changed:"));
  end_color (&writer);
  g_string_append (writer.out, "\n\n");
  for (guint i = 0; i < histories->len; i++)
    append_lineage (&writer, g_ptr_array_index (histories, i));
  return g_string_free (writer.out, FALSE);
}
