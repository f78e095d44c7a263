/* rd-fetch.c: documents and records fetched by their UN symbol
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-fetch.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rd-local-file.h"
#include "rd-module.h"

/* The UN's own addresses, used when no setting names a mirror. */
#define DEFAULT_ODS_URL "https://documents.un.org"
#define DEFAULT_LIBRARY_URL "https://digitallibrary.un.org"

/* Long enough for a 5 MB PDF on a slow hotel network to keep trickling,
 * short enough that a dead server is reported while the user waits. */
#define DEFAULT_TIMEOUT_SECONDS 30

/* A draft has rarely more than a handful of revisions; probing stops at
 * the first missing one, and never goes past this. */
#define MAX_PROBED_REVISIONS 9

/* The longest text read as a document symbol, in bytes: the longest real
 * ones ("A/HRC/RES/55/L.12/Rev.1/Add.1") are under half that. */
#define MAX_SYMBOL_LENGTH 80

/* The longest first part of a symbol, in characters: the organ's letters
 * ("A", "S", "E", "UNEP", "FCCC"). */
#define MAX_SERIES_LENGTH 8

/* How much of an answer is looked at to tell HTML from a document, in
 * bytes: a page's doctype or <html> comes first. */
#define HTML_SNIFF_LENGTH 256

/* A timeout set in RESDIFF_FETCH_TIMEOUT is used when under this many
 * seconds (an hour); beyond, it is a mistake and the default applies. */
#define MAX_TIMEOUT_SECONDS 3600

/* The digits of a year in a symbol ("S/RES/2719 (2024)"). */
#define YEAR_DIGITS 4

/* The units of a described age, in seconds. */
#define SECONDS_PER_MINUTE 60
#define SECONDS_PER_HOUR (60 * SECONDS_PER_MINUTE)
#define SECONDS_PER_DAY (24 * SECONDS_PER_HOUR)

/* Static helpers */

/* clang-format off */
G_DEFINE_QUARK (rd-fetch-error-quark, rd_fetch_error)
/* clang-format on */

static const char *const languages[] = { "ar", "zh", "en", "fr", "ru", "es", NULL };

/* Document series a symbol may start with (the first segment).  Only for
 * telling a symbol from a file name on the command line. */
static const char *const series_prefixes[] = {
  "A", "S", "E", "ST", "T", "DP", "UNEP", "TD", "CD", "CAT", "CCPR", "CEDAW", "CERD",
  "CRC", "CRPD", "CMW", "FCCC", "ISBA", "SPLOS", "UNW", "JIU", "IDB", "ICCD", NULL
};

static gboolean
is_suffix_segment (const char *segment,
                   char **normalized)
{
  static const char *const suffixes[] = { "Rev", "Add", "Corr", "Amend", NULL };

  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      gsize length = strlen (suffixes[i]);
      const char *rest = segment + length;

      if (g_ascii_strncasecmp (segment, suffixes[i], length) != 0 || rest[0] != '.' || !g_ascii_isdigit (rest[1]))
        continue;
      for (const char *c = rest + 1; *c != '\0'; c++)
        if (!g_ascii_isdigit (*c))
          return FALSE;
      *normalized = g_strconcat (suffixes[i], rest, NULL);
      return TRUE;
    }
  return FALSE;
}

/* One segment of a symbol after the first: letters, figures, dots and
 * dashes, and a year in brackets ("2719 (2023)"). */
static gboolean
is_plain_segment (const char *segment)
{
  const char *c = segment;

  if (!g_ascii_isalnum (*c))
    return FALSE;
  for (; *c != '\0' && *c != ' '; c++)
    if (!g_ascii_isalnum (*c) && *c != '.' && *c != '-')
      return FALSE;
  if (*c == ' ')
    {
      c++;
      /* A year in brackets: "(2024)". */
      if (c[0] != '(' || strlen (c) != YEAR_DIGITS + 2 || c[YEAR_DIGITS + 1] != ')')
        return FALSE;
      for (guint i = 1; i <= YEAR_DIGITS; i++)
        if (!g_ascii_isdigit (c[i]))
          return FALSE;
    }
  return TRUE;
}

static char *
normalize (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_auto (GStrv) segments = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  guint n;

  if (*trimmed == '\0' || strlen (trimmed) > MAX_SYMBOL_LENGTH)
    return NULL;
  segments = g_strsplit (trimmed, "/", -1);
  n = g_strv_length (segments);
  if (n < 2)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *segment = g_strstrip (g_strdup (segments[i]));
      g_autofree char *suffix = NULL;

      if (i > 0)
        g_string_append_c (out, '/');
      if (i == 0)
        {
          if (*segment == '\0' || strlen (segment) > MAX_SERIES_LENGTH)
            return NULL;
          for (const char *c = segment; *c != '\0'; c++)
            if (!g_ascii_isalpha (*c))
              return NULL;
          g_string_append (out, segment);
        }
      else if (is_suffix_segment (segment, &suffix))
        g_string_append (out, suffix);
      else if (is_plain_segment (segment))
        {
          g_autofree char *upper = g_ascii_strup (segment, -1);
          g_string_append (out, upper);
        }
      else
        return NULL;
    }
  /* The organ's letters are capitals whatever was typed. */
  for (gsize i = 0; i < out->len && out->str[i] != '/'; i++)
    out->str[i] = g_ascii_toupper (out->str[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A setting's value, or NULL when the schema is not installed (a build
 * tree, the tests) or the key is empty. */
static char *
setting_string (const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;
  g_autoptr (GSettings) settings = NULL;
  g_autofree char *value = NULL;

  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return NULL;
  settings = g_settings_new_full (schema, NULL, NULL);
  value = g_settings_get_string (settings, key);
  return value != NULL && *value != '\0' ? g_steal_pointer (&value) : NULL;
}

static char *
base_url (const char *variable,
          const char *key,
          const char *fallback)
{
  const char *from_env = g_getenv (variable);
  g_autofree char *url = NULL;

  if (from_env != NULL && *from_env != '\0')
    url = g_strdup (from_env);
  else
    url = setting_string (key);
  if (url == NULL)
    url = g_strdup (fallback);
  while (g_str_has_suffix (url, "/"))
    url[strlen (url) - 1] = '\0';
  return g_steal_pointer (&url);
}

/* The host a reader knows the service by, for messages. */
static char *
url_host (const char *url)
{
  g_autoptr (GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);

  if (uri == NULL || g_uri_get_host (uri) == NULL)
    return g_strdup (url);
  if (g_uri_get_port (uri) > 0)
    return g_strdup_printf ("%s:%d", g_uri_get_host (uri), g_uri_get_port (uri));
  return g_strdup (g_uri_get_host (uri));
}

static gint64
file_mtime (const char *path)
{
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    return 0;
  return (gint64) buf.st_mtime;
}

static gboolean
save_to_cache (const char *path,
               GBytes *bytes,
               GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (GError) local_error = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_CACHE, _ ("cannot create the cache folder %s"), dir);
      return FALSE;
    }
  /* Written whole or not at all: a half-fetched file never passes for a
   * cached copy. */
  if (!g_file_set_contents_full (path, data, (gssize) length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local_error))
    {
      g_set_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_CACHE, _ ("cannot write the cache: %s"), local_error->message);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  GBytes *body;
  guint status;
  char *content_type;
} Answer;

static void
answer_clear (Answer *answer)
{
  g_clear_pointer (&answer->body, g_bytes_unref);
  g_clear_pointer (&answer->content_type, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Answer, answer_clear)

typedef struct
{
  const char *symbol;
  RdFetchProgressFunc func;
  gpointer data;
} Progress;

static void
on_module_progress (guint64 received,
                    guint64 total,
                    gpointer user_data)
{
  Progress *progress = user_data;

  if (progress->func != NULL)
    progress->func (progress->symbol, received, total, progress->data);
}

/* One GET through the "fetch" module; the error names @symbol and the
 * service. */
static gboolean
get (const char *symbol,
     const char *service_url,
     const char *url,
     Progress *progress,
     Answer *answer,
     GCancellable *cancellable,
     GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *host = url_host (service_url);
  const RdFetchModule *module = rd_fetch_module (&local_error);

  if (module == NULL)
    {
      g_set_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_UNREACHABLE, _ ("%s: cannot fetch documents: %s"), symbol, local_error->message);
      return FALSE;
    }
  /* Said before the first byte, so a window can name what it waits for
   * (a slow server answers nothing for seconds). */
  if (progress != NULL)
    on_module_progress (0, 0, progress);
  answer->body = module->get (url, rd_fetch_get_timeout (), on_module_progress, progress, &answer->status,
                              &answer->content_type, cancellable, &local_error);
  if (answer->body != NULL)
    return TRUE;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (g_error_matches (local_error, RD_FETCH_ERROR, RD_FETCH_ERROR_TIMED_OUT))
    g_set_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_TIMED_OUT, _ ("%s: %s stopped answering (no data for %u seconds)"),
                 symbol, host, rd_fetch_get_timeout ());
  else
    g_set_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_UNREACHABLE, _ ("%s: cannot reach %s: %s"), symbol, host, local_error->message);
  return FALSE;
}

static const char *
sniff_extension (GBytes *body)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (body, &length);

  if (length >= 5 && memcmp (data, "%PDF-", 5) == 0)
    return "pdf";
  if (length >= 4 && memcmp (data, "PK\3\4", 4) == 0)
    return "docx";
  return NULL;
}

static gboolean
looks_like_html (const Answer *answer)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (answer->body, &length);
  g_autofree char *start = g_ascii_strdown (data, MIN (length, HTML_SNIFF_LENGTH));

  if (answer->content_type != NULL && (g_str_has_prefix (answer->content_type, "text/html") || g_str_has_prefix (answer->content_type, "application/xhtml")))
    return TRUE;
  g_strchug (start);
  return g_str_has_prefix (start, "<!doctype html") || g_str_has_prefix (start, "<html");
}

static char *
ods_url (const char *symbol,
         const char *language)
{
  g_autofree char *base = rd_fetch_get_ods_url ();
  g_autofree char *escaped = g_uri_escape_string (symbol, NULL, FALSE);

  return g_strdup_printf ("%s/api/symbol/access?s=%s&l=%s&t=pdf", base, escaped, language);
}

/* Whether the ODS has @symbol in another language, for telling "no such
 * document" from "not in that language". */
static gboolean
exists_in_english (const char *symbol,
                   GCancellable *cancellable)
{
  g_auto (Answer) answer = { 0 };
  g_autofree char *base = rd_fetch_get_ods_url ();
  g_autofree char *url = ods_url (symbol, "en");
  Progress progress = { symbol, NULL, NULL };

  if (!get (symbol, base, url, &progress, &answer, cancellable, NULL))
    return FALSE;
  return answer.status < 300 && sniff_extension (answer.body) != NULL;
}

static gboolean
symbol_in_strv (GPtrArray *symbols,
                const char *symbol)
{
  for (guint i = 0; i < symbols->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (symbols, i), symbol) == 0)
      return TRUE;
  return FALSE;
}

/* "…/Rev.N" → N, or 0. */
static guint
revision_number (const char *symbol,
                 const char *base)
{
  gsize length = strlen (base);

  if (g_ascii_strncasecmp (symbol, base, length) != 0 || g_ascii_strncasecmp (symbol + length, "/Rev.", 5) != 0)
    return 0;
  return (guint) g_ascii_strtoull (symbol + length + 5, NULL, 10);
}

/* Public API */

char *
rd_symbol_normalize (const char *text,
                     GError **error)
{
  char *symbol = text != NULL ? normalize (text) : NULL;

  if (symbol == NULL)
    g_set_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_BAD_SYMBOL,
                 _ ("%s: not a document symbol (like A/C.3/80/L.4 or A/RES/80/228)"), text != NULL ? text : "");
  return symbol;
}

gboolean
rd_symbol_is_command_line_symbol (const char *arg)
{
  g_autofree char *symbol = normalize (arg);
  g_autofree char *first = NULL;
  const char *slash;

  if (symbol == NULL || g_file_test (arg, G_FILE_TEST_EXISTS))
    return FALSE;
  slash = strchr (symbol, '/');
  first = g_strndup (symbol, (gsize) (slash - symbol));
  return g_strv_contains (series_prefixes, first);
}

char *
rd_symbol_strip_revision (const char *symbol)
{
  const char *rev = strstr (symbol, "/Rev.");

  return rev != NULL ? g_strndup (symbol, (gsize) (rev - symbol)) : g_strdup (symbol);
}

const char *const *
rd_fetch_get_languages (void)
{
  return languages;
}

gboolean
rd_fetch_language_is_valid (const char *language)
{
  return language != NULL && g_strv_contains (languages, language);
}

const char *
rd_fetch_get_default_language (void)
{
  const char *const *names = g_get_language_names ();
  g_autofree char *chosen = setting_string ("fetch-language");

  /* The reader's choice in the preferences first: a French delegation
   * reads French documents on an English desktop. */
  for (guint l = 0; chosen != NULL && languages[l] != NULL; l++)
    if (strcmp (chosen, languages[l]) == 0)
      return languages[l];

  for (guint i = 0; names[i] != NULL; i++)
    for (guint l = 0; languages[l] != NULL; l++)
      if (strncmp (names[i], languages[l], 2) == 0 && (names[i][2] == '\0' || strchr ("_.@", names[i][2]) != NULL))
        return languages[l];
  return "en";
}

const char *
rd_fetch_language_name (const char *language)
{
  if (g_strcmp0 (language, "ar") == 0)
    return _ ("Arabic");
  if (g_strcmp0 (language, "zh") == 0)
    return _ ("Chinese");
  if (g_strcmp0 (language, "fr") == 0)
    return _ ("French");
  if (g_strcmp0 (language, "ru") == 0)
    return _ ("Russian");
  if (g_strcmp0 (language, "es") == 0)
    return _ ("Spanish");
  return _ ("English");
}

char *
rd_fetch_get_ods_url (void)
{
  return base_url ("RESDIFF_ODS_URL", "ods-url", DEFAULT_ODS_URL);
}

char *
rd_fetch_get_library_url (void)
{
  return base_url ("RESDIFF_UNDL_URL", "library-url", DEFAULT_LIBRARY_URL);
}

guint
rd_fetch_get_timeout (void)
{
  const char *value = g_getenv ("RESDIFF_FETCH_TIMEOUT");
  guint64 seconds = value != NULL ? g_ascii_strtoull (value, NULL, 10) : 0;

  return seconds > 0 && seconds < MAX_TIMEOUT_SECONDS ? (guint) seconds : DEFAULT_TIMEOUT_SECONDS;
}

char *
rd_fetch_describe_age (gint64 fetched_at)
{
  gint64 age = MAX (g_get_real_time () / G_USEC_PER_SEC - fetched_at, 0);

  if (age < SECONDS_PER_MINUTE)
    return g_strdup (_ ("less than a minute"));
  if (age < SECONDS_PER_HOUR)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", (gulong) (age / SECONDS_PER_MINUTE)), (int) (age / SECONDS_PER_MINUTE));
  if (age < SECONDS_PER_DAY)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", (gulong) (age / SECONDS_PER_HOUR)), (int) (age / SECONDS_PER_HOUR));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", (gulong) (age / SECONDS_PER_DAY)), (int) (age / SECONDS_PER_DAY));
}

GFile *
rd_fetch_document (const char *symbol_text,
                   const char *language,
                   RdFetchFlags flags,
                   RdFetchProgressFunc progress_func,
                   gpointer progress_data,
                   RdFetchInfo *info,
                   GCancellable *cancellable,
                   GError **error)
{
  g_autofree char *symbol = rd_symbol_normalize (symbol_text, error);
  g_autofree char *pdf_path = NULL;
  g_autofree char *docx_path = NULL;
  g_autofree char *base = NULL;
  g_autofree char *url = NULL;
  g_autofree char *host = NULL;
  g_auto (Answer) answer = { 0 };
  Progress progress = { NULL, progress_func, progress_data };
  const char *extension;
  const char *path;

  if (symbol == NULL)
    return NULL;
  if (!rd_fetch_language_is_valid (language))
    {
      g_set_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_BAD_LANGUAGE,
                   _ ("%s: “%s” is not a language of the UN's documents; use ar, zh, en, fr, ru or es"), symbol, language != NULL ? language : "");
      return NULL;
    }
  progress.symbol = symbol;
  pdf_path = rd_fetch_get_cache_path (symbol, language, "pdf");
  docx_path = rd_fetch_get_cache_path (symbol, language, "docx");

  if (!(flags & RD_FETCH_REFRESH))
    {
      const char *cached = g_file_test (pdf_path, G_FILE_TEST_IS_REGULAR) ? pdf_path : g_file_test (docx_path, G_FILE_TEST_IS_REGULAR) ? docx_path
                                                                                                                                       : NULL;
      if (cached != NULL)
        {
          if (info != NULL)
            {
              info->from_cache = TRUE;
              info->fetched_at = file_mtime (cached);
            }
          return g_file_new_for_path (cached);
        }
    }

  base = rd_fetch_get_ods_url ();
  host = url_host (base);
  url = ods_url (symbol, language);
  if (!get (symbol, base, url, &progress, &answer, cancellable, error))
    return NULL;

  if (answer.status == 404 || answer.status == 410)
    {
      if (strcmp (language, "en") != 0 && exists_in_english (symbol, cancellable))
        g_set_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_NOT_IN_LANGUAGE,
                     _ ("%s: not available in %s in the Official Document System (it is in English: --lang en)"), symbol,
                     rd_fetch_language_name (language));
      else
        g_set_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_NO_SUCH_DOCUMENT,
                     _ ("%s: no such document in the Official Document System (%s)"), symbol, host);
      return NULL;
    }
  if (answer.status >= 300)
    {
      g_autofree char *status = g_strdup_printf ("%u", answer.status);
      g_set_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_UNREACHABLE,
                   _ ("%s: %s answered with error %s"), symbol, host, status);
      return NULL;
    }
  extension = sniff_extension (answer.body);
  if (extension == NULL)
    {
      if (looks_like_html (&answer))
        g_set_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_NOT_A_DOCUMENT,
                     _ ("%s: %s answered with a web page, not a PDF or Word file (is the symbol right?)"), symbol, host);
      else
        g_set_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_NOT_A_DOCUMENT,
                     _ ("%s: %s answered with “%s”, not a PDF or Word file"), symbol, host,
                     answer.content_type != NULL ? answer.content_type : _ ("unknown content"));
      return NULL;
    }

  path = strcmp (extension, "pdf") == 0 ? pdf_path : docx_path;
  if (!save_to_cache (path, answer.body, error))
    {
      g_prefix_error (error, "%s: ", symbol);
      return NULL;
    }
  /* One copy per symbol and language. */
  g_unlink (path == pdf_path ? docx_path : pdf_path);
  if (info != NULL)
    {
      info->from_cache = FALSE;
      info->fetched_at = file_mtime (path);
    }
  return g_file_new_for_path (path);
}

gboolean
rd_fetch_is_cached (const char *symbol_text,
                    const char *language,
                    RdFetchInfo *info)
{
  g_autofree char *symbol = normalize (symbol_text);
  g_autofree char *pdf_path = NULL;
  g_autofree char *docx_path = NULL;
  const char *cached;

  if (symbol == NULL || !rd_fetch_language_is_valid (language))
    return FALSE;
  pdf_path = rd_fetch_get_cache_path (symbol, language, "pdf");
  docx_path = rd_fetch_get_cache_path (symbol, language, "docx");
  cached = g_file_test (pdf_path, G_FILE_TEST_IS_REGULAR) ? pdf_path : g_file_test (docx_path, G_FILE_TEST_IS_REGULAR) ? docx_path
                                                                                                                       : NULL;
  if (cached != NULL && info != NULL)
    {
      info->from_cache = TRUE;
      info->fetched_at = file_mtime (cached);
    }
  return cached != NULL;
}

/* The cache's layout is the engine's (rd-local-file.c), which reads it
 * for the files it reads itself. */
RdRecord *
rd_fetch_get_cached_record (GFile *file)
{
  g_autofree char *path = rd_file_get_local_path (file);

  return path != NULL ? rd_local_file_cached_record (path) : NULL;
}

/* Every record the library's search for @symbol gives (the cached
 * answer, or a new one). */
static GPtrArray *
search_records (const char *symbol,
                RdFetchFlags flags,
                GCancellable *cancellable,
                GError **error)
{
  g_autofree char *path = rd_fetch_get_cache_path (symbol, NULL, "marcxml");
  g_autoptr (GBytes) body = NULL;
  g_autoptr (GError) local_error = NULL;
  GPtrArray *records;

  if (!(flags & RD_FETCH_REFRESH))
    {
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (path, &contents, &length, NULL))
        body = g_bytes_new_take (g_steal_pointer (&contents), length);
    }
  if (body == NULL)
    {
      g_autofree char *base = rd_fetch_get_library_url ();
      g_autofree char *host = url_host (base);
      g_autofree char *escaped = g_uri_escape_string (symbol, NULL, FALSE);
      g_autofree char *url = g_strdup_printf ("%s/search?p=%s&of=xm", base, escaped);
      g_auto (Answer) answer = { 0 };
      Progress progress = { symbol, NULL, NULL };

      if (!get (symbol, base, url, &progress, &answer, cancellable, error))
        return NULL;
      if (answer.status >= 300)
        {
          g_autofree char *status = g_strdup_printf ("%u", answer.status);
          g_set_error (error, RD_FETCH_ERROR, answer.status == 404 ? RD_FETCH_ERROR_NO_RECORD : RD_FETCH_ERROR_UNREACHABLE,
                       _ ("%s: %s answered with error %s"), symbol, host, status);
          return NULL;
        }
      body = g_bytes_ref (answer.body);
      records = rd_record_parse_marcxml (body, &local_error);
      if (records == NULL)
        {
          g_set_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_NO_RECORD, "%s: %s", symbol, local_error->message);
          return NULL;
        }
      /* A record is kept only once it reads. */
      if (!save_to_cache (path, body, error))
        {
          g_ptr_array_unref (records);
          g_prefix_error (error, "%s: ", symbol);
          return NULL;
        }
      return records;
    }

  records = rd_record_parse_marcxml (body, &local_error);
  if (records == NULL)
    g_set_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_NO_RECORD, "%s: %s", symbol, local_error->message);
  return records;
}

RdRecord *
rd_fetch_record (const char *symbol_text,
                 RdFetchFlags flags,
                 GCancellable *cancellable,
                 GError **error)
{
  g_autofree char *symbol = rd_symbol_normalize (symbol_text, error);
  g_autoptr (GPtrArray) records = NULL;
  RdRecord *record;

  if (symbol == NULL)
    return NULL;
  records = search_records (symbol, flags, cancellable, error);
  if (records == NULL)
    return NULL;
  record = rd_record_find (records, symbol);
  if (record == NULL)
    {
      g_set_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_NO_RECORD, _ ("%s: the Digital Library has no record of this symbol"), symbol);
      return NULL;
    }
  return rd_record_copy (record);
}

GStrv
rd_fetch_series (const char *symbol_text,
                 const char *language,
                 RdFetchFlags flags,
                 GCancellable *cancellable,
                 GError **error)
{
  g_autofree char *symbol = rd_symbol_normalize (symbol_text, error);
  g_autofree char *draft = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GPtrArray) revisions = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) resolutions = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GFile) first = NULL;
  g_autoptr (GError) record_error = NULL;
  g_autoptr (GStrvBuilder) series = g_strv_builder_new ();
  guint highest = 0;

  if (symbol == NULL)
    return NULL;
  draft = rd_symbol_strip_revision (symbol);
  /* The draft itself must exist; everything else is found around it. */
  first = rd_fetch_document (draft, language, flags, NULL, NULL, NULL, cancellable, error);
  if (first == NULL)
    return NULL;

  /* The library: the draft's record names its revisions and resolution
   * (993), and the resolution's record names the draft. */
  records = search_records (draft, flags, cancellable, &record_error);
  if (records == NULL && g_error_matches (record_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&record_error));
      return NULL;
    }
  for (guint r = 0; records != NULL && r < records->len; r++)
    {
      RdRecord *record = g_ptr_array_index (records, r);
      gboolean is_draft = rd_record_has_symbol (record, draft);
      gboolean names_draft = symbol_in_strv (record->related, draft);
      GPtrArray *candidates = is_draft ? record->related : record->symbols;

      if (!is_draft && !names_draft)
        continue;
      for (guint i = 0; i < candidates->len; i++)
        {
          const char *candidate = g_ptr_array_index (candidates, i);
          guint number = revision_number (candidate, draft);

          if (number > 0 && !symbol_in_strv (revisions, candidate))
            g_ptr_array_add (revisions, g_strdup (candidate));
          else if (strstr (candidate, "/RES/") != NULL && !symbol_in_strv (resolutions, candidate))
            g_ptr_array_add (resolutions, g_strdup (candidate));
        }
    }
  for (guint i = 0; i < revisions->len; i++)
    highest = MAX (highest, revision_number (g_ptr_array_index (revisions, i), draft));

  /* Revisions the records do not name: probe the next ones. */
  for (guint n = highest + 1; n <= MAX_PROBED_REVISIONS; n++)
    {
      g_autofree char *revision = g_strdup_printf ("%s/Rev.%u", draft, n);
      g_autoptr (GFile) file = NULL;
      g_autoptr (GError) probe_error = NULL;

      file = rd_fetch_document (revision, language, flags, NULL, NULL, NULL, cancellable, &probe_error);
      if (file == NULL)
        {
          if (g_error_matches (probe_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_propagate_error (error, g_steal_pointer (&probe_error));
              return NULL;
            }
          break;
        }
      g_ptr_array_add (revisions, g_steal_pointer (&revision));
    }

  g_strv_builder_add (series, draft);
  for (guint n = 1; n <= MAX_PROBED_REVISIONS + highest; n++)
    for (guint i = 0; i < revisions->len; i++)
      if (revision_number (g_ptr_array_index (revisions, i), draft) == n)
        g_strv_builder_add (series, g_ptr_array_index (revisions, i));
  for (guint i = 0; i < resolutions->len; i++)
    g_strv_builder_add (series, g_ptr_array_index (resolutions, i));
  return g_strv_builder_end (series);
}
