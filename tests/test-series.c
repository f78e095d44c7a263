/* test-series.c: a series of versions, routine updates, verb strength
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The routine updates asserted on the corpus were read in the PDFs'
 * texts: from A/RES/78/141 to A/RES/79/198 (Promoting investments for
 * sustainable development) exactly four paragraphs change by routine
 * alone: PP 4 adds "78/141 of 19 December 2023" to the resolutions it
 * recalls, PP 17 → 21 the reports' years 2023 → 2024, OP 39 → 44 and
 * OP 40 → 45 "seventy-ninth session" → "eightieth session"; the other
 * changes add or reword text (PP 3 adds "pandemic").
 */

#include "config.h"

#include <glib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "rd-comparison-json.h"
#include "rd-routine.h"
#include "rd-series-attribution.h"
#include "rd-series-json.h"
#include "rd-series.h"
#include "rd-test-pdf.h"
#include "rd-test-spawn.h"
#include "rd-test-util.h"
#include "rd-verb-strength.h"

/* Routine patterns */

static gboolean
diff_is_routine (const char *old_text,
                 const char *new_text)
{
  g_autoptr (RdDiff) diff = rd_diff_texts (old_text, new_text, 0, 0);
  gboolean routine = FALSE;

  g_array_unref (rd_routine_mark_diff (diff, &routine));
  return routine;
}

static void
test_routine_patterns (void)
{
  /* Each pattern of docs/series.md. */
  g_assert_true (diff_is_routine ("to report to the General Assembly at its seventy-ninth session on the implementation",
                                  "to report to the General Assembly at its eightieth session on the implementation"));
  g_assert_true (diff_is_routine ("at its seventy‑ninth session", "at its eighty‑first session"));
  g_assert_true (diff_is_routine ("adopted at the 79th session of the Assembly", "adopted at the 80th session of the Assembly"));
  g_assert_true (diff_is_routine ("Recalling its resolution 78/123 of 19 December 2023 on the question,",
                                  "Recalling its resolution 79/45 of 17 December 2024 on the question,"));
  g_assert_true (diff_is_routine ("Recalling its resolutions 76/1 and 77/2,", "Recalling its resolutions 76/1, 77/2 and 78/3,"));
  g_assert_true (diff_is_routine ("Taking note of the report of the Secretary-General (A/79/123),",
                                  "Taking note of the report of the Secretary-General (A/80/456),"));
  g_assert_true (diff_is_routine ("the World Investment Report 2023 and", "the World Investment Report 2024 and"));

  /* Substance is not routine, alone or next to a routine part. */
  g_assert_false (diff_is_routine ("Urges Member States to act,", "Encourages Member States to act,"));
  g_assert_false (diff_is_routine ("at its seventy-ninth session on the implementation",
                                   "at its eightieth session on the implementation and on its financing"));
  g_assert_false (diff_is_routine ("Recalling its resolutions 76/1 and 77/2,", "Recalling its resolutions 76/1, 77/2,"));
  g_assert_false (diff_is_routine ("the same text", "the same text"));
  /* A figure is substance; a day is a date only next to its month. */
  g_assert_false (diff_is_routine ("investment flows declined by 12 per cent in the year", "investment flows declined by 2 per cent in the year"));
  g_assert_true (diff_is_routine ("adopted on 19 December by consensus", "adopted on 17 December by consensus"));
  g_assert_false (rd_routine_text_is_routine ("and the"));
  g_assert_true (rd_routine_text_is_routine ("seventy-ninth session"));
  g_assert_false (rd_routine_text_is_routine ("seventy-ninth session, decides"));
}

static void
test_routine_marks_mixed (void)
{
  g_autoptr (RdDiff) diff = rd_diff_texts ("to report at its seventy-ninth session on the implementation of the present resolution",
                                           "to report at its eightieth session on the implementation and financing of the present resolution", 0, 0);
  gboolean routine = TRUE;
  g_autoptr (GArray) marks = rd_routine_mark_diff (diff, &routine);
  gboolean routine_part = FALSE;
  gboolean substantive_part = FALSE;

  g_assert_false (routine);
  g_assert_cmpuint (marks->len, ==, diff->segments->len);
  for (guint s = 0; s < diff->segments->len; s++)
    {
      const RdDiffSegment *segment = g_ptr_array_index (diff->segments, s);

      if (segment->op == RD_DIFF_EQUAL)
        g_assert_false (g_array_index (marks, gboolean, s));
      else if (g_array_index (marks, gboolean, s))
        {
          routine_part = TRUE;
          g_assert_true (strstr (segment->text, "financing") == NULL);
        }
      else
        {
          substantive_part = TRUE;
          g_assert_true (strstr (segment->text, "eightieth") == NULL && strstr (segment->text, "seventy") == NULL);
        }
    }
  g_assert_true (routine_part);
  g_assert_true (substantive_part);
}

/* Verb strength */

static void
test_verb_scale (void)
{
  const char *const descending[] = { "Decides", "Urges", "Calls upon", "Requests", "Encourages", "Invites", "Welcomes", "Takes note of" };

  for (guint i = 0; i + 1 < G_N_ELEMENTS (descending); i++)
    {
      g_assert_cmpint (rd_verb_strength_rank (descending[i]), >, rd_verb_strength_rank (descending[i + 1]));
      g_assert_cmpint (rd_verb_strength_compare (descending[i], descending[i + 1]), ==, RD_STRENGTH_WEAKENED);
      g_assert_cmpint (rd_verb_strength_compare (descending[i + 1], descending[i]), ==, RD_STRENGTH_STRENGTHENED);
    }
  g_assert_cmpint (rd_verb_strength_rank ("Demands"), ==, rd_verb_strength_rank ("Decides"));
  g_assert_cmpint (rd_verb_strength_compare ("Urges", "Strongly urges"), ==, RD_STRENGTH_STRENGTHENED);
  g_assert_cmpint (rd_verb_strength_compare ("Strongly urges", "Urges"), ==, RD_STRENGTH_WEAKENED);
  g_assert_cmpint (rd_verb_strength_compare ("Requests", "Also requests"), ==, RD_STRENGTH_SAME);
  g_assert_cmpint (rd_verb_strength_compare ("Further invites", "Invites"), ==, RD_STRENGTH_SAME);
  g_assert_cmpint (rd_verb_strength_compare ("Also notes", "Takes note of"), ==, RD_STRENGTH_SAME);
  g_assert_cmpint (rd_verb_strength_compare ("Strongly urges", "Calls upon"), ==, RD_STRENGTH_WEAKENED);
  /* Off the scale: no mark rather than a guess. */
  g_assert_cmpint (rd_verb_strength_compare ("Reaffirms", "Decides"), ==, RD_STRENGTH_UNKNOWN);
  g_assert_cmpint (rd_verb_strength_rank ("Recalling"), <, 0);
  g_assert_cmpstr (rd_strength_to_string (RD_STRENGTH_WEAKENED), ==, "weakened");
  g_assert_null (rd_strength_to_string (RD_STRENGTH_UNKNOWN));
}

static RdStrength
wording (const char *old_text,
         const char *new_text)
{
  g_autoptr (RdDiff) diff = rd_diff_texts (old_text, new_text, 0, 0);

  return rd_verb_strength_of_diff (diff);
}

static void
test_wording_strength (void)
{
  g_assert_cmpint (wording ("States shall submit their reports", "States should submit their reports"), ==, RD_STRENGTH_WEAKENED);
  g_assert_cmpint (wording ("States should submit their reports", "States shall submit their reports"), ==, RD_STRENGTH_STRENGTHENED);
  g_assert_cmpint (wording ("Calls upon States to ensure access", "Calls upon States to endeavour to ensure access"), ==, RD_STRENGTH_WEAKENED);
  g_assert_cmpint (wording ("and urges donors to contribute", "and encourages donors to contribute"), ==, RD_STRENGTH_WEAKENED);
  g_assert_cmpint (wording ("to take measures, as appropriate, to protect", "to take measures to protect"), ==, RD_STRENGTH_STRENGTHENED);
  g_assert_cmpint (wording ("to take measures to protect", "to take further measures to protect"), ==, RD_STRENGTH_UNKNOWN);
}

static void
test_comparison_marks (void)
{
  g_autoptr (RdDocument) a = rd_test_parse_text ("The General Assembly,\n\n1. Urges Member States to ensure access to water;\n\n2. Requests the Secretary-General to report at its seventy-ninth session.\n\n3. Decides to remain seized of the matter.\n");
  g_autoptr (RdDocument) b = rd_test_parse_text ("The General Assembly,\n\n1. Encourages Member States to ensure access to water;\n\n2. Requests the Secretary-General to report at its eightieth session.\n\n3. Decides to remain seized of the matter, as appropriate.\n");
  g_autoptr (RdComparison) comparison = rd_comparison_new (a, b, NULL);
  const RdComparisonStats *stats = rd_comparison_get_stats (comparison);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  g_autofree char *json = rd_comparison_to_json (comparison);

  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpint (((RdChange *) g_ptr_array_index (changes, 0))->verb_strength, ==, RD_STRENGTH_WEAKENED);
  g_assert_true (((RdChange *) g_ptr_array_index (changes, 1))->routine);
  g_assert_false (((RdChange *) g_ptr_array_index (changes, 0))->routine);
  g_assert_cmpint (((RdChange *) g_ptr_array_index (changes, 2))->wording_strength, ==, RD_STRENGTH_WEAKENED);
  g_assert_cmpuint (stats->routine, ==, 1);
  g_assert_cmpuint (stats->substantive, ==, 2);
  g_assert_cmpuint (stats->weakened, ==, 2);
  g_assert_cmpuint (stats->strengthened, ==, 0);
  g_assert_nonnull (strstr (json, "\"verb_strength\": \"weakened\""));
  g_assert_nonnull (strstr (json, "\"routine\": true"));
  g_assert_nonnull (strstr (json, "\"substantive\": 2"));
}

/* The series */

static void
assert_lineage_invariants (RdSeries *series)
{
  GPtrArray *lineages = rd_series_get_lineages (series);
  guint n = rd_series_get_n_versions (series);
  guint total = 0;

  for (guint v = 0; v < n; v++)
    {
      guint paragraphs = rd_document_get_paragraphs (rd_series_get_version (series, v))->len;
      g_autofree guint *seen = g_new0 (guint, paragraphs);

      total += paragraphs;
      for (guint i = 0; i < lineages->len; i++)
        {
          const RdLineage *lineage = g_ptr_array_index (lineages, i);

          if (lineage->indices[v] != G_MAXUINT)
            {
              g_assert_cmpuint (lineage->indices[v], <, paragraphs);
              seen[lineage->indices[v]]++;
            }
        }
      /* Every paragraph of every version is in exactly one lineage. */
      for (guint p = 0; p < paragraphs; p++)
        {
          g_assert_cmpuint (seen[p], ==, 1);
          g_assert_true (rd_series_find_lineage (series, v, p)->indices[v] == p);
        }
    }
  for (guint i = 0; i < lineages->len; i++)
    {
      const RdLineage *lineage = g_ptr_array_index (lineages, i);

      /* Present from where it was introduced until it was removed, and
       * nowhere else. */
      for (guint v = 0; v < n; v++)
        g_assert_true ((lineage->indices[v] != G_MAXUINT) == (v >= lineage->introduced && v < MIN (lineage->removed, n)));
      for (guint e = 0; e < lineage->events->len; e++)
        {
          const RdLineageEvent *event = &g_array_index (lineage->events, RdLineageEvent, e);

          g_assert_cmpuint (event->step, <, n - 1);
          g_assert_cmpint (event->type, !=, RD_CHANGE_UNCHANGED);
          g_assert_cmpuint (event->change, <, rd_comparison_get_changes (rd_series_get_step (series, event->step))->len);
        }
    }
  g_assert_cmpuint (total, >, 0);
}

static void
test_series_corpus (void)
{
  g_autoptr (GPtrArray) documents = rd_test_load_corpus_chain (rd_test_investments, RD_TEST_N_INVESTMENTS);
  g_autoptr (RdSeries) series = rd_series_new (documents, NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char *json = rd_series_to_json (series);
  g_autoptr (GError) error = NULL;
  JsonObject *root;
  JsonArray *steps;
  JsonArray *history;
  guint changed = 0;

  g_assert_cmpuint (rd_series_get_n_versions (series), ==, 5);
  g_assert_cmpuint (rd_series_get_n_steps (series), ==, 4);
  assert_lineage_invariants (series);

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "resdiff"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "versions")), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (root, "versions"), 2), "symbol"), ==, "A/C.2/80/L.24");
  steps = json_object_get_array_member (root, "steps");
  g_assert_cmpuint (json_array_get_length (steps), ==, 4);

  /* Each step is exactly the comparison of the pair, made on its own. */
  for (guint s = 0; s < 4; s++)
    {
      g_autoptr (RdComparison) pair = rd_comparison_new (g_ptr_array_index (documents, s), g_ptr_array_index (documents, s + 1), NULL);
      g_autofree char *pair_json = rd_comparison_to_json (pair);
      g_autoptr (JsonParser) pair_parser = json_parser_new ();

      g_assert_true (json_parser_load_from_data (pair_parser, pair_json, -1, NULL));
      g_assert_true (json_node_equal (json_array_get_element (steps, s), json_parser_get_root (pair_parser)));
    }

  history = json_object_get_array_member (root, "history");
  g_assert_cmpuint (json_array_get_length (history), ==, rd_series_get_lineages (series)->len);
  for (guint i = 0; i < json_array_get_length (history); i++)
    {
      JsonObject *lineage = json_array_get_object_element (history, i);

      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (lineage, "indices")), ==, 5);
      changed += json_array_get_length (json_object_get_array_member (lineage, "events")) > 0;
    }
  g_assert_cmpuint (changed, >, 20);

  /* The last step, draft to adopted, changes nothing (A/RES/80/127 was
   * adopted as L.46 stood). */
  g_assert_false (rd_comparison_has_differences (rd_series_get_step (series, 3)) && rd_comparison_get_stats (rd_series_get_step (series, 3))->substantive > 0);

  /* PP 4 lives through all five versions, changed routinely twice: the
   * resolution of the year before added each year. */
  {
    const RdLineage *pp4 = rd_series_find_lineage (series, 0, 3);

    for (guint v = 0; v < 5; v++)
      g_assert_cmpuint (pp4->indices[v], !=, G_MAXUINT);
    g_assert_cmpuint (pp4->events->len, ==, 2);
    g_assert_true (g_array_index (pp4->events, RdLineageEvent, 0).routine);
    g_assert_true (g_array_index (pp4->events, RdLineageEvent, 1).routine);
  }

  /* Any two on request. */
  {
    g_autoptr (RdComparison) first_last = rd_series_compare (series, 0, 4);

    g_assert_true (rd_comparison_get_old (first_last) == g_ptr_array_index (documents, 0));
    g_assert_true (rd_comparison_get_new (first_last) == g_ptr_array_index (documents, 4));
    g_assert_true (rd_comparison_has_differences (first_last));
  }
}

/* Who changed what */

/* The version that brought the first occurrence of @word in @paragraph. */
static guint
version_of_word (const RdAttributedParagraph *paragraph,
                 const char *word)
{
  const char *found = strstr (paragraph->text, word);
  gsize offset;

  g_assert_nonnull (found);
  offset = found - paragraph->text;
  for (guint i = 0; i < paragraph->spans->len; i++)
    {
      const RdAttributedSpan *span = &g_array_index (paragraph->spans, RdAttributedSpan, i);

      if (offset >= span->start && offset < span->end)
        {
          /* The whole word is one version's. */
          g_assert_cmpuint (offset + strlen (word), <=, span->end);
          return span->version;
        }
    }
  g_assert_not_reached ();
  return G_MAXUINT;
}

/* The spans cover the text, in order, without gaps, each version one of
 * the series'. */
static void
assert_spans_cover (const RdAttributedParagraph *paragraph,
                    guint n_versions)
{
  gsize end = 0;

  for (guint i = 0; i < paragraph->spans->len; i++)
    {
      const RdAttributedSpan *span = &g_array_index (paragraph->spans, RdAttributedSpan, i);

      g_assert_cmpuint (span->start, ==, end);
      g_assert_cmpuint (span->end, >, span->start);
      g_assert_cmpuint (span->version, <, n_versions);
      if (i > 0)
        g_assert_cmpuint (span->version, !=, g_array_index (paragraph->spans, RdAttributedSpan, i - 1).version);
      end = span->end;
    }
  g_assert_cmpuint (end, ==, strlen (paragraph->text));
}

static void
test_attribution_texts (void)
{
  g_autoptr (GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (RdSeries) series = NULL;
  g_autoptr (GPtrArray) latest = NULL;
  const RdAttributedParagraph *op1, *op2, *op3;

  g_ptr_array_add (documents, rd_test_parse_text ("The General Assembly,\n\n1. Urges Member States to ensure access to water;\n\n2. Requests the Secretary-General to report to it.\n"));
  g_ptr_array_add (documents, rd_test_parse_text ("The General Assembly,\n\n1. Urges Member States to ensure safe access to water;\n\n2. Requests the Secretary-General to report to it.\n"));
  g_ptr_array_add (documents, rd_test_parse_text ("The General Assembly,\n\n1. Urges Member States to ensure safe access to water and sanitation;\n\n2. Decides to remain seized of the matter.\n\n3. Requests the Secretary-General to report to it.\n"));
  series = rd_series_new (documents, NULL);
  latest = rd_series_attribute_latest (series);

  g_assert_cmpuint (latest->len, ==, rd_document_get_paragraphs (g_ptr_array_index (documents, 2))->len);
  op1 = g_ptr_array_index (latest, latest->len - 3);
  op2 = g_ptr_array_index (latest, latest->len - 2);
  op3 = g_ptr_array_index (latest, latest->len - 1);
  for (guint i = 0; i < latest->len; i++)
    assert_spans_cover (g_ptr_array_index (latest, i), 3);

  g_assert_cmpstr (op1->label, ==, "OP 1");
  g_assert_nonnull (strstr (op1->text, "safe access to water and sanitation"));
  g_assert_cmpuint (version_of_word (op1, "Urges"), ==, 0);
  g_assert_cmpuint (version_of_word (op1, "ensure"), ==, 0);
  g_assert_cmpuint (version_of_word (op1, "safe"), ==, 1);
  g_assert_cmpuint (version_of_word (op1, "water"), ==, 0);
  g_assert_cmpuint (version_of_word (op1, "sanitation"), ==, 2);
  /* The inserted paragraph is the last version's, whole. */
  g_assert_cmpstr (op2->label, ==, "OP 2");
  g_assert_cmpuint (op2->spans->len, ==, 1);
  g_assert_cmpuint (version_of_word (op2, "Decides"), ==, 2);
  /* Renumbered, not changed: the first version's. */
  g_assert_cmpuint (op3->spans->len, ==, 1);
  g_assert_cmpuint (version_of_word (op3, "Requests"), ==, 0);
}

static void
test_attribution_corpus (void)
{
  g_autoptr (GPtrArray) documents = rd_test_load_corpus_chain (rd_test_investments, RD_TEST_N_INVESTMENTS);
  g_autoptr (RdSeries) series = rd_series_new (documents, NULL);
  g_autoptr (GPtrArray) latest = rd_series_attribute_latest (series);
  GPtrArray *paragraphs = rd_document_get_paragraphs (g_ptr_array_index (documents, 4));
  guint by_version[5] = { 0 };

  /* Every paragraph of the adopted text, its text the words the
   * comparison read. */
  g_assert_cmpuint (latest->len, ==, paragraphs->len);
  for (guint i = 0; i < latest->len; i++)
    {
      const RdAttributedParagraph *paragraph = g_ptr_array_index (latest, i);

      g_assert_cmpuint (paragraph->index, ==, i);
      assert_spans_cover (paragraph, 5);
      for (guint k = 0; k < paragraph->spans->len; k++)
        by_version[g_array_index (paragraph->spans, RdAttributedSpan, k).version]++;
    }
  /* Most of the text is last year's resolution's or older; the new
   * draft (L.24) and the facilitator's text (L.46) each brought words;
   * the adoption (L.46 → A/RES/80/127) none. */
  g_assert_cmpuint (by_version[0], >, 10);
  g_assert_cmpuint (by_version[2], >, 5);
  g_assert_cmpuint (by_version[3], >, 0);
  g_assert_cmpuint (by_version[4], ==, 0);

  /* PP 4 recalls the resolutions of the years before: the latest one
   * cited came with the year's new draft or resolution, not the first
   * version. */
  {
    const RdLineage *pp4 = rd_series_find_lineage (series, 0, 3);
    const RdAttributedParagraph *paragraph = g_ptr_array_index (latest, pp4->indices[4]);
    const RdLineageEvent *last_event = &g_array_index (pp4->events, RdLineageEvent, pp4->events->len - 1);
    gboolean later = FALSE;

    for (guint k = 0; k < paragraph->spans->len; k++)
      later |= g_array_index (paragraph->spans, RdAttributedSpan, k).version == last_event->step + 1;
    g_assert_true (later);
  }
}

/* A change of a real year → year pair is routine exactly where the texts
 * (read, see the top) change by routine alone. */
static void
test_routine_year_to_year (void)
{
  g_autoptr (RdDocument) a = rd_test_load_fixture ("corpus", "A_RES_78_141.en.pdf", NULL);
  g_autoptr (RdDocument) b = rd_test_load_fixture ("corpus", "A_RES_79_198.en.pdf", NULL);
  g_autoptr (RdComparison) comparison = rd_comparison_new (a, b, NULL);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  const RdComparisonStats *stats = rd_comparison_get_stats (comparison);
  const char *const routine_labels[] = { "PP 4", "PP 17 → 21", "OP 39 → 44", "OP 40 → 45" };
  guint found = 0;

  g_assert_cmpuint (stats->routine, ==, 4);
  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);
      g_autofree char *label = rd_comparison_describe_change (comparison, change);
      gboolean expected = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (routine_labels); k++)
        if (g_str_has_prefix (label, routine_labels[k]) && label[strlen (routine_labels[k])] == ',')
          expected = TRUE;
      if (!rd_change_is_difference (change))
        continue;
      if (expected != change->routine)
        g_error ("%s: routine %d, expected %d", label, change->routine, expected);
      found += expected;
    }
  g_assert_cmpuint (found, ==, 4);
  g_assert_cmpuint (stats->substantive + stats->routine, ==, stats->counts[RD_CHANGE_MODIFIED] + stats->counts[RD_CHANGE_INSERTED] + stats->counts[RD_CHANGE_DELETED] + stats->counts[RD_CHANGE_MOVED] + stats->counts[RD_CHANGE_SPLIT] + stats->counts[RD_CHANGE_MERGED]);
}

/* Another year → year pair, another committee: the session in the last
 * paragraph, "seventy-ninth" → "eightieth", and the previous
 * resolutions recalled (read in A/RES/78/48 and A/RES/79/52). */
static void
test_routine_year_to_year_disarmament (void)
{
  g_autoptr (RdDocument) a = rd_test_load_fixture ("corpus", "A_RES_78_48.en.pdf", NULL);
  g_autoptr (RdDocument) b = rd_test_load_fixture ("corpus", "A_RES_79_52.en.pdf", NULL);
  g_autoptr (RdComparison) comparison = rd_comparison_new (a, b, NULL);
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  gboolean last_routine = FALSE;

  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);
      const RdParagraph *paragraph = change->new_items->len > 0 ? g_ptr_array_index (rd_document_get_paragraphs (b), g_array_index (change->new_items, guint, 0)) : NULL;

      if (paragraph != NULL && g_str_has_prefix (paragraph->text, "Decides to include in the provisional agenda of its eightieth session"))
        last_routine = change->routine;
    }
  g_assert_true (last_routine);
  g_assert_cmpuint (rd_comparison_get_stats (comparison)->routine, >=, 2);
}

static void
test_sort (void)
{
  const char *const shuffled[] = { "A_RES_80_127.en.pdf", "A_C.2_80_L.24.en.pdf", "A_RES_78_141.en.pdf", "A_C.2_80_L.46.en.pdf", "A_RES_79_198.en.pdf" };
  g_autoptr (GPtrArray) documents = rd_test_load_corpus_chain (shuffled, G_N_ELEMENTS (shuffled));

  rd_series_sort_documents (documents);
  for (guint i = 0; i < RD_TEST_N_INVESTMENTS; i++)
    {
      g_autofree char *name = g_path_get_basename (rd_document_get_file (g_ptr_array_index (documents, i)));

      g_assert_cmpstr (name, ==, rd_test_investments[i]);
    }
}

static RdDocument *
dated (const char *symbol,
       const char *date)
{
  RdDocument *document = rd_test_parse_text ("The General Assembly,\n\n1. Decides to act.\n");

  rd_document_set_field (document, RD_FIELD_SYMBOL, symbol);
  rd_document_set_field (document, RD_FIELD_DATE, date);
  return document;
}

static void
test_sort_revision (void)
{
  g_autoptr (RdDocument) rev2 = dated ("A/C.3/80/L.4/Rev.2", "14 October 2025");
  g_autoptr (RdDocument) rev1 = dated ("A/C.3/80/L.4/Rev.1", "14 October 2025");
  g_autoptr (RdDocument) plain = dated ("A/C.3/80/L.4", "14 October 2025");
  g_autoptr (RdDocument) older = dated ("A/RES/79/1", "2 December 2024");
  g_autoptr (RdDocument) undated = dated ("A/C.3/80/L.9", NULL);
  g_autoptr (GPtrArray) documents = g_ptr_array_new ();

  g_ptr_array_add (documents, rev2);
  g_ptr_array_add (documents, plain);
  g_ptr_array_add (documents, rev1);
  g_ptr_array_add (documents, older);
  rd_series_sort_documents (documents);
  g_assert_true (g_ptr_array_index (documents, 0) == older);
  g_assert_true (g_ptr_array_index (documents, 1) == plain);
  g_assert_true (g_ptr_array_index (documents, 2) == rev1);
  g_assert_true (g_ptr_array_index (documents, 3) == rev2);

  /* An undated version keeps its place after the one before it. */
  g_ptr_array_set_size (documents, 0);
  g_ptr_array_add (documents, plain);
  g_ptr_array_add (documents, undated);
  g_ptr_array_add (documents, older);
  rd_series_sort_documents (documents);
  g_assert_true (g_ptr_array_index (documents, 0) == older);
  g_assert_true (g_ptr_array_index (documents, 1) == plain);
  g_assert_true (g_ptr_array_index (documents, 2) == undated);
}

/* The command line */

static void
test_cli_series (void)
{
  g_autofree char *p0 = rd_test_fixture_path ("corpus", rd_test_investments[0]);
  g_autofree char *p1 = rd_test_fixture_path ("corpus", rd_test_investments[1]);
  g_autofree char *p2 = rd_test_fixture_path ("corpus", rd_test_investments[2]);
  g_auto (RdRun) text = { 0 };
  g_auto (RdRun) json = { 0 };
  g_auto (RdRun) sorted = { 0 };
  g_auto (RdRun) substantive = { 0 };
  g_auto (RdRun) pair = { 0 };
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (JsonParser) sorted_parser = json_parser_new ();
  JsonObject *root;

  rd_run_resdiff (&text, "--color=never", p0, p1, p2, NULL);
  g_assert_cmpint (text.status, ==, 1);
  g_assert_nonnull (strstr (text.out, "Series of 3 versions:"));
  g_assert_nonnull (strstr (text.out, "Step 2 → 3: A/RES/79/198 → A/C.2/80/L.24"));
  g_assert_nonnull (strstr (text.out, "History of the paragraphs that changed:"));
  g_assert_nonnull (strstr (text.out, "[routine]"));
  g_assert_nonnull (strstr (text.out, "[-seventy-ninth-] {+eightieth+}"));

  rd_run_resdiff (&substantive, "--color=never", "--substantive", p0, p1, p2, NULL);
  g_assert_cmpint (substantive.status, ==, 1);
  g_assert_null (strstr (substantive.out, "[routine]"));
  g_assert_nonnull (strstr (substantive.out, "routine changes: 4"));

  rd_run_resdiff (&json, "--format=json", p0, p1, p2, NULL);
  g_assert_cmpint (json.status, ==, 1);
  g_assert_true (json_parser_load_from_data (parser, json.out, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "versions")), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "steps")), ==, 2);
  g_assert_true (json_array_get_length (json_object_get_array_member (root, "history")) > 50);

  /* --sort puts them back in order, whatever the order given. */
  rd_run_resdiff (&sorted, "--format=json", "--sort", p2, p0, p1, NULL);
  g_assert_cmpint (sorted.status, ==, 1);
  g_assert_true (json_parser_load_from_data (sorted_parser, sorted.out, -1, NULL));
  g_assert_true (json_node_equal (json_parser_get_root (parser), json_parser_get_root (sorted_parser)));

  /* Any two versions of the series. */
  rd_run_resdiff (&pair, "--format=json", "--versions=1,3", p0, p1, p2, NULL);
  g_assert_cmpint (pair.status, ==, 1);
  g_assert_nonnull (strstr (pair.out, "\"symbol\": \"A/RES/78/141\""));
  g_assert_nonnull (strstr (pair.out, "\"symbol\": \"A/C.2/80/L.24\""));
  g_assert_null (strstr (pair.out, "\"history\""));
}

static void
test_cli_series_errors (void)
{
  g_autofree char *p0 = rd_test_fixture_path ("corpus", rd_test_investments[0]);
  g_autofree char *p1 = rd_test_fixture_path ("corpus", rd_test_investments[1]);
  g_autofree char *p2 = rd_test_fixture_path ("corpus", rd_test_investments[2]);
  g_auto (RdRun) too_many = { 0 };
  g_auto (RdRun) bad_versions = { 0 };
  g_auto (RdRun) missing = { 0 };
  g_auto (RdRun) html = { 0 };

  (void) html;
  rd_run_resdiff (&too_many, p0, p1, p2, p0, p1, p2, p0, p1, p2, p0, p1, p2, p0, NULL);
  g_assert_cmpint (too_many.status, ==, 2);
  g_assert_nonnull (strstr (too_many.err, "at most 12 versions"));

  rd_run_resdiff (&bad_versions, "--versions=1,7", p0, p1, p2, NULL);
  g_assert_cmpint (bad_versions.status, ==, 2);
  g_assert_nonnull (strstr (bad_versions.err, "--versions"));

  rd_run_resdiff (&missing, p0, p1, "/nonexistent/v3.pdf", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  rd_assert_one_line_error (&missing, "v3.pdf", NULL);
}

/* A pair's HTML: routine updates grey (class "routine"), and with
 * --substantive left out of the changes, their paragraphs unmarked. */
static void
test_cli_html_substantive (void)
{
  g_autofree char *p0 = rd_test_fixture_path ("corpus", rd_test_investments[0]);
  g_autofree char *p1 = rd_test_fixture_path ("corpus", rd_test_investments[1]);
  g_auto (RdRun) all = { 0 };
  g_auto (RdRun) substantive = { 0 };
  g_auto (RdRun) text = { 0 };

  rd_run_resdiff (&all, "--format=html", p0, p1, NULL);
  g_assert_cmpint (all.status, ==, 1);
  g_assert_nonnull (strstr (all.out, "<li class=\"modified routine\""));
  g_assert_nonnull (strstr (all.out, "<ins class=\"routine\">eightieth</ins>"));
  g_assert_nonnull (strstr (all.out, "Substantive changes: 35; routine changes: 4"));

  rd_run_resdiff (&substantive, "--format=html", "--substantive", p0, p1, NULL);
  g_assert_cmpint (substantive.status, ==, 1);
  g_assert_null (strstr (substantive.out, "<li class=\"modified routine\""));
  g_assert_null (strstr (substantive.out, "<ins class=\"routine\">eightieth</ins>"));
  g_assert_nonnull (strstr (substantive.out, "at its eightieth session"));
  g_assert_nonnull (strstr (substantive.out, "Substantive changes: 35; routine changes: 4"));

  rd_run_resdiff (&text, "--color=never", "--substantive", p0, p1, NULL);
  g_assert_cmpint (text.status, ==, 1);
  g_assert_null (strstr (text.out, "[routine]"));
  g_assert_null (strstr (text.out, "[-seventy-ninth-]"));
}

/* The exports of a series */

/* resdiff --format=html V1 V2 V3: the series' page. */
static void
test_cli_series_html (void)
{
  g_autofree char *p0 = rd_test_fixture_path ("corpus", rd_test_investments[0]);
  g_autofree char *p1 = rd_test_fixture_path ("corpus", rd_test_investments[1]);
  g_autofree char *p2 = rd_test_fixture_path ("corpus", rd_test_investments[2]);
  g_autofree char *dir = g_dir_make_tmp ("resdiff-series-XXXXXX", NULL);
  g_autofree char *out_path = g_build_filename (dir, "series.html", NULL);
  g_autofree char *written = NULL;
  g_auto (RdRun) all = { 0 };
  g_auto (RdRun) substantive = { 0 };
  g_auto (RdRun) to_file = { 0 };
  g_auto (RdRun) pair = { 0 };
  const char *pp4;

  rd_run_resdiff (&all, "--format=html", p0, p1, p2, NULL);
  g_assert_cmpint (all.status, ==, 1);
  g_assert_cmpstr (all.err, ==, "");
  g_assert_true (g_str_has_prefix (all.out, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (all.out, "<title>Series: A/RES/78/141 → … → A/C.2/80/L.24</title>"));
  g_assert_nonnull (strstr (all.out, "Content-Security-Policy"));
  g_assert_nonnull (strstr (all.out, "Series of 3 versions"));
  g_assert_nonnull (strstr (all.out, "<td class=\"version-name\">A/RES/79/198</td>"));
  g_assert_nonnull (strstr (all.out, "<h3>Step 1 → 2: A/RES/78/141 → A/RES/79/198</h3>"));
  g_assert_nonnull (strstr (all.out, "<h3>Step 2 → 3: A/RES/79/198 → A/C.2/80/L.24</h3>"));
  g_assert_nonnull (strstr (all.out, "<li>Substantive changes: 35; routine changes: 4"));
  g_assert_cmpuint (rd_test_count (all.out, "class=\"step summary\""), ==, 2);
  g_assert_nonnull (strstr (all.out, "History of the paragraphs that changed"));
  /* PP 4's history: its label in each version, each step's change, routine
   * and grey. */
  pp4 = strstr (all.out, "<span class=\"in-version\" title=\"1. A/RES/78/141\">PP 4</span>");
  g_assert_nonnull (pp4);
  g_assert_nonnull (strstr (pp4, "<div class=\"change modified routine\">"));
  g_assert_nonnull (strstr (pp4, "<span class=\"step-no\">1 → 2</span> PP 4, modified <span class=\"change-note\">routine</span>"));
  g_assert_nonnull (strstr (all.out, "<ins class=\"routine\">eightieth</ins>"));
  g_assert_nonnull (strstr (all.out, "<del class=\"routine\">seventy-ninth</del>"));
  /* A substantive change is marked as such. */
  g_assert_nonnull (strstr (all.out, "<div class=\"change inserted\">"));
  g_assert_null (strstr (all.out, "<script"));

  /* --substantive: counted, not listed. */
  rd_run_resdiff (&substantive, "--format=html", "--substantive", p0, p1, p2, NULL);
  g_assert_cmpint (substantive.status, ==, 1);
  g_assert_nonnull (strstr (substantive.out, "routine updates counted, not listed"));
  g_assert_nonnull (strstr (substantive.out, "<li>Substantive changes: 35; routine changes: 4"));
  g_assert_null (strstr (substantive.out, "change modified routine"));
  g_assert_null (strstr (substantive.out, "<ins class=\"routine\">eightieth</ins>"));
  g_assert_null (strstr (substantive.out, "title=\"1. A/RES/78/141\">PP 4</span>"));
  g_assert_nonnull (strstr (substantive.out, "<div class=\"change inserted\">"));
  g_assert_cmpuint (strlen (substantive.out), <, strlen (all.out));

  /* -o FILE.html says the format. */
  rd_run_resdiff (&to_file, p0, p1, p2, "-o", out_path, NULL);
  g_assert_cmpint (to_file.status, ==, 1);
  g_assert_cmpstr (to_file.out, ==, "");
  g_assert_true (g_file_get_contents (out_path, &written, NULL, NULL));
  /* The same page (made a moment later). */
  g_assert_true (g_str_has_prefix (written, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (written, "<title>Series: A/RES/78/141 → … → A/C.2/80/L.24</title>"));
  g_assert_cmpuint (rd_test_count (written, "class=\"paragraph-history\""), ==, rd_test_count (all.out, "class=\"paragraph-history\""));

  /* --versions: the pair's page. */
  rd_run_resdiff (&pair, "--format=html", "--versions=1,3", p0, p1, p2, NULL);
  g_assert_cmpint (pair.status, ==, 1);
  g_assert_nonnull (strstr (pair.out, "<title>Changes: A/RES/78/141 → A/C.2/80/L.24</title>"));
  g_assert_null (strstr (pair.out, "paragraph-history"));

  g_unlink (out_path);
  g_rmdir (dir);
}

/* A PDF's text without white space or hyphens (rd_test_squeeze), and
 * whether it holds @needle, squeezed the same way. */
static char *
pdf_text (const char *path)
{
  g_autofree char *text = rd_test_pdf_text (path, 0, 0);

  return rd_test_squeeze (text);
}

static gboolean
pdf_has (const char *squeezed,
         const char *needle)
{
  g_autofree char *squeezed_needle = rd_test_squeeze (needle);

  return strstr (squeezed, squeezed_needle) != NULL;
}

/* resdiff V1 V2 V3 -o FILE.pdf: the same, paginated; and a pair's PDF
 * with --substantive. */
static void
test_cli_series_pdf (void)
{
  g_autofree char *p0 = rd_test_fixture_path ("corpus", rd_test_investments[0]);
  g_autofree char *p1 = rd_test_fixture_path ("corpus", rd_test_investments[1]);
  g_autofree char *p2 = rd_test_fixture_path ("corpus", rd_test_investments[2]);
  g_autofree char *dir = g_dir_make_tmp ("resdiff-series-XXXXXX", NULL);
  g_autofree char *all_path = g_build_filename (dir, "series.pdf", NULL);
  g_autofree char *substantive_path = g_build_filename (dir, "substantive.pdf", NULL);
  g_autofree char *pair_path = g_build_filename (dir, "pair.pdf", NULL);
  g_autofree char *pair_substantive_path = g_build_filename (dir, "pair-substantive.pdf", NULL);
  g_autofree char *all_text = NULL;
  g_autofree char *substantive_text = NULL;
  g_autofree char *pair_text = NULL;
  g_autofree char *pair_substantive_text = NULL;
  g_autofree char *title = NULL;
  g_auto (RdRun) all = { 0 };
  g_auto (RdRun) substantive = { 0 };
  g_auto (RdRun) pair = { 0 };
  g_auto (RdRun) pair_substantive = { 0 };

  g_assert_true (rd_test_have_poppler_utils ());

  rd_run_resdiff (&all, p0, p1, p2, "-o", all_path, NULL);
  g_assert_cmpint (all.status, ==, 1);
  g_assert_cmpstr (all.err, ==, "");
  all_text = pdf_text (all_path);
  title = rd_test_pdf_info (all_path, "Title");
  g_assert_cmpstr (title, ==, "Series: A/RES/78/141 → … → A/C.2/80/L.24");
  g_assert_true (pdf_has (all_text, "Series of 3 versions"));
  g_assert_true (pdf_has (all_text, "Step 1 → 2: A/RES/78/141 → A/RES/79/198"));
  g_assert_true (pdf_has (all_text, "Substantive changes: 35; routine changes: 4"));
  g_assert_true (pdf_has (all_text, "History of the paragraphs that changed"));
  g_assert_true (pdf_has (all_text, "PP 4 | PP 4 | PP 4"));
  g_assert_true (pdf_has (all_text, "1 → 2: PP 4, modified [routine]"));
  g_assert_cmpuint (rd_test_pdf_pages (all_path), >, 3);

  rd_run_resdiff (&substantive, "--substantive", p0, p1, p2, "-o", substantive_path, NULL);
  g_assert_cmpint (substantive.status, ==, 1);
  substantive_text = pdf_text (substantive_path);
  g_assert_true (pdf_has (substantive_text, "routine updates counted, not listed"));
  g_assert_true (pdf_has (substantive_text, "Substantive changes: 35; routine changes: 4"));
  g_assert_false (pdf_has (substantive_text, "[routine]"));
  g_assert_false (pdf_has (substantive_text, "PP 4 | PP 4 | PP 4"));

  /* A pair's PDF honours --substantive: the routine changes' paragraphs
   * read as they read now, without their label. */
  rd_run_resdiff (&pair, p0, p1, "-o", pair_path, NULL);
  g_assert_cmpint (pair.status, ==, 1);
  rd_run_resdiff (&pair_substantive, "--substantive", p0, p1, "-o", pair_substantive_path, NULL);
  g_assert_cmpint (pair_substantive.status, ==, 1);
  pair_text = pdf_text (pair_path);
  pair_substantive_text = pdf_text (pair_substantive_path);
  g_assert_true (pdf_has (pair_text, "PP 4, modified"));
  g_assert_false (pdf_has (pair_substantive_text, "PP 4, modified"));
  g_assert_true (pdf_has (pair_text, "seventy-ninth"));
  g_assert_false (pdf_has (pair_substantive_text, "seventy-ninth"));
  g_assert_true (pdf_has (pair_substantive_text, "at its eightieth session"));
  /* The substantive changes stay. */
  g_assert_true (pdf_has (pair_substantive_text, "PP 3, modified"));

  g_unlink (all_path);
  g_unlink (substantive_path);
  g_unlink (pair_path);
  g_unlink (pair_substantive_path);
  g_rmdir (dir);
}

/* Unhappy paths of the exports: an input as the target, a folder that is
 * not there, Word output of a series. */
static void
test_cli_series_export_errors (void)
{
  g_autofree char *p0 = rd_test_fixture_path ("corpus", rd_test_investments[0]);
  g_autofree char *p1 = rd_test_fixture_path ("corpus", rd_test_investments[1]);
  g_autofree char *p2 = rd_test_fixture_path ("corpus", rd_test_investments[2]);
  g_auto (RdRun) over_input = { 0 };
  g_auto (RdRun) no_folder = { 0 };
  g_auto (RdRun) docx = { 0 };

  rd_run_resdiff (&over_input, "--format=html", p0, p1, p2, "-o", p2, NULL);
  g_assert_cmpint (over_input.status, ==, 2);
  rd_assert_one_line_error (&over_input, "A_C.2_80_L.24.en.pdf", NULL);

  rd_run_resdiff (&no_folder, p0, p1, p2, "-o", "/nonexistent/folder/series.pdf", NULL);
  g_assert_cmpint (no_folder.status, ==, 2);
  rd_assert_one_line_error (&no_folder, "series.pdf", NULL);

  rd_run_resdiff (&docx, "--format=docx", p0, p1, p2, NULL);
  g_assert_cmpint (docx.status, ==, 2);
  rd_assert_one_line_error (&docx, "Word", NULL);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/series/routine/patterns", test_routine_patterns);
  g_test_add_func ("/series/routine/mixed-change", test_routine_marks_mixed);
  g_test_add_func ("/series/verb-strength/scale", test_verb_scale);
  g_test_add_func ("/series/verb-strength/wording", test_wording_strength);
  g_test_add_func ("/series/comparison-marks", test_comparison_marks);
  g_test_add_func ("/series/sort/revision", test_sort_revision);
  g_test_add_func ("/series/attribution/texts", test_attribution_texts);
  rd_test_add_pdf_func ("/series/corpus/investments", test_series_corpus);
  rd_test_add_pdf_func ("/series/corpus/attribution", test_attribution_corpus);
  rd_test_add_pdf_func ("/series/corpus/routine-year-to-year", test_routine_year_to_year);
  rd_test_add_pdf_func ("/series/corpus/routine-year-to-year-disarmament", test_routine_year_to_year_disarmament);
  rd_test_add_pdf_func ("/series/corpus/sort", test_sort);
  rd_test_add_pdf_func ("/series/export/html", test_cli_series_html);
  rd_test_add_pdf_func ("/series/export/pdf", test_cli_series_pdf);
  rd_test_add_pdf_func ("/series/export/errors", test_cli_series_export_errors);
  rd_test_add_pdf_func ("/series/cli/series", test_cli_series);
  rd_test_add_pdf_func ("/series/cli/errors", test_cli_series_errors);
  rd_test_add_pdf_func ("/series/cli/html-substantive", test_cli_html_substantive);

  return g_test_run ();
}
