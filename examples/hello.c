/* The README's C example: the timeline of a case that started on 1 January 2026. */
#include <poortwachter.h>
#include <stdio.h>

int main(void)
{
	int32_t first, today;
	poort_date_parse("2026-01-01", &first);
	poort_date_parse("2026-03-01", &today);

	poort_case *c = poort_case_new();
	if (!c)
		return 1;
	if (poort_case_add_period(c, first, POORT_DATE_NONE) != POORT_OK ||
	    poort_case_record_done(c, "PROBLEEMANALYSE", first + 35) != POORT_OK) {
		fprintf(stderr, "%s\n", poort_case_errmsg(c));
		poort_case_free(c);
		return 1;
	}

	poort_timeline *t = NULL;
	int32_t st = poort_timeline_compute(c, today, 14, &t);
	if (st != POORT_OK) {
		fprintf(stderr, "%s: %s\n", poort_status_str(st), poort_case_errmsg(c));
		poort_case_free(c);
		return 1;
	}
	for (size_t i = 0; i < poort_timeline_count(t); i++) {
		char due[POORT_DATE_BUFSIZE], why[256];
		poort_date_format(poort_milestone_due(t, i), due, sizeof due);
		poort_milestone_explain(t, i, POORT_LANG_EN, why, sizeof why);
		printf("%s %-22s %-10s %s\n", due, poort_milestone_id(t, i),
		       poort_status_name(poort_milestone_status(t, i)), why);
	}
	poort_timeline_free(t);
	poort_case_free(c);
	return 0;
}
