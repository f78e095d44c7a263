/* rd-print-summary.c: the front matter of the printed comparison: the
 * title, the summary, the legend and the heading of the text
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-annotations.h"
#include "rd-print-private.h"

/* The legend's frame, in points: the space inside it and between its
 * rows; a sample stands an inset in from the frame, the moved sample's
 * frame half an inset around it, the change bar sample one and a half. */
#define LEGEND_PADDING 8.0
#define LEGEND_ROW_SPACE 5.0
#define LEGEND_SAMPLE_INSET 4.0
/* The samples' column: the summary's label column less room for the
 * frame on either side. */
#define LEGEND_SAMPLE_WIDTH (SUMMARY_LABEL_WIDTH - 3 * LEGEND_SAMPLE_INSET)
/* Between a summary row's label and its value. */
#define SUMMARY_LABEL_GAP 6.0
/* The title block: between the title and the line under it, and below. */
#define TITLE_GAP 3.0
#define TITLE_BOTTOM 8.0

/* Static helpers */

/* A summary row: a label in the left column, @value in the right. */
static void
add_row (RdPrintContent *content,
         const char *label,
         RdPrintText *value)
{
  RdPrintBlock *block = rd_print_block_new (SUMMARY_ROW_SPACE);
  PangoLayout *label_layout = rd_print_content_new_layout (content, content->summary_font, SUMMARY_LABEL_WIDTH - SUMMARY_LABEL_GAP);
  PangoLayout *value_layout = rd_print_content_new_layout (content, content->summary_font, content->width - SUMMARY_LABEL_WIDTH);
  g_auto (RdPrintText) label_text = { 0 };

  rd_print_text_init (&label_text);
  rd_print_text_append (&label_text, label, RD_PRINT_MARK_BOLD | RD_PRINT_MARK_MUTED);
  rd_print_layout_set_text (label_layout, &label_text);
  rd_print_text_trim (value);
  rd_print_layout_set_text (value_layout, value);
  rd_print_block_add_text (block, label_layout, 0, 0);
  rd_print_block_add_text (block, value_layout, SUMMARY_LABEL_WIDTH, 0);
  g_ptr_array_add (content->blocks, block);
}

static void
add_plain_row (RdPrintContent *content,
               const char *label,
               const char *value)
{
  g_auto (RdPrintText) text = { 0 };

  rd_print_text_init (&text);
  rd_print_text_append (&text, value, RD_PRINT_MARK_NONE);
  add_row (content, label, &text);
}

static void
append_document_description (RdPrintText *text,
                             RdDocument *document)
{
  g_autofree char *name = rd_document_dup_display_name (document);
  g_autofree char *file = rd_document_dup_file_name (document);
  const char *parts[] = { rd_document_get_document_type (document), rd_document_get_date (document) };

  rd_print_text_append (text, name, RD_PRINT_MARK_BOLD);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL)
      {
        g_string_append (text->text, " · ");
        rd_print_text_append (text, parts[i], RD_PRINT_MARK_NONE);
      }
  if (g_strcmp0 (name, file) != 0)
    {
      g_string_append (text->text, " · ");
      rd_print_text_append (text, file, RD_PRINT_MARK_MUTED);
    }
}

static void
append_sponsors (RdPrintText *text,
                 GPtrArray *sponsors,
                 guint mark)
{
  for (guint i = 0; i < sponsors->len; i++)
    {
      const RdSponsor *sponsor = g_ptr_array_index (sponsors, i);
      if (i > 0)
        g_string_append (text->text, ", ");
      rd_print_text_append (text, sponsor->name, mark);
    }
}

/* "2 joined: Canada, Chile", the names marked. */
static void
add_sponsor_row (RdPrintContent *content,
                 const char *label,
                 const char *count,
                 GPtrArray *sponsors,
                 guint mark)
{
  g_auto (RdPrintText) text = { 0 };

  rd_print_text_init (&text);
  rd_print_text_append (&text, count, RD_PRINT_MARK_NONE);
  if (sponsors->len > 0)
    {
      g_string_append (text.text, ": ");
      append_sponsors (&text, sponsors, mark);
    }
  add_row (content, label, &text);
}

static char *
generated_date (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr (GDateTime) now = NULL;

  /* Reproducible builds and tests set the date. */
  if (epoch != NULL && *epoch != '\0')
    now = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));
  if (now == NULL)
    now = g_date_time_new_now_local ();
  /* TRANSLATORS: a date as g_date_time_format writes it: "1 May 2026" */
  return g_date_time_format (now, _ ("%-d %B %Y"));
}

static void
build_summary (RdPrintContent *content)
{
  RdComparison *comparison = content->comparison;
  const RdComparisonStats *stats = rd_comparison_get_stats (comparison);
  GPtrArray *header = rd_comparison_get_header_changes (comparison);
  GPtrArray *added = rd_comparison_get_sponsors_added (comparison);
  GPtrArray *removed = rd_comparison_get_sponsors_removed (comparison);
  GPtrArray *kept = rd_comparison_get_sponsors_kept (comparison);
  RdDocument *documents[] = { rd_comparison_get_old (comparison), rd_comparison_get_new (comparison) };
  g_autofree char *date = generated_date ();
  g_autofree char *generated = NULL;
  g_autofree char *value = NULL;

  {
    g_auto (RdPrintText) text = { 0 };
    rd_print_text_init (&text);
    append_document_description (&text, documents[0]);
    add_row (content, _ ("Earlier version"), &text);
  }
  {
    g_auto (RdPrintText) text = { 0 };
    rd_print_text_init (&text);
    append_document_description (&text, documents[1]);
    add_row (content, _ ("Later version"), &text);
  }
  /* The Digital Library's records (documents opened by symbol): one value,
   * or the earlier's → the later's. */
  {
    const GArray *record_fields = rd_presentation_get_record_fields (content->presentation);

    for (guint i = 0; i < record_fields->len; i++)
      {
        RdField field = g_array_index (record_fields, RdField, i);
        const char *old_value = rd_document_get_field (documents[0], field);
        const char *new_value = rd_document_get_field (documents[1], field);
        g_autofree char *shown = g_strcmp0 (old_value, new_value) == 0 ? g_strdup (old_value)
                                                                       : g_strdup_printf ("%s → %s", old_value != NULL ? old_value : "—", new_value != NULL ? new_value : "—");

        add_plain_row (content, rd_field_to_label (field), shown);
      }
  }
  /* TRANSLATORS: "1 May 2026 by Resdiff 0.1.0" */
  generated = g_strdup_printf (_ ("%s by Resdiff %s"), date, PACKAGE_VERSION);
  add_plain_row (content, _ ("Generated"), generated);

  rd_print_content_add_heading (content, _ ("Summary"), NULL);
  {
    g_auto (RdPrintText) text = { 0 };
    rd_print_text_init (&text);
    if (header->len == 0)
      rd_print_text_append (&text, _ ("no changes"), RD_PRINT_MARK_MUTED);
    for (guint i = 0; i < header->len; i++)
      {
        const RdHeaderChange *change = g_ptr_array_index (header, i);
        if (i > 0)
          g_string_append_c (text.text, '\n');
        rd_print_text_append (&text, rd_header_change_get_label (change), RD_PRINT_MARK_MUTED);
        g_string_append (text.text, ": ");
        if (change->old_value != NULL)
          rd_print_text_append (&text, change->old_value, RD_PRINT_MARK_DELETED);
        else
          rd_print_text_append (&text, _ ("(none)"), RD_PRINT_MARK_MUTED);
        g_string_append (text.text, " → ");
        if (change->new_value != NULL)
          rd_print_text_append (&text, change->new_value, RD_PRINT_MARK_INSERTED);
        else
          rd_print_text_append (&text, _ ("(none)"), RD_PRINT_MARK_MUTED);
      }
    add_row (content, _ ("Header"), &text);
  }
  {
    /* TRANSLATORS: a count of sponsors who joined the text */
    g_autofree char *joined = g_strdup_printf (ngettext ("%u joined", "%u joined", added->len), added->len);
    /* TRANSLATORS: a count of sponsors who left the text */
    g_autofree char *left = g_strdup_printf (ngettext ("%u left", "%u left", removed->len), removed->len);

    add_sponsor_row (content, _ ("Sponsors joined"), joined, added, RD_PRINT_MARK_INSERTED);
    add_sponsor_row (content, _ ("Sponsors left"), left, removed, RD_PRINT_MARK_DELETED);
  }
  value = g_strdup_printf (ngettext ("%u kept", "%u kept", kept->len), kept->len);
  add_plain_row (content, _ ("Sponsors kept"), value);
  g_clear_pointer (&value, g_free);
  if (*rd_presentation_get_sponsors_listing (content->presentation) != '\0')
    add_plain_row (content, _ ("Sponsors"), rd_presentation_get_sponsors_listing (content->presentation));

  value = g_strdup_printf (_ ("%u unchanged, %u modified, %u inserted, %u deleted, %u moved, %u split, %u merged; %u renumbered"),
                           stats->counts[RD_CHANGE_UNCHANGED], stats->counts[RD_CHANGE_MODIFIED], stats->counts[RD_CHANGE_INSERTED],
                           stats->counts[RD_CHANGE_DELETED], stats->counts[RD_CHANGE_MOVED], stats->counts[RD_CHANGE_SPLIT],
                           stats->counts[RD_CHANGE_MERGED], stats->renumbered);
  if (stats->renumbered > 0)
    {
      /* Which, computed once for every output: "OP 3–10 → 4–11". */
      char *runs = g_strdup_printf ("%s: %s", value, rd_presentation_get_renumbering (content->presentation));

      g_free (value);
      value = runs;
    }
  add_plain_row (content, _ ("Paragraphs"), value);
  g_clear_pointer (&value, g_free);

  value = g_strdup_printf (_ ("%u inserted, %u deleted"), stats->words_inserted, stats->words_deleted);
  add_plain_row (content, _ ("Words"), value);
  g_clear_pointer (&value, g_free);

  /* TRANSLATORS: beside "Operative verbs" and beside "Footnotes": the same
   * words for both, so best without a gender ("3 changes") */
  value = g_strdup_printf (ngettext ("%u changed", "%u changed", stats->operative_verbs_changed), stats->operative_verbs_changed);
  add_plain_row (content, _ ("Operative verbs"), value);
  g_clear_pointer (&value, g_free);

  value = g_strdup_printf (ngettext ("%u changed", "%u changed", stats->preambular_verbs_changed), stats->preambular_verbs_changed);
  add_plain_row (content, _ ("Preambular verbs"), value);
  g_clear_pointer (&value, g_free);

  value = g_strdup_printf (ngettext ("%u changed", "%u changed", stats->footnotes_changed), stats->footnotes_changed);
  add_plain_row (content, _ ("Footnotes"), value);
  g_clear_pointer (&value, g_free);

  /* What the comparison's annotations add: each amendment, its
   * instructions one a line. */
  {
    g_autoptr (GPtrArray) sections = rd_annotations_dup_sections (comparison);

    for (guint s = 0; s < sections->len; s++)
      {
        const RdNoteSection *section = g_ptr_array_index (sections, s);
        g_auto (RdPrintText) text = { 0 };

        rd_print_text_init (&text);
        rd_print_text_append (&text, section->title, RD_PRINT_MARK_NONE);
        for (guint i = 0; i < section->lines->len; i++)
          {
            g_string_append_c (text.text, '\n');
            rd_print_text_append (&text, g_ptr_array_index (section->lines, i), RD_PRINT_MARK_MUTED);
          }
        add_row (content, s == 0 ? _ ("Amendments") : "", &text);
      }
  }

  {
    g_auto (RdPrintText) text = { 0 };
    GPtrArray *warnings = rd_comparison_get_warnings (comparison);

    rd_print_text_init (&text);
    for (guint i = 0; i < warnings->len; i++)
      {
        if (text.text->len > 0)
          g_string_append_c (text.text, '\n');
        rd_print_text_append (&text, g_ptr_array_index (warnings, i), RD_PRINT_MARK_NONE);
      }
    for (guint d = 0; d < G_N_ELEMENTS (documents); d++)
      {
        GPtrArray *document_warnings = rd_document_get_warnings (documents[d]);
        g_autofree char *name = rd_document_dup_file_name (documents[d]);

        for (guint i = 0; i < document_warnings->len; i++)
          {
            if (text.text->len > 0)
              g_string_append_c (text.text, '\n');
            rd_print_text_append (&text, name, RD_PRINT_MARK_MUTED);
            g_string_append (text.text, ": ");
            rd_print_text_append (&text, g_ptr_array_index (document_warnings, i), RD_PRINT_MARK_NONE);
          }
      }
    if (text.text->len > 0)
      add_row (content, _ ("Warnings"), &text);
  }
}

/* The legend: one block in a frame, each mark beside what it means. */
static void
build_legend (RdPrintContent *content)
{
  RdPrintBlock *block;
  double y = LEGEND_PADDING;
  struct
  {
    const char *sample;
    guint mark;
    const char *meaning;
  } rows[] = {
    { N_ ("inserted text"), RD_PRINT_MARK_INSERTED, N_ ("Inserted: underlined, in blue.") },
    { N_ ("deleted text"), RD_PRINT_MARK_DELETED, N_ ("Deleted: struck through, in red.") },
    { N_ ("moved from PP 12"), RD_PRINT_MARK_MOVED, N_ ("Moved: framed at its new place, with where it came from; a dashed frame at its old place says where it went.") },
    /* TRANSLATORS: a sample of a renumbered operative paragraph; "OP" as
     * in "OP %s" */
    { N_ ("OP 7 → 8"), RD_PRINT_MARK_NONE, N_ ("Renumbered: the old number, then the new one.") },
    /* TRANSLATORS: a sample of a split paragraph; "PP" as in "PP %u" */
    { N_ ("PP 3 → PP 3 + PP 4"), RD_PRINT_MARK_NONE, N_ ("Split and merged paragraphs name their partners.") },
    { "", RD_PRINT_MARK_NONE, N_ ("A bar in the margin stands beside every changed paragraph; a label above it says what changed.") },
  };

  rd_print_content_add_heading (content, _ ("Legend"), NULL);
  block = rd_print_block_new (HEADING_GAP);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_auto (RdPrintText) sample = { 0 };
      g_auto (RdPrintText) meaning = { 0 };
      PangoLayout *sample_layout = rd_print_content_new_layout (content, content->summary_font, LEGEND_SAMPLE_WIDTH - 3 * LEGEND_SAMPLE_INSET);
      PangoLayout *meaning_layout = rd_print_content_new_layout (content, content->summary_font, content->width - SUMMARY_LABEL_WIDTH - LEGEND_PADDING);
      double sample_height;
      double meaning_height;

      rd_print_text_init (&sample);
      rd_print_text_init (&meaning);
      rd_print_text_append (&sample, *rows[i].sample != '\0' ? _ (rows[i].sample) : "", rows[i].mark);
      rd_print_text_append (&meaning, _ (rows[i].meaning), RD_PRINT_MARK_NONE);
      rd_print_layout_set_text (sample_layout, &sample);
      rd_print_layout_set_text (meaning_layout, &meaning);
      sample_height = rd_print_block_add_text (block, sample_layout, LEGEND_PADDING + LEGEND_SAMPLE_INSET, y);
      meaning_height = rd_print_block_add_text (block, meaning_layout, SUMMARY_LABEL_WIDTH, y);
      if (rows[i].mark == RD_PRINT_MARK_MOVED)
        rd_print_block_add_shape (block, RD_PRINT_CELL_BOX, RD_PRINT_INK_MOVED, LEGEND_PADDING, y - LEGEND_SAMPLE_INSET / 2, LEGEND_SAMPLE_WIDTH - LEGEND_SAMPLE_INSET, sample_height + LEGEND_SAMPLE_INSET);
      if (*rows[i].sample == '\0')
        rd_print_block_add_shape (block, RD_PRINT_CELL_BAR, RD_PRINT_INK_CHANGED, LEGEND_PADDING + 1.5 * LEGEND_SAMPLE_INSET, y, 0, meaning_height);
      y += MAX (sample_height, meaning_height) + LEGEND_ROW_SPACE;
    }
  y += LEGEND_PADDING - LEGEND_ROW_SPACE;
  rd_print_block_add_shape (block, RD_PRINT_CELL_BOX, RD_PRINT_INK_RULE, 0, 0, content->width, y);
  rd_print_block_grow (block, y);
  g_ptr_array_add (content->blocks, block);
}

/* Public API */

void
rd_print_content_add_title (RdPrintContent *content,
                            const char *title,
                            const char *line)
{
  RdPrintBlock *block = rd_print_block_new (0.0);
  PangoLayout *layout;
  double y;

  layout = rd_print_content_new_layout (content, content->title_font, content->width);
  pango_layout_set_text (layout, title, -1);
  y = rd_print_block_add_text (block, layout, 0, 0);
  layout = rd_print_content_new_label (content, line, RD_PRINT_INK_MUTED, FALSE);
  pango_layout_set_width (layout, (int) (content->width * PANGO_SCALE));
  y += TITLE_GAP;
  y += rd_print_block_add_text (block, layout, 0, y);
  rd_print_block_grow (block, y + TITLE_BOTTOM);
  block->anchor = g_strdup ("summary");
  /* TRANSLATORS: the PDF outline's entry for the first page */
  block->outline = g_strdup (_ ("Summary"));
  g_ptr_array_add (content->blocks, block);
}

void
rd_print_content_build_front_matter (RdPrintContent *content)
{
  RdDocument *old_document = rd_comparison_get_old (content->comparison);
  RdDocument *new_document = rd_comparison_get_new (content->comparison);
  const char *title = rd_document_get_title (new_document);

  if (title == NULL)
    title = rd_document_get_title (old_document);
  if (title == NULL)
    title = _ ("Comparison of two versions");
  rd_print_content_add_title (content, title,
                              content->layout == RD_LAYOUT_SIDE_BY_SIDE
                                  ? _ ("Comparison of two versions, side by side")
                                  : _ ("Comparison of two versions, marked up (redline)"));

  build_summary (content);
  build_legend (content);

  rd_print_content_add_heading (content, content->layout == RD_LAYOUT_SIDE_BY_SIDE ? _ ("Text, side by side") : _ ("Marked-up text"), "text");
  if (content->layout == RD_LAYOUT_SIDE_BY_SIDE)
    {
      RdPrintBlock *captions = rd_print_block_new (HEADING_GAP);
      RdDocument *documents[] = { old_document, new_document };
      double bottom = 0.0;

      for (guint s = 0; s < 2; s++)
        {
          g_autofree char *name = rd_document_dup_display_name (documents[s]);
          g_autofree char *caption = rd_print_caption (s == 1, name);
          PangoLayout *caption_layout = rd_print_content_new_label (content, caption, RD_PRINT_INK_MUTED, TRUE);
          double height;

          pango_layout_set_width (caption_layout, (int) (content->column_width * PANGO_SCALE));
          height = rd_print_block_add_text (captions, caption_layout, s * (content->column_width + GUTTER), 0);
          bottom = MAX (bottom, height);
        }
      rd_print_block_grow (captions, bottom);
      captions->keep_with_next = TRUE;
      g_ptr_array_add (content->blocks, captions);
    }
}
