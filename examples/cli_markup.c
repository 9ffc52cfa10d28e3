/* Writing text into HTML and Markdown (cli_markup.h). */
#include "cli_markup.h"

#include "poortwachter.h"

void put_html(FILE *f, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		default: fputc(*s, f);
		}
	}
}

void put_markdown(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (*s == '|')
			fputs("\\|", f);
		else
			fputc(*s == '\n' || *s == '\r' ? ' ' : *s, f);
	}
}

void fmt_euros(char *buf, size_t size, int64_t cents, int32_t lang)
{
	const char group = lang == POORT_LANG_EN ? ',' : '.', dec = lang == POORT_LANG_EN ? '.' : ',';
	uint64_t v = cents < 0 ? -(uint64_t)cents : (uint64_t)cents;
	char digits[24], out[48];
	int n = snprintf(digits, sizeof digits, "%llu", (unsigned long long)(v / 100)), k = 0;
	if (cents < 0)
		out[k++] = '-';
	for (int i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			out[k++] = group;
		out[k++] = digits[i];
	}
	snprintf(out + k, sizeof out - (size_t)k, "%c%02u", dec, (unsigned)(v % 100));
	snprintf(buf, size, "%s", out);
}
