/*
 * Benchmark: calendar events per second and memory, against its floor in the same run.
 *
 * Library: poort_feed_add_case() for 4 000 cases (about 26 events each) streaming into a
 * callback that only counts (the goal: >= 150 000 events/s on one core, memory flat: the
 * resident memory from a quarter of the events to the end).
 * Floor: libical writing one component per event, the least a streaming writer must do: for
 * every event, an icalcomponent built from its property values, serialized with
 * icalcomponent_as_ical_string_r() and freed. The values are the library's own (read back
 * from its feed with libical before anything is timed), so the floor writes the same events
 * without computing them.
 * Baseline: libical's whole-tree way, every event added to one VCALENDAR serialized at the
 * end (what most producers do; memory grows with the feed), timed after the others so that
 * its heap does not weigh on their rounds.
 * The floor's and the whole tree's events must be byte-identical to the library's; the
 * program never fails on speed.
 *
 * usage: bench_calendar [CASES]             one summary line
 *        bench_calendar CASES --write FEED  the library's events/s only, and its feed in FEED
 *                                           (for bench_calendar.py)
 */
#define _POSIX_C_SOURCE 200809L
#include "bench.h"
#include "bench_floor.h"
#include "poortwachter.h"

#include <libical/ical.h>
#include <stdio.h>
#include <string.h>

#define DTSTAMP 1795420800LL /* 2026-11-23T08:00:00Z */

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

/* Where the library's events go: counted; kept in memory or written to a file when asked. */
struct sink {
	size_t bytes;
	FILE *file;
	char *text;
	size_t cap;
};

static int32_t to_sink(void *ctx, const char *data, size_t len)
{
	struct sink *s = ctx;
	if (s->cap && s->bytes + len + 1 > s->cap) {
		while (s->bytes + len + 1 > s->cap)
			s->cap *= 2;
		if (!(s->text = realloc(s->text, s->cap)))
			return 1;
	}
	if (s->cap) {
		memcpy(s->text + s->bytes, data, len);
		s->text[s->bytes + len] = '\0';
	}
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

struct bench {
	poort_case **cases;
	int n;
	int64_t events;
	struct store store;
	struct event *ev;
	size_t n_ev;
	struct sink library, streaming;
	const char *expected; /* the library's VEVENTs, while checking the whole tree */
	size_t expected_len;
	int tree_differs;
	long library_growth, tree_growth; /* KiB, the most of any run: from a quarter to the end; the tree */
};

static void run_library(void *ctx, long iterations)
{
	struct bench *b = ctx;
	(void)iterations;
	poort_feed *f = poort_feed_new();
	poort_feed_set_dtstamp(f, DTSTAMP);
	b->library.bytes = 0;
	long quarter = 0;
	poort_feed_begin(f, to_sink, &b->library);
	for (int k = 0; k < b->n; k++) {
		if (poort_feed_add_case(f, b->cases[k]) != POORT_OK)
			fprintf(stderr, "%s\n", poort_feed_errmsg(f)), exit(1);
		if (k == b->n / 4)
			quarter = rss_kib();
	}
	if (poort_feed_end(f) != POORT_OK)
		fprintf(stderr, "%s\n", poort_feed_errmsg(f)), exit(1);
	long growth = rss_kib() - quarter;
	if (growth > b->library_growth)
		b->library_growth = growth;
	b->events = poort_feed_event_count(f);
	poort_feed_free(f);
}

/* The floor: each event built, serialized on its own and freed. */
static void run_streaming(void *ctx, long iterations)
{
	struct bench *b = ctx;
	(void)iterations;
	b->streaming.bytes = floor_write(&b->store, b->ev, b->n_ev);
}

/* The baseline: the same events in one tree, serialized at the end. */
static void run_tree(void *ctx, long iterations)
{
	struct bench *b = ctx;
	(void)iterations;
	long before = rss_kib();
	icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal, icalproperty_new_prodid("-//bench//bench//NL"));
	for (size_t i = 0; i < b->n_ev; i++)
		icalcomponent_add_component(cal, build_event(&b->store, &b->ev[i]));
	char *text = icalcomponent_as_ical_string_r(cal);
	long growth = rss_kib() - before;
	if (growth > b->tree_growth)
		b->tree_growth = growth;
	if (b->expected) {
		const char *first = strstr(text, "BEGIN:VEVENT"), *end = strstr(text, "END:VCALENDAR");
		b->tree_differs = !first || !end || (size_t)(end - first) != b->expected_len ||
				  memcmp(first, b->expected, b->expected_len) != 0;
	}
	icalmemory_free_buffer(text);
	icalcomponent_free(cal);
}

/* The library's feed, untimed, read back into events; each written by the floor must be
 * the library's block byte for byte, and the whole tree the library's events. */
static int load_and_check(struct bench *b)
{
	b->library = (struct sink){.cap = 1 << 20, .text = malloc(1 << 20)};
	run_library(b, 1);
	const char *text = b->library.text, *p = strstr(text, "BEGIN:VEVENT"), *end = strstr(text, "END:VCALENDAR");
	b->ev = calloc((size_t)b->events + 1, sizeof *b->ev);
	for (const char *q = p; q && q < end; b->n_ev++) {
		const char *next = strstr(q + 1, "BEGIN:VEVENT");
		size_t len = (size_t)((next && next < end ? next : end) - q);
		if (b->n_ev == (size_t)b->events || read_event(q, len, &b->store, &b->ev[b->n_ev]) ||
		    !floor_check(&b->store, &b->ev[b->n_ev], q, len))
			return 1;
		q = next;
	}
	b->expected = p;
	b->expected_len = (size_t)(end - p);
	run_tree(b, 1);
	b->expected = NULL;
	free(b->library.text);
	b->library = (struct sink){0};
	if (b->tree_differs || b->n_ev != (size_t)b->events)
		return fprintf(stderr, "the whole tree's events differ from the library's\n"), 1;
	return 0;
}

/* The library and the floor timed in turns, then the whole tree after them. */
static int compare(struct bench *b)
{
	enum { ROUNDS = 5, TREE_ROUNDS = 2 };
	run_library(b, 1); /* memory, while the heap is fresh */
	long growth = b->library_growth;
	if (load_and_check(b) != 0)
		return 1;
	b->library_growth = growth; /* not the check's run, which keeps the feed */
	bench_body *const bodies[] = {run_library, run_streaming, run_tree};
	struct bench_result r[3];
	bench_rounds(ROUNDS, 1, b, 2, bodies, r);
	bench_rounds(TREE_ROUNDS, 1, b, 1, bodies + 2, r + 2);
	double per_s = (double)b->events * 1e9;
	printf("calendar, %lld events of %d cases: library %.0f events/s on one core (median %.0f; goal "
	       ">= 150 000), memory %+ld KiB from a quarter of the events to the end; floor, libical one "
	       "component per event: %.0f events/s (median %.0f); library/floor time %.2f (medians %.2f); "
	       "baseline, libical whole tree: %.0f events/s, memory %+ld KiB (minimum of %d, %d rounds; "
	       "events identical)\n",
	       (long long)b->events, b->n, per_s / r[0].min, per_s / r[0].median, b->library_growth,
	       per_s / r[1].min, per_s / r[1].median, r[0].min / r[1].min, r[0].median / r[1].median,
	       per_s / r[2].min, b->tree_growth, ROUNDS, TREE_ROUNDS);
	return 0;
}

/* For bench_calendar.py: the library's events/s, and its feed in a file. */
static int write_feed(struct bench *b, const char *path)
{
	bench_body *const bodies[] = {run_library};
	struct bench_result r;
	bench_rounds(3, 1, b, 1, bodies, &r);
	b->library.file = fopen(path, "wb");
	if (!b->library.file)
		return perror(path), 1;
	run_library(b, 1);
	fclose(b->library.file);
	printf("%lld events, library %.0f events/s\n", (long long)b->events, (double)b->events / r.min * 1e9);
	return 0;
}

int main(int argc, char **argv)
{
	struct bench b = {.n = argc > 1 ? atoi(argv[1]) : 4000};
	if (b.n < 4)
		return fprintf(stderr, "usage: bench_calendar [CASES] [--write FEED.ics]\n"), 2;
	b.cases = malloc((size_t)b.n * sizeof *b.cases);
	for (int k = 0; k < b.n; k++)
		b.cases[k] = make_case(k);
	int status = argc > 3 && strcmp(argv[2], "--write") == 0 ? write_feed(&b, argv[3]) : compare(&b);
	for (int k = 0; k < b.n; k++)
		poort_case_free(b.cases[k]);
	free(b.store.props);
	free(b.store.texts);
	free(b.ev);
	free(b.cases);
	icalmemory_free_ring();
	return status;
}
