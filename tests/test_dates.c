/* Dates: encoding, strict ISO-8601, Y-M-D and the Dutch workday (Atw art. 3). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "internal.h" /* the date helpers the library shares internally */

static int32_t d(const char *s)
{
	int32_t v = POORT_DATE_NONE;
	assert_int_equal(poort_date_parse(s, &v), POORT_OK);
	return v;
}

static void encoding_is_days_since_1970(void **state)
{
	(void)state;
	assert_int_equal(d("1970-01-01"), 0);
	assert_int_equal(d("1969-12-31"), -1);
	assert_int_equal(d("2000-03-01"), 11017);
	assert_int_equal(d("2026-01-01"), 20454);
	assert_int_equal(d("1900-01-01"), -25567);
	assert_int_equal(d("2199-12-31"), 84005);
}

static void parse_rejects_everything_not_strict(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		int32_t status;
	} bad[] = {
		{"2026-02-30", POORT_ERR_DATE_INVALID}, {"2025-02-29", POORT_ERR_DATE_INVALID},
		{"2026-13-01", POORT_ERR_DATE_INVALID}, {"2026-00-10", POORT_ERR_DATE_INVALID},
		{"2026-04-31", POORT_ERR_DATE_INVALID}, {"2026-01-00", POORT_ERR_DATE_INVALID},
		{"2026-2-3", POORT_ERR_DATE_SYNTAX},    {"2026-02-03x", POORT_ERR_DATE_SYNTAX},
		{" 2026-02-03", POORT_ERR_DATE_SYNTAX}, {"2026-02-03 ", POORT_ERR_DATE_SYNTAX},
		{"2026/02/03", POORT_ERR_DATE_SYNTAX},  {"20260203", POORT_ERR_DATE_SYNTAX},
		{"", POORT_ERR_DATE_SYNTAX},            {"2026-02-0", POORT_ERR_DATE_SYNTAX},
		{"+026-02-03", POORT_ERR_DATE_SYNTAX},  {"2026-02-03T00:00", POORT_ERR_DATE_SYNTAX},
		{"1899-12-31", POORT_ERR_DATE_RANGE},   {"2200-01-01", POORT_ERR_DATE_RANGE},
		{"0000-01-01", POORT_ERR_DATE_INVALID},
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		int32_t out = 12345;
		assert_int_equal(poort_date_parse(bad[i].text, &out), bad[i].status);
		assert_int_equal(out, 12345); /* not written on error */
	}
	assert_int_equal(poort_date_parse(NULL, &(int32_t){0}), POORT_ERR_NULL);
	assert_int_equal(poort_date_parse("2026-01-01", NULL), POORT_ERR_NULL);
	assert_int_equal(d("2024-02-29"), d("2024-03-01") - 1);
	assert_int_equal(d("2000-02-29"), d("2000-03-01") - 1);
}

static void ymd_round_trip_over_the_whole_range(void **state)
{
	(void)state;
	int32_t prev_y = 1899, prev_m = 12, prev_d = 31;
	for (int32_t day = d("1900-01-01"); day <= d("2199-12-31"); day++) {
		int32_t y, m, dd, back;
		assert_int_equal(poort_date_to_ymd(day, &y, &m, &dd), POORT_OK);
		assert_int_equal(poort_date_from_ymd(y, m, dd, &back), POORT_OK);
		assert_int_equal(back, day);
		/* consecutive: either the next day of the month or the first of the next */
		if (dd != 1)
			assert_true(y == prev_y && m == prev_m && dd == prev_d + 1);
		else
			assert_true(prev_d >= 28 && (m == prev_m + 1 || (m == 1 && y == prev_y + 1)));
		char buf[POORT_DATE_BUFSIZE];
		assert_int_equal(poort_date_format(day, buf, sizeof buf), POORT_OK);
		int32_t parsed;
		assert_int_equal(poort_date_parse(buf, &parsed), POORT_OK);
		assert_int_equal(parsed, day);
		prev_y = y, prev_m = m, prev_d = dd;
	}
}

static void format_checks_its_buffer(void **state)
{
	(void)state;
	char buf[POORT_DATE_BUFSIZE];
	assert_int_equal(poort_date_format(0, buf, 10), POORT_ERR_BUFFER);
	assert_int_equal(poort_date_format(0, NULL, 11), POORT_ERR_NULL);
	assert_int_equal(poort_date_format(POORT_DATE_NONE, buf, sizeof buf), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_date_format(d("2199-12-31") + 800, buf, sizeof buf), POORT_OK);
	assert_string_equal(buf, "2202-03-11");
	int32_t out;
	assert_int_equal(poort_date_from_ymd(2026, 2, 29, &out), POORT_ERR_DATE_INVALID);
	assert_int_equal(poort_date_from_ymd(2200, 1, 1, &out), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_date_from_ymd(2026, 1, 1, NULL), POORT_ERR_NULL);
}

static void weekdays(void **state)
{
	(void)state;
	assert_int_equal(poort_date_weekday(d("2026-01-01")), 4); /* Thursday */
	assert_int_equal(poort_date_weekday(d("1970-01-01")), 4);
	assert_int_equal(poort_date_weekday(d("1900-01-01")), 1); /* Monday */
	assert_int_equal(poort_date_weekday(d("2026-11-22")), 7); /* Sunday */
	assert_int_equal(poort_date_weekday(POORT_DATE_NONE), 0);
}

/* Holidays from the published calendars (rijksoverheid.nl) for 2025 and 2026. */
static void atw_holidays(void **state)
{
	(void)state;
	static const char *const holidays[] = {
		"2026-01-01", "2026-04-03", "2026-04-06", "2026-04-27", "2026-05-05",
		"2026-05-14", "2026-05-25", "2026-12-25", "2026-12-28" /* Monday: not a holiday */,
		"2025-04-18", "2025-04-21", "2025-04-26", "2025-05-05", "2025-05-29", "2025-06-09",
	};
	for (size_t i = 0; i < sizeof holidays / sizeof *holidays; i++) {
		int expected = strcmp(holidays[i], "2026-12-28") == 0; /* a workday */
		assert_int_equal(poort_date_is_workday(d(holidays[i])), expected);
	}
	/* Koningsdag 2025 is Saturday 26 April because the 27th is a Sunday; Monday 28th works. */
	assert_int_equal(poort_date_is_workday(d("2025-04-28")), 1);
	/* Beatrix: Koninginnedag on a Sunday moved to Saturday 29 April 2006. */
	assert_int_equal(poort_date_is_workday(d("2006-04-28")), 1);
	assert_int_equal(poort_date_weekday(d("2006-04-29")), 6);
	/* Koninginnedag 2013 (Tuesday 30 April) was a holiday. */
	assert_int_equal(poort_date_is_workday(d("2013-04-30")), 0);
	/* Before Wilhelmina's reign (1891) her birthday rule holds: Prinsessedag was kept on
	 * 31 August from 1885 (Friday in 1888), a Sunday one the day after (Monday 1 September
	 * 1890); the day before is a workday. Days before 1900-01-01: 4140, 4141 and 3409. */
	assert_int_equal(poort_date_is_workday(d("1900-01-01") - 4140), 0);
	assert_int_equal(poort_date_is_workday(d("1900-01-01") - 4141), 1);
	assert_int_equal(poort_date_is_workday(d("1900-01-01") - 3409), 0);
	/* Easter Monday 2024 was 1 April, Ascension 9 May 2024. */
	assert_int_equal(poort_date_is_workday(d("2024-04-01")), 0);
	assert_int_equal(poort_date_is_workday(d("2024-05-09")), 0);
	/* Plain days: a Tuesday, a Saturday, a Sunday. */
	assert_int_equal(poort_date_is_workday(d("2026-11-24")), 1);
	assert_int_equal(poort_date_is_workday(d("2026-11-21")), 0);
	assert_int_equal(poort_date_is_workday(d("2026-11-22")), 0);
	assert_int_equal(poort_date_is_workday(POORT_DATE_NONE), POORT_ERR_DATE_RANGE);
}

static void status_texts(void **state)
{
	(void)state;
	for (int32_t s = 0; s >= POORT_ERR_NOT_FOUND; s--) {
		const char *t = poort_status_str(s);
		assert_non_null(t);
		assert_string_not_equal(t, "unknown status");
	}
	assert_string_equal(poort_status_str(POORT_ERR_NOT_FOUND - 1), "unknown status");
	assert_string_equal(poort_status_str(1), "unknown status");
	assert_int_equal(poort_version(), POORT_VERSION_NUMBER);
	assert_string_equal(poort_version_string(), POORT_VERSION_STRING);
}

/* Unix seconds to a day divides by floor: the second before 1970 is on 1969-12-31. */
static void unix_seconds_to_day(void **state)
{
	(void)state;
	assert_int_equal(poort_unix_day(0), 0);
	assert_int_equal(poort_unix_day(86399), 0);
	assert_int_equal(poort_unix_day(86400), 1);
	assert_int_equal(poort_unix_day(-1), -1);
	assert_int_equal(poort_unix_day(-86400), -1);
	assert_int_equal(poort_unix_day(-86401), -2);
	/* 1900-01-01T12:00:00Z is -2208945600 seconds: day -25567 */
	assert_int_equal(poort_unix_day(-2208945600LL), d("1900-01-01"));
	assert_int_equal(poort_unix_day(INT64_MIN), INT64_MIN / 86400 - 1);
}

/* Gregorian month lengths: 1900 and 2100 are not leap years, 2000 and 2024 are. */
static void month_lengths(void **state)
{
	(void)state;
	static const int32_t days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	for (int32_t m = 1; m <= 12; m++)
		assert_int_equal(poort_days_in_month(2025, m), days[m - 1]);
	assert_int_equal(poort_days_in_month(1900, 2), 28);
	assert_int_equal(poort_days_in_month(2100, 2), 28);
	assert_int_equal(poort_days_in_month(2000, 2), 29);
	assert_int_equal(poort_days_in_month(2024, 2), 29);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(encoding_is_days_since_1970),
		cmocka_unit_test(parse_rejects_everything_not_strict),
		cmocka_unit_test(ymd_round_trip_over_the_whole_range),
		cmocka_unit_test(format_checks_its_buffer),
		cmocka_unit_test(weekdays),
		cmocka_unit_test(atw_holidays),
		cmocka_unit_test(status_texts),
		cmocka_unit_test(unix_seconds_to_day),
		cmocka_unit_test(month_lengths),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
