/*
 * ics --cases FILE --group-by COLUMN -o DIR/: one feed per value of the column (a case
 * manager's feed), written to DIR/VALUE.ics with the value made safe as a file name, each
 * regenerated from its own previous file there (the feed keeps its UIDs and SEQUENCEs and
 * cancels the events of cases that left the group). A first pass over the sheet finds the
 * groups and reports the bad rows; then each group's feed is written in a pass of its own,
 * so that only one previous feed is held at a time and memory does not grow with the number
 * of groups. A group's pass reads a copy of the file in which the rows of the other groups
 * are blank lines (the line numbers stay those of the file), so each row is parsed twice,
 * not once per group; a file read as Windows-1252 is read whole in every pass (a copy
 * without some rows might read as UTF-8).
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
	int bad_without_id; /* a bad row of the group whose case id is not known */
};

#define NO_GROUP MAX_GROUPS

struct row_span { /* a row of the file: the line it begins on, and its group */
	int32_t line;
	uint16_t group; /* index into g, or NO_GROUP */
};

struct groups {
	const struct options *o;
	struct group_feed *g[MAX_GROUPS];
	size_t n;
	int bad_without_group; /* a bad row whose group cannot be told */
	struct row_span *rows; /* in the order of the file */
	size_t n_rows, cap_rows;
	int whole_file; /* every pass reads the file as it is */
	/* the pass of one group */
	const struct group_feed *cur;
	poort_feed *f;
	int has_previous, withheld, failures;
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

/* The group of a value, made at its first row; NULL after a message. */
static struct group_feed *group(struct groups *gs, const char *value)
{
	char name[128];
	safe_name(value, name, sizeof name);
	for (size_t i = 0; i < gs->n; i++) {
		if (strcmp(gs->g[i]->value, value) == 0)
			return gs->g[i];
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
	snprintf(g->path, sizeof g->path, "%s/%s", gs->o->output, name);
	gs->g[gs->n++] = g;
	return g;
}

/* Notes the row the sheet is at, of group g (NULL: none); out of memory, every pass reads
 * the whole file. */
static void note_row(struct groups *gs, const poort_sheet *s, const struct group_feed *g)
{
	if (gs->n_rows == gs->cap_rows) {
		size_t cap = gs->cap_rows ? 2 * gs->cap_rows : 1024;
		struct row_span *grown = realloc(gs->rows, cap * sizeof *grown);
		if (!grown) {
			gs->whole_file = 1;
			return;
		}
		gs->rows = grown;
		gs->cap_rows = cap;
	}
	size_t i = 0;
	while (g && gs->g[i] != g)
		i++;
	gs->rows[gs->n_rows++] = (struct row_span){poort_sheet_line(s), (uint16_t)(g ? i : NO_GROUP)};
}

static int find_row(void *ctx, struct options *o)
{
	struct groups *gs = ctx;
	const struct group_feed *g = group(gs, poort_sheet_value(o->sheet, gs->o->group_by));
	note_row(gs, o->sheet, g);
	return g == NULL;
}

/* A bad row whose case id is known keeps its events in its group's pass; one whose group or
 * case id cannot be told leaves the feeds it may belong to as they were. */
static void find_bad(void *ctx, const poort_sheet *s)
{
	struct groups *gs = ctx;
	const char *value = poort_sheet_value(s, gs->o->group_by);
	const char *id = poort_sheet_value(s, "case_id");
	struct group_feed *g = value && value[0] ? group(gs, value) : NULL;
	note_row(gs, s, g);
	if (!g)
		gs->bad_without_group = 1;
	else if (!id || !id[0])
		g->bad_without_id = 1;
}

static int in_group(const struct groups *gs, const poort_sheet *s)
{
	const char *value = poort_sheet_value(s, gs->o->group_by);
	return value && strcmp(value, gs->cur->value) == 0;
}

static int pass_row(void *ctx, struct options *o)
{
	struct groups *gs = ctx;
	if (!in_group(gs, o->sheet))
		return 0;
	gs->failures += add_to_feed(gs->f, o->c, gs->has_previous, &gs->withheld);
	return 0;
}

static void pass_bad(void *ctx, const poort_sheet *s)
{
	struct groups *gs = ctx;
	const char *id = poort_sheet_value(s, "case_id");
	if (in_group(gs, s) && id && id[0])
		gs->withheld |= gs->has_previous && !keep_previous_events(gs->f, id);
}

/* The file with the lines of the rows of other groups each as a blank line " \n" (the
 * space keeps it from joining a CR before it, so every line keeps its number), into out
 * (2 * len + 1 bytes); returns its length. Lines before the first row (the header) are kept. */
static size_t group_text(const struct groups *gs, size_t group, const char *text, size_t len, char *out)
{
	size_t n = 0, r = 0;
	int32_t line = 1;
	int keep = 1;
	for (size_t i = 0; i < len; i++) {
		while (r < gs->n_rows && gs->rows[r].line <= line)
			keep = gs->rows[r++].group == group;
		char ch = text[i];
		if (ch != '\r' && ch != '\n') {
			if (keep)
				out[n++] = ch;
			continue;
		}
		size_t eol = ch == '\r' && i + 1 < len && text[i + 1] == '\n' ? 2 : 1;
		memcpy(out + n, keep ? text + i : " \n", keep ? eol : 2);
		n += keep ? eol : 2;
		i += eol - 1;
		line++;
	}
	out[n] = '\0';
	return n;
}

/* The pass of one group: its feed from its previous file, written and published unless a
 * bad row would lose events; returns the exit code. */
static int write_group(struct groups *gs, size_t i, const char *text, size_t len)
{
	const struct group_feed *g = gs->g[i];
	char *own = gs->whole_file ? NULL : malloc(2 * len + 1);
	size_t own_len = own ? group_text(gs, i, text, len, own) : len;
	struct stat st;
	gs->cur = g;
	gs->has_previous = stat(g->path, &st) == 0;
	gs->withheld = gs->has_previous && (g->bad_without_id || gs->bad_without_group);
	struct sink sink;
	int rc = !(gs->f = feed_from_options(gs->o, gs->has_previous ? g->path : NULL)) ? EXIT_USAGE
												: open_sink(&sink, g->path);
	if (rc) {
		poort_feed_free(gs->f);
		free(own);
		return rc;
	}
	const struct row_handler h = {NULL, pass_row, pass_bad, 1};
	if (poort_feed_begin(gs->f, write_stream, sink.out) != POORT_OK ||
	    read_cases(gs->o->cases, own ? own : text, own_len, gs->o, &h, gs) < 0 ||
	    poort_feed_end(gs->f) != POORT_OK)
		rc = usage_error("%s: %s", g->path, poort_feed_errmsg(gs->f));
	free(own);
	rc = close_sink(&sink, rc, gs->withheld);
	if (!rc && gs->withheld)
		fprintf(stderr, "poortwachter: %s is not replaced, so that the cases of its bad rows keep the "
				"events of the previous feed\n", g->path);
	poort_feed_free(gs->f);
	return rc;
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
	for (size_t i = 0; i < poort_sheet_warning_count(s); i++)
		gs->whole_file |= strstr(poort_sheet_warning(s, i), "Windows-1252") != NULL;
	return 0;
}

int feeds_per_group(struct options *o)
{
	int rc = check_group_options(o);
	if (rc)
		return rc;
	size_t len;
	char *text = read_input("--cases", o->cases, &len);
	if (!text)
		return EXIT_USAGE;
	struct groups gs = {.o = o};
	struct options defaults = *o;
	defaults.c = NULL;
	gs.o = &defaults;
	const struct row_handler h = {group_begin, find_row, find_bad, 0};
	int rejected = read_cases(o->cases, text, len, &defaults, &h, &gs);
	for (size_t i = 0; i < gs.n; i++)
		if (rejected >= 0 && !rc)
			rc = write_group(&gs, i, text, len);
	for (size_t i = 0; i < gs.n; i++) {
		free(gs.g[i]->value);
		free(gs.g[i]);
	}
	free(gs.rows);
	free(text);
	rejected += gs.failures;
	return rc ? rc : rejected_rows(o->cases, rejected, "each feed has the other cases of its group");
}
