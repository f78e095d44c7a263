/* test-states.c: the Member States table and the sponsor splitter
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "rd-states.h"
#include "rd-test-util.h"

/* Helpers */

/* "A, B, C and D" from the given names. */
static char *
join_list (GPtrArray *names)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == names->len ? " and " : ", ");
      g_string_append (out, g_ptr_array_index (names, i));
    }
  return g_string_free (out, FALSE);
}

static void
assert_sponsors (GPtrArray *sponsors,
                 GPtrArray *expected_names,
                 GPtrArray *expected_states)
{
  g_assert_cmpuint (sponsors->len, ==, expected_names->len);
  for (guint i = 0; i < sponsors->len; i++)
    {
      const RdSponsor *sponsor = g_ptr_array_index (sponsors, i);

      g_assert_cmpstr (sponsor->name, ==, g_ptr_array_index (expected_names, i));
      g_assert_cmpstr (sponsor->state, ==, g_ptr_array_index (expected_states, i));
    }
}

/* The table */

static void
test_table_counts (void)
{
  guint members = 0, observers = 0;
  g_autoptr (GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < rd_states_get_count (); i++)
    {
      const RdState *state = rd_states_get (i);

      if (state->member)
        members++;
      else
        observers++;
      g_assert_cmpuint (strlen (state->alpha3), ==, 3);
      g_assert_true (g_hash_table_add (names, state->name));
      g_assert_true (g_hash_table_add (codes, state->alpha3));
      /* Each name denotes its own State. */
      g_assert_true (rd_states_lookup (state->name) == state);
    }
  g_assert_cmpuint (members, ==, 193);
  g_assert_cmpuint (observers, ==, 2);
  g_assert_nonnull (rd_states_lookup ("Holy See"));
  g_assert_false (rd_states_lookup ("Holy See")->member);
  g_assert_false (rd_states_lookup ("State of Palestine")->member);
}

static void
test_table_official_forms (void)
{
  const char *names[] = {
    "Bolivia (Plurinational State of)",
    "United Kingdom of Great Britain and Northern Ireland",
    "Côte d'Ivoire",
    "Netherlands (Kingdom of the)",
    "Türkiye",
    "North Macedonia",
    "Eswatini",
    "Czechia",
    "Cabo Verde",
    "Venezuela (Bolivarian Republic of)",
    "Iran (Islamic Republic of)",
    "Micronesia (Federated States of)",
    "Democratic People's Republic of Korea",
    "Viet Nam",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const RdState *state = rd_states_lookup (names[i]);
      g_assert_nonnull (state);
      g_assert_cmpstr (state->name, ==, names[i]);
    }
}

static void
test_lookup_variants (void)
{
  const struct
  {
    const char *written;
    const char *state;
  } cases[] = {
    { "the former Yugoslav Republic of Macedonia", "North Macedonia" },
    { "The Former Yugoslav Republic of Macedonia", "North Macedonia" },
    { "Swaziland", "Eswatini" },
    { "Turkey", "Türkiye" },
    { "Turkiye", "Türkiye" },
    { "Czech Republic", "Czechia" },
    { "Cape Verde", "Cabo Verde" },
    { "Netherlands", "Netherlands (Kingdom of the)" },
    { "Côte d’Ivoire", "Côte d'Ivoire" },
    { "Cote d'Ivoire", "Côte d'Ivoire" },
    { "CÔTE D'IVOIRE", "Côte d'Ivoire" },
    { "Lao People’s Democratic Republic", "Lao People's Democratic Republic" },
    { "the Sudan", "Sudan" },
    { "South Sudan", "South Sudan" },
    { "Niger", "Niger" },
    { "Nigeria", "Nigeria" },
    { "Guinea", "Guinea" },
    { "Guinea-Bissau", "Guinea-Bissau" },
    { "Guinea–Bissau", "Guinea-Bissau" },
    { "Dominica", "Dominica" },
    { "Dominican Republic", "Dominican Republic" },
    { "Congo", "Congo" },
    { "Democratic Republic of the Congo", "Democratic Republic of the Congo" },
    { "  Republic   of\nKorea ", "Republic of Korea" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const RdState *state = rd_states_lookup (cases[i].written);

      g_test_message ("%s", cases[i].written);
      g_assert_nonnull (state);
      g_assert_cmpstr (state->name, ==, cases[i].state);
    }
  g_assert_null (rd_states_lookup ("Korea"));
  g_assert_null (rd_states_lookup ("Atlantis"));
  g_assert_null (rd_states_lookup (""));
}

/* The splitter over every name in the table */

static void
test_split_every_name_alone (void)
{
  for (guint i = 0; i < rd_states_get_count (); i++)
    {
      const RdState *state = rd_states_get (i);
      g_autoptr (GPtrArray) unknown = g_ptr_array_new_with_free_func (g_free);
      g_autoptr (GPtrArray) sponsors = rd_sponsor_list_parse (state->name, unknown);

      g_assert_cmpuint (sponsors->len, ==, 1);
      g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (sponsors, 0))->name, ==, state->name);
      g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (sponsors, 0))->state, ==, state->name);
      g_assert_cmpuint (unknown->len, ==, 0);
    }
}

static void
test_split_every_name_in_one_list (void)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  g_autofree char *list = NULL;
  g_autoptr (GPtrArray) sponsors = NULL;
  g_autoptr (GPtrArray) unknown = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < rd_states_get_count (); i++)
    g_ptr_array_add (names, rd_states_get (i)->name);
  list = join_list (names);
  sponsors = rd_sponsor_list_parse (list, unknown);
  assert_sponsors (sponsors, names, names);
  g_assert_cmpuint (unknown->len, ==, 0);
}

/* Names separated by white space of any kind, as the patterns' \s has it:
 * no-break and ideographic spaces, a line separator, a vertical tab, NEL;
 * a zero-width space is no space. */
static void
test_split_unicode_white_space (void)
{
  g_autoptr (GPtrArray) sponsors = rd_sponsor_list_parse ("\u00a0Burkina\u3000Faso,\vNew\u2028Zealand\302\205and United\u00a0\u00a0Republic of Tanzania\u00a0", NULL);
  g_autoptr (GPtrArray) zero_width = rd_sponsor_list_parse ("Burkina\u200bFaso and Chile", NULL);
  const char *names[] = { "Burkina Faso", "New Zealand", "United Republic of Tanzania" };

  g_assert_cmpuint (sponsors->len, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (sponsors, i))->state, ==, names[i]);
  g_assert_cmpuint (zero_width->len, ==, 2);
  g_assert_null (((RdSponsor *) g_ptr_array_index (zero_width, 0))->state);
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (zero_width, 1))->state, ==, "Chile");
}

static void
test_split_every_name_first_and_last (void)
{
  for (guint i = 0; i < rd_states_get_count (); i++)
    {
      const RdState *state = rd_states_get (i);
      g_autofree char *first = g_strdup_printf ("%s, Kenya, Trinidad and Tobago and Chile", state->name);
      g_autofree char *last = g_strdup_printf ("Kenya, Bosnia and Herzegovina, Chile and %s", state->name);
      g_autoptr (GPtrArray) a = rd_sponsor_list_parse (first, NULL);
      g_autoptr (GPtrArray) b = rd_sponsor_list_parse (last, NULL);

      g_assert_cmpuint (a->len, ==, 4);
      g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (a, 0))->state, ==, state->name);
      g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (a, 2))->state, ==, "Trinidad and Tobago");
      g_assert_cmpuint (b->len, ==, 4);
      g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (b, 1))->state, ==, "Bosnia and Herzegovina");
      g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (b, 3))->state, ==, state->name);
    }
}

static void
test_split_curly_apostrophes_and_line_breaks (void)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) states = g_ptr_array_new ();
  g_autofree char *list = NULL;
  g_autofree char *wrapped = NULL;
  g_autoptr (GPtrArray) sponsors = NULL;

  /* Every name with typographic apostrophes, in capitals for every third,
   * the list broken across lines at every fourth space, as a PDF does. */
  for (guint i = 0; i < rd_states_get_count (); i++)
    {
      const RdState *state = rd_states_get (i);
      char *name = rd_test_replace_all (state->name, "'", "’");

      if (i % 3 == 0)
        {
          char *upper = g_utf8_strup (name, -1);
          g_free (name);
          name = upper;
        }
      g_ptr_array_add (names, name);
      g_ptr_array_add (states, state->name);
    }
  list = join_list (names);
  wrapped = g_strdup (list);
  for (guint i = 0, spaces = 0; wrapped[i] != '\0'; i++)
    if (wrapped[i] == ' ' && ++spaces % 4 == 0)
      wrapped[i] = '\n';

  sponsors = rd_sponsor_list_parse (wrapped, NULL);
  g_assert_cmpuint (sponsors->len, ==, names->len);
  for (guint i = 0; i < sponsors->len; i++)
    {
      const RdSponsor *sponsor = g_ptr_array_index (sponsors, i);
      g_autofree char *folded = g_strdelimit (g_strdup (sponsor->name), "\n", ' ');

      g_assert_cmpstr (sponsor->state, ==, g_ptr_array_index (states, i));
      g_assert_cmpstr (folded, ==, g_ptr_array_index (names, i));
    }
}

static void
test_split_every_alias (void)
{
  for (guint i = 0; i < rd_states_get_count (); i++)
    {
      const RdState *state = rd_states_get (i);

      for (guint k = 0; state->aliases[k] != NULL; k++)
        {
          const char *alias = state->aliases[k];
          g_autofree char *list = g_strdup_printf ("Chile, %s and Kenya", alias);
          g_autoptr (GPtrArray) alone = rd_sponsor_list_parse (alias, NULL);
          g_autoptr (GPtrArray) inside = rd_sponsor_list_parse (list, NULL);

          g_test_message ("alias %s", alias);
          g_assert_cmpuint (alone->len, ==, 1);
          g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (alone, 0))->name, ==, alias);
          g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (alone, 0))->state, ==, state->name);
          g_assert_cmpuint (inside->len, ==, 3);
          g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (inside, 1))->state, ==, state->name);
        }
    }
}

/* Hostile lists */

static void
test_split_unknown_names (void)
{
  g_autoptr (GPtrArray) unknown = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) sponsors = rd_sponsor_list_parse ("Atlantis, Kenya, Grand Fenwick and Freedonia", unknown);

  g_assert_cmpuint (sponsors->len, ==, 4);
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (sponsors, 0))->name, ==, "Atlantis");
  g_assert_null (((RdSponsor *) g_ptr_array_index (sponsors, 0))->state);
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (sponsors, 1))->state, ==, "Kenya");
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (sponsors, 2))->name, ==, "Grand Fenwick");
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (sponsors, 3))->name, ==, "Freedonia");
  g_assert_cmpuint (unknown->len, ==, 3);
}

static void
test_split_doubled_commas (void)
{
  g_autoptr (GPtrArray) sponsors = rd_sponsor_list_parse ("Kenya,, Chile ,, and Peru,", NULL);

  g_assert_cmpuint (sponsors->len, ==, 3);
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (sponsors, 0))->state, ==, "Kenya");
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (sponsors, 1))->state, ==, "Chile");
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (sponsors, 2))->state, ==, "Peru");
}

static void
test_split_empty (void)
{
  const char *empties[] = { "", "   ", ",", " , and ,", "and" };

  for (guint i = 0; i < G_N_ELEMENTS (empties); i++)
    {
      g_autoptr (GPtrArray) sponsors = rd_sponsor_list_parse (empties[i], NULL);
      g_assert_cmpuint (sponsors->len, ==, 0);
    }
}

static void
test_split_notes (void)
{
  g_autoptr (GPtrArray) sponsors = rd_sponsor_list_parse ("Uganda (on behalf of the Group of African States), Kenya* and State of Palestine*", NULL);
  const RdSponsor *uganda, *kenya, *palestine;

  g_assert_cmpuint (sponsors->len, ==, 3);
  uganda = g_ptr_array_index (sponsors, 0);
  kenya = g_ptr_array_index (sponsors, 1);
  palestine = g_ptr_array_index (sponsors, 2);
  g_assert_cmpstr (uganda->note, ==, "on behalf of the Group of African States");
  g_assert_cmpstr (kenya->name, ==, "Kenya");
  g_assert_cmpstr (kenya->note, ==, "*");
  g_assert_cmpstr (palestine->state, ==, "State of Palestine");
  g_assert_cmpstr (palestine->note, ==, "*");
}

static void
test_split_unbalanced_parenthesis (void)
{
  /* Never a crash, never a lost name. */
  g_autoptr (GPtrArray) sponsors = rd_sponsor_list_parse ("Kenya (on behalf of, Chile", NULL);

  g_assert_cmpuint (sponsors->len, >=, 1);
  g_assert_cmpstr (((RdSponsor *) g_ptr_array_index (sponsors, 0))->name, ==, "Kenya");
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/states/table/counts", test_table_counts);
  g_test_add_func ("/states/table/official-forms", test_table_official_forms);
  g_test_add_func ("/states/lookup/variants", test_lookup_variants);
  g_test_add_func ("/states/split/every-name-alone", test_split_every_name_alone);
  g_test_add_func ("/states/split/every-name-in-one-list", test_split_every_name_in_one_list);
  g_test_add_func ("/states/split/every-name-first-and-last", test_split_every_name_first_and_last);
  g_test_add_func ("/states/split/curly-apostrophes-and-line-breaks", test_split_curly_apostrophes_and_line_breaks);
  g_test_add_func ("/states/split/every-alias", test_split_every_alias);
  g_test_add_func ("/states/split/unknown-names", test_split_unknown_names);
  g_test_add_func ("/states/split/doubled-commas", test_split_doubled_commas);
  g_test_add_func ("/states/split/empty", test_split_empty);
  g_test_add_func ("/states/split/notes", test_split_notes);
  g_test_add_func ("/states/split/unicode-white-space", test_split_unicode_white_space);
  g_test_add_func ("/states/split/unbalanced-parenthesis", test_split_unbalanced_parenthesis);

  return g_test_run ();
}
