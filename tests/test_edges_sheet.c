#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
/*
 * The edges of the cases sheet reader: each fact column means the library call that the
 * column table of the README and poortwachter.h name (a row gives the same case as those
 * calls), columns of one value take one value, the encodings of the file (no-break spaces,
 * UTF-16 with either byte order mark, Windows-1252 from its first byte), column names as
 * written, the limits of the header, and value parsers that read no byte beyond their text.
 */
#include "helpers.h"
#include "../lib/sheet.h"

#include <sys/mman.h>
#include <unistd.h>

#define BASE_HEADER "zaak;periodes;maandloon;uren"
#define BASE_ROW "z;3-6-2024;3000;40"

static poort_sheet *open_ok(const char *text)
{
	poort_sheet *s = NULL;
	int32_t st = poort_sheet_new(text, strlen(text), &s);
	if (st != POORT_OK)
		fail_msg("%s", poort_sheet_errmsg(s));
	return s;
}

/* The one case of a sheet of one row. */
static poort_case *only_case(const char *text)
{
	poort_sheet *s = open_ok(text);
	poort_case *c = NULL;
	if (poort_sheet_next(s, &c) != POORT_OK)
		fail_msg("%s", poort_sheet_errmsg(s));
	assert_non_null(c);
	poort_sheet_free(s);
	return c;
}

static char *sheet_text(const char *header, const char *row, const char *column, const char *cell)
{
	size_t n = strlen(header) + strlen(row) + strlen(column) + strlen(cell) + 8;
	char *text = malloc(n);
	assert_non_null(text);
	if (*column)
		snprintf(text, n, "%s;%s\n%s;%s\n", header, column, row, cell);
	else
		snprintf(text, n, "%s\n%s\n", header, row);
	return text;
}

/* The row `row` with `cell` under `column` must be the case of the row without that column
 * plus the facts of `call` (the documented meaning of the column), and differ from the row
 * without it (the fact shows). */
static void column_means(const char *header, const char *row, const char *column, const char *cell,
			 int32_t (*call)(poort_case *))
{
	char *with = sheet_text(header, row, column, cell), *without = sheet_text(header, row, "", "");
	poort_case *a = only_case(with), *b = only_case(without), *plain = only_case(without);
	int32_t st = call(b);
	if (st != POORT_OK)
		fail_msg("%s: %s", poort_status_str(st), poort_case_errmsg(b));
	char *sa = snapshot(a), *sb = snapshot(b), *splain = snapshot(plain);
	if (strcmp(sa, sb) != 0)
		fail_msg("%s = \"%s\" is not the case the calls give", column, cell);
	if (strcmp(sa, splain) == 0)
		fail_msg("%s = \"%s\" changes nothing", column, cell);
	free(sa), free(sb), free(splain);
	poort_case_free(a), poort_case_free(b), poort_case_free(plain);
	free(with), free(without);
}

/* The row with `cell` under `column` is refused with `status` and a message with `words`. */
static void cell_refused(const char *column, const char *cell, int32_t status, const char *words)
{
	char *text = sheet_text(BASE_HEADER, BASE_ROW, column, cell);
	poort_sheet *s = open_ok(text);
	poort_case *c = (poort_case *)1;
	int32_t st = poort_sheet_next(s, &c);
	assert_null(c);
	if (st != status)
		fail_msg("%s = \"%s\": %s, want %s (%s)", column, cell, poort_status_str(st),
			 poort_status_str(status), poort_sheet_errmsg(s));
	if (!strstr(poort_sheet_errmsg(s), words))
		fail_msg("\"%s\" does not say \"%s\"", poort_sheet_errmsg(s), words);
	poort_sheet_free(s);
	free(text);
}

/* ------------------------------------------------------- each column's fact */

static int32_t leave_other_cause(poort_case *c)
{
	return poort_case_add_leave(c, D("2024-07-01"), D("2024-07-07"), 1);
}

static void leave_with_other_cause(void **state)
{
	(void)state;
	/* WAZO leave between two periods a week apart: other-cause keeps them apart (spec 2) */
	column_means("zaak;periodes", "z;3-6-2024:30-6-2024 8-7-2024", "verlof",
		     "1-7-2024:2024-07-07:other-cause", leave_other_cause);
	cell_refused("verlof", "2024-07-01:2024-07-07:other", POORT_ERR_DATE_SYNTAX,
		     "FIRST:LAST:other-cause");
	cell_refused("verlof", "2024-07-01", POORT_ERR_DATE_SYNTAX, "FIRST:LAST:other-cause");
}

static int32_t loonsanctie_26(poort_case *c)
{
	return poort_case_set_loonsanctie(c, D("2026-03-02"), 26, POORT_DATE_NONE);
}

static int32_t loonsanctie_bekorting(poort_case *c)
{
	return poort_case_set_loonsanctie(c, D("2026-03-02"), 26, D("2026-04-01"));
}

static void loonsanctie_column(void **state)
{
	(void)state;
	column_means(BASE_HEADER, BASE_ROW, "loonsanctie", "2-3-2026:26", loonsanctie_26);
	column_means(BASE_HEADER, BASE_ROW, "loonsanctie", "2-3-2026:26:2026-04-01",
		     loonsanctie_bekorting);
	/* the weeks are a whole number */
	cell_refused("loonsanctie", "2-3-2026:12,5", POORT_ERR_LOONSANCTIE_WEEKS, "whole number");
	cell_refused("loonsanctie", "2-3-2026", POORT_ERR_ARGUMENT, "DECISION:WEEKS");
}

static int32_t cao_capped(poort_case *c)
{
	return poort_case_add_cao(c, 1, 52, 10000, 1);
}

static int32_t cao_two_ranges(poort_case *c)
{
	int32_t st = poort_case_add_cao(c, 1, 26, 10000, 0);
	return st == POORT_OK ? poort_case_add_cao(c, 27, 52, 9000, 0) : st;
}

static void cao_column(void **state)
{
	(void)state;
	column_means(BASE_HEADER, BASE_ROW, "cao", "1-52:100:capped", cao_capped);
	column_means(BASE_HEADER, BASE_ROW, "cao", "1-26:100 27-52:90", cao_two_ranges);
	cell_refused("cao", "1-52:100:cappeX", POORT_ERR_ARGUMENT, "FROM-TO:PCT:capped");
	cell_refused("cao", "1-52:100:cap", POORT_ERR_ARGUMENT, "FROM-TO:PCT:capped");
	cell_refused("cao", "1-52:ninety", POORT_ERR_ARGUMENT, "not a number");
}

static int32_t partial_march(poort_case *c)
{
	return poort_case_add_partial_work(c, D("2025-03-03"), D("2025-03-30"), 1600);
}

static int32_t partial_paid_half(poort_case *c)
{
	int32_t st = partial_march(c);
	return st == POORT_OK ? poort_case_set_partial_pay(c, 5000) : st;
}

static void partial_work_columns(void **state)
{
	(void)state;
	/* the two dates written differently (and so of different lengths) */
	column_means(BASE_HEADER, BASE_ROW, "deels_werken", "3-3-2025:2025-03-30:16", partial_march);
	column_means(BASE_HEADER, BASE_ROW, "deels_werken", "2025-03-03:30-3-2025:16,00", partial_march);
	column_means(BASE_HEADER, BASE_ROW, "deels_werken;partial_pay", "2025-03-03:2025-03-30:16;50",
		     partial_paid_half);
	cell_refused("deels_werken", "2025-03-03:2025-03-30", POORT_ERR_ARGUMENT, "FIRST:LAST:HOURS");
}

static int32_t aow_february(poort_case *c)
{
	return poort_case_set_aow_date(c, D("2025-02-01"));
}

/* The columns the table does not mark "separated by spaces" take one value. */
static void one_value_columns(void **state)
{
	(void)state;
	column_means(BASE_HEADER, BASE_ROW, "aow_datum", "1-2-2025", aow_february);
	cell_refused("aow_datum", "1-2-2025 1-3-2025", POORT_ERR_DATE_SYNTAX, "column aow_datum");
	cell_refused("wachtdagen", "1 2", POORT_ERR_ARGUMENT, "waiting days are 0, 1 or 2");
	cell_refused("voltijd_uren", "36 40", POORT_ERR_ARGUMENT, "column voltijd_uren");
	cell_refused("bbl", "2", POORT_ERR_ARGUMENT, "bbl is 1 (a bbl programme) or 0");
}

/* ---------------------------------------------------------------- encodings */

static void no_break_spaces_are_spaces(void **state)
{
	(void)state;
	/* U+00A0 and U+202F (narrow) in UTF-8, and 0xA0 in Windows-1252; other characters of
	 * two and three bytes stay as they are */
	poort_sheet *s = open_ok("zaak,periodes,naam\n"
				 "z,2026-01-05,a\xc2\xa0" "a\xe2\x80\xaf" "a \xc3\xa9\xe2\x82\xac\xe2\x80\xb0\n");
	poort_case *c = NULL;
	assert_int_equal(poort_sheet_next(s, &c), POORT_OK);
	assert_string_equal(poort_sheet_value(s, "naam"), "a a a \xc3\xa9\xe2\x82\xac\xe2\x80\xb0");
	poort_case_free(c);
	poort_sheet_free(s);

	s = open_ok("zaak,periodes,naam\nz,2026-01-05,a\xa0" "b\n");
	assert_int_equal(poort_sheet_next(s, &c), POORT_OK);
	assert_string_equal(poort_sheet_value(s, "naam"), "a b");
	poort_case_free(c);
	poort_sheet_free(s);
}

static void refused_as(const char *data, size_t len, const char *words)
{
	poort_sheet *s = NULL;
	assert_int_equal(poort_sheet_new(data, len, &s), POORT_ERR_SHEET);
	if (!strstr(poort_sheet_errmsg(s), words))
		fail_msg("\"%s\" does not say \"%s\"", poort_sheet_errmsg(s), words);
	poort_sheet_free(s);
}

static void utf16_by_either_byte_order_mark(void **state)
{
	(void)state;
	/* big-endian "za", and little-endian text of characters outside Latin-1 (no NUL byte) */
	refused_as("\xfe\xff\0z\0a", 6, "the file is UTF-16 (Unicode text)");
	refused_as("\xff\xfe\x41\x42\x43\x44", 6, "the file is UTF-16 (Unicode text)");
}

static void windows_1252_from_the_first_byte(void **state)
{
	(void)state;
	/* the first column is named "þeta" (0xFE in Windows-1252, U+00FE) */
	poort_sheet *s = open_ok("\xfeta;zaak;periodes\nx;z;2026-01-05\n");
	assert_string_equal(poort_sheet_column_name(s, 0), "\xc3\xbe" "ta");
	assert_int_equal(poort_sheet_warning_count(s), 2);
	assert_non_null(strstr(poort_sheet_warning(s, 0), "Windows-1252"));
	assert_null(poort_sheet_warning(s, 2));
	poort_sheet_free(s);
	assert_int_equal(poort_sheet_warning_count(NULL), 0);
}

/* -------------------------------------------------------- the header, cells */

static void column_named_as_written(void **state)
{
	(void)state;
	/* the header cell holds spaces around the name: the name as written finds it too */
	poort_sheet *s = open_ok("zaak;periodes;\" Case manager \"\nz;2026-01-05;Jansen\n");
	poort_case *c = NULL;
	assert_int_equal(poort_sheet_next(s, &c), POORT_OK);
	assert_string_equal(poort_sheet_column_name(s, 2), "Case manager");
	assert_string_equal(poort_sheet_value(s, " Case manager "), "Jansen");
	assert_string_equal(poort_sheet_value(s, "case-MANAGER"), "Jansen");
	poort_case_free(c);
	poort_sheet_free(s);
}

static void text_after_a_closing_quote(void **state)
{
	(void)state;
	/* "x"y is one cell: nothing of it is lost and the next line is the next row */
	poort_sheet *s = open_ok("zaak,periodes,note\nz1,2026-01-05,\"x\"y\nz2,2026-02-02,n\n");
	poort_case *c = NULL;
	assert_int_equal(poort_sheet_next(s, &c), POORT_OK);
	assert_string_equal(poort_sheet_value(s, "note"), "xy");
	poort_case_free(c);
	assert_int_equal(poort_sheet_next(s, &c), POORT_OK);
	assert_non_null(c);
	assert_string_equal(poort_case_id(c), "z2");
	assert_int_equal(poort_sheet_line(s), 3);
	poort_case_free(c);
	poort_sheet_free(s);
}

/* A header of `columns` cells: zaak, periodes and unknown ones c2, c3, ... */
static char *wide_sheet(size_t columns, size_t cells)
{
	char *text = malloc(16 * (columns + cells) + 64);
	assert_non_null(text);
	size_t o = (size_t)sprintf(text, "zaak;periodes");
	for (size_t j = 2; j < columns; j++)
		o += (size_t)sprintf(text + o, ";c%zu", j);
	o += (size_t)sprintf(text + o, "\nz;2026-01-05");
	for (size_t j = 2; j < cells; j++)
		o += (size_t)sprintf(text + o, ";v%zu", j);
	strcpy(text + o, "\n");
	return text;
}

static void header_of_256_columns(void **state)
{
	(void)state;
	char *text = wide_sheet(256, 256);
	poort_sheet *s = open_ok(text);
	assert_int_equal(poort_sheet_column_count(s), 256);
	poort_case *c = NULL;
	assert_int_equal(poort_sheet_next(s, &c), POORT_OK);
	assert_string_equal(poort_sheet_value(s, "c255"), "v255");
	poort_case_free(c);
	poort_sheet_free(s);
	free(text);

	/* a row of far more cells than the limit is refused with the limit */
	text = wide_sheet(3, 300);
	s = open_ok(text);
	c = (poort_case *)1;
	assert_int_equal(poort_sheet_next(s, &c), POORT_ERR_SHEET);
	assert_null(c);
	assert_non_null(strstr(poort_sheet_errmsg(s), "line 2: more than 256 cells"));
	poort_sheet_free(s);
	free(text);
}

/* ------------------------------------------------------------ value parsers */

static void dates_with_a_letter(void **state)
{
	(void)state;
	static const char *const texts[] = {"2026-03-0x", "2026-0x-01", "x026-03-01", "1-3-202x",
					    "x-3-2026", "1-x-2026", "2026--01", "-3-2026"};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		int32_t d = 0;
		const char *why = NULL;
		int32_t st = poort_sheet_date(texts[i], strlen(texts[i]), &d, &why);
		if (st != POORT_ERR_DATE_SYNTAX)
			fail_msg("\"%s\": %s", texts[i], poort_status_str(st));
	}
}

static void decimals_and_percent_signs(void **state)
{
	(void)state;
	/* scaled by 100, 0 ... max; a percentage as a spreadsheet writes it ("50%") */
	static const struct {
		const char *text;
		int32_t status;
		int64_t value;
	} cases[] = {
		{"168", POORT_OK, 16800},       {"168,00", POORT_OK, 16800},
		{"168,01", POORT_ERR_ARGUMENT, 0}, {"169", POORT_ERR_ARGUMENT, 0},
		{"50%", POORT_OK, 5000},        {"12,5 %", POORT_OK, 1250},
		{"%", POORT_ERR_ARGUMENT, 0},   {"5%0", POORT_ERR_ARGUMENT, 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		int64_t v = -1;
		const char *why = NULL;
		int32_t st = poort_sheet_decimal(cases[i].text, strlen(cases[i].text), 16800, &v, &why);
		if (st != cases[i].status)
			fail_msg("\"%s\": %s", cases[i].text, poort_status_str(st));
		if (st == POORT_OK)
			assert_int_equal(v, cases[i].value);
	}
}

/* The parsers take a piece of text that need not end in NUL: each text is put at the end of
 * a page followed by one that may not be read, so a read beyond it stops the test. */
static void parsers_read_nothing_beyond_their_text(void **state)
{
	(void)state;
	static const char *const texts[] = {"2026-", "1-", "-", "2026-03-", "1-3-2026", "50", "50%",
					    "2.300,50", "EUR", "12,5"};
	long page = sysconf(_SC_PAGESIZE);
	char *mem = mmap(NULL, (size_t)page * 2, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(mem != MAP_FAILED);
	assert_int_equal(mprotect(mem + page, (size_t)page, PROT_NONE), 0);
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		size_t n = strlen(texts[i]);
		char *at = mem + page - n;
		memcpy(at, texts[i], n);
		int32_t d;
		int64_t v;
		const char *why;
		poort_sheet_date(at, n, &d, &why);
		poort_sheet_amount(at, n, &v, &why);
		poort_sheet_decimal(at, n, 16800, &v, &why);
	}
	munmap(mem, (size_t)page * 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(leave_with_other_cause),
		cmocka_unit_test(loonsanctie_column),
		cmocka_unit_test(cao_column),
		cmocka_unit_test(partial_work_columns),
		cmocka_unit_test(one_value_columns),
		cmocka_unit_test(no_break_spaces_are_spaces),
		cmocka_unit_test(utf16_by_either_byte_order_mark),
		cmocka_unit_test(windows_1252_from_the_first_byte),
		cmocka_unit_test(column_named_as_written),
		cmocka_unit_test(text_after_a_closing_quote),
		cmocka_unit_test(header_of_256_columns),
		cmocka_unit_test(dates_with_a_letter),
		cmocka_unit_test(decimals_and_percent_signs),
		cmocka_unit_test(parsers_read_nothing_beyond_their_text),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
