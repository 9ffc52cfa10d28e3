/* The computed wage continuation's layout, shared by wage.c and json.c. */
#ifndef POORT_WAGE_H
#define POORT_WAGE_H

#include "internal.h"

__extension__ typedef __int128 poort_i128;

/* n / d rounded half away from zero (n >= 0); 64-bit division when the values fit. */
static inline int64_t poort_round_div(poort_i128 n, poort_i128 d)
{
	if (n < ((poort_i128)1 << 61) && d < ((poort_i128)1 << 61)) {
		int64_t n64 = (int64_t)n, d64 = (int64_t)d;
		return (2 * n64 + d64) / (2 * d64);
	}
	return (int64_t)((2 * n + d) / (2 * d));
}

enum poort_ended { ENDED_WAGE_END, ENDED_EMPLOYMENT, ENDED_EARLIER_CASE };

struct poort_wage_segment {
	int32_t first, last, days, dim; /* dim: days in the month */
	int32_t ym;                     /* year * 12 + month */
	int32_t regime, percent, flags;
	int64_t statutory, cao, amount; /* cents for the segment; cao -1: no CAO range */
	/* monthly figures, exact over den (rounded only when explained), and their sources */
	poort_i128 base_n, stat_n, floor_n, cao_n, pay_n, den;
	int64_t wage_m;
	int64_t max_day, min_hour, min_month; /* table values used, 0 when not */
	int32_t pct_stat, pct_cao, hours, worked, work_pay, fulltime;
	int32_t ended, reason_date, table_from; /* ENDED / AFTER_AOW reason; stale from (stale) */
	int32_t aow_weeks;                      /* AFTER_AOW: 6, or 13 for a case begun before 2023-07 */
};

struct poort_wage_month {
	int32_t first, last;
	size_t seg, n_seg;
	int64_t amount, statutory;
	int32_t regime, percent, flags;
};

#define WAGE_INLINE_SEGMENTS 2
#define WAGE_INLINE_MONTHS 2

struct poort_wage {
	int64_t total;
	int32_t flags;
	int32_t stale_from[3];       /* by POORT_TABLE_*: the earliest stale_from used, or NONE */
	int32_t provisional_from[3]; /* by POORT_TABLE_*: the earliest derived row used, or NONE */
	int keep; /* 0: totals only, each segment overwrites the last (poort_wage_totals) */
	size_t n_seg, cap_seg, n_month;
	struct poort_wage_segment *seg;  /* seg_inline until it outgrows it */
	struct poort_wage_month *month;  /* month_inline until it outgrows it */
	struct poort_wage_segment seg_inline[WAGE_INLINE_SEGMENTS];
	struct poort_wage_month month_inline[WAGE_INLINE_MONTHS];
};

/* wage_result.c: an empty result (keep = 0: the total only, each segment overwriting the
 * last), room for one more segment (NULL when out of memory), and the months. */
void poort_wage_init(struct poort_wage *w, int keep);
struct poort_wage_segment *poort_wage_add_segment(struct poort_wage *w);
int32_t poort_wage_group_months(struct poort_wage *w);

#endif
