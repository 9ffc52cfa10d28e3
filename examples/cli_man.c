/*
 * The man page poortwachter(1) in man(7) format, written from the command and option tables
 * (the build runs poortwachter-man, poortwachter_man.c). Its examples are read with the
 * tool's own option reader first, so an example that the tool would refuse fails the build.
 */
#include "cli.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Write the UTF-8 sequence at p as \[uXXXX]; returns its length. */
static size_t put_utf8(FILE *f, const unsigned char *p)
{
	size_t n = p[0] >= 0xf0 ? 4 : p[0] >= 0xe0 ? 3 : p[0] >= 0xc0 ? 2 : 1;
	unsigned long c = p[0] & (0x7fu >> n);
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80) {
			fputc('?', f);
			return i;
		}
		c = c << 6 | (p[i] & 0x3fu);
	}
	if (n == 1)
		fputc('?', f);
	else
		fprintf(f, "\\[u%04lX]", c);
	return n;
}

/* Write s for man(7): a backslash as \e, other characters than ASCII as \[uXXXX], and a
 * hyphen as \- where it is typed (all of s when literal, else in options such as
 * --alarm-days), so that it is an ASCII hyphen when copied. */
static void esc(FILE *f, const char *s, int literal)
{
	int in_option = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '-' && !in_option && (p == (const unsigned char *)s || strchr(" ([", p[-1])) &&
		    (p[1] == '-' || isalpha(p[1])))
			in_option = 1;
		else if (in_option && !isalnum(*p) && *p != '-')
			in_option = 0;
		if (*p == '\\')
			fputs("\\e", f);
		else if (*p == '-' && (literal || in_option))
			fputs("\\-", f);
		else if (*p >= 0x80)
			p += put_utf8(f, p) - 1;
		else
			fputc(*p, f);
	}
}

/* A line of running text (a leading '.' or '\'' would make it a request). */
static void text_line(FILE *f, const char *s)
{
	if (s[0] == '.' || s[0] == '\'')
		fputs("\\&", f);
	esc(f, s, 0);
	fputc('\n', f);
}

/* "\fB\-\-period\fR \fIFIRST[:LAST]\fR", or "\fB\-o\fR, \fB\-\-output\fR \fIFILE\fR". */
static void option_tag(FILE *f, const struct cli_option *r)
{
	char meta[80];
	const char *m = option_metavar(r, meta, sizeof meta);
	if (r->id < 128)
		fprintf(f, "\\fB\\-%c\\fR, ", r->id);
	fputs("\\fB\\-\\-", f);
	esc(f, r->name, 1);
	fputs("\\fR", f);
	if (m[0]) {
		fputs(" \\fI", f);
		esc(f, m, 1);
		fputs("\\fR", f);
	}
}

/* One option in a synopsis: "--period FIRST[:LAST]" when needed, else in brackets. */
static void synopsis_option(FILE *f, const struct cli_option *r, int needed)
{
	char meta[80];
	const char *m = option_metavar(r, meta, sizeof meta);
	fputs(needed ? (m[0] ? ".BI \\-\\-" : ".B \\-\\-") : ".RB [ \\-\\-", f);
	esc(f, r->name, 1);
	if (m[0] && needed) {
		fputs(" \" ", f);
		esc(f, m, 1);
		fputs(r->repeat ? "\" \" ...\"\n" : "\"\n", f);
		return;
	}
	if (m[0]) {
		fputs("\n.IR ", f);
		esc(f, m, 1);
	}
	fputs(needed ? "\n" : r->repeat ? " ]...\n" : " ]\n", f);
}

/* The synopsis of a command: its needed options, then the others. With alt (an option that
 * stands in for a needed one, such as --cases) the options of the group it replaces go. */
static void man_synopsis_of(FILE *f, const struct cli_command *cmd, const struct cli_option *alt)
{
	const struct cli_option *replaced = alt ? cli_option_by_id(alt->instead_of) : NULL;
	fprintf(f, ".SY poortwachter\n.B %s\n", cmd->name);
	for (int needed = 1; needed >= 0; needed--)
		for (size_t i = 0; i < cli_option_count; i++) {
			const struct cli_option *r = &cli_options[i];
			if (!(r->commands & cmd->bit) || r->id == OPT_HELP || !(r->required & command_needs(cmd)) != !needed)
				continue;
			if (r == replaced)
				r = alt;
			else if (r->instead_of || (replaced && r->group == replaced->group))
				continue;
			synopsis_option(f, r, needed);
		}
	fputs(".YS\n", f);
}

static void man_synopsis(FILE *f)
{
	fputs(".SH SYNOPSIS\n.SY poortwachter\n.YS\n", f);
	for (size_t c = 0; c < cli_command_count; c++) {
		man_synopsis_of(f, &cli_commands[c], NULL);
		for (size_t i = 0; i < cli_option_count; i++)
			if (cli_options[i].instead_of && (cli_options[i].commands & cli_commands[c].bit))
				man_synopsis_of(f, &cli_commands[c], &cli_options[i]);
	}
	fputs(".SY poortwachter\n.RI [ command ]\n.B \\-\\-help\n.YS\n", f);
	fputs(".SY poortwachter\n.B \\-\\-version\n.YS\n", f);
}

static void man_description(FILE *f)
{
	fputs(".SH DESCRIPTION\n.B poortwachter\n", f);
	text_line(f, "computes what the Dutch Wet verbetering poortwachter asks during the first two years "
		     "of an employee's sickness: the timeline of deadlines of employer, employee and "
		     "bedrijfsarts, the re-integration dossier that UWV assesses, the wage continuation per "
		     "month, and a calendar feed of the deadlines. The rules are those of libpoortwachter, "
		     "which never reads the clock: the reference date and the calendar's timestamp are inputs.");
	fputs(".PP\n", f);
	text_line(f, "Without arguments it runs a built-in example case (see EXAMPLES). Otherwise the first "
		     "argument is one of these commands, followed by its options:");
	for (size_t i = 0; i < cli_command_count; i++) {
		fprintf(f, ".TP\n.B %s\n", cli_commands[i].name);
		text_line(f, cli_commands[i].summary);
	}
	fputs(".PP\n", f);
	text_line(f, "A command takes the options listed for it in SYNOPSIS; the others are accepted and "
		     "ignored. A bad value, a missing option or an unknown one is reported on standard "
		     "error with what was wrong, and nothing is written.");
	fputs(".PP\n", f);
	text_line(f, cli_value_notes);
}

static void man_options(FILE *f)
{
	char names[128], notes[256];
	fputs(".SH OPTIONS\n", f);
	for (int g = 0; g < GROUP_COUNT; g++) {
		int n;
		unsigned common = group_commands((enum option_group)g, CMD_ALL, &n);
		fprintf(f, ".SS \"%c%s", toupper((unsigned char)option_group_title[g][0]), option_group_title[g] + 1);
		if (common && common != CMD_ALL)
			fprintf(f, " (%s)", command_names(common, names, sizeof names));
		fputs("\"\n", f);
		for (size_t i = 0; i < cli_option_count; i++) {
			const struct cli_option *r = &cli_options[i];
			if ((int)r->group != g)
				continue;
			fputs(".TP\n", f);
			option_tag(f, r);
			fputc('\n', f);
			option_notes(r, CMD_ALL, !common && r->commands != CMD_ALL, notes, sizeof notes);
			text_line(f, r->help);
			if (notes[0]) {
				fputc('[', f);
				esc(f, notes, 0);
				fputs("]\n", f);
			}
		}
	}
}

static void man_cases_file(FILE *f)
{
	char line[256];
	fputs(".SH \"CASES FILE\"\n", f);
	snprintf(line, sizeof line, "A cases file for --%s (- for standard input) is a spreadsheet saved as CSV,",
		 option_name(OPT_CASES));
	text_line(f, line);
	text_line(f, "read by the library's sheet reader (poort_sheet_new in libpoortwachter(3)): a comma or "
		     "a semicolon, UTF-8 with or without a byte order mark or Windows-1252, CRLF, LF or CR. The "
		     "first row names the columns, in any order and any case, by the names below or their Dutch "
		     "aliases (zaak, ziekteperiodes, gedaan, maandloon, uren, ...); first_sick_day with recovery "
		     "(the first day fit again) may stand for periods. Dates are YYYY-MM-DD, D-M-YYYY or "
		     "DD-MM-YYYY, amounts 2300,50 or 2.300,50. Other columns are kept: timeline, dossier, wage "
		     "and agenda pass them on to their JSON and CSV output, and agenda and ics group by one "
		     "with --group-by. Each bad row is reported as FILE:LINE: message and left out; the other "
		     "cases are processed and the exit status is 1. The columns:");
	for (size_t i = 0; i < cli_option_count; i++) {
		const struct cli_option *r = &cli_options[i];
		if (!r->column)
			continue;
		snprintf(line, sizeof line, "like --%s%s%s", r->name, r->repeat ? "; several values" : "",
			 r->column_required ? "; required" : "");
		fputs(".TP\n.B ", f);
		esc(f, r->column, 1);
		fputc('\n', f);
		text_line(f, line);
	}
}

static void man_exit_status(FILE *f)
{
	fputs(".SH \"EXIT STATUS\"\n.TP\n.B 0\n", f);
	text_line(f, "The output was written.");
	fputs(".TP\n.B 1\n", f);
	text_line(f, "The output could not be written, or rows of a cases file were rejected (the feed has "
		     "the other cases).");
	fprintf(f, ".TP\n.B %d\n", EXIT_USAGE);
	text_line(f, "Wrong usage: an unknown command or option, a bad or missing value, a case that the "
		     "rules reject, or a file that cannot be used at all.");
}

/* A command line in an .EX block, broken before an option (with its value) that would
 * reach beyond column 64. */
static void example_block(FILE *f, const char *line)
{
	fputs(".PP\n.EX\n", f);
	size_t col = 0;
	for (const char *p = line; *p;) {
		size_t word = strcspn(p, " "), unit = word;
		const char *next = p + word + strspn(p + word, " ");
		if (p[0] == '-' && *next && next[0] != '-')
			unit += 1 + strcspn(next, " ");
		if (col && p[0] == '-' && col + 1 + unit > 64) {
			fputs(" \\e\n    ", f);
			col = 4;
		} else if (col) {
			fputc(' ', f);
			col++;
		}
		char buf[256];
		snprintf(buf, sizeof buf, "%.*s", (int)word, p);
		esc(f, buf, 1);
		col += word;
		p = next;
	}
	fputs("\n.EE\n", f);
}

/* The examples besides the built-in one; each is read and checked like a command line. */
static const struct {
	const char *what, *line;
} examples[] = {
	{"The timeline in English on 1 March 2026 of a sickness that began on 1 January 2026:",
	 "poortwachter timeline --period 2026-01-01 --today 2026-03-01 --lang en"},
	{"The dossier as JSON, with the problem analysis and the plan van aanpak present:",
	 "poortwachter dossier --period 2026-01-01 --today 2027-01-05 --present PROBLEEMANALYSE=2026-02-20 "
	 "--present PLAN_VAN_AANPAK=2026-02-24 --format json"},
	{"The wage continuation in December 2025 and January 2026 with a CAO that pays 100% in the first "
	 "year:",
	 "poortwachter wage --period 2025-01-16 --monthly-wage 2300 --hours-per-week 32 --cao 1-52:100 "
	 "--from 2025-12 --to 2026-01 --lang en"},
	{"One feed for the cases of a spreadsheet, carrying over the UIDs and SEQUENCE numbers of last "
	 "week's feed:",
	 "poortwachter ics --cases cases.csv --dtstamp 20261130T080000Z --previous feed.ics -o feed.ics"},
};

/* Read an example's command line as the tool would: 0, or an exit code after a message. */
static int check_example(const char *line)
{
	char words[512], *argv[64];
	size_t argc = 0;
	snprintf(words, sizeof words, "%s", line);
	for (char *w = strtok(words, " "); w && argc < 64; w = strtok(NULL, " "))
		argv[argc++] = w;
	const struct cli_command *cmd = argc > 1 ? cli_command_by_name(argv[1]) : NULL;
	if (!cmd)
		return usage_error("example \"%s\": no command", line);
	struct options o = {.c = poort_case_new()};
	int rc = o.c ? 0 : usage_error("out of memory");
	for (size_t i = 2; i < argc && !rc; i++) {
		const struct cli_option *r = NULL;
		for (size_t k = 0; k < cli_option_count && !r; k++)
			if ((argv[i][1] == '-' && strcmp(argv[i] + 2, cli_options[k].name) == 0) ||
			    (argv[i][1] == cli_options[k].id && argv[i][2] == '\0'))
				r = &cli_options[k];
		if (!r || argv[i][0] != '-' || !(r->commands & cmd->bit) || (r->kind != VALUE_NONE && i + 1 == argc))
			rc = usage_error("example \"%s\": %s is not an option of %s", line, argv[i], cmd->name);
		else
			rc = apply_option(&o, r->id, r->kind == VALUE_NONE ? NULL : argv[++i]);
	}
	if (!rc)
		rc = check_command(cmd, &o);
	poort_case_free(o.c);
	return rc;
}

/* The built-in example as the command lines that do the same, then the other examples. */
static int man_examples(FILE *f)
{
	char args[1024], line[1100];
	fputs(".SH EXAMPLES\n", f);
	text_line(f, "The built-in example, a relapse within four weeks with the first steps recorded,");
	example_block(f, "poortwachter");
	fputs(".PP\n", f);
	text_line(f, "prints the timeline of");
	example_command_line(args, sizeof args, CMD_TIMELINE, 0, 0);
	snprintf(line, sizeof line, "poortwachter timeline%s", args);
	example_block(f, line);
	fputs(".PP\n", f);
	text_line(f, "and writes the calendar feed of");
	example_command_line(args, sizeof args, CMD_ICS, 0, 0);
	snprintf(line, sizeof line, "poortwachter ics%s", args);
	example_block(f, line);
	for (size_t i = 0; i < sizeof examples / sizeof *examples; i++) {
		int rc = check_example(examples[i].line);
		if (rc)
			return rc;
		fputs(".PP\n", f);
		text_line(f, examples[i].what);
		example_block(f, examples[i].line);
	}
	return 0;
}

int cli_man(FILE *f)
{
	fputs(".\\\" poortwachter(1), written by poortwachter-man from the tables of the command-line tool\n", f);
	fprintf(f, ".TH POORTWACHTER 1 \"\" \"libpoortwachter %s\" \"User Commands\"\n", poort_version_string());
	/* ids and options are not hyphenated (HY: what the man macros restore), lines not stretched */
	fputs(".nr HY 0\n.nh\n.ad l\n", f);
	fputs(".SH NAME\npoortwachter \\- deadlines, dossier, wage continuation and calendar of a sick employee "
	      "under the Wet verbetering poortwachter\n", f);
	man_synopsis(f);
	man_description(f);
	man_options(f);
	man_cases_file(f);
	man_exit_status(f);
	return man_examples(f);
}
