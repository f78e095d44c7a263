/* rd-import-docx.c: Word (.docx) and OpenDocument (.odt) files
 *
 * Both are zip archives of XML parts.  The archive is read with libarchive
 * and the XML with libxml2 (rd_xml_parse: no network, no DTD loading, no
 * entity expansion).  Which of the two a zip is, is decided by its entries,
 * not by the name of the file.
 *
 * Limits against hostile archives (see also docs/formats.md): at most
 * MAX_ENTRIES entries and MAX_INFLATED_SIZE bytes inflated, both counted
 * while the archive is read, so a zip bomb stops after a fraction of a
 * second with RD_IMPORT_ERROR_TOO_LARGE.  Only the central directory and
 * the XML parts Resdiff uses are read; images and the rest are skipped
 * without being inflated.
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-formats.h"
#include "rd-import.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "rd-import-private.h"

/* The XML of a 400,000-word omnibus text in Word's verbose markup is about
 * 30 MB; 64 MB leaves room for that and for the styles, numbering and
 * footnotes, while a zip bomb (kilobytes that inflate to gigabytes) is
 * stopped as soon as it passes this mark. */
#define MAX_INFLATED_SIZE (64 * 1024 * 1024)

/* Word and LibreOffice write a dozen or two entries, a few hundred with
 * many images: ten thousand is far beyond any real document and keeps an
 * archive of millions of empty entries from being walked. */
#define MAX_ENTRIES 10000

#define READ_CHUNK_SIZE (64 * 1024)

/* Word allows nine list levels (0-8), OpenDocument ten (1-10). */
#define MAX_LIST_LEVELS 10

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define W_STRICT_NS "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define REL_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define REL_STRICT_NS "http://purl.oclc.org/ooxml/officeDocument/relationships"

#define OFFICE_NS "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define STYLE_NS "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define TEXT_NS "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define TABLE_NS "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define FO_NS "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define DC_NS "http://purl.org/dc/elements/1.1/"
#define XML_NS "http://www.w3.org/XML/1998/namespace"

#define ODT_MIMETYPE "application/vnd.oasis.opendocument.text"

/* The archive */

typedef struct
{
  GHashTable *parts; /* lower-case entry name -> GBytes, the parts read */
  GHashTable *names; /* lower-case entry name: every entry */
} Package;

static void
package_clear (Package *package)
{
  g_clear_pointer (&package->parts, g_hash_table_unref);
  g_clear_pointer (&package->names, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Package, package_clear)

/* The parts either format may need; everything else is skipped unread. */
static gboolean
is_wanted (const char *name)
{
  return strcmp (name, "mimetype") == 0 || strcmp (name, "content.xml") == 0 || strcmp (name, "styles.xml") == 0 || strcmp (name, "meta.xml") == 0 || strcmp (name, "meta-inf/manifest.xml") == 0 || strcmp (name, "_rels/.rels") == 0 || (g_str_has_prefix (name, "word/") && (g_str_has_suffix (name, ".xml") || g_str_has_suffix (name, ".rels")));
}

static char *
normalize_part_name (const char *name)
{
  while (*name == '/' || (name[0] == '.' && name[1] == '/'))
    name += *name == '/' ? 1 : 2;
  return g_ascii_strdown (name, -1);
}

static gboolean
package_read (Package *package,
              GBytes *bytes,
              GError **error)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry = NULL;
  g_autofree char *chunk = g_malloc (READ_CHUNK_SIZE);
  gsize length = 0;
  const void *data = g_bytes_get_data (bytes, &length);
  gsize inflated = 0;
  guint n_entries = 0;
  gboolean ok = FALSE;
  int status;

  package->parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  package->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (archive == NULL)
    g_error ("Out of memory creating an archive reader");

  /* Only the seekable zip reader: it reads the central directory, which
   * every Word and OpenDocument file has, and skips unwanted entries
   * without inflating them.  A zip without its directory (truncated) is
   * refused rather than half read. */
  archive_read_support_format_zip_seekable (archive);
  if (archive_read_open_memory (archive, data, length) != ARCHIVE_OK)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED,
                   _ ("the zip archive is damaged or truncated: its table of contents is missing"));
      goto out;
    }

  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN)
    {
      const char *pathname = archive_entry_pathname_utf8 (entry);
      g_autoptr (GByteArray) buffer = NULL;
      char *name;

      if (++n_entries > MAX_ENTRIES)
        {
          g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE,
                       _ ("the zip archive has more than %d entries, far more than a Word or OpenDocument file has; it may be a zip bomb"),
                       MAX_ENTRIES);
          goto out;
        }
      if (pathname == NULL)
        pathname = archive_entry_pathname (entry);
      if (pathname == NULL)
        continue;
      name = normalize_part_name (pathname);
      g_hash_table_replace (package->names, name, NULL);
      if (!is_wanted (name) || archive_entry_filetype (entry) != AE_IFREG)
        continue;
      if (archive_entry_is_encrypted (entry))
        {
          g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_ENCRYPTED,
                       _ ("the document is encrypted (password-protected); open it in its word processor, remove the password and save it again"));
          goto out;
        }

      buffer = g_byte_array_new ();
      for (;;)
        {
          la_ssize_t n = archive_read_data (archive, chunk, READ_CHUNK_SIZE);

          if (n == 0)
            break;
          if (n < 0)
            {
              /* TRANSLATORS: %s is libarchive's description, in English. */
              g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED,
                           _ ("the zip archive is damaged (%s)"), archive_error_string (archive));
              goto out;
            }
          if ((gsize) n > MAX_INFLATED_SIZE - inflated)
            {
              g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_TOO_LARGE,
                           _ ("the zip archive inflates to more than %d MB, far more than a Word or OpenDocument text needs; it may be a zip bomb"),
                           MAX_INFLATED_SIZE / (1024 * 1024));
              goto out;
            }
          inflated += (gsize) n;
          g_byte_array_append (buffer, (const guint8 *) chunk, (guint) n);
        }
      g_hash_table_replace (package->parts, g_strdup (name), g_byte_array_free_to_bytes (g_steal_pointer (&buffer)));
    }

  if (status != ARCHIVE_EOF)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED,
                   _ ("the zip archive is damaged (%s)"), archive_error_string (archive));
      goto out;
    }
  ok = TRUE;

out:
  archive_read_free (archive);
  return ok;
}

static GBytes *
package_get (Package *package,
             const char *name)
{
  g_autofree char *key = normalize_part_name (name);

  return g_hash_table_lookup (package->parts, key);
}

static gboolean
package_has (Package *package,
             const char *name)
{
  g_autofree char *key = normalize_part_name (name);

  return g_hash_table_contains (package->names, key);
}

/* Parses a part; NULL without an error when the part is absent. */
static xmlDoc *
package_parse (Package *package,
               const char *name,
               GError **error)
{
  GBytes *bytes = package_get (package, name);
  gsize length = 0;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return rd_xml_parse (data, length, name, error);
}

/* Word: relationships */

static gboolean
w_is (const xmlNode *node,
      const char *name)
{
  return rd_xml_is (node, W_NS, name) || rd_xml_is (node, W_STRICT_NS, name);
}

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
  if (end == value || parsed < -1000000 || parsed > 1000000)
    return fallback;
  return (int) parsed;
}

/* Resolves @target of a relationship of the part @source against its
 * folder ("footnotes.xml" from "word/document.xml" is
 * "word/footnotes.xml"). */
static char *
resolve_target (const char *source,
                const char *target)
{
  g_autoptr (GPtrArray) segments = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) parts = NULL;

  if (target[0] != '/' && source != NULL)
    {
      const char *slash = strrchr (source, '/');

      if (slash != NULL)
        {
          g_auto (GStrv) base = g_strsplit (source, "/", -1);
          for (guint i = 0; base[i] != NULL && base[i + 1] != NULL; i++)
            g_ptr_array_add (segments, g_strdup (base[i]));
        }
    }
  parts = g_strsplit (target, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (*parts[i] == '\0' || strcmp (parts[i], ".") == 0)
        continue;
      if (strcmp (parts[i], "..") == 0)
        {
          if (segments->len > 0)
            g_ptr_array_remove_index (segments, segments->len - 1);
          continue;
        }
      g_ptr_array_add (segments, g_strdup (parts[i]));
    }
  g_ptr_array_add (segments, NULL);
  return g_strjoinv ("/", (char **) segments->pdata);
}

/* The relationships of part @source: id -> resolved target, plus
 * "type:NAME" -> target of the first relationship whose type ends in
 * "/NAME". */
static GHashTable *
read_relationships (Package *package,
                    const char *source,
                    GError **error)
{
  g_autofree char *rels_name = NULL;
  g_autoptr (xmlDoc) doc = NULL;
  GHashTable *rels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *slash = source != NULL ? strrchr (source, '/') : NULL;

  if (source == NULL)
    rels_name = g_strdup ("_rels/.rels");
  else if (slash == NULL)
    rels_name = g_strdup_printf ("_rels/%s.rels", source);
  else
    rels_name = g_strdup_printf ("%.*s/_rels/%s.rels", (int) (slash - source), source, slash + 1);

  doc = package_parse (package, rels_name, error);
  if (doc == NULL)
    {
      if (error != NULL && *error != NULL)
        g_clear_pointer (&rels, g_hash_table_unref);
      return rels;
    }

  for (xmlNode *node = xmlDocGetRootElement (doc)->children; node != NULL; node = node->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *type = NULL;
      g_autofree char *target = NULL;
      g_autofree char *mode = NULL;
      const char *short_type;
      char *resolved;

      if (!rd_xml_is (node, NULL, "Relationship"))
        continue;
      id = rd_xml_get (node, NULL, "Id");
      type = rd_xml_get (node, NULL, "Type");
      target = rd_xml_get (node, NULL, "Target");
      mode = rd_xml_get (node, NULL, "TargetMode");
      if (id == NULL || type == NULL || target == NULL || g_strcmp0 (mode, "External") == 0)
        continue;
      resolved = resolve_target (source, target);
      short_type = strrchr (type, '/');
      if (short_type != NULL)
        {
          g_autofree char *key = g_strconcat ("type:", short_type + 1, NULL);
          if (!g_hash_table_contains (rels, key))
            g_hash_table_insert (rels, g_steal_pointer (&key), g_strdup (resolved));
        }
      g_hash_table_replace (rels, g_steal_pointer (&id), resolved);
    }
  return rels;
}

/* Word: styles and numbering */

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
  WordLevel levels[MAX_LIST_LEVELS];
  char *style_link; /* w:numStyleLink: defined by a numbering style */
  int counters[MAX_LIST_LEVELS];
  gboolean started[MAX_LIST_LEVELS];
} WordAbstractNum;

typedef struct
{
  char *abstract_id;
  int start_override[MAX_LIST_LEVELS]; /* -1 none */
  WordLevel levels[MAX_LIST_LEVELS];   /* w:lvlOverride/w:lvl */
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
  for (guint i = 0; i < MAX_LIST_LEVELS; i++)
    word_level_clear (&abstract->levels[i]);
  g_free (abstract->style_link);
  g_free (abstract);
}

static void
word_num_free (WordNum *num)
{
  for (guint i = 0; i < MAX_LIST_LEVELS; i++)
    word_level_clear (&num->levels[i]);
  g_free (num->abstract_id);
  g_free (num);
}

typedef enum
{
  NOTE_FOOTNOTE,
  NOTE_ENDNOTE,
} NoteKind;

typedef struct
{
  NoteKind kind;
  char *id;   /* Word: the w:id; ODF: unused */
  char *mark; /* as cited in the text */
  xmlNode *body;
} Note;

static void
note_free (Note *note)
{
  g_free (note->id);
  g_free (note->mark);
  g_free (note);
}

/* What a paragraph being read contributes to each of its blocks. */
typedef struct
{
  RdBlockRole role;
  RdBlockFlags flags;
  char *number;
  gboolean emitted;
  gboolean joining; /* a footnote: paragraphs join into one block */
} Paragraph;

typedef struct
{
  RdBlockList *list;
  RdTextBuilder builder;
  Paragraph paragraph;
  GHashTable *styles; /* id -> WordStyle */
  char *default_paragraph_style;
  int default_italic;
  int default_bold;
  GHashTable *abstract_nums; /* id -> WordAbstractNum */
  GHashTable *nums;          /* id -> WordNum */
  int fallback_counters[MAX_LIST_LEVELS];
  gboolean fallback_started[MAX_LIST_LEVELS];
  GHashTable *note_bodies[2]; /* NoteKind -> (id -> xmlNode) */
  GPtrArray *notes;           /* Note, in citation order */
  guint next_note[2];
  gboolean merging;     /* the previous paragraph's mark was deleted */
  gboolean custom_mark; /* the next w:t of this run is a note's mark */
  gboolean any_bold;
  gboolean any_plain;
  guint insertions;
  guint deletions;
} Word;

static WordStyle *
word_style (Word *word,
            const char *id)
{
  return id != NULL ? g_hash_table_lookup (word->styles, id) : NULL;
}

/* Follows w:basedOn for the first style that sets @field. */
#define STYLE_LOOKUP(word, id, field, unset, result)                   \
  G_STMT_START                                                         \
  {                                                                    \
    const char *style_id_ = (id);                                      \
    (result) = (unset);                                                \
    for (guint depth_ = 0; style_id_ != NULL && depth_ < 32; depth_++) \
      {                                                                \
        WordStyle *style_ = word_style ((word), style_id_);            \
        if (style_ == NULL)                                            \
          break;                                                       \
        if (style_->field != (unset))                                  \
          {                                                            \
            (result) = style_->field;                                  \
            break;                                                     \
          }                                                            \
        style_id_ = style_->based_on;                                  \
      }                                                                \
  }                                                                    \
  G_STMT_END

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

              if (w_is (level, "lvl") && ilvl >= 0 && ilvl < MAX_LIST_LEVELS)
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
          for (guint i = 0; i < MAX_LIST_LEVELS; i++)
            num->start_override[i] = -1;
          for (xmlNode *override = node->children; override != NULL; override = override->next)
            {
              int ilvl = w_int (override, "ilvl", -1);
              xmlNode *level;

              if (!w_is (override, "lvlOverride") || ilvl < 0 || ilvl >= MAX_LIST_LEVELS)
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
  for (int k = ilvl + 1; k < MAX_LIST_LEVELS; k++)
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

  ilvl = CLAMP (ilvl, 0, MAX_LIST_LEVELS - 1);
  if (abstract == NULL)
    return word_fallback_number (word, ilvl);

  if (!num->used)
    {
      /* A w:num with w:startOverride restarts those levels. */
      num->used = TRUE;
      for (int k = 0; k < MAX_LIST_LEVELS; k++)
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

  for (int k = ilvl + 1; k < MAX_LIST_LEVELS; k++)
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
  g_strstrip (out->str);
  if (*out->str == '\0')
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/* Word: text */

static void
paragraph_reset (Paragraph *paragraph)
{
  g_clear_pointer (&paragraph->number, g_free);
  paragraph->role = RD_BLOCK_BODY;
  paragraph->flags = RD_BLOCK_FLAG_NONE;
  paragraph->emitted = FALSE;
  paragraph->joining = FALSE;
}

/* Ends a block at a line break or at the end of a paragraph.  The first
 * block of a paragraph takes its number and flags; blocks after a line
 * break are marked as continuing it (see RD_BLOCK_FLAG_CONTINUATION), so
 * that masthead lines stay apart while body paragraphs are joined again. */
static RdBlock *
emit_block (RdTextBuilder *builder,
            RdBlockList *list,
            Paragraph *paragraph)
{
  RdBlock *block = rd_text_builder_flush (builder, list, paragraph->role);

  if (block == NULL)
    return NULL;
  if (!paragraph->emitted)
    {
      block->flags |= paragraph->flags;
      block->number = g_strdup (paragraph->number);
      paragraph->emitted = TRUE;
    }
  else
    block->flags |= RD_BLOCK_FLAG_CONTINUATION;
  return block;
}

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
                     NoteKind kind)
{
  g_autofree char *id = w_get (reference, "id");
  Note *note;

  if (id == NULL)
    return;
  note = g_new0 (Note, 1);
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
      note->mark = kind == NOTE_FOOTNOTE ? g_strdup_printf ("%u", value) : rd_format_roman (value, FALSE);
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
      Note *note = g_ptr_array_index (word->notes, word->notes->len - 1);
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

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      {
        if (bold)
          word->any_bold = TRUE;
        else
          word->any_plain = TRUE;
        break;
      }
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
      else if (w_is (child, "tab") || w_is (child, "ptab"))
        rd_text_builder_append (&word->builder, " ", 1);
      else if (w_is (child, "br") || w_is (child, "cr"))
        {
          if (word->paragraph.joining)
            rd_text_builder_append (&word->builder, " ", 1);
          else
            emit_block (&word->builder, word->list, &word->paragraph);
        }
      else if (w_is (child, "noBreakHyphen"))
        rd_text_builder_append (&word->builder, "-", 1);
      else if (w_is (child, "footnoteReference"))
        word_note_reference (word, child, NOTE_FOOTNOTE);
      else if (w_is (child, "endnoteReference"))
        word_note_reference (word, child, NOTE_ENDNOTE);
      /* Everything else prints nothing Resdiff compares: w:delText (only
       * inside w:del), field instructions, drawings, the separators and
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
  if (depth > RD_MARKUP_MAX_DEPTH)
    return;
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (w_is (child, "r"))
        word_run (word, child, paragraph_italic, paragraph_bold);
      else if (w_is (child, "del") || w_is (child, "moveFrom"))
        word->deletions++; /* accepted: the deleted text goes */
      else if (w_is (child, "ins") || w_is (child, "moveTo"))
        {
          word->insertions++;
          word_inline (word, child, paragraph_italic, paragraph_bold, depth + 1);
        }
      else if (w_is (child, "hyperlink"))
        {
          guint handle = rd_text_builder_open (&word->builder, RD_SPAN_LINK);
          word_inline (word, child, paragraph_italic, paragraph_bold, depth + 1);
          rd_text_builder_close (&word->builder, handle);
        }
      else if (w_is (child, "smartTag") || w_is (child, "customXml") || w_is (child, "fldSimple") || w_is (child, "sdtContent") || w_is (child, "dir") || w_is (child, "bdo"))
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

static void
word_paragraph (Word *word,
                xmlNode *p)
{
  xmlNode *ppr = w_child (p, "pPr");
  xmlNode *mark = w_child (w_child (ppr, "rPr"), "del");
  g_autofree char *style_id = w_get (w_child (ppr, "pStyle"), "val");
  const char *style = style_id != NULL ? style_id : word->default_paragraph_style;
  int italic = -1;
  int bold = -1;
  int outline = w_int (w_child (ppr, "outlineLvl"), "val", -1);
  int centered = -1;

  if (w_child (w_child (ppr, "rPr"), "ins") != NULL)
    word->insertions++;
  if (mark != NULL)
    word->deletions++;

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

      paragraph_reset (&word->paragraph);
      word->any_bold = word->any_plain = FALSE;
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

              for (int k = 0; abstract != NULL && k < MAX_LIST_LEVELS; k++)
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
      if (outline >= 0 && outline < 9)
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
  word->merging = mark != NULL;
  if (word->merging)
    {
      rd_text_builder_append (&word->builder, " ", 1);
      return;
    }
  if (word->any_bold && !word->any_plain)
    word->paragraph.flags |= RD_BLOCK_FLAG_BOLD;
  emit_block (&word->builder, word->list, &word->paragraph);
  paragraph_reset (&word->paragraph);
}

static void
word_blocks (Word *word,
             xmlNode *parent,
             guint depth)
{
  if (depth > RD_MARKUP_MAX_DEPTH)
    return;
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      if (w_is (child, "p"))
        word_paragraph (word, child);
      else if (w_is (child, "tbl") || w_is (child, "tr") || w_is (child, "tc") || w_is (child, "sdtContent") || w_is (child, "customXml") || w_is (child, "ins") || w_is (child, "moveTo"))
        word_blocks (word, child, depth + 1);
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
      emit_block (&word->builder, word->list, &word->paragraph);
      paragraph_reset (&word->paragraph);
    }
}

static void
word_read_notes (Word *word,
                 xmlDoc *doc,
                 NoteKind kind)
{
  const char *element = kind == NOTE_FOOTNOTE ? "footnote" : "endnote";

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

/* Footnote texts go after the body, in the order they are cited. */
static void
word_emit_notes (Word *word)
{
  for (guint i = 0; i < word->notes->len; i++)
    {
      Note *note = g_ptr_array_index (word->notes, i);
      RdBlock *block;

      if (note->body == NULL || note->mark == NULL)
        continue;
      paragraph_reset (&word->paragraph);
      word->paragraph.role = RD_BLOCK_FOOTNOTE;
      word->paragraph.joining = TRUE;
      word_blocks (word, note->body, 1);
      block = rd_text_builder_flush (&word->builder, word->list, RD_BLOCK_FOOTNOTE);
      if (block != NULL)
        block->marker = g_strdup (note->mark);
    }
  paragraph_reset (&word->paragraph);
}

/* The first page's own header holds the masthead in UN templates (the
 * symbol, "Distr.: General", the date): read it first when the first
 * section has one (w:titlePg).  Running headers on later pages repeat the
 * symbol and are page furniture. */
static void
word_first_page_header (Word *word,
                        Package *package,
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

  doc = package_parse (package, target, &error);
  if (doc != NULL)
    word_blocks (word, xmlDocGetRootElement (doc), 0);
}

static RdBlockList *
import_word (Package *package,
             const char *main_part,
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

  document = package_parse (package, main_part, error);
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

  rels = read_relationships (package, main_part, error);
  if (rels == NULL)
    return NULL;

#define PART(type, fallback) \
  ((part = g_hash_table_lookup (rels, "type:" type)) != NULL ? part : (fallback))

  styles = package_parse (package, PART ("styles", "word/styles.xml"), error);
  if (styles == NULL && error != NULL && *error != NULL)
    return NULL;
  numbering = package_parse (package, PART ("numbering", "word/numbering.xml"), error);
  if (numbering == NULL && error != NULL && *error != NULL)
    return NULL;
  footnotes = package_parse (package, PART ("footnotes", "word/footnotes.xml"), error);
  if (footnotes == NULL && error != NULL && *error != NULL)
    return NULL;
  endnotes = package_parse (package, PART ("endnotes", "word/endnotes.xml"), error);
  if (endnotes == NULL && error != NULL && *error != NULL)
    return NULL;
#undef PART

  word.list = list;
  rd_text_builder_init (&word.builder);
  word.styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) word_style_free);
  word.abstract_nums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) word_abstract_num_free);
  word.nums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) word_num_free);
  word.note_bodies[NOTE_FOOTNOTE] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  word.note_bodies[NOTE_ENDNOTE] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  word.notes = g_ptr_array_new_with_free_func ((GDestroyNotify) note_free);
  word.default_italic = word.default_bold = -1;
  paragraph_reset (&word.paragraph);

  if (styles != NULL)
    word_read_styles (&word, styles);
  if (numbering != NULL)
    word_read_numbering (&word, numbering);
  if (footnotes != NULL)
    word_read_notes (&word, footnotes, NOTE_FOOTNOTE);
  if (endnotes != NULL)
    word_read_notes (&word, endnotes, NOTE_ENDNOTE);

  word_first_page_header (&word, package, body, rels);
  word_blocks (&word, body, 0);
  word_emit_notes (&word);
  rd_block_list_warn_tracked_changes (list, word.insertions, word.deletions);

  rd_text_builder_clear (&word.builder);
  paragraph_reset (&word.paragraph);
  g_hash_table_unref (word.styles);
  g_free (word.default_paragraph_style);
  g_hash_table_unref (word.abstract_nums);
  g_hash_table_unref (word.nums);
  g_hash_table_unref (word.note_bodies[NOTE_FOOTNOTE]);
  g_hash_table_unref (word.note_bodies[NOTE_ENDNOTE]);
  g_ptr_array_unref (word.notes);

  if (list->blocks->len == 0)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_EMPTY, _ ("the document holds no text"));
      return NULL;
    }
  return g_steal_pointer (&list);
}

/* OpenDocument: styles */

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
  OdfListLevel levels[MAX_LIST_LEVELS];
} OdfListStyle;

static void
odf_list_style_free (OdfListStyle *style)
{
  for (guint i = 0; i < MAX_LIST_LEVELS; i++)
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
  int counters[MAX_LIST_LEVELS];
  gboolean started[MAX_LIST_LEVELS];
} OdfCounters;

typedef struct
{
  RdBlockList *list;
  RdTextBuilder builder;
  Paragraph paragraph;
  GHashTable *automatic;   /* "family:name" -> OdfStyle, this part's own */
  GHashTable *common;      /* "family:name" -> OdfStyle, from styles.xml */
  GHashTable *list_styles; /* name -> OdfListStyle */
  GHashTable *lists;       /* xml:id -> OdfCounters (not owned) */
  GPtrArray *all_counters; /* OdfCounters, owned */
  OdfCounters *last_list;  /* for text:continue-numbering */
  GPtrArray *notes;        /* Note, in citation order */
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
#define ODF_STYLE_LOOKUP(odf, family, name, field, unset, result)    \
  G_STMT_START                                                       \
  {                                                                  \
    OdfStyle *style_ = odf_style ((odf), (family), (name), TRUE);    \
    (result) = (unset);                                              \
    for (guint depth_ = 0; style_ != NULL && depth_ < 32; depth_++)  \
      {                                                              \
        if (style_->field != (unset))                                \
          {                                                          \
            (result) = style_->field;                                \
            break;                                                   \
          }                                                          \
        style_ = odf_style ((odf), (family), style_->parent, FALSE); \
      }                                                              \
  }                                                                  \
  G_STMT_END

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
      index = number != NULL ? atoi (number) - 1 : -1;
      if (index < 0 || index >= MAX_LIST_LEVELS)
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
          entry->start = start != NULL ? CLAMP (atoi (start), 0, 1000000) : 1;
          entry->display_levels = display != NULL ? CLAMP (atoi (display), 1, MAX_LIST_LEVELS) : 1;
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
            style->bold = strcmp (weight, "bold") == 0 || atoi (weight) >= 600;
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

/* OpenDocument: text */

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
  Note *note;

  if (mark == NULL || *mark == '\0')
    return;
  rd_text_builder_append (&odf->builder, mark, -1);
  rd_text_builder_add_span (&odf->builder, RD_SPAN_FOOTNOTE, start);

  note = g_new0 (Note, 1);
  note->kind = g_strcmp0 (class, "endnote") == 0 ? NOTE_ENDNOTE : NOTE_FOOTNOTE;
  note->mark = g_strdup (mark);
  note->body = body;
  g_ptr_array_add (odf->notes, note);
}

static void
odf_inline (Odf *odf,
            xmlNode *parent,
            guint depth)
{
  if (depth > RD_MARKUP_MAX_DEPTH)
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
            emit_block (&odf->builder, odf->list, &odf->paragraph);
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
      else if (rd_xml_is (child, TEXT_NS, "hidden-text") || rd_xml_is (child, TEXT_NS, "ruby-text") || rd_xml_is (child, OFFICE_NS, "annotation") || rd_xml_is (child, OFFICE_NS, "annotation-end") || rd_xml_is (child, TEXT_NS, "tracked-changes"))
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
      paragraph_reset (&odf->paragraph);
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
      emit_block (&odf->builder, odf->list, &odf->paragraph);
      paragraph_reset (&odf->paragraph);
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
  g_strstrip (out->str);
  if (*out->str == '\0')
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
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

  if (depth > RD_MARKUP_MAX_DEPTH)
    return;
  level = MIN (level, MAX_LIST_LEVELS - 1);

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
            counters->counters[level] = CLAMP (atoi (start), 0, 1000000);
          else if (!counters->started[level])
            counters->counters[level] = entry != NULL && entry->defined ? entry->start : 1;
          else
            counters->counters[level]++;
          counters->started[level] = TRUE;
          for (int k = level + 1; k < MAX_LIST_LEVELS; k++)
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

static gboolean
odf_is_skipped_block (xmlNode *node)
{
  static const char *const skipped[] = {
    "tracked-changes", "sequence-decls", "variable-decls", "user-field-decls",
    "dde-connection-decls", "table-of-content", "alphabetical-index",
    "illustration-index", "table-index", "object-index", "user-index",
    "bibliography", "soft-page-break", NULL
  };

  for (guint i = 0; skipped[i] != NULL; i++)
    if (rd_xml_is (node, TEXT_NS, skipped[i]))
      return TRUE;
  return FALSE;
}

static void
odf_blocks (Odf *odf,
            xmlNode *parent,
            guint depth)
{
  if (depth > RD_MARKUP_MAX_DEPTH)
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
      else if (odf_is_skipped_block (child))
        continue;
      else if (rd_xml_is (child, TEXT_NS, "section") || rd_xml_is (child, TABLE_NS, "table") || rd_xml_is (child, TABLE_NS, "table-row") || rd_xml_is (child, TABLE_NS, "table-rows") || rd_xml_is (child, TABLE_NS, "table-header-rows") || rd_xml_is (child, TABLE_NS, "table-row-group") || rd_xml_is (child, TABLE_NS, "table-cell") || rd_xml_is (child, TEXT_NS, "note-body"))
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
odf_emit_notes (Odf *odf)
{
  /* Notes are read in the order they are cited; a note cannot hold a
   * note, so the list does not grow while it is walked. */
  for (guint i = 0; i < odf->notes->len; i++)
    {
      Note *note = g_ptr_array_index (odf->notes, i);
      RdBlock *block;

      if (note->body == NULL)
        continue;
      paragraph_reset (&odf->paragraph);
      odf->paragraph.role = RD_BLOCK_FOOTNOTE;
      odf->paragraph.joining = TRUE;
      odf_blocks (odf, note->body, 1);
      block = rd_text_builder_flush (&odf->builder, odf->list, RD_BLOCK_FOOTNOTE);
      if (block != NULL)
        block->marker = g_strdup (note->mark);
    }
  paragraph_reset (&odf->paragraph);
}

/* Reads the text of an OpenDocument: @content is content.xml or the whole
 * flat document, @styles is styles.xml (NULL for a flat document, whose
 * common styles are in @content). */
static RdBlockList *
import_odf (xmlDoc *content,
            xmlDoc *styles,
            xmlDoc *meta,
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
  odf.notes = g_ptr_array_new_with_free_func ((GDestroyNotify) note_free);
  paragraph_reset (&odf.paragraph);

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
  odf_blocks (&odf, text, 0);
  odf_emit_notes (&odf);
  rd_block_list_warn_tracked_changes (list, odf.insertions, odf.deletions);

  rd_text_builder_clear (&odf.builder);
  paragraph_reset (&odf.paragraph);
  g_hash_table_unref (odf.automatic);
  g_hash_table_unref (odf.common);
  g_hash_table_unref (odf.list_styles);
  g_hash_table_unref (odf.lists);
  g_ptr_array_unref (odf.all_counters);
  g_ptr_array_unref (odf.notes);

  if (list->blocks->len == 0)
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_EMPTY, _ ("the document holds no text"));
      return NULL;
    }
  return g_steal_pointer (&list);
}

static RdBlockList *
import_odf_package (Package *package,
                    GError **error)
{
  g_autoptr (xmlDoc) content = NULL;
  g_autoptr (xmlDoc) styles = NULL;
  g_autoptr (xmlDoc) meta = NULL;
  GBytes *manifest = package_get (package, "META-INF/manifest.xml");

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

  content = package_parse (package, "content.xml", error);
  if (content == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED, _ ("the OpenDocument file has no content.xml"));
      return NULL;
    }
  styles = package_parse (package, "styles.xml", error);
  if (styles == NULL && error != NULL && *error != NULL)
    return NULL;
  /* meta.xml only gives the language: a damaged one is not worth failing
   * the whole document for. */
  meta = package_parse (package, "meta.xml", NULL);
  return import_odf (content, styles, meta, error);
}

/* Entry points */

static char *
package_mimetype (Package *package)
{
  GBytes *bytes = package_get (package, "mimetype");
  gsize length = 0;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return g_strstrip (g_strndup (data, MIN (length, 200)));
}

static RdBlockList *
import_package (GBytes *bytes,
                GError **error)
{
  g_auto (Package) package = { 0 };
  g_autoptr (GHashTable) rels = NULL;
  g_autoptr (GError) rels_error = NULL;
  g_autofree char *mimetype = NULL;
  const char *main_part = NULL;

  if (!package_read (&package, bytes, error))
    return NULL;

  mimetype = package_mimetype (&package);
  if (mimetype != NULL && g_str_has_prefix (mimetype, "application/vnd.oasis.opendocument."))
    {
      /* .odt, and its template (.ott) and master (.odm) forms. */
      if (g_str_has_prefix (mimetype, ODT_MIMETYPE))
        return import_odf_package (&package, error);
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
                   _ ("this is an OpenDocument file of another kind (%s), not a text document; save it as .odt, .docx or PDF"),
                   mimetype + strlen ("application/vnd.oasis.opendocument."));
      return NULL;
    }

  rels = read_relationships (&package, NULL, &rels_error);
  if (rels != NULL)
    main_part = g_hash_table_lookup (rels, "type:officeDocument");
  if (main_part != NULL && package_get (&package, main_part) != NULL)
    return import_word (&package, main_part, error);
  if (package_get (&package, "word/document.xml") != NULL)
    return import_word (&package, "word/document.xml", error);
  if (package_get (&package, "content.xml") != NULL)
    return import_odf_package (&package, error);

  if (package_has (&package, "xl/workbook.xml"))
    g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
                 _ ("this is an Excel workbook (.xlsx), not a text document; save the text as .docx or PDF"));
  else if (package_has (&package, "ppt/presentation.xml"))
    g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
                 _ ("this is a PowerPoint presentation (.pptx), not a text document; save the text as .docx or PDF"));
  else
    g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_UNSUPPORTED,
                 _ ("this is a zip archive, but not a Word (.docx) or OpenDocument text (.odt) document"));
  return NULL;
}

RdBlockList *
rd_formats_import_docx (GBytes *bytes,
                        GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);

  return import_package (bytes, error);
}

RdBlockList *
rd_formats_import_odt (GBytes *bytes,
                       GError **error)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr (xmlDoc) doc = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    return import_package (bytes, error);

  /* A flat OpenDocument (.fodt): the whole document in one XML file. */
  doc = rd_xml_parse (data, length, _ ("the flat OpenDocument XML"), error);
  if (doc == NULL)
    return NULL;
  if (!rd_xml_is (xmlDocGetRootElement (doc), OFFICE_NS, "document"))
    {
      g_set_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_DAMAGED, _ ("the XML is not an OpenDocument document"));
      return NULL;
    }
  return import_odf (doc, NULL, NULL, error);
}
