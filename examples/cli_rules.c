/*
 * `poortwachter rules`: the rule catalogue a lawyer reviews. The milestones with their
 * rules, the dossier items, the legal constants and the statutory table rows all come
 * from the library's catalogue (poort_catalogue_*, poort_params_row), the tables the
 * computation runs on; this file only formats them, as text, JSON, Markdown or HTML. The
 * CHOICE points of the rules, where the law is silent or sources disagree, are listed here.
 */
#include "cli.h"
#include "cli_markup.h"

#include <string.h>

#define COLS_MAX 8

/* A section of the catalogue as a table of text cells, written in one of three formats.
 * link: the column holding a juriconnect id (-1: none), shown as a link to the law. */
struct table_out {
	FILE *f;
	int32_t format, lang;
	const char *const *heads;
	int n, link;
};

static void begin_table(struct table_out *t, const char *title)
{
	FILE *f = t->f;
	if (t->format == FORMAT_HTML) {
		fputs("<h2>", f);
		put_html(f, title);
		fputs("</h2>\n<table>\n<tr>", f);
		for (int i = 0; i < t->n; i++) {
			fputs("<th>", f);
			put_html(f, t->heads[i]);
			fputs("</th>", f);
		}
		fputs("</tr>\n", f);
	} else if (t->format == FORMAT_MARKDOWN) {
		fprintf(f, "\n## %s\n\n|", title);
		for (int i = 0; i < t->n; i++)
			fprintf(f, " %s |", t->heads[i]);
		fputs("\n|", f);
		for (int i = 0; i < t->n; i++)
			fputs("---|", f);
		fputc('\n', f);
	} else {
		fprintf(f, "\n%s\n", title);
		for (size_t i = 0; i < strlen(title); i++)
			fputc('=', f);
		fputc('\n', f);
	}
}

static void html_cell(const struct table_out *t, int i, const char *s)
{
	fputs("<td>", t->f);
	if (i == t->link && *s) {
		fputs("<a href=\"" WETTEN_URL, t->f);
		put_html(t->f, s);
		fputs("\">", t->f);
		put_html(t->f, s);
		fputs("</a>", t->f);
	} else {
		put_html(t->f, s);
	}
	fputs("</td>", t->f);
}

/* One row: in text the first cell heads a block of "name: value" lines. */
static void table_row(const struct table_out *t, const char *const *cells)
{
	FILE *f = t->f;
	if (t->format == FORMAT_HTML)
		fputs("<tr>", f);
	else if (t->format == FORMAT_MARKDOWN)
		fputc('|', f);
	for (int i = 0; i < t->n; i++) {
		if (t->format == FORMAT_HTML) {
			html_cell(t, i, cells[i]);
		} else if (t->format == FORMAT_MARKDOWN) {
			fputc(' ', f);
			if (i == t->link && *cells[i])
				fprintf(f, "[%s](" WETTEN_URL "%s)", cells[i], cells[i]);
			else
				put_markdown(f, cells[i]);
			fputs(" |", f);
		} else if (i == 0) {
			fprintf(f, "\n%s\n", cells[0]);
		} else if (*cells[i]) {
			fprintf(f, "  %s: %s", t->heads[i], cells[i]);
			fprintf(f, i == t->link ? " (" WETTEN_URL "%s)\n" : "\n", cells[i]);
		}
	}
	if (t->format == FORMAT_HTML)
		fputs("</tr>\n", f);
	else if (t->format == FORMAT_MARKDOWN)
		fputc('\n', f);
}

static void end_table(const struct table_out *t)
{
	if (t->format == FORMAT_HTML)
		fputs("</table>\n", t->f);
}

/* The CHOICE points of the rules: [lang] the point, the choice made, why, where. */
static const char *const choices[][2][4] = {
	{{"\"uiterlijk in week N\"", "ziektedag 7N, de laatste dag van week N",
	  "sommige tools nemen D + 7N, een dag later; de eerdere lezing is de veilige voor een werkgever",
	  "spec 1"},
	 {"\"no later than week N\"", "sick day 7N, the last day of week N",
	  "some tools use D + 7N, one day later; the earlier reading is the safe one for an employer",
	  "spec 1"}},
	{{"CAO-aanvulling en het Wfsv-maximum",
	  "het Wfsv-maximum geldt alleen voor de wettelijke 70%; een CAO-percentage geldt voor het "
	  "volle loon, tenzij het schema zegt dat het gemaximeerd is",
	  "BW 7:629 lid 1 maximeert de wettelijke aanspraak; een CAO-aanvulling zegt zelf of ze "
	  "gemaximeerd is", "spec 4"},
	 {"CAO top-up and the Wfsv cap",
	  "the Wfsv cap applies to the statutory 70% only; a CAO percentage applies to the full wage "
	  "unless the schedule says it is capped",
	  "BW 7:629 lid 1 caps the statutory claim; a CAO top-up says itself whether it is capped",
	  "spec 4"}},
};
#define N_CHOICES (sizeof choices / sizeof *choices)

/* Headings: [lang]. */
static const char *const H_MILESTONES[2] = {"Mijlpalen", "Milestones"};
static const char *const H_ITEMS[2] = {"Dossieronderdelen", "Dossier items"};
static const char *const H_CONSTANTS[2] = {"Wettelijke constanten", "Legal constants"};
static const char *const H_TABLES[2] = {"Wettelijke tabellen", "Statutory tables"};
static const char *const H_CHOICES[2] = {"Keuzes (CHOICE)", "Choices (CHOICE)"};
static const char *const M_HEADS[2][8] = {
	{"id", "titel", "wie", "soort", "regel", "termijn", "grondslag", "juriconnect"},
	{"id", "title", "who", "kind", "rule", "due", "basis", "juriconnect"}};
static const char *const I_HEADS[2][6] = {
	{"id", "onderdeel", "inhoud", "grondslag", "juriconnect", "mijlpaal"},
	{"id", "onderdeel", "content", "basis", "juriconnect", "milestone"}};
static const char *const C_HEADS[2][3] = {{"naam", "waarde", "bron"}, {"name", "value", "citation"}};
static const char *const T_HEADS[2][5] = {
	{"tabel", "vanaf", "leeftijd", "waarde (EUR of %)", "bron"},
	{"table", "from", "age", "value (EUR or %)", "source"}};
static const char *const K_HEADS[2][4] = {
	{"punt", "keuze", "waarom", "waar"}, {"point", "choice", "why", "where"}};

static void milestone_rows(struct table_out *t)
{
	int32_t lang = t->lang;
	t->heads = M_HEADS[lang], t->n = 8, t->link = 7;
	begin_table(t, H_MILESTONES[lang]);
	for (size_t i = 0; i < poort_catalogue_milestone_count(); i++) {
		char rule[512];
		poort_catalogue_milestone_rule_text(i, lang, rule, sizeof rule);
		const char *cells[8] = {poort_catalogue_milestone_id(i), poort_catalogue_milestone_title(i, lang),
			poort_catalogue_milestone_who(i, lang), poort_kind_name(poort_catalogue_milestone_kind(i)),
			poort_catalogue_milestone_rule(i), rule, poort_catalogue_milestone_basis(i, lang),
			poort_catalogue_milestone_juriconnect(i)};
		table_row(t, cells);
	}
	end_table(t);
}

static void item_rows(struct table_out *t)
{
	int32_t lang = t->lang;
	t->heads = I_HEADS[lang], t->n = 6, t->link = 4;
	begin_table(t, H_ITEMS[lang]);
	for (size_t i = 0; i < poort_catalogue_item_count(); i++) {
		const char *cells[6] = {poort_catalogue_item_id(i), poort_catalogue_item_onderdeel(i),
			poort_catalogue_item_content(i, lang), poort_catalogue_item_basis(i, lang),
			poort_catalogue_item_juriconnect(i), poort_catalogue_item_milestone(i)};
		table_row(t, cells);
	}
	end_table(t);
}

static void constant_rows(struct table_out *t)
{
	t->heads = C_HEADS[t->lang], t->n = 3, t->link = -1;
	begin_table(t, H_CONSTANTS[t->lang]);
	for (size_t i = 0; i < poort_catalogue_constant_count(); i++) {
		char value[24];
		snprintf(value, sizeof value, "%lld", (long long)poort_catalogue_constant_value(i));
		const char *cells[3] = {poort_catalogue_constant_name(i), value, poort_catalogue_constant_citation(i)};
		table_row(t, cells);
	}
	end_table(t);
}

/* Row i of the built-in statutory tables as text cells. */
struct table_cells {
	char from[POORT_DATE_BUFSIZE], age[8], amount[32];
	int percent; /* the youth and bbl tables hold basis points, the others cents */
	const char *table, *source;
	int64_t value;
	int32_t date, years;
};

static void table_cells(size_t i, int32_t lang, struct table_cells *c)
{
	poort_params_row(NULL, i, &c->table, &c->date, &c->years, &c->value, &c->source);
	c->percent = strcmp(c->table, "youth") == 0 || strcmp(c->table, "bbl") == 0;
	poort_date_format(c->date, c->from, sizeof c->from);
	snprintf(c->age, sizeof c->age, c->years < 0 ? "-" : "%d", c->years);
	fmt_euros(c->amount, sizeof c->amount, c->value, lang); /* hundredths either way */
	if (c->percent)
		strcat(c->amount, "%");
}

static void table_rows(struct table_out *t)
{
	t->heads = T_HEADS[t->lang], t->n = 5, t->link = -1;
	begin_table(t, H_TABLES[t->lang]);
	for (size_t i = 0; i < poort_params_row_count(NULL); i++) {
		struct table_cells c = {0};
		table_cells(i, t->lang, &c);
		const char *cells[5] = {c.table, c.from, c.age, c.amount, c.source};
		table_row(t, cells);
	}
	end_table(t);
}

static void choice_rows(struct table_out *t)
{
	t->heads = K_HEADS[t->lang], t->n = 4, t->link = -1;
	begin_table(t, H_CHOICES[t->lang]);
	for (size_t i = 0; i < N_CHOICES; i++)
		table_row(t, choices[i][t->lang]);
	end_table(t);
}

static const char RULES_CSS[] =
	"body{font-family:sans-serif;margin:2em;color:#111}table{border-collapse:collapse;margin-bottom:2em}"
	"th,td{border:1px solid #999;padding:.3em .5em;vertical-align:top;text-align:left;font-size:.9em}"
	"th{background:#eee}@page{size:A4 landscape;margin:12mm}@media print{body{margin:0}}";

static void write_tables(FILE *f, int32_t format, int32_t lang)
{
	static const char *const title[2] = {"Regelcatalogus Wet verbetering poortwachter",
					     "Rule catalogue of the Wet verbetering poortwachter"};
	if (format == FORMAT_HTML)
		fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
			"<style>%s</style>\n</head>\n<body>\n<h1>%s</h1>\n", lang ? "en" : "nl", title[lang],
			RULES_CSS, title[lang]);
	else
		fprintf(f, format == FORMAT_MARKDOWN ? "# %s\n" : "%s\n", title[lang]);
	struct table_out t = {f, format, lang, NULL, 0, -1};
	milestone_rows(&t);
	item_rows(&t);
	constant_rows(&t);
	table_rows(&t);
	choice_rows(&t);
	if (format == FORMAT_HTML)
		fputs("</body>\n</html>\n", f);
}

/* ------------------------------------------------------------------------ JSON */

static void json_field(FILE *f, const char *sep, const char *name, const char *value)
{
	fprintf(f, "%s\"%s\": ", sep, name);
	json_string(f, value);
}

static void json_milestones(FILE *f, int32_t lang)
{
	fputs("  \"milestones\": [", f);
	for (size_t i = 0; i < poort_catalogue_milestone_count(); i++) {
		char rule[512], url[256];
		const char *jci = poort_catalogue_milestone_juriconnect(i);
		poort_catalogue_milestone_rule_text(i, lang, rule, sizeof rule);
		snprintf(url, sizeof url, WETTEN_URL "%s", jci);
		json_field(f, i ? ",\n    {" : "\n    {", "id", poort_catalogue_milestone_id(i));
		json_field(f, ", ", "title", poort_catalogue_milestone_title(i, lang));
		json_field(f, ", ", "who", poort_catalogue_milestone_who(i, lang));
		json_field(f, ", ", "kind", poort_kind_name(poort_catalogue_milestone_kind(i)));
		json_field(f, ", ", "rule", poort_catalogue_milestone_rule(i));
		json_field(f, ", ", "rule_text", rule);
		json_field(f, ", ", "basis", poort_catalogue_milestone_basis(i, lang));
		json_field(f, ", ", "juriconnect", jci);
		json_field(f, ", ", "url", url);
		fputc('}', f);
	}
	fputs("\n  ],\n", f);
}

static void json_items(FILE *f, int32_t lang)
{
	fputs("  \"items\": [", f);
	for (size_t i = 0; i < poort_catalogue_item_count(); i++) {
		json_field(f, i ? ",\n    {" : "\n    {", "id", poort_catalogue_item_id(i));
		json_field(f, ", ", "onderdeel", poort_catalogue_item_onderdeel(i));
		json_field(f, ", ", "content", poort_catalogue_item_content(i, lang));
		json_field(f, ", ", "basis", poort_catalogue_item_basis(i, lang));
		json_field(f, ", ", "juriconnect", poort_catalogue_item_juriconnect(i));
		json_field(f, ", ", "milestone", poort_catalogue_item_milestone(i));
		fputc('}', f);
	}
	fputs("\n  ],\n", f);
}

static void json_constants_and_tables(FILE *f)
{
	fputs("  \"constants\": [", f);
	for (size_t i = 0; i < poort_catalogue_constant_count(); i++) {
		json_field(f, i ? ",\n    {" : "\n    {", "name", poort_catalogue_constant_name(i));
		fprintf(f, ", \"value\": %lld", (long long)poort_catalogue_constant_value(i));
		json_field(f, ", ", "citation", poort_catalogue_constant_citation(i));
		fputc('}', f);
	}
	fputs("\n  ],\n  \"tables\": [", f);
	for (size_t i = 0; i < poort_params_row_count(NULL); i++) {
		struct table_cells c = {0};
		table_cells(i, POORT_LANG_EN, &c);
		json_field(f, i ? ",\n    {" : "\n    {", "table", c.table);
		json_field(f, ", ", "from", c.from);
		if (c.years >= 0)
			fprintf(f, ", \"age\": %d", c.years);
		else
			fputs(", \"age\": null", f);
		fprintf(f, ", \"value\": %lld, \"unit\": \"%s\"", (long long)c.value,
			c.percent ? "basis_points" : "cents");
		json_field(f, ", ", "source", c.source);
		fputc('}', f);
	}
	fputs("\n  ],\n", f);
}

static void json_choices(FILE *f, int32_t lang)
{
	fputs("  \"choices\": [", f);
	for (size_t i = 0; i < N_CHOICES; i++) {
		json_field(f, i ? ",\n    {" : "\n    {", "point", choices[i][lang][0]);
		json_field(f, ", ", "choice", choices[i][lang][1]);
		json_field(f, ", ", "why", choices[i][lang][2]);
		json_field(f, ", ", "where", choices[i][lang][3]);
		fputc('}', f);
	}
	fputs("\n  ]\n", f);
}

int cmd_rules(struct options *o)
{
	if (o->format == FORMAT_JSON) {
		fputs("{\n", stdout);
		json_milestones(stdout, o->lang);
		json_items(stdout, o->lang);
		json_constants_and_tables(stdout);
		json_choices(stdout, o->lang);
		fputs("}\n", stdout);
	} else {
		write_tables(stdout, o->format, o->lang);
	}
	if (fflush(stdout) != 0) {
		perror("poortwachter: writing output");
		return 1;
	}
	return 0;
}
