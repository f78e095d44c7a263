/* rd-instruction-lines.c: finding an amendment's instructions in its lines
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An amendment's body is numbered instructions, each followed by the
 * paragraphs it quotes when it says so ("reading:"); lines are joined into
 * instructions and paragraphs here, and each instruction's text is read by
 * rd-instruction-parser.c.
 */

/* Includes */

#include "config.h"

#include "rd-instruction-parser.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-block.h"
#include "rd-instruction-scan-private.h"

/* Where the line that names an amendment can stand: after a masthead of a
 * few dozen lines, as the enacting formula of a draft does. */
#define MAX_TYPE_LINE_POSITION 80

/* That line may wrap over this many blocks (a long list of sponsors). */
#define MAX_TYPE_LINE_BLOCKS 4

/* An instruction, or a paragraph it quotes, is joined from at most this
 * many lines (blocks): a quotation cut by a page break or two takes three,
 * and an unclosed quotation mark must not swallow a whole document line
 * by line, at a cost growing with the square of its length. */
#define MAX_JOINED_LINES 64

/* Static helpers: lines */

/* Whether @text ends as an instruction or a paragraph does: with a stop,
 * a colon, a semicolon or a comma, closing quotation marks and footnote
 * marks aside. */
static gboolean
ends_complete (const char *text)
{
  gsize end = strlen (text);

  while (end > 0)
    {
      const char *prev = g_utf8_find_prev_char (text, text + end);
      gunichar c = g_utf8_get_char (prev);

      if (c == 0x201D || c == '"' || c == '*' || c == ' ' || c == 0x2019)
        {
          end = prev - text;
          continue;
        }
      return c == '.' || c == ':' || c == ';' || c == ',';
    }
  return FALSE;
}

/* Whether the quotation marks of @text leave one open. */
static gboolean
has_open_quote (const char *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *end;

      if (!rd_quote_is_open (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      end = rd_quote_find_end (g_utf8_next_char (p), c);
      if (end == NULL)
        return TRUE;
      p = g_utf8_next_char (end);
    }
  return FALSE;
}

/* "3." → 3; 0 when the label is not a figure with a stop. */
static guint
label_number (const char *label)
{
  gsize digits;

  if (label == NULL)
    return 0;
  digits = strspn (label, "0123456789");
  if (digits == 0 || digits > RD_PARAGRAPH_NUMBER_DIGITS || (label[digits] != '.' && label[digits] != ')') || label[digits + 1] != '\0')
    return 0;
  return (guint) g_ascii_strtoull (label, NULL, 10);
}

/* Text and footnote marks joined from several lines. */
typedef struct
{
  GString *text;
  GArray *footnotes; /* RdFootnoteRef, offsets into text */
} Joined;

static void
joined_init (Joined *joined)
{
  joined->text = g_string_new (NULL);
  joined->footnotes = g_array_new (FALSE, FALSE, sizeof (RdFootnoteRef));
}

static void
joined_clear (Joined *joined)
{
  for (guint i = 0; i < joined->footnotes->len; i++)
    g_free (g_array_index (joined->footnotes, RdFootnoteRef, i).marker);
  g_array_unref (joined->footnotes);
  g_string_free (joined->text, TRUE);
}

static void
joined_append (Joined *joined,
               const RdInstructionLine *line)
{
  gsize shift;

  if (joined->text->len > 0)
    g_string_append_c (joined->text, ' ');
  shift = joined->text->len;
  g_string_append (joined->text, line->text != NULL ? line->text : "");
  for (guint i = 0; line->footnotes != NULL && i < line->footnotes->len; i++)
    {
      const RdFootnoteRef *ref = &g_array_index (line->footnotes, RdFootnoteRef, i);
      RdFootnoteRef copy = { ref->offset + shift, g_strdup (ref->marker) };

      g_array_append_val (joined->footnotes, copy);
    }
}

/* Reads one instruction's text; returns it with whether paragraphs should
 * follow it. */
static RdInstruction *
parse_one (guint number,
           const Joined *joined,
           gboolean *wants_paragraphs)
{
  return rd_instruction_read_one (number, joined->text->str, joined->footnotes, wants_paragraphs);
}

/* A paragraph the instruction quotes after it: its lines joined until it
 * ends as a paragraph ends (a page break can cut it). */
static RdQuote *
take_paragraph (const RdInstructionLine *lines,
                guint n_lines,
                guint *i,
                gboolean (*is_next) (const RdInstructionLine *, guint, gpointer),
                gpointer data)
{
  Joined joined;
  RdQuote *quote;
  const char *label = lines[*i].label;

  joined_init (&joined);
  joined_append (&joined, &lines[*i]);
  (*i)++;
  for (guint joined_lines = 1; *i < n_lines && joined_lines < MAX_JOINED_LINES && (!ends_complete (joined.text->str) || has_open_quote (joined.text->str)) && !is_next (&lines[*i], *i, data); joined_lines++)
    {
      joined_append (&joined, &lines[*i]);
      (*i)++;
    }
  quote = rd_quote_from_text (joined.text->str, 0, joined.text->len, joined.footnotes);
  quote->label = g_strdup (label);
  joined_clear (&joined);
  return quote;
}

typedef struct
{
  gboolean numbered; /* the instructions are numbered "1.", "2.", … */
  guint next_number;
} Segmenter;

/* Whether line @i opens the next instruction, not a quoted paragraph. */
static gboolean
opens_next (const RdInstructionLine *line,
            guint i,
            gpointer data)
{
  const Segmenter *segmenter = data;

  if (!rd_instruction_text_starts (line->text != NULL ? line->text : ""))
    return FALSE;
  if (segmenter->numbered)
    return label_number (line->label) == segmenter->next_number;
  return TRUE;
}

/* Public API */

GPtrArray *
rd_instruction_parse_lines (const RdInstructionLine *lines,
                            guint n_lines)
{
  GPtrArray *instructions = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_instruction_free);
  Segmenter segmenter = { FALSE, 0 };
  guint i = 0;

  g_return_val_if_fail (lines != NULL || n_lines == 0, instructions);

  /* Numbered instructions: the first line's label is "1.". */
  for (guint k = 0; k < n_lines; k++)
    if (rd_instruction_text_starts (lines[k].text != NULL ? lines[k].text : ""))
      {
        segmenter.numbered = label_number (lines[k].label) == 1;
        break;
      }

  while (i < n_lines)
    {
      Joined joined;
      RdInstruction *instruction;
      gboolean wants_paragraphs = FALSE;
      guint number = segmenter.numbered && label_number (lines[i].label) > 0 ? label_number (lines[i].label) : instructions->len + 1;
      gboolean starts = rd_instruction_text_starts (lines[i].text != NULL ? lines[i].text : "");

      segmenter.next_number = number + 1;
      joined_init (&joined);
      joined_append (&joined, &lines[i]);
      i++;
      /* The instruction goes on while a quotation is open or its sentence
       * is not over. */
      for (guint joined_lines = 1; i < n_lines && joined_lines < MAX_JOINED_LINES && (has_open_quote (joined.text->str) || !ends_complete (joined.text->str)) && !opens_next (&lines[i], i, &segmenter); joined_lines++)
        {
          joined_append (&joined, &lines[i]);
          i++;
        }
      instruction = parse_one (number, &joined, &wants_paragraphs);
      joined_clear (&joined);
      if (!starts)
        {
          g_clear_pointer (&instruction->problem, g_free);
          instruction->action = RD_INSTRUCTION_UNKNOWN;
          rd_instruction_set_problem (instruction, _ ("this text is not an instruction that was understood"));
          wants_paragraphs = FALSE;
        }

      /* The paragraphs it quotes, up to the next instruction */
      if (wants_paragraphs)
        while (i < n_lines && !opens_next (&lines[i], i, &segmenter))
          g_ptr_array_add (instruction->action == RD_INSTRUCTION_DELETE ? instruction->old_texts : instruction->paragraphs,
                           take_paragraph (lines, n_lines, &i, opens_next, &segmenter));

      if (wants_paragraphs && instruction->paragraphs->len == 0 && instruction->old_texts->len == 0 && instruction->action != RD_INSTRUCTION_DELETE)
        rd_instruction_set_problem (instruction, _ ("the paragraphs to put in are missing"));
      if (instruction->whole && instruction->count > 0 && instruction->paragraphs->len > 0 && instruction->count != instruction->paragraphs->len)
        {
          g_autofree char *message = g_strdup_printf (_ ("it announces %u new paragraphs but quotes %u"), instruction->count, instruction->paragraphs->len);
          rd_instruction_set_problem (instruction, message);
        }
      g_ptr_array_add (instructions, instruction);
    }
  return instructions;
}

GPtrArray *
rd_instruction_parse_text (const char *text,
                           gssize length)
{
  g_autofree char *valid = NULL;
  g_auto (GStrv) raw_lines = NULL;
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree RdInstructionLine *lines = NULL;
  guint n = 0;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  valid = g_utf8_make_valid (text != NULL ? text : "", length);
  raw_lines = g_strsplit (valid, "\n", -1);
  for (guint i = 0; raw_lines[i] != NULL; i++)
    {
      g_autofree char *folded = rd_text_fold_whitespace (raw_lines[i], NULL);
      gsize digits = strspn (folded, "0123456789");
      char *label = NULL;
      const char *start = folded;

      if (*folded == '\0')
        continue;
      /* "3. In operative paragraph …" */
      if (digits > 0 && digits <= RD_PARAGRAPH_NUMBER_DIGITS && folded[digits] == '.' && folded[digits + 1] == ' ')
        {
          label = g_strndup (folded, digits + 1);
          start = folded + digits + 2;
        }
      else if (folded[0] == '(' && strchr (folded, ')') != NULL && strchr (folded, ')') - folded <= MAX_LABEL_LENGTH + 1 && strchr (folded, ')')[1] == ' ')
        {
          const char *close = strchr (folded, ')');
          label = g_strndup (folded, close - folded + 1);
          start = close + 2;
        }
      g_ptr_array_add (texts, g_strdup (start));
      g_ptr_array_add (labels, label);
    }

  n = texts->len;
  lines = g_new0 (RdInstructionLine, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      lines[i].text = g_ptr_array_index (texts, i);
      lines[i].label = g_ptr_array_index (labels, i);
    }
  return rd_instruction_parse_lines (lines, n);
}

guint
rd_amendment_find_instructions (GPtrArray *blocks,
                                char **amends)
{
  static GRegex *type_line = NULL;
  guint limit;

  g_return_val_if_fail (blocks != NULL, G_MAXUINT);

  if (g_once_init_enter (&type_line))
    {
      /* "Ukraine:* amendment to draft resolution A/80/L.3"; the sponsors
       * before the colon are read with the masthead. */
      GRegex *regex = g_regex_new (":\\s*\\**\\s*amendments?\\s+to\\s+(?:the\\s+)?(?:revised\\s+)?draft\\s+(?:resolution|decision)\\s+([A-Z]{1,8}(?:/[A-Za-z0-9.\\-]+)+)\\**\\s*$",
                                   G_REGEX_CASELESS, 0, NULL);
      g_once_init_leave (&type_line, regex);
    }

  limit = MIN (blocks->len, MAX_TYPE_LINE_POSITION);
  for (guint i = 0; i < limit; i++)
    {
      g_autoptr (GString) joined = g_string_new (NULL);

      for (guint n = 0; n < MAX_TYPE_LINE_BLOCKS && i + n < blocks->len; n++)
        {
          const RdBlock *block = g_ptr_array_index (blocks, i + n);
          g_autoptr (GMatchInfo) info = NULL;

          if (block->role == RD_BLOCK_FOOTNOTE)
            break;
          if (joined->len > 0)
            g_string_append_c (joined, ' ');
          g_string_append (joined, block->text);
          if (g_regex_match (type_line, joined->str, 0, &info))
            {
              guint first = i + n + 1;

              /* The title stands between this line and the first
               * instruction. */
              for (guint k = first; k < blocks->len; k++)
                {
                  const RdBlock *candidate = g_ptr_array_index (blocks, k);
                  gsize digits = strspn (candidate->text, "0123456789");
                  const char *text = candidate->text;

                  if (candidate->role == RD_BLOCK_FOOTNOTE)
                    continue;
                  if (digits > 0 && text[digits] == '.' && text[digits + 1] == ' ')
                    text += digits + 2;
                  if (rd_instruction_text_starts (text))
                    {
                      first = k;
                      break;
                    }
                }
              if (amends != NULL)
                *amends = g_match_info_fetch (info, 1);
              return first;
            }
        }
    }
  return G_MAXUINT;
}
