/*
 * Statutory amounts as dated tables (spec section 4.1). Each row is in force from its
 * date until the next row. A host extends its own poort_params object with rows published
 * after this release; the built-in tables are constant and shared.
 *
 * Row dates are days since 1970-01-01; the ISO date stands beside each.
 */
#include "law.h"
#include "params.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Adult (21 years and older) hourly minimum wage, Wet minimumloon en minimumvakantiebijslag
 * art. 8 and 14, as published by the Minister of SZW (rijksoverheid.nl). */
static const struct poort_hour_row builtin_hour[] = {
	{19723, 1327, "WML per 1 januari 2024"}, /* 2024-01-01 */
	{19905, 1368, "WML per 1 juli 2024"},    /* 2024-07-01 */
	{20089, 1406, "WML per 1 januari 2025"}, /* 2025-01-01 */
	{20270, 1440, "WML per 1 juli 2025"},    /* 2025-07-01 */
	{20454, 1471, "WML per 1 januari 2026"}, /* 2026-01-01 */
};

/* Monthly, weekly and daily minimum wages of 2023 for a full-time job, by age: 21 and
 * older, 20, 19, 18, 17, 16, 15. The youth amounts are the published ones, which are
 * rounded to 5 cents (Besluit van 3 oktober 2022, Stb. 2022, 381; and per 1 juli 2023). */
static const struct poort_month_row builtin_month[] = {
	{19358, /* 2023-01-01 */
	 {193440, 154750, 116065, 96720, 76410, 66735, 58030},
	 {44640, 35710, 26785, 22320, 17635, 15400, 13390},
	 {8928, 7142, 5357, 4464, 3527, 3080, 2678},
	 "WML per 1 januari 2023 (Stb. 2022, 381)"},
	{19539, /* 2023-07-01 */
	 {199500, 159600, 119700, 99750, 78805, 68830, 59850},
	 {46040, 36830, 27625, 23020, 18185, 15885, 13810},
	 {9208, 7366, 5525, 4604, 3637, 3177, 2762},
	 "WML per 1 juli 2023"},
};

/* Wfsv maximum daily wage (maximumdagloon, art. 17 lid 1 Wfsv), the BW 7:629 cap; fixed per
 * calendar year. Not the UWV benefit maximum, which can change on 1 July. */
static const struct poort_wfsv_row builtin_wfsv[] = {
	{2023, 25654, "Wfsv art. 17 lid 1, 2023"},
	{2024, 27444, "Wfsv art. 17 lid 1, 2024 (EUR 71 628 a year)"},
	{2025, 29067, "Wfsv art. 17 lid 1, 2025 (EUR 75 864 a year)"},
	{2026, 30425, "Wfsv art. 17 lid 1, 2026 (EUR 79 409 a year)"},
};

/* WML youth percentages (basis points) by age 15 ... 20; 21 and older 10000. */
static const int16_t youth_bp[6] = {3000, 3450, 3950, 5000, 6000, 8000};

#define N(a) (sizeof a / sizeof *a)

const struct poort_params poort_builtin_params = {
	.hour = builtin_hour,
	.n_hour = N(builtin_hour),
	.month = builtin_month,
	.n_month = N(builtin_month),
	.wfsv = builtin_wfsv,
	.n_wfsv = N(builtin_wfsv),
};

poort_params *poort_params_new(void)
{
	poort_params *p = calloc(1, sizeof *p);
	struct poort_hour_row *h = malloc(sizeof builtin_hour);
	struct poort_wfsv_row *w = malloc(sizeof builtin_wfsv);
	if (!p || !h || !w) {
		free(p);
		free(h);
		free(w);
		return NULL;
	}
	*p = poort_builtin_params;
	memcpy(h, builtin_hour, sizeof builtin_hour);
	memcpy(w, builtin_wfsv, sizeof builtin_wfsv);
	p->hour = p->hour_buf = h;
	p->wfsv = p->wfsv_buf = w;
	return p;
}

void poort_params_free(poort_params *p)
{
	if (!p)
		return;
	free(p->hour_buf);
	free(p->wfsv_buf);
	free(p);
}

const char *poort_params_errmsg(const poort_params *p)
{
	return p ? p->errmsg : "";
}

#define MAX_ROWS 1000

int32_t poort_params_add_min_wage_hour(poort_params *p, int32_t from, int64_t cents)
{
	if (!p)
		return POORT_ERR_NULL;
	p->errmsg[0] = '\0';
	if (!poort_date_in_range(from))
		return poort_fail(p, POORT_ERR_DATE_RANGE, "minimum wage row: date outside 1900-2199");
	if (from < builtin_hour[0].from)
		return poort_fail(p, POORT_ERR_ARGUMENT,
				  "minimum wage row: the hourly minimum wage exists from 2024-01-01");
	if (cents < 1 || cents > 100000)
		return poort_fail(p, POORT_ERR_ARGUMENT,
				  "minimum wage row: %lld cents an hour is not 1 ... 100000", (long long)cents);
	size_t at = 0;
	while (at < p->n_hour && p->hour[at].from < from)
		at++;
	if (at < p->n_hour && p->hour[at].from == from) {
		char d[POORT_DATE_BUFSIZE];
		poort_fmt_date(from, d);
		return poort_fail(p, POORT_ERR_DUPLICATE, "minimum wage row from %s exists already", d);
	}
	if (p->n_hour >= MAX_ROWS)
		return poort_fail(p, POORT_ERR_LIMIT, "at most %d rows", MAX_ROWS);
	struct poort_hour_row *grown = poort_array_insert(p->hour_buf, p->n_hour, sizeof *grown, at);
	if (!grown)
		return poort_fail(p, POORT_ERR_NOMEM, "out of memory");
	grown[at] = (struct poort_hour_row){from, cents, "added by the host"};
	p->hour = p->hour_buf = grown;
	p->n_hour++;
	return POORT_OK;
}

int32_t poort_params_add_wfsv_max_day(poort_params *p, int32_t year, int64_t cents)
{
	if (!p)
		return POORT_ERR_NULL;
	p->errmsg[0] = '\0';
	if (year < POORT_DATE_MIN_YEAR || year > POORT_DATE_MAX_YEAR)
		return poort_fail(p, POORT_ERR_ARGUMENT, "Wfsv row: year %ld outside 1900-2199", (long)year);
	if (cents < 1 || cents > 10000000)
		return poort_fail(p, POORT_ERR_ARGUMENT, "Wfsv row: %lld cents a day is not 1 ... 10000000",
				  (long long)cents);
	size_t at = 0;
	while (at < p->n_wfsv && p->wfsv[at].year < year)
		at++;
	if (at < p->n_wfsv && p->wfsv[at].year == year)
		return poort_fail(p, POORT_ERR_DUPLICATE, "Wfsv row for %ld exists already", (long)year);
	if (p->n_wfsv >= MAX_ROWS)
		return poort_fail(p, POORT_ERR_LIMIT, "at most %d rows", MAX_ROWS);
	struct poort_wfsv_row *grown = poort_array_insert(p->wfsv_buf, p->n_wfsv, sizeof *grown, at);
	if (!grown)
		return poort_fail(p, POORT_ERR_NOMEM, "out of memory");
	grown[at] = (struct poort_wfsv_row){year, cents, "added by the host"};
	p->wfsv = p->wfsv_buf = grown;
	p->n_wfsv++;
	return POORT_OK;
}

/* The first day of the half year after `from`: minimum wages change on 1 January and 1 July. */
static int32_t next_half_year(int32_t from)
{
	int32_t y, m, d;
	poort_civil_from_days(from, &y, &m, &d);
	return m < 7 ? poort_days_from_civil(y, 7, 1) : poort_days_from_civil(y + 1, 1, 1);
}

int32_t poort_floor_lookup(const poort_params *p, int32_t date, int32_t age, struct poort_floor *out)
{
	memset(out, 0, sizeof *out);
	out->next = INT32_MAX;
	if (age < LAW_WML_MIN_AGE) /* the WML does not cover employees under 15 */
		return POORT_OK;
	int idx = age >= LAW_WML_ADULT_AGE ? 0 : LAW_WML_ADULT_AGE - age; /* 0: adult, 1: 20, ... 6: 15 */
	if (p->n_hour && date >= p->hour[0].from) {
		size_t i = p->n_hour;
		while (i > 1 && p->hour[i - 1].from > date)
			i--;
		const struct poort_hour_row *r = &p->hour[i - 1];
		int64_t bp = idx == 0 ? 10000 : youth_bp[6 - idx];
		out->hour_cents = (r->cents * bp + 5000) / 10000;
		out->from = r->from;
		out->next = i < p->n_hour ? p->hour[i].from : INT32_MAX;
		out->stale = i == p->n_hour && date >= next_half_year(r->from);
		if (i == p->n_hour && !out->stale)
			out->next = next_half_year(r->from);
		return POORT_OK;
	}
	size_t i = p->n_month;
	while (i > 0 && p->month[i - 1].from > date)
		i--;
	if (i == 0)
		return POORT_ERR_TABLE_RANGE;
	out->month_cents = p->month[i - 1].month[idx];
	out->from = p->month[i - 1].from;
	out->next = i < p->n_month ? p->month[i].from : (p->n_hour ? p->hour[0].from : INT32_MAX);
	return POORT_OK;
}

int32_t poort_wfsv_lookup(const poort_params *p, int32_t year, int64_t *cents, int *stale)
{
	size_t i = p->n_wfsv;
	while (i > 0 && p->wfsv[i - 1].year > year)
		i--;
	if (i == 0)
		return POORT_ERR_TABLE_RANGE;
	*cents = p->wfsv[i - 1].cents;
	*stale = i == p->n_wfsv && year > p->wfsv[i - 1].year;
	return POORT_OK;
}

int64_t poort_params_min_wage_hour(const poort_params *p, int32_t date, int32_t age)
{
	if (!p)
		p = &poort_builtin_params;
	if (age < 0 || age > 120)
		return POORT_ERR_AGE;
	if (!p->n_hour || date < p->hour[0].from)
		return POORT_ERR_TABLE_RANGE;
	struct poort_floor f;
	poort_floor_lookup(p, date, age, &f);
	return f.hour_cents;
}

int64_t poort_params_wfsv_max_day(const poort_params *p, int32_t date)
{
	if (!p)
		p = &poort_builtin_params;
	int32_t y, m, d;
	poort_civil_from_days(date, &y, &m, &d);
	int64_t cents;
	int stale;
	int32_t st = poort_wfsv_lookup(p, y, &cents, &stale);
	return st == POORT_OK ? cents : st;
}
