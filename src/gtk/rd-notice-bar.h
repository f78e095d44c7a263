/* rd-notice-bar.h: a passing word to the reader, above the comparison
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RD_TYPE_NOTICE_BAR (rd_notice_bar_get_type ())
G_DECLARE_FINAL_TYPE (RdNoticeBar, rd_notice_bar, RD, NOTICE_BAR, GtkInfoBar)

GtkWidget *rd_notice_bar_new (void);

/* Shows @text for a few seconds ("Reached the last change…"). */
void rd_notice_bar_show_message (RdNoticeBar *self, const char *text);
/* Says @file was written, with "Open" and "Show in Folder" buttons; stays
 * until closed or replaced. */
void rd_notice_bar_show_saved (RdNoticeBar *self, GFile *file);
/* The text shown, or NULL when hidden. */
const char *rd_notice_bar_get_message (RdNoticeBar *self);
/* The file "Open" would open, or NULL. */
GFile *rd_notice_bar_get_file (RdNoticeBar *self);

G_END_DECLS
