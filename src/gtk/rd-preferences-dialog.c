/* rd-preferences-dialog.c: comparison options and the redline style
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-preferences-dialog.h"

#include <glib/gi18n.h>

#include "rd-fetch.h"

/* The struct */

struct _RdPreferencesDialog
{
  GtkDialog parent_instance;

  GSettings *settings;

  GtkWidget *ignore_case_switch;
  GtkWidget *ignore_punctuation_switch;
  GtkWidget *redline_style_combo;
  GtkWidget *fetch_language_combo;
  GtkWidget *text_size_spin;
  GtkWidget *print_renumbered_switch;
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdPreferencesDialog, rd_preferences_dialog, GTK_TYPE_DIALOG)

/* Properties */

enum
{
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
rd_preferences_dialog_constructed (GObject *object)
{
  RdPreferencesDialog *self = RD_PREFERENCES_DIALOG (object);

  G_OBJECT_CLASS (rd_preferences_dialog_parent_class)->constructed (object);

  /* Changes apply at once: the window compares again or redraws. */
  g_settings_bind (self->settings, "ignore-case", self->ignore_case_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "ignore-punctuation", self->ignore_punctuation_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "redline-style", self->redline_style_combo, "active-id", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "fetch-language", self->fetch_language_combo, "active-id", G_SETTINGS_BIND_DEFAULT);
  /* The same key as Ctrl+plus and Ctrl+minus: the dialog follows them. */
  g_settings_bind (self->settings, "text-zoom", gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (self->text_size_spin)), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "print-renumbered", self->print_renumbered_switch, "active", G_SETTINGS_BIND_DEFAULT);
}

static void
rd_preferences_dialog_dispose (GObject *object)
{
  RdPreferencesDialog *self = RD_PREFERENCES_DIALOG (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (rd_preferences_dialog_parent_class)->dispose (object);
}

static void
rd_preferences_dialog_set_property (GObject *object,
                                    guint prop_id,
                                    const GValue *value,
                                    GParamSpec *pspec)
{
  RdPreferencesDialog *self = RD_PREFERENCES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_preferences_dialog_get_property (GObject *object,
                                    guint prop_id,
                                    GValue *value,
                                    GParamSpec *pspec)
{
  RdPreferencesDialog *self = RD_PREFERENCES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class and instance init */

static void
rd_preferences_dialog_class_init (RdPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rd_preferences_dialog_constructed;
  object_class->dispose = rd_preferences_dialog_dispose;
  object_class->get_property = rd_preferences_dialog_get_property;
  object_class->set_property = rd_preferences_dialog_set_property;

  properties[PROP_SETTINGS] =
      g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/resdiff/Resdiff/ui/rd-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RdPreferencesDialog, ignore_case_switch);
  gtk_widget_class_bind_template_child (widget_class, RdPreferencesDialog, ignore_punctuation_switch);
  gtk_widget_class_bind_template_child (widget_class, RdPreferencesDialog, redline_style_combo);
  gtk_widget_class_bind_template_child (widget_class, RdPreferencesDialog, fetch_language_combo);
  gtk_widget_class_bind_template_child (widget_class, RdPreferencesDialog, text_size_spin);
  gtk_widget_class_bind_template_child (widget_class, RdPreferencesDialog, print_renumbered_switch);
}

static void
rd_preferences_dialog_init (RdPreferencesDialog *self)
{
  const char *const *languages = rd_fetch_get_languages ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The setting's values: empty (the desktop's language), then the six
   * official languages by name. */
  gtk_combo_box_text_append (GTK_COMBO_BOX_TEXT (self->fetch_language_combo), "", _ ("The desktop’s language"));
  for (guint i = 0; languages[i] != NULL; i++)
    gtk_combo_box_text_append (GTK_COMBO_BOX_TEXT (self->fetch_language_combo), languages[i], rd_fetch_language_name (languages[i]));
}

/* Public API */

GtkWidget *
rd_preferences_dialog_get_fetch_language_combo (RdPreferencesDialog *self)
{
  g_return_val_if_fail (RD_IS_PREFERENCES_DIALOG (self), NULL);
  return self->fetch_language_combo;
}

GtkWidget *
rd_preferences_dialog_get_text_size_spin (RdPreferencesDialog *self)
{
  g_return_val_if_fail (RD_IS_PREFERENCES_DIALOG (self), NULL);
  return self->text_size_spin;
}

GtkWidget *
rd_preferences_dialog_get_print_renumbered_switch (RdPreferencesDialog *self)
{
  g_return_val_if_fail (RD_IS_PREFERENCES_DIALOG (self), NULL);
  return self->print_renumbered_switch;
}

GtkWidget *
rd_preferences_dialog_new (GtkWindow *parent,
                           GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (RD_TYPE_PREFERENCES_DIALOG,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       "use-header-bar", TRUE,
                       "settings", settings,
                       NULL);
}
