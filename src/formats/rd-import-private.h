/* rd-import-private.h: helpers shared by the importers of markup formats
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "rd-import.h"

G_BEGIN_DECLS

/* How deep markup may nest.  libxml2 stops parsing at this depth unless
 * XML_PARSE_HUGE is given (which the importers never give); the walkers
 * refuse to go deeper as well, so their recursion stays bounded even if a
 * later libxml2 allows more. */
#define RD_MARKUP_MAX_DEPTH 256

/* XML */

/* Parses XML without network access, without loading external DTDs or
 * entities, without substituting entities and with libxml2's default size
 * and depth limits (no XML_PARSE_HUGE).  A document that declares its own
 * entities is refused, as they serve no purpose in the formats Resdiff
 * reads and are the stuff of "billion laughs" attacks.  @part names the
 * XML in messages ("word/document.xml"). */
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

/* Building blocks */

/*
 * RdTextBuilder collects the text of one block as a walker meets it, with
 * spans opened and closed around inline elements.  Spans still open when
 * the block is flushed carry on into the next block.
 */
typedef struct
{
  GString *text;
  GArray *spans; /* RdSpan, offsets into the raw text */
  GArray *open;  /* RdSpan still open: end unused */
} RdTextBuilder;

void rd_text_builder_init (RdTextBuilder *builder);
void rd_text_builder_clear (RdTextBuilder *builder);
/* Appends UTF-8 text; control characters become spaces, soft hyphens go. */
void rd_text_builder_append (RdTextBuilder *builder, const char *text, gssize length);
/* Whether anything but white space has been appended since the last flush. */
gboolean rd_text_builder_is_empty (const RdTextBuilder *builder);
/* Opens a span of @kind at the current end; returns a handle for _close. */
guint rd_text_builder_open (RdTextBuilder *builder, RdSpanKind kind);
void rd_text_builder_close (RdTextBuilder *builder, guint handle);
/* Adds a span over text already appended, from @start to the end. */
void rd_text_builder_add_span (RdTextBuilder *builder, RdSpanKind kind, gsize start);
/* Makes a block of what was collected (white space folded, spans kept) and
 * appends it to @list, or returns NULL when there was no text.  The
 * builder is empty afterwards. */
RdBlock *rd_text_builder_flush (RdTextBuilder *builder, RdBlockList *list, RdBlockRole role);

/* Other helpers */

/* Tells that tracked changes were accepted: insertions kept, deletions
 * dropped (nothing when both counts are 0). */
void rd_block_list_warn_tracked_changes (RdBlockList *list, guint insertions, guint deletions);

/* A BCP 47 tag from what a file says (ISO 639-1 or 639-2 codes, "en-GB",
 * "en_US"), or NULL when it is not a language tag. */
char *rd_language_tag_normalize (const char *value);

/* List numbers as letters: 1 -> "a", 26 -> "z", then 27 -> "aa" and 28
 * -> "bb" when @repeat (Word, ODF with num-letter-sync) or 28 -> "ab"
 * (HTML, ODF by default).  Upper case when @upper. */
char *rd_format_letter (guint value, gboolean upper, gboolean repeat);
/* List numbers as Roman numerals: 4 -> "iv"; decimal past 3999. */
char *rd_format_roman (guint value, gboolean upper);

G_END_DECLS
