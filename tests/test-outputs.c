/* test-outputs.c: the outputs agree, as one presentation model makes them
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The HTML export, the PDF (read back with pdftotext) and the window's
 * views are made from one model (rd-presentation.h): they put the same
 * footnote marks after the same words, and name the header's fields the
 * same way, translated; no output shows a field's data key.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <libxml/HTMLparser.h>
#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "rd-change-view.h"
#include "rd-html-writer.h"
#include "rd-print-compositor.h"
#include "rd-redline-view.h"
#include "rd-side-by-side-view.h"
#include "rd-summary-panel.h"
#include "rd-test-gtk.h"
#include "rd-test-pdf.h"
#include "rd-test-seed.h"
#include "rd-test-util.h"
#include "rd-text-writer.h"

/* A footnote mark in pdftotext's boxes: a word set smaller than the word
 * it follows (footnote marks print at 0.7 of the text; a ratio under this
 * one), and no further from it than this many points. */
#define MARK_HEIGHT_RATIO 0.85
#define MARK_GAP 1.0

/* Helpers */

/* "word|mark": the word before a footnote mark, and the mark. */
static void
add_mark (GPtrArray *marks,
          const char *text_before,
          gsize length,
          const char *mark)
{
  gsize start = length;

  while (start > 0 && !g_ascii_isspace (text_before[start - 1]))
    start--;
  g_ptr_array_add (marks, g_strdup_printf ("%.*s|%s", (int) (length - start), text_before + start, mark));
}

static gboolean
has_class (xmlNode *node,
           const char *name)
{
  g_autofree char *value = (char *) xmlGetProp (node, (const xmlChar *) "class");
  g_auto (GStrv) classes = value != NULL ? g_strsplit (value, " ", -1) : NULL;

  return classes != NULL && g_strv_contains ((const char *const *) classes, name);
}

static void
collect_html_marks (xmlNode *node,
                    GString *text,
                    GPtrArray *marks)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE)
        g_string_append (text, (const char *) child->content);
      else if (child->type != XML_ELEMENT_NODE || has_class (child, "num") || has_class (child, "anchor"))
        continue;
      else if (strcmp ((const char *) child->name, "sup") == 0 && has_class (child, "fn-ref"))
        {
          g_autofree char *mark = (char *) xmlNodeGetContent (child);

          add_mark (marks, text->str, text->len, mark);
          g_string_append (text, mark);
        }
      else if (strcmp ((const char *) child->name, "p") == 0)
        {
          g_autoptr (GString) paragraph = g_string_new (NULL);

          collect_html_marks (child, paragraph, marks);
        }
      else
        collect_html_marks (child, text, marks);
    }
}

static xmlNode *
find_id (xmlNode *node,
         const char *id)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *value = child->type == XML_ELEMENT_NODE ? (char *) xmlGetProp (child, (const xmlChar *) "id") : NULL;
      xmlNode *found;

      if (g_strcmp0 (value, id) == 0)
        return child;
      if ((found = find_id (child, id)) != NULL)
        return found;
    }
  return NULL;
}

/* The marks of the HTML's text (not its legend's sample). */
static GPtrArray *
html_marks (GBytes *html)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (html, &length);
  htmlDocPtr doc = htmlReadMemory (data, (int) length, NULL, "UTF-8", HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  GPtrArray *marks = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) text = g_string_new (NULL);
  xmlNode *section;

  g_assert_nonnull (doc);
  section = find_id (xmlDocGetRootElement (doc), "text");
  g_assert_nonnull (section);
  collect_html_marks (section, text, marks);
  xmlFreeDoc (doc);
  return marks;
}

static double
attribute_double (const char *line,
                  const char *name)
{
  g_autofree char *key = g_strdup_printf ("%s=\"", name);
  const char *at = strstr (line, key);

  g_assert_nonnull (at);
  return g_ascii_strtod (at + strlen (key), NULL);
}

static char *
unescape (const char *text)
{
  static const char *const entities[][2] = { { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" }, { "&apos;", "'" } };
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0';)
    {
      gboolean replaced = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (entities) && !replaced; i++)
        if (g_str_has_prefix (p, entities[i][0]))
          {
            g_string_append (out, entities[i][1]);
            p += strlen (entities[i][0]);
            replaced = TRUE;
          }
      if (!replaced)
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

/* The marks of a PDF, from pdftotext's word boxes: a word set smaller than
 * the one before it on its line and touching it. */
static GPtrArray *
pdf_marks (const char *path)
{
  const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *boxes = rd_test_run_tool (argv);
  g_auto (GStrv) lines = g_strsplit (boxes, "\n", -1);
  GPtrArray *marks = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *previous = NULL;
  double previous_right = 0.0;
  double previous_top = 0.0;
  double previous_height = 0.0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);
      const char *open;
      const char *close;
      g_autofree char *word = NULL;
      double left, top, right, bottom;

      if (g_str_has_prefix (line, "<page"))
        g_clear_pointer (&previous, g_free);
      if (!g_str_has_prefix (line, "<word") || (open = strchr (line, '>')) == NULL || (close = strstr (line, "</word>")) == NULL)
        continue;
      word = g_strndup (open + 1, close - open - 1);
      left = attribute_double (line, "xMin");
      top = attribute_double (line, "yMin");
      right = attribute_double (line, "xMax");
      bottom = attribute_double (line, "yMax");
      if (previous != NULL && bottom - top < MARK_HEIGHT_RATIO * previous_height && left - previous_right < MARK_GAP && ABS (top - previous_top) < previous_height)
        {
          g_autofree char *before = unescape (previous);
          g_autofree char *mark = unescape (word);

          add_mark (marks, before, strlen (before), mark);
          continue;
        }
      g_free (previous);
      previous = g_steal_pointer (&word);
      previous_right = right;
      previous_top = top;
      previous_height = bottom - top;
    }
  return marks;
}

static gboolean
view_populated (gpointer data)
{
  return rd_change_view_get_populated (data);
}

static void
collect_labels (GtkWidget *widget,
                gpointer data)
{
  GPtrArray *labels = data;

  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);
  else if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), collect_labels, labels);
}

/* The labels of every row of @view, in reading order: the view builds
 * only the rows in view, so each row is built here as the view builds it,
 * into a column in @window. */
static GPtrArray *
view_labels (GtkWidget *window,
             GtkWidget *view)
{
  GPtrArray *labels = g_ptr_array_new ();
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_container_add (GTK_CONTAINER (box), view);
  gtk_container_add (GTK_CONTAINER (box), column);
  gtk_container_add (GTK_CONTAINER (window), box);
  gtk_widget_show_all (window);
  g_assert_true (rd_test_wait_until (view_populated, view));
  g_assert_cmpuint (rd_change_view_count_rows (RD_CHANGE_VIEW (view)), >, 0);
  for (guint row = 0; row < rd_change_view_count_rows (RD_CHANGE_VIEW (view)); row++)
    gtk_container_add (GTK_CONTAINER (column), rd_change_view_new_row (RD_CHANGE_VIEW (view), row));
  gtk_widget_show_all (column);
  collect_labels (column, labels);
  return labels;
}

/* The marks the window raises in its paragraphs' labels. */
static GPtrArray *
window_marks (GtkWidget *view)
{
  GtkWidget *window = gtk_offscreen_window_new ();
  g_autoptr (GPtrArray) labels = view_labels (window, view);
  GPtrArray *marks = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      PangoLayout *layout = gtk_label_get_layout (label);
      const char *text = pango_layout_get_text (layout);
      PangoAttrList *attrs = pango_layout_get_attributes (layout);
      PangoAttrIterator *iter;

      if (!gtk_style_context_has_class (gtk_widget_get_style_context (GTK_WIDGET (label)), "rd-text") || attrs == NULL)
        continue;
      iter = pango_attr_list_get_iterator (attrs);
      do
        {
          int start = 0;
          int end = 0;

          pango_attr_iterator_range (iter, &start, &end);
          if (end > start && end <= (int) strlen (text) && (pango_attr_iterator_get (iter, PANGO_ATTR_RISE) != NULL || pango_attr_iterator_get (iter, PANGO_ATTR_BASELINE_SHIFT) != NULL))
            {
              g_autofree char *mark = g_strndup (text + start, end - start);
              add_mark (marks, text, start, mark);
            }
        }
      while (pango_attr_iterator_next (iter));
      pango_attr_iterator_destroy (iter);
    }
  gtk_widget_destroy (window);
  return marks;
}

static void
assert_same_marks (const char *what,
                   GPtrArray *expected,
                   GPtrArray *actual)
{
  for (guint i = 0; i < MIN (expected->len, actual->len); i++)
    if (g_strcmp0 (g_ptr_array_index (expected, i), g_ptr_array_index (actual, i)) != 0)
      g_error ("%s: mark %u is “%s”, the HTML's “%s”", what, i, (const char *) g_ptr_array_index (actual, i), (const char *) g_ptr_array_index (expected, i));
  g_assert_cmpuint (actual->len, ==, expected->len);
}

static gboolean
marks_contain (GPtrArray *marks,
               const char *mark)
{
  return g_ptr_array_find_with_equal_func (marks, mark, g_str_equal, NULL);
}

/* The seed and an edit around its footnote marks: words deleted with a
 * mark among them, a paragraph inserted with one. */
static RdComparison *
footnote_pair (void)
{
  g_autoptr (RdSeed) old_seed = rd_seed_load ();
  g_autoptr (RdSeed) new_seed = rd_seed_load ();
  guint recalling = rd_seed_find (new_seed, "Recalling the United Nations Convention against Transnational");

  rd_seed_replace (new_seed, recalling, " the Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography⁶ and", "");
  rd_seed_replace (new_seed, recalling, "which provided the definition", "which provides the definition");
  rd_seed_insert (new_seed, recalling + 1, "Recalling also the Convention against Transnational Organized Crime,⁴ as a basis for cooperation among States,");
  return rd_seed_compare (old_seed, new_seed);
}

/* Tests */

static void
test_footnote_marks_agree (void)
{
  g_autoptr (RdComparison) comparison = footnote_pair ();
  RdHtmlOptions options = { 0 };
  g_autoptr (GBytes) html = NULL;
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (RdPrintCompositor) compositor = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) from_html = NULL;
  g_autoptr (GPtrArray) from_pdf = NULL;
  g_autoptr (GPtrArray) from_window = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf_path = NULL;
  GtkWidget *view = rd_redline_view_new ();

  if (!rd_test_have_poppler_utils ())
    return;

  options.layout = RD_LAYOUT_REDLINE;
  html = rd_html_write (comparison, &options, &error);
  g_assert_no_error (error);
  from_html = html_marks (html);

  compositor = rd_print_compositor_new (comparison, RD_LAYOUT_REDLINE);
  pdf = rd_print_compositor_render_pdf (compositor, &error);
  g_assert_no_error (error);
  dir = rd_test_make_temp_dir ();
  pdf_path = g_build_filename (dir, "redline.pdf", NULL);
  rd_test_write_file (pdf_path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf));
  from_pdf = pdf_marks (pdf_path);
  rd_test_remove_dir (dir);

  rd_change_view_set_comparison (RD_CHANGE_VIEW (view), comparison);
  from_window = window_marks (view);

  for (guint i = 0; i < from_html->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (from_html, i));
  /* The seed cites its footnotes in the text; the edit keeps most, deletes
   * one with its words (shown deleted, after them) and inserts one. */
  g_assert_cmpuint (from_html->len, >=, 10);
  g_assert_true (marks_contain (from_html, "Crime,|5"));
  g_assert_true (marks_contain (from_html, "pornography|6"));
  g_assert_true (marks_contain (from_html, "Slavery,|7"));
  assert_same_marks ("PDF", from_html, from_pdf);
  assert_same_marks ("window", from_html, from_window);
}

static char *
resolution_text (const char *symbol,
                 const char *distribution,
                 const char *date,
                 const char *agenda_item,
                 const char *document_type,
                 const char *title)
{
  return g_strdup_printf ("%s\n\nGeneral Assembly\n\nDistr.: %s\n\n%s\n\nOriginal: English\n\nNinety-ninth session\n\n"
                          "Third Committee\n\nAgenda item %s\n\nAdvancement of women\n\nAustria and Brazil: %s\n\n%s\n\n"
                          "The General Assembly,\n\nRecalling its resolutions,\n\n1. *Urges* all States to act;\n",
                          symbol, distribution, date, agenda_item, document_type, title);
}

/* Headers that differ in most fields, the agenda item included. */
static RdComparison *
header_pair (void)
{
  g_autofree char *old_text = resolution_text ("A/C.3/99/L.1", "Limited", "1 October 2099", "28", "draft resolution", "Improving the lot of rural women");
  g_autofree char *new_text = resolution_text ("A/C.3/99/L.1/Rev.1", "General", "8 October 2099", "29", "revised draft resolution", "Improving the situation of rural women");
  g_autoptr (RdDocument) old_document = rd_test_parse_text (old_text);
  g_autoptr (RdDocument) new_document = rd_test_parse_text (new_text);

  return rd_comparison_new (old_document, new_document, NULL);
}

static void
append_window_text (GString *out,
                    GtkWidget *widget)
{
  GtkWidget *window = gtk_offscreen_window_new ();
  g_autoptr (GPtrArray) labels = NULL;

  if (RD_IS_CHANGE_VIEW (widget))
    labels = view_labels (window, widget);
  else
    {
      labels = g_ptr_array_new ();
      gtk_container_add (GTK_CONTAINER (window), widget);
      gtk_widget_show_all (window);
      collect_labels (widget, labels);
    }
  for (guint i = 0; i < labels->len; i++)
    {
      g_string_append (out, gtk_label_get_text (g_ptr_array_index (labels, i)));
      g_string_append_c (out, '\n');
    }
  gtk_widget_destroy (window);
}

/* Each output names the fields that changed as a reader calls them, in
 * the language of the moment, never by their data key. */
static void
check_field_labels (void)
{
  g_autoptr (RdComparison) comparison = header_pair ();
  GPtrArray *header = rd_comparison_get_header_changes (comparison);
  RdHtmlOptions options = { 0 };
  g_autoptr (RdPrintCompositor) compositor = rd_print_compositor_new (comparison, RD_LAYOUT_REDLINE);
  g_autoptr (GBytes) html = NULL;
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = rd_text_write (comparison, FALSE);
  g_autofree char *html_text = NULL;
  g_autofree char *pdf_text = NULL;
  g_autofree char *dir = rd_test_make_temp_dir ();
  g_autofree char *pdf_path = g_build_filename (dir, "header.pdf", NULL);
  g_autoptr (GString) window_text = g_string_new (NULL);
  GtkWidget *views[] = { rd_redline_view_new (), rd_side_by_side_view_new () };
  GtkWidget *summary = rd_summary_panel_new ();
  struct
  {
    const char *name;
    const char *text;
  } outputs[4];

  html = rd_html_write (comparison, &options, &error);
  g_assert_no_error (error);
  {
    gsize length = 0;
    const char *data = g_bytes_get_data (html, &length);
    htmlDocPtr doc = htmlReadMemory (data, (int) length, NULL, "UTF-8", HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    xmlNode *body = find_id (xmlDocGetRootElement (doc), "top")->parent;

    /* What a reader sees: the body's text (the head's style sheet has
     * class names). */
    html_text = (char *) xmlNodeGetContent (body);
    xmlFreeDoc (doc);
  }
  pdf = rd_print_compositor_render_pdf (compositor, &error);
  g_assert_no_error (error);
  rd_test_write_file (pdf_path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf));
  pdf_text = rd_test_pdf_text (pdf_path, 0, 0);
  rd_test_remove_dir (dir);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      rd_change_view_set_comparison (RD_CHANGE_VIEW (views[i]), comparison);
      append_window_text (window_text, views[i]);
    }
  rd_summary_panel_set_comparison (RD_SUMMARY_PANEL (summary), comparison);
  append_window_text (window_text, summary);

  outputs[0].name = "text";
  outputs[0].text = text;
  outputs[1].name = "HTML";
  outputs[1].text = html_text;
  outputs[2].name = "PDF";
  outputs[2].text = pdf_text;
  outputs[3].name = "window";
  outputs[3].text = window_text->str;

  g_assert_cmpuint (header->len, >=, 5);
  for (guint i = 0; i < header->len; i++)
    {
      const RdHeaderChange *change = g_ptr_array_index (header, i);
      const char *label = rd_header_change_get_label (change);
      g_autofree char *spaced = g_strdup (change->name);

      g_strdelimit (spaced, "_", ' ');
      for (guint o = 0; o < G_N_ELEMENTS (outputs); o++)
        {
          g_test_message ("%s: %s", outputs[o].name, label);
          if (strstr (outputs[o].text, change->name) != NULL || strstr (outputs[o].text, spaced) != NULL)
            g_error ("the %s shows the key “%s”", outputs[o].name, change->name);
          /* The window's views name the fields in their header rows, the
           * summary panel some of them; the other outputs all. */
          if (strstr (outputs[o].text, label) == NULL)
            g_error ("the %s does not name the field “%s” (“%s”)", outputs[o].name, change->name, label);
        }
    }
}

/* In a subprocess: the language is chosen before the first message is
 * translated. */
static void
test_field_labels (gconstpointer data)
{
  const char *language = data;

  if (g_test_subprocess ())
    {
      g_autofree char *locale_dir = g_build_filename (g_test_get_dir (G_TEST_BUILT), "..", "po", NULL);

      bindtextdomain (GETTEXT_PACKAGE, locale_dir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      if (strcmp (language, "en") != 0)
        g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Document type"), !=, "Document type");
      check_field_labels ();
      return;
    }
  g_setenv ("LANGUAGE", language, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("LANGUAGE");
  g_test_trap_assert_passed ();
}

int
main (int argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  setlocale (LC_ALL, "");
  if (!rd_test_gtk_init (&argc, &argv, &data_home))
    return 77;

  g_test_add_func ("/outputs/footnote-marks-agree", test_footnote_marks_agree);
  g_test_add_data_func ("/outputs/field-labels/en", "en", test_field_labels);
  g_test_add_data_func ("/outputs/field-labels/fr", "fr", test_field_labels);
  g_test_add_data_func ("/outputs/field-labels/es", "es", test_field_labels);

  status = g_test_run ();
  rd_test_remove_tree (data_home);
  return status;
}
