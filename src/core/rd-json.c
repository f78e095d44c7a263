/* rd-json.c: a small streaming JSON writer
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-json.h"

#include <math.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

typedef struct
{
  gboolean inline_array;
  guint count; /* values written in this container */
} Level;

/* How much text gathers before a sink takes it. */
#define SINK_CHUNK (64 * 1024)

/* g_string_append_len, with the common case (room in the buffer) inline:
 * GLib 2.74 makes a call through g_string_insert_len for every piece, and
 * a comparison's JSON is written in hundreds of thousands of pieces. */
static inline void
out_append_len (GString *out,
                const char *bytes,
                gsize length)
{
  if (out->len + length < out->allocated_len)
    {
      memcpy (out->str + out->len, bytes, length);
      out->len += length;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, bytes, (gssize) length);
}

static inline void
out_append (GString *out,
            const char *text)
{
  out_append_len (out, text, strlen (text));
}

/* Room for @extra more bytes (and the NUL) at the end of @out: where to
 * write them, to be counted by out_commit(). */
static inline char *
out_reserve (GString *out,
             gsize extra)
{
  if (out->len + extra >= out->allocated_len)
    {
      gsize len = out->len;

      g_string_set_size (out, len + extra);
      out->len = len;
    }
  return out->str + out->len;
}

static inline void
out_commit (GString *out,
            gsize written)
{
  out->len += written;
  out->str[out->len] = '\0';
}

struct _RdJsonWriter
{
  GString *out;
  RdJsonSink sink;
  gpointer sink_data;
  gboolean sink_failed;
  GArray *levels;        /* Level */
  gboolean after_member; /* a member name was written; its value is next */
  guint inline_levels;   /* levels that are inline arrays */
};

RdJsonWriter *
rd_json_writer_new (void)
{
  RdJsonWriter *writer = g_new0 (RdJsonWriter, 1);

  writer->out = g_string_new (NULL);
  writer->levels = g_array_new (FALSE, FALSE, sizeof (Level));
  return writer;
}

void
rd_json_writer_free (RdJsonWriter *writer)
{
  if (writer == NULL)
    return;
  g_string_free (writer->out, TRUE);
  g_array_unref (writer->levels);
  g_free (writer);
}

void
rd_json_writer_set_sink (RdJsonWriter *writer,
                         RdJsonSink sink,
                         gpointer user_data)
{
  writer->sink = sink;
  writer->sink_data = user_data;
}

static void
flush_to_sink (RdJsonWriter *writer)
{
  if (writer->sink == NULL || writer->out->len == 0)
    return;
  if (!writer->sink_failed)
    writer->sink_failed = !writer->sink (writer->out->str, writer->out->len, writer->sink_data);
  g_string_truncate (writer->out, 0);
}

char *
rd_json_writer_finish (RdJsonWriter *writer)
{
  char *text;
  gboolean failed;

  g_return_val_if_fail (writer->levels->len == 0, NULL);

  g_string_append_c (writer->out, '\n');
  flush_to_sink (writer);
  failed = writer->sink_failed;
  text = g_string_free (writer->out, failed);
  writer->out = NULL;
  g_array_unref (writer->levels);
  g_free (writer);
  return text;
}

static Level *
current_level (RdJsonWriter *writer)
{
  if (writer->levels->len == 0)
    return NULL;
  return &g_array_index (writer->levels, Level, writer->levels->len - 1);
}

/* Whether a value goes inside an inline array (at any depth). */
static inline gboolean
in_inline (RdJsonWriter *writer)
{
  return writer->inline_levels > 0;
}

static void
newline_indent (RdJsonWriter *writer,
                guint depth)
{
  gsize width = 2 * (gsize) depth;
  char *to = out_reserve (writer->out, width + 1);

  to[0] = '\n';
  memset (to + 1, ' ', width);
  out_commit (writer->out, width + 1);
}

/* Separator and indentation before a value (or a member name). */
static void
before_value (RdJsonWriter *writer)
{
  Level *level = current_level (writer);

  if (writer->sink != NULL && writer->out->len >= SINK_CHUNK)
    flush_to_sink (writer);

  if (writer->after_member)
    {
      writer->after_member = FALSE;
      return;
    }
  if (level == NULL)
    return;
  if (level->count > 0)
    g_string_append_c (writer->out, ',');
  if (in_inline (writer))
    {
      if (level->count > 0)
        g_string_append_c (writer->out, ' ');
    }
  else
    newline_indent (writer, writer->levels->len);
  level->count++;
}

static void
begin (RdJsonWriter *writer,
       char opening,
       gboolean inline_array)
{
  Level level = { inline_array, 0 };

  before_value (writer);
  g_string_append_c (writer->out, opening);
  g_array_append_val (writer->levels, level);
  writer->inline_levels += inline_array ? 1 : 0;
}

static void
end (RdJsonWriter *writer,
     char closing)
{
  Level *level = current_level (writer);
  gboolean was_inline;
  guint count;

  g_return_if_fail (level != NULL);

  count = level->count;
  was_inline = in_inline (writer);
  writer->inline_levels -= level->inline_array ? 1 : 0;
  g_array_set_size (writer->levels, writer->levels->len - 1);
  if (count > 0 && !was_inline)
    newline_indent (writer, writer->levels->len);
  g_string_append_c (writer->out, closing);
}

void
rd_json_begin_object (RdJsonWriter *writer)
{
  begin (writer, '{', FALSE);
}

void
rd_json_end_object (RdJsonWriter *writer)
{
  end (writer, '}');
}

void
rd_json_begin_array (RdJsonWriter *writer)
{
  begin (writer, '[', FALSE);
}

void
rd_json_begin_inline_array (RdJsonWriter *writer)
{
  begin (writer, '[', TRUE);
}

void
rd_json_end_array (RdJsonWriter *writer)
{
  end (writer, ']');
}

/* Bytes that end a run of text copied as it is: NUL, control characters,
 * the quote and the backslash. */
static const guint8 json_stops[256] = {
  [0x00 ... 0x1F] = 1,
  ['"'] = 1,
  ['\\'] = 1,
};

/* Whether any byte of @word is below 0x20 (a control character or NUL),
 * a quote or a backslash: the usual bit tricks on eight bytes at once
 * (Hacker's Delight, "find a zero byte"). */
static inline gboolean
has_special_byte (guint64 word)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 quote = word ^ (ones * '"');
  guint64 backslash = word ^ (ones * '\\');
  guint64 below_space = (word - ones * 0x20) & ~word;
  guint64 zero_quote = (quote - ones) & ~quote;
  guint64 zero_backslash = (backslash - ones) & ~backslash;

  return ((below_space | zero_quote | zero_backslash) & highs) != 0;
}

void
rd_json_append_escaped (GString *out,
                        const char *value)
{
  const char *p = value;
  const char *end = value + strlen (value);
#ifdef __SSE2__
  const __m128i last_control = _mm_set1_epi8 (0x1F);
  const __m128i quote = _mm_set1_epi8 ('"');
  const __m128i backslash = _mm_set1_epi8 ('\\');
#endif

  g_string_append_c (out, '"');
  while (*p != '\0')
    {
      const char *run = p;
      guchar c;

      /* Copy the bytes that need no escape in one go, sixteen (or eight)
       * at a time while none of them is a quote, a backslash, a control
       * character or the end (text is mostly plain words). */
#ifdef __SSE2__
      while ((gsize) (end - p) >= 16)
        {
          __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) p);
          __m128i control = _mm_cmpeq_epi8 (_mm_min_epu8 (v, last_control), v);
          int special = _mm_movemask_epi8 (_mm_or_si128 (control, _mm_or_si128 (_mm_cmpeq_epi8 (v, quote), _mm_cmpeq_epi8 (v, backslash))));

          if (special != 0)
            {
              p += __builtin_ctz ((unsigned) special);
              break;
            }
          p += 16;
        }
#endif
      while ((gsize) (end - p) >= sizeof (guint64))
        {
          guint64 word;

          memcpy (&word, p, sizeof word);
          if (has_special_byte (word))
            break;
          p += sizeof word;
        }
      while (!json_stops[(guchar) *p])
        p++;
      if (p > run)
        out_append_len (out, run, p - run);
      c = (guchar) *p;
      if (c == '\0')
        break;
      switch (c)
        {
        case '"':
          out_append (out, "\\\"");
          break;
        case '\\':
          out_append (out, "\\\\");
          break;
        case '\n':
          out_append (out, "\\n");
          break;
        case '\r':
          out_append (out, "\\r");
          break;
        case '\t':
          out_append (out, "\\t");
          break;
        case '\b':
          out_append (out, "\\b");
          break;
        case '\f':
          out_append (out, "\\f");
          break;
        default:
          g_string_append_printf (out, "\\u%04x", c);
        }
      p++;
    }
  g_string_append_c (out, '"');
}

/* Whether the @length bytes of @text need no escape. */
static inline gboolean
is_plain (const char *text,
          gsize length)
{
  for (gsize i = 0; i < length; i++)
    if (json_stops[(guchar) text[i]])
      return FALSE;
  return TRUE;
}

void
rd_json_member (RdJsonWriter *writer,
                const char *name)
{
  gsize length = strlen (name);

  before_value (writer);
  /* Names are short words of the program's: written in one piece. */
  if (length <= 64 && is_plain (name, length))
    {
      char *to = out_reserve (writer->out, length + 4);

      to[0] = '"';
      memcpy (to + 1, name, length);
      memcpy (to + 1 + length, "\": ", 3);
      out_commit (writer->out, length + 4);
    }
  else
    {
      rd_json_append_escaped (writer->out, name);
      out_append (writer->out, ": ");
    }
  writer->after_member = TRUE;
}

void
rd_json_string (RdJsonWriter *writer,
                const char *value)
{
  before_value (writer);
  if (value == NULL)
    out_append (writer->out, "null");
  else
    rd_json_append_escaped (writer->out, value);
}

void
rd_json_int (RdJsonWriter *writer,
             gint64 value)
{
  /* In decimal by hand: printf is most of the cost of a small number. */
  char buffer[24];
  char *end = buffer + sizeof buffer;
  char *p = end;
  guint64 magnitude = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;

  before_value (writer);
  do
    {
      *--p = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    }
  while (magnitude != 0);
  if (value < 0)
    *--p = '-';
  out_append_len (writer->out, p, end - p);
}

void
rd_json_double (RdJsonWriter *writer,
                double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  before_value (writer);
  if (!isfinite (value))
    {
      out_append (writer->out, "null");
      return;
    }
  /* Whole similarities (most paragraphs are unchanged) without printf,
   * which was a sixth of writing a long comparison's changes. */
  if (value == 1.0 || (value == 0.0 && !signbit (value)))
    {
      out_append_len (writer->out, value == 1.0 ? "1.000" : "0.000", 5);
      return;
    }
  /* Three decimals: enough for a similarity, stable across platforms. */
  g_ascii_formatd (buffer, sizeof buffer, "%.3f", value);
  out_append (writer->out, buffer);
}

void
rd_json_bool (RdJsonWriter *writer,
              gboolean value)
{
  before_value (writer);
  out_append (writer->out, value ? "true" : "false");
}

void
rd_json_null (RdJsonWriter *writer)
{
  before_value (writer);
  out_append (writer->out, "null");
}

void
rd_json_member_string (RdJsonWriter *writer,
                       const char *name,
                       const char *value)
{
  rd_json_member (writer, name);
  rd_json_string (writer, value);
}

void
rd_json_member_int (RdJsonWriter *writer,
                    const char *name,
                    gint64 value)
{
  rd_json_member (writer, name);
  rd_json_int (writer, value);
}

void
rd_json_member_bool (RdJsonWriter *writer,
                     const char *name,
                     gboolean value)
{
  rd_json_member (writer, name);
  rd_json_bool (writer, value);
}

void
rd_json_member_object (RdJsonWriter *writer,
                       const char *name)
{
  rd_json_member (writer, name);
  rd_json_begin_object (writer);
}

void
rd_json_member_array (RdJsonWriter *writer,
                      const char *name)
{
  rd_json_member (writer, name);
  rd_json_begin_array (writer);
}

void
rd_json_member_inline_array (RdJsonWriter *writer,
                             const char *name)
{
  rd_json_member (writer, name);
  rd_json_begin_inline_array (writer);
}

void
rd_json_member_strings (RdJsonWriter *writer,
                        const char *name,
                        GPtrArray *strings)
{
  rd_json_member_array (writer, name);
  for (guint i = 0; strings != NULL && i < strings->len; i++)
    rd_json_string (writer, g_ptr_array_index (strings, i));
  rd_json_end_array (writer);
}

void
rd_json_member_int_or_null (RdJsonWriter *writer,
                            const char *name,
                            gboolean present,
                            gint64 value)
{
  rd_json_member (writer, name);
  if (present)
    rd_json_int (writer, value);
  else
    rd_json_null (writer);
}

void
rd_json_member_string_if (RdJsonWriter *writer,
                          const char *name,
                          const char *value)
{
  if (value != NULL)
    rd_json_member_string (writer, name, value);
}
