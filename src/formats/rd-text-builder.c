/* rd-text-builder.c: the text of one block, collected as a walker meets it
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-text-builder.h"

#include <string.h>

/* Marks an entry of RdTextBuilder.open as closed. */
#define SPAN_CLOSED G_MAXSIZE

/* Static helpers */

/* Gives @block the spans of @spans as rd_block_add_span would, one by
 * one: sorted by start, overlapping or touching spans of one kind merged
 * (footnote marks excepted).  Done in one sort, as a paragraph of a
 * hostile file can hold a hundred thousand spans, and adding them one at
 * a time costs a sort each. */
static void
add_spans (RdBlock *block,
           GArray *spans)
{
  gsize length = strlen (block->text);
  guint last[RD_SPAN_LINK + 1] = { G_MAXUINT, G_MAXUINT, G_MAXUINT };

  g_array_sort (spans, rd_span_compare);
  for (guint i = 0; i < spans->len; i++)
    {
      RdSpan span = g_array_index (spans, RdSpan, i);

      span.start = MIN (span.start, length);
      span.end = MIN (MAX (span.end, span.start), length);
      if (span.end == span.start)
        continue;
      if (span.kind != RD_SPAN_FOOTNOTE && last[span.kind] != G_MAXUINT)
        {
          RdSpan *other = &g_array_index (block->spans, RdSpan, last[span.kind]);

          if (span.start <= other->end)
            {
              other->end = MAX (other->end, span.end);
              continue;
            }
        }
      g_array_append_val (block->spans, span);
      last[span.kind] = block->spans->len - 1;
    }
}

/* Public API */

void
rd_text_builder_init (RdTextBuilder *builder)
{
  builder->text = g_string_new (NULL);
  builder->spans = g_array_new (FALSE, FALSE, sizeof (RdSpan));
  builder->open = g_array_new (FALSE, FALSE, sizeof (RdSpan));
}

void
rd_text_builder_clear (RdTextBuilder *builder)
{
  if (builder->text != NULL)
    g_string_free (builder->text, TRUE);
  g_clear_pointer (&builder->spans, g_array_unref);
  g_clear_pointer (&builder->open, g_array_unref);
  builder->text = NULL;
}

void
rd_text_builder_append (RdTextBuilder *builder,
                        const char *text,
                        gssize length)
{
  gsize n = length < 0 ? strlen (text) : (gsize) length;

  for (gsize i = 0; i < n; i++)
    {
      guchar c = (guchar) text[i];

      if (c == 0xC2 && i + 1 < n && (guchar) text[i + 1] == 0xAD)
        {
          i++; /* U+00AD SOFT HYPHEN: invisible unless a line breaks there */
          continue;
        }
      if (c < 0x20 || c == 0x7F)
        c = ' ';
      g_string_append_c (builder->text, (char) c);
    }
}

gboolean
rd_text_builder_is_empty (const RdTextBuilder *builder)
{
  for (gsize i = 0; i < builder->text->len; i++)
    if (!g_ascii_isspace (builder->text->str[i]))
      return FALSE;
  return TRUE;
}

guint
rd_text_builder_open (RdTextBuilder *builder,
                      RdSpanKind kind)
{
  RdSpan span = { kind, builder->text->len, 0 };

  g_array_append_val (builder->open, span);
  return builder->open->len - 1;
}

void
rd_text_builder_close (RdTextBuilder *builder,
                       guint handle)
{
  RdSpan *span;

  g_return_if_fail (handle < builder->open->len);

  span = &g_array_index (builder->open, RdSpan, handle);
  if (span->end != SPAN_CLOSED)
    rd_text_builder_add_span (builder, span->kind, span->start);
  span->end = SPAN_CLOSED;
  /* Handles stay valid: only closed spans at the top are dropped. */
  while (builder->open->len > 0 && g_array_index (builder->open, RdSpan, builder->open->len - 1).end == SPAN_CLOSED)
    g_array_set_size (builder->open, builder->open->len - 1);
}

void
rd_text_builder_add_span (RdTextBuilder *builder,
                          RdSpanKind kind,
                          gsize start)
{
  RdSpan span = { kind, start, builder->text->len };

  if (span.end > span.start)
    g_array_append_val (builder->spans, span);
}

RdBlock *
rd_text_builder_flush (RdTextBuilder *builder,
                       RdBlockList *list,
                       RdBlockRole role)
{
  g_autofree char *folded = NULL;
  RdBlock *block = NULL;

  for (guint i = 0; i < builder->open->len; i++)
    {
      RdSpan *open = &g_array_index (builder->open, RdSpan, i);

      if (open->end == SPAN_CLOSED)
        continue;
      rd_text_builder_add_span (builder, open->kind, open->start);
      open->start = 0;
    }

  folded = rd_text_fold_whitespace (builder->text->str, builder->spans);
  if (*folded != '\0')
    {
      block = rd_block_list_append (list, role, folded);
      if (block != NULL)
        add_spans (block, builder->spans);
    }

  g_string_truncate (builder->text, 0);
  g_array_set_size (builder->spans, 0);
  return block;
}

void
rd_bold_tally_note (RdBoldTally *tally,
                    const char *text,
                    gboolean bold)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      {
        if (bold)
          tally->any_bold = TRUE;
        else
          tally->any_plain = TRUE;
        return;
      }
}

gboolean
rd_bold_tally_all_bold (const RdBoldTally *tally)
{
  return tally->any_bold && !tally->any_plain;
}

void
rd_block_context_clear (RdBlockContext *context)
{
  g_clear_pointer (&context->number, g_free);
  g_clear_pointer (&context->marker, g_free);
}

gboolean
rd_block_context_give_first (RdBlockContext *context,
                             RdBlock *block)
{
  if (context->emitted)
    return FALSE;
  block->flags |= context->flags;
  block->number = g_strdup (context->number);
  block->marker = g_strdup (context->marker);
  context->emitted = TRUE;
  return TRUE;
}
