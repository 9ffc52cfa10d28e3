/* The case builder: every setter validates first and changes nothing on error. */
#include "dossier.h"
#include "law.h"

#include <stdlib.h>
#include <string.h>

poort_case *poort_case_new(void)
{
	poort_case *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	for (int i = 0; i < M_COUNT; i++)
		c->departure[i] = POORT_DATE_NONE;
	c->extension_end = POORT_DATE_NONE;
	c->ls_decision = POORT_DATE_NONE;
	c->ls_bekorting = POORT_DATE_NONE;
	c->employment_end = POORT_DATE_NONE;
	poort_employee_init(&c->emp);
	return c;
}

void poort_case_free(poort_case *c)
{
	if (!c)
		return;
	free(c->periods);
	free(c->leaves);
	free(c->done);
	free(c->items);
	poort_employee_free(&c->emp);
	free(c);
}

const char *poort_case_errmsg(const poort_case *c)
{
	return c ? c->errmsg : "";
}

const char *poort_case_id(const poort_case *c)
{
	return c ? c->id : "";
}

/* Start of every call: the message describes only the most recent call. */
static void reset(poort_case *c)
{
	c->errmsg[0] = '\0';
}

int32_t poort_check_date(poort_case *c, const char *what, int32_t date)
{
	if (poort_date_in_range(date))
		return POORT_OK;
	char d[POORT_DATE_BUFSIZE];
	if (date == POORT_DATE_NONE)
		return poort_fail(c, POORT_ERR_DATE_RANGE, "%s: a date is required", what);
	if (poort_date_format(date, d, sizeof d) != POORT_OK)
		return poort_fail(c, POORT_ERR_DATE_RANGE, "%s: the date lies outside the years 1 ... 9999, "
				  "not in 1900-01-01 ... 2199-12-31", what);
	return poort_fail(c, POORT_ERR_DATE_RANGE, "%s: date %s is outside 1900-01-01 ... 2199-12-31",
			  what, d);
}

/* Insert p into the sorted array at *arr with *n entries. */
static int32_t insert_period(poort_case *c, struct poort_period **arr, size_t *n,
			     struct poort_period p)
{
	size_t at = *n;
	while (at > 0 && (*arr)[at - 1].first > p.first)
		at--;
	struct poort_period *grown = poort_array_insert(*arr, *n, sizeof *grown, at);
	if (!grown)
		return poort_fail(c, POORT_ERR_NOMEM, "out of memory");
	grown[at] = p;
	*arr = grown;
	(*n)++;
	return POORT_OK;
}

/* Common checks of a new period [first, last]; kind is "sick" or "leave". */
static int32_t check_period(poort_case *c, const char *kind, int32_t first, int32_t last)
{
	char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE];
	int32_t st;
	if ((st = poort_check_date(c, kind, first)) != POORT_OK)
		return st;
	if (last != POORT_DATE_NONE && (st = poort_check_date(c, kind, last)) != POORT_OK)
		return st;
	if (last != POORT_DATE_NONE && last < first) {
		poort_fmt_date(first, a);
		poort_fmt_date(last, b);
		return poort_fail(c, POORT_ERR_PERIOD_ORDER,
				  "%s period %s..%s: the last day is before the first day", kind, a, b);
	}
	if (c->n_periods + c->n_leaves >= POORT_MAX_PERIODS)
		return poort_fail(c, POORT_ERR_LIMIT, "a case holds at most %d periods",
				  POORT_MAX_PERIODS);
	int32_t end = last == POORT_DATE_NONE ? INT32_MAX : last;
	for (size_t i = 0; i < c->n_periods; i++) {
		const struct poort_period *p = &c->periods[i];
		int32_t p_end = p->last == POORT_DATE_NONE ? INT32_MAX : p->last;
		int32_t open = POORT_DATE_NONE, later = 0;
		if (p->last == POORT_DATE_NONE && first > p->first) {
			open = p->first;
			later = first;
		} else if (last == POORT_DATE_NONE && p->first > first) {
			open = first;
			later = p->first;
		}
		if (open != POORT_DATE_NONE) {
			poort_fmt_date(later, a);
			poort_fmt_date(open, b);
			return poort_fail(c, POORT_ERR_AFTER_OPEN,
					  "%s period: the period from %s would start after the open-ended "
					  "sick period from %s", kind, a, b);
		}
		if (first <= p_end && p->first <= end) {
			poort_fmt_date(p->first, a);
			poort_fmt_date(first, b);
			return poort_fail(c, POORT_ERR_PERIOD_OVERLAP,
					  "%s period from %s overlaps the sick period from %s", kind, b, a);
		}
	}
	for (size_t i = 0; i < c->n_leaves; i++) {
		const struct poort_period *p = &c->leaves[i];
		if (first <= p->last && p->first <= end) {
			poort_fmt_date(p->first, a);
			poort_fmt_date(first, b);
			return poort_fail(c, POORT_ERR_PERIOD_OVERLAP,
					  "%s period from %s overlaps the leave period from %s", kind, b, a);
		}
	}
	return POORT_OK;
}

int32_t poort_case_add_period(poort_case *c, int32_t first, int32_t last)
{
	if (!c)
		return POORT_ERR_NULL;
	reset(c);
	int32_t st = check_period(c, "sick", first, last);
	if (st != POORT_OK)
		return st;
	struct poort_period p = {first, last, 0};
	return insert_period(c, &c->periods, &c->n_periods, p);
}

int32_t poort_case_add_leave(poort_case *c, int32_t first, int32_t last, int32_t other_cause)
{
	if (!c)
		return POORT_ERR_NULL;
	reset(c);
	if (last == POORT_DATE_NONE)
		return poort_fail(c, POORT_ERR_ARGUMENT, "leave period: the last day is required");
	if (other_cause != 0 && other_cause != 1)
		return poort_fail(c, POORT_ERR_ARGUMENT, "leave period: other_cause must be 0 or 1, not %ld",
				  (long)other_cause);
	int32_t st = check_period(c, "leave", first, last);
	if (st != POORT_OK)
		return st;
	struct poort_period p = {first, last, other_cause};
	return insert_period(c, &c->leaves, &c->n_leaves, p);
}

/* Remove the period beginning on first from a sorted array; 1 when there was one. */
static int drop_period(struct poort_period *arr, size_t *n, int32_t first)
{
	for (size_t i = 0; i < *n; i++) {
		if (arr[i].first == first) {
			memmove(&arr[i], &arr[i + 1], (*n - i - 1) * sizeof *arr);
			(*n)--;
			return 1;
		}
	}
	return 0;
}

int32_t poort_case_remove_period(poort_case *c, int32_t first)
{
	if (!c)
		return POORT_ERR_NULL;
	reset(c);
	int32_t st = poort_check_date(c, "period", first);
	if (st != POORT_OK)
		return st;
	if (drop_period(c->periods, &c->n_periods, first) || drop_period(c->leaves, &c->n_leaves, first))
		return POORT_OK;
	char a[POORT_DATE_BUFSIZE];
	poort_fmt_date(first, a);
	return poort_fail(c, POORT_ERR_NOT_FOUND, "no sick or leave period from %s in the case", a);
}

/* What the setters name: a milestone or a dossier item, with the status of an unknown id. */
struct named {
	const char *what;
	int32_t unknown;
	int (*lookup)(const char *id);
};
static const struct named a_milestone = {"milestone", POORT_ERR_UNKNOWN_MILESTONE, poort_milestone_lookup};
static const struct named an_item = {"dossier item", POORT_ERR_UNKNOWN_ITEM, poort_item_lookup};

/* The start of the setters that name a milestone or a dossier item: the case is not NULL,
 * the message is reset and *index is the row of id; fails with a message. */
static int32_t begin_named(poort_case *c, const struct named *kind, const char *id, int *index)
{
	if (!c)
		return POORT_ERR_NULL;
	reset(c);
	if (!id)
		return poort_fail(c, POORT_ERR_NULL, "%s id is NULL", kind->what);
	*index = kind->lookup(id);
	if (*index < 0)
		return poort_fail(c, kind->unknown, "unknown %s id \"%.64s\"", kind->what, id);
	return POORT_OK;
}

void poort_records_between(const struct poort_record *list, size_t n, int32_t what, int32_t from,
			   int32_t to, size_t *lo, size_t *hi)
{
	size_t at = 0;
	while (at < n && (list[at].what < what || (list[at].what == what && list[at].date < from)))
		at++;
	*lo = at;
	while (at < n && list[at].what == what && list[at].date <= to)
		at++;
	*hi = at;
}

/* Insert (what, date) in its place in a sorted record list; POORT_ERR_DUPLICATE when it is
 * there, POORT_ERR_LIMIT when the list is full (the caller words those messages). */
static int32_t insert_record(poort_case *c, struct poort_record **list, size_t *n, int32_t what,
			     int32_t date)
{
	size_t at, end;
	poort_records_between(*list, *n, what, date, date, &at, &end);
	if (end > at)
		return POORT_ERR_DUPLICATE;
	if (*n >= POORT_MAX_RECORDS)
		return POORT_ERR_LIMIT;
	struct poort_record *grown = poort_array_insert(*list, *n, sizeof *grown, at);
	if (!grown)
		return poort_fail(c, POORT_ERR_NOMEM, "out of memory");
	grown[at] = (struct poort_record){what, date};
	*list = grown;
	(*n)++;
	return POORT_OK;
}

/* Add a record of `id` (index what) on date to a list, or say why not. */
static int32_t add_record(poort_case *c, struct poort_record **list, size_t *n, int what,
			  const char *id, int32_t date)
{
	int32_t st = poort_check_date(c, id, date);
	if (st != POORT_OK)
		return st;
	st = insert_record(c, list, n, what, date);
	char a[POORT_DATE_BUFSIZE];
	poort_fmt_date(date, a);
	if (st == POORT_ERR_DUPLICATE)
		return poort_fail(c, st, "%s on %s is already recorded", id, a);
	if (st == POORT_ERR_LIMIT)
		return poort_fail(c, st, "a case holds at most %d records of each kind", POORT_MAX_RECORDS);
	return st;
}

/* Remove the record of `id` (index what) on date from a list (insert_record keeps one a
 * day: [at, end) holds it), or say it is not there. */
static int32_t remove_record(poort_case *c, struct poort_record *list, size_t *n, int what,
			     const char *id, int32_t date)
{
	size_t at, end;
	poort_records_between(list, *n, what, date, date, &at, &end);
	if (end == at) {
		char a[POORT_DATE_BUFSIZE] = "?";
		if (poort_date_in_range(date))
			poort_fmt_date(date, a);
		return poort_fail(c, POORT_ERR_NOT_FOUND, "no record of %s on %s in the case", id, a);
	}
	memmove(&list[at], &list[end], (*n - end) * sizeof *list);
	*n -= end - at;
	return POORT_OK;
}

int32_t poort_case_record_done(poort_case *c, const char *milestone_id, int32_t date)
{
	int idx = -1;
	int32_t st = begin_named(c, &a_milestone, milestone_id, &idx);
	if (st != POORT_OK)
		return st;
	const char *id = poort_milestones[idx].id;
	if (!poort_milestones[idx].recordable)
		return poort_fail(c, POORT_ERR_NOT_RECORDABLE,
				  "%s is computed from the case and cannot be recorded as done", id);
	return add_record(c, &c->done, &c->n_done, idx, id, date);
}

int32_t poort_case_remove_done(poort_case *c, const char *milestone_id, int32_t date)
{
	int idx = -1;
	int32_t st = begin_named(c, &a_milestone, milestone_id, &idx);
	if (st != POORT_OK)
		return st;
	return remove_record(c, c->done, &c->n_done, idx, poort_milestones[idx].id, date);
}

int32_t poort_case_set_departure(poort_case *c, const char *milestone_id, int32_t due)
{
	int idx = -1;
	int32_t st = begin_named(c, &a_milestone, milestone_id, &idx);
	if (st != POORT_OK)
		return st;
	if (!poort_milestones[idx].departable) {
		char ids[POORT_ERRMSG_SIZE];
		poort_departable_ids(ids, sizeof ids);
		return poort_fail(c, POORT_ERR_NO_DEPARTURE,
				  "%s: " CITE_RP_5_EN " allows a reasoned departure only from the terms of %s",
				  poort_milestones[idx].id, ids);
	}
	if (due != POORT_DATE_NONE && (st = poort_check_date(c, milestone_id, due)) != POORT_OK)
		return st;
	c->departure[idx] = due;
	return POORT_OK;
}

int32_t poort_case_set_extension(poort_case *c, int32_t last_day)
{
	if (!c)
		return POORT_ERR_NULL;
	reset(c);
	if (last_day != POORT_DATE_NONE) {
		int32_t st = poort_check_date(c, "extension", last_day);
		if (st != POORT_OK)
			return st;
	}
	c->extension_end = last_day;
	return POORT_OK;
}

int32_t poort_case_set_loonsanctie(poort_case *c, int32_t decision, int32_t weeks, int32_t bekorting)
{
	if (!c)
		return POORT_ERR_NULL;
	reset(c);
	if (decision == POORT_DATE_NONE) {
		c->ls_decision = c->ls_bekorting = POORT_DATE_NONE;
		c->ls_weeks = 0;
		return POORT_OK;
	}
	int32_t st = poort_check_date(c, "loonsanctie decision", decision);
	if (st != POORT_OK)
		return st;
	if (weeks < 1 || weeks > LAW_LOONSANCTIE_MAX_WEEKS)
		return poort_fail(c, POORT_ERR_LOONSANCTIE_WEEKS,
				  "loonsanctie of %ld weeks: " CITE_WIA_25_9 " allows 1 to %d weeks", (long)weeks,
				  LAW_LOONSANCTIE_MAX_WEEKS);
	char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE];
	if (bekorting != POORT_DATE_NONE) {
		if ((st = poort_check_date(c, "bekorting decision", bekorting)) != POORT_OK)
			return st;
		if (bekorting < decision) {
			poort_fmt_date(bekorting, a);
			poort_fmt_date(decision, b);
			return poort_fail(c, POORT_ERR_BEKORTING,
					  "bekorting decision %s is before the loonsanctie decision %s", a, b);
		}
	}
	c->ls_decision = decision;
	c->ls_weeks = weeks;
	c->ls_bekorting = bekorting;
	return POORT_OK;
}

int32_t poort_case_set_employment_end(poort_case *c, int32_t last_day)
{
	if (!c)
		return POORT_ERR_NULL;
	reset(c);
	if (last_day != POORT_DATE_NONE) {
		int32_t st = poort_check_date(c, "employment end", last_day);
		if (st != POORT_OK)
			return st;
	}
	c->employment_end = last_day;
	return POORT_OK;
}

int32_t poort_case_set_id(poort_case *c, const char *id)
{
	if (!c)
		return POORT_ERR_NULL;
	reset(c);
	if (!id)
		return poort_fail(c, POORT_ERR_NULL, "case id is NULL");
	size_t n = 0;
	for (; n <= POORT_CASE_ID_MAX && id[n]; n++) {
		char ch = id[n];
		int ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
			 (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '-';
		if (!ok)
			return poort_fail(c, POORT_ERR_CASE_ID,
					  "case id: byte %zu is not one of A-Z a-z 0-9 . _ -", n + 1);
	}
	if (n == 0 || n > POORT_CASE_ID_MAX)
		return poort_fail(c, POORT_ERR_CASE_ID, "case id must be 1 to %d characters",
				  POORT_CASE_ID_MAX);
	memcpy(c->id, id, n + 1);
	return POORT_OK;
}

int32_t poort_case_record_item(poort_case *c, const char *item_id, int32_t date)
{
	int idx = -1;
	int32_t st = begin_named(c, &an_item, item_id, &idx);
	if (st != POORT_OK)
		return st;
	return add_record(c, &c->items, &c->n_items, idx, poort_items[idx].id, date);
}

int32_t poort_case_remove_item(poort_case *c, const char *item_id, int32_t date)
{
	int idx = -1;
	int32_t st = begin_named(c, &an_item, item_id, &idx);
	if (st != POORT_OK)
		return st;
	return remove_record(c, c->items, &c->n_items, idx, poort_items[idx].id, date);
}

/* A copy of the n elements of size bytes at src (NULL when n is 0); *failed set when out of
 * memory. */
static void *copy_array(const void *src, size_t n, size_t size, int *failed)
{
	if (!n)
		return NULL;
	void *copy = malloc(n * size);
	if (!copy)
		*failed = 1;
	else
		memcpy(copy, src, n * size);
	return copy;
}

int32_t poort_case_clone(const poort_case *c, poort_case **out)
{
	if (!out)
		return POORT_ERR_NULL;
	*out = NULL;
	if (!c)
		return POORT_ERR_NULL;
	poort_case *k = malloc(sizeof *k);
	if (!k)
		return POORT_ERR_NOMEM;
	*k = *c;
	k->errmsg[0] = '\0';
	int failed = 0;
	k->periods = copy_array(c->periods, c->n_periods, sizeof *c->periods, &failed);
	k->leaves = copy_array(c->leaves, c->n_leaves, sizeof *c->leaves, &failed);
	k->done = copy_array(c->done, c->n_done, sizeof *c->done, &failed);
	k->items = copy_array(c->items, c->n_items, sizeof *c->items, &failed);
	k->emp.cao = copy_array(c->emp.cao, c->emp.n_cao, sizeof *c->emp.cao, &failed);
	k->emp.partial = copy_array(c->emp.partial, c->emp.n_partial, sizeof *c->emp.partial, &failed);
	if (failed) {
		poort_case_free(k);
		return POORT_ERR_NOMEM;
	}
	*out = k;
	return POORT_OK;
}
