/*
 * The events of a case in a feed: its milestones (and their reminders), the start of the
 * second year of wage continuation, and the dossier items still to come.
 */
#include "dossier.h"
#include "feed.h"
#include "timeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* art. 7:629 lid 1 BW, the wage during sickness */
#define JCI_BW_7_629 "jci1.3:c:BWBR0005290&boek=7&artikel=629&lid=1"

static const char *const T_WHO[2] = {"Wie", "Who"};
static const char *const T_DUE[2] = {"Uiterlijk", "Due"};
static const char *const T_LAST_DAY[2] = {"laatste dag", "last permissible day"};
static const char *const T_BASIS[2] = {"Grondslag", "Legal basis"};
static const char *const T_HOW[2] = {"Berekening", "How the date follows"};
static const char *const T_WINDOW[2] = {"Venster vanaf", "Window opens"};
static const char *const T_DONE[2] = {"Gedaan op", "Done on"};
static const char *const T_CASE[2] = {"Zaak", "Case"};
static const char *const T_CONTENT[2] = {"Inhoud", "Content"};
static const char *const T_CASE_LINK[2] = {"Zaak online", "Case online"};
static const char *const T_LAW[2] = {"Wettekst", "Law text"};
static const char *const T_KIND[3][2] = {{"wettelijke termijn", "statutory term"},
					 {"praktijk (UWV)", "practice (UWV)"},
					 {"ter informatie", "informational"}};
static const char *const T_WEEKDAY[7][2] = {{"maandag", "Monday"},  {"dinsdag", "Tuesday"},
					    {"woensdag", "Wednesday"}, {"donderdag", "Thursday"},
					    {"vrijdag", "Friday"},   {"zaterdag", "Saturday"},
					    {"zondag", "Sunday"}};
static const char *const T_ON_WEEKEND[2] = {"Let op: valt op %s; handel de werkdag ervoor af",
					    "Note: falls on a %s; act on the working day before"};
static const char *const T_ON_HOLIDAY[2] = {
	"Let op: valt op een feestdag (Algemene termijnenwet art. 3); handel de werkdag ervoor af",
	"Note: falls on a public holiday (Algemene termijnenwet art. 3); act on the working day before"};
/* SUMMARY: the case id first, so that a month view shows whose deadline it is */
static const char *const T_DONE_MARK[2] = {"\xe2\x9c\x93 gedaan: ", "\xe2\x9c\x93 done: "};
static const char *const T_REMINDER[2] = {"%s \xc2\xb7 Herinnering: %s, uiterlijk %s %s",
					  "%s \xc2\xb7 Reminder: %s, due %s %s"};
static const char *const T_DOSSIER[2] = {"Dossierstuk", "Dossier item"};
static const char *const T_WAGE2[2] = {
	"%s \xc2\xb7 Loondoorbetaling jaar 2: 70%% zonder minimumloon",
	"%s \xc2\xb7 Wage continuation year 2: 70%% without the minimum wage"};
static const char *const T_WAGE2_DESC[2] = {
	"Vanaf ziektedag 365 is het loon 70% van het maximumdagloon-begrensde loon, zonder "
	"minimumloon (art. 7:629 lid 1 BW).\n",
	"From sick day 365 the wage is 70% of the wage up to the Wfsv maximum, without the "
	"minimum wage (Civil Code art. 7:629(1)).\n"};

#define WETTEN "https://wetten.overheid.nl/"
#define LINK_MAX 8192 /* a case link: the 1000-byte template with case ids of 64 bytes */

/* "Uiterlijk: donderdag 2026-02-12 (laatste dag)", and when a step is still open on a day
 * that is not a workday (Atw), a line that says so. */
static void due_lines(struct poort_buf *b, int lang, int32_t due, int flag)
{
	char date[POORT_DATE_BUFSIZE];
	int32_t weekday = poort_date_weekday(due);
	poort_fmt_date(due, date);
	poort_buf_printf(b, "%s: %s %s (%s)\n", T_DUE[lang], T_WEEKDAY[weekday - 1][lang], date, T_LAST_DAY[lang]);
	if (flag && weekday >= 6) {
		poort_buf_printf(b, T_ON_WEEKEND[lang], T_WEEKDAY[weekday - 1][lang]);
		poort_buf_puts(b, "\n");
	} else if (flag && !poort_date_is_workday(due)) {
		poort_buf_printf(b, "%s\n", T_ON_HOLIDAY[lang]);
	}
}

/* The last lines of every description: the case, its link, the law text. The event's URL
 * (*url, kept in link) is the case's link when the host gave a template, else the law text. */
static void link_lines(const poort_feed *f, const poort_case *c, const char *juriconnect, struct poort_buf *b,
		       char link[LINK_MAX], const char **url)
{
	poort_buf_printf(b, "%s: %s", T_CASE[f->lang], c->id);
	if (f->case_url[0]) {
		poort_feed_case_link(f, c->id, link, LINK_MAX);
		poort_buf_printf(b, "\n%s: %s", T_CASE_LINK[f->lang], link);
	} else {
		snprintf(link, LINK_MAX, WETTEN "%s", juriconnect);
	}
	poort_buf_printf(b, "\n%s: " WETTEN "%s", T_LAW[f->lang], juriconnect);
	*url = link;
}

/* The feed's description buffer, emptied for the next event. */
static struct poort_buf *fresh_text(poort_feed *f)
{
	f->text.len = 0;
	f->text.failed = 0;
	return &f->text;
}

/* Write the event of ev with the description in b. */
static int32_t emit_with(poort_feed *f, struct poort_feed_event *ev, const struct poort_buf *b)
{
	if (b->failed)
		return poort_feed_fail(f, POORT_ERR_NOMEM, "out of memory");
	ev->description = b->data;
	return poort_feed_emit_event(f, ev);
}

/* The description of milestone i: its timeline's fields, one per line. */
static void milestone_text(poort_feed *f, const poort_case *c, const poort_timeline *t, size_t i, int done,
			   struct poort_buf *b, char link[LINK_MAX], const char **url)
{
	const int lang = f->lang;
	const struct poort_entry *m = &t->m[i];
	const struct poort_milestone_def *def = &poort_milestones[m->def];
	char how[512], date[POORT_DATE_BUFSIZE];
	poort_buf_printf(b, "%s: %s\n", T_WHO[lang], def->who[lang]);
	due_lines(b, lang, m->due, !done && def->kind != POORT_KIND_INFORMATIONAL);
	poort_milestone_explain(t, i, lang, how, sizeof how);
	poort_buf_printf(b, "%s: %s\n%s: %s\n%s\n", T_BASIS[lang], def->basis[lang], T_HOW[lang], how,
			 T_KIND[def->kind][lang]);
	int32_t window = poort_milestone_window_start(t, i);
	if (window != POORT_DATE_NONE) {
		poort_fmt_date(window, date);
		poort_buf_printf(b, "%s: %s\n", T_WINDOW[lang], date);
	}
	if (m->done != POORT_DATE_NONE) {
		poort_fmt_date(m->done, date);
		poort_buf_printf(b, "%s: %s\n", T_DONE[lang], date);
	}
	link_lines(f, c, def->juriconnect, b, link, url);
}

/* A milestone's name in titles: a repeated step numbered by its occurrence ("Evaluatie 3"). */
static void milestone_name(const struct poort_milestone_def *def, const struct poort_entry *m, int lang,
			   char *buf, size_t size)
{
	if (m->occurrence && def->numbered[lang])
		snprintf(buf, size, "%s %d", def->numbered[lang], (int)m->occurrence);
	else
		snprintf(buf, size, "%s", def->title[lang]);
}

/* The reminder of milestone ev (an event without an alarm) alarm_days before it. */
static int32_t add_reminder(poort_feed *f, const poort_case *c, const char *name, struct poort_feed_event ev,
			    const struct poort_buf *b)
{
	char summary[700], ruid[3 * POORT_CASE_ID_MAX + 320], due[POORT_DATE_BUFSIZE];
	/* the reminder's UID: the milestone's with ".reminder" before the '@' */
	const char *at = strrchr(ev.uid, '@');
	snprintf(ruid, sizeof ruid, "%.*s.reminder%s", (int)(at - ev.uid), ev.uid, at);
	poort_fmt_date(ev.date, due);
	snprintf(summary, sizeof summary, T_REMINDER[f->lang], c->id, name, T_WEEKDAY[poort_date_weekday(ev.date) - 1][f->lang], due);
	ev.uid = ruid;
	ev.summary = summary;
	ev.date -= f->alarm_days;
	ev.alarm = 0; /* the milestone's own alarm already fires: one alert, not two */
	return emit_with(f, &ev, b);
}

static int32_t add_milestones(poort_feed *f, const poort_case *c, const poort_timeline *t)
{
	const int lang = f->lang;
	char uid[3 * POORT_CASE_ID_MAX + 300], summary[700], name[300], link[LINK_MAX];
	int32_t st = POORT_OK;
	for (size_t i = 0; i < t->n && st == POORT_OK; i++) {
		const struct poort_entry *m = &t->m[i];
		const struct poort_milestone_def *def = &poort_milestones[m->def];
		if (m->status == POORT_STATUS_NOT_APPLICABLE)
			continue;
		int done = m->status == POORT_STATUS_DONE || m->status == POORT_STATUS_DONE_LATE;
		if (m->occurrence)
			poort_feed_uid(f, uid, sizeof uid, c->id, "%s.%d", def->id, (int)m->occurrence);
		else
			poort_feed_uid(f, uid, sizeof uid, c->id, "%s", def->id);
		milestone_name(def, m, lang, name, sizeof name);
		snprintf(summary, sizeof summary, "%s \xc2\xb7 %s%s", c->id, done ? T_DONE_MARK[lang] : "", name);
		struct poort_feed_event ev = {.uid = uid, .summary = summary, .date = m->due, .actors = def->actors,
					      .alarm = !done};
		struct poort_buf *b = fresh_text(f);
		milestone_text(f, c, t, i, done, b, link, &ev.url);
		st = emit_with(f, &ev, b);
		if (st == POORT_OK && f->reminders && !done)
			st = add_reminder(f, c, name, ev, b); /* the same description */
	}
	return st;
}

static int32_t add_dossier(poort_feed *f, const poort_case *c, const poort_dossier *d)
{
	int32_t st = POORT_OK;
	char uid[3 * POORT_CASE_ID_MAX + 300], summary[700], link[LINK_MAX];
	for (int i = 0; i < I_COUNT && st == POORT_OK; i++) {
		const struct poort_item_state *it = &d->item[i];
		if (it->state != POORT_ITEM_NOT_YET_REQUIRED && it->state != POORT_ITEM_MISSING)
			continue;
		const struct poort_item_def *def = &poort_items[i];
		poort_feed_uid(f, uid, sizeof uid, c->id, "dossier.%s", def->id);
		/* "Dossierstuk f: ...", the practice items without a letter: "Dossierstuk: ..." */
		snprintf(summary, sizeof summary, "%s \xc2\xb7 %s%s%s: %s", c->id, T_DOSSIER[f->lang],
			 def->onderdeel[0] ? " " : "", def->onderdeel, def->title[f->lang]);
		struct poort_feed_event ev = {.uid = uid, .summary = summary, .date = it->due, .actors = def->actors,
					      .alarm = 1};
		struct poort_buf *b = fresh_text(f);
		poort_buf_printf(b, "%s: %s\n", T_CONTENT[f->lang], def->content[f->lang]);
		due_lines(b, f->lang, it->due, 1);
		poort_buf_printf(b, "%s: %s\n", T_BASIS[f->lang], def->basis[f->lang]);
		link_lines(f, c, def->juriconnect, b, link, &ev.url);
		st = emit_with(f, &ev, b);
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
	char uid[3 * POORT_CASE_ID_MAX + 300], summary[300], link[LINK_MAX];
	poort_feed_uid(f, uid, sizeof uid, c->id, "LOONDOORBETALING_JAAR2");
	snprintf(summary, sizeof summary, T_WAGE2[f->lang], c->id);
	struct poort_feed_event ev = {.uid = uid, .summary = summary, .date = year2,
				      .actors = POORT_ACTOR_WERKGEVER, .alarm = 1};
	struct poort_buf *b = fresh_text(f);
	poort_buf_puts(b, T_WAGE2_DESC[f->lang]);
	link_lines(f, c, JCI_BW_7_629, b, link, &ev.url);
	return emit_with(f, &ev, b);
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
	int32_t st = poort_feed_claim_case(f, c->id);
	if (st != POORT_OK)
		return st;
	poort_feed_case_uids(f, c->id);
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
	} else if ((st = poort_timeline_compute(c, poort_feed_today(f), 0, &t)) != POORT_OK ||
		   ((f->include & POORT_FEED_DOSSIER) &&
		    (st = poort_dossier_compute(c, poort_feed_today(f), &d)) != POORT_OK)) {
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
