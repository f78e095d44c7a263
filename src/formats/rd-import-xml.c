/* rd-import-xml.c: helpers shared by the importers of markup formats: safe
 * XML parsing, a builder for blocks, language tags and list numbers
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-import-private.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <string.h>

/* Marks an entry of RdTextBuilder.open as closed. */
#define SPAN_CLOSED G_MAXSIZE

/* XML */

static gboolean
declares_entities (const char *data,
                   gsize length)
{
  static const char needle[] = "<!ENTITY";
  gsize n = sizeof needle - 1;

  for (gsize i = 0; i + n <= length; i++)
    if (data[i] == '<' && memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

xmlDoc *
rd_xml_parse (const char *data,
              gsize length,
              const char *part,
              GError **error)
{
  /* No XML_PARSE_NOENT (it turns entity substitution on), no
   * XML_PARSE_DTDLOAD or XML_PARSE_DTDATTR (they load external DTDs), no
   * XML_PARSE_HUGE (it lifts the limits on depth and text size). */
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
  xmlParserCtxt *context;
  xmlDoc *doc;

  if (length > G_MAXINT)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE,
                   _ ("%s is too large to read"), part);
      return NULL;
    }

  context = xmlNewParserCtxt ();
  if (context == NULL)
    g_error ("Out of memory creating an XML parser");
  doc = xmlCtxtReadMemory (context, data, (int) length, NULL, NULL, options);

  if (doc == NULL)
    {
      const xmlError *xml_error = xmlCtxtGetLastError (context);
      g_autofree char *message = g_strdup (xml_error != NULL && xml_error->message != NULL ? xml_error->message : "");

      g_strstrip (message);
      if (declares_entities (data, length))
        g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
                     _ ("%s declares XML entities (<!ENTITY …>), which Resdiff does not expand, for safety"), part);
      else if (strstr (message, "Excessive depth") != NULL)
        g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE,
                     _ ("%s nests its elements more than %d levels deep, more than any document needs"), part, RD_MARKUP_MAX_DEPTH);
      else
        /* TRANSLATORS: the first %s is a part of the file ("content.xml"),
         * the last is libxml2's description of the fault, in English. */
        g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED,
                     _ ("%s is damaged: not well-formed XML (line %d: %s)"), part,
                     xml_error != NULL ? xml_error->line : 0, message);
      xmlFreeParserCtxt (context);
      return NULL;
    }
  xmlFreeParserCtxt (context);

  if (doc->intSubset != NULL && (doc->intSubset->entities != NULL || doc->intSubset->pentities != NULL))
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
                   _ ("%s declares XML entities (<!ENTITY …>), which Resdiff does not expand, for safety"), part);
      xmlFreeDoc (doc);
      return NULL;
    }
  if (xmlDocGetRootElement (doc) == NULL)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED, _ ("%s is damaged: it holds no XML element"), part);
      xmlFreeDoc (doc);
      return NULL;
    }
  return doc;
}

gboolean
rd_xml_is (const xmlNode *node,
           const char *ns,
           const char *name)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE || strcmp ((const char *) node->name, name) != 0)
    return FALSE;
  if (ns == NULL)
    return TRUE;
  return node->ns != NULL && node->ns->href != NULL && strcmp ((const char *) node->ns->href, ns) == 0;
}

char *
rd_xml_get (const xmlNode *node,
            const char *ns,
            const char *name)
{
  xmlChar *value;
  char *copy;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return NULL;
  if (ns != NULL)
    value = xmlGetNsProp (node, (const xmlChar *) name, (const xmlChar *) ns);
  else
    value = xmlGetNoNsProp (node, (const xmlChar *) name);
  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

xmlNode *
rd_xml_child (const xmlNode *node,
              const char *ns,
              const char *name)
{
  if (node == NULL)
    return NULL;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (rd_xml_is (child, ns, name))
      return child;
  return NULL;
}

static void
collect_text (const xmlNode *node,
              GString *out,
              guint depth)
{
  if (depth > RD_MARKUP_MAX_DEPTH)
    return;
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        g_string_append (out, (const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE)
        collect_text (child, out, depth + 1);
      /* Entity references are not followed: see rd_xml_parse. */
    }
}

char *
rd_xml_text (const xmlNode *node)
{
  g_autoptr (GString) out = g_string_new (NULL);

  if (node != NULL)
    collect_text (node, out, 0);
  return rd_text_fold_whitespace (out->str, NULL);
}

/* Building blocks */

void
rd_text_builder_init (RdTextBuilder *builder)
{
  builder->text = g_string_new (NULL);
  builder->spans = g_array_new (FALSE, FALSE, sizeof (RdSpan));
  builder->open = g_array_new (FALSE, FALSE, sizeof (RdSpan));
}

void
rd_text_builder_clear (RdTextBuilder *builder)
{
  if (builder->text != NULL)
    g_string_free (builder->text, TRUE);
  g_clear_pointer (&builder->spans, g_array_unref);
  g_clear_pointer (&builder->open, g_array_unref);
  builder->text = NULL;
}

void
rd_text_builder_append (RdTextBuilder *builder,
                        const char *text,
                        gssize length)
{
  gsize n = length < 0 ? strlen (text) : (gsize) length;

  for (gsize i = 0; i < n; i++)
    {
      guchar c = (guchar) text[i];

      if (c == 0xC2 && i + 1 < n && (guchar) text[i + 1] == 0xAD)
        {
          i++; /* U+00AD SOFT HYPHEN: invisible unless a line breaks there */
          continue;
        }
      if (c < 0x20 || c == 0x7F)
        c = ' ';
      g_string_append_c (builder->text, (char) c);
    }
}

gboolean
rd_text_builder_is_empty (const RdTextBuilder *builder)
{
  for (gsize i = 0; i < builder->text->len; i++)
    if (!g_ascii_isspace (builder->text->str[i]))
      return FALSE;
  return TRUE;
}

guint
rd_text_builder_open (RdTextBuilder *builder,
                      RdSpanKind kind)
{
  RdSpan span = { kind, builder->text->len, 0 };

  g_array_append_val (builder->open, span);
  return builder->open->len - 1;
}

void
rd_text_builder_close (RdTextBuilder *builder,
                       guint handle)
{
  RdSpan *span;

  g_return_if_fail (handle < builder->open->len);

  span = &g_array_index (builder->open, RdSpan, handle);
  if (span->end != SPAN_CLOSED)
    rd_text_builder_add_span (builder, span->kind, span->start);
  span->end = SPAN_CLOSED;
  /* Handles stay valid: only closed spans at the top are dropped. */
  while (builder->open->len > 0 && g_array_index (builder->open, RdSpan, builder->open->len - 1).end == SPAN_CLOSED)
    g_array_set_size (builder->open, builder->open->len - 1);
}

void
rd_text_builder_add_span (RdTextBuilder *builder,
                          RdSpanKind kind,
                          gsize start)
{
  RdSpan span = { kind, start, builder->text->len };

  if (span.end > span.start)
    g_array_append_val (builder->spans, span);
}

/* Gives @block the spans of @spans as rd_block_add_span would, one by
 * one: sorted by start, overlapping or touching spans of one kind merged
 * (footnote marks excepted).  Done in one sort, as a paragraph of a
 * hostile file can hold a hundred thousand spans, and adding them one at
 * a time costs a sort each. */
static void
add_spans (RdBlock *block,
           GArray *spans)
{
  gsize length = strlen (block->text);
  guint last[RD_SPAN_LINK + 1] = { G_MAXUINT, G_MAXUINT, G_MAXUINT };

  g_array_sort (spans, rd_span_compare);
  for (guint i = 0; i < spans->len; i++)
    {
      RdSpan span = g_array_index (spans, RdSpan, i);

      span.start = MIN (span.start, length);
      span.end = MIN (MAX (span.end, span.start), length);
      if (span.end == span.start)
        continue;
      if (span.kind != RD_SPAN_FOOTNOTE && last[span.kind] != G_MAXUINT)
        {
          RdSpan *other = &g_array_index (block->spans, RdSpan, last[span.kind]);

          if (span.start <= other->end)
            {
              other->end = MAX (other->end, span.end);
              continue;
            }
        }
      g_array_append_val (block->spans, span);
      last[span.kind] = block->spans->len - 1;
    }
}

RdBlock *
rd_text_builder_flush (RdTextBuilder *builder,
                       RdBlockList *list,
                       RdBlockRole role)
{
  g_autofree char *folded = NULL;
  RdBlock *block = NULL;

  for (guint i = 0; i < builder->open->len; i++)
    {
      RdSpan *open = &g_array_index (builder->open, RdSpan, i);

      if (open->end == SPAN_CLOSED)
        continue;
      rd_text_builder_add_span (builder, open->kind, open->start);
      open->start = 0;
    }

  folded = rd_text_fold_whitespace (builder->text->str, builder->spans);
  if (*folded != '\0')
    {
      block = rd_block_list_append (list, role, folded);
      add_spans (block, builder->spans);
    }

  g_string_truncate (builder->text, 0);
  g_array_set_size (builder->spans, 0);
  return block;
}

/* Other helpers */

void
rd_block_list_warn_tracked_changes (RdBlockList *list,
                                    guint insertions,
                                    guint deletions)
{
  if (insertions == 0 && deletions == 0)
    return;
  /* TRANSLATORS: the counts of tracked insertions and deletions. */
  rd_block_list_add_warning (list, _ ("the document has tracked changes; they were read as accepted (insertions kept: %u, deletions dropped: %u)"),
                             insertions, deletions);
}

char *
rd_language_tag_normalize (const char *value)
{
  static const char *const iso639_2[][2] = {
    { "ara", "ar" },
    { "chi", "zh" },
    { "zho", "zh" },
    { "eng", "en" },
    { "fra", "fr" },
    { "fre", "fr" },
    { "rus", "ru" },
    { "spa", "es" },
    { "deu", "de" },
    { "ger", "de" },
    { "por", "pt" },
    { "ita", "it" },
    { "jpn", "ja" },
    { "kor", "ko" },
    { "nld", "nl" },
    { "dut", "nl" },
  };
  g_autofree char *tag = NULL;
  gsize primary;

  if (value == NULL)
    return NULL;
  tag = g_strstrip (g_strdup (value));
  g_strdelimit (tag, "_", '-');
  if (strlen (tag) < 2 || strlen (tag) > 35 || tag[strspn (tag, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")] != '\0')
    return NULL;
  primary = strcspn (tag, "-");
  if (primary < 2 || primary > 3)
    return NULL;
  for (gsize i = 0; i < primary; i++)
    {
      if (!g_ascii_isalpha (tag[i]))
        return NULL;
      tag[i] = g_ascii_tolower (tag[i]);
    }
  /* "und" (undetermined), "zxx" (no linguistic content), "mul". */
  if (strncmp (tag, "und", primary) == 0 || strncmp (tag, "zxx", primary) == 0 || strncmp (tag, "mul", primary) == 0)
    return NULL;
  if (primary == 3)
    for (guint i = 0; i < G_N_ELEMENTS (iso639_2); i++)
      if (strncmp (tag, iso639_2[i][0], 3) == 0)
        {
          char *mapped = g_strconcat (iso639_2[i][1], tag + 3, NULL);
          return mapped;
        }
  return g_steal_pointer (&tag);
}

char *
rd_format_letter (guint value,
                  gboolean upper,
                  gboolean repeat)
{
  GString *out = g_string_new (NULL);
  char base = upper ? 'A' : 'a';

  if (value == 0)
    return g_string_free (out, FALSE);
  if (repeat)
    {
      /* a..z, aa..zz, aaa..: the letter repeated. */
      guint count = (value - 1) / 26 + 1;

      for (guint i = 0; i < MIN (count, 64); i++)
        g_string_append_c (out, (char) (base + (value - 1) % 26));
    }
  else
    {
      /* Bijective base 26: z, aa, ab, ... */
      while (value > 0)
        {
          value--;
          g_string_prepend_c (out, (char) (base + value % 26));
          value /= 26;
        }
    }
  return g_string_free (out, FALSE);
}

char *
rd_format_roman (guint value,
                 gboolean upper)
{
  static const struct
  {
    guint value;
    const char *lower;
    const char *upper;
  } numerals[] = {
    { 1000, "m", "M" },
    { 900, "cm", "CM" },
    { 500, "d", "D" },
    { 400, "cd", "CD" },
    { 100, "c", "C" },
    { 90, "xc", "XC" },
    { 50, "l", "L" },
    { 40, "xl", "XL" },
    { 10, "x", "X" },
    { 9, "ix", "IX" },
    { 5, "v", "V" },
    { 4, "iv", "IV" },
    { 1, "i", "I" },
  };
  GString *out;

  if (value == 0 || value > 3999)
    return g_strdup_printf ("%u", value);
  out = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (numerals); i++)
    while (value >= numerals[i].value)
      {
        g_string_append (out, upper ? numerals[i].upper : numerals[i].lower);
        value -= numerals[i].value;
      }
  return g_string_free (out, FALSE);
}
