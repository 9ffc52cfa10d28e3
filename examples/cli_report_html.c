/*
 * `poortwachter report`: a printable HTML page per case, for the dossier (as PDF) or a
 * meeting. One self-contained file: inline CSS and the library's SVG drawing, no script,
 * nothing loaded from elsewhere; the only links are to the articles on wetten.overheid.nl.
 * With --cases FILE -o DIR/ a page per row of a sheet and an index page with a bar of the
 * 104 weeks per case, grouped by a column of the sheet. Only the opaque case id
 * identifies a person; no other cell of the sheet is written, except the --group-by one.
 */
#include "cli.h"
#include "cli_feed.h"
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

#define OPEN_MAX 8
/* What the index page shows of a case: its bar, and its open milestones for the agenda
 * (as the agenda command: overdue or due within --due-soon days, by the timeline's
 * statuses; the first OPEN_MAX, and how many more). */
struct open_item {
	int32_t due, status, occurrence;
	const char *id, *title; /* the library's static texts */
};
struct entry {
	char id[POORT_CASE_ID_MAX + 1], file[POORT_CASE_ID_MAX + 8], group[64];
	int32_t sick_days, overdue, next_due;
	char next[40];
	struct open_item open[OPEN_MAX];
	int n_open, more;
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
static void summarise(const poort_timeline *t, int32_t lang, struct entry *e)
{
	e->sick_days = poort_timeline_sick_days(t);
	e->next_due = POORT_DATE_NONE;
	for (size_t i = 0; i < poort_timeline_count(t); i++) {
		int32_t st = poort_milestone_status(t, i), due = poort_milestone_due(t, i);
		e->overdue += st == POORT_STATUS_OVERDUE;
		if (st == POORT_STATUS_OVERDUE || st == POORT_STATUS_DUE_SOON) {
			if (e->n_open == OPEN_MAX)
				e->more++;
			else
				e->open[e->n_open++] = (struct open_item){due, st, poort_milestone_occurrence(t, i),
					poort_milestone_id(t, i), poort_milestone_title(t, i, lang)};
		}
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
			summarise(t, o->lang, e);
	}
	poort_free(svg);
	poort_wage_free(w);
	poort_dossier_free(d);
	poort_timeline_free(t);
	return st;
}

static int report_one(struct options *o)
{
	if (!o->sheet && o->wage_cents >= 0 && poort_case_set_wage(o->c, o->wage_cents, o->hours) != POORT_OK)
		return usage_error("%s", poort_case_errmsg(o->c));
	struct sink s;
	int rc = open_sink(&s, o->output);
	if (rc)
		return rc;
	if (write_case(s.out, o->c, o, reference_date(o), NULL) != POORT_OK)
		rc = usage_error("%s", poort_case_errmsg(o->c));
	return close_sink(&s, rc, 0);
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

static const char *const T_AGENDA[2] = {"Agenda: te laat of binnenkort", "Agenda: overdue or due soon"};
static const char *const T_A_HEADS[2][4] = {{"Uiterlijk", "Status", "Casus", "Mijlpaal"},
					     {"Due", "Status", "Case", "Milestone"}};
static const char *const T_MORE[2] = {"en %d meer", "and %d more"};

/* An open item of the agenda, with the case it belongs to. */
struct agenda_line {
	const struct entry *e;
	const struct open_item *it;
};

static int by_due(const void *a, const void *b)
{
	const struct agenda_line *x = a, *y = b;
	if (x->it->due != y->it->due)
		return x->it->due < y->it->due ? -1 : 1;
	return x - y < 0 ? -1 : x - y > 0;
}

static void agenda_line(FILE *f, const struct agenda_line *l, int32_t lang)
{
	fputs("<tr><td class=\"d\">", f);
	put_date(f, l->it->due);
	fprintf(f, "</td><td class=\"%s\">%s</td><td><a href=\"", poort_status_name(l->it->status),
		status_label[lang][l->it->status]);
	put_html(f, l->e->file);
	fputs("\">", f);
	put_html(f, l->e->id);
	fputs("</a></td><td>", f);
	put_html(f, l->it->title);
	fprintf(f, l->it->occurrence ? " <small>(%s #%d)</small>" : " <small>(%s)</small>", l->it->id,
		l->it->occurrence);
	if (l->it == &l->e->open[l->e->n_open - 1] && l->e->more)
		fprintf(f, T_MORE[lang], l->e->more);
	fputs("</td></tr>\n", f);
}

/* The agenda of the cases e[first ... last - 1] (one group), by due date. */
static void agenda_rows(FILE *f, const struct entry *e, size_t first, size_t last, int32_t lang)
{
	size_t n = 0;
	for (size_t i = first; i < last; i++)
		n += (size_t)e[i].n_open;
	struct agenda_line *l = n ? malloc(n * sizeof *l) : NULL;
	if (!l)
		return;
	n = 0;
	for (size_t i = first; i < last; i++)
		for (int k = 0; k < e[i].n_open; k++)
			l[n++] = (struct agenda_line){&e[i], &e[i].open[k]};
	qsort(l, n, sizeof *l, by_due);
	table_begin(f, T_AGENDA[lang], T_A_HEADS[lang], 4);
	for (size_t i = 0; i < n; i++)
		agenda_line(f, &l[i], lang);
	fputs("</table>\n", f);
	free(l);
}

static void case_line(FILE *f, const struct entry *e)
{
	fputs("<tr><td><a href=\"", f);
	put_html(f, e->file);
	fputs("\">", f);
	put_html(f, e->id);
	fputs("</a></td><td>", f);
	week_bar(f, e->sick_days);
	fprintf(f, "</td><td class=\"n%s\">%d</td><td>%s</td><td class=\"d\">", e->overdue ? " overdue" : "",
		e->overdue, e->next);
	put_date(f, e->next_due);
	fputs("</td></tr>\n", f);
}

/* The index: per group (of --group-by; else one) its agenda and its cases with their bars. */
static void index_page(FILE *f, struct entry *e, size_t n, const struct options *o)
{
	qsort(e, n, sizeof *e, by_group);
	page_begin(f, T_INDEX[o->lang], "", o->lang);
	fputs("<p>", f);
	put_date(f, o->today);
	fputs("</p>\n", f);
	for (size_t first = 0, last; first < n; first = last) {
		for (last = first + 1; last < n && strcmp(e[last].group, e[first].group) == 0; last++)
			continue;
		if (o->group_by) {
			fputs("<h2 class=\"group\">", f);
			put_html(f, *e[first].group ? e[first].group : "-");
			fputs("</h2>\n", f);
		}
		agenda_rows(f, e, first, last, o->lang);
		table_begin(f, T_INDEX[o->lang], T_I_HEADS[o->lang], 5);
		for (size_t i = first; i < last; i++)
			case_line(f, &e[i]);
		fputs("</table>\n", f);
	}
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

/* A run over the rows of a sheet: the pages written and what the index shows of them. */
struct pages {
	const struct options *o;
	struct entry *e;
	size_t n, cap;
	int unwritable; /* the folder cannot be written: stop */
};

/* Write a file DIR/name: the page of the row's case (o), or the index (o NULL). Returns
 * EXIT_USAGE when the file cannot be written, 1 when the case cannot be computed. */
static int write_in_dir(struct pages *p, const char *name, struct options *o)
{
	char path[4096];
	struct sink s;
	snprintf(path, sizeof path, "%s/%s", p->o->output, name);
	int rc = open_sink(&s, path);
	if (rc)
		return rc;
	if (!o)
		index_page(s.out, p->e, p->n, p->o);
	else if (write_case(s.out, o->c, o, o->today, &p->e[p->n]) != POORT_OK) {
		case_error(o, poort_case_errmsg(o->c));
		rc = 1; /* this case only */
	}
	return close_sink(&s, rc, 0);
}

static int check_group_column(void *ctx, const poort_sheet *s)
{
	const struct pages *p = ctx;
	if (p->o->group_by && !poort_sheet_value(s, p->o->group_by))
		return usage_error("--group-by %s: %s has no such column", p->o->group_by, p->o->cases);
	return 0;
}

/* A row of the sheet: its page, and its entry on the index. */
static int page_row(void *ctx, struct options *o)
{
	struct pages *p = ctx;
	if (p->unwritable)
		return 1;
	if (p->n == p->cap) {
		struct entry *grown = realloc(p->e, (p->cap = p->cap * 2 + 16) * sizeof *p->e);
		if (!grown)
			return p->unwritable = usage_error("out of memory");
		p->e = grown;
	}
	struct entry *x = memset(&p->e[p->n], 0, sizeof *p->e);
	snprintf(x->id, sizeof x->id, "%s", poort_case_id(o->c));
	case_file(*x->id ? x->id : "case", x->file, sizeof x->file);
	if (p->o->group_by)
		snprintf(x->group, sizeof x->group, "%s", poort_sheet_value(o->sheet, p->o->group_by));
	int rc = write_in_dir(p, x->file, o);
	if (rc == EXIT_USAGE)
		p->unwritable = rc;
	p->n += rc == 0;
	return rc;
}

static int report_cases(struct options *o)
{
	struct pages p = {.o = o};
	reference_date(o);
	if (mkdir(o->output, 0777) != 0 && errno != EEXIST)
		return usage_error("-o %s: cannot make the folder", o->output);
	const struct row_handler h = {check_group_column, page_row, NULL, 0};
	int rejected = read_cases_option(o, &h, &p);
	int rc = p.unwritable ? p.unwritable : rejected < 0 ? EXIT_USAGE : write_in_dir(&p, "index.html", NULL);
	free(p.e);
	return rc ? rc : rejected_rows(o->cases, rejected, "the index has the other cases");
}

int cmd_report(struct options *o)
{
	return o->cases ? report_cases(o) : report_one(o);
}
