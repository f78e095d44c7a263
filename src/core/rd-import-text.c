/* rd-import-text.c: plain text (and the light Markdown of text converted
 * from UN documents)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-import.h"
#include "rd-lexicon.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* A line shorter than this share of the longest line in its chunk ends a
 * paragraph: justified or ragged text fills most of the measure, and the
 * last line of a paragraph seldom reaches three quarters of it. */
#define SHORT_LINE_RATIO 0.75

/* A chunk whose longest line is shorter than this holds separate short
 * items (a masthead: "Third Committee", "Agenda item 108"), one per line. */
#define WRAPPED_MEASURE 50

/* Encoding */

static gboolean
undefined_in_windows_1252 (guint8 byte)
{
  return byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D;
}

/* The offset of the first byte that cannot be in a text file (a control
 * character other than tab, line feed, form feed and carriage return), or
 * -1.  Only meaningful for 8-bit encodings. */
static const guint8 binary_bytes[256] = {
  [0x00 ... 0x08] = 1,
  [0x0B] = 1,
  [0x0E ... 0x1F] = 1,
  [0x7F] = 1,
};

static gssize
find_binary_byte (const guint8 *data,
                  gsize length)
{
  gsize i = 0;

#ifdef __SSE2__
  /* Sixteen bytes at a time, exactly: the controls (bytes up to 0x1F) but
   * tab, line feed, form feed and carriage return, and DEL. */
  {
    const __m128i last_control = _mm_set1_epi8 (0x1F);
    const __m128i tab = _mm_set1_epi8 ('\t');
    const __m128i line_feed = _mm_set1_epi8 ('\n');
    const __m128i form_feed = _mm_set1_epi8 ('\f');
    const __m128i carriage_return = _mm_set1_epi8 ('\r');
    const __m128i del = _mm_set1_epi8 (0x7F);

    for (; length - i >= 16; i += 16)
      {
        __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) (data + i));
        __m128i control = _mm_cmpeq_epi8 (_mm_min_epu8 (v, last_control), v);
        __m128i deleted = _mm_cmpeq_epi8 (v, del);
        __m128i allowed;
        int bad;

        /* Most runs of sixteen hold no control at all (a line feed in
         * some eighty bytes) and no DEL: those go by in a few steps. */
        if (_mm_movemask_epi8 (_mm_or_si128 (control, deleted)) == 0)
          continue;
        allowed = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, tab), _mm_cmpeq_epi8 (v, line_feed)),
                                _mm_or_si128 (_mm_cmpeq_epi8 (v, form_feed), _mm_cmpeq_epi8 (v, carriage_return)));
        bad = _mm_movemask_epi8 (_mm_or_si128 (_mm_andnot_si128 (allowed, control), deleted));

        if (bad != 0)
          return (gssize) (i + (gsize) __builtin_ctz ((unsigned) bad));
      }
  }
#else
  /* Eight bytes at a time while none is below 0x20 or is 0x7F (text is
   * mostly printable; a line feed sends its eight bytes to the table). */
  while (length - i >= sizeof (guint64))
    {
      guint64 word;

      memcpy (&word, data + i, sizeof word);
      if (((word - G_GUINT64_CONSTANT (0x2020202020202020)) & ~word & G_GUINT64_CONSTANT (0x8080808080808080)) != 0 || (((word ^ G_GUINT64_CONSTANT (0x7F7F7F7F7F7F7F7F)) - G_GUINT64_CONSTANT (0x0101010101010101)) & ~(word ^ G_GUINT64_CONSTANT (0x7F7F7F7F7F7F7F7F)) & G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
        {
          for (gsize k = 0; k < sizeof word; k++)
            if (binary_bytes[data[i + k]])
              return (gssize) (i + k);
        }
      i += sizeof word;
    }
#endif
  for (; i < length; i++)
    if (binary_bytes[data[i]])
      return (gssize) i;
  return -1;
}

/* g_utf8_validate_len, with runs of ASCII (most of a resolution) checked
 * sixteen or eight bytes at a time. */
static gboolean
validate_utf8 (const char *data,
               gsize length,
               const char **end)
{
  const char *p = data;
  const char *limit = data + length;

  while (p < limit)
    {
      guint64 word;

#ifdef __SSE2__
      /* No byte with its high bit set (the sign in the mask), none zero. */
      while (limit - p >= 16)
        {
          __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) p);

          if ((_mm_movemask_epi8 (v) | _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, _mm_setzero_si128 ()))) != 0)
            break;
          p += 16;
        }
      if (p == limit)
        break;
#endif
      if (limit - p >= 8)
        {
          memcpy (&word, p, 8);
          /* No byte with its high bit set, and none zero. */
          if ((word & G_GUINT64_CONSTANT (0x8080808080808080)) == 0 &&
              ((word - G_GUINT64_CONSTANT (0x0101010101010101)) & ~word & G_GUINT64_CONSTANT (0x8080808080808080)) == 0)
            {
              p += 8;
              continue;
            }
        }
      if ((guchar) *p < 0x80 && *p != '\0')
        {
          p++;
          continue;
        }
      {
        /* One multi-byte character (or a NUL, which is invalid here). */
        const char *char_end = NULL;
        gsize span = MIN ((gsize) (limit - p), 4);

        if (*p == '\0')
          break;
        if (!g_utf8_validate_len (p, span, &char_end) && char_end == p)
          break;
        p = char_end > p ? char_end : p + span;
      }
    }
  *end = p;
  return p == limit;
}

static guint
line_of_offset (const char *data,
                gsize offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;
  return line;
}

static char *
decode (GBytes *bytes,
        RdBlockList *list,
        GError **error)
{
  gsize length = 0;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  const char *end = NULL;
  gboolean has_multibyte = FALSE;
  gssize binary;

  /* Empty bytes may have no data at all; pointer arithmetic on NULL is
   * undefined even with a zero offset. */
  if (data == NULL)
    data = (const guint8 *) "";

  /* UTF-16 and UTF-32 only with a byte order mark. */
  if (length >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    {
      const char *from = data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      g_autoptr (GError) local_error = NULL;
      char *text = g_convert ((const char *) data + 2, length - 2, "UTF-8", from, NULL, NULL, &local_error);

      if (text == NULL)
        {
          g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_ENCODING,
                       _ ("the text says it is UTF-16 but is not valid UTF-16 (%s)"), local_error->message);
          return NULL;
        }
      binary = find_binary_byte ((const guint8 *) text, strlen (text));
      if (binary >= 0 || strlen (text) == 0)
        {
          g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_BINARY,
                       _ ("not a text document (control characters in its UTF-16 text)"));
          g_free (text);
          return NULL;
        }
      return text;
    }

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  binary = find_binary_byte (data, length);
  if (binary >= 0)
    {
      g_autofree char *at = g_strdup_printf ("%" G_GSSIZE_FORMAT, binary);

      /* TRANSLATORS: %s is a byte offset in the file, a number. */
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_BINARY,
                   _ ("not a text document or any format Resdiff reads (binary data at byte %s)"),
                   at);
      return NULL;
    }

  if (validate_utf8 ((const char *) data, length, &end))
    {
      /* No NUL inside (a binary byte): a plain copy, not strncpy's. */
      char *text = g_malloc (length + 1);

      memcpy (text, data, length);
      text[length] = '\0';
      return text;
    }

  /* Invalid UTF-8.  If the text holds valid multi-byte sequences too, it is
   * damaged UTF-8; a single-byte legacy text has none. */
  for (const guint8 *p = data; p < (const guint8 *) end; p++)
    if (*p >= 0x80)
      {
        has_multibyte = TRUE;
        break;
      }
  if (!has_multibyte)
    {
      gboolean legacy = TRUE;

      for (gsize i = 0; i < length; i++)
        if (undefined_in_windows_1252 (data[i]))
          {
            legacy = FALSE;
            break;
          }
      if (legacy)
        {
          char *text = g_convert ((const char *) data, length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);

          if (text != NULL)
            {
              rd_block_list_add_warning (list, _ ("the text is not UTF-8; it was read as Windows-1252 (Western European)"));
              return text;
            }
        }
    }

  {
    gsize offset = (gsize) ((const guint8 *) end - data);
    g_autofree char *at = g_strdup_printf ("%" G_GSIZE_FORMAT, offset);

    /* TRANSLATORS: %u is a line number, %s a byte offset in the file. */
    g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_ENCODING,
                 _ ("invalid UTF-8 at line %u (byte %s); save the text as UTF-8 and try again"),
                 line_of_offset ((const char *) data, offset), at);
  }
  return NULL;
}

/* Inline markup */

/* Bytes where plain text may stop (besides its end): markup ('\\', '*',
 * '['), and the lead bytes of superscript digits (0xC2 for ¹²³, 0xE2 for
 * the rest); strcspn finds them sixteen bytes at a time. */
#define MARKUP_STOPS "\\*[\xC2\xE2"

static int
superscript_digit (gunichar c)
{
  switch (c)
    {
    case 0x2070:
      return 0;
    case 0x00B9:
      return 1;
    case 0x00B2:
      return 2;
    case 0x00B3:
      return 3;
    case 0x2074:
    case 0x2075:
    case 0x2076:
    case 0x2077:
    case 0x2078:
    case 0x2079:
      return (int) (c - 0x2070);
    default:
      return -1;
    }
}

/* Finds the closing '*' of an italic run opened at @open (just after it),
 * on the same block: it must follow a non-space character. */
static const char *
find_italic_close (const char *open)
{
  if (*open == '\0' || *open == '*' || g_ascii_isspace (*open))
    return NULL;
  for (const char *p = open + 1; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          continue;
        }
      if (*p == '*' && !g_ascii_isspace (p[-1]))
        return p;
    }
  return NULL;
}

/* "[61/180](#)": returns the end of the whole link and sets the label's
 * bounds, or NULL when @p does not start a link. */
static const char *
match_link (const char *p,
            const char **label_start,
            const char **label_end)
{
  const char *close;

  if (*p != '[')
    return NULL;
  close = strchr (p + 1, ']');
  if (close == NULL || close[1] != '(')
    return NULL;
  for (const char *q = p + 1; q < close; q++)
    if (*q == '[' || *q == '\n')
      return NULL;
  for (const char *q = close + 2; *q != '\0'; q++)
    {
      if (*q == ')')
        {
          *label_start = p + 1;
          *label_end = close;
          return q + 1;
        }
      if (g_ascii_isspace (*q))
        return NULL;
    }
  return NULL;
}

/* Buffers reused from block to block, rather than allocated for each. */
typedef struct
{
  GString *text;    /* a block's text, markup out */
  GArray *spans;    /* RdSpan: its spans */
  GString *current; /* the block a chunk's lines are joined into */
} Scratch;

/* Turns one chunk of raw text into a block: markup out, spans in. */
static void
add_block (RdBlockList *list,
           Scratch *scratch,
           const char *raw,
           double indent)
{
  GString *text = scratch->text;
  GArray *spans = scratch->spans;
  g_autofree char *marker = NULL;
  g_autofree char *folded = NULL;
  const char *p = raw;
  RdBlock *block;

  g_string_truncate (text, 0);
  g_array_set_size (spans, 0);
  while (g_ascii_isspace (*p))
    p++;

  /* A footnote: superscript digits first ("¹ Resolution 55/2."). */
  if (superscript_digit (g_utf8_get_char (p)) >= 0)
    {
      GString *digits = g_string_new (NULL);
      const char *q = p;

      while (superscript_digit (g_utf8_get_char (q)) >= 0)
        {
          g_string_append_c (digits, '0' + superscript_digit (g_utf8_get_char (q)));
          q = g_utf8_next_char (q);
        }
      if (*q == ' ' || *q == '\t')
        {
          marker = g_string_free (digits, FALSE);
          p = q;
        }
      else
        g_string_free (digits, TRUE);
    }

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *label_start = NULL;
      const char *label_end = NULL;
      const char *after;

      if (*p == '\\' && (p[1] == '*' || p[1] == '[' || p[1] == ']' || p[1] == '_'))
        {
          g_string_append_c (text, p[1]);
          p += 2;
          continue;
        }

      if (*p == '*')
        {
          const char *close = find_italic_close (p + 1);

          if (close != NULL)
            {
              RdSpan span = { RD_SPAN_ITALIC, text->len, 0 };

              for (const char *q = p + 1; q < close; q++)
                {
                  if (*q == '\\' && q + 1 < close)
                    q++;
                  g_string_append_c (text, *q);
                }
              span.end = text->len;
              g_array_append_val (spans, span);
              p = close + 1;
              continue;
            }
        }

      after = match_link (p, &label_start, &label_end);
      if (after != NULL)
        {
          RdSpan span = { RD_SPAN_LINK, text->len, 0 };

          g_string_append_len (text, label_start, label_end - label_start);
          span.end = text->len;
          g_array_append_val (spans, span);
          p = after;
          continue;
        }

      if (superscript_digit (c) >= 0)
        {
          RdSpan span = { RD_SPAN_FOOTNOTE, text->len, 0 };

          while (superscript_digit (g_utf8_get_char (p)) >= 0)
            {
              g_string_append_c (text, '0' + superscript_digit (g_utf8_get_char (p)));
              p = g_utf8_next_char (p);
            }
          span.end = text->len;
          g_array_append_val (spans, span);
          continue;
        }

      /* Ordinary text up to the next byte that may start markup or a
       * superscript digit. */
      {
        const char *run = g_utf8_next_char (p);

        run += strcspn (run, MARKUP_STOPS);
        g_string_append_len (text, p, run - p);
        p = run;
      }
    }

  folded = rd_text_fold_whitespace (text->str, spans);
  if (*folded == '\0')
    return;

  block = rd_block_list_append_take (list, marker != NULL ? RD_BLOCK_FOOTNOTE : RD_BLOCK_BODY, g_steal_pointer (&folded));
  if (block == NULL)
    return; /* past a limit: rd_import_bytes refuses the list */
  block->marker = g_steal_pointer (&marker);
  block->indent = indent;
  for (guint i = 0; i < spans->len; i++)
    {
      RdSpan *span = &g_array_index (spans, RdSpan, i);
      rd_block_add_span (block, span->kind, span->start, span->end);
    }
}

/* Chunks and lines */

/* A line's indentation is measured two ways that must not be mixed: in
 * columns (a tab reaches the next multiple of 8), which compare indents,
 * and in bytes, which skip the indentation in the string. */
static guint
leading_columns (const char *line)
{
  guint columns = 0;

  for (; *line == ' ' || *line == '\t'; line++)
    columns += *line == '\t' ? 8 - columns % 8 : 1;
  return columns;
}

static const char *
skip_indentation (const char *line)
{
  while (*line == ' ' || *line == '\t')
    line++;
  return line;
}

static gboolean
starts_numbered (const char *line)
{
  static GRegex *numbered = NULL;

  if (g_once_init_enter (&numbered))
    g_once_init_leave (&numbered, g_regex_new ("^\\s*(\\d{1,4}\\.\\s|\\([a-z]{1,4}\\)\\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\\s)", 0, 0, NULL));
  return g_regex_match (numbered, line, 0, NULL);
}

static gboolean
ends_sentence (const char *line)
{
  gsize length = strlen (line);

  while (length > 0 && g_ascii_isspace (line[length - 1]))
    length--;
  return length > 0 && strchr (".;:,", line[length - 1]) != NULL;
}

/* The enacting formula alone on its line ("The General Assembly,"): a
 * block of its own whatever its neighbours' lengths.  Copied from a PDF,
 * it follows the last line of a long title with no blank line, and that
 * line is often too long to end a paragraph by the ratio below: joined to
 * the title, the formula was lost and the whole document read as text
 * without masthead or paragraphs. */
static gboolean
is_formula_line (const char *content)
{
  const RdLexiconPatterns *patterns = rd_lexicon_patterns ();
  gsize length = strlen (content);
  g_autofree char *bare = NULL;

  while (length > 0 && g_ascii_isspace (content[length - 1]))
    length--;
  if (length < 2 || content[length - 1] != ',')
    return FALSE;
  bare = g_strndup (content, length - 1);
  return g_regex_match (patterns->bare_formula, bare, 0, NULL);
}

/* A chunk (text between blank lines) usually is one paragraph or one
 * masthead item.  Text copied from a PDF has a line per visual line and
 * few blank lines: split it where a line is indented, starts with a
 * paragraph number, or follows a short line that ends a sentence. */
static void
add_chunk (RdBlockList *list,
           Scratch *scratch,
           char **lines,
           guint n_lines)
{
  GString *current = scratch->current;
  guint longest = 0;
  guint margin = G_MAXUINT;
  double indent = -1;

  g_string_truncate (current, 0);
  if (n_lines == 1)
    {
      guint columns = leading_columns (lines[0]);
      add_block (list, scratch, skip_indentation (lines[0]), columns > 0 ? (double) columns : -1.0);
      return;
    }

  for (guint i = 0; i < n_lines; i++)
    {
      longest = MAX (longest, (guint) g_utf8_strlen (lines[i], -1));
      margin = MIN (margin, leading_columns (lines[i]));
    }

  for (guint i = 0; i < n_lines; i++)
    {
      const char *line = lines[i];
      const char *content = skip_indentation (line);
      guint columns = leading_columns (line);
      gboolean starts_new = FALSE;

      if (i > 0)
        {
          const char *previous = lines[i - 1];
          guint previous_length = g_utf8_strlen (previous, -1);

          if (starts_numbered (line) || columns >= margin + 2)
            starts_new = TRUE;
          else if (is_formula_line (content) || is_formula_line (skip_indentation (previous)))
            starts_new = TRUE;
          else if (longest < WRAPPED_MEASURE)
            starts_new = TRUE;
          else if (previous_length < SHORT_LINE_RATIO * longest && (ends_sentence (previous) || g_unichar_isupper (g_utf8_get_char (content))))
            starts_new = TRUE;
        }

      if (starts_new && current->len > 0)
        {
          add_block (list, scratch, current->str, indent);
          g_string_truncate (current, 0);
        }

      if (current->len == 0)
        indent = (double) columns - margin;
      else if (current->str[current->len - 1] == '-' && g_unichar_islower (g_utf8_get_char (content)))
        ; /* "rights-" + "based": keep the hyphen, no space */
      else
        g_string_append_c (current, ' ');
      g_string_append (current, content);
      g_strchomp (current->str);
      current->len = strlen (current->str);
    }

  if (current->len > 0)
    add_block (list, scratch, current->str, indent);
}

RdBlockList *
rd_import_text (GBytes *bytes,
                GError **error)
{
  g_autoptr (RdBlockList) list = rd_block_list_new ("text");
  g_autofree char *text = NULL;
  g_autoptr (GPtrArray) chunk = g_ptr_array_new ();
  gboolean any_text = FALSE;
  Scratch scratch;

  text = decode (bytes, list, error);
  if (text == NULL)
    return NULL;

  /* CRLF and lone CR become LF; a form feed (a page break in text saved
   * from a PDF) separates lines like a line feed. */
  if (strpbrk (text, "\r\f") != NULL)
    {
      char *out = text;
      for (const char *in = text; *in != '\0'; in++)
        {
          if (*in == '\r')
            {
              *out++ = '\n';
              if (in[1] == '\n')
                in++;
            }
          else if (*in == '\f')
            *out++ = '\n';
          else
            *out++ = *in;
        }
      *out = '\0';
    }

  /* One chunk's lines at a time, cut in place: memory stays that of the
   * text however many lines it has (32 MB of line feeds are 32 million). */
  scratch.text = g_string_new (NULL);
  scratch.spans = g_array_new (FALSE, FALSE, sizeof (RdSpan));
  scratch.current = g_string_new (NULL);
  for (char *line = text; line != NULL && list->passed == RD_BLOCK_LIMIT_NONE;)
    {
      char *newline = strchr (line, '\n');
      const char *p = line;
      gboolean blank;

      if (newline != NULL)
        *newline = '\0';
      while (*p == ' ' || *p == '\t')
        p++;
      blank = *p == '\0';
      any_text |= !blank;
      if (!blank)
        g_ptr_array_add (chunk, line);
      if ((blank || newline == NULL) && chunk->len > 0)
        {
          add_chunk (list, &scratch, (char **) chunk->pdata, chunk->len);
          g_ptr_array_set_size (chunk, 0);
        }
      line = newline != NULL ? newline + 1 : NULL;
    }
  g_string_free (scratch.text, TRUE);
  g_array_unref (scratch.spans);
  g_string_free (scratch.current, TRUE);

  if (!rd_import_check_limits (list, error))
    return NULL;
  if (!any_text || list->blocks->len == 0)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_EMPTY, _ ("the file holds no text"));
      return NULL;
    }

  return g_steal_pointer (&list);
}
