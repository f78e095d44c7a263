/* rd-import-office.h: what the Word and OpenDocument readers share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rd-import-private.h"
#include "rd-zip-package.h"

G_BEGIN_DECLS

/* Word allows nine list levels (0-8), OpenDocument ten (1-10). */
#define RD_OFFICE_MAX_LIST_LEVELS 10

/* How many styles deep a style's "based on" (Word) or parent (OpenDocument)
 * is followed: templates go a handful deep, and the bound stops styles
 * that name each other in a loop. */
#define RD_OFFICE_MAX_STYLE_DEPTH 32

/* Sets @result to @field of the first style that sets it (is not @unset),
 * following a chain of styles of @Type: @style names the one looked at,
 * which starts as @first and goes on as @parent (an expression of @style;
 * NULL ends the chain), at most RD_OFFICE_MAX_STYLE_DEPTH deep. */
#define RD_OFFICE_STYLE_LOOKUP(Type, style, first, parent, field, unset, result)          \
  G_STMT_START                                                                            \
  {                                                                                       \
    Type *style = (first);                                                                \
    (result) = (unset);                                                                   \
    for (guint depth_ = 0; style != NULL && depth_ < RD_OFFICE_MAX_STYLE_DEPTH; depth_++) \
      {                                                                                   \
        if (style->field != (unset))                                                      \
          {                                                                               \
            (result) = style->field;                                                      \
            break;                                                                        \
          }                                                                               \
        style = (parent);                                                                 \
      }                                                                                   \
  }                                                                                       \
  G_STMT_END

/* A footnote or endnote cited in the text, its body read after the
 * body's paragraphs. */
typedef enum
{
  RD_OFFICE_NOTE_FOOTNOTE,
  RD_OFFICE_NOTE_ENDNOTE,
} RdOfficeNoteKind;

typedef struct
{
  RdOfficeNoteKind kind;
  char *id;   /* Word: the w:id; ODF: unused */
  char *mark; /* as cited in the text */
  xmlNode *body;
} RdOfficeNote;

void rd_office_note_free (RdOfficeNote *note);

/* What a paragraph being read contributes to each of its blocks. */
typedef struct
{
  RdBlockRole role;
  RdBlockFlags flags;
  char *number;
  gboolean emitted;
  gboolean joining; /* a footnote: paragraphs join into one block */
} RdOfficeParagraph;

void rd_office_paragraph_reset (RdOfficeParagraph *paragraph);

/* A list label built in @label ("(a)", "12."), freed: its text without
 * the spaces around it, or NULL when nothing is left. */
char *rd_office_finish_label (GString *label);

/* Ends a block at a line break or at the end of a paragraph.  The first
 * block of a paragraph takes its number and flags; blocks after a line
 * break are marked as continuing it (see RD_BLOCK_FLAG_CONTINUATION), so
 * that masthead lines stay apart while body paragraphs are joined again. */
RdBlock *rd_office_emit_block (RdTextBuilder *builder, RdBlockList *list, RdOfficeParagraph *paragraph);

/* Reads the body of each note through @read_body (the reader's block
 * walker, given @reader), after the document's body and in the order the
 * notes are cited, as one footnote block each with its mark; notes
 * without a body (and, with @need_mark, without a mark) are left out. */
typedef void (*RdOfficeReadBody) (gpointer reader, xmlNode *body);
void rd_office_emit_notes (GPtrArray *notes,
                           gboolean need_mark,
                           RdOfficeParagraph *paragraph,
                           RdTextBuilder *builder,
                           RdBlockList *list,
                           RdOfficeReadBody read_body,
                           gpointer reader);

/* The readers (rd-import-word.c, rd-import-odf.c).  Errors are in
 * RD_IMPORT_ERROR and give the cause only. */

/* A Word document whose main part (word/document.xml as a rule) is
 * @main_part. */
RdBlockList *rd_word_import (RdZipPackage *package, const char *main_part, RdTrackedChanges changes, GError **error);

/* An OpenDocument text package (content.xml, styles.xml, meta.xml). */
RdBlockList *rd_odf_import_package (RdZipPackage *package, RdTrackedChanges changes, GError **error);

/* The text of an OpenDocument: @content is content.xml or the whole flat
 * document (.fodt), @styles is styles.xml (NULL for a flat document, whose
 * common styles are in @content), @meta is meta.xml or NULL. */
/* Edits @text (office:text) to read as it did before its tracked changes
 * (rd-import-odf-changes.c). */
void rd_odf_reject_changes (xmlNode *text);

RdBlockList *rd_odf_import (xmlDoc *content, xmlDoc *styles, xmlDoc *meta, RdTrackedChanges changes, GError **error);

G_END_DECLS
