/*
 * The SVG drawing's text writer. Text is put together in a piece on the stack and added to
 * the buffer once per call, as poort_buf_printf() does, with a small format of its own that
 * is several times faster than printf for the many short numbers and dates of a drawing
 * (the drawing should cost no more than the timeline's JSON).
 */
#include "svg.h"

#include <stdarg.h>
#include <string.h>

struct piece {
	struct poort_buf *b;
	size_t n;
	char s[1024];
};

/* Add the piece to the buffer and start it again. */
static void piece_flush(struct piece *p)
{
	poort_buf_add(p->b, p->s, p->n);
	p->n = 0;
}

/* Room for len (at most the piece's size) more bytes in the piece. */
static char *piece_room(struct piece *p, size_t len)
{
	if (len > sizeof p->s - p->n)
		piece_flush(p);
	return p->s + p->n;
}

/* piece_add() when the text does not fit: through the buffer. */
static void piece_spill(struct piece *p, const char *s, size_t len)
{
	piece_flush(p);
	if (len > sizeof p->s)
		poort_buf_add(p->b, s, len);
	else
		memcpy(p->s, s, p->n = len);
}

static inline void piece_add(struct piece *p, const char *s, size_t len)
{
	if (len > sizeof p->s - p->n) {
		piece_spill(p, s, len);
		return;
	}
	memcpy(p->s + p->n, s, len);
	p->n += len;
}

/* Text with the five XML special characters escaped; valid in content and attributes. */
static void piece_xml(struct piece *p, const char *s)
{
	static const char *const entity[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};
	static const char special[] = "&<>\"'";
	for (;;) {
		size_t n = strcspn(s, special);
		piece_add(p, s, n);
		s += n;
		if (!*s)
			return;
		const char *e = entity[strchr(special, *s++) - special];
		piece_add(p, e, strlen(e));
	}
}

/* Tenths of a pixel as an SVG number: "150", "163.5". Every number of the drawing is a
 * coordinate, size or week number: none is negative, and all lie far inside 32 bits. */
static void piece_num(struct piece *p, int64_t v)
{
	uint32_t whole = (uint32_t)v / 10, tenth = (uint32_t)v % 10;
	size_t len = 1 + (tenth ? 2 : 0);
	for (uint32_t w = whole; w >= 10; w /= 10)
		len++;
	char *q = piece_room(p, len) + len;
	p->n += len;
	if (tenth) {
		*--q = (char)('0' + tenth);
		*--q = '.';
	}
	do {
		*--q = (char)('0' + whole % 10);
		whole /= 10;
	} while (whole);
}

void poort_svg_put(struct poort_buf *b, const char *fmt, ...)
{
	struct piece p;
	const char *at;
	va_list ap;
	p.b = b;
	p.n = 0;
	va_start(ap, fmt);
	while ((at = strchr(fmt, '%')) != NULL) {
		piece_add(&p, fmt, (size_t)(at - fmt));
		switch (at[1]) {
		case 's': fmt = va_arg(ap, const char *); piece_add(&p, fmt, strlen(fmt)); break;
		case 'x': piece_xml(&p, va_arg(ap, const char *)); break;
		case 'd': piece_num(&p, 10 * (int64_t)va_arg(ap, int)); break;
		case 'v': piece_num(&p, va_arg(ap, int64_t)); break;
		case 't':
			poort_fmt_date(va_arg(ap, int32_t), piece_room(&p, POORT_DATE_BUFSIZE));
			p.n += POORT_DATE_BUFSIZE - 1;
			break;
		default: break;
		}
		fmt = at + 2;
	}
	va_end(ap);
	piece_add(&p, fmt, strlen(fmt));
	piece_flush(&p);
}

int64_t poort_text_width(const char *s, int size)
{
	int64_t chars = 0;
	for (; *s; s++)
		chars += ((unsigned char)*s & 0xC0) != 0x80;
	return chars * size * 55 / 10;
}
