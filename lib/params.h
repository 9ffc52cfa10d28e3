/* The statutory tables' layout and lookups, shared by params.c, params_load.c and wage.c. */
#ifndef POORT_PARAMS_H
#define POORT_PARAMS_H

#include "internal.h"

/* The tables of lib/statutory.txt, by the names that file and poort_params_load use
 * (params.c names them; lib/statutory_gen.py writes the built-in rows with these ids). */
enum poort_table {
	TABLE_WML_HOUR, /* adult hourly minimum wage, from 2024 (cents) */
	TABLE_WML_MONTH, /* full-time minimum wage per month before 2024, by age (cents) */
	TABLE_WML_WEEK, /* ... per week */
	TABLE_WML_DAY, /* ... per day */
	TABLE_YOUTH, /* youth percentage of the hourly minimum wage, by age (basis points) */
	TABLE_BBL, /* the same for an employee in a bbl programme (basis points) */
	TABLE_WFSV_MAX_DAY, /* Wfsv maximum daily wage, the BW 7:629 cap (cents) */
	TABLE_COUNT
};

/* The name of a table in lib/statutory.txt ("wml_hour"), or NULL. */
const char *poort_table_name(int32_t table);

/* One row: in force from `from` until the next row of the same table and key. */
struct poort_table_row {
	int32_t table; /* enum poort_table */
	int32_t key;   /* the age for the tables by age, else 0 */
	int32_t from;  /* days since 1970-01-01 */
	int32_t derived; /* 1: computed by the statutory recipe, not found published */
	int64_t value;   /* cents or basis points */
	const char *source; /* static for the built-in rows, NULL for rows a host added */
};

/* The rows sorted by table, key and date. The built-in set points at the generated
 * constant rows; a host's set owns a copy (buf). */
struct poort_params {
	const struct poort_table_row *rows;
	size_t n_rows;
	struct poort_table_row *buf;
	char errmsg[POORT_ERRMSG_SIZE];
};

extern const struct poort_params poort_builtin_params;

/* The row of table and key in force on date, or NULL before the first one. *next: the first
 * day of the next row, or INT32_MAX. */
const struct poort_table_row *poort_row_at(const poort_params *p, int32_t table, int32_t key, int32_t date,
				     int32_t *next);
/* The first day on which the table has no row of its own: the 1 January or 1 July after its
 * newest row (minimum wages and the Wfsv maximum change on both dates). */
int32_t poort_table_stale_from(const poort_params *p, int32_t table);

/* Add one row to p in order; a row with the same table, key and date is a no-op when its
 * value is the same (a published row then clears `derived`), POORT_ERR_DUPLICATE otherwise.
 * what names the row in messages ("line 12"). */
int32_t poort_params_put(poort_params *p, const struct poort_table_row *r, const char *what);

/* The minimum wage for an age on a date: an hourly amount (from 2024) or a full-time
 * monthly amount (2023); both 0 under age 15. next: the first day a different row applies.
 * stale: after the newest row's half year (stale_from); derived: a derived row was used. */
struct poort_floor {
	int64_t hour_cents, month_cents;
	int32_t from, next;
	int stale, derived;
	int32_t stale_from;
};
int32_t poort_floor_lookup(const poort_params *p, int32_t date, int32_t age, int32_t bbl,
			   struct poort_floor *out);
/* The Wfsv maximum daily wage on a date, with the same next / stale / derived. */
struct poort_cap {
	int64_t cents;
	int32_t from, next;
	int stale, derived;
	int32_t stale_from;
};
int32_t poort_wfsv_lookup(const poort_params *p, int32_t date, struct poort_cap *out);

#endif
