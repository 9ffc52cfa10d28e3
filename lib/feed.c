/*
 * iCalendar feeds with libical (3.0 API), streaming: each event is built as an icalcomponent,
 * serialized with icalcomponent_as_ical_string_r (caller-owned, folded at 75 octets, CRLF,
 * TEXT escaped), written and freed before the next one. libical adds no DTSTAMP, PRODID or
 * VERSION, so we do. For X- properties libical 3.0.16 escapes backslashes and newlines but
 * not commas and semicolons, and it doubles any backslash we add: an X- value cannot be
 * escaped correctly through it, so the X- lines are written here (x_line).
 */
#include "feed.h"

#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int32_t poort_feed_fail(poort_feed *f, int32_t status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(f->errmsg, sizeof f->errmsg, fmt, ap);
	va_end(ap);
	return status;
}

poort_feed *poort_feed_new(void)
{
	poort_feed *f = calloc(1, sizeof *f);
	if (!f)
		return NULL;
	f->lang = POORT_LANG_NL;
	f->refresh_hours = 12;
	f->alarm_time = 9 * 60;
	f->keep_past = -1;
	f->keep_cancelled = 90;
	strcpy(f->domain, "poortwachter.invalid");
	/* libical creates its UTC zone on first use; do it here, not inside a later call */
	(void)icaltimezone_get_utc_timezone();
	return f;
}

void poort_feed_free(poort_feed *f)
{
	if (!f)
		return;
	poort_feed_forget_previous(f);
	poort_feed_forget_uids(f);
	free(f->text.data);
	free(f->event.data);
	free(f->buf.data);
	free(f);
}

const char *poort_feed_errmsg(const poort_feed *f)
{
	return f ? f->errmsg : "";
}

int64_t poort_feed_event_count(const poort_feed *f)
{
	return f ? f->events : -1;
}

/* The day of a moment in seconds since 1970, rounded down. */
static int64_t day_of(int64_t unix_seconds)
{
	return unix_seconds >= 0 ? unix_seconds / 86400 : -((-unix_seconds + 86399) / 86400);
}

int32_t poort_feed_today(const poort_feed *f)
{
	return (int32_t)day_of(f->dtstamp);
}

/* Setters: only before poort_feed_begin. */
int32_t poort_feed_before_begin(poort_feed *f)
{
	if (!f)
		return POORT_ERR_NULL;
	f->errmsg[0] = '\0';
	if (f->state != 0)
		return poort_feed_fail(f, POORT_ERR_FEED_STATE, "settings can only change before poort_feed_begin");
	return POORT_OK;
}

int32_t poort_feed_set_dtstamp(poort_feed *f, int64_t unix_seconds)
{
	int32_t st = poort_feed_before_begin(f);
	if (st != POORT_OK)
		return st;
	int64_t day = day_of(unix_seconds);
	if (day < INT32_MIN || day > INT32_MAX || !poort_date_in_range((int32_t)day))
		return poort_feed_fail(f, POORT_ERR_DATE_RANGE, "DTSTAMP %lld is outside 1900-2199",
				 (long long)unix_seconds);
	f->dtstamp = unix_seconds;
	f->dtstamp_set = 1;
	return POORT_OK;
}

/* ------------------------------------------------------------------ output */

static int32_t emit(poort_feed *f, const char *text, size_t len)
{
	if (f->write) {
		if (f->write(f->ctx, text, len) != 0)
			return poort_feed_fail(f, POORT_ERR_WRITE, "the write callback asked to stop");
		return POORT_OK;
	}
	poort_buf_add(&f->buf, text, len);
	return f->buf.failed ? poort_feed_fail(f, POORT_ERR_NOMEM, "out of memory") : POORT_OK;
}

/*
 * libical 3.0.16 can fold a long TEXT value that holds an escaped newline into
 * "...\r\r\n \r\n" or "...\r\r\n \n": a stray CR and an empty continuation line, or a
 * line end cut by the fold. The library's texts never contain a CR, so drop a CR that is not
 * followed by LF, and an empty continuation line (it unfolds to nothing); every line ends in
 * CRLF. Returns the new length.
 */
size_t poort_feed_repair_folding(char *text, size_t len)
{
	size_t o = 0, i = 0;
	for (;;) { /* the text between CRs is moved as it is */
		const char *cr = memchr(text + i, '\r', len - i);
		size_t j = cr ? (size_t)(cr - text) : len;
		if (o != i)
			memmove(text + o, text + i, j - i);
		o += j - i;
		i = j;
		if (i == len)
			return o;
		if (i + 1 == len || text[i + 1] != '\n') { /* a stray CR */
			i++;
		} else if (i + 3 < len && text[i + 2] == ' ' && text[i + 3] == '\r') { /* "\r\n \r" */
			i += 3;
		} else if (i + 3 < len && text[i + 2] == ' ' && text[i + 3] == '\n') { /* "\r\n \n" */
			text[o++] = '\r';
			i += 3;
		} else {
			text[o++] = '\r';
			i++;
		}
	}
}

char *poort_feed_serialize(icalcomponent *comp, size_t *len)
{
	char *text = icalcomponent_as_ical_string_r(comp);
	if (!text)
		return NULL;
	*len = poort_feed_repair_folding(text, strlen(text));
	char *copy = malloc(*len + 1);
	if (copy) {
		memcpy(copy, text, *len);
		copy[*len] = '\0';
	}
	icalmemory_free_buffer(text);
	return copy;
}

/* Serialize a component, write it, free both. */
static int32_t emit_component(poort_feed *f, icalcomponent *comp)
{
	char *text = icalcomponent_as_ical_string_r(comp);
	icalcomponent_free(comp);
	if (!text)
		return poort_feed_fail(f, POORT_ERR_NOMEM, "libical could not serialize an event");
	int32_t st = emit(f, text, poort_feed_repair_folding(text, strlen(text)));
	icalmemory_free_buffer(text);
	return st;
}

/* Write "NAME:value" with value escaped as TEXT (RFC 5545 3.3.11) and the line folded at
 * 75 octets, never inside a UTF-8 sequence (3.1). */
static int32_t x_line(poort_feed *f, const char *name, const char *value)
{
	char line[1024], out[1200];
	size_t n = (size_t)snprintf(line, sizeof line, "%s:", name);
	for (const char *p = value; *p && n + 3 < sizeof line; p++) {
		if (*p == '\\' || *p == ';' || *p == ',')
			line[n++] = '\\';
		line[n++] = *p;
	}
	size_t o = 0, width = 0;
	for (size_t i = 0; i < n;) {
		size_t k = 1;
		while (i + k < n && ((unsigned char)line[i + k] & 0xc0) == 0x80)
			k++; /* the whole UTF-8 sequence */
		if (width + k > 75) {
			memcpy(out + o, "\r\n ", 3);
			o += 3;
			width = 1;
		}
		memcpy(out + o, line + i, k);
		o += k;
		width += k;
		i += k;
	}
	memcpy(out + o, "\r\n", 2);
	return emit(f, out, o + 2);
}

static struct icaltimetype ical_date(int32_t date)
{
	struct icaltimetype t = icaltime_null_date();
	int32_t y, m, d;
	poort_civil_from_days(date, &y, &m, &d);
	t.year = y;
	t.month = m;
	t.day = d;
	return t;
}

static struct icaltimetype ical_utc(int64_t unix_seconds)
{
	struct icaltimetype t = icaltime_null_time();
	int64_t day = day_of(unix_seconds);
	int64_t sec = unix_seconds - day * 86400;
	int32_t y, m, d;
	poort_civil_from_days((int32_t)day, &y, &m, &d);
	t.year = y;
	t.month = m;
	t.day = d;
	t.hour = (int)(sec / 3600);
	t.minute = (int)(sec / 60 % 60);
	t.second = (int)(sec % 60);
	t.zone = icaltimezone_get_utc_timezone();
	return t;
}

/* Write a component as libical reads it back (its texts lose trailing blanks, say): what a
 * later feed copies is then the same. */
static int32_t emit_settled(poort_feed *f, icalcomponent *comp)
{
	size_t len;
	char *text = poort_feed_serialize(comp, &len);
	icalcomponent_free(comp);
	icalcomponent *back = text ? icalparser_parse_string(text) : NULL;
	free(text);
	if (!back)
		return poort_feed_fail(f, POORT_ERR_NOMEM, "libical could not serialize an event");
	return emit_component(f, back);
}

/* Write an event of the previous feed as it was read (rewritten), with the new DTSTAMP when
 * it had none. */
static int32_t emit_previous(poort_feed *f, const struct poort_prev_event *p)
{
	if (p->has_dtstamp)
		return emit(f, p->block, p->block_len);
	icalcomponent *e = icalparser_parse_string(p->block);
	if (!e)
		return poort_feed_fail(f, POORT_ERR_NOMEM, "libical could not read an event again");
	icalcomponent_add_property(e, icalproperty_new_dtstamp(ical_utc(f->dtstamp)));
	if (!poort_feed_join_categories(e)) {
		icalcomponent_free(e);
		return poort_feed_fail(f, POORT_ERR_NOMEM, "out of memory");
	}
	return emit_component(f, e);
}

/* The lines every new event has (f->lines), written by libical once; 0 when it cannot. */
static int fixed_lines(poort_feed *f)
{
	icalproperty *p[4] = {icalproperty_new_dtstamp(ical_utc(f->dtstamp)),
			      icalproperty_new_lastmodified(ical_utc(f->dtstamp)),
			      icalproperty_new_class(ICAL_CLASS_PRIVATE), icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT)};
	int ok = 1;
	for (int i = 0; i < 4; i++) {
		char *text = p[i] ? icalproperty_as_ical_string_r(p[i]) : NULL;
		ok = ok && text && strlen(text) < sizeof f->lines[i];
		if (ok)
			strcpy(f->lines[i], text);
		icalmemory_free_buffer(text);
		if (p[i])
			icalproperty_free(p[i]);
	}
	return ok;
}

static const char *const T_FEED_NAME[2] = {"Poortwachter-termijnen", "Poortwachter deadlines"};

int32_t poort_feed_begin(poort_feed *f, poort_write_fn write, void *ctx)
{
	if (!f)
		return POORT_ERR_NULL;
	f->errmsg[0] = '\0';
	if (f->state != 0)
		return poort_feed_fail(f, POORT_ERR_FEED_STATE, "the feed has already begun");
	if (!f->dtstamp_set)
		return poort_feed_fail(f, POORT_ERR_FEED_STATE, "set the DTSTAMP before poort_feed_begin");
	int32_t st;
	if (f->reminders && !f->alarm_days)
		return poort_feed_fail(f, POORT_ERR_FEED_STATE, "reminder events need alarm days above 0");
	st = poort_feed_check_previous(f);
	if (st != POORT_OK)
		return st;
	if (!fixed_lines(f))
		return poort_feed_fail(f, POORT_ERR_NOMEM, "libical could not serialize the calendar");
	f->write = write;
	f->ctx = ctx;
	if (f->strict & POORT_FEED_STRICT_ALL) { /* held in memory until poort_feed_end */
		f->final_write = write;
		f->final_ctx = ctx;
		f->write = NULL;
	}
	f->state = 1;
	const char *name = f->name[0] ? f->name : T_FEED_NAME[f->lang];
	char prodid[64];
	snprintf(prodid, sizeof prodid, "-//libpoortwachter//libpoortwachter %s//%s", POORT_VERSION_STRING,
		 f->lang == POORT_LANG_NL ? "NL" : "EN");
	icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal, icalproperty_new_prodid(prodid));
	icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
	/* no METHOD: a subscribed feed is not an iTIP message (RFC 5546 wants an ORGANIZER with
	 * PUBLISH), and clients import it the same without one */
	icalcomponent_add_property(cal, icalproperty_new_name(name));
	struct icaldurationtype every = icaldurationtype_null_duration();
	every.hours = (unsigned int)f->refresh_hours;
	icalcomponent_add_property(cal, icalproperty_new_refreshinterval(every));
	char *text = icalcomponent_as_ical_string_r(cal);
	icalcomponent_free(cal);
	if (!text)
		return poort_feed_fail(f, POORT_ERR_NOMEM, "libical could not serialize the calendar");
	/* everything before END:VCALENDAR now; the end comes in poort_feed_end */
	char *end = strstr(text, "END:VCALENDAR");
	st = emit(f, text, end ? (size_t)(end - text) : strlen(text));
	icalmemory_free_buffer(text);
	char ttl[32];
	snprintf(ttl, sizeof ttl, "PT%dH", (int)f->refresh_hours);
	if (st == POORT_OK)
		st = x_line(f, "X-WR-CALNAME", name);
	if (st == POORT_OK)
		st = x_line(f, "X-PUBLISHED-TTL", ttl);
	return st;
}

/* Whether an event on date is left out: due more than keep_past days before the DTSTAMP. */
static int before_window(const poort_feed *f, int32_t date)
{
	return f->keep_past >= 0 && (int64_t)date < day_of(f->dtstamp) - f->keep_past;
}

/* The alarm's trigger in minutes from an all-day event's start: alarm_days before it, at
 * alarm_time on that day. A DATE start is floating, so the alarm fires at that time of day
 * wherever the client is. 0 when the feed has no alarms. */
static int32_t alarm_offset(const poort_feed *f)
{
	return f->alarm_days ? f->alarm_time - f->alarm_days * 1440 : 0;
}

/* The VALARM of an event: minutes from its start (negative: before), summary as its text. */
static icalcomponent *new_alarm(int32_t minutes, const char *summary)
{
	struct icaltriggertype trigger = {.time = icaltime_null_time(), .duration = icaldurationtype_null_duration()};
	int32_t m = minutes < 0 ? -minutes : minutes;
	trigger.duration.is_neg = minutes < 0;
	trigger.duration.days = (unsigned int)(m / 1440);
	trigger.duration.hours = (unsigned int)(m % 1440 / 60);
	trigger.duration.minutes = (unsigned int)(m % 60);
	icalcomponent *a = icalcomponent_new(ICAL_VALARM_COMPONENT);
	icalcomponent_add_property(a, icalproperty_new_action(ICAL_ACTION_DISPLAY));
	icalcomponent_add_property(a, icalproperty_new_trigger(trigger));
	icalcomponent_add_property(a, icalproperty_new_description(summary));
	return a;
}

static const char *const T_ACTOR[4][2] = {
	{"werkgever", "employer"}, {"werknemer", "employee"}, {"bedrijfsarts", "bedrijfsarts"}, {"UWV", "UWV"}};

/* CATEGORIES: "Poortwachter" and who acts (POORT_ACTOR_* bits), for colours per actor. */
static void categories(const poort_feed *f, unsigned actors, char *buf, size_t size)
{
	size_t n = (size_t)snprintf(buf, size, "Poortwachter");
	for (unsigned i = 0; i < 4 && n < size; i++)
		if (actors & (1u << i))
			n += (size_t)snprintf(buf + n, size - n, ",%s", T_ACTOR[i][f->lang]);
}

/* Append to b the text of a property as libical writes it (p freed here; none when p is
 * NULL, as libical adds none to a component). */
static void add_property(struct poort_buf *b, icalproperty *p)
{
	if (!p)
		return;
	char *text = icalproperty_as_ical_string_r(p);
	icalproperty_free(p);
	if (!text) {
		b->failed = 1;
		return;
	}
	poort_buf_puts(b, text);
	icalmemory_free_buffer(text);
}

/* Append "NAME;VALUE=DATE:YYYYMMDD" as libical writes a DATE (its format: %04d%02d%02d). */
static void add_date(struct poort_buf *b, const char *name, int32_t date)
{
	int32_t y, m, d;
	poort_civil_from_days(date, &y, &m, &d);
	poort_buf_printf(b, "%s;VALUE=DATE:%04d%02d%02d\r\n", name, (int)y, (int)m, (int)d);
}

/*
 * The text of a new event into f->event, as libical writes the component (BEGIN, each
 * property in turn, the VALARM, END), folding not yet repaired: the texts through libical,
 * the lines of fixed form (the dates, SEQUENCE; DTSTAMP, LAST-MODIFIED, CLASS and TRANSP
 * written by libical once, in poort_feed_begin) directly, which costs a fraction.
 */
static void event_text(poort_feed *f, const struct poort_feed_event *ev, int32_t sequence, int modified,
		       int32_t alarm)
{
	struct poort_buf *b = &f->event;
	char cats[128];
	categories(f, ev->actors, cats, sizeof cats);
	b->len = 0;
	b->failed = 0;
	poort_buf_puts(b, "BEGIN:VEVENT\r\n");
	add_property(b, icalproperty_new_uid(ev->uid));
	poort_buf_puts(b, f->lines[0]);
	add_date(b, "DTSTART", ev->date);
	add_date(b, "DTEND", ev->date + 1);
	poort_buf_printf(b, "SEQUENCE:%d\r\n", (int)sequence);
	if (modified)
		poort_buf_puts(b, f->lines[1]);
	add_property(b, icalproperty_new_summary(ev->summary));
	add_property(b, icalproperty_new_description(ev->description));
	if (ev->url)
		add_property(b, icalproperty_new_url(ev->url));
	add_property(b, icalproperty_new_categories(cats));
	poort_buf_puts(b, f->lines[2]);
	poort_buf_puts(b, f->lines[3]);
	if (alarm) {
		icalcomponent *a = new_alarm(alarm, ev->summary);
		char *text = icalcomponent_as_ical_string_r(a);
		icalcomponent_free(a);
		if (text)
			poort_buf_puts(b, text);
		b->failed |= !text;
		icalmemory_free_buffer(text);
	}
	poort_buf_puts(b, "END:VEVENT\r\n");
}

int32_t poort_feed_emit_event(poort_feed *f, const struct poort_feed_event *ev)
{
	int32_t st = poort_feed_claim_uid(f, ev->uid);
	if (st != POORT_OK)
		return st;
	struct poort_prev_event *p = poort_feed_previous_event(f, ev->uid);
	if (p)
		p->seen = 1; /* written, or left out as past: never cancelled */
	if (before_window(f, ev->date))
		return POORT_OK;
	int32_t alarm = ev->alarm ? alarm_offset(f) : 0, sequence = 0;
	if (p) {
		if (p->fingerprint ==
		    poort_feed_fingerprint(ev->uid, ev->date, ev->date + 1, ev->summary, ev->description, 0, alarm)) {
			f->events++;
			return emit_previous(f, p); /* unchanged */
		}
		sequence = poort_feed_next_sequence(p);
	}
	f->events++;
	event_text(f, ev, sequence, p != NULL, alarm);
	if (f->event.failed)
		return poort_feed_fail(f, POORT_ERR_NOMEM, "libical could not serialize an event");
	return emit(f, f->event.data, poort_feed_repair_folding(f->event.data, f->event.len));
}

static const char *const T_CANCELLED[2] = {"Vervallen: %s", "Cancelled: %s"};

/* The cancellation of the previous event p: STATUS:CANCELLED with a higher SEQUENCE, still
 * private and transparent (clients that show cancelled events show them as free time). */
static int32_t cancel_event(poort_feed *f, const struct poort_prev_event *p)
{
	/* the whole previous summary: cutting it could split a UTF-8 character */
	const char *previous = p->summary ? p->summary : "";
	size_t size = strlen(T_CANCELLED[f->lang]) + strlen(previous);
	char *summary = malloc(size);
	if (!summary)
		return poort_feed_fail(f, POORT_ERR_NOMEM, "out of memory");
	snprintf(summary, size, T_CANCELLED[f->lang], previous);
	icalcomponent *e = icalcomponent_new(ICAL_VEVENT_COMPONENT);
	icalcomponent_add_property(e, icalproperty_new_uid(p->uid));
	icalcomponent_add_property(e, icalproperty_new_dtstamp(ical_utc(f->dtstamp)));
	icalcomponent_add_property(e, icalproperty_new_dtstart(ical_date(p->dtstart)));
	icalcomponent_add_property(e, icalproperty_new_dtend(ical_date(p->dtend)));
	icalcomponent_add_property(e, icalproperty_new_sequence(poort_feed_next_sequence(p)));
	icalcomponent_add_property(e, icalproperty_new_lastmodified(ical_utc(f->dtstamp)));
	icalcomponent_add_property(e, icalproperty_new_status(ICAL_STATUS_CANCELLED));
	icalcomponent_add_property(e, icalproperty_new_summary(summary));
	icalcomponent_add_property(e, icalproperty_new_class(ICAL_CLASS_PRIVATE));
	icalcomponent_add_property(e, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	free(summary);
	return emit_settled(f, e);
}

int poort_feed_left_out(const poort_feed *f, const struct poort_prev_event *p)
{
	if (before_window(f, p->dtstart))
		return 1;
	return p->cancelled && p->stamp != INT64_MIN &&
	       f->dtstamp - p->stamp > (int64_t)f->keep_cancelled * 86400;
}

/* The previous feed's events that did not come back, in the previous feed's order (not by
 * UID: a UID may read back differently after libical wrote it): cancelled now, kept as
 * they were, or left out. */
static int32_t emit_cancellations(poort_feed *f)
{
	for (size_t i = 0; i < f->n_prev; i++) {
		struct poort_prev_event *p = &f->prev[i];
		if (p->seen)
			continue;
		p->seen = 1;
		if (poort_feed_left_out(f, p))
			continue;
		f->events++;
		int32_t st = p->cancelled || p->kept ? emit_previous(f, p) : cancel_event(f, p);
		if (st != POORT_OK)
			return st;
	}
	return POORT_OK;
}

int32_t poort_feed_end(poort_feed *f)
{
	if (!f)
		return POORT_ERR_NULL;
	f->errmsg[0] = '\0';
	if (f->state != 1)
		return poort_feed_fail(f, POORT_ERR_FEED_STATE, "poort_feed_end comes once, after poort_feed_begin");
	poort_feed_warn_cancelled(f);
	int32_t st = emit_cancellations(f);
	if (st == POORT_OK)
		st = emit(f, "END:VCALENDAR\r\n", 15);
	f->state = 2;
	if (st == POORT_OK && f->rejected) { /* all or nothing: nothing */
		free(f->buf.data);
		f->buf = (struct poort_buf){0};
		return poort_feed_fail(f, f->rejected, "nothing written (all or nothing): %s", f->rejected_msg);
	}
	if (st == POORT_OK && f->final_write) {
		f->write = f->final_write;
		f->ctx = f->final_ctx;
		st = f->buf.failed ? poort_feed_fail(f, POORT_ERR_NOMEM, "out of memory")
				   : emit(f, f->buf.data ? f->buf.data : "", f->buf.len);
		free(f->buf.data);
		f->buf = (struct poort_buf){0};
	}
	return st;
}

int32_t poort_feed_take(poort_feed *f, char **out, size_t *len)
{
	if (!f || !out)
		return POORT_ERR_NULL;
	f->errmsg[0] = '\0';
	if (f->state != 2 || f->write || f->final_write)
		return poort_feed_fail(f, POORT_ERR_FEED_STATE, "take the text after poort_feed_end, of a feed without a write callback");
	if (f->rejected)
		return poort_feed_fail(f, POORT_ERR_FEED_STATE, "nothing was written (all or nothing): %s", f->rejected_msg);
	if (f->buf.failed || !f->buf.data)
		return poort_feed_fail(f, POORT_ERR_NOMEM, "out of memory");
	*out = f->buf.data;
	if (len)
		*len = f->buf.len;
	f->buf = (struct poort_buf){0};
	return POORT_OK;
}

int32_t poort_case_ics(poort_case *c, poort_feed *f, char **out, size_t *len)
{
	if (!c || !f || !out)
		return POORT_ERR_NULL;
	int32_t st = poort_feed_begin(f, NULL, NULL);
	if (st == POORT_OK)
		st = poort_feed_add_case(f, c);
	if (st == POORT_OK)
		st = poort_feed_end(f);
	if (st == POORT_OK)
		st = poort_feed_take(f, out, len);
	return st;
}

