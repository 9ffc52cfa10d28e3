/*
 * The example of examples/csharp, examples/java and examples/go, written in C: one fixed case,
 * its timeline, timeline JSON, dossier, wage continuation and calendar feed (written through
 * the callback), printed in one plain format. compare.sh runs this program and an example in
 * another language and fails unless both print the same bytes, so every value a binding
 * marshals (dates, size_t counts, static and owned strings, buffers, the callback, UTF-8 both
 * ways) is checked against the library called from C.
 *
 * Output, line by line (dates YYYY-MM-DD, "-" for POORT_DATE_NONE):
 *   error STATUS STATUS_TEXT | CASE_MESSAGE
 *   timeline COUNT FIRST_SICK_DAY WACHTTIJD_END WAGE_END
 *   DUE ID OCCURRENCE STATUS_NAME KIND_NAME | DUTCH_TITLE | ENGLISH_EXPLANATION   (per milestone)
 *   json LENGTH, then the timeline JSON (English; it ends with a newline)
 *   dossier VARIANT COMPLETE_BP CAN_SUBMIT COUNT
 *   ID STATE_NAME DUE                                                               (per item)
 *   wage TOTAL_CENTS MONTHS
 *   MONTH_FIRST AMOUNT_CENTS REGIME_NAME | DUTCH_EXPLANATION                        (per month)
 *   feed EVENTS LENGTH, then the feed's bytes (CRLF line ends)
 */
#include <poortwachter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FEED_NAME "Verzuim \xe2\x80\x93 team Zuid" /* an en dash: UTF-8 going in */
#define FEED_DTSTAMP 1795420800                    /* 2026-11-23T08:00:00Z */

static int32_t date(const char *text)
{
	int32_t d = POORT_DATE_NONE;
	if (poort_date_parse(text, &d) != POORT_OK) {
		fprintf(stderr, "bad date %s\n", text);
		exit(1);
	}
	return d;
}

static const char *fmt(int32_t d, char buf[POORT_DATE_BUFSIZE])
{
	if (d == POORT_DATE_NONE || poort_date_format(d, buf, POORT_DATE_BUFSIZE) != POORT_OK)
		return "-";
	return buf;
}

/* An explanation that did not fit its buffer would be cut: a failure, not a shorter line. */
static void check_fits(int32_t n, size_t size)
{
	if (n < 0 || (size_t)n >= size) {
		fprintf(stderr, "explanation: status or length %d\n", n);
		exit(1);
	}
}

static void check(int32_t status, const char *what)
{
	if (status != POORT_OK) {
		fprintf(stderr, "%s: %s\n", what, poort_status_str(status));
		exit(1);
	}
}

/* The case every example builds: a relapse after 19 fit days (one case), the first steps
 * and two dossier items recorded, a wage; and one rejected call first. */
static poort_case *make_case(void)
{
	poort_case *c = poort_case_new();
	if (!c)
		exit(1);
	int32_t st = poort_case_add_period(c, date("2026-03-01"), date("2026-02-01"));
	printf("error %d %s | %s\n", st, poort_status_str(st), poort_case_errmsg(c));
	check(poort_case_set_id(c, "zaak-0042"), "id");
	check(poort_case_add_period(c, date("2026-01-05"), date("2026-01-20")), "period");
	check(poort_case_add_period(c, date("2026-02-09"), POORT_DATE_NONE), "period");
	check(poort_case_record_done(c, "PROBLEEMANALYSE", date("2026-02-13")), "done");
	check(poort_case_record_done(c, "PLAN_VAN_AANPAK", date("2026-03-02")), "done");
	check(poort_case_record_item(c, "PROBLEEMANALYSE", date("2026-02-13")), "item");
	check(poort_case_record_item(c, "FUNCTIE", date("2026-03-10")), "item");
	check(poort_case_set_wage(c, 230000, 3200), "wage");
	check(poort_case_set_age(c, 30), "age");
	return c;
}

static void print_timeline(poort_case *c, int32_t today)
{
	poort_timeline *t = NULL;
	char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE], d[POORT_DATE_BUFSIZE], why[512];
	check(poort_timeline_compute(c, today, 14, &t), "timeline");
	printf("timeline %zu %s %s %s\n", poort_timeline_count(t), fmt(poort_timeline_first_sick_day(t), a),
	       fmt(poort_timeline_wachttijd_end(t), b), fmt(poort_timeline_wage_end(t), d));
	for (size_t i = 0; i < poort_timeline_count(t); i++) {
		check_fits(poort_milestone_explain(t, i, POORT_LANG_EN, why, sizeof why), sizeof why);
		printf("%s %s %d %s %s | %s | %s\n", fmt(poort_milestone_due(t, i), a), poort_milestone_id(t, i),
		       poort_milestone_occurrence(t, i), poort_status_name(poort_milestone_status(t, i)),
		       poort_kind_name(poort_milestone_kind(t, i)),
		       poort_milestone_title(t, i, POORT_LANG_NL), why);
	}
	char *json = NULL;
	size_t len = 0;
	check(poort_timeline_json(t, POORT_LANG_EN, &json, &len), "json");
	printf("json %zu\n", len);
	fwrite(json, 1, len, stdout);
	poort_free(json);
	poort_timeline_free(t);
}

static void print_dossier(poort_case *c, int32_t today)
{
	poort_dossier *d = NULL;
	char a[POORT_DATE_BUFSIZE];
	check(poort_dossier_compute(c, today, &d), "dossier");
	printf("dossier %s %d %d %zu\n", poort_riv_variant_name(poort_dossier_variant(d)),
	       poort_dossier_complete_bp(d), poort_dossier_can_submit(d), poort_dossier_count(d));
	for (size_t i = 0; i < poort_dossier_count(d); i++)
		printf("%s %s %s\n", poort_dossier_item_id(d, i),
		       poort_item_state_name(poort_dossier_item_state(d, i)), fmt(poort_dossier_item_due(d, i), a));
	poort_dossier_free(d);
}

static void print_wage(poort_case *c)
{
	poort_wage *w = NULL;
	char a[POORT_DATE_BUFSIZE], why[1024];
	check(poort_wage_compute(c, NULL, POORT_DATE_NONE, POORT_DATE_NONE, &w), "wage");
	printf("wage %lld %zu\n", (long long)poort_wage_total(w), poort_wage_month_count(w));
	for (size_t i = 0; i < poort_wage_month_count(w); i++) {
		check_fits(poort_wage_month_explain(w, i, POORT_LANG_NL, why, sizeof why), sizeof why);
		printf("%s %lld %s | %s\n", fmt(poort_wage_month_first(w, i), a),
		       (long long)poort_wage_month_amount(w, i),
		       poort_regime_name(poort_wage_month_regime(w, i)), why);
	}
	poort_wage_free(w);
}

struct sink {
	char *data;
	size_t len;
};

static int32_t collect(void *ctx, const char *data, size_t len)
{
	struct sink *s = ctx;
	char *grown = realloc(s->data, s->len + len);
	if (!grown)
		return 1;
	memcpy(grown + s->len, data, len);
	s->data = grown;
	s->len += len;
	return 0;
}

static void print_feed(poort_case *c)
{
	struct sink s = {NULL, 0};
	poort_feed *f = poort_feed_new();
	if (!f)
		exit(1);
	check(poort_feed_set_dtstamp(f, FEED_DTSTAMP), "dtstamp");
	check(poort_feed_set_name(f, FEED_NAME), "name");
	check(poort_feed_set_alarm_days(f, 7), "alarm");
	check(poort_feed_set_include(f, POORT_FEED_DOSSIER | POORT_FEED_WAGE), "include");
	check(poort_feed_begin(f, collect, &s), "begin");
	check(poort_feed_add_case(f, c), "add case");
	check(poort_feed_end(f), "end");
	printf("feed %lld %zu\n", (long long)poort_feed_event_count(f), s.len);
	fwrite(s.data, 1, s.len, stdout);
	free(s.data);
	poort_feed_free(f);
}

int main(void)
{
	poort_case *c = make_case();
	int32_t today = date("2026-11-23");
	print_timeline(c, today);
	print_dossier(c, today);
	print_wage(c);
	print_feed(c);
	poort_case_free(c);
	return fflush(stdout) == 0 ? 0 : 1;
}
