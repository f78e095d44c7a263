/* rd-print-series.c: a series of versions as print blocks: the versions,
 * a summary of each step, then the history of every paragraph that
 * changed
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written on the series' presentation (rd-series-presentation.h); each
 * step's change is drawn as the pair's redline is (rd-print-text.c), its
 * routine parts grey.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rd-print-private.h"

/* A step's summary lines stand in from its title. */
#define STEP_INDENT 12.0

/* Static helpers */

/* A block of one line or paragraph of @text in @font, at @x. */
static double
add_text_line (RdPrintContent *content,
               RdPrintBlock *block,
               const PangoFontDescription *font,
               RdPrintText *text,
               double x,
               double y)
{
  PangoLayout *layout = rd_print_content_new_layout (content, font, content->width - x);

  rd_print_text_trim (text);
  rd_print_layout_set_text (layout, text);
  return rd_print_block_add_text (block, layout, x, y);
}

static void
build_front_matter (RdPrintContent *content)
{
  RdSeriesPresentation *presentation = content->series;
  guint n = rd_series_presentation_get_n_versions (presentation);
  const char *title = rd_series_presentation_get_last_title (presentation);
  g_autofree char *kicker = rd_series_presentation_dup_kicker (presentation);
  g_autofree char *kicker_line = content->substantive_only ? g_strdup_printf ("%s · %s", kicker, _ ("routine updates counted, not listed")) : NULL;
  RdPrintBlock *block;
  double y;

  rd_print_content_add_title (content, title != NULL ? title : kicker, kicker_line != NULL ? kicker_line : kicker);

  rd_print_content_add_heading (content, _ ("Versions"), "versions");
  for (guint v = 0; v < n; v++)
    {
      const char *details = rd_series_presentation_get_version_details (presentation, v);
      g_auto (RdPrintText) text = { 0 };

      block = rd_print_block_new (SUMMARY_ROW_SPACE);
      rd_print_text_init (&text);
      g_string_append_printf (text.text, "%u.  ", v + 1);
      rd_print_text_append (&text, rd_series_presentation_get_version_name (presentation, v), RD_PRINT_MARK_BOLD);
      if (*details != '\0')
        g_string_append_printf (text.text, "  (%s)", details);
      rd_print_block_grow (block, add_text_line (content, block, content->summary_font, &text, 0, 0));
      g_ptr_array_add (content->blocks, block);
    }

  rd_print_content_add_heading (content, _ ("Steps"), "steps");
  for (guint s = 0; s < rd_series_presentation_get_n_steps (presentation); s++)
    {
      g_autofree char *step_title = rd_series_presentation_dup_step_title (presentation, s);
      g_autoptr (GPtrArray) lines = rd_series_presentation_dup_step_summary (presentation, s);
      g_auto (RdPrintText) text = { 0 };

      block = rd_print_block_new (PARAGRAPH_SPACE);
      rd_print_text_init (&text);
      rd_print_text_append (&text, step_title, RD_PRINT_MARK_BOLD);
      y = add_text_line (content, block, content->summary_font, &text, 0, 0);
      for (guint l = 0; l < lines->len; l++)
        {
          g_auto (RdPrintText) line = { 0 };

          rd_print_text_init (&line);
          g_string_append (line.text, g_ptr_array_index (lines, l));
          y += SUMMARY_ROW_SPACE;
          y += add_text_line (content, block, content->summary_font, &line, STEP_INDENT, y);
        }
      rd_print_block_grow (block, y);
      block->anchor = g_strdup_printf ("step-%u", s + 1);
      block->outline = g_strdup (step_title);
      block->outline_level = 1;
      g_ptr_array_add (content->blocks, block);
    }

  rd_print_content_add_heading (content, _ ("History of the paragraphs that changed"), "history");
  if (content->histories->len == 0)
    {
      g_auto (RdPrintText) text = { 0 };

      block = rd_print_block_new (PARAGRAPH_SPACE);
      rd_print_text_init (&text);
      rd_print_text_append (&text, _ ("No paragraph changed."), RD_PRINT_MARK_MUTED);
      rd_print_block_grow (block, add_text_line (content, block, content->summary_font, &text, 0, 0));
      g_ptr_array_add (content->blocks, block);
    }
}

/* One step's change to the paragraph: its label, then the redline. */
static void
build_entry (RdPrintContent *content,
             const RdShownHistoryEntry *entry)
{
  RdPrintBlock *block = rd_print_block_new (PARAGRAPH_SPACE);
  GString *label = g_string_new (NULL);
  PangoLayout *layout;
  double y;
  double text_top;

  /* "1 → 2: PP 4, modified  [routine]" */
  g_string_append_printf (label, "%u → %u: %s", entry->step + 1, entry->step + 2, entry->label);
  if (entry->marks.routine)
    g_string_append_printf (label, "  [%s]", _ ("routine"));
  if (entry->marks.strength == RD_STRENGTH_WEAKENED)
    g_string_append_printf (label, "  [%s]", _ ("weakened"));
  else if (entry->marks.strength == RD_STRENGTH_STRENGTHENED)
    g_string_append_printf (label, "  [%s]", _ ("strengthened"));
  if (entry->note != NULL)
    g_string_append_printf (label, "  [%s]", entry->note);
  layout = rd_print_content_new_label (content, label->str, RD_PRINT_INK_MUTED, FALSE);
  pango_layout_set_width (layout, (int) (content->width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  g_string_free (label, TRUE);
  y = rd_print_block_add_text (block, layout, 0, 0) + LABEL_GAP;
  text_top = y;

  for (guint i = 0; i < entry->paragraphs->len; i++)
    {
      const RdShownParagraph *paragraph = g_ptr_array_index (entry->paragraphs, i);
      g_auto (RdPrintText) text = { 0 };
      double x = 0.0;

      rd_print_text_init (&text);
      rd_print_text_append_paragraph (&text, paragraph);
      layout = rd_print_content_new_paragraph_layout (content, &text, paragraph->kind, content->width, &x);
      if (i > 0)
        y += PARAGRAPH_SPACE;
      y += rd_print_block_add_text (block, layout, x, y);
    }
  rd_print_block_add_shape (block, RD_PRINT_CELL_BAR, entry->marks.routine ? RD_PRINT_INK_MUTED : rd_print_ink_for_change (entry->type), -BAR_OFFSET, text_top, 0, MAX (y - text_top, 1.0));
  rd_print_block_grow (block, y);
  g_ptr_array_add (content->blocks, block);
}

static void
build_history (RdPrintContent *content,
               guint index)
{
  const RdShownHistory *history = g_ptr_array_index (content->histories, index);
  RdPrintBlock *block = rd_print_block_new (SECTION_SPACE / 2);
  g_auto (RdPrintText) text = { 0 };

  /* "PP 4 | PP 4 | — | PP 5": where it stood in each version. */
  rd_print_text_init (&text);
  rd_print_text_append (&text, history->title, RD_PRINT_MARK_BOLD);
  rd_print_block_grow (block, add_text_line (content, block, content->summary_font, &text, 0, 0));
  block->keep_with_next = TRUE;
  block->anchor = g_strdup_printf ("history-%u", index + 1);
  block->outline = g_strdup (history->title);
  block->outline_level = 1;
  g_ptr_array_add (content->blocks, block);

  for (guint e = 0; e < history->entries->len; e++)
    build_entry (content, g_ptr_array_index (history->entries, e));
}

/* Shared with rd-print-content.c */

void
rd_print_series_build_item (RdPrintContent *content,
                            guint item)
{
  g_return_if_fail (content->series != NULL);

  if (item == 0)
    build_front_matter (content);
  else
    build_history (content, item - 1);
}
