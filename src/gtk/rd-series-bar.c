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
  GtkWidget *label;
  GtkWidget *from_combo;
  GtkWidget *to_combo;
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

  /* A version compared with itself shows nothing. */
  gtk_info_bar_set_response_sensitive (GTK_INFO_BAR (self), RESPONSE_COMPARE, from >= 0 && to >= 0 && from != to);
}

/* Callbacks */

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

  gtk_info_bar_set_message_type (GTK_INFO_BAR (self), GTK_MESSAGE_INFO);
  gtk_info_bar_set_show_close_button (GTK_INFO_BAR (self), TRUE);
  gtk_info_bar_add_button (GTK_INFO_BAR (self), _ ("Co_mpare"), RESPONSE_COMPARE);

  self->label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0.0);
  gtk_label_set_line_wrap (GTK_LABEL (self->label), TRUE);
  self->from_combo = gtk_combo_box_text_new ();
  self->to_combo = gtk_combo_box_text_new ();
  atk_object_set_name (gtk_widget_get_accessible (self->from_combo), _ ("Earlier version"));
  atk_object_set_name (gtk_widget_get_accessible (self->to_combo), _ ("Later version"));
  gtk_box_set_spacing (GTK_BOX (content), 6);
  gtk_container_add (GTK_CONTAINER (content), self->label);
  gtk_container_add (GTK_CONTAINER (content), self->from_combo);
  gtk_container_add (GTK_CONTAINER (content), arrow);
  gtk_container_add (GTK_CONTAINER (content), self->to_combo);
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
  if (series == NULL || rd_inputs_get_n (series) <= 2)
    {
      gtk_widget_hide (GTK_WIDGET (self));
      return;
    }
  for (guint i = 0; i < rd_inputs_get_n (series); i++)
    {
      g_autofree char *name = rd_inputs_dup_name (series, i);

      gtk_combo_box_text_append_text (GTK_COMBO_BOX_TEXT (self->from_combo), name);
      gtk_combo_box_text_append_text (GTK_COMBO_BOX_TEXT (self->to_combo), name);
    }
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
  g_signal_emit (self, signals[COMPARE], 0, from, to);
}
