/* rd-start-page.c: choose or drop the two versions, or a recent pair
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-start-page.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rd-loader.h"
#include "rd-recent-pairs.h"

/* The struct */

struct _RdStartPage
{
  GtkBin parent_instance;

  GFile *files[2];          /* earlier, later */
  char *details[2];         /* "A/C.3/80/L.4 · draft resolution · …" once read */
  GCancellable *reading[2]; /* reading a chosen file for its details */
  GtkWidget *swap_button;
  GPtrArray *amendments; /* GFile *: amendments to the earlier version */

  GtkWidget *old_button;
  GtkWidget *new_button;
  GtkWidget *old_label;
  GtkWidget *new_label;
  GtkWidget *compare_button;
  GtkWidget *amendments_label;
  GtkWidget *clear_amendments_button;
  GtkWidget *recent_box;
  GtkWidget *recent_list;
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdStartPage, rd_start_page, GTK_TYPE_BIN)

/* Signals */

enum
{
  COMPARE,
  COMPARE_AMENDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Recent pairs shown: enough for a week's revisions of a few drafts. */
#define MAX_RECENT_PAIRS 8

#define PAIR_KEY "rd-recent-pair"

/* Static helpers */

/* A widget's drop target: what it does with files dropped on it. */
typedef struct
{
  RdDropFunc on_drop;
  gpointer user_data;
} DropTarget;

static void
update (RdStartPage *self)
{
  GtkWidget *labels[2] = { self->old_label, self->new_label };

  for (guint i = 0; i < 2; i++)
    {
      if (self->files[i] != NULL)
        {
          g_autofree char *name = g_file_get_basename (self->files[i]);
          g_autofree char *text = self->details[i] != NULL ? g_strdup_printf ("%s\n%s", name, self->details[i]) : g_strdup (name);

          gtk_label_set_text (GTK_LABEL (labels[i]), text);
        }
      else
        gtk_label_set_text (GTK_LABEL (labels[i]), _ ("Drop a file here or click to choose"));
    }
  /* A draft with amendments needs no later version. */
  gtk_widget_set_sensitive (self->compare_button, self->files[0] != NULL && (self->files[1] != NULL || self->amendments->len > 0));
  gtk_widget_set_sensitive (self->swap_button, self->files[0] != NULL || self->files[1] != NULL);
  gtk_widget_set_sensitive (self->clear_amendments_button, self->amendments->len > 0);
  if (self->amendments->len == 0)
    gtk_label_set_text (GTK_LABEL (self->amendments_label), _ ("No amendments"));
  else
    {
      g_autoptr (GString) names = g_string_new (NULL);
      g_autofree char *count = g_strdup_printf ("%u", self->amendments->len);
      g_autofree char *text = NULL;

      for (guint i = 0; i < self->amendments->len; i++)
        {
          g_autofree char *name = g_file_get_basename (g_ptr_array_index (self->amendments, i));

          if (names->len > 0)
            g_string_append (names, ", ");
          g_string_append (names, name);
        }
      /* TRANSLATORS: "Amendments (2): A_80_L.19.pdf, A_80_L.20.pdf" */
      text = g_strdup_printf (_ ("Amendments (%s): %s"), count, names->str);
      gtk_label_set_text (GTK_LABEL (self->amendments_label), text);
    }
}

/* What the reader checks before comparing: symbol, type, date, title. */
static char *
describe_document (RdDocument *document)
{
  const RdField fields[] = { RD_FIELD_SYMBOL, RD_FIELD_DOCUMENT_TYPE, RD_FIELD_DATE };
  g_autoptr (GString) text = g_string_new (NULL);
  const char *title = rd_document_get_title (document);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value = rd_document_get_field (document, fields[i]);

      if (value == NULL || *value == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, value);
    }
  if (title != NULL && *title != '\0')
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", title);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

typedef struct
{
  RdStartPage *self; /* a reference, until the read ends */
  guint side;
  GCancellable *cancellable; /* which read this is */
} ReadData;

static void
on_read_done (GObject *source,
              GAsyncResult *result,
              gpointer user_data)
{
  g_autofree ReadData *data = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) documents = rd_loader_load_finish (RD_LOADER (source), result, &error);
  g_autoptr (RdStartPage) self = data->self;

  g_autoptr (GCancellable) cancellable = data->cancellable;

  /* A read replaced by a newer one (another file, a swap) says nothing. */
  if (cancellable != self->reading[data->side])
    return;
  g_clear_object (&self->reading[data->side]);
  g_clear_pointer (&self->details[data->side], g_free);
  if (documents != NULL && documents->len > 0)
    self->details[data->side] = describe_document (g_ptr_array_index (documents, 0));
  else if (error != NULL)
    self->details[data->side] = g_strdup (error->message);
  update (self);
}

/* Reads a chosen file (in a thread, as for a comparison) to show what it
 * is. */
static void
read_details (RdStartPage *self,
              guint side)
{
  g_autoptr (RdLoader) loader = NULL;
  ReadData *data;

  if (self->reading[side] != NULL)
    g_cancellable_cancel (self->reading[side]);
  g_clear_object (&self->reading[side]);
  g_clear_pointer (&self->details[side], g_free);
  if (self->files[side] == NULL)
    return;
  loader = rd_loader_new (NULL);
  rd_loader_add_file (loader, self->files[side]);
  self->reading[side] = g_cancellable_new ();
  data = g_new0 (ReadData, 1);
  data->self = g_object_ref (self);
  data->side = side;
  data->cancellable = g_object_ref (self->reading[side]);
  rd_loader_load_async (loader, self->reading[side], on_read_done, data);
}

static void
add_filters (GtkFileChooser *chooser)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  const char *types[] = {
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
    "text/html",
    "application/xhtml+xml",
    "application/xml",
    "text/xml",
    "text/plain",
  };

  gtk_file_filter_set_name (filter, _ ("Resolutions"));
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    gtk_file_filter_add_mime_type (filter, types[i]);
  gtk_file_chooser_add_filter (chooser, filter);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _ ("All files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
on_chooser_response (GtkNativeDialog *dialog,
                     int response,
                     gpointer user_data)
{
  RdStartPage *self = RD_START_PAGE (user_data);
  gboolean later = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "rd-later"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      rd_start_page_set_file (self, later, file);
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
choose_file (RdStartPage *self,
             gboolean later)
{
  GtkWidget *toplevel = gtk_widget_get_toplevel (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (later ? _ ("Choose the Later Version") : _ ("Choose the Earlier Version"),
                                         GTK_IS_WINDOW (toplevel) ? GTK_WINDOW (toplevel) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Open"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_filters (GTK_FILE_CHOOSER (chooser));
  if (self->files[!later] != NULL)
    {
      g_autoptr (GFile) parent = g_file_get_parent (self->files[!later]);
      if (parent != NULL)
        gtk_file_chooser_set_current_folder_file (GTK_FILE_CHOOSER (chooser), parent, NULL);
    }
  g_object_set_data (G_OBJECT (chooser), "rd-later", GINT_TO_POINTER (later));
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_amendments_chosen (GtkNativeDialog *dialog,
                      int response,
                      gpointer user_data)
{
  RdStartPage *self = RD_START_PAGE (user_data);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GSList) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      for (GSList *l = files; l != NULL; l = l->next)
        {
          rd_start_page_add_amendment (self, l->data);
          g_object_unref (l->data);
        }
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

/* "draft resolution → resolution": the types, when both were read. */
static char *
recent_types (const RdRecentPair *pair)
{
  if (pair->old_type == NULL || pair->new_type == NULL)
    return NULL;
  return g_strdup_printf ("%s → %s", pair->old_type, pair->new_type);
}

/* @with_folder: another pair reads the same ("old.txt → new.txt" three
 * times read as one pair): the later version's folder tells them apart. */
static GtkWidget *
new_recent_row (const RdRecentPair *pair,
                gboolean with_folder)
{
  g_autofree char *names = rd_recent_pair_dup_title (pair);
  g_autoptr (GFile) folder = g_file_get_parent (pair->new_file);
  g_autofree char *folder_name = with_folder && folder != NULL ? g_file_get_basename (folder) : NULL;
  g_autofree char *title = folder_name != NULL ? g_strdup_printf ("%s  (%s)", names, folder_name) : g_strdup (names);
  g_autofree char *old_name = g_file_get_basename (pair->old_file);
  g_autofree char *new_name = g_file_get_basename (pair->new_file);
  g_autofree char *types = recent_types (pair);
  g_autoptr (GString) details = g_string_new (NULL);
  g_autoptr (GDateTime) when = g_date_time_new_from_unix_local (pair->modified);
  /* "5 Dec 2026, 20:15": never "12/05/26", which reads two ways; the
   * order of day, month and year is the language's, the month's name the
   * locale's. */
  g_autofree char *date = when != NULL
                              /* TRANSLATORS: when a pair was last compared, as
                               * g_date_time_format writes it: "5 Dec 2026, 20:15" */
                              ? g_date_time_format (when, _ ("%e %b %Y, %H:%M"))
                              : g_strdup ("");
  g_autofree char *path = g_file_get_parse_name (pair->new_file);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *date_label;

  /* %e pads a single digit with a figure space: " 6 Dec", set apart. */
  if (g_str_has_prefix (date, "\u2007"))
    memmove (date, date + strlen ("\u2007"), strlen (date) - strlen ("\u2007") + 1);
  date_label = gtk_label_new (g_strstrip (date));
  /* Under the symbols, what they are and which files: the symbols alone
   * do not say which copy on disk was compared. */
  if (types != NULL)
    g_string_append (details, types);
  if (pair->old_symbol != NULL || pair->new_symbol != NULL)
    g_string_append_printf (details, "%s%s → %s", details->len > 0 ? " · " : "", old_name, new_name);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_hexpand (text_box, TRUE);
  gtk_style_context_add_class (gtk_widget_get_style_context (date_label), "dim-label");
  gtk_container_add (GTK_CONTAINER (text_box), label);
  if (details->len > 0)
    {
      GtkWidget *details_label = gtk_label_new (details->str);

      gtk_label_set_ellipsize (GTK_LABEL (details_label), PANGO_ELLIPSIZE_MIDDLE);
      gtk_label_set_xalign (GTK_LABEL (details_label), 0.0);
      gtk_style_context_add_class (gtk_widget_get_style_context (details_label), "dim-label");
      gtk_container_add (GTK_CONTAINER (text_box), details_label);
    }
  gtk_container_add (GTK_CONTAINER (box), text_box);
  gtk_container_add (GTK_CONTAINER (box), date_label);
  gtk_container_add (GTK_CONTAINER (row), box);
  gtk_widget_set_tooltip_text (row, path);
  {
    g_autofree char *spoken = details->len > 0 ? g_strdup_printf ("%s, %s, %s", title, details->str, date) : g_strdup_printf ("%s, %s", title, date);

    atk_object_set_name (gtk_widget_get_accessible (row), spoken);
  }
  gtk_widget_show_all (row);
  return row;
}

/* Callbacks */

static void
on_old_clicked (GtkButton *button,
                RdStartPage *self)
{
  choose_file (self, FALSE);
}

static void
on_new_clicked (GtkButton *button,
                RdStartPage *self)
{
  choose_file (self, TRUE);
}

static void
on_swap_clicked (GtkButton *button,
                 RdStartPage *self)
{
  GFile *file = self->files[0];
  char *details = self->details[0];
  GCancellable *reading = self->reading[0];
  self->files[0] = self->files[1];
  self->files[1] = file;
  self->details[0] = self->details[1];
  self->details[1] = details;
  /* A read still running would land on the wrong side: start again. */
  if (reading != NULL || self->reading[1] != NULL)
    {
      self->reading[0] = self->reading[1];
      self->reading[1] = reading;
      read_details (self, 0);
      read_details (self, 1);
    }
  update (self);
}

static void
on_compare_clicked (GtkButton *button,
                    RdStartPage *self)
{
  if (self->files[0] != NULL && self->amendments->len > 0)
    {
      /* The draft, the later version if one was chosen (an amendment
       * too, or the draft's other text: the loader says which), then the
       * amendments. */
      g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      g_ptr_array_add (files, g_object_ref (self->files[0]));
      if (self->files[1] != NULL)
        g_ptr_array_add (files, g_object_ref (self->files[1]));
      for (guint i = 0; i < self->amendments->len; i++)
        g_ptr_array_add (files, g_object_ref (g_ptr_array_index (self->amendments, i)));
      g_signal_emit (self, signals[COMPARE_AMENDED], 0, files);
    }
  else if (self->files[0] != NULL && self->files[1] != NULL)
    g_signal_emit (self, signals[COMPARE], 0, self->files[0], self->files[1]);
}

static void
on_add_amendments_clicked (GtkButton *button,
                           RdStartPage *self)
{
  GtkWidget *toplevel = gtk_widget_get_toplevel (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_ ("Choose Amendments to the Draft"),
                                         GTK_IS_WINDOW (toplevel) ? GTK_WINDOW (toplevel) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Add"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  add_filters (GTK_FILE_CHOOSER (chooser));
  if (self->files[0] != NULL)
    {
      g_autoptr (GFile) parent = g_file_get_parent (self->files[0]);
      if (parent != NULL)
        gtk_file_chooser_set_current_folder_file (GTK_FILE_CHOOSER (chooser), parent, NULL);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (on_amendments_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_clear_amendments_clicked (GtkButton *button,
                             RdStartPage *self)
{
  rd_start_page_clear_amendments (self);
}

static void
on_recent_activated (GtkListBox *list,
                     GtkListBoxRow *row,
                     RdStartPage *self)
{
  RdRecentPair *pair = g_object_get_data (G_OBJECT (row), PAIR_KEY);

  if (pair == NULL)
    return;
  g_set_object (&self->files[0], pair->old_file);
  g_set_object (&self->files[1], pair->new_file);
  update (self);
  g_signal_emit (self, signals[COMPARE], 0, self->files[0], self->files[1]);
}

static void
on_files_dropped (GtkWidget *widget,
                  int x,
                  GPtrArray *files,
                  gpointer user_data)
{
  RdStartPage *self = RD_START_PAGE (user_data);

  if (files->len > 2)
    {
      /* A draft with its amendments (or a series), all at once: the
       * window reads them and says which is which. */
      g_signal_emit (self, signals[COMPARE_AMENDED], 0, files);
    }
  else if (files->len == 2)
    {
      /* Two files at once: the earlier first, as on the command line;
       * both chosen, so compared at once. */
      g_set_object (&self->files[0], g_ptr_array_index (files, 0));
      rd_start_page_set_file (self, TRUE, g_ptr_array_index (files, 1));
      g_signal_emit (self, signals[COMPARE], 0, self->files[0], self->files[1]);
    }
  else
    rd_start_page_set_file (self, widget == self->new_button, g_ptr_array_index (files, 0));
}

/* A drop target's files (rd_drop_target_setup()). */
static void
on_drop_target_data_received (GtkWidget *widget,
                              GdkDragContext *context,
                              int x,
                              int y,
                              GtkSelectionData *data,
                              guint info,
                              guint time,
                              gpointer user_data)
{
  DropTarget *target = user_data;
  g_auto (GStrv) uris = gtk_selection_data_get_uris (data);
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; uris != NULL && uris[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_uri (uris[i]));
  if (files->len == 0)
    {
      gtk_drag_finish (context, FALSE, FALSE, time);
      return;
    }
  target->on_drop (widget, x, files, target->user_data);
  gtk_drag_finish (context, TRUE, FALSE, time);
}

/* GObject overrides */

static void
rd_start_page_dispose (GObject *object)
{
  RdStartPage *self = RD_START_PAGE (object);

  rd_start_page_cancel_reading (self);
  for (guint i = 0; i < 2; i++)
    {
      g_clear_object (&self->reading[i]);
      g_clear_pointer (&self->details[i], g_free);
      g_clear_object (&self->files[i]);
    }
  g_clear_pointer (&self->amendments, g_ptr_array_unref);
  G_OBJECT_CLASS (rd_start_page_parent_class)->dispose (object);
}

/* Class and instance init */

static void
rd_start_page_class_init (RdStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_start_page_dispose;

  /* Both versions are chosen: compare them. */
  signals[COMPARE] =
      g_signal_new ("compare", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                    0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_FILE);
  /* A draft with amendments chosen (or more than two files dropped):
   * compare them all (GPtrArray of GFile *, in order). */
  signals[COMPARE_AMENDED] =
      g_signal_new ("compare-amended", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/resdiff/Resdiff/ui/rd-start-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RdStartPage, old_button);
  gtk_widget_class_bind_template_child (widget_class, RdStartPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, RdStartPage, old_label);
  gtk_widget_class_bind_template_child (widget_class, RdStartPage, new_label);
  gtk_widget_class_bind_template_child (widget_class, RdStartPage, compare_button);
  gtk_widget_class_bind_template_child (widget_class, RdStartPage, amendments_label);
  gtk_widget_class_bind_template_child (widget_class, RdStartPage, clear_amendments_button);
  gtk_widget_class_bind_template_child (widget_class, RdStartPage, recent_box);
  gtk_widget_class_bind_template_child (widget_class, RdStartPage, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, on_old_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_new_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_compare_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_amendments_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_amendments_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_recent_activated);
}

static void
rd_start_page_init (RdStartPage *self)
{
  self->amendments = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));

  rd_drop_target_setup (self->old_button, on_files_dropped, self);
  rd_drop_target_setup (self->new_button, on_files_dropped, self);
  /* Between the two boxes: swap earlier and later. */
  self->swap_button = gtk_button_new_from_icon_name ("object-flip-horizontal-symbolic", GTK_ICON_SIZE_BUTTON);
  gtk_widget_set_tooltip_text (self->swap_button, _ ("Swap the earlier and the later version"));
  atk_object_set_name (gtk_widget_get_accessible (self->swap_button), _ ("Swap versions"));
  gtk_widget_set_valign (self->swap_button, GTK_ALIGN_CENTER);
  gtk_style_context_add_class (gtk_widget_get_style_context (self->swap_button), "circular");
  g_signal_connect_object (self->swap_button, "clicked", G_CALLBACK (on_swap_clicked), self, 0);
  gtk_box_set_homogeneous (GTK_BOX (gtk_widget_get_parent (self->old_button)), FALSE);
  gtk_container_add (GTK_CONTAINER (gtk_widget_get_parent (self->old_button)), self->swap_button);
  gtk_box_reorder_child (GTK_BOX (gtk_widget_get_parent (self->old_button)), self->swap_button, 1);
  gtk_widget_show (self->swap_button);
  /* The boxes keep one width whatever the names in them. */
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *label = i == 0 ? self->old_label : self->new_label;

      gtk_label_set_width_chars (GTK_LABEL (label), 30);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
      gtk_label_set_lines (GTK_LABEL (label), 5);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_size_request (i == 0 ? self->old_button : self->new_button, 280, -1);
    }
  rd_start_page_refresh_recent (self);
  update (self);
}

/* Public API */

GtkWidget *
rd_start_page_new (void)
{
  return g_object_new (RD_TYPE_START_PAGE, NULL);
}

void
rd_start_page_set_file (RdStartPage *self,
                        gboolean later,
                        GFile *file)
{
  g_return_if_fail (RD_IS_START_PAGE (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (g_set_object (&self->files[later ? 1 : 0], file))
    read_details (self, later ? 1 : 0);
  update (self);
}

GFile *
rd_start_page_get_file (RdStartPage *self,
                        gboolean later)
{
  g_return_val_if_fail (RD_IS_START_PAGE (self), NULL);
  return self->files[later ? 1 : 0];
}

void
rd_start_page_refresh_recent (RdStartPage *self)
{
  g_autoptr (GPtrArray) pairs = rd_recent_pairs_list (MAX_RECENT_PAIRS);
  g_autoptr (GList) rows = gtk_container_get_children (GTK_CONTAINER (self->recent_list));
  g_autoptr (GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (RD_IS_START_PAGE (self));

  for (GList *l = rows; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);

  for (guint i = 0; i < pairs->len; i++)
    g_ptr_array_add (titles, rd_recent_pair_dup_title (g_ptr_array_index (pairs, i)));
  for (guint i = 0; i < pairs->len; i++)
    {
      RdRecentPair *pair = g_ptr_array_index (pairs, i);
      gboolean same_names = FALSE;
      GtkWidget *row;

      for (guint k = 0; k < titles->len && !same_names; k++)
        same_names = k != i && g_str_equal (g_ptr_array_index (titles, i), g_ptr_array_index (titles, k));
      row = new_recent_row (pair, same_names);

      g_object_set_data_full (G_OBJECT (row), PAIR_KEY, g_steal_pointer (&pairs->pdata[i]),
                              (GDestroyNotify) rd_recent_pair_free);
      gtk_container_add (GTK_CONTAINER (self->recent_list), row);
    }
  gtk_widget_set_visible (self->recent_box, pairs->len > 0);
}

void
rd_drop_target_setup (GtkWidget *widget,
                      RdDropFunc on_drop,
                      gpointer user_data)
{
  DropTarget *target = g_new0 (DropTarget, 1);

  target->on_drop = on_drop;
  target->user_data = user_data;
  gtk_drag_dest_set (widget, GTK_DEST_DEFAULT_ALL, NULL, 0, GDK_ACTION_COPY);
  gtk_drag_dest_add_uri_targets (widget);
  /* The target lives as long as its widget. */
  g_object_set_data_full (G_OBJECT (widget), "rd-drop-target", target, g_free);
  g_signal_connect (widget, "drag-data-received", G_CALLBACK (on_drop_target_data_received), target);
}

gboolean
rd_start_page_get_reading (RdStartPage *self)
{
  g_return_val_if_fail (RD_IS_START_PAGE (self), FALSE);
  return self->reading[0] != NULL || self->reading[1] != NULL;
}

const char *
rd_start_page_get_details (RdStartPage *self,
                           gboolean later)
{
  g_return_val_if_fail (RD_IS_START_PAGE (self), NULL);
  return self->details[later ? 1 : 0];
}

void
rd_start_page_swap (RdStartPage *self)
{
  g_return_if_fail (RD_IS_START_PAGE (self));
  on_swap_clicked (NULL, self);
}

void
rd_start_page_add_amendment (RdStartPage *self,
                             GFile *file)
{
  g_return_if_fail (RD_IS_START_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  for (guint i = 0; i < self->amendments->len; i++)
    if (g_file_equal (g_ptr_array_index (self->amendments, i), file))
      return;
  g_ptr_array_add (self->amendments, g_object_ref (file));
  update (self);
}

void
rd_start_page_clear_amendments (RdStartPage *self)
{
  g_return_if_fail (RD_IS_START_PAGE (self));

  g_ptr_array_set_size (self->amendments, 0);
  update (self);
}

guint
rd_start_page_get_n_amendments (RdStartPage *self)
{
  g_return_val_if_fail (RD_IS_START_PAGE (self), 0);
  return self->amendments->len;
}

const char *
rd_start_page_get_amendments_text (RdStartPage *self)
{
  g_return_val_if_fail (RD_IS_START_PAGE (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->amendments_label));
}

gboolean
rd_start_page_can_compare (RdStartPage *self)
{
  g_return_val_if_fail (RD_IS_START_PAGE (self), FALSE);
  return gtk_widget_get_sensitive (self->compare_button);
}

void
rd_start_page_compare (RdStartPage *self)
{
  g_return_if_fail (RD_IS_START_PAGE (self));
  on_compare_clicked (NULL, self);
}

void
rd_start_page_cancel_reading (RdStartPage *self)
{
  g_return_if_fail (RD_IS_START_PAGE (self));

  for (guint i = 0; i < 2; i++)
    if (self->reading[i] != NULL)
      g_cancellable_cancel (self->reading[i]);
}
