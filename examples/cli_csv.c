/*
 * Cases from a CSV file, for a consultant's spreadsheet. The CSV syntax is read by libcsv
 * (Debian's libcsv, RFC 4180, strict mode); each cell is then given to the same parser as
 * the command-line option of its column, so a cell means what the option means.
 *
 * The first row names the columns (any order): the options with a column in the option table
 * (cli_options.c), some of them required. A cell of an option that may repeat holds several
 * values separated by spaces: "2026-01-01:2026-03-15 2026-04-06".
 * The delimiter is ',' or, when the header has ';' and no ',' (Dutch spreadsheets), ';'.
 */
#define _POSIX_C_SOURCE 200809L /* strtok_r */
#include "cli.h"

#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FIELDS 64

struct reader {
	const char *path;
	struct options *defaults;
	int (*row)(void *ctx, struct options *o);
	void *ctx;
	char *field[MAX_FIELDS];
	size_t n_fields;
	const struct cli_option *column[MAX_FIELDS]; /* the option of each header position */
	size_t n_columns;
	int header_done, too_many, failed;
	size_t line, row_line; /* physical line being read; line where the row began */
	int rejected;
};

static void on_field(void *s, size_t len, void *data)
{
	struct reader *r = data;
	if (r->n_fields == 0)
		r->row_line = r->line;
	if (r->n_fields >= MAX_FIELDS) {
		r->too_many = 1;
		return;
	}
	char *copy = malloc(len + 1);
	if (!copy) {
		r->too_many = 1;
		return;
	}
	memcpy(copy, s ? s : "", s ? len : 0);
	copy[s ? len : 0] = '\0';
	r->field[r->n_fields++] = copy;
}

static void clear_row(struct reader *r)
{
	for (size_t i = 0; i < r->n_fields; i++)
		free(r->field[i]);
	r->n_fields = 0;
	r->too_many = 0;
}

/* The option whose column is called name, or NULL. */
static const struct cli_option *column_named(const char *name)
{
	for (size_t k = 0; k < cli_option_count; k++)
		if (cli_options[k].column && strcmp(cli_options[k].column, name) == 0)
			return &cli_options[k];
	return NULL;
}

static int listed(const struct cli_option *r, int required_only)
{
	return r->column && (r->column_required || !required_only);
}

/* "case_id, periods, ..." (all the columns) or "case_id and periods" (the required ones). */
static void column_list(char *buf, size_t size, int required_only)
{
	size_t last = 0, n = 0;
	for (size_t k = 0; k < cli_option_count; k++)
		if (listed(&cli_options[k], required_only))
			last = k;
	buf[0] = '\0';
	for (size_t k = 0; k < cli_option_count && n < size; k++) {
		if (!listed(&cli_options[k], required_only))
			continue;
		const char *sep = n == 0 ? "" : required_only && k == last ? " and " : ", ";
		n += (size_t)snprintf(buf + n, size - n, "%s%s", sep, cli_options[k].column);
	}
}

/* The header row: each cell a known column, none twice, the required ones there. */
static int header(struct reader *r)
{
	char list[512];
	for (size_t i = 0; i < r->n_fields; i++) {
		const struct cli_option *col = column_named(r->field[i]);
		if (!col) {
			column_list(list, sizeof list, 0);
			usage_error("unknown column \"%.40s\"; the columns are %s", r->field[i], list);
			return -1;
		}
		for (size_t j = 0; j < i; j++)
			if (r->column[j] == col) {
				usage_error("column %s appears twice", col->column);
				return -1;
			}
		r->column[i] = col;
	}
	r->n_columns = r->n_fields;
	for (size_t k = 0; k < cli_option_count; k++) {
		size_t i = 0;
		while (i < r->n_columns && r->column[i] != &cli_options[k])
			i++;
		if (cli_options[k].column_required && i == r->n_columns) {
			column_list(list, sizeof list, 1);
			usage_error("the header needs the columns %s", list);
			return -1;
		}
	}
	return 0;
}

/* Apply one cell: its value, or each space-separated value, as the column's option. */
static int cell(struct options *o, const struct cli_option *col, char *text)
{
	if (!col->repeat)
		return text[0] ? apply_option(o, col->id, text) : 0;
	for (char *save = NULL, *v = strtok_r(text, " \t", &save); v; v = strtok_r(NULL, " \t", &save)) {
		int rc = apply_option(o, col->id, v);
		if (rc)
			return rc;
	}
	return 0;
}

static void on_row(int c, void *data)
{
	(void)c;
	struct reader *r = data;
	if (r->failed) {
		clear_row(r);
		return;
	}
	char where[600];
	snprintf(where, sizeof where, "%s:%zu", r->path, r->row_line);
	set_error_prefix(where, 1);
	if (!r->header_done) {
		r->header_done = 1;
		if (r->too_many || header(r) != 0)
			r->failed = 1;
		clear_row(r);
		return;
	}
	int empty = 1;
	for (size_t i = 0; i < r->n_fields; i++)
		empty &= r->field[i][0] == '\0';
	if (empty) {
		clear_row(r);
		return;
	}
	struct options o = *r->defaults;
	o.c = poort_case_new();
	int rc = 0;
	if (!o.c)
		rc = usage_error("out of memory");
	else if (r->too_many || r->n_fields != r->n_columns)
		rc = usage_error("the row has %zu cells, the header %zu", r->n_fields, r->n_columns);
	for (size_t i = 0; i < r->n_fields && !rc; i++)
		rc = cell(&o, r->column[i], r->field[i]);
	if (!rc && poort_case_id(o.c)[0] == '\0')
		rc = usage_error("the row has no %s", cli_option_by_id(OPT_CASE_ID)->column);
	if (!rc)
		rc = r->row(r->ctx, &o);
	r->rejected += rc != 0;
	poort_case_free(o.c);
	clear_row(r);
}

int read_cases_csv(const char *path, const char *text, size_t len, struct options *defaults,
		   int (*row)(void *ctx, struct options *o), void *ctx)
{
	struct reader r = {.path = path, .defaults = defaults, .row = row, .ctx = ctx, .line = 1};
	struct csv_parser p;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		return -1;
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) { /* a spreadsheet's UTF-8 BOM */
		text += 3;
		len -= 3;
	}
	size_t first_eol = 0;
	while (first_eol < len && text[first_eol] != '\n')
		first_eol++;
	if (memchr(text, ';', first_eol) && !memchr(text, ',', first_eol))
		csv_set_delim(&p, ';');
	int status = 0;
	/* feed physical lines, so the reader knows which line a row starts on */
	for (size_t pos = 0; pos < len && !r.failed;) {
		size_t eol = pos;
		while (eol < len && text[eol] != '\n')
			eol++;
		size_t n = (eol < len ? eol + 1 : eol) - pos;
		if (csv_parse(&p, text + pos, n, on_field, on_row, &r) != n) {
			char where[600];
			snprintf(where, sizeof where, "%s:%zu", path, r.line);
			set_error_prefix(where, 1);
			usage_error("not valid CSV (%s); the rows after it are not read", csv_strerror(csv_error(&p)));
			status = -1;
			break;
		}
		pos += n;
		r.line++;
	}
	if (status == 0 && !r.failed && csv_fini(&p, on_field, on_row, &r) != 0) {
		char where[600];
		snprintf(where, sizeof where, "%s:%zu", path, r.line > 1 ? r.line - 1 : 1);
		set_error_prefix(where, 1);
		usage_error("not valid CSV at the end of the file (%s)", csv_strerror(csv_error(&p)));
		status = -1;
	}
	clear_row(&r);
	csv_free(&p);
	set_error_prefix("poortwachter", 0);
	if (r.failed || (status == 0 && !r.header_done)) {
		if (!r.header_done)
			usage_error("%s: the file has no header row", path);
		return -1;
	}
	return status < 0 ? r.rejected + 1 : r.rejected;
}
