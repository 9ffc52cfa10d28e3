/* The UTF-8 and control-character check of the texts a feed writes and of the previous
 * feed it reads (RFC 5545 3.1, RFC 3629 4), shared by feed.c and feed_previous.c. */
#ifndef POORT_UTF8_H
#define POORT_UTF8_H

#include <stddef.h>

/* 1 + the offset of the first byte of s[0..n) that is not valid UTF-8 or is a control
 * character (C0 or DEL) not in allowed, or 0 when s[0..n) is clean. NUL is never allowed;
 * nothing past s[n - 1] is read. */
size_t poort_utf8_invalid_at(const char *s, size_t n, const char *allowed);

#endif
