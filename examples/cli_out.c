/*
 * Output helpers shared by the commands: CSV that Dutch Excel opens as it is (';', a UTF-8
 * BOM, decimal comma, CRLF) or plain RFC 4180 (','), JSON strings, and the columns of a
 * sheet row that the library does not read, which every command passes on to its output.
 */
#include "cli.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

void csv_begin(struct csv *w, FILE *f, int plain)
{
	w->f = f;
	w->plain = plain;
	w->first = 1;
	if (!plain)
		fputs("\xef\xbb\xbf", f); /* Excel reads UTF-8 only after a BOM */
}

void csv_cell(struct csv *w, const char *text)
{
	char delim = w->plain ? ',' : ';';
	if (!w->first)
		fputc(delim, w->f);
	w->first = 0;
	if (!strpbrk(text, w->plain ? ",\"\r\n" : ";\"\r\n")) {
		fputs(text, w->f);
		return;
	}
	fputc('"', w->f);
	for (const char *p = text; *p; p++) {
		if (*p == '"')
			fputc('"', w->f);
		fputc(*p, w->f);
	}
	fputc('"', w->f);
}

void csv_int(struct csv *w, int64_t n)
{
	char buf[24];
	snprintf(buf, sizeof buf, "%" PRId64, n);
	csv_cell(w, buf);
}

void csv_hundredths(struct csv *w, int64_t n)
{
	char buf[32];
	uint64_t a = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
	snprintf(buf, sizeof buf, "%s%" PRIu64 "%c%02" PRIu64, n < 0 ? "-" : "", a / 100, w->plain ? '.' : ',',
		 a % 100);
	csv_cell(w, buf);
}

void csv_date(struct csv *w, int32_t date)
{
	char buf[POORT_DATE_BUFSIZE] = "";
	if (date != POORT_DATE_NONE)
		poort_date_format(date, buf, sizeof buf);
	csv_cell(w, buf);
}

void csv_end_row(struct csv *w)
{
	fputs("\r\n", w->f);
	w->first = 1;
}

void csv_case_head(struct csv *w, const poort_sheet *s)
{
	csv_cell(w, "case_id");
	for (size_t j = 0; s && j < poort_sheet_column_count(s); j++)
		if (!poort_sheet_column_field(s, j) && poort_sheet_column_name(s, j)[0])
			csv_cell(w, poort_sheet_column_name(s, j));
}

void csv_case_cells(struct csv *w, const struct options *o)
{
	const poort_sheet *s = o->sheet;
	csv_cell(w, poort_case_id(o->c));
	for (size_t j = 0; s && j < poort_sheet_column_count(s); j++)
		if (!poort_sheet_column_field(s, j) && poort_sheet_column_name(s, j)[0])
			csv_cell(w, poort_sheet_value(s, poort_sheet_column_name(s, j)));
}

void json_string(FILE *f, const char *text)
{
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p < 0x20)
			fprintf(f, "\\u%04x", *p);
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

void json_case_members(FILE *f, const struct options *o)
{
	const poort_sheet *s = o->sheet;
	fputs("\"case_id\":", f);
	json_string(f, poort_case_id(o->c));
	fputs(",\"columns\":{", f);
	int n = 0;
	for (size_t j = 0; s && j < poort_sheet_column_count(s); j++) {
		const char *name = poort_sheet_column_name(s, j);
		if (poort_sheet_column_field(s, j) || !name[0])
			continue;
		fputs(n++ ? "," : "", f);
		json_string(f, name);
		fputc(':', f);
		json_string(f, poort_sheet_value(s, name));
	}
	fputc('}', f);
}
