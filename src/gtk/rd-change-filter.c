/* rd-change-filter.c: which changes the window shows, lists and steps to
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rd-change-filter.h"

/* The struct */

struct _RdChangeFilter
{
  GObject parent_instance;

  gboolean hide_routine;
  RdChangeFilterShow show;
};

/* G_DEFINE */

G_DEFINE_FINAL_TYPE (RdChangeFilter, rd_change_filter, G_TYPE_OBJECT)

/* Properties and signals */

enum
{
  PROP_0,
  PROP_HIDE_ROUTINE,
  PROP_SHOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* GObject overrides */

static void
rd_change_filter_get_property (GObject *object,
                               guint prop_id,
                               GValue *value,
                               GParamSpec *pspec)
{
  RdChangeFilter *self = RD_CHANGE_FILTER (object);

  switch (prop_id)
    {
    case PROP_HIDE_ROUTINE:
      g_value_set_boolean (value, self->hide_routine);
      break;
    case PROP_SHOW:
      g_value_set_int (value, self->show);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_change_filter_set_property (GObject *object,
                               guint prop_id,
                               const GValue *value,
                               GParamSpec *pspec)
{
  RdChangeFilter *self = RD_CHANGE_FILTER (object);

  switch (prop_id)
    {
    case PROP_HIDE_ROUTINE:
      rd_change_filter_set_hide_routine (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW:
      rd_change_filter_set_show (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class and instance init */

static void
rd_change_filter_class_init (RdChangeFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = rd_change_filter_get_property;
  object_class->set_property = rd_change_filter_set_property;

  properties[PROP_HIDE_ROUTINE] =
      g_param_spec_boolean ("hide-routine", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHOW] =
      g_param_spec_int ("show", NULL, NULL, RD_CHANGE_FILTER_ALL, RD_CHANGE_FILTER_NEW_LANGUAGE, RD_CHANGE_FILTER_ALL,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rd_change_filter_init (RdChangeFilter *self)
{
}

/* Public API */

RdChangeFilter *
rd_change_filter_new (void)
{
  return g_object_new (RD_TYPE_CHANGE_FILTER, NULL);
}

gboolean
rd_change_filter_get_hide_routine (RdChangeFilter *self)
{
  g_return_val_if_fail (RD_IS_CHANGE_FILTER (self), FALSE);
  return self->hide_routine;
}

void
rd_change_filter_set_hide_routine (RdChangeFilter *self,
                                   gboolean hide_routine)
{
  g_return_if_fail (RD_IS_CHANGE_FILTER (self));

  hide_routine = !!hide_routine;
  if (self->hide_routine == hide_routine)
    return;
  self->hide_routine = hide_routine;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDE_ROUTINE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

RdChangeFilterShow
rd_change_filter_get_show (RdChangeFilter *self)
{
  g_return_val_if_fail (RD_IS_CHANGE_FILTER (self), RD_CHANGE_FILTER_ALL);
  return self->show;
}

void
rd_change_filter_set_show (RdChangeFilter *self,
                           RdChangeFilterShow show)
{
  g_return_if_fail (RD_IS_CHANGE_FILTER (self));
  g_return_if_fail (show <= RD_CHANGE_FILTER_NEW_LANGUAGE);

  if (self->show == show)
    return;
  self->show = show;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW]);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
rd_change_filter_shows (RdChangeFilter *self,
                        RdPresentation *presentation,
                        const RdChange *change)
{
  g_return_val_if_fail (RD_IS_CHANGE_FILTER (self), TRUE);

  return rd_presentation_is_shown (presentation, change, self->hide_routine);
}

gboolean
rd_change_filter_show_matches (RdChangeFilterShow show,
                               RdPresentation *presentation,
                               const RdChange *change)
{
  RdChangeMarks marks;
  const RdChangeAgreement *agreement;

  if (!rd_change_is_difference (change))
    return FALSE;
  rd_presentation_get_marks (presentation, change, &marks);
  switch (show)
    {
    case RD_CHANGE_FILTER_SUBSTANTIVE:
      return !marks.routine;
    case RD_CHANGE_FILTER_WEAKENED:
      return marks.strength == RD_STRENGTH_WEAKENED;
    case RD_CHANGE_FILTER_STRENGTHENED:
      return marks.strength == RD_STRENGTH_STRENGTHENED;
    case RD_CHANGE_FILTER_NEW_LANGUAGE:
      agreement = rd_presentation_get_agreement (presentation, change);
      return agreement != NULL && agreement->agreement == RD_AGREEMENT_NEW;
    case RD_CHANGE_FILTER_ALL:
    default:
      return TRUE;
    }
}

gboolean
rd_change_filter_lists (RdChangeFilter *self,
                        RdPresentation *presentation,
                        const RdChange *change)
{
  g_return_val_if_fail (RD_IS_CHANGE_FILTER (self), TRUE);

  return rd_change_filter_shows (self, presentation, change) && rd_change_filter_show_matches (self->show, presentation, change);
}
