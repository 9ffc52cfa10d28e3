/* The timeline (spec section 3): check values, statuses, extensions, loonsanctie. */
#include "helpers.h"
#include "timeline.h" /* the milestone table, to change a rule in a copy of it */

/* Spec check value: first sick day Thursday 1 January 2026, nothing recorded. */
static void spec_check_value(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	poort_timeline *t = compute(c, "2026-01-01");
	static const struct {
		const char *id, *due;
		int32_t weekday;
	} expected[] = {
		{"PROBLEEMANALYSE", "2026-02-11", 3},      {"PLAN_VAN_AANPAK", "2026-02-25", 3},
		{"MELDING_UWV_42", "2026-10-22", 4},       {"EERSTEJAARSEVALUATIE", "2026-12-30", 3},
		{"REINTEGRATIEVERSLAG", "2027-09-29", 3},  {"WIA_AANVRAAG", "2027-10-13", 3},
		{"EINDE_WACHTTIJD", "2027-12-29", 3},
		/* the rest of the table, from the rules: sick day n = 1 Jan 2026 + n - 1 */
		{"ZIEKMELDING_ARBODIENST", "2026-01-07", 3}, {"SPOOR2_BESLUIT", "2026-12-30", 3},
		{"UWV_WIA_BRIEF", "2027-09-15", 3},        {"ACTUEEL_OORDEEL", "2027-09-29", 3},
		{"EINDEVALUATIE", "2027-09-29", 3},
	};
	for (size_t k = 0; k < sizeof expected / sizeof *expected; k++) {
		assert_due(t, expected[k].id, expected[k].due);
		size_t i = find(t, expected[k].id, 0);
		assert_int_equal(poort_date_weekday(poort_milestone_due(t, i)), expected[k].weekday);
	}
	/* window of the first-year evaluation opens at sick day 316 (start of week 46) */
	assert_date(poort_milestone_window_start(t, find(t, "EERSTEJAARSEVALUATIE", 0)), "2026-11-12");
	assert_date(poort_milestone_window_start(t, find(t, "PROBLEEMANALYSE", 0)), "none");
	assert_date(poort_timeline_wachttijd_end(t), "2027-12-29");
	assert_date(poort_timeline_wage_end(t), "2027-12-29");
	assert_false(has(t, "EINDE_LOONSANCTIE"));
	assert_false(has(t, "EINDE_DIENSTVERBAND_MELDING"));
	poort_timeline_free(t);
	poort_case_free(c);
}

/* Outdated rules must not appear: no 13-week report, no WIA deadline at week 91 or 104,
 * "week 42" is not 42 days, and deadlines are sick day 7N, not D + 7N. */
static void outdated_rules_do_not_appear(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	poort_timeline *t = compute(c, "2026-01-01");
	int32_t d1 = D("2026-01-01");
	for (size_t i = 0; i < poort_timeline_count(t); i++) {
		const char *id = poort_milestone_id(t, i);
		assert_null(strstr(id, "13"));
		assert_int_not_equal(poort_milestone_due(t, i), d1 + 13 * 7 - 1);
	}
	int32_t wia = poort_milestone_due(t, find(t, "WIA_AANVRAAG", 0));
	assert_int_equal(wia, d1 + 93 * 7 - 1);
	assert_int_not_equal(wia, d1 + 91 * 7 - 1);
	assert_int_not_equal(wia, d1 + 104 * 7 - 1);
	assert_int_not_equal(poort_milestone_due(t, find(t, "MELDING_UWV_42", 0)), d1 + 41);
	assert_int_equal(poort_milestone_due(t, find(t, "PROBLEEMANALYSE", 0)), d1 + 6 * 7 - 1);
	poort_timeline_free(t);
	poort_case_free(c);
}

static void kinds_and_citations(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	poort_timeline *t = compute(c, "2026-01-01");
	size_t i = find(t, "PROBLEEMANALYSE", 0);
	assert_int_equal(poort_milestone_kind(t, i), POORT_KIND_STATUTORY);
	assert_string_equal(poort_milestone_juriconnect(t, i), "jci1.3:c:BWBR0013540&artikel=2&lid=2");
	assert_non_null(strstr(poort_milestone_basis(t, i, POORT_LANG_NL),
			       "art. 2 lid 2 Regeling procesgang eerste en tweede ziektejaar"));
	assert_string_equal(poort_milestone_juriconnect(t, find(t, "WIA_AANVRAAG", 0)),
			    "jci1.3:c:BWBR0019057&artikel=64&lid=3");
	assert_string_equal(poort_milestone_juriconnect(t, find(t, "MELDING_UWV_42", 0)),
			    "jci1.3:c:BWBR0001888&artikel=38&lid=1");
	assert_string_equal(poort_milestone_juriconnect(t, find(t, "REINTEGRATIEVERSLAG", 0)),
			    "jci1.3:c:BWBR0019057&artikel=25&lid=3");
	assert_int_equal(poort_milestone_kind(t, find(t, "ZIEKMELDING_ARBODIENST", 0)), POORT_KIND_PRACTICE);
	assert_int_equal(poort_milestone_kind(t, find(t, "UWV_WIA_BRIEF", 0)), POORT_KIND_INFORMATIONAL);
	assert_int_equal(poort_milestone_kind(t, find(t, "EINDE_WACHTTIJD", 0)), POORT_KIND_INFORMATIONAL);
	assert_string_equal(poort_milestone_who(t, find(t, "UWV_WIA_BRIEF", 0), POORT_LANG_EN), "UWV");
	/* every milestone has texts in both languages and sorted due dates */
	for (i = 0; i < poort_timeline_count(t); i++) {
		for (int32_t lang = 0; lang < 2; lang++) {
			assert_true(strlen(poort_milestone_title(t, i, lang)) > 5);
			assert_true(strlen(poort_milestone_basis(t, i, lang)) > 5);
			assert_non_null(poort_milestone_who(t, i, lang));
		}
		assert_int_equal(strncmp(poort_milestone_juriconnect(t, i), "jci1.3:c:BWBR", 13), 0);
		if (i)
			assert_true(poort_milestone_due(t, i - 1) <= poort_milestone_due(t, i));
	}
	assert_null(poort_milestone_title(t, 0, 2));
	assert_null(poort_milestone_id(t, poort_timeline_count(t)));
	assert_int_equal(poort_milestone_due(t, 999), POORT_DATE_NONE);
	char buf[8];
	assert_int_equal(poort_milestone_explain(t, 999, 0, buf, sizeof buf), POORT_ERR_INDEX);
	assert_int_equal(poort_milestone_explain(t, 0, 7, buf, sizeof buf), POORT_ERR_LANG);
	/* snprintf semantics: the full length is returned, the text is cut and terminated */
	int32_t n = poort_milestone_explain(t, find(t, "PROBLEEMANALYSE", 0), POORT_LANG_EN, buf, sizeof buf);
	assert_int_equal(n, (int32_t)strlen("sick day 42"));
	assert_string_equal(buf, "sick da");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* Spec 3.1: done, done late, overdue, due soon, upcoming, not applicable (and passed). */
static void statuses(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_record_done(c, "ZIEKMELDING_ARBODIENST", D("2026-01-05")), POORT_OK);
	assert_int_equal(poort_case_record_done(c, "PROBLEEMANALYSE", D("2026-02-13")), POORT_OK);
	poort_timeline *t = compute(c, "2026-02-20");
	assert_int_equal(poort_milestone_status(t, find(t, "ZIEKMELDING_ARBODIENST", 0)), POORT_STATUS_DONE);
	assert_int_equal(poort_milestone_status(t, find(t, "PROBLEEMANALYSE", 0)), POORT_STATUS_DONE_LATE);
	assert_date(poort_milestone_done(t, find(t, "PROBLEEMANALYSE", 0)), "2026-02-13");
	/* plan van aanpak: 14 days after the probleemanalyse actually made */
	size_t i = find(t, "PLAN_VAN_AANPAK", 0);
	assert_date(poort_milestone_due(t, i), "2026-02-27");
	assert_string_equal(explain(t, i, POORT_LANG_EN), "14 days after the probleemanalyse made on 2026-02-13");
	assert_int_equal(poort_milestone_status(t, i), POORT_STATUS_DUE_SOON);
	assert_int_equal(poort_milestone_status(t, find(t, "MELDING_UWV_42", 0)), POORT_STATUS_UPCOMING);
	poort_timeline_free(t);
	/* due soon is inclusive at both ends: due today and due in exactly 14 days */
	t = compute(c, "2026-02-27");
	assert_int_equal(poort_milestone_status(t, find(t, "PLAN_VAN_AANPAK", 0)), POORT_STATUS_DUE_SOON);
	poort_timeline_free(t);
	t = compute(c, "2026-02-13");
	assert_int_equal(poort_milestone_status(t, find(t, "PLAN_VAN_AANPAK", 0)), POORT_STATUS_DUE_SOON);
	poort_timeline_free(t);
	/* spec 6: on 2026-02-12 the probleemanalyse recorded on 2026-02-13 is planned, not made:
	 * it is overdue (due sick day 42, 2026-02-11) and the plan falls back to sick day 56,
	 * 2026-02-25, 13 days ahead */
	t = compute(c, "2026-02-12");
	size_t pa = find(t, "PROBLEEMANALYSE", 0);
	assert_int_equal(poort_milestone_done(t, pa), POORT_DATE_NONE);
	assert_date(poort_milestone_planned(t, pa), "2026-02-13");
	assert_int_equal(poort_milestone_status(t, pa), POORT_STATUS_OVERDUE);
	assert_date(poort_milestone_due(t, find(t, "PLAN_VAN_AANPAK", 0)), "2026-02-25");
	assert_int_equal(poort_milestone_status(t, find(t, "PLAN_VAN_AANPAK", 0)), POORT_STATUS_DUE_SOON);
	poort_timeline_free(t);
	/* 15 days ahead is upcoming */
	t = compute(c, "2026-02-10");
	assert_int_equal(poort_milestone_status(t, find(t, "PLAN_VAN_AANPAK", 0)), POORT_STATUS_UPCOMING);
	assert_int_equal(poort_milestone_status(t, find(t, "PROBLEEMANALYSE", 0)), POORT_STATUS_DUE_SOON);
	poort_timeline_free(t);
	t = compute(c, "2026-02-28");
	assert_int_equal(poort_milestone_status(t, find(t, "PLAN_VAN_AANPAK", 0)), POORT_STATUS_OVERDUE);
	poort_timeline_free(t);
	/* an informational date in the past has passed; nobody is overdue */
	t = compute(c, "2027-10-01");
	assert_int_equal(poort_milestone_status(t, find(t, "UWV_WIA_BRIEF", 0)), POORT_STATUS_PASSED);
	assert_int_equal(poort_milestone_status(t, find(t, "MELDING_UWV_42", 0)), POORT_STATUS_OVERDUE);
	poort_timeline_free(t);
	/* due_soon_days is the caller's choice */
	assert_int_equal(poort_timeline_compute(c, D("2026-02-01"), 30, &t), POORT_OK);
	assert_int_equal(poort_milestone_status(t, find(t, "PLAN_VAN_AANPAK", 0)), POORT_STATUS_DUE_SOON);
	poort_timeline_free(t);
	assert_string_equal(poort_status_name(POORT_STATUS_DONE_LATE), "done_late");
	assert_string_equal(poort_kind_name(POORT_KIND_INFORMATIONAL), "informational");
	assert_null(poort_status_name(7));
	poort_case_free(c);
}

/* A milestone due after full recovery does not apply; it is not "missed". */
static void not_applicable_after_recovery(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-01-20", NULL});
	poort_timeline *t = compute(c, "2026-06-01");
	assert_int_equal(poort_milestone_status(t, find(t, "ZIEKMELDING_ARBODIENST", 0)), POORT_STATUS_OVERDUE);
	size_t i = find(t, "PROBLEEMANALYSE", 0);
	assert_int_equal(poort_milestone_status(t, i), POORT_STATUS_NOT_APPLICABLE);
	assert_string_equal(explain(t, i, POORT_LANG_EN),
			    "sick day 42; not applicable: sick only up to 2026-01-20");
	assert_int_equal(poort_milestone_status(t, find(t, "EINDE_WACHTTIJD", 0)), POORT_STATUS_NOT_APPLICABLE);
	assert_date(poort_timeline_last_sick_day(t), "2026-01-20");
	assert_int_equal(poort_timeline_sick_days(t), 20);
	poort_timeline_free(t);
	poort_case_free(c);
}

static void employment_end(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_employment_end(c, D("2026-03-31")), POORT_OK);
	poort_timeline *t = compute(c, "2026-03-20");
	size_t i = find(t, "EINDE_DIENSTVERBAND_MELDING", 0);
	assert_date(poort_milestone_due(t, i), "2026-03-31");
	assert_int_equal(poort_milestone_status(t, i), POORT_STATUS_DUE_SOON);
	assert_int_equal(poort_milestone_kind(t, i), POORT_KIND_STATUTORY);
	i = find(t, "MELDING_UWV_42", 0);
	assert_int_equal(poort_milestone_status(t, i), POORT_STATUS_NOT_APPLICABLE);
	assert_non_null(strstr(explain(t, i, POORT_LANG_EN), "not applicable: employment ended on 2026-03-31"));
	/* the employee still applies for WIA; the wage obligation ends with the employment */
	assert_int_not_equal(poort_milestone_status(t, find(t, "WIA_AANVRAAG", 0)), POORT_STATUS_NOT_APPLICABLE);
	assert_date(poort_timeline_wage_end(t), "2026-03-31");
	poort_timeline_free(t);
	/* employment that ends after recovery did not end during sickness */
	poort_case *r = case_of((const char *[]){"2026-01-01:2026-01-20", NULL});
	assert_int_equal(poort_case_set_employment_end(r, D("2026-03-31")), POORT_OK);
	t = compute(r, "2026-03-20");
	i = find(t, "EINDE_DIENSTVERBAND_MELDING", 0);
	assert_int_equal(poort_milestone_status(t, i), POORT_STATUS_NOT_APPLICABLE);
	poort_timeline_free(t);
	/* removing it */
	assert_int_equal(poort_case_set_employment_end(c, POORT_DATE_NONE), POORT_OK);
	t = compute(c, "2026-03-20");
	assert_false(has(t, "EINDE_DIENSTVERBAND_MELDING"));
	poort_timeline_free(t);
	poort_case_free(r);
	poort_case_free(c);
}

/* Regeling procesgang art. 5: reasoned departures from the week-6 and week-8 terms. */
static void departures(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_departure(c, "PROBLEEMANALYSE", D("2026-03-11")), POORT_OK);
	poort_timeline *t = compute(c, "2026-02-01");
	size_t i = find(t, "PROBLEEMANALYSE", 0);
	assert_date(poort_milestone_due(t, i), "2026-03-11");
	assert_int_equal(poort_milestone_departed(t, i), 1);
	assert_string_equal(explain(t, i, POORT_LANG_EN),
			    "reasoned departure (Regeling procesgang art. 5); statutory term 2026-02-11");
	/* while the probleemanalyse is not made, the plan follows 14 days after its new term */
	i = find(t, "PLAN_VAN_AANPAK", 0);
	assert_date(poort_milestone_due(t, i), "2026-03-25");
	assert_int_equal(poort_milestone_departed(t, i), 0);
	poort_timeline_free(t);
	assert_int_equal(poort_case_set_departure(c, "PLAN_VAN_AANPAK", D("2026-04-15")), POORT_OK);
	t = compute(c, "2026-02-01");
	i = find(t, "PLAN_VAN_AANPAK", 0);
	assert_date(poort_milestone_due(t, i), "2026-04-15");
	assert_int_equal(poort_milestone_departed(t, i), 1);
	poort_timeline_free(t);
	/* removing the departures restores the statutory terms */
	assert_int_equal(poort_case_set_departure(c, "PROBLEEMANALYSE", POORT_DATE_NONE), POORT_OK);
	assert_int_equal(poort_case_set_departure(c, "PLAN_VAN_AANPAK", POORT_DATE_NONE), POORT_OK);
	t = compute(c, "2026-02-01");
	assert_due(t, "PROBLEEMANALYSE", "2026-02-11");
	assert_due(t, "PLAN_VAN_AANPAK", "2026-02-25");
	assert_string_equal(explain(t, find(t, "PLAN_VAN_AANPAK", 0), POORT_LANG_EN),
			    "sick day 56 (probleemanalyse not yet recorded)");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* EVALUATIE every 42 days from the plan van aanpak, from the last evaluation held once one
 * is recorded, up to the eindevaluatie. */
static void evaluations(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	poort_timeline *t = compute(c, "2026-01-01");
	/* plan not recorded: from its due date 25 Feb 2026; + 42 = 8 Apr */
	size_t i = find(t, "EVALUATIE", 1);
	assert_date(poort_milestone_due(t, i), "2026-04-08");
	assert_string_equal(explain(t, i, POORT_LANG_EN), "42 days after the plan van aanpak due date 2026-02-25");
	poort_timeline_free(t);

	assert_int_equal(poort_case_record_done(c, "PLAN_VAN_AANPAK", D("2026-02-20")), POORT_OK);
	t = compute(c, "2026-02-20"); /* a record dated today is done */
	assert_date(poort_milestone_due(t, find(t, "EVALUATIE", 1)), "2026-04-03");
	assert_date(poort_milestone_due(t, find(t, "EVALUATIE", 2)), "2026-05-15");
	poort_timeline_free(t);

	assert_int_equal(poort_case_record_done(c, "EVALUATIE", D("2026-04-10")), POORT_OK);
	t = compute(c, "2026-04-20");
	i = find(t, "EVALUATIE", 1);
	assert_int_equal(poort_milestone_status(t, i), POORT_STATUS_DONE_LATE);
	assert_date(poort_milestone_done(t, i), "2026-04-10");
	i = find(t, "EVALUATIE", 2);
	assert_date(poort_milestone_due(t, i), "2026-05-22");
	assert_string_equal(explain(t, i, POORT_LANG_EN), "42 days after the evaluation held on 2026-04-10");
	assert_int_equal(poort_milestone_status(t, i), POORT_STATUS_UPCOMING);
	/* every later one 42 days after the previous, the last one before the eindevaluatie */
	int32_t eind = poort_milestone_due(t, find(t, "EINDEVALUATIE", 0));
	int32_t prev = poort_milestone_due(t, i), last = prev;
	int32_t k = 3;
	for (; k < 100; k++) {
		size_t j;
		for (j = 0; j < poort_timeline_count(t); j++)
			if (strcmp(poort_milestone_id(t, j), "EVALUATIE") == 0 &&
			    poort_milestone_occurrence(t, j) == k)
				break;
		if (j == poort_timeline_count(t))
			break;
		assert_int_equal(poort_milestone_due(t, j), prev + 42);
		prev = last = poort_milestone_due(t, j);
	}
	assert_true(last < eind);
	assert_true(last + 42 >= eind);
	/* 22 May 2026 + 42 k < 29 Sep 2027 for k = 0..11: occurrences 2..13 */
	assert_int_equal(k, 14);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* WIA art. 24 and 25 lid 4: a voluntary extension moves E, the RIV and the WIA application. */
static void voluntary_extension(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_extension(c, D("2028-06-30")), POORT_OK);
	poort_timeline *t = compute(c, "2026-01-01");
	assert_due(t, "REINTEGRATIEVERSLAG", "2028-03-31"); /* 1 Jul 2028 - 92 */
	assert_due(t, "WIA_AANVRAAG", "2028-04-14");        /* 1 Jul 2028 - 78 */
	assert_due(t, "EINDE_WACHTTIJD", "2028-06-30");
	assert_date(poort_timeline_wachttijd_end(t), "2027-12-29");
	assert_date(poort_timeline_wage_end(t), "2028-06-30");
	assert_string_equal(explain(t, find(t, "WIA_AANVRAAG", 0), POORT_LANG_EN),
			    "78 days before 2028-07-01, the day after the voluntary extension (WIA art. 24)");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* ECLI:NL:RBMNE:2015:5703: first sick day 29 Oct 2012, a full 52-week loonsanctie, wage
 * obligation "tot 26 oktober 2015", i.e. last day 25 Oct 2015. */
static void loonsanctie_court_example(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2012-10-29", NULL});
	assert_int_equal(poort_case_set_loonsanctie(c, D("2014-09-01"), 52, POORT_DATE_NONE), POORT_OK);
	poort_timeline *t = compute(c, "2014-10-01");
	assert_due(t, "EINDE_WACHTTIJD", "2014-10-26");
	assert_due(t, "EINDE_LOONSANCTIE", "2015-10-25");
	assert_date(poort_timeline_wage_end(t), "2015-10-25");
	assert_string_equal(explain(t, find(t, "EINDE_LOONSANCTIE", 0), POORT_LANG_EN), "52 weeks from 2014-10-27");
	poort_timeline_free(t);
	/* lid 11: decided on the last day of the wachttijd is valid, on E it is not */
	assert_int_equal(poort_case_set_loonsanctie(c, D("2014-10-26"), 52, POORT_DATE_NONE), POORT_OK);
	t = compute(c, "2014-10-01");
	poort_timeline_free(t);
	assert_int_equal(poort_case_set_loonsanctie(c, D("2014-10-27"), 52, POORT_DATE_NONE), POORT_OK);
	assert_int_equal(poort_timeline_compute(c, D("2014-10-01"), 14, &t), POORT_ERR_LOONSANCTIE_LATE);
	assert_null(t);
	assert_non_null(strstr(poort_case_errmsg(c), "lid 11"));
	poort_case_free(c);
}

/* WIA art. 25 lid 10: UWV decides "uiterlijk zes weken voor de afloop van de wachttijd"; read
 * as the table reads "dertien weken" (E - 92) and "elf weken" (E - 78), that is E - 43, the
 * end of week 98. Lid 14, second sentence: a later decision ends the loonsanctie "zoveel
 * eerder als de beschikking later is afgegeven". First sick day 29 Oct 2012: E = 27 Oct 2014,
 * last day to decide 14 Sep 2014, full 52 weeks to 25 Oct 2015 (ECLI:NL:RBMNE:2015:5703). */
static void loonsanctie_decided_late(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2012-10-29", NULL});
	assert_int_equal(poort_case_set_loonsanctie(c, D("2014-09-14"), 52, POORT_DATE_NONE), POORT_OK);
	poort_timeline *t = compute(c, "2014-10-01");
	assert_due(t, "EINDE_LOONSANCTIE", "2015-10-25"); /* on the last day: in time */
	poort_timeline_free(t);
	/* ten days late, on 24 September 2014: ends 15 October 2015 */
	assert_int_equal(poort_case_set_loonsanctie(c, D("2014-09-24"), 52, POORT_DATE_NONE), POORT_OK);
	t = compute(c, "2014-10-01");
	assert_due(t, "EINDE_LOONSANCTIE", "2015-10-15");
	assert_date(poort_timeline_wage_end(t), "2015-10-15");
	assert_string_equal(explain(t, find(t, "EINDE_LOONSANCTIE", 0), POORT_LANG_EN),
			    "52 weeks from 2014-10-27; 10 days earlier: UWV decided after its last day 2014-09-14 "
			    "(WIA art. 25 lid 10 and lid 14)");
	assert_string_equal(explain(t, find(t, "EINDE_LOONSANCTIE", 0), POORT_LANG_NL),
			    "52 weken vanaf 2014-10-27; 10 dagen eerder: UWV besliste na de uiterste dag 2014-09-14 "
			    "(art. 25 lid 10 en lid 14 Wet WIA)");
	poort_timeline_free(t);
	/* with a bekorting: six weeks after 10 Jan 2015 is 21 Feb, ten days earlier 11 Feb */
	assert_int_equal(poort_case_set_loonsanctie(c, D("2014-09-24"), 52, D("2015-01-10")), POORT_OK);
	t = compute(c, "2014-10-01");
	assert_due(t, "EINDE_LOONSANCTIE", "2015-02-11");
	poort_timeline_free(t);
	/* decided on the last day of the wachttijd, 42 days late, for 1 week: nothing is left, the
	 * wage obligation ends with the wachttijd */
	assert_int_equal(poort_case_set_loonsanctie(c, D("2014-10-26"), 1, POORT_DATE_NONE), POORT_OK);
	t = compute(c, "2014-10-01");
	assert_date(poort_timeline_wage_end(t), "2014-10-26");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* BW 7:629 lid 11 a: a WIA application made later than WIA art. 64 lid 3 requires ("uiterlijk
 * elf weken voor afloop van de wachttijd", E - 78) extends the wage obligation "met de duur
 * van de vertraging". The wachttijd stays 104 weeks (WIA art. 23 lid 1); a loonsanctie then
 * runs from the end of the longer period and is decided six weeks before it (WIA art. 25
 * lid 10, second sentence; lid 11). Spec 3 check value: first sick day 1 Jan 2026,
 * WIA_AANVRAAG due 13 Oct 2027, EINDE_WACHTTIJD 29 Dec 2027. */
static void late_wia_application(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_record_done(c, "WIA_AANVRAAG", D("2027-10-13")), POORT_OK);
	poort_timeline *t = compute(c, "2027-11-01");
	assert_date(poort_timeline_wage_end(t), "2027-12-29"); /* on its due date: in time */
	poort_timeline_free(t);
	/* 20 days late, on 2 November 2027: the wage obligation ends 18 January 2028 (the
	 * earliest record counts, so the one on time is removed first) */
	assert_int_equal(poort_case_remove_done(c, "WIA_AANVRAAG", D("2027-10-13")), POORT_OK);
	assert_int_equal(poort_case_record_done(c, "WIA_AANVRAAG", D("2027-11-02")), POORT_OK);
	t = compute(c, "2027-11-03");
	assert_date(poort_timeline_wachttijd_end(t), "2027-12-29");
	assert_due(t, "EINDE_WACHTTIJD", "2027-12-29");
	assert_due(t, "WIA_AANVRAAG", "2027-10-13");
	assert_due(t, "REINTEGRATIEVERSLAG", "2027-09-29");
	assert_date(poort_timeline_wage_end(t), "2028-01-18");
	assert_string_equal(explain(t, find(t, "EINDE_WACHTTIJD", 0), POORT_LANG_EN),
			    "sick day 728; the wage obligation runs 20 days longer, up to 2028-01-18: the WIA "
			    "application was late (Civil Code art. 7:629(11)(a))");
	assert_string_equal(explain(t, find(t, "EINDE_WACHTTIJD", 0), POORT_LANG_NL),
			    "ziektedag 728; de loondoorbetaling loopt 20 dagen langer, tot en met 2028-01-18: de "
			    "WIA-aanvraag was te laat (art. 7:629 lid 11 onder a BW)");
	poort_timeline_free(t);
	/* a loonsanctie runs from 19 January 2028 and may be decided up to 7 December 2027
	 * (19 Jan - 43); decided on 30 December 2027, after the wachttijd but before the end of
	 * the longer period, it is valid and 23 days late: 52 weeks to 16 Jan 2029, less 23 days */
	assert_int_equal(poort_case_set_loonsanctie(c, D("2027-12-30"), 52, POORT_DATE_NONE), POORT_OK);
	t = compute(c, "2027-12-30");
	assert_due(t, "EINDE_LOONSANCTIE", "2028-12-24");
	assert_string_equal(explain(t, find(t, "EINDE_LOONSANCTIE", 0), POORT_LANG_EN),
			    "52 weeks from 2028-01-19; 23 days earlier: UWV decided after its last day 2027-12-07 "
			    "(WIA art. 25 lid 10 and lid 14)");
	poort_timeline_free(t);
	/* lid 11: not before the end of the longer period, on 19 January 2028, it is invalid */
	assert_int_equal(poort_case_set_loonsanctie(c, D("2028-01-19"), 52, POORT_DATE_NONE), POORT_OK);
	assert_int_equal(poort_timeline_compute(c, D("2027-12-30"), 14, &t), POORT_ERR_LOONSANCTIE_LATE);
	assert_null(t);
	poort_case_free(c);
}

/* Lid 14: ends 6 weeks after the decision that the shortcoming was repaired. */
static void loonsanctie_bekorting(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2012-10-29", NULL});
	assert_int_equal(poort_case_set_loonsanctie(c, D("2014-09-01"), 52, D("2015-01-10")), POORT_OK);
	poort_timeline *t = compute(c, "2014-10-01");
	assert_due(t, "EINDE_LOONSANCTIE", "2015-02-21");
	assert_non_null(strstr(explain(t, find(t, "EINDE_LOONSANCTIE", 0), POORT_LANG_EN), "2015-01-10"));
	poort_timeline_free(t);
	/* a bekorting whose 6 weeks end after the 52 weeks changes nothing */
	assert_int_equal(poort_case_set_loonsanctie(c, D("2014-09-01"), 52, D("2015-10-01")), POORT_OK);
	t = compute(c, "2014-10-01");
	assert_due(t, "EINDE_LOONSANCTIE", "2015-10-25");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* Lid 9: WAZO leave during the loonsanctie pauses it. */
static void loonsanctie_paused_by_leave(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2012-10-29:2014-12-31", "2015-04-23", NULL});
	/* 1 Jan - 22 Apr 2015: 31 + 28 + 31 + 22 = 112 days */
	assert_int_equal(poort_case_add_leave(c, D("2015-01-01"), D("2015-04-22"), 0), POORT_OK);
	assert_int_equal(poort_case_set_loonsanctie(c, D("2014-09-01"), 52, POORT_DATE_NONE), POORT_OK);
	poort_timeline *t = compute(c, "2014-10-01");
	assert_due(t, "EINDE_LOONSANCTIE", "2016-02-14"); /* 25 Oct 2015 + 112 */
	assert_string_equal(explain(t, find(t, "EINDE_LOONSANCTIE", 0), POORT_LANG_EN),
			    "52 weeks from 2014-10-27; paused for 112 days of WAZO leave");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* The 42nd-week report is due on a calendar day, never moved to a workday: ZW art. 38 lid 1
 * "uiterlijk op de eerste dag nadat de ongeschiktheid ... 42 weken heeft geduurd" (the Atw
 * does not apply to a term over 12 weeks, Atw art. 1 lid 2). A day off is flagged. */
static void melding_is_a_calendar_day(void **state)
{
	(void)state;
	/* issue 11: first sick day 2026-03-06, sick day 294 is Thursday 24 Dec 2026, the report
	 * is due Friday 25 Dec 2026 (Eerste Kerstdag), not Monday 28 Dec */
	poort_case *c = case_of((const char *[]){"2026-03-06", NULL});
	poort_timeline *t = compute(c, "2026-03-06");
	size_t i = find(t, "MELDING_UWV_42", 0);
	assert_date(poort_milestone_due(t, i), "2026-12-25");
	assert_int_equal(poort_milestone_day_off(t, i), 1);
	assert_string_equal(explain(t, i, POORT_LANG_EN),
			    "the day after sick day 294; Ziektewet art. 38(1): \"uiterlijk op de eerste dag "
			    "nadat de ongeschiktheid ... 42 weken heeft geduurd\", a calendar day; UWV's pages "
			    "say \"eerste werkdag\"");
	/* other terms are plain sick days: 56 and 364 days from 6 March 2026 */
	assert_due(t, "PLAN_VAN_AANPAK", "2026-04-30");
	assert_due(t, "EERSTEJAARSEVALUATIE", "2027-03-04");
	poort_timeline_free(t);
	poort_case_free(c);
	/* spec 3 check value: first sick day Thursday 1 January 2026 gives Thursday 22 October
	 * 2026, a workday */
	c = case_of((const char *[]){"2026-01-01", NULL});
	t = compute(c, "2026-01-01");
	i = find(t, "MELDING_UWV_42", 0);
	assert_date(poort_milestone_due(t, i), "2026-10-22");
	assert_int_equal(poort_milestone_day_off(t, i), 0);
	poort_timeline_free(t);
	poort_case_free(c);
	/* Koningsdag: sick day 294 on Monday 26 April 2027, due Tuesday 27 April, a holiday */
	c = case_of((const char *[]){"2026-07-07", NULL});
	t = compute(c, "2026-07-07");
	i = find(t, "MELDING_UWV_42", 0);
	assert_date(poort_milestone_due(t, i), "2027-04-27");
	assert_int_equal(poort_milestone_day_off(t, i), 1);
	assert_string_equal(explain(t, i, POORT_LANG_NL),
			    "de dag na ziektedag 294; art. 38 lid 1 Ziektewet: \"uiterlijk op de eerste dag "
			    "nadat de ongeschiktheid ... 42 weken heeft geduurd\", een kalenderdag; UWV schrijft "
			    "\"eerste werkdag\"");
	poort_timeline_free(t);
	/* a term on a weekend stays there: from Sunday 4 Jan 2026 every sick day 7N is a
	 * Saturday, PROBLEEMANALYSE on Saturday 14 February */
	poort_case_free(c);
	c = case_of((const char *[]){"2026-01-04", NULL});
	t = compute(c, "2026-01-04");
	size_t p = find(t, "PROBLEEMANALYSE", 0);
	assert_int_equal(poort_date_weekday(poort_milestone_due(t, p)), 6);
	assert_due(t, "PROBLEEMANALYSE", "2026-02-14");
	assert_int_equal(poort_milestone_day_off(t, p), 1);
	/* and a Sunday: the day after sick day 294 is Sunday 25 October 2026 */
	size_t r = find(t, "MELDING_UWV_42", 0);
	assert_date(poort_milestone_due(t, r), "2026-10-25");
	assert_int_equal(poort_milestone_day_off(t, r), 1);
	assert_int_equal(poort_milestone_day_off(t, poort_timeline_count(t)), -1);
	assert_int_equal(poort_milestone_day_off(NULL, 0), -1);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* A relapse after >= 28 days starts a fresh timeline; records of the old case are ignored. */
static void new_case_ignores_old_records(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-03-31", NULL});
	assert_int_equal(poort_case_record_done(c, "PROBLEEMANALYSE", D("2026-02-05")), POORT_OK);
	assert_int_equal(poort_case_record_done(c, "EVALUATIE", D("2026-03-20")), POORT_OK);
	assert_int_equal(poort_case_add_period(c, D("2026-06-01"), POORT_DATE_NONE), POORT_OK);
	poort_timeline *t = compute(c, "2026-06-10");
	assert_int_equal(poort_timeline_case_count(t), 2);
	size_t i = find(t, "PROBLEEMANALYSE", 0);
	assert_date(poort_milestone_due(t, i), "2026-07-12");
	assert_date(poort_milestone_done(t, i), "none");
	assert_date(poort_milestone_done(t, find(t, "EVALUATIE", 1)), "none");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* Same inputs, byte-identical JSON; the case is not changed by computing. */
static void json_is_deterministic(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-03-15", "2026-04-06", NULL});
	assert_int_equal(poort_case_record_done(c, "PROBLEEMANALYSE", D("2026-02-05")), POORT_OK);
	char *before = snapshot(c);
	char *a = NULL, *b = NULL;
	size_t alen = 0, blen = 0;
	poort_timeline *t1 = compute(c, "2026-11-23");
	poort_timeline *t2 = compute(c, "2026-11-23");
	assert_int_equal(poort_timeline_json(t1, POORT_LANG_NL, &a, &alen), POORT_OK);
	assert_int_equal(poort_timeline_json(t2, POORT_LANG_NL, &b, &blen), POORT_OK);
	assert_int_equal(alen, blen);
	assert_int_equal(memcmp(a, b, alen), 0);
	assert_int_equal(strlen(a), alen);
	assert_non_null(strstr(a, "\"id\": \"PROBLEEMANALYSE\", \"occurrence\": 0, \"due\": \"2026-02-11\""));
	assert_non_null(strstr(a, "\"status\": \"done\""));
	assert_non_null(strstr(a, "\"juriconnect\": \"jci1.3:c:BWBR0013540&artikel=2&lid=2\""));
	assert_non_null(strstr(a, "\"explanation\": \"ziektedag 728; 21 dagen onderbreking overgeslagen\""));
	assert_int_equal(a[alen - 1], '\n');
	poort_free(a);
	poort_free(b);
	assert_int_equal(poort_timeline_json(t1, 5, &a, NULL), POORT_ERR_LANG);
	assert_int_equal(poort_timeline_json(NULL, 0, &a, NULL), POORT_ERR_NULL);
	char *after = snapshot(c);
	assert_string_equal(before, after);
	free(before);
	free(after);
	/* a timeline outlives its case */
	poort_case_free(c);
	assert_date(poort_timeline_first_sick_day(t1), "2026-01-01");
	poort_timeline_free(t1);
	poort_timeline_free(t2);
	poort_timeline_free(NULL);
}


/* A timeline computed with a copy of the milestone table, or fail. */
static poort_timeline *compute_with(const struct poort_milestone_def *table, poort_case *c, const char *today)
{
	poort_timeline *t = NULL;
	int32_t st = poort_timeline_compute_table(table, c, D(today), 14, &t);
	if (st != POORT_OK)
		fail_msg("compute: %s: %s", poort_status_str(st), poort_case_errmsg(c));
	return t;
}

/* The table is the only place a rule lives: change a row's parameter in a copy and the
 * timeline follows. Expected dates from the rules: sick day n = 1 Jan 2026 + n - 1. */
static void rules_follow_the_table(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	struct poort_milestone_def table[M_COUNT];
	memcpy(table, poort_milestones, sizeof table);
	/* an unchanged copy gives the same timeline */
	poort_timeline *t = compute_with(table, c, "2026-01-01"), *b = compute(c, "2026-01-01");
	char *tj = NULL, *bj = NULL;
	assert_int_equal(poort_timeline_json(t, POORT_LANG_EN, &tj, NULL), POORT_OK);
	assert_int_equal(poort_timeline_json(b, POORT_LANG_EN, &bj, NULL), POORT_OK);
	assert_string_equal(tj, bj);
	poort_free(tj);
	poort_free(bj);
	poort_timeline_free(t);
	poort_timeline_free(b);

	table[M_PROBLEEMANALYSE].rule.n = 35;   /* week 5 instead of week 6 */
	table[M_PLAN_VAN_AANPAK].rule.m = 49;   /* fallback week 7 */
	table[M_EVALUATIE].rule.n = 28;         /* every four weeks */
	table[M_EERSTEJAARSEVALUATIE].rule.m = 300;
	table[M_MELDING_UWV_42].rule.n = 300;
	table[M_REINTEGRATIEVERSLAG].rule.n = 100;
	t = compute_with(table, c, "2026-01-01");
	assert_due(t, "PROBLEEMANALYSE", "2026-02-04");
	assert_string_equal(explain(t, find(t, "PROBLEEMANALYSE", 0), POORT_LANG_EN), "sick day 35");
	assert_due(t, "PLAN_VAN_AANPAK", "2026-02-18");
	assert_date(poort_milestone_due(t, find(t, "EVALUATIE", 1)), "2026-03-18");
	assert_date(poort_milestone_due(t, find(t, "EVALUATIE", 2)), "2026-04-15");
	assert_string_equal(explain(t, find(t, "EVALUATIE", 2), POORT_LANG_EN),
			    "28 days after the previous evaluation due date 2026-03-18");
	assert_date(poort_milestone_window_start(t, find(t, "EERSTEJAARSEVALUATIE", 0)), "2026-10-27");
	assert_due(t, "MELDING_UWV_42", "2026-10-28"); /* the day after sick day 300, a Wednesday */
	/* E = 2027-12-30; the milestones the same as the re-integratieverslag follow it */
	assert_due(t, "REINTEGRATIEVERSLAG", "2027-09-21");
	assert_due(t, "ACTUEEL_OORDEEL", "2027-09-21");
	assert_due(t, "EINDEVALUATIE", "2027-09-21");
	assert_due(t, "WIA_AANVRAAG", "2027-10-13");
	/* the evaluations stop before the eindevaluatie */
	int32_t last = POORT_DATE_NONE;
	for (size_t i = 0; i < poort_timeline_count(t); i++)
		if (strcmp(poort_milestone_id(t, i), "EVALUATIE") == 0 && poort_milestone_due(t, i) > last)
			last = poort_milestone_due(t, i);
	assert_true(last < D("2027-09-21") && last + 28 >= D("2027-09-21"));
	poort_timeline_free(t);

	/* a rule kind changes too: the tweede-spoor decision on the day of the probleemanalyse */
	table[M_SPOOR2_BESLUIT].rule = (struct poort_rule){RULE_SAME_AS, .ref = M_PROBLEEMANALYSE};
	t = compute_with(table, c, "2026-01-01");
	assert_due(t, "SPOOR2_BESLUIT", "2026-02-04");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* The flags of a row are honoured for every row, not for the rows that have them today. */
static void flags_follow_the_table(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_departure(c, "PROBLEEMANALYSE", D("2026-03-01")), POORT_OK);
	assert_int_equal(poort_case_set_employment_end(c, D("2027-06-30")), POORT_OK);
	struct poort_milestone_def table[M_COUNT];
	memcpy(table, poort_milestones, sizeof table);
	table[M_PROBLEEMANALYSE].departable = 0;
	table[M_WIA_AANVRAAG].departable = 1;
	c->departure[M_WIA_AANVRAAG] = D("2027-11-01"); /* the case's setter knows only the built-in table */
	table[M_UWV_WIA_BRIEF].employer_duty = 1;
	table[M_ZIEKMELDING_ARBODIENST].recordable = 0;
	assert_int_equal(poort_case_record_done(c, "ZIEKMELDING_ARBODIENST", D("2026-01-05")), POORT_OK);
	poort_timeline *t = compute_with(table, c, "2026-01-01");
	size_t pa = find(t, "PROBLEEMANALYSE", 0), wia = find(t, "WIA_AANVRAAG", 0);
	assert_date(poort_milestone_due(t, pa), "2026-02-11");
	assert_int_equal(poort_milestone_departed(t, pa), 0);
	assert_date(poort_milestone_due(t, wia), "2027-11-01");
	assert_int_equal(poort_milestone_departed(t, wia), 1);
	/* UWV's letter (sick day 623, 2027-09-15) is now the employer's, after employment ended */
	assert_int_equal(poort_milestone_status(t, find(t, "UWV_WIA_BRIEF", 0)), POORT_STATUS_NOT_APPLICABLE);
	assert_date(poort_milestone_done(t, find(t, "ZIEKMELDING_ARBODIENST", 0)), "none");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* Every row names a known rule kind, gives the parameters its kind reads and leaves the
 * others 0, refers to milestones that exist, and no rule leads back to its own row. */
static void table_rows_are_complete(void **state)
{
	(void)state;
	enum { N = 1, M = 2, REF = 4, LIMIT = 8 };
	static const uint8_t reads[RULE_KIND_COUNT] = {
		[RULE_SICK_DAY] = N, [RULE_WINDOW] = N | M, [RULE_AFTER] = N | M | REF,
		[RULE_REPEAT] = N | REF | LIMIT, [RULE_DAY_AFTER] = N, [RULE_BEFORE_END] = N,
		[RULE_SAME_AS] = REF, [RULE_WAGE_PERIOD_END] = 0, [RULE_LOONSANCTIE_END] = 0,
		[RULE_EMPLOYMENT_END] = 0,
	};
	for (int i = 0; i < M_COUNT; i++) {
		const struct poort_milestone_def *def = &poort_milestones[i];
		const struct poort_rule *r = &def->rule;
		assert_true(r->kind < RULE_KIND_COUNT);
		uint8_t k = reads[r->kind];
		if (!(k & N))
			assert_int_equal(r->n, 0);
		else
			assert_true(r->n > 0);
		if (!(k & M))
			assert_int_equal(r->m, 0);
		else
			assert_true(r->m > 0);
		if (!(k & REF))
			assert_int_equal(r->ref, 0);
		if (!(k & LIMIT))
			assert_int_equal(r->limit, 0);
		assert_true(r->ref < M_COUNT && r->limit < M_COUNT);
		assert_true(def->recordable <= 1 && def->departable <= 1 && def->employer_duty <= 1);
		assert_true(def->kind <= POORT_KIND_INFORMATIONAL);
		/* a late record extends the wage period only for a recordable date counted back from
		 * E (lib/ends.c reads its due date as E - n) */
		if (def->late_extends_wage)
			assert_true(def->recordable && r->kind == RULE_BEFORE_END);
		/* follow the references: they end within M_COUNT steps */
		int at = i, steps = 0;
		while ((reads[poort_milestones[at].rule.kind] & REF) && steps++ < M_COUNT) {
			at = poort_milestones[at].rule.ref;
			assert_int_not_equal(at, i);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(spec_check_value),
		cmocka_unit_test(outdated_rules_do_not_appear),
		cmocka_unit_test(kinds_and_citations),
		cmocka_unit_test(statuses),
		cmocka_unit_test(not_applicable_after_recovery),
		cmocka_unit_test(employment_end),
		cmocka_unit_test(departures),
		cmocka_unit_test(evaluations),
		cmocka_unit_test(voluntary_extension),
		cmocka_unit_test(loonsanctie_court_example),
		cmocka_unit_test(loonsanctie_bekorting),
		cmocka_unit_test(loonsanctie_decided_late),
		cmocka_unit_test(late_wia_application),
		cmocka_unit_test(loonsanctie_paused_by_leave),
		cmocka_unit_test(melding_is_a_calendar_day),
		cmocka_unit_test(new_case_ignores_old_records),
		cmocka_unit_test(json_is_deterministic),
		cmocka_unit_test(rules_follow_the_table),
		cmocka_unit_test(flags_follow_the_table),
		cmocka_unit_test(table_rows_are_complete),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
