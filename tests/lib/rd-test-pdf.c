/* rd-test-pdf.c: reading PDF output back with poppler-utils, and the edited pair the printing tests compare
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-test-pdf.h"

#include <string.h>

gboolean
rd_test_have_poppler_utils (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
      return FALSE;
    }
  return TRUE;
}

char *
rd_test_run_tool (const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return out;
}

char *
rd_test_pdf_text (const char *path,
                  guint first,
                  guint last)
{
  g_autofree char *f = g_strdup_printf ("%u", first);
  g_autofree char *l = g_strdup_printf ("%u", last);
  const char *all[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  const char *range[] = { "pdftotext", "-enc", "UTF-8", "-f", f, "-l", l, path, "-", NULL };

  return rd_test_run_tool (first == 0 ? all : range);
}

char *
rd_test_pdf_info (const char *path,
                  const char *field)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = rd_test_run_tool (argv);
  g_auto (GStrv) lines = g_strsplit (out, "\n", -1);
  g_autofree char *prefix = g_strdup_printf ("%s:", field);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));
  g_error ("pdfinfo reports no %s for %s", field, path);
  return NULL;
}

guint
rd_test_pdf_pages (const char *path)
{
  g_autofree char *pages = rd_test_pdf_info (path, "Pages");
  return (guint) g_ascii_strtoull (pages, NULL, 10);
}

void
rd_test_pdf_page_size (const char *path,
                       double *width,
                       double *height)
{
  g_autofree char *size = rd_test_pdf_info (path, "Page size");
  char *end = NULL;

  /* "595.276 x 841.89 pts (A4)" */
  *width = g_ascii_strtod (size, &end);
  g_assert_true (g_str_has_prefix (end, " x "));
  *height = g_ascii_strtod (end + 3, NULL);
}

char *
rd_test_squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && c != '-' && c != 0x2010 && c != 0x00AD)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

void
rd_test_print_pair (RdSeed **old_seed,
                    RdSeed **new_seed)
{
  RdSeed *old = rd_seed_load ();
  RdSeed *new = rd_seed_load ();
  guint sponsors;
  char *moved;

  rd_seed_insert (old, 0, "A/C.3/68/L.4");
  rd_seed_insert (new, 0, "A/C.3/68/L.4/Rev.1");

  sponsors = rd_seed_find (new, "Armenia, ");
  rd_seed_replace (new, sponsors, "Benin, ", "");
  rd_seed_replace (new, sponsors, "Bulgaria, ", "Bulgaria, Canada, ");
  rd_seed_replace (new, rd_seed_find (new, "9. *Invites*"), "*Invites*", "*Encourages*");
  g_free (rd_seed_take (new, rd_seed_find (new, RD_TEST_DELETED_PREFIX)));
  rd_seed_insert (new, rd_seed_find (new, "Recalling also Economic") + 1, RD_TEST_INSERTED_TEXT);

  moved = rd_seed_take (new, rd_seed_find (new, "14. *Welcomes*"));
  rd_seed_replace (new, rd_seed_find (new, "15. *Invites*"), "15.", "14.");
  rd_seed_replace (new, rd_seed_find (new, "16. *Encourages*"), "16.", "15.");
  rd_seed_insert (new, rd_seed_find (new, "15. *Encourages*") + 1, moved);
  rd_seed_replace (new, rd_seed_find (new, "14. *Welcomes*"), "14.", "16.");
  g_free (moved);

  *old_seed = old;
  *new_seed = new;
}

void
rd_test_write_print_pair (const char *dir,
                          char **old_path,
                          char **new_path)
{
  g_autoptr (RdSeed) old = NULL;
  g_autoptr (RdSeed) new = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;

  rd_test_print_pair (&old, &new);
  old_text = rd_seed_text (old);
  new_text = rd_seed_text (new);
  *old_path = g_build_filename (dir, "old.txt", NULL);
  *new_path = g_build_filename (dir, "new.txt", NULL);
  g_assert_true (g_file_set_contents (*old_path, old_text, -1, NULL));
  g_assert_true (g_file_set_contents (*new_path, new_text, -1, NULL));
}
