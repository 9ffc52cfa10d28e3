/* Wage continuation (spec section 4). Expected amounts are worked out from the rules:
 * 70% of the wage (capped at the Wfsv maximum x 21,75), at least the minimum wage
 * (hourly x hours x 13/3) in year 1, prorated by calendar days, rounded once per segment. */
#include "helpers.h"

static poort_case *employee(const char *first_sick_day, int64_t wage_cents, int32_t hours)
{
	poort_case *c = case_of((const char *[]){first_sick_day, NULL});
	assert_int_equal(poort_case_set_wage(c, wage_cents, hours), POORT_OK);
	return c;
}

static char *month_text(const poort_wage *w, size_t i, int32_t lang)
{
	static char buf[2048];
	assert_true(poort_wage_month_explain(w, i, lang, buf, sizeof buf) > 0);
	return buf;
}

/* Spec check values: EUR 2 300,00 a month, 32 h, age 30, March 2025. */
static void spec_check_values(void **state)
{
	(void)state;
	poort_case *c = employee("2025-01-01", 230000, 3200);
	assert_int_equal(poort_case_set_age(c, 30), POORT_OK);
	poort_wage *w = wage_between(c, NULL, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_month_count(w), 1);
	assert_int_equal(poort_wage_segment_count(w), 1);
	assert_int_equal(poort_wage_month_amount(w, 0), 194965); /* 14,06 x 32 x 13/3 */
	assert_int_equal(poort_wage_month_regime(w, 0), POORT_REGIME_YEAR1);
	assert_int_equal(poort_wage_month_percent(w, 0), 7000);
	assert_int_equal(poort_wage_month_flags(w, 0), POORT_FLAG_FLOOR);
	assert_string_equal(month_text(w, 0, POORT_LANG_EN),
			    "year 1: 70% of \u20ac2 300,00 = \u20ac1 610,00 < minimum wage \u20ac1 949,65 "
			    "for 32 h at \u20ac14,06; paid \u20ac1 949,65");
	assert_string_equal(month_text(w, 0, POORT_LANG_NL),
			    "jaar 1: 70% van \u20ac2 300,00 = \u20ac1 610,00 < minimumloon \u20ac1 949,65 "
			    "voor 32 u \u00e0 \u20ac14,06; betaald \u20ac1 949,65");
	poort_wage_free(w);
	poort_case_free(c);

	/* the same employee in year 2 (sick since 1 January 2024): no floor */
	c = employee("2024-01-01", 230000, 3200);
	assert_int_equal(poort_case_set_age(c, 30), POORT_OK);
	w = wage_between(c, NULL, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_month_amount(w, 0), 161000);
	assert_int_equal(poort_wage_month_regime(w, 0), POORT_REGIME_YEAR2);
	assert_int_equal(poort_wage_month_flags(w, 0), 0);
	poort_wage_free(w);
	poort_case_free(c);

	/* EUR 9 000,00 in a 2025 month, year 2: 70% x 290,67 x 21,75 */
	c = employee("2024-01-01", 900000, 4000);
	w = wage_between(c, NULL, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_month_amount(w, 0), 442545);
	assert_int_equal(poort_wage_month_flags(w, 0), POORT_FLAG_CAP);
	assert_non_null(strstr(month_text(w, 0, POORT_LANG_EN), "Wfsv maximum \u20ac290,67 x 21,75"));
	poort_wage_free(w);
	poort_case_free(c);
}

/* Sick since 16 January 2025: sick day 365 is 15 January 2026. */
static void year1_to_year2_mid_month(void **state)
{
	(void)state;
	poort_case *c = employee("2025-01-16", 230000, 3200);
	poort_wage *w = wage_between(c, NULL, "2026-01-01", "2026-01-31");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_date(poort_wage_segment_last(w, 0), "2026-01-14");
	assert_int_equal(poort_wage_segment_regime(w, 0), POORT_REGIME_YEAR1);
	/* floor 14,71 x 32 x 13/3 = 2 039,7867 a month, 14 of 31 days */
	assert_int_equal(poort_wage_segment_amount(w, 0), 92119);
	assert_int_equal(poort_wage_segment_regime(w, 1), POORT_REGIME_YEAR2);
	assert_int_equal(poort_wage_segment_amount(w, 1), 88290); /* 1 610,00 x 17/31 */
	assert_int_equal(poort_wage_month_amount(w, 0), 92119 + 88290);
	assert_int_equal(poort_wage_month_regime(w, 0), POORT_REGIME_YEAR2); /* 17 days > 14 */
	assert_int_equal(poort_wage_total(w), 180409);
	assert_non_null(strstr(month_text(w, 0, POORT_LANG_EN), "1-14: year 1: "));
	assert_non_null(strstr(month_text(w, 0, POORT_LANG_EN), " | 15-31: year 2: "));
	assert_non_null(strstr(month_text(w, 0, POORT_LANG_EN), "14/31 days: \u20ac921,19"));
	poort_wage_free(w);
	poort_case_free(c);
}

/* Waiting days apply once per case, not again after a relapse that merges. */
static void waiting_days_once_per_case(void **state)
{
	(void)state;
	/* sick 3-10 March, fit 11-19 (9 days), sick again from 20 March */
	poort_case *c = case_of((const char *[]){"2025-03-03:2025-03-10", "2025-03-20", NULL});
	assert_int_equal(poort_case_set_wage(c, 300000, 4000), POORT_OK);
	assert_int_equal(poort_case_set_waiting_days(c, 2), POORT_OK);
	poort_wage *w = wage_between(c, NULL, "2025-03-01", "2025-03-31");
	static const struct {
		const char *first;
		int32_t regime;
		int64_t amount;
	} expected[] = {
		{"2025-03-01", POORT_REGIME_NOT_SICK, 19355},   /* 3 000,00 x 2/31 */
		{"2025-03-03", POORT_REGIME_WAITING_DAY, 0},
		{"2025-03-05", POORT_REGIME_YEAR1, 47169},      /* floor 2 437,0667 x 6/31 */
		{"2025-03-11", POORT_REGIME_NOT_SICK, 87097},   /* 3 000,00 x 9/31 */
		{"2025-03-20", POORT_REGIME_YEAR1, 94338},      /* no new waiting days; x 12/31 */
	};
	assert_int_equal(poort_wage_segment_count(w), 5);
	for (size_t i = 0; i < 5; i++) {
		assert_date(poort_wage_segment_first(w, i), expected[i].first);
		assert_int_equal(poort_wage_segment_regime(w, i), expected[i].regime);
		assert_int_equal(poort_wage_segment_amount(w, i), expected[i].amount);
	}
	assert_int_equal(poort_wage_total(w), 247959);
	poort_wage_free(w);
	/* after 28 days fit a new case starts, with its own waiting days */
	poort_case_free(c);
	c = case_of((const char *[]){"2025-03-03:2025-03-10", "2025-04-08", NULL});
	assert_int_equal(poort_case_set_wage(c, 300000, 4000), POORT_OK);
	assert_int_equal(poort_case_set_waiting_days(c, 1), POORT_OK);
	w = wage_between(c, NULL, "2025-04-01", "2025-04-30");
	assert_int_equal(poort_wage_segment_regime(w, 1), POORT_REGIME_WAITING_DAY);
	assert_date(poort_wage_segment_first(w, 1), "2025-04-08");
	assert_date(poort_wage_segment_last(w, 1), "2025-04-08");
	poort_wage_free(w);
	poort_case_free(c);
}

/* Loonsanctie: 70%, no floor, until its last day. Sick since 2 January 2023: sick day 728
 * is 29 Dec 2024, E 30 Dec 2024, 52 weeks end on 28 Dec 2025. */
static void loonsanctie_month(void **state)
{
	(void)state;
	poort_case *c = employee("2023-01-02", 230000, 3200);
	assert_int_equal(poort_case_set_loonsanctie(c, D("2024-11-01"), 52, POORT_DATE_NONE), POORT_OK);
	poort_wage *w = wage_between(c, NULL, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_month_regime(w, 0), POORT_REGIME_LOONSANCTIE);
	assert_int_equal(poort_wage_month_amount(w, 0), 161000); /* no minimum-wage floor */
	assert_int_equal(poort_wage_month_flags(w, 0) & POORT_FLAG_FLOOR, 0);
	poort_wage_free(w);
	w = wage_between(c, NULL, "2025-12-01", "2025-12-31");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_int_equal(poort_wage_segment_amount(w, 0), 145419); /* 1 610,00 x 28/31 */
	assert_int_equal(poort_wage_segment_regime(w, 1), POORT_REGIME_ENDED);
	assert_int_equal(poort_wage_segment_amount(w, 1), 0);
	char buf[256];
	poort_wage_segment_explain(w, 1, POORT_LANG_EN, buf, sizeof buf);
	assert_string_equal(buf, "wage obligation ended on 2025-12-28; nothing due; 3/31 days: \u20ac0,00");
	poort_wage_free(w);
	poort_case_free(c);
}

/* After AOW age only 6 weeks (BW 7:629 lid 2), from the AOW date or from day 1. */
static void aow(void **state)
{
	(void)state;
	poort_case *c = employee("2025-01-06", 230000, 3200);
	assert_int_equal(poort_case_set_aow_date(c, D("2025-03-15")), POORT_OK);
	poort_wage *w = wage_between(c, NULL, "2025-04-01", "2025-04-30");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_date(poort_wage_segment_last(w, 0), "2025-04-25"); /* 15 March + 41 */
	assert_int_equal(poort_wage_segment_amount(w, 0), 162471); /* floor 1 949,6533 x 25/30 */
	assert_int_equal(poort_wage_segment_regime(w, 1), POORT_REGIME_AFTER_AOW);
	assert_int_equal(poort_wage_segment_amount(w, 1), 0);
	poort_wage_free(w);
	poort_case_free(c);
	/* sickness that begins after the AOW date: 6 weeks from day 1 */
	c = employee("2025-03-03", 230000, 3200);
	assert_int_equal(poort_case_set_aow_date(c, D("2024-06-01")), POORT_OK);
	w = wage_between(c, NULL, "2025-04-01", "2025-04-30");
	assert_date(poort_wage_segment_last(w, 0), "2025-04-13");
	assert_int_equal(poort_wage_segment_regime(w, 1), POORT_REGIME_AFTER_AOW);
	poort_wage_free(w);
	poort_case_free(c);
}

/* The AOW transition: a sickness that began before 1 July 2023 keeps 13 weeks after the AOW
 * date (art. VIIIA lid 4 Wet werken na de AOW-gerechtigde leeftijd; tijdstip 1 July 2023, Stb.
 * 2023, 169: "Voor werknemers die op 1 juli 2023 al ziek zijn, blijft de termijn van 13 weken
 * gelden. Voor ziektegevallen die op of na 1 juli 2023 ontstaan, gaat de termijn van zes weken
 * gelden", ndsz.nl 2023/85); from that date 6 weeks (BW 7:629 lid 2 onder b). */
static void aow_transition(void **state)
{
	(void)state;
	char buf[512];
	/* sick from Friday 30 June 2023, AOW on 1 August: 13 weeks, 1 August + 90 = 30 October */
	poort_case *c = employee("2023-06-30", 230000, 3200);
	assert_int_equal(poort_case_set_aow_date(c, D("2023-08-01")), POORT_OK);
	poort_wage *w = wage_between(c, NULL, "2023-10-01", "2023-10-31");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_date(poort_wage_segment_last(w, 0), "2023-10-30");
	assert_int_equal(poort_wage_segment_regime(w, 0), POORT_REGIME_YEAR1);
	assert_int_equal(poort_wage_segment_regime(w, 1), POORT_REGIME_AFTER_AOW);
	assert_int_equal(poort_wage_segment_amount(w, 1), 0);
	poort_wage_segment_explain(w, 1, POORT_LANG_EN, buf, sizeof buf);
	assert_string_equal(buf, "after AOW: the 13 weeks of art. VIIIA lid 4 Wet werken na de AOW-gerechtigde "
				 "leeftijd (sick before 1 July 2023) ended on 2023-10-30; nothing due; 1/31 days: €0,00");
	poort_wage_free(w);
	poort_case_free(c);
	/* sick from Saturday 1 July 2023, the same AOW date: 6 weeks, 1 August + 41 = 11 September */
	c = employee("2023-07-01", 230000, 3200);
	assert_int_equal(poort_case_set_aow_date(c, D("2023-08-01")), POORT_OK);
	w = wage_between(c, NULL, "2023-09-01", "2023-09-30");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_date(poort_wage_segment_last(w, 0), "2023-09-11");
	assert_int_equal(poort_wage_segment_regime(w, 1), POORT_REGIME_AFTER_AOW);
	poort_wage_segment_explain(w, 1, POORT_LANG_NL, buf, sizeof buf);
	assert_string_equal(buf, "na AOW: de 6 weken van BW 7:629 lid 2 eindigden op 2023-09-11; niets verschuldigd; "
				 "19/30 dagen: €0,00");
	poort_wage_free(w);
	poort_case_free(c);
	/* "aanvang" is that of the merged case (BW 7:629 lid 10): sick 1-20 June 2023, again from
	 * 5 July after 14 days: one case begun on 1 June, 13 weeks */
	c = poort_case_new();
	assert_int_equal(poort_case_add_period(c, D("2023-06-01"), D("2023-06-20")), POORT_OK);
	assert_int_equal(poort_case_add_period(c, D("2023-07-05"), POORT_DATE_NONE), POORT_OK);
	assert_int_equal(poort_case_set_wage(c, 230000, 3200), POORT_OK);
	assert_int_equal(poort_case_set_aow_date(c, D("2023-08-01")), POORT_OK);
	w = wage_between(c, NULL, "2023-10-01", "2023-10-31");
	assert_date(poort_wage_segment_last(w, 0), "2023-10-30");
	assert_int_equal(poort_wage_segment_regime(w, 1), POORT_REGIME_AFTER_AOW);
	poort_wage_free(w);
	poort_case_free(c);
}

/* BW 7:629 lid 11 a: a WIA application 20 days late (2 Nov 2027, due 13 Oct 2027 for a first
 * sick day of 1 Jan 2026) extends the wage obligation from 29 Dec 2027 to 18 Jan 2028: those
 * days are paid as year 2, 70% of €2 300,00 = €1 610,00 a month, x 18/31 = €934,84. */
static void late_wia_application_pays_the_delay(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-01", 230000, 3200);
	assert_int_equal(poort_case_record_done(c, "WIA_AANVRAAG", D("2027-11-02")), POORT_OK);
	poort_wage *w = wage_between(c, NULL, "2028-01-01", "2028-01-31");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_date(poort_wage_segment_last(w, 0), "2028-01-18");
	assert_int_equal(poort_wage_segment_regime(w, 0), POORT_REGIME_YEAR2);
	assert_int_equal(poort_wage_segment_amount(w, 0), 93484);
	assert_int_equal(poort_wage_segment_regime(w, 1), POORT_REGIME_ENDED);
	poort_wage_free(w);
	poort_case_free(c);
}

/* A youth employee turning 21 on 16 March 2025: 80% of the adult hourly rate before. */
static void youth_turning_21(void **state)
{
	(void)state;
	poort_case *c = employee("2025-01-01", 150000, 3200);
	assert_int_equal(poort_case_set_birth_date(c, D("2004-03-16")), POORT_OK);
	poort_wage *w = wage_between(c, NULL, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_segment_count(w), 2);
	/* 14,06 x 80% = 11,248 -> 11,25; x 32 x 13/3 = 1 560,00 a month, 15 of 31 days */
	assert_int_equal(poort_wage_segment_amount(w, 0), 75484);
	assert_date(poort_wage_segment_first(w, 1), "2025-03-16");
	assert_int_equal(poort_wage_segment_amount(w, 1), 100627); /* 1 949,6533 x 16/31 */
	assert_int_equal(poort_wage_total(w), 176111);
	poort_wage_free(w);
	poort_case_free(c);
	/* published youth hourly rates (rijksoverheid.nl) for January 2024 and 2026 */
	static const int32_t ages[] = {20, 19, 18, 17, 16, 15};
	static const int64_t y2024[] = {1062, 796, 664, 524, 458, 398};
	static const int64_t y2026[] = {1177, 883, 736, 581, 507, 441};
	for (size_t i = 0; i < 6; i++) {
		assert_int_equal(poort_params_min_wage_hour(NULL, D("2024-01-01"), ages[i]), y2024[i]);
		assert_int_equal(poort_params_min_wage_hour(NULL, D("2026-01-01"), ages[i]), y2026[i]);
	}
	assert_int_equal(poort_params_min_wage_hour(NULL, D("2025-06-30"), 30), 1406);
	assert_int_equal(poort_params_min_wage_hour(NULL, D("2025-07-01"), 30), 1440);
	assert_int_equal(poort_params_min_wage_hour(NULL, D("2023-12-31"), 30), POORT_ERR_TABLE_RANGE);
	assert_int_equal(poort_params_min_wage_hour(NULL, D("2025-07-01"), 121), POORT_ERR_AGE);
	/* Wfsv art. 18 lid 1: revised on 1 July too (salariszaken.nl: 282,95 per 1 juli 2024) */
	assert_int_equal(poort_params_wfsv_max_day(NULL, D("2024-06-30")), 27444);
	assert_int_equal(poort_params_wfsv_max_day(NULL, D("2024-07-01")), 28295);
	assert_int_equal(poort_params_wfsv_max_day(NULL, D("2024-12-31")), 28295);
	assert_int_equal(poort_params_wfsv_max_day(NULL, D("2022-12-31")), POORT_ERR_TABLE_RANGE);
}

/* Under 15 the WML does not apply: no floor in year 1 (a case found by fuzzing). */
static void under_15_no_floor(void **state)
{
	(void)state;
	poort_case *c = employee("2025-01-01", 50000, 1200);
	assert_int_equal(poort_case_set_age(c, 14), POORT_OK);
	poort_wage *w = wage_between(c, NULL, "2025-03-01", "2025-04-30");
	assert_int_equal(poort_wage_month_count(w), 2);
	assert_int_equal(poort_wage_month_amount(w, 0), 35000); /* 70% of 500,00 */
	assert_int_equal(poort_wage_month_flags(w, 0) & POORT_FLAG_FLOOR, 0);
	poort_wage_free(w);
	/* at 15 the floor is 30% of the adult rate: 14,06 x 30% = 4,22; x 12 x 13/3 = 219,44 */
	assert_int_equal(poort_case_set_age(c, 15), POORT_OK);
	w = wage_between(c, NULL, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_month_amount(w, 0), 35000); /* 350,00 > 219,44 */
	poort_wage_free(w);
	poort_case_free(c);
}

/* 2023: monthly amounts for a full-time job, pro rata to the contract hours. */
static void minimum_wage_2023(void **state)
{
	(void)state;
	poort_case *c = employee("2023-02-01", 100000, 3200);
	poort_wage *w = wage_between(c, NULL, "2023-03-01", "2023-03-31");
	assert_int_equal(poort_wage_month_amount(w, 0), 154752); /* 1 934,40 x 32/40 */
	assert_int_equal(poort_wage_month_flags(w, 0), POORT_FLAG_FLOOR);
	poort_wage_free(w);
	/* an 18-year-old in July 2023: the published EUR 997,50 for 38 of 38 hours */
	assert_int_equal(poort_case_set_age(c, 18), POORT_OK);
	assert_int_equal(poort_case_set_fulltime_hours(c, 3800), POORT_OK);
	assert_int_equal(poort_case_set_wage(c, 50000, 3800), POORT_OK);
	w = wage_between(c, NULL, "2023-07-01", "2023-07-31");
	assert_int_equal(poort_wage_month_amount(w, 0), 99750);
	poort_wage_free(w);
	/* before the oldest row: an error with a message */
	poort_case_free(c);
	c = employee("2022-11-01", 100000, 3200);
	poort_wage *none = NULL;
	assert_int_equal(poort_wage_compute(c, NULL, D("2022-12-01"), D("2022-12-31"), &none),
			 POORT_ERR_TABLE_RANGE);
	assert_non_null(strstr(poort_case_errmsg(c), "no statutory amounts for 2022-12-01"));
	assert_null(none);
	poort_case_free(c);
}

/* Rows added at run time by the host, per parameter set. */
static void runtime_table_rows(void **state)
{
	(void)state;
	poort_case *c = employee("2026-09-01", 230000, 3200);
	poort_wage *w = wage_between(c, NULL, "2027-01-01", "2027-01-31");
	assert_true(poort_wage_month_flags(w, 0) & POORT_FLAG_STALE);
	assert_non_null(strstr(month_text(w, 0, POORT_LANG_EN), "may be stale"));
	assert_int_equal(poort_wage_month_amount(w, 0), 207861); /* still 14,99: 2 078,6133 */
	assert_date(poort_wage_stale_from(w, POORT_TABLE_MIN_WAGE), "2027-01-01");
	poort_wage_free(w);
	/* December is not stale: the July 2026 row is in force until 1 January */
	w = wage_between(c, NULL, "2026-12-01", "2026-12-31");
	assert_int_equal(poort_wage_month_flags(w, 0) & POORT_FLAG_STALE, 0);
	assert_int_equal(poort_wage_stale_from(w, POORT_TABLE_MIN_WAGE), POORT_DATE_NONE);
	poort_wage_free(w);

	poort_params *p = poort_params_new();
	assert_non_null(p);
	/* a hypothetical January 2027 amount of EUR 15,30 an hour */
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2027-01-01"), 1530), POORT_OK);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2027, 31500), POORT_OK);
	w = wage_between(c, p, "2027-01-01", "2027-01-31");
	assert_int_equal(poort_wage_month_flags(w, 0) & POORT_FLAG_STALE, 0);
	assert_int_equal(poort_wage_month_amount(w, 0), 212160); /* 15,30 x 32 x 13/3 */
	poort_wage_free(w);
	/* the built-in tables are untouched: another computation without p is still stale */
	w = wage_between(c, NULL, "2027-01-01", "2027-01-31");
	assert_true(poort_wage_month_flags(w, 0) & POORT_FLAG_STALE);
	poort_wage_free(w);
	/* the per-year Wfsv call adds a row from 1 January */
	assert_int_equal(poort_params_wfsv_max_day(p, D("2026-12-31")), 30991);
	assert_int_equal(poort_params_wfsv_max_day(p, D("2027-03-01")), 31500);
	/* bad rows change nothing */
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2027-01-01"), 1530), POORT_ERR_DUPLICATE);
	assert_non_null(strstr(poort_params_errmsg(p), "2027-01-01 exists already"));
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2023-07-01"), 1200), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2027-07-01"), 0), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2027, 1), POORT_ERR_DUPLICATE);
	assert_int_equal(poort_params_add_wfsv_max_day_from(p, D("2027-01-01"), 31500), POORT_ERR_DUPLICATE);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2300, 1), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_min_wage_hour(NULL, D("2027-01-01"), 1500), POORT_ERR_NULL);
	assert_int_equal(poort_params_min_wage_hour(p, D("2027-01-01"), 30), 1530);
	assert_int_equal(poort_params_min_wage_hour(p, D("2026-12-31"), 30), 1499);
	assert_int_equal(poort_params_wfsv_max_day(p, D("2027-03-01")), 31500);
	poort_params_free(p);
	poort_params_free(NULL);
	poort_case_free(c);
}

/* CAO top-up: the larger of statutory and CAO amount; capped only when the CAO says so. */
static void cao_schedule(void **state)
{
	(void)state;
	poort_case *c = employee("2025-01-01", 230000, 3200);
	assert_int_equal(poort_case_add_cao(c, 53, 104, 7000, 0), POORT_OK);
	assert_int_equal(poort_case_add_cao(c, 1, 52, 10000, 0), POORT_OK);
	poort_wage *w = wage_between(c, NULL, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_segment_amount(w, 0), 230000);
	assert_int_equal(poort_wage_segment_statutory(w, 0), 194965);
	assert_int_equal(poort_wage_segment_cao(w, 0), 230000);
	assert_int_equal(poort_wage_segment_percent(w, 0), 10000);
	assert_int_equal(poort_wage_flags(w) & POORT_FLAG_CAO_170, 0); /* 100 + 70 = 170 */
	poort_wage_free(w);
	/* 100% in both years is above the 170% convention: a warning, not a cap */
	assert_int_equal(poort_case_clear_cao(c), POORT_OK);
	assert_int_equal(poort_case_add_cao(c, 1, 104, 10000, 0), POORT_OK);
	w = wage_between(c, NULL, "2026-03-01", "2026-03-31");
	assert_true(poort_wage_flags(w) & POORT_FLAG_CAO_170);
	assert_int_equal(poort_wage_segment_amount(w, 0), 230000);
	poort_wage_free(w);
	poort_case_free(c);
	/* capped CAO for a high wage: 100% of 290,67 x 21,75 */
	c = employee("2025-01-01", 900000, 4000);
	assert_int_equal(poort_case_add_cao(c, 1, 52, 10000, 1), POORT_OK);
	w = wage_between(c, NULL, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_segment_amount(w, 0), 632207);
	poort_wage_free(w);
	/* uncapped: the full wage */
	assert_int_equal(poort_case_clear_cao(c), POORT_OK);
	assert_int_equal(poort_case_add_cao(c, 1, 52, 10000, 0), POORT_OK);
	w = wage_between(c, NULL, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_segment_amount(w, 0), 900000);
	poort_wage_free(w);
	/* no CAO range (-1) is not a bad index (POORT_ERR_INDEX) */
	assert_int_equal(poort_case_clear_cao(c), POORT_OK);
	w = wage_between(c, NULL, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_segment_cao(w, 0), -1);
	assert_int_equal(poort_wage_segment_cao(w, 1), POORT_ERR_INDEX);
	assert_int_equal(poort_wage_segment_cao(NULL, 0), POORT_ERR_INDEX);
	poort_wage_free(w);
	poort_case_free(c);
}

/* Hours worked during re-integration are paid as work; 70% applies to the rest. */
static void partial_work(void **state)
{
	(void)state;
	poort_case *c = employee("2024-01-01", 300000, 4000);
	assert_int_equal(poort_case_add_partial_work(c, D("2025-03-01"), D("2025-03-31"), 2000), POORT_OK);
	poort_wage *w = wage_between(c, NULL, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_month_amount(w, 0), 255000); /* 20 h x 100% + 20 h x 70% */
	assert_non_null(strstr(month_text(w, 0, POORT_LANG_EN), "20 of 40 h worked, paid at 100%"));
	poort_wage_free(w);
	assert_int_equal(poort_case_set_partial_pay(c, 8000), POORT_OK);
	w = wage_between(c, NULL, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_month_amount(w, 0), 225000); /* 1 500 x 80% + 1 050 */
	poort_wage_free(w);
	/* more hours worked than contracted is rejected when computing */
	poort_case *d = employee("2024-01-01", 300000, 1000);
	assert_int_equal(poort_case_add_partial_work(d, D("2025-03-01"), D("2025-03-31"), 2000), POORT_OK);
	poort_wage *none = NULL;
	assert_int_equal(poort_wage_compute(d, NULL, D("2025-03-01"), D("2025-03-31"), &none), POORT_ERR_HOURS);
	poort_case_free(d);
	poort_case_free(c);
}

static void whole_case_and_json(void **state)
{
	(void)state;
	poort_case *c = employee("2025-01-01", 230000, 3200);
	poort_wage *w = NULL;
	assert_int_equal(poort_wage_compute(c, NULL, POORT_DATE_NONE, POORT_DATE_NONE, &w), POORT_OK);
	/* January 2025 up to December 2026: sick day 728 is 29 December 2026 */
	assert_int_equal(poort_wage_month_count(w), 24);
	assert_date(poort_wage_month_first(w, 23), "2026-12-01");
	assert_date(poort_wage_month_last(w, 23), "2026-12-31");
	size_t last = poort_wage_segment_count(w) - 1;
	assert_int_equal(poort_wage_segment_regime(w, last), POORT_REGIME_ENDED);
	assert_date(poort_wage_segment_first(w, last), "2026-12-30");
	int64_t sum = 0;
	for (size_t i = 0; i < poort_wage_month_count(w); i++)
		sum += poort_wage_month_amount(w, i);
	assert_int_equal(sum, poort_wage_total(w));
	char *a, *b;
	size_t la, lb;
	assert_int_equal(poort_wage_json(w, POORT_LANG_EN, &a, &la), POORT_OK);
	poort_wage *w2 = NULL;
	assert_int_equal(poort_wage_compute(c, NULL, POORT_DATE_NONE, POORT_DATE_NONE, &w2), POORT_OK);
	assert_int_equal(poort_wage_json(w2, POORT_LANG_EN, &b, &lb), POORT_OK);
	assert_int_equal(la, lb);
	assert_int_equal(memcmp(a, b, la), 0);
	assert_non_null(strstr(a, "{\"month\": \"2025-03\", \"first\": \"2025-03-01\", \"last\": \"2025-03-31\", "
				  "\"amount_cents\": 194965, \"statutory_cents\": 194965, \"percent_bp\": 7000, "
				  "\"regime\": \"year1\", \"floor_applied\": true, \"cap_applied\": false"));
	poort_free(a);
	poort_free(b);
	poort_wage_free(w);
	poort_wage_free(w2);
	poort_case_free(c);
}

static void bad_input(void **state)
{
	(void)state;
	poort_case *c = employee("2025-01-01", 230000, 3200);
	assert_int_equal(poort_case_add_cao(c, 1, 26, 10000, 0), POORT_OK);
	assert_int_equal(poort_case_add_partial_work(c, D("2025-05-01"), D("2025-05-31"), 800), POORT_OK);
	REJECTS(c, POORT_ERR_WAGE, poort_case_set_wage(c, -1, 3200), "monthly wage of \xe2\x82\xac -0.01 is not");
	/* a wage of 0 pays nothing: refused, never read as "pay the minimum wage" */
	REJECTS(c, POORT_ERR_WAGE, poort_case_set_wage(c, 0, 3200),
		"monthly wage of \xe2\x82\xac 0.00 is not \xe2\x82\xac 0.01 ... \xe2\x82\xac 10000000.00");
	REJECTS(c, POORT_ERR_WAGE, poort_case_set_wage(c, POORT_MAX_WAGE_CENTS + 1, 3200), "is not \xe2\x82\xac 0.01");
	REJECTS(c, POORT_ERR_HOURS, poort_case_set_wage(c, 230000, 0), 
		"contract hours: 0 hours a week is not 0.01 ... 168 hours");
	REJECTS(c, POORT_ERR_HOURS, poort_case_set_wage(c, 230000, 16801), "168.01 hours");
	REJECTS(c, POORT_ERR_WAITING_DAYS, poort_case_set_waiting_days(c, 3), "3 waiting days");
	REJECTS(c, POORT_ERR_WAITING_DAYS, poort_case_set_waiting_days(c, -1), "at most 2");
	REJECTS(c, POORT_ERR_CAO_OVERLAP, poort_case_add_cao(c, 20, 52, 9000, 0), "CAO weeks 20-52 overlap weeks 1-26");
	REJECTS(c, POORT_ERR_PERCENT, poort_case_add_cao(c, 27, 52, 100001, 0), "1000.01% is not 0% ... 1000%");
	REJECTS(c, POORT_ERR_PERCENT, poort_case_add_cao(c, 27, 52, -1, 0), "-0.01% is not");
	REJECTS(c, POORT_ERR_CAO_WEEKS, poort_case_add_cao(c, 0, 52, 9000, 0), "weeks 0-52");
	REJECTS(c, POORT_ERR_CAO_WEEKS, poort_case_add_cao(c, 100, 157, 9000, 0), "157");
	REJECTS(c, POORT_ERR_CAO_WEEKS, poort_case_add_cao(c, 60, 55, 9000, 0), "60-55");
	REJECTS(c, POORT_ERR_ARGUMENT, poort_case_add_cao(c, 60, 70, 9000, 2), "capped must be 0 or 1");
	REJECTS(c, POORT_ERR_AGE, poort_case_set_age(c, 121), "age 121");
	REJECTS(c, POORT_ERR_DATE_RANGE, poort_case_set_birth_date(c, D("1900-01-01") - 1), "outside");
	REJECTS(c, POORT_ERR_PERCENT, poort_case_set_extension_percent(c, 100001), "extension percentage");
	REJECTS(c, POORT_ERR_PERCENT, poort_case_set_partial_pay(c, -5), "pay for hours worked");
	REJECTS(c, POORT_ERR_HOURS, poort_case_set_fulltime_hours(c, 0), "full-time hours");
	REJECTS(c, POORT_ERR_PERIOD_OVERLAP,
		poort_case_add_partial_work(c, D("2025-05-20"), D("2025-06-10"), 800), "overlaps partial work");
	REJECTS(c, POORT_ERR_PERIOD_ORDER,
		poort_case_add_partial_work(c, D("2025-07-20"), D("2025-06-10"), 800), "before the first day");
	REJECTS(c, POORT_ERR_HOURS, poort_case_add_partial_work(c, D("2025-07-01"), D("2025-07-10"), 0),
		"hours worked");
	assert_int_equal(poort_case_set_wage(NULL, 1, 1), POORT_ERR_NULL);
	/* compute errors */
	poort_wage *w = (poort_wage *)1;
	assert_int_equal(poort_wage_compute(c, NULL, D("2025-03-01"), POORT_DATE_NONE, &w), POORT_ERR_ARGUMENT);
	assert_null(w);
	assert_int_equal(poort_wage_compute(c, NULL, D("2025-03-31"), D("2025-03-01"), &w), POORT_ERR_PERIOD_ORDER);
	assert_int_equal(poort_wage_compute(c, NULL, D("2025-03-01"), D("2045-03-02"), &w), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_wage_compute(c, NULL, D("2025-03-01"), D("2025-03-31"), NULL), POORT_ERR_NULL);
	poort_case *nowage = case_of((const char *[]){"2025-01-01", NULL});
	assert_int_equal(poort_wage_compute(nowage, NULL, D("2025-03-01"), D("2025-03-31"), &w), POORT_ERR_NO_WAGE);
	assert_string_equal(poort_case_errmsg(nowage), "the monthly wage and contract hours are not set");
	poort_case_free(nowage);
	poort_case_free(c);
}

/* 1 when s is well-formed UTF-8 (no cut or overlong sequence, no surrogate). */
static int valid_utf8(const unsigned char *s)
{
	while (*s) {
		int n = *s < 0x80 ? 0 : (*s & 0xe0) == 0xc0 ? 1 : (*s & 0xf0) == 0xe0 ? 2 : (*s & 0xf8) == 0xf0 ? 3 : -1;
		if (n < 0 || (n == 1 && *s < 0xc2))
			return 0;
		uint32_t cp = n ? *s & (0x3f >> n) : *s;
		for (int k = 1; k <= n; k++) {
			if ((s[k] & 0xc0) != 0x80)
				return 0;
			cp = cp << 6 | (s[k] & 0x3f);
		}
		if ((n == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)))
			return 0;
		s += n + 1;
	}
	return 1;
}

/* A month with 16 one-day periods of partial work has 31 segments: its explanation (over
 * 5 000 bytes, with a euro sign where a 2 048-byte buffer used to cut) reaches the JSON
 * whole, as the header describes it: each segment's line after its days of the month,
 * joined by " | ". */
static void long_month_explanation(void **state)
{
	(void)state;
	poort_case *c = employee("2025-01-06", 300000, 3200);
	for (int day = 1; day <= 31; day += 2) {
		int32_t d = poort_days_from_ymd_for_test(2025, 3, day);
		assert_int_equal(poort_case_add_partial_work(c, d, d, 800), POORT_OK);
	}
	poort_wage *w = wage_between(c, NULL, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_month_count(w), 1);
	assert_int_equal(poort_wage_segment_count(w), 31);
	char *expected = calloc(1, 65536), seg[1024];
	for (size_t k = 0; k < 31; k++) {
		assert_true(poort_wage_segment_explain(w, k, POORT_LANG_NL, seg, sizeof seg) < (int32_t)sizeof seg);
		snprintf(expected + strlen(expected), 65536 - strlen(expected), "%s%d-%d: %s", k ? " | " : "",
			 (int)k + 1, (int)k + 1, seg);
	}
	assert_true(strlen(expected) > 2048);
	char *text = calloc(1, 65536);
	assert_int_equal(poort_wage_month_explain(w, 0, POORT_LANG_NL, text, 65536), (int32_t)strlen(expected));
	assert_string_equal(text, expected);
	char *json = NULL;
	assert_int_equal(poort_wage_json(w, POORT_LANG_NL, &json, NULL), POORT_OK);
	assert_true(valid_utf8((const unsigned char *)json));
	assert_non_null(strstr(json, expected));
	poort_free(json);
	free(text);
	free(expected);
	poort_wage_free(w);
	poort_case_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(spec_check_values),
		cmocka_unit_test(year1_to_year2_mid_month),
		cmocka_unit_test(waiting_days_once_per_case),
		cmocka_unit_test(loonsanctie_month),
		cmocka_unit_test(aow),
		cmocka_unit_test(aow_transition),
		cmocka_unit_test(late_wia_application_pays_the_delay),
		cmocka_unit_test(youth_turning_21),
		cmocka_unit_test(under_15_no_floor),
		cmocka_unit_test(minimum_wage_2023),
		cmocka_unit_test(runtime_table_rows),
		cmocka_unit_test(cao_schedule),
		cmocka_unit_test(partial_work),
		cmocka_unit_test(long_month_explanation),
		cmocka_unit_test(whole_case_and_json),
		cmocka_unit_test(bad_input),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
