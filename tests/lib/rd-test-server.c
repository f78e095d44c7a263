/* rd-test-server.c: the UN's document and library services, on 127.0.0.1
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-test-server.h"

#include <gio/gio.h>
#include <libsoup/soup.h>
#include <string.h>

/* How long the @slow answer waits: longer than the timeout the tests set
 * (RESDIFF_FETCH_TIMEOUT=1). */
#define SLOW_ANSWER_SECONDS 4

struct _RdTestServer
{
  GThread *thread;
  GMainContext *context;
  GMainLoop *loop;
  SoupServer *soup;
  char *url;
  GMutex lock;
  GCond ready;
  gboolean started;
  guint n_requests;        /* atomic */
  GPtrArray *ods_requests; /* "SYMBOL LANG" asked of the ODS, under lock */
  GHashTable *ods;         /* "SYMBOL LANG" → file under tests/data, or "@behaviour" */
};

typedef struct
{
  SoupServerMessage *message;
  gboolean disconnected;
} Pending;

static char *
symbol_key (const char *symbol)
{
  char *key = g_strdup (symbol);

  g_strdelimit (key, "/ ", '_');
  return key;
}

static void
load_ods_table (RdTestServer *self)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "fetch", "ods.txt", NULL);
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) words = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      words = g_strsplit_set (lines[i], " \t", -1);
      if (g_strv_length (words) < 3)
        continue;
      g_hash_table_insert (self->ods, g_strdup_printf ("%s %s", words[0], words[1]), g_strdup (words[2]));
    }
}

/* The file under tests/data that answers @symbol in @language, or a
 * behaviour ("@slow"), or NULL. */
static char *
ods_answer (RdTestServer *self,
            const char *symbol,
            const char *language)
{
  g_autofree char *entry = g_strdup_printf ("%s %s", symbol, language);
  const char *listed = g_hash_table_lookup (self->ods, entry);
  g_autofree char *key = symbol_key (symbol);
  g_autofree char *name = g_strdup_printf ("%s.%s.pdf", key, language);
  g_autofree char *corpus = g_test_build_filename (G_TEST_DIST, "data", "corpus", name, NULL);

  if (listed != NULL)
    return g_strdup (listed);
  if (g_file_test (corpus, G_FILE_TEST_IS_REGULAR))
    return g_build_filename ("corpus", name, NULL);
  return NULL;
}

static void
serve_file (SoupServerMessage *message,
            const char *relative,
            const char *content_type)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", relative, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (strstr (relative, "..") != NULL || !g_file_get_contents (path, &contents, &length, NULL))
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, content_type, SOUP_MEMORY_TAKE, g_steal_pointer (&contents), length);
}

static void
on_disconnected (SoupServerMessage *message,
                 gpointer user_data)
{
  Pending *pending = user_data;

  pending->disconnected = TRUE;
}

static gboolean
answer_slowly (gpointer user_data)
{
  Pending *pending = user_data;

  if (!pending->disconnected)
    {
      serve_file (pending->message, "corpus/A_80_L.3.en.pdf", "application/pdf");
      soup_server_message_unpause (pending->message);
    }
  return G_SOURCE_REMOVE;
}

/* Also when the server stops before the answer is due. */
static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_signal_handlers_disconnect_by_data (pending->message, pending);
  g_object_unref (pending->message);
  g_free (pending);
}

/* Headers promising a whole file, a few bytes of it, and the connection
 * closed. */
static void
drop_connection (SoupServerMessage *message)
{
  static const char partial[] = "HTTP/1.1 200 OK\r\n"
                                "Content-Type: application/pdf\r\n"
                                "Content-Length: 100000\r\n"
                                "\r\n"
                                "%PDF-1.4\n%partial";
  g_autoptr (GIOStream) stream = soup_server_message_steal_connection (message);
  GOutputStream *output = g_io_stream_get_output_stream (stream);

  g_output_stream_write_all (output, partial, sizeof partial - 1, NULL, NULL, NULL);
  g_io_stream_close (stream, NULL, NULL);
}

static void
answer_ods (RdTestServer *self,
            SoupServerMessage *message,
            GHashTable *query)
{
  const char *symbol = query != NULL ? g_hash_table_lookup (query, "s") : NULL;
  const char *language = query != NULL ? g_hash_table_lookup (query, "l") : NULL;
  g_autofree char *answer = NULL;

  if (symbol == NULL || language == NULL)
    {
      soup_server_message_set_status (message, SOUP_STATUS_BAD_REQUEST, NULL);
      return;
    }
  g_mutex_lock (&self->lock);
  g_ptr_array_add (self->ods_requests, g_strdup_printf ("%s %s", symbol, language));
  g_mutex_unlock (&self->lock);
  answer = ods_answer (self, symbol, language);
  if (answer == NULL)
    soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
  else if (strcmp (answer, "@html") == 0)
    {
      static const char page[] = "<!DOCTYPE html><html><head><title>Official Document System</title></head>"
                                 "<body><p>Document not found.</p></body></html>";
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "text/html; charset=utf-8", SOUP_MEMORY_STATIC, page, sizeof page - 1);
    }
  else if (strcmp (answer, "@binary") == 0)
    {
      static const char bytes[] = "\x01\x02\x03 no format at all";
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "application/octet-stream", SOUP_MEMORY_STATIC, bytes, sizeof bytes - 1);
    }
  else if (strcmp (answer, "@error503") == 0)
    soup_server_message_set_status (message, SOUP_STATUS_SERVICE_UNAVAILABLE, NULL);
  else if (strcmp (answer, "@drop") == 0)
    drop_connection (message);
  else if (strcmp (answer, "@slow") == 0)
    {
      Pending *pending = g_new0 (Pending, 1);
      g_autoptr (GSource) source = g_timeout_source_new_seconds (SLOW_ANSWER_SECONDS);

      pending->message = g_object_ref (message);
      g_signal_connect (message, "disconnected", G_CALLBACK (on_disconnected), pending);
      soup_server_message_pause (message);
      g_source_set_callback (source, answer_slowly, pending, pending_free);
      g_source_attach (source, self->context);
    }
  else
    {
      /* The ODS redirects to the file. */
      g_autofree char *location = g_strdup_printf ("/ods/files/%s", answer);
      soup_server_message_set_redirect (message, SOUP_STATUS_FOUND, location);
    }
}

static void
answer_library (SoupServerMessage *message,
                GHashTable *query)
{
  static const char empty[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n</collection>\n";
  const char *symbol = query != NULL ? g_hash_table_lookup (query, "p") : NULL;
  g_autofree char *key = NULL;
  g_autofree char *relative = NULL;
  g_autofree char *path = NULL;

  if (symbol == NULL || g_strcmp0 (g_hash_table_lookup (query, "of"), "xm") != 0)
    {
      soup_server_message_set_status (message, SOUP_STATUS_BAD_REQUEST, NULL);
      return;
    }
  key = symbol_key (symbol);
  relative = g_strdup_printf ("fetch/%s.marcxml", key);
  path = g_test_build_filename (G_TEST_DIST, "data", relative, NULL);
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    serve_file (message, relative, "application/xml");
  else
    {
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "application/xml", SOUP_MEMORY_STATIC, empty, sizeof empty - 1);
    }
}

static void
on_request (SoupServer *soup,
            SoupServerMessage *message,
            const char *path,
            GHashTable *query,
            gpointer user_data)
{
  RdTestServer *self = user_data;

  g_atomic_int_inc (&self->n_requests);
  /* One request per connection: none is left open when the server stops
   * (each client session is gone after its request anyway). */
  soup_message_headers_replace (soup_server_message_get_response_headers (message), "Connection", "close");
  if (strcmp (path, "/ods/api/symbol/access") == 0)
    answer_ods (self, message, query);
  else if (g_str_has_prefix (path, "/ods/files/"))
    serve_file (message, path + strlen ("/ods/files/"), "application/pdf");
  else if (strcmp (path, "/undl/search") == 0)
    answer_library (message, query);
  else
    soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
}

static gpointer
run_server (gpointer data)
{
  RdTestServer *self = data;
  g_autoptr (GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (self->context);
  self->soup = soup_server_new ("server-header", "resdiff-test ", NULL);
  soup_server_add_handler (self->soup, NULL, on_request, self, NULL);
  g_assert_true (soup_server_listen_local (self->soup, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (self->soup);
  g_assert_nonnull (uris);

  g_mutex_lock (&self->lock);
  self->url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  self->started = TRUE;
  g_cond_signal (&self->ready);
  g_mutex_unlock (&self->lock);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_main_loop_run (self->loop);
  soup_server_disconnect (self->soup);
  g_clear_object (&self->soup);
  /* Connections closing finish; sources left (a slow answer not sent) go
   * with the context. */
  {
    gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 10;

    while (g_get_monotonic_time () < until)
      if (!g_main_context_iteration (self->context, FALSE))
        g_usleep (1000);
  }
  g_main_context_pop_thread_default (self->context);
  return NULL;
}

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

RdTestServer *
rd_test_server_new (void)
{
  RdTestServer *self = g_new0 (RdTestServer, 1);

  self->ods = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->ods_requests = g_ptr_array_new_with_free_func (g_free);
  load_ods_table (self);
  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  g_mutex_init (&self->lock);
  g_cond_init (&self->ready);
  self->thread = g_thread_new ("test-server", run_server, self);
  g_mutex_lock (&self->lock);
  while (!self->started)
    g_cond_wait (&self->ready, &self->lock);
  g_mutex_unlock (&self->lock);
  return self;
}

void
rd_test_server_free (RdTestServer *self)
{
  g_autoptr (GSource) source = g_idle_source_new ();

  g_source_set_callback (source, quit_loop, self->loop, NULL);
  g_source_attach (source, self->context);
  g_thread_join (self->thread);
  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_hash_table_unref (self->ods);
  g_ptr_array_unref (self->ods_requests);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->ready);
  g_free (self->url);
  g_free (self);
}

const char *
rd_test_server_get_url (RdTestServer *self)
{
  return self->url;
}

void
rd_test_server_setenv (RdTestServer *self)
{
  g_autofree char *ods = g_strdup_printf ("%s/ods", self->url);
  g_autofree char *library = g_strdup_printf ("%s/undl", self->url);

  g_setenv ("RESDIFF_ODS_URL", ods, TRUE);
  g_setenv ("RESDIFF_UNDL_URL", library, TRUE);
}

guint
rd_test_server_get_n_requests (RdTestServer *self)
{
  return (guint) g_atomic_int_get (&self->n_requests);
}

GStrv
rd_test_server_dup_ods_requests (RdTestServer *self)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv requests;

  g_mutex_lock (&self->lock);
  for (guint i = 0; i < self->ods_requests->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->ods_requests, i));
  g_mutex_unlock (&self->lock);
  requests = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return requests;
}
