/* Internal declarations shared by the library's source files; not installed. */
#ifndef POORT_INTERNAL_H
#define POORT_INTERNAL_H

#include "poortwachter.h"

#include <stdarg.h>
#include <stdint.h>

/* ------------------------------------------------------------------ dates.c */
int32_t poort_days_from_civil(int32_t y, int32_t m, int32_t d);
void poort_civil_from_days(int32_t days, int32_t *y, int32_t *m, int32_t *d);
int poort_date_in_range(int32_t date);
/* Format a date known to be representable; writes "YYYY-MM-DD" (11 bytes with NUL). */
void poort_fmt_date(int32_t date, char out[POORT_DATE_BUFSIZE]);

/* --------------------------------------------------------------- milestones.c */
enum poort_milestone_index {
	M_ZIEKMELDING_ARBODIENST,
	M_PROBLEEMANALYSE,
	M_PLAN_VAN_AANPAK,
	M_EVALUATIE,
	M_MELDING_UWV_42,
	M_EERSTEJAARSEVALUATIE,
	M_SPOOR2_BESLUIT,
	M_UWV_WIA_BRIEF,
	M_ACTUEEL_OORDEEL,
	M_EINDEVALUATIE,
	M_REINTEGRATIEVERSLAG,
	M_WIA_AANVRAAG,
	M_EINDE_WACHTTIJD,
	M_EINDE_LOONSANCTIE,
	M_EINDE_DIENSTVERBAND_MELDING,
	M_COUNT
};

/* How a milestone's due date is derived (the rule column of spec 3). */
enum poort_rule {
	RULE_SICK_DAY,          /* sick day n */
	RULE_PLAN,              /* n days after the probleemanalyse was made, else the fallback sick day */
	RULE_REPEAT,            /* every n days from the plan van aanpak / last evaluation */
	RULE_WORKDAY_AFTER,     /* first workday on or after the day after sick day n */
	RULE_BEFORE_END,        /* E - n */
	RULE_LOONSANCTIE,       /* end of the loonsanctie */
	RULE_EMPLOYMENT_END     /* the last day of employment */
};

/* Who acts on a step or a dossier item: the CATEGORIES of its calendar events. */
enum { POORT_ACTOR_WERKGEVER = 1, POORT_ACTOR_WERKNEMER = 2, POORT_ACTOR_BEDRIJFSARTS = 4, POORT_ACTOR_UWV = 8 };

struct poort_milestone_def {
	const char *id;
	const char *title[2];
	const char *who[2];
	const char *basis[2];
	const char *juriconnect;
	uint8_t kind;          /* POORT_KIND_* */
	uint8_t rule;          /* enum poort_rule */
	uint8_t recordable;    /* can be recorded as done */
	uint8_t departable;    /* Regeling procesgang art. 5 applies */
	uint8_t employer_duty; /* no longer applies after employment ended */
	uint8_t actors;        /* POORT_ACTOR_* bits: who acts (the calendar's CATEGORIES) */
	const char *numbered[2]; /* a repeated step's short name, numbered in calendar titles */
	int16_t days;          /* n of the rule */
	int16_t window_day;    /* sick day the window opens, 0 when none */
	int16_t fallback_day;  /* RULE_PLAN: the sick day while the basis is not recorded */
};

/* The wachttijd: 104 weeks of sick days (WIA art. 23 lid 1). */
#define POORT_WACHTTIJD_DAYS 728

extern const struct poort_milestone_def poort_milestones[M_COUNT];
/* Index of a milestone id, or -1. */
int poort_milestone_lookup(const char *id);

/* -------------------------------------------------------------------- case.c */
struct poort_period {
	int32_t first;
	int32_t last;      /* POORT_DATE_NONE: open-ended */
	int32_t other_cause; /* leave only */
};

struct poort_item_record {
	int32_t item; /* enum poort_item_index (dossier.h) */
	int32_t date;
};

struct poort_cao_range {
	int32_t from_week, to_week, percent, capped;
};

struct poort_partial {
	int32_t first, last, hours;
};

/* The employee data the wage continuation needs (employee.c). */
struct poort_employee {
	int64_t wage;          /* monthly cents, -1 when not set */
	int32_t hours;         /* contract hours per week, hundredths */
	int32_t birth, age;    /* birth date or fixed age (-1) */
	int32_t aow;           /* AOW date or NONE */
	int32_t waiting_days;
	int32_t fulltime_hours;
	int32_t extension_percent;
	int32_t partial_pay;
	struct poort_cao_range *cao; /* sorted by from_week */
	size_t n_cao;
	struct poort_partial *partial; /* sorted by first */
	size_t n_partial;
};

struct poort_case {
	struct poort_period *periods; /* sick periods, sorted by first day */
	size_t n_periods;
	struct poort_period *leaves;  /* WAZO leave, sorted */
	size_t n_leaves;
	int32_t done[M_COUNT];        /* POORT_DATE_NONE when not recorded (not EVALUATIE) */
	int32_t *evaluations;         /* sorted evaluation dates */
	size_t n_evaluations;
	int32_t departure[M_COUNT];   /* POORT_DATE_NONE when none */
	int32_t extension_end;
	int32_t ls_decision, ls_weeks, ls_bekorting;
	int32_t employment_end;
	struct poort_employee emp;
	struct poort_item_record *items; /* dossier records, sorted by item then date */
	size_t n_items;
	char id[POORT_CASE_ID_MAX + 1];
	char errmsg[256];
};

void poort_employee_init(struct poort_employee *e);
void poort_employee_free(struct poort_employee *e);

/* The checks every compute function starts with: c and out not NULL (*out cleared), the
 * case's message reset, at least one sick period. */
int32_t poort_begin_compute(struct poort_case *c, void *out);

/* Set the case's error message and return status. */
int32_t poort_fail(struct poort_case *c, int32_t status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* ------------------------------------------------------------------- merge.c */
/* The latest case formed by the sick periods (spec 2). */
struct poort_span {
	const struct poort_period *seg; /* first sick period of the latest case */
	size_t n_seg;                   /* sick periods in it */
	int32_t cases;                  /* number of cases in all periods */
};
void poort_latest_case(const struct poort_case *c, struct poort_span *out);
/* For each sick period, the index of the first period of its case. */
void poort_case_groups(const struct poort_case *c, size_t *group);
/* Calendar date of sick day n (n >= 1) in the span; past a closed last period the
 * sickness is projected as continuing. */
int32_t poort_sick_day(const struct poort_span *s, int32_t n);
/* Sick days of the span on or before date. */
int32_t poort_sick_days_until(const struct poort_span *s, int32_t date);
/* WAZO leave days between the span's first day and date, inclusive. */
int32_t poort_leave_days_until(const struct poort_case *c, const struct poort_span *s,
			       int32_t date);
/* Last day of the 104 weeks (sick day 728) of the latest case, or POORT_DATE_NONE. */
int32_t poort_case_wachttijd_end(const struct poort_case *c);

/* The ends of the latest case's wage period (spec 3.2), shared by timeline and wage. */
struct poort_ends {
	int32_t first_sick_day, last_sick_day, case_count;
	int32_t wachttijd_end;  /* sick day 728 */
	int32_t end_after;      /* E: the day after the wachttijd or the voluntary extension */
	int32_t extension_end, employment_end;
	int32_t ls_end, ls_paused, ls_bekorted, ls_bekorting; /* ls_end NONE: no loonsanctie */
	int32_t wage_end;       /* last day of the wage obligation */
};
/* Fill e for the latest case of s; validates the extension and the loonsanctie against
 * the merged periods (message on c). */
int32_t poort_case_ends(struct poort_case *c, const struct poort_span *s, struct poort_ends *e);

/* ------------------------------------------------------------------- strbuf */
struct poort_buf {
	char *data;
	size_t len, cap;
	int failed;
};
void poort_buf_add(struct poort_buf *b, const char *s, size_t n);
void poort_buf_puts(struct poort_buf *b, const char *s);
void poort_buf_printf(struct poort_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void poort_buf_json_string(struct poort_buf *b, const char *s);
void poort_buf_json_date(struct poort_buf *b, int32_t date);

#endif
