/* rd-print-preview.c: the pages of a print job, before they are printed
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK hands a preview to an outside program (evince) unless the print
 * operation's "preview" signal is handled; not every desktop has one, so,
 * as gedit does, the pages are drawn here: GtkPrintOperationPreview renders
 * a page through the job's own "draw-page" onto a cairo context of ours.
 */

#include "config.h"

#include "rd-print-preview.h"

#include <glib/gi18n-lib.h>

/* The struct */

struct _RdPrintPreview
{
  GtkWindow parent_instance;

  GtkPrintOperationPreview *preview;
  GtkPrintContext *context;
  RdPrintPreviewPageCount get_n_pages;
  RdPrintPreviewPageSize get_page_size;
  RdPrintPreviewPrint print_again;
  gpointer user_data;
  GDestroyNotify destroy_user_data;

  guint n_pages;
  guint current;
  gboolean ended;
  cairo_surface_t *measure_surface; /* for pagination, before any page is
                                     * drawn: text is measured on it */
  cairo_t *measure_cr;

  double zoom; /* 1.0: the whole page fits the window */
  GtkWidget *scrolled;
  GtkWidget *drawing_area;
  GtkWidget *zoom_label;
  GtkWidget *page_label;
  GtkWidget *previous_button;
  GtkWidget *next_button;
};

G_DEFINE_FINAL_TYPE (RdPrintPreview, rd_print_preview, GTK_TYPE_WINDOW)

/* Room around the page, in pixels. */
#define PAGE_MARGIN 24

/* Zoom steps, from the whole page (1.0) up to four times that. */
#define ZOOM_STEP 1.25
#define ZOOM_MAX 4.0

/* Static helpers */

static void
update_controls (RdPrintPreview *self)
{
  g_autofree char *label = NULL;

  if (self->n_pages == 0)
    label = g_strdup (_ ("Preparing the pages…"));
  else
    /* TRANSLATORS: the page shown in the print preview */
    label = g_strdup_printf (_ ("Page %u of %u"), self->current + 1, self->n_pages);
  gtk_label_set_text (GTK_LABEL (self->page_label), label);
  gtk_widget_set_sensitive (self->previous_button, self->current > 0);
  gtk_widget_set_sensitive (self->next_button, self->current + 1 < self->n_pages);
  gtk_widget_queue_draw (self->drawing_area);
}

/* The size of the pages, in points, as the print operation gives it;
 * FALSE when there is no page to draw (none yet, or no size). */
static gboolean
page_size (RdPrintPreview *self,
           double *page_width,
           double *page_height)
{
  if (self->get_page_size != NULL)
    self->get_page_size (self->user_data, page_width, page_height);
  return self->n_pages > 0 && *page_width > 0 && *page_height > 0;
}

/* The scale of points to pixels that fits the whole page in the window,
 * times the zoom; 0 before the page size is known. */
static double
page_scale (RdPrintPreview *self)
{
  double page_width = 0.0;
  double page_height = 0.0;
  int width = gtk_widget_get_allocated_width (self->scrolled);
  int height = gtk_widget_get_allocated_height (self->scrolled);
  double fit;

  if (!page_size (self, &page_width, &page_height))
    return 0.0;
  fit = MIN ((width - 2.0 * PAGE_MARGIN) / page_width, (height - 2.0 * PAGE_MARGIN) / page_height);
  return MAX (fit, 0.0) * self->zoom;
}

/* Zoomed in, the drawing asks for the page's size and scrolls. */
static void
update_zoom (RdPrintPreview *self)
{
  double page_width = 0.0;
  double page_height = 0.0;
  double scale;
  g_autofree char *label = g_strdup_printf ("%d%%", (int) (self->zoom * 100 + 0.5));

  gtk_label_set_text (GTK_LABEL (self->zoom_label), label);
  page_size (self, &page_width, &page_height);
  scale = page_scale (self);
  if (self->zoom > 1.0 && scale > 0)
    gtk_widget_set_size_request (self->drawing_area, (int) (page_width * scale) + 2 * PAGE_MARGIN, (int) (page_height * scale) + 2 * PAGE_MARGIN);
  else
    gtk_widget_set_size_request (self->drawing_area, 320, 420);
  gtk_widget_queue_draw (self->drawing_area);
}

static void
end_preview (RdPrintPreview *self)
{
  if (self->ended)
    return;
  self->ended = TRUE;
  gtk_print_operation_preview_end_preview (self->preview);
}

/* Callbacks */

static void
on_ready (GtkPrintOperationPreview *preview,
          GtkPrintContext *context,
          gpointer user_data)
{
  RdPrintPreview *self = RD_PRINT_PREVIEW (user_data);

  self->n_pages = self->get_n_pages != NULL ? self->get_n_pages (self->user_data) : 0;
  self->current = MIN (self->current, self->n_pages > 0 ? self->n_pages - 1 : 0);
  update_controls (self);
}

static gboolean
on_draw (GtkWidget *widget,
         cairo_t *cr,
         gpointer user_data)
{
  RdPrintPreview *self = RD_PRINT_PREVIEW (user_data);
  double page_width = 0.0;
  double page_height = 0.0;
  int width = gtk_widget_get_allocated_width (widget);
  int height = gtk_widget_get_allocated_height (widget);
  cairo_surface_t *surface;
  cairo_t *page_cr;
  double scale;
  int surface_width, surface_height;
  double x, y;

  if (!page_size (self, &page_width, &page_height))
    return FALSE;

  /* The whole page in the window, as large as it fits, times the zoom. */
  scale = page_scale (self);
  if (scale <= 0)
    return FALSE;
  surface_width = (int) (page_width * scale);
  surface_height = (int) (page_height * scale);
  x = MAX ((width - surface_width) / 2.0, PAGE_MARGIN);
  y = MAX ((height - surface_height) / 2.0, PAGE_MARGIN);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, surface_width, surface_height);
  page_cr = cairo_create (surface);
  cairo_set_source_rgb (page_cr, 1, 1, 1);
  cairo_paint (page_cr);
  /* The job draws in points; a resolution of 72 times the scale maps
   * them onto our pixels. */
  gtk_print_context_set_cairo_context (self->context, page_cr, 72.0 * scale, 72.0 * scale);
  gtk_print_operation_preview_render_page (self->preview, (int) self->current);
  cairo_destroy (page_cr);

  /* A sheet on the window's background, with a thin edge. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.3);
  cairo_rectangle (cr, x - 1, y - 1, surface_width + 2, surface_height + 2);
  cairo_fill (cr);
  cairo_set_source_surface (cr, surface, x, y);
  cairo_paint (cr);
  cairo_surface_destroy (surface);
  return FALSE;
}

static void
on_previous (GtkButton *button,
             gpointer user_data)
{
  RdPrintPreview *self = RD_PRINT_PREVIEW (user_data);

  rd_print_preview_set_current_page (self, self->current > 0 ? self->current - 1 : 0);
}

static void
on_next (GtkButton *button,
         gpointer user_data)
{
  RdPrintPreview *self = RD_PRINT_PREVIEW (user_data);

  rd_print_preview_set_current_page (self, self->current + 1);
}

static void
on_zoom_in (GtkButton *button,
            gpointer user_data)
{
  RdPrintPreview *self = RD_PRINT_PREVIEW (user_data);

  rd_print_preview_set_zoom (self, self->zoom * ZOOM_STEP);
}

static void
on_zoom_out (GtkButton *button,
             gpointer user_data)
{
  RdPrintPreview *self = RD_PRINT_PREVIEW (user_data);

  rd_print_preview_set_zoom (self, self->zoom / ZOOM_STEP);
}

static void
on_print (GtkButton *button,
          gpointer user_data)
{
  RdPrintPreview *self = RD_PRINT_PREVIEW (user_data);
  RdPrintPreviewPrint print_again = self->print_again;
  gpointer data = self->user_data;

  /* The preview ends first: one print operation at a time.  The data
   * outlives the window while the print runs. */
  self->print_again = NULL;
  self->destroy_user_data = NULL;
  end_preview (self);
  gtk_widget_destroy (GTK_WIDGET (self));
  if (print_again != NULL)
    print_again (data);
}

static gboolean
on_key_press (GtkWidget *widget,
              GdkEventKey *event,
              gpointer user_data)
{
  RdPrintPreview *self = RD_PRINT_PREVIEW (widget);
  gboolean control = (event->state & GDK_CONTROL_MASK) != 0;

  switch (event->keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      rd_print_preview_set_zoom (self, self->zoom * ZOOM_STEP);
      return GDK_EVENT_STOP;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      rd_print_preview_set_zoom (self, self->zoom / ZOOM_STEP);
      return GDK_EVENT_STOP;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      if (!control)
        return GDK_EVENT_PROPAGATE;
      rd_print_preview_set_zoom (self, 1.0);
      return GDK_EVENT_STOP;
    case GDK_KEY_Escape:
      gtk_widget_destroy (widget);
      return GDK_EVENT_STOP;
    case GDK_KEY_Page_Down:
    case GDK_KEY_Right:
      rd_print_preview_set_current_page (self, self->current + 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Page_Up:
    case GDK_KEY_Left:
      rd_print_preview_set_current_page (self, self->current > 0 ? self->current - 1 : 0);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/* GObject overrides */

static void
rd_print_preview_destroy (GtkWidget *widget)
{
  RdPrintPreview *self = RD_PRINT_PREVIEW (widget);

  if (self->preview != NULL)
    {
      end_preview (self);
      g_signal_handlers_disconnect_by_data (self->preview, self);
    }
  g_clear_object (&self->preview);
  g_clear_object (&self->context);
  g_clear_pointer (&self->measure_cr, cairo_destroy);
  g_clear_pointer (&self->measure_surface, cairo_surface_destroy);
  if (self->destroy_user_data != NULL)
    g_clear_pointer (&self->user_data, self->destroy_user_data);

  GTK_WIDGET_CLASS (rd_print_preview_parent_class)->destroy (widget);
}

static void
rd_print_preview_class_init (RdPrintPreviewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->destroy = rd_print_preview_destroy;
}

static void
rd_print_preview_init (RdPrintPreview *self)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *navigation = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *print_button = gtk_button_new_with_mnemonic (_ ("_Print…"));
  GtkWidget *zoom_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *zoom_in, *zoom_out;

  gtk_header_bar_set_show_close_button (GTK_HEADER_BAR (header), TRUE);
  gtk_header_bar_set_title (GTK_HEADER_BAR (header), _ ("Print Preview"));
  gtk_window_set_titlebar (GTK_WINDOW (self), header);

  self->previous_button = gtk_button_new_from_icon_name ("go-previous-symbolic", GTK_ICON_SIZE_BUTTON);
  self->next_button = gtk_button_new_from_icon_name ("go-next-symbolic", GTK_ICON_SIZE_BUTTON);
  gtk_widget_set_tooltip_text (self->previous_button, _ ("Previous page"));
  gtk_widget_set_tooltip_text (self->next_button, _ ("Next page"));
  gtk_style_context_add_class (gtk_widget_get_style_context (navigation), GTK_STYLE_CLASS_LINKED);
  gtk_container_add (GTK_CONTAINER (navigation), self->previous_button);
  gtk_container_add (GTK_CONTAINER (navigation), self->next_button);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), navigation);

  self->page_label = gtk_label_new (NULL);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), self->page_label);

  gtk_style_context_add_class (gtk_widget_get_style_context (print_button), GTK_STYLE_CLASS_SUGGESTED_ACTION);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), print_button);

  zoom_out = gtk_button_new_from_icon_name ("zoom-out-symbolic", GTK_ICON_SIZE_BUTTON);
  zoom_in = gtk_button_new_from_icon_name ("zoom-in-symbolic", GTK_ICON_SIZE_BUTTON);
  gtk_widget_set_tooltip_text (zoom_out, _ ("Zoom out (−)"));
  gtk_widget_set_tooltip_text (zoom_in, _ ("Zoom in (+)"));
  self->zoom_label = gtk_label_new (NULL);
  gtk_label_set_width_chars (GTK_LABEL (self->zoom_label), 5);
  gtk_style_context_add_class (gtk_widget_get_style_context (zoom_box), GTK_STYLE_CLASS_LINKED);
  gtk_container_add (GTK_CONTAINER (zoom_box), zoom_out);
  gtk_container_add (GTK_CONTAINER (zoom_box), zoom_in);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), zoom_box);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), self->zoom_label);
  g_signal_connect_object (zoom_in, "clicked", G_CALLBACK (on_zoom_in), self, 0);
  g_signal_connect_object (zoom_out, "clicked", G_CALLBACK (on_zoom_out), self, 0);

  self->zoom = 1.0;
  self->scrolled = gtk_scrolled_window_new (NULL, NULL);
  self->drawing_area = gtk_drawing_area_new ();
  gtk_widget_set_size_request (self->drawing_area, 320, 420);
  gtk_container_add (GTK_CONTAINER (self->scrolled), self->drawing_area);
  gtk_container_add (GTK_CONTAINER (self), self->scrolled);
  gtk_label_set_text (GTK_LABEL (self->zoom_label), "100%");
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 900);

  g_signal_connect_object (self->previous_button, "clicked", G_CALLBACK (on_previous), self, 0);
  g_signal_connect_object (self->next_button, "clicked", G_CALLBACK (on_next), self, 0);
  g_signal_connect_object (print_button, "clicked", G_CALLBACK (on_print), self, 0);
  g_signal_connect_object (self->drawing_area, "draw", G_CALLBACK (on_draw), self, 0);
  g_signal_connect (self, "key-press-event", G_CALLBACK (on_key_press), NULL);

  gtk_widget_show_all (header);
  gtk_widget_show_all (self->scrolled);
}

/* Public API */

RdPrintPreview *
rd_print_preview_new (GtkWindow *parent,
                      GtkPrintOperationPreview *preview,
                      GtkPrintContext *context,
                      RdPrintPreviewPageCount get_n_pages,
                      RdPrintPreviewPageSize get_page_size,
                      RdPrintPreviewPrint print_again,
                      gpointer user_data,
                      GDestroyNotify destroy_user_data)
{
  RdPrintPreview *self = g_object_new (RD_TYPE_PRINT_PREVIEW, NULL);

  g_return_val_if_fail (GTK_IS_PRINT_OPERATION_PREVIEW (preview), NULL);
  g_return_val_if_fail (GTK_IS_PRINT_CONTEXT (context), NULL);

  self->preview = g_object_ref (preview);
  self->context = g_object_ref (context);
  /* GTK paginates on the print context as soon as the preview starts: it
   * needs a cairo context before any page is drawn. */
  self->measure_surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  self->measure_cr = cairo_create (self->measure_surface);
  gtk_print_context_set_cairo_context (context, self->measure_cr, 72.0, 72.0);
  self->get_n_pages = get_n_pages;
  self->get_page_size = get_page_size;
  self->print_again = print_again;
  self->user_data = user_data;
  self->destroy_user_data = destroy_user_data;
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_modal (GTK_WINDOW (self), TRUE);
    }
  g_signal_connect_object (preview, "ready", G_CALLBACK (on_ready), self, 0);
  update_controls (self);
  return self;
}

guint
rd_print_preview_get_current_page (RdPrintPreview *self)
{
  g_return_val_if_fail (RD_IS_PRINT_PREVIEW (self), 0);
  return self->current;
}

guint
rd_print_preview_get_n_pages (RdPrintPreview *self)
{
  g_return_val_if_fail (RD_IS_PRINT_PREVIEW (self), 0);
  return self->n_pages;
}

void
rd_print_preview_set_current_page (RdPrintPreview *self,
                                   guint page)
{
  g_return_if_fail (RD_IS_PRINT_PREVIEW (self));

  if (self->n_pages == 0)
    return;
  self->current = MIN (page, self->n_pages - 1);
  update_controls (self);
}

double
rd_print_preview_get_zoom (RdPrintPreview *self)
{
  g_return_val_if_fail (RD_IS_PRINT_PREVIEW (self), 1.0);
  return self->zoom;
}

void
rd_print_preview_set_zoom (RdPrintPreview *self,
                           double zoom)
{
  g_return_if_fail (RD_IS_PRINT_PREVIEW (self));

  /* Never smaller than the whole page: there is nothing to gain. */
  self->zoom = CLAMP (zoom, 1.0, ZOOM_MAX);
  update_zoom (self);
}
