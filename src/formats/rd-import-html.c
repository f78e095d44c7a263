/* rd-import-html.c: HTML and XHTML with libxml2's HTML parser
 *
 * One block per paragraph-like element (p, li, h1-h6, td, div with text
 * of its own...), emphasis as italic spans, superscript footnote
 * citations as footnote spans and the footnote texts they point to as
 * footnote blocks.  Scripts, styles, forms and navigation are skipped.
 *
 * libxml2 parses without network access and stops at a nesting depth of
 * RD_LIMIT_NESTING_DEPTH (its own limit without HTML_PARSE_HUGE, which is
 * never given); a document cut there is refused rather than half read.
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-formats.h"
#include "rd-import.h"

#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>
#include <stdlib.h>
#include <string.h>

#include "rd-import-private.h"
#include "rd-xml.h"

/* How far into the file a <meta charset> is looked for: HTML requires it
 * in the first 1024 bytes. */
#define CHARSET_WINDOW 1024

/* A footnote mark is short, in characters: "1", "12", "*", "†", "a". */
#define MAX_MARK_LENGTH 8

/* How many levels of elements deep a footnote's mark or a citation's
 * superscript is looked for (<p><a><span><sup>1</sup>): writers wrap it
 * in two or three. */
#define MARK_ELEMENT_DEPTH 4

/* A header or footer whose text is mostly link text is navigation: the
 * share of its text's bytes inside links, 0 to 1. */
#define NAVIGATION_LINK_SHARE 0.6

typedef struct
{
  RdBlockList *list;
  RdTextBuilder builder;
  RdBlockContext *context;
  GHashTable *note_targets;  /* id a footnote citation points to -> mark */
  GHashTable *citation_ids;  /* ids of the citations (back-links point there) */
  const xmlNode *skip;       /* a footnote's own mark, left out of its text */
  GHashTable *list_counters; /* <ol> -> ListCounter */
  gboolean too_deep;
  gboolean too_many_items;
  RdBoldTally bold; /* of the paragraph's text */
  guint bold_depth;
} Html;

/* Where the numbering of an <ol> stands: its last item numbered and that
 * item's value.  Items are numbered in document order, so each item
 * continues from the last one instead of walking all the items before it. */
typedef struct
{
  const xmlNode *item;
  gint64 value;
  guint n_items;
} ListCounter;

/* Elements */

static gboolean
name_is (const xmlNode *node,
         const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

/* Whether @node is an element named in the table @names. */
#define name_in(node, names) name_in_table ((node), (names), G_N_ELEMENTS (names))

static gboolean
name_in_table (const xmlNode *node,
               const char *const *names,
               gsize n_names)
{
  for (gsize i = 0; i < n_names; i++)
    if (name_is (node, names[i]))
      return TRUE;
  return FALSE;
}

static const char *const block_elements[] = {
  "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
  "section", "article", "main", "aside", "header", "footer", "address",
  "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td",
  "th", "caption", "dl", "dt", "dd", "ul", "ol", "pre", "center", "form",
  "fieldset", "legend", "body", "html", "details", "summary", "hgroup", "dir",
  "menu", "hr", "listing", "xmp", "noframes", "frameset"
};

static const char *const skipped_elements[] = {
  "head", "script", "style", "noscript", "template", "nav", "iframe",
  "object", "embed", "svg", "math", "canvas", "button", "select", "textarea",
  "input", "option", "audio", "video", "map", "frame", "title", "datalist",
  "dialog"
};

/* Elements with nothing to read inside. */
static const char *const empty_inline_elements[] = { "img", "wbr" };

/* What may be a web page's header or footer rather than the document's. */
static const char *const page_frames[] = { "header", "footer" };

static const char *const headings[] = { "h1", "h2", "h3", "h4", "h5", "h6" };

/* The elements browsers set in italics, in bold, centred. */
static const char *const italic_elements[] = { "em", "i", "cite", "dfn", "var" };
static const char *const bold_elements[] = { "b", "strong" };
static const char *const centered_elements[] = { "center" };

static char *
get_attribute (const xmlNode *node,
               const char *name)
{
  return rd_xml_get (node, NULL, name);
}

/* A declaration of an inline style ("font-style: italic"); a value
 * matches when the style's value starts with it ("none !important"). */
typedef struct
{
  const char *property;
  const char *value;
} Declaration;

static const Declaration hidden_styles[] = { { "display", "none" }, { "visibility", "hidden" } };
static const Declaration italic_styles[] = { { "font-style", "italic" }, { "font-style", "oblique" } };
static const Declaration bold_styles[] = { { "font-weight", "bold" } };
static const Declaration centered_styles[] = { { "text-align", "center" } };
static const Declaration unnumbered_list_styles[] = { { "list-style-type", "none" }, { "list-style", "none" } };

/* Whether the lower-cased inline style @lower declares @declaration. */
static gboolean
style_declares (const char *lower,
                const Declaration *declaration)
{
  const char *property = declaration->property;

  for (const char *p = strstr (lower, property); p != NULL; p = strstr (p + 1, property))
    {
      const char *q = p + strlen (property);

      while (g_ascii_isspace (*q))
        q++;
      if (*q != ':')
        continue;
      q++;
      while (g_ascii_isspace (*q))
        q++;
      if (g_str_has_prefix (q, declaration->value))
        return TRUE;
    }
  return FALSE;
}

/* Whether the inline style of @node declares one of @declarations. */
#define style_has(node, declarations) style_has_table ((node), (declarations), G_N_ELEMENTS (declarations))

static gboolean
style_has_table (const xmlNode *node,
                 const Declaration *declarations,
                 gsize n_declarations)
{
  g_autofree char *style = get_attribute (node, "style");
  g_autofree char *lower = NULL;

  if (style == NULL)
    return FALSE;
  lower = g_ascii_strdown (style, -1);
  for (gsize i = 0; i < n_declarations; i++)
    if (style_declares (lower, &declarations[i]))
      return TRUE;
  return FALSE;
}

/* Whether the inline style or an attribute hides the element. */
static gboolean
is_hidden (const xmlNode *node)
{
  g_autofree char *hidden = get_attribute (node, "hidden");
  g_autofree char *aria = get_attribute (node, "aria-hidden");

  return hidden != NULL || g_strcmp0 (aria, "true") == 0 || style_has (node, hidden_styles);
}

static gsize
text_length (const xmlNode *node,
             gboolean links_only,
             gboolean in_link,
             guint depth)
{
  gsize length = 0;

  if (depth > RD_LIMIT_NESTING_DEPTH)
    return 0;
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE && (!links_only || in_link))
        {
          g_autofree char *folded = rd_text_fold_whitespace ((const char *) child->content, NULL);
          length += strlen (folded);
        }
      else if (child->type == XML_ELEMENT_NODE)
        length += text_length (child, links_only, in_link || name_is (child, "a"), depth + 1);
    }
  return length;
}

/* Whether attribute @name of @node is one of @values. */
#define attribute_in(node, name, values) attribute_in_table ((node), (name), (values), G_N_ELEMENTS (values))

static gboolean
attribute_in_table (const xmlNode *node,
                    const char *name,
                    const char *const *values,
                    gsize n_values)
{
  g_autofree char *value = get_attribute (node, name);

  for (gsize i = 0; value != NULL && i < n_values; i++)
    if (strcmp (value, values[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The ARIA roles of a site's menus (a search box too, on the element
 * itself), and of a page's header and footer. */
static const char *const menu_roles[] = { "navigation" };
static const char *const navigation_roles[] = { "navigation", "search" };
static const char *const page_frame_roles[] = { "banner", "contentinfo" };

static gboolean
has_navigation (const xmlNode *node,
                guint depth)
{
  if (depth > RD_LIMIT_NESTING_DEPTH)
    return FALSE;
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && (name_is (child, "nav") || attribute_in (child, "role", menu_roles) || has_navigation (child, depth + 1)))
      return TRUE;
  return FALSE;
}

/* Page headers and footers of web pages are menus; the header of the
 * UDHR's HTML holds its preamble.  Skip them only when they look like
 * navigation: a nav inside, or mostly link text. */
static gboolean
is_navigation (const xmlNode *node)
{
  gsize all;

  if (attribute_in (node, "role", navigation_roles))
    return TRUE;
  if (!name_in (node, page_frames))
    return FALSE;
  if (attribute_in (node, "role", page_frame_roles) || has_navigation (node, 0))
    return TRUE;
  all = text_length (node, FALSE, FALSE, 0);
  return all > 0 && text_length (node, TRUE, FALSE, 0) >= NAVIGATION_LINK_SHARE * all;
}

static gboolean
is_skipped (const xmlNode *node)
{
  return name_in (node, skipped_elements) || is_hidden (node) || is_navigation (node);
}

/* Footnotes */

/* The brackets a mark may stand in, opening and closing. */
static const char *const mark_brackets[] = { "[]", "()" };

/* The symbols that mark footnotes in UN documents: asterisks, daggers,
 * the section sign. */
static const char mark_symbols[] = "*\u2020\u2021\u00A7";

static gboolean
is_bracketed (const char *text,
              gsize length)
{
  for (gsize i = 0; length >= 2 && i < G_N_ELEMENTS (mark_brackets); i++)
    if (text[0] == mark_brackets[i][0] && text[length - 1] == mark_brackets[i][1])
      return TRUE;
  return FALSE;
}

/* "[1]", "(1)", " 1 " -> "1"; NULL when it is not a mark. */
static char *
normalize_mark (const char *text)
{
  g_autofree char *folded = rd_text_fold_whitespace (text, NULL);
  char *start = folded;
  gsize length = strlen (folded);

  while (is_bracketed (start, length))
    {
      start++;
      length -= 2;
      while (length > 0 && *start == ' ')
        start++, length--;
      while (length > 0 && start[length - 1] == ' ')
        length--;
    }
  if (length == 0 || g_utf8_strlen (start, length) > MAX_MARK_LENGTH || memchr (start, ' ', length) != NULL)
    return NULL;
  return g_strndup (start, length);
}

/* A mark a superscript alone makes a footnote citation: digits, or the
 * asterisks and daggers of UN documents. */
static gboolean
is_plain_mark (const char *mark)
{
  if (mark == NULL)
    return FALSE;
  if (mark[strspn (mark, "0123456789")] == '\0')
    return TRUE;
  for (const char *p = mark; *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_strchr (mark_symbols, -1, g_utf8_get_char (p)) == NULL)
      return FALSE;
  return TRUE;
}

/* Whether @node holds an element @name within MARK_ELEMENT_DEPTH levels. */
static gboolean
contains_element (const xmlNode *node,
                  const char *name,
                  guint depth)
{
  if (depth > MARK_ELEMENT_DEPTH)
    return FALSE;
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    if (name_is (child, name) || (child->type == XML_ELEMENT_NODE && contains_element (child, name, depth + 1)))
      return TRUE;
  return FALSE;
}

static gboolean
attribute_mentions (const xmlNode *node,
                    const char *attribute,
                    const char *word)
{
  g_autofree char *value = get_attribute (node, attribute);
  g_autofree char *lower = value != NULL ? g_ascii_strdown (value, -1) : NULL;

  return lower != NULL && strstr (lower, word) != NULL;
}

/* An attribute that mentions a word (attribute_mentions()). */
typedef struct
{
  const char *attribute;
  const char *word;
} Mention;

/* Whether @node has an attribute that mentions its word, of the table
 * @mentions. */
#define mentions_any(node, mentions) mentions_any_of ((node), (mentions), G_N_ELEMENTS (mentions))

static gboolean
mentions_any_of (const xmlNode *node,
                 const Mention *mentions,
                 gsize n_mentions)
{
  for (gsize i = 0; i < n_mentions; i++)
    if (attribute_mentions (node, mentions[i].attribute, mentions[i].word))
      return TRUE;
  return FALSE;
}

/* Whether @text starts with one of the table @prefixes. */
#define has_any_prefix(text, prefixes) has_any_prefix_of ((text), (prefixes), G_N_ELEMENTS (prefixes))

static gboolean
has_any_prefix_of (const char *text,
                   const char *const *prefixes,
                   gsize n_prefixes)
{
  for (gsize i = 0; text != NULL && i < n_prefixes; i++)
    if (g_str_has_prefix (text, prefixes[i]))
      return TRUE;
  return FALSE;
}

/* Whether the link @a is marked up as leading back from a footnote to
 * its citation (Pandoc, EPUB, Word's "_ftnref" anchors). */
static gboolean
is_back_link_markup (const xmlNode *a)
{
  static const Mention mentions[] = { { "class", "footnote-back" }, { "class", "backref" } };
  static const char *const targets[] = { "#_ftnref", "#_ednref", "#fnref" };
  static const char *const roles[] = { "doc-backlink" };
  g_autofree char *href = get_attribute (a, "href");

  return attribute_in (a, "role", roles) || mentions_any (a, mentions) || has_any_prefix (href, targets);
}

/* Whether the link @a cites a footnote: it points into the document and
 * is set as a superscript or marked up as a note reference (Pandoc,
 * EPUB, Word's "Save as Web Page"). */
static gboolean
is_citation_link (const xmlNode *a)
{
  /* How HTML writers mark a note reference: Pandoc, EPUB, Word's
   * "_ftnref" anchors, and the superscript of the rest. */
  static const Mention mentions[] = {
    { "class", "footnote" },
    { "class", "noteref" },
    { "role", "noteref" },
    { "epub:type", "noteref" },
    { "type", "noteref" },
    { "id", "fnref" },
    { "name", "_ftnref" },
  };
  static const char *const targets[] = { "#_ftn", "#_edn", "#fn" };
  g_autofree char *href = get_attribute (a, "href");

  if (href == NULL || href[0] != '#' || href[1] == '\0' || is_back_link_markup (a))
    return FALSE;
  return name_is (a->parent, "sup") || contains_element (a, "sup", 0) || mentions_any (a, mentions) || has_any_prefix (href, targets);
}

static void
collect_citations (Html *html,
                   const xmlNode *node,
                   guint depth)
{
  if (depth > RD_LIMIT_NESTING_DEPTH)
    return;
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (name_is (child, "a") && is_citation_link (child))
        {
          g_autofree char *href = get_attribute (child, "href");
          g_autofree char *text = rd_xml_text (child);
          char *mark = normalize_mark (text);
          char *id = get_attribute (child, "id");

          if (id == NULL)
            id = get_attribute (child, "name");
          if (mark != NULL && !g_hash_table_contains (html->note_targets, href + 1))
            g_hash_table_insert (html->note_targets, g_strdup (href + 1), mark);
          else
            g_free (mark);
          if (id != NULL)
            g_hash_table_add (html->citation_ids, id);
          continue;
        }
      collect_citations (html, child, depth + 1);
    }
}

/* Whether the link @a leads back from a footnote to its citation. */
static gboolean
is_back_link (Html *html,
              const xmlNode *a)
{
  g_autofree char *href = get_attribute (a, "href");

  if (is_back_link_markup (a))
    return TRUE;
  return href != NULL && href[0] == '#' && g_hash_table_contains (html->citation_ids, href + 1);
}

/* What names an element a link can point to: an id, or an old <a name>. */
static const char *const anchor_attributes[] = { "id", "name" };

/* The mark of the footnote that @node (a paragraph-like element) holds:
 * its id, or the id or name of an inline element at its very start, is
 * what a citation points to; or a superscript mark opens it ("¹ Text" as
 * <p><sup>1</sup> Text</p>).  Sets @mark_node to the element holding the
 * mark when its text is to be left out.  Block elements inside are left
 * to find their own marks. */
static char *
footnote_mark_at_start (Html *html,
                        const xmlNode *node,
                        const xmlNode **mark_node)
{
  const xmlNode *first = node;

  *mark_node = NULL;
  for (guint depth = 0; depth < MARK_ELEMENT_DEPTH; depth++)
    {
      const xmlNode *child;

      for (gsize i = 0; i < G_N_ELEMENTS (anchor_attributes); i++)
        {
          g_autofree char *anchor = get_attribute (first, anchor_attributes[i]);
          const char *mark = anchor != NULL ? g_hash_table_lookup (html->note_targets, anchor) : NULL;

          if (mark != NULL)
            {
              if (first != node && name_is (first, "a"))
                *mark_node = first;
              return g_strdup (mark);
            }
        }

      /* The first element child, if no text comes before it. */
      for (child = first->children; child != NULL; child = child->next)
        {
          if (child->type == XML_TEXT_NODE)
            {
              g_autofree char *folded = rd_text_fold_whitespace ((const char *) child->content, NULL);
              if (*folded != '\0')
                return NULL;
              continue;
            }
          if (child->type == XML_ELEMENT_NODE)
            break;
        }
      if (child == NULL || name_in (child, block_elements))
        return NULL;
      if (name_is (child, "sup"))
        {
          g_autofree char *text = rd_xml_text (child);
          char *plain = normalize_mark (text);

          if (is_plain_mark (plain) && !contains_element (child, "a", 0))
            {
              *mark_node = child;
              return plain;
            }
          g_free (plain);
        }
      first = child;
    }
  return NULL;
}

/* Lists */

static gboolean
starts_with_number (const char *text)
{
  static GRegex *numbered = NULL;

  if (g_once_init_enter (&numbered))
    g_once_init_leave (&numbered, g_regex_new ("^\\s*(\\d{1,3}\\.|\\([a-zA-Z]{1,4}\\)|\\(\\d{1,3}\\))\\s", 0, 0, NULL));
  return g_regex_match (numbered, text, 0, NULL);
}

/* How an <ol> numbers its items other than in decimal: its type
 * attribute or the CSS list styles that say the same, and the label's
 * form.  Lower case in the UN's own form "(a)", "(i)"; upper case as
 * "A.", "I.". */
typedef struct
{
  const char *type;
  Declaration styles[2];
  gboolean roman;
  gboolean upper;
} ListNumbering;

static const ListNumbering list_numberings[] = {
  { "a", { { "list-style-type", "lower-alpha" }, { "list-style-type", "lower-latin" } }, FALSE, FALSE },
  { "i", { { "list-style-type", "lower-roman" } }, TRUE, FALSE },
  { "A", { { "list-style-type", "upper-alpha" }, { "list-style-type", "upper-latin" } }, FALSE, TRUE },
  { "I", { { "list-style-type", "upper-roman" } }, TRUE, TRUE },
};

/* The numbering @ol declares, or NULL for decimal. */
static const ListNumbering *
list_numbering (const xmlNode *ol)
{
  g_autofree char *type = get_attribute (ol, "type");

  for (gsize i = 0; i < G_N_ELEMENTS (list_numberings); i++)
    {
      const ListNumbering *numbering = &list_numberings[i];
      gsize n_styles = numbering->styles[1].property != NULL ? 2 : 1;

      if (g_strcmp0 (type, numbering->type) == 0 || style_has_table (ol, numbering->styles, n_styles))
        return numbering;
    }
  return NULL;
}

/* The label of an ol's item, as the browser shows it. */
static char *
list_label (const xmlNode *ol,
            gint64 value)
{
  const ListNumbering *numbering;
  g_autofree char *body = NULL;

  if (style_has (ol, unnumbered_list_styles))
    return NULL;
  /* Letters and Roman numerals count from 1; like CSS counter styles, a
   * value they cannot show is shown in decimal. */
  if (value < 1)
    return g_strdup_printf ("%" G_GINT64_FORMAT ".", value);
  numbering = list_numbering (ol);
  if (numbering == NULL)
    return g_strdup_printf ("%" G_GINT64_FORMAT ".", value);
  body = numbering->roman ? rd_format_roman ((guint) value, numbering->upper) : rd_format_letter ((guint) value, numbering->upper, FALSE);
  return numbering->upper ? g_strdup_printf ("%s.", body) : g_strdup_printf ("(%s)", body);
}

/* A start or value attribute, clamped to what a list number may be. */
static gboolean
list_number_attribute (const xmlNode *node,
                       const char *name,
                       gint64 *number)
{
  g_autofree char *value = get_attribute (node, name);
  char *end = NULL;
  gint64 parsed;

  if (value == NULL)
    return FALSE;
  parsed = g_ascii_strtoll (value, &end, 10);
  if (end == value)
    return FALSE;
  *number = CLAMP (parsed, -RD_LIMIT_LIST_NUMBER, RD_LIMIT_LIST_NUMBER);
  return TRUE;
}

/* The value of @item, an <li> of an <ol>: its own value attribute, or one
 * step on from the item before it (the list's start, or its item count
 * when reversed, for the first).  Values are 64-bit and attributes are
 * clamped, so no count overflows.  FALSE past RD_LIMIT_LIST_ITEMS. */
static gboolean
list_item_value (Html *html,
                 const xmlNode *item,
                 gint64 *value)
{
  const xmlNode *list = item->parent;
  g_autofree char *reversed = get_attribute (list, "reversed");
  gint64 step = reversed != NULL ? -1 : 1;
  ListCounter *counter = g_hash_table_lookup (html->list_counters, list);
  const xmlNode *from;

  if (counter == NULL)
    {
      gint64 start = 1;

      if (!list_number_attribute (list, "start", &start) && reversed != NULL)
        {
          start = 0;
          for (const xmlNode *sibling = list->children; sibling != NULL; sibling = sibling->next)
            start += name_is (sibling, "li");
        }
      counter = g_new0 (ListCounter, 1);
      counter->value = start - step;
      g_hash_table_insert (html->list_counters, (gpointer) list, counter);
    }

  /* Count on from the last item numbered to this one; items skipped in
   * between (hidden ones) still take a number, as in a browser. */
  from = counter->item != NULL ? counter->item->next : list->children;
  for (const xmlNode *sibling = from; sibling != NULL; sibling = sibling->next)
    {
      gint64 own = 0;

      if (!name_is (sibling, "li"))
        continue;
      if (++counter->n_items > RD_LIMIT_LIST_ITEMS)
        {
          html->too_many_items = TRUE;
          return FALSE;
        }
      counter->value = list_number_attribute (sibling, "value", &own) ? own : counter->value + step;
      counter->item = sibling;
      if (sibling == item)
        break;
    }
  *value = counter->value;
  return TRUE;
}

/* Blocks */

/* Makes a block of the text collected.  After a line break (@after_break)
 * the new block is marked as continuing the paragraph. */
static void
emit (Html *html,
      gboolean after_break)
{
  RdBlockContext *context = html->context;
  RdBlock *block;

  block = rd_text_builder_flush (&html->builder, html->list, context->role);
  if (block == NULL)
    return;
  if (rd_block_context_give_first (context, block))
    {
      if (rd_bold_tally_all_bold (&html->bold))
        block->flags |= RD_BLOCK_FLAG_BOLD;
    }
  else if (context->role == RD_BLOCK_FOOTNOTE)
    {
      /* Only the first block of a footnote carries the mark. */
      block->role = RD_BLOCK_BODY;
    }
  else if (context->after_break)
    block->flags |= RD_BLOCK_FLAG_CONTINUATION;
  context->after_break = after_break;
  html->bold = (RdBoldTally){ 0 };
}

static void html_children (Html *html, const xmlNode *node, guint depth);

/* Word's HTML keeps "downlevel-revealed" conditional comments,
 * <![if !supportFootnotes]> and <![endif]>, which the HTML parser reads as
 * text: they are markup, not text. */
static char *
strip_conditional_comments (const char *text)
{
  static GRegex *conditional = NULL;

  if (g_once_init_enter (&conditional))
    g_once_init_leave (&conditional, g_regex_new ("<!\\[(?:if[^\\]>]*|endif)\\]>", G_REGEX_CASELESS, 0, NULL));
  if (strstr (text, "<![") == NULL)
    return NULL;
  return g_regex_replace_literal (conditional, text, -1, 0, " ", 0, NULL);
}

static void
append_text (Html *html,
             const char *text)
{
  g_autofree char *stripped = strip_conditional_comments (text);

  if (stripped != NULL)
    text = stripped;
  rd_bold_tally_note (&html->bold, text, html->bold_depth > 0);
  rd_text_builder_append (&html->builder, text, -1);
}

static void
append_mark (Html *html,
             const char *mark)
{
  gsize start = html->builder.text->len;

  /* A mark glued to the word before it stays glued; one after a space
   * keeps the space, which the parser drops with the mark. */
  rd_text_builder_append (&html->builder, mark, -1);
  rd_text_builder_add_span (&html->builder, RD_SPAN_FOOTNOTE, start);
}

static void
html_block (Html *html,
            const xmlNode *node,
            guint depth)
{
  RdBlockContext context = { 0 };
  RdBlockContext *parent = html->context;
  const xmlNode *mark_node = NULL;
  g_autofree char *mark = NULL;
  gboolean inherit;

  if (parent->role == RD_BLOCK_FOOTNOTE)
    {
      /* Inside a footnote, paragraphs join into its one block. */
      rd_text_builder_append (&html->builder, " ", 1);
      html_children (html, node, depth);
      rd_text_builder_append (&html->builder, " ", 1);
      return;
    }

  /* Text before the element is a block of its own. */
  emit (html, FALSE);

  /* The first block inside takes what the parent gives (an li holding a
   * p), unless the parent already made a block. */
  inherit = !parent->emitted && rd_text_builder_is_empty (&html->builder);
  context.role = RD_BLOCK_BODY;
  if (inherit)
    {
      context.role = parent->role;
      context.flags = parent->flags;
      context.number = g_strdup (parent->number);
      context.marker = g_strdup (parent->marker);
    }

  if (name_in (node, headings))
    context.role = RD_BLOCK_HEADING;
  if (name_in (node, centered_elements) || attribute_mentions (node, "align", "center") || style_has (node, centered_styles))
    context.flags |= RD_BLOCK_FLAG_CENTERED;

  if (name_is (node, "li"))
    {
      context.flags |= RD_BLOCK_FLAG_LIST_ITEM;
      if (name_is (node->parent, "ol"))
        {
          g_autofree char *text = rd_xml_text (node);
          const xmlNode *list = node->parent;
          gint64 value = 0;

          if (!list_item_value (html, node, &value))
            {
              rd_block_context_clear (&context);
              return;
            }
          g_free (context.number);
          context.number = starts_with_number (text) ? NULL : list_label (list, value);
        }
    }

  mark = footnote_mark_at_start (html, node, &mark_node);
  if (mark != NULL)
    {
      context.role = RD_BLOCK_FOOTNOTE;
      g_free (context.marker);
      context.marker = g_steal_pointer (&mark);
      g_clear_pointer (&context.number, g_free);
    }

  if (inherit)
    parent->emitted = TRUE;
  html->context = &context;
  html->bold = (RdBoldTally){ 0 };
  if (mark_node != NULL)
    html->skip = mark_node;

  html_children (html, node, depth);
  emit (html, FALSE);

  html->context = parent;
  rd_block_context_clear (&context);
}

static void
html_element (Html *html,
              const xmlNode *node,
              guint depth)
{
  if (depth >= RD_LIMIT_NESTING_DEPTH)
    {
      html->too_deep = TRUE;
      return;
    }
  if (node == html->skip || is_skipped (node))
    return;

  if (name_in (node, block_elements))
    {
      html_block (html, node, depth);
      return;
    }

  if (name_is (node, "br"))
    {
      if (html->context->role == RD_BLOCK_FOOTNOTE)
        rd_text_builder_append (&html->builder, " ", 1);
      else
        emit (html, TRUE);
      return;
    }
  if (name_in (node, empty_inline_elements))
    return;

  if (name_is (node, "a"))
    {
      if (is_back_link (html, node))
        return;
      if (is_citation_link (node))
        {
          g_autofree char *href = get_attribute (node, "href");
          const char *mark = g_hash_table_lookup (html->note_targets, href + 1);

          if (mark != NULL)
            {
              append_mark (html, mark);
              return;
            }
        }
      {
        g_autofree char *href = get_attribute (node, "href");
        guint handle = href != NULL ? rd_text_builder_open (&html->builder, RD_SPAN_LINK) : G_MAXUINT;

        html_children (html, node, depth);
        if (handle != G_MAXUINT)
          rd_text_builder_close (&html->builder, handle);
      }
      return;
    }

  if (name_is (node, "sup"))
    {
      g_autofree char *text = rd_xml_text (node);
      g_autofree char *mark = normalize_mark (text);

      if (!contains_element (node, "a", 0) && is_plain_mark (mark))
        {
          append_mark (html, mark);
          return;
        }
    }

  if (name_in (node, italic_elements) || style_has (node, italic_styles))
    {
      guint handle = rd_text_builder_open (&html->builder, RD_SPAN_ITALIC);
      html_children (html, node, depth);
      rd_text_builder_close (&html->builder, handle);
      return;
    }

  if (name_in (node, bold_elements) || style_has (node, bold_styles))
    {
      html->bold_depth++;
      html_children (html, node, depth);
      html->bold_depth--;
      return;
    }

  html_children (html, node, depth);
}

/* Walks @node itself when it is text, else its content. */
static void
html_children (Html *html,
               const xmlNode *node,
               guint depth)
{
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      append_text (html, (const char *) node->content);
      return;
    }
  if (node->type != XML_ELEMENT_NODE)
    return;
  if (depth >= RD_LIMIT_NESTING_DEPTH)
    {
      html->too_deep = TRUE;
      return;
    }
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        append_text (html, (const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE)
        html_element (html, child, depth + 1);
    }
}

/* Encoding and language */

/* The encoding to tell libxml2, or NULL to let it find the encoding from
 * a byte order mark or a <meta charset>.  Without either, HTML would be
 * read as Latin-1; text that is valid UTF-8 is far more likely UTF-8. */
static const char *
choose_encoding (const char *data,
                 gsize length,
                 RdBlockList *list)
{
  /* The byte order marks, and what to tell libxml2 for each: it reads
   * UTF-16's itself; UTF-8's it would take for Latin-1. */
  static const struct
  {
    const char *bytes;
    const char *encoding;
  } byte_order_marks[] = {
    { "\xFF\xFE", NULL },
    { "\xFE\xFF", NULL },
    { "\xEF\xBB\xBF", "UTF-8" },
  };
  /* How a <meta> or an XML declaration names the encoding. */
  static const char *const declarations[] = { "charset=", "encoding=" };
  gsize window = MIN (length, CHARSET_WINDOW);

  for (gsize i = 0; i < G_N_ELEMENTS (byte_order_marks); i++)
    {
      gsize size = strlen (byte_order_marks[i].bytes);

      if (length >= size && memcmp (data, byte_order_marks[i].bytes, size) == 0)
        return byte_order_marks[i].encoding;
    }
  for (gsize i = 0; i < window; i++)
    for (gsize j = 0; j < G_N_ELEMENTS (declarations); j++)
      {
        gsize size = strlen (declarations[j]);

        if (i + size <= window && g_ascii_strncasecmp (data + i, declarations[j], size) == 0)
          return NULL;
      }
  if (g_utf8_validate_len (data, length, NULL))
    return "UTF-8";
  rd_block_list_add_warning (list, _ ("the HTML does not say its encoding and is not UTF-8; it was read as Windows-1252 (Western European)"));
  return "windows-1252";
}

static char *
document_language (xmlNode *root)
{
  static const char *const attributes[] = { "lang", "xml:lang", NULL };
  xmlNode *body = NULL;
  xmlNode *head = NULL;

  for (guint i = 0; attributes[i] != NULL; i++)
    {
      g_autofree char *value = get_attribute (root, attributes[i]);
      char *tag = rd_language_tag_normalize (value);

      if (tag != NULL)
        return tag;
    }
  {
    g_autofree char *value = rd_xml_get (root, "http://www.w3.org/XML/1998/namespace", "lang");
    char *tag = rd_language_tag_normalize (value);
    if (tag != NULL)
      return tag;
  }

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (name_is (child, "head"))
      head = child;
    else if (name_is (child, "body"))
      body = child;
  for (xmlNode *meta = head != NULL ? head->children : NULL; meta != NULL; meta = meta->next)
    {
      g_autofree char *equiv = get_attribute (meta, "http-equiv");
      g_autofree char *content = NULL;

      if (!name_is (meta, "meta") || equiv == NULL || g_ascii_strcasecmp (equiv, "content-language") != 0)
        continue;
      content = get_attribute (meta, "content");
      if (content != NULL)
        {
          /* "en, fr": the first. */
          content[strcspn (content, ",; ")] = '\0';
          return rd_language_tag_normalize (content);
        }
    }
  if (body != NULL)
    {
      g_autofree char *value = get_attribute (body, "lang");
      return rd_language_tag_normalize (value);
    }
  return NULL;
}

/* Footnote texts go after the body, as the other importers put them. */
static void
move_footnotes_last (RdBlockList *list)
{
  g_autoptr (GPtrArray) notes = g_ptr_array_new ();
  guint kept = 0;

  for (guint i = 0; i < list->blocks->len; i++)
    {
      RdBlock *block = g_ptr_array_index (list->blocks, i);

      if (block->role == RD_BLOCK_FOOTNOTE)
        g_ptr_array_add (notes, block);
      else
        list->blocks->pdata[kept++] = block;
    }
  for (guint i = 0; i < notes->len; i++)
    list->blocks->pdata[kept++] = g_ptr_array_index (notes, i);
}

RdBlockList *
rd_formats_import_html (GBytes *bytes,
                        GError **error)
{
  g_autoptr (RdBlockList) list = rd_block_list_new ("html");
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;
  htmlParserCtxtPtr context;
  htmlDocPtr doc;
  xmlNode *root;
  gboolean cut = FALSE;
  RdBlockContext top = { 0 };
  Html html = { 0 };

  g_return_val_if_fail (bytes != NULL, NULL);
  rd_xml_init ();

  if (length > G_MAXINT)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE, _ ("the HTML is too large to read"));
      return NULL;
    }

  context = htmlNewParserCtxt ();
  if (context == NULL)
    g_error ("Out of memory creating an HTML parser");
  doc = htmlCtxtReadMemory (context, data, (int) length, NULL, choose_encoding (data, length, list), options);
  {
    const xmlError *last = xmlCtxtGetLastError (context);
    cut = last != NULL && last->message != NULL && strstr (last->message, "Excessive depth") != NULL;
  }
  htmlFreeParserCtxt (context);

  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL || cut)
    {
      if (cut)
        g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE,
                     _ ("the HTML nests its elements more than %d levels deep, more than any document needs"), RD_LIMIT_NESTING_DEPTH);
      else
        g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_EMPTY, _ ("the file holds no text"));
      if (doc != NULL)
        xmlFreeDoc (doc);
      return NULL;
    }

  html.list = list;
  html.note_targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  html.citation_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  html.list_counters = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  rd_text_builder_init (&html.builder);
  top.role = RD_BLOCK_BODY;
  top.emitted = TRUE;
  html.context = &top;

  list->language = document_language (root);
  collect_citations (&html, root, 0);
  html_element (&html, root, 0);
  emit (&html, FALSE);
  move_footnotes_last (list);

  rd_text_builder_clear (&html.builder);
  g_hash_table_unref (html.note_targets);
  g_hash_table_unref (html.citation_ids);
  g_hash_table_unref (html.list_counters);
  xmlFreeDoc (doc);

  if (html.too_deep)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE,
                   _ ("the HTML nests its elements more than %d levels deep, more than any document needs"), RD_LIMIT_NESTING_DEPTH);
      return NULL;
    }
  if (html.too_many_items)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE,
                   _ ("a list has more than %d items (the limit on list items)"), RD_LIMIT_LIST_ITEMS);
      return NULL;
    }
  return rd_import_finish (g_steal_pointer (&list), _ ("the file holds no text"), error);
}
