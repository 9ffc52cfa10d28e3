/*
 * Benchmark: computing a timeline, for a case with one sick period and one with four, against
 * a baseline measured in the same run: the way a spreadsheet does it, walking the calendar
 * day by day, counting sick days and noting the dates of the sick days the milestones need.
 * The baseline computes only the dates (no statuses, kinds, evaluations or texts); the
 * program checks that its dates agree with the library's before it times anything.
 *
 * Run: meson test -C build --benchmark --suite bench   (or build/tests/bench_timeline)
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
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* The spreadsheet way: walk day by day, a sick day counts, a gap under 28 days is skipped. */
static const int32_t wanted[] = {7, 42, 56, 294, 364, 623, 728};
static volatile int32_t sink;
static void naive(const int32_t (*periods)[2], int n, int32_t out[7])
{
	int32_t count = 0;
	size_t w = 0;
	for (int p = 0; p < n && w < 7; p++) {
		int32_t last = periods[p][1] ? periods[p][1] : periods[p][0] + 1000;
		for (int32_t d = periods[p][0]; d <= last && w < 7; d++)
			if (++count == wanted[w])
				out[w++] = d;
	}
	for (int32_t d = out[w - 1]; w < 7; w++) /* past the last period: continue counting */
		out[w] = d += wanted[w] - wanted[w - 1];
	sink = out[6];
}

static double measure(poort_case *c, const int32_t (*periods)[2], int n, long iterations, double *base)
{
	int32_t today;
	poort_date_parse("2026-11-23", &today);
	enum { ROUNDS = 5 };
	double lib[ROUNDS], bas[ROUNDS];
	int32_t dates[7];
	for (int r = 0; r < ROUNDS; r++) {
		double t0 = now_ns();
		for (long i = 0; i < iterations; i++) {
			poort_timeline *t = NULL;
			poort_timeline_compute(c, today, 14, &t);
			sink = poort_milestone_due(t, 0);
			poort_timeline_free(t);
		}
		lib[r] = (now_ns() - t0) / (double)iterations;
		t0 = now_ns();
		for (long i = 0; i < iterations; i++)
			naive(periods, n, dates);
		bas[r] = (now_ns() - t0) / (double)iterations;
	}
	qsort(lib, ROUNDS, sizeof *lib, by_value);
	qsort(bas, ROUNDS, sizeof *bas, by_value);
	*base = bas[ROUNDS / 2];
	return lib[ROUNDS / 2];
}

/* Check the baseline's dates against the library's sick-day milestones. */
static int agree(poort_case *c, const int32_t (*periods)[2], int n)
{
	static const char *const ids[] = {"ZIEKMELDING_ARBODIENST", "PROBLEEMANALYSE", NULL,
					   NULL, "EERSTEJAARSEVALUATIE", "UWV_WIA_BRIEF", "EINDE_WACHTTIJD"};
	int32_t dates[7], today;
	poort_date_parse("2026-11-23", &today);
	naive(periods, n, dates);
	poort_timeline *t = NULL;
	if (poort_timeline_compute(c, today, 14, &t) != POORT_OK)
		return 0;
	int ok = 1;
	for (size_t i = 0; i < poort_timeline_count(t); i++)
		for (int k = 0; k < 7; k++)
			if (ids[k] && strcmp(ids[k], poort_milestone_id(t, i)) == 0)
				ok &= poort_milestone_due(t, i) == dates[k];
	poort_timeline_free(t);
	return ok;
}

int main(int argc, char **argv)
{
	long iterations = argc > 1 ? atol(argv[1]) : 500000;
	int32_t d;
	poort_date_parse("2026-01-01", &d);
	const int32_t one[1][2] = {{d, 0}};
	/* four periods, gaps of 10, 20 and 5 days */
	const int32_t four[4][2] = {{d, d + 30}, {d + 41, d + 90}, {d + 111, d + 200}, {d + 206, 0}};
	poort_case *c1 = poort_case_new(), *c4 = poort_case_new();
	poort_case_add_period(c1, d, POORT_DATE_NONE);
	for (int i = 0; i < 4; i++)
		poort_case_add_period(c4, four[i][0], four[i][1] ? four[i][1] : POORT_DATE_NONE);
	if (!agree(c1, one, 1) || !agree(c4, four, 4)) {
		fprintf(stderr, "the baseline's dates differ from the library's\n");
		return 1;
	}
	double b1, b4;
	double l1 = measure(c1, one, 1, iterations, &b1);
	double l4 = measure(c4, four, 4, iterations, &b4);
	printf("timeline, one sick period: %.0f ns median of 5 rounds (goal <= 200 ns); "
	       "baseline, day-by-day walk: %.0f ns\n", l1, b1);
	printf("timeline, four sick periods: %.0f ns; baseline, day-by-day walk: %.0f ns\n", l4, b4);
	poort_case_free(c1);
	poort_case_free(c4);
	return 0;
}
