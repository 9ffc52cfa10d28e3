/* Internal declarations shared by the library's source files; not installed. */
#ifndef POORT_INTERNAL_H
#define POORT_INTERNAL_H

#include "poortwachter.h"

#include <stdarg.h>
#include <stdint.h>

/* Bytes of an object's error message, the NUL included. */
#define POORT_ERRMSG_SIZE 256

/* ------------------------------------------------------------------ dates.c */
int32_t poort_days_from_civil(int32_t y, int32_t m, int32_t d);
void poort_civil_from_days(int32_t days, int32_t *y, int32_t *m, int32_t *d);
int poort_date_in_range(int32_t date);
/* Days in month m (1-12) of year y, leap years included. */
int32_t poort_days_in_month(int32_t y, int32_t m);
/* The day (days since 1970-01-01) holding a moment given in seconds since
 * 1970-01-01T00:00:00Z: floor division, so -1 is 1969-12-31, not 1970-01-01. */
int64_t poort_unix_day(int64_t seconds);
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

/*
 * How a milestone's due date is derived: the rule kinds of the milestone table. A kind
 * reads only the parameters named beside it; its row leaves the others 0. "E" is the day
 * after the wachttijd, or after the voluntary extension (spec 3).
 */
enum poort_rule_kind {
	RULE_SICK_DAY,        /* sick day n */
	RULE_WINDOW,          /* sick day n, in a window that opens on sick day m */
	RULE_AFTER,           /* n days after milestone ref was done; while it is not, sick day m,
			       * or n days after ref's departed due date when that is later */
	RULE_REPEAT,          /* every n days from milestone ref (done, else due), then from the
			       * previous occurrence (held, else due), while before the due date of
			       * milestone limit; each occurrence is recorded on its own */
	RULE_DAY_AFTER,       /* the day after sick day n: a calendar day, never moved */
	RULE_BEFORE_END,      /* E - n */
	RULE_SAME_AS,         /* the due date of milestone ref, derived the same way */
	RULE_WAGE_PERIOD_END, /* E - 1: sick day 728, or the last day of the voluntary extension */
	RULE_LOONSANCTIE_END, /* the last day of the loonsanctie; only when one is recorded */
	RULE_EMPLOYMENT_END,  /* the last day of employment; only when it is given, and applicable
			       * only when it falls within the sickness */
	RULE_KIND_COUNT
};

struct poort_rule {
	uint8_t kind;  /* enum poort_rule_kind */
	uint8_t ref;   /* RULE_AFTER, RULE_REPEAT, RULE_SAME_AS: the milestone it follows */
	uint8_t limit; /* RULE_REPEAT: the milestone whose due date ends the repetition */
	int16_t n, m;
};

/* Who acts on a step or a dossier item: the CATEGORIES of its calendar events. */
enum { POORT_ACTOR_WERKGEVER = 1, POORT_ACTOR_WERKNEMER = 2, POORT_ACTOR_BEDRIJFSARTS = 4, POORT_ACTOR_UWV = 8 };

struct poort_milestone_def {
	const char *id;
	const char *title[2];
	const char *who[2];
	const char *basis[2];
	const char *juriconnect;
	const char *note[2];   /* the law's own words the explanation ends with, or NULL */
	uint8_t kind;          /* POORT_KIND_* */
	uint8_t recordable;    /* can be recorded as done */
	uint8_t departable;    /* Regeling procesgang art. 5: a reasoned departure replaces the due date */
	uint8_t employer_duty; /* no longer applies after employment ended */
	uint8_t late_extends_wage; /* BW 7:629 lid 11 a: done after its due date (a RULE_BEFORE_END
				    * rule) extends the wage obligation by the delay */
	uint8_t actors;        /* POORT_ACTOR_* bits: who acts (the calendar's CATEGORIES) */
	const char *numbered[2]; /* a repeated step's short name, numbered in calendar titles */
	struct poort_rule rule;
};

extern const struct poort_milestone_def poort_milestones[M_COUNT];
/* Index of a milestone id, or -1. */
int poort_milestone_lookup(const char *id);
/* The ids of the milestones that allow a reasoned departure: "A, B and C". */
void poort_departable_ids(char *buf, size_t size);

/* -------------------------------------------------------------------- case.c */
struct poort_period {
	int32_t first;
	int32_t last;      /* POORT_DATE_NONE: open-ended */
	int32_t other_cause; /* leave only */
};

/* A dated record of a milestone done or of a dossier item. */
struct poort_record {
	int32_t what; /* enum poort_item_index (dossier.h) or enum poort_milestone_index */
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
	int32_t bbl;           /* 1: a bbl programme (WML art. 8 lid 4) */
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
	struct poort_record *done;    /* every milestone record, sorted by milestone then date */
	size_t n_done;
	int32_t departure[M_COUNT];   /* POORT_DATE_NONE when none */
	int32_t extension_end;
	int32_t ls_decision, ls_weeks, ls_bekorting;
	int32_t employment_end;
	struct poort_employee emp;
	struct poort_record *items;   /* dossier records, sorted by item then date */
	size_t n_items;
	char id[POORT_CASE_ID_MAX + 1];
	char errmsg[POORT_ERRMSG_SIZE];
};

void poort_employee_init(struct poort_employee *e);
void poort_employee_free(struct poort_employee *e);
/* The CAO percentage for sick day n, or -1 when no range covers it; *next_n is the first
 * sick day with another range, *capped the range's cap flag. */
int32_t poort_cao_for(const struct poort_employee *emp, int32_t n, int32_t *next_n, int32_t *capped);
/* 1 when the CAO schedule pays more than 170% over the two years (a warning, not law). */
int poort_cao_over_170(const struct poort_employee *emp);

/* The records of `what` in a list sorted by what, then date, dated from ... to inclusive:
 * [*lo, *hi). */
void poort_records_between(const struct poort_record *list, size_t n, int32_t what, int32_t from,
			   int32_t to, size_t *lo, size_t *hi);
/* The first day of the latest case, from first, that lies after today: where the records
 * planned for later begin. */
#define poort_after(today, first) ((today) < (first) ? (first) : (today) + 1)

/* The checks every compute function starts with: c and out not NULL (*out cleared), the
 * case's message reset, at least one sick period. */
int32_t poort_begin_compute(struct poort_case *c, void *out);

/* Write an object's error message (size bytes at msg) and return status.
 * poort_fail(obj, ...) writes into obj->errmsg, a char array: a case's, a parameter set's,
 * a feed's or a sheet's. */
int32_t poort_set_error(char *msg, size_t size, int32_t status, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
#define poort_fail(c, status, ...) poort_set_error((c)->errmsg, sizeof (c)->errmsg, (status), __VA_ARGS__)

/* Reject a date outside the accepted input range, naming what it is for (message on c). */
int32_t poort_check_date(struct poort_case *c, const char *what, int32_t date);

/* The name of value v in a table of names indexed by a constant's value; NULL outside it. */
#define POORT_NAME(names, v) \
	((v) >= 0 && (size_t)(v) < sizeof(names) / sizeof *(names) ? (names)[v] : NULL)

/* 1 when lang is POORT_LANG_NL or POORT_LANG_EN. */
int poort_lang_ok(int32_t lang);

/* ------------------------------------------------------------------- merge.c */
/* The latest case formed by the sick periods (spec 2). */
struct poort_span {
	const struct poort_period *seg; /* first sick period of the latest case */
	size_t n_seg;                   /* sick periods in it */
	int32_t cases;                  /* number of cases in all periods */
};
void poort_latest_case(const struct poort_case *c, struct poort_span *out);
/* For each sick period i: group[i], the index of the first period of its case, and
 * before[i], the sick days of that case before period i. */
void poort_case_groups(const struct poort_case *c, size_t *group, int32_t *before);
/* Calendar date of sick day n (n >= 1) in the span; past a closed last period the
 * sickness is projected as continuing. */
int32_t poort_sick_day(const struct poort_span *s, int32_t n);
/* Sick days of the span on or before date. */
int32_t poort_sick_days_until(const struct poort_span *s, int32_t date);
/* WAZO leave days between the span's first day and date, inclusive. */
int32_t poort_leave_days_until(const struct poort_case *c, const struct poort_span *s,
			       int32_t date);

/* ------------------------------------------------------------------- ends.c */
/* The ends of the latest case's wage period (spec 3.2), shared by the case setters, the
 * timeline, the wage continuation, the dossier and the calendar. */
struct poort_ends {
	int32_t first_sick_day, last_sick_day, case_count;
	int32_t year2_first;    /* sick day 365: the first day of year 2 of wage continuation */
	int32_t wachttijd_end;  /* sick day 728 */
	int32_t end_after;      /* E: the day after the wachttijd or the voluntary extension */
	int32_t extension_end, employment_end;
	int32_t wia_late;       /* days the WIA application was late (BW 7:629 lid 11 a), else 0 */
	int32_t ls_from;        /* E + wia_late: where a loonsanctie starts */
	int32_t ls_deadline;    /* ls_from - 43: UWV's last day to decide (WIA art. 25 lid 10) */
	int32_t ls_late;        /* days the loonsanctie ends earlier for a late decision (lid 14) */
	int32_t ls_end, ls_paused, ls_bekorted, ls_bekorting; /* ls_end NONE: no loonsanctie */
	int32_t wage_end;       /* last day of the wage obligation */
};
/* Fill e for the latest case of s; validates the extension, the loonsanctie and the end of
 * employment against the merged periods (message on c). An extension, or a loonsanctie
 * decided, before the latest case's first sick day belongs to an earlier case: ignored. */
int32_t poort_case_ends(struct poort_case *c, const struct poort_span *s, struct poort_ends *e);
/* 1 when date lies within the latest case's sickness: from its first to its last sick day. */
int poort_ends_during_sickness(const struct poort_ends *e, int32_t date);


/* ----------------------------------------------------------------- buf.c */
/* Room for one more element of `size` bytes at index `at` (0 ... n) of the array `arr`
 * holding n elements: the array grown by one, elements at..n-1 moved up. Returns the new
 * array, to be stored by the caller, who writes element `at` and counts it; NULL when out
 * of memory (arr is then unchanged and still valid). */
void *poort_array_insert(void *arr, size_t n, size_t size, size_t at);

struct poort_buf {
	char *data;
	size_t len, cap;
	int failed;
};
void poort_buf_add(struct poort_buf *b, const char *s, size_t n);
void poort_buf_puts(struct poort_buf *b, const char *s);
void poort_buf_printf(struct poort_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void poort_buf_vprintf(struct poort_buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
void poort_buf_json_string(struct poort_buf *b, const char *s);
void poort_buf_json_date(struct poort_buf *b, int32_t date);

/* Amounts in messages as a reader counts them, never in the library's units: cents as
 * "€ 2300.00", hundredths (of an hour, of a percent) as "32.5". Each writes into out and
 * returns it. */
#define POORT_AMOUNT_BUFSIZE 32
#define POORT_EURO "\xe2\x82\xac" /* the euro sign in UTF-8 */
const char *poort_fmt_euros(int64_t cents, char out[POORT_AMOUNT_BUFSIZE]);
const char *poort_fmt_hundredths(int64_t hundredths, char out[POORT_AMOUNT_BUFSIZE]);

/* ----------------------------------------------------------------- explain.c */
/* The explanations of poort_milestone_explain, poort_wage_segment_explain and
 * poort_wage_month_explain appended whole to b, however long (the index is valid). */
void poort_milestone_text(const poort_timeline *t, size_t i, int32_t lang, struct poort_buf *b);
void poort_wage_segment_text(const poort_wage *w, size_t i, int32_t lang, struct poort_buf *b);
void poort_wage_month_text(const poort_wage *w, size_t i, int32_t lang, struct poort_buf *b);

#endif
