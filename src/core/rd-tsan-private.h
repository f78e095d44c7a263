/* rd-tsan-private.h: hand-offs between threads made visible to
 * ThreadSanitizer
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/*
 * GLib is not built with ThreadSanitizer, and on Linux its GMutex, GCond
 * and GAsyncQueue are futexes it does not see: an object handed to a GTask
 * thread, or handed back through g_task_return_pointer (), reads to it as
 * shared without synchronisation.  rd_tsan_release (p) before the hand-off
 * and rd_tsan_acquire (p) after it say what GLib guarantees.  Nothing in
 * other builds.  (build-aux/tsan)
 */
#if defined(__SANITIZE_THREAD__)
#define RD_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define RD_TSAN 1
#endif
#endif

#ifdef RD_TSAN
void __tsan_acquire (void *addr);
void __tsan_release (void *addr);
#define rd_tsan_acquire(p) __tsan_acquire ((void *) (p))
#define rd_tsan_release(p) __tsan_release ((void *) (p))
#else
#define rd_tsan_acquire(p) ((void) (p))
#define rd_tsan_release(p) ((void) (p))
#endif
