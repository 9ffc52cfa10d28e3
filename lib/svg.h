/* A small text writer for the SVG drawing (svg_text.c), shared by svg.c. */
#ifndef POORT_SVG_H
#define POORT_SVG_H

#include "internal.h"

/*
 * Append text to b with a small format of its own: %s a string, %x a string XML-escaped
 * (the five special characters as entities, so it is valid in content and attributes),
 * %d an int, %v an int64_t in tenths of a pixel written as an SVG number ("150", "163.5";
 * neither is ever negative),
 * %t a date "YYYY-MM-DD". Nothing else follows a '%'.
 */
void poort_svg_put(struct poort_buf *b, const char *fmt, ...);

/* Estimated width of UTF-8 text in a font size (pixels), in tenths of a pixel: 0.55 em a
 * character, about the average of a sans-serif font. */
int64_t poort_text_width(const char *s, int size);

#endif
