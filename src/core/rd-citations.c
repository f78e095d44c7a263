/* rd-citations.c: footnotes through the paragraphs that cite them
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-citations.h"

#include <string.h>

/* How many words before a footnote mark name the place it is cited at:
 * "resolution 32/1", "World Summit". */
#define CONTEXT_WORDS 2

/* Beyond this many citations in one paragraph change the places are
 * paired in order only, without the quadratic search. */
#define MAX_CITATIONS 400

typedef struct
{
  guint footnote; /* index in its document, G_MAXUINT when unknown */
  char *context;  /* the words before the mark, casefolded */
} Citation;

static void
citation_clear (Citation *citation)
{
  g_free (citation->context);
}

static guint
footnote_index (RdDocument *document,
                const char *marker)
{
  GPtrArray *footnotes = rd_document_get_footnotes (document);
  RdFootnote *footnote = rd_document_find_footnote (document, marker);
  guint index = G_MAXUINT;

  if (footnote == NULL || !g_ptr_array_find (footnotes, footnote, &index))
    return G_MAXUINT;
  return index;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '/' || c == '-' || c == '.' || c == '\'' || c == 0x2019;
}

static gboolean
has_digit (const char *start,
           const char *end)
{
  for (const char *p = start; p < end; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return FALSE;
}

/* The last CONTEXT_WORDS words of @text before byte @end, casefolded;
 * words with figures left out: a resolution brings its notes up to date
 * in place, and the figures before them are what it updates ("resolution
 * 78/220" becoming "resolution 79/183", "A/79/371." becoming "A/80/349."
 * at the same mark). */
static char *
context_before (const char *text,
                gsize end)
{
  const char *cursor = text + end;
  GString *context = g_string_new (NULL);
  guint words = 0;

  while (cursor > text && words < CONTEXT_WORDS)
    {
      const char *word_end, *word_start;

      /* Punctuation and spaces between words. */
      while (cursor > text && !is_word_char (g_utf8_get_char (g_utf8_prev_char (cursor))))
        cursor = g_utf8_prev_char (cursor);
      if (cursor == text)
        break;
      word_end = cursor;
      while (cursor > text && is_word_char (g_utf8_get_char (g_utf8_prev_char (cursor))))
        cursor = g_utf8_prev_char (cursor);
      word_start = cursor;
      while (word_end > word_start && word_end[-1] == '.')
        word_end--;
      if (word_end == word_start || has_digit (word_start, word_end))
        continue;
      g_string_prepend_c (context, ' ');
      g_string_prepend_len (context, word_start, word_end - word_start);
      words++;
    }
  {
    g_autofree char *plain = g_string_free (context, FALSE);

    return g_utf8_casefold (plain, -1);
  }
}

/* Whether any of the paragraphs @items of @document cites a note: most
 * cite none, and then pair_citations () has nothing to pair. */
static gboolean
cites_any (RdDocument *document,
           const GArray *items)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);

  for (guint k = 0; k < items->len; k++)
    {
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, g_array_index (items, guint, k));

      if (paragraph->footnotes != NULL && paragraph->footnotes->len > 0)
        return TRUE;
    }
  return FALSE;
}

/* The citations of the paragraphs @items of @document, in reading order. */
static GArray *
citations_of (RdDocument *document,
              const GArray *items)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);
  GArray *citations = g_array_new (FALSE, FALSE, sizeof (Citation));

  g_array_set_clear_func (citations, (GDestroyNotify) citation_clear);
  for (guint k = 0; k < items->len; k++)
    {
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, g_array_index (items, guint, k));

      for (guint r = 0; paragraph->footnotes != NULL && r < paragraph->footnotes->len; r++)
        {
          const RdFootnoteRef *ref = &g_array_index (paragraph->footnotes, RdFootnoteRef, r);
          Citation citation = { footnote_index (document, ref->marker), context_before (paragraph->text, MIN (ref->offset, strlen (paragraph->text))) };

          g_array_append_val (citations, citation);
        }
    }
  return citations;
}

static void
add_pair (GArray *pairs,
          gboolean *old_used,
          gboolean *new_used,
          const Citation *a,
          const Citation *b)
{
  RdCitationPair pair = { a->footnote, b->footnote };

  if (a->footnote == G_MAXUINT || b->footnote == G_MAXUINT || old_used[a->footnote] || new_used[b->footnote])
    return;
  old_used[a->footnote] = new_used[b->footnote] = TRUE;
  g_array_append_val (pairs, pair);
}

static gboolean
citation_free (const Citation *citation,
               const gboolean *used)
{
  return citation->footnote != G_MAXUINT && !used[citation->footnote];
}

/* How many citations of @citations not yet paired come after @context. */
static guint
count_free_context (const GArray *citations,
                    const gboolean *used,
                    const char *context)
{
  guint count = 0;

  for (guint k = 0; k < citations->len; k++)
    {
      const Citation *citation = &g_array_index (citations, Citation, k);

      count += citation_free (citation, used) && strcmp (citation->context, context) == 0;
    }
  return count;
}

/* The citations left after the in-order pairing, paired when their words
 * are found once on each side: a note that moved with its words within
 * the paragraph (a list of resolutions reordered, the one cited "... and
 * services"¹² first becoming "... and services"¹⁶ last). */
static void
pair_moved_citations (GArray *pairs,
                      gboolean *old_used,
                      gboolean *new_used,
                      const GArray *a,
                      const GArray *b)
{
  for (guint i = 0; i < a->len; i++)
    {
      const Citation *x = &g_array_index (a, Citation, i);

      if (!citation_free (x, old_used) || x->context[0] == '\0' || count_free_context (a, old_used, x->context) != 1 || count_free_context (b, new_used, x->context) != 1)
        continue;
      for (guint j = 0; j < b->len; j++)
        {
          const Citation *y = &g_array_index (b, Citation, j);

          if (citation_free (y, new_used) && strcmp (x->context, y->context) == 0)
            {
              add_pair (pairs, old_used, new_used, x, y);
              break;
            }
        }
    }
}

/* Pairs the citations of one paragraph change: as many on each side, in
 * order; else those after the same words, in order (a longest common
 * subsequence), then, between two such, as many on each side in order;
 * then those left whose words are found once on each side. */
static void
pair_citations (GArray *pairs,
                gboolean *old_used,
                gboolean *new_used,
                const GArray *a,
                const GArray *b)
{
  guint n = a->len, m = b->len;
  g_autofree guint *length = NULL;
  guint i = 0, j = 0, gap_i = 0, gap_j = 0;

  if (n == 0 || m == 0)
    return;
  if (n > MAX_CITATIONS || m > MAX_CITATIONS)
    {
      if (n == m)
        for (guint k = 0; k < n; k++)
          add_pair (pairs, old_used, new_used, &g_array_index (a, Citation, k), &g_array_index (b, Citation, k));
      return;
    }

  /* length[i][j]: the longest common subsequence of a[i..] and b[j..]. */
  length = g_new0 (guint, (gsize) (n + 1) * (m + 1));
  for (guint x = n; x-- > 0;)
    for (guint y = m; y-- > 0;)
      {
        gsize cell = (gsize) x * (m + 1) + y;

        if (strcmp (g_array_index (a, Citation, x).context, g_array_index (b, Citation, y).context) == 0)
          length[cell] = length[cell + m + 2] + 1;
        else
          length[cell] = MAX (length[cell + m + 1], length[cell + 1]);
      }

  while (TRUE)
    {
      gboolean same = i < n && j < m && strcmp (g_array_index (a, Citation, i).context, g_array_index (b, Citation, j).context) == 0;

      if (same || i == n || j == m)
        {
          if (!same)
            i = n, j = m;
          /* A gap ends: as many on each side, paired in order. */
          if (i - gap_i == j - gap_j)
            for (guint k = 0; k < i - gap_i; k++)
              add_pair (pairs, old_used, new_used, &g_array_index (a, Citation, gap_i + k), &g_array_index (b, Citation, gap_j + k));
          if (!same)
            break;
          add_pair (pairs, old_used, new_used, &g_array_index (a, Citation, i), &g_array_index (b, Citation, j));
          i++, j++;
          gap_i = i, gap_j = j;
        }
      else if (length[(gsize) (i + 1) * (m + 1) + j] >= length[(gsize) i * (m + 1) + j + 1])
        i++;
      else
        j++;
    }
  pair_moved_citations (pairs, old_used, new_used, a, b);
}

static gint
compare_pairs (gconstpointer x,
               gconstpointer y)
{
  const RdCitationPair *a = x;
  const RdCitationPair *b = y;

  return a->new_index < b->new_index ? -1 : (a->new_index > b->new_index);
}

/* How many footnotes of @document have each text. */
static GHashTable *
count_texts (RdDocument *document)
{
  GPtrArray *footnotes = rd_document_get_footnotes (document);
  GHashTable *counts = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < footnotes->len; i++)
    {
      const char *text = ((RdFootnote *) g_ptr_array_index (footnotes, i))->text;

      g_hash_table_insert (counts, (gpointer) text, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, text)) + 1));
    }
  return counts;
}

/* For every footnote of @document, the paragraph change (an index of
 * @changes) of the first paragraph that cites it: a footnote belongs where
 * it is cited.  G_MAXUINT for a footnote no paragraph is read citing, or
 * one cited by a paragraph no change holds on this side. */
static guint *
citing_changes (RdDocument *document,
                GPtrArray *changes,
                gboolean new_side)
{
  GPtrArray *paragraphs = rd_document_get_paragraphs (document);
  guint n_footnotes = rd_document_get_footnotes (document)->len;
  guint *cited_in = g_new (guint, n_footnotes + 1);

  for (guint f = 0; f <= n_footnotes; f++)
    cited_in[f] = G_MAXUINT;
  for (guint c = 0; c < changes->len; c++)
    {
      const RdChange *change = g_ptr_array_index (changes, c);
      const GArray *items = new_side ? change->new_items : change->old_items;

      if (change->footnote)
        continue;
      for (guint k = 0; k < items->len; k++)
        {
          const RdParagraph *paragraph = g_ptr_array_index (paragraphs, g_array_index (items, guint, k));

          for (guint r = 0; paragraph->footnotes != NULL && r < paragraph->footnotes->len; r++)
            {
              guint f = footnote_index (document, g_array_index (paragraph->footnotes, RdFootnoteRef, r).marker);

              if (f != G_MAXUINT && cited_in[f] == G_MAXUINT)
                cited_in[f] = c;
            }
        }
    }
  return cited_in;
}

/* The pairs of the footnotes' own alignment (by their texts) that the
 * paragraphs citing them allow: two notes of the same words, or two whose
 * citing paragraphs the paragraph alignment paired, or two of which one is
 * cited nowhere the reader saw (then the texts are all there is to go
 * by).  Two "See IMO document …" notes, one cited by a paragraph that
 * loses it and the other by a paragraph that gains it, are one note
 * deleted and another inserted, not one note brought up to date. */
static void
pair_cited_alike (GArray *pairs,
                  gboolean *old_used,
                  gboolean *new_used,
                  RdDocument *old_document,
                  RdDocument *new_document,
                  GPtrArray *changes,
                  GPtrArray *footnote_changes)
{
  GPtrArray *old_footnotes = rd_document_get_footnotes (old_document);
  GPtrArray *new_footnotes = rd_document_get_footnotes (new_document);
  g_autofree guint *old_cited_in = citing_changes (old_document, changes, FALSE);
  g_autofree guint *new_cited_in = citing_changes (new_document, changes, TRUE);

  for (guint c = 0; c < footnote_changes->len; c++)
    {
      const RdChange *change = g_ptr_array_index (footnote_changes, c);
      guint o, n;
      gboolean same_words, cited_alike;

      if (!rd_change_get_one_to_one (change, &o, &n))
        continue;
      if (old_used[o] || new_used[n])
        continue;
      same_words = strcmp (((RdFootnote *) g_ptr_array_index (old_footnotes, o))->text, ((RdFootnote *) g_ptr_array_index (new_footnotes, n))->text) == 0;
      cited_alike = old_cited_in[o] == G_MAXUINT || new_cited_in[n] == G_MAXUINT || old_cited_in[o] == new_cited_in[n];
      if (same_words || cited_alike)
        {
          RdCitationPair pair = { o, n };

          old_used[o] = new_used[n] = TRUE;
          g_array_append_val (pairs, pair);
        }
    }
}

GArray *
rd_citations_pair_footnotes (RdDocument *old_document,
                             RdDocument *new_document,
                             GPtrArray *changes,
                             GPtrArray *footnote_changes)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (RdCitationPair));
  GPtrArray *old_footnotes = rd_document_get_footnotes (old_document);
  GPtrArray *new_footnotes = rd_document_get_footnotes (new_document);
  g_autofree gboolean *old_used = g_new0 (gboolean, old_footnotes->len + 1);
  g_autofree gboolean *new_used = g_new0 (gboolean, new_footnotes->len + 1);
  g_autoptr (GHashTable) old_counts = count_texts (old_document);
  g_autoptr (GHashTable) new_counts = count_texts (new_document);

  g_return_val_if_fail (changes != NULL && footnote_changes != NULL, pairs);
  /* Every pair has a footnote on each side. */
  if (old_footnotes->len == 0 || new_footnotes->len == 0)
    return pairs;

  /* A note of the same words, found once on each side, is itself
   * wherever it is now cited ("Established pursuant to resolution
   * S-35/1 ..." cited a few words later). */
  for (guint c = 0; c < footnote_changes->len; c++)
    {
      const RdChange *change = g_ptr_array_index (footnote_changes, c);
      guint o, n;
      const char *text;

      if (!rd_change_get_one_to_one (change, &o, &n))
        continue;
      text = ((RdFootnote *) g_ptr_array_index (old_footnotes, o))->text;
      if (strcmp (text, ((RdFootnote *) g_ptr_array_index (new_footnotes, n))->text) == 0 && GPOINTER_TO_UINT (g_hash_table_lookup (old_counts, text)) == 1 && GPOINTER_TO_UINT (g_hash_table_lookup (new_counts, text)) == 1)
        {
          RdCitationPair pair = { o, n };

          old_used[o] = new_used[n] = TRUE;
          g_array_append_val (pairs, pair);
        }
    }

  for (guint c = 0; c < changes->len; c++)
    {
      const RdChange *change = g_ptr_array_index (changes, c);
      g_autoptr (GArray) a = NULL;
      g_autoptr (GArray) b = NULL;

      if (change->footnote || !cites_any (old_document, change->old_items) || !cites_any (new_document, change->new_items))
        continue;
      a = citations_of (old_document, change->old_items);
      b = citations_of (new_document, change->new_items);
      pair_citations (pairs, old_used, new_used, a, b);
    }
  pair_cited_alike (pairs, old_used, new_used, old_document, new_document, changes, footnote_changes);
  g_array_sort (pairs, compare_pairs);
  return pairs;
}

/* A paragraph whose words are the same but which cites another footnote,
 * or gains or loses one, is modified: the footnotes it cites are compared
 * through the footnotes' alignment (old footnote 15 is new footnote 16
 * when one was inserted before it), never by their numbers. */
void
rd_citations_compare (RdDocument *old_document,
                      RdDocument *new_document,
                      GPtrArray *changes,
                      GPtrArray *footnote_changes)
{
  GPtrArray *old_paragraphs = rd_document_get_paragraphs (old_document);
  GPtrArray *new_paragraphs = rd_document_get_paragraphs (new_document);
  guint n_old_footnotes = rd_document_get_footnotes (old_document)->len;
  g_autofree guint *old_to_new = g_new (guint, MAX (n_old_footnotes, 1));

  for (guint i = 0; i < n_old_footnotes; i++)
    old_to_new[i] = G_MAXUINT;
  for (guint i = 0; i < footnote_changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (footnote_changes, i);

      if (change->new_items->len == 0)
        continue;
      for (guint k = 0; k < change->old_items->len; k++)
        old_to_new[g_array_index (change->old_items, guint, k)] = g_array_index (change->new_items, guint, 0);
    }

  for (guint i = 0; i < changes->len; i++)
    {
      RdChange *change = g_ptr_array_index (changes, i);
      const RdParagraph *a;
      const RdParagraph *b;
      guint na = 0, nb = 0;
      guint o, n;
      gboolean differ = FALSE;

      if (!rd_change_get_one_to_one (change, &o, &n))
        continue;
      a = g_ptr_array_index (old_paragraphs, o);
      b = g_ptr_array_index (new_paragraphs, n);
      na = a->footnotes != NULL ? a->footnotes->len : 0;
      nb = b->footnotes != NULL ? b->footnotes->len : 0;
      differ = na != nb;
      for (guint k = 0; k < na && !differ; k++)
        {
          guint old_index = footnote_index (old_document, g_array_index (a->footnotes, RdFootnoteRef, k).marker);
          guint new_index = footnote_index (new_document, g_array_index (b->footnotes, RdFootnoteRef, k).marker);

          /* A footnote the reader cannot find on either side (the "*"
           * note, an unknown marker) says nothing either way. */
          if (old_index == G_MAXUINT || new_index == G_MAXUINT)
            continue;
          /* Two footnotes of the same words (two "Resolution 79/1,
           * annex.") are the same citation, whichever the footnotes'
           * alignment paired. */
          differ = old_to_new[old_index] != new_index && g_strcmp0 (((RdFootnote *) g_ptr_array_index (rd_document_get_footnotes (old_document), old_index))->text, ((RdFootnote *) g_ptr_array_index (rd_document_get_footnotes (new_document), new_index))->text) != 0;
        }
      change->citations_changed = differ;
      if (differ && change->type == RD_CHANGE_UNCHANGED)
        {
          change->type = RD_CHANGE_MODIFIED;
          change->similarity = MIN (change->similarity, 0.999);
        }
    }
}
