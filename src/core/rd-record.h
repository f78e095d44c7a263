/* rd-record.h: a document's record in the UN Digital Library (MARCXML)
 *
 * Copyright 2026 The Resdiff authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * What the Digital Library knows of a document and its text does not
 * print: the record's title, the date of adoption, the vote and the agenda
 * items, and the symbols of the documents it is linked to (the draft a
 * resolution was adopted from, a draft's revisions).  Read from MARCXML
 * (https://digitallibrary.un.org/search?p=SYMBOL&of=xm): 191$a the symbol,
 * 245$a$b the title, 269$a the date, 650$a the subjects, 991 the agenda,
 * 993$a related documents, 996$b/$c/$d the votes for, against and
 * abstaining.  Plain data.
 */

#define RD_RECORD_ERROR (rd_record_error_quark ())
GQuark rd_record_error_quark (void);

typedef enum
{
  RD_RECORD_ERROR_MALFORMED, /* not MARCXML */
} RdRecordError;

typedef enum
{
  RD_VOTE_UNKNOWN,      /* the record says nothing of a vote */
  RD_VOTE_RECORDED,     /* a recorded vote: yes, no, abstentions */
  RD_VOTE_WITHOUT_VOTE, /* adopted without a vote */
} RdVoteKind;

typedef struct
{
  char *symbol;        /* 191$a, the first */
  char *title;         /* 245$a, with $b after " : " */
  char *date;          /* 269$a, as the record writes it: "2025-12-18" */
  GPtrArray *subjects; /* char *, 650$a */
  GPtrArray *agenda;   /* char *, one per 991: "A/80/251 69(b) Human rights" */
  GPtrArray *related;  /* char *, 993$a: symbols linked to this one */
  GPtrArray *symbols;  /* char *, every 191$a (a record may have several) */
  RdVoteKind vote;
  int yes; /* 996$b, $c, $d; -1 when not given */
  int no;
  int abstentions;
} RdRecord;

RdRecord *rd_record_new (void);
RdRecord *rd_record_copy (const RdRecord *record);
void rd_record_free (RdRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdRecord, rd_record_free)

/* Every record of a MARCXML answer (a collection, or one record), in
 * order: RdRecord *, possibly none; NULL with RD_RECORD_ERROR_MALFORMED
 * when @bytes are not XML. */
GPtrArray *rd_record_parse_marcxml (GBytes *bytes, GError **error);

/* Of @records, the one whose symbols include @symbol (compared without
 * regard to case), or NULL. */
RdRecord *rd_record_find (GPtrArray *records, const char *symbol);

/* Whether the record has @symbol among its 191$a. */
gboolean rd_record_has_symbol (const RdRecord *record, const char *symbol);

/* The vote for a reader, translated: "120 in favour, 10 against, 40
 * abstentions (recorded vote)", "adopted without a vote", or NULL. */
char *rd_record_describe_vote (const RdRecord *record);

/* The agenda items joined with "; ", or NULL when there are none. */
char *rd_record_describe_agenda (const RdRecord *record);

G_END_DECLS
