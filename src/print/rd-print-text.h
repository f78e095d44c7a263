/* rd-print-text.h: text with Pango attributes, and the runs of the
 * presentation model drawn as print marks them
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "rd-presentation.h"

G_BEGIN_DECLS

typedef enum
{
  RD_PRINT_INK_TEXT,
  RD_PRINT_INK_MUTED,
  RD_PRINT_INK_INSERTED,
  RD_PRINT_INK_DELETED,
  RD_PRINT_INK_MOVED,
  RD_PRINT_INK_CHANGED, /* a change bar beside a modified paragraph */
  RD_PRINT_INK_RULE,
  RD_PRINT_N_INKS
} RdPrintInk;

void rd_print_ink_get_rgb (RdPrintInk ink, double *red, double *green, double *blue);
/* The ink of the bar beside a change of @type: inserted, deleted and
 * moved have their own, any other change the changed one. */
RdPrintInk rd_print_ink_for_change (RdChangeType type);

/* What a piece of text is marked with: flags. */
typedef enum
{
  RD_PRINT_MARK_NONE = 0,
  RD_PRINT_MARK_INSERTED = 1 << 0, /* underlined, blue */
  RD_PRINT_MARK_DELETED = 1 << 1,  /* struck through, red */
  RD_PRINT_MARK_MUTED = 1 << 2,    /* grey */
  RD_PRINT_MARK_BOLD = 1 << 3,
  RD_PRINT_MARK_ITALIC = 1 << 4,
  RD_PRINT_MARK_SUPERSCRIPT = 1 << 5, /* raised and smaller */
  RD_PRINT_MARK_MOVED = 1 << 6,       /* purple */
  RD_PRINT_MARK_ROUTINE = 1 << 7,     /* with inserted or deleted: a routine
                                       * update (rd-routine.h), in grey */
  RD_PRINT_MARK_AGREED = 1 << 8,      /* with inserted: wording adopted
                                       * before (RdRun.agreed_in), underlined
                                       * twice */
} RdPrintMark;

/* A string and the attributes over its byte ranges; document text needs
 * no escaping. */
typedef struct
{
  GString *text;
  PangoAttrList *attrs;
} RdPrintText;

void rd_print_text_init (RdPrintText *text);
void rd_print_text_clear (RdPrintText *text);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RdPrintText, rd_print_text_clear)

void rd_print_text_add_attr (RdPrintText *text, PangoAttribute *attr, gsize start, gsize end);
void rd_print_text_add_color (RdPrintText *text, RdPrintInk ink, gsize start, gsize end);
/* Marks bytes @start to @end with @mark (RdPrintMark flags). */
void rd_print_text_mark (RdPrintText *text, guint mark, gsize start, gsize end);
void rd_print_text_append (RdPrintText *text, const char *string, guint mark);
/* The last byte written, or 0 when nothing is. */
char rd_print_text_last (const RdPrintText *text);
/* Removes trailing spaces; attributes past the end are harmless. */
void rd_print_text_trim (RdPrintText *text);

/* A paragraph's number as printed ("8.", "(a)") and a space: the same on
 * both sides plain, else the old one struck through and the new one
 * underlined. */
void rd_print_text_append_number (RdPrintText *text, const char *old_number, const char *new_number);

/* A paragraph's runs (rd-presentation.h): inserted and deleted text
 * marked, white space folded, the verb phrase in italics, footnote marks
 * raised, a removed paragraph break as the old number struck through;
 * after a passage of agreed language, where it was adopted ("⟨agreed in
 * A/RES/79/198, PP 6⟩", grey). */
void rd_print_text_append_runs (RdPrintText *text, const GPtrArray *runs);

/* A shown paragraph (rd-presentation.h): its number, then its runs. */
void rd_print_text_append_paragraph (RdPrintText *text, const RdShownParagraph *paragraph);

G_END_DECLS
