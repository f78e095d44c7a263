/* rd-test-fixture.h: what the resolution fixture of tests/data/formats/
 * holds, whatever its format
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rd-document.h"

G_BEGIN_DECLS

/* The facts of tests/data/formats/resolution.{fodt,odt,docx,akn.xml,html},
 * written from tests/data/formats/README.md, not from the program. */
void rd_test_assert_fixture_document (RdDocument *doc);

/* tests/data/formats/@name read as a document (in @format), asserted to
 * hold those facts. */
RdDocument *rd_test_load_fixture_document (const char *name, const char *format);

/* The XML of a "billion laughs": ten entities of ten references each,
 * a billion "lol"s if expanded. */
char *rd_test_entity_bomb_doctype (const char *root);

G_END_DECLS
