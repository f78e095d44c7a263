/* rd-import-private.h: the helpers the importers of markup formats share
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* One header per job: */
#include "rd-import-meta.h"  /* language tags, tracked changes */
#include "rd-import.h"       /* RD_IMPORT_ERROR, the importers */
#include "rd-list-number.h"  /* list numbers as letters and Roman numerals */
#include "rd-text-builder.h" /* a block's text and spans as a walker meets them */
#include "rd-xml.h"          /* safe parsing, element and attribute queries */
