/* Helpers shared by the edge-case suites (test_edges*.c). */
#ifndef TEST_EDGES_H
#define TEST_EDGES_H

#include "helpers.h"

/* A call that must succeed, and leave no message on the case (header: "" when it succeeded). */
#define ACCEPTS(c, call)                                                 \
	do {                                                             \
		assert_int_equal((call), POORT_OK);                      \
		assert_string_equal(poort_case_errmsg(c), "");           \
	} while (0)

static inline int leap(int32_t y)
{
	/* Gregorian calendar (bull Inter gravissimas, 1582; ISO 8601): every fourth year,
	 * except centuries not divisible by 400 */
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static inline int32_t month_days(int32_t y, int32_t m)
{
	static const int32_t days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && leap(y) ? 29 : days[m - 1];
}

/* Days since 1970-01-01 of any date of the years 1-9999, counted with the rule above: the
 * days of the whole years since 0001-01-01 (a leap day every 4 years but not every 100 but
 * every 400), of the whole months of the year, minus the 719 162 days up to 1970. */
static inline int32_t day_number_of(int32_t y, int32_t m, int32_t d)
{
	int32_t n = 365 * (y - 1) + (y - 1) / 4 - (y - 1) / 100 + (y - 1) / 400 + d - 1;
	for (int32_t k = 1; k < m; k++)
		n += month_days(y, k);
	return n - 719162;
}

static inline int32_t day_number(const char *iso)
{
	int y, m, d;
	assert_int_equal(sscanf(iso, "%d-%d-%d", &y, &m, &d), 3);
	return day_number_of(y, m, d);
}

static inline size_t item_index(const poort_dossier *d, const char *id)
{
	for (size_t i = 0; i < poort_dossier_count(d); i++)
		if (strcmp(poort_dossier_item_id(d, i), id) == 0)
			return i;
	fail_msg("no dossier item %s", id);
	return 0;
}

static inline poort_wage *wage_of(poort_case *c, const char *first, const char *last)
{
	poort_wage *w = NULL;
	int32_t st = poort_wage_compute(c, NULL, D(first), D(last), &w);
	if (st != POORT_OK)
		fail_msg("wage: %s: %s", poort_status_str(st), poort_case_errmsg(c));
	return w;
}

static inline poort_case *employee(const char *period, int64_t wage_cents, int32_t hours)
{
	poort_case *c = case_of((const char *[]){period, NULL});
	assert_int_equal(poort_case_set_wage(c, wage_cents, hours), POORT_OK);
	return c;
}

static inline void assert_segment(const poort_wage *w, size_t i, const char *first, const char *last,
			   int32_t regime, int64_t amount)
{
	assert_date(poort_wage_segment_first(w, i), first);
	assert_date(poort_wage_segment_last(w, i), last);
	assert_int_equal(poort_wage_segment_regime(w, i), regime);
	assert_int_equal(poort_wage_segment_amount(w, i), amount);
}

#endif
