/*
 * Edges of the calendar feed as the header, the man page, the README and RFC 5545 give them:
 * what a previous feed may hold (dates, DTSTAMP, SEQUENCE, nesting, its length) and what is
 * copied from it, the longest UIDs, alarms and reminders, the settings' ranges,
 * poort_feed_errmsg after a success and a feed of many cases. Only the public API.
 */
#include "edges.h"

#include <libical/ical.h>

#define DTSTAMP 1795420800LL /* 2026-11-23T08:00:00Z */
#define UID "a.X@poortwachter.invalid"

static size_t count(const char *text, const char *needle)
{
	size_t n = 0;
	for (const char *p = strstr(text, needle); p; p = strstr(p + 1, needle))
		n++;
	return n;
}

static poort_feed *feed_at(int64_t dtstamp)
{
	poort_feed *f = poort_feed_new();
	assert_non_null(f);
	assert_int_equal(poort_feed_set_dtstamp(f, dtstamp), POORT_OK);
	return f;
}

/* A feed at dtstamp whose events have an alarm days before. */
static poort_feed *feed_with_alarm(int64_t dtstamp, int32_t days)
{
	poort_feed *f = feed_at(dtstamp);
	assert_int_equal(poort_feed_set_alarm_days(f, days), POORT_OK);
	return f;
}

/* A case of one open period from first_day, with this id. */
static poort_case *case_with_id(const char *first_day, const char *id)
{
	poort_case *c = case_of((const char *[]){first_day, NULL});
	assert_int_equal(poort_case_set_id(c, id), POORT_OK);
	return c;
}

/* The whole feed of case c (poort_case_ics), which must succeed. */
static char *ics_of(poort_case *c, poort_feed *f)
{
	char *out = NULL;
	int32_t st = poort_case_ics(c, f, &out, NULL);
	if (st != POORT_OK)
		fail_msg("%s: %s", poort_status_str(st), poort_feed_errmsg(f));
	return out;
}

static void free_all(char *out, poort_feed *f, poort_case *c)
{
	poort_free(out);
	poort_feed_free(f);
	poort_case_free(c);
}

/* A previous feed of libpoortwachter with one event of these lines (each ending in CRLF). */
static void one_event(char *text, size_t size, const char *lines)
{
	snprintf(text, size, "BEGIN:VCALENDAR\r\nPRODID:-//libpoortwachter//libpoortwachter 0.5.0//NL\r\n"
		 "BEGIN:VEVENT\r\n%sEND:VEVENT\r\nEND:VCALENDAR\r\n", lines);
}

/* The status of giving the one-event feed of these lines as the previous feed; the message
 * must contain message (a NULL message: it must be ""). */
static int32_t previous_of(const char *lines, const char *message)
{
	char text[2048];
	one_event(text, sizeof text, lines);
	poort_feed *f = feed_at(DTSTAMP);
	int32_t st = poort_feed_set_previous(f, text, strlen(text));
	if (message ? !strstr(poort_feed_errmsg(f), message) : poort_feed_errmsg(f)[0] != '\0')
		fail_msg("%s: %s", lines, poort_feed_errmsg(f));
	poort_feed_free(f);
	return st;
}

/* A feed without cases at dtstamp, regenerated from the one-event feed of these lines. */
static char *regenerated(const char *lines, int64_t dtstamp)
{
	char text[2048], *out = NULL;
	one_event(text, sizeof text, lines);
	poort_feed *f = feed_at(dtstamp);
	assert_int_equal(poort_feed_set_previous(f, text, strlen(text)), POORT_OK);
	assert_int_equal(poort_feed_begin(f, NULL, NULL), POORT_OK);
	assert_int_equal(poort_feed_end(f), POORT_OK);
	assert_int_equal(poort_feed_take(f, &out, NULL), POORT_OK);
	poort_feed_free(f);
	return out;
}

#define REQUIRED "UID, DTSTART and DTEND are required"
#define RANGE "DTSTART and DTEND must lie in 1900-2299, DTEND after DTSTART"

/* DTSTART and DTEND are DATEs (RFC 5545 3.3.4: a month 01-12, a day from 01): one that is
 * not a date at all is missing; a real date outside 1900-2299, or DTEND not after DTSTART,
 * is out of range. */
static void previous_dates(void **state)
{
	(void)state;
	static const struct {
		const char *start, *end, *message;
	} dates[] = {
		{"20260101", NULL, REQUIRED},           /* no DTEND */
		{"00000101", "20260102", REQUIRED},     /* there is no year 0 in the Gregorian calendar */
		{"20260001", "20260102", REQUIRED},     /* month 0 */
		{"20261301", "20270102", REQUIRED},     /* month 13 */
		{"20260100", "20260102", REQUIRED},     /* day 0 */
		{"00010101", "20260102", RANGE},        /* a date, long before 1900 */
		{"18991231", "19000101", RANGE},
		{"22991231", "23000101", RANGE},
		{"99991230", "99991231", RANGE},        /* the last year RFC 5545's 4 digits hold */
		{"20260101", "20260101", RANGE},        /* DTEND on DTSTART */
		{"20260102", "20260101", RANGE},
		{"19000101", "19000102", NULL},         /* the first and the last day */
		{"22991230", "22991231", NULL},
	};
	for (size_t i = 0; i < sizeof dates / sizeof *dates; i++) {
		char lines[256];
		int n = snprintf(lines, sizeof lines, "UID:" UID "\r\nDTSTART;VALUE=DATE:%s\r\n", dates[i].start);
		if (dates[i].end)
			snprintf(lines + n, sizeof lines - (size_t)n, "DTEND;VALUE=DATE:%s\r\n", dates[i].end);
		assert_int_equal(previous_of(lines, dates[i].message), dates[i].message ? POORT_ERR_FEED_PARSE : POORT_OK);
	}
}

/* A cancelled event leaves the feed once its DTSTAMP lies more than keep-cancelled days (90)
 * before the feed's (header): 90 days before stays, a second more goes. A DTSTAMP that is not
 * a moment (month 0, day 0, year 0) gives no such moment: the event stays. */
static void cancelled_event_leaves_after_keep_cancelled(void **state)
{
	(void)state;
	static const struct {
		const char *stamp;
		int stays;
	} stamps[] = {
		{"20260825T080000Z", 1}, /* 2026-11-23T08:00:00Z - 90 days */
		{"20260825T075959Z", 0},
		{"20251231T235959Z", 0}, /* December */
		{"20001301T000000Z", 1}, /* month 13 */
		{"00010101T000000Z", 0},
		{"00000101T000000Z", 1},
		{"20260001T000000Z", 1},
		{"20260100T000000Z", 1},
	};
	for (size_t i = 0; i < sizeof stamps / sizeof *stamps; i++) {
		char lines[256];
		snprintf(lines, sizeof lines, "UID:" UID "\r\nDTSTAMP:%s\r\nDTSTART;VALUE=DATE:20260101\r\n"
			 "DTEND;VALUE=DATE:20260102\r\nSTATUS:CANCELLED\r\n", stamps[i].stamp);
		char *out = regenerated(lines, DTSTAMP);
		if (count(out, "UID:" UID "\r\n") != (size_t)stamps[i].stays)
			fail_msg("DTSTAMP %s: %s", stamps[i].stamp, out);
		poort_free(out);
	}
}

/* SEQUENCE is a whole number 0 ... 2147483646 (man page); any digit counts, a parameter's
 * quoted ':' is not the value's start; a cancellation writes it + 1. */
static void previous_sequence_digits(void **state)
{
	(void)state;
	static const struct {
		const char *line, *next;
	} sequences[] = {
		{"SEQUENCE:9", "SEQUENCE:10\r\n"},
		{"SEQUENCE:0", "SEQUENCE:1\r\n"},
		{"SEQUENCE:1999999999", "SEQUENCE:2000000000\r\n"},
		{"SEQUENCE;X-A=\"b:c\":7", "SEQUENCE:8\r\n"},
	};
	for (size_t i = 0; i < sizeof sequences / sizeof *sequences; i++) {
		char lines[256];
		snprintf(lines, sizeof lines, "UID:" UID "\r\nDTSTART;VALUE=DATE:20260101\r\n"
			 "DTEND;VALUE=DATE:20260102\r\n%s\r\n", sequences[i].line);
		char *out = regenerated(lines, DTSTAMP);
		if (!strstr(out, sequences[i].next))
			fail_msg("%s: %s", sequences[i].line, out);
		poort_free(out);
	}
	assert_int_equal(previous_of("UID:" UID "\r\nDTSTART;VALUE=DATE:20260101\r\nDTEND;VALUE=DATE:20260102\r\n"
				     "SEQUENCE:9a\r\n", "SEQUENCE must be 0 to 2147483646"), POORT_ERR_FEED_PARSE);
	/* a parameter and no value at all (RFC 5545 3.1: a value follows the ':') */
	assert_int_equal(previous_of("UID:" UID "\r\nDTSTART;VALUE=DATE:20260101\r\nDTEND;VALUE=DATE:20260102\r\n"
				     "SEQUENCE;1\r\n", "SEQUENCE must be 0 to 2147483646"), POORT_ERR_FEED_PARSE);
}

/* What is copied must be UTF-8 (RFC 5545 3.1): libical reads a backslash before U+0A0B in a
 * DESCRIPTION as half of that character, so the event cannot be written back. */
static void previous_description_not_utf8(void **state)
{
	(void)state;
	assert_int_equal(previous_of("UID:" UID "\r\nDTSTART;VALUE=DATE:20260101\r\nDTEND;VALUE=DATE:20260102\r\n"
				     "DESCRIPTION:a\\\xe0\xa8\x8b\r\n", "libical cannot write it back unchanged"),
			 POORT_ERR_FEED_PARSE);
}

/* Empty lines after END:VCALENDAR are no text after it, anything else is; the text is the len
 * bytes given. */
static void blank_lines_and_the_given_length(void **state)
{
	(void)state;
	static const char ok[] = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n\r\n\n";
	static const char bad[] = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n\r\n \r\n";
	poort_feed *f = feed_at(DTSTAMP);
	assert_int_equal(poort_feed_set_previous(f, ok, sizeof ok - 1), POORT_OK);
	assert_int_equal(poort_feed_set_previous(f, bad, sizeof bad - 1), POORT_ERR_FEED_PARSE);
	assert_string_equal(poort_feed_errmsg(f), "previous feed, line 4: text after END:VCALENDAR");
	/* only the len bytes given count: two bytes of a BOM are no BOM, but bytes that are not UTF-8 */
	assert_int_equal(poort_feed_set_previous(f, "\xef\xbb\xbf" "BEGIN:VCALENDAR\r\n", 2), POORT_ERR_FEED_PARSE);
	assert_string_equal(poort_feed_errmsg(f), "previous feed, line 1, byte 1: not valid UTF-8, or a control character");
	poort_feed_free(f);
}

/* poort_feed_errmsg: "" after a call that succeeded, whatever failed before (header). */
static void errmsg_empty_after_success(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	poort_feed *f = feed_at(DTSTAMP);
	assert_int_equal(poort_feed_set_lang(f, 2), POORT_ERR_LANG);
	assert_string_not_equal(poort_feed_errmsg(f), "");
	assert_int_equal(poort_feed_begin(f, NULL, NULL), POORT_OK);
	assert_string_equal(poort_feed_errmsg(f), "");
	assert_int_equal(poort_feed_add_case(f, c), POORT_ERR_CASE_ID); /* no id */
	assert_string_not_equal(poort_feed_errmsg(f), "");
	assert_int_equal(poort_case_set_id(c, "e"), POORT_OK);
	assert_int_equal(poort_feed_add_case(f, c), POORT_OK);
	assert_string_equal(poort_feed_errmsg(f), "");
	assert_int_equal(poort_feed_add_case(f, c), POORT_ERR_DUPLICATE);
	assert_int_equal(poort_feed_end(f), POORT_OK);
	assert_string_equal(poort_feed_errmsg(f), "");
	char *out;
	assert_int_equal(poort_feed_take(f, NULL, NULL), POORT_ERR_NULL);
	assert_int_equal(poort_feed_take(f, &out, NULL), POORT_OK);
	assert_string_equal(poort_feed_errmsg(f), "");
	free_all(out, f, c);
	/* and NULL (header: -1, NULL) */
	assert_int_equal(poort_feed_warning_count(NULL), -1);
	assert_null(poort_feed_warning(NULL, 0));
	assert_int_equal(poort_feed_event_count(NULL), -1);
	assert_string_equal(poort_feed_errmsg(NULL), "");
}

/* A case id is 1 to 64 bytes (POORT_CASE_ID_MAX), for poort_feed_keep_case too. */
static void keep_case_of_64_bytes(void **state)
{
	(void)state;
	char id[POORT_CASE_ID_MAX + 2];
	memset(id, 'k', POORT_CASE_ID_MAX);
	id[POORT_CASE_ID_MAX] = '\0';
	poort_feed *f = feed_at(DTSTAMP);
	assert_int_equal(poort_feed_keep_case(f, id), POORT_OK);
	strcat(id, "k");
	assert_int_equal(poort_feed_keep_case(f, id), POORT_ERR_CASE_ID);
	poort_feed_free(f);
}

/* The case URL template: at most 1000 bytes (header), said in the message. */
static void case_url_at_most_1000_bytes(void **state)
{
	(void)state;
	char *exact = malloc(1001), url[1002] = "https://x/{case_id}"; /* nothing past its NUL is read */
	assert_non_null(exact);
	memset(url + 19, 'a', 1000 - 19);
	url[1000] = '\0';
	memcpy(exact, url, 1001);
	poort_feed *f = feed_at(DTSTAMP);
	assert_int_equal(poort_feed_set_case_url(f, exact), POORT_OK);
	free(exact);
	strcat(url, "a");
	assert_int_equal(poort_feed_set_case_url(f, url), POORT_ERR_TEXT);
	assert_string_equal(poort_feed_errmsg(f), "case URL template must be at most 1000 bytes");
	poort_feed_free(f);
}

/* A reminder event is an event like the others (header: every event has a DESCRIPTION with
 * who acts and the due date): the milestone's description, due 2026-02-11 (sick day 42). */
static void reminder_has_the_milestones_description(void **state)
{
	(void)state;
	poort_case *c = case_with_id("2026-01-01", "r");
	poort_feed *f = feed_at(DTSTAMP);
	assert_int_equal(poort_feed_set_lang(f, POORT_LANG_EN), POORT_OK);
	assert_int_equal(poort_feed_set_alarm_days(f, 3), POORT_OK);
	assert_int_equal(poort_feed_set_reminder_events(f, 1), POORT_OK);
	char *out = ics_of(c, f);
	icalcomponent *cal = icalparser_parse_string(out);
	const char *step = NULL, *reminder = NULL;
	for (icalcomponent *e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
	     e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
		if (strcmp(icalcomponent_get_uid(e), "r.PROBLEEMANALYSE@poortwachter.invalid") == 0)
			step = icalcomponent_get_description(e);
		else if (strcmp(icalcomponent_get_uid(e), "r.PROBLEEMANALYSE.reminder@poortwachter.invalid") == 0)
			reminder = icalcomponent_get_description(e);
	}
	assert_non_null(step);
	assert_non_null(reminder);
	assert_non_null(strstr(reminder, "Due: Wednesday 2026-02-11 (last permissible day)\n"));
	assert_string_equal(reminder, step);
	icalcomponent_free(cal);
	free_all(out, f, c);
}

/* A feed of 40 cases (over 1 000 events): every event once, each case's under its own id. */
static void many_cases_in_one_feed(void **state)
{
	(void)state;
	enum { CASES = 40 };
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	poort_timeline *t = NULL;
	assert_int_equal(poort_timeline_compute(c, D("2026-11-23"), 0, &t), POORT_OK);
	size_t per_case = poort_timeline_count(t);
	poort_timeline_free(t);
	poort_feed *f = feed_at(DTSTAMP);
	assert_int_equal(poort_feed_begin(f, NULL, NULL), POORT_OK);
	for (int i = 0; i < CASES; i++) {
		char id[16];
		snprintf(id, sizeof id, "z%d", i);
		assert_int_equal(poort_case_set_id(c, id), POORT_OK);
		assert_int_equal(poort_feed_add_case(f, c), POORT_OK);
	}
	assert_int_equal(poort_feed_end(f), POORT_OK);
	assert_int_equal(poort_feed_event_count(f), (int64_t)(CASES * per_case));
	char *out;
	assert_int_equal(poort_feed_take(f, &out, NULL), POORT_OK);
	assert_int_equal(count(out, "BEGIN:VEVENT\r\n"), CASES * per_case);
	assert_int_equal(count(out, "UID:z39.PROBLEEMANALYSE@"), 1);
	free_all(out, f, c);
}

/* Every event's UID whole with the longest case id (64 dots, each written %2E) and the longest
 * domain (253 bytes), reminders, dossier items and the wage event included. */
static void longest_uids_whole(void **state)
{
	(void)state;
	char id[POORT_CASE_ID_MAX + 1], domain[254], escaped[3 * POORT_CASE_ID_MAX + 2] = "", uid[600];
	memset(id, '.', POORT_CASE_ID_MAX);
	id[POORT_CASE_ID_MAX] = '\0';
	memset(domain, 'd', 253);
	domain[253] = '\0';
	for (int i = 0; i < POORT_CASE_ID_MAX; i++)
		strcat(escaped, "%2E");
	strcat(escaped, ".");
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_id(c, id), POORT_OK);
	poort_feed *f = feed_at(1767312000LL); /* 2026-01-02T00:00:00Z: everything still to come */
	assert_int_equal(poort_feed_set_uid_domain(f, domain), POORT_OK);
	assert_int_equal(poort_feed_set_alarm_days(f, 1), POORT_OK);
	assert_int_equal(poort_feed_set_reminder_events(f, 1), POORT_OK);
	assert_int_equal(poort_feed_set_include(f, POORT_FEED_DOSSIER | POORT_FEED_WAGE), POORT_OK);
	char *out = ics_of(c, f);
	icalcomponent *cal = icalparser_parse_string(out);
	size_t n = 0, found = 0;
	for (icalcomponent *e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
	     e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT), n++) {
		const char *u = icalcomponent_get_uid(e);
		size_t len = strlen(u);
		if (strncmp(u, escaped, strlen(escaped)) != 0 || len < 254 || u[len - 254] != '@' ||
		    strcmp(u + len - 253, domain) != 0)
			fail_msg("UID cut: %s", u);
		for (const char *const *w = (const char *const[]){"PROBLEEMANALYSE.reminder", "LOONDOORBETALING_JAAR2",
								   "dossier.OORDEEL_WERKNEMER", NULL}; *w; w++) {
			snprintf(uid, sizeof uid, "%s%s@%s", escaped, *w, domain);
			found += strcmp(u, uid) == 0;
		}
	}
	assert_int_equal(n, poort_feed_event_count(f));
	assert_int_equal(found, 3);
	icalcomponent_free(cal);
	free_all(out, f, c);
}

/* The latest alarm: 1 day before at 23:59 is one minute before the all-day start (RFC 5545
 * 3.3.6: "-PT1M"). */
static void alarm_one_minute_before(void **state)
{
	(void)state;
	poort_case *c = case_with_id("2026-01-01", "t");
	poort_feed *f = feed_with_alarm(DTSTAMP, 1);
	assert_int_equal(poort_feed_set_alarm_time(f, 1439), POORT_OK);
	char *out = ics_of(c, f);
	assert_true(count(out, "TRIGGER:-PT1M\r\n") > 0);
	assert_int_equal(count(out, "TRIGGER:-PT1M\r\n"), count(out, "TRIGGER"));
	free_all(out, f, c);
}

static int32_t discard(void *ctx, const char *data, size_t len)
{
	(void)ctx, (void)data, (void)len;
	return 0;
}

/* poort_feed_take is for a feed without a write callback (header), all or nothing or not. */
static void take_needs_the_internal_buffer(void **state)
{
	(void)state;
	for (int32_t strict = 0; strict <= POORT_FEED_STRICT_ALL; strict++) {
		poort_feed *f = feed_at(DTSTAMP);
		assert_int_equal(poort_feed_set_strict(f, strict), POORT_OK);
		assert_int_equal(poort_feed_begin(f, discard, NULL), POORT_OK);
		assert_int_equal(poort_feed_end(f), POORT_OK);
		char *out = NULL;
		assert_int_equal(poort_feed_take(f, &out, NULL), POORT_ERR_FEED_STATE);
		assert_null(out);
		poort_feed_free(f);
	}
}

/* The weekday of a DATE value "YYYYMMDD" (1 Monday ... 7 Sunday; 1970-01-01 was a Thursday). */
static int weekday_of(const char *yyyymmdd)
{
	int y, m, d;
	assert_int_equal(sscanf(yyyymmdd, "%4d%2d%2d", &y, &m, &d), 3);
	return (int)((day_number_of(y, m, d) % 7 + 7 + 3) % 7) + 1;
}

/* A dossier item due on a Saturday or Sunday is flagged like a milestone (README: act the
 * working day before). A first sick day on Sunday 2026-01-04 puts sick day 42 on a Saturday. */
static void dossier_item_on_a_weekend_flagged(void **state)
{
	(void)state;
	poort_case *c = case_with_id("2026-01-04", "w");
	poort_feed *f = feed_at(1767225600LL); /* 2026-01-01T00:00:00Z */
	assert_int_equal(poort_feed_set_include(f, POORT_FEED_DOSSIER), POORT_OK);
	char *out = ics_of(c, f);
	icalcomponent *cal = icalparser_parse_string(out);
	int weekend = 0;
	for (icalcomponent *e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
	     e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
		if (!strstr(icalcomponent_get_uid(e), ".dossier."))
			continue;
		int wd = weekday_of(icaltime_as_ical_string(icalcomponent_get_dtstart(e)));
		const char *flag = wd == 6 ? "Let op: valt op zaterdag; handel de werkdag ervoor af\n"
			: wd == 7 ? "Let op: valt op zondag; handel de werkdag ervoor af\n" : NULL;
		weekend += flag != NULL;
		if (flag && !strstr(icalcomponent_get_description(e), flag))
			fail_msg("%s: %s", icalcomponent_get_uid(e), icalcomponent_get_description(e));
	}
	assert_true(weekend > 0);
	icalcomponent_free(cal);
	free_all(out, f, c);
}

/* The feed's reference date is the day its DTSTAMP falls on (README: a record after the
 * reference date is planned, not done): a step recorded for the next day is still planned at
 * 23:00, one recorded for the DTSTAMP's own day is done from its first second on, and before
 * 1970 the day is the one the DTSTAMP falls on too (1969-12-31T12:00Z is not 1970-01-01). */
static void reference_date_is_the_dtstamps_day(void **state)
{
	(void)state;
	static const struct {
		const char *first, *step, *recorded;
		int64_t dtstamp;
		int done;
	} v[] = {
		{"2026-01-01", "PROBLEEMANALYSE", "2026-02-12", 1770850800LL, 0}, /* 2026-02-11T23:00:00Z */
		{"2026-01-01", "PROBLEEMANALYSE", "2026-02-11", 1770768030LL, 1}, /* 2026-02-11T00:00:30Z */
		{"1969-11-01", "ZIEKMELDING_ARBODIENST", "1970-01-01", -43200LL, 0}, /* 1969-12-31T12:00Z */
	};
	for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
		poort_case *c = case_with_id(v[k].first, "p");
		assert_int_equal(poort_case_record_done(c, v[k].step, D(v[k].recorded)), POORT_OK);
		poort_feed *f = feed_at(v[k].dtstamp);
		char *out = ics_of(c, f);
		if ((strstr(out, "\xe2\x9c\x93 gedaan: ") != NULL) != v[k].done)
			fail_msg("%s recorded %s, DTSTAMP %lld: done should be %d", v[k].step, v[k].recorded,
				 (long long)v[k].dtstamp, v[k].done);
		free_all(out, f, c);
	}
}

/* The settings' ranges at their ends (header: 0-36500 days, -1-36500 days). */
static void keep_settings_up_to_36500(void **state)
{
	(void)state;
	poort_feed *f = feed_at(DTSTAMP);
	assert_int_equal(poort_feed_set_keep_cancelled(f, 36500), POORT_OK);
	assert_int_equal(poort_feed_set_keep_cancelled(f, 36501), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_keep_past(f, 36500), POORT_OK);
	assert_int_equal(poort_feed_set_keep_past(f, -1), POORT_OK); /* the default: keep all */
	poort_feed_free(f);
}

/* A case URL template starts with a scheme (RFC 3986 3.1: a letter, then letters, digits,
 * + - .) and holds no DEL (RFC 3986 2: not a URI character). */
static void case_url_scheme_and_del(void **state)
{
	(void)state;
	poort_feed *f = feed_at(DTSTAMP);
	assert_int_equal(poort_feed_set_case_url(f, ":x/{case_id}"), POORT_ERR_TEXT);
	assert_string_equal(poort_feed_errmsg(f), "case URL template must start with a scheme, e.g. https:");
	assert_int_equal(poort_feed_set_case_url(f, "https://x/{case_id}\x7f"), POORT_ERR_TEXT);
	assert_string_equal(poort_feed_errmsg(f), "case URL template: byte 20 may not appear in a URL (only "
			    "{case_id} is replaced)");
	assert_int_equal(poort_feed_set_case_url(f, "https://x/{case_id}~"), POORT_OK);
	poort_feed_free(f);
}

/* Nesting inside a previous event: END names the component BEGIN opened, in full; a name in
 * a message is cut at 40 bytes. */
static void previous_nesting_names(void **state)
{
	(void)state;
	static const char *const name40 = "VTODOXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"; /* with "END:": 44 */
	assert_int_equal(strlen(name40), 40);
	assert_int_equal(previous_of("BEGIN:VALARM\r\nEND:VALARX\r\n", "line 5: END does not match BEGIN:VALARM"),
			 POORT_ERR_FEED_PARSE);
	char lines[128], message[128];
	snprintf(lines, sizeof lines, "END:%sYY\r\n", name40);
	snprintf(message, sizeof message, "line 4: END:%.36s without its BEGIN", name40);
	assert_int_equal(previous_of(lines, message), POORT_ERR_FEED_PARSE);
	char text[256];
	snprintf(text, sizeof text, "BEGIN:VCALENDAR\r\nBEGIN:%sYY\r\nEND:VCALENDAR\r\n", name40);
	poort_feed *f = feed_at(DTSTAMP);
	assert_int_equal(poort_feed_set_previous(f, text, strlen(text)), POORT_ERR_FEED_PARSE);
	snprintf(message, sizeof message, "previous feed, line 2: unexpected BEGIN:%.34s", name40);
	assert_string_equal(poort_feed_errmsg(f), message);
	poort_feed_free(f);
}

/* Nothing past the len bytes given is read, also when the text ends right after an event
 * (ASan, valgrind). */
static void previous_ending_after_an_event(void **state)
{
	(void)state;
	static const char cut[] = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:" UID "\r\nDTSTART;VALUE=DATE:20260101\r\n"
				  "DTEND;VALUE=DATE:20260102\r\nEND:VEVENT\r\n";
	for (size_t len = sizeof cut - 2; len <= sizeof cut - 1; len++) { /* ending in CR, and in CRLF */
		char *text = malloc(len);
		assert_non_null(text);
		memcpy(text, cut, len);
		poort_feed *f = feed_at(DTSTAMP);
		assert_int_equal(poort_feed_set_previous(f, text, len), POORT_ERR_FEED_PARSE);
		assert_string_equal(poort_feed_errmsg(f), "previous feed: no END:VCALENDAR");
		poort_feed_free(f);
		free(text);
	}
}

/* A feed with alarms regenerates byte-identical: the alarms of unchanged events are copied
 * (header: unchanged events are written as they were). */
static void alarms_copied_unchanged(void **state)
{
	(void)state;
	poort_case *c = case_with_id("2026-01-01", "al");
	poort_feed *f = feed_with_alarm(DTSTAMP, 2);
	char *first = ics_of(c, f);
	assert_true(count(first, "BEGIN:VALARM") > 5);
	poort_feed_free(f);
	f = feed_with_alarm(DTSTAMP + 86400, 2);
	assert_int_equal(poort_feed_set_previous(f, first, strlen(first)), POORT_OK);
	char *second = ics_of(c, f);
	assert_string_equal(first, second);
	poort_free(first);
	free_all(second, f, c);
}

/* A kept case with '.' in its id keeps its events, whose UIDs write the '.' as %2E. */
static void kept_case_with_a_dot(void **state)
{
	(void)state;
	char lines[256];
	snprintf(lines, sizeof lines, "UID:a%%2Eb.PROBLEEMANALYSE@poortwachter.invalid\r\nDTSTAMP:20261101T080000Z\r\n"
		 "DTSTART;VALUE=DATE:20260301\r\nDTEND;VALUE=DATE:20260302\r\nSUMMARY:a.b\r\n");
	char text[1024], *out;
	one_event(text, sizeof text, lines);
	poort_feed *f = feed_at(DTSTAMP);
	assert_int_equal(poort_feed_set_previous(f, text, strlen(text)), POORT_OK);
	assert_int_equal(poort_feed_keep_case(f, "a.b"), POORT_OK);
	assert_int_equal(poort_feed_begin(f, NULL, NULL), POORT_OK);
	assert_int_equal(poort_feed_end(f), POORT_OK);
	assert_int_equal(poort_feed_take(f, &out, NULL), POORT_OK);
	assert_non_null(strstr(out, "UID:a%2Eb.PROBLEEMANALYSE@poortwachter.invalid\r\nDTSTAMP:20261101T080000Z\r\n"));
	assert_null(strstr(out, "CANCELLED"));
	assert_int_equal(poort_feed_warning_count(f), 0);
	poort_free(out);
	poort_feed_free(f);
}

/* poort_feed_begin with this previous feed gives exactly this one warning. */
static void begin_warns(const char *text, const char *warning)
{
	poort_feed *f = feed_at(DTSTAMP);
	assert_int_equal(poort_feed_set_previous(f, text, strlen(text)), POORT_OK);
	assert_int_equal(poort_feed_begin(f, NULL, NULL), POORT_OK);
	assert_int_equal(poort_feed_warning_count(f), 1);
	assert_string_equal(poort_feed_warning(f, 0), warning);
	poort_feed_free(f);
}

/* The warning about a previous feed of another UID domain names the first such event. */
static void foreign_domain_warning_names_the_first(void **state)
{
	(void)state;
	static const char text[] =
		"BEGIN:VCALENDAR\r\nPRODID:-//libpoortwachter//libpoortwachter 0.5.0//NL\r\n"
		"BEGIN:VEVENT\r\nUID:" UID "\r\nDTSTART;VALUE=DATE:20260101\r\nDTEND;VALUE=DATE:20260102\r\nEND:VEVENT\r\n"
		"BEGIN:VEVENT\r\nUID:b.X@other.example\r\nDTSTART;VALUE=DATE:20260101\r\nDTEND;VALUE=DATE:20260102\r\n"
		"END:VEVENT\r\n"
		"BEGIN:VEVENT\r\nUID:c.X@other.example\r\nDTSTART;VALUE=DATE:20260101\r\nDTEND;VALUE=DATE:20260102\r\n"
		"END:VEVENT\r\nEND:VCALENDAR\r\n";
	begin_warns(text, "the previous feed may not be this feed's: 2 of its 3 events have "
		    "a UID domain other than poortwachter.invalid (first: b.X@other.example); what does not "
		    "come back is cancelled");
}

/* poort_case_ics refuses a NULL case and leaves the feed as it was: still to be set up. */
static void case_ics_of_null_changes_nothing(void **state)
{
	(void)state;
	poort_feed *f = feed_at(DTSTAMP);
	char *out = NULL;
	assert_int_equal(poort_case_ics(NULL, f, &out, NULL), POORT_ERR_NULL);
	assert_null(out);
	assert_int_equal(poort_feed_set_lang(f, POORT_LANG_EN), POORT_OK);
	poort_feed_free(f);
}

/* Dossier items still to come have an alarm like the milestones (alarm days before). */
static void dossier_items_have_alarms(void **state)
{
	(void)state;
	poort_case *c = case_with_id("2026-01-01", "d");
	poort_feed *f = feed_with_alarm(DTSTAMP, 2);
	assert_int_equal(poort_feed_set_include(f, POORT_FEED_DOSSIER), POORT_OK);
	char *out = ics_of(c, f);
	int items = 0;
	for (const char *e = strstr(out, "UID:d.dossier."); e; e = strstr(e + 1, "UID:d.dossier."), items++) {
		const char *end = strstr(e, "END:VEVENT\r\n"), *alarm = strstr(e, "BEGIN:VALARM\r\n");
		if (!alarm || alarm > end)
			fail_msg("no alarm: %.60s", e);
	}
	assert_true(items > 3);
	free_all(out, f, c);
}

/* Year 2 of wage continuation starts on sick day 365 (2026-12-31 from 2026-01-01): an
 * employee still sick that day gets the event, one who recovered the day before does not. */
static void wage_event_on_sick_day_365(void **state)
{
	(void)state;
	static const struct {
		const char *period;
		int event;
	} cases[] = {{"2026-01-01:2026-12-31", 1}, {"2026-01-01:2026-12-30", 0}};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		poort_case *c = case_with_id(cases[i].period, "y");
		poort_feed *f = feed_at(DTSTAMP);
		assert_int_equal(poort_feed_set_include(f, POORT_FEED_WAGE), POORT_OK);
		char *out = ics_of(c, f);
		assert_int_equal(count(out, "UID:y.LOONDOORBETALING_JAAR2@poortwachter.invalid\r\nDTSTAMP:20261123T080000Z\r\n"
					    "DTSTART;VALUE=DATE:20261231\r\n"), cases[i].event);
		free_all(out, f, c);
	}
}

/* A previous feed without a PRODID is not known to be this feed's: a warning (header). */
static void previous_without_prodid(void **state)
{
	(void)state;
	static const char text[] = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:" UID "\r\nDTSTART;VALUE=DATE:20260101\r\n"
				   "DTEND;VALUE=DATE:20260102\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
	begin_warns(text, "the previous feed may not be this feed's: its PRODID is not "
		    "libpoortwachter's; what does not come back is cancelled");
}

/* A line of 8 KiB is accepted, one byte more is refused (man page: "a line over 8 KiB");
 * a BOM alone is no line at all, and only U+FEFF is a BOM. */
static void previous_line_of_8_kib(void **state)
{
	(void)state;
	size_t size = 8192 + 64;
	char *text = malloc(size);
	assert_non_null(text);
	for (size_t n = 8192; n <= 8193; n++) {
		int k = snprintf(text, size, "BEGIN:VCALENDAR\r\nX-A:");
		memset(text + k, 'a', n - 4);
		strcpy(text + k + n - 4, "\r\nEND:VCALENDAR\r\n");
		poort_feed *f = feed_at(DTSTAMP);
		int32_t st = poort_feed_set_previous(f, text, strlen(text));
		assert_int_equal(st, n == 8192 ? POORT_OK : POORT_ERR_FEED_PARSE);
		if (n > 8192)
			assert_string_equal(poort_feed_errmsg(f), "previous feed, line 2: longer than 8192 bytes");
		poort_feed_free(f);
	}
	free(text);
	poort_feed *f = feed_at(DTSTAMP);
	assert_int_equal(poort_feed_set_previous(f, "\xef\xbb\xbf", 3), POORT_ERR_FEED_PARSE);
	assert_string_equal(poort_feed_errmsg(f), "previous feed: no END:VCALENDAR");
	/* only U+FEFF is a BOM: U+FEFE before BEGIN:VCALENDAR is text */
	static const char fefe[] = "\xef\xbb\xbe" "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
	assert_int_equal(poort_feed_set_previous(f, fefe, sizeof fefe - 1), POORT_ERR_FEED_PARSE);
	assert_string_equal(poort_feed_errmsg(f), "previous feed, line 1: expected BEGIN:VCALENDAR");
	poort_feed_free(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(previous_dates),
		cmocka_unit_test(cancelled_event_leaves_after_keep_cancelled),
		cmocka_unit_test(previous_sequence_digits),
		cmocka_unit_test(previous_description_not_utf8),
		cmocka_unit_test(blank_lines_and_the_given_length),
		cmocka_unit_test(errmsg_empty_after_success),
		cmocka_unit_test(keep_case_of_64_bytes),
		cmocka_unit_test(case_url_at_most_1000_bytes),
		cmocka_unit_test(reminder_has_the_milestones_description),
		cmocka_unit_test(many_cases_in_one_feed),
		cmocka_unit_test(longest_uids_whole),
		cmocka_unit_test(alarm_one_minute_before),
		cmocka_unit_test(take_needs_the_internal_buffer),
		cmocka_unit_test(dossier_item_on_a_weekend_flagged),
		cmocka_unit_test(reference_date_is_the_dtstamps_day),
		cmocka_unit_test(keep_settings_up_to_36500),
		cmocka_unit_test(case_url_scheme_and_del),
		cmocka_unit_test(previous_nesting_names),
		cmocka_unit_test(previous_ending_after_an_event),
		cmocka_unit_test(alarms_copied_unchanged),
		cmocka_unit_test(kept_case_with_a_dot),
		cmocka_unit_test(foreign_domain_warning_names_the_first),
		cmocka_unit_test(case_ics_of_null_changes_nothing),
		cmocka_unit_test(dossier_items_have_alarms),
		cmocka_unit_test(wage_event_on_sick_day_365),
		cmocka_unit_test(previous_without_prodid),
		cmocka_unit_test(previous_line_of_8_kib),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	icalmemory_free_ring();
	return rc;
}
