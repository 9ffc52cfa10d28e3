/*
 * The reader of the previous feed (poort_feed_set_previous). A regenerated feed keeps the
 * previous feed's UIDs, writes an unchanged event as it was, bumps SEQUENCE of a changed one
 * and cancels one that did not come back. The structure is checked line by line here (and
 * each line's length, before libical sees it); each event is then parsed by libical and
 * rewritten as the library writes it (feed_rewrite.c): CRLF, only the library's properties.
 */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "feed.h"
#include "utf8.h"

#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h> /* strncasecmp */

static void free_prev(struct poort_prev_event *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(p[i].uid);
		free(p[i].block);
		free(p[i].summary);
	}
	free(p);
}

void poort_feed_forget_previous(poort_feed *f)
{
	free_prev(f->prev, f->n_prev);
	free(f->by_uid);
	free(f->by_case);
	f->prev = NULL;
	f->by_uid = NULL;
	f->by_case = NULL;
	f->n_prev = 0;
}

uint64_t poort_feed_fingerprint(const char *uid, int32_t dtstart, int32_t dtend, const char *summary,
				const char *description, int cancelled, int32_t alarm)
{
	char nums[64];
	snprintf(nums, sizeof nums, "%ld %ld %d %ld", (long)dtstart, (long)dtend, cancelled, (long)alarm);
	uint64_t h = 14695981039346656037ULL;
	h = poort_feed_hash(h, uid);
	h = poort_feed_hash(h, nums);
	h = poort_feed_hash(h, summary);
	return poort_feed_hash(h, description);
}

/* For bsearch in poort_feed.by_uid: a UID against the event an element points to. */
static int uid_vs_event(const void *uid, const void *element)
{
	const struct poort_prev_event *const *e = element;
	return strcmp(uid, (*e)->uid);
}

struct poort_prev_event *poort_feed_previous_event(poort_feed *f, const char *uid)
{
	if (f->n_prev == 0)
		return NULL; /* by_uid is NULL, which bsearch may not be given */
	struct poort_prev_event **found = bsearch(uid, f->by_uid, f->n_prev, sizeof *f->by_uid, uid_vs_event);
	return found ? *found : NULL;
}

/* ------------------------------------------------------------ the reader */

/* Whether line[0..n) is word; names are case-insensitive (RFC 5545 3.1), "begin:vevent" too. */
static int line_is(const char *line, size_t n, const char *word)
{
	size_t w = strlen(word);
	return n == w && strncasecmp(line, word, w) == 0;
}

/* Whether line[0..n) begins with word (case-insensitive) and is longer. */
static int line_starts(const char *line, size_t n, const char *word)
{
	size_t w = strlen(word);
	return n > w && strncasecmp(line, word, w) == 0;
}

/* A copy of the event's SUMMARY, or NULL. */
static char *summary_of(icalcomponent *e)
{
	icalproperty *p = icalcomponent_get_first_property(e, ICAL_SUMMARY_PROPERTY);
	const char *v = p ? icalproperty_get_summary(p) : NULL;
	return v ? strdup(v) : NULL;
}

#define PREV_DATE_MIN (-25567) /* 1900-01-01 */
#define PREV_DATE_MAX 120529   /* 2299-12-31 */

/* Days since 1970 of a DATE property, or NONE. */
static int32_t date_of(icalcomponent *e, icalproperty_kind kind)
{
	icalproperty *p = icalcomponent_get_first_property(e, kind);
	if (!p)
		return POORT_DATE_NONE;
	struct icaltimetype t = kind == ICAL_DTSTART_PROPERTY ? icalproperty_get_dtstart(p) : icalproperty_get_dtend(p);
	if (icaltime_is_null_time(t) || t.year < 1 || t.year > 9999 || t.month < 1 || t.month > 12 || t.day < 1)
		return POORT_DATE_NONE;
	return poort_days_from_civil(t.year, t.month, t.day);
}

/* Whether text, as libical unescaped it, cannot be written again: a control character
 * libical would write as it is (it escapes newlines), or bytes that are not UTF-8
 * (libical's unescaping of a backslash before a multi-byte character drops part of it). */
static int unwritable_text(const char *text)
{
	return text && poort_utf8_invalid_at(text, strlen(text), "\t\n") != 0;
}

/* The trigger of the event's alarm in minutes from its start (negative: before), 0 when it
 * has none. */
static int32_t alarm_of(icalcomponent *e)
{
	icalcomponent *a = icalcomponent_get_first_component(e, ICAL_VALARM_COMPONENT);
	icalproperty *trig = a ? icalcomponent_get_first_property(a, ICAL_TRIGGER_PROPERTY) : NULL;
	if (!trig)
		return 0;
	struct icaldurationtype d = icalproperty_get_trigger(trig).duration;
	int64_t minutes = ((int64_t)d.weeks * 7 + d.days) * 1440 + (int64_t)d.hours * 60 + d.minutes;
	if (minutes > 1000000)
		minutes = 1000000; /* a year is 525 600 minutes: no alarm of ours is further away */
	return (int32_t)(d.is_neg ? -minutes : minutes);
}

/* The event's DTSTAMP in seconds since 1970, INT64_MIN when it has none. */
static int64_t stamp_of(icalcomponent *e)
{
	icalproperty *p = icalcomponent_get_first_property(e, ICAL_DTSTAMP_PROPERTY);
	if (!p)
		return INT64_MIN;
	struct icaltimetype t = icalproperty_get_dtstamp(p);
	if (icaltime_is_null_time(t) || t.year < 1 || t.year > 9999 || t.month < 1 || t.month > 12 || t.day < 1)
		return INT64_MIN;
	return (int64_t)poort_days_from_civil(t.year, t.month, t.day) * 86400 + t.hour * 3600 + t.minute * 60 +
	       t.second;
}

/* Read the previous event e, which starts on line `line`, into p. On failure p may hold a
 * UID and a SUMMARY for the caller to free. */
static int32_t read_event(poort_feed *f, icalcomponent *e, size_t line, struct poort_prev_event *p)
{
	if (icalcomponent_count_errors(e) > 0) {
		icalproperty *x = icalcomponent_get_first_property(e, ICAL_XLICERROR_PROPERTY);
		const char *why = x ? icalproperty_get_xlicerror(x) : "invalid content";
		return poort_feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, event from line %zu: %.150s", line,
				       why);
	}
	const char *uid = icalcomponent_get_uid(e);
	p->dtstart = date_of(e, ICAL_DTSTART_PROPERTY);
	p->dtend = date_of(e, ICAL_DTEND_PROPERTY);
	/* libical reads a blank UID back as none at all */
	if (!uid || !uid[strspn(uid, " \t")] || p->dtstart == POORT_DATE_NONE || p->dtend == POORT_DATE_NONE)
		return poort_feed_fail(f, POORT_ERR_FEED_PARSE,
				       "previous feed, event from line %zu: UID, DTSTART and DTEND are required", line);
	/* the library's events lie between 1900 and a little after 2199 */
	if (p->dtstart < PREV_DATE_MIN || p->dtend > PREV_DATE_MAX || p->dtend <= p->dtstart)
		return poort_feed_fail(f, POORT_ERR_FEED_PARSE,
				       "previous feed, event from line %zu: DTSTART and DTEND must lie in 1900-2299, "
				       "DTEND after DTSTART", line);
	p->uid = strdup(uid);
	p->summary = summary_of(e);
	/* the UID and SUMMARY may be written again (in a cancellation) */
	if (unwritable_text(p->uid) || unwritable_text(p->summary))
		return poort_feed_fail(f, POORT_ERR_FEED_PARSE,
				       "previous feed, event from line %zu: UID or SUMMARY has a control character "
				       "or is not UTF-8", line);
	if (!p->uid)
		return poort_feed_fail(f, POORT_ERR_NOMEM, "out of memory");
	icalproperty *d = icalcomponent_get_first_property(e, ICAL_DESCRIPTION_PROPERTY);
	const char *description = d ? icalproperty_get_description(d) : NULL;
	icalproperty *seq = icalcomponent_get_first_property(e, ICAL_SEQUENCE_PROPERTY);
	p->sequence = seq ? icalproperty_get_sequence(seq) : 0;
	icalproperty *status = icalcomponent_get_first_property(e, ICAL_STATUS_PROPERTY);
	p->cancelled = status && icalproperty_get_status(status) == ICAL_STATUS_CANCELLED;
	p->fingerprint = poort_feed_fingerprint(p->uid, p->dtstart, p->dtend, p->summary, description, p->cancelled,
						alarm_of(e));
	p->stamp = stamp_of(e);
	return POORT_OK;
}

#define LINE_MAX_BYTES 8192 /* the longest line (unfolded) of a previous feed */
#define SEQUENCE_MAX 2147483646

int32_t poort_feed_next_sequence(const struct poort_prev_event *p)
{
	return p->sequence < SEQUENCE_MAX ? p->sequence + 1 : SEQUENCE_MAX;
}

/* Check an unfolded line l[0..n) of an event starting on line `line` before libical sees it:
 * at most LINE_MAX_BYTES, and a SEQUENCE of 0 ... SEQUENCE_MAX (libical reads it with atoi,
 * which wraps). */
static int32_t check_line(poort_feed *f, const char *l, size_t n, size_t line)
{
	if (n > LINE_MAX_BYTES)
		return poort_feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, event from line %zu: a line is longer "
				       "than %d bytes", line, LINE_MAX_BYTES);
	if (!line_starts(l, n, "SEQUENCE") || (l[8] != ':' && l[8] != ';'))
		return POORT_OK;
	size_t v = n;
	while (v > 8 && l[v - 1] != ':')
		v--; /* the value follows the last ':' (the parameters' quoted texts come before);
		      * without one, the ';' at 8 is not a number */
	int64_t sequence = 0;
	for (size_t i = v; i < n && sequence <= SEQUENCE_MAX; i++)
		sequence = l[i] >= '0' && l[i] <= '9' ? sequence * 10 + (l[i] - '0') : INT64_MAX;
	if (v == n || sequence > SEQUENCE_MAX)
		return poort_feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, event from line %zu: SEQUENCE must be "
				       "0 to %d", line, SEQUENCE_MAX);
	return POORT_OK;
}

/* Unfold block[0..len) (RFC 5545 3.1; CRLF or LF) into *out, a text with CRLF line ends
 * that the feed keeps until the next event, checking each line (check_line). */
static int32_t unfold(poort_feed *f, const char *block, size_t len, size_t line, char **out)
{
	*out = NULL;
	if (f->unfolded_cap < 2 * len + 3) { /* kept for the next event */
		char *grown = realloc(f->unfolded, 2 * len + 3);
		if (!grown)
			return poort_feed_fail(f, POORT_ERR_NOMEM, "out of memory");
		f->unfolded = grown;
		f->unfolded_cap = 2 * len + 3;
	}
	char *u = f->unfolded;
	size_t n = 0, start = 0;
	int32_t st = POORT_OK;
	for (size_t i = 0; i < len && st == POORT_OK;) {
		size_t eol = block[i] == '\n' ? 1 : block[i] == '\r' && i + 1 < len && block[i + 1] == '\n' ? 2 : 0;
		if (!eol) {
			u[n++] = block[i++];
			continue;
		}
		i += eol;
		if (i < len && (block[i] == ' ' || block[i] == '\t')) {
			i++; /* a continuation line */
			continue;
		}
		st = check_line(f, u + start, n - start, line);
		memcpy(u + n, "\r\n", 2);
		start = n += 2;
	}
	if (st == POORT_OK && n > start)
		st = check_line(f, u + start, n - start, line);
	u[n] = '\0';
	if (st == POORT_OK)
		*out = u;
	return st;
}

/* Parse one VEVENT block of the previous feed, which starts on line `line`, into p (all
 * zero). p owns its texts and the block afterwards only when this returns POORT_OK. */
static int32_t parse_block(poort_feed *f, const char *block, size_t len, size_t line, struct poort_prev_event *p)
{
	icalcomponent *e = NULL;
	char *copy;
	int32_t st = unfold(f, block, len, line, &copy);
	if (st != POORT_OK)
		goto done;
	e = icalparser_parse_string(copy);
	if (!e || icalcomponent_isa(e) != ICAL_VEVENT_COMPONENT)
		st = poort_feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: not a VEVENT", line);
	else
		st = read_event(f, e, line, p);
	if (st == POORT_OK)
		st = poort_feed_rewrite(f, e, line, block, len, p);
done:
	if (e)
		icalcomponent_free(e);
	if (st != POORT_OK) {
		free(p->uid);
		free(p->summary);
		p->uid = p->summary = NULL;
	}
	return st;
}

/* The order of poort_feed.by_uid, for qsort: by the UIDs of the events pointed to. */
static int by_uid_order(const void *a, const void *b)
{
	const struct poort_prev_event *const *x = a, *const *y = b;
	return strcmp((*x)->uid, (*y)->uid);
}

/* The state of reading a previous feed, line by line. */
struct prev_reader {
	poort_feed *f;
	const char *text;
	struct poort_prev_event *events; /* read so far, in the feed's order */
	size_t n, cap;
	struct poort_prev_event **by_uid; /* at the end, the events sorted by UID */
	size_t line;                      /* number of the current line, from 1 */
	size_t block_start, block_line;   /* offset and line of the current event's BEGIN */
	int in_calendar, ended, in_event;
	/* components open inside the current event (VALARM): libical prints to stderr on a
	 * mismatch, so the nesting is checked here first */
	char nested[8][32];
	int depth;
};

/* The current event, which ends before text[end]: parse it and add it to the events. */
static int32_t add_event(struct prev_reader *r, size_t end)
{
	if (r->n == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 64;
		struct poort_prev_event *grown = realloc(r->events, cap * sizeof *grown);
		if (!grown)
			return poort_feed_fail(r->f, POORT_ERR_NOMEM, "out of memory");
		r->events = grown;
		r->cap = cap;
	}
	memset(&r->events[r->n], 0, sizeof r->events[r->n]);
	int32_t st = parse_block(r->f, r->text + r->block_start, end - r->block_start, r->block_line,
				 &r->events[r->n]);
	r->n += st == POORT_OK;
	return st;
}

/* A line l[0..n) inside an event; the next line begins at text[next]. */
static int32_t event_line(struct prev_reader *r, const char *l, size_t n, size_t next)
{
	poort_feed *f = r->f;
	if (line_is(l, n, "BEGIN:VEVENT") || line_is(l, n, "END:VCALENDAR"))
		return poort_feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: the event from line %zu "
				       "is not closed", r->line, r->block_line);
	if (line_starts(l, n, "BEGIN:")) {
		if (r->depth == 8 || n - 6 >= sizeof r->nested[0])
			return poort_feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: components "
					       "nested too deep", r->line);
		snprintf(r->nested[r->depth++], sizeof r->nested[0], "%.*s", (int)(n - 6), l + 6);
		return POORT_OK;
	}
	if (r->depth > 0 && line_starts(l, n, "END:")) {
		const char *open = r->nested[--r->depth];
		if (n - 4 != strlen(open) || strncasecmp(l + 4, open, n - 4) != 0)
			return poort_feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: END does not "
					       "match BEGIN:%s", r->line, open);
		return POORT_OK;
	}
	if (line_is(l, n, "END:VEVENT")) {
		r->in_event = 0;
		return add_event(r, next);
	}
	if (line_starts(l, n, "END:"))
		return poort_feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: %.*s without its "
				       "BEGIN", r->line, (int)(n > 40 ? 40 : n), l);
	return POORT_OK;
}

/* A line l[0..n) of the previous feed, without its line end; the next line begins at
 * text[next]. */
static int32_t read_line(struct prev_reader *r, const char *l, size_t n, size_t next)
{
	poort_feed *f = r->f;
	if (memchr(l, '\0', n))
		return poort_feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: NUL byte", r->line);
	size_t bad_utf8 = poort_utf8_invalid_at(l, n, "\t"); /* RFC 5545 3.1 */
	if (bad_utf8)
		return poort_feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu, byte %zu: not valid "
				       "UTF-8, or a control character", r->line, bad_utf8);
	if (r->ended) {
		if (n > 0)
			return poort_feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: text after "
					       "END:VCALENDAR", r->line);
		return POORT_OK;
	}
	if (!r->in_calendar) {
		r->in_calendar = 1;
		if (!line_is(l, n, "BEGIN:VCALENDAR"))
			return poort_feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: expected "
					       "BEGIN:VCALENDAR", r->line);
		return POORT_OK;
	}
	if (r->in_event)
		return event_line(r, l, n, next);
	if (line_starts(l, n, "PRODID:"))
		f->prev_ours = line_starts(l + 7, n - 7, "-//libpoortwachter//");
	if (line_is(l, n, "BEGIN:VEVENT")) {
		r->in_event = 1;
		r->depth = 0;
		r->block_start = (size_t)(l - r->text);
		r->block_line = r->line;
	} else if (line_is(l, n, "END:VCALENDAR")) {
		r->ended = 1;
	} else if (n >= 6 && strncasecmp(l, "BEGIN:", 6) == 0) {
		return poort_feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: unexpected %.*s",
				       r->line, (int)(n > 40 ? 40 : n), l);
	}
	return POORT_OK;
}

/* Sort the events by UID for the lookups; a UID may appear once. */
static int32_t index_by_uid(struct prev_reader *r)
{
	if (r->n == 0)
		return POORT_OK;
	r->by_uid = malloc(r->n * sizeof *r->by_uid);
	if (!r->by_uid)
		return poort_feed_fail(r->f, POORT_ERR_NOMEM, "out of memory");
	for (size_t i = 0; i < r->n; i++)
		r->by_uid[i] = &r->events[i];
	qsort(r->by_uid, r->n, sizeof *r->by_uid, by_uid_order);
	for (size_t i = 1; i < r->n; i++)
		if (strcmp(r->by_uid[i - 1]->uid, r->by_uid[i]->uid) == 0)
			return poort_feed_fail(r->f, POORT_ERR_FEED_PARSE, "previous feed: UID %.100s appears twice",
					       r->by_uid[i]->uid);
	return POORT_OK;
}

int32_t poort_feed_set_previous(poort_feed *f, const char *text, size_t len)
{
	int32_t st = poort_feed_before_begin(f);
	if (st != POORT_OK)
		return st;
	if (!text)
		return poort_feed_fail(f, POORT_ERR_NULL, "text is NULL");
	struct prev_reader r = {.f = f, .text = text};
	int ours = f->prev_ours;
	f->prev_ours = 0;
	size_t pos = len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0; /* a BOM */
	while (pos < len && st == POORT_OK) {
		const char *lf = memchr(text + pos, '\n', len - pos);
		size_t eol = lf ? (size_t)(lf - text) : len;
		size_t n = eol - pos;
		if (n && text[pos + n - 1] == '\r')
			n--;
		size_t next = lf ? eol + 1 : eol;
		r.line++;
		if (n > LINE_MAX_BYTES) /* before the UTF-8 check and libical */
			st = poort_feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: longer than %d bytes",
					     r.line, LINE_MAX_BYTES);
		else
			st = read_line(&r, text + pos, n, next);
		pos = next;
	}
	if (st == POORT_OK && !r.ended)
		st = poort_feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed: no END:VCALENDAR");
	if (st == POORT_OK)
		st = index_by_uid(&r);
	poort_feed_rewrite_done(f);
	free(f->unfolded);
	f->unfolded = NULL;
	f->unfolded_cap = 0;
	if (st != POORT_OK) {
		free(r.by_uid);
		free_prev(r.events, r.n);
		f->prev_ours = ours;
		return st;
	}
	poort_feed_forget_previous(f);
	f->prev_given = 1;
	f->prev = r.events;
	f->by_uid = r.by_uid;
	f->n_prev = r.n;
	return POORT_OK;
}
