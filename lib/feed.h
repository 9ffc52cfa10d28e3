/* The calendar feed's private parts, shared by feed.c (the feed object, its settings and the
 * writing of events), feed_events.c (the events of a case), feed_previous.c (the reader
 * of the previous feed that a regenerated feed follows) and feed_uid.c (UIDs, kept cases,
 * warnings). */
#ifndef POORT_FEED_H
#define POORT_FEED_H

#include "internal.h"

#include <libical/ical.h>

/* An event of the previous feed. */
struct poort_prev_event {
	char *uid;
	char *block;   /* its text, BEGIN:VEVENT ... END:VEVENT, rewritten: CRLF, our properties only */
	size_t block_len;
	int has_dtstamp; /* 0: the block gets the new feed's DTSTAMP when it is written */
	char *summary; /* for a cancellation */
	int32_t dtstart, dtend, sequence;
	int64_t stamp; /* its DTSTAMP in seconds since 1970, INT64_MIN when it has none */
	uint64_t fingerprint;
	int cancelled, seen, kept;
};

/* An event of the previous feed by the hash of the case id its UID holds. */
struct poort_prev_case {
	uint64_t hash;
	size_t event; /* its index in poort_feed.prev */
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
	struct poort_prev_case *by_case;  /* the same by their case, made at the first lookup */
	/* while a previous feed is read: the lines kept (feed_rewrite.c), an event unfolded */
	struct poort_line_cache *line_cache;
	char *unfolded;
	size_t unfolded_cap;
	/* the case ids written so far, to refuse one twice: each once in an arena, NUL-ended,
	 * found through an open-addressing hash table of their offsets (plus 1; 0: empty) */
	char *case_arena;
	size_t arena_len, arena_cap;
	size_t *case_slots;
	size_t case_cap, n_cases;
	int64_t events;
	/* the UIDs written for the case being written (see feed_uid.c): the escaped case id and
	 * '.' they all begin with, and the rest of each, NUL-ended one after the other */
	char uid_prefix[3 * POORT_CASE_ID_MAX + 2];
	size_t uid_prefix_len;
	struct poort_buf case_uids;
	struct poort_buf text;  /* an event's description, reused from event to event */
	struct poort_buf event; /* an event's text, reused */
	/* DTSTAMP, LAST-MODIFIED, CLASS and TRANSP of every new event, as libical writes them */
	char lines[4][64];
	int32_t strict;               /* POORT_FEED_STRICT_* bits */
	poort_write_fn final_write;   /* all or nothing: the callback, given the whole feed at the end */
	void *final_ctx;
	int32_t rejected;             /* all or nothing: the status of the first rejected case, or 0 */
	char rejected_msg[256];
	int prev_given, prev_ours;    /* a previous feed was read; its PRODID is libpoortwachter's */
	char warnings[8][256];
	int32_t n_warnings;
	char errmsg[256];
};

/* Set the feed's message; returns status. */
int32_t poort_feed_fail(poort_feed *f, int32_t status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Add a warning (kept: the first 8). */
void poort_feed_warn(poort_feed *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

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

/* The feed's reference date: the day (UTC) its DTSTAMP falls on. */
int32_t poort_feed_today(const poort_feed *f);

/* Whether a previous event that did not come back is left out instead of written: due before
 * the keep-past window, or cancelled more than keep_cancelled days before the DTSTAMP. */
int poort_feed_left_out(const poort_feed *f, const struct poort_prev_event *p);

/* ---------------------------------------------------------- feed_settings.c */
/* The host's link of a case into buf: the case URL template with the case id; returns its
 * length (the link is cut when it is size or longer). */
size_t poort_feed_case_link(const poort_feed *f, const char *case_id, char *buf, size_t size);

/* Repair libical's folding slip in text[0..len) (see feed.c); returns the new length. */
size_t poort_feed_repair_folding(char *text, size_t len);
/* Serialize a libical component to a malloc'd text (CRLF, folded, libical's folding slip
 * repaired), or NULL when out of memory; *len gets its length. */
char *poort_feed_serialize(icalcomponent *comp, size_t *len);

/* --------------------------------------------------------------- feed_uid.c */
/* FNV-1a of s, continuing from h, with a field separator after it. */
uint64_t poort_feed_hash(uint64_t h, const char *s);
/* The UID of an event of a case: escaped case id, '.', the event part (fmt), '@', domain. */
void poort_feed_uid(const poort_feed *f, char *out, size_t size, const char *case_id, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* Start the UIDs of a case (its id claimed): every UID claimed next begins with its escaped id. */
void poort_feed_case_uids(poort_feed *f, const char *case_id);
/* Remember a UID of the current case as written; POORT_ERR_DUPLICATE when it was written
 * already (or is not the case's). */
int32_t poort_feed_claim_uid(poort_feed *f, const char *uid);
/* Whether the feed has written the case id. */
int poort_feed_has_case(const poort_feed *f, const char *id);
/* Remember a case id; POORT_ERR_DUPLICATE when the feed has it already. */
int32_t poort_feed_claim_case(poort_feed *f, const char *id);
/* Free the written case ids and UIDs. */
void poort_feed_forget_uids(poort_feed *f);
/* Mark the previous feed's events of a case (not written yet) as kept or not; how many. */
size_t poort_feed_mark_case(poort_feed *f, const char *case_id, int kept);
/* poort_feed_begin: warn about (or, strict, refuse) a previous feed that is not ours. */
int32_t poort_feed_check_previous(poort_feed *f);
/* poort_feed_end: warn about previous events cancelled because their case is not in the feed. */
void poort_feed_warn_cancelled(poort_feed *f);

/* ---------------------------------------------------------- feed_previous.c */
/* What makes an event what it is: equal fingerprints, an unchanged event. */
/* alarm: the VALARM trigger in minutes from the start (negative: before), 0 when none. */
uint64_t poort_feed_fingerprint(const char *uid, int32_t dtstart, int32_t dtend, const char *summary,
				const char *description, int cancelled, int32_t alarm);
/* The previous feed's event with this UID, or NULL. */
struct poort_prev_event *poort_feed_previous_event(poort_feed *f, const char *uid);
/* The SEQUENCE of a changed or cancelled event: one more, at most 2147483646. */
int32_t poort_feed_next_sequence(const struct poort_prev_event *p);
/* Free the previous feed's events and forget them. */
void poort_feed_forget_previous(poort_feed *f);

/* ----------------------------------------------------------- feed_rewrite.c */
/* The previous event e (read from line `line`, its text block[0..block_len)), rewritten as
 * the library writes it: into p->block. */
int32_t poort_feed_rewrite(poort_feed *f, icalcomponent *e, size_t line, const char *block, size_t block_len,
			   struct poort_prev_event *p);
/* Free what the rewriting keeps while a previous feed is read. */
void poort_feed_rewrite_done(poort_feed *f);
/* libical reads "CATEGORIES:a,b" as one property per value and writes them so; the library
 * writes one: join them again in the first (its place kept), so that a copy reads as written.
 * Returns 0 when out of memory. */
int poort_feed_join_categories(icalcomponent *e);

#endif
