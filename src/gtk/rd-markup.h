/* rd-markup.h: Pango markup for marked-up text, always escaped
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rd-diff.h"

G_BEGIN_DECLS

/* Which text of a diff to show. */
typedef enum
{
  RD_MARKUP_OLD,     /* equal and deleted text: the left side */
  RD_MARKUP_NEW,     /* equal and inserted text: the right side */
  RD_MARKUP_REDLINE, /* all of it, deletions and insertions in place */
} RdMarkupSide;

/* How insertions are marked; deletions are always struck through.  The
 * values match the "redline-style" key of the GSettings schema. */
typedef enum
{
  RD_REDLINE_STYLE_UNDERLINE, /* inserted text underlined */
  RD_REDLINE_STYLE_UN,        /* inserted text bold, as UN documents do */
} RdRedlineStyle;

typedef enum
{
  RD_MARK_NONE,
  RD_MARK_DELETED,
  RD_MARK_INSERTED,
  RD_MARK_MOVED, /* the old place of a paragraph that moved */
} RdMark;

/* Appends @text to @markup escaped, inside the span for @mark. */
void rd_markup_append (GString *markup, const char *text, RdMark mark, RdRedlineStyle style);

/* Markup for one side of @diff (or both, RD_MARKUP_REDLINE). */
char *rd_markup_for_diff (const RdDiff *diff, RdMarkupSide side, RdRedlineStyle style);

/* Markup for a whole text under one mark. */
char *rd_markup_for_text (const char *text, RdMark mark, RdRedlineStyle style);

/* A link (<a href>) around @text, escaped. */
void rd_markup_append_link (GString *markup, const char *href, const char *text);

G_END_DECLS
