/*
 * Rows of statutory tables from text in the format of lib/statutory.txt (described at its
 * top): "table;from;key;value;source", one row a line, '#' comments. All rows of a text are
 * added, or none.
 */
#include "params.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The tables by their names in the file, with the keys and values they take. */
static const struct {
	const char *name;
	int32_t min_key, max_key; /* the ages; 0, 0: no key */
	int64_t max;              /* the largest value, in hundredths */
} tables[TABLE_COUNT] = {
	[TABLE_WML_HOUR] = {"wml_hour", 0, 0, 100000},
	[TABLE_WML_MONTH] = {"wml_month", 15, 21, 10000000},
	[TABLE_WML_WEEK] = {"wml_week", 15, 21, 10000000},
	[TABLE_WML_DAY] = {"wml_day", 15, 21, 10000000},
	[TABLE_YOUTH] = {"youth", 15, 20, 10000},
	[TABLE_BBL] = {"bbl", 15, 20, 10000},
	[TABLE_WFSV_MAX_DAY] = {"wfsv_max_day", 0, 0, 10000000},
};

const char *poort_table_name(int32_t table)
{
	return table >= 0 && table < TABLE_COUNT ? tables[table].name : NULL;
}

/* One field of a line: [s, e). */
struct field {
	const char *s, *e;
};

static int field_is(const struct field *f, const char *word)
{
	size_t n = strlen(word);
	return (size_t)(f->e - f->s) == n && memcmp(f->s, word, n) == 0;
}

/* Digits only, at most 9 of them; -1 otherwise. */
static int64_t whole(const char *s, const char *e)
{
	if (s == e || e - s > 9)
		return -1;
	int64_t n = 0;
	for (; s < e; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		n = n * 10 + (*s - '0');
	}
	return n;
}

/* "14.99", "14,99", "61.5", "80": hundredths, or -1. */
static int64_t hundredths(const struct field *f)
{
	const char *sep = f->s;
	while (sep < f->e && *sep != '.' && *sep != ',')
		sep++;
	int64_t units = whole(f->s, sep);
	if (units < 0 || sep == f->e)
		return units < 0 ? -1 : units * 100;
	int64_t frac = whole(sep + 1, f->e);
	size_t digits = (size_t)(f->e - sep - 1);
	if (frac < 0 || digits > 2)
		return -1;
	return units * 100 + (digits == 1 ? frac * 10 : frac);
}

/* Read the fields of one line (without its line end) into *r; a message in p on error. */
static int32_t parse_row(poort_params *p, struct field *fl, const char *what, struct poort_table_row *r)
{
	memset(r, 0, sizeof *r);
	r->table = -1;
	for (int32_t t = 0; t < TABLE_COUNT; t++)
		if (field_is(&fl[0], tables[t].name))
			r->table = t;
	if (r->table < 0)
		return poort_fail(p, POORT_ERR_PARAMS_SYNTAX, "%s: unknown table \"%.*s\"", what,
				  (int)(fl[0].e - fl[0].s > 40 ? 40 : fl[0].e - fl[0].s), fl[0].s);
	char date[16] = "";
	if (fl[1].e - fl[1].s == 10)
		memcpy(date, fl[1].s, 10);
	if (poort_date_parse(date, &r->from) != POORT_OK)
		return poort_fail(p, POORT_ERR_PARAMS_SYNTAX, "%s: the date is not a day YYYY-MM-DD in 1900-2199",
				  what);
	const int32_t lo = tables[r->table].min_key, hi = tables[r->table].max_key;
	int64_t key = fl[2].s == fl[2].e ? 0 : whole(fl[2].s, fl[2].e);
	if (hi ? key < lo || key > hi : fl[2].s != fl[2].e)
		return hi ? poort_fail(p, POORT_ERR_PARAMS_SYNTAX, "%s: the key of %s is an age %ld-%ld", what,
				       tables[r->table].name, (long)lo, (long)hi)
			  : poort_fail(p, POORT_ERR_PARAMS_SYNTAX, "%s: %s has no key: leave it empty", what,
				       tables[r->table].name);
	r->key = (int32_t)key;
	r->value = hundredths(&fl[3]);
	if (r->value < 1 || r->value > tables[r->table].max)
		return poort_fail(p, POORT_ERR_PARAMS_SYNTAX,
				  "%s: the value is not a number above 0 with at most two decimals (at most %lld)",
				  what, (long long)tables[r->table].max / 100);
	while (fl[4].s < fl[4].e && *fl[4].s == ' ')
		fl[4].s++;
	if (fl[4].s == fl[4].e)
		return poort_fail(p, POORT_ERR_PARAMS_SYNTAX, "%s: the source is missing", what);
	r->derived = fl[4].e - fl[4].s >= 7 && strncmp(fl[4].s, "derived", 7) == 0;
	return POORT_OK;
}

/* Split a line into its five fields (the source is the rest of the line) and add its row to
 * p; blank and comment lines add nothing. */
static int32_t load_line(poort_params *p, const char *s, const char *e, size_t number)
{
	char what[32];
	snprintf(what, sizeof what, "line %zu", number);
	if (e > s && e[-1] == '\r')
		e--;
	const char *t = s;
	while (t < e && (*t == ' ' || *t == '\t'))
		t++;
	if (t == e || *t == '#')
		return POORT_OK;
	if (poort_utf8_invalid_at(s, (size_t)(e - s), "\t") != 0)
		return poort_fail(p, POORT_ERR_PARAMS_SYNTAX, "%s: not UTF-8 text", what);
	struct field fl[5];
	for (int i = 0; i < 5; i++) {
		fl[i].s = s;
		while (s < e && (i == 4 || *s != ';'))
			s++;
		fl[i].e = s;
		if (i < 4 && s == e)
			return poort_fail(p, POORT_ERR_PARAMS_SYNTAX,
					  "%s: five fields table;from;key;value;source are required", what);
		s++;
	}
	struct poort_table_row r;
	int32_t st = parse_row(p, fl, what, &r);
	return st == POORT_OK ? poort_params_put(p, &r, what) : st;
}

int32_t poort_params_load(poort_params *p, const char *text, size_t len)
{
	if (!p || (!text && len))
		return POORT_ERR_NULL;
	p->errmsg[0] = '\0';
	/* load into a copy, so that nothing is added on an error */
	poort_params copy = {.n_rows = p->n_rows};
	copy.buf = malloc((p->n_rows ? p->n_rows : 1) * sizeof *copy.buf);
	if (!copy.buf)
		return poort_fail(p, POORT_ERR_NOMEM, "out of memory");
	if (p->n_rows)
		memcpy(copy.buf, p->rows, p->n_rows * sizeof *copy.buf);
	copy.rows = copy.buf;
	int32_t st = POORT_OK;
	size_t number = 1;
	for (const char *s = text, *end = text + len; st == POORT_OK && s < end; number++) {
		const char *e = memchr(s, '\n', (size_t)(end - s));
		if (!e)
			e = end;
		st = memchr(s, '\0', (size_t)(e - s))
			     ? poort_fail(&copy, POORT_ERR_PARAMS_SYNTAX, "line %zu: a NUL byte", number)
			     : load_line(&copy, s, e, number);
		s = e + 1;
	}
	if (st != POORT_OK) {
		memcpy(p->errmsg, copy.errmsg, sizeof p->errmsg);
		free(copy.buf);
		return st;
	}
	free(p->buf);
	p->rows = p->buf = copy.buf;
	p->n_rows = copy.n_rows;
	return POORT_OK;
}
