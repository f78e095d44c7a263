/* rd-html-tree.c: building the HTML export's libxml2 tree
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Document text only ever enters the tree as text nodes
 * (xmlNodeAddContentLen) or attribute values (xmlSetProp), which the
 * serialiser escapes.  Nothing here pastes document text into markup.
 */

#include "config.h"

#include "rd-html-tree.h"

#include <string.h>

/* Static helpers */

static gboolean
is_allowed_char (gunichar c)
{
  /* HTML forbids the C0 and C1 controls (bar white space) and
   * noncharacters; libxml2's parser rejects them too. */
  if (c < 0x20)
    return c == '\t' || c == '\n';
  if (c >= 0x7f && c < 0xa0)
    return FALSE;
  if (c >= 0xfdd0 && c <= 0xfdef)
    return FALSE;
  return (c & 0xfffe) != 0xfffe;
}

/*
 * The one routine every string passes on its way into the tree.  Escaping
 * is libxml2's (the serialiser writes <, >, & and quotes as references);
 * this only replaces what no escaping can carry: bytes that are not UTF-8
 * and characters HTML forbids, each by U+FFFD (carriage returns and form
 * feeds by a space).  Returns NULL when @text needs nothing replaced.
 */
static char *
clean_text (const char *text,
            gsize length)
{
  const char *p = text;
  const char *end = text + length;
  GString *out = NULL;

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      gsize size;
      const char *replacement = NULL;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          size = 1;
          replacement = "\xef\xbf\xbd";
        }
      else
        {
          size = g_utf8_next_char (p) - p;
          if (c == '\r' || c == '\f')
            replacement = " ";
          else if (!is_allowed_char (c))
            replacement = "\xef\xbf\xbd";
        }

      if (replacement != NULL && out == NULL)
        out = g_string_new_len (text, p - text);
      if (out != NULL)
        {
          if (replacement != NULL)
            g_string_append (out, replacement);
          else
            g_string_append_len (out, p, size);
        }
      p += size;
    }
  return out != NULL ? g_string_free (out, FALSE) : NULL;
}

static void set_formatted (xmlNodePtr node, const char *attribute, const char *format, va_list args) G_GNUC_PRINTF (3, 0);

/* Formats @format into @node's @attribute, or into its text when
 * @attribute is NULL. */
static void
set_formatted (xmlNodePtr node,
               const char *attribute,
               const char *format,
               va_list args)
{
  g_autofree char *value = g_strdup_vprintf (format, args);

  if (attribute == NULL)
    rd_html_add_text (node, value);
  else
    rd_html_set_attribute (node, attribute, value);
}

/* Public API */

void
rd_html_add_text_len (xmlNodePtr parent,
                      const char *text,
                      gsize length)
{
  g_autofree char *clean = NULL;

  if (text == NULL || length == 0)
    return;
  g_return_if_fail (length < G_MAXINT);

  clean = clean_text (text, length);
  if (clean != NULL)
    xmlNodeAddContent (parent, (const xmlChar *) clean);
  else
    xmlNodeAddContentLen (parent, (const xmlChar *) text, (int) length);
}

void
rd_html_add_text (xmlNodePtr parent,
                  const char *text)
{
  if (text != NULL)
    rd_html_add_text_len (parent, text, strlen (text));
}

void
rd_html_add_textf (xmlNodePtr parent,
                   const char *format,
                   ...)
{
  va_list args;

  va_start (args, format);
  set_formatted (parent, NULL, format, args);
  va_end (args);
}

void
rd_html_set_attribute (xmlNodePtr node,
                       const char *name,
                       const char *value)
{
  g_autofree char *clean = clean_text (value, strlen (value));

  xmlSetProp (node, (const xmlChar *) name, (const xmlChar *) (clean != NULL ? clean : value));
}

xmlNodePtr
rd_html_add_element (xmlNodePtr parent,
                     const char *name,
                     const char *class_name)
{
  xmlNodePtr node = xmlNewChild (parent, NULL, (const xmlChar *) name, NULL);

  if (class_name != NULL)
    rd_html_set_attribute (node, "class", class_name);
  return node;
}

xmlNodePtr
rd_html_add_block (xmlNodePtr parent,
                   const char *name,
                   const char *class_name)
{
  xmlNodeAddContent (parent, (const xmlChar *) "\n");
  return rd_html_add_element (parent, name, class_name);
}

xmlNodePtr
rd_html_add_text_element (xmlNodePtr parent,
                          const char *name,
                          const char *class_name,
                          const char *text)
{
  xmlNodePtr node = rd_html_add_element (parent, name, class_name);

  rd_html_add_text (node, text);
  return node;
}

xmlNodePtr
rd_html_add_link (xmlNodePtr parent,
                  const char *class_name,
                  const char *target_id,
                  const char *text)
{
  g_autofree char *href = g_strconcat ("#", target_id, NULL);
  xmlNodePtr link = rd_html_add_element (parent, "a", class_name);

  rd_html_set_attribute (link, "href", href);
  rd_html_add_text (link, text);
  return link;
}

void
rd_html_set_id (xmlNodePtr node,
                const char *format,
                ...)
{
  va_list args;

  va_start (args, format);
  set_formatted (node, "id", format, args);
  va_end (args);
}
