/*
 * Wage continuation during sickness (spec section 4, BW 7:629): the range is cut into
 * segments of days with one regime and one set of amounts, never across a month. Amounts
 * are exact rationals over one denominator per segment and rounded once at its end, half
 * away from zero; a segment of part of a month gets its share by calendar days.
 */
#include "law.h"
#include "params.h"
#include "wage.h"

#include <stdlib.h>
#include <string.h>

typedef poort_i128 i128;
#define round_div poort_round_div

#define FAR INT32_MAX
#define BP 10000     /* 100% in basis points */
#define MONTH_Q 1200 /* the denominator of the monthly fractions, see amounts() */
_Static_assert(MONTH_Q % LAW_CAP_DAYS_PER_MONTH_DEN == 0 &&
		       BP * MONTH_Q % (100 * LAW_WEEKS_PER_MONTH_DEN) == 0,
	       "the monthly fractions divide MONTH_Q");

static int32_t min32(int32_t a, int32_t b)
{
	return a < b ? a : b;
}

/* Everything about the case that does not change from day to day. */
struct context {
	const struct poort_case *c;
	const poort_params *p;
	struct poort_ends e;
	size_t latest;     /* index of the first period of the latest case */
	int32_t *cum;      /* sick days of its case before period i */
	size_t *group;     /* first period of the case of period i */
	int cao_170;
	int32_t by, bm, bd; /* birth date as year, month, day */
	size_t pi, wi;     /* cursors: periods, partial work */
};

/* Age in completed years on a date, and the next birthday after it. Without a birth date
 * or an age the adult minimum wage applies. */
static int32_t age_on(const struct context *x, int32_t y, int32_t m, int32_t d, int32_t *next_birthday)
{
	const struct poort_employee *emp = &x->c->emp;
	*next_birthday = FAR;
	if (emp->age >= 0)
		return emp->age;
	if (emp->birth == POORT_DATE_NONE)
		return LAW_WML_ADULT_AGE;
	const int32_t by = x->by, bm = x->bm, bd = x->bd;
	int32_t age = y - by - (m < bm || (m == bm && d < bd));
	/* a birthday on 29 February is celebrated on 1 March in other years */
	int32_t ny = by + age + 1;
	int32_t bday = bm == 2 && bd == 29 && poort_days_in_month(ny, 2) == 28 ? poort_days_from_civil(ny, 3, 1)
									   : poort_days_from_civil(ny, bm, bd);
	*next_birthday = bday;
	return age < 0 ? 0 : age;
}

/* The day's regime and the first later day on which anything may change. */
struct day {
	int32_t regime, next, n, reason, ended, group_first, aow_weeks;
	int paid;
};

/* Day d of the latest case: past the wage obligation (returns 0), or past the wachttijd in
 * the voluntary extension, in the days a late WIA application adds to year 2 or to the
 * extension (BW 7:629 lid 11 a), or in the loonsanctie. */
static int wage_period_regime(const struct poort_ends *e, int32_t d, struct day *out)
{
	if (d > e->wage_end) {
		out->regime = POORT_REGIME_ENDED;
		out->ended = ENDED_WAGE_END;
		out->reason = e->wage_end;
		return 0;
	}
	out->next = min32(out->next, e->wage_end + 1);
	if (d > e->wachttijd_end) {
		if (e->extension_end != POORT_DATE_NONE && d <= e->extension_end) {
			out->regime = POORT_REGIME_EXTENSION;
			out->next = min32(out->next, e->extension_end + 1);
		} else if (d < e->ls_from) {
			out->regime = e->extension_end != POORT_DATE_NONE ? POORT_REGIME_EXTENSION
									 : POORT_REGIME_YEAR2;
			out->next = min32(out->next, e->ls_from);
		} else {
			out->regime = POORT_REGIME_LOONSANCTIE;
		}
	}
	return 1;
}

/* Sick day n (date d) by its count: a waiting day, year 1 or year 2. */
static void year_regime(const struct poort_employee *emp, int32_t d, int32_t n, struct day *out)
{
#define DAY_OF(m) (d + ((m) - n)) /* date of sick day m in this period */
	if (n <= emp->waiting_days) {
		out->regime = POORT_REGIME_WAITING_DAY;
		out->next = min32(out->next, DAY_OF(emp->waiting_days + 1));
	} else if (n <= LAW_YEAR1_DAYS) {
		out->regime = POORT_REGIME_YEAR1;
		out->next = min32(out->next, DAY_OF(LAW_YEAR1_DAYS + 1));
	} else {
		out->regime = POORT_REGIME_YEAR2;
		out->next = min32(out->next, DAY_OF(LAW_WACHTTIJD_DAYS + 1));
	}
#undef DAY_OF
}

/* After AOW age only 6 weeks (13 for a case that began before 1 July 2023), from the AOW
 * date or day 1 if later: 0 when d is past them. */
static int within_aow(const struct poort_employee *emp, int32_t d, struct day *out)
{
	if (emp->aow == POORT_DATE_NONE)
		return 1;
	int32_t from = emp->aow > out->group_first ? emp->aow : out->group_first;
	int32_t days = out->group_first < LAW_AOW_SIX_WEEKS_FROM ? LAW_AOW_BEFORE_DAYS : LAW_AOW_DAYS;
	int32_t limit = from + days - 1;
	if (d > limit) {
		out->regime = POORT_REGIME_AFTER_AOW;
		out->reason = limit;
		out->aow_weeks = days / LAW_WEEK_DAYS;
		return 0;
	}
	out->next = min32(out->next, limit + 1);
	return 1;
}

static void classify(struct context *x, int32_t d, struct day *out)
{
	const struct poort_case *c = x->c;
	const struct poort_ends *e = &x->e;
	memset(out, 0, sizeof *out);
	while (x->pi < c->n_periods && c->periods[x->pi].last != POORT_DATE_NONE &&
	       c->periods[x->pi].last < d)
		x->pi++;
	int sick = x->pi < c->n_periods && c->periods[x->pi].first <= d;
	out->next = sick ? (c->periods[x->pi].last == POORT_DATE_NONE ? FAR : c->periods[x->pi].last + 1)
			 : (x->pi < c->n_periods ? c->periods[x->pi].first : FAR);
	if (e->employment_end != POORT_DATE_NONE) {
		if (d > e->employment_end) {
			out->regime = POORT_REGIME_ENDED;
			out->ended = ENDED_EMPLOYMENT;
			out->reason = e->employment_end;
			out->next = FAR;
			return;
		}
		out->next = min32(out->next, e->employment_end + 1);
	}
	if (!sick) {
		out->regime = POORT_REGIME_NOT_SICK;
		return;
	}
	const struct poort_period *p = &c->periods[x->pi];
	size_t g = x->group[x->pi];
	int32_t n = x->cum[x->pi] + (d - p->first + 1);
	out->n = n;
	out->group_first = c->periods[g].first;
	if (g == x->latest) {
		if (!wage_period_regime(e, d, out))
			return;
	} else if (n > LAW_WACHTTIJD_DAYS) {
		out->regime = POORT_REGIME_ENDED;
		out->ended = ENDED_EARLIER_CASE;
		out->reason = d + (LAW_WACHTTIJD_DAYS - n); /* the earlier case's sick day 728 */
		return;
	}
	if (!out->regime)
		year_regime(&c->emp, d, n, out);
	if (within_aow(&c->emp, d, out))
		out->paid = out->regime != POORT_REGIME_WAITING_DAY;
}

/* Table values of a segment's first day, looked up once for both the segmentation and
 * the amounts. */
struct lookups {
	struct poort_cap cap;
	struct poort_floor floor;
};

/* Year 1: the statutory amount is at least the minimum wage, hourly x hours x 13/3 or the
 * 2023 full-time monthly amount x hours / FT (BW 7:629 lid 1). Returns the amount. */
static i128 apply_floor(const struct poort_floor *f, int32_t H, i128 stat, struct poort_wage_segment *s)
{
	i128 floor = f->hour_cents ? (i128)f->hour_cents * H * LAW_WEEKS_PER_MONTH_NUM *
					     (BP * MONTH_Q / (100 * LAW_WEEKS_PER_MONTH_DEN))
				   : (i128)f->month_cents * H * BP * MONTH_Q;
	s->min_hour = f->hour_cents;
	s->min_month = f->month_cents;
	s->floor_n = floor;
	if (floor <= stat)
		return stat;
	s->flags |= POORT_FLAG_FLOOR;
	return floor;
}

/* The segment's share of the monthly amounts (over den), each rounded once; hours worked
 * are paid as wage for work done (wq), the continuation applies to the rest. */
static void round_segment(struct poort_wage_segment *s, i128 stat, i128 pay, i128 cao, i128 wq, i128 den,
			  int32_t H)
{
	if (!s->worked) {
		den *= s->dim;
		s->statutory = round_div(stat * s->days, den);
		s->amount = round_div(pay * s->days, den);
		if (s->pct_cao >= 0)
			s->cao = round_div(cao * s->days, den);
		return;
	}
	const i128 work = wq * s->worked * s->work_pay;
	den *= (i128)H * s->dim;
	s->statutory = round_div((stat * (H - s->worked) + work) * s->days, den);
	s->amount = round_div((pay * (H - s->worked) + work) * s->days, den);
	if (s->pct_cao >= 0)
		s->cao = round_div((cao * (H - s->worked) + work) * s->days, den);
}

/* Fill the amounts of segment s (days s->first .. s->last of one month). */
static void amounts(const struct context *x, const struct day *day, const struct lookups *lk,
		    struct poort_wage_segment *s)
{
	const struct poort_employee *emp = &x->c->emp;
	const int64_t W = emp->wage;
	s->hours = emp->hours;
	s->fulltime = emp->fulltime_hours;
	s->wage_m = W;
	s->cao = -1;
	if (day->regime == POORT_REGIME_NOT_SICK) {
		s->percent = BP;
		s->statutory = s->amount = round_div((i128)W * s->days, s->dim);
		s->pay_n = W;
		s->den = 1;
		return;
	}
	if (!day->paid)
		return;
	/* Monthly amounts as exact numerators over DEN = BP (percentages) x MONTH_Q (the
	 * cap's 21,75 = 87/4 and the floor's 13/3 per hundredth of an hour, 13/300) x FT (the
	 * full-time hours of a 2023 monthly minimum wage, else 1). "q" values are over
	 * DEN / BP, so that applying a percentage needs no division. */
	const int year1 = day->regime == POORT_REGIME_YEAR1;
	const int64_t ft = year1 && lk->floor.month_cents ? emp->fulltime_hours : 1;
	s->den = (i128)BP * MONTH_Q * ft;
	s->max_day = lk->cap.cents;
	const i128 wq = (i128)W * MONTH_Q * ft;
	const i128 capq = (i128)s->max_day * LAW_CAP_DAYS_PER_MONTH_NUM *
			  (MONTH_Q / LAW_CAP_DAYS_PER_MONTH_DEN) * ft; /* maximum per day x 21,75 */
	i128 baseq = wq;
	if (wq > capq) {
		baseq = capq;
		s->flags |= POORT_FLAG_CAP;
	}
	s->pct_stat = day->regime == POORT_REGIME_EXTENSION ? emp->extension_percent : LAW_CONTINUATION_BP;
	i128 stat = baseq * s->pct_stat;
	s->base_n = baseq * BP;
	s->stat_n = stat;
	if (year1)
		stat = apply_floor(&lk->floor, emp->hours, stat, s);
	i128 pay = stat, cao = 0;
	s->percent = s->pct_stat;
	int32_t next_n, capped = 0;
	s->pct_cao = poort_cao_for(emp, day->n, &next_n, &capped);
	if (s->pct_cao >= 0) {
		cao = s->cao_n = (capped ? baseq : wq) * s->pct_cao;
		if (cao > pay) {
			pay = cao;
			s->percent = s->pct_cao;
		}
	}
	s->pay_n = pay;
	round_segment(s, stat, pay, cao, wq, s->den, emp->hours);
}

/* Flag a paid segment that used a table past its newest row's half year (stale) or a
 * derived row (provisional), and keep the earliest such date per table in w. */
static void note_table(struct poort_wage *w, struct poort_wage_segment *s, int32_t table, int stale,
		       int32_t stale_from, int derived, int32_t from)
{
	if (stale) {
		s->flags |= POORT_FLAG_STALE;
		s->table_from = stale_from;
		if (w->stale_from[table] == POORT_DATE_NONE || stale_from < w->stale_from[table])
			w->stale_from[table] = stale_from;
	}
	if (derived) {
		s->flags |= POORT_FLAG_PROVISIONAL;
		if (w->provisional_from[table] == POORT_DATE_NONE || from < w->provisional_from[table])
			w->provisional_from[table] = from;
	}
}

/* The Wfsv row counts where it capped the wage; the minimum wage row wherever year 1 looked
 * it up. */
static void note_tables(struct poort_wage *w, struct poort_wage_segment *s, const struct lookups *lk, int year1)
{
	if (s->flags & POORT_FLAG_CAP)
		note_table(w, s, POORT_TABLE_WFSV, lk->cap.stale, lk->cap.stale_from, lk->cap.derived,
			   lk->cap.from);
	if (year1)
		note_table(w, s, POORT_TABLE_MIN_WAGE, lk->floor.stale, lk->floor.stale_from, lk->floor.derived,
			   lk->floor.from);
}

/* Hours worked on day d and the first day that may change; cursor in x->wi. */
static int32_t worked_on(struct context *x, int32_t d, int32_t *next)
{
	const struct poort_employee *emp = &x->c->emp;
	while (x->wi < emp->n_partial && emp->partial[x->wi].last < d)
		x->wi++;
	if (x->wi == emp->n_partial) {
		*next = FAR;
		return 0;
	}
	const struct poort_partial *p = &emp->partial[x->wi];
	if (p->first > d) {
		*next = p->first;
		return 0;
	}
	*next = p->last + 1;
	return p->hours;
}

static int32_t month_end(int32_t date)
{
	int32_t y, m, d;
	poort_civil_from_days(date, &y, &m, &d);
	return date - d + poort_days_in_month(y, m);
}

static int32_t month_start(int32_t date)
{
	int32_t y, m, d;
	poort_civil_from_days(date, &y, &m, &d);
	return date - d + 1;
}

/* A paid day d (y-m-dd): check the hours worked and look up the table values; *next comes
 * forward to the first day on which the CAO range, the Wfsv year, the minimum wage row or
 * the age may change. */
static int32_t paid_day(struct context *x, int32_t d, int32_t y, int32_t m, int32_t dd, const struct day *day,
			int32_t worked, int32_t *next, struct lookups *lk)
{
	const struct poort_employee *emp = &x->c->emp;
	char a[POORT_DATE_BUFSIZE], h1[POORT_AMOUNT_BUFSIZE], h2[POORT_AMOUNT_BUFSIZE];
	if (worked > emp->hours) {
		poort_fmt_date(d, a);
		return poort_fail((struct poort_case *)x->c, POORT_ERR_HOURS,
				  "partial work on %s: %s hours worked, more than the contract's %s hours", a,
				  poort_fmt_hundredths(worked, h1), poort_fmt_hundredths(emp->hours, h2));
	}
	int32_t next_n, capped, bd;
	poort_cao_for(emp, day->n, &next_n, &capped);
	if (next_n != FAR)
		*next = min32(*next, d + (next_n - day->n));
	int32_t st = poort_wfsv_lookup(x->p, d, &lk->cap);
	*next = min32(*next, lk->cap.next);
	if (st == POORT_OK && day->regime == POORT_REGIME_YEAR1) {
		st = poort_floor_lookup(x->p, d, age_on(x, y, m, dd, &bd), emp->bbl, &lk->floor);
		*next = min32(min32(*next, lk->floor.next), bd);
	}
	if (st == POORT_OK)
		return POORT_OK;
	poort_fmt_date(d, a);
	return poort_fail((struct poort_case *)x->c, st, "no statutory amounts for %s: the tables start in 2023", a);
}

static int32_t run(struct context *x, int32_t first, int32_t last, struct poort_wage *w)
{
	const struct poort_employee *emp = &x->c->emp;
	for (int32_t d = first; d <= last;) {
		int32_t y, m, dd;
		poort_civil_from_days(d, &y, &m, &dd);
		const int32_t dim = poort_days_in_month(y, m);
		struct day day;
		struct lookups lk;
		classify(x, d, &day);
		int32_t next = day.next, n;
		int32_t worked = worked_on(x, d, &n);
		if (day.paid) {
			next = min32(next, n);
			int32_t st = paid_day(x, d, y, m, dd, &day, worked, &next, &lk);
			if (st != POORT_OK)
				return st;
		}
		if (next <= d)
			next = d + 1; /* a segment is at least one day, whatever a lookup says */
		int32_t seg_last = min32(min32(next - 1, d - dd + dim), last);
		struct poort_wage_segment *s = w->keep ? poort_wage_add_segment(w) : memset(w->seg_inline, 0, sizeof *s);
		if (!s)
			return poort_fail((struct poort_case *)x->c, POORT_ERR_NOMEM, "out of memory");
		s->first = d;
		s->last = seg_last;
		s->days = seg_last - d + 1;
		s->dim = dim;
		s->ym = y * 12 + m;
		s->regime = day.regime;
		s->ended = day.ended;
		s->reason_date = day.reason;
		s->aow_weeks = day.aow_weeks;
		s->worked = day.paid ? worked : 0;
		s->work_pay = emp->partial_pay;
		if (x->cao_170 && day.paid)
			s->flags |= POORT_FLAG_CAO_170;
		amounts(x, &day, &lk, s);
		if (day.paid)
			note_tables(w, s, &lk, day.regime == POORT_REGIME_YEAR1);
		w->total += s->amount;
		w->flags |= s->flags;
		d = seg_last + 1;
	}
	return POORT_OK;
}

/* Compute into w (initialized by the caller); keep = 0 for the total only. */
static int32_t compute(poort_case *c, const poort_params *params, int32_t first, int32_t last,
		       struct poort_wage *w)
{
	int32_t st;
	if (c->emp.wage < 0)
		return poort_fail(c, POORT_ERR_NO_WAGE, "the monthly wage and contract hours are not set");
	if ((first == POORT_DATE_NONE) != (last == POORT_DATE_NONE))
		return poort_fail(c, POORT_ERR_ARGUMENT, "give both first and last, or neither");
	struct context x = {.c = c, .p = params ? params : &poort_builtin_params};
	struct poort_span span;
	poort_latest_case(c, &span);
	st = poort_case_ends(c, &span, &x.e);
	if (st != POORT_OK)
		return st;
	if (first == POORT_DATE_NONE) {
		int32_t end = x.e.wage_end;
		if (x.e.last_sick_day != POORT_DATE_NONE && x.e.last_sick_day < end)
			end = x.e.last_sick_day;
		first = month_start(x.e.first_sick_day);
		last = month_end(end < x.e.first_sick_day ? x.e.first_sick_day : end);
	} else {
		if (!poort_date_in_range(first) || !poort_date_in_range(last))
			return poort_fail(c, POORT_ERR_DATE_RANGE, "range: dates outside 1900-2199");
		if (last < first)
			return poort_fail(c, POORT_ERR_PERIOD_ORDER, "range: the last day is before the first day");
	}
	if (last - first > 7305)
		return poort_fail(c, POORT_ERR_ARGUMENT, "range: at most 20 years");
	/* which case each period belongs to, and the sick days before it in that case */
	size_t small_group[16];
	int32_t small_cum[16];
	x.group = c->n_periods <= 16 ? small_group : malloc(c->n_periods * sizeof *x.group);
	x.cum = c->n_periods <= 16 ? small_cum : malloc(c->n_periods * sizeof *x.cum);
	if (!x.group || !x.cum) {
		st = poort_fail(c, POORT_ERR_NOMEM, "out of memory");
		goto done;
	}
	x.latest = (size_t)(span.seg - c->periods);
	poort_case_groups(c, x.group, x.cum);
	x.cao_170 = poort_cao_over_170(&c->emp);
	if (c->emp.birth != POORT_DATE_NONE)
		poort_civil_from_days(c->emp.birth, &x.by, &x.bm, &x.bd);
	if ((st = run(&x, first, last, w)) == POORT_OK && w->keep && poort_wage_group_months(w) != POORT_OK)
		st = poort_fail(c, POORT_ERR_NOMEM, "out of memory");
done:
	if (x.group != small_group)
		free(x.group);
	if (x.cum != small_cum)
		free(x.cum);
	return st;
}

int32_t poort_wage_compute(poort_case *c, const poort_params *params, int32_t first, int32_t last,
			   poort_wage **out)
{
	int32_t st = poort_begin_compute(c, out);
	if (st != POORT_OK)
		return st;
	poort_wage *w = malloc(sizeof *w);
	if (!w)
		return poort_fail(c, POORT_ERR_NOMEM, "out of memory");
	poort_wage_init(w, 1);
	if ((st = compute(c, params, first, last, w)) != POORT_OK) {
		poort_wage_free(w);
		return st;
	}
	*out = w;
	return POORT_OK;
}

int32_t poort_wage_totals(poort_case *const *cases, size_t n, const poort_params *params,
			  int32_t first, int32_t last, int64_t *totals, int32_t *statuses)
{
	if ((!cases || !totals || !statuses) && n)
		return POORT_ERR_NULL;
	int32_t failed = 0;
	struct poort_wage w; /* totals only: no segments kept, nothing allocated */
	for (size_t i = 0; i < n; i++) {
		poort_wage *unused = NULL;
		poort_wage_init(&w, 0);
		statuses[i] = cases[i] ? poort_begin_compute(cases[i], &unused) : POORT_ERR_NULL;
		if (statuses[i] == POORT_OK)
			statuses[i] = compute(cases[i], params, first, last, &w);
		totals[i] = statuses[i] == POORT_OK ? w.total : 0;
		failed += statuses[i] != POORT_OK;
	}
	return failed;
}
