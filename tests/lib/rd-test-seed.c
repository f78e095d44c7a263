/* rd-test-seed.c: edited copies of the seed resolution, made in the test
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-test-seed.h"

#include <string.h>

void
rd_seed_free (RdSeed *seed)
{
  g_ptr_array_unref (seed->chunks);
  g_free (seed);
}

RdSeed *
rd_seed_load (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "trafficking-2013-revised-draft.en.txt", NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv) parts = NULL;
  RdSeed *seed = g_new0 (RdSeed, 1);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  parts = g_regex_split_simple ("\\n\\s*\\n", text, 0, 0);
  seed->chunks = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_ptr_array_add (seed->chunks, g_strdup (parts[i]));
    }
  return seed;
}

guint
rd_seed_find (RdSeed *seed,
              const char *prefix)
{
  for (guint i = 0; i < seed->chunks->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (seed->chunks, i), prefix))
      return i;
  g_error ("no chunk starts with “%s”", prefix);
  return 0;
}

const char *
rd_seed_get (RdSeed *seed,
             guint index)
{
  return g_ptr_array_index (seed->chunks, index);
}

void
rd_seed_set (RdSeed *seed,
             guint index,
             const char *text)
{
  g_free (g_ptr_array_index (seed->chunks, index));
  g_ptr_array_index (seed->chunks, index) = g_strdup (text);
}

void
rd_seed_insert (RdSeed *seed,
                guint index,
                const char *text)
{
  g_ptr_array_insert (seed->chunks, index, g_strdup (text));
}

char *
rd_seed_take (RdSeed *seed,
              guint index)
{
  return g_ptr_array_steal_index (seed->chunks, index);
}

void
rd_seed_replace (RdSeed *seed,
                 guint index,
                 const char *from,
                 const char *to)
{
  const char *text = rd_seed_get (seed, index);
  const char *at = strstr (text, from);
  g_autofree char *edited = NULL;

  g_assert_nonnull (at);
  edited = g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
  rd_seed_set (seed, index, edited);
}

void
rd_seed_renumber (RdSeed *seed,
                  guint start,
                  int delta)
{
  for (guint i = start; i < seed->chunks->len; i++)
    {
      const char *text = rd_seed_get (seed, i);
      char *end = NULL;
      guint64 number = g_ascii_strtoull (text, &end, 10);

      if (end != text && g_str_has_prefix (end, ". *"))
        {
          g_autofree char *edited = g_strdup_printf ("%d%s", (int) number + delta, end);
          rd_seed_set (seed, i, edited);
        }
    }
}

char *
rd_seed_text (RdSeed *seed)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < seed->chunks->len; i++)
    {
      g_string_append (out, rd_seed_get (seed, i));
      g_string_append (out, "\n\n");
    }
  return g_string_free (out, FALSE);
}

RdDocument *
rd_seed_parse (RdSeed *seed)
{
  g_autofree char *text = rd_seed_text (seed);
  return rd_test_parse_text (text);
}

RdComparison *
rd_seed_compare (RdSeed *old_seed,
                 RdSeed *new_seed)
{
  g_autoptr (RdDocument) old_document = rd_seed_parse (old_seed);
  g_autoptr (RdDocument) new_document = rd_seed_parse (new_seed);

  return rd_comparison_new (old_document, new_document, NULL);
}
