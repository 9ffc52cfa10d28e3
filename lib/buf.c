/* Growing memory: a text buffer for the JSON writers (a failed allocation sets `failed`
 * and turns later calls into no-ops, so callers check once at the end), and the insert
 * into a sorted array that the setters share. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int reserve(struct poort_buf *b, size_t extra)
{
	if (b->failed)
		return 0;
	if (b->len + extra + 1 <= b->cap)
		return 1;
	size_t cap = b->cap ? b->cap : 1024;
	while (cap < b->len + extra + 1)
		cap *= 2;
	char *p = realloc(b->data, cap);
	if (!p) {
		b->failed = 1;
		return 0;
	}
	b->data = p;
	b->cap = cap;
	return 1;
}

void poort_buf_add(struct poort_buf *b, const char *s, size_t n)
{
	if (!reserve(b, n))
		return;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void poort_buf_puts(struct poort_buf *b, const char *s)
{
	poort_buf_add(b, s, strlen(s));
}

void poort_buf_vprintf(struct poort_buf *b, const char *fmt, va_list ap)
{
	char tmp[512];
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	if (n < 0) {
		b->failed = 1;
	} else if ((size_t)n < sizeof tmp) {
		poort_buf_add(b, tmp, (size_t)n);
	} else if (reserve(b, (size_t)n)) {
		vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
		b->len += (size_t)n;
	}
	va_end(again);
}

void poort_buf_printf(struct poort_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	poort_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void poort_buf_json_string(struct poort_buf *b, const char *s)
{
	if (!s) {
		poort_buf_puts(b, "null");
		return;
	}
	poort_buf_add(b, "\"", 1);
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		const unsigned char *run = p; /* characters that need no escape, added at once */
		while (*p && *p != '"' && *p != '\\' && *p >= 0x20)
			p++;
		poort_buf_add(b, (const char *)run, (size_t)(p - run));
		if (*p == '"' || *p == '\\') {
			char esc[2] = {'\\', (char)*p++};
			poort_buf_add(b, esc, 2);
		} else if (*p) {
			poort_buf_printf(b, "\\u%04x", *p++);
		}
	}
	poort_buf_add(b, "\"", 1);
}

void poort_buf_json_date(struct poort_buf *b, int32_t date)
{
	char d[POORT_DATE_BUFSIZE];
	if (date == POORT_DATE_NONE || poort_date_format(date, d, sizeof d) != POORT_OK) {
		poort_buf_puts(b, "null"); /* no date, or one outside the years 1-9999 */
		return;
	}
	poort_buf_printf(b, "\"%s\"", d);
}

const char *poort_fmt_euros(int64_t cents, char out[POORT_AMOUNT_BUFSIZE])
{
	uint64_t abs = cents < 0 ? 0 - (uint64_t)cents : (uint64_t)cents;
	snprintf(out, POORT_AMOUNT_BUFSIZE, POORT_EURO " %s%llu.%02llu", cents < 0 ? "-" : "",
		 (unsigned long long)(abs / 100), (unsigned long long)(abs % 100));
	return out;
}

const char *poort_fmt_hundredths(int64_t hundredths, char out[POORT_AMOUNT_BUFSIZE])
{
	uint64_t abs = hundredths < 0 ? 0 - (uint64_t)hundredths : (uint64_t)hundredths;
	unsigned long long whole = abs / 100, frac = abs % 100;
	const char *sign = hundredths < 0 ? "-" : "";
	if (frac == 0)
		snprintf(out, POORT_AMOUNT_BUFSIZE, "%s%llu", sign, whole);
	else if (frac % 10 == 0)
		snprintf(out, POORT_AMOUNT_BUFSIZE, "%s%llu.%llu", sign, whole, frac / 10);
	else
		snprintf(out, POORT_AMOUNT_BUFSIZE, "%s%llu.%02llu", sign, whole, frac);
	return out;
}

void *poort_array_insert(void *arr, size_t n, size_t size, size_t at)
{
	char *grown = realloc(arr, (n + 1) * size);
	if (!grown)
		return NULL;
	memmove(grown + (at + 1) * size, grown + at * size, (n - at) * size);
	return grown;
}
