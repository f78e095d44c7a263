/* rd-test-server.h: the UN's document and library services, on 127.0.0.1
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A real HTTP server (libsoup) on 127.0.0.1, a random port, in a thread of
 * its own, answering as the Official Document System and the Digital
 * Library do, from files of tests/data:
 *
 *   ODS_URL/api/symbol/access?s=SYMBOL&l=LANG&t=pdf: a redirect (302) to
 *     ODS_URL/files/KEY.LANG.pdf, served as application/pdf, where KEY is
 *     the symbol with "/" as "_" and the file is tests/data/corpus/KEY.LANG.pdf
 *     or what tests/data/fetch/ods.txt says; a symbol it does not know is
 *     404.  ods.txt also gives symbols a behaviour: @html (a web page where
 *     a PDF was expected), @slow (the answer after 4 s), @drop (the
 *     connection closed mid-file), @binary (bytes of no known format),
 *     @error503.
 *   UNDL_URL/search?p=SYMBOL&of=xm: tests/data/fetch/KEY.marcxml, or an
 *     empty collection.
 *
 * rd_test_server_setenv() points RESDIFF_ODS_URL and RESDIFF_UNDL_URL at
 * it (the program spawned by a test inherits them).
 */

typedef struct _RdTestServer RdTestServer;

RdTestServer *rd_test_server_new (void);
void rd_test_server_free (RdTestServer *server);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdTestServer, rd_test_server_free)

/* "http://127.0.0.1:PORT" */
const char *rd_test_server_get_url (RdTestServer *server);
void rd_test_server_setenv (RdTestServer *server);
/* Requests answered so far, of both services. */
guint rd_test_server_get_n_requests (RdTestServer *server);
/* The documents asked of the ODS so far, "SYMBOL LANG" each, in order
 * ("A/RES/80/228 fr"): which language a fetch used. */
GStrv rd_test_server_dup_ods_requests (RdTestServer *server);

G_END_DECLS
