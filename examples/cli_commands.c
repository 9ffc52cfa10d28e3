/* The command-line tool's command table and the handlers of timeline, dossier and wage
 * (the calendar feed's is in cli_feed.c). */
#define _POSIX_C_SOURCE 200809L /* gmtime_r */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const struct cli_command cli_commands[] = {
	{"timeline", cmd_timeline, CMD_TIMELINE, "the timeline of a case"},
	{"dossier", cmd_dossier, CMD_DOSSIER, "the re-integration dossier of a case"},
	{"wage", cmd_wage, CMD_WAGE, "the wage continuation of a case, per month"},
	{"ics", cmd_ics, CMD_ICS, "a calendar feed (.ics) of a case's deadlines"},
	{"agenda", cmd_agenda, CMD_AGENDA, "what is overdue or due soon across the cases of a sheet"},
	{"rules", cmd_rules, CMD_RULES, "the rule catalogue: milestones, legal constants, statutory tables"},
	{"report", cmd_report, CMD_TIMELINE | CMD_DOSSIER | CMD_WAGE | CMD_REPORT,
	 "a printable HTML page of a case, or of each case of a sheet with an index page"},
};
const size_t cli_command_count = sizeof cli_commands / sizeof *cli_commands;

/* The built-in example: a relapse within four weeks, the first steps recorded. It prints
 * the timeline and writes the case's calendar feed to CLI_EXAMPLE_FEED. */
const struct example_arg cli_example[] = {
	{OPT_PERIOD, "2026-01-01:2026-03-15"}, {OPT_PERIOD, "2026-04-06"},
	{OPT_DONE, "ZIEKMELDING_ARBODIENST=2026-01-05"}, {OPT_DONE, "PROBLEEMANALYSE=2026-02-05"},
	{OPT_DONE, "PLAN_VAN_AANPAK=2026-02-18"}, {OPT_DONE, "EVALUATIE=2026-04-01"},
	{OPT_CASE_ID, "example-0001"}, {OPT_TODAY, "2026-11-23"},
	{OPT_DTSTAMP, "20261123T080000Z"}, {OPT_ALARM_DAYS, "7"}, {OPT_OUTPUT, CLI_EXAMPLE_FEED},
};
const size_t cli_example_count = sizeof cli_example / sizeof *cli_example;

const struct cli_command *cli_command_by_name(const char *name)
{
	for (size_t i = 0; i < cli_command_count; i++)
		if (strcmp(cli_commands[i].name, name) == 0)
			return &cli_commands[i];
	return NULL;
}

/* A given option of cmd that stands in for the option `id`, or NULL. */
static const struct cli_option *replacement(const struct cli_command *cmd, const struct options *o, int id)
{
	for (size_t i = 0; i < cli_option_count; i++) {
		const struct cli_option *r = &cli_options[i];
		if (r->instead_of == id && (r->commands & cmd->bit) && option_given(o, r))
			return r;
	}
	return NULL;
}

unsigned command_needs(const struct cli_command *cmd)
{
	return cmd->bit & CMD_REPORT ? cmd->bit & ~(unsigned)CMD_WAGE : cmd->bit;
}

/* The --format words of a command: text, json and csv, but svg only for one timeline, and
 * the catalogue in text, json, markdown or html; the report is a page of its own. */
static int format_taken(const struct cli_command *cmd, const struct options *o)
{
	static const char *const words[] = {"text", "json", "csv", "markdown", "html", "svg"};
	unsigned ok = FORMAT_BIT(FORMAT_TEXT) | FORMAT_BIT(FORMAT_JSON) | FORMAT_BIT(FORMAT_CSV);
	if (cmd->bit & CMD_REPORT)
		ok = FORMAT_BIT(FORMAT_TEXT);
	else if (cmd->bit == CMD_RULES)
		ok = FORMAT_BIT(FORMAT_TEXT) | FORMAT_BIT(FORMAT_JSON) | FORMAT_BIT(FORMAT_MARKDOWN) |
		     FORMAT_BIT(FORMAT_HTML);
	else if (cmd->bit == CMD_TIMELINE && !o->cases)
		ok |= FORMAT_BIT(FORMAT_SVG);
	if (ok & FORMAT_BIT(o->format))
		return 0;
	return usage_error("%s%s does not write --format %s", cmd->name, o->cases ? " --cases" : "",
			   words[o->format]);
}

int check_command(const struct cli_command *cmd, const struct options *o)
{
	int rc = format_taken(cmd, o);
	if (rc)
		return rc;
	for (size_t i = 0; i < cli_option_count; i++) {
		const struct cli_option *r = &cli_options[i];
		if (!(r->required & command_needs(cmd)))
			continue;
		const struct cli_option *other = replacement(cmd, o, r->id);
		if (other && option_given(o, r))
			return usage_error("give either --%s or the options of one case", other->name);
		/* a sheet's rows bring what the options of one case would */
		if (!other && !option_given(o, r) && !(o->cases && r->column))
			return usage_error(r->missing, cmd->name);
	}
	return 0;
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

int32_t reference_date(struct options *o)
{
	if (o->today == POORT_DATE_NONE)
		o->today = system_today();
	return o->today;
}

int case_error(const struct options *o, const char *message)
{
	if (o->sheet)
		return usage_error("case %s: %s", poort_case_id(o->c), message);
	return usage_error("%s", message);
}

/* The status of a poort_*_json call: 0, or 1 after a message. */
static int json_status(int32_t st)
{
	if (st == POORT_OK)
		return 0;
	fprintf(stderr, "poortwachter: %s\n", poort_status_str(st));
	return 1;
}

const char *const weekday_name[2][8] = {
	{"", "ma", "di", "wo", "do", "vr", "za", "zo"},
	{"", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}};
const char *const status_label[2][7] = {
	{"gepland", "binnenkort", "TE LAAT", "gedaan", "laat gedaan", "n.v.t.", "verstreken"},
	{"upcoming", "due soon", "OVERDUE", "done", "done late", "n/a", "passed"}};

static void print_timeline_head(const poort_timeline *t, const struct options *o, FILE *f)
{
	const int en = o->lang == POORT_LANG_EN;
	char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE];
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
}

/* A due date on a weekend day or an Atw holiday stays there (spec 3): the text says so. */
static const char *const day_off_text[2] = {"; valt op een %s: geen werkdag, de datum schuift niet op",
					    "; falls on a %s: not a workday, the date does not move"};
static const char *const day_off_name[2][3] = {{"zaterdag", "zondag", "feestdag (Atw art. 3)"},
					       {"Saturday", "Sunday", "holiday (Atw art. 3)"}};

/* Milestone i: its line and the line with its window, explanation and basis. */
static void print_milestone(const poort_timeline *t, size_t i, const struct options *o, FILE *f)
{
	char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE], line[512], status[40], id[40];
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
		snprintf(id, sizeof id, "%s #%d", poort_milestone_id(t, i), poort_milestone_occurrence(t, i));
	else
		snprintf(id, sizeof id, "%s", poort_milestone_id(t, i));
	fprintf(f, "%s %-3s  %-22s  %-29s %s\n", a,
		weekday_name[o->lang][poort_date_weekday(poort_milestone_due(t, i))], status, id,
		poort_milestone_title(t, i, o->lang));
	poort_milestone_explain(t, i, o->lang, line, sizeof line);
	int32_t w = poort_milestone_window_start(t, i);
	if (w != POORT_DATE_NONE) {
		poort_date_format(w, b, sizeof b);
		fprintf(f, "%17s%s %s; ", "", o->lang == POORT_LANG_EN ? "window opens" : "venster opent", b);
	} else {
		fprintf(f, "%17s", "");
	}
	fputs(line, f);
	if (poort_milestone_day_off(t, i) == 1) {
		int32_t wd = poort_date_weekday(poort_milestone_due(t, i));
		fprintf(f, day_off_text[o->lang], day_off_name[o->lang][wd >= 6 ? wd - 6 : 2]);
	}
	fprintf(f, " | %s\n", poort_milestone_basis(t, i, o->lang));
}

static void timeline_csv_head(struct csv *w)
{
	static const char *const head[] = {"id", "occurrence", "due", "status", "done", "title", "who"};
	for (size_t k = 0; k < sizeof head / sizeof *head; k++)
		csv_cell(w, head[k]);
}

static void timeline_csv(const poort_timeline *t, const struct options *o, struct csv *w)
{
	for (size_t i = 0; i < poort_timeline_count(t); i++) {
		csv_case_cells(w, o);
		csv_cell(w, poort_milestone_id(t, i));
		csv_int(w, poort_milestone_occurrence(t, i));
		csv_date(w, poort_milestone_due(t, i));
		csv_cell(w, poort_status_name(poort_milestone_status(t, i)));
		csv_date(w, poort_milestone_done(t, i));
		csv_cell(w, poort_milestone_title(t, i, o->lang));
		csv_cell(w, poort_milestone_who(t, i, o->lang));
		csv_end_row(w);
	}
}

static int timeline_one(struct options *o, struct csv *w, char **json, size_t *len)
{
	poort_timeline *t = NULL;
	if (poort_timeline_compute(o->c, o->today, o->due_soon, &t) != POORT_OK)
		return case_error(o, poort_case_errmsg(o->c));
	int rc = 0;
	if (o->format == FORMAT_JSON || o->format == FORMAT_SVG) {
		rc = json_status((o->format == FORMAT_SVG ? poort_timeline_svg : poort_timeline_json)(t, o->lang, json, len));
	} else if (o->format == FORMAT_CSV) {
		timeline_csv(t, o, w);
	} else {
		print_timeline_head(t, o, stdout);
		for (size_t i = 0; i < poort_timeline_count(t); i++)
			print_milestone(t, i, o, stdout);
	}
	poort_timeline_free(t);
	return rc;
}

int cmd_timeline(struct options *o)
{
	static const struct report timeline = {"timeline", timeline_csv_head, timeline_one};
	return run_report(o, &timeline);
}

static void print_dossier_text(const poort_dossier *d, const struct options *o)
{
	static const char *const riv[2][3] = {
		{"geen dossier nodig", "verkort re-integratieverslag", "volledig re-integratieverslag"},
		{"no dossier needed", "shorter re-integratieverslag", "full re-integratieverslag"}};
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
		       poort_dossier_item_onderdeel(d, i), state[o->lang][poort_dossier_item_state(d, i)], a, b,
		       poort_dossier_item_content(d, i, o->lang));
	}
}

static const char *const item_state_name[5] = {"not_yet_required", "present", "present_late", "missing",
						    "not_applicable"};

static void dossier_csv_head(struct csv *w)
{
	static const char *const head[] = {"item", "onderdeel", "state", "due", "present", "content"};
	for (size_t k = 0; k < sizeof head / sizeof *head; k++)
		csv_cell(w, head[k]);
}

static void dossier_csv(const poort_dossier *d, const struct options *o, struct csv *w)
{
	for (size_t i = 0; i < poort_dossier_count(d); i++) {
		csv_case_cells(w, o);
		csv_cell(w, poort_dossier_item_id(d, i));
		csv_cell(w, poort_dossier_item_onderdeel(d, i));
		csv_cell(w, item_state_name[poort_dossier_item_state(d, i)]);
		csv_date(w, poort_dossier_item_due(d, i));
		csv_date(w, poort_dossier_item_first(d, i));
		csv_cell(w, poort_dossier_item_content(d, i, o->lang));
		csv_end_row(w);
	}
}

static int dossier_one(struct options *o, struct csv *w, char **json, size_t *len)
{
	poort_dossier *d = NULL;
	if (poort_dossier_compute(o->c, o->today, &d) != POORT_OK)
		return case_error(o, poort_case_errmsg(o->c));
	int rc = 0;
	if (o->format == FORMAT_JSON)
		rc = json_status(poort_dossier_json(d, o->lang, json, len));
	else if (o->format == FORMAT_CSV)
		dossier_csv(d, o, w);
	else
		print_dossier_text(d, o);
	poort_dossier_free(d);
	return rc;
}

int cmd_dossier(struct options *o)
{
	static const struct report dossier = {"dossier", dossier_csv_head, dossier_one};
	return run_report(o, &dossier);
}

static void print_wage_text(const poort_wage *w, const struct options *o)
{
	static const char *const regime[2][8] = {
		{"niet ziek", "wachtdag", "jaar 1", "jaar 2", "verlenging", "loonsanctie", "na AOW", "geen"},
		{"not sick", "waiting day", "year 1", "year 2", "extension", "loonsanctie", "after AOW", "none"}};
	const int en = o->lang == POORT_LANG_EN;
	char line[2048], d[POORT_DATE_BUFSIZE];
	printf("%-7s  %-11s  %7s  %13s  %s\n", en ? "Month" : "Maand", "Regime", "%", en ? "Amount" : "Bedrag",
	       en ? "How" : "Hoe");
	for (size_t i = 0; i < poort_wage_month_count(w); i++) {
		int64_t amount = poort_wage_month_amount(w, i);
		int32_t pct = poort_wage_month_percent(w, i);
		poort_date_format(poort_wage_month_first(w, i), d, sizeof d);
		poort_wage_month_explain(w, i, o->lang, line, sizeof line);
		printf("%.7s  %-11s  %4d,%02d  %10lld,%02lld  %s\n", d, regime[o->lang][poort_wage_month_regime(w, i)],
		       pct / 100, pct % 100, (long long)(amount / 100), (long long)(amount % 100), line);
	}
	int64_t total = poort_wage_total(w);
	printf(en ? "Total: %lld,%02lld\n" : "Totaal: %lld,%02lld\n", (long long)(total / 100),
	       (long long)(total % 100));
}

/* A warning line for each table the wage used past its newest row (stale) or in a row
 * derived by the statutory recipe (provisional). */
static void print_table_warnings(const poort_wage *w, const struct options *o)
{
	static const char *const table[2][3] = {{"", "het minimumloon", "het Wfsv-maximumdagloon"},
						{"", "the minimum wage", "the Wfsv maximum daily wage"}};
	const int en = o->lang == POORT_LANG_EN;
	char d[POORT_DATE_BUFSIZE];
	for (int32_t t = POORT_TABLE_MIN_WAGE; t <= POORT_TABLE_WFSV; t++) {
		if (poort_date_format(poort_wage_stale_from(w, t), d, sizeof d) == POORT_OK)
			printf(en ? "Warning: the table of %s has no row from %s on: amounts from then may be stale "
				    "(add the published row with --params)\n"
				  : "Waarschuwing: de tabel van %s heeft geen regel vanaf %s: bedragen vanaf dan kunnen "
				    "verouderd zijn (voeg de gepubliceerde regel toe met --params)\n",
			       table[en][t], d);
		if (poort_date_format(poort_wage_provisional_from(w, t), d, sizeof d) == POORT_OK)
			printf(en ? "Warning: %s from %s is derived per the statutory recipe, not found published\n"
				  : "Waarschuwing: %s vanaf %s is afgeleid volgens de wettelijke rekenregel, niet "
				    "gepubliceerd gevonden\n",
			       table[en][t], d);
	}
}

/* The parameter set of --params: the built-in rows plus the file's, or NULL without it.
 * Returns 0, or an exit code after a message. */
static int load_params(const struct options *o, poort_params **out)
{
	*out = NULL;
	if (!o->params)
		return 0;
	size_t len;
	char *text = read_input("--params", o->params, &len);
	if (!text)
		return EXIT_USAGE;
	poort_params *p = poort_params_new();
	int32_t st = p ? poort_params_load(p, text, len) : POORT_ERR_NOMEM;
	free(text);
	if (st != POORT_OK) {
		int rc = usage_error("--params %s: %s", o->params, p ? poort_params_errmsg(p) : "out of memory");
		poort_params_free(p);
		return rc;
	}
	*out = p;
	return 0;
}

static void wage_csv_head(struct csv *w)
{
	static const char *const head[] = {"month", "first", "last", "regime", "percent", "amount"};
	for (size_t k = 0; k < sizeof head / sizeof *head; k++)
		csv_cell(w, head[k]);
}

static void wage_csv(const poort_wage *wg, const struct options *o, struct csv *w)
{
	static const char *const regime[8] = {"not_sick", "waiting_day", "year_1", "year_2", "extension",
					      "loonsanctie", "after_aow", "ended"};
	for (size_t i = 0; i < poort_wage_month_count(wg); i++) {
		char month[POORT_DATE_BUFSIZE];
		poort_date_format(poort_wage_month_first(wg, i), month, sizeof month);
		month[7] = '\0';
		csv_case_cells(w, o);
		csv_cell(w, month);
		csv_date(w, poort_wage_month_first(wg, i));
		csv_date(w, poort_wage_month_last(wg, i));
		csv_cell(w, regime[poort_wage_month_regime(wg, i)]);
		csv_hundredths(w, poort_wage_month_percent(wg, i));
		csv_hundredths(w, poort_wage_month_amount(wg, i));
		csv_end_row(w);
	}
}

/* The wage and hours: from the options (check_command saw to it), or a sheet row's columns. */
static int wage_one(struct options *o, struct csv *w, char **json, size_t *len)
{
	if (!o->sheet && poort_case_set_wage(o->c, o->wage_cents, o->hours) != POORT_OK)
		return usage_error("%s", poort_case_errmsg(o->c));
	if ((o->from == POORT_DATE_NONE) != (o->to == POORT_DATE_NONE))
		return usage_error("give both --from and --to, or neither (the whole case)");
	poort_wage *wg = NULL;
	if (poort_wage_compute(o->c, o->tables, o->from, o->to, &wg) != POORT_OK)
		return case_error(o, poort_case_errmsg(o->c));
	int rc = 0;
	if (o->format == FORMAT_JSON)
		rc = json_status(poort_wage_json(wg, o->lang, json, len));
	else if (o->format == FORMAT_CSV)
		wage_csv(wg, o, w);
	else {
		print_wage_text(wg, o);
		print_table_warnings(wg, o);
	}
	poort_wage_free(wg);
	return rc;
}

int cmd_wage(struct options *o)
{
	static const struct report wage = {"wage", wage_csv_head, wage_one};
	int rc = load_params(o, &o->tables);
	if (rc)
		return rc;
	rc = run_report(o, &wage);
	poort_params_free(o->tables);
	o->tables = NULL;
	return rc;
}
