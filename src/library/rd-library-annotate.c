/* rd-library-annotate.c: agreed language in a comparison's notes
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-library-annotate.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rd-annotations.h"
#include "rd-library-text.h"

/* Static helpers */

typedef struct
{
  GHashTable *notes;      /* const RdChange * -> char * */
  GHashTable *passages;   /* const RdChange * -> GPtrArray of RdPassageNote * */
  GHashTable *agreements; /* const RdChange * -> RdChangeAgreement * */
  char *library_path;
  guint counts[3];
} Notes;

static void
notes_free (gpointer data)
{
  Notes *notes = data;

  g_hash_table_unref (notes->notes);
  g_hash_table_unref (notes->passages);
  g_hash_table_unref (notes->agreements);
  g_free (notes->library_path);
  g_free (notes);
}

static char *
on_change_note (const RdChange *change,
                gpointer user_data)
{
  Notes *notes = user_data;

  return g_strdup (g_hash_table_lookup (notes->notes, change));
}

static const GPtrArray *
on_passages (const RdChange *change,
             gpointer user_data)
{
  Notes *notes = user_data;

  return g_hash_table_lookup (notes->passages, change);
}

static const RdChangeAgreement *
on_change_agreement (const RdChange *change,
                     gpointer user_data)
{
  Notes *notes = user_data;

  return g_hash_table_lookup (notes->agreements, change);
}

static GPtrArray *
on_sections (gpointer user_data)
{
  Notes *notes = user_data;
  GPtrArray *sections = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_note_section_free);
  /* TRANSLATORS: a heading of the summary; %s is the library's file */
  g_autofree char *title = g_strdup_printf (_ ("Agreed language (library %s):"), notes->library_path);
  RdNoteSection *section = rd_note_section_new (title);

  /* TRANSLATORS: paragraphs with insertions, by the language of what was inserted */
  g_ptr_array_add (section->lines, g_strdup_printf (_ ("inserted or modified paragraphs: %u agreed, %u partly agreed, %u new"), notes->counts[RD_LANGUAGE_AGREED], notes->counts[RD_LANGUAGE_PARTLY], notes->counts[RD_LANGUAGE_NEW]));
  g_ptr_array_add (sections, section);
  return sections;
}

typedef struct
{
  guint start;
  guint end;
} ByteRange;

/* The new text of one paragraph of @change and where its insertions are
 * in it: the diff's equal and inserted segments in order; a whole
 * paragraph when the change has no diff. */
static char *
new_text_with_insertions (RdComparison *comparison,
                          const RdChange *change,
                          const RdDiff *diff,
                          guint new_item,
                          GArray *insertions)
{
  GString *text = g_string_new (NULL);

  if (diff == NULL)
    {
      GPtrArray *paragraphs = rd_document_get_paragraphs (rd_comparison_get_new (comparison));
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, new_item);
      ByteRange all = { 0, strlen (paragraph->text) };

      g_string_append (text, paragraph->text);
      g_array_append_val (insertions, all);
      return g_string_free (text, FALSE);
    }
  for (guint i = 0; i < diff->segments->len; i++)
    {
      const RdDiffSegment *segment = g_ptr_array_index (diff->segments, i);

      if (segment->op == RD_DIFF_INSERT)
        {
          ByteRange range = { text->len, text->len + strlen (segment->text) };

          g_array_append_val (insertions, range);
          g_string_append (text, segment->text);
        }
      else if (segment->op == RD_DIFF_EQUAL)
        g_string_append (text, segment->text);
    }
  return g_string_free (text, FALSE);
}

static char *
describe_place (const RdPrecedent *precedent)
{
  if (g_strcmp0 (precedent->kind, "preambular") == 0 && precedent->number != NULL)
    return g_strdup_printf (_ ("PP %s"), precedent->number);
  if (precedent->number != NULL && (g_strcmp0 (precedent->kind, "operative") == 0 || g_strcmp0 (precedent->kind, "subparagraph") == 0))
    return g_strdup_printf (_ ("OP %s"), precedent->number);
  return g_strdup (precedent->number != NULL ? precedent->number : "");
}

/* Public API */

gboolean
rd_library_change_language (RdPrecedentFinder *finder,
                            RdComparison *comparison,
                            const RdChange *change,
                            RdLanguage *language,
                            RdPrecedent **source,
                            guint *n_inserted,
                            guint *n_agreed,
                            GPtrArray *passages)
{
  g_autoptr (GHashTable) by_source = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (RdPrecedent) best = NULL;
  guint best_count = 0;

  *n_inserted = 0;
  *n_agreed = 0;
  *source = NULL;
  if (change->footnote || change->new_items->len == 0)
    return FALSE;
  for (guint item = 0; item < change->new_items->len; item++)
    {
      guint new_item = g_array_index (change->new_items, guint, item);
      /* Modified and moved: the diff; split: each new paragraph's part;
       * inserted and merged: the new paragraph whole. */
      const RdDiff *diff = NULL;
      g_autoptr (GArray) insertions = g_array_new (FALSE, FALSE, sizeof (ByteRange));
      g_autofree char *text = NULL;
      g_autoptr (GArray) words = NULL;
      g_autoptr (RdParagraphPrecedents) found = NULL;
      /* The passage being grown: agreed words in a row, one insertion,
       * one source. */
      RdPassageNote *open = NULL;
      guint open_range = G_MAXUINT;

      if (change->type == RD_CHANGE_MODIFIED || change->type == RD_CHANGE_MOVED)
        diff = change->diff;
      else if (change->type == RD_CHANGE_SPLIT && change->parts != NULL && item < change->parts->len)
        diff = g_ptr_array_index (change->parts, item);
      text = new_text_with_insertions (comparison, change, diff, new_item, insertions);
      if (insertions->len == 0)
        continue;
      found = rd_precedent_finder_find (finder, new_item, text);
      words = rd_library_text_words (text);

      for (guint w = 0; w < words->len; w++)
        {
          const RdLibraryWord *word = &g_array_index (words, RdLibraryWord, w);
          gboolean inserted = FALSE;
          guint in_range = G_MAXUINT;
          const RdPrecedent *agreed_by = NULL;

          for (guint r = 0; r < insertions->len && !inserted; r++)
            {
              const ByteRange *range = &g_array_index (insertions, ByteRange, r);
              inserted = word->start < range->end && range->start < word->end;
              in_range = r;
            }
          if (!inserted)
            {
              open = NULL;
              continue;
            }
          (*n_inserted)++;
          /* The first adopted text whose passage holds the word. */
          for (guint s = 0; s < found->spans->len && agreed_by == NULL; s++)
            {
              const RdPrecedentSpan *span = &g_array_index (found->spans, RdPrecedentSpan, s);
              const RdPrecedent *precedent = g_ptr_array_index (found->precedents, span->precedent);

              if (precedent->adopted && span->start_byte <= word->start && word->end <= span->end_byte)
                agreed_by = precedent;
            }
          if (passages != NULL && agreed_by != NULL)
            {
              g_autofree char *place = describe_place (agreed_by);
              g_autofree char *source_name = g_strdup_printf ("%s, %s", agreed_by->symbol != NULL ? agreed_by->symbol : agreed_by->path, place);

              if (open != NULL && open_range == in_range && strcmp (open->source, source_name) == 0)
                open->end = word->end;
              else
                {
                  open = g_new0 (RdPassageNote, 1);
                  open->new_index = new_item;
                  open->text_length = strlen (text);
                  open->start = word->start;
                  open->end = word->end;
                  open->source = g_steal_pointer (&source_name);
                  open_range = in_range;
                  g_ptr_array_add (passages, open);
                }
            }
          else
            open = NULL;
          if (agreed_by != NULL)
            {
              char *key = g_strdup_printf ("%s\n%s\n%s", agreed_by->path, agreed_by->kind, agreed_by->number != NULL ? agreed_by->number : "");
              guint count = GPOINTER_TO_UINT (g_hash_table_lookup (by_source, key)) + 1;

              (*n_agreed)++;
              /* The table frees @key (or the one it has). */
              g_hash_table_insert (by_source, key, GUINT_TO_POINTER (count));
              if (count > best_count)
                {
                  best_count = count;
                  g_clear_pointer (&best, rd_precedent_free);
                  best = rd_precedent_copy (agreed_by);
                }
            }
        }
    }
  if (*n_inserted == 0)
    return FALSE;
  *language = *n_agreed == *n_inserted ? RD_LANGUAGE_AGREED : *n_agreed > 0 ? RD_LANGUAGE_PARTLY
                                                                            : RD_LANGUAGE_NEW;
  *source = g_steal_pointer (&best);
  return TRUE;
}

gboolean
rd_library_annotate (RdLibrary *library,
                     RdComparison *comparison,
                     GError **error)
{
  g_autoptr (RdPrecedentFinder) finder = NULL;
  GPtrArray *changes = rd_comparison_get_changes (comparison);
  Notes *notes;
  RdAnnotations annotations = { 0 };

  g_return_val_if_fail (RD_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (RD_IS_COMPARISON (comparison), FALSE);

  finder = rd_precedent_finder_new (library, rd_comparison_get_new (comparison), error);
  if (finder == NULL)
    return FALSE;
  notes = g_new0 (Notes, 1);
  notes->notes = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  notes->passages = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  notes->agreements = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) rd_change_agreement_free);
  notes->library_path = g_strdup (rd_library_get_path (library));
  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);
      g_autoptr (RdPrecedent) source = NULL;
      RdLanguage language = RD_LANGUAGE_NEW;
      guint n_inserted = 0, n_agreed = 0;
      char *note = NULL;

      g_autoptr (GPtrArray) passages = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_passage_note_free);

      if (!rd_change_is_difference (change) || !rd_library_change_language (finder, comparison, change, &language, &source, &n_inserted, &n_agreed, passages))
        continue;
      if (passages->len > 0)
        g_hash_table_insert (notes->passages, (gpointer) change, g_steal_pointer (&passages));
      notes->counts[language]++;
      {
        /* The same as data, for the window's filter and panel. */
        RdChangeAgreement *agreement = rd_change_agreement_new (language == RD_LANGUAGE_AGREED   ? RD_AGREEMENT_AGREED
                                                                : language == RD_LANGUAGE_PARTLY ? RD_AGREEMENT_PARTLY
                                                                                                 : RD_AGREEMENT_NEW);

        agreement->n_inserted = n_inserted;
        agreement->n_agreed = n_agreed;
        if (source != NULL && language != RD_LANGUAGE_NEW)
          {
            g_autofree char *place = describe_place (source);
            agreement->source = g_strdup_printf ("%s, %s", source->symbol != NULL ? source->symbol : source->path, place);
          }
        g_hash_table_insert (notes->agreements, (gpointer) change, agreement);
      }
      if (language == RD_LANGUAGE_AGREED)
        {
          g_autofree char *place = describe_place (source);
          /* TRANSLATORS: a change's note: where the wording it inserted was adopted: "agreed in A/RES/79/198, OP 12" */
          note = g_strdup_printf (_ ("agreed in %s, %s"), source->symbol != NULL ? source->symbol : source->path, place);
        }
      else if (language == RD_LANGUAGE_PARTLY)
        {
          g_autofree char *place = describe_place (source);
          /* TRANSLATORS: a change's note: words of the insertion adopted before, of all inserted, and where */
          note = g_strdup_printf (_ ("partly agreed (%u of %u words): %s, %s"), n_agreed, n_inserted, source->symbol != NULL ? source->symbol : source->path, place);
        }
      else
        /* TRANSLATORS: a change's note: no adopted resolution has the wording it inserted */
        note = g_strdup (_ ("new language"));
      g_hash_table_insert (notes->notes, (gpointer) change, note);
    }
  if (!rd_precedent_finder_check (finder, error))
    {
      notes_free (notes);
      return FALSE;
    }
  annotations.change_note = on_change_note;
  annotations.sections = on_sections;
  annotations.passages = on_passages;
  annotations.change_agreement = on_change_agreement;
  annotations.user_data = notes;
  annotations.destroy = notes_free;
  rd_annotations_attach (comparison, &annotations);
  return TRUE;
}
