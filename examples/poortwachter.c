/*
 * poortwachter — command-line tool over libpoortwachter's public API.
 *
 *   poortwachter                  the built-in example case
 *   poortwachter timeline ...     the timeline of a case (see --help)
 */
#define _POSIX_C_SOURCE 200809L /* gmtime_r */
#include "cli.h"
#include "cli_parse.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


static const char usage_text[] =
	"usage: poortwachter                      run the built-in example case\n"
	"       poortwachter timeline [options]   the timeline of a case\n"
	"       poortwachter dossier [options]    the re-integration dossier of a case\n"
	"       poortwachter wage [options]       the wage continuation of a case, per month\n"
	"       poortwachter ics [options]        a calendar feed (.ics) of a case's deadlines\n"
	"       poortwachter ics --cases FILE.csv --dtstamp ... -o FEED.ics\n"
	"                                         one feed for the cases of a spreadsheet\n"
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
	;
static const char usage_text2[] =
	"calendar options:\n"
	"  --dtstamp YYYYMMDDTHHMMSSZ    DTSTAMP of new and changed events (required)\n"
	"  --previous FILE               the previous feed: keep UIDs, bump SEQUENCE, cancel\n"
	"  --alarm-days N                a VALARM N days before each deadline (0: none)\n"
	"  --reminder-events             also separate reminder events N days before\n"
	"  --uid-domain D                domain of the UIDs (default poortwachter.invalid)\n"
	"  --name NAME                   calendar name\n"
	"  --include dossier|wage|dossier,wage   also dossier items, the start of year 2\n"
	"  --cases FILE.csv              many cases (columns: case_id, periods, done, leave,\n"
	"                                extension_until, loonsanctie, employment_end, departure,\n"
	"                                present; several values in a cell separated by spaces)\n"
	"  -o, --output FILE             write the feed to FILE instead of standard output\n"
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

/* Read a whole file; NULL (with a message) when it cannot be read. */
static char *read_file(const char *option, const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *text = NULL;
	size_t cap = 0;
	*len = 0;
	if (fp) {
		for (;;) {
			if (*len + 65536 + 1 > cap) {
				char *grown = realloc(text, cap = cap * 2 + 65536 + 1);
				if (!grown)
					break;
				text = grown;
			}
			size_t n = fread(text + *len, 1, cap - *len - 1, fp);
			*len += n;
			if (n == 0)
				break;
		}
		int bad = ferror(fp);
		fclose(fp);
		if (!bad && text) {
			text[*len] = '\0';
			return text;
		}
	}
	free(text);
	usage_error("%s %s: cannot read the file", option, path);
	return NULL;
}

static int32_t write_stream(void *ctx, const char *data, size_t len)
{
	return fwrite(data, 1, len, (FILE *)ctx) == len ? 0 : 1;
}

static int add_row(void *ctx, struct options *o)
{
	poort_feed *f = ctx;
	if (poort_feed_add_case(f, o->c) != POORT_OK)
		return usage_error("%s", poort_feed_errmsg(f));
	return 0;
}

/* The feed writer with the calendar options applied; NULL after a message. */
static poort_feed *feed_from_options(const struct options *o)
{
	int64_t stamp;
	const char *why;
	if (!o->dtstamp) {
		usage_error("ics needs --dtstamp YYYYMMDDTHHMMSSZ (the calendar's timestamp is an input)");
		return NULL;
	}
	if (cli_parse_dtstamp(o->dtstamp, &stamp, &why) != POORT_OK) {
		usage_error("--dtstamp %s: %s", o->dtstamp, why);
		return NULL;
	}
	poort_feed *f = poort_feed_new();
	if (!f) {
		usage_error("out of memory");
		return NULL;
	}
	int32_t st = poort_feed_set_dtstamp(f, stamp);
	if (!st)
		st = poort_feed_set_lang(f, o->lang);
	if (!st)
		st = poort_feed_set_alarm_days(f, o->alarm_days);
	if (!st)
		st = poort_feed_set_reminder_events(f, o->reminders);
	if (!st)
		st = poort_feed_set_include(f, o->include);
	if (!st && o->uid_domain)
		st = poort_feed_set_uid_domain(f, o->uid_domain);
	if (!st && o->name)
		st = poort_feed_set_name(f, o->name);
	if (!st && o->reminders && !o->alarm_days) {
		usage_error("--reminder-events needs --alarm-days N with N above 0");
		poort_feed_free(f);
		return NULL;
	}
	if (!st && o->previous) {
		size_t len;
		char *text = read_file("--previous", o->previous, &len);
		if (!text) {
			poort_feed_free(f);
			return NULL;
		}
		st = poort_feed_set_previous(f, text, len);
		free(text);
	}
	if (st) {
		usage_error("%s", poort_feed_errmsg(f));
		poort_feed_free(f);
		return NULL;
	}
	return f;
}

/* poortwachter ics: one case from the options, or the cases of a CSV file. */
static int write_ics(struct options *o)
{
	poort_feed *f = feed_from_options(o);
	if (!f)
		return EXIT_USAGE;
	char *cases = NULL;
	size_t cases_len = 0;
	if (o->cases && !(cases = read_file("--cases", o->cases, &cases_len))) {
		poort_feed_free(f);
		return EXIT_USAGE;
	}
	/* write to FILE.tmp and rename it when complete, so a failure never leaves half a feed */
	char tmp[4096];
	FILE *out = stdout;
	if (o->output) {
		snprintf(tmp, sizeof tmp, "%s.tmp", o->output);
		if (!(out = fopen(tmp, "wb"))) {
			free(cases);
			poort_feed_free(f);
			return usage_error("-o %s: cannot write the file", o->output);
		}
	}
	int rc = 0, rejected = 0;
	if (poort_feed_begin(f, write_stream, out) != POORT_OK) {
		rc = usage_error("%s", poort_feed_errmsg(f));
	} else if (cases) {
		struct options defaults = *o;
		defaults.c = NULL;
		rejected = read_cases_csv(o->cases, cases, cases_len, &defaults, add_row, f);
		if (rejected < 0)
			rc = EXIT_USAGE;
	} else if (poort_feed_add_case(f, o->c) != POORT_OK) {
		rc = usage_error("%s", poort_feed_errmsg(f));
	}
	if (!rc && poort_feed_end(f) != POORT_OK)
		rc = usage_error("%s", poort_feed_errmsg(f));
	if (o->output) {
		if (fclose(out) != 0 && !rc)
			rc = usage_error("-o %s: writing failed", o->output);
		if (rc)
			remove(tmp);
		else if (rename(tmp, o->output) != 0)
			rc = usage_error("-o %s: cannot replace the file", o->output);
	} else if (fflush(stdout) != 0 && !rc) {
		rc = usage_error("writing the feed failed");
	}
	if (!rc && rejected > 0) {
		fprintf(stderr, "poortwachter: %d row(s) of %s rejected; the feed has the other cases\n", rejected,
			o->cases);
		rc = 1;
	}
	free(cases);
	poort_feed_free(f);
	return rc;
}

/* Parse the options of a case command, then produce its output. */
static int cmd_case(int argc, char **argv, struct options *o, int (*output)(struct options *))
{
	int opt, rc;
	int period_given = 0;
	opterr = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "o:", long_options, NULL)) != -1) {
		if (opt == OPT_HELP) {
			fputs(usage_text, stdout);
			fputs(usage_text2, stdout);
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
	if (!period_given && !(output == write_ics && o->cases))
		return usage_error("%s needs at least one --period", argv[0]);
	if (output == write_ics && o->cases && period_given)
		return usage_error("give either --cases or the options of one case");
	return output(o);
}

/* The built-in example: a relapse within four weeks, the first steps recorded. It prints
 * the timeline and writes the case's calendar feed to poortwachter-example.ics. */
static int run_example(struct options *o)
{
	static const char *const args[] = {
		"--period", "2026-01-01:2026-03-15", "--period", "2026-04-06",
		"--done", "ZIEKMELDING_ARBODIENST=2026-01-05", "--done", "PROBLEEMANALYSE=2026-02-05",
		"--done", "PLAN_VAN_AANPAK=2026-02-18", "--done", "EVALUATIE=2026-04-01",
		"--case-id", "example-0001", "--today", "2026-11-23",
		"--dtstamp", "20261123T080000Z", "--alarm-days", "7", "--output", "poortwachter-example.ics",
	};
	printf("Voorbeeldcasus / example case: poortwachter timeline");
	for (size_t i = 0; i < 18; i++)
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
	int rc = output_timeline(o);
	if (rc == 0)
		rc = write_ics(o);
	if (rc == 0)
		printf("\nKalender / calendar: %s (poortwachter ics --dtstamp %s --alarm-days 7)\n", o->output,
		       o->dtstamp);
	return rc;
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
		fputs(usage_text2, stdout);
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
	} else if (strcmp(argv[1], "ics") == 0) {
		rc = cmd_case(argc - 1, argv + 1, &o, write_ics);
	} else {
		rc = usage_error("unknown command '%s'", argv[1]);
	}
	poort_case_free(o.c);
	return rc;
}
