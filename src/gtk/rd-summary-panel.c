/* rd-summary-panel.c: the sidebar with what changed at a glance
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-summary-panel.h"

#include "rd-annotations.h"
#include "rd-array-util.h"

#include <glib/gi18n.h>

#include "rd-change-filter.h"
#include "rd-change-marks.h"
#include "rd-change-view.h"
#include "rd-list-row.h"
#include "rd-language-panel.h"
#include "rd-presentation.h"
#include "rd-row-list.h"
#include "rd-summary.h"
#include "rd-text-label.h"

/* The struct */

struct _RdSummaryPanel
{
  GtkBin parent_instance;

  RdComparison *comparison;
  RdPresentation *presentation;
  RdChangeFilter *filter; /* shared with the views (the window sets it) */

  GtkWidget *scrolled;
  GtkWidget *filter_combo;   /* what the list of changes shows */
  GtkWidget *filter_empty;   /* "No change is …" when it shows none */
  GtkWidget *language_panel; /* the current paragraph's agreed language */
  GtkWidget *box;            /* everything but the list of changes */
  GtkWidget *changes_list;   /* RdRowList: the box, then one row per change
                              * that is a difference, built when in view */
  GArray *listed;            /* guint: the change of each row after the box */
  int selected;              /* the current change's row, or -1 */
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdSummaryPanel, rd_summary_panel, GTK_TYPE_BIN)

/* Properties and signals */

enum
{
  PROP_0,
  PROP_COMPARISON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHANGE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Static helpers */

static GtkWidget *
new_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_style_context_add_class (gtk_widget_get_style_context (label), "rd-summary-heading");
  return label;
}

static GtkWidget *
new_value (const char *text,
           gboolean dim)
{
  GtkWidget *label = rd_text_label_new (8, 30, dim ? "dim-label" : NULL);

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "—");
  gtk_label_set_yalign (GTK_LABEL (label), 0.0);
  return label;
}

static char *
join_sponsors (GPtrArray *sponsors)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < sponsors->len; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, ((RdSponsor *) g_ptr_array_index (sponsors, i))->name);
    }
  return g_string_free (text, FALSE);
}

static void
add_versions (RdSummaryPanel *self)
{
  RdDocument *old_document = rd_comparison_get_old (self->comparison);
  RdDocument *new_document = rd_comparison_get_new (self->comparison);
  GtkWidget *grid = gtk_grid_new ();
  const RdField rows[] = { RD_FIELD_SYMBOL, RD_FIELD_DOCUMENT_TYPE, RD_FIELD_DATE };
  g_autoptr (RdPresentation) presentation = rd_presentation_new (self->comparison);
  const GArray *record_fields = rd_presentation_get_record_fields (presentation);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_attach (GTK_GRID (grid), new_value (_ ("Earlier"), TRUE), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), new_value (_ ("Later"), TRUE), 2, 0, 1, 1);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkWidget *old_value = new_value (rd_document_get_field (old_document, rows[i]), FALSE);
      GtkWidget *new_value_label = new_value (rd_document_get_field (new_document, rows[i]), FALSE);

      /* A symbol is read whole: "A/RES/" over "79/144" reads as two. */
      if (rows[i] == RD_FIELD_SYMBOL)
        {
          gtk_label_set_line_wrap (GTK_LABEL (old_value), FALSE);
          gtk_label_set_line_wrap (GTK_LABEL (new_value_label), FALSE);
        }
      gtk_grid_attach (GTK_GRID (grid), new_value (rd_field_to_label (rows[i]), TRUE), 0, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), old_value, 1, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), new_value_label, 2, i + 1, 1, 1);
    }
  /* The Digital Library's records, for documents opened by symbol. */
  for (guint i = 0; i < record_fields->len; i++)
    {
      RdField field = g_array_index (record_fields, RdField, i);
      guint row = G_N_ELEMENTS (rows) + i + 1;

      gtk_grid_attach (GTK_GRID (grid), new_value (rd_field_to_label (field), TRUE), 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), new_value (rd_document_get_field (old_document, field), FALSE), 1, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), new_value (rd_document_get_field (new_document, field), FALSE), 2, row, 1, 1);
    }

  gtk_container_add (GTK_CONTAINER (self->box), new_heading (_ ("Versions")));
  gtk_container_add (GTK_CONTAINER (self->box), grid);
}

static void
add_sponsor_group (RdSummaryPanel *self,
                   const char *title,
                   GPtrArray *sponsors,
                   gboolean expanded)
{
  g_autofree char *names = join_sponsors (sponsors);
  GtkWidget *expander = gtk_expander_new (title);
  GtkWidget *value = new_value (sponsors->len > 0 ? names : _ ("none"), sponsors->len == 0);

  /* The names stand below the expander rather than in it, and the expander
   * is as wide as its title: GTK 3 draws an expander's title at its left
   * even right to left, so only a narrow expander at the start of the line
   * puts the title on the right in Arabic. */
  gtk_widget_set_halign (expander, GTK_ALIGN_START);
  gtk_expander_set_expanded (GTK_EXPANDER (expander), expanded && sponsors->len > 0);
  gtk_widget_set_no_show_all (value, TRUE);
  g_object_bind_property (expander, "expanded", value, "visible", G_BINDING_SYNC_CREATE);
  gtk_container_add (GTK_CONTAINER (self->box), expander);
  gtk_container_add (GTK_CONTAINER (self->box), value);
}

static void
add_sponsors (RdSummaryPanel *self)
{
  GPtrArray *added = rd_comparison_get_sponsors_added (self->comparison);
  GPtrArray *removed = rd_comparison_get_sponsors_removed (self->comparison);
  GPtrArray *kept = rd_comparison_get_sponsors_kept (self->comparison);
  /* TRANSLATORS: %u is a number of sponsors of the text */
  g_autofree char *added_title = g_strdup_printf (_ ("Joined (%u)"), added->len);
  /* TRANSLATORS: %u is a number of sponsors of the text */
  g_autofree char *removed_title = g_strdup_printf (_ ("Left (%u)"), removed->len);
  /* TRANSLATORS: %u is a number of sponsors of the text */
  g_autofree char *kept_title = g_strdup_printf (_ ("Kept (%u)"), kept->len);
  /* A version that lists none (an adopted resolution, a Chair's text), as
   * every output's summary says it. */
  g_autofree char *listing = rd_comparison_describe_sponsors_listing (self->comparison);

  gtk_container_add (GTK_CONTAINER (self->box), new_heading (_ ("Sponsors")));
  if (*listing != '\0')
    gtk_container_add (GTK_CONTAINER (self->box), new_value (listing, FALSE));
  add_sponsor_group (self, added_title, added, TRUE);
  add_sponsor_group (self, removed_title, removed, TRUE);
  add_sponsor_group (self, kept_title, kept, FALSE);
}

static void
add_count (GtkWidget *grid,
           guint row,
           const char *label,
           guint count)
{
  g_autofree char *number = g_strdup_printf ("%u", count);
  GtkWidget *value = new_value (number, count == 0);

  gtk_label_set_xalign (GTK_LABEL (value), 1.0);
  gtk_grid_attach (GTK_GRID (grid), new_value (label, count == 0), 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), value, 1, row, 1, 1);
}

static void
add_counts (RdSummaryPanel *self)
{
  const RdComparisonStats *stats = rd_comparison_get_stats (self->comparison);
  GtkWidget *grid = gtk_grid_new ();
  guint row = 0;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  /* Headings of a table of counts (the engine's labels are for use inside
   * sentences). */
  add_count (grid, row++, C_ ("paragraphs", "Modified"), stats->counts[RD_CHANGE_MODIFIED]);
  add_count (grid, row++, C_ ("paragraphs", "Inserted"), stats->counts[RD_CHANGE_INSERTED]);
  add_count (grid, row++, C_ ("paragraphs", "Deleted"), stats->counts[RD_CHANGE_DELETED]);
  add_count (grid, row++, C_ ("paragraphs", "Moved"), stats->counts[RD_CHANGE_MOVED]);
  add_count (grid, row++, C_ ("paragraphs", "Split"), stats->counts[RD_CHANGE_SPLIT]);
  add_count (grid, row++, C_ ("paragraphs", "Merged"), stats->counts[RD_CHANGE_MERGED]);
  add_count (grid, row++, C_ ("paragraphs", "Unchanged"), stats->counts[RD_CHANGE_UNCHANGED]);
  add_count (grid, row++, C_ ("paragraphs", "Renumbered"), stats->renumbered);
  /* Routine updates apart from substance, and the force of operative
   * paragraphs (docs/series.md). */
  add_count (grid, row++, _ ("Substantive changes"), stats->substantive);
  add_count (grid, row++, _ ("Routine changes"), stats->routine);
  add_count (grid, row++, _ ("Operative paragraphs weakened"), stats->weakened);
  add_count (grid, row++, _ ("Operative paragraphs strengthened"), stats->strengthened);
  add_count (grid, row++, _ ("Operative verbs changed"), stats->operative_verbs_changed);
  add_count (grid, row++, _ ("Preambular verbs changed"), stats->preambular_verbs_changed);
  add_count (grid, row++, _ ("Words inserted"), stats->words_inserted);
  add_count (grid, row++, _ ("Words deleted"), stats->words_deleted);
  add_count (grid, row++, _ ("Footnotes changed"), stats->footnotes_changed);

  gtk_container_add (GTK_CONTAINER (self->box), new_heading (_ ("Changes")));
  gtk_container_add (GTK_CONTAINER (self->box), grid);
  if (stats->renumbered > 0)
    {
      /* Which, as every output's summary gives them. */
      g_autofree char *runs = rd_comparison_describe_renumbering (self->comparison);
      g_autofree char *text = g_strdup_printf (_ ("Renumbered: %s"), runs);

      gtk_container_add (GTK_CONTAINER (self->box), new_value (text, TRUE));
    }
  if (*rd_presentation_get_strength_summary (self->presentation) != '\0')
    /* "3 operative paragraphs weakened, 1 strengthened", as every output's
     * summary says it. */
    gtk_container_add (GTK_CONTAINER (self->box), new_value (rd_presentation_get_strength_summary (self->presentation), FALSE));
}

static void
add_warnings (RdSummaryPanel *self)
{
  GPtrArray *warnings = rd_comparison_get_warnings (self->comparison);

  if (warnings->len == 0)
    return;
  gtk_container_add (GTK_CONTAINER (self->box), new_heading (_ ("Notes")));
  for (guint i = 0; i < warnings->len; i++)
    gtk_container_add (GTK_CONTAINER (self->box), new_value (g_ptr_array_index (warnings, i), TRUE));
}

/* What the comparison's annotations add (rd-annotations.h): a draft's
 * amendments, each with its instructions and their state. */
static void
add_note_sections (RdSummaryPanel *self)
{
  g_autoptr (GPtrArray) sections = rd_annotations_dup_sections (self->comparison);

  for (guint s = 0; s < sections->len; s++)
    {
      const RdNoteSection *section = g_ptr_array_index (sections, s);
      GtkWidget *heading = new_heading (section->title);

      /* "Amendment A/80/L.19 (Russian Federation): 1 instruction, …" is
       * long: wrapped, it leaves the panel the width of the rest. */
      gtk_label_set_line_wrap (GTK_LABEL (heading), TRUE);
      gtk_label_set_line_wrap_mode (GTK_LABEL (heading), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (heading), 40);
      gtk_container_add (GTK_CONTAINER (self->box), heading);
      for (guint i = 0; i < section->lines->len; i++)
        gtk_container_add (GTK_CONTAINER (self->box), new_value (g_ptr_array_index (section->lines, i), TRUE));
    }
}

/* The list's first row is the box with everything else; a row per
 * change listed follows. */
#define BOX_ROW 0

/* A change's row is scrolled to this fraction of the list when it goes
 * out of view. */
#define SCROLL_POSITION 0.3

static char *
describe_listed_change (RdSummaryPanel *self,
                        const RdChange *change)
{
  char *description = rd_comparison_describe_change (self->comparison, change);
  /* "OP 5, modified [A/80/L.28: 3]": the instructions that made it */
  g_autofree char *note = rd_annotations_dup_change_note (self->comparison, change);

  if (note != NULL)
    {
      char *noted = g_strdup_printf ("%s [%s]", description, note);

      g_free (description);
      description = noted;
    }
  return description;
}

static GtkWidget *
create_row (RdRowList *list,
            guint row,
            gpointer user_data)
{
  RdSummaryPanel *self = user_data;
  const RdChange *change;
  g_autofree char *description = NULL;
  GtkWidget *widget, *label;

  /* The box is the panel's, kept between its times in view. */
  if (row == BOX_ROW)
    return self->box;
  change = rd_change_view_lookup_change (self->comparison, g_array_index (self->listed, guint, row - 1));
  description = describe_listed_change (self, change);
  widget = rd_list_row_new ();
  label = gtk_label_new (NULL);
  {
    g_autofree char *escaped = g_markup_escape_text (description, -1);
    g_autoptr (GString) markup = g_string_new (escaped);

    rd_change_marks_append_badges (markup, self->presentation, change);
    gtk_label_set_markup (GTK_LABEL (label), markup->str);
  }
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (widget), TRUE);
  gtk_style_context_add_class (gtk_widget_get_style_context (widget), rd_change_type_to_string (change->type));
  if ((int) row == self->selected)
    gtk_widget_set_state_flags (widget, GTK_STATE_FLAG_SELECTED, FALSE);
  gtk_container_add (GTK_CONTAINER (widget), label);
  gtk_widget_show_all (widget);
  return widget;
}

static int
estimate_row (RdRowList *list,
              guint row,
              int width,
              gpointer user_data)
{
  RdSummaryPanel *self = user_data;
  const RdChange *change;

  if (row == BOX_ROW)
    return 900;
  /* A line of some 30 characters a line, as the labels wrap. */
  change = rd_change_view_lookup_change (self->comparison, g_array_index (self->listed, guint, row - 1));
  return change->type == RD_CHANGE_MOVED || change->verb_changed ? 46 : 27;
}

static gboolean
change_is_listed (RdSummaryPanel *self,
                  guint index)
{
  return rd_change_filter_lists (self->filter, self->presentation, rd_change_view_lookup_change (self->comparison, index));
}

/* The rows the filter leaves, the others taking no room. */
static void
update_listed_shown (RdSummaryPanel *self)
{
  for (guint k = 0; self->comparison != NULL && k < self->listed->len; k++)
    rd_row_list_set_row_shown (RD_ROW_LIST (self->changes_list), k + 1, change_is_listed (self, g_array_index (self->listed, guint, k)));
}

/* The filter's choices above the list, in the order of RdChangeFilterShow
 * (the combo's index is the value), and what the list says when the
 * filter leaves it empty (NULL for all changes: that depends on "Hide
 * routine updates"). */
typedef struct
{
  RdChangeFilterShow show;
  const char *choice;
  const char *none;
} FilterChoice;

static const FilterChoice filter_choices[] = {
  { RD_CHANGE_FILTER_ALL, N_ ("All changes"), NULL },
  { RD_CHANGE_FILTER_SUBSTANTIVE, N_ ("Substantive changes"), N_ ("No substantive change.") },
  { RD_CHANGE_FILTER_WEAKENED, N_ ("Weakened"), N_ ("No operative paragraph was weakened.") },
  { RD_CHANGE_FILTER_STRENGTHENED, N_ ("Strengthened"), N_ ("No operative paragraph was strengthened.") },
  { RD_CHANGE_FILTER_NEW_LANGUAGE, N_ ("Only new language"), N_ ("No change inserts new language.") },
};

static const FilterChoice *
filter_choice (RdChangeFilterShow show)
{
  for (gsize i = 0; i < G_N_ELEMENTS (filter_choices); i++)
    if (filter_choices[i].show == show)
      return &filter_choices[i];
  return &filter_choices[0];
}

/* "No change is weakened." when the list shows none. */
static void
update_filter_empty (RdSummaryPanel *self)
{
  gboolean empty = self->comparison != NULL && rd_summary_panel_count_listed_changes (self) == 0;
  const char *none;

  if (self->filter_empty == NULL)
    return;
  gtk_widget_set_visible (self->filter_empty, empty);
  if (!empty)
    return;
  none = filter_choice (rd_change_filter_get_show (self->filter))->none;
  if (none == NULL)
    none = rd_change_filter_get_hide_routine (self->filter) ? N_ ("No changes other than routine ones.") : N_ ("No change.");
  gtk_label_set_text (GTK_LABEL (self->filter_empty), _ (none));
}

/* The choices of the filter above the list; "new language" only when a
 * library was consulted. */
static void
fill_filter_combo (RdSummaryPanel *self)
{
  GtkComboBoxText *combo = GTK_COMBO_BOX_TEXT (self->filter_combo);
  gboolean library = FALSE;
  GPtrArray *changes = rd_comparison_get_changes (self->comparison);
  RdChangeFilterShow show = rd_change_filter_get_show (self->filter);

  for (guint i = 0; i < changes->len && !library; i++)
    library = rd_presentation_get_agreement (self->presentation, g_ptr_array_index (changes, i)) != NULL;
  gtk_combo_box_text_remove_all (combo);
  for (gsize i = 0; i < G_N_ELEMENTS (filter_choices); i++)
    {
      g_autofree char *id = g_strdup_printf ("%d", filter_choices[i].show);

      if (filter_choices[i].show == RD_CHANGE_FILTER_NEW_LANGUAGE && !library)
        continue;
      gtk_combo_box_text_append (combo, id, _ (filter_choices[i].choice));
    }
  if (show == RD_CHANGE_FILTER_NEW_LANGUAGE && !library)
    show = RD_CHANGE_FILTER_ALL;
  rd_change_filter_set_show (self->filter, show);
  gtk_combo_box_set_active (GTK_COMBO_BOX (combo), show);
}

static void on_filter_combo_changed (GtkComboBox *combo, gpointer user_data);

static GtkWidget *
new_filter_combo (RdSummaryPanel *self)
{
  GtkWidget *combo = gtk_combo_box_text_new ();

  gtk_widget_set_halign (combo, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (combo, _ ("Which changes the list shows and F7 steps through"));
  atk_object_set_name (gtk_widget_get_accessible (combo), _ ("Show in the list of changes"));
  g_signal_connect_object (combo, "changed", G_CALLBACK (on_filter_combo_changed), self, 0);
  return combo;
}

static void
fill_changes_list (RdSummaryPanel *self)
{
  guint total = rd_change_view_count_all_changes (self->comparison);

  /* Footnote changes after the paragraphs', as the views number them. */
  for (guint i = 0; i < total; i++)
    if (rd_change_is_difference (rd_change_view_lookup_change (self->comparison, i)))
      g_array_append_val (self->listed, i);
  rd_row_list_set_model (RD_ROW_LIST (self->changes_list), 1 + self->listed->len, create_row, estimate_row, self);
  update_listed_shown (self);
}

/* The row of change @index, or -1 when it is not listed. */
static int
find_row (RdSummaryPanel *self,
          int index)
{
  guint k = rd_sorted_indices_count_below (self->listed, index);

  if (k < self->listed->len && (int) g_array_index (self->listed, guint, k) == index)
    return k + 1;
  return -1;
}

static void
set_selected (RdSummaryPanel *self,
              int row)
{
  GtkWidget *widget;

  if (self->selected >= 0 && (widget = rd_row_list_get_row_widget (RD_ROW_LIST (self->changes_list), self->selected)) != NULL)
    gtk_widget_unset_state_flags (widget, GTK_STATE_FLAG_SELECTED);
  self->selected = row;
  if (row >= 0 && (widget = rd_row_list_get_row_widget (RD_ROW_LIST (self->changes_list), row)) != NULL)
    gtk_widget_set_state_flags (widget, GTK_STATE_FLAG_SELECTED, FALSE);
}

static void
rebuild (RdSummaryPanel *self)
{
  g_autoptr (GList) children = gtk_container_get_children (GTK_CONTAINER (self->box));

  rd_row_list_set_model (RD_ROW_LIST (self->changes_list), 0, NULL, NULL, NULL);
  g_array_set_size (self->listed, 0);
  self->selected = -1;
  /* The filter and its word when empty went with the rest. */
  self->filter_combo = NULL;
  self->filter_empty = NULL;
  for (GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);

  g_clear_object (&self->presentation);
  rd_language_panel_set_change (RD_LANGUAGE_PANEL (self->language_panel), NULL, NULL);
  if (self->comparison == NULL)
    return;

  self->presentation = rd_presentation_new (self->comparison);
  rd_language_panel_set_change (RD_LANGUAGE_PANEL (self->language_panel), self->presentation, NULL);
  add_versions (self);
  add_sponsors (self);
  add_counts (self);
  add_note_sections (self);
  add_warnings (self);
  gtk_container_add (GTK_CONTAINER (self->box), new_heading (_ ("List of changes")));
  self->filter_combo = new_filter_combo (self);
  self->filter_empty = new_value (NULL, TRUE);
  gtk_widget_set_no_show_all (self->filter_empty, TRUE);
  gtk_container_add (GTK_CONTAINER (self->box), self->filter_combo);
  gtk_container_add (GTK_CONTAINER (self->box), self->filter_empty);
  fill_filter_combo (self);
  gtk_widget_show_all (self->box);
  fill_changes_list (self);
  update_filter_empty (self);
}

/* Callbacks */

static void
on_row_activated (RdRowList *list,
                  guint row,
                  gpointer user_data)
{
  RdSummaryPanel *self = user_data;

  if (row == BOX_ROW || row > self->listed->len)
    return;
  g_signal_emit (self, signals[CHANGE_ACTIVATED], 0, g_array_index (self->listed, guint, row - 1));
}

static void
on_filter_changed (RdChangeFilter *filter,
                   gpointer user_data)
{
  RdSummaryPanel *self = user_data;

  update_listed_shown (self);
  update_filter_empty (self);
}

static void
on_filter_combo_changed (GtkComboBox *combo,
                         gpointer user_data)
{
  RdSummaryPanel *self = user_data;
  int active = gtk_combo_box_get_active (combo);

  if (active >= 0)
    rd_change_filter_set_show (self->filter, active);
}

/* GObject overrides */

static void
rd_summary_panel_dispose (GObject *object)
{
  RdSummaryPanel *self = RD_SUMMARY_PANEL (object);

  if (self->changes_list != NULL)
    rd_row_list_set_model (RD_ROW_LIST (self->changes_list), 0, NULL, NULL, NULL);
  self->changes_list = NULL;
  g_clear_object (&self->box);
  g_clear_pointer (&self->listed, g_array_unref);
  g_clear_object (&self->comparison);
  g_clear_object (&self->presentation);
  g_clear_object (&self->filter);
  G_OBJECT_CLASS (rd_summary_panel_parent_class)->dispose (object);
}

static void
rd_summary_panel_get_property (GObject *object,
                               guint prop_id,
                               GValue *value,
                               GParamSpec *pspec)
{
  RdSummaryPanel *self = RD_SUMMARY_PANEL (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_summary_panel_set_property (GObject *object,
                               guint prop_id,
                               const GValue *value,
                               GParamSpec *pspec)
{
  RdSummaryPanel *self = RD_SUMMARY_PANEL (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      rd_summary_panel_set_comparison (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class and instance init */

static void
rd_summary_panel_class_init (RdSummaryPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_summary_panel_dispose;
  object_class->get_property = rd_summary_panel_get_property;
  object_class->set_property = rd_summary_panel_set_property;

  properties[PROP_COMPARISON] =
      g_param_spec_object ("comparison", NULL, NULL, RD_TYPE_COMPARISON,
                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted when the reader picks a change in the list: the window scrolls
   * the view to it. */
  signals[CHANGE_ACTIVATED] =
      g_signal_new ("change-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "rdsummarypanel");
}

static void
rd_summary_panel_init (RdSummaryPanel *self)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->filter = rd_change_filter_new ();
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (on_filter_changed), self, 0);
  self->language_panel = rd_language_panel_new ();
  gtk_style_context_add_class (gtk_widget_get_style_context (self->language_panel), "rd-language-panel");

  self->scrolled = gtk_scrolled_window_new (NULL, NULL);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (self->scrolled), FALSE);

  /* Held: the list drops it while it is out of view. */
  self->box = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  gtk_style_context_add_class (gtk_widget_get_style_context (self->box), "rd-summary");
  self->listed = g_array_new (FALSE, FALSE, sizeof (guint));
  self->selected = -1;

  self->changes_list = rd_row_list_new ();
  gtk_style_context_add_class (gtk_widget_get_style_context (self->changes_list), "rd-summary-changes");
  atk_object_set_name (gtk_widget_get_accessible (self->changes_list), _ ("List of changes"));
  g_signal_connect_object (self->changes_list, "row-activated", G_CALLBACK (on_row_activated), self, 0);

  gtk_container_add (GTK_CONTAINER (self->scrolled), self->changes_list);
  gtk_widget_set_vexpand (self->scrolled, TRUE);
  gtk_container_add (GTK_CONTAINER (outer), self->scrolled);
  /* Below the scrolled summary, so that it stays in view beside the
   * paragraph the reader is on. */
  gtk_container_add (GTK_CONTAINER (outer), self->language_panel);
  gtk_container_add (GTK_CONTAINER (self), outer);
  gtk_widget_show_all (outer);
}

/* Public API */

GtkWidget *
rd_summary_panel_new (void)
{
  return g_object_new (RD_TYPE_SUMMARY_PANEL, NULL);
}

RdComparison *
rd_summary_panel_get_comparison (RdSummaryPanel *self)
{
  g_return_val_if_fail (RD_IS_SUMMARY_PANEL (self), NULL);
  return self->comparison;
}

void
rd_summary_panel_set_comparison (RdSummaryPanel *self,
                                 RdComparison *comparison)
{
  g_return_if_fail (RD_IS_SUMMARY_PANEL (self));

  if (!g_set_object (&self->comparison, comparison))
    return;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

void
rd_summary_panel_set_current_change (RdSummaryPanel *self,
                                     int index)
{
  int row;

  g_return_if_fail (RD_IS_SUMMARY_PANEL (self));

  if (self->comparison != NULL)
    rd_language_panel_set_change (RD_LANGUAGE_PANEL (self->language_panel), self->presentation,
                                  index >= 0 ? rd_change_view_lookup_change (self->comparison, index) : NULL);
  row = index >= 0 ? find_row (self, index) : -1;
  set_selected (self, row);
  /* The list follows the current change. */
  if (row >= 0)
    rd_row_list_scroll_to_row (RD_ROW_LIST (self->changes_list), row, SCROLL_POSITION);
}

guint
rd_summary_panel_count_listed_changes (RdSummaryPanel *self)
{
  g_return_val_if_fail (RD_IS_SUMMARY_PANEL (self), 0);
  {
    guint listed = 0;

    /* The rows the filter lists (rd-change-filter.h). */
    for (guint row = 1; row <= self->listed->len; row++)
      listed += rd_row_list_get_row_shown (RD_ROW_LIST (self->changes_list), row);
    return listed;
  }
}

char *
rd_summary_panel_dup_listed_text (RdSummaryPanel *self,
                                  guint k)
{
  g_return_val_if_fail (RD_IS_SUMMARY_PANEL (self), NULL);
  g_return_val_if_fail (k < self->listed->len, NULL);
  return describe_listed_change (self, rd_change_view_lookup_change (self->comparison, g_array_index (self->listed, guint, k)));
}

RdChangeFilter *
rd_summary_panel_get_filter (RdSummaryPanel *self)
{
  g_return_val_if_fail (RD_IS_SUMMARY_PANEL (self), NULL);
  return self->filter;
}

GtkWidget *
rd_summary_panel_get_language_panel (RdSummaryPanel *self)
{
  g_return_val_if_fail (RD_IS_SUMMARY_PANEL (self), NULL);
  return self->language_panel;
}

void
rd_summary_panel_scroll_to_top (RdSummaryPanel *self)
{
  g_return_if_fail (RD_IS_SUMMARY_PANEL (self));

  if (rd_row_list_get_n_rows (RD_ROW_LIST (self->changes_list)) > 0)
    rd_row_list_scroll_to_row (RD_ROW_LIST (self->changes_list), BOX_ROW, 0);
}
