/* Dates as days since 1970-01-01, strict ISO-8601, and Dutch workdays (Atw). */
#include "internal.h"

#include <string.h>

/* Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm). */
int32_t poort_days_from_civil(int32_t y, int32_t m, int32_t d)
{
	y -= m <= 2;
	const int32_t era = (y >= 0 ? y : y - 399) / 400;
	const int32_t yoe = y - era * 400;
	const int32_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	const int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void poort_civil_from_days(int32_t z, int32_t *y, int32_t *m, int32_t *d)
{
	z += 719468;
	const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
	const int32_t doe = z - era * 146097;
	const int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	const int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	const int32_t mp = (5 * doy + 2) / 153;
	const int32_t dd = doy - (153 * mp + 2) / 5 + 1;
	const int32_t mm = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (mm <= 2);
	*m = mm;
	*d = dd;
}

/* Inputs are accepted in 1900-2199; computed dates may run past 2199, so the output
 * helpers accept every date of years 1-9999. */
#define INPUT_MIN (-25567)   /* 1900-01-01 */
#define INPUT_MAX 84005      /* 2199-12-31 */
#define OUTPUT_MIN (-719162) /* 0001-01-01 */
#define OUTPUT_MAX 2932896   /* 9999-12-31 */

int poort_date_in_range(int32_t date)
{
	return date >= INPUT_MIN && date <= INPUT_MAX;
}

static int representable(int32_t date)
{
	return date >= OUTPUT_MIN && date <= OUTPUT_MAX;
}

int32_t poort_days_in_month(int32_t y, int32_t m)
{
	static const int8_t dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dim[m - 1];
}

int64_t poort_unix_day(int64_t seconds)
{
	return seconds >= 0 ? seconds / 86400 : -((-(seconds + 1)) / 86400) - 1;
}

int32_t poort_date_from_ymd(int32_t year, int32_t month, int32_t day, int32_t *out)
{
	if (!out)
		return POORT_ERR_NULL;
	if (month < 1 || month > 12 || day < 1 || year < 1 || year > 9999 ||
	    day > poort_days_in_month(year, month))
		return POORT_ERR_DATE_INVALID;
	if (year < POORT_DATE_MIN_YEAR || year > POORT_DATE_MAX_YEAR)
		return POORT_ERR_DATE_RANGE;
	*out = poort_days_from_civil(year, month, day);
	return POORT_OK;
}

int32_t poort_date_to_ymd(int32_t date, int32_t *year, int32_t *month, int32_t *day)
{
	if (!representable(date))
		return POORT_ERR_DATE_RANGE;
	int32_t y, m, d;
	poort_civil_from_days(date, &y, &m, &d);
	if (year)
		*year = y;
	if (month)
		*month = m;
	if (day)
		*day = d;
	return POORT_OK;
}

int32_t poort_date_parse(const char *s, int32_t *out)
{
	if (!s || !out)
		return POORT_ERR_NULL;
	/* Exactly "DDDD-DD-DD": check the shape before looking at the values. */
	static const char shape[] = "9999-99-99";
	for (size_t i = 0; i < sizeof shape - 1; i++) {
		if (shape[i] == '9' ? (s[i] < '0' || s[i] > '9') : s[i] != '-')
			return POORT_ERR_DATE_SYNTAX;
	}
	if (s[sizeof shape - 1] != '\0')
		return POORT_ERR_DATE_SYNTAX;
	int32_t y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	int32_t m = (s[5] - '0') * 10 + (s[6] - '0');
	int32_t d = (s[8] - '0') * 10 + (s[9] - '0');
	return poort_date_from_ymd(y, m, d, out);
}

void poort_fmt_date(int32_t date, char out[POORT_DATE_BUFSIZE])
{
	int32_t y, m, d;
	poort_civil_from_days(date, &y, &m, &d);
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
}

int32_t poort_date_format(int32_t date, char *buf, size_t size)
{
	if (!buf)
		return POORT_ERR_NULL;
	if (size < POORT_DATE_BUFSIZE)
		return POORT_ERR_BUFFER;
	if (!representable(date))
		return POORT_ERR_DATE_RANGE;
	poort_fmt_date(date, buf);
	return POORT_OK;
}

int32_t poort_date_weekday(int32_t date)
{
	if (date == POORT_DATE_NONE)
		return 0;
	/* 1970-01-01 was a Thursday (4). */
	int64_t w = ((int64_t)date + 3) % 7;
	if (w < 0)
		w += 7;
	return (int32_t)w + 1;
}

/* Easter Sunday (Gregorian), anonymous algorithm (Meeus/Jones/Butcher). */
static int32_t easter(int32_t y)
{
	int32_t a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
	int32_t f = (b + 8) / 25, g = (b - f + 1) / 3;
	int32_t h = (19 * a + b - d - g + 15) % 30;
	int32_t i = c / 4, k = c % 4;
	int32_t l = (32 + 2 * e + 2 * i - h - k) % 7;
	int32_t m = (a + 11 * h + 22 * l) / 451;
	int32_t month = (h + l - 7 * m + 114) / 31;
	int32_t day = (h + l - 7 * m + 114) % 31 + 1;
	return poort_days_from_civil(y, month, day);
}

/*
 * The day the King's (Queen's) birthday is celebrated, by reign. The Atw names "de dag
 * waarop de verjaardag van de Koning wordt gevierd"; the rule for a birthday on a Sunday
 * changed with each reign. Years after the table use the current rule.
 */
static const struct {
	int16_t from_year;
	int8_t month, day;
	int8_t sunday_shift; /* -1: the day before, +1: the day after */
} kings_day[] = {
	{1891, 8, 31, +1}, /* Wilhelmina */
	{1949, 4, 30, +1}, /* Juliana */
	{1980, 4, 30, -1}, /* Beatrix */
	{2014, 4, 27, -1}, /* Willem-Alexander */
};

static int32_t kings_day_of(int32_t y)
{
	size_t i = sizeof kings_day / sizeof *kings_day;
	while (i > 1 && y < kings_day[i - 1].from_year)
		i--;
	i--;
	int32_t day = poort_days_from_civil(y, kings_day[i].month, kings_day[i].day);
	if (poort_date_weekday(day) == 7)
		day += kings_day[i].sunday_shift;
	return day;
}

/* Atw art. 3 lid 1 and lid 2 (Goede Vrijdag). Days relative to Easter Sunday. */
static const int16_t easter_offsets[] = {
	-2, /* Goede Vrijdag */
	+1, /* Tweede Paasdag */
	+39, /* Hemelvaartsdag */
	+50, /* Tweede Pinksterdag */
};
static const int8_t fixed_holidays[][2] = {
	{1, 1},   /* Nieuwjaarsdag */
	{5, 5},   /* de vijfde mei (Bevrijdingsdag) */
	{12, 25}, /* Eerste Kerstdag */
	{12, 26}, /* Tweede Kerstdag */
};

static int is_holiday(int32_t date)
{
	int32_t y, m, d;
	poort_civil_from_days(date, &y, &m, &d);
	for (size_t i = 0; i < sizeof fixed_holidays / sizeof *fixed_holidays; i++)
		if (fixed_holidays[i][0] == m && fixed_holidays[i][1] == d)
			return 1;
	if ((m == 4 || m == 5 || m == 8 || m == 9) && date == kings_day_of(y))
		return 1; /* Koningsdag lies in April (May 1 on a Sunday), or in August or September */
	if (m >= 3 && m <= 6) {
		int32_t e = easter(y);
		for (size_t i = 0; i < sizeof easter_offsets / sizeof *easter_offsets; i++)
			if (date == e + easter_offsets[i])
				return 1;
	}
	return 0;
}

int32_t poort_date_is_workday(int32_t date)
{
	if (!representable(date))
		return POORT_ERR_DATE_RANGE;
	if (poort_date_weekday(date) >= 6)
		return 0;
	return !is_holiday(date);
}
