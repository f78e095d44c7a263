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
#include <time.h>
#include <unistd.h>

#include "rd-amendment.h"
#include "rd-cli-amend.h"
#include "rd-cli-output.h"
#include "rd-cli-series.h"
#include "rd-comparison-json.h"
#include "rd-comparison.h"
#include "rd-export.h"
#include "rd-fetch.h"
#include "rd-import.h"
#include "rd-library-notes.h"
#include "rd-loader.h"
#include "rd-module.h"
#include "rd-save.h"
#include "rd-structure-writer.h"
#include "rd-text-writer.h"

typedef enum
{
  OUTPUT_NONE,
  OUTPUT_TEXT,
  OUTPUT_JSON,
  OUTPUT_HTML,
  OUTPUT_PDF,
  OUTPUT_DOCX,
  OUTPUT_ODT,
} OutputFormat;

typedef struct
{
  char *structure;
  char *format;
  char *output;
  char *color;
  char *layout;
  gboolean changes_only;
  gboolean ignore_case;
  gboolean ignore_punctuation;
  gboolean version;
  gboolean sort;
  gboolean substantive;
  char *versions;
  char *language;
  gboolean refresh;
  char *series;
  gboolean index;
  char *library;
  char *precedents;
  char **files;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->structure);
  g_free (options->format);
  g_free (options->output);
  g_free (options->color);
  g_free (options->layout);
  g_free (options->versions);
  g_free (options->language);
  g_free (options->series);
  g_free (options->library);
  g_free (options->precedents);
  g_strfreev (options->files);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

/* What every loader of the command line is told: the language and
 * refresh options. */
static void
prepare_loader (RdLoader *loader,
                gpointer user_data)
{
  Options *options = user_data;

  rd_loader_set_language (loader, options->language);
  rd_loader_set_fetch_flags (loader, options->refresh ? RD_FETCH_REFRESH : RD_FETCH_DEFAULT);
}

/* The structure only: no comparison to prepare for. */
static void
prepare_structure_loader (RdLoader *loader,
                          gpointer user_data)
{
  rd_loader_set_prepare (loader, FALSE);
  prepare_loader (loader, user_data);
}

/* @args read (rd_cli_load_files()); NULL, reported, on trouble. */
static GPtrArray *
load_inputs (Options *options,
             char **args,
             GFile *output,
             const RdCompareOptions *compare_options,
             GPtrArray **inputs)
{
  return rd_cli_load_files (args, output, compare_options, compare_options == NULL ? prepare_structure_loader : prepare_loader, options, inputs);
}

static int
run_structure (Options *options)
{
  char *args[] = { options->structure, NULL };
  g_autoptr (GPtrArray) inputs = NULL;
  g_autoptr (GPtrArray) documents = NULL;
  gint64 start = g_get_monotonic_time ();
  clock_t start_cpu = clock ();

  documents = load_inputs (options, args, NULL, NULL, &inputs);
  if (documents == NULL)
    return RD_EXIT_TROUBLE;
  return rd_cli_write_structure (g_ptr_array_index (documents, 0), start, start_cpu);
}

/* The symbols of a draft's series, one a line. */
static int
run_series (Options *options)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) series = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  const char *language = options->language != NULL ? options->language : rd_fetch_get_default_language ();

  series = rd_fetch_series (options->series, language, options->refresh ? RD_FETCH_REFRESH : RD_FETCH_DEFAULT, NULL, &error);
  if (series == NULL)
    {
      rd_cli_print_error (error->message);
      return RD_EXIT_TROUBLE;
    }
  for (guint i = 0; series[i] != NULL; i++)
    g_string_append_printf (out, "%s\n", series[i]);
  return rd_cli_write_stdout (out->str, out->len) ? RD_EXIT_SAME : RD_EXIT_TROUBLE;
}

/* --index and --precedents: SQLite from the "library" module, which
 * nothing else loads. */
static int
run_library (Options *options)
{
  g_autoptr (GError) error = NULL;
  const RdLibraryModule *module = NULL;
  gboolean json = FALSE;

  if (options->precedents != NULL && options->format != NULL)
    {
      json = g_ascii_strcasecmp (options->format, "json") == 0;
      if (!json && g_ascii_strcasecmp (options->format, "text") != 0)
        {
          rd_cli_print_errorf (_ ("--precedents writes text or json, not “%s”"), options->format);
          return RD_EXIT_TROUBLE;
        }
    }
  module = rd_library_module (&error);
  if (module == NULL)
    {
      rd_cli_print_error (error->message);
      return RD_EXIT_TROUBLE;
    }
  if (options->index)
    return module->run_index (options->library, options->files);
  return module->run_precedents (options->library, options->precedents, json);
}

/* With a library (--library, or the default one when it exists), notes of
 * agreed language on the comparison's insertions, which every output
 * shows.  A default library that cannot be read is reported and set
 * aside; one given is trouble. */
static gboolean
annotate_from_library (Options *options,
                       RdComparison *comparison)
{
  g_autoptr (GError) error = NULL;

  if (!rd_library_notes_attach (comparison, options->library, NULL, &error))
    {
      rd_cli_print_error (error->message);
      return options->library == NULL;
    }
  return TRUE;
}

/* The formats that are not text, which a terminal is not shown: what
 * to say instead. */
static const char *const binary_formats[] = {
  [OUTPUT_PDF] = N_ ("PDF output is not for a terminal; give -o FILE.pdf or redirect standard output"),
  [OUTPUT_DOCX] = N_ ("Word output is not for a terminal; give -o FILE.docx or redirect standard output"),
  [OUTPUT_ODT] = N_ ("OpenDocument output is not for a terminal; give -o FILE.odt or redirect standard output"),
};

static OutputFormat
format_from_name (const char *name)
{
  if (g_ascii_strcasecmp (name, "text") == 0 || g_ascii_strcasecmp (name, "txt") == 0)
    return OUTPUT_TEXT;
  if (g_ascii_strcasecmp (name, "json") == 0)
    return OUTPUT_JSON;
  if (g_ascii_strcasecmp (name, "html") == 0 || g_ascii_strcasecmp (name, "htm") == 0)
    return OUTPUT_HTML;
  if (g_ascii_strcasecmp (name, "pdf") == 0)
    return OUTPUT_PDF;
  if (g_ascii_strcasecmp (name, "docx") == 0)
    return OUTPUT_DOCX;
  if (g_ascii_strcasecmp (name, "odt") == 0)
    return OUTPUT_ODT;
  return OUTPUT_NONE;
}

static OutputFormat
format_from_extension (const char *path)
{
  const char *dot = strrchr (path, '.');

  if (dot == NULL || strchr (dot, '/') != NULL)
    return OUTPUT_NONE;
  return format_from_name (dot + 1);
}

/* A draft and its amendments: compared with the draft as amended by
 * rd-cli-amend.c, in any format.  @documents are the two read already
 * (more than two files go through the series, rd-cli-series.c). */
static int
run_amendments (Options *options,
                OutputFormat format,
                const RdHtmlOptions *html_options,
                GFile *output_file,
                const RdCompareOptions *compare_options,
                RdDocument **documents,
                GFile *const *inputs)
{
  RdCliAmendOutput output = { format == OUTPUT_JSON, format == OUTPUT_HTML, format == OUTPUT_PDF, html_options, rd_cli_use_color (options->color), output_file, compare_options, prepare_loader, options };

  if (format == OUTPUT_DOCX)
    {
      rd_cli_print_error (_ ("Word output of a draft with its amendments is not available yet; use text, json, html or pdf"));
      return RD_EXIT_TROUBLE;
    }
  if (format == OUTPUT_ODT)
    {
      rd_cli_print_error (_ ("OpenDocument output of a draft with its amendments is not available yet; use text, json, html or pdf"));
      return RD_EXIT_TROUBLE;
    }
  return rd_cli_amend_run_documents (documents, 2, inputs, &output);
}

/* More than two files: a draft and its amendments, or a series. */
static int
run_versions (Options *options,
              OutputFormat format,
              const RdHtmlOptions *html_options,
              GFile *output_file,
              const RdCompareOptions *compare_options)
{
  RdCliAmendOutput amend = { format == OUTPUT_JSON, format == OUTPUT_HTML, format == OUTPUT_PDF, html_options, rd_cli_use_color (options->color), output_file, compare_options, prepare_loader, options };
  RdCliSeriesOutput series = { format == OUTPUT_JSON, rd_cli_use_color (options->color), options->sort, options->substantive, 0, 0, output_file, compare_options };

  /* Neither a series nor a draft with its amendments has a Word or
   * OpenDocument export: said before any file is read. */
  if (format == OUTPUT_DOCX || format == OUTPUT_ODT)
    {
      rd_cli_print_error (format == OUTPUT_DOCX ? _ ("Word output of more than two versions is not available yet; use text, json, html or pdf")
                                                : _ ("OpenDocument output of more than two versions is not available yet; use text, json, html or pdf"));
      return RD_EXIT_TROUBLE;
    }

  if (options->versions != NULL)
    {
      guint64 from = 0, to = 0;
      g_auto (GStrv) parts = g_strsplit (options->versions, ",", -1);

      if (g_strv_length (parts) != 2 || !g_ascii_string_to_unsigned (parts[0], 10, 1, RD_SERIES_MAX_VERSIONS, &from, NULL) || !g_ascii_string_to_unsigned (parts[1], 10, 1, RD_SERIES_MAX_VERSIONS, &to, NULL))
        {
          rd_cli_print_errorf (_ ("--versions takes two version numbers as FROM,TO (from 1), not “%s”"), options->versions);
          return RD_EXIT_TROUBLE;
        }
      series.from = from;
      series.to = to;
    }
  return rd_cli_series_run_files (options->files, &series, &amend);
}

static int
run_compare (Options *options)
{
  g_autoptr (GPtrArray) inputs = NULL;
  g_autoptr (GFile) output_file = NULL;
  g_autoptr (GPtrArray) documents = NULL;
  g_autoptr (RdComparison) comparison = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GBytes) bytes = NULL;
  RdCompareOptions compare_options = { 0 };
  RdHtmlOptions html_options = { 0 };
  RdOfficeOptions office_options = { 0 };
  OutputFormat format = OUTPUT_TEXT;
  RdLayout layout = RD_LAYOUT_REDLINE;

  /* Decide the output before any work, so a bad option costs nothing. */
  if (options->format != NULL)
    {
      format = format_from_name (options->format);
      if (format == OUTPUT_NONE)
        {
          rd_cli_print_errorf (_ ("unknown format “%s”; use text, json, html, pdf, docx or odt"), options->format);
          return RD_EXIT_TROUBLE;
        }
    }
  else if (options->output != NULL)
    {
      format = format_from_extension (options->output);
      if (format == OUTPUT_NONE)
        {
          rd_cli_print_errorf (_ ("%s: cannot tell the format from the file name; use .txt, .json, .html, .pdf, .docx or .odt, or --format"), options->output);
          return RD_EXIT_TROUBLE;
        }
    }
  if (options->layout != NULL && !rd_layout_from_string (options->layout, &layout))
    {
      rd_cli_print_errorf (_ ("--layout takes redline or side-by-side, not “%s”"), options->layout);
      return RD_EXIT_TROUBLE;
    }
  /* The same two layouts for HTML as for PDF. */
  html_options.layout = layout;
  html_options.changes_only = options->changes_only;
  html_options.substantive_only = options->substantive;
  if (binary_formats[format] != NULL && options->output == NULL && isatty (fileno (stdout)))
    {
      rd_cli_print_error (_ (binary_formats[format]));
      return RD_EXIT_TROUBLE;
    }
  if (options->color != NULL && g_strcmp0 (options->color, "auto") != 0 && g_strcmp0 (options->color, "always") != 0 && g_strcmp0 (options->color, "never") != 0)
    {
      rd_cli_print_errorf (_ ("--color takes auto, always or never, not “%s”"), options->color);
      return RD_EXIT_TROUBLE;
    }

  if (options->output != NULL)
    output_file = g_file_new_for_commandline_arg (options->output);
  if (options->ignore_case)
    compare_options.flags |= RD_DIFF_IGNORE_CASE;
  if (options->ignore_punctuation)
    compare_options.flags |= RD_DIFF_IGNORE_PUNCTUATION;

  if (g_strv_length (options->files) > 2)
    {
      /* An -o file among the inputs is refused before anything else
       * is said (the series reads the files itself). */
      inputs = rd_cli_input_files (options->files, output_file);
      if (inputs == NULL)
        return RD_EXIT_TROUBLE;
      return run_versions (options, format, &html_options, output_file, &compare_options);
    }

  /* The two versions are read at the same time (rd-loader.h), never
   * with -o one of them. */
  documents = load_inputs (options, options->files, output_file, &compare_options, &inputs);
  if (documents == NULL)
    return RD_EXIT_TROUBLE;
  if (rd_document_is_amendment (g_ptr_array_index (documents, 0)) || rd_document_is_amendment (g_ptr_array_index (documents, 1)))
    return run_amendments (options, format, &html_options, output_file, &compare_options, (RdDocument **) documents->pdata, (GFile *const *) inputs->pdata);
  comparison = rd_comparison_new (g_ptr_array_index (documents, 0), g_ptr_array_index (documents, 1), &compare_options);
  rd_cli_keep_until_exit (comparison);
  if (!annotate_from_library (options, comparison))
    return RD_EXIT_TROUBLE;

  /* One writer per format, each giving bytes; saving is the same for all. */
  switch (format)
    {
    case OUTPUT_HTML:
      /* libxml2 from the "formats" module: text output never loads it. */
      bytes = rd_export_html (comparison, &html_options, &error);
      break;
    case OUTPUT_PDF:
      /* Pango and Cairo alone, from the "print" module: no display is
       * opened, and text output never loads them. */
      {
        RdPdfOptions pdf_options = { layout, options->substantive };

        bytes = rd_export_pdf_full (comparison, &pdf_options, &error);
      }
      break;
    case OUTPUT_DOCX:
    case OUTPUT_ODT:
      /* libxml2 and libarchive from the "formats" module. */
      office_options.format = format == OUTPUT_ODT ? RD_OFFICE_ODT : RD_OFFICE_DOCX;
      bytes = rd_export_office (comparison, &office_options, &error);
      break;
    case OUTPUT_JSON:
      if (output_file == NULL)
        {
          /* Straight to standard output, piece by piece: a 400,000-word
           * comparison is never held whole in memory. */
          if (!rd_comparison_write_json (comparison, rd_cli_stdout_sink, NULL))
            return RD_EXIT_TROUBLE;
          return rd_comparison_has_differences (comparison) ? RD_EXIT_DIFFERENT : RD_EXIT_SAME;
        }
      text = rd_comparison_to_json (comparison);
      break;
    case OUTPUT_TEXT:
    case OUTPUT_NONE:
    default:
      text = rd_text_write_full (comparison, output_file == NULL && rd_cli_use_color (options->color), options->substantive, NULL);
      break;
    }
  /* A writer that gave no bytes said why (HTML, PDF and Word). */
  if (bytes == NULL && error != NULL)
    {
      g_autofree char *name = output_file != NULL ? rd_file_display_name (output_file) : g_strdup (_ ("standard output"));
      rd_cli_print_errorf ("%s: %s", name, error->message);
      return RD_EXIT_TROUBLE;
    }
  if (bytes == NULL)
    {
      gsize length = strlen (text);
      bytes = g_bytes_new_take (g_steal_pointer (&text), length);
    }

  if (!rd_cli_deliver (bytes, output_file, (GFile *const *) inputs->pdata))
    return RD_EXIT_TROUBLE;
  return rd_comparison_has_differences (comparison) ? RD_EXIT_DIFFERENT : RD_EXIT_SAME;
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
      N_ ("Print the parsed structure of FILE (or SYMBOL) as JSON"), N_ ("FILE") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &options.format,
      N_ ("Output format: text, json, html, pdf, docx or odt (default: text, or from the -o file name)"), N_ ("FORMAT") },
    { "layout", 0, 0, G_OPTION_ARG_STRING, &options.layout,
      N_ ("Layout of the marked-up copy (HTML, PDF): redline (one column, portrait) or side-by-side (two columns, landscape)"), N_ ("LAYOUT") },
    { "changes-only", 0, 0, G_OPTION_ARG_NONE, &options.changes_only,
      N_ ("HTML: fold unchanged paragraphs into “N unchanged paragraphs” lines"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output,
      N_ ("Write the comparison to FILE instead of standard output"), N_ ("FILE") },
    { "color", 0, 0, G_OPTION_ARG_STRING, &options.color,
      N_ ("Colour the text output: auto, always or never"), N_ ("WHEN") },
    { "ignore-case", 'i', 0, G_OPTION_ARG_NONE, &options.ignore_case,
      N_ ("Treat changes of letter case as no change"), NULL },
    { "ignore-punctuation", 0, 0, G_OPTION_ARG_NONE, &options.ignore_punctuation,
      N_ ("Treat changes of punctuation alone as no change"), NULL },
    { "sort", 0, 0, G_OPTION_ARG_NONE, &options.sort,
      N_ ("Series: order the versions by date and revision number rather than as given"), NULL },
    { "substantive", 0, 0, G_OPTION_ARG_NONE, &options.substantive,
      N_ ("Leave routine updates (sessions, previous resolutions, years, dates, report symbols) out of the list of changes"), NULL },
    { "versions", 0, 0, G_OPTION_ARG_STRING, &options.versions,
      N_ ("Series: compare versions FROM and TO (counted from 1) instead of each with the next"), N_ ("FROM,TO") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &options.language,
      N_ ("Language of documents given by symbol: ar, zh, en, fr, ru or es (default: the one chosen in Preferences, else the locale's, else en)"), N_ ("LANG") },
    { "refresh", 0, 0, G_OPTION_ARG_NONE, &options.refresh,
      N_ ("Fetch documents given by symbol again, rather than use the cached copies"), NULL },
    { "series", 0, 0, G_OPTION_ARG_STRING, &options.series,
      N_ ("List the series of a draft given by symbol: its revisions and the resolution adopted from it"), N_ ("SYMBOL") },
    { "index", 0, 0, G_OPTION_ARG_NONE, &options.index,
      N_ ("Add the resolutions in the folders or files given to the library (only new or changed files are read)"), NULL },
    { "precedents", 0, 0, G_OPTION_ARG_FILENAME, &options.precedents,
      N_ ("For each paragraph of FILE (or SYMBOL), its earlier precedents in the library: agreed, partly agreed or new language"), N_ ("FILE") },
    { "library", 0, 0, G_OPTION_ARG_FILENAME, &options.library,
      N_ ("The library of resolutions for --index and --precedents, and whose agreed language a comparison marks (default: $XDG_DATA_HOME/resdiff/library.sqlite, when it exists)"), N_ ("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &options.version,
      N_ ("Print the version and exit"), NULL },
    /* No arg_description: GOption would put it before the parameter string
     * given to g_option_context_new, which already names OLD NEW. */
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options.files,
      NULL, NULL },
    { NULL }
  };

  context = g_option_context_new (_ ("[OLD NEW] — compare two versions of a UN resolution, given as files or symbols (A/C.3/80/L.4 A/RES/80/228)"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _ ("Reads drafts and resolutions as text, PDF, Word, OpenDocument, HTML or Akoma Ntoso. Given a draft and amendments to it (DRAFT AMENDMENT…, in any order), compares the draft with the draft as amended. Given 3 to 12 versions (V1 V2 V3…), compares each with the next and gives each paragraph's history."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      rd_cli_print_error (error->message);
      return RD_EXIT_TROUBLE;
    }

  if (options.version)
    {
      printf ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return RD_EXIT_SAME;
    }

  if (options.language != NULL && !rd_fetch_language_is_valid (options.language))
    {
      rd_cli_print_errorf (_ ("--lang takes ar, zh, en, fr, ru or es, not “%s”"), options.language);
      return RD_EXIT_TROUBLE;
    }

  if (options.index || options.precedents != NULL)
    {
      if (options.index && options.precedents != NULL)
        {
          rd_cli_print_error (_ ("give either --index or --precedents, not both"));
          return RD_EXIT_TROUBLE;
        }
      if (options.precedents != NULL && (options.files != NULL || options.structure != NULL))
        {
          rd_cli_print_error (_ ("--precedents takes one file; other file names were given"));
          return RD_EXIT_TROUBLE;
        }
      return run_library (&options);
    }
  if (options.series != NULL)
    {
      if (options.files != NULL || options.structure != NULL)
        {
          rd_cli_print_error (_ ("--series takes one symbol and nothing else"));
          return RD_EXIT_TROUBLE;
        }
      return run_series (&options);
    }

  if (options.structure != NULL)
    {
      if (options.files != NULL)
        {
          rd_cli_print_error (_ ("--structure takes one file; other file names were given"));
          return RD_EXIT_TROUBLE;
        }
      return run_structure (&options);
    }

  if (options.files == NULL || g_strv_length (options.files) < 2)
    {
      rd_cli_print_error (_ ("give two files or symbols to compare (OLD NEW), or --structure FILE; see resdiff --help"));
      return RD_EXIT_TROUBLE;
    }

  return run_compare (&options);
}
