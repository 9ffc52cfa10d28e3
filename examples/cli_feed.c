/* poortwachter ics: a calendar feed of one case from the options, or of the cases of a sheet
 * (one feed per group of rows: cli_feed_groups.c). */
#include "cli.h"
#include "cli_feed.h"
#include "cli_parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int32_t write_stream(void *ctx, const char *data, size_t len)
{
	return fwrite(data, 1, len, (FILE *)ctx) == len ? 0 : 1;
}

int keep_previous_events(poort_feed *f, const char *case_id)
{
	/* the case's events of the previous feed are written unchanged */
	return poort_feed_keep_case(f, case_id) == POORT_OK;
}

/* The single feed of a sheet: its rows, and whether a bad row makes it unpublishable. */
struct feed_rows {
	poort_feed *f;
	int has_previous, withheld, added;
};

int add_to_feed(poort_feed *f, poort_case *c, int has_previous, int *withheld)
{
	if (poort_feed_add_case(f, c) == POORT_OK)
		return 0;
	/* a case the library rejects keeps its previous events by itself */
	usage_error("%s", poort_feed_errmsg(f));
	(void)has_previous;
	(void)withheld;
	return 1;
}

static int add_row(void *ctx, struct options *o)
{
	struct feed_rows *r = ctx;
	int rc = add_to_feed(r->f, o->c, r->has_previous, &r->withheld);
	r->added += rc == 0;
	return rc;
}

static void bad_row(void *ctx, const poort_sheet *s)
{
	struct feed_rows *r = ctx;
	const char *id = poort_sheet_value(s, "case_id");
	r->withheld |= r->has_previous && !(id && id[0] && keep_previous_events(r->f, id));
}

/* --alarm-time HH:MM as minutes after midnight, or -1 when it is not a time of day. */
static int32_t alarm_minutes(const char *t)
{
	for (int i = 0; i < 5; i++)
		if (i == 2 ? t[i] != ':' : (t[i] < '0' || t[i] > '9'))
			return -1;
	int32_t h = (t[0] - '0') * 10 + (t[1] - '0'), m = (t[3] - '0') * 10 + (t[4] - '0');
	return t[5] || h > 23 || m > 59 ? -1 : h * 60 + m;
}

/* The options of what a case manager sees: alarm time, links, past and cancelled events. */
static int32_t set_view_options(poort_feed *f, const struct options *o)
{
	int32_t st = POORT_OK;
	if (o->alarm_time)
		st = poort_feed_set_alarm_time(f, alarm_minutes(o->alarm_time));
	if (!st && o->case_url)
		st = poort_feed_set_case_url(f, o->case_url);
	if (!st && option_given(o, cli_option_by_id(OPT_KEEP_PAST)))
		st = poort_feed_set_keep_past(f, o->keep_past);
	if (!st && option_given(o, cli_option_by_id(OPT_KEEP_CANCELLED)))
		st = poort_feed_set_keep_cancelled(f, o->keep_cancelled);
	return st;
}

/* A case that cannot be computed: exit 1, the feed (all or nothing) writes nothing. */
static int case_failed(const char *message)
{
	fprintf(stderr, "poortwachter: %s\n", message);
	return 1;
}

static void print_warnings(const poort_feed *f)
{
	for (int32_t i = 0; poort_feed_warning(f, i); i++)
		fprintf(stderr, "poortwachter: warning: %s\n", poort_feed_warning(f, i));
}

/* The calendar options that are settings of the feed; a status with the feed's message. */
static int32_t set_feed_options(poort_feed *f, const struct options *o)
{
	int32_t st = set_view_options(f, o);
	if (!st)
		st = poort_feed_set_lang(f, o->lang);
	if (!st)
		st = poort_feed_set_alarm_days(f, o->alarm_days);
	if (!st)
		st = poort_feed_set_reminder_events(f, o->reminders);
	if (!st)
		st = poort_feed_set_include(f, o->include);
	if (!st && o->uid_domain)
		st = poort_feed_set_uid_domain(f, o->uid_domain);
	if (!st && o->name)
		st = poort_feed_set_name(f, o->name);
	/* one case: a case that cannot be computed leaves the published feed as it was */
	if (!st && (o->all_or_nothing || !o->cases))
		st = poort_feed_set_strict(f, POORT_FEED_STRICT_ALL);
	return st;
}

poort_feed *feed_from_options(const struct options *o, const char *previous)
{
	int64_t stamp;
	const char *why;
	if (cli_parse_dtstamp(o->dtstamp, &stamp, &why) != POORT_OK) {
		usage_error("--dtstamp %s: %s", o->dtstamp, why);
		return NULL;
	}
	if (o->alarm_time && alarm_minutes(o->alarm_time) < 0) {
		usage_error("--alarm-time %s: a time of day HH:MM, 00:00 to 23:59", o->alarm_time);
		return NULL;
	}
	poort_feed *f = poort_feed_new();
	if (!f) {
		usage_error("out of memory");
		return NULL;
	}
	int32_t st = poort_feed_set_dtstamp(f, stamp);
	if (!st)
		st = set_feed_options(f, o);
	if (!st && o->reminders && !o->alarm_days) {
		usage_error("--reminder-events needs --alarm-days N with N above 0");
		poort_feed_free(f);
		return NULL;
	}
	if (!st && previous) {
		size_t len;
		char *text = read_input("--previous", previous, &len);
		if (!text) {
			poort_feed_free(f);
			return NULL;
		}
		st = poort_feed_set_previous(f, text, len);
		free(text);
	}
	if (st) {
		usage_error("%s", poort_feed_errmsg(f));
		poort_feed_free(f);
		return NULL;
	}
	return f;
}

int open_sink(struct sink *s, const char *path)
{
	s->out = stdout;
	s->path = path;
	if (!path)
		return 0;
	snprintf(s->tmp, sizeof s->tmp, "%s.tmp", path);
	if (!(s->out = fopen(s->tmp, "wb")))
		return usage_error("-o %s: cannot write the file", path);
	return 0;
}

int close_sink(struct sink *s, int rc, int withheld)
{
	if (!s->path) {
		if (fflush(stdout) != 0 && !rc)
			rc = usage_error("writing the feed failed");
		return rc;
	}
	if (fclose(s->out) != 0 && !rc)
		rc = usage_error("-o %s: writing failed", s->path);
	if (rc || withheld)
		remove(s->tmp);
	else if (rename(s->tmp, s->path) != 0)
		rc = usage_error("-o %s: cannot replace the file", s->path);
	return rc;
}

/* Write the feed of the case in o, or of the cases in the text of a sheet. */
static int write_feed(poort_feed *f, struct sink *s, struct options *o, int *rejected, int *withheld)
{
	int rc = 0;
	int32_t st;
	if (poort_feed_begin(f, write_stream, s->out) != POORT_OK) {
		rc = usage_error("%s", poort_feed_errmsg(f));
	} else if (o->cases) {
		struct feed_rows rows = {.f = f, .has_previous = o->previous != NULL};
		const struct row_handler h = {NULL, add_row, bad_row, 0};
		*rejected = read_cases_option(o, &h, &rows);
		*withheld = rows.withheld;
		if (*rejected > 0 && (rows.added == 0 || o->all_or_nothing))
			rc = 1; /* no case could be written, or all or nothing: the published feed stays */
		if (*rejected < 0)
			rc = EXIT_USAGE;
	} else if ((st = poort_feed_add_case(f, o->c)) != POORT_OK) {
		rc = st == POORT_ERR_CASE_ID ? usage_error("%s", poort_feed_errmsg(f)) : case_failed(poort_feed_errmsg(f));
	}
	if (!rc && poort_feed_end(f) != POORT_OK)
		rc = *rejected > 0 ? 1 : usage_error("%s", poort_feed_errmsg(f));
	print_warnings(f);
	return rc;
}

/* One feed: of the case of the options, or of every row of a sheet. */
static int one_feed(struct options *o)
{
	poort_feed *f = feed_from_options(o, o->previous);
	if (!f)
		return EXIT_USAGE;
	struct sink s;
	int rc = 0, rejected = 0, withheld = 0;
	if ((rc = open_sink(&s, o->output)) == 0)
		rc = close_sink(&s, write_feed(f, &s, o, &rejected, &withheld), withheld);
	if ((!rc || rc == 1) && rejected > 0)
		rc = rejected_rows(o->cases, rejected,
				   rc ? "nothing written; the published feed stays as it was"
				   : withheld ? "the feed is not replaced, so that their cases keep the events of the "
						"previous feed"
					      : "the feed has the other cases and the previous events of the rejected ones");
	poort_feed_free(f);
	return rc;
}

int cmd_ics(struct options *o)
{
	int rc = o->group_by ? feeds_per_group(o) : one_feed(o);
	/* a batch is a deployment's feed: its UIDs need the deployment's own domain */
	if (rc != EXIT_USAGE && o->cases && !o->uid_domain)
		fprintf(stderr, "poortwachter: warning: the UIDs use the default domain poortwachter.invalid; give "
			"--uid-domain with a domain of your own (calendar clients such as Google treat UIDs as "
			"global, so the feeds of two deployments would overwrite each other's events)\n");
	return rc;
}
