/* rd-markup.c: Pango markup for marked-up text, always escaped
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-markup.h"

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
/* Routine updates (the session, dates, symbols: rd-routine.h) keep their
 * marks but are quieter: the text itself at reduced alpha, so the grey
 * follows the theme's text colour, and a grey tint. */
#define ROUTINE_DELETED_OPEN                      \
  "<span strikethrough=\"true\" fgalpha=\"58%\" " \
  "background=\"#77767b\" bgalpha=\"16%\">"
#define ROUTINE_INSERTED_OPEN                   \
  "<span underline=\"single\" fgalpha=\"58%\" " \
  "background=\"#77767b\" bgalpha=\"16%\">"
/* Inserted words that stand in an adopted resolution (RdRun.agreed_in,
 * with a library): underlined twice, as print and HTML do. */
#define AGREED_UNDERLINE_OPEN                               \
  "<span underline=\"double\" underline_color=\"#3584e4\" " \
  "background=\"#3584e4\" bgalpha=\"22%\">"
#define AGREED_UN_OPEN                                                      \
  "<span weight=\"bold\" underline=\"double\" underline_color=\"#3584e4\" " \
  "background=\"#3584e4\" bgalpha=\"22%\">"
#define CLOSE "</span>"

/* Static helpers */

static RdMark
mark_of (const RdRun *run)
{
  switch (run->mark)
    {
    case RD_RUN_INSERTED:
      return RD_MARK_INSERTED;
    case RD_RUN_DELETED:
      return RD_MARK_DELETED;
    case RD_RUN_COMMON:
    default:
      return RD_MARK_NONE;
    }
}

/* @text escaped, in a span opened by @open. */
static void
append_span (GString *markup,
             const char *open,
             const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (markup, open);
  g_string_append (markup, escaped);
  g_string_append (markup, CLOSE);
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

  switch (mark)
    {
    case RD_MARK_DELETED:
      append_span (markup, DELETED_OPEN, text);
      break;
    case RD_MARK_INSERTED:
      append_span (markup, style == RD_REDLINE_STYLE_UN ? INSERTED_UN_OPEN : INSERTED_UNDERLINE_OPEN, text);
      break;
    case RD_MARK_MOVED:
      append_span (markup, MOVED_OPEN, text);
      break;
    case RD_MARK_NONE:
    default:
      escaped = g_markup_escape_text (text, -1);
      g_string_append (markup, escaped);
      break;
    }
}

char *
rd_markup_for_runs (const GPtrArray *runs,
                    RdMark mark,
                    RdRedlineStyle style)
{
  GString *markup = g_string_new (NULL);
  const RdRun *previous = NULL;

  g_return_val_if_fail (runs != NULL, g_string_free (markup, FALSE));

  for (guint i = 0; i < runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (runs, i);
      RdMark run_mark = mark != RD_MARK_NONE ? mark : mark_of (run);

      switch (run->kind)
        {
        case RD_RUN_TEXT:
          /* In a redline a replaced word stands right before its
           * replacement: a space keeps "Urges Encourages" two words. */
          if (mark == RD_MARK_NONE && rd_run_needs_space_before (previous, run))
            g_string_append_c (markup, ' ');
          if (mark == RD_MARK_NONE && run->routine && (run_mark == RD_MARK_INSERTED || run_mark == RD_MARK_DELETED) && *run->text != '\0')
            /* A routine update, grey (RdRun.routine). */
            append_span (markup, run_mark == RD_MARK_DELETED ? ROUTINE_DELETED_OPEN : ROUTINE_INSERTED_OPEN, run->text);
          else if (mark == RD_MARK_NONE && run->agreed_in != NULL && run_mark == RD_MARK_INSERTED && *run->text != '\0')
            /* Agreed inserted text (RdRun.agreed_in). */
            append_span (markup, style == RD_REDLINE_STYLE_UN ? AGREED_UN_OPEN : AGREED_UNDERLINE_OPEN, run->text);
          else
            rd_markup_append (markup, run->text, run_mark, style);
          break;
        case RD_RUN_FOOTNOTE_REF:
          g_string_append (markup, "<sup>");
          rd_markup_append (markup, run->text, run_mark, style);
          g_string_append (markup, "</sup>");
          break;
        case RD_RUN_PARAGRAPH_BREAK:
          {
            g_autofree char *pilcrow = run->text != NULL ? g_strdup_printf ("¶ %s", run->text) : g_strdup ("¶");

            g_string_append_c (markup, ' ');
            rd_markup_append (markup, pilcrow, RD_MARK_DELETED, style);
            g_string_append_c (markup, ' ');
          }
          break;
        default:
          g_assert_not_reached ();
        }
      previous = run;
    }
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
