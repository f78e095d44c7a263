/* rd-change-marks.h: what the window says of a change beyond its text
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rd-presentation.h"

G_BEGIN_DECLS

/* Appends to a caption's @markup the badges of @change's marks
 * (rd_presentation_get_marks ()): "routine", "weakened", "strengthened",
 * each as words in a tinted box, never colour alone. */
void rd_change_marks_append_badges (GString *markup,
                                    RdPresentation *presentation,
                                    const RdChange *change);

/* One line for @agreement: "agreed in A/RES/79/198, OP 12", "partly
 * agreed (14 of 29 words): A/RES/79/171, PP 45", "new language". */
char *rd_change_marks_describe_agreement (const RdChangeAgreement *agreement);

/* A passage of @change's inserted text that stands in an adopted
 * resolution: the presentation's inserted runs with the same agreed_in
 * in a row, joined. */
typedef struct
{
  char *text;
  char *source; /* "A/RES/79/171, PP 5" */
} RdAgreedPassage;

void rd_agreed_passage_free (RdAgreedPassage *passage);

/* The agreed passages of @change's new paragraphs, in reading order
 * (RdAgreedPassage *; none without a library). */
GPtrArray *rd_change_marks_dup_agreed_passages (RdPresentation *presentation,
                                                const RdChange *change);

/* What a row's tooltip says of @change's agreed language: the line above
 * and each run of agreed words with its source ("“…” — A/RES/79/171,
 * PP 5"), runs longer than @max_chars characters shortened (0: whole);
 * NULL when the change has no agreement. */
char *rd_change_marks_dup_agreement_details (RdPresentation *presentation,
                                             const RdChange *change,
                                             guint max_chars);

G_END_DECLS
