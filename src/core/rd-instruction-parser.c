/* rd-instruction-parser.c: reading the instructions of an amendment
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * How it works.  An instruction's text is cut into tokens: words (lower
 * case), figures, labels such as "(a)", punctuation, and quotations, each
 * of which becomes one token whatever it holds.  The tokens are then read
 * left to right for the phrases instructions are made of, wherever they
 * stand: a verb (delete, replace, insert, add, amend) with its object (a
 * quotation, a paragraph, "a new operative paragraph"); "in PARAGRAPH" or
 * "in the title, the preambular paragraphs and …" (where); "after" or
 * "before" a quotation or a paragraph; "with"/"by" a quotation (what goes
 * in); "at the end of"; "throughout the text"; "reading" or a final colon
 * (paragraphs follow).  Which phrases were found decides the action.
 * Paragraphs are named by figures or by ordinal words up to the hundreds
 * ("the thirty-eighth preambular paragraph", "operative paragraph 200").
 */

/* Includes */

#include "config.h"

#include "rd-instruction-parser.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-block.h"

/* Where the line that names an amendment can stand: after a masthead of a
 * few dozen lines, as the enacting formula of a draft does. */
#define MAX_TYPE_LINE_POSITION 80

/* That line may wrap over this many blocks (a long list of sponsors). */
#define MAX_TYPE_LINE_BLOCKS 4

/* Numbers read in instructions stop here: no resolution has more
 * paragraphs, and sums cannot overflow. */
#define MAX_NUMBER 100000

/* A label "(a)", "(iv)", "(xviii)" has at most this many characters. */
#define MAX_LABEL_LENGTH 6

/* An instruction, or a paragraph it quotes, is joined from at most this
 * many lines (blocks): a quotation cut by a page break or two takes three,
 * and an unclosed quotation mark must not swallow a whole document line
 * by line, at a cost growing with the square of its length. */
#define MAX_JOINED_LINES 64

/* The struct */

typedef enum
{
  TOKEN_WORD,   /* lower case; inner hyphens kept as '-' */
  TOKEN_NUMBER, /* figures */
  TOKEN_LABEL,  /* "(a)": word holds "a" */
  TOKEN_QUOTE,  /* number: index in Scan.quotes */
  TOKEN_PUNCT,  /* , : ; . and '-' for a dash between figures */
} TokenKind;

typedef struct
{
  TokenKind kind;
  char *word;
  guint number;
  char punct;
} Token;

typedef struct
{
  GArray *tokens;    /* Token */
  GPtrArray *quotes; /* RdQuote */
  gboolean unclosed; /* a quotation mark was never closed */
} Scan;

typedef enum
{
  VERB_NONE,
  VERB_DELETE,
  VERB_REPLACE,
  VERB_INSERT,
  VERB_RENUMBER,
} Verb;

/* What the phrases of one instruction said. */
typedef struct
{
  Verb verb;
  Verb second_verb;       /* "delete “X” and insert “Y”" */
  GArray *objects;        /* guint: quotations after the verb */
  GArray *second_objects; /* guint: after the second verb */
  int new_quote;          /* after "with" or "by", or -1 */
  int anchor_quote;       /* after "after" or "before", or -1 */
  RdPlace anchor_place;
  RdTarget object;           /* "delete operative paragraph 9" */
  RdTarget location;         /* "in operative paragraph 5" */
  RdTarget paragraph_anchor; /* "after operative paragraph 3" */
  RdPlace paragraph_place;
  RdPlace edge;     /* "at the end of", "at the beginning of" */
  gboolean several; /* several separate places named */
  gboolean throughout;
  gboolean new_paragraphs; /* "a new operative paragraph" */
  gboolean new_kind_said;
  RdParagraphKind new_kind;
  guint count;
  gboolean reading;          /* paragraphs follow: "reading", "as follows", ":" */
  GArray *inline_paragraphs; /* guint: quotations given as paragraphs */
} Clause;

/* Static helpers: number words */

static const char *const cardinals[] = {
  NULL, "one", "two", "three", "four", "five", "six", "seven", "eight",
  "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
  "sixteen", "seventeen", "eighteen", "nineteen"
};

static const char *const ordinals[] = {
  NULL, "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
  "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
  "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
  "nineteenth"
};

static const char *const tens_cardinals[] = {
  NULL, NULL, "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
  "eighty", "ninety"
};

static const char *const tens_ordinals[] = {
  NULL, NULL, "twentieth", "thirtieth", "fortieth", "fiftieth",
  "sixtieth", "seventieth", "eightieth", "ninetieth"
};

typedef struct
{
  guint hundreds;
  guint rest;
  gboolean any;
  gboolean ordinal; /* the last word was an ordinal: the number is over */
  gboolean has_unit;
  gboolean has_ten;
  gboolean has_hundred;
} NumberWords;

static int
find_word (const char *const *list,
           guint n,
           const char *word)
{
  for (guint i = 0; i < n; i++)
    if (list[i] != NULL && strcmp (list[i], word) == 0)
      return (int) i;
  return -1;
}

/* Takes one word ("thirty", "eighth", "hundred") into @n; FALSE when it
 * is not a number word or cannot go on the number read so far. */
static gboolean
number_words_feed (NumberWords *n,
                   const char *word)
{
  int value;
  gboolean ordinal = FALSE;

  if (n->ordinal)
    return FALSE;

  if ((value = find_word (cardinals, G_N_ELEMENTS (cardinals), word)) > 0 || (ordinal = (value = find_word (ordinals, G_N_ELEMENTS (ordinals), word)) > 0))
    {
      if (n->has_unit || (value >= 10 && n->has_ten))
        return FALSE;
      n->rest += (guint) value;
      n->has_unit = TRUE;
    }
  else if ((value = find_word (tens_cardinals, G_N_ELEMENTS (tens_cardinals), word)) > 0 || (ordinal = (value = find_word (tens_ordinals, G_N_ELEMENTS (tens_ordinals), word)) > 0))
    {
      if (n->has_unit || n->has_ten)
        return FALSE;
      n->rest += 10 * (guint) value;
      n->has_ten = TRUE;
    }
  else if (strcmp (word, "hundred") == 0 || (ordinal = strcmp (word, "hundredth") == 0))
    {
      /* "two hundred", "hundredth"; not "twenty hundred" */
      if (n->has_hundred || n->has_ten || n->rest >= 10)
        return FALSE;
      n->hundreds = (n->rest > 0 ? n->rest : 1) * 100;
      n->rest = 0;
      n->has_unit = FALSE;
      n->has_hundred = TRUE;
    }
  else
    return FALSE;

  n->any = TRUE;
  n->ordinal = ordinal;
  return TRUE;
}

/* "38th", "1st", "200th": figures with an ordinal ending. */
static gboolean
parse_figure_ordinal (const char *word,
                      guint *value)
{
  gsize digits = strspn (word, "0123456789");
  const char *suffix = word + digits;

  if (digits == 0 || digits > 5)
    return FALSE;
  if (strcmp (suffix, "st") != 0 && strcmp (suffix, "nd") != 0 && strcmp (suffix, "rd") != 0 && strcmp (suffix, "th") != 0)
    return FALSE;
  *value = (guint) g_ascii_strtoull (word, NULL, 10);
  return TRUE;
}

/* Static helpers: quotations */

static gboolean
is_open_quote (gunichar c)
{
  return c == 0x201C || c == 0x201E || c == '"';
}

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2007 || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR;
}

/* Where the quotation opened by @open just before @start closes: the
 * matching ” (quotations inside count), or the next straight quote. */
static const char *
find_quote_end (const char *start,
                gunichar open)
{
  int depth = 0;

  for (const char *p = start; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (open == '"')
        {
          if (c == '"')
            return p;
          continue;
        }
      if (c == 0x201C && open == 0x201C)
        depth++;
      else if (c == 0x201D || (open == 0x201E && c == 0x201C))
        {
          if (depth == 0)
            return p;
          depth--;
        }
    }
  return NULL;
}

/* The text between @start and @end of @text as a quotation: white space
 * folded, the footnote marks of @refs (offsets into @text) kept as its
 * own, and runs of asterisks glued to a word ("Development**") taken for
 * the footnote marks they are. */
static RdQuote *
quote_from_text (const char *text,
                 gsize start,
                 gsize end,
                 const GArray *refs)
{
  RdQuote *quote = rd_quote_new (NULL);
  GString *out = g_string_new (NULL);
  g_autofree gsize *map = g_new0 (gsize, end - start + 1);
  gboolean space = FALSE;
  gsize i = start;

  while (i < end)
    {
      gunichar c = g_utf8_get_char (text + i);
      gsize next = MIN ((gsize) (g_utf8_next_char (text + i) - text), end);

      map[i - start] = out->len;
      if (is_space (c))
        {
          space = TRUE;
          i = next;
          continue;
        }
      if (c == '*' && out->len > 0 && !space)
        {
          gsize j = i;

          while (j < end && text[j] == '*')
            j++;
          if (j == end || !g_unichar_isalnum (g_utf8_get_char (text + j)))
            {
              g_autofree char *marker = g_strndup (text + i, j - i);

              rd_quote_add_footnote (quote, out->len, marker);
              for (gsize k = i; k < j; k++)
                map[k - start] = out->len;
              i = j;
              continue;
            }
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      map[i - start] = out->len;
      g_string_append_len (out, text + i, next - i);
      for (gsize k = i + 1; k < next; k++)
        map[k - start] = out->len;
      i = next;
    }
  map[end - start] = out->len;

  for (guint r = 0; refs != NULL && r < refs->len; r++)
    {
      const RdFootnoteRef *ref = &g_array_index (refs, RdFootnoteRef, r);

      if (ref->offset >= start && ref->offset <= end)
        rd_quote_add_footnote (quote, map[ref->offset - start], ref->marker);
    }

  g_free (quote->text);
  quote->text = g_string_free (out, FALSE);
  return quote;
}

/* Static helpers: tokens */

static void
token_clear (gpointer data)
{
  Token *token = data;

  g_free (token->word);
}

static void
scan_init (Scan *scan)
{
  scan->tokens = g_array_new (FALSE, TRUE, sizeof (Token));
  g_array_set_clear_func (scan->tokens, token_clear);
  scan->quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_quote_free);
  scan->unclosed = FALSE;
}

static void
scan_clear (Scan *scan)
{
  g_clear_pointer (&scan->tokens, g_array_unref);
  g_clear_pointer (&scan->quotes, g_ptr_array_unref);
}

static void
add_token (Scan *scan,
           TokenKind kind,
           char *word,
           guint number,
           char punct)
{
  Token token = { kind, word, number, punct };

  g_array_append_val (scan->tokens, token);
}

static gboolean
is_joiner (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011 || c == '\'' || c == 0x2019;
}

static gboolean
is_dash (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014;
}

/* A word, lower case, with its inner hyphens as '-' and apostrophes as
 * '\''; "sub-paragraph" is "subparagraph". */
static char *
normalize_word (const char *start,
                gsize length)
{
  GString *out = g_string_new (NULL);
  g_autofree char *lower = NULL;

  for (const char *p = start; p < start + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_dash (c))
        g_string_append_c (out, '-');
      else if (c == 0x2019)
        g_string_append_c (out, '\'');
      else
        g_string_append_unichar (out, c);
    }
  lower = g_utf8_strdown (out->str, -1);
  g_string_free (out, TRUE);
  if (g_str_has_prefix (lower, "sub-"))
    return g_strconcat ("sub", lower + 4, NULL);
  return g_steal_pointer (&lower);
}

static void
scan_text (Scan *scan,
           const char *text,
           const GArray *refs)
{
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (is_open_quote (c))
        {
          const char *end = find_quote_end (next, c);

          if (end == NULL)
            {
              end = next + strlen (next);
              scan->unclosed = TRUE;
            }
          g_ptr_array_add (scan->quotes, quote_from_text (text, next - text, end - text, refs));
          add_token (scan, TOKEN_QUOTE, NULL, scan->quotes->len - 1, 0);
          p = *end != '\0' ? g_utf8_next_char (end) : end;
          continue;
        }

      if (g_unichar_isalnum (c))
        {
          const char *q = p;
          gboolean letters = FALSE;
          gboolean ascii_digits = TRUE;

          while (*q != '\0')
            {
              gunichar d = g_utf8_get_char (q);
              const char *after = g_utf8_next_char (q);

              if (g_unichar_isalnum (d))
                {
                  letters |= !g_unichar_isdigit (d);
                  ascii_digits &= g_ascii_isdigit (*q);
                  q = after;
                  continue;
                }
              /* Joiners inside a word: "thirty-eighth", "Member States’" */
              if (is_joiner (d) && *after != '\0' && g_unichar_isalpha (g_utf8_get_char (after)) && letters)
                {
                  q = after;
                  continue;
                }
              break;
            }
          if (!letters && ascii_digits)
            {
              guint64 value = g_ascii_strtoull (p, NULL, 10);
              add_token (scan, TOKEN_NUMBER, NULL, (guint) MIN (value, MAX_NUMBER), 0);
            }
          else
            add_token (scan, TOKEN_WORD, normalize_word (p, q - p), 0, 0);
          p = q;
          continue;
        }

      if (c == '(')
        {
          gsize length = 0;

          while (length < MAX_LABEL_LENGTH + 1 && g_ascii_isalnum (next[length]))
            length++;
          if (length > 0 && length <= MAX_LABEL_LENGTH && next[length] == ')')
            {
              add_token (scan, TOKEN_LABEL, g_ascii_strdown (next, length), 0, 0);
              p = next + length + 1;
              continue;
            }
        }
      else if (c == ',' || c == ':' || c == ';' || c == '.')
        add_token (scan, TOKEN_PUNCT, NULL, 0, (char) c);
      else if (is_dash (c))
        add_token (scan, TOKEN_PUNCT, NULL, 0, '-');
      p = next;
    }
}

static const Token *
token_at (const Scan *scan,
          guint pos)
{
  return pos < scan->tokens->len ? &g_array_index (scan->tokens, Token, pos) : NULL;
}

/* The word, label or quotation index at @pos, which the caller checked is
 * there. */
static const char *
word_at (const Scan *scan,
         guint pos)
{
  const Token *token = token_at (scan, pos);

  return token != NULL && token->word != NULL ? token->word : "";
}

static guint
quote_at (const Scan *scan,
          guint pos)
{
  const Token *token = token_at (scan, pos);

  return token != NULL ? token->number : 0;
}

static gboolean
is_word (const Scan *scan,
         guint pos,
         const char *word)
{
  const Token *token = token_at (scan, pos);

  return token != NULL && token->kind == TOKEN_WORD && strcmp (token->word, word) == 0;
}

static gboolean
is_word_in (const Scan *scan,
            guint pos,
            const char *const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (is_word (scan, pos, words[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_punct (const Scan *scan,
          guint pos,
          char punct)
{
  const Token *token = token_at (scan, pos);

  return token != NULL && token->kind == TOKEN_PUNCT && token->punct == punct;
}

static gboolean
is_kind (const Scan *scan,
         guint pos,
         TokenKind kind)
{
  const Token *token = token_at (scan, pos);

  return token != NULL && token->kind == kind;
}

/* How many tokens the words of @phrase ("at the end of") take at @pos, or
 * 0 when they are not there. */
static guint
match_phrase (const Scan *scan,
              guint pos,
              const char *phrase)
{
  g_auto (GStrv) words = g_strsplit (phrase, " ", -1);
  guint n = 0;

  for (; words[n] != NULL; n++)
    if (!is_word (scan, pos + n, words[n]))
      return 0;
  return n;
}

/* Static helpers: numbers and references */

/* A number at @pos in figures or words; @ordinal says whether it was
 * written as one ("fifth", "38th"). */
static gboolean
parse_number (const Scan *scan,
              guint *pos,
              guint *value,
              gboolean *ordinal)
{
  const Token *token = token_at (scan, *pos);
  NumberWords words = { 0 };
  guint p = *pos;

  if (token == NULL)
    return FALSE;
  if (token->kind == TOKEN_NUMBER)
    {
      *value = token->number;
      *ordinal = FALSE;
      (*pos)++;
      return TRUE;
    }
  if (token->kind != TOKEN_WORD)
    return FALSE;
  if (parse_figure_ordinal (token->word, value))
    {
      *value = MIN (*value, MAX_NUMBER);
      *ordinal = TRUE;
      (*pos)++;
      return TRUE;
    }

  while ((token = token_at (scan, p)) != NULL && token->kind == TOKEN_WORD && !words.ordinal)
    {
      g_auto (GStrv) parts = NULL;
      gboolean taken = TRUE;

      /* "two hundred and fifth" */
      if (strcmp (token->word, "and") == 0 && words.has_hundred && !words.has_unit && !words.has_ten)
        {
          NumberWords copy = words;
          const Token *after = token_at (scan, p + 1);

          if (after == NULL || after->kind != TOKEN_WORD)
            break;
          parts = g_strsplit (after->word, "-", -1);
          for (guint i = 0; parts[i] != NULL && taken; i++)
            taken = number_words_feed (&copy, parts[i]);
          if (!taken)
            break;
          p++;
          continue;
        }

      parts = g_strsplit (token->word, "-", -1);
      for (guint i = 0; parts[i] != NULL && taken; i++)
        taken = number_words_feed (&words, parts[i]);
      if (!taken)
        break;
      p++;
    }

  if (!words.any || p == *pos)
    return FALSE;
  *value = MIN (words.hundreds + words.rest, MAX_NUMBER);
  *ordinal = words.ordinal;
  *pos = p;
  return TRUE;
}

static RdScope
scope_of (const RdTarget *target)
{
  switch (target->kind)
    {
    case RD_TARGET_TITLE:
      return RD_SCOPE_TITLE;
    case RD_TARGET_PARTS:
      return target->scope;
    case RD_TARGET_PREAMBULAR:
    case RD_TARGET_OPERATIVE:
    case RD_TARGET_FOOTNOTE:
    case RD_TARGET_NONE:
    default:
      return RD_SCOPE_NONE;
    }
}

static RdTargetKind
paragraph_kind_word (const Scan *scan,
                     guint pos)
{
  if (is_word (scan, pos, "preambular"))
    return RD_TARGET_PREAMBULAR;
  if (is_word (scan, pos, "operative"))
    return RD_TARGET_OPERATIVE;
  return RD_TARGET_NONE;
}

/* "(a)", "(a) (ii)", ", subparagraph (a)" after a paragraph's number. */
static void
parse_labels (const Scan *scan,
              guint *pos,
              RdTarget *target)
{
  guint p = *pos;

  if (is_punct (scan, p, ',') && is_word (scan, p + 1, "subparagraph") && is_kind (scan, p + 2, TOKEN_LABEL))
    p += 2;
  else if (is_word (scan, p, "subparagraph") && is_kind (scan, p + 1, TOKEN_LABEL))
    p++;
  if (!is_kind (scan, p, TOKEN_LABEL))
    return;
  target->subparagraph = g_strdup (word_at (scan, p));
  p++;
  if (is_kind (scan, p, TOKEN_LABEL))
    {
      target->item = g_strdup (word_at (scan, p));
      p++;
    }
  *pos = p;
}

/* "9 to 11", "9 and 10", "9–11" after "paragraphs".  Numbers that are not
 * consecutive with "and" ("3 and 7") are several places. */
static void
parse_range (const Scan *scan,
             guint *pos,
             RdTarget *target,
             gboolean *several)
{
  guint p = *pos;
  guint last = 0;
  gboolean ordinal = FALSE;
  gboolean and = is_word (scan, p, "and") || is_punct (scan, p, ',');

  if (!(and || is_word (scan, p, "to") || is_word (scan, p, "through") || is_punct (scan, p, '-')))
    return;
  p++;
  if (!parse_number (scan, &p, &last, &ordinal) || last < target->number)
    return;
  if (and&&last != target->number + 1)
    *several = TRUE;
  target->last = last;
  *pos = p;
}

/* "the whole text", "the draft resolution", "the entire document" */
static guint
match_whole_text (const Scan *scan,
                  guint pos)
{
  static const char *const phrases[] = {
    "whole text", "entire text", "text", "whole draft resolution",
    "entire draft resolution", "draft resolution", "whole draft decision",
    "draft decision", "draft", "whole document", "document", NULL
  };

  for (guint i = 0; phrases[i] != NULL; i++)
    {
      guint n = match_phrase (scan, pos, phrases[i]);
      if (n > 0)
        return n;
    }
  return 0;
}

/* One reference to a place in the draft at @pos. */
static gboolean
parse_reference (const Scan *scan,
                 guint *pos,
                 RdTarget *target,
                 gboolean *several)
{
  guint p = *pos;
  guint number = 0;
  gboolean ordinal = FALSE;
  RdTargetKind kind;
  guint n = 0;
  guint q;

  rd_target_clear (target);
  if (is_word (scan, p, "the"))
    p++;

  if (is_word (scan, p, "title"))
    {
      p++;
      if ((n = match_phrase (scan, p, "of the draft resolution")) > 0 || (n = match_phrase (scan, p, "of the draft decision")) > 0)
        p += n;
      target->kind = RD_TARGET_TITLE;
      *pos = p;
      return TRUE;
    }
  if (is_word (scan, p, "preamble") || (n = match_phrase (scan, p, "preambular part")) > 0)
    {
      p += is_word (scan, p, "preamble") ? 1 : n;
      target->kind = RD_TARGET_PARTS;
      target->scope = RD_SCOPE_PREAMBULAR;
      *pos = p;
      return TRUE;
    }
  if ((n = match_phrase (scan, p, "operative part")) > 0 || (n = match_phrase (scan, p, "operative section")) > 0)
    {
      target->kind = RD_TARGET_PARTS;
      target->scope = RD_SCOPE_OPERATIVE;
      *pos = p + n;
      return TRUE;
    }
  if (is_word (scan, p, "footnotes"))
    {
      target->kind = RD_TARGET_PARTS;
      target->scope = RD_SCOPE_FOOTNOTES;
      *pos = p + 1;
      return TRUE;
    }
  if ((n = match_whole_text (scan, p)) > 0)
    {
      target->kind = RD_TARGET_PARTS;
      target->scope = RD_SCOPE_ALL;
      *pos = p + n;
      return TRUE;
    }

  /* "the fifth preambular paragraph", "the last operative paragraph",
   * "the second and third preambular paragraphs", "the fourth paragraph of
   * the preamble", "the third footnote" */
  q = p;
  if (is_word (scan, p, "last") || (parse_number (scan, &q, &number, &ordinal) && ordinal))
    {
      if (is_word (scan, p, "last"))
        {
          number = RD_TARGET_LAST;
          p++;
        }
      else
        p = q;
      target->number = target->last = number;
      if (number != RD_TARGET_LAST && (is_word (scan, p, "and") || is_word (scan, p, "to")))
        {
          guint last = 0;
          gboolean last_ordinal = FALSE;

          q = p + 1;
          if (parse_number (scan, &q, &last, &last_ordinal) && last_ordinal && last > number)
            {
              if (is_word (scan, p, "and") && last != number + 1)
                *several = TRUE;
              target->last = last;
              p = q;
            }
        }
      kind = paragraph_kind_word (scan, p);
      if (kind != RD_TARGET_NONE)
        p++;
      if (is_word (scan, p, "footnote") && kind == RD_TARGET_NONE)
        {
          target->kind = RD_TARGET_FOOTNOTE;
          *pos = p + 1;
          return TRUE;
        }
      if (!is_word (scan, p, "paragraph") && !is_word (scan, p, "paragraphs"))
        return FALSE;
      p++;
      if ((n = match_phrase (scan, p, "of the preamble")) > 0)
        {
          kind = RD_TARGET_PREAMBULAR;
          p += n;
        }
      else if ((n = match_phrase (scan, p, "of the operative part")) > 0)
        {
          kind = RD_TARGET_OPERATIVE;
          p += n;
        }
      if (kind == RD_TARGET_NONE)
        return FALSE;
      target->kind = kind;
      *pos = p;
      return TRUE;
    }

  /* "preambular paragraph 4", "operative paragraph 3 (a)", "operative
   * paragraphs 9 to 11", "the operative paragraphs", "paragraph 5",
   * "operative subparagraph 3 (a)" */
  kind = paragraph_kind_word (scan, p);
  if (kind != RD_TARGET_NONE)
    p++;
  if (is_word (scan, p, "paragraphs") || is_word (scan, p, "subparagraphs"))
    {
      p++;
      target->kind = kind == RD_TARGET_NONE ? RD_TARGET_OPERATIVE : kind;
      if (parse_number (scan, &p, &number, &ordinal))
        {
          target->number = target->last = number;
          parse_range (scan, &p, target, several);
        }
      else if (kind != RD_TARGET_NONE)
        {
          /* "the preambular paragraphs": the whole part */
          target->kind = RD_TARGET_PARTS;
          target->scope = kind == RD_TARGET_PREAMBULAR ? RD_SCOPE_PREAMBULAR : RD_SCOPE_OPERATIVE;
        }
      else
        return FALSE;
      *pos = p;
      return TRUE;
    }
  if (is_word (scan, p, "paragraph") || (kind != RD_TARGET_NONE && is_word (scan, p, "subparagraph")))
    {
      p++;
      if (!parse_number (scan, &p, &number, &ordinal))
        return FALSE;
      target->kind = kind == RD_TARGET_NONE ? RD_TARGET_OPERATIVE : kind;
      target->number = target->last = number;
      parse_labels (scan, &p, target);
      if (kind == RD_TARGET_NONE && (n = match_phrase (scan, p, "of the preamble")) > 0)
        {
          target->kind = RD_TARGET_PREAMBULAR;
          p += n;
        }
      *pos = p;
      return TRUE;
    }
  if (kind != RD_TARGET_NONE)
    return FALSE;

  /* "subparagraph (a) of operative paragraph 3", "subparagraph 3 (a)" */
  if (is_word (scan, p, "subparagraph"))
    {
      g_autofree char *label = NULL;
      g_autofree char *item = NULL;

      p++;
      if (parse_number (scan, &p, &number, &ordinal) && is_kind (scan, p, TOKEN_LABEL))
        {
          target->kind = RD_TARGET_OPERATIVE;
          target->number = target->last = number;
          parse_labels (scan, &p, target);
          *pos = p;
          return TRUE;
        }
      if (!is_kind (scan, p, TOKEN_LABEL))
        return FALSE;
      label = g_strdup (word_at (scan, p));
      p++;
      if (is_kind (scan, p, TOKEN_LABEL))
        {
          item = g_strdup (word_at (scan, p));
          p++;
        }
      if (!is_word (scan, p, "of") && !is_word (scan, p, "in"))
        return FALSE;
      p++;
      if (!parse_reference (scan, &p, target, several) || (target->kind != RD_TARGET_PREAMBULAR && target->kind != RD_TARGET_OPERATIVE) || target->subparagraph != NULL)
        return FALSE;
      /* "subparagraph (ii) of subparagraph (a) of …" is not read. */
      if (item != NULL)
        {
          target->subparagraph = g_steal_pointer (&label);
          target->item = g_steal_pointer (&item);
        }
      else
        target->subparagraph = g_steal_pointer (&label);
      *pos = p;
      return TRUE;
    }

  if (is_word (scan, p, "footnote"))
    {
      p++;
      if (!parse_number (scan, &p, &number, &ordinal))
        return FALSE;
      target->kind = RD_TARGET_FOOTNOTE;
      target->number = target->last = number;
      *pos = p;
      return TRUE;
    }
  return FALSE;
}

/* References joined by commas and "and": "the title, the preambular
 * paragraphs and the operative paragraphs" is one place made of parts;
 * "operative paragraph 3 and operative paragraph 4" a range. */
static gboolean
parse_reference_list (const Scan *scan,
                      guint *pos,
                      RdTarget *target,
                      gboolean *several)
{
  RdTarget next = { 0 };
  guint p = *pos;

  if (!parse_reference (scan, &p, target, several))
    return FALSE;

  for (;;)
    {
      guint q = p;

      if (is_punct (scan, q, ','))
        q++;
      if (is_word (scan, q, "and"))
        q++;
      if (q == p || !parse_reference (scan, &q, &next, several))
        break;
      if (scope_of (target) != RD_SCOPE_NONE && scope_of (&next) != RD_SCOPE_NONE)
        {
          RdScope scope = scope_of (target) | scope_of (&next);

          rd_target_clear (target);
          target->kind = RD_TARGET_PARTS;
          target->scope = scope;
        }
      else if (next.kind == target->kind && target->subparagraph == NULL && next.subparagraph == NULL && next.number == target->last + 1)
        target->last = next.last;
      else
        *several = TRUE;
      p = q;
    }
  rd_target_clear (&next);
  *pos = p;
  return TRUE;
}

/* Static helpers: phrases */

/* Verbs, also as in "operative paragraph 7 should be deleted" */
static const char *const delete_verbs[] = { "delete", "deleting", "deleted", "remove", "removing", "removed", "strike", NULL };
static const char *const replace_verbs[] = { "replace", "replacing", "replaced", "amend", "amending", "amended", NULL };
static const char *const insert_verbs[] = { "insert", "inserting", "inserted", "add", "adding", "added", NULL };

static Verb
verb_at (const Scan *scan,
         guint pos)
{
  if (is_word_in (scan, pos, delete_verbs))
    return VERB_DELETE;
  if (is_word_in (scan, pos, replace_verbs))
    return VERB_REPLACE;
  if (is_word_in (scan, pos, insert_verbs))
    return VERB_INSERT;
  return VERB_NONE;
}

/* Words that may stand before a quotation: "the words", "the phrase". */
static void
skip_fillers (const Scan *scan,
              guint *pos)
{
  static const char *const fillers[] = { "the", "words", "word", "phrase", "expression", "text", "term", "following", NULL };
  guint p = *pos;

  while (is_word_in (scan, p, fillers))
    p++;
  if (is_punct (scan, p, ':'))
    p++;
  if (is_kind (scan, p, TOKEN_QUOTE))
    *pos = p;
}

/* How delegates number a paragraph inserted after another: 5 bis, 5 ter */
static const char *const latin_suffixes[] = { "bis", "ter", "quater", "quinquies", "sexies", NULL };

/* "a new operative paragraph", "two new preambular paragraphs", "the
 * following operative paragraph", "new subparagraphs": paragraphs to put
 * in.  Sets what it says in @clause. */
static gboolean
parse_new_paragraphs (const Scan *scan,
                      guint *pos,
                      Clause *clause)
{
  guint p = *pos;
  guint count = 0;
  gboolean ordinal = FALSE;
  gboolean said_new = FALSE;
  RdTargetKind kind;
  RdParagraphKind new_kind;
  guint n;

  if ((n = match_phrase (scan, p, "the following")) > 0)
    p += n;
  else if (is_word (scan, p, "a") || is_word (scan, p, "an"))
    {
      count = 1;
      p++;
    }
  else if (parse_number (scan, &p, &count, &ordinal) && ordinal)
    return FALSE;
  if (is_word (scan, p, "new") || is_word (scan, p, "additional"))
    {
      said_new = TRUE;
      p++;
    }
  kind = paragraph_kind_word (scan, p);
  if (kind != RD_TARGET_NONE)
    p++;
  if (is_word (scan, p, "paragraph") || is_word (scan, p, "paragraphs"))
    new_kind = kind == RD_TARGET_PREAMBULAR ? RD_PARAGRAPH_PREAMBULAR : RD_PARAGRAPH_OPERATIVE;
  else if (is_word (scan, p, "subparagraph") || is_word (scan, p, "subparagraphs"))
    new_kind = RD_PARAGRAPH_SUBPARAGRAPH;
  else
    return FALSE;
  /* "paragraph 5" after "new" would be a reference, not new paragraphs. */
  if (!said_new && p == *pos)
    return FALSE;
  if (!said_new && is_kind (scan, p + 1, TOKEN_NUMBER))
    return FALSE;
  p++;
  /* "a new operative paragraph 5 bis": after the draft's paragraph 5 */
  if (is_kind (scan, p, TOKEN_NUMBER) && is_word_in (scan, p + 1, latin_suffixes) && clause->paragraph_anchor.kind == RD_TARGET_NONE)
    {
      clause->paragraph_anchor.kind = new_kind == RD_PARAGRAPH_PREAMBULAR ? RD_TARGET_PREAMBULAR : RD_TARGET_OPERATIVE;
      clause->paragraph_anchor.number = clause->paragraph_anchor.last = token_at (scan, p)->number;
      clause->paragraph_place = RD_PLACE_AFTER;
      p += 2;
    }
  clause->new_paragraphs = TRUE;
  clause->new_kind = new_kind;
  clause->new_kind_said = kind != RD_TARGET_NONE || new_kind == RD_PARAGRAPH_SUBPARAGRAPH;
  clause->count = count;
  *pos = p;
  return TRUE;
}

/* Quotations joined by "and" or commas: "delete “X” and “Y”". */
static guint
parse_quotes (const Scan *scan,
              guint pos,
              GArray *into)
{
  guint p = pos;

  while (is_kind (scan, p, TOKEN_QUOTE))
    {
      {
        guint index = quote_at (scan, p);
        g_array_append_val (into, index);
      }
      p++;
      if ((is_word (scan, p, "and") || is_punct (scan, p, ',')) && is_kind (scan, p + 1, TOKEN_QUOTE))
        p++;
      else if (is_punct (scan, p, ',') && is_word (scan, p + 1, "and") && is_kind (scan, p + 2, TOKEN_QUOTE))
        p += 2;
    }
  return p;
}

static void
clause_init (Clause *clause)
{
  *clause = (Clause){ 0 };
  clause->objects = g_array_new (FALSE, FALSE, sizeof (guint));
  clause->second_objects = g_array_new (FALSE, FALSE, sizeof (guint));
  clause->inline_paragraphs = g_array_new (FALSE, FALSE, sizeof (guint));
  clause->new_quote = -1;
  clause->anchor_quote = -1;
  clause->new_kind = RD_PARAGRAPH_OPERATIVE;
}

static void
clause_clear (Clause *clause)
{
  g_array_unref (clause->objects);
  g_array_unref (clause->second_objects);
  g_array_unref (clause->inline_paragraphs);
  rd_target_clear (&clause->object);
  rd_target_clear (&clause->location);
  rd_target_clear (&clause->paragraph_anchor);
}

/* Records where the instruction applies; a second, different place makes
 * several. */
static void
set_location (Clause *clause,
              const RdTarget *target)
{
  if (clause->location.kind != RD_TARGET_NONE)
    {
      if (scope_of (&clause->location) != RD_SCOPE_NONE && scope_of (target) != RD_SCOPE_NONE)
        {
          clause->location.scope = scope_of (&clause->location) | scope_of (target);
          clause->location.kind = RD_TARGET_PARTS;
        }
      else
        clause->several = TRUE;
      return;
    }
  rd_target_copy (&clause->location, target);
}

/* Reads the phrases of one instruction, left to right. */
static void
read_clause (const Scan *scan,
             Clause *clause)
{
  static const char *const in_words[] = { "in", "from", "within", "to", NULL };
  static const char *const with_words[] = { "with", "by", NULL };
  static const char *const reading_words[] = { "reading", "reads", "read", "follows", NULL };
  guint pos = 0;

  while (pos < scan->tokens->len)
    {
      const Token *token = token_at (scan, pos);
      RdTarget target = { 0 };
      guint p = pos + 1;
      guint n;
      Verb verb;

      if (token->kind == TOKEN_QUOTE)
        {
          /* A quotation no phrase claimed: what a verb acts on, or a
           * paragraph given in line after "reading". */
          if (clause->reading && (clause->object.kind != RD_TARGET_NONE || clause->new_paragraphs || clause->paragraph_anchor.kind != RD_TARGET_NONE))
            g_array_append_val (clause->inline_paragraphs, token->number);
          else if (clause->second_verb != VERB_NONE)
            g_array_append_val (clause->second_objects, token->number);
          else if (clause->verb == VERB_REPLACE && clause->objects->len > 0 && clause->new_quote < 0)
            clause->new_quote = (int) token->number;
          else
            g_array_append_val (clause->objects, token->number);
          pos++;
          continue;
        }
      if (token->kind != TOKEN_WORD)
        {
          pos++;
          continue;
        }

      /* "at the end of operative paragraph 3", "at the end" */
      if ((n = match_phrase (scan, pos, "at the end")) > 0 || (n = match_phrase (scan, pos, "at the beginning")) > 0 || (n = match_phrase (scan, pos, "at the start")) > 0)
        {
          gboolean several = FALSE;

          clause->edge = is_word (scan, pos + 2, "end") ? RD_PLACE_END : RD_PLACE_START;
          p = pos + n;
          if (is_word (scan, p, "of"))
            {
              guint q = p + 1;

              if (parse_reference_list (scan, &q, &target, &several))
                {
                  set_location (clause, &target);
                  clause->several |= several;
                  p = q;
                }
            }
          pos = p;
          rd_target_clear (&target);
          continue;
        }

      /* "throughout the text", "wherever it appears", "in all instances" */
      if (is_word (scan, pos, "throughout") || is_word (scan, pos, "wherever") || is_word (scan, pos, "whenever") || (n = match_phrase (scan, pos, "in all instances")) > 0 || (n = match_phrase (scan, pos, "each time")) > 0 || (n = match_phrase (scan, pos, "every time")) > 0)
        {
          gboolean several = FALSE;

          clause->throughout = TRUE;
          if (is_word (scan, pos, "throughout"))
            {
              if (parse_reference_list (scan, &p, &target, &several) && scope_of (&target) != RD_SCOPE_NONE)
                set_location (clause, &target);
              rd_target_clear (&target);
            }
          else
            /* The rest of the phrase ("it appears") says nothing more. */
            while (p < scan->tokens->len && is_kind (scan, p, TOKEN_WORD) && verb_at (scan, p) == VERB_NONE && !is_word (scan, p, "in"))
              p++;
          pos = p;
          continue;
        }

      /* "renumber the subsequent paragraphs accordingly": numbering
       * follows from the changes */
      if (g_str_has_prefix (token->word, "renumber"))
        {
          if (clause->verb == VERB_NONE)
            clause->verb = VERB_RENUMBER;
          while (p < scan->tokens->len && !is_kind (scan, p, TOKEN_PUNCT) && !is_kind (scan, p, TOKEN_QUOTE))
            p++;
          pos = p;
          continue;
        }

      /* "in operative paragraph 5", "in the title, the preambular …" */
      if (is_word_in (scan, pos, in_words))
        {
          gboolean several = FALSE;

          if (parse_reference_list (scan, &p, &target, &several))
            {
              set_location (clause, &target);
              clause->several |= several;
              rd_target_clear (&target);
              pos = p;
              continue;
            }
          /* "to read" */
          if (is_word (scan, pos, "to") && is_word (scan, pos + 1, "read"))
            {
              clause->reading = TRUE;
              pos += 2;
              continue;
            }
          pos++;
          continue;
        }

      /* "after “X”", "before the fifth preambular paragraph" */
      if (is_word (scan, pos, "after") || is_word (scan, pos, "before"))
        {
          RdPlace place = is_word (scan, pos, "after") ? RD_PLACE_AFTER : RD_PLACE_BEFORE;
          gboolean several = FALSE;
          guint q = p;

          skip_fillers (scan, &q);
          if (is_kind (scan, q, TOKEN_QUOTE))
            {
              clause->anchor_quote = (int) quote_at (scan, q);
              clause->anchor_place = place;
              pos = q + 1;
              continue;
            }
          if (parse_reference_list (scan, &p, &target, &several))
            {
              rd_target_copy (&clause->paragraph_anchor, &target);
              clause->paragraph_place = place;
              clause->several |= several;
              rd_target_clear (&target);
              pos = p;
              continue;
            }
          pos++;
          continue;
        }

      /* "with “Y”", "by the following text:" */
      if (is_word_in (scan, pos, with_words))
        {
          guint q = p;

          if (parse_new_paragraphs (scan, &q, clause))
            {
              pos = q;
              continue;
            }
          skip_fillers (scan, &q);
          if (is_kind (scan, q, TOKEN_QUOTE))
            {
              if (clause->objects->len > 0 || clause->object.kind == RD_TARGET_NONE)
                clause->new_quote = (int) quote_at (scan, q);
              else
                {
                  guint index = quote_at (scan, q);
                  g_array_append_val (clause->inline_paragraphs, index);
                }
              pos = q + 1;
              continue;
            }
          if ((n = match_phrase (scan, p, "the following")) > 0)
            {
              /* the text to put in follows: in line, or as paragraphs */
              clause->reading = TRUE;
              pos = p + n;
              continue;
            }
          pos++;
          continue;
        }

      /* The verb and what it acts on */
      verb = verb_at (scan, pos);
      if (verb != VERB_NONE)
        {
          gboolean several = FALSE;
          guint q;

          if (clause->verb == VERB_NONE)
            clause->verb = verb;
          else if (clause->second_verb == VERB_NONE && verb != clause->verb)
            clause->second_verb = verb;
          q = p;
          skip_fillers (scan, &q);
          if (is_kind (scan, q, TOKEN_QUOTE))
            {
              pos = parse_quotes (scan, q, clause->second_verb != VERB_NONE ? clause->second_objects : clause->objects);
              continue;
            }
          q = p;
          if (parse_new_paragraphs (scan, &q, clause))
            {
              pos = q;
              continue;
            }
          q = p;
          if (clause->object.kind == RD_TARGET_NONE && parse_reference_list (scan, &q, &target, &several))
            {
              rd_target_copy (&clause->object, &target);
              clause->several |= several;
              rd_target_clear (&target);
              pos = q;
              continue;
            }
          pos = p;
          continue;
        }

      if (is_word_in (scan, pos, reading_words) || (n = match_phrase (scan, pos, "as follows")) > 0)
        {
          clause->reading = TRUE;
          pos++;
          continue;
        }

      /* "a new preambular paragraph" without a verb before it */
      p = pos;
      if (parse_new_paragraphs (scan, &p, clause))
        {
          pos = p;
          continue;
        }

      /* "Operative paragraph 5 shall read: …": the paragraph comes first */
      p = pos;
      if (clause->verb == VERB_NONE && clause->object.kind == RD_TARGET_NONE)
        {
          gboolean several = FALSE;

          if (parse_reference_list (scan, &p, &target, &several))
            {
              rd_target_copy (&clause->object, &target);
              clause->several |= several;
              rd_target_clear (&target);
              pos = p;
              continue;
            }
        }
      pos++;
    }

  /* A colon at the end: paragraphs follow. */
  if (scan->tokens->len > 0 && is_punct (scan, scan->tokens->len - 1, ':'))
    clause->reading = TRUE;
}

/* Static helpers: from phrases to an instruction */

static RdQuote *
copy_quote (const Scan *scan,
            guint index)
{
  const RdQuote *quote = g_ptr_array_index (scan->quotes, index);
  RdQuote *copy = rd_quote_new (quote->text);

  copy->label = g_strdup (quote->label);
  for (guint i = 0; i < quote->footnotes->len; i++)
    {
      const RdFootnoteRef *ref = &g_array_index (quote->footnotes, RdFootnoteRef, i);
      rd_quote_add_footnote (copy, ref->offset, ref->marker);
    }
  return copy;
}

/* The kind of paragraphs put in place of a target: the title's or a
 * footnote's text is "other". */
static RdParagraphKind
kind_of_target (RdTargetKind kind)
{
  switch (kind)
    {
    case RD_TARGET_PREAMBULAR:
      return RD_PARAGRAPH_PREAMBULAR;
    case RD_TARGET_OPERATIVE:
      return RD_PARAGRAPH_OPERATIVE;
    case RD_TARGET_TITLE:
    case RD_TARGET_FOOTNOTE:
    case RD_TARGET_PARTS:
    case RD_TARGET_NONE:
    default:
      return RD_PARAGRAPH_OTHER;
    }
}

/* Words to delete or replace: in one place, or throughout a scope. */
static void
set_word_target (RdInstruction *instruction,
                 const Clause *clause,
                 RdInstructionAction single,
                 RdInstructionAction throughout)
{
  if (clause->location.kind == RD_TARGET_PARTS || (clause->throughout && clause->location.kind == RD_TARGET_NONE))
    {
      instruction->action = throughout;
      instruction->target.kind = RD_TARGET_PARTS;
      instruction->target.scope = clause->location.kind == RD_TARGET_PARTS ? clause->location.scope : RD_SCOPE_ALL;
    }
  else if (clause->location.kind != RD_TARGET_NONE)
    {
      instruction->action = single;
      rd_target_copy (&instruction->target, &clause->location);
      /* "throughout operative paragraph 5": every occurrence there */
      if (clause->throughout)
        instruction->action = throughout;
    }
  else if (clause->object.kind != RD_TARGET_NONE && clause->object.kind != RD_TARGET_PARTS)
    {
      /* "Delete “X” of operative paragraph 5" is rare; take the place. */
      instruction->action = single;
      rd_target_copy (&instruction->target, &clause->object);
    }
  else
    {
      instruction->action = single;
      rd_instruction_set_problem (instruction, _ ("the paragraph or part this instruction applies to was not recognised"));
    }
}

/* Fills @instruction from what @clause found; sets a problem when a piece
 * is missing.  Returns whether paragraphs are expected after it. */
static gboolean
build_instruction (RdInstruction *instruction,
                   const Scan *scan,
                   Clause *clause)
{
  gboolean wants_paragraphs = FALSE;
  Verb verb = clause->verb;

  if (scan->unclosed)
    rd_instruction_set_problem (instruction, _ ("a quotation mark is not closed"));
  if (clause->several)
    rd_instruction_set_problem (instruction, _ ("several separate places in one instruction are not supported"));

  /* "Operative paragraph 5 shall read: …", "Amend operative paragraph 5
   * to read: …" */
  if ((verb == VERB_NONE || verb == VERB_REPLACE) && clause->object.kind != RD_TARGET_NONE && clause->objects->len == 0 && clause->reading)
    verb = VERB_REPLACE;
  /* "Delete “X” and insert “Y”" */
  if (verb == VERB_DELETE && clause->second_verb == VERB_INSERT && clause->objects->len > 0 && clause->second_objects->len > 0 && clause->new_quote < 0)
    {
      verb = VERB_REPLACE;
      clause->new_quote = (int) g_array_index (clause->second_objects, guint, 0);
    }

  instruction->place = RD_PLACE_NONE;
  switch (verb)
    {
    case VERB_DELETE:
      if (clause->objects->len > 0)
        {
          for (guint i = 0; i < clause->objects->len; i++)
            g_ptr_array_add (instruction->old_texts, copy_quote (scan, g_array_index (clause->objects, guint, i)));
          set_word_target (instruction, clause, RD_INSTRUCTION_DELETE, RD_INSTRUCTION_DELETE_THROUGHOUT);
        }
      else if (clause->object.kind != RD_TARGET_NONE && clause->object.kind != RD_TARGET_PARTS)
        {
          instruction->action = RD_INSTRUCTION_DELETE;
          instruction->whole = TRUE;
          rd_target_copy (&instruction->target, &clause->object);
          if (instruction->target.kind == RD_TARGET_TITLE)
            rd_instruction_set_problem (instruction, _ ("the title cannot be deleted"));
          /* "… reading: …": the paragraph as the amendment quotes it */
          for (guint i = 0; i < clause->inline_paragraphs->len; i++)
            g_ptr_array_add (instruction->old_texts, copy_quote (scan, g_array_index (clause->inline_paragraphs, guint, i)));
          wants_paragraphs = clause->reading && clause->inline_paragraphs->len == 0;
        }
      else
        {
          instruction->action = RD_INSTRUCTION_DELETE;
          rd_instruction_set_problem (instruction, _ ("the paragraph or words to delete were not recognised"));
        }
      break;

    case VERB_REPLACE:
      if (clause->objects->len > 0)
        {
          g_ptr_array_add (instruction->old_texts, copy_quote (scan, g_array_index (clause->objects, guint, 0)));
          if (clause->objects->len > 1)
            rd_instruction_set_problem (instruction, _ ("several quoted texts to replace in one instruction are not supported"));
          set_word_target (instruction, clause, RD_INSTRUCTION_REPLACE, RD_INSTRUCTION_REPLACE_THROUGHOUT);
          if (clause->new_quote >= 0)
            instruction->new_text = copy_quote (scan, (guint) clause->new_quote);
          else if (clause->inline_paragraphs->len > 0)
            instruction->new_text = copy_quote (scan, g_array_index (clause->inline_paragraphs, guint, 0));
          else
            rd_instruction_set_problem (instruction, _ ("the text to put in was not recognised"));
        }
      else if (clause->object.kind != RD_TARGET_NONE && clause->object.kind != RD_TARGET_PARTS)
        {
          instruction->action = RD_INSTRUCTION_REPLACE;
          instruction->whole = TRUE;
          rd_target_copy (&instruction->target, &clause->object);
          instruction->paragraph_kind = kind_of_target (instruction->target.kind);
          if (instruction->target.subparagraph != NULL)
            instruction->paragraph_kind = RD_PARAGRAPH_SUBPARAGRAPH;
          instruction->count = clause->count;
          if (clause->new_quote >= 0)
            g_ptr_array_add (instruction->paragraphs, copy_quote (scan, (guint) clause->new_quote));
          for (guint i = 0; i < clause->inline_paragraphs->len; i++)
            g_ptr_array_add (instruction->paragraphs, copy_quote (scan, g_array_index (clause->inline_paragraphs, guint, i)));
          wants_paragraphs = instruction->paragraphs->len == 0;
        }
      else
        {
          instruction->action = RD_INSTRUCTION_REPLACE;
          rd_instruction_set_problem (instruction, _ ("the paragraph or words to replace were not recognised"));
        }
      break;

    case VERB_INSERT:
      instruction->action = RD_INSTRUCTION_INSERT;
      if (clause->objects->len > 0 && !clause->new_paragraphs && (clause->anchor_quote >= 0 || clause->edge != RD_PLACE_NONE || clause->paragraph_anchor.kind == RD_TARGET_NONE))
        {
          /* Words into a paragraph */
          instruction->new_text = copy_quote (scan, g_array_index (clause->objects, guint, 0));
          if (clause->objects->len > 1)
            rd_instruction_set_problem (instruction, _ ("several quoted texts to insert in one instruction are not supported"));
          if (clause->location.kind != RD_TARGET_NONE)
            rd_target_copy (&instruction->target, &clause->location);
          else
            rd_instruction_set_problem (instruction, _ ("the paragraph or part this instruction applies to was not recognised"));
          if (clause->anchor_quote >= 0)
            {
              instruction->anchor = copy_quote (scan, (guint) clause->anchor_quote);
              instruction->place = clause->anchor_place;
              if (clause->throughout || instruction->target.kind == RD_TARGET_PARTS)
                rd_instruction_set_problem (instruction, _ ("inserting words throughout the text is not supported"));
            }
          else if (clause->edge != RD_PLACE_NONE)
            instruction->place = clause->edge;
          else
            rd_instruction_set_problem (instruction, _ ("where to insert the quoted text was not recognised"));
          break;
        }

      /* Paragraphs */
      instruction->whole = TRUE;
      instruction->count = clause->count;
      if (clause->paragraph_anchor.kind != RD_TARGET_NONE)
        {
          rd_target_copy (&instruction->target, &clause->paragraph_anchor);
          instruction->place = clause->paragraph_place;
        }
      else if (clause->edge != RD_PLACE_NONE && clause->location.kind == RD_TARGET_PARTS && (clause->location.scope == RD_SCOPE_PREAMBULAR || clause->location.scope == RD_SCOPE_OPERATIVE))
        {
          /* "at the end of the preamble": after its last paragraph */
          instruction->target.kind = clause->location.scope == RD_SCOPE_PREAMBULAR ? RD_TARGET_PREAMBULAR : RD_TARGET_OPERATIVE;
          instruction->target.number = instruction->target.last = clause->edge == RD_PLACE_END ? RD_TARGET_LAST : 1;
          instruction->place = clause->edge == RD_PLACE_END ? RD_PLACE_AFTER : RD_PLACE_BEFORE;
        }
      else if (clause->edge == RD_PLACE_END && (clause->location.kind == RD_TARGET_NONE || (clause->location.kind == RD_TARGET_PARTS && clause->location.scope == RD_SCOPE_ALL)))
        {
          /* "at the end of the draft resolution": after its last
           * operative paragraph */
          instruction->target.kind = RD_TARGET_OPERATIVE;
          instruction->target.number = instruction->target.last = RD_TARGET_LAST;
          instruction->place = RD_PLACE_AFTER;
        }
      else
        rd_instruction_set_problem (instruction, _ ("where to insert the new paragraphs was not recognised"));

      instruction->paragraph_kind = clause->new_kind;
      if (!clause->new_kind_said && instruction->target.kind == RD_TARGET_PREAMBULAR)
        instruction->paragraph_kind = RD_PARAGRAPH_PREAMBULAR;
      if (instruction->target.subparagraph != NULL && !clause->new_kind_said)
        instruction->paragraph_kind = RD_PARAGRAPH_SUBPARAGRAPH;
      for (guint i = 0; i < clause->objects->len; i++)
        g_ptr_array_add (instruction->paragraphs, copy_quote (scan, g_array_index (clause->objects, guint, i)));
      for (guint i = 0; i < clause->inline_paragraphs->len; i++)
        g_ptr_array_add (instruction->paragraphs, copy_quote (scan, g_array_index (clause->inline_paragraphs, guint, i)));
      wants_paragraphs = instruction->paragraphs->len == 0;
      break;

    case VERB_RENUMBER:
      instruction->action = RD_INSTRUCTION_RENUMBER;
      instruction->target.kind = RD_TARGET_PARTS;
      instruction->target.scope = RD_SCOPE_ALL;
      break;

    case VERB_NONE:
    default:
      instruction->action = RD_INSTRUCTION_UNKNOWN;
      rd_instruction_set_problem (instruction, _ ("no action (delete, replace or insert) was recognised in this instruction"));
      break;
    }

  if (instruction->target.kind == RD_TARGET_NONE && instruction->action != RD_INSTRUCTION_UNKNOWN)
    rd_instruction_set_problem (instruction, _ ("the paragraph or part this instruction applies to was not recognised"));
  return wants_paragraphs;
}

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

      if (!is_open_quote (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      end = find_quote_end (g_utf8_next_char (p), c);
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
  if (digits == 0 || digits > 4 || (label[digits] != '.' && label[digits] != ')') || label[digits + 1] != '\0')
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
  Scan scan;
  Clause clause;
  RdInstruction *instruction = rd_instruction_new (number, joined->text->str);

  scan_init (&scan);
  clause_init (&clause);
  scan_text (&scan, joined->text->str, joined->footnotes);
  read_clause (&scan, &clause);
  *wants_paragraphs = build_instruction (instruction, &scan, &clause);
  clause_clear (&clause);
  scan_clear (&scan);
  return instruction;
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
  quote = quote_from_text (joined.text->str, 0, joined.text->len, joined.footnotes);
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

gboolean
rd_number_words_parse (const char *words,
                       guint *value,
                       gboolean *ordinal)
{
  Scan scan;
  guint pos = 0;
  guint number = 0;
  gboolean is_ordinal = FALSE;
  gboolean ok;

  g_return_val_if_fail (words != NULL, FALSE);

  scan_init (&scan);
  scan_text (&scan, words, NULL);
  ok = parse_number (&scan, &pos, &number, &is_ordinal) && pos == scan.tokens->len;
  scan_clear (&scan);
  if (ok && value != NULL)
    *value = number;
  if (ok && ordinal != NULL)
    *ordinal = is_ordinal;
  return ok;
}

gboolean
rd_instruction_text_starts (const char *text)
{
  Scan scan;
  gboolean starts = FALSE;
  RdTarget target = { 0 };
  gboolean several = FALSE;
  guint pos = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  scan_init (&scan);
  scan_text (&scan, text, NULL);
  if (verb_at (&scan, 0) != VERB_NONE || (is_kind (&scan, 0, TOKEN_WORD) && g_str_has_prefix (word_at (&scan, 0), "renumber")))
    starts = TRUE;
  else if (is_word (&scan, 0, "in") || is_word (&scan, 0, "after") || is_word (&scan, 0, "before"))
    {
      pos = 1;
      starts = parse_reference_list (&scan, &pos, &target, &several);
    }
  else if (match_phrase (&scan, 0, "at the end") > 0 || match_phrase (&scan, 0, "at the beginning") > 0)
    starts = TRUE;
  else if (parse_reference_list (&scan, &pos, &target, &several))
    {
      /* "Operative paragraph 5 shall read", "The title should read" */
      for (guint i = pos; i < scan.tokens->len && !starts; i++)
        starts = is_word (&scan, i, "read") || is_word (&scan, i, "reads") || verb_at (&scan, i) != VERB_NONE;
    }
  rd_target_clear (&target);
  scan_clear (&scan);
  return starts;
}

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
      if (digits > 0 && digits <= 4 && folded[digits] == '.' && folded[digits + 1] == ' ')
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
