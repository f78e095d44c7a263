/* rd-inputs.c: the documents a window compares, as files or symbols
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-inputs.h"

#include <string.h>

#include "rd-fetch.h"

/* The struct */

typedef struct
{
  GFile *file;  /* NULL for a symbol not fetched yet */
  char *symbol; /* NULL for a file */
} Input;

struct _RdInputs
{
  GObject parent_instance;

  GPtrArray *inputs; /* Input *, in order */
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdInputs, rd_inputs, G_TYPE_OBJECT)

/* Static helpers */

static void
input_free (Input *input)
{
  g_clear_object (&input->file);
  g_free (input->symbol);
  g_free (input);
}

static Input *
input_copy (const Input *input)
{
  Input *copy = g_new0 (Input, 1);

  copy->file = input->file != NULL ? g_object_ref (input->file) : NULL;
  copy->symbol = g_strdup (input->symbol);
  return copy;
}

static Input *
get_input (RdInputs *self,
           guint input)
{
  /* Callers check the index: an input is never NULL. */
  return g_ptr_array_index (self->inputs, input);
}

/* GObject overrides */

static void
rd_inputs_finalize (GObject *object)
{
  RdInputs *self = RD_INPUTS (object);

  g_clear_pointer (&self->inputs, g_ptr_array_unref);
  G_OBJECT_CLASS (rd_inputs_parent_class)->finalize (object);
}

/* Class and instance init */

static void
rd_inputs_class_init (RdInputsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rd_inputs_finalize;
}

static void
rd_inputs_init (RdInputs *self)
{
  self->inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) input_free);
}

/* Public API */

RdInputs *
rd_inputs_new (void)
{
  return g_object_new (RD_TYPE_INPUTS, NULL);
}

void
rd_inputs_add_file (RdInputs *self,
                    GFile *file)
{
  Input *input;

  g_return_if_fail (RD_IS_INPUTS (self));
  g_return_if_fail (G_IS_FILE (file));

  input = g_new0 (Input, 1);
  input->file = g_object_ref (file);
  g_ptr_array_add (self->inputs, input);
}

void
rd_inputs_add_symbol (RdInputs *self,
                      const char *symbol)
{
  Input *input;
  char *normalized;

  g_return_if_fail (RD_IS_INPUTS (self));
  g_return_if_fail (symbol != NULL);

  /* A symbol of the wrong shape is kept as typed: the loader's error
   * names it. */
  normalized = rd_symbol_normalize (symbol, NULL);
  input = g_new0 (Input, 1);
  input->symbol = normalized != NULL ? normalized : g_strdup (symbol);
  g_ptr_array_add (self->inputs, input);
}

void
rd_inputs_add_open_file (RdInputs *self,
                         GFile *file)
{
  g_return_if_fail (RD_IS_INPUTS (self));
  g_return_if_fail (G_IS_FILE (file));

  /* GIO keeps a URI of a scheme it does not know as it came (a
   * GDummyFile), but cannot tell its scheme: the prefix is read here. */
  if (!g_file_is_native (file))
    {
      g_autofree char *uri = g_file_get_uri (file);

      if (uri != NULL && g_str_has_prefix (uri, RD_SYMBOL_URI_SCHEME ":"))
        {
          g_autofree char *symbol = g_uri_unescape_string (uri + strlen (RD_SYMBOL_URI_SCHEME ":"), NULL);

          if (symbol != NULL)
            {
              rd_inputs_add_symbol (self, symbol);
              return;
            }
        }
    }
  rd_inputs_add_file (self, file);
}

RdInputs *
rd_inputs_new_pair (RdInputs *self,
                    guint from,
                    guint to)
{
  RdInputs *pair;

  g_return_val_if_fail (RD_IS_INPUTS (self), NULL);
  g_return_val_if_fail (from < self->inputs->len && to < self->inputs->len, NULL);

  pair = rd_inputs_new ();
  g_ptr_array_add (pair->inputs, input_copy (get_input (self, from)));
  g_ptr_array_add (pair->inputs, input_copy (get_input (self, to)));
  return pair;
}

char *
rd_inputs_symbol_uri_for_argument (const char *arg)
{
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (arg != NULL, NULL);

  if (!rd_symbol_is_command_line_symbol (arg))
    return NULL;
  escaped = g_uri_escape_string (arg, NULL, FALSE);
  return g_strconcat (RD_SYMBOL_URI_SCHEME ":", escaped, NULL);
}

guint
rd_inputs_get_n (RdInputs *self)
{
  g_return_val_if_fail (RD_IS_INPUTS (self), 0);
  return self->inputs->len;
}

GFile *
rd_inputs_get_file (RdInputs *self,
                    guint input)
{
  g_return_val_if_fail (RD_IS_INPUTS (self), NULL);
  g_return_val_if_fail (input < self->inputs->len, NULL);
  return get_input (self, input)->file;
}

const char *
rd_inputs_get_symbol (RdInputs *self,
                      guint input)
{
  g_return_val_if_fail (RD_IS_INPUTS (self), NULL);
  g_return_val_if_fail (input < self->inputs->len, NULL);
  return get_input (self, input)->symbol;
}

gboolean
rd_inputs_has_symbols (RdInputs *self)
{
  g_return_val_if_fail (RD_IS_INPUTS (self), FALSE);

  for (guint i = 0; i < self->inputs->len; i++)
    if (get_input (self, i)->symbol != NULL)
      return TRUE;
  return FALSE;
}

char *
rd_inputs_dup_name (RdInputs *self,
                    guint input)
{
  Input *item;

  g_return_val_if_fail (RD_IS_INPUTS (self), NULL);
  g_return_val_if_fail (input < self->inputs->len, NULL);

  item = get_input (self, input);
  if (item->symbol != NULL)
    return g_strdup (item->symbol);
  return g_file_get_basename (item->file);
}

RdLoader *
rd_inputs_new_loader (RdInputs *self,
                      const RdCompareOptions *options)
{
  RdLoader *loader;

  g_return_val_if_fail (RD_IS_INPUTS (self), NULL);

  loader = rd_loader_new (options);
  for (guint i = 0; i < self->inputs->len; i++)
    {
      Input *input = get_input (self, i);

      if (input->symbol != NULL)
        rd_loader_add_symbol (loader, input->symbol, NULL);
      else
        rd_loader_add_file (loader, input->file);
    }
  return loader;
}

void
rd_inputs_take_files_from (RdInputs *self,
                           RdLoader *loader)
{
  g_return_if_fail (RD_IS_INPUTS (self));
  g_return_if_fail (RD_IS_LOADER (loader));
  g_return_if_fail (rd_loader_get_n_inputs (loader) == self->inputs->len);

  for (guint i = 0; i < self->inputs->len; i++)
    {
      Input *input = get_input (self, i);
      GFile *file = rd_loader_get_file (loader, i);

      if (input->symbol != NULL && file != NULL)
        g_set_object (&input->file, file);
    }
}
