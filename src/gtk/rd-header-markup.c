/* rd-header-markup.c: the header and sponsors rows, shared by the views
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-header-markup.h"

#include <glib/gi18n.h>

/* Static helpers */

static GHashTable *
set_of (GPtrArray *items)
{
  GHashTable *set = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < items->len; i++)
    g_hash_table_add (set, g_ptr_array_index (items, i));
  return set;
}

static void
append_sponsors (GString *markup,
                 GPtrArray *sponsors,
                 GHashTable *marked,
                 RdMark mark,
                 RdRedlineStyle style,
                 gboolean *first)
{
  for (guint i = 0; i < sponsors->len; i++)
    {
      const RdSponsor *sponsor = g_ptr_array_index (sponsors, i);

      if (!*first)
        g_string_append (markup, ", ");
      *first = FALSE;
      rd_markup_append (markup, sponsor->name,
                        marked != NULL && g_hash_table_contains (marked, sponsor) ? mark : RD_MARK_NONE,
                        style);
    }
}

/* Public API */

char *
rd_sponsors_markup (RdComparison *comparison,
                    RdMarkupSide side,
                    RdRedlineStyle style)
{
  g_autoptr (GHashTable) added = set_of (rd_comparison_get_sponsors_added (comparison));
  g_autoptr (GHashTable) removed = set_of (rd_comparison_get_sponsors_removed (comparison));
  GString *markup = g_string_new (NULL);
  gboolean first = TRUE;

  switch (side)
    {
    case RD_MARKUP_OLD:
      append_sponsors (markup, rd_document_get_sponsors (rd_comparison_get_old (comparison)),
                       removed, RD_MARK_DELETED, style, &first);
      break;
    case RD_MARKUP_NEW:
      append_sponsors (markup, rd_document_get_sponsors (rd_comparison_get_new (comparison)),
                       added, RD_MARK_INSERTED, style, &first);
      break;
    case RD_MARKUP_REDLINE:
    default:
      append_sponsors (markup, rd_document_get_sponsors (rd_comparison_get_new (comparison)),
                       added, RD_MARK_INSERTED, style, &first);
      append_sponsors (markup, rd_comparison_get_sponsors_removed (comparison),
                       removed, RD_MARK_DELETED, style, &first);
      break;
    }
  if (first)
    rd_markup_append (markup, _ ("none"), RD_MARK_NONE, style);
  return g_string_free (markup, FALSE);
}

char *
rd_header_changes_markup (RdComparison *comparison,
                          RdMarkupSide side,
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
      const char *label = change->field < RD_N_FIELDS ? rd_change_view_field_label (change->field) : _ ("Agenda items");

      if (i > 0)
        g_string_append_c (markup, '\n');
      g_string_append (markup, "<b>");
      rd_markup_append (markup, label, RD_MARK_NONE, style);
      g_string_append (markup, ":</b> ");
      if (side != RD_MARKUP_NEW)
        rd_markup_append (markup, change->old_value != NULL ? change->old_value : "", RD_MARK_DELETED, style);
      if (side == RD_MARKUP_REDLINE && change->old_value != NULL && change->new_value != NULL)
        g_string_append_c (markup, ' ');
      if (side != RD_MARKUP_OLD)
        rd_markup_append (markup, change->new_value != NULL ? change->new_value : "", RD_MARK_INSERTED, style);
      if ((side == RD_MARKUP_OLD && change->old_value == NULL) || (side == RD_MARKUP_NEW && change->new_value == NULL))
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
