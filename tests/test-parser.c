/* test-parser.c: the structure of resolutions, from the seed and from small
 * texts made for one case each
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "rd-instruction-parser.h"
#include "rd-lexicon.h"
#include "rd-parser.h"
#include "rd-routine.h"
#include "rd-test-util.h"

#define SEED "trafficking-2013-revised-draft.en.txt"

/* A masthead for the small texts below. */
#define MASTHEAD                                                                  \
  "General Assembly\n\nDistr.: Limited\n12 October 2025\n\nOriginal: English\n\n" \
  "Eightieth session\n\nThird Committee\n\nAgenda item 107\n\nCrime prevention and criminal justice\n\n"

#define BODY \
  "A title\n\nThe General Assembly,\n\n*Recalling* its resolutions,\n\n1. *Decides* to remain seized of the matter.\n"

/* The seed */

static void
test_seed_masthead (void)
{
  g_autoptr (RdDocument) doc = rd_test_load_fixture (SEED, NULL);

  g_assert_null (rd_document_get_symbol (doc));
  g_assert_cmpstr (rd_document_get_document_type (doc), ==, "revised draft resolution");
  g_assert_cmpstr (rd_document_get_date (doc), ==, "8 November 2013");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_DISTRIBUTION), ==, "Limited");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_ORIGINAL_LANGUAGE), ==, "English");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_SESSION), ==, "Sixty-eighth session");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_COMMITTEE), ==, "Third Committee");
  g_assert_cmpuint (rd_document_get_agenda_items (doc)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rd_document_get_agenda_items (doc), 0), ==, "108");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_AGENDA_TITLE), ==, "Crime prevention and criminal justice");
  g_assert_cmpstr (rd_document_get_title (doc), ==, "Improving the coordination of efforts against trafficking in persons");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_FORMULA), ==, "The General Assembly,");
  g_assert_null (rd_document_get_field (doc, RD_FIELD_BASED_ON));
  g_assert_cmpuint (rd_document_get_warnings (doc)->len, ==, 0);
}

static void
test_seed_sponsors (void)
{
  g_autoptr (RdDocument) doc = rd_test_load_fixture (SEED, NULL);
  GPtrArray *sponsors = rd_document_get_sponsors (doc);
  const RdSponsor *first, *last;
  gboolean found_macedonia = FALSE, found_turkey = FALSE;
  const char *expected[] = { "Bolivia (Plurinational State of)", "Bosnia and Herzegovina",
                             "Côte d'Ivoire", "Lao People's Democratic Republic" };

  g_assert_cmpuint (sponsors->len, ==, 34);
  first = g_ptr_array_index (sponsors, 0);
  last = g_ptr_array_index (sponsors, sponsors->len - 1);
  g_assert_cmpstr (first->name, ==, "Armenia");
  g_assert_cmpstr (last->name, ==, "Venezuela (Bolivarian Republic of)");
  g_assert_cmpstr (last->state, ==, "Venezuela (Bolivarian Republic of)");

  for (guint i = 0; i < sponsors->len; i++)
    {
      const RdSponsor *sponsor = g_ptr_array_index (sponsors, i);

      g_assert_nonnull (sponsor->state);
      if (g_strcmp0 (sponsor->name, "the former Yugoslav Republic of Macedonia") == 0)
        {
          g_assert_cmpstr (sponsor->state, ==, "North Macedonia");
          found_macedonia = TRUE;
        }
      if (g_strcmp0 (sponsor->name, "Turkey") == 0)
        {
          g_assert_cmpstr (sponsor->state, ==, "Türkiye");
          found_turkey = TRUE;
        }
    }
  g_assert_true (found_macedonia);
  g_assert_true (found_turkey);

  for (guint k = 0; k < G_N_ELEMENTS (expected); k++)
    {
      gboolean found = FALSE;
      for (guint i = 0; i < sponsors->len; i++)
        found |= g_strcmp0 (((RdSponsor *) g_ptr_array_index (sponsors, i))->name, expected[k]) == 0;
      g_assert_true (found);
    }
}

static void
test_seed_paragraphs (void)
{
  g_autoptr (RdDocument) doc = rd_test_load_fixture (SEED, NULL);
  const char *verbs[] = { "Urges", "Urges", "Welcomes", "Decides", "Also decides", "Expresses support",
                          "Encourages", "Invites", "Invites", "Calls upon", "Calls upon", "Invites",
                          "Requests", "Welcomes", "Invites", "Encourages", "Invites", "Requests" };

  g_assert_cmpuint (rd_document_count_paragraphs (doc, RD_PARAGRAPH_PREAMBULAR), ==, 30);
  g_assert_cmpuint (rd_document_count_paragraphs (doc, RD_PARAGRAPH_SUBPARAGRAPH), ==, 6);
  g_assert_cmpuint (rd_document_count_paragraphs (doc, RD_PARAGRAPH_OPERATIVE), ==, 18);
  g_assert_cmpuint (rd_document_count_paragraphs (doc, RD_PARAGRAPH_OTHER), ==, 0);
  g_assert_cmpuint (rd_document_count_paragraphs (doc, RD_PARAGRAPH_HEADING), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    {
      RdParagraph *op = rd_test_paragraph_of_kind (doc, RD_PARAGRAPH_OPERATIVE, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      g_assert_cmpstr (op->number, ==, number);
      g_assert_cmpstr (op->verb, ==, verbs[i]);
      g_assert_true (g_str_has_prefix (op->text, verbs[i]));
    }

  /* Preambular verbs come from the words, as the seed has no italics there. */
  g_assert_cmpstr (rd_test_paragraph_of_kind (doc, RD_PARAGRAPH_PREAMBULAR, 0)->verb, ==, "Reiterating");
  g_assert_cmpstr (rd_test_paragraph_of_kind (doc, RD_PARAGRAPH_PREAMBULAR, 2)->verb, ==, "Bearing in mind");
}

static void
test_seed_subparagraphs (void)
{
  g_autoptr (RdDocument) doc = rd_test_load_fixture (SEED, NULL);
  RdParagraph *a = rd_test_paragraph_of_kind (doc, RD_PARAGRAPH_SUBPARAGRAPH, 0);
  RdParagraph *f = rd_test_paragraph_of_kind (doc, RD_PARAGRAPH_SUBPARAGRAPH, 5);
  RdParagraph *parent = rd_test_paragraph (doc, a->parent);
  g_autofree char *label = rd_document_describe_paragraph (doc, f->index);

  g_assert_cmpstr (a->number, ==, "a");
  g_assert_cmpstr (a->number_label, ==, "(a)");
  g_assert_cmpstr (f->number, ==, "f");
  g_assert_true (g_str_has_prefix (a->text, "To promote universal ratification"));
  g_assert_cmpint (parent->kind, ==, RD_PARAGRAPH_PREAMBULAR);
  g_assert_true (g_str_has_prefix (parent->text, "Reaffirming that the Global Plan of Action was developed:"));
  g_assert_cmpuint (f->parent, ==, a->parent);
  g_assert_cmpstr (label, ==, "PP 7 (f)");
}

static void
test_seed_page_breaks_joined (void)
{
  g_autoptr (RdDocument) doc = rd_test_load_fixture (SEED, NULL);
  RdParagraph *pp4 = rd_test_paragraph_of_kind (doc, RD_PARAGRAPH_PREAMBULAR, 3);
  RdParagraph *op2 = rd_test_paragraph_of_kind (doc, RD_PARAGRAPH_OPERATIVE, 1);

  g_assert_true (g_str_has_prefix (pp4->text, "Reaffirming the commitment made by world leaders"));
  g_assert_nonnull (strstr (pp4->text, "held in 2010, to devise, enforce and strengthen effective measures"));
  g_assert_true (g_str_has_suffix (pp4->text, "and to protect the victims,"));
  g_assert_nonnull (strstr (op2->text, "and invites the Conference of the Parties to the United Nations Convention"));
  g_assert_true (g_str_has_suffix (op2->text, "in achieving that goal;"));
}

static void
test_seed_footnotes (void)
{
  g_autoptr (RdDocument) doc = rd_test_load_fixture (SEED, NULL);
  GPtrArray *footnotes = rd_document_get_footnotes (doc);
  RdParagraph *pp4 = rd_test_paragraph_of_kind (doc, RD_PARAGRAPH_PREAMBULAR, 3);
  RdParagraph *op1 = rd_test_paragraph_of_kind (doc, RD_PARAGRAPH_OPERATIVE, 0);
  RdParagraph *op15 = rd_test_paragraph_of_kind (doc, RD_PARAGRAPH_OPERATIVE, 14);
  RdFootnote *fourth;
  const RdFootnoteRef *ref;
  g_autofree char *before = NULL;

  g_assert_cmpuint (footnotes->len, ==, 14);
  for (guint i = 0; i < footnotes->len; i++)
    {
      g_autofree char *marker = g_strdup_printf ("%u", i + 1);
      g_assert_cmpstr (((RdFootnote *) g_ptr_array_index (footnotes, i))->marker, ==, marker);
    }
  fourth = rd_document_find_footnote (doc, "4");
  g_assert_cmpstr (fourth->text, ==, "United Nations, Treaty Series, vol. 2225, No. 39574.");

  /* Markers are out of the text, and where they stood is kept. */
  g_assert_cmpuint (pp4->footnotes->len, ==, 3);
  ref = &g_array_index (pp4->footnotes, RdFootnoteRef, 0);
  g_assert_cmpstr (ref->marker, ==, "1");
  before = g_strndup (pp4->text, ref->offset);
  g_assert_true (g_str_has_suffix (before, "at the Millennium Summit,"));
  g_assert_null (strstr (pp4->text, "¹"));

  /* Footnotes 4 and 5, and 1 to 3, are each cited twice: still one note. */
  g_assert_cmpuint (op1->footnotes->len, ==, 2);
  g_assert_cmpstr (g_array_index (op1->footnotes, RdFootnoteRef, 0).marker, ==, "4");
  g_assert_cmpuint (op15->footnotes->len, ==, 3);
}

static void
test_seed_links_and_italics (void)
{
  g_autoptr (RdDocument) doc = rd_test_load_fixture (SEED, NULL);
  RdParagraph *pp6 = rd_test_paragraph_of_kind (doc, RD_PARAGRAPH_PREAMBULAR, 5);
  RdParagraph *op14 = rd_test_paragraph_of_kind (doc, RD_PARAGRAPH_OPERATIVE, 13);

  g_assert_nonnull (strstr (pp6->text, "in its resolution 64/293 of 30 July 2010"));
  g_assert_null (strstr (pp6->text, "]("));
  g_assert_nonnull (strstr (op14->text, "publication of the Global Report on Trafficking in Persons 2012 prepared"));
  g_assert_null (strchr (op14->text, '*'));
}

/* Sponsors lines */

static RdDocument *
parse_with_sponsor_line (const char *line)
{
  g_autofree char *text = g_strconcat (MASTHEAD, line, "\n\n", BODY, NULL);
  return rd_test_parse_text (text);
}

/* Sponsors lines, each with every sponsor it names: as printed, the
 * state it is (NULL for a name that is no state, kept with a warning) and
 * the note after it. */
typedef struct
{
  const char *name;
  const char *state;
  const char *note;
} SponsorWant;

typedef struct
{
  const char *test_path;
  const char *line;
  const char *document_type;
  guint n_warnings;
  const char *first_warning; /* a part of it; NULL with no warning */
  SponsorWant sponsors[5];   /* up to the first without a name */
} SponsorLineCase;

static const SponsorLineCase sponsor_line_cases[] = {
  { "/parser/sponsors/curly-apostrophe",
    "Côte d’Ivoire, Democratic People’s Republic of Korea and Lao People’s Democratic Republic: draft resolution",
    "draft resolution",
    0,
    NULL,
    { { "Côte d’Ivoire", "Côte d'Ivoire", NULL },
      { "Democratic People’s Republic of Korea", "Democratic People's Republic of Korea", NULL },
      { "Lao People’s Democratic Republic", "Lao People's Democratic Republic", NULL } } },
  /* The list wraps anywhere, even inside a name, as in a PDF. */
  { "/parser/sponsors/wrapped",
    "Netherlands (Kingdom of the), New\nZealand, Republic of\nKorea and United Kingdom of Great Britain and\nNorthern Ireland: draft resolution",
    "draft resolution",
    0,
    NULL,
    { { "Netherlands (Kingdom of the)", "Netherlands (Kingdom of the)", NULL },
      { "New Zealand", "New Zealand", NULL },
      { "Republic of Korea", "Republic of Korea", NULL },
      { "United Kingdom of Great Britain and Northern Ireland", "United Kingdom of Great Britain and Northern Ireland", NULL } } },
  { "/parser/sponsors/on-behalf",
    "Uganda (on behalf of the Group of African States, and China): revised draft resolution",
    "revised draft resolution",
    0,
    NULL,
    { { "Uganda", "Uganda", "on behalf of the Group of African States, and China" } } },
  { "/parser/sponsors/unknown-kept",
    "Atlantis, Kenya and Freedonia: draft resolution",
    "draft resolution",
    2,
    "Atlantis",
    { { "Atlantis", NULL, NULL },
      { "Kenya", "Kenya", NULL },
      { "Freedonia", NULL, NULL } } },
};

static void
test_sponsor_line (gconstpointer data)
{
  const SponsorLineCase *want = data;
  g_autoptr (RdDocument) doc = parse_with_sponsor_line (want->line);
  GPtrArray *sponsors = rd_document_get_sponsors (doc);
  GPtrArray *warnings = rd_document_get_warnings (doc);
  guint n_sponsors = 0;

  while (n_sponsors < G_N_ELEMENTS (want->sponsors) && want->sponsors[n_sponsors].name != NULL)
    n_sponsors++;
  g_assert_cmpuint (sponsors->len, ==, n_sponsors);
  for (guint i = 0; i < n_sponsors; i++)
    {
      const RdSponsor *sponsor = g_ptr_array_index (sponsors, i);

      g_assert_cmpstr (sponsor->name, ==, want->sponsors[i].name);
      g_assert_cmpstr (sponsor->state, ==, want->sponsors[i].state);
      g_assert_cmpstr (sponsor->note, ==, want->sponsors[i].note);
    }
  g_assert_cmpuint (warnings->len, ==, want->n_warnings);
  if (want->first_warning != NULL)
    g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), want->first_warning));
  g_assert_cmpstr (rd_document_get_document_type (doc), ==, want->document_type);
  g_assert_cmpstr (rd_document_get_title (doc), ==, "A title");
}

static void
test_sponsors_asterisk_note (void)
{
  g_autofree char *text = g_strconcat (MASTHEAD, "Nigeria:* draft resolution\n\n", BODY,
                                       "\n\\* On behalf of the States Members of the United Nations that are members of the Group of 77 and China.\n", NULL);
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);
  GPtrArray *sponsors = rd_document_get_sponsors (doc);
  const RdSponsor *nigeria;

  g_assert_cmpuint (sponsors->len, ==, 1);
  nigeria = g_ptr_array_index (sponsors, 0);
  g_assert_cmpstr (nigeria->name, ==, "Nigeria");
  g_assert_cmpstr (nigeria->state, ==, "Nigeria");
  g_assert_nonnull (nigeria->note);
  g_assert_cmpstr (rd_document_get_document_type (doc), ==, "draft resolution");
}

static void
test_sponsors_no_colon (void)
{
  /* Without its colon the line is not a sponsors line: it is kept (in the
   * title), nothing is invented, and the body is intact. */
  g_autoptr (RdDocument) doc = parse_with_sponsor_line ("Kenya and Chile draft resolution");

  g_assert_cmpuint (rd_document_get_sponsors (doc)->len, ==, 0);
  g_assert_nonnull (strstr (rd_document_get_title (doc), "Kenya and Chile draft resolution"));
  g_assert_cmpuint (rd_document_count_paragraphs (doc, RD_PARAGRAPH_OPERATIVE), ==, 1);
}

static void
test_sponsors_empty_list (void)
{
  g_autoptr (RdDocument) doc = parse_with_sponsor_line (": draft resolution");

  g_assert_cmpuint (rd_document_get_sponsors (doc)->len, ==, 0);
  g_assert_cmpuint (rd_document_count_paragraphs (doc, RD_PARAGRAPH_PREAMBULAR), ==, 1);
}

/* Other kinds of masthead: a line where the sponsors line would stand
 * that names none, saying who submitted the draft and on the basis of
 * what (NULL: it does not say). */
typedef struct
{
  const char *test_path;
  const char *line;
  const char *based_on;
  const char *submitted_by;
} SubmitterLineCase;

static const SubmitterLineCase submitter_line_cases[] = {
  { "/parser/masthead/facilitator",
    "Draft resolution submitted by the Vice-Chair of the Committee, Weronika Garbacz (Poland), on the basis of informal consultations on draft resolution A/C.2/80/L.24",
    "A/C.2/80/L.24", "the Vice-Chair of the Committee, Weronika Garbacz (Poland)" },
  /* Over several lines, ending like a sponsors line (": draft
   * resolution"). */
  { "/parser/masthead/rapporteur-type-tail",
    "Draft resolution submitted by the Rapporteur of the Committee, Javad Momeni\n(Islamic Republic of Iran), on the basis of informal consultations on draft\nresolution A/C.2/80/L.2: draft resolution",
    "A/C.2/80/L.2", "the Rapporteur of the Committee, Javad Momeni (Islamic Republic of Iran)" },
  { "/parser/masthead/bare-draft", "Draft resolution", NULL, NULL },
};

static void
test_submitter_line (gconstpointer data)
{
  const SubmitterLineCase *want = data;
  g_autoptr (RdDocument) doc = parse_with_sponsor_line (want->line);

  g_assert_cmpuint (rd_document_get_sponsors (doc)->len, ==, 0);
  g_assert_false (rd_document_lists_sponsors (doc));
  g_assert_cmpuint (rd_document_get_warnings (doc)->len, ==, 0);
  g_assert_cmpstr (rd_document_get_document_type (doc), ==, "draft resolution");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_BASED_ON), ==, want->based_on);
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_SUBMITTED_BY), ==, want->submitted_by);
  g_assert_cmpstr (rd_document_get_title (doc), ==, "A title");
}

static void
test_adopted_resolution (void)
{
  const char *text =
      "United Nations\n\nA/RES/80/228\n\nGeneral Assembly\n\nDistr.: General\n22 December 2025\n\n"
      "Eightieth session\n\nAgenda item 107\n\nCrime prevention and criminal justice\n\n"
      "Resolution adopted by the General Assembly on 18 December 2025\n\n"
      "[on the report of the Third Committee (A/80/545, para. 5)]\n\n"
      "80/228. Improving the coordination of efforts against trafficking in persons\n\n"
      "The General Assembly,\n\n*Recalling* its resolutions,\n\n1. *Decides* to remain seized of the matter.\n\n"
      "56th plenary meeting\n18 December 2025\n";
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);

  g_assert_cmpstr (rd_document_get_symbol (doc), ==, "A/RES/80/228");
  g_assert_cmpstr (rd_document_get_document_type (doc), ==, "resolution");
  g_assert_cmpstr (rd_document_get_date (doc), ==, "22 December 2025");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_ADOPTION_DATE), ==, "18 December 2025");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_REPORT), ==, "A/80/545");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_RESOLUTION_NUMBER), ==, "80/228");
  g_assert_cmpstr (rd_document_get_title (doc), ==, "Improving the coordination of efforts against trafficking in persons");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_AGENDA_TITLE), ==, "Crime prevention and criminal justice");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_MEETING), ==, "56th plenary meeting");
  g_assert_cmpuint (rd_document_get_sponsors (doc)->len, ==, 0);
  g_assert_cmpuint (rd_document_get_paragraphs (doc)->len, ==, 2);
}

/* Adopted in plenary without a Main Committee: the draft adopted stands
 * where a report would, "A/70/L.8 and Add.1" as printed. */
static void
test_adopted_without_reference (void)
{
  const char *texts[] = { "[without reference to a Main Committee (A/80/L.7)]", "[without reference to a Main Committee (A/70/L.8 and Add.1)]" };
  const char *expected[] = { "A/80/L.7", "A/70/L.8 and Add.1" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *text = g_strconcat (
          "United Nations\n\nA/RES/80/7\n\nGeneral Assembly\n\nDistr.: General\n18 November 2025\n\n"
          "Eightieth session\n\nAgenda item 89\n\nReport of the International Atomic Energy Agency\n\n"
          "Resolution adopted by the General Assembly on 14 November 2025\n\n",
          texts[i],
          "\n\n80/7. Report of the International Atomic Energy Agency\n\n"
          "The General Assembly,\n\n*Recalling* its resolutions,\n\n1. *Decides* to remain seized of the matter.\n",
          NULL);
      g_autoptr (RdDocument) doc = rd_test_parse_text (text);

      g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_ADOPTION_DATE), ==, "14 November 2025");
      g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_REPORT), ==, expected[i]);
      g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_RESOLUTION_NUMBER), ==, "80/7");
    }
}

static void
test_agenda_items (void)
{
  g_autofree char *text = g_strconcat ("General Assembly\n\nSeventy-ninth session\n\nAgenda items 69 (a) and (b) and 117\n\n"
                                       "Some agenda title\n\nKenya: draft resolution\n\n",
                                       BODY, NULL);
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);
  GPtrArray *items = rd_document_get_agenda_items (doc);

  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (items, 0), ==, "69 (a)");
  g_assert_cmpstr (g_ptr_array_index (items, 1), ==, "69 (b)");
  g_assert_cmpstr (g_ptr_array_index (items, 2), ==, "117");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_AGENDA_TITLE), ==, "Some agenda title");
}

/* The body */

static void
test_continuation_by_form (void)
{
  /* A paragraph cut by a page break, footnotes between the halves: joined
   * because the second half starts in lower case; another because the
   * first half does not end as a paragraph ends. */
  g_autofree char *text = g_strconcat (MASTHEAD, "Kenya: draft resolution\n\nA title\n\nThe General Assembly,\n\n"
                                                 "*Recalling* the commitments made at the summit,¹ in order to\n\n"
                                                 "¹ Resolution 1/1.\n\n"
                                                 "strengthen its work,\n\n"
                                                 "1. *Urges* States to act and invites the\n\n"
                                                 "² Resolution 2/2.\n\n"
                                                 "Conference of the Parties to act;²\n\n"
                                                 "2. *Decides* to remain seized of the matter.\n",
                                       NULL);
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);

  g_assert_cmpuint (rd_document_get_paragraphs (doc)->len, ==, 3);
  g_assert_cmpstr (rd_test_paragraph (doc, 0)->text, ==, "Recalling the commitments made at the summit, in order to strengthen its work,");
  g_assert_cmpstr (rd_test_paragraph (doc, 1)->text, ==, "Urges States to act and invites the Conference of the Parties to act;");
  g_assert_cmpuint (rd_document_get_footnotes (doc)->len, ==, 2);
}

static void
test_plain_digit_markers (void)
{
  /* Text copied from a PDF loses the superscripts: "Summit,1 the 2005
   * World Summit2 and". The digits after punctuation or a word that name
   * footnotes, in order, are marks; "resolution 55/2" and "2005" are not. */
  g_autofree char *text = g_strconcat (MASTHEAD, "Kenya: draft resolution\n\nA title\n\nThe General Assembly,\n\n"
                                                 "Reaffirming the commitment made at the Millennium Summit,1 the 2005 World Summit2 and in resolution 55/2,\n\n"
                                                 "1. Urges States to act, as agreed in 2010,3 and again later;\n\n"
                                                 "1 Resolution 55/2.\n\n2 Resolution 60/1.\n\n3 Resolution 65/1.\n",
                                       NULL);
  g_autoptr (RdDocument) doc = NULL;
  RdParagraph *pp, *op;

  /* Footnote texts in plain digits too: mark them as the text importer
   * would with superscripts. */
  {
    g_autofree char *plain = g_strdup (text);
    g_autoptr (GString) marked = g_string_new (NULL);
    const char *notes = strstr (plain, "1 Resolution 55/2.");

    g_string_append_len (marked, plain, notes - plain);
    g_string_append (marked, "¹ Resolution 55/2.\n\n² Resolution 60/1.\n\n³ Resolution 65/1.\n");
    doc = rd_test_parse_text (marked->str);
  }
  g_assert_cmpuint (rd_document_get_footnotes (doc)->len, ==, 3);
  pp = rd_test_paragraph_of_kind (doc, RD_PARAGRAPH_PREAMBULAR, 0);
  op = rd_test_paragraph_of_kind (doc, RD_PARAGRAPH_OPERATIVE, 0);
  g_assert_cmpstr (pp->text, ==, "Reaffirming the commitment made at the Millennium Summit, the 2005 World Summit and in resolution 55/2,");
  g_assert_cmpuint (pp->footnotes->len, ==, 2);
  g_assert_cmpstr (g_array_index (pp->footnotes, RdFootnoteRef, 0).marker, ==, "1");
  g_assert_cmpstr (g_array_index (pp->footnotes, RdFootnoteRef, 1).marker, ==, "2");
  g_assert_cmpstr (op->text, ==, "Urges States to act, as agreed in 2010, and again later;");
  g_assert_cmpuint (op->footnotes->len, ==, 1);
  g_assert_cmpstr (g_array_index (op->footnotes, RdFootnoteRef, 0).marker, ==, "3");
}

/* The edges of a plain marker: after a closing quotation mark or a
 * letter not in ASCII, at the very end of a paragraph, before a colon;
 * never a run of four digits, nor digits before a letter or a hyphen. */
static void
test_plain_digit_marker_edges (void)
{
  g_autofree char *text = g_strconcat (MASTHEAD, "Kenya: draft resolution\n\nA title\n\nThe General Assembly,\n\n"
                                                 "Recalling the “Declaration”1 and the Summit in 20152 and 3rd meeting 2-3,\n\n"
                                                 "1. Urges States to act on the report of the Comité2: as agreed in 2010,3\n\n"
                                                 "¹ Resolution 55/2.\n\n² Resolution 60/1.\n\n³ Resolution 65/1.\n",
                                       NULL);
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);
  RdParagraph *pp = rd_test_paragraph_of_kind (doc, RD_PARAGRAPH_PREAMBULAR, 0);
  RdParagraph *op = rd_test_paragraph_of_kind (doc, RD_PARAGRAPH_OPERATIVE, 0);

  g_assert_cmpuint (rd_document_get_footnotes (doc)->len, ==, 3);
  g_assert_cmpstr (pp->text, ==, "Recalling the “Declaration” and the Summit in 20152 and 3rd meeting 2-3,");
  g_assert_cmpuint (pp->footnotes->len, ==, 1);
  g_assert_cmpstr (g_array_index (pp->footnotes, RdFootnoteRef, 0).marker, ==, "1");
  g_assert_cmpstr (op->text, ==, "Urges States to act on the report of the Comité: as agreed in 2010,");
  g_assert_cmpuint (op->footnotes->len, ==, 2);
  g_assert_cmpstr (g_array_index (op->footnotes, RdFootnoteRef, 0).marker, ==, "2");
  g_assert_cmpstr (g_array_index (op->footnotes, RdFootnoteRef, 1).marker, ==, "3");
}

static void
test_not_a_resolution (void)
{
  g_autoptr (RdDocument) doc = rd_test_load_fixture ("novel-chapter.txt", NULL);
  GPtrArray *paragraphs = rd_document_get_paragraphs (doc);
  GPtrArray *warnings = rd_document_get_warnings (doc);

  g_assert_cmpuint (paragraphs->len, >, 10);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      g_assert_true (paragraph->kind == RD_PARAGRAPH_OTHER || paragraph->kind == RD_PARAGRAPH_HEADING);
    }
  g_assert_cmpuint (warnings->len, >=, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "does not look like a resolution"));
  g_assert_null (rd_document_get_document_type (doc));
  g_assert_cmpuint (rd_document_get_sponsors (doc)->len, ==, 0);
}

static void
test_headings_and_annex (void)
{
  g_autofree char *text = g_strconcat (MASTHEAD, "Kenya: draft resolution\n\nA title\n\nThe General Assembly,\n\n"
                                                 "*Recalling* its resolutions,\n\n"
                                                 "I\n\nFirst part\n\n"
                                                 "1. *Decides* to act;\n\n"
                                                 "Annex\n\n"
                                                 "1. A numbered paragraph of the annex.\n",
                                       NULL);
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);

  g_assert_cmpuint (rd_document_count_paragraphs (doc, RD_PARAGRAPH_PREAMBULAR), ==, 1);
  g_assert_cmpuint (rd_document_count_paragraphs (doc, RD_PARAGRAPH_HEADING), ==, 3);
  g_assert_cmpuint (rd_document_count_paragraphs (doc, RD_PARAGRAPH_OPERATIVE), ==, 1);
  g_assert_cmpuint (rd_document_count_paragraphs (doc, RD_PARAGRAPH_OTHER), ==, 1);
}

static void
test_guess_verb (void)
{
  const struct
  {
    const char *text;
    gboolean operative;
    const char *verb;
  } cases[] = {
    { "Recalling also its resolution 1/1,", FALSE, "Recalling also" },
    { "Bearing in mind that all States", FALSE, "Bearing in mind" },
    { "Taking note further of the outcome", FALSE, "Taking note further" },
    { "Noting with appreciation the work", FALSE, "Noting with appreciation" },
    { "Deeply concerned about", FALSE, "Deeply concerned" },
    { "Mindful of", FALSE, "Mindful" },
    { "Also decides to", TRUE, "Also decides" },
    { "Calls upon States", TRUE, "Calls upon" },
    { "Requests the Secretary-General", TRUE, "Requests" },
    { "the Secretary-General", TRUE, NULL },
    { "To promote", FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *verb = rd_lexicon_guess_verb (cases[i].text, cases[i].operative);
      g_assert_cmpstr (verb, ==, cases[i].verb);
    }
}

/* The endings of figure ordinals, shared by the amendment's scanner
 * ("the 38th paragraph") and the routine marks ("79th session"). */
static void
test_ordinal_suffix (void)
{
  const char *const endings[] = { "st", "nd", "rd", "th" };
  const char *const not_endings[] = { "", "s", "ST", "Th", "th.", "sth", "nds", " th", "e" };

  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    g_assert_true (rd_lexicon_is_ordinal_suffix (endings[i]));
  for (guint i = 0; i < G_N_ELEMENTS (not_endings); i++)
    g_assert_false (rd_lexicon_is_ordinal_suffix (not_endings[i]));

  /* Through both callers: a figure with an ending is a number to the
   * routine marks and an ordinal to the amendment's reference reader. */
  g_assert_true (rd_routine_text_is_routine ("79th session"));
  g_assert_true (rd_routine_text_is_routine ("1st"));
  g_assert_false (rd_routine_text_is_routine ("79x session"));
  {
    guint value = 0;
    gboolean ordinal = FALSE;

    g_assert_true (rd_number_words_parse ("38th", &value, &ordinal));
    g_assert_cmpuint (value, ==, 38);
    g_assert_true (ordinal);
    g_assert_true (rd_number_words_parse ("2nd", &value, &ordinal));
    g_assert_cmpuint (value, ==, 2);
    g_assert_false (rd_number_words_parse ("38x", &value, &ordinal));
  }
}

/* Real masthead lines (the corpus's PDFs, tests/data/corpus) */

/* Parses @lines as the PDF importer gives them, a block per line; a line
 * "* text" or "** text" is a note of that mark below the page's rule. */
static RdDocument *
parse_blocks (const char *const *lines)
{
  g_autoptr (RdBlockList) blocks = rd_block_list_new ("pdf");

  blocks->n_pages = 1;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize stars = strspn (lines[i], "*");

      if (stars > 0 && lines[i][stars] == ' ')
        {
          RdBlock *block = rd_block_list_append (blocks, RD_BLOCK_FOOTNOTE, lines[i] + stars + 1);
          block->marker = g_strndup (lines[i], stars);
        }
      else
        rd_block_list_append (blocks, RD_BLOCK_BODY, lines[i]);
    }
  return rd_parser_parse (blocks, "test.pdf");
}

static void
test_reissued_symbol (void)
{
  /* A/C.1/80/L.23*: the star calls "Reissued for technical reasons";
   * the symbol is read without it, and the fields after it are read. */
  const char *text =
      "United Nations\n\nA/C.1/80/L.23*\n\nGeneral Assembly\n\nDistr.: Limited\n13 October 2025\n\nOriginal: English\n\n"
      "Eightieth session\n\nFirst Committee\n\nAgenda item 100 (a)\n\n"
      "Review and implementation of the Concluding Document of the Twelfth Special Session of the General Assembly\n\n"
      "Bhutan, Cuba, India and Viet Nam: draft resolution\n\n" BODY;
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);
  GPtrArray *sponsors = rd_document_get_sponsors (doc);

  g_assert_cmpstr (rd_document_get_symbol (doc), ==, "A/C.1/80/L.23");
  g_assert_cmpstr (rd_document_get_date (doc), ==, "13 October 2025");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_SESSION), ==, "Eightieth session");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_COMMITTEE), ==, "First Committee");
  g_assert_cmpuint (rd_document_get_agenda_items (doc)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rd_document_get_agenda_items (doc), 0), ==, "100 (a)");
  g_assert_cmpuint (sponsors->len, ==, 4);
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (sponsors, 0))->name, ==, "Bhutan");
  g_assert_cmpstr (rd_document_get_title (doc), ==, "A title");
}

static void
test_fourth_committee (void)
{
  /* A/C.4/80/L.4: the committee's number on a line of its own. */
  const char *text =
      "United Nations\n\nA/C.4/80/L.4\n\nGeneral Assembly\n\nDistr.: Limited\n9 October 2025\n\nOriginal: English\n\n"
      "Eightieth session\n\nSpecial Political and Decolonization Committee\n\n(Fourth Committee)\n\nAgenda item 58\n\n"
      "Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples\n\n"
      "Draft resolution submitted by the Chair\n\nQuestion of Western Sahara\n\n"
      "The General Assembly,\n\n*Having considered* in depth the question of Western Sahara,\n\n1. *Decides* to remain seized of the matter.\n";
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);

  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_COMMITTEE), ==, "Special Political and Decolonization Committee (Fourth Committee)");
  g_assert_cmpuint (rd_document_get_agenda_items (doc)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rd_document_get_agenda_items (doc), 0), ==, "58");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_SUBMITTED_BY), ==, "the Chair");
  g_assert_cmpuint (rd_document_get_sponsors (doc)->len, ==, 0);
  g_assert_cmpstr (rd_document_get_title (doc), ==, "Question of Western Sahara");
}

static void
test_language_line (void)
{
  /* A/C.1/80/L.54: "English" above "Original: French". */
  const char *text =
      "United Nations\n\nA/C.1/80/L.54\n\nGeneral Assembly\n\nDistr.: Limited\n16 October 2025\n\nEnglish\n\nOriginal: French\n\n"
      "Eightieth session\n\nFirst Committee\n\nAgenda item 100 (e)\n\n"
      "Review and implementation of the Concluding Document of the Twelfth Special Session of the General Assembly\n\n"
      "Chad: draft resolution\n\n" BODY;
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);
  GPtrArray *sponsors = rd_document_get_sponsors (doc);

  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_ORIGINAL_LANGUAGE), ==, "French");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_SESSION), ==, "Eightieth session");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_COMMITTEE), ==, "First Committee");
  g_assert_cmpstr (g_ptr_array_index (rd_document_get_agenda_items (doc), 0), ==, "100 (e)");
  g_assert_cmpuint (sponsors->len, ==, 1);
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (sponsors, 0))->state, ==, "Chad");
}

static void
test_formula_without_comma (void)
{
  /* A/RES/78/1: "The General Assembly" alone, then its one paragraph. */
  const char *text =
      "United Nations\n\nA/RES/78/1\n\nGeneral Assembly\n\nDistr.: General\n16 October 2023\n\n"
      "Seventy-eighth session\n\nAgenda items 13 and 117\n\nFollow-up to the outcome of the Millennium Summit\n\n"
      "Resolution adopted by the General Assembly on 29 September 2023\n\n"
      "[without reference to a Main Committee (A/78/L.1)]\n\n"
      "78/1. Political declaration of the high-level political forum on sustainable development convened under the auspices of the General Assembly\n\n"
      "The General Assembly\n\n"
      "*Endorses* the political declaration adopted by the high-level political forum on sustainable development.\n\n"
      "15th plenary meeting\n29 September 2023\n";
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);

  g_assert_cmpstr (rd_document_get_symbol (doc), ==, "A/RES/78/1");
  g_assert_cmpstr (rd_document_get_document_type (doc), ==, "resolution");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_FORMULA), ==, "The General Assembly");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_RESOLUTION_NUMBER), ==, "78/1");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_REPORT), ==, "A/78/L.1");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_MEETING), ==, "15th plenary meeting");
  g_assert_cmpuint (rd_document_get_paragraphs (doc)->len, ==, 1);
  g_assert_cmpint (rd_test_paragraph (doc, 0)->kind, ==, RD_PARAGRAPH_OPERATIVE);

  /* A title that starts "The" is never a formula. */
  {
    g_autoptr (RdDocument) titled = parse_with_sponsor_line ("Austria: draft resolution\n\nThe Arms Trade Treaty");
    g_assert_cmpstr (rd_document_get_field (titled, RD_FIELD_FORMULA), ==, "The General Assembly,");
  }
}

static void
test_resumed_meeting (void)
{
  /* A/RES/79/236: "55th (resumed) plenary meeting" closes the text. */
  const char *text =
      "United Nations\n\nA/RES/79/236\n\nGeneral Assembly\n\nDistr.: General\n31 December 2024\n\n"
      "Seventy-ninth session\n\nAgenda item 23 (b)\n\nOperational activities for development\n\n"
      "Resolution adopted by the General Assembly on 24 December 2024\n\n"
      "[on the report of the Second Committee (A/79/428/Add.2, para. 11)]\n\n"
      "79/236. South-South cooperation\n\n"
      "The General Assembly,\n\n*Recalling* its resolutions,\n\n1. *Decides* to remain seized of the matter.\n\n"
      "55th (resumed) plenary meeting\n24 December 2024\n";
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);

  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_MEETING), ==, "55th (resumed) plenary meeting");
  g_assert_cmpuint (rd_document_get_paragraphs (doc)->len, ==, 2);
}

static void
test_submitted_following_consultations (void)
{
  /* A/C.5/80/L.2 */
  g_autoptr (RdDocument) doc = parse_with_sponsor_line ("Draft resolution submitted by the Chair of the Committee following informal consultations");

  g_assert_cmpstr (rd_document_get_document_type (doc), ==, "draft resolution");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_SUBMITTED_BY), ==, "the Chair of the Committee");
  g_assert_cmpuint (rd_document_get_sponsors (doc)->len, ==, 0);
}

static void
test_sponsors_two_calls (void)
{
  /* "Iraq:* , ** draft resolution": two notes called after the colon; the
   * one on whose behalf is the sponsor's note, a reissue's is not, and
   * neither is a footnote. */
  const char *lines[] = { "General Assembly", "Distr.: Limited", "15 October 2025", "Eightieth session", "Second Committee",
                          "Agenda item 16 (g)", "Macroeconomic policy questions", "Iraq:* , ** draft resolution",
                          "Promoting investments for sustainable development", "The General Assembly,",
                          "Recalling its resolutions,", "1. Decides to remain seized of the matter.",
                          "* On behalf of the States that are members of the Group of 77 and China.",
                          "** Reissued for technical reasons on 23 October 2025.", NULL };
  g_autoptr (RdDocument) doc = parse_blocks (lines);
  GPtrArray *sponsors = rd_document_get_sponsors (doc);
  const RdSponsor *iraq;

  g_assert_cmpstr (rd_document_get_document_type (doc), ==, "draft resolution");
  g_assert_cmpuint (sponsors->len, ==, 1);
  iraq = g_ptr_array_index (sponsors, 0);
  g_assert_cmpstr (iraq->state, ==, "Iraq");
  g_assert_cmpstr (iraq->note, ==, "On behalf of the States that are members of the Group of 77 and China.");
  g_assert_cmpuint (rd_document_get_footnotes (doc)->len, ==, 0);
  g_assert_cmpstr (rd_document_get_title (doc), ==, "Promoting investments for sustainable development");
}

static void
test_sponsors_publication_note (void)
{
  /* A/80/L.7: "Australia:*" calls a note about the record, not about on
   * whose behalf: no sponsor's note, no footnote, no paragraph. */
  const char *lines[] = { "General Assembly", "Distr.: Limited", "22 October 2025", "Eightieth session", "Agenda item 89",
                          "Report of the International Atomic Energy Agency", "Australia:* draft resolution",
                          "Report of the International Atomic Energy Agency", "The General Assembly,",
                          "Having received the report of the International Atomic Energy Agency for 2024,",
                          "1. Takes note of the report of the Agency;",
                          "* Any changes to the list of sponsors will be reflected in the official record of the meeting.", NULL };
  g_autoptr (RdDocument) doc = parse_blocks (lines);
  GPtrArray *sponsors = rd_document_get_sponsors (doc);

  g_assert_cmpuint (sponsors->len, ==, 1);
  g_assert_null (((RdSponsor *) g_ptr_array_index (sponsors, 0))->note);
  g_assert_cmpuint (rd_document_get_footnotes (doc)->len, ==, 0);
  g_assert_cmpuint (rd_document_get_paragraphs (doc)->len, ==, 2);
}

static void
test_amendment_star_note_kept (void)
{
  /* A/80/L.31: the "**" note is called from the words the amendment
   * quotes, so it is the text's footnote; the "*" on the sponsors is not. */
  const char *lines[] = { "General Assembly", "Distr.: Limited", "8 December 2025", "Eightieth session", "Agenda item 72 (a)",
                          "Strengthening of the coordination of humanitarian and disaster relief assistance",
                          "United States of America:* amendment to draft resolution A/80/L.25",
                          "Strengthening of the coordination of emergency humanitarian assistance of the United Nations",
                          "In operative paragraph 68, after “including sexual and reproductive health”, insert “in accordance with the Programme of Action of the International Conference on Population and Development** and its review outcomes”.",
                          "* Any changes to the list of sponsors will be reflected in the official record of the meeting.",
                          "** Report of the International Conference on Population and Development, Cairo, 5–13 September 1994.", NULL };
  g_autoptr (RdDocument) doc = parse_blocks (lines);
  GPtrArray *footnotes = rd_document_get_footnotes (doc);

  g_assert_cmpstr (rd_document_get_document_type (doc), ==, "amendment");
  g_assert_cmpuint (footnotes->len, ==, 1);
  g_assert_cmpstr (((RdFootnote *) g_ptr_array_index (footnotes, 0))->marker, ==, "**");
}

static void
test_long_agenda_title (void)
{
  /* A Fourth Committee draft's agenda title over three lines, with commas
   * and "and", where the format gives no positions: the lines that name no
   * State before a list that starts with one are the title's. */
  const char *text =
      "United Nations\n\nA/C.4/80/L.14\n\nGeneral Assembly\n\nDistr.: Limited\n6 November 2025\n\nOriginal: English\n\n"
      "Eightieth session\n\nSpecial Political and Decolonization Committee\n\n(Fourth Committee)\n\nAgenda item 52\n\n"
      "Report of the Special Committee to Investigate Israeli Practices Affecting\n\n"
      "the Human Rights of the Palestinian People and Other Arabs of the\n\n"
      "Occupied Territories\n\n"
      "Cuba, Egypt, Jordan and State of Palestine: draft resolution\n\n" BODY;
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);
  GPtrArray *sponsors = rd_document_get_sponsors (doc);

  g_assert_cmpuint (sponsors->len, ==, 4);
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (sponsors, 0))->name, ==, "Cuba");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_AGENDA_TITLE), ==,
                   "Report of the Special Committee to Investigate Israeli Practices Affecting the Human Rights of the Palestinian People and Other Arabs of the Occupied Territories");
  g_assert_cmpstr (g_ptr_array_index (rd_document_get_agenda_items (doc), 0), ==, "52");
  g_assert_cmpstr (rd_document_get_title (doc), ==, "A title");

  /* A sponsors list that wraps keeps its first line, though it ends in
   * the middle of a name. */
  {
    g_autoptr (RdDocument) wrapped = parse_with_sponsor_line ("Bhutan, Cuba, India, Iran (Islamic Republic of), Kazakhstan, Lao People’s\n\nDemocratic Republic and Viet Nam: draft resolution");
    g_assert_cmpuint (rd_document_get_sponsors (wrapped)->len, ==, 7);
    g_assert_cmpstr (rd_document_get_field (wrapped, RD_FIELD_AGENDA_TITLE), ==, "Crime prevention and criminal justice");
  }
}

/* A preambular paragraph that ends in ";" (A/RES/79/161, A/RES/80/133)
 * leaves the rest of the preamble preambular. */
static void
test_preamble_semicolon (void)
{
  g_autofree char *text = g_strconcat (MASTHEAD, "Kenya: draft resolution\n\nA title\n\nThe General Assembly,\n\n"
                                                 "Recognizing that racism, racial discrimination, xenophobia and related intolerance require a global response from States,\n\n"
                                                 "Recognizing also that apartheid and genocide in terms of international law constitute crimes against humanity and must be condemned and their recurrence prevented;\n\n"
                                                 "Calling upon States to honour the memory of victims of the historical injustices of slavery, colonialism and apartheid,\n\n"
                                                 "1. Decides to remain seized of the matter.\n",
                                       NULL);
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);

  g_assert_cmpuint (rd_document_get_paragraphs (doc)->len, ==, 4);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (rd_test_paragraph (doc, i)->kind, ==, RD_PARAGRAPH_PREAMBULAR);
  g_assert_cmpint (rd_test_paragraph (doc, 3)->kind, ==, RD_PARAGRAPH_OPERATIVE);
  g_assert_cmpstr (rd_test_paragraph (doc, 3)->number, ==, "1");
}

/* The one operative paragraph of a short resolution is unnumbered: it
 * stays operative. */
static void
test_single_unnumbered_operative (void)
{
  g_autofree char *text = g_strconcat (MASTHEAD, "Kenya: draft resolution\n\nA title\n\nThe General Assembly,\n\n"
                                                 "Recalling its resolution 79/6 of 15 October 2024,\n\n"
                                                 "Decides to include in the provisional agenda of its eighty-first session the item entitled “Cooperation between the United Nations and regional organizations”.\n",
                                       NULL);
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);

  g_assert_cmpuint (rd_document_get_paragraphs (doc)->len, ==, 2);
  g_assert_cmpint (rd_test_paragraph (doc, 0)->kind, ==, RD_PARAGRAPH_PREAMBULAR);
  g_assert_cmpint (rd_test_paragraph (doc, 1)->kind, ==, RD_PARAGRAPH_OPERATIVE);
}

/* "Decides:" opens the operative part before its sub-paragraphs. */
static void
test_decides_colon (void)
{
  g_autofree char *text = g_strconcat (MASTHEAD, "Kenya: draft resolution\n\nA title\n\nThe General Assembly,\n\n"
                                                 "Reaffirming that the Global Plan of Action was developed:\n\n"
                                                 "(a) To promote universal ratification of the Convention;\n\n"
                                                 "(b) To help Member States to reinforce their commitments,\n\n"
                                                 "Decides:\n\n"
                                                 "(a) To convene a high-level meeting of the General Assembly on the appraisal of the Global Plan of Action;\n\n"
                                                 "(b) That the high-level meeting shall be held in New York.\n",
                                       NULL);
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);

  g_assert_cmpuint (rd_document_get_paragraphs (doc)->len, ==, 6);
  g_assert_cmpint (rd_test_paragraph (doc, 0)->kind, ==, RD_PARAGRAPH_PREAMBULAR);
  g_assert_cmpint (rd_test_paragraph (doc, 1)->kind, ==, RD_PARAGRAPH_SUBPARAGRAPH);
  g_assert_cmpint (rd_test_paragraph (doc, 3)->kind, ==, RD_PARAGRAPH_OPERATIVE);
  g_assert_cmpstr (rd_test_paragraph (doc, 3)->text, ==, "Decides:");
  g_assert_cmpint (rd_test_paragraph (doc, 4)->kind, ==, RD_PARAGRAPH_SUBPARAGRAPH);
  g_assert_cmpuint (rd_test_paragraph (doc, 4)->parent, ==, 3);
}

/* A/C.3/80/L.2: "25 Condemns" and "26 Affirms" lost their full stops in
 * the text layer; the numbers that come next are still the paragraphs'
 * numbers, even with a footnote mark after the ";".  A number that is not
 * the next one is text. */
static void
test_number_without_full_stop (void)
{
  g_autofree char *text = g_strconcat (MASTHEAD, "Kenya: draft resolution\n\nA title\n\nThe General Assembly,\n\n"
                                                 "Recalling its resolutions,\n\n"
                                                 "24. Recalls the recommendation of the Special Rapporteur that education that seeks to foster human rights does not distort history;\n\n"
                                                 "25 Condemns without reservation any denial of or attempt to deny the Holocaust, as well as any manifestation of religious intolerance, on the basis of ethnic origin or religious belief;\n\n"
                                                 "26 Affirms its deep commitment to the duty of remembrance, and welcomes the call made by the Special Rapporteur for the prevention of Holocaust denial;¹\n\n"
                                                 "¹ A/79/1.\n\n"
                                                 "2030 Agenda targets are recalled here;\n",
                                       NULL);
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);

  g_assert_cmpuint (rd_document_get_paragraphs (doc)->len, ==, 5);
  g_assert_cmpint (rd_test_paragraph (doc, 2)->kind, ==, RD_PARAGRAPH_OPERATIVE);
  g_assert_cmpstr (rd_test_paragraph (doc, 2)->number, ==, "25");
  g_assert_true (g_str_has_prefix (rd_test_paragraph (doc, 2)->text, "Condemns without reservation"));
  g_assert_cmpint (rd_test_paragraph (doc, 3)->kind, ==, RD_PARAGRAPH_OPERATIVE);
  g_assert_cmpstr (rd_test_paragraph (doc, 3)->number, ==, "26");
  g_assert_null (rd_test_paragraph (doc, 4)->number);
  g_assert_true (g_str_has_prefix (rd_test_paragraph (doc, 4)->text, "2030 Agenda"));
}

/* A/C.2/80/L.42: a nested item's last line set apart ("Member States;")
 * ends the item it interrupted; a numbered item that ends as items do is
 * left alone. */
static void
test_nested_item_last_line (void)
{
  g_autofree char *text = g_strconcat (MASTHEAD, "Kenya: draft resolution\n\nA title\n\nThe General Assembly,\n\n"
                                                 "Recalling its resolutions,\n\n"
                                                 "1. Decides that the assessment should take into account:\n\n"
                                                 "(i) The compliance of the product, whether in its final form or its manufacturing components, with the international specifications and/or standards applicable to\n\n"
                                                 "Member States;\n\n"
                                                 "(ii) Other environmental considerations with an impact on the safety of products;\n\n"
                                                 "2. Decides to remain seized of the matter.\n",
                                       NULL);
  g_autoptr (RdDocument) doc = rd_test_parse_text (text);

  g_assert_cmpuint (rd_document_get_paragraphs (doc)->len, ==, 5);
  g_assert_cmpstr (rd_test_paragraph (doc, 2)->text, ==, "The compliance of the product, whether in its final form or its manufacturing components, with the international specifications and/or standards applicable to Member States;");
  g_assert_cmpint (rd_test_paragraph (doc, 3)->kind, ==, RD_PARAGRAPH_SUBPARAGRAPH);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parser/seed/masthead", test_seed_masthead);
  g_test_add_func ("/parser/seed/sponsors", test_seed_sponsors);
  g_test_add_func ("/parser/seed/paragraphs", test_seed_paragraphs);
  g_test_add_func ("/parser/seed/subparagraphs", test_seed_subparagraphs);
  g_test_add_func ("/parser/seed/page-breaks-joined", test_seed_page_breaks_joined);
  g_test_add_func ("/parser/seed/footnotes", test_seed_footnotes);
  g_test_add_func ("/parser/seed/links-and-italics", test_seed_links_and_italics);
  for (guint i = 0; i < G_N_ELEMENTS (sponsor_line_cases); i++)
    g_test_add_data_func (sponsor_line_cases[i].test_path, &sponsor_line_cases[i], test_sponsor_line);
  g_test_add_func ("/parser/sponsors/asterisk-note", test_sponsors_asterisk_note);
  g_test_add_func ("/parser/sponsors/no-colon", test_sponsors_no_colon);
  g_test_add_func ("/parser/sponsors/empty-list", test_sponsors_empty_list);
  for (guint i = 0; i < G_N_ELEMENTS (submitter_line_cases); i++)
    g_test_add_data_func (submitter_line_cases[i].test_path, &submitter_line_cases[i], test_submitter_line);
  g_test_add_func ("/parser/masthead/adopted-without-reference", test_adopted_without_reference);
  g_test_add_func ("/parser/masthead/adopted", test_adopted_resolution);
  g_test_add_func ("/parser/masthead/agenda-items", test_agenda_items);
  g_test_add_func ("/parser/masthead/reissued-symbol", test_reissued_symbol);
  g_test_add_func ("/parser/masthead/fourth-committee", test_fourth_committee);
  g_test_add_func ("/parser/masthead/long-agenda-title", test_long_agenda_title);
  g_test_add_func ("/parser/masthead/language-line", test_language_line);
  g_test_add_func ("/parser/masthead/formula-without-comma", test_formula_without_comma);
  g_test_add_func ("/parser/masthead/resumed-meeting", test_resumed_meeting);
  g_test_add_func ("/parser/masthead/submitted-following-consultations", test_submitted_following_consultations);
  g_test_add_func ("/parser/sponsors/two-calls", test_sponsors_two_calls);
  g_test_add_func ("/parser/sponsors/publication-note", test_sponsors_publication_note);
  g_test_add_func ("/parser/footnotes/amendment-star-note", test_amendment_star_note_kept);
  g_test_add_func ("/parser/body/continuation-by-form", test_continuation_by_form);
  g_test_add_func ("/parser/body/not-a-resolution", test_not_a_resolution);
  g_test_add_func ("/parser/footnotes/plain-digit-markers", test_plain_digit_markers);
  g_test_add_func ("/parser/footnotes/plain-digit-marker-edges", test_plain_digit_marker_edges);
  g_test_add_func ("/parser/body/headings-and-annex", test_headings_and_annex);
  g_test_add_func ("/parser/verbs/guess", test_guess_verb);
  g_test_add_func ("/parser/body/preamble-semicolon", test_preamble_semicolon);
  g_test_add_func ("/parser/body/single-unnumbered-operative", test_single_unnumbered_operative);
  g_test_add_func ("/parser/body/decides-colon", test_decides_colon);
  g_test_add_func ("/parser/body/number-without-full-stop", test_number_without_full_stop);
  g_test_add_func ("/parser/body/nested-item-last-line", test_nested_item_last_line);
  g_test_add_func ("/parser/lexicon/ordinal-suffix", test_ordinal_suffix);

  return g_test_run ();
}
