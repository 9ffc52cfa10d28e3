/*
 * Benchmark: the timeline of a case, against its floor in the same run.
 *
 * Library: poort_timeline_compute() and poort_timeline_free() (the goal: <= 200 ns for one
 * sick period), and the same with the 12 dated milestones read back as year, month and day
 * (poort_milestone_due, poort_date_to_ymd): the answer a caller shows.
 * Floor: the bare date arithmetic of those 12 dates: the first day of each period from its
 * year, month and day (days-from-civil), sick day N found by subtracting period lengths,
 * the offsets of rules.md section 3, and each date back to year, month and day
 * (civil-from-days). No statuses, texts, evaluations or validation: the physical floor of
 * the same 12 answers. The program stops with an error when the library's 12 dates differ
 * from the floor's; it never fails on speed.
 *
 * usage: bench_timeline PERIODS [ITERATIONS]   PERIODS: 1 (one sick period) or 4 (a relapse:
 * four periods with gaps of 10, 20 and 5 days, merged into one case)
 */
#define _POSIX_C_SOURCE 200809L
#include "bench.h"
#include "poortwachter.h"

#include <stdio.h>
#include <string.h>

/* The 12 dated milestones: sick day N plus a number of calendar days (rules.md section 3;
 * E is the day after sick day 728). */
static const struct {
	const char *id;
	int32_t sick_day, plus;
} twelve[12] = {
	{"ZIEKMELDING_ARBODIENST", 7, 0},  {"PROBLEEMANALYSE", 42, 0},	  {"PLAN_VAN_AANPAK", 56, 0},
	{"MELDING_UWV_42", 294, 1},	   {"EERSTEJAARSEVALUATIE", 364, 0}, {"SPOOR2_BESLUIT", 364, 0},
	{"UWV_WIA_BRIEF", 623, 0},	   {"ACTUEEL_OORDEEL", 728, 1 - 92}, {"EINDEVALUATIE", 728, 1 - 92},
	{"REINTEGRATIEVERSLAG", 728, 1 - 92}, {"WIA_AANVRAAG", 728, 1 - 78},	  {"EINDE_WACHTTIJD", 728, 0},
};

struct civil {
	int32_t y, m, d;
};

/* A period as a caller holds it: first and last sick day as dates; open: no last day. */
struct period {
	struct civil first, last;
	int open;
};

/*
 * days-from-civil and civil-from-days (proleptic Gregorian, day 0 = 1970-01-01), the
 * fastest known forms: C. Neri and L. Schneider, "Euclidean affine functions and their
 * application to calendar algorithms", Software: Practice and Experience 53 (2023), with
 * their shift of 82 eras so that unsigned arithmetic covers the years -32 800 ... 32 767.
 */
enum { ERAS = 82, SHIFT_DAYS = 719468 + 146097 * ERAS, SHIFT_YEARS = 400 * ERAS };

static int32_t days_from_civil(struct civil c)
{
	uint32_t jan_feb = c.m <= 2;
	uint32_t y = (uint32_t)c.y + SHIFT_YEARS - jan_feb;
	uint32_t m = (uint32_t)c.m + (jan_feb ? 12 : 0);
	uint32_t century = y / 100;
	uint32_t days = 1461 * y / 4 - century + century / 4 + (979 * m - 2919) / 32 + (uint32_t)c.d - 1;
	return (int32_t)(days - SHIFT_DAYS);
}

static struct civil civil_from_days(int32_t z)
{
	uint32_t n1 = 4 * ((uint32_t)z + SHIFT_DAYS) + 3;
	uint32_t century = n1 / 146097, n2 = n1 % 146097 / 4 * 4 + 3;
	uint64_t p2 = (uint64_t)2939745 * n2;
	uint32_t year = 100 * century + (uint32_t)(p2 >> 32), day_of_year = (uint32_t)p2 / 2939745 / 4;
	uint32_t n3 = 2141 * day_of_year + 197913, jan_feb = day_of_year >= 306;
	struct civil c = {(int32_t)(year - SHIFT_YEARS + jan_feb), (int32_t)((n3 >> 16) - (jan_feb ? 12 : 0)),
			  (int32_t)((n3 & 0xffff) / 2141 + 1)};
	return c;
}

/* The floor: the 12 dates of the case the periods form (gaps under 28 days, so one case). */
static void floor_dates(const struct period *p, int n, struct civil out[12])
{
	int32_t first[4], len[4];
	for (int i = 0; i < n; i++) {
		first[i] = days_from_civil(p[i].first);
		len[i] = p[i].open ? INT32_MAX : days_from_civil(p[i].last) - first[i] + 1;
	}
	for (int k = 0; k < 12; k++) {
		int32_t left = twelve[k].sick_day;
		int i = 0;
		while (left > len[i])
			left -= len[i++];
		out[k] = civil_from_days(first[i] + left - 1 + twelve[k].plus);
	}
}

struct bench {
	poort_case *c;
	int32_t today;
	size_t index[12]; /* where each of the 12 stands in the library's timeline */
	const struct period *periods;
	int n;
};

static const struct period *volatile floor_input; /* read each iteration: nothing is hoisted */
static volatile int32_t sink;

static void run_floor(void *ctx, long iterations)
{
	const struct bench *b = ctx;
	struct civil out[12];
	for (long i = 0; i < iterations; i++) {
		floor_dates(floor_input, b->n, out);
		sink = out[0].d + out[11].d;
	}
}

static void run_compute(void *ctx, long iterations)
{
	const struct bench *b = ctx;
	for (long i = 0; i < iterations; i++) {
		poort_timeline *t = NULL;
		poort_timeline_compute(b->c, b->today, 14, &t);
		sink = poort_milestone_due(t, 0);
		poort_timeline_free(t);
	}
}

/* The library's 12 dates as year, month and day. */
static int32_t library_dates(const struct bench *b, struct civil out[12])
{
	poort_timeline *t = NULL;
	int32_t st = poort_timeline_compute(b->c, b->today, 14, &t);
	for (int k = 0; k < 12 && st == POORT_OK; k++)
		st = poort_date_to_ymd(poort_milestone_due(t, b->index[k]), &out[k].y, &out[k].m, &out[k].d);
	poort_timeline_free(t);
	return st;
}

static void run_dates(void *ctx, long iterations)
{
	struct civil out[12];
	for (long i = 0; i < iterations; i++) {
		library_dates(ctx, out);
		sink = out[0].d + out[11].d;
	}
}

/* Build the case and find the 12 in its timeline; 0 when the library's dates are the floor's. */
static int setup(struct bench *b)
{
	b->c = poort_case_new();
	poort_date_parse("2026-11-23", &b->today);
	for (int i = 0; i < b->n; i++) {
		const struct period *p = &b->periods[i];
		int32_t first, last = POORT_DATE_NONE;
		poort_date_from_ymd(p->first.y, p->first.m, p->first.d, &first);
		if (!p->open)
			poort_date_from_ymd(p->last.y, p->last.m, p->last.d, &last);
		if (poort_case_add_period(b->c, first, last) != POORT_OK)
			return fprintf(stderr, "setup failed\n"), 1;
	}
	poort_timeline *t = NULL;
	if (poort_timeline_compute(b->c, b->today, 14, &t) != POORT_OK)
		return fprintf(stderr, "%s\n", poort_case_errmsg(b->c)), 1;
	for (int k = 0; k < 12; k++) {
		b->index[k] = SIZE_MAX;
		for (size_t i = 0; i < poort_timeline_count(t); i++)
			if (strcmp(poort_milestone_id(t, i), twelve[k].id) == 0)
				b->index[k] = i;
	}
	poort_timeline_free(t);
	struct civil lib[12], bare[12];
	floor_dates(b->periods, b->n, bare);
	if (library_dates(b, lib) != POORT_OK)
		return fprintf(stderr, "a milestone is missing from the timeline\n"), 1;
	for (int k = 0; k < 12; k++)
		if (memcmp(&lib[k], &bare[k], sizeof lib[k]) != 0)
			return fprintf(stderr, "%s: library %04d-%02d-%02d, floor %04d-%02d-%02d\n", twelve[k].id,
				       (int)lib[k].y, (int)lib[k].m, (int)lib[k].d, (int)bare[k].y, (int)bare[k].m,
				       (int)bare[k].d),
			       1;
	return 0;
}

int main(int argc, char **argv)
{
	static const struct period one[1] = {{{2026, 1, 1}, {0, 0, 0}, 1}};
	/* four periods, gaps of 10, 20 and 5 days: one case */
	static const struct period four[4] = {{{2026, 1, 1}, {2026, 1, 31}, 0},
					      {{2026, 2, 11}, {2026, 4, 1}, 0},
					      {{2026, 4, 22}, {2026, 7, 20}, 0},
					      {{2026, 7, 26}, {0, 0, 0}, 1}};
	int n = argc > 1 ? atoi(argv[1]) : 1;
	long iterations = argc > 2 ? atol(argv[2]) : 5000;
	if ((n != 1 && n != 4) || iterations < 1)
		return fprintf(stderr, "usage: bench_timeline 1|4 [ITERATIONS]\n"), 2;
	struct bench b = {.periods = n == 1 ? one : four, .n = n};
	floor_input = b.periods;
	if (setup(&b) != 0)
		return 1;
	enum { ROUNDS = 63 };
	bench_body *const bodies[] = {run_compute, run_dates, run_floor};
	struct bench_result r[3];
	bench_rounds(ROUNDS, iterations, &b, 3, bodies, r);
	printf("timeline, %s: library %.0f ns (goal <= 200 ns), %.0f ns with its 12 dates as "
	       "year-month-day; floor, the 12 dates by bare date arithmetic: %.1f ns; library/floor %.1f "
	       "(minimum of %d rounds; medians %.0f, %.0f, %.1f ns; dates identical)\n",
	       n == 1 ? "one sick period" : "four sick periods (a relapse, merged)", r[0].min, r[1].min, r[2].min,
	       r[1].min / r[2].min, ROUNDS, r[0].median, r[1].median, r[2].median);
	poort_case_free(b.c);
	return 0;
}
