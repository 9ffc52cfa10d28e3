/* The spreadsheet reader's private declarations (sheet.c, sheet_values.c, sheet_fields.c). */
#ifndef POORT_SHEET_H
#define POORT_SHEET_H

#include "internal.h"
#include "utf8.h"

#include <stddef.h>

/* Values as people type them in a spreadsheet; see sheet_values.c. */
void poort_sheet_trim(const char **s, size_t *n);
int32_t poort_sheet_date(const char *s, size_t n, int32_t *out, const char **why);
int32_t poort_sheet_amount(const char *s, size_t n, int64_t *cents, const char **why);
/* A decimal with at most two decimals, scaled by 100 ("32,5" is 3250), 0 ... max. */
int32_t poort_sheet_decimal(const char *s, size_t n, int64_t max, int64_t *out, const char **why);

/* What one row gathers before the case is complete: facts given in two columns. */
struct poort_row {
	int32_t first_sick_day, recovery; /* POORT_DATE_NONE when not given */
	int64_t wage_cents;               /* -1 when not given */
	int32_t hours;                    /* -1 when not given */
};

/* The columns a sheet may have; see sheet_fields.c. */
struct poort_field {
	const char *name;    /* canonical column name */
	const char *aliases; /* other accepted names, separated by spaces (Dutch first) */
	const char *form;    /* what a cell holds, for messages and documentation */
	int many;            /* several values separated by spaces */
	int32_t (*apply)(poort_case *c, struct poort_row *row, const char *s, size_t n,
			 const char **why);
};

extern const struct poort_field poort_fields[];
extern const size_t poort_field_count;
/* The field of a header cell (already normalised: lower case, '_' for spaces), or -1. */
int poort_field_lookup(const char *name);
/* Facts that need two columns: the period of first_sick_day and recovery (applied right
 * after the recovery column), and the wage with its hours (after all columns). */
int32_t poort_row_period(poort_case *c, const struct poort_row *row, const char **why);
int32_t poort_row_wage(poort_case *c, const struct poort_row *row, const char **why);

#endif
