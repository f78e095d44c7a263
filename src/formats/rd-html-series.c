/* rd-html-series.c: a series of versions as one self-contained HTML file
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written on the series' presentation (rd-series-presentation.h) with the
 * pair's page parts (rd-html-writer.c): the same head, style sheet,
 * paragraphs and marks.
 */

#include "config.h"

#include "rd-html-writer.h"

#include <glib/gi18n-lib.h>
#include <libxml/HTMLtree.h>

#include "rd-html-private.h"
#include "rd-series-presentation.h"
#include "rd-xml.h"

/* What a series' page adds to html-export.css (in the same colours): the
 * steps' summaries, each paragraph's labels through the versions and the
 * step that made each change.  Only here, so that a pair's page stays as
 * it is. */
static const char series_css[] =
    "ul.step-summary { margin: .2em 0 .8em; padding-inline-start: 1.4em; font-size: .92em; }\n"
    "section.paragraph-history { margin: 1.3em 0 1.6em; }\n"
    "h3.history-labels { margin-bottom: .5em; font-size: .95em; }\n"
    "h3.history-labels .absent-here { color: var(--muted); font-weight: normal; }\n"
    ".change-label .step-no { font-weight: bold; color: var(--text); margin-inline-end: .3em; }\n"
    ".change.routine { border-inline-start-color: #b0b0b0; }\n"
    "@media print { h3.history-labels { break-after: avoid; } }\n";

/* Static helpers */

static void
add_title_block (RdSeriesPresentation *presentation,
                 const RdHtmlOptions *options,
                 xmlNodePtr body)
{
  guint n = rd_series_presentation_get_n_versions (presentation);
  g_autofree char *kicker = rd_series_presentation_dup_kicker (presentation);
  xmlNodePtr header = rd_html_add_title_header (body, kicker, rd_series_presentation_get_last_title (presentation));
  xmlNodePtr table;
  xmlNodePtr row;
  xmlNodePtr rows;
  xmlNodePtr line;

  table = rd_html_add_block (header, "table", "versions series-versions");
  row = rd_html_add_block (rd_html_add_block (table, "thead", NULL), "tr", NULL);
  rd_html_add_column_heading (row, "#");
  rd_html_add_column_heading (row, _ ("Version"));
  rd_html_add_column_heading (row, _ ("Document type and date"));
  rows = rd_html_add_block (table, "tbody", NULL);
  for (guint v = 0; v < n; v++)
    {
      const char *details = rd_series_presentation_get_version_details (presentation, v);

      row = rd_html_add_block (rows, "tr", NULL);
      rd_html_set_id (row, "version-%u", v + 1);
      rd_html_add_textf (rd_html_add_element (row, "th", NULL), "%u", v + 1);
      rd_html_set_attribute (row->last, "scope", "row");
      rd_html_add_text_element (row, "td", "version-name", rd_series_presentation_get_version_name (presentation, v));
      if (*details != '\0')
        rd_html_add_text_element (row, "td", NULL, details);
      else
        rd_html_add_text_element (row, "td", "none", "—");
    }

  line = rd_html_add_generated_line (header, options);
  if (options->substantive_only)
    {
      rd_html_add_text (line, " · ");
      rd_html_add_text (line, _ ("routine updates counted, not listed"));
    }
  rd_html_add_text (line, ".");
}

static void
add_steps (RdSeriesPresentation *presentation,
           xmlNodePtr main_node)
{
  xmlNodePtr section = rd_html_add_block (main_node, "section", "steps");

  rd_html_set_attribute (section, "id", "steps");
  rd_html_add_text_element (section, "h2", NULL, _ ("Steps"));
  for (guint s = 0; s < rd_series_presentation_get_n_steps (presentation); s++)
    {
      g_autofree char *title = rd_series_presentation_dup_step_title (presentation, s);
      g_autoptr (GPtrArray) lines = rd_series_presentation_dup_step_summary (presentation, s);
      xmlNodePtr step = rd_html_add_block (section, "section", "step summary");
      xmlNodePtr list;

      rd_html_set_id (step, "step-%u", s + 1);
      rd_html_add_text_element (step, "h3", NULL, title);
      list = rd_html_add_block (step, "ul", "step-summary");
      for (guint l = 0; l < lines->len; l++)
        rd_html_add_text_element (list, "li", NULL, g_ptr_array_index (lines, l));
    }
}

/* " [routine]": the brackets are the style sheet's. */
static void
add_note (xmlNodePtr label,
          const char *note)
{
  rd_html_add_text (label, " ");
  rd_html_add_text_element (label, "span", "change-note", note);
}

static void
add_entry (xmlNodePtr parent,
           const RdShownHistoryEntry *entry)
{
  g_autofree char *class_name = g_strjoin (" ", "change", rd_change_type_to_string (entry->type),
                                           entry->marks.routine ? "routine" : "",
                                           entry->marks.strength == RD_STRENGTH_WEAKENED ? "weakened" : entry->marks.strength == RD_STRENGTH_STRENGTHENED ? "strengthened"
                                                                                                                                                          : "",
                                           NULL);
  xmlNodePtr node = rd_html_add_block (parent, "div", g_strstrip (class_name));
  xmlNodePtr label = rd_html_add_block (node, "p", "change-label");

  /* TRANSLATORS: the step of a series that made a change: "1 → 2" */
  rd_html_add_textf (rd_html_add_element (label, "span", "step-no"), _ ("%u → %u"), entry->step + 1, entry->step + 2);
  rd_html_add_text (label, " ");
  rd_html_add_text (label, entry->label);
  if (entry->marks.routine)
    add_note (label, _ ("routine"));
  if (entry->marks.strength == RD_STRENGTH_WEAKENED)
    add_note (label, _ ("weakened"));
  else if (entry->marks.strength == RD_STRENGTH_STRENGTHENED)
    add_note (label, _ ("strengthened"));
  if (entry->note != NULL)
    add_note (label, entry->note);
  for (guint i = 0; i < entry->paragraphs->len; i++)
    rd_html_add_shown_paragraph (NULL, node, g_ptr_array_index (entry->paragraphs, i), NULL);
}

static void
add_history (RdSeriesPresentation *presentation,
             const RdHtmlOptions *options,
             xmlNodePtr main_node)
{
  g_autoptr (GPtrArray) histories = rd_series_presentation_dup_history (presentation, options->substantive_only);
  guint n = rd_series_presentation_get_n_versions (presentation);
  xmlNodePtr section = rd_html_add_block (main_node, "section", "history");

  rd_html_set_attribute (section, "id", "history");
  rd_html_add_text_element (section, "h2", NULL, _ ("History of the paragraphs that changed"));
  if (histories->len == 0)
    rd_html_add_text_element (section, "p", "none", _ ("No paragraph changed."));
  for (guint h = 0; h < histories->len; h++)
    {
      const RdShownHistory *history = g_ptr_array_index (histories, h);
      xmlNodePtr node = rd_html_add_block (section, "section", "paragraph-history");
      xmlNodePtr labels;

      rd_html_set_id (node, "history-%u", h + 1);
      rd_html_set_attribute (node, "data-kind", rd_paragraph_kind_to_string (history->kind));
      /* Where it stood in each version: "PP 4 | PP 4 | — | PP 5". */
      labels = rd_html_add_block (node, "h3", "history-labels");
      for (guint v = 0; v < n; v++)
        {
          const char *label = g_ptr_array_index (history->labels, v);
          g_autofree char *tip = g_strdup_printf ("%u. %s", v + 1, rd_series_presentation_get_version_name (presentation, v));
          xmlNodePtr span;

          if (v > 0)
            rd_html_add_text (labels, " | ");
          span = rd_html_add_text_element (labels, "span", label != NULL ? "in-version" : "absent-here", label != NULL ? label : "—");
          rd_html_set_attribute (span, "title", tip);
        }
      for (guint e = 0; e < history->entries->len; e++)
        add_entry (node, g_ptr_array_index (history->entries, e));
    }
}

/* Public API */

GBytes *
rd_html_write_series (RdSeries *series,
                      const RdHtmlOptions *options,
                      GError **error)
{
  static const RdHtmlOptions defaults = { 0 };
  g_autoptr (RdSeriesPresentation) presentation = NULL;
  g_autofree char *title = NULL;
  g_autofree RdDocument **documents = NULL;
  xmlNodePtr html;
  xmlNodePtr body;
  xmlNodePtr main_node;
  guint n;

  g_return_val_if_fail (RD_IS_SERIES (series), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rd_xml_init ();
  if (options == NULL)
    options = &defaults;
  presentation = rd_series_presentation_new (series);
  title = rd_series_presentation_dup_title (presentation);

  /* The language of the latest version first. */
  n = rd_series_presentation_get_n_versions (presentation);
  documents = g_new (RdDocument *, n);
  for (guint v = 0; v < n; v++)
    documents[v] = rd_series_get_version (series, n - 1 - v);

  html = rd_html_new_document (rd_html_language (documents, n), rd_document_is_right_to_left (documents[0]));

  rd_html_add_head (html, options, title, series_css, FALSE);
  body = rd_html_add_block (html, "body", "redline series");
  add_title_block (presentation, options, body);
  main_node = rd_html_add_block (body, "main", NULL);
  add_steps (presentation, main_node);
  add_history (presentation, options, main_node);
  return rd_html_finish_document (main_node, error);
}
