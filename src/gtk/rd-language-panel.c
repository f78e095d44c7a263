/* rd-language-panel.c: the agreed language of the current paragraph
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-language-panel.h"

#include <glib/gi18n.h>

#include "rd-change-marks.h"
#include "rd-summary.h"
#include "rd-text-label.h"

/* The struct */

struct _RdLanguagePanel
{
  GtkBox parent_instance;

  GtkWidget *place;   /* "OP 12, modified" */
  GtkWidget *verdict; /* "agreed in A/RES/79/198, OP 12" */
  GtkWidget *spans;   /* a label per run of agreed words */
};

/* Runs of agreed words listed, at most: a paragraph agreed in many
 * pieces would push the summary away (a scrolled window here, hidden
 * with the panel, upset GTK 3's restyling). */
#define MAX_SPANS 6

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdLanguagePanel, rd_language_panel, GTK_TYPE_BOX)

/* Static helpers */

static GtkWidget *
new_line (const char *style_class)
{
  return rd_text_label_new (8, 34, style_class);
}

/* A line under the verdict: one run of agreed words, or how many more. */
static void
add_span_line (RdLanguagePanel *self,
               const char *text)
{
  GtkWidget *label = new_line ("rd-agreed-span");

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_show (label);
  gtk_container_add (GTK_CONTAINER (self->spans), label);
}

static void
clear_spans (RdLanguagePanel *self)
{
  g_autoptr (GList) children = gtk_container_get_children (GTK_CONTAINER (self->spans));

  for (GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);
}

/* Whether any change of @presentation's comparison has a note of agreed
 * language: the panel is for comparisons made with a library. */
static gboolean
has_agreements (RdPresentation *presentation)
{
  GPtrArray *changes = rd_comparison_get_changes (rd_presentation_get_comparison (presentation));

  for (guint i = 0; i < changes->len; i++)
    if (rd_presentation_get_agreement (presentation, g_ptr_array_index (changes, i)) != NULL)
      return TRUE;
  return FALSE;
}

/* Class and instance init */

static void
rd_language_panel_class_init (RdLanguagePanelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_css_name (widget_class, "rdlanguagepanel");
}

static void
rd_language_panel_init (RdLanguagePanel *self)
{
  GtkWidget *heading = gtk_label_new (_ ("Agreed Language"));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 4);
  gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
  gtk_style_context_add_class (gtk_widget_get_style_context (heading), "rd-summary-heading");
  self->place = new_line ("dim-label");
  self->verdict = new_line (NULL);
  self->spans = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_container_add (GTK_CONTAINER (self), heading);
  gtk_container_add (GTK_CONTAINER (self), self->place);
  gtk_container_add (GTK_CONTAINER (self), self->verdict);
  gtk_container_add (GTK_CONTAINER (self), self->spans);
  gtk_widget_show_all (GTK_WIDGET (self));
  gtk_widget_set_no_show_all (GTK_WIDGET (self), TRUE);
  gtk_widget_hide (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
rd_language_panel_new (void)
{
  return g_object_new (RD_TYPE_LANGUAGE_PANEL, NULL);
}

void
rd_language_panel_set_change (RdLanguagePanel *self,
                              RdPresentation *presentation,
                              const RdChange *change)
{
  const RdChangeAgreement *agreement = NULL;
  g_autofree char *place = NULL;
  g_autofree char *verdict = NULL;
  g_autoptr (GPtrArray) passages = NULL;

  g_return_if_fail (RD_IS_LANGUAGE_PANEL (self));

  clear_spans (self);
  gtk_widget_set_visible (GTK_WIDGET (self), presentation != NULL && has_agreements (presentation));
  if (presentation == NULL)
    return;
  if (change != NULL)
    {
      agreement = rd_presentation_get_agreement (presentation, change);
      place = rd_comparison_describe_change (rd_presentation_get_comparison (presentation), change);
    }
  if (change == NULL)
    verdict = g_strdup (_ ("Move to a changed paragraph (F7) to see where its wording was adopted before."));
  else if (agreement == NULL || agreement->agreement == RD_AGREEMENT_NONE)
    verdict = g_strdup (_ ("Inserts no words."));
  else
    verdict = rd_change_marks_describe_agreement (agreement);
  gtk_label_set_text (GTK_LABEL (self->place), place != NULL ? place : "");
  gtk_widget_set_visible (self->place, place != NULL);
  gtk_label_set_text (GTK_LABEL (self->verdict), verdict);
  if (agreement == NULL || agreement->agreement != RD_AGREEMENT_PARTLY)
    return;
  passages = rd_change_marks_dup_agreed_passages (presentation, change);
  for (guint i = 0; i < passages->len && i < MAX_SPANS; i++)
    {
      const RdAgreedPassage *passage = g_ptr_array_index (passages, i);
      /* TRANSLATORS: a run of words found in an adopted text, and where: “the commitment to end hunger” — A/RES/79/171, PP 5 */
      g_autofree char *line = g_strdup_printf (_ ("“%s” — %s"), passage->text, passage->source);

      add_span_line (self, line);
    }
  if (passages->len > MAX_SPANS)
    {
      guint more = passages->len - MAX_SPANS;
      /* TRANSLATORS: after the first runs of agreed words listed, how many more there are */
      g_autofree char *line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more), more);

      add_span_line (self, line);
    }
}

char *
rd_language_panel_dup_text (RdLanguagePanel *self)
{
  GString *text = g_string_new (NULL);
  g_autoptr (GList) spans = NULL;

  g_return_val_if_fail (RD_IS_LANGUAGE_PANEL (self), NULL);

  if (gtk_widget_get_visible (self->place))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (self->place)));
  g_string_append (text, gtk_label_get_text (GTK_LABEL (self->verdict)));
  spans = gtk_container_get_children (GTK_CONTAINER (self->spans));
  for (GList *l = spans; l != NULL; l = l->next)
    g_string_append_printf (text, "\n%s", gtk_label_get_text (GTK_LABEL (l->data)));
  return g_string_free (text, FALSE);
}
