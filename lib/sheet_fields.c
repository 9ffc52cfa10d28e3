/*
 * The columns of a cases sheet: one row per column with its name, the other names a
 * Dutch spreadsheet may use, what a cell holds, and how a value becomes a fact of the
 * case. Facts are applied in this table's order, whatever the order of the columns.
 */
#include "sheet.h"

#include <string.h>

/* A value as a NUL-terminated string in buf, or 0 when it does not fit. */
static int copy(const char *s, size_t n, char *buf, size_t size)
{
	if (n >= size)
		return 0;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return 1;
}

/* "A:B[:C]": up to three parts separated by ':'; returns how many. */
static int parts(const char *s, size_t n, const char *p[3], size_t len[3])
{
	int k = 0;
	p[0] = s;
	for (size_t i = 0; i <= n; i++) {
		if (i == n || s[i] == ':') {
			if (k == 3)
				return 4;
			len[k] = (size_t)(s + i - p[k]);
			if (++k < 3)
				p[k] = s + i + 1;
		}
	}
	return k;
}

/* Part 0 of a split value as a date into *first, and part `other` (0: none) into *second. */
static int32_t part_dates(const char *const p[3], const size_t len[3], int other, int32_t *first,
			  int32_t *second, const char **why)
{
	int32_t st = poort_sheet_date(p[0], len[0], first, why);
	if (st == POORT_OK && other)
		st = poort_sheet_date(p[other], len[other], second, why);
	return st;
}

static int32_t apply_case_id(poort_case *c, struct poort_row *r, const char *s, size_t n,
			     const char **why)
{
	(void)r;
	char id[POORT_CASE_ID_MAX + 1];
	*why = "a case id is 1-64 characters of A-Z a-z 0-9 . _ -";
	if (!copy(s, n, id, sizeof id))
		return POORT_ERR_CASE_ID;
	return poort_case_set_id(c, id);
}

static int32_t apply_period(poort_case *c, struct poort_row *r, const char *s, size_t n,
			    const char **why)
{
	(void)r;
	const char *p[3];
	size_t len[3];
	int32_t first, last = POORT_DATE_NONE, st;
	int k = parts(s, n, p, len);
	*why = "a period is FIRST or FIRST:LAST (the last sick day)";
	if (k > 2)
		return POORT_ERR_DATE_SYNTAX;
	if ((st = part_dates(p, len, k == 2 ? 1 : 0, &first, &last, why)) != POORT_OK)
		return st;
	return poort_case_add_period(c, first, last);
}

static int32_t apply_leave(poort_case *c, struct poort_row *r, const char *s, size_t n,
			   const char **why)
{
	(void)r;
	const char *p[3];
	size_t len[3];
	int32_t first, last, st;
	int k = parts(s, n, p, len);
	*why = "a leave is FIRST:LAST or FIRST:LAST:other-cause";
	if (k < 2 || k > 3 || (k == 3 && !(len[2] == 11 && memcmp(p[2], "other-cause", 11) == 0)))
		return POORT_ERR_DATE_SYNTAX;
	if ((st = part_dates(p, len, 1, &first, &last, why)) != POORT_OK)
		return st;
	return poort_case_add_leave(c, first, last, k == 3);
}

/* "ID=DATE" for done, departure and present. */
static int32_t assignment(const char *s, size_t n, char *id, size_t size, int32_t *date,
			  const char **why)
{
	const char *eq = memchr(s, '=', n);
	*why = "write ID=DATE, e.g. PROBLEEMANALYSE=2026-02-05";
	if (!eq || !copy(s, (size_t)(eq - s), id, size))
		return POORT_ERR_ARGUMENT;
	return poort_sheet_date(eq + 1, n - (size_t)(eq + 1 - s), date, why);
}

#define ASSIGNMENT(fn, setter)                                                                  \
	static int32_t fn(poort_case *c, struct poort_row *r, const char *s, size_t n,          \
			  const char **why)                                                     \
	{                                                                                       \
		(void)r;                                                                        \
		char id[64];                                                                    \
		int32_t date, st = assignment(s, n, id, sizeof id, &date, why);                 \
		return st == POORT_OK ? setter(c, id, date) : st;                               \
	}
ASSIGNMENT(apply_done, poort_case_record_done)
ASSIGNMENT(apply_departure, poort_case_set_departure)
ASSIGNMENT(apply_present, poort_case_record_item)

#define ONE_DATE(fn, setter)                                                                    \
	static int32_t fn(poort_case *c, struct poort_row *r, const char *s, size_t n,          \
			  const char **why)                                                     \
	{                                                                                       \
		(void)r;                                                                        \
		int32_t date, st = poort_sheet_date(s, n, &date, why);                          \
		return st == POORT_OK ? setter(c, date) : st;                                   \
	}
ONE_DATE(apply_extension, poort_case_set_extension)
ONE_DATE(apply_employment_end, poort_case_set_employment_end)
ONE_DATE(apply_birth_date, poort_case_set_birth_date)
ONE_DATE(apply_aow_date, poort_case_set_aow_date)

static int32_t apply_first_sick_day(poort_case *c, struct poort_row *r, const char *s, size_t n,
				    const char **why)
{
	(void)c;
	return poort_sheet_date(s, n, &r->first_sick_day, why);
}

static int32_t apply_recovery(poort_case *c, struct poort_row *r, const char *s, size_t n,
			      const char **why)
{
	(void)c;
	return poort_sheet_date(s, n, &r->recovery, why);
}

static int32_t apply_loonsanctie(poort_case *c, struct poort_row *r, const char *s, size_t n,
				 const char **why)
{
	(void)r;
	const char *p[3];
	size_t len[3];
	int32_t decision, bekorting = POORT_DATE_NONE, st;
	int64_t weeks;
	int k = parts(s, n, p, len);
	*why = "write DECISION:WEEKS or DECISION:WEEKS:BEKORTING";
	if (k < 2 || k > 3)
		return POORT_ERR_ARGUMENT;
	if ((st = part_dates(p, len, k == 3 ? 2 : 0, &decision, &bekorting, why)) != POORT_OK)
		return st;
	if (poort_sheet_decimal(p[1], len[1], 99900, &weeks, why) != POORT_OK || weeks % 100) {
		*why = "the weeks of a loonsanctie are a whole number, 1 to 52";
		return POORT_ERR_LOONSANCTIE_WEEKS;
	}
	return poort_case_set_loonsanctie(c, decision, (int32_t)(weeks / 100), bekorting);
}

static int32_t apply_wage(poort_case *c, struct poort_row *r, const char *s, size_t n,
			  const char **why)
{
	(void)c;
	int64_t cents;
	int32_t st = poort_sheet_amount(s, n, &cents, why);
	if (st == POORT_OK && cents == 0) {
		*why = "a monthly wage of EUR 0,00 pays nothing; leave the cell empty when unknown";
		return POORT_ERR_WAGE;
	}
	if (st == POORT_OK)
		r->wage_cents = cents;
	return st;
}

static int32_t apply_hours(poort_case *c, struct poort_row *r, const char *s, size_t n,
			   const char **why)
{
	(void)c;
	int64_t h;
	int32_t st = poort_sheet_decimal(s, n, 16800, &h, why);
	if (st == POORT_OK && h == 0) {
		*why = "contract hours are more than 0 and at most 168 a week";
		return POORT_ERR_HOURS;
	}
	if (st == POORT_OK)
		r->hours = (int32_t)h;
	return st == POORT_OK ? st : POORT_ERR_HOURS;
}

#define WHOLE(fn, setter, max, text)                                                            \
	static int32_t fn(poort_case *c, struct poort_row *r, const char *s, size_t n,          \
			  const char **why)                                                     \
	{                                                                                       \
		(void)r;                                                                        \
		int64_t v;                                                                      \
		if (poort_sheet_decimal(s, n, (max) * 100, &v, why) != POORT_OK || v % 100) {   \
			*why = text;                                                            \
			return POORT_ERR_ARGUMENT;                                              \
		}                                                                               \
		return setter(c, (int32_t)(v / 100));                                           \
	}
WHOLE(apply_age, poort_case_set_age, 120, "an age is a whole number of years, 0 to 120")
WHOLE(apply_waiting_days, poort_case_set_waiting_days, 2, "waiting days are 0, 1 or 2")
WHOLE(apply_bbl, poort_case_set_bbl, 1, "bbl is 1 (a bbl programme) or 0")

#define SCALED(fn, setter, max)                                                                 \
	static int32_t fn(poort_case *c, struct poort_row *r, const char *s, size_t n,          \
			  const char **why)                                                     \
	{                                                                                       \
		(void)r;                                                                        \
		int64_t v;                                                                      \
		int32_t st = poort_sheet_decimal(s, n, max, &v, why);                           \
		return st == POORT_OK ? setter(c, (int32_t)v) : st;                             \
	}
SCALED(apply_partial_pay, poort_case_set_partial_pay, POORT_MAX_PERCENT)
SCALED(apply_fulltime_hours, poort_case_set_fulltime_hours, 16800)
SCALED(apply_extension_percent, poort_case_set_extension_percent, POORT_MAX_PERCENT)

static int32_t apply_cao(poort_case *c, struct poort_row *r, const char *s, size_t n,
			 const char **why)
{
	(void)r;
	const char *p[3];
	size_t len[3];
	int64_t from, to, pct;
	int k = parts(s, n, p, len);
	const char *dash = k >= 2 ? memchr(p[0], '-', len[0]) : NULL;
	*why = "write FROM-TO:PCT or FROM-TO:PCT:capped (sick weeks and a percentage)";
	if (!dash || (k == 3 && !(len[2] == 6 && memcmp(p[2], "capped", 6) == 0)) ||
	    poort_sheet_decimal(p[0], (size_t)(dash - p[0]), 15600, &from, why) != POORT_OK ||
	    poort_sheet_decimal(dash + 1, len[0] - (size_t)(dash + 1 - p[0]), 15600, &to, why) != POORT_OK ||
	    poort_sheet_decimal(p[1], len[1], POORT_MAX_PERCENT, &pct, why) != POORT_OK ||
	    from % 100 || to % 100)
		return POORT_ERR_ARGUMENT;
	return poort_case_add_cao(c, (int32_t)(from / 100), (int32_t)(to / 100), (int32_t)pct, k == 3);
}

static int32_t apply_partial(poort_case *c, struct poort_row *r, const char *s, size_t n,
			     const char **why)
{
	(void)r;
	const char *p[3];
	size_t len[3];
	int32_t first, last, st;
	int64_t hours;
	*why = "write FIRST:LAST:HOURS (hours worked a week)";
	if (parts(s, n, p, len) != 3)
		return POORT_ERR_ARGUMENT;
	if ((st = part_dates(p, len, 1, &first, &last, why)) != POORT_OK ||
	    (st = poort_sheet_decimal(p[2], len[2], 16800, &hours, why)) != POORT_OK)
		return st;
	return poort_case_add_partial_work(c, first, last, (int32_t)hours);
}

const struct poort_field poort_fields[] = {
	{"case_id", "zaak zaak_id zaaknummer casus dossiernummer id", "opaque case id", 0, apply_case_id},
	{"periods", "periodes ziekteperiodes verzuimperiodes period periode",
	 "sick periods FIRST[:LAST], separated by spaces", 1, apply_period},
	{"first_sick_day", "eerste_ziektedag ziek_vanaf", "the first sick day of one period", 0,
	 apply_first_sick_day},
	{"recovery", "hersteldatum hersteld_per herstel", "the first day fit again (the day after the last sick day)",
	 0, apply_recovery},
	{"leave", "verlof wazo zwangerschapsverlof", "WAZO leave FIRST:LAST[:other-cause]", 1, apply_leave},
	{"extension_until", "verlenging verlengd_tot", "last day of a voluntary extension", 0, apply_extension},
	{"loonsanctie", "", "DECISION:WEEKS[:BEKORTING]", 0, apply_loonsanctie},
	{"employment_end", "einde_dienstverband uit_dienst", "last day of employment", 0, apply_employment_end},
	{"departure", "afwijking", "reasoned departure ID=DATE", 1, apply_departure},
	{"done", "gedaan stappen", "steps done ID=DATE, separated by spaces", 1, apply_done},
	{"present", "aanwezig dossierstukken", "dossier items ITEM=DATE, separated by spaces", 1, apply_present},
	{"monthly_wage", "maandloon loon salaris", "monthly wage in euros", 0, apply_wage},
	{"hours_per_week", "uren uren_per_week contracturen", "contract hours a week", 0, apply_hours},
	{"birth_date", "geboortedatum", "birth date (youth minimum wage)", 0, apply_birth_date},
	{"age", "leeftijd", "age in years", 0, apply_age},
	{"aow_date", "aow_datum", "the day AOW age is reached", 0, apply_aow_date},
	{"waiting_days", "wachtdagen", "waiting days, 0-2", 0, apply_waiting_days},
	{"bbl", "", "1: a bbl programme (bbl youth rates), 0: not", 0, apply_bbl},
	{"cao", "", "CAO schedule FROM-TO:PCT[:capped], separated by spaces", 1, apply_cao},
	{"partial", "deels_werken gedeeltelijk_werk", "partial work FIRST:LAST:HOURS", 1, apply_partial},
	{"partial_pay", "", "percentage paid for hours worked", 0, apply_partial_pay},
	{"fulltime_hours", "voltijd_uren", "full-time hours (2023 minimum wage)", 0, apply_fulltime_hours},
	{"extension_percent", "", "percentage during a voluntary extension", 0, apply_extension_percent},
};
const size_t poort_field_count = sizeof poort_fields / sizeof *poort_fields;

static int has_word(const char *list, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = list; *p;) {
		size_t k = strcspn(p, " ");
		if (k == n && memcmp(p, word, n) == 0)
			return 1;
		p += k + (p[k] == ' ');
	}
	return 0;
}

int poort_field_lookup(const char *name)
{
	for (size_t i = 0; i < poort_field_count; i++)
		if (strcmp(poort_fields[i].name, name) == 0 || has_word(poort_fields[i].aliases, name))
			return (int)i;
	return -1;
}

int32_t poort_row_period(poort_case *c, const struct poort_row *row, const char **why)
{
	if (row->recovery != POORT_DATE_NONE && row->first_sick_day == POORT_DATE_NONE) {
		*why = "a recovery date needs the first sick day in its row";
		return POORT_ERR_ARGUMENT;
	}
	if (row->first_sick_day == POORT_DATE_NONE)
		return POORT_OK;
	*why = "";
	/* the first day fit again is the day after the last sick day */
	int32_t last = row->recovery == POORT_DATE_NONE ? POORT_DATE_NONE : row->recovery - 1;
	return poort_case_add_period(c, row->first_sick_day, last);
}

int32_t poort_row_wage(poort_case *c, const struct poort_row *row, const char **why)
{
	if ((row->wage_cents < 0) != (row->hours < 0)) {
		*why = row->wage_cents < 0 ? "the contract hours need a monthly wage in the same row"
					   : "the monthly wage needs the contract hours in the same row";
		return POORT_ERR_NO_WAGE;
	}
	*why = "";
	return row->wage_cents < 0 ? POORT_OK : poort_case_set_wage(c, row->wage_cents, row->hours);
}
