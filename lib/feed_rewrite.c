/*
 * An event of the previous feed rewritten as the library writes it: only the library's
 * properties (and of their parameters only VALUE), CRLF, and text that libical reads back
 * the same, so that a later feed copies it again unchanged.
 */
#include "feed.h"
#include "utf8.h"

#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

/* The properties the library writes in an event (URL: the law link) and in its alarm, ending
 * in ICAL_NO_PROPERTY; a copied event keeps only these (and of their parameters only VALUE).
 * A property the library starts to write is added here. */
static const icalproperty_kind EVENT_PROPERTIES[] = {
	ICAL_UID_PROPERTY, ICAL_DTSTAMP_PROPERTY, ICAL_DTSTART_PROPERTY, ICAL_DTEND_PROPERTY,
	ICAL_SEQUENCE_PROPERTY, ICAL_LASTMODIFIED_PROPERTY, ICAL_STATUS_PROPERTY, ICAL_SUMMARY_PROPERTY,
	ICAL_DESCRIPTION_PROPERTY, ICAL_CATEGORIES_PROPERTY, ICAL_CLASS_PROPERTY, ICAL_TRANSP_PROPERTY,
	ICAL_URL_PROPERTY, ICAL_NO_PROPERTY};
static const icalproperty_kind ALARM_PROPERTIES[] = {ICAL_ACTION_PROPERTY, ICAL_TRIGGER_PROPERTY,
						     ICAL_DESCRIPTION_PROPERTY, ICAL_NO_PROPERTY};

static int kind_in(icalproperty_kind kind, const icalproperty_kind *kinds)
{
	for (; *kinds != ICAL_NO_PROPERTY; kinds++)
		if (*kinds == kind)
			return 1;
	return 0;
}

/* Drop from c what the library never writes: other properties, parameters other than VALUE,
 * components other than an event's VALARM. Returns how many were dropped. */
static size_t keep_ours(icalcomponent *c, const icalproperty_kind *kinds)
{
	size_t dropped = 0;
	icalproperty *next;
	for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_ANY_PROPERTY); p; p = next) {
		next = icalcomponent_get_next_property(c, ICAL_ANY_PROPERTY);
		if (!kind_in(icalproperty_isa(p), kinds)) {
			icalcomponent_remove_property(c, p);
			icalproperty_free(p);
			dropped++;
			continue;
		}
		icalparameter *x = icalproperty_get_first_parameter(p, ICAL_ANY_PARAMETER);
		while (x) {
			if (icalparameter_isa(x) == ICAL_VALUE_PARAMETER) {
				x = icalproperty_get_next_parameter(p, ICAL_ANY_PARAMETER);
				continue;
			}
			icalproperty_remove_parameter_by_ref(p, x); /* frees it */
			dropped++;
			x = icalproperty_get_first_parameter(p, ICAL_ANY_PARAMETER);
		}
	}
	icalcomponent *next_c;
	for (icalcomponent *a = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); a; a = next_c) {
		next_c = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT);
		if (kinds == EVENT_PROPERTIES && icalcomponent_isa(a) == ICAL_VALARM_COMPONENT) {
			dropped += keep_ours(a, ALARM_PROPERTIES);
		} else {
			icalcomponent_remove_component(c, a);
			icalcomponent_free(a);
			dropped++;
		}
	}
	return dropped;
}

int poort_feed_join_categories(icalcomponent *e)
{
	icalproperty *first = icalcomponent_get_first_property(e, ICAL_CATEGORIES_PROPERTY), *next;
	if (!first)
		return 1;
	struct poort_buf b = {0};
	poort_buf_printf(&b, "%s", icalproperty_get_categories(first));
	for (icalproperty *p = icalcomponent_get_next_property(e, ICAL_CATEGORIES_PROPERTY); p; p = next) {
		next = icalcomponent_get_next_property(e, ICAL_CATEGORIES_PROPERTY);
		poort_buf_printf(&b, ",%s", icalproperty_get_categories(p));
		icalcomponent_remove_property(e, p);
		icalproperty_free(p);
	}
	int ok = !b.failed && b.data;
	if (ok)
		icalproperty_set_categories(first, b.data);
	free(b.data);
	return ok;
}

/*
 * The event e (read from line `line`, its text block[0..block_len)), rewritten as the library
 * writes it: into p->block. It must read back to the same text, and be UTF-8, so that a
 * later feed copies it again unchanged. When nothing was dropped and the text is the block
 * itself, it reads back to the same text by construction (libical reads the same text into
 * the same event), so it is not read again: the common case of a feed copying its own events.
 */
int32_t poort_feed_rewrite(poort_feed *f, icalcomponent *e, size_t line, const char *block, size_t block_len,
			   struct poort_prev_event *p)
{
	size_t dropped = keep_ours(e, EVENT_PROPERTIES);
	p->has_dtstamp = icalcomponent_get_first_property(e, ICAL_DTSTAMP_PROPERTY) != NULL;
	size_t len, again_len = 0;
	char *text = poort_feed_join_categories(e) ? poort_feed_serialize(e, &len) : NULL, *again = NULL;
	int same = text && !dropped && len == block_len && memcmp(text, block, len) == 0;
	icalcomponent *back = text && !same ? icalparser_parse_string(text) : NULL;
	if (back && poort_feed_join_categories(back))
		again = poort_feed_serialize(back, &again_len);
	int32_t st = POORT_OK;
	if (!text || (back && !again))
		st = poort_feed_fail(f, POORT_ERR_NOMEM, "out of memory");
	else if ((!same && (!again || again_len != len || memcmp(text, again, len) != 0)) ||
		 poort_utf8_invalid_at(text, len, "\t\r\n"))
		st = poort_feed_fail(f, POORT_ERR_FEED_PARSE, "previous feed, event from line %zu: libical cannot "
				       "write it back unchanged", line);
	if (back)
		icalcomponent_free(back);
	free(again);
	if (st == POORT_OK) {
		p->block = text;
		p->block_len = len;
	} else {
		free(text);
	}
	return st;
}

