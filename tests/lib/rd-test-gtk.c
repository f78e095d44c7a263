/* rd-test-gtk.c: what the tests of the window share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-test-gtk.h"

#include "rd-key-event.h"
#include "rd-test-util.h"

#include <string.h>

gboolean
rd_test_gtk_init (int *argc,
                  char ***argv,
                  char **data_home)
{
  g_autoptr (GError) error = NULL;

  *data_home = g_dir_make_tmp ("resdiff-gui-XXXXXX", &error);
  g_assert_no_error (error);
  /* Nothing of the test run lands in the user's settings or recent
   * files. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("XDG_DATA_HOME", *data_home, TRUE);
  g_setenv ("GTK_CSD", "0", TRUE);
  /* As the program runs its window (rd_application_run ()): without
   * OpenGL, which GDK would open to choose visuals. */
  g_setenv ("GDK_GL", "disable", TRUE);

  g_test_init (argc, argv, NULL);
  if (!gtk_init_check (argc, argv))
    {
      /* No display: run under xvfb-run (build-aux/test does). */
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }
  return TRUE;
}

RdApplication *
rd_test_application_new (void)
{
  RdApplication *application = rd_application_new ();
  g_autoptr (GError) error = NULL;

  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  return application;
}

RdWindow *
rd_test_window_new (RdApplication *application)
{
  RdWindow *window = rd_window_new (application);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static gboolean
frames_pass (gpointer data)
{
  int *frames = data;

  return --*frames <= 0;
}

void
rd_test_gtk_settle (void)
{
  int frames = 50;

  rd_test_wait_until (frames_pass, &frames);
}

void
rd_test_gtk_snapshot (RdWindow *window,
                      const char *name)
{
  const char *dir = g_getenv ("RESDIFF_TEST_SHOTS");
  GdkWindow *gdk_window = gtk_widget_get_window (GTK_WIDGET (window));
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  rd_test_gtk_settle ();
  pixbuf = gdk_pixbuf_get_from_window (gdk_window, 0, 0, gdk_window_get_width (gdk_window), gdk_window_get_height (gdk_window));
  file_name = g_strconcat (name, g_str_equal (g_getenv ("GTK_THEME") ? g_getenv ("GTK_THEME") : "", "Adwaita:dark") ? "-dark" : "", ".png", NULL);
  path = g_build_filename (dir, file_name, NULL);
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "png", NULL, NULL));
}

void
rd_test_gtk_send_key (GtkWidget *widget,
                      guint keyval,
                      GdkModifierType state)
{
  g_assert_true (rd_key_event_send (widget, GDK_KEY_PRESS, keyval, state));
  /* A key that destroys the window (Ctrl+W) leaves none to release on. */
  if (gtk_widget_get_window (widget) != NULL)
    g_assert_true (rd_key_event_send (widget, GDK_KEY_RELEASE, keyval, state));
  rd_test_gtk_settle ();
}

typedef struct
{
  RdChangeView *view;
  guint index;
} ChangeInView;

static gboolean
change_row_built (gpointer data)
{
  ChangeInView *wanted = data;

  return rd_change_view_get_change_widget (wanted->view, wanted->index) != NULL;
}

gboolean
rd_test_gtk_wait_for_change_row (RdChangeView *view,
                                 guint index)
{
  ChangeInView wanted = { view, index };

  return rd_test_wait_until (change_row_built, &wanted);
}

gboolean
rd_test_gtk_load_finished (gpointer window)
{
  return !rd_window_get_loading (RD_WINDOW (window));
}

gboolean
rd_test_gtk_view_built (gpointer window)
{
  RdChangeView *view = rd_window_get_view (RD_WINDOW (window));

  return !rd_window_get_loading (RD_WINDOW (window)) && rd_window_get_comparison (RD_WINDOW (window)) != NULL && rd_change_view_get_populated (view) && rd_change_view_count_built_rows (view) > 0;
}

guint
rd_test_gtk_count_captions_naming (RdWindow *window,
                                   const char *needle,
                                   guint *differences)
{
  GPtrArray *changes = rd_comparison_get_changes (rd_window_get_comparison (window));
  guint naming = 0;

  if (differences != NULL)
    *differences = 0;
  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);
      g_autofree char *caption = NULL;

      if (!rd_change_is_difference (change) || change->footnote)
        continue;
      if (differences != NULL)
        (*differences)++;
      caption = rd_change_view_caption_markup (rd_window_get_view (window), i, change->type != RD_CHANGE_DELETED);
      if (strstr (caption, needle) != NULL)
        naming++;
    }
  return naming;
}
