/* rd-markup.h: Pango markup for marked-up text, always escaped
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rd-presentation.h"

G_BEGIN_DECLS

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

/* Markup for a paragraph's runs (rd-presentation.h): inserted and
 * deleted text marked, footnote marks raised (<sup>), a removed paragraph
 * break as a deleted "¶" with the old number, a space between a deletion
 * and the insertion after it.  With @mark other than RD_MARK_NONE, all of
 * it under that mark instead (where a moved paragraph stood). */
char *rd_markup_for_runs (const GPtrArray *runs, RdMark mark, RdRedlineStyle style);

/* A link (<a href>) around @text, escaped. */
void rd_markup_append_link (GString *markup, const char *href, const char *text);

G_END_DECLS
