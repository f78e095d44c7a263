/* rd-test-gtk.h: what the tests of the window share: starting GTK for a
 * test program, the application, a window to open files in
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rd-application.h"
#include "rd-change-view.h"
#include "rd-window.h"

G_BEGIN_DECLS

/* Settings in memory, a data folder of the test's own (*@data_home, for
 * the caller to remove with rd_test_remove_tree()), server-side
 * decorations; then g_test_init() and gtk_init_check().  FALSE, after the
 * TAP line that skips the program, when there is no display: the caller
 * returns 77 (build-aux/test runs these tests under xvfb-run). */
gboolean rd_test_gtk_init (int *argc, char ***argv, char **data_home);

/* A registered, non-unique application that handles open. */
RdApplication *rd_test_application_new (void);

/* A window of @application, 1200 × 800, presented. */
RdWindow *rd_test_window_new (RdApplication *application);

/* Lets GTK handle some fifty rounds of events: layout and drawing done. */
void rd_test_gtk_settle (void);

/* Presses and releases @keyval with modifiers @state on @widget's window,
 * as the keyboard would (GTK's accelerators and bindings see it), then
 * settles. */
void rd_test_gtk_send_key (GtkWidget *widget, guint keyval, GdkModifierType state);

/* Waits (rd_test_wait_until) for the row of change @index in @view: the
 * views build the rows in view at their next layout, a frame away.  FALSE
 * when it never came. */
gboolean rd_test_gtk_wait_for_change_row (RdChangeView *view, guint index);

/* RdTestCondition: @window (an RdWindow) has finished loading. */
gboolean rd_test_gtk_load_finished (gpointer window);

/* RdTestCondition: @window (an RdWindow) shows its comparison, the rows in
 * view built (at the view's first layout). */
gboolean rd_test_gtk_view_built (gpointer window);

/* How many of the paragraph changes of @window's comparison that are
 * differences have a caption (rd_change_view_caption_markup (): the later
 * version's, the earlier's for a deletion) naming @needle; how many
 * differences there are in *@differences, when not NULL. */
guint rd_test_gtk_count_captions_naming (RdWindow *window, const char *needle, guint *differences);

/* With RESDIFF_TEST_SHOTS=DIR, saves @window as DIR/NAME.png (NAME-dark.png
 * under the dark theme), for a person to look at. */
void rd_test_gtk_snapshot (RdWindow *window, const char *name);

G_END_DECLS
