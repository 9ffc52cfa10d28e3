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
	char uid[POORT_CASE_ID_MAX + 300], summary[512], description[2048], how[512];
	char due[POORT_DATE_BUFSIZE], other[POORT_DATE_BUFSIZE];
	for (size_t i = 0; i < t->n; i++) {
		const struct poort_entry *m = &t->m[i];
		const struct poort_milestone_def *def = &poort_milestones[m->def];
		if (m->status == POORT_STATUS_NOT_APPLICABLE)
			continue;
		if (m->occurrence)
			snprintf(uid, sizeof uid, "%s.%s.%d@%s", c->id, def->id, (int)m->occurrence, f->domain);
		else
			snprintf(uid, sizeof uid, "%s.%s@%s", c->id, def->id, f->domain);
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

static int32_t add_dossier(poort_feed *f, poort_case *c)
{
	poort_dossier *d = NULL;
	int32_t st = poort_dossier_compute(c, (int32_t)(f->dtstamp / 86400), &d);
	if (st != POORT_OK)
		return poort_feed_fail(f, st, "case %s: %s", c->id, c->errmsg);
	char uid[POORT_CASE_ID_MAX + 300], summary[700], description[1024], due[POORT_DATE_BUFSIZE];
	for (int i = 0; i < I_COUNT && st == POORT_OK; i++) {
		const struct poort_item_state *it = &d->item[i];
		if (it->state != POORT_ITEM_NOT_YET_REQUIRED && it->state != POORT_ITEM_MISSING)
			continue;
		const struct poort_item_def *def = &poort_items[i];
		snprintf(uid, sizeof uid, "%s.dossier.%s@%s", c->id, def->id, f->domain);
		snprintf(summary, sizeof summary, T_DOSSIER[f->lang], def->id, def->onderdeel[0] ? def->onderdeel : "-",
			 def->content[f->lang], c->id);
		poort_fmt_date(it->due, due);
		snprintf(description, sizeof description, "%s: %s (%s)\n%s: %s\n%s: %s\n%s", T_DUE[f->lang], due,
			 T_LAST_DAY[f->lang], T_BASIS[f->lang], def->basis[f->lang], T_CASE[f->lang], c->id,
			 def->juriconnect);
		st = poort_feed_emit_event(f, uid, it->due, summary, description, "Poortwachter");
	}
	poort_dossier_free(d);
	return st;
}

static int32_t add_wage(poort_feed *f, const poort_case *c, const poort_timeline *t)
{
	struct poort_span s;
	poort_latest_case(c, &s);
	int32_t year2 = poort_sick_day(&s, 365);
	if ((t->e.last_sick_day != POORT_DATE_NONE && year2 > t->e.last_sick_day) || year2 > t->e.wage_end)
		return POORT_OK;
	char uid[POORT_CASE_ID_MAX + 300], summary[300], description[600];
	snprintf(uid, sizeof uid, "%s.LOONDOORBETALING_JAAR2@%s", c->id, f->domain);
	snprintf(summary, sizeof summary, T_WAGE2[f->lang], c->id);
	snprintf(description, sizeof description, T_WAGE2_DESC[f->lang], T_CASE[f->lang], c->id);
	return poort_feed_emit_event(f, uid, year2, summary, description, "Poortwachter");
}

/* Remember a case id; POORT_ERR_DUPLICATE when the feed has it already. */
static int32_t claim_case_id(poort_feed *f, const char *id)
{
	size_t lo = 0, hi = f->n_cases;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(f->case_ids[mid], id);
		if (c == 0)
			return poort_feed_fail(f, POORT_ERR_DUPLICATE, "case id %s is already in this feed", id);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
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

int32_t poort_feed_add_case(poort_feed *f, poort_case *c)
{
	if (!f || !c)
		return POORT_ERR_NULL;
	f->errmsg[0] = '\0';
	if (f->state != 1)
		return poort_feed_fail(f, POORT_ERR_FEED_STATE, "add cases between poort_feed_begin and poort_feed_end");
	if (!c->id[0]) {
		poort_fail(c, POORT_ERR_CASE_ID, "the case has no id for calendar UIDs");
		return poort_feed_fail(f, POORT_ERR_CASE_ID, "a case has no id for calendar UIDs");
	}
	poort_timeline *t = NULL;
	int32_t st = poort_timeline_compute(c, (int32_t)(f->dtstamp / 86400), 0, &t);
	if (st != POORT_OK)
		return poort_feed_fail(f, st, "case %s: %s", c->id, c->errmsg);
	if ((st = claim_case_id(f, c->id)) == POORT_OK)
		st = add_milestones(f, c, t);
	if (st == POORT_OK && (f->include & POORT_FEED_WAGE))
		st = add_wage(f, c, t);
	if (st == POORT_OK && (f->include & POORT_FEED_DOSSIER))
		st = add_dossier(f, c);
	poort_timeline_free(t);
	return st;
}
