/*
 * Edge cases of the calendar feed, the explanations and the API's answers to bad input, as
 * the header documents them. Only the public API is used.
 */
#include "edges.h"

/* =================================================================== calendar */

static size_t count(const char *text, const char *needle)
{
	size_t n = 0;
	for (const char *p = strstr(text, needle); p; p = strstr(p + 1, needle))
		n++;
	return n;
}

/* The feed of case c with an alarm (at alarm_time minutes after midnight, or the default when
 * negative), regenerated from previous when it is not NULL. */
static char *feed_of(poort_case *c, int64_t dtstamp, int32_t alarm_days, int32_t alarm_time,
		     const char *previous)
{
	poort_feed *f = poort_feed_new();
	assert_non_null(f);
	assert_int_equal(poort_feed_set_dtstamp(f, dtstamp), POORT_OK);
	assert_int_equal(poort_feed_set_alarm_days(f, alarm_days), POORT_OK);
	if (alarm_time >= 0)
		assert_int_equal(poort_feed_set_alarm_time(f, alarm_time), POORT_OK);
	if (previous)
		assert_int_equal(poort_feed_set_previous(f, previous, strlen(previous)), POORT_OK);
	char *out = NULL;
	size_t len = 0;
	int32_t st = poort_case_ics(c, f, &out, &len);
	if (st != POORT_OK)
		fail_msg("feed: %s: %s", poort_status_str(st), poort_feed_errmsg(f));
	poort_feed_free(f);
	char *copy = strndup_for_test(out, len);
	poort_free(out);
	return copy;
}

/* Replace every `from` in text by `to` (a new string). */
static char *replaced(const char *text, const char *from, const char *to)
{
	size_t n = count(text, from), lf = strlen(from), lt = strlen(to);
	char *out = malloc(strlen(text) + n * lt + 1), *o = out;
	for (const char *p = text, *q; ; p = q + lf) {
		q = strstr(p, from);
		size_t k = q ? (size_t)(q - p) : strlen(p);
		memcpy(o, p, k);
		o += k;
		if (!q)
			break;
		memcpy(o, to, lt);
		o += lt;
	}
	*o = '\0';
	return out;
}

/* The event of a feed whose UID starts with uid (a new string, lines unfolded: RFC 5545
 * 3.1, a CRLF followed by a space continues the line). */
static char *event_of(const char *ics, const char *uid)
{
	char *text = replaced(ics, "\r\n ", "");
	char key[128];
	snprintf(key, sizeof key, "UID:%s", uid);
	const char *at = strstr(text, key);
	if (!at)
		fail_msg("no event %s", uid);
	const char *begin = at;
	while (begin > text && strncmp(begin, "BEGIN:VEVENT", 12) != 0)
		begin--;
	const char *end = strstr(at, "END:VEVENT");
	char *event = strndup_for_test(begin, (size_t)(end - begin));
	free(text);
	return event;
}

/* The header: CATEGORIES are "Poortwachter" and who acts; the informational milestones
 * (the last day of the wachttijd, of a loonsanctie: "niemand (informatief)", spec 3) have
 * no one acting, so "Poortwachter" alone. */
static void informational_events_name_no_actor(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2025-01-01", NULL});
	assert_int_equal(poort_case_set_id(c, "ls"), POORT_OK);
	assert_int_equal(poort_case_set_loonsanctie(c, D("2026-12-01"), 10, POORT_DATE_NONE), POORT_OK);
	char *ics = feed_of(c, 1767225600, 0, -1, NULL);
	static const char *const informational[] = {"ls.EINDE_WACHTTIJD", "ls.EINDE_LOONSANCTIE"};
	for (size_t i = 0; i < 2; i++) {
		char *event = event_of(ics, informational[i]);
		if (!strstr(event, "\r\nCATEGORIES:Poortwachter\r\n"))
			fail_msg("%s: %s", informational[i], event);
		free(event);
	}
	char *event = event_of(ics, "ls.PROBLEEMANALYSE");
	assert_non_null(strstr(event, "\r\nCATEGORIES:Poortwachter,werkgever,bedrijfsarts\r\n"));
	free(event);
	free(ics);
	poort_case_free(c);
}

/* poort_feed_set_case_url takes a template of up to 1000 bytes: a link of 700 bytes stands
 * whole in the DESCRIPTION line that names it, not only in URL. */
static void long_case_link_in_the_description(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_id(c, "lang"), POORT_OK);
	char url[800] = "https://hr.example.com/";
	size_t n = strlen(url);
	memset(url + n, 'p', 700 - n);
	strcpy(url + 700, "/{case_id}");
	poort_feed *f = poort_feed_new();
	assert_int_equal(poort_feed_set_dtstamp(f, 1767225600), POORT_OK);
	assert_int_equal(poort_feed_set_case_url(f, url), POORT_OK);
	char *out = NULL;
	size_t len = 0;
	assert_int_equal(poort_case_ics(c, f, &out, &len), POORT_OK);
	char *ics = strndup_for_test(out, len);
	poort_free(out);
	poort_feed_free(f);
	char *event = event_of(ics, "lang.PROBLEEMANALYSE");
	char link[800];
	memcpy(link, url, 700);
	strcpy(link + 700, "/lang");
	const char *description = strstr(event, "\r\nDESCRIPTION:");
	assert_non_null(description);
	const char *line_end = strstr(description + 2, "\r\n");
	const char *found = strstr(description, link);
	assert_true(found && found < line_end);
	free(event);
	free(ics);
	poort_case_free(c);
}

/* Header (regeneration): an unchanged event keeps its SEQUENCE, a changed one gets
 * SEQUENCE + 1; the alarm fires alarm_days before the all-day event at the alarm time.
 * RFC 5545 3.3.6: the same duration may be written in other units - seven days at midnight
 * as -P1W instead of -P7D, 6 days and 15 hours as -PT159H - and is the same alarm; another
 * number of alarm days, or none, changes every event that has an alarm. */
static void alarm_days_in_regeneration(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_id(c, "zaak1"), POORT_OK);
	const int64_t t0 = (int64_t)D("2026-01-05") * 86400, t1 = t0 + 3600;
	char *first = feed_of(c, t0, 7, 0, NULL); /* 7 days before, at 00:00 */
	size_t events = count(first, "BEGIN:VEVENT"), alarms = count(first, "TRIGGER:-P7D\r\n");
	assert_true(alarms > 10);
	assert_int_equal(count(first, "BEGIN:VALARM"), alarms);
	assert_int_equal(count(first, "SEQUENCE:0\r\n"), events);
	char *weeks = replaced(first, "TRIGGER:-P7D\r\n", "TRIGGER:-P1W\r\n");
	char *same = feed_of(c, t1, 7, 0, weeks);
	assert_int_equal(count(same, "BEGIN:VEVENT"), events);
	assert_int_equal(count(same, "SEQUENCE:0\r\n"), events);
	assert_int_equal(count(same, "LAST-MODIFIED"), 0);

	char *nine = feed_of(c, t0, 7, -1, NULL); /* the default time, 09:00 */
	assert_int_equal(count(nine, "TRIGGER:-P6DT15H\r\n"), alarms);
	char *hours = replaced(nine, "TRIGGER:-P6DT15H\r\n", "TRIGGER:-PT159H\r\n");
	char *same9 = feed_of(c, t1, 7, -1, hours);
	assert_int_equal(count(same9, "SEQUENCE:0\r\n"), events);

	char *longer = feed_of(c, t1, 14, 0, first);
	assert_int_equal(count(longer, "BEGIN:VEVENT"), events);
	assert_int_equal(count(longer, "SEQUENCE:1\r\n"), alarms);
	assert_int_equal(count(longer, "TRIGGER:-P14D\r\n"), alarms);
	char *two_weeks = replaced(longer, "TRIGGER:-P14D\r\n", "TRIGGER:-P2W\r\n");
	char *back = feed_of(c, t1 + 3600, 7, 0, two_weeks); /* 14 days back to 7: changed again */
	assert_int_equal(count(back, "SEQUENCE:2\r\n"), alarms);
	char *none = feed_of(c, t1 + 3600, 0, 0, first); /* the alarm removed: changed */
	assert_int_equal(count(none, "SEQUENCE:1\r\n"), alarms);
	assert_int_equal(count(none, "BEGIN:VALARM"), 0);
	char *all[] = {first, weeks, same, nine, hours, same9, longer, two_weeks, back, none};
	for (size_t i = 0; i < sizeof all / sizeof *all; i++)
		free(all[i]);
	poort_case_free(c);
}

/* RFC 5545 3.1: content lines are at most 75 octets, folded with CRLF and a space, and
 * (SHOULD) not inside a UTF-8 sequence; 3.3.11: backslash, semicolon and comma in TEXT are
 * escaped; 3.3.5: DTSTAMP in UTC as YYYYMMDDTHHMMSSZ (one second before 1970 is
 * 19691231T235959Z); RFC 7986 5.7: REFRESH-INTERVAL;VALUE=DURATION, here PT24H. */
static void feed_lines_and_stamps(void **state)
{
	(void)state;
	char name[201];
	memset(name, 'a', 61);
	strcpy(name + 61, "\xc3\xa9;,\\"); /* an e-acute across the end of the first line */
	memset(name + 66, 'b', 100);
	name[166] = '\0';
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	ACCEPTS(c, poort_case_set_id(c, "zaak1"));
	poort_feed *f = poort_feed_new();
	assert_int_equal(poort_feed_set_dtstamp(f, -1), POORT_OK);
	assert_int_equal(poort_feed_set_name(f, name), POORT_OK);
	assert_int_equal(poort_feed_set_refresh_hours(f, 24), POORT_OK);
	char *text = NULL;
	size_t len = 0;
	assert_int_equal(poort_case_ics(c, f, &text, &len), POORT_OK);
	for (const char *line = text; line < text + len;) {
		const char *end = strstr(line, "\r\n");
		assert_non_null(end);
		if (end - line > 75)
			fail_msg("a line of %ld octets", (long)(end - line));
		if (line[0] == ' ' && ((unsigned char)line[1] & 0xc0) == 0x80)
			fail_msg("a line folded inside a UTF-8 sequence");
		line = end + 2;
	}
	char *unfolded = replaced(text, "\r\n ", "");
	char expected[260];
	snprintf(expected, sizeof expected, "\r\nX-WR-CALNAME:%.61s\xc3\xa9\\;\\,\\\\%s\r\n", name, name + 66);
	assert_non_null(strstr(unfolded, expected));
	assert_non_null(strstr(unfolded, "\r\nDTSTAMP:19691231T235959Z\r\n"));
	assert_non_null(strstr(unfolded, "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT24H\r\n"));
	assert_non_null(strstr(unfolded, "\r\nX-PUBLISHED-TTL:PT24H\r\n"));
	free(unfolded);
	poort_free(text);
	poort_feed_free(f);
	/* an ASCII name is folded as late as allowed, at 75 octets (as libical folds its own
	 * lines); a shorter name set afterwards replaces it whole */
	f = poort_feed_new();
	assert_int_equal(poort_feed_set_dtstamp(f, 0), POORT_OK);
	memset(name, 'n', 200);
	name[200] = '\0';
	assert_int_equal(poort_feed_set_name(f, name), POORT_OK);
	assert_int_equal(poort_case_ics(c, f, &text, &len), POORT_OK);
	char *at = strstr(text, "\r\nX-WR-CALNAME:") + 2;
	for (size_t k = 0; k < 2; k++) { /* 13 + 62, then a space and 74, then the last 64 */
		assert_int_equal(strstr(at, "\r\n") - at, 75);
		at = strstr(at, "\r\n") + 2;
	}
	assert_int_equal(strstr(at, "\r\n") - at, 65);
	poort_free(text);
	poort_feed_free(f);
	f = poort_feed_new();
	assert_int_equal(poort_feed_set_dtstamp(f, 0), POORT_OK);
	assert_int_equal(poort_feed_set_name(f, name), POORT_OK);
	assert_int_equal(poort_feed_set_name(f, "Kort"), POORT_OK);
	assert_int_equal(poort_case_ics(c, f, &text, &len), POORT_OK);
	assert_non_null(strstr(text, "\r\nX-WR-CALNAME:Kort\r\n"));
	poort_free(text);
	poort_feed_free(f);
	poort_case_free(c);
}

/* The header: a case id may be added to a feed once (POORT_ERR_DUPLICATE), also when the feed
 * already holds hundreds of events; the refused case writes nothing. */
static void duplicate_case_in_a_large_feed(void **state)
{
	(void)state;
	poort_feed *f = poort_feed_new();
	assert_int_equal(poort_feed_set_dtstamp(f, 0), POORT_OK);
	assert_int_equal(poort_feed_begin(f, NULL, NULL), POORT_OK);
	char id[16];
	for (int k = 0; k < 12; k++) {
		poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
		snprintf(id, sizeof id, "z%d", k);
		ACCEPTS(c, poort_case_set_id(c, id));
		assert_int_equal(poort_feed_add_case(f, c), POORT_OK);
		poort_case_free(c);
	}
	int64_t events = poort_feed_event_count(f);
	assert_true(events > 200);
	for (int k = 0; k < 12; k += 11) {
		poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
		snprintf(id, sizeof id, "z%d", k);
		ACCEPTS(c, poort_case_set_id(c, id));
		assert_int_equal(poort_feed_add_case(f, c), POORT_ERR_DUPLICATE);
		assert_int_equal(poort_feed_event_count(f), events);
		poort_case_free(c);
	}
	poort_feed_free(f);
}

/* The header's ranges for the feed settings, at both ends. DTSTAMP: 1900-2199 in seconds,
 * 1900-01-01T00:00:00Z = -25 567 days x 86 400 s, 2199-12-31T23:59:59Z = 84 006 x 86 400 - 1. */
static void feed_setting_ranges(void **state)
{
	(void)state;
	poort_feed *f = poort_feed_new();
	assert_int_equal(poort_feed_set_dtstamp(f, -2208988800LL), POORT_OK);
	assert_string_equal(poort_feed_errmsg(f), "");
	assert_int_equal(poort_feed_set_dtstamp(f, -2208988801LL), POORT_ERR_DATE_RANGE);
	assert_string_not_equal(poort_feed_errmsg(f), "");
	assert_int_equal(poort_feed_set_dtstamp(f, 7258118399LL), POORT_OK);
	assert_string_equal(poort_feed_errmsg(f), "");
	assert_int_equal(poort_feed_set_dtstamp(f, 7258118400LL), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_feed_set_dtstamp(f, INT64_MAX), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_feed_set_dtstamp(f, INT64_MIN + 86400), POORT_ERR_DATE_RANGE);
	/* days beyond 32 bits whose lower 32 bits would make a date in range */
	assert_int_equal(poort_feed_set_dtstamp(f, (((int64_t)1 << 32) + 20000) * 86400), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_feed_set_dtstamp(f, (20000 - ((int64_t)1 << 32)) * 86400), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_feed_set_lang(f, 2), POORT_ERR_LANG);
	assert_int_equal(poort_feed_set_lang(f, -1), POORT_ERR_LANG);
	assert_int_equal(poort_feed_set_lang(f, POORT_LANG_EN), POORT_OK);
	assert_int_equal(poort_feed_set_alarm_days(f, -1), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_alarm_days(f, 366), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_alarm_days(f, 365), POORT_OK);
	assert_int_equal(poort_feed_set_alarm_days(f, 0), POORT_OK);
	assert_int_equal(poort_feed_set_reminder_events(f, 2), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_reminder_events(f, -1), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_refresh_hours(f, 0), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_refresh_hours(f, 8761), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_refresh_hours(f, 1), POORT_OK);
	assert_int_equal(poort_feed_set_refresh_hours(f, 8760), POORT_OK);
	assert_int_equal(poort_feed_set_include(f, 4), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_include(f, -1), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_include(f, POORT_FEED_DOSSIER | POORT_FEED_WAGE), POORT_OK);
	assert_int_equal(poort_feed_set_include(f, 0), POORT_OK);
	/* reminder events need alarm days above 0, checked when the feed begins */
	assert_int_equal(poort_feed_set_reminder_events(f, 1), POORT_OK);
	assert_int_equal(poort_feed_begin(f, NULL, NULL), POORT_ERR_FEED_STATE);
	assert_int_equal(poort_feed_set_alarm_days(f, 1), POORT_OK);
	assert_int_equal(poort_feed_begin(f, NULL, NULL), POORT_OK);
	/* settings only before poort_feed_begin */
	assert_int_equal(poort_feed_set_alarm_days(f, 2), POORT_ERR_FEED_STATE);
	assert_int_equal(poort_feed_set_name(f, "x"), POORT_ERR_FEED_STATE);
	poort_feed_free(f);
	assert_int_equal(poort_feed_event_count(NULL), -1);
}

/* The header: the UID domain is 1-253 bytes of [A-Za-z0-9.-]; the calendar name 1-200 bytes
 * of UTF-8 without control characters. UTF-8 as RFC 3629 section 4 defines it: no overlong
 * forms (C0, C1, E0 80-9F, F0 80-8F), no surrogates (ED A0-BF), nothing above U+10FFFF
 * (F4 90-BF, F5-FF), no cut-off sequence; DEL (7F) is a control character. */
static void feed_texts(void **state)
{
	(void)state;
	poort_feed *f = poort_feed_new();
	char text[260];
	memset(text, 'a', sizeof text);
	text[253] = '\0';
	assert_int_equal(poort_feed_set_uid_domain(f, text), POORT_OK);
	text[253] = 'a';
	text[254] = '\0';
	assert_int_equal(poort_feed_set_uid_domain(f, text), POORT_ERR_TEXT);
	assert_int_equal(poort_feed_set_uid_domain(f, ""), POORT_ERR_TEXT);
	assert_int_equal(poort_feed_set_uid_domain(f, "azAZ09.-"), POORT_OK);
	static const char *const bad_domain[] = {"a_b", "a@b", "a{", "a`", "A[", "A@", "0/", "9:", "a b", "_ab"};
	for (size_t i = 0; i < sizeof bad_domain / sizeof *bad_domain; i++)
		assert_int_equal(poort_feed_set_uid_domain(f, bad_domain[i]), POORT_ERR_TEXT);
	assert_non_null(strstr(poort_feed_errmsg(f), "byte 1 ")); /* "_ab": the first byte */
	text[200] = '\0';
	assert_int_equal(poort_feed_set_name(f, text), POORT_OK);
	text[200] = 'a';
	text[201] = '\0';
	assert_int_equal(poort_feed_set_name(f, text), POORT_ERR_TEXT);
	assert_int_equal(poort_feed_set_name(f, ""), POORT_ERR_TEXT);
	static const char *const good[] = {"\xc2\x80", "\xdf\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf",
					   "\xee\x80\x80", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf", "~"};
	for (size_t i = 0; i < sizeof good / sizeof *good; i++)
		if (poort_feed_set_name(f, good[i]) != POORT_OK)
			fail_msg("good UTF-8 %zu refused", i);
	static const char *const bad[] = {"\xc0\x80", "\xc1\xbf", "\xe0\x9f\xbf", "\xed\xa0\x80",
					  "\xf0\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
					  "\xe2\x82", "a\xe2\x82", "\xc2", "\xc2\x41", "\xe2\x41\x80",
					  "\xf0\x90\x80\x41", "\x80", "\x7f", "a\tb", "\x1f"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		if (poort_feed_set_name(f, bad[i]) != POORT_ERR_TEXT)
			fail_msg("bad UTF-8 %zu accepted", i);
	poort_feed_free(f);
}

/* The header: an explanation is written with snprintf semantics: the full length is returned
 * whatever the size, at most size bytes are written (always NUL-terminated when size > 0),
 * and buf may be NULL when size is 0. */
typedef int32_t (*explain_fn)(const void *obj, size_t i, int32_t lang, char *buf, size_t size);

static int32_t milestone_explain(const void *t, size_t i, int32_t lang, char *buf, size_t size)
{
	return poort_milestone_explain(t, i, lang, buf, size);
}

static int32_t segment_explain(const void *w, size_t i, int32_t lang, char *buf, size_t size)
{
	return poort_wage_segment_explain(w, i, lang, buf, size);
}

static int32_t month_explain(const void *w, size_t i, int32_t lang, char *buf, size_t size)
{
	return poort_wage_month_explain(w, i, lang, buf, size);
}

static void assert_snprintf_semantics(explain_fn fn, const void *obj, size_t i)
{
	char full[2048], mem[2100];
	int32_t n = fn(obj, i, POORT_LANG_NL, NULL, 0);
	assert_true(n > 0 && (size_t)n < sizeof full);
	assert_int_equal(fn(obj, i, POORT_LANG_NL, full, sizeof full), n);
	assert_int_equal(strlen(full), n);
	const size_t sizes[] = {1, 2, 7, (size_t)n, (size_t)n + 1};
	for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
		memset(mem, '#', sizeof mem);
		assert_int_equal(fn(obj, i, POORT_LANG_NL, mem + 1, sizes[k]), n);
		size_t kept = sizes[k] - 1 < (size_t)n ? sizes[k] - 1 : (size_t)n;
		assert_memory_equal(mem + 1, full, kept);
		assert_int_equal(mem[1 + kept], '\0');
		assert_int_equal(mem[0], '#');
		assert_int_equal(mem[1 + sizes[k]], '#');
	}
}

/* Explanations show hours as on a payslip: whole, one decimal or two ("32", "32,5", "32,25"),
 * and say why a milestone does not apply. */
static void explanation_details(void **state)
{
	(void)state;
	static const struct {
		int32_t hours;
		const char *text;
	} v[] = {{3200, "for 32 h at"}, {3250, "for 32,5 h at"}, {3225, "for 32,25 h at"}};
	for (size_t k = 0; k < 3; k++) {
		poort_case *c = employee("2026-01-01", 100000, v[k].hours);
		poort_wage *w = wage_of(c, "2026-03-01", "2026-03-31");
		char text[512];
		assert_true(poort_wage_segment_explain(w, 0, POORT_LANG_EN, text, sizeof text) > 0);
		if (!strstr(text, v[k].text))
			fail_msg("\"%s\" lacks \"%s\"", text, v[k].text);
		poort_wage_free(w);
		poort_case_free(c);
	}
	/* employment that ended after the recovery: the report does not apply, and says why */
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-03-01", NULL});
	assert_int_equal(poort_case_set_employment_end(c, D("2026-05-01")), POORT_OK);
	poort_timeline *t = compute(c, "2026-06-01");
	size_t i = find(t, "EINDE_DIENSTVERBAND_MELDING", 0);
	assert_int_equal(poort_milestone_status(t, i), POORT_STATUS_NOT_APPLICABLE);
	assert_non_null(strstr(explain(t, i, POORT_LANG_EN), "not applicable"));
	i = find(t, "PROBLEEMANALYSE", 0); /* applies: nothing about applicability */
	assert_null(strstr(explain(t, i, POORT_LANG_EN), "applicable"));
	poort_timeline_free(t);
	poort_case_free(c);
}

static void explanations_in_small_buffers(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-16", 300000, 3600);
	assert_int_equal(poort_case_add_cao(c, 1, 52, 8000, 0), POORT_OK);
	poort_timeline *t = compute(c, "2026-03-01");
	for (size_t i = 0; i < poort_timeline_count(t); i++)
		assert_snprintf_semantics(milestone_explain, t, i);
	poort_timeline_free(t);
	poort_wage *w = wage_of(c, "2026-01-01", "2026-01-31"); /* two segments in one month */
	for (size_t i = 0; i < poort_wage_segment_count(w); i++)
		assert_snprintf_semantics(segment_explain, w, i);
	assert_snprintf_semantics(month_explain, w, 0);
	poort_wage_free(w);
	poort_case_free(c);
}

/* ================================================================ accessors */

/* The header: accessors given NULL or an index out of range return NULL (strings),
 * POORT_DATE_NONE (dates) or -1 (integers, amounts), and counts are 0; a language other than
 * POORT_LANG_NL or POORT_LANG_EN gives NULL; the static name functions give NULL for an
 * unknown code. */
static void timeline_accessors(poort_case *c)
{
	poort_timeline *t = compute(c, "2026-03-01");
	size_t n = poort_timeline_count(t);
	char buf[64];
	for (int k = 0; k < 2; k++) {
		const poort_timeline *x = k ? t : NULL;
		size_t i = k ? n : 0;
		if (!k) {
			assert_int_equal(poort_timeline_count(x), 0);
			assert_int_equal(poort_timeline_today(x), POORT_DATE_NONE);
			assert_int_equal(poort_timeline_first_sick_day(x), POORT_DATE_NONE);
			assert_int_equal(poort_timeline_last_sick_day(x), POORT_DATE_NONE);
			assert_int_equal(poort_timeline_wachttijd_end(x), POORT_DATE_NONE);
			assert_int_equal(poort_timeline_wage_end(x), POORT_DATE_NONE);
			assert_int_equal(poort_timeline_case_count(x), -1);
			assert_int_equal(poort_timeline_sick_days(x), -1);
			assert_int_equal(poort_timeline_interruption_days(x), -1);
			assert_int_equal(poort_timeline_leave_days(x), -1);
		}
		assert_null(poort_milestone_id(x, i));
		assert_int_equal(poort_milestone_occurrence(x, i), -1);
		assert_int_equal(poort_milestone_due(x, i), POORT_DATE_NONE);
		assert_int_equal(poort_milestone_window_start(x, i), POORT_DATE_NONE);
		assert_int_equal(poort_milestone_done(x, i), POORT_DATE_NONE);
		assert_int_equal(poort_milestone_status(x, i), -1);
		assert_int_equal(poort_milestone_kind(x, i), -1);
		assert_int_equal(poort_milestone_departed(x, i), -1);
		assert_null(poort_milestone_title(x, i, POORT_LANG_EN));
		assert_null(poort_milestone_who(x, i, POORT_LANG_NL));
		assert_null(poort_milestone_basis(x, i, POORT_LANG_EN));
		assert_null(poort_milestone_juriconnect(x, i));
		assert_int_equal(poort_milestone_explain(x, i, POORT_LANG_EN, buf, sizeof buf),
				 k ? POORT_ERR_INDEX : POORT_ERR_NULL);
	}
	assert_null(poort_milestone_title(t, 0, 2));
	assert_null(poort_milestone_basis(t, 0, -1));
	assert_int_equal(poort_milestone_explain(t, 0, 2, buf, sizeof buf), POORT_ERR_LANG);
	poort_timeline_free(t);
}

static void dossier_accessors(poort_case *c)
{
	poort_dossier *d = NULL;
	assert_int_equal(poort_dossier_compute(c, D("2026-03-01"), &d), POORT_OK);
	size_t m = poort_dossier_count(d);
	assert_int_equal(poort_dossier_count(NULL), 0);
	assert_int_equal(poort_dossier_variant(NULL), -1);
	assert_int_equal(poort_dossier_complete_bp(NULL), -1);
	assert_int_equal(poort_dossier_can_submit(NULL), -1);
	for (int k = 0; k < 2; k++) {
		const poort_dossier *x = k ? d : NULL;
		size_t i = k ? m : 0;
		assert_null(poort_dossier_item_id(x, i));
		assert_null(poort_dossier_item_onderdeel(x, i));
		assert_null(poort_dossier_item_content(x, i, POORT_LANG_EN));
		assert_null(poort_dossier_item_basis(x, i, POORT_LANG_NL));
		assert_null(poort_dossier_item_juriconnect(x, i));
		assert_null(poort_dossier_item_milestone(x, i));
		assert_int_equal(poort_dossier_item_requirement(x, i), -1);
		assert_int_equal(poort_dossier_item_state(x, i), -1);
		assert_int_equal(poort_dossier_item_due(x, i), POORT_DATE_NONE);
		assert_int_equal(poort_dossier_item_first(x, i), POORT_DATE_NONE);
		assert_int_equal(poort_dossier_item_latest(x, i), POORT_DATE_NONE);
		assert_int_equal(poort_dossier_item_records(x, i), -1);
	}
	assert_null(poort_dossier_item_content(d, 0, 2));
	assert_null(poort_dossier_item_basis(d, 0, 2));
	assert_null(poort_dossier_item_basis(d, 0, -1));
	poort_dossier_free(d);
}

static void wage_accessors(poort_case *c)
{
	poort_wage *w = wage_of(c, "2026-03-01", "2026-03-31");
	size_t ns = poort_wage_segment_count(w), nm = poort_wage_month_count(w);
	assert_int_equal(poort_wage_total(NULL), -1);
	assert_int_equal(poort_wage_flags(NULL), -1);
	assert_int_equal(poort_wage_segment_count(NULL), 0);
	assert_int_equal(poort_wage_month_count(NULL), 0);
	for (int k = 0; k < 2; k++) {
		const poort_wage *x = k ? w : NULL;
		size_t i = k ? ns : 0, j = k ? nm : 0;
		assert_int_equal(poort_wage_segment_first(x, i), POORT_DATE_NONE);
		assert_int_equal(poort_wage_segment_last(x, i), POORT_DATE_NONE);
		assert_int_equal(poort_wage_segment_regime(x, i), -1);
		assert_int_equal(poort_wage_segment_percent(x, i), -1);
		assert_int_equal(poort_wage_segment_statutory(x, i), -1);
		assert_int_equal(poort_wage_segment_cao(x, i), POORT_ERR_INDEX); /* -1 means "no CAO" */
		assert_int_equal(poort_wage_segment_amount(x, i), -1);
		assert_int_equal(poort_wage_segment_flags(x, i), -1);
		assert_int_equal(poort_wage_month_first(x, j), POORT_DATE_NONE);
		assert_int_equal(poort_wage_month_last(x, j), POORT_DATE_NONE);
		assert_int_equal(poort_wage_month_amount(x, j), -1);
		assert_int_equal(poort_wage_month_statutory(x, j), -1);
		assert_int_equal(poort_wage_month_regime(x, j), -1);
		assert_int_equal(poort_wage_month_percent(x, j), -1);
		assert_int_equal(poort_wage_month_flags(x, j), -1);
	}
	poort_wage_free(w);
}

static void accessors_on_bad_input(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_wage(c, 300000, 3600), POORT_OK);
	timeline_accessors(c);
	dossier_accessors(c);
	wage_accessors(c);
	poort_case_free(c);
	/* the man page (Catalogue): beyond the count a text is NULL and a number POORT_ERR_INDEX */
	size_t nm = poort_catalogue_milestone_count(), ni = poort_catalogue_item_count(),
	       nc = poort_catalogue_constant_count();
	assert_non_null(poort_catalogue_milestone_id(nm - 1));
	assert_null(poort_catalogue_milestone_id(nm));
	assert_null(poort_catalogue_milestone_title(nm, POORT_LANG_NL));
	assert_null(poort_catalogue_milestone_juriconnect(nm));
	assert_null(poort_catalogue_milestone_rule(nm));
	assert_int_equal(poort_catalogue_milestone_kind(nm), POORT_ERR_INDEX);
	assert_non_null(poort_catalogue_item_id(ni - 1));
	assert_null(poort_catalogue_item_id(ni));
	assert_null(poort_catalogue_item_content(ni, POORT_LANG_EN));
	assert_null(poort_catalogue_item_milestone(ni));
	assert_non_null(poort_catalogue_constant_citation(nc - 1));
	assert_null(poort_catalogue_constant_name(nc));
	assert_null(poort_catalogue_constant_citation(nc));
	assert_int_equal(poort_catalogue_constant_value(nc), POORT_ERR_INDEX);
	/* every free function accepts NULL (conventions) */
	poort_case_free(NULL);
	poort_timeline_free(NULL);
	poort_dossier_free(NULL);
	poort_wage_free(NULL);
	poort_params_free(NULL);
	poort_feed_free(NULL);
	poort_free(NULL);
}

/* The header: every status code has its own static English text, any other value "unknown
 * status"; a computation given NULL fails with POORT_ERR_NULL and sets *out to NULL. The codes
 * run from POORT_OK down without a gap (new ones are appended). */
static void status_texts_and_null_arguments(void **state)
{
	(void)state;
	int32_t lowest = 0;
	while (strcmp(poort_status_str(lowest - 1), "unknown status") != 0)
		lowest--;
	assert_true(lowest <= POORT_ERR_TEXT);
	for (int32_t a = 0; a >= lowest; a--) {
		const char *ta = poort_status_str(a);
		assert_non_null(ta);
		assert_true(ta[0] != '\0');
		for (int32_t b = a - 1; b >= lowest; b--)
			assert_string_not_equal(ta, poort_status_str(b));
	}
	for (int32_t a = lowest - 1; a > lowest - 5; a--)
		assert_string_equal(poort_status_str(a), "unknown status");
	assert_string_equal(poort_status_str(1), "unknown status");
	assert_string_equal(poort_status_str(INT32_MIN), "unknown status");
	assert_int_equal(poort_version(), POORT_VERSION_NUMBER);
	assert_string_equal(poort_version_string(), POORT_VERSION_STRING);

	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	poort_timeline *t = (poort_timeline *)c; /* anything not NULL */
	assert_int_equal(poort_timeline_compute(NULL, D("2026-01-01"), 0, &t), POORT_ERR_NULL);
	assert_null(t);
	assert_int_equal(poort_timeline_compute(c, D("2026-01-01"), 0, NULL), POORT_ERR_NULL);
	assert_string_not_equal(poort_case_errmsg(c), "");
	poort_dossier *d = (poort_dossier *)c;
	assert_int_equal(poort_dossier_compute(c, -25568, &d), POORT_ERR_DATE_RANGE);
	assert_null(d);
	poort_case *empty = poort_case_new();
	t = (poort_timeline *)c;
	assert_int_equal(poort_timeline_compute(empty, D("2026-01-01"), 0, &t), POORT_ERR_NO_PERIODS);
	assert_null(t);
	assert_int_equal(poort_timeline_compute(c, D("2026-01-01"), 0, &t), POORT_OK);
	assert_string_equal(poort_case_errmsg(c), ""); /* the message is of the most recent call */
	poort_timeline_free(t);
	poort_case_free(empty);
	poort_case_free(c);
}

/* The names of every code, and NULL just outside them (header). */
static void names_of_every_code(void **state)
{
	(void)state;
	static const char *const status[] = {"upcoming", "due_soon", "overdue", "done", "done_late",
					     "not_applicable", "passed"};
	static const char *const kind[] = {"statutory", "practice", "informational"};
	static const char *const item[] = {"not_yet_required", "present", "present_late", "missing",
					   "not_applicable"};
	static const char *const req[] = {"regeling", "practice"};
	static const char *const riv[] = {"none", "short", "full"};
	static const char *const regime[] = {"not_sick", "waiting_day", "year1", "year2", "extension",
					     "loonsanctie", "after_aow", "ended"};
	static const struct {
		const char *(*name)(int32_t);
		const char *const *names;
		int32_t n;
	} v[] = {
		{poort_status_name, status, 7},     {poort_kind_name, kind, 3},
		{poort_item_state_name, item, 5},   {poort_requirement_name, req, 2},
		{poort_riv_variant_name, riv, 3},   {poort_regime_name, regime, 8},
	};
	for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
		for (int32_t i = 0; i < v[k].n; i++)
			assert_string_equal(v[k].name(i), v[k].names[i]);
		assert_null(v[k].name(-1));
		assert_null(v[k].name(v[k].n));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(alarm_days_in_regeneration),
		cmocka_unit_test(feed_lines_and_stamps),
		cmocka_unit_test(duplicate_case_in_a_large_feed),
		cmocka_unit_test(feed_setting_ranges),
		cmocka_unit_test(feed_texts),
		cmocka_unit_test(informational_events_name_no_actor),
		cmocka_unit_test(long_case_link_in_the_description),
		cmocka_unit_test(explanation_details),
		cmocka_unit_test(explanations_in_small_buffers),
		cmocka_unit_test(accessors_on_bad_input),
		cmocka_unit_test(status_texts_and_null_arguments),
		cmocka_unit_test(names_of_every_code),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
