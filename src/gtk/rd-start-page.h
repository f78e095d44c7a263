/* rd-start-page.h: choose or drop the two versions, or a recent pair
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RD_TYPE_START_PAGE (rd_start_page_get_type ())
G_DECLARE_FINAL_TYPE (RdStartPage, rd_start_page, RD, START_PAGE, GtkBin)

GtkWidget *rd_start_page_new (void);

/* Sets the earlier (@later FALSE) or later version.  The page emits
 * "compare" only when the reader asks (Compare, a recent pair, two files
 * dropped at once): one file chosen never starts a comparison with
 * whatever the other box held. */
void rd_start_page_set_file (RdStartPage *self, gboolean later, GFile *file);
/* Stops reading the chosen files for their details (the program is
 * ending): a PDF stops at its next page. */
void rd_start_page_cancel_reading (RdStartPage *self);
/* Whether a chosen file is still being read for its details. */
gboolean rd_start_page_get_reading (RdStartPage *self);
/* A chosen file's symbol, type, date and title once read, or why it could
 * not be read; NULL before. */
const char *rd_start_page_get_details (RdStartPage *self, gboolean later);
/* What the Swap button does. */
void rd_start_page_swap (RdStartPage *self);
GFile *rd_start_page_get_file (RdStartPage *self, gboolean later);

/* Amendments to the earlier version (the draft): with one or more, Compare
 * needs no later version and emits "compare-amended" with every file, the
 * draft first. */
void rd_start_page_add_amendment (RdStartPage *self, GFile *file);
void rd_start_page_clear_amendments (RdStartPage *self);
guint rd_start_page_get_n_amendments (RdStartPage *self);
/* "Amendments (2): A_80_L.19.en.pdf, A_80_L.20.en.pdf" or "No amendments". */
const char *rd_start_page_get_amendments_text (RdStartPage *self);
/* Whether Compare is offered, and what it does. */
gboolean rd_start_page_can_compare (RdStartPage *self);
void rd_start_page_compare (RdStartPage *self);

/* Reads the recent pairs again. */
void rd_start_page_refresh_recent (RdStartPage *self);

/* What a drop target does with the files dropped on it (at least one),
 * @x across @widget. */
typedef void (*RdDropFunc) (GtkWidget *widget,
                            int x,
                            GPtrArray *files,
                            gpointer user_data);

/* Sets up @widget to take files dropped on it (text/uri-list) and give
 * them to @on_drop; a drop without files fails. */
void rd_drop_target_setup (GtkWidget *widget,
                           RdDropFunc on_drop,
                           gpointer user_data);

G_END_DECLS
