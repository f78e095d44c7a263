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

/* Runs as the presentation gives them (rd-presentation.h). */
typedef struct
{
  RdRunKind kind;
  RdRunMark mark;
  const char *text;
} RunSpec;

static GPtrArray *
make_runs (const RunSpec *specs,
           guint n_specs)
{
  GPtrArray *runs = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_run_free);

  for (guint i = 0; i < n_specs; i++)
    g_ptr_array_add (runs, rd_run_new (specs[i].kind, specs[i].mark, specs[i].text));
  return runs;
}

static void
test_text_escaped (void)
{
  const char *hostile = "<script>alert('x')</script> & \"quotes\" </span>";
  const RunSpec spec[] = { { RD_RUN_TEXT, RD_RUN_COMMON, hostile } };
  g_autoptr (GPtrArray) runs = make_runs (spec, G_N_ELEMENTS (spec));
  RdMark marks[] = { RD_MARK_NONE, RD_MARK_DELETED, RD_MARK_INSERTED, RD_MARK_MOVED };

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    for (RdRedlineStyle style = RD_REDLINE_STYLE_UNDERLINE; style <= RD_REDLINE_STYLE_UN; style++)
      {
        g_autofree char *markup = rd_markup_for_runs (runs, marks[i], style);

        g_assert_null (strstr (markup, "<script>"));
        assert_valid_markup (markup, hostile);
      }
}

/* The old side, the new side and the redline of one edit. */
static void
test_runs_marked (void)
{
  const RunSpec old_spec[] = {
    { RD_RUN_TEXT, RD_RUN_COMMON, "Urges <b>States" },
    { RD_RUN_TEXT, RD_RUN_DELETED, " & partners" },
    { RD_RUN_TEXT, RD_RUN_COMMON, " to act;" },
  };
  const RunSpec new_spec[] = {
    { RD_RUN_TEXT, RD_RUN_COMMON, "Urges <b>States" },
    { RD_RUN_TEXT, RD_RUN_INSERTED, " </span><script>alert(1)</script>" },
    { RD_RUN_TEXT, RD_RUN_COMMON, " to act;" },
  };
  const RunSpec redline_spec[] = {
    { RD_RUN_TEXT, RD_RUN_COMMON, "Urges <b>States" },
    { RD_RUN_TEXT, RD_RUN_DELETED, " & partners" },
    { RD_RUN_TEXT, RD_RUN_INSERTED, " </span><script>alert(1)</script>" },
    { RD_RUN_TEXT, RD_RUN_COMMON, " to act;" },
  };
  g_autoptr (GPtrArray) old_runs = make_runs (old_spec, G_N_ELEMENTS (old_spec));
  g_autoptr (GPtrArray) new_runs = make_runs (new_spec, G_N_ELEMENTS (new_spec));
  g_autoptr (GPtrArray) redline_runs = make_runs (redline_spec, G_N_ELEMENTS (redline_spec));
  g_autofree char *old_markup = rd_markup_for_runs (old_runs, RD_MARK_NONE, RD_REDLINE_STYLE_UNDERLINE);
  g_autofree char *new_markup = rd_markup_for_runs (new_runs, RD_MARK_NONE, RD_REDLINE_STYLE_UNDERLINE);
  g_autofree char *redline = rd_markup_for_runs (redline_runs, RD_MARK_NONE, RD_REDLINE_STYLE_UN);

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
}

/* A footnote mark raised after its word, a removed paragraph break as a
 * deleted pilcrow with the old number. */
static void
test_footnote_and_break (void)
{
  const RunSpec spec[] = {
    { RD_RUN_TEXT, RD_RUN_COMMON, "the Convention," },
    { RD_RUN_FOOTNOTE_REF, RD_RUN_COMMON, "5" },
    { RD_RUN_TEXT, RD_RUN_COMMON, " and" },
    { RD_RUN_PARAGRAPH_BREAK, RD_RUN_DELETED, "9." },
    { RD_RUN_TEXT, RD_RUN_COMMON, "Decides" },
  };
  g_autoptr (GPtrArray) runs = make_runs (spec, G_N_ELEMENTS (spec));
  g_autofree char *markup = rd_markup_for_runs (runs, RD_MARK_NONE, RD_REDLINE_STYLE_UNDERLINE);
  g_autoptr (PangoAttrList) attrs = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  PangoAttrIterator *iter;
  gboolean raised = FALSE;

  assert_valid_markup (markup, "the Convention,5 and ¶ 9. Decides");
  g_assert_nonnull (strstr (markup, "<sup>5</sup>"));
  /* The mark alone is raised. */
  g_assert_true (pango_parse_markup (markup, -1, 0, &attrs, &text, NULL, &error));
  iter = pango_attr_list_get_iterator (attrs);
  do
    {
      int start = 0;
      int end = 0;

      pango_attr_iterator_range (iter, &start, &end);
      if (pango_attr_iterator_get (iter, PANGO_ATTR_RISE) != NULL || pango_attr_iterator_get (iter, PANGO_ATTR_BASELINE_SHIFT) != NULL)
        {
          g_assert_cmpint (end - start, ==, 1);
          g_assert_cmpint (text[start], ==, '5');
          raised = TRUE;
        }
    }
  while (pango_attr_iterator_next (iter));
  pango_attr_iterator_destroy (iter);
  g_assert_true (raised);
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
  const RunSpec redline_spec[] = {
    { RD_RUN_TEXT, RD_RUN_DELETED, "Urges" },
    { RD_RUN_TEXT, RD_RUN_INSERTED, "Encourages" },
    { RD_RUN_TEXT, RD_RUN_COMMON, " Member States" },
  };
  g_autoptr (GPtrArray) redline_runs = make_runs (redline_spec, G_N_ELEMENTS (redline_spec));
  g_autoptr (GPtrArray) new_runs = make_runs (redline_spec + 1, G_N_ELEMENTS (redline_spec) - 1);
  g_autofree char *redline = rd_markup_for_runs (redline_runs, RD_MARK_NONE, RD_REDLINE_STYLE_UNDERLINE);
  g_autofree char *new_side = rd_markup_for_runs (new_runs, RD_MARK_NONE, RD_REDLINE_STYLE_UNDERLINE);

  /* A replaced word and its replacement stay two words in a redline, and
   * the new side is the new text exactly. */
  assert_valid_markup (redline, "Urges Encourages Member States");
  assert_valid_markup (new_side, "Encourages Member States");
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
  g_test_add_func ("/markup/runs-marked", test_runs_marked);
  g_test_add_func ("/markup/footnote-and-break", test_footnote_and_break);
  g_test_add_func ("/markup/redline-replacement-spaced", test_redline_replacement_spaced);
  g_test_add_func ("/markup/link-escaped", test_link_escaped);

  return g_test_run ();
}
