/*
 * `poortwachter report`: a printable HTML page per case, for the dossier (as PDF) or a
 * meeting. One self-contained file: inline CSS and the library's SVG drawing, no script,
 * nothing loaded from elsewhere; the only links are to the articles on wetten.overheid.nl.
 * With --cases FILE -o DIR/ a page per case of a spreadsheet (the library's sheet reader)
 * and an index page with a bar of the 104 weeks per case. Only the opaque case id
 * identifies a person; no other cell of the sheet is written, except the --group-by one.
 */
#include "cli.h"
#include "cli_markup.h"

#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/stat.h>

static const char REPORT_CSS[] =
	"body{font-family:sans-serif;color:#111;margin:2em;max-width:60em}"
	"h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.5em}"
	"table{border-collapse:collapse;width:100%}"
	"th,td{border:1px solid #bbb;padding:.25em .4em;text-align:left;vertical-align:top;font-size:.85em}"
	"th{background:#eee}td.n{text-align:right;white-space:nowrap}td.d{white-space:nowrap}"
	".overdue,.missing{color:#b00020;font-weight:bold}.done,.present{color:#1b5e20}"
	".done_late,.present_late,.due_soon{color:#a04000}.not_applicable,.passed{color:#666}"
	".drawing svg{width:100%;height:auto}dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}"
	"dt{font-weight:bold}dd{margin:0}"
	"@page{size:A4;margin:14mm}"
	"@media print{body{margin:0;max-width:none}tr,.drawing{break-inside:avoid}a{color:inherit}}";

/* Texts, [lang]. */
static const char *const T_CASE[2] = {"Verzuimverloop", "Sickness case"};
static const char *const T_INDEX[2] = {"Verzuimcasussen", "Sickness cases"};
static const char *const T_FACTS[2][5] = {
	{"Stand op", "Eerste ziektedag", "Ziektedagen geteld", "Wachttijd eindigt", "Loondoorbetaling eindigt"},
	{"Status on", "First sick day", "Sick days counted", "Wachttijd ends", "Wage obligation ends"}};
static const char *const T_MILESTONES[2] = {"Mijlpalen", "Milestones"};
static const char *const T_M_HEADS[2][5] = {
	{"Uiterlijk", "Status", "Mijlpaal", "Toelichting", "Grondslag"},
	{"Due", "Status", "Milestone", "Explanation", "Basis"}};
static const char *const T_DOSSIER[2] = {"Dossier (re-integratieverslag)", "Dossier (re-integratieverslag)"};
static const char *const T_D_HEADS[2][5] = {
	{"Onderdeel", "Inhoud", "Status", "Uiterlijk", "Aanwezig"},
	{"Onderdeel", "Content", "Status", "Due", "Present"}};
static const char *const T_ITEM_STATE[2][5] = {
	{"nog niet nodig", "aanwezig", "te laat aanwezig", "ontbreekt", "n.v.t."},
	{"not yet required", "present", "present late", "missing", "n/a"}};
static const char *const T_WAGE[2] = {"Loondoorbetaling per maand", "Wage continuation per month"};
static const char *const T_W_HEADS[2][3] = {{"Maand", "Bedrag (EUR)", "Toelichting"},
					     {"Month", "Amount (EUR)", "Explanation"}};

static void put_date(FILE *f, int32_t date)
{
	char b[POORT_DATE_BUFSIZE];
	fputs(poort_date_format(date, b, sizeof b) == POORT_OK ? b : "-", f);
}

static void page_begin(FILE *f, const char *title, const char *id, int32_t lang)
{
	fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>",
		lang == POORT_LANG_EN ? "en" : "nl");
	put_html(f, title);
	if (*id) {
		fputs(" ", f);
		put_html(f, id);
	}
	fprintf(f, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>", REPORT_CSS);
	put_html(f, title);
	if (*id) {
		fputs(" ", f);
		put_html(f, id);
	}
	fputs("</h1>\n", f);
}

static void table_begin(FILE *f, const char *title, const char *const *heads, int n)
{
	fputs("<h2>", f);
	put_html(f, title);
	fputs("</h2>\n<table>\n<tr>", f);
	for (int i = 0; i < n; i++) {
		fputs("<th>", f);
		put_html(f, heads[i]);
		fputs("</th>", f);
	}
	fputs("</tr>\n", f);
}

/* A cell with a link to the article a juriconnect id names. */
static void law_cell(FILE *f, const char *basis, const char *jci)
{
	fputs("<td><a href=\"" WETTEN_URL, f);
	put_html(f, jci);
	fputs("\">", f);
	put_html(f, basis);
	fputs("</a></td>", f);
}

static void facts(FILE *f, const poort_timeline *t, int32_t lang)
{
	int32_t dates[5] = {poort_timeline_today(t), poort_timeline_first_sick_day(t), POORT_DATE_NONE,
			    poort_timeline_wachttijd_end(t), poort_timeline_wage_end(t)};
	fputs("<dl>\n", f);
	for (int i = 0; i < 5; i++) {
		fprintf(f, "<dt>%s</dt><dd>", T_FACTS[lang][i]);
		if (i == 2)
			fprintf(f, "%d", poort_timeline_sick_days(t));
		else
			put_date(f, dates[i]);
		fputs("</dd>\n", f);
	}
	fputs("</dl>\n", f);
}

static void milestone_rows(FILE *f, const poort_timeline *t, int32_t lang)
{
	char line[1024];
	table_begin(f, T_MILESTONES[lang], T_M_HEADS[lang], 5);
	for (size_t i = 0; i < poort_timeline_count(t); i++) {
		int32_t st = poort_milestone_status(t, i), done = poort_milestone_done(t, i);
		fputs("<tr><td class=\"d\">", f);
		put_date(f, poort_milestone_due(t, i));
		fprintf(f, "</td><td class=\"%s\">%s", poort_status_name(st), status_label[lang][st]);
		if (done != POORT_DATE_NONE) {
			fputs(" ", f);
			put_date(f, done);
		}
		fputs("</td><td>", f);
		put_html(f, poort_milestone_title(t, i, lang));
		fprintf(f, " <small>(%s", poort_milestone_id(t, i));
		if (poort_milestone_occurrence(t, i))
			fprintf(f, " #%d", poort_milestone_occurrence(t, i));
		fputs(")</small></td><td>", f);
		poort_milestone_explain(t, i, lang, line, sizeof line);
		put_html(f, line);
		fputs("</td>", f);
		law_cell(f, poort_milestone_basis(t, i, lang), poort_milestone_juriconnect(t, i));
		fputs("</tr>\n", f);
	}
	fputs("</table>\n", f);
}

static void dossier_rows(FILE *f, const poort_dossier *d, int32_t lang)
{
	table_begin(f, T_DOSSIER[lang], T_D_HEADS[lang], 5);
	for (size_t i = 0; i < poort_dossier_count(d); i++) {
		int32_t st = poort_dossier_item_state(d, i);
		fputs("<tr><td>", f);
		put_html(f, poort_dossier_item_onderdeel(d, i));
		fputs("</td><td>", f);
		put_html(f, poort_dossier_item_content(d, i, lang));
		fprintf(f, "</td><td class=\"%s\">%s</td><td class=\"d\">", poort_item_state_name(st),
			T_ITEM_STATE[lang][st]);
		put_date(f, poort_dossier_item_due(d, i));
		fputs("</td><td class=\"d\">", f);
		put_date(f, poort_dossier_item_first(d, i));
		fputs("</td></tr>\n", f);
	}
	fputs("</table>\n", f);
}

static void wage_rows(FILE *f, const poort_wage *w, int32_t lang)
{
	char amount[48], line[1024];
	table_begin(f, T_WAGE[lang], T_W_HEADS[lang], 3);
	for (size_t i = 0; i < poort_wage_month_count(w); i++) {
		char month[POORT_DATE_BUFSIZE];
		poort_date_format(poort_wage_month_first(w, i), month, sizeof month);
		fmt_euros(amount, sizeof amount, poort_wage_month_amount(w, i), lang);
		poort_wage_month_explain(w, i, lang, line, sizeof line);
		fprintf(f, "<tr><td class=\"d\">%.7s</td><td class=\"n\">%s</td><td>", month, amount);
		put_html(f, line);
		fputs("</td></tr>\n", f);
	}
	fputs("</table>\n", f);
}

/* What the index page shows of a case. */
struct entry {
	char id[POORT_CASE_ID_MAX + 1], file[POORT_CASE_ID_MAX + 8], group[64];
	int32_t sick_days, overdue, next_due;
	char next[40];
};

/* The sections of a case's page from its computed results; wage w may be NULL. */
static void case_page(FILE *f, const poort_timeline *t, const char *svg, const poort_dossier *d,
		      const poort_wage *w, const char *id, int32_t lang)
{
	page_begin(f, T_CASE[lang], id, lang);
	facts(f, t, lang);
	fputs("<div class=\"drawing\">\n", f);
	fputs(svg, f);
	fputs("</div>\n", f);
	milestone_rows(f, t, lang);
	dossier_rows(f, d, lang);
	if (w)
		wage_rows(f, w, lang);
	fputs("</body>\n</html>\n", f);
}

/* The index's summary of a timeline: sick days, overdue milestones, the next one due. */
static void summarise(const poort_timeline *t, struct entry *e)
{
	e->sick_days = poort_timeline_sick_days(t);
	e->next_due = POORT_DATE_NONE;
	for (size_t i = 0; i < poort_timeline_count(t); i++) {
		int32_t st = poort_milestone_status(t, i), due = poort_milestone_due(t, i);
		e->overdue += st == POORT_STATUS_OVERDUE;
		if ((st == POORT_STATUS_UPCOMING || st == POORT_STATUS_DUE_SOON) &&
		    (e->next_due == POORT_DATE_NONE || due < e->next_due)) {
			e->next_due = due;
			snprintf(e->next, sizeof e->next, "%s", poort_milestone_id(t, i));
		}
	}
}

/* Compute a case's results and write its page to f; a status with the case's message, the
 * index's summary in e (may be NULL). */
static int32_t write_case(FILE *f, poort_case *c, const struct options *o, int32_t today, struct entry *e)
{
	poort_timeline *t = NULL;
	poort_dossier *d = NULL;
	poort_wage *w = NULL;
	char *svg = NULL;
	size_t len;
	int32_t st = poort_timeline_compute(c, today, o->due_soon, &t);
	if (!st)
		st = poort_timeline_svg(t, o->lang, &svg, &len);
	if (!st)
		st = poort_dossier_compute(c, today, &d);
	if (!st && (st = poort_wage_compute(c, NULL, POORT_DATE_NONE, POORT_DATE_NONE, &w)) == POORT_ERR_NO_WAGE)
		st = POORT_OK; /* no wage given: no wage section */
	if (!st) {
		case_page(f, t, svg, d, w, poort_case_id(c), o->lang);
		if (e)
			summarise(t, e);
	}
	poort_free(svg);
	poort_wage_free(w);
	poort_dossier_free(d);
	poort_timeline_free(t);
	return st;
}

static int report_one(struct options *o)
{
	if (o->wage_cents >= 0 && poort_case_set_wage(o->c, o->wage_cents, o->hours) != POORT_OK)
		return usage_error("%s", poort_case_errmsg(o->c));
	struct sink s;
	int rc = open_sink(&s, o->output);
	if (rc)
		return rc;
	if (write_case(s.out, o->c, o, reference_date(o), NULL) != POORT_OK)
		rc = usage_error("%s", poort_case_errmsg(o->c));
	return close_sink(&s, rc);
}

/* The 104 weeks as a bar, 2 px a week, filled up to the sick days counted today. */
static void week_bar(FILE *f, int32_t sick_days)
{
	int32_t weeks = sick_days / 7 > 104 ? 104 : sick_days / 7;
	fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"212\" height=\"14\" viewBox=\"0 0 212 14\" "
		"role=\"img\" aria-label=\"week %d / 104\"><rect x=\"2\" y=\"3\" width=\"208\" height=\"8\" "
		"fill=\"#ddd\"/><rect x=\"2\" y=\"3\" width=\"%d\" height=\"8\" fill=\"#5c6bc0\"/>"
		"<rect x=\"%d\" y=\"0\" width=\"2\" height=\"14\" fill=\"#111\"/></svg>",
		weeks, 2 * weeks, 1 + 2 * weeks);
}

static const char *const T_I_HEADS[2][5] = {
	{"Casus", "104 weken", "Te laat", "Volgende", "Uiterlijk"},
	{"Case", "104 weeks", "Overdue", "Next", "Due"}};

static int by_group(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int g = strcmp(x->group, y->group);
	return g ? g : strcmp(x->id, y->id);
}

static void index_page(FILE *f, struct entry *e, size_t n, const struct options *o)
{
	qsort(e, n, sizeof *e, by_group);
	page_begin(f, T_INDEX[o->lang], "", o->lang);
	fputs("<p>", f);
	put_date(f, o->today);
	fputs("</p>\n", f);
	for (size_t i = 0; i < n; i++) {
		if (i == 0 || strcmp(e[i].group, e[i - 1].group) != 0) {
			if (i)
				fputs("</table>\n", f);
			table_begin(f, o->group_by ? (*e[i].group ? e[i].group : "-") : T_INDEX[o->lang],
				    T_I_HEADS[o->lang], 5);
		}
		fputs("<tr><td><a href=\"", f);
		put_html(f, e[i].file);
		fputs("\">", f);
		put_html(f, e[i].id);
		fputs("</a></td><td>", f);
		week_bar(f, e[i].sick_days);
		fprintf(f, "</td><td class=\"n%s\">%d</td><td>%s</td><td class=\"d\">", e[i].overdue ? " overdue" : "",
			e[i].overdue, e[i].next);
		put_date(f, e[i].next_due);
		fputs("</td></tr>\n", f);
	}
	if (n)
		fputs("</table>\n", f);
	fputs("</body>\n</html>\n", f);
}

/* DIR/NAME, NAME the case id with every character but letters, digits, '-', '_' and '.'
 * replaced by '_' (and a leading '.' too), plus ".html". */
static void case_file(const char *id, char *name, size_t size)
{
	size_t k = 0;
	for (const char *p = id; *p && k + 6 < size; p++, k++) {
		char ch = *p;
		int ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
			 ch == '-' || ch == '_' || (ch == '.' && k > 0);
		name[k] = ok ? ch : '_';
	}
	snprintf(name + k, size - k, ".html");
}

/* Write a file DIR/name through its sink: the case's page, or the index (c NULL). Returns
 * EXIT_USAGE when the file cannot be written, 1 when the case cannot be computed. */
static int write_in_dir(const struct options *o, const char *name, poort_case *c, struct entry *e, size_t n)
{
	char path[4096];
	struct sink s;
	snprintf(path, sizeof path, "%s/%s", o->output, name);
	int rc = open_sink(&s, path);
	if (rc)
		return rc;
	if (!c)
		index_page(s.out, e, n, o);
	else if (write_case(s.out, c, o, o->today, &e[n]) != POORT_OK) {
		usage_error("%s: %s", name, poort_case_errmsg(c));
		rc = 1; /* this case only */
	}
	return close_sink(&s, rc);
}

/* One row of the sheet: its page, and its entry at e[*n]. Returns an exit code. */
static int report_row(const struct options *o, poort_sheet *sh, poort_case *c, struct entry *e, size_t *n)
{
	struct entry *x = &e[*n];
	memset(x, 0, sizeof *x);
	snprintf(x->id, sizeof x->id, "%s", poort_case_id(c));
	case_file(*x->id ? x->id : "case", x->file, sizeof x->file);
	if (o->group_by)
		snprintf(x->group, sizeof x->group, "%s", poort_sheet_value(sh, o->group_by));
	int rc = write_in_dir(o, x->file, c, e, *n);
	if (!rc)
		(*n)++;
	return rc;
}

/* Every row of the sheet: a page each; the rows that fail are reported and counted. */
static int report_rows(const struct options *o, poort_sheet *sh, struct entry **e, size_t *n, int *rejected)
{
	size_t cap = 0;
	for (;;) {
		poort_case *c = NULL;
		int32_t st = poort_sheet_next(sh, &c);
		if (st != POORT_OK) {
			fprintf(stderr, "poortwachter: %s: %s\n", o->cases, poort_sheet_errmsg(sh));
			(*rejected)++;
			continue;
		}
		if (!c)
			return 0;
		if (*n == cap) {
			struct entry *grown = realloc(*e, (cap = cap * 2 + 16) * sizeof **e);
			if (!grown) {
				poort_case_free(c);
				return usage_error("out of memory");
			}
			*e = grown;
		}
		int rc = report_row(o, sh, c, *e, n);
		poort_case_free(c);
		if (rc == EXIT_USAGE)
			return rc; /* the folder cannot be written */
		*rejected += rc != 0;
	}
}

static int report_cases(struct options *o)
{
	size_t len, n = 0;
	int rejected = 0, rc = 0;
	char *text = read_file("--cases", o->cases, &len);
	if (!text)
		return EXIT_USAGE;
	poort_sheet *sh = NULL;
	struct entry *e = NULL;
	reference_date(o);
	if (poort_sheet_new(text, len, &sh) != POORT_OK)
		rc = usage_error("--cases %s: %s", o->cases, sh ? poort_sheet_errmsg(sh) : "out of memory");
	else if (o->group_by && !poort_sheet_value(sh, o->group_by))
		rc = usage_error("--group-by %s: %s has no such column", o->group_by, o->cases);
	else if (mkdir(o->output, 0777) != 0 && errno != EEXIST)
		rc = usage_error("-o %s: cannot make the folder", o->output);
	if (!rc)
		rc = report_rows(o, sh, &e, &n, &rejected);
	if (!rc)
		rc = write_in_dir(o, "index.html", NULL, e, n);
	if (!rc && rejected) {
		fprintf(stderr, "poortwachter: %d row(s) of %s rejected; the index has the other cases\n",
			rejected, o->cases);
		rc = 1;
	}
	free(e);
	poort_sheet_free(sh);
	free(text);
	return rc;
}

int cmd_report(struct options *o)
{
	return o->cases ? report_cases(o) : report_one(o);
}
