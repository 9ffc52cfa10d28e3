/*
 * Edge cases of the dates, the timeline, the case and the dossier: the day on which a rule
 * changes its answer, and the day next to it. Each expected value is worked out from the
 * rules (../shared/spec/rules.md, cited as "spec §n"), the law, or an independent
 * calculation, and the source stands next to it. Only the public API is used.
 */
#include "edges.h"

/* ====================================================================== dates */

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
		{"2027-08-18", NULL, 0},          /* 42 days before it: the first would fall on it */
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
	/* an evaluation held after the eindevaluatie's day: none is due after it */
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_record_done(c, "PLAN_VAN_AANPAK", D("2027-08-18")), POORT_OK);
	assert_int_equal(poort_case_record_done(c, "EVALUATIE", D("2027-10-01")), POORT_OK);
	poort_timeline *t = compute(c, "2027-10-05");
	int32_t n = 0;
	for (size_t i = 0; i < poort_timeline_count(t); i++)
		n += strcmp(poort_milestone_id(t, i), "EVALUATIE") == 0;
	assert_int_equal(n, 1);
	poort_timeline_free(t);
	poort_case_free(c);
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
	/* an evaluation due on the first-year evaluation's day (a plan made on 11 March 2026: the
	 * 7th, 294 days later, on 30 December, sick day 364) comes before it, as in the table */
	poort_case *e = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_record_done(e, "PLAN_VAN_AANPAK", D("2026-03-11")), POORT_OK);
	poort_timeline *te = compute(e, "2026-03-20");
	assert_in_order(te);
	assert_date(poort_milestone_due(te, find(te, "EVALUATIE", 7)), "2026-12-30");
	assert_int_equal(find(te, "EERSTEJAARSEVALUATIE", 0), find(te, "EVALUATIE", 7) + 1);
	poort_timeline_free(te);
	poort_case_free(e);
	/* a probleemanalyse moved to the day the first evaluation is due (a plan made on
	 * 5 January: 16 February) comes before it, as in the table */
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_record_done(c, "PLAN_VAN_AANPAK", D("2026-01-05")), POORT_OK);
	assert_int_equal(poort_case_set_departure(c, "PROBLEEMANALYSE", D("2026-02-16")), POORT_OK);
	poort_timeline *t = compute(c, "2026-01-10"); /* after the plan was made (spec §6) */
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
 * sick day 728 is 26 October 2014 (E = 27 October), a 52-week loonsanctie decided in time (on
 * 1 September 2014; the header: its last day is 43 days before E, 14 September) runs up to and
 * including 25 October 2015. */
static int32_t loonsanctie_end_of(const char *const *periods, const char *leave, const char *bekorting,
				  const char *decision)
{
	poort_case *c = case_of(periods);
	if (leave)
		assert_int_equal(poort_case_add_leave(c, D(leave), D(leave), 0), POORT_OK);
	assert_int_equal(poort_case_set_loonsanctie(c, D(decision ? decision : "2014-09-01"), 52,
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
	/* repaired on E - 42: the 6 weeks end on E, one day of loonsanctie */
	assert_date(loonsanctie_end_of(open, NULL, "2014-09-15", "2014-09-01"), "2014-10-27");
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

/* Settings given before the periods are known are checked when computing (the header: what
 * needs the whole case). WIA art. 24 (spec §3.2): a voluntary extension must end after the
 * wachttijd (last day 26 October 2014 for the court example); WIA art. 25 lid 11: a
 * loonsanctie decided on or after E is invalid; employment may not end before the first sick
 * day; a loonsanctie decided, or an extension ending, before it belongs to an earlier case
 * and is ignored (spec §6). */
static void settings_checked_against_the_periods(void **state)
{
	(void)state;
	static const struct {
		char kind; /* x: extension, l: loonsanctie, e: employment end */
		const char *date;
		int32_t status;
		const char *named; /* in the message */
	} v[] = {
		{'x', "2014-10-26", POORT_ERR_EXTENSION, "2014-10-26"},
		{'x', "2014-10-27", POORT_OK, NULL},
		{'x', "2012-10-29", POORT_ERR_EXTENSION, "2012-10-29"}, /* the first sick day: this case's */
		{'x', "2012-10-28", POORT_OK, NULL},                    /* the day before: an earlier case's */
		{'l', "2014-10-27", POORT_ERR_LOONSANCTIE_LATE, "2014-10-26"},
		{'l', "2014-10-26", POORT_OK, NULL},
		{'l', "2012-10-28", POORT_OK, NULL},
		{'l', "2012-10-29", POORT_OK, NULL},
		{'e', "2012-10-28", POORT_ERR_BEFORE_CASE, "2012-10-29"},
		{'e', "2012-10-29", POORT_OK, NULL},
	};
	for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
		poort_case *c = poort_case_new();
		int32_t d = D(v[k].date);
		int32_t st = v[k].kind == 'x' ? poort_case_set_extension(c, d)
			     : v[k].kind == 'l' ? poort_case_set_loonsanctie(c, d, 52, POORT_DATE_NONE)
						: poort_case_set_employment_end(c, d);
		assert_int_equal(poort_case_add_period(c, D("2012-10-29"), POORT_DATE_NONE), POORT_OK);
		int32_t got = checked(c, st, v[k].named);
		if (got != v[k].status)
			fail_msg("case %zu: %s, expected %s", k, poort_status_str(got), poort_status_str(v[k].status));
		if (v[k].kind == 'l' && got == POORT_OK) {
			poort_timeline *t = compute(c, "2014-10-01");
			assert_int_equal(has(t, "EINDE_LOONSANCTIE"), strcmp(v[k].date, "2012-10-29") >= 0);
			poort_timeline_free(t);
		}
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
	REJECTS(c, POORT_ERR_LOONSANCTIE_WEEKS, poort_case_set_loonsanctie(c, D("2014-09-01"), 0, POORT_DATE_NONE), "");
	REJECTS(c, POORT_ERR_LOONSANCTIE_WEEKS, poort_case_set_loonsanctie(c, D("2014-09-01"), 53, POORT_DATE_NONE), "");
	ACCEPTS(c, poort_case_set_loonsanctie(c, D("2014-09-01"), 52, POORT_DATE_NONE));
	ACCEPTS(c, poort_case_set_loonsanctie(c, D("2014-09-01"), 1, POORT_DATE_NONE));
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
	/* a departure to the first sick day itself belongs to this case (header: only one dated
	 * before it belongs to an earlier case) */
	ACCEPTS(c, poort_case_set_departure(c, "PLAN_VAN_AANPAK", D("2026-01-01")));
	poort_timeline *p = compute(c, "2026-01-10");
	assert_due(p, "PLAN_VAN_AANPAK", "2026-01-01");
	assert_int_equal(poort_milestone_departed(p, find(p, "PLAN_VAN_AANPAK", 0)), 1);
	poort_timeline_free(p);
	ACCEPTS(c, poort_case_set_departure(c, "PLAN_VAN_AANPAK", POORT_DATE_NONE));
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
		cmocka_unit_test(settings_checked_against_the_periods),
		cmocka_unit_test(catalogue_flags),
		cmocka_unit_test(periods_touching_by_one_day),
		cmocka_unit_test(case_id_characters),
		cmocka_unit_test(loonsanctie_weeks_and_evaluation_order),
		cmocka_unit_test(dossier_item_on_its_due_date),
		cmocka_unit_test(dossier_follows_the_timeline),
		cmocka_unit_test(repeatable_dossier_items),
		cmocka_unit_test(recovered_after_41_and_42_days),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
