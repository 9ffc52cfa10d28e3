/* Small helpers shared by the cmocka suites. */
#ifndef TEST_HELPERS_H
#define TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "poortwachter.h"

static inline int32_t D(const char *s)
{
	int32_t v = POORT_DATE_NONE;
	assert_int_equal(poort_date_parse(s, &v), POORT_OK);
	return v;
}

/* A case with one period per "FIRST:LAST" or "FIRST" string, NULL-terminated. */
static inline poort_case *case_of(const char *const *periods)
{
	poort_case *c = poort_case_new();
	assert_non_null(c);
	for (; *periods; periods++) {
		char first[11] = {0};
		memcpy(first, *periods, 10);
		int32_t last = (*periods)[10] == ':' ? D(*periods + 11) : POORT_DATE_NONE;
		assert_int_equal(poort_case_add_period(c, D(first), last), POORT_OK);
	}
	return c;
}

static inline poort_timeline *compute(poort_case *c, const char *today)
{
	poort_timeline *t = NULL;
	int32_t st = poort_timeline_compute(c, D(today), 14, &t);
	if (st != POORT_OK)
		fail_msg("compute: %s: %s", poort_status_str(st), poort_case_errmsg(c));
	return t;
}

/* Index of milestone id (occurrence for EVALUATIE), or fail. */
static inline size_t find(const poort_timeline *t, const char *id, int32_t occurrence)
{
	for (size_t i = 0; i < poort_timeline_count(t); i++)
		if (strcmp(poort_milestone_id(t, i), id) == 0 &&
		    poort_milestone_occurrence(t, i) == occurrence)
			return i;
	fail_msg("milestone %s #%d not in the timeline", id, occurrence);
	return 0;
}

static inline int has(const poort_timeline *t, const char *id)
{
	for (size_t i = 0; i < poort_timeline_count(t); i++)
		if (strcmp(poort_milestone_id(t, i), id) == 0)
			return 1;
	return 0;
}

static inline void assert_due(const poort_timeline *t, const char *id, const char *date)
{
	char buf[POORT_DATE_BUFSIZE];
	assert_int_equal(poort_date_format(poort_milestone_due(t, find(t, id, 0)), buf, sizeof buf),
			 POORT_OK);
	if (strcmp(buf, date) != 0)
		fail_msg("%s due %s, expected %s", id, buf, date);
}

static inline void assert_date(int32_t got, const char *expected)
{
	char buf[POORT_DATE_BUFSIZE] = "none";
	if (got != POORT_DATE_NONE)
		poort_date_format(got, buf, sizeof buf);
	if (strcmp(buf, expected) != 0)
		fail_msg("got %s, expected %s", buf, expected);
}

static inline char *explain(const poort_timeline *t, size_t i, int32_t lang)
{
	static char buf[512];
	assert_true(poort_milestone_explain(t, i, lang, buf, sizeof buf) > 0);
	return buf;
}

/* The case's full observable state: its timeline as JSON on a fixed day, plus its id. */
static inline char *snapshot(poort_case *c)
{
	poort_timeline *t = NULL;
	char *json = NULL;
	int32_t st = poort_timeline_compute(c, D("2026-06-01"), 14, &t);
	if (st != POORT_OK) {
		size_t n = strlen(poort_status_str(st)) + strlen(poort_case_id(c)) + 16;
		json = malloc(n);
		snprintf(json, n, "%s|%s", poort_status_str(st), poort_case_id(c));
		return json;
	}
	assert_int_equal(poort_timeline_json(t, POORT_LANG_EN, &json, NULL), POORT_OK);
	poort_timeline_free(t);
	poort_dossier *d = NULL;
	char *djson = NULL;
	assert_int_equal(poort_dossier_compute(c, D("2028-06-01"), &d), POORT_OK);
	assert_int_equal(poort_dossier_json(d, POORT_LANG_EN, &djson, NULL), POORT_OK);
	poort_dossier_free(d);
	poort_wage *w = NULL;
	char *wjson = NULL;
	int32_t wst = poort_wage_compute(c, NULL, D("2025-01-01"), D("2026-12-31"), &w);
	if (wst == POORT_OK) {
		assert_int_equal(poort_wage_json(w, POORT_LANG_EN, &wjson, NULL), POORT_OK);
		poort_wage_free(w);
	}
	const char *wtext = wjson ? wjson : poort_status_str(wst);
	size_t n = strlen(json) + strlen(djson) + strlen(wtext) + strlen(poort_case_id(c)) + 4;
	char *all = malloc(n);
	snprintf(all, n, "%s|%s|%s|%s", json, djson, wtext, poort_case_id(c));
	poort_free(json);
	poort_free(djson);
	poort_free(wjson);
	return all;
}

/* Run a call that must be rejected: check its status, that the case's message contains
 * message_part, and that the case's whole observable state is unchanged. */
#define REJECTS(c, expected_status, call, message_part)                                  \
	do {                                                                             \
		char *before_ = snapshot(c);                                             \
		int32_t st_ = (call);                                                    \
		if (st_ != (expected_status))                                            \
			fail_msg("%s: got %s, expected %s", #call, poort_status_str(st_), \
				 poort_status_str(expected_status));                     \
		const char *msg_ = poort_case_errmsg(c);                                 \
		if (!strstr(msg_, (message_part)))                                       \
			fail_msg("%s: message \"%s\" lacks \"%s\"", #call, msg_,          \
				 (message_part));                                         \
		char *after_ = snapshot(c);                                              \
		assert_string_equal(before_, after_);                                    \
		free(before_);                                                           \
		free(after_);                                                            \
	} while (0)

static inline int32_t poort_days_from_ymd_for_test(int y, int m, int d)
{
	int32_t v = POORT_DATE_NONE;
	assert_int_equal(poort_date_from_ymd(y, m, d, &v), POORT_OK);
	return v;
}

static inline char *strndup_for_test(const char *s, size_t n)
{
	char *copy = malloc(n + 1);
	memcpy(copy, s, n);
	copy[n] = '\0';
	return copy;
}

/* The wage continuation of c from first to last (YYYY-MM-DD) with the tables of p; fails the
 * test with the case's message when it cannot be computed. */
static inline poort_wage *wage_between(poort_case *c, const poort_params *p, const char *first, const char *last)
{
	poort_wage *w = NULL;
	int32_t st = poort_wage_compute(c, p, D(first), D(last), &w);
	if (st != POORT_OK)
		fail_msg("wage: %s: %s", poort_status_str(st), poort_case_errmsg(c));
	return w;
}

#endif
