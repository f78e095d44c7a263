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
 * font attributes (read here, the pages of a document in parallel: see
 * below).  rd-pdf-lines.c
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

/* Reading in parallel.  Poppler's objects are not to be shared between
 * threads, so each thread reads with a PopplerDocument of its own, made
 * from the same bytes; the pages of one document are shared out among a
 * few threads, and the documents the loader and indexing read at once
 * are read at once.  Some of poppler's state is process-wide, made on
 * first use behind a plain test of a static pointer: the colour profiles
 * every GfxState's constructor makes (two threads there at once raced: it
 * once leaked under LeakSanitizer, and other programs report a corrupted
 * heap) and the FreeType library each document's Cairo output device
 * starts.  So the first document of the process is opened and its first
 * page displayed alone, under this lock; after that they are only read,
 * and the rest of its pages and every other document are read in
 * parallel.
 * What else a text extraction touches is the document's own or behind
 * poppler's own locks (its global parameters, their caches of CMaps and
 * Unicode maps). */
static GMutex first_page_lock;
static gint first_page_done; /* atomic: a page was displayed */

static void
lock_first_page (void)
{
  g_mutex_lock (&first_page_lock);
  rd_tsan_acquire (&first_page_lock); /* GMutex is a futex ThreadSanitizer
                                       * does not see */
}

static void
unlock_first_page (void)
{
  rd_tsan_release (&first_page_lock);
  g_mutex_unlock (&first_page_lock);
}

/* Processors idle now: the machine's less the tasks running besides this
 * one (the fourth field of /proc/loadavg, "running/total", counts the
 * thread reading it).  Threads beyond them only wait their turn: on a
 * machine whose processors were all busy, a PDF's pages read by two
 * threads took a tenth longer than by one. */
static guint
idle_processors (void)
{
  guint n_processors = g_get_num_processors ();
  g_autofree char *contents = NULL;
  g_auto (GStrv) fields = NULL;
  guint64 running;

  if (!g_file_get_contents ("/proc/loadavg", &contents, NULL, NULL))
    return n_processors;
  fields = g_strsplit (contents, " ", 5);
  if (g_strv_length (fields) < 4 || !g_ascii_string_to_unsigned (g_strdelimit (fields[3], "/", '\0'), 10, 1, G_MAXUINT, &running, NULL))
    return n_processors;
  return running - 1 < n_processors ? n_processors - (guint) (running - 1) : 1;
}

/* Pages a thread is worth: below this, opening the document again costs
 * more than the pages it would read. */
#define PAGES_PER_THREAD 4

typedef struct
{
  GBytes *bytes;
  int n_pages;
  gint next_page;  /* atomic: the next page to read */
  GArray **chars;  /* per page: PdfChar, read */
  double *heights; /* per page */
  GCancellable *cancellable;
  GMutex lock;   /* guards what follows */
  GError *error; /* of the lowest page that failed */
  int error_page;
  gint stop; /* atomic: a page failed, the others need not be read */
} PageReading;

static void
reading_fail (PageReading *reading,
              int page,
              GError *error)
{
  g_mutex_lock (&reading->lock);
  if (reading->error == NULL || page < reading->error_page)
    {
      g_clear_error (&reading->error);
      reading->error = error;
      reading->error_page = page;
    }
  else
    g_error_free (error);
  g_mutex_unlock (&reading->lock);
  g_atomic_int_set (&reading->stop, 1);
}

static void
damaged_error (GError **error)
{
  g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED,
               _ ("this PDF is damaged or incomplete and cannot be read; download or copy it again"));
}

/* Reads page @p of @document into @reading.  Stops at the next page once
 * the cancellable is cancelled: a window closed while a long PDF is read
 * must not wait for the rest of it (the process waits for every read to
 * end before exiting, rd_loader_wait_background ()). */
static gboolean
read_page (PageReading *reading,
           PopplerDocument *document,
           int p)
{
  GError *error = NULL;
  PopplerPage *page;
  double width = 0, height = 0;

  if (g_cancellable_set_error_if_cancelled (reading->cancellable, &error))
    {
      reading_fail (reading, p, error);
      return FALSE;
    }
  page = poppler_document_get_page (document, p);
  if (page == NULL)
    {
      damaged_error (&error);
      reading_fail (reading, p, error);
      return FALSE;
    }
  poppler_page_get_size (page, &width, &height);
  reading->chars[p] = rd_pdf_page_get_chars (page);
  reading->heights[p] = height;
  g_object_unref (page);
  return TRUE;
}

/* Reads pages, the next one not taken, until none is left. */
static void
read_pages_with (PageReading *reading,
                 PopplerDocument *document)
{
  while (!g_atomic_int_get (&reading->stop))
    {
      int p = g_atomic_int_add (&reading->next_page, 1);

      if (p >= reading->n_pages || !read_page (reading, document, p))
        break;
    }
}

static gpointer
page_thread (gpointer data)
{
  PageReading *reading = data;
  PopplerDocument *document = poppler_document_new_from_bytes (reading->bytes, NULL, NULL);

  /* The first thread opened the same bytes: this fails only short of
   * memory; the others read the pages then. */
  if (document != NULL)
    {
      read_pages_with (reading, document);
      g_object_unref (document);
    }
  return NULL;
}

/* The characters and height of each page of @document, read from
 * @bytes: @page_chars gets a GArray of PdfChar per page. */
static gboolean
read_pages (GBytes *bytes,
            PopplerDocument *document,
            gboolean *holding_lock,
            GPtrArray *page_chars,
            GArray *heights,
            GCancellable *cancellable,
            GError **error)
{
  int n_pages = poppler_document_get_n_pages (document);
  g_autoptr (GPtrArray) threads = g_ptr_array_new ();
  PageReading reading = { 0 };
  guint n_threads;

  if (n_pages <= 0)
    {
      damaged_error (error);
      return FALSE;
    }
  if (n_pages > RD_LIMIT_PAGES)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE,
                   _ ("the PDF has %d pages, more than %d (the limit on pages)"), n_pages, RD_LIMIT_PAGES);
      return FALSE;
    }

  reading.bytes = bytes;
  reading.n_pages = n_pages;
  reading.chars = g_new0 (GArray *, n_pages);
  reading.heights = g_new0 (double, n_pages);
  reading.cancellable = cancellable;
  g_mutex_init (&reading.lock);

  /* The process's first page, alone: then the others in parallel. */
  if (*holding_lock)
    {
      reading.next_page = 1;
      if (read_page (&reading, document, 0))
        {
          g_atomic_int_set (&first_page_done, 1);
          unlock_first_page ();
          *holding_lock = FALSE;
        }
    }
  n_threads = *holding_lock ? 1 : MIN (idle_processors (), (guint) n_pages / PAGES_PER_THREAD);
  for (guint i = 1; i < n_threads && !g_atomic_int_get (&reading.stop); i++)
    {
      GThread *thread = g_thread_try_new ("rd-pdf-pages", page_thread, &reading, NULL);

      /* Fewer threads when no more can be made: the pages are read
       * all the same. */
      if (thread == NULL)
        break;
      g_ptr_array_add (threads, thread);
    }
  read_pages_with (&reading, document);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));

  if (reading.error == NULL)
    for (int p = 0; p < n_pages; p++)
      {
        g_ptr_array_add (page_chars, g_steal_pointer (&reading.chars[p]));
        g_array_append_val (heights, reading.heights[p]);
      }
  else
    g_propagate_error (error, g_steal_pointer (&reading.error));
  for (int p = 0; p < n_pages; p++)
    g_clear_pointer (&reading.chars[p], g_array_unref);
  g_free (reading.chars);
  g_free (reading.heights);
  g_mutex_clear (&reading.lock);
  return page_chars->len == (guint) n_pages;
}

/* Public API */

RdBlockList *
rd_import_pdf_with_poppler (GBytes *bytes,
                            GCancellable *cancellable,
                            GError **error)
{
  g_autoptr (GPtrArray) page_chars = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr (GArray) heights = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GError) local_error = NULL;
  PopplerDocument *document;
  gboolean read = FALSE;
  gboolean holding_lock = FALSE;
  /* build-aux/bench reports poppler's time apart from ours */
  gint64 start = g_get_monotonic_time ();

  g_return_val_if_fail (bytes != NULL, NULL);

  /* No page displayed yet in the process: the document opened and its
   * first page read under the lock (read_pages () lets it go). */
  if (!g_atomic_int_get (&first_page_done))
    {
      lock_first_page ();
      holding_lock = !g_atomic_int_get (&first_page_done);
      if (!holding_lock)
        unlock_first_page ();
    }
  document = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  if (document == NULL)
    open_error (local_error, error);
  else
    {
      read = read_pages (bytes, document, &holding_lock, page_chars, heights, cancellable, error);
      g_object_unref (document);
    }
  if (holding_lock)
    unlock_first_page ();
  if (!read)
    return NULL;
  g_debug ("poppler read %u pages in %.3f ms", page_chars->len,
           (g_get_monotonic_time () - start) / 1000.0);
  return rd_pdf_import_pages (page_chars, heights, error);
}

#endif /* HAVE_POPPLER */
