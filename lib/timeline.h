/* The computed timeline's layout, shared by timeline.c, explain.c and json.c. */
#ifndef POORT_TIMELINE_H
#define POORT_TIMELINE_H

#include "internal.h"

/* How a due date was derived; explain.c turns it into one line of text. */
enum poort_how {
	HOW_SICK_DAY,            /* sick day n */
	HOW_PLAN_DEFAULT,        /* sick day n, probleemanalyse not yet made */
	HOW_DEPARTURE,           /* reasoned departure; statutory = the term departed from */
	HOW_AFTER_PA_DONE,       /* n days after the probleemanalyse made on anchor */
	HOW_AFTER_PA_DEPARTURE,  /* 14 days after the departed probleemanalyse term anchor */
	HOW_REPEAT_PLAN_DONE,    /* n days after the plan van aanpak made on anchor */
	HOW_REPEAT_PLAN_DUE,     /* n days after the plan van aanpak due date anchor */
	HOW_REPEAT_EVAL_DONE,    /* n days after the evaluation held on anchor */
	HOW_REPEAT_EVAL_DUE,     /* n days after the previous evaluation due date anchor */
	HOW_WORKDAY,             /* first workday on or after anchor (the day after sick day n) */
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
	int32_t extra; /* the window's first day (EERSTEJAARSEVALUATIE), the term departed from
			* (HOW_DEPARTURE), or the days moved to a workday (HOW_WORKDAY) */
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
	int32_t today, sick_days, interruption_days, leave_days;
	struct poort_ends e;
	struct poort_sketch sk;
	size_t n;
	struct poort_entry m[];
};

/* Bytes the sketch of the latest case s of c takes after the milestones (svg.c). */
size_t poort_sketch_size(const struct poort_case *c, const struct poort_span *s);
/* Keep the sketch in t's block after room for n_max milestones; the block was allocated
 * with poort_sketch_size() bytes more (svg.c). */
void poort_sketch_keep(struct poort_timeline *t, size_t n_max, const struct poort_case *c,
		       const struct poort_span *s);

#endif
