/* Merging periods of sickness (spec section 2). */
#include "helpers.h"

/* Spec worked example (rviregister.nl): sick 3 Jan - 3 Jul 2022, fit 4-24 Jul (21 days),
 * sick again from 25 Jul 2022: the 104 weeks end on 21 Jan 2024 instead of 31 Dec 2023. */
static void spec_example_21_gap_days(void **state)
{
	(void)state;
	poort_case *straight = case_of((const char *[]){"2022-01-03", NULL});
	poort_timeline *t = compute(straight, "2022-12-01");
	assert_date(poort_timeline_wachttijd_end(t), "2023-12-31");
	assert_due(t, "EINDE_WACHTTIJD", "2023-12-31");
	poort_timeline_free(t);
	poort_case_free(straight);

	poort_case *c = case_of((const char *[]){"2022-01-03:2022-07-03", "2022-07-25", NULL});
	t = compute(c, "2022-12-01");
	assert_int_equal(poort_timeline_case_count(t), 1);
	assert_date(poort_timeline_first_sick_day(t), "2022-01-03");
	assert_date(poort_timeline_wachttijd_end(t), "2024-01-21");
	assert_due(t, "EINDE_WACHTTIJD", "2024-01-21");
	assert_int_equal(poort_timeline_interruption_days(t), 21);
	/* 2022-01-03 ... 2022-12-01 is 333 days, 21 of them not sick */
	assert_int_equal(poort_timeline_sick_days(t), 333 - 21);
	assert_string_equal(explain(t, find(t, "EINDE_WACHTTIJD", 0), POORT_LANG_EN),
			    "sick day 728; 21 interruption days skipped");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* "minder dan vier weken": 27 days of interruption merge, 28 start a new case. */
static void four_week_boundary(void **state)
{
	(void)state;
	/* fit 1-27 Feb 2026 = 27 days */
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-01-31", "2026-02-28", NULL});
	poort_timeline *t = compute(c, "2026-03-10");
	assert_int_equal(poort_timeline_case_count(t), 1);
	assert_date(poort_timeline_first_sick_day(t), "2026-01-01");
	assert_int_equal(poort_timeline_interruption_days(t), 27);
	poort_timeline_free(t);
	poort_case_free(c);
	/* fit 1-28 Feb 2026 = 28 days */
	c = case_of((const char *[]){"2026-01-01:2026-01-31", "2026-03-01", NULL});
	t = compute(c, "2026-03-10");
	assert_int_equal(poort_timeline_case_count(t), 2);
	assert_date(poort_timeline_first_sick_day(t), "2026-03-01");
	assert_int_equal(poort_timeline_interruption_days(t), 0);
	assert_int_equal(poort_timeline_sick_days(t), 10);
	assert_due(t, "PROBLEEMANALYSE", "2026-04-11"); /* 1 March + 41 */
	poort_timeline_free(t);
	poort_case_free(c);
}

static void chains_and_adjacent_periods(void **state)
{
	(void)state;
	/* gaps of 20 and then 30 days: the third period starts a new case */
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-01-10", "2026-01-31:2026-02-09",
						  "2026-03-12", NULL});
	poort_timeline *t = compute(c, "2026-03-12");
	assert_int_equal(poort_timeline_case_count(t), 2);
	assert_date(poort_timeline_first_sick_day(t), "2026-03-12");
	poort_timeline_free(t);
	poort_case_free(c);
	/* periods given out of order are sorted; a period starting the next day is a gap of 0 */
	c = case_of((const char *[]){"2026-01-11", "2026-01-01:2026-01-10", NULL});
	t = compute(c, "2026-03-12");
	assert_int_equal(poort_timeline_case_count(t), 1);
	assert_int_equal(poort_timeline_interruption_days(t), 0);
	assert_due(t, "PROBLEEMANALYSE", "2026-02-11");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* WAZO leave: periods around it merge unless the later sickness has another cause; the
 * leave days count neither as sick days nor as interruption (WIA art. 23 lid 3, lid 5). */
static void wazo_leave(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-02-28", "2026-06-21", NULL});
	/* 1 Mar - 20 Jun 2026: 31 + 30 + 31 + 20 = 112 days */
	assert_int_equal(poort_case_add_leave(c, D("2026-03-01"), D("2026-06-20"), 0), POORT_OK);
	poort_timeline *t = compute(c, "2026-07-01");
	assert_int_equal(poort_timeline_case_count(t), 1);
	assert_int_equal(poort_timeline_leave_days(t), 112);
	assert_int_equal(poort_timeline_interruption_days(t), 0);
	assert_int_equal(poort_timeline_sick_days(t), 59 + 11);
	/* 59 sick days before the leave; sick day 294 is 21 Jun + 234 = 10 Feb 2027 */
	size_t i = find(t, "MELDING_UWV_42", 0);
	assert_date(poort_milestone_due(t, i), "2027-02-11");
	assert_string_equal(explain(t, i, POORT_LANG_EN),
			    "the day after sick day 294; 112 days of WAZO leave skipped; Ziektewet art. 38(1): "
			    "\"uiterlijk op de eerste dag nadat de ongeschiktheid ... 42 weken heeft geduurd\", "
			    "a calendar day; UWV's pages say \"eerste werkdag\"");
	poort_timeline_free(t);
	poort_case_free(c);

	/* the same with another cause after the leave: a new case from 21 June */
	c = case_of((const char *[]){"2026-01-01:2026-02-28", "2026-06-21", NULL});
	assert_int_equal(poort_case_add_leave(c, D("2026-03-01"), D("2026-06-20"), 1), POORT_OK);
	t = compute(c, "2026-07-01");
	assert_int_equal(poort_timeline_case_count(t), 2);
	assert_date(poort_timeline_first_sick_day(t), "2026-06-21");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* Fit days on both sides of a leave add up: 8 + 10 = 18 merge, 8 + 20 = 28 do not. */
static void leave_with_fit_days_around_it(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-02-20", "2026-07-01", NULL});
	assert_int_equal(poort_case_add_leave(c, D("2026-03-01"), D("2026-06-20"), 0), POORT_OK);
	poort_timeline *t = compute(c, "2026-07-01");
	assert_int_equal(poort_timeline_case_count(t), 1);
	assert_int_equal(poort_timeline_interruption_days(t), 18);
	assert_int_equal(poort_timeline_leave_days(t), 112);
	poort_timeline_free(t);
	poort_case_free(c);

	c = case_of((const char *[]){"2026-01-01:2026-02-20", "2026-07-11", NULL});
	assert_int_equal(poort_case_add_leave(c, D("2026-03-01"), D("2026-06-20"), 0), POORT_OK);
	t = compute(c, "2026-07-11");
	assert_int_equal(poort_timeline_case_count(t), 2);
	poort_timeline_free(t);
	poort_case_free(c);
}

static void counts_up_to_today(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-01-20", "2026-02-10", NULL});
	poort_timeline *t = compute(c, "2025-12-01"); /* before the case */
	assert_int_equal(poort_timeline_sick_days(t), 0);
	assert_int_equal(poort_timeline_interruption_days(t), 0);
	poort_timeline_free(t);
	t = compute(c, "2026-02-01"); /* inside the gap */
	assert_int_equal(poort_timeline_sick_days(t), 20);
	assert_int_equal(poort_timeline_interruption_days(t), 12);
	/* sick day 42 = 1 Jan + 41 + 20 gap days = 3 March */
	size_t i = find(t, "PROBLEEMANALYSE", 0);
	assert_date(poort_milestone_due(t, i), "2026-03-03");
	assert_string_equal(explain(t, i, POORT_LANG_EN), "sick day 42; 20 interruption days skipped");
	assert_string_equal(explain(t, i, POORT_LANG_NL), "ziektedag 42; 20 dagen onderbreking overgeslagen");
	assert_date(poort_timeline_last_sick_day(t), "none");
	poort_timeline_free(t);
	poort_case_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(spec_example_21_gap_days),
		cmocka_unit_test(four_week_boundary),
		cmocka_unit_test(chains_and_adjacent_periods),
		cmocka_unit_test(wazo_leave),
		cmocka_unit_test(leave_with_fit_days_around_it),
		cmocka_unit_test(counts_up_to_today),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
