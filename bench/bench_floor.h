/*
 * The floor of the calendar benchmarks (bench_calendar.c, bench_sheet.c): libical writing one
 * component per event, the least a streaming writer must do. The events' values are read
 * back with libical from the library's own feed before anything is timed, so the floor
 * writes the same events without computing them; each must come out byte for byte as the
 * library wrote it (floor_check).
 */
#ifndef POORT_BENCH_FLOOR_H
#define POORT_BENCH_FLOOR_H

/* the includer defines _POSIX_C_SOURCE 200809L first (strndup) */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * The events' values as the library wrote them, kept in two blocks: the properties of all
 * events in order, and their texts. (One allocation per value would leave the heap the
 * library and the floor then run in fragmented, and slow both.)
 */
struct prop {
	icalproperty_kind kind;
	size_t text; /* offset in the texts: UID, SUMMARY, DESCRIPTION, URL, CATEGORIES */
	struct icaltimetype time; /* DTSTAMP, DTSTART, DTEND */
	int number; /* SEQUENCE, CLASS, TRANSP */
};

struct store {
	struct prop *props;
	size_t n_props, cap_props;
	char *texts;
	size_t n_texts, cap_texts;
};

struct event {
	size_t first, n; /* its properties in the store */
};

/* Room for one more property and a text of len bytes; 0, or 1 when out of memory. */
static int store_room(struct store *s, size_t len)
{
	while (s->n_props + 1 > s->cap_props) {
		struct prop *p = realloc(s->props, (s->cap_props = s->cap_props * 2 + 64) * sizeof *p);
		if (!p)
			return 1;
		s->props = p;
	}
	while (s->n_texts + len + 1 > s->cap_texts) {
		char *t = realloc(s->texts, s->cap_texts = s->cap_texts * 2 + 4096);
		if (!t)
			return 1;
		s->texts = t;
	}
	return 0;
}

/* Append the property's value; 0, or 1 for a property the floor does not know. */
static int read_prop(icalproperty *ip, struct store *s)
{
	struct prop p = {.kind = icalproperty_isa(ip)};
	const char *text = NULL;
	switch (p.kind) {
	case ICAL_UID_PROPERTY: text = icalproperty_get_uid(ip); break;
	case ICAL_SUMMARY_PROPERTY: text = icalproperty_get_summary(ip); break;
	case ICAL_DESCRIPTION_PROPERTY: text = icalproperty_get_description(ip); break;
	case ICAL_URL_PROPERTY: text = icalproperty_get_url(ip); break;
	case ICAL_CATEGORIES_PROPERTY: text = icalproperty_get_categories(ip); break;
	case ICAL_DTSTAMP_PROPERTY: p.time = icalproperty_get_dtstamp(ip); break;
	case ICAL_DTSTART_PROPERTY: p.time = icalproperty_get_dtstart(ip); break;
	case ICAL_DTEND_PROPERTY: p.time = icalproperty_get_dtend(ip); break;
	case ICAL_SEQUENCE_PROPERTY: p.number = icalproperty_get_sequence(ip); break;
	case ICAL_CLASS_PROPERTY: p.number = (int)icalproperty_get_class(ip); break;
	case ICAL_TRANSP_PROPERTY: p.number = (int)icalproperty_get_transp(ip); break;
	default: return 1;
	}
	size_t len = text ? strlen(text) : 0;
	if (store_room(s, len))
		return 1;
	p.text = s->n_texts;
	memcpy(s->texts + s->n_texts, text ? text : "", len + 1);
	s->n_texts += len + 1;
	s->props[s->n_props++] = p;
	/* libical reads "CATEGORIES:a,b" as two properties: one again, as the library wrote it
	 * (the two texts are next to each other) */
	if (p.kind == ICAL_CATEGORIES_PROPERTY && s->n_props > 1 &&
	    s->props[s->n_props - 2].kind == ICAL_CATEGORIES_PROPERTY) {
		s->texts[p.text - 1] = ',';
		s->n_props--;
	}
	return 0;
}

static icalproperty *new_prop(const struct store *s, const struct prop *p)
{
	const char *text = s->texts + p->text;
	switch (p->kind) {
	case ICAL_UID_PROPERTY: return icalproperty_new_uid(text);
	case ICAL_SUMMARY_PROPERTY: return icalproperty_new_summary(text);
	case ICAL_DESCRIPTION_PROPERTY: return icalproperty_new_description(text);
	case ICAL_URL_PROPERTY: return icalproperty_new_url(text);
	case ICAL_CATEGORIES_PROPERTY: return icalproperty_new_categories(text);
	case ICAL_DTSTAMP_PROPERTY: return icalproperty_new_dtstamp(p->time);
	case ICAL_DTSTART_PROPERTY: return icalproperty_new_dtstart(p->time);
	case ICAL_DTEND_PROPERTY: return icalproperty_new_dtend(p->time);
	case ICAL_SEQUENCE_PROPERTY: return icalproperty_new_sequence(p->number);
	case ICAL_CLASS_PROPERTY: return icalproperty_new_class((enum icalproperty_class)p->number);
	default: return icalproperty_new_transp((enum icalproperty_transp)p->number);
	}
}

static icalcomponent *build_event(const struct store *s, const struct event *e)
{
	icalcomponent *c = icalcomponent_new(ICAL_VEVENT_COMPONENT);
	for (size_t i = 0; i < e->n; i++)
		icalcomponent_add_property(c, new_prop(s, &s->props[e->first + i]));
	return c;
}

/* The event one VEVENT block of the library's feed holds; 0, or 1 when the floor cannot
 * write it (a property or component it does not know). */
static int read_event(const char *block, size_t len, struct store *s, struct event *e)
{
	char *text = strndup(block, len);
	icalcomponent *c = text ? icalcomponent_new_from_string(text) : NULL;
	int unknown = !c || icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT) != NULL;
	e->first = s->n_props;
	for (icalproperty *p = c ? icalcomponent_get_first_property(c, ICAL_ANY_PROPERTY) : NULL; p && !unknown;
	     p = icalcomponent_get_next_property(c, ICAL_ANY_PROPERTY))
		unknown = read_prop(p, s);
	e->n = s->n_props - e->first;
	if (unknown)
		fprintf(stderr, "the floor cannot write this event (a property or part it does not know):\n%s", text);
	icalcomponent_free(c);
	free(text);
	return unknown;
}

/* Whether the floor writes the event e exactly as the library's block[0..len); says so when not. */
static int floor_check(const struct store *s, const struct event *e, const char *block, size_t len)
{
	icalcomponent *c = build_event(s, e);
	char *mine = icalcomponent_as_ical_string_r(c);
	int same = strlen(mine) == len && memcmp(mine, block, len) == 0;
	if (!same)
		fprintf(stderr, "the floor's event differs from the library's:\n%.*s---\n%s", (int)len, block, mine);
	icalmemory_free_buffer(mine);
	icalcomponent_free(c);
	return same;
}

/* Write every event once, as the floor does: built, serialized on its own, freed; the bytes. */
static size_t floor_write(const struct store *s, const struct event *ev, size_t n)
{
	size_t bytes = 0;
	for (size_t i = 0; i < n; i++) {
		icalcomponent *e = build_event(s, &ev[i]);
		char *text = icalcomponent_as_ical_string_r(e);
		icalcomponent_free(e);
		bytes += strlen(text);
		icalmemory_free_buffer(text);
	}
	return bytes;
}

#endif
