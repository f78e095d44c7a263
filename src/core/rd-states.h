/* rd-states.h: the Member States table and the sponsor splitter
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rd-document.h"

G_BEGIN_DECLS

typedef struct
{
  char *name;      /* the UN's official short name today */
  char *alpha3;    /* ISO 3166-1 alpha-3 */
  gboolean member; /* FALSE for the observer States */
  GStrv aliases;   /* former names and variants */
} RdState;

/* The table, loaded once from data/member-states.tsv (in a GResource). */
guint rd_states_get_count (void);
const RdState *rd_states_get (guint index);

/* The State that @name denotes (official name, former name or variant; any
 * letter case, straight or typographic apostrophes, with or without
 * accents or a leading "the"), or NULL. */
const RdState *rd_states_lookup (const char *name);

/* The key names are compared by: case-folded, accents and a leading "the"
 * removed, apostrophes and white space unified. */
char *rd_states_normalize (const char *name);

/*
 * Splits a sponsors line ("Armenia, Azerbaijan and Venezuela (Bolivarian
 * Republic of)", without the ": draft resolution" tail) into sponsors by
 * matching known names, longest first, so names that contain " and ",
 * commas or parentheses stay whole.  A name it does not know is kept as
 * written (its state NULL) and named in @unknown when that is not NULL.
 * "(on behalf of ...)" after a name and a trailing asterisk become the
 * sponsor's note.  Returns RdSponsor *, freed by the array.
 */
GPtrArray *rd_sponsor_list_parse (const char *text, GPtrArray *unknown);

G_END_DECLS
