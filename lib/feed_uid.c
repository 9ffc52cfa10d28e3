/*
 * The UIDs of a feed: how they are made (unique by construction), the check that none is
 * written twice, and which events of the previous feed belong to a case that is kept.
 *
 * A UID is <case id>.<event>@<domain>, where the '.' of a case id is written "%2E": the
 * first '.' of a UID always ends the case id, and no two (case id, event) pairs give the
 * same UID. A case id holds only A-Z a-z 0-9 . _ - (never '%'), so the escape is
 * unambiguous, and a case id without '.' keeps the UIDs it always had.
 */
#define _POSIX_C_SOURCE 200809L /* strdup */
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

void poort_feed_uid(const poort_feed *f, char *out, size_t size, const char *case_id, const char *fmt, ...)
{
	size_t n = 0;
	for (const char *p = case_id; *p && n + 4 < size; p++) {
		if (*p == '.') {
			memcpy(out + n, "%2E", 3);
			n += 3;
		} else {
			out[n++] = *p;
		}
	}
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

/* Whether uid is an event of case_id: its part before the first '.' is the escaped id; a
 * UID written before the '.' was escaped (the id as it is, then '.') counts as well. */
static int uid_of_case(const char *uid, const char *case_id)
{
	const char *p = uid, *q = case_id;
	for (; *q; q++) {
		if (*q == '.' && strncmp(p, "%2E", 3) == 0)
			p += 3;
		else if (*p == *q)
			p++;
		else
			break;
	}
	if (!*q && *p == '.')
		return 1;
	size_t n = strlen(case_id);
	return strchr(case_id, '.') && strncmp(uid, case_id, n) == 0 && uid[n] == '.';
}

/* ------------------------------------------------------------ written UIDs */

int32_t poort_feed_claim_uid(poort_feed *f, const char *uid)
{
	if (2 * (f->n_uids + 1) > f->uid_cap) {
		size_t cap = f->uid_cap ? 2 * f->uid_cap : 256;
		char **grown = calloc(cap, sizeof *grown);
		if (!grown)
			return poort_feed_fail(f, POORT_ERR_NOMEM, "out of memory");
		for (size_t i = 0; i < f->uid_cap; i++) {
			if (!f->uids[i])
				continue;
			size_t j = (size_t)poort_feed_hash(14695981039346656037ULL, f->uids[i]) & (cap - 1);
			while (grown[j])
				j = (j + 1) & (cap - 1);
			grown[j] = f->uids[i];
		}
		free(f->uids);
		f->uids = grown;
		f->uid_cap = cap;
	}
	size_t j = (size_t)poort_feed_hash(14695981039346656037ULL, uid) & (f->uid_cap - 1);
	for (; f->uids[j]; j = (j + 1) & (f->uid_cap - 1))
		if (strcmp(f->uids[j], uid) == 0)
			return poort_feed_fail(f, POORT_ERR_DUPLICATE, "UID %.150s is already in this feed", uid);
	if (!(f->uids[j] = strdup(uid)))
		return poort_feed_fail(f, POORT_ERR_NOMEM, "out of memory");
	f->n_uids++;
	return POORT_OK;
}

void poort_feed_forget_uids(poort_feed *f)
{
	for (size_t i = 0; i < f->uid_cap; i++)
		free(f->uids[i]);
	free(f->uids);
	f->uids = NULL;
	f->uid_cap = f->n_uids = 0;
}

/* ------------------------------------------------------------ kept cases */

size_t poort_feed_mark_case(poort_feed *f, const char *case_id, int kept)
{
	size_t n = 0;
	for (size_t i = 0; i < f->n_prev; i++) {
		if (!f->prev[i].seen && uid_of_case(f->prev[i].uid, case_id)) {
			f->prev[i].kept = kept;
			n++;
		}
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
