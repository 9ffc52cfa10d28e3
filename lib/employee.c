/* The employee data on a case for the wage continuation; every setter validates first. */
#include "internal.h"
#include "law.h"

#include <stdlib.h>
#include <string.h>

void poort_employee_init(struct poort_employee *e)
{
	memset(e, 0, sizeof *e);
	e->wage = -1;
	e->birth = POORT_DATE_NONE;
	e->age = -1;
	e->aow = POORT_DATE_NONE;
	e->fulltime_hours = 4000;
	e->extension_percent = LAW_CONTINUATION_BP;
	e->partial_pay = 10000;
}

void poort_employee_free(struct poort_employee *e)
{
	free(e->cao);
	free(e->partial);
}

static int32_t check_hours(poort_case *c, const char *what, int32_t hours)
{
	if (hours >= 1 && hours <= 16800)
		return POORT_OK;
	char h[POORT_AMOUNT_BUFSIZE];
	return poort_fail(c, POORT_ERR_HOURS, "%s: %s hours a week is not 0.01 ... 168 hours", what,
			  poort_fmt_hundredths(hours, h));
}

static int32_t check_percent(poort_case *c, const char *what, int32_t bp)
{
	if (bp >= 0 && bp <= POORT_MAX_PERCENT)
		return POORT_OK;
	char a[POORT_AMOUNT_BUFSIZE], b[POORT_AMOUNT_BUFSIZE];
	return poort_fail(c, POORT_ERR_PERCENT, "%s: %s%% is not 0%% ... %s%%", what, poort_fmt_hundredths(bp, a),
			  poort_fmt_hundredths(POORT_MAX_PERCENT, b));
}

int32_t poort_case_set_wage(poort_case *c, int64_t monthly_cents, int32_t hours_per_week)
{
	if (!c)
		return POORT_ERR_NULL;
	c->errmsg[0] = '\0';
	char a[POORT_AMOUNT_BUFSIZE], b[POORT_AMOUNT_BUFSIZE];
	if (monthly_cents < 1 || monthly_cents > POORT_MAX_WAGE_CENTS) /* a wage of 0 pays nothing */
		return poort_fail(c, POORT_ERR_WAGE, "monthly wage of %s is not " POORT_EURO " 0.01 ... %s",
				  poort_fmt_euros(monthly_cents, a), poort_fmt_euros(POORT_MAX_WAGE_CENTS, b));
	int32_t st = check_hours(c, "contract hours", hours_per_week);
	if (st != POORT_OK)
		return st;
	c->emp.wage = monthly_cents;
	c->emp.hours = hours_per_week;
	return POORT_OK;
}

int32_t poort_case_set_birth_date(poort_case *c, int32_t date)
{
	if (!c)
		return POORT_ERR_NULL;
	c->errmsg[0] = '\0';
	if (date != POORT_DATE_NONE) {
		int32_t st = poort_check_date(c, "birth date", date);
		if (st != POORT_OK)
			return st;
		c->emp.age = -1;
	}
	c->emp.birth = date;
	return POORT_OK;
}

int32_t poort_case_set_age(poort_case *c, int32_t years)
{
	if (!c)
		return POORT_ERR_NULL;
	c->errmsg[0] = '\0';
	if (years < -1 || years > 120)
		return poort_fail(c, POORT_ERR_AGE, "age %ld is not 0 ... 120 (or -1 to remove it)", (long)years);
	if (years >= 0)
		c->emp.birth = POORT_DATE_NONE;
	c->emp.age = years;
	return POORT_OK;
}

int32_t poort_case_set_aow_date(poort_case *c, int32_t date)
{
	if (!c)
		return POORT_ERR_NULL;
	c->errmsg[0] = '\0';
	if (date != POORT_DATE_NONE) {
		int32_t st = poort_check_date(c, "AOW date", date);
		if (st != POORT_OK)
			return st;
	}
	c->emp.aow = date;
	return POORT_OK;
}

int32_t poort_case_set_waiting_days(poort_case *c, int32_t days)
{
	if (!c)
		return POORT_ERR_NULL;
	c->errmsg[0] = '\0';
	if (days < 0 || days > LAW_WAITING_DAYS_MAX)
		return poort_fail(c, POORT_ERR_WAITING_DAYS, "%ld waiting days: " CITE_BW_629_9 " allows at most %d",
				  (long)days, LAW_WAITING_DAYS_MAX);
	c->emp.waiting_days = days;
	return POORT_OK;
}

int32_t poort_case_set_fulltime_hours(poort_case *c, int32_t hours_per_week)
{
	if (!c)
		return POORT_ERR_NULL;
	c->errmsg[0] = '\0';
	int32_t st = check_hours(c, "full-time hours", hours_per_week);
	if (st != POORT_OK)
		return st;
	c->emp.fulltime_hours = hours_per_week;
	return POORT_OK;
}

int32_t poort_case_set_bbl(poort_case *c, int32_t bbl)
{
	if (!c)
		return POORT_ERR_NULL;
	c->errmsg[0] = '\0';
	if (bbl != 0 && bbl != 1)
		return poort_fail(c, POORT_ERR_ARGUMENT, "bbl is 0 or 1, not %ld", (long)bbl);
	c->emp.bbl = bbl;
	return POORT_OK;
}

int32_t poort_case_set_extension_percent(poort_case *c, int32_t percent_bp)
{
	if (!c)
		return POORT_ERR_NULL;
	c->errmsg[0] = '\0';
	int32_t st = check_percent(c, "extension percentage", percent_bp);
	if (st != POORT_OK)
		return st;
	c->emp.extension_percent = percent_bp;
	return POORT_OK;
}

int32_t poort_case_set_partial_pay(poort_case *c, int32_t percent_bp)
{
	if (!c)
		return POORT_ERR_NULL;
	c->errmsg[0] = '\0';
	int32_t st = check_percent(c, "pay for hours worked", percent_bp);
	if (st != POORT_OK)
		return st;
	c->emp.partial_pay = percent_bp;
	return POORT_OK;
}

int32_t poort_case_add_cao(poort_case *c, int32_t from_week, int32_t to_week, int32_t percent_bp,
			   int32_t capped)
{
	if (!c)
		return POORT_ERR_NULL;
	c->errmsg[0] = '\0';
	if (from_week < 1 || to_week > 156 || to_week < from_week)
		return poort_fail(c, POORT_ERR_CAO_WEEKS,
				  "CAO weeks %ld-%ld: weeks run from 1 to 156 and to may not be before from",
				  (long)from_week, (long)to_week);
	int32_t st = check_percent(c, "CAO percentage", percent_bp);
	if (st != POORT_OK)
		return st;
	if (capped != 0 && capped != 1)
		return poort_fail(c, POORT_ERR_ARGUMENT, "CAO capped must be 0 or 1, not %ld", (long)capped);
	size_t at = 0;
	for (size_t i = 0; i < c->emp.n_cao; i++) {
		const struct poort_cao_range *r = &c->emp.cao[i];
		if (from_week <= r->to_week && r->from_week <= to_week)
			return poort_fail(c, POORT_ERR_CAO_OVERLAP, "CAO weeks %ld-%ld overlap weeks %ld-%ld",
					  (long)from_week, (long)to_week, (long)r->from_week, (long)r->to_week);
		if (r->from_week < from_week)
			at = i + 1;
	}
	if (c->emp.n_cao >= 156)
		return poort_fail(c, POORT_ERR_LIMIT, "at most 156 CAO ranges");
	struct poort_cao_range *grown = poort_array_insert(c->emp.cao, c->emp.n_cao, sizeof *grown, at);
	if (!grown)
		return poort_fail(c, POORT_ERR_NOMEM, "out of memory");
	grown[at] = (struct poort_cao_range){from_week, to_week, percent_bp, capped};
	c->emp.cao = grown;
	c->emp.n_cao++;
	return POORT_OK;
}

int32_t poort_case_clear_cao(poort_case *c)
{
	if (!c)
		return POORT_ERR_NULL;
	c->errmsg[0] = '\0';
	free(c->emp.cao);
	c->emp.cao = NULL;
	c->emp.n_cao = 0;
	return POORT_OK;
}

int32_t poort_case_add_partial_work(poort_case *c, int32_t first, int32_t last, int32_t hours_per_week)
{
	if (!c)
		return POORT_ERR_NULL;
	c->errmsg[0] = '\0';
	int32_t st;
	if ((st = poort_check_date(c, "partial work", first)) != POORT_OK ||
	    (st = poort_check_date(c, "partial work", last)) != POORT_OK)
		return st;
	char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE];
	if (last < first) {
		poort_fmt_date(first, a);
		poort_fmt_date(last, b);
		return poort_fail(c, POORT_ERR_PERIOD_ORDER,
				  "partial work %s..%s: the last day is before the first day", a, b);
	}
	if ((st = check_hours(c, "hours worked", hours_per_week)) != POORT_OK)
		return st;
	size_t at = 0;
	for (size_t i = 0; i < c->emp.n_partial; i++) {
		const struct poort_partial *p = &c->emp.partial[i];
		if (first <= p->last && p->first <= last) {
			poort_fmt_date(first, a);
			poort_fmt_date(p->first, b);
			return poort_fail(c, POORT_ERR_PERIOD_OVERLAP,
					  "partial work from %s overlaps partial work from %s", a, b);
		}
		if (p->first < first)
			at = i + 1;
	}
	if (c->emp.n_partial >= POORT_MAX_PERIODS)
		return poort_fail(c, POORT_ERR_LIMIT, "at most %d partial work periods", POORT_MAX_PERIODS);
	struct poort_partial *grown = poort_array_insert(c->emp.partial, c->emp.n_partial, sizeof *grown, at);
	if (!grown)
		return poort_fail(c, POORT_ERR_NOMEM, "out of memory");
	grown[at] = (struct poort_partial){first, last, hours_per_week};
	c->emp.partial = grown;
	c->emp.n_partial++;
	return POORT_OK;
}

/* ------------------------------------------------------ the CAO schedule in use */

int32_t poort_cao_for(const struct poort_employee *emp, int32_t n, int32_t *next_n, int32_t *capped)
{
	int32_t week = (n + LAW_WEEK_DAYS - 1) / LAW_WEEK_DAYS;
	*next_n = INT32_MAX;
	for (size_t i = 0; i < emp->n_cao; i++) {
		const struct poort_cao_range *r = &emp->cao[i];
		if (week < r->from_week) {
			*next_n = (r->from_week - 1) * LAW_WEEK_DAYS + 1;
			return -1;
		}
		if (week <= r->to_week) {
			*next_n = r->to_week * LAW_WEEK_DAYS + 1;
			*capped = r->capped;
			return r->percent;
		}
	}
	return -1;
}

int poort_cao_over_170(const struct poort_employee *emp)
{
	if (!emp->n_cao)
		return 0;
	int64_t sum = 0;
	for (int32_t week = 1; week <= LAW_WACHTTIJD_WEEKS; week++) {
		int32_t next, capped = 0, pct = poort_cao_for(emp, week * LAW_WEEK_DAYS, &next, &capped);
		sum += pct >= 0 && pct > LAW_CONTINUATION_BP ? pct : LAW_CONTINUATION_BP;
	}
	/* the average of the two years above 170% */
	return sum > (int64_t)AGREEMENT_170_BP * (LAW_WACHTTIJD_WEEKS / 2);
}
