/* rd-test-fixture.c: what the resolution fixture of tests/data/formats/ holds
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-test-fixture.h"

#include <string.h>

#include "rd-test-util.h"

void
rd_test_assert_fixture_document (RdDocument *doc)
{
  static const char *const preambular_verbs[] = { "Reaffirming", "Recalling", "Deeply concerned" };
  static const char *const operative_verbs[] = { "Urges", "Calls upon", "Requests", "Decides", "Also decides" };
  static const char *const sponsors[] = { "Austria", "Brazil", "Nigeria" };
  GPtrArray *paragraphs = rd_document_get_paragraphs (doc);
  GPtrArray *list = rd_document_get_sponsors (doc);
  GPtrArray *footnotes = rd_document_get_footnotes (doc);
  guint preambular = 0;
  guint operative = 0;
  guint subparagraph = 0;
  guint calls_upon = G_MAXUINT;

  g_assert_cmpstr (rd_document_get_symbol (doc), ==, "A/C.3/99/L.99");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_ORGAN), ==, "General Assembly");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_DISTRIBUTION), ==, "Limited");
  g_assert_cmpstr (rd_document_get_date (doc), ==, "14 October 2099");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_COMMITTEE), ==, "Third Committee");
  g_assert_cmpuint (rd_document_get_agenda_items (doc)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rd_document_get_agenda_items (doc), 0), ==, "28");
  g_assert_cmpstr (rd_document_get_document_type (doc), ==, "draft resolution");
  g_assert_cmpstr (rd_document_get_title (doc), ==, "Improving the coordination of efforts against trafficking in persons");
  g_assert_cmpstr (rd_document_get_field (doc, RD_FIELD_FORMULA), ==, "The General Assembly,");
  g_assert_true (g_str_has_prefix (rd_document_get_field (doc, RD_FIELD_LANGUAGE), "en"));

  g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (sponsors));
  for (guint i = 0; i < list->len; i++)
    {
      RdSponsor *sponsor = g_ptr_array_index (list, i);
      g_assert_cmpstr (sponsor->name, ==, sponsors[i]);
      g_assert_cmpstr (sponsor->state, ==, sponsors[i]);
    }

  g_assert_cmpuint (rd_document_count_paragraphs (doc, RD_PARAGRAPH_PREAMBULAR), ==, 3);
  g_assert_cmpuint (rd_document_count_paragraphs (doc, RD_PARAGRAPH_OPERATIVE), ==, 5);
  g_assert_cmpuint (rd_document_count_paragraphs (doc, RD_PARAGRAPH_SUBPARAGRAPH), ==, 2);
  g_assert_cmpuint (paragraphs->len, ==, 10);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      RdParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      switch (paragraph->kind)
        {
        case RD_PARAGRAPH_PREAMBULAR:
          g_assert_cmpstr (paragraph->verb, ==, preambular_verbs[preambular]);
          g_assert_null (paragraph->number);
          preambular++;
          break;
        case RD_PARAGRAPH_OPERATIVE:
          {
            g_autofree char *number = g_strdup_printf ("%u", operative + 1);

            /* 1-3 are numbered by the word processor, 4-5 typed. */
            g_assert_cmpstr (paragraph->number, ==, number);
            g_assert_cmpstr (paragraph->verb, ==, operative_verbs[operative]);
            g_assert_true (g_str_has_prefix (paragraph->text, operative_verbs[operative]));
            if (operative == 1)
              calls_upon = i;
            operative++;
          }
          break;
        case RD_PARAGRAPH_SUBPARAGRAPH:
          g_assert_cmpstr (paragraph->number, ==, subparagraph == 0 ? "a" : "b");
          g_assert_cmpstr (paragraph->number_label, ==, subparagraph == 0 ? "(a)" : "(b)");
          g_assert_cmpuint (paragraph->parent, ==, calls_upon);
          g_assert_true (g_str_has_prefix (paragraph->text, "To "));
          subparagraph++;
          break;
        case RD_PARAGRAPH_HEADING:
        case RD_PARAGRAPH_OTHER:
        default:
          g_assert_not_reached ();
        }
    }

  /* Footnotes: their texts, and where they are cited. */
  g_assert_cmpuint (footnotes->len, ==, 2);
  g_assert_cmpstr (rd_document_find_footnote (doc, "1")->text, ==, "United Nations, Treaty Series, vol. 2237, No. 39574.");
  g_assert_cmpstr (rd_document_find_footnote (doc, "2")->text, ==, "Ibid., vol. 2237, No. 39574.");
  {
    RdParagraph *first = g_ptr_array_index (paragraphs, 0);
    RdParagraph *urges = g_ptr_array_index (paragraphs, 3);

    g_assert_cmpuint (first->footnotes->len, ==, 1);
    g_assert_cmpstr (g_array_index (first->footnotes, RdFootnoteRef, 0).marker, ==, "1");
    g_assert_cmpuint (g_array_index (first->footnotes, RdFootnoteRef, 0).offset, ==, strlen (first->text));
    g_assert_true (g_str_has_suffix (first->text, "the Protocol thereto,"));
    g_assert_cmpuint (urges->footnotes->len, ==, 1);
    g_assert_cmpstr (g_array_index (urges->footnotes, RdFootnoteRef, 0).marker, ==, "2");
    g_assert_cmpstr (urges->text, ==, "Urges Member States to ratify the Protocol;");
  }

  /* The tracked insertion is in, the deletion out (DOCX, ODT). */
  g_assert_cmpstr (((RdParagraph *) g_ptr_array_index (paragraphs, 7))->text, ==,
                   "Requests the Secretary-General to report to the General Assembly at its hundredth session on the implementation of the present resolution;");
}

RdDocument *
rd_test_load_fixture_document (const char *name,
                               const char *format)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "formats", name, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdDocument) doc = rd_test_load_path (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  rd_test_assert_fixture_document (doc);
  g_assert_cmpstr (rd_document_get_format (doc), ==, format);
  return g_steal_pointer (&doc);
}

char *
rd_test_entity_bomb_doctype (const char *root)
{
  GString *out = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE ");

  g_string_append_printf (out, "%s [\n <!ENTITY lol \"lol\">\n", root);
  for (int i = 1; i <= 9; i++)
    {
      g_string_append_printf (out, " <!ENTITY lol%d \"", i);
      for (int k = 0; k < 10; k++)
        {
          if (i == 1)
            g_string_append (out, "&lol;");
          else
            g_string_append_printf (out, "&lol%d;", i - 1);
        }
      g_string_append (out, "\">\n");
    }
  g_string_append (out, "]>\n");
  return g_string_free (out, FALSE);
}
