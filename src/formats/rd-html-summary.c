/* rd-html-summary.c: the HTML export's front matter: the title block, the
 * summary, the legend and the list of changes
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-html-private.h"

/* Static helpers */

static void
add_version_row (xmlNodePtr body,
                 const char *label,
                 const char *old_value,
                 const char *new_value)
{
  xmlNodePtr row = rd_html_add_block (body, "tr", NULL);
  const char *values[] = { old_value, new_value };

  rd_html_add_text_element (row, "th", NULL, label);
  rd_html_set_attribute (row->last, "scope", "row");
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      if (values[i] != NULL)
        rd_html_add_text_element (row, "td", NULL, values[i]);
      else
        rd_html_add_text_element (row, "td", "none", "—");
    }
}

static void
add_sponsor_names (xmlNodePtr list,
                   const char *label,
                   GPtrArray *sponsors,
                   const char *mark)
{
  xmlNodePtr names;

  if (sponsors->len == 0)
    return;
  rd_html_add_textf (rd_html_add_block (list, "dt", NULL), "%s (%u)", label, sponsors->len);
  names = rd_html_add_element (rd_html_add_block (list, "dd", NULL), "ul", "names");
  for (guint i = 0; i < sponsors->len; i++)
    rd_html_add_text_element (rd_html_add_element (names, "li", NULL), mark, NULL, ((const RdSponsor *) g_ptr_array_index (sponsors, i))->name);
}

static void
add_legend_entry (xmlNodePtr list,
                  xmlNodePtr *sample,
                  const char *explanation)
{
  *sample = rd_html_add_block (list, "dt", NULL);
  rd_html_add_text (rd_html_add_block (list, "dd", NULL), explanation);
}

/* Public API */

/* Title block */

xmlNodePtr
rd_html_add_title_header (xmlNodePtr body,
                          const char *kicker,
                          const char *title)
{
  xmlNodePtr header = rd_html_add_block (body, "header", "title-block");

  rd_html_set_attribute (header, "id", "top");
  rd_html_add_text_element (rd_html_add_block (header, "p", "kicker"), "span", NULL, kicker);
  rd_html_add_text_element (header, "h1", NULL, title != NULL ? title : kicker);
  return header;
}

void
rd_html_add_column_heading (xmlNodePtr row,
                            const char *text)
{
  rd_html_add_text_element (row, "th", NULL, text);
  rd_html_set_attribute (row->last, "scope", "col");
}

xmlNodePtr
rd_html_add_generated_line (xmlNodePtr header,
                            const RdHtmlOptions *options)
{
  g_autoptr (GDateTime) now = NULL;
  GDateTime *generated = options->generated;
  g_autofree char *when = NULL;
  g_autofree char *when_iso = NULL;
  xmlNodePtr line;
  xmlNodePtr time;

  if (generated == NULL)
    generated = now = g_date_time_new_now_local ();
  /* TRANSLATORS: the date and time the file was made, as
   * g_date_time_format writes it: "1 May 2026, 14:05 CEST" */
  when = g_date_time_format (generated, _ ("%-d %B %Y, %H:%M %Z"));
  when_iso = g_date_time_format (generated, "%Y-%m-%dT%H:%M:%S%:z");

  line = rd_html_add_block (header, "p", "generated");
  /* TRANSLATORS: followed by the date and time the file was made */
  rd_html_add_textf (line, "%s ", _ ("Generated on"));
  time = rd_html_add_text_element (line, "time", NULL, when);
  rd_html_set_attribute (time, "datetime", when_iso);
  /* TRANSLATORS: "by resdiff 0.1.0", the program that made the file */
  rd_html_add_textf (line, _ (" by %s %s"), options->program_name != NULL ? options->program_name : PACKAGE_NAME,
                     options->program_version != NULL ? options->program_version : PACKAGE_VERSION);
  return line;
}

void
rd_html_add_title_block (RdHtmlWriter *w,
                         xmlNodePtr body)
{
  const char *title = rd_document_get_title (w->documents[RD_SIDE_NEW]);
  g_autofree char *old_file = rd_document_dup_file_name (w->documents[RD_SIDE_OLD]);
  g_autofree char *new_file = rd_document_dup_file_name (w->documents[RD_SIDE_NEW]);
  xmlNodePtr header;
  xmlNodePtr table;
  xmlNodePtr head_row;
  xmlNodePtr rows;
  xmlNodePtr line;
  const GArray *record_fields = rd_presentation_get_record_fields (w->presentation);

  if (title == NULL)
    title = rd_document_get_title (w->documents[RD_SIDE_OLD]);
  header = rd_html_add_title_header (body, _ ("Comparison of two versions"), title);

  table = rd_html_add_block (header, "table", "versions");
  head_row = rd_html_add_block (rd_html_add_block (table, "thead", NULL), "tr", NULL);
  rd_html_add_element (head_row, "td", NULL);
  rd_html_add_column_heading (head_row, _ ("Old version"));
  rd_html_add_column_heading (head_row, _ ("New version"));
  rows = rd_html_add_block (table, "tbody", NULL);
  add_version_row (rows, _ ("Symbol"), rd_document_get_symbol (w->documents[RD_SIDE_OLD]), rd_document_get_symbol (w->documents[RD_SIDE_NEW]));
  add_version_row (rows, _ ("Document type"), rd_document_get_document_type (w->documents[RD_SIDE_OLD]), rd_document_get_document_type (w->documents[RD_SIDE_NEW]));
  add_version_row (rows, _ ("Date"), rd_document_get_date (w->documents[RD_SIDE_OLD]), rd_document_get_date (w->documents[RD_SIDE_NEW]));
  add_version_row (rows, _ ("Title"), rd_document_get_title (w->documents[RD_SIDE_OLD]), rd_document_get_title (w->documents[RD_SIDE_NEW]));
  add_version_row (rows, _ ("File"), old_file, new_file);
  /* The Digital Library's records (documents opened by symbol). */
  for (guint i = 0; i < record_fields->len; i++)
    {
      RdField field = g_array_index (record_fields, RdField, i);
      add_version_row (rows, rd_field_to_label (field), rd_document_get_field (w->documents[RD_SIDE_OLD], field),
                       rd_document_get_field (w->documents[RD_SIDE_NEW], field));
    }

  line = rd_html_add_generated_line (header, w->options);
  rd_html_add_text (line, " · ");
  rd_html_add_text (line, w->side_by_side ? _ ("old and new side by side") : _ ("redline: the new text with the changes marked"));
  if (w->options->changes_only)
    {
      rd_html_add_text (line, " · ");
      rd_html_add_text (line, _ ("changes only"));
    }
  rd_html_add_text (line, ".");
}

/* Summary */

void
rd_html_add_summary (RdHtmlWriter *w,
                     xmlNodePtr main_node)
{
  GPtrArray *header = rd_comparison_get_header_changes (w->comparison);
  GPtrArray *added = rd_comparison_get_sponsors_added (w->comparison);
  GPtrArray *removed = rd_comparison_get_sponsors_removed (w->comparison);
  GPtrArray *kept = rd_comparison_get_sponsors_kept (w->comparison);
  const RdComparisonStats *stats = rd_comparison_get_stats (w->comparison);
  GPtrArray *warnings = rd_comparison_get_warnings (w->comparison);
  xmlNodePtr section = rd_html_add_block (main_node, "section", "summary");
  xmlNodePtr node;
  xmlNodePtr row;
  gboolean any_warning = warnings->len > 0;

  rd_html_set_attribute (section, "id", "summary");
  rd_html_add_text_element (rd_html_add_block (section, "h2", NULL), "span", NULL, _ ("Summary"));

  if (!rd_comparison_has_differences (w->comparison))
    rd_html_add_text_element (rd_html_add_block (section, "p", "verdict"), "strong", NULL, _ ("The two versions do not differ."));

  /* Header */
  rd_html_add_text (rd_html_add_block (section, "h3", NULL), _ ("Header"));
  if (header->len == 0)
    rd_html_add_text (rd_html_add_block (section, "p", NULL), _ ("No changes to the header."));
  else
    {
      xmlNodePtr table = rd_html_add_block (section, "table", "header-changes");
      xmlNodePtr rows;

      row = rd_html_add_block (rd_html_add_block (table, "thead", NULL), "tr", NULL);
      rd_html_add_text_element (row, "th", NULL, _ ("Field"));
      rd_html_add_text_element (row, "th", NULL, _ ("Old version"));
      rd_html_add_text_element (row, "th", NULL, _ ("New version"));
      rows = rd_html_add_block (table, "tbody", NULL);
      for (guint i = 0; i < header->len; i++)
        {
          const RdHeaderChange *change = g_ptr_array_index (header, i);

          row = rd_html_add_block (rows, "tr", NULL);
          rd_html_add_text_element (row, "th", NULL, rd_header_change_get_label (change));
          rd_html_set_attribute (row->last, "scope", "row");
          if (change->old_value != NULL)
            rd_html_add_text_element (rd_html_add_element (row, "td", NULL), "del", NULL, change->old_value);
          else
            rd_html_add_text_element (row, "td", "none", "—");
          if (change->new_value != NULL)
            rd_html_add_text_element (rd_html_add_element (row, "td", NULL), "ins", NULL, change->new_value);
          else
            rd_html_add_text_element (row, "td", "none", "—");
        }
    }

  /* Sponsors */
  rd_html_add_text (rd_html_add_block (section, "h3", NULL), _ ("Sponsors"));
  /* TRANSLATORS: counts of sponsors: "2 added, 1 removed, 32 kept." */
  rd_html_add_textf (rd_html_add_block (section, "p", NULL), _ ("%u added, %u removed, %u kept."), added->len, removed->len, kept->len);
  if (*rd_presentation_get_sponsors_listing (w->presentation) != '\0')
    rd_html_add_text (rd_html_add_block (section, "p", "sponsors-listing"), rd_presentation_get_sponsors_listing (w->presentation));
  if (added->len > 0 || removed->len > 0)
    {
      node = rd_html_add_block (section, "dl", "sponsors");
      add_sponsor_names (node, _ ("Added"), added, "ins");
      add_sponsor_names (node, _ ("Removed"), removed, "del");
    }

  /* Paragraphs */
  rd_html_add_text (rd_html_add_block (section, "h3", NULL), _ ("Paragraphs"));
  {
    xmlNodePtr table = rd_html_add_block (section, "table", "counts");
    xmlNodePtr head = rd_html_add_block (rd_html_add_block (table, "thead", NULL), "tr", NULL);
    xmlNodePtr counts = rd_html_add_block (rd_html_add_block (table, "tbody", NULL), "tr", NULL);

    for (guint type = 0; type < RD_N_CHANGE_TYPES; type++)
      {
        rd_html_add_text_element (head, "th", rd_change_type_to_string (type), rd_change_type_to_label (type));
        rd_html_add_textf (rd_html_add_element (counts, "td", NULL), "%u", stats->counts[type]);
      }
  }
  node = rd_html_add_block (section, "p", "renumbered");
  rd_html_add_textf (node, g_dngettext (GETTEXT_PACKAGE, "%u operative paragraph renumbered", "%u operative paragraphs renumbered", stats->renumbered), stats->renumbered);
  if (stats->renumbered > 0)
    rd_html_add_textf (node, ": %s", rd_presentation_get_renumbering (w->presentation));
  rd_html_add_text (node, ".");
  /* TRANSLATORS: "41 words inserted, 32 deleted." */
  rd_html_add_textf (rd_html_add_block (section, "p", "words"), _ ("%u words inserted, %u deleted."), stats->words_inserted, stats->words_deleted);
  rd_html_add_textf (rd_html_add_block (section, "p", "footnotes-changed"), g_dngettext (GETTEXT_PACKAGE, "%u footnote changed.", "%u footnotes changed.", stats->footnotes_changed), stats->footnotes_changed);
  /* Routine updates apart (grey in the text), and which way the operative
   * paragraphs' force moved. */
  node = rd_html_add_block (section, "p", "substantive");
  rd_html_add_textf (node, _ ("Substantive changes: %u; routine changes: %u"), stats->substantive, stats->routine);
  if (*rd_presentation_get_strength_summary (w->presentation) != '\0')
    rd_html_add_textf (node, "; %s", rd_presentation_get_strength_summary (w->presentation));
  rd_html_add_text (node, ".");

  /* Verbs, operative and preambular counted apart */
  rd_html_add_text (rd_html_add_block (section, "h3", NULL), _ ("Verbs changed"));
  if (stats->verbs_changed == 0)
    rd_html_add_text (rd_html_add_block (section, "p", NULL), _ ("None."));
  else
    {
      /* TRANSLATORS: "2 operative, 1 preambular." (verbs changed) */
      rd_html_add_textf (rd_html_add_block (section, "p", "verb-counts"), _ ("%u operative, %u preambular."), stats->operative_verbs_changed, stats->preambular_verbs_changed);
    }
  if (stats->verbs_changed > 0)
    {
      xmlNodePtr list = rd_html_add_block (section, "ul", "verbs");

      for (guint i = 0; i < w->lists[BODY]->len; i++)
        {
          const RdChange *change = g_ptr_array_index (w->lists[BODY], i);
          g_autofree char *old_place = NULL;
          g_autofree char *new_place = NULL;
          g_autofree char *target = NULL;
          g_autofree char *places = NULL;
          xmlNodePtr item;

          if (!change->verb_changed)
            continue;
          old_place = rd_html_describe_side (w, change, RD_SIDE_OLD);
          new_place = rd_html_describe_side (w, change, RD_SIDE_NEW);
          places = strcmp (old_place, new_place) == 0 ? g_strdup (new_place) : g_strdup_printf ("%s → %s", old_place, new_place);
          target = rd_html_change_id (w->numbers[BODY][i]);
          item = rd_html_add_block (list, "li", NULL);
          rd_html_add_link (item, NULL, target, places);
          rd_html_add_text (item, ": ");
          rd_html_add_text_element (item, "del", NULL, change->old_verb);
          rd_html_add_text (item, " → ");
          rd_html_add_text_element (item, "ins", NULL, change->new_verb);
          if (change->verb_strength == RD_STRENGTH_WEAKENED)
            rd_html_add_textf (item, " (%s)", _ ("weakened"));
          else if (change->verb_strength == RD_STRENGTH_STRENGTHENED)
            rd_html_add_textf (item, " (%s)", _ ("strengthened"));
        }
    }

  /* What the comparison's annotations add: each amendment and its
   * instructions. */
  {
    g_autoptr (GPtrArray) sections = rd_annotations_dup_sections (w->comparison);

    for (guint s = 0; s < sections->len; s++)
      {
        const RdNoteSection *note_section = g_ptr_array_index (sections, s);
        xmlNodePtr list;

        rd_html_add_text (rd_html_add_block (section, "h3", NULL), note_section->title);
        list = rd_html_add_block (section, "ul", "notes");
        for (guint i = 0; i < note_section->lines->len; i++)
          rd_html_add_text (rd_html_add_block (list, "li", NULL), g_ptr_array_index (note_section->lines, i));
      }
  }

  for (RdSide side = RD_SIDE_OLD; side <= RD_SIDE_NEW; side++)
    any_warning |= rd_document_get_warnings (w->documents[side])->len > 0;
  if (any_warning)
    {
      xmlNodePtr list;

      rd_html_add_text (rd_html_add_block (section, "h3", NULL), _ ("Warnings"));
      list = rd_html_add_block (section, "ul", "warnings");
      for (RdSide side = RD_SIDE_OLD; side <= RD_SIDE_NEW; side++)
        {
          GPtrArray *document_warnings = rd_document_get_warnings (w->documents[side]);
          g_autofree char *name = rd_document_dup_file_name (w->documents[side]);

          for (guint i = 0; i < document_warnings->len; i++)
            rd_html_add_textf (rd_html_add_block (list, "li", NULL), "%s: %s", name, (const char *) g_ptr_array_index (document_warnings, i));
        }
      for (guint i = 0; i < warnings->len; i++)
        rd_html_add_text (rd_html_add_block (list, "li", NULL), g_ptr_array_index (warnings, i));
    }
}

/* Legend */

void
rd_html_add_legend (RdHtmlWriter *w,
                    xmlNodePtr main_node)
{
  xmlNodePtr section = rd_html_add_block (main_node, "section", "legend");
  xmlNodePtr list;
  xmlNodePtr sample;
  xmlNodePtr span;

  rd_html_set_attribute (section, "id", "legend");
  rd_html_add_text (rd_html_add_block (section, "h2", NULL), _ ("How to read the marks"));
  list = rd_html_add_block (section, "dl", NULL);

  add_legend_entry (list, &sample, _ ("Text inserted in the new version: underlined, in blue."));
  rd_html_add_text_element (sample, "ins", NULL, _ ("inserted text"));
  add_legend_entry (list, &sample, _ ("Text deleted from the old version: struck through, in red."));
  rd_html_add_text_element (sample, "del", NULL, _ ("deleted text"));
  if (rd_html_has_agreed_passages (w))
    {
      add_legend_entry (list, &sample, _ ("Inserted wording adopted before (agreed language, from the library): underlined twice; where it was adopted on hover and in the text output."));
      rd_html_add_text_element (sample, "ins", "agreed", _ ("agreed language"));
    }
  add_legend_entry (list, &sample, _ ("A changed paragraph: a bar in the margin, its number in the list of changes, where it stands and what changed. Split and merged paragraphs name their partners."));
  span = rd_html_add_element (sample, "span", "sample change-bar");
  rd_html_add_text (span, _ ("Change 4"));
  add_legend_entry (list, &sample, _ ("A moved paragraph: a double bar in the margin, shown at its old place and at its new one, each linking to the other."));
  rd_html_add_text_element (sample, "span", "sample move-bar", _ ("moved from PP 16"));
  add_legend_entry (list, &sample, _ ("An operative paragraph renumbered: old number → new number. Renumbering alone is not a change."));
  span = rd_html_add_element (sample, "span", "num renumbered");
  rd_html_add_text_element (span, "span", "old-num", "7");
  rd_html_add_text (span, " → 8.");
  add_legend_entry (list, &sample, _ ("Where paragraphs were merged, the paragraph break that was removed, with the old number."));
  rd_html_add_text_element (sample, "del", "para-break", "¶ 9.");
  add_legend_entry (list, &sample, _ ("A footnote mark, linking to the footnote at the end."));
  rd_html_add_text_element (sample, "sup", "fn-ref", "4");
  if (w->options->changes_only)
    {
      add_legend_entry (list, &sample, _ ("Paragraphs that did not change, left out."));
      rd_html_add_text_element (sample, "span", "sample folded", _ ("12 unchanged paragraphs"));
    }
}

/* List of changes */

void
rd_html_add_change_list (RdHtmlWriter *w,
                         xmlNodePtr main_node)
{
  xmlNodePtr nav = rd_html_add_block (main_node, "nav", "change-list");
  xmlNodePtr heading;
  guint total = 0;

  rd_html_set_attribute (nav, "id", "changes");
  rd_html_set_attribute (nav, "aria-labelledby", "changes-heading");
  for (int list = BODY; list < N_LISTS; list++)
    for (guint i = 0; i < w->lists[list]->len; i++)
      total += w->numbers[list][i] > 0;
  heading = rd_html_add_block (nav, "h2", NULL);
  rd_html_set_attribute (heading, "id", "changes-heading");
  rd_html_add_textf (heading, _ ("Changes (%u)"), total);
  if (total == 0)
    {
      rd_html_add_text (rd_html_add_block (nav, "p", NULL), _ ("No paragraph or footnote changed."));
      return;
    }

  for (int list = BODY; list < N_LISTS; list++)
    {
      xmlNodePtr ordered = NULL;

      for (guint i = 0; i < w->lists[list]->len; i++)
        {
          const RdChange *change = g_ptr_array_index (w->lists[list], i);
          guint number = w->numbers[list][i];
          g_autofree char *label = NULL;
          g_autofree char *target = NULL;
          xmlNodePtr item;

          if (number == 0)
            continue;
          if (ordered == NULL)
            {
              g_autofree char *start = g_strdup_printf ("%u", number);

              if (list == NOTES)
                rd_html_add_text (rd_html_add_block (nav, "h3", NULL), _ ("Footnotes"));
              ordered = rd_html_add_block (nav, "ol", NULL);
              if (number > 1)
                rd_html_set_attribute (ordered, "start", start);
            }
          label = rd_comparison_describe_change (w->comparison, change);
          target = rd_html_change_id (number);
          {
            RdChangeMarks marks;
            /* Classes a reader's style sheet or script filters on:
             * "routine", "weakened", "strengthened". */
            g_autofree char *classes = NULL;

            rd_presentation_get_marks (w->presentation, change, &marks);
            classes = g_strdup_printf ("%s%s%s%s", rd_change_type_to_string (change->type), marks.routine ? " routine" : "",
                                       rd_strength_to_string (marks.strength) != NULL && marks.strength != RD_STRENGTH_SAME ? " " : "",
                                       rd_strength_to_string (marks.strength) != NULL && marks.strength != RD_STRENGTH_SAME ? rd_strength_to_string (marks.strength) : "");
            item = rd_html_add_block (ordered, "li", classes);
            rd_html_set_id (item, "list-%u", number);
            rd_html_add_link (item, NULL, target, label);
            if (marks.routine)
              rd_html_add_textf (item, " (%s)", _ ("routine"));
            else if (marks.strength == RD_STRENGTH_WEAKENED)
              rd_html_add_textf (item, " (%s)", _ ("weakened"));
            else if (marks.strength == RD_STRENGTH_STRENGTHENED)
              rd_html_add_textf (item, " (%s)", _ ("strengthened"));
          }
        }
    }
}
