/* fuzz-pdf.c: libFuzzer target for the PDF (poppler-glib) reader, then the
 * structure parser on its blocks
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <poppler.h>

#include "rd-fuzz.h"

/* A page poppler can open (it rebuilds the missing cross-reference
 * table). */
static const char minimal_pdf[] = "%PDF-1.4\n"
                                  "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                                  "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
                                  "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 10 10]>> endobj\n"
                                  "trailer <</Root 1 0 R>>\n%%EOF\n";

int
LLVMFuzzerInitialize (int *argc,
                      char ***argv)
{
  (void) argc;
  (void) argv;
  rd_fuzz_init ();

  /* poppler-glib creates its global parameters (fonts, colour profiles)
   * with the first document and destroys them with the last: a document
   * kept for the whole run spares every input that second-long set-up,
   * which is not what is being fuzzed. */
  g_autoptr (GBytes) bytes = g_bytes_new_static (minimal_pdf, sizeof minimal_pdf - 1);
  PopplerDocument *kept = poppler_document_new_from_bytes (bytes, NULL, NULL);

  g_assert (kept != NULL);
  return 0;
}

RD_FUZZ_DEFINE_READER_TARGET (rd_import_pdf)
