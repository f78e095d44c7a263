/* main.c: decides between the headless command line and the window
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rd-application.h"
#include "rd-cli.h"

int
main (int argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (rd_cli_is_headless (argc, argv))
    return rd_cli_run (argc, argv);
  return rd_application_run (argc, argv);
}
