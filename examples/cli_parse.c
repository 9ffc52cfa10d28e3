/* Parsers for the command-line tool's option values (see cli_parse.h). */
#include "cli_parse.h"

#include <string.h>

#define FAIL(status, text)        \
	do {                      \
		if (why)          \
			*why = text; \
		return status;    \
	} while (0)

/* Parse the date in s[0..n) (n == 10 for a valid one). */
static int32_t date_part(const char *s, size_t n, int32_t *out)
{
	char tmp[POORT_DATE_BUFSIZE];
	if (n != 10)
		return POORT_ERR_DATE_SYNTAX;
	memcpy(tmp, s, n);
	tmp[n] = '\0';
	return poort_date_parse(tmp, out);
}

static const char *date_why(int32_t st)
{
	switch (st) {
	case POORT_ERR_DATE_INVALID:
		return "no such calendar day";
	case POORT_ERR_DATE_RANGE:
		return "date outside 1900-2199";
	default:
		return "dates are written YYYY-MM-DD";
	}
}

/* Split s at ':' into at most max parts; returns the number of parts or -1. */
static int split(const char *s, const char *part[], size_t len[], int max)
{
	int n = 0;
	const char *p = s;
	for (;;) {
		const char *colon = strchr(p, ':');
		if (n == max)
			return -1;
		part[n] = p;
		len[n] = colon ? (size_t)(colon - p) : strlen(p);
		n++;
		if (!colon)
			return n;
		p = colon + 1;
	}
}

int32_t cli_parse_period(const char *s, int32_t *first, int32_t *last, const char **why)
{
	const char *part[2];
	size_t len[2];
	int n = split(s, part, len, 2);
	if (n < 0)
		FAIL(POORT_ERR_DATE_SYNTAX, "a period is FIRST or FIRST:LAST");
	int32_t f, l = POORT_DATE_NONE, st;
	if ((st = date_part(part[0], len[0], &f)) != POORT_OK)
		FAIL(st, date_why(st));
	if (n == 2 && (st = date_part(part[1], len[1], &l)) != POORT_OK)
		FAIL(st, date_why(st));
	*first = f;
	*last = l;
	return POORT_OK;
}

int32_t cli_parse_leave(const char *s, int32_t *first, int32_t *last, int32_t *other_cause,
			const char **why)
{
	const char *part[3];
	size_t len[3];
	int n = split(s, part, len, 3);
	if (n < 2)
		FAIL(POORT_ERR_DATE_SYNTAX, "a leave is FIRST:LAST or FIRST:LAST:other-cause");
	int32_t f, l, st;
	if ((st = date_part(part[0], len[0], &f)) != POORT_OK)
		FAIL(st, date_why(st));
	if ((st = date_part(part[1], len[1], &l)) != POORT_OK)
		FAIL(st, date_why(st));
	if (n == 3 && !(len[2] == 11 && memcmp(part[2], "other-cause", 11) == 0))
		FAIL(POORT_ERR_ARGUMENT, "the third part of a leave can only be \"other-cause\"");
	*first = f;
	*last = l;
	*other_cause = n == 3;
	return POORT_OK;
}

int32_t cli_parse_assignment(const char *s, char *id_buf, size_t size, int32_t *date,
			     const char **why)
{
	const char *eq = strchr(s, '=');
	if (!eq || eq == s)
		FAIL(POORT_ERR_ARGUMENT, "expected ID=YYYY-MM-DD");
	size_t n = (size_t)(eq - s);
	if (n >= size)
		FAIL(POORT_ERR_UNKNOWN_MILESTONE, "id too long");
	int32_t d, st;
	if ((st = date_part(eq + 1, strlen(eq + 1), &d)) != POORT_OK)
		FAIL(st, date_why(st));
	memcpy(id_buf, s, n);
	id_buf[n] = '\0';
	*date = d;
	return POORT_OK;
}

int32_t cli_parse_int(const char *s, int32_t min, int32_t max, int32_t *out, const char **why)
{
	int64_t v = 0;
	size_t i = 0;
	int neg = s[0] == '-';
	if (neg)
		i++;
	if (!s[i])
		FAIL(POORT_ERR_ARGUMENT, "expected a whole number");
	for (; s[i]; i++) {
		if (s[i] < '0' || s[i] > '9')
			FAIL(POORT_ERR_ARGUMENT, "expected a whole number");
		v = v * 10 + (s[i] - '0');
		if (v > (int64_t)INT32_MAX + 1)
			FAIL(POORT_ERR_ARGUMENT, "number out of range");
	}
	if (neg)
		v = -v;
	if (v < min || v > max)
		FAIL(POORT_ERR_ARGUMENT, "number out of range");
	*out = (int32_t)v;
	return POORT_OK;
}

int32_t cli_parse_loonsanctie(const char *s, int32_t *decision, int32_t *weeks, int32_t *bekorting,
			      const char **why)
{
	const char *part[3];
	size_t len[3];
	char num[8];
	int n = split(s, part, len, 3);
	if (n < 2)
		FAIL(POORT_ERR_ARGUMENT, "a loonsanctie is DECISION:WEEKS or DECISION:WEEKS:BEKORTING");
	int32_t d, w, b = POORT_DATE_NONE, st;
	if ((st = date_part(part[0], len[0], &d)) != POORT_OK)
		FAIL(st, date_why(st));
	if (len[1] == 0 || len[1] >= sizeof num)
		FAIL(POORT_ERR_LOONSANCTIE_WEEKS, "weeks must be a number from 1 to 52");
	memcpy(num, part[1], len[1]);
	num[len[1]] = '\0';
	if (cli_parse_int(num, 1, 52, &w, NULL) != POORT_OK)
		FAIL(POORT_ERR_LOONSANCTIE_WEEKS, "weeks must be a number from 1 to 52");
	if (n == 3 && (st = date_part(part[2], len[2], &b)) != POORT_OK)
		FAIL(st, date_why(st));
	*decision = d;
	*weeks = w;
	*bekorting = b;
	return POORT_OK;
}
