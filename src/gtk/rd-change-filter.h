/* rd-change-filter.h: which changes the window shows, lists and steps to
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rd-presentation.h"

G_BEGIN_DECLS

/* What the list of changes shows (the summary's filter); the values are
 * the "show" property's. */
typedef enum
{
  RD_CHANGE_FILTER_ALL,          /* every change */
  RD_CHANGE_FILTER_SUBSTANTIVE,  /* all but routine updates */
  RD_CHANGE_FILTER_WEAKENED,     /* operative paragraphs weakened */
  RD_CHANGE_FILTER_STRENGTHENED, /* operative paragraphs strengthened */
  RD_CHANGE_FILTER_NEW_LANGUAGE, /* insertions no adopted text has
                                  * (a library consulted) */
} RdChangeFilterShow;

#define RD_TYPE_CHANGE_FILTER (rd_change_filter_get_type ())
G_DECLARE_FINAL_TYPE (RdChangeFilter, rd_change_filter, RD, CHANGE_FILTER, GObject)

/*
 * One filter for the views, the list of changes and navigation (F7), so
 * that they never disagree: "Hide routine updates" (the "hide-routine"
 * property, the window's action and setting) takes routine-only changes
 * out of all three; the summary's choice ("show") narrows the list of
 * changes and the steps of F7 further.  "changed" is emitted when either
 * changes.
 */
RdChangeFilter *rd_change_filter_new (void);

gboolean rd_change_filter_get_hide_routine (RdChangeFilter *self);
void rd_change_filter_set_hide_routine (RdChangeFilter *self, gboolean hide_routine);

RdChangeFilterShow rd_change_filter_get_show (RdChangeFilter *self);
void rd_change_filter_set_show (RdChangeFilter *self, RdChangeFilterShow show);

/* Whether the views show @change's row. */
gboolean rd_change_filter_shows (RdChangeFilter *self,
                                 RdPresentation *presentation,
                                 const RdChange *change);

/* Whether the list of changes lists @change and F7 stops at it: a
 * difference the views show that the summary's choice takes. */
gboolean rd_change_filter_lists (RdChangeFilter *self,
                                 RdPresentation *presentation,
                                 const RdChange *change);

/* Whether @change is what @show asks for (a difference, routine or not,
 * whatever "hide-routine" says). */
gboolean rd_change_filter_show_matches (RdChangeFilterShow show,
                                        RdPresentation *presentation,
                                        const RdChange *change);

G_END_DECLS
