/*
 * Cases from a spreadsheet: the library's sheet reader (poort_sheet) reads the file, its
 * columns, aliases, dates and amounts, so a sheet means the same to the tool as to every
 * binding. Here the rows are handed to a command one by one (the file is not held as
 * cases) and a bad row is reported as FILE:LINE while the other rows go on.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *read_input(const char *option, const char *path, size_t *len)
{
	int is_stdin = strcmp(path, "-") == 0;
	FILE *fp = is_stdin ? stdin : fopen(path, "rb");
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
		if (!is_stdin)
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

void set_row_prefix(const char *path, int32_t line)
{
	char where[600];
	if (line > 0)
		snprintf(where, sizeof where, "%s:%d", path, (int)line);
	else
		snprintf(where, sizeof where, "%s", path);
	set_error_prefix(where, 1);
}

/* A message of the sheet without its "line N, " or "line N: ": the prefix names the line. */
static const char *without_line(const char *msg)
{
	if (strncmp(msg, "line ", 5) != 0)
		return msg;
	const char *p = msg + 5;
	while (*p >= '0' && *p <= '9')
		p++;
	return (p[0] == ',' || p[0] == ':') && p[1] == ' ' ? p + 2 : msg;
}

/* The header: refused (-1 after a message), or its warnings reported unless quiet. */
static int open_sheet(const char *path, const char *text, size_t len, poort_sheet **s, int quiet)
{
	int32_t st = poort_sheet_new(text, len, s);
	if (st != POORT_OK) {
		set_row_prefix(path, *s && poort_sheet_line(*s) > 0 ? poort_sheet_line(*s) : 1);
		usage_error("%s", *s ? without_line(poort_sheet_errmsg(*s)) : poort_status_str(st));
		return -1;
	}
	set_row_prefix(path, 0);
	for (size_t i = 0; !quiet && i < poort_sheet_warning_count(*s); i++)
		usage_error("%s", poort_sheet_warning(*s, i));
	return 0;
}

int read_cases(const char *path, const char *text, size_t len, const struct options *defaults,
	       const struct row_handler *h, void *ctx)
{
	poort_sheet *s = NULL;
	int rejected = 0;
	if (open_sheet(path, text, len, &s, h->quiet) != 0 || (h->begin && h->begin(ctx, s) != 0))
		rejected = -1;
	while (rejected >= 0) {
		poort_case *c = NULL;
		int32_t st = poort_sheet_next(s, &c);
		if (st == POORT_OK && !c)
			break;
		set_row_prefix(path, poort_sheet_line(s));
		if (st != POORT_OK) {
			if (!h->quiet)
				usage_error("%s", without_line(poort_sheet_errmsg(s)));
			if (h->bad)
				h->bad(ctx, s);
			rejected++;
			continue;
		}
		struct options o = *defaults;
		o.c = c;
		o.sheet = s;
		rejected += h->row(ctx, &o) != 0;
		poort_case_free(c);
	}
	set_error_prefix("poortwachter", 0);
	poort_sheet_free(s);
	return rejected;
}

int read_cases_option(const struct options *o, const struct row_handler *h, void *ctx)
{
	size_t len;
	char *text = read_input("--cases", o->cases, &len);
	if (!text)
		return -1;
	struct options defaults = *o;
	defaults.c = NULL;
	int rejected = read_cases(o->cases, text, len, &defaults, h, ctx);
	free(text);
	return rejected;
}

int rejected_rows(const char *path, int rejected, const char *what)
{
	if (rejected < 0)
		return EXIT_USAGE;
	if (rejected == 0)
		return 0;
	fprintf(stderr, "poortwachter: %d row(s) of %s rejected; %s\n", rejected, path, what);
	return 1;
}
