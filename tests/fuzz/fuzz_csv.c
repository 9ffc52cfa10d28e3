/* Fuzz target: the command-line tool's cases file (libcsv, then each cell through the
 * option parsers); each accepted row's case goes through the timeline. (The calendar has
 * its own target, fuzz_feed.) */
#include "../../examples/cli.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int timeline(void *ctx, struct options *o)
{
	(void)ctx;
	poort_timeline *t = NULL;
	int32_t st = poort_timeline_compute(o->c, 20780 /* 2026-11-23 */, 14, &t);
	poort_timeline_free(t);
	return st != POORT_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	set_error_stream(NULL);
	struct options defaults = {.today = POORT_DATE_NONE, .due_soon = 14, .wage_cents = -1, .hours = -1,
				   .from = POORT_DATE_NONE, .to = POORT_DATE_NONE};
	if (read_cases_csv("fuzz.csv", (const char *)data, size, &defaults, timeline, NULL) < -1)
		abort();
	return 0;
}
