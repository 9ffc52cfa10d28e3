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

/* Copy part p[0..n) into buf (size bytes) as a string; 0 when it is empty or too long. */
static int part_string(const char *p, size_t n, char *buf, size_t size)
{
	if (n == 0 || n >= size)
		return 0;
	memcpy(buf, p, n);
	buf[n] = '\0';
	return 1;
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
	if (!part_string(part[1], len[1], num, sizeof num) || cli_parse_int(num, 1, 52, &w, NULL) != POORT_OK)
		FAIL(POORT_ERR_LOONSANCTIE_WEEKS, "weeks must be a number from 1 to 52");
	if (n == 3 && (st = date_part(part[2], len[2], &b)) != POORT_OK)
		FAIL(st, date_why(st));
	*decision = d;
	*weeks = w;
	*bekorting = b;
	return POORT_OK;
}

int32_t cli_parse_decimal(const char *s, int decimals, int64_t max, int64_t *out, const char **why)
{
	int64_t v = 0;
	int seen_sep = 0, frac = 0, digits = 0;
	for (const char *p = s; *p; p++) {
		if ((*p == '.' || *p == ',') && !seen_sep) {
			seen_sep = 1;
			continue;
		}
		if (*p < '0' || *p > '9')
			FAIL(POORT_ERR_ARGUMENT, "expected a number such as 2300 or 2300,50");
		if (seen_sep && ++frac > decimals)
			FAIL(POORT_ERR_ARGUMENT, "too many decimals");
		v = v * 10 + (*p - '0');
		digits++;
		if (v > 1000000000000000LL)
			FAIL(POORT_ERR_ARGUMENT, "number too large");
	}
	if (!digits)
		FAIL(POORT_ERR_ARGUMENT, "expected a number such as 2300 or 2300,50");
	for (; frac < decimals; frac++)
		v *= 10;
	if (v > max)
		FAIL(POORT_ERR_ARGUMENT, "number too large");
	*out = v;
	return POORT_OK;
}

int32_t cli_parse_cao(const char *s, int32_t *from, int32_t *to, int32_t *percent_bp, int32_t *capped,
		      const char **why)
{
	const char *part[3];
	size_t len[3];
	char buf[16];
	int n = split(s, part, len, 3);
	if (n < 2)
		FAIL(POORT_ERR_ARGUMENT, "a CAO range is FROM-TO:PCT or FROM-TO:PCT:capped");
	const char *dash = memchr(part[0], '-', len[0]);
	if (!dash)
		FAIL(POORT_ERR_ARGUMENT, "a CAO range is FROM-TO:PCT (sick weeks, e.g. 1-52:100)");
	int32_t f, t, c = 0;
	int64_t pct;
	size_t lf = (size_t)(dash - part[0]), lt = len[0] - lf - 1;
	if (!part_string(part[0], lf, buf, sizeof buf) || cli_parse_int(buf, 1, 156, &f, NULL) != POORT_OK ||
	    !part_string(dash + 1, lt, buf, sizeof buf) || cli_parse_int(buf, 1, 156, &t, NULL) != POORT_OK)
		FAIL(POORT_ERR_CAO_WEEKS, "weeks run from 1 to 156");
	if (!part_string(part[1], len[1], buf, sizeof buf) ||
	    cli_parse_decimal(buf, 2, POORT_MAX_PERCENT, &pct, NULL) != POORT_OK)
		FAIL(POORT_ERR_PERCENT, "the percentage is a number from 0 to 1000");
	if (n == 3) {
		if (!(len[2] == 6 && memcmp(part[2], "capped", 6) == 0))
			FAIL(POORT_ERR_ARGUMENT, "the third part of a CAO range can only be \"capped\"");
		c = 1;
	}
	*from = f;
	*to = t;
	*percent_bp = (int32_t)pct;
	*capped = c;
	return POORT_OK;
}

int32_t cli_parse_partial(const char *s, int32_t *first, int32_t *last, int32_t *hours, const char **why)
{
	const char *part[3];
	size_t len[3];
	char buf[16];
	int n = split(s, part, len, 3);
	if (n != 3)
		FAIL(POORT_ERR_ARGUMENT, "partial work is FIRST:LAST:HOURS");
	int32_t f, l, st;
	int64_t h;
	if ((st = date_part(part[0], len[0], &f)) != POORT_OK || (st = date_part(part[1], len[1], &l)) != POORT_OK)
		FAIL(st, date_why(st));
	if (!part_string(part[2], len[2], buf, sizeof buf) || cli_parse_decimal(buf, 2, 16800, &h, NULL) != POORT_OK)
		FAIL(POORT_ERR_HOURS, "hours a week, such as 16 or 16,5");
	*first = f;
	*last = l;
	*hours = (int32_t)h;
	return POORT_OK;
}

int32_t cli_parse_month(const char *s, int32_t *first, int32_t *last, const char **why)
{
	char buf[POORT_DATE_BUFSIZE];
	if (strlen(s) != 7)
		FAIL(POORT_ERR_DATE_SYNTAX, "a month is written YYYY-MM");
	memcpy(buf, s, 7);
	memcpy(buf + 7, "-01", 4);
	int32_t f, st = poort_date_parse(buf, &f);
	if (st != POORT_OK)
		FAIL(st, st == POORT_ERR_DATE_RANGE ? "month outside 1900-2199" : "a month is written YYYY-MM");
	int32_t y, m;
	poort_date_to_ymd(f, &y, &m, NULL);
	int32_t next;
	if (poort_date_from_ymd(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1, &next) != POORT_OK)
		next = f + 31; /* December 2199 */
	*first = f;
	*last = next - 1;
	return POORT_OK;
}

int32_t cli_parse_dtstamp(const char *s, int64_t *out, const char **why)
{
	static const char shape[] = "99999999T999999Z";
	for (size_t i = 0; i < sizeof shape - 1; i++)
		if (shape[i] == '9' ? (s[i] < '0' || s[i] > '9') : s[i] != shape[i])
			FAIL(POORT_ERR_DATE_SYNTAX, "a DTSTAMP is written YYYYMMDDTHHMMSSZ (UTC)");
	if (s[sizeof shape - 1] != '\0')
		FAIL(POORT_ERR_DATE_SYNTAX, "a DTSTAMP is written YYYYMMDDTHHMMSSZ (UTC)");
	char date[POORT_DATE_BUFSIZE] = {s[0], s[1], s[2], s[3], '-', s[4], s[5], '-', s[6], s[7], '\0'};
	int32_t day, st = poort_date_parse(date, &day);
	if (st != POORT_OK)
		FAIL(st, date_why(st));
	int h = (s[9] - '0') * 10 + (s[10] - '0'), m = (s[11] - '0') * 10 + (s[12] - '0');
	int sec = (s[13] - '0') * 10 + (s[14] - '0');
	if (h > 23 || m > 59 || sec > 59)
		FAIL(POORT_ERR_DATE_INVALID, "no such time of day");
	*out = (int64_t)day * 86400 + h * 3600 + m * 60 + sec;
	return POORT_OK;
}
