/*
 * Fuzz target: the command-line tool's option values. Each input line "K value" applies the
 * K-th value-taking option (modulo their number) to one case; then the case goes through the
 * timeline, the dossier and the wage continuation, so that whatever the parsers let through
 * reaches the library. (The calendar has its own target, fuzz_feed.)
 */
#define _POSIX_C_SOURCE 200809L /* strtok_r */
#include "../../examples/cli.h"
#include "../../examples/cli_parse.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const int value_options[] = {
	OPT_PERIOD, OPT_LEAVE, OPT_DONE, OPT_DEPARTURE, OPT_EXTENSION, OPT_LOONSANCTIE,
	OPT_EMPLOYMENT_END, OPT_CASE_ID, OPT_TODAY, OPT_DUE_SOON, OPT_PRESENT, OPT_MONTHLY_WAGE,
	OPT_HOURS, OPT_BIRTH_DATE, OPT_AGE, OPT_AOW_DATE, OPT_WAITING_DAYS, OPT_CAO, OPT_PARTIAL,
	OPT_PARTIAL_PAY, OPT_FULLTIME_HOURS, OPT_EXTENSION_PERCENT, OPT_FROM, OPT_TO, OPT_ALARM_DAYS,
	OPT_INCLUDE, OPT_LANG, OPT_FORMAT,
};
#define N_OPTIONS (sizeof value_options / sizeof *value_options)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	set_error_stream(NULL);
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	struct options o = {.today = POORT_DATE_NONE, .due_soon = 14, .wage_cents = -1, .hours = -1,
			    .from = POORT_DATE_NONE, .to = POORT_DATE_NONE};
	o.c = poort_case_new();
	int lines = 0;
	for (char *save = NULL, *line = strtok_r(text, "\n", &save); line && lines < 64;
	     line = strtok_r(NULL, "\n", &save), lines++) {
		char *space = strchr(line, ' ');
		if (!space)
			continue;
		*space = '\0';
		int32_t k;
		if (cli_parse_int(line, 0, 1000, &k, NULL) != POORT_OK)
			continue;
		apply_option(&o, value_options[(size_t)k % N_OPTIONS], space + 1);
		int64_t stamp;
		cli_parse_dtstamp(space + 1, &stamp, NULL);
	}
	int32_t today = o.today != POORT_DATE_NONE ? o.today : 20780; /* 2026-11-23 */
	poort_timeline *t = NULL;
	if (poort_timeline_compute(o.c, today, o.due_soon, &t) == POORT_OK) {
		char buf[512], *json = NULL;
		for (size_t i = 0; i < poort_timeline_count(t); i++)
			poort_milestone_explain(t, i, o.lang, buf, sizeof buf);
		if (poort_timeline_json(t, o.lang, &json, NULL) != POORT_OK)
			abort();
		poort_free(json);
		poort_timeline_free(t);
		poort_dossier *d = NULL;
		if (poort_dossier_compute(o.c, today, &d) != POORT_OK)
			abort(); /* what the timeline accepts, the dossier accepts */
		poort_dossier_free(d);
		if (o.wage_cents >= 0 && o.hours >= 0 && poort_case_set_wage(o.c, o.wage_cents, o.hours) == POORT_OK) {
			poort_wage *w = NULL;
			/* the parsers, not long ranges, are the point here: at most about a year */
			int32_t to = o.to != POORT_DATE_NONE && o.from != POORT_DATE_NONE && o.to - o.from > 400
					     ? o.from + 400 : o.to;
			if (poort_wage_compute(o.c, NULL, o.from, to, &w) == POORT_OK) {
				if (poort_wage_json(w, o.lang, &json, NULL) != POORT_OK)
					abort();
				poort_free(json);
			}
			poort_wage_free(w);
		}
	}
	poort_case_free(o.c);
	free(text);
	return 0;
}
