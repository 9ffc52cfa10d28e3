/* Every rejected input: a specific status, a message, and the case exactly as it was. */
#include "helpers.h"

/* A case with some of everything, to show that nothing moves. */
static poort_case *full_case(void)
{
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-02-28", "2026-06-21:2026-08-31",
						  "2026-09-10", NULL});
	assert_int_equal(poort_case_add_leave(c, D("2026-03-01"), D("2026-06-20"), 0), POORT_OK);
	assert_int_equal(poort_case_record_done(c, "PROBLEEMANALYSE", D("2026-02-05")), POORT_OK);
	assert_int_equal(poort_case_record_done(c, "EVALUATIE", D("2026-04-01")), POORT_OK);
	assert_int_equal(poort_case_set_departure(c, "PLAN_VAN_AANPAK", D("2026-03-01")), POORT_OK);
	assert_int_equal(poort_case_set_id(c, "case-42"), POORT_OK);
	return c;
}

static void bad_periods(void **state)
{
	(void)state;
	poort_case *c = full_case();
	REJECTS(c, POORT_ERR_DATE_RANGE, poort_case_add_period(c, D("1900-01-01") - 1, POORT_DATE_NONE),
		"outside 1900");
	REJECTS(c, POORT_ERR_DATE_RANGE, poort_case_add_period(c, D("2025-01-01"), D("2199-12-31") + 1),
		"outside 1900");
	REJECTS(c, POORT_ERR_PERIOD_ORDER, poort_case_add_period(c, D("2025-03-01"), D("2025-02-01")),
		"sick period 2025-03-01..2025-02-01: the last day is before the first day");
	REJECTS(c, POORT_ERR_PERIOD_OVERLAP, poort_case_add_period(c, D("2026-02-20"), D("2026-03-05")),
		"overlaps the sick period from 2026-01-01");
	REJECTS(c, POORT_ERR_PERIOD_OVERLAP, poort_case_add_period(c, D("2026-03-10"), D("2026-03-20")),
		"overlaps the leave period from 2026-03-01");
	REJECTS(c, POORT_ERR_AFTER_OPEN, poort_case_add_period(c, D("2027-01-01"), D("2027-01-05")),
		"open-ended sick period from 2026-09-10");
	REJECTS(c, POORT_ERR_PERIOD_OVERLAP, poort_case_add_period(c, D("2026-09-10"), D("2026-09-12")),
		"overlaps");
	assert_int_equal(poort_case_add_period(NULL, 0, 0), POORT_ERR_NULL);
	poort_case_free(c);

	/* an open-ended period before a later period */
	c = case_of((const char *[]){"2026-05-01:2026-05-10", NULL});
	REJECTS(c, POORT_ERR_AFTER_OPEN, poort_case_add_period(c, D("2026-04-01"), POORT_DATE_NONE),
		"the period from 2026-05-01 would start after the open-ended sick period from 2026-04-01");
	poort_case_free(c);
}

static void bad_leave(void **state)
{
	(void)state;
	poort_case *c = full_case();
	REJECTS(c, POORT_ERR_ARGUMENT, poort_case_add_leave(c, D("2025-01-01"), D("2025-02-01"), 2),
		"other_cause must be 0 or 1");
	REJECTS(c, POORT_ERR_ARGUMENT, poort_case_add_leave(c, D("2025-01-01"), POORT_DATE_NONE, 0),
		"last day is required");
	REJECTS(c, POORT_ERR_PERIOD_ORDER, poort_case_add_leave(c, D("2025-02-01"), D("2025-01-01"), 0),
		"leave period 2025-02-01..2025-01-01");
	REJECTS(c, POORT_ERR_PERIOD_OVERLAP, poort_case_add_leave(c, D("2026-02-01"), D("2026-02-10"), 0),
		"overlaps the sick period");
	REJECTS(c, POORT_ERR_PERIOD_OVERLAP, poort_case_add_leave(c, D("2026-06-01"), D("2026-06-20"), 0),
		"overlaps the leave period");
	REJECTS(c, POORT_ERR_AFTER_OPEN, poort_case_add_leave(c, D("2027-01-01"), D("2027-02-01"), 0),
		"open-ended");
	poort_case_free(c);
}

static void bad_records(void **state)
{
	(void)state;
	poort_case *c = full_case();
	REJECTS(c, POORT_ERR_UNKNOWN_MILESTONE, poort_case_record_done(c, "PROBLEM_ANALYSIS", D("2026-09-20")),
		"unknown milestone id \"PROBLEM_ANALYSIS\"");
	REJECTS(c, POORT_ERR_UNKNOWN_MILESTONE, poort_case_record_done(c, "probleemanalyse", D("2026-09-20")),
		"unknown milestone");
	REJECTS(c, POORT_ERR_NULL, poort_case_record_done(c, NULL, D("2026-09-20")), "NULL");
	REJECTS(c, POORT_ERR_NOT_RECORDABLE, poort_case_record_done(c, "EINDE_WACHTTIJD", D("2026-09-20")),
		"EINDE_WACHTTIJD is computed");
	REJECTS(c, POORT_ERR_NOT_RECORDABLE, poort_case_record_done(c, "EINDE_LOONSANCTIE", D("2026-09-20")),
		"computed");
	/* the same record twice: the set holds it already (one-off steps as evaluations) */
	REJECTS(c, POORT_ERR_DUPLICATE, poort_case_record_done(c, "EVALUATIE", D("2026-04-01")),
		"EVALUATIE on 2026-04-01 is already recorded");
	REJECTS(c, POORT_ERR_DUPLICATE, poort_case_record_done(c, "PROBLEEMANALYSE", D("2026-02-05")),
		"PROBLEEMANALYSE on 2026-02-05 is already recorded");
	REJECTS(c, POORT_ERR_DATE_RANGE, poort_case_record_done(c, "EVALUATIE", POORT_DATE_NONE),
		"EVALUATIE: a date is required");
	assert_int_equal(poort_case_record_done(NULL, "EVALUATIE", 0), POORT_ERR_NULL);
	poort_case_free(c);
}

static void bad_departures(void **state)
{
	(void)state;
	poort_case *c = full_case();
	REJECTS(c, POORT_ERR_NO_DEPARTURE, poort_case_set_departure(c, "MELDING_UWV_42", D("2026-12-01")),
		"art. 5 allows a reasoned departure only");
	/* the man page: only the terms of weeks 6 and 8, the probleemanalyse and the plan */
	assert_int_equal(poort_case_set_departure(c, "EVALUATIE", D("2026-12-01")), POORT_ERR_NO_DEPARTURE);
	const char *tail = "only from the terms of PROBLEEMANALYSE and PLAN_VAN_AANPAK", *m = poort_case_errmsg(c);
	assert_true(strlen(m) > strlen(tail));
	assert_string_equal(m + strlen(m) - strlen(tail), tail);
	REJECTS(c, POORT_ERR_UNKNOWN_MILESTONE, poort_case_set_departure(c, "WEEK6", D("2026-12-01")),
		"unknown milestone");
	REJECTS(c, POORT_ERR_DATE_RANGE, poort_case_set_departure(c, "PROBLEEMANALYSE", 90000), "outside");
	poort_case_free(c);
}

static void bad_extension_and_loonsanctie(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_loonsanctie(c, D("2027-11-01"), 26, POORT_DATE_NONE), POORT_OK);
	assert_int_equal(poort_case_set_extension(c, D("2028-03-31")), POORT_OK);
	REJECTS(c, POORT_ERR_LOONSANCTIE_WEEKS, poort_case_set_loonsanctie(c, D("2027-11-01"), 0, POORT_DATE_NONE),
		"loonsanctie of 0 weeks");
	REJECTS(c, POORT_ERR_LOONSANCTIE_WEEKS, poort_case_set_loonsanctie(c, D("2027-11-01"), 53, POORT_DATE_NONE),
		"loonsanctie of 53 weeks");
	REJECTS(c, POORT_ERR_LOONSANCTIE_WEEKS, poort_case_set_loonsanctie(c, D("2027-11-01"), -1, POORT_DATE_NONE),
		"1 to 52 weeks");
	REJECTS(c, POORT_ERR_BEKORTING, poort_case_set_loonsanctie(c, D("2027-11-01"), 52, D("2027-10-01")),
		"bekorting decision 2027-10-01 is before the loonsanctie decision 2027-11-01");
	REJECTS(c, POORT_ERR_DATE_RANGE, poort_case_set_employment_end(c, -30000),
		"date 1887-11-12 is outside");
	poort_case_free(c);
}

/* What needs the whole case is checked when computing, whatever the order of the facts; the
 * message names the latest case. */
static void whole_case_checks(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2025-01-01:2025-01-20", "2026-01-01", NULL});
	poort_timeline *t = NULL;
	/* the wachttijd of the latest case ends on 2027-12-29 (sick day 728 from 2026-01-01) */
	assert_int_equal(poort_case_set_extension(c, D("2027-12-29")), POORT_OK);
	assert_int_equal(poort_timeline_compute(c, D("2026-06-01"), 14, &t), POORT_ERR_EXTENSION);
	assert_string_equal(poort_case_errmsg(c), "voluntary extension until 2027-12-29 does not end after "
			    "the wachttijd of the latest case, from 2026-01-01 (last day 2027-12-29)");
	assert_int_equal(poort_case_set_extension(c, D("2028-03-31")), POORT_OK);
	/* with the extension E is 2028-04-01: a decision on it is too late (WIA art. 25 lid 11) */
	assert_int_equal(poort_case_set_loonsanctie(c, D("2028-04-01"), 52, POORT_DATE_NONE), POORT_OK);
	assert_int_equal(poort_timeline_compute(c, D("2026-06-01"), 14, &t), POORT_ERR_LOONSANCTIE_LATE);
	assert_non_null(strstr(poort_case_errmsg(c), "not before the end of the wage period on 2028-03-31 of "
						     "the latest case, from 2026-01-01"));
	assert_int_equal(poort_case_set_loonsanctie(c, D("2028-03-31"), 52, POORT_DATE_NONE), POORT_OK);
	assert_int_equal(poort_timeline_compute(c, D("2026-06-01"), 14, &t), POORT_OK);
	poort_timeline_free(t);
	/* employment that ended before the latest case began (issue: accepted silently before) */
	assert_int_equal(poort_case_set_employment_end(c, D("2025-12-31")), POORT_OK);
	assert_int_equal(poort_timeline_compute(c, D("2026-06-01"), 14, &t), POORT_ERR_BEFORE_CASE);
	assert_null(t);
	assert_string_equal(poort_case_errmsg(c), "the last day of employment 2025-12-31 lies before the "
			    "first sick day 2026-01-01 of the latest case");
	/* ending on the first sick day itself is employment during sickness */
	assert_int_equal(poort_case_set_employment_end(c, D("2026-01-01")), POORT_OK);
	assert_int_equal(poort_timeline_compute(c, D("2026-06-01"), 14, &t), POORT_OK);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* Facts of an earlier case (before the latest case's first sick day) are kept, ignored by
 * the latest case and never an error, in whichever order they come. */
static void earlier_case_facts(void **state)
{
	(void)state;
	for (int order = 0; order < 2; order++) {
		poort_case *c = poort_case_new();
		if (order)
			assert_int_equal(poort_case_add_period(c, D("2026-08-01"), D("2026-08-20")), POORT_OK);
		assert_int_equal(poort_case_add_period(c, D("2026-11-08"), POORT_DATE_NONE), POORT_OK);
		assert_int_equal(poort_case_record_done(c, "PROBLEEMANALYSE", D("2026-08-17")), POORT_OK);
		assert_int_equal(poort_case_set_departure(c, "PROBLEEMANALYSE", D("2026-08-18")), POORT_OK);
		assert_int_equal(poort_case_set_extension(c, D("2026-08-19")), POORT_OK);
		assert_int_equal(poort_case_set_loonsanctie(c, D("2026-08-19"), 10, POORT_DATE_NONE), POORT_OK);
		assert_int_equal(poort_case_record_item(c, "PROBLEEMANALYSE", D("2026-08-17")), POORT_OK);
		if (!order)
			assert_int_equal(poort_case_add_period(c, D("2026-08-01"), D("2026-08-20")), POORT_OK);
		poort_timeline *t = NULL;
		assert_int_equal(poort_timeline_compute(c, D("2026-12-31"), 14, &t), POORT_OK);
		/* the latest case from 2026-11-08: sick day 42 is 2026-12-19, nothing recorded in it,
		 * no departure, no extension (sick day 728 is 2028-11-04), no loonsanctie */
		size_t i = find(t, "PROBLEEMANALYSE", 0);
		assert_int_equal(poort_milestone_due(t, i), D("2026-12-19"));
		assert_int_equal(poort_milestone_done(t, i), POORT_DATE_NONE);
		assert_int_equal(poort_milestone_status(t, i), POORT_STATUS_OVERDUE);
		assert_int_equal(poort_milestone_departed(t, i), 0);
		assert_int_equal(poort_timeline_wage_end(t), D("2028-11-04"));
		assert_false(has(t, "EINDE_LOONSANCTIE"));
		poort_timeline_free(t);
		poort_dossier *d = NULL;
		assert_int_equal(poort_dossier_compute(c, D("2026-12-31"), &d), POORT_OK);
		assert_int_equal(poort_dossier_item_first(d, 5), POORT_DATE_NONE);
		assert_int_equal(poort_dossier_item_state(d, 5), POORT_ITEM_MISSING);
		poort_dossier_free(d);
		poort_case_free(c);
	}
}

/* Removing a fact is an explicit call; removing one that is not there changes nothing. */
static void removing_facts(void **state)
{
	(void)state;
	poort_case *c = full_case();
	REJECTS(c, POORT_ERR_NOT_FOUND, poort_case_remove_done(c, "PROBLEEMANALYSE", D("2026-02-06")),
		"no record of PROBLEEMANALYSE on 2026-02-06 in the case");
	REJECTS(c, POORT_ERR_UNKNOWN_MILESTONE, poort_case_remove_done(c, "WEEK6", D("2026-02-05")),
		"unknown milestone");
	REJECTS(c, POORT_ERR_NOT_FOUND, poort_case_remove_item(c, "FUNCTIE", D("2026-02-05")),
		"no record of FUNCTIE on 2026-02-05");
	REJECTS(c, POORT_ERR_UNKNOWN_ITEM, poort_case_remove_item(c, "JOB", D("2026-02-05")), "unknown");
	REJECTS(c, POORT_ERR_NOT_FOUND, poort_case_remove_period(c, D("2026-01-02")),
		"no sick or leave period from 2026-01-02 in the case");
	REJECTS(c, POORT_ERR_DATE_RANGE, poort_case_remove_period(c, POORT_DATE_NONE), "a date is required");
	assert_int_equal(poort_case_remove_done(NULL, "EVALUATIE", 0), POORT_ERR_NULL);
	assert_int_equal(poort_case_remove_item(NULL, "FUNCTIE", 0), POORT_ERR_NULL);
	assert_int_equal(poort_case_remove_period(NULL, 0), POORT_ERR_NULL);

	/* adding then removing a fact gives the case as it was */
	char *before = snapshot(c);
	assert_int_equal(poort_case_record_done(c, "PROBLEEMANALYSE", D("2026-01-20")), POORT_OK);
	assert_int_equal(poort_case_record_item(c, "FUNCTIE", D("2026-01-20")), POORT_OK);
	assert_int_equal(poort_case_add_period(c, D("2025-01-01"), D("2025-01-05")), POORT_OK);
	assert_int_equal(poort_case_add_leave(c, D("2025-03-01"), D("2025-03-05"), 0), POORT_OK);
	assert_int_equal(poort_case_remove_done(c, "PROBLEEMANALYSE", D("2026-01-20")), POORT_OK);
	assert_int_equal(poort_case_remove_item(c, "FUNCTIE", D("2026-01-20")), POORT_OK);
	assert_int_equal(poort_case_remove_period(c, D("2025-01-01")), POORT_OK);
	assert_int_equal(poort_case_remove_period(c, D("2025-03-01")), POORT_OK);
	char *after = snapshot(c);
	assert_string_equal(before, after);
	free(before);
	free(after);
	poort_case_free(c);
}

/* A clone computes the same results, shares nothing and starts with an empty message. */
static void cloning(void **state)
{
	(void)state;
	poort_case *c = full_case();
	assert_int_equal(poort_case_set_wage(c, 300000, 3600), POORT_OK);
	assert_int_equal(poort_case_add_cao(c, 1, 52, 10000, 0), POORT_OK);
	assert_int_equal(poort_case_add_partial_work(c, D("2026-09-20"), D("2026-09-30"), 1000), POORT_OK);
	assert_int_equal(poort_case_record_item(c, "FUNCTIE", D("2026-09-15")), POORT_OK);
	assert_int_equal(poort_case_record_done(c, "PROBLEEMANALYSE", D("2025-12-01")), POORT_OK);
	REJECTS(c, POORT_ERR_UNKNOWN_ITEM, poort_case_record_item(c, "JOB", D("2026-02-05")), "unknown");
	poort_case *k = (poort_case *)1;
	assert_int_equal(poort_case_clone(c, &k), POORT_OK);
	assert_string_equal(poort_case_errmsg(k), "");
	assert_string_equal(poort_case_id(k), "case-42");
	char *a = snapshot(c), *b = snapshot(k);
	assert_string_equal(a, b);
	free(b);
	/* changing the copy leaves the original as it was */
	assert_int_equal(poort_case_remove_period(k, D("2026-01-01")), POORT_OK);
	assert_int_equal(poort_case_clear_cao(k), POORT_OK);
	assert_int_equal(poort_case_record_done(k, "EVALUATIE", D("2026-10-01")), POORT_OK);
	b = snapshot(c);
	assert_string_equal(a, b);
	free(a);
	free(b);
	poort_case_free(c);
	poort_case_free(k);
	assert_int_equal(poort_case_clone(NULL, &k), POORT_ERR_NULL);
	assert_null(k);
	assert_int_equal(poort_case_clone(c = poort_case_new(), NULL), POORT_ERR_NULL);
	poort_case_free(c);
}

/* Checks that depend on periods added later are made again when computing. */
static void compute_rechecks(void **state)
{
	(void)state;
	poort_case *c = poort_case_new();
	poort_timeline *t = (poort_timeline *)1;
	assert_int_equal(poort_timeline_compute(c, D("2026-01-01"), 14, &t), POORT_ERR_NO_PERIODS);
	assert_null(t);
	assert_string_equal(poort_case_errmsg(c), "the case has no sick period");
	/* no periods yet: the extension and loonsanctie cannot be checked when set */
	assert_int_equal(poort_case_set_extension(c, D("2026-06-30")), POORT_OK);
	assert_int_equal(poort_case_add_period(c, D("2026-01-01"), POORT_DATE_NONE), POORT_OK);
	assert_int_equal(poort_timeline_compute(c, D("2026-01-01"), 14, &t), POORT_ERR_EXTENSION);
	assert_int_equal(poort_case_set_extension(c, POORT_DATE_NONE), POORT_OK);
	poort_case_free(c);

	c = poort_case_new();
	assert_int_equal(poort_case_set_loonsanctie(c, D("2028-01-10"), 10, POORT_DATE_NONE), POORT_OK);
	assert_int_equal(poort_case_add_period(c, D("2026-01-01"), POORT_DATE_NONE), POORT_OK);
	assert_int_equal(poort_timeline_compute(c, D("2026-01-01"), 14, &t), POORT_ERR_LOONSANCTIE_LATE);
	assert_non_null(strstr(poort_case_errmsg(c), "WIA art. 25 lid 11"));
	assert_int_equal(poort_case_set_loonsanctie(c, POORT_DATE_NONE, 0, POORT_DATE_NONE), POORT_OK);
	poort_case *early = poort_case_new();
	assert_int_equal(poort_case_set_loonsanctie(early, D("2025-12-01"), 10, POORT_DATE_NONE), POORT_OK);
	assert_int_equal(poort_case_add_period(early, D("2026-01-01"), POORT_DATE_NONE), POORT_OK);
	/* a decision before the case belongs to an earlier case: ignored */
	assert_int_equal(poort_timeline_compute(early, D("2026-01-01"), 14, &t), POORT_OK);
	assert_false(has(t, "EINDE_LOONSANCTIE"));
	poort_timeline_free(t);
	poort_case_free(early);
	/* bad compute arguments */
	assert_int_equal(poort_timeline_compute(c, D("2026-01-01"), -1, &t), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_timeline_compute(c, D("2026-01-01"), 3651, &t), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_timeline_compute(c, POORT_DATE_NONE, 14, &t), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_timeline_compute(c, D("2026-01-01"), 14, NULL), POORT_ERR_NULL);
	assert_int_equal(poort_timeline_compute(NULL, D("2026-01-01"), 14, &t), POORT_ERR_NULL);
	assert_int_equal(poort_timeline_compute(c, D("2026-01-01"), 14, &t), POORT_OK);
	assert_string_equal(poort_case_errmsg(c), "");
	poort_timeline_free(t);
	poort_case_free(c);
}

static void case_ids(void **state)
{
	(void)state;
	poort_case *c = full_case();
	REJECTS(c, POORT_ERR_CASE_ID, poort_case_set_id(c, ""), "1 to 64 characters");
	REJECTS(c, POORT_ERR_CASE_ID, poort_case_set_id(c, "Jan Jansen"), "byte 4 is not one of");
	REJECTS(c, POORT_ERR_CASE_ID, poort_case_set_id(c, "zaak-\xc3\xa9"), "byte 6");
	REJECTS(c, POORT_ERR_CASE_ID, poort_case_set_id(c, "a@b"), "byte 2");
	char long_id[66];
	memset(long_id, 'x', 65);
	long_id[65] = '\0';
	REJECTS(c, POORT_ERR_CASE_ID, poort_case_set_id(c, long_id), "1 to 64 characters");
	REJECTS(c, POORT_ERR_NULL, poort_case_set_id(c, NULL), "NULL");
	long_id[64] = '\0';
	assert_int_equal(poort_case_set_id(c, long_id), POORT_OK);
	assert_string_equal(poort_case_id(c), long_id);
	assert_int_equal(poort_case_set_id(c, "A.b_c-9"), POORT_OK);
	assert_string_equal(poort_case_id(c), "A.b_c-9");
	assert_string_equal(poort_case_errmsg(c), "");
	assert_string_equal(poort_case_errmsg(NULL), "");
	assert_string_equal(poort_case_id(NULL), "");
	poort_case_free(c);
	poort_case_free(NULL);
}

static void period_limit(void **state)
{
	(void)state;
	poort_case *c = poort_case_new();
	int32_t day = D("1990-01-01");
	for (int i = 0; i < POORT_MAX_PERIODS; i++, day += 2)
		assert_int_equal(poort_case_add_period(c, day, day), POORT_OK);
	REJECTS(c, POORT_ERR_LIMIT, poort_case_add_period(c, day, day), "at most 1000 periods");
	poort_case_free(c);
}

/* The man page (RETURN VALUE): poort_case_errmsg is "" after a call that succeeded, so each
 * setter of the employee's facts clears the message an earlier failure left. */
#define CLEARS(c, bad, good)                                               \
	do {                                                               \
		assert_int_not_equal((bad), POORT_OK);                     \
		assert_string_not_equal(poort_case_errmsg(c), "");         \
		assert_int_equal((good), POORT_OK);                        \
		assert_string_equal(poort_case_errmsg(c), "");             \
	} while (0)

static void employee_setters_clear_the_message(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	CLEARS(c, poort_case_set_wage(c, 0, 4000), poort_case_set_wage(c, 300000, 4000));
	CLEARS(c, poort_case_set_birth_date(c, D("2199-12-31") + 1), poort_case_set_birth_date(c, D("2000-05-01")));
	CLEARS(c, poort_case_set_age(c, 121), poort_case_set_age(c, 30));
	CLEARS(c, poort_case_set_aow_date(c, D("1900-01-01") - 1), poort_case_set_aow_date(c, D("2060-05-01")));
	CLEARS(c, poort_case_set_waiting_days(c, 3), poort_case_set_waiting_days(c, 1));
	CLEARS(c, poort_case_set_fulltime_hours(c, 0), poort_case_set_fulltime_hours(c, 3800));
	CLEARS(c, poort_case_set_bbl(c, 2), poort_case_set_bbl(c, 1));
	CLEARS(c, poort_case_set_extension_percent(c, -1), poort_case_set_extension_percent(c, 7000));
	CLEARS(c, poort_case_set_partial_pay(c, -1), poort_case_set_partial_pay(c, 10000));
	CLEARS(c, poort_case_add_cao(c, 1, 157, 10000, 0), poort_case_add_cao(c, 1, 52, 10000, 0));
	CLEARS(c, poort_case_add_cao(c, 1, 52, 10000, 0), poort_case_clear_cao(c));
	CLEARS(c, poort_case_add_partial_work(c, D("2026-03-01"), D("2026-02-01"), 1600),
	       poort_case_add_partial_work(c, D("2026-02-01"), D("2026-03-01"), 1600));
	poort_case_free(c);
}

/* The setters that name a milestone or a dossier item (header): POORT_ERR_NULL for a NULL
 * case or id, an unknown id its own status; the message names which kind of id it was. */
static void named_setters_refuse_bad_ids(void **state)
{
	(void)state;
	poort_case *c = full_case();
	const int32_t day = D("2026-02-05");
	REJECTS(c, POORT_ERR_NULL, poort_case_record_done(c, NULL, day), "milestone id is NULL");
	REJECTS(c, POORT_ERR_NULL, poort_case_remove_done(c, NULL, day), "milestone id is NULL");
	REJECTS(c, POORT_ERR_NULL, poort_case_set_departure(c, NULL, day), "milestone id is NULL");
	REJECTS(c, POORT_ERR_NULL, poort_case_record_item(c, NULL, day), "dossier item id is NULL");
	REJECTS(c, POORT_ERR_NULL, poort_case_remove_item(c, NULL, day), "dossier item id is NULL");
	REJECTS(c, POORT_ERR_UNKNOWN_MILESTONE, poort_case_remove_done(c, "FUNCTIE", day), "unknown milestone id");
	REJECTS(c, POORT_ERR_UNKNOWN_ITEM, poort_case_remove_item(c, "EVALUATIE", day), "unknown dossier item id");
	assert_int_equal(poort_case_record_done(NULL, "EVALUATIE", day), POORT_ERR_NULL);
	assert_int_equal(poort_case_remove_done(NULL, "EVALUATIE", day), POORT_ERR_NULL);
	assert_int_equal(poort_case_set_departure(NULL, "PLAN_VAN_AANPAK", day), POORT_ERR_NULL);
	assert_int_equal(poort_case_record_item(NULL, "FUNCTIE", day), POORT_ERR_NULL);
	assert_int_equal(poort_case_remove_item(NULL, "FUNCTIE", day), POORT_ERR_NULL);
	/* a success after a failure leaves no message */
	CLEARS(c, poort_case_record_item(c, "DIAGNOSE", day), poort_case_record_item(c, "FUNCTIE", day));
	CLEARS(c, poort_case_remove_item(c, "FUNCTIE", D("2026-02-06")), poort_case_remove_item(c, "FUNCTIE", day));
	CLEARS(c, poort_case_remove_done(c, "EVALUATIE", day), poort_case_remove_done(c, "EVALUATIE", D("2026-04-01")));
	poort_case_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bad_periods),
		cmocka_unit_test(bad_leave),
		cmocka_unit_test(bad_records),
		cmocka_unit_test(bad_departures),
		cmocka_unit_test(bad_extension_and_loonsanctie),
		cmocka_unit_test(compute_rechecks),
		cmocka_unit_test(whole_case_checks),
		cmocka_unit_test(earlier_case_facts),
		cmocka_unit_test(removing_facts),
		cmocka_unit_test(cloning),
		cmocka_unit_test(case_ids),
		cmocka_unit_test(period_limit),
		cmocka_unit_test(employee_setters_clear_the_message),
		cmocka_unit_test(named_setters_refuse_bad_ids),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
