/*
 * poortwachter agenda: every open item across the cases of a sheet (or of one case) that is
 * overdue or due within --days N days, by the timeline's own statuses (due_soon_days = N),
 * with --include-dossier also the dossier items that are missing or due within N days;
 * sorted by group, due date, case id, id and occurrence. The rows are read one at a time;
 * only the items found are kept, to sort them.
 */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct agenda_row { /* a row with at least one item: what the output repeats of it */
	char *case_id, *group;
	char **extra; /* the values of the sheet's columns the library does not read */
	uint32_t group_rank, rank; /* order of the group, and of (group, case id): see rank_rows */
};

struct agenda_item {
	const struct agenda_row *row;
	int32_t due, status, occurrence, dossier;
	/* a milestone's are the library's static strings; a dossier item's are copies */
	const char *id, *title, *who;
};

struct agenda {
	const struct options *o;
	struct agenda_row **rows;
	struct agenda_item *items;
	size_t n_rows, n_items, cap_items, n_extra;
	char *extra_name[256]; /* copies: the sheet is gone when the agenda is printed */
	int failed;
};

static char *copy(struct agenda *a, const char *s)
{
	char *c = strdup(s ? s : "");
	a->failed |= c == NULL;
	return c;
}

/* The row of o as an agenda row, kept for its items; NULL when out of memory. */
static struct agenda_row *keep_row(struct agenda *a, const struct options *o)
{
	struct agenda_row **grown = realloc(a->rows, (a->n_rows + 1) * sizeof *grown);
	struct agenda_row *r = calloc(1, sizeof *r);
	if (grown)
		a->rows = grown;
	if (!grown || !r || !(r->extra = calloc(a->n_extra + 1, sizeof *r->extra))) {
		free(r);
		a->failed = 1;
		return NULL;
	}
	a->rows[a->n_rows++] = r;
	r->case_id = copy(a, poort_case_id(o->c));
	const char *g = o->group_by && o->sheet ? poort_sheet_value(o->sheet, o->group_by) : "";
	r->group = copy(a, g);
	for (size_t k = 0; k < a->n_extra; k++)
		r->extra[k] = copy(a, poort_sheet_value(o->sheet, a->extra_name[k]));
	return r;
}

static void add_item(struct agenda *a, struct agenda_row **row, const struct options *o,
		     const struct agenda_item *it)
{
	if (!*row && !(*row = keep_row(a, o)))
		return;
	if (a->n_items == a->cap_items) {
		size_t cap = a->cap_items ? 2 * a->cap_items : 256;
		struct agenda_item *grown = realloc(a->items, cap * sizeof *grown);
		if (!grown) {
			a->failed = 1;
			return;
		}
		a->items = grown;
		a->cap_items = cap;
	}
	struct agenda_item *x = &a->items[a->n_items++];
	*x = *it;
	x->row = *row;
	if (it->dossier) {
		x->id = copy(a, it->id);
		x->title = copy(a, it->title);
	}
}

static const char *const employer[2] = {"werkgever", "employer"};

/* The dossier items that are missing, or due within the window and not yet present. */
static int dossier_items(struct agenda *a, struct agenda_row **row, struct options *o)
{
	poort_dossier *d = NULL;
	if (poort_dossier_compute(o->c, o->today, &d) != POORT_OK)
		return case_error(o, poort_case_errmsg(o->c));
	for (size_t i = 0; i < poort_dossier_count(d); i++) {
		int32_t state = poort_dossier_item_state(d, i), due = poort_dossier_item_due(d, i);
		int soon = state == POORT_ITEM_NOT_YET_REQUIRED && due != POORT_DATE_NONE &&
			   due - o->today <= o->due_soon;
		if (state != POORT_ITEM_MISSING && !soon)
			continue;
		struct agenda_item it = {.due = due, .dossier = 1, .id = poort_dossier_item_id(d, i),
					 .status = soon ? POORT_STATUS_DUE_SOON : POORT_STATUS_OVERDUE,
					 .title = poort_dossier_item_content(d, i, o->lang), .who = employer[o->lang]};
		add_item(a, row, o, &it);
	}
	poort_dossier_free(d);
	return 0;
}

static int agenda_row(void *ctx, struct options *o)
{
	struct agenda *a = ctx;
	struct agenda_row *row = NULL;
	poort_timeline *t = NULL;
	if (poort_timeline_compute(o->c, o->today, o->due_soon, &t) != POORT_OK)
		return case_error(o, poort_case_errmsg(o->c));
	for (size_t i = 0; i < poort_timeline_count(t); i++) {
		int32_t st = poort_milestone_status(t, i);
		if (st != POORT_STATUS_OVERDUE && st != POORT_STATUS_DUE_SOON)
			continue;
		struct agenda_item it = {.due = poort_milestone_due(t, i), .status = st,
					 .occurrence = poort_milestone_occurrence(t, i),
					 .id = poort_milestone_id(t, i),
					 .title = poort_milestone_title(t, i, o->lang),
					 .who = poort_milestone_who(t, i, o->lang)};
		add_item(a, &row, o, &it);
	}
	poort_timeline_free(t);
	int rc = o->include_dossier ? dossier_items(a, &row, o) : 0;
	if (a->failed)
		return usage_error("out of memory");
	return rc;
}

/* The sheet's columns that the library does not read, and the --group-by column. */
static int agenda_begin(void *ctx, const poort_sheet *s)
{
	struct agenda *a = ctx;
	for (size_t j = 0; j < poort_sheet_column_count(s); j++) {
		const char *name = poort_sheet_column_name(s, j);
		if (!poort_sheet_column_field(s, j) && name[0] && a->n_extra < 256)
			a->extra_name[a->n_extra++] = copy(a, name);
	}
	if (a->o->group_by && !poort_sheet_value(s, a->o->group_by))
		return usage_error("--group-by %s: the sheet has no such column", a->o->group_by);
	return 0;
}

static int compare_rows(const void *pa, const void *pb)
{
	const struct agenda_row *x = *(struct agenda_row *const *)pa, *y = *(struct agenda_row *const *)pb;
	int c = strcmp(x->group, y->group);
	return c ? c : strcmp(x->case_id, y->case_id);
}

/* Numbers every kept row by the order of its group and of its (group, case id), equal
 * strings equal numbers, so that sorting the items compares numbers, not strings. */
static void rank_rows(struct agenda *a)
{
	struct agenda_row **by = malloc((a->n_rows ? a->n_rows : 1) * sizeof *by);
	if (!by) {
		a->failed = 1;
		return;
	}
	memcpy(by, a->rows, a->n_rows * sizeof *by);
	qsort(by, a->n_rows, sizeof *by, compare_rows);
	for (size_t i = 0; i < a->n_rows; i++) {
		const struct agenda_row *prev = i ? by[i - 1] : NULL;
		int new_group = !prev || strcmp(prev->group, by[i]->group) != 0;
		by[i]->group_rank = !prev ? 0 : prev->group_rank + (uint32_t)new_group;
		by[i]->rank = !prev ? 0 : prev->rank + (uint32_t)(new_group || strcmp(prev->case_id, by[i]->case_id) != 0);
	}
	free(by);
}

static int compare_numbers(int64_t x, int64_t y)
{
	return (x > y) - (x < y);
}

/* By group, due date, case id, milestones before dossier items, id and occurrence. */
static int compare_items(const struct agenda_item *x, const struct agenda_item *y)
{
	int c = compare_numbers(x->row->group_rank, y->row->group_rank);
	if (c == 0)
		c = compare_numbers(x->due, y->due);
	if (c == 0)
		c = compare_numbers(x->row->rank, y->row->rank);
	if (c == 0)
		c = x->dossier - y->dossier;
	if (c == 0)
		c = strcmp(x->id, y->id);
	if (c == 0)
		c = compare_numbers(x->occurrence, y->occurrence);
	return c;
}

struct sort_key { /* the leading numbers of compare_items, to sort small records */
	uint64_t group_due;
	uint32_t rank;
	const struct agenda_item *item;
};

static int compare_keys(const void *pa, const void *pb)
{
	const struct sort_key *x = pa, *y = pb;
	if (x->group_due != y->group_due)
		return x->group_due < y->group_due ? -1 : 1;
	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	return compare_items(x->item, y->item);
}

/* Sorts the items by compare_items: records of 24 bytes are sorted, not the items. */
static void sort_items(struct agenda *a)
{
	struct sort_key *k = malloc((a->n_items ? a->n_items : 1) * sizeof *k);
	struct agenda_item *sorted = malloc((a->n_items ? a->n_items : 1) * sizeof *sorted);
	if (!k || !sorted) {
		a->failed = 1;
		free(k);
		free(sorted);
		return;
	}
	for (size_t i = 0; i < a->n_items; i++) {
		const struct agenda_item *it = &a->items[i];
		k[i].group_due = (uint64_t)it->row->group_rank << 32 | (uint32_t)((int64_t)it->due - INT32_MIN);
		k[i].rank = it->row->rank;
		k[i].item = it;
	}
	qsort(k, a->n_items, sizeof *k, compare_keys);
	for (size_t i = 0; i < a->n_items; i++)
		sorted[i] = *k[i].item;
	free(k);
	free(a->items);
	a->items = sorted;
	a->cap_items = a->n_items;
}

static void free_agenda(struct agenda *a)
{
	for (size_t i = 0; i < a->n_items; i++)
		if (a->items[i].dossier) {
			free((char *)a->items[i].id);
			free((char *)a->items[i].title);
		}
	for (size_t r = 0; r < a->n_rows; r++) {
		for (size_t k = 0; a->rows[r]->extra && k < a->n_extra; k++)
			free(a->rows[r]->extra[k]);
		free(a->rows[r]->extra);
		free(a->rows[r]->case_id);
		free(a->rows[r]->group);
		free(a->rows[r]);
	}
	for (size_t k = 0; k < a->n_extra; k++)
		free(a->extra_name[k]);
	free(a->rows);
	free(a->items);
}

static const char *status_word(const struct agenda_item *it)
{
	return poort_status_name(it->status);
}

static void agenda_json(const struct agenda *a)
{
	const struct options *o = a->o;
	char today[POORT_DATE_BUFSIZE], due[POORT_DATE_BUFSIZE];
	poort_date_format(o->today, today, sizeof today);
	printf("{\"today\":\"%s\",\"days\":%d,\"group_by\":", today, (int)o->due_soon);
	json_string(stdout, o->group_by ? o->group_by : "");
	fputs(",\"items\":[", stdout);
	for (size_t i = 0; i < a->n_items; i++) {
		const struct agenda_item *it = &a->items[i];
		poort_date_format(it->due, due, sizeof due);
		fputs(i ? ",\n{\"case_id\":" : "\n{\"case_id\":", stdout);
		json_string(stdout, it->row->case_id);
		fputs(",\"group\":", stdout);
		json_string(stdout, it->row->group);
		printf(",\"kind\":\"%s\",\"id\":", it->dossier ? "dossier" : "milestone");
		json_string(stdout, it->id);
		printf(",\"occurrence\":%d,\"due\":\"%s\",\"weekday\":%d,\"status\":\"%s\",\"title\":", (int)it->occurrence,
		       due, (int)poort_date_weekday(it->due), status_word(it));
		json_string(stdout, it->title);
		fputs(",\"who\":", stdout);
		json_string(stdout, it->who);
		fputs(",\"columns\":{", stdout);
		for (size_t k = 0; k < a->n_extra; k++) {
			fputs(k ? "," : "", stdout);
			json_string(stdout, a->extra_name[k]);
			fputc(':', stdout);
			json_string(stdout, it->row->extra[k]);
		}
		fputs("}}", stdout);
	}
	fputs("\n]}\n", stdout);
}

static void agenda_csv(const struct agenda *a)
{
	static const char *const head[] = {"kind", "id", "occurrence", "due", "weekday", "status", "title", "who"};
	const struct options *o = a->o;
	struct csv w;
	csv_begin(&w, stdout, o->csv_plain);
	csv_cell(&w, "group");
	csv_cell(&w, "case_id");
	for (size_t k = 0; k < a->n_extra; k++)
		csv_cell(&w, a->extra_name[k]);
	for (size_t k = 0; k < sizeof head / sizeof *head; k++)
		csv_cell(&w, head[k]);
	csv_end_row(&w);
	for (size_t i = 0; i < a->n_items; i++) {
		const struct agenda_item *it = &a->items[i];
		csv_cell(&w, it->row->group);
		csv_cell(&w, it->row->case_id);
		for (size_t k = 0; k < a->n_extra; k++)
			csv_cell(&w, it->row->extra[k]);
		csv_cell(&w, it->dossier ? "dossier" : "milestone");
		csv_cell(&w, it->id);
		csv_int(&w, it->occurrence);
		csv_date(&w, it->due);
		csv_cell(&w, weekday_name[o->lang][poort_date_weekday(it->due)]);
		csv_cell(&w, status_word(it));
		csv_cell(&w, it->title);
		csv_cell(&w, it->who);
		csv_end_row(&w);
	}
}

/* The heading of a group in text output: "Casemanager: Jan" (or "(geen)" for an empty cell). */
static void text_group(const struct agenda *a, const char *group)
{
	const int en = a->o->lang == POORT_LANG_EN;
	printf("\n%s: %s\n", a->o->group_by, group[0] ? group : en ? "(none)" : "(geen)");
}

static void agenda_text(const struct agenda *a)
{
	const struct options *o = a->o;
	const int en = o->lang == POORT_LANG_EN;
	char today[POORT_DATE_BUFSIZE], due[POORT_DATE_BUFSIZE];
	poort_date_format(o->today, today, sizeof today);
	printf(en ? "Agenda on %s %s: overdue or due within %d days; %zu item(s)\n"
		  : "Agenda op %s %s: te laat of binnen %d dagen; %zu punt(en)\n",
	       weekday_name[o->lang][poort_date_weekday(o->today)], today, (int)o->due_soon, a->n_items);
	for (size_t i = 0; i < a->n_items; i++) {
		const struct agenda_item *it = &a->items[i];
		if (o->group_by && (i == 0 || it->row->group_rank != a->items[i - 1].row->group_rank))
			text_group(a, it->row->group);
		else if (!o->group_by && i == 0)
			putchar('\n');
		char title[160];
		poort_date_format(it->due, due, sizeof due);
		snprintf(title, sizeof title, it->occurrence ? "%s #%d" : "%s", it->title, (int)it->occurrence);
		printf("  %-3s %s  %-12s %-10s %s (%s)\n", weekday_name[o->lang][poort_date_weekday(it->due)], due,
		       it->row->case_id, status_label[o->lang][it->status], title, it->who);
	}
}

int cmd_agenda(struct options *o)
{
	struct agenda a = {.o = o};
	reference_date(o);
	int rejected = 0;
	if (o->cases) {
		const struct row_handler h = {agenda_begin, agenda_row, NULL, 0};
		rejected = read_cases_option(o, &h, &a);
	} else if (agenda_row(&a, o) != 0) {
		free_agenda(&a);
		return EXIT_USAGE;
	}
	if (rejected >= 0 && !a.failed)
		rank_rows(&a);
	if (rejected >= 0 && !a.failed)
		sort_items(&a);
	if (rejected >= 0 && !a.failed) {
		if (o->format == FORMAT_JSON)
			agenda_json(&a);
		else if (o->format == FORMAT_CSV)
			agenda_csv(&a);
		else
			agenda_text(&a);
	}
	free_agenda(&a);
	if (fflush(stdout) != 0) {
		perror("poortwachter: writing output");
		return 1;
	}
	if (a.failed)
		return 1;
	return o->cases ? rejected_rows(o->cases, rejected, "the agenda has the other cases") : 0;
}
