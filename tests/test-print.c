/* test-print.c: the print compositor and `resdiff OLD NEW -o out.pdf`,
 * read back with pdftotext and pdfinfo; no display
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/wait.h>

#include "rd-comparison.h"
#include "rd-print-compositor.h"
#include "rd-save.h"
#include "rd-series.h"
#include "rd-test-pdf.h"
#include "rd-test-spawn.h"
#include "rd-test-util.h"

/* A4 and US Letter in points, and the slack pdfinfo's rounding needs. */
#define A4_SHORT 595.276
#define A4_LONG 841.89
#define LETTER_SHORT 612.0
#define LETTER_LONG 792.0
#define SIZE_SLACK 0.5

typedef struct
{
  char *dir;
  char *old_path;
  char *new_path;
  char *out_path;
} Pair;

static void
pair_setup (Pair *fixture,
            gconstpointer data)
{
  fixture->dir = g_dir_make_tmp ("resdiff-print-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  rd_test_write_print_pair (fixture->dir, &fixture->old_path, &fixture->new_path);
  fixture->out_path = g_build_filename (fixture->dir, "out.pdf", NULL);
}

static void
pair_teardown (Pair *fixture,
               gconstpointer data)
{
  rd_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->old_path);
  g_free (fixture->new_path);
  g_free (fixture->out_path);
}

/* The pair compared in this process, as the command line compares it. */
static RdComparison *
compare_pair (void)
{
  g_autoptr (RdSeed) old_seed = NULL;
  g_autoptr (RdSeed) new_seed = NULL;

  rd_test_print_pair (&old_seed, &new_seed);
  return rd_seed_compare (old_seed, new_seed);
}

static void
assert_is_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* Complete: the trailer at the end. */
  g_assert_nonnull (g_strstr_len (contents + length - 64, 64, "%EOF"));
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is not in the PDF's text", needle);
}

/* Every unchanged paragraph without footnote markers, as written in the
 * later version (marked paragraphs hold deleted words inline). */
static GPtrArray *
unchanged_paragraph_texts (RdComparison *comparison)
{
  GPtrArray *texts = g_ptr_array_new ();
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  GPtrArray *paragraphs = rd_document_get_paragraphs (rd_comparison_get_new (comparison));

  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);
      const RdParagraph *paragraph;

      if (change->type != RD_CHANGE_UNCHANGED)
        continue;
      paragraph = g_ptr_array_index (paragraphs, g_array_index (change->new_items, guint, 0));
      if (paragraph->footnotes->len == 0)
        g_ptr_array_add (texts, paragraph->text);
    }
  return texts;
}

/* resdiff OLD NEW -o out.pdf */

static void
test_cli_redline (Pair *fixture,
                  gconstpointer data)
{
  g_auto (RdRun) run = { 0 };
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (GPtrArray) unchanged = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *first_page = NULL;
  g_autofree char *last_page = NULL;
  g_autofree char *page_one = NULL;
  g_autofree char *page_last = NULL;
  guint pages;
  double width = 0.0;
  double height = 0.0;

  if (!rd_test_have_poppler_utils ())
    return;

  /* rd_run_resdiff unsets DISPLAY and WAYLAND_DISPLAY. */
  rd_run_resdiff (&run, fixture->old_path, fixture->new_path, "-o", fixture->out_path, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpint (run.status, ==, 1);
  assert_is_pdf (fixture->out_path);

  /* The seed is five pages of the UN's own layout; the summary adds one. */
  pages = rd_test_pdf_pages (fixture->out_path);
  g_assert_cmpuint (pages, >=, 4);
  g_assert_cmpuint (pages, <=, 12);

  rd_test_pdf_page_size (fixture->out_path, &width, &height);
  g_assert_cmpfloat (width, <, height);
  g_assert_true ((fabs (width - A4_SHORT) < SIZE_SLACK && fabs (height - A4_LONG) < SIZE_SLACK) ||
                 (fabs (width - LETTER_SHORT) < SIZE_SLACK && fabs (height - LETTER_LONG) < SIZE_SLACK));

  text = rd_test_pdf_text (fixture->out_path, 0, 0);

  /* The running header on every page, with both symbols. */
  first_page = rd_test_pdf_text (fixture->out_path, 1, 1);
  last_page = rd_test_pdf_text (fixture->out_path, pages, pages);
  page_one = g_strdup_printf ("page 1 of %u", pages);
  page_last = g_strdup_printf ("page %u of %u", pages, pages);
  assert_contains (first_page, "A/C.3/68/L.4 → A/C.3/68/L.4/Rev.1");
  assert_contains (first_page, page_one);
  assert_contains (last_page, "A/C.3/68/L.4 → A/C.3/68/L.4/Rev.1");
  assert_contains (last_page, page_last);

  /* The summary and the legend on page one. */
  assert_contains (first_page, "Summary");
  assert_contains (first_page, "Sponsors joined");
  assert_contains (first_page, "Canada");
  assert_contains (first_page, "Sponsors left");
  assert_contains (first_page, "Benin");
  assert_contains (first_page, "1 modified, 1 inserted, 1 deleted, 1 moved");
  assert_contains (first_page, "Legend");
  assert_contains (first_page, "Inserted: underlined");
  assert_contains (first_page, "Deleted: struck through");
  assert_contains (first_page, "Moved: framed");

  /* The changes, labelled. */
  assert_contains (text, "OP 9, modified, Invites → Encourages");
  assert_contains (text, "Invites Encourages Member States to address");
  assert_contains (text, "inserted");
  assert_contains (text, "deleted");
  assert_contains (text, "old OP 14 moved to new OP 16, page");
  assert_contains (text, "new OP 16, moved from old OP 14, page");
  assert_contains (text, "Footnotes");

  /* The document's paragraphs, every one. */
  squeezed = rd_test_squeeze (text);
  {
    g_autofree char *inserted = rd_test_squeeze (RD_TEST_INSERTED_TEXT);
    g_autofree char *deleted = rd_test_squeeze (RD_TEST_DELETED_PREFIX);
    assert_contains (squeezed, inserted);
    assert_contains (squeezed, deleted);
  }
  comparison = compare_pair ();
  unchanged = unchanged_paragraph_texts (comparison);
  g_assert_cmpuint (unchanged->len, >, 30);
  for (guint i = 0; i < unchanged->len; i++)
    {
      g_autofree char *paragraph = rd_test_squeeze (g_ptr_array_index (unchanged, i));
      assert_contains (squeezed, paragraph);
    }
}

/* No paragraph shorter than a page is cut across two. */
static void
test_cli_paragraphs_whole (Pair *fixture,
                           gconstpointer data)
{
  g_auto (RdRun) run = { 0 };
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (GPtrArray) unchanged = NULL;
  g_autoptr (GPtrArray) page_texts = g_ptr_array_new_with_free_func (g_free);
  guint pages;

  if (!rd_test_have_poppler_utils ())
    return;

  rd_run_resdiff (&run, fixture->old_path, fixture->new_path, "-o", fixture->out_path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  pages = rd_test_pdf_pages (fixture->out_path);
  for (guint page = 1; page <= pages; page++)
    {
      g_autofree char *text = rd_test_pdf_text (fixture->out_path, page, page);
      g_ptr_array_add (page_texts, rd_test_squeeze (text));
    }

  comparison = compare_pair ();
  unchanged = unchanged_paragraph_texts (comparison);
  for (guint i = 0; i < unchanged->len; i++)
    {
      g_autofree char *paragraph = rd_test_squeeze (g_ptr_array_index (unchanged, i));
      gboolean found = FALSE;

      for (guint page = 0; page < page_texts->len && !found; page++)
        found = strstr (g_ptr_array_index (page_texts, page), paragraph) != NULL;
      if (!found)
        g_error ("paragraph %u is cut across pages: %s", i, (const char *) g_ptr_array_index (unchanged, i));
    }
}

static void
test_cli_side_by_side (Pair *fixture,
                       gconstpointer data)
{
  g_auto (RdRun) run = { 0 };
  g_autofree char *text = NULL;
  double width = 0.0;
  double height = 0.0;
  guint pages;

  if (!rd_test_have_poppler_utils ())
    return;

  rd_run_resdiff (&run, fixture->old_path, fixture->new_path, "--layout=side-by-side", "-o", fixture->out_path, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 1);
  assert_is_pdf (fixture->out_path);

  rd_test_pdf_page_size (fixture->out_path, &width, &height);
  g_assert_cmpfloat (width, >, height);
  pages = rd_test_pdf_pages (fixture->out_path);
  g_assert_cmpuint (pages, >=, 4);
  g_assert_cmpuint (pages, <=, 20);

  text = rd_test_pdf_text (fixture->out_path, 0, 0);
  assert_contains (text, "page 1 of");
  assert_contains (text, "A/C.3/68/L.4 → A/C.3/68/L.4/Rev.1");
  assert_contains (text, "Earlier: A/C.3/68/L.4");
  assert_contains (text, "Later: A/C.3/68/L.4/Rev.1");
  assert_contains (text, "Legend");
  assert_contains (text, "OP 9, modified, Invites → Encourages");
}

/* --format=pdf whatever the name; an unknown layout is refused. */
static void
test_cli_format_option (Pair *fixture,
                        gconstpointer data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "copy.bin", NULL);
  g_auto (RdRun) run = { 0 };
  g_auto (RdRun) bad = { 0 };

  rd_run_resdiff (&run, "--format=pdf", fixture->old_path, fixture->new_path, "-o", target, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_is_pdf (target);

  rd_run_resdiff (&bad, "--layout=diagonal", fixture->old_path, fixture->new_path, "-o", fixture->out_path, NULL);
  g_assert_cmpint (bad.status, ==, 2);
  rd_assert_one_line_error (&bad, "diagonal", "--layout");
  g_assert_false (g_file_test (fixture->out_path, G_FILE_TEST_EXISTS));
}

/* Two identical versions: exit status 0, and still a PDF to file. */
static void
test_cli_same (Pair *fixture,
               gconstpointer data)
{
  g_auto (RdRun) run = { 0 };

  rd_run_resdiff (&run, fixture->old_path, fixture->old_path, "-o", fixture->out_path, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  assert_is_pdf (fixture->out_path);
}

/* -o naming an input: exit 2, one line naming it, the input untouched. */
static void
test_cli_refuses_input (Pair *fixture,
                        gconstpointer data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *other_path = g_build_filename (fixture->dir, ".", "new.txt", NULL);
  g_auto (RdRun) run = { 0 };
  g_auto (RdRun) other = { 0 };

  g_assert_true (g_file_get_contents (fixture->old_path, &before, NULL, NULL));
  rd_run_resdiff (&run, fixture->old_path, fixture->new_path, "--format=pdf", "-o", fixture->old_path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, "old.txt", "one of the files being compared");
  g_assert_true (g_file_get_contents (fixture->old_path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  /* The same file written another way. */
  rd_run_resdiff (&other, fixture->old_path, fixture->new_path, "--format=pdf", "-o", other_path, NULL);
  g_assert_cmpint (other.status, ==, 2);
  rd_assert_one_line_error (&other, "new.txt", "one of the files being compared");
}

/* The compositor in this process */

static cairo_status_t
discard (void *closure,
         const unsigned char *data,
         unsigned int length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* Pagination goes in steps, pages are counted only at the end, and each
 * page draws without error. */
static void
test_compositor_steps (void)
{
  g_autoptr (RdComparison) comparison = compare_pair ();
  g_autoptr (RdPrintCompositor) compositor = rd_print_compositor_new (comparison, RD_LAYOUT_REDLINE);
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard, NULL, 595, 842);
  cairo_t *cr = cairo_create (surface);
  double progress = 0.0;
  guint steps = 0;

  rd_print_compositor_set_page_size (compositor, 595, 842);
  g_assert_cmpuint (rd_print_compositor_get_n_pages (compositor), ==, 0);
  while (!rd_print_compositor_paginate (compositor, cr))
    {
      double now = rd_print_compositor_get_pagination_progress (compositor);
      g_assert_cmpfloat (now, >, progress);
      g_assert_cmpfloat (now, <, 1.0);
      g_assert_cmpuint (rd_print_compositor_get_n_pages (compositor), ==, 0);
      progress = now;
      steps++;
    }
  g_assert_cmpuint (steps, >=, 1);
  g_assert_cmpfloat (rd_print_compositor_get_pagination_progress (compositor), ==, 1.0);
  g_assert_cmpuint (rd_print_compositor_get_n_pages (compositor), >=, 4);
  /* Done is done. */
  g_assert_true (rd_print_compositor_paginate (compositor, cr));

  for (guint page = 0; page < rd_print_compositor_get_n_pages (compositor); page++)
    {
      rd_print_compositor_draw_page (compositor, cr, page);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

static char *
write_bytes (const char *dir,
             const char *name,
             GBytes *bytes)
{
  char *path = g_build_filename (dir, name, NULL);
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
  return path;
}

/* The paper and margins given are the paper and margins drawn; a smaller
 * page means more pages. */
static void
test_compositor_page_size (void)
{
  g_autoptr (RdComparison) comparison = compare_pair ();
  g_autoptr (RdPrintCompositor) compositor = rd_print_compositor_new (comparison, RD_LAYOUT_REDLINE);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) letter = NULL;
  g_autoptr (GBytes) small = NULL;
  g_autofree char *dir = g_dir_make_tmp ("resdiff-print-XXXXXX", NULL);
  g_autofree char *letter_path = NULL;
  g_autofree char *small_path = NULL;
  double width = 0.0;
  double height = 0.0;
  double top = 0.0;
  double left = 0.0;
  guint letter_pages;

  if (!rd_test_have_poppler_utils ())
    return;

  rd_print_compositor_set_page_size (compositor, LETTER_SHORT, LETTER_LONG);
  rd_print_compositor_set_margins (compositor, 36, 36, 54, 54);
  rd_print_compositor_get_margins (compositor, &top, NULL, &left, NULL);
  g_assert_cmpfloat (top, ==, 36);
  g_assert_cmpfloat (left, ==, 54);
  letter = rd_print_compositor_render_pdf (compositor, &error);
  g_assert_no_error (error);
  letter_pages = rd_print_compositor_get_n_pages (compositor);
  letter_path = write_bytes (dir, "letter.pdf", letter);
  rd_test_pdf_page_size (letter_path, &width, &height);
  g_assert_cmpfloat (fabs (width - LETTER_SHORT), <, SIZE_SLACK);
  g_assert_cmpfloat (fabs (height - LETTER_LONG), <, SIZE_SLACK);
  g_assert_cmpuint (rd_test_pdf_pages (letter_path), ==, letter_pages);

  /* A5 starts pagination again. */
  rd_print_compositor_set_page_size (compositor, 420, 595);
  g_assert_cmpuint (rd_print_compositor_get_n_pages (compositor), ==, 0);
  small = rd_print_compositor_render_pdf (compositor, &error);
  g_assert_no_error (error);
  small_path = write_bytes (dir, "small.pdf", small);
  g_assert_cmpuint (rd_test_pdf_pages (small_path), >, letter_pages);

  rd_test_remove_dir (dir);
}

/* A paragraph longer than a page is cut between lines over several
 * pages, and nothing of it is lost. */
static void
test_compositor_long_paragraph (void)
{
  g_autoptr (RdSeed) old_seed = rd_seed_load ();
  g_autoptr (RdSeed) new_seed = rd_seed_load ();
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (RdPrintCompositor) compositor = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) pdf = NULL;
  g_autofree char *dir = g_dir_make_tmp ("resdiff-print-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  GString *long_paragraph = g_string_new ("Stressing ");
  guint index = rd_seed_find (new_seed, "Recalling also Economic");

  if (!rd_test_have_poppler_utils ())
    {
      g_string_free (long_paragraph, TRUE);
      return;
    }

  for (guint i = 0; i < 400; i++)
    g_string_append_printf (long_paragraph, "clause%u of the long paragraph, ", i);
  g_string_append (long_paragraph, "and the end of it,");
  rd_seed_insert (new_seed, index + 1, long_paragraph->str);
  comparison = rd_seed_compare (old_seed, new_seed);
  compositor = rd_print_compositor_new (comparison, RD_LAYOUT_REDLINE);
  rd_print_compositor_set_page_size (compositor, A4_SHORT, A4_LONG);
  pdf = rd_print_compositor_render_pdf (compositor, &error);
  g_assert_no_error (error);
  path = write_bytes (dir, "long.pdf", pdf);

  text = rd_test_pdf_text (path, 0, 0);
  squeezed = rd_test_squeeze (text);
  for (guint i = 0; i < 400; i += 37)
    {
      g_autofree char *clause = g_strdup_printf ("clause%uofthelongparagraph,", i);
      assert_contains (squeezed, clause);
    }
  assert_contains (squeezed, "clause399ofthelongparagraph,andtheendofit,");
  g_assert_cmpuint (rd_test_pdf_pages (path), >=, 8);

  g_string_free (long_paragraph, TRUE);
  rd_test_remove_dir (dir);
}

/* Document text is text, never markup: "<b>" and "&amp;" print as
 * written. */
static void
test_compositor_hostile_text (void)
{
  g_autoptr (RdSeed) old_seed = rd_seed_load ();
  g_autoptr (RdSeed) new_seed = rd_seed_load ();
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (RdPrintCompositor) compositor = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) pdf = NULL;
  g_autofree char *dir = g_dir_make_tmp ("resdiff-print-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint index = rd_seed_find (new_seed, "10. *Calls upon*");

  if (!rd_test_have_poppler_utils ())
    return;

  rd_seed_replace (new_seed, index, "Member States,", "Member States <b>bold</b> & <span foreground=\"red\">Q&amp;A</span>,");
  comparison = rd_seed_compare (old_seed, new_seed);
  compositor = rd_print_compositor_new (comparison, RD_LAYOUT_SIDE_BY_SIDE);
  pdf = rd_print_compositor_render_pdf (compositor, &error);
  g_assert_no_error (error);
  path = write_bytes (dir, "hostile.pdf", pdf);
  text = rd_test_pdf_text (path, 0, 0);
  assert_contains (text, "<b>bold</b>");
  assert_contains (text, "Q&amp;A");

  rd_test_remove_dir (dir);
}

/* write_pdf saves atomically and refuses an input. */
static void
test_compositor_write_pdf (Pair *fixture,
                           gconstpointer data)
{
  g_autoptr (GFile) old_file = g_file_new_for_path (fixture->old_path);
  g_autoptr (GFile) new_file = g_file_new_for_path (fixture->new_path);
  g_autoptr (GFile) out_file = g_file_new_for_path (fixture->out_path);
  g_autoptr (RdDocument) old_document = rd_document_load (old_file, NULL, NULL);
  g_autoptr (RdDocument) new_document = rd_document_load (new_file, NULL, NULL);
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (RdPrintCompositor) compositor = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_nonnull (old_document);
  g_assert_nonnull (new_document);
  comparison = rd_comparison_new (old_document, new_document, NULL);
  compositor = rd_print_compositor_new (comparison, RD_LAYOUT_REDLINE);

  g_assert_true (rd_print_compositor_write_pdf (compositor, out_file, NULL, &error));
  g_assert_no_error (error);
  assert_is_pdf (fixture->out_path);

  g_assert_true (g_file_get_contents (fixture->new_path, &before, NULL, NULL));
  g_assert_false (rd_print_compositor_write_pdf (compositor, new_file, NULL, &error));
  g_assert_error (error, RD_SAVE_ERROR, RD_SAVE_ERROR_IS_INPUT);
  g_assert_true (g_file_get_contents (fixture->new_path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
}

/* A series' PDF (rd_print_compositor_new_for_series ()): its pages, its
 * title, and no version of the series overwritten. */
static void
test_compositor_series (void)
{
  static const char *const names[] = { "A_RES_78_141.en.pdf", "A_RES_79_198.en.pdf", "A_C.2_80_L.24.en.pdf" };
  g_autoptr (GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (RdSeries) series = NULL;
  g_autoptr (RdPrintCompositor) compositor = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("resdiff-print-series-XXXXXX", NULL);
  g_autofree char *middle = g_build_filename (dir, names[1], NULL);
  g_autofree char *out = g_build_filename (dir, "series.pdf", NULL);
  g_autofree char *source = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *title = NULL;
  gsize before_length = 0;
  gsize after_length = 0;

  g_assert_true (rd_test_have_poppler_utils ());
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "corpus", names[i], NULL);

      /* The middle version read from a copy, which the test then tries
       * to overwrite. */
      if (i == 1)
        {
          g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));
          g_assert_true (g_file_set_contents (middle, before, before_length, NULL));
          g_ptr_array_add (documents, rd_test_load_path (middle, NULL));
        }
      else
        g_ptr_array_add (documents, rd_test_load_path (path, NULL));
    }
  series = rd_series_new (documents, NULL);
  compositor = rd_print_compositor_new_for_series (series);
  g_assert_true (rd_print_compositor_get_comparison (compositor) == rd_series_get_step (series, 1));

  {
    g_autoptr (GFile) target = g_file_new_for_path (middle);

    g_assert_false (rd_print_compositor_write_pdf (compositor, target, NULL, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_true (g_file_get_contents (middle, &after, &after_length, NULL));
    g_assert_cmpuint (after_length, ==, before_length);
    g_assert_true (memcmp (before, after, before_length) == 0);
  }
  {
    g_autoptr (GFile) target = g_file_new_for_path (out);
    g_autofree char *text = NULL;
    g_autofree char *squeezed = NULL;

    g_assert_true (rd_print_compositor_write_pdf (compositor, target, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (rd_print_compositor_get_n_pages (compositor), >, 3);
    g_assert_cmpuint (rd_test_pdf_pages (out), ==, rd_print_compositor_get_n_pages (compositor));
    title = rd_test_pdf_info (out, "Title");
    g_assert_cmpstr (title, ==, "Series: A/RES/78/141 → … → A/C.2/80/L.24");
    text = rd_test_pdf_text (out, 1, 1);
    squeezed = rd_test_squeeze (text);
    /* The running header names the first and last versions. */
    g_assert_nonnull (strstr (squeezed, "A/RES/78/141→…→A/C.2/80/L.24"));
    g_assert_nonnull (strstr (squeezed, "Step2→3:A/RES/79/198→A/C.2/80/L.24"));
  }
  g_unlink (out);
  g_unlink (middle);
  g_rmdir (dir);
}

/* Where the first word starting with @prefix stands on the PDF's page
 * @page, from pdftotext's word boxes: its left and right edges. */
static gboolean
find_word (const char *path,
           guint page,
           const char *prefix,
           double *x_min,
           double *x_max)
{
  g_autofree char *first = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-bbox", "-f", first, "-l", first, path, "-", NULL };
  g_autofree char *boxes = rd_test_run_tool (argv);
  g_autofree char *needle = g_strdup_printf ("\">%s", prefix);
  const char *word = boxes != NULL ? strstr (boxes, needle) : NULL;
  const char *start;
  const char *x;

  if (word == NULL)
    return FALSE;
  start = g_strrstr_len (boxes, word - boxes, "<word ");
  g_assert_nonnull (start);
  x = strstr (start, "xMin=\"");
  *x_min = g_ascii_strtod (x + strlen ("xMin=\""), NULL);
  x = strstr (start, "xMax=\"");
  *x_max = g_ascii_strtod (x + strlen ("xMax=\""), NULL);
  return TRUE;
}

/* An Arabic comparison is printed as the mirror of an English one: the
 * change's label and the summary's labels at the right, the page number
 * at the left; the English pair the other way round. */
static void
test_compositor_right_to_left (void)
{
  g_autoptr (RdDocument) old_document = rd_test_parse_text ("لكل فرد الحق في الحياة والحرية وسلامة شخصه.\n\nلا يجوز استرقاق أو استعباد أي شخص، ويحظر الاسترقاق وتجارة الرقيق بكافة أوضاعهما.\n\nلا يعرض أي إنسان للتعذيب ولا للعقوبات أو المعاملات القاسية أو الوحشية أو الحاطة بالكرامة.\n");
  g_autoptr (RdDocument) new_document = rd_test_parse_text ("لكل فرد الحق في الحياة والحرية والأمان على شخصه.\n\nلا يعرض أي إنسان للتعذيب ولا للعقوبات أو المعاملات القاسية أو الوحشية أو الحاطة بالكرامة.\n");
  g_autoptr (RdDocument) english_old = rd_test_parse_text ("Everyone has the right to life, liberty and security of person.\n\nNo one shall be held in slavery or servitude.\n");
  g_autoptr (RdDocument) english_new = rd_test_parse_text ("Everyone has the right to life, liberty and the security of person.\n");
  g_autofree char *dir = g_dir_make_tmp ("resdiff-print-rtl-XXXXXX", NULL);
  g_autofree char *arabic_path = g_build_filename (dir, "arabic.pdf", NULL);
  g_autofree char *english_path = g_build_filename (dir, "english.pdf", NULL);
  const char *paths[] = { arabic_path, english_path };
  RdDocument *pairs[][2] = { { old_document, new_document }, { english_old, english_new } };

  if (!rd_test_have_poppler_utils ())
    return;
  for (guint p = 0; p < G_N_ELEMENTS (paths); p++)
    {
      gboolean arabic = p == 0;
      g_autoptr (RdComparison) comparison = rd_comparison_new (pairs[p][0], pairs[p][1], NULL);
      g_autoptr (RdPrintCompositor) compositor = rd_print_compositor_new (comparison, RD_LAYOUT_REDLINE);
      g_autoptr (GFile) file = g_file_new_for_path (paths[p]);
      g_autoptr (GError) error = NULL;
      guint pages;
      double width = 0.0;
      double height = 0.0;
      double x_min = 0.0;
      double x_max = 0.0;
      gboolean found = FALSE;

      g_assert_true (rd_print_compositor_write_pdf (compositor, file, NULL, &error));
      g_assert_no_error (error);
      rd_test_pdf_page_size (paths[p], &width, &height);
      pages = rd_test_pdf_pages (paths[p]);

      /* The running header's page number. */
      g_assert_true (find_word (paths[p], 1, "page", &x_min, &x_max));
      if (arabic)
        g_assert_cmpfloat (x_max, <, width / 2);
      else
        g_assert_cmpfloat (x_min, >, width / 2);
      /* The summary's label column ("Sponsors joined"). */
      g_assert_true (find_word (paths[p], 1, "joined", &x_min, &x_max));
      if (arabic)
        g_assert_cmpfloat (x_min, >, width / 2);
      else
        g_assert_cmpfloat (x_max, <, width / 2);
      /* A change's label ("para. 1, modified"), on whichever page. */
      for (guint page = 1; page <= pages && !found; page++)
        found = find_word (paths[p], page, "para.", &x_min, &x_max);
      g_assert_true (found);
      if (arabic)
        g_assert_cmpfloat (x_min, >, width / 2);
      else
        g_assert_cmpfloat (x_max, <, width / 2);
      g_unlink (paths[p]);
    }
  g_rmdir (dir);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/print/cli/redline", Pair, NULL, pair_setup, test_cli_redline, pair_teardown);
  g_test_add ("/print/cli/paragraphs-whole", Pair, NULL, pair_setup, test_cli_paragraphs_whole, pair_teardown);
  g_test_add ("/print/cli/side-by-side", Pair, NULL, pair_setup, test_cli_side_by_side, pair_teardown);
  g_test_add ("/print/cli/format-option", Pair, NULL, pair_setup, test_cli_format_option, pair_teardown);
  g_test_add ("/print/cli/same", Pair, NULL, pair_setup, test_cli_same, pair_teardown);
  g_test_add ("/print/cli/refuses-input", Pair, NULL, pair_setup, test_cli_refuses_input, pair_teardown);
  g_test_add_func ("/print/compositor/steps", test_compositor_steps);
  g_test_add_func ("/print/compositor/page-size", test_compositor_page_size);
  g_test_add_func ("/print/compositor/long-paragraph", test_compositor_long_paragraph);
  g_test_add_func ("/print/compositor/hostile-text", test_compositor_hostile_text);
  g_test_add ("/print/compositor/write-pdf", Pair, NULL, pair_setup, test_compositor_write_pdf, pair_teardown);
  rd_test_add_pdf_func ("/print/compositor/series", test_compositor_series);
  g_test_add_func ("/print/compositor/right-to-left", test_compositor_right_to_left);

  return g_test_run ();
}
