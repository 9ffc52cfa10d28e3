/* The statutory tables' layout and lookups, shared by params.c and wage.c. */
#ifndef POORT_PARAMS_H
#define POORT_PARAMS_H

#include "internal.h"

struct poort_hour_row {
	int32_t from;
	int64_t cents; /* adult hourly minimum wage */
	const char *source;
};

struct poort_month_row {
	int32_t from;
	int64_t month[7], week[7], day[7]; /* ages 21+, 20, 19, 18, 17, 16, 15 */
	const char *source;
};

struct poort_wfsv_row {
	int32_t year;
	int64_t cents; /* maximum daily wage */
	const char *source;
};

struct poort_params {
	const struct poort_hour_row *hour;
	size_t n_hour;
	const struct poort_month_row *month;
	size_t n_month;
	const struct poort_wfsv_row *wfsv;
	size_t n_wfsv;
	struct poort_hour_row *hour_buf; /* owned copies of a host's parameter set */
	struct poort_wfsv_row *wfsv_buf;
	char errmsg[POORT_ERRMSG_SIZE];
};

extern const struct poort_params poort_builtin_params;

/* The minimum wage for an age on a date: an hourly amount (from 2024) or a full-time
 * monthly amount (2023); both 0 under age 15. next: the first day a different row applies. */
struct poort_floor {
	int64_t hour_cents, month_cents;
	int32_t from, next;
	int stale;
};
int32_t poort_floor_lookup(const poort_params *p, int32_t date, int32_t age, struct poort_floor *out);
int32_t poort_wfsv_lookup(const poort_params *p, int32_t year, int64_t *cents, int *stale);

#endif
