/* rd-markup.c: Pango markup for marked-up text, always escaped
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-markup.h"

#include <string.h>

/* Marks */

/* Tints are drawn at low alpha over the theme's own background, so they
 * read on Adwaita light and dark alike; the underline and the strike-through
 * carry the meaning without colour.  Red and blue stay apart for the common
 * forms of colour blindness, where red and green would not. */
#define DELETED_OPEN                                              \
  "<span strikethrough=\"true\" strikethrough_color=\"#e01b24\" " \
  "background=\"#e01b24\" bgalpha=\"22%\">"
#define INSERTED_UNDERLINE_OPEN                             \
  "<span underline=\"single\" underline_color=\"#3584e4\" " \
  "background=\"#3584e4\" bgalpha=\"22%\">"
#define INSERTED_UN_OPEN \
  "<span weight=\"bold\" background=\"#3584e4\" bgalpha=\"22%\">"
#define MOVED_OPEN                                 \
  "<span style=\"italic\" strikethrough=\"true\" " \
  "strikethrough_color=\"#9141ac\" background=\"#9141ac\" bgalpha=\"16%\">"
#define CLOSE "</span>"

/* Static helpers */

static gboolean
needs_space_between (const RdDiffSegment *deleted,
                     const RdDiffSegment *inserted)
{
  gsize length = strlen (deleted->text);

  return length > 0 && !g_ascii_isspace (deleted->text[length - 1]) && !g_ascii_isspace (inserted->text[0]);
}

/* Public API */

void
rd_markup_append (GString *markup,
                  const char *text,
                  RdMark mark,
                  RdRedlineStyle style)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (markup != NULL);

  if (text == NULL || *text == '\0')
    return;

  escaped = g_markup_escape_text (text, -1);
  switch (mark)
    {
    case RD_MARK_DELETED:
      g_string_append (markup, DELETED_OPEN);
      break;
    case RD_MARK_INSERTED:
      g_string_append (markup, style == RD_REDLINE_STYLE_UN ? INSERTED_UN_OPEN : INSERTED_UNDERLINE_OPEN);
      break;
    case RD_MARK_MOVED:
      g_string_append (markup, MOVED_OPEN);
      break;
    case RD_MARK_NONE:
    default:
      g_string_append (markup, escaped);
      return;
    }
  g_string_append (markup, escaped);
  g_string_append (markup, CLOSE);
}

char *
rd_markup_for_diff (const RdDiff *diff,
                    RdMarkupSide side,
                    RdRedlineStyle style)
{
  GString *markup = g_string_new (NULL);

  g_return_val_if_fail (diff != NULL, g_string_free (markup, FALSE));

  for (guint i = 0; i < diff->segments->len; i++)
    {
      const RdDiffSegment *segment = g_ptr_array_index (diff->segments, i);

      switch (segment->op)
        {
        case RD_DIFF_EQUAL:
          /* The old side shows the old spelling of text that compares
           * equal (white space, or case and punctuation when ignored). */
          if (side == RD_MARKUP_OLD && segment->old_text != NULL)
            rd_markup_append (markup, segment->old_text, RD_MARK_NONE, style);
          else
            rd_markup_append (markup, segment->text, RD_MARK_NONE, style);
          break;
        case RD_DIFF_DELETE:
          if (side != RD_MARKUP_NEW)
            rd_markup_append (markup, segment->text, RD_MARK_DELETED, style);
          break;
        case RD_DIFF_INSERT:
          if (side == RD_MARKUP_OLD)
            break;
          /* In a redline a replaced word stands right before its
           * replacement: a space keeps "Urges Encourages" two words. */
          if (side == RD_MARKUP_REDLINE && i > 0 && ((RdDiffSegment *) g_ptr_array_index (diff->segments, i - 1))->op == RD_DIFF_DELETE && needs_space_between (g_ptr_array_index (diff->segments, i - 1), segment))
            g_string_append_c (markup, ' ');
          rd_markup_append (markup, segment->text, RD_MARK_INSERTED, style);
          break;
        default:
          break;
        }
    }
  return g_string_free (markup, FALSE);
}

char *
rd_markup_for_text (const char *text,
                    RdMark mark,
                    RdRedlineStyle style)
{
  GString *markup = g_string_new (NULL);

  rd_markup_append (markup, text, mark, style);
  return g_string_free (markup, FALSE);
}

void
rd_markup_append_link (GString *markup,
                       const char *href,
                       const char *text)
{
  g_autofree char *escaped_href = g_markup_escape_text (href, -1);
  g_autofree char *escaped_text = g_markup_escape_text (text, -1);

  g_string_append_printf (markup, "<a href=\"%s\">%s</a>", escaped_href, escaped_text);
}
