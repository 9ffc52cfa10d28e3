/*
 * poortwachter — command-line tool over libpoortwachter's public API.
 *
 *   poortwachter                  the built-in example case
 *   poortwachter timeline ...     the timeline of a case (see --help)
 */
#define _POSIX_C_SOURCE 200809L /* gmtime_r */
#include "cli_parse.h"
#include "poortwachter.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define EXIT_USAGE 2

static const char usage_text[] =
	"usage: poortwachter                      run the built-in example case\n"
	"       poortwachter timeline [options]   the timeline of a case\n"
	"       poortwachter dossier [options]    the re-integration dossier of a case\n"
	"       poortwachter wage [options]       the wage continuation of a case, per month\n"
	"\n"
	"case options:\n"
	"  --period FIRST[:LAST]         a period of sickness; LAST is the last sick day,\n"
	"                                inclusive; leave it out while the sickness goes on\n"
	"  --leave FIRST:LAST[:other-cause]\n"
	"                                WAZO leave; other-cause: the sickness after it has\n"
	"                                another cause (the periods are then not merged)\n"
	"  --done ID=DATE                milestone ID done on DATE (EVALUATIE may repeat)\n"
	"  --departure ID=DATE           reasoned departure from the week-6/8 term (art. 5)\n"
	"  --extension-until DATE        last day of a voluntary extension (WIA art. 24)\n"
	"  --loonsanctie DECISION:WEEKS[:BEKORTING]\n"
	"                                loonsanctie decided on DECISION for 1-52 weeks\n"
	"  --employment-end DATE         last day of employment\n"
	"  --case-id ID                  opaque case id (A-Z a-z 0-9 . _ -)\n"
	"  --present ITEM=DATE           dossier item present since DATE (dossier; may repeat)\n"
	"wage options:\n"
	"  --monthly-wage EUR            monthly time-based wage, e.g. 2300 or 2300,50 (required)\n"
	"  --hours-per-week H            contract hours per week, e.g. 32 or 32,5 (required)\n"
	"  --birth-date DATE | --age N   for the youth minimum wage (default: adult)\n"
	"  --aow-date DATE               the day the employee reaches AOW age\n"
	"  --waiting-days N              waiting days agreed in writing, 0-2\n"
	"  --cao FROM-TO:PCT[:capped]    CAO schedule by sick week, e.g. 1-52:100 (may repeat)\n"
	"  --partial FIRST:LAST:HOURS    hours worked per week during re-integration\n"
	"  --partial-pay PCT             percentage paid for hours worked (default 100)\n"
	"  --fulltime-hours H            full-time hours for the 2023 minimum wage (default 40)\n"
	"  --extension-percent PCT       percentage during a voluntary extension (default 70)\n"
	"  --from YYYY-MM --to YYYY-MM   months to compute (default: the whole case)\n"
	"output options:\n"
	"  --today DATE                  reference date for statuses (default: the system date)\n"
	"  --due-soon DAYS               'due soon' window in days (default 14)\n"
	"  --lang nl|en                  language of the texts (default nl)\n"
	"  --format text|json            output format (default text)\n"
	"\n"
	"Dates are YYYY-MM-DD. Milestone ids: ZIEKMELDING_ARBODIENST PROBLEEMANALYSE\n"
	"PLAN_VAN_AANPAK EVALUATIE MELDING_UWV_42 EERSTEJAARSEVALUATIE SPOOR2_BESLUIT\n"
	"UWV_WIA_BRIEF ACTUEEL_OORDEEL EINDEVALUATIE REINTEGRATIEVERSLAG WIA_AANVRAAG\n"
	"EINDE_DIENSTVERBAND_MELDING. Dossier items: ADMINISTRATIEVE_GEGEVENS AARD_VAN_HET_BEDRIJF\n"
	"FUNCTIE BEKWAAMHEDEN EERSTE_ZIEKTEDAG PROBLEEMANALYSE PLAN_VAN_AANPAK EERSTEJAARSEVALUATIE\n"
	"EINDEVALUATIE OORDEEL_ARBEIDSRELATIE ACTUEEL_OORDEEL OORDEEL_PASSENDE_ARBEID\n"
	"OORDEEL_WERKNEMER MEDISCHE_INFORMATIE (the date it was sent to UWV; never its content).\n";

struct options {
	poort_case *c;
	int64_t wage_cents;
	int32_t hours, from, to, cao_capped;
	int32_t today;
	int32_t due_soon;
	int32_t lang;
	int json;
};

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int usage_error(const char *fmt, ...)
{
	va_list ap;
	fputs("poortwachter: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\n(see 'poortwachter --help')\n", stderr);
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

enum {
	OPT_PERIOD = 256, OPT_LEAVE, OPT_DONE, OPT_DEPARTURE, OPT_EXTENSION, OPT_LOONSANCTIE,
	OPT_EMPLOYMENT_END, OPT_CASE_ID, OPT_TODAY, OPT_DUE_SOON, OPT_LANG, OPT_FORMAT, OPT_HELP,
	OPT_PRESENT, OPT_MONTHLY_WAGE, OPT_HOURS, OPT_BIRTH_DATE, OPT_AGE, OPT_AOW_DATE,
	OPT_WAITING_DAYS, OPT_CAO, OPT_PARTIAL, OPT_PARTIAL_PAY, OPT_FULLTIME_HOURS,
	OPT_EXTENSION_PERCENT, OPT_FROM, OPT_TO
};

static const struct option long_options[] = {
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
	{NULL, 0, NULL, 0},
};

/* Apply one option to o; returns 0, or an exit code. */
static int apply_option(struct options *o, int opt, const char *arg)
{
	const char *name = NULL;
	for (const struct option *lo = long_options; lo->name; lo++)
		if (lo->val == opt)
			name = lo->name;
	char option[40];
	snprintf(option, sizeof option, "--%s", name ? name : "?");
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
	default:
		return usage_error("unknown option");
	}
}

/* The system date, used only when --today is not given. */
static int32_t system_today(void)
{
	time_t now = time(NULL);
	struct tm tm;
	int32_t d = POORT_DATE_NONE;
	if (gmtime_r(&now, &tm))
		poort_date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, &d);
	return d;
}

static const char *const weekday_name[2][8] = {
	{"", "ma", "di", "wo", "do", "vr", "za", "zo"},
	{"", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}};
static const char *const status_label[2][7] = {
	{"gepland", "binnenkort", "TE LAAT", "gedaan", "laat gedaan", "n.v.t.", "verstreken"},
	{"upcoming", "due soon", "OVERDUE", "done", "done late", "n/a", "passed"}};

static void print_text(const poort_timeline *t, const struct options *o, FILE *f)
{
	const int en = o->lang == POORT_LANG_EN;
	char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE], line[512];
	poort_date_format(poort_timeline_first_sick_day(t), a, sizeof a);
	fprintf(f, en ? "First sick day %s; %d case(s); %d sick days counted, %d interruption days, %d leave days\n"
		      : "Eerste ziektedag %s; %d geval(len); %d ziektedagen geteld, %d dagen onderbreking, %d verlofdagen\n",
		a, poort_timeline_case_count(t), poort_timeline_sick_days(t),
		poort_timeline_interruption_days(t), poort_timeline_leave_days(t));
	poort_date_format(poort_timeline_wachttijd_end(t), a, sizeof a);
	poort_date_format(poort_timeline_wage_end(t), b, sizeof b);
	fprintf(f, en ? "Wachttijd ends %s; wage obligation ends %s\n"
		      : "Wachttijd eindigt %s; loondoorbetaling eindigt %s\n", a, b);
	poort_date_format(poort_timeline_today(t), a, sizeof a);
	fprintf(f, en ? "Status on %s (due soon: within %d days)\n\n"
		      : "Stand op %s (binnenkort: binnen %d dagen)\n\n", a, o->due_soon);
	fprintf(f, "%-10s %-3s  %-22s  %-29s %s\n", en ? "Due" : "Uiterlijk", en ? "Day" : "Dag",
		"Status", en ? "Milestone" : "Mijlpaal", en ? "What" : "Wat");
	for (size_t i = 0; i < poort_timeline_count(t); i++) {
		char status[40], id[40];
		int32_t st = poort_milestone_status(t, i);
		int32_t done = poort_milestone_done(t, i);
		poort_date_format(poort_milestone_due(t, i), a, sizeof a);
		if (done != POORT_DATE_NONE) {
			poort_date_format(done, b, sizeof b);
			snprintf(status, sizeof status, "%s %s", status_label[o->lang][st], b);
		} else {
			snprintf(status, sizeof status, "%s", status_label[o->lang][st]);
		}
		if (poort_milestone_occurrence(t, i))
			snprintf(id, sizeof id, "%s #%d", poort_milestone_id(t, i),
				 poort_milestone_occurrence(t, i));
		else
			snprintf(id, sizeof id, "%s", poort_milestone_id(t, i));
		fprintf(f, "%s %-3s  %-22s  %-29s %s\n", a,
			weekday_name[o->lang][poort_date_weekday(poort_milestone_due(t, i))], status, id,
			poort_milestone_title(t, i, o->lang));
		poort_milestone_explain(t, i, o->lang, line, sizeof line);
		int32_t w = poort_milestone_window_start(t, i);
		if (w != POORT_DATE_NONE) {
			poort_date_format(w, b, sizeof b);
			fprintf(f, "%17s%s %s; ", "", en ? "window opens" : "venster opent", b);
		} else {
			fprintf(f, "%17s", "");
		}
		fprintf(f, "%s | %s\n", line, poort_milestone_basis(t, i, o->lang));
	}
}

/* Print the text of a poort_*_json call and free it; returns an exit code. */
static int print_json(int32_t status, char *json, size_t len)
{
	if (status != POORT_OK) {
		fprintf(stderr, "poortwachter: %s\n", poort_status_str(status));
		return 1;
	}
	fwrite(json, 1, len, stdout);
	poort_free(json);
	return 0;
}

/* Flush standard output; a write error makes the exit code 1. */
static int finish_output(int rc)
{
	if (fflush(stdout) != 0) {
		perror("poortwachter: writing output");
		return 1;
	}
	return rc;
}

static int output_timeline(struct options *o)
{
	poort_timeline *t = NULL;
	if (o->today == POORT_DATE_NONE)
		o->today = system_today();
	if (poort_timeline_compute(o->c, o->today, o->due_soon, &t) != POORT_OK)
		return usage_error("%s", poort_case_errmsg(o->c));
	int rc = 0;
	char *json = NULL;
	size_t len = 0;
	if (o->json) {
		int32_t st = poort_timeline_json(t, o->lang, &json, &len);
		rc = print_json(st, json, len);
	} else {
		print_text(t, o, stdout);
	}
	poort_timeline_free(t);
	return finish_output(rc);
}

static int print_dossier(struct options *o)
{
	poort_dossier *d = NULL;
	if (o->today == POORT_DATE_NONE)
		o->today = system_today();
	if (poort_dossier_compute(o->c, o->today, &d) != POORT_OK)
		return usage_error("%s", poort_case_errmsg(o->c));
	int rc = 0;
	char *json = NULL;
	size_t len = 0;
	if (o->json) {
		int32_t st = poort_dossier_json(d, o->lang, &json, &len);
		rc = print_json(st, json, len);
	} else {
		static const char *const riv[2][3] = {{"geen dossier nodig", "verkort re-integratieverslag",
							 "volledig re-integratieverslag"},
							{"no dossier needed", "shorter re-integratieverslag",
							 "full re-integratieverslag"}};
		static const char *const state[2][5] = {
			{"nog niet nodig", "aanwezig", "te laat aanwezig", "ONTBREEKT", "n.v.t."},
			{"not yet required", "present", "present late", "MISSING", "n/a"}};
		const int en = o->lang == POORT_LANG_EN;
		char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE];
		poort_date_format(o->today, a, sizeof a);
		int32_t bp = poort_dossier_complete_bp(d);
		printf(en ? "Dossier on %s: %s; %d.%02d%% complete; RIV can be submitted today: %s\n\n"
			  : "Dossier op %s: %s; %d,%02d%% compleet; RIV kan vandaag worden ingediend: %s\n\n",
		       a, riv[o->lang][poort_dossier_variant(d)], bp / 100, bp % 100,
		       poort_dossier_can_submit(d) ? (en ? "yes" : "ja") : (en ? "no" : "nee"));
		printf("%-26s %-2s %-17s %-10s %-10s %s\n", "Item", "", "Status", en ? "Due" : "Uiterlijk",
		       en ? "Present" : "Aanwezig", en ? "Content" : "Inhoud");
		for (size_t i = 0; i < poort_dossier_count(d); i++) {
			int32_t due = poort_dossier_item_due(d, i), first = poort_dossier_item_first(d, i);
			snprintf(a, sizeof a, "%s", "-");
			snprintf(b, sizeof b, "%s", "-");
			if (due != POORT_DATE_NONE)
				poort_date_format(due, a, sizeof a);
			if (first != POORT_DATE_NONE)
				poort_date_format(first, b, sizeof b);
			printf("%-26s %-2s %-17s %-10s %-10s %s\n", poort_dossier_item_id(d, i),
			       poort_dossier_item_onderdeel(d, i), state[o->lang][poort_dossier_item_state(d, i)],
			       a, b, poort_dossier_item_content(d, i, o->lang));
		}
	}
	poort_dossier_free(d);
	return finish_output(rc);
}

static int print_wage(struct options *o)
{
	if (o->wage_cents < 0 || o->hours < 0)
		return usage_error("wage needs --monthly-wage and --hours-per-week");
	if (poort_case_set_wage(o->c, o->wage_cents, o->hours) != POORT_OK)
		return usage_error("%s", poort_case_errmsg(o->c));
	if ((o->from == POORT_DATE_NONE) != (o->to == POORT_DATE_NONE))
		return usage_error("give both --from and --to, or neither (the whole case)");
	poort_wage *w = NULL;
	if (poort_wage_compute(o->c, NULL, o->from, o->to, &w) != POORT_OK)
		return usage_error("%s", poort_case_errmsg(o->c));
	int rc = 0;
	char *json = NULL;
	size_t len = 0;
	if (o->json) {
		int32_t st = poort_wage_json(w, o->lang, &json, &len);
		rc = print_json(st, json, len);
	} else {
		static const char *const regime[2][8] = {
			{"niet ziek", "wachtdag", "jaar 1", "jaar 2", "verlenging", "loonsanctie", "na AOW", "geen"},
			{"not sick", "waiting day", "year 1", "year 2", "extension", "loonsanctie", "after AOW", "none"}};
		const int en = o->lang == POORT_LANG_EN;
		char line[2048], d[POORT_DATE_BUFSIZE];
		printf("%-7s  %-11s  %7s  %13s  %s\n", en ? "Month" : "Maand", "Regime", "%",
		       en ? "Amount" : "Bedrag", en ? "How" : "Hoe");
		for (size_t i = 0; i < poort_wage_month_count(w); i++) {
			int64_t amount = poort_wage_month_amount(w, i);
			int32_t pct = poort_wage_month_percent(w, i);
			poort_date_format(poort_wage_month_first(w, i), d, sizeof d);
			poort_wage_month_explain(w, i, o->lang, line, sizeof line);
			printf("%.7s  %-11s  %4d,%02d  %10lld,%02lld  %s\n", d,
			       regime[o->lang][poort_wage_month_regime(w, i)], pct / 100, pct % 100,
			       (long long)(amount / 100), (long long)(amount % 100), line);
		}
		int64_t total = poort_wage_total(w);
		printf(en ? "Total: %lld,%02lld\n" : "Totaal: %lld,%02lld\n", (long long)(total / 100),
		       (long long)(total % 100));
	}
	poort_wage_free(w);
	return finish_output(rc);
}

/* Parse the options of a case command, then produce its output. */
static int cmd_case(int argc, char **argv, struct options *o, int (*output)(struct options *))
{
	int opt, rc;
	int period_given = 0;
	opterr = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "", long_options, NULL)) != -1) {
		if (opt == OPT_HELP) {
			fputs(usage_text, stdout);
			return 0;
		}
		if (opt == '?' || opt == ':') {
			const char *what = argv[optind - 1];
			return usage_error("%s: unknown option or missing value", what);
		}
		period_given |= opt == OPT_PERIOD;
		if ((rc = apply_option(o, opt, optarg)) != 0)
			return rc;
	}
	if (optind < argc)
		return usage_error("unexpected argument '%s'", argv[optind]);
	if (!period_given)
		return usage_error("%s needs at least one --period", argv[0]);
	return output(o);
}

/* The built-in example: a relapse within four weeks, the first steps recorded. */
static int run_example(struct options *o)
{
	static const char *const args[] = {
		"--period", "2026-01-01:2026-03-15", "--period", "2026-04-06",
		"--done", "ZIEKMELDING_ARBODIENST=2026-01-05", "--done", "PROBLEEMANALYSE=2026-02-05",
		"--done", "PLAN_VAN_AANPAK=2026-02-18", "--done", "EVALUATIE=2026-04-01",
		"--case-id", "example-0001", "--today", "2026-11-23",
	};
	printf("Voorbeeldcasus / example case: poortwachter timeline");
	for (size_t i = 0; i < sizeof args / sizeof *args; i++)
		printf(" %s", args[i]);
	printf("\n\n");
	for (size_t i = 0; i < sizeof args / sizeof *args; i += 2) {
		const struct option *lo = long_options;
		while (strcmp(lo->name, args[i] + 2) != 0)
			lo++;
		int rc = apply_option(o, lo->val, args[i + 1]);
		if (rc)
			return rc;
	}
	return output_timeline(o);
}

int main(int argc, char **argv)
{
	struct options o = {.today = POORT_DATE_NONE, .due_soon = 14, .lang = POORT_LANG_NL,
			    .wage_cents = -1, .hours = -1, .from = POORT_DATE_NONE, .to = POORT_DATE_NONE};
	o.c = poort_case_new();
	if (!o.c) {
		fputs("poortwachter: out of memory\n", stderr);
		return 1;
	}
	int rc;
	if (argc == 1) {
		rc = run_example(&o);
	} else if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		fputs(usage_text, stdout);
		rc = 0;
	} else if (strcmp(argv[1], "--version") == 0) {
		printf("poortwachter %s\n", poort_version_string());
		rc = 0;
	} else if (strcmp(argv[1], "timeline") == 0) {
		rc = cmd_case(argc - 1, argv + 1, &o, output_timeline);
	} else if (strcmp(argv[1], "dossier") == 0) {
		rc = cmd_case(argc - 1, argv + 1, &o, print_dossier);
	} else if (strcmp(argv[1], "wage") == 0) {
		rc = cmd_case(argc - 1, argv + 1, &o, print_wage);
	} else {
		rc = usage_error("unknown command '%s'", argv[1]);
	}
	poort_case_free(o.c);
	return rc;
}
