/* rd-inputs.h: the documents a window compares, as files or symbols
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rd-loader.h"

G_BEGIN_DECLS

/*
 * What a window opens, in order: two versions, a draft with its amendments
 * (in any order), or the versions of a series.  Each is a file, or a
 * document symbol fetched into the cache by the loader (its file known
 * once fetched).
 *
 * A symbol given on the desktop's command line travels to the running
 * instance as a file of the URI scheme RD_SYMBOL_URI_SCHEME
 * ("resdiff-symbol:A%2FC.3%2F80%2FL.4"): GApplication hands an instance
 * only files, and a symbol is not one (rd_inputs_add_open_file()).
 */

#define RD_SYMBOL_URI_SCHEME "resdiff-symbol"

#define RD_TYPE_INPUTS (rd_inputs_get_type ())
G_DECLARE_FINAL_TYPE (RdInputs, rd_inputs, RD, INPUTS, GObject)

RdInputs *rd_inputs_new (void);
void rd_inputs_add_file (RdInputs *self, GFile *file);
/* @symbol as typed: normalised here. */
void rd_inputs_add_symbol (RdInputs *self, const char *symbol);
/* A file GApplication::open gave: a symbol when of RD_SYMBOL_URI_SCHEME. */
void rd_inputs_add_open_file (RdInputs *self, GFile *file);
/* The inputs @from and @to of @self, in that order. */
RdInputs *rd_inputs_new_pair (RdInputs *self, guint from, guint to);

/* "resdiff-symbol:…" for a command-line argument that is a symbol
 * (rd_symbol_is_command_line_symbol()), else NULL. */
char *rd_inputs_symbol_uri_for_argument (const char *arg);

guint rd_inputs_get_n (RdInputs *self);
/* The input's file: for a symbol, its cached copy once fetched, else NULL. */
GFile *rd_inputs_get_file (RdInputs *self, guint input);
/* The input's symbol (normalised), or NULL for a file. */
const char *rd_inputs_get_symbol (RdInputs *self, guint input);
/* Whether any input is a symbol. */
gboolean rd_inputs_has_symbols (RdInputs *self);
/* The symbol, or the file's name: how a list of inputs names one. */
char *rd_inputs_dup_name (RdInputs *self, guint input);

/* A loader reading every input, in order. */
RdLoader *rd_inputs_new_loader (RdInputs *self, const RdCompareOptions *options);
/* After a load: the files the loader fetched for the symbols. */
void rd_inputs_take_files_from (RdInputs *self, RdLoader *loader);

G_END_DECLS
