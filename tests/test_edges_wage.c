/*
 * Edge cases of the wage continuation and the statutory tables (spec section 4): the day on
 * which a rule changes its answer, and the day next to it, with the source of each expected
 * value next to it. Only the public API is used.
 */
#include "edges.h"

/* ======================================================================= wage */

/* Spec §4: a month split across two regimes is prorated by the calendar days of that month;
 * February 2024 has 29 (2024 is a leap year), February 2100 has 28, February 2000 has 29. */
static void leap_february_is_prorated_by_29_days(void **state)
{
	(void)state;
	/* EUR 5 800 a month, 38 h, sick from 15 February 2024. Year 1: 70% = EUR 4 060, above
	 * the floor (EUR 13,27 x 38 x 13/3 = EUR 2 185,13) and below the cap (the wage is under
	 * the 2024 maximum of EUR 274,44 a day x 21,75 = EUR 5 969,07). Fit again from July. */
	poort_case *c = employee("2024-02-15:2024-06-30", 580000, 3800);
	poort_wage *w = wage_of(c, "2024-02-01", "2024-02-29");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_segment(w, 0, "2024-02-01", "2024-02-14", POORT_REGIME_NOT_SICK, 280000); /* 5 800 x 14/29 */
	assert_segment(w, 1, "2024-02-15", "2024-02-29", POORT_REGIME_YEAR1, 210000);    /* 4 060 x 15/29 */
	assert_int_equal(poort_wage_month_amount(w, 0), 490000);
	assert_int_equal(poort_wage_total(w), 490000);
	poort_wage_free(w);
	/* months without sickness: the whole wage, prorated over the month's own days */
	w = wage_of(c, "2100-02-01", "2100-03-01");
	assert_int_equal(poort_wage_month_count(w), 2);
	assert_date(poort_wage_month_last(w, 0), "2100-02-28");
	assert_int_equal(poort_wage_month_amount(w, 0), 580000);
	assert_int_equal(poort_wage_month_amount(w, 1), 18710); /* 5 800 x 1/31 = 187,096... */
	poort_wage_free(w);
	w = wage_of(c, "2000-02-01", "2000-02-29");
	assert_date(poort_wage_month_last(w, 0), "2000-02-29");
	assert_int_equal(poort_wage_month_amount(w, 0), 580000);
	assert_int_equal(poort_wage_segment_percent(w, 0), 10000); /* header: 10000 when not sick */
	assert_int_equal(poort_wage_segment_cao(w, 0), -1);
	char text[256]; /* a whole month: no share of days to explain */
	assert_true(poort_wage_month_explain(w, 0, POORT_LANG_EN, text, sizeof text) > 0);
	assert_null(strstr(text, "/29"));
	poort_wage_free(w);
	/* every month of 2100 and 2096: whole months, whatever their length */
	static const int32_t years[] = {2100, 2096};
	for (size_t k = 0; k < 2; k++) {
		int32_t y = years[k];
		w = NULL;
		assert_int_equal(poort_wage_compute(c, NULL, day_number_of(y, 1, 1), day_number_of(y, 12, 31),
						    &w), POORT_OK);
		assert_int_equal(poort_wage_month_count(w), 12);
		for (int32_t m = 1; m <= 12; m++) {
			assert_int_equal(poort_wage_month_first(w, (size_t)m - 1), day_number_of(y, m, 1));
			assert_int_equal(poort_wage_month_last(w, (size_t)m - 1),
					 day_number_of(y, m, month_days(y, m)));
			assert_int_equal(poort_wage_month_amount(w, (size_t)m - 1), 580000);
		}
		poort_wage_free(w);
	}
	w = wage_of(c, "2000-02-16", "2000-02-29"); /* 14 of 29 days */
	assert_int_equal(poort_wage_total(w), 280000);
	poort_wage_free(w);
	poort_case_free(c);
}

/* Spec §4 and §4.1: the year-1 floor is the hourly minimum wage for the employee's age x hours
 * x 13/3; on 1 January 2026 EUR 14,71 for 21 and older, 80% of it for age 20, rounded half up:
 * EUR 11,77. 36 h: EUR 1 836,12 and EUR 2 294,76 a month, both above 70% of EUR 1 000. The
 * adult rate applies from the 21st birthday, whatever month it falls in. Under 15 the WML
 * has no rate (spec §4.1 starts at 15): 70% is paid. */
static void youth_rate_until_the_birthday(void **state)
{
	(void)state;
	static const struct {
		const char *birth, *first, *last, *birthday;
		int64_t before, after;
	} v[] = {
		{"2005-01-29", "2026-01-01", "2026-01-31", "2026-01-29", 165843, 22207}, /* x 28/31, 3/31 */
		{"2005-03-29", "2026-03-01", "2026-03-31", "2026-03-29", 165843, 22207},
		{"2005-02-10", "2026-02-01", "2026-02-28", "2026-02-10", 59018, 155716}, /* x 9/28, 19/28 */
		{"2005-02-28", "2026-02-01", "2026-02-28", "2026-02-28", 177054, 8196},  /* x 27/28, 1/28 */
	};
	for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
		poort_case *c = employee("2026-01-01", 100000, 3600);
		assert_int_equal(poort_case_set_birth_date(c, D(v[k].birth)), POORT_OK);
		poort_wage *w = wage_of(c, v[k].first, v[k].last);
		assert_int_equal(poort_wage_segment_count(w), 2);
		assert_int_equal(poort_wage_segment_first(w, 1), D(v[k].birthday));
		assert_int_equal(poort_wage_segment_amount(w, 0), v[k].before);
		assert_int_equal(poort_wage_segment_amount(w, 1), v[k].after);
		poort_wage_free(w);
		poort_case_free(c);
	}
	/* born on 29 February 2008: 20 years old on 29 February 2028, a leap year */
	poort_case *c = employee("2027-06-01", 100000, 3600);
	assert_int_equal(poort_case_set_birth_date(c, D("2008-02-29")), POORT_OK);
	poort_wage *w = wage_of(c, "2028-02-01", "2028-02-29");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_date(poort_wage_segment_first(w, 1), "2028-02-29");
	poort_wage_free(w);
	poort_case_free(c);
	/* born on 29 February 2004: in 2025, without a 29 February, 21 on 1 March (the day after
	 * 28 February, when the 29th would have passed) */
	c = employee("2025-01-01", 100000, 3600);
	assert_int_equal(poort_case_set_birth_date(c, D("2004-02-29")), POORT_OK);
	w = wage_of(c, "2025-02-15", "2025-03-15");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_date(poort_wage_segment_first(w, 1), "2025-03-01");
	poort_wage_free(w);
	poort_case_free(c);

	c = employee("2026-01-01", 100000, 3600);
	assert_int_equal(poort_case_set_age(c, 0), POORT_OK);
	w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_total(w), 70000);
	poort_wage_free(w);
	assert_int_equal(poort_case_set_age(c, 14), POORT_OK);
	w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_total(w), 70000);
	poort_wage_free(w);
	assert_int_equal(poort_case_set_age(c, 21), POORT_OK);
	w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_total(w), 229476);
	poort_wage_free(w);
	poort_case_free(c);
}

struct run {
	const char *from;
	int32_t regime;
};

/* Every day from first to last lies in a segment with the regime of the run it belongs to,
 * each run begins a segment, and no other day does but the first of a month (header:
 * "consecutive days with one regime and one set of amounts, inside one month"). */
static void assert_runs(poort_case *c, const char *first, const char *last, const struct run *runs,
			size_t n)
{
	poort_wage *w = wage_of(c, first, last);
	size_t s = 0;
	for (int32_t d = D(first); d <= D(last); d++) {
		size_t r = 0;
		while (r + 1 < n && D(runs[r + 1].from) <= d)
			r++;
		while (poort_wage_segment_last(w, s) < d)
			s++;
		char day[POORT_DATE_BUFSIZE];
		poort_date_format(d, day, sizeof day);
		if (poort_wage_segment_regime(w, s) != runs[r].regime)
			fail_msg("%s: %s, expected %s", day, poort_regime_name(poort_wage_segment_regime(w, s)),
				 poort_regime_name(runs[r].regime));
		if (d == D(runs[r].from) && poort_wage_segment_first(w, s) != d)
			fail_msg("%s: no segment starts here", day);
		int32_t dd = 0;
		poort_date_to_ymd(d, NULL, NULL, &dd);
		if (d != D(runs[r].from) && dd != 1 && d != D(first) && poort_wage_segment_first(w, s) == d)
			fail_msg("%s: a segment starts here", day);
	}
	poort_wage_free(w);
}

/* Spec §4 and BW 7:629: sick days 1-364 are year 1, 365-728 year 2 (sick 1 January 2026:
 * day 364 is 30 December); nothing is due for days after the last day of employment, nor for
 * sick days of an earlier case beyond its 728th; the last sick day of a period is a sick day. */
static void wage_regime_edges(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-01", 300000, 3600);
	assert_runs(c, "2026-12-01", "2026-12-31", (const struct run[]){{"2026-12-01", POORT_REGIME_YEAR1},
		{"2026-12-31", POORT_REGIME_YEAR2}}, 2);
	assert_int_equal(poort_case_set_employment_end(c, D("2026-01-20")), POORT_OK);
	assert_runs(c, "2026-01-01", "2026-01-31", (const struct run[]){{"2026-01-01", POORT_REGIME_YEAR1},
		{"2026-01-21", POORT_REGIME_ENDED}}, 2);
	poort_case_free(c);

	c = employee("2026-01-01:2026-01-15", 300000, 3600);
	assert_runs(c, "2026-01-01", "2026-01-31", (const struct run[]){{"2026-01-01", POORT_REGIME_YEAR1},
		{"2026-01-16", POORT_REGIME_NOT_SICK}}, 2);
	poort_case_free(c);

	/* an earlier case from 2 January 2023: its sick day 728 is 29 December 2024 */
	c = case_of((const char *[]){"2023-01-02:2025-06-30", "2026-01-01", NULL});
	assert_int_equal(poort_case_set_wage(c, 300000, 3600), POORT_OK);
	assert_runs(c, "2024-12-01", "2024-12-31", (const struct run[]){{"2024-12-01", POORT_REGIME_YEAR2},
		{"2024-12-30", POORT_REGIME_ENDED}}, 2);
	poort_wage *w = wage_of(c, "2024-12-30", "2024-12-31");
	char text[512];
	assert_true(poort_wage_segment_explain(w, 0, POORT_LANG_EN, text, sizeof text) > 0);
	assert_non_null(strstr(text, "2024-12-29"));
	poort_wage_free(w);
	poort_case_free(c);
}

/* Spec §3.2 and §4: sick from 1 January 2024, sick day 728 is 28 December 2025; a voluntary
 * extension to 31 March 2026, then a 10-week loonsanctie from E = 1 April 2026 up to and
 * including 9 June 2026 (decided 1 February 2026, more than six weeks before E). After AOW age
 * 6 weeks from the AOW date (BW 7:629 lid 2 b; sickness from 2026): 1 March + 41 = 11 April. */
static void wage_after_the_wachttijd(void **state)
{
	(void)state;
	poort_case *c = employee("2024-01-01", 300000, 3600);
	assert_int_equal(poort_case_set_extension(c, D("2026-03-31")), POORT_OK);
	assert_int_equal(poort_case_set_loonsanctie(c, D("2026-02-01"), 10, POORT_DATE_NONE), POORT_OK);
	assert_runs(c, "2025-12-01", "2026-06-30", (const struct run[]){{"2025-12-01", POORT_REGIME_YEAR2},
		{"2025-12-29", POORT_REGIME_EXTENSION}, {"2026-04-01", POORT_REGIME_LOONSANCTIE},
		{"2026-06-10", POORT_REGIME_ENDED}}, 4);
	poort_case_free(c);

	c = employee("2026-01-01", 300000, 3600);
	assert_int_equal(poort_case_set_aow_date(c, D("2026-03-01")), POORT_OK);
	assert_runs(c, "2026-04-01", "2026-04-30", (const struct run[]){{"2026-04-01", POORT_REGIME_YEAR1},
		{"2026-04-12", POORT_REGIME_AFTER_AOW}}, 2);
	poort_case_free(c);
}

/* Spec §1 and §4: CAO ranges are by sick week, week k = sick days 7(k-1)+1 ... 7k; a
 * segment outside every range has no CAO amount (header: -1) and gets the statutory amount,
 * here the floor (EUR 2 294,76 a month, above 70% of EUR 3 000). Weeks 2-3 at 100%: sick days
 * 8-21, 8-21 January 2026. */
static void cao_for_weeks_2_and_3(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-01", 300000, 3600);
	assert_int_equal(poort_case_add_cao(c, 2, 3, 10000, 0), POORT_OK);
	poort_wage *w = wage_of(c, "2026-01-01", "2026-01-31");
	assert_int_equal(poort_wage_segment_count(w), 3);
	assert_segment(w, 0, "2026-01-01", "2026-01-07", POORT_REGIME_YEAR1, 51817); /* x 7/31 */
	assert_int_equal(poort_wage_segment_cao(w, 0), -1);
	assert_int_equal(poort_wage_segment_percent(w, 0), 7000);
	assert_segment(w, 1, "2026-01-08", "2026-01-21", POORT_REGIME_YEAR1, 135484); /* 3 000 x 14/31 */
	assert_int_equal(poort_wage_segment_cao(w, 1), 135484);
	assert_int_equal(poort_wage_segment_percent(w, 1), 10000);
	assert_segment(w, 2, "2026-01-22", "2026-01-31", POORT_REGIME_YEAR1, 74025); /* x 10/31 */
	assert_int_equal(poort_wage_segment_cao(w, 2), -1);
	poort_wage_free(w);
	poort_case_free(c);
}

/* Spec §4: the cap applies when the daily wage (monthly x 12 / 261) exceeds the Wfsv maximum,
 * EUR 274,44 a day in the first half of 2024, i.e. a monthly wage above 274,44 x 21,75 =
 * EUR 5 969,07; the floor applies when the minimum wage is above 70%. Equal is not above.
 * Sick from 1 January 2024 / 2026, year 1. */
static void cap_and_floor_when_equal(void **state)
{
	(void)state;
	poort_case *c = employee("2024-01-01", 596907, 3800);
	poort_wage *w = wage_of(c, "2024-02-01", "2024-02-29");
	assert_int_equal(poort_wage_flags(w) & POORT_FLAG_CAP, 0);
	assert_int_equal(poort_wage_total(w), 417835); /* 70% of 5 969,07 = 4 178,349 */
	poort_wage_free(w);
	assert_int_equal(poort_case_set_wage(c, 596908, 3800), POORT_OK);
	w = wage_of(c, "2024-02-01", "2024-02-29");
	assert_int_equal(poort_wage_flags(w) & POORT_FLAG_CAP, POORT_FLAG_CAP);
	assert_int_equal(poort_wage_total(w), 417835);
	char text[512];
	assert_true(poort_wage_segment_explain(w, 0, POORT_LANG_EN, text, sizeof text) > 0);
	assert_non_null(strstr(text, "\u20ac5 969,07")); /* the capped monthly wage */
	poort_wage_free(w);
	poort_case_free(c);

	/* 31,5 h: floor 14,71 x 31,5 x 13/3 = 2 007,915; 70% of 2 868,45 is the same */
	c = employee("2026-01-01", 286845, 3150);
	w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_flags(w) & POORT_FLAG_FLOOR, 0);
	assert_int_equal(poort_wage_total(w), 200792);
	poort_wage_free(w);
	assert_int_equal(poort_case_set_wage(c, 286844, 3150), POORT_OK); /* 70% = 2 007,908 */
	w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_flags(w) & POORT_FLAG_FLOOR, POORT_FLAG_FLOOR);
	assert_int_equal(poort_wage_total(w), 200792);
	poort_wage_free(w);
	poort_case_free(c);
}

/* Spec §4: amounts are exact until the one rounding of a segment. Sick from 3 March 2025:
 * sick day 365 is 2 March 2026. Year 2 on 2-31 March: 70% of EUR 4 000,07 x 30/31 =
 * 2 709,724839 - just under half a cent, so down. */
static void rounding_just_under_half_a_cent(void **state)
{
	(void)state;
	poort_case *c = employee("2025-03-03", 400007, 3600);
	poort_wage *w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_segment(w, 0, "2026-03-01", "2026-03-01", POORT_REGIME_YEAR1, 9032); /* 2 800,049 / 31 */
	assert_segment(w, 1, "2026-03-02", "2026-03-31", POORT_REGIME_YEAR2, 270972);
	poort_wage_free(w);
	poort_case_free(c);
}

/* The header: a segment's CAO amount is -1 only when no CAO range covers it; a range of 0%
 * covers it (and the statutory amount is paid). Not sick: 100%, no CAO amount. */
static void cao_of_zero_percent(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-16", 400000, 3600);
	assert_int_equal(poort_case_add_cao(c, 1, 52, 0, 0), POORT_OK);
	poort_wage *w = wage_of(c, "2026-01-01", "2026-01-31");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_int_equal(poort_wage_segment_regime(w, 0), POORT_REGIME_NOT_SICK);
	assert_int_equal(poort_wage_segment_percent(w, 0), 10000);
	assert_int_equal(poort_wage_segment_cao(w, 0), -1);
	assert_int_equal(poort_wage_segment_cao(w, 1), 0);
	assert_int_equal(poort_wage_segment_percent(w, 1), 7000);
	assert_int_equal(poort_wage_segment_amount(w, 1), 144516); /* 70% of 4 000 x 16/31 */
	char text[512];
	assert_true(poort_wage_segment_explain(w, 1, POORT_LANG_EN, text, sizeof text) > 0);
	assert_non_null(strstr(text, "CAO 0%"));
	/* the JSON: the range of the segments; no CAO amount is null (4 000 x 15/31 not sick), a 0%
	 * one is 0 */
	char *json = NULL;
	assert_int_equal(poort_wage_json(w, POORT_LANG_EN, &json, NULL), POORT_OK);
	const char *head = "{\n  \"first\": \"2026-01-01\",\n  \"last\": \"2026-01-31\",\n";
	assert_memory_equal(json, head, strlen(head));
	assert_non_null(strstr(json, "\"cao_cents\": null, \"amount_cents\": 193548"));
	assert_non_null(strstr(json, "\"cao_cents\": 0, \"amount_cents\": 144516"));
	poort_free(json);
	assert_int_equal(poort_wage_json(w, POORT_LANG_EN, NULL, NULL), POORT_ERR_NULL);
	assert_int_equal(poort_wage_json(NULL, POORT_LANG_EN, &json, NULL), POORT_ERR_NULL);
	assert_int_equal(poort_wage_json(w, 2, &json, NULL), POORT_ERR_LANG);
	poort_wage_free(w);
	poort_dossier *d = NULL;
	assert_int_equal(poort_dossier_compute(c, D("2026-03-01"), &d), POORT_OK);
	assert_int_equal(poort_dossier_json(d, POORT_LANG_EN, NULL, NULL), POORT_ERR_NULL);
	assert_int_equal(poort_dossier_json(NULL, POORT_LANG_EN, &json, NULL), POORT_ERR_NULL);
	assert_int_equal(poort_dossier_json(d, -1, &json, NULL), POORT_ERR_LANG);
	poort_dossier_free(d);
	poort_case_free(c);
}

/* Spec §4: hours worked during re-integration are paid as wage for work done (100% by
 * default), the continuation percentage applies to the hours not worked. Sick from 1 January
 * 2026, EUR 4 000, 36 h (70% = EUR 2 800, above the floor); 18 h worked 10-20 March. */
static void partial_work_edges(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-01", 400000, 3600);
	assert_int_equal(poort_case_add_partial_work(c, D("2026-03-10"), D("2026-03-20"), 1800), POORT_OK);
	poort_wage *w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_segment_count(w), 3);
	assert_segment(w, 0, "2026-03-01", "2026-03-09", POORT_REGIME_YEAR1, 81290);  /* 2 800 x 9/31 */
	assert_segment(w, 1, "2026-03-10", "2026-03-20", POORT_REGIME_YEAR1, 120645); /* 3 400 x 11/31 */
	assert_segment(w, 2, "2026-03-21", "2026-03-31", POORT_REGIME_YEAR1, 99355);  /* 2 800 x 11/31 */
	for (size_t i = 0; i < 3; i++)
		assert_int_equal(poort_wage_segment_cao(w, i), -1);
	poort_wage_free(w);
	/* a CAO range of 0% covers the worked days too */
	assert_int_equal(poort_case_add_cao(c, 1, 52, 0, 0), POORT_OK);
	w = wage_of(c, "2026-03-10", "2026-03-20");
	assert_int_not_equal(poort_wage_segment_cao(w, 0), -1);
	assert_int_equal(poort_wage_segment_amount(w, 0), 120645);
	poort_wage_free(w);
	poort_case_free(c);
	/* all contract hours worked (header: more than contracted is the error): the full wage */
	c = employee("2026-01-01", 400000, 3600);
	assert_int_equal(poort_case_add_partial_work(c, D("2026-03-10"), D("2026-03-20"), 3600), POORT_OK);
	w = wage_of(c, "2026-03-10", "2026-03-20");
	assert_int_equal(poort_wage_total(w), 141935); /* 4 000 x 11/31 */
	poort_wage_free(w);
	poort_case_free(c);
}

/* Segments are "consecutive days with one regime and one set of amounts, inside one month"
 * (header): a month of year 1 without any change is one segment, also in December, and so is a
 * month of year 2 with a birthday in it (no floor in year 2). The whole case runs from the first
 * day of the month of the first sick day to the end of the month in which it ends. */
static void one_segment_when_nothing_changes(void **state)
{
	(void)state;
	poort_case *c = employee("2026-02-01", 400000, 3600);
	poort_wage *w = wage_of(c, "2026-12-01", "2026-12-31");
	assert_int_equal(poort_wage_segment_count(w), 1);
	poort_wage_free(w);
	poort_case_free(c);
	c = employee("2024-01-01", 400000, 3600);
	assert_int_equal(poort_case_set_birth_date(c, D("1990-03-15")), POORT_OK);
	w = wage_of(c, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_segment_count(w), 1);
	assert_int_equal(poort_wage_segment_regime(w, 0), POORT_REGIME_YEAR2);
	poort_wage_free(w);
	poort_case_free(c);
	c = employee("2026-01-16:2026-02-10", 400000, 3600);
	w = NULL;
	assert_int_equal(poort_wage_compute(c, NULL, POORT_DATE_NONE, POORT_DATE_NONE, &w), POORT_OK);
	assert_int_equal(poort_wage_month_count(w), 2);
	assert_date(poort_wage_month_first(w, 0), "2026-01-01");
	assert_date(poort_wage_month_last(w, 1), "2026-02-28");
	poort_wage_free(w);
	poort_case_free(c);
}

/* The header: the range is first ... last inclusive (one day is a range), both dates in
 * 1900-2199 (POORT_ERR_DATE_RANGE), last not before first (POORT_ERR_PERIOD_ORDER). */
static void wage_range_edges(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-01", 310000, 3600);
	poort_wage *w = wage_of(c, "2026-03-31", "2026-03-31");
	assert_int_equal(poort_wage_segment_count(w), 1);
	assert_int_equal(poort_wage_total(w), 7402); /* floor 2 294,76 / 31 = 74,024 */
	poort_wage_free(w);
	assert_int_equal(poort_wage_compute(c, NULL, D("2026-03-31"), D("2026-03-30"), &w),
			 POORT_ERR_PERIOD_ORDER);
	assert_null(w);
	assert_int_equal(poort_wage_compute(c, NULL, D("2199-12-01"), 84006, &w), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_wage_compute(c, NULL, -25568, D("1900-01-31"), &w), POORT_ERR_DATE_RANGE);
	poort_case_free(c);
}

/* Spec §2 and §4: in a merged case the year of sickness follows the count of sick days, gap
 * days skipped. Sick 1-31 January 2026, fit 1-10 February, sick again from 11 February (day
 * 32): sick day 364 is 11 February + 332 = 9 January 2027. */
static void wage_years_of_a_merged_case(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-01-31", "2026-02-11", NULL});
	assert_int_equal(poort_case_set_wage(c, 300000, 3600), POORT_OK);
	assert_runs(c, "2026-01-25", "2026-02-15", (const struct run[]){{"2026-01-25", POORT_REGIME_YEAR1},
		{"2026-02-01", POORT_REGIME_NOT_SICK}, {"2026-02-11", POORT_REGIME_YEAR1}}, 3);
	assert_runs(c, "2027-01-01", "2027-01-31", (const struct run[]){{"2027-01-01", POORT_REGIME_YEAR1},
		{"2027-01-10", POORT_REGIME_YEAR2}}, 2);
	poort_case_free(c);
}

/* The header's ranges for the employee settings, at both ends; a rejected call keeps the
 * case as it was (REJECTS), a call that succeeds leaves no message (ACCEPTS). */

static void employee_setting_ranges(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	ACCEPTS(c, poort_case_set_wage(c, POORT_MAX_WAGE_CENTS, 1));
	REJECTS(c, POORT_ERR_WAGE, poort_case_set_wage(c, POORT_MAX_WAGE_CENTS + 1, 3600), "");
	ACCEPTS(c, poort_case_set_wage(c, 300000, 16800));
	REJECTS(c, POORT_ERR_HOURS, poort_case_set_wage(c, 300000, 0), "");
	REJECTS(c, POORT_ERR_HOURS, poort_case_set_wage(c, 300000, 16801), "");
	REJECTS(c, POORT_ERR_WAGE, poort_case_set_wage(c, -1, 3600), "");
	ACCEPTS(c, poort_case_set_birth_date(c, D("1990-05-01")));
	REJECTS(c, POORT_ERR_AGE, poort_case_set_age(c, 121), "");
	REJECTS(c, POORT_ERR_AGE, poort_case_set_age(c, -2), "");
	ACCEPTS(c, poort_case_set_age(c, 120));
	ACCEPTS(c, poort_case_set_age(c, 0));
	REJECTS(c, POORT_ERR_WAITING_DAYS, poort_case_set_waiting_days(c, 3), "");
	REJECTS(c, POORT_ERR_WAITING_DAYS, poort_case_set_waiting_days(c, -1), "");
	ACCEPTS(c, poort_case_set_waiting_days(c, 2));
	ACCEPTS(c, poort_case_set_waiting_days(c, 0));
	REJECTS(c, POORT_ERR_HOURS, poort_case_set_fulltime_hours(c, 0), "");
	ACCEPTS(c, poort_case_set_fulltime_hours(c, 1));
	ACCEPTS(c, poort_case_set_fulltime_hours(c, 16800));
	REJECTS(c, POORT_ERR_PERCENT, poort_case_set_extension_percent(c, POORT_MAX_PERCENT + 1), "");
	REJECTS(c, POORT_ERR_PERCENT, poort_case_set_partial_pay(c, -1), "");
	ACCEPTS(c, poort_case_set_extension_percent(c, POORT_MAX_PERCENT));
	ACCEPTS(c, poort_case_set_partial_pay(c, 0));
	REJECTS(c, POORT_ERR_CAO_WEEKS, poort_case_add_cao(c, 0, 10, 10000, 0), "");
	REJECTS(c, POORT_ERR_CAO_WEEKS, poort_case_add_cao(c, 100, 157, 10000, 0), "");
	REJECTS(c, POORT_ERR_CAO_WEEKS, poort_case_add_cao(c, 11, 10, 10000, 0), "");
	REJECTS(c, POORT_ERR_ARGUMENT, poort_case_add_cao(c, 1, 10, 10000, 2), "");
	REJECTS(c, POORT_ERR_PERCENT, poort_case_add_cao(c, 1, 10, POORT_MAX_PERCENT + 1, 0), "");
	ACCEPTS(c, poort_case_add_cao(c, 10, 10, POORT_MAX_PERCENT, 1));
	ACCEPTS(c, poort_case_add_cao(c, 156, 156, 0, 0));
	ACCEPTS(c, poort_case_add_cao(c, 1, 9, 10000, 0)); /* adjacent to week 10 */
	REJECTS(c, POORT_ERR_CAO_OVERLAP, poort_case_add_cao(c, 9, 9, 10000, 0), "");
	REJECTS(c, POORT_ERR_CAO_OVERLAP, poort_case_add_cao(c, 10, 20, 10000, 0), "");
	ACCEPTS(c, poort_case_add_partial_work(c, D("2026-03-01"), D("2026-03-01"), 1));
	REJECTS(c, POORT_ERR_PERIOD_OVERLAP, poort_case_add_partial_work(c, D("2026-02-20"), D("2026-03-01"), 100), "");
	REJECTS(c, POORT_ERR_PERIOD_ORDER, poort_case_add_partial_work(c, D("2026-04-02"), D("2026-04-01"), 100), "");
	REJECTS(c, POORT_ERR_HOURS, poort_case_add_partial_work(c, D("2026-04-01"), D("2026-04-02"), 0), "");
	ACCEPTS(c, poort_case_add_partial_work(c, D("2026-02-28"), D("2026-02-28"), 16800));
	ACCEPTS(c, poort_case_add_partial_work(c, D("2026-03-02"), D("2026-03-02"), 100));
	REJECTS(c, POORT_ERR_PERIOD_OVERLAP, poort_case_add_partial_work(c, D("2026-03-02"), D("2026-03-05"), 100), "");
	REJECTS(c, POORT_ERR_DATE_RANGE, poort_case_add_partial_work(c, D("2026-04-01"), 84006, 100), "");
	REJECTS(c, POORT_ERR_DATE_RANGE, poort_case_add_partial_work(c, -25568, D("2026-04-01"), 100), "");
	poort_case_free(c);
}

/* Spec §4 (partial work), periods given in any order: 18 of 36 h worked 5-10 and 20-25 March
 * 2026, added the later one first; the hours not worked at 70% of EUR 4 000. */
static void partial_work_in_any_order(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-01", 400000, 3600);
	ACCEPTS(c, poort_case_add_partial_work(c, D("2026-03-20"), D("2026-03-25"), 1800));
	ACCEPTS(c, poort_case_add_partial_work(c, D("2026-03-05"), D("2026-03-10"), 1800));
	poort_wage *w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_segment_count(w), 5);
	assert_segment(w, 0, "2026-03-01", "2026-03-04", POORT_REGIME_YEAR1, 36129); /* 2 800 x 4/31 */
	assert_segment(w, 1, "2026-03-05", "2026-03-10", POORT_REGIME_YEAR1, 65806); /* 3 400 x 6/31 */
	assert_segment(w, 2, "2026-03-11", "2026-03-19", POORT_REGIME_YEAR1, 81290); /* 2 800 x 9/31 */
	assert_segment(w, 3, "2026-03-20", "2026-03-25", POORT_REGIME_YEAR1, 65806);
	assert_segment(w, 4, "2026-03-26", "2026-03-31", POORT_REGIME_YEAR1, 54194); /* 2 800 x 6/31 */
	poort_wage_free(w);
	poort_case_free(c);
}

/* The header: a fixed age replaces the birth date, -1 removes the age (and not the birth
 * date), POORT_DATE_NONE removes the AOW date; CAO ranges of single weeks fill weeks 1-156;
 * a range may not end in the first week of another; clearing the schedule removes it. */
static void employee_setting_order(void **state)
{
	(void)state;
	/* born 29 March 2005: 20 in January 2026, youth floor 11,77 x 36 x 13/3 = EUR 1 836,12 */
	poort_case *c = employee("2026-01-01", 100000, 3600);
	ACCEPTS(c, poort_case_set_birth_date(c, D("2005-03-29")));
	ACCEPTS(c, poort_case_set_age(c, -1)); /* no age to remove: the birth date stays */
	poort_wage *w = wage_of(c, "2026-01-01", "2026-01-31");
	assert_int_equal(poort_wage_total(w), 183612);
	poort_wage_free(w);
	ACCEPTS(c, poort_case_set_age(c, 0));
	ACCEPTS(c, poort_case_set_age(c, -1)); /* the age 0 had replaced the birth date: adult */
	w = wage_of(c, "2026-01-01", "2026-01-31");
	assert_int_equal(poort_wage_total(w), 229476);
	poort_wage_free(w);
	ACCEPTS(c, poort_case_set_aow_date(c, D("2026-01-05")));
	ACCEPTS(c, poort_case_set_aow_date(c, POORT_DATE_NONE));
	REJECTS(c, POORT_ERR_DATE_RANGE, poort_case_set_aow_date(c, 84006), "");
	w = wage_of(c, "2026-03-01", "2026-03-31"); /* no AOW date: still year 1 */
	assert_int_equal(poort_wage_segment_regime(w, 0), POORT_REGIME_YEAR1);
	poort_wage_free(w);
	for (int32_t week = 156; week >= 1; week--)
		ACCEPTS(c, poort_case_add_cao(c, week, week, week < 53 ? 10000 : 8000, 0));
	ACCEPTS(c, poort_case_clear_cao(c));
	ACCEPTS(c, poort_case_add_cao(c, 10, 10, 10000, 0));
	REJECTS(c, POORT_ERR_CAO_OVERLAP, poort_case_add_cao(c, 5, 10, 10000, 0), "");
	REJECTS(c, POORT_ERR_CAO_WEEKS, poort_case_add_cao(c, 5, 4, 10000, 0), "");
	ACCEPTS(c, poort_case_clear_cao(c));
	w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_segment_cao(w, 0), -1);
	poort_wage_free(w);
	poort_case_free(c);
}

/* Issue 10 item 6: messages speak in hours and percentages, not hundredths or basis points
 * (16801 hundredths is 168.01 hours; -1 basis point is -0.01%), with as many decimals as
 * the value has. */
static void messages_in_hours_and_percent(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	REJECTS(c, POORT_ERR_HOURS, poort_case_set_wage(c, 300000, 16801), " 168.01 hours");
	REJECTS(c, POORT_ERR_HOURS, poort_case_set_wage(c, 300000, 16810), " 168.1 hours");
	REJECTS(c, POORT_ERR_HOURS, poort_case_set_wage(c, 300000, 16900), " 169 hours");
	REJECTS(c, POORT_ERR_HOURS, poort_case_set_wage(c, 300000, -50), " -0.5 hours");
	REJECTS(c, POORT_ERR_PERCENT, poort_case_set_partial_pay(c, -1), " -0.01%");
	REJECTS(c, POORT_ERR_PERCENT, poort_case_set_partial_pay(c, -90), " -0.9%");
	/* the header: a monthly wage of 1 ... POORT_MAX_WAGE_CENTS cents */
	REJECTS(c, POORT_ERR_WAGE, poort_case_set_wage(c, 0, 3600), "monthly wage");
	assert_int_equal(poort_case_set_wage(c, 1, 3600), POORT_OK);
	assert_int_equal(poort_case_set_wage(c, POORT_MAX_WAGE_CENTS, 3600), POORT_OK);
	REJECTS(c, POORT_ERR_WAGE, poort_case_set_wage(c, POORT_MAX_WAGE_CENTS + 1, 3600), "monthly wage");
	REJECTS(c, POORT_ERR_PERCENT, poort_case_set_partial_pay(c, POORT_MAX_PERCENT + 50), " 1000.5% is not 0% ... 1000%");
	poort_case_free(c);
}

/* The header: poort_wage_totals gives each case the total poort_wage_compute gives it - also
 * with waiting days, days not sick, and days after the wage obligation ended. */
static void batch_totals_match(void **state)
{
	(void)state;
	poort_case *cases[3];
	cases[0] = employee("2026-01-16:2026-02-10", 400000, 3600);
	assert_int_equal(poort_case_set_waiting_days(cases[0], 2), POORT_OK);
	cases[1] = employee("2026-01-01", 300000, 3600);
	assert_int_equal(poort_case_set_employment_end(cases[1], D("2026-02-10")), POORT_OK);
	cases[2] = employee("2024-01-01", 300000, 3600);
	int64_t totals[3];
	int32_t statuses[3];
	assert_int_equal(poort_wage_totals(cases, 3, NULL, D("2026-01-01"), D("2026-03-31"), totals,
					   statuses), 0);
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(statuses[i], POORT_OK);
		poort_wage *w = wage_of(cases[i], "2026-01-01", "2026-03-31");
		assert_int_equal(totals[i], poort_wage_total(w));
		poort_wage_free(w);
	}
	/* a case that fails counts once, with total 0 and its status; NULL arrays are refused */
	poort_case *none = poort_case_new();
	assert_int_equal(poort_case_set_wage(none, 300000, 3600), POORT_OK);
	poort_case *mixed[2] = {cases[0], none};
	assert_int_equal(poort_wage_totals(mixed, 2, NULL, D("2026-01-01"), D("2026-03-31"), totals,
					   statuses), 1);
	assert_int_equal(statuses[0], POORT_OK);
	assert_int_equal(statuses[1], POORT_ERR_NO_PERIODS);
	assert_int_equal(totals[1], 0);
	int32_t d1 = D("2026-01-01"), d2 = D("2026-03-31");
	assert_int_equal(poort_wage_totals(NULL, 1, NULL, d1, d2, totals, statuses), POORT_ERR_NULL);
	assert_int_equal(poort_wage_totals(mixed, 1, NULL, d1, d2, NULL, statuses), POORT_ERR_NULL);
	assert_int_equal(poort_wage_totals(mixed, 1, NULL, d1, d2, totals, NULL), POORT_ERR_NULL);
	assert_int_equal(poort_wage_totals(NULL, 0, NULL, d1, d2, NULL, NULL), 0);
	poort_case_free(none);
	for (size_t i = 0; i < 3; i++)
		poort_case_free(cases[i]);
}

/* Spec §4: money is rounded half away from zero, once per segment. April 2026 has 30 days;
 * sick from the 16th, so each half of the month is 15/30 of the monthly amount. Year 1, 36 h:
 * floor EUR 14,71 x 36 x 13/3 = EUR 2 294,76, below 70% of these wages. */
static void exact_half_cents(void **state)
{
	(void)state;
	poort_case *c = employee("2026-04-16", 400011, 3600);
	poort_wage *w = wage_of(c, "2026-04-01", "2026-04-30");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_segment(w, 0, "2026-04-01", "2026-04-15", POORT_REGIME_NOT_SICK, 200006); /* 200 005,5 */
	assert_segment(w, 1, "2026-04-16", "2026-04-30", POORT_REGIME_YEAR1, 140004);    /* 140 003,85 */
	/* header: the month has the regime of its longest segment, the later one on a tie */
	assert_int_equal(poort_wage_month_regime(w, 0), POORT_REGIME_YEAR1);
	assert_int_equal(poort_wage_month_percent(w, 0), 7000);
	poort_wage_free(w);
	poort_case_free(c);
	c = employee("2026-04-16", 400010, 3600);
	w = wage_of(c, "2026-04-01", "2026-04-30");
	assert_segment(w, 0, "2026-04-01", "2026-04-15", POORT_REGIME_NOT_SICK, 200005); /* exact */
	assert_segment(w, 1, "2026-04-16", "2026-04-30", POORT_REGIME_YEAR1, 140004);    /* 140 003,5 */
	poort_wage_free(w);
	poort_case_free(c);
}

/* Spec §4: days in a voluntary extension are paid as agreed, 70% by default (WIA art. 24).
 * Sick from 1 January 2024: sick day 728 is 28 December 2025; extended to 30 June 2026.
 * EUR 3 000 a month is far below the Wfsv cap; there is no floor outside year 1. */
static void extension_percentage(void **state)
{
	(void)state;
	static const struct {
		int32_t percent;
		int64_t amount;
	} v[] = {{-1, 210000}, {8000, 240000}, {10000, 300000}, {5000, 150000}};
	for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
		poort_case *c = employee("2024-01-01", 300000, 3600);
		assert_int_equal(poort_case_set_extension(c, D("2026-06-30")), POORT_OK);
		if (v[k].percent >= 0)
			assert_int_equal(poort_case_set_extension_percent(c, v[k].percent), POORT_OK);
		poort_wage *w = wage_of(c, "2026-03-01", "2026-03-31");
		assert_int_equal(poort_wage_segment_count(w), 1);
		assert_segment(w, 0, "2026-03-01", "2026-03-31", POORT_REGIME_EXTENSION, v[k].amount);
		assert_int_equal(poort_wage_segment_percent(w, 0), v[k].percent >= 0 ? v[k].percent : 7000);
		poort_wage_free(w);
		/* the extension ends on its last day */
		w = wage_of(c, "2026-06-30", "2026-07-01");
		assert_int_equal(poort_wage_segment_regime(w, 0), POORT_REGIME_EXTENSION);
		assert_int_equal(poort_wage_segment_regime(w, 1), POORT_REGIME_ENDED);
		assert_int_equal(poort_wage_segment_amount(w, 1), 0);
		poort_wage_free(w);
		poort_case_free(c);
	}
}

/* Spec §4: the amount paid is the larger of the statutory amount and the CAO amount, so a
 * CAO below 70% never lowers it; the 170% warning is for a schedule that exceeds 170% over
 * the two years, where a week below 70% still pays the statutory 70%. Sick from 1 January
 * 2024: 1 March 2025 is sick day 426 (week 61), year 2. */
static void cao_below_70_percent(void **state)
{
	(void)state;
	poort_case *c = employee("2024-01-01", 300000, 3600);
	assert_int_equal(poort_case_add_cao(c, 53, 104, 6000, 0), POORT_OK);
	poort_wage *w = wage_of(c, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_segment_count(w), 1);
	assert_segment(w, 0, "2025-03-01", "2025-03-31", POORT_REGIME_YEAR2, 210000); /* 70% */
	assert_int_equal(poort_wage_segment_statutory(w, 0), 210000);
	assert_int_equal(poort_wage_segment_cao(w, 0), 180000); /* 60% */
	assert_int_equal(poort_wage_segment_percent(w, 0), 7000);
	assert_int_equal(poort_wage_flags(w), 0); /* no floor, cap or warning */
	poort_wage_free(w);
	/* 100% in year 1 and (at least) 70% in year 2 is exactly 170%: no warning */
	assert_int_equal(poort_case_add_cao(c, 1, 52, 10000, 0), POORT_OK);
	w = wage_of(c, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_flags(w) & POORT_FLAG_CAO_170, 0);
	assert_int_equal(poort_wage_segment_cao(w, 0), 180000); /* the range added first is kept */
	poort_wage_free(w);
	poort_case_free(c);
	/* one basis point more in one week of year 2 is above 170%, even with weeks below 70%
	 * after it (they still pay 70%) */
	c = employee("2024-01-01", 300000, 3600);
	assert_int_equal(poort_case_add_cao(c, 1, 52, 10000, 0), POORT_OK);
	assert_int_equal(poort_case_add_cao(c, 53, 53, 7001, 0), POORT_OK);
	assert_int_equal(poort_case_add_cao(c, 54, 60, 6000, 0), POORT_OK);
	w = wage_of(c, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_flags(w) & POORT_FLAG_CAO_170, POORT_FLAG_CAO_170);
	poort_wage_free(w);
	poort_case_free(c);
	/* ... and in every week of it */
	c = employee("2024-01-01", 300000, 3600);
	assert_int_equal(poort_case_add_cao(c, 1, 52, 10000, 0), POORT_OK);
	assert_int_equal(poort_case_add_cao(c, 53, 104, 7001, 0), POORT_OK);
	w = wage_of(c, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_flags(w) & POORT_FLAG_CAO_170, POORT_FLAG_CAO_170);
	poort_wage_free(w);
	poort_case_free(c);
}

/* ================================================================= parameters */

/* Spec §4.1: the adult hourly minimum wage per half year, on the first and last day of each
 * row; youth rates are 80/60/50/39,5/34,5/30% for ages 20 ... 15, rounded half up to a cent
 * (18 on 1 January 2026: 14,71 x 50% = 7,355 -> 7,36). Before 2024 there is no hourly row. */
static void hourly_minimum_wage_rows(void **state)
{
	(void)state;
	static const struct {
		const char *date;
		int64_t cents;
	} adult[] = {
		{"2024-01-01", 1327}, {"2024-06-30", 1327}, {"2024-07-01", 1368}, {"2024-12-31", 1368},
		{"2025-01-01", 1406}, {"2025-06-30", 1406}, {"2025-07-01", 1440}, {"2025-12-31", 1440},
		{"2026-01-01", 1471},
	};
	for (size_t i = 0; i < sizeof adult / sizeof *adult; i++) {
		assert_int_equal(poort_params_min_wage_hour(NULL, D(adult[i].date), 21), adult[i].cents);
		assert_int_equal(poort_params_min_wage_hour(NULL, D(adult[i].date), 120), adult[i].cents);
	}
	static const int64_t youth[] = {441, 507, 581, 736, 883, 1177}; /* ages 15 ... 20 */
	for (int32_t age = 15; age <= 20; age++)
		assert_int_equal(poort_params_min_wage_hour(NULL, D("2026-01-01"), age), youth[age - 15]);
	/* no rate under 15 (spec §4.1 starts at 15), but 0 ... 14 are ages, not errors */
	assert_int_equal(poort_params_min_wage_hour(NULL, D("2026-01-01"), 14), 0);
	assert_int_equal(poort_params_min_wage_hour(NULL, D("2026-01-01"), 0), 0);
	assert_int_equal(poort_params_min_wage_hour(NULL, D("2023-12-31"), 21), POORT_ERR_TABLE_RANGE);
	assert_int_equal(poort_params_min_wage_hour(NULL, D("2026-01-01"), -1), POORT_ERR_AGE);
	assert_int_equal(poort_params_min_wage_hour(NULL, D("2026-01-01"), 121), POORT_ERR_AGE);
}

/* Spec §4 and §4.1: before 2024 the floor is the full-time monthly minimum wage (40 hours,
 * pro rata), by age, as published for 1 January 2023 (Besluit van 3 oktober 2022, Stb. 2022,
 * 381; taxence.nl "Minimumloon per 1 januari 2023") and 1 July 2023 (sigmapersoneel.nl
 * "Minimumloon 2023"). A 40-hour employee earning EUR 100 gets exactly that amount in a whole
 * month of year 1. A sick day before the oldest row is an error. */
static void monthly_minimum_wage_2023(void **state)
{
	(void)state;
	static const int64_t january[] = {193440, 154750, 116065, 96720, 76410, 66735, 58030};
	static const int64_t july[] = {199500, 159600, 119700, 99750, 78805, 68830, 59850};
	for (int32_t k = 0; k < 7; k++) { /* 21 and older, 20, 19, ... 15 */
		poort_case *c = employee("2023-01-01", 10000, 4000);
		assert_int_equal(poort_case_set_age(c, k ? 21 - k : 30), POORT_OK);
		poort_wage *w = wage_of(c, "2023-06-01", "2023-07-31");
		assert_int_equal(poort_wage_month_count(w), 2);
		assert_int_equal(poort_wage_month_amount(w, 0), january[k]);
		assert_int_equal(poort_wage_month_amount(w, 1), july[k]);
		poort_wage_free(w);
		poort_case_free(c);
	}
	poort_case *c = employee("2023-01-01", 10000, 4000);
	poort_wage *w = wage_of(c, "2023-01-01", "2023-01-31");
	assert_int_equal(poort_wage_total(w), 193440);
	poort_wage_free(w);
	poort_case_free(c);
	/* with a Wfsv row for 2022, the minimum wage table is the one that ends on 1 January */
	poort_params *p = poort_params_new();
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2022, 25000), POORT_OK);
	c = employee("2022-12-31", 10000, 4000);
	assert_int_equal(poort_wage_compute(c, p, D("2022-12-31"), D("2023-01-31"), &w),
			 POORT_ERR_TABLE_RANGE);
	assert_int_equal(poort_wage_compute(c, p, D("2023-01-01"), D("2023-01-31"), &w), POORT_OK);
	poort_wage_free(w);
	poort_case_free(c);
	poort_params_free(p);
}

/* The header: hosts add rows; an hourly row from 2024-01-01 on, 1 ... 100000 cents, one row
 * per date; a Wfsv row for a year 1900-2199, 1 ... 10000000 cents. A rejected row changes
 * nothing; an added row is used from its date. */
static void added_rows(void **state)
{
	(void)state;
	poort_params *p = poort_params_new();
	assert_non_null(p);
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2023-12-31"), 1500), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2026-03-01"), 0), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2026-03-01"), 100001), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2025-01-01"), 1500), POORT_ERR_DUPLICATE);
	assert_int_equal(poort_params_min_wage_hour(p, D("2026-03-01"), 21), 1471);
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2026-03-01"), 100000), POORT_OK);
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2024-03-01"), 1), POORT_OK); /* between rows */
	assert_int_equal(poort_params_min_wage_hour(p, D("2026-02-28"), 21), 1471);
	assert_int_equal(poort_params_min_wage_hour(p, D("2026-03-01"), 21), 100000);
	assert_int_equal(poort_params_min_wage_hour(p, D("2024-02-29"), 21), 1327);
	assert_int_equal(poort_params_min_wage_hour(p, D("2024-03-01"), 21), 1);
	assert_int_equal(poort_params_min_wage_hour(p, D("2024-07-01"), 21), 1368);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 1899, 30000), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2200, 30000), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2030, 0), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2030, 10000001), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2199, 10000000), POORT_OK);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 1900, 1), POORT_OK);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 1900, 2), POORT_ERR_DUPLICATE);
	assert_int_equal(poort_params_wfsv_max_day(p, D("1900-06-01")), 1);
	assert_int_equal(poort_params_wfsv_max_day(p, D("2199-06-01")), 10000000);
	/* the built-in years between them are found as before */
	for (int32_t y = 2023; y <= 2026; y++)
		assert_int_equal(poort_params_wfsv_max_day(p, day_number_of(y, 6, 1)),
				 poort_params_wfsv_max_day(NULL, day_number_of(y, 6, 1)));
	/* 2024-01-01 is the first built-in row: a duplicate, not a date before 2024 */
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2024-01-01"), 1500), POORT_ERR_DUPLICATE);
	assert_string_not_equal(poort_params_errmsg(p), "");
	/* a call that succeeds leaves no message (header) */
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2027-01-01"), 10000), POORT_OK);
	assert_string_equal(poort_params_errmsg(p), "");
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2030, 0), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2030, 40000), POORT_OK);
	assert_string_equal(poort_params_errmsg(p), "");
	/* youth rates of EUR 100,00 an hour: the percentages exactly (spec §4.1) */
	static const int64_t youth[] = {3000, 3450, 3950, 5000, 6000, 8000}; /* ages 15 ... 20 */
	for (int32_t age = 15; age <= 20; age++)
		assert_int_equal(poort_params_min_wage_hour(p, D("2027-01-01"), age), youth[age - 15]);
	poort_params_free(p);
}

/* The header: a range of more than 20 years is POORT_ERR_ARGUMENT. From 1 January 2026 the
 * 20 years end on 1 January 2046 (7305 days later, with the leap days of 2028-2044): that
 * range is computed, one day more is refused. */
static void range_of_twenty_years(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-05:2026-01-09", 300000, 4000);
	poort_wage *w = NULL;
	assert_int_equal(D("2046-01-01") - D("2026-01-01"), 7305);
	assert_int_equal(poort_wage_compute(c, NULL, D("2026-01-01"), D("2046-01-01"), &w), POORT_OK);
	poort_wage_free(w);
	w = NULL;
	assert_int_equal(poort_wage_compute(c, NULL, D("2026-01-01"), D("2046-01-02"), &w), POORT_ERR_ARGUMENT);
	assert_null(w);
	assert_non_null(strstr(poort_case_errmsg(c), "at most 20 years"));
	poort_case_free(c);
}

/* A percentage with one decimal in an explanation: 99,5% (a Dutch decimal comma), not
 * rounded to 100. */
static void cao_percent_with_a_decimal(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-16", 400000, 3600);
	assert_int_equal(poort_case_add_cao(c, 1, 52, 9950, 0), POORT_OK);
	poort_wage *w = wage_of(c, "2026-01-16", "2026-01-31");
	char text[512];
	assert_true(poort_wage_segment_explain(w, 0, POORT_LANG_NL, text, sizeof text) > 0);
	if (!strstr(text, "; CAO 99,5% = "))
		fail_msg("%s", text);
	poort_wage_free(w);
	poort_case_free(c);
}

/* A sick period includes its last day (the header: first to last, inclusive), also when
 * that day begins a segment: a one-day period, and a period ending on the 1st of a month. */
static void last_sick_day_is_paid_as_sick(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-05:2026-01-05", 310000, 3600);
	poort_wage *w = wage_of(c, "2026-01-01", "2026-01-31");
	assert_int_equal(poort_wage_segment_count(w), 3);
	assert_date(poort_wage_segment_first(w, 1), "2026-01-05");
	assert_date(poort_wage_segment_last(w, 1), "2026-01-05");
	assert_int_equal(poort_wage_segment_regime(w, 1), POORT_REGIME_YEAR1);
	poort_wage_free(w);
	poort_case_free(c);
	c = employee("2026-01-20:2026-02-01", 310000, 3600);
	w = wage_of(c, "2026-02-01", "2026-02-28");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_int_equal(poort_wage_segment_regime(w, 0), POORT_REGIME_YEAR1);
	assert_date(poort_wage_segment_last(w, 0), "2026-02-01");
	assert_int_equal(poort_wage_segment_regime(w, 1), POORT_REGIME_NOT_SICK);
	poort_wage_free(w);
	poort_case_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(leap_february_is_prorated_by_29_days),
		cmocka_unit_test(youth_rate_until_the_birthday),
		cmocka_unit_test(wage_regime_edges),
		cmocka_unit_test(wage_after_the_wachttijd),
		cmocka_unit_test(cao_for_weeks_2_and_3),
		cmocka_unit_test(cap_and_floor_when_equal),
		cmocka_unit_test(rounding_just_under_half_a_cent),
		cmocka_unit_test(cao_of_zero_percent),
		cmocka_unit_test(partial_work_edges),
		cmocka_unit_test(one_segment_when_nothing_changes),
		cmocka_unit_test(wage_range_edges),
		cmocka_unit_test(wage_years_of_a_merged_case),
		cmocka_unit_test(employee_setting_ranges),
		cmocka_unit_test(messages_in_hours_and_percent),
		cmocka_unit_test(partial_work_in_any_order),
		cmocka_unit_test(employee_setting_order),
		cmocka_unit_test(batch_totals_match),
		cmocka_unit_test(exact_half_cents),
		cmocka_unit_test(extension_percentage),
		cmocka_unit_test(cao_below_70_percent),
		cmocka_unit_test(hourly_minimum_wage_rows),
		cmocka_unit_test(monthly_minimum_wage_2023),
		cmocka_unit_test(added_rows),
		cmocka_unit_test(range_of_twenty_years),
		cmocka_unit_test(cao_percent_with_a_decimal),
		cmocka_unit_test(last_sick_day_is_paid_as_sick),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
