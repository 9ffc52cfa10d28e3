/*
 * poortwachter — command-line tool over libpoortwachter's public API.
 *
 *   poortwachter                  the built-in example case
 *   poortwachter COMMAND ...      a command of the command table (see --help)
 *
 * Commands and options are dispatched through the two tables of cli.h.
 */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

/* getopt_long's tables, from the option table. */
static void getopt_tables(struct option lo[CLI_MAX_OPTIONS + 1], char shorts[2 * CLI_MAX_OPTIONS + 1])
{
	size_t n = 0, k = 0;
	for (size_t i = 0; i < cli_option_count; i++) {
		const struct cli_option *r = &cli_options[i];
		int has_arg = r->kind == VALUE_NONE ? no_argument : required_argument;
		lo[n++] = (struct option){r->name, has_arg, NULL, r->id};
		if (r->id < 128) {
			shorts[k++] = (char)r->id;
			if (has_arg)
				shorts[k++] = ':';
		}
	}
	lo[n] = (struct option){NULL, 0, NULL, 0};
	shorts[k] = '\0';
}

/* Read the options of a command, check what it needs, then run its handler. */
static int run_command(const struct cli_command *cmd, int argc, char **argv, struct options *o)
{
	struct option lo[CLI_MAX_OPTIONS + 1];
	char shorts[2 * CLI_MAX_OPTIONS + 1];
	getopt_tables(lo, shorts);
	int opt, rc;
	opterr = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, shorts, lo, NULL)) != -1) {
		if (opt == OPT_HELP) {
			cli_help(stdout, cmd);
			return 0;
		}
		if (opt == '?' || opt == ':')
			return usage_error("%s: unknown option or missing value", argv[optind - 1]);
		if ((rc = apply_option(o, opt, optarg)) != 0)
			return rc;
	}
	if (optind < argc)
		return usage_error("unexpected argument '%s'", argv[optind]);
	if ((rc = check_command(cmd, o)) != 0)
		return rc;
	return cmd->run(o);
}

/* The built-in example: its options applied to one case, then the timeline printed and the
 * calendar feed written, each shown as the command line that does the same. */
static int run_example(struct options *o)
{
	const struct cli_command *timeline = cli_command_by_name("timeline");
	const struct cli_command *ics = cli_command_by_name("ics");
	char line[1024];
	example_command_line(line, sizeof line, timeline->bit, 0, 0);
	printf("Voorbeeldcasus / example case: poortwachter %s%s\n\n", timeline->name, line);
	for (size_t i = 0; i < cli_example_count; i++) {
		int rc = apply_option(o, cli_example[i].opt, cli_example[i].value);
		if (rc)
			return rc;
	}
	int rc = check_command(timeline, o);
	if (rc == 0)
		rc = timeline->run(o);
	if (rc == 0)
		rc = check_command(ics, o);
	if (rc == 0)
		rc = ics->run(o);
	if (rc == 0) {
		example_command_line(line, sizeof line, ics->bit, timeline->bit, OPT_OUTPUT);
		printf("\nKalender / calendar: %s (poortwachter %s%s)\n", o->output, ics->name, line);
	}
	return rc;
}

int main(int argc, char **argv)
{
	struct options o = {.today = POORT_DATE_NONE, .due_soon = 14, .lang = POORT_LANG_NL,
			    .wage_cents = -1, .hours = -1, .from = POORT_DATE_NONE, .to = POORT_DATE_NONE};
	o.c = poort_case_new();
	if (!o.c) {
		fputs("poortwachter: out of memory\n", stderr);
		return 1;
	}
	int rc;
	const struct cli_command *cmd = argc > 1 ? cli_command_by_name(argv[1]) : NULL;
	if (argc == 1) {
		rc = run_example(&o);
	} else if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		cli_help(stdout, NULL);
		rc = 0;
	} else if (strcmp(argv[1], "--version") == 0) {
		printf("poortwachter %s\n", poort_version_string());
		rc = 0;
	} else if (cmd) {
		rc = run_command(cmd, argc - 1, argv + 1, &o);
	} else {
		rc = usage_error("unknown command '%s'", argv[1]);
	}
	poort_case_free(o.c);
	return rc;
}
