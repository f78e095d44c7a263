/* rd-header-markup.c: the header and sponsors rows, shared by the views
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-header-markup.h"

#include <glib/gi18n.h>

/* Public API */

char *
rd_sponsors_markup (RdPresentation *presentation,
                    RdSide side,
                    RdRedlineStyle style)
{
  g_autoptr (GPtrArray) runs = rd_presentation_get_sponsor_runs (presentation, side);
  GString *markup = g_string_new (NULL);

  for (guint i = 0; i < runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (runs, i);

      if (i > 0)
        g_string_append (markup, ", ");
      rd_markup_append (markup, run->text, run->mark == RD_RUN_INSERTED ? RD_MARK_INSERTED : run->mark == RD_RUN_DELETED ? RD_MARK_DELETED
                                                                                                                         : RD_MARK_NONE,
                        style);
    }
  if (runs->len == 0)
    rd_markup_append (markup, _ ("none"), RD_MARK_NONE, style);
  return g_string_free (markup, FALSE);
}

char *
rd_header_changes_markup (RdComparison *comparison,
                          RdSide side,
                          RdRedlineStyle style)
{
  GPtrArray *changes = rd_comparison_get_header_changes (comparison);
  GString *markup;

  if (changes->len == 0)
    return NULL;

  markup = g_string_new (NULL);
  for (guint i = 0; i < changes->len; i++)
    {
      const RdHeaderChange *change = g_ptr_array_index (changes, i);
      const char *label = rd_header_change_get_label (change);

      if (i > 0)
        g_string_append_c (markup, '\n');
      g_string_append (markup, "<b>");
      rd_markup_append (markup, label, RD_MARK_NONE, style);
      g_string_append (markup, ":</b> ");
      /* Each value isolated (U+2068 … U+2069): "15 November 2013" keeps
       * its order after an Arabic label. */
      if (side != RD_SIDE_NEW && change->old_value != NULL)
        {
          g_string_append (markup, "\u2068");
          rd_markup_append (markup, change->old_value, RD_MARK_DELETED, style);
          g_string_append (markup, "\u2069");
        }
      if (side == RD_SIDE_REDLINE && change->old_value != NULL && change->new_value != NULL)
        g_string_append_c (markup, ' ');
      if (side != RD_SIDE_OLD && change->new_value != NULL)
        {
          g_string_append (markup, "\u2068");
          rd_markup_append (markup, change->new_value, RD_MARK_INSERTED, style);
          g_string_append (markup, "\u2069");
        }
      if ((side == RD_SIDE_OLD && change->old_value == NULL) || (side == RD_SIDE_NEW && change->new_value == NULL))
        {
          g_string_append (markup, "<i>");
          /* TRANSLATORS: a header field that one version does not have */
          rd_markup_append (markup, _ ("(absent)"), RD_MARK_NONE, style);
          g_string_append (markup, "</i>");
        }
    }
  return g_string_free (markup, FALSE);
}

char *
rd_sponsors_summary (RdComparison *comparison)
{
  guint added = rd_comparison_get_sponsors_added (comparison)->len;
  guint removed = rd_comparison_get_sponsors_removed (comparison)->len;
  guint kept = rd_comparison_get_sponsors_kept (comparison)->len;
  g_autofree char *joined_text = g_strdup_printf (ngettext ("%u joined", "%u joined", added), added);
  g_autofree char *left_text = g_strdup_printf (ngettext ("%u left", "%u left", removed), removed);
  g_autofree char *kept_text = g_strdup_printf (ngettext ("%u kept", "%u kept", kept), kept);

  /* TRANSLATORS: "2 joined, 1 left, 33 kept" (sponsors of the text) */
  return g_strdup_printf (_ ("%s, %s, %s"), joined_text, left_text, kept_text);
}
