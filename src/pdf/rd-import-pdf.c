/* rd-import-pdf.c: PDF with poppler-glib
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Includes */

#include "config.h"

#include "rd-import-pdf.h"
#include "rd-import.h"
#include "rd-tsan-private.h"

#include <glib/gi18n-lib.h>

#ifdef HAVE_POPPLER

#include "rd-pdf-private.h"

/*
 * How it works.  poppler gives the characters of each page with a box and
 * font attributes (read here, under one lock: see below).  rd-pdf-lines.c
 * groups them into lines: rows by baseline, small raised characters
 * (footnote marks) joined to the row they stand on, a row cut where a wide
 * horizontal gap separates two items ("United Nations ... A/C.3/80/L.4").
 * rd-pdf-blocks.c drops the lines in the page margins that carry page
 * furniture, sets the footnotes below the separator apart, and makes
 * blocks of the rest: a block goes on while the next line starts at the
 * left edge of the text column, close below the last one, and a line that
 * starts anywhere else (a first-line indent, the masthead's columns, a
 * centred or right-aligned line) starts a new block.  What the three share
 * is in rd-pdf-private.h.
 */

static gboolean
open_error (GError *poppler_error,
            GError **error)
{
  if (g_error_matches (poppler_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
    g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_ENCRYPTED,
                 _ ("this PDF is protected by a password; open it in a PDF reader and save an unprotected copy"));
  else
    g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED,
                 _ ("this PDF is damaged or incomplete and cannot be read; download or copy it again"));
  return FALSE;
}

/* Poppler keeps global state (the output colour profile GfxState creates
 * lazily, font caches) that is not safe to use from two threads, and the
 * loader reads both versions at once.  Every poppler call is made under
 * this one process-wide lock; what is done with the characters afterwards
 * runs in parallel. */
static GMutex poppler_lock;

/* The characters and height of each page of @document: @page_chars gets
 * a GArray of PdfChar per page.  Called under poppler_lock.  Stops at the
 * next page once @cancellable is cancelled: a window closed while a long
 * PDF is read must not wait for the rest of it (the process waits for
 * every read to end before exiting, rd_loader_wait_background ()). */
static gboolean
read_pages (PopplerDocument *document,
            GPtrArray *page_chars,
            GArray *heights,
            GCancellable *cancellable,
            GError **error)
{
  int n_pages = poppler_document_get_n_pages (document);

  if (n_pages <= 0)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED,
                   _ ("this PDF is damaged or incomplete and cannot be read; download or copy it again"));
      return FALSE;
    }
  if (n_pages > RD_LIMIT_PAGES)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE,
                   _ ("the PDF has %d pages, more than %d (the limit on pages)"), n_pages, RD_LIMIT_PAGES);
      return FALSE;
    }

  for (int p = 0; p < n_pages; p++)
    {
      PopplerPage *page = poppler_document_get_page (document, p);
      double width = 0, height = 0;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_clear_object (&page);
          return FALSE;
        }
      if (page == NULL)
        {
          g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED,
                       _ ("this PDF is damaged or incomplete and cannot be read; download or copy it again"));
          return FALSE;
        }
      poppler_page_get_size (page, &width, &height);
      g_ptr_array_add (page_chars, rd_pdf_page_get_chars (page));
      g_array_append_val (heights, height);
      g_object_unref (page);
    }
  return TRUE;
}

/* Public API */

RdBlockList *
rd_import_pdf_with_poppler (GBytes *bytes,
                            GCancellable *cancellable,
                            GError **error)
{
  g_autoptr (GPtrArray) page_chars = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr (GArray) heights = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean read = FALSE;

  g_return_val_if_fail (bytes != NULL, NULL);

  g_mutex_lock (&poppler_lock);
  rd_tsan_acquire (&poppler_lock); /* GMutex is a futex ThreadSanitizer
                                    * does not see */
  {
    g_autoptr (GError) local_error = NULL;
    /* build-aux/bench reports poppler's time apart from ours */
    gint64 start = g_get_monotonic_time ();
    PopplerDocument *document = poppler_document_new_from_bytes (bytes, NULL, &local_error);

    if (document == NULL)
      open_error (local_error, error);
    else
      {
        read = read_pages (document, page_chars, heights, cancellable, error);
        g_debug ("poppler read %d pages in %.3f ms", poppler_document_get_n_pages (document),
                 (g_get_monotonic_time () - start) / 1000.0);
        g_object_unref (document);
      }
  }
  rd_tsan_release (&poppler_lock);
  g_mutex_unlock (&poppler_lock);

  if (!read)
    return NULL;
  return rd_pdf_import_pages (page_chars, heights, error);
}

#endif /* HAVE_POPPLER */
