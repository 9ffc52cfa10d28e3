/* The calendar feed's private parts, shared by feed.c (the feed object, its settings and the
 * writing of events), feed_events.c (the events of a case) and feed_previous.c (the reader
 * of the previous feed that a regenerated feed follows). */
#ifndef POORT_FEED_H
#define POORT_FEED_H

#include "internal.h"

/* An event of the previous feed. */
struct poort_prev_event {
	char *uid;
	char *block;   /* its text, BEGIN:VEVENT ... END:VEVENT with CRLF, as it was */
	size_t block_len;
	char *summary; /* for a cancellation */
	int32_t dtstart, dtend, sequence;
	uint64_t fingerprint;
	int cancelled, seen;
};

struct poort_feed {
	int32_t lang, alarm_days, reminders, refresh_hours, include;
	int32_t state; /* 0: not begun, 1: begun, 2: ended */
	int64_t dtstamp;
	int dtstamp_set;
	char domain[254];
	char name[201];
	poort_write_fn write;
	void *ctx;
	struct poort_buf buf; /* when write is NULL */
	struct poort_prev_event *prev;    /* in the previous feed's order */
	struct poort_prev_event **by_uid; /* the same events sorted by UID, for lookups */
	size_t n_prev;
	char **case_ids; /* sorted, to refuse a case id twice */
	size_t n_cases;
	int64_t events;
	char errmsg[256];
};

/* Set the feed's message; returns status. */
int32_t poort_feed_fail(poort_feed *f, int32_t status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* ------------------------------------------------------------------- feed.c */
/* The check every setter starts with: f not NULL, its message reset, the feed not begun. */
int32_t poort_feed_before_begin(poort_feed *f);
/* Write one all-day event on date, carrying SEQUENCE and DTSTAMP from the previous feed. */
int32_t poort_feed_emit_event(poort_feed *f, const char *uid, int32_t date, const char *summary,
			      const char *description, const char *category);

/* ---------------------------------------------------------- feed_previous.c */
/* What makes an event what it is: equal fingerprints, an unchanged event. */
uint64_t poort_feed_fingerprint(const char *uid, int32_t dtstart, int32_t dtend, const char *summary,
				const char *description, int cancelled, int32_t alarm_days);
/* The previous feed's event with this UID, or NULL. */
struct poort_prev_event *poort_feed_previous_event(poort_feed *f, const char *uid);
/* Free the previous feed's events and forget them. */
void poort_feed_forget_previous(poort_feed *f);

#endif
