/* The computed wage continuation: its storage (segments inline until they outgrow it),
 * the segments grouped by calendar month, and the accessors of the result. */
#include "wage.h"

#include <stdlib.h>
#include <string.h>

void poort_wage_init(struct poort_wage *w, int keep)
{
	w->total = 0;
	w->flags = 0;
	w->keep = keep;
	for (int t = 0; t < 3; t++)
		w->stale_from[t] = w->provisional_from[t] = POORT_DATE_NONE;
	w->n_seg = w->n_month = 0;
	w->cap_seg = WAGE_INLINE_SEGMENTS;
	w->seg = w->seg_inline;
	w->month = w->month_inline;
	memset(w->month_inline, 0, sizeof w->month_inline);
}

struct poort_wage_segment *poort_wage_add_segment(struct poort_wage *w)
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

/* Group the segments by calendar month. */
int32_t poort_wage_group_months(struct poort_wage *w)
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
	struct poort_wage_month *mo = w->month; /* the month of segment i: set on its first one */
	for (size_t i = 0; i < w->n_seg; i++) {
		const struct poort_wage_segment *s = &w->seg[i];
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

/* ---------------------------------------------------------------- accessors */

int64_t poort_wage_total(const poort_wage *w)
{
	return w ? w->total : -1;
}

int32_t poort_wage_flags(const poort_wage *w)
{
	return w ? w->flags : -1;
}

/* A date of w's per-table array (w->stale_from or w->provisional_from); NONE for w NULL or an
 * unknown table. */
#define TABLE_DATE(w, member, table)                                                           \
	((w) && ((table) == POORT_TABLE_MIN_WAGE || (table) == POORT_TABLE_WFSV) ? (w)->member[table] \
										 : POORT_DATE_NONE)

int32_t poort_wage_stale_from(const poort_wage *w, int32_t table)
{
	return TABLE_DATE(w, stale_from, table);
}

int32_t poort_wage_provisional_from(const poort_wage *w, int32_t table)
{
	return TABLE_DATE(w, provisional_from, table);
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
	return POORT_NAME(names, regime);
}
