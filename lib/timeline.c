/*
 * The timeline (spec section 3): every milestone of the latest case with its due
 * date, status on a reference date and how the date was derived. The rules per
 * milestone are data in milestones.c; this file applies them.
 */
#include "timeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- computing */

/* Sick day n with the skipped days that explain it. */
static void at_sick_day(const struct poort_case *c, const struct poort_span *s, int32_t n,
			struct poort_entry *m)
{
	m->how = HOW_SICK_DAY;
	m->n = (int16_t)n;
	m->due = poort_sick_day(s, n);
	m->skipped_leave = poort_leave_days_until(c, s, m->due);
	m->skipped_int = m->due - s->seg[0].first - (n - 1) - m->skipped_leave;
}

static void fill_before_end(const struct poort_timeline *t, int32_t days, struct poort_entry *m,
			    const struct poort_entry *sick728)
{
	m->how = t->e.extension_end != POORT_DATE_NONE ? HOW_BEFORE_EXTENSION_END : HOW_BEFORE_END;
	m->n = (int16_t)days;
	m->anchor = t->e.end_after;
	m->due = t->e.end_after - days;
	m->skipped_int = sick728->skipped_int;
	m->skipped_leave = sick728->skipped_leave;
}

/* Number of evaluations due strictly before limit, every 42 days from anchor. */
static size_t evaluations_until(int32_t anchor, int32_t limit, int32_t every)
{
	return limit > anchor ? (size_t)((limit - anchor - 1) / every) : 0;
}

static int compare_entries(const void *pa, const void *pb)
{
	const struct poort_entry *a = pa, *b = pb;
	if (a->due != b->due)
		return a->due < b->due ? -1 : 1;
	if (a->def != b->def)
		return a->def < b->def ? -1 : 1;
	return (a->occurrence > b->occurrence) - (a->occurrence < b->occurrence);
}

/* Status on the reference date (spec 3.1), not-applicable reasons first. */
static void set_status(const struct poort_timeline *t, int32_t due_soon_days, struct poort_entry *m)
{
	const struct poort_milestone_def *def = &poort_milestones[m->def];
	if (m->def == M_EINDE_DIENSTVERBAND_MELDING) {
		if (m->due < t->e.first_sick_day ||
		    (t->e.last_sick_day != POORT_DATE_NONE && m->due > t->e.last_sick_day))
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

/* Last day of the loonsanctie: weeks from E, paused by WAZO leave (WIA art. 25 lid 9),
 * ending 6 weeks after a bekorting decision when that is earlier (lid 14). */
static void loonsanctie_end(const struct poort_case *c, struct poort_ends *out)
{
	int32_t e = out->end_after;
	int32_t end = e + c->ls_weeks * 7 - 1;
	out->ls_paused = 0;
	for (size_t i = 0; i < c->n_leaves; i++) {
		const struct poort_period *l = &c->leaves[i];
		if (l->last < e)
			continue;
		if (l->first > end)
			break;
		int32_t days = l->last - (l->first > e ? l->first : e) + 1;
		end += days;
		out->ls_paused += days;
	}
	out->ls_bekorted = 0;
	out->ls_bekorting = c->ls_bekorting;
	if (c->ls_bekorting != POORT_DATE_NONE && c->ls_bekorting + 42 < end) {
		end = c->ls_bekorting + 42 > e - 1 ? c->ls_bekorting + 42 : e - 1;
		out->ls_bekorted = 1;
	}
	out->ls_end = end;
}

int32_t poort_case_ends(struct poort_case *c, const struct poort_span *s, struct poort_ends *out)
{
	char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE];
	out->first_sick_day = s->seg[0].first;
	out->last_sick_day = s->seg[s->n_seg - 1].last;
	out->case_count = s->cases;
	out->wachttijd_end = poort_sick_day(s, POORT_WACHTTIJD_DAYS);
	out->extension_end = c->extension_end;
	out->employment_end = c->employment_end;
	out->end_after = out->wachttijd_end + 1;
	out->ls_paused = out->ls_bekorted = 0;
	out->ls_bekorting = POORT_DATE_NONE;
	if (c->extension_end != POORT_DATE_NONE) {
		if (c->extension_end <= out->wachttijd_end) {
			poort_fmt_date(c->extension_end, a);
			poort_fmt_date(out->wachttijd_end, b);
			return poort_fail(c, POORT_ERR_EXTENSION,
					  "voluntary extension until %s does not end after the wachttijd "
					  "(last day %s)", a, b);
		}
		out->end_after = c->extension_end + 1;
	}
	out->ls_end = POORT_DATE_NONE;
	if (c->ls_decision != POORT_DATE_NONE) {
		poort_fmt_date(c->ls_decision, a);
		if (c->ls_decision < out->first_sick_day) {
			poort_fmt_date(out->first_sick_day, b);
			return poort_fail(c, POORT_ERR_BEFORE_CASE,
					  "loonsanctie decided on %s, before the first sick day %s", a, b);
		}
		if (c->ls_decision >= out->end_after) {
			poort_fmt_date(out->end_after - 1, b);
			return poort_fail(c, POORT_ERR_LOONSANCTIE_LATE,
					  "loonsanctie decided on %s, not before the end of the wachttijd on "
					  "%s (WIA art. 25 lid 11)", a, b);
		}
		loonsanctie_end(c, out);
	}
	out->wage_end = out->ls_end != POORT_DATE_NONE ? out->ls_end : out->end_after - 1;
	if (out->employment_end != POORT_DATE_NONE && out->employment_end < out->wage_end)
		out->wage_end = out->employment_end;
	return POORT_OK;
}

static int32_t recorded(const struct poort_case *c, const struct poort_timeline *t, int idx)
{
	int32_t d = c->done[idx];
	return d != POORT_DATE_NONE && d >= t->e.first_sick_day ? d : POORT_DATE_NONE;
}

int32_t poort_timeline_compute(poort_case *c, int32_t today, int32_t due_soon_days,
			       poort_timeline **out)
{
	int32_t st = poort_begin_compute(c, out);
	if (st != POORT_OK)
		return st;
	if (!poort_date_in_range(today))
		return poort_fail(c, POORT_ERR_DATE_RANGE, "today: date %ld is outside 1900-2199",
				  (long)today);
	if (due_soon_days < 0 || due_soon_days > 3650)
		return poort_fail(c, POORT_ERR_ARGUMENT, "due_soon_days must be 0 to 3650, not %ld",
				  (long)due_soon_days);

	struct poort_timeline head = {0};
	struct poort_span s;
	poort_latest_case(c, &s);
	head.today = today;
	st = poort_case_ends(c, &s, &head.e);
	if (st != POORT_OK)
		return st;

	/* Sick, leave and interruption days of the latest case up to today. */
	if (today >= head.e.first_sick_day) {
		int32_t until = today;
		if (head.e.last_sick_day != POORT_DATE_NONE && head.e.last_sick_day < until)
			until = head.e.last_sick_day;
		head.sick_days = poort_sick_days_until(&s, until);
		head.leave_days = poort_leave_days_until(c, &s, until);
		head.interruption_days = until - head.e.first_sick_day + 1 - head.sick_days - head.leave_days;
	}

	/* The plan van aanpak anchors the evaluations; compute it before sizing. */
	struct poort_entry pa = {.def = M_PROBLEEMANALYSE, .extra = POORT_DATE_NONE};
	struct poort_entry pva = pa;
	pva.def = M_PLAN_VAN_AANPAK;
	at_sick_day(c, &s, poort_milestones[M_PROBLEEMANALYSE].days, &pa);
	pa.done = recorded(c, &head, M_PROBLEEMANALYSE);
	if (c->departure[M_PROBLEEMANALYSE] != POORT_DATE_NONE) {
		pa.extra = pa.due;
		pa.due = c->departure[M_PROBLEEMANALYSE];
		pa.how = HOW_DEPARTURE;
	}
	const struct poort_milestone_def *plan = &poort_milestones[M_PLAN_VAN_AANPAK];
	at_sick_day(c, &s, plan->fallback_day, &pva);
	pva.how = HOW_PLAN_DEFAULT;
	if (pa.done != POORT_DATE_NONE) {
		pva.how = HOW_AFTER_PA_DONE;
		pva.anchor = pa.done;
		pva.due = pa.done + plan->days;
	} else if (pa.how == HOW_DEPARTURE && pa.due + plan->days > pva.due) {
		pva.how = HOW_AFTER_PA_DEPARTURE;
		pva.anchor = pa.due;
		pva.due = pa.due + plan->days;
	}
	pva.done = recorded(c, &head, M_PLAN_VAN_AANPAK);
	if (c->departure[M_PLAN_VAN_AANPAK] != POORT_DATE_NONE) {
		pva.extra = pva.due;
		pva.due = c->departure[M_PLAN_VAN_AANPAK];
		pva.how = HOW_DEPARTURE;
	}

	const int32_t every = poort_milestones[M_EVALUATIE].days;
	int32_t limit = head.e.end_after - poort_milestones[M_EINDEVALUATIE].days;
	size_t first_eval = 0; /* recorded evaluations of an earlier case are ignored */
	while (first_eval < c->n_evaluations && c->evaluations[first_eval] < head.e.first_sick_day)
		first_eval++;
	size_t n_recorded = c->n_evaluations - first_eval;
	int32_t anchor = pva.done != POORT_DATE_NONE ? pva.done : pva.due;
	int32_t last_anchor = n_recorded ? c->evaluations[c->n_evaluations - 1] : anchor;
	size_t n_eval = n_recorded + evaluations_until(last_anchor, limit, every);

	size_t n = (M_COUNT - 3) + n_eval + (head.e.ls_end != POORT_DATE_NONE) +
		   (head.e.employment_end != POORT_DATE_NONE);
	poort_timeline *t = malloc(sizeof *t + n * sizeof t->m[0] + poort_sketch_size(c, &s));
	if (!t)
		return poort_fail(c, POORT_ERR_NOMEM, "out of memory");
	*t = head;
	t->n = 0;
	poort_sketch_keep(t, n, c, &s);

	struct poort_entry sick728 = {0};
	at_sick_day(c, &s, POORT_WACHTTIJD_DAYS, &sick728);
	/* every milestone but the evaluations, then sorted by due date (few, nearly in order) */
	struct poort_entry fixed[M_COUNT];
	size_t n_fixed = 0;
	for (int idx = 0; idx < M_COUNT; idx++) {
		const struct poort_milestone_def *def = &poort_milestones[idx];
		struct poort_entry m = {.def = (uint8_t)idx, .extra = POORT_DATE_NONE};
		switch (idx) {
		case M_EVALUATIE:
			continue;
		case M_PROBLEEMANALYSE:
			m = pa;
			break;
		case M_PLAN_VAN_AANPAK:
			m = pva;
			break;
		case M_EINDE_LOONSANCTIE:
			if (t->e.ls_end == POORT_DATE_NONE)
				continue;
			m.how = HOW_LOONSANCTIE;
			m.anchor = t->e.end_after;
			m.n = (int16_t)c->ls_weeks;
			m.due = t->e.ls_end;
			break;
		case M_EINDE_DIENSTVERBAND_MELDING:
			if (t->e.employment_end == POORT_DATE_NONE)
				continue;
			m.how = HOW_EMPLOYMENT_END;
			m.due = t->e.employment_end;
			break;
		case M_EINDE_WACHTTIJD:
			if (t->e.extension_end == POORT_DATE_NONE) {
				m.n = POORT_WACHTTIJD_DAYS;
				m.how = HOW_SICK_DAY;
				m.due = sick728.due;
				m.skipped_int = sick728.skipped_int;
				m.skipped_leave = sick728.skipped_leave;
			} else {
				m.how = HOW_EXTENSION_END;
				m.anchor = t->e.wachttijd_end;
				m.due = t->e.extension_end;
			}
			break;
		default:
			switch (def->rule) {
			case RULE_SICK_DAY:
				at_sick_day(c, &s, def->days, &m);
				if (def->window_day)
					m.extra = poort_sick_day(&s, def->window_day);
				break;
			case RULE_WORKDAY_AFTER: {
				at_sick_day(c, &s, def->days, &m);
				m.how = HOW_WORKDAY;
				m.anchor = m.due + 1;
				m.due = m.anchor;
				while (poort_date_is_workday(m.due) == 0)
					m.due++;
				m.extra = m.due - m.anchor; /* days moved forward */
				break;
			}
			case RULE_BEFORE_END:
				fill_before_end(t, def->days, &m, &sick728);
				break;
			default:
				break;
			}
		}
		if (idx != M_PROBLEEMANALYSE && idx != M_PLAN_VAN_AANPAK)
			m.done = def->recordable ? recorded(c, t, idx) : POORT_DATE_NONE;
		size_t j = n_fixed++;
		for (; j > 0 && compare_entries(&fixed[j - 1], &m) > 0; j--)
			fixed[j] = fixed[j - 1];
		fixed[j] = m;
	}
	/* merge with the evaluations, which come in date order: each 42 days after the one
	 * before (held, or due) */
	int32_t prev = anchor;
	int prev_done = pva.done != POORT_DATE_NONE;
	size_t fi = 0;
	for (size_t k = 0; k <= n_eval; k++) {
		struct poort_entry e = {.def = M_EVALUATIE, .extra = POORT_DATE_NONE};
		if (k < n_eval) {
			e.occurrence = (int16_t)(k + 1);
			e.how = k == 0 ? (prev_done ? HOW_REPEAT_PLAN_DONE : HOW_REPEAT_PLAN_DUE)
				       : (prev_done ? HOW_REPEAT_EVAL_DONE : HOW_REPEAT_EVAL_DUE);
			e.anchor = prev;
			e.n = (int16_t)every;
			e.due = prev + every;
			e.done = k < n_recorded ? c->evaluations[first_eval + k] : POORT_DATE_NONE;
			prev = e.done != POORT_DATE_NONE ? e.done : e.due;
			prev_done = e.done != POORT_DATE_NONE;
		}
		while (fi < n_fixed && (k == n_eval || compare_entries(&fixed[fi], &e) < 0)) {
			t->m[t->n] = fixed[fi++];
			set_status(t, due_soon_days, &t->m[t->n++]);
		}
		if (k < n_eval) {
			t->m[t->n] = e;
			set_status(t, due_soon_days, &t->m[t->n++]);
		}
	}
	*out = t;
	return POORT_OK;
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

static int lang_ok(int32_t lang)
{
	return lang == POORT_LANG_NL || lang == POORT_LANG_EN;
}

const char *poort_milestone_id(const poort_timeline *t, size_t i)
{
	const struct poort_entry *m = entry(t, i);
	return m ? poort_milestones[m->def].id : NULL;
}

#define ENTRY_INT(name, expr, none)                                       \
	int32_t poort_milestone_##name(const poort_timeline *t, size_t i) \
	{                                                                 \
		const struct poort_entry *m = entry(t, i);                \
		return m ? (expr) : (none);                               \
	}
ENTRY_INT(occurrence, m->occurrence, -1)
ENTRY_INT(due, m->due, POORT_DATE_NONE)
ENTRY_INT(window_start, m->def == M_EERSTEJAARSEVALUATIE ? m->extra : POORT_DATE_NONE, POORT_DATE_NONE)
ENTRY_INT(done, m->done, POORT_DATE_NONE)
ENTRY_INT(status, m->status, -1)
ENTRY_INT(kind, poort_milestones[m->def].kind, -1)
ENTRY_INT(departed, m->how == HOW_DEPARTURE, -1)

#define ENTRY_TEXT(name, field)                                                               \
	const char *poort_milestone_##name(const poort_timeline *t, size_t i, int32_t lang)   \
	{                                                                                     \
		const struct poort_entry *m = entry(t, i);                                    \
		return m && lang_ok(lang) ? poort_milestones[m->def].field[lang] : NULL;      \
	}
ENTRY_TEXT(title, title)
ENTRY_TEXT(who, who)
ENTRY_TEXT(basis, basis)

const char *poort_milestone_juriconnect(const poort_timeline *t, size_t i)
{
	const struct poort_entry *m = entry(t, i);
	return m ? poort_milestones[m->def].juriconnect : NULL;
}
