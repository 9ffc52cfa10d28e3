/* Status codes, their texts, the per-case error message, version and poort_free. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>

static const char *const status_text[] = {
	[0] = "ok",
	[1] = "a required argument is NULL",
	[2] = "not a strict YYYY-MM-DD date",
	[3] = "no such calendar day",
	[4] = "date outside 1900-01-01 ... 2199-12-31",
	[5] = "last day before first day",
	[6] = "periods overlap",
	[7] = "period after an open-ended sick period",
	[8] = "unknown milestone id",
	[9] = "milestone cannot be recorded as done",
	[10] = "only PROBLEEMANALYSE and PLAN_VAN_AANPAK allow a reasoned departure",
	[11] = "loonsanctie must be 1 to 52 weeks",
	[12] = "loonsanctie decided on or after the end of the wachttijd",
	[13] = "bekorting decision before the loonsanctie decision",
	[14] = "voluntary extension must end after the wachttijd",
	[15] = "the case has no sick period",
	[16] = "date before the first sick day of the case",
	[17] = "case id must be 1-64 characters of A-Z a-z 0-9 . _ -",
	[18] = "language must be nl (0) or en (1)",
	[19] = "argument out of range",
	[20] = "that date is already recorded",
	[21] = "too many periods or records",
	[22] = "out of memory",
	[23] = "index out of range",
	[24] = "buffer too small",
	[25] = "unknown dossier item id",
	[26] = "wage must be 0 to 1 000 000 000 cents a month",
	[27] = "hours per week must be above 0 and at most 168, and not above the contract",
	[28] = "waiting days must be 0, 1 or 2",
	[29] = "CAO weeks must lie within 1-156, to not before from",
	[30] = "CAO ranges overlap",
	[31] = "percentage must be 0 to 100000 basis points",
	[32] = "wage and hours are not set",
	[33] = "date before the oldest row of a statutory table",
	[34] = "age must be 0 to 120",
	[35] = "feed call out of order or a required feed setting missing",
	[36] = "the previous feed is not a valid iCalendar feed",
	[37] = "the write callback asked to stop",
	[38] = "text not valid UTF-8, too long or with forbidden characters",
	[39] = "a cases sheet that cannot be read, or a row that does not fit its header",
};

const char *poort_status_str(int32_t status)
{
	if (status > 0 || status < -(int32_t)(sizeof status_text / sizeof *status_text - 1))
		return "unknown status";
	return status_text[-status];
}

int32_t poort_fail(struct poort_case *c, int32_t status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(c->errmsg, sizeof c->errmsg, fmt, ap);
	va_end(ap);
	return status;
}

int32_t poort_begin_compute(struct poort_case *c, void *out)
{
	if (out)
		*(void **)out = NULL;
	if (!c)
		return POORT_ERR_NULL;
	c->errmsg[0] = '\0';
	if (!out)
		return poort_fail(c, POORT_ERR_NULL, "out is NULL");
	if (!c->n_periods)
		return poort_fail(c, POORT_ERR_NO_PERIODS, "the case has no sick period");
	return POORT_OK;
}

void poort_free(void *ptr)
{
	free(ptr);
}

uint32_t poort_version(void)
{
	return POORT_VERSION_NUMBER;
}

const char *poort_version_string(void)
{
	return POORT_VERSION_STRING;
}

const char *poort_status_name(int32_t status)
{
	static const char *const names[] = {"upcoming", "due_soon", "overdue", "done",
					    "done_late", "not_applicable", "passed"};
	if (status < 0 || status >= (int32_t)(sizeof names / sizeof *names))
		return NULL;
	return names[status];
}

const char *poort_kind_name(int32_t kind)
{
	static const char *const names[] = {"statutory", "practice", "informational"};
	if (kind < 0 || kind >= (int32_t)(sizeof names / sizeof *names))
		return NULL;
	return names[kind];
}
