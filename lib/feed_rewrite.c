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

/* ------------------------------------------------------ lines of fixed form */

/*
 * Most lines of a copied event repeat from event to event: a date or a time, a number, a
 * word of an enumeration, a short text such as the law link or the categories, with no
 * parameter but VALUE. libical writes such a property from the fields below alone (its
 * name, the VALUE it prints from the value's kind and a VALUE parameter, the value), so the
 * line it wrote once for the same fields is the line: writing the few thousand distinct ones
 * of a feed once saves most of libical's work of writing an event.
 */
struct line_key {
	int32_t kind, value_kind, value_param; /* the property's, its value's, a VALUE parameter's (or 0) */
	int32_t v[7]; /* the value: a time (year ... second, whether a date, whether UTC); a number */
};

#define LINE_CACHE_SIZE 8192 /* a power of two */
#define LINE_TEXT_MAX 128    /* a longer text value is not kept */

struct poort_line_cache {
	struct line_key key[LINE_CACHE_SIZE];
	char text[LINE_CACHE_SIZE][LINE_TEXT_MAX]; /* a text value, else "" */
	char line[LINE_CACHE_SIZE][200];           /* "" when the slot is empty */
};

/* The fields of a time value into k. 0 when it has a time zone other than UTC. */
static int time_key(icalvalue *v, struct line_key *k)
{
	struct icaltimetype t = k->value_kind == ICAL_DATE_VALUE ? icalvalue_get_date(v) : icalvalue_get_datetime(v);
	int utc = t.zone && t.zone == icaltimezone_get_utc_timezone();
	int32_t fields[7] = {t.year, t.month, t.day, t.hour, t.minute, t.second, t.is_date + 2 * utc};
	memcpy(k->v, fields, sizeof fields);
	return !t.zone || utc;
}

/* The fields of a property of fixed form into k, its text value into *text (NULL when it has
 * none); 0 when it is not one. */
static int line_key(icalproperty *p, struct line_key *k, const char **text)
{
	icalvalue *v = icalproperty_get_value(p);
	int params = icalproperty_count_parameters(p);
	icalparameter *x = params == 1 ? icalproperty_get_first_parameter(p, ICAL_VALUE_PARAMETER) : NULL;
	memset(k, 0, sizeof *k);
	*text = NULL;
	if (!v || params > 1 || (params == 1 && (!x || icalparameter_get_value(x) == ICAL_VALUE_X)))
		return 0;
	k->kind = (int32_t)icalproperty_isa(p);
	if (k->kind == ICAL_UID_PROPERTY || k->kind == ICAL_SUMMARY_PROPERTY || k->kind == ICAL_DESCRIPTION_PROPERTY)
		return 0; /* a text of its own in every event: kept, it would only push out the others */
	k->value_kind = (int32_t)icalvalue_isa(v);
	k->value_param = x ? (int32_t)icalparameter_get_value(x) : 0;
	if (k->value_kind == ICAL_DATE_VALUE || k->value_kind == ICAL_DATETIME_VALUE)
		return time_key(v, k);
	if (icalvalue_get_x(v))
		return 0;
	switch (k->value_kind) {
	case ICAL_TEXT_VALUE: *text = icalvalue_get_text(v); break;
	case ICAL_URI_VALUE: *text = icalvalue_get_uri(v); break;
	case ICAL_INTEGER_VALUE: k->v[0] = icalvalue_get_integer(v); return 1;
	case ICAL_CLASS_VALUE: k->v[0] = (int32_t)icalvalue_get_class(v); return 1;
	case ICAL_TRANSP_VALUE: k->v[0] = (int32_t)icalvalue_get_transp(v); return 1;
	case ICAL_STATUS_VALUE: k->v[0] = (int32_t)icalvalue_get_status(v); return 1;
	default: return 0;
	}
	return *text && strlen(*text) < LINE_TEXT_MAX;
}

/* The slot of a line in the cache: a hash of its fields and text. */
static size_t line_slot(const struct line_key *k, const char *text)
{
	const unsigned char *bytes = (const unsigned char *)k;
	uint64_t h = 14695981039346656037ULL;
	for (size_t i = 0; i < sizeof *k; i++)
		h = (h ^ bytes[i]) * 1099511628211ULL;
	return (size_t)poort_feed_hash(h, text) & (LINE_CACHE_SIZE - 1);
}

/* Append the property p as libical writes it; a line of fixed form from the cache. */
static void add_line(poort_feed *f, struct poort_buf *b, icalproperty *p)
{
	struct line_key k;
	const char *value = NULL;
	struct poort_line_cache *c = f->line_cache;
	size_t slot = 0;
	if (c && line_key(p, &k, &value)) {
		slot = line_slot(&k, value);
		if (c->line[slot][0] && memcmp(&c->key[slot], &k, sizeof k) == 0 &&
		    strcmp(c->text[slot], value ? value : "") == 0) {
			poort_buf_puts(b, c->line[slot]);
			return;
		}
	} else {
		c = NULL;
	}
	char *text = icalproperty_as_ical_string_r(p);
	if (!text)
		return; /* libical leaves it out of the component's text too */
	poort_buf_puts(b, text);
	if (c && strlen(text) < sizeof c->line[slot]) {
		c->key[slot] = k;
		strcpy(c->text[slot], value ? value : "");
		strcpy(c->line[slot], text);
	}
	icalmemory_free_buffer(text);
}

/* The event e as icalcomponent_as_ical_string_r writes it (BEGIN, each property, each
 * component, END), folding repaired, as poort_feed_serialize; NULL when out of memory. */
static char *serialize(poort_feed *f, icalcomponent *e, size_t *len)
{
	struct poort_buf *b = &f->event; /* the feed has not begun: free to use */
	b->len = 0;
	b->failed = 0;
	if (!f->line_cache)
		f->line_cache = calloc(1, sizeof *f->line_cache); /* none: every line by libical */
	poort_buf_puts(b, "BEGIN:VEVENT\r\n");
	for (icalproperty *p = icalcomponent_get_first_property(e, ICAL_ANY_PROPERTY); p;
	     p = icalcomponent_get_next_property(e, ICAL_ANY_PROPERTY))
		add_line(f, b, p);
	for (icalcomponent *a = icalcomponent_get_first_component(e, ICAL_ANY_COMPONENT); a;
	     a = icalcomponent_get_next_component(e, ICAL_ANY_COMPONENT)) {
		char *text = icalcomponent_as_ical_string_r(a);
		if (text)
			poort_buf_puts(b, text);
		icalmemory_free_buffer(text);
	}
	poort_buf_puts(b, "END:VEVENT\r\n");
	if (b->failed)
		return NULL;
	*len = poort_feed_repair_folding(b->data, b->len);
	char *text = malloc(*len + 1);
	if (text) {
		memcpy(text, b->data, *len);
		text[*len] = '\0';
	}
	return text;
}

void poort_feed_rewrite_done(poort_feed *f)
{
	free(f->line_cache);
	f->line_cache = NULL;
}

/*
 * The event e (read from line `line`, its text block[0..block_len)), rewritten as the library
 * writes it: into p->block. It must read back to the same text, and be UTF-8, so that a
 * later feed copies it again unchanged. When nothing was dropped and the text is the block
 * itself, it reads back to the same text by construction (libical reads the same text into
 * the same event), so it is not read again, and it is UTF-8 as every line of the previous
 * feed was checked to be: the common case of a feed copying its own events.
 */
int32_t poort_feed_rewrite(poort_feed *f, icalcomponent *e, size_t line, const char *block, size_t block_len,
			   struct poort_prev_event *p)
{
	size_t dropped = keep_ours(e, EVENT_PROPERTIES);
	p->has_dtstamp = icalcomponent_get_first_property(e, ICAL_DTSTAMP_PROPERTY) != NULL;
	size_t len = 0, again_len = 0;
	char *text = poort_feed_join_categories(e) ? serialize(f, e, &len) : NULL, *again = NULL;
	int same = text && !dropped && len == block_len && memcmp(text, block, len) == 0;
	icalcomponent *back = text && !same ? icalparser_parse_string(text) : NULL;
	if (back && poort_feed_join_categories(back))
		again = poort_feed_serialize(back, &again_len);
	int32_t st = POORT_OK;
	if (!text || (back && !again))
		st = poort_feed_fail(f, POORT_ERR_NOMEM, "out of memory");
	else if (!same && (!again || again_len != len || memcmp(text, again, len) != 0 ||
			   poort_utf8_invalid_at(text, len, "\t\r\n")))
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

