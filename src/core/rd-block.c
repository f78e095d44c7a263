/* rd-block.c: the neutral text blocks that importers produce
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-block.h"

#include "rd-limits.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* How many of a block's last spans a new span is compared with to merge
 * it: spans come in order, so only the last few of other kinds can lie
 * between it and one of its kind it touches. */
#define SPAN_MERGE_LOOKBACK 8

/* Blocks */

RdBlock *
rd_block_new (RdBlockRole role,
              const char *text)
{
  RdBlock *block = g_new0 (RdBlock, 1);

  block->role = role;
  block->text = g_strdup (text != NULL ? text : "");
  block->spans = g_array_new (FALSE, FALSE, sizeof (RdSpan));
  block->indent = -1;
  block->left = -1;
  return block;
}

void
rd_block_free (RdBlock *block)
{
  if (block == NULL)
    return;
  g_free (block->text);
  g_array_unref (block->spans);
  g_free (block->marker);
  g_free (block->number);
  g_free (block);
}

gint
rd_span_compare (gconstpointer a,
                 gconstpointer b)
{
  const RdSpan *sa = a;
  const RdSpan *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  return (int) sa->kind - (int) sb->kind;
}

void
rd_block_add_span (RdBlock *block,
                   RdSpanKind kind,
                   gsize start,
                   gsize end)
{
  RdSpan span = { kind, start, end };
  gsize length;

  g_return_if_fail (block != NULL);

  length = strlen (block->text);
  span.start = MIN (start, length);
  span.end = MIN (MAX (end, span.start), length);
  if (span.end == span.start)
    return;

  /* Adjacent spans of one kind merge, so "*Also* *decides*" is one run.
   * Importers add spans in order: then only the last few can touch the new
   * one and nothing needs sorting, which keeps a block with a million
   * spans linear. */
  if (block->spans->len == 0 || g_array_index (block->spans, RdSpan, block->spans->len - 1).start <= span.start)
    {
      for (guint i = block->spans->len, looked = 0; i > 0 && looked < SPAN_MERGE_LOOKBACK; i--, looked++)
        {
          RdSpan *other = &g_array_index (block->spans, RdSpan, i - 1);

          if (other->kind == kind && kind != RD_SPAN_FOOTNOTE && other->start <= span.end && span.start <= other->end)
            {
              other->end = MAX (other->end, span.end);
              return;
            }
        }
      g_array_append_val (block->spans, span);
      return;
    }

  for (guint i = 0; i < block->spans->len; i++)
    {
      RdSpan *other = &g_array_index (block->spans, RdSpan, i);

      if (other->kind == kind && kind != RD_SPAN_FOOTNOTE && other->start <= span.end && span.start <= other->end)
        {
          other->start = MIN (other->start, span.start);
          other->end = MAX (other->end, span.end);
          return;
        }
    }

  g_array_append_val (block->spans, span);
  g_array_sort (block->spans, rd_span_compare);
}

gboolean
rd_block_has_span (const RdBlock *block,
                   RdSpanKind kind)
{
  for (guint i = 0; i < block->spans->len; i++)
    if (g_array_index (block->spans, RdSpan, i).kind == kind)
      return TRUE;
  return FALSE;
}

/* Block lists */

RdBlockList *
rd_block_list_new (const char *format)
{
  RdBlockList *list = g_new0 (RdBlockList, 1);

  list->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_block_free);
  list->warnings = g_ptr_array_new_with_free_func (g_free);
  list->format = g_strdup (format);
  return list;
}

void
rd_block_list_free (RdBlockList *list)
{
  if (list == NULL)
    return;
  g_ptr_array_unref (list->blocks);
  g_ptr_array_unref (list->warnings);
  g_free (list->format);
  g_free (list->language);
  g_free (list);
}

RdBlock *
rd_block_list_append (RdBlockList *list,
                      RdBlockRole role,
                      const char *text)
{
  return rd_block_list_append_block (list, rd_block_new (role, text));
}

RdBlock *
rd_block_list_append_take (RdBlockList *list,
                           RdBlockRole role,
                           char *text)
{
  RdBlock *block = g_new0 (RdBlock, 1);

  block->role = role;
  block->text = text != NULL ? text : g_strdup ("");
  block->spans = g_array_new (FALSE, FALSE, sizeof (RdSpan));
  block->indent = -1;
  block->left = -1;
  return rd_block_list_append_block (list, block);
}

RdBlock *
rd_block_list_append_block (RdBlockList *list,
                            RdBlock *block)
{
  if (list->passed == RD_BLOCK_LIMIT_NONE)
    {
      if (list->blocks->len >= RD_LIMIT_PARAGRAPHS)
        list->passed = RD_BLOCK_LIMIT_PARAGRAPHS;
      else if (strlen (block->text) > RD_LIMIT_PARAGRAPH_LENGTH)
        list->passed = RD_BLOCK_LIMIT_PARAGRAPH_LENGTH;
      else if (block->role == RD_BLOCK_FOOTNOTE && list->n_footnotes >= RD_LIMIT_FOOTNOTES)
        list->passed = RD_BLOCK_LIMIT_FOOTNOTES;
    }
  if (list->passed != RD_BLOCK_LIMIT_NONE)
    {
      rd_block_free (block);
      return NULL;
    }
  list->n_footnotes += block->role == RD_BLOCK_FOOTNOTE;
  g_ptr_array_add (list->blocks, block);
  return block;
}

void
rd_block_list_add_warning (RdBlockList *list,
                           const char *format,
                           ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (list->warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

/* White space */

static gboolean
is_space_char (gunichar c)
{
  /* g_unichar_isspace covers ASCII and Zs (no-break space, thin space...);
   * zero-width spaces and the BOM are not Zs but act as nothing at all. */
  return g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF || c == 0x2060;
}

/* ASCII bytes copied as they are: printable characters and the controls
 * that are not white space (these never reach here from the importers,
 * which refuse binary data). */
static const guint8 plain_ascii[256] = {
  [0x01 ... 0x08] = 1,
  [0x0E ... 0x1F] = 1,
  [0x21 ... 0x7F] = 1,
};

static inline gboolean
is_ascii_space (guchar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* The bytes copy_if_folded () looks at: the end, the space, the other
 * controls, and the lead bytes of the non-ASCII spaces. */
static const guint8 fold_stops[256] = {
  [0x00 ... 0x20] = 1,
  [0xC2] = 1,
  [0xE1 ... 0xE3] = 1,
  [0xEF] = 1,
};

/* 0x80 in each byte of @word that is below 0x20, and in each that is
 * 0x20, exactly (no borrow runs from byte to byte). */
#define BYTES_7F G_GUINT64_CONSTANT (0x7F7F7F7F7F7F7F7F)
#define BYTES_80 G_GUINT64_CONSTANT (0x8080808080808080)

static inline guint64
bytes_below_space (guint64 word)
{
  return ~(((word & BYTES_7F) + G_GUINT64_CONSTANT (0x6060606060606060)) | word) & BYTES_80;
}

static inline guint64
bytes_space (guint64 word)
{
  guint64 x = word ^ G_GUINT64_CONSTANT (0x2020202020202020);

  return ~(((x & BYTES_7F) + BYTES_7F) | x) & BYTES_80;
}

/* Whether @text (@size bytes) is folded already (no white space but
 * single ASCII spaces between words), the usual case for text that was
 * folded once, copying it into @out as it looks: one pass over the text
 * where a check and then a copy were two.  On FALSE, @out holds a part. */
static gboolean
copy_if_folded (const char *text,
                gsize size,
                char *out)
{
  const guchar *start = (const guchar *) text;
  const guchar *end = start + size;
  const guchar *p = start;
  guchar *to = (guchar *) out;

  while (p < end)
    {
      guchar c;
      gboolean after_space = p == start || p[-1] == ' ';

#ifdef __SSE2__
      /* Sixteen bytes at a time while they are printable ASCII with no two
       * spaces together (nor a space at the start or after one). */
      while (end - p >= 16)
        {
          __m128i bytes = _mm_loadu_si128 ((const __m128i *) (const void *) p);
          /* Signed: the controls and every byte from 0x80 are below ' '. */
          int stops = _mm_movemask_epi8 (_mm_cmplt_epi8 (bytes, _mm_set1_epi8 (' ')));
          int spaces = _mm_movemask_epi8 (_mm_cmpeq_epi8 (bytes, _mm_set1_epi8 (' ')));

          if (stops != 0 || (spaces & (spaces << 1)) != 0 || (after_space && (spaces & 1)))
            break;
          _mm_storeu_si128 ((__m128i *) (void *) (to + (p - start)), bytes);
          p += 16;
          after_space = p[-1] == ' ';
        }
      if (p == end)
        break;
#endif
      /* Eight bytes at a time the same way; the rest a byte at a time. */
      if (end - p >= 8)
        {
          guint64 word;
          guint64 spaces;

          memcpy (&word, p, sizeof word);
          spaces = bytes_space (word);
          if (((word & BYTES_80) | bytes_below_space (word)) == 0 && (spaces & (spaces << 8)) == 0 && !(after_space && *p == ' '))
            {
              memcpy (to + (p - start), &word, sizeof word);
              p += sizeof word;
              continue;
            }
        }
      c = *p;
      if (c == ' ')
        {
          /* at the start, or after another space */
          if (after_space)
            return FALSE;
        }
      else if (c < 0x20)
        {
          if (is_ascii_space (c))
            return FALSE;
        }
      else if (fold_stops[c] && is_space_char (g_utf8_get_char ((const char *) p)))
        return FALSE;
      to[p - start] = c;
      p++;
    }
  if (p != start && p[-1] == ' ')
    return FALSE;
  to[size] = '\0';
  return TRUE;
}

char *
rd_text_fold_whitespace (const char *text,
                         GArray *spans)
{
  g_autofree gsize *map = NULL; /* old byte offset -> new byte offset */
  gsize length;
  char *out;
  gsize n = 0; /* bytes written to out */
  const char *p;
  gboolean pending_space = FALSE;
  gboolean need_map;

  g_return_val_if_fail (text != NULL, NULL);

  /* The result is never longer than the text: write straight into a
   * buffer of its size, the hot path of every importer.  Spans keep their
   * offsets when nothing changes. */
  length = strlen (text);
  out = g_malloc (length + 1);
  if (copy_if_folded (text, length, out))
    return out;
  need_map = spans != NULL && spans->len > 0;
  if (need_map)
    map = g_new0 (gsize, length + 1);

  p = text;
  while (*p != '\0')
    {
      guchar byte = (guchar) *p;
      const char *next;
      gboolean space;

      if (byte < 0x80)
        {
          if (!is_ascii_space (byte))
            {
              /* A run of plain ASCII copied as it is. */
              if (pending_space)
                {
                  out[n++] = ' ';
                  pending_space = FALSE;
                }
              if (need_map)
                {
                  while (plain_ascii[(guchar) *p])
                    {
                      map[p - text] = n;
                      out[n++] = *p++;
                    }
                }
              else
                {
                  const char *run = p;

                  while (plain_ascii[(guchar) *p])
                    p++;
                  memcpy (out + n, run, p - run);
                  n += p - run;
                }
              continue;
            }
          next = p + 1;
          space = TRUE;
        }
      else
        {
          next = g_utf8_next_char (p);
          space = is_space_char (g_utf8_get_char (p));
        }

      if (space)
        {
          if (n > 0)
            pending_space = TRUE;
          if (need_map)
            for (gsize k = p - text; k < (gsize) (next - text); k++)
              map[k] = n + (pending_space ? 1 : 0);
        }
      else
        {
          if (pending_space)
            {
              out[n++] = ' ';
              pending_space = FALSE;
            }
          if (need_map)
            for (gsize k = p - text; k < (gsize) (next - text); k++)
              map[k] = n;
          memcpy (out + n, p, next - p);
          n += next - p;
        }
      p = next;
    }
  out[n] = '\0';

  if (need_map)
    {
      map[length] = n;
      for (guint i = 0; i < spans->len; i++)
        {
          RdSpan *span = &g_array_index (spans, RdSpan, i);

          span->start = MIN (map[MIN (span->start, length)], n);
          span->end = MIN (map[MIN (span->end, length)], n);
          /* A span that began on a folded space starts at the next char. */
          while (span->start < span->end && out[span->start] == ' ')
            span->start++;
          while (span->end > span->start && out[span->end - 1] == ' ')
            span->end--;
        }
      for (guint i = spans->len; i > 0; i--)
        {
          RdSpan *span = &g_array_index (spans, RdSpan, i - 1);

          if (span->end <= span->start)
            g_array_remove_index (spans, i - 1);
        }
    }

  return out;
}
