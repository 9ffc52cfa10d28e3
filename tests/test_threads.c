/*
 * Threads: 8 threads compute timelines, dossiers, wages and calendar feeds for their own cases
 * at once, with one shared parameter set, and all read one shared timeline. Every result
 * must equal, byte for byte, the one computed on the main thread beforehand. Run under
 * ThreadSanitizer in CI (tests/run.sh).
 */
#define _POSIX_C_SOURCE 200809L
#include "helpers.h"

#include <libical/ical.h>
#include <pthread.h>

#define THREADS 8
#define ROUNDS 40

struct expected {
	char *timeline, *dossier, *wage, *feed;
};

static const poort_timeline *shared;
static char *shared_json;
static const poort_params *params;
static struct expected expected[THREADS];

/* Case k: different first days, a relapse, recorded steps and wage data. */
static poort_case *make_case(int k)
{
	poort_case *c = poort_case_new();
	int32_t d;
	char id[16];
	poort_date_parse("2025-09-01", &d);
	d += 17 * k;
	snprintf(id, sizeof id, "t%d", k);
	poort_case_set_id(c, id);
	poort_case_add_period(c, d, d + 40 + k);
	poort_case_add_period(c, d + 50 + k, POORT_DATE_NONE);
	poort_case_record_done(c, "PROBLEEMANALYSE", d + 30);
	poort_case_record_item(c, "PLAN_VAN_AANPAK", d + 44);
	poort_case_set_wage(c, 250000 + 10000 * k, 3200 + 100 * k);
	poort_case_add_cao(c, 1, 26, 10000, 0);
	return c;
}

static int32_t append(void *ctx, const char *data, size_t len)
{
	struct poort_buf_lite {
		char *data;
		size_t len, cap;
	} *b = ctx;
	if (b->len + len + 1 > b->cap) {
		size_t cap = (b->len + len + 1) * 2;
		char *grown = realloc(b->data, cap);
		if (!grown)
			return 1;
		b->data = grown;
		b->cap = cap;
	}
	memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

static void compute_all(poort_case *c, struct expected *out)
{
	int32_t today;
	poort_date_parse("2026-11-23", &today);
	poort_timeline *t = NULL;
	poort_dossier *d = NULL;
	poort_wage *w = NULL;
	memset(out, 0, sizeof *out);
	if (poort_timeline_compute(c, today, 14, &t) == POORT_OK)
		poort_timeline_json(t, POORT_LANG_EN, &out->timeline, NULL);
	if (poort_dossier_compute(c, today, &d) == POORT_OK)
		poort_dossier_json(d, POORT_LANG_NL, &out->dossier, NULL);
	if (poort_wage_compute(c, params, POORT_DATE_NONE, POORT_DATE_NONE, &w) == POORT_OK)
		poort_wage_json(w, POORT_LANG_EN, &out->wage, NULL);
	poort_timeline_free(t);
	poort_dossier_free(d);
	poort_wage_free(w);
	/* the feed through the streaming callback */
	struct {
		char *data;
		size_t len, cap;
	} buf = {0};
	poort_feed *f = poort_feed_new();
	poort_feed_set_dtstamp(f, 1795420800LL);
	poort_feed_set_alarm_days(f, 3);
	if (poort_feed_begin(f, append, &buf) == POORT_OK && poort_feed_add_case(f, c) == POORT_OK &&
	    poort_feed_end(f) == POORT_OK)
		out->feed = buf.data;
	else
		free(buf.data);
	poort_feed_free(f);
}

static void release(struct expected *e)
{
	poort_free(e->timeline);
	poort_free(e->dossier);
	poort_free(e->wage);
	free(e->feed);
}

static int same(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

static void *worker(void *arg)
{
	int k = (int)(intptr_t)arg;
	intptr_t failures = 0;
	char line[512];
	for (int r = 0; r < ROUNDS; r++) {
		poort_case *c = make_case(k);
		struct expected got;
		compute_all(c, &got);
		failures += !same(got.timeline, expected[k].timeline) + !same(got.dossier, expected[k].dossier) +
			    !same(got.wage, expected[k].wage) + !same(got.feed, expected[k].feed);
		release(&got);
		poort_case_free(c);
		/* the shared timeline, read-only from every thread */
		char *json = NULL;
		poort_timeline_json(shared, POORT_LANG_NL, &json, NULL);
		failures += !same(json, shared_json);
		poort_free(json);
		for (size_t i = 0; i < poort_timeline_count(shared); i++)
			failures += poort_milestone_explain(shared, i, r % 2, line, sizeof line) <= 0;
	}
	icalmemory_free_ring(); /* libical's ring buffer of this thread */
	return (void *)failures;
}

static void eight_threads_agree(void **state)
{
	(void)state;
	poort_params *p = poort_params_new();
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2027-01-01"), 1530), POORT_OK);
	params = p;
	poort_case *base = make_case(0);
	poort_timeline *t = compute(base, "2026-11-23");
	shared = t;
	assert_int_equal(poort_timeline_json(t, POORT_LANG_NL, &shared_json, NULL), POORT_OK);
	for (int k = 0; k < THREADS; k++) {
		poort_case *c = make_case(k);
		compute_all(c, &expected[k]); /* on this thread, before any other starts */
		assert_non_null(expected[k].timeline);
		assert_non_null(expected[k].dossier);
		assert_non_null(expected[k].wage);
		assert_non_null(expected[k].feed);
		poort_case_free(c);
	}
	assert_string_not_equal(expected[0].wage, expected[1].wage);
	pthread_t tid[THREADS];
	for (int k = 0; k < THREADS; k++)
		assert_int_equal(pthread_create(&tid[k], NULL, worker, (void *)(intptr_t)k), 0);
	intptr_t failures = 0;
	for (int k = 0; k < THREADS; k++) {
		void *result;
		assert_int_equal(pthread_join(tid[k], &result), 0);
		failures += (intptr_t)result;
	}
	assert_int_equal(failures, 0);
	for (int k = 0; k < THREADS; k++)
		release(&expected[k]);
	poort_free(shared_json);
	poort_timeline_free(t);
	poort_case_free(base);
	poort_params_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {cmocka_unit_test(eight_threads_agree)};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	icalmemory_free_ring();
	return rc;
}
