/* rd-html-tree.h: building the HTML export's libxml2 tree
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/*
 * Every string on its way into the tree passes through here.  Escaping is
 * libxml2's (the serialiser writes <, >, & and quotes as references); these
 * only replace what no escaping can carry: bytes that are not UTF-8 and
 * characters HTML forbids, each by U+FFFD (carriage returns and form feeds
 * by a space).  NULL or empty text adds nothing.
 */
void rd_html_add_text_len (xmlNodePtr parent, const char *text, gsize length);
void rd_html_add_text (xmlNodePtr parent, const char *text);
void rd_html_add_textf (xmlNodePtr parent, const char *format, ...) G_GNUC_PRINTF (2, 3);
void rd_html_set_attribute (xmlNodePtr node, const char *name, const char *value);
void rd_html_set_id (xmlNodePtr node, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* An element as the last child of @parent, with @class_name when not NULL. */
xmlNodePtr rd_html_add_element (xmlNodePtr parent, const char *name, const char *class_name);

/* A block element on a line of its own, so the file reads well as source
 * (white space between blocks does not show). */
xmlNodePtr rd_html_add_block (xmlNodePtr parent, const char *name, const char *class_name);

xmlNodePtr rd_html_add_text_element (xmlNodePtr parent, const char *name, const char *class_name, const char *text);

/* <a href="#@target_id">@text</a> */
xmlNodePtr rd_html_add_link (xmlNodePtr parent, const char *class_name, const char *target_id, const char *text);

G_END_DECLS
