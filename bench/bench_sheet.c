/*
 * Benchmark: the command-line tool's agenda and feeds per case manager over a generated
 * Excel-shaped sheet of 100 000 cases, against the floors measured in the same run: reading
 * the sheet alone (poort_sheet_new, then poort_sheet_next over every row), for the agenda;
 * and for the feeds, libical writing one component per event (bench_floor.h), the same
 * events read back from the feeds written, each checked byte for byte against them. It
 * prints each time, its ratio to its floor, and the peak resident memory after each step:
 * the rows are streamed, so the peak stays near that of reading the sheet (the feeds' floor
 * comes after the peaks are taken: it holds one feed's events at a time). Times are CPU
 * seconds of the process, so other load on the machine does not count.
 *
 * Run: meson test -C build --benchmark --suite bench   (or build/bench/bench_sheet [N])
 */
#define _POSIX_C_SOURCE 200809L
#include "../examples/cli.h"
#include "bench_floor.h"

#include <dirent.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); /* the machine may be shared: CPU time */
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long peak_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

/* "d-m-yyyy" of a day number. */
static void dmy(int32_t d, char *buf, size_t size)
{
	int32_t y, m, dd;
	poort_date_to_ymd(d, &y, &m, &dd);
	snprintf(buf, size, "%d-%d-%d", (int)dd, (int)m, (int)y);
}

/* Writes "ID=d-m-yyyy ..." into cell: every step of c due before `until`, done on its due
 * date (recorded in c too, as a done step may bring the next one: an evaluation). */
static void done_on_time(poort_case *c, int32_t until, char *cell, size_t size)
{
	size_t len = 0, found = 1;
	cell[0] = '\0';
	for (int round = 0; round < 40 && found; round++) {
		poort_timeline *t = NULL;
		if (poort_timeline_compute(c, until, 0, &t) != POORT_OK)
			exit(1);
		found = 0;
		for (size_t i = 0; i < poort_timeline_count(t) && len < size - 64; i++) {
			if (poort_milestone_status(t, i) != POORT_STATUS_OVERDUE)
				continue;
			char d[16];
			int32_t due = poort_milestone_due(t, i);
			dmy(due, d, sizeof d);
			poort_case_record_done(c, poort_milestone_id(t, i), due);
			len += (size_t)snprintf(cell + len, size - len, "%s%s=%s", len ? " " : "", poort_milestone_id(t, i), d);
			found++;
		}
		poort_timeline_free(t);
	}
}

/* n cases as a Dutch Excel writes them: a BOM, ';', CRLF, d-m-yyyy dates, 25 case managers,
 * every fourth case with a relapse in its periods cell, wage columns. As in a kept dossier,
 * the steps due before today were done on their due dates, but in every tenth case those of
 * the last 30 days are still open: the agenda has what is late or due within 14 days (some
 * 0.6 items a case). Without `kept`, only the sick report is done: every other step is late
 * (some 10 items a case), the agenda's worst case. */
static int write_sheet(const char *path, int n, int32_t today, int kept)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return -1;
	int32_t base;
	poort_date_from_ymd(2025, 1, 6, &base);
	fputs("\xef\xbb\xbfZaak;Ziekteperiodes;Gedaan;Casemanager;Afdeling;Maandloon;Uren\r\n", f);
	for (int i = 0; i < n; i++) {
		char a[16], b[16], c[16], done[4096];
		int32_t first = base + i % 700;
		poort_case *k = poort_case_new();
		dmy(first, a, sizeof a);
		fprintf(f, "Z%06d;%s", i, a);
		if (i % 4 == 0) {
			dmy(first + 9, b, sizeof b);
			dmy(first + 20, c, sizeof c);
			fprintf(f, ":%s %s", b, c);
			poort_case_add_period(k, first, first + 9);
			poort_case_add_period(k, first + 20, POORT_DATE_NONE);
		} else {
			poort_case_add_period(k, first, POORT_DATE_NONE);
		}
		if (kept)
			done_on_time(k, i % 10 == 0 ? today - 30 : today, done, sizeof done);
		else
			dmy(first + 2, done, sizeof done);
		poort_case_free(k);
		fprintf(f, ";%s%s;Casemanager %02d;Afdeling %d;%d.%03d,50;%d\r\n", kept ? "" : "ZIEKMELDING_ARBODIENST=", done, i % 25, i % 7, 2 + i % 3,
			i % 1000, 24 + i % 17);
	}
	return fclose(f);
}

static double floor_read(const char *path)
{
	double t0 = now_s();
	size_t len;
	char *text = read_input("--cases", path, &len);
	poort_sheet *s = NULL;
	if (!text || poort_sheet_new(text, len, &s) != POORT_OK)
		exit(1);
	poort_case *c;
	int rows = 0;
	while (poort_sheet_next(s, &c) == POORT_OK && c) {
		poort_case_free(c);
		rows++;
	}
	poort_sheet_free(s);
	free(text);
	return now_s() - t0;
}

/* The floor of one feed file: its events read back (each checked against the library's
 * block), then written by libical one component per event; the least CPU seconds of three
 * rounds, or -1 when an event differs. *events gets the number of its events. */
static double floor_feed(const char *path, size_t *events)
{
	size_t len;
	char *text = read_input("--previous", path, &len);
	struct store st = {0};
	struct event *ev = NULL;
	size_t n = 0, cap = 0;
	int bad = !text;
	const char *end = text ? strstr(text, "END:VCALENDAR") : NULL;
	for (const char *q = text ? strstr(text, "BEGIN:VEVENT") : NULL; q && end && q < end && !bad; n++) {
		const char *next = strstr(q + 1, "BEGIN:VEVENT");
		size_t block = (size_t)((next && next < end ? next : end) - q);
		if (n == cap && !(ev = realloc(ev, (cap = 2 * cap + 1024) * sizeof *ev)))
			exit(1);
		bad = read_event(q, block, &st, &ev[n]) || !floor_check(&st, &ev[n], q, block);
		q = next;
	}
	double best = -1;
	for (int round = 0; round < 3 && !bad; round++) {
		double t0 = now_s();
		floor_write(&st, ev, n);
		double t = now_s() - t0;
		if (best < 0 || t < best)
			best = t;
	}
	free(st.props);
	free(st.texts);
	free(ev);
	free(text);
	*events = n;
	return best;
}

/* The feeds' floor: every feed file in dir, in turn. */
static double floor_feeds(const char *dir, size_t *events)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	double total = 0;
	char path[512];
	*events = 0;
	while (d && (e = readdir(d))) {
		size_t n, k = strlen(e->d_name);
		if (k < 4 || strcmp(e->d_name + k - 4, ".ics") != 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		double t = floor_feed(path, &n);
		if (t < 0)
			exit(1);
		total += t;
		*events += n;
	}
	if (d)
		closedir(d);
	return total;
}

static struct options defaults(const char *path)
{
	struct options o = {.today = POORT_DATE_NONE, .due_soon = 14, .wage_cents = -1, .hours = -1,
			    .from = POORT_DATE_NONE, .to = POORT_DATE_NONE, .cases = path};
	poort_date_from_ymd(2026, 11, 23, &o.today);
	return o;
}

static double run(int (*cmd)(struct options *), struct options *o)
{
	double t0 = now_s();
	if (cmd(o) != 0)
		exit(1);
	return now_s() - t0;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 100000;
	/* a scratch folder in the working folder (meson runs benchmarks in the build tree) */
	char dir[] = "bench_sheet_XXXXXX", path[64], feeds[64];
	if (!mkdtemp(dir))
		return 1;
	snprintf(path, sizeof path, "%s/zaken.csv", dir);
	snprintf(feeds, sizeof feeds, "%s/feeds", dir);
	int32_t today;
	poort_date_from_ymd(2026, 11, 23, &today);
	if (write_sheet(path, n, today, 1) != 0 || !freopen("/dev/null", "w", stdout))
		return 1;
	set_error_stream(NULL); /* the warning about the kept columns, once per command */
	double fl = floor_read(path);
	long kb_floor = peak_kb();
	struct options o = defaults(path);
	o.group_by = "Casemanager";
	double ag = run(cmd_agenda, &o);
	long kb_agenda = peak_kb();
	o = defaults(path);
	o.group_by = "Casemanager";
	o.output = feeds;
	o.dtstamp = "20261123T080000Z";
	double f1 = run(cmd_ics, &o);
	long kb_feed1 = peak_kb();
	double f2 = run(cmd_ics, &o); /* regenerated from the previous feeds */
	long kb_feeds = peak_kb();
	size_t events;
	double ff = floor_feeds(feeds, &events);
	fprintf(stderr, "%d cases, 25 case managers, %zu events\n", n, events);
	fprintf(stderr, "read the sheet (floor)       %7.3f s\n", fl);
	fprintf(stderr, "agenda --group-by            %7.3f s  %5.2fx the floor\n", ag, ag / fl);
	fprintf(stderr, "libical, one VEVENT each     %7.3f s  the feeds' floor (the same events, byte for byte)\n", ff);
	fprintf(stderr, "ics --group-by -o DIR/       %7.3f s  %5.2fx the feeds' floor\n", f1, f1 / ff);
	fprintf(stderr, "  again, from its previous   %7.3f s  %5.2fx  (%.2fx writing afresh)\n", f2, f2 / ff,
		f2 / f1);
	fprintf(stderr, "peak RSS: after the read %ld kB, the agenda %ld kB, the feeds %ld kB, again %ld kB\n",
		kb_floor, kb_agenda, kb_feed1, kb_feeds);
	if (write_sheet(path, n, today, 0) != 0)
		return 1;
	fl = floor_read(path);
	o = defaults(path);
	o.group_by = "Casemanager";
	ag = run(cmd_agenda, &o);
	fprintf(stderr, "worst case, every step late: read %.3f s, agenda %.3f s  %5.2fx\n", fl, ag, ag / fl);
	char cmd[160];
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	return system(cmd) != 0;
}
