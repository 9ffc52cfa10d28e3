/*
 * ics --cases FILE --group-by COLUMN -o DIR/: one feed per value of the column (a case
 * manager's feed), written to DIR/VALUE.ics with the value made safe as a file name, each
 * regenerated from its own previous file there (the feed keeps its UIDs and SEQUENCEs and
 * cancels the events of cases that left the group). The rows are read once; each group's
 * feed is opened at its first row and written as its rows come.
 */
#include "cli.h"
#include "cli_feed.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_GROUPS 1000

struct group_feed {
	char *value;
	char name[128]; /* the file name: the value made safe, then ".ics" */
	char path[4096];
	poort_feed *f;
	struct sink sink;
	int has_previous, withheld, failed;
};

struct groups {
	const struct options *o;
	const char *dir;
	struct group_feed *g[MAX_GROUPS];
	size_t n;
};

/* The value as a file name: bytes other than A-Z a-z 0-9 . _ - and those of UTF-8 letters
 * become '_', a leading '.' too (no hidden files, no ".."); empty becomes "_". */
static void safe_name(const char *value, char *buf, size_t size)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)value; *p && n + 5 < size; p++) {
		int keep = (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
			   *p == '_' || *p == '-' || *p >= 0x80 || (*p == '.' && n > 0);
		buf[n++] = keep ? (char)*p : '_';
	}
	if (n == 0)
		buf[n++] = '_';
	memcpy(buf + n, ".ics", 5);
}

static int file_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

/* Open the feed of a new group: its previous file read when there is one, DIR/NAME.tmp. */
static int open_group(struct groups *gs, struct group_feed *g)
{
	snprintf(g->path, sizeof g->path, "%s/%s", gs->dir, g->name);
	g->has_previous = file_exists(g->path);
	if (!(g->f = feed_from_options(gs->o, g->has_previous ? g->path : NULL)))
		return EXIT_USAGE;
	if (open_sink(&g->sink, g->path) != 0)
		return EXIT_USAGE;
	if (poort_feed_begin(g->f, write_stream, g->sink.out) != POORT_OK)
		return usage_error("%s", poort_feed_errmsg(g->f));
	return 0;
}

/* The feed of a group value, opened at its first row; NULL after a message. */
static struct group_feed *group(struct groups *gs, const char *value)
{
	char name[128];
	safe_name(value, name, sizeof name);
	for (size_t i = 0; i < gs->n; i++) {
		if (strcmp(gs->g[i]->value, value) == 0)
			return gs->g[i]->failed ? NULL : gs->g[i];
		if (strcmp(gs->g[i]->name, name) == 0) {
			usage_error("--group-by: \"%s\" and \"%s\" would both be written to %s", gs->g[i]->value, value,
				    name);
			return NULL;
		}
	}
	struct group_feed *g = gs->n < MAX_GROUPS ? calloc(1, sizeof *g) : NULL;
	if (!g || !(g->value = malloc(strlen(value) + 1))) {
		free(g);
		usage_error(gs->n < MAX_GROUPS ? "out of memory" : "--group-by: more than 1000 groups");
		return NULL;
	}
	strcpy(g->value, value);
	memcpy(g->name, name, sizeof name);
	gs->g[gs->n++] = g;
	g->failed = open_group(gs, g) != 0;
	return g->failed ? NULL : g;
}

static int group_row(void *ctx, struct options *o)
{
	struct groups *gs = ctx;
	struct group_feed *g = group(gs, poort_sheet_value(o->sheet, gs->o->group_by));
	if (!g)
		return 1;
	return add_to_feed(g->f, o->c, g->has_previous, &g->withheld);
}

/* A bad row: its group's feed keeps the case's previous events, or is not replaced; when the
 * row's group cannot be told, no feed with a previous file is replaced. */
static void group_bad(void *ctx, const poort_sheet *s)
{
	struct groups *gs = ctx;
	const char *value = poort_sheet_value(s, gs->o->group_by);
	const char *id = poort_sheet_value(s, "case_id");
	struct group_feed *g = value ? group(gs, value) : NULL;
	if (g && id && id[0]) {
		g->withheld |= g->has_previous && !keep_previous_events(g->f, id);
		return;
	}
	for (size_t i = 0; i < gs->n; i++)
		gs->g[i]->withheld |= gs->g[i]->has_previous;
}

static int check_group_options(const struct options *o)
{
	if (!o->cases)
		return usage_error("--group-by needs --cases FILE");
	if (!o->output)
		return usage_error("--group-by needs -o DIR/ (a folder for the feeds)");
	if (o->previous)
		return usage_error("--group-by reads each group's previous feed from its file in DIR; leave out "
				   "--previous");
	if (mkdir(o->output, 0777) != 0 && errno != EEXIST)
		return usage_error("-o %s: cannot make the folder", o->output);
	return 0;
}

static int group_begin(void *ctx, const poort_sheet *s)
{
	struct groups *gs = ctx;
	if (!poort_sheet_value(s, gs->o->group_by))
		return usage_error("--group-by %s: the sheet has no such column", gs->o->group_by);
	return 0;
}

/* End each group's feed and publish it, unless it failed or is withheld; returns the exit code. */
static int close_groups(struct groups *gs, int rc)
{
	for (size_t i = 0; i < gs->n; i++) {
		struct group_feed *g = gs->g[i];
		int grc = rc || g->failed;
		if (!grc && g->f && poort_feed_end(g->f) != POORT_OK)
			grc = usage_error("%s", poort_feed_errmsg(g->f));
		if (g->sink.out)
			grc = close_sink(&g->sink, grc, g->withheld);
		if (!grc && g->withheld)
			fprintf(stderr, "poortwachter: %s is not replaced, so that the cases of its bad rows keep the "
					"events of the previous feed\n", g->path);
		rc |= grc;
		poort_feed_free(g->f);
		free(g->value);
		free(g);
	}
	return rc;
}

int feeds_per_group(struct options *o)
{
	int rc = check_group_options(o);
	if (rc)
		return rc;
	struct groups gs = {.o = o, .dir = o->output};
	const struct row_handler h = {group_begin, group_row, group_bad};
	int rejected = read_cases_option(o, &h, &gs);
	rc = close_groups(&gs, rejected < 0 ? EXIT_USAGE : 0);
	return rc ? rc : rejected_rows(o->cases, rejected, "each feed has the other cases of its group");
}
