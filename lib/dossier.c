/*
 * The dossier on a reference date (spec section 5): each item of the checklist is due with
 * a milestone of the timeline; what the case needs depends on how it ended.
 */
#include "dossier.h"
#include "law.h"
#include "timeline.h"

#include <stdlib.h>

/* Due date and applicability of the milestone idx in the computed timeline. */
static const struct poort_entry *milestone(const poort_timeline *t, int idx)
{
	for (size_t i = 0; i < t->n; i++)
		if (t->m[i].def == idx && t->m[i].occurrence == 0)
			return &t->m[i];
	return NULL;
}

/* Which RIV the case needs: by the sick days when employment ended during sickness
 * (Regeling procesgang art. 6 lid 2), or by the length of a sickness that has ended. */
static int32_t riv_variant(const struct poort_case *c, const poort_timeline *t)
{
	struct poort_span s;
	poort_latest_case(c, &s);
	int32_t end = t->e.employment_end;
	if (end == POORT_DATE_NONE || !poort_ends_during_sickness(&t->e, end)) {
		if (t->e.last_sick_day != POORT_DATE_NONE &&
		    poort_sick_days_until(&s, t->e.last_sick_day) < LAW_RIV_MIN_SICK_DAYS)
			return POORT_RIV_NONE;
		return POORT_RIV_FULL;
	}
	int32_t sick = poort_sick_days_until(&s, end);
	if (sick < LAW_RIV_MIN_SICK_DAYS)
		return POORT_RIV_NONE;
	return sick <= LAW_RIV_SHORT_MAX_SICK_DAYS ? POORT_RIV_SHORT : POORT_RIV_FULL;
}

/* The due date of an item and whether the case needs it. */
static int item_due(const poort_dossier *d, const poort_timeline *t, const struct poort_item_def *def,
		    int ended_employment, struct poort_item_state *it)
{
	const struct poort_entry *m = milestone(t, def->milestone);
	it->due = m ? m->due : POORT_DATE_NONE;
	int applicable = m && d->variant != POORT_RIV_NONE && (d->variant == POORT_RIV_FULL || def->in_short_riv);
	if (ended_employment) {
		/* the RIV goes with the report of the end of employment: what is drawn up for it
		 * is due then; steps due later are no longer the employer's */
		if (def->at_riv)
			it->due = t->e.employment_end;
		else if (it->due > t->e.employment_end)
			it->due = POORT_DATE_NONE;
		return applicable && it->due != POORT_DATE_NONE;
	}
	return applicable && m->status != POORT_STATUS_NOT_APPLICABLE;
}

/* The item's records in the latest case (from its first sick day; earlier ones belong to an
 * earlier case): those on or before today count, the first one after today is planned. */
static void item_records(const poort_case *c, int item, int32_t today, int32_t first_sick_day,
			 struct poort_item_state *it)
{
	size_t lo, hi, end;
	poort_records_between(c->items, c->n_items, item, first_sick_day, today, &lo, &hi);
	poort_records_between(c->items, c->n_items, item, poort_after(today, first_sick_day), INT32_MAX, &hi,
			      &end);
	it->first = hi > lo ? c->items[lo].date : POORT_DATE_NONE;
	it->latest = hi > lo ? c->items[hi - 1].date : POORT_DATE_NONE;
	it->records = (int32_t)(hi - lo);
	it->planned = end > hi ? c->items[hi].date : POORT_DATE_NONE;
}

static void fill_items(const poort_case *c, const poort_timeline *t, poort_dossier *d)
{
	int ended_employment = d->variant != POORT_RIV_NONE && t->e.employment_end != POORT_DATE_NONE &&
			       poort_ends_during_sickness(&t->e, t->e.employment_end);
	int all_present = 1;
	for (int i = 0; i < I_COUNT; i++) {
		const struct poort_item_def *def = &poort_items[i];
		struct poort_item_state *it = &d->item[i];
		int applicable = item_due(d, t, def, ended_employment, it);
		item_records(c, i, d->today, t->e.first_sick_day, it);
		if (!applicable) {
			it->due = POORT_DATE_NONE;
			it->state = POORT_ITEM_NOT_APPLICABLE;
			continue;
		}
		if (it->first != POORT_DATE_NONE)
			it->state = it->first <= it->due ? POORT_ITEM_PRESENT : POORT_ITEM_PRESENT_LATE;
		else
			it->state = it->due < d->today ? POORT_ITEM_MISSING : POORT_ITEM_NOT_YET_REQUIRED;
		if (def->requirement != POORT_REQ_REGELING)
			continue;
		if (it->first == POORT_DATE_NONE)
			all_present = 0;
		if (it->due < d->today) {
			d->required++;
			d->required_present += it->first != POORT_DATE_NONE;
		}
	}
	d->complete_bp = d->required ? (int32_t)((int64_t)d->required_present * 10000 / d->required) : 10000;
	d->can_submit = d->variant != POORT_RIV_NONE && all_present;
}

int32_t poort_dossier_compute(poort_case *c, int32_t today, poort_dossier **out)
{
	int32_t st = poort_begin_compute(c, out);
	if (st != POORT_OK)
		return st;
	poort_timeline *t = NULL;
	st = poort_timeline_compute(c, today, 0, &t);
	if (st != POORT_OK)
		return st;
	poort_dossier *d = calloc(1, sizeof *d);
	if (!d) {
		poort_timeline_free(t);
		return poort_fail(c, POORT_ERR_NOMEM, "out of memory");
	}
	d->today = today;
	d->variant = riv_variant(c, t);
	fill_items(c, t, d);
	poort_timeline_free(t);
	*out = d;
	return POORT_OK;
}

void poort_dossier_free(poort_dossier *d)
{
	free(d);
}

#define DOSSIER_INT(name, field)                                 \
	int32_t poort_dossier_##name(const poort_dossier *d)     \
	{                                                        \
		return d ? d->field : -1;                        \
	}
DOSSIER_INT(variant, variant)
DOSSIER_INT(complete_bp, complete_bp)
DOSSIER_INT(can_submit, can_submit)

size_t poort_dossier_count(const poort_dossier *d)
{
	return d ? I_COUNT : 0;
}

static int ok(const poort_dossier *d, size_t i)
{
	return d && i < I_COUNT;
}

const char *poort_dossier_item_id(const poort_dossier *d, size_t i)
{
	return ok(d, i) ? poort_items[i].id : NULL;
}

const char *poort_dossier_item_onderdeel(const poort_dossier *d, size_t i)
{
	return ok(d, i) ? poort_items[i].onderdeel : NULL;
}

const char *poort_dossier_item_content(const poort_dossier *d, size_t i, int32_t lang)
{
	return ok(d, i) && poort_lang_ok(lang) ? poort_items[i].content[lang] : NULL;
}

const char *poort_dossier_item_basis(const poort_dossier *d, size_t i, int32_t lang)
{
	return ok(d, i) && poort_lang_ok(lang) ? poort_items[i].basis[lang] : NULL;
}

const char *poort_dossier_item_juriconnect(const poort_dossier *d, size_t i)
{
	return ok(d, i) ? poort_items[i].juriconnect : NULL;
}

const char *poort_dossier_item_milestone(const poort_dossier *d, size_t i)
{
	return ok(d, i) ? poort_milestones[poort_items[i].milestone].id : NULL;
}

int32_t poort_dossier_item_requirement(const poort_dossier *d, size_t i)
{
	return ok(d, i) ? poort_items[i].requirement : -1;
}

#define ITEM_FIELD(name, field, none)                                         \
	int32_t poort_dossier_item_##name(const poort_dossier *d, size_t i)   \
	{                                                                     \
		return ok(d, i) ? d->item[i].field : (none);                  \
	}
ITEM_FIELD(state, state, -1)
ITEM_FIELD(due, due, POORT_DATE_NONE)
ITEM_FIELD(first, first, POORT_DATE_NONE)
ITEM_FIELD(latest, latest, POORT_DATE_NONE)
ITEM_FIELD(records, records, -1)
ITEM_FIELD(planned, planned, POORT_DATE_NONE)

const char *poort_item_state_name(int32_t state)
{
	static const char *const names[] = {
		[POORT_ITEM_NOT_YET_REQUIRED] = "not_yet_required",
		[POORT_ITEM_PRESENT] = "present",
		[POORT_ITEM_PRESENT_LATE] = "present_late",
		[POORT_ITEM_MISSING] = "missing",
		[POORT_ITEM_NOT_APPLICABLE] = "not_applicable",
	};
	return POORT_NAME(names, state);
}

const char *poort_requirement_name(int32_t requirement)
{
	static const char *const names[] = {
		[POORT_REQ_REGELING] = "regeling",
		[POORT_REQ_PRACTICE] = "practice",
	};
	return POORT_NAME(names, requirement);
}

const char *poort_riv_variant_name(int32_t variant)
{
	static const char *const names[] = {
		[POORT_RIV_NONE] = "none",
		[POORT_RIV_SHORT] = "short",
		[POORT_RIV_FULL] = "full",
	};
	return POORT_NAME(names, variant);
}
