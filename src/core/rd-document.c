/* rd-document.c: one parsed version of a resolution
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-document.h"

#include <glib/gi18n-lib.h>
#include <string.h>

struct _RdDocument
{
  GObject parent_instance;

  char *file;
  char *format;
  char *display_name; /* set for a document that is not a file's, such as
                       * a draft as amended; NULL: from the symbol */
  char *fields[RD_N_FIELDS];
  GPtrArray *agenda_items; /* char * */
  GPtrArray *sponsors;     /* RdSponsor * */
  GPtrArray *paragraphs;   /* RdParagraph * */
  guint kind_counts[RD_PARAGRAPH_OTHER + 1];
  GPtrArray *footnotes; /* RdFootnote * */
  GHashTable *footnote_by_marker;
  GPtrArray *warnings; /* char * */
  RdRecord *record;
};

G_DEFINE_FINAL_TYPE (RdDocument, rd_document, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_FILE,
  PROP_FORMAT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const field_names[RD_N_FIELDS] = {
  [RD_FIELD_SYMBOL] = "symbol",
  [RD_FIELD_ORGAN] = "organ",
  [RD_FIELD_DISTRIBUTION] = "distribution",
  [RD_FIELD_DATE] = "date",
  [RD_FIELD_ORIGINAL_LANGUAGE] = "original_language",
  [RD_FIELD_SESSION] = "session",
  [RD_FIELD_COMMITTEE] = "committee",
  [RD_FIELD_AGENDA_TITLE] = "agenda_title",
  [RD_FIELD_DOCUMENT_TYPE] = "document_type",
  [RD_FIELD_BASED_ON] = "based_on",
  [RD_FIELD_TITLE] = "title",
  [RD_FIELD_FORMULA] = "formula",
  [RD_FIELD_ADOPTION_DATE] = "adoption_date",
  [RD_FIELD_RESOLUTION_NUMBER] = "resolution_number",
  [RD_FIELD_REPORT] = "report",
  [RD_FIELD_SUBMITTED_BY] = "submitted_by",
  [RD_FIELD_LANGUAGE] = "language",
  [RD_FIELD_MEETING] = "meeting",
  [RD_FIELD_AMENDS] = "amends",
  [RD_FIELD_RECORD_TITLE] = "record_title",
  [RD_FIELD_RECORD_DATE] = "record_date",
  [RD_FIELD_VOTE] = "vote",
  [RD_FIELD_RECORD_AGENDA] = "record_agenda",
};

/* A heading is cited by its first words: this many characters keep
 * "A. Follow-up to the Fourth World Conference" recognisable in a list of
 * changes without taking a line of its own. */
#define HEADING_LABEL_LENGTH 40

/* What a reader calls each field: the one place the header's fields are
 * named in the outputs (the keys above are for data: JSON). */
static const char *const field_labels[RD_N_FIELDS] = {
  [RD_FIELD_SYMBOL] = N_ ("Symbol"),
  [RD_FIELD_ORGAN] = N_ ("Organ"),
  [RD_FIELD_DISTRIBUTION] = N_ ("Distribution"),
  [RD_FIELD_DATE] = N_ ("Date"),
  [RD_FIELD_ORIGINAL_LANGUAGE] = N_ ("Original language"),
  [RD_FIELD_SESSION] = N_ ("Session"),
  [RD_FIELD_COMMITTEE] = N_ ("Committee"),
  [RD_FIELD_AGENDA_TITLE] = N_ ("Agenda item"),
  [RD_FIELD_DOCUMENT_TYPE] = N_ ("Document type"),
  [RD_FIELD_BASED_ON] = N_ ("Based on"),
  [RD_FIELD_TITLE] = N_ ("Title"),
  [RD_FIELD_FORMULA] = N_ ("Formula"),
  [RD_FIELD_ADOPTION_DATE] = N_ ("Adopted on"),
  [RD_FIELD_RESOLUTION_NUMBER] = N_ ("Resolution number"),
  [RD_FIELD_REPORT] = N_ ("Report"),
  [RD_FIELD_SUBMITTED_BY] = N_ ("Submitted by"),
  [RD_FIELD_LANGUAGE] = N_ ("Language"),
  [RD_FIELD_MEETING] = N_ ("Meeting"),
  [RD_FIELD_AMENDS] = N_ ("Amends"),
  /* TRANSLATORS: the title the UN Digital Library's record gives */
  [RD_FIELD_RECORD_TITLE] = N_ ("Title in the Digital Library"),
  /* TRANSLATORS: the date the UN Digital Library's record gives (of adoption, for a resolution) */
  [RD_FIELD_RECORD_DATE] = N_ ("Date in the Digital Library"),
  [RD_FIELD_VOTE] = N_ ("Vote"),
  /* TRANSLATORS: the agenda items the UN Digital Library's record gives */
  [RD_FIELD_RECORD_AGENDA] = N_ ("Agenda in the Digital Library"),
};

/* Paragraphs, footnotes and sponsors */

const char *
rd_paragraph_kind_to_string (RdParagraphKind kind)
{
  switch (kind)
    {
    case RD_PARAGRAPH_PREAMBULAR:
      return "preambular";
    case RD_PARAGRAPH_OPERATIVE:
      return "operative";
    case RD_PARAGRAPH_SUBPARAGRAPH:
      return "subparagraph";
    case RD_PARAGRAPH_HEADING:
      return "heading";
    case RD_PARAGRAPH_OTHER:
    default:
      return "other";
    }
}

static void
footnote_ref_clear (gpointer data)
{
  RdFootnoteRef *ref = data;

  g_free (ref->marker);
}

RdParagraph *
rd_paragraph_new (RdParagraphKind kind,
                  const char *text)
{
  return rd_paragraph_new_take (kind, g_strdup (text != NULL ? text : ""));
}

/* Takes @text (the parser's, made for the paragraph): no copy of it. */
RdParagraph *
rd_paragraph_new_take (RdParagraphKind kind,
                       char *text)
{
  RdParagraph *paragraph = g_new0 (RdParagraph, 1);

  paragraph->kind = kind;
  paragraph->text = text != NULL ? text : g_strdup ("");
  paragraph->footnotes = g_array_new (FALSE, FALSE, sizeof (RdFootnoteRef));
  g_array_set_clear_func (paragraph->footnotes, footnote_ref_clear);
  paragraph->parent = G_MAXUINT;
  paragraph->key_flags = -1;
  return paragraph;
}

void
rd_paragraph_free (RdParagraph *paragraph)
{
  if (paragraph == NULL)
    return;
  g_free (paragraph->number);
  g_free (paragraph->number_label);
  g_free (paragraph->verb);
  g_free (paragraph->text);
  g_array_unref (paragraph->footnotes);
  g_free (paragraph);
}

void
rd_paragraph_add_footnote_ref (RdParagraph *paragraph,
                               gsize offset,
                               const char *marker)
{
  RdFootnoteRef ref = { offset, g_strdup (marker) };

  g_array_append_val (paragraph->footnotes, ref);
}

static void
footnote_free (RdFootnote *footnote)
{
  g_free (footnote->marker);
  g_free (footnote->text);
  g_free (footnote);
}

RdSponsor *
rd_sponsor_new (const char *name,
                const char *state,
                const char *note)
{
  RdSponsor *sponsor = g_new0 (RdSponsor, 1);

  sponsor->name = g_strdup (name);
  sponsor->state = g_strdup (state);
  sponsor->note = g_strdup (note);
  return sponsor;
}

void
rd_sponsor_free (RdSponsor *sponsor)
{
  if (sponsor == NULL)
    return;
  g_free (sponsor->name);
  g_free (sponsor->state);
  g_free (sponsor->note);
  g_free (sponsor);
}

const char *
rd_field_to_string (RdField field)
{
  g_return_val_if_fail (field < RD_N_FIELDS, NULL);
  return field_names[field];
}

const char *
rd_field_to_label (RdField field)
{
  g_return_val_if_fail (field < RD_N_FIELDS, NULL);
  return _ (field_labels[field]);
}

/* Constructors */

RdDocument *
rd_document_new (const char *file,
                 const char *format)
{
  return g_object_new (RD_TYPE_DOCUMENT, "file", file, "format", format, NULL);
}

/* GObject overrides */

static void
rd_document_finalize (GObject *object)
{
  RdDocument *self = (RdDocument *) object;

  g_free (self->file);
  g_free (self->format);
  g_free (self->display_name);
  for (guint i = 0; i < RD_N_FIELDS; i++)
    g_free (self->fields[i]);
  g_ptr_array_unref (self->agenda_items);
  g_ptr_array_unref (self->sponsors);
  g_ptr_array_unref (self->paragraphs);
  g_hash_table_unref (self->footnote_by_marker);
  g_ptr_array_unref (self->footnotes);
  g_ptr_array_unref (self->warnings);
  g_clear_pointer (&self->record, rd_record_free);

  G_OBJECT_CLASS (rd_document_parent_class)->finalize (object);
}

static void
rd_document_get_property (GObject *object,
                          guint prop_id,
                          GValue *value,
                          GParamSpec *pspec)
{
  RdDocument *self = RD_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_string (value, self->file);
      break;
    case PROP_FORMAT:
      g_value_set_string (value, self->format);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_document_set_property (GObject *object,
                          guint prop_id,
                          const GValue *value,
                          GParamSpec *pspec)
{
  RdDocument *self = RD_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_free (self->file);
      self->file = g_value_dup_string (value);
      break;
    case PROP_FORMAT:
      g_free (self->format);
      self->format = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_document_class_init (RdDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rd_document_finalize;
  object_class->get_property = rd_document_get_property;
  object_class->set_property = rd_document_set_property;

  properties[PROP_FILE] =
      g_param_spec_string ("file", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FORMAT] =
      g_param_spec_string ("format", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rd_document_init (RdDocument *self)
{
  self->agenda_items = g_ptr_array_new_with_free_func (g_free);
  self->sponsors = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_sponsor_free);
  self->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_paragraph_free);
  self->footnotes = g_ptr_array_new_with_free_func ((GDestroyNotify) footnote_free);
  self->footnote_by_marker = g_hash_table_new (g_str_hash, g_str_equal);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
}

/* Public API */

const char *
rd_document_get_file (RdDocument *self)
{
  g_return_val_if_fail (RD_IS_DOCUMENT (self), NULL);
  return self->file;
}

char *
rd_document_dup_file_name (RdDocument *self)
{
  g_return_val_if_fail (RD_IS_DOCUMENT (self), NULL);
  return g_path_get_basename (self->file != NULL ? self->file : "");
}

char *
rd_document_dup_display_name (RdDocument *self)
{
  const char *symbol;

  g_return_val_if_fail (RD_IS_DOCUMENT (self), NULL);

  if (self->display_name != NULL)
    return g_strdup (self->display_name);
  symbol = rd_document_get_symbol (self);
  return symbol != NULL ? g_strdup (symbol) : rd_document_dup_file_name (self);
}

void
rd_document_set_display_name (RdDocument *self,
                              const char *name)
{
  g_return_if_fail (RD_IS_DOCUMENT (self));

  g_free (self->display_name);
  self->display_name = g_strdup (name);
}

gboolean
rd_language_is_right_to_left (const char *tag)
{
  static const char *const languages[] = { "ar", "fa", "he", "ur", "ps", "yi" };

  if (tag == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_ascii_strncasecmp (tag, languages[i], 2) == 0 && (tag[2] == '\0' || tag[2] == '-' || tag[2] == '_'))
      return TRUE;
  return FALSE;
}

gboolean
rd_script_is_right_to_left (GUnicodeScript script)
{
  switch (script)
    {
    case G_UNICODE_SCRIPT_ARABIC:
    case G_UNICODE_SCRIPT_HEBREW:
    case G_UNICODE_SCRIPT_SYRIAC:
    case G_UNICODE_SCRIPT_THAANA:
    case G_UNICODE_SCRIPT_NKO:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Counts the letters of @text written right to left and the others, up
 * to @budget letters in all. */
static void
count_letters (const char *text,
               guint *rtl,
               guint *ltr,
               guint budget)
{
  for (const char *p = text; p != NULL && *p != '\0' && *rtl + *ltr < budget; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        continue;
      if (rd_script_is_right_to_left (g_unichar_get_script (c)))
        (*rtl)++;
      else
        (*ltr)++;
    }
}

/* Letters enough to tell the script of a text: a masthead's few English
 * words (the symbol, "General Assembly") do not outweigh a paragraph. */
#define DIRECTION_SAMPLE_LETTERS 2000

gboolean
rd_document_is_right_to_left (RdDocument *self)
{
  const char *tag;
  guint rtl = 0;
  guint ltr = 0;

  g_return_val_if_fail (RD_IS_DOCUMENT (self), FALSE);

  tag = self->fields[RD_FIELD_LANGUAGE];
  if (tag != NULL && *tag != '\0')
    return rd_language_is_right_to_left (tag);
  count_letters (self->fields[RD_FIELD_TITLE], &rtl, &ltr, DIRECTION_SAMPLE_LETTERS);
  for (guint i = 0; i < self->paragraphs->len && rtl + ltr < DIRECTION_SAMPLE_LETTERS; i++)
    count_letters (((RdParagraph *) g_ptr_array_index (self->paragraphs, i))->text, &rtl, &ltr, DIRECTION_SAMPLE_LETTERS);
  return rtl > ltr;
}

const char *
rd_document_get_format (RdDocument *self)
{
  g_return_val_if_fail (RD_IS_DOCUMENT (self), NULL);
  return self->format;
}

const char *
rd_document_get_field (RdDocument *self,
                       RdField field)
{
  g_return_val_if_fail (RD_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (field < RD_N_FIELDS, NULL);
  return self->fields[field];
}

void
rd_document_set_field (RdDocument *self,
                       RdField field,
                       const char *value)
{
  g_return_if_fail (RD_IS_DOCUMENT (self));
  g_return_if_fail (field < RD_N_FIELDS);

  g_free (self->fields[field]);
  self->fields[field] = (value != NULL && *value != '\0') ? g_strdup (value) : NULL;
}

const RdRecord *
rd_document_get_record (RdDocument *self)
{
  g_return_val_if_fail (RD_IS_DOCUMENT (self), NULL);
  return self->record;
}

void
rd_document_set_record (RdDocument *self,
                        const RdRecord *record)
{
  g_autofree char *vote = NULL;
  g_autofree char *agenda = NULL;

  g_return_if_fail (RD_IS_DOCUMENT (self));

  g_clear_pointer (&self->record, rd_record_free);
  if (record != NULL)
    {
      self->record = rd_record_copy (record);
      vote = rd_record_describe_vote (record);
      agenda = rd_record_describe_agenda (record);
    }
  rd_document_set_field (self, RD_FIELD_RECORD_TITLE, record != NULL ? record->title : NULL);
  rd_document_set_field (self, RD_FIELD_RECORD_DATE, record != NULL ? record->date : NULL);
  rd_document_set_field (self, RD_FIELD_VOTE, vote);
  rd_document_set_field (self, RD_FIELD_RECORD_AGENDA, agenda);
}

const char *
rd_document_get_symbol (RdDocument *self)
{
  return rd_document_get_field (self, RD_FIELD_SYMBOL);
}

const char *
rd_document_get_document_type (RdDocument *self)
{
  return rd_document_get_field (self, RD_FIELD_DOCUMENT_TYPE);
}

const char *
rd_document_get_title (RdDocument *self)
{
  return rd_document_get_field (self, RD_FIELD_TITLE);
}

const char *
rd_document_get_date (RdDocument *self)
{
  return rd_document_get_field (self, RD_FIELD_DATE);
}

GPtrArray *
rd_document_get_agenda_items (RdDocument *self)
{
  g_return_val_if_fail (RD_IS_DOCUMENT (self), NULL);
  return self->agenda_items;
}

void
rd_document_add_agenda_item (RdDocument *self,
                             const char *item)
{
  g_return_if_fail (RD_IS_DOCUMENT (self));
  g_ptr_array_add (self->agenda_items, g_strdup (item));
}

GPtrArray *
rd_document_get_sponsors (RdDocument *self)
{
  g_return_val_if_fail (RD_IS_DOCUMENT (self), NULL);
  return self->sponsors;
}

void
rd_document_add_sponsor (RdDocument *self,
                         const char *name,
                         const char *state,
                         const char *note)
{
  g_return_if_fail (RD_IS_DOCUMENT (self));
  g_return_if_fail (name != NULL);

  g_ptr_array_add (self->sponsors, rd_sponsor_new (name, state, note));
}

gboolean
rd_document_lists_sponsors (RdDocument *self)
{
  g_return_val_if_fail (RD_IS_DOCUMENT (self), FALSE);

  return self->sponsors->len > 0;
}

GPtrArray *
rd_document_get_paragraphs (RdDocument *self)
{
  g_return_val_if_fail (RD_IS_DOCUMENT (self), NULL);
  return self->paragraphs;
}

void
rd_document_add_paragraph (RdDocument *self,
                           RdParagraph *paragraph)
{
  g_return_if_fail (RD_IS_DOCUMENT (self));
  g_return_if_fail (paragraph != NULL);

  paragraph->index = self->paragraphs->len;
  paragraph->ordinal = ++self->kind_counts[MIN (paragraph->kind, RD_PARAGRAPH_OTHER)];
  g_ptr_array_add (self->paragraphs, paragraph);
}

guint
rd_document_count_paragraphs (RdDocument *self,
                              RdParagraphKind kind)
{
  guint count = 0;

  g_return_val_if_fail (RD_IS_DOCUMENT (self), 0);

  for (guint i = 0; i < self->paragraphs->len; i++)
    {
      const RdParagraph *paragraph = g_ptr_array_index (self->paragraphs, i);

      if (paragraph->kind == kind)
        count++;
    }
  return count;
}

GPtrArray *
rd_document_get_footnotes (RdDocument *self)
{
  g_return_val_if_fail (RD_IS_DOCUMENT (self), NULL);
  return self->footnotes;
}

RdFootnote *
rd_document_find_footnote (RdDocument *self,
                           const char *marker)
{
  g_return_val_if_fail (RD_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (marker != NULL, NULL);
  return g_hash_table_lookup (self->footnote_by_marker, marker);
}

void
rd_document_add_footnote (RdDocument *self,
                          const char *marker,
                          const char *text)
{
  RdFootnote *footnote;

  g_return_if_fail (RD_IS_DOCUMENT (self));
  g_return_if_fail (marker != NULL);

  footnote = g_new0 (RdFootnote, 1);
  footnote->marker = g_strdup (marker);
  footnote->text = g_strdup (text != NULL ? text : "");
  g_ptr_array_add (self->footnotes, footnote);
  if (!g_hash_table_contains (self->footnote_by_marker, footnote->marker))
    g_hash_table_insert (self->footnote_by_marker, footnote->marker, footnote);
}

GPtrArray *
rd_document_get_warnings (RdDocument *self)
{
  g_return_val_if_fail (RD_IS_DOCUMENT (self), NULL);
  return self->warnings;
}

void
rd_document_add_warning (RdDocument *self,
                         const char *format,
                         ...)
{
  va_list args;

  g_return_if_fail (RD_IS_DOCUMENT (self));

  va_start (args, format);
  g_ptr_array_add (self->warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

/* @format with its one conversion @conversion ("%s" or "%u") replaced
 * by @value, without printf (about a thousand instructions a call, and
 * the JSON of a long comparison names every paragraph); NULL when
 * @format, a translation, holds any other '%'. */
static char *
substitute_one (const char *format,
                const char *conversion,
                const char *value)
{
  const char *at = strstr (format, conversion);
  gsize before, length, after;
  char *out;

  if (at == NULL || memchr (format, '%', at - format) != NULL || strchr (at + 2, '%') != NULL)
    return NULL;
  before = at - format;
  length = strlen (value);
  after = strlen (at + 2);
  out = g_malloc (before + length + after + 1);
  memcpy (out, format, before);
  memcpy (out + before, value, length);
  memcpy (out + before + length, at + 2, after + 1);
  return out;
}

/* substitute_one () of a number. */
static char *
substitute_number (const char *format,
                   guint value)
{
  char digits[16];
  char *p = digits + sizeof digits;

  *--p = '\0';
  do
    *--p = (char) ('0' + value % 10);
  while ((value /= 10) > 0);
  return substitute_one (format, "%u", p);
}

char *
rd_document_describe_paragraph (RdDocument *self,
                                guint index)
{
  const RdParagraph *paragraph;
  char *label;

  g_return_val_if_fail (RD_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->paragraphs->len, NULL);

  paragraph = g_ptr_array_index (self->paragraphs, index);

  switch (paragraph->kind)
    {
    case RD_PARAGRAPH_PREAMBULAR:
      /* Preambular paragraphs are unnumbered; readers count them. */
      /* TRANSLATORS: "PP" abbreviates "preambular paragraph" */
      label = substitute_number (_ ("PP %u"), paragraph->ordinal);
      return label != NULL ? label : g_strdup_printf (_ ("PP %u"), paragraph->ordinal);

    case RD_PARAGRAPH_OPERATIVE:
      if (paragraph->number != NULL)
        {
          /* TRANSLATORS: "OP" abbreviates "operative paragraph" */
          label = substitute_one (_ ("OP %s"), "%s", paragraph->number);
          return label != NULL ? label : g_strdup_printf (_ ("OP %s"), paragraph->number);
        }
      break;

    case RD_PARAGRAPH_SUBPARAGRAPH:
      {
        const char *number_label = paragraph->number_label != NULL ? paragraph->number_label : "";

        if (paragraph->parent < self->paragraphs->len)
          {
            g_autofree char *parent = rd_document_describe_paragraph (self, paragraph->parent);
            return g_strconcat (parent, " ", number_label, NULL);
          }
        return g_strdup (number_label);
      }

    case RD_PARAGRAPH_HEADING:
      {
        g_autofree char *start = g_utf8_substring (paragraph->text, 0, MIN (g_utf8_strlen (paragraph->text, -1), HEADING_LABEL_LENGTH));
        return g_strdup (start);
      }

    case RD_PARAGRAPH_OTHER:
    default:
      break;
    }

  /* TRANSLATORS: "para." abbreviates "paragraph"; %u is its position */
  label = substitute_number (_ ("para. %u"), index + 1);
  return label != NULL ? label : g_strdup_printf (_ ("para. %u"), index + 1);
}
