/* --help of the command-line tool, written from the command and option tables. */
#include "cli.h"

#include <stdarg.h>
#include <string.h>

const char cli_value_notes[] =
	"Dates are YYYY-MM-DD. Milestone ids: ZIEKMELDING_ARBODIENST PROBLEEMANALYSE PLAN_VAN_AANPAK "
	"EVALUATIE MELDING_UWV_42 EERSTEJAARSEVALUATIE SPOOR2_BESLUIT UWV_WIA_BRIEF ACTUEEL_OORDEEL "
	"EINDEVALUATIE REINTEGRATIEVERSLAG WIA_AANVRAAG EINDE_DIENSTVERBAND_MELDING. Dossier items: "
	"ADMINISTRATIEVE_GEGEVENS AARD_VAN_HET_BEDRIJF FUNCTIE BEKWAAMHEDEN EERSTE_ZIEKTEDAG PROBLEEMANALYSE "
	"PLAN_VAN_AANPAK EERSTEJAARSEVALUATIE EINDEVALUATIE OORDEEL_ARBEIDSRELATIE ACTUEEL_OORDEEL "
	"OORDEEL_PASSENDE_ARBEID OORDEEL_WERKNEMER MEDISCHE_INFORMATIE (the date it was sent to UWV; never "
	"its content).";

#define HELP_WIDTH 79
#define HELP_COLUMN 32 /* where the help of an option starts */

/* A bounded text that is appended to. */
struct text {
	char *buf;
	size_t size, len;
};

static void add(struct text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add(struct text *t, const char *fmt, ...)
{
	if (t->len >= t->size)
		return;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(t->buf + t->len, t->size - t->len, fmt, ap);
	va_end(ap);
	t->len = n < 0 ? t->size : t->len + (size_t)n;
}

const char *command_names(unsigned set, char *buf, size_t size)
{
	struct text t = {buf, size, 0};
	buf[0] = '\0';
	for (size_t i = 0; i < cli_command_count; i++)
		if (set & cli_commands[i].bit)
			add(&t, "%s%s", t.len ? ", " : "", cli_commands[i].name);
	return buf;
}

void example_command_line(char *buf, size_t size, unsigned take, unsigned skip, int except)
{
	struct text t = {buf, size, 0};
	buf[0] = '\0';
	for (size_t i = 0; i < cli_example_count; i++) {
		const struct cli_option *r = cli_option_by_id(cli_example[i].opt);
		if ((r->commands & take) && !(r->commands & skip) && r->id != except)
			add(&t, " --%s %s", r->name, cli_example[i].value);
	}
}

/* Write text word-wrapped, going on at column col; further lines start at column indent. */
static void wrap(FILE *f, const char *text, int col, int indent)
{
	int first = 1;
	for (const char *p = text; *p;) {
		int word = (int)strcspn(p, " ");
		if (!first && col + 1 + word > HELP_WIDTH) {
			fprintf(f, "\n%*s", indent, "");
			col = indent;
		} else if (!first) {
			fputc(' ', f);
			col++;
		}
		fwrite(p, 1, (size_t)word, f);
		col += word;
		first = 0;
		for (p += word; *p == ' '; p++)
			;
	}
	fputc('\n', f);
}

/* A given option of cmd that stands in for the needed option r, or NULL. */
static const struct cli_option *alternative(const struct cli_option *r, unsigned take)
{
	for (size_t i = 0; i < cli_option_count; i++)
		if (cli_options[i].instead_of == r->id && (cli_options[i].commands & take))
			return &cli_options[i];
	return NULL;
}

void option_notes(const struct cli_option *r, unsigned take, int show_commands, char *buf, size_t size)
{
	char names[128];
	struct text t = {buf, size, 0};
	buf[0] = '\0';
	if (show_commands)
		add(&t, "%s", command_names(r->commands, names, sizeof names));
	if (r->repeat)
		add(&t, "%smay repeat", t.len ? "; " : "");
	if (!(r->required & take))
		return;
	const struct cli_option *alt = alternative(r, take);
	add(&t, "%srequired", t.len ? "; " : "");
	if ((r->required & take) != (r->commands & take))
		add(&t, " by %s", command_names(r->required & take, names, sizeof names));
	if (alt && (alt->commands & r->required & take) != (r->required & take))
		add(&t, " unless %s --%s", command_names(alt->commands & take, names, sizeof names), alt->name);
	else if (alt)
		add(&t, " unless --%s", alt->name);
}

unsigned group_commands(enum option_group g, unsigned take, int *count)
{
	unsigned common = 0;
	int n = 0, uniform = 1;
	for (size_t i = 0; i < cli_option_count; i++) {
		const struct cli_option *r = &cli_options[i];
		if (r->group != g || !(r->commands & take))
			continue;
		uniform &= n == 0 || r->commands == common;
		common = r->commands;
		n++;
	}
	*count = n;
	return uniform ? common : 0;
}

static void print_option(FILE *f, const struct cli_option *r, unsigned take, int show_commands)
{
	char label[80], meta[80], notes[256], help[1024];
	const char *m = option_metavar(r, meta, sizeof meta);
	if (r->id < 128)
		snprintf(label, sizeof label, "-%c, --%s%s%s", r->id, r->name, m[0] ? " " : "", m);
	else
		snprintf(label, sizeof label, "--%s%s%s", r->name, m[0] ? " " : "", m);
	option_notes(r, take, show_commands, notes, sizeof notes);
	snprintf(help, sizeof help, notes[0] ? "%s [%s]" : "%s", r->help, notes);
	if (fprintf(f, "  %-*s", HELP_COLUMN - 3, label) > HELP_COLUMN - 1)
		fprintf(f, "\n%*s", HELP_COLUMN, "");
	else
		fputc(' ', f);
	wrap(f, help, HELP_COLUMN, HELP_COLUMN);
}

/* The options of group g that belong to a command of take; the whole tool's help names the
 * commands of an option when they differ from those of the other options of its group. */
static void print_group(FILE *f, enum option_group g, unsigned take, int whole_tool)
{
	int n;
	unsigned common = group_commands(g, take, &n);
	if (!n)
		return;
	char names[128] = "";
	if (whole_tool && common && common != CMD_ALL)
		fprintf(f, "\n%s (%s):\n", option_group_title[g], command_names(common, names, sizeof names));
	else
		fprintf(f, "\n%s:\n", option_group_title[g]);
	for (size_t i = 0; i < cli_option_count; i++) {
		const struct cli_option *r = &cli_options[i];
		if (r->group == g && (r->commands & take))
			print_option(f, r, take, whole_tool && !common && r->commands != CMD_ALL);
	}
}

static void print_columns(FILE *f)
{
	fprintf(f, "\ncolumns of a cases file (--%s), in any order:\n", option_name(OPT_CASES));
	for (size_t i = 0; i < cli_option_count; i++) {
		const struct cli_option *r = &cli_options[i];
		if (r->column)
			fprintf(f, "  %-18s like --%s%s%s\n", r->column, r->name,
				r->repeat ? ", several separated by spaces" : "",
				r->column_required ? " (required)" : "");
	}
	fputs("  first_sick_day     with recovery (the first day fit again): a period, instead of periods\n"
	      "  (Dutch names such as zaak, ziekteperiodes, maandloon, uren count too; other columns are\n"
	      "  kept, passed on to the output and usable with --group-by)\n", f);
}

/* "poortwachter ics --period FIRST[:LAST] --dtstamp YYYYMMDDTHHMMSSZ [options]", with alt
 * (when not NULL) in place of the needed option it stands in for. */
static void print_synopsis(FILE *f, const char *lead, const struct cli_command *cmd, const struct cli_option *alt)
{
	char meta[80];
	fprintf(f, "%spoortwachter %s", lead, cmd->name);
	for (size_t i = 0; i < cli_option_count; i++) {
		const struct cli_option *r = &cli_options[i];
		if (!(r->required & command_needs(cmd)))
			continue;
		if (alt && alt->instead_of == r->id)
			r = alt;
		fprintf(f, " --%s %s", r->name, option_metavar(r, meta, sizeof meta));
	}
	fputs(" [options]\n", f);
}

static void print_usage(FILE *f, const struct cli_command *cmd)
{
	if (cmd) {
		print_synopsis(f, "usage: ", cmd, NULL);
		for (size_t i = 0; i < cli_option_count; i++)
			if (cli_options[i].instead_of && (cli_options[i].commands & cmd->bit))
				print_synopsis(f, "       ", cmd, &cli_options[i]);
		fprintf(f, "%s\n", cmd->summary);
		return;
	}
	char s[64];
	fprintf(f, "usage: %-34s%s\n", "poortwachter", "run the built-in example case");
	for (size_t i = 0; i < cli_command_count; i++) {
		snprintf(s, sizeof s, "poortwachter %s [options]", cli_commands[i].name);
		fprintf(f, "       %-34s%s\n", s, cli_commands[i].summary);
	}
	fprintf(f, "       %-34s%s\n", "poortwachter COMMAND --help", "the options of one command");
	fprintf(f, "       %-34s%s\n", "poortwachter --version", "the version");
}

void cli_help(FILE *f, const struct cli_command *cmd)
{
	unsigned take = cmd ? cmd->bit : CMD_ALL;
	print_usage(f, cmd);
	for (int g = 0; g < GROUP_COUNT; g++)
		print_group(f, (enum option_group)g, take, cmd == NULL);
	if (cli_option_by_id(OPT_CASES)->commands & take)
		print_columns(f);
	fputc('\n', f);
	wrap(f, cli_value_notes, 0, 0);
}
