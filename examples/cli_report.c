/*
 * timeline, dossier and wage over one case (the options) or over the rows of a sheet
 * (--cases): text with a heading per case, one JSON object {"cases": [...]} whose entries
 * carry the row's id and its other columns, or one CSV table whose rows begin with them.
 */
#include "cli.h"

#include <stdio.h>

struct report_run {
	const struct report *rp;
	struct csv w;
	int format, begun, rows;
};

static void csv_head(struct report_run *r, const poort_sheet *s)
{
	csv_case_head(&r->w, s);
	r->rp->csv_head(&r->w);
	csv_end_row(&r->w);
}

static int report_begin(void *ctx, const poort_sheet *s)
{
	struct report_run *r = ctx;
	r->begun = 1;
	if (r->format == FORMAT_CSV)
		csv_head(r, s);
	else if (r->format == FORMAT_JSON)
		fputs("{\"cases\":[", stdout);
	return 0;
}

/* "== A-1 | Casemanager: Jan ==": a sheet row's heading in text output. */
static void text_heading(const struct options *o, int first)
{
	const poort_sheet *s = o->sheet;
	printf("%s== %s", first ? "" : "\n", poort_case_id(o->c));
	for (size_t j = 0; j < poort_sheet_column_count(s); j++) {
		const char *name = poort_sheet_column_name(s, j);
		if (!poort_sheet_column_field(s, j) && name[0] && poort_sheet_value(s, name)[0])
			printf(" | %s: %s", name, poort_sheet_value(s, name));
	}
	fputs(" ==\n", stdout);
}

static int report_row(void *ctx, struct options *o)
{
	struct report_run *r = ctx;
	char *json = NULL;
	size_t len = 0;
	if (o->sheet && r->format == FORMAT_TEXT)
		text_heading(o, r->rows == 0);
	int rc = r->rp->one(o, &r->w, &json, &len);
	if (!rc && json && o->sheet) {
		fputs(r->rows ? ",\n{" : "\n{", stdout);
		json_case_members(stdout, o);
		printf(",\"%s\":", r->rp->member);
		fwrite(json, 1, len && json[len - 1] == '\n' ? len - 1 : len, stdout);
		fputc('}', stdout);
	} else if (!rc && json) {
		fwrite(json, 1, len, stdout);
	}
	poort_free(json);
	r->rows += rc == 0;
	return rc;
}

static int flushed(int rc)
{
	if (fflush(stdout) != 0) {
		perror("poortwachter: writing output");
		return 1;
	}
	return rc;
}

int run_report(struct options *o, const struct report *rp)
{
	struct report_run r = {.rp = rp, .format = o->format};
	reference_date(o);
	if (o->format == FORMAT_CSV)
		csv_begin(&r.w, stdout, o->csv_plain);
	if (!o->cases) {
		if (o->format == FORMAT_CSV)
			csv_head(&r, NULL);
		return flushed(report_row(&r, o));
	}
	const struct row_handler h = {report_begin, report_row, NULL, 0};
	int rejected = read_cases_option(o, &h, &r);
	if (r.begun && o->format == FORMAT_JSON)
		fputs("\n]}\n", stdout);
	int rc = flushed(0);
	return rc ? rc : rejected_rows(o->cases, rejected, "the output has the other cases");
}
