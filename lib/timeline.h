/* The computed timeline's layout, shared by timeline.c, explain.c and json.c. */
#ifndef POORT_TIMELINE_H
#define POORT_TIMELINE_H

#include "internal.h"

/* How a due date was derived; explain.c turns it into one line of text. */
enum poort_how {
	HOW_SICK_DAY,            /* sick day n */
	HOW_AFTER_FALLBACK,      /* sick day n while the milestone followed is not yet done */
	HOW_DEPARTURE,           /* reasoned departure; extra = the term departed from */
	HOW_AFTER_DONE,          /* due - anchor days after the milestone followed, done on anchor */
	HOW_AFTER_DEPARTURE,     /* due - anchor days after its departed due date anchor */
	HOW_REPEAT_FIRST_DONE,   /* n days after the milestone repeated from, done on anchor */
	HOW_REPEAT_FIRST_DUE,    /* n days after its due date anchor */
	HOW_REPEAT_DONE,         /* n days after the previous occurrence, held on anchor */
	HOW_REPEAT_DUE,          /* n days after the previous occurrence's due date anchor */
	HOW_DAY_AFTER,           /* the day after sick day n, a calendar day */
	HOW_BEFORE_END,          /* n days before anchor = E, the day after sick day 728 */
	HOW_BEFORE_EXTENSION_END,/* n days before anchor = E, the day after the extension */
	HOW_EXTENSION_END,       /* last day of the voluntary extension; anchor = sick day 728 */
	HOW_LOONSANCTIE,         /* n weeks from anchor = E */
	HOW_EMPLOYMENT_END       /* the last day of employment */
};

/* Why a milestone does not apply. */
enum poort_na { NA_NONE, NA_RECOVERED, NA_EMPLOYMENT_ENDED, NA_NOT_DURING_SICKNESS };

struct poort_entry {
	int32_t due, done, anchor;
	int32_t planned; /* a record dated after the reference date: not done yet (spec 6) */
	int32_t window; /* the window's first day (RULE_WINDOW), else POORT_DATE_NONE */
	int32_t extra;  /* the term departed from (HOW_DEPARTURE) */
	int32_t skipped_int, skipped_leave;
	int16_t occurrence, n;
	uint8_t def, status, how, na;
};

/* What the drawing needs beyond the milestones (svg.c): the case id, and the sick periods
 * and WAZO leave of the latest case, kept in the timeline's own block after its milestones. */
struct poort_sketch {
	char id[POORT_CASE_ID_MAX + 1];
	const struct poort_period *sick, *leave;
	size_t n_sick, n_leave;
};

struct poort_timeline {
	const struct poort_milestone_def *table; /* the rules it was computed with */
	int32_t today, sick_days, interruption_days, leave_days;
	struct poort_ends e;
	struct poort_sketch sk;
	size_t n;
	struct poort_entry m[];
};

/* poort_timeline_compute with the rules of table (M_COUNT rows), for a test that changes a
 * rule in a copy of poort_milestones. */
int32_t poort_timeline_compute_table(const struct poort_milestone_def *table, poort_case *c,
				     int32_t today, int32_t due_soon_days, poort_timeline **out);

/* Bytes the sketch of the latest case s of c takes after the milestones (svg.c). */
size_t poort_sketch_size(const struct poort_case *c, const struct poort_span *s);
/* Keep the sketch in t's block after room for n_max milestones; the block was allocated
 * with poort_sketch_size() bytes more (svg.c). */
void poort_sketch_keep(struct poort_timeline *t, size_t n_max, const struct poort_case *c,
		       const struct poort_span *s);

#endif
