/*
 * What the C benchmarks share: a clock, and rounds that time the library and its floor
 * interleaved, so that another process on the machine slows them alike. The clock is the
 * thread's CPU time: on a machine shared by more processes than cores, the time spent
 * waiting for a core is not the code's. The figure reported is the minimum over the rounds
 * (noise only ever adds time), with the median beside it to show the spread.
 */
#ifndef POORT_BENCH_H
#define POORT_BENCH_H

#include <stdlib.h>
#include <time.h>

#define BENCH_ROUNDS_MAX 64

static inline double bench_now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* One timed body: does its work `iterations` times. */
typedef void bench_body(void *ctx, long iterations);

/* Nanoseconds per iteration over the rounds. */
struct bench_result {
	double min, median;
};

static inline int bench_by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/*
 * Run n bodies `rounds` times (at most BENCH_ROUNDS_MAX), one after the other in each round,
 * each for `iterations` iterations; out[i] receives body i's minimum and median. A pause of
 * 10 ms between rounds spreads them over time, so that a burst of another process's work
 * spoils a few rounds, not all.
 */
static inline void bench_rounds(int rounds, long iterations, void *ctx, int n, bench_body *const body[],
				struct bench_result out[])
{
	double t[8][BENCH_ROUNDS_MAX];
	if (rounds > BENCH_ROUNDS_MAX)
		rounds = BENCH_ROUNDS_MAX;
	for (int r = 0; r < rounds; r++) {
		for (int i = 0; i < n && i < 8; i++) {
			double t0 = bench_now_ns();
			body[i](ctx, iterations);
			t[i][r] = (bench_now_ns() - t0) / (double)iterations;
		}
		nanosleep(&(struct timespec){0, 10000000}, NULL);
	}
	for (int i = 0; i < n && i < 8; i++) {
		qsort(t[i], (size_t)rounds, sizeof t[i][0], bench_by_value);
		out[i].min = t[i][0];
		out[i].median = t[i][rounds / 2];
	}
}

#endif
