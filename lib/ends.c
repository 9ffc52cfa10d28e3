/*
 * The wage period of the latest case (spec 3.2): the end of the wachttijd, the voluntary
 * extension, the loonsanctie and the end of employment, and the checks of the extension
 * and the loonsanctie. The case setters, the timeline, the wage continuation, the dossier
 * and the calendar all take these dates from here.
 */
#include "internal.h"
#include "law.h"

int32_t poort_case_wachttijd_end(const struct poort_case *c)
{
	if (!c->n_periods)
		return POORT_DATE_NONE;
	struct poort_span s;
	poort_latest_case(c, &s);
	return poort_sick_day(&s, LAW_WACHTTIJD_DAYS);
}

int32_t poort_case_end_after(const struct poort_case *c)
{
	if (c->extension_end != POORT_DATE_NONE)
		return c->extension_end + 1;
	int32_t w = poort_case_wachttijd_end(c);
	return w == POORT_DATE_NONE ? POORT_DATE_NONE : w + 1;
}

int32_t poort_check_extension(struct poort_case *c, int32_t last_day, int32_t wachttijd_end)
{
	if (last_day == POORT_DATE_NONE || wachttijd_end == POORT_DATE_NONE || last_day > wachttijd_end)
		return POORT_OK;
	char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE];
	poort_fmt_date(last_day, a);
	poort_fmt_date(wachttijd_end, b);
	return poort_fail(c, POORT_ERR_EXTENSION,
			  "voluntary extension until %s does not end after the wachttijd (last day %s)", a, b);
}

int32_t poort_check_decision(struct poort_case *c, int32_t decision, int32_t end_after)
{
	if (decision == POORT_DATE_NONE || end_after == POORT_DATE_NONE || decision < end_after)
		return POORT_OK;
	char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE];
	poort_fmt_date(decision, a);
	poort_fmt_date(end_after - 1, b);
	return poort_fail(c, POORT_ERR_LOONSANCTIE_LATE,
			  "loonsanctie decided on %s, not before the end of the wachttijd on %s "
			  "(" CITE_WIA_25_11 ")", a, b);
}

int poort_ends_during_sickness(const struct poort_ends *e, int32_t date)
{
	return date >= e->first_sick_day && (e->last_sick_day == POORT_DATE_NONE || date <= e->last_sick_day);
}

/* Last day of the loonsanctie: weeks from E, paused by WAZO leave (WIA art. 25 lid 9),
 * ending six weeks after a bekorting decision when that is earlier (lid 14). */
static void loonsanctie_end(const struct poort_case *c, struct poort_ends *out)
{
	int32_t e = out->end_after;
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
	out->ls_end = end;
}

int32_t poort_case_ends(struct poort_case *c, const struct poort_span *s, struct poort_ends *out)
{
	out->first_sick_day = s->seg[0].first;
	out->last_sick_day = s->seg[s->n_seg - 1].last;
	out->case_count = s->cases;
	out->year2_first = poort_sick_day(s, LAW_YEAR1_DAYS + 1);
	out->wachttijd_end = poort_sick_day(s, LAW_WACHTTIJD_DAYS);
	out->extension_end = c->extension_end;
	out->employment_end = c->employment_end;
	out->ls_paused = out->ls_bekorted = 0;
	out->ls_bekorting = POORT_DATE_NONE;
	out->ls_end = POORT_DATE_NONE;
	int32_t st = poort_check_extension(c, c->extension_end, out->wachttijd_end);
	if (st != POORT_OK)
		return st;
	out->end_after = (c->extension_end != POORT_DATE_NONE ? c->extension_end : out->wachttijd_end) + 1;
	if (c->ls_decision != POORT_DATE_NONE) {
		if (c->ls_decision < out->first_sick_day) {
			char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE];
			poort_fmt_date(c->ls_decision, a);
			poort_fmt_date(out->first_sick_day, b);
			return poort_fail(c, POORT_ERR_BEFORE_CASE,
					  "loonsanctie decided on %s, before the first sick day %s", a, b);
		}
		if ((st = poort_check_decision(c, c->ls_decision, out->end_after)) != POORT_OK)
			return st;
		loonsanctie_end(c, out);
	}
	out->wage_end = out->ls_end != POORT_DATE_NONE ? out->ls_end : out->end_after - 1;
	if (out->employment_end != POORT_DATE_NONE && out->employment_end < out->wage_end)
		out->wage_end = out->employment_end;
	return POORT_OK;
}
