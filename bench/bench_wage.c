/*
 * Benchmark: one pay month of wage continuation, against its floor in the same run.
 *
 * Library: poort_wage_compute() for March 2025 of the spec's check case (sick from
 * 1 January 2025, EUR 2 300 a month, 32 hours a week, adult; the goal: <= 100 ns), its
 * total, poort_wage_free().
 * Floor: the bare per-day loop a payroll tool writes by hand: for each day of the month,
 * 70% of the daily wage, at least the daily minimum wage (hourly minimum x hours x 13/3 /
 * days in the month) in year 1, in doubles, summed and rounded to cents at the end. No
 * segments, explanations, caps, CAO or tables. Both must give the same cents for March 2025
 * (year 1: the minimum wage applies) and March 2026 (year 2: 70%) before anything is timed,
 * and the library the spec's EUR 1 949,65; it never fails on speed.
 *
 * usage: bench_wage [ITERATIONS]
 */
#define _POSIX_C_SOURCE 200809L
#include "bench.h"
#include "poortwachter.h"

#include <math.h>
#include <stdio.h>

/* What the floor is given: the first sick day, the month, the wage, the hours, the hourly
 * minimum wage of the month (EUR 14,06 from 1 January 2025). */
struct month {
	int32_t first_sick_day, first, last;
	double wage, hours, hourly_min;
};

static int64_t floor_month(const struct month *m)
{
	double total = 0;
	int32_t days = m->last - m->first + 1;
	for (int32_t d = m->first; d <= m->last; d++) {
		int32_t n = d - m->first_sick_day + 1;
		double pay = 0.7 * m->wage / days;
		double minimum = m->hourly_min * m->hours * 13.0 / 3.0 / days;
		if (n >= 1 && n <= 364 && minimum > pay)
			pay = minimum;
		total += pay;
	}
	return llround(total * 100.0);
}

struct bench {
	poort_case *c;
	struct month march;
};

static const struct month *volatile floor_input; /* read each iteration: nothing is hoisted */
static volatile int64_t sink;

static void run_floor(void *ctx, long iterations)
{
	(void)ctx;
	for (long i = 0; i < iterations; i++)
		sink = floor_month(floor_input);
}

static int64_t library_month(poort_case *c, int32_t first, int32_t last)
{
	poort_wage *w = NULL;
	int64_t total = poort_wage_compute(c, NULL, first, last, &w) == POORT_OK ? poort_wage_total(w) : -1;
	poort_wage_free(w);
	return total;
}

static void run_library(void *ctx, long iterations)
{
	const struct bench *b = ctx;
	for (long i = 0; i < iterations; i++)
		sink = library_month(b->c, b->march.first, b->march.last);
}

/* 0 when the library and the floor give the same cents for the month. */
static int agree(const struct bench *b, const char *first, const char *last)
{
	struct month m = b->march;
	poort_date_parse(first, &m.first);
	poort_date_parse(last, &m.last);
	int64_t lib = library_month(b->c, m.first, m.last), bare = floor_month(&m);
	if (lib == bare)
		return 0;
	fprintf(stderr, "%s ... %s: library %lld cents, floor %lld cents\n", first, last, (long long)lib,
		(long long)bare);
	return 1;
}

int main(int argc, char **argv)
{
	long iterations = argc > 1 ? atol(argv[1]) : 5000;
	struct bench b = {poort_case_new(), {0, 0, 0, 2300.0, 32.0, 14.06}};
	poort_date_parse("2025-01-01", &b.march.first_sick_day);
	poort_date_parse("2025-03-01", &b.march.first);
	poort_date_parse("2025-03-31", &b.march.last);
	if (iterations < 1 || !b.c || poort_case_add_period(b.c, b.march.first_sick_day, POORT_DATE_NONE) ||
	    poort_case_set_wage(b.c, 230000, 3200) || poort_case_set_age(b.c, 30)) {
		fprintf(stderr, "setup failed\n");
		return 1;
	}
	if (library_month(b.c, b.march.first, b.march.last) != 194965) {
		fprintf(stderr, "library result is not the spec's EUR 1 949,65\n");
		return 1;
	}
	if (agree(&b, "2025-03-01", "2025-03-31") || agree(&b, "2026-03-01", "2026-03-31"))
		return 1;
	floor_input = &b.march;
	enum { ROUNDS = 63 };
	bench_body *const bodies[] = {run_library, run_floor};
	struct bench_result r[2];
	bench_rounds(ROUNDS, iterations, &b, 2, bodies, r);
	printf("wage, one pay month: library %.0f ns (goal <= 100 ns); floor, a bare per-day loop in "
	       "doubles: %.0f ns; library/floor %.1f (minimum of %d rounds; medians %.0f, %.0f ns; "
	       "amounts identical)\n",
	       r[0].min, r[1].min, r[0].min / r[1].min, ROUNDS, r[0].median, r[1].median);
	poort_case_free(b.c);
	return 0;
}
