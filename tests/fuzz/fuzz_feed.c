/*
 * Fuzz target: the previous-feed reader (poort_feed_set_previous, with libical). When the
 * text is accepted, a case's feed is regenerated from it; that new feed must itself be
 * accepted as a previous feed, and regenerating from it must give the same bytes.
 */
#include "poortwachter.h"

#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *regenerate(poort_case *c, const char *previous, size_t len, size_t *out_len)
{
	poort_feed *f = poort_feed_new();
	char *out = NULL;
	if (!f)
		abort();
	poort_feed_set_dtstamp(f, 1795420800LL);
	poort_feed_set_uid_domain(f, "x");
	int32_t st = poort_feed_set_previous(f, previous, len);
	if (st == POORT_OK && poort_case_ics(c, f, &out, out_len) != POORT_OK)
		abort(); /* an accepted previous feed must lead to a feed */
	if (st != POORT_OK && (st != POORT_ERR_FEED_PARSE || !poort_feed_errmsg(f)[0]))
		abort(); /* a rejection is a parse error with a message */
	poort_feed_free(f);
	return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	poort_case *c = poort_case_new();
	int32_t day;
	poort_date_parse("2026-01-01", &day);
	/* a short sickness: a small feed, so the time goes to reading the previous one */
	poort_case_add_period(c, day, day + 2);
	poort_case_set_id(c, "f");
	size_t len1, len2;
	char *first = regenerate(c, (const char *)data, size, &len1);
	if (first) {
		char *second = regenerate(c, first, len1, &len2);
		if (!second || len1 != len2 || memcmp(first, second, len1) != 0)
			abort();
		poort_free(second);
	}
	poort_free(first);
	poort_case_free(c);
	icalmemory_free_ring();
	return 0;
}
