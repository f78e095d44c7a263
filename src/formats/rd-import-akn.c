/* rd-import-akn.c: Akoma Ntoso XML (the UN's AKN4UN profile)
 *
 * A resolution in Akoma Ntoso marks up what the PDF only shows: the
 * preface (docNumber, docProponent, docTitle, docDate...), the preamble
 * (formula, preambular paragraphs), the main body (paragraph with num,
 * content, subparagraphs) and the footnotes (authorialNote, or noteRef to
 * a note kept in the metadata).  The blocks follow the contract of
 * rd-block.h: the preface items one per block, then one block per
 * paragraph with the number from num in @number, then the footnotes.
 *
 * The XML is parsed as every importer parses it (rd_xml_parse): no
 * network, no DTD loading, no entity expansion.
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-formats.h"
#include "rd-import.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "rd-import-private.h"

#define XML_NS "http://www.w3.org/XML/1998/namespace"

/* How many levels of documents inside documents (a collection's, an
 * annex's) are read: real ones nest two or three. */
#define MAX_DOCUMENT_DEPTH 8

/* Notes are read at most RD_LIMIT_FOOTNOTES: a note may cite another, so
 * the list grows as it is read, and notes citing each other in a loop must
 * not grow it forever. */

typedef struct
{
  char *mark;
  const xmlNode *body;
} AknNote;

typedef struct
{
  RdBlockList *list;
  RdTextBuilder builder;
  RdBlockContext *context;
  const char *ns;         /* the namespace of the root element */
  GHashTable *meta_notes; /* eId -> note in meta/notes */
  GArray *notes;          /* AknNote, in citation order */
  const xmlNode *skip;    /* a heading already read with its number */
  gboolean in_paragraph;  /* elements here are inline */
  guint next_mark;
  guint insertions;
  guint deletions;
} Akn;

static const char *const months[] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"
};

/* Elements */

static gboolean
is (const Akn *akn,
    const xmlNode *node,
    const char *name)
{
  return rd_xml_is (node, akn->ns, name);
}

static gboolean
is_any (const Akn *akn,
        const xmlNode *node,
        const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (is (akn, node, names[i]))
      return TRUE;
  return FALSE;
}

/* Elements whose text is one paragraph (block) of the document. */
static const char *const paragraph_elements[] = {
  "p", "heading", "subheading", "listIntroduction", "listWrapUp", "li",
  "td", "th", "caption", "docTitle", "docNumber", "docDate", "docType",
  "docStatus", "docProponent", "docStage", "docAuthority", "docCommittee",
  "session", "legislature", "shortTitle", NULL
};

/* Elements that print nothing of the text. */
static const char *const skipped_elements[] = {
  "meta", "toc", "img", "componentRef", "documentRef", "marker", "popup",
  "noteRef", "authorialNote", "num", "del", NULL
};

/* Inline elements shown in italic. */
static const char *const italic_elements[] = { "i", NULL };

/* Inline elements that are links. */
static const char *const link_elements[] = { "a", "ref", "rref", "mref", NULL };

/* Blocks */

static RdBlock *
emit (Akn *akn,
      gboolean after_break)
{
  RdBlockContext *context = akn->context;
  RdBlock *block = rd_text_builder_flush (&akn->builder, akn->list, context->role);

  if (block == NULL)
    return NULL;
  if (!rd_block_context_give_first (context, block) && context->after_break)
    block->flags |= RD_BLOCK_FLAG_CONTINUATION;
  context->after_break = after_break;
  return block;
}

static void akn_node (Akn *akn, const xmlNode *node, guint depth);

static void
walk_children (Akn *akn,
               const xmlNode *node,
               guint depth)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    akn_node (akn, child, depth + 1);
}

/* Opens a block-level element: what came before is a block of its own,
 * and the first block inside takes the element's number and flags (or
 * its parent's, when the parent made no block yet: a paragraph's number
 * goes to the p in its content). */
static void
akn_block (Akn *akn,
           const xmlNode *node,
           RdBlockContext *context,
           gboolean paragraph,
           guint depth)
{
  RdBlockContext *parent = akn->context;
  gboolean was_in_paragraph = akn->in_paragraph;

  if (parent->role == RD_BLOCK_FOOTNOTE)
    {
      /* A footnote's paragraphs join into its one block. */
      rd_text_builder_append (&akn->builder, " ", 1);
      akn->in_paragraph = paragraph;
      walk_children (akn, node, depth);
      akn->in_paragraph = was_in_paragraph;
      rd_text_builder_append (&akn->builder, " ", 1);
      rd_block_context_clear (context);
      return;
    }

  emit (akn, FALSE);
  if (!parent->emitted && rd_text_builder_is_empty (&akn->builder))
    {
      if (context->number == NULL)
        context->number = g_strdup (parent->number);
      if (context->role == RD_BLOCK_BODY)
        context->role = parent->role;
      context->flags |= parent->flags;
      parent->emitted = TRUE;
    }

  akn->context = context;
  akn->in_paragraph = paragraph;
  walk_children (akn, node, depth);
  akn->in_paragraph = was_in_paragraph;
  emit (akn, FALSE);
  akn->context = parent;
  rd_block_context_clear (context);
}

static void
append_mark (Akn *akn,
             const char *mark,
             const xmlNode *body)
{
  gsize start = akn->builder.text->len;
  AknNote note = { g_strdup (mark), body };

  rd_text_builder_append (&akn->builder, mark, -1);
  rd_text_builder_add_span (&akn->builder, RD_SPAN_FOOTNOTE, start);
  g_array_append_val (akn->notes, note);
}

static void
akn_note_citation (Akn *akn,
                   const xmlNode *node)
{
  g_autofree char *marker = rd_xml_get (node, NULL, "marker");
  g_autofree char *mark = NULL;
  const xmlNode *body = node;

  if (is (akn, node, "noteRef"))
    {
      g_autofree char *href = rd_xml_get (node, NULL, "href");

      body = href != NULL ? g_hash_table_lookup (akn->meta_notes, href[0] == '#' ? href + 1 : href) : NULL;
      if (marker == NULL && body != NULL)
        marker = rd_xml_get (body, NULL, "marker");
    }
  mark = marker != NULL ? rd_text_fold_whitespace (marker, NULL) : NULL;
  if (mark == NULL || *mark == '\0')
    {
      g_free (mark);
      mark = g_strdup_printf ("%u", ++akn->next_mark);
    }
  append_mark (akn, mark, body);
}

/* An hcontainer (paragraph, subparagraph, article, point...): its num is
 * the number of its first block, or leads its heading ("I. General"). */
static void
akn_hcontainer (Akn *akn,
                const xmlNode *node,
                guint depth)
{
  const xmlNode *num = rd_xml_child (node, akn->ns, "num");
  const xmlNode *heading = rd_xml_child (node, akn->ns, "heading");
  g_autofree char *number = num != NULL ? rd_xml_text (num) : NULL;
  RdBlockContext context = { 0 };

  context.role = RD_BLOCK_BODY;
  if (number != NULL && *number != '\0' && heading == NULL)
    context.number = g_strdup (number);

  if (heading != NULL && number != NULL && *number != '\0')
    {
      /* The number leads the heading's text. */
      RdBlockContext heading_context = { 0 };
      RdBlockContext *parent = akn->context;

      emit (akn, FALSE);
      heading_context.role = RD_BLOCK_HEADING;
      akn->context = &heading_context;
      akn->in_paragraph = TRUE;
      rd_text_builder_append (&akn->builder, number, -1);
      rd_text_builder_append (&akn->builder, " ", 1);
      walk_children (akn, heading, depth + 1);
      akn->in_paragraph = FALSE;
      emit (akn, FALSE);
      akn->context = parent;
      rd_block_context_clear (&heading_context);
      akn->skip = heading;
    }
  akn_block (akn, node, &context, FALSE, depth);
}

static gboolean
is_hcontainer (const Akn *akn,
               const xmlNode *node)
{
  static const char *const names[] = {
    "paragraph", "subparagraph", "point", "item", "indent", "alinea",
    "article", "section", "subsection", "clause", "subclause", "chapter",
    "subchapter", "part", "subpart", "title", "subtitle", "book", "tome",
    "division", "subdivision", "hcontainer", "level", "list", "sublist",
    "rule", "subrule", "proviso", "transitional", "recital", "citation",
    "container", "blockContainer", "tblock", NULL
  };

  return is_any (akn, node, names);
}

static void
akn_node (Akn *akn,
          const xmlNode *node,
          guint depth)
{
  if (depth > RD_LIMIT_NESTING_DEPTH)
    return;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      rd_text_builder_append (&akn->builder, (const char *) node->content, -1);
      return;
    }
  if (node->type != XML_ELEMENT_NODE)
    return; /* comments, processing instructions, entity references */

  if (node->ns == NULL || g_strcmp0 ((const char *) node->ns->href, akn->ns) != 0)
    {
      /* Another vocabulary (XHTML in foreign, MathML...): its text only. */
      walk_children (akn, node, depth);
      return;
    }

  if (is (akn, node, "authorialNote") || is (akn, node, "noteRef"))
    {
      akn_note_citation (akn, node);
      return;
    }
  if (is (akn, node, "del"))
    {
      akn->deletions++;
      return;
    }
  if (node == akn->skip || is_any (akn, node, skipped_elements))
    return;
  if (is (akn, node, "ins"))
    akn->insertions++;

  if (is (akn, node, "eol") || is (akn, node, "eop") || is (akn, node, "br"))
    {
      if (akn->context->role == RD_BLOCK_FOOTNOTE)
        rd_text_builder_append (&akn->builder, " ", 1);
      else
        emit (akn, TRUE);
      return;
    }
  if (is_any (akn, node, italic_elements))
    {
      guint handle = rd_text_builder_open (&akn->builder, RD_SPAN_ITALIC);
      walk_children (akn, node, depth);
      rd_text_builder_close (&akn->builder, handle);
      return;
    }
  if (is_any (akn, node, link_elements))
    {
      guint handle = rd_text_builder_open (&akn->builder, RD_SPAN_LINK);
      walk_children (akn, node, depth);
      rd_text_builder_close (&akn->builder, handle);
      return;
    }

  /* Inside a paragraph everything else is inline (docNumber, span, b,
   * term, date...): its text counts. */
  if (akn->in_paragraph)
    {
      walk_children (akn, node, depth);
      return;
    }

  if (is_hcontainer (akn, node))
    {
      akn_hcontainer (akn, node, depth);
      return;
    }
  if (is (akn, node, "heading") || is (akn, node, "subheading"))
    {
      RdBlockContext context = { RD_BLOCK_HEADING, 0, NULL, NULL, FALSE, FALSE };
      akn_block (akn, node, &context, TRUE, depth);
      return;
    }
  if (is (akn, node, "li"))
    {
      RdBlockContext context = { RD_BLOCK_BODY, RD_BLOCK_FLAG_LIST_ITEM, NULL, NULL, FALSE, FALSE };
      akn_block (akn, node, &context, TRUE, depth);
      return;
    }

  /* A paragraph, or a container of blocks (preamble, content, intro,
   * wrapUp, formula, blockList, table...). */
  {
    RdBlockContext context = { RD_BLOCK_BODY, 0, NULL, NULL, FALSE, FALSE };
    akn_block (akn, node, &context, is_any (akn, node, paragraph_elements), depth);
  }
}

/* The preface */

static char *
format_iso_date (const char *iso)
{
  int year = 0, month = 0, day = 0;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &year, &month, &day) != 3 || month < 1 || month > 12 || day < 1 || day > 31)
    return NULL;
  return g_strdup_printf ("%d %s %d", day, months[month - 1], year);
}

static void
collect_elements (const Akn *akn,
                  const xmlNode *node,
                  const char *name,
                  GPtrArray *into,
                  guint depth)
{
  if (depth > RD_LIMIT_NESTING_DEPTH)
    return;
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is (akn, child, name))
        g_ptr_array_add (into, (gpointer) child);
      else if (child->type == XML_ELEMENT_NODE)
        collect_elements (akn, child, name, into, depth + 1);
    }
}

/* "draftResolution" (the name of the document element) -> "draft
 * resolution". */
static char *
type_from_name (const char *name)
{
  GString *out;

  if (name == NULL || (!g_str_has_prefix (name, "draft") && !g_str_has_prefix (name, "revisedDraft")))
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = name; *p != '\0'; p++)
    {
      if (g_ascii_isupper (*p))
        {
          g_string_append_c (out, ' ');
          g_string_append_c (out, g_ascii_tolower (*p));
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
contains_caseless (const char *text,
                   const char *needle)
{
  g_autofree char *lower_text = g_utf8_strdown (text, -1);
  g_autofree char *lower_needle = g_utf8_strdown (needle, -1);

  return strstr (lower_text, lower_needle) != NULL;
}

/* "Austria", "Brazil", "Nigeria" -> "Austria, Brazil and Nigeria". */
static char *
join_names (GPtrArray *names)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == names->len ? " and " : ", ");
      g_string_append (out, g_ptr_array_index (names, i));
    }
  return g_string_free (out, FALSE);
}

static gboolean
holds_only (const Akn *akn,
            const xmlNode *node,
            const char *const *names)
{
  gboolean any = FALSE;

  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE)
        {
          /* Separators between proponents: ",", "and", ":". */
          g_autofree char *text = rd_text_fold_whitespace ((const char *) child->content, NULL);
          if (text[strspn (text, ",;: ")] != '\0' && strcmp (text, "and") != 0)
            return FALSE;
          continue;
        }
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (!is_any (akn, child, names))
        return FALSE;
      any = TRUE;
    }
  return any;
}

static void
add_line (Akn *akn,
          const char *text)
{
  rd_text_builder_append (&akn->builder, text, -1);
  emit (akn, FALSE);
}

/* The masthead: the preface's items in their order, the sponsors line
 * made from the proponents when the text does not spell it out, and the
 * title last (after the sponsors line, where printed resolutions have it
 * and the parser looks for it). */
static void
akn_preface (Akn *akn,
             const xmlNode *document,
             const xmlNode *preface)
{
  static const char *const proponent_only[] = { "docProponent", "docType", NULL };
  g_autoptr (GPtrArray) proponents = g_ptr_array_new ();
  g_autoptr (GPtrArray) types = g_ptr_array_new ();
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) titles = g_ptr_array_new ();
  g_autofree char *type = NULL;
  g_autofree char *sponsors_line = NULL;
  gboolean sponsors_done = FALSE;

  collect_elements (akn, preface, "docProponent", proponents, 0);
  collect_elements (akn, preface, "docType", types, 0);
  for (guint i = 0; i < proponents->len; i++)
    {
      char *name = rd_xml_text (g_ptr_array_index (proponents, i));
      if (*name != '\0')
        g_ptr_array_add (names, name);
      else
        g_free (name);
    }
  if (types->len > 0)
    type = rd_xml_text (g_ptr_array_index (types, 0));
  else
    {
      g_autofree char *name = rd_xml_get (document, NULL, "name");
      type = type_from_name (name);
    }
  if (type != NULL && *type != '\0')
    type[0] = g_ascii_tolower (type[0]);

  for (const xmlNode *child = preface->children; child != NULL; child = child->next)
    {
      g_autoptr (GPtrArray) inside = g_ptr_array_new ();
      g_autofree char *text = NULL;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      collect_elements (akn, child, "docTitle", inside, 0);
      if (is (akn, child, "longTitle") || is (akn, child, "docTitle") || inside->len > 0)
        {
          g_ptr_array_add (titles, (gpointer) child);
          continue;
        }

      g_ptr_array_set_size (inside, 0);
      collect_elements (akn, child, "docProponent", inside, 0);
      if (is (akn, child, "docProponent"))
        g_ptr_array_add (inside, (gpointer) child);
      text = rd_xml_text (child);
      if (inside->len > 0 && names->len > 0 && type != NULL && *type != '\0' && !contains_caseless (text, type))
        {
          /* Proponents without the type after them: build the line. */
          if (!sponsors_done)
            {
              g_autofree char *joined = join_names (names);
              sponsors_line = g_strdup_printf ("%s: %s", joined, type);
              add_line (akn, sponsors_line);
              sponsors_done = TRUE;
            }
          if (holds_only (akn, child, proponent_only) || is (akn, child, "docProponent"))
            continue;
        }
      if (sponsors_done && (is (akn, child, "docType") || holds_only (akn, child, proponent_only)))
        continue; /* the type is in the line built above */

      if (is (akn, child, "docDate") || (is (akn, child, "p") && holds_only (akn, child, (const char *const[]){ "docDate", NULL })))
        {
          g_autoptr (GPtrArray) dates = g_ptr_array_new ();

          collect_elements (akn, child, "docDate", dates, 0);
          if (is (akn, child, "docDate"))
            g_ptr_array_add (dates, (gpointer) child);
          if (*text == '\0' && dates->len > 0)
            {
              g_autofree char *iso = rd_xml_get (g_ptr_array_index (dates, 0), NULL, "date");
              g_autofree char *printed = format_iso_date (iso);

              if (printed != NULL)
                add_line (akn, printed);
              continue;
            }
        }
      akn_node (akn, child, 1);
    }

  for (guint i = 0; i < titles->len; i++)
    akn_node (akn, g_ptr_array_index (titles, i), 1);
}

/* The document */

static void
read_meta (Akn *akn,
           const xmlNode *meta)
{
  g_autoptr (GPtrArray) languages = g_ptr_array_new ();
  g_autoptr (GPtrArray) notes = g_ptr_array_new ();

  collect_elements (akn, meta, "FRBRlanguage", languages, 0);
  for (guint i = 0; i < languages->len && akn->list->language == NULL; i++)
    {
      g_autofree char *language = rd_xml_get (g_ptr_array_index (languages, i), NULL, "language");
      akn->list->language = rd_language_tag_normalize (language);
    }

  collect_elements (akn, meta, "note", notes, 0);
  for (guint i = 0; i < notes->len; i++)
    {
      const xmlNode *note = g_ptr_array_index (notes, i);
      char *id = rd_xml_get (note, NULL, "eId");

      if (id == NULL)
        id = rd_xml_get (note, NULL, "id");
      if (id != NULL)
        g_hash_table_replace (akn->meta_notes, id, (gpointer) note);
    }
}

static void
akn_document (Akn *akn,
              const xmlNode *document,
              guint depth)
{
  const xmlNode *preface = rd_xml_child (document, akn->ns, "preface");

  if (depth > MAX_DOCUMENT_DEPTH)
    return;
  for (const xmlNode *child = document->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is (akn, child, "meta"))
        read_meta (akn, child);
      else if (is (akn, child, "preface"))
        akn_preface (akn, document, child);
      else if (is (akn, child, "coverPage") && preface != NULL)
        continue; /* a cover page repeats the preface */
      else if (is (akn, child, "attachments") || is (akn, child, "components") || is (akn, child, "collectionBody"))
        {
          /* Annexes and the documents of a collection. */
          for (const xmlNode *part = child->children; part != NULL; part = part->next)
            {
              const xmlNode *inner = part;

              if (part->type != XML_ELEMENT_NODE)
                continue;
              /* attachment > doc, component > doc */
              for (const xmlNode *grand = part->children; grand != NULL; grand = grand->next)
                if (grand->type == XML_ELEMENT_NODE && rd_xml_child (grand, akn->ns, "meta") != NULL)
                  inner = grand;
              if (rd_xml_child (inner, akn->ns, "meta") != NULL || rd_xml_child (inner, akn->ns, "mainBody") != NULL)
                akn_document (akn, inner, depth + 1);
              else
                akn_node (akn, part, 1);
            }
        }
      else
        akn_node (akn, child, 1);
    }
}

static void
emit_notes (Akn *akn)
{
  /* A note can cite another (rarely): the array may grow as it is read. */
  for (guint i = 0; i < akn->notes->len && i < RD_LIMIT_FOOTNOTES; i++)
    {
      AknNote *note = &g_array_index (akn->notes, AknNote, i);
      g_autofree char *mark = g_strdup (note->mark);
      const xmlNode *body = note->body;
      RdBlockContext context = { RD_BLOCK_FOOTNOTE, 0, NULL, NULL, FALSE, FALSE };
      RdBlockContext *parent = akn->context;

      if (body == NULL)
        continue;
      context.marker = g_steal_pointer (&mark);
      akn->context = &context;
      walk_children (akn, body, 1);
      emit (akn, FALSE);
      akn->context = parent;
      rd_block_context_clear (&context);
    }
}

RdBlockList *
rd_formats_import_akn (GBytes *bytes,
                       GError **error)
{
  g_autoptr (RdBlockList) list = rd_block_list_new ("akn");
  g_autoptr (xmlDoc) doc = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  const xmlNode *root;
  const xmlNode *document = NULL;
  RdBlockContext top = { RD_BLOCK_BODY, 0, NULL, NULL, TRUE, FALSE };
  Akn akn = { 0 };

  g_return_val_if_fail (bytes != NULL, NULL);
  rd_xml_init ();

  doc = rd_xml_parse (data, length, _ ("the Akoma Ntoso XML"), error);
  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  if (strcmp ((const char *) root->name, "akomaNtoso") != 0 || root->ns == NULL)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
                   _ ("the XML is not an Akoma Ntoso document (its root element is not akomaNtoso in the Akoma Ntoso namespace)"));
      return NULL;
    }

  akn.list = list;
  akn.ns = (const char *) root->ns->href;
  akn.context = &top;
  akn.meta_notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  akn.notes = g_array_new (FALSE, FALSE, sizeof (AknNote));
  rd_text_builder_init (&akn.builder);

  {
    g_autofree char *lang = rd_xml_get (root, XML_NS, "lang");
    list->language = rd_language_tag_normalize (lang);
  }
  for (const xmlNode *child = root->children; child != NULL && document == NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && child->ns != NULL && strcmp ((const char *) child->ns->href, akn.ns) == 0)
      document = child;

  if (document != NULL)
    {
      if (list->language == NULL)
        {
          g_autofree char *lang = rd_xml_get (document, XML_NS, "lang");
          list->language = rd_language_tag_normalize (lang);
        }
      akn_document (&akn, document, 0);
      emit (&akn, FALSE);
      emit_notes (&akn);
    }
  rd_block_list_warn_tracked_changes (list, akn.insertions, akn.deletions, RD_TRACKED_CHANGES_ACCEPT);

  rd_text_builder_clear (&akn.builder);
  g_hash_table_unref (akn.meta_notes);
  for (guint i = 0; i < akn.notes->len; i++)
    g_free (g_array_index (akn.notes, AknNote, i).mark);
  g_array_unref (akn.notes);

  return rd_import_finish (g_steal_pointer (&list), _ ("the document holds no text"), error);
}
