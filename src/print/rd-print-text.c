/* rd-print-text.c: text with Pango attributes, and the runs of the
 * presentation model drawn as print marks them
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text is built as a plain string with a PangoAttrList over byte ranges,
 * never as markup, so document text needs no escaping.  Marks survive
 * black-and-white printing: insertions underlined, deletions struck
 * through (both also coloured).
 */

#include "config.h"

#include "rd-print-text.h"

#include <glib/gi18n-lib.h>

#include <string.h>

/* Footnote marks are raised this many points and set at this scale of
 * the text around them (a third of an em smaller), as printed footnote
 * marks are. */
#define SUPERSCRIPT_RISE 3.0
#define SUPERSCRIPT_SCALE 0.7

/* Static helpers */

/* GNOME palette, the darker shades so text stays readable on paper; red
 * and blue stay apart for the common forms of colour blindness. */
static const struct
{
  double red, green, blue;
} inks[RD_PRINT_N_INKS] = {
  [RD_PRINT_INK_TEXT] = { 0.0, 0.0, 0.0 },
  [RD_PRINT_INK_MUTED] = { 0.369, 0.361, 0.392 },    /* #5e5c64 */
  [RD_PRINT_INK_INSERTED] = { 0.102, 0.373, 0.706 }, /* #1a5fb4 */
  [RD_PRINT_INK_DELETED] = { 0.753, 0.110, 0.157 },  /* #c01c28 */
  [RD_PRINT_INK_MOVED] = { 0.506, 0.239, 0.612 },    /* #813d9c */
  [RD_PRINT_INK_CHANGED] = { 0.467, 0.463, 0.482 },  /* #77767b */
  [RD_PRINT_INK_RULE] = { 0.604, 0.600, 0.588 },     /* #9a9996 */
};

static guint16
to_pango_color (double component)
{
  return (guint16) (component * 65535.0 + 0.5);
}

/* Appends @length bytes of @string with @mark, its white space folded
 * into single spaces and none at the start of the text. */
static void
append_folded (RdPrintText *text,
               const char *string,
               gsize length,
               guint mark)
{
  gsize start = text->text->len;

  for (const char *p = string, *next; p < string + length && *p != '\0'; p = next)
    {
      next = g_utf8_next_char (p);
      if (g_unichar_isspace (g_utf8_get_char (p)))
        {
          char last = rd_print_text_last (text);

          if (last != ' ' && last != '\0')
            g_string_append_c (text->text, ' ');
          continue;
        }
      g_string_append_len (text->text, p, next - p);
    }
  rd_print_text_mark (text, mark, start, text->text->len);
}

/* A text run: the mark over its words, its white space at either end
 * outside it (an underline or a stroke does not run into the spaces), its
 * verb phrase in italics. */
static void
append_text_run (RdPrintText *text,
                 const RdRun *run,
                 guint mark)
{
  const char *string = run->text;
  gsize length = strlen (string);
  gsize lead = 0;
  gsize trail = length;
  gsize verb_end;

  while (lead < length && g_ascii_isspace (string[lead]))
    lead++;
  while (trail > lead && g_ascii_isspace (string[trail - 1]))
    trail--;
  verb_end = CLAMP (run->verb_length, lead, trail);
  append_folded (text, string, lead, RD_PRINT_MARK_NONE);
  append_folded (text, string + lead, verb_end - lead, mark | RD_PRINT_MARK_ITALIC);
  append_folded (text, string + verb_end, trail - verb_end, mark);
  append_folded (text, string + trail, length - trail, RD_PRINT_MARK_NONE);
}

/* A footnote mark, raised, kept on the line of the character before it
 * ("Crime,⁵" never breaks before the mark). */
static void
append_footnote_ref (RdPrintText *text,
                     const RdRun *run,
                     guint mark)
{
  const char *end = text->text->str + text->text->len;
  const char *previous = g_utf8_find_prev_char (text->text->str, end);
  gsize start = previous != NULL ? (gsize) (previous - text->text->str) : text->text->len;

  rd_print_text_append (text, run->text, mark | RD_PRINT_MARK_SUPERSCRIPT);
  rd_print_text_add_attr (text, pango_attr_allow_breaks_new (FALSE), start, text->text->len);
}

/* Public API */

void
rd_print_ink_get_rgb (RdPrintInk ink,
                      double *red,
                      double *green,
                      double *blue)
{
  g_return_if_fail (ink < RD_PRINT_N_INKS);

  *red = inks[ink].red;
  *green = inks[ink].green;
  *blue = inks[ink].blue;
}

RdPrintInk
rd_print_ink_for_change (RdChangeType type)
{
  switch (type)
    {
    case RD_CHANGE_INSERTED:
      return RD_PRINT_INK_INSERTED;
    case RD_CHANGE_DELETED:
      return RD_PRINT_INK_DELETED;
    case RD_CHANGE_MOVED:
      return RD_PRINT_INK_MOVED;
    case RD_CHANGE_UNCHANGED:
    case RD_CHANGE_MODIFIED:
    case RD_CHANGE_SPLIT:
    case RD_CHANGE_MERGED:
    case RD_N_CHANGE_TYPES:
    default:
      return RD_PRINT_INK_CHANGED;
    }
}

void
rd_print_text_init (RdPrintText *text)
{
  text->text = g_string_new (NULL);
  text->attrs = pango_attr_list_new ();
}

void
rd_print_text_clear (RdPrintText *text)
{
  if (text->text != NULL)
    g_string_free (text->text, TRUE);
  text->text = NULL;
  g_clear_pointer (&text->attrs, pango_attr_list_unref);
}

void
rd_print_text_add_attr (RdPrintText *text,
                        PangoAttribute *attr,
                        gsize start,
                        gsize end)
{
  attr->start_index = (guint) start;
  attr->end_index = (guint) end;
  pango_attr_list_insert (text->attrs, attr);
}

void
rd_print_text_add_color (RdPrintText *text,
                         RdPrintInk ink,
                         gsize start,
                         gsize end)
{
  rd_print_text_add_attr (text, pango_attr_foreground_new (to_pango_color (inks[ink].red), to_pango_color (inks[ink].green), to_pango_color (inks[ink].blue)), start, end);
}

void
rd_print_text_mark (RdPrintText *text,
                    guint mark,
                    gsize start,
                    gsize end)
{
  if (start >= end || mark == RD_PRINT_MARK_NONE)
    return;

  if (mark & RD_PRINT_MARK_INSERTED)
    {
      RdPrintInk ink = (mark & RD_PRINT_MARK_ROUTINE) ? RD_PRINT_INK_MUTED : RD_PRINT_INK_INSERTED;
      const double *c = &inks[ink].red;
      rd_print_text_add_attr (text, pango_attr_underline_new ((mark & RD_PRINT_MARK_AGREED) ? PANGO_UNDERLINE_DOUBLE : PANGO_UNDERLINE_SINGLE), start, end);
      rd_print_text_add_attr (text, pango_attr_underline_color_new (to_pango_color (c[0]), to_pango_color (c[1]), to_pango_color (c[2])), start, end);
      rd_print_text_add_color (text, ink, start, end);
    }
  if (mark & RD_PRINT_MARK_DELETED)
    {
      RdPrintInk ink = (mark & RD_PRINT_MARK_ROUTINE) ? RD_PRINT_INK_MUTED : RD_PRINT_INK_DELETED;
      const double *c = &inks[ink].red;
      rd_print_text_add_attr (text, pango_attr_strikethrough_new (TRUE), start, end);
      rd_print_text_add_attr (text, pango_attr_strikethrough_color_new (to_pango_color (c[0]), to_pango_color (c[1]), to_pango_color (c[2])), start, end);
      rd_print_text_add_color (text, ink, start, end);
    }
  if (mark & RD_PRINT_MARK_MUTED)
    rd_print_text_add_color (text, RD_PRINT_INK_MUTED, start, end);
  if (mark & RD_PRINT_MARK_MOVED)
    rd_print_text_add_color (text, RD_PRINT_INK_MOVED, start, end);
  if (mark & RD_PRINT_MARK_BOLD)
    rd_print_text_add_attr (text, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, end);
  if (mark & RD_PRINT_MARK_ITALIC)
    rd_print_text_add_attr (text, pango_attr_style_new (PANGO_STYLE_ITALIC), start, end);
  if (mark & RD_PRINT_MARK_SUPERSCRIPT)
    {
      rd_print_text_add_attr (text, pango_attr_rise_new ((int) (SUPERSCRIPT_RISE * PANGO_SCALE)), start, end);
      rd_print_text_add_attr (text, pango_attr_scale_new (SUPERSCRIPT_SCALE), start, end);
    }
}

void
rd_print_text_append (RdPrintText *text,
                      const char *string,
                      guint mark)
{
  gsize start = text->text->len;

  g_string_append (text->text, string);
  rd_print_text_mark (text, mark, start, text->text->len);
}

char
rd_print_text_last (const RdPrintText *text)
{
  return text->text->len > 0 ? text->text->str[text->text->len - 1] : '\0';
}

void
rd_print_text_trim (RdPrintText *text)
{
  while (text->text->len > 0 && text->text->str[text->text->len - 1] == ' ')
    g_string_truncate (text->text, text->text->len - 1);
}

void
rd_print_text_append_number (RdPrintText *text,
                             const char *old_number,
                             const char *new_number)
{
  if (old_number == NULL && new_number == NULL)
    return;
  if (old_number != NULL && new_number != NULL && strcmp (old_number, new_number) == 0)
    rd_print_text_append (text, new_number, RD_PRINT_MARK_NONE);
  else
    {
      if (old_number != NULL)
        rd_print_text_append (text, old_number, RD_PRINT_MARK_DELETED);
      if (old_number != NULL && new_number != NULL)
        g_string_append_c (text->text, ' ');
      if (new_number != NULL)
        rd_print_text_append (text, new_number, RD_PRINT_MARK_INSERTED);
    }
  g_string_append_c (text->text, ' ');
}

/* Where the passage of agreed language that ends here was adopted. */
static void
append_agreed (RdPrintText *text,
               const char *agreed_in)
{
  g_autofree char *note = NULL;

  if (agreed_in == NULL)
    return;
  /* TRANSLATORS: after words of an insertion adopted before: where */
  note = g_strdup_printf (_ ("agreed in %s"), agreed_in);
  rd_print_text_append (text, "⟨", RD_PRINT_MARK_MUTED);
  rd_print_text_append (text, note, RD_PRINT_MARK_MUTED);
  rd_print_text_append (text, "⟩", RD_PRINT_MARK_MUTED);
}

void
rd_print_text_append_runs (RdPrintText *text,
                           const GPtrArray *runs)
{
  const RdRun *previous = NULL;

  for (guint i = 0; i < runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (runs, i);
      guint mark = run->mark == RD_RUN_INSERTED ? RD_PRINT_MARK_INSERTED : run->mark == RD_RUN_DELETED ? RD_PRINT_MARK_DELETED
                                                                                                       : RD_PRINT_MARK_NONE;

      /* A routine update is grey, still underlined or struck through. */
      if (run->routine && mark != RD_PRINT_MARK_NONE)
        mark |= RD_PRINT_MARK_ROUTINE;
      if (run->agreed_in != NULL && mark == RD_PRINT_MARK_INSERTED)
        mark |= RD_PRINT_MARK_AGREED;
      if (previous != NULL && previous->agreed_in != NULL && g_strcmp0 (previous->agreed_in, run->agreed_in) != 0)
        append_agreed (text, previous->agreed_in);

      switch (run->kind)
        {
        case RD_RUN_TEXT:
          /* "Invites Encourages", not "InvitesEncourages": a deletion and
           * the insertion replacing it stay apart on paper. */
          if (rd_run_needs_space_before (previous, run) && rd_print_text_last (text) != ' ')
            g_string_append_c (text->text, ' ');
          append_text_run (text, run, mark);
          break;
        case RD_RUN_FOOTNOTE_REF:
          append_footnote_ref (text, run, mark);
          break;
        case RD_RUN_PARAGRAPH_BREAK:
          /* Where two old paragraphs met, the old number that is gone. */
          if (rd_print_text_last (text) != ' ')
            g_string_append_c (text->text, ' ');
          if (run->text != NULL)
            rd_print_text_append_number (text, run->text, NULL);
          break;
        default:
          g_assert_not_reached ();
        }
      previous = run;
    }
  if (previous != NULL)
    append_agreed (text, previous->agreed_in);
}

void
rd_print_text_append_paragraph (RdPrintText *text,
                                const RdShownParagraph *paragraph)
{
  rd_print_text_append_number (text, paragraph->old_number.label, paragraph->new_number.label);
  rd_print_text_append_runs (text, paragraph->runs);
}
