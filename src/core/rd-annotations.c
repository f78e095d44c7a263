/* rd-annotations.c: what a caller adds to a comparison's outputs
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Includes */

#include "config.h"

#include "rd-annotations.h"

/* Static helpers */

static GQuark
annotations_quark (void)
{
  return g_quark_from_static_string ("rd-annotations");
}

static void
annotations_free (gpointer data)
{
  RdAnnotations *annotations = data;

  if (annotations->destroy != NULL)
    annotations->destroy (annotations->user_data);
  g_free (annotations);
}

static const RdAnnotations *
get_annotations (RdComparison *comparison)
{
  return g_object_get_qdata (G_OBJECT (comparison), annotations_quark ());
}

static char *
non_empty (char *note)
{
  if (note != NULL && *note == '\0')
    g_clear_pointer (&note, g_free);
  return note;
}

/* Public API */

RdNoteSection *
rd_note_section_new (const char *title)
{
  RdNoteSection *section = g_new0 (RdNoteSection, 1);

  section->title = g_strdup (title);
  section->lines = g_ptr_array_new_with_free_func (g_free);
  return section;
}

void
rd_note_section_free (RdNoteSection *section)
{
  if (section == NULL)
    return;
  g_free (section->title);
  g_ptr_array_unref (section->lines);
  g_free (section);
}

void
rd_annotations_attach (RdComparison *comparison,
                       const RdAnnotations *annotations)
{
  g_return_if_fail (RD_IS_COMPARISON (comparison));
  g_return_if_fail (annotations != NULL);

  g_object_set_qdata_full (G_OBJECT (comparison), annotations_quark (), g_memdup2 (annotations, sizeof *annotations),
                           annotations_free);
}

char *
rd_annotations_dup_change_note (RdComparison *comparison,
                                const RdChange *change)
{
  const RdAnnotations *annotations;

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (change != NULL, NULL);

  annotations = get_annotations (comparison);
  if (annotations == NULL || annotations->change_note == NULL)
    return NULL;
  return non_empty (annotations->change_note (change, annotations->user_data));
}

const RdChangeAgreement *
rd_annotations_get_change_agreement (RdComparison *comparison,
                                     const RdChange *change)
{
  const RdAnnotations *annotations;

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (change != NULL, NULL);

  annotations = get_annotations (comparison);
  if (annotations == NULL || annotations->change_agreement == NULL)
    return NULL;
  return annotations->change_agreement (change, annotations->user_data);
}

const char *
rd_agreement_to_string (RdAgreement agreement)
{
  switch (agreement)
    {
    case RD_AGREEMENT_AGREED:
      return "agreed";
    case RD_AGREEMENT_PARTLY:
      return "partly";
    case RD_AGREEMENT_NEW:
      return "new";
    case RD_AGREEMENT_NONE:
    default:
      return NULL;
    }
}

RdChangeAgreement *
rd_change_agreement_new (RdAgreement agreement)
{
  RdChangeAgreement *self = g_new0 (RdChangeAgreement, 1);

  self->agreement = agreement;
  return self;
}

void
rd_change_agreement_free (RdChangeAgreement *agreement)
{
  if (agreement == NULL)
    return;
  g_free (agreement->source);
  g_free (agreement);
}

char *
rd_annotations_dup_header_note (RdComparison *comparison,
                                const RdHeaderChange *change)
{
  const RdAnnotations *annotations;

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (change != NULL, NULL);

  annotations = get_annotations (comparison);
  if (annotations == NULL || annotations->header_note == NULL)
    return NULL;
  return non_empty (annotations->header_note (change, annotations->user_data));
}

void
rd_passage_note_free (RdPassageNote *passage)
{
  if (passage == NULL)
    return;
  g_free (passage->source);
  g_free (passage);
}

const GPtrArray *
rd_annotations_get_passages (RdComparison *comparison,
                             const RdChange *change)
{
  const RdAnnotations *annotations;

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (change != NULL, NULL);

  annotations = get_annotations (comparison);
  if (annotations == NULL || annotations->passages == NULL)
    return NULL;
  return annotations->passages (change, annotations->user_data);
}

GPtrArray *
rd_annotations_dup_sections (RdComparison *comparison)
{
  const RdAnnotations *annotations;
  GPtrArray *sections = NULL;

  g_return_val_if_fail (RD_IS_COMPARISON (comparison), NULL);

  annotations = get_annotations (comparison);
  if (annotations != NULL && annotations->sections != NULL)
    sections = annotations->sections (annotations->user_data);
  if (sections == NULL)
    sections = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_note_section_free);
  return sections;
}
