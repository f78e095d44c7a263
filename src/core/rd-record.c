/* rd-record.c: a document's record in the UN Digital Library (MARCXML)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-record.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

/* The struct */

/* Where the parser is: the record being read, the data field (its tag)
 * and the subfield (its code), and the subfields of the field so far. */
typedef struct
{
  GPtrArray *records; /* RdRecord * */
  RdRecord *record;
  char tag[4];
  char code;
  GString *text;
  GHashTable *subfields; /* code (GINT_TO_POINTER) → char * (first) */
  gboolean in_subfield;
} Parser;

/* Static helpers */

/* clang-format off */
G_DEFINE_QUARK (rd-record-error-quark, rd_record_error)
/* clang-format on */

static const char *
local_name (const char *element)
{
  const char *colon = strrchr (element, ':');

  return colon != NULL ? colon + 1 : element;
}

static const char *
attribute (const char **names,
           const char **values,
           const char *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (strcmp (names[i], name) == 0)
      return values[i];
  return NULL;
}

static const char *
subfield (Parser *parser,
          char code)
{
  return g_hash_table_lookup (parser->subfields, GINT_TO_POINTER ((int) code));
}

/* A figure of 996, or -1. */
static int
vote_count (const char *text)
{
  char *end = NULL;
  long value;

  if (text == NULL)
    return -1;
  value = strtol (text, &end, 10);
  if (end == text || value < 0 || value > G_MAXINT)
    return -1;
  return (int) value;
}

static gboolean
says_without_vote (const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_utf8_strdown (text, -1);
  return strstr (folded, "without vote") != NULL || strstr (folded, "without a vote") != NULL;
}

/* The agenda of one 991: the agenda document, the item, its title. */
static char *
agenda_item (Parser *parser)
{
  g_autoptr (GString) item = g_string_new (NULL);
  const char codes[] = { 'a', 'b', 'c', 'd' };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      const char *value = subfield (parser, codes[i]);

      if (value == NULL || *value == '\0')
        continue;
      if (item->len > 0)
        g_string_append_c (item, ' ');
      g_string_append (item, value);
    }
  return item->len > 0 ? g_string_free (g_steal_pointer (&item), FALSE) : NULL;
}

/* Catalogue titles end in " /" or " :" before the statement that
 * follows; a reader needs neither. */
static char *
strip_catalogue_punctuation (const char *text)
{
  char *out;

  if (text == NULL)
    return NULL;
  out = g_strchomp (g_strdup (text));
  while (*out != '\0' && strchr ("/:;,", out[strlen (out) - 1]) != NULL)
    {
      out[strlen (out) - 1] = '\0';
      g_strchomp (out);
    }
  return out;
}

/* A data field is read whole, then kept as the record needs it. */
static void
end_data_field (Parser *parser)
{
  RdRecord *record = parser->record;
  const char *a = subfield (parser, 'a');

  if (strcmp (parser->tag, "191") == 0 && a != NULL)
    {
      g_ptr_array_add (record->symbols, g_strdup (a));
      if (record->symbol == NULL)
        record->symbol = g_strdup (a);
    }
  else if (strcmp (parser->tag, "245") == 0 && a != NULL && record->title == NULL)
    {
      g_autofree char *main_title = strip_catalogue_punctuation (a);
      g_autofree char *rest = strip_catalogue_punctuation (subfield (parser, 'b'));

      record->title = rest != NULL && *rest != '\0' ? g_strdup_printf ("%s : %s", main_title, rest) : g_steal_pointer (&main_title);
    }
  else if (strcmp (parser->tag, "269") == 0 && a != NULL && record->date == NULL)
    record->date = g_strdup (a);
  else if (strcmp (parser->tag, "650") == 0 && a != NULL)
    g_ptr_array_add (record->subjects, g_strdup (a));
  else if (strcmp (parser->tag, "991") == 0)
    {
      char *item = agenda_item (parser);

      if (item != NULL)
        g_ptr_array_add (record->agenda, item);
    }
  else if (strcmp (parser->tag, "993") == 0 && a != NULL)
    g_ptr_array_add (record->related, g_strdup (a));
  else if (strcmp (parser->tag, "996") == 0)
    {
      record->yes = vote_count (subfield (parser, 'b'));
      record->no = vote_count (subfield (parser, 'c'));
      record->abstentions = vote_count (subfield (parser, 'd'));
      if (record->yes >= 0 || record->no >= 0 || record->abstentions >= 0)
        record->vote = RD_VOTE_RECORDED;
      else if (says_without_vote (a))
        record->vote = RD_VOTE_WITHOUT_VOTE;
    }
  else if (strcmp (parser->tag, "591") == 0 && says_without_vote (a) && record->vote == RD_VOTE_UNKNOWN)
    record->vote = RD_VOTE_WITHOUT_VOTE;
}

/* Callbacks */

static void
on_start_element (GMarkupParseContext *context,
                  const char *element_name,
                  const char **attribute_names,
                  const char **attribute_values,
                  gpointer user_data,
                  GError **error)
{
  Parser *parser = user_data;
  const char *name = local_name (element_name);

  if (strcmp (name, "record") == 0)
    {
      g_clear_pointer (&parser->record, rd_record_free);
      parser->record = rd_record_new ();
    }
  else if (strcmp (name, "datafield") == 0 && parser->record != NULL)
    {
      const char *tag = attribute (attribute_names, attribute_values, "tag");

      g_strlcpy (parser->tag, tag != NULL ? tag : "", sizeof parser->tag);
      g_hash_table_remove_all (parser->subfields);
    }
  else if (strcmp (name, "subfield") == 0 && parser->record != NULL)
    {
      const char *code = attribute (attribute_names, attribute_values, "code");

      parser->code = code != NULL ? code[0] : '\0';
      parser->in_subfield = TRUE;
      g_string_truncate (parser->text, 0);
    }
}

static void
on_end_element (GMarkupParseContext *context,
                const char *element_name,
                gpointer user_data,
                GError **error)
{
  Parser *parser = user_data;
  const char *name = local_name (element_name);

  if (strcmp (name, "record") == 0 && parser->record != NULL)
    g_ptr_array_add (parser->records, g_steal_pointer (&parser->record));
  else if (strcmp (name, "datafield") == 0 && parser->record != NULL)
    {
      end_data_field (parser);
      parser->tag[0] = '\0';
    }
  else if (strcmp (name, "subfield") == 0 && parser->in_subfield)
    {
      gpointer key = GINT_TO_POINTER ((int) parser->code);

      parser->in_subfield = FALSE;
      if (!g_hash_table_contains (parser->subfields, key))
        g_hash_table_insert (parser->subfields, key, g_strstrip (g_strdup (parser->text->str)));
    }
}

static void
on_text (GMarkupParseContext *context,
         const char *text,
         gsize text_len,
         gpointer user_data,
         GError **error)
{
  Parser *parser = user_data;

  if (parser->in_subfield)
    g_string_append_len (parser->text, text, (gssize) text_len);
}

/* Public API */

RdRecord *
rd_record_new (void)
{
  RdRecord *record = g_new0 (RdRecord, 1);

  record->subjects = g_ptr_array_new_with_free_func (g_free);
  record->agenda = g_ptr_array_new_with_free_func (g_free);
  record->related = g_ptr_array_new_with_free_func (g_free);
  record->symbols = g_ptr_array_new_with_free_func (g_free);
  record->yes = record->no = record->abstentions = -1;
  return record;
}

static void
copy_strings (GPtrArray *to,
              GPtrArray *from)
{
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, g_strdup (g_ptr_array_index (from, i)));
}

RdRecord *
rd_record_copy (const RdRecord *record)
{
  RdRecord *copy = rd_record_new ();

  copy->symbol = g_strdup (record->symbol);
  copy->title = g_strdup (record->title);
  copy->date = g_strdup (record->date);
  copy_strings (copy->subjects, record->subjects);
  copy_strings (copy->agenda, record->agenda);
  copy_strings (copy->related, record->related);
  copy_strings (copy->symbols, record->symbols);
  copy->vote = record->vote;
  copy->yes = record->yes;
  copy->no = record->no;
  copy->abstentions = record->abstentions;
  return copy;
}

void
rd_record_free (RdRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->symbol);
  g_free (record->title);
  g_free (record->date);
  g_ptr_array_unref (record->subjects);
  g_ptr_array_unref (record->agenda);
  g_ptr_array_unref (record->related);
  g_ptr_array_unref (record->symbols);
  g_free (record);
}

GPtrArray *
rd_record_parse_marcxml (GBytes *bytes,
                         GError **error)
{
  static const GMarkupParser callbacks = { on_start_element, on_end_element, on_text, NULL, NULL };
  Parser parser = { 0 };
  g_autoptr (GMarkupParseContext) context = NULL;
  g_autoptr (GError) local_error = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  GPtrArray *records = NULL;

  parser.records = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_record_free);
  parser.text = g_string_new (NULL);
  parser.subfields = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  context = g_markup_parse_context_new (&callbacks, 0, &parser, NULL);

  /* An XML declaration is not markup GMarkup reads: skip it. */
  if (length > 5 && strncmp (data, "<?xml", 5) == 0)
    {
      const char *end = g_strstr_len (data, (gssize) length, "?>");

      if (end != NULL)
        {
          length -= (gsize) (end + 2 - data);
          data = end + 2;
        }
    }
  if (length == 0 || !g_markup_parse_context_parse (context, data, (gssize) length, &local_error) || !g_markup_parse_context_end_parse (context, &local_error))
    {
      g_set_error (error, RD_RECORD_ERROR, RD_RECORD_ERROR_MALFORMED,
                   _ ("the library's answer is not a MARCXML record (%s)"),
                   local_error != NULL ? local_error->message : _ ("empty"));
      g_ptr_array_unref (parser.records);
    }
  else
    records = g_steal_pointer (&parser.records);

  g_clear_pointer (&parser.record, rd_record_free);
  g_string_free (parser.text, TRUE);
  g_hash_table_unref (parser.subfields);
  return records;
}

gboolean
rd_record_has_symbol (const RdRecord *record,
                      const char *symbol)
{
  for (guint i = 0; i < record->symbols->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (record->symbols, i), symbol) == 0)
      return TRUE;
  return FALSE;
}

RdRecord *
rd_record_find (GPtrArray *records,
                const char *symbol)
{
  for (guint i = 0; i < records->len; i++)
    if (rd_record_has_symbol (g_ptr_array_index (records, i), symbol))
      return g_ptr_array_index (records, i);
  return NULL;
}

char *
rd_record_describe_vote (const RdRecord *record)
{
  g_autofree char *yes = NULL;
  g_autofree char *no = NULL;
  g_autofree char *abstentions = NULL;

  switch (record->vote)
    {
    case RD_VOTE_RECORDED:
      yes = record->yes >= 0 ? g_strdup_printf ("%d", record->yes) : g_strdup ("?");
      no = record->no >= 0 ? g_strdup_printf ("%d", record->no) : g_strdup ("?");
      abstentions = record->abstentions >= 0 ? g_strdup_printf ("%d", record->abstentions) : g_strdup ("?");
      /* TRANSLATORS: the vote on a resolution: yes, no, abstentions */
      return g_strdup_printf (_ ("%s in favour, %s against, %s abstentions (recorded vote)"), yes, no, abstentions);
    case RD_VOTE_WITHOUT_VOTE:
      return g_strdup (_ ("adopted without a vote"));
    case RD_VOTE_UNKNOWN:
    default:
      return NULL;
    }
}

char *
rd_record_describe_agenda (const RdRecord *record)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < record->agenda->len; i++)
    {
      if (i > 0)
        g_string_append (out, "; ");
      g_string_append (out, g_ptr_array_index (record->agenda, i));
    }
  return record->agenda->len > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}
