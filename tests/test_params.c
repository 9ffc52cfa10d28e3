/* Statutory tables (spec section 4.1): the Wfsv maximum on 1 January and 1 July, the
 * minimum wage of 1 July 2026, the youth and bbl percentages, stale and derived rows, and
 * rows loaded from text in the format of lib/statutory.txt. Sources beside each value. */
#include "helpers.h"

static poort_case *employee(const char *first_sick_day, int64_t wage_cents, int32_t hours, int32_t age)
{
	poort_case *c = case_of((const char *[]){first_sick_day, NULL});
	assert_int_equal(poort_case_set_wage(c, wage_cents, hours), POORT_OK);
	assert_int_equal(poort_case_set_age(c, age), POORT_OK);
	return c;
}

static int64_t month_amount(poort_case *c, const poort_params *p, const char *first, const char *last,
			    int32_t *flags)
{
	poort_wage *w = wage_between(c, p, first, last);
	int64_t amount = poort_wage_month_amount(w, 0);
	*flags = poort_wage_month_flags(w, 0);
	poort_wage_free(w);
	return amount;
}

/* Issue 11 / BW 7:629 lid 1 with Wfsv art. 18 lid 1: the cap changes on 1 July. July 2024:
 * 70% x 282,95 x 21,75 = 4 307,91 (salariszaken.nl: "Het maximumdagloon wordt per 1 juli
 * 2024 vastgesteld op 282,95"); June 2024: 70% x 274,44 x 21,75 = 4 178,35. */
static void wfsv_cap_half_years(void **state)
{
	(void)state;
	poort_case *c = employee("2023-06-01", 900000, 4000, 40); /* year 2 in 2024: no floor */
	int32_t flags;
	assert_int_equal(month_amount(c, NULL, "2024-07-01", "2024-07-31", &flags), 430791);
	assert_int_equal(flags, POORT_FLAG_CAP);
	assert_int_equal(month_amount(c, NULL, "2024-06-01", "2024-06-30", &flags), 417835);
	assert_int_equal(flags, POORT_FLAG_CAP);
	assert_int_equal(poort_params_wfsv_max_day(NULL, D("2023-06-30")), 25654);
	assert_int_equal(poort_params_wfsv_max_day(NULL, D("2023-07-01")), 26457);
	assert_int_equal(poort_params_wfsv_max_day(NULL, D("2025-06-30")), 29067);
	assert_int_equal(poort_params_wfsv_max_day(NULL, D("2026-01-01")), 30425);
	poort_case_free(c);
}

/* The rows of 1 July 2025 (297,82) and 1 July 2026 (309,91) are derived per Wfsv art. 18
 * lid 1 and not found published: results they capped are provisional. From 1 January 2027,
 * after the newest row's half year, the cap is stale from its first day. A wage below the
 * cap is neither (minimum_wage_july_2026). */
static void wfsv_derived_and_stale(void **state)
{
	(void)state;
	poort_case *c = employee("2025-06-01", 900000, 4000, 40); /* year 2 from 2026-05-31 */
	poort_wage *w = wage_between(c, NULL, "2026-07-01", "2026-07-31");
	/* 70% x 309,91 x 21,75 = 4 718,38 */
	assert_int_equal(poort_wage_month_amount(w, 0), 471838);
	assert_int_equal(poort_wage_month_flags(w, 0), POORT_FLAG_CAP | POORT_FLAG_PROVISIONAL);
	assert_date(poort_wage_provisional_from(w, POORT_TABLE_WFSV), "2026-07-01");
	assert_int_equal(poort_wage_stale_from(w, POORT_TABLE_WFSV), POORT_DATE_NONE);
	poort_wage_free(w);
	w = wage_between(c, NULL, "2026-12-01", "2027-01-31");
	assert_int_equal(poort_wage_month_flags(w, 0) & POORT_FLAG_STALE, 0);
	assert_true(poort_wage_month_flags(w, 1) & POORT_FLAG_STALE);
	assert_date(poort_wage_stale_from(w, POORT_TABLE_WFSV), "2027-01-01");
	poort_wage_free(w);

	/* a host adds the next rows: 1 January 2027, then stale again from 1 July 2027 */
	poort_case_free(c);
	c = employee("2026-01-01", 900000, 4000, 40);
	poort_params *p = poort_params_new();
	assert_int_equal(poort_params_add_wfsv_max_day_from(p, D("2027-01-01"), 31600), POORT_OK);
	w = wage_between(c, p, "2027-06-01", "2027-07-31");
	assert_int_equal(poort_wage_month_flags(w, 0), POORT_FLAG_CAP);
	assert_true(poort_wage_month_flags(w, 1) & POORT_FLAG_STALE);
	assert_date(poort_wage_stale_from(w, POORT_TABLE_WFSV), "2027-07-01");
	assert_int_equal(poort_wage_stale_from(w, POORT_TABLE_MIN_WAGE), POORT_DATE_NONE);
	assert_int_equal(poort_wage_stale_from(w, 7), POORT_DATE_NONE);
	assert_int_equal(poort_wage_stale_from(NULL, POORT_TABLE_WFSV), POORT_DATE_NONE);
	poort_wage_free(w);
	assert_int_equal(poort_params_add_wfsv_max_day_from(p, D("2027-01-01"), 31600), POORT_ERR_DUPLICATE);
	assert_int_equal(poort_params_add_wfsv_max_day_from(p, D("2199-12-31") + 1, 31600), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_params_add_wfsv_max_day_from(p, D("2027-07-01"), 0), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_wfsv_max_day_from(NULL, D("2027-07-01"), 1), POORT_ERR_NULL);
	assert_int_equal(poort_params_wfsv_max_day(p, D("2027-07-01")), 31600);
	poort_params_free(p);
	poort_case_free(c);
}

/* WML 1 July 2026: EUR 14,99 an hour (Regeling SZW 28 april 2026, Stcrt. 2026, 16505). The
 * year-1 floor at 32 hours: 14,99 x 32 x 13/3 = 2 078,6133, rounded half away from zero at
 * the end of the segment (spec 4): 2 078,61. */
static void minimum_wage_july_2026(void **state)
{
	(void)state;
	poort_case *c = employee("2026-03-02", 100000, 3200, 30);
	int32_t flags;
	assert_int_equal(month_amount(c, NULL, "2026-07-01", "2026-07-31", &flags), 207861);
	assert_int_equal(flags, POORT_FLAG_FLOOR);
	assert_int_equal(month_amount(c, NULL, "2026-06-01", "2026-06-30", &flags), 203979); /* 14,71 */
	assert_int_equal(poort_params_min_wage_hour(NULL, D("2026-07-01"), 21), 1499);
	assert_int_equal(poort_params_min_wage_hour(NULL, D("2026-06-30"), 21), 1471);
	poort_case_free(c);
}

/* Youth (Besluit minimumjeugdloon art. 2) and bbl rates (art. 3, WML art. 8 lid 4), the
 * hourly amount rounded half up to a cent (art. 2 lid 2), by hand:
 * - 19 in July 2026: 14,99 x 60% = 8,994 -> 8,99; x 32 x 13/3 = 1 246,61;
 * - 19 in a bbl programme: 14,99 x 52,5% = 7,86975 -> 7,87; x 32 x 13/3 = 1 091,31;
 * - 20, bbl, January 2026: 14,71 x 61,5% = 9,04665 -> 9,05 (published: 9,05,
 *   grootheddeaccountants.nl, wettelijk minimumloon per 1 januari 2026); x 32 x 13/3 = 1 254,93. */
static void youth_and_bbl(void **state)
{
	(void)state;
	poort_case *c = employee("2025-12-01", 50000, 3200, 19);
	int32_t flags;
	assert_int_equal(month_amount(c, NULL, "2026-07-01", "2026-07-31", &flags), 124661);
	assert_int_equal(poort_case_set_bbl(c, 1), POORT_OK);
	assert_int_equal(month_amount(c, NULL, "2026-07-01", "2026-07-31", &flags), 109131);
	assert_int_equal(poort_case_set_bbl(c, 2), POORT_ERR_ARGUMENT);
	assert_int_equal(month_amount(c, NULL, "2026-07-01", "2026-07-31", &flags), 109131); /* unchanged */
	assert_int_equal(poort_case_set_bbl(NULL, 1), POORT_ERR_NULL);
	assert_int_equal(poort_case_set_age(c, 20), POORT_OK);
	assert_int_equal(month_amount(c, NULL, "2026-01-01", "2026-01-31", &flags), 125493);
	assert_int_equal(poort_case_set_bbl(c, 0), POORT_OK);
	/* regular 20: 14,71 x 80% = 11,768 -> 11,77 (published); x 32 x 13/3 = 1 632,11 */
	assert_int_equal(month_amount(c, NULL, "2026-01-01", "2026-01-31", &flags), 163211);

	/* a host adds a youth row (hypothetical: the 2027 rise is announced, not enacted) */
	poort_params *p = poort_params_new();
	assert_int_equal(poort_params_add_youth_percent(p, D("2027-01-01"), 20, 8750, 0), POORT_OK);
	assert_int_equal(poort_params_min_wage_hour(p, D("2027-01-01"), 20), 1312); /* 13,11625 */
	assert_int_equal(poort_params_min_wage_hour(p, D("2026-12-31"), 20), 1199); /* 11,992 */
	assert_int_equal(poort_params_add_youth_percent(p, D("2027-01-01"), 20, 8750, 0), POORT_ERR_DUPLICATE);
	assert_int_equal(poort_params_add_youth_percent(p, D("2027-01-01"), 21, 8750, 0), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_youth_percent(p, D("2027-01-01"), 19, 8750, 2), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_youth_percent(p, D("2027-01-01"), 19, 10001, 1), POORT_ERR_ARGUMENT);
	/* a bbl row (the flag is 0 or 1) is its own row beside the regular one of that age */
	assert_int_equal(poort_params_add_youth_percent(p, D("2027-01-01"), 19, 6150, 1), POORT_OK);
	assert_int_equal(poort_params_add_youth_percent(NULL, D("2027-01-01"), 19, 7500, 0), POORT_ERR_NULL);
	assert_int_equal(poort_params_min_wage_hour(p, D("2027-01-01"), 19), 899); /* unchanged: 60% */
	poort_params_free(p);
	poort_case_free(c);
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	static char buf[65536];
	*len = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[*len] = '\0';
	return buf;
}

/* The wages of cases over all tables agree segment by segment between two parameter sets. */
static void same_wages(const poort_params *a, const poort_params *b)
{
	static const char *const starts[] = {"2023-01-01", "2023-06-20", "2024-06-25", "2025-06-30", "2026-06-15"};
	static const int64_t wages[] = {50000, 1200000};
	for (size_t s = 0; s < 5; s++)
		for (int32_t age = 14; age <= 22; age++)
			for (int32_t k = 0; k < 4; k++) {
				poort_case *c = employee(starts[s], wages[k & 1], 3200, age);
				assert_int_equal(poort_case_set_bbl(c, k >> 1), POORT_OK);
				poort_wage *wa = wage_between(c, a, "2023-01-01", "2027-12-31");
				poort_wage *wb = wage_between(c, b, "2023-01-01", "2027-12-31");
				assert_int_equal(poort_wage_segment_count(wa), poort_wage_segment_count(wb));
				for (size_t i = 0; i < poort_wage_segment_count(wa); i++) {
					assert_int_equal(poort_wage_segment_first(wa, i), poort_wage_segment_first(wb, i));
					assert_int_equal(poort_wage_segment_amount(wa, i), poort_wage_segment_amount(wb, i));
					assert_int_equal(poort_wage_segment_flags(wa, i), poort_wage_segment_flags(wb, i));
				}
				poort_wage_free(wa);
				poort_wage_free(wb);
				poort_case_free(c);
			}
}

/* The shipped data file, loaded at run time into an empty set, gives the built-in tables:
 * the same lookups on every day around every row (2022-12 ... 2027-12) and the same wages. */
static void shipped_file_is_the_builtin_tables(void **state)
{
	(void)state;
	const char *path = getenv("POORT_STATUTORY");
	assert_non_null(path);
	size_t len;
	const char *text = read_file(path, &len);
	poort_params *p = poort_params_new_empty();
	assert_int_equal(poort_params_wfsv_max_day(p, D("2025-01-01")), POORT_ERR_TABLE_RANGE);
	assert_int_equal(poort_params_load(p, text, len), POORT_OK);
	for (int32_t d = D("2022-12-01"); d <= D("2027-12-31"); d++) {
		assert_int_equal(poort_params_wfsv_max_day(p, d), poort_params_wfsv_max_day(NULL, d));
		for (int32_t age = 14; age <= 22; age++)
			assert_int_equal(poort_params_min_wage_hour(p, d, age), poort_params_min_wage_hour(NULL, d, age));
	}
	same_wages(p, NULL);
	/* loading it again, or into a set with the built-in rows, changes nothing */
	assert_int_equal(poort_params_load(p, text, len), POORT_OK);
	poort_params *q = poort_params_new();
	assert_int_equal(poort_params_load(q, text, len), POORT_OK);
	same_wages(q, p);
	poort_params_free(q);
	poort_params_free(p);
}

static void load_fails(poort_params *p, const char *text, int32_t status, const char *message)
{
	assert_int_equal(poort_params_load(p, text, strlen(text)), status);
	if (!strstr(poort_params_errmsg(p), message))
		fail_msg("message \"%s\" lacks \"%s\"", poort_params_errmsg(p), message);
}

/* Rows from text: comments, CRLF, a ',' decimal; every bad line is an error naming its line
 * number, and nothing of the text is added. */
static void load_rows(void **state)
{
	(void)state;
	poort_params *p = poort_params_new();
	const char *good = "# newer rows\r\n\r\nwml_hour;2027-01-01;;15,30;hypothetical\r\n"
			   "wfsv_max_day;2026-07-01;;309.91;Stcrt. (published)\n"
			   "youth;2027-01-01;20;87.5;announced; not enacted\n";
	assert_int_equal(poort_params_load(p, good, strlen(good)), POORT_OK);
	assert_int_equal(poort_params_min_wage_hour(p, D("2027-01-01"), 30), 1530);
	assert_int_equal(poort_params_min_wage_hour(p, D("2027-01-01"), 20), 1339); /* 13,3875 */
	/* the published row equal to the derived one clears its mark */
	poort_case *c = employee("2025-01-01", 900000, 4000, 40);
	int32_t flags;
	assert_int_equal(month_amount(c, p, "2026-07-01", "2026-07-31", &flags), 471838);
	assert_int_equal(flags, POORT_FLAG_CAP);
	poort_case_free(c);

	/* a conflict with a built-in row, after a good line that must not be added */
	load_fails(p, "wml_hour;2027-07-01;;15.50;x\nwml_hour;2026-07-01;;15.00;x\n", POORT_ERR_DUPLICATE,
		   "line 2: a row from 2026-07-01 with another value exists already");
	assert_int_equal(poort_params_min_wage_hour(p, D("2027-07-01"), 30), 1530);
	load_fails(p, "wml_hour;2027-07-01;;15.50;x\nwml_hour;2027-07-01;;15.60;y\n", POORT_ERR_DUPLICATE, "line 2");
	load_fails(p, "wml_hour;2027-07-01;;15.50\n", POORT_ERR_PARAMS_SYNTAX, "line 1: five fields");
	load_fails(p, "\n#\nwml_uur;2027-07-01;;15.50;x\n", POORT_ERR_PARAMS_SYNTAX, "line 3: unknown table");
	load_fails(p, "wml_hour;2027-7-1;;15.50;x", POORT_ERR_PARAMS_SYNTAX, "line 1: the date");
	load_fails(p, "wml_hour;2027-07-01;21;15.50;x", POORT_ERR_PARAMS_SYNTAX, "line 1: wml_hour has no key");
	load_fails(p, "youth;2027-07-01;21;50;x", POORT_ERR_PARAMS_SYNTAX, "line 1: the key of youth is an age 15-20");
	load_fails(p, "youth;2027-07-01;;50;x", POORT_ERR_PARAMS_SYNTAX, "the key of youth");
	load_fails(p, "wml_hour;2027-07-01;;15.555;x", POORT_ERR_PARAMS_SYNTAX, "line 1: the value");
	load_fails(p, "wml_hour;2027-07-01;;-1;x", POORT_ERR_PARAMS_SYNTAX, "the value");
	load_fails(p, "youth;2027-07-01;18;100.01;x", POORT_ERR_PARAMS_SYNTAX, "the value");
	load_fails(p, "wml_hour;2027-07-01;;15.50;  ", POORT_ERR_PARAMS_SYNTAX, "line 1: the source is missing");
	load_fails(p, "wml_hour;2027-07-01;;15.50;\xff", POORT_ERR_PARAMS_SYNTAX, "line 1: not UTF-8");
	assert_int_equal(poort_params_load(p, "wml_hour;2027-07-01;;15.50;x\0", 30), POORT_ERR_PARAMS_SYNTAX);
	assert_int_equal(poort_params_min_wage_hour(p, D("2027-07-01"), 30), 1530); /* nothing added */
	assert_int_equal(poort_params_load(NULL, "", 0), POORT_ERR_NULL);
	assert_int_equal(poort_params_load(p, NULL, 1), POORT_ERR_NULL);
	assert_int_equal(poort_params_load(p, NULL, 0), POORT_OK);
	poort_params_free(p);
}

/* The edges of the file format (lib/statutory.txt, its header): blank lines may hold
 * spaces and tabs; a value is digits with at most two decimals after a '.' or ',' and above
 * 0; the largest value the error message names is itself accepted; keys are the ages 15-21
 * of the wml_* tables. */
static void load_edges(void **state)
{
	(void)state;
	poort_params *p = poort_params_new();
	const char *blank = "  \t\n\t# a comment after a tab\n \r\nwml_hour;2027-07-01;;0.50;x\n";
	assert_int_equal(poort_params_load(p, blank, strlen(blank)), POORT_OK);
	assert_int_equal(poort_params_min_wage_hour(p, D("2027-07-01"), 30), 50);
	/* the smallest value above 0: one hundredth */
	const char *cent = "wml_hour;2027-06-01;;0.01;x\n";
	assert_int_equal(poort_params_load(p, cent, strlen(cent)), POORT_OK);
	assert_int_equal(poort_params_min_wage_hour(p, D("2027-06-01"), 30), 1);
	/* 100 % of the adult rate: the youth percentage at its largest */
	const char *full = "youth;2027-07-01;20;100;x\nwfsv_max_day;2027-07-01;;100000.00;x\n"
			   "wml_day;2027-07-01;21;1.5;x\n";
	assert_int_equal(poort_params_load(p, full, strlen(full)), POORT_OK);
	assert_int_equal(poort_params_min_wage_hour(p, D("2027-07-01"), 20), 50);
	assert_int_equal(poort_params_wfsv_max_day(p, D("2027-07-01")), 10000000);
	/* the youngest age of the youth table, 15 (Besluit minimumjeugdloon art. 2): 30 % */
	assert_int_equal(poort_params_add_youth_percent(p, D("2027-07-01"), 15, 3000, 0), POORT_OK);
	assert_int_equal(poort_params_min_wage_hour(p, D("2027-07-01"), 15), 15);
	assert_int_equal(poort_params_add_youth_percent(p, D("2027-07-01"), 14, 3000, 0), POORT_ERR_ARGUMENT);
	load_fails(p, "youth;2027-07-02;20;100.01;x", POORT_ERR_PARAMS_SYNTAX, "line 1: the value is not a number above 0 "
		   "with at most two decimals (at most 100)");
	load_fails(p, "wfsv_max_day;2027-07-02;;100000.01;x", POORT_ERR_PARAMS_SYNTAX, "(at most 100000)");
	load_fails(p, "wml_hour;2027-07-02;;1000.01;x", POORT_ERR_PARAMS_SYNTAX, "(at most 1000)");
	load_fails(p, "wml_day;2027-07-02;22;1.5;x", POORT_ERR_PARAMS_SYNTAX, "the key of wml_day is an age 15-21");
	load_fails(p, "wml_day;2027-07-02;14;1.5;x", POORT_ERR_PARAMS_SYNTAX, "the key of wml_day is an age 15-21");
	load_fails(p, "wml_month;2027-07-02;14;1.5;x", POORT_ERR_PARAMS_SYNTAX, "the key of wml_month is an age 15-21");
	load_fails(p, "wml_week;2027-07-02;14;1.5;x", POORT_ERR_PARAMS_SYNTAX, "the key of wml_week is an age 15-21");
	load_fails(p, "bbl;2027-07-02;14;50;x", POORT_ERR_PARAMS_SYNTAX, "the key of bbl is an age 15-20");
	load_fails(p, "youth;2027-07-02;14;50;x", POORT_ERR_PARAMS_SYNTAX, "the key of youth is an age 15-20");
	/* the message quotes the unknown name, at most 40 bytes of it */
	load_fails(p, "wml_uur;2027-07-02;;1.5;x", POORT_ERR_PARAMS_SYNTAX, "line 1: unknown table \"wml_uur\"");
	load_fails(p, "wml_hour_wml_hour_wml_hour_wml_hour_wml_hour;2027-07-02;;1.5;x", POORT_ERR_PARAMS_SYNTAX,
		   "unknown table \"wml_hour_wml_hour_wml_hour_wml_hour_wml_\"");
	const char *bad_values[] = {".5", "15.", "1e3", "15,5O", "0", "0.00", "0000000015.50", ""};
	for (size_t i = 0; i < sizeof bad_values / sizeof *bad_values; i++) {
		char line[64];
		snprintf(line, sizeof line, "wml_hour;2027-07-02;;%s;x", bad_values[i]);
		load_fails(p, line, POORT_ERR_PARAMS_SYNTAX, "line 1: the value");
	}
	assert_int_equal(poort_params_min_wage_hour(p, D("2027-07-02"), 30), 50); /* nothing added */
	poort_params_free(p);
}

/* A parameter set holds at most the number of rows its POORT_ERR_LIMIT message names (1000),
 * that many included; a row equal in table, date and key to the only row of a set is the
 * same row: its value decides between nothing to add and POORT_ERR_DUPLICATE. */
static void rows_of_a_set(void **state)
{
	(void)state;
	poort_params *p = poort_params_new_empty();
	const char *one = "wml_hour;2027-01-01;;15.00;x\n";
	assert_int_equal(poort_params_load(p, one, strlen(one)), POORT_OK);
	assert_int_equal(poort_params_load(p, one, strlen(one)), POORT_OK);
	assert_int_equal(poort_params_row_count(p), 1);
	const char *table = NULL, *source = NULL;
	int32_t from, age;
	int64_t value;
	assert_int_equal(poort_params_row(p, 0, &table, &from, &age, &value, &source), POORT_OK);
	assert_string_equal(table, "wml_hour");
	assert_int_equal(from, D("2027-01-01"));
	assert_int_equal(age, -1);
	assert_int_equal(value, 1500);
	assert_true(source && strlen(source) > 0);
	load_fails(p, "wml_hour;2027-01-01;;15.50;y\n", POORT_ERR_DUPLICATE, "line 1: a row from 2027-01-01");
	assert_int_equal(poort_params_row_count(p), 1);
	for (int32_t i = 1; i < 1000; i++)
		assert_int_equal(poort_params_add_min_wage_hour(p, D("2030-01-01") + i, 1500), POORT_OK);
	assert_int_equal(poort_params_row_count(p), 1000);
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2030-01-01"), 1500), POORT_ERR_LIMIT);
	assert_non_null(strstr(poort_params_errmsg(p), "at most 1000 rows"));
	assert_int_equal(poort_params_row_count(p), 1000);
	poort_params_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(wfsv_cap_half_years),
		cmocka_unit_test(wfsv_derived_and_stale),
		cmocka_unit_test(minimum_wage_july_2026),
		cmocka_unit_test(youth_and_bbl),
		cmocka_unit_test(shipped_file_is_the_builtin_tables),
		cmocka_unit_test(load_rows),
		cmocka_unit_test(load_edges),
		cmocka_unit_test(rows_of_a_set),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
