/* The command-line tool's option table and how an option is applied (shared by the commands,
 * the rows of a cases file and the built-in example). */
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

/* The setters: each stores a value read into the case or the options. */

static int32_t set_case_id(struct options *o, const struct value *v)
{
	return poort_case_set_id(o->c, v->text);
}

static int32_t set_period(struct options *o, const struct value *v)
{
	return poort_case_add_period(o->c, v->a, v->b);
}

static int32_t set_done(struct options *o, const struct value *v)
{
	return poort_case_record_done(o->c, v->id, v->a);
}

static int32_t set_leave(struct options *o, const struct value *v)
{
	return poort_case_add_leave(o->c, v->a, v->b, v->c);
}

static int32_t set_extension(struct options *o, const struct value *v)
{
	return poort_case_set_extension(o->c, v->a);
}

static int32_t set_loonsanctie(struct options *o, const struct value *v)
{
	return poort_case_set_loonsanctie(o->c, v->a, v->b, v->c);
}

static int32_t set_employment_end(struct options *o, const struct value *v)
{
	return poort_case_set_employment_end(o->c, v->a);
}

static int32_t set_departure(struct options *o, const struct value *v)
{
	return poort_case_set_departure(o->c, v->id, v->a);
}

static int32_t set_present(struct options *o, const struct value *v)
{
	return poort_case_record_item(o->c, v->id, v->a);
}

static int32_t set_monthly_wage(struct options *o, const struct value *v)
{
	o->wage_cents = v->n;
	return POORT_OK;
}

static int32_t set_hours(struct options *o, const struct value *v)
{
	o->hours = (int32_t)v->n;
	return POORT_OK;
}

static int32_t set_birth_date(struct options *o, const struct value *v)
{
	return poort_case_set_birth_date(o->c, v->a);
}

static int32_t set_age(struct options *o, const struct value *v)
{
	return poort_case_set_age(o->c, v->a);
}

static int32_t set_aow_date(struct options *o, const struct value *v)
{
	return poort_case_set_aow_date(o->c, v->a);
}

static int32_t set_waiting_days(struct options *o, const struct value *v)
{
	return poort_case_set_waiting_days(o->c, v->a);
}

static int32_t set_cao(struct options *o, const struct value *v)
{
	return poort_case_add_cao(o->c, v->a, v->b, v->c, v->d);
}

static int32_t set_partial(struct options *o, const struct value *v)
{
	return poort_case_add_partial_work(o->c, v->a, v->b, v->c);
}

static int32_t set_partial_pay(struct options *o, const struct value *v)
{
	return poort_case_set_partial_pay(o->c, (int32_t)v->n);
}

static int32_t set_fulltime_hours(struct options *o, const struct value *v)
{
	return poort_case_set_fulltime_hours(o->c, (int32_t)v->n);
}

static int32_t set_extension_percent(struct options *o, const struct value *v)
{
	return poort_case_set_extension_percent(o->c, (int32_t)v->n);
}

static int32_t set_from(struct options *o, const struct value *v)
{
	o->from = v->a;
	return POORT_OK;
}

static int32_t set_to(struct options *o, const struct value *v)
{
	o->to = v->b;
	return POORT_OK;
}

static int32_t set_dtstamp(struct options *o, const struct value *v)
{
	o->dtstamp = v->text;
	return POORT_OK;
}

static int32_t set_params(struct options *o, const struct value *v)
{
	o->params = v->text;
	return POORT_OK;
}

static int32_t set_bbl(struct options *o, const struct value *v)
{
	(void)v;
	return poort_case_set_bbl(o->c, 1);
}

static int32_t set_previous(struct options *o, const struct value *v)
{
	o->previous = v->text;
	return POORT_OK;
}

static int32_t set_alarm_days(struct options *o, const struct value *v)
{
	o->alarm_days = v->a;
	return POORT_OK;
}

static int32_t set_reminders(struct options *o, const struct value *v)
{
	(void)v;
	o->reminders = 1;
	return POORT_OK;
}

static int32_t set_all_or_nothing(struct options *o, const struct value *v)
{
	(void)v;
	o->all_or_nothing = 1;
	return POORT_OK;
}

static int32_t set_uid_domain(struct options *o, const struct value *v)
{
	o->uid_domain = v->text;
	return POORT_OK;
}

static int32_t set_name(struct options *o, const struct value *v)
{
	o->name = v->text;
	return POORT_OK;
}

static int32_t set_alarm_time(struct options *o, const struct value *v)
{
	o->alarm_time = v->text;
	return POORT_OK;
}

static int32_t set_case_url(struct options *o, const struct value *v)
{
	o->case_url = v->text;
	return POORT_OK;
}

static int32_t set_keep_past(struct options *o, const struct value *v)
{
	o->keep_past = v->a;
	return POORT_OK;
}

static int32_t set_keep_cancelled(struct options *o, const struct value *v)
{
	o->keep_cancelled = v->a;
	return POORT_OK;
}

static int32_t set_include(struct options *o, const struct value *v)
{
	o->include = v->a;
	return POORT_OK;
}

static int32_t set_cases(struct options *o, const struct value *v)
{
	o->cases = v->text;
	return POORT_OK;
}

static int32_t set_output(struct options *o, const struct value *v)
{
	o->output = v->text;
	return POORT_OK;
}

static int32_t set_today(struct options *o, const struct value *v)
{
	o->today = v->a;
	return POORT_OK;
}

static int32_t set_due_soon(struct options *o, const struct value *v)
{
	o->due_soon = v->a;
	return POORT_OK;
}

static int32_t set_lang(struct options *o, const struct value *v)
{
	o->lang = v->a;
	return POORT_OK;
}

static int32_t set_format(struct options *o, const struct value *v)
{
	o->format = v->a;
	return POORT_OK;
}

static int32_t set_group_by(struct options *o, const struct value *v)
{
	o->group_by = v->text;
	return POORT_OK;
}

static int32_t set_include_dossier(struct options *o, const struct value *v)
{
	(void)v;
	o->include_dossier = 1;
	return POORT_OK;
}

static int32_t set_csv_plain(struct options *o, const struct value *v)
{
	(void)v;
	o->csv_plain = 1;
	return POORT_OK;
}

static const struct choice languages[] = {{"nl", POORT_LANG_NL}, {"en", POORT_LANG_EN}, {NULL, 0}};
static const struct choice formats[] = {{"text", FORMAT_TEXT}, {"json", FORMAT_JSON}, {"csv", FORMAT_CSV},
	{"markdown", FORMAT_MARKDOWN}, {"html", FORMAT_HTML}, {"svg", FORMAT_SVG}, {NULL, 0}};
static const struct choice inclusions[] = {
	{"dossier", POORT_FEED_DOSSIER}, {"wage", POORT_FEED_WAGE},
	{"dossier,wage", POORT_FEED_DOSSIER | POORT_FEED_WAGE}, {"wage,dossier", POORT_FEED_DOSSIER | POORT_FEED_WAGE},
	{NULL, 0}};

const char *const option_group_title[GROUP_COUNT] = {"case options", "wage options", "calendar options",
						     "output options"};

#define NEEDS_WAGE "%s needs --monthly-wage and --hours-per-week"

/* The order is the order of --help and of the columns of a cases file. */
const struct cli_option cli_options[] = {
	{.name = "case-id", .id = OPT_CASE_ID, .kind = VALUE_TEXT, .metavar = "ID", .set = set_case_id,
	 .commands = CMD_ALL, .column = "case_id", .column_required = 1, .group = GROUP_CASE,
	 .help = "opaque case id (A-Z a-z 0-9 . _ -); a calendar feed needs it for its UIDs"},
	{.name = "period", .id = OPT_PERIOD, .kind = VALUE_PERIOD, .metavar = "FIRST[:LAST]", .set = set_period,
	 .commands = CMD_ALL, .required = CMD_ALL, .missing = "%s needs at least one --period", .repeat = 1,
	 .column = "periods", .column_required = 1, .group = GROUP_CASE,
	 .help = "a period of sickness; LAST is the last sick day, inclusive; leave it out while the "
		 "sickness goes on"},
	{.name = "done", .id = OPT_DONE, .kind = VALUE_ASSIGNMENT, .metavar = "ID=DATE", .set = set_done,
	 .commands = CMD_ALL, .repeat = 1, .column = "done", .group = GROUP_CASE,
	 .help = "milestone ID done on DATE; EVALUATIE may be recorded several times"},
	{.name = "leave", .id = OPT_LEAVE, .kind = VALUE_LEAVE, .metavar = "FIRST:LAST[:other-cause]",
	 .set = set_leave, .commands = CMD_ALL, .repeat = 1, .column = "leave", .group = GROUP_CASE,
	 .help = "WAZO leave; other-cause: the sickness after it has another cause (the periods are then "
		 "not merged)"},
	{.name = "extension-until", .id = OPT_EXTENSION, .kind = VALUE_DATE, .metavar = "DATE",
	 .set = set_extension, .commands = CMD_ALL, .column = "extension_until", .group = GROUP_CASE,
	 .help = "last day of a voluntary extension of the wachttijd (WIA art. 24)"},
	{.name = "loonsanctie", .id = OPT_LOONSANCTIE, .kind = VALUE_LOONSANCTIE,
	 .metavar = "DECISION:WEEKS[:BEKORTING]", .set = set_loonsanctie, .commands = CMD_ALL,
	 .column = "loonsanctie", .group = GROUP_CASE,
	 .help = "loonsanctie decided on DECISION for 1-52 weeks (WIA art. 25); BEKORTING: the date of the "
		 "decision that the shortcoming was repaired"},
	{.name = "employment-end", .id = OPT_EMPLOYMENT_END, .kind = VALUE_DATE, .metavar = "DATE",
	 .set = set_employment_end, .commands = CMD_ALL, .column = "employment_end", .group = GROUP_CASE,
	 .help = "last day of employment"},
	{.name = "departure", .id = OPT_DEPARTURE, .kind = VALUE_ASSIGNMENT, .metavar = "ID=DATE",
	 .set = set_departure, .commands = CMD_ALL, .repeat = 1, .column = "departure", .group = GROUP_CASE,
	 .help = "reasoned departure from the week-6/8 term of milestone ID, now due on DATE "
		 "(Regeling procesgang art. 5)"},
	{.name = "present", .id = OPT_PRESENT, .kind = VALUE_ASSIGNMENT, .metavar = "ITEM=DATE",
	 .set = set_present, .commands = CMD_DOSSIER | CMD_ICS | CMD_AGENDA, .repeat = 1, .column = "present",
	 .group = GROUP_CASE, .help = "dossier item ITEM present since DATE"},

	{.name = "monthly-wage", .id = OPT_MONTHLY_WAGE, .kind = VALUE_DECIMAL, .metavar = "EUR",
	 .max = POORT_MAX_WAGE_CENTS, .set = set_monthly_wage, .commands = CMD_WAGE, .required = CMD_WAGE,
	 .missing = NEEDS_WAGE, .column = "monthly_wage", .group = GROUP_WAGE,
	 .help = "monthly time-based wage in euros, e.g. 2300 or 2300,50"},
	{.name = "hours-per-week", .id = OPT_HOURS, .kind = VALUE_DECIMAL, .metavar = "H", .max = 16800,
	 .set = set_hours, .commands = CMD_WAGE, .required = CMD_WAGE, .missing = NEEDS_WAGE,
	 .column = "hours_per_week", .group = GROUP_WAGE, .help = "contract hours per week, e.g. 32 or 32,5"},
	{.name = "birth-date", .id = OPT_BIRTH_DATE, .kind = VALUE_DATE, .metavar = "DATE", .set = set_birth_date,
	 .commands = CMD_WAGE, .column = "birth_date", .group = GROUP_WAGE,
	 .help = "date of birth, for the youth minimum wage (default: an adult)"},
	{.name = "age", .id = OPT_AGE, .kind = VALUE_WHOLE, .metavar = "N", .min = -1000, .max = 1000,
	 .set = set_age, .commands = CMD_WAGE, .column = "age", .group = GROUP_WAGE,
	 .help = "age in years, instead of --birth-date"},
	{.name = "aow-date", .id = OPT_AOW_DATE, .kind = VALUE_DATE, .metavar = "DATE", .set = set_aow_date,
	 .commands = CMD_WAGE, .column = "aow_date", .group = GROUP_WAGE, .help = "the day the employee reaches the AOW age"},
	{.name = "waiting-days", .id = OPT_WAITING_DAYS, .kind = VALUE_WHOLE, .metavar = "N", .min = -1000,
	 .max = 1000, .set = set_waiting_days, .commands = CMD_WAGE, .column = "waiting_days", .group = GROUP_WAGE,
	 .help = "waiting days agreed in writing, 0-2"},
	{.name = "cao", .id = OPT_CAO, .kind = VALUE_CAO, .metavar = "FROM-TO:PCT[:capped]", .set = set_cao,
	 .commands = CMD_WAGE, .repeat = 1, .column = "cao", .group = GROUP_WAGE,
	 .help = "the CAO's percentage for sick weeks FROM to TO (1-156), e.g. 1-52:100; capped: the CAO "
		 "caps it at the maximum daily wage"},
	{.name = "partial", .id = OPT_PARTIAL, .kind = VALUE_PARTIAL, .metavar = "FIRST:LAST:HOURS",
	 .set = set_partial, .commands = CMD_WAGE, .repeat = 1, .column = "partial", .group = GROUP_WAGE,
	 .help = "hours worked per week from FIRST to LAST during re-integration"},
	{.name = "partial-pay", .id = OPT_PARTIAL_PAY, .kind = VALUE_DECIMAL, .metavar = "PCT",
	 .max = POORT_MAX_PERCENT, .set = set_partial_pay, .commands = CMD_WAGE, .column = "partial_pay", .group = GROUP_WAGE,
	 .help = "percentage paid for the hours worked (default 100)"},
	{.name = "fulltime-hours", .id = OPT_FULLTIME_HOURS, .kind = VALUE_DECIMAL, .metavar = "H", .max = 16800,
	 .set = set_fulltime_hours, .commands = CMD_WAGE, .column = "fulltime_hours", .group = GROUP_WAGE,
	 .help = "full-time hours per week, for the minimum wage from 2023 (default 40)"},
	{.name = "extension-percent", .id = OPT_EXTENSION_PERCENT, .kind = VALUE_DECIMAL, .metavar = "PCT",
	 .max = POORT_MAX_PERCENT, .set = set_extension_percent, .commands = CMD_WAGE, .column = "extension_percent", .group = GROUP_WAGE,
	 .help = "percentage paid during a voluntary extension (default 70)"},
	{.name = "bbl", .id = OPT_BBL, .kind = VALUE_NONE, .set = set_bbl, .commands = CMD_WAGE,
	 .group = GROUP_WAGE, .help = "the employee follows a bbl programme: the bbl youth rates apply"},
	{.name = "params", .id = OPT_PARAMS, .kind = VALUE_TEXT, .metavar = "FILE", .set = set_params,
	 .commands = CMD_WAGE, .group = GROUP_WAGE,
	 .help = "statutory rows to add to the built-in ones, in the format of statutory.txt "
		 "(table;from;key;value;source a line), e.g. a newly published minimum wage"},
	{.name = "from", .id = OPT_FROM, .kind = VALUE_MONTH, .metavar = "YYYY-MM", .set = set_from,
	 .commands = CMD_WAGE, .group = GROUP_WAGE,
	 .help = "first month to compute; with --to (default: the whole case)"},
	{.name = "to", .id = OPT_TO, .kind = VALUE_MONTH, .metavar = "YYYY-MM", .set = set_to,
	 .commands = CMD_WAGE, .group = GROUP_WAGE, .help = "last month to compute; with --from"},

	{.name = "dtstamp", .id = OPT_DTSTAMP, .kind = VALUE_TEXT, .metavar = "YYYYMMDDTHHMMSSZ",
	 .set = set_dtstamp, .commands = CMD_ICS, .required = CMD_ICS,
	 .missing = "%s needs --dtstamp YYYYMMDDTHHMMSSZ (the calendar's timestamp is an input)",
	 .group = GROUP_CALENDAR, .help = "DTSTAMP of new and changed events, in UTC"},
	{.name = "previous", .id = OPT_PREVIOUS, .kind = VALUE_TEXT, .metavar = "FILE", .set = set_previous,
	 .commands = CMD_ICS, .group = GROUP_CALENDAR,
	 .help = "the previous feed: keep its UIDs, bump the SEQUENCE of changed events, cancel vanished ones"},
	{.name = "alarm-days", .id = OPT_ALARM_DAYS, .kind = VALUE_WHOLE, .metavar = "N", .max = 365,
	 .why = "alarm days are 0 to 365", .set = set_alarm_days, .commands = CMD_ICS, .group = GROUP_CALENDAR,
	 .help = "a VALARM N days before each deadline (0: none)"},
	{.name = "reminder-events", .id = OPT_REMINDER_EVENTS, .kind = VALUE_NONE, .set = set_reminders,
	 .commands = CMD_ICS, .group = GROUP_CALENDAR,
	 .help = "also a separate reminder event --alarm-days N days before each deadline"},
	{.name = "all-or-nothing", .id = OPT_ALL_OR_NOTHING, .kind = VALUE_NONE, .set = set_all_or_nothing,
	 .commands = CMD_ICS, .group = GROUP_CALENDAR,
	 .help = "with --cases: when any row is rejected, write nothing (-o FILE stays as it was) instead of a "
		 "feed with the other cases and the rejected cases' previous events"},
	{.name = "uid-domain", .id = OPT_UID_DOMAIN, .kind = VALUE_TEXT, .metavar = "D", .set = set_uid_domain,
	 .commands = CMD_ICS, .group = GROUP_CALENDAR, .help = "domain of the UIDs (default poortwachter.invalid)"},
	{.name = "name", .id = OPT_NAME, .kind = VALUE_TEXT, .metavar = "NAME", .set = set_name,
	 .commands = CMD_ICS, .group = GROUP_CALENDAR, .help = "the calendar's name"},
	{.name = "alarm-time", .id = OPT_ALARM_TIME, .kind = VALUE_TEXT, .metavar = "HH:MM", .set = set_alarm_time,
	 .commands = CMD_ICS, .group = GROUP_CALENDAR,
	 .help = "the time of day the alarms fire, in the calendar user's own time zone (default 09:00)"},
	{.name = "case-url", .id = OPT_CASE_URL, .kind = VALUE_TEXT, .metavar = "TEMPLATE", .set = set_case_url,
	 .commands = CMD_ICS, .group = GROUP_CALENDAR,
	 .help = "the link of each event, e.g. https://hr.example.com/cases/{case_id}, instead of the law text "
		 "on wetten.overheid.nl (which stays in the description)"},
	{.name = "keep-past", .id = OPT_KEEP_PAST, .kind = VALUE_WHOLE, .metavar = "DAYS", .max = 36500,
	 .set = set_keep_past, .commands = CMD_ICS, .group = GROUP_CALENDAR,
	 .help = "leave out events due more than DAYS days before the DTSTAMP (left out, not cancelled; "
		 "default: all kept)"},
	{.name = "keep-cancelled", .id = OPT_KEEP_CANCELLED, .kind = VALUE_WHOLE, .metavar = "DAYS", .max = 36500,
	 .set = set_keep_cancelled, .commands = CMD_ICS, .group = GROUP_CALENDAR,
	 .help = "days a cancelled event stays in the regenerated feed after it was cancelled (default 90)"},
	{.name = "include", .id = OPT_INCLUDE, .kind = VALUE_CHOICE, .choices = inclusions,
	 .why = "include dossier, wage or dossier,wage", .set = set_include, .commands = CMD_ICS,
	 .group = GROUP_CALENDAR,
	 .help = "also an event for each dossier item not yet present, on its due date, and for the first "
		 "day of the second year of wage continuation"},
	{.name = "output", .id = OPT_OUTPUT, .kind = VALUE_TEXT, .metavar = "FILE", .set = set_output,
	 .commands = CMD_ICS | CMD_REPORT, .required = CMD_REPORT, .missing = "%s needs --output",
	 .group = GROUP_CALENDAR,
	 .help = "write the feed to FILE (through FILE.tmp) instead of standard output; with --group-by a "
		 "folder DIR/ that gets one feed per group, each regenerated from its file there; report: "
		 "the page FILE.html, or with --cases a folder DIR/ with a page per case and index.html"},

	{.name = "cases", .id = OPT_CASES, .kind = VALUE_TEXT, .metavar = "FILE", .set = set_cases,
	 .commands = CMD_ALL, .instead_of = OPT_PERIOD, .group = GROUP_OUTPUT,
	 .help = "the cases of a spreadsheet (CSV; - for standard input), one row each, instead of the case "
		 "options; a bad row is reported as FILE:LINE, the other rows are processed and the exit "
		 "status is 1"},
	{.name = "group-by", .id = OPT_GROUP_BY, .kind = VALUE_TEXT, .metavar = "COLUMN", .set = set_group_by,
	 .commands = CMD_AGENDA | CMD_ICS | CMD_REPORT, .group = GROUP_OUTPUT,
	 .help = "group by a column of the --cases sheet (e.g. Casemanager): the agenda's headings, "
		 "with ics -o DIR/ one feed per group, the report's index"},
	{.name = "days", .id = OPT_DAYS, .kind = VALUE_WHOLE, .metavar = "N", .max = 3650, .set = set_due_soon,
	 .commands = CMD_AGENDA, .group = GROUP_OUTPUT,
	 .help = "the agenda holds what is overdue or due within N days (default 14)"},
	{.name = "include-dossier", .id = OPT_INCLUDE_DOSSIER, .kind = VALUE_NONE, .set = set_include_dossier,
	 .commands = CMD_AGENDA, .group = GROUP_OUTPUT,
	 .help = "also the dossier items that are missing or due within N days"},
	{.name = "today", .id = OPT_TODAY, .kind = VALUE_DATE, .metavar = "DATE", .set = set_today,
	 .commands = CMD_TIMELINE | CMD_DOSSIER | CMD_AGENDA, .group = GROUP_OUTPUT,
	 .help = "reference date of the statuses (default: the system date)"},
	{.name = "due-soon", .id = OPT_DUE_SOON, .kind = VALUE_WHOLE, .metavar = "DAYS", .max = 3650,
	 .set = set_due_soon, .commands = CMD_TIMELINE, .group = GROUP_OUTPUT,
	 .help = "the 'due soon' window in days (default 14)"},
	{.name = "lang", .id = OPT_LANG, .kind = VALUE_CHOICE, .choices = languages,
	 .why = "the language is nl or en", .set = set_lang, .commands = CMD_ALL | CMD_RULES | CMD_REPORT,
	 .group = GROUP_OUTPUT,
	 .help = "language of the texts (default nl)"},
	{.name = "format", .id = OPT_FORMAT, .kind = VALUE_CHOICE, .choices = formats,
	 .why = "the format is text, json, csv, markdown, html or svg", .set = set_format,
	 .commands = CMD_TIMELINE | CMD_DOSSIER | CMD_WAGE | CMD_AGENDA | CMD_RULES, .group = GROUP_OUTPUT,
	 .help = "output format (default text); csv opens as it is in a Dutch Excel (';', decimal comma, "
		 "UTF-8 with a BOM, CRLF); svg (timeline of one case) draws the timeline; rules: text, json, "
		 "markdown or html"},
	{.name = "csv-plain", .id = OPT_CSV_PLAIN, .kind = VALUE_NONE, .set = set_csv_plain,
	 .commands = CMD_TIMELINE | CMD_DOSSIER | CMD_WAGE | CMD_AGENDA, .group = GROUP_OUTPUT,
	 .help = "with --format csv: plain RFC 4180 (',', decimal point, no BOM)"},
	{.name = "help", .id = OPT_HELP, .kind = VALUE_NONE, .commands = CMD_ALL | CMD_RULES | CMD_REPORT,
	 .group = GROUP_OUTPUT,
	 .help = "show the options of the command and stop"},
};
const size_t cli_option_count = sizeof cli_options / sizeof *cli_options;
_Static_assert(sizeof cli_options / sizeof *cli_options <= CLI_MAX_OPTIONS,
	       "struct options.given has a bit per option");

const struct cli_option *cli_option_by_id(int id)
{
	for (size_t i = 0; i < cli_option_count; i++)
		if (cli_options[i].id == id)
			return &cli_options[i];
	return NULL;
}

const char *option_name(int opt)
{
	const struct cli_option *r = cli_option_by_id(opt);
	return r ? r->name : "?";
}

static uint64_t option_bit(const struct cli_option *r)
{
	return (uint64_t)1 << (r - cli_options);
}

int option_given(const struct options *o, const struct cli_option *r)
{
	return (o->given & option_bit(r)) != 0;
}

const char *option_metavar(const struct cli_option *r, char *buf, size_t size)
{
	if (r->kind != VALUE_CHOICE)
		return r->metavar ? r->metavar : "";
	size_t n = 0;
	buf[0] = '\0';
	for (const struct choice *ch = r->choices; ch->word; ch++) {
		const struct choice *earlier = r->choices;
		while (earlier < ch && earlier->value != ch->value)
			earlier++;
		if (earlier == ch && n < size)
			n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? "|" : "", ch->word);
	}
	return buf;
}

static int32_t read_choice(const struct choice *choices, const char *arg, int32_t *out)
{
	for (const struct choice *ch = choices; ch->word; ch++)
		if (strcmp(ch->word, arg) == 0) {
			*out = ch->value;
			return POORT_OK;
		}
	return POORT_ERR_ARGUMENT;
}

/* Read arg as a value of the row's kind; on error *why says why. */
static int32_t read_value(const struct cli_option *r, const char *arg, struct value *v, const char **why)
{
	int32_t st;
	switch (r->kind) {
	case VALUE_NONE:
		return POORT_OK;
	case VALUE_TEXT:
		v->text = arg;
		return POORT_OK;
	case VALUE_DATE:
		if ((st = poort_date_parse(arg, &v->a)) != POORT_OK)
			*why = poort_status_str(st);
		return st;
	case VALUE_WHOLE:
		return cli_parse_int(arg, r->min, (int32_t)r->max, &v->a, why);
	case VALUE_DECIMAL:
		return cli_parse_decimal(arg, 2, r->max, &v->n, why);
	case VALUE_CHOICE:
		return read_choice(r->choices, arg, &v->a);
	case VALUE_PERIOD:
		return cli_parse_period(arg, &v->a, &v->b, why);
	case VALUE_LEAVE:
		return cli_parse_leave(arg, &v->a, &v->b, &v->c, why);
	case VALUE_ASSIGNMENT:
		return cli_parse_assignment(arg, v->id, sizeof v->id, &v->a, why);
	case VALUE_LOONSANCTIE:
		return cli_parse_loonsanctie(arg, &v->a, &v->b, &v->c, why);
	case VALUE_CAO:
		return cli_parse_cao(arg, &v->a, &v->b, &v->c, &v->d, why);
	case VALUE_PARTIAL:
		return cli_parse_partial(arg, &v->a, &v->b, &v->c, why);
	case VALUE_MONTH:
		return cli_parse_month(arg, &v->a, &v->b, why);
	}
	return POORT_ERR_ARGUMENT;
}

/* Apply one option to o: read its value by kind, then store it with the row's setter. A bad
 * value is reported with the option, the text given and why; a value the case rejects with
 * the case's message. Returns 0, or an exit code. */
int apply_option(struct options *o, int opt, const char *arg)
{
	const struct cli_option *r = cli_option_by_id(opt);
	if (!r || !r->set)
		return usage_error("unknown option");
	char option[40];
	snprintf(option, sizeof option, "--%s", r->name);
	struct value v = {0};
	const char *why = "";
	if (read_value(r, arg, &v, &why) != POORT_OK)
		return usage_error("%s %s: %s", option, arg, r->why ? r->why : why);
	if (r->set(o, &v) != POORT_OK)
		return usage_error("%s %s: %s", option, arg, poort_case_errmsg(o->c));
	o->given |= option_bit(r);
	return 0;
}
