/*
 * Edge cases: the day on which a rule changes its answer, and the day before or after.
 * Each expected value is worked out from the rules (../shared/spec/rules.md, cited as
 * "spec §n"), the law, or an independent calculation in this file, and the source stands
 * next to it. Only the public API is used.
 */
#include "helpers.h"

/* A call that must succeed, and leave no message on the case (header: "" when it succeeded). */
#define ACCEPTS(c, call)                                                 \
	do {                                                             \
		assert_int_equal((call), POORT_OK);                      \
		assert_string_equal(poort_case_errmsg(c), "");           \
	} while (0)

/* ====================================================================== dates */

static int leap(int32_t y)
{
	/* Gregorian calendar (bull Inter gravissimas, 1582; ISO 8601): every fourth year,
	 * except centuries not divisible by 400 */
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int32_t month_days(int32_t y, int32_t m)
{
	static const int32_t days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && leap(y) ? 29 : days[m - 1];
}

/* Days since 1970-01-01 of any date of the years 1-9999, counted with the rule above: the
 * days of the whole years since 0001-01-01 (a leap day every 4 years but not every 100 but
 * every 400), of the whole months of the year, minus the 719 162 days up to 1970. */
static int32_t day_number_of(int32_t y, int32_t m, int32_t d)
{
	int32_t n = 365 * (y - 1) + (y - 1) / 4 - (y - 1) / 100 + (y - 1) / 400 + d - 1;
	for (int32_t k = 1; k < m; k++)
		n += month_days(y, k);
	return n - 719162;
}

static int32_t day_number(const char *iso)
{
	int y, m, d;
	assert_int_equal(sscanf(iso, "%d-%d-%d", &y, &m, &d), 3);
	return day_number_of(y, m, d);
}

/* Every day of the years 1-9999, counted one by one from 0001-01-01, which lies 719 162
 * days before 1970-01-01 (header: dates are days since 1970-01-01). 1970-01-01 was a
 * Thursday (ISO weekday 4). */
static void every_day_of_the_calendar(void **state)
{
	(void)state;
	int32_t y = 1, m = 1, d = 1;
	char expected[32], got[POORT_DATE_BUFSIZE];
	for (int32_t date = -719162; date <= 2932896; date++) {
		int32_t gy, gm, gd;
		assert_int_equal(poort_date_to_ymd(date, &gy, &gm, &gd), POORT_OK);
		if (gy != y || gm != m || gd != d)
			fail_msg("day %ld: got %d-%d-%d, expected %d-%d-%d", (long)date, gy, gm, gd, y, m, d);
		int32_t weekday = (int32_t)((((int64_t)date + 3) % 7 + 7) % 7) + 1;
		assert_int_equal(poort_date_weekday(date), weekday);
		if (y >= 1900 && y <= 2199) {
			/* input dates: from_ymd, parse and format agree with the count */
			int32_t back = 0;
			assert_int_equal(poort_date_from_ymd(y, m, d, &back), POORT_OK);
			assert_int_equal(back, date);
			snprintf(expected, sizeof expected, "%04d-%02d-%02d", y, m, d);
			assert_int_equal(poort_date_parse(expected, &back), POORT_OK);
			assert_int_equal(back, date);
			assert_int_equal(poort_date_format(date, got, sizeof got), POORT_OK);
			assert_string_equal(got, expected);
			if (d == 1) /* the day after the month's last does not exist */
				assert_int_equal(poort_date_from_ymd(y, m, month_days(y, m) + 1, &back),
						 POORT_ERR_DATE_INVALID);
		}
		if (++d > month_days(y, m)) {
			d = 1;
			if (++m > 12) {
				m = 1;
				y++;
			}
		}
	}
	assert_int_equal(y, 10000);
	/* one day outside the years 1-9999 on either side */
	assert_int_equal(poort_date_to_ymd(-719163, NULL, NULL, NULL), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_date_to_ymd(2932897, NULL, NULL, NULL), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_date_format(2932897, got, sizeof got), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_date_is_workday(-719163), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_date_is_workday(2932897), POORT_ERR_DATE_RANGE);
	assert_true(poort_date_is_workday(-719162) >= 0);
	assert_true(poort_date_is_workday(2932896) >= 0);
}

/* 29 February exists in 2000 and 2096 but not in 1900 or 2100 (Gregorian rule above);
 * input dates are 1900-01-01 ... 2199-12-31 (header). */
static void century_leap_years(void **state)
{
	(void)state;
	int32_t v = 12345;
	assert_int_equal(poort_date_parse("2100-02-29", &v), POORT_ERR_DATE_INVALID);
	assert_int_equal(poort_date_parse("1900-02-29", &v), POORT_ERR_DATE_INVALID);
	assert_int_equal(poort_date_from_ymd(2100, 2, 29, &v), POORT_ERR_DATE_INVALID);
	assert_int_equal(v, 12345); /* not written on error */
	assert_int_equal(poort_date_parse("2000-02-29", &v), POORT_OK);
	assert_int_equal(v, 11016); /* 30 * 365 + 7 leap days (1972 ... 1996) + 31 + 28 */
	assert_int_equal(poort_date_parse("2096-02-29", &v), POORT_OK);
	assert_int_equal(poort_date_from_ymd(2100, 3, 1, &v), POORT_OK);
	assert_int_equal(v - D("2100-02-28"), 1);
	assert_int_equal(poort_date_from_ymd(2000, 3, 1, &v), POORT_OK);
	assert_int_equal(v - D("2000-02-28"), 2);
	/* the first and last input days, and one day beyond */
	assert_int_equal(poort_date_from_ymd(1900, 1, 1, &v), POORT_OK);
	assert_int_equal(v, -25567); /* 70 * 365 + 17 leap days (1904 ... 1968) before 1970 */
	assert_int_equal(poort_date_from_ymd(2199, 12, 31, &v), POORT_OK);
	assert_int_equal(v, 84005);
	assert_int_equal(poort_date_from_ymd(1899, 12, 31, &v), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_date_from_ymd(2200, 1, 1, &v), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_date_parse("1899-12-31", &v), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_date_parse("2200-01-01", &v), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_date_from_ymd(2026, 0, 1, &v), POORT_ERR_DATE_INVALID);
	assert_int_equal(poort_date_from_ymd(2026, 13, 1, &v), POORT_ERR_DATE_INVALID);
	assert_int_equal(poort_date_from_ymd(2026, 4, 0, &v), POORT_ERR_DATE_INVALID);
	assert_int_equal(poort_date_from_ymd(2026, 4, 31, &v), POORT_ERR_DATE_INVALID);
	assert_int_equal(poort_date_from_ymd(2026, 12, 31, &v), POORT_OK);
}

/* The header: input dates are 1900-01-01 ... 2199-12-31 (POORT_ERR_DATE_RANGE outside, for
 * days that exist); text is exactly "YYYY-MM-DD" (POORT_ERR_DATE_SYNTAX otherwise). */
static void input_range_and_syntax(void **state)
{
	(void)state;
	int32_t v = 0;
	assert_int_equal(poort_date_from_ymd(1, 1, 1, &v), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_date_from_ymd(9999, 12, 31, &v), POORT_ERR_DATE_RANGE);
	poort_case *c = poort_case_new();
	assert_int_equal(poort_case_add_period(c, -25568, -25568), POORT_ERR_DATE_RANGE); /* 1899-12-31 */
	assert_int_equal(poort_case_add_period(c, 84006, 84006), POORT_ERR_DATE_RANGE);   /* 2200-01-01 */
	assert_int_equal(poort_case_add_period(c, -25567, -25567), POORT_OK);
	assert_int_equal(poort_case_add_period(c, 84005, 84005), POORT_OK);
	poort_timeline *t = NULL;
	assert_int_equal(poort_timeline_compute(c, 84006, 0, &t), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_timeline_compute(c, -25568, 0, &t), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_timeline_compute(c, 84005, 0, &t), POORT_OK);
	poort_timeline_free(t);
	assert_int_equal(poort_timeline_compute(c, -25567, 0, &t), POORT_OK);
	poort_timeline_free(t);
	poort_case_free(c);
	/* a wrong character in any one place */
	for (size_t i = 0; i < 10; i++) {
		char text[] = "2026-02-13";
		for (const char *bad = "x-0/: "; *bad; bad++) {
			if (*bad == text[i] || (*bad == '0' && text[i] != '-'))
				continue;
			text[i] = *bad;
			if (poort_date_parse(text, &v) != POORT_ERR_DATE_SYNTAX)
				fail_msg("%s is not a syntax error", text);
			strcpy(text, "2026-02-13");
		}
	}
	assert_int_equal(poort_date_parse("2026-02-13", &v), POORT_OK);
}

/* Easter Sunday by Gauss's algorithm with its two exceptions (a different method from the
 * library's), as days since 1970. */
static int32_t gauss_easter(int32_t y)
{
	int32_t a = y % 19, b = y % 4, c = y % 7, k = y / 100;
	int32_t p = (13 + 8 * k) / 25, q = k / 4;
	int32_t M = (15 - p + k - q) % 30, N = (4 + k - q) % 7;
	int32_t d = (19 * a + M) % 30, e = (2 * b + 4 * c + 6 * d + N) % 7;
	int32_t day = 22 + d + e; /* in March; beyond 31 it runs into April */
	if (d == 29 && e == 6)
		day = 31 + 19;
	else if (d == 28 && e == 6 && (11 * M + 11) % 30 < 19)
		day = 31 + 18;
	return day_number_of(y, 3, 1) + day - 1;
}

/* Atw art. 3: Goede Vrijdag (lid 2), Tweede Paasdag, Hemelvaartsdag (Easter + 39) and
 * Tweede Pinksterdag (Easter + 50) are not workdays; the Thursday before Easter and the
 * Tuesday after Pentecost are (no Atw holiday can fall on them). Every year the library
 * accepts (1-9999, proleptic Gregorian, like the rest of its dates). */
static void easter_holidays_every_year(void **state)
{
	(void)state;
	for (int32_t y = 1; y <= 9999; y++) {
		int32_t e = gauss_easter(y);
		assert_int_equal(poort_date_weekday(e), 7);
		static const int32_t off[] = {-2, 1, 39, 50};
		for (size_t i = 0; i < sizeof off / sizeof *off; i++)
			if (poort_date_is_workday(e + off[i]) != 0)
				fail_msg("%d: Easter %+d is a workday", y, off[i]);
		assert_int_equal(poort_date_is_workday(e - 3), 1);
		assert_int_equal(poort_date_is_workday(e + 51), 1);
	}
	/* Easter in March: 27 March 2016 and 31 March 2024; Pentecost in June: 12 June 2011 */
	assert_int_equal(gauss_easter(2016), D("2016-03-27"));
	assert_int_equal(gauss_easter(2024), D("2024-03-31"));
	assert_int_equal(poort_date_is_workday(D("2016-03-25")), 0); /* Goede Vrijdag */
	assert_int_equal(poort_date_is_workday(D("2016-03-28")), 0); /* Tweede Paasdag */
	assert_int_equal(poort_date_is_workday(D("2024-03-29")), 0);
	assert_int_equal(poort_date_is_workday(D("2024-04-01")), 0);
	assert_int_equal(poort_date_is_workday(D("2011-06-13")), 0); /* Tweede Pinksterdag */
	assert_int_equal(poort_date_is_workday(D("2011-06-14")), 1);
}

/* Atw art. 3 lid 1 and spec §3 notes: Koningsdag is 27 April, or 26 April when the 27th is a
 * Sunday; on a Saturday it stays there. Before 2014 it was Koninginnedag, 30 April. */
static void koningsdag(void **state)
{
	(void)state;
	/* 2024: the 27th is a Saturday; the Friday before and the Monday after are workdays */
	assert_int_equal(poort_date_weekday(D("2024-04-27")), 6);
	assert_int_equal(poort_date_is_workday(D("2024-04-26")), 1);
	assert_int_equal(poort_date_is_workday(D("2024-04-29")), 1);
	/* 2025 and 2014: the 27th is a Sunday, Koningsdag is Saturday the 26th; Friday the
	 * 25th and Monday the 28th are workdays */
	assert_int_equal(poort_date_weekday(D("2025-04-27")), 7);
	assert_int_equal(poort_date_is_workday(D("2025-04-25")), 1);
	assert_int_equal(poort_date_is_workday(D("2025-04-28")), 1);
	assert_int_equal(poort_date_is_workday(D("2014-04-25")), 1);
	assert_int_equal(poort_date_is_workday(D("2014-04-28")), 1);
	/* 2026: Monday 27 April is Koningsdag, Tuesday the 28th is not */
	assert_int_equal(poort_date_is_workday(D("2026-04-27")), 0);
	assert_int_equal(poort_date_is_workday(D("2026-04-28")), 1);
	/* 2013: Tuesday 30 April was Koninginnedag; 2024: Tuesday 30 April is a workday */
	assert_int_equal(poort_date_is_workday(D("2013-04-30")), 0);
	assert_int_equal(poort_date_is_workday(D("2024-04-30")), 1);
	/* Earlier reigns (overzicht-feestdagen.nl, "Koningsdag": 31 August up to 1948, 30 April
	 * from 1949; on a Sunday it moved to Monday until 1980, to the Saturday before since) */
	static const struct {
		const char *day;
		int32_t workday;
	} reign[] = {
		{"1891-08-31", 0}, {"1948-08-31", 0}, {"1948-04-30", 1}, /* Wilhelmina */
		{"1947-09-01", 0}, {"1947-09-02", 1},                  /* 31 August 1947 a Sunday */
		{"1949-08-31", 1}, {"1979-04-30", 0}, {"1979-05-01", 1}, /* Juliana */
		{"1950-05-01", 0}, {"1950-05-02", 1},                  /* 30 April 1950 a Sunday */
		{"1980-04-30", 0}, {"1989-05-01", 1}, {"2006-05-01", 1}, /* Beatrix: Sundays to Saturday */
	};
	for (size_t i = 0; i < sizeof reign / sizeof *reign; i++)
		if (poort_date_is_workday(day_number(reign[i].day)) != reign[i].workday)
			fail_msg("%s: workday %d expected", reign[i].day, reign[i].workday);
	/* 30 April 2014 was no longer a holiday */
	assert_int_equal(poort_date_is_workday(D("2014-04-30")), 1);
	/* every date of the years 1-9999 has an answer, also before the first reign */
	for (int32_t y = 1; y < 1891; y += 7) {
		int32_t w = poort_date_is_workday(day_number_of(y, 8, 31));
		assert_true(w == 0 || w == 1);
		w = poort_date_is_workday(day_number_of(y, 4, 30));
		assert_true(w == 0 || w == 1);
	}
	/* fixed days: 1 January, 5 May, 25 and 26 December (Atw art. 3 lid 1), on weekdays in 2026 */
	static const char *const off[] = {"2026-01-01", "2026-05-05", "2026-12-25", "2024-12-26"};
	for (size_t i = 0; i < sizeof off / sizeof *off; i++)
		assert_int_equal(poort_date_is_workday(D(off[i])), 0);
	static const char *const on[] = {"2026-01-02", "2026-05-04", "2026-05-06", "2024-12-24",
					 "2024-12-27"};
	for (size_t i = 0; i < sizeof on / sizeof *on; i++)
		assert_int_equal(poort_date_is_workday(D(on[i])), 1);
}

/* =================================================================== timeline */

static size_t item_index(const poort_dossier *d, const char *id)
{
	for (size_t i = 0; i < poort_dossier_count(d); i++)
		if (strcmp(poort_dossier_item_id(d, i), id) == 0)
			return i;
	fail_msg("no dossier item %s", id);
	return 0;
}

/* Spec §3.1: done = recorded on or before the due date, done late = after it; overdue =
 * not recorded and due before today; due soon = due from today up to today + N days.
 * PROBLEEMANALYSE of a case from 1 January 2026 is due 11 February 2026 (spec §3 check value). */
static void status_on_the_due_date(void **state)
{
	(void)state;
	static const struct {
		const char *done, *today;
		int32_t status;
	} v[] = {
		{"2026-02-11", "2026-03-01", POORT_STATUS_DONE},
		{"2026-02-12", "2026-03-01", POORT_STATUS_DONE_LATE},
		{NULL, "2026-02-11", POORT_STATUS_DUE_SOON}, /* due today: not overdue yet */
		{NULL, "2026-02-12", POORT_STATUS_OVERDUE},
		{NULL, "2026-01-28", POORT_STATUS_DUE_SOON}, /* due in exactly 14 days */
		{NULL, "2026-01-27", POORT_STATUS_UPCOMING}, /* due in 15 days */
	};
	for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
		poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
		if (v[k].done)
			assert_int_equal(poort_case_record_done(c, "PROBLEEMANALYSE", D(v[k].done)), POORT_OK);
		poort_timeline *t = compute(c, v[k].today); /* due soon: 14 days */
		size_t i = find(t, "PROBLEEMANALYSE", 0);
		if (poort_milestone_status(t, i) != v[k].status)
			fail_msg("done %s, today %s: %s, expected %s", v[k].done ? v[k].done : "-", v[k].today,
				 poort_status_name(poort_milestone_status(t, i)), poort_status_name(v[k].status));
		poort_timeline_free(t);
		poort_case_free(c);
	}
	/* an informational date passes the day after it (UWV_WIA_BRIEF: sick day 623 = 15 Sep 2027) */
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	poort_timeline *t = compute(c, "2027-09-15");
	assert_int_not_equal(poort_milestone_status(t, find(t, "UWV_WIA_BRIEF", 0)), POORT_STATUS_PASSED);
	poort_timeline_free(t);
	t = compute(c, "2027-09-16");
	assert_int_equal(poort_milestone_status(t, find(t, "UWV_WIA_BRIEF", 0)), POORT_STATUS_PASSED);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* Spec §2: an interruption of 27 days merges, 28 starts a new case, and WAZO leave days in
 * the interruption do not count towards the four weeks. 1-28 February 2026 is 28 days; a
 * leave of one day at either end of it leaves 27. */
static void leave_at_either_end_of_the_interruption(void **state)
{
	(void)state;
	static const char *const leave_day[] = {"2026-02-01", "2026-02-28"};
	for (size_t k = 0; k < 2; k++) {
		poort_case *c = case_of((const char *[]){"2026-01-01:2026-01-31", "2026-03-01", NULL});
		assert_int_equal(poort_case_add_leave(c, D(leave_day[k]), D(leave_day[k]), 0), POORT_OK);
		poort_timeline *t = compute(c, "2026-03-10");
		assert_int_equal(poort_timeline_case_count(t), 1);
		assert_date(poort_timeline_first_sick_day(t), "2026-01-01");
		assert_int_equal(poort_timeline_interruption_days(t), 27);
		assert_int_equal(poort_timeline_leave_days(t), 1);
		/* 31 sick days in January, 10 in March */
		assert_int_equal(poort_timeline_sick_days(t), 41);
		/* sick day 42 is the 11th sick day of March */
		assert_due(t, "PROBLEEMANALYSE", "2026-03-11");
		poort_timeline_free(t);
		poort_case_free(c);
	}
}

/* Spec §1: sick day n is the day the count of sick days reaches n; gap days are skipped. A
 * milestone whose sick day is the last day of a period, or the first day of the next one. */
static void sick_day_on_the_edge_of_a_period(void **state)
{
	(void)state;
	/* 1 January - 25 February 2026 is 56 sick days: sick day 56 (PLAN_VAN_AANPAK) is the
	 * last day of the first period */
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-02-25", "2026-03-10", NULL});
	poort_timeline *t = compute(c, "2026-03-10");
	assert_due(t, "PLAN_VAN_AANPAK", "2026-02-25");
	assert_due(t, "PROBLEEMANALYSE", "2026-02-11");
	poort_timeline_free(t);
	poort_case_free(c);
	/* ... a day shorter: sick day 56 is the first day of the second period */
	c = case_of((const char *[]){"2026-01-01:2026-02-24", "2026-03-10", NULL});
	t = compute(c, "2026-03-10");
	assert_due(t, "PLAN_VAN_AANPAK", "2026-03-10");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* Spec §2: only leave in the interruption between two periods counts out of the four weeks;
 * leave elsewhere (here after a later period) does not shorten it. A leave after which the
 * sickness has another cause starts a new case; that leave is not part of the new case. */
static void leave_outside_the_interruption(void **state)
{
	(void)state;
	/* 1-28 February: 28 days, a new case; the leave in April does not make it 18 */
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-01-31", "2026-03-01:2026-03-31",
						  "2026-04-11", NULL});
	assert_int_equal(poort_case_add_leave(c, D("2026-04-01"), D("2026-04-10"), 0), POORT_OK);
	poort_timeline *t = compute(c, "2026-05-01");
	assert_int_equal(poort_timeline_case_count(t), 2);
	assert_date(poort_timeline_first_sick_day(t), "2026-03-01");
	/* from 1 March: 31 sick days, 10 of leave, then 11 April - 1 May = 21 */
	assert_int_equal(poort_timeline_leave_days(t), 10);
	assert_int_equal(poort_timeline_sick_days(t), 52);
	poort_timeline_free(t);
	/* up to a day inside the leave, only the leave days so far count */
	t = compute(c, "2026-04-05");
	assert_int_equal(poort_timeline_leave_days(t), 5);
	poort_timeline_free(t);
	poort_case_free(c);

	c = case_of((const char *[]){"2025-10-01:2025-10-31", "2026-01-01", NULL});
	assert_int_equal(poort_case_add_leave(c, D("2025-11-01"), D("2025-12-31"), 1), POORT_OK);
	t = compute(c, "2026-03-01");
	assert_int_equal(poort_timeline_case_count(t), 2);
	assert_int_equal(poort_timeline_leave_days(t), 0);
	assert_int_equal(poort_timeline_interruption_days(t), 0);
	assert_due(t, "PROBLEEMANALYSE", "2026-02-11");
	assert_string_equal(explain(t, find(t, "PROBLEEMANALYSE", 0), POORT_LANG_EN), "sick day 42");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* Spec §3 (EINDE_DIENSTVERBAND_MELDING: employment ends during sickness) and §5 (shorter RIV
 * for 6-10 weeks, i.e. sick days 42-70, spec §1). Sick 1 January - 1 March 2026 = 60 days. */
static void employment_ends_on_the_last_sick_day(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-03-01", NULL});
	assert_int_equal(poort_case_set_employment_end(c, D("2026-03-01")), POORT_OK);
	poort_timeline *t = compute(c, "2026-06-01");
	size_t i = find(t, "EINDE_DIENSTVERBAND_MELDING", 0);
	assert_date(poort_milestone_due(t, i), "2026-03-01");
	assert_int_equal(poort_milestone_status(t, i), POORT_STATUS_OVERDUE);
	poort_timeline_free(t);
	poort_dossier *d = NULL;
	assert_int_equal(poort_dossier_compute(c, D("2026-06-01"), &d), POORT_OK);
	assert_int_equal(poort_dossier_variant(d), POORT_RIV_SHORT);
	/* the shorter RIV goes with the report of the end of employment, on its last day */
	size_t k = item_index(d, "OORDEEL_WERKNEMER");
	assert_date(poort_dossier_item_due(d, k), "2026-03-01");
	assert_int_equal(poort_dossier_item_state(d, k), POORT_ITEM_MISSING);
	poort_dossier_free(d);
	/* a day later the employee was fit again: the employment did not end during sickness */
	assert_int_equal(poort_case_set_employment_end(c, D("2026-03-02")), POORT_OK);
	t = compute(c, "2026-06-01");
	i = find(t, "EINDE_DIENSTVERBAND_MELDING", 0);
	assert_int_equal(poort_milestone_status(t, i), POORT_STATUS_NOT_APPLICABLE);
	poort_timeline_free(t);
	assert_int_equal(poort_dossier_compute(c, D("2026-06-01"), &d), POORT_OK);
	assert_int_not_equal(poort_dossier_variant(d), POORT_RIV_SHORT);
	poort_dossier_free(d);
	/* ending on the first sick day is during sickness: the report applies, and after one
	 * sick day no dossier is needed */
	assert_int_equal(poort_case_set_employment_end(c, D("2026-01-01")), POORT_OK);
	t = compute(c, "2026-06-01");
	i = find(t, "EINDE_DIENSTVERBAND_MELDING", 0);
	assert_int_equal(poort_milestone_status(t, i), POORT_STATUS_OVERDUE);
	poort_timeline_free(t);
	assert_int_equal(poort_dossier_compute(c, D("2026-06-01"), &d), POORT_OK);
	assert_int_equal(poort_dossier_variant(d), POORT_RIV_NONE);
	poort_dossier_free(d);
	poort_case_free(c);
}

/* Spec §3: evaluations every 42 days after the plan van aanpak until the eindevaluatie (due
 * with the re-integratieverslag, 29 September 2027 for a case from 1 January 2026, spec §3
 * check value). An evaluation that would fall on the eindevaluatie's day is the eindevaluatie. */
static void evaluations_stop_at_the_eindevaluatie(void **state)
{
	(void)state;
	static const struct {
		const char *plan_done, *last_due;
		int32_t evaluations;
	} v[] = {
		{"2026-04-01", "2027-08-18", 12}, /* the 13th, 1 April + 13 x 42, is 29 September 2027 */
		{"2026-03-31", "2027-09-28", 13}, /* one day earlier: the 13th is the day before */
		{"2027-09-29", NULL, 0},          /* a plan made on the eindevaluatie's day: none */
	};
	for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
		poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
		assert_int_equal(poort_case_record_done(c, "PLAN_VAN_AANPAK", D(v[k].plan_done)), POORT_OK);
		poort_timeline *t = compute(c, "2027-10-01");
		int32_t n = 0;
		for (size_t i = 0; i < poort_timeline_count(t); i++)
			n += strcmp(poort_milestone_id(t, i), "EVALUATIE") == 0;
		assert_int_equal(n, v[k].evaluations);
		if (v[k].last_due)
			assert_date(poort_milestone_due(t, find(t, "EVALUATIE", n)), v[k].last_due);
		if (n)
			assert_date(poort_milestone_due(t, find(t, "EVALUATIE", 1)),
				    k == 0 ? "2026-05-13" : "2026-05-12");
		assert_due(t, "EINDEVALUATIE", "2027-09-29");
		poort_timeline_free(t);
		poort_case_free(c);
	}
}

/* The header: milestones are sorted by due date; milestones due on the same day keep the
 * order of the spec §3 table, evaluations by occurrence. */
static const char *const table_order[] = {
	"ZIEKMELDING_ARBODIENST", "PROBLEEMANALYSE", "PLAN_VAN_AANPAK", "EVALUATIE", "MELDING_UWV_42",
	"EERSTEJAARSEVALUATIE", "SPOOR2_BESLUIT", "UWV_WIA_BRIEF", "ACTUEEL_OORDEEL", "EINDEVALUATIE",
	"REINTEGRATIEVERSLAG", "WIA_AANVRAAG", "EINDE_WACHTTIJD", "EINDE_LOONSANCTIE",
	"EINDE_DIENSTVERBAND_MELDING",
};

static size_t table_index(const char *id)
{
	for (size_t i = 0; i < sizeof table_order / sizeof *table_order; i++)
		if (strcmp(table_order[i], id) == 0)
			return i;
	fail_msg("%s is not in the spec's table", id);
	return 0;
}

static void assert_in_order(const poort_timeline *t)
{
	for (size_t i = 1; i < poort_timeline_count(t); i++) {
		int32_t a = poort_milestone_due(t, i - 1), b = poort_milestone_due(t, i);
		size_t ka = table_index(poort_milestone_id(t, i - 1)), kb = table_index(poort_milestone_id(t, i));
		int in_order = a < b || (a == b && (ka < kb || (ka == kb && poort_milestone_occurrence(t, i - 1) <
									 poort_milestone_occurrence(t, i))));
		if (!in_order)
			fail_msg("%s #%d before %s #%d", poort_milestone_id(t, i - 1),
				 poort_milestone_occurrence(t, i - 1), poort_milestone_id(t, i),
				 poort_milestone_occurrence(t, i));
	}
}

static void milestones_in_date_order(void **state)
{
	(void)state;
	/* employment ending on sick day 3 (before every other milestone), on sick day 364 (the
	 * day of the first-year evaluation), after the 104 weeks; a probleemanalyse moved past
	 * the plan's week 8 (art. 5); a loonsanctie */
	static const char *const employment_end[] = {"2026-01-03", "2026-12-30", "2028-03-01", NULL};
	for (size_t k = 0; k < 4; k++) {
		poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
		if (employment_end[k])
			assert_int_equal(poort_case_set_employment_end(c, D(employment_end[k])), POORT_OK);
		else
			assert_int_equal(poort_case_set_departure(c, "PROBLEEMANALYSE", D("2026-03-20")), POORT_OK);
		assert_int_equal(poort_case_set_loonsanctie(c, D("2027-11-01"), 10, POORT_DATE_NONE), POORT_OK);
		assert_int_equal(poort_case_record_done(c, "EVALUATIE", D("2026-04-08")), POORT_OK);
		poort_timeline *t = compute(c, "2026-01-01");
		assert_in_order(t);
		if (k == 0)
			assert_string_equal(poort_milestone_id(t, 0), "EINDE_DIENSTVERBAND_MELDING");
		poort_timeline_free(t);
		poort_case_free(c);
	}
	/* a probleemanalyse moved to the day the first evaluation is due (a plan made on
	 * 5 January: 16 February) comes before it, as in the table */
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_record_done(c, "PLAN_VAN_AANPAK", D("2026-01-05")), POORT_OK);
	assert_int_equal(poort_case_set_departure(c, "PROBLEEMANALYSE", D("2026-02-16")), POORT_OK);
	poort_timeline *t = compute(c, "2026-01-01");
	assert_in_order(t);
	assert_int_equal(find(t, "EVALUATIE", 1), find(t, "PROBLEEMANALYSE", 0) + 1);
	assert_date(poort_milestone_due(t, find(t, "EVALUATIE", 1)), "2026-02-16");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* The header: when employment ends during sickness "the employer's later milestones no
 * longer apply" - one due on the last day of employment still does. */
static void employer_duty_due_on_the_last_day_of_employment(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_employment_end(c, D("2026-02-11")), POORT_OK);
	poort_timeline *t = compute(c, "2026-03-01");
	assert_int_equal(poort_milestone_status(t, find(t, "PROBLEEMANALYSE", 0)), POORT_STATUS_OVERDUE);
	assert_int_equal(poort_milestone_status(t, find(t, "PLAN_VAN_AANPAK", 0)), POORT_STATUS_NOT_APPLICABLE);
	assert_date(poort_timeline_wage_end(t), "2026-02-11");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* A record on the first sick day belongs to the case (spec §6: only facts dated before the
 * latest case belong to an earlier one); today = day 1 counts one sick day (header: "up to
 * and including the reference date"). */
static void records_on_the_first_sick_day(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2025-01-01:2025-03-01", "2026-01-01", NULL});
	assert_int_equal(poort_case_record_done(c, "ZIEKMELDING_ARBODIENST", D("2026-01-01")), POORT_OK);
	assert_int_equal(poort_case_record_done(c, "EVALUATIE", D("2026-01-01")), POORT_OK);
	poort_timeline *t = compute(c, "2026-01-01");
	assert_int_equal(poort_timeline_case_count(t), 2);
	assert_int_equal(poort_timeline_sick_days(t), 1);
	size_t i = find(t, "ZIEKMELDING_ARBODIENST", 0);
	assert_int_equal(poort_milestone_status(t, i), POORT_STATUS_DONE);
	assert_date(poort_milestone_done(t, i), "2026-01-01");
	assert_date(poort_milestone_done(t, find(t, "EVALUATIE", 1)), "2026-01-01");
	poort_timeline_free(t);
	t = compute(c, "2025-12-31"); /* the day before: no sick day of this case yet */
	assert_int_equal(poort_timeline_sick_days(t), 0);
	poort_timeline_free(t);
	/* due_soon_days 0 ... 3650 (header) */
	assert_int_equal(poort_timeline_compute(c, D("2026-01-01"), 3650, &t), POORT_OK);
	poort_timeline_free(t);
	assert_int_equal(poort_timeline_compute(c, D("2026-01-01"), 3651, &t), POORT_ERR_ARGUMENT);
	assert_null(t);
	assert_int_equal(poort_timeline_compute(c, D("2026-01-01"), -1, &t), POORT_ERR_ARGUMENT);
	poort_case_free(c);
}

/* The court example of spec §3.2 (ECLI:NL:RBMNE:2015:5703): first sick day 29 October 2012,
 * sick day 728 is 26 October 2014 (E = 27 October), a 52-week loonsanctie decided on
 * 15 September 2014 (E - 42, in time) runs up to and including 25 October 2015. */
static int32_t loonsanctie_end_of(const char *const *periods, const char *leave, const char *bekorting,
				  const char *decision)
{
	poort_case *c = case_of(periods);
	if (leave)
		assert_int_equal(poort_case_add_leave(c, D(leave), D(leave), 0), POORT_OK);
	assert_int_equal(poort_case_set_loonsanctie(c, D(decision ? decision : "2014-09-15"), 52,
						    bekorting ? D(bekorting) : POORT_DATE_NONE), POORT_OK);
	poort_timeline *t = compute(c, "2014-10-01");
	assert_date(poort_timeline_wachttijd_end(t), "2014-10-26");
	size_t i = find(t, "EINDE_LOONSANCTIE", 0);
	int32_t end = poort_milestone_due(t, i);
	assert_int_equal(poort_timeline_wage_end(t), end);
	if (bekorting) /* the explanation names the bekorting only when it shortened the term */
		assert_true((strstr(explain(t, i, POORT_LANG_EN), bekorting) != NULL) ==
			    (end < D("2015-10-25")));
	poort_timeline_free(t);
	poort_case_free(c);
	return end;
}

/* WIA art. 25 lid 9 (spec §3.2): WAZO leave during the loonsanctie pauses it; leave before
 * E or after its end does not. Lid 14: a bekorting ends it 6 weeks after that decision if
 * that is earlier - and if that is before E, there is no loonsanctie left at all. */
static void loonsanctie_edges(void **state)
{
	(void)state;
	/* one day of leave on the last day of the 52 weeks: paused one day */
	assert_date(loonsanctie_end_of((const char *[]){"2012-10-29:2015-10-24", "2015-10-26", NULL},
				       "2015-10-25", NULL, NULL), "2015-10-26");
	/* ... on the day after them: nothing changes */
	assert_date(loonsanctie_end_of((const char *[]){"2012-10-29:2015-10-25", "2015-10-27", NULL},
				       "2015-10-26", NULL, NULL), "2015-10-25");
	/* ... on E, the first day of the loonsanctie, right after sick day 728 */
	assert_date(loonsanctie_end_of((const char *[]){"2012-10-29:2014-10-26", "2014-10-28", NULL},
				       "2014-10-27", NULL, NULL), "2015-10-26");
	static const char *const open[] = {"2012-10-29", NULL};
	/* bekorting: 12 September 2015 + 42 = 24 October, a day before the 52 weeks end */
	assert_date(loonsanctie_end_of(open, NULL, "2015-09-12", NULL), "2015-10-24");
	/* 13 September + 42 = 25 October, the same day: not earlier, the 52 weeks stand */
	assert_date(loonsanctie_end_of(open, NULL, "2015-09-13", NULL), "2015-10-25");
	/* decided and repaired on E - 42: the 6 weeks end on E, one day of loonsanctie */
	assert_date(loonsanctie_end_of(open, NULL, "2014-09-15", NULL), "2014-10-27");
	/* repaired long before E: the wage obligation ends with the wachttijd */
	assert_date(loonsanctie_end_of(open, NULL, "2014-06-02", "2014-06-02"), "2014-10-26");
}

/* A setting the library may check when it is set or when computing: the status of either. */
static int32_t checked(poort_case *c, int32_t set_status, const char *date_in_message)
{
	if (set_status != POORT_OK)
		return set_status;
	poort_timeline *t = NULL;
	int32_t st = poort_timeline_compute(c, D("2014-10-01"), 14, &t);
	poort_timeline_free(t);
	if (st != POORT_OK && date_in_message && !strstr(poort_case_errmsg(c), date_in_message))
		fail_msg("message \"%s\" lacks %s", poort_case_errmsg(c), date_in_message);
	return st;
}

/* Settings given before the periods are known are checked when computing. WIA art. 24 (spec
 * §3.2): a voluntary extension must end after the wachttijd (last day 26 October 2014 for the
 * court example); WIA art. 25 lid 11: a loonsanctie decided on or after E is invalid; the
 * header: a decision before the first sick day is an error, on it is not. */
static void settings_checked_against_the_periods(void **state)
{
	(void)state;
	static const struct {
		const char *extension, *decision;
		int32_t status;
	} v[] = {
		{"2014-10-26", NULL, POORT_ERR_EXTENSION},
		{"2014-10-27", NULL, POORT_OK},
		{NULL, "2014-10-27", POORT_ERR_LOONSANCTIE_LATE},
		{NULL, "2014-10-26", POORT_OK},
		{NULL, "2012-10-28", POORT_ERR_BEFORE_CASE},
		{NULL, "2012-10-29", POORT_OK},
	};
	for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
		poort_case *c = poort_case_new();
		int32_t st = v[k].extension ? poort_case_set_extension(c, D(v[k].extension))
					    : poort_case_set_loonsanctie(c, D(v[k].decision), 52, POORT_DATE_NONE);
		assert_int_equal(poort_case_add_period(c, D("2012-10-29"), POORT_DATE_NONE), POORT_OK);
		/* the messages name the last day of the wachttijd, or the first sick day */
		const char *named = v[k].status == POORT_ERR_BEFORE_CASE ? "2012-10-29" : "2014-10-26";
		int32_t got = checked(c, st, v[k].status == POORT_OK ? NULL : named);
		if (got != v[k].status)
			fail_msg("case %zu: %s, expected %s", k, poort_status_str(got), poort_status_str(v[k].status));
		poort_case_free(c);
	}
}

/* The header: every milestone can be recorded as done except EINDE_WACHTTIJD and
 * EINDE_LOONSANCTIE (computed); spec §3 "who": once employment ends (here on sick day 3)
 * the employer's steps no longer apply, while the UWV's letter and the employee's WIA
 * application still do. ACTUEEL_OORDEEL is part of the employer's re-integratieverslag. */
static void catalogue_flags(void **state)
{
	(void)state;
	static const char *const recordable[] = {
		"ZIEKMELDING_ARBODIENST", "PROBLEEMANALYSE", "PLAN_VAN_AANPAK", "EVALUATIE",
		"MELDING_UWV_42", "EERSTEJAARSEVALUATIE", "SPOOR2_BESLUIT", "UWV_WIA_BRIEF",
		"ACTUEEL_OORDEEL", "EINDEVALUATIE", "REINTEGRATIEVERSLAG", "WIA_AANVRAAG",
		"EINDE_DIENSTVERBAND_MELDING",
	};
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	for (size_t i = 0; i < sizeof recordable / sizeof *recordable; i++)
		ACCEPTS(c, poort_case_record_done(c, recordable[i], D("2026-01-02")));
	REJECTS(c, POORT_ERR_NOT_RECORDABLE, poort_case_record_done(c, "EINDE_WACHTTIJD", D("2026-01-02")), "");
	REJECTS(c, POORT_ERR_NOT_RECORDABLE, poort_case_record_done(c, "EINDE_LOONSANCTIE", D("2026-01-02")), "");
	poort_case_free(c);

	c = case_of((const char *[]){"2026-01-01", NULL});
	ACCEPTS(c, poort_case_set_employment_end(c, D("2026-01-03")));
	poort_timeline *t = compute(c, "2026-01-01");
	for (size_t i = 0; i < poort_timeline_count(t); i++) {
		const char *id = poort_milestone_id(t, i);
		int employee_or_uwv = strcmp(id, "UWV_WIA_BRIEF") == 0 || strcmp(id, "WIA_AANVRAAG") == 0 ||
				      strncmp(id, "EINDE_", 6) == 0;
		if ((poort_milestone_status(t, i) == POORT_STATUS_NOT_APPLICABLE) == employee_or_uwv)
			fail_msg("%s: %s", id, poort_status_name(poort_milestone_status(t, i)));
	}
	poort_timeline_free(t);
	poort_case_free(c);
}

/* The status of adding a period, whether the library checks it when it is added or when
 * computing (the whole case). */
static int32_t period_status(poort_case *c, int32_t st)
{
	return checked(c, st, NULL);
}

/* The header: periods (sick or leave) may not overlap, not even by one day; a period that
 * starts on the same day as another overlaps it, it does not come after it; days next to each
 * other do not overlap. */
static void periods_touching_by_one_day(void **state)
{
	(void)state;
	static const struct {
		const char *first, *last; /* a second sick period next to 1-10 March 2014 */
		int32_t status;
	} v[] = {
		{"2014-03-10", "2014-03-20", POORT_ERR_PERIOD_OVERLAP}, {"2014-02-20", "2014-03-01", POORT_ERR_PERIOD_OVERLAP},
		{"2014-03-11", "2014-03-20", POORT_OK},                 {"2014-02-20", "2014-02-28", POORT_OK},
		{"2014-03-01", NULL, POORT_ERR_PERIOD_OVERLAP},
	};
	for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
		poort_case *c = case_of((const char *[]){"2014-03-01:2014-03-10", NULL});
		int32_t last = v[k].last ? D(v[k].last) : POORT_DATE_NONE;
		int32_t st = period_status(c, poort_case_add_period(c, D(v[k].first), last));
		if (st != v[k].status)
			fail_msg("sick %s..%s: %s", v[k].first, v[k].last ? v[k].last : "", poort_status_str(st));
		poort_case_free(c);
		/* the same against a leave period */
		c = case_of((const char *[]){"2014-01-01:2014-01-31", "2014-06-01", NULL});
		assert_int_equal(poort_case_add_leave(c, D("2014-03-01"), D("2014-03-10"), 0), POORT_OK);
		st = v[k].last ? period_status(c, poort_case_add_leave(c, D(v[k].first), last, 0)) : v[k].status;
		if (st != v[k].status)
			fail_msg("leave %s..%s: %s", v[k].first, v[k].last ? v[k].last : "", poort_status_str(st));
		poort_case_free(c);
	}
}

/* The header: a case id is 1-64 bytes of [A-Za-z0-9._-]. */
static void case_id_characters(void **state)
{
	(void)state;
	poort_case *c = poort_case_new();
	ACCEPTS(c, poort_case_set_id(c, "AZaz09._-"));
	assert_string_equal(poort_case_id(c), "AZaz09._-");
	static const char *const bad[] = {"a@", "a[", "a`", "a{", "a/", "a:", "a b", "a,", "", "\xc3\xa9"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		REJECTS(c, POORT_ERR_CASE_ID, poort_case_set_id(c, bad[i]), "");
	char id[70];
	memset(id, 'Z', sizeof id);
	id[64] = '\0';
	ACCEPTS(c, poort_case_set_id(c, id));
	assert_string_equal(poort_case_id(c), id);
	id[64] = 'Z';
	id[65] = '\0';
	REJECTS(c, POORT_ERR_CASE_ID, poort_case_set_id(c, id), "");
	poort_case_free(c);
}

/* The header: a loonsanctie lasts 1 ... 52 weeks; evaluations recorded in any order are
 * held in date order; a case without records shows nothing done, also before 1970 (day 0). */
static void loonsanctie_weeks_and_evaluation_order(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2012-10-29", NULL});
	REJECTS(c, POORT_ERR_LOONSANCTIE_WEEKS, poort_case_set_loonsanctie(c, D("2014-09-15"), 0, POORT_DATE_NONE), "");
	REJECTS(c, POORT_ERR_LOONSANCTIE_WEEKS, poort_case_set_loonsanctie(c, D("2014-09-15"), 53, POORT_DATE_NONE), "");
	ACCEPTS(c, poort_case_set_loonsanctie(c, D("2014-09-15"), 52, POORT_DATE_NONE));
	ACCEPTS(c, poort_case_set_loonsanctie(c, D("2014-09-15"), 1, POORT_DATE_NONE));
	poort_timeline *t = compute(c, "2014-10-01");
	assert_due(t, "EINDE_LOONSANCTIE", "2014-11-02"); /* E = 27 October + 7 - 1 */
	poort_timeline_free(t);
	ACCEPTS(c, poort_case_record_done(c, "EVALUATIE", D("2013-06-01")));
	ACCEPTS(c, poort_case_record_done(c, "EVALUATIE", D("2013-02-01")));
	ACCEPTS(c, poort_case_record_done(c, "EVALUATIE", D("2013-04-01")));
	t = compute(c, "2014-10-01");
	assert_date(poort_milestone_done(t, find(t, "EVALUATIE", 1)), "2013-02-01");
	assert_date(poort_milestone_done(t, find(t, "EVALUATIE", 2)), "2013-04-01");
	assert_date(poort_milestone_done(t, find(t, "EVALUATIE", 3)), "2013-06-01");
	poort_timeline_free(t);
	poort_case_free(c);
	c = case_of((const char *[]){"1969-12-01", NULL});
	t = compute(c, "1970-03-01");
	for (size_t i = 0; i < poort_timeline_count(t); i++)
		assert_int_equal(poort_milestone_done(t, i), POORT_DATE_NONE);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* ==================================================================== dossier */

/* Spec §5 and the header: an item recorded on or before its due date is present, after it
 * present late; an item not recorded is missing once its due date has passed. The
 * probleemanalyse of a case from 1 January 2026 is due 11 February 2026. */
static void dossier_item_on_its_due_date(void **state)
{
	(void)state;
	static const struct {
		const char *recorded, *today;
		int32_t state, complete_bp;
	} v[] = {
		{"2026-02-11", "2026-02-20", POORT_ITEM_PRESENT, 10000},
		{"2026-02-12", "2026-02-20", POORT_ITEM_PRESENT_LATE, 10000},
		{NULL, "2026-02-11", POORT_ITEM_NOT_YET_REQUIRED, 10000}, /* nothing due yet */
		{NULL, "2026-02-12", POORT_ITEM_MISSING, 0},              /* 0 of the 1 item due */
	};
	for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
		poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
		if (v[k].recorded)
			assert_int_equal(poort_case_record_item(c, "PROBLEEMANALYSE", D(v[k].recorded)), POORT_OK);
		poort_dossier *d = NULL;
		assert_int_equal(poort_dossier_compute(c, D(v[k].today), &d), POORT_OK);
		size_t i = item_index(d, "PROBLEEMANALYSE");
		assert_date(poort_dossier_item_due(d, i), "2026-02-11");
		assert_int_equal(poort_dossier_item_state(d, i), v[k].state);
		assert_int_equal(poort_dossier_complete_bp(d), v[k].complete_bp);
		poort_dossier_free(d);
		poort_case_free(c);
	}
}

/* Regeling procesgang art. 5 (spec §3 notes): a reasoned departure moves the probleemanalyse's
 * due date, earlier as well as later, and its dossier item is due with it. A dossier record
 * on the first sick day belongs to the case (spec §6). */
static void dossier_follows_the_timeline(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_departure(c, "PROBLEEMANALYSE", D("2026-01-03")), POORT_OK);
	assert_int_equal(poort_case_record_item(c, "EERSTE_ZIEKTEDAG", D("2026-01-01")), POORT_OK);
	poort_dossier *d = NULL;
	assert_int_equal(poort_dossier_compute(c, D("2026-01-10"), &d), POORT_OK);
	size_t i = item_index(d, "PROBLEEMANALYSE");
	assert_date(poort_dossier_item_due(d, i), "2026-01-03");
	assert_int_equal(poort_dossier_item_state(d, i), POORT_ITEM_MISSING);
	i = item_index(d, "EERSTE_ZIEKTEDAG");
	assert_date(poort_dossier_item_first(d, i), "2026-01-01");
	assert_int_equal(poort_dossier_item_records(d, i), 1);
	poort_dossier_free(d);
	/* the plan's own term, sick day 56 while no probleemanalyse is made, does not move with it */
	poort_timeline *t = compute(c, "2026-01-10");
	assert_due(t, "PLAN_VAN_AANPAK", "2026-02-25");
	poort_timeline_free(t);
	poort_case_free(c);
}

/* The header (poort_case_record_item): PROBLEEMANALYSE (later advice), PLAN_VAN_AANPAK
 * (bijstellingen) and EINDEVALUATIE keep one record per date (spec §5 items f, g, h). */
static void repeatable_dossier_items(void **state)
{
	(void)state;
	static const char *const repeatable[] = {"PROBLEEMANALYSE", "PLAN_VAN_AANPAK", "EINDEVALUATIE"};
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	for (size_t k = 0; k < 3; k++) {
		ACCEPTS(c, poort_case_record_item(c, repeatable[k], D("2026-03-05")));
		ACCEPTS(c, poort_case_record_item(c, repeatable[k], D("2026-03-01")));
	}
	poort_dossier *d = NULL;
	assert_int_equal(poort_dossier_compute(c, D("2027-12-01"), &d), POORT_OK);
	for (size_t k = 0; k < 3; k++) {
		size_t i = item_index(d, repeatable[k]);
		assert_int_equal(poort_dossier_item_records(d, i), 2);
		assert_date(poort_dossier_item_first(d, i), "2026-03-01");
		assert_date(poort_dossier_item_latest(d, i), "2026-03-05");
	}
	poort_dossier_free(d);
	poort_case_free(c);
}

/* Spec §5: a case that ended before the end of week 6 (sick day 42, spec §1) needs no
 * dossier: nothing of it is due before the recovery (spec §3 notes: not applicable). A
 * sickness of exactly 42 days does need one. */
static void recovered_after_41_and_42_days(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-02-10", NULL}); /* 41 days */
	poort_dossier *d = NULL;
	assert_int_equal(poort_dossier_compute(c, D("2026-06-01"), &d), POORT_OK);
	assert_int_equal(poort_dossier_variant(d), POORT_RIV_NONE);
	poort_dossier_free(d);
	poort_case_free(c);
	c = case_of((const char *[]){"2026-01-01:2026-02-11", NULL}); /* 42 days */
	assert_int_equal(poort_dossier_compute(c, D("2026-06-01"), &d), POORT_OK);
	assert_int_equal(poort_dossier_variant(d), POORT_RIV_FULL);
	/* the probleemanalyse was due on the last sick day, so it still applies */
	size_t i = item_index(d, "PROBLEEMANALYSE");
	assert_int_equal(poort_dossier_item_state(d, i), POORT_ITEM_MISSING);
	assert_date(poort_dossier_item_due(d, i), "2026-02-11");
	poort_dossier_free(d);
	poort_case_free(c);
}

/* ======================================================================= wage */

static poort_wage *wage_of(poort_case *c, const char *first, const char *last)
{
	poort_wage *w = NULL;
	int32_t st = poort_wage_compute(c, NULL, D(first), D(last), &w);
	if (st != POORT_OK)
		fail_msg("wage: %s: %s", poort_status_str(st), poort_case_errmsg(c));
	return w;
}

static poort_case *employee(const char *period, int64_t wage_cents, int32_t hours)
{
	poort_case *c = case_of((const char *[]){period, NULL});
	assert_int_equal(poort_case_set_wage(c, wage_cents, hours), POORT_OK);
	return c;
}

static void assert_segment(const poort_wage *w, size_t i, const char *first, const char *last,
			   int32_t regime, int64_t amount)
{
	assert_date(poort_wage_segment_first(w, i), first);
	assert_date(poort_wage_segment_last(w, i), last);
	assert_int_equal(poort_wage_segment_regime(w, i), regime);
	assert_int_equal(poort_wage_segment_amount(w, i), amount);
}

/* Spec §4: a month split across two regimes is prorated by the calendar days of that month;
 * February 2024 has 29 (2024 is a leap year), February 2100 has 28, February 2000 has 29. */
static void leap_february_is_prorated_by_29_days(void **state)
{
	(void)state;
	/* EUR 5 800 a month, 38 h, sick from 15 February 2024. Year 1: 70% = EUR 4 060, above
	 * the floor (EUR 13,27 x 38 x 13/3 = EUR 2 185,13) and below the cap (the wage is under
	 * the 2024 maximum of EUR 274,44 a day x 21,75 = EUR 5 969,07). Fit again from July. */
	poort_case *c = employee("2024-02-15:2024-06-30", 580000, 3800);
	poort_wage *w = wage_of(c, "2024-02-01", "2024-02-29");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_segment(w, 0, "2024-02-01", "2024-02-14", POORT_REGIME_NOT_SICK, 280000); /* 5 800 x 14/29 */
	assert_segment(w, 1, "2024-02-15", "2024-02-29", POORT_REGIME_YEAR1, 210000);    /* 4 060 x 15/29 */
	assert_int_equal(poort_wage_month_amount(w, 0), 490000);
	assert_int_equal(poort_wage_total(w), 490000);
	poort_wage_free(w);
	/* months without sickness: the whole wage, prorated over the month's own days */
	w = wage_of(c, "2100-02-01", "2100-03-01");
	assert_int_equal(poort_wage_month_count(w), 2);
	assert_date(poort_wage_month_last(w, 0), "2100-02-28");
	assert_int_equal(poort_wage_month_amount(w, 0), 580000);
	assert_int_equal(poort_wage_month_amount(w, 1), 18710); /* 5 800 x 1/31 = 187,096... */
	poort_wage_free(w);
	w = wage_of(c, "2000-02-01", "2000-02-29");
	assert_date(poort_wage_month_last(w, 0), "2000-02-29");
	assert_int_equal(poort_wage_month_amount(w, 0), 580000);
	assert_int_equal(poort_wage_segment_percent(w, 0), 10000); /* header: 10000 when not sick */
	assert_int_equal(poort_wage_segment_cao(w, 0), -1);
	char text[256]; /* a whole month: no share of days to explain */
	assert_true(poort_wage_month_explain(w, 0, POORT_LANG_EN, text, sizeof text) > 0);
	assert_null(strstr(text, "/29"));
	poort_wage_free(w);
	/* every month of 2100 and 2096: whole months, whatever their length */
	static const int32_t years[] = {2100, 2096};
	for (size_t k = 0; k < 2; k++) {
		int32_t y = years[k];
		w = NULL;
		assert_int_equal(poort_wage_compute(c, NULL, day_number_of(y, 1, 1), day_number_of(y, 12, 31),
						    &w), POORT_OK);
		assert_int_equal(poort_wage_month_count(w), 12);
		for (int32_t m = 1; m <= 12; m++) {
			assert_int_equal(poort_wage_month_first(w, (size_t)m - 1), day_number_of(y, m, 1));
			assert_int_equal(poort_wage_month_last(w, (size_t)m - 1),
					 day_number_of(y, m, month_days(y, m)));
			assert_int_equal(poort_wage_month_amount(w, (size_t)m - 1), 580000);
		}
		poort_wage_free(w);
	}
	w = wage_of(c, "2000-02-16", "2000-02-29"); /* 14 of 29 days */
	assert_int_equal(poort_wage_total(w), 280000);
	poort_wage_free(w);
	poort_case_free(c);
}

/* Spec §4 and §4.1: the year-1 floor is the hourly minimum wage for the employee's age x hours
 * x 13/3; on 1 January 2026 EUR 14,71 for 21 and older, 80% of it for age 20, rounded half up:
 * EUR 11,77. 36 h: EUR 1 836,12 and EUR 2 294,76 a month, both above 70% of EUR 1 000. The
 * adult rate applies from the 21st birthday, whatever month it falls in. Under 15 the WML
 * has no rate (spec §4.1 starts at 15): 70% is paid. */
static void youth_rate_until_the_birthday(void **state)
{
	(void)state;
	static const struct {
		const char *birth, *first, *last, *birthday;
		int64_t before, after;
	} v[] = {
		{"2005-01-29", "2026-01-01", "2026-01-31", "2026-01-29", 165843, 22207}, /* x 28/31, 3/31 */
		{"2005-03-29", "2026-03-01", "2026-03-31", "2026-03-29", 165843, 22207},
		{"2005-02-10", "2026-02-01", "2026-02-28", "2026-02-10", 59018, 155716}, /* x 9/28, 19/28 */
		{"2005-02-28", "2026-02-01", "2026-02-28", "2026-02-28", 177054, 8196},  /* x 27/28, 1/28 */
	};
	for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
		poort_case *c = employee("2026-01-01", 100000, 3600);
		assert_int_equal(poort_case_set_birth_date(c, D(v[k].birth)), POORT_OK);
		poort_wage *w = wage_of(c, v[k].first, v[k].last);
		assert_int_equal(poort_wage_segment_count(w), 2);
		assert_int_equal(poort_wage_segment_first(w, 1), D(v[k].birthday));
		assert_int_equal(poort_wage_segment_amount(w, 0), v[k].before);
		assert_int_equal(poort_wage_segment_amount(w, 1), v[k].after);
		poort_wage_free(w);
		poort_case_free(c);
	}
	/* born on 29 February 2008: 20 years old on 29 February 2028, a leap year */
	poort_case *c = employee("2027-06-01", 100000, 3600);
	assert_int_equal(poort_case_set_birth_date(c, D("2008-02-29")), POORT_OK);
	poort_wage *w = wage_of(c, "2028-02-01", "2028-02-29");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_date(poort_wage_segment_first(w, 1), "2028-02-29");
	poort_wage_free(w);
	poort_case_free(c);

	c = employee("2026-01-01", 100000, 3600);
	assert_int_equal(poort_case_set_age(c, 0), POORT_OK);
	w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_total(w), 70000);
	poort_wage_free(w);
	assert_int_equal(poort_case_set_age(c, 14), POORT_OK);
	w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_total(w), 70000);
	poort_wage_free(w);
	assert_int_equal(poort_case_set_age(c, 21), POORT_OK);
	w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_total(w), 229476);
	poort_wage_free(w);
	poort_case_free(c);
}

struct run {
	const char *from;
	int32_t regime;
};

/* Every day from first to last lies in a segment with the regime of the run it belongs to, and
 * each run begins a segment. */
static void assert_runs(poort_case *c, const char *first, const char *last, const struct run *runs,
			size_t n)
{
	poort_wage *w = wage_of(c, first, last);
	size_t s = 0;
	for (int32_t d = D(first); d <= D(last); d++) {
		size_t r = 0;
		while (r + 1 < n && D(runs[r + 1].from) <= d)
			r++;
		while (poort_wage_segment_last(w, s) < d)
			s++;
		char day[POORT_DATE_BUFSIZE];
		poort_date_format(d, day, sizeof day);
		if (poort_wage_segment_regime(w, s) != runs[r].regime)
			fail_msg("%s: %s, expected %s", day, poort_regime_name(poort_wage_segment_regime(w, s)),
				 poort_regime_name(runs[r].regime));
		if (d == D(runs[r].from) && poort_wage_segment_first(w, s) != d)
			fail_msg("%s: no segment starts here", day);
	}
	poort_wage_free(w);
}

/* Spec §4 and BW 7:629: sick days 1-364 are year 1, 365-728 year 2 (sick 1 January 2026:
 * day 364 is 30 December); nothing is due for days after the last day of employment, nor for
 * sick days of an earlier case beyond its 728th; the last sick day of a period is a sick day. */
static void wage_regime_edges(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-01", 300000, 3600);
	assert_runs(c, "2026-12-01", "2026-12-31", (const struct run[]){{"2026-12-01", POORT_REGIME_YEAR1},
		{"2026-12-31", POORT_REGIME_YEAR2}}, 2);
	assert_int_equal(poort_case_set_employment_end(c, D("2026-01-20")), POORT_OK);
	assert_runs(c, "2026-01-01", "2026-01-31", (const struct run[]){{"2026-01-01", POORT_REGIME_YEAR1},
		{"2026-01-21", POORT_REGIME_ENDED}}, 2);
	poort_case_free(c);

	c = employee("2026-01-01:2026-01-15", 300000, 3600);
	assert_runs(c, "2026-01-01", "2026-01-31", (const struct run[]){{"2026-01-01", POORT_REGIME_YEAR1},
		{"2026-01-16", POORT_REGIME_NOT_SICK}}, 2);
	poort_case_free(c);

	/* an earlier case from 2 January 2023: its sick day 728 is 29 December 2024 */
	c = case_of((const char *[]){"2023-01-02:2025-06-30", "2026-01-01", NULL});
	assert_int_equal(poort_case_set_wage(c, 300000, 3600), POORT_OK);
	assert_runs(c, "2024-12-01", "2024-12-31", (const struct run[]){{"2024-12-01", POORT_REGIME_YEAR2},
		{"2024-12-30", POORT_REGIME_ENDED}}, 2);
	poort_wage *w = wage_of(c, "2024-12-30", "2024-12-31");
	char text[512];
	assert_true(poort_wage_segment_explain(w, 0, POORT_LANG_EN, text, sizeof text) > 0);
	assert_non_null(strstr(text, "2024-12-29"));
	poort_wage_free(w);
	poort_case_free(c);
}

/* Spec §3.2 and §4: sick from 1 January 2024, sick day 728 is 28 December 2025; a voluntary
 * extension to 31 March 2026, then a 10-week loonsanctie from E = 1 April 2026 up to and
 * including 9 June 2026 (decided 1 February 2026, more than six weeks before E). After AOW age
 * 6 weeks from the AOW date (BW 7:629 lid 2 b; sickness from 2026): 1 March + 41 = 11 April. */
static void wage_after_the_wachttijd(void **state)
{
	(void)state;
	poort_case *c = employee("2024-01-01", 300000, 3600);
	assert_int_equal(poort_case_set_extension(c, D("2026-03-31")), POORT_OK);
	assert_int_equal(poort_case_set_loonsanctie(c, D("2026-02-01"), 10, POORT_DATE_NONE), POORT_OK);
	assert_runs(c, "2025-12-01", "2026-06-30", (const struct run[]){{"2025-12-01", POORT_REGIME_YEAR2},
		{"2025-12-29", POORT_REGIME_EXTENSION}, {"2026-04-01", POORT_REGIME_LOONSANCTIE},
		{"2026-06-10", POORT_REGIME_ENDED}}, 4);
	poort_case_free(c);

	c = employee("2026-01-01", 300000, 3600);
	assert_int_equal(poort_case_set_aow_date(c, D("2026-03-01")), POORT_OK);
	assert_runs(c, "2026-04-01", "2026-04-30", (const struct run[]){{"2026-04-01", POORT_REGIME_YEAR1},
		{"2026-04-12", POORT_REGIME_AFTER_AOW}}, 2);
	poort_case_free(c);
}

/* Spec §1 and §4: CAO ranges are by sick week, week k = sick days 7(k-1)+1 ... 7k; a
 * segment outside every range has no CAO amount (header: -1) and gets the statutory amount,
 * here the floor (EUR 2 294,76 a month, above 70% of EUR 3 000). Weeks 2-3 at 100%: sick days
 * 8-21, 8-21 January 2026. */
static void cao_for_weeks_2_and_3(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-01", 300000, 3600);
	assert_int_equal(poort_case_add_cao(c, 2, 3, 10000, 0), POORT_OK);
	poort_wage *w = wage_of(c, "2026-01-01", "2026-01-31");
	assert_int_equal(poort_wage_segment_count(w), 3);
	assert_segment(w, 0, "2026-01-01", "2026-01-07", POORT_REGIME_YEAR1, 51817); /* x 7/31 */
	assert_int_equal(poort_wage_segment_cao(w, 0), -1);
	assert_int_equal(poort_wage_segment_percent(w, 0), 7000);
	assert_segment(w, 1, "2026-01-08", "2026-01-21", POORT_REGIME_YEAR1, 135484); /* 3 000 x 14/31 */
	assert_int_equal(poort_wage_segment_cao(w, 1), 135484);
	assert_int_equal(poort_wage_segment_percent(w, 1), 10000);
	assert_segment(w, 2, "2026-01-22", "2026-01-31", POORT_REGIME_YEAR1, 74025); /* x 10/31 */
	assert_int_equal(poort_wage_segment_cao(w, 2), -1);
	poort_wage_free(w);
	poort_case_free(c);
}

/* Spec §4: the cap applies when the daily wage (monthly x 12 / 261) exceeds the Wfsv maximum,
 * EUR 274,44 a day in the first half of 2024, i.e. a monthly wage above 274,44 x 21,75 =
 * EUR 5 969,07; the floor applies when the minimum wage is above 70%. Equal is not above.
 * Sick from 1 January 2024 / 2026, year 1. */
static void cap_and_floor_when_equal(void **state)
{
	(void)state;
	poort_case *c = employee("2024-01-01", 596907, 3800);
	poort_wage *w = wage_of(c, "2024-02-01", "2024-02-29");
	assert_int_equal(poort_wage_flags(w) & POORT_FLAG_CAP, 0);
	assert_int_equal(poort_wage_total(w), 417835); /* 70% of 5 969,07 = 4 178,349 */
	poort_wage_free(w);
	assert_int_equal(poort_case_set_wage(c, 596908, 3800), POORT_OK);
	w = wage_of(c, "2024-02-01", "2024-02-29");
	assert_int_equal(poort_wage_flags(w) & POORT_FLAG_CAP, POORT_FLAG_CAP);
	assert_int_equal(poort_wage_total(w), 417835);
	char text[512];
	assert_true(poort_wage_segment_explain(w, 0, POORT_LANG_EN, text, sizeof text) > 0);
	assert_non_null(strstr(text, "\u20ac5 969,07")); /* the capped monthly wage */
	poort_wage_free(w);
	poort_case_free(c);

	/* 31,5 h: floor 14,71 x 31,5 x 13/3 = 2 007,915; 70% of 2 868,45 is the same */
	c = employee("2026-01-01", 286845, 3150);
	w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_flags(w) & POORT_FLAG_FLOOR, 0);
	assert_int_equal(poort_wage_total(w), 200792);
	poort_wage_free(w);
	assert_int_equal(poort_case_set_wage(c, 286844, 3150), POORT_OK); /* 70% = 2 007,908 */
	w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_flags(w) & POORT_FLAG_FLOOR, POORT_FLAG_FLOOR);
	assert_int_equal(poort_wage_total(w), 200792);
	poort_wage_free(w);
	poort_case_free(c);
}

/* Spec §4: amounts are exact until the one rounding of a segment. Sick from 3 March 2025:
 * sick day 365 is 2 March 2026. Year 2 on 2-31 March: 70% of EUR 4 000,07 x 30/31 =
 * 2 709,724839 - just under half a cent, so down. */
static void rounding_just_under_half_a_cent(void **state)
{
	(void)state;
	poort_case *c = employee("2025-03-03", 400007, 3600);
	poort_wage *w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_segment(w, 0, "2026-03-01", "2026-03-01", POORT_REGIME_YEAR1, 9032); /* 2 800,049 / 31 */
	assert_segment(w, 1, "2026-03-02", "2026-03-31", POORT_REGIME_YEAR2, 270972);
	poort_wage_free(w);
	poort_case_free(c);
}

/* The header: a segment's CAO amount is -1 only when no CAO range covers it; a range of 0%
 * covers it (and the statutory amount is paid). Not sick: 100%, no CAO amount. */
static void cao_of_zero_percent(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-16", 400000, 3600);
	assert_int_equal(poort_case_add_cao(c, 1, 52, 0, 0), POORT_OK);
	poort_wage *w = wage_of(c, "2026-01-01", "2026-01-31");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_int_equal(poort_wage_segment_regime(w, 0), POORT_REGIME_NOT_SICK);
	assert_int_equal(poort_wage_segment_percent(w, 0), 10000);
	assert_int_equal(poort_wage_segment_cao(w, 0), -1);
	assert_int_equal(poort_wage_segment_cao(w, 1), 0);
	assert_int_equal(poort_wage_segment_percent(w, 1), 7000);
	assert_int_equal(poort_wage_segment_amount(w, 1), 144516); /* 70% of 4 000 x 16/31 */
	char text[512];
	assert_true(poort_wage_segment_explain(w, 1, POORT_LANG_EN, text, sizeof text) > 0);
	assert_non_null(strstr(text, "CAO 0%"));
	/* the JSON: the range of the segments; no CAO amount is null (4 000 x 15/31 not sick), a 0%
	 * one is 0 */
	char *json = NULL;
	assert_int_equal(poort_wage_json(w, POORT_LANG_EN, &json, NULL), POORT_OK);
	const char *head = "{\n  \"first\": \"2026-01-01\",\n  \"last\": \"2026-01-31\",\n";
	assert_memory_equal(json, head, strlen(head));
	assert_non_null(strstr(json, "\"cao_cents\": null, \"amount_cents\": 193548"));
	assert_non_null(strstr(json, "\"cao_cents\": 0, \"amount_cents\": 144516"));
	poort_free(json);
	assert_int_equal(poort_wage_json(w, POORT_LANG_EN, NULL, NULL), POORT_ERR_NULL);
	assert_int_equal(poort_wage_json(NULL, POORT_LANG_EN, &json, NULL), POORT_ERR_NULL);
	assert_int_equal(poort_wage_json(w, 2, &json, NULL), POORT_ERR_LANG);
	poort_wage_free(w);
	poort_dossier *d = NULL;
	assert_int_equal(poort_dossier_compute(c, D("2026-03-01"), &d), POORT_OK);
	assert_int_equal(poort_dossier_json(d, POORT_LANG_EN, NULL, NULL), POORT_ERR_NULL);
	assert_int_equal(poort_dossier_json(NULL, POORT_LANG_EN, &json, NULL), POORT_ERR_NULL);
	assert_int_equal(poort_dossier_json(d, -1, &json, NULL), POORT_ERR_LANG);
	poort_dossier_free(d);
	poort_case_free(c);
}

/* Spec §4: hours worked during re-integration are paid as wage for work done (100% by
 * default), the continuation percentage applies to the hours not worked. Sick from 1 January
 * 2026, EUR 4 000, 36 h (70% = EUR 2 800, above the floor); 18 h worked 10-20 March. */
static void partial_work_edges(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-01", 400000, 3600);
	assert_int_equal(poort_case_add_partial_work(c, D("2026-03-10"), D("2026-03-20"), 1800), POORT_OK);
	poort_wage *w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_segment_count(w), 3);
	assert_segment(w, 0, "2026-03-01", "2026-03-09", POORT_REGIME_YEAR1, 81290);  /* 2 800 x 9/31 */
	assert_segment(w, 1, "2026-03-10", "2026-03-20", POORT_REGIME_YEAR1, 120645); /* 3 400 x 11/31 */
	assert_segment(w, 2, "2026-03-21", "2026-03-31", POORT_REGIME_YEAR1, 99355);  /* 2 800 x 11/31 */
	for (size_t i = 0; i < 3; i++)
		assert_int_equal(poort_wage_segment_cao(w, i), -1);
	poort_wage_free(w);
	/* a CAO range of 0% covers the worked days too */
	assert_int_equal(poort_case_add_cao(c, 1, 52, 0, 0), POORT_OK);
	w = wage_of(c, "2026-03-10", "2026-03-20");
	assert_int_not_equal(poort_wage_segment_cao(w, 0), -1);
	assert_int_equal(poort_wage_segment_amount(w, 0), 120645);
	poort_wage_free(w);
	poort_case_free(c);
	/* all contract hours worked (header: more than contracted is the error): the full wage */
	c = employee("2026-01-01", 400000, 3600);
	assert_int_equal(poort_case_add_partial_work(c, D("2026-03-10"), D("2026-03-20"), 3600), POORT_OK);
	w = wage_of(c, "2026-03-10", "2026-03-20");
	assert_int_equal(poort_wage_total(w), 141935); /* 4 000 x 11/31 */
	poort_wage_free(w);
	poort_case_free(c);
}

/* Segments are "consecutive days with one regime and one set of amounts, inside one month"
 * (header): a month of year 1 without any change is one segment, also in December, and so is a
 * month of year 2 with a birthday in it (no floor in year 2). The whole case runs from the first
 * day of the month of the first sick day to the end of the month in which it ends. */
static void one_segment_when_nothing_changes(void **state)
{
	(void)state;
	poort_case *c = employee("2026-02-01", 400000, 3600);
	poort_wage *w = wage_of(c, "2026-12-01", "2026-12-31");
	assert_int_equal(poort_wage_segment_count(w), 1);
	poort_wage_free(w);
	poort_case_free(c);
	c = employee("2024-01-01", 400000, 3600);
	assert_int_equal(poort_case_set_birth_date(c, D("1990-03-15")), POORT_OK);
	w = wage_of(c, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_segment_count(w), 1);
	assert_int_equal(poort_wage_segment_regime(w, 0), POORT_REGIME_YEAR2);
	poort_wage_free(w);
	poort_case_free(c);
	c = employee("2026-01-16:2026-02-10", 400000, 3600);
	w = NULL;
	assert_int_equal(poort_wage_compute(c, NULL, POORT_DATE_NONE, POORT_DATE_NONE, &w), POORT_OK);
	assert_int_equal(poort_wage_month_count(w), 2);
	assert_date(poort_wage_month_first(w, 0), "2026-01-01");
	assert_date(poort_wage_month_last(w, 1), "2026-02-28");
	poort_wage_free(w);
	poort_case_free(c);
}

/* The header: the range is first ... last inclusive (one day is a range), both dates in
 * 1900-2199 (POORT_ERR_DATE_RANGE), last not before first (POORT_ERR_PERIOD_ORDER). */
static void wage_range_edges(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-01", 310000, 3600);
	poort_wage *w = wage_of(c, "2026-03-31", "2026-03-31");
	assert_int_equal(poort_wage_segment_count(w), 1);
	assert_int_equal(poort_wage_total(w), 7402); /* floor 2 294,76 / 31 = 74,024 */
	poort_wage_free(w);
	assert_int_equal(poort_wage_compute(c, NULL, D("2026-03-31"), D("2026-03-30"), &w),
			 POORT_ERR_PERIOD_ORDER);
	assert_null(w);
	assert_int_equal(poort_wage_compute(c, NULL, D("2199-12-01"), 84006, &w), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_wage_compute(c, NULL, -25568, D("1900-01-31"), &w), POORT_ERR_DATE_RANGE);
	poort_case_free(c);
}

/* Spec §2 and §4: in a merged case the year of sickness follows the count of sick days, gap
 * days skipped. Sick 1-31 January 2026, fit 1-10 February, sick again from 11 February (day
 * 32): sick day 364 is 11 February + 332 = 9 January 2027. */
static void wage_years_of_a_merged_case(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-01-31", "2026-02-11", NULL});
	assert_int_equal(poort_case_set_wage(c, 300000, 3600), POORT_OK);
	assert_runs(c, "2026-01-25", "2026-02-15", (const struct run[]){{"2026-01-25", POORT_REGIME_YEAR1},
		{"2026-02-01", POORT_REGIME_NOT_SICK}, {"2026-02-11", POORT_REGIME_YEAR1}}, 3);
	assert_runs(c, "2027-01-01", "2027-01-31", (const struct run[]){{"2027-01-01", POORT_REGIME_YEAR1},
		{"2027-01-10", POORT_REGIME_YEAR2}}, 2);
	poort_case_free(c);
}

/* The header's ranges for the employee settings, at both ends; a rejected call keeps the
 * case as it was (REJECTS), a call that succeeds leaves no message (ACCEPTS). */

static void employee_setting_ranges(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	ACCEPTS(c, poort_case_set_wage(c, POORT_MAX_WAGE_CENTS, 1));
	REJECTS(c, POORT_ERR_WAGE, poort_case_set_wage(c, POORT_MAX_WAGE_CENTS + 1, 3600), "");
	ACCEPTS(c, poort_case_set_wage(c, 300000, 16800));
	REJECTS(c, POORT_ERR_HOURS, poort_case_set_wage(c, 300000, 0), "");
	REJECTS(c, POORT_ERR_HOURS, poort_case_set_wage(c, 300000, 16801), "");
	REJECTS(c, POORT_ERR_WAGE, poort_case_set_wage(c, -1, 3600), "");
	ACCEPTS(c, poort_case_set_birth_date(c, D("1990-05-01")));
	REJECTS(c, POORT_ERR_AGE, poort_case_set_age(c, 121), "");
	REJECTS(c, POORT_ERR_AGE, poort_case_set_age(c, -2), "");
	ACCEPTS(c, poort_case_set_age(c, 120));
	ACCEPTS(c, poort_case_set_age(c, 0));
	REJECTS(c, POORT_ERR_WAITING_DAYS, poort_case_set_waiting_days(c, 3), "");
	REJECTS(c, POORT_ERR_WAITING_DAYS, poort_case_set_waiting_days(c, -1), "");
	ACCEPTS(c, poort_case_set_waiting_days(c, 2));
	ACCEPTS(c, poort_case_set_waiting_days(c, 0));
	REJECTS(c, POORT_ERR_HOURS, poort_case_set_fulltime_hours(c, 0), "");
	ACCEPTS(c, poort_case_set_fulltime_hours(c, 1));
	ACCEPTS(c, poort_case_set_fulltime_hours(c, 16800));
	REJECTS(c, POORT_ERR_PERCENT, poort_case_set_extension_percent(c, POORT_MAX_PERCENT + 1), "");
	REJECTS(c, POORT_ERR_PERCENT, poort_case_set_partial_pay(c, -1), "");
	ACCEPTS(c, poort_case_set_extension_percent(c, POORT_MAX_PERCENT));
	ACCEPTS(c, poort_case_set_partial_pay(c, 0));
	REJECTS(c, POORT_ERR_CAO_WEEKS, poort_case_add_cao(c, 0, 10, 10000, 0), "");
	REJECTS(c, POORT_ERR_CAO_WEEKS, poort_case_add_cao(c, 100, 157, 10000, 0), "");
	REJECTS(c, POORT_ERR_CAO_WEEKS, poort_case_add_cao(c, 11, 10, 10000, 0), "");
	REJECTS(c, POORT_ERR_ARGUMENT, poort_case_add_cao(c, 1, 10, 10000, 2), "");
	REJECTS(c, POORT_ERR_PERCENT, poort_case_add_cao(c, 1, 10, POORT_MAX_PERCENT + 1, 0), "");
	ACCEPTS(c, poort_case_add_cao(c, 10, 10, POORT_MAX_PERCENT, 1));
	ACCEPTS(c, poort_case_add_cao(c, 156, 156, 0, 0));
	ACCEPTS(c, poort_case_add_cao(c, 1, 9, 10000, 0)); /* adjacent to week 10 */
	REJECTS(c, POORT_ERR_CAO_OVERLAP, poort_case_add_cao(c, 9, 9, 10000, 0), "");
	REJECTS(c, POORT_ERR_CAO_OVERLAP, poort_case_add_cao(c, 10, 20, 10000, 0), "");
	ACCEPTS(c, poort_case_add_partial_work(c, D("2026-03-01"), D("2026-03-01"), 1));
	REJECTS(c, POORT_ERR_PERIOD_OVERLAP, poort_case_add_partial_work(c, D("2026-02-20"), D("2026-03-01"), 100), "");
	REJECTS(c, POORT_ERR_PERIOD_ORDER, poort_case_add_partial_work(c, D("2026-04-02"), D("2026-04-01"), 100), "");
	REJECTS(c, POORT_ERR_HOURS, poort_case_add_partial_work(c, D("2026-04-01"), D("2026-04-02"), 0), "");
	ACCEPTS(c, poort_case_add_partial_work(c, D("2026-02-28"), D("2026-02-28"), 16800));
	ACCEPTS(c, poort_case_add_partial_work(c, D("2026-03-02"), D("2026-03-02"), 100));
	REJECTS(c, POORT_ERR_PERIOD_OVERLAP, poort_case_add_partial_work(c, D("2026-03-02"), D("2026-03-05"), 100), "");
	REJECTS(c, POORT_ERR_DATE_RANGE, poort_case_add_partial_work(c, D("2026-04-01"), 84006, 100), "");
	REJECTS(c, POORT_ERR_DATE_RANGE, poort_case_add_partial_work(c, -25568, D("2026-04-01"), 100), "");
	poort_case_free(c);
}

/* Spec §4 (partial work), periods given in any order: 18 of 36 h worked 5-10 and 20-25 March
 * 2026, added the later one first; the hours not worked at 70% of EUR 4 000. */
static void partial_work_in_any_order(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-01", 400000, 3600);
	ACCEPTS(c, poort_case_add_partial_work(c, D("2026-03-20"), D("2026-03-25"), 1800));
	ACCEPTS(c, poort_case_add_partial_work(c, D("2026-03-05"), D("2026-03-10"), 1800));
	poort_wage *w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_segment_count(w), 5);
	assert_segment(w, 0, "2026-03-01", "2026-03-04", POORT_REGIME_YEAR1, 36129); /* 2 800 x 4/31 */
	assert_segment(w, 1, "2026-03-05", "2026-03-10", POORT_REGIME_YEAR1, 65806); /* 3 400 x 6/31 */
	assert_segment(w, 2, "2026-03-11", "2026-03-19", POORT_REGIME_YEAR1, 81290); /* 2 800 x 9/31 */
	assert_segment(w, 3, "2026-03-20", "2026-03-25", POORT_REGIME_YEAR1, 65806);
	assert_segment(w, 4, "2026-03-26", "2026-03-31", POORT_REGIME_YEAR1, 54194); /* 2 800 x 6/31 */
	poort_wage_free(w);
	poort_case_free(c);
}

/* The header: a fixed age replaces the birth date, -1 removes the age (and not the birth
 * date), POORT_DATE_NONE removes the AOW date; CAO ranges of single weeks fill weeks 1-156;
 * a range may not end in the first week of another; clearing the schedule removes it. */
static void employee_setting_order(void **state)
{
	(void)state;
	/* born 29 March 2005: 20 in January 2026, youth floor 11,77 x 36 x 13/3 = EUR 1 836,12 */
	poort_case *c = employee("2026-01-01", 100000, 3600);
	ACCEPTS(c, poort_case_set_birth_date(c, D("2005-03-29")));
	ACCEPTS(c, poort_case_set_age(c, -1)); /* no age to remove: the birth date stays */
	poort_wage *w = wage_of(c, "2026-01-01", "2026-01-31");
	assert_int_equal(poort_wage_total(w), 183612);
	poort_wage_free(w);
	ACCEPTS(c, poort_case_set_age(c, 0));
	ACCEPTS(c, poort_case_set_age(c, -1)); /* the age 0 had replaced the birth date: adult */
	w = wage_of(c, "2026-01-01", "2026-01-31");
	assert_int_equal(poort_wage_total(w), 229476);
	poort_wage_free(w);
	ACCEPTS(c, poort_case_set_aow_date(c, D("2026-01-05")));
	ACCEPTS(c, poort_case_set_aow_date(c, POORT_DATE_NONE));
	REJECTS(c, POORT_ERR_DATE_RANGE, poort_case_set_aow_date(c, 84006), "");
	w = wage_of(c, "2026-03-01", "2026-03-31"); /* no AOW date: still year 1 */
	assert_int_equal(poort_wage_segment_regime(w, 0), POORT_REGIME_YEAR1);
	poort_wage_free(w);
	for (int32_t week = 156; week >= 1; week--)
		ACCEPTS(c, poort_case_add_cao(c, week, week, week < 53 ? 10000 : 8000, 0));
	ACCEPTS(c, poort_case_clear_cao(c));
	ACCEPTS(c, poort_case_add_cao(c, 10, 10, 10000, 0));
	REJECTS(c, POORT_ERR_CAO_OVERLAP, poort_case_add_cao(c, 5, 10, 10000, 0), "");
	REJECTS(c, POORT_ERR_CAO_WEEKS, poort_case_add_cao(c, 5, 4, 10000, 0), "");
	ACCEPTS(c, poort_case_clear_cao(c));
	w = wage_of(c, "2026-03-01", "2026-03-31");
	assert_int_equal(poort_wage_segment_cao(w, 0), -1);
	poort_wage_free(w);
	poort_case_free(c);
}

/* The header: poort_wage_totals gives each case the total poort_wage_compute gives it - also
 * with waiting days, days not sick, and days after the wage obligation ended. */
static void batch_totals_match(void **state)
{
	(void)state;
	poort_case *cases[3];
	cases[0] = employee("2026-01-16:2026-02-10", 400000, 3600);
	assert_int_equal(poort_case_set_waiting_days(cases[0], 2), POORT_OK);
	cases[1] = employee("2026-01-01", 300000, 3600);
	assert_int_equal(poort_case_set_employment_end(cases[1], D("2026-02-10")), POORT_OK);
	cases[2] = employee("2024-01-01", 300000, 3600);
	int64_t totals[3];
	int32_t statuses[3];
	assert_int_equal(poort_wage_totals(cases, 3, NULL, D("2026-01-01"), D("2026-03-31"), totals,
					   statuses), 0);
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(statuses[i], POORT_OK);
		poort_wage *w = wage_of(cases[i], "2026-01-01", "2026-03-31");
		assert_int_equal(totals[i], poort_wage_total(w));
		poort_wage_free(w);
	}
	/* a case that fails counts once, with total 0 and its status; NULL arrays are refused */
	poort_case *none = poort_case_new();
	assert_int_equal(poort_case_set_wage(none, 300000, 3600), POORT_OK);
	poort_case *mixed[2] = {cases[0], none};
	assert_int_equal(poort_wage_totals(mixed, 2, NULL, D("2026-01-01"), D("2026-03-31"), totals,
					   statuses), 1);
	assert_int_equal(statuses[0], POORT_OK);
	assert_int_equal(statuses[1], POORT_ERR_NO_PERIODS);
	assert_int_equal(totals[1], 0);
	int32_t d1 = D("2026-01-01"), d2 = D("2026-03-31");
	assert_int_equal(poort_wage_totals(NULL, 1, NULL, d1, d2, totals, statuses), POORT_ERR_NULL);
	assert_int_equal(poort_wage_totals(mixed, 1, NULL, d1, d2, NULL, statuses), POORT_ERR_NULL);
	assert_int_equal(poort_wage_totals(mixed, 1, NULL, d1, d2, totals, NULL), POORT_ERR_NULL);
	assert_int_equal(poort_wage_totals(NULL, 0, NULL, d1, d2, NULL, NULL), 0);
	poort_case_free(none);
	for (size_t i = 0; i < 3; i++)
		poort_case_free(cases[i]);
}

/* Spec §4: money is rounded half away from zero, once per segment. April 2026 has 30 days;
 * sick from the 16th, so each half of the month is 15/30 of the monthly amount. Year 1, 36 h:
 * floor EUR 14,71 x 36 x 13/3 = EUR 2 294,76, below 70% of these wages. */
static void exact_half_cents(void **state)
{
	(void)state;
	poort_case *c = employee("2026-04-16", 400011, 3600);
	poort_wage *w = wage_of(c, "2026-04-01", "2026-04-30");
	assert_int_equal(poort_wage_segment_count(w), 2);
	assert_segment(w, 0, "2026-04-01", "2026-04-15", POORT_REGIME_NOT_SICK, 200006); /* 200 005,5 */
	assert_segment(w, 1, "2026-04-16", "2026-04-30", POORT_REGIME_YEAR1, 140004);    /* 140 003,85 */
	/* header: the month has the regime of its longest segment, the later one on a tie */
	assert_int_equal(poort_wage_month_regime(w, 0), POORT_REGIME_YEAR1);
	assert_int_equal(poort_wage_month_percent(w, 0), 7000);
	poort_wage_free(w);
	poort_case_free(c);
	c = employee("2026-04-16", 400010, 3600);
	w = wage_of(c, "2026-04-01", "2026-04-30");
	assert_segment(w, 0, "2026-04-01", "2026-04-15", POORT_REGIME_NOT_SICK, 200005); /* exact */
	assert_segment(w, 1, "2026-04-16", "2026-04-30", POORT_REGIME_YEAR1, 140004);    /* 140 003,5 */
	poort_wage_free(w);
	poort_case_free(c);
}

/* Spec §4: days in a voluntary extension are paid as agreed, 70% by default (WIA art. 24).
 * Sick from 1 January 2024: sick day 728 is 28 December 2025; extended to 30 June 2026.
 * EUR 3 000 a month is far below the Wfsv cap; there is no floor outside year 1. */
static void extension_percentage(void **state)
{
	(void)state;
	static const struct {
		int32_t percent;
		int64_t amount;
	} v[] = {{-1, 210000}, {8000, 240000}, {10000, 300000}, {5000, 150000}};
	for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
		poort_case *c = employee("2024-01-01", 300000, 3600);
		assert_int_equal(poort_case_set_extension(c, D("2026-06-30")), POORT_OK);
		if (v[k].percent >= 0)
			assert_int_equal(poort_case_set_extension_percent(c, v[k].percent), POORT_OK);
		poort_wage *w = wage_of(c, "2026-03-01", "2026-03-31");
		assert_int_equal(poort_wage_segment_count(w), 1);
		assert_segment(w, 0, "2026-03-01", "2026-03-31", POORT_REGIME_EXTENSION, v[k].amount);
		assert_int_equal(poort_wage_segment_percent(w, 0), v[k].percent >= 0 ? v[k].percent : 7000);
		poort_wage_free(w);
		/* the extension ends on its last day */
		w = wage_of(c, "2026-06-30", "2026-07-01");
		assert_int_equal(poort_wage_segment_regime(w, 0), POORT_REGIME_EXTENSION);
		assert_int_equal(poort_wage_segment_regime(w, 1), POORT_REGIME_ENDED);
		assert_int_equal(poort_wage_segment_amount(w, 1), 0);
		poort_wage_free(w);
		poort_case_free(c);
	}
}

/* Spec §4: the amount paid is the larger of the statutory amount and the CAO amount, so a
 * CAO below 70% never lowers it; the 170% warning is for a schedule that exceeds 170% over
 * the two years, where a week below 70% still pays the statutory 70%. Sick from 1 January
 * 2024: 1 March 2025 is sick day 426 (week 61), year 2. */
static void cao_below_70_percent(void **state)
{
	(void)state;
	poort_case *c = employee("2024-01-01", 300000, 3600);
	assert_int_equal(poort_case_add_cao(c, 53, 104, 6000, 0), POORT_OK);
	poort_wage *w = wage_of(c, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_segment_count(w), 1);
	assert_segment(w, 0, "2025-03-01", "2025-03-31", POORT_REGIME_YEAR2, 210000); /* 70% */
	assert_int_equal(poort_wage_segment_statutory(w, 0), 210000);
	assert_int_equal(poort_wage_segment_cao(w, 0), 180000); /* 60% */
	assert_int_equal(poort_wage_segment_percent(w, 0), 7000);
	assert_int_equal(poort_wage_flags(w), 0); /* no floor, cap or warning */
	poort_wage_free(w);
	/* 100% in year 1 and (at least) 70% in year 2 is exactly 170%: no warning */
	assert_int_equal(poort_case_add_cao(c, 1, 52, 10000, 0), POORT_OK);
	w = wage_of(c, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_flags(w) & POORT_FLAG_CAO_170, 0);
	assert_int_equal(poort_wage_segment_cao(w, 0), 180000); /* the range added first is kept */
	poort_wage_free(w);
	poort_case_free(c);
	/* one basis point more in one week of year 2 is above 170%, even with weeks below 70%
	 * after it (they still pay 70%) */
	c = employee("2024-01-01", 300000, 3600);
	assert_int_equal(poort_case_add_cao(c, 1, 52, 10000, 0), POORT_OK);
	assert_int_equal(poort_case_add_cao(c, 53, 53, 7001, 0), POORT_OK);
	assert_int_equal(poort_case_add_cao(c, 54, 60, 6000, 0), POORT_OK);
	w = wage_of(c, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_flags(w) & POORT_FLAG_CAO_170, POORT_FLAG_CAO_170);
	poort_wage_free(w);
	poort_case_free(c);
	/* ... and in every week of it */
	c = employee("2024-01-01", 300000, 3600);
	assert_int_equal(poort_case_add_cao(c, 1, 52, 10000, 0), POORT_OK);
	assert_int_equal(poort_case_add_cao(c, 53, 104, 7001, 0), POORT_OK);
	w = wage_of(c, "2025-03-01", "2025-03-31");
	assert_int_equal(poort_wage_flags(w) & POORT_FLAG_CAO_170, POORT_FLAG_CAO_170);
	poort_wage_free(w);
	poort_case_free(c);
}

/* ================================================================= parameters */

/* Spec §4.1: the adult hourly minimum wage per half year, on the first and last day of each
 * row; youth rates are 80/60/50/39,5/34,5/30% for ages 20 ... 15, rounded half up to a cent
 * (18 on 1 January 2026: 14,71 x 50% = 7,355 -> 7,36). Before 2024 there is no hourly row. */
static void hourly_minimum_wage_rows(void **state)
{
	(void)state;
	static const struct {
		const char *date;
		int64_t cents;
	} adult[] = {
		{"2024-01-01", 1327}, {"2024-06-30", 1327}, {"2024-07-01", 1368}, {"2024-12-31", 1368},
		{"2025-01-01", 1406}, {"2025-06-30", 1406}, {"2025-07-01", 1440}, {"2025-12-31", 1440},
		{"2026-01-01", 1471},
	};
	for (size_t i = 0; i < sizeof adult / sizeof *adult; i++) {
		assert_int_equal(poort_params_min_wage_hour(NULL, D(adult[i].date), 21), adult[i].cents);
		assert_int_equal(poort_params_min_wage_hour(NULL, D(adult[i].date), 120), adult[i].cents);
	}
	static const int64_t youth[] = {441, 507, 581, 736, 883, 1177}; /* ages 15 ... 20 */
	for (int32_t age = 15; age <= 20; age++)
		assert_int_equal(poort_params_min_wage_hour(NULL, D("2026-01-01"), age), youth[age - 15]);
	/* no rate under 15 (spec §4.1 starts at 15), but 0 ... 14 are ages, not errors */
	assert_int_equal(poort_params_min_wage_hour(NULL, D("2026-01-01"), 14), 0);
	assert_int_equal(poort_params_min_wage_hour(NULL, D("2026-01-01"), 0), 0);
	assert_int_equal(poort_params_min_wage_hour(NULL, D("2023-12-31"), 21), POORT_ERR_TABLE_RANGE);
	assert_int_equal(poort_params_min_wage_hour(NULL, D("2026-01-01"), -1), POORT_ERR_AGE);
	assert_int_equal(poort_params_min_wage_hour(NULL, D("2026-01-01"), 121), POORT_ERR_AGE);
}

/* Spec §4 and §4.1: before 2024 the floor is the full-time monthly minimum wage (40 hours,
 * pro rata), by age, as published for 1 January 2023 (Besluit van 3 oktober 2022, Stb. 2022,
 * 381; taxence.nl "Minimumloon per 1 januari 2023") and 1 July 2023 (sigmapersoneel.nl
 * "Minimumloon 2023"). A 40-hour employee earning EUR 100 gets exactly that amount in a whole
 * month of year 1. A sick day before the oldest row is an error. */
static void monthly_minimum_wage_2023(void **state)
{
	(void)state;
	static const int64_t january[] = {193440, 154750, 116065, 96720, 76410, 66735, 58030};
	static const int64_t july[] = {199500, 159600, 119700, 99750, 78805, 68830, 59850};
	for (int32_t k = 0; k < 7; k++) { /* 21 and older, 20, 19, ... 15 */
		poort_case *c = employee("2023-01-01", 10000, 4000);
		assert_int_equal(poort_case_set_age(c, k ? 21 - k : 30), POORT_OK);
		poort_wage *w = wage_of(c, "2023-06-01", "2023-07-31");
		assert_int_equal(poort_wage_month_count(w), 2);
		assert_int_equal(poort_wage_month_amount(w, 0), january[k]);
		assert_int_equal(poort_wage_month_amount(w, 1), july[k]);
		poort_wage_free(w);
		poort_case_free(c);
	}
	poort_case *c = employee("2023-01-01", 10000, 4000);
	poort_wage *w = wage_of(c, "2023-01-01", "2023-01-31");
	assert_int_equal(poort_wage_total(w), 193440);
	poort_wage_free(w);
	poort_case_free(c);
	/* with a Wfsv row for 2022, the minimum wage table is the one that ends on 1 January */
	poort_params *p = poort_params_new();
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2022, 25000), POORT_OK);
	c = employee("2022-12-31", 10000, 4000);
	assert_int_equal(poort_wage_compute(c, p, D("2022-12-31"), D("2023-01-31"), &w),
			 POORT_ERR_TABLE_RANGE);
	assert_int_equal(poort_wage_compute(c, p, D("2023-01-01"), D("2023-01-31"), &w), POORT_OK);
	poort_wage_free(w);
	poort_case_free(c);
	poort_params_free(p);
}

/* The header: hosts add rows; an hourly row from 2024-01-01 on, 1 ... 100000 cents, one row
 * per date; a Wfsv row for a year 1900-2199, 1 ... 10000000 cents. A rejected row changes
 * nothing; an added row is used from its date. */
static void added_rows(void **state)
{
	(void)state;
	poort_params *p = poort_params_new();
	assert_non_null(p);
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2023-12-31"), 1500), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2026-03-01"), 0), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2026-03-01"), 100001), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2025-01-01"), 1500), POORT_ERR_DUPLICATE);
	assert_int_equal(poort_params_min_wage_hour(p, D("2026-03-01"), 21), 1471);
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2026-03-01"), 100000), POORT_OK);
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2024-03-01"), 1), POORT_OK); /* between rows */
	assert_int_equal(poort_params_min_wage_hour(p, D("2026-02-28"), 21), 1471);
	assert_int_equal(poort_params_min_wage_hour(p, D("2026-03-01"), 21), 100000);
	assert_int_equal(poort_params_min_wage_hour(p, D("2024-02-29"), 21), 1327);
	assert_int_equal(poort_params_min_wage_hour(p, D("2024-03-01"), 21), 1);
	assert_int_equal(poort_params_min_wage_hour(p, D("2024-07-01"), 21), 1368);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 1899, 30000), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2200, 30000), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2030, 0), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2030, 10000001), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2199, 10000000), POORT_OK);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 1900, 1), POORT_OK);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 1900, 2), POORT_ERR_DUPLICATE);
	assert_int_equal(poort_params_wfsv_max_day(p, D("1900-06-01")), 1);
	assert_int_equal(poort_params_wfsv_max_day(p, D("2199-06-01")), 10000000);
	/* the built-in years between them are found as before */
	for (int32_t y = 2023; y <= 2026; y++)
		assert_int_equal(poort_params_wfsv_max_day(p, day_number_of(y, 6, 1)),
				 poort_params_wfsv_max_day(NULL, day_number_of(y, 6, 1)));
	/* 2024-01-01 is the first built-in row: a duplicate, not a date before 2024 */
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2024-01-01"), 1500), POORT_ERR_DUPLICATE);
	assert_string_not_equal(poort_params_errmsg(p), "");
	/* a call that succeeds leaves no message (header) */
	assert_int_equal(poort_params_add_min_wage_hour(p, D("2027-01-01"), 10000), POORT_OK);
	assert_string_equal(poort_params_errmsg(p), "");
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2030, 0), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_params_add_wfsv_max_day(p, 2030, 40000), POORT_OK);
	assert_string_equal(poort_params_errmsg(p), "");
	/* youth rates of EUR 100,00 an hour: the percentages exactly (spec §4.1) */
	static const int64_t youth[] = {3000, 3450, 3950, 5000, 6000, 8000}; /* ages 15 ... 20 */
	for (int32_t age = 15; age <= 20; age++)
		assert_int_equal(poort_params_min_wage_hour(p, D("2027-01-01"), age), youth[age - 15]);
	poort_params_free(p);
}

/* =================================================================== calendar */

static size_t count(const char *text, const char *needle)
{
	size_t n = 0;
	for (const char *p = strstr(text, needle); p; p = strstr(p + 1, needle))
		n++;
	return n;
}

/* The feed of case c with an alarm, regenerated from previous when it is not NULL. */
static char *feed_of(poort_case *c, int64_t dtstamp, int32_t alarm_days, const char *previous)
{
	poort_feed *f = poort_feed_new();
	assert_non_null(f);
	assert_int_equal(poort_feed_set_dtstamp(f, dtstamp), POORT_OK);
	assert_int_equal(poort_feed_set_alarm_days(f, alarm_days), POORT_OK);
	if (previous)
		assert_int_equal(poort_feed_set_previous(f, previous, strlen(previous)), POORT_OK);
	char *out = NULL;
	size_t len = 0;
	int32_t st = poort_case_ics(c, f, &out, &len);
	if (st != POORT_OK)
		fail_msg("feed: %s: %s", poort_status_str(st), poort_feed_errmsg(f));
	poort_feed_free(f);
	char *copy = strndup_for_test(out, len);
	poort_free(out);
	return copy;
}

/* Replace every `from` in text by `to` (a new string). */
static char *replaced(const char *text, const char *from, const char *to)
{
	size_t n = count(text, from), lf = strlen(from), lt = strlen(to);
	char *out = malloc(strlen(text) + n * lt + 1), *o = out;
	for (const char *p = text, *q; ; p = q + lf) {
		q = strstr(p, from);
		size_t k = q ? (size_t)(q - p) : strlen(p);
		memcpy(o, p, k);
		o += k;
		if (!q)
			break;
		memcpy(o, to, lt);
		o += lt;
	}
	*o = '\0';
	return out;
}

/* Header (regeneration): an unchanged event keeps its SEQUENCE, a changed one gets
 * SEQUENCE + 1. RFC 5545 3.3.6: a duration of one week (-P1W), as another producer may
 * write the alarm, is the same as seven days (-P7D); a different number of alarm days is a
 * change of every event. */
static void alarm_days_in_regeneration(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_id(c, "zaak1"), POORT_OK);
	const int64_t t0 = (int64_t)D("2026-01-05") * 86400, t1 = t0 + 3600;
	char *first = feed_of(c, t0, 7, NULL);
	size_t events = count(first, "BEGIN:VEVENT");
	assert_true(events > 10);
	assert_int_equal(count(first, "TRIGGER:-P7D\r\n"), events);
	assert_int_equal(count(first, "SEQUENCE:0\r\n"), events);

	char *weeks = replaced(first, "TRIGGER:-P7D\r\n", "TRIGGER:-P1W\r\n");
	char *same = feed_of(c, t1, 7, weeks);
	assert_int_equal(count(same, "BEGIN:VEVENT"), events);
	assert_int_equal(count(same, "SEQUENCE:0\r\n"), events);
	assert_int_equal(count(same, "LAST-MODIFIED"), 0);

	char *longer = feed_of(c, t1, 14, first);
	assert_int_equal(count(longer, "BEGIN:VEVENT"), events);
	assert_int_equal(count(longer, "SEQUENCE:1\r\n"), events);
	assert_int_equal(count(longer, "TRIGGER:-P14D\r\n"), events);
	char *two_weeks = replaced(longer, "TRIGGER:-P14D\r\n", "TRIGGER:-P2W\r\n");
	char *back = feed_of(c, t1 + 3600, 7, two_weeks); /* 14 days back to 7: changed again */
	assert_int_equal(count(back, "SEQUENCE:2\r\n"), events);
	char *none = feed_of(c, t1 + 3600, 0, first); /* the alarm removed: changed */
	assert_int_equal(count(none, "SEQUENCE:1\r\n"), events);
	assert_int_equal(count(none, "BEGIN:VALARM"), 0);
	free(first);
	free(weeks);
	free(same);
	free(longer);
	free(two_weeks);
	free(back);
	free(none);
	poort_case_free(c);
}

/* The header's ranges for the feed settings, at both ends. DTSTAMP: 1900-2199 in seconds,
 * 1900-01-01T00:00:00Z = -25 567 days x 86 400 s, 2199-12-31T23:59:59Z = 84 006 x 86 400 - 1. */
static void feed_setting_ranges(void **state)
{
	(void)state;
	poort_feed *f = poort_feed_new();
	assert_int_equal(poort_feed_set_dtstamp(f, -2208988800LL), POORT_OK);
	assert_string_equal(poort_feed_errmsg(f), "");
	assert_int_equal(poort_feed_set_dtstamp(f, -2208988801LL), POORT_ERR_DATE_RANGE);
	assert_string_not_equal(poort_feed_errmsg(f), "");
	assert_int_equal(poort_feed_set_dtstamp(f, 7258118399LL), POORT_OK);
	assert_string_equal(poort_feed_errmsg(f), "");
	assert_int_equal(poort_feed_set_dtstamp(f, 7258118400LL), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_feed_set_dtstamp(f, INT64_MAX), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_feed_set_dtstamp(f, INT64_MIN + 86400), POORT_ERR_DATE_RANGE);
	assert_int_equal(poort_feed_set_lang(f, 2), POORT_ERR_LANG);
	assert_int_equal(poort_feed_set_lang(f, -1), POORT_ERR_LANG);
	assert_int_equal(poort_feed_set_lang(f, POORT_LANG_EN), POORT_OK);
	assert_int_equal(poort_feed_set_alarm_days(f, -1), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_alarm_days(f, 366), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_alarm_days(f, 365), POORT_OK);
	assert_int_equal(poort_feed_set_alarm_days(f, 0), POORT_OK);
	assert_int_equal(poort_feed_set_reminder_events(f, 2), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_reminder_events(f, -1), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_refresh_hours(f, 0), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_refresh_hours(f, 8761), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_refresh_hours(f, 1), POORT_OK);
	assert_int_equal(poort_feed_set_refresh_hours(f, 8760), POORT_OK);
	assert_int_equal(poort_feed_set_include(f, 4), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_include(f, -1), POORT_ERR_ARGUMENT);
	assert_int_equal(poort_feed_set_include(f, POORT_FEED_DOSSIER | POORT_FEED_WAGE), POORT_OK);
	assert_int_equal(poort_feed_set_include(f, 0), POORT_OK);
	/* reminder events need alarm days above 0, checked when the feed begins */
	assert_int_equal(poort_feed_set_reminder_events(f, 1), POORT_OK);
	assert_int_equal(poort_feed_begin(f, NULL, NULL), POORT_ERR_FEED_STATE);
	assert_int_equal(poort_feed_set_alarm_days(f, 1), POORT_OK);
	assert_int_equal(poort_feed_begin(f, NULL, NULL), POORT_OK);
	/* settings only before poort_feed_begin */
	assert_int_equal(poort_feed_set_alarm_days(f, 2), POORT_ERR_FEED_STATE);
	assert_int_equal(poort_feed_set_name(f, "x"), POORT_ERR_FEED_STATE);
	poort_feed_free(f);
	assert_int_equal(poort_feed_event_count(NULL), -1);
}

/* The header: the UID domain is 1-253 bytes of [A-Za-z0-9.-]; the calendar name 1-200 bytes
 * of UTF-8 without control characters. UTF-8 as RFC 3629 section 4 defines it: no overlong
 * forms (C0, C1, E0 80-9F, F0 80-8F), no surrogates (ED A0-BF), nothing above U+10FFFF
 * (F4 90-BF, F5-FF), no cut-off sequence; DEL (7F) is a control character. */
static void feed_texts(void **state)
{
	(void)state;
	poort_feed *f = poort_feed_new();
	char text[260];
	memset(text, 'a', sizeof text);
	text[253] = '\0';
	assert_int_equal(poort_feed_set_uid_domain(f, text), POORT_OK);
	text[253] = 'a';
	text[254] = '\0';
	assert_int_equal(poort_feed_set_uid_domain(f, text), POORT_ERR_TEXT);
	assert_int_equal(poort_feed_set_uid_domain(f, ""), POORT_ERR_TEXT);
	assert_int_equal(poort_feed_set_uid_domain(f, "azAZ09.-"), POORT_OK);
	static const char *const bad_domain[] = {"a_b", "a@b", "a{", "a`", "A[", "A@", "0/", "9:", "a b"};
	for (size_t i = 0; i < sizeof bad_domain / sizeof *bad_domain; i++)
		assert_int_equal(poort_feed_set_uid_domain(f, bad_domain[i]), POORT_ERR_TEXT);
	text[200] = '\0';
	assert_int_equal(poort_feed_set_name(f, text), POORT_OK);
	text[200] = 'a';
	text[201] = '\0';
	assert_int_equal(poort_feed_set_name(f, text), POORT_ERR_TEXT);
	assert_int_equal(poort_feed_set_name(f, ""), POORT_ERR_TEXT);
	static const char *const good[] = {"\xc2\x80", "\xdf\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf",
					   "\xee\x80\x80", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf", "~"};
	for (size_t i = 0; i < sizeof good / sizeof *good; i++)
		if (poort_feed_set_name(f, good[i]) != POORT_OK)
			fail_msg("good UTF-8 %zu refused", i);
	static const char *const bad[] = {"\xc0\x80", "\xc1\xbf", "\xe0\x9f\xbf", "\xed\xa0\x80",
					  "\xf0\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
					  "\xe2\x82", "a\xe2\x82", "\xc2", "\xc2\x41", "\xe2\x41\x80",
					  "\xf0\x90\x80\x41", "\x80", "\x7f", "a\tb", "\x1f"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		if (poort_feed_set_name(f, bad[i]) != POORT_ERR_TEXT)
			fail_msg("bad UTF-8 %zu accepted", i);
	poort_feed_free(f);
}

/* The header: an explanation is written with snprintf semantics: the full length is returned
 * whatever the size, at most size bytes are written (always NUL-terminated when size > 0),
 * and buf may be NULL when size is 0. */
typedef int32_t (*explain_fn)(const void *obj, size_t i, int32_t lang, char *buf, size_t size);

static int32_t milestone_explain(const void *t, size_t i, int32_t lang, char *buf, size_t size)
{
	return poort_milestone_explain(t, i, lang, buf, size);
}

static int32_t segment_explain(const void *w, size_t i, int32_t lang, char *buf, size_t size)
{
	return poort_wage_segment_explain(w, i, lang, buf, size);
}

static int32_t month_explain(const void *w, size_t i, int32_t lang, char *buf, size_t size)
{
	return poort_wage_month_explain(w, i, lang, buf, size);
}

static void assert_snprintf_semantics(explain_fn fn, const void *obj, size_t i)
{
	char full[2048], mem[2100];
	int32_t n = fn(obj, i, POORT_LANG_NL, NULL, 0);
	assert_true(n > 0 && (size_t)n < sizeof full);
	assert_int_equal(fn(obj, i, POORT_LANG_NL, full, sizeof full), n);
	assert_int_equal(strlen(full), n);
	const size_t sizes[] = {1, 2, 7, (size_t)n, (size_t)n + 1};
	for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
		memset(mem, '#', sizeof mem);
		assert_int_equal(fn(obj, i, POORT_LANG_NL, mem + 1, sizes[k]), n);
		size_t kept = sizes[k] - 1 < (size_t)n ? sizes[k] - 1 : (size_t)n;
		assert_memory_equal(mem + 1, full, kept);
		assert_int_equal(mem[1 + kept], '\0');
		assert_int_equal(mem[0], '#');
		assert_int_equal(mem[1 + sizes[k]], '#');
	}
}

/* Explanations show hours as on a payslip: whole, one decimal or two ("32", "32,5", "32,25"),
 * and say why a milestone does not apply. */
static void explanation_details(void **state)
{
	(void)state;
	static const struct {
		int32_t hours;
		const char *text;
	} v[] = {{3200, "for 32 h at"}, {3250, "for 32,5 h at"}, {3225, "for 32,25 h at"}};
	for (size_t k = 0; k < 3; k++) {
		poort_case *c = employee("2026-01-01", 100000, v[k].hours);
		poort_wage *w = wage_of(c, "2026-03-01", "2026-03-31");
		char text[512];
		assert_true(poort_wage_segment_explain(w, 0, POORT_LANG_EN, text, sizeof text) > 0);
		if (!strstr(text, v[k].text))
			fail_msg("\"%s\" lacks \"%s\"", text, v[k].text);
		poort_wage_free(w);
		poort_case_free(c);
	}
	/* employment that ended after the recovery: the report does not apply, and says why */
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-03-01", NULL});
	assert_int_equal(poort_case_set_employment_end(c, D("2026-05-01")), POORT_OK);
	poort_timeline *t = compute(c, "2026-06-01");
	size_t i = find(t, "EINDE_DIENSTVERBAND_MELDING", 0);
	assert_int_equal(poort_milestone_status(t, i), POORT_STATUS_NOT_APPLICABLE);
	assert_non_null(strstr(explain(t, i, POORT_LANG_EN), "not applicable"));
	i = find(t, "PROBLEEMANALYSE", 0); /* applies: nothing about applicability */
	assert_null(strstr(explain(t, i, POORT_LANG_EN), "applicable"));
	poort_timeline_free(t);
	poort_case_free(c);
}

static void explanations_in_small_buffers(void **state)
{
	(void)state;
	poort_case *c = employee("2026-01-16", 300000, 3600);
	assert_int_equal(poort_case_add_cao(c, 1, 52, 8000, 0), POORT_OK);
	poort_timeline *t = compute(c, "2026-03-01");
	for (size_t i = 0; i < poort_timeline_count(t); i++)
		assert_snprintf_semantics(milestone_explain, t, i);
	poort_timeline_free(t);
	poort_wage *w = wage_of(c, "2026-01-01", "2026-01-31"); /* two segments in one month */
	for (size_t i = 0; i < poort_wage_segment_count(w); i++)
		assert_snprintf_semantics(segment_explain, w, i);
	assert_snprintf_semantics(month_explain, w, 0);
	poort_wage_free(w);
	poort_case_free(c);
}

/* ================================================================ accessors */

/* The header: accessors given NULL or an index out of range return NULL (strings),
 * POORT_DATE_NONE (dates) or -1 (integers, amounts), and counts are 0; a language other than
 * POORT_LANG_NL or POORT_LANG_EN gives NULL; the static name functions give NULL for an
 * unknown code. */
static void timeline_accessors(poort_case *c)
{
	poort_timeline *t = compute(c, "2026-03-01");
	size_t n = poort_timeline_count(t);
	char buf[64];
	for (int k = 0; k < 2; k++) {
		const poort_timeline *x = k ? t : NULL;
		size_t i = k ? n : 0;
		if (!k) {
			assert_int_equal(poort_timeline_count(x), 0);
			assert_int_equal(poort_timeline_today(x), POORT_DATE_NONE);
			assert_int_equal(poort_timeline_first_sick_day(x), POORT_DATE_NONE);
			assert_int_equal(poort_timeline_last_sick_day(x), POORT_DATE_NONE);
			assert_int_equal(poort_timeline_wachttijd_end(x), POORT_DATE_NONE);
			assert_int_equal(poort_timeline_wage_end(x), POORT_DATE_NONE);
			assert_int_equal(poort_timeline_case_count(x), -1);
			assert_int_equal(poort_timeline_sick_days(x), -1);
			assert_int_equal(poort_timeline_interruption_days(x), -1);
			assert_int_equal(poort_timeline_leave_days(x), -1);
		}
		assert_null(poort_milestone_id(x, i));
		assert_int_equal(poort_milestone_occurrence(x, i), -1);
		assert_int_equal(poort_milestone_due(x, i), POORT_DATE_NONE);
		assert_int_equal(poort_milestone_window_start(x, i), POORT_DATE_NONE);
		assert_int_equal(poort_milestone_done(x, i), POORT_DATE_NONE);
		assert_int_equal(poort_milestone_status(x, i), -1);
		assert_int_equal(poort_milestone_kind(x, i), -1);
		assert_int_equal(poort_milestone_departed(x, i), -1);
		assert_null(poort_milestone_title(x, i, POORT_LANG_EN));
		assert_null(poort_milestone_who(x, i, POORT_LANG_NL));
		assert_null(poort_milestone_basis(x, i, POORT_LANG_EN));
		assert_null(poort_milestone_juriconnect(x, i));
		assert_int_equal(poort_milestone_explain(x, i, POORT_LANG_EN, buf, sizeof buf),
				 k ? POORT_ERR_INDEX : POORT_ERR_NULL);
	}
	assert_null(poort_milestone_title(t, 0, 2));
	assert_null(poort_milestone_basis(t, 0, -1));
	assert_int_equal(poort_milestone_explain(t, 0, 2, buf, sizeof buf), POORT_ERR_LANG);
	poort_timeline_free(t);
}

static void dossier_accessors(poort_case *c)
{
	poort_dossier *d = NULL;
	assert_int_equal(poort_dossier_compute(c, D("2026-03-01"), &d), POORT_OK);
	size_t m = poort_dossier_count(d);
	assert_int_equal(poort_dossier_count(NULL), 0);
	assert_int_equal(poort_dossier_variant(NULL), -1);
	assert_int_equal(poort_dossier_complete_bp(NULL), -1);
	assert_int_equal(poort_dossier_can_submit(NULL), -1);
	for (int k = 0; k < 2; k++) {
		const poort_dossier *x = k ? d : NULL;
		size_t i = k ? m : 0;
		assert_null(poort_dossier_item_id(x, i));
		assert_null(poort_dossier_item_onderdeel(x, i));
		assert_null(poort_dossier_item_content(x, i, POORT_LANG_EN));
		assert_null(poort_dossier_item_basis(x, i, POORT_LANG_NL));
		assert_null(poort_dossier_item_juriconnect(x, i));
		assert_null(poort_dossier_item_milestone(x, i));
		assert_int_equal(poort_dossier_item_requirement(x, i), -1);
		assert_int_equal(poort_dossier_item_state(x, i), -1);
		assert_int_equal(poort_dossier_item_due(x, i), POORT_DATE_NONE);
		assert_int_equal(poort_dossier_item_first(x, i), POORT_DATE_NONE);
		assert_int_equal(poort_dossier_item_latest(x, i), POORT_DATE_NONE);
		assert_int_equal(poort_dossier_item_records(x, i), -1);
	}
	assert_null(poort_dossier_item_content(d, 0, 2));
	assert_null(poort_dossier_item_basis(d, 0, 2));
	assert_null(poort_dossier_item_basis(d, 0, -1));
	poort_dossier_free(d);
}

static void wage_accessors(poort_case *c)
{
	poort_wage *w = wage_of(c, "2026-03-01", "2026-03-31");
	size_t ns = poort_wage_segment_count(w), nm = poort_wage_month_count(w);
	assert_int_equal(poort_wage_total(NULL), -1);
	assert_int_equal(poort_wage_flags(NULL), -1);
	assert_int_equal(poort_wage_segment_count(NULL), 0);
	assert_int_equal(poort_wage_month_count(NULL), 0);
	for (int k = 0; k < 2; k++) {
		const poort_wage *x = k ? w : NULL;
		size_t i = k ? ns : 0, j = k ? nm : 0;
		assert_int_equal(poort_wage_segment_first(x, i), POORT_DATE_NONE);
		assert_int_equal(poort_wage_segment_last(x, i), POORT_DATE_NONE);
		assert_int_equal(poort_wage_segment_regime(x, i), -1);
		assert_int_equal(poort_wage_segment_percent(x, i), -1);
		assert_int_equal(poort_wage_segment_statutory(x, i), -1);
		assert_int_equal(poort_wage_segment_cao(x, i), -1);
		assert_int_equal(poort_wage_segment_amount(x, i), -1);
		assert_int_equal(poort_wage_segment_flags(x, i), -1);
		assert_int_equal(poort_wage_month_first(x, j), POORT_DATE_NONE);
		assert_int_equal(poort_wage_month_last(x, j), POORT_DATE_NONE);
		assert_int_equal(poort_wage_month_amount(x, j), -1);
		assert_int_equal(poort_wage_month_statutory(x, j), -1);
		assert_int_equal(poort_wage_month_regime(x, j), -1);
		assert_int_equal(poort_wage_month_percent(x, j), -1);
		assert_int_equal(poort_wage_month_flags(x, j), -1);
	}
	poort_wage_free(w);
}

static void accessors_on_bad_input(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_wage(c, 300000, 3600), POORT_OK);
	timeline_accessors(c);
	dossier_accessors(c);
	wage_accessors(c);
	poort_case_free(c);
	/* every free function accepts NULL (conventions) */
	poort_case_free(NULL);
	poort_timeline_free(NULL);
	poort_dossier_free(NULL);
	poort_wage_free(NULL);
	poort_params_free(NULL);
	poort_feed_free(NULL);
	poort_free(NULL);
}

/* The header: every status code has its own static English text, any other value "unknown
 * status"; a computation given NULL fails with POORT_ERR_NULL and sets *out to NULL. */
static void status_texts_and_null_arguments(void **state)
{
	(void)state;
	const int32_t lowest = POORT_ERR_TEXT;
	for (int32_t a = 0; a >= lowest; a--) {
		const char *ta = poort_status_str(a);
		assert_non_null(ta);
		assert_true(ta[0] != '\0');
		assert_string_not_equal(ta, "unknown status");
		for (int32_t b = a - 1; b >= lowest; b--)
			assert_string_not_equal(ta, poort_status_str(b));
	}
	assert_string_equal(poort_status_str(lowest - 1), "unknown status");
	assert_string_equal(poort_status_str(1), "unknown status");
	assert_string_equal(poort_status_str(INT32_MIN), "unknown status");
	assert_int_equal(poort_version(), POORT_VERSION_NUMBER);
	assert_string_equal(poort_version_string(), POORT_VERSION_STRING);

	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	poort_timeline *t = (poort_timeline *)c; /* anything not NULL */
	assert_int_equal(poort_timeline_compute(NULL, D("2026-01-01"), 0, &t), POORT_ERR_NULL);
	assert_null(t);
	assert_int_equal(poort_timeline_compute(c, D("2026-01-01"), 0, NULL), POORT_ERR_NULL);
	assert_string_not_equal(poort_case_errmsg(c), "");
	poort_dossier *d = (poort_dossier *)c;
	assert_int_equal(poort_dossier_compute(c, -25568, &d), POORT_ERR_DATE_RANGE);
	assert_null(d);
	poort_case *empty = poort_case_new();
	t = (poort_timeline *)c;
	assert_int_equal(poort_timeline_compute(empty, D("2026-01-01"), 0, &t), POORT_ERR_NO_PERIODS);
	assert_null(t);
	assert_int_equal(poort_timeline_compute(c, D("2026-01-01"), 0, &t), POORT_OK);
	assert_string_equal(poort_case_errmsg(c), ""); /* the message is of the most recent call */
	poort_timeline_free(t);
	poort_case_free(empty);
	poort_case_free(c);
}

/* The names of every code, and NULL just outside them (header). */
static void names_of_every_code(void **state)
{
	(void)state;
	static const char *const status[] = {"upcoming", "due_soon", "overdue", "done", "done_late",
					     "not_applicable", "passed"};
	static const char *const kind[] = {"statutory", "practice", "informational"};
	static const char *const item[] = {"not_yet_required", "present", "present_late", "missing",
					   "not_applicable"};
	static const char *const req[] = {"regeling", "practice"};
	static const char *const riv[] = {"none", "short", "full"};
	static const char *const regime[] = {"not_sick", "waiting_day", "year1", "year2", "extension",
					     "loonsanctie", "after_aow", "ended"};
	static const struct {
		const char *(*name)(int32_t);
		const char *const *names;
		int32_t n;
	} v[] = {
		{poort_status_name, status, 7},     {poort_kind_name, kind, 3},
		{poort_item_state_name, item, 5},   {poort_requirement_name, req, 2},
		{poort_riv_variant_name, riv, 3},   {poort_regime_name, regime, 8},
	};
	for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
		for (int32_t i = 0; i < v[k].n; i++)
			assert_string_equal(v[k].name(i), v[k].names[i]);
		assert_null(v[k].name(-1));
		assert_null(v[k].name(v[k].n));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_day_of_the_calendar),
		cmocka_unit_test(century_leap_years),
		cmocka_unit_test(input_range_and_syntax),
		cmocka_unit_test(easter_holidays_every_year),
		cmocka_unit_test(koningsdag),
		cmocka_unit_test(status_on_the_due_date),
		cmocka_unit_test(leave_at_either_end_of_the_interruption),
		cmocka_unit_test(sick_day_on_the_edge_of_a_period),
		cmocka_unit_test(leave_outside_the_interruption),
		cmocka_unit_test(employment_ends_on_the_last_sick_day),
		cmocka_unit_test(evaluations_stop_at_the_eindevaluatie),
		cmocka_unit_test(milestones_in_date_order),
		cmocka_unit_test(employer_duty_due_on_the_last_day_of_employment),
		cmocka_unit_test(records_on_the_first_sick_day),
		cmocka_unit_test(loonsanctie_edges),
		cmocka_unit_test(catalogue_flags),
		cmocka_unit_test(periods_touching_by_one_day),
		cmocka_unit_test(loonsanctie_weeks_and_evaluation_order),
		cmocka_unit_test(case_id_characters),
		cmocka_unit_test(settings_checked_against_the_periods),
		cmocka_unit_test(dossier_item_on_its_due_date),
		cmocka_unit_test(recovered_after_41_and_42_days),
		cmocka_unit_test(dossier_follows_the_timeline),
		cmocka_unit_test(repeatable_dossier_items),
		cmocka_unit_test(leap_february_is_prorated_by_29_days),
		cmocka_unit_test(exact_half_cents),
		cmocka_unit_test(youth_rate_until_the_birthday),
		cmocka_unit_test(wage_regime_edges),
		cmocka_unit_test(wage_after_the_wachttijd),
		cmocka_unit_test(cao_for_weeks_2_and_3),
		cmocka_unit_test(cap_and_floor_when_equal),
		cmocka_unit_test(rounding_just_under_half_a_cent),
		cmocka_unit_test(cao_of_zero_percent),
		cmocka_unit_test(partial_work_edges),
		cmocka_unit_test(one_segment_when_nothing_changes),
		cmocka_unit_test(batch_totals_match),
		cmocka_unit_test(employee_setting_ranges),
		cmocka_unit_test(employee_setting_order),
		cmocka_unit_test(partial_work_in_any_order),
		cmocka_unit_test(wage_years_of_a_merged_case),
		cmocka_unit_test(wage_range_edges),
		cmocka_unit_test(extension_percentage),
		cmocka_unit_test(cao_below_70_percent),
		cmocka_unit_test(hourly_minimum_wage_rows),
		cmocka_unit_test(monthly_minimum_wage_2023),
		cmocka_unit_test(added_rows),
		cmocka_unit_test(alarm_days_in_regeneration),
		cmocka_unit_test(feed_setting_ranges),
		cmocka_unit_test(feed_texts),
		cmocka_unit_test(explanations_in_small_buffers),
		cmocka_unit_test(explanation_details),
		cmocka_unit_test(accessors_on_bad_input),
		cmocka_unit_test(names_of_every_code),
		cmocka_unit_test(status_texts_and_null_arguments),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
