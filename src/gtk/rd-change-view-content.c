/* rd-change-view-content.c: what goes in the rows of the comparison views:
 * text labels, captions, where moved paragraphs stood (RdChangeView's
 * functions for its subclasses)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-change-view.h"
#include "rd-change-view-private.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rd-annotations.h"
#include "rd-change-marks.h"
#include "rd-paragraph-label.h"
#include "rd-text-util.h"

/* Static helpers */

/* The new number of a renumbered paragraph, for "OP 7 → 8"; NULL when
 * @change is not a renumbering of a numbered paragraph. */
static const char *
renumbered_to (RdPresentation *presentation,
               const RdChange *change)
{
  RdChangeItem old_item;
  RdChangeItem new_item;

  if (!change->renumbered)
    return NULL;
  if (!rd_presentation_get_item (presentation, change, RD_SIDE_OLD, 0, &old_item) || old_item.number.value == NULL)
    return NULL;
  if (!rd_presentation_get_item (presentation, change, RD_SIDE_NEW, 0, &new_item))
    return NULL;
  return new_item.number.value;
}

/* Public API */

GtkWidget *
rd_change_view_new_text_label (RdChangeView *self,
                               const char *markup)
{
  GtkWidget *label = rd_paragraph_label_new (markup);

  gtk_widget_set_can_focus (label, TRUE);
  gtk_style_context_add_class (gtk_widget_get_style_context (label), "rd-text");
  g_object_set_data (G_OBJECT (label), SEARCHABLE_KEY, GINT_TO_POINTER (TRUE));
  g_signal_connect_object (label, "activate-link", G_CALLBACK (rd_change_view_on_activate_link), self, 0);
  return label;
}

GtkWidget *
rd_change_view_new_caption (RdChangeView *self,
                            const char *markup)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
  gtk_style_context_add_class (gtk_widget_get_style_context (label), "rd-caption");
  g_signal_connect_object (label, "activate-link", G_CALLBACK (rd_change_view_on_activate_link), self, 0);
  return label;
}

char *
rd_change_view_describe_side (RdChangeView *self,
                              const RdChange *change,
                              gboolean new_side)
{

  return rd_comparison_describe_side (rd_change_view_get_comparison (self), change, new_side);
}

void
rd_change_view_add_caption_markup (RdChangeView *self,
                                   GtkWidget *box,
                                   const char *markup)
{
  if (markup != NULL && *markup != '\0')
    gtk_container_add (GTK_CONTAINER (box), rd_change_view_new_caption (self, markup));
}

void
rd_change_view_add_caption (RdChangeView *self,
                            GtkWidget *box,
                            const char *title,
                            const char *detail)
{
  g_autoptr (GString) markup = g_string_new ("<b>");

  rd_markup_append (markup, title, RD_MARK_NONE, rd_change_view_get_redline_style (self));
  g_string_append (markup, "</b>");
  if (detail != NULL)
    {
      g_string_append (markup, "  ·  ");
      rd_markup_append (markup, detail, RD_MARK_NONE, rd_change_view_get_redline_style (self));
    }
  rd_change_view_add_caption_markup (self, box, markup->str);
}

void
rd_change_view_add_origin (RdChangeView *self,
                           GtkWidget *box,
                           guint index)
{
  const RdChange *change = rd_change_view_get_change (self, index);
  g_autofree char *old_label = rd_change_view_describe_side (self, change, FALSE);
  g_autofree char *new_label = rd_presentation_describe_place (rd_change_view_get_presentation (self), change, RD_SIDE_NEW);
  /* TRANSLATORS: %s is the paragraph's new place: "PP 15" */
  g_autofree char *moved_to = g_strdup_printf (_ ("moved to %s"), new_label);
  g_autofree char *link_text = rd_text_dup_nonbreaking (moved_to);
  g_autofree char *href = g_strdup_printf ("rd-change:%u", index);
  g_autoptr (GString) caption = g_string_new ("<b>");

  rd_markup_append (caption, old_label, RD_MARK_NONE, rd_change_view_get_redline_style (self));
  g_string_append (caption, "</b>  ·  ");
  rd_markup_append_link (caption, href, link_text);
  rd_change_view_add_caption_markup (self, box, caption->str);
  rd_change_view_add_paragraphs (self, box, change, RD_SIDE_OLD, TRUE, RD_MARK_MOVED);
}

void
rd_change_view_add_paragraphs (RdChangeView *self,
                               GtkWidget *box,
                               const RdChange *change,
                               RdSide side,
                               gboolean as_read,
                               RdMark mark)
{
  g_autoptr (GPtrArray) paragraphs = as_read ? rd_presentation_get_paragraphs_as_read (rd_change_view_get_presentation (self), change, side)
                                             : rd_presentation_get_paragraphs (rd_change_view_get_presentation (self), change, side);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdShownParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      g_autofree char *markup = rd_markup_for_runs (paragraph->runs, mark, rd_change_view_get_redline_style (self));

      gtk_container_add (GTK_CONTAINER (box), rd_change_view_new_text_label (self, markup));
    }
}

char *
rd_change_view_caption_markup (RdChangeView *self,
                               guint index,
                               gboolean new_side)
{
  const RdChange *change = rd_change_view_get_change (self, index);
  g_autofree char *side = RD_CHANGE_VIEW_GET_CLASS (self)->mixed_numbering
                              ? rd_presentation_describe_place (rd_change_view_get_presentation (self), change, new_side ? RD_SIDE_NEW : RD_SIDE_OLD)
                              : rd_change_view_describe_side (self, change, new_side);
  GString *markup = g_string_new (NULL);
  gboolean marked_side;
  const char *new_number;

  if (*side == '\0')
    return g_string_free (markup, FALSE);

  /* The number, "OP 7 → 8" on the new side when renumbered. */
  g_string_append (markup, "<b>");
  if (new_side && (new_number = renumbered_to (rd_change_view_get_presentation (self), change)) != NULL)
    {
      g_autofree char *old_side = rd_change_view_describe_side (self, change, FALSE);
      g_autofree char *text = g_strdup_printf (_ ("%s → %s"), old_side, new_number);

      rd_markup_append (markup, text, RD_MARK_NONE, rd_change_view_get_redline_style (self));
    }
  else
    rd_markup_append (markup, side, RD_MARK_NONE, rd_change_view_get_redline_style (self));
  g_string_append (markup, "</b>");

  /* The kind of change goes on the side that shows it: the new one, or the
   * old one for deletions. */
  marked_side = change->type == RD_CHANGE_DELETED ? !new_side : new_side;
  if (marked_side && change->type != RD_CHANGE_UNCHANGED)
    {
      g_string_append (markup, "  ·  ");
      rd_markup_append (markup, rd_change_type_to_label (change->type), RD_MARK_NONE, rd_change_view_get_redline_style (self));
    }
  if (marked_side && change->renumbered && change->type == RD_CHANGE_UNCHANGED)
    {
      g_string_append (markup, "  ·  ");
      /* TRANSLATORS: a paragraph whose number changed but not its text */
      rd_markup_append (markup, _ ("renumbered"), RD_MARK_NONE, rd_change_view_get_redline_style (self));
    }
  if (new_side && change->verb_changed && change->old_verb != NULL && change->new_verb != NULL)
    {
      g_autofree char *verbs = g_strdup_printf ("%s → %s", change->old_verb, change->new_verb);

      g_string_append (markup, "  ·  <i>");
      rd_markup_append (markup, verbs, RD_MARK_NONE, rd_change_view_get_redline_style (self));
      g_string_append (markup, "</i>");
    }
  if (new_side)
    rd_change_marks_append_badges (markup, rd_change_view_get_presentation (self), change);
  if (new_side && change->type == RD_CHANGE_MOVED)
    {
      g_autofree char *old_side = rd_presentation_describe_place (rd_change_view_get_presentation (self), change, RD_SIDE_OLD);
      /* TRANSLATORS: %s is where a paragraph stood: "PP 12" */
      g_autofree char *moved_from = g_strdup_printf (_ ("moved from %s"), old_side);
      /* "moved from old PP 47" never breaks between label and number. */
      g_autofree char *text = rd_text_dup_nonbreaking (moved_from);
      g_autofree char *href = g_strdup_printf ("rd-origin:%u", index);

      g_string_append (markup, "  ·  ");
      rd_markup_append_link (markup, href, text);
    }
  if (marked_side)
    {
      /* Who made it, for a draft with amendments: "A/80/L.28: 1, 2" */
      g_autofree char *note = rd_annotations_dup_change_note (rd_presentation_get_comparison (rd_change_view_get_presentation (self)), change);

      if (note != NULL)
        {
          g_string_append (markup, "  ·  ");
          rd_markup_append (markup, note, RD_MARK_NONE, rd_change_view_get_redline_style (self));
        }
    }
  return g_string_free (markup, FALSE);
}
