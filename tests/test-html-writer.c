/* test-html-writer.c: the annotated HTML export
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Golden files of the trafficking pair (tests/data/pairs, made from the
 * seed by make-trafficking-pair.py) in both layouts and with
 * --changes-only; the output parsed back with libxml2's HTML parser;
 * hostile text; and saving through the real binary.
 *
 * To regenerate the golden files after an intended change of the output:
 *
 *     RESDIFF_UPDATE_GOLDEN=1 meson test -C build html-writer
 *
 * then read the diff of tests/data/golden/ before committing it.
 */

/* setrlimit, signal, symlink: POSIX, not C11. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rd-html-writer.h"
#include "rd-save.h"
#include "rd-test-seed.h"
#include "rd-test-spawn.h"
#include "rd-test-util.h"

#define HOSTILE "<script>alert(1)</script> & \"quotes\" 'apos' <b>"

/* Helpers */

/* The names in a folder, sorted and joined with spaces. */
static char *
list_dir (const char *path)
{
  g_autoptr (GPtrArray) names = rd_test_list_dir (path);

  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_dir_holds (const char *path,
                  const char *expected)
{
  g_autofree char *names = list_dir (path);

  g_assert_cmpstr (names, ==, expected);
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static char *
pair_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "pairs", name, NULL);
}

static RdComparison *
compare_pair (void)
{
  g_autoptr (RdDocument) old_document = rd_test_load_fixture ("pairs", "trafficking-old.txt", NULL);
  g_autoptr (RdDocument) new_document = rd_test_load_fixture ("pairs", "trafficking-new.txt", NULL);

  return rd_comparison_new (old_document, new_document, NULL);
}

/* Fixed, so the golden files do not change with the clock or the
 * version. */
static void
golden_options (RdHtmlOptions *options,
                RdLayout layout,
                gboolean changes_only)
{
  memset (options, 0, sizeof *options);
  options->layout = layout;
  options->changes_only = changes_only;
  options->generated = g_date_time_new_utc (2026, 1, 15, 9, 30, 0);
  options->program_name = "resdiff";
  options->program_version = "(golden)";
}

static GBytes *
write_html (RdComparison *comparison,
            RdLayout layout,
            gboolean changes_only)
{
  RdHtmlOptions options;
  g_autoptr (GError) error = NULL;
  GBytes *bytes;

  golden_options (&options, layout, changes_only);
  bytes = rd_html_write (comparison, &options, &error);
  g_date_time_unref (options.generated);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  return g_strndup (data, length);
}

/* Parsing back */

static void
collect_error (void *data,
               xmlErrorPtr error)
{
  GPtrArray *errors = data;

  /* libxml2 2.9's HTML parser knows HTML 4.01 and reports the HTML5
   * sectioning elements (and <time>) as unknown tags; those, and only those, are
   * expected.  Every other error fails the test. */
  if (error->code == XML_HTML_UNKNOWN_TAG && error->str1 != NULL &&
      (strcmp (error->str1, "header") == 0 || strcmp (error->str1, "main") == 0 || strcmp (error->str1, "nav") == 0 || strcmp (error->str1, "section") == 0 || strcmp (error->str1, "time") == 0))
    return;
  g_ptr_array_add (errors, g_strdup_printf ("line %d: error %d: %s", error->line, error->code, error->message));
}

static htmlDocPtr
parse_html (GBytes *bytes)
{
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  htmlDocPtr doc;

  xmlSetStructuredErrorFunc (errors, collect_error);
  /* HTML_PARSE_NOERROR and NOWARNING off: every complaint is reported. */
  doc = htmlReadMemory (data, (int) length, "out.html", "UTF-8", HTML_PARSE_NONET);
  xmlSetStructuredErrorFunc (NULL, NULL);

  for (guint i = 0; i < errors->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (errors, i));
  g_assert_cmpuint (errors->len, ==, 0);
  g_assert_nonnull (doc);
  return doc;
}

static xmlXPathObjectPtr
query (htmlDocPtr doc,
       const char *expression)
{
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  xmlXPathObjectPtr result = xmlXPathEvalExpression ((const xmlChar *) expression, context);

  xmlXPathFreeContext (context);
  g_assert_nonnull (result);
  return result;
}

static guint
count (htmlDocPtr doc,
       const char *expression)
{
  xmlXPathObjectPtr result = query (doc, expression);
  guint n = result->nodesetval != NULL ? (guint) result->nodesetval->nodeNr : 0;

  xmlXPathFreeObject (result);
  return n;
}

static char *
node_text (xmlNodePtr node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = g_strdup ((const char *) content);

  xmlFree (content);
  return text;
}

/* The text of the first node @expression finds, or NULL. */
static char *
first_text (htmlDocPtr doc,
            const char *expression)
{
  xmlXPathObjectPtr result = query (doc, expression);
  char *text = NULL;

  if (result->nodesetval != NULL && result->nodesetval->nodeNr > 0)
    text = node_text (result->nodesetval->nodeTab[0]);
  xmlXPathFreeObject (result);
  return text;
}

/* Words in the marks of the text and footnote sections, numbers and
 * merged paragraph breaks aside. */
static guint
count_marked_words (htmlDocPtr doc,
                    const char *mark)
{
  g_autofree char *expression = g_strdup_printf ("//section[@id='text']//%s[not(ancestor::span[contains(concat(' ', @class, ' '), ' num ')])"
                                                 " and not(contains(@class, 'para-break'))]",
                                                 mark);
  xmlXPathObjectPtr result = query (doc, expression);
  guint words = 0;

  for (int i = 0; result->nodesetval != NULL && i < result->nodesetval->nodeNr; i++)
    {
      g_autofree char *text = node_text (result->nodesetval->nodeTab[i]);
      words += rd_test_count_words (text);
    }
  xmlXPathFreeObject (result);
  return words;
}

/* Every link within the page has its target, and no id is used twice. */
static void
assert_links_resolve (htmlDocPtr doc)
{
  xmlXPathObjectPtr ids = query (doc, "//*[@id]");
  xmlXPathObjectPtr links = query (doc, "//a[@href]");
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint change_links = 0;

  for (int i = 0; ids->nodesetval != NULL && i < ids->nodesetval->nodeNr; i++)
    {
      xmlChar *id = xmlGetProp (ids->nodesetval->nodeTab[i], (const xmlChar *) "id");
      g_assert_false (g_hash_table_contains (seen, id));
      g_hash_table_add (seen, g_strdup ((const char *) id));
      xmlFree (id);
    }
  for (int i = 0; links->nodesetval != NULL && i < links->nodesetval->nodeNr; i++)
    {
      xmlChar *href = xmlGetProp (links->nodesetval->nodeTab[i], (const xmlChar *) "href");

      /* Only links within the page: nothing to fetch. */
      g_assert_cmpint (href[0], ==, '#');
      if (!g_hash_table_contains (seen, (const char *) href + 1))
        g_error ("link %s has no target", href);
      change_links += g_str_has_prefix ((const char *) href, "#change-");
      xmlFree (href);
    }
  g_assert_cmpuint (change_links, >, 0);
  xmlXPathFreeObject (ids);
  xmlXPathFreeObject (links);
}

/* One self-contained file: no script, nothing loaded from elsewhere, a
 * policy that forbids both, and the document's language. */
static void
assert_self_contained (htmlDocPtr doc)
{
  g_autofree char *policy = NULL;

  g_assert_cmpuint (count (doc, "//script"), ==, 0);
  g_assert_cmpuint (count (doc, "//link | //img | //iframe | //object | //embed | //base | //form"), ==, 0);
  g_assert_cmpuint (count (doc, "//@src | //@*[starts-with(name(), 'on')]"), ==, 0);
  g_assert_cmpuint (count (doc, "/html/head/meta[1][@charset='utf-8']"), ==, 1);
  g_assert_cmpuint (count (doc, "/html[@lang='en']"), ==, 1);
  policy = first_text (doc, "/html/head/meta[@http-equiv='Content-Security-Policy']/@content");
  g_assert_cmpstr (policy, ==, "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
}

/* WCAG 2 relative luminance of "#rrggbb". */
static double
luminance (const char *hex)
{
  double channels[3];

  for (guint i = 0; i < 3; i++)
    {
      char pair[3] = { hex[1 + 2 * i], hex[2 + 2 * i], '\0' };
      double c = g_ascii_strtoull (pair, NULL, 16) / 255.0;
      channels[i] = c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
    }
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

/* The colour a CSS custom property is set to. */
static char *
css_color (const char *html,
           const char *property)
{
  g_autofree char *needle = g_strdup_printf ("%s: #", property);
  const char *at = strstr (html, needle);

  g_assert_nonnull (at);
  return g_strndup (at + strlen (needle) - 1, 7);
}

/* Golden files */

static void
check_golden (GBytes *bytes,
              const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "golden", name, NULL);
  g_autofree char *expected = NULL;
  g_autofree char *actual = bytes_to_string (bytes);
  gsize length = 0;

  if (g_getenv ("RESDIFF_UPDATE_GOLDEN") != NULL)
    {
      g_autoptr (GError) error = NULL;

      g_file_set_contents (path, actual, strlen (actual), &error);
      g_assert_no_error (error);
      g_test_message ("wrote %s", path);
      return;
    }

  if (!g_file_get_contents (path, &expected, &length, NULL))
    g_error ("%s is missing; make it with RESDIFF_UPDATE_GOLDEN=1 meson test -C build html-writer", path);
  if (strcmp (expected, actual) != 0)
    {
      g_auto (GStrv) want = g_strsplit (expected, "\n", -1);
      g_auto (GStrv) got = g_strsplit (actual, "\n", -1);
      guint line = 0;

      while (want[line] != NULL && got[line] != NULL && strcmp (want[line], got[line]) == 0)
        line++;
      g_test_message ("first difference at line %u:\n  expected: %s\n  actual:   %s", line + 1,
                      want[line] != NULL ? want[line] : "(end)", got[line] != NULL ? got[line] : "(end)");
      g_test_message ("if the change is intended, regenerate with RESDIFF_UPDATE_GOLDEN=1 meson test -C build html-writer and review the diff");
      g_test_fail ();
    }
  g_assert_cmpuint (length, ==, g_bytes_get_size (bytes));
}

static void
test_golden_redline (void)
{
  g_autoptr (RdComparison) comparison = compare_pair ();
  g_autoptr (GBytes) bytes = write_html (comparison, RD_LAYOUT_REDLINE, FALSE);

  check_golden (bytes, "trafficking-redline.html");
}

static void
test_golden_side_by_side (void)
{
  g_autoptr (RdComparison) comparison = compare_pair ();
  g_autoptr (GBytes) bytes = write_html (comparison, RD_LAYOUT_SIDE_BY_SIDE, FALSE);

  check_golden (bytes, "trafficking-side-by-side.html");
}

static void
test_golden_changes_only (void)
{
  g_autoptr (RdComparison) comparison = compare_pair ();
  g_autoptr (GBytes) bytes = write_html (comparison, RD_LAYOUT_REDLINE, TRUE);

  check_golden (bytes, "trafficking-changes-only.html");
}

static void
test_golden_is_deterministic (void)
{
  g_autoptr (RdComparison) comparison = compare_pair ();
  g_autoptr (GBytes) first = write_html (comparison, RD_LAYOUT_SIDE_BY_SIDE, TRUE);
  g_autoptr (GBytes) second = write_html (comparison, RD_LAYOUT_SIDE_BY_SIDE, TRUE);

  g_assert_true (g_bytes_equal (first, second));
}

/* Structure */

/* What the pair holds, as the comparison says, found in the page. */
static void
check_structure (RdLayout layout,
                 gboolean changes_only)
{
  g_autoptr (RdComparison) comparison = compare_pair ();
  g_autoptr (GBytes) bytes = write_html (comparison, layout, changes_only);
  g_autofree char *html = bytes_to_string (bytes);
  const RdComparisonStats *stats = rd_comparison_get_stats (comparison);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  GPtrArray *footnotes = rd_comparison_get_footnote_changes (comparison);
  htmlDocPtr doc = parse_html (bytes);
  gboolean side_by_side = layout == RD_LAYOUT_SIDE_BY_SIDE;
  const char *change_box = side_by_side ? "tbody" : "div";
  guint differences = 0;
  g_autofree char *expression = NULL;

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">"));
  assert_self_contained (doc);
  assert_links_resolve (doc);

  /* The pair has one change of each kind but merged, and one footnote
   * change. */
  g_assert_cmpuint (stats->counts[RD_CHANGE_MODIFIED], ==, 2);
  g_assert_cmpuint (stats->counts[RD_CHANGE_MOVED], ==, 1);
  g_assert_cmpuint (stats->counts[RD_CHANGE_INSERTED], ==, 1);
  g_assert_cmpuint (stats->counts[RD_CHANGE_DELETED], ==, 1);
  g_assert_cmpuint (stats->counts[RD_CHANGE_SPLIT], ==, 1);
  g_assert_cmpuint (stats->verbs_changed, ==, 1);
  g_assert_cmpuint (stats->footnotes_changed, ==, 1);

  /* Each difference once in the list, once in the text, in order. */
  for (guint i = 0; i < changes->len; i++)
    differences += rd_change_is_difference (g_ptr_array_index (changes, i));
  for (guint i = 0; i < footnotes->len; i++)
    differences += rd_change_is_difference (g_ptr_array_index (footnotes, i));
  g_assert_cmpuint (differences, ==, 7);
  g_assert_cmpuint (count (doc, "//nav[@id='changes']//li/a[starts-with(@href, '#change-')]"), ==, differences);
  expression = g_strdup_printf ("//%s[contains(concat(' ', @class, ' '), ' change ')]", change_box);
  g_assert_cmpuint (count (doc, expression), ==, differences);
  for (guint n = 1; n <= differences; n++)
    {
      g_autofree char *label = NULL;
      g_autofree char *list_label = NULL;
      g_autofree char *box = g_strdup_printf ("//%s[@id='change-%u']//*[contains(@class, 'change-what')]", change_box, n);
      g_autofree char *item = g_strdup_printf ("//li[@id='list-%u']/a", n);

      label = first_text (doc, box);
      list_label = first_text (doc, item);
      g_assert_nonnull (label);
      g_assert_cmpstr (label, ==, list_label);
    }
  {
    g_autofree char *label = first_text (doc, "//li[@id='list-4']/a");
    g_assert_cmpstr (label, ==, "OP 7 → 8, modified, Encourages → Urges");
  }

  /* The moved paragraph at both places, each linking to the other. */
  g_assert_cmpuint (count (doc, "//*[@id='change-2']//a[@href='#change-2-from']"), ==, 1);
  g_assert_cmpuint (count (doc, "//*[@id='change-2-from']//a[@href='#change-2']"), ==, 1);
  g_assert_cmpuint (count (doc, "//*[@id='change-2-from']//p[contains(@class, 'moved-text')]"), ==, 1);

  /* The split shows both new paragraphs; the renumbering reads old → new. */
  g_assert_cmpuint (count (doc, "//*[@id='change-5']//p[contains(@class, 'part')]"), ==, 2);
  if (!side_by_side)
    {
      g_autofree char *number = first_text (doc, "//*[@id='change-4']//span[contains(@class, 'renumbered')]");
      g_assert_cmpstr (number, ==, "7 → 8.");
    }

  /* Every word inserted or deleted, as the comparison counts them, is in
   * an <ins> or a <del>, and no other word is. */
  g_assert_cmpuint (count_marked_words (doc, "ins"), ==, stats->words_inserted);
  g_assert_cmpuint (count_marked_words (doc, "del"), ==, stats->words_deleted);

  /* The summary: sponsors by name, the verb, counts. */
  g_assert_cmpuint (count (doc, "//section[@id='summary']//dl[@class='sponsors']//ins"), ==, 2);
  g_assert_cmpuint (count (doc, "//section[@id='summary']//dl[@class='sponsors']//del"), ==, 1);
  {
    g_autofree char *removed = first_text (doc, "//section[@id='summary']//dl[@class='sponsors']//del");
    g_autofree char *verbs = first_text (doc, "//ul[@class='verbs']/li");
    g_autofree char *renumbered = first_text (doc, "//p[@class='renumbered']");

    g_assert_cmpstr (removed, ==, "Kenya");
    g_assert_cmpstr (verbs, ==, "OP 7 → OP 8: Encourages → Urges (strengthened)");
    g_assert_cmpstr (renumbered, ==, "14 operative paragraphs renumbered: OP 3–10 → 4–11; OP 12–16 → 14–18; OP 18 → 19.");
  }
  g_assert_cmpuint (count (doc, "//section[@id='legend']//ins"), ==, 1);
  g_assert_cmpuint (count (doc, "//section[@id='legend']//del[not(@class)]"), ==, 1);

  /* Footnote marks link to their footnotes; all 14 are listed. */
  g_assert_cmpuint (count (doc, "//section[@id='footnotes']//p[contains(@class, 'footnote')]"), ==, side_by_side ? 28 : 14);
  if (!changes_only)
    g_assert_cmpuint (count (doc, "//section[@id='text']//sup[@class='fn-ref']/a"), ==, side_by_side ? 38 : 19);

  /* Unchanged paragraphs: all there, or folded. */
  if (changes_only)
    {
      g_autofree char *first = first_text (doc, "//p[@class='folded']");

      g_assert_cmpuint (count (doc, "//p[@class='folded']"), ==, 8);
      g_assert_cmpstr (first, ==, "1 unchanged paragraph (PP 1)");
      g_assert_null (strstr (html, "Bearing in mind that all States"));
    }
  else
    {
      g_assert_cmpuint (count (doc, "//p[@class='folded']"), ==, 0);
      g_assert_nonnull (strstr (html, "Bearing in mind that all States"));
    }

  /* Side by side: a table, old left and new right, a row per change. */
  if (side_by_side)
    {
      g_assert_cmpuint (count (doc, "//section[@id='text']/table[@class='side-by-side']"), ==, 1);
      g_assert_cmpuint (count (doc, "//table[@class='side-by-side']//tr[td[1][contains(@class, 'old')] and td[2][contains(@class, 'new')]]"), >, 0);
      g_assert_cmpuint (count (doc, "//table[@class='side-by-side']//tr[count(td) = 2 and not(td[1][contains(@class, 'old')])]"), ==, 0);
      g_assert_cmpuint (count (doc, "//tbody[@id='change-6']//td[contains(@class, 'new')][contains(@class, 'empty')]"), ==, 1);
    }
  else
    g_assert_cmpuint (count (doc, "//table[@class='side-by-side']"), ==, 0);

  xmlFreeDoc (doc);
}

static void
test_structure_redline (void)
{
  check_structure (RD_LAYOUT_REDLINE, FALSE);
}

static void
test_structure_side_by_side (void)
{
  check_structure (RD_LAYOUT_SIDE_BY_SIDE, FALSE);
}

static void
test_structure_changes_only (void)
{
  check_structure (RD_LAYOUT_REDLINE, TRUE);
  check_structure (RD_LAYOUT_SIDE_BY_SIDE, TRUE);
}

/* The kinds the pair lacks: a merge, a move with edits, an edit next to
 * footnote marks, a footnote inserted early (every later mark renumbered). */
static void
test_structure_merge_and_marks (void)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) other = rd_seed_load ();
  g_autoptr (RdComparison) comparison = NULL;
  guint at = rd_seed_find (other, "8. *Invites*");
  guint from;
  g_autofree char *second = NULL;
  g_autofree char *merged = NULL;
  g_autofree char *moved = NULL;
  const RdComparisonStats *stats;

  second = rd_seed_take (other, at + 1);
  merged = g_strdup_printf ("%.*s, and invites Member States%s", (int) (strlen (rd_seed_get (other, at)) - 1), rd_seed_get (other, at),
                            strstr (second, " to address the social"));
  rd_seed_set (other, at, merged);
  rd_seed_renumber (other, at + 1, -1);
  from = rd_seed_find (other, "Recognizing also the importance of bilateral");
  rd_seed_replace (other, from, "information exchanges on good practices", "exchanges of information and of good practices");
  moved = rd_seed_take (other, from);
  rd_seed_insert (other, from + 10, moved);
  rd_seed_replace (other, rd_seed_find (other, "Reaffirming the commitment"), "made by world leaders at", "made by Heads of State and Government at");
  comparison = rd_seed_compare (seed, other);
  stats = rd_comparison_get_stats (comparison);
  g_assert_cmpuint (stats->counts[RD_CHANGE_MERGED], ==, 1);
  g_assert_cmpuint (stats->counts[RD_CHANGE_MOVED], ==, 1);

  for (RdLayout layout = RD_LAYOUT_REDLINE; layout <= RD_LAYOUT_SIDE_BY_SIDE; layout++)
    {
      g_autoptr (GBytes) bytes = write_html (comparison, layout, FALSE);
      htmlDocPtr doc = parse_html (bytes);
      g_autofree char *marked = first_text (doc, "//section[@id='text']//p[contains(., 'Heads of State')]");

      assert_self_contained (doc);
      assert_links_resolve (doc);
      g_assert_cmpuint (count_marked_words (doc, "ins"), ==, stats->words_inserted);
      g_assert_cmpuint (count_marked_words (doc, "del"), ==, stats->words_deleted);
      /* The marks stay where they stood, around the edit. */
      g_assert_nonnull (marked);
      g_assert_nonnull (strstr (marked, "at the Millennium Summit,1 the 2005 World Summit2 and the high-level plenary meeting"));
      g_assert_nonnull (strstr (marked, "held in 2010,3 to devise"));
      if (layout == RD_LAYOUT_REDLINE)
        {
          g_autofree char *pilcrow = first_text (doc, "//section[@id='text']//del[@class='para-break']");
          g_assert_cmpstr (pilcrow, ==, "¶ 9.");
          g_assert_cmpuint (count (doc, "//div[contains(@class, 'merged')]//p[contains(@class, 'para')]"), ==, 1);
        }
      else
        {
          g_assert_cmpuint (count (doc, "//section[@id='text']//del[@class='para-break']"), ==, 0);
          g_assert_cmpuint (count (doc, "//tbody[contains(@class, 'merged')]//td[contains(@class, 'old')]/p[contains(@class, 'part')]"), ==, 2);
          g_assert_cmpuint (count (doc, "//tbody[contains(@class, 'merged')]//td[contains(@class, 'new')]/p"), ==, 1);
          /* The edits of the move: deletions at its old place, insertions
           * at its new one. */
          g_assert_cmpuint (count (doc, "//tbody[@class='moved-away']//del"), >, 0);
          g_assert_cmpuint (count (doc, "//tbody[@class='moved-away']//ins"), ==, 0);
          g_assert_cmpuint (count (doc, "//tbody[contains(@class, 'moved') and not(@class='moved-away')]//ins"), >, 0);
        }
      xmlFreeDoc (doc);
    }
}

static void
test_identical (void)
{
  g_autoptr (RdDocument) document = rd_test_load_fixture ("pairs", "trafficking-new.txt", NULL);
  g_autoptr (RdComparison) comparison = rd_comparison_new (document, document, NULL);
  g_autoptr (GBytes) bytes = write_html (comparison, RD_LAYOUT_REDLINE, TRUE);
  htmlDocPtr doc = parse_html (bytes);
  g_autofree char *verdict = first_text (doc, "//p[@class='verdict']");
  g_autofree char *folded = first_text (doc, "//p[@class='folded']");

  g_assert_cmpstr (verdict, ==, "The two versions do not differ.");
  g_assert_cmpstr (folded, ==, "55 unchanged paragraphs (PP 1 – OP 19)");
  g_assert_cmpuint (count (doc, "//section[@id='text']//ins | //section[@id='text']//del"), ==, 0);
  xmlFreeDoc (doc);
}

static void
test_colors (void)
{
  g_autoptr (RdComparison) comparison = compare_pair ();
  g_autoptr (GBytes) bytes = write_html (comparison, RD_LAYOUT_REDLINE, FALSE);
  g_autofree char *html = bytes_to_string (bytes);
  const char *properties[] = { "--ins", "--del", "--move", "--muted" };

  /* AA contrast against white for every colour text is drawn in. */
  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    {
      g_autofree char *color = css_color (html, properties[i]);
      double contrast = 1.05 / (luminance (color) + 0.05);

      g_test_message ("%s %s: %.2f:1", properties[i], color, contrast);
      g_assert_cmpfloat (contrast, >=, 4.5);
    }

  /* Never colour alone: the marks are underlined and struck through, and
   * printing keeps them without backgrounds. */
  g_assert_nonnull (strstr (html, "ins { color: var(--ins); background: #e9f1fb; text-decoration: underline;"));
  g_assert_nonnull (strstr (html, "del { color: var(--del); background: #fbeceb; text-decoration: line-through;"));
  g_assert_nonnull (strstr (html, "@page { size: A4;"));
  g_assert_nonnull (strstr (html, "break-inside: avoid;"));
}

static void
test_options_default (void)
{
  g_autoptr (RdComparison) comparison = compare_pair ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = rd_html_write (comparison, NULL, &error);
  g_autofree char *html = NULL;
  g_autofree char *generator = g_strdup_printf ("<meta name=\"generator\" content=\"%s %s\">", PACKAGE_NAME, PACKAGE_VERSION);
  RdLayout layout = RD_LAYOUT_REDLINE;

  g_assert_no_error (error);
  html = bytes_to_string (bytes);
  g_assert_nonnull (strstr (html, generator));
  g_assert_nonnull (strstr (html, "<body class=\"redline\">"));

  g_assert_true (rd_layout_from_string ("side-by-side", &layout));
  g_assert_cmpint (layout, ==, RD_LAYOUT_SIDE_BY_SIDE);
  g_assert_true (rd_layout_from_string ("redline", &layout));
  g_assert_cmpint (layout, ==, RD_LAYOUT_REDLINE);
  g_assert_false (rd_layout_from_string ("sidebyside", &layout));
  g_assert_false (rd_layout_from_string (NULL, &layout));
  g_assert_cmpstr (rd_layout_to_string (RD_LAYOUT_SIDE_BY_SIDE), ==, "side-by-side");
}

/* Escaping */

static void
test_escaping_hostile (void)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) other = rd_seed_load ();
  g_autoptr (RdComparison) comparison = NULL;
  guint sponsors = rd_seed_find (other, "Armenia, Azerbaijan");
  guint at = rd_seed_find (other, "Bearing in mind that all States");

  /* In a sponsor name (unknown, so kept as written), in an edited
   * paragraph and as a paragraph of its own. */
  rd_seed_replace (other, sponsors, "Armenia, Azerbaijan", "Armenia, " HOSTILE ", Azerbaijan");
  rd_seed_replace (other, at, "due diligence", "due " HOSTILE " diligence");
  rd_seed_insert (other, at + 1, "Noting " HOSTILE ",");
  comparison = rd_seed_compare (seed, other);

  {
    GPtrArray *added = rd_comparison_get_sponsors_added (comparison);
    g_assert_cmpuint (added->len, ==, 1);
    g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (added, 0))->name, ==, HOSTILE);
  }

  for (RdLayout layout = RD_LAYOUT_REDLINE; layout <= RD_LAYOUT_SIDE_BY_SIDE; layout++)
    {
      g_autoptr (GBytes) bytes = write_html (comparison, layout, FALSE);
      g_autofree char *html = bytes_to_string (bytes);
      htmlDocPtr doc = parse_html (bytes);
      g_autofree char *sponsor = first_text (doc, "//dl[@class='sponsors']//li");
      g_autofree char *inserted = first_text (doc, "//section[@id='text']//ins[contains(., 'alert')]");
      g_autofree char *whole = first_text (doc, "//section[@id='text']//p[contains(., 'Noting')]");
      g_autofree char *title = first_text (doc, "/html/head/title");

      /* Only as escaped text in the file... */
      g_assert_null (strstr (html, "<script"));
      g_assert_null (strstr (html, "<b>"));
      g_assert_nonnull (strstr (html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\" 'apos' &lt;b&gt;"));
      /* ...and the same text once parsed. */
      g_assert_cmpuint (count (doc, "//script | //b"), ==, 0);
      g_assert_cmpstr (sponsor, ==, HOSTILE);
      g_assert_nonnull (inserted);
      g_assert_nonnull (strstr (inserted, "<script>alert(1)</script> & \"quotes\" 'apos' <b>"));
      g_assert_nonnull (whole);
      g_assert_nonnull (strstr (whole, "Noting " HOSTILE ","));
      g_assert_nonnull (title);
      xmlFreeDoc (doc);
    }
}

/* Text no escaping can carry: control characters and bytes that are not
 * UTF-8 become U+FFFD, and the page still parses. */
static void
test_escaping_control_characters (void)
{
  g_autoptr (RdDocument) old_document = rd_document_new ("old.txt", "text");
  g_autoptr (RdDocument) new_document = rd_document_new ("new\x01.txt", "text");
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *html = NULL;
  htmlDocPtr doc;
  g_autofree char *inserted = NULL;

  rd_document_set_field (old_document, RD_FIELD_TITLE, "A title");
  rd_document_set_field (new_document, RD_FIELD_TITLE, "A title \x07 bell");
  rd_document_set_field (new_document, RD_FIELD_LANGUAGE, "en\"><script>");
  rd_document_add_paragraph (old_document, rd_paragraph_new (RD_PARAGRAPH_OTHER, "Plain text here."));
  rd_document_add_paragraph (new_document, rd_paragraph_new (RD_PARAGRAPH_OTHER, "Plain text here."));
  rd_document_add_paragraph (new_document, rd_paragraph_new (RD_PARAGRAPH_OTHER, "Bad \x01 control, \xff byte, \xef\xbf\xbe nonchar, \x7f del, tab\tok."));
  comparison = rd_comparison_new (old_document, new_document, NULL);
  bytes = write_html (comparison, RD_LAYOUT_REDLINE, FALSE);
  html = bytes_to_string (bytes);

  g_assert_true (g_utf8_validate (html, -1, NULL));
  g_assert_null (strchr (html, '\x01'));
  g_assert_null (strchr (html, '\x07'));
  g_assert_null (strchr (html, '\x7f'));
  g_assert_null (strstr (html, "<script"));
  doc = parse_html (bytes);
  inserted = first_text (doc, "//section[@id='text']//ins[contains(., 'control')]");
  g_assert_cmpstr (inserted, ==, "Bad \xef\xbf\xbd control, \xef\xbf\xbd byte, \xef\xbf\xbd nonchar, \xef\xbf\xbd del, tab\tok.");
  /* A language tag that is no tag: "en" instead. */
  g_assert_cmpuint (count (doc, "/html[@lang='en']"), ==, 1);
  xmlFreeDoc (doc);
}

/* Size */

/* A pair of about @copies times the seed's body, each paragraph made
 * unique, a few edited: the output grows with the input, no faster. */
static gsize
html_size_for (guint copies,
               guint *words)
{
  g_autoptr (RdSeed) seed = rd_seed_load ();
  g_autoptr (RdSeed) old_seed = rd_seed_load ();
  g_autoptr (RdSeed) new_seed = rd_seed_load ();
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (GBytes) bytes = NULL;
  guint first = rd_seed_find (seed, "Reiterating its strong");
  guint last = seed->chunks->len;
  guint added = 0;

  for (guint copy = 1; copy < copies; copy++)
    for (guint i = first; i < last; i++)
      {
        const char *chunk = rd_seed_get (seed, i);
        g_autofree char *unique = NULL;
        int cut;

        if (g_str_has_prefix (chunk, "¹") || g_str_has_prefix (chunk, "²") || g_str_has_prefix (chunk, "³") || strstr (chunk, "*") != NULL)
          continue; /* footnotes and operative paragraphs: once */
        /* Without its last comma, so the copy's clause ends it. */
        cut = g_str_has_suffix (chunk, ",") || g_str_has_suffix (chunk, ":") ? (int) strlen (chunk) - 1 : (int) strlen (chunk);
        unique = g_strdup_printf ("%.*s in its copy number %u,", cut, chunk, copy * 1000 + i);
        rd_seed_insert (old_seed, first + added, unique);
        if ((copy + i) % 20 == 0)
          {
            g_autofree char *edited = g_strdup_printf ("%.*s in its revised copy number %u,", cut, chunk, copy * 1000 + i);
            rd_seed_insert (new_seed, first + added, edited);
          }
        else
          rd_seed_insert (new_seed, first + added, unique);
        added++;
      }

  comparison = rd_seed_compare (old_seed, new_seed);
  bytes = write_html (comparison, RD_LAYOUT_SIDE_BY_SIDE, FALSE);
  *words = 0;
  for (guint i = 0; i < new_seed->chunks->len; i++)
    *words += rd_test_count_words (rd_seed_get (new_seed, i));
  return g_bytes_get_size (bytes);
}

static void
test_size_linear (void)
{
  guint small_words = 0;
  guint large_words = 0;
  gsize small = html_size_for (2, &small_words);
  gsize large = html_size_for (20, &large_words);
  double small_rate = (double) small / small_words;
  double large_rate = (double) large / large_words;

  g_test_message ("%u words: %" G_GSIZE_FORMAT " bytes (%.1f a word); %u words: %" G_GSIZE_FORMAT " bytes (%.1f a word)",
                  small_words, small, small_rate, large_words, large, large_rate);
  /* About 40,000 words, the longest omnibus texts: well under 3 MB. */
  g_assert_cmpuint (large_words, >, 35000);
  g_assert_cmpuint (large, <, 3 * 1000 * 1000);
  /* Bytes per word do not grow with the length. */
  g_assert_cmpfloat (large_rate, <, small_rate * 1.15);
}

/* Saving through the real binary */

static char *
copy_pair_file (RdTestTempDir *fixture,
                const char *name)
{
  g_autofree char *source = pair_path (name);
  g_autofree char *contents = read_file (source);
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static void
test_cli_writes_html (RdTestTempDir *fixture,
                      gconstpointer data)
{
  g_autofree char *old_path = copy_pair_file (fixture, "trafficking-old.txt");
  g_autofree char *new_path = copy_pair_file (fixture, "trafficking-new.txt");
  g_autofree char *out = g_build_filename (fixture->dir, "out.html", NULL);
  g_autofree char *htm = g_build_filename (fixture->dir, "out.HTM", NULL);
  g_autofree char *html = NULL;

  {
    g_auto (RdRun) run = { 0 };
    rd_run_resdiff (&run, old_path, new_path, "-o", out, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpstr (run.out, ==, "");
    html = read_file (out);
    g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
    g_assert_nonnull (strstr (html, "<body class=\"redline\">"));
  }
  {
    g_auto (RdRun) run = { 0 };
    g_autofree char *side = NULL;
    rd_run_resdiff (&run, old_path, new_path, "-o", htm, "--layout=side-by-side", "--changes-only", NULL);
    g_assert_cmpint (run.status, ==, 1);
    side = read_file (htm);
    g_assert_nonnull (strstr (side, "<table class=\"side-by-side\">"));
    g_assert_nonnull (strstr (side, "unchanged paragraphs"));
  }
  {
    /* --format=html to standard output: the same bytes as the file, the
     * time aside. */
    g_auto (RdRun) run = { 0 };
    rd_run_resdiff (&run, old_path, new_path, "--format=html", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.out, "<!DOCTYPE html>"));
    g_assert_cmpuint (strlen (run.out), ==, strlen (html));
  }
  {
    /* The same file twice: no difference, exit 0. */
    g_auto (RdRun) run = { 0 };
    rd_run_resdiff (&run, new_path, new_path, "-o", out, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  {
    g_auto (RdRun) run = { 0 };
    rd_run_resdiff (&run, old_path, new_path, "-o", out, "--layout=columns", NULL);
    g_assert_cmpint (run.status, ==, 2);
    rd_assert_one_line_error (&run, "columns", "--layout");
  }
  assert_dir_holds (fixture->dir, "out.HTM out.html trafficking-new.txt trafficking-old.txt");
}

static void
test_cli_refuses_input (RdTestTempDir *fixture,
                        gconstpointer data)
{
  g_autofree char *old_path = copy_pair_file (fixture, "trafficking-old.txt");
  g_autofree char *new_path = copy_pair_file (fixture, "trafficking-new.txt");
  g_autofree char *link = g_build_filename (fixture->dir, "link.html", NULL);
  g_autofree char *dotted = g_build_filename (fixture->dir, ".", "trafficking-old.txt", NULL);
  g_autofree char *old_before = read_file (old_path);
  g_autofree char *new_before = read_file (new_path);
  const char *targets[] = { old_path, new_path, dotted, link };

  g_assert_cmpint (symlink ("trafficking-new.txt", link), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_auto (RdRun) run = { 0 };
      g_autofree char *old_after = NULL;
      g_autofree char *new_after = NULL;
      g_autofree char *shown = g_path_get_basename (targets[i]);

      rd_run_resdiff (&run, old_path, new_path, "-o", targets[i], "--format=html", NULL);
      g_assert_cmpint (run.status, ==, 2);
      rd_assert_one_line_error (&run, shown, "one of the files being compared");
      g_assert_cmpstr (run.out, ==, "");
      old_after = read_file (old_path);
      new_after = read_file (new_path);
      g_assert_cmpstr (old_after, ==, old_before);
      g_assert_cmpstr (new_after, ==, new_before);
    }
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  assert_dir_holds (fixture->dir, "link.html trafficking-new.txt trafficking-old.txt");
}

static void
test_cli_target_is_directory (RdTestTempDir *fixture,
                              gconstpointer data)
{
  g_autofree char *old_path = copy_pair_file (fixture, "trafficking-old.txt");
  g_autofree char *new_path = copy_pair_file (fixture, "trafficking-new.txt");
  g_autofree char *folder = g_build_filename (fixture->dir, "out.html", NULL);
  g_auto (RdRun) run = { 0 };

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  rd_run_resdiff (&run, old_path, new_path, "-o", folder, NULL);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, "out.html", "folder");
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  /* No temporary file left beside it. */
  assert_dir_holds (fixture->dir, "out.html trafficking-new.txt trafficking-old.txt");
}

static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { 4096, 4096 };

  /* A write past the limit fails with EFBIG instead of killing. */
  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

/* A write that fails half way (here past a file size limit, as on a full
 * disk) keeps the old file and leaves no temporary file. */
static void
test_cli_failed_write_keeps_target (RdTestTempDir *fixture,
                                    gconstpointer data)
{
  g_autofree char *old_path = copy_pair_file (fixture, "trafficking-old.txt");
  g_autofree char *new_path = copy_pair_file (fixture, "trafficking-new.txt");
  g_autofree char *out = g_build_filename (fixture->dir, "out.html", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  const char *argv[] = { g_getenv ("RESDIFF_BIN"), old_path, new_path, "-o", out, NULL };
  int wait_status = 0;

  g_assert_true (g_file_set_contents (out, "the old report\n", -1, NULL));
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, limit_file_size, NULL, NULL, &err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, 2);
  g_assert_nonnull (strstr (err, "out.html: cannot save"));
  kept = read_file (out);
  g_assert_cmpstr (kept, ==, "the old report\n");
  assert_dir_holds (fixture->dir, "out.html trafficking-new.txt trafficking-old.txt");
}

static void
test_cli_read_only_folder (RdTestTempDir *fixture,
                           gconstpointer data)
{
  g_autofree char *old_path = copy_pair_file (fixture, "trafficking-old.txt");
  g_autofree char *new_path = copy_pair_file (fixture, "trafficking-new.txt");
  g_autofree char *folder = g_build_filename (fixture->dir, "locked", NULL);
  g_autofree char *out = g_build_filename (folder, "out.html", NULL);
  g_autofree char *kept = NULL;
  g_auto (RdRun) run = { 0 };

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (out, "the old report\n", -1, NULL));
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);
  g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (old_path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (new_path, 0644), ==, 0);

  /* Root writes anywhere: run as nobody then, with a copy of the program
   * beside the files (the build tree may sit where only root enters). */
  if (getuid () == 0)
    {
      g_autofree char *binary = g_strdup (g_getenv ("RESDIFF_BIN"));
      g_autofree char *copy = rd_test_copy_program (fixture->dir);

      g_setenv ("RESDIFF_BIN", copy, TRUE);
      rd_run_resdiff_as_nobody (&run, old_path, new_path, "-o", out, NULL);
      g_setenv ("RESDIFF_BIN", binary, TRUE);
      rd_test_remove_program (fixture->dir);
    }
  else
    rd_run_resdiff (&run, old_path, new_path, "-o", out, NULL);

  g_chmod (folder, 0700);
  g_assert_cmpint (run.status, ==, 2);
  rd_assert_one_line_error (&run, "out.html", "cannot save (Permission denied)");
  kept = read_file (out);
  g_assert_cmpstr (kept, ==, "the old report\n");
  assert_dir_holds (folder, "out.html");
}

/* A target that is a link stays a link; the file it names is replaced,
 * keeping its permissions. */
static void
test_cli_through_link (RdTestTempDir *fixture,
                       gconstpointer data)
{
  g_autofree char *old_path = copy_pair_file (fixture, "trafficking-old.txt");
  g_autofree char *new_path = copy_pair_file (fixture, "trafficking-new.txt");
  g_autofree char *real = g_build_filename (fixture->dir, "report.html", NULL);
  g_autofree char *link = g_build_filename (fixture->dir, "latest.html", NULL);
  g_autofree char *html = NULL;
  g_auto (RdRun) run = { 0 };
  GStatBuf info;

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (g_chmod (real, 0640), ==, 0);
  g_assert_cmpint (symlink ("report.html", link), ==, 0);
  rd_run_resdiff (&run, old_path, new_path, "-o", link, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  html = read_file (real);
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_cmpint (g_stat (real, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0640);
  assert_dir_holds (fixture->dir, "latest.html report.html trafficking-new.txt trafficking-old.txt");
}

/* What the window's "Save as HTML" calls: the same writer and saver. */
static void
test_save_api (RdTestTempDir *fixture,
               gconstpointer data)
{
  g_autoptr (RdComparison) comparison = compare_pair ();
  g_autofree char *path = g_build_filename (fixture->dir, "saved.html", NULL);
  g_autoptr (GFile) target = g_file_new_for_path (path);
  g_autofree char *old_path = pair_path ("trafficking-old.txt");
  g_autoptr (GFile) input = g_file_new_for_path (old_path);
  GFile *inputs[] = { input, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) expected = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *expected_text = NULL;
  RdHtmlOptions options;

  golden_options (&options, RD_LAYOUT_SIDE_BY_SIDE, FALSE);
  g_assert_true (rd_html_save (comparison, &options, target, inputs, NULL, &error));
  g_assert_no_error (error);
  expected = rd_html_write (comparison, &options, &error);
  saved = read_file (path);
  expected_text = bytes_to_string (expected);
  g_assert_cmpstr (saved, ==, expected_text);

  g_assert_false (rd_html_save (comparison, &options, input, inputs, NULL, &error));
  g_assert_error (error, RD_SAVE_ERROR, RD_SAVE_ERROR_IS_INPUT);
  g_date_time_unref (options.generated);
}

/* A comparison in Arabic (plain text: no language tag, the script
 * decides) is a page read right to left: dir="rtl", the page number at
 * the bottom left; the style sheet's sides are logical, so the same
 * rules mirror it.  An English pair has neither. */
static void
test_right_to_left (void)
{
  g_autoptr (RdDocument) old_document = rd_test_parse_text ("لكل فرد الحق في الحياة والحرية وسلامة شخصه.\n\nلا يجوز استرقاق أو استعباد أي شخص، ويحظر الاسترقاق وتجارة الرقيق بكافة أوضاعهما.\n\nلا يعرض أي إنسان للتعذيب ولا للعقوبات أو المعاملات القاسية أو الوحشية أو الحاطة بالكرامة.\n");
  g_autoptr (RdDocument) new_document = rd_test_parse_text ("لكل فرد الحق في الحياة والحرية والأمان على شخصه.\n\nلا يعرض أي إنسان للتعذيب ولا للعقوبات أو المعاملات القاسية أو الوحشية أو الحاطة بالكرامة.\n");
  g_autoptr (RdComparison) comparison = rd_comparison_new (old_document, new_document, NULL);
  g_autoptr (RdComparison) english = compare_pair ();
  g_autoptr (GBytes) bytes = write_html (comparison, RD_LAYOUT_REDLINE, FALSE);
  g_autoptr (GBytes) english_bytes = write_html (english, RD_LAYOUT_REDLINE, FALSE);
  g_autofree char *html = bytes_to_string (bytes);
  g_autofree char *english_html = bytes_to_string (english_bytes);
  htmlDocPtr doc = parse_html (bytes);

  g_assert_cmpuint (count (doc, "/html[@dir='rtl']"), ==, 1);
  g_assert_cmpuint (count (doc, "//del"), >, 0);
  g_assert_nonnull (strstr (html, "@bottom-left"));
  g_assert_nonnull (strstr (html, "border-inline-start: 3px solid"));
  g_assert_null (strstr (html, "border-left"));
  g_assert_null (strstr (html, "margin-left"));
  g_assert_null (strstr (html, "padding-left"));
  /* The program's words keep their own direction in it. */
  g_assert_nonnull (strstr (html, "unicode-bidi: plaintext"));

  g_assert_null (strstr (english_html, " dir=\"rtl\""));
  g_assert_null (strstr (english_html, "@bottom-left"));
  xmlFreeDoc (doc);
}

int
main (int argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/html/golden/redline", test_golden_redline);
  g_test_add_func ("/html/golden/side-by-side", test_golden_side_by_side);
  g_test_add_func ("/html/golden/changes-only", test_golden_changes_only);
  g_test_add_func ("/html/golden/deterministic", test_golden_is_deterministic);
  g_test_add_func ("/html/right-to-left", test_right_to_left);
  g_test_add_func ("/html/structure/redline", test_structure_redline);
  g_test_add_func ("/html/structure/side-by-side", test_structure_side_by_side);
  g_test_add_func ("/html/structure/changes-only", test_structure_changes_only);
  g_test_add_func ("/html/structure/merge-and-marks", test_structure_merge_and_marks);
  g_test_add_func ("/html/structure/identical", test_identical);
  g_test_add_func ("/html/colors", test_colors);
  g_test_add_func ("/html/options/default", test_options_default);
  g_test_add_func ("/html/escaping/hostile", test_escaping_hostile);
  g_test_add_func ("/html/escaping/control-characters", test_escaping_control_characters);
  g_test_add_func ("/html/size/linear", test_size_linear);
  rd_test_add_temp_dir_func ("/html/cli/writes-html", test_cli_writes_html);
  rd_test_add_temp_dir_func ("/html/cli/refuses-input", test_cli_refuses_input);
  rd_test_add_temp_dir_func ("/html/cli/target-is-directory", test_cli_target_is_directory);
  rd_test_add_temp_dir_func ("/html/cli/failed-write-keeps-target", test_cli_failed_write_keeps_target);
  rd_test_add_temp_dir_func ("/html/cli/read-only-folder", test_cli_read_only_folder);
  rd_test_add_temp_dir_func ("/html/cli/through-link", test_cli_through_link);
  rd_test_add_temp_dir_func ("/html/save-api", test_save_api);

  return g_test_run ();
}
