/*
 * Benchmark: one pay month of wage continuation, against a baseline measured in the same
 * run: the per-day loop a payroll tool typically writes by hand (doubles, one day at a
 * time). Both compute the same March 2025 amount for the spec's check value; the program
 * checks that they agree before it times anything.
 *
 * Run: meson test -C build --benchmark --suite bench   (or build/tests/bench_wage)
 */
#define _POSIX_C_SOURCE 200809L
#include "poortwachter.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* The hand-written baseline: day by day, 70% of the daily wage, at least the daily minimum
 * wage in year 1, summed and rounded at the end. */
static volatile double sink;
static int64_t naive_month(int32_t first_sick_day, int32_t first, int32_t last, double wage,
			   double hours, double hourly_min)
{
	double total = 0;
	int32_t days = last - first + 1;
	for (int32_t d = first; d <= last; d++) {
		int32_t n = d - first_sick_day + 1;
		double daily = wage / days;
		double pay = 0.7 * daily;
		double floor = hourly_min * hours * 13.0 / 3.0 / days;
		if (n >= 1 && n <= 364 && floor > pay)
			pay = floor;
		total += pay;
	}
	sink = total;
	return (int64_t)llround(total * 100.0) / 100;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	long iterations = argc > 1 ? atol(argv[1]) : 1000000;
	int32_t d1, first, last;
	poort_date_parse("2025-01-01", &d1);
	poort_date_parse("2025-03-01", &first);
	poort_date_parse("2025-03-31", &last);
	poort_case *c = poort_case_new();
	if (!c || poort_case_add_period(c, d1, POORT_DATE_NONE) || poort_case_set_wage(c, 230000, 3200) ||
	    poort_case_set_age(c, 30)) {
		fprintf(stderr, "setup failed\n");
		return 1;
	}
	poort_wage *w = NULL;
	if (poort_wage_compute(c, NULL, first, last, &w) != POORT_OK || poort_wage_total(w) != 194965) {
		fprintf(stderr, "library result is not the spec's EUR 1 949,65\n");
		return 1;
	}
	poort_wage_free(w);
	if (naive_month(d1, first, last, 2300.0, 32.0, 14.06) != 1949) {
		fprintf(stderr, "baseline result is not EUR 1 949\n");
		return 1;
	}

	/* five rounds, library and baseline interleaved; the medians are reported */
	enum { ROUNDS = 5 };
	double lib[ROUNDS], base[ROUNDS];
	int64_t check = 0;
	for (int r = 0; r < ROUNDS; r++) {
		double t0 = now_ns();
		for (long i = 0; i < iterations; i++) {
			poort_wage_compute(c, NULL, first, last, &w);
			check += poort_wage_total(w);
			poort_wage_free(w);
		}
		lib[r] = (now_ns() - t0) / (double)iterations;
		t0 = now_ns();
		for (long i = 0; i < iterations; i++)
			check += naive_month(d1, first, last, 2300.0, 32.0, 14.06);
		base[r] = (now_ns() - t0) / (double)iterations;
	}
	qsort(lib, ROUNDS, sizeof *lib, by_value);
	qsort(base, ROUNDS, sizeof *base, by_value);
	printf("wage, one pay month: %.0f ns median of %d rounds (%.0f-%.0f; goal <= 100 ns)\n",
	       lib[ROUNDS / 2], ROUNDS, lib[0], lib[ROUNDS - 1]);
	printf("baseline, hand-written per-day loop with doubles: %.0f ns median\n", base[ROUNDS / 2]);
	printf("ratio library / baseline: %.2f  (checksum %lld)\n", lib[ROUNDS / 2] / base[ROUNDS / 2],
	       (long long)check);
	poort_case_free(c);
	return 0;
}
