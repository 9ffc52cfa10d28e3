/*
 * The events of a case in a feed: its milestones (and their reminders), the start of the
 * second year of wage continuation, and the dossier items still to come.
 */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "dossier.h"
#include "feed.h"
#include "timeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const T_WHO[2] = {"Wie", "Who"};
static const char *const T_DUE[2] = {"Uiterlijk", "Due"};
static const char *const T_LAST_DAY[2] = {"laatste dag", "last permissible day"};
static const char *const T_BASIS[2] = {"Grondslag", "Legal basis"};
static const char *const T_HOW[2] = {"Berekening", "How the date follows"};
static const char *const T_WINDOW[2] = {"Venster vanaf", "Window opens"};
static const char *const T_DONE[2] = {"Gedaan op", "Done on"};
static const char *const T_CASE[2] = {"Zaak", "Case"};
static const char *const T_KIND[3][2] = {{"wettelijke termijn", "statutory term"},
					 {"praktijk (UWV)", "practice (UWV)"},
					 {"ter informatie", "informational"}};
static const char *const T_REMINDER[2] = {"Herinnering: %s, uiterlijk %s (%s)",
					  "Reminder: %s, due %s (%s)"};
static const char *const T_DOSSIER[2] = {"Dossierstuk %s (onderdeel %s): %s (%s)",
					 "Dossier item %s (part %s): %s (%s)"};
static const char *const T_WAGE2[2] = {
	"Loondoorbetaling jaar 2: 70%% zonder minimumloon (%s)",
	"Wage continuation year 2: 70%% without the minimum wage (%s)"};
static const char *const T_WAGE2_DESC[2] = {
	"Vanaf ziektedag 365 is het loon 70%% van het maximumdagloon-begrensde loon, zonder "
	"minimumloon (art. 7:629 lid 1 BW).\n%s: %s",
	"From sick day 365 the wage is 70%% of the wage up to the Wfsv maximum, without the "
	"minimum wage (Civil Code art. 7:629(1)).\n%s: %s"};

static int32_t add_milestones(poort_feed *f, const poort_case *c, const poort_timeline *t)
{
	const int lang = f->lang;
	char uid[3 * POORT_CASE_ID_MAX + 300], summary[512], description[2048], how[512];
	char due[POORT_DATE_BUFSIZE], other[POORT_DATE_BUFSIZE];
	for (size_t i = 0; i < t->n; i++) {
		const struct poort_entry *m = &t->m[i];
		const struct poort_milestone_def *def = &poort_milestones[m->def];
		if (m->status == POORT_STATUS_NOT_APPLICABLE)
			continue;
		if (m->occurrence)
			poort_feed_uid(f, uid, sizeof uid, c->id, "%s.%d", def->id, (int)m->occurrence);
		else
			poort_feed_uid(f, uid, sizeof uid, c->id, "%s", def->id);
		poort_fmt_date(m->due, due);
		snprintf(summary, sizeof summary, "%s (%s)", def->title[lang], c->id);
		poort_milestone_explain(t, i, lang, how, sizeof how);
		int n = snprintf(description, sizeof description, "%s: %s\n%s: %s (%s)\n%s: %s\n%s: %s\n%s\n",
				 T_WHO[lang], def->who[lang], T_DUE[lang], due, T_LAST_DAY[lang], T_BASIS[lang],
				 def->basis[lang], T_HOW[lang], how, T_KIND[def->kind][lang]);
		int32_t window = poort_milestone_window_start(t, i);
		if (window != POORT_DATE_NONE && n > 0 && (size_t)n < sizeof description) {
			poort_fmt_date(window, other);
			n += snprintf(description + n, sizeof description - (size_t)n, "%s: %s\n", T_WINDOW[lang], other);
		}
		if (m->done != POORT_DATE_NONE && n > 0 && (size_t)n < sizeof description) {
			poort_fmt_date(m->done, other);
			n += snprintf(description + n, sizeof description - (size_t)n, "%s: %s\n", T_DONE[lang], other);
		}
		if (n > 0 && (size_t)n < sizeof description)
			snprintf(description + n, sizeof description - (size_t)n, "%s: %s\n%s", T_CASE[lang], c->id,
				 def->juriconnect);
		int32_t st = poort_feed_emit_event(f, uid, m->due, summary, description, "Poortwachter");
		if (st != POORT_OK)
			return st;
		if (f->reminders) {
			char rsummary[600];
			/* the reminder's UID: the milestone's with ".reminder" before the '@' */
			char *at = strrchr(uid, '@');
			char ruid[sizeof uid + 16];
			snprintf(ruid, sizeof ruid, "%.*s.reminder%s", (int)(at - uid), uid, at);
			snprintf(rsummary, sizeof rsummary, T_REMINDER[lang], def->title[lang], due, c->id);
			st = poort_feed_emit_event(f, ruid, m->due - f->alarm_days, rsummary, description, "Poortwachter");
			if (st != POORT_OK)
				return st;
		}
	}
	return POORT_OK;
}

static int32_t add_dossier(poort_feed *f, const poort_case *c, const poort_dossier *d)
{
	int32_t st = POORT_OK;
	char uid[3 * POORT_CASE_ID_MAX + 300], summary[700], description[1024], due[POORT_DATE_BUFSIZE];
	for (int i = 0; i < I_COUNT && st == POORT_OK; i++) {
		const struct poort_item_state *it = &d->item[i];
		if (it->state != POORT_ITEM_NOT_YET_REQUIRED && it->state != POORT_ITEM_MISSING)
			continue;
		const struct poort_item_def *def = &poort_items[i];
		poort_feed_uid(f, uid, sizeof uid, c->id, "dossier.%s", def->id);
		snprintf(summary, sizeof summary, T_DOSSIER[f->lang], def->id, def->onderdeel[0] ? def->onderdeel : "-",
			 def->content[f->lang], c->id);
		poort_fmt_date(it->due, due);
		snprintf(description, sizeof description, "%s: %s (%s)\n%s: %s\n%s: %s\n%s", T_DUE[f->lang], due,
			 T_LAST_DAY[f->lang], T_BASIS[f->lang], def->basis[f->lang], T_CASE[f->lang], c->id,
			 def->juriconnect);
		st = poort_feed_emit_event(f, uid, it->due, summary, description, "Poortwachter");
	}
	return st;
}

static int32_t add_wage(poort_feed *f, const poort_case *c, const poort_timeline *t)
{
	struct poort_span s;
	poort_latest_case(c, &s);
	int32_t year2 = poort_sick_day(&s, 365);
	if ((t->e.last_sick_day != POORT_DATE_NONE && year2 > t->e.last_sick_day) || year2 > t->e.wage_end)
		return POORT_OK;
	char uid[3 * POORT_CASE_ID_MAX + 300], summary[300], description[600];
	poort_feed_uid(f, uid, sizeof uid, c->id, "LOONDOORBETALING_JAAR2");
	snprintf(summary, sizeof summary, T_WAGE2[f->lang], c->id);
	snprintf(description, sizeof description, T_WAGE2_DESC[f->lang], T_CASE[f->lang], c->id);
	return poort_feed_emit_event(f, uid, year2, summary, description, "Poortwachter");
}

/* Where id is or would be in the sorted case ids. */
static size_t case_index(const poort_feed *f, const char *id)
{
	size_t lo = 0, hi = f->n_cases;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcmp(f->case_ids[mid], id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int poort_feed_has_case(const poort_feed *f, const char *id)
{
	size_t i = case_index(f, id);
	return i < f->n_cases && strcmp(f->case_ids[i], id) == 0;
}

/* Remember a case id; POORT_ERR_DUPLICATE when the feed has it already. */
static int32_t claim_case_id(poort_feed *f, const char *id)
{
	if (poort_feed_has_case(f, id))
		return poort_feed_fail(f, POORT_ERR_DUPLICATE, "case id %s is already in this feed", id);
	size_t lo = case_index(f, id);
	char **grown = realloc(f->case_ids, (f->n_cases + 1) * sizeof *grown);
	char *copy = strdup(id);
	if (!grown || !copy) {
		if (grown)
			f->case_ids = grown;
		free(copy);
		return poort_feed_fail(f, POORT_ERR_NOMEM, "out of memory");
	}
	f->case_ids = grown;
	memmove(grown + lo + 1, grown + lo, (f->n_cases - lo) * sizeof *grown);
	grown[lo] = copy;
	f->n_cases++;
	return POORT_OK;
}

/* A case that cannot be computed: its previous events are kept (a deadline is never lost
 * through bad input), and an all-or-nothing feed remembers it. Returns status. */
static int32_t reject_case(poort_feed *f, poort_case *c, int32_t status)
{
	poort_feed_fail(f, status, "case %s: %s", c->id, c->errmsg);
	poort_feed_mark_case(f, c->id, 1);
	return status;
}

/* Write the case's events: its timeline t, and the dossier d when included. */
static int32_t write_case(poort_feed *f, poort_case *c, const poort_timeline *t, const poort_dossier *d)
{
	int32_t st = claim_case_id(f, c->id);
	if (st != POORT_OK)
		return st;
	poort_feed_mark_case(f, c->id, 0); /* computed now: no longer kept as it was */
	st = add_milestones(f, c, t);
	if (st == POORT_OK && (f->include & POORT_FEED_WAGE))
		st = add_wage(f, c, t);
	if (st == POORT_OK && d)
		st = add_dossier(f, c, d);
	return st;
}

int32_t poort_feed_add_case(poort_feed *f, poort_case *c)
{
	if (!f || !c)
		return POORT_ERR_NULL;
	f->errmsg[0] = '\0';
	if (f->state != 1)
		return poort_feed_fail(f, POORT_ERR_FEED_STATE, "add cases between poort_feed_begin and poort_feed_end");
	int32_t st;
	poort_timeline *t = NULL;
	poort_dossier *d = NULL;
	if (!c->id[0]) {
		poort_fail(c, POORT_ERR_CASE_ID, "the case has no id for calendar UIDs");
		st = poort_feed_fail(f, POORT_ERR_CASE_ID, "a case has no id for calendar UIDs");
	} else if ((st = poort_timeline_compute(c, (int32_t)(f->dtstamp / 86400), 0, &t)) != POORT_OK ||
		   ((f->include & POORT_FEED_DOSSIER) &&
		    (st = poort_dossier_compute(c, (int32_t)(f->dtstamp / 86400), &d)) != POORT_OK)) {
		st = reject_case(f, c, st);
	} else {
		st = write_case(f, c, t, d);
	}
	if (st != POORT_OK && (f->strict & POORT_FEED_STRICT_ALL) && !f->rejected) {
		f->rejected = st;
		snprintf(f->rejected_msg, sizeof f->rejected_msg, "%s", f->errmsg);
	}
	poort_timeline_free(t);
	poort_dossier_free(d);
	return st;
}
