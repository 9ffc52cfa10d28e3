/*
 * The UIDs of a feed: how they are made (unique by construction), the check that none is
 * written twice, and which events of the previous feed belong to a case that is kept.
 *
 * A UID is <case id>.<event>@<domain>, where the '.' of a case id is written "%2E": the
 * first '.' of a UID always ends the case id, and no two (case id, event) pairs give the
 * same UID. A case id holds only A-Z a-z 0-9 . _ - (never '%'), so the escape is
 * unambiguous, and a case id without '.' keeps the UIDs it always had.
 *
 * The warnings of a feed are about its UIDs too: a previous feed whose events are not this
 * feed's, and previous events cancelled because their case is not in the feed.
 */
#include "feed.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uint64_t poort_feed_hash(uint64_t h, const char *s)
{
	for (; s && *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	h ^= 0x1f; /* field separator */
	return h * 1099511628211ULL;
}

/* The case id with each '.' written "%2E" into out (size bytes); returns its length. */
static size_t escape_case_id(const char *case_id, char *out, size_t size)
{
	size_t n = 0;
	for (const char *p = case_id; *p && n + 3 < size; p++) {
		if (*p == '.') {
			memcpy(out + n, "%2E", 3);
			n += 3;
		} else {
			out[n++] = *p;
		}
	}
	out[n] = '\0';
	return n;
}

void poort_feed_uid(const poort_feed *f, char *out, size_t size, const char *case_id, const char *fmt, ...)
{
	size_t n = escape_case_id(case_id, out, size);
	if (n + 1 < size)
		out[n++] = '.';
	out[n] = '\0';
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(out + n, size - n, fmt, ap);
	va_end(ap);
	if (k >= 0 && n + (size_t)k < size)
		snprintf(out + n + (size_t)k, size - n - (size_t)k, "@%s", f->domain);
}

/* The case id of a UID into id (POORT_CASE_ID_MAX + 1 bytes): its part before the first '.'
 * (or '@'), with "%2E" read as '.'. */
static void uid_case_id(const char *uid, char *id)
{
	size_t k = 0;
	for (const char *u = uid; *u && *u != '.' && *u != '@' && k < POORT_CASE_ID_MAX; u++) {
		id[k++] = *u;
		if (strncmp(u, "%2E", 3) == 0) {
			id[k - 1] = '.';
			u += 2;
		}
	}
	id[k] = '\0';
}

/* Whether uid is an event of case_id; a UID written before the '.' of case ids was escaped
 * (the id as it is, then '.') counts as well. */
static int uid_of_case(const char *uid, const char *case_id)
{
	char id[POORT_CASE_ID_MAX + 1];
	uid_case_id(uid, id);
	if (strcmp(id, case_id) == 0)
		return 1;
	size_t n = strlen(case_id);
	return strchr(case_id, '.') && strncmp(uid, case_id, n) == 0 && uid[n] == '.';
}

/* ------------------------------------------------------------ written UIDs */

/*
 * No UID is written twice, and the feed need not remember every UID to know it: a UID begins
 * with its case's escaped id and '.', which no other case's UIDs begin with (case ids are
 * unique in a feed, and the escaped id holds no '.'). So only the UIDs of the case being
 * written are kept, and each UID claimed must begin with that case's prefix; the memory
 * is that of one case, whatever the size of the feed.
 */
void poort_feed_case_uids(poort_feed *f, const char *case_id)
{
	f->uid_prefix_len = escape_case_id(case_id, f->uid_prefix, sizeof f->uid_prefix - 1);
	f->uid_prefix[f->uid_prefix_len++] = '.';
	f->uid_prefix[f->uid_prefix_len] = '\0';
	f->case_uids.len = 0;
}

int32_t poort_feed_claim_uid(poort_feed *f, const char *uid)
{
	if (strncmp(uid, f->uid_prefix, f->uid_prefix_len) != 0)
		return poort_feed_fail(f, POORT_ERR_DUPLICATE, "UID %.150s is not of case %s", uid, f->uid_prefix);
	const char *rest = uid + f->uid_prefix_len;
	size_t n = strlen(rest);
	for (size_t i = 0; i < f->case_uids.len; i += strlen(f->case_uids.data + i) + 1)
		if (strcmp(f->case_uids.data + i, rest) == 0)
			return poort_feed_fail(f, POORT_ERR_DUPLICATE, "UID %.150s is already in this feed", uid);
	poort_buf_add(&f->case_uids, rest, n + 1);
	return f->case_uids.failed ? poort_feed_fail(f, POORT_ERR_NOMEM, "out of memory") : POORT_OK;
}

/* ------------------------------------------------------------ written case ids */

/* The slot of id in the case table (cap > 0): where it is, or the empty slot it would take. */
static size_t case_slot(const poort_feed *f, const char *id)
{
	size_t j = (size_t)poort_feed_hash(14695981039346656037ULL, id) & (f->case_cap - 1);
	while (f->case_slots[j] && strcmp(f->case_arena + f->case_slots[j] - 1, id) != 0)
		j = (j + 1) & (f->case_cap - 1);
	return j;
}

int poort_feed_has_case(const poort_feed *f, const char *id)
{
	return f->case_cap && f->case_slots[case_slot(f, id)];
}

/* Room for one more case id of len bytes: the table at most half full; 0 when out of memory. */
static int case_room(poort_feed *f, size_t len)
{
	if (f->arena_len + len + 1 > f->arena_cap) {
		size_t cap = f->arena_cap ? 2 * f->arena_cap : 4096;
		while (cap < f->arena_len + len + 1)
			cap *= 2;
		char *grown = realloc(f->case_arena, cap);
		if (!grown)
			return 0;
		f->case_arena = grown;
		f->arena_cap = cap;
	}
	if (2 * (f->n_cases + 1) <= f->case_cap)
		return 1;
	size_t cap = f->case_cap ? 2 * f->case_cap : 256, old_cap = f->case_cap;
	size_t *old = f->case_slots, *grown = calloc(cap, sizeof *grown);
	if (!grown)
		return 0;
	f->case_slots = grown;
	f->case_cap = cap;
	for (size_t i = 0; i < old_cap; i++)
		if (old[i])
			grown[case_slot(f, f->case_arena + old[i] - 1)] = old[i];
	free(old);
	return 1;
}

int32_t poort_feed_claim_case(poort_feed *f, const char *id)
{
	if (poort_feed_has_case(f, id))
		return poort_feed_fail(f, POORT_ERR_DUPLICATE, "case id %s is already in this feed", id);
	size_t len = strlen(id);
	if (!case_room(f, len))
		return poort_feed_fail(f, POORT_ERR_NOMEM, "out of memory");
	memcpy(f->case_arena + f->arena_len, id, len + 1);
	f->case_slots[case_slot(f, id)] = f->arena_len + 1;
	f->arena_len += len + 1;
	f->n_cases++;
	return POORT_OK;
}

void poort_feed_forget_uids(poort_feed *f)
{
	free(f->case_arena);
	free(f->case_slots);
	free(f->case_uids.data);
	f->case_arena = NULL;
	f->case_slots = NULL;
	f->case_uids = (struct poort_buf){0};
	f->arena_len = f->arena_cap = f->case_cap = f->n_cases = 0;
}

/* ------------------------------------------------------------ kept cases */

/* The hash a case id is found by in poort_feed.by_case. */
static uint64_t case_hash(const char *id)
{
	return poort_feed_hash(14695981039346656037ULL, id);
}

static int by_hash(const void *a, const void *b)
{
	const struct poort_prev_case *x = a, *y = b;
	return (x->hash > y->hash) - (x->hash < y->hash);
}

/* Index the previous events by the case id of their UID (once); 0 when out of memory. */
static int index_cases(poort_feed *f)
{
	if (f->by_case)
		return 1;
	if (!(f->by_case = malloc(f->n_prev * sizeof *f->by_case)))
		return 0;
	char id[POORT_CASE_ID_MAX + 1];
	for (size_t i = 0; i < f->n_prev; i++) {
		uid_case_id(f->prev[i].uid, id);
		f->by_case[i] = (struct poort_prev_case){.hash = case_hash(id), .event = i};
	}
	qsort(f->by_case, f->n_prev, sizeof *f->by_case, by_hash);
	return 1;
}

/* Mark the events not written yet of case_id among those whose case id has the hash h. */
static size_t mark_hashed(poort_feed *f, uint64_t h, const char *case_id, int kept)
{
	size_t lo = 0, hi = f->n_prev, n = 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (f->by_case[mid].hash < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < f->n_prev && f->by_case[lo].hash == h; lo++) {
		struct poort_prev_event *p = &f->prev[f->by_case[lo].event];
		if (!p->seen && uid_of_case(p->uid, case_id)) {
			p->kept = kept;
			n++;
		}
	}
	return n;
}

/* The events of a case are those whose UID holds its id, and (uid_of_case) for an id with a
 * '.', those written before the '.' was escaped, whose UID holds the id's part before it. */
size_t poort_feed_mark_case(poort_feed *f, const char *case_id, int kept)
{
	size_t n = 0;
	if (f->n_prev == 0)
		return 0;
	if (!index_cases(f)) { /* out of memory: one by one */
		for (size_t i = 0; i < f->n_prev; i++) {
			if (!f->prev[i].seen && uid_of_case(f->prev[i].uid, case_id)) {
				f->prev[i].kept = kept;
				n++;
			}
		}
		return n;
	}
	uint64_t h = case_hash(case_id);
	n = mark_hashed(f, h, case_id, kept);
	const char *dot = strchr(case_id, '.');
	if (dot) {
		char head[POORT_CASE_ID_MAX + 1];
		snprintf(head, sizeof head, "%.*s", (int)(dot - case_id), case_id);
		if (case_hash(head) != h)
			n += mark_hashed(f, case_hash(head), case_id, kept);
	}
	return n;
}

int32_t poort_feed_keep_case(poort_feed *f, const char *case_id)
{
	if (!f || !case_id)
		return POORT_ERR_NULL;
	f->errmsg[0] = '\0';
	if (f->state == 2)
		return poort_feed_fail(f, POORT_ERR_FEED_STATE, "keep cases before poort_feed_end");
	size_t n = strspn(case_id, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");
	if (n == 0 || case_id[n] || n > POORT_CASE_ID_MAX)
		return poort_feed_fail(f, POORT_ERR_CASE_ID, "case id must be 1 to %d bytes of A-Z a-z 0-9 . _ -",
				       POORT_CASE_ID_MAX);
	if (poort_feed_has_case(f, case_id))
		return poort_feed_fail(f, POORT_ERR_DUPLICATE, "case id %s is already written in this feed", case_id);
	poort_feed_mark_case(f, case_id, 1);
	return POORT_OK;
}

/* ------------------------------------------- events not ours, and warnings */

void poort_feed_warn(poort_feed *f, const char *fmt, ...)
{
	if (f->n_warnings < 8) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(f->warnings[f->n_warnings], sizeof f->warnings[0], fmt, ap);
		va_end(ap);
	}
	if (f->n_warnings < INT32_MAX)
		f->n_warnings++;
}

int32_t poort_feed_warning_count(const poort_feed *f)
{
	return f ? f->n_warnings : -1;
}

const char *poort_feed_warning(const poort_feed *f, int32_t i)
{
	return f && i >= 0 && i < f->n_warnings && i < 8 ? f->warnings[i] : NULL;
}

/* The domain of a UID: after its last '@', "" when it has none. */
static const char *uid_domain(const char *uid)
{
	const char *at = strrchr(uid, '@');
	return at ? at + 1 : "";
}

int32_t poort_feed_check_previous(poort_feed *f)
{
	if (!f->prev_given)
		return POORT_OK;
	size_t foreign = 0;
	const char *first = NULL;
	for (size_t i = 0; i < f->n_prev; i++) {
		if (strcmp(uid_domain(f->prev[i].uid), f->domain) != 0 && !foreign++)
			first = f->prev[i].uid;
	}
	char why[240];
	if (foreign)
		snprintf(why, sizeof why, "%zu of its %zu events have a UID domain other than %.60s (first: %.80s)",
			 foreign, f->n_prev, f->domain, first);
	else if (!f->prev_ours)
		snprintf(why, sizeof why, "its PRODID is not libpoortwachter's");
	else
		return POORT_OK;
	if (f->strict & POORT_FEED_STRICT_PREVIOUS)
		return poort_feed_fail(f, POORT_ERR_FEED_PARSE, "the previous feed is not this feed's: %s", why);
	poort_feed_warn(f, "the previous feed may not be this feed's: %s; what does not come back is "
		       "cancelled", why);
	return POORT_OK;
}

void poort_feed_warn_cancelled(poort_feed *f)
{
	size_t n = 0;
	const char *first = NULL;
	char id[POORT_CASE_ID_MAX + 1];
	for (size_t i = 0; i < f->n_prev; i++) {
		const struct poort_prev_event *p = &f->prev[i];
		if (p->seen || p->kept || p->cancelled || poort_feed_left_out(f, p))
			continue;
		uid_case_id(p->uid, id);
		if (!poort_feed_has_case(f, id) && !n++)
			first = p->uid;
	}
	if (n)
		poort_feed_warn(f, "%zu event(s) of the previous feed are cancelled: their case is not in this feed "
			       "(first: %.150s)", n, first);
}
