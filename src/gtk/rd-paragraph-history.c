/* rd-paragraph-history.c: one paragraph's history through a series
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-paragraph-history.h"

#include <glib/gi18n.h>

#include "rd-markup.h"
#include "rd-presentation.h"
#include "rd-text-label.h"

/* The struct */

struct _RdParagraphHistory
{
  GtkWindow parent_instance;

  RdSeries *series;
  const RdLineage *lineage; /* owned by the series */
  GString *text;            /* what is shown, as plain text */
  GtkWidget *box;
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdParagraphHistory, rd_paragraph_history, GTK_TYPE_WINDOW)

/* Static helpers */

static const RdLineageEvent *
find_event (const RdLineage *lineage,
            guint step)
{
  for (guint i = 0; i < lineage->events->len; i++)
    if (g_array_index (lineage->events, RdLineageEvent, i).step == step)
      return &g_array_index (lineage->events, RdLineageEvent, i);
  return NULL;
}

static GtkWidget *
add_label (RdParagraphHistory *self,
           const char *markup,
           const char *style_class)
{
  GtkWidget *label = rd_text_label_new (-1, 80, style_class);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_container_add (GTK_CONTAINER (self->box), label);
  return label;
}

/* "Modified, a routine update", "Moved; the operative verb weakened". */
static char *
describe_event (const RdLineageEvent *event)
{
  GString *text = g_string_new (rd_change_type_to_label (event->type));

  if (event->routine)
    g_string_append (text, _ (", a routine update"));
  if (event->strength == RD_STRENGTH_WEAKENED)
    g_string_append (text, _ ("; weakened"));
  else if (event->strength == RD_STRENGTH_STRENGTHENED)
    g_string_append (text, _ ("; strengthened"));
  return g_string_free (text, FALSE);
}

/* The plain text of a redline, wdiff's way: [-deleted-] {+inserted+}. */
static void
append_runs_as_text (GString *text,
                     GPtrArray *runs)
{
  const RdRun *previous = NULL;

  for (guint i = 0; i < runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (runs, i);

      if (run->kind != RD_RUN_TEXT || run->text == NULL)
        continue;
      if (rd_run_needs_space_before (previous, run))
        g_string_append_c (text, ' ');
      if (run->mark == RD_RUN_DELETED)
        g_string_append_printf (text, "[-%s-]", run->text);
      else if (run->mark == RD_RUN_INSERTED)
        g_string_append_printf (text, "{+%s+}", run->text);
      else
        g_string_append (text, run->text);
      previous = run;
    }
}

/* Step @step's change of the paragraph, from that step's presentation. */
static void
add_step (RdParagraphHistory *self,
          guint step,
          const RdLineageEvent *event)
{
  RdComparison *comparison = rd_series_get_step (self->series, step);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  g_autoptr (RdPresentation) presentation = rd_presentation_new (comparison);
  g_autoptr (GPtrArray) shown = NULL;
  g_autofree char *description = describe_event (event);
  g_autofree char *escaped = g_markup_escape_text (description, -1);
  g_autofree char *heading = g_strdup_printf ("<i>%s</i>", escaped);
  g_autoptr (GString) markup = g_string_new (NULL);

  gtk_widget_set_margin_start (add_label (self, heading, "rd-history-step"), 18);
  g_string_append_printf (self->text, "%s:", description);
  if (event->change >= changes->len)
    {
      g_string_append_c (self->text, '\n');
      return;
    }
  shown = rd_presentation_get_paragraphs (presentation, g_ptr_array_index (changes, event->change), RD_SIDE_REDLINE);
  for (guint i = 0; i < shown->len; i++)
    {
      RdShownParagraph *paragraph = g_ptr_array_index (shown, i);
      g_autofree char *runs = rd_markup_for_runs (paragraph->runs, RD_MARK_NONE, RD_REDLINE_STYLE_UNDERLINE);

      if (markup->len > 0)
        g_string_append_c (markup, '\n');
      g_string_append (markup, runs);
      g_string_append_c (self->text, ' ');
      append_runs_as_text (self->text, paragraph->runs);
    }
  g_string_append_c (self->text, '\n');
  gtk_widget_set_margin_start (add_label (self, markup->str, "rd-history-redline"), 18);
}

static void
add_version (RdParagraphHistory *self,
             guint version)
{
  RdDocument *document = rd_series_get_version (self->series, version);
  g_autofree char *name = rd_document_dup_display_name (document);
  guint index = self->lineage->indices[version];
  g_autofree char *heading = NULL;

  if (index == G_MAXUINT)
    {
      /* TRANSLATORS: a version of a series without the paragraph */
      heading = g_markup_printf_escaped ("<b>%s</b>  <span alpha=\"60%%\">%s</span>", name, _ ("not in this version"));
      add_label (self, heading, NULL);
      g_string_append_printf (self->text, "%s — %s\n", name, _ ("not in this version"));
    }
  else
    {
      RdParagraph *paragraph = g_ptr_array_index (rd_document_get_paragraphs (document), index);
      g_autofree char *label = rd_series_describe_item (self->series, version, index);
      g_autofree char *text = g_markup_escape_text (paragraph->text, -1);

      heading = g_markup_printf_escaped ("<b>%s</b>  %s", name, label);
      add_label (self, heading, NULL);
      add_label (self, text, "rd-history-text");
      g_string_append_printf (self->text, "%s — %s: %s\n", name, label, paragraph->text);
    }
}

static void
build (RdParagraphHistory *self)
{
  guint n = rd_series_get_n_versions (self->series);

  for (guint v = 0; v < n; v++)
    {
      const RdLineageEvent *event = v > 0 ? find_event (self->lineage, v - 1) : NULL;

      if (event != NULL)
        add_step (self, v - 1, event);
      else if (v > 0 && self->lineage->indices[v - 1] != G_MAXUINT && self->lineage->indices[v] != G_MAXUINT)
        {
          g_autofree char *unchanged = g_markup_printf_escaped ("<i>%s</i>", _ ("Unchanged"));

          gtk_widget_set_margin_start (add_label (self, unchanged, "rd-history-step"), 18);
          g_string_append_printf (self->text, "%s\n", _ ("Unchanged"));
        }
      add_version (self, v);
    }
}

/* GObject overrides */

static void
rd_paragraph_history_dispose (GObject *object)
{
  RdParagraphHistory *self = RD_PARAGRAPH_HISTORY (object);

  self->lineage = NULL;
  g_clear_object (&self->series);
  if (self->text != NULL)
    g_string_free (g_steal_pointer (&self->text), TRUE);
  G_OBJECT_CLASS (rd_paragraph_history_parent_class)->dispose (object);
}

/* Class and instance init */

static void
rd_paragraph_history_class_init (RdParagraphHistoryClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rd_paragraph_history_dispose;
}

static void
rd_paragraph_history_init (RdParagraphHistory *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new (NULL, NULL);

  self->text = g_string_new (NULL);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_object_set (self->box, "margin", 18, NULL);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_container_add (GTK_CONTAINER (scrolled), self->box);
  gtk_container_add (GTK_CONTAINER (self), scrolled);
  gtk_widget_show_all (scrolled);
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 640);
  gtk_window_set_type_hint (GTK_WINDOW (self), GDK_WINDOW_TYPE_HINT_DIALOG);
}

/* Public API */

GtkWidget *
rd_paragraph_history_new (GtkWindow *parent,
                          RdSeries *series,
                          guint version,
                          guint index)
{
  RdParagraphHistory *self;
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (RD_IS_SERIES (series), NULL);
  g_return_val_if_fail (version < rd_series_get_n_versions (series), NULL);

  self = g_object_new (RD_TYPE_PARAGRAPH_HISTORY, "transient-for", parent, "destroy-with-parent", TRUE, NULL);
  self->series = g_object_ref (series);
  self->lineage = rd_series_find_lineage (series, version, index);
  g_return_val_if_fail (self->lineage != NULL, GTK_WIDGET (self));
  label = rd_series_describe_item (series, version, index);
  /* TRANSLATORS: the history window's title; %s is a paragraph ("OP 7") */
  title = g_strdup_printf (_ ("History of %s"), label);
  gtk_window_set_title (GTK_WINDOW (self), title);
  build (self);
  gtk_widget_show_all (self->box);
  return GTK_WIDGET (self);
}

const RdLineage *
rd_paragraph_history_get_lineage (RdParagraphHistory *self)
{
  g_return_val_if_fail (RD_IS_PARAGRAPH_HISTORY (self), NULL);
  return self->lineage;
}

char *
rd_paragraph_history_dup_text (RdParagraphHistory *self)
{
  g_return_val_if_fail (RD_IS_PARAGRAPH_HISTORY (self), NULL);
  return g_strdup (self->text->str);
}
