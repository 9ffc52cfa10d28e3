/* Shared parts of the command-line tool: options of a case and their application. */
#ifndef CLI_H
#define CLI_H

#include "poortwachter.h"

#include <getopt.h>
#include <stdio.h>

#define EXIT_USAGE 2

struct options {
	poort_case *c;
	int64_t wage_cents;
	int32_t hours, from, to, cao_capped;
	int32_t today;
	int32_t due_soon;
	int32_t lang;
	int json;
	int reminders;
	int32_t alarm_days, include;
	const char *output, *previous, *cases, *uid_domain, *name, *dtstamp;
};

enum {
	OPT_PERIOD = 256, OPT_LEAVE, OPT_DONE, OPT_DEPARTURE, OPT_EXTENSION, OPT_LOONSANCTIE,
	OPT_EMPLOYMENT_END, OPT_CASE_ID, OPT_TODAY, OPT_DUE_SOON, OPT_LANG, OPT_FORMAT, OPT_HELP,
	OPT_PRESENT, OPT_MONTHLY_WAGE, OPT_HOURS, OPT_BIRTH_DATE, OPT_AGE, OPT_AOW_DATE,
	OPT_WAITING_DAYS, OPT_CAO, OPT_PARTIAL, OPT_PARTIAL_PAY, OPT_FULLTIME_HOURS,
	OPT_EXTENSION_PERCENT, OPT_FROM, OPT_TO, OPT_DTSTAMP, OPT_PREVIOUS, OPT_ALARM_DAYS,
	OPT_REMINDER_EVENTS, OPT_UID_DOMAIN, OPT_NAME, OPT_INCLUDE, OPT_CASES, OPT_OUTPUT = 'o'
};

extern const struct option long_options[];

/* Apply one option to o; returns 0, or an exit code after printing why. */
int apply_option(struct options *o, int opt, const char *arg);
/* The long name of an option value, e.g. "period". */
const char *option_name(int opt);

/* Messages start with this prefix: "poortwachter" on the command line, "FILE:LINE" for a
 * row of a cases file. With a row prefix the "(see --help)" hint is left out. */
void set_error_prefix(const char *prefix, int row);
/* Where messages go (standard error by default; NULL: nowhere, for the fuzz targets). */
void set_error_stream(FILE *stream);
int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Read a cases file (see README) and call row(ctx, line, o) for each case row with a fresh
 * case in o->c built from the row's columns; a bad row is reported as FILE:LINE and
 * counted. Returns the number of rejected rows, or -1 when the file itself is unusable. */
int read_cases_csv(const char *path, const char *text, size_t len, struct options *defaults,
		   int (*row)(void *ctx, struct options *o), void *ctx);

#endif
