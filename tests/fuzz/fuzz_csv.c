/* Fuzz target: a cases sheet as the command-line tool reads it (the library's poort_sheet:
 * encodings, delimiters, quotes, aliases, dates, amounts), every cell of every row through
 * the accessors, and each accepted row's case through the timeline. (The calendar has its
 * own target, fuzz_feed.) */
#include "poortwachter.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The cells of the current row, as the tool passes them on; a cell longer than the input
 * (or a column without a name) would be a reader's bug. */
static void touch_row(const poort_sheet *s, size_t size)
{
	for (size_t j = 0; j < poort_sheet_column_count(s); j++) {
		const char *name = poort_sheet_column_name(s, j);
		const char *v = name ? poort_sheet_value(s, name) : NULL;
		if (!name || (v && strlen(v) > 3 * size))
			abort();
	}
	if (strlen(poort_sheet_errmsg(s)) > 4096)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	poort_sheet *s = NULL;
	if (poort_sheet_new((const char *)data, size, &s) == POORT_OK) {
		for (size_t rows = 0; rows <= size + 1; rows++) {
			poort_case *c = NULL;
			int32_t st = poort_sheet_next(s, &c);
			if (st == POORT_OK && !c)
				break;
			touch_row(s, size);
			poort_timeline *t = NULL;
			if (c && poort_timeline_compute(c, 20780 /* 2026-11-23 */, 14, &t) == POORT_OK)
				poort_timeline_free(t);
			poort_case_free(c);
			if (rows == size + 1) /* every row takes at least a byte */
				abort();
		}
	}
	poort_sheet_free(s);
	return 0;
}
