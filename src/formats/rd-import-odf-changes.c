/* rd-import-odf-changes.c: an OpenDocument text with its tracked changes
 * rejected
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * OpenDocument keeps the text as it reads with the changes accepted: an
 * insertion is what stands between a text:change-start and its
 * text:change-end (across paragraphs, when paragraph breaks were
 * inserted), a deletion a text:change where the deleted text stood, the
 * text itself in its text:changed-region (several paragraphs when breaks
 * were deleted).  Rejecting them edits the tree before it is read:
 * each insertion's range is removed, the paragraphs it began and ended in
 * joined; each deletion's text is put back at its mark, its paragraphs
 * splitting the one it stood in.  Every region is used once, so a
 * document cannot make its text grow by citing one region many times.
 */

#include "config.h"

#include <libxml/xpath.h>
#include <string.h>

#include "rd-import-office.h"

#define OFFICE_NS "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define TEXT_NS "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define XML_NS "http://www.w3.org/XML/1998/namespace"

typedef struct
{
  xmlNode *root;        /* office:text */
  GHashTable *regions;  /* id -> text:insertion, text:deletion, ... */
  GPtrArray *marks;     /* text:change, text:change-start, in order */
  GHashTable *ends;     /* id -> text:change-end */
  GPtrArray *graveyard; /* nodes taken out, freed at the end: marks
                         * may still point into them */
} Rejecting;

/* Static helpers */

static gboolean
is_paragraph (const xmlNode *node)
{
  return rd_xml_is (node, TEXT_NS, "p") || rd_xml_is (node, TEXT_NS, "h");
}

static xmlNode *
paragraph_of (xmlNode *node)
{
  for (; node != NULL; node = node->parent)
    if (is_paragraph (node))
      return node;
  return NULL;
}

static gboolean
is_ancestor (const xmlNode *ancestor,
             const xmlNode *node)
{
  for (; node != NULL; node = node->parent)
    if (node == ancestor)
      return TRUE;
  return FALSE;
}

/* Still in the document: not inside something taken out. */
static gboolean
is_attached (Rejecting *r,
             const xmlNode *node)
{
  return is_ancestor (r->root, node);
}

static void
bury (Rejecting *r,
      xmlNode *node)
{
  xmlUnlinkNode (node);
  g_ptr_array_add (r->graveyard, node);
}

/* Whether @node prints any text. */
static gboolean
has_text (const xmlNode *node,
          guint depth)
{
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      for (const xmlChar *p = node->content; p != NULL && *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          return TRUE;
      return FALSE;
    }
  if (node->type != XML_ELEMENT_NODE || depth > RD_LIMIT_NESTING_DEPTH)
    return FALSE;
  if (rd_xml_is (node, TEXT_NS, "note"))
    return TRUE;
  if (rd_xml_is (node, OFFICE_NS, "annotation"))
    return FALSE;
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    if (has_text (child, depth + 1))
      return TRUE;
  return FALSE;
}

/* Whether anything before (@after FALSE) or after @node in @paragraph
 * prints text. */
static gboolean
has_text_beside (const xmlNode *node,
                 const xmlNode *paragraph,
                 gboolean after)
{
  for (; node != NULL && node != paragraph; node = node->parent)
    for (const xmlNode *sibling = after ? node->next : node->prev; sibling != NULL; sibling = after ? sibling->next : sibling->prev)
      if (has_text (sibling, 0))
        return TRUE;
  return FALSE;
}

/* Takes out the lists and list items that @node's leaving left empty. */
static void
prune_empty_lists (Rejecting *r,
                   xmlNode *container)
{
  while (container != NULL && (rd_xml_is (container, TEXT_NS, "list-item") || rd_xml_is (container, TEXT_NS, "list")))
    {
      xmlNode *parent = container->parent;

      for (const xmlNode *child = container->children; child != NULL; child = child->next)
        if (child->type == XML_ELEMENT_NODE)
          return;
      bury (r, container);
      container = parent;
    }
}

/* Moves @from's children to the end (or the start) of @into, then takes
 * @from out. */
static void
join_paragraphs (Rejecting *r,
                 xmlNode *from,
                 xmlNode *into,
                 gboolean at_start)
{
  xmlNode *first = into->children;
  xmlNode *parent = from->parent;

  while (from->children != NULL)
    {
      xmlNode *child = from->children;

      xmlUnlinkNode (child);
      if (at_start && first != NULL)
        xmlAddPrevSibling (first, child);
      else
        xmlAddChild (into, child);
    }
  bury (r, from);
  prune_empty_lists (r, parent);
}

/* An insertion rejected: what stands between @start and @end goes. */
static void
reject_insertion (Rejecting *r,
                  xmlNode *start,
                  xmlNode *end)
{
  g_autoptr (GPtrArray) doomed = g_ptr_array_new ();
  xmlNode *node = start;
  xmlNode *start_paragraph = paragraph_of (start);
  xmlNode *end_paragraph = paragraph_of (end);

  /* Everything after @start up to @end in document order, whole where it
   * does not hold @end; a range whose end is not after its start is
   * left as it is. */
  for (;;)
    {
      if (node->next == NULL)
        {
          node = node->parent;
          if (node == NULL || node == r->root)
            return;
          continue;
        }
      node = node->next;
      while (node != end && is_ancestor (node, end))
        node = node->children;
      if (node == end)
        break;
      g_ptr_array_add (doomed, node);
    }
  for (guint i = 0; i < doomed->len; i++)
    bury (r, g_ptr_array_index (doomed, i));

  /* The paragraphs it began and ended in are one again: the one that
   * keeps text keeps its style and list ("¶new text" inserted at a
   * paragraph's end, or "new text¶" at one's start). */
  if (start_paragraph != NULL && end_paragraph != NULL && start_paragraph != end_paragraph)
    {
      if (!has_text_beside (start, start_paragraph, FALSE) && has_text_beside (end, end_paragraph, TRUE))
        join_paragraphs (r, start_paragraph, end_paragraph, TRUE);
      else
        join_paragraphs (r, end_paragraph, start_paragraph, FALSE);
    }
}

/* The last paragraph in @block (itself, if it is one). */
static xmlNode *
last_paragraph (xmlNode *block,
                guint depth)
{
  if (is_paragraph (block))
    return block;
  if (depth > RD_LIMIT_NESTING_DEPTH)
    return NULL;
  for (xmlNode *child = block->last; child != NULL; child = child->prev)
    {
      xmlNode *found = child->type == XML_ELEMENT_NODE ? last_paragraph (child, depth + 1) : NULL;

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Where the paragraphs of a deletion go after @host: after the list it
 * is in, the rest of that list (the items after @host's) moved to a list
 * of its own after them that continues its numbering. */
static xmlNode *
split_point (xmlNode *host,
             xmlNode **rest_of_list)
{
  xmlNode *anchor = host;
  xmlNode *item = NULL;

  *rest_of_list = NULL;
  while (anchor->parent != NULL && (rd_xml_is (anchor->parent, TEXT_NS, "list-item") || rd_xml_is (anchor->parent, TEXT_NS, "list")))
    {
      if (rd_xml_is (anchor, TEXT_NS, "list-item"))
        item = anchor;
      anchor = anchor->parent;
    }
  if (anchor != host && item != NULL && item->parent == anchor)
    {
      xmlNode *following = item->next;
      gboolean any = FALSE;

      for (xmlNode *n = following; n != NULL; n = n->next)
        any |= n->type == XML_ELEMENT_NODE;
      if (any)
        {
          xmlNode *list = xmlCopyNode (anchor, 2);
          xmlAttr *id = xmlHasNsProp (list, (const xmlChar *) "id", (const xmlChar *) XML_NS);

          if (id != NULL)
            xmlRemoveProp (id);
          xmlSetNsProp (list, anchor->ns, (const xmlChar *) "continue-numbering", (const xmlChar *) "true");
          while (following != NULL)
            {
              xmlNode *next = following->next;

              xmlUnlinkNode (following);
              xmlAddChild (list, following);
              following = next;
            }
          *rest_of_list = list;
        }
    }
  return anchor;
}

/* A deletion rejected: its text back at @mark. */
static void
reject_deletion (Rejecting *r,
                 xmlNode *mark,
                 xmlNode *deletion)
{
  g_autoptr (GPtrArray) blocks = g_ptr_array_new ();
  g_autoptr (GPtrArray) after = g_ptr_array_new ();
  xmlNode *host = paragraph_of (mark);
  xmlNode *first;
  guint next_block = 0;
  xmlNode *anchor;
  xmlNode *rest_of_list = NULL;
  xmlNode *target;

  for (xmlNode *child = deletion->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && !rd_xml_is (child, OFFICE_NS, "change-info"))
      g_ptr_array_add (blocks, child);
  if (blocks->len == 0 || host == NULL)
    return;
  for (guint i = 0; i < blocks->len; i++)
    xmlUnlinkNode (g_ptr_array_index (blocks, i));

  /* The first paragraph's text where the mark stands. */
  first = g_ptr_array_index (blocks, 0);
  if (is_paragraph (first))
    {
      while (first->children != NULL)
        {
          xmlNode *child = first->children;

          xmlUnlinkNode (child);
          xmlAddPrevSibling (mark, child);
        }
      g_ptr_array_add (r->graveyard, first);
      next_block = 1;
    }
  if (next_block == blocks->len)
    return;

  /* More: the paragraph splits at the mark; what followed it goes to the
   * end of the last paragraph put back. */
  for (xmlNode *node = mark; node != host; node = node->parent)
    for (xmlNode *sibling = node->next; sibling != NULL; sibling = sibling->next)
      g_ptr_array_add (after, sibling);
  anchor = split_point (host, &rest_of_list);
  for (guint i = next_block; i < blocks->len; i++)
    {
      xmlNode *block = g_ptr_array_index (blocks, i);

      xmlAddNextSibling (anchor, block);
      anchor = block;
    }
  target = last_paragraph (anchor, 0);
  if (target == NULL)
    {
      target = xmlNewNode (host->ns, (const xmlChar *) "p");
      xmlAddNextSibling (anchor, target);
      anchor = target;
    }
  for (guint i = 0; i < after->len; i++)
    {
      xmlNode *node = g_ptr_array_index (after, i);

      xmlUnlinkNode (node);
      xmlAddChild (target, node);
    }
  if (rest_of_list != NULL)
    xmlAddNextSibling (anchor, rest_of_list);
}

static void
collect_marks (Rejecting *r,
               xmlNode *parent,
               guint depth)
{
  if (depth > RD_LIMIT_NESTING_DEPTH)
    return;
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || rd_xml_is (child, TEXT_NS, "tracked-changes"))
        continue;
      if (rd_xml_is (child, TEXT_NS, "change") || rd_xml_is (child, TEXT_NS, "change-start"))
        g_ptr_array_add (r->marks, child);
      else if (rd_xml_is (child, TEXT_NS, "change-end"))
        {
          char *id = rd_xml_get (child, TEXT_NS, "change-id");

          if (id != NULL)
            g_hash_table_insert (r->ends, id, child);
        }
      else
        collect_marks (r, child, depth + 1);
    }
}

static void
collect_regions (Rejecting *r)
{
  xmlNode *changes = rd_xml_child (r->root, TEXT_NS, "tracked-changes");

  for (xmlNode *region = changes != NULL ? changes->children : NULL; region != NULL; region = region->next)
    {
      char *id;

      if (!rd_xml_is (region, TEXT_NS, "changed-region"))
        continue;
      id = rd_xml_get (region, TEXT_NS, "id");
      if (id == NULL)
        id = rd_xml_get (region, XML_NS, "id");
      if (id == NULL)
        continue;
      for (xmlNode *kind = region->children; kind != NULL; kind = kind->next)
        if (kind->type == XML_ELEMENT_NODE)
          {
            g_hash_table_insert (r->regions, g_strdup (id), kind);
            break;
          }
      g_free (id);
    }
}

/* Public API */

void
rd_odf_reject_changes (xmlNode *text)
{
  Rejecting r = { 0 };

  r.root = text;
  r.regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.ends = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.marks = g_ptr_array_new ();
  r.graveyard = g_ptr_array_new_with_free_func ((GDestroyNotify) xmlFreeNode);
  xmlXPathOrderDocElems (text->doc);
  collect_regions (&r);
  collect_marks (&r, text, 0);

  /* Insertions first, in order: a deletion inside inserted text goes
   * with it.  Then deletions from the last: the text after a mark that
   * moves to the paragraphs put back is then only what stands up to the
   * next mark, never the rest of the paragraph again for each mark. */
  for (int pass = 0; pass < 2; pass++)
    for (guint k = 0; k < r.marks->len; k++)
      {
        guint i = pass == 0 ? k : r.marks->len - 1 - k;
        xmlNode *mark = g_ptr_array_index (r.marks, i);
        g_autofree char *id = rd_xml_get (mark, TEXT_NS, "change-id");
        xmlNode *region = id != NULL ? g_hash_table_lookup (r.regions, id) : NULL;
        gboolean start = rd_xml_is (mark, TEXT_NS, "change-start");

        if ((pass == 0) != start || !is_attached (&r, mark))
          continue;
        if (region != NULL)
          g_hash_table_remove (r.regions, id);
        if (region != NULL && start && rd_xml_is (region, TEXT_NS, "insertion"))
          {
            xmlNode *end = g_hash_table_lookup (r.ends, id);

            /* An end before its start would walk to the end of the
             * document, for each such mark: compared first, in the order
             * xmlXPathOrderDocElems() gave the elements. */
            if (end != NULL && is_attached (&r, end) && xmlXPathCmpNodes (mark, end) == 1)
              reject_insertion (&r, mark, end);
          }
        else if (region != NULL && !start && rd_xml_is (region, TEXT_NS, "deletion"))
          reject_deletion (&r, mark, region);
        if (is_attached (&r, mark))
          bury (&r, mark);
      }

  g_ptr_array_unref (r.graveyard);
  g_ptr_array_unref (r.marks);
  g_hash_table_unref (r.ends);
  g_hash_table_unref (r.regions);
}
