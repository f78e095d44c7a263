/* test-json.c: the JSON writer
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <math.h>
#include <json-glib/json-glib.h>

#include "rd-json.h"

static void
test_layout (void)
{
  RdJsonWriter *writer = rd_json_writer_new ();
  g_autofree char *text = NULL;

  rd_json_begin_object (writer);
  rd_json_member_int (writer, "resdiff", 1);
  rd_json_member (writer, "empty");
  rd_json_begin_array (writer);
  rd_json_end_array (writer);
  rd_json_member (writer, "diff");
  rd_json_begin_array (writer);
  rd_json_begin_inline_array (writer);
  rd_json_string (writer, "=");
  rd_json_string (writer, "Urges");
  rd_json_end_array (writer);
  rd_json_end_array (writer);
  rd_json_member (writer, "similarity");
  rd_json_double (writer, 0.5);
  rd_json_member_bool (writer, "moved", FALSE);
  rd_json_member_string (writer, "symbol", NULL);
  rd_json_end_object (writer);
  text = rd_json_writer_finish (writer);

  g_assert_cmpstr (text, ==,
                   "{\n"
                   "  \"resdiff\": 1,\n"
                   "  \"empty\": [],\n"
                   "  \"diff\": [\n"
                   "    [\"=\", \"Urges\"]\n"
                   "  ],\n"
                   "  \"similarity\": 0.500,\n"
                   "  \"moved\": false,\n"
                   "  \"symbol\": null\n"
                   "}\n");
}

static void
test_escaping_round_trip (void)
{
  const char *hostile = "<script>alert(\"x\")</script> & \\ \n\t\x01 “quoted” Türkiye";
  RdJsonWriter *writer = rd_json_writer_new ();
  g_autofree char *text = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  rd_json_begin_object (writer);
  rd_json_member_string (writer, "text\"name", hostile);
  rd_json_end_object (writer);
  text = rd_json_writer_finish (writer);

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)), "text\"name"), ==, hostile);
}

static void
test_escaping_every_position (void)
{
  /* A special character at every position of strings of every length up
   * to 40, through the eight-bytes-at-a-time path and its tail. */
  const char specials[] = { '"', '\\', '\n', '\x01', '\x1f' };

  for (guint length = 1; length <= 40; length++)
    for (guint at = 0; at < length; at++)
      for (guint k = 0; k < G_N_ELEMENTS (specials); k++)
        {
          g_autofree char *text = g_strnfill (length, 'a');
          g_autoptr (GString) out = g_string_new (NULL);
          g_autoptr (JsonParser) parser = json_parser_new ();
          g_autofree char *document = NULL;

          text[at] = specials[k];
          rd_json_append_escaped (out, text);
          document = g_strdup_printf ("[%s]", out->str);
          g_assert_true (json_parser_load_from_data (parser, document, -1, NULL));
          g_assert_cmpstr (json_array_get_string_element (json_node_get_array (json_parser_get_root (parser)), 0), ==, text);
        }
}

static void
test_escaping_every_position_non_ascii (void)
{
  /* The same among two-byte characters: bytes over 0x7F are no control
   * characters. */
  const char *specials[] = { "\"", "\\", "\n", "\x01", "\x1f" };

  for (guint length = 1; length <= 24; length++)
    for (guint at = 0; at < length; at++)
      for (guint k = 0; k < G_N_ELEMENTS (specials); k++)
        {
          g_autoptr (GString) text = g_string_new (NULL);
          g_autoptr (GString) out = g_string_new (NULL);
          g_autoptr (JsonParser) parser = json_parser_new ();
          g_autofree char *document = NULL;

          for (guint i = 0; i < length; i++)
            g_string_append (text, i == at ? specials[k] : "\xc3\xa9");
          rd_json_append_escaped (out, text->str);
          document = g_strdup_printf ("[%s]", out->str);
          g_assert_true (json_parser_load_from_data (parser, document, -1, NULL));
          g_assert_cmpstr (json_array_get_string_element (json_node_get_array (json_parser_get_root (parser)), 0), ==, text->str);
        }
}

static void
test_doubles (void)
{
  /* Three decimals, as printf gives them, whole values included. */
  const double values[] = { 1.0, 0.0, -0.0, 0.5, 0.9995, 0.0005, 2.0, -1.0, 0.123456, INFINITY, NAN };
  const char *expected = "[1.000, 0.000, -0.000, 0.500, 1.000, 0.001, 2.000, -1.000, 0.123, null, null]\n";
  RdJsonWriter *writer = rd_json_writer_new ();
  g_autofree char *text = NULL;

  rd_json_begin_inline_array (writer);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    rd_json_double (writer, values[i]);
  rd_json_end_array (writer);
  text = rd_json_writer_finish (writer);
  g_assert_cmpstr (text, ==, expected);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/layout", test_layout);
  g_test_add_func ("/json/doubles", test_doubles);
  g_test_add_func ("/json/escaping-round-trip", test_escaping_round_trip);
  g_test_add_func ("/json/escaping-every-position", test_escaping_every_position);
  g_test_add_func ("/json/escaping-every-position-non-ascii", test_escaping_every_position_non_ascii);

  return g_test_run ();
}
