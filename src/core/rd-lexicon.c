/* rd-lexicon.c: the words of UN resolutions the parser recognises
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-lexicon.h"

#include <string.h>

/* The months, as the UN dates its documents ("8 November 2013"). */
#define MONTHS "(?:January|February|March|April|May|June|July|August|September|October|November|December)"

/* The principal organs whose resolutions Resdiff reads. */
#define ORGANS "General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council"

/* The Main Committees of the General Assembly, by number and by name. */
#define COMMITTEE_BY_NUMBER "(?:First|Second|Third|Fourth|Fifth|Sixth) Committee"
#define COMMITTEES COMMITTEE_BY_NUMBER "|Special Political and Decolonization Committee(?: \\(Fourth Committee\\))?"

/* A draft's type as its masthead or an adopted text names it. */
#define DRAFT_TYPE "(?:revised\\s+)?draft\\s+(?:resolution|decision)"

/* A sub-item of an agenda item: "(a)", "(iii)". */
#define AGENDA_SUB_ITEM "\\([a-z]{1,3}\\)"

/* The same months, one by one. */
static const char *const month_names[] = {
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
};

/* What follows the figures of an ordinal ("1st", "2nd", "3rd", "38th"). */
static const char *const ordinal_suffixes[] = { "st", "nd", "rd", "th" };

/* The fewest bytes of a verb guessed from its form ("Has", "Notes"):
 * shorter words opening a paragraph are articles and prepositions. */
#define MIN_GUESSED_VERB_LENGTH 3

/* Static helpers */

static GRegex *
compile (const char *pattern,
         GRegexCompileFlags flags)
{
  g_autoptr (GError) error = NULL;
  /* No G_REGEX_OPTIMIZE: the JIT-compiled code makes valgrind report
   * uninitialised reads inside PCRE, and the patterns run on few lines. */
  GRegex *regex = g_regex_new (pattern, flags, 0, &error);

  if (regex == NULL)
    g_error ("Bad pattern %s: %s", pattern, error->message);
  return regex;
}

/* Verb phrases of more than one word that open paragraphs. */
static const char *const verb_phrases[] = {
  "Bearing in mind", "Keeping in mind", "Taking note", "Taking into account",
  "Taking into consideration", "Having considered", "Having received",
  "Having examined", "Having heard", "Having reviewed", "Having adopted",
  "Deeply concerned", "Gravely concerned", "Seriously concerned",
  "Deeply alarmed", "Deeply disturbed", "Deeply regretting",
  "Expressing concern", "Expressing deep concern", "Expressing its concern",
  "Expressing its deep concern", "Expressing appreciation",
  "Expressing its appreciation", "Expressing support",
  "Calls upon", "Calls on", "Takes note", "Expresses support",
  "Expresses concern", "Expresses deep concern", "Expresses its concern",
  "Expresses its deep concern", "Expresses its appreciation",
  "Expresses appreciation", "Expresses its support", "Pays tribute",
  "Bears in mind", "Looks forward", "Draws attention", "Takes into account",
  "Reaffirms its commitment", "Remains seized", "Decides to remain seized",
  NULL
};

/* What may follow a verb in its italic phrase: "Recalling also",
 * "Noting with appreciation", "Taking note further". */
static const char *const verb_modifiers[] = {
  "also", "further", "moreover", "again", "once again", "with appreciation",
  "with deep appreciation", "with concern", "with deep concern",
  "with grave concern", "with serious concern", "with satisfaction",
  "with interest", "with regret", "in particular", "strongly", NULL
};

/* Adverbs that come before an operative verb: "Also decides". */
static const char *const verb_adverbs[] = {
  "Also", "Further", "Again", "Once again", "Strongly", "Firmly", "Further also",
  "Emphatically", "Repeatedly", "Urgently", NULL
};

static gsize
match_words (const char *text,
             const char *words)
{
  gsize n = strlen (words);

  if (strncmp (text, words, n) != 0)
    return 0;
  if (text[n] != '\0' && (g_ascii_isalnum (text[n]) || text[n] == '-'))
    return 0;
  return n;
}

static gsize
match_list (const char *text,
            const char *const *list)
{
  gsize best = 0;

  for (guint i = 0; list[i] != NULL; i++)
    best = MAX (best, match_words (text, list[i]));
  return best;
}

/* A preambular paragraph opens with a participle ("Recalling",
 * "Concerned"), an adjective of this form ("Mindful", "Desirous") or one
 * of these. */
static const char *const preambular_suffixes[] = { "ing", "ed", "ful", "ous" };
static const char *const preambular_adjectives[] = { "Aware", "Cognizant", "Convinced", "Conscious" };

static gboolean
is_preambular_word (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (preambular_suffixes); i++)
    if (g_str_has_suffix (word, preambular_suffixes[i]))
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (preambular_adjectives); i++)
    if (strcmp (word, preambular_adjectives[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Public API */

gboolean
rd_lexicon_is_pattern_space (gunichar c)
{
  /* g_ascii_isspace () leaves out the vertical tab */
  if (c < 0x80)
    return g_ascii_isspace (c) || c == '\v';
  return c == 0x85 || c == 0x180E || g_unichar_isspace (c);
}

const RdLexiconPatterns *
rd_lexicon_patterns (void)
{
  static RdLexiconPatterns *re = NULL;

  if (g_once_init_enter (&re))
    {
      RdLexiconPatterns *p = g_new0 (RdLexiconPatterns, 1);
      GRegexCompileFlags i = G_REGEX_CASELESS;

      /* A reissued document's symbol carries a star calling the note
       * "Reissued for technical reasons on …": "A/C.1/80/L.23*". */
      p->symbol = compile ("^([A-Z]{1,8}(?:/[A-Za-z0-9.\\-]+)+(?: \\(\\d{4}\\))?)\\**$", 0);
      p->organ = compile ("^(" ORGANS ")$", 0);
      p->distribution = compile ("^Distr\\.?\\s*:\\s*(.+)$", i);
      p->date = compile ("^(\\d{1,2} " MONTHS " \\d{4})$", 0);
      p->original = compile ("^Original\\s*:\\s*(.+)$", i);
      p->session = compile ("^([\\w -]{3,60} session)$", i);
      p->committee = compile ("^(" COMMITTEES ")$", 0);
      /* The Fourth Committee's long name puts its number on a line of its
       * own: "Special Political and Decolonization Committee" then
       * "(Fourth Committee)". */
      p->committee_number = compile ("^\\(" COMMITTEE_BY_NUMBER "\\)$", 0);
      /* The language of this version, printed alone above "Original:
       * French" when it is not the original. */
      p->language_line = compile ("^(?:Arabic|Chinese|English|French|Russian|Spanish)$", 0);
      p->agenda = compile ("^Agenda items?\\s+(.+)$", i);
      /* The masthead's left column read as one block, as a PDF importer
       * does when it takes that column for the text's in a short
       * document. */
      p->masthead_column = compile ("^([\\w -]{3,60}? session)\\s+(?:(" COMMITTEE_BY_NUMBER ")\\s+)?Agenda items?\\s+(\\d+(?:\\s*" AGENDA_SUB_ITEM ")?(?:(?:,\\s*|\\s+and\\s+)(?:\\d+(?:\\s*" AGENDA_SUB_ITEM ")?|" AGENDA_SUB_ITEM "))*)\\s+(\\p{Lu}.*)$", 0);
      p->agenda_item = compile ("(\\d+)((?:\\s*" AGENDA_SUB_ITEM ")?)((?:(?:,\\s*|\\s+and\\s+)" AGENDA_SUB_ITEM ")*)", 0);
      /* Some adopted texts print the formula without its comma ("The
       * General Assembly" then the first paragraph): only an organ's name
       * alone on its line is read so, never a title that starts "The". */
      p->bare_formula = compile ("^(The (?:" ORGANS "))$", 0);
      p->formula = compile ("^(The (?:" ORGANS "|Conference of the Parties[^,]{0,80}|Commission on [^,]{3,80}|Executive Board[^,]{0,80}|Assembly of States Parties[^,]{0,80}|[A-Z][\\w'’ -]{2,60})),$", 0);
      p->type_tail = compile ("^(.*?)\\s*:\\s*((?:\\*+\\s*,?\\s*)*)\\s*(" DRAFT_TYPE "s?|amendments?\\s+to\\s+(?:the\\s+)?" DRAFT_TYPE "\\s*\\S*)\\s*$", i);
      p->submitted = compile ("^(" DRAFT_TYPE ")(?:\\s+submitted\\s+by\\s+(.+?))?(?:,?\\s+following\\s+informal\\s+consultations)?(?:,?\\s+on\\s+the\\s+basis\\s+of\\s+(?:informal\\s+consultations\\s+(?:held\\s+)?on\\s+)?(?:" DRAFT_TYPE "\\s+)?([A-Z]{1,8}/\\S+?))?(?:\\s*:\\s*" DRAFT_TYPE ")?\\s*$", i);
      p->adopted = compile ("^Resolution adopted by the (.+?) on (\\d{1,2} " MONTHS " \\d{4})\\s*(?:\\[(.*)\\])?\\s*$", 0);
      p->report = compile ("\\(([A-Z]{1,8}/[^,)]*?)(?:,\\s*paras?\\.[^)]*)?\\)", 0);
      p->resolution_number = compile ("^(\\d{1,3}/\\d{1,4}(?: [A-Z])?)\\.(?:\\s+(.*))?$", 0);
      p->heading = compile ("^(?:(?:[IVXLC]{1,6}|[A-Z])\\.?(?:\\s+[^.;:,]{0,150}[^.;:,])?|Annex(?:es)?(?: [IVXLC]+)?)$", 0);
      p->meeting = compile ("^(\\d+(?:st|nd|rd|th) (?:\\(resumed\\) )?(?:plenary )?meeting)$", 0);
      /* Masthead notes that say nothing about the text or its sponsors. */
      p->publication_note = compile ("^(?:Any changes to the list of sponsors|Reissued for technical reasons)", 0);
      g_once_init_leave (&re, p);
    }
  return re;
}

char *
rd_lexicon_guess_verb (const char *text,
                       gboolean operative)
{
  const char *p = text;
  gsize n;
  gsize word_length;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_unichar_isupper (g_utf8_get_char (p)))
    return NULL;

  if (operative && (n = match_list (p, verb_adverbs)) > 0)
    {
      /* "Also decides", "Further requests": the adverb then the verb. */
      const char *verb = p + n;

      while (*verb == ' ')
        verb++;
      word_length = strcspn (verb, " ,;:");
      if (word_length == 0 || !g_unichar_islower (g_utf8_get_char (verb)))
        return NULL;
      if (verb[word_length - 1] != 's')
        return NULL;
      n = (verb + word_length) - p;
      /* "Also calls upon" */
      if (strncmp (verb + word_length, " upon", 5) == 0 || strncmp (verb + word_length, " on ", 4) == 0)
        n += strncmp (verb + word_length, " upon", 5) == 0 ? 5 : 3;
      return g_strndup (p, n);
    }

  n = match_list (p, verb_phrases);
  if (n == 0)
    {
      g_autofree char *word = NULL;
      gsize length;

      word_length = strcspn (p, " ,;:");
      if (word_length < MIN_GUESSED_VERB_LENGTH)
        return NULL;
      word = g_strndup (p, word_length);
      length = strlen (word);

      if (operative)
        {
          if (word[length - 1] != 's')
            return NULL;
        }
      else if (!is_preambular_word (word))
        return NULL;
      n = word_length;
    }

  /* Modifiers after the verb: "Recalling also", "Taking note also". */
  while (p[n] == ' ')
    {
      gsize m = match_list (p + n + 1, verb_modifiers);

      if (m == 0)
        break;
      n += 1 + m;
    }

  return g_strndup (p, n);
}

guint
rd_lexicon_month_of_word (const char *word,
                          gssize length,
                          gboolean ignore_case)
{
  gsize n;

  g_return_val_if_fail (word != NULL, 0);

  n = length < 0 ? strlen (word) : (gsize) length;
  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    if (strlen (month_names[i]) == n && (ignore_case ? g_ascii_strncasecmp (month_names[i], word, n) == 0 : memcmp (month_names[i], word, n) == 0))
      return i + 1;
  return 0;
}

gboolean
rd_lexicon_is_ordinal_suffix (const char *suffix)
{
  g_return_val_if_fail (suffix != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (ordinal_suffixes); i++)
    if (strcmp (suffix, ordinal_suffixes[i]) == 0)
      return TRUE;
  return FALSE;
}
