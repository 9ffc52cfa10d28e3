/*
 * Benchmark: calendar events per second and memory, against its floor in the same run.
 *
 * Library: poort_feed_add_case() for 4 000 cases (about 26 events each) streaming into a
 * callback that only counts (the goal: >= 150 000 events/s on one core, memory flat: the
 * resident memory from a quarter of the events to the end).
 * Floor: libical writing one component per event, the way a streaming writer must: the same
 * timeline, the same properties and texts, an icalcomponent built per event, serialized with
 * icalcomponent_as_ical_string_r() and freed. The library does this and more (UIDs claimed
 * once, texts escaped, folding repaired), so it cannot be faster than this.
 * Baseline: libical's whole-tree way, every event added to one VCALENDAR serialized at the
 * end (what most producers do; memory grows with the feed).
 * All three must write byte-identical events (a hash of every VEVENT) before anything is
 * timed; the program never fails on speed.
 *
 * usage: bench_calendar [CASES]             one summary line
 *        bench_calendar CASES --write FEED  the library's events/s only, and its feed in FEED
 *                                           (for bench_calendar.py)
 */
#define _POSIX_C_SOURCE 200809L
#include "bench.h"
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

/* Where the events go: counted, hashed when checking (FNV-1a over every VEVENT), written to
 * a file when one is given. */
struct sink {
	FILE *file;
	size_t bytes;
	int check;
	uint64_t hash;
};

static void hash_bytes(struct sink *s, const char *data, size_t len)
{
	for (size_t i = 0; i < len; i++)
		s->hash = (s->hash ^ (unsigned char)data[i]) * 1099511628211ULL;
}

static int32_t to_sink(void *ctx, const char *data, size_t len)
{
	struct sink *s = ctx;
	s->bytes += len;
	if (s->check && len >= 12 && memcmp(data, "BEGIN:VEVENT", 12) == 0)
		hash_bytes(s, data, len);
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

static struct icaltimetype ical_date(int32_t date)
{
	struct icaltimetype t = icaltime_null_date();
	int32_t y, m, d;
	poort_date_to_ymd(date, &y, &m, &d);
	t.year = y, t.month = m, t.day = d;
	return t;
}

/* "Label: date\n" after the text in buf, when the date is set. */
static void add_dated(char *buf, size_t size, const char *label, int32_t date)
{
	char text[POORT_DATE_BUFSIZE];
	size_t n = strlen(buf);
	if (date != POORT_DATE_NONE && n < size) {
		poort_date_format(date, text, sizeof text);
		snprintf(buf + n, size - n, "%s: %s\n", label, text);
	}
}

/* The description the library writes (in Dutch), from the public accessors. */
static void describe(const poort_case *c, const poort_timeline *t, size_t i, char *buf, size_t size)
{
	static const char *const kind[3] = {"wettelijke termijn", "praktijk (UWV)", "ter informatie"};
	char how[512], due[POORT_DATE_BUFSIZE];
	poort_milestone_explain(t, i, POORT_LANG_NL, how, sizeof how);
	poort_date_format(poort_milestone_due(t, i), due, sizeof due);
	snprintf(buf, size, "Wie: %s\nUiterlijk: %s (laatste dag)\nGrondslag: %s\nBerekening: %s\n%s\n",
		 poort_milestone_who(t, i, POORT_LANG_NL), due, poort_milestone_basis(t, i, POORT_LANG_NL), how,
		 kind[poort_milestone_kind(t, i)]);
	add_dated(buf, size, "Venster vanaf", poort_milestone_window_start(t, i));
	add_dated(buf, size, "Gedaan op", poort_milestone_done(t, i));
	size_t n = strlen(buf);
	if (n < size)
		snprintf(buf + n, size - n, "Zaak: %s\n%s", poort_case_id(c), poort_milestone_juriconnect(t, i));
}

/* Milestone i as a libical VEVENT with the library's properties and texts. */
static icalcomponent *make_event(const poort_case *c, const poort_timeline *t, size_t i)
{
	char uid[300], summary[512], description[2048];
	const char *id = poort_case_id(c), *milestone = poort_milestone_id(t, i);
	int32_t occurrence = poort_milestone_occurrence(t, i), due = poort_milestone_due(t, i);
	if (occurrence)
		snprintf(uid, sizeof uid, "%s.%s.%d@poortwachter.invalid", id, milestone, (int)occurrence);
	else
		snprintf(uid, sizeof uid, "%s.%s@poortwachter.invalid", id, milestone);
	snprintf(summary, sizeof summary, "%s (%s)", poort_milestone_title(t, i, POORT_LANG_NL), id);
	describe(c, t, i, description, sizeof description);
	icalcomponent *e = icalcomponent_new(ICAL_VEVENT_COMPONENT);
	icalcomponent_add_property(e, icalproperty_new_uid(uid));
	icalcomponent_add_property(
		e, icalproperty_new_dtstamp(icaltime_from_timet_with_zone(DTSTAMP, 0, icaltimezone_get_utc_timezone())));
	icalcomponent_add_property(e, icalproperty_new_dtstart(ical_date(due)));
	icalcomponent_add_property(e, icalproperty_new_dtend(ical_date(due + 1)));
	icalcomponent_add_property(e, icalproperty_new_sequence(0));
	icalcomponent_add_property(e, icalproperty_new_summary(summary));
	icalcomponent_add_property(e, icalproperty_new_description(description));
	icalcomponent_add_property(e, icalproperty_new_categories("Poortwachter"));
	icalcomponent_add_property(e, icalproperty_new_class(ICAL_CLASS_PRIVATE));
	icalcomponent_add_property(e, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	return e;
}

struct bench {
	poort_case **cases;
	int n;
	int64_t events;
	struct sink library, streaming, tree;
	long library_growth, tree_growth; /* KiB, the most of any run: from a quarter to the end; the tree */
};

/* Every applicable milestone of every case, as a component handed to take(). */
static void each_event(struct bench *b, void (*take)(void *, icalcomponent *), void *ctx)
{
	for (int k = 0; k < b->n; k++) {
		poort_timeline *t = NULL;
		poort_timeline_compute(b->cases[k], (int32_t)(DTSTAMP / 86400), 0, &t);
		for (size_t i = 0; i < poort_timeline_count(t); i++)
			if (poort_milestone_status(t, i) != POORT_STATUS_NOT_APPLICABLE)
				take(ctx, make_event(b->cases[k], t, i));
		poort_timeline_free(t);
	}
}

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
	poort_feed_end(f);
	long growth = rss_kib() - quarter;
	if (growth > b->library_growth)
		b->library_growth = growth;
	b->events = poort_feed_event_count(f);
	poort_feed_free(f);
}

/* The floor: serialize each event on its own and free it. */
static void stream_one(void *ctx, icalcomponent *e)
{
	char *text = icalcomponent_as_ical_string_r(e);
	icalcomponent_free(e);
	to_sink(ctx, text, strlen(text));
	icalmemory_free_buffer(text);
}

static void run_streaming(void *ctx, long iterations)
{
	struct bench *b = ctx;
	(void)iterations;
	b->streaming.bytes = 0;
	each_event(b, stream_one, &b->streaming);
}

static void add_to_tree(void *cal, icalcomponent *e)
{
	icalcomponent_add_component(cal, e);
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
	each_event(b, add_to_tree, cal);
	char *text = icalcomponent_as_ical_string_r(cal);
	long growth = rss_kib() - before;
	if (growth > b->tree_growth)
		b->tree_growth = growth;
	char *first = strstr(text, "BEGIN:VEVENT"), *end = strstr(text, "END:VCALENDAR");
	b->tree.bytes = first && end ? (size_t)(end - first) : 0;
	if (b->tree.check && first && end)
		hash_bytes(&b->tree, first, (size_t)(end - first));
	icalmemory_free_buffer(text);
	icalcomponent_free(cal);
}

/* One untimed run, hashing every VEVENT it writes into s. */
static uint64_t hashed(struct bench *b, bench_body *run, struct sink *s)
{
	*s = (struct sink){NULL, 0, 1, 14695981039346656037ULL};
	run(b, 1);
	s->check = 0;
	return s->hash;
}

static int differ(const char *what, const struct sink *s, const struct sink *library)
{
	fprintf(stderr, "the events differ: library %zu bytes, %s %zu bytes\n", library->bytes, what, s->bytes);
	return 1;
}

/*
 * The library and the floor, checked and timed in turns; then the whole tree, after them, so
 * that its 400 MiB heap does not weigh on their rounds.
 */
static int compare(struct bench *b)
{
	enum { ROUNDS = 5, TREE_ROUNDS = 2 };
	uint64_t library = hashed(b, run_library, &b->library);
	if (hashed(b, run_streaming, &b->streaming) != library)
		return differ("libical one component per event", &b->streaming, &b->library);
	bench_body *const bodies[] = {run_library, run_streaming, run_tree};
	struct bench_result r[3];
	bench_rounds(ROUNDS, 1, b, 2, bodies, r);
	if (hashed(b, run_tree, &b->tree) != library)
		return differ("libical whole tree", &b->tree, &b->library);
	bench_rounds(TREE_ROUNDS, 1, b, 1, bodies + 2, r + 2);
	double per_s = (double)b->events * 1e9;
	printf("calendar, %lld events of %d cases: library %.0f events/s on one core (goal >= 150 000), "
	       "memory %+ld KiB from a quarter of the events to the end; floor, libical one component "
	       "per event: %.0f events/s; library/floor time %.2f; baseline, libical whole tree: %.0f "
	       "events/s, memory %+ld KiB (minimum of %d, %d rounds; events identical)\n",
	       (long long)b->events, b->n, per_s / r[0].min, b->library_growth, per_s / r[1].min,
	       r[0].min / r[1].min, per_s / r[2].min, b->tree_growth, ROUNDS, TREE_ROUNDS);
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
	free(b.cases);
	icalmemory_free_ring();
	return status;
}
