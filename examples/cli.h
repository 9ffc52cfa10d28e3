/*
 * Shared parts of the command-line tool: its two tables, in the style of libgit2's `lg2`
 * (a command table of name and handler) and curl's `aliases[]` (an option table).
 *
 * The option table says everything about an option: its name, how its value is read, what
 * it sets, its help text, its column in a cases file and the commands it belongs to. The
 * command table names each command's handler, its bit in those command sets and its summary.
 * --help, the man page, the columns of a cases file and the built-in example come from them.
 */
#ifndef CLI_H
#define CLI_H

#include "poortwachter.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define EXIT_USAGE 2

/* What the options of one command line (or one row of a cases file) add up to. */
struct options {
	poort_case *c;
	int64_t wage_cents;
	int32_t hours, from, to;
	int32_t today;
	int32_t due_soon;
	int32_t lang;
	int format;     /* FORMAT_* */
	int csv_plain;  /* CSV as RFC 4180 (',', '.', no BOM) instead of Dutch Excel's */
	int include_dossier;
	int reminders, all_or_nothing;
	int32_t alarm_days, include;
	const char *output, *previous, *cases, *uid_domain, *name, *dtstamp, *group_by;
	const char *alarm_time, *case_url;
	int32_t keep_past, keep_cancelled; /* when given (see .given) */
	const poort_sheet *sheet; /* the sheet o->c was read from (a row of --cases), or NULL */
	const char *params;       /* --params FILE: statutory rows added to the built-in ones */
	poort_params *tables;     /* the built-in rows plus those of --params (wage), or NULL */
	uint64_t given; /* bit i: cli_options[i] was given */
};

/* The words of --format: text, json and csv; svg for timeline, markdown and html for rules
 * (check_command). */
enum { FORMAT_TEXT, FORMAT_JSON, FORMAT_CSV, FORMAT_MARKDOWN, FORMAT_HTML, FORMAT_SVG };
#define FORMAT_BIT(f) (1u << (f))
#define CLI_MAX_OPTIONS 64 /* the bits of struct options.given */

/* The options' ids: what getopt_long returns for them. */
enum {
	OPT_PERIOD = 256, OPT_LEAVE, OPT_DONE, OPT_DEPARTURE, OPT_EXTENSION, OPT_LOONSANCTIE,
	OPT_EMPLOYMENT_END, OPT_CASE_ID, OPT_TODAY, OPT_DUE_SOON, OPT_LANG, OPT_FORMAT, OPT_HELP,
	OPT_PRESENT, OPT_MONTHLY_WAGE, OPT_HOURS, OPT_BIRTH_DATE, OPT_AGE, OPT_AOW_DATE,
	OPT_WAITING_DAYS, OPT_CAO, OPT_PARTIAL, OPT_PARTIAL_PAY, OPT_FULLTIME_HOURS,
	OPT_EXTENSION_PERCENT, OPT_FROM, OPT_TO, OPT_DTSTAMP, OPT_PREVIOUS, OPT_ALARM_DAYS,
	OPT_REMINDER_EVENTS, OPT_UID_DOMAIN, OPT_NAME, OPT_INCLUDE, OPT_CASES, OPT_GROUP_BY, OPT_DAYS,
	OPT_INCLUDE_DOSSIER, OPT_CSV_PLAIN, OPT_ALARM_TIME, OPT_CASE_URL, OPT_KEEP_PAST, OPT_KEEP_CANCELLED, OPT_ALL_OR_NOTHING,
	OPT_PARAMS, OPT_BBL,
	OPT_OUTPUT = 'o'
};

/* The commands as bits of a set: an option lists the commands it belongs to. */
enum { CMD_TIMELINE = 1, CMD_DOSSIER = 2, CMD_WAGE = 4, CMD_ICS = 8, CMD_AGENDA = 16, CMD_ALL = 31 };
/* The rule catalogue, and the printable report, which also takes the options of the
 * timeline, the dossier and the wage (its row's bit has all four). */
enum { CMD_RULES = 1 << 6, CMD_REPORT = 1 << 7 };

/* How an option's value is read. */
enum value_kind {
	VALUE_NONE,        /* a switch without a value */
	VALUE_TEXT,        /* text, passed on as it is */
	VALUE_DATE,        /* YYYY-MM-DD */
	VALUE_WHOLE,       /* a whole number .min ... .max */
	VALUE_DECIMAL,     /* a number with at most two decimals, 0 ... .max hundredths */
	VALUE_CHOICE,      /* one of the words of .choices */
	VALUE_PERIOD,      /* FIRST[:LAST] */
	VALUE_LEAVE,       /* FIRST:LAST[:other-cause] */
	VALUE_ASSIGNMENT,  /* ID=DATE */
	VALUE_LOONSANCTIE, /* DECISION:WEEKS[:BEKORTING] */
	VALUE_CAO,         /* FROM-TO:PCT[:capped] */
	VALUE_PARTIAL,     /* FIRST:LAST:HOURS */
	VALUE_MONTH,       /* YYYY-MM */
};

/* A value once read; which members are set depends on the kind (see apply_option). */
struct value {
	int32_t a, b, c, d;
	int64_t n;
	const char *text;
	char id[64];
};

/* A word of a VALUE_CHOICE option; a word with the value of an earlier one is an alias. */
struct choice {
	const char *word;
	int32_t value;
};

/* Where an option is listed in --help and the man page. */
enum option_group { GROUP_CASE, GROUP_WAGE, GROUP_CALENDAR, GROUP_OUTPUT, GROUP_COUNT };
extern const char *const option_group_title[GROUP_COUNT];

struct cli_option {
	const char *name;             /* long name, without "--" */
	int id;                       /* OPT_*; a printable one is also the short option */
	enum value_kind kind;
	const char *metavar;          /* how the value is written; a choice lists its words */
	int32_t min;                  /* VALUE_WHOLE */
	int64_t max;                  /* VALUE_WHOLE, VALUE_DECIMAL */
	const struct choice *choices; /* VALUE_CHOICE, ending with {NULL, 0} */
	const char *why;              /* message for a bad value instead of the reader's */
	/* Store a value read: POORT_OK, or a status whose message the case holds. */
	int32_t (*set)(struct options *o, const struct value *v);
	unsigned commands;            /* CMD_* bits: the commands it belongs to */
	unsigned required;            /* CMD_* bits: the commands that need it */
	const char *missing;          /* the message when it is needed and missing; %s: the command */
	int instead_of;               /* OPT_* of a needed option that this one replaces: not both */
	int repeat;                   /* may be given several times (a cell: separated by spaces) */
	const char *column;           /* its column in a cases file, or NULL */
	int column_required;          /* the header of a cases file must have the column */
	enum option_group group;
	const char *help;             /* a sentence or two; --help wraps it */
};

extern const struct cli_option cli_options[];
extern const size_t cli_option_count;

/* The row of an option id, or NULL. */
const struct cli_option *cli_option_by_id(int id);
/* Whether o has the option of that row. */
int option_given(const struct options *o, const struct cli_option *r);
/* The metavar of a row (a choice: its words joined by '|'), or "" for a switch. */
const char *option_metavar(const struct cli_option *r, char *buf, size_t size);

/* Apply one option to o; returns 0, or an exit code after printing why. */
int apply_option(struct options *o, int opt, const char *arg);
/* The long name of an option id, e.g. "period". */
const char *option_name(int opt);

struct cli_command {
	const char *name;
	int (*run)(struct options *o); /* returns the exit code */
	unsigned bit;                  /* its CMD_* bit: it takes the options that have it */
	const char *summary;
};

/* The handlers: each produces its command's output from the options. */
int cmd_timeline(struct options *o);
int cmd_dossier(struct options *o);
int cmd_wage(struct options *o);
int cmd_ics(struct options *o);
int cmd_agenda(struct options *o);
int cmd_rules(struct options *o);  /* cli_rules.c */
int cmd_report(struct options *o); /* cli_report_html.c */

extern const struct cli_command cli_commands[];
extern const size_t cli_command_count;

/* The command of that name, or NULL. */
const struct cli_command *cli_command_by_name(const char *name);
/* The CMD_* bits whose required options a command needs: its bit, except that the report
 * takes the wage options without needing them (no wage: no wage section). */
unsigned command_needs(const struct cli_command *cmd);
/* What a command needs beyond its options' values (cli_option.required and .instead_of);
 * returns 0, or an exit code after printing why. */
int check_command(const struct cli_command *cmd, const struct options *o);

/* The built-in example: options in the order they are shown, applied to one case. */
struct example_arg {
	int opt;
	const char *value;
};
extern const struct example_arg cli_example[];
extern const size_t cli_example_count;
/* The file the built-in example writes its feed to. */
#define CLI_EXAMPLE_FEED "poortwachter-example.ics"
/* " --period 2026-01-01:2026-03-15 ...": the example's options that belong to a command of
 * `take` and to none of `skip`, leaving out the option `except` (0: none). */
void example_command_line(char *buf, size_t size, unsigned take, unsigned skip, int except);

/* The names of the commands in a CMD_* set, e.g. "timeline, dossier". */
const char *command_names(unsigned set, char *buf, size_t size);

/* What --help and the man page add to an option's help, e.g. "dossier, ics; may repeat":
 * the commands it belongs to (when show_commands), whether it may repeat and whether a
 * command of take needs it; "" when nothing. */
void option_notes(const struct cli_option *r, unsigned take, int show_commands, char *buf, size_t size);
/* The commands of the options of group g that belong to a command of take, when they are the
 * same for all of them, else 0; *count: how many there are. */
unsigned group_commands(enum option_group g, unsigned take, int *count);

/* --help: the whole tool (cmd NULL) or one command. */
void cli_help(FILE *f, const struct cli_command *cmd);
/* The man page poortwachter(1) in man(7) format; returns 0, or an exit code after a message
 * when one of its examples is not a valid command line. */
int cli_man(FILE *f);
/* "Dates are YYYY-MM-DD. Milestone ids: ...": what every command's help ends with. */
extern const char cli_value_notes[];

/* Messages start with this prefix: "poortwachter" on the command line, "FILE:LINE" for a
 * row of a cases file. With a row prefix the "(see --help)" hint is left out. */
void set_error_prefix(const char *prefix, int row);
/* Where messages go (standard error by default; NULL: nowhere, for the fuzz targets). */
void set_error_stream(FILE *stream);
int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A whole file, or standard input for "-", NUL-terminated; NULL after a message naming
 * option when it cannot be read. Free it with free(). */
char *read_input(const char *option, const char *path, size_t *len);

/* What read_cases does with the rows of a sheet. */
struct row_handler {
	/* After the header, before the first row (may be NULL); nonzero stops. */
	int (*begin)(void *ctx, const poort_sheet *s);
	/* A row read: o is the defaults with o->c the row's case and o->sheet the sheet;
	 * returns 0, or nonzero (after a message) when the row could not be used. */
	int (*row)(void *ctx, struct options *o);
	/* A row the sheet could not read (after its message), its cells still readable with
	 * poort_sheet_value (may be NULL). */
	void (*bad)(void *ctx, const poort_sheet *s);
	int quiet; /* the sheet's own messages (bad rows, warnings) are not printed */
};

/* Read a cases sheet (poort_sheet: see README) and hand each row to h; a bad row is reported
 * as "FILE:LINE: message" on standard error and counted, the other rows go on. Returns the
 * number of rejected rows, or -1 when the file itself is unusable. */
int read_cases(const char *path, const char *text, size_t len, const struct options *defaults,
	       const struct row_handler *h, void *ctx);
/* read_cases over the file of --cases with o as the defaults of every row; -1 (after a
 * message) when the file cannot be read or used. */
int read_cases_option(const struct options *o, const struct row_handler *h, void *ctx);
/* Messages from now on start with "FILE:LINE" (line 0: "FILE"). */
void set_row_prefix(const char *path, int32_t line);
/* "FILE: N row(s) rejected; ...": the summary of a run over a sheet; returns its exit code. */
int rejected_rows(const char *path, int rejected, const char *what);

/* CSV output: Dutch Excel's (';', a BOM, decimal comma) or plain RFC 4180 (',', '.');
 * CRLF line ends either way. */
struct csv {
	FILE *f;
	int plain, first;
};
void csv_begin(struct csv *w, FILE *f, int plain);
void csv_cell(struct csv *w, const char *text);
void csv_int(struct csv *w, int64_t n);
/* A value in hundredths (cents, basis points) with the decimal separator of the format. */
void csv_hundredths(struct csv *w, int64_t n);
void csv_date(struct csv *w, int32_t date);
void csv_end_row(struct csv *w);
/* The columns every row of a sheet begins with: case_id, then each column the library does
 * not read (as written in the sheet's header). */
void csv_case_head(struct csv *w, const poort_sheet *s);
void csv_case_cells(struct csv *w, const struct options *o);

/* What timeline, dossier and wage print, for one case or for each row of --cases. */
struct report {
	const char *member; /* "timeline": the member of a sheet row's JSON object */
	void (*csv_head)(struct csv *w); /* the command's own CSV columns */
	/* One case in o->format: text and CSV rows printed, JSON text returned in *json
	 * (poort_free); returns 0, or an exit code after a message. */
	int (*one)(struct options *o, struct csv *w, char **json, size_t *len);
};
int run_report(struct options *o, const struct report *rp);
/* "Today" of the statuses: --today, else the system date (stored in o). */
int32_t reference_date(struct options *o);
/* A case that cannot be computed: its message, after "case ID: " for a sheet row; returns
 * the exit code. */
int case_error(const struct options *o, const char *message);
extern const char *const weekday_name[2][8];
extern const char *const status_label[2][7];

/* A JSON string (quotes and escapes). */
void json_string(FILE *f, const char *text);
/* "\"case_id\":\"A\",\"columns\":{...}": a sheet row's id and the columns the library
 * does not read, for an object that describes the row. */
void json_case_members(FILE *f, const struct options *o);

#endif
