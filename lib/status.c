/* Status codes, their texts, the per-case error message, version and poort_free. */
#include "internal.h"
#include "law.h"

#include <stdio.h>
#include <stdlib.h>

static const char *const status_text[] = {
	[POORT_OK] = "ok",
	[-POORT_ERR_NULL] = "a required argument is NULL",
	[-POORT_ERR_DATE_SYNTAX] = "not a strict YYYY-MM-DD date",
	[-POORT_ERR_DATE_INVALID] = "no such calendar day",
	[-POORT_ERR_DATE_RANGE] = "date outside 1900-01-01 ... 2199-12-31",
	[-POORT_ERR_PERIOD_ORDER] = "last day before first day",
	[-POORT_ERR_PERIOD_OVERLAP] = "periods overlap",
	[-POORT_ERR_AFTER_OPEN] = "period after an open-ended sick period",
	[-POORT_ERR_UNKNOWN_MILESTONE] = "unknown milestone id",
	[-POORT_ERR_NOT_RECORDABLE] = "milestone cannot be recorded as done",
	[-POORT_ERR_NO_DEPARTURE] = "only PROBLEEMANALYSE and PLAN_VAN_AANPAK allow a reasoned departure",
	[-POORT_ERR_LOONSANCTIE_WEEKS] = "loonsanctie must be 1 to " LAW_TEXT(LAW_LOONSANCTIE_MAX_WEEKS) " weeks",
	[-POORT_ERR_LOONSANCTIE_LATE] = "loonsanctie decided on or after the end of the wachttijd",
	[-POORT_ERR_BEKORTING] = "bekorting decision before the loonsanctie decision",
	[-POORT_ERR_EXTENSION] = "voluntary extension must end after the wachttijd",
	[-POORT_ERR_NO_PERIODS] = "the case has no sick period",
	[-POORT_ERR_BEFORE_CASE] = "date before the first sick day of the case",
	[-POORT_ERR_CASE_ID] = "case id must be 1-64 characters of A-Z a-z 0-9 . _ -",
	[-POORT_ERR_LANG] = "language must be nl (0) or en (1)",
	[-POORT_ERR_ARGUMENT] = "argument out of range",
	[-POORT_ERR_DUPLICATE] = "that date is already recorded",
	[-POORT_ERR_LIMIT] = "too many periods or records",
	[-POORT_ERR_NOMEM] = "out of memory",
	[-POORT_ERR_INDEX] = "index out of range",
	[-POORT_ERR_BUFFER] = "buffer too small",
	[-POORT_ERR_UNKNOWN_ITEM] = "unknown dossier item id",
	[-POORT_ERR_WAGE] = "wage must be " POORT_EURO " 0.01 to " POORT_EURO " 10000000.00 a month",
	[-POORT_ERR_HOURS] = "hours per week must be above 0 and at most 168, and not above the contract",
	[-POORT_ERR_WAITING_DAYS] = "waiting days must be 0, 1 or 2",
	[-POORT_ERR_CAO_WEEKS] = "CAO weeks must lie within 1-156, to not before from",
	[-POORT_ERR_CAO_OVERLAP] = "CAO ranges overlap",
	[-POORT_ERR_PERCENT] = "percentage must be 0% to 1000%",
	[-POORT_ERR_NO_WAGE] = "wage and hours are not set",
	[-POORT_ERR_TABLE_RANGE] = "date before the oldest row of a statutory table",
	[-POORT_ERR_AGE] = "age must be 0 to 120",
	[-POORT_ERR_FEED_STATE] = "feed call out of order or a required feed setting missing",
	[-POORT_ERR_FEED_PARSE] = "the previous feed is not a valid iCalendar feed",
	[-POORT_ERR_WRITE] = "the write callback asked to stop",
	[-POORT_ERR_TEXT] = "text not valid UTF-8, too long or with forbidden characters",
	[-POORT_ERR_SHEET] = "a cases sheet that cannot be read, or a row that does not fit its header",
	[-POORT_ERR_PARAMS_SYNTAX] = "a line of statutory data that does not follow its format",
	[-POORT_ERR_NOT_FOUND] = "no such fact in the case to remove",
};

const char *poort_status_str(int32_t status)
{
	if (status > 0 || status < -(int32_t)(sizeof status_text / sizeof *status_text - 1))
		return "unknown status";
	return status_text[-status];
}

int32_t poort_set_error(char *msg, size_t size, int32_t status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, size, fmt, ap);
	va_end(ap);
	return status;
}

int poort_lang_ok(int32_t lang)
{
	return lang == POORT_LANG_NL || lang == POORT_LANG_EN;
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
	static const char *const names[] = {
		[POORT_STATUS_UPCOMING] = "upcoming",
		[POORT_STATUS_DUE_SOON] = "due_soon",
		[POORT_STATUS_OVERDUE] = "overdue",
		[POORT_STATUS_DONE] = "done",
		[POORT_STATUS_DONE_LATE] = "done_late",
		[POORT_STATUS_NOT_APPLICABLE] = "not_applicable",
		[POORT_STATUS_PASSED] = "passed",
	};
	return POORT_NAME(names, status);
}

const char *poort_kind_name(int32_t kind)
{
	static const char *const names[] = {
		[POORT_KIND_STATUTORY] = "statutory",
		[POORT_KIND_PRACTICE] = "practice",
		[POORT_KIND_INFORMATIONAL] = "informational",
	};
	return POORT_NAME(names, kind);
}
