/*
 * The wage period of the latest case (spec 3.2): the end of the wachttijd, the voluntary
 * extension, the loonsanctie and the end of employment, and the checks of the extension
 * and the loonsanctie. The timeline, the wage continuation, the dossier
 * and the calendar all take these dates from here.
 */
#include "internal.h"
#include "law.h"

/* A voluntary extension must end after the wachttijd (WIA art. 24). */
static int32_t check_extension(struct poort_case *c, const struct poort_ends *e)
{
	if (e->extension_end > e->wachttijd_end)
		return POORT_OK;
	char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE], d[POORT_DATE_BUFSIZE];
	poort_fmt_date(e->extension_end, a);
	poort_fmt_date(e->wachttijd_end, b);
	poort_fmt_date(e->first_sick_day, d);
	return poort_fail(c, POORT_ERR_EXTENSION,
			  "voluntary extension until %s does not end after the wachttijd of the latest "
			  "case, from %s (last day %s)", a, d, b);
}

/* A loonsanctie must be decided before the end of the wage period (WIA art. 25 lid 11). */
static int32_t check_decision(struct poort_case *c, const struct poort_ends *e)
{
	if (c->ls_decision < e->ls_from)
		return POORT_OK;
	char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE], d[POORT_DATE_BUFSIZE];
	poort_fmt_date(c->ls_decision, a);
	poort_fmt_date(e->ls_from - 1, b);
	poort_fmt_date(e->first_sick_day, d);
	return poort_fail(c, POORT_ERR_LOONSANCTIE_LATE,
			  "loonsanctie decided on %s, not before the end of the wage period on %s of the "
			  "latest case, from %s (" CITE_WIA_25_11 ")", a, b, d);
}

/* Employment that ended before the latest case began cannot continue the wage. */
static int32_t check_employment_end(struct poort_case *c, const struct poort_ends *e)
{
	if (e->employment_end == POORT_DATE_NONE || e->employment_end >= e->first_sick_day)
		return POORT_OK;
	char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE];
	poort_fmt_date(e->employment_end, a);
	poort_fmt_date(e->first_sick_day, b);
	return poort_fail(c, POORT_ERR_BEFORE_CASE,
			  "the last day of employment %s lies before the first sick day %s of the latest case",
			  a, b);
}

/* BW 7:629 lid 11 a: the days a milestone flagged late_extends_wage (the WIA application)
 * was first recorded in the latest case after its due date E - n; 0 when on time or not
 * recorded. A late application that counts as timely (WIA art. 64 lid 6) is the host's to
 * record as such. */
static int32_t late_application_days(const struct poort_case *c, int32_t first_sick_day, int32_t e)
{
	int32_t late = 0;
	for (int i = 0; i < M_COUNT; i++) {
		const struct poort_milestone_def *def = &poort_milestones[i];
		size_t lo, hi;
		if (!def->late_extends_wage || def->rule.kind != RULE_BEFORE_END)
			continue;
		poort_records_between(c->done, c->n_done, i, first_sick_day, INT32_MAX, &lo, &hi);
		if (lo < hi && c->done[lo].date - (e - def->rule.n) > late)
			late = c->done[lo].date - (e - def->rule.n);
	}
	return late;
}

int poort_ends_during_sickness(const struct poort_ends *e, int32_t date)
{
	return date >= e->first_sick_day && (e->last_sick_day == POORT_DATE_NONE || date <= e->last_sick_day);
}

/* Last day of the loonsanctie: weeks from the end of the wage period, paused by WAZO leave
 * (WIA art. 25 lid 9), ending six weeks after a bekorting decision when that is earlier
 * (lid 14), and as many days earlier as UWV decided after its last day (lid 10, lid 14). */
static void loonsanctie_end(const struct poort_case *c, struct poort_ends *out)
{
	int32_t e = out->ls_from;
	int32_t end = e + c->ls_weeks * LAW_WEEK_DAYS - 1;
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
	int32_t after_bekorting = c->ls_bekorting + LAW_BEKORTING_DAYS;
	if (c->ls_bekorting != POORT_DATE_NONE && after_bekorting < end) {
		end = after_bekorting > e - 1 ? after_bekorting : e - 1;
		out->ls_bekorted = 1;
	}
	out->ls_late = c->ls_decision > out->ls_deadline ? c->ls_decision - out->ls_deadline : 0;
	end -= out->ls_late;
	out->ls_end = end > e - 1 ? end : e - 1;
}

int32_t poort_case_ends(struct poort_case *c, const struct poort_span *s, struct poort_ends *out)
{
	out->first_sick_day = s->seg[0].first;
	out->last_sick_day = s->seg[s->n_seg - 1].last;
	out->case_count = s->cases;
	out->year2_first = poort_sick_day(s, LAW_YEAR1_DAYS + 1);
	out->wachttijd_end = poort_sick_day(s, LAW_WACHTTIJD_DAYS);
	out->extension_end = c->extension_end < out->first_sick_day ? POORT_DATE_NONE : c->extension_end;
	out->employment_end = c->employment_end;
	out->ls_paused = out->ls_bekorted = out->ls_late = 0;
	out->ls_bekorting = POORT_DATE_NONE;
	out->ls_end = POORT_DATE_NONE;
	int32_t st = check_employment_end(c, out);
	if (st == POORT_OK && out->extension_end != POORT_DATE_NONE)
		st = check_extension(c, out);
	if (st != POORT_OK)
		return st;
	out->end_after = (out->extension_end != POORT_DATE_NONE ? out->extension_end : out->wachttijd_end) + 1;
	out->wia_late = late_application_days(c, out->first_sick_day, out->end_after);
	out->ls_from = out->end_after + out->wia_late;
	out->ls_deadline = out->ls_from - LAW_LS_DECISION_BEFORE_DAYS;
	if (c->ls_decision != POORT_DATE_NONE && c->ls_decision >= out->first_sick_day) {
		if ((st = check_decision(c, out)) != POORT_OK)
			return st;
		loonsanctie_end(c, out);
	}
	out->wage_end = out->ls_end != POORT_DATE_NONE ? out->ls_end : out->ls_from - 1;
	if (out->employment_end != POORT_DATE_NONE && out->employment_end < out->wage_end)
		out->wage_end = out->employment_end;
	return POORT_OK;
}
