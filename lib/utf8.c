/* UTF-8 validation (RFC 3629 section 4): no overlong forms, no surrogates, nothing above
 * U+10FFFF. Written here: libical 3.0 declares no UTF-8 check, and a dozen lines do not
 * justify a dependency such as ICU or GLib. */
#include "utf8.h"

#include <string.h>

/* Length of the valid UTF-8 sequence at s (1-4), or 0. */
static size_t utf8_char(const unsigned char *s)
{
	if (s[0] < 0x80)
		return 1;
	/* 80-C1: a continuation byte or an overlong lead; F5-FF: never in UTF-8 */
	size_t n = s[0] < 0xc2 ? 0 : s[0] < 0xe0 ? 2 : s[0] < 0xf0 ? 3 : s[0] < 0xf5 ? 4 : 0;
	for (size_t i = 1; i < n; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	if (n == 3 && ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] >= 0xa0)))
		return 0; /* overlong, or a surrogate */
	if (n == 4 && ((s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] >= 0x90)))
		return 0;
	return n;
}

size_t poort_utf8_invalid_at(const char *text, size_t n, const char *allowed)
{
	const unsigned char *s = (const unsigned char *)text;
	for (size_t i = 0; i < n;) {
		if (s[i] >= 0x20 && s[i] < 0x7f) { /* printable ASCII, most of any text */
			i++;
			continue;
		}
		if ((s[i] < 0x20 && (!s[i] || !strchr(allowed, s[i]))) || s[i] == 0x7f)
			return i + 1;
		/* never read past s[n - 1]; the zero padding ends a sequence that s cuts short */
		unsigned char seq[4] = {0};
		memcpy(seq, s + i, n - i < sizeof seq ? n - i : sizeof seq);
		size_t k = utf8_char(seq);
		if (k == 0)
			return i + 1;
		i += k;
	}
	return 0;
}
