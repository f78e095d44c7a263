/* rd-amendment.c: an amendment document and its instructions
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-amendment.h"

#include <string.h>

#include "rd-instruction-parser.h"

struct _RdAmendment
{
  GObject parent_instance;

  RdDocument *document; /* nullable */
  char *symbol;
  char *amends;
  GPtrArray *instructions; /* RdInstruction */
};

G_DEFINE_FINAL_TYPE (RdAmendment, rd_amendment, G_TYPE_OBJECT)

/* Static helpers */

/* A symbol as compared: upper case, without spaces or the reissue star. */
static char *
symbol_key (const char *symbol)
{
  GString *key = g_string_new (NULL);

  for (const char *p = symbol; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '*')
      g_string_append_c (key, g_ascii_toupper (*p));
  return g_string_free (key, FALSE);
}

/* GObject overrides */

static void
rd_amendment_dispose (GObject *object)
{
  RdAmendment *self = RD_AMENDMENT (object);

  g_clear_object (&self->document);

  G_OBJECT_CLASS (rd_amendment_parent_class)->dispose (object);
}

static void
rd_amendment_finalize (GObject *object)
{
  RdAmendment *self = RD_AMENDMENT (object);

  g_free (self->symbol);
  g_free (self->amends);
  g_ptr_array_unref (self->instructions);

  G_OBJECT_CLASS (rd_amendment_parent_class)->finalize (object);
}

static void
rd_amendment_class_init (RdAmendmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rd_amendment_dispose;
  object_class->finalize = rd_amendment_finalize;
}

static void
rd_amendment_init (RdAmendment *self)
{
}

/* Public API */

gboolean
rd_document_is_amendment (RdDocument *document)
{
  g_return_val_if_fail (RD_IS_DOCUMENT (document), FALSE);
  return rd_document_get_field (document, RD_FIELD_AMENDS) != NULL;
}

RdAmendment *
rd_amendment_new_from_document (RdDocument *document)
{
  RdAmendment *self;
  GPtrArray *paragraphs;
  g_autofree RdInstructionLine *lines = NULL;

  g_return_val_if_fail (RD_IS_DOCUMENT (document), NULL);

  if (!rd_document_is_amendment (document))
    return NULL;

  paragraphs = rd_document_get_paragraphs (document);
  lines = g_new0 (RdInstructionLine, MAX (paragraphs->len, 1));
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      lines[i].text = paragraph->text;
      lines[i].label = paragraph->number_label;
      lines[i].footnotes = paragraph->footnotes;
    }

  self = g_object_new (RD_TYPE_AMENDMENT, NULL);
  self->document = g_object_ref (document);
  self->symbol = g_strdup (rd_document_get_symbol (document));
  self->amends = g_strdup (rd_document_get_field (document, RD_FIELD_AMENDS));
  self->instructions = rd_instruction_parse_lines (lines, paragraphs->len);
  return self;
}

RdAmendment *
rd_amendment_new_from_text (const char *text,
                            gssize length,
                            const char *symbol,
                            const char *amends)
{
  RdAmendment *self;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  self = g_object_new (RD_TYPE_AMENDMENT, NULL);
  self->symbol = g_strdup (symbol);
  self->amends = g_strdup (amends);
  self->instructions = rd_instruction_parse_text (text, length);
  return self;
}

RdDocument *
rd_amendment_get_document (RdAmendment *self)
{
  g_return_val_if_fail (RD_IS_AMENDMENT (self), NULL);
  return self->document;
}

const char *
rd_amendment_get_symbol (RdAmendment *self)
{
  g_return_val_if_fail (RD_IS_AMENDMENT (self), NULL);
  return self->symbol;
}

const char *
rd_amendment_get_amends (RdAmendment *self)
{
  g_return_val_if_fail (RD_IS_AMENDMENT (self), NULL);
  return self->amends;
}

GPtrArray *
rd_amendment_get_instructions (RdAmendment *self)
{
  g_return_val_if_fail (RD_IS_AMENDMENT (self), NULL);
  return self->instructions;
}

const char *
rd_amendment_get_footnote_text (RdAmendment *self,
                                const char *marker)
{
  RdFootnote *footnote;

  g_return_val_if_fail (RD_IS_AMENDMENT (self), NULL);
  g_return_val_if_fail (marker != NULL, NULL);

  if (self->document == NULL)
    return NULL;
  footnote = rd_document_find_footnote (self->document, marker);
  return footnote != NULL ? footnote->text : NULL;
}

gboolean
rd_amendment_amends_symbol (RdAmendment *self,
                            const char *symbol)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_return_val_if_fail (RD_IS_AMENDMENT (self), FALSE);

  if (self->amends == NULL || symbol == NULL)
    return FALSE;
  a = symbol_key (self->amends);
  b = symbol_key (symbol);
  return strcmp (a, b) == 0;
}
