/* rd-change-view.h: the base of the comparison views, a list of aligned rows
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rd-change-filter.h"
#include "rd-comparison.h"
#include "rd-presentation.h"
#include "rd-markup.h"

G_BEGIN_DECLS

#define RD_TYPE_CHANGE_VIEW (rd_change_view_get_type ())
G_DECLARE_DERIVABLE_TYPE (RdChangeView, rd_change_view, RD, CHANGE_VIEW, GtkBin)

/* The views show one row per change of the comparison (the paragraphs it
 * aligns), in the engine's order, plus a row for the header and sponsors at
 * the top, a row where each moved paragraph used to stand, and, with
 * "changes-only", a row for each run of unchanged paragraphs.  A subclass
 * says what goes into each row; the base does the rest: building only the
 * rows in view (RdRowList), folding, navigation, search and links. */
struct _RdChangeViewClass
{
  GtkBinClass parent_class;

  GtkWidget *(*create_change_content) (RdChangeView *self, guint index);
  GtkWidget *(*create_header_content) (RdChangeView *self);
  GtkWidget *(*create_origin_content) (RdChangeView *self, guint index);
  GtkWidget *(*create_fold_content) (RdChangeView *self, guint count);

  /* One column for both versions: captions name their numbering ("old
   * OP 5", "new OP 5"). */
  gboolean mixed_numbering;
};

/* For a subclass's class_init: what goes into its rows (the class
 * members above). */
void rd_change_view_class_set_rows (RdChangeViewClass *klass,
                                    GtkWidget *(*create_change_content) (RdChangeView *self, guint index),
                                    GtkWidget *(*create_header_content) (RdChangeView *self),
                                    GtkWidget *(*create_origin_content) (RdChangeView *self, guint index));

RdComparison *rd_change_view_get_comparison (RdChangeView *self);
/* The presentation of the comparison shown (NULL without one): what every
 * output shows of it, which the rows map to Pango markup. */
RdPresentation *rd_change_view_get_presentation (RdChangeView *self);
void rd_change_view_set_comparison (RdChangeView *self,
                                    RdComparison *comparison);

gboolean rd_change_view_get_changes_only (RdChangeView *self);
void rd_change_view_set_changes_only (RdChangeView *self,
                                      gboolean changes_only);

/* The filter that hides rows (routine updates) and that navigation
 * (rd_change_view_step_change ()) follows; NULL: every change. */
void rd_change_view_set_filter (RdChangeView *self, RdChangeFilter *filter);

RdRedlineStyle rd_change_view_get_redline_style (RdChangeView *self);
void rd_change_view_set_redline_style (RdChangeView *self,
                                       RdRedlineStyle style);

/* Whether there is a comparison to show: every change can be shown at
 * once.  The rows are planned (RdRowPlan) when the view is first shown, or
 * first asked for a change or a row; only those in view are ever built
 * (RdRowList). */
gboolean rd_change_view_get_populated (RdChangeView *self);
/* Whether the rows are planned already. */
gboolean rd_change_view_get_planned (RdChangeView *self);

/* The change highlighted, or -1. */
int rd_change_view_get_current_change (RdChangeView *self);

/* Highlights the row of change @index and scrolls to it, unfolding it if
 * needed. */
void rd_change_view_select_change (RdChangeView *self, guint index);

/* Whether navigation stops at change @index: a difference its filter
 * lists (rd_change_filter_lists ()). */
gboolean rd_change_view_is_stop (RdChangeView *self, guint index);
/* The stops (kept until the filter changes): how many there are, how many
 * are at or before change @index, and the first after (@forward) or before
 * change @from (-1 or the number of changes: from either end), or -1. */
guint rd_change_view_count_stops (RdChangeView *self);
guint rd_change_view_rank_stop (RdChangeView *self, int index);
int rd_change_view_next_stop (RdChangeView *self, int from, gboolean forward);

/* Moves to the next (@forward) or previous change that is a difference.
 * Returns FALSE when there is none that way. */
gboolean rd_change_view_step_change (RdChangeView *self, gboolean forward);

/* Finds @text (case-insensitively) after (or before) the last match,
 * selects it and scrolls to it.  Returns FALSE when it is nowhere. */
gboolean rd_change_view_search (RdChangeView *self, const char *text, gboolean forward);
void rd_change_view_reset_search (RdChangeView *self);

/* The views number the paragraph changes (rd_comparison_get_changes())
 * first, then the footnote changes: view index n_changes + k is footnote
 * change k.  Navigation, the list of changes and the views share it. */
const RdChange *rd_change_view_lookup_change (RdComparison *comparison, guint index);
guint rd_change_view_count_all_changes (RdComparison *comparison);
const RdChange *rd_change_view_get_change (RdChangeView *self, guint index);

/* Rows that show a change (as opposed to header, fold and origin rows). */
guint rd_change_view_count_change_rows (RdChangeView *self);
/* Those of them not folded away nor hidden by the filter. */
guint rd_change_view_count_shown_change_rows (RdChangeView *self);
/* All rows, shown or folded away, and those that have widgets now (the
 * rows in view). */
guint rd_change_view_count_rows (RdChangeView *self);
guint rd_change_view_count_built_rows (RdChangeView *self);
/* A new widget of row @row as the view builds it (for tests and tools
 * that read every row; the view builds only those in view). */
GtkWidget *rd_change_view_new_row (RdChangeView *self, guint row);
/* The row widget showing change @index while it is built, else NULL. */
GtkWidget *rd_change_view_get_change_widget (RdChangeView *self, guint index);

/* For subclasses. */
GtkWidget *rd_change_view_new_text_label (RdChangeView *self,
                                          const char *markup);
GtkWidget *rd_change_view_new_caption (RdChangeView *self,
                                       const char *markup);
char *rd_change_view_describe_side (RdChangeView *self,
                                    const RdChange *change,
                                    gboolean new_side);
char *rd_change_view_caption_markup (RdChangeView *self, guint index, gboolean new_side);
/* Adds to @box a caption of @markup, when there is one. */
void rd_change_view_add_caption_markup (RdChangeView *self, GtkWidget *box, const char *markup);
/* Adds to @box a caption "@title  ·  @detail", the title bold (@detail
 * may be NULL); both are escaped. */
void rd_change_view_add_caption (RdChangeView *self, GtkWidget *box, const char *title, const char *detail);
/* Adds to @box what stands where the moved paragraph of change @index
 * stood: "PP 12  ·  moved to PP 15" (a link to it) and the paragraph as
 * it read there, marked as moved away. */
void rd_change_view_add_origin (RdChangeView *self, GtkWidget *box, guint index);
/* Adds to @box a text label per paragraph of @side of @change, as the
 * presentation shows it; with @as_read, the paragraphs of that version as
 * they read, all under @mark (where a moved paragraph stood). */
void rd_change_view_add_paragraphs (RdChangeView *self,
                                    GtkWidget *box,
                                    const RdChange *change,
                                    RdSide side,
                                    gboolean as_read,
                                    RdMark mark);

G_END_DECLS
