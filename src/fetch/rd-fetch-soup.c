/* rd-fetch-soup.c: one GET with libsoup 3
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-fetch-soup.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "rd-fetch.h"

/* Read in pieces this big, each one a progress report. */
#define CHUNK_SIZE (64 * 1024)

/* No document of the ODS comes near it; a server streaming without end
 * is stopped here rather than filling memory. */
#define MAX_BODY_SIZE (256 * 1024 * 1024)

/* Static helpers */

static void
set_error_from (GError **error,
                GError *cause)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (cause));
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_set_error_literal (error, RD_FETCH_ERROR, RD_FETCH_ERROR_TIMED_OUT, cause->message);
  else
    g_set_error_literal (error, RD_FETCH_ERROR, RD_FETCH_ERROR_UNREACHABLE, cause->message);
}

/* Public API */

GBytes *
rd_fetch_get_with_soup (const char *url,
                        guint timeout,
                        RdFetchBodyProgressFunc progress,
                        gpointer user_data,
                        guint *status,
                        char **content_type,
                        GCancellable *cancellable,
                        GError **error)
{
  g_autoptr (SoupSession) session = NULL;
  g_autoptr (SoupMessage) message = NULL;
  g_autoptr (GInputStream) stream = NULL;
  g_autoptr (GByteArray) body = g_byte_array_new ();
  g_autoptr (GError) local_error = NULL;
  SoupMessageHeaders *headers;
  const char *type;
  goffset total;

  message = soup_message_new ("GET", url);
  if (message == NULL)
    {
      g_set_error (error, RD_FETCH_ERROR, RD_FETCH_ERROR_UNREACHABLE, _ ("“%s” is not a web address"), url);
      return NULL;
    }
  /* A session per request: requests come from the loader's threads, and
   * each is a file of megabytes, where a new connection costs little.
   * The system's proxy settings are GIO's default resolver. */
  session = soup_session_new_with_options ("timeout", timeout,
                                           "idle-timeout", timeout,
                                           "proxy-resolver", g_proxy_resolver_get_default (),
                                           "user-agent", PACKAGE_NAME "/" PACKAGE_VERSION " ",
                                           NULL);
  stream = soup_session_send (session, message, cancellable, &local_error);
  if (stream == NULL)
    {
      set_error_from (error, local_error);
      return NULL;
    }

  headers = soup_message_get_response_headers (message);
  total = soup_message_headers_get_content_length (headers);
  for (;;)
    {
      g_autoptr (GBytes) chunk = g_input_stream_read_bytes (stream, CHUNK_SIZE, cancellable, &local_error);
      gsize length;

      if (chunk == NULL)
        {
          set_error_from (error, local_error);
          return NULL;
        }
      length = g_bytes_get_size (chunk);
      if (length == 0)
        break;
      g_byte_array_append (body, g_bytes_get_data (chunk, NULL), (guint) length);
      if (body->len > MAX_BODY_SIZE)
        {
          g_set_error_literal (error, RD_FETCH_ERROR, RD_FETCH_ERROR_UNREACHABLE, _ ("the answer is too large"));
          return NULL;
        }
      if (progress != NULL)
        progress (body->len, total > 0 ? (guint64) total : 0, user_data);
    }
  /* Fewer bytes than announced: the connection was dropped. */
  if (total > 0 && (goffset) body->len < total)
    {
      g_set_error_literal (error, RD_FETCH_ERROR, RD_FETCH_ERROR_UNREACHABLE, _ ("the connection was closed before the whole file came"));
      return NULL;
    }
  g_input_stream_close (stream, NULL, NULL);

  *status = soup_message_get_status (message);
  type = soup_message_headers_get_content_type (headers, NULL);
  *content_type = g_strdup (type);
  return g_byte_array_free_to_bytes (g_steal_pointer (&body));
}
