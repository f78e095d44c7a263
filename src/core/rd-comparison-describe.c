/* rd-comparison-describe.c: a comparison's changes in words, for readers
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The names of change types and header fields, and how a reader cites a
 * change's places ("OP 7 → 8, modified"), apart from the comparison that
 * finds the changes (rd-comparison.c); the summaries of a whole comparison
 * are rd-summary.c.
 */

#include "config.h"

#include "rd-comparison.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Change types */

const char *
rd_change_type_to_string (RdChangeType type)
{
  switch (type)
    {
    case RD_CHANGE_UNCHANGED:
      return "unchanged";
    case RD_CHANGE_MODIFIED:
      return "modified";
    case RD_CHANGE_INSERTED:
      return "inserted";
    case RD_CHANGE_DELETED:
      return "deleted";
    case RD_CHANGE_MOVED:
      return "moved";
    case RD_CHANGE_SPLIT:
      return "split";
    case RD_CHANGE_MERGED:
      return "merged";
    case RD_N_CHANGE_TYPES:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
rd_change_type_to_label (RdChangeType type)
{
  switch (type)
    {
    case RD_CHANGE_UNCHANGED:
      return _ ("unchanged");
    case RD_CHANGE_MODIFIED:
      return _ ("modified");
    case RD_CHANGE_INSERTED:
      return _ ("inserted");
    case RD_CHANGE_DELETED:
      return _ ("deleted");
    case RD_CHANGE_MOVED:
      return _ ("moved");
    case RD_CHANGE_SPLIT:
      return _ ("split");
    case RD_CHANGE_MERGED:
      return _ ("merged");
    case RD_N_CHANGE_TYPES:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
rd_header_change_get_label (const RdHeaderChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  if (change->field < RD_N_FIELDS)
    return rd_field_to_label (change->field);
  /* TRANSLATORS: the header field listing the agenda items */
  return _ ("Agenda items");
}

/* Places */

char *
rd_comparison_describe_item (RdComparison *self,
                             gboolean footnote,
                             gboolean new_side,
                             guint index)
{
  RdDocument *document;

  g_return_val_if_fail (RD_IS_COMPARISON (self), NULL);

  document = new_side ? rd_comparison_get_new (self) : rd_comparison_get_old (self);
  if (footnote)
    {
      GPtrArray *footnotes = rd_document_get_footnotes (document);

      g_return_val_if_fail (index < footnotes->len, NULL);
      /* TRANSLATORS: a footnote by its mark, e.g. "footnote 5" */
      return g_strdup_printf (_ ("footnote %s"), ((const RdFootnote *) g_ptr_array_index (footnotes, index))->marker);
    }
  return rd_document_describe_paragraph (document, index);
}

char *
rd_comparison_describe_side (RdComparison *self,
                             const RdChange *change,
                             gboolean new_side)
{
  const GArray *items = new_side ? change->new_items : change->old_items;
  GString *out;

  g_return_val_if_fail (RD_IS_COMPARISON (self), NULL);

  if (items->len == 1) /* most changes: the item's label as it is */
    {
      char *label = rd_comparison_describe_item (self, change->footnote, new_side, g_array_index (items, guint, 0));

      return label != NULL ? label : g_strdup ("");
    }
  out = g_string_new (NULL);
  for (guint k = 0; k < items->len; k++)
    {
      g_autofree char *label = rd_comparison_describe_item (self, change->footnote, new_side, g_array_index (items, guint, k));

      if (k > 0)
        g_string_append (out, " + ");
      g_string_append (out, label);
    }
  return g_string_free (out, FALSE);
}

/* Whether two places are of one kind, "OP 7" and "OP 8", "footnote 3"
 * and "footnote 4": the same words before the number.  Not a
 * sub-paragraph ("OP 7 (a)"), whose number is not the last word. */
static gboolean
same_kind_of_place (const char *a,
                    const char *b)
{
  const char *a_space = strrchr (a, ' ');
  const char *b_space = strrchr (b, ' ');

  if (a_space == NULL || b_space == NULL || strchr (a, '(') != NULL)
    return FALSE;
  return a_space - a == b_space - b && strncmp (a, b, a_space - a) == 0;
}

/* "OP 7 → 8" when only the number moved on; "PP 3 → OP 2" across kinds. */
static char *
describe_places (RdComparison *self,
                 const RdChange *change)
{
  g_autofree char *old_label = rd_comparison_describe_side (self, change, FALSE);
  g_autofree char *new_label = rd_comparison_describe_side (self, change, TRUE);

  if (*old_label == '\0')
    return g_steal_pointer (&new_label);
  if (*new_label == '\0' || strcmp (old_label, new_label) == 0)
    return g_steal_pointer (&old_label);

  /* Single items of one kind: "OP 7 → 8". */
  if (change->old_items->len == 1 && change->new_items->len == 1 && same_kind_of_place (old_label, new_label))
    return g_strdup_printf (_ ("%s → %s"), old_label, strrchr (new_label, ' ') + 1);
  /* TRANSLATORS: a paragraph's place in the earlier version, then in the
   * later one: "OP 7 → 8"; right to left, turn the arrow ("%s ← %s") so
   * that it points from the first to the second */
  return g_strdup_printf (_ ("%s → %s"), old_label, new_label);
}

char *
rd_comparison_describe_change (RdComparison *self,
                               const RdChange *change)
{
  g_autofree char *places = NULL;
  GString *out;

  g_return_val_if_fail (RD_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (change != NULL, NULL);

  places = describe_places (self, change);
  out = g_string_new (places);
  /* TRANSLATORS: what happened to a paragraph, after its place: "OP 2,
   * modified"; with the language's own comma */
  g_string_append_printf (out, _ (", %s"), rd_change_type_to_label (change->type));
  if (change->type == RD_CHANGE_MOVED && change->diff != NULL && rd_diff_has_changes (change->diff))
    /* TRANSLATORS: after "moved": the moved paragraph was also edited */
    g_string_append_printf (out, " %s", _ ("and edited"));
  if (change->type == RD_CHANGE_UNCHANGED && change->renumbered)
    g_string_append_printf (out, " (%s)", _ ("renumbered"));
  if (change->verb_changed)
    /* TRANSLATORS: the operative verb that changed, after what happened to
     * the paragraph: ", Urges → Encourages"; the verbs are in the document's
     * language, so the arrow stays as it is */
    g_string_append_printf (out, _ (", %s → %s"), change->old_verb, change->new_verb);
  return g_string_free (out, FALSE);
}
