/* rd-xml.c: XML parsed safely, and the queries the importers make of it
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-xml.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <string.h>

#include "rd-import.h"

/* Static helpers */

static void
collect_text (const xmlNode *node,
              GString *out,
              guint depth)
{
  if (depth > RD_LIMIT_NESTING_DEPTH)
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

/* Public API */

void
rd_xml_init (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      xmlInitParser ();
      g_once_init_leave (&initialised, 1);
    }
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
                     _ ("%s nests its elements more than %d levels deep, more than any document needs"), part, RD_LIMIT_NESTING_DEPTH);
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

char *
rd_xml_text (const xmlNode *node)
{
  g_autoptr (GString) out = g_string_new (NULL);

  if (node != NULL)
    collect_text (node, out, 0);
  return rd_text_fold_whitespace (out->str, NULL);
}

gboolean
rd_xml_is_one_of (const xmlNode *node,
                  const RdXmlName *names,
                  gsize n_names)
{
  for (gsize i = 0; i < n_names; i++)
    if (rd_xml_is (node, names[i].ns, names[i].name))
      return TRUE;
  return FALSE;
}
