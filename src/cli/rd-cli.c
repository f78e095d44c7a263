/* rd-cli.c: the headless command line
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-cli.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rd-import.h"
#include "rd-structure-writer.h"

typedef struct
{
  char *structure;
  gboolean version;
  char **files;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->structure);
  g_strfreev (options->files);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static void
print_error (const char *message)
{
  g_autofree char *line = g_strdup (message);

  /* One line: a message never spans more. */
  g_strdelimit (line, "\n", ' ');
  fprintf (stderr, "resdiff: %s\n", line);
}

static gboolean
write_stdout (const char *text)
{
  gsize length = strlen (text);

  /* Bytes as they are: JSON and text output are UTF-8 whatever the
   * locale, so no g_print conversion. */
  if (fwrite (text, 1, length, stdout) != length || fflush (stdout) != 0)
    {
      print_error (_ ("cannot write to standard output"));
      return FALSE;
    }
  return TRUE;
}

static int
run_structure (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (RdDocument) document = NULL;
  g_autofree char *json = NULL;

  document = rd_document_load (file, NULL, &error);
  if (document == NULL)
    {
      print_error (error->message);
      return RD_EXIT_TROUBLE;
    }

  json = rd_structure_to_json (document);
  return write_stdout (json) ? RD_EXIT_SAME : RD_EXIT_TROUBLE;
}

int
rd_cli_run (int argc,
            char **argv)
{
  g_auto (Options) options = { 0 };
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  const GOptionEntry entries[] = {
    { "structure", 0, 0, G_OPTION_ARG_FILENAME, &options.structure,
      N_ ("Print the parsed structure of FILE as JSON"), N_ ("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &options.version,
      N_ ("Print the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options.files,
      NULL, N_ ("OLD NEW") },
    { NULL }
  };

  context = g_option_context_new (_ ("[OLD NEW] — compare two versions of a UN resolution"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _ ("Reads drafts and resolutions as text, PDF, Word, OpenDocument, HTML or Akoma Ntoso."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      print_error (error->message);
      return RD_EXIT_TROUBLE;
    }

  if (options.version)
    {
      printf ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return RD_EXIT_SAME;
    }

  if (options.structure != NULL)
    {
      if (options.files != NULL)
        {
          print_error (_ ("--structure takes one file; other file names were given"));
          return RD_EXIT_TROUBLE;
        }
      return run_structure (options.structure);
    }

  if (options.files == NULL || g_strv_length (options.files) != 2)
    {
      print_error (_ ("give two files to compare (OLD NEW), or --structure FILE; see resdiff --help"));
      return RD_EXIT_TROUBLE;
    }

  /* Until the comparison engine lands, show what was read of each. */
  for (guint i = 0; i < 2; i++)
    {
      int status = run_structure (options.files[i]);
      if (status != RD_EXIT_SAME)
        return status;
    }
  return RD_EXIT_SAME;
}
