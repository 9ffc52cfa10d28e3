/*
 * Merging periods of sickness (samentelling, spec section 2): periods that follow each
 * other with an interruption of less than four weeks are one case (BW 7:629 lid 10,
 * WIA art. 23 lid 3). WAZO leave days between two periods are not interruption days;
 * a leave after which the sickness has another cause separates the cases
 * (WIA art. 23 lid 3 a 2 and lid 5).
 */
#include "internal.h"
#include "law.h"

#define FAR_FUTURE INT32_MAX

static int32_t last_or_far(const struct poort_period *p)
{
	return p->last == POORT_DATE_NONE ? FAR_FUTURE : p->last;
}

/* Whether the sick period `next` continues the case of `prev`. */
static int continues(const struct poort_case *c, const struct poort_period *prev,
		     const struct poort_period *next)
{
	int32_t gap_first = prev->last + 1, gap_last = next->first - 1;
	int32_t gap = gap_last - gap_first + 1;
	for (size_t i = 0; i < c->n_leaves; i++) {
		const struct poort_period *l = &c->leaves[i];
		if (l->last < gap_first || l->first > gap_last)
			continue;
		if (l->other_cause)
			return 0;
		gap -= l->last - l->first + 1; /* leave lies inside the gap (no overlaps allowed) */
	}
	return gap < LAW_MERGE_GAP_DAYS;
}

void poort_case_groups(const struct poort_case *c, size_t *group, int32_t *before)
{
	for (size_t i = 0; i < c->n_periods; i++) {
		const struct poort_period *prev = i > 0 ? &c->periods[i - 1] : NULL;
		if (prev && continues(c, prev, &c->periods[i])) {
			group[i] = group[i - 1];
			before[i] = before[i - 1] + (prev->last - prev->first + 1);
		} else {
			group[i] = i;
			before[i] = 0;
		}
	}
}

void poort_latest_case(const struct poort_case *c, struct poort_span *out)
{
	size_t start = 0;
	int32_t cases = c->n_periods ? 1 : 0;
	for (size_t i = 1; i < c->n_periods; i++) {
		if (!continues(c, &c->periods[i - 1], &c->periods[i])) {
			start = i;
			cases++;
		}
	}
	out->seg = c->n_periods ? &c->periods[start] : NULL;
	out->n_seg = c->n_periods - start;
	out->cases = cases;
}

int32_t poort_sick_day(const struct poort_span *s, int32_t n)
{
	int32_t rest = n;
	for (size_t i = 0; i < s->n_seg; i++) {
		const struct poort_period *p = &s->seg[i];
		if (p->last == POORT_DATE_NONE || rest <= p->last - p->first + 1)
			return p->first + rest - 1;
		rest -= p->last - p->first + 1;
	}
	/* Past the end of a closed case: project the sickness as if it went on. */
	return s->seg[s->n_seg - 1].last + rest;
}

int32_t poort_sick_days_until(const struct poort_span *s, int32_t date)
{
	int32_t n = 0;
	for (size_t i = 0; i < s->n_seg && s->seg[i].first <= date; i++) {
		int32_t end = last_or_far(&s->seg[i]);
		n += (end < date ? end : date) - s->seg[i].first + 1;
	}
	return n;
}

int32_t poort_leave_days_until(const struct poort_case *c, const struct poort_span *s,
			       int32_t date)
{
	if (!c->n_leaves)
		return 0;
	int32_t from = s->seg[0].first;
	int32_t to = last_or_far(&s->seg[s->n_seg - 1]);
	if (date < to)
		to = date;
	int32_t n = 0;
	for (size_t i = 0; i < c->n_leaves; i++) {
		const struct poort_period *l = &c->leaves[i];
		int32_t a = l->first > from ? l->first : from;
		int32_t b = l->last < to ? l->last : to;
		if (a <= b)
			n += b - a + 1;
	}
	return n;
}
