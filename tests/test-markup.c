/* test-markup.c: marked-up text is escaped and well formed
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pango.h>
#include <string.h>

#include "rd-markup.h"

static void
assert_valid_markup (const char *markup,
                     const char *expected_text)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  pango_parse_markup (markup, -1, 0, NULL, &text, NULL, &error);
  g_assert_no_error (error);
  if (expected_text != NULL)
    g_assert_cmpstr (text, ==, expected_text);
}

static RdDiff *
make_diff (void)
{
  RdDiff *diff = g_new0 (RdDiff, 1);
  const struct
  {
    RdDiffOp op;
    const char *text;
  } segments[] = {
    { RD_DIFF_EQUAL, "Urges <b>States" },
    { RD_DIFF_DELETE, " & partners" },
    { RD_DIFF_INSERT, " </span><script>alert(1)</script>" },
    { RD_DIFF_EQUAL, " to act;" },
  };

  diff->segments = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (segments); i++)
    {
      RdDiffSegment *segment = g_new0 (RdDiffSegment, 1);

      segment->op = segments[i].op;
      segment->text = g_strdup (segments[i].text);
      g_ptr_array_add (diff->segments, segment);
    }
  return diff;
}

static void
free_diff (RdDiff *diff)
{
  for (guint i = 0; i < diff->segments->len; i++)
    {
      RdDiffSegment *segment = g_ptr_array_index (diff->segments, i);

      g_free (segment->text);
      g_free (segment->old_text);
      g_free (segment);
    }
  g_ptr_array_unref (diff->segments);
  g_free (diff);
}

static void
test_text_escaped (void)
{
  const char *hostile = "<script>alert('x')</script> & \"quotes\" </span>";
  RdMark marks[] = { RD_MARK_NONE, RD_MARK_DELETED, RD_MARK_INSERTED, RD_MARK_MOVED };

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    for (RdRedlineStyle style = RD_REDLINE_STYLE_UNDERLINE; style <= RD_REDLINE_STYLE_UN; style++)
      {
        g_autofree char *markup = rd_markup_for_text (hostile, marks[i], style);

        g_assert_null (strstr (markup, "<script>"));
        assert_valid_markup (markup, hostile);
      }
}

static void
test_diff_sides (void)
{
  RdDiff *diff = make_diff ();
  g_autofree char *old_markup = rd_markup_for_diff (diff, RD_MARKUP_OLD, RD_REDLINE_STYLE_UNDERLINE);
  g_autofree char *new_markup = rd_markup_for_diff (diff, RD_MARKUP_NEW, RD_REDLINE_STYLE_UNDERLINE);
  g_autofree char *redline = rd_markup_for_diff (diff, RD_MARKUP_REDLINE, RD_REDLINE_STYLE_UN);

  assert_valid_markup (old_markup, "Urges <b>States & partners to act;");
  assert_valid_markup (new_markup, "Urges <b>States </span><script>alert(1)</script> to act;");
  assert_valid_markup (redline, "Urges <b>States & partners </span><script>alert(1)</script> to act;");

  /* Deletions struck through, insertions underlined (or bold, UN style):
   * marks that do not rely on colour. */
  g_assert_nonnull (strstr (old_markup, "strikethrough=\"true\""));
  g_assert_null (strstr (old_markup, "underline="));
  g_assert_nonnull (strstr (new_markup, "underline=\"single\""));
  g_assert_null (strstr (new_markup, "strikethrough="));
  g_assert_nonnull (strstr (redline, "weight=\"bold\""));
  g_assert_nonnull (strstr (redline, "strikethrough=\"true\""));

  free_diff (diff);
}

static void
collect_text (GMarkupParseContext *context,
              const char *text,
              gsize length,
              gpointer user_data,
              GError **error)
{
  g_string_append_len (user_data, text, length);
}

static void
check_href (GMarkupParseContext *context,
            const char *element,
            const char **names,
            const char **values,
            gpointer user_data,
            GError **error)
{
  if (g_str_equal (element, "a"))
    {
      g_assert_cmpstr (names[0], ==, "href");
      g_assert_cmpstr (values[0], ==, "rd-change:3\"><b>");
      g_assert_null (names[1]);
    }
}

static void
test_redline_replacement_spaced (void)
{
  RdDiff *diff = g_new0 (RdDiff, 1);
  const char *texts[] = { "Urges", "Encourages", " Member States" };
  RdDiffOp ops[] = { RD_DIFF_DELETE, RD_DIFF_INSERT, RD_DIFF_EQUAL };
  g_autofree char *redline = NULL;
  g_autofree char *new_side = NULL;

  diff->segments = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      RdDiffSegment *segment = g_new0 (RdDiffSegment, 1);

      segment->op = ops[i];
      segment->text = g_strdup (texts[i]);
      g_ptr_array_add (diff->segments, segment);
    }

  /* A replaced word and its replacement stay two words in a redline, and
   * the new side is the new text exactly. */
  redline = rd_markup_for_diff (diff, RD_MARKUP_REDLINE, RD_REDLINE_STYLE_UNDERLINE);
  new_side = rd_markup_for_diff (diff, RD_MARKUP_NEW, RD_REDLINE_STYLE_UNDERLINE);
  assert_valid_markup (redline, "Urges Encourages Member States");
  assert_valid_markup (new_side, "Encourages Member States");

  free_diff (diff);
}

static void
test_link_escaped (void)
{
  GString *markup = g_string_new ("<markup>");
  GString *text = g_string_new (NULL);
  const GMarkupParser parser = { check_href, NULL, collect_text, NULL, NULL };
  GMarkupParseContext *context = g_markup_parse_context_new (&parser, 0, text, NULL);
  g_autoptr (GError) error = NULL;

  /* Links are GtkLabel markup (not Pango's): well-formed XML with the
   * href and the text escaped. */
  rd_markup_append_link (markup, "rd-change:3\"><b>", "moved from <PP 12>");
  g_string_append (markup, "</markup>");
  g_assert_true (g_markup_parse_context_parse (context, markup->str, markup->len, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_cmpstr (text->str, ==, "moved from <PP 12>");

  g_markup_parse_context_free (context);
  g_string_free (markup, TRUE);
  g_string_free (text, TRUE);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/markup/text-escaped", test_text_escaped);
  g_test_add_func ("/markup/diff-sides", test_diff_sides);
  g_test_add_func ("/markup/redline-replacement-spaced", test_redline_replacement_spaced);
  g_test_add_func ("/markup/link-escaped", test_link_escaped);

  return g_test_run ();
}
