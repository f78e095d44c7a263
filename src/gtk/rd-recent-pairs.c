/* rd-recent-pairs.c: the pairs of files compared lately
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-recent-pairs.h"

#include <gtk/gtk.h>
#include <string.h>

/* A pair is kept as the later file's entry in the list of recent files,
 * with a group naming the earlier file: the list is the desktop's own, so
 * the files also show in other programs' recent lists, and the pairing
 * rides along in a field made for application data. */
#define PAIR_GROUP_PREFIX "resdiff-old:"
#define APP_GROUP "resdiff"

/* A file's symbol and type ride in its entry's description, "SYMBOL · TYPE"
 * (readable where other programs show it); a symbol never holds the
 * separator. */
#define DESCRIPTION_SEPARATOR " · "

/* Static helpers */

/* GTK 3.24.38 adds the groups only if the first byte of the groups array,
 * which is the low byte of the first group's address, is not zero (it reads
 * the array as a string).  A string literal aligned to 256 bytes, as the
 * sanitizers' redzones make likely, would silently lose every group, so the
 * first group is copied to an address whose low byte is not zero. */
static const char *
place_first_group (char *buffer,
                   const char *group)
{
  char *start = ((guintptr) buffer & 0xff) != 0 ? buffer : buffer + 1;

  strcpy (start, group);
  return start;
}

static char *
content_type_of (GFile *file)
{
  g_autoptr (GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                                                  G_FILE_QUERY_INFO_NONE, NULL, NULL);
  const char *type = info != NULL ? g_file_info_get_content_type (info) : NULL;
  g_autofree char *mime = type != NULL ? g_content_type_get_mime_type (type) : NULL;

  return mime != NULL ? g_steal_pointer (&mime) : g_strdup ("application/octet-stream");
}

/* "A/C.3/80/L.4 · draft resolution", "A/C.3/80/L.4", or NULL for a
 * document without a symbol. */
static char *
describe (RdDocument *document)
{
  const char *symbol = document != NULL ? rd_document_get_field (document, RD_FIELD_SYMBOL) : NULL;
  const char *type = document != NULL ? rd_document_get_field (document, RD_FIELD_DOCUMENT_TYPE) : NULL;

  if (symbol == NULL || *symbol == '\0' || strstr (symbol, DESCRIPTION_SEPARATOR) != NULL)
    return NULL;
  if (type == NULL || *type == '\0')
    return g_strdup (symbol);
  return g_strconcat (symbol, DESCRIPTION_SEPARATOR, type, NULL);
}

static void
parse_description (const char *description,
                   char **symbol,
                   char **type)
{
  const char *separator = description != NULL ? strstr (description, DESCRIPTION_SEPARATOR) : NULL;

  *symbol = NULL;
  *type = NULL;
  if (description == NULL || *description == '\0')
    return;
  if (separator == NULL)
    {
      *symbol = g_strdup (description);
      return;
    }
  *symbol = g_strndup (description, separator - description);
  *type = g_strdup (separator + strlen (DESCRIPTION_SEPARATOR));
}

/* The description GTK keeps for @uri, or NULL. */
static char *
dup_description (GtkRecentManager *manager,
                 const char *uri)
{
  g_autoptr (GtkRecentInfo) info = gtk_recent_manager_lookup_item (manager, uri, NULL);
  const char *description = info != NULL ? gtk_recent_info_get_description (info) : NULL;

  return description != NULL && *description != '\0' ? g_strdup (description) : NULL;
}

static void
add_file (GtkRecentManager *manager,
          GFile *file,
          RdDocument *document,
          const char *pair_group)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *mime = content_type_of (file);
  g_autofree char *description = describe (document);
  char first_group[sizeof APP_GROUP + 1];
  const char *groups[] = { place_first_group (first_group, APP_GROUP), pair_group, NULL };
  GtkRecentData data = {
    .display_name = NULL,
    .description = description,
    .mime_type = mime,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "resdiff %u",
    .groups = (char **) groups,
    .is_private = FALSE,
  };

  gtk_recent_manager_add_full (manager, uri, &data);
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const RdRecentPair *pa = *(RdRecentPair **) a;
  const RdRecentPair *pb = *(RdRecentPair **) b;

  return (pb->modified > pa->modified) - (pb->modified < pa->modified);
}

/* Public API */

void
rd_recent_pair_free (RdRecentPair *pair)
{
  if (pair == NULL)
    return;
  g_clear_object (&pair->old_file);
  g_clear_object (&pair->new_file);
  g_free (pair->old_symbol);
  g_free (pair->old_type);
  g_free (pair->new_symbol);
  g_free (pair->new_type);
  g_free (pair);
}

void
rd_recent_pairs_add (GFile *old_file,
                     GFile *new_file,
                     RdDocument *old_document,
                     RdDocument *new_document)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autofree char *old_uri = g_file_get_uri (old_file);
  g_autofree char *pair_group = g_strconcat (PAIR_GROUP_PREFIX, old_uri, NULL);

  g_return_if_fail (G_IS_FILE (old_file));
  g_return_if_fail (G_IS_FILE (new_file));

  add_file (manager, old_file, old_document, NULL);
  add_file (manager, new_file, new_document, pair_group);
}

GPtrArray *
rd_recent_pairs_list (guint max_pairs)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GPtrArray *pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_recent_pair_free);
  GList *items = gtk_recent_manager_get_items (manager);

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      gsize n_groups = 0;
      char **groups;

      if (!gtk_recent_info_has_group (info, APP_GROUP))
        continue;
      groups = gtk_recent_info_get_groups (info, &n_groups);
      for (gsize i = 0; i < n_groups; i++)
        {
          RdRecentPair *pair;
          g_autofree char *old_description = NULL;

          if (!g_str_has_prefix (groups[i], PAIR_GROUP_PREFIX))
            continue;
          pair = g_new0 (RdRecentPair, 1);
          pair->old_file = g_file_new_for_uri (groups[i] + strlen (PAIR_GROUP_PREFIX));
          pair->new_file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
          pair->modified = gtk_recent_info_get_modified (info);
          parse_description (gtk_recent_info_get_description (info), &pair->new_symbol, &pair->new_type);
          old_description = dup_description (manager, groups[i] + strlen (PAIR_GROUP_PREFIX));
          parse_description (old_description, &pair->old_symbol, &pair->old_type);
          g_ptr_array_add (pairs, pair);
        }
      g_strfreev (groups);
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  g_ptr_array_sort (pairs, compare_pairs);
  if (pairs->len > max_pairs)
    g_ptr_array_set_size (pairs, max_pairs);
  return pairs;
}

char *
rd_recent_pair_dup_title (const RdRecentPair *pair)
{
  g_autofree char *old_name = pair->old_symbol != NULL ? g_strdup (pair->old_symbol) : g_file_get_basename (pair->old_file);
  g_autofree char *new_name = pair->new_symbol != NULL ? g_strdup (pair->new_symbol) : g_file_get_basename (pair->new_file);

  g_return_val_if_fail (pair != NULL, NULL);
  return g_strdup_printf ("%s  →  %s", old_name, new_name);
}
