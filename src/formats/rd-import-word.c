/* rd-import-word.c: the text of a Word document (.docx)
 *
 * Paragraphs with their list numbers as Word shows them (numbering.xml,
 * styles, overrides), runs with their italic and bold, footnotes and
 * endnotes with their marks, the first page's own header (where UN
 * templates put the masthead), tracked changes accepted.
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

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define W_STRICT_NS "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define REL_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define REL_STRICT_NS "http://purl.oclc.org/ooxml/officeDocument/relationships"

/* Word's outline levels of headings, 0 to 8 (9 is body text). */
#define OUTLINE_LEVELS 9

/* XML */

static gboolean
w_is (const xmlNode *node,
      const char *name)
{
  return rd_xml_is (node, W_NS, name) || rd_xml_is (node, W_STRICT_NS, name);
}

static gboolean
w_is_any (const xmlNode *node,
          const char *const *names,
          gsize n_names)
{
  for (gsize i = 0; i < n_names; i++)
    if (w_is (node, names[i]))
      return TRUE;
  return FALSE;
}

/* Elements that only wrap runs: their runs are read as if in the
 * paragraph itself. */
static const char *const run_wrappers[] = { "smartTag", "customXml", "fldSimple", "sdtContent", "dir", "bdo" };

/* The parts of a run that print something. */
static const char *const run_texts[] = { "t", "tab", "footnoteReference", "endnoteReference" };

static char *
w_get (const xmlNode *node,
       const char *name)
{
  char *value = rd_xml_get (node, W_NS, name);

  if (value == NULL)
    value = rd_xml_get (node, W_STRICT_NS, name);
  return value;
}

static xmlNode *
w_child (const xmlNode *node,
         const char *name)
{
  if (node == NULL)
    return NULL;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (w_is (child, name))
      return child;
  return NULL;
}

/* An on/off property such as <w:i/>: -1 when absent. */
static int
w_toggle (const xmlNode *properties,
          const char *name)
{
  xmlNode *node = w_child (properties, name);
  g_autofree char *value = NULL;

  if (node == NULL)
    return -1;
  value = w_get (node, "val");
  if (value == NULL)
    return 1;
  return !(strcmp (value, "0") == 0 || strcmp (value, "false") == 0 || strcmp (value, "off") == 0);
}

static int
w_int (const xmlNode *node,
       const char *name,
       int fallback)
{
  g_autofree char *value = node != NULL ? w_get (node, name) : NULL;
  gint64 parsed;
  char *end = NULL;

  if (value == NULL)
    return fallback;
  parsed = g_ascii_strtoll (value, &end, 10);
  if (end == value || parsed < -RD_LIMIT_LIST_NUMBER || parsed > RD_LIMIT_LIST_NUMBER)
    return fallback;
  return (int) parsed;
}

/* Styles and numbering */

typedef struct
{
  char *based_on;
  int italic; /* -1 when the style does not say */
  int bold;
  int centered;
  int outline_level;
  char *num_id; /* paragraph styles with numbering */
  int ilvl;     /* -1 when not given */
  char *lang;
} WordStyle;

static void
word_style_free (WordStyle *style)
{
  g_free (style->based_on);
  g_free (style->num_id);
  g_free (style->lang);
  g_free (style);
}

typedef struct
{
  gboolean defined;
  int start;
  char *format; /* w:numFmt */
  char *text;   /* w:lvlText; NULL: no number */
  int restart;  /* w:lvlRestart: -1 default, 0 never, n after level n */
  gboolean legal;
  char *style; /* w:pStyle: the paragraph style bound to this level */
} WordLevel;

typedef struct
{
  WordLevel levels[RD_OFFICE_MAX_LIST_LEVELS];
  char *style_link; /* w:numStyleLink: defined by a numbering style */
  int counters[RD_OFFICE_MAX_LIST_LEVELS];
  gboolean started[RD_OFFICE_MAX_LIST_LEVELS];
} WordAbstractNum;

typedef struct
{
  char *abstract_id;
  int start_override[RD_OFFICE_MAX_LIST_LEVELS]; /* -1 none */
  WordLevel levels[RD_OFFICE_MAX_LIST_LEVELS];   /* w:lvlOverride/w:lvl */
  gboolean used;
} WordNum;

static void
word_level_clear (WordLevel *level)
{
  g_clear_pointer (&level->format, g_free);
  g_clear_pointer (&level->text, g_free);
  g_clear_pointer (&level->style, g_free);
}

static void
word_abstract_num_free (WordAbstractNum *abstract)
{
  for (guint i = 0; i < RD_OFFICE_MAX_LIST_LEVELS; i++)
    word_level_clear (&abstract->levels[i]);
  g_free (abstract->style_link);
  g_free (abstract);
}

static void
word_num_free (WordNum *num)
{
  for (guint i = 0; i < RD_OFFICE_MAX_LIST_LEVELS; i++)
    word_level_clear (&num->levels[i]);
  g_free (num->abstract_id);
  g_free (num);
}

typedef struct
{
  RdBlockList *list;
  RdTextBuilder builder;
  RdOfficeParagraph paragraph;
  GHashTable *styles; /* id -> WordStyle */
  char *default_paragraph_style;
  int default_italic;
  int default_bold;
  GHashTable *abstract_nums; /* id -> WordAbstractNum */
  GHashTable *nums;          /* id -> WordNum */
  int fallback_counters[RD_OFFICE_MAX_LIST_LEVELS];
  gboolean fallback_started[RD_OFFICE_MAX_LIST_LEVELS];
  GHashTable *note_bodies[2]; /* RdOfficeNoteKind -> (id -> xmlNode) */
  GPtrArray *notes;           /* RdOfficeNote, in citation order */
  guint next_note[2];
  gboolean merging;     /* the previous paragraph's mark was deleted */
  gboolean custom_mark; /* the next w:t of this run is a note's mark */
  RdBoldTally bold;     /* of the paragraph's text */
  guint insertions;
  guint deletions;
  gboolean reject; /* read the text with its tracked changes rejected */
} Word;

static WordStyle *
word_style (Word *word,
            const char *id)
{
  return id != NULL ? g_hash_table_lookup (word->styles, id) : NULL;
}

/* Follows w:basedOn for the first style that sets @field. */
#define STYLE_LOOKUP(word, id, field, unset, result) \
  RD_OFFICE_STYLE_LOOKUP (WordStyle, style_, word_style ((word), (id)), word_style ((word), style_->based_on), field, unset, result)

static void
word_read_styles (Word *word,
                  xmlDoc *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *defaults = w_child (root, "docDefaults");
  xmlNode *run_defaults = w_child (w_child (defaults, "rPrDefault"), "rPr");

  word->default_italic = w_toggle (run_defaults, "i");
  word->default_bold = w_toggle (run_defaults, "b");
  if (word->list->language == NULL)
    {
      g_autofree char *lang = w_get (w_child (run_defaults, "lang"), "val");
      word->list->language = rd_language_tag_normalize (lang);
    }

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *type = NULL;
      g_autofree char *is_default = NULL;
      WordStyle *style;
      xmlNode *ppr;
      xmlNode *rpr;
      xmlNode *numpr;
      xmlNode *jc;

      if (!w_is (node, "style"))
        continue;
      id = w_get (node, "styleId");
      if (id == NULL)
        continue;
      type = w_get (node, "type");
      is_default = w_get (node, "default");
      ppr = w_child (node, "pPr");
      rpr = w_child (node, "rPr");

      style = g_new0 (WordStyle, 1);
      style->based_on = w_get (w_child (node, "basedOn"), "val");
      style->italic = w_toggle (rpr, "i");
      style->bold = w_toggle (rpr, "b");
      style->outline_level = w_int (w_child (ppr, "outlineLvl"), "val", -1);
      jc = w_child (ppr, "jc");
      style->centered = -1;
      if (jc != NULL)
        {
          g_autofree char *value = w_get (jc, "val");
          style->centered = g_strcmp0 (value, "center") == 0;
        }
      numpr = w_child (ppr, "numPr");
      style->ilvl = -1;
      if (numpr != NULL)
        {
          style->num_id = w_get (w_child (numpr, "numId"), "val");
          style->ilvl = w_int (w_child (numpr, "ilvl"), "val", -1);
        }
      style->lang = w_get (w_child (rpr, "lang"), "val");

      if (g_strcmp0 (type, "paragraph") == 0 && (g_strcmp0 (is_default, "1") == 0 || g_strcmp0 (is_default, "true") == 0))
        {
          g_free (word->default_paragraph_style);
          word->default_paragraph_style = g_strdup (id);
          if (word->list->language == NULL)
            word->list->language = rd_language_tag_normalize (style->lang);
        }
      g_hash_table_replace (word->styles, g_steal_pointer (&id), style);
    }
}

static void
word_read_level (WordLevel *level,
                 xmlNode *node)
{
  xmlNode *restart = w_child (node, "lvlRestart");

  word_level_clear (level);
  level->defined = TRUE;
  /* ECMA-376 17.9.25: without w:start the level starts at 0. */
  level->start = w_int (w_child (node, "start"), "val", 0);
  level->format = w_get (w_child (node, "numFmt"), "val");
  if (w_child (node, "lvlText") != NULL)
    level->text = w_get (w_child (node, "lvlText"), "val");
  level->restart = restart != NULL ? w_int (restart, "val", -1) : -1;
  level->legal = w_toggle (node, "isLgl") == 1;
  level->style = w_get (w_child (node, "pStyle"), "val");
}

static void
word_read_numbering (Word *word,
                     xmlDoc *doc)
{
  for (xmlNode *node = xmlDocGetRootElement (doc)->children; node != NULL; node = node->next)
    {
      if (w_is (node, "abstractNum"))
        {
          char *id = w_get (node, "abstractNumId");
          WordAbstractNum *abstract;

          if (id == NULL)
            continue;
          abstract = g_new0 (WordAbstractNum, 1);
          abstract->style_link = w_get (w_child (node, "numStyleLink"), "val");
          for (xmlNode *level = node->children; level != NULL; level = level->next)
            {
              int ilvl = w_int (level, "ilvl", -1);

              if (w_is (level, "lvl") && ilvl >= 0 && ilvl < RD_OFFICE_MAX_LIST_LEVELS)
                word_read_level (&abstract->levels[ilvl], level);
            }
          g_hash_table_replace (word->abstract_nums, id, abstract);
        }
      else if (w_is (node, "num"))
        {
          char *id = w_get (node, "numId");
          WordNum *num;

          if (id == NULL)
            continue;
          num = g_new0 (WordNum, 1);
          num->abstract_id = w_get (w_child (node, "abstractNumId"), "val");
          for (guint i = 0; i < RD_OFFICE_MAX_LIST_LEVELS; i++)
            num->start_override[i] = -1;
          for (xmlNode *override = node->children; override != NULL; override = override->next)
            {
              int ilvl = w_int (override, "ilvl", -1);
              xmlNode *level;

              if (!w_is (override, "lvlOverride") || ilvl < 0 || ilvl >= RD_OFFICE_MAX_LIST_LEVELS)
                continue;
              if (w_child (override, "startOverride") != NULL)
                num->start_override[ilvl] = w_int (w_child (override, "startOverride"), "val", 0);
              level = w_child (override, "lvl");
              if (level != NULL)
                word_read_level (&num->levels[ilvl], level);
            }
          g_hash_table_replace (word->nums, id, num);
        }
    }
}

static char *
format_number (int value,
               const char *format)
{
  if (value < 0)
    value = 0;
  if (format == NULL || strcmp (format, "decimal") == 0)
    return g_strdup_printf ("%d", value);
  if (strcmp (format, "decimalZero") == 0)
    return g_strdup_printf ("%02d", value);
  if (strcmp (format, "lowerLetter") == 0 || strcmp (format, "upperLetter") == 0)
    return rd_format_letter ((guint) value, format[0] == 'u', TRUE);
  if (strcmp (format, "lowerRoman") == 0 || strcmp (format, "upperRoman") == 0)
    return rd_format_roman ((guint) value, format[0] == 'u');
  if (strcmp (format, "none") == 0)
    return g_strdup ("");
  return g_strdup_printf ("%d", value);
}

static WordAbstractNum *
word_abstract_for (Word *word,
                   WordNum *num)
{
  WordAbstractNum *abstract = g_hash_table_lookup (word->abstract_nums, num->abstract_id != NULL ? num->abstract_id : "");

  /* w:numStyleLink: the list is defined by a numbering style, whose
   * numbering points to the abstract definition holding the levels. */
  if (abstract != NULL && abstract->style_link != NULL)
    {
      WordStyle *style = word_style (word, abstract->style_link);
      WordNum *linked = style != NULL && style->num_id != NULL ? g_hash_table_lookup (word->nums, style->num_id) : NULL;
      WordAbstractNum *target = linked != NULL && linked->abstract_id != NULL ? g_hash_table_lookup (word->abstract_nums, linked->abstract_id) : NULL;

      if (target != NULL && target->style_link == NULL)
        abstract = target;
    }
  return abstract;
}

static const WordLevel *
word_level_for (WordNum *num,
                WordAbstractNum *abstract,
                int ilvl)
{
  if (num->levels[ilvl].defined)
    return &num->levels[ilvl];
  return &abstract->levels[ilvl];
}

/* Counts without numbering.xml: "1.", then "(a)", then "(i)". */
static char *
word_fallback_number (Word *word,
                      int ilvl)
{
  int value;

  if (!word->fallback_started[ilvl])
    word->fallback_counters[ilvl] = 0;
  word->fallback_started[ilvl] = TRUE;
  value = ++word->fallback_counters[ilvl];
  for (int k = ilvl + 1; k < RD_OFFICE_MAX_LIST_LEVELS; k++)
    word->fallback_started[k] = FALSE;

  switch (ilvl % 3)
    {
    case 0:
      return g_strdup_printf ("%d.", value);
    case 1:
      {
        g_autofree char *letter = rd_format_letter ((guint) value, FALSE, TRUE);
        return g_strdup_printf ("(%s)", letter);
      }
    default:
      {
        g_autofree char *roman = rd_format_roman ((guint) value, FALSE);
        return g_strdup_printf ("(%s)", roman);
      }
    }
}

/* The number of the next paragraph of list @num_id at level @ilvl, as
 * Word shows it ("1.", "(a)"), or NULL for a bullet or an empty label. */
static char *
word_next_number (Word *word,
                  const char *num_id,
                  int ilvl)
{
  WordNum *num = g_hash_table_lookup (word->nums, num_id);
  WordAbstractNum *abstract = num != NULL ? word_abstract_for (word, num) : NULL;
  const WordLevel *level;
  GString *out;

  ilvl = CLAMP (ilvl, 0, RD_OFFICE_MAX_LIST_LEVELS - 1);
  if (abstract == NULL)
    return word_fallback_number (word, ilvl);

  if (!num->used)
    {
      /* A w:num with w:startOverride restarts those levels. */
      num->used = TRUE;
      for (int k = 0; k < RD_OFFICE_MAX_LIST_LEVELS; k++)
        if (num->start_override[k] >= 0)
          abstract->started[k] = FALSE;
    }

  level = word_level_for (num, abstract, ilvl);
  if (!abstract->started[ilvl])
    {
      abstract->counters[ilvl] = num->start_override[ilvl] >= 0 ? num->start_override[ilvl] : level->start;
      abstract->started[ilvl] = TRUE;
    }
  else
    abstract->counters[ilvl]++;

  for (int k = ilvl + 1; k < RD_OFFICE_MAX_LIST_LEVELS; k++)
    {
      const WordLevel *deeper = word_level_for (num, abstract, k);

      if (deeper->restart != 0 && (deeper->restart < 0 || ilvl < deeper->restart))
        abstract->started[k] = FALSE;
    }

  if (!level->defined)
    return word_fallback_number (word, ilvl);
  if (level->text == NULL || g_strcmp0 (level->format, "bullet") == 0 || g_strcmp0 (level->format, "none") == 0)
    return NULL;

  out = g_string_new (NULL);
  for (const char *p = level->text; *p != '\0'; p++)
    {
      if (*p == '%' && p[1] >= '1' && p[1] <= '9')
        {
          int k = p[1] - '1';
          const WordLevel *other = word_level_for (num, abstract, k);
          int value = abstract->started[k] ? abstract->counters[k] : (num->start_override[k] >= 0 ? num->start_override[k] : other->start);
          g_autofree char *formatted = format_number (value, level->legal && k < ilvl ? "decimal" : other->format);

          g_string_append (out, formatted);
          p++;
          continue;
        }
      g_string_append_c (out, *p);
    }
  return rd_office_finish_label (out);
}

/* Text */

static void word_inline (Word *word, xmlNode *parent, int paragraph_italic, int paragraph_bold, guint depth);

/* Whether a run is italic (@bold FALSE) or bold: set on the run, else by
 * its character style (and the styles it is based on), else by the
 * paragraph, else by the document's defaults. */
static gboolean
word_run_toggle (Word *word,
                 xmlNode *rpr,
                 gboolean bold,
                 int paragraph_value)
{
  int value = w_toggle (rpr, bold ? "b" : "i");
  g_autofree char *run_style = w_get (w_child (rpr, "rStyle"), "val");

  if (value < 0 && run_style != NULL)
    {
      if (bold)
        STYLE_LOOKUP (word, run_style, bold, -1, value);
      else
        STYLE_LOOKUP (word, run_style, italic, -1, value);
    }
  if (value < 0)
    value = paragraph_value;
  if (value < 0)
    value = bold ? word->default_bold : word->default_italic;
  return value == 1;
}

static gboolean
custom_mark_follows (const xmlNode *reference)
{
  g_autofree char *value = w_get (reference, "customMarkFollows");

  return value != NULL && (strcmp (value, "1") == 0 || strcmp (value, "true") == 0 || strcmp (value, "on") == 0);
}

static void
word_note_reference (Word *word,
                     xmlNode *reference,
                     RdOfficeNoteKind kind)
{
  g_autofree char *id = w_get (reference, "id");
  RdOfficeNote *note;

  if (id == NULL)
    return;
  note = g_new0 (RdOfficeNote, 1);
  note->kind = kind;
  note->id = g_steal_pointer (&id);
  note->body = g_hash_table_lookup (word->note_bodies[kind], note->id);

  if (custom_mark_follows (reference))
    {
      /* The mark is the text that follows in the run ("*"). */
      word->custom_mark = TRUE;
    }
  else
    {
      gsize start = word->builder.text->len;
      guint value = ++word->next_note[kind];

      /* Word numbers footnotes 1, 2, 3 and endnotes i, ii, iii by
       * default, in the order they are cited. */
      note->mark = kind == RD_OFFICE_NOTE_FOOTNOTE ? g_strdup_printf ("%u", value) : rd_format_roman (value, FALSE);
      rd_text_builder_append (&word->builder, note->mark, -1);
      rd_text_builder_add_span (&word->builder, RD_SPAN_FOOTNOTE, start);
    }
  g_ptr_array_add (word->notes, note);
}

static void
word_text (Word *word,
           const char *text,
           gboolean bold)
{
  if (word->custom_mark && word->notes->len > 0)
    {
      RdOfficeNote *note = g_ptr_array_index (word->notes, word->notes->len - 1);
      g_autofree char *mark = rd_text_fold_whitespace (text, NULL);
      gsize start = word->builder.text->len;

      word->custom_mark = FALSE;
      if (note->mark == NULL && *mark != '\0')
        {
          note->mark = g_steal_pointer (&mark);
          rd_text_builder_append (&word->builder, note->mark, -1);
          rd_text_builder_add_span (&word->builder, RD_SPAN_FOOTNOTE, start);
          return;
        }
    }

  rd_bold_tally_note (&word->bold, text, bold);
  rd_text_builder_append (&word->builder, text, -1);
}

static void
word_run (Word *word,
          xmlNode *run,
          int paragraph_italic,
          int paragraph_bold)
{
  xmlNode *rpr = w_child (run, "rPr");
  gboolean italic;
  gboolean bold;
  guint handle = G_MAXUINT;

  if (w_toggle (rpr, "vanish") == 1)
    return; /* hidden text is not printed */

  italic = word_run_toggle (word, rpr, FALSE, paragraph_italic);
  bold = word_run_toggle (word, rpr, TRUE, paragraph_bold);
  if (italic)
    handle = rd_text_builder_open (&word->builder, RD_SPAN_ITALIC);

  for (xmlNode *child = run->children; child != NULL; child = child->next)
    {
      if (w_is (child, "t"))
        {
          for (xmlNode *text = child->children; text != NULL; text = text->next)
            if (text->type == XML_TEXT_NODE || text->type == XML_CDATA_SECTION_NODE)
              word_text (word, (const char *) text->content, bold);
        }
      else if (w_is (child, "delText") && word->reject)
        {
          /* Rejected, a deletion's text is the text. */
          for (xmlNode *text = child->children; text != NULL; text = text->next)
            if (text->type == XML_TEXT_NODE || text->type == XML_CDATA_SECTION_NODE)
              word_text (word, (const char *) text->content, bold);
        }
      else if (w_is (child, "tab") || w_is (child, "ptab"))
        rd_text_builder_append (&word->builder, " ", 1);
      else if (w_is (child, "br") || w_is (child, "cr"))
        {
          if (word->paragraph.joining)
            rd_text_builder_append (&word->builder, " ", 1);
          else
            rd_office_emit_block (&word->builder, word->list, &word->paragraph);
        }
      else if (w_is (child, "noBreakHyphen"))
        rd_text_builder_append (&word->builder, "-", 1);
      else if (w_is (child, "footnoteReference"))
        word_note_reference (word, child, RD_OFFICE_NOTE_FOOTNOTE);
      else if (w_is (child, "endnoteReference"))
        word_note_reference (word, child, RD_OFFICE_NOTE_ENDNOTE);
      /* Everything else prints nothing Resdiff compares: w:delText (only
       * inside w:del, read above when changes are rejected), field instructions, drawings, the separators and
       * the automatic mark at the start of a footnote (w:footnoteRef). */
    }
  word->custom_mark = FALSE;

  if (handle != G_MAXUINT)
    rd_text_builder_close (&word->builder, handle);
}

static void
word_inline (Word *word,
             xmlNode *parent,
             int paragraph_italic,
             int paragraph_bold,
             guint depth)
{
  if (depth > RD_LIMIT_NESTING_DEPTH)
    return;
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (w_is (child, "r"))
        word_run (word, child, paragraph_italic, paragraph_bold);
      else if (w_is (child, "del") || w_is (child, "moveFrom") || w_is (child, "ins") || w_is (child, "moveTo"))
        {
          gboolean deletion = w_is (child, "del") || w_is (child, "moveFrom");

          if (deletion)
            word->deletions++;
          else
            word->insertions++;
          /* Accepted, the deleted text goes; rejected, the inserted. */
          if (deletion == word->reject)
            word_inline (word, child, paragraph_italic, paragraph_bold, depth + 1);
        }
      else if (w_is (child, "hyperlink"))
        {
          guint handle = rd_text_builder_open (&word->builder, RD_SPAN_LINK);
          word_inline (word, child, paragraph_italic, paragraph_bold, depth + 1);
          rd_text_builder_close (&word->builder, handle);
        }
      else if (w_is_any (child, run_wrappers, G_N_ELEMENTS (run_wrappers)))
        word_inline (word, child, paragraph_italic, paragraph_bold, depth + 1);
      else if (w_is (child, "sdt"))
        {
          xmlNode *content = w_child (child, "sdtContent");
          if (content != NULL)
            word_inline (word, content, paragraph_italic, paragraph_bold, depth + 1);
        }
      /* w:pPr, bookmarks, comments, proofing marks: nothing to print. */
    }
}

/* Whether anything of @parent's runs stays once the changes are
 * accepted (or rejected). */
static gboolean
word_paragraph_keeps_text (Word *word,
                           xmlNode *parent,
                           guint depth)
{
  if (depth > RD_LIMIT_NESTING_DEPTH)
    return FALSE;
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || w_is (child, "pPr"))
        continue;
      if (w_is (child, "r"))
        {
          for (xmlNode *part = child->children; part != NULL; part = part->next)
            if (w_is_any (part, run_texts, G_N_ELEMENTS (run_texts)) || (word->reject && w_is (part, "delText")))
              return TRUE;
        }
      else if (w_is (child, "del") || w_is (child, "moveFrom"))
        {
          if (word->reject && word_paragraph_keeps_text (word, child, depth + 1))
            return TRUE;
        }
      else if (w_is (child, "ins") || w_is (child, "moveTo"))
        {
          if (!word->reject && word_paragraph_keeps_text (word, child, depth + 1))
            return TRUE;
        }
      else if (word_paragraph_keeps_text (word, child, depth + 1))
        return TRUE;
    }
  return FALSE;
}

static void
word_paragraph (Word *word,
                xmlNode *p)
{
  xmlNode *ppr = w_child (p, "pPr");
  xmlNode *mark_properties = w_child (ppr, "rPr");
  gboolean mark_deleted = w_child (mark_properties, "del") != NULL || w_child (mark_properties, "moveFrom") != NULL;
  gboolean mark_inserted = w_child (mark_properties, "ins") != NULL || w_child (mark_properties, "moveTo") != NULL;
  /* The paragraph mark goes when its deletion is accepted or its
   * insertion rejected: the paragraph joins the next. */
  gboolean mark = word->reject ? mark_inserted : mark_deleted;
  g_autofree char *style_id = w_get (w_child (ppr, "pStyle"), "val");
  const char *style = style_id != NULL ? style_id : word->default_paragraph_style;
  int italic = -1;
  int bold = -1;
  int outline = w_int (w_child (ppr, "outlineLvl"), "val", -1);
  int centered = -1;

  if (mark_inserted)
    word->insertions++;
  if (mark_deleted)
    word->deletions++;
  /* A paragraph whose mark and text all go (a paragraph deleted whole,
   * accepted; inserted whole, rejected) is not there at all: it neither
   * joins the next nor counts in its list's numbering. */
  if (mark && !word_paragraph_keeps_text (word, p, 0))
    return;

  STYLE_LOOKUP (word, style, italic, -1, italic);
  STYLE_LOOKUP (word, style, bold, -1, bold);
  if (outline < 0)
    STYLE_LOOKUP (word, style, outline_level, -1, outline);
  if (w_child (ppr, "jc") != NULL)
    {
      g_autofree char *value = w_get (w_child (ppr, "jc"), "val");
      centered = g_strcmp0 (value, "center") == 0;
    }
  else
    STYLE_LOOKUP (word, style, centered, -1, centered);

  if (!word->paragraph.joining && !word->merging)
    {
      xmlNode *numpr = w_child (ppr, "numPr");
      g_autofree char *num_id = NULL;
      int ilvl = -1;

      rd_office_paragraph_reset (&word->paragraph);
      word->bold = (RdBoldTally){ 0 };
      if (numpr != NULL)
        {
          num_id = w_get (w_child (numpr, "numId"), "val");
          ilvl = w_int (w_child (numpr, "ilvl"), "val", -1);
        }
      else
        {
          /* Numbering through the paragraph style ("List Number"). */
          const char *style_num = NULL;

          STYLE_LOOKUP (word, style, num_id, NULL, style_num);
          STYLE_LOOKUP (word, style, ilvl, -1, ilvl);
          num_id = g_strdup (style_num);
          if (num_id != NULL && ilvl < 0)
            {
              WordNum *num = g_hash_table_lookup (word->nums, num_id);
              WordAbstractNum *abstract = num != NULL ? word_abstract_for (word, num) : NULL;

              for (int k = 0; abstract != NULL && k < RD_OFFICE_MAX_LIST_LEVELS; k++)
                if (g_strcmp0 (abstract->levels[k].style, style) == 0)
                  ilvl = k;
            }
        }
      /* numId 0 takes away the numbering a style gives. */
      if (num_id != NULL && strcmp (num_id, "0") != 0)
        {
          word->paragraph.number = word_next_number (word, num_id, MAX (ilvl, 0));
          word->paragraph.flags |= RD_BLOCK_FLAG_LIST_ITEM;
        }
      if (outline >= 0 && outline < OUTLINE_LEVELS)
        word->paragraph.role = RD_BLOCK_HEADING;
      if (centered == 1)
        word->paragraph.flags |= RD_BLOCK_FLAG_CENTERED;
    }

  word_inline (word, p, italic, bold, 0);

  if (word->paragraph.joining)
    {
      rd_text_builder_append (&word->builder, " ", 1);
      return;
    }
  /* A deleted paragraph mark joins this paragraph to the next. */
  word->merging = mark;
  if (word->merging)
    {
      rd_text_builder_append (&word->builder, " ", 1);
      return;
    }
  if (rd_bold_tally_all_bold (&word->bold))
    word->paragraph.flags |= RD_BLOCK_FLAG_BOLD;
  rd_office_emit_block (&word->builder, word->list, &word->paragraph);
  rd_office_paragraph_reset (&word->paragraph);
}

static void
word_blocks (Word *word,
             xmlNode *parent,
             guint depth)
{
  if (depth > RD_LIMIT_NESTING_DEPTH)
    return;
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      if (w_is (child, "p"))
        word_paragraph (word, child);
      else if (w_is (child, "tbl") || w_is (child, "tr") || w_is (child, "tc") || w_is (child, "sdtContent") || w_is (child, "customXml"))
        word_blocks (word, child, depth + 1);
      else if (w_is (child, "ins") || w_is (child, "moveTo") || w_is (child, "del") || w_is (child, "moveFrom"))
        {
          /* Paragraphs inserted (or deleted) as a block: kept when the
           * change is accepted (or rejected). */
          if ((w_is (child, "del") || w_is (child, "moveFrom")) == word->reject)
            word_blocks (word, child, depth + 1);
        }
      else if (w_is (child, "sdt"))
        {
          xmlNode *content = w_child (child, "sdtContent");
          if (content != NULL)
            word_blocks (word, content, depth + 1);
        }
    }
  if (depth == 0 && word->merging)
    {
      /* The last paragraph's mark was deleted: nothing follows to join. */
      word->merging = FALSE;
      rd_office_emit_block (&word->builder, word->list, &word->paragraph);
      rd_office_paragraph_reset (&word->paragraph);
    }
}

static void
word_read_notes (Word *word,
                 xmlDoc *doc,
                 RdOfficeNoteKind kind)
{
  const char *element = kind == RD_OFFICE_NOTE_FOOTNOTE ? "footnote" : "endnote";

  for (xmlNode *node = xmlDocGetRootElement (doc)->children; node != NULL; node = node->next)
    {
      g_autofree char *type = NULL;
      char *id;

      if (!w_is (node, element))
        continue;
      type = w_get (node, "type");
      /* Separators and continuation notices are page furniture. */
      if (type != NULL && strcmp (type, "normal") != 0)
        continue;
      id = w_get (node, "id");
      if (id != NULL)
        g_hash_table_replace (word->note_bodies[kind], id, node);
    }
}

static void
word_note_blocks (gpointer reader,
                  xmlNode *body)
{
  word_blocks (reader, body, 1);
}

/* The first page's own header holds the masthead in UN templates (the
 * symbol, "Distr.: General", the date): read it first when the first
 * section has one (w:titlePg).  Running headers on later pages repeat the
 * symbol and are page furniture. */
static void
word_first_page_header (Word *word,
                        RdZipPackage *package,
                        xmlNode *body,
                        GHashTable *rels)
{
  xmlNode *section = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (xmlDoc) doc = NULL;
  const char *target = NULL;

  for (xmlNode *child = body->children; child != NULL && section == NULL; child = child->next)
    if (w_is (child, "p"))
      section = w_child (w_child (child, "pPr"), "sectPr");
    else if (w_is (child, "sectPr"))
      section = child;
  if (section == NULL || w_toggle (section, "titlePg") != 1)
    return;

  for (xmlNode *child = section->children; child != NULL; child = child->next)
    {
      g_autofree char *type = NULL;
      g_autofree char *id = NULL;

      if (!w_is (child, "headerReference"))
        continue;
      type = w_get (child, "type");
      id = rd_xml_get (child, REL_NS, "id");
      if (id == NULL)
        id = rd_xml_get (child, REL_STRICT_NS, "id");
      if (g_strcmp0 (type, "first") == 0 && id != NULL)
        target = g_hash_table_lookup (rels, id);
    }
  if (target == NULL)
    return;

  doc = rd_zip_package_parse (package, target, &error);
  if (doc != NULL)
    word_blocks (word, xmlDocGetRootElement (doc), 0);
}

RdBlockList *
rd_word_import (RdZipPackage *package,
                const char *main_part,
                RdTrackedChanges changes,
                GError **error)
{
  g_autoptr (RdBlockList) list = rd_block_list_new ("docx");
  g_autoptr (xmlDoc) document = NULL;
  g_autoptr (xmlDoc) styles = NULL;
  g_autoptr (xmlDoc) numbering = NULL;
  g_autoptr (xmlDoc) footnotes = NULL;
  g_autoptr (xmlDoc) endnotes = NULL;
  g_autoptr (GHashTable) rels = NULL;
  const char *part;
  xmlNode *body;
  Word word = { 0 };

  document = rd_zip_package_parse (package, main_part, error);
  if (document == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED, _ ("the Word document has no %s"), main_part);
      return NULL;
    }
  body = w_child (xmlDocGetRootElement (document), "body");
  if (!w_is (xmlDocGetRootElement (document), "document") || body == NULL)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED, _ ("%s is not the body of a Word document"), main_part);
      return NULL;
    }

  rels = rd_zip_package_read_relationships (package, main_part, error);
  if (rels == NULL)
    return NULL;

#define PART(type, fallback) \
  ((part = g_hash_table_lookup (rels, "type:" type)) != NULL ? part : (fallback))

  styles = rd_zip_package_parse (package, PART ("styles", "word/styles.xml"), error);
  if (styles == NULL && error != NULL && *error != NULL)
    return NULL;
  numbering = rd_zip_package_parse (package, PART ("numbering", "word/numbering.xml"), error);
  if (numbering == NULL && error != NULL && *error != NULL)
    return NULL;
  footnotes = rd_zip_package_parse (package, PART ("footnotes", "word/footnotes.xml"), error);
  if (footnotes == NULL && error != NULL && *error != NULL)
    return NULL;
  endnotes = rd_zip_package_parse (package, PART ("endnotes", "word/endnotes.xml"), error);
  if (endnotes == NULL && error != NULL && *error != NULL)
    return NULL;
#undef PART

  word.list = list;
  word.reject = changes == RD_TRACKED_CHANGES_REJECT;
  rd_text_builder_init (&word.builder);
  word.styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) word_style_free);
  word.abstract_nums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) word_abstract_num_free);
  word.nums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) word_num_free);
  word.note_bodies[RD_OFFICE_NOTE_FOOTNOTE] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  word.note_bodies[RD_OFFICE_NOTE_ENDNOTE] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  word.notes = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_office_note_free);
  word.default_italic = word.default_bold = -1;
  rd_office_paragraph_reset (&word.paragraph);

  if (styles != NULL)
    word_read_styles (&word, styles);
  if (numbering != NULL)
    word_read_numbering (&word, numbering);
  if (footnotes != NULL)
    word_read_notes (&word, footnotes, RD_OFFICE_NOTE_FOOTNOTE);
  if (endnotes != NULL)
    word_read_notes (&word, endnotes, RD_OFFICE_NOTE_ENDNOTE);

  word_first_page_header (&word, package, body, rels);
  word_blocks (&word, body, 0);
  rd_office_emit_notes (word.notes, TRUE, &word.paragraph, &word.builder, word.list, word_note_blocks, &word);
  rd_block_list_warn_tracked_changes (list, word.insertions, word.deletions, changes);

  rd_text_builder_clear (&word.builder);
  rd_office_paragraph_reset (&word.paragraph);
  g_hash_table_unref (word.styles);
  g_free (word.default_paragraph_style);
  g_hash_table_unref (word.abstract_nums);
  g_hash_table_unref (word.nums);
  g_hash_table_unref (word.note_bodies[RD_OFFICE_NOTE_FOOTNOTE]);
  g_hash_table_unref (word.note_bodies[RD_OFFICE_NOTE_ENDNOTE]);
  g_ptr_array_unref (word.notes);

  return rd_import_finish (g_steal_pointer (&list), _ ("the document holds no text"), error);
}