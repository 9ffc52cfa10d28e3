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
	int32_t regime, next, n, reason, ended, group_first;
	int paid;
};

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
#define DAY_OF(m) (d + ((m) - n)) /* date of sick day m in this period */
	if (g == x->latest) {
		if (d > e->wage_end) {
			out->regime = POORT_REGIME_ENDED;
			out->ended = ENDED_WAGE_END;
			out->reason = e->wage_end;
			return;
		}
		out->next = min32(out->next, e->wage_end + 1);
		if (d > e->wachttijd_end) {
			if (e->extension_end != POORT_DATE_NONE && d <= e->extension_end) {
				out->regime = POORT_REGIME_EXTENSION;
				out->next = min32(out->next, e->extension_end + 1);
			} else {
				out->regime = POORT_REGIME_LOONSANCTIE;
			}
		}
	} else if (n > LAW_WACHTTIJD_DAYS) {
		out->regime = POORT_REGIME_ENDED;
		out->ended = ENDED_EARLIER_CASE;
		out->reason = DAY_OF(LAW_WACHTTIJD_DAYS);
		return;
	}
	if (!out->regime) {
		if (n <= c->emp.waiting_days) {
			out->regime = POORT_REGIME_WAITING_DAY;
			out->next = min32(out->next, DAY_OF(c->emp.waiting_days + 1));
		} else if (n <= LAW_YEAR1_DAYS) {
			out->regime = POORT_REGIME_YEAR1;
			out->next = min32(out->next, DAY_OF(LAW_YEAR1_DAYS + 1));
		} else {
			out->regime = POORT_REGIME_YEAR2;
			out->next = min32(out->next, DAY_OF(LAW_WACHTTIJD_DAYS + 1));
		}
	}
	/* after AOW age only 6 weeks, from the AOW date or day 1 if later */
	if (c->emp.aow != POORT_DATE_NONE) {
		int32_t from = c->emp.aow > out->group_first ? c->emp.aow : out->group_first;
		int32_t limit = from + LAW_AOW_DAYS - 1;
		if (d > limit) {
			out->regime = POORT_REGIME_AFTER_AOW;
			out->reason = limit;
			return;
		}
		out->next = min32(out->next, limit + 1);
	}
	out->paid = out->regime != POORT_REGIME_WAITING_DAY;
#undef DAY_OF
}

/* Table values of a segment's first day, looked up once for both the segmentation and
 * the amounts. */
struct lookups {
	int64_t max_day;
	int wfsv_stale;
	struct poort_floor floor;
};

/* Fill the amounts of segment s (days s->first .. s->last of one month). */
static void amounts(const struct context *x, const struct day *day, const struct lookups *lk,
		    struct poort_wage_segment *s)
{
	const struct poort_employee *emp = &x->c->emp;
	const int64_t W = emp->wage;
	const int32_t H = emp->hours, FT = emp->fulltime_hours;
	s->hours = H;
	s->fulltime = FT;
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
	const struct poort_floor *f = &lk->floor;
	const int year1 = day->regime == POORT_REGIME_YEAR1;
	const int64_t ft = year1 && f->month_cents ? FT : 1;
	const i128 DEN = (i128)BP * MONTH_Q * ft;
	s->den = DEN;
	s->max_day = lk->max_day;
	if (lk->wfsv_stale)
		s->flags |= POORT_FLAG_STALE;
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
	if (year1) {
		if (f->stale) {
			s->flags |= POORT_FLAG_STALE;
			s->table_from = f->from;
		}
		/* hourly x hours x 13/3, or the 2023 full-time monthly amount x hours / FT */
		i128 floor = f->hour_cents ? (i128)f->hour_cents * H * LAW_WEEKS_PER_MONTH_NUM *
						     (BP * MONTH_Q / (100 * LAW_WEEKS_PER_MONTH_DEN))
					   : (i128)f->month_cents * H * BP * MONTH_Q;
		s->min_hour = f->hour_cents;
		s->min_month = f->month_cents;
		s->floor_n = floor;
		if (floor > stat) {
			stat = floor;
			s->flags |= POORT_FLAG_FLOOR;
		}
	}
	i128 pay = stat;
	s->percent = s->pct_stat;
	int32_t next_n, capped = 0;
	s->pct_cao = poort_cao_for(emp, day->n, &next_n, &capped);
	i128 cao = 0;
	if (s->pct_cao >= 0) {
		cao = (capped ? baseq : wq) * s->pct_cao;
		s->cao_n = cao;
		if (cao > pay) {
			pay = cao;
			s->percent = s->pct_cao;
		}
	}
	s->pay_n = pay;
	if (!s->worked) {
		const i128 den = DEN * s->dim;
		s->statutory = round_div(stat * s->days, den);
		s->amount = round_div(pay * s->days, den);
		if (s->pct_cao >= 0)
			s->cao = round_div(cao * s->days, den);
		return;
	}
	/* partial work: the worked hours as wage for work done, the rest as continuation */
	const i128 work = wq * s->worked * s->work_pay;
	const i128 den = DEN * H * s->dim;
	s->statutory = round_div((stat * (H - s->worked) + work) * s->days, den);
	s->amount = round_div((pay * (H - s->worked) + work) * s->days, den);
	if (s->pct_cao >= 0)
		s->cao = round_div((cao * (H - s->worked) + work) * s->days, den);
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

static struct poort_wage_segment *add_segment(struct poort_wage *w)
{
	if (w->n_seg == w->cap_seg) {
		size_t cap = w->cap_seg * 2;
		struct poort_wage_segment *grown;
		if (w->seg == w->seg_inline) {
			grown = malloc(cap * sizeof *grown);
			if (grown)
				memcpy(grown, w->seg_inline, sizeof w->seg_inline);
		} else {
			grown = realloc(w->seg, cap * sizeof *grown);
		}
		if (!grown)
			return NULL;
		w->seg = grown;
		w->cap_seg = cap;
	}
	struct poort_wage_segment *s = &w->seg[w->n_seg++];
	memset(s, 0, sizeof *s);
	return s;
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
			if (worked > emp->hours) {
				char a[POORT_DATE_BUFSIZE];
				poort_fmt_date(d, a);
				return poort_fail((struct poort_case *)x->c, POORT_ERR_HOURS,
						  "partial work on %s: %ld hundredths of an hour worked, more "
						  "than the contract's %ld", a, (long)worked, (long)emp->hours);
			}
			int32_t next_n, capped, bd;
			poort_cao_for(emp, day.n, &next_n, &capped);
			if (next_n != FAR)
				next = min32(next, d + (next_n - day.n));
			next = min32(next, poort_days_from_civil(y + 1, 1, 1)); /* the Wfsv year */
			int32_t st = poort_wfsv_lookup(x->p, y, &lk.max_day, &lk.wfsv_stale);
			if (st == POORT_OK && day.regime == POORT_REGIME_YEAR1) {
				st = poort_floor_lookup(x->p, d, age_on(x, y, m, dd, &bd), &lk.floor);
				next = min32(min32(next, lk.floor.next), bd);
			}
			if (st != POORT_OK) {
				char a[POORT_DATE_BUFSIZE];
				poort_fmt_date(d, a);
				return poort_fail((struct poort_case *)x->c, st,
						  "no statutory amounts for %s: the tables start in 2023", a);
			}
		}
		if (next <= d)
			next = d + 1; /* a segment is at least one day, whatever a lookup says */
		int32_t seg_last = min32(min32(next - 1, d - dd + dim), last);
		struct poort_wage_segment *s = w->keep ? add_segment(w) : memset(w->seg_inline, 0, sizeof *s);
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
		s->worked = day.paid ? worked : 0;
		s->work_pay = emp->partial_pay;
		if (x->cao_170 && day.paid)
			s->flags |= POORT_FLAG_CAO_170;
		amounts(x, &day, &lk, s);
		w->total += s->amount;
		w->flags |= s->flags;
		d = seg_last + 1;
	}
	return POORT_OK;
}

/* Group the segments by calendar month. */
static int32_t months(struct poort_wage *w)
{
	size_t n = 0;
	for (size_t i = 0; i < w->n_seg; i++)
		if (i == 0 || w->seg[i].ym != w->seg[i - 1].ym)
			n++;
	if (n > WAGE_INLINE_MONTHS) {
		w->month = calloc(n, sizeof *w->month);
		if (!w->month)
			return POORT_ERR_NOMEM;
	}
	for (size_t i = 0; i < w->n_seg; i++) {
		const struct poort_wage_segment *s = &w->seg[i];
		struct poort_wage_month *mo = &w->month[w->n_month ? w->n_month - 1 : 0];
		if (i == 0 || s->ym != w->seg[i - 1].ym) {
			mo = &w->month[w->n_month++];
			mo->first = s->first;
			mo->seg = i;
		}
		mo->last = s->last;
		mo->n_seg++;
		mo->amount += s->amount;
		mo->statutory += s->statutory;
		mo->flags |= s->flags;
		/* regime of the segment with the most days; the later one on a tie */
		int32_t best = 0;
		for (size_t k = mo->seg; k < i; k++)
			best = w->seg[k].days > best ? w->seg[k].days : best;
		if (s->days >= best) {
			mo->regime = s->regime;
			mo->percent = s->percent;
		}
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
	if ((st = run(&x, first, last, w)) == POORT_OK && w->keep && months(w) != POORT_OK)
		st = poort_fail(c, POORT_ERR_NOMEM, "out of memory");
done:
	if (x.group != small_group)
		free(x.group);
	if (x.cum != small_cum)
		free(x.cum);
	return st;
}

static void init_wage(struct poort_wage *w, int keep)
{
	w->total = 0;
	w->flags = 0;
	w->keep = keep;
	w->n_seg = w->n_month = 0;
	w->cap_seg = WAGE_INLINE_SEGMENTS;
	w->seg = w->seg_inline;
	w->month = w->month_inline;
	memset(w->month_inline, 0, sizeof w->month_inline);
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
	init_wage(w, 1);
	if ((st = compute(c, params, first, last, w)) != POORT_OK) {
		poort_wage_free(w);
		return st;
	}
	*out = w;
	return POORT_OK;
}

void poort_wage_free(poort_wage *w)
{
	if (!w)
		return;
	if (w->seg != w->seg_inline)
		free(w->seg);
	if (w->month != w->month_inline)
		free(w->month);
	free(w);
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
		init_wage(&w, 0);
		statuses[i] = cases[i] ? poort_begin_compute(cases[i], &unused) : POORT_ERR_NULL;
		if (statuses[i] == POORT_OK)
			statuses[i] = compute(cases[i], params, first, last, &w);
		totals[i] = statuses[i] == POORT_OK ? w.total : 0;
		failed += statuses[i] != POORT_OK;
	}
	return failed;
}

/* ---------------------------------------------------------------- accessors */

int64_t poort_wage_total(const poort_wage *w)
{
	return w ? w->total : -1;
}

int32_t poort_wage_flags(const poort_wage *w)
{
	return w ? w->flags : -1;
}

size_t poort_wage_segment_count(const poort_wage *w)
{
	return w ? w->n_seg : 0;
}

size_t poort_wage_month_count(const poort_wage *w)
{
	return w ? w->n_month : 0;
}

#define SEG(type, name, expr, none)                                         \
	type poort_wage_segment_##name(const poort_wage *w, size_t i)       \
	{                                                                   \
		if (!w || i >= w->n_seg)                                    \
			return (none);                                      \
		const struct poort_wage_segment *s = &w->seg[i];            \
		return (expr);                                              \
	}
SEG(int32_t, first, s->first, POORT_DATE_NONE)
SEG(int32_t, last, s->last, POORT_DATE_NONE)
SEG(int32_t, regime, s->regime, -1)
SEG(int32_t, percent, s->percent, -1)
SEG(int64_t, statutory, s->statutory, -1)
SEG(int64_t, cao, s->cao, POORT_ERR_INDEX) /* -1 is "no CAO range" */
SEG(int64_t, amount, s->amount, -1)
SEG(int32_t, flags, s->flags, -1)

#define MONTH(type, name, expr, none)                                       \
	type poort_wage_month_##name(const poort_wage *w, size_t i)         \
	{                                                                   \
		if (!w || i >= w->n_month)                                  \
			return (none);                                      \
		const struct poort_wage_month *mo = &w->month[i];           \
		return (expr);                                              \
	}
MONTH(int32_t, first, mo->first, POORT_DATE_NONE)
MONTH(int32_t, last, mo->last, POORT_DATE_NONE)
MONTH(int64_t, amount, mo->amount, -1)
MONTH(int64_t, statutory, mo->statutory, -1)
MONTH(int32_t, regime, mo->regime, -1)
MONTH(int32_t, percent, mo->percent, -1)
MONTH(int32_t, flags, mo->flags, -1)

const char *poort_regime_name(int32_t regime)
{
	static const char *const names[] = {
		[POORT_REGIME_NOT_SICK] = "not_sick",
		[POORT_REGIME_WAITING_DAY] = "waiting_day",
		[POORT_REGIME_YEAR1] = "year1",
		[POORT_REGIME_YEAR2] = "year2",
		[POORT_REGIME_EXTENSION] = "extension",
		[POORT_REGIME_LOONSANCTIE] = "loonsanctie",
		[POORT_REGIME_AFTER_AOW] = "after_aow",
		[POORT_REGIME_ENDED] = "ended",
	};
	return regime >= 0 && regime < (int32_t)(sizeof names / sizeof *names) ? names[regime] : NULL;
}
