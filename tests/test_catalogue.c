/* The catalogue read without a case: the milestone table, the dossier items, the legal
 * constants and the statutory table rows, checked against the spec (sections 3, 4 and 5)
 * and against what a computed timeline and dossier say about the same rows. */
#include "helpers.h"

static size_t milestone_index(const char *id)
{
	for (size_t i = 0; i < poort_catalogue_milestone_count(); i++)
		if (strcmp(poort_catalogue_milestone_id(i), id) == 0)
			return i;
	fail_msg("no milestone %s in the catalogue", id);
	return 0;
}

static void rule_text_is(const char *id, int32_t lang, const char *expected)
{
	char buf[512];
	size_t i = milestone_index(id);
	int32_t n = poort_catalogue_milestone_rule_text(i, lang, buf, sizeof buf);
	assert_int_equal(n, (int32_t)strlen(expected));
	assert_string_equal(buf, expected);
}

/* Spec 3: the fifteen milestones, with the rules of their due dates. */
static void test_milestones_as_the_spec_lists_them(void **state)
{
	(void)state;
	static const char *const ids[] = {
		"ZIEKMELDING_ARBODIENST", "PROBLEEMANALYSE", "PLAN_VAN_AANPAK", "EVALUATIE",
		"MELDING_UWV_42", "EERSTEJAARSEVALUATIE", "SPOOR2_BESLUIT", "UWV_WIA_BRIEF",
		"ACTUEEL_OORDEEL", "EINDEVALUATIE", "REINTEGRATIEVERSLAG", "WIA_AANVRAAG",
		"EINDE_WACHTTIJD", "EINDE_LOONSANCTIE", "EINDE_DIENSTVERBAND_MELDING"};
	assert_int_equal(poort_catalogue_milestone_count(), sizeof ids / sizeof *ids);
	for (size_t i = 0; i < sizeof ids / sizeof *ids; i++)
		milestone_index(ids[i]);
	size_t pa = milestone_index("PROBLEEMANALYSE");
	assert_string_equal(poort_catalogue_milestone_rule(pa), "sick_day");
	assert_string_equal(poort_kind_name(poort_catalogue_milestone_kind(pa)), "statutory");
	assert_string_equal(poort_catalogue_milestone_who(pa, POORT_LANG_EN),
			    "employer asks, bedrijfsarts writes");
	assert_string_equal(poort_catalogue_milestone_juriconnect(pa),
			    "jci1.3:c:BWBR0013540&artikel=2&lid=2");
	assert_non_null(strstr(poort_catalogue_milestone_basis(pa, POORT_LANG_NL), "art. 2 lid 2"));
	rule_text_is("PROBLEEMANALYSE", POORT_LANG_EN, "sick day 42");
	rule_text_is("PROBLEEMANALYSE", POORT_LANG_NL, "ziektedag 42");
	rule_text_is("EERSTEJAARSEVALUATIE", POORT_LANG_EN,
		     "sick day 364, in a window that opens on sick day 316");
	rule_text_is("ACTUEEL_OORDEEL", POORT_LANG_EN, "the due date of REINTEGRATIEVERSLAG");
	rule_text_is("REINTEGRATIEVERSLAG", POORT_LANG_EN,
		     "E - 92: E is the day after the wachttijd (sick day 728) or after the voluntary extension");
	size_t ev = milestone_index("EVALUATIE");
	assert_string_equal(poort_catalogue_milestone_rule(ev), "repeat");
	char buf[512];
	assert_true(poort_catalogue_milestone_rule_text(ev, POORT_LANG_EN, buf, sizeof buf) > 0);
	assert_non_null(strstr(buf, "every 42 days from PLAN_VAN_AANPAK"));
	assert_non_null(strstr(buf, "EINDEVALUATIE"));
	size_t pva = milestone_index("PLAN_VAN_AANPAK");
	assert_string_equal(poort_catalogue_milestone_rule(pva), "after");
	assert_true(poort_catalogue_milestone_rule_text(pva, POORT_LANG_EN, buf, sizeof buf) > 0);
	assert_non_null(strstr(buf, "14 days after PROBLEEMANALYSE"));
	assert_non_null(strstr(buf, "sick day 56"));
}

/* The catalogue's rows are the rows a computed timeline shows. */
static void test_milestones_agree_with_a_timeline(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *const[]){"2026-01-01", NULL});
	poort_timeline *t = NULL;
	assert_int_equal(poort_timeline_compute(c, D("2026-03-01"), 14, &t), POORT_OK);
	for (size_t k = 0; k < poort_timeline_count(t); k++) {
		size_t i = milestone_index(poort_milestone_id(t, k));
		for (int32_t lang = 0; lang < 2; lang++) {
			assert_string_equal(poort_catalogue_milestone_title(i, lang), poort_milestone_title(t, k, lang));
			assert_string_equal(poort_catalogue_milestone_basis(i, lang), poort_milestone_basis(t, k, lang));
		}
		assert_string_equal(poort_catalogue_milestone_juriconnect(i), poort_milestone_juriconnect(t, k));
		assert_int_equal(poort_catalogue_milestone_kind(i), poort_milestone_kind(t, k));
	}
	poort_timeline_free(t);
	poort_dossier *d = NULL;
	assert_int_equal(poort_dossier_compute(c, D("2026-03-01"), &d), POORT_OK);
	assert_int_equal(poort_catalogue_item_count(), poort_dossier_count(d));
	for (size_t i = 0; i < poort_dossier_count(d); i++) {
		assert_string_equal(poort_catalogue_item_id(i), poort_dossier_item_id(d, i));
		assert_string_equal(poort_catalogue_item_onderdeel(i), poort_dossier_item_onderdeel(d, i));
		assert_string_equal(poort_catalogue_item_content(i, 1), poort_dossier_item_content(d, i, 1));
		assert_string_equal(poort_catalogue_item_basis(i, 0), poort_dossier_item_basis(d, i, 0));
		assert_string_equal(poort_catalogue_item_juriconnect(i), poort_dossier_item_juriconnect(d, i));
		assert_string_equal(poort_catalogue_item_milestone(i), poort_dossier_item_milestone(d, i));
	}
	poort_dossier_free(d);
	poort_case_free(c);
}

/* Spec 5: art. 6 lid 1 a-l; the probleemanalyse is onderdeel f. */
static void test_items(void **state)
{
	(void)state;
	size_t n = poort_catalogue_item_count(), found = 0;
	for (size_t i = 0; i < n; i++)
		if (strcmp(poort_catalogue_item_id(i), "PROBLEEMANALYSE") == 0) {
			assert_string_equal(poort_catalogue_item_onderdeel(i), "f");
			assert_string_equal(poort_catalogue_item_milestone(i), "PROBLEEMANALYSE");
			found++;
		}
	assert_int_equal(found, 1);
}

static int64_t constant(const char *name)
{
	for (size_t i = 0; i < poort_catalogue_constant_count(); i++)
		if (strcmp(poort_catalogue_constant_name(i), name) == 0) {
			assert_true(strlen(poort_catalogue_constant_citation(i)) > 0);
			return poort_catalogue_constant_value(i);
		}
	fail_msg("no constant %s", name);
	return 0;
}

/* Spec 1-4: 104 weeks of 7 days, 28 days that merge, 70%, at most two waiting days. */
static void test_constants(void **state)
{
	(void)state;
	assert_int_equal(constant("LAW_WACHTTIJD_WEEKS"), 104);
	assert_int_equal(constant("LAW_WACHTTIJD_DAYS"), 728);
	assert_int_equal(constant("LAW_MERGE_GAP_DAYS"), 28);
	assert_int_equal(constant("LAW_CONTINUATION_BP"), 7000);
	assert_int_equal(constant("LAW_WAITING_DAYS_MAX"), 2);
	assert_int_equal(constant("LAW_LOONSANCTIE_MAX_WEEKS"), 52);
}

/* Spec 4.1: the adult hourly minimum wage from 1 January 2024 is EUR 13,27; the rows are
 * the amounts the parameter lookups give. */
static void test_table_rows(void **state)
{
	(void)state;
	size_t n = poort_params_row_count(NULL), hour = 0;
	assert_true(n > 0);
	for (size_t i = 0; i < n; i++) {
		const char *table, *source;
		int32_t from, age;
		int64_t cents;
		assert_int_equal(poort_params_row(NULL, i, &table, &from, &age, &cents, &source), POORT_OK);
		assert_true(cents > 0);
		if (strcmp(table, "wml_hour") == 0) {
			assert_int_equal(age, -1);
			assert_int_equal(poort_params_min_wage_hour(NULL, from, 21), cents);
			hour++;
		} else if (strcmp(table, "wfsv_max_day") == 0) {
			assert_int_equal(poort_params_wfsv_max_day(NULL, from), cents);
		} else if (strcmp(table, "youth") == 0) {
			assert_true(age >= 15 && age <= 20);
		}
		if (from == D("2024-01-01") && strcmp(table, "wml_hour") == 0)
			assert_int_equal(cents, 1327);
	}
	assert_true(hour >= 1);
	poort_params *p = poort_params_new();
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2030-01-01"), 2000), POORT_OK);
	assert_int_equal(poort_params_row_count(p), n + 1);
	poort_params_free(p);
}

static void test_bad_input(void **state)
{
	(void)state;
	size_t m = poort_catalogue_milestone_count();
	char buf[8];
	assert_null(poort_catalogue_milestone_id(m));
	assert_null(poort_catalogue_milestone_title(0, 2));
	assert_null(poort_catalogue_milestone_rule(m));
	assert_int_equal(poort_catalogue_milestone_kind(m), POORT_ERR_INDEX);
	assert_int_equal(poort_catalogue_milestone_rule_text(m, 0, buf, sizeof buf), POORT_ERR_INDEX);
	assert_int_equal(poort_catalogue_milestone_rule_text(0, 7, buf, sizeof buf), POORT_ERR_LANG);
	assert_int_equal(poort_catalogue_milestone_rule_text(0, 0, NULL, 4), POORT_ERR_NULL);
	/* a short buffer: the full length, the text cut */
	assert_int_equal(poort_catalogue_milestone_rule_text(1, 1, buf, sizeof buf), 11);
	assert_string_equal(buf, "sick da");
	assert_null(poort_catalogue_item_id(poort_catalogue_item_count()));
	assert_null(poort_catalogue_item_content(0, -1));
	assert_null(poort_catalogue_constant_name(poort_catalogue_constant_count()));
	assert_int_equal(poort_catalogue_constant_value(poort_catalogue_constant_count()), POORT_ERR_INDEX);
	const char *s;
	int32_t a;
	int64_t v;
	assert_int_equal(poort_params_row(NULL, poort_params_row_count(NULL), &s, &a, &a, &v, &s),
			 POORT_ERR_INDEX);
	assert_int_equal(poort_params_row(NULL, 0, NULL, &a, &a, &v, &s), POORT_ERR_NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_milestones_as_the_spec_lists_them),
		cmocka_unit_test(test_milestones_agree_with_a_timeline),
		cmocka_unit_test(test_items),
		cmocka_unit_test(test_constants),
		cmocka_unit_test(test_table_rows),
		cmocka_unit_test(test_bad_input),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
