/* test-tokenize.c
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "rd-tokenize.h"

/* The tokens of @text as "kind:text" joined by spaces, kind w, n or p. */
static char *
describe (const char *text,
          RdDiffFlags flags)
{
  g_autoptr (GArray) tokens = rd_tokenize (text, flags);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      const RdToken *token = &g_array_index (tokens, RdToken, i);
      char kind = token->kind == RD_TOKEN_WORD ? 'w' : token->kind == RD_TOKEN_NUMBER ? 'n'
                                                                                      : 'p';

      g_assert_cmpuint (token->space, <=, token->start);
      g_assert_cmpuint (token->start, <, token->end);
      if (i > 0)
        g_assert_cmpuint (token->space, ==, g_array_index (tokens, RdToken, i - 1).end);
      else
        g_assert_cmpuint (token->space, ==, 0);
      g_string_append_printf (out, "%s%c:%.*s", i > 0 ? " " : "", kind,
                              (int) (token->end - token->start), text + token->start);
    }
  return g_string_free (out, FALSE);
}

static void
assert_tokens (const char *text,
               const char *expected)
{
  g_autofree char *got = describe (text, RD_DIFF_FLAGS_NONE);

  g_assert_cmpstr (got, ==, expected);
}

/* Whether the first token of @a and of @b compare equal under @flags. */
static gboolean
first_tokens_equal (const char *a,
                    const char *b,
                    RdDiffFlags flags)
{
  g_autoptr (GArray) ta = rd_tokenize (a, flags);
  g_autoptr (GArray) tb = rd_tokenize (b, flags);
  const RdToken *x = &g_array_index (ta, RdToken, 0);
  const RdToken *y = &g_array_index (tb, RdToken, 0);
  gboolean equal = rd_token_equal (a, x, b, y, flags);

  g_assert_cmpuint (ta->len, >, 0);
  g_assert_cmpuint (tb->len, >, 0);
  /* Equal forms have equal hashes. */
  if (equal)
    g_assert_cmpuint (x->hash, ==, y->hash);
  return equal;
}

static void
test_empty (void)
{
  g_autoptr (GArray) empty = rd_tokenize ("", RD_DIFF_FLAGS_NONE);
  g_autoptr (GArray) blank = rd_tokenize (" \t\n\u00a0 ", RD_DIFF_FLAGS_NONE);

  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_cmpuint (blank->len, ==, 0);
}

static void
test_words (void)
{
  assert_tokens ("Children’s rights-based COVID-19 non-governmental",
                 "w:Children’s w:rights-based w:COVID-19 w:non-governmental");
  assert_tokens ("Lao People's Democratic Republic", "w:Lao w:People's w:Democratic w:Republic");
  assert_tokens ("Sixty-eighth session, G20", "w:Sixty-eighth w:session p:, w:G20");
  /* Apostrophes and hyphens at a word's edge are marks of their own. */
  assert_tokens ("States’ rights", "w:States p:’ w:rights");
  assert_tokens ("‘quoted’ -minus well- done", "p:‘ w:quoted p:’ p:- w:minus w:well p:- w:done");
  /* An em dash is a break, an en dash between words joins them. */
  assert_tokens ("States—including Israeli–Palestinian",
                 "w:States p:— w:including w:Israeli–Palestinian");
}

static void
test_numbers (void)
{
  assert_tokens ("2030 64/293 16.2 1,000 10:30", "n:2030 n:64/293 n:16.2 n:1,000 n:10:30");
  assert_tokens ("resolution 64/293, of 2030.", "w:resolution n:64/293 p:, w:of n:2030 p:.");
  assert_tokens ("the 1990s and 21st", "w:the n:1990s w:and n:21st");
  /* A range is two numbers and a dash. */
  assert_tokens ("2015-2030", "n:2015 p:- n:2030");
  /* Footnote markers are marks, not numbers. */
  assert_tokens ("Summit,¹ the", "w:Summit p:, p:¹ w:the");
}

static void
test_punctuation (void)
{
  assert_tokens ("(a) States; “urges” [...] §3 50%",
                 "p:( w:a p:) w:States p:; p:“ w:urges p:” p:[ p:. p:. p:. p:] p:§ n:3 n:50 p:%");
  assert_tokens ("*Urges* [61/180](#)", "p:* w:Urges p:* p:[ n:61/180 p:] p:( p:# p:)");
}

static void
test_whitespace (void)
{
  const char *text = "  Urges\u00a0 Member\tStates\n";
  g_autoptr (GArray) tokens = rd_tokenize (text, RD_DIFF_FLAGS_NONE);
  const RdToken *t;

  g_assert_cmpuint (tokens->len, ==, 3);
  t = &g_array_index (tokens, RdToken, 0);
  g_assert_cmpuint (t->space, ==, 0);
  g_assert_cmpuint (t->start, ==, 2);
  g_assert_cmpuint (t->end, ==, 7);
  /* The white space before a token belongs to it, the no-break space
   * included. */
  t = &g_array_index (tokens, RdToken, 1);
  g_assert_cmpuint (t->space, ==, 7);
  g_assert_cmpuint (t->start, ==, strlen ("  Urges\u00a0 "));
  t = &g_array_index (tokens, RdToken, 2);
  g_assert_cmpuint (t->space, ==, strlen ("  Urges\u00a0 Member"));
  /* Trailing white space is no token. */
  g_assert_cmpuint (t->end, ==, strlen (text) - 1);
}

static void
test_invisible (void)
{
  /* A soft hyphen inside a word is part of it and compares as nothing. */
  assert_tokens ("inter\u00adnational", "w:inter\u00adnational");
  g_assert_true (first_tokens_equal ("inter\u00adnational", "international", RD_DIFF_FLAGS_NONE));
  /* Elsewhere, invisible characters are white space. */
  assert_tokens ("\u200bStates \ufeff", "w:States");
}

static void
test_arabic (void)
{
  /* Letters with their vowel marks, the Arabic comma a mark of its own,
   * Arabic-Indic digits a number. */
  assert_tokens ("إنَّ الجمعية العامة، إذ تشير إلى القرار ٦٤/٢٩٣",
                 "w:إنَّ w:الجمعية w:العامة p:، w:إذ w:تشير w:إلى w:القرار n:٦٤/٢٩٣");
}

static void
test_chinese (void)
{
  /* Each Han character is a word: Chinese writes no spaces. */
  assert_tokens ("大会，回顾其2013年第68/192号决议。",
                 "w:大 w:会 p:， w:回 w:顾 w:其 n:2013 w:年 w:第 n:68/192 w:号 w:决 w:议 p:。");
}

static void
test_cyrillic (void)
{
  assert_tokens ("Генеральная Ассамблея, ссылаясь на резолюцию 64/293",
                 "w:Генеральная w:Ассамблея p:, w:ссылаясь w:на w:резолюцию n:64/293");
  g_assert_false (first_tokens_equal ("Ассамблея", "ассамблея", RD_DIFF_FLAGS_NONE));
  g_assert_true (first_tokens_equal ("Ассамблея", "ассамблея", RD_DIFF_IGNORE_CASE));
}

static void
test_case (void)
{
  g_assert_false (first_tokens_equal ("States", "states", RD_DIFF_FLAGS_NONE));
  g_assert_true (first_tokens_equal ("States", "states", RD_DIFF_IGNORE_CASE));
  g_assert_true (first_tokens_equal ("ÉTATS", "états", RD_DIFF_IGNORE_CASE));
  g_assert_false (first_tokens_equal ("States", "Stated", RD_DIFF_IGNORE_CASE));
}

static void
test_typography (void)
{
  /* Apostrophes, quotes and dashes compare equal whatever their form,
   * without any flag. */
  g_assert_true (first_tokens_equal ("Children's", "Children’s", RD_DIFF_FLAGS_NONE));
  g_assert_true (first_tokens_equal ("Côte d'Ivoire", "Côte d’Ivoire", RD_DIFF_FLAGS_NONE));
  g_assert_true (first_tokens_equal ("“", "\"", RD_DIFF_FLAGS_NONE));
  g_assert_true (first_tokens_equal ("«", "”", RD_DIFF_FLAGS_NONE));
  g_assert_true (first_tokens_equal ("–", "-", RD_DIFF_FLAGS_NONE));
  g_assert_true (first_tokens_equal ("—", "-", RD_DIFF_FLAGS_NONE));
  g_assert_true (first_tokens_equal ("rights‑based", "rights-based", RD_DIFF_FLAGS_NONE));
  g_assert_false (first_tokens_equal ("'", "\"", RD_DIFF_FLAGS_NONE));
  g_assert_false (first_tokens_equal ("-", ",", RD_DIFF_FLAGS_NONE));
}

static void
test_ignore_punctuation (void)
{
  /* Under the flag the marks inside a word do not count either. */
  g_assert_false (first_tokens_equal ("Children's", "Childrens", RD_DIFF_FLAGS_NONE));
  g_assert_true (first_tokens_equal ("Children's", "Childrens", RD_DIFF_IGNORE_PUNCTUATION));
  g_assert_true (first_tokens_equal ("1,000", "1000", RD_DIFF_IGNORE_PUNCTUATION));
  g_assert_true (first_tokens_equal (",", ";", RD_DIFF_IGNORE_PUNCTUATION));
  /* Symbols are not punctuation. */
  g_assert_false (first_tokens_equal ("%", "$", RD_DIFF_IGNORE_PUNCTUATION));
  /* The flag changes hashes, not boundaries. */
  {
    g_autofree char *plain = describe ("Children's rights, 2030.", RD_DIFF_FLAGS_NONE);
    g_autofree char *ignored = describe ("Children's rights, 2030.", RD_DIFF_IGNORE_PUNCTUATION);

    g_assert_cmpstr (plain, ==, ignored);
  }
}

static void
test_invalid_utf8 (void)
{
  const char *text = "abc \xff\xfe def \xe2\x80";
  g_autoptr (GArray) tokens = rd_tokenize (text, RD_DIFF_FLAGS_NONE);
  const RdToken *last;

  /* Each bad byte is a mark of its own; nothing is lost. */
  g_assert_cmpuint (tokens->len, ==, 6);
  last = &g_array_index (tokens, RdToken, tokens->len - 1);
  g_assert_cmpuint (last->end, ==, strlen (text));
  g_assert_cmpint (g_array_index (tokens, RdToken, 1).kind, ==, RD_TOKEN_PUNCT);
  g_assert_false (rd_token_equal (text, &g_array_index (tokens, RdToken, 1),
                                  text, &g_array_index (tokens, RdToken, 2),
                                  RD_DIFF_FLAGS_NONE));
}

/* rd_tokenize_append_word_hashes () gives the hashes of rd_tokenize ()'s
 * words and numbers, in order, after what @hashes held. */
static void
assert_word_hashes_match (const char *text,
                          RdDiffFlags flags)
{
  g_autoptr (GArray) tokens = rd_tokenize (text, flags);
  g_autoptr (GArray) hashes = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 before = 0xfeedbeef;
  guint n, k = 1;

  g_array_append_val (hashes, before);
  n = rd_tokenize_append_word_hashes (text, flags, hashes);
  g_assert_cmpuint (hashes->len, ==, n + 1);
  g_assert_cmpuint (g_array_index (hashes, guint32, 0), ==, before);
  for (guint i = 0; i < tokens->len; i++)
    {
      const RdToken *token = &g_array_index (tokens, RdToken, i);

      if (token->kind == RD_TOKEN_PUNCT)
        continue;
      g_assert_cmpuint (k, <, hashes->len);
      g_assert_cmpuint (g_array_index (hashes, guint32, k), ==, token->hash);
      k++;
    }
  g_assert_cmpuint (k, ==, hashes->len);
}

static void
test_word_hashes (void)
{
  const char *texts[] = {
    "",
    "   \n\t ",
    "Children's rights-based COVID-19 approach, 64/293 and 1.5 per cent.",
    "A/C.3/80/L.4 of 19 December 2024: 3.7 million (40 per cent)",
    "«Déclaration» — l’Assemblée générale, aujourd’hui; co\xc2\xad"
    "operation",
    "Генеральная Ассамблея, ссылаясь на резолюцию 79/144",
    "大会回顾其第79/144号决议，并重申",
    "الجمعية العامة، إذ تشير إلى قرارها ٧٩/١٤٤ ١٫٥",
    "abc \xff\xfe def \xe2\x80",
    "a.b a-b a--b -a- 'a' a' 12,000,000 12:30 x\xe2\x80\x93y \xe2\x80\x8bzero\xe2\x80\x8bwidth",
    "a\xe5\xa4\xa7"
    "b\xe5\xa4\xa7"
    "c",
    "ÀÉÎõü MIXED case Words",
  };
  const RdDiffFlags flags[] = {
    RD_DIFF_FLAGS_NONE,
    RD_DIFF_IGNORE_CASE,
    RD_DIFF_IGNORE_PUNCTUATION,
    RD_DIFF_IGNORE_CASE | RD_DIFF_IGNORE_PUNCTUATION,
  };
  const char *files[] = { "trafficking-2013-revised-draft.en.txt", "novel-chapter.txt" };

  for (guint f = 0; f < G_N_ELEMENTS (flags); f++)
    {
      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        assert_word_hashes_match (texts[t], flags[f]);
      for (guint t = 0; t < G_N_ELEMENTS (files); t++)
        {
          g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", files[t], NULL);
          g_autofree char *contents = NULL;
          g_autoptr (GError) error = NULL;

          g_file_get_contents (path, &contents, NULL, &error);
          g_assert_no_error (error);
          assert_word_hashes_match (contents, flags[f]);
        }
    }
}

/* Texts drawn at random from pieces where the scanning takes its slow
 * paths (joiners, marks, other scripts, invalid bytes): the word hashes
 * still follow the tokens. */
static void
test_word_hashes_random (void)
{
  const char *pieces[] = { "a", "Z", "7", " ", "-", "'", ".", ",", "/", ":", "\xe2\x80\x99", "\xe2\x80\x93",
                           "\xc2\xad", "\xc2\xa0", "\xcc\x81", "\xe5\xa4\xa7", "\xd0\x96", "\xd9\xa3", "\xd9\xab",
                           "\xff", "\xe2\x80", "(", "\"", "\n" };
  GRand *rand = g_rand_new_with_seed (18);

  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr (GString) text = g_string_new (NULL);
      guint length = g_rand_int_range (rand, 0, 40);

      for (guint i = 0; i < length; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      assert_word_hashes_match (text->str, round % 2 ? RD_DIFF_IGNORE_CASE : RD_DIFF_FLAGS_NONE);
    }
  g_rand_free (rand);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tokenize/empty", test_empty);
  g_test_add_func ("/tokenize/words", test_words);
  g_test_add_func ("/tokenize/numbers", test_numbers);
  g_test_add_func ("/tokenize/punctuation", test_punctuation);
  g_test_add_func ("/tokenize/whitespace", test_whitespace);
  g_test_add_func ("/tokenize/invisible", test_invisible);
  g_test_add_func ("/tokenize/unicode/arabic", test_arabic);
  g_test_add_func ("/tokenize/unicode/chinese", test_chinese);
  g_test_add_func ("/tokenize/unicode/cyrillic", test_cyrillic);
  g_test_add_func ("/tokenize/hash/case", test_case);
  g_test_add_func ("/tokenize/hash/typography", test_typography);
  g_test_add_func ("/tokenize/hash/ignore-punctuation", test_ignore_punctuation);
  g_test_add_func ("/tokenize/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/tokenize/word-hashes", test_word_hashes);
  g_test_add_func ("/tokenize/word-hashes/random", test_word_hashes_random);

  return g_test_run ();
}
