/*
 * The timeline (spec section 3): every milestone of the latest case with its due
 * date, status on a reference date and how the date was derived. The rules are data in
 * the milestone table (milestones.c); this file interprets their kinds, the same way for
 * every row.
 */
#include "law.h"
#include "timeline.h"

#include <stdlib.h>

/* ------------------------------------------------------------ applying rules */

/* What the rules read while one timeline is derived: the case, its latest case of
 * sickness and wage period, and each row's entry (its first occurrence) once derived. */
struct rules {
	const struct poort_milestone_def *table;
	const struct poort_case *c;
	const struct poort_span *s;
	const struct poort_ends *e;
	int32_t today;
	struct poort_entry sick728; /* sick day 728, whose skipped days explain E */
	struct poort_entry m[M_COUNT];
	uint8_t state[M_COUNT];
};
enum { NOT_YET, BUSY, PRESENT, ABSENT };

static const struct poort_entry *entry_of(struct rules *x, int idx);

/* Sick day n with the skipped days that explain it. */
static void at_sick_day(const struct rules *x, int32_t n, struct poort_entry *m)
{
	m->how = HOW_SICK_DAY;
	m->n = (int16_t)n;
	m->due = poort_sick_day(x->s, n);
	m->skipped_leave = poort_leave_days_until(x->c, x->s, m->due);
	m->skipped_int = m->due - x->s->seg[0].first - (n - 1) - m->skipped_leave;
}

/* The rule kinds (enum poort_rule_kind): each fills m and returns 0 when the milestone is
 * absent from this case. */
typedef int (*rule_fn)(struct rules *x, const struct poort_rule *r, struct poort_entry *m);

static int rule_sick_day(struct rules *x, const struct poort_rule *r, struct poort_entry *m)
{
	at_sick_day(x, r->n, m);
	return 1;
}

static int rule_window(struct rules *x, const struct poort_rule *r, struct poort_entry *m)
{
	at_sick_day(x, r->n, m);
	m->window = poort_sick_day(x->s, r->m);
	return 1;
}

static int rule_after(struct rules *x, const struct poort_rule *r, struct poort_entry *m)
{
	const struct poort_entry *base = entry_of(x, r->ref);
	at_sick_day(x, r->m, m);
	m->how = HOW_AFTER_FALLBACK;
	if (x->state[r->ref] != PRESENT)
		return 1;
	if (base->done != POORT_DATE_NONE) {
		m->how = HOW_AFTER_DONE;
		m->anchor = base->done;
		m->due = base->done + r->n;
	} else if (base->how == HOW_DEPARTURE && base->due + r->n > m->due) {
		m->how = HOW_AFTER_DEPARTURE;
		m->anchor = base->due;
		m->due = base->due + r->n;
	}
	return 1;
}

/* The first occurrence; repeat_fill derives the others. */
static int rule_repeat(struct rules *x, const struct poort_rule *r, struct poort_entry *m)
{
	const struct poort_entry *base = entry_of(x, r->ref);
	int done = base->done != POORT_DATE_NONE;
	m->how = done ? HOW_REPEAT_FIRST_DONE : HOW_REPEAT_FIRST_DUE;
	m->anchor = done ? base->done : base->due;
	m->n = r->n;
	m->due = m->anchor + r->n;
	return x->state[r->ref] == PRESENT;
}

static int rule_day_after(struct rules *x, const struct poort_rule *r, struct poort_entry *m)
{
	at_sick_day(x, r->n, m);
	m->how = HOW_DAY_AFTER;
	m->due++;
	return 1;
}

static int rule_before_end(struct rules *x, const struct poort_rule *r, struct poort_entry *m)
{
	m->how = x->e->extension_end != POORT_DATE_NONE ? HOW_BEFORE_EXTENSION_END : HOW_BEFORE_END;
	m->n = r->n;
	m->anchor = x->e->end_after;
	m->due = x->e->end_after - r->n;
	m->skipped_int = x->sick728.skipped_int;
	m->skipped_leave = x->sick728.skipped_leave;
	return 1;
}

static int rule_same_as(struct rules *x, const struct poort_rule *r, struct poort_entry *m)
{
	*m = *entry_of(x, r->ref);
	return x->state[r->ref] == PRESENT;
}

static int rule_wage_period_end(struct rules *x, const struct poort_rule *r, struct poort_entry *m)
{
	(void)r;
	if (x->e->extension_end == POORT_DATE_NONE) {
		m->how = x->sick728.how;
		m->n = x->sick728.n;
		m->due = x->sick728.due;
		m->skipped_int = x->sick728.skipped_int;
		m->skipped_leave = x->sick728.skipped_leave;
	} else {
		m->how = HOW_EXTENSION_END;
		m->anchor = x->e->wachttijd_end;
		m->due = x->e->extension_end;
	}
	return 1;
}

static int rule_loonsanctie_end(struct rules *x, const struct poort_rule *r, struct poort_entry *m)
{
	(void)r;
	m->how = HOW_LOONSANCTIE;
	m->anchor = x->e->ls_from;
	m->n = (int16_t)x->c->ls_weeks;
	m->due = x->e->ls_end;
	return x->e->ls_end != POORT_DATE_NONE;
}

static int rule_employment_end(struct rules *x, const struct poort_rule *r, struct poort_entry *m)
{
	(void)r;
	m->how = HOW_EMPLOYMENT_END;
	m->due = x->e->employment_end;
	return x->e->employment_end != POORT_DATE_NONE;
}

static const rule_fn rule_kinds[RULE_KIND_COUNT] = {
	[RULE_SICK_DAY] = rule_sick_day,
	[RULE_WINDOW] = rule_window,
	[RULE_AFTER] = rule_after,
	[RULE_REPEAT] = rule_repeat,
	[RULE_DAY_AFTER] = rule_day_after,
	[RULE_BEFORE_END] = rule_before_end,
	[RULE_SAME_AS] = rule_same_as,
	[RULE_WAGE_PERIOD_END] = rule_wage_period_end,
	[RULE_LOONSANCTIE_END] = rule_loonsanctie_end,
	[RULE_EMPLOYMENT_END] = rule_employment_end,
};

/* A recorded reasoned departure replaces the due date (Regeling procesgang art. 5); one
 * dated before the latest case belongs to an earlier case. */
static void apply_departure(const struct rules *x, int idx, struct poort_entry *m)
{
	int32_t departure = x->c->departure[idx];
	if (!x->table[idx].departable || departure < x->e->first_sick_day)
		return;
	m->extra = m->due;
	m->due = departure;
	m->how = HOW_DEPARTURE;
}

/* The earliest record of a one-off milestone in the latest case (records of an earlier
 * case are ignored): done when it lies on or before today, else planned (spec 6). */
static void recorded(const struct rules *x, int idx, struct poort_entry *m)
{
	size_t lo, hi;
	m->done = m->planned = POORT_DATE_NONE;
	if (!x->table[idx].recordable)
		return;
	poort_records_between(x->c->done, x->c->n_done, idx, x->e->first_sick_day, INT32_MAX, &lo, &hi);
	if (hi > lo)
		*(x->c->done[lo].date <= x->today ? &m->done : &m->planned) = x->c->done[lo].date;
}

/* The entry of row idx, derived on first use: rows follow one another (a plan after the
 * probleemanalyse) in any table order. A rule that leads back to itself reads a blank entry. */
static const struct poort_entry *entry_of(struct rules *x, int idx)
{
	if (x->state[idx] != NOT_YET)
		return &x->m[idx];
	x->state[idx] = BUSY;
	struct poort_entry m = {.window = POORT_DATE_NONE, .extra = POORT_DATE_NONE};
	const struct poort_rule *r = &x->table[idx].rule;
	int present = r->kind < RULE_KIND_COUNT && rule_kinds[r->kind](x, r, &m);
	apply_departure(x, idx, &m);
	m.def = (uint8_t)idx;
	m.occurrence = 0;
	recorded(x, idx, &m);
	x->m[idx] = m;
	x->state[idx] = present ? PRESENT : ABSENT;
	return &x->m[idx];
}

/* ---------------------------------------------------------- repeating rules */

/* The occurrences of a RULE_REPEAT row: those held in this case (records up to today), then
 * those due before the limit's due date, the records after today planned on them in turn
 * (one occurrence more for each planned record beyond the due ones). */
struct repeat {
	size_t first_rec, n_rec, n_planned, n;
};

/* Number of occurrences due strictly before limit, every `every` days from anchor. */
static size_t due_until(int32_t anchor, int32_t limit, int32_t every)
{
	return limit > anchor ? (size_t)((limit - anchor - 1) / every) : 0;
}

static void repeat_count(struct rules *x, int idx, struct repeat *rp)
{
	const struct poort_case *c = x->c;
	const struct poort_rule *r = &x->table[idx].rule;
	const struct poort_entry *first = entry_of(x, idx);
	size_t lo, hi, end;
	poort_records_between(c->done, c->n_done, idx, x->e->first_sick_day, x->today, &lo, &hi);
	poort_records_between(c->done, c->n_done, idx, poort_after(x->today, x->e->first_sick_day), INT32_MAX,
			      &hi, &end);
	rp->first_rec = lo;
	rp->n_rec = hi - lo;
	rp->n_planned = end - hi;
	rp->n = 0;
	if (x->state[idx] != PRESENT || r->n <= 0)
		return;
	int32_t limit = entry_of(x, r->limit)->due;
	if (rp->n_rec)
		rp->n = rp->n_rec + due_until(c->done[hi - 1].date, limit, r->n);
	else if (first->due < limit)
		rp->n = 1 + due_until(first->due, limit, r->n);
	if (rp->n < rp->n_rec + rp->n_planned)
		rp->n = rp->n_rec + rp->n_planned;
}

/* The occurrences, each n days after the one before (held, else due). */
static void repeat_fill(const struct rules *x, int idx, const struct repeat *rp, struct poort_entry *out)
{
	const int32_t every = x->table[idx].rule.n;
	struct poort_entry e = x->m[idx];
	for (size_t k = 0; k < rp->n; k++) {
		if (k > 0) {
			int prev_done = e.done != POORT_DATE_NONE;
			e.how = prev_done ? HOW_REPEAT_DONE : HOW_REPEAT_DUE;
			e.anchor = prev_done ? e.done : e.due;
			e.due = e.anchor + every;
			e.extra = POORT_DATE_NONE;
		}
		e.occurrence = (int16_t)(k + 1);
		size_t rec = rp->first_rec + k; /* held records, then the planned ones */
		e.done = k < rp->n_rec ? x->c->done[rec].date : POORT_DATE_NONE;
		e.planned = k >= rp->n_rec && k < rp->n_rec + rp->n_planned ? x->c->done[rec].date
									    : POORT_DATE_NONE;
		out[k] = e;
	}
}

/* ----------------------------------------------------------------- the list */

static int compare_entries(const struct poort_entry *a, const struct poort_entry *b)
{
	if (a->due != b->due)
		return a->due < b->due ? -1 : 1;
	if (a->def != b->def)
		return a->def < b->def ? -1 : 1;
	return (a->occurrence > b->occurrence) - (a->occurrence < b->occurrence);
}

/* Status on the reference date (spec 3.1), not-applicable reasons first. */
static void set_status(const struct poort_timeline *t, int32_t due_soon_days, struct poort_entry *m)
{
	const struct poort_milestone_def *def = &t->table[m->def];
	if (def->rule.kind == RULE_EMPLOYMENT_END) {
		if (!poort_ends_during_sickness(&t->e, m->due))
			m->na = NA_NOT_DURING_SICKNESS;
	} else if (t->e.last_sick_day != POORT_DATE_NONE && m->due > t->e.last_sick_day) {
		m->na = NA_RECOVERED;
	} else if (t->e.employment_end != POORT_DATE_NONE && def->employer_duty &&
		   m->due > t->e.employment_end) {
		m->na = NA_EMPLOYMENT_ENDED;
	}
	if (m->done != POORT_DATE_NONE)
		m->status = m->done <= m->due ? POORT_STATUS_DONE : POORT_STATUS_DONE_LATE;
	else if (m->na)
		m->status = POORT_STATUS_NOT_APPLICABLE;
	else if (m->due < t->today)
		m->status = def->kind == POORT_KIND_INFORMATIONAL ? POORT_STATUS_PASSED
								    : POORT_STATUS_OVERDUE;
	else if (m->due - t->today <= due_soon_days)
		m->status = POORT_STATUS_DUE_SOON;
	else
		m->status = POORT_STATUS_UPCOMING;
}

/* Sick, leave and interruption days of the latest case up to today. */
static void count_days(const struct poort_case *c, const struct poort_span *s, struct poort_timeline *t)
{
	if (t->today < t->e.first_sick_day)
		return;
	int32_t until = t->today;
	if (t->e.last_sick_day != POORT_DATE_NONE && t->e.last_sick_day < until)
		until = t->e.last_sick_day;
	t->sick_days = poort_sick_days_until(s, until);
	t->leave_days = poort_leave_days_until(c, s, until);
	t->interruption_days = until - t->e.first_sick_day + 1 - t->sick_days - t->leave_days;
}

/* Merge the rows (sorted in fixed) with the occurrences of the repeating rows, which lie
 * after them in t->m in occurrence order, and give each its status. */
static void merge(struct poort_timeline *t, const struct poort_entry *fixed, size_t n_fixed,
		  size_t n_rep, int32_t due_soon_days)
{
	size_t fi = 0, ri = 0;
	while (fi < n_fixed || ri < n_rep) {
		struct poort_entry next;
		if (fi < n_fixed && (ri == n_rep || compare_entries(&fixed[fi], &t->m[n_fixed + ri]) < 0))
			next = fixed[fi++];
		else
			next = t->m[n_fixed + ri++];
		t->m[t->n] = next; /* t->n <= n_fixed + ri: no unread occurrence is overwritten */
		set_status(t, due_soon_days, &t->m[t->n++]);
	}
}

/* Derive every row; the one-off ones go into fixed sorted by due date. */
static size_t derive_rows(struct rules *x, struct poort_entry fixed[M_COUNT], struct repeat rp[M_COUNT],
			  size_t *n_rep)
{
	size_t n_fixed = 0;
	*n_rep = 0;
	for (int idx = 0; idx < M_COUNT; idx++) {
		const struct poort_entry *m = entry_of(x, idx);
		if (x->table[idx].rule.kind == RULE_REPEAT) {
			repeat_count(x, idx, &rp[idx]);
			*n_rep += rp[idx].n;
			continue;
		}
		if (x->state[idx] != PRESENT)
			continue;
		size_t j = n_fixed++; /* few rows, nearly in order */
		for (; j > 0 && compare_entries(&fixed[j - 1], m) > 0; j--)
			fixed[j] = fixed[j - 1];
		fixed[j] = *m;
	}
	return n_fixed;
}

int32_t poort_timeline_compute_table(const struct poort_milestone_def *table, poort_case *c,
				     int32_t today, int32_t due_soon_days, poort_timeline **out)
{
	int32_t st = poort_begin_compute(c, out);
	if (st != POORT_OK || (st = poort_check_date(c, "today", today)) != POORT_OK)
		return st;
	if (due_soon_days < 0 || due_soon_days > 3650)
		return poort_fail(c, POORT_ERR_ARGUMENT, "due_soon_days must be 0 to 3650, not %ld",
				  (long)due_soon_days);
	struct poort_timeline head = {.table = table, .today = today};
	struct poort_span s;
	poort_latest_case(c, &s);
	if ((st = poort_case_ends(c, &s, &head.e)) != POORT_OK)
		return st;
	count_days(c, &s, &head);

	struct rules x = {.table = table, .c = c, .s = &s, .e = &head.e, .today = today};
	at_sick_day(&x, LAW_WACHTTIJD_DAYS, &x.sick728);
	struct poort_entry fixed[M_COUNT];
	struct repeat rp[M_COUNT];
	size_t n_rep, n_fixed = derive_rows(&x, fixed, rp, &n_rep);
	poort_timeline *t = malloc(sizeof *t + (n_fixed + n_rep) * sizeof t->m[0] + poort_sketch_size(c, &s));
	if (!t)
		return poort_fail(c, POORT_ERR_NOMEM, "out of memory");
	*t = head;
	t->n = 0;
	poort_sketch_keep(t, n_fixed + n_rep, c, &s);
	size_t at = n_fixed;
	for (int idx = 0; idx < M_COUNT; idx++) {
		if (table[idx].rule.kind == RULE_REPEAT) {
			repeat_fill(&x, idx, &rp[idx], &t->m[at]);
			at += rp[idx].n;
		}
	}
	merge(t, fixed, n_fixed, n_rep, due_soon_days);
	*out = t;
	return POORT_OK;
}

int32_t poort_timeline_compute(poort_case *c, int32_t today, int32_t due_soon_days, poort_timeline **out)
{
	return poort_timeline_compute_table(poort_milestones, c, today, due_soon_days, out);
}

void poort_timeline_free(poort_timeline *t)
{
	free(t);
}

/* ---------------------------------------------------------------- accessors */

#define FIELD(name, field, none)                              \
	int32_t poort_timeline_##name(const poort_timeline *t) \
	{                                                      \
		return t ? t->field : (none);                  \
	}
FIELD(today, today, POORT_DATE_NONE)
FIELD(first_sick_day, e.first_sick_day, POORT_DATE_NONE)
FIELD(last_sick_day, e.last_sick_day, POORT_DATE_NONE)
FIELD(case_count, e.case_count, -1)
FIELD(sick_days, sick_days, -1)
FIELD(interruption_days, interruption_days, -1)
FIELD(leave_days, leave_days, -1)
FIELD(wachttijd_end, e.wachttijd_end, POORT_DATE_NONE)
FIELD(wage_end, e.wage_end, POORT_DATE_NONE)

size_t poort_timeline_count(const poort_timeline *t)
{
	return t ? t->n : 0;
}

static const struct poort_entry *entry(const poort_timeline *t, size_t i)
{
	return t && i < t->n ? &t->m[i] : NULL;
}

const char *poort_milestone_id(const poort_timeline *t, size_t i)
{
	const struct poort_entry *m = entry(t, i);
	return m ? t->table[m->def].id : NULL;
}

#define ENTRY_INT(name, expr, none)                                       \
	int32_t poort_milestone_##name(const poort_timeline *t, size_t i) \
	{                                                                 \
		const struct poort_entry *m = entry(t, i);                \
		return m ? (expr) : (none);                               \
	}
ENTRY_INT(occurrence, m->occurrence, -1)
ENTRY_INT(due, m->due, POORT_DATE_NONE)
ENTRY_INT(window_start, m->window, POORT_DATE_NONE)
ENTRY_INT(done, m->done, POORT_DATE_NONE)
ENTRY_INT(planned, m->planned, POORT_DATE_NONE)
ENTRY_INT(status, m->status, -1)
ENTRY_INT(kind, t->table[m->def].kind, -1)
ENTRY_INT(departed, m->how == HOW_DEPARTURE, -1)
ENTRY_INT(day_off, poort_date_is_workday(m->due) == 0, -1)

#define ENTRY_TEXT(name, field)                                                               \
	const char *poort_milestone_##name(const poort_timeline *t, size_t i, int32_t lang)   \
	{                                                                                     \
		const struct poort_entry *m = entry(t, i);                                    \
		return m && poort_lang_ok(lang) ? t->table[m->def].field[lang] : NULL;             \
	}
ENTRY_TEXT(title, title)
ENTRY_TEXT(who, who)
ENTRY_TEXT(basis, basis)

const char *poort_milestone_juriconnect(const poort_timeline *t, size_t i)
{
	const struct poort_entry *m = entry(t, i);
	return m ? t->table[m->def].juriconnect : NULL;
}
