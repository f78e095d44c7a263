/* rd-diff.c: word-level diff of two texts, cleaned up for reading
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One file over the house's 1,200 lines because it is one algorithm: every
 * stage below works on the same private context (the items, their
 * equivalence classes, the changed flags of both sides and the budget), and
 * the bounds at the end of this comment hold only for the stages taken
 * together (git's xdiff keeps them in one file too).  What stands alone is
 * apart: cutting a text into tokens and recognising the compound units
 * (symbols, dates, quantities) is rd-tokenize.c.
 *
 * The pipeline follows git's xdiff:
 *
 *  prepare  tokenize both texts; make items, the units compared (a token;
 *           a document symbol, date or quantity of several tokens; or the
 *           pieces of a word that a PDF text layer split with a space);
 *           trim the common prefix and suffix, across differences
 *           in where spaces fall; put the middle items into equivalence
 *           classes; join split words in the middle.
 *  compare  Myers' O(ND) algorithm with the linear-space middle snake,
 *           down to ranges small enough for an exact table that breaks
 *           ties between shortest scripts towards keeping more text; all
 *           within the budget.  Past it, patience anchors (items unique on
 *           both sides), and what is left between them marked changed.
 *  compact  slide pure insertions and deletions to clean boundaries.
 *  clean up changes equal but for spaces become equal; chaff between edits
 *           that alternate is folded into them; a wholesale rewrite
 *           becomes one deletion and one insertion.
 *  build    segments, with their white space as written.
 *
 * What the clean-up may cost, against a shortest edit script of S items
 * (a plain SES when the budget did not run out): folding an equality of E
 * items adds 2E to the edits, and an equality is folded only when it is no
 * longer than the edit after it as the algorithm found it, so folding adds
 * at most 2S: at most 3S items are deleted or inserted.  A wholesale rewrite
 * happens only when what stays in common is under REWRITE_SIMILARITY of
 * both texts, which with the folding bound keeps it under 4S.
 */

#include "config.h"

#include "rd-diff.h"
#include "rd-tokenize.h"
#include "rd-tokenize-private.h"

#include <string.h>

/* Most items joined into one word split by spaces: "Assem bly" is two, and
 * a hyphen left at a line end makes "non - governmental" three. */
#define JOIN_MAX_ITEMS 3

/* Ranges of at most this many cells (old items x new items) are compared
 * exactly by dynamic programming, which among the shortest edit scripts
 * picks the one keeping the most text: "which" rather than "of" when
 * only one of them can stay.  Myers' search splits larger ranges down to
 * this size, choosing among equal scripts blindly, so the table must hold
 * what lies between the first and last edits of a typical paragraph (90 x
 * 90 items); 32 KiB and tens of microseconds, spent only on paragraphs
 * that changed. */
#define EXACT_MAX_CELLS 8192

/* Past the budget, patience anchors are looked for this many levels deep
 * (each level costs a pass over what is left), and ranges this small on
 * both sides are still compared exactly (at most 32 x 32 cells each). */
#define FALLBACK_MAX_DEPTH 4
#define FALLBACK_EXACT_MAX 32

/* Weight of an item in the exact comparison: one match outweighs any
 * number of bytes kept (at most 255 an item, at most 90 items matched
 * within EXACT_MAX_CELLS), so the script stays a shortest one. */
#define MATCH_WEIGHT (1u << 20)

/* A diff keeping less than this share of both texts in common (Dice's
 * coefficient on items) after the chaff is folded is a rewrite: a reader
 * follows one deletion and one insertion better than islands of "the" and
 * "to".  A quarter also bounds what it may cost (see above). */
#define REWRITE_SIMILARITY 0.25

/* Score of an edit boundary at the start or end of the text, where an
 * edit is as clean as it gets. */
#define EDGE_SCORE 3

#define NO_CLASS G_MAXUINT
#define UNKNOWN_CHARS G_MAXUINT

enum
{
  OLD,
  NEW
};

/* Structures */

typedef struct
{
  guint first;  /* first token */
  guint last;   /* last token, inclusive */
  guint32 hash; /* of the compared form of the tokens */
  guint cls;    /* equivalence class, for items in the middle */
  guint chars;  /* characters in the tokens */
} Item;

typedef struct
{
  const char *text;
  GArray *tokens; /* RdToken */
  GArray *items;  /* Item */
} Side;

typedef enum
{
  HUNK_EQUAL,  /* items equal one to one */
  HUNK_SPACED, /* equal once white space is taken out, items split
                * differently ("Assem bly" / "Assembly") */
  HUNK_CHANGE, /* old items deleted, new items inserted */
} HunkKind;

typedef struct
{
  HunkKind kind;
  guint start[2]; /* items on each side */
  guint end[2];
  guint tok_start[2]; /* tokens on each side, set before building */
  guint tok_end[2];
} Hunk;

/* A stretch found while trimming: @kind with n[OLD] and n[NEW] items. */
typedef struct
{
  HunkKind kind;
  guint n[2];
} Run;

typedef struct
{
  guint32 hash;
  guint side;
  guint first; /* tokens of the representative */
  guint last;
} ClassEntry;

typedef struct
{
  RdDiffFlags flags;
  Side side[2];

  /* Equivalence classes of the middle items */
  GArray *classes; /* ClassEntry */
  guint *slots;    /* 1 + class, 0 when free */
  guint slot_mask;
  guint *count[2]; /* items of each class on each side */

  /* The compared middle */
  guint *cls[2];
  guint8 *weight[2]; /* bytes of each middle item, at most 255 */
  guint8 *changed[2];
  guint32 *table; /* for compare_exact */
  gsize table_size;
  gssize *kvd; /* the block kvdf and kvdb point into */
  gssize *kvdf;
  gssize *kvdb;
  gsize budget;
  gsize cost;
  gboolean exhausted;

  /* Fallback scratch, per class */
  guint8 *unique[2];
  guint *unique_pos;

  GArray *scratch[2]; /* gunichar */
} DiffContext;

/* Items and tokens */

static inline const RdToken *
token_at (const DiffContext *ctx,
          guint side,
          guint index)
{
  return &g_array_index (ctx->side[side].tokens, RdToken, index);
}

static inline Item *
item_at (const DiffContext *ctx,
         guint side,
         guint index)
{
  return &g_array_index (ctx->side[side].items, Item, index);
}

static inline guint
n_items (const DiffContext *ctx,
         guint side)
{
  return ctx->side[side].items->len;
}

/* Items */

static guint32 range_hash (const DiffContext *ctx, guint side, guint first, guint last);

/* The items of @side: a token each, or a compound unit of several tokens
 * (a document symbol, a date, a quantity: rd_token_compound_last ()). */
static void
make_items (DiffContext *ctx,
            guint side)
{
  Side *s = &ctx->side[side];
  gboolean ignore_punctuation = (ctx->flags & RD_DIFF_IGNORE_PUNCTUATION) != 0;
  Item *items;
  guint n = 0;

  s->items = g_array_sized_new (FALSE, FALSE, sizeof (Item), s->tokens->len);
  g_array_set_size (s->items, s->tokens->len);
  items = (Item *) (void *) s->items->data;
  for (guint t = 0; t < s->tokens->len; t++)
    {
      const RdToken *token = token_at (ctx, side, t);

      if (ignore_punctuation && token->kind == RD_TOKEN_PUNCT &&
          rd_token_is_ignored (s->text, token, ctx->flags))
        continue;
      items[n].first = t;
      items[n].last = rd_token_compound_last (s->text, s->tokens, t);
      items[n].hash = items[n].last == t ? token->hash : range_hash (ctx, side, t, items[n].last);
      items[n].cls = NO_CLASS;
      items[n].chars = UNKNOWN_CHARS;
      t = items[n].last;
      n++;
    }
  g_array_set_size (s->items, n);
}

static gboolean
ranges_equal (const DiffContext *ctx,
              guint side_a,
              guint first_a,
              guint last_a,
              guint side_b,
              guint first_b,
              guint last_b)
{
  return rd_form_equal (ctx->side[side_a].text,
                        token_at (ctx, side_a, first_a)->start,
                        token_at (ctx, side_a, last_a)->end,
                        ctx->side[side_b].text,
                        token_at (ctx, side_b, first_b)->start,
                        token_at (ctx, side_b, last_b)->end,
                        ctx->flags);
}

static gboolean
items_equal (const DiffContext *ctx,
             guint side_a,
             guint a,
             guint side_b,
             guint b)
{
  const Item *ia = item_at (ctx, side_a, a);
  const Item *ib = item_at (ctx, side_b, b);

  if (ia->cls != NO_CLASS && ib->cls != NO_CLASS)
    return ia->cls == ib->cls;
  return ia->hash == ib->hash &&
         ranges_equal (ctx, side_a, ia->first, ia->last, side_b, ib->first, ib->last);
}

static guint32
range_hash (const DiffContext *ctx,
            guint side,
            guint first,
            guint last)
{
  return rd_form_hash (ctx->side[side].text,
                       token_at (ctx, side, first)->start,
                       token_at (ctx, side, last)->end,
                       ctx->flags);
}

/* Characters in items [from, to) of @side, white space left out. */
static guint
items_chars (const DiffContext *ctx,
             guint side,
             guint from,
             guint to)
{
  const char *text = ctx->side[side].text;
  guint n = 0;

  for (guint i = from; i < to; i++)
    {
      Item *item = item_at (ctx, side, i);

      /* Counted when first needed: only edits and what lies between them
       * are. */
      if (item->chars == UNKNOWN_CHARS)
        {
          item->chars = 0;
          for (guint t = item->first; t <= item->last; t++)
            {
              const RdToken *token = token_at (ctx, side, t);

              for (const char *p = text + token->start; p < text + token->end; p++)
                item->chars += ((guchar) *p & 0xC0) != 0x80;
            }
        }
      n += item->chars;
    }
  return n;
}

/* Trimming across spaces */

/* The compared form of a run of items, a character at a time, forwards or
 * backwards. */
typedef struct
{
  const DiffContext *ctx;
  guint side;
  gssize item; /* the item being read */
  gssize step; /* +1 or -1 */
  gssize stop; /* the item where the stream ends */
  GArray *buf; /* the form of the item, in reading order */
  guint pos;
} Stream;

static void
stream_init (Stream *stream,
             const DiffContext *ctx,
             guint side,
             gssize first,
             gssize stop,
             gssize step)
{
  stream->ctx = ctx;
  stream->side = side;
  stream->item = first - step;
  stream->step = step;
  stream->stop = stop;
  stream->buf = ctx->scratch[side];
  stream->pos = 0;
  g_array_set_size (stream->buf, 0);
}

static gboolean
stream_next (Stream *stream,
             gunichar *c,
             gboolean *item_end)
{
  while (stream->pos >= stream->buf->len)
    {
      const Item *item;
      gunichar *chars;

      stream->item += stream->step;
      if (stream->item == stream->stop)
        return FALSE;
      item = item_at (stream->ctx, stream->side, stream->item);
      g_array_set_size (stream->buf, 0);
      rd_form_append (stream->ctx->side[stream->side].text,
                      token_at (stream->ctx, stream->side, item->first)->start,
                      token_at (stream->ctx, stream->side, item->last)->end,
                      stream->ctx->flags, stream->buf);
      chars = (gunichar *) stream->buf->data;
      if (stream->step < 0)
        for (guint i = 0, j = stream->buf->len; i + 1 < j; i++, j--)
          {
            gunichar tmp = chars[i];
            chars[i] = chars[j - 1];
            chars[j - 1] = tmp;
          }
      stream->pos = 0;
    }
  *c = g_array_index (stream->buf, gunichar, stream->pos);
  stream->pos++;
  *item_end = stream->pos == stream->buf->len;
  return TRUE;
}

/* The first (step +1) or last (step -1) character of the compared form of
 * an item. */
static gunichar
item_edge_char (const DiffContext *ctx,
                guint side,
                guint index,
                gssize step)
{
  const Item *item = item_at (ctx, side, index);
  RdFormIter iter;
  gunichar c;
  gunichar last = 0;

  rd_form_iter_init (&iter, ctx->side[side].text, token_at (ctx, side, item->first)->start,
                     token_at (ctx, side, item->last)->end, ctx->flags);
  if (step > 0)
    return rd_form_iter_next (&iter);
  while ((c = rd_form_iter_next (&iter)) != 0)
    last = c;
  return last;
}

/* Whether the compared forms of the items from @i and @j on (step +1) or
 * before them (step -1) run equal up to a point where both sides end an
 * item, not beyond @i_lim and @j_lim; sets @i and @j past it. */
static gboolean
sync_spaced (const DiffContext *ctx,
             gssize *i,
             gssize i_lim,
             gssize *j,
             gssize j_lim,
             gssize step)
{
  Stream a;
  Stream b;

  /* Most items that differ differ from their first character on. */
  if (step > 0 ? item_edge_char (ctx, OLD, *i, 1) != item_edge_char (ctx, NEW, *j, 1)
               : item_edge_char (ctx, OLD, *i - 1, -1) != item_edge_char (ctx, NEW, *j - 1, -1))
    return FALSE;

  if (step > 0)
    {
      stream_init (&a, ctx, OLD, *i, i_lim, 1);
      stream_init (&b, ctx, NEW, *j, j_lim, 1);
    }
  else
    {
      stream_init (&a, ctx, OLD, *i - 1, i_lim - 1, -1);
      stream_init (&b, ctx, NEW, *j - 1, j_lim - 1, -1);
    }

  for (;;)
    {
      gunichar ca;
      gunichar cb;
      gboolean end_a;
      gboolean end_b;

      if (!stream_next (&a, &ca, &end_a) || !stream_next (&b, &cb, &end_b))
        return FALSE;
      if (ca != cb)
        return FALSE;
      if (end_a && end_b)
        {
          *i = step > 0 ? a.item + 1 : a.item;
          *j = step > 0 ? b.item + 1 : b.item;
          return TRUE;
        }
    }
}

/* Trims what the old items [*i, i_lim) and new items [*j, j_lim) have in
 * common at their start (step +1; *i and *j move up) or at their end
 * (step -1; *i and *j are the ends and move down, i_lim and j_lim the
 * starts), item by item and across differences in where spaces fall.
 * Appends the runs found to @runs, in the order found. */
static void
trim_common (const DiffContext *ctx,
             gssize *i,
             gssize i_lim,
             gssize *j,
             gssize j_lim,
             gssize step,
             GArray *runs)
{
  for (;;)
    {
      gssize i0 = *i;
      gssize j0 = *j;
      Run run;

      if (step > 0)
        while (*i < i_lim && *j < j_lim && items_equal (ctx, OLD, *i, NEW, *j))
          (*i)++, (*j)++;
      else
        while (*i > i_lim && *j > j_lim && items_equal (ctx, OLD, *i - 1, NEW, *j - 1))
          (*i)--, (*j)--;
      if (*i != i0)
        {
          run.kind = HUNK_EQUAL;
          run.n[OLD] = run.n[NEW] = ABS (*i - i0);
          g_array_append_val (runs, run);
        }
      if (*i == i_lim || *j == j_lim)
        return;

      i0 = *i;
      j0 = *j;
      if (!sync_spaced (ctx, i, i_lim, j, j_lim, step))
        return;
      run.kind = HUNK_SPACED;
      run.n[OLD] = ABS (*i - i0);
      run.n[NEW] = ABS (*j - j0);
      g_array_append_val (runs, run);
    }
}

/* Hunks */

static void
hunks_append (GArray *hunks,
              HunkKind kind,
              guint n_old,
              guint n_new)
{
  Hunk hunk = { 0 };

  if (n_old == 0 && n_new == 0)
    return;
  if (hunks->len > 0)
    {
      Hunk *last = &g_array_index (hunks, Hunk, hunks->len - 1);

      if (last->kind == kind)
        {
          last->end[OLD] += n_old;
          last->end[NEW] += n_new;
          return;
        }
      hunk.start[OLD] = last->end[OLD];
      hunk.start[NEW] = last->end[NEW];
    }
  hunk.kind = kind;
  hunk.end[OLD] = hunk.start[OLD] + n_old;
  hunk.end[NEW] = hunk.start[NEW] + n_new;
  g_array_append_val (hunks, hunk);
}

static inline guint
hunk_len (const Hunk *hunk,
          guint side)
{
  return hunk->end[side] - hunk->start[side];
}

/* Drops empty hunks and merges neighbours of one kind. */
static GArray *
hunks_normalize (GArray *hunks)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (Hunk), hunks->len);

  for (guint h = 0; h < hunks->len; h++)
    {
      const Hunk *hunk = &g_array_index (hunks, Hunk, h);

      hunks_append (out, hunk->kind, hunk_len (hunk, OLD), hunk_len (hunk, NEW));
    }
  g_array_unref (hunks);
  return out;
}

/* Equivalence classes */

static inline guint32
mix_hash (guint32 h)
{
  /* MurmurHash3's finaliser: FNV leaves the low bits poorly mixed. */
  h ^= h >> 16;
  h *= 0x85ebca6b;
  h ^= h >> 13;
  h *= 0xc2b2ae35;
  h ^= h >> 16;
  return h;
}

static void
classes_init (DiffContext *ctx,
              guint n)
{
  guint size = 16;

  while (size < 2 * n + 2)
    size *= 2;
  ctx->slots = g_new0 (guint, size);
  ctx->slot_mask = size - 1;
  ctx->classes = g_array_sized_new (FALSE, FALSE, sizeof (ClassEntry), n);
}

/* The class of tokens [first, last] of @side, added when @add is set;
 * NO_CLASS when it has none. */
static guint
classify (DiffContext *ctx,
          guint side,
          guint first,
          guint last,
          guint32 hash,
          gboolean add)
{
  for (guint slot = mix_hash (hash) & ctx->slot_mask;; slot = (slot + 1) & ctx->slot_mask)
    {
      guint entry = ctx->slots[slot];
      const ClassEntry *known;
      ClassEntry fresh;

      if (entry == 0)
        {
          if (!add)
            return NO_CLASS;
          fresh.hash = hash;
          fresh.side = side;
          fresh.first = first;
          fresh.last = last;
          g_array_append_val (ctx->classes, fresh);
          ctx->slots[slot] = ctx->classes->len;
          return ctx->classes->len - 1;
        }
      known = &g_array_index (ctx->classes, ClassEntry, entry - 1);
      if (known->hash == hash &&
          ranges_equal (ctx, known->side, known->first, known->last, side, first, last))
        return entry - 1;
    }
}

static void
count_classes (DiffContext *ctx,
               const guint start[2],
               const guint end[2])
{
  for (guint side = OLD; side <= NEW; side++)
    {
      memset (ctx->count[side], 0, ctx->classes->len * sizeof (guint));
      for (guint i = start[side]; i < end[side]; i++)
        ctx->count[side][item_at (ctx, side, i)->cls]++;
    }
}

/* Joining split words */

/* Whether white space separates any two of items [from, to) of @side. */
static gboolean
items_spaced (const DiffContext *ctx,
              guint side,
              guint from,
              guint to)
{
  for (guint t = item_at (ctx, side, from)->first + 1; t <= item_at (ctx, side, to - 1)->last; t++)
    {
      const RdToken *token = token_at (ctx, side, t);

      if (token->space < token->start)
        return TRUE;
    }
  return FALSE;
}

/* A PDF text layer writes "General Assem bly" and "see king": where the
 * middle of @side has items that match nothing on the other side, joins
 * them with their neighbours when the joined form is an item there.
 * Rebuilds the items of @side and returns the new end of its middle. */
static guint
join_split_words (DiffContext *ctx,
                  guint side,
                  guint start,
                  guint end)
{
  guint other = 1 - side;
  GArray *items = ctx->side[side].items;
  GArray *joined = NULL;
  guint copied = 0; /* items before this were copied to @joined */

  for (guint k = start; k < end; k++)
    {
      for (guint length = 2; length <= JOIN_MAX_ITEMS && k + length <= end; length++)
        {
          gboolean unmatched = FALSE;
          guint first = item_at (ctx, side, k)->first;
          guint last = item_at (ctx, side, k + length - 1)->last;
          guint32 hash;
          guint cls;
          Item item;

          for (guint i = k; i < k + length && !unmatched; i++)
            unmatched = ctx->count[other][item_at (ctx, side, i)->cls] == 0;
          if (!unmatched || !items_spaced (ctx, side, k, k + length))
            continue;
          hash = range_hash (ctx, side, first, last);
          cls = classify (ctx, side, first, last, hash, FALSE);
          if (cls == NO_CLASS || ctx->count[other][cls] == 0)
            continue;

          if (joined == NULL)
            joined = g_array_sized_new (FALSE, FALSE, sizeof (Item), items->len);
          g_array_append_vals (joined, &g_array_index (items, Item, copied), k - copied);
          item.first = first;
          item.last = last;
          item.hash = hash;
          item.cls = cls;
          item.chars = items_chars (ctx, side, k, k + length);
          g_array_append_val (joined, item);
          copied = k + length;
          k += length - 1;
          break;
        }
    }

  if (joined == NULL)
    return end;
  /* The rest of the middle, then the suffix. */
  g_array_append_vals (joined, &g_array_index (items, Item, copied), end - copied);
  copied = joined->len;
  g_array_append_vals (joined, &g_array_index (items, Item, end), items->len - end);
  g_array_unref (items);
  ctx->side[side].items = joined;
  return copied;
}

/* Myers' algorithm */

typedef struct
{
  gssize i1;
  gssize i2;
} Split;

static void
mark_changed (DiffContext *ctx,
              guint side,
              gssize from,
              gssize to)
{
  if (to > from)
    memset (ctx->changed[side] + from, 1, to - from);
}

/* Finds where the shortest edit script of a[off1, lim1) and b[off2, lim2)
 * crosses its middle (Myers 1986, section 4b), searching from both ends;
 * both ranges are non-empty and trimmed.  When the budget runs out, splits
 * at the furthest point reached so far instead, as xdiff does past its
 * cost limit. */
static void
myers_split (DiffContext *ctx,
             gssize off1,
             gssize lim1,
             gssize off2,
             gssize lim2,
             Split *split)
{
  const guint *a = ctx->cls[OLD];
  const guint *b = ctx->cls[NEW];
  gssize *kvdf = ctx->kvdf;
  gssize *kvdb = ctx->kvdb;
  gssize dmin = off1 - lim2;
  gssize dmax = lim1 - off2;
  gssize fmid = off1 - off2;
  gssize bmid = lim1 - lim2;
  gboolean odd = ((fmid - bmid) & 1) != 0;
  gssize fmin = fmid;
  gssize fmax = fmid;
  gssize bmin = bmid;
  gssize bmax = bmid;
  gssize fbest = -1;
  gssize fbest1 = -1;
  gssize bbest = G_MAXSSIZE;
  gssize bbest1 = G_MAXSSIZE;

  kvdf[fmid] = off1;
  kvdb[bmid] = lim1;

  for (;;)
    {
      gssize d;

      /* Forward: the furthest reaching path on each diagonal. */
      if (fmin > dmin)
        kvdf[--fmin - 1] = -1;
      else
        ++fmin;
      if (fmax < dmax)
        kvdf[++fmax + 1] = -1;
      else
        --fmax;
      for (d = fmax; d >= fmin; d -= 2)
        {
          gssize i1;
          gssize i2;
          gssize prev;

          if (kvdf[d - 1] >= kvdf[d + 1])
            i1 = kvdf[d - 1] + 1;
          else
            i1 = kvdf[d + 1];
          prev = i1;
          i2 = i1 - d;
          while (i1 < lim1 && i2 < lim2 && a[i1] == b[i2])
            i1++, i2++;
          ctx->cost += 1 + (i1 - prev);
          kvdf[d] = i1;
          if (odd && bmin <= d && d <= bmax && kvdb[d] <= i1)
            {
              split->i1 = i1;
              split->i2 = i2;
              return;
            }
        }

      /* Backward, likewise. */
      if (bmin > dmin)
        kvdb[--bmin - 1] = G_MAXSSIZE;
      else
        ++bmin;
      if (bmax < dmax)
        kvdb[++bmax + 1] = G_MAXSSIZE;
      else
        --bmax;
      for (d = bmax; d >= bmin; d -= 2)
        {
          gssize i1;
          gssize i2;
          gssize prev;

          if (kvdb[d - 1] < kvdb[d + 1])
            i1 = kvdb[d - 1];
          else
            i1 = kvdb[d + 1] - 1;
          prev = i1;
          i2 = i1 - d;
          while (i1 > off1 && i2 > off2 && a[i1 - 1] == b[i2 - 1])
            i1--, i2--;
          ctx->cost += 1 + (prev - i1);
          kvdb[d] = i1;
          if (!odd && fmin <= d && d <= fmax && i1 <= kvdf[d])
            {
              split->i1 = i1;
              split->i2 = i2;
              return;
            }
        }

      if (ctx->cost < ctx->budget)
        continue;

      /* Out of budget: split where either search got furthest. */
      ctx->exhausted = TRUE;
      for (d = fmax; d >= fmin; d -= 2)
        {
          gssize i1 = MIN (kvdf[d], lim1);
          gssize i2 = i1 - d;

          if (i2 > lim2)
            i1 = lim2 + d, i2 = lim2;
          if (fbest < i1 + i2)
            fbest = i1 + i2, fbest1 = i1;
        }
      for (d = bmax; d >= bmin; d -= 2)
        {
          gssize i1 = MAX (off1, kvdb[d]);
          gssize i2 = i1 - d;

          if (i2 < off2)
            i1 = off2 + d, i2 = off2;
          if (i1 + i2 < bbest)
            bbest = i1 + i2, bbest1 = i1;
        }
      if ((lim1 + lim2) - bbest < fbest - (off1 + off2))
        {
          split->i1 = fbest1;
          split->i2 = fbest - fbest1;
        }
      else
        {
          split->i1 = bbest1;
          split->i2 = bbest - bbest1;
        }
      return;
    }
}

/* Exactly, by dynamic programming, for ranges of at most EXACT_MAX_CELLS:
 * a longest common subsequence, and of those the one keeping the most
 * text. */
static void
compare_exact (DiffContext *ctx,
               gssize off1,
               gssize lim1,
               gssize off2,
               gssize lim2)
{
  const guint *a = ctx->cls[OLD];
  const guint *b = ctx->cls[NEW];
  gssize n = lim1 - off1;
  gssize m = lim2 - off2;
  gssize w = m + 1;
  guint32 *score;
  gssize i;
  gssize j;

  g_assert (n * m <= EXACT_MAX_CELLS);
  if ((gsize) ((n + 1) * w) > ctx->table_size)
    {
      ctx->table_size = (n + 1) * w;
      g_free (ctx->table);
      ctx->table = g_new (guint32, ctx->table_size);
    }
  score = ctx->table;
  ctx->cost += n * m;

  /* score[i * w + j]: the best for a[off1 + i ..] against b[off2 + j ..] */
  memset (score + n * w, 0, w * sizeof (guint32));
  for (i = n - 1; i >= 0; i--)
    {
      guint32 *row = score + i * w;
      const guint32 *below = row + w;
      guint item = a[off1 + i];
      guint32 keep = MATCH_WEIGHT + ctx->weight[OLD][off1 + i];

      row[m] = 0;
      for (j = m - 1; j >= 0; j--)
        {
          guint32 best = MAX (below[j], row[j + 1]);

          if (item == b[off2 + j] && below[j + 1] + keep > best)
            best = below[j + 1] + keep;
          row[j] = best;
        }
    }

  for (i = 0, j = 0; i < n || j < m;)
    {
      if (i < n && j < m && a[off1 + i] == b[off2 + j] &&
          score[i * w + j] == score[(i + 1) * w + j + 1] + MATCH_WEIGHT + ctx->weight[OLD][off1 + i])
        i++, j++;
      else if (j == m || (i < n && score[(i + 1) * w + j] >= score[i * w + j + 1]))
        ctx->changed[OLD][off1 + i++] = 1;
      else
        ctx->changed[NEW][off2 + j++] = 1;
    }
}

typedef struct
{
  gssize i1;
  gssize i2;
} Anchor;

/* Past the budget: anchors the ranges on items that occur once on each
 * side, in the longest run of them in the same order (patience diff),
 * and compares between them the same way, a few levels deep; what is left
 * is marked changed.  Linear in the items but for the sort. */
static void
compare_coarse (DiffContext *ctx,
                gssize off1,
                gssize lim1,
                gssize off2,
                gssize lim2,
                guint depth)
{
  const guint *a = ctx->cls[OLD];
  const guint *b = ctx->cls[NEW];
  g_autoptr (GArray) anchors = NULL;
  g_autofree gssize *tails = NULL;
  g_autofree gssize *prev = NULL;
  gssize n_tails = 0;
  gssize i1;
  gssize i2;

  ctx->cost += (lim1 - off1) + (lim2 - off2);
  while (off1 < lim1 && off2 < lim2 && a[off1] == b[off2])
    off1++, off2++;
  while (off1 < lim1 && off2 < lim2 && a[lim1 - 1] == b[lim2 - 1])
    lim1--, lim2--;
  if (off1 == lim1 || off2 == lim2)
    {
      mark_changed (ctx, OLD, off1, lim1);
      mark_changed (ctx, NEW, off2, lim2);
      return;
    }
  if (lim1 - off1 <= FALLBACK_EXACT_MAX && lim2 - off2 <= FALLBACK_EXACT_MAX)
    {
      compare_exact (ctx, off1, lim1, off2, lim2);
      return;
    }

  if (depth < FALLBACK_MAX_DEPTH)
    {
      guint n_classes = ctx->classes->len;

      if (ctx->unique[OLD] == NULL)
        {
          ctx->unique[OLD] = g_new0 (guint8, n_classes);
          ctx->unique[NEW] = g_new0 (guint8, n_classes);
          ctx->unique_pos = g_new0 (guint, n_classes);
        }
      for (i1 = off1; i1 < lim1; i1++)
        if (ctx->unique[OLD][a[i1]] < 2)
          ctx->unique[OLD][a[i1]]++;
      for (i2 = off2; i2 < lim2; i2++)
        {
          if (ctx->unique[NEW][b[i2]] < 2)
            ctx->unique[NEW][b[i2]]++;
          ctx->unique_pos[b[i2]] = i2;
        }
      anchors = g_array_new (FALSE, FALSE, sizeof (Anchor));
      for (i1 = off1; i1 < lim1; i1++)
        if (ctx->unique[OLD][a[i1]] == 1 && ctx->unique[NEW][a[i1]] == 1)
          {
            Anchor anchor = { i1, ctx->unique_pos[a[i1]] };

            g_array_append_val (anchors, anchor);
          }
      for (i1 = off1; i1 < lim1; i1++)
        ctx->unique[OLD][a[i1]] = 0;
      for (i2 = off2; i2 < lim2; i2++)
        ctx->unique[NEW][b[i2]] = 0;
    }

  if (anchors == NULL || anchors->len == 0)
    {
      mark_changed (ctx, OLD, off1, lim1);
      mark_changed (ctx, NEW, off2, lim2);
      return;
    }

  /* The longest increasing run of new positions, by patience sorting:
   * tails[k] is the anchor ending the best run of length k + 1. */
  tails = g_new (gssize, anchors->len);
  prev = g_new (gssize, anchors->len);
  for (guint k = 0; k < anchors->len; k++)
    {
      gssize y = g_array_index (anchors, Anchor, k).i2;
      gssize lo = 0;
      gssize hi = n_tails;

      while (lo < hi)
        {
          gssize mid = (lo + hi) / 2;

          if (g_array_index (anchors, Anchor, tails[mid]).i2 < y)
            lo = mid + 1;
          else
            hi = mid;
        }
      prev[k] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = k;
      if (lo == n_tails)
        n_tails++;
    }

  /* Walk the run backwards, comparing after each anchor. */
  for (gssize k = tails[n_tails - 1]; k >= 0; k = prev[k])
    {
      const Anchor *anchor = &g_array_index (anchors, Anchor, k);

      compare_coarse (ctx, anchor->i1 + 1, lim1, anchor->i2 + 1, lim2, depth + 1);
      lim1 = anchor->i1;
      lim2 = anchor->i2;
    }
  compare_coarse (ctx, off1, lim1, off2, lim2, depth + 1);
}

/* Marks in ctx->changed what to delete and insert to turn a[off1, lim1)
 * into b[off2, lim2), as xdiff's xdl_recs_cmp. */
static void
compare_ranges (DiffContext *ctx,
                gssize off1,
                gssize lim1,
                gssize off2,
                gssize lim2)
{
  const guint *a = ctx->cls[OLD];
  const guint *b = ctx->cls[NEW];
  gssize cells;
  Split split;

  ctx->cost += 2;
  while (off1 < lim1 && off2 < lim2 && a[off1] == b[off2])
    off1++, off2++, ctx->cost++;
  while (off1 < lim1 && off2 < lim2 && a[lim1 - 1] == b[lim2 - 1])
    lim1--, lim2--, ctx->cost++;

  if (off1 == lim1 || off2 == lim2)
    {
      mark_changed (ctx, OLD, off1, lim1);
      mark_changed (ctx, NEW, off2, lim2);
      return;
    }
  cells = (lim1 - off1) * (lim2 - off2);
  if (cells <= EXACT_MAX_CELLS && (gsize) cells > ctx->budget - MIN (ctx->cost, ctx->budget))
    ctx->exhausted = TRUE;
  if (ctx->exhausted)
    {
      compare_coarse (ctx, off1, lim1, off2, lim2, 0);
      return;
    }
  if (cells <= EXACT_MAX_CELLS)
    {
      compare_exact (ctx, off1, lim1, off2, lim2);
      return;
    }

  myers_split (ctx, off1, lim1, off2, lim2, &split);
  compare_ranges (ctx, off1, split.i1, off2, split.i2);
  compare_ranges (ctx, split.i1, lim1, split.i2, lim2);
}

/* Compares the middle, old items [start[OLD], end[OLD]) and new items
 * [start[NEW], end[NEW]), both non-empty, and appends its hunks. */
static void
compare_middle (DiffContext *ctx,
                const guint start[2],
                guint end[2],
                GArray *hunks)
{
  guint n[2];
  guint i;
  guint j;

  /* Classes, then split words joined, then classes counted anew. */
  classes_init (ctx, (end[OLD] - start[OLD]) + (end[NEW] - start[NEW]));
  for (guint side = OLD; side <= NEW; side++)
    for (i = start[side]; i < end[side]; i++)
      {
        Item *item = item_at (ctx, side, i);

        item->cls = classify (ctx, side, item->first, item->last, item->hash, TRUE);
      }
  ctx->count[OLD] = g_new (guint, ctx->classes->len);
  ctx->count[NEW] = g_new (guint, ctx->classes->len);
  count_classes (ctx, start, end);
  for (guint side = OLD; side <= NEW; side++)
    {
      guint new_end = join_split_words (ctx, side, start[side], end[side]);

      if (new_end != end[side])
        {
          end[side] = new_end;
          count_classes (ctx, start, end);
        }
    }

  /* Nothing in common: nothing to search for. */
  for (i = 0; i < ctx->classes->len; i++)
    if (ctx->count[OLD][i] > 0 && ctx->count[NEW][i] > 0)
      break;
  if (i == ctx->classes->len)
    {
      hunks_append (hunks, HUNK_CHANGE, end[OLD] - start[OLD], end[NEW] - start[NEW]);
      return;
    }

  for (guint side = OLD; side <= NEW; side++)
    {
      n[side] = end[side] - start[side];
      ctx->cls[side] = g_new (guint, n[side]);
      ctx->weight[side] = g_new (guint8, n[side]);
      ctx->changed[side] = g_new0 (guint8, n[side]);
      for (i = 0; i < n[side]; i++)
        {
          ctx->cls[side][i] = item_at (ctx, side, start[side] + i)->cls;
          const Item *item = item_at (ctx, side, start[side] + i);

          /* Bytes, not characters: as good for breaking ties, and free. */
          ctx->weight[side][i] = MIN (token_at (ctx, side, item->last)->end -
                                          token_at (ctx, side, item->first)->start,
                                      255);
        }
    }
  /* Diagonals run from -n[NEW] to n[OLD], with a sentinel either side. */
  ctx->kvd = g_new (gssize, 2 * ((gsize) n[OLD] + n[NEW] + 3));
  ctx->kvdf = ctx->kvd + n[NEW] + 1;
  ctx->kvdb = ctx->kvd + n[OLD] + n[NEW] + 3 + n[NEW] + 1;

  compare_ranges (ctx, 0, n[OLD], 0, n[NEW]);

  /* Unchanged items pair up in order. */
  for (i = 0, j = 0; i < n[OLD] || j < n[NEW];)
    {
      guint i0 = i;
      guint j0 = j;

      while (i < n[OLD] && j < n[NEW] && !ctx->changed[OLD][i] && !ctx->changed[NEW][j])
        i++, j++;
      hunks_append (hunks, HUNK_EQUAL, i - i0, j - j0);
      i0 = i;
      j0 = j;
      while (i < n[OLD] && ctx->changed[OLD][i])
        i++;
      while (j < n[NEW] && ctx->changed[NEW][j])
        j++;
      hunks_append (hunks, HUNK_CHANGE, i - i0, j - j0);
    }
}

/* Compaction */

/* How clean an edit boundary is before item @p of @side: the text's edge,
 * after a separating mark (a clause), before an opening one; not between
 * a function word and its word ("the | Parties"). */
static int
boundary_score (const DiffContext *ctx,
                guint side,
                guint p)
{
  const char *text = ctx->side[side].text;
  const RdToken *before;
  const RdToken *after;
  int score = 0;

  if (p == 0 || p >= n_items (ctx, side))
    return EDGE_SCORE;
  after = token_at (ctx, side, item_at (ctx, side, p)->first);
  before = after - 1;
  if (rd_token_is_separator (text, before))
    score += 2;
  else if (rd_token_is_opening (text, after))
    score += 1;
  if (rd_token_is_function_word (text, before) && after->kind != RD_TOKEN_PUNCT)
    score -= 1;
  return score;
}

/* Slides each pure insertion or deletion along the equal items around it
 * (as xdiff's xdl_change_compact): up against a neighbouring edit when it
 * can reach one, so that the two read as one; else to the cleanest
 * boundaries, and lowest on a tie. */
static GArray *
compact (const DiffContext *ctx,
         GArray *hunks)
{
  GArray *padded = g_array_sized_new (FALSE, FALSE, sizeof (Hunk), hunks->len + 2);

  /* Every change between two equal hunks, empty ones where there are
   * none, for the items that slide past it to go to. */
  for (guint h = 0; h < hunks->len; h++)
    {
      const Hunk *hunk = &g_array_index (hunks, Hunk, h);
      Hunk empty = *hunk;

      empty.kind = HUNK_EQUAL;
      if (hunk->kind == HUNK_CHANGE && (h == 0 || (hunk - 1)->kind != HUNK_EQUAL))
        {
          empty.end[OLD] = empty.start[OLD];
          empty.end[NEW] = empty.start[NEW];
          g_array_append_val (padded, empty);
        }
      g_array_append_val (padded, *hunk);
      if (hunk->kind == HUNK_CHANGE && (h + 1 == hunks->len || (hunk + 1)->kind != HUNK_EQUAL))
        {
          empty.start[OLD] = empty.end[OLD] = hunk->end[OLD];
          empty.start[NEW] = empty.end[NEW] = hunk->end[NEW];
          g_array_append_val (padded, empty);
        }
    }
  g_array_unref (hunks);
  hunks = padded;

  for (guint h = 0; h < hunks->len; h++)
    {
      Hunk *hunk = &g_array_index (hunks, Hunk, h);
      Hunk *before;
      Hunk *after;
      guint side;
      guint s;
      guint e;
      guint up = 0;
      guint down = 0;
      gssize shift;

      if (hunk->kind != HUNK_CHANGE || (hunk_len (hunk, OLD) > 0) == (hunk_len (hunk, NEW) > 0))
        continue;
      before = hunk - 1; /* equal hunks, by the padding */
      after = hunk + 1;
      side = hunk_len (hunk, OLD) > 0 ? OLD : NEW;
      s = hunk->start[side];
      e = hunk->end[side];
      /* Emptied by the edit before, which slid down to meet this one. */
      if (hunk_len (before, side) == 0 && h >= 2 && (hunk - 2)->kind == HUNK_CHANGE)
        continue;

      while (up < hunk_len (before, side) &&
             items_equal (ctx, side, s - 1 - up, side, e - 1 - up))
        up++;
      while (down < hunk_len (after, side) &&
             items_equal (ctx, side, s + down, side, e + down))
        down++;
      if (up == 0 && down == 0)
        continue;

      if (up > 0 && up == hunk_len (before, side) && h >= 2 &&
          (hunk - 2)->kind == HUNK_CHANGE)
        shift = -(gssize) up;
      else if (down > 0 && down == hunk_len (after, side) && h + 2 < hunks->len &&
               (hunk + 2)->kind == HUNK_CHANGE)
        shift = down;
      else
        {
          int best = G_MININT;

          shift = 0;
          for (gssize t = -(gssize) up; t <= (gssize) down; t++)
            {
              int score = boundary_score (ctx, side, s + t) + boundary_score (ctx, side, e + t);

              if (score >= best)
                best = score, shift = t;
            }
        }

      if (shift == 0)
        continue;
      for (guint k = OLD; k <= NEW; k++)
        {
          hunk->start[k] += shift;
          hunk->end[k] += shift;
          before->end[k] += shift;
          after->start[k] += shift;
        }
    }
  return hunks_normalize (hunks);
}

/* Clean-up */

/* Turns the parts of each change that are equal but for where spaces
 * fall, at its start and end, into equal hunks. */
static GArray *
respace (const DiffContext *ctx,
         GArray *hunks)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (Hunk), hunks->len);
  g_autoptr (GArray) head = g_array_new (FALSE, FALSE, sizeof (Run));
  g_autoptr (GArray) tail = g_array_new (FALSE, FALSE, sizeof (Run));

  for (guint h = 0; h < hunks->len; h++)
    {
      const Hunk *hunk = &g_array_index (hunks, Hunk, h);
      gssize i = hunk->start[OLD];
      gssize j = hunk->start[NEW];
      gssize i_end = hunk->end[OLD];
      gssize j_end = hunk->end[NEW];

      if (hunk->kind != HUNK_CHANGE || i == i_end || j == j_end)
        {
          hunks_append (out, hunk->kind, hunk_len (hunk, OLD), hunk_len (hunk, NEW));
          continue;
        }
      g_array_set_size (head, 0);
      g_array_set_size (tail, 0);
      trim_common (ctx, &i, i_end, &j, j_end, 1, head);
      trim_common (ctx, &i_end, i, &j_end, j, -1, tail);
      for (guint r = 0; r < head->len; r++)
        {
          const Run *run = &g_array_index (head, Run, r);

          hunks_append (out, run->kind, run->n[OLD], run->n[NEW]);
        }
      hunks_append (out, HUNK_CHANGE, i_end - i, j_end - j);
      for (guint r = tail->len; r > 0; r--)
        {
          const Run *run = &g_array_index (tail, Run, r - 1);

          hunks_append (out, run->kind, run->n[OLD], run->n[NEW]);
        }
    }
  g_array_unref (hunks);
  return out;
}

/* A stretch of hunks [first, last), measured for the chaff rule; its
 * characters are counted only when the items do not decide. */
typedef struct
{
  guint first;
  guint last;
  guint items[2];
  gboolean counted;
  guint chars[2];
} Extent;

static void
extent_init (Extent *extent,
             GArray *hunks,
             guint first,
             guint last)
{
  memset (extent, 0, sizeof *extent);
  extent->first = first;
  extent->last = last;
  for (guint h = first; h < last; h++)
    for (guint side = OLD; side <= NEW; side++)
      extent->items[side] += hunk_len (&g_array_index (hunks, Hunk, h), side);
}

static inline guint
extent_items (const Extent *extent)
{
  return MAX (extent->items[OLD], extent->items[NEW]);
}

static guint
extent_chars (const DiffContext *ctx,
              GArray *hunks,
              Extent *extent)
{
  if (!extent->counted)
    {
      const Hunk *first = &g_array_index (hunks, Hunk, extent->first);
      const Hunk *last = &g_array_index (hunks, Hunk, extent->last - 1);

      for (guint side = OLD; side <= NEW; side++)
        extent->chars[side] = items_chars (ctx, side, first->start[side], last->end[side]);
      extent->counted = TRUE;
    }
  return MAX (extent->chars[OLD], extent->chars[NEW]);
}

/* An edit that both deletes and inserts. */
static inline gboolean
extent_is_replacement (const Extent *extent)
{
  return extent->items[OLD] > 0 && extent->items[NEW] > 0;
}

/* Whether the equal hunks of @equal hold only function words ("of",
 * "the") and punctuation, on the new side. */
static gboolean
extent_is_chaff (const DiffContext *ctx,
                 GArray *hunks,
                 const Extent *equal)
{
  const Hunk *first = &g_array_index (hunks, Hunk, equal->first);
  const Hunk *last = &g_array_index (hunks, Hunk, equal->last - 1);

  for (guint i = first->start[NEW]; i < last->end[NEW]; i++)
    {
      const Item *item = item_at (ctx, NEW, i);

      for (guint t = item->first; t <= item->last; t++)
        {
          const RdToken *token = token_at (ctx, NEW, t);

          if (token->kind != RD_TOKEN_PUNCT && !rd_token_is_function_word (ctx->side[NEW].text, token))
            return FALSE;
        }
    }
  return TRUE;
}

/* Whether the equality @equal between the edits @left and @right reads as
 * a fragment of one replaced clause: either edit both deletes and inserts
 * ("urges the States" / "invites the parties"); or one deletes and the
 * other inserts, and what stands between is a few function words, fewer
 * than either edit ("[-in secrecy-] of the {+data on persons+}").  Between
 * two insertions (or two deletions) the words kept are words kept
 * ("States{+, organizations+} and{+ relevant+} parties"), and so is a word
 * of substance between a deletion and an insertion ("{+including in
 * conflict,+} which [-also impairs rights and-]"). */
static gboolean
extents_alternate (const DiffContext *ctx,
                   GArray *hunks,
                   const Extent *left,
                   const Extent *equal,
                   const Extent *right)
{
  if (extent_is_replacement (left) || extent_is_replacement (right))
    return TRUE;
  return (left->items[OLD] > 0) != (right->items[OLD] > 0) &&
         extent_items (equal) < MIN (extent_items (left), extent_items (right)) &&
         extent_is_chaff (ctx, hunks, equal);
}

/* Folds chaff, in the spirit of diff-match-patch's cleanupSemantic: an
 * equality between two edits that alternate (see above) is folded into
 * them when it is no longer, in items and in characters, than the larger
 * side of each: of the edit before as grown by earlier folds, and of the
 * edit after as found.  That last condition is what bounds the cost (see
 * the top of the file); a cascade grows from the left.  Between two pure
 * insertions or two pure deletions an equality stays. */
static GArray *
fold_chaff (const DiffContext *ctx,
            GArray *hunks)
{
  Extent left = { 0 };
  gboolean have_left = FALSE;
  guint h = 0;

  while (h < hunks->len)
    {
      Extent equal;
      Extent right;
      guint first = h;

      if (g_array_index (hunks, Hunk, h).kind == HUNK_CHANGE)
        {
          extent_init (&left, hunks, h, h + 1);
          have_left = TRUE;
          h++;
          continue;
        }

      while (h < hunks->len && g_array_index (hunks, Hunk, h).kind != HUNK_CHANGE)
        h++;
      if (!have_left || h == hunks->len)
        continue;

      extent_init (&equal, hunks, first, h);
      extent_init (&right, hunks, h, h + 1);
      if (extents_alternate (ctx, hunks, &left, &equal, &right) &&
          extent_items (&equal) <= MIN (extent_items (&left), extent_items (&right)) &&
          extent_chars (ctx, hunks, &equal) <=
              MIN (extent_chars (ctx, hunks, &left), extent_chars (ctx, hunks, &right)))
        {
          for (guint k = first; k < h; k++)
            g_array_index (hunks, Hunk, k).kind = HUNK_CHANGE;
          left.last = right.last;
          for (guint side = OLD; side <= NEW; side++)
            {
              left.items[side] += equal.items[side] + right.items[side];
              left.chars[side] += equal.chars[side] + right.chars[side];
            }
        }
      else
        left = right;
      h++;
    }
  return hunks_normalize (hunks);
}

/* A rewrite with little left in common becomes one deletion and one
 * insertion; the equal text at either end stays. */
static GArray *
merge_rewrite (const DiffContext *ctx,
               GArray *hunks)
{
  guint common = 0;
  guint total = n_items (ctx, OLD) + n_items (ctx, NEW);
  guint first = G_MAXUINT;
  guint last = 0;

  for (guint h = 0; h < hunks->len; h++)
    {
      const Hunk *hunk = &g_array_index (hunks, Hunk, h);

      if (hunk->kind == HUNK_CHANGE)
        {
          first = MIN (first, h);
          last = h;
        }
      else
        common += hunk_len (hunk, OLD) + hunk_len (hunk, NEW);
    }
  if (first == G_MAXUINT || common >= REWRITE_SIMILARITY * total)
    return hunks;
  for (guint h = first; h <= last; h++)
    g_array_index (hunks, Hunk, h).kind = HUNK_CHANGE;
  return hunks_normalize (hunks);
}

/* Segments */

/* Gives each hunk its tokens on @side: its items' tokens, and the
 * punctuation left out of the comparison between items, which goes with
 * the equal text next to it (before it if both are), else with the edit. */
static void
assign_tokens (const DiffContext *ctx,
               GArray *hunks,
               guint side)
{
  Hunk *prev = NULL;
  guint n_tokens = ctx->side[side].tokens->len;

  for (guint h = 0; h < hunks->len; h++)
    {
      Hunk *hunk = &g_array_index (hunks, Hunk, h);

      hunk->tok_start[side] = hunk->tok_end[side] = 0;
      if (hunk_len (hunk, side) == 0)
        continue;
      if (prev == NULL)
        hunk->tok_start[side] = 0;
      else
        {
          guint gap_start = item_at (ctx, side, prev->end[side] - 1)->last + 1;
          guint gap_end = item_at (ctx, side, hunk->start[side])->first;
          guint boundary;

          if (prev->kind != HUNK_CHANGE || hunk->kind == HUNK_CHANGE)
            boundary = gap_end;
          else
            boundary = gap_start;
          prev->tok_end[side] = boundary;
          hunk->tok_start[side] = boundary;
        }
      prev = hunk;
    }
  if (prev != NULL)
    prev->tok_end[side] = n_tokens;
  else if (n_tokens > 0)
    {
      /* Nothing compared on this side: its punctuation goes with the edit. */
      for (guint h = 0; h < hunks->len; h++)
        {
          Hunk *hunk = &g_array_index (hunks, Hunk, h);

          if (hunk->kind == HUNK_CHANGE)
            {
              hunk->tok_start[side] = 0;
              hunk->tok_end[side] = n_tokens;
              break;
            }
        }
    }
}

static char *
tokens_text (const DiffContext *ctx,
             guint side,
             guint from,
             guint to)
{
  const char *text = ctx->side[side].text;
  guint start;

  if (from >= to)
    return g_strdup ("");
  start = token_at (ctx, side, from)->space;
  return g_strndup (text + start, token_at (ctx, side, to - 1)->end - start);
}

static guint
count_words (const DiffContext *ctx,
             guint side,
             guint from,
             guint to)
{
  guint n = 0;

  for (guint t = from; t < to; t++)
    if (token_at (ctx, side, t)->kind != RD_TOKEN_PUNCT)
      n++;
  return n;
}

static RdDiffSegment *
segment_new (RdDiffOp op,
             char *text,
             char *old_text)
{
  RdDiffSegment *segment = g_new0 (RdDiffSegment, 1);

  segment->op = op;
  segment->text = text;
  segment->old_text = old_text;
  return segment;
}

static void
segment_free (gpointer data)
{
  RdDiffSegment *segment = data;

  g_free (segment->text);
  g_free (segment->old_text);
  g_free (segment);
}

static void
add_equal (RdDiff *diff,
           const DiffContext *ctx,
           guint old_from,
           guint old_to,
           guint new_from,
           guint new_to)
{
  char *text = tokens_text (ctx, NEW, new_from, new_to);
  char *old_text = tokens_text (ctx, OLD, old_from, old_to);

  if (strcmp (text, old_text) == 0)
    g_clear_pointer (&old_text, g_free);
  g_ptr_array_add (diff->segments, segment_new (RD_DIFF_EQUAL, text, old_text));
}

static void
build_segments (RdDiff *diff,
                const DiffContext *ctx,
                GArray *hunks)
{
  gboolean pending = FALSE;
  guint from[2] = { 0, 0 };
  guint to[2] = { 0, 0 };

  assign_tokens (ctx, hunks, OLD);
  assign_tokens (ctx, hunks, NEW);

  if (hunks->len == 0)
    {
      /* Nothing compared on either side (empty, or punctuation alone
       * under RD_DIFF_IGNORE_PUNCTUATION). */
      if (ctx->side[OLD].tokens->len > 0 || ctx->side[NEW].tokens->len > 0)
        add_equal (diff, ctx, 0, ctx->side[OLD].tokens->len, 0, ctx->side[NEW].tokens->len);
      return;
    }

  for (guint h = 0; h < hunks->len; h++)
    {
      const Hunk *hunk = &g_array_index (hunks, Hunk, h);

      if (hunk->kind != HUNK_CHANGE)
        {
          if (!pending)
            {
              from[OLD] = hunk->tok_start[OLD];
              from[NEW] = hunk->tok_start[NEW];
              pending = TRUE;
            }
          to[OLD] = hunk->tok_end[OLD];
          to[NEW] = hunk->tok_end[NEW];
          continue;
        }
      if (pending)
        {
          add_equal (diff, ctx, from[OLD], to[OLD], from[NEW], to[NEW]);
          pending = FALSE;
        }
      if (hunk->tok_end[OLD] > hunk->tok_start[OLD])
        {
          g_ptr_array_add (diff->segments,
                           segment_new (RD_DIFF_DELETE,
                                        tokens_text (ctx, OLD, hunk->tok_start[OLD], hunk->tok_end[OLD]),
                                        NULL));
          diff->words_deleted += count_words (ctx, OLD, hunk->tok_start[OLD], hunk->tok_end[OLD]);
        }
      if (hunk->tok_end[NEW] > hunk->tok_start[NEW])
        {
          g_ptr_array_add (diff->segments,
                           segment_new (RD_DIFF_INSERT,
                                        tokens_text (ctx, NEW, hunk->tok_start[NEW], hunk->tok_end[NEW]),
                                        NULL));
          diff->words_inserted += count_words (ctx, NEW, hunk->tok_start[NEW], hunk->tok_end[NEW]);
        }
    }
  if (pending)
    add_equal (diff, ctx, from[OLD], to[OLD], from[NEW], to[NEW]);
}

static void
context_clear (DiffContext *ctx)
{
  for (guint side = OLD; side <= NEW; side++)
    {
      g_clear_pointer (&ctx->side[side].tokens, g_array_unref);
      g_clear_pointer (&ctx->side[side].items, g_array_unref);
      g_clear_pointer (&ctx->count[side], g_free);
      g_clear_pointer (&ctx->cls[side], g_free);
      g_clear_pointer (&ctx->weight[side], g_free);
      g_clear_pointer (&ctx->changed[side], g_free);
      g_clear_pointer (&ctx->unique[side], g_free);
      g_clear_pointer (&ctx->scratch[side], g_array_unref);
    }
  g_clear_pointer (&ctx->classes, g_array_unref);
  g_clear_pointer (&ctx->slots, g_free);
  g_clear_pointer (&ctx->table, g_free);
  g_clear_pointer (&ctx->unique_pos, g_free);
  g_clear_pointer (&ctx->kvd, g_free);
}

/* Public API */

RdDiff *
rd_diff_texts (const char *old_text,
               const char *new_text,
               RdDiffFlags flags,
               gsize budget)
{
  DiffContext ctx = { 0 };
  RdDiff *diff = g_new0 (RdDiff, 1);
  g_autoptr (GArray) head = g_array_new (FALSE, FALSE, sizeof (Run));
  g_autoptr (GArray) tail = g_array_new (FALSE, FALSE, sizeof (Run));
  GArray *hunks;
  gssize i;
  gssize j;
  gssize i_end;
  gssize j_end;

  ctx.flags = flags;
  ctx.budget = budget > 0 ? budget : RD_DIFF_DEFAULT_BUDGET;
  ctx.side[OLD].text = old_text != NULL ? old_text : "";
  ctx.side[NEW].text = new_text != NULL ? new_text : "";
  diff->segments = g_ptr_array_new_with_free_func (segment_free);

  /* Most paragraphs of a revision are unchanged. */
  if (strcmp (ctx.side[OLD].text, ctx.side[NEW].text) == 0)
    {
      ctx.side[OLD].tokens = rd_tokenize (ctx.side[OLD].text, flags);
      ctx.side[NEW].tokens = g_array_ref (ctx.side[OLD].tokens);
      diff->words_old = diff->words_new = count_words (&ctx, OLD, 0, ctx.side[OLD].tokens->len);
      if (ctx.side[NEW].tokens->len > 0)
        g_ptr_array_add (diff->segments,
                         segment_new (RD_DIFF_EQUAL,
                                      tokens_text (&ctx, NEW, 0, ctx.side[NEW].tokens->len),
                                      NULL));
      context_clear (&ctx);
      return diff;
    }

  for (guint side = OLD; side <= NEW; side++)
    {
      ctx.side[side].tokens = rd_tokenize (ctx.side[side].text, flags);
      ctx.scratch[side] = g_array_new (FALSE, FALSE, sizeof (gunichar));
      make_items (&ctx, side);
    }
  diff->words_old = count_words (&ctx, OLD, 0, ctx.side[OLD].tokens->len);
  diff->words_new = count_words (&ctx, NEW, 0, ctx.side[NEW].tokens->len);

  /* The common prefix and suffix; the whole text when the two differ at
   * most in white space. */
  i = j = 0;
  trim_common (&ctx, &i, n_items (&ctx, OLD), &j, n_items (&ctx, NEW), 1, head);
  i_end = n_items (&ctx, OLD);
  j_end = n_items (&ctx, NEW);
  trim_common (&ctx, &i_end, i, &j_end, j, -1, tail);
  ctx.cost += i + (n_items (&ctx, OLD) - i_end) + 2;

  hunks = g_array_new (FALSE, FALSE, sizeof (Hunk));
  for (guint r = 0; r < head->len; r++)
    {
      const Run *run = &g_array_index (head, Run, r);

      hunks_append (hunks, run->kind, run->n[OLD], run->n[NEW]);
    }
  if (i < i_end && j < j_end)
    {
      guint start[2] = { i, j };
      guint end[2] = { i_end, j_end };

      compare_middle (&ctx, start, end, hunks);
    }
  else
    hunks_append (hunks, HUNK_CHANGE, i_end - i, j_end - j);
  for (guint r = tail->len; r > 0; r--)
    {
      const Run *run = &g_array_index (tail, Run, r - 1);

      hunks_append (hunks, run->kind, run->n[OLD], run->n[NEW]);
    }

  hunks = compact (&ctx, hunks);
  hunks = respace (&ctx, hunks);
  hunks = fold_chaff (&ctx, hunks);
  hunks = merge_rewrite (&ctx, hunks);
  build_segments (diff, &ctx, hunks);
  diff->coarse = ctx.exhausted;
  diff->cost = ctx.cost;

  g_array_unref (hunks);
  context_clear (&ctx);
  return diff;
}

void
rd_diff_free (RdDiff *diff)
{
  if (diff == NULL)
    return;
  g_ptr_array_unref (diff->segments);
  g_free (diff);
}

gboolean
rd_diff_has_changes (const RdDiff *diff)
{
  g_return_val_if_fail (diff != NULL, FALSE);

  for (guint k = 0; k < diff->segments->len; k++)
    {
      const RdDiffSegment *segment = g_ptr_array_index (diff->segments, k);

      if (segment->op != RD_DIFF_EQUAL)
        return TRUE;
    }
  return FALSE;
}

double
rd_diff_similarity (const RdDiff *diff)
{
  guint total;
  guint common;

  g_return_val_if_fail (diff != NULL, 0.0);

  total = diff->words_old + diff->words_new;
  if (total == 0)
    return 1.0;
  common = (diff->words_old - diff->words_deleted) + (diff->words_new - diff->words_inserted);
  return (double) common / total;
}

static char *
rebuild (const RdDiff *diff,
         RdDiffOp skip)
{
  GString *out = g_string_new (NULL);

  for (guint k = 0; k < diff->segments->len; k++)
    {
      const RdDiffSegment *segment = g_ptr_array_index (diff->segments, k);

      if (segment->op == skip)
        continue;
      if (segment->op == RD_DIFF_EQUAL && skip == RD_DIFF_INSERT && segment->old_text != NULL)
        g_string_append (out, segment->old_text);
      else
        g_string_append (out, segment->text);
    }
  return g_string_free (out, FALSE);
}

char *
rd_diff_old_text (const RdDiff *diff)
{
  g_return_val_if_fail (diff != NULL, NULL);

  return rebuild (diff, RD_DIFF_INSERT);
}

char *
rd_diff_new_text (const RdDiff *diff)
{
  g_return_val_if_fail (diff != NULL, NULL);

  return rebuild (diff, RD_DIFF_DELETE);
}
