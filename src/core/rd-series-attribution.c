/* rd-series-attribution.c: who changed what (rd-series-attribution.h)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-series-attribution.h"

#include "rd-presentation.h"

/* Versions are kept per byte in a guint8: a series has at most
 * RD_SERIES_MAX_VERSIONS, far below this. */
#define NO_VERSION G_MAXUINT8

/* One paragraph of a version: its text as the redline's new side spells
 * it, the version of each of its bytes (NO_VERSION for white space), and
 * the versions of its non-space characters in order, which is what the
 * next step's common and deleted text is matched against: white space may
 * be written otherwise from one comparison to the next, the characters
 * not. */
typedef struct
{
  GString *text;
  GByteArray *byte_versions;
  GByteArray *char_versions;
} Attribution;

static void
attribution_free (gpointer data)
{
  Attribution *attribution = data;

  if (attribution == NULL)
    return;
  g_string_free (attribution->text, TRUE);
  g_byte_array_unref (attribution->byte_versions);
  g_byte_array_unref (attribution->char_versions);
  g_free (attribution);
}

static Attribution *
attribution_new (void)
{
  Attribution *attribution = g_new0 (Attribution, 1);

  attribution->text = g_string_new (NULL);
  attribution->byte_versions = g_byte_array_new ();
  attribution->char_versions = g_byte_array_new ();
  return attribution;
}

/* The old side of one change, read character by character: the versions
 * of its old paragraphs' characters in order; past their end (the first
 * step, or texts that disagree), @fallback. */
typedef struct
{
  GByteArray *versions;
  guint cursor;
  guint8 fallback;
} OldCursor;

static guint8
old_cursor_take (OldCursor *cursor)
{
  if (cursor->cursor < cursor->versions->len)
    return cursor->versions->data[cursor->cursor++];
  return cursor->fallback;
}

static void
append_text (Attribution *attribution,
             const char *text,
             gboolean inserted,
             guint8 new_version,
             OldCursor *old)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize length = g_utf8_next_char (p) - p;
      guint8 version;

      if (g_unichar_isspace (c))
        version = NO_VERSION;
      else
        {
          version = inserted ? new_version : old_cursor_take (old);
          if (attribution != NULL)
            g_byte_array_append (attribution->char_versions, &version, 1);
        }
      if (attribution == NULL)
        continue;
      g_string_append_len (attribution->text, p, length);
      for (gsize k = 0; k < length; k++)
        g_byte_array_append (attribution->byte_versions, &version, 1);
    }
}

/* Consumes deleted text from the old side. */
static void
skip_text (const char *text,
           OldCursor *old)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      old_cursor_take (old);
}

/* Step @step: the attributions of version @step + 1's paragraphs from
 * those of version @step (@previous, NULL for the first version). */
static GPtrArray *
attribute_step (RdSeries *series,
                guint step,
                GPtrArray *previous)
{
  RdComparison *comparison = rd_series_get_step (series, step);
  g_autoptr (RdPresentation) presentation = rd_presentation_new (comparison);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  guint n_new = rd_document_get_paragraphs (rd_comparison_get_new (comparison))->len;
  GPtrArray *attributions = g_ptr_array_new_full (n_new, attribution_free);

  g_ptr_array_set_size (attributions, n_new);
  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);
      g_autoptr (GPtrArray) shown = NULL;
      g_autoptr (GByteArray) old_versions = g_byte_array_new ();
      OldCursor old = { old_versions, 0, step == 0 ? 0 : step };

      if (change->footnote)
        continue;
      for (guint k = 0; previous != NULL && k < change->old_items->len; k++)
        {
          guint index = g_array_index (change->old_items, guint, k);
          Attribution *before = index < previous->len ? g_ptr_array_index (previous, index) : NULL;

          if (before != NULL)
            g_byte_array_append (old_versions, before->char_versions->data, before->char_versions->len);
        }

      shown = rd_presentation_get_paragraphs (presentation, change, RD_SIDE_REDLINE);
      for (guint k = 0; k < shown->len; k++)
        {
          RdShownParagraph *paragraph = g_ptr_array_index (shown, k);
          Attribution *attribution = NULL;

          if (paragraph->footnote)
            continue;
          if (paragraph->side == RD_SIDE_NEW && paragraph->index < n_new)
            attribution = attribution_new ();
          for (guint r = 0; r < paragraph->runs->len; r++)
            {
              RdRun *run = g_ptr_array_index (paragraph->runs, r);

              if (run->kind != RD_RUN_TEXT || run->text == NULL)
                continue;
              if (run->mark == RD_RUN_DELETED)
                skip_text (run->text, &old);
              else
                append_text (attribution, run->text, run->mark == RD_RUN_INSERTED, step + 1, &old);
            }
          if (attribution != NULL)
            {
              /* A paragraph shown twice (it cannot be) keeps the first. */
              if (g_ptr_array_index (attributions, paragraph->index) == NULL)
                g_ptr_array_index (attributions, paragraph->index) = attribution;
              else
                attribution_free (attribution);
            }
        }
    }
  return attributions;
}

void
rd_attributed_paragraph_free (RdAttributedParagraph *paragraph)
{
  if (paragraph == NULL)
    return;
  g_free (paragraph->label);
  g_free (paragraph->text);
  g_clear_pointer (&paragraph->spans, g_array_unref);
  g_free (paragraph);
}

static RdAttributedParagraph *
attributed_paragraph_new (RdSeries *series,
                          guint version,
                          guint index,
                          Attribution *attribution)
{
  RdAttributedParagraph *paragraph = g_new0 (RdAttributedParagraph, 1);
  GByteArray *versions = attribution->byte_versions;
  guint8 current = NO_VERSION;

  paragraph->index = index;
  paragraph->label = rd_series_describe_item (series, version, index);
  paragraph->text = g_strndup (attribution->text->str, attribution->text->len);
  paragraph->spans = g_array_new (FALSE, FALSE, sizeof (RdAttributedSpan));

  /* White space takes the version before it; leading white space the
   * first character's. */
  for (guint i = 0; i < versions->len && current == NO_VERSION; i++)
    current = versions->data[i];
  if (current == NO_VERSION)
    current = 0;
  for (guint i = 0; i < versions->len; i++)
    {
      guint8 brought = versions->data[i] == NO_VERSION ? current : versions->data[i];
      RdAttributedSpan *last = paragraph->spans->len > 0 ? &g_array_index (paragraph->spans, RdAttributedSpan, paragraph->spans->len - 1) : NULL;

      current = brought;
      if (last != NULL && last->version == brought)
        last->end = i + 1;
      else
        {
          RdAttributedSpan span = { i, i + 1, brought };

          g_array_append_val (paragraph->spans, span);
        }
    }
  return paragraph;
}

GPtrArray *
rd_series_attribute_latest (RdSeries *series)
{
  g_autoptr (GPtrArray) attributions = NULL;
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_attributed_paragraph_free);
  guint last;

  g_return_val_if_fail (RD_IS_SERIES (series), result);
  if (rd_series_get_n_steps (series) == 0)
    return result;

  for (guint step = 0; step < rd_series_get_n_steps (series); step++)
    {
      GPtrArray *next = attribute_step (series, step, attributions);

      g_clear_pointer (&attributions, g_ptr_array_unref);
      attributions = next;
    }

  last = rd_series_get_n_versions (series) - 1;
  for (guint i = 0; i < attributions->len; i++)
    {
      Attribution *attribution = g_ptr_array_index (attributions, i);

      /* Every paragraph is shown by some change; were one not, it is left
       * out rather than attributed by guess. */
      if (attribution != NULL)
        g_ptr_array_add (result, attributed_paragraph_new (series, last, i, attribution));
    }
  return result;
}
