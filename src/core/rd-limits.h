/* rd-limits.h: the limits that bound the time and memory of every reader
 *
 * One place for all of them, each with its reason; docs/formats.md lists
 * them for users and tests/test-limits.c tests each at its edge (at the
 * limit accepted, one past it refused with RD_IMPORT_ERROR_TOO_LARGE and a
 * one-line message naming the file and the limit).
 *
 * The real documents are far below every limit: a resolution is well
 * under a megabyte, a few hundred paragraphs and some dozens of footnotes;
 * an omnibus text of 400,000 words is about 3 MB and 10,000 paragraphs.
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* A megabyte as the limits and their messages count it, in bytes. */
#define RD_BYTES_PER_MB (1024 * 1024)

/* Input size, checked before a file is read: keeps a stray video or disk
 * image from being loaded whole into memory.  Every other limit bounds
 * what a file under this size may expand into. */
#define RD_LIMIT_FILE_SIZE (32 * RD_BYTES_PER_MB)

/* Bytes inflated from the parts of a zip package (DOCX, ODT), counted
 * while inflating and never trusting the declared sizes: a zip bomb of a
 * few kilobytes inflates to gigabytes. */
#define RD_LIMIT_ZIP_INFLATED_SIZE (64 * RD_BYTES_PER_MB)

/* Entries in a zip package, counted while listing its directory: a 32 MB
 * archive of empty entries holds some 400,000 of them. */
#define RD_LIMIT_ZIP_ENTRIES 10000

/* Nesting depth of XML and HTML elements: libxml2's own limit without
 * XML_PARSE_HUGE (never given), and the walkers, which recurse, stop
 * there too, so a deep file cannot exhaust the stack. */
#define RD_LIMIT_NESTING_DEPTH 256

/* Paragraphs (blocks) in one version: each costs memory in every stage
 * after the reader, and 32 MB of "a\n\n" would make 11 million. */
#define RD_LIMIT_PARAGRAPHS 100000

/* Bytes of text in one paragraph: comparing two paragraphs word by word
 * costs their lengths multiplied, and a paragraph of 15,000 words is
 * already thirty times the longest a resolution holds. */
#define RD_LIMIT_PARAGRAPH_LENGTH (100 * 1000)

/* Footnotes in one version: each footnote is matched with its citations,
 * and a resolution has a few dozen. */
#define RD_LIMIT_FOOTNOTES 10000

/* Pages of a PDF: poppler lays out every page read, and the longest UN
 * documents have a few hundred pages. */
#define RD_LIMIT_PAGES 2000

/* Items in one HTML list: a list is numbered as it is read, and no
 * resolution has a list of more than a few hundred items. */
#define RD_LIMIT_LIST_ITEMS 10000

/* A list number written in a file (an <ol start>, <li value>, Word's
 * w:start): larger ones are clamped (HTML, ODF) or ignored (Word), so that
 * counting on from them cannot overflow. */
#define RD_LIMIT_LIST_NUMBER 1000000
