/* rd-fetch.h: documents and records fetched by their UN symbol
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rd-record.h"

G_BEGIN_DECLS

/*
 * Delegates think in symbols ("A/C.3/80/L.4"), not files.  A document is
 * fetched from the Official Document System
 * (ODS/api/symbol/access?s=SYMBOL&l=LANG&t=pdf, which redirects to the
 * file) and its record from the Digital Library
 * (UNDL/search?p=SYMBOL&of=xm, MARCXML: rd-record.h).  Both are kept in
 * $XDG_CACHE_HOME/resdiff/, keyed by symbol (and language for documents),
 * so a second comparison works offline; RD_FETCH_REFRESH fetches again.
 *
 * The engine decides everything here: addresses, the cache, what an
 * answer means.  The "fetch" module (libsoup 3, rd-module.h) only carries
 * one GET; it is loaded when something is not in the cache.  The base
 * addresses come from $RESDIFF_ODS_URL and $RESDIFF_UNDL_URL (tests,
 * mirrors), else the GSettings keys ods-url and library-url, else the
 * UN's.  Everything here blocks: call it from a thread (RdLoader does).
 */

#define RD_FETCH_ERROR (rd_fetch_error_quark ())
GQuark rd_fetch_error_quark (void);

typedef enum
{
  RD_FETCH_ERROR_BAD_SYMBOL,       /* not the shape of a UN symbol */
  RD_FETCH_ERROR_BAD_LANGUAGE,     /* not one of the six */
  RD_FETCH_ERROR_NO_SUCH_DOCUMENT, /* the ODS knows no such symbol */
  RD_FETCH_ERROR_NOT_IN_LANGUAGE,  /* it does, but not in that language */
  RD_FETCH_ERROR_UNREACHABLE,      /* no answer, a dropped connection, a server error */
  RD_FETCH_ERROR_TIMED_OUT,        /* the server stopped answering */
  RD_FETCH_ERROR_NOT_A_DOCUMENT,   /* an answer that is neither PDF nor Word */
  RD_FETCH_ERROR_NO_RECORD,        /* the library has no record of the symbol */
  RD_FETCH_ERROR_CACHE,            /* the cache cannot be written */
} RdFetchError;

typedef enum
{
  RD_FETCH_DEFAULT = 0,
  RD_FETCH_REFRESH = 1 << 0, /* ignore what the cache holds */
} RdFetchFlags;

/* Bytes received so far of @total (0 when unknown).  Called in the
 * fetching thread. */
typedef void (*RdFetchProgressFunc) (const char *symbol, guint64 received, guint64 total, gpointer user_data);

/* How a fetched file was had. */
typedef struct
{
  gboolean from_cache;
  gint64 fetched_at; /* Unix time the copy was fetched */
} RdFetchInfo;

/* "a/c.3/80/l.4 " → "A/C.3/80/L.4", "…/rev.1" → "…/Rev.1"; NULL with
 * RD_FETCH_ERROR_BAD_SYMBOL when @text is not the shape of a symbol. */
char *rd_symbol_normalize (const char *text, GError **error);

/* Whether a command-line argument is meant as a symbol: the shape of one,
 * starting with a known series (A/, S/, E/, ST/, ...), and no file of that
 * name exists. */
gboolean rd_symbol_is_command_line_symbol (const char *arg);

/* "A/C.2/80/L.24/Rev.2" → "A/C.2/80/L.24". */
char *rd_symbol_strip_revision (const char *symbol);

/* The six official languages: "ar", "zh", "en", "fr", "ru", "es". */
const char *const *rd_fetch_get_languages (void);
gboolean rd_fetch_language_is_valid (const char *language);
/* The language chosen in the preferences (the GSettings key
 * fetch-language), else the language of the user's locale when it is one
 * of the six, else "en". */
const char *rd_fetch_get_default_language (void);
/* "French", translated. */
const char *rd_fetch_language_name (const char *language);

/* The base addresses, without a trailing slash. */
char *rd_fetch_get_ods_url (void);
char *rd_fetch_get_library_url (void);
/* $XDG_CACHE_HOME/resdiff; the engine's (rd-local-file.c), which reads
 * the cache's records for the files it reads itself. */
char *rd_fetch_get_cache_dir (void);
/* The cache's file of @symbol in @language (NULL: none, as a record's)
 * with @extension: slashes and spaces become underscores, which no symbol
 * contains ("A/C.3/80/L.4", "en", "pdf" → A_C.3_80_L.4.en.pdf). */
char *rd_fetch_get_cache_path (const char *symbol, const char *language, const char *extension);
/* Seconds of silence after which a request is given up:
 * $RESDIFF_FETCH_TIMEOUT, else 30. */
guint rd_fetch_get_timeout (void);

/* "2 hours", "3 days", translated: the age of a cached copy. */
char *rd_fetch_describe_age (gint64 fetched_at);

/* The document @symbol in @language, from the cache or the ODS: a file
 * in the cache (PDF or Word), or NULL with an RD_FETCH_ERROR whose
 * message is one line naming the symbol, or G_IO_ERROR_CANCELLED. */
GFile *rd_fetch_document (const char *symbol,
                          const char *language,
                          RdFetchFlags flags,
                          RdFetchProgressFunc progress,
                          gpointer progress_data,
                          RdFetchInfo *info,
                          GCancellable *cancellable,
                          GError **error);

/* Whether the cache holds @symbol in @language, and since when (no
 * network): for saying so before fetching. */
gboolean rd_fetch_is_cached (const char *symbol, const char *language, RdFetchInfo *info);

/* For a file of the cache (a document fetched by symbol, reopened as a
 * file: a recent pair, a reload), the record kept beside it, or NULL.
 * Reads the cache only. */
RdRecord *rd_fetch_get_cached_record (GFile *file);

/* The Digital Library's record of @symbol, from the cache or the library,
 * or NULL with an RD_FETCH_ERROR (RD_FETCH_ERROR_NO_RECORD when it has
 * none). */
RdRecord *rd_fetch_record (const char *symbol,
                           RdFetchFlags flags,
                           GCancellable *cancellable,
                           GError **error);

/* The series a draft belongs to, in order: the draft, its revisions
 * (Rev.1, Rev.2, ...) and the resolution adopted from it, as symbols.
 * The records link them; revisions they do not name are probed in the
 * ODS (fetched into the cache, so opening them costs nothing more).
 * NULL with an error when @symbol itself cannot be had. */
GStrv rd_fetch_series (const char *symbol,
                       const char *language,
                       RdFetchFlags flags,
                       GCancellable *cancellable,
                       GError **error);

G_END_DECLS
