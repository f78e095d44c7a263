/* rd-json.h: a small streaming JSON writer
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes JSON text into a GString, indented two spaces a level.  Arrays
 * begun with rd_json_begin_inline_array stay on one line, for small tuples
 * such as ["+", "text"]. */
typedef struct _RdJsonWriter RdJsonWriter;

RdJsonWriter *rd_json_writer_new (void);

/* Hands written text to @sink in pieces of about 64 KB instead of keeping
 * it all: a large comparison goes to standard output without being held in
 * memory.  The sink returns FALSE when it could not write; the writer then
 * stops calling it and rd_json_writer_finish returns NULL. */
typedef gboolean (*RdJsonSink) (const char *data, gsize length, gpointer user_data);
void rd_json_writer_set_sink (RdJsonWriter *writer, RdJsonSink sink, gpointer user_data);
void rd_json_writer_free (RdJsonWriter *writer);
/* The text written so far (what the sink has not taken), with a final
 * newline; the writer is freed.  With a sink: "" after the last piece went
 * to it, NULL if it failed. */
char *rd_json_writer_finish (RdJsonWriter *writer);

void rd_json_begin_object (RdJsonWriter *writer);
void rd_json_end_object (RdJsonWriter *writer);
void rd_json_begin_array (RdJsonWriter *writer);
void rd_json_begin_inline_array (RdJsonWriter *writer);
void rd_json_end_array (RdJsonWriter *writer);

/* Names the next value inside an object. */
void rd_json_member (RdJsonWriter *writer, const char *name);

void rd_json_string (RdJsonWriter *writer, const char *value); /* NULL: null */
void rd_json_int (RdJsonWriter *writer, gint64 value);
void rd_json_double (RdJsonWriter *writer, double value);
void rd_json_bool (RdJsonWriter *writer, gboolean value);
void rd_json_null (RdJsonWriter *writer);

void rd_json_member_string (RdJsonWriter *writer, const char *name, const char *value);
void rd_json_member_int (RdJsonWriter *writer, const char *name, gint64 value);
void rd_json_member_bool (RdJsonWriter *writer, const char *name, gboolean value);

/* A member whose value is a container, begun: end it as usual. */
void rd_json_member_object (RdJsonWriter *writer, const char *name);
void rd_json_member_array (RdJsonWriter *writer, const char *name);
void rd_json_member_inline_array (RdJsonWriter *writer, const char *name);

/* An array of the strings of @strings (NULL: empty). */
void rd_json_member_strings (RdJsonWriter *writer, const char *name, GPtrArray *strings);

/* Optional members, which the formats write in one of two ways: present
 * with null (the member is always there, docs/comparison-json.md), or
 * left out when there is no value. */
void rd_json_member_int_or_null (RdJsonWriter *writer, const char *name, gboolean present, gint64 value);
void rd_json_member_string_if (RdJsonWriter *writer, const char *name, const char *value);

/* Appends @value as a JSON string literal, quotes included. */
void rd_json_append_escaped (GString *out, const char *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdJsonWriter, rd_json_writer_free)

G_END_DECLS
