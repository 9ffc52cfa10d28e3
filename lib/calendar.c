/*
 * iCalendar feeds with libical (3.0 API), streaming: each event is built as an icalcomponent,
 * serialized with icalcomponent_as_ical_string_r (caller-owned, folded at 75 octets, CRLF,
 * TEXT escaped), written and freed before the next one. libical adds no DTSTAMP, PRODID or
 * VERSION, so we do. For X- properties libical 3.0.16 escapes backslashes and newlines but
 * not commas and semicolons, and it doubles any backslash we add: an X- value cannot be
 * escaped correctly through it, so the X- lines are written here (x_line).
 */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "dossier.h"
#include "timeline.h"
#include "utf8.h"

#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An event of the previous feed. */
struct prev_event {
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
	struct prev_event *prev; /* in the previous feed's order */
	size_t *by_uid;          /* indices into prev, sorted by UID, for lookups */
	size_t n_prev;
	char **case_ids; /* sorted, to refuse a case id twice */
	size_t n_cases;
	int64_t events;
	char errmsg[256];
};

static int32_t feed_fail(poort_feed *f, int32_t status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int32_t feed_fail(poort_feed *f, int32_t status, const char *fmt, ...)
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
	strcpy(f->domain, "poortwachter.invalid");
	/* libical creates its UTC zone on first use; do it here, not inside a later call */
	(void)icaltimezone_get_utc_timezone();
	return f;
}

static void free_prev(struct prev_event *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(p[i].uid);
		free(p[i].block);
		free(p[i].summary);
	}
	free(p);
}

void poort_feed_free(poort_feed *f)
{
	if (!f)
		return;
	free_prev(f->prev, f->n_prev);
	free(f->by_uid);
	for (size_t i = 0; i < f->n_cases; i++)
		free(f->case_ids[i]);
	free(f->case_ids);
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

/* Setters: only before poort_feed_begin. */
static int32_t setter(poort_feed *f)
{
	if (!f)
		return POORT_ERR_NULL;
	f->errmsg[0] = '\0';
	if (f->state != 0)
		return feed_fail(f, POORT_ERR_FEED_STATE, "settings can only change before poort_feed_begin");
	return POORT_OK;
}

int32_t poort_feed_set_dtstamp(poort_feed *f, int64_t unix_seconds)
{
	int32_t st = setter(f);
	if (st != POORT_OK)
		return st;
	int64_t day = unix_seconds >= 0 ? unix_seconds / 86400 : -((-unix_seconds + 86399) / 86400);
	if (day < INT32_MIN || day > INT32_MAX || !poort_date_in_range((int32_t)day))
		return feed_fail(f, POORT_ERR_DATE_RANGE, "DTSTAMP %lld is outside 1900-2199",
				 (long long)unix_seconds);
	f->dtstamp = unix_seconds;
	f->dtstamp_set = 1;
	return POORT_OK;
}

int32_t poort_feed_set_lang(poort_feed *f, int32_t lang)
{
	int32_t st = setter(f);
	if (st != POORT_OK)
		return st;
	if (lang != POORT_LANG_NL && lang != POORT_LANG_EN)
		return feed_fail(f, POORT_ERR_LANG, "language must be POORT_LANG_NL or POORT_LANG_EN");
	f->lang = lang;
	return POORT_OK;
}

int32_t poort_feed_set_uid_domain(poort_feed *f, const char *domain)
{
	int32_t st = setter(f);
	if (st != POORT_OK)
		return st;
	if (!domain)
		return feed_fail(f, POORT_ERR_NULL, "domain is NULL");
	size_t n = strlen(domain);
	if (n == 0 || n > 253)
		return feed_fail(f, POORT_ERR_TEXT, "UID domain must be 1 to 253 bytes");
	for (size_t i = 0; i < n; i++) {
		char c = domain[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
		      c == '-'))
			return feed_fail(f, POORT_ERR_TEXT, "UID domain: byte %zu is not A-Z a-z 0-9 . -", i + 1);
	}
	memcpy(f->domain, domain, n + 1);
	return POORT_OK;
}

int32_t poort_feed_set_name(poort_feed *f, const char *name)
{
	int32_t st = setter(f);
	if (st != POORT_OK)
		return st;
	if (!name)
		return feed_fail(f, POORT_ERR_NULL, "name is NULL");
	size_t n = strlen(name);
	if (n == 0 || n > 200)
		return feed_fail(f, POORT_ERR_TEXT, "calendar name must be 1 to 200 bytes");
	size_t bad = poort_utf8_invalid_at(name, n, "");
	if (bad)
		return feed_fail(f, POORT_ERR_TEXT,
				 "calendar name: byte %zu is not valid UTF-8 or is a control character", bad);
	memcpy(f->name, name, n + 1);
	return POORT_OK;
}

int32_t poort_feed_set_alarm_days(poort_feed *f, int32_t days)
{
	int32_t st = setter(f);
	if (st != POORT_OK)
		return st;
	if (days < 0 || days > 365)
		return feed_fail(f, POORT_ERR_ARGUMENT, "alarm days must be 0 to 365, not %ld", (long)days);
	f->alarm_days = days;
	return POORT_OK;
}

int32_t poort_feed_set_reminder_events(poort_feed *f, int32_t on)
{
	int32_t st = setter(f);
	if (st != POORT_OK)
		return st;
	if (on != 0 && on != 1)
		return feed_fail(f, POORT_ERR_ARGUMENT, "reminder events must be 0 or 1");
	f->reminders = on;
	return POORT_OK;
}

int32_t poort_feed_set_refresh_hours(poort_feed *f, int32_t hours)
{
	int32_t st = setter(f);
	if (st != POORT_OK)
		return st;
	if (hours < 1 || hours > 8760)
		return feed_fail(f, POORT_ERR_ARGUMENT, "refresh hours must be 1 to 8760, not %ld", (long)hours);
	f->refresh_hours = hours;
	return POORT_OK;
}

int32_t poort_feed_set_include(poort_feed *f, int32_t what)
{
	int32_t st = setter(f);
	if (st != POORT_OK)
		return st;
	if (what & ~(POORT_FEED_DOSSIER | POORT_FEED_WAGE))
		return feed_fail(f, POORT_ERR_ARGUMENT, "include must be a combination of POORT_FEED_* bits");
	f->include = what;
	return POORT_OK;
}

/* ------------------------------------------------------------------ output */

static int32_t emit(poort_feed *f, const char *text, size_t len)
{
	if (f->write) {
		if (f->write(f->ctx, text, len) != 0)
			return feed_fail(f, POORT_ERR_WRITE, "the write callback asked to stop");
		return POORT_OK;
	}
	poort_buf_add(&f->buf, text, len);
	return f->buf.failed ? feed_fail(f, POORT_ERR_NOMEM, "out of memory") : POORT_OK;
}

/*
 * libical 3.0.16 can fold a long TEXT value that holds an escaped newline into
 * "...\r\r\n \r\n": a stray CR and an empty continuation line. The library's texts never
 * contain a CR, so drop a CR that is not followed by LF, and an empty continuation line
 * (it unfolds to nothing). Returns the new length.
 */
static size_t repair_folding(char *text, size_t len)
{
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		if (text[i] == '\r' && (i + 1 == len || text[i + 1] != '\n'))
			continue;
		if (text[i] == '\r' && i + 3 < len && text[i + 1] == '\n' && text[i + 2] == ' ' &&
		    text[i + 3] == '\r') {
			i += 2;
			continue;
		}
		text[o++] = text[i];
	}
	return o;
}

/* Serialize a component, write it, free both. */
static int32_t emit_component(poort_feed *f, icalcomponent *comp)
{
	char *text = icalcomponent_as_ical_string_r(comp);
	icalcomponent_free(comp);
	if (!text)
		return feed_fail(f, POORT_ERR_NOMEM, "libical could not serialize an event");
	int32_t st = emit(f, text, repair_folding(text, strlen(text)));
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
	int64_t day = unix_seconds >= 0 ? unix_seconds / 86400 : -((-unix_seconds + 86399) / 86400);
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

static const char *const T_FEED_NAME[2] = {"Poortwachter-termijnen", "Poortwachter deadlines"};

int32_t poort_feed_begin(poort_feed *f, poort_write_fn write, void *ctx)
{
	if (!f)
		return POORT_ERR_NULL;
	f->errmsg[0] = '\0';
	if (f->state != 0)
		return feed_fail(f, POORT_ERR_FEED_STATE, "the feed has already begun");
	if (!f->dtstamp_set)
		return feed_fail(f, POORT_ERR_FEED_STATE, "set the DTSTAMP before poort_feed_begin");
	if (f->reminders && !f->alarm_days)
		return feed_fail(f, POORT_ERR_FEED_STATE, "reminder events need alarm days above 0");
	f->write = write;
	f->ctx = ctx;
	f->state = 1;
	const char *name = f->name[0] ? f->name : T_FEED_NAME[f->lang];
	char prodid[64];
	snprintf(prodid, sizeof prodid, "-//libpoortwachter//libpoortwachter %s//%s", POORT_VERSION_STRING,
		 f->lang == POORT_LANG_NL ? "NL" : "EN");
	icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal, icalproperty_new_prodid(prodid));
	icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
	icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
	icalcomponent_add_property(cal, icalproperty_new_name(name));
	struct icaldurationtype every = icaldurationtype_null_duration();
	every.hours = (unsigned int)f->refresh_hours;
	icalcomponent_add_property(cal, icalproperty_new_refreshinterval(every));
	char *text = icalcomponent_as_ical_string_r(cal);
	icalcomponent_free(cal);
	if (!text)
		return feed_fail(f, POORT_ERR_NOMEM, "libical could not serialize the calendar");
	/* everything before END:VCALENDAR now; the end comes in poort_feed_end */
	char *end = strstr(text, "END:VCALENDAR");
	int32_t st = emit(f, text, end ? (size_t)(end - text) : strlen(text));
	icalmemory_free_buffer(text);
	char ttl[32];
	snprintf(ttl, sizeof ttl, "PT%dH", (int)f->refresh_hours);
	if (st == POORT_OK)
		st = x_line(f, "X-WR-CALNAME", name);
	if (st == POORT_OK)
		st = x_line(f, "X-PUBLISHED-TTL", ttl);
	return st;
}

/* FNV-1a over the parts that make an event what it is. */
static uint64_t fnv(uint64_t h, const char *s)
{
	for (; s && *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	h ^= 0x1f; /* field separator */
	return h * 1099511628211ULL;
}

static uint64_t fingerprint(const char *uid, int32_t dtstart, int32_t dtend, const char *summary,
			    const char *description, int cancelled, int32_t alarm_days)
{
	char nums[64];
	snprintf(nums, sizeof nums, "%ld %ld %d %ld", (long)dtstart, (long)dtend, cancelled, (long)alarm_days);
	uint64_t h = 14695981039346656037ULL;
	h = fnv(h, uid);
	h = fnv(h, nums);
	h = fnv(h, summary);
	return fnv(h, description);
}

static struct prev_event *find_prev(poort_feed *f, const char *uid)
{
	size_t lo = 0, hi = f->n_prev;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(f->prev[f->by_uid[mid]].uid, uid);
		if (c == 0)
			return &f->prev[f->by_uid[mid]];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Write one all-day event, carrying SEQUENCE and DTSTAMP from the previous feed. */
static int32_t emit_event(poort_feed *f, const char *uid, int32_t date, const char *summary,
			  const char *description, const char *category)
{
	struct prev_event *p = f->n_prev ? find_prev(f, uid) : NULL;
	int32_t sequence = 0;
	if (p) {
		p->seen = 1;
		if (p->fingerprint == fingerprint(uid, date, date + 1, summary, description, 0, f->alarm_days)) {
			f->events++;
			return emit(f, p->block, p->block_len); /* unchanged: byte-identical */
		}
		sequence = p->sequence + 1;
	}
	icalcomponent *e = icalcomponent_new(ICAL_VEVENT_COMPONENT);
	icalcomponent_add_property(e, icalproperty_new_uid(uid));
	icalcomponent_add_property(e, icalproperty_new_dtstamp(ical_utc(f->dtstamp)));
	icalcomponent_add_property(e, icalproperty_new_dtstart(ical_date(date)));
	icalcomponent_add_property(e, icalproperty_new_dtend(ical_date(date + 1)));
	icalcomponent_add_property(e, icalproperty_new_sequence(sequence));
	if (p)
		icalcomponent_add_property(e, icalproperty_new_lastmodified(ical_utc(f->dtstamp)));
	icalcomponent_add_property(e, icalproperty_new_summary(summary));
	icalcomponent_add_property(e, icalproperty_new_description(description));
	icalcomponent_add_property(e, icalproperty_new_categories(category));
	icalcomponent_add_property(e, icalproperty_new_class(ICAL_CLASS_PRIVATE));
	icalcomponent_add_property(e, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	if (f->alarm_days) {
		icalcomponent *a = icalcomponent_new(ICAL_VALARM_COMPONENT);
		struct icaltriggertype trigger;
		trigger.time = icaltime_null_time();
		trigger.duration = icaldurationtype_null_duration();
		trigger.duration.is_neg = 1;
		trigger.duration.days = (unsigned int)f->alarm_days;
		icalcomponent_add_property(a, icalproperty_new_action(ICAL_ACTION_DISPLAY));
		icalcomponent_add_property(a, icalproperty_new_trigger(trigger));
		icalcomponent_add_property(a, icalproperty_new_description(summary));
		icalcomponent_add_component(e, a);
	}
	f->events++;
	return emit_component(f, e);
}

/* ------------------------------------------------------------------- cases */

static const char *const T_WHO[2] = {"Wie", "Who"};
static const char *const T_DUE[2] = {"Uiterlijk", "Due"};
static const char *const T_LAST_DAY[2] = {"laatste dag", "last permissible day"};
static const char *const T_BASIS[2] = {"Grondslag", "Legal basis"};
static const char *const T_HOW[2] = {"Berekening", "How the date follows"};
static const char *const T_WINDOW[2] = {"Venster vanaf", "Window opens"};
static const char *const T_DONE[2] = {"Gedaan op", "Done on"};
static const char *const T_CASE[2] = {"Zaak", "Case"};
static const char *const T_KIND[3][2] = {{"wettelijke termijn", "statutory term"},
					 {"praktijk (UWV)", "practice (UWV)"},
					 {"ter informatie", "informational"}};
static const char *const T_REMINDER[2] = {"Herinnering: %s, uiterlijk %s (%s)",
					  "Reminder: %s, due %s (%s)"};
static const char *const T_DOSSIER[2] = {"Dossierstuk %s (onderdeel %s): %s (%s)",
					 "Dossier item %s (part %s): %s (%s)"};
static const char *const T_WAGE2[2] = {
	"Loondoorbetaling jaar 2: 70%% zonder minimumloon (%s)",
	"Wage continuation year 2: 70%% without the minimum wage (%s)"};
static const char *const T_WAGE2_DESC[2] = {
	"Vanaf ziektedag 365 is het loon 70%% van het maximumdagloon-begrensde loon, zonder "
	"minimumloon (art. 7:629 lid 1 BW).\n%s: %s",
	"From sick day 365 the wage is 70%% of the wage up to the Wfsv maximum, without the "
	"minimum wage (Civil Code art. 7:629(1)).\n%s: %s"};

static int32_t add_milestones(poort_feed *f, const poort_case *c, const poort_timeline *t)
{
	const int lang = f->lang;
	char uid[POORT_CASE_ID_MAX + 300], summary[512], description[2048], how[512];
	char due[POORT_DATE_BUFSIZE], other[POORT_DATE_BUFSIZE];
	for (size_t i = 0; i < t->n; i++) {
		const struct poort_entry *m = &t->m[i];
		const struct poort_milestone_def *def = &poort_milestones[m->def];
		if (m->status == POORT_STATUS_NOT_APPLICABLE)
			continue;
		if (m->occurrence)
			snprintf(uid, sizeof uid, "%s.%s.%d@%s", c->id, def->id, (int)m->occurrence, f->domain);
		else
			snprintf(uid, sizeof uid, "%s.%s@%s", c->id, def->id, f->domain);
		poort_fmt_date(m->due, due);
		snprintf(summary, sizeof summary, "%s (%s)", def->title[lang], c->id);
		poort_milestone_explain(t, i, lang, how, sizeof how);
		int n = snprintf(description, sizeof description, "%s: %s\n%s: %s (%s)\n%s: %s\n%s: %s\n%s\n",
				 T_WHO[lang], def->who[lang], T_DUE[lang], due, T_LAST_DAY[lang], T_BASIS[lang],
				 def->basis[lang], T_HOW[lang], how, T_KIND[def->kind][lang]);
		int32_t window = poort_milestone_window_start(t, i);
		if (window != POORT_DATE_NONE && n > 0 && (size_t)n < sizeof description) {
			poort_fmt_date(window, other);
			n += snprintf(description + n, sizeof description - (size_t)n, "%s: %s\n", T_WINDOW[lang], other);
		}
		if (m->done != POORT_DATE_NONE && n > 0 && (size_t)n < sizeof description) {
			poort_fmt_date(m->done, other);
			n += snprintf(description + n, sizeof description - (size_t)n, "%s: %s\n", T_DONE[lang], other);
		}
		if (n > 0 && (size_t)n < sizeof description)
			snprintf(description + n, sizeof description - (size_t)n, "%s: %s\n%s", T_CASE[lang], c->id,
				 def->juriconnect);
		int32_t st = emit_event(f, uid, m->due, summary, description, "Poortwachter");
		if (st != POORT_OK)
			return st;
		if (f->reminders) {
			char rsummary[600];
			/* the reminder's UID: the milestone's with ".reminder" before the '@' */
			char *at = strrchr(uid, '@');
			char ruid[sizeof uid + 16];
			snprintf(ruid, sizeof ruid, "%.*s.reminder%s", (int)(at - uid), uid, at);
			snprintf(rsummary, sizeof rsummary, T_REMINDER[lang], def->title[lang], due, c->id);
			st = emit_event(f, ruid, m->due - f->alarm_days, rsummary, description, "Poortwachter");
			if (st != POORT_OK)
				return st;
		}
	}
	return POORT_OK;
}

static int32_t add_dossier(poort_feed *f, poort_case *c)
{
	poort_dossier *d = NULL;
	int32_t st = poort_dossier_compute(c, (int32_t)(f->dtstamp / 86400), &d);
	if (st != POORT_OK)
		return feed_fail(f, st, "case %s: %s", c->id, c->errmsg);
	char uid[POORT_CASE_ID_MAX + 300], summary[700], description[1024], due[POORT_DATE_BUFSIZE];
	for (int i = 0; i < I_COUNT && st == POORT_OK; i++) {
		const struct poort_item_state *it = &d->item[i];
		if (it->state != POORT_ITEM_NOT_YET_REQUIRED && it->state != POORT_ITEM_MISSING)
			continue;
		const struct poort_item_def *def = &poort_items[i];
		snprintf(uid, sizeof uid, "%s.dossier.%s@%s", c->id, def->id, f->domain);
		snprintf(summary, sizeof summary, T_DOSSIER[f->lang], def->id, def->onderdeel[0] ? def->onderdeel : "-",
			 def->content[f->lang], c->id);
		poort_fmt_date(it->due, due);
		snprintf(description, sizeof description, "%s: %s (%s)\n%s: %s\n%s: %s\n%s", T_DUE[f->lang], due,
			 T_LAST_DAY[f->lang], T_BASIS[f->lang], def->basis[f->lang], T_CASE[f->lang], c->id,
			 def->juriconnect);
		st = emit_event(f, uid, it->due, summary, description, "Poortwachter");
	}
	poort_dossier_free(d);
	return st;
}

static int32_t add_wage(poort_feed *f, const poort_case *c, const poort_timeline *t)
{
	struct poort_span s;
	poort_latest_case(c, &s);
	int32_t year2 = poort_sick_day(&s, 365);
	if ((t->e.last_sick_day != POORT_DATE_NONE && year2 > t->e.last_sick_day) || year2 > t->e.wage_end)
		return POORT_OK;
	char uid[POORT_CASE_ID_MAX + 300], summary[300], description[600];
	snprintf(uid, sizeof uid, "%s.LOONDOORBETALING_JAAR2@%s", c->id, f->domain);
	snprintf(summary, sizeof summary, T_WAGE2[f->lang], c->id);
	snprintf(description, sizeof description, T_WAGE2_DESC[f->lang], T_CASE[f->lang], c->id);
	return emit_event(f, uid, year2, summary, description, "Poortwachter");
}

/* Remember a case id; POORT_ERR_DUPLICATE when the feed has it already. */
static int32_t claim_case_id(poort_feed *f, const char *id)
{
	size_t lo = 0, hi = f->n_cases;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(f->case_ids[mid], id);
		if (c == 0)
			return feed_fail(f, POORT_ERR_DUPLICATE, "case id %s is already in this feed", id);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	char **grown = realloc(f->case_ids, (f->n_cases + 1) * sizeof *grown);
	char *copy = strdup(id);
	if (!grown || !copy) {
		if (grown)
			f->case_ids = grown;
		free(copy);
		return feed_fail(f, POORT_ERR_NOMEM, "out of memory");
	}
	f->case_ids = grown;
	memmove(grown + lo + 1, grown + lo, (f->n_cases - lo) * sizeof *grown);
	grown[lo] = copy;
	f->n_cases++;
	return POORT_OK;
}

int32_t poort_feed_add_case(poort_feed *f, poort_case *c)
{
	if (!f || !c)
		return POORT_ERR_NULL;
	f->errmsg[0] = '\0';
	if (f->state != 1)
		return feed_fail(f, POORT_ERR_FEED_STATE, "add cases between poort_feed_begin and poort_feed_end");
	if (!c->id[0]) {
		poort_fail(c, POORT_ERR_CASE_ID, "the case has no id for calendar UIDs");
		return feed_fail(f, POORT_ERR_CASE_ID, "a case has no id for calendar UIDs");
	}
	poort_timeline *t = NULL;
	int32_t st = poort_timeline_compute(c, (int32_t)(f->dtstamp / 86400), 0, &t);
	if (st != POORT_OK)
		return feed_fail(f, st, "case %s: %s", c->id, c->errmsg);
	if ((st = claim_case_id(f, c->id)) == POORT_OK)
		st = add_milestones(f, c, t);
	if (st == POORT_OK && (f->include & POORT_FEED_WAGE))
		st = add_wage(f, c, t);
	if (st == POORT_OK && (f->include & POORT_FEED_DOSSIER))
		st = add_dossier(f, c);
	poort_timeline_free(t);
	return st;
}

static const char *const T_CANCELLED[2] = {"Vervallen: %s", "Cancelled: %s"};

/* The previous feed's events that did not come back, in the previous feed's order (not by
 * UID: a UID may read back differently after libical wrote it): cancelled now, or kept
 * as they were. */
static int32_t emit_cancellations(poort_feed *f)
{
	for (size_t i = 0; i < f->n_prev; i++) {
		struct prev_event *p = &f->prev[i];
		if (p->seen)
			continue;
		p->seen = 1;
		f->events++;
		int32_t st;
		if (p->cancelled) {
			st = emit(f, p->block, p->block_len);
		} else {
			/* the whole previous summary: cutting it could split a UTF-8 character */
			const char *previous = p->summary ? p->summary : "";
			size_t size = strlen(T_CANCELLED[f->lang]) + strlen(previous);
			char *summary = malloc(size);
			if (!summary)
				return feed_fail(f, POORT_ERR_NOMEM, "out of memory");
			snprintf(summary, size, T_CANCELLED[f->lang], previous);
			icalcomponent *e = icalcomponent_new(ICAL_VEVENT_COMPONENT);
			icalcomponent_add_property(e, icalproperty_new_uid(p->uid));
			icalcomponent_add_property(e, icalproperty_new_dtstamp(ical_utc(f->dtstamp)));
			icalcomponent_add_property(e, icalproperty_new_dtstart(ical_date(p->dtstart)));
			icalcomponent_add_property(e, icalproperty_new_dtend(ical_date(p->dtend)));
			icalcomponent_add_property(e, icalproperty_new_sequence(p->sequence + 1));
			icalcomponent_add_property(e, icalproperty_new_lastmodified(ical_utc(f->dtstamp)));
			icalcomponent_add_property(e, icalproperty_new_status(ICAL_STATUS_CANCELLED));
			icalcomponent_add_property(e, icalproperty_new_summary(summary));
			icalcomponent_add_property(e, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
			free(summary);
			st = emit_component(f, e);
		}
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
		return feed_fail(f, POORT_ERR_FEED_STATE, "poort_feed_end comes once, after poort_feed_begin");
	int32_t st = emit_cancellations(f);
	if (st == POORT_OK)
		st = emit(f, "END:VCALENDAR\r\n", 15);
	f->state = 2;
	return st;
}

int32_t poort_feed_take(poort_feed *f, char **out, size_t *len)
{
	if (!f || !out)
		return POORT_ERR_NULL;
	f->errmsg[0] = '\0';
	if (f->state != 2 || f->write)
		return feed_fail(f, POORT_ERR_FEED_STATE, "take the text after poort_feed_end, of a feed without a write callback");
	if (f->buf.failed || !f->buf.data)
		return feed_fail(f, POORT_ERR_NOMEM, "out of memory");
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

/* ------------------------------------------------------------ previous feed */

static int line_is(const char *line, size_t n, const char *word)
{
	size_t w = strlen(word);
	return n == w && memcmp(line, word, w) == 0;
}

static char *text_of(icalcomponent *e, icalproperty_kind kind)
{
	icalproperty *p = icalcomponent_get_first_property(e, kind);
	const char *v = NULL;
	if (p && kind == ICAL_SUMMARY_PROPERTY)
		v = icalproperty_get_summary(p);
	else if (p && kind == ICAL_DESCRIPTION_PROPERTY)
		v = icalproperty_get_description(p);
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

/* Parse one VEVENT block of the previous feed into p. */
static int32_t parse_block(poort_feed *f, const char *block, size_t len, size_t line, struct prev_event *p)
{
	char *copy = malloc(len + 1);
	if (!copy)
		return feed_fail(f, POORT_ERR_NOMEM, "out of memory");
	memcpy(copy, block, len);
	copy[len] = '\0';
	icalcomponent *e = icalparser_parse_string(copy);
	if (!e || icalcomponent_isa(e) != ICAL_VEVENT_COMPONENT) {
		if (e)
			icalcomponent_free(e);
		free(copy);
		return feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: not a VEVENT", line);
	}
	if (icalcomponent_count_errors(e) > 0) {
		icalproperty *x = icalcomponent_get_first_property(e, ICAL_XLICERROR_PROPERTY);
		const char *why = x ? icalproperty_get_xlicerror(x) : "invalid content";
		feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, event from line %zu: %.150s", line, why);
		icalcomponent_free(e);
		free(copy);
		return POORT_ERR_FEED_PARSE;
	}
	const char *uid = icalcomponent_get_uid(e);
	p->dtstart = date_of(e, ICAL_DTSTART_PROPERTY);
	p->dtend = date_of(e, ICAL_DTEND_PROPERTY);
	/* libical reads a blank UID back as none at all */
	if (!uid || !uid[strspn(uid, " \t")] || p->dtstart == POORT_DATE_NONE || p->dtend == POORT_DATE_NONE) {
		icalcomponent_free(e);
		free(copy);
		return feed_fail(f, POORT_ERR_FEED_PARSE,
				 "previous feed, event from line %zu: UID, DTSTART and DTEND are required", line);
	}
	/* the library's events lie between 1900 and a little after 2199 */
	if (p->dtstart < PREV_DATE_MIN || p->dtend > PREV_DATE_MAX || p->dtend <= p->dtstart) {
		icalcomponent_free(e);
		free(copy);
		return feed_fail(f, POORT_ERR_FEED_PARSE,
				 "previous feed, event from line %zu: DTSTART and DTEND must lie in 1900-2299, "
				 "DTEND after DTSTART", line);
	}
	p->uid = strdup(uid);
	p->summary = text_of(e, ICAL_SUMMARY_PROPERTY);
	/* the UID and SUMMARY may be written again (in a cancellation) */
	if (unwritable_text(p->uid) || unwritable_text(p->summary)) {
		icalcomponent_free(e);
		free(copy);
		free(p->uid);
		free(p->summary);
		p->uid = p->summary = NULL;
		return feed_fail(f, POORT_ERR_FEED_PARSE,
				 "previous feed, event from line %zu: UID or SUMMARY has a control character "
				 "or is not UTF-8", line);
	}
	char *description = text_of(e, ICAL_DESCRIPTION_PROPERTY);
	icalproperty *seq = icalcomponent_get_first_property(e, ICAL_SEQUENCE_PROPERTY);
	p->sequence = seq ? icalproperty_get_sequence(seq) : 0;
	icalproperty *status = icalcomponent_get_first_property(e, ICAL_STATUS_PROPERTY);
	p->cancelled = status && icalproperty_get_status(status) == ICAL_STATUS_CANCELLED;
	int32_t alarm = 0;
	icalcomponent *a = icalcomponent_get_first_component(e, ICAL_VALARM_COMPONENT);
	icalproperty *trig = a ? icalcomponent_get_first_property(a, ICAL_TRIGGER_PROPERTY) : NULL;
	if (trig) {
		struct icaltriggertype tt = icalproperty_get_trigger(trig);
		alarm = (int32_t)tt.duration.days + 7 * (int32_t)tt.duration.weeks;
	}
	p->fingerprint = fingerprint(p->uid, p->dtstart, p->dtend, p->summary, description, p->cancelled, alarm);
	free(description);
	icalcomponent_free(e);
	p->block = copy;
	p->block_len = len;
	if (!p->uid)
		return feed_fail(f, POORT_ERR_NOMEM, "out of memory");
	return POORT_OK;
}

/* Sort index[0..n) by the UIDs of the events they point to. A heapsort, because qsort
 * takes no context and a global one would break the library's thread safety. */
static int uid_less(const struct prev_event *e, size_t a, size_t b)
{
	return strcmp(e[a].uid, e[b].uid) < 0;
}

static void sift_down(size_t *index, size_t root, size_t n, const struct prev_event *e)
{
	for (size_t child; (child = 2 * root + 1) < n; root = child) {
		if (child + 1 < n && uid_less(e, index[child], index[child + 1]))
			child++;
		if (!uid_less(e, index[root], index[child]))
			return;
		size_t t = index[root];
		index[root] = index[child];
		index[child] = t;
	}
}

static void sort_index(size_t *index, size_t n, const struct prev_event *e)
{
	for (size_t i = n / 2; i-- > 0;)
		sift_down(index, i, n, e);
	for (size_t end = n; end-- > 1;) {
		size_t t = index[0];
		index[0] = index[end];
		index[end] = t;
		sift_down(index, 0, end, e);
	}
}

int32_t poort_feed_set_previous(poort_feed *f, const char *text, size_t len)
{
	int32_t st = setter(f);
	if (st != POORT_OK)
		return st;
	if (!text)
		return feed_fail(f, POORT_ERR_NULL, "text is NULL");
	struct prev_event *events = NULL;
	size_t n = 0, cap = 0, line = 0, block_start = 0, block_line = 0;
	int in_calendar = 0, ended = 0, in_event = 0;
	/* components open inside the current event (VALARM): libical prints to stderr on a
	 * mismatch, so the nesting is checked here first */
	char nested[8][32];
	int depth = 0;
	for (size_t pos = 0; pos < len && st == POORT_OK;) {
		size_t eol = pos;
		while (eol < len && text[eol] != '\n')
			eol++;
		size_t next = eol < len ? eol + 1 : eol;
		size_t n_line = eol - pos;
		if (n_line && text[pos + n_line - 1] == '\r')
			n_line--;
		const char *l = text + pos;
		line++;
		size_t bad_utf8 = poort_utf8_invalid_at(l, n_line, "\t"); /* RFC 5545 3.1 */
		if (memchr(l, '\0', n_line)) {
			st = feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: NUL byte", line);
		} else if (bad_utf8) {
			st = feed_fail(f, POORT_ERR_FEED_PARSE,
				       "previous feed, line %zu, byte %zu: not valid UTF-8, or a control character",
				       line, bad_utf8);
		} else if (ended) {
			if (n_line)
				st = feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: text after END:VCALENDAR",
					       line);
		} else if (!in_calendar) {
			if (!line_is(l, n_line, "BEGIN:VCALENDAR"))
				st = feed_fail(f, POORT_ERR_FEED_PARSE,
					       "previous feed, line %zu: expected BEGIN:VCALENDAR", line);
			in_calendar = 1;
		} else if (in_event) {
			if (line_is(l, n_line, "BEGIN:VEVENT") || line_is(l, n_line, "END:VCALENDAR")) {
				st = feed_fail(f, POORT_ERR_FEED_PARSE,
					       "previous feed, line %zu: the event from line %zu is not closed", line,
					       block_line);
			} else if (n_line > 6 && memcmp(l, "BEGIN:", 6) == 0) {
				if (depth == 8 || n_line - 6 >= sizeof nested[0])
					st = feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: components "
						       "nested too deep", line);
				else
					snprintf(nested[depth++], sizeof nested[0], "%.*s", (int)(n_line - 6), l + 6);
			} else if (depth > 0 && n_line > 4 && memcmp(l, "END:", 4) == 0) {
				if (n_line - 4 != strlen(nested[depth - 1]) ||
				    memcmp(l + 4, nested[depth - 1], n_line - 4) != 0)
					st = feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: END does not "
						       "match BEGIN:%s", line, nested[depth - 1]);
				depth--;
			} else if (n_line > 4 && memcmp(l, "END:", 4) == 0 && !line_is(l, n_line, "END:VEVENT")) {
				st = feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: %.*s without its "
					       "BEGIN", line, (int)(n_line > 40 ? 40 : n_line), l);
			} else if (line_is(l, n_line, "END:VEVENT")) {
				in_event = 0;
				if (n == cap) {
					cap = cap ? cap * 2 : 64;
					struct prev_event *grown = realloc(events, cap * sizeof *grown);
					if (!grown) {
						st = feed_fail(f, POORT_ERR_NOMEM, "out of memory");
						break;
					}
					events = grown;
				}
				memset(&events[n], 0, sizeof events[n]);
				st = parse_block(f, text + block_start, next - block_start, block_line, &events[n]);
				n += st == POORT_OK;
			}
		} else if (line_is(l, n_line, "BEGIN:VEVENT")) {
			in_event = 1;
			depth = 0;
			block_start = pos;
			block_line = line;
		} else if (line_is(l, n_line, "END:VCALENDAR")) {
			ended = 1;
		} else if (n_line >= 6 && memcmp(l, "BEGIN:", 6) == 0) {
			st = feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, line %zu: unexpected %.*s", line,
				       (int)(n_line > 40 ? 40 : n_line), l);
		}
		pos = next;
	}
	if (st == POORT_OK && !ended)
		st = feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed: no END:VCALENDAR");
	size_t *index = NULL;
	if (st == POORT_OK && n) {
		index = malloc(n * sizeof *index);
		if (!index)
			st = feed_fail(f, POORT_ERR_NOMEM, "out of memory");
	}
	if (st == POORT_OK && n) {
		for (size_t i = 0; i < n; i++)
			index[i] = i;
		sort_index(index, n, events);
		for (size_t i = 1; i < n && st == POORT_OK; i++)
			if (strcmp(events[index[i - 1]].uid, events[index[i]].uid) == 0)
				st = feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed: UID %.100s appears twice",
					       events[index[i]].uid);
	}
	if (st != POORT_OK) {
		free(index);
		free_prev(events, n);
		return st;
	}
	free_prev(f->prev, f->n_prev);
	free(f->by_uid);
	f->prev = events;
	f->by_uid = index;
	f->n_prev = n;
	return POORT_OK;
}
