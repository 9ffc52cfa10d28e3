/* The re-integration dossier (spec section 5). */
#include "helpers.h"

static size_t item(const poort_dossier *d, const char *id)
{
	for (size_t i = 0; i < poort_dossier_count(d); i++)
		if (strcmp(poort_dossier_item_id(d, i), id) == 0)
			return i;
	fail_msg("no dossier item %s", id);
	return 0;
}

static poort_dossier *dossier(poort_case *c, const char *today)
{
	poort_dossier *d = NULL;
	int32_t st = poort_dossier_compute(c, D(today), &d);
	if (st != POORT_OK)
		fail_msg("dossier: %s: %s", poort_status_str(st), poort_case_errmsg(c));
	return d;
}

static void assert_item(const poort_dossier *d, const char *id, int32_t state, const char *due)
{
	size_t i = item(d, id);
	if (poort_dossier_item_state(d, i) != state)
		fail_msg("%s: state %s, expected %s", id, poort_item_state_name(poort_dossier_item_state(d, i)),
			 poort_item_state_name(state));
	assert_date(poort_dossier_item_due(d, i), due);
}

/* Each item is due with its milestone: for 1 January 2026, RIV items on 29 Sep 2027. */
static void every_item_due_date(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	poort_dossier *d = dossier(c, "2026-01-01");
	static const char *const riv_items[] = {
		"ADMINISTRATIEVE_GEGEVENS", "AARD_VAN_HET_BEDRIJF", "FUNCTIE", "BEKWAAMHEDEN",
		"EERSTE_ZIEKTEDAG", "EINDEVALUATIE", "OORDEEL_ARBEIDSRELATIE", "ACTUEEL_OORDEEL",
		"OORDEEL_PASSENDE_ARBEID", "OORDEEL_WERKNEMER"};
	for (size_t k = 0; k < sizeof riv_items / sizeof *riv_items; k++)
		assert_item(d, riv_items[k], POORT_ITEM_NOT_YET_REQUIRED, "2027-09-29");
	assert_item(d, "PROBLEEMANALYSE", POORT_ITEM_NOT_YET_REQUIRED, "2026-02-11");
	assert_item(d, "PLAN_VAN_AANPAK", POORT_ITEM_NOT_YET_REQUIRED, "2026-02-25");
	assert_item(d, "EERSTEJAARSEVALUATIE", POORT_ITEM_NOT_YET_REQUIRED, "2026-12-30");
	assert_item(d, "MEDISCHE_INFORMATIE", POORT_ITEM_NOT_YET_REQUIRED, "2027-10-13");
	assert_int_equal(poort_dossier_count(d), 14);
	assert_int_equal(poort_dossier_variant(d), POORT_RIV_FULL);
	assert_int_equal(poort_dossier_complete_bp(d), 10000); /* nothing due yet */
	assert_int_equal(poort_dossier_can_submit(d), 0);
	/* letters of art. 6 lid 1 and requirement */
	assert_string_equal(poort_dossier_item_onderdeel(d, item(d, "OORDEEL_WERKNEMER")), "l");
	assert_string_equal(poort_dossier_item_onderdeel(d, item(d, "EINDEVALUATIE")), "h");
	assert_int_equal(poort_dossier_item_requirement(d, item(d, "MEDISCHE_INFORMATIE")), POORT_REQ_PRACTICE);
	assert_int_equal(poort_dossier_item_requirement(d, item(d, "FUNCTIE")), POORT_REQ_REGELING);
	assert_string_equal(poort_dossier_item_juriconnect(d, item(d, "FUNCTIE")),
			    "jci1.3:c:BWBR0013540&artikel=6&lid=1");
	assert_string_equal(poort_dossier_item_milestone(d, item(d, "ACTUEEL_OORDEEL")), "ACTUEEL_OORDEEL");
	assert_non_null(strstr(poort_dossier_item_basis(d, item(d, "FUNCTIE"), POORT_LANG_NL),
			       "art. 6 lid 1 onder c Regeling procesgang"));
	assert_null(poort_dossier_item_id(d, 14));
	assert_null(poort_dossier_item_content(d, 0, 2));
	poort_dossier_free(d);
	poort_case_free(c);
}

static void missing_late_and_completeness(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_record_item(c, "PROBLEEMANALYSE", D("2026-02-20")), POORT_OK);
	assert_int_equal(poort_case_record_item(c, "PLAN_VAN_AANPAK", D("2026-02-24")), POORT_OK);
	assert_int_equal(poort_case_record_item(c, "PLAN_VAN_AANPAK", D("2026-06-01")), POORT_OK);
	assert_int_equal(poort_case_record_item(c, "PLAN_VAN_AANPAK", D("2026-12-01")), POORT_OK);
	poort_dossier *d = dossier(c, "2026-07-01");
	assert_item(d, "PROBLEEMANALYSE", POORT_ITEM_PRESENT_LATE, "2026-02-11");
	assert_item(d, "PLAN_VAN_AANPAK", POORT_ITEM_PRESENT, "2026-02-25");
	size_t g = item(d, "PLAN_VAN_AANPAK");
	/* the bijstelling of December is not there yet on 1 July */
	assert_int_equal(poort_dossier_item_records(d, g), 2);
	assert_date(poort_dossier_item_first(d, g), "2026-02-24");
	assert_date(poort_dossier_item_latest(d, g), "2026-06-01");
	assert_int_equal(poort_dossier_complete_bp(d), 10000); /* 2 due, 2 present */
	poort_dossier_free(d);

	d = dossier(c, "2027-01-05"); /* first-year evaluation (30 Dec) passed, missing */
	assert_item(d, "EERSTEJAARSEVALUATIE", POORT_ITEM_MISSING, "2026-12-30");
	assert_int_equal(poort_dossier_item_records(d, g), 3);
	assert_int_equal(poort_dossier_complete_bp(d), 6666); /* 2 of 3 */
	poort_dossier_free(d);

	/* on the due date itself it is not yet missing */
	d = dossier(c, "2026-12-30");
	assert_item(d, "EERSTEJAARSEVALUATIE", POORT_ITEM_NOT_YET_REQUIRED, "2026-12-30");
	poort_dossier_free(d);
	poort_case_free(c);
}

static void complete_dossier_can_be_submitted(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	static const char *const all[] = {
		"ADMINISTRATIEVE_GEGEVENS", "AARD_VAN_HET_BEDRIJF", "FUNCTIE", "BEKWAAMHEDEN",
		"EERSTE_ZIEKTEDAG", "PROBLEEMANALYSE", "PLAN_VAN_AANPAK", "EERSTEJAARSEVALUATIE",
		"EINDEVALUATIE", "OORDEEL_ARBEIDSRELATIE", "ACTUEEL_OORDEEL",
		"OORDEEL_PASSENDE_ARBEID"};
	for (size_t k = 0; k < sizeof all / sizeof *all; k++)
		assert_int_equal(poort_case_record_item(c, all[k], D("2026-02-10")), POORT_OK);
	poort_dossier *d = dossier(c, "2027-09-01");
	assert_int_equal(poort_dossier_can_submit(d), 0); /* the employee's opinion (l) is missing */
	poort_dossier_free(d);
	assert_int_equal(poort_case_record_item(c, "OORDEEL_WERKNEMER", D("2027-09-01")), POORT_OK);
	d = dossier(c, "2027-09-01");
	assert_int_equal(poort_dossier_can_submit(d), 1);
	assert_int_equal(poort_dossier_complete_bp(d), 10000);
	/* medical information is practice, not a Regeling item: it does not block */
	assert_item(d, "MEDISCHE_INFORMATIE", POORT_ITEM_NOT_YET_REQUIRED, "2027-10-13");
	poort_dossier_free(d);
	assert_int_equal(poort_case_record_item(c, "MEDISCHE_INFORMATIE", D("2027-09-20")), POORT_OK);
	d = dossier(c, "2027-10-01");
	assert_item(d, "MEDISCHE_INFORMATIE", POORT_ITEM_PRESENT, "2027-10-13");
	poort_dossier_free(d);
	poort_case_free(c);
}

/* Employment ending during sickness (Regeling procesgang art. 6 lid 2): under 6 weeks no
 * dossier, 6-10 weeks the shorter RIV, more than 10 weeks the full one, due at the end. */
static void exit_of_employment_variants(void **state)
{
	(void)state;
	static const struct {
		const char *end; /* last day of employment; sick day n = 1 Jan 2026 + n - 1 */
		int32_t variant;
	} v[] = {
		{"2026-02-10", POORT_RIV_NONE},  /* sick day 41 */
		{"2026-02-11", POORT_RIV_SHORT}, /* sick day 42 */
		{"2026-03-11", POORT_RIV_SHORT}, /* sick day 70 */
		{"2026-03-12", POORT_RIV_FULL},  /* sick day 71 */
	};
	for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
		poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
		assert_int_equal(poort_case_set_employment_end(c, D(v[k].end)), POORT_OK);
		poort_dossier *d = dossier(c, "2026-03-20");
		assert_int_equal(poort_dossier_variant(d), v[k].variant);
		if (v[k].variant == POORT_RIV_NONE) {
			for (size_t i = 0; i < poort_dossier_count(d); i++)
				assert_int_equal(poort_dossier_item_state(d, i), POORT_ITEM_NOT_APPLICABLE);
			assert_int_equal(poort_dossier_can_submit(d), 0);
		} else {
			/* the RIV items are due on the last day of employment */
			assert_date(poort_dossier_item_due(d, item(d, "OORDEEL_WERKNEMER")), v[k].end);
			assert_date(poort_dossier_item_due(d, item(d, "PROBLEEMANALYSE")), "2026-02-11");
			assert_item(d, "EERSTEJAARSEVALUATIE", POORT_ITEM_NOT_APPLICABLE, "none");
		}
		if (v[k].variant == POORT_RIV_SHORT) {
			assert_item(d, "BEKWAAMHEDEN", POORT_ITEM_NOT_APPLICABLE, "none");
			assert_item(d, "FUNCTIE", POORT_ITEM_MISSING, v[k].end);
		}
		if (v[k].variant == POORT_RIV_FULL)
			assert_item(d, "BEKWAAMHEDEN", POORT_ITEM_MISSING, v[k].end);
		/* on sick day 70 the steps of parts a, c, e, f, g and l were due before the end:
		 * they apply; parts b, d, h, i and k are not in the shorter RIV (README) */
		for (size_t i = 0; v[k].variant == POORT_RIV_SHORT && i < poort_dossier_count(d); i++) {
			const char *part = poort_dossier_item_onderdeel(d, i);
			int32_t got = poort_dossier_item_state(d, i);
			if (part[0] && strchr("bdhik", part[0]))
				assert_int_equal(got, POORT_ITEM_NOT_APPLICABLE);
			if (part[0] && strchr("acefgl", part[0]) && strcmp(v[k].end, "2026-03-11") == 0)
				assert_int_not_equal(got, POORT_ITEM_NOT_APPLICABLE);
		}
		poort_dossier_free(d);
		poort_case_free(c);
	}
	/* plan van aanpak due after the employment ended: not the employer's any more */
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_employment_end(c, D("2026-02-20")), POORT_OK);
	poort_dossier *d = dossier(c, "2026-03-20");
	assert_item(d, "PLAN_VAN_AANPAK", POORT_ITEM_NOT_APPLICABLE, "none");
	poort_dossier_free(d);
	poort_case_free(c);
}

/* A sickness that ended before week 6 needs no dossier; a longer one that ended needs the
 * documents of the steps due while sick, but no RIV. */
static void recovered_cases(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-02-10", NULL});
	poort_dossier *d = dossier(c, "2026-06-01");
	assert_int_equal(poort_dossier_variant(d), POORT_RIV_NONE);
	assert_item(d, "PROBLEEMANALYSE", POORT_ITEM_NOT_APPLICABLE, "none");
	poort_dossier_free(d);
	poort_case_free(c);
	c = case_of((const char *[]){"2026-01-01:2026-04-30", NULL});
	d = dossier(c, "2026-06-01");
	assert_int_equal(poort_dossier_variant(d), POORT_RIV_FULL);
	assert_item(d, "PROBLEEMANALYSE", POORT_ITEM_MISSING, "2026-02-11");
	assert_item(d, "OORDEEL_WERKNEMER", POORT_ITEM_NOT_APPLICABLE, "none");
	assert_int_equal(poort_dossier_complete_bp(d), 0);
	poort_dossier_free(d);
	poort_case_free(c);
}

static void bad_input(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_record_item(c, "PLAN_VAN_AANPAK", D("2026-02-20")), POORT_OK);
	assert_int_equal(poort_case_record_item(c, "FUNCTIE", D("2026-02-20")), POORT_OK);
	REJECTS(c, POORT_ERR_UNKNOWN_ITEM, poort_case_record_item(c, "DIAGNOSE", D("2026-02-20")),
		"unknown dossier item id \"DIAGNOSE\"");
	REJECTS(c, POORT_ERR_UNKNOWN_ITEM, poort_case_record_item(c, "functie", D("2026-02-20")),
		"unknown dossier item");
	REJECTS(c, POORT_ERR_DUPLICATE, poort_case_record_item(c, "FUNCTIE", D("2026-02-20")),
		"FUNCTIE on 2026-02-20 is already recorded");
	REJECTS(c, POORT_ERR_DUPLICATE, poort_case_record_item(c, "PLAN_VAN_AANPAK", D("2026-02-20")),
		"PLAN_VAN_AANPAK on 2026-02-20 is already recorded");
	REJECTS(c, POORT_ERR_DATE_RANGE, poort_case_record_item(c, "FUNCTIE", POORT_DATE_NONE),
		"a date is required");
	REJECTS(c, POORT_ERR_NULL, poort_case_record_item(c, NULL, D("2026-02-20")), "NULL");
	assert_int_equal(poort_case_record_item(NULL, "FUNCTIE", 0), POORT_ERR_NULL);
	/* spec 6: every record is kept and the earliest in the case counts, in whatever order
	 * they come; one before the case belongs to an earlier case, one after today is planned */
	assert_int_equal(poort_case_record_item(c, "FUNCTIE", D("2026-03-01")), POORT_OK);
	assert_int_equal(poort_case_record_item(c, "FUNCTIE", D("2025-12-31")), POORT_OK);
	assert_int_equal(poort_case_record_item(c, "FUNCTIE", D("2026-07-01")), POORT_OK);
	assert_int_equal(poort_case_record_item(c, "FUNCTIE", D("2026-06-02")), POORT_OK);
	poort_dossier *d = dossier(c, "2026-06-01");
	size_t f = item(d, "FUNCTIE");
	assert_int_equal(poort_dossier_item_records(d, f), 2);
	assert_date(poort_dossier_item_first(d, f), "2026-02-20");
	assert_date(poort_dossier_item_latest(d, f), "2026-03-01");
	assert_date(poort_dossier_item_planned(d, f), "2026-06-02");
	poort_dossier_free(d);
	/* before the case: only the planned ones, no record counts yet */
	d = dossier(c, "2025-12-31");
	assert_int_equal(poort_dossier_item_records(d, f), 0);
	assert_date(poort_dossier_item_planned(d, f), "2026-02-20");
	poort_dossier_free(d);
	poort_dossier *none = (poort_dossier *)1;
	poort_case *empty = poort_case_new();
	assert_int_equal(poort_dossier_compute(empty, D("2026-01-01"), &none), POORT_ERR_NO_PERIODS);
	assert_null(none);
	assert_int_equal(poort_dossier_compute(c, D("2026-01-01"), NULL), POORT_ERR_NULL);
	poort_case_free(empty);
	poort_case_free(c);
}

static void json_is_deterministic(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_record_item(c, "PROBLEEMANALYSE", D("2026-02-05")), POORT_OK);
	poort_dossier *d1 = dossier(c, "2026-06-01"), *d2 = dossier(c, "2026-06-01");
	char *a, *b;
	size_t la, lb;
	assert_int_equal(poort_dossier_json(d1, POORT_LANG_NL, &a, &la), POORT_OK);
	assert_int_equal(poort_dossier_json(d2, POORT_LANG_NL, &b, &lb), POORT_OK);
	assert_int_equal(la, lb);
	assert_int_equal(memcmp(a, b, la), 0);
	assert_non_null(strstr(a, "\"id\": \"PROBLEEMANALYSE\", \"onderdeel\": \"f\", \"state\": \"present\""));
	assert_non_null(strstr(a, "\"riv\": \"full\""));
	assert_int_equal(poort_dossier_json(d1, 3, &b, NULL), POORT_ERR_LANG);
	poort_free(a);
	poort_free(b);
	poort_dossier_free(d1);
	poort_dossier_free(d2);
	poort_dossier_free(NULL);
	poort_case_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_item_due_date),
		cmocka_unit_test(missing_late_and_completeness),
		cmocka_unit_test(complete_dossier_can_be_submitted),
		cmocka_unit_test(exit_of_employment_variants),
		cmocka_unit_test(recovered_cases),
		cmocka_unit_test(bad_input),
		cmocka_unit_test(json_is_deterministic),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
