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
	int64_t stamp; /* its DTSTAMP in seconds since 1970, INT64_MIN when it has none */
	uint64_t fingerprint;
	int cancelled, seen;
};

struct poort_feed {
	int32_t lang, alarm_days, reminders, refresh_hours, include;
	int32_t alarm_time;     /* minutes after midnight (client's local time) of the alarm's day */
	int32_t keep_past;      /* days; events due earlier before the DTSTAMP are left out; -1: all kept */
	int32_t keep_cancelled; /* days a cancelled event stays in the feed after its cancellation */
	char case_url[1001];    /* the host's link per case, "{case_id}" replaced; "" when none */
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
/* One all-day event of a case. */
struct poort_feed_event {
	const char *uid, *summary, *description;
	const char *url; /* its URL property */
	int32_t date;
	unsigned actors; /* POORT_ACTOR_* bits, for CATEGORIES */
	int alarm;       /* 1: the feed's alarm (when it has one); 0: none (a step done, a reminder) */
};
/* Write an event, carrying SEQUENCE and DTSTAMP from the previous feed; an event due before
 * the --keep-past window is left out. */
int32_t poort_feed_emit_event(poort_feed *f, const struct poort_feed_event *ev);

/* ---------------------------------------------------------- feed_settings.c */
/* The host's link of a case into buf: the case URL template with the case id; returns its
 * length (the link is cut when it is size or longer). */
size_t poort_feed_case_link(const poort_feed *f, const char *case_id, char *buf, size_t size);

/* ---------------------------------------------------------- feed_previous.c */
/* What makes an event what it is: equal fingerprints, an unchanged event. */
/* alarm: the VALARM trigger in minutes from the start (negative: before), 0 when none. */
uint64_t poort_feed_fingerprint(const char *uid, int32_t dtstart, int32_t dtend, const char *summary,
				const char *description, int cancelled, int32_t alarm);
/* The previous feed's event with this UID, or NULL. */
struct poort_prev_event *poort_feed_previous_event(poort_feed *f, const char *uid);
/* Free the previous feed's events and forget them. */
void poort_feed_forget_previous(poort_feed *f);

#endif
