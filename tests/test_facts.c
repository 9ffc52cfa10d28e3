/*
 * A case is a set of facts (spec 6): the same facts added in any order give byte-identical
 * results. Random cases with history (earlier cases, relapses, WAZO leave, steps recorded
 * in several cases, corrections, records after the reference date, facts that only the
 * whole case can judge) are built in several shuffled orders; every call must return the
 * same status, and the timeline, dossier and wage JSON (or the compute error) must match.
 */
#include "helpers.h"

#define CASES 400
#define ORDERS 4
#define MAX_FACTS 64

static const char *const milestones[] = {
	"ZIEKMELDING_ARBODIENST", "PROBLEEMANALYSE", "PLAN_VAN_AANPAK", "EVALUATIE", "MELDING_UWV_42",
	"EERSTEJAARSEVALUATIE", "SPOOR2_BESLUIT", "UWV_WIA_BRIEF", "ACTUEEL_OORDEEL", "EINDEVALUATIE",
	"REINTEGRATIEVERSLAG", "WIA_AANVRAAG", "EINDE_DIENSTVERBAND_MELDING",
};
static const char *const items[] = {
	"ADMINISTRATIEVE_GEGEVENS", "FUNCTIE", "EERSTE_ZIEKTEDAG", "PROBLEEMANALYSE", "PLAN_VAN_AANPAK",
	"EERSTEJAARSEVALUATIE", "EINDEVALUATIE", "ACTUEEL_OORDEEL", "MEDISCHE_INFORMATIE",
};
#define COUNT(a) (sizeof(a) / sizeof *(a))

enum kind { F_PERIOD, F_LEAVE, F_DONE, F_ITEM, F_DEPARTURE, F_EXTENSION, F_LOONSANCTIE, F_EMPLOYMENT,
	    F_WAGE, F_AGE };

struct fact {
	enum kind kind;
	const char *id;
	int32_t a, b, c;
};

struct facts {
	struct fact f[MAX_FACTS];
	size_t n;
	int32_t today;
};

static uint64_t rng_state;

/* xorshift64*: a fixed seed, so every run builds the same cases */
static uint32_t rnd(uint32_t below)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (uint32_t)((rng_state * 2685821657736338717ULL) >> 33) % below;
}

static void add(struct facts *fs, struct fact f)
{
	if (fs->n < MAX_FACTS)
		fs->f[fs->n++] = f;
}

/* Sick periods with gaps of 1 to 60 days (so some relapses start a new case), a WAZO leave
 * in some gaps, the last one sometimes open-ended. Returns the first day of the last one. */
static int32_t random_periods(struct facts *fs, int32_t day)
{
	int32_t n = 1 + (int32_t)rnd(4), first = day;
	for (int32_t k = 0; k < n; k++) {
		static const int32_t lengths[] = {1, 13, 41, 42, 70, 120, 300, 400};
		int32_t len = lengths[rnd(COUNT(lengths))];
		first = day;
		int open = k == n - 1 && rnd(3) == 0;
		add(fs, (struct fact){F_PERIOD, NULL, day, open ? POORT_DATE_NONE : day + len - 1, 0});
		day += len;
		int32_t gap = 1 + (int32_t)rnd(60);
		if (k < n - 1 && rnd(6) == 0) {
			int32_t leave = 30 + (int32_t)rnd(100);
			add(fs, (struct fact){F_LEAVE, NULL, day, day + leave - 1, (int32_t)rnd(2)});
			day += leave;
		}
		day += gap;
	}
	return first;
}

/* Records of steps and dossier items spread over the history and the latest case, some
 * of them after the reference date, some the same step in several cases. */
static void random_records(struct facts *fs, int32_t start, int32_t latest)
{
	for (int32_t k = (int32_t)rnd(12); k > 0; k--) {
		int32_t date = (rnd(3) == 0 ? start : latest) + (int32_t)rnd(500) - 20;
		int item = rnd(2) == 0;
		const char *id = item ? items[rnd(COUNT(items))] : milestones[rnd(COUNT(milestones))];
		int dup = 0;
		for (size_t i = 0; i < fs->n; i++)
			dup |= fs->f[i].id == id && fs->f[i].a == date &&
			       fs->f[i].kind == (item ? F_ITEM : F_DONE);
		if (!dup)
			add(fs, (struct fact){item ? F_ITEM : F_DONE, id, date, 0, 0});
	}
}

/* The facts about the wage period, valid or not for the latest case (checked when computing). */
static void random_decisions(struct facts *fs, int32_t start, int32_t latest)
{
	if (rnd(4) == 0)
		add(fs, (struct fact){F_DEPARTURE, rnd(2) ? "PROBLEEMANALYSE" : "PLAN_VAN_AANPAK",
				      (rnd(3) ? latest : start) + 30 + (int32_t)rnd(40), 0, 0});
	if (rnd(5) == 0)
		add(fs, (struct fact){F_EXTENSION, NULL, (rnd(4) ? latest : start) + 700 + (int32_t)rnd(200), 0, 0});
	if (rnd(5) == 0) {
		int32_t decision = (rnd(4) ? latest : start) + 600 + (int32_t)rnd(150);
		int32_t bekorting = rnd(2) ? decision + (int32_t)rnd(300) : POORT_DATE_NONE;
		add(fs, (struct fact){F_LOONSANCTIE, NULL, decision, 1 + (int32_t)rnd(52), bekorting});
	}
	if (rnd(5) == 0)
		add(fs, (struct fact){F_EMPLOYMENT, NULL, latest + (int32_t)rnd(400) - 30, 0, 0});
	if (rnd(2) == 0) {
		add(fs, (struct fact){F_WAGE, NULL, 150000 + (int32_t)rnd(600000), 1600 + (int32_t)rnd(2400), 0});
		add(fs, (struct fact){F_AGE, NULL, 18 + (int32_t)rnd(50), 0, 0});
	}
}

static void random_case(struct facts *fs)
{
	fs->n = 0;
	int32_t start = D("2024-01-01") + (int32_t)rnd(700);
	int32_t latest = random_periods(fs, start);
	random_records(fs, start, latest);
	random_decisions(fs, start, latest);
	fs->today = latest + (int32_t)rnd(900) - 30;
}

static int32_t apply(poort_case *c, const struct fact *f)
{
	switch (f->kind) {
	case F_PERIOD: return poort_case_add_period(c, f->a, f->b);
	case F_LEAVE: return poort_case_add_leave(c, f->a, f->b, f->c);
	case F_DONE: return poort_case_record_done(c, f->id, f->a);
	case F_ITEM: return poort_case_record_item(c, f->id, f->a);
	case F_DEPARTURE: return poort_case_set_departure(c, f->id, f->a);
	case F_EXTENSION: return poort_case_set_extension(c, f->a);
	case F_LOONSANCTIE: return poort_case_set_loonsanctie(c, f->a, f->b, f->c);
	case F_EMPLOYMENT: return poort_case_set_employment_end(c, f->a);
	case F_WAGE: return poort_case_set_wage(c, f->a, f->b);
	case F_AGE: return poort_case_set_age(c, f->a);
	}
	return POORT_ERR_ARGUMENT;
}

/* Append a result to *all: its JSON (freed here), or its status and message when it could
 * not be computed. */
static void append(char **all, size_t *len, int32_t st, poort_case *c, char *json)
{
	const char *part = st == POORT_OK ? json : poort_case_errmsg(c);
	size_t n = strlen(part);
	*all = realloc(*all, *len + n + 16);
	assert_non_null(*all);
	*len += (size_t)sprintf(*all + *len, "%d %s|", (int)st, part);
	poort_free(json);
}

/* The results of case c on today: timeline, dossier and wage. */
static char *results(poort_case *c, int32_t today)
{
	char *all = NULL, *json = NULL;
	size_t len = 0;
	poort_timeline *t = NULL;
	int32_t st = poort_timeline_compute(c, today, 14, &t);
	if (st == POORT_OK)
		assert_int_equal(poort_timeline_json(t, POORT_LANG_EN, &json, NULL), POORT_OK);
	append(&all, &len, st, c, json);
	json = NULL;
	poort_timeline_free(t);
	poort_dossier *d = NULL;
	st = poort_dossier_compute(c, today, &d);
	if (st == POORT_OK)
		assert_int_equal(poort_dossier_json(d, POORT_LANG_EN, &json, NULL), POORT_OK);
	append(&all, &len, st, c, json);
	json = NULL;
	poort_dossier_free(d);
	poort_wage *w = NULL;
	st = poort_wage_compute(c, NULL, D("2024-01-01"), D("2028-12-31"), &w);
	if (st == POORT_OK)
		assert_int_equal(poort_wage_json(w, POORT_LANG_EN, &json, NULL), POORT_OK);
	append(&all, &len, st, c, json);
	json = NULL;
	poort_wage_free(w);
	return all;
}

/* Build the case in the order given by perm; the statuses of the calls go to st. */
static char *build(const struct facts *fs, const size_t *perm, int32_t *st)
{
	poort_case *c = poort_case_new();
	assert_non_null(c);
	for (size_t i = 0; i < fs->n; i++)
		st[perm[i]] = apply(c, &fs->f[perm[i]]);
	char *all = results(c, fs->today);
	poort_case_free(c);
	return all;
}

static void shuffle(size_t *perm, size_t n)
{
	for (size_t i = n; i > 1; i--) {
		size_t j = rnd((uint32_t)i), t = perm[i - 1];
		perm[i - 1] = perm[j];
		perm[j] = t;
	}
}

static void any_order_same_result(void **state)
{
	(void)state;
	rng_state = 0x9E3779B97F4A7C15ULL;
	int with_history = 0, with_errors = 0;
	for (int k = 0; k < CASES; k++) {
		struct facts fs;
		random_case(&fs);
		size_t perm[MAX_FACTS];
		int32_t st0[MAX_FACTS], st[MAX_FACTS];
		for (size_t i = 0; i < fs.n; i++)
			perm[i] = i;
		char *first = build(&fs, perm, st0);
		with_history += strstr(first, "\"case_count\": 1,") == NULL;
		with_errors += strstr(first, "0 {") != first;
		for (int o = 1; o < ORDERS; o++) {
			shuffle(perm, fs.n);
			char *other = build(&fs, perm, st);
			for (size_t i = 0; i < fs.n; i++)
				if (st[i] != st0[i])
					fail_msg("case %d: fact %zu gives %d in one order, %d in another", k, i,
						 (int)st0[i], (int)st[i]);
			if (strcmp(first, other) != 0)
				fail_msg("case %d: the results depend on the order of the facts", k);
			free(other);
		}
		free(first);
	}
	/* the generator must reach what it is for */
	assert_true(with_history > CASES / 4);
	assert_true(with_errors > 0);
}

/* Spec 6: a record after the reference date is planned in the timeline as in the dossier;
 * from its own date on it is done and present. */
static void planned_agrees(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_record_done(c, "PROBLEEMANALYSE", D("2026-02-10")), POORT_OK);
	assert_int_equal(poort_case_record_item(c, "PROBLEEMANALYSE", D("2026-02-10")), POORT_OK);
	/* sick day 42 is 2026-02-11 */
	poort_timeline *t = compute(c, "2026-02-09");
	size_t i = find(t, "PROBLEEMANALYSE", 0);
	assert_int_equal(poort_milestone_done(t, i), POORT_DATE_NONE);
	assert_date(poort_milestone_planned(t, i), "2026-02-10");
	assert_int_equal(poort_milestone_status(t, i), POORT_STATUS_DUE_SOON);
	char *json = NULL;
	assert_int_equal(poort_timeline_json(t, POORT_LANG_EN, &json, NULL), POORT_OK);
	assert_non_null(strstr(json, "\"id\": \"PROBLEEMANALYSE\", \"occurrence\": 0, \"due\": \"2026-02-11\", "
				     "\"window_start\": null, \"done\": null, \"planned\": \"2026-02-10\", "
				     "\"status\": \"due_soon\""));
	poort_free(json);
	poort_timeline_free(t);
	poort_dossier *d = NULL;
	assert_int_equal(poort_dossier_compute(c, D("2026-02-09"), &d), POORT_OK);
	size_t pa = 5; /* PROBLEEMANALYSE, item f */
	assert_string_equal(poort_dossier_item_id(d, pa), "PROBLEEMANALYSE");
	assert_int_equal(poort_dossier_item_first(d, pa), POORT_DATE_NONE);
	assert_date(poort_dossier_item_planned(d, pa), "2026-02-10");
	assert_int_equal(poort_dossier_item_state(d, pa), POORT_ITEM_NOT_YET_REQUIRED);
	poort_dossier_free(d);
	/* on the day itself: done in time and present */
	t = compute(c, "2026-02-10");
	i = find(t, "PROBLEEMANALYSE", 0);
	assert_date(poort_milestone_done(t, i), "2026-02-10");
	assert_int_equal(poort_milestone_planned(t, i), POORT_DATE_NONE);
	assert_int_equal(poort_milestone_status(t, i), POORT_STATUS_DONE);
	poort_timeline_free(t);
	assert_int_equal(poort_dossier_compute(c, D("2026-02-10"), &d), POORT_OK);
	assert_int_equal(poort_dossier_item_state(d, pa), POORT_ITEM_PRESENT);
	poort_dossier_free(d);
	poort_case_free(c);
}

/* Spec 6: within the latest case the earliest record of a one-off step counts; records of
 * an earlier case do not; planned evaluations fill the occurrences due after the last held. */
static void earliest_record_counts(void **state)
{
	(void)state;
	/* an earlier case in 2025, then a new case from 2026-01-01 (gap of 200 days) */
	poort_case *c = case_of((const char *[]){"2025-03-01:2025-06-14", "2026-01-01", NULL});
	assert_int_equal(poort_case_record_done(c, "PROBLEEMANALYSE", D("2026-02-20")), POORT_OK);
	assert_int_equal(poort_case_record_done(c, "PROBLEEMANALYSE", D("2025-04-01")), POORT_OK);
	assert_int_equal(poort_case_record_done(c, "PROBLEEMANALYSE", D("2026-02-05")), POORT_OK);
	assert_int_equal(poort_case_record_done(c, "PLAN_VAN_AANPAK", D("2026-02-15")), POORT_OK);
	assert_int_equal(poort_case_record_done(c, "EVALUATIE", D("2025-05-01")), POORT_OK);
	assert_int_equal(poort_case_record_done(c, "EVALUATIE", D("2026-03-20")), POORT_OK);
	assert_int_equal(poort_case_record_done(c, "EVALUATIE", D("2026-06-01")), POORT_OK);
	poort_timeline *t = compute(c, "2026-04-01");
	assert_int_equal(poort_timeline_case_count(t), 2);
	assert_date(poort_milestone_done(t, find(t, "PROBLEEMANALYSE", 0)), "2026-02-05");
	/* the plan is due 14 days after the probleemanalyse that counts (2026-02-05) */
	assert_date(poort_milestone_due(t, find(t, "PLAN_VAN_AANPAK", 0)), "2026-02-19");
	/* evaluation 1 held 2026-03-20 (the 2025 one belongs to the earlier case); evaluation
	 * 2 due 42 days later, 2026-05-01, planned on 2026-06-01 */
	size_t e1 = find(t, "EVALUATIE", 1), e2 = find(t, "EVALUATIE", 2);
	assert_date(poort_milestone_done(t, e1), "2026-03-20");
	assert_date(poort_milestone_due(t, e2), "2026-05-01");
	assert_int_equal(poort_milestone_done(t, e2), POORT_DATE_NONE);
	assert_date(poort_milestone_planned(t, e2), "2026-06-01");
	assert_int_equal(poort_milestone_status(t, e2), POORT_STATUS_UPCOMING);
	poort_timeline_free(t);
	/* removing the record that counts lets the next one count */
	assert_int_equal(poort_case_remove_done(c, "PROBLEEMANALYSE", D("2026-02-05")), POORT_OK);
	t = compute(c, "2026-04-01");
	assert_date(poort_milestone_done(t, find(t, "PROBLEEMANALYSE", 0)), "2026-02-20");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* JSON writes a date wherever the text shows one: a loonsanctie pushing the wage end past
 * 2199-12-31 (issue: it was null). */
static void dates_past_2199_in_json(void **state)
{
	(void)state;
	/* sick day 728 from 2197-12-01 is 2199-11-28; E = 2199-11-29; 52 weeks from E end on
	 * 2200-11-27 */
	poort_case *c = case_of((const char *[]){"2197-12-01", NULL});
	assert_int_equal(poort_case_set_loonsanctie(c, D("2199-10-01"), 52, POORT_DATE_NONE), POORT_OK);
	poort_timeline *t = compute(c, "2199-10-02");
	assert_int_equal(poort_timeline_wage_end(t), D("2199-11-29") + 52 * 7 - 1);
	char *json = NULL;
	assert_int_equal(poort_timeline_json(t, POORT_LANG_EN, &json, NULL), POORT_OK);
	assert_non_null(strstr(json, "\"wage_end\": \"2200-11-27\""));
	assert_non_null(strstr(json, "\"id\": \"EINDE_LOONSANCTIE\", \"occurrence\": 0, \"due\": \"2200-11-27\""));
	poort_free(json);
	poort_timeline_free(t);
	poort_case_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(any_order_same_result),
		cmocka_unit_test(planned_agrees),
		cmocka_unit_test(earliest_record_counts),
		cmocka_unit_test(dates_past_2199_in_json),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
