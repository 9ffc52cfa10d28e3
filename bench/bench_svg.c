/*
 * Benchmark: drawing a case's timeline as SVG against computing its timeline and writing
 * its JSON, in the same run. The goal: drawing costs no more than the two together. Cases:
 * the command-line tool's built-in example (two periods, four steps recorded) and a busy
 * case (three periods with WAZO leave, an extension and a loonsanctie: more milestones and
 * bands). Rounds alternate the two measurements; the fastest of 15 rounds is the cost (the
 * least disturbed by other work on the machine), with the median beside it.
 *
 * Run: meson test -C build --benchmark --suite bench   (or build/bench/bench_svg [ITERATIONS])
 */
#define _POSIX_C_SOURCE 200809L
#include "poortwachter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); /* CPU time: waiting for a core is not the code's */
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static int32_t day(const char *text)
{
	int32_t d = POORT_DATE_NONE;
	poort_date_parse(text, &d);
	return d;
}

static volatile size_t sink;

/* Compute the timeline and write its JSON: the floor the drawing is measured against. */
static double timeline_and_json(poort_case *c, int32_t today, long iterations)
{
	double t0 = now_ns();
	for (long i = 0; i < iterations; i++) {
		poort_timeline *t = NULL;
		char *json = NULL;
		size_t len = 0;
		poort_timeline_compute(c, today, 14, &t);
		poort_timeline_json(t, POORT_LANG_NL, &json, &len);
		sink = len;
		poort_free(json);
		poort_timeline_free(t);
	}
	return (now_ns() - t0) / (double)iterations;
}

/* Draw an already computed timeline. */
static double drawing(const poort_timeline *t, long iterations)
{
	double t0 = now_ns();
	for (long i = 0; i < iterations; i++) {
		char *svg = NULL;
		size_t len = 0;
		poort_timeline_svg(t, POORT_LANG_NL, &svg, &len);
		sink = len;
		poort_free(svg);
	}
	return (now_ns() - t0) / (double)iterations;
}

static int run(const char *name, poort_case *c, const char *today, long iterations)
{
	enum { ROUNDS = 15 };
	double floor_ns[ROUNDS], draw_ns[ROUNDS];
	poort_timeline *t = NULL;
	char *svg = NULL;
	size_t len = 0;
	if (poort_timeline_compute(c, day(today), 14, &t) != POORT_OK ||
	    poort_timeline_svg(t, POORT_LANG_NL, &svg, &len) != POORT_OK ||
	    strncmp(svg, "<svg ", 5) != 0 || strcmp(svg + len - 7, "</svg>\n") != 0) {
		fprintf(stderr, "%s: the drawing could not be made\n", name);
		return 1;
	}
	for (int r = 0; r < ROUNDS; r++) {
		floor_ns[r] = timeline_and_json(c, day(today), iterations);
		draw_ns[r] = drawing(t, iterations);
	}
	qsort(floor_ns, ROUNDS, sizeof *floor_ns, by_value);
	qsort(draw_ns, ROUNDS, sizeof *draw_ns, by_value);
	double f = floor_ns[0], d = draw_ns[0];
	printf("svg, %s (%zu milestones, %zu bytes): drawing %.0f ns (median %.0f); timeline + JSON "
	       "%.0f ns (median %.0f); ratio %.2f (goal <= 1)\n", name, poort_timeline_count(t), len,
	       d, draw_ns[ROUNDS / 2], f, floor_ns[ROUNDS / 2], d / f);
	poort_free(svg);
	poort_timeline_free(t);
	return 0;
}

int main(int argc, char **argv)
{
	long iterations = argc > 1 ? atol(argv[1]) : 1000;
	poort_case *example = poort_case_new(), *busy = poort_case_new();
	poort_case_add_period(example, day("2026-01-01"), day("2026-03-15"));
	poort_case_add_period(example, day("2026-04-06"), POORT_DATE_NONE);
	poort_case_record_done(example, "ZIEKMELDING_ARBODIENST", day("2026-01-05"));
	poort_case_record_done(example, "PROBLEEMANALYSE", day("2026-02-05"));
	poort_case_record_done(example, "PLAN_VAN_AANPAK", day("2026-02-18"));
	poort_case_record_done(example, "EVALUATIE", day("2026-04-01"));
	poort_case_set_id(example, "example-0001");
	poort_case_add_period(busy, day("2024-03-04"), day("2024-05-31"));
	poort_case_add_leave(busy, day("2024-06-01"), day("2024-09-20"), 0);
	poort_case_add_period(busy, day("2024-09-21"), day("2024-10-31"));
	poort_case_add_period(busy, day("2024-11-15"), POORT_DATE_NONE);
	poort_case_set_extension(busy, day("2026-12-31"));
	poort_case_set_loonsanctie(busy, day("2026-03-02"), 26, POORT_DATE_NONE);
	poort_case_set_id(busy, "case-busy.2");
	int rc = run("built-in example", example, "2026-11-23", iterations);
	rc |= run("busy case", busy, "2026-05-01", iterations);
	poort_case_free(example);
	poort_case_free(busy);
	return rc;
}
