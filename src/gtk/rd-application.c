/* rd-application.c: the GtkApplication
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-application.h"

#include <fontconfig/fontconfig.h>
#include <glib/gi18n.h>
#include <gmodule.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "rd-gtk-resources.h"
#include "rd-inputs.h"
#include "rd-key-event.h"
#include "rd-preferences-dialog.h"
#include "rd-window.h"

/* The struct */

struct _RdApplication
{
  GtkApplication parent_instance;

  GSettings *settings;
  GtkCssProvider *zoom_provider; /* the text size of the views */
  int text_zoom;                 /* percent, without settings */
  gint64 launch_time;
  gboolean exit_after_first_frame;
  gint64 comparison_ready;  /* when the comparison was made, for timings */
  char **bench_keys;        /* RESDIFF_KEYS_AFTER_FIRST_FRAME */
  char **loading_keys;      /* RESDIFF_KEYS_WHILE_LOADING */
  gboolean window_drawn;    /* a window's first frame reported */
  gboolean reads_abandoned; /* quit while a window was still reading */
  guint next_key;
  gint64 key_sent;
  gint64 key_sent_cpu;
  gint64 comparison_ready_cpu;
  GtkWidget *bench_window;
  gulong bench_paint_id;
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdApplication, rd_application, GTK_TYPE_APPLICATION)

/* Static helpers */

/* The compiled schema of a build tree, for running the program before it
 * is installed: build/src/resdiff finds build/data/gschemas.compiled. */
static GSettingsSchema *
lookup_uninstalled_schema (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *schema_dir = NULL;
  g_autoptr (GSettingsSchemaSource) source = NULL;

  if (exe == NULL)
    return NULL;
  dir = g_path_get_dirname (exe);
  schema_dir = g_build_filename (dir, "..", "data", NULL);
  if (!g_file_test (schema_dir, G_FILE_TEST_IS_DIR))
    return NULL;
  source = g_settings_schema_source_new_from_directory (schema_dir, g_settings_schema_source_get_default (), FALSE, NULL);
  return source != NULL ? g_settings_schema_source_lookup (source, APPLICATION_ID, FALSE) : NULL;
}

static GSettings *
open_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    schema = lookup_uninstalled_schema ();
  if (schema == NULL)
    {
      g_message ("settings schema %s is not installed: preferences will not be kept", APPLICATION_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

/* A window closed while it still reads: its read is abandoned, and the
 * process need not wait for it at its end (rd_application_run ()). */
static gboolean
on_window_delete (GtkWidget *window,
                  GdkEvent *event,
                  RdApplication *self)
{
  if (rd_window_get_reading (RD_WINDOW (window)))
    self->reads_abandoned = TRUE;
  return GDK_EVENT_PROPAGATE;
}

static RdWindow *
new_window (RdApplication *self)
{
  RdWindow *window = rd_window_new (self);

  g_signal_connect_object (window, "delete-event", G_CALLBACK (on_window_delete), self, 0);
  return window;
}

/* Actions */

static void
quit_activated (GSimpleAction *action,
                GVariant *parameter,
                gpointer user_data)
{
  GApplication *application = user_data;

  /* Every window leaves the screen at once, saves its size and stops its
   * reads; none is destroyed: tearing down a long comparison's rows and
   * freeing it piece by piece took longer than the rest of quitting, and
   * the process's end frees it all at once (as the command line leaves its
   * own, rd-cli.c). */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l != NULL; l = l->next)
    {
      if (RD_IS_WINDOW (l->data) && rd_window_get_reading (l->data))
        RD_APPLICATION (application)->reads_abandoned = TRUE;
      if (RD_IS_WINDOW (l->data))
        rd_window_prepare_exit (l->data);
      else
        gtk_widget_hide (l->data);
    }
  gdk_display_flush (gdk_display_get_default ());
  g_application_quit (application);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant *parameter,
                       gpointer user_data)
{
  RdApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog;

  if (self->settings == NULL)
    return;
  dialog = rd_preferences_dialog_new (parent, self->settings);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
about_activated (GSimpleAction *action,
                 GVariant *parameter,
                 gpointer user_data)
{
  RdApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *authors[] = { _ ("The Resdiff authors"), NULL };

  gtk_show_about_dialog (parent,
                         "program-name", _ ("Resdiff"),
                         "logo-icon-name", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _ ("Compare versions of United Nations draft resolutions"),
                         "authors", authors,
                         /* TRANSLATORS: your name and e-mail address */
                         "translator-credits", _ ("translator-credits"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://github.com/resdiff/resdiff",
                         NULL);
}

/* Text zoom: Ctrl+plus and Ctrl+minus in steps of this many percent. */
#define ZOOM_STEP 10
#define ZOOM_MIN 50
#define ZOOM_MAX 300

static int
get_text_zoom (RdApplication *self)
{
  return self->settings != NULL ? g_settings_get_int (self->settings, "text-zoom") : self->text_zoom;
}

/* One rule on the views' node: every text in them (captions, paragraphs)
 * is sized relative to it. */
static void
apply_text_zoom (RdApplication *self)
{
  g_autofree char *css = g_strdup_printf ("rdchangeview { font-size: %d%%; }", get_text_zoom (self));

  if (self->zoom_provider == NULL)
    return;
  gtk_css_provider_load_from_data (self->zoom_provider, css, -1, NULL);
}

static void
set_text_zoom (RdApplication *self,
               int zoom)
{
  zoom = CLAMP (zoom, ZOOM_MIN, ZOOM_MAX);
  if (self->settings != NULL)
    g_settings_set_int (self->settings, "text-zoom", zoom);
  else
    {
      self->text_zoom = zoom;
      apply_text_zoom (self);
    }
}

static void
zoom_in_activated (GSimpleAction *action,
                   GVariant *parameter,
                   gpointer user_data)
{
  RdApplication *self = user_data;

  set_text_zoom (self, get_text_zoom (self) + ZOOM_STEP);
}

static void
zoom_out_activated (GSimpleAction *action,
                    GVariant *parameter,
                    gpointer user_data)
{
  RdApplication *self = user_data;

  set_text_zoom (self, get_text_zoom (self) - ZOOM_STEP);
}

static void
zoom_reset_activated (GSimpleAction *action,
                      GVariant *parameter,
                      gpointer user_data)
{
  RdApplication *self = user_data;

  set_text_zoom (self, 100);
}

static void
on_zoom_setting_changed (GSettings *settings,
                         const char *key,
                         gpointer user_data)
{
  apply_text_zoom (RD_APPLICATION (user_data));
}

static const GActionEntry app_entries[] = {
  { "zoom-in", zoom_in_activated, NULL, NULL, NULL },
  { "zoom-out", zoom_out_activated, NULL, NULL, NULL },
  { "zoom-reset", zoom_reset_activated, NULL, NULL, NULL },
  { "quit", quit_activated, NULL, NULL, NULL },
  { "preferences", preferences_activated, NULL, NULL, NULL },
  { "about", about_activated, NULL, NULL, NULL },
};

/* The one table of keyboard shortcuts.  gtk/help-overlay.ui lists the same
 * keys for the Keyboard Shortcuts window. */
static const struct
{
  const char *action;
  const char *accels[4];
} accelerators[] = {
  { "win.next-change", { "<Alt>Down", "F7", NULL } },
  { "win.previous-change", { "<Alt>Up", "<Shift>F7", NULL } },
  { "win.open", { "<Primary>o", NULL } },
  { "win.save-html", { "<Primary><Shift>s", NULL } },
  { "win.export-pdf", { "<Primary><Shift>e", NULL } },
  { "win.print", { "<Primary>p", NULL } },
  { "win.reload", { "<Primary>r", NULL } },
  { "win.close", { "<Primary>w", NULL } },
  { "win.find", { "<Primary>f", NULL } },
  { "win.show-summary", { "F9", NULL } },
  { "win.paragraph-history", { "<Primary>h", NULL } },
  { "win.who-changed-what", { "<Primary><Shift>w", NULL } },
  { "win.next-step", { "<Alt>Right", NULL } },
  { "win.previous-step", { "<Alt>Left", NULL } },
  { "win.view::side-by-side", { "<Primary>1", NULL } },
  { "win.view::redline", { "<Primary>2", NULL } },
  { "win.help", { "F1", NULL } },
  { "win.show-help-overlay", { "<Primary>question", NULL } },
  { "app.preferences", { "<Primary>comma", NULL } },
  { "app.quit", { "<Primary>q", NULL } },
  { "app.zoom-in", { "<Primary>plus", "<Primary>equal", "<Primary>KP_Add" } },
  { "app.zoom-out", { "<Primary>minus", "<Primary>KP_Subtract", NULL } },
  { "app.zoom-reset", { "<Primary>0", "<Primary>KP_0", NULL } },
};

/* GApplication overrides */

static void
rd_application_startup (GApplication *application)
{
  RdApplication *self = RD_APPLICATION (application);
  g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

  G_APPLICATION_CLASS (rd_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries, G_N_ELEMENTS (app_entries), self);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "preferences")),
                               self->settings != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accelerators[i].action, accelerators[i].accels);

  gtk_css_provider_load_from_resource (provider, "/io/github/resdiff/Resdiff/style.css");
  gtk_style_context_add_provider_for_screen (gdk_screen_get_default (), GTK_STYLE_PROVIDER (provider),
                                             GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_window_set_default_icon_name (APPLICATION_ID);

  self->zoom_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_screen (gdk_screen_get_default (), GTK_STYLE_PROVIDER (self->zoom_provider),
                                             GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::text-zoom", G_CALLBACK (on_zoom_setting_changed), self, 0);
  apply_text_zoom (self);
}

static void
rd_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (new_window (RD_APPLICATION (application)));
  gtk_window_present (window);
}

static void
rd_application_open (GApplication *application,
                     GFile **files,
                     int n_files,
                     const char *hint)
{
  RdApplication *self = RD_APPLICATION (application);
  RdWindow *window = new_window (self);
  g_autoptr (RdInputs) inputs = rd_inputs_new ();

  /* Files, and symbols (rd-inputs.h): two versions, a draft and its
   * amendments, or a series. */
  for (int i = 0; i < n_files; i++)
    rd_inputs_add_open_file (inputs, files[i]);
  if (n_files >= 2)
    rd_window_open_inputs (window, inputs);
  else if (n_files == 1 && rd_inputs_get_symbol (inputs, 0) != NULL)
    rd_window_open_symbol_series (window, rd_inputs_get_symbol (inputs, 0));
  else if (n_files == 1)
    rd_window_set_file (window, FALSE, files[0]);
  /* Shown once it knows what it shows: its first size and style are
   * computed for that page only, and a window opened on files does not
   * build the start page (rd_window_show_page ()). */
  gtk_window_present (GTK_WINDOW (window));
}

/* GObject overrides */

static void
rd_application_dispose (GObject *object)
{
  RdApplication *self = RD_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->zoom_provider);
  g_clear_pointer (&self->bench_keys, g_strfreev);
  g_clear_pointer (&self->loading_keys, g_strfreev);
  G_OBJECT_CLASS (rd_application_parent_class)->dispose (object);
}

/* Class and instance init */

static void
rd_application_class_init (RdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = rd_application_dispose;
  application_class->startup = rd_application_startup;
  application_class->activate = rd_application_activate;
  application_class->open = rd_application_open;
}

static void
rd_application_init (RdApplication *self)
{
  const char *exit_after = g_getenv ("RESDIFF_EXIT_AFTER_FIRST_FRAME");

  self->launch_time = g_get_monotonic_time ();
  self->text_zoom = 100;
  self->exit_after_first_frame = exit_after != NULL && g_strcmp0 (exit_after, "0") != 0 && *exit_after != '\0';
  if (self->exit_after_first_frame && g_getenv ("RESDIFF_KEYS_AFTER_FIRST_FRAME") != NULL)
    self->bench_keys = g_strsplit (g_getenv ("RESDIFF_KEYS_AFTER_FIRST_FRAME"), " ", -1);
  if (self->exit_after_first_frame && g_getenv ("RESDIFF_KEYS_WHILE_LOADING") != NULL)
    self->loading_keys = g_strsplit (g_getenv ("RESDIFF_KEYS_WHILE_LOADING"), " ", -1);
  self->settings = open_settings ();
}

/* Timings (RESDIFF_KEYS_AFTER_FIRST_FRAME): key presses sent as the
 * keyboard sends them, each timed to the end of the frame that shows it,
 * then Ctrl+Q. */

static void send_next_bench_key (RdApplication *self);

/* The processor time the process has used, in microseconds: on a machine
 * busy with other work, what the wall clock's latencies hide. */
static gint64
cpu_time (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

/* The processor time of the calling thread (the window's, the main
 * thread), in microseconds: without the loader's threads. */
static gint64
main_thread_cpu_time (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

static void
send_key (GtkWidget *widget,
          guint keyval,
          GdkModifierType state)
{
  g_autoptr (GtkWidget) window = g_object_ref (widget);

  /* Ctrl+Q destroys the window on the press: no release then. */
  if (rd_key_event_send (window, GDK_KEY_PRESS, keyval, state))
    rd_key_event_send (window, GDK_KEY_RELEASE, keyval, state);
}

static void
on_bench_after_paint (GdkFrameClock *clock,
                      gpointer user_data)
{
  RdApplication *self = user_data;

  g_clear_signal_handler (&self->bench_paint_id, clock);
  fprintf (stderr, "resdiff: key %s answered after %.1f ms (%.1f ms of processor time)\n", self->bench_keys[self->next_key - 1],
           (g_get_monotonic_time () - self->key_sent) / 1000.0, (main_thread_cpu_time () - self->key_sent_cpu) / 1000.0);
  send_next_bench_key (self);
}

static void
send_next_bench_key (RdApplication *self)
{
  const char *name = self->bench_keys[self->next_key];
  guint keyval = 0;
  GdkModifierType state = 0;

  if (name == NULL)
    {
      fprintf (stderr, "resdiff: quit with Ctrl+Q after %.1f ms\n", (g_get_monotonic_time () - self->launch_time) / 1000.0);
      send_key (self->bench_window, GDK_KEY_q, GDK_CONTROL_MASK);
      return;
    }
  self->next_key++;
  gtk_accelerator_parse (name, &keyval, &state);
  self->key_sent = g_get_monotonic_time ();
  /* The window's thread only: while the versions are read, the loader's
   * threads use the processor too. */
  self->key_sent_cpu = main_thread_cpu_time ();
  send_key (self->bench_window, keyval, state);
  self->bench_paint_id = g_signal_connect (gtk_widget_get_frame_clock (self->bench_window), "after-paint", G_CALLBACK (on_bench_after_paint), self);
  gtk_widget_queue_draw (self->bench_window);
}

/* Public API */

RdApplication *
rd_application_new (void)
{
  GApplicationFlags flags = G_APPLICATION_HANDLES_OPEN;

  /* Timing runs must not hand their files to an instance already running
   * (and then exit at once), nor be handed others'. */
  if (g_getenv ("RESDIFF_EXIT_AFTER_FIRST_FRAME") != NULL)
    flags |= G_APPLICATION_NON_UNIQUE;

  rd_gtk_register_resource ();
  return g_object_new (RD_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", flags,
                       "resource-base-path", "/io/github/resdiff/Resdiff",
                       NULL);
}

GSettings *
rd_application_get_settings (RdApplication *self)
{
  g_return_val_if_fail (RD_IS_APPLICATION (self), NULL);
  return self->settings;
}

gint64
rd_application_get_launch_time (RdApplication *self)
{
  g_return_val_if_fail (RD_IS_APPLICATION (self), 0);
  return self->launch_time;
}

gboolean
rd_application_get_exit_after_first_frame (RdApplication *self)
{
  g_return_val_if_fail (RD_IS_APPLICATION (self), FALSE);
  return self->exit_after_first_frame;
}

void
rd_application_report_first_frame (RdApplication *self,
                                   gboolean drawn)
{
  gint64 elapsed;

  g_return_if_fail (RD_IS_APPLICATION (self));

  /* Quitting already, from keys sent while reading. */
  if (self->bench_window != NULL)
    return;
  elapsed = g_get_monotonic_time () - self->launch_time;
  if (drawn)
    fprintf (stderr, "resdiff: first frame after %.1f ms (comparison made after %.1f ms; %.1f ms of processor time from there)\n", elapsed / 1000.0,
             (self->comparison_ready - self->launch_time) / 1000.0, (cpu_time () - self->comparison_ready_cpu) / 1000.0);
  else
    fprintf (stderr, "resdiff: no comparison to draw after %.1f ms\n", elapsed / 1000.0);
  self->bench_window = drawn && self->bench_keys != NULL ? GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))) : NULL;
  if (self->bench_window != NULL)
    send_next_bench_key (self);
  else
    g_application_quit (G_APPLICATION (self));
}

void
rd_application_report_window_drawn (RdApplication *self,
                                    GtkWidget *window,
                                    gboolean loading)
{
  gint64 now;

  g_return_if_fail (RD_IS_APPLICATION (self));

  if (!self->exit_after_first_frame || self->window_drawn)
    return;
  self->window_drawn = TRUE;
  /* The time on the monotonic clock too: the bench counts from its own
   * launch of the process, GTK's libraries' loading included, which a
   * program linked with GTK does before main (). */
  now = g_get_monotonic_time ();
  fprintf (stderr, "resdiff: window drawn after %.1f ms (%s; %.1f ms of the window's processor time; at %" G_GINT64_FORMAT " µs of the monotonic clock)\n",
           (now - self->launch_time) / 1000.0, loading ? "still reading" : "comparison shown", main_thread_cpu_time () / 1000.0, now);
  /* Keys while the versions are read, then Ctrl+Q: the comparison's
   * frame is never waited for. */
  if (loading && self->loading_keys != NULL)
    {
      g_strfreev (self->bench_keys);
      self->bench_keys = g_steal_pointer (&self->loading_keys);
      self->next_key = 0;
      self->bench_window = window;
      send_next_bench_key (self);
    }
}

void
rd_application_note_comparison_ready (RdApplication *self)
{
  g_return_if_fail (RD_IS_APPLICATION (self));
  self->comparison_ready = g_get_monotonic_time ();
  self->comparison_ready_cpu = cpu_time ();
}

/* What the first frame needs and can be made ready on another core while
 * GTK starts on the window's thread:
 * - Fontconfig's configuration (some fifty files) and caches: Pango starts
 *   reading them on a thread of its own only when the window's first label
 *   asks for a font, and the window's thread then waits;
 * - librsvg, which the SVG image loader links (the spinner's icon is an
 *   SVG): mapped and relocated here, the loader finds it loaded.
 * Nothing here makes a GObject or registers a type: GLib's type system
 * deadlocks when a type is registered on one thread while another, in a
 * class's initialisation, waits for it (seen with a GdkPixbufLoader here). */
static gpointer
prepare_for_first_frame (gpointer data)
{
  FcInit ();
  /* Kept: the loader maps it again when it needs it. */
  (void) g_module_open ("librsvg-2.so.2", G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  return NULL;
}

int
rd_application_run (int argc,
                    char **argv,
                    gint64 launch_time)
{
  g_autoptr (RdApplication) application = NULL;

  g_autoptr (GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  gboolean options_done = FALSE;
  int status;

  g_thread_unref (g_thread_new ("rd-prepare", prepare_for_first_frame, NULL));

  /* The window draws with Cairo and never with OpenGL, but GDK on X11
   * opens GL at start to choose its visuals: with Mesa that maps LLVM, some
   * 55 MB of the window's 100 (measured under Xvfb) and its time to load.
   * A user's own GDK_GL stays. */
  g_setenv ("GDK_GL", "disable", FALSE);

  /* Symbols go to the instance as files of their own scheme
   * (rd-inputs.h): GApplication opens only files. */
  for (int i = 0; i < argc; i++)
    {
      char *uri = NULL;

      if (i > 0 && !options_done && g_strcmp0 (argv[i], "--") == 0)
        options_done = TRUE;
      else if (i > 0 && (options_done || argv[i][0] != '-'))
        uri = rd_inputs_symbol_uri_for_argument (argv[i]);
      g_ptr_array_add (args, uri != NULL ? uri : g_strdup (argv[i]));
    }
  g_ptr_array_add (args, NULL);

  g_set_application_name (_ ("Resdiff"));
  application = rd_application_new ();
  if (launch_time > 0)
    application->launch_time = launch_time;
  status = g_application_run (G_APPLICATION (application), argc, (char **) args->pdata);
  /* Quit, or a window closed, while reading or comparing: the process
   * ends now rather than after the reads it abandoned (a long pair is
   * compared for a second after its files are read, and nothing of it is
   * kept).  What must outlive the process is written first: the settings
   * (the windows' sizes) and what was printed. */
  if (application->reads_abandoned)
    {
      if (application->settings != NULL)
        g_settings_sync ();
      fflush (stdout);
      fflush (stderr);
      _exit (status);
    }
  return status;
}
