/* rd-xml.h: XML parsed safely, and the queries the importers make of it
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

#include "rd-limits.h"

G_BEGIN_DECLS

/* Parses XML without network access, without loading external DTDs or
 * entities, without substituting entities and with libxml2's default size
 * and depth limits (no XML_PARSE_HUGE).  A document that declares its own
 * entities is refused, as they serve no purpose in the formats Resdiff
 * reads and are the stuff of "billion laughs" attacks.  @part names the
 * XML in messages ("word/document.xml"). */
/* Initialises libxml2 (xmlInitParser) once.  Its first initialisation is
 * not safe from two threads at once, and the loader reads both versions in
 * parallel: every entry into this module (the importers, the HTML writer)
 * calls this first, and a second thread waits here until it is done.  It
 * is not done earlier on the main thread because comparing text must not
 * load libxml2 at all. */
void rd_xml_init (void);

xmlDoc *rd_xml_parse (const char *data, gsize length, const char *part, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* Whether @node is an element called @name in namespace @ns (any
 * namespace when @ns is NULL). */
gboolean rd_xml_is (const xmlNode *node, const char *ns, const char *name);

/* The value of attribute @name in namespace @ns (no namespace when @ns is
 * NULL), newly allocated with g_malloc, or NULL. */
char *rd_xml_get (const xmlNode *node, const char *ns, const char *name);

/* The first child element of @node called @name in @ns, or NULL. */
xmlNode *rd_xml_child (const xmlNode *node, const char *ns, const char *name);

/* The text of @node and its descendants (text and CDATA only; entity
 * references are not expanded), white space folded. */
char *rd_xml_text (const xmlNode *node);

/* An element's namespace and name, for tables of elements. */
typedef struct
{
  const char *ns;
  const char *name;
} RdXmlName;

/* Whether @node is one of the @n_names elements of @names. */
gboolean rd_xml_is_one_of (const xmlNode *node, const RdXmlName *names, gsize n_names);

G_END_DECLS
