/* rd-presentation-runs.c: the text of a shown paragraph as runs
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One side's text, as the diff spells it out, cut into runs marked common,
 * inserted or deleted, with the footnote marks placed after the non-space
 * character they followed and the leading verb phrase measured
 * (rd-presentation.h has the rules); and the passages of agreed language
 * marked in a paragraph's inserted runs.  Which paragraphs a change shows
 * is rd-presentation.c.
 */

#include "config.h"

#include "rd-presentation-private.h"

#include <string.h>

#include "rd-routine.h"

/* Static helpers */

static gsize
count_nonspace (const char *text,
                gsize length)
{
  gsize count = 0;

  for (const char *p = text; p < text + length && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      count++;
  return count;
}

static gboolean
cursor_in_verb (const RdRunCursor *cursor)
{
  return cursor != NULL && cursor->count < cursor->verb_count;
}

static gboolean
cursor_has_ref_due (const RdRunCursor *cursor)
{
  return cursor->refs != NULL && cursor->next < cursor->refs->len && g_array_index (cursor->counts, gsize, cursor->next) <= cursor->count;
}

static void
add_ref (RdRuns *out,
         RdRunCursor *cursor,
         RdRunMark mark)
{
  const RdFootnoteRef *ref = &g_array_index (cursor->refs, RdFootnoteRef, cursor->next++);
  RdRun *run = rd_run_new (RD_RUN_FOOTNOTE_REF, mark, ref->marker);

  run->footnote_side = cursor->side;
  run->footnote = rd_presentation_find_footnote (out->presentation, cursor->side, ref->marker);
  g_ptr_array_add (out->runs, run);
}

static void
add_text_run (RdRuns *out,
              const char *text,
              gsize length,
              RdRunMark mark,
              gsize verb_length)
{
  RdRun *run;

  if (length == 0)
    return;
  run = rd_run_new (RD_RUN_TEXT, mark, NULL);
  run->text = g_strndup (text, length);
  run->verb_length = MIN (verb_length, length);
  run->routine = out->routine && mark != RD_RUN_COMMON;
  g_ptr_array_add (out->runs, run);
}

/* Moves @cursor over @text without showing it: the other version's
 * spelling of common text shown once. */
static void
cursor_pass (RdRunCursor *cursor,
             const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      {
        cursor->count++;
        while (cursor_has_ref_due (cursor))
          cursor->next++;
      }
}

/* A piece of @run, bytes @start to @end of its text, marked as it is. */
static RdRun *
run_piece (const RdRun *run,
           gsize start,
           gsize end)
{
  g_autofree char *text = g_strndup (run->text + start, end - start);
  RdRun *piece = rd_run_new (run->kind, run->mark, text);

  piece->routine = run->routine;
  piece->verb_length = run->verb_length > start ? MIN (run->verb_length, end) - start : 0;
  return piece;
}

static gboolean
only_space (const char *text,
            gsize length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (text[i]))
      return FALSE;
  return TRUE;
}

/* Private API */

GPtrArray *
rd_runs_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) rd_run_free);
}

void
rd_run_cursor_init (RdRunCursor *cursor,
                    RdSide side,
                    const RdChangeItem *item)
{
  gsize length = item->text != NULL ? strlen (item->text) : 0;

  memset (cursor, 0, sizeof *cursor);
  cursor->side = side;
  cursor->counts = g_array_new (FALSE, FALSE, sizeof (gsize));
  if (item->text == NULL)
    return;
  /* The verb, when the text starts with it (the parser took it from
   * there; a text edited since may not). */
  if (item->verb != NULL && *item->verb != '\0' && g_str_has_prefix (item->text, item->verb))
    cursor->verb_count = count_nonspace (item->verb, strlen (item->verb));
  cursor->refs = item->footnotes != NULL && item->footnotes->len > 0 ? item->footnotes : NULL;
  for (guint i = 0; cursor->refs != NULL && i < cursor->refs->len; i++)
    {
      const RdFootnoteRef *ref = &g_array_index (cursor->refs, RdFootnoteRef, i);
      gsize count = count_nonspace (item->text, MIN (ref->offset, length));

      g_array_append_val (cursor->counts, count);
    }
}

void
rd_run_cursor_clear (RdRunCursor *cursor)
{
  g_clear_pointer (&cursor->counts, g_array_unref);
}

/*
 * Appends @text, a piece of one side's text marked @mark, as runs.  @owner
 * is the version whose text it is: its footnote marks are placed (a mark
 * right after the non-space character it followed).  @follower, when not
 * NULL, is the other version reading the same text (the common text of a
 * redline): it moves on, its marks (the owner's own) are passed over, and
 * its verb phrase counts as well.
 */
void
rd_runs_add_piece (RdRuns *out,
                   const char *text,
                   RdRunMark mark,
                   RdRunCursor *owner,
                   RdRunCursor *follower)
{
  const char *start = text;
  gsize verb_end = 0; /* bytes of the run being built in a verb phrase */

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *next = g_utf8_next_char (p);

      if (g_unichar_isspace (g_utf8_get_char (p)))
        continue;
      /* A mark that stood before any character (the paragraph's first). */
      while (owner != NULL && cursor_has_ref_due (owner))
        {
          add_text_run (out, start, p - start, mark, verb_end);
          start = p;
          verb_end = 0;
          add_ref (out, owner, mark);
        }
      if (cursor_in_verb (owner) || cursor_in_verb (follower))
        verb_end = next - start;
      if (owner != NULL)
        owner->count++;
      if (follower != NULL)
        {
          follower->count++;
          while (cursor_has_ref_due (follower))
            follower->next++;
        }
      /* The marks that followed this character. */
      if (owner != NULL && cursor_has_ref_due (owner))
        {
          add_text_run (out, start, next - start, mark, verb_end);
          start = next;
          verb_end = 0;
          while (cursor_has_ref_due (owner))
            add_ref (out, owner, mark);
        }
    }
  add_text_run (out, start, strlen (start), mark, verb_end);
}

/* The marks the text never reached, at the end. */
void
rd_runs_add_remaining_refs (RdRuns *out,
                            RdRunCursor *cursor,
                            RdRunMark mark)
{
  while (cursor != NULL && cursor->refs != NULL && cursor->next < cursor->refs->len)
    add_ref (out, cursor, mark);
}

/* The pieces of @diff that @side shows, as runs: the old side reads
 * common and deleted text (common text in its old spelling), the new side
 * common and inserted, the redline all of it. */
void
rd_runs_add_diff (RdRuns *out,
                  const RdDiff *diff,
                  RdSide side,
                  RdRunCursor *old_cursor,
                  RdRunCursor *new_cursor)
{
  g_autoptr (GArray) routine = rd_routine_mark_diff (diff, NULL);

  for (guint s = 0; diff != NULL && s < diff->segments->len; s++)
    {
      const RdDiffSegment *segment = g_ptr_array_index (diff->segments, s);

      out->routine = g_array_index (routine, gboolean, s);
      switch (segment->op)
        {
        case RD_DIFF_EQUAL:
          if (side == RD_SIDE_OLD)
            rd_runs_add_piece (out, segment->old_text != NULL ? segment->old_text : segment->text, RD_RUN_COMMON, old_cursor, NULL);
          else if (side == RD_SIDE_NEW)
            rd_runs_add_piece (out, segment->text, RD_RUN_COMMON, new_cursor, NULL);
          else if (segment->old_text == NULL)
            rd_runs_add_piece (out, segment->text, RD_RUN_COMMON, new_cursor, old_cursor);
          else
            {
              rd_runs_add_piece (out, segment->text, RD_RUN_COMMON, new_cursor, NULL);
              if (old_cursor != NULL)
                cursor_pass (old_cursor, segment->old_text);
            }
          break;
        case RD_DIFF_DELETE:
          if (side != RD_SIDE_NEW)
            rd_runs_add_piece (out, segment->text, RD_RUN_DELETED, old_cursor, NULL);
          break;
        case RD_DIFF_INSERT:
          if (side != RD_SIDE_OLD)
            rd_runs_add_piece (out, segment->text, RD_RUN_INSERTED, new_cursor, NULL);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  out->routine = FALSE;
}

/* Marks the inserted runs of @paragraph that @passages (rd-annotations.h)
 * say were adopted before, cutting runs at the passages' ends.  Offsets
 * count the common and inserted text, as the passages do; when the two
 * lengths disagree (a paragraph shown otherwise than the annotator read
 * it) nothing is marked rather than the wrong words. */
void
rd_shown_paragraph_mark_agreed_passages (RdShownParagraph *paragraph,
                                         const GPtrArray *passages)
{
  g_autoptr (GPtrArray) runs = NULL;
  gsize length = 0;
  gsize expected = G_MAXSIZE;
  gsize offset = 0;

  for (guint p = 0; p < passages->len; p++)
    {
      const RdPassageNote *passage = g_ptr_array_index (passages, p);

      if (passage->new_index == paragraph->index)
        expected = passage->text_length;
    }
  if (expected == G_MAXSIZE)
    return;
  for (guint i = 0; i < paragraph->runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (paragraph->runs, i);

      if (run->kind == RD_RUN_TEXT && run->mark != RD_RUN_DELETED)
        length += strlen (run->text);
    }
  if (length != expected)
    return;

  runs = g_steal_pointer (&paragraph->runs);
  paragraph->runs = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_run_free);
  for (guint i = 0; i < runs->len; i++)
    {
      RdRun *run = g_ptr_array_index (runs, i);
      gsize run_length;
      gsize cut = 0;
      gsize piece_start = 0;

      if (run->kind != RD_RUN_TEXT || run->mark == RD_RUN_DELETED)
        {
          g_ptr_array_add (paragraph->runs, g_ptr_array_steal_index (runs, i--));
          continue;
        }
      run_length = strlen (run->text);
      if (run->mark == RD_RUN_COMMON)
        {
          offset += run_length;
          g_ptr_array_add (paragraph->runs, g_ptr_array_steal_index (runs, i--));
          continue;
        }
      /* Inserted: pieces in and out of the passages, in order; white
       * space alone before a passage goes with it (no empty mark). */
      while (cut < run_length)
        {
          gsize next = run_length;
          const char *source = NULL;

          for (guint p = 0; p < passages->len; p++)
            {
              const RdPassageNote *passage = g_ptr_array_index (passages, p);
              gsize here = offset + cut;

              if (passage->new_index != paragraph->index || passage->end <= here || passage->start >= offset + run_length)
                continue;
              if (passage->start <= here)
                {
                  source = passage->source;
                  next = MIN (next, passage->end - offset);
                }
              else
                next = MIN (next, passage->start - offset);
            }
          if (source == NULL && next < run_length && only_space (run->text + piece_start, next - piece_start))
            {
              /* Joins the passage that follows. */
              cut = next;
              continue;
            }
          {
            RdRun *piece = run_piece (run, piece_start, next);

            piece->agreed_in = g_strdup (source);
            g_ptr_array_add (paragraph->runs, piece);
          }
          cut = piece_start = next;
        }
      offset += run_length;
    }
}

/* Public API */

RdRun *
rd_run_new (RdRunKind kind,
            RdRunMark mark,
            const char *text)
{
  RdRun *run = g_new (RdRun, 1);

  *run = (RdRun){ .kind = kind, .mark = mark, .text = g_strdup (text), .footnote_side = RD_SIDE_NEW, .footnote = G_MAXUINT, .routine = FALSE };
  return run;
}

void
rd_run_free (RdRun *run)
{
  if (run == NULL)
    return;
  g_free (run->text);
  g_free (run->agreed_in);
  g_free (run);
}

gboolean
rd_run_needs_space_before (const RdRun *previous,
                           const RdRun *run)
{
  gsize length;

  g_return_val_if_fail (run != NULL, FALSE);

  if (previous == NULL || previous->mark != RD_RUN_DELETED || previous->text == NULL)
    return FALSE;
  if (run->kind != RD_RUN_TEXT || run->mark != RD_RUN_INSERTED || run->text == NULL)
    return FALSE;
  length = strlen (previous->text);
  return length > 0 && !g_ascii_isspace (previous->text[length - 1]) && !g_ascii_isspace (run->text[0]);
}
