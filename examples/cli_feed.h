/* The calendar feed's parts shared by one feed (cli_feed.c) and feeds per group
 * (cli_feed_groups.c). */
#ifndef CLI_FEED_H
#define CLI_FEED_H

#include "cli.h"

/* Where a feed goes: standard output, or FILE.tmp renamed to FILE when it is complete, so
 * that a failure never leaves half a feed. */
struct sink {
	FILE *out;
	const char *path;
	char tmp[4096];
};
/* Open FILE.tmp (path NULL: standard output); returns 0 or an exit code after a message. */
int open_sink(struct sink *s, const char *path);
/* Finish the sink after writing with exit code rc; a withheld feed leaves FILE as it was.
 * Returns the exit code. */
int close_sink(struct sink *s, int rc, int withheld);
/* poort_feed_begin's writer: ctx is a FILE. */
int32_t write_stream(void *ctx, const char *data, size_t len);
/* The feed writer with the calendar options applied and previous (NULL: none) read;
 * NULL after a message. */
poort_feed *feed_from_options(const struct options *o, const char *previous);
/* A row that could not be used: keep its case's events of the previous feed unchanged.
 * Returns 1 when they are kept, 0 when the feed must not be published instead. */
int keep_previous_events(poort_feed *f, const char *case_id);
/* Add a row's case to f; when it cannot be added, its message, and its case's previous
 * events kept, or *withheld set when the feed has a previous one. Returns 0 or 1. */
int add_to_feed(poort_feed *f, poort_case *c, int has_previous, int *withheld);
/* ics --cases FILE --group-by COLUMN -o DIR/. */
int feeds_per_group(struct options *o);

#endif
