/*
 * The statutory tables of a parameter set as rows, for the rule catalogue: every amount
 * with its table, the date it is in force from, the age it is for and its source. Read
 * from the same rows the wage continuation looks up (params.c).
 */
#include "params.h"

/* Per month row of 2023: the month, week and day amounts for each of the seven ages. */
#define MONTH_KINDS 3
#define AGES 7
#define MONTH_ROW_VALUES (MONTH_KINDS * AGES)

static const int32_t ages[AGES] = {21, 20, 19, 18, 17, 16, 15};

size_t poort_params_row_count(const poort_params *p)
{
	if (!p)
		p = &poort_builtin_params;
	return p->n_hour + p->n_month * MONTH_ROW_VALUES + p->n_wfsv;
}

/* Row i of the month table's values (i < n_month * MONTH_ROW_VALUES). */
static void month_value(const poort_params *p, size_t i, const char **table, int32_t *from,
			int32_t *age, int64_t *cents, const char **source)
{
	static const char *const names[MONTH_KINDS] = {"min_wage_month", "min_wage_week", "min_wage_day"};
	const struct poort_month_row *r = &p->month[i / MONTH_ROW_VALUES];
	size_t kind = i % MONTH_ROW_VALUES / AGES, a = i % AGES;
	const int64_t *values[MONTH_KINDS] = {r->month, r->week, r->day};
	*table = names[kind];
	*from = r->from;
	*age = ages[a];
	*cents = values[kind][a];
	*source = r->source;
}

int32_t poort_params_row(const poort_params *p, size_t i, const char **table, int32_t *from,
			 int32_t *age, int64_t *cents, const char **source)
{
	if (!table || !from || !age || !cents || !source)
		return POORT_ERR_NULL;
	if (!p)
		p = &poort_builtin_params;
	if (i >= poort_params_row_count(p))
		return POORT_ERR_INDEX;
	if (i < p->n_hour) {
		*table = "min_wage_hour";
		*from = p->hour[i].from;
		*age = ages[0];
		*cents = p->hour[i].cents;
		*source = p->hour[i].source;
	} else if ((i -= p->n_hour) < p->n_month * MONTH_ROW_VALUES) {
		month_value(p, i, table, from, age, cents, source);
	} else {
		const struct poort_wfsv_row *w = &p->wfsv[i - p->n_month * MONTH_ROW_VALUES];
		*table = "wfsv_max_day";
		*from = poort_days_from_civil(w->year, 1, 1);
		*age = -1;
		*cents = w->cents;
		*source = w->source;
	}
	if (!*source)
		*source = "";
	return POORT_OK;
}
