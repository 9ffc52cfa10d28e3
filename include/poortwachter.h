/*
 * poortwachter.h — the whole public API of libpoortwachter.
 *
 * libpoortwachter computes the statutory timeline of the Dutch *Wet verbetering
 * poortwachter* for a sick employee: every milestone with its due date, status and
 * legal basis, from the sick periods, recorded steps, extensions and loonsanctie of
 * a case.
 *
 * Conventions used throughout this header
 * ---------------------------------------
 * - Every fallible function returns an int32_t status: POORT_OK (0) or a negative
 *   POORT_ERR_* code. poort_status_str() gives a static English text for a code.
 *   Functions that take a poort_case also keep a detailed message of the last
 *   failure on that case: poort_case_errmsg().
 * - A rejected call changes nothing: the object is exactly as it was before.
 * - Dates are int32_t days since 1970-01-01 (1970-01-01 is 0, 1969-12-31 is -1).
 *   Accepted input dates lie in 1900-01-01 ... 2199-12-31. POORT_DATE_NONE means
 *   "no date" (an open-ended period, a step not recorded, no window).
 * - Languages are POORT_LANG_NL (0) and POORT_LANG_EN (1).
 * - Strings are UTF-8. Strings returned as `const char *` are static (they live as
 *   long as the program) unless said otherwise. Memory returned through `char **`
 *   is owned by the caller and freed with poort_free(), never with free().
 *
 * Threads
 * -------
 * The library has no global mutable state, no initialisation call, reads no clock,
 * locale or environment. A poort_case, a poort_params being extended and a poort_feed are
 * each used by one thread at a time. Computed results (poort_timeline, poort_dossier,
 * poort_wage) are immutable: any number of threads may read one at the same time, and so
 * may a poort_params that is no longer being extended. Different objects may be used on
 * different threads freely.
 */
#ifndef POORTWACHTER_H
#define POORTWACHTER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * POORT_API marks what the library exports. On Windows a program that links the static
 * library (libpoortwachter.a / poortwachter.lib) defines POORT_STATIC before including this
 * header; without it the declarations import from the DLL. Elsewhere the library is built
 * with hidden visibility and exports exactly what is declared here.
 */
#if defined(_WIN32) || defined(__CYGWIN__)
#if defined(POORT_BUILDING)
#define POORT_API __declspec(dllexport)
#elif defined(POORT_STATIC)
#define POORT_API
#else
#define POORT_API __declspec(dllimport)
#endif
#elif defined(POORT_BUILDING) && defined(__GNUC__)
#define POORT_API __attribute__((visibility("default")))
#else
#define POORT_API
#endif

/* ===================================================================== version */

#define POORT_VERSION_MAJOR 0
#define POORT_VERSION_MINOR 5
#define POORT_VERSION_PATCH 1
/** 0xMMmmpp: major, minor, patch. */
#define POORT_VERSION_NUMBER \
	((POORT_VERSION_MAJOR << 16) | (POORT_VERSION_MINOR << 8) | POORT_VERSION_PATCH)
#define POORT_VERSION_STRING "0.5.1"

/** The POORT_VERSION_NUMBER of the library actually loaded. */
POORT_API uint32_t poort_version(void);
/** The POORT_VERSION_STRING of the library actually loaded (static). */
POORT_API const char *poort_version_string(void);

/* ====================================================================== status */

#define POORT_OK 0
#define POORT_ERR_NULL -1             /* a required pointer argument is NULL */
#define POORT_ERR_DATE_SYNTAX -2      /* text is not a strict YYYY-MM-DD date */
#define POORT_ERR_DATE_INVALID -3     /* no such calendar day (2026-02-30, month 13) */
#define POORT_ERR_DATE_RANGE -4       /* date outside 1900-01-01 ... 2199-12-31 */
#define POORT_ERR_PERIOD_ORDER -5     /* a last day before its first day */
#define POORT_ERR_PERIOD_OVERLAP -6   /* periods (sick or leave) overlap */
#define POORT_ERR_AFTER_OPEN -7       /* a period after an open-ended sick period */
#define POORT_ERR_UNKNOWN_MILESTONE -8 /* no milestone with that id */
#define POORT_ERR_NOT_RECORDABLE -9   /* that milestone cannot be recorded as done */
#define POORT_ERR_NO_DEPARTURE -10    /* art. 5 departures exist only for weeks 6 and 8 */
#define POORT_ERR_LOONSANCTIE_WEEKS -11 /* loonsanctie length not 1 ... 52 weeks */
#define POORT_ERR_LOONSANCTIE_LATE -12 /* loonsanctie decided on or after the end of the wachttijd */
#define POORT_ERR_BEKORTING -13       /* bekorting decision before the loonsanctie decision */
#define POORT_ERR_EXTENSION -14       /* voluntary extension does not end after the wachttijd */
#define POORT_ERR_NO_PERIODS -15      /* the case has no sick period */
#define POORT_ERR_BEFORE_CASE -16     /* employment ended before the latest case began */
#define POORT_ERR_CASE_ID -17         /* case id empty, too long or outside [A-Za-z0-9._-] */
#define POORT_ERR_LANG -18            /* language not POORT_LANG_NL or POORT_LANG_EN */
#define POORT_ERR_ARGUMENT -19        /* another argument out of its documented range */
#define POORT_ERR_DUPLICATE -20       /* the same evaluation date recorded twice */
#define POORT_ERR_LIMIT -21           /* too many periods or records (see POORT_MAX_*) */
#define POORT_ERR_NOMEM -22           /* out of memory */
#define POORT_ERR_INDEX -23           /* index beyond the number of items */
#define POORT_ERR_BUFFER -24          /* caller's buffer too small */
#define POORT_ERR_UNKNOWN_ITEM -25    /* no dossier item with that id */
#define POORT_ERR_WAGE -26            /* wage 0, negative or above POORT_MAX_WAGE_CENTS */
#define POORT_ERR_HOURS -27           /* hours per week 0 or above 168, or more than contracted */
#define POORT_ERR_WAITING_DAYS -28    /* waiting days not 0, 1 or 2 */
#define POORT_ERR_CAO_WEEKS -29       /* CAO range not within weeks 1-156, or to before from */
#define POORT_ERR_CAO_OVERLAP -30     /* CAO ranges overlap */
#define POORT_ERR_PERCENT -31         /* percentage below 0 or above POORT_MAX_PERCENT */
#define POORT_ERR_NO_WAGE -32         /* wage or hours not set */
#define POORT_ERR_TABLE_RANGE -33     /* date before the oldest row of a statutory table */
#define POORT_ERR_AGE -34             /* age outside 0-120 */
#define POORT_ERR_FEED_STATE -35      /* feed call out of order, or a required setting missing */
#define POORT_ERR_FEED_PARSE -36      /* the previous feed is not a valid iCalendar feed */
#define POORT_ERR_WRITE -37           /* the write callback asked to stop */
#define POORT_ERR_TEXT -38            /* text not valid UTF-8, too long or with forbidden characters */
#define POORT_ERR_SHEET -39           /* a cases sheet that cannot be read, or a row that does not fit its header */
#define POORT_ERR_PARAMS_SYNTAX -40   /* a line of statutory data that does not follow its format */
#define POORT_ERR_NOT_FOUND -41       /* no such fact in the case to remove */

/** Static English text for a status code; "unknown status" for any other value. */
POORT_API const char *poort_status_str(int32_t status);

/** Free memory the library returned through a `char **` (NULL is accepted). */
POORT_API void poort_free(void *ptr);

/* ======================================================================= dates */

#define POORT_DATE_NONE INT32_MIN
#define POORT_DATE_MIN_YEAR 1900
#define POORT_DATE_MAX_YEAR 2199
/** Buffer size poort_date_format() needs: "YYYY-MM-DD" and the terminating NUL. */
#define POORT_DATE_BUFSIZE 11

/**
 * Date from year, month (1-12) and day.
 * @return POORT_OK; POORT_ERR_NULL when out is NULL; POORT_ERR_DATE_INVALID for a day
 *         that does not exist; POORT_ERR_DATE_RANGE outside 1900-2199. On error *out
 *         is not written.
 */
POORT_API int32_t poort_date_from_ymd(int32_t year, int32_t month, int32_t day, int32_t *out);

/**
 * Year, month and day of a date. Any of the out pointers may be NULL. Computed dates can
 * lie after 2199, so this accepts every date of the years 1-9999.
 * @return POORT_OK, or POORT_ERR_DATE_RANGE outside the years 1-9999.
 */
POORT_API int32_t poort_date_to_ymd(int32_t date, int32_t *year, int32_t *month, int32_t *day);

/**
 * Parse a strict ISO-8601 calendar date "YYYY-MM-DD": exactly four, two and two
 * digits, nothing before or after. "2026-2-3", "2026-02-30", "2026-02-03x" and
 * " 2026-02-03" are rejected.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_DATE_SYNTAX; POORT_ERR_DATE_INVALID;
 *         POORT_ERR_DATE_RANGE. On error *out is not written.
 */
POORT_API int32_t poort_date_parse(const char *text, int32_t *out);

/**
 * Write "YYYY-MM-DD" and a NUL into buf (size >= POORT_DATE_BUFSIZE). Accepts every date
 * of the years 1-9999.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_BUFFER; POORT_ERR_DATE_RANGE.
 */
POORT_API int32_t poort_date_format(int32_t date, char *buf, size_t size);

/** ISO weekday: 1 = Monday ... 7 = Sunday. Defined for every int32_t but POORT_DATE_NONE (returns 0). */
POORT_API int32_t poort_date_weekday(int32_t date);

/**
 * 1 when date is a Dutch workday in the sense of the Algemene termijnenwet: Monday to
 * Friday and not a holiday of Atw art. 3 (Nieuwjaarsdag, Goede Vrijdag, Tweede
 * Paasdag, Koningsdag, 5 mei, Hemelvaartsdag, Tweede Pinksterdag, Eerste en Tweede
 * Kerstdag); 0 when it is not; POORT_ERR_DATE_RANGE outside the years 1-9999.
 */
POORT_API int32_t poort_date_is_workday(int32_t date);

/* ======================================================================== case */

/**
 * A case under construction: the sick periods and recorded facts of one employee, with
 * their history. A case is a set of facts: results depend on the set only, never on the
 * order in which the facts were added. Every record is kept (a step may be recorded once
 * per case of sickness, or corrected); within the latest case the earliest record of a
 * one-off step counts. Facts dated before the latest case's first sick day belong to an
 * earlier case: they are kept, ignored by the latest case's timeline and dossier, and never
 * an error for that reason. A record dated after the reference date is planned, not done.
 * Removing a record or a period is an explicit call (poort_case_remove_done,
 * poort_case_remove_item, poort_case_remove_period); the single-valued facts (extension,
 * loonsanctie, employment end, departure, wage data) are replaced by setting them again and
 * removed by setting POORT_DATE_NONE. Setters check only what a fact shows alone (dates in
 * range, ids that exist, weeks 1-52); what needs the whole case (an extension after the
 * wachttijd, a loonsanctie decided before its end, employment ending before the first sick
 * day) is checked when a result is computed, and the message names "the latest case, from
 * DATE".
 */
typedef struct poort_case poort_case;

#define POORT_MAX_PERIODS 1000   /* sick periods plus leave periods per case */
#define POORT_MAX_RECORDS 1000   /* milestone records, and dossier records, per case */
#define POORT_CASE_ID_MAX 64     /* bytes in a case id */

/** A new, empty case, or NULL when out of memory. Free it with poort_case_free(). */
POORT_API poort_case *poort_case_new(void);
/** Free a case (NULL is accepted). Timelines computed from it stay valid. */
POORT_API void poort_case_free(poort_case *c);
/**
 * A deep copy of case c in *out, with an empty message, to be freed with poort_case_free().
 * The copy and the original share nothing, so a cached case can serve two threads: each
 * computes on its own copy (computing writes the case's message).
 * @return POORT_OK; POORT_ERR_NULL (c or out; *out is then NULL when out is not);
 *         POORT_ERR_NOMEM (*out NULL).
 */
POORT_API int32_t poort_case_clone(const poort_case *c, poort_case **out);
/**
 * The message of the most recent call on this case when it failed, "" when it succeeded
 * (and "" for a NULL case). Owned by the case; valid until the next call on the case.
 */
POORT_API const char *poort_case_errmsg(const poort_case *c);

/**
 * Add a period of sickness: first sick day and last sick day, inclusive. last may be
 * POORT_DATE_NONE for a period that has not ended. Periods may be added in any order;
 * they may not overlap each other or a leave period, and no period may start after an
 * open-ended one.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_DATE_RANGE; POORT_ERR_PERIOD_ORDER;
 *         POORT_ERR_PERIOD_OVERLAP; POORT_ERR_AFTER_OPEN; POORT_ERR_LIMIT; POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_case_add_period(poort_case *c, int32_t first, int32_t last);

/**
 * Add a pregnancy / maternity leave period (WAZO, Wet arbeid en zorg art. 3:1), both
 * days inclusive. other_cause = 1 when the sickness after the leave does not come
 * from the same cause as the sickness before it (then the periods around the leave
 * are not merged); 0 otherwise. Leave days are never sick days and never count
 * towards the four-week interruption (WIA art. 23 lid 3 a 2 and lid 5).
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_DATE_RANGE; POORT_ERR_PERIOD_ORDER;
 *         POORT_ERR_PERIOD_OVERLAP; POORT_ERR_AFTER_OPEN; POORT_ERR_ARGUMENT (other_cause
 *         not 0 or 1, or last is POORT_DATE_NONE); POORT_ERR_LIMIT; POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_case_add_leave(poort_case *c, int32_t first, int32_t last,
				       int32_t other_cause);

/**
 * Remove the sick period or the leave period that begins on first.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_DATE_RANGE; POORT_ERR_NOT_FOUND (no period
 *         begins on that day; the case is unchanged).
 */
POORT_API int32_t poort_case_remove_period(poort_case *c, int32_t first);

/**
 * Record a milestone (by its id, e.g. "PROBLEEMANALYSE") as done on a date. Every record
 * is kept: of a one-off milestone the earliest record on or after the latest case's first
 * sick day counts (earlier records belong to earlier cases); each record of EVALUATIE is
 * one evaluation held. A record after the reference date is planned, not done.
 * WIA_AANVRAAG recorded after its due date extends the wage obligation by the delay
 * (BW 7:629 lid 11 a); an application that counts as timely (WIA art. 64 lid 6: UWV's
 * letter missing or late) is recorded on its due date.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_UNKNOWN_MILESTONE; POORT_ERR_NOT_RECORDABLE
 *         (EINDE_WACHTTIJD, EINDE_LOONSANCTIE); POORT_ERR_DATE_RANGE; POORT_ERR_DUPLICATE
 *         (that milestone on that date is recorded already); POORT_ERR_LIMIT; POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_case_record_done(poort_case *c, const char *milestone_id, int32_t date);
/**
 * Remove the record of a milestone done on date.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_UNKNOWN_MILESTONE; POORT_ERR_NOT_FOUND (no
 *         such record; the case is unchanged).
 */
POORT_API int32_t poort_case_remove_done(poort_case *c, const char *milestone_id, int32_t date);

/**
 * Record a reasoned departure from the week-6 or week-8 term (Regeling procesgang art.
 * 5): the new due date of PROBLEEMANALYSE or PLAN_VAN_AANPAK agreed with reasons.
 * POORT_DATE_NONE as due removes the departure. A departure dated before the latest case's
 * first sick day belongs to an earlier case and is ignored.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_UNKNOWN_MILESTONE; POORT_ERR_NO_DEPARTURE
 *         (any other milestone); POORT_ERR_DATE_RANGE.
 */
POORT_API int32_t poort_case_set_departure(poort_case *c, const char *milestone_id, int32_t due);

/**
 * The last day of a voluntary extension of the wage period set by UWV (WIA art. 24),
 * or POORT_DATE_NONE to remove it. It must lie after the last day of the wachttijd of the
 * latest case (checked when a result is computed: POORT_ERR_EXTENSION); one before the
 * latest case's first sick day belongs to an earlier case and is ignored.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_DATE_RANGE.
 */
POORT_API int32_t poort_case_set_extension(poort_case *c, int32_t last_day);

/**
 * A loonsanctie imposed by UWV (WIA art. 25 lid 9-14): the decision date, its length in
 * weeks (1-52) and optionally the date of the decision that the shortcoming was repaired
 * (bekorting), else POORT_DATE_NONE. decision = POORT_DATE_NONE removes the loonsanctie.
 * A decision on or after the end of the wachttijd is invalid (lid 11): checked when a
 * result is computed (POORT_ERR_LOONSANCTIE_LATE). A decision before the latest case's first
 * sick day belongs to an earlier case and is ignored.
 * A decision after its last day, 43 days before the end of the wage period (lid 10: "zes
 * weken voor de afloop"), ends the loonsanctie as many days earlier (lid 14). After a
 * late WIA application both count from the end of the longer wage period (BW 7:629 lid 11 a).
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_DATE_RANGE; POORT_ERR_LOONSANCTIE_WEEKS;
 *         POORT_ERR_BEKORTING (bekorting before the decision).
 */
POORT_API int32_t poort_case_set_loonsanctie(poort_case *c, int32_t decision, int32_t weeks,
					     int32_t bekorting);

/**
 * The last day of employment, or POORT_DATE_NONE to remove it. When employment ends
 * during sickness the employer reports it to UWV (EINDE_DIENSTVERBAND_MELDING) and
 * the employer's later milestones no longer apply. A last day before the latest case's
 * first sick day is an error when a result is computed (POORT_ERR_BEFORE_CASE).
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_DATE_RANGE.
 */
POORT_API int32_t poort_case_set_employment_end(poort_case *c, int32_t last_day);

/**
 * An opaque identifier chosen by the host, used in calendar UIDs: 1-64 bytes of
 * [A-Za-z0-9._-]. Never a name or BSN.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_CASE_ID.
 */
POORT_API int32_t poort_case_set_id(poort_case *c, const char *id);
/** The case id, or "" when none was set (and for a NULL case). Owned by the case. */
POORT_API const char *poort_case_id(const poort_case *c);

/* ==================================================================== timeline */

/** An immutable computed timeline. Free it with poort_timeline_free(). */
typedef struct poort_timeline poort_timeline;

#define POORT_LANG_NL 0
#define POORT_LANG_EN 1

/* Milestone status on the reference date (spec 3.1). */
#define POORT_STATUS_UPCOMING 0
#define POORT_STATUS_DUE_SOON 1
#define POORT_STATUS_OVERDUE 2
#define POORT_STATUS_DONE 3
#define POORT_STATUS_DONE_LATE 4
#define POORT_STATUS_NOT_APPLICABLE 5
/** An informational date (no one has to act) that lies before the reference date. */
#define POORT_STATUS_PASSED 6

/* Milestone kind. */
#define POORT_KIND_STATUTORY 0
#define POORT_KIND_PRACTICE 1
#define POORT_KIND_INFORMATIONAL 2

/**
 * Compute the timeline of the latest case of sickness (periods merged by the < 28-day
 * rule) with statuses on the reference date today. A milestone not done and due from
 * today up to today + due_soon_days is POORT_STATUS_DUE_SOON. The case is not modified
 * (only its error message on failure). *out receives a new timeline; on error *out is
 * set to NULL.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_DATE_RANGE (today); POORT_ERR_ARGUMENT
 *         (due_soon_days outside 0-3650); POORT_ERR_NO_PERIODS; POORT_ERR_EXTENSION;
 *         POORT_ERR_LOONSANCTIE_LATE; POORT_ERR_BEFORE_CASE (employment ended before the
 *         latest case's first sick day); POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_timeline_compute(poort_case *c, int32_t today, int32_t due_soon_days,
					 poort_timeline **out);
/** Free a timeline (NULL is accepted). */
POORT_API void poort_timeline_free(poort_timeline *t);

/*
 * Timeline accessors. For a NULL timeline the date accessors return POORT_DATE_NONE, the
 * counts (case_count, sick_days, interruption_days, leave_days) -1, poort_timeline_count 0.
 */
/** The reference date the timeline was computed for. */
POORT_API int32_t poort_timeline_today(const poort_timeline *t);
/** Day 1 of the latest case. */
POORT_API int32_t poort_timeline_first_sick_day(const poort_timeline *t);
/** Number of separate cases the periods form (a new one after >= 28 days of interruption). */
POORT_API int32_t poort_timeline_case_count(const poort_timeline *t);
/** Sick days of the latest case counted up to and including the reference date. */
POORT_API int32_t poort_timeline_sick_days(const poort_timeline *t);
/** Interruption days (fit, not on leave) inside the latest case, up to the reference date. */
POORT_API int32_t poort_timeline_interruption_days(const poort_timeline *t);
/** WAZO leave days inside the latest case, up to the reference date. */
POORT_API int32_t poort_timeline_leave_days(const poort_timeline *t);
/** The last day of the 104-week wachttijd (sick day 728), before any extension. */
POORT_API int32_t poort_timeline_wachttijd_end(const poort_timeline *t);
/**
 * The last day of the employer's wage obligation: the wachttijd, or the voluntary
 * extension, longer by the delay of a late WIA application (BW 7:629 lid 11 a), then the
 * loonsanctie; never after the last day of employment.
 */
POORT_API int32_t poort_timeline_wage_end(const poort_timeline *t);
/** The last sick day of the latest case, or POORT_DATE_NONE while it is open-ended. */
POORT_API int32_t poort_timeline_last_sick_day(const poort_timeline *t);

/** Number of milestones in the timeline (sorted by due date; 0 for NULL). */
POORT_API size_t poort_timeline_count(const poort_timeline *t);

/*
 * Milestone accessors. i is 0 ... poort_timeline_count() - 1. Out of range, or t NULL:
 * string accessors return NULL (the text accessors also for a language other than
 * POORT_LANG_NL or POORT_LANG_EN), date accessors POORT_DATE_NONE, and the integer
 * accessors (occurrence, status, kind, departed, day_off) -1, which none of them returns otherwise.
 */
/** The spec id, e.g. "PROBLEEMANALYSE" (static). */
POORT_API const char *poort_milestone_id(const poort_timeline *t, size_t i);
/** 1, 2, ... for the repeating EVALUATIE; 0 for every other milestone. */
POORT_API int32_t poort_milestone_occurrence(const poort_timeline *t, size_t i);
/** The last permissible day, inclusive. */
POORT_API int32_t poort_milestone_due(const poort_timeline *t, size_t i);
/** The first day of the window (EERSTEJAARSEVALUATIE), else POORT_DATE_NONE. */
POORT_API int32_t poort_milestone_window_start(const poort_timeline *t, size_t i);
/** The date recorded as done (on or before the reference date), else POORT_DATE_NONE. */
POORT_API int32_t poort_milestone_done(const poort_timeline *t, size_t i);
/**
 * A record dated after the reference date: the step is planned on that date, not done
 * yet, and its status is computed as if it were not recorded. POORT_DATE_NONE otherwise.
 */
POORT_API int32_t poort_milestone_planned(const poort_timeline *t, size_t i);
/** POORT_STATUS_*. */
POORT_API int32_t poort_milestone_status(const poort_timeline *t, size_t i);
/** POORT_KIND_*. */
POORT_API int32_t poort_milestone_kind(const poort_timeline *t, size_t i);
/** 1 when the due date follows from a reasoned departure (Regeling procesgang art. 5). */
POORT_API int32_t poort_milestone_departed(const poort_timeline *t, size_t i);
/**
 * 1 when the due date falls on a Saturday, a Sunday or a holiday of Atw art. 3 (see
 * poort_date_is_workday), else 0. The due date is never moved for it (spec 3): act on the
 * workday before.
 */
POORT_API int32_t poort_milestone_day_off(const poort_timeline *t, size_t i);
/** Short title in the language (static). */
POORT_API const char *poort_milestone_title(const poort_timeline *t, size_t i, int32_t lang);
/** Who acts, in the language (static). */
POORT_API const char *poort_milestone_who(const poort_timeline *t, size_t i, int32_t lang);
/** The legal citation an HR person reads, in the language (static). */
POORT_API const char *poort_milestone_basis(const poort_timeline *t, size_t i, int32_t lang);
/** The juriconnect id of the primary legal source (static). */
POORT_API const char *poort_milestone_juriconnect(const poort_timeline *t, size_t i);
/**
 * One line telling how the due date was derived ("sick day 42; 21 interruption days
 * skipped"), written into buf with snprintf semantics (always NUL-terminated when
 * size > 0).
 * @return the length of the full line (excluding the NUL), or a negative status:
 *         POORT_ERR_NULL, POORT_ERR_INDEX, POORT_ERR_LANG.
 */
POORT_API int32_t poort_milestone_explain(const poort_timeline *t, size_t i, int32_t lang,
					  char *buf, size_t size);

/** Static names for the integer codes: "upcoming", "done_late", "statutory", ... (NULL if unknown). */
POORT_API const char *poort_status_name(int32_t status);
POORT_API const char *poort_kind_name(int32_t kind);

/**
 * The timeline as one JSON object (UTF-8, keys in a fixed order, dates as
 * "YYYY-MM-DD" or null, a trailing newline). Identical timelines give byte-identical text.
 * *out is freed with poort_free(); *len (may be NULL) receives its length.
 * Keys, in order: "today", "first_sick_day", "last_sick_day", "case_count", "sick_days",
 * "interruption_days", "leave_days", "wachttijd_end", "wage_end" and "milestones", an
 * array with per milestone "id", "occurrence", "due", "window_start", "done", "status"
 * (poort_status_name), "kind" (poort_kind_name), "departed" and "day_off" (true/false), "title", "who",
 * "basis", "juriconnect" and "explanation" (as poort_milestone_explain, whole), the texts
 * in the language lang.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_LANG; POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_timeline_json(const poort_timeline *t, int32_t lang, char **out,
				      size_t *len);

/**
 * The timeline as an SVG drawing (UTF-8, no script, no outside reference, only the generic
 * font family sans-serif, so it renders the same everywhere): a week axis, the latest
 * case's sick periods, interruptions and WAZO leave as bands, the wage regimes (year 1,
 * year 2, voluntary extension, loonsanctie) as a band, every milestone as a marker shaped
 * and coloured by its status with its short name and due date "YYYY-MM-DD" (labels in
 * staggered rows; the full title, status and date done as its <title>), a dashed line on
 * the reference date ("vandaag" / "today") when it lies in the drawing, a legend, and a
 * <title> and <desc> for screen readers. Only the case id (poort_case_set_id) names the case.
 *
 * Scale: the drawing is 1400 pixels wide. The days drawn run from the first sick day to the
 * end of the wage obligation (sick day 728, a voluntary extension or a loonsanctie,
 * whichever is last), widened when a milestone falls outside; with N days drawn, day d
 * occupies x = 150 + 1200 * (d - first) / N up to 150 + 1200 * (d - first + 1) / N, and a
 * milestone's marker and the reference line sit in the middle of their day. Coordinates
 * are written in tenths of a pixel, rounded half up. The week axis counts weeks of
 * sickness: its ticks stand still over interruptions and leave, as the legal weeks do.
 *
 * Identical timelines give byte-identical text. *out is freed with poort_free(); *len (may
 * be NULL) receives its length.
 * @return POORT_OK; POORT_ERR_NULL (t or out); POORT_ERR_LANG; POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_timeline_svg(const poort_timeline *t, int32_t lang, char **out,
				     size_t *len);

/* ===================================================================== dossier */

/*
 * The re-integration dossier (WIA art. 25 lid 1, Regeling procesgang art. 3 and art. 6):
 * which items of the re-integratieverslag (RIV) are due, present, missing or late on a
 * reference date. Items are identified by id: ADMINISTRATIEVE_GEGEVENS (art. 6 lid 1 a),
 * AARD_VAN_HET_BEDRIJF (b), FUNCTIE (c), BEKWAAMHEDEN (d), EERSTE_ZIEKTEDAG (e),
 * PROBLEEMANALYSE (f), PLAN_VAN_AANPAK (g), EERSTEJAARSEVALUATIE (h), EINDEVALUATIE (h),
 * OORDEEL_ARBEIDSRELATIE (i), ACTUEEL_OORDEEL (j), OORDEEL_PASSENDE_ARBEID (k),
 * OORDEEL_WERKNEMER (l) and MEDISCHE_INFORMATIE (UWV practice: only the date it was sent to
 * UWV by the employee or bedrijfsarts; the API has no way to pass medical content).
 * Dossier items are documents in the file: recording a milestone as done does not record
 * its document, and the other way round.
 */
typedef struct poort_dossier poort_dossier;

/* Requirement of an item. */
#define POORT_REQ_REGELING 0 /* required by Regeling procesgang art. 6 lid 1 */
#define POORT_REQ_PRACTICE 1 /* expected by UWV practice */

/* Which re-integratieverslag the case needs. */
#define POORT_RIV_NONE 0  /* sickness or employment ended before week 6: no dossier */
#define POORT_RIV_SHORT 1 /* employment ended after 6-10 weeks of sickness (art. 6 lid 2) */
#define POORT_RIV_FULL 2  /* the full RIV */

/* State of an item on the reference date. */
#define POORT_ITEM_NOT_YET_REQUIRED 0 /* not present, due date not passed */
#define POORT_ITEM_PRESENT 1          /* recorded on or before its due date */
#define POORT_ITEM_PRESENT_LATE 2     /* first recorded after its due date */
#define POORT_ITEM_MISSING 3          /* not present, due date passed */
#define POORT_ITEM_NOT_APPLICABLE 4   /* the case does not need it */

/**
 * Record a dossier item as present on a date. Every record is kept, one per item and
 * date: within the latest case the earliest counts for the item's state, and each counts
 * in poort_dossier_item_records (PROBLEEMANALYSE's later advice, PLAN_VAN_AANPAK's
 * bijstellingen). Records before the latest case's first sick day belong to an earlier case.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_UNKNOWN_ITEM; POORT_ERR_DATE_RANGE;
 *         POORT_ERR_DUPLICATE (that item on that date is recorded already); POORT_ERR_LIMIT;
 *         POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_case_record_item(poort_case *c, const char *item_id, int32_t date);
/**
 * Remove the record of a dossier item on date.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_UNKNOWN_ITEM; POORT_ERR_NOT_FOUND (no such
 *         record; the case is unchanged).
 */
POORT_API int32_t poort_case_remove_item(poort_case *c, const char *item_id, int32_t date);

/**
 * The dossier on the reference date today. Records dated after today do not count yet.
 * The case is not modified (only its error message on failure); on error *out is NULL.
 * @return POORT_OK; the statuses of poort_timeline_compute() (due_soon_days aside).
 */
POORT_API int32_t poort_dossier_compute(poort_case *c, int32_t today, poort_dossier **out);
/** Free a dossier (NULL is accepted). */
POORT_API void poort_dossier_free(poort_dossier *d);
/* For a NULL dossier the next three return -1 and poort_dossier_count 0. */
/** POORT_RIV_*. */
POORT_API int32_t poort_dossier_variant(const poort_dossier *d);
/**
 * Share complete in basis points (10000 = 100%): required items whose due date has passed
 * and that are present, over required items whose due date has passed; 10000 when none is
 * due yet. Only POORT_REQ_REGELING items count.
 */
POORT_API int32_t poort_dossier_complete_bp(const poort_dossier *d);
/** 1 when every applicable POORT_REQ_REGELING item is present today, so the RIV could be submitted. */
POORT_API int32_t poort_dossier_can_submit(const poort_dossier *d);
/** Number of items (every item of the checklist, in a fixed order). */
POORT_API size_t poort_dossier_count(const poort_dossier *d);
/* Item accessors. i is 0 ... poort_dossier_count() - 1. Out of range, or d NULL: string
 * accessors return NULL (content and basis also for an unknown language), date accessors
 * POORT_DATE_NONE, integer accessors (requirement, state, records) -1. */
POORT_API const char *poort_dossier_item_id(const poort_dossier *d, size_t i);
/** Letter of Regeling procesgang art. 6 lid 1 ("a" ... "l"), "" for practice items (static). */
POORT_API const char *poort_dossier_item_onderdeel(const poort_dossier *d, size_t i);
POORT_API const char *poort_dossier_item_content(const poort_dossier *d, size_t i, int32_t lang);
POORT_API const char *poort_dossier_item_basis(const poort_dossier *d, size_t i, int32_t lang);
POORT_API const char *poort_dossier_item_juriconnect(const poort_dossier *d, size_t i);
/** The id of the milestone the item is due with, e.g. "REINTEGRATIEVERSLAG" (static). */
POORT_API const char *poort_dossier_item_milestone(const poort_dossier *d, size_t i);
/** POORT_REQ_*. */
POORT_API int32_t poort_dossier_item_requirement(const poort_dossier *d, size_t i);
/** POORT_ITEM_*. */
POORT_API int32_t poort_dossier_item_state(const poort_dossier *d, size_t i);
/** Due date, POORT_DATE_NONE when not applicable. */
POORT_API int32_t poort_dossier_item_due(const poort_dossier *d, size_t i);
/** First and latest date recorded on or before today, else POORT_DATE_NONE. */
POORT_API int32_t poort_dossier_item_first(const poort_dossier *d, size_t i);
POORT_API int32_t poort_dossier_item_latest(const poort_dossier *d, size_t i);
/** Number of records on or before today (the plan and its bijstellingen count each). */
POORT_API int32_t poort_dossier_item_records(const poort_dossier *d, size_t i);
/** The earliest record after today (planned, not present yet), else POORT_DATE_NONE. */
POORT_API int32_t poort_dossier_item_planned(const poort_dossier *d, size_t i);
/** Static names: "not_yet_required", "present", "present_late", "missing", "not_applicable";
 *  "regeling", "practice"; "none", "short", "full". NULL for any other value. */
POORT_API const char *poort_item_state_name(int32_t state);
POORT_API const char *poort_requirement_name(int32_t requirement);
POORT_API const char *poort_riv_variant_name(int32_t variant);
/**
 * The dossier as one JSON object (fixed key order, dates "YYYY-MM-DD" or null, trailing
 * newline); freed with poort_free(). Keys, in order: "today", "riv"
 * (poort_riv_variant_name), "complete_bp", "can_submit" (true/false), "required" and
 * "required_present" (the POORT_REQ_REGELING items due before today, and those of them
 * present), and "items", an array with per item "id", "onderdeel", "state"
 * (poort_item_state_name), "requirement" (poort_requirement_name), "milestone", "due",
 * "first", "latest", "records", "content", "basis" and "juriconnect", the texts in the
 * language lang.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_LANG; POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_dossier_json(const poort_dossier *d, int32_t lang, char **out, size_t *len);

/* ======================================================================== wage */

/*
 * Wage continuation during sickness (loondoorbetaling, BW 7:629): for any date range, per
 * segment of days with one regime and one set of amounts, and per calendar month. Money is
 * int64_t euro cents, percentages int32_t basis points (7000 = 70%), hours int32_t
 * hundredths of an hour per week. A month split between regimes is prorated by calendar
 * days (kalenderdagenmethode); each segment is rounded once, half away from zero.
 */

#define POORT_MAX_WAGE_CENTS 1000000000LL /* EUR 10 000 000,00 a month */
#define POORT_MAX_PERCENT 100000          /* 1000% */

/**
 * The employee's monthly time-based wage (cents, 1 ... POORT_MAX_WAGE_CENTS: a wage of 0 pays
 * nothing and is refused) and contract
 * hours per week (hundredths, 1 ... 16800).
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_WAGE; POORT_ERR_HOURS.
 */
POORT_API int32_t poort_case_set_wage(poort_case *c, int64_t monthly_cents, int32_t hours_per_week);
/** Birth date, for the youth minimum wage (replaces a fixed age). POORT_DATE_NONE removes it.
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_DATE_RANGE. */
POORT_API int32_t poort_case_set_birth_date(poort_case *c, int32_t date);
/** A fixed age in years (0-120) instead of a birth date; -1 removes it.
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_AGE. */
POORT_API int32_t poort_case_set_age(poort_case *c, int32_t years);
/** The day the employee reaches AOW age, or POORT_DATE_NONE.
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_DATE_RANGE. */
POORT_API int32_t poort_case_set_aow_date(poort_case *c, int32_t date);
/** Waiting days agreed in writing (BW 7:629 lid 9): 0, 1 or 2, once per case.
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_WAITING_DAYS. */
POORT_API int32_t poort_case_set_waiting_days(poort_case *c, int32_t days);
/** Full-time hours per week (hundredths, default 4000) that the minimum wage amounts of
 *  before 2024 assume; used for part-time floors in 2023.
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_HOURS. */
POORT_API int32_t poort_case_set_fulltime_hours(poort_case *c, int32_t hours_per_week);
/** Whether the employee works under a contract for a bbl programme (beroepsbegeleidende
 *  leerweg, WML art. 8 lid 4): 1 applies the bbl youth rates (Besluit minimumjeugdloon
 *  art. 3) to the year-1 floor from 2024, 0 (the default) the regular ones.
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_ARGUMENT (not 0 or 1). */
POORT_API int32_t poort_case_set_bbl(poort_case *c, int32_t bbl);
/** Percentage paid during a voluntary extension (WIA art. 24), default 7000.
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_PERCENT. */
POORT_API int32_t poort_case_set_extension_percent(poort_case *c, int32_t percent_bp);
/**
 * A range of the CAO schedule: sick weeks from_week ... to_week (1-156) paid at percent_bp
 * of the wage; capped = 1 when the CAO caps it at the Wfsv maximum, else 0. Ranges may not
 * overlap. The amount paid is the larger of the statutory and the CAO amount.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_CAO_WEEKS; POORT_ERR_CAO_OVERLAP;
 *         POORT_ERR_PERCENT; POORT_ERR_ARGUMENT (capped not 0 or 1); POORT_ERR_LIMIT;
 *         POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_case_add_cao(poort_case *c, int32_t from_week, int32_t to_week,
				     int32_t percent_bp, int32_t capped);
/** Remove the whole CAO schedule. @return POORT_OK; POORT_ERR_NULL. */
POORT_API int32_t poort_case_clear_cao(poort_case *c);
/**
 * Hours per week (hundredths) the employee works during re-integration from first to last
 * (inclusive). Those hours are paid as wage for work done (see poort_case_set_partial_pay);
 * the continuation percentage applies to the hours not worked. Periods may not overlap.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_DATE_RANGE; POORT_ERR_PERIOD_ORDER;
 *         POORT_ERR_PERIOD_OVERLAP; POORT_ERR_HOURS; POORT_ERR_LIMIT; POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_case_add_partial_work(poort_case *c, int32_t first, int32_t last,
					      int32_t hours_per_week);
/** Percentage paid for hours worked during re-integration (default 10000).
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_PERCENT. */
POORT_API int32_t poort_case_set_partial_pay(poort_case *c, int32_t percent_bp);

/* Regime of a segment. */
#define POORT_REGIME_NOT_SICK 0    /* the normal wage */
#define POORT_REGIME_WAITING_DAY 1 /* nothing due (BW 7:629 lid 9) */
#define POORT_REGIME_YEAR1 2       /* 70%, at least the minimum wage */
#define POORT_REGIME_YEAR2 3       /* 70% */
#define POORT_REGIME_EXTENSION 4   /* voluntary extension (WIA art. 24) */
#define POORT_REGIME_LOONSANCTIE 5 /* WIA art. 25 lid 9: 70%, no floor */
#define POORT_REGIME_AFTER_AOW 6   /* more than 6 weeks after AOW age: nothing due */
#define POORT_REGIME_ENDED 7       /* wage obligation or employment ended: nothing due */

/* Flags of a segment or month (bits). */
#define POORT_FLAG_FLOOR 1  /* the minimum-wage floor raised the statutory amount */
#define POORT_FLAG_CAP 2    /* the wage was capped at the Wfsv daily maximum */
#define POORT_FLAG_STALE 4  /* a date after the newest table row: the table may be stale */
#define POORT_FLAG_CAO_170 8 /* the CAO schedule pays more than 170% over two years */
#define POORT_FLAG_PROVISIONAL 16 /* a table row derived by the statutory recipe, not found published */

/* The statutory tables a wage result names (poort_wage_stale_from, poort_wage_provisional_from). */
#define POORT_TABLE_MIN_WAGE 1 /* the minimum wage (the year-1 floor) */
#define POORT_TABLE_WFSV 2     /* the Wfsv maximum daily wage (the cap) */

/** An immutable computed wage continuation. Free it with poort_wage_free(). */
typedef struct poort_wage poort_wage;
/** Statutory amounts as dated tables. Wherever a function takes a const poort_params *,
 *  NULL means the built-in tables. */
typedef struct poort_params poort_params;

/**
 * Compute the wage continuation from first to last (inclusive) with the tables of params
 * (NULL: built-in). first = last = POORT_DATE_NONE covers the whole latest case: from the
 * first day of the month of its first sick day to the last day of the month in which the
 * wage obligation (or the sickness) ends. The case is not modified; on error *out is NULL.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_DATE_RANGE; POORT_ERR_PERIOD_ORDER (last
 *         before first); POORT_ERR_ARGUMENT (only one of first/last given, or more than 20
 *         years); POORT_ERR_NO_PERIODS; POORT_ERR_NO_WAGE; POORT_ERR_TABLE_RANGE (a date
 *         before the oldest table row); POORT_ERR_HOURS (more hours worked than contracted);
 *         the statuses of poort_timeline_compute(); POORT_ERR_NOMEM. Without a birth date or
 *         age the adult minimum wage applies.
 */
POORT_API int32_t poort_wage_compute(poort_case *c, const poort_params *params, int32_t first,
				     int32_t last, poort_wage **out);
/** Free a wage continuation (NULL is accepted). */
POORT_API void poort_wage_free(poort_wage *w);
/** Sum of the amounts due over the range (cents); -1 for NULL. */
POORT_API int64_t poort_wage_total(const poort_wage *w);
/** Bitwise OR of the flags of all segments; -1 for NULL. */
POORT_API int32_t poort_wage_flags(const poort_wage *w);
/**
 * The first day from which table (POORT_TABLE_*) had no row of its own, when a segment of w
 * used it on or after that day (POORT_FLAG_STALE): the 1 January or 1 July after the
 * table's newest row. POORT_DATE_NONE when no segment did, w is NULL or table unknown.
 */
POORT_API int32_t poort_wage_stale_from(const poort_wage *w, int32_t table);
/** The first day of the earliest derived row (POORT_FLAG_PROVISIONAL) of table that a
 *  segment of w used; POORT_DATE_NONE when none, w is NULL or table unknown. */
POORT_API int32_t poort_wage_provisional_from(const poort_wage *w, int32_t table);

/*
 * Segments: consecutive days with one regime and one set of amounts, inside one month.
 * i is 0 ... poort_wage_segment_count() - 1 (the count is 0 for NULL). Out of range, or w
 * NULL: dates POORT_DATE_NONE, the other accessors -1, except poort_wage_segment_cao,
 * where -1 means "no CAO range": it returns POORT_ERR_INDEX instead.
 */
POORT_API size_t poort_wage_segment_count(const poort_wage *w);
POORT_API int32_t poort_wage_segment_first(const poort_wage *w, size_t i);
POORT_API int32_t poort_wage_segment_last(const poort_wage *w, size_t i);
POORT_API int32_t poort_wage_segment_regime(const poort_wage *w, size_t i);
/** The continuation percentage applied (statutory or CAO), 10000 when not sick. */
POORT_API int32_t poort_wage_segment_percent(const poort_wage *w, size_t i);
POORT_API int64_t poort_wage_segment_statutory(const poort_wage *w, size_t i);
/** The CAO amount, -1 when no CAO range covers the segment; POORT_ERR_INDEX out of range. */
POORT_API int64_t poort_wage_segment_cao(const poort_wage *w, size_t i);
POORT_API int64_t poort_wage_segment_amount(const poort_wage *w, size_t i);
POORT_API int32_t poort_wage_segment_flags(const poort_wage *w, size_t i);
/** One line explaining the segment (snprintf semantics; returns the full length or a
 *  negative status: POORT_ERR_NULL, POORT_ERR_INDEX, POORT_ERR_LANG). */
POORT_API int32_t poort_wage_segment_explain(const poort_wage *w, size_t i, int32_t lang,
					     char *buf, size_t size);

/* Months: the calendar months of the range (the first and last may be partial). i is
 * 0 ... poort_wage_month_count() - 1 (the count is 0 for NULL); out of range, or w NULL:
 * dates POORT_DATE_NONE, the other accessors -1. */
POORT_API size_t poort_wage_month_count(const poort_wage *w);
POORT_API int32_t poort_wage_month_first(const poort_wage *w, size_t i);
POORT_API int32_t poort_wage_month_last(const poort_wage *w, size_t i);
/** Sum of the month's segments. */
POORT_API int64_t poort_wage_month_amount(const poort_wage *w, size_t i);
POORT_API int64_t poort_wage_month_statutory(const poort_wage *w, size_t i);
/** Regime and percentage of the segment with the most days in the month (the later on a tie). */
POORT_API int32_t poort_wage_month_regime(const poort_wage *w, size_t i);
POORT_API int32_t poort_wage_month_percent(const poort_wage *w, size_t i);
/** Bitwise OR of the month's segment flags. */
POORT_API int32_t poort_wage_month_flags(const poort_wage *w, size_t i);
/**
 * The month's explanation: its segment's explanation when the month has one segment;
 * otherwise each segment's explanation after its days of the month ("1-14: ") and the
 * segments joined by " | " ("1-14: jaar 1: ... | 15-31: jaar 2: ..."). snprintf semantics
 * and statuses as poort_wage_segment_explain.
 */
POORT_API int32_t poort_wage_month_explain(const poort_wage *w, size_t i, int32_t lang,
					   char *buf, size_t size);
/**
 * Batch entry point: the total due (cents) from first to last for each of n cases, in one
 * call, for bindings that would otherwise pay a call overhead per case. totals[i] and
 * statuses[i] receive each case's result (totals[i] = 0 on error; the case's message says
 * why; a NULL case gets POORT_ERR_NULL). first = last = POORT_DATE_NONE: each whole case.
 * params NULL: the built-in tables.
 * @return the number of cases that failed, or POORT_ERR_NULL.
 */
POORT_API int32_t poort_wage_totals(poort_case *const *cases, size_t n, const poort_params *params,
				    int32_t first, int32_t last, int64_t *totals, int32_t *statuses);
/** "not_sick", "waiting_day", "year1", "year2", "extension", "loonsanctie", "after_aow", "ended";
 *  NULL for any other value. */
POORT_API const char *poort_regime_name(int32_t regime);
/**
 * The wage continuation as one JSON object (fixed key order, dates "YYYY-MM-DD" or null,
 * trailing newline); freed with poort_free(). Keys, in order: "first", "last",
 * "total_cents" and "months", an array with per month "month" ("YYYY-MM"), "first",
 * "last", "amount_cents", "statutory_cents", "percent_bp", "regime" (poort_regime_name),
 * the flags "floor_applied", "cap_applied", "stale", "cao_above_170" (true/false),
 * "explanation" (as poort_wage_month_explain, whole however long) and "segments", an
 * array with per segment "first", "last", "regime", "percent_bp", "statutory_cents",
 * "cao_cents" (null without a CAO range), "amount_cents", the four flags and
 * "explanation" (as poort_wage_segment_explain). Texts in the language lang. A derived
 * table row (POORT_FLAG_PROVISIONAL) has no key of its own: the explanation says so, and
 * poort_wage_provisional_from() tells which.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_LANG; POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_wage_json(const poort_wage *w, int32_t lang, char **out, size_t *len);

/* ================================================================== parameters */

/*
 * Statutory amounts as dated tables. Each row is in force from its date until the next
 * row. A date before the oldest row is an error; from the 1 January or 1 July after the
 * newest row of the minimum wage or the Wfsv maximum the newest applies and results carry
 * POORT_FLAG_STALE; a row derived by the statutory recipe but not found published gives
 * POORT_FLAG_PROVISIONAL. The built-in rows come from lib/statutory.txt, each with its
 * source: the adult hourly minimum wage from 2024, the minimum wages of 2023 by age, the
 * youth and bbl percentages, and the Wfsv maximum daily wage from 2023 (1 January and
 * 1 July). A host adds newly published rows to its own poort_params object, one by one or
 * as text in the format of lib/statutory.txt (poort_params_load), without a new release;
 * nothing is process-global.
 */

/** A parameter set holding the built-in rows, or NULL when out of memory. */
POORT_API poort_params *poort_params_new(void);
/** A parameter set without rows, for a host that loads all its tables (poort_params_load);
 *  NULL when out of memory. */
POORT_API poort_params *poort_params_new_empty(void);
/** Free a parameter set (NULL is accepted). */
POORT_API void poort_params_free(poort_params *p);
/** The message of the most recent call on p when it failed, "" otherwise (and for NULL). */
POORT_API const char *poort_params_errmsg(const poort_params *p);
/**
 * Add the adult (21+) hourly minimum wage in force from `from` (2024-01-01 or later), in
 * cents. Youth rates follow from it (WML percentages, rounded half up to a cent).
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_DATE_RANGE; POORT_ERR_ARGUMENT (before
 *         2024, or cents not 1 ... 100000); POORT_ERR_DUPLICATE (a row with that date);
 *         POORT_ERR_LIMIT; POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_params_add_min_wage_hour(poort_params *p, int32_t from, int64_t cents);
/**
 * Add the Wfsv maximum daily wage (art. 17 lid 1 Wfsv) of a calendar year, in cents: a row
 * from 1 January of that year (see poort_params_add_wfsv_max_day_from).
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_ARGUMENT (year not 1900-2199 or cents not
 *         1 ... 10000000); POORT_ERR_DUPLICATE; POORT_ERR_LIMIT; POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_params_add_wfsv_max_day(poort_params *p, int32_t year, int64_t cents);
/**
 * Add the Wfsv maximum daily wage in force from `from`, in cents. Wfsv art. 18 lid 1
 * revises it on 1 January and 1 July, with the minimum wage.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_DATE_RANGE; POORT_ERR_ARGUMENT (cents not
 *         1 ... 10000000); POORT_ERR_DUPLICATE (a row with that date); POORT_ERR_LIMIT;
 *         POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_params_add_wfsv_max_day_from(poort_params *p, int32_t from, int64_t cents);
/**
 * Add the youth percentage (basis points of the adult hourly minimum wage) for an age of
 * 15-20 in force from `from`: the regular rate (bbl 0, Besluit minimumjeugdloon art. 2) or
 * the rate for an employee in a bbl programme (bbl 1, art. 3).
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_DATE_RANGE; POORT_ERR_ARGUMENT (age not
 *         15-20, bbl not 0 or 1, percent_bp not 1 ... 10000); POORT_ERR_DUPLICATE;
 *         POORT_ERR_LIMIT; POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_params_add_youth_percent(poort_params *p, int32_t from, int32_t age,
						 int32_t percent_bp, int32_t bbl);
/**
 * Add the rows of text (len bytes) in the format of lib/statutory.txt: one row a line,
 * "table;from;key;value;source", blank lines and '#' comments ignored. A row equal to one
 * present (built-in or loaded) changes nothing; a published row equal to a derived one
 * clears its mark. All rows are added, or none: the message names the line.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_PARAMS_SYNTAX (a malformed line);
 *         POORT_ERR_DUPLICATE (same table, date and key as a present row, another value);
 *         POORT_ERR_LIMIT; POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_params_load(poort_params *p, const char *text, size_t len);
/** The hourly minimum wage in cents for an age on a date (youth rates included; 0 under 15)
 *  from p, or the built-in tables when p is NULL; negative status POORT_ERR_TABLE_RANGE
 *  before 2024, POORT_ERR_AGE for an age outside 0-120. */
POORT_API int64_t poort_params_min_wage_hour(const poort_params *p, int32_t date, int32_t age);
/** The Wfsv maximum daily wage in cents on a date from p (NULL: built-in);
 *  POORT_ERR_TABLE_RANGE before the oldest year. */
POORT_API int64_t poort_params_wfsv_max_day(const poort_params *p, int32_t date);

/* =================================================================== catalogue */

/*
 * The catalogue: the milestone table, the dossier checklist, the legal constants and the
 * statutory tables, read without a case (for bindings, forms and a lawyer's review). It
 * is the data the computation runs on. Indexes run from 0 to the count - 1; beyond, a
 * text is NULL and a number POORT_ERR_INDEX. Texts are static, in lang (NULL when lang
 * is unknown); never free them.
 */
POORT_API size_t poort_catalogue_milestone_count(void);
POORT_API const char *poort_catalogue_milestone_id(size_t i);
POORT_API const char *poort_catalogue_milestone_title(size_t i, int32_t lang);
POORT_API const char *poort_catalogue_milestone_who(size_t i, int32_t lang);
POORT_API const char *poort_catalogue_milestone_basis(size_t i, int32_t lang);
/** "jci1.3:c:BWBR...&artikel=N&lid=M": https://wetten.overheid.nl/ followed by it opens the law. */
POORT_API const char *poort_catalogue_milestone_juriconnect(size_t i);
/** POORT_KIND_* (names: poort_kind_name). */
POORT_API int32_t poort_catalogue_milestone_kind(size_t i);
/** The name of the rule that derives the due date: "sick_day", "window", "after",
 *  "repeat", "day_after", "before_end", "same_as", "wage_period_end",
 *  "loonsanctie_end" or "employment_end". */
POORT_API const char *poort_catalogue_milestone_rule(size_t i);
/** The rule with its parameters as a sentence (snprintf semantics; returns the full
 *  length or a negative status: POORT_ERR_NULL, POORT_ERR_INDEX, POORT_ERR_LANG). */
POORT_API int32_t poort_catalogue_milestone_rule_text(size_t i, int32_t lang, char *buf,
						      size_t size);

/* The dossier items as poort_dossier_item_* names them, without a case. */
POORT_API size_t poort_catalogue_item_count(void);
POORT_API const char *poort_catalogue_item_id(size_t i);
POORT_API const char *poort_catalogue_item_onderdeel(size_t i);
POORT_API const char *poort_catalogue_item_content(size_t i, int32_t lang);
POORT_API const char *poort_catalogue_item_basis(size_t i, int32_t lang);
POORT_API const char *poort_catalogue_item_juriconnect(size_t i);
/** The id of the milestone the item is due with. */
POORT_API const char *poort_catalogue_item_milestone(size_t i);

/* The legal constants the library computes with: name ("LAW_WACHTTIJD_WEEKS"), value
 * (days, weeks, years or basis points, as the name says) and citation. */
POORT_API size_t poort_catalogue_constant_count(void);
POORT_API const char *poort_catalogue_constant_name(size_t i);
POORT_API int64_t poort_catalogue_constant_value(size_t i);
POORT_API const char *poort_catalogue_constant_citation(size_t i);

/*
 * The rows of a parameter set's statutory tables (NULL: the built-in ones), as
 * poort_params_load reads them: the table ("wml_hour", "wml_month", "wml_week", "wml_day",
 * "youth", "bbl", "wfsv_max_day"); the date it is in force from; the age it is for (-1:
 * not by age); the value, in cents (basis points for youth and bbl); its source ("added
 * by the host" for a row added without one).
 * @return POORT_OK; POORT_ERR_NULL (an out pointer); POORT_ERR_INDEX.
 */
POORT_API size_t poort_params_row_count(const poort_params *p);
POORT_API int32_t poort_params_row(const poort_params *p, size_t i, const char **table,
				   int32_t *from, int32_t *age, int64_t *value, const char **source);

/* ==================================================================== calendar */

/*
 * iCalendar (RFC 5545) feeds of a case's deadlines, generated with libical, streaming: each
 * event is built, serialized and freed before the next, so memory does not grow with the
 * number of events. Every milestone is an all-day event (DTSTART;VALUE=DATE and DTEND the
 * day after) with a stable UID "<case id>.<milestone id>[.<occurrence>]@<domain>" (each '.' of
 * the case id written "%2E", so that no two cases share a UID; ids without '.' are as
 * they always were), a DTSTAMP
 * from poort_feed_set_dtstamp() (never the clock), SUMMARY and DESCRIPTION in Dutch or
 * English, URL, CATEGORIES, CLASS:PRIVATE and TRANSP:TRANSPARENT. SUMMARY starts with the case
 * id ("zaak-12 · Probleemanalyse ..."); a repeated step is numbered ("Evaluatie 3"); a step
 * done reads "zaak-12 · ✓ gedaan: ..." ("✓ done: " in English) and has no alarm. DESCRIPTION:
 * who acts, the due date with its weekday (and a line when it falls on a weekend or an Atw
 * holiday), legal basis, how the date was derived, the case id, the host's link of the case
 * (poort_feed_set_case_url) and the law text on wetten.overheid.nl. URL: the host's link, else
 * the law text. CATEGORIES: "Poortwachter" and who acts (werkgever, werknemer, bedrijfsarts,
 * UWV; employer, employee, bedrijfsarts, UWV in English). The feed has no METHOD: it is a
 * subscription, not an iTIP message. Event texts come only from the library's catalogue,
 * dates, the opaque case id and the host's link template: never a name or medical detail.
 *
 * Regeneration: give the previous feed's text with poort_feed_set_previous(). An event
 * whose content is unchanged is written as it was (byte-identical for the library's own); a changed event
 * gets SEQUENCE + 1 and LAST-MODIFIED = the new DTSTAMP; an event of the previous feed that
 * no longer exists (recovery, a merged case) is written as STATUS:CANCELLED with a higher
 * SEQUENCE, and kept as it is in later feeds for poort_feed_set_keep_cancelled() days. With
 * poort_feed_set_keep_past(), events due before the window are left out (not cancelled).
 * Events taken over from the previous feed are rewritten, not copied: CRLF line ends, only
 * the properties the library writes (a foreign ATTENDEE or X- property is dropped), a
 * DTSTAMP when they had none.
 *
 * A deadline is never lost through bad input: when poort_feed_add_case rejects a case for a
 * reason of the case itself (its facts cannot be computed), the previous feed's events of
 * that case id are written unchanged (not cancelled); poort_feed_keep_case does the same for
 * a case the host could not even build. A host that wants all or nothing sets
 * poort_feed_set_strict(f, POORT_FEED_STRICT_ALL): then any rejected case makes
 * poort_feed_end fail and nothing at all is written (the feed is held in memory until then).
 *
 * Order of calls: poort_feed_new, setters (and poort_feed_set_previous), poort_feed_begin,
 * poort_feed_add_case for each case, poort_feed_end, then poort_feed_take when writing to
 * the internal buffer. A feed is used by one thread at a time.
 */
typedef struct poort_feed poort_feed;

/**
 * Receives the feed's text in chunks (UTF-8, CRLF line ends). Return 0 to go on, any other
 * value to stop: the feed call then returns POORT_ERR_WRITE.
 */
typedef int32_t (*poort_write_fn)(void *ctx, const char *data, size_t len);

/* What a feed contains besides the milestones (bits for poort_feed_set_include). */
#define POORT_FEED_DOSSIER 1 /* an event per dossier item not yet present, on its due date */
#define POORT_FEED_WAGE 2    /* the first day of year 2 of wage continuation */

/* Strictness of a feed (bits for poort_feed_set_strict). */
#define POORT_FEED_STRICT_ALL 1      /* all or nothing: a rejected case fails poort_feed_end, no output */
#define POORT_FEED_STRICT_PREVIOUS 2 /* a previous feed that is not ours fails poort_feed_begin */

/** A new feed writer, or NULL when out of memory. */
POORT_API poort_feed *poort_feed_new(void);
/** Free a feed writer and anything it still holds (NULL is accepted). */
POORT_API void poort_feed_free(poort_feed *f);
/** The message of the most recent call on f when it failed, "" otherwise (and for NULL). */
POORT_API const char *poort_feed_errmsg(const poort_feed *f);
/** DTSTAMP of new and changed events, in seconds since 1970-01-01T00:00:00Z (required;
 *  1900-2199). @return POORT_OK; POORT_ERR_NULL; POORT_ERR_DATE_RANGE; POORT_ERR_FEED_STATE. */
POORT_API int32_t poort_feed_set_dtstamp(poort_feed *f, int64_t unix_seconds);
/** POORT_LANG_NL (default) or POORT_LANG_EN. @return POORT_OK; POORT_ERR_NULL; POORT_ERR_LANG;
 *  POORT_ERR_FEED_STATE. */
POORT_API int32_t poort_feed_set_lang(poort_feed *f, int32_t lang);
/** The domain after '@' in UIDs, 1-253 bytes of [A-Za-z0-9.-] (default "poortwachter.invalid").
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_TEXT; POORT_ERR_FEED_STATE. */
POORT_API int32_t poort_feed_set_uid_domain(poort_feed *f, const char *domain);
/** The calendar's NAME and X-WR-CALNAME: 1-200 bytes of UTF-8 without control characters.
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_TEXT; POORT_ERR_FEED_STATE. */
POORT_API int32_t poort_feed_set_name(poort_feed *f, const char *name);
/** A VALARM this many days before each open deadline, at the alarm time (0-365; 0, the default,
 *  means none). Steps done and reminder events have no alarm.
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_ARGUMENT; POORT_ERR_FEED_STATE. */
POORT_API int32_t poort_feed_set_alarm_days(poort_feed *f, int32_t days);
/** 1: also a separate all-day reminder event alarm_days before each deadline (calendar
 *  clients such as Google ignore VALARM in subscriptions); needs alarm days > 0.
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_ARGUMENT; POORT_ERR_FEED_STATE. */
POORT_API int32_t poort_feed_set_reminder_events(poort_feed *f, int32_t on);
/** REFRESH-INTERVAL and X-PUBLISHED-TTL in hours (1-8760, default 12).
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_ARGUMENT; POORT_ERR_FEED_STATE. */
POORT_API int32_t poort_feed_set_refresh_hours(poort_feed *f, int32_t hours);
/** POORT_FEED_* bits. @return POORT_OK; POORT_ERR_NULL; POORT_ERR_ARGUMENT; POORT_ERR_FEED_STATE. */
POORT_API int32_t poort_feed_set_include(poort_feed *f, int32_t what);
/** The time of day of the alarms, in minutes after midnight (0-1439, default 540 = 09:00): the
 *  VALARM fires alarm_days before the all-day event at this time, in the client's own time
 *  zone (the trigger is relative to the floating DATE start, e.g. TRIGGER:-P2DT15H for 3 days
 *  at 09:00). @return POORT_OK; POORT_ERR_NULL; POORT_ERR_ARGUMENT; POORT_ERR_FEED_STATE. */
POORT_API int32_t poort_feed_set_alarm_time(poort_feed *f, int32_t minutes);
/** The host's link of a case, the URL of its events instead of the law text's link on
 *  wetten.overheid.nl (which stays in DESCRIPTION): a template with "{case_id}", which is
 *  replaced by the case id; at most 1000 bytes, starting with a scheme ("https:"), only bytes
 *  a URI allows. @return POORT_OK; POORT_ERR_NULL; POORT_ERR_TEXT; POORT_ERR_FEED_STATE. */
POORT_API int32_t poort_feed_set_case_url(poort_feed *f, const char *url_template);
/** Leave out events due more than days before the DTSTAMP's day (0-36500), including those of
 *  the previous feed: they are dropped, never cancelled. -1 (the default) keeps all.
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_ARGUMENT; POORT_ERR_FEED_STATE. */
POORT_API int32_t poort_feed_set_keep_past(poort_feed *f, int32_t days);
/** How long a cancelled event stays in regenerated feeds: it is left out once its DTSTAMP (the
 *  moment it was cancelled) lies more than days before the feed's DTSTAMP (0-36500, default 90).
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_ARGUMENT; POORT_ERR_FEED_STATE. */
POORT_API int32_t poort_feed_set_keep_cancelled(poort_feed *f, int32_t days);
/**
 * POORT_FEED_STRICT_* bits (default 0). POORT_FEED_STRICT_ALL: all or nothing (see above).
 * POORT_FEED_STRICT_PREVIOUS: poort_feed_begin refuses (POORT_ERR_FEED_PARSE) a previous feed
 * whose PRODID is not libpoortwachter's or with an event whose UID domain is not this feed's;
 * without it that is only a warning (poort_feed_warning).
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_ARGUMENT; POORT_ERR_FEED_STATE.
 */
POORT_API int32_t poort_feed_set_strict(poort_feed *f, int32_t what);
/**
 * The previous feed's text (len bytes), parsed with libical; its events' SEQUENCE, DTSTAMP
 * and text are carried into the new feed. A malformed feed is an error with the line and
 * the problem; the feed writer is then unchanged. Accepted: LF or CRLF line ends, a UTF-8
 * BOM, component names in any case. Refused: a line longer than 8 KiB (unfolded), a
 * SEQUENCE outside 0 ... 2147483646, an event without UID, DTSTART or DTEND.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_FEED_PARSE; POORT_ERR_FEED_STATE; POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_feed_set_previous(poort_feed *f, const char *text, size_t len);
/**
 * Start the feed: writes the VCALENDAR header through write(ctx, ...), or into an internal
 * buffer when write is NULL (take it with poort_feed_take after poort_feed_end).
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_FEED_STATE (already begun, or no DTSTAMP, or
 *         reminder events without alarm days); POORT_ERR_WRITE; POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_feed_begin(poort_feed *f, poort_write_fn write, void *ctx);
/**
 * Write the events of one case (its latest case of sickness; not-applicable milestones are
 * left out). The case needs an id (poort_case_set_id), unique within the feed. Errors of the
 * case are reported on the case (poort_case_errmsg) and on the feed; nothing of that case
 * is written, and the feed can go on with the next case. When the case's facts cannot be
 * computed, the previous feed's events of its id are kept unchanged (poort_feed_keep_case);
 * a later successful poort_feed_add_case of the same id replaces them.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_FEED_STATE; POORT_ERR_CASE_ID (no id);
 *         POORT_ERR_DUPLICATE (id already in the feed, or a UID already written); the
 *         statuses of poort_timeline_compute(); POORT_ERR_WRITE; POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_feed_add_case(poort_feed *f, poort_case *c);
/**
 * Keep the previous feed's events of case_id (a case the host cannot compute or even build:
 * a row with a typo) as they are: written unchanged at poort_feed_end, never cancelled.
 * After poort_feed_set_previous, before poort_feed_end; a later poort_feed_add_case of the id
 * replaces them. Events written before the '.' of case ids was escaped (the id as it was,
 * then '.') count as the case's.
 * @return POORT_OK (also when the previous feed has no event of the case); POORT_ERR_NULL;
 *         POORT_ERR_CASE_ID (not 1-64 bytes of A-Z a-z 0-9 . _ -); POORT_ERR_DUPLICATE (the
 *         case is already written); POORT_ERR_FEED_STATE (after poort_feed_end).
 */
POORT_API int32_t poort_feed_keep_case(poort_feed *f, const char *case_id);
/** Finish: the kept and the cancelled events of the previous feed, then END:VCALENDAR.
 *  With POORT_FEED_STRICT_ALL and a rejected case, nothing is written and the rejected case's
 *  status is returned (the message names the case).
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_FEED_STATE; POORT_ERR_WRITE; POORT_ERR_NOMEM;
 *          a rejected case's status. */
POORT_API int32_t poort_feed_end(poort_feed *f);
/** Take the internal buffer after poort_feed_end (write was NULL); freed with poort_free().
 *  @return POORT_OK; POORT_ERR_NULL; POORT_ERR_FEED_STATE. */
POORT_API int32_t poort_feed_take(poort_feed *f, char **out, size_t *len);
/** Number of events written so far (cancellations and unchanged events included); -1 for NULL. */
POORT_API int64_t poort_feed_event_count(const poort_feed *f);
/** Number of warnings so far: a previous feed that is not ours (poort_feed_begin), previous
 *  events cancelled because their case is not in the feed (poort_feed_end). -1 for NULL. */
POORT_API int32_t poort_feed_warning_count(const poort_feed *f);
/** Warning i (0 = first; at most 8 are kept), owned by f; NULL when there is no such warning. */
POORT_API const char *poort_feed_warning(const poort_feed *f, int32_t i);
/**
 * Convenience: the whole feed of one case with the settings of f (a fresh feed writer that
 * has not begun), into *out freed with poort_free().
 * @return as poort_feed_begin, poort_feed_add_case and poort_feed_end.
 */
POORT_API int32_t poort_case_ics(poort_case *c, poort_feed *f, char **out, size_t *len);

/* ======================================================================= sheet */

/**
 * A cases sheet: CSV as spreadsheets write it, one case per row, read row by row into
 * cases. The same reader serves the command-line tool and every binding, so a sheet means
 * the same everywhere.
 *
 * - Encoding: UTF-8 with or without BOM; a file that is not valid UTF-8 is read as
 *   Windows-1252 (with a warning); UTF-16 is refused with a message that says so. No-break
 *   spaces count as spaces.
 * - Syntax: ',' or ';' (whichever the header row holds more of, outside quotes); a
 *   tab-separated file is refused with a message that says so; CRLF, LF or CR line ends;
 *   cells in double quotes may hold the delimiter, newlines and "" for a quote. A quote that
 *   is never closed makes its row an error and reading goes on at the next line. Line
 *   numbers are physical lines of the file, so they stay right after quoted newlines.
 * - Header: the first row names the columns, in any order and any case; spaces and
 *   hyphens count as '_'. Each column has a name and Dutch aliases (see the README's
 *   table; e.g. zaak for case_id, ziekteperiodes for periods, maandloon for monthly_wage).
 *   Required: case_id, and periods or first_sick_day. Columns with another name are kept
 *   (poort_sheet_value) and named once in a warning; columns with an empty header are
 *   ignored. Two columns for the same fact are an error.
 * - Cells: dates as YYYY-MM-DD, YYYY-M-D, D-M-YYYY or DD-MM-YYYY; amounts in euros as
 *   2300, 2300,50, 2300.50, 2.300,50 or "EUR"/"€" before it (a single separator before
 *   exactly three digits is ambiguous and refused); hours and percentages with a decimal
 *   comma or point. Columns that take several values separate them with spaces. A
 *   sheet that gives the first sick day and the recovery date in two columns
 *   (first_sick_day, recovery) means the period first_sick_day ... recovery - 1: the
 *   recovery date is the first day fit again.
 * - Facts are applied in a fixed order, whatever the order of the columns.
 *
 * @par Ownership
 * poort_sheet_new() copies the data; free the sheet with poort_sheet_free(). Strings
 * returned by the accessors belong to the sheet: the header and warnings until it is freed,
 * the values of the current row until the next poort_sheet_next(). Each case returned by
 * poort_sheet_next() belongs to the caller (poort_case_free()).
 * @par Threads
 * A sheet is used by one thread at a time.
 */
typedef struct poort_sheet poort_sheet;

/**
 * Read the header of a sheet from data (len bytes). *out receives a new sheet even when
 * the file cannot be used (unless out of memory), so poort_sheet_errmsg() can say why.
 * @return POORT_OK; POORT_ERR_NULL; POORT_ERR_SHEET (UTF-16, tab-separated, no header,
 *         a required column missing, a fact in two columns); POORT_ERR_NOMEM.
 */
POORT_API int32_t poort_sheet_new(const char *data, size_t len, poort_sheet **out);
/** Free a sheet (NULL is accepted). */
POORT_API void poort_sheet_free(poort_sheet *s);
/**
 * The next row as a new case in *out, or *out = NULL and POORT_OK at the end. A row that
 * cannot be read returns its error (the status of the fact that failed, e.g.
 * POORT_ERR_DATE_INVALID, or POORT_ERR_SHEET) with a message "line N, case ID, column
 * NAME: "value": why" in poort_sheet_errmsg(); the row is left out and the next call reads
 * the row after it. Blank rows are skipped.
 */
POORT_API int32_t poort_sheet_next(poort_sheet *s, poort_case **out);
/** The message of the most recent failed call, "" after a successful one. */
POORT_API const char *poort_sheet_errmsg(const poort_sheet *s);
/** The physical line (1 = the header) on which the current row begins. */
POORT_API int32_t poort_sheet_line(const poort_sheet *s);
/**
 * The current row's cell in the column named column (its header as written, in any case,
 * or a canonical name or alias such as "case_id"): "" when the row has no text there, NULL
 * when the sheet has no such column.
 */
POORT_API const char *poort_sheet_value(const poort_sheet *s, const char *column);
/** Number of columns of the header. */
POORT_API size_t poort_sheet_column_count(const poort_sheet *s);
/** Column j's header as written (trimmed), or NULL when j is out of range. */
POORT_API const char *poort_sheet_column_name(const poort_sheet *s, size_t j);
/** The canonical name of the fact column j holds ("periods"), or NULL for a column the
 *  library does not read (kept for the host) or j out of range. */
POORT_API const char *poort_sheet_column_field(const poort_sheet *s, size_t j);
/** Warnings about the file as a whole (unknown columns, Windows-1252). */
POORT_API size_t poort_sheet_warning_count(const poort_sheet *s);
/** Warning i, or NULL when i is out of range. */
POORT_API const char *poort_sheet_warning(const poort_sheet *s, size_t i);

#ifdef __cplusplus
}
#endif

#endif /* POORTWACHTER_H */
