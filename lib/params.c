/*
 * Statutory amounts as dated tables (spec section 4.1). Each row is in force from its
 * date until the next row of its table and key. The built-in rows are generated at build
 * time from lib/statutory.txt (each with its source there) and shared; a host extends its
 * own poort_params object with rows published after this release, one at a time or from
 * text in the same format (params_load.c).
 */
#include "law.h"
#include "params.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "statutory_rows.h"

#define N(a) (sizeof a / sizeof *a)
#define MAX_ROWS 1000
#define WML_HOUR_FROM 19723 /* 2024-01-01: one hourly minimum wage since (WML art. 8) */

const struct poort_params poort_builtin_params = {
	.rows = builtin_rows,
	.n_rows = N(builtin_rows),
};

poort_params *poort_params_new_empty(void)
{
	return calloc(1, sizeof(poort_params));
}

poort_params *poort_params_new(void)
{
	poort_params *p = poort_params_new_empty();
	struct poort_table_row *rows = malloc(sizeof builtin_rows);
	if (!p || !rows) {
		free(p);
		free(rows);
		return NULL;
	}
	memcpy(rows, builtin_rows, sizeof builtin_rows);
	p->rows = p->buf = rows;
	p->n_rows = N(builtin_rows);
	return p;
}

void poort_params_free(poort_params *p)
{
	if (!p)
		return;
	free(p->buf);
	free(p);
}

const char *poort_params_errmsg(const poort_params *p)
{
	return p ? p->errmsg : "";
}

/* Order of the rows: table, key, date. */
static int row_cmp(int32_t table, int32_t key, int32_t from, const struct poort_table_row *r)
{
	if (table != r->table)
		return table < r->table ? -1 : 1;
	if (key != r->key)
		return key < r->key ? -1 : 1;
	return from < r->from ? -1 : from > r->from;
}

/* The number of rows that sort at or before (table, key, from). */
static size_t rows_upto(const poort_params *p, int32_t table, int32_t key, int32_t from)
{
	size_t lo = 0, hi = p->n_rows;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (row_cmp(table, key, from, &p->rows[mid]) >= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const struct poort_table_row *poort_row_at(const poort_params *p, int32_t table, int32_t key, int32_t date,
				     int32_t *next)
{
	size_t i = rows_upto(p, table, key, date);
	*next = INT32_MAX;
	if (i < p->n_rows && p->rows[i].table == table && p->rows[i].key == key)
		*next = p->rows[i].from;
	if (i == 0 || p->rows[i - 1].table != table || p->rows[i - 1].key != key)
		return NULL;
	return &p->rows[i - 1];
}

/* The first day of the half year after `from`: minimum wages change on 1 January and 1 July. */
static int32_t next_half_year(int32_t from)
{
	int32_t y, m, d;
	poort_civil_from_days(from, &y, &m, &d);
	return m < 7 ? poort_days_from_civil(y, 7, 1) : poort_days_from_civil(y + 1, 1, 1);
}

int32_t poort_table_stale_from(const poort_params *p, int32_t table)
{
	int32_t newest = INT32_MIN;
	for (size_t i = rows_upto(p, table, INT32_MIN, INT32_MIN); i < p->n_rows && p->rows[i].table == table; i++)
		if (p->rows[i].from > newest)
			newest = p->rows[i].from;
	return newest == INT32_MIN ? INT32_MIN : next_half_year(newest);
}

int32_t poort_params_put(poort_params *p, const struct poort_table_row *r, const char *what)
{
	size_t at = rows_upto(p, r->table, r->key, r->from);
	if (at > 0 && row_cmp(r->table, r->key, r->from, &p->rows[at - 1]) == 0) {
		struct poort_table_row *old = &p->buf[at - 1];
		char d[POORT_DATE_BUFSIZE];
		poort_fmt_date(r->from, d);
		if (old->value != r->value)
			return poort_fail(p, POORT_ERR_DUPLICATE, "%s: a row from %s with another value exists already",
					  what, d);
		if (!r->derived)
			old->derived = 0; /* a published value confirms a derived one */
		return POORT_OK;
	}
	if (p->n_rows >= MAX_ROWS)
		return poort_fail(p, POORT_ERR_LIMIT, "%s: at most %d rows", what, MAX_ROWS);
	struct poort_table_row *grown = poort_array_insert(p->buf, p->n_rows, sizeof *grown, at);
	if (!grown)
		return poort_fail(p, POORT_ERR_NOMEM, "out of memory");
	grown[at] = *r;
	p->rows = p->buf = grown;
	p->n_rows++;
	return POORT_OK;
}

/* The checks of the add calls: p, a date in range, a value in 1 ... max, no row with that
 * date yet (POORT_ERR_DUPLICATE even with the same value: a call adds a row). */
static int32_t add_row(poort_params *p, const struct poort_table_row *r, int64_t max, const char *what,
		       const char *unit)
{
	if (!p)
		return POORT_ERR_NULL;
	p->errmsg[0] = '\0';
	if (!poort_date_in_range(r->from))
		return poort_fail(p, POORT_ERR_DATE_RANGE, "%s: date outside 1900-2199", what);
	if (r->value < 1 || r->value > max)
		return poort_fail(p, POORT_ERR_ARGUMENT, "%s: %lld %s is not 1 ... %lld", what, (long long)r->value,
				  unit, (long long)max);
	int32_t next;
	const struct poort_table_row *old = poort_row_at(p, r->table, r->key, r->from, &next);
	if (old && old->from == r->from) {
		char d[POORT_DATE_BUFSIZE];
		poort_fmt_date(r->from, d);
		return poort_fail(p, POORT_ERR_DUPLICATE, "%s from %s exists already", what, d);
	}
	return poort_params_put(p, r, what);
}

int32_t poort_params_add_min_wage_hour(poort_params *p, int32_t from, int64_t cents)
{
	if (p && poort_date_in_range(from) && from < WML_HOUR_FROM)
		return poort_fail(p, POORT_ERR_ARGUMENT,
				  "minimum wage row: the hourly minimum wage exists from 2024-01-01");
	struct poort_table_row r = {TABLE_WML_HOUR, 0, from, 0, cents, NULL};
	return add_row(p, &r, 100000, "minimum wage row", "cents an hour");
}

int32_t poort_params_add_wfsv_max_day_from(poort_params *p, int32_t from, int64_t cents)
{
	struct poort_table_row r = {TABLE_WFSV_MAX_DAY, 0, from, 0, cents, NULL};
	return add_row(p, &r, 10000000, "Wfsv row", "cents a day");
}

int32_t poort_params_add_wfsv_max_day(poort_params *p, int32_t year, int64_t cents)
{
	if (p && (year < POORT_DATE_MIN_YEAR || year > POORT_DATE_MAX_YEAR))
		return poort_fail(p, POORT_ERR_ARGUMENT, "Wfsv row: year %ld outside 1900-2199", (long)year);
	int32_t from = year >= POORT_DATE_MIN_YEAR && year <= POORT_DATE_MAX_YEAR ? poort_days_from_civil(year, 1, 1)
										      : 0;
	return poort_params_add_wfsv_max_day_from(p, from, cents);
}

int32_t poort_params_add_youth_percent(poort_params *p, int32_t from, int32_t age, int32_t percent_bp,
				       int32_t bbl)
{
	if (p && (age < LAW_WML_MIN_AGE || age >= LAW_WML_ADULT_AGE || (bbl != 0 && bbl != 1)))
		return poort_fail(p, POORT_ERR_ARGUMENT, "youth row: age %ld is not 15-20 or bbl not 0 or 1",
				  (long)age);
	struct poort_table_row r = {bbl ? TABLE_BBL : TABLE_YOUTH, age, from, 0, percent_bp, NULL};
	return add_row(p, &r, 10000, "youth row", "basis points");
}

/* A lookup on date in table is stale from the table's stale_from on; before it the
 * segment ends there at the latest. */
static void mark_stale(const poort_params *p, int32_t table, int32_t date, int *stale, int32_t *stale_from,
		       int32_t *next)
{
	*stale_from = poort_table_stale_from(p, table);
	*stale = date >= *stale_from;
	if (!*stale && *next > *stale_from)
		*next = *stale_from;
}

int32_t poort_floor_lookup(const poort_params *p, int32_t date, int32_t age, int32_t bbl,
			   struct poort_floor *out)
{
	memset(out, 0, sizeof *out);
	out->next = INT32_MAX;
	if (age < LAW_WML_MIN_AGE) /* the WML does not cover employees under 15 */
		return POORT_OK;
	int32_t n1, n2 = INT32_MAX;
	const struct poort_table_row *h = poort_row_at(p, TABLE_WML_HOUR, 0, date, &n1);
	if (h) {
		int64_t bp = 10000;
		if (age < LAW_WML_ADULT_AGE) {
			const struct poort_table_row *y = poort_row_at(p, bbl ? TABLE_BBL : TABLE_YOUTH, age, date, &n2);
			if (!y)
				return POORT_ERR_TABLE_RANGE;
			bp = y->value;
			out->derived = y->derived;
		}
		out->hour_cents = (h->value * bp + 5000) / 10000; /* half up (Besluit mjl art. 2 lid 2) */
		out->from = h->from;
		out->next = n1 < n2 ? n1 : n2;
		out->derived |= h->derived;
		mark_stale(p, TABLE_WML_HOUR, date, &out->stale, &out->stale_from, &out->next);
		return POORT_OK;
	}
	const struct poort_table_row *m = poort_row_at(p, TABLE_WML_MONTH, age < LAW_WML_ADULT_AGE ? age : LAW_WML_ADULT_AGE,
						 date, &n1);
	if (!m)
		return POORT_ERR_TABLE_RANGE;
	out->month_cents = m->value;
	out->from = m->from;
	out->derived = m->derived;
	poort_row_at(p, TABLE_WML_HOUR, 0, INT32_MIN, &n2); /* the first hourly row ends the 2023 amounts */
	out->next = n1 < n2 ? n1 : n2;
	return POORT_OK;
}

int32_t poort_wfsv_lookup(const poort_params *p, int32_t date, struct poort_cap *out)
{
	memset(out, 0, sizeof *out);
	const struct poort_table_row *r = poort_row_at(p, TABLE_WFSV_MAX_DAY, 0, date, &out->next);
	if (!r)
		return POORT_ERR_TABLE_RANGE;
	out->cents = r->value;
	out->from = r->from;
	out->derived = r->derived;
	mark_stale(p, TABLE_WFSV_MAX_DAY, date, &out->stale, &out->stale_from, &out->next);
	return POORT_OK;
}

int64_t poort_params_min_wage_hour(const poort_params *p, int32_t date, int32_t age)
{
	if (!p)
		p = &poort_builtin_params;
	if (age < 0 || age > 120)
		return POORT_ERR_AGE;
	int32_t next;
	if (!poort_row_at(p, TABLE_WML_HOUR, 0, date, &next))
		return POORT_ERR_TABLE_RANGE;
	struct poort_floor f;
	int32_t st = poort_floor_lookup(p, date, age, 0, &f);
	return st == POORT_OK ? f.hour_cents : st;
}

int64_t poort_params_wfsv_max_day(const poort_params *p, int32_t date)
{
	struct poort_cap cap;
	int32_t st = poort_wfsv_lookup(p ? p : &poort_builtin_params, date, &cap);
	return st == POORT_OK ? cap.cents : st;
}
