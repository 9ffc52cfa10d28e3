/*
 * A cases sheet as spreadsheets write it: CSV with ',' or ';', a UTF-8 BOM or none,
 * Windows-1252 (converted), CRLF, LF or CR line ends, quoted cells with newlines, header
 * names in any case and in Dutch, extra columns kept. The CSV syntax is read here by hand
 * rather than with libcsv so that the library needs nothing but libical, and so that the
 * reader knows the physical line of every row and can go on after an unbalanced quote.
 */
#include "sheet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_COLUMNS 256
#define MAX_WARNINGS 4
#define ECHO_BYTES 40 /* a cell is quoted in a message up to this many bytes */

struct poort_sheet {
	char *text; /* the whole file as UTF-8, without BOM */
	size_t len, pos;
	char delim;
	int32_t line; /* physical line of the character at pos */
	size_t ncols;
	char **header; /* header cells as written, trimmed */
	int *field;    /* poort_fields index; -1: unknown column (kept); -2: empty header */
	char *row;     /* the current row's cells, each NUL-terminated */
	size_t row_len, row_cap;
	size_t *cell; /* offsets of the cells in row */
	size_t ncells;
	int32_t row_line;
	char *warning[MAX_WARNINGS];
	size_t nwarnings;
	char errmsg[600];
};

static void warn(poort_sheet *s, const char *text)
{
	if (s->nwarnings < MAX_WARNINGS && (s->warning[s->nwarnings] = malloc(strlen(text) + 1)))
		strcpy(s->warning[s->nwarnings++], text);
}

/* ------------------------------------------------------------------ encoding */

/* Unicode code points of Windows-1252 0x80-0x9F (0xFFFD where it has none). */
static const uint16_t cp1252[32] = {
	0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
	0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
	0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

static size_t put_utf8(char *out, uint32_t cp)
{
	if (cp == 0xA0 || cp == 0x202F) { /* (narrow) no-break space: a space */
		out[0] = ' ';
		return 1;
	}
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	out[0] = (char)(0xE0 | (cp >> 12));
	out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[2] = (char)(0x80 | (cp & 0x3F));
	return 3;
}

/* The code point at p (valid UTF-8 of n bytes left), and its length in *k. */
static uint32_t get_utf8(const unsigned char *p, size_t *k)
{
	if (p[0] < 0x80) {
		*k = 1;
		return p[0];
	}
	if (p[0] < 0xE0) {
		*k = 2;
		return ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
	}
	if (p[0] < 0xF0) {
		*k = 3;
		return ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
	}
	*k = 4;
	return 0x10000; /* kept as it is: only the length matters */
}

/* The file as UTF-8 with no-break spaces as spaces: UTF-8 as it is, else Windows-1252. */
static int32_t decode(poort_sheet *s, const unsigned char *d, size_t n)
{
	if (n >= 2 && ((d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF)))
		return poort_fail(s, POORT_ERR_SHEET, "the file is UTF-16 (Unicode text); save it as "
				  "CSV UTF-8 (comma or semicolon separated)");
	if (memchr(d, '\0', n))
		return poort_fail(s, POORT_ERR_SHEET, "the file holds NUL bytes: it is UTF-16 or not a "
				  "text file; save it as CSV UTF-8 (comma or semicolon separated)");
	if (n >= 3 && memcmp(d, "\xef\xbb\xbf", 3) == 0)
		d += 3, n -= 3;
	int utf8 = poort_utf8_invalid_at((const char *)d, n, "\t\n\r\f\v") == 0;
	if (!utf8)
		warn(s, "the file is not UTF-8: read as Windows-1252");
	if (n > (SIZE_MAX - 1) / 3 || !(s->text = malloc(n * 3 + 1)))
		return poort_fail(s, POORT_ERR_NOMEM, "out of memory");
	size_t o = 0;
	for (size_t i = 0, k; i < n; i += k) {
		if (utf8) {
			uint32_t cp = get_utf8(d + i, &k);
			if (cp == 0xA0 || cp == 0x202F)
				o += put_utf8(s->text + o, cp);
			else
				memcpy(s->text + o, d + i, k), o += k;
		} else {
			k = 1;
			o += put_utf8(s->text + o, d[i] >= 0x80 && d[i] < 0xA0 ? cp1252[d[i] - 0x80] : d[i]);
		}
	}
	s->text[o] = '\0';
	s->len = o;
	return POORT_OK;
}

/* ------------------------------------------------------------------- records */

static int row_put(poort_sheet *s, char ch)
{
	if (s->row_len == s->row_cap) {
		size_t cap = s->row_cap ? s->row_cap * 2 : 256;
		char *p = realloc(s->row, cap);
		if (!p)
			return 0;
		s->row = p, s->row_cap = cap;
	}
	s->row[s->row_len++] = ch;
	return 1;
}

/* At pos: an end of line (CRLF, LF or CR)? Consumes it and counts the line. */
static int eol(poort_sheet *s)
{
	char ch = s->text[s->pos];
	if (ch != '\r' && ch != '\n')
		return 0;
	s->pos += ch == '\r' && s->text[s->pos + 1] == '\n' ? 2 : 1;
	s->line++;
	return 1;
}

/* A quoted cell from pos (just after the opening quote); 0 when it is never closed. */
static int quoted(poort_sheet *s)
{
	for (;;) {
		if (s->pos >= s->len)
			return 0;
		if (s->text[s->pos] == '"') {
			if (s->text[s->pos + 1] != '"') {
				s->pos++;
				return 1;
			}
			s->pos++;
		} else if (eol(s)) {
			if (!row_put(s, '\n'))
				return 0;
			continue;
		}
		if (!row_put(s, s->text[s->pos++]))
			return 0;
	}
}

/* Skip to the line after the one a broken row started on. */
static void skip_line(poort_sheet *s, size_t start)
{
	s->pos = start;
	s->line = s->row_line;
	while (s->pos < s->len && !eol(s))
		s->pos++;
}

/* One record into row/cell: 1 read, 0 at the end, -1 a quote never closed, -2 too many
 * cells, -3 out of memory. */
static int read_cells(poort_sheet *s)
{
	size_t start = s->pos;
	s->row_len = s->ncells = 0;
	s->row_line = s->line;
	if (s->pos >= s->len)
		return 0;
	for (;;) {
		if (s->ncells == MAX_COLUMNS + 1)
			return -2;
		s->cell[s->ncells++] = s->row_len;
		int closed = 1;
		while (s->pos < s->len && s->text[s->pos] != s->delim && s->text[s->pos] != '\r' &&
		       s->text[s->pos] != '\n') {
			char ch = s->text[s->pos++];
			if (ch == '"' && (closed = quoted(s)) == 0)
				break;
			if (ch != '"' && !row_put(s, ch))
				return -3;
		}
		if (!closed) {
			skip_line(s, start);
			return -1;
		}
		if (!row_put(s, '\0'))
			return -3;
		if (s->pos < s->len && s->text[s->pos] == s->delim) {
			s->pos++;
			continue;
		}
		if (s->pos < s->len)
			eol(s);
		return 1;
	}
}

/* A record, or none at all: a broken row leaves no cells to read (its last one would not
 * be terminated). */
static int read_record(poort_sheet *s)
{
	int r = read_cells(s);
	if (r < 0)
		s->ncells = 0;
	return r;
}

static const char *cell_text(const poort_sheet *s, size_t j)
{
	return j < s->ncells ? s->row + s->cell[j] : "";
}

/* -------------------------------------------------------------------- header */

/* ';' when the first line has more semicolons than commas (outside quotes), else ','. */
static int32_t find_delimiter(poort_sheet *s)
{
	size_t semi = 0, comma = 0, tab = 0;
	int in_quote = 0;
	for (size_t i = 0; i < s->len && (in_quote || (s->text[i] != '\n' && s->text[i] != '\r')); i++) {
		char ch = s->text[i];
		in_quote ^= ch == '"';
		semi += !in_quote && ch == ';';
		comma += !in_quote && ch == ',';
		tab += !in_quote && ch == '\t';
	}
	if (tab && !semi && !comma)
		return poort_fail(s, POORT_ERR_SHEET, "line 1: the file is tab-separated; save it as CSV "
				  "(comma or semicolon separated)");
	s->delim = semi > comma ? ';' : ',';
	return POORT_OK;
}

/* Lower case, spaces and hyphens as '_', trimmed: "Eerste ziektedag" -> "eerste_ziektedag". */
static void normalise(const char *in, char *out, size_t size)
{
	size_t n = strlen(in), o = 0;
	poort_sheet_trim(&in, &n);
	for (size_t i = 0; i < n && o + 1 < size; i++) {
		char ch = in[i];
		out[o++] = ch == ' ' || ch == '-' ? '_' : (ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch);
	}
	out[o] = '\0';
}

static int32_t header_cell(poort_sheet *s, size_t j, char *unknown, size_t size)
{
	const char *text = cell_text(s, j);
	size_t n = strlen(text);
	poort_sheet_trim(&text, &n);
	if (!(s->header[j] = malloc(n + 1)))
		return poort_fail(s, POORT_ERR_NOMEM, "out of memory");
	memcpy(s->header[j], text, n);
	s->header[j][n] = '\0';
	char key[64];
	normalise(s->header[j], key, sizeof key);
	s->field[j] = n == 0 ? -2 : poort_field_lookup(key);
	for (size_t i = 0; i < j && s->field[j] >= 0; i++)
		if (s->field[i] == s->field[j])
			return poort_fail(s, POORT_ERR_SHEET, "line %d: the columns \"%.40s\" and \"%.40s\" "
					  "both hold %s", (int)s->row_line, s->header[i], s->header[j],
					  poort_fields[s->field[j]].name);
	if (s->field[j] == -1 && strlen(unknown) + n + 3 < size)
		strcat(strcat(unknown, *unknown ? ", " : ""), s->header[j]);
	return POORT_OK;
}

static int has_field(const poort_sheet *s, const char *name)
{
	int f = poort_field_lookup(name);
	for (size_t j = 0; j < s->ncols; j++)
		if (s->field[j] == f)
			return 1;
	return 0;
}

static int32_t read_header(poort_sheet *s)
{
	int r = read_record(s);
	if (r == 0)
		return poort_fail(s, POORT_ERR_SHEET, "the file is empty: the first row names the columns");
	if (r < 0)
		return poort_fail(s, POORT_ERR_SHEET, "line %d: the header row cannot be read (%s)",
				  (int)s->row_line, r == -1 ? "a quote is never closed" : "too many columns");
	s->ncols = s->ncells;
	s->header = calloc(s->ncols, sizeof *s->header);
	s->field = calloc(s->ncols, sizeof *s->field);
	if (!s->header || !s->field)
		return poort_fail(s, POORT_ERR_NOMEM, "out of memory");
	char unknown[300] = "";
	for (size_t j = 0; j < s->ncols; j++) {
		int32_t st = header_cell(s, j, unknown, sizeof unknown);
		if (st != POORT_OK)
			return st;
	}
	if (!has_field(s, "case_id") || (!has_field(s, "periods") && !has_field(s, "first_sick_day")))
		return poort_fail(s, POORT_ERR_SHEET, "line 1: the header needs a column case_id (or zaak) "
				  "and a column periods (or first_sick_day)");
	if (*unknown) {
		char text[400];
		snprintf(text, sizeof text, "columns kept but not read as facts: %s", unknown);
		warn(s, text);
	}
	return POORT_OK;
}

/* ---------------------------------------------------------------------- API */

int32_t poort_sheet_new(const char *data, size_t len, poort_sheet **out)
{
	if (!out)
		return POORT_ERR_NULL;
	*out = NULL;
	poort_sheet *s = calloc(1, sizeof *s);
	if (!s)
		return POORT_ERR_NOMEM;
	*out = s;
	s->line = 1;
	s->delim = ',';
	if (!data)
		return poort_fail(s, POORT_ERR_NULL, "no data");
	if (!(s->cell = malloc((MAX_COLUMNS + 1) * sizeof *s->cell)))
		return poort_fail(s, POORT_ERR_NOMEM, "out of memory");
	int32_t st = decode(s, (const unsigned char *)data, len);
	if (st == POORT_OK)
		st = find_delimiter(s);
	if (st == POORT_OK)
		st = read_header(s);
	if (st != POORT_OK)
		s->pos = s->len; /* nothing more to read */
	return st;
}

void poort_sheet_free(poort_sheet *s)
{
	if (!s)
		return;
	for (size_t j = 0; s->header && j < s->ncols; j++)
		free(s->header[j]);
	for (size_t i = 0; i < s->nwarnings; i++)
		free(s->warning[i]);
	free(s->header);
	free(s->field);
	free(s->row);
	free(s->cell);
	free(s->text);
	free(s);
}

const char *poort_sheet_errmsg(const poort_sheet *s)
{
	return s ? s->errmsg : "";
}

size_t poort_sheet_warning_count(const poort_sheet *s)
{
	return s ? s->nwarnings : 0;
}

const char *poort_sheet_warning(const poort_sheet *s, size_t i)
{
	return s && i < s->nwarnings ? s->warning[i] : NULL;
}

size_t poort_sheet_column_count(const poort_sheet *s)
{
	return s ? s->ncols : 0;
}

const char *poort_sheet_column_name(const poort_sheet *s, size_t j)
{
	return s && j < s->ncols ? s->header[j] : NULL;
}

const char *poort_sheet_column_field(const poort_sheet *s, size_t j)
{
	return s && j < s->ncols && s->field[j] >= 0 ? poort_fields[s->field[j]].name : NULL;
}

int32_t poort_sheet_line(const poort_sheet *s)
{
	return s ? s->row_line : 0;
}

const char *poort_sheet_value(const poort_sheet *s, const char *column)
{
	if (!s || !column)
		return NULL;
	char key[64], other[64];
	normalise(column, key, sizeof key);
	int f = poort_field_lookup(key);
	for (size_t j = 0; j < s->ncols; j++) {
		normalise(s->header[j], other, sizeof other);
		if ((f >= 0 && s->field[j] == f) || (s->field[j] != -2 && strcmp(key, other) == 0))
			return cell_text(s, j);
	}
	return NULL;
}

/* A cell quoted in a message: at most ECHO_BYTES bytes, never half a character. */
static int echo_len(const char *text)
{
	size_t n = strlen(text);
	if (n <= ECHO_BYTES)
		return (int)n;
	n = ECHO_BYTES;
	while (n > 0 && (text[n] & 0xC0) == 0x80)
		n--;
	return (int)n;
}

static int32_t row_error(poort_sheet *s, poort_case *c, size_t j, const char *value,
			 int32_t st, const char *why)
{
	const char *msg = poort_case_errmsg(c)[0] ? poort_case_errmsg(c) : why;
	const char *id = poort_case_id(c)[0] ? poort_case_id(c) : "without id";
	const char *col = j < s->ncols ? s->header[j] : "";
	int n = echo_len(value);
	return poort_fail(s, st, "line %d, case %s, column %s: \"%.*s%s\": %s", (int)s->row_line, id,
			  col, n, value, (size_t)n < strlen(value) ? "..." : "", msg);
}

/* One cell: each space-separated value of a column that takes several, else the whole. */
static int32_t apply_cell(poort_sheet *s, poort_case *c, struct poort_row *row, size_t j)
{
	const struct poort_field *f = &poort_fields[s->field[j]];
	const char *text = cell_text(s, j), *why = "";
	size_t n = strlen(text);
	poort_sheet_trim(&text, &n);
	while (n > 0) {
		size_t k = f->many ? strcspn(text, " \t\n") : n;
		if (k > n)
			k = n;
		int32_t st = f->apply(c, row, text, k, &why);
		if (st != POORT_OK) {
			char value[ECHO_BYTES * 2];
			snprintf(value, sizeof value, "%.*s", (int)(k < sizeof value - 1 ? k : sizeof value - 1), text);
			return row_error(s, c, j, value, st, why);
		}
		text += k, n -= k;
		poort_sheet_trim(&text, &n);
		while (n && *text == '\n')
			text++, n--;
	}
	return POORT_OK;
}

/* The facts of the current row, in the order of poort_fields[]. */
static int32_t build_case(poort_sheet *s, poort_case *c)
{
	struct poort_row row = {POORT_DATE_NONE, POORT_DATE_NONE, -1, -1};
	const char *why;
	int32_t st;
	for (size_t f = 0; f < poort_field_count; f++) {
		for (size_t j = 0; j < s->ncols; j++)
			if (s->field[j] == (int)f && (st = apply_cell(s, c, &row, j)) != POORT_OK)
				return st;
		if (strcmp(poort_fields[f].name, "recovery") == 0 &&
		    (st = poort_row_period(c, &row, &why)) != POORT_OK)
			return row_error(s, c, s->ncols, "", st, why);
	}
	for (size_t j = s->ncols; j < s->ncells; j++)
		if (cell_text(s, j)[0])
			return row_error(s, c, j, cell_text(s, j), POORT_ERR_SHEET,
					 "a cell beyond the last column of the header");
	if ((st = poort_row_wage(c, &row, &why)) != POORT_OK)
		return row_error(s, c, s->ncols, "", st, why);
	if (!poort_case_id(c)[0])
		return row_error(s, c, s->ncols, "", POORT_ERR_CASE_ID, "the row has no case id");
	return POORT_OK;
}

static int blank_row(const poort_sheet *s)
{
	for (size_t j = 0; j < s->ncells; j++) {
		const char *t = cell_text(s, j);
		size_t n = strlen(t);
		poort_sheet_trim(&t, &n);
		if (n)
			return 0;
	}
	return 1;
}

int32_t poort_sheet_next(poort_sheet *s, poort_case **out)
{
	if (!s || !out)
		return POORT_ERR_NULL;
	*out = NULL;
	s->errmsg[0] = '\0';
	int r;
	while ((r = read_record(s)) == 1 && blank_row(s))
		;
	if (r == 0)
		return POORT_OK;
	if (r == -1)
		return poort_fail(s, POORT_ERR_SHEET, "line %d: a quote (\") in this row is never closed; "
				  "the row is left out and reading goes on at the next line", (int)s->row_line);
	if (r == -2)
		return poort_fail(s, POORT_ERR_SHEET, "line %d: more than %d cells", (int)s->row_line,
				  MAX_COLUMNS);
	poort_case *c = r == 1 ? poort_case_new() : NULL;
	if (!c)
		return poort_fail(s, POORT_ERR_NOMEM, "line %d: out of memory", (int)s->row_line);
	int32_t st = build_case(s, c);
	if (st != POORT_OK) {
		poort_case_free(c);
		return st;
	}
	*out = c;
	return POORT_OK;
}
