/* rd-office-writer-shared.c: what the Word and OpenDocument writers share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The source both write from (the presentation, the change each footnote
 * belongs to), the order of the masthead and of the body, the styles and
 * comments that follow from a paragraph or a change, and the XML writing
 * helpers; each writer maps these to its own markup (rd-office-writer.c
 * for Word, rd-odf-writer.c for OpenDocument).
 */

/* Includes */

#include "config.h"

#include "rd-office-writer-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Static helpers */

static gboolean
is_word_char (const char *p)
{
  return g_unichar_isalnum (g_utf8_get_char (p));
}

/* Fills @footnote_changes[side] (footnote index + 1 -> RdChange) from the
 * footnote changes of @comparison. */
static void
index_footnote_changes (RdComparison *comparison,
                        GHashTable *footnote_changes[2])
{
  GPtrArray *changes = rd_comparison_get_footnote_changes (comparison);

  for (int side = RD_SIDE_OLD; side <= RD_SIDE_NEW; side++)
    footnote_changes[side] = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < changes->len; i++)
    {
      const RdChange *change = g_ptr_array_index (changes, i);

      for (guint k = 0; k < change->old_items->len; k++)
        g_hash_table_insert (footnote_changes[RD_SIDE_OLD], GUINT_TO_POINTER (g_array_index (change->old_items, guint, k) + 1), (gpointer) change);
      for (guint k = 0; k < change->new_items->len; k++)
        g_hash_table_insert (footnote_changes[RD_SIDE_NEW], GUINT_TO_POINTER (g_array_index (change->new_items, guint, k) + 1), (gpointer) change);
    }
}

/* Public API */

/* The runs' texts, with a space where the words of two runs would touch
 * in one of the versions: the diff leaves the white space between a
 * changed word and the next out of both ("25" deleted before "Condemns"),
 * and a version read on its own must not say "25Condemns".  The space
 * goes in the changed run, so the other version does not get it. */
GPtrArray *
rd_office_spaced_texts (const GPtrArray *runs)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (runs, i);
      g_ptr_array_add (texts, run->kind == RD_RUN_TEXT ? g_strdup (run->text) : NULL);
    }
  for (RdRunMark other = RD_RUN_INSERTED; other <= RD_RUN_DELETED; other++)
    {
      /* In the version without the runs marked @other. */
      int previous = -1;

      for (guint i = 0; i < runs->len; i++)
        {
          const RdRun *run = g_ptr_array_index (runs, i);
          const RdRun *left;
          char *left_text;
          char *right_text = g_ptr_array_index (texts, i);

          if (run->kind == RD_RUN_PARAGRAPH_BREAK)
            previous = -1;
          if (run->kind != RD_RUN_TEXT || run->mark == other || *run->text == '\0')
            continue;
          if (previous >= 0)
            {
              left = g_ptr_array_index (runs, previous);
              left_text = g_ptr_array_index (texts, previous);
              if ((left->mark != RD_RUN_COMMON || run->mark != RD_RUN_COMMON) && *left_text != '\0' && is_word_char (g_utf8_find_prev_char (left_text, left_text + strlen (left_text))) && is_word_char (right_text))
                {
                  if (run->mark != RD_RUN_COMMON)
                    texts->pdata[i] = g_strconcat (" ", right_text, NULL), g_free (right_text);
                  else
                    texts->pdata[previous] = g_strconcat (left_text, " ", NULL), g_free (left_text);
                }
            }
          previous = (int) i;
        }
    }
  return texts;
}

/* The style and numbering level of a paragraph of @kind numbered @number
 * ("(ii)" is the third level when the level above is lettered). */
const char *
rd_office_paragraph_style (const RdShownParagraph *paragraph,
                           int *level)
{
  const RdNumber *number = paragraph->new_number.label != NULL ? &paragraph->new_number : &paragraph->old_number;
  gboolean numbered = number->label != NULL;

  *level = -1;
  if (paragraph->footnote)
    return "FootnoteText";
  switch (paragraph->kind)
    {
    case RD_PARAGRAPH_PREAMBULAR:
      return "Preamble";
    case RD_PARAGRAPH_OPERATIVE:
      *level = numbered ? 0 : -1;
      return "Operative";
    case RD_PARAGRAPH_SUBPARAGRAPH:
      if (numbered)
        {
          const char *value = number->value != NULL ? number->value : "";
          gboolean roman = *value != '\0' && strspn (value, "ivxl") == strlen (value) && strlen (value) > 1;

          *level = roman ? 2 : 1;
        }
      return "Subparagraph";
    case RD_PARAGRAPH_HEADING:
      return "Heading";
    case RD_PARAGRAPH_OTHER:
    default:
      return "BodyText";
    }
}

/* The comment on a change of operative (or preambular) verb. */
char *
rd_office_verb_comment (const RdChange *change)
{
  if (!change->verb_changed || change->old_verb == NULL || change->new_verb == NULL)
    return NULL;
  /* TRANSLATORS: a comment in the Word export on a paragraph whose
   * leading verb changed; %s are the old and new verbs */
  return g_strdup_printf (_ ("Verb changed: %s → %s"), change->old_verb, change->new_verb);
}

char *
rd_office_join_names (GPtrArray *sponsors)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < sponsors->len; i++)
    {
      const RdSponsor *sponsor = g_ptr_array_index (sponsors, i);

      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, sponsor->name);
    }
  return g_string_free (out, FALSE);
}

/* "Joined as sponsors: …. No longer sponsors: …." for the comment on the
 * sponsors line, or NULL when they are the same. */
char *
rd_office_sponsors_comment (RdComparison *comparison)
{
  GPtrArray *added = rd_comparison_get_sponsors_added (comparison);
  GPtrArray *removed = rd_comparison_get_sponsors_removed (comparison);
  g_autofree char *comment = NULL;

  if (added->len > 0 || removed->len > 0)
    {
      g_autofree char *joined = rd_office_join_names (added);
      g_autofree char *left = rd_office_join_names (removed);
      GString *text = g_string_new (NULL);

      if (added->len > 0)
        /* TRANSLATORS: a comment on the sponsors line of the Word export;
         * %s is a list of Member States */
        g_string_append_printf (text, _ ("Joined as sponsors: %s."), joined);
      if (removed->len > 0)
        {
          if (text->len > 0)
            g_string_append_c (text, ' ');
          /* TRANSLATORS: a comment on the sponsors line of the Word
           * export; %s is a list of Member States */
          g_string_append_printf (text, _ ("No longer sponsors: %s."), left);
        }
      comment = g_string_free (text, FALSE);
    }
  return g_steal_pointer (&comment);
}

/* "Agenda items 69 (a), 69 (b)", or NULL. */
char *
rd_office_agenda_line (RdDocument *document)
{
  GPtrArray *items = rd_document_get_agenda_items (document);
  g_autofree char *joined = NULL;
  char *line;

  if (items->len == 0)
    return NULL;
  g_ptr_array_add (items, NULL);
  joined = g_strjoinv (", ", (char **) items->pdata);
  g_ptr_array_remove_index (items, items->len - 1);
  line = g_strconcat (items->len > 1 ? "Agenda items " : "Agenda item ", joined, NULL);
  return line;
}

/* Where Word's count of operative paragraphs starts: the new version's
 * first number (an excerpt may start at 5), else 1. */
int
rd_office_first_operative_number (RdDocument **documents)
{
  for (int side = RD_SIDE_NEW; side >= RD_SIDE_OLD; side--)
    {
      GPtrArray *paragraphs = rd_document_get_paragraphs (documents[side]);

      for (guint i = 0; i < paragraphs->len; i++)
        {
          const RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);

          if (paragraph->kind == RD_PARAGRAPH_OPERATIVE && paragraph->number != NULL)
            {
              gint64 value = g_ascii_strtoll (paragraph->number, NULL, 10);
              return value > 0 && value <= RD_PARAGRAPH_NUMBER_MAX ? (int) value : 1;
            }
        }
    }
  return 1;
}

void
rd_office_xml_start (xmlTextWriterPtr x,
                     const char *name)
{
  xmlTextWriterStartElement (x, (const xmlChar *) name);
}

void
rd_office_xml_end (xmlTextWriterPtr x)
{
  xmlTextWriterEndElement (x);
}

void
rd_office_xml_attr (xmlTextWriterPtr x,
                    const char *name,
                    const char *value)
{
  xmlTextWriterWriteAttribute (x, (const xmlChar *) name, (const xmlChar *) value);
}

void
rd_office_xml_empty (xmlTextWriterPtr x,
                     const char *name,
                     const char *attribute,
                     const char *value)
{
  rd_office_xml_start (x, name);
  rd_office_xml_attr (x, attribute, value);
  rd_office_xml_end (x);
}

void
rd_office_xml_text (xmlTextWriterPtr x,
                    const char *text,
                    gsize length)
{
  g_autofree char *clean = g_strndup (text, length);

  for (char *p = clean; *p != '\0'; p++)
    if ((guchar) *p < 0x20)
      *p = ' ';
  xmlTextWriterWriteString (x, (const xmlChar *) clean);
}

void
rd_office_source_init (RdOfficeSource *source,
                       RdComparison *comparison,
                       GDateTime *date)
{
  g_autoptr (GDateTime) utc = g_date_time_to_utc (date);

  source->comparison = comparison;
  source->presentation = rd_presentation_new (comparison);
  source->documents[RD_SIDE_OLD] = rd_comparison_get_old (comparison);
  source->documents[RD_SIDE_NEW] = rd_comparison_get_new (comparison);
  source->date = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  index_footnote_changes (comparison, source->footnote_changes);
}

void
rd_office_source_clear (RdOfficeSource *source)
{
  g_clear_pointer (&source->date, g_free);
  g_clear_pointer (&source->footnote_changes[RD_SIDE_OLD], g_hash_table_unref);
  g_clear_pointer (&source->footnote_changes[RD_SIDE_NEW], g_hash_table_unref);
  g_clear_object (&source->presentation);
}

const RdChange *
rd_office_source_footnote_change (const RdOfficeSource *source,
                                  const RdRun *run)
{
  if (run->footnote == G_MAXUINT)
    return NULL;
  return g_hash_table_lookup (source->footnote_changes[run->footnote_side], GUINT_TO_POINTER (run->footnote + 1));
}

RdRunMark
rd_office_field_label_mark (const RdOfficeSource *source,
                            RdField field)
{
  if (rd_document_get_field (source->documents[RD_SIDE_NEW], field) == NULL)
    return RD_RUN_DELETED;
  if (rd_document_get_field (source->documents[RD_SIDE_OLD], field) == NULL)
    return RD_RUN_INSERTED;
  return RD_RUN_COMMON;
}

RdRunMark
rd_office_sponsors_colon_mark (const GPtrArray *runs)
{
  gboolean any_old = FALSE;
  gboolean any_new = FALSE;

  for (guint i = 0; i < runs->len; i++)
    {
      const RdRun *run = g_ptr_array_index (runs, i);

      any_old |= run->mark != RD_RUN_INSERTED;
      any_new |= run->mark != RD_RUN_DELETED;
    }
  return !any_new ? RD_RUN_DELETED : !any_old ? RD_RUN_INSERTED
                                              : RD_RUN_COMMON;
}

void
rd_office_write_body (const RdOfficeSource *source,
                      RdOfficeParagraphsFunc func,
                      gpointer writer)
{
  GPtrArray *changes = rd_comparison_get_changes (source->comparison);

  for (guint i = 0; i <= changes->len; i++)
    {
      const GArray *moved_here = rd_presentation_get_moved_here (source->presentation, FALSE, i);
      const RdChange *change;
      g_autoptr (GPtrArray) paragraphs = NULL;

      for (guint m = 0; moved_here != NULL && m < moved_here->len; m++)
        {
          guint position = g_array_index (moved_here, guint, m);
          const RdChange *moved = g_ptr_array_index (changes, position);
          g_autoptr (GPtrArray) old_paragraphs = rd_presentation_get_paragraphs_as_read (source->presentation, moved, RD_SIDE_OLD);

          func (writer, old_paragraphs, moved, position, RD_OFFICE_MOVED_FROM);
        }
      if (i == changes->len)
        break;

      change = g_ptr_array_index (changes, i);
      if (change->type == RD_CHANGE_MOVED && change->origin != G_MAXUINT)
        {
          paragraphs = rd_presentation_get_paragraphs_as_read (source->presentation, change, RD_SIDE_NEW);
          func (writer, paragraphs, change, i, RD_OFFICE_MOVED_TO);
          continue;
        }
      paragraphs = rd_presentation_get_paragraphs (source->presentation, change, RD_SIDE_REDLINE);
      func (writer, paragraphs, change, i, RD_OFFICE_REDLINE);
    }
}

void
rd_office_write_masthead (const RdOfficeMastheadFuncs *funcs,
                          gpointer writer)
{
  funcs->field (writer, RD_FIELD_SYMBOL, "Symbol", NULL);
  funcs->field (writer, RD_FIELD_ORGAN, "Organ", NULL);
  funcs->field (writer, RD_FIELD_DISTRIBUTION, "Masthead", "Distr.: ");
  funcs->field (writer, RD_FIELD_DATE, "Masthead", NULL);
  funcs->field (writer, RD_FIELD_ORIGINAL_LANGUAGE, "Masthead", "Original: ");
  funcs->field (writer, RD_FIELD_SESSION, "Session", NULL);
  funcs->field (writer, RD_FIELD_COMMITTEE, "Masthead", NULL);
  funcs->agenda_items (writer);
  funcs->field (writer, RD_FIELD_AGENDA_TITLE, "Masthead", NULL);
  funcs->sponsors (writer);
  funcs->field (writer, RD_FIELD_TITLE, "DocTitle", NULL);
  funcs->field (writer, RD_FIELD_FORMULA, "Formula", NULL);
}
