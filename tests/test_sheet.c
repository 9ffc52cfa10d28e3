#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
/*
 * The cases sheet reader on files shaped like what spreadsheets export: Dutch Excel
 * (semicolons, BOM, CRLF, d-m-jjjj, empty trailing columns, a case manager column),
 * Windows-1252, UTF-16 and tab-separated files, quotes, and bad rows among good ones.
 * Expected values follow from the sheet rules in poortwachter.h and spec sections 1-4.
 * Then the edges: each fact column means the library call that the column table of the
 * README names (a row gives the same case as those calls), columns of one value take one
 * value, no-break spaces, 256 columns, and value parsers that read no byte beyond their text.
 */
#include "helpers.h"
#include "../lib/sheet.h"

#include <sys/mman.h>
#include <unistd.h>
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
#include <malloc.h>
#define HAVE_MALLINFO2 1
#endif

/* Open a sheet that must be readable. */
static poort_sheet *open_ok(const char *text)
{
	poort_sheet *s = NULL;
	int32_t st = poort_sheet_new(text, strlen(text), &s);
	if (st != POORT_OK)
		fail_msg("%s", poort_sheet_errmsg(s));
	return s;
}

/* The next row must be a case; returns it. */
static poort_case *next_ok(poort_sheet *s)
{
	poort_case *c = NULL;
	int32_t st = poort_sheet_next(s, &c);
	if (st != POORT_OK)
		fail_msg("%s", poort_sheet_errmsg(s));
	assert_non_null(c);
	return c;
}

static void assert_end(poort_sheet *s)
{
	poort_case *c = (poort_case *)1;
	assert_int_equal(poort_sheet_next(s, &c), POORT_OK);
	assert_null(c);
}

static int32_t first_sick_day(poort_case *c)
{
	poort_timeline *t = compute(c, "2026-11-01");
	int32_t d = poort_timeline_first_sick_day(t);
	poort_timeline_free(t);
	return d;
}

static void dutch_excel_export(void **state)
{
	(void)state;
	/* BOM, semicolons, CRLF, d-m-jjjj, an extra column, Excel's empty trailing columns, a
	 * quoted cell holding the delimiter and a no-break space (U+00A0) inside a date cell */
	poort_sheet *s = open_ok("\xef\xbb\xbfZaak;Ziekteperiodes;Gedaan;Casemanager;;\r\n"
				 "z-1;1-3-2026;PROBLEEMANALYSE=01-04-2026;\"Jansen; P.\";;\r\n"
				 "z-2;\xc2\xa0" "2026-3-2;;de Vries;;\r\n");
	assert_int_equal(poort_sheet_column_count(s), 6);
	assert_string_equal(poort_sheet_column_field(s, 0), "case_id");
	assert_string_equal(poort_sheet_column_field(s, 1), "periods");
	assert_null(poort_sheet_column_field(s, 3));
	assert_string_equal(poort_sheet_column_name(s, 3), "Casemanager");
	/* the unknown column is named once, in one warning */
	assert_int_equal(poort_sheet_warning_count(s), 1);
	assert_non_null(strstr(poort_sheet_warning(s, 0), "Casemanager"));

	poort_case *c = next_ok(s);
	assert_int_equal(poort_sheet_line(s), 2);
	assert_string_equal(poort_case_id(c), "z-1");
	assert_int_equal(first_sick_day(c), D("2026-03-01"));
	assert_string_equal(poort_sheet_value(s, "casemanager"), "Jansen; P.");
	assert_string_equal(poort_sheet_value(s, "ZAAK"), "z-1");
	assert_string_equal(poort_sheet_value(s, "case_id"), "z-1");
	assert_null(poort_sheet_value(s, "afdeling"));
	poort_case_free(c);

	c = next_ok(s);
	assert_int_equal(poort_sheet_line(s), 3);
	assert_int_equal(first_sick_day(c), D("2026-03-02"));
	poort_case_free(c);
	assert_end(s);
	poort_sheet_free(s);
}

static void windows_1252_is_converted(void **state)
{
	(void)state;
	poort_sheet *s = open_ok("case_id,periods,afdeling\nz1,2026-01-05,Caf\xe9 \x80\n");
	assert_int_equal(poort_sheet_warning_count(s), 2); /* Windows-1252 and the extra column */
	assert_non_null(strstr(poort_sheet_warning(s, 0), "Windows-1252"));
	poort_case *c = next_ok(s);
	assert_string_equal(poort_sheet_value(s, "Afdeling"), "Caf\xc3\xa9 \xe2\x82\xac");
	poort_case_free(c);
	poort_sheet_free(s);
}

static void refuse_file(const char *data, size_t len, const char *words)
{
	poort_sheet *s = NULL;
	assert_int_equal(poort_sheet_new(data, len, &s), POORT_ERR_SHEET);
	assert_non_null(s);
	if (!strstr(poort_sheet_errmsg(s), words))
		fail_msg("\"%s\" does not say \"%s\"", poort_sheet_errmsg(s), words);
	assert_end(s);
	poort_sheet_free(s);
}

static void files_that_are_not_csv(void **state)
{
	(void)state;
	static const char utf16[] = "\xff\xfe" "c\0a\0s\0e\0";
	refuse_file(utf16, sizeof utf16 - 1, "UTF-16");
	refuse_file("c\0a\0s\0e\0", 8, "UTF-16");
	/* either byte order mark: big-endian "za", and little-endian text without a NUL byte */
	refuse_file("\xfe\xff\0z\0a", 6, "the file is UTF-16 (Unicode text)");
	refuse_file("\xff\xfe\x41\x42\x43\x44", 6, "the file is UTF-16 (Unicode text)");
	refuse_file("\xff\xfe", 2, "the file is UTF-16 (Unicode text)"); /* an empty one */
	refuse_file("case_id\tperiods\nz1\t2026-01-01\n", 30, "tab-separated");
	refuse_file("", 0, "empty");
	refuse_file("case_id;leave\nz;2026-01-01:2026-02-01\n", 38, "periods");
	refuse_file("zaak;case_id;periods\n", 21, "both hold case_id");
	refuse_file("zaak;periods;\"oops\n", 19, "never closed");
}

static int32_t next_error(poort_sheet *s, int32_t want, const char *words)
{
	poort_case *c = (poort_case *)1;
	int32_t st = poort_sheet_next(s, &c);
	assert_null(c);
	assert_int_equal(st, want);
	if (!strstr(poort_sheet_errmsg(s), words))
		fail_msg("\"%s\" does not say \"%s\"", poort_sheet_errmsg(s), words);
	return st;
}

static void bad_rows_among_good_ones(void **state)
{
	(void)state;
	char big[3000];
	memset(big, '7', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	char text[4000];
	snprintf(text, sizeof text,
		 "Zaak;Ziekteperiodes\r\n"
		 "z1;2026-02-30\r\n"
		 "z2;\"2026-01-01\r\n"
		 "z3;2026-01-01\r\n"
		 "z4;%s\r\n"
		 "z5;2026-01-01;extra\r\n"
		 ";2026-01-01\r\n"
		 "z7;1-3-2026\r\n", big);
	poort_sheet *s = open_ok(text);
	next_error(s, POORT_ERR_DATE_INVALID,
		   "line 2, case z1, column Ziekteperiodes: \"2026-02-30\": no such calendar day");
	next_error(s, POORT_ERR_SHEET, "line 3: a quote");
	poort_case *c = next_ok(s);
	assert_string_equal(poort_case_id(c), "z3");
	assert_int_equal(poort_sheet_line(s), 4);
	poort_case_free(c);
	/* a huge cell is not echoed whole */
	next_error(s, POORT_ERR_DATE_SYNTAX, "line 5, case z4, column Ziekteperiodes: \"7777");
	assert_true(strlen(poort_sheet_errmsg(s)) < 300);
	next_error(s, POORT_ERR_SHEET, "line 6, case z5");
	next_error(s, POORT_ERR_CASE_ID, "line 7");
	c = next_ok(s);
	assert_string_equal(poort_case_id(c), "z7");
	assert_int_equal(poort_sheet_line(s), 8);
	poort_case_free(c);
	assert_end(s);
	poort_sheet_free(s);
}

static void line_numbers_with_quoted_newlines_and_cr(void **state)
{
	(void)state;
	poort_sheet *s = open_ok("case_id,periods,note\r"
				 "z1,2026-01-01,\"two\rlines\"\r"
				 "z2,2026-02-30,x\r");
	poort_case *c = next_ok(s);
	assert_string_equal(poort_sheet_value(s, "note"), "two\nlines");
	poort_case_free(c);
	next_error(s, POORT_ERR_DATE_INVALID, "line 4, case z2");
	assert_end(s);
	poort_sheet_free(s);
}

static void recovery_date_is_the_first_day_fit(void **state)
{
	(void)state;
	/* eerste ziektedag 1-3-2026, hersteld per 15-3-2026: the last sick day is 14 March */
	poort_sheet *s = open_ok("zaak;eerste ziektedag;Hersteldatum\n"
				 "a;1-3-2026;15-3-2026\n"
				 "b;1-3-2026;\n"
				 "c;;15-3-2026\n");
	poort_case *c = next_ok(s);
	poort_timeline *t = compute(c, "2026-11-01");
	assert_int_equal(poort_timeline_last_sick_day(t), D("2026-03-14"));
	poort_timeline_free(t);
	poort_case_free(c);
	c = next_ok(s); /* no recovery yet: the sickness goes on */
	t = compute(c, "2026-11-01");
	assert_int_equal(poort_timeline_last_sick_day(t), POORT_DATE_NONE);
	poort_timeline_free(t);
	poort_case_free(c);
	next_error(s, POORT_ERR_ARGUMENT, "needs the first sick day");
	poort_sheet_free(s);
}

static void wage_columns_in_dutch_notation(void **state)
{
	(void)state;
	/* spec 4 check value: EUR 9 000,00 a month in a 2025 month of year 2 is capped at
	 * 70% x EUR 290,67 x 21,75 = EUR 4 425,45 (first sick day 2024-01-16: March 2025 is
	 * sick days 411-441, year 2) */
	poort_sheet *s = open_ok("zaak;periodes;maandloon;uren\n"
				 "w;16-1-2024;\"\xe2\x82\xac 9.000,00\";40\n"
				 "x;16-1-2024;9.000;40\n"
				 "y;16-1-2024;0;40\n"
				 "z;16-1-2024;2300;\n");
	poort_case *c = next_ok(s);
	poort_wage *w = NULL;
	assert_int_equal(poort_wage_compute(c, NULL, D("2025-03-01"), D("2025-03-31"), &w), POORT_OK);
	assert_int_equal(poort_wage_total(w), 442545);
	poort_wage_free(w);
	poort_case_free(c);
	next_error(s, POORT_ERR_ARGUMENT, "ambiguous");
	next_error(s, POORT_ERR_WAGE, "EUR 0,00");
	next_error(s, POORT_ERR_NO_WAGE, "contract hours");
	poort_sheet_free(s);
}

/* The bbl column: Besluit minimumjeugdloon art. 3, 19 years 52,5%: 14,99 x 52,5% = 7,86975
 * -> 7,87 an hour; x 32 x 13/3 = 1 091,31 in July 2026 (regular 60%: 8,99, 1 246,61). */
static void bbl_column(void **state)
{
	(void)state;
	poort_sheet *s = open_ok("zaak;periodes;maandloon;uren;leeftijd;bbl\n"
				 "b;2-3-2026;1000;32;19;1\n"
				 "r;2-3-2026;1000;32;19;0\n"
				 "x;2-3-2026;1000;32;19;ja\n");
	static const int64_t july[] = {109131, 124661};
	for (int k = 0; k < 2; k++) {
		poort_case *c = next_ok(s);
		poort_wage *w = wage_between(c, NULL, "2026-07-01", "2026-07-31");
		assert_int_equal(poort_wage_total(w), july[k]);
		poort_wage_free(w);
		poort_case_free(c);
	}
	next_error(s, POORT_ERR_ARGUMENT, "column bbl");
	poort_sheet_free(s);
}

struct number_case {
	const char *text;
	int32_t status;
	int64_t value; /* when status is POORT_OK */
};

/* Each text through a number parser: its status, and its value when it is read. */
static void check_numbers(const struct number_case *cases, size_t n,
			  int32_t (*parse)(const char *, size_t, int64_t *, const char **))
{
	for (size_t i = 0; i < n; i++) {
		int64_t value = -1;
		const char *why = NULL;
		int32_t st = parse(cases[i].text, strlen(cases[i].text), &value, &why);
		if (st != cases[i].status)
			fail_msg("\"%s\": status %d, want %d", cases[i].text, st, cases[i].status);
		if (st == POORT_OK)
			assert_int_equal(value, cases[i].value);
		else
			assert_non_null(why);
	}
}

static void amounts(void **state)
{
	(void)state;
	static const struct number_case cases[] = {
		{"2300", POORT_OK, 230000},        {"2300,50", POORT_OK, 230050},
		{"2300,5", POORT_OK, 230050},      {"2300.50", POORT_OK, 230050},
		{"2.300,50", POORT_OK, 230050},    {"2,300.50", POORT_OK, 230050},
		{"1.234.567,89", POORT_OK, 123456789}, {"\xe2\x82\xac 2.300,50", POORT_OK, 230050},
		{"EUR 100", POORT_OK, 10000},      {" 0,01 ", POORT_OK, 1},
		{"2.300", POORT_ERR_ARGUMENT, 0},  {"2,300", POORT_ERR_ARGUMENT, 0},
		{"2300,505", POORT_ERR_ARGUMENT, 0}, {"23.00.00", POORT_ERR_ARGUMENT, 0},
		{"-5", POORT_ERR_ARGUMENT, 0},     {"", POORT_ERR_ARGUMENT, 0},
		{"12a", POORT_ERR_ARGUMENT, 0},    {"2.300,50,1", POORT_ERR_ARGUMENT, 0},
		{"10000000,01", POORT_ERR_WAGE, 0}, {"10.000.000,00", POORT_OK, POORT_MAX_WAGE_CENTS},
		{"10000000000", POORT_ERR_WAGE, 0}, {"1,234,567", POORT_OK, 123456700},
		{"1.23.456", POORT_ERR_ARGUMENT, 0}, {"1.23.456,00", POORT_ERR_ARGUMENT, 0},
		{"2.300,505", POORT_ERR_ARGUMENT, 0}, {",50", POORT_ERR_ARGUMENT, 0},
		{".50", POORT_ERR_ARGUMENT, 0},      {".300.000", POORT_ERR_ARGUMENT, 0},
		{",300,000", POORT_ERR_ARGUMENT, 0}, {"1..300", POORT_ERR_ARGUMENT, 0},
		/* a separator needs its decimals; only the euro sign (U+20AC) is taken off, not
		 * the kip sign (U+20AD) whose first two bytes are the same */
		{"2300,", POORT_ERR_ARGUMENT, 0},    {"2.300,", POORT_ERR_ARGUMENT, 0},
		{"\xe2\x82\xad 2.300,50", POORT_ERR_ARGUMENT, 0},
	};
	check_numbers(cases, sizeof cases / sizeof *cases, poort_sheet_amount);
	/* "a single separator before exactly three digits is ambiguous" (poortwachter.h), at the
	 * start of the text too */
	static const char *const ambiguous[] = {"2.300", "2,300", ",300", ".300", "EUR .300"};
	for (size_t i = 0; i < sizeof ambiguous / sizeof *ambiguous; i++) {
		int64_t cents;
		const char *why = "";
		assert_int_equal(poort_sheet_amount(ambiguous[i], strlen(ambiguous[i]), &cents, &why),
				 POORT_ERR_ARGUMENT);
		if (!strstr(why, "ambiguous"))
			fail_msg("\"%s\": %s", ambiguous[i], why);
	}
}

/* Hours: a decimal scaled by 100, 0 ... 168 hours (sheet.h); a percentage may carry the
 * percent sign a spreadsheet writes ("50%"). */
static int32_t hours(const char *s, size_t n, int64_t *out, const char **why)
{
	return poort_sheet_decimal(s, n, 16800, out, why);
}

static void decimals(void **state)
{
	(void)state;
	static const struct number_case cases[] = {
		{"168", POORT_OK, 16800},          {"168,00", POORT_OK, 16800},
		{"32,5", POORT_OK, 3250},          {"32.5", POORT_OK, 3250},
		{"168,01", POORT_ERR_ARGUMENT, 0}, {"169", POORT_ERR_ARGUMENT, 0},
		{"50%", POORT_OK, 5000},           {"12,5 %", POORT_OK, 1250},
		{"%", POORT_ERR_ARGUMENT, 0},      {"5%0", POORT_ERR_ARGUMENT, 0},
		{"1,234", POORT_ERR_ARGUMENT, 0},
	};
	check_numbers(cases, sizeof cases / sizeof *cases, hours);
}

static void dates(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		int32_t status;
		const char *iso;
	} cases[] = {
		{"2026-03-01", POORT_OK, "2026-03-01"}, {"2026-3-1", POORT_OK, "2026-03-01"},
		{"1-3-2026", POORT_OK, "2026-03-01"},   {"01-03-2026", POORT_OK, "2026-03-01"},
		{"29-2-2000", POORT_OK, "2000-02-29"},  {"29-2-2100", POORT_ERR_DATE_INVALID, NULL},
		{"31-12-2199", POORT_OK, "2199-12-31"}, {"1-1-2200", POORT_ERR_DATE_RANGE, NULL},
		{"1-3-26", POORT_ERR_DATE_SYNTAX, NULL}, {"2026/03/01", POORT_ERR_DATE_SYNTAX, NULL},
		{"001-3-2026", POORT_ERR_DATE_SYNTAX, NULL}, {"1-3-2026-1", POORT_ERR_DATE_SYNTAX, NULL},
		{"", POORT_ERR_DATE_SYNTAX, NULL},       {"2026-13-01", POORT_ERR_DATE_INVALID, NULL},
		/* a letter or a missing number anywhere */
		{"2026-03-0x", POORT_ERR_DATE_SYNTAX, NULL}, {"2026-0x-01", POORT_ERR_DATE_SYNTAX, NULL},
		{"x026-03-01", POORT_ERR_DATE_SYNTAX, NULL}, {"1-3-202x", POORT_ERR_DATE_SYNTAX, NULL},
		{"x-3-2026", POORT_ERR_DATE_SYNTAX, NULL},   {"1-x-2026", POORT_ERR_DATE_SYNTAX, NULL},
		{"2026--01", POORT_ERR_DATE_SYNTAX, NULL},   {"-3-2026", POORT_ERR_DATE_SYNTAX, NULL},
		/* the year first takes a day of one or two digits (YYYY-MM-DD); a month has one or two */
		{"2026-03-001", POORT_ERR_DATE_SYNTAX, NULL}, {"1899-12-31", POORT_ERR_DATE_RANGE, NULL},
		{"2026-003-01", POORT_ERR_DATE_SYNTAX, NULL}, {"1-003-2026", POORT_ERR_DATE_SYNTAX, NULL},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		int32_t d = 0;
		const char *why = NULL;
		int32_t st = poort_sheet_date(cases[i].text, strlen(cases[i].text), &d, &why);
		if (st != cases[i].status)
			fail_msg("\"%s\": status %d, want %d", cases[i].text, st, cases[i].status);
		if (st == POORT_OK)
			assert_int_equal(d, D(cases[i].iso));
		/* the message says what is wrong in dates (README: messages in the user's units) */
		if (st == POORT_ERR_DATE_RANGE && !strstr(why, "1900-01-01 ... 2199-12-31"))
			fail_msg("\"%s\": %s", cases[i].text, why);
		if (st == POORT_ERR_DATE_INVALID && !strstr(why, "no such calendar day"))
			fail_msg("\"%s\": %s", cases[i].text, why);
	}
}

/* The same facts in any column order give the same timeline, byte for byte. */
static void column_order_does_not_matter(void **state)
{
	(void)state;
	static const char *const sheets[] = {
		"case_id;periods;done;employment_end\nz;2026-01-01:2026-03-01 2026-03-20;"
		"PROBLEEMANALYSE=2026-02-01 PLAN_VAN_AANPAK=2026-02-10;2026-12-31\n",
		"employment_end;done;periods;case_id\n2026-12-31;PLAN_VAN_AANPAK=2026-02-10 "
		"PROBLEEMANALYSE=2026-02-01;2026-03-20 2026-01-01:2026-03-01;z\n",
	};
	char *json[2] = {NULL, NULL};
	for (int k = 0; k < 2; k++) {
		poort_sheet *s = open_ok(sheets[k]);
		poort_case *c = next_ok(s);
		poort_timeline *t = compute(c, "2026-06-01");
		size_t len;
		assert_int_equal(poort_timeline_json(t, POORT_LANG_EN, &json[k], &len), POORT_OK);
		poort_timeline_free(t);
		poort_case_free(c);
		poort_sheet_free(s);
	}
	assert_string_equal(json[0], json[1]);
	poort_free(json[0]);
	poort_free(json[1]);
}

static void null_arguments(void **state)
{
	(void)state;
	poort_sheet *s = NULL;
	assert_int_equal(poort_sheet_new(NULL, 0, NULL), POORT_ERR_NULL);
	assert_int_equal(poort_sheet_new(NULL, 0, &s), POORT_ERR_NULL);
	poort_sheet_free(s);
	assert_int_equal(poort_sheet_next(NULL, NULL), POORT_ERR_NULL);
	assert_string_equal(poort_sheet_errmsg(NULL), "");
	assert_null(poort_sheet_value(NULL, "x"));
	assert_null(poort_sheet_column_name(NULL, 0));
	assert_null(poort_sheet_warning(NULL, 0));
	assert_int_equal(poort_sheet_column_count(NULL), 0);
	assert_int_equal(poort_sheet_warning_count(NULL), 0);
	assert_int_equal(poort_sheet_line(NULL), 0);
	assert_null(poort_sheet_column_field(NULL, 0));
	poort_sheet_free(NULL);
	/* a sheet, but nowhere to put the case; columns out of range */
	s = NULL;
	assert_int_equal(poort_sheet_new("zaak;periodes;x\nz;2026-01-05;y\n", 31, &s), POORT_OK);
	assert_int_equal(poort_sheet_next(s, NULL), POORT_ERR_NULL);
	assert_null(poort_sheet_column_name(s, 3));
	assert_null(poort_sheet_column_field(s, 3));
	assert_null(poort_sheet_column_field(s, 2));
	assert_string_equal(poort_sheet_column_field(s, 1), "periods");
	poort_sheet_free(s);
}

/* ================================================================== edges */

#define BASE_HEADER "zaak;periodes;maandloon;uren"
#define BASE_ROW "z;3-6-2024;3000;40"

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
	next_error(s, status, words);
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
	cell_refused("loonsanctie", "2-3-2026:26:2026-04-01:x", POORT_ERR_ARGUMENT, "DECISION:WEEKS");
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
	cell_refused("cao", "1-52", POORT_ERR_ARGUMENT, "FROM-TO:PCT");
	/* sick weeks 1 to 156 (poortwachter.h) */
	poort_case_free(only_case(BASE_HEADER ";cao\n" BASE_ROW ";156-156:100 1-155:100\n"));
	cell_refused("cao", "157-157:100", POORT_ERR_ARGUMENT, "too large");
	cell_refused("cao", "1-157:100", POORT_ERR_ARGUMENT, "too large");
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

static int32_t partial_twice(poort_case *c)
{
	int32_t st = poort_case_add_partial_work(c, D("2025-03-03"), D("2025-03-09"), 1600);
	return st == POORT_OK ? poort_case_add_partial_work(c, D("2025-03-17"), D("2025-03-30"), 800) : st;
}

static void partial_work_columns(void **state)
{
	(void)state;
	/* the two dates written differently (and so of different lengths) */
	column_means(BASE_HEADER, BASE_ROW, "deels_werken", "3-3-2025:2025-03-30:16", partial_march);
	column_means(BASE_HEADER, BASE_ROW, "deels_werken", "2025-03-03:30-3-2025:16,00", partial_march);
	column_means(BASE_HEADER, BASE_ROW, "deels_werken;partial_pay", "2025-03-03:2025-03-30:16;50",
		     partial_paid_half);
	column_means(BASE_HEADER, BASE_ROW, "deels_werken", "2025-03-03:2025-03-09:16 2025-03-17:2025-03-30:8",
		     partial_twice);
	cell_refused("deels_werken", "2025-03-03:2025-03-30", POORT_ERR_ARGUMENT, "FIRST:LAST:HOURS");
}

static int32_t wage_at_a_hundredth_hour(poort_case *c)
{
	return poort_case_set_wage(c, 300000, 1);
}

/* Contract hours are more than 0 and at most 168 a week, in hundredths. */
static void smallest_contract_hours(void **state)
{
	(void)state;
	column_means("zaak;periodes", "z;3-6-2024", "maandloon;uren", "3000;0,01", wage_at_a_hundredth_hour);
	poort_sheet *s = open_ok(BASE_HEADER "\nz;3-6-2024;3000;0\n");
	next_error(s, POORT_ERR_HOURS, "column uren: \"0\": contract hours are more than 0");
	poort_sheet_free(s);
}

static int32_t two_items(poort_case *c)
{
	int32_t st = poort_case_record_item(c, "PROBLEEMANALYSE", D("2024-07-15"));
	return st == POORT_OK ? poort_case_record_item(c, "PLAN_VAN_AANPAK", D("2024-08-01")) : st;
}

static void dossier_items_column(void **state)
{
	(void)state;
	column_means(BASE_HEADER, BASE_ROW, "aanwezig", "PROBLEEMANALYSE=15-7-2024 PLAN_VAN_AANPAK=2024-08-01",
		     two_items);
}

/* The first header cell quoted, holding a comma: the semicolons outside quotes decide. */
static void quoted_first_header_cell(void **state)
{
	(void)state;
	poort_sheet *s = open_ok("\"naam, voornaam\";zaak;periodes\n\"Jansen, P.\";z;2026-01-05\n");
	assert_int_equal(poort_sheet_column_count(s), 3);
	poort_case *c = next_ok(s);
	assert_string_equal(poort_sheet_value(s, "naam, voornaam"), "Jansen, P.");
	poort_case_free(c);
	poort_sheet_free(s);
}

static int32_t aow_february(poort_case *c)
{
	return poort_case_set_aow_date(c, D("2025-02-01"));
}

/* The columns the table does not mark "separated by spaces" take one value. */
static void one_value_columns(void **state)
{
	(void)state;
	static const char *const two[][2] = {
		{"loonsanctie", "2-3-2026:26 2-4-2026:26"}, {"einde_dienstverband", "31-12-2026 31-1-2027"},
		{"maandloon", "3000 4000"}, {"uren", "40 32"}, {"geboortedatum", "1-1-1990 2-2-1990"},
		{"leeftijd", "30 31"}, {"aow_datum", "1-2-2025 1-3-2025"}, {"wachtdagen", "1 2"},
		{"bbl", "1 0"}, {"partial_pay", "50 60"}, {"voltijd_uren", "36 40"},
		{"extension_percent", "70 80"},
	};
	char text[200], words[64];
	for (size_t i = 0; i < sizeof two / sizeof *two; i++) {
		snprintf(text, sizeof text, "zaak;periodes;%s\nz;3-6-2024;%s\n", two[i][0], two[i][1]);
		snprintf(words, sizeof words, "line 2, case z, column %s: ", two[i][0]);
		poort_sheet *s = open_ok(text);
		poort_case *c = (poort_case *)1;
		if (poort_sheet_next(s, &c) == POORT_OK || c || !strstr(poort_sheet_errmsg(s), words))
			fail_msg("%s: \"%s\" read as one value (%s)", two[i][0], two[i][1], poort_sheet_errmsg(s));
		poort_sheet_free(s);
	}
	column_means(BASE_HEADER, BASE_ROW, "aow_datum", "1-2-2025", aow_february);
	cell_refused("wachtdagen", "3", POORT_ERR_ARGUMENT, "waiting days are 0, 1 or 2");
	cell_refused("bbl", "2", POORT_ERR_ARGUMENT, "bbl is 1 (a bbl programme) or 0");
	poort_sheet *s = open_ok("zaak;eerste ziektedag;hersteldatum;verlenging\n"
				 "k 1;2026-01-05;;\n"
				 "k2;2026-01-05 2026-01-12;;\n"
				 "k3;2026-01-05;2026-02-02 2026-02-09;\n"
				 "k4;2026-01-05;;2028-01-01 2028-02-01\n");
	next_error(s, POORT_ERR_CASE_ID, "line 2, case without id, column zaak: \"k 1\"");
	next_error(s, POORT_ERR_DATE_SYNTAX, "line 3, case k2, column eerste ziektedag");
	next_error(s, POORT_ERR_DATE_SYNTAX, "line 4, case k3, column hersteldatum");
	next_error(s, POORT_ERR_DATE_SYNTAX, "line 5, case k4, column verlenging");
	poort_sheet_free(s);
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

/* The parsers take a piece of text that need not end in NUL: each text is put at the end of
 * a page followed by one that may not be read, so a read beyond it stops the test. */
static void parsers_read_nothing_beyond_their_text(void **state)
{
	(void)state;
	static const char *const texts[] = {"2026-", "1-", "-", "2026-03-", "1-3-2026", "50", "50%",
					    "2.300,50", "EUR", "EU", "12,5"};
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

static void case_ids_and_periods(void **state)
{
	(void)state;
	/* a case id is 1-64 characters; a one-character id is named in a message as it is; a
	 * period is FIRST or FIRST:LAST, never three dates */
	char text[256], id[66];
	memset(id, 'k', 65);
	id[64] = '\0';
	snprintf(text, sizeof text, "zaak;periodes\n%s;2026-01-05\nz;2026-02-30\n%s5;2026-01-05\n"
		 "y;2026-01-05:2026-02-01:2026-03-01\n", id, id);
	poort_sheet *s = open_ok(text);
	poort_case *c = next_ok(s);
	assert_string_equal(poort_case_id(c), id);
	poort_case_free(c);
	next_error(s, POORT_ERR_DATE_INVALID, "line 3, case z, column periodes");
	next_error(s, POORT_ERR_CASE_ID, "1-64 characters");
	next_error(s, POORT_ERR_DATE_SYNTAX, "line 5, case y, column periodes: "
		   "\"2026-01-05:2026-02-01:2026-03-01\": a period is FIRST or FIRST:LAST");
	poort_sheet_free(s);
}

/* RFC 3629 UTF-8 of one code point, written here apart from the reader's own. */
static size_t utf8_of(uint32_t cp, char *out)
{
	if (cp < 0x80)
		return out[0] = (char)cp, 1;
	if (cp < 0x800)
		return out[0] = (char)(0xC0 | cp >> 6), out[1] = (char)(0x80 | (cp & 0x3F)), 2;
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | cp >> 12), out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		return out[2] = (char)(0x80 | (cp & 0x3F)), 3;
	}
	out[0] = (char)(0xF0 | cp >> 18), out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
	out[2] = (char)(0x80 | (cp >> 6 & 0x3F)), out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Every character of UTF-8 beyond ASCII (U+0080 ... U+FFFF but the surrogates, and some of
 * four bytes) in one cell: the two no-break spaces become spaces, every other stays. */
static void every_other_character_stays(void **state)
{
	(void)state;
	static const char head[] = "zaak;periodes;naam\nz;2026-01-05;";
	size_t size = sizeof head + 0x10000 * 4 + 64;
	char *text = malloc(size), *want = malloc(size);
	assert_true(text && want);
	size_t n = sizeof head - 1, w = 0;
	memcpy(text, head, n);
	for (uint32_t cp = 0x80; cp < 0x10000 + 0x2000; cp += cp < 0x10000 ? 1 : 0x7F) {
		if (cp >= 0xD800 && cp < 0xE000)
			continue;
		size_t k = utf8_of(cp, text + n);
		if (cp == 0xA0 || cp == 0x202F)
			want[w++] = ' ';
		else
			memcpy(want + w, text + n, k), w += k;
		n += k;
	}
	text[n++] = '\n';
	want[w] = '\0';
	poort_sheet *s = NULL;
	assert_int_equal(poort_sheet_new(text, n, &s), POORT_OK);
	assert_int_equal(poort_sheet_warning_count(s), 1); /* naam only: the file is UTF-8 */
	poort_case *c = next_ok(s);
	assert_true(strcmp(poort_sheet_value(s, "naam"), want) == 0);
	poort_case_free(c);
	poort_sheet_free(s);
	free(text), free(want);
}

static void quotes_in_quoted_cells(void **state)
{
	(void)state;
	/* "" in a quoted cell is one quote, at its start, inside and at its end */
	poort_sheet *s = open_ok("zaak,periodes,note\n"
				 "z1,2026-01-05,\"\"\"Piet\"\" Jansen, \"\"PJ\"\"\"\"\"\n"
				 "z2,2026-02-02,\"\"\"\"\n");
	poort_case *c = next_ok(s);
	assert_string_equal(poort_sheet_value(s, "note"), "\"Piet\" Jansen, \"PJ\"\"");
	poort_case_free(c);
	c = next_ok(s);
	assert_string_equal(poort_sheet_value(s, "note"), "\"");
	assert_int_equal(poort_sheet_line(s), 3);
	poort_case_free(c);
	poort_sheet_free(s);
}

static void missing_cells_are_empty(void **state)
{
	(void)state;
	/* a row shorter than the one before it: its missing cells hold no text; a column of
	 * one character is kept, a column with an empty header is ignored */
	poort_sheet *s = open_ok("zaak;periodes;note;x;\nz1;2026-01-05;hello;y;w\nz2;2026-02-02\n");
	assert_null(poort_sheet_column_field(s, 3));
	assert_string_equal(poort_sheet_column_name(s, 3), "x");
	assert_string_equal(poort_sheet_column_name(s, 4), "");
	poort_case *c = next_ok(s);
	assert_string_equal(poort_sheet_value(s, "x"), "y");
	assert_null(poort_sheet_value(s, ""));
	poort_case_free(c);
	c = next_ok(s);
	assert_string_equal(poort_sheet_value(s, "note"), "");
	assert_string_equal(poort_sheet_value(s, "x"), "");
	poort_case_free(c);
	poort_sheet_free(s);
}

/* Column names of every length from 1 to 100 bytes are kept as written. */
static void names_of_every_length(void **state)
{
	(void)state;
	char *text = malloc(100 * 102 + 64);
	assert_non_null(text);
	size_t o = (size_t)sprintf(text, "zaak;periodes");
	for (int len = 1; len <= 100; len++)
		o += (size_t)sprintf(text + o, ";%0*d", len, len);
	strcpy(text + o, "\nz;2026-01-05\n");
	poort_sheet *s = open_ok(text);
	char name[101];
	for (int len = 1; len <= 100; len++) {
		snprintf(name, sizeof name, "%0*d", len, len);
		assert_string_equal(poort_sheet_column_name(s, (size_t)len + 1), name);
	}
	poort_sheet_free(s);
	free(text);
}

#ifdef HAVE_MALLINFO2
/* Freeing a sheet (and its cases) gives back every byte it took: header, warnings, rows. */
/* A cell is quoted in a message up to 40 bytes, never half a character (sheet.c): 39 bytes
 * and then an e-acute (2 bytes) quote the 39 bytes only. */
static void echo_never_cuts_a_character(void **state)
{
	(void)state;
	static const char text[] = "zaak;ziekteperiodes\nA;aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\xc3\xa9x\n";
	poort_sheet *s = NULL;
	poort_case *c = NULL;
	assert_int_equal(poort_sheet_new(text, strlen(text), &s), POORT_OK);
	assert_int_not_equal(poort_sheet_next(s, &c), POORT_OK);
	const char *m = poort_sheet_errmsg(s);
	if (!strstr(m, "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") || strchr(m, '\xc3'))
		fail_msg("%s", m);
	poort_sheet_free(s);
}

/* Contract hours are 0 ... 168 a week (sheet.h): 168 is a week of hours, 168,01 is not. */
static void contract_hours_up_to_168(void **state)
{
	(void)state;
	static const char ok[] = "zaak;ziekteperiodes;maandloon;uren\nA;1-1-2026;3000;168\n";
	static const char bad[] = "zaak;ziekteperiodes;maandloon;uren\nA;1-1-2026;3000;168,01\n";
	poort_sheet *s = NULL;
	poort_case *c = NULL;
	assert_int_equal(poort_sheet_new(ok, strlen(ok), &s), POORT_OK);
	assert_int_equal(poort_sheet_next(s, &c), POORT_OK);
	assert_non_null(c);
	poort_case_free(c);
	poort_sheet_free(s);
	assert_int_equal(poort_sheet_new(bad, strlen(bad), &s), POORT_OK);
	assert_int_not_equal(poort_sheet_next(s, &c), POORT_OK);
	poort_sheet_free(s);
}

static void free_gives_everything_back(void **state)
{
	(void)state;
	size_t before = mallinfo2().uordblks;
	poort_sheet *s = open_ok("\xfeta;zaak;periodes;note\nx;z;2026-01-05;\"a\nb\"\n");
	poort_case *c = next_ok(s);
	poort_case_free(c);
	poort_sheet_free(s);
	assert_int_equal(mallinfo2().uordblks, before);
}
#endif


int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(dutch_excel_export),
		cmocka_unit_test(echo_never_cuts_a_character),
		cmocka_unit_test(contract_hours_up_to_168),
		cmocka_unit_test(windows_1252_is_converted),
		cmocka_unit_test(files_that_are_not_csv),
		cmocka_unit_test(bad_rows_among_good_ones),
		cmocka_unit_test(line_numbers_with_quoted_newlines_and_cr),
		cmocka_unit_test(recovery_date_is_the_first_day_fit),
		cmocka_unit_test(wage_columns_in_dutch_notation),
		cmocka_unit_test(bbl_column),
		cmocka_unit_test(amounts),
		cmocka_unit_test(decimals),
		cmocka_unit_test(dates),
		cmocka_unit_test(column_order_does_not_matter),
		cmocka_unit_test(null_arguments),
		cmocka_unit_test(leave_with_other_cause),
		cmocka_unit_test(loonsanctie_column),
		cmocka_unit_test(cao_column),
		cmocka_unit_test(partial_work_columns),
		cmocka_unit_test(one_value_columns),
		cmocka_unit_test(smallest_contract_hours),
		cmocka_unit_test(dossier_items_column),
		cmocka_unit_test(quoted_first_header_cell),
		cmocka_unit_test(no_break_spaces_are_spaces),
		cmocka_unit_test(windows_1252_from_the_first_byte),
		cmocka_unit_test(column_named_as_written),
		cmocka_unit_test(text_after_a_closing_quote),
		cmocka_unit_test(header_of_256_columns),
		cmocka_unit_test(parsers_read_nothing_beyond_their_text),
		cmocka_unit_test(case_ids_and_periods),
		cmocka_unit_test(every_other_character_stays),
		cmocka_unit_test(quotes_in_quoted_cells),
		cmocka_unit_test(missing_cells_are_empty),
		cmocka_unit_test(names_of_every_length),
#ifdef HAVE_MALLINFO2
		cmocka_unit_test(free_gives_everything_back),
#endif
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
