/* rd-print-job.c: printing a comparison with GtkPrintOperation
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As gedit's print job: this object owns the GtkPrintOperation and hands
 * pagination and drawing to the compositor.  Page setup and print
 * settings are kept between runs in a key file, as evince keeps them.
 */

#include "config.h"

#include "rd-print-job.h"

#include "rd-print-preview.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>

/* The struct */

struct _RdPrintJob
{
  GObject parent_instance;

  RdComparison *comparison;
  RdLayout layout;
  gboolean changes_only;
  gboolean show_renumbered;
  gboolean substantive_only;
  GtkPrintSettings *settings;
  GtkPageSetup *page_setup;
  char *export_filename;

  /* While running */
  GtkPrintOperation *operation;
  RdPrintCompositor *compositor;
  gboolean previewing; /* our preview window has the operation */
  GtkWindow *parent;   /* weak */
};

G_DEFINE_TYPE (RdPrintJob, rd_print_job, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_COMPARISON,
  PROP_LAYOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Key file groups, as evince names them. */
#define PRINT_SETTINGS_GROUP "Print Settings"
#define PAGE_SETUP_GROUP "Page Setup"
/* The orientation chosen for each layout: side by side wants landscape
 * even when the last redline went out in portrait. */
#define LAYOUT_GROUP "Layouts"

/* Static helpers */

static const char *
orientation_key (RdLayout layout)
{
  return layout == RD_LAYOUT_SIDE_BY_SIDE ? "side-by-side-orientation" : "redline-orientation";
}

static GKeyFile *
load_key_file (void)
{
  g_autofree char *path = rd_print_job_get_settings_path ();
  GKeyFile *key_file = g_key_file_new ();

  /* No file yet (or an unreadable one) means the defaults. */
  g_key_file_load_from_file (key_file, path, G_KEY_FILE_KEEP_COMMENTS, NULL);
  return key_file;
}

static GtkPageOrientation
default_orientation (RdLayout layout)
{
  return layout == RD_LAYOUT_SIDE_BY_SIDE ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT;
}

static GtkPageOrientation
orientation_from_string (const char *nick,
                         GtkPageOrientation fallback)
{
  g_autoptr (GEnumClass) enum_class = g_type_class_ref (GTK_TYPE_PAGE_ORIENTATION);
  GEnumValue *value = nick != NULL ? g_enum_get_value_by_nick (enum_class, nick) : NULL;

  return value != NULL ? (GtkPageOrientation) value->value : fallback;
}

static const char *
orientation_to_string (GtkPageOrientation orientation)
{
  g_autoptr (GEnumClass) enum_class = g_type_class_ref (GTK_TYPE_PAGE_ORIENTATION);
  GEnumValue *value = g_enum_get_value (enum_class, orientation);

  return value != NULL ? value->value_nick : "portrait";
}

/* A file name for "Print to File" from the later version's symbol:
 * "A-C.3-68-L.4-Rev.1 compared". */
static char *
output_basename (RdComparison *comparison)
{
  RdDocument *document = rd_comparison_get_new (comparison);
  const char *symbol = rd_document_get_symbol (document);
  g_autofree char *name = symbol != NULL ? g_strdup (symbol) : g_path_get_basename (rd_document_get_file (document));
  char *dot;

  if (symbol == NULL && (dot = strrchr (name, '.')) != NULL && dot != name)
    *dot = '\0';
  g_strdelimit (name, "/\\:", '-');
  /* TRANSLATORS: the default file name when printing to a file; %s is the
   * later version's symbol or file name */
  return g_strdup_printf (_ ("%s compared"), name);
}

static void
load_settings (RdPrintJob *self)
{
  g_autoptr (GKeyFile) key_file = load_key_file ();
  g_autofree char *orientation = NULL;
  g_autofree char *basename = NULL;
  GtkPageOrientation chosen;

  self->settings = gtk_print_settings_new_from_key_file (key_file, PRINT_SETTINGS_GROUP, NULL);
  if (self->settings == NULL)
    self->settings = gtk_print_settings_new ();
  self->page_setup = gtk_page_setup_new_from_key_file (key_file, PAGE_SETUP_GROUP, NULL);
  if (self->page_setup == NULL)
    self->page_setup = gtk_page_setup_new ();

  orientation = g_key_file_get_string (key_file, LAYOUT_GROUP, orientation_key (self->layout), NULL);
  chosen = orientation_from_string (orientation, default_orientation (self->layout));
  gtk_page_setup_set_orientation (self->page_setup, chosen);
  gtk_print_settings_set_orientation (self->settings, chosen);

  /* The last file printed to is no name for this comparison. */
  gtk_print_settings_set (self->settings, GTK_PRINT_SETTINGS_OUTPUT_URI, NULL);
  basename = output_basename (self->comparison);
  gtk_print_settings_set (self->settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, basename);
}

/* Callbacks */

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext *context,
                gpointer user_data)
{
  RdPrintJob *self = RD_PRINT_JOB (user_data);
  GtkPageSetup *page_setup = gtk_print_context_get_page_setup (context);
  double top = 0.0;
  double bottom = 0.0;
  double left = 0.0;
  double right = 0.0;

  /* What the user chose in the dialog's Page Setup tab, to remember. */
  g_clear_object (&self->page_setup);
  self->page_setup = gtk_page_setup_copy (page_setup);

  g_clear_object (&self->compositor);
  self->compositor = rd_print_compositor_new (self->comparison, self->layout);
  rd_print_compositor_set_changes_only (self->compositor, self->changes_only);
  rd_print_compositor_set_show_renumbered (self->compositor, self->show_renumbered);
  rd_print_compositor_set_substantive_only (self->compositor, self->substantive_only);
  /* Full page, in points: the context is the paper as it lies. */
  rd_print_compositor_set_page_size (self->compositor, gtk_print_context_get_width (context), gtk_print_context_get_height (context));
  rd_print_compositor_get_margins (self->compositor, &top, &bottom, &left, &right);
  /* Never inside the printer's unprintable border. */
  rd_print_compositor_set_margins (self->compositor,
                                   MAX (top, gtk_page_setup_get_top_margin (page_setup, GTK_UNIT_POINTS)),
                                   MAX (bottom, gtk_page_setup_get_bottom_margin (page_setup, GTK_UNIT_POINTS)),
                                   MAX (left, gtk_page_setup_get_left_margin (page_setup, GTK_UNIT_POINTS)),
                                   MAX (right, gtk_page_setup_get_right_margin (page_setup, GTK_UNIT_POINTS)));
}

static gboolean
on_paginate (GtkPrintOperation *operation,
             GtkPrintContext *context,
             gpointer user_data)
{
  RdPrintJob *self = RD_PRINT_JOB (user_data);

  if (!rd_print_compositor_paginate (self->compositor, gtk_print_context_get_cairo_context (context)))
    return FALSE;
  gtk_print_operation_set_n_pages (operation, (int) rd_print_compositor_get_n_pages (self->compositor));
  return TRUE;
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext *context,
              int page_nr,
              gpointer user_data)
{
  RdPrintJob *self = RD_PRINT_JOB (user_data);

  rd_print_compositor_draw_page (self->compositor, gtk_print_context_get_cairo_context (context), (guint) page_nr);
}

static void
on_end_print (GtkPrintOperation *operation,
              GtkPrintContext *context,
              gpointer user_data)
{
  RdPrintJob *self = RD_PRINT_JOB (user_data);

  g_clear_object (&self->compositor);
}

/* GObject overrides */

static void
rd_print_job_finalize (GObject *object)
{
  RdPrintJob *self = RD_PRINT_JOB (object);

  g_clear_object (&self->comparison);
  g_clear_object (&self->settings);
  g_clear_object (&self->page_setup);
  g_clear_object (&self->operation);
  g_clear_object (&self->compositor);
  g_clear_pointer (&self->export_filename, g_free);

  G_OBJECT_CLASS (rd_print_job_parent_class)->finalize (object);
}

static void
rd_print_job_get_property (GObject *object,
                           guint prop_id,
                           GValue *value,
                           GParamSpec *pspec)
{
  RdPrintJob *self = RD_PRINT_JOB (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;
    case PROP_LAYOUT:
      g_value_set_enum (value, self->layout);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_print_job_set_property (GObject *object,
                           guint prop_id,
                           const GValue *value,
                           GParamSpec *pspec)
{
  RdPrintJob *self = RD_PRINT_JOB (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      self->comparison = g_value_dup_object (value);
      break;
    case PROP_LAYOUT:
      self->layout = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_print_job_constructed (GObject *object)
{
  RdPrintJob *self = RD_PRINT_JOB (object);

  G_OBJECT_CLASS (rd_print_job_parent_class)->constructed (object);

  g_return_if_fail (RD_IS_COMPARISON (self->comparison));
  load_settings (self);
}

/* class_init and init */

static void
rd_print_job_class_init (RdPrintJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rd_print_job_finalize;
  object_class->get_property = rd_print_job_get_property;
  object_class->set_property = rd_print_job_set_property;
  object_class->constructed = rd_print_job_constructed;

  properties[PROP_COMPARISON] =
      g_param_spec_object ("comparison", NULL, NULL, RD_TYPE_COMPARISON,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LAYOUT] =
      g_param_spec_enum ("layout", NULL, NULL, RD_TYPE_LAYOUT, RD_LAYOUT_REDLINE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rd_print_job_init (RdPrintJob *self)
{
}

/* Public API */

RdPrintJob *
rd_print_job_new (RdComparison *comparison,
                  RdLayout layout)
{
  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);

  return g_object_new (RD_TYPE_PRINT_JOB, "comparison", comparison, "layout", layout, NULL);
}

void
rd_print_job_set_options (RdPrintJob *self,
                          gboolean changes_only,
                          gboolean show_renumbered,
                          gboolean substantive_only)
{
  g_return_if_fail (RD_IS_PRINT_JOB (self));
  self->changes_only = changes_only;
  self->show_renumbered = show_renumbered;
  self->substantive_only = substantive_only;
}

RdComparison *
rd_print_job_get_comparison (RdPrintJob *self)
{
  g_return_val_if_fail (RD_IS_PRINT_JOB (self), NULL);

  return self->comparison;
}

RdLayout
rd_print_job_get_layout (RdPrintJob *self)
{
  g_return_val_if_fail (RD_IS_PRINT_JOB (self), RD_LAYOUT_REDLINE);

  return self->layout;
}

void
rd_print_job_set_export_filename (RdPrintJob *self,
                                  const char *filename)
{
  g_return_if_fail (RD_IS_PRINT_JOB (self));

  g_free (self->export_filename);
  self->export_filename = g_strdup (filename);
}

GtkPrintSettings *
rd_print_job_get_print_settings (RdPrintJob *self)
{
  g_return_val_if_fail (RD_IS_PRINT_JOB (self), NULL);

  return self->settings;
}

GtkPageSetup *
rd_print_job_get_page_setup (RdPrintJob *self)
{
  g_return_val_if_fail (RD_IS_PRINT_JOB (self), NULL);

  return self->page_setup;
}

/* The end of a run: what it held goes. */
static void
finish_run (RdPrintJob *self)
{
  if (self->operation != NULL)
    g_signal_handlers_disconnect_by_data (self->operation, self);
  g_clear_object (&self->operation);
  g_clear_object (&self->compositor);
  g_clear_weak_pointer (&self->parent);
  self->previewing = FALSE;
}

static guint
preview_page_count (gpointer user_data)
{
  RdPrintJob *self = user_data;

  return self->compositor != NULL ? rd_print_compositor_get_n_pages (self->compositor) : 0;
}

static void
preview_page_size (gpointer user_data,
                   double *width,
                   double *height)
{
  RdPrintJob *self = user_data;

  *width = *height = 0.0;
  if (self->compositor != NULL)
    rd_print_compositor_get_page_size (self->compositor, width, height);
}

/* The preview window closed: the run it kept going ends. */
static void
preview_closed (gpointer user_data)
{
  RdPrintJob *self = user_data;

  finish_run (self);
  g_object_unref (self);
}

/* "Print…" in the preview: the preview ended, now the print dialog. */
static void
preview_print (gpointer user_data)
{
  RdPrintJob *self = user_data;
  g_autoptr (GtkWindow) parent = self->parent != NULL ? g_object_ref (self->parent) : NULL;
  g_autoptr (GError) error = NULL;

  finish_run (self);
  if (rd_print_job_run (self, parent, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    g_warning ("%s", error->message);
  g_object_unref (self);
}

static gboolean
on_preview (GtkPrintOperation *operation,
            GtkPrintOperationPreview *preview,
            GtkPrintContext *context,
            GtkWindow *parent,
            gpointer user_data)
{
  RdPrintJob *self = RD_PRINT_JOB (user_data);
  RdPrintPreview *window;

  /* Our own window, rather than GTK's outside previewer, which not every
   * desktop has. */
  self->previewing = TRUE;
  window = rd_print_preview_new (parent, preview, context, preview_page_count, preview_page_size, preview_print, g_object_ref (self), preview_closed);
  gtk_widget_show (GTK_WIDGET (window));
  return TRUE;
}

GtkPrintOperationResult
rd_print_job_run (RdPrintJob *self,
                  GtkWindow *parent,
                  GtkPrintOperationAction action,
                  GError **error)
{
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autofree char *old_name = NULL;
  g_autofree char *new_name = NULL;
  g_autofree char *job_name = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (RD_IS_PRINT_JOB (self), GTK_PRINT_OPERATION_RESULT_ERROR);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), GTK_PRINT_OPERATION_RESULT_ERROR);
  g_return_val_if_fail (self->operation == NULL, GTK_PRINT_OPERATION_RESULT_ERROR);
  g_return_val_if_fail (action != GTK_PRINT_OPERATION_ACTION_EXPORT || self->export_filename != NULL, GTK_PRINT_OPERATION_RESULT_ERROR);

  operation = gtk_print_operation_new ();
  self->operation = g_object_ref (operation);

  old_name = rd_document_dup_display_name (rd_comparison_get_old (self->comparison));
  new_name = rd_document_dup_display_name (rd_comparison_get_new (self->comparison));
  /* TRANSLATORS: the print job's name in the printer queue */
  job_name = g_strdup_printf (_ ("Comparison of %s and %s"), old_name, new_name);
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_print_settings (operation, self->settings);
  gtk_print_operation_set_default_page_setup (operation, self->page_setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The compositor draws the whole paper, in points, with its own
   * margins (never less than the printer's). */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_show_progress (operation, action != GTK_PRINT_OPERATION_ACTION_EXPORT);
  if (self->export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, self->export_filename);

  g_signal_connect_object (operation, "begin-print", G_CALLBACK (on_begin_print), self, 0);
  g_signal_connect_object (operation, "paginate", G_CALLBACK (on_paginate), self, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page), self, 0);
  g_signal_connect_object (operation, "end-print", G_CALLBACK (on_end_print), self, 0);
  g_signal_connect_object (operation, "preview", G_CALLBACK (on_preview), self, 0);
  /* A preview stays open beside the window: the call returns at once and
   * the preview window ends the run. */
  gtk_print_operation_set_allow_async (operation, action == GTK_PRINT_OPERATION_ACTION_PREVIEW);
  g_set_weak_pointer (&self->parent, parent);

  result = gtk_print_operation_run (operation, action, parent, error);

  /* The preview window now runs the operation; it ends the run when it
   * closes. */
  if (self->previewing)
    return result;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_autoptr (GError) save_error = NULL;

      g_set_object (&self->settings, gtk_print_operation_get_print_settings (operation));
      if ((action == GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG || action == GTK_PRINT_OPERATION_ACTION_PRINT) && !rd_print_job_save_settings (self, &save_error))
        /* Not remembering the settings costs the user a choice next
         * time; the print itself went out. */
        g_warning ("%s", save_error->message);
    }

  finish_run (self);
  return result;
}

gboolean
rd_print_job_save_settings (RdPrintJob *self,
                            GError **error)
{
  g_autoptr (GKeyFile) key_file = load_key_file ();
  g_autoptr (GtkPrintSettings) settings = NULL;
  g_autofree char *path = rd_print_job_get_settings_path ();
  g_autofree char *directory = g_path_get_dirname (path);
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (RD_IS_PRINT_JOB (self), FALSE);

  /* Not the file name of this comparison's output: the next comparison
   * gets its own. */
  settings = gtk_print_settings_copy (self->settings);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, NULL);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, NULL);

  g_key_file_remove_group (key_file, PRINT_SETTINGS_GROUP, NULL);
  g_key_file_remove_group (key_file, PAGE_SETUP_GROUP, NULL);
  gtk_print_settings_to_key_file (settings, key_file, PRINT_SETTINGS_GROUP);
  gtk_page_setup_to_key_file (self->page_setup, key_file, PAGE_SETUP_GROUP);
  g_key_file_set_string (key_file, LAYOUT_GROUP, orientation_key (self->layout),
                         orientation_to_string (gtk_page_setup_get_orientation (self->page_setup)));

  if (g_mkdir_with_parents (directory, 0700) != 0 || !g_key_file_save_to_file (key_file, path, &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* TRANSLATORS: %s is a file name, then the reason */
                   _ ("%s: cannot save the print settings (%s)"), path,
                   local_error != NULL ? local_error->message : g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

char *
rd_print_job_get_settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), PACKAGE_NAME, "print-settings.ini", NULL);
}

gboolean
rd_print_job_export_pdf (RdComparison *comparison,
                         RdLayout layout,
                         GFile *file,
                         GError **error)
{
  g_autoptr (RdPrintCompositor) compositor = NULL;

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  compositor = rd_print_compositor_new (comparison, layout);
  return rd_print_compositor_write_pdf (compositor, file, NULL, error);
}
