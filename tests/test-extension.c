/* test-extension.c: finding, loading and checking the modules' interfaces
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "rd-extension.h"
#include "rd-module.h"

typedef struct
{
  RdModuleHeader header;
  int (*answer) (void);
} TestModule;

#define TEST_MODULE_VERSION 3

static int
answer (void)
{
  return 42;
}

static const TestModule good_module = {
  RD_MODULE_HEADER_INIT (TestModule, TEST_MODULE_VERSION),
  answer,
};

/* An older build: the same version, but one function short. */
static const RdModuleHeader short_module = { TEST_MODULE_VERSION, sizeof (RdModuleHeader) };

static gconstpointer
get_good_module (void)
{
  return &good_module;
}

static gconstpointer
get_short_module (void)
{
  return &short_module;
}

/* Where tests/meson.build puts the stale module, and src/ the real ones. */
static void
look_in (const char *folder)
{
  g_autofree char *path = g_build_filename (g_test_get_dir (G_TEST_BUILT), "..", folder, NULL);

  g_setenv ("RESDIFF_EXTENSION_DIR", path, TRUE);
}

static void
test_linked (void)
{
  g_autoptr (GError) error = NULL;
  const TestModule *module = rd_extension_get_interface ("test-linked", TEST_MODULE_VERSION, sizeof (TestModule),
                                                         get_good_module, &error);

  g_assert_no_error (error);
  g_assert_true (module == &good_module);
  g_assert_cmpint (module->answer (), ==, 42);
}

static void
test_linked_stale (void)
{
  g_autoptr (GError) error = NULL;
  gconstpointer module;

  /* Another version. */
  module = rd_extension_get_interface ("test-linked", TEST_MODULE_VERSION + 1, sizeof (TestModule), get_good_module, &error);
  g_assert_null (module);
  g_assert_error (error, RD_EXTENSION_ERROR, RD_EXTENSION_ERROR_STALE);
  g_clear_error (&error);

  /* The same version without the function the caller needs. */
  module = rd_extension_get_interface ("test-linked", TEST_MODULE_VERSION, sizeof (TestModule), get_short_module, &error);
  g_assert_null (module);
  g_assert_error (error, RD_EXTENSION_ERROR, RD_EXTENSION_ERROR_STALE);
  g_assert_nonnull (strstr (error->message, "libresdiff-test-linked.so"));
}

static void
test_not_found (void)
{
  g_autoptr (GError) error = NULL;
  gconstpointer module;

  look_in ("tests");
  module = rd_extension_get_interface ("no-such", 1, sizeof (RdModuleHeader), NULL, &error);
  g_assert_null (module);
  g_assert_error (error, RD_EXTENSION_ERROR, RD_EXTENSION_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "libresdiff-no-such.so"));
  g_assert_null (strchr (error->message, '\n'));
}

/* A module built for another version of its interface is refused with a
 * message that says so, and never called. */
static void
test_stale_module_refused (void)
{
  g_autoptr (GError) error = NULL;
  gconstpointer module;

  look_in ("tests");
  module = rd_extension_get_interface ("test-stale", 1, sizeof (RdModuleHeader) + sizeof (gpointer), NULL, &error);
  g_assert_null (module);
  g_assert_error (error, RD_EXTENSION_ERROR, RD_EXTENSION_ERROR_STALE);
  g_assert_nonnull (strstr (error->message, "libresdiff-test-stale.so"));
  g_assert_nonnull (strstr (error->message, "999"));
  g_assert_null (strchr (error->message, '\n'));
}

/* The program's way: the real "formats" module loaded from the build tree
 * (this test links the engine only and exports it, as the program does),
 * through its typed interface. */
static void
test_formats_module_loaded (void)
{
  g_autoptr (GError) error = NULL;
  const RdFormatsModule *formats;
  g_autoptr (RdBlockList) blocks = NULL;
  const char html[] = "<html><body><p>1. Urges all States to act;</p></body></html>";
  g_autoptr (GBytes) bytes = g_bytes_new_static (html, sizeof html - 1);

  look_in ("src");
  formats = rd_formats_module (&error);
  g_assert_no_error (error);
  g_assert_nonnull (formats);
  g_assert_cmpuint (formats->header.version, ==, RD_FORMATS_MODULE_VERSION);
  g_assert_cmpuint (formats->header.size, ==, sizeof (RdFormatsModule));
  /* Loaded once: the same interface again. */
  g_assert_true (rd_formats_module (NULL) == formats);

  blocks = formats->import_html (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (blocks->blocks->len, ==, 1);
  g_assert_cmpstr (((RdBlock *) g_ptr_array_index (blocks->blocks, 0))->text, ==, "1. Urges all States to act;");
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/extension/linked", test_linked);
  g_test_add_func ("/extension/linked/stale", test_linked_stale);
  g_test_add_func ("/extension/not-found", test_not_found);
  g_test_add_func ("/extension/stale-module-refused", test_stale_module_refused);
  g_test_add_func ("/extension/formats-module-loaded", test_formats_module_loaded);

  return g_test_run ();
}
