/*
 * The values of a spreadsheet cell, as people type them: dates as 2026-03-01, 2026-3-1,
 * 1-3-2026 or 01-03-2026; amounts in euros as 2300, 2300,50, 2300.50, 2.300,50 or
 * € 2.300,50; hours and percentages with a decimal comma or point. Each parser takes a
 * piece of text (not NUL-terminated), returns POORT_OK or a status, and on failure says
 * why in *why, a static text in the user's terms.
 */
#include "sheet.h"

#include <string.h>

static int is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

/* Leading and trailing spaces off a piece of text. */
void poort_sheet_trim(const char **s, size_t *n)
{
	while (*n && (**s == ' ' || **s == '\t')) {
		(*s)++;
		(*n)--;
	}
	while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
		(*n)--;
}

/* Digits only, 1..max of them, as a number. */
static int number(const char *s, size_t n, size_t max, int32_t *out)
{
	if (n == 0 || n > max)
		return 0;
	int32_t v = 0;
	for (size_t i = 0; i < n; i++) {
		if (!is_digit(s[i]))
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 1;
}

int32_t poort_sheet_date(const char *s, size_t n, int32_t *out, const char **why)
{
	poort_sheet_trim(&s, &n);
	const char *dash1 = memchr(s, '-', n);
	const char *dash2 = dash1 ? memchr(dash1 + 1, '-', n - (size_t)(dash1 + 1 - s)) : NULL;
	int32_t a, b, c;
	*why = "not a date: write 2026-03-01, 1-3-2026 or 01-03-2026";
	if (!dash2 || memchr(dash2 + 1, '-', n - (size_t)(dash2 + 1 - s)))
		return POORT_ERR_DATE_SYNTAX;
	size_t na = (size_t)(dash1 - s), nb = (size_t)(dash2 - dash1 - 1);
	size_t nc = n - (size_t)(dash2 + 1 - s);
	if (!number(s, na, 4, &a) || !number(dash1 + 1, nb, 2, &b) || !number(dash2 + 1, nc, 4, &c))
		return POORT_ERR_DATE_SYNTAX;
	int32_t y, m, d;
	if (na == 4 && nc <= 2) { /* year first */
		y = a, m = b, d = c;
	} else if (nc == 4 && na <= 2) { /* day first, as Dutch spreadsheets write */
		y = c, m = b, d = a;
	} else {
		return POORT_ERR_DATE_SYNTAX;
	}
	int32_t st = poort_date_from_ymd(y, m, d, out);
	if (st == POORT_ERR_DATE_INVALID)
		*why = "no such calendar day";
	else if (st == POORT_ERR_DATE_RANGE)
		*why = "outside 1900-01-01 ... 2199-12-31";
	return st;
}

/* Groups of three digits separated by sep, the first group 1-3 digits: "2.300.000". */
static int grouped(const char *s, size_t n, char sep, int64_t *out)
{
	int64_t v = 0;
	size_t run = 0, groups = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == sep) {
			if (run == 0 || run > 3 || (groups > 0 && run != 3))
				return 0;
			groups++;
			run = 0;
			continue;
		}
		if (!is_digit(s[i]) || v > POORT_MAX_WAGE_CENTS)
			return 0;
		v = v * 10 + (s[i] - '0');
		run++;
	}
	if (run == 0 || (groups > 0 && run != 3))
		return 0;
	*out = v;
	return 1;
}

/* The integer part and up to two decimals after the last separator `dec`, in cents. */
static int32_t cents_of(const char *s, size_t n, const char *dec, char thousands, int64_t *out)
{
	int64_t whole, frac = 0;
	size_t nf = dec ? n - (size_t)(dec + 1 - s) : 0;
	size_t nw = dec ? (size_t)(dec - s) : n;
	if (!grouped(s, nw, thousands, &whole) || (dec && (nf == 0 || nf > 2)))
		return POORT_ERR_ARGUMENT;
	for (size_t i = 0; i < nf; i++) {
		if (!is_digit(dec[1 + i]))
			return POORT_ERR_ARGUMENT;
		frac = frac * 10 + (dec[1 + i] - '0');
	}
	if (nf == 1)
		frac *= 10;
	*out = whole * 100 + frac;
	return POORT_OK;
}

static const char *last_of(const char *s, size_t n, char ch)
{
	for (size_t i = n; i > 0; i--)
		if (s[i - 1] == ch)
			return s + i - 1;
	return NULL;
}

static size_t count_of(const char *s, size_t n, char ch)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += s[i] == ch;
	return k;
}

int32_t poort_sheet_amount(const char *s, size_t n, int64_t *cents, const char **why)
{
	poort_sheet_trim(&s, &n);
	if (n >= 3 && memcmp(s, "\xe2\x82\xac", 3) == 0) { /* the euro sign */
		s += 3, n -= 3;
	} else if (n >= 3 && memcmp(s, "EUR", 3) == 0) {
		s += 3, n -= 3;
	}
	poort_sheet_trim(&s, &n);
	*why = "not an amount in euros: write 2300, 2300,50, 2.300,50 or 2300.50";
	const char *comma = last_of(s, n, ','), *point = last_of(s, n, '.');
	size_t commas = count_of(s, n, ','), points = count_of(s, n, '.');
	const char *dec = NULL;
	char thousands = '.';
	if (commas && points) { /* both: the last one is the decimal separator */
		dec = comma > point ? comma : point;
		thousands = comma > point ? '.' : ',';
		if (count_of(s, n, *dec) != 1)
			return POORT_ERR_ARGUMENT;
	} else if (commas + points == 1) {
		dec = comma ? comma : point;
		thousands = comma ? '.' : ',';
		if (n - (size_t)(dec + 1 - s) == 3) {
			*why = "ambiguous amount: a separator before three digits may be a thousands "
			       "separator; write 2300 or 2300,00";
			return POORT_ERR_ARGUMENT;
		}
	} else if (commas + points > 1) { /* thousands separators only: 1.234.567 */
		thousands = commas ? ',' : '.';
	}
	int32_t st = cents_of(s, n, dec, thousands, cents);
	if (st == POORT_OK && *cents > POORT_MAX_WAGE_CENTS) {
		*why = "more than EUR 10 000 000,00 a month";
		return POORT_ERR_WAGE;
	}
	return st;
}

int32_t poort_sheet_decimal(const char *s, size_t n, int64_t max, int64_t *out, const char **why)
{
	poort_sheet_trim(&s, &n);
	if (n && s[n - 1] == '%')
		n--;
	poort_sheet_trim(&s, &n);
	*why = "not a number: write 32, 32,5 or 32.5 (at most two decimals)";
	const char *dec = memchr(s, ',', n);
	if (!dec)
		dec = memchr(s, '.', n);
	int32_t st = cents_of(s, n, dec, '\0', out);
	if (st == POORT_OK && *out > max) {
		*why = "too large";
		return POORT_ERR_ARGUMENT;
	}
	return st;
}
