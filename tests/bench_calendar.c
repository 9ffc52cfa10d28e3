/*
 * Benchmark: calendar events per second and memory, the library's streaming emitter against
 * a baseline in the same run: libical's whole-tree approach (every event added to one
 * VCALENDAR, serialized at the end), with the same properties and texts.
 *
 * usage: bench_calendar [CASES] [FEED.ics]   (FEED.ics receives the library's feed, for
 * tests/bench_calendar.py, which also times python3-icalendar on it)
 */
#define _POSIX_C_SOURCE 200809L
#include "poortwachter.h"

#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DTSTAMP 1795420800LL /* 2026-11-23T08:00:00Z */

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Resident memory now, in KiB (from /proc: ru_maxrss only ever grows). */
static long rss_kib(void)
{
	FILE *f = fopen("/proc/self/statm", "r");
	long pages = 0, resident = 0;
	if (f) {
		if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
			resident = 0;
		fclose(f);
	}
	return resident * 4;
}

struct sink {
	FILE *file;
	size_t bytes;
};

static int32_t to_sink(void *ctx, const char *data, size_t len)
{
	struct sink *s = ctx;
	s->bytes += len;
	return s->file && fwrite(data, 1, len, s->file) != len;
}

static poort_case *make_case(int k)
{
	poort_case *c = poort_case_new();
	int32_t d;
	char id[32];
	poort_date_parse("2025-06-01", &d);
	snprintf(id, sizeof id, "case-%05d", k);
	poort_case_set_id(c, id);
	poort_case_add_period(c, d + k % 300, POORT_DATE_NONE);
	poort_case_record_done(c, "PROBLEEMANALYSE", d + k % 300 + 30);
	return c;
}

/* The baseline: the same events, but the whole calendar as one libical tree. */
static size_t whole_tree(poort_case **cases, int n, long *rss_growth)
{
	long before = rss_kib();
	icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal, icalproperty_new_prodid("-//bench//bench//NL"));
	struct icaltimetype stamp = icaltime_from_timet_with_zone(DTSTAMP, 0, icaltimezone_get_utc_timezone());
	char uid[200], summary[400], description[2048], how[512];
	for (int k = 0; k < n; k++) {
		poort_timeline *t = NULL;
		poort_timeline_compute(cases[k], (int32_t)(DTSTAMP / 86400), 0, &t);
		for (size_t i = 0; i < poort_timeline_count(t); i++) {
			if (poort_milestone_status(t, i) == POORT_STATUS_NOT_APPLICABLE)
				continue;
			int32_t y, m, d, due = poort_milestone_due(t, i);
			poort_milestone_explain(t, i, POORT_LANG_NL, how, sizeof how);
			snprintf(uid, sizeof uid, "%s.%s.%d@poortwachter.invalid", poort_case_id(cases[k]),
				 poort_milestone_id(t, i), poort_milestone_occurrence(t, i));
			snprintf(summary, sizeof summary, "%s (%s)", poort_milestone_title(t, i, 0), poort_case_id(cases[k]));
			snprintf(description, sizeof description, "Wie: %s\nGrondslag: %s\nBerekening: %s\n%s",
				 poort_milestone_who(t, i, 0), poort_milestone_basis(t, i, 0), how,
				 poort_milestone_juriconnect(t, i));
			icalcomponent *e = icalcomponent_new(ICAL_VEVENT_COMPONENT);
			struct icaltimetype start = icaltime_null_date(), end = icaltime_null_date();
			poort_date_to_ymd(due, &y, &m, &d);
			start.year = y, start.month = m, start.day = d;
			poort_date_to_ymd(due + 1, &y, &m, &d);
			end.year = y, end.month = m, end.day = d;
			icalcomponent_add_property(e, icalproperty_new_uid(uid));
			icalcomponent_add_property(e, icalproperty_new_dtstamp(stamp));
			icalcomponent_add_property(e, icalproperty_new_dtstart(start));
			icalcomponent_add_property(e, icalproperty_new_dtend(end));
			icalcomponent_add_property(e, icalproperty_new_sequence(0));
			icalcomponent_add_property(e, icalproperty_new_summary(summary));
			icalcomponent_add_property(e, icalproperty_new_description(description));
			icalcomponent_add_property(e, icalproperty_new_categories("Poortwachter"));
			icalcomponent_add_property(e, icalproperty_new_class(ICAL_CLASS_PRIVATE));
			icalcomponent_add_property(e, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
			icalcomponent_add_component(cal, e);
		}
		poort_timeline_free(t);
	}
	char *text = icalcomponent_as_ical_string_r(cal);
	*rss_growth = rss_kib() - before;
	size_t len = strlen(text);
	icalmemory_free_buffer(text);
	icalcomponent_free(cal);
	return len;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 4000;
	poort_case **cases = malloc((size_t)n * sizeof *cases);
	for (int k = 0; k < n; k++)
		cases[k] = make_case(k);

	/* the library, streaming into a sink that only counts: memory at a quarter and at the end */
	struct sink sink = {NULL, 0};
	poort_feed *f = poort_feed_new();
	poort_feed_set_dtstamp(f, DTSTAMP);
	double t0 = now_s();
	long rss_start = rss_kib(), rss_quarter = 0;
	poort_feed_begin(f, to_sink, &sink);
	for (int k = 0; k < n; k++) {
		if (poort_feed_add_case(f, cases[k]) != POORT_OK) {
			fprintf(stderr, "%s\n", poort_feed_errmsg(f));
			return 1;
		}
		if (k == n / 4)
			rss_quarter = rss_kib();
	}
	poort_feed_end(f);
	double ours = now_s() - t0;
	long rss_end = rss_kib();
	int64_t events = poort_feed_event_count(f);
	poort_feed_free(f);

	/* the same feed once more into FEED.ics, untimed, for python3-icalendar */
	if (argc > 2) {
		struct sink file = {fopen(argv[2], "wb"), 0};
		f = poort_feed_new();
		poort_feed_set_dtstamp(f, DTSTAMP);
		poort_feed_begin(f, to_sink, &file);
		for (int k = 0; k < n; k++)
			poort_feed_add_case(f, cases[k]);
		poort_feed_end(f);
		poort_feed_free(f);
		if (file.file)
			fclose(file.file);
	}

	t0 = now_s();
	long tree_growth;
	size_t tree_bytes = whole_tree(cases, n, &tree_growth);
	double tree = now_s() - t0;

	printf("events: %lld in %d cases; feed %zu bytes (whole tree: %zu)\n", (long long)events, n, sink.bytes,
	       tree_bytes);
	printf("library, streaming: %.0f events/s on one core; memory from a quarter of the events to "
	       "the end: %+ld KiB (from the start: %+ld KiB)\n",
	       (double)events / ours, rss_end - rss_quarter, rss_end - rss_start);
	printf("baseline, libical whole tree: %.0f events/s; memory growth %+ld KiB\n", (double)events / tree,
	       tree_growth);
	for (int k = 0; k < n; k++)
		poort_case_free(cases[k]);
	free(cases);
	icalmemory_free_ring();
	return 0;
}
