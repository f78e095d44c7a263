/* rd-series-bar.c: the versions of a series, offered above the comparison
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-series-bar.h"

#include <glib/gi18n.h>

/* The struct */

struct _RdSeriesBar
{
  GtkInfoBar parent_instance;

  RdInputs *series;
  guint from; /* the pair shown */
  guint to;
  GtkWidget *label;
  GtkWidget *from_combo;
  GtkWidget *to_combo;
  GtkWidget *compare_button;
  /* The strip: a button per version, the two shown pressed, with the
   * previous and next step on either side. */
  GtkWidget *strip;
  GtkWidget *previous_button;
  GtkWidget *next_button;
  GPtrArray *version_buttons; /* GtkToggleButton *, per version */
  gboolean syncing;           /* setting the buttons, not the reader */
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdSeriesBar, rd_series_bar, GTK_TYPE_INFO_BAR)

/* Signals */

enum
{
  COMPARE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Responses of the bar's buttons. */
#define RESPONSE_COMPARE 1

/* Static helpers */

static void
update_sensitivity (RdSeriesBar *self)
{
  int from = gtk_combo_box_get_active (GTK_COMBO_BOX (self->from_combo));
  int to = gtk_combo_box_get_active (GTK_COMBO_BOX (self->to_combo));

  /* A version compared with itself shows nothing, and the pair shown
   * already would only be read again. */
  gtk_info_bar_set_response_sensitive (GTK_INFO_BAR (self), RESPONSE_COMPARE, rd_series_bar_can_compare (self, from, to));
}

/* The strip shows the pair chosen: its two versions pressed, the steps
 * before and after it offered. */
static void
sync_strip (RdSeriesBar *self)
{
  guint n = self->version_buttons->len;

  self->syncing = TRUE;
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->version_buttons, i);
      GtkStyleContext *style = gtk_widget_get_style_context (button);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), i == self->from || i == self->to);
      /* The versions between the two shown are in the comparison too. */
      if (i > MIN (self->from, self->to) && i < MAX (self->from, self->to))
        gtk_style_context_add_class (style, "rd-series-between");
      else
        gtk_style_context_remove_class (style, "rd-series-between");
    }
  self->syncing = FALSE;
  gtk_widget_set_sensitive (self->previous_button, self->to >= 2);
  gtk_widget_set_sensitive (self->next_button, self->to + 1 < n);
}

/* Callbacks */

/* A version pressed in the strip: the step that brought it (the first
 * version: the first step). */
static void
on_version_clicked (GtkButton *button,
                    RdSeriesBar *self)
{
  guint version = 0;

  if (self->syncing)
    return;
  while (version < self->version_buttons->len && g_ptr_array_index (self->version_buttons, version) != (gpointer) button)
    version++;
  if (version >= self->version_buttons->len)
    return;
  /* The pair shown already is not read again: the buttons still show
   * it. */
  if (version == 0)
    version = 1;
  if (self->from != version - 1 || self->to != version)
    rd_series_bar_compare (self, version - 1, version);
  sync_strip (self);
}

static void
on_previous_clicked (GtkButton *button,
                     RdSeriesBar *self)
{
  rd_series_bar_step (self, FALSE);
}

static void
on_next_clicked (GtkButton *button,
                 RdSeriesBar *self)
{
  rd_series_bar_step (self, TRUE);
}

static void
on_combo_changed (GtkComboBox *combo,
                  RdSeriesBar *self)
{
  update_sensitivity (self);
}

static void
on_response (GtkInfoBar *bar,
             int response,
             gpointer user_data)
{
  RdSeriesBar *self = RD_SERIES_BAR (bar);

  if (response == RESPONSE_COMPARE)
    rd_series_bar_compare (self,
                           gtk_combo_box_get_active (GTK_COMBO_BOX (self->from_combo)),
                           gtk_combo_box_get_active (GTK_COMBO_BOX (self->to_combo)));
  else
    gtk_widget_hide (GTK_WIDGET (self));
}

/* GObject overrides */

static void
rd_series_bar_dispose (GObject *object)
{
  RdSeriesBar *self = RD_SERIES_BAR (object);

  g_clear_object (&self->series);
  g_clear_pointer (&self->version_buttons, g_ptr_array_unref);
  G_OBJECT_CLASS (rd_series_bar_parent_class)->dispose (object);
}

/* Class and instance init */

static void
rd_series_bar_class_init (RdSeriesBarClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rd_series_bar_dispose;

  /* The reader chose a pair of the series: its positions, earlier first. */
  signals[COMPARE] =
      g_signal_new ("compare", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                    0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
rd_series_bar_init (RdSeriesBar *self)
{
  GtkWidget *content = gtk_info_bar_get_content_area (GTK_INFO_BAR (self));
  GtkWidget *arrow = gtk_label_new ("→");
  GtkWidget *pair = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *steps = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *history = gtk_button_new_with_mnemonic (_ ("_History"));
  GtkWidget *authors = gtk_button_new_with_mnemonic (_ ("_Who Changed What"));

  gtk_info_bar_set_message_type (GTK_INFO_BAR (self), GTK_MESSAGE_INFO);
  gtk_info_bar_set_show_close_button (GTK_INFO_BAR (self), TRUE);
  self->compare_button = gtk_info_bar_add_button (GTK_INFO_BAR (self), _ ("Co_mpare"), RESPONSE_COMPARE);

  self->label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0.0);
  gtk_label_set_line_wrap (GTK_LABEL (self->label), TRUE);
  self->from_combo = gtk_combo_box_text_new ();
  self->to_combo = gtk_combo_box_text_new ();
  atk_object_set_name (gtk_widget_get_accessible (self->from_combo), _ ("Earlier version"));
  atk_object_set_name (gtk_widget_get_accessible (self->to_combo), _ ("Later version"));
  gtk_box_set_spacing (GTK_BOX (content), 6);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (content), GTK_ORIENTATION_VERTICAL);
  gtk_container_add (GTK_CONTAINER (pair), self->label);
  gtk_container_add (GTK_CONTAINER (pair), self->from_combo);
  gtk_container_add (GTK_CONTAINER (pair), arrow);
  gtk_container_add (GTK_CONTAINER (pair), self->to_combo);
  gtk_container_add (GTK_CONTAINER (content), pair);

  /* The strip of versions, in order, between the previous and the next
   * step; the paragraph's history and who changed what (window actions,
   * enabled once every version is read). */
  self->version_buttons = g_ptr_array_new ();
  self->previous_button = gtk_button_new_from_icon_name ("go-previous-symbolic", GTK_ICON_SIZE_BUTTON);
  self->next_button = gtk_button_new_from_icon_name ("go-next-symbolic", GTK_ICON_SIZE_BUTTON);
  gtk_widget_set_tooltip_text (self->previous_button, _ ("Previous step"));
  gtk_widget_set_tooltip_text (self->next_button, _ ("Next step"));
  atk_object_set_name (gtk_widget_get_accessible (self->previous_button), _ ("Previous step"));
  atk_object_set_name (gtk_widget_get_accessible (self->next_button), _ ("Next step"));
  self->strip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_style_context_add_class (gtk_widget_get_style_context (self->strip), "linked");
  gtk_style_context_add_class (gtk_widget_get_style_context (self->strip), "rd-series-strip");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (history), "win.paragraph-history");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (authors), "win.who-changed-what");
  gtk_widget_set_tooltip_text (history, _ ("The current paragraph in every version, and each step's change"));
  gtk_widget_set_tooltip_text (authors, _ ("The last version's text, each word coloured by the version that brought it"));
  gtk_container_add (GTK_CONTAINER (steps), self->previous_button);
  gtk_container_add (GTK_CONTAINER (steps), self->strip);
  gtk_container_add (GTK_CONTAINER (steps), self->next_button);
  gtk_box_pack_end (GTK_BOX (steps), authors, FALSE, FALSE, 0);
  gtk_box_pack_end (GTK_BOX (steps), history, FALSE, FALSE, 0);
  gtk_container_add (GTK_CONTAINER (content), steps);
  g_signal_connect_object (self->previous_button, "clicked", G_CALLBACK (on_previous_clicked), self, 0);
  g_signal_connect_object (self->next_button, "clicked", G_CALLBACK (on_next_clicked), self, 0);
  gtk_widget_show_all (content);
  g_signal_connect_object (self->from_combo, "changed", G_CALLBACK (on_combo_changed), self, 0);
  g_signal_connect_object (self->to_combo, "changed", G_CALLBACK (on_combo_changed), self, 0);
  g_signal_connect (self, "response", G_CALLBACK (on_response), NULL);
  gtk_widget_set_no_show_all (GTK_WIDGET (self), TRUE);
}

/* Public API */

GtkWidget *
rd_series_bar_new (void)
{
  return g_object_new (RD_TYPE_SERIES_BAR, NULL);
}

void
rd_series_bar_set_series (RdSeriesBar *self,
                          RdInputs *series,
                          guint from,
                          guint to)
{
  g_autofree char *n_text = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (RD_IS_SERIES_BAR (self));

  g_set_object (&self->series, series);
  gtk_combo_box_text_remove_all (GTK_COMBO_BOX_TEXT (self->from_combo));
  gtk_combo_box_text_remove_all (GTK_COMBO_BOX_TEXT (self->to_combo));
  for (guint i = 0; i < self->version_buttons->len; i++)
    gtk_widget_destroy (g_ptr_array_index (self->version_buttons, i));
  g_ptr_array_set_size (self->version_buttons, 0);
  if (series == NULL || rd_inputs_get_n (series) <= 2)
    {
      gtk_widget_hide (GTK_WIDGET (self));
      return;
    }
  for (guint i = 0; i < rd_inputs_get_n (series); i++)
    {
      g_autofree char *name = rd_inputs_dup_name (series, i);

      gtk_combo_box_text_append_text (GTK_COMBO_BOX_TEXT (self->from_combo), name);
      GtkWidget *button = gtk_toggle_button_new_with_label (name);
      g_autofree char *tooltip = NULL;

      gtk_combo_box_text_append_text (GTK_COMBO_BOX_TEXT (self->to_combo), name);
      /* TRANSLATORS: a version's button in a series; %u is its place, %s
       * its name */
      tooltip = g_strdup_printf (_ ("Version %u, %s: show what it changed"), i + 1, name);
      gtk_widget_set_tooltip_text (button, tooltip);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_version_clicked), self, 0);
      gtk_container_add (GTK_CONTAINER (self->strip), button);
      gtk_widget_show (button);
      g_ptr_array_add (self->version_buttons, button);
    }
  self->from = from;
  self->to = to;
  sync_strip (self);
  gtk_combo_box_set_active (GTK_COMBO_BOX (self->from_combo), from);
  gtk_combo_box_set_active (GTK_COMBO_BOX (self->to_combo), to);
  n_text = g_strdup_printf ("%u", rd_inputs_get_n (series));
  /* TRANSLATORS: %s is a number of versions (more than two); the two
   * versions to compare are chosen after it */
  text = g_strdup_printf (_ ("A series of %s versions. Compare"), n_text);
  gtk_label_set_text (GTK_LABEL (self->label), text);
  update_sensitivity (self);
  gtk_widget_show (GTK_WIDGET (self));
}

RdInputs *
rd_series_bar_get_series (RdSeriesBar *self)
{
  g_return_val_if_fail (RD_IS_SERIES_BAR (self), NULL);
  return self->series;
}

const char *
rd_series_bar_get_message (RdSeriesBar *self)
{
  g_return_val_if_fail (RD_IS_SERIES_BAR (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self)) ? gtk_label_get_text (GTK_LABEL (self->label)) : NULL;
}

void
rd_series_bar_compare (RdSeriesBar *self,
                       guint from,
                       guint to)
{
  g_return_if_fail (RD_IS_SERIES_BAR (self));

  if (self->series == NULL || from == to || from >= rd_inputs_get_n (self->series) || to >= rd_inputs_get_n (self->series))
    return;
  gtk_combo_box_set_active (GTK_COMBO_BOX (self->from_combo), from);
  gtk_combo_box_set_active (GTK_COMBO_BOX (self->to_combo), to);
  self->from = from;
  self->to = to;
  sync_strip (self);
  update_sensitivity (self);
  g_signal_emit (self, signals[COMPARE], 0, from, to);
}

gboolean
rd_series_bar_can_compare (RdSeriesBar *self,
                           int from,
                           int to)
{
  g_return_val_if_fail (RD_IS_SERIES_BAR (self), FALSE);

  if (self->series == NULL || from < 0 || to < 0 || from == to)
    return FALSE;
  if ((guint) from >= rd_inputs_get_n (self->series) || (guint) to >= rd_inputs_get_n (self->series))
    return FALSE;
  return (guint) from != self->from || (guint) to != self->to;
}

void
rd_series_bar_choose (RdSeriesBar *self,
                      int from,
                      int to)
{
  g_return_if_fail (RD_IS_SERIES_BAR (self));

  gtk_combo_box_set_active (GTK_COMBO_BOX (self->from_combo), from);
  gtk_combo_box_set_active (GTK_COMBO_BOX (self->to_combo), to);
}

gboolean
rd_series_bar_get_compare_sensitive (RdSeriesBar *self)
{
  GtkWidget *button;

  g_return_val_if_fail (RD_IS_SERIES_BAR (self), FALSE);

  button = self->compare_button;
  return button != NULL && gtk_widget_get_sensitive (button);
}

gboolean
rd_series_bar_step (RdSeriesBar *self,
                    gboolean forward)
{
  g_return_val_if_fail (RD_IS_SERIES_BAR (self), FALSE);

  if (self->series == NULL)
    return FALSE;
  if (forward && self->to + 1 < rd_inputs_get_n (self->series))
    rd_series_bar_compare (self, self->to, self->to + 1);
  else if (!forward && self->to >= 2)
    rd_series_bar_compare (self, self->to - 2, self->to - 1);
  else
    return FALSE;
  return TRUE;
}

void
rd_series_bar_name_versions (RdSeriesBar *self,
                             GPtrArray *documents)
{
  g_return_if_fail (RD_IS_SERIES_BAR (self));
  g_return_if_fail (documents != NULL);

  if (documents->len != self->version_buttons->len)
    return;
  /* The combos too, the pair chosen kept. */
  gtk_combo_box_text_remove_all (GTK_COMBO_BOX_TEXT (self->from_combo));
  gtk_combo_box_text_remove_all (GTK_COMBO_BOX_TEXT (self->to_combo));
  for (guint i = 0; i < documents->len; i++)
    {
      g_autofree char *name = rd_document_dup_display_name (g_ptr_array_index (documents, i));

      gtk_combo_box_text_append_text (GTK_COMBO_BOX_TEXT (self->from_combo), name);
      gtk_combo_box_text_append_text (GTK_COMBO_BOX_TEXT (self->to_combo), name);
    }
  gtk_combo_box_set_active (GTK_COMBO_BOX (self->from_combo), self->from);
  gtk_combo_box_set_active (GTK_COMBO_BOX (self->to_combo), self->to);
  for (guint i = 0; i < documents->len; i++)
    {
      RdDocument *document = g_ptr_array_index (documents, i);
      g_autofree char *name = rd_document_dup_display_name (document);
      const char *date = rd_document_get_date (document);
      g_autofree char *label = NULL;

      GtkWidget *button = g_ptr_array_index (self->version_buttons, i);
      GtkWidget *child = gtk_bin_get_child (GTK_BIN (button));

      /* The symbol, and the date under it in small type: five versions
       * fit the width of a window. */
      label = date != NULL ? g_markup_printf_escaped ("%s\n<small>%s</small>", name, date) : g_markup_escape_text (name, -1);
      if (GTK_IS_LABEL (child))
        {
          gtk_label_set_markup (GTK_LABEL (child), label);
          gtk_label_set_justify (GTK_LABEL (child), GTK_JUSTIFY_CENTER);
          /* Many versions, or long names, shorten rather than widen the
           * window (the tooltip names the version whole). */
          gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
          gtk_label_set_width_chars (GTK_LABEL (child), 8);
          gtk_label_set_max_width_chars (GTK_LABEL (child), 20);
        }
    }
}

guint
rd_series_bar_get_from (RdSeriesBar *self)
{
  g_return_val_if_fail (RD_IS_SERIES_BAR (self), 0);
  return self->from;
}

guint
rd_series_bar_get_to (RdSeriesBar *self)
{
  g_return_val_if_fail (RD_IS_SERIES_BAR (self), 0);
  return self->to;
}

GtkWidget *
rd_series_bar_get_version_button (RdSeriesBar *self,
                                  guint version)
{
  g_return_val_if_fail (RD_IS_SERIES_BAR (self), NULL);
  return version < self->version_buttons->len ? g_ptr_array_index (self->version_buttons, version) : NULL;
}

GtkWidget *
rd_series_bar_get_step_button (RdSeriesBar *self,
                               gboolean forward)
{
  g_return_val_if_fail (RD_IS_SERIES_BAR (self), NULL);
  return forward ? self->next_button : self->previous_button;
}
