/* The command-line tool's case options and how they are applied (shared by the commands
 * and by the rows of a cases file). */
#include "cli.h"
#include "cli_parse.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static char error_prefix[512] = "poortwachter";
static int error_in_row;
static FILE *error_stream; /* NULL until set: standard error */
static int errors_silenced;

void set_error_stream(FILE *stream)
{
	error_stream = stream;
	errors_silenced = stream == NULL;
}

void set_error_prefix(const char *prefix, int row)
{
	snprintf(error_prefix, sizeof error_prefix, "%s", prefix);
	error_in_row = row;
}

int usage_error(const char *fmt, ...)
{
	if (errors_silenced)
		return EXIT_USAGE;
	FILE *out = error_stream ? error_stream : stderr;
	va_list ap;
	fprintf(out, "%s: ", error_prefix);
	va_start(ap, fmt);
	vfprintf(out, fmt, ap);
	va_end(ap);
	fputs(error_in_row ? "\n" : "\n(see 'poortwachter --help')\n", out);
	return EXIT_USAGE;
}

/* Report a rejected value: the option, the text given and why. */
static int bad_value(const char *option, const char *value, const char *why)
{
	return usage_error("%s %s: %s", option, value, why);
}

static int rejected(const struct options *o, const char *option, const char *value)
{
	return usage_error("%s %s: %s", option, value, poort_case_errmsg(o->c));
}

const struct option long_options[] = {
	{"period", required_argument, NULL, OPT_PERIOD},
	{"leave", required_argument, NULL, OPT_LEAVE},
	{"done", required_argument, NULL, OPT_DONE},
	{"departure", required_argument, NULL, OPT_DEPARTURE},
	{"extension-until", required_argument, NULL, OPT_EXTENSION},
	{"loonsanctie", required_argument, NULL, OPT_LOONSANCTIE},
	{"employment-end", required_argument, NULL, OPT_EMPLOYMENT_END},
	{"case-id", required_argument, NULL, OPT_CASE_ID},
	{"today", required_argument, NULL, OPT_TODAY},
	{"due-soon", required_argument, NULL, OPT_DUE_SOON},
	{"lang", required_argument, NULL, OPT_LANG},
	{"format", required_argument, NULL, OPT_FORMAT},
	{"help", no_argument, NULL, OPT_HELP},
	{"present", required_argument, NULL, OPT_PRESENT},
	{"monthly-wage", required_argument, NULL, OPT_MONTHLY_WAGE},
	{"hours-per-week", required_argument, NULL, OPT_HOURS},
	{"birth-date", required_argument, NULL, OPT_BIRTH_DATE},
	{"age", required_argument, NULL, OPT_AGE},
	{"aow-date", required_argument, NULL, OPT_AOW_DATE},
	{"waiting-days", required_argument, NULL, OPT_WAITING_DAYS},
	{"cao", required_argument, NULL, OPT_CAO},
	{"partial", required_argument, NULL, OPT_PARTIAL},
	{"partial-pay", required_argument, NULL, OPT_PARTIAL_PAY},
	{"fulltime-hours", required_argument, NULL, OPT_FULLTIME_HOURS},
	{"extension-percent", required_argument, NULL, OPT_EXTENSION_PERCENT},
	{"from", required_argument, NULL, OPT_FROM},
	{"to", required_argument, NULL, OPT_TO},
	{"dtstamp", required_argument, NULL, OPT_DTSTAMP},
	{"previous", required_argument, NULL, OPT_PREVIOUS},
	{"alarm-days", required_argument, NULL, OPT_ALARM_DAYS},
	{"reminder-events", no_argument, NULL, OPT_REMINDER_EVENTS},
	{"uid-domain", required_argument, NULL, OPT_UID_DOMAIN},
	{"name", required_argument, NULL, OPT_NAME},
	{"include", required_argument, NULL, OPT_INCLUDE},
	{"cases", required_argument, NULL, OPT_CASES},
	{"output", required_argument, NULL, OPT_OUTPUT},
	{NULL, 0, NULL, 0},
};


const char *option_name(int opt)
{
	for (const struct option *lo = long_options; lo->name; lo++)
		if (lo->val == opt)
			return lo->name;
	return "?";
}

/* Apply one option to o; returns 0, or an exit code. */
int apply_option(struct options *o, int opt, const char *arg)
{
	char option[40];
	snprintf(option, sizeof option, "--%s", option_name(opt));
	const char *why = NULL;
	int32_t a, b, d;
	char id[64];
	switch (opt) {
	case OPT_PERIOD:
		if (cli_parse_period(arg, &a, &b, &why) != POORT_OK)
			return bad_value(option, arg, why);
		return poort_case_add_period(o->c, a, b) ? rejected(o, option, arg) : 0;
	case OPT_LEAVE:
		if (cli_parse_leave(arg, &a, &b, &d, &why) != POORT_OK)
			return bad_value(option, arg, why);
		return poort_case_add_leave(o->c, a, b, d) ? rejected(o, option, arg) : 0;
	case OPT_DONE:
	case OPT_DEPARTURE:
	case OPT_PRESENT:
		if (cli_parse_assignment(arg, id, sizeof id, &a, &why) != POORT_OK)
			return bad_value(option, arg, why);
		if (opt == OPT_DONE)
			return poort_case_record_done(o->c, id, a) ? rejected(o, option, arg) : 0;
		if (opt == OPT_PRESENT)
			return poort_case_record_item(o->c, id, a) ? rejected(o, option, arg) : 0;
		return poort_case_set_departure(o->c, id, a) ? rejected(o, option, arg) : 0;
	case OPT_EXTENSION:
	case OPT_EMPLOYMENT_END:
	case OPT_TODAY: {
		int32_t st = poort_date_parse(arg, &a);
		if (st != POORT_OK)
			return bad_value(option, arg, poort_status_str(st));
		if (opt == OPT_TODAY) {
			o->today = a;
			return 0;
		}
		if (opt == OPT_EXTENSION)
			return poort_case_set_extension(o->c, a) ? rejected(o, option, arg) : 0;
		return poort_case_set_employment_end(o->c, a) ? rejected(o, option, arg) : 0;
	}
	case OPT_LOONSANCTIE:
		if (cli_parse_loonsanctie(arg, &a, &b, &d, &why) != POORT_OK)
			return bad_value(option, arg, why);
		return poort_case_set_loonsanctie(o->c, a, b, d) ? rejected(o, option, arg) : 0;
	case OPT_CASE_ID:
		return poort_case_set_id(o->c, arg) ? rejected(o, option, arg) : 0;
	case OPT_DUE_SOON:
		if (cli_parse_int(arg, 0, 3650, &o->due_soon, &why) != POORT_OK)
			return bad_value(option, arg, why);
		return 0;
	case OPT_LANG:
		if (strcmp(arg, "nl") && strcmp(arg, "en"))
			return bad_value(option, arg, "the language is nl or en");
		o->lang = strcmp(arg, "nl") == 0 ? POORT_LANG_NL : POORT_LANG_EN;
		return 0;
	case OPT_FORMAT:
		if (strcmp(arg, "text") && strcmp(arg, "json"))
			return bad_value(option, arg, "the format is text or json");
		o->json = strcmp(arg, "json") == 0;
		return 0;
	case OPT_MONTHLY_WAGE:
		if (cli_parse_decimal(arg, 2, POORT_MAX_WAGE_CENTS, &o->wage_cents, &why) != POORT_OK)
			return bad_value(option, arg, why);
		return 0;
	case OPT_HOURS:
	case OPT_FULLTIME_HOURS: {
		int64_t h;
		if (cli_parse_decimal(arg, 2, 16800, &h, &why) != POORT_OK)
			return bad_value(option, arg, why);
		if (opt == OPT_HOURS) {
			o->hours = (int32_t)h;
			return 0;
		}
		return poort_case_set_fulltime_hours(o->c, (int32_t)h) ? rejected(o, option, arg) : 0;
	}
	case OPT_BIRTH_DATE:
	case OPT_AOW_DATE: {
		int32_t st = poort_date_parse(arg, &a);
		if (st != POORT_OK)
			return bad_value(option, arg, poort_status_str(st));
		st = opt == OPT_BIRTH_DATE ? poort_case_set_birth_date(o->c, a) : poort_case_set_aow_date(o->c, a);
		return st ? rejected(o, option, arg) : 0;
	}
	case OPT_AGE:
	case OPT_WAITING_DAYS:
		if (cli_parse_int(arg, -1000, 1000, &a, &why) != POORT_OK)
			return bad_value(option, arg, why);
		if (opt == OPT_AGE)
			return poort_case_set_age(o->c, a) ? rejected(o, option, arg) : 0;
		return poort_case_set_waiting_days(o->c, a) ? rejected(o, option, arg) : 0;
	case OPT_CAO:
		if (cli_parse_cao(arg, &a, &b, &d, &o->cao_capped, &why) != POORT_OK)
			return bad_value(option, arg, why);
		return poort_case_add_cao(o->c, a, b, d, o->cao_capped) ? rejected(o, option, arg) : 0;
	case OPT_PARTIAL:
		if (cli_parse_partial(arg, &a, &b, &d, &why) != POORT_OK)
			return bad_value(option, arg, why);
		return poort_case_add_partial_work(o->c, a, b, d) ? rejected(o, option, arg) : 0;
	case OPT_PARTIAL_PAY:
	case OPT_EXTENSION_PERCENT: {
		int64_t pct;
		if (cli_parse_decimal(arg, 2, POORT_MAX_PERCENT, &pct, &why) != POORT_OK)
			return bad_value(option, arg, why);
		int32_t st = opt == OPT_PARTIAL_PAY ? poort_case_set_partial_pay(o->c, (int32_t)pct)
						    : poort_case_set_extension_percent(o->c, (int32_t)pct);
		return st ? rejected(o, option, arg) : 0;
	}
	case OPT_FROM:
	case OPT_TO:
		if (cli_parse_month(arg, &a, &b, &why) != POORT_OK)
			return bad_value(option, arg, why);
		if (opt == OPT_FROM)
			o->from = a;
		else
			o->to = b;
		return 0;
	case OPT_DTSTAMP:
		o->dtstamp = arg;
		return 0;
	case OPT_PREVIOUS:
		o->previous = arg;
		return 0;
	case OPT_CASES:
		o->cases = arg;
		return 0;
	case OPT_OUTPUT:
		o->output = arg;
		return 0;
	case OPT_UID_DOMAIN:
		o->uid_domain = arg;
		return 0;
	case OPT_NAME:
		o->name = arg;
		return 0;
	case OPT_REMINDER_EVENTS:
		o->reminders = 1;
		return 0;
	case OPT_ALARM_DAYS:
		if (cli_parse_int(arg, 0, 365, &o->alarm_days, &why) != POORT_OK)
			return bad_value(option, arg, "alarm days are 0 to 365");
		return 0;
	case OPT_INCLUDE:
		if (strcmp(arg, "dossier") == 0)
			o->include = POORT_FEED_DOSSIER;
		else if (strcmp(arg, "wage") == 0)
			o->include = POORT_FEED_WAGE;
		else if (strcmp(arg, "dossier,wage") == 0 || strcmp(arg, "wage,dossier") == 0)
			o->include = POORT_FEED_DOSSIER | POORT_FEED_WAGE;
		else
			return bad_value(option, arg, "include dossier, wage or dossier,wage");
		return 0;
	default:
		return usage_error("unknown option");
	}
}

