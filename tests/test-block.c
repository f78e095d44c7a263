/* test-block.c: blocks, spans and white space folding
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "rd-array-util.h"
#include "rd-block.h"
#include "rd-text-util.h"

static void
test_fold_whitespace (void)
{
  const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "", "" },
    { "   ", "" },
    { "a", "a" },
    { "  a  b  ", "a b" },
    { "a\t\n\r b", "a b" },
    { "a\xC2\xA0\xE2\x80\x89"
      "b",
      "a b" }, /* no-break and thin space */
    { "a\xE2\x80\x8B"
      "b",
      "a b" }, /* zero-width space */
    { "G\xC3\xA9n\xC3\xA9ral  Assembly", "Général Assembly" },
    /* Long texts, read eight bytes at a time: white space to fold at
     * every place in a word of eight and across two */
    { "Recalling its resolutions on the subject", "Recalling its resolutions on the subject" },
    { "abcdefg  hijklmnopqrstuvwxyz", "abcdefg hijklmnopqrstuvwxyz" },
    { "abcdefgh  ijklmnopqrstuvwxyz", "abcdefgh ijklmnopqrstuvwxyz" },
    { "abc  defghijklmnopqrstuvwxyz", "abc defghijklmnopqrstuvwxyz" },
    { "abcdefghijklm\tnopqrstuvwxyz", "abcdefghijklm nopqrstuvwxyz" },
    { "abcdefghijklmnopqrstuvwxyz ", "abcdefghijklmnopqrstuvwxyz" },
    { " abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyz" },
    { "abcdefghijkl\xC2\xA0mnopqrstuvwxyz", "abcdefghijkl mnopqrstuvwxyz" },
    { "abcdefghijklmnop\x01qrstuvwxyz", "abcdefghijklmnop\x01qrstuvwxyz" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = rd_text_fold_whitespace (cases[i].in, NULL);
      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_fold_keeps_spans (void)
{
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (RdSpan));
  RdSpan italic = { RD_SPAN_ITALIC, 2, 16 };  /* "Also   decides" */
  RdSpan mark = { RD_SPAN_FOOTNOTE, 20, 21 }; /* "7" */
  RdSpan blank = { RD_SPAN_LINK, 16, 19 };    /* only spaces: dropped */
  g_autofree char *folded = NULL;
  const RdSpan *span;

  g_array_append_val (spans, italic);
  g_array_append_val (spans, mark);
  g_array_append_val (spans, blank);
  folded = rd_text_fold_whitespace ("  Also   decides   ,7 x", spans);
  g_assert_cmpstr (folded, ==, "Also decides ,7 x");
  g_assert_cmpuint (spans->len, ==, 2);
  span = &g_array_index (spans, RdSpan, 0);
  g_assert_cmpuint (span->start, ==, 0);
  g_assert_cmpuint (span->end, ==, 12);
  span = &g_array_index (spans, RdSpan, 1);
  g_assert_cmpuint (span->start, ==, 14);
  g_assert_cmpuint (span->end, ==, 15);
}

static void
test_spans_merge_and_clamp (void)
{
  g_autoptr (RdBlock) block = rd_block_new (RD_BLOCK_BODY, "Also decides to act");

  rd_block_add_span (block, RD_SPAN_ITALIC, 0, 4);
  rd_block_add_span (block, RD_SPAN_ITALIC, 4, 12);    /* adjacent: merged */
  rd_block_add_span (block, RD_SPAN_LINK, 13, 500);    /* clamped */
  rd_block_add_span (block, RD_SPAN_FOOTNOTE, 30, 40); /* outside: ignored */
  g_assert_cmpuint (block->spans->len, ==, 2);
  g_assert_cmpuint (g_array_index (block->spans, RdSpan, 0).end, ==, 12);
  g_assert_cmpuint (g_array_index (block->spans, RdSpan, 1).end, ==, 19);
  g_assert_true (rd_block_has_span (block, RD_SPAN_LINK));
  g_assert_false (rd_block_has_span (block, RD_SPAN_FOOTNOTE));
}

/* The outputs' short labels keep a number with its word
 * (rd-text-util.c): every ASCII space, and only spaces, becomes U+00A0. */
static void
test_text_nonbreaking (void)
{
  const struct
  {
    const char *text;
    const char *expected;
  } cases[] = {
    { "moved from old OP 14", "moved\u00a0from\u00a0old\u00a0OP\u00a014" },
    { "PP 3–4", "PP\u00a03–4" },
    { "  ", "\u00a0\u00a0" },
    { "OP\t7\n", "OP\t7\n" },
    { "", "" },
    { NULL, "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = rd_text_dup_nonbreaking (cases[i].text);

      g_assert_cmpstr (text, ==, cases[i].expected);
      g_assert_true (g_utf8_validate (text, -1, NULL));
    }
}

/* The binary search over sorted change indices that the list of changes
 * and the views' stops share (rd-array-util.c). */
static void
test_sorted_indices (void)
{
  const guint values[] = { 2, 5, 5, 9, 40 };
  g_autoptr (GArray) sorted = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) empty = g_array_new (FALSE, FALSE, sizeof (guint));
  const struct
  {
    gint64 value;
    guint below;
  } cases[] = {
    { -1, 0 },
    { 0, 0 },
    { 2, 0 },
    { 3, 1 },
    { 5, 1 },
    { 6, 3 },
    { 9, 3 },
    { 10, 4 },
    { 40, 4 },
    { 41, 5 },
    { G_MAXUINT, 5 },
    { (gint64) G_MAXUINT + 1, 5 },
  };

  g_array_append_vals (sorted, values, G_N_ELEMENTS (values));
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (rd_sorted_indices_count_below (sorted, cases[i].value), ==, cases[i].below);
  g_assert_cmpuint (rd_sorted_indices_count_below (empty, 7), ==, 0);
  g_assert_cmpuint (rd_sorted_indices_count_below (empty, -7), ==, 0);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/block/fold-whitespace", test_fold_whitespace);
  g_test_add_func ("/block/fold-keeps-spans", test_fold_keeps_spans);
  g_test_add_func ("/block/spans/merge-and-clamp", test_spans_merge_and_clamp);
  g_test_add_func ("/block/text-nonbreaking", test_text_nonbreaking);
  g_test_add_func ("/block/sorted-indices", test_sorted_indices);

  return g_test_run ();
}
