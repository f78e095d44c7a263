/* rd-symbol-dialog.c: open two versions by their document symbols
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-symbol-dialog.h"

#include <glib/gi18n.h>

#include "rd-fetch.h"

/* The struct */

struct _RdSymbolDialog
{
  GtkDialog parent_instance;

  GtkWidget *old_entry;
  GtkWidget *new_entry;
  GtkWidget *old_note;
  GtkWidget *new_note;
  GtkWidget *language_combo;
  GtkWidget *refresh_check;
  GtkWidget *progress_bar;
  GtkWidget *status_label;
  GtkWidget *compare_button;

  GCancellable *cancellable; /* while fetching */
  gboolean closed;           /* disposed while a fetch ran */
};

/* What the fetching thread is given. */
typedef struct
{
  char *symbols[2];
  char *language;
  RdFetchFlags flags;
  RdSymbolDialog *dialog; /* a reference, released in the main thread */
} Fetch;

/* One progress report, carried to the main thread. */
typedef struct
{
  RdSymbolDialog *dialog;
  char *symbol;
  guint index;
  guint64 received;
  guint64 total;
} Progress;

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdSymbolDialog, rd_symbol_dialog, GTK_TYPE_DIALOG)

/* Signals */

enum
{
  FETCHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Static helpers */

static void
fetch_free (Fetch *fetch)
{
  g_free (fetch->symbols[0]);
  g_free (fetch->symbols[1]);
  g_free (fetch->language);
  g_free (fetch);
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_object_unref (progress->dialog);
  g_free (progress->symbol);
  g_free (progress);
}

static const char *
selected_language (RdSymbolDialog *self)
{
  const char *id = gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->language_combo));

  return id != NULL ? id : "en";
}

/* The note under one entry: why it is not a symbol, or the cached copy
 * that will be used.  Returns whether the entry holds a symbol. */
static gboolean
check_entry (RdSymbolDialog *self,
             GtkWidget *entry,
             GtkWidget *note)
{
  const char *text = gtk_entry_get_text (GTK_ENTRY (entry));
  g_autofree char *symbol = rd_symbol_normalize (text, NULL);
  GtkStyleContext *style = gtk_widget_get_style_context (entry);
  RdFetchInfo info = { 0 };

  if (symbol == NULL)
    {
      gboolean typed = *text != '\0';

      /* Said as soon as something is typed that cannot become a symbol;
       * an empty entry is only incomplete. */
      if (typed)
        gtk_style_context_add_class (style, GTK_STYLE_CLASS_ERROR);
      else
        gtk_style_context_remove_class (style, GTK_STYLE_CLASS_ERROR);
      gtk_label_set_text (GTK_LABEL (note), typed ? _ ("Not a document symbol: like A/C.3/80/L.4 or A/RES/80/228") : "");
      return FALSE;
    }
  gtk_style_context_remove_class (style, GTK_STYLE_CLASS_ERROR);
  if (rd_fetch_is_cached (symbol, selected_language (self), &info))
    {
      g_autofree char *age = rd_fetch_describe_age (info.fetched_at);
      g_autofree char *message = NULL;

      /* TRANSLATORS: %s is an age: "3 days", "2 hours" */
      message = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->refresh_check))
                    ? g_strdup_printf (_ ("A copy fetched %s ago is in the cache; it will be fetched again"), age)
                    : g_strdup_printf (_ ("The copy in the cache will be used (fetched %s ago)"), age);
      gtk_label_set_text (GTK_LABEL (note), message);
    }
  else
    gtk_label_set_text (GTK_LABEL (note), "");
  return TRUE;
}

static void
update_state (RdSymbolDialog *self)
{
  gboolean old_valid = check_entry (self, self->old_entry, self->old_note);
  gboolean new_valid = check_entry (self, self->new_entry, self->new_note);
  gboolean fetching = self->cancellable != NULL;

  gtk_widget_set_sensitive (self->compare_button, old_valid && new_valid && !fetching);
  gtk_widget_set_sensitive (self->old_entry, !fetching);
  gtk_widget_set_sensitive (self->new_entry, !fetching);
  gtk_widget_set_sensitive (self->language_combo, !fetching);
  gtk_widget_set_sensitive (self->refresh_check, !fetching);
  gtk_widget_set_visible (self->progress_bar, fetching);
}

static gboolean
show_progress (gpointer data)
{
  Progress *progress = data;
  RdSymbolDialog *self = progress->dialog;
  double part = progress->total > 0 ? (double) progress->received / (double) progress->total : 0.0;
  g_autofree char *size = g_format_size (progress->received);
  g_autofree char *text = NULL;

  if (self->cancellable == NULL || self->closed)
    return G_SOURCE_REMOVE;
  /* Two documents: each is half the bar. */
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), (progress->index + MIN (part, 1.0)) / 2.0);
  /* TRANSLATORS: a document being fetched, and how much of it came */
  text = g_strdup_printf (_ ("Fetching %s… %s"), progress->symbol, size);
  gtk_progress_bar_set_text (GTK_PROGRESS_BAR (self->progress_bar), text);
  return G_SOURCE_REMOVE;
}

/* In the fetching thread. */
static void
report_progress (RdSymbolDialog *self,
                 guint index,
                 const char *symbol,
                 guint64 received,
                 guint64 total)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->dialog = g_object_ref (self);
  progress->symbol = g_strdup (symbol);
  progress->index = index;
  progress->received = received;
  progress->total = total;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, show_progress, progress, progress_free);
}

typedef struct
{
  RdSymbolDialog *dialog;
  guint index;
} ProgressTarget;

static void
on_fetch_progress (const char *symbol,
                   guint64 received,
                   guint64 total,
                   gpointer user_data)
{
  ProgressTarget *target = user_data;

  report_progress (target->dialog, target->index, symbol, received, total);
}

/* Both documents, then their records (a record that cannot be had is
 * left out: the window compares the texts all the same). */
static void
fetch_in_thread (GTask *task,
                 gpointer source_object,
                 gpointer task_data,
                 GCancellable *cancellable)
{
  Fetch *fetch = task_data;
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);
  GError *error = NULL;

  for (guint i = 0; i < 2; i++)
    {
      ProgressTarget target = { fetch->dialog, i };
      GFile *file;
      g_autoptr (RdRecord) record = NULL;

      report_progress (fetch->dialog, i, fetch->symbols[i], 0, 0);
      file = rd_fetch_document (fetch->symbols[i], fetch->language, fetch->flags, on_fetch_progress, &target, NULL,
                                cancellable, &error);
      if (file == NULL)
        {
          g_ptr_array_unref (files);
          g_task_return_error (task, error);
          return;
        }
      g_ptr_array_add (files, file);
      record = rd_fetch_record (fetch->symbols[i], fetch->flags, cancellable, NULL);
    }
  g_task_return_pointer (task, files, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_fetched (GObject *source,
            GAsyncResult *result,
            gpointer user_data)
{
  RdSymbolDialog *self = RD_SYMBOL_DIALOG (source);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) files = g_task_propagate_pointer (G_TASK (result), &error);

  g_clear_object (&self->cancellable);
  if (self->closed)
    return;
  update_state (self);
  if (files == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->status_label),
                          g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ? _ ("Cancelled") : error->message);
      return;
    }
  gtk_label_set_text (GTK_LABEL (self->status_label), "");
  g_signal_emit (self, signals[FETCHED], 0, g_ptr_array_index (files, 0), g_ptr_array_index (files, 1));
}

static void
start_fetch (RdSymbolDialog *self)
{
  Fetch *fetch = g_new0 (Fetch, 1);
  g_autoptr (GTask) task = NULL;

  fetch->symbols[0] = rd_symbol_normalize (gtk_entry_get_text (GTK_ENTRY (self->old_entry)), NULL);
  fetch->symbols[1] = rd_symbol_normalize (gtk_entry_get_text (GTK_ENTRY (self->new_entry)), NULL);
  fetch->language = g_strdup (selected_language (self));
  fetch->flags = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->refresh_check)) ? RD_FETCH_REFRESH : RD_FETCH_DEFAULT;
  fetch->dialog = self;
  g_return_if_fail (fetch->symbols[0] != NULL && fetch->symbols[1] != NULL);

  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), 0.0);
  gtk_label_set_text (GTK_LABEL (self->status_label), "");
  update_state (self);
  /* The task holds the dialog until the thread is done. */
  task = g_task_new (self, self->cancellable, on_fetched, NULL);
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);
  g_task_run_in_thread (task, fetch_in_thread);
}

/* Callbacks */

static void
on_entry_changed (RdSymbolDialog *self)
{
  update_state (self);
}

static void
on_response (GtkDialog *dialog,
             int response)
{
  RdSymbolDialog *self = RD_SYMBOL_DIALOG (dialog);

  if (response == GTK_RESPONSE_OK)
    {
      if (self->cancellable == NULL && rd_symbol_dialog_is_valid (self))
        start_fetch (self);
      return;
    }
  /* Cancel stops a fetch and keeps the dialog; otherwise it closes. */
  if (response == GTK_RESPONSE_CANCEL && self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      return;
    }
  gtk_widget_destroy (GTK_WIDGET (self));
}

/* GObject overrides */

static void
rd_symbol_dialog_dispose (GObject *object)
{
  RdSymbolDialog *self = RD_SYMBOL_DIALOG (object);

  /* A fetch still running ends without touching the widgets. */
  self->closed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  G_OBJECT_CLASS (rd_symbol_dialog_parent_class)->dispose (object);
}

static void
rd_symbol_dialog_finalize (GObject *object)
{
  RdSymbolDialog *self = RD_SYMBOL_DIALOG (object);

  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (rd_symbol_dialog_parent_class)->finalize (object);
}

/* Class and instance init */

static void
rd_symbol_dialog_class_init (RdSymbolDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkDialogClass *dialog_class = GTK_DIALOG_CLASS (klass);

  object_class->dispose = rd_symbol_dialog_dispose;
  object_class->finalize = rd_symbol_dialog_finalize;
  dialog_class->response = on_response;

  /* Both documents are in the cache: the earlier's file, the later's. */
  signals[FETCHED] = g_signal_new ("fetched", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/resdiff/Resdiff/ui/rd-symbol-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RdSymbolDialog, old_entry);
  gtk_widget_class_bind_template_child (widget_class, RdSymbolDialog, new_entry);
  gtk_widget_class_bind_template_child (widget_class, RdSymbolDialog, old_note);
  gtk_widget_class_bind_template_child (widget_class, RdSymbolDialog, new_note);
  gtk_widget_class_bind_template_child (widget_class, RdSymbolDialog, language_combo);
  gtk_widget_class_bind_template_child (widget_class, RdSymbolDialog, refresh_check);
  gtk_widget_class_bind_template_child (widget_class, RdSymbolDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, RdSymbolDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, RdSymbolDialog, compare_button);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
}

static void
rd_symbol_dialog_init (RdSymbolDialog *self)
{
  const char *const *languages = rd_fetch_get_languages ();

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; languages[i] != NULL; i++)
    gtk_combo_box_text_append (GTK_COMBO_BOX_TEXT (self->language_combo), languages[i], rd_fetch_language_name (languages[i]));
  /* The language chosen in the preferences (else the desktop's); a choice
   * here is for this fetch only. */
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->language_combo), rd_fetch_get_default_language ());
  g_signal_connect_swapped (self->refresh_check, "toggled", G_CALLBACK (update_state), self);
  /* The cache keeps each language apart: the notes say what another
   * language would use. */
  g_signal_connect_swapped (self->language_combo, "changed", G_CALLBACK (update_state), self);
  update_state (self);
}

/* Public API */

GtkWidget *
rd_symbol_dialog_new (GtkWindow *parent)
{
  return g_object_new (RD_TYPE_SYMBOL_DIALOG, "transient-for", parent, "use-header-bar", FALSE, NULL);
}

void
rd_symbol_dialog_set_symbols (RdSymbolDialog *self,
                              const char *old_symbol,
                              const char *new_symbol)
{
  g_return_if_fail (RD_IS_SYMBOL_DIALOG (self));

  gtk_entry_set_text (GTK_ENTRY (self->old_entry), old_symbol != NULL ? old_symbol : "");
  gtk_entry_set_text (GTK_ENTRY (self->new_entry), new_symbol != NULL ? new_symbol : "");
}

const char *
rd_symbol_dialog_get_language (RdSymbolDialog *self)
{
  g_return_val_if_fail (RD_IS_SYMBOL_DIALOG (self), NULL);
  return selected_language (self);
}

void
rd_symbol_dialog_set_language (RdSymbolDialog *self,
                               const char *language)
{
  g_return_if_fail (RD_IS_SYMBOL_DIALOG (self));
  g_return_if_fail (rd_fetch_language_is_valid (language));

  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->language_combo), language);
}

gboolean
rd_symbol_dialog_is_valid (RdSymbolDialog *self)
{
  g_return_val_if_fail (RD_IS_SYMBOL_DIALOG (self), FALSE);

  g_autofree char *old_symbol = rd_symbol_normalize (gtk_entry_get_text (GTK_ENTRY (self->old_entry)), NULL);
  g_autofree char *new_symbol = rd_symbol_normalize (gtk_entry_get_text (GTK_ENTRY (self->new_entry)), NULL);

  return old_symbol != NULL && new_symbol != NULL;
}

gboolean
rd_symbol_dialog_is_fetching (RdSymbolDialog *self)
{
  g_return_val_if_fail (RD_IS_SYMBOL_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

const char *
rd_symbol_dialog_get_note (RdSymbolDialog *self,
                           gboolean later)
{
  g_return_val_if_fail (RD_IS_SYMBOL_DIALOG (self), NULL);

  return gtk_label_get_text (GTK_LABEL (later ? self->new_note : self->old_note));
}

const char *
rd_symbol_dialog_get_status (RdSymbolDialog *self)
{
  g_return_val_if_fail (RD_IS_SYMBOL_DIALOG (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->status_label));
}
