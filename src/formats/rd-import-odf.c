/* rd-import-odf.c: the text of an OpenDocument text (.odt, .fodt)
 *
 * Paragraphs and headings with their list labels as the office suite
 * shows them (list styles, continued numbering), spans with their italic
 * and bold, footnotes and endnotes with their marks, tracked changes
 * accepted or rejected (rd-import-odf-changes.c).
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-import-office.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "rd-import.h"

#define OFFICE_NS "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define STYLE_NS "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define TEXT_NS "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define TABLE_NS "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define FO_NS "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define DC_NS "http://purl.org/dc/elements/1.1/"
#define XML_NS "http://www.w3.org/XML/1998/namespace"

/* A numeric fo:font-weight from which text reads as bold: 600, semibold,
 * as CSS and LibreOffice count it (400 is normal). */
#define BOLD_WEIGHT_MIN 600

/* An integer attribute, clamped to [@min, @max]: atoi's overflow is
 * undefined, and a hostile value must not make counting on overflow. */
static int
clamped_int (const char *value,
             int min,
             int max)
{
  gint64 parsed = g_ascii_strtoll (value, NULL, 10);

  return (int) CLAMP (parsed, min, max);
}

/* Styles */

typedef struct
{
  char *parent;
  int italic; /* -1 when the style does not say */
  int bold;
  int centered;
  char *list_style;
} OdfStyle;

static void
odf_style_free (OdfStyle *style)
{
  g_free (style->parent);
  g_free (style->list_style);
  g_free (style);
}

typedef struct
{
  gboolean defined;
  gboolean numbered; /* FALSE: bullets or an image */
  char *format;      /* style:num-format: "1", "a", "A", "i", "I", "" */
  char *prefix;
  char *suffix;
  int start;
  int display_levels;
  gboolean letter_sync;
} OdfListLevel;

typedef struct
{
  OdfListLevel levels[RD_OFFICE_MAX_LIST_LEVELS];
} OdfListStyle;

static void
odf_list_style_free (OdfListStyle *style)
{
  for (guint i = 0; i < RD_OFFICE_MAX_LIST_LEVELS; i++)
    {
      g_free (style->levels[i].format);
      g_free (style->levels[i].prefix);
      g_free (style->levels[i].suffix);
    }
  g_free (style);
}

/* The counters of one list and the lists that continue it. */
typedef struct
{
  int counters[RD_OFFICE_MAX_LIST_LEVELS];
  gboolean started[RD_OFFICE_MAX_LIST_LEVELS];
} OdfCounters;

typedef struct
{
  RdBlockList *list;
  RdTextBuilder builder;
  RdOfficeParagraph paragraph;
  GHashTable *automatic;   /* "family:name" -> OdfStyle, this part's own */
  GHashTable *common;      /* "family:name" -> OdfStyle, from styles.xml */
  GHashTable *list_styles; /* name -> OdfListStyle */
  GHashTable *lists;       /* xml:id -> OdfCounters (not owned) */
  GPtrArray *all_counters; /* OdfCounters, owned */
  OdfCounters *last_list;  /* for text:continue-numbering */
  GPtrArray *notes;        /* RdOfficeNote, in citation order */
  guint insertions;
  guint deletions;
} Odf;

static OdfStyle *
odf_style (Odf *odf,
           const char *family,
           const char *name,
           gboolean automatic)
{
  g_autofree char *key = NULL;
  OdfStyle *style = NULL;

  if (name == NULL)
    return NULL;
  key = g_strconcat (family, ":", name, NULL);
  if (automatic)
    style = g_hash_table_lookup (odf->automatic, key);
  if (style == NULL)
    style = g_hash_table_lookup (odf->common, key);
  return style;
}

/* Follows style:parent-style-name (always a common style) for the first
 * style that sets @field. */
#define ODF_STYLE_LOOKUP(odf, family, name, field, unset, result)                                                                                 \
  RD_OFFICE_STYLE_LOOKUP (OdfStyle, style_, odf_style ((odf), (family), (name), TRUE), odf_style ((odf), (family), style_->parent, FALSE), field, \
                          unset, result)

static void
odf_read_list_style (Odf *odf,
                     xmlNode *node)
{
  char *name = rd_xml_get (node, STYLE_NS, "name");
  OdfListStyle *style;

  if (name == NULL)
    return;
  style = g_new0 (OdfListStyle, 1);
  for (xmlNode *level = node->children; level != NULL; level = level->next)
    {
      g_autofree char *number = NULL;
      OdfListLevel *entry;
      int index;

      if (level->type != XML_ELEMENT_NODE || !g_str_has_prefix ((const char *) level->name, "list-level-style-"))
        continue;
      number = rd_xml_get (level, TEXT_NS, "level");
      index = number != NULL ? clamped_int (number, 0, RD_OFFICE_MAX_LIST_LEVELS + 1) - 1 : -1;
      if (index < 0 || index >= RD_OFFICE_MAX_LIST_LEVELS)
        continue;
      entry = &style->levels[index];
      if (entry->defined)
        continue;
      entry->defined = TRUE;
      entry->numbered = rd_xml_is (level, TEXT_NS, "list-level-style-number");
      if (entry->numbered)
        {
          g_autofree char *start = rd_xml_get (level, TEXT_NS, "start-value");
          g_autofree char *display = rd_xml_get (level, TEXT_NS, "display-levels");
          g_autofree char *sync = rd_xml_get (level, STYLE_NS, "num-letter-sync");

          entry->format = rd_xml_get (level, STYLE_NS, "num-format");
          entry->prefix = rd_xml_get (level, STYLE_NS, "num-prefix");
          entry->suffix = rd_xml_get (level, STYLE_NS, "num-suffix");
          entry->start = start != NULL ? clamped_int (start, 0, RD_LIMIT_LIST_NUMBER) : 1;
          entry->display_levels = display != NULL ? clamped_int (display, 1, RD_OFFICE_MAX_LIST_LEVELS) : 1;
          entry->letter_sync = g_strcmp0 (sync, "true") == 0;
        }
    }
  g_hash_table_replace (odf->list_styles, name, style);
}

static void
odf_read_styles (Odf *odf,
                 xmlNode *container,
                 GHashTable *into)
{
  for (xmlNode *node = container != NULL ? container->children : NULL; node != NULL; node = node->next)
    {
      g_autofree char *name = NULL;
      g_autofree char *family = NULL;
      xmlNode *text_properties;
      xmlNode *paragraph_properties;
      OdfStyle *style;

      if (rd_xml_is (node, TEXT_NS, "list-style"))
        {
          odf_read_list_style (odf, node);
          continue;
        }
      if (rd_xml_is (node, STYLE_NS, "default-style"))
        {
          /* The document's language: fo:language and fo:country. */
          xmlNode *properties = rd_xml_child (node, STYLE_NS, "text-properties");
          g_autofree char *language = rd_xml_get (properties, FO_NS, "language");
          g_autofree char *country = rd_xml_get (properties, FO_NS, "country");

          if (odf->list->language == NULL && language != NULL)
            {
              g_autofree char *tag = country != NULL && g_ascii_isalpha (country[0]) ? g_strdup_printf ("%s-%s", language, country) : g_strdup (language);
              odf->list->language = rd_language_tag_normalize (tag);
            }
          continue;
        }
      if (!rd_xml_is (node, STYLE_NS, "style"))
        continue;
      name = rd_xml_get (node, STYLE_NS, "name");
      family = rd_xml_get (node, STYLE_NS, "family");
      if (name == NULL || family == NULL)
        continue;

      style = g_new0 (OdfStyle, 1);
      style->parent = rd_xml_get (node, STYLE_NS, "parent-style-name");
      style->list_style = rd_xml_get (node, STYLE_NS, "list-style-name");
      style->italic = style->bold = style->centered = -1;
      text_properties = rd_xml_child (node, STYLE_NS, "text-properties");
      if (text_properties != NULL)
        {
          g_autofree char *font_style = rd_xml_get (text_properties, FO_NS, "font-style");
          g_autofree char *weight = rd_xml_get (text_properties, FO_NS, "font-weight");

          if (font_style != NULL)
            style->italic = strcmp (font_style, "italic") == 0 || strcmp (font_style, "oblique") == 0;
          if (weight != NULL)
            style->bold = strcmp (weight, "bold") == 0 || clamped_int (weight, 0, 1000) >= BOLD_WEIGHT_MIN;
        }
      paragraph_properties = rd_xml_child (node, STYLE_NS, "paragraph-properties");
      if (paragraph_properties != NULL)
        {
          g_autofree char *align = rd_xml_get (paragraph_properties, FO_NS, "text-align");

          if (align != NULL)
            style->centered = strcmp (align, "center") == 0;
        }
      g_hash_table_replace (into, g_strconcat (family, ":", name, NULL), style);
    }
}

/* Text */

/* Blocks whose text is not the document's: declarations, generated
 * indexes, page breaks, the record of tracked changes. */
static const RdXmlName skipped_blocks[] = {
  { TEXT_NS, "tracked-changes" },
  { TEXT_NS, "sequence-decls" },
  { TEXT_NS, "variable-decls" },
  { TEXT_NS, "user-field-decls" },
  { TEXT_NS, "dde-connection-decls" },
  { TEXT_NS, "table-of-content" },
  { TEXT_NS, "alphabetical-index" },
  { TEXT_NS, "illustration-index" },
  { TEXT_NS, "table-index" },
  { TEXT_NS, "object-index" },
  { TEXT_NS, "user-index" },
  { TEXT_NS, "bibliography" },
  { TEXT_NS, "soft-page-break" },
};

/* Containers whose content is read as blocks, as if they were not there:
 * sections, tables and their rows and cells, a note's body. */
static const RdXmlName block_containers[] = {
  { TEXT_NS, "section" },
  { TABLE_NS, "table" },
  { TABLE_NS, "table-row" },
  { TABLE_NS, "table-rows" },
  { TABLE_NS, "table-header-rows" },
  { TABLE_NS, "table-row-group" },
  { TABLE_NS, "table-cell" },
  { TEXT_NS, "note-body" },
};

/* Inline elements whose text is not part of the text: hidden text, ruby
 * annotations, comments, the record of tracked changes. */
static const RdXmlName skipped_inline[] = {
  { TEXT_NS, "hidden-text" },
  { TEXT_NS, "ruby-text" },
  { OFFICE_NS, "annotation" },
  { OFFICE_NS, "annotation-end" },
  { TEXT_NS, "tracked-changes" },
};

static void odf_blocks (Odf *odf, xmlNode *parent, guint depth);

static void
odf_note (Odf *odf,
          xmlNode *node)
{
  xmlNode *citation = rd_xml_child (node, TEXT_NS, "note-citation");
  xmlNode *body = rd_xml_child (node, TEXT_NS, "note-body");
  g_autofree char *label = rd_xml_get (citation, TEXT_NS, "label");
  g_autofree char *text = rd_xml_text (citation);
  g_autofree char *class = rd_xml_get (node, TEXT_NS, "note-class");
  const char *mark = label != NULL && *label != '\0' ? label : text;
  gsize start = odf->builder.text->len;
  RdOfficeNote *note;

  if (mark == NULL || *mark == '\0')
    return;
  rd_text_builder_append (&odf->builder, mark, -1);
  rd_text_builder_add_span (&odf->builder, RD_SPAN_FOOTNOTE, start);

  note = g_new0 (RdOfficeNote, 1);
  note->kind = g_strcmp0 (class, "endnote") == 0 ? RD_OFFICE_NOTE_ENDNOTE : RD_OFFICE_NOTE_FOOTNOTE;
  note->mark = g_strdup (mark);
  note->body = body;
  g_ptr_array_add (odf->notes, note);
}

static void
odf_inline (Odf *odf,
            xmlNode *parent,
            guint depth)
{
  if (depth > RD_LIMIT_NESTING_DEPTH)
    return;
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          rd_text_builder_append (&odf->builder, (const char *) child->content, -1);
          continue;
        }
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (rd_xml_is (child, TEXT_NS, "span"))
        {
          g_autofree char *style = rd_xml_get (child, TEXT_NS, "style-name");
          int italic = -1;
          guint handle = G_MAXUINT;

          ODF_STYLE_LOOKUP (odf, "text", style, italic, -1, italic);
          if (italic == 1)
            handle = rd_text_builder_open (&odf->builder, RD_SPAN_ITALIC);
          odf_inline (odf, child, depth + 1);
          if (handle != G_MAXUINT)
            rd_text_builder_close (&odf->builder, handle);
        }
      else if (rd_xml_is (child, TEXT_NS, "a"))
        {
          guint handle = rd_text_builder_open (&odf->builder, RD_SPAN_LINK);
          odf_inline (odf, child, depth + 1);
          rd_text_builder_close (&odf->builder, handle);
        }
      else if (rd_xml_is (child, TEXT_NS, "s") || rd_xml_is (child, TEXT_NS, "tab"))
        rd_text_builder_append (&odf->builder, " ", 1);
      else if (rd_xml_is (child, TEXT_NS, "line-break"))
        {
          if (odf->paragraph.joining)
            rd_text_builder_append (&odf->builder, " ", 1);
          else
            rd_office_emit_block (&odf->builder, odf->list, &odf->paragraph);
        }
      else if (rd_xml_is (child, TEXT_NS, "note"))
        odf_note (odf, child);
      else if (rd_xml_is (child, TEXT_NS, "number"))
        {
          /* A list label the application cached: use it. */
          g_autofree char *number = rd_xml_text (child);
          if (*number != '\0' && !odf->paragraph.emitted)
            {
              g_free (odf->paragraph.number);
              odf->paragraph.number = g_steal_pointer (&number);
            }
        }
      else if (rd_xml_is_one_of (child, skipped_inline, G_N_ELEMENTS (skipped_inline)))
        ; /* not printed, or printed apart from the text */
      else if (child->ns != NULL && g_strcmp0 ((const char *) child->ns->href, TEXT_NS) == 0)
        /* Fields (dates, page numbers, cross-references), text:meta,
         * ruby bases: their text is what is printed. */
        odf_inline (odf, child, depth + 1);
      /* Frames, drawings and other namespaces: not part of the text. */
    }
}

static void
odf_paragraph (Odf *odf,
               xmlNode *node,
               const char *number,
               gboolean list_item)
{
  g_autofree char *style = rd_xml_get (node, TEXT_NS, "style-name");
  int italic = -1;
  int bold = -1;
  int centered = -1;
  guint handle = G_MAXUINT;
  gboolean joining = odf->paragraph.joining;

  if (!joining)
    {
      rd_office_paragraph_reset (&odf->paragraph);
      odf->paragraph.number = g_strdup (number);
      if (list_item)
        odf->paragraph.flags |= RD_BLOCK_FLAG_LIST_ITEM;
      if (rd_xml_is (node, TEXT_NS, "h"))
        odf->paragraph.role = RD_BLOCK_HEADING;
      ODF_STYLE_LOOKUP (odf, "paragraph", style, bold, -1, bold);
      ODF_STYLE_LOOKUP (odf, "paragraph", style, centered, -1, centered);
      if (centered == 1)
        odf->paragraph.flags |= RD_BLOCK_FLAG_CENTERED;
      if (bold == 1)
        odf->paragraph.flags |= RD_BLOCK_FLAG_BOLD;
    }

  /* A paragraph style may make the whole paragraph italic. */
  ODF_STYLE_LOOKUP (odf, "paragraph", style, italic, -1, italic);
  if (italic == 1)
    handle = rd_text_builder_open (&odf->builder, RD_SPAN_ITALIC);
  odf_inline (odf, node, 0);
  if (handle != G_MAXUINT)
    rd_text_builder_close (&odf->builder, handle);

  if (joining)
    rd_text_builder_append (&odf->builder, " ", 1);
  else
    {
      rd_office_emit_block (&odf->builder, odf->list, &odf->paragraph);
      rd_office_paragraph_reset (&odf->paragraph);
    }
}

static char *
odf_format_level (const OdfListLevel *level,
                  int value)
{
  const char *format = level->format != NULL ? level->format : "1";

  if (*format == '\0')
    return g_strdup ("");
  if (*format == 'a' || *format == 'A')
    return rd_format_letter ((guint) MAX (value, 0), *format == 'A', level->letter_sync);
  if (*format == 'i' || *format == 'I')
    return rd_format_roman ((guint) MAX (value, 0), *format == 'I');
  return g_strdup_printf ("%d", value);
}

/* The label of the item at @level that was just counted: "1.", "(a)". */
static char *
odf_label (OdfListStyle *style,
           OdfCounters *counters,
           int level)
{
  const OdfListLevel *entry = &style->levels[level];
  GString *out;

  if (!entry->defined || !entry->numbered)
    return NULL;
  out = g_string_new (entry->prefix);
  for (int k = MAX (0, level - entry->display_levels + 1); k <= level; k++)
    {
      g_autofree char *formatted = odf_format_level (&style->levels[k], counters->counters[k]);

      if (k < level && *formatted != '\0')
        {
          g_string_append (out, formatted);
          g_string_append_c (out, '.');
        }
      else
        g_string_append (out, formatted);
    }
  if (entry->suffix != NULL)
    g_string_append (out, entry->suffix);
  return rd_office_finish_label (out);
}

static void
odf_list (Odf *odf,
          xmlNode *list,
          const char *inherited_style,
          int level,
          OdfCounters *counters,
          guint depth)
{
  g_autofree char *own_style = rd_xml_get (list, TEXT_NS, "style-name");
  const char *style_name = own_style != NULL ? own_style : inherited_style;
  OdfListStyle *style = style_name != NULL ? g_hash_table_lookup (odf->list_styles, style_name) : NULL;

  if (depth > RD_LIMIT_NESTING_DEPTH)
    return;
  level = MIN (level, RD_OFFICE_MAX_LIST_LEVELS - 1);

  if (counters == NULL)
    {
      /* A list at the top: a new list unless it continues another. */
      g_autofree char *continue_list = rd_xml_get (list, TEXT_NS, "continue-list");
      g_autofree char *continue_numbering = rd_xml_get (list, TEXT_NS, "continue-numbering");
      g_autofree char *id = rd_xml_get (list, XML_NS, "id");

      if (continue_list != NULL)
        counters = g_hash_table_lookup (odf->lists, continue_list);
      else if (g_strcmp0 (continue_numbering, "true") == 0)
        counters = odf->last_list;
      if (counters == NULL)
        {
          counters = g_new0 (OdfCounters, 1);
          g_ptr_array_add (odf->all_counters, counters);
        }
      if (id != NULL)
        g_hash_table_replace (odf->lists, g_steal_pointer (&id), counters);
      odf->last_list = counters;
    }

  for (xmlNode *item = list->children; item != NULL; item = item->next)
    {
      gboolean header = rd_xml_is (item, TEXT_NS, "list-header");
      g_autofree char *number = NULL;
      gboolean first = TRUE;
      xmlNode *first_element = NULL;

      if (!header && !rd_xml_is (item, TEXT_NS, "list-item"))
        continue;
      for (xmlNode *child = item->children; child != NULL && first_element == NULL; child = child->next)
        if (child->type == XML_ELEMENT_NODE)
          first_element = child;

      /* An item counts when it holds a paragraph of its own, not when it
       * only opens a deeper list. */
      if (!header && first_element != NULL && !rd_xml_is (first_element, TEXT_NS, "list"))
        {
          g_autofree char *start = rd_xml_get (item, TEXT_NS, "start-value");
          const OdfListLevel *entry = style != NULL ? &style->levels[level] : NULL;

          if (start != NULL)
            counters->counters[level] = clamped_int (start, 0, RD_LIMIT_LIST_NUMBER);
          else if (!counters->started[level])
            counters->counters[level] = entry != NULL && entry->defined ? entry->start : 1;
          else
            counters->counters[level]++;
          counters->started[level] = TRUE;
          for (int k = level + 1; k < RD_OFFICE_MAX_LIST_LEVELS; k++)
            counters->started[k] = FALSE;
          if (style != NULL)
            number = odf_label (style, counters, level);
        }

      for (xmlNode *child = item->children; child != NULL; child = child->next)
        {
          if (rd_xml_is (child, TEXT_NS, "p") || rd_xml_is (child, TEXT_NS, "h"))
            {
              odf_paragraph (odf, child, first ? number : NULL, TRUE);
              first = FALSE;
            }
          else if (rd_xml_is (child, TEXT_NS, "list"))
            odf_list (odf, child, style_name, level + 1, counters, depth + 1);
          else if (child->type == XML_ELEMENT_NODE)
            odf_blocks (odf, child, depth + 1);
        }
    }
}

static void
odf_blocks (Odf *odf,
            xmlNode *parent,
            guint depth)
{
  if (depth > RD_LIMIT_NESTING_DEPTH)
    return;
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (rd_xml_is (child, TEXT_NS, "p") || rd_xml_is (child, TEXT_NS, "h"))
        odf_paragraph (odf, child, NULL, FALSE);
      else if (rd_xml_is (child, TEXT_NS, "list"))
        odf_list (odf, child, NULL, 0, NULL, depth + 1);
      else if (rd_xml_is (child, TEXT_NS, "numbered-paragraph"))
        {
          xmlNode *number = rd_xml_child (child, TEXT_NS, "number");
          g_autofree char *label = number != NULL ? rd_xml_text (number) : NULL;

          for (xmlNode *p = child->children; p != NULL; p = p->next)
            if (rd_xml_is (p, TEXT_NS, "p") || rd_xml_is (p, TEXT_NS, "h"))
              odf_paragraph (odf, p, label != NULL && *label != '\0' ? label : NULL, TRUE);
        }
      else if (rd_xml_is_one_of (child, skipped_blocks, G_N_ELEMENTS (skipped_blocks)))
        continue;
      else if (rd_xml_is_one_of (child, block_containers, G_N_ELEMENTS (block_containers)))
        odf_blocks (odf, child, depth + 1);
    }
}

static void
odf_count_changes (Odf *odf,
                   xmlNode *text)
{
  xmlNode *changes = rd_xml_child (text, TEXT_NS, "tracked-changes");

  for (xmlNode *region = changes != NULL ? changes->children : NULL; region != NULL; region = region->next)
    {
      if (rd_xml_child (region, TEXT_NS, "insertion") != NULL)
        odf->insertions++;
      if (rd_xml_child (region, TEXT_NS, "deletion") != NULL)
        odf->deletions++;
    }
}

static void
odf_note_blocks (gpointer reader,
                 xmlNode *body)
{
  odf_blocks (reader, body, 1);
}

/* Public API */

RdBlockList *
rd_odf_import (xmlDoc *content,
               xmlDoc *styles,
               xmlDoc *meta,
               RdTrackedChanges changes,
               GError **error)
{
  g_autoptr (RdBlockList) list = rd_block_list_new ("odt");
  xmlNode *root = xmlDocGetRootElement (content);
  xmlNode *body = rd_xml_child (root, OFFICE_NS, "body");
  xmlNode *text = rd_xml_child (body, OFFICE_NS, "text");
  xmlNode *meta_root = meta != NULL ? xmlDocGetRootElement (meta) : root;
  xmlNode *language = rd_xml_child (rd_xml_child (meta_root, OFFICE_NS, "meta"), DC_NS, "language");
  Odf odf = { 0 };

  if (text == NULL)
    {
      if (body != NULL && body->children != NULL)
        g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
                     _ ("this OpenDocument file is not a text document (a spreadsheet, presentation or drawing?)"));
      else
        g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED, _ ("the OpenDocument file has no text body"));
      return NULL;
    }

  odf.list = list;
  rd_text_builder_init (&odf.builder);
  odf.automatic = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) odf_style_free);
  odf.common = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) odf_style_free);
  odf.list_styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) odf_list_style_free);
  odf.lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  odf.all_counters = g_ptr_array_new_with_free_func (g_free);
  odf.notes = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_office_note_free);
  rd_office_paragraph_reset (&odf.paragraph);

  if (language != NULL)
    {
      g_autofree char *tag = rd_xml_text (language);
      list->language = rd_language_tag_normalize (tag);
    }
  /* Common styles first, so that the automatic list styles of the content
   * (which have the same names space) win. */
  if (styles != NULL)
    odf_read_styles (&odf, rd_xml_child (xmlDocGetRootElement (styles), OFFICE_NS, "styles"), odf.common);
  odf_read_styles (&odf, rd_xml_child (root, OFFICE_NS, "styles"), odf.common);
  odf_read_styles (&odf, rd_xml_child (root, OFFICE_NS, "automatic-styles"), odf.automatic);

  odf_count_changes (&odf, text);
  if (changes == RD_TRACKED_CHANGES_REJECT)
    rd_odf_reject_changes (text);
  odf_blocks (&odf, text, 0);
  /* A note cannot hold a note: the list does not grow while it is read. */
  rd_office_emit_notes (odf.notes, FALSE, &odf.paragraph, &odf.builder, odf.list, odf_note_blocks, &odf);
  rd_block_list_warn_tracked_changes (list, odf.insertions, odf.deletions, changes);

  rd_text_builder_clear (&odf.builder);
  rd_office_paragraph_reset (&odf.paragraph);
  g_hash_table_unref (odf.automatic);
  g_hash_table_unref (odf.common);
  g_hash_table_unref (odf.list_styles);
  g_hash_table_unref (odf.lists);
  g_ptr_array_unref (odf.all_counters);
  g_ptr_array_unref (odf.notes);

  return rd_import_finish (g_steal_pointer (&list), _ ("the document holds no text"), error);
}

RdBlockList *
rd_odf_import_package (RdZipPackage *package,
                       RdTrackedChanges changes,
                       GError **error)
{
  g_autoptr (xmlDoc) content = NULL;
  g_autoptr (xmlDoc) styles = NULL;
  g_autoptr (xmlDoc) meta = NULL;
  GBytes *manifest = rd_zip_package_get (package, "META-INF/manifest.xml");

  if (manifest != NULL)
    {
      gsize length = 0;
      const char *data = g_bytes_get_data (manifest, &length);

      if (g_strstr_len (data, length, "encryption-data") != NULL)
        {
          g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_ENCRYPTED,
                       _ ("the document is encrypted (password-protected); open it in its word processor, remove the password and save it again"));
          return NULL;
        }
    }

  content = rd_zip_package_parse (package, "content.xml", error);
  if (content == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED, _ ("the OpenDocument file has no content.xml"));
      return NULL;
    }
  styles = rd_zip_package_parse (package, "styles.xml", error);
  if (styles == NULL && error != NULL && *error != NULL)
    return NULL;
  /* meta.xml only gives the language: a damaged one is not worth failing
   * the whole document for. */
  meta = rd_zip_package_parse (package, "meta.xml", NULL);
  return rd_odf_import (content, styles, meta, changes, error);
}