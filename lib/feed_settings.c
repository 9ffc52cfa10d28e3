/* The feed's settings of what a case manager sees: its language, name, UID domain and
 * refresh interval, when alarms fire, the host's link per case, and how long past and
 * cancelled events stay in the feed; what it includes and how strict it is. */
#include "feed.h"
#include "utf8.h"

#include <stdio.h>
#include <string.h>

#define CASE_ID_FIELD "{case_id}"

/* A whole-number setting: *field = value when value lies in min ... max. */
static int32_t set_whole(poort_feed *f, int32_t *field, int32_t value, int32_t min, int32_t max, const char *what)
{
	int32_t st = poort_feed_before_begin(f);
	if (st != POORT_OK)
		return st;
	if (value < min || value > max)
		return poort_feed_fail(f, POORT_ERR_ARGUMENT, "%s must be %ld to %ld, not %ld", what, (long)min,
				       (long)max, (long)value);
	*field = value;
	return POORT_OK;
}

/* A set of bits: *field = what when what holds only bits of allowed. */
static int32_t set_bits(poort_feed *f, int32_t *field, int32_t what, int32_t allowed, const char *name,
			const char *bits)
{
	int32_t st = poort_feed_before_begin(f);
	if (st != POORT_OK)
		return st;
	if (what & ~allowed)
		return poort_feed_fail(f, POORT_ERR_ARGUMENT, "%s must be a combination of %s bits", name, bits);
	*field = what;
	return POORT_OK;
}

int32_t poort_feed_set_lang(poort_feed *f, int32_t lang)
{
	int32_t st = poort_feed_before_begin(f);
	if (st != POORT_OK)
		return st;
	if (lang != POORT_LANG_NL && lang != POORT_LANG_EN)
		return poort_feed_fail(f, POORT_ERR_LANG, "language must be POORT_LANG_NL or POORT_LANG_EN");
	f->lang = lang;
	return POORT_OK;
}

int32_t poort_feed_set_uid_domain(poort_feed *f, const char *domain)
{
	int32_t st = poort_feed_before_begin(f);
	if (st != POORT_OK)
		return st;
	if (!domain)
		return poort_feed_fail(f, POORT_ERR_NULL, "domain is NULL");
	size_t n = strlen(domain);
	if (n == 0 || n > 253)
		return poort_feed_fail(f, POORT_ERR_TEXT, "UID domain must be 1 to 253 bytes");
	for (size_t i = 0; i < n; i++) {
		char c = domain[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
		      c == '-'))
			return poort_feed_fail(f, POORT_ERR_TEXT, "UID domain: byte %zu is not A-Z a-z 0-9 . -", i + 1);
	}
	memcpy(f->domain, domain, n + 1);
	return POORT_OK;
}

int32_t poort_feed_set_name(poort_feed *f, const char *name)
{
	int32_t st = poort_feed_before_begin(f);
	if (st != POORT_OK)
		return st;
	if (!name)
		return poort_feed_fail(f, POORT_ERR_NULL, "name is NULL");
	size_t n = strlen(name);
	if (n == 0 || n > 200)
		return poort_feed_fail(f, POORT_ERR_TEXT, "calendar name must be 1 to 200 bytes");
	size_t bad = poort_utf8_invalid_at(name, n, "");
	if (bad)
		return poort_feed_fail(f, POORT_ERR_TEXT,
				 "calendar name: byte %zu is not valid UTF-8 or is a control character", bad);
	memcpy(f->name, name, n + 1);
	return POORT_OK;
}

int32_t poort_feed_set_alarm_days(poort_feed *f, int32_t days)
{
	return set_whole(f, f ? &f->alarm_days : NULL, days, 0, 365, "alarm days");
}

int32_t poort_feed_set_reminder_events(poort_feed *f, int32_t on)
{
	int32_t st = poort_feed_before_begin(f);
	if (st != POORT_OK)
		return st;
	if (on != 0 && on != 1)
		return poort_feed_fail(f, POORT_ERR_ARGUMENT, "reminder events must be 0 or 1");
	f->reminders = on;
	return POORT_OK;
}

int32_t poort_feed_set_refresh_hours(poort_feed *f, int32_t hours)
{
	return set_whole(f, f ? &f->refresh_hours : NULL, hours, 1, 8760, "refresh hours");
}

int32_t poort_feed_set_include(poort_feed *f, int32_t what)
{
	return set_bits(f, f ? &f->include : NULL, what, POORT_FEED_DOSSIER | POORT_FEED_WAGE, "include",
			"POORT_FEED_*");
}

int32_t poort_feed_set_strict(poort_feed *f, int32_t what)
{
	return set_bits(f, f ? &f->strict : NULL, what, POORT_FEED_STRICT_ALL | POORT_FEED_STRICT_PREVIOUS,
			"strict", "POORT_FEED_STRICT_*");
}

int32_t poort_feed_set_alarm_time(poort_feed *f, int32_t minutes)
{
	return set_whole(f, f ? &f->alarm_time : NULL, minutes, 0, 1439, "alarm time in minutes after midnight");
}

int32_t poort_feed_set_keep_past(poort_feed *f, int32_t days)
{
	return set_whole(f, f ? &f->keep_past : NULL, days, -1, 36500, "keep-past days (-1: all)");
}

int32_t poort_feed_set_keep_cancelled(poort_feed *f, int32_t days)
{
	return set_whole(f, f ? &f->keep_cancelled : NULL, days, 0, 36500, "days to keep cancelled events");
}

/* A byte a URL template may hold outside its fields: printable ASCII that a URI allows
 * (RFC 3986 2), so the link needs no escaping in the feed. */
static int url_byte(char c)
{
	return c > ' ' && c < 127 && !strchr("\"<>\\^`{|}", c);
}

int32_t poort_feed_set_case_url(poort_feed *f, const char *url_template)
{
	int32_t st = poort_feed_before_begin(f);
	if (st != POORT_OK)
		return st;
	if (!url_template)
		return poort_feed_fail(f, POORT_ERR_NULL, "URL template is NULL");
	size_t n = strlen(url_template), fields = 0, k = strlen(CASE_ID_FIELD);
	if (n > sizeof f->case_url - 1)
		return poort_feed_fail(f, POORT_ERR_TEXT, "case URL template must be at most %zu bytes",
				       sizeof f->case_url - 1);
	size_t scheme = strspn(url_template, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");
	if (scheme == 0 || url_template[scheme] != ':')
		return poort_feed_fail(f, POORT_ERR_TEXT, "case URL template must start with a scheme, e.g. https:");
	for (size_t i = 0; i < n; i++) {
		if (strncmp(url_template + i, CASE_ID_FIELD, k) == 0) {
			fields++;
			i += k - 1;
		} else if (!url_byte(url_template[i])) {
			return poort_feed_fail(f, POORT_ERR_TEXT, "case URL template: byte %zu may not appear in a URL "
					       "(only " CASE_ID_FIELD " is replaced)", i + 1);
		}
	}
	if (fields == 0)
		return poort_feed_fail(f, POORT_ERR_TEXT, "case URL template has no " CASE_ID_FIELD);
	memcpy(f->case_url, url_template, n + 1);
	return POORT_OK;
}

size_t poort_feed_case_link(const poort_feed *f, const char *case_id, char *buf, size_t size)
{
	size_t n = 0, k = strlen(CASE_ID_FIELD);
	buf[0] = '\0';
	for (const char *p = f->case_url; *p && n < size;) {
		if (strncmp(p, CASE_ID_FIELD, k) == 0) {
			n += (size_t)snprintf(buf + n, size - n, "%s", case_id);
			p += k;
		} else {
			n += (size_t)snprintf(buf + n, size - n, "%c", *p++);
		}
	}
	return n;
}
