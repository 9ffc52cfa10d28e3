/*
 * Writes the timeline drawings the render test looks at, through the public API only:
 *   svg_cases DIR    writes DIR/NAME-nl.svg and DIR/NAME-en.svg for each case below.
 * "example" is the command-line tool's built-in example case (a sickness from 2026-01-01
 * with a 21-day relapse, the first steps recorded, on 2026-11-23).
 */
#include "poortwachter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int32_t day(const char *text)
{
	int32_t d = POORT_DATE_NONE;
	if (text && poort_date_parse(text, &d) != POORT_OK) {
		fprintf(stderr, "svg_cases: bad date %s\n", text);
		exit(1);
	}
	return d;
}

static void check(poort_case *c, int32_t status, const char *what)
{
	if (status != POORT_OK) {
		fprintf(stderr, "svg_cases: %s: %s: %s\n", what, poort_status_str(status),
			poort_case_errmsg(c));
		exit(1);
	}
}

/* The built-in example of the command-line tool. */
static poort_case *example(void)
{
	poort_case *c = poort_case_new();
	check(c, poort_case_add_period(c, day("2026-01-01"), day("2026-03-15")), "period");
	check(c, poort_case_add_period(c, day("2026-04-06"), POORT_DATE_NONE), "period");
	check(c, poort_case_record_done(c, "ZIEKMELDING_ARBODIENST", day("2026-01-05")), "done");
	check(c, poort_case_record_done(c, "PROBLEEMANALYSE", day("2026-02-05")), "done");
	check(c, poort_case_record_done(c, "PLAN_VAN_AANPAK", day("2026-02-18")), "done");
	check(c, poort_case_record_done(c, "EVALUATIE", day("2026-04-01")), "done");
	check(c, poort_case_set_id(c, "example-0001"), "id");
	return c;
}

/* Everything at once: WAZO leave between two periods, a late step, a voluntary extension
 * and a loonsanctie, so every band and most statuses appear. */
static poort_case *busy(void)
{
	poort_case *c = poort_case_new();
	check(c, poort_case_add_period(c, day("2024-03-04"), day("2024-05-31")), "period");
	check(c, poort_case_add_leave(c, day("2024-06-01"), day("2024-09-20"), 0), "leave");
	check(c, poort_case_add_period(c, day("2024-09-21"), day("2024-10-31")), "period");
	check(c, poort_case_add_period(c, day("2024-11-15"), POORT_DATE_NONE), "period");
	check(c, poort_case_record_done(c, "ZIEKMELDING_ARBODIENST", day("2024-03-20")), "done");
	check(c, poort_case_record_done(c, "PROBLEEMANALYSE", day("2024-04-10")), "done");
	check(c, poort_case_set_extension(c, day("2026-12-31")), "extension");
	check(c, poort_case_set_loonsanctie(c, day("2026-03-02"), 26, POORT_DATE_NONE), "loonsanctie");
	check(c, poort_case_set_id(c, "case-busy.2"), "id");
	return c;
}

static void write_case(const char *dir, const char *name, poort_case *c, const char *today)
{
	poort_timeline *t = NULL;
	check(c, poort_timeline_compute(c, day(today), 14, &t), "compute");
	static const char *const langs[] = {"nl", "en"};
	for (int32_t lang = 0; lang < 2; lang++) {
		char *svg = NULL, path[4096];
		size_t len = 0;
		check(c, poort_timeline_svg(t, lang, &svg, &len), "svg");
		snprintf(path, sizeof path, "%s/%s-%s.svg", dir, name, langs[lang]);
		FILE *f = fopen(path, "wb");
		if (!f || fwrite(svg, 1, len, f) != len || fclose(f) != 0) {
			fprintf(stderr, "svg_cases: cannot write %s\n", path);
			exit(1);
		}
		poort_free(svg);
	}
	poort_timeline_free(t);
	poort_case_free(c);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fputs("usage: svg_cases DIR\n", stderr);
		return 2;
	}
	write_case(argv[1], "example", example(), "2026-11-23");
	write_case(argv[1], "busy", busy(), "2026-05-01");
	return 0;
}
