"""The command-line tool: built-in example, JSON output, check values, usage errors.

Run by meson test with the tool's path as the first argument.
"""

import json
import re
import shlex
import os
import pathlib
import subprocess
import sys
import tempfile
import unittest

TOOL = None
# meson test --setup valgrindtool runs the tool under valgrind
WRAPPER = shlex.split(os.environ.get("POORTWACHTER_TOOL_WRAPPER", ""))


def run(*args, cwd=None):
    return subprocess.run(WRAPPER + [TOOL, *args], capture_output=True, text=True, timeout=600, cwd=cwd)


class Example(unittest.TestCase):
    def test_no_options_runs_the_example(self):
        with tempfile.TemporaryDirectory() as d:
            r = run(cwd=d)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn("PROBLEEMANALYSE", r.stdout)
            self.assertIn("EINDE_WACHTTIJD", r.stdout)
            # the example has 21 interruption days: the 104 weeks end 21 days later
            self.assertIn("2028-01-19", r.stdout)
            self.assertIn("21 dagen onderbreking", r.stdout)
            ics = pathlib.Path(d, "poortwachter-example.ics").read_bytes()
            self.assertTrue(ics.startswith(b"BEGIN:VCALENDAR\r\n"))
            self.assertEqual(ics.count(b"BEGIN:VEVENT"), 26)
            self.assertIn(b"UID:example-0001.PROBLEEMANALYSE@poortwachter.invalid", ics)
            again = run(cwd=d)
            self.assertEqual(r.stdout, again.stdout)
            self.assertEqual(ics, pathlib.Path(d, "poortwachter-example.ics").read_bytes())

    def test_help(self):
        r = run("--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("--loonsanctie DECISION:WEEKS[:BEKORTING]", r.stdout)


class Help(unittest.TestCase):
    """--help comes from the option table; the expected sets are the README's usage lines."""
    CASE = {"--period", "--leave", "--done", "--departure", "--extension-until", "--loonsanctie",
            "--employment-end", "--case-id"}
    OPTIONS = {
        "timeline": CASE | {"--today", "--due-soon", "--lang", "--format", "--csv-plain", "--cases"},
        "dossier": CASE | {"--present", "--today", "--lang", "--format", "--csv-plain", "--cases"},
        "wage": CASE | {"--monthly-wage", "--hours-per-week", "--birth-date", "--age", "--aow-date",
                        "--waiting-days", "--cao", "--partial", "--partial-pay", "--fulltime-hours",
                        "--extension-percent", "--bbl", "--params", "--from", "--to", "--lang",
                        "--format", "--csv-plain", "--cases"},
        # --present: the cases file's present column, and --include dossier's items
        "ics": CASE | {"--present", "--dtstamp", "--previous", "--lang", "--alarm-days",
                       "--reminder-events", "--uid-domain", "--name", "--include", "--output", "--cases",
                       "--group-by", "--alarm-time", "--case-url", "--keep-past", "--keep-cancelled",
                       "--all-or-nothing"},
        "agenda": CASE | {"--present", "--today", "--days", "--include-dossier", "--group-by", "--lang",
                          "--format", "--csv-plain", "--cases"},
    }
    COLUMNS = ["case_id", "periods", "done", "leave", "extension_until", "loonsanctie",
               "employment_end", "departure", "present", "monthly_wage", "hours_per_week", "birth_date",
               "age", "aow_date", "waiting_days", "cao", "partial", "partial_pay", "fulltime_hours",
               "extension_percent"]

    @staticmethod
    def listed(text):
        return set(re.findall(r"^  (?:-\w, )?(--[a-z-]+)", text, re.M))

    def test_each_command_lists_its_options(self):
        for cmd, options in self.OPTIONS.items():
            with self.subTest(cmd=cmd):
                r = run(cmd, "--help")
                self.assertEqual((r.returncode, r.stderr), (0, ""))
                self.assertEqual(self.listed(r.stdout), options | {"--help"})
                self.assertTrue(r.stdout.startswith(f"usage: poortwachter {cmd} --period FIRST[:LAST]"))
        self.assertIn("-o, --output FILE", run("ics", "--help").stdout)
        self.assertIn("\n       poortwachter ics --cases FILE --dtstamp YYYYMMDDTHHMMSSZ [options]\n",
                      run("ics", "--help").stdout)

    def test_whole_tool(self):
        r = run("--help")
        self.assertEqual(self.listed(r.stdout), set().union(*self.OPTIONS.values()) | {"--help"})
        for cmd in self.OPTIONS:
            self.assertRegex(r.stdout, rf"\n +poortwachter {cmd} \[options\] +\S")
        self.assertEqual(re.findall(r"^  (\w+) +like --", r.stdout, re.M), self.COLUMNS)
        self.assertEqual(run("-h").stdout, r.stdout)

    def test_options_of_other_commands_are_accepted_and_ignored(self):
        base = ["timeline", "--period", "2026-01-01", "--today", "2026-03-01"]
        plain = run(*base)
        other = run(*base, "--dtstamp", "x", "--monthly-wage", "2300", "--present", "FUNCTIE=2026-01-02")
        self.assertEqual((other.returncode, other.stdout, other.stderr), (0, plain.stdout, ""))

    def test_what_a_command_needs_in_order(self):
        with tempfile.TemporaryDirectory() as d:
            cases = os.path.join(d, "cases.csv")
            pathlib.Path(cases).write_text("case_id,periods\nA,2026-01-01\n")
            for args, text in [
                (["ics", "--cases", cases, "--period", "2026-01-01"],
                 "give either --cases or the options of one case"),
                (["ics", "--period", "2026-01-01"],
                 "ics needs --dtstamp YYYYMMDDTHHMMSSZ (the calendar's timestamp is an input)"),
                (["wage", "--period", "2026-01-01", "--monthly-wage", "2300"],
                 "wage needs --monthly-wage and --hours-per-week"),
                (["ics", "--dtstamp", "20261123T080000Z"], "ics needs at least one --period"),
            ]:
                with self.subTest(args=args):
                    r = run(*args)
                    self.assertEqual(r.returncode, 2)
                    self.assertEqual(r.stderr, f"poortwachter: {text}\n(see 'poortwachter --help')\n")

    def test_cases_file_columns_in_messages(self):
        with tempfile.TemporaryDirectory() as d:
            cases = os.path.join(d, "cases.csv")
            # the messages of the library's sheet reader (tests/test_sheet.c checks them)
            for header, text in [
                ("case_id,done", "the header needs a column case_id (or zaak) and a column periods (or "
                                 "first_sick_day)"),
                ("case_id,periods,done,done", 'the columns "done" and "done" both hold done'),
            ]:
                with self.subTest(header=header):
                    pathlib.Path(cases).write_text(header + "\n")
                    r = run("ics", "--cases", cases, "--dtstamp", "20261123T080000Z")
                    self.assertEqual(r.returncode, 2)
                    self.assertEqual(r.stderr, f"{cases}:1: {text}\n")

    def test_example_shows_the_timeline_command_it_runs(self):
        with tempfile.TemporaryDirectory() as d:
            r = run(cwd=d)
        first, _, rest = r.stdout.partition("\n\n")
        shown = first.split(": ", 1)[1].split()
        self.assertEqual(shown[:2], ["poortwachter", "timeline"])
        self.assertNotIn("--dtstamp", shown)
        again = run(*shown[1:])
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertEqual(rest.partition("\n\nKalender")[0] + "\n", again.stdout)
        self.assertTrue(r.stdout.endswith(
            "\nKalender / calendar: poortwachter-example.ics (poortwachter ics --dtstamp 20261123T080000Z "
            "--alarm-days 7)\n"))


class Timeline(unittest.TestCase):
    def json_of(self, *args):
        r = run("timeline", "--format", "json", *args)
        self.assertEqual(r.returncode, 0, r.stderr)
        return json.loads(r.stdout), r.stdout

    def test_spec_check_value(self):
        data, _ = self.json_of("--period", "2026-01-01", "--today", "2026-01-01")
        due = {m["id"]: m["due"] for m in data["milestones"] if m["occurrence"] == 0}
        self.assertEqual(due["PROBLEEMANALYSE"], "2026-02-11")
        self.assertEqual(due["PLAN_VAN_AANPAK"], "2026-02-25")
        self.assertEqual(due["MELDING_UWV_42"], "2026-10-22")
        self.assertEqual(due["EERSTEJAARSEVALUATIE"], "2026-12-30")
        self.assertEqual(due["REINTEGRATIEVERSLAG"], "2027-09-29")
        self.assertEqual(due["WIA_AANVRAAG"], "2027-10-13")
        self.assertEqual(due["EINDE_WACHTTIJD"], "2027-12-29")
        for m in data["milestones"]:
            for key in ("id", "due", "status", "kind", "basis", "juriconnect", "explanation"):
                self.assertIn(key, m)
                self.assertTrue(m[key], (m["id"], key))

    def test_merge_example_and_options(self):
        data, text = self.json_of(
            "--period", "2022-01-03:2022-07-03", "--period", "2022-07-25",
            "--today", "2022-12-01", "--lang", "en", "--done", "PROBLEEMANALYSE=2022-02-10",
            "--done", "EVALUATIE=2022-05-01", "--done", "EVALUATIE=2022-06-12")
        self.assertEqual(data["wachttijd_end"], "2024-01-21")
        self.assertEqual(data["interruption_days"], 21)
        ms = {(m["id"], m["occurrence"]): m for m in data["milestones"]}
        self.assertEqual(ms[("PROBLEEMANALYSE", 0)]["status"], "done")
        self.assertEqual(ms[("EVALUATIE", 2)]["done"], "2022-06-12")
        self.assertEqual(ms[("EINDE_WACHTTIJD", 0)]["explanation"],
                         "sick day 728; 21 interruption days skipped")
        _, again = self.json_of(
            "--period", "2022-01-03:2022-07-03", "--period", "2022-07-25",
            "--today", "2022-12-01", "--lang", "en", "--done", "PROBLEEMANALYSE=2022-02-10",
            "--done", "EVALUATIE=2022-05-01", "--done", "EVALUATIE=2022-06-12")
        self.assertEqual(text, again)

    def test_extension_loonsanctie_leave_employment(self):
        data, _ = self.json_of(
            "--period", "2012-10-29", "--loonsanctie", "2014-09-01:52", "--today", "2014-10-01")
        self.assertEqual(data["wage_end"], "2015-10-25")
        data, _ = self.json_of(
            "--period", "2026-01-01", "--extension-until", "2028-06-30", "--today", "2026-01-01")
        due = {m["id"]: m["due"] for m in data["milestones"]}
        self.assertEqual(due["WIA_AANVRAAG"], "2028-04-14")
        data, _ = self.json_of(
            "--period", "2026-01-01:2026-02-28", "--period", "2026-06-21",
            "--leave", "2026-03-01:2026-06-20:other-cause", "--today", "2026-07-01")
        self.assertEqual(data["case_count"], 2)
        data, _ = self.json_of(
            "--period", "2026-01-01", "--employment-end", "2026-03-31", "--today", "2026-03-01",
            "--departure", "PROBLEEMANALYSE=2026-03-11")
        ms = {m["id"]: m for m in data["milestones"] if m["occurrence"] == 0}
        self.assertEqual(ms["EINDE_DIENSTVERBAND_MELDING"]["due"], "2026-03-31")
        self.assertTrue(ms["PROBLEEMANALYSE"]["departed"])

    def test_text_output(self):
        r = run("timeline", "--period", "2026-01-01", "--today", "2026-02-20", "--lang", "en")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("2026-02-11 Wed  OVERDUE", r.stdout)
        self.assertIn("sick day 42 | Regeling procesgang", r.stdout)

    def test_day_off_is_flagged_never_moved(self):
        # issue 11, ZW art. 38 lid 1 ("uiterlijk op de eerste dag nadat ... 42 weken heeft
        # geduurd"): first sick day 2026-03-06, report due Friday 25 December 2026, Eerste
        # Kerstdag (Atw art. 3), not Monday 28 December
        data, _ = self.json_of("--period", "2026-03-06", "--today", "2026-03-06")
        ms = {m["id"]: m for m in data["milestones"] if m["occurrence"] == 0}
        self.assertEqual(ms["MELDING_UWV_42"]["due"], "2026-12-25")
        self.assertIs(ms["MELDING_UWV_42"]["day_off"], True)
        # sick day 42 is Thursday 16 April 2026, a workday
        self.assertIs(ms["PROBLEEMANALYSE"]["day_off"], False)
        r = run("timeline", "--period", "2026-03-06", "--today", "2026-03-06")
        self.assertIn("2026-12-25 vr ", r.stdout)
        self.assertIn("valt op een feestdag (Atw art. 3): geen werkdag, de datum schuift niet op", r.stdout)
        # from Sunday 4 January 2026 sick day 7N is a Saturday: PROBLEEMANALYSE on 14 February
        r = run("timeline", "--period", "2026-01-04", "--today", "2026-01-04", "--lang", "en")
        self.assertIn("sick day 42; falls on a Saturday: not a workday, the date does not move |",
                      r.stdout)


class Dossier(unittest.TestCase):
    def test_json_and_text(self):
        args = ["dossier", "--period", "2026-01-01", "--today", "2027-01-05",
                "--present", "PROBLEEMANALYSE=2026-02-20", "--present", "PLAN_VAN_AANPAK=2026-02-24"]
        r = run(*args, "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        data = json.loads(r.stdout)
        items = {i["id"]: i for i in data["items"]}
        self.assertEqual(items["PROBLEEMANALYSE"]["state"], "present_late")
        self.assertEqual(items["EERSTEJAARSEVALUATIE"]["state"], "missing")
        self.assertEqual(data["complete_bp"], 6666)
        self.assertEqual(data["riv"], "full")
        r = run(*args, "--lang", "en")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("66.66% complete", r.stdout)
        self.assertRegex(r.stdout, r"EERSTEJAARSEVALUATIE +h +MISSING +2026-12-30")

    def test_bad_item(self):
        r = run("dossier", "--period", "2026-01-01", "--present", "DIAGNOSE=2026-02-01")
        self.assertEqual(r.returncode, 2)
        self.assertIn("unknown dossier item", r.stderr)


class Wage(unittest.TestCase):
    def test_json_months(self):
        r = run("wage", "--period", "2025-01-16", "--monthly-wage", "2300", "--hours-per-week", "32",
                "--from", "2025-12", "--to", "2026-02", "--format", "json", "--lang", "en")
        self.assertEqual(r.returncode, 0, r.stderr)
        data = json.loads(r.stdout)
        months = {m["month"]: m for m in data["months"]}
        self.assertEqual(list(months), ["2025-12", "2026-01", "2026-02"])
        self.assertEqual(months["2025-12"]["amount_cents"], 199680)  # 14,40 x 32 x 13/3
        self.assertTrue(months["2025-12"]["floor_applied"])
        self.assertEqual(months["2026-01"]["amount_cents"], 92119 + 88290)
        self.assertEqual(months["2026-02"]["regime"], "year2")
        self.assertEqual(months["2026-02"]["percent_bp"], 7000)
        for m in data["months"]:
            for key in ("month", "amount_cents", "percent_bp", "regime", "floor_applied",
                        "cap_applied", "explanation"):
                self.assertIn(key, m)

    def test_whole_case_options_and_text(self):
        r = run("wage", "--period", "2025-01-01", "--monthly-wage", "2300,00", "--hours-per-week",
                "32", "--age", "30", "--waiting-days", "2", "--cao", "1-52:100", "--cao",
                "53-104:70", "--lang", "en")
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.splitlines()
        self.assertEqual(len(lines), 1 + 24 + 1)
        self.assertIn("waiting day", lines[1])
        self.assertRegex(lines[3], r"^2025-03  year 1 +100,00 +2300,00  ")
        self.assertTrue(lines[-1].startswith("Total: "))

    def test_stale_and_derived_rows_warn_and_params_add_rows(self):
        """Wfsv art. 18 lid 1: 309,91 from 2026-07-01 is derived, not found published; no
        table has a row from 2027-01-01. A --params file adds the rows; a row that conflicts
        with a built-in one is an error naming its line."""
        base = ["wage", "--period", "2026-09-01", "--monthly-wage", "9000", "--hours-per-week", "40",
                "--from", "2026-12", "--to", "2027-01", "--lang", "en"]
        r = run(*base)
        self.assertEqual(r.returncode, 0, r.stderr)
        warnings = [line for line in r.stdout.splitlines() if line.startswith("Warning: ")]
        self.assertEqual(warnings, [
            "Warning: the table of the minimum wage has no row from 2027-01-01 on: amounts from then "
            "may be stale (add the published row with --params)",
            "Warning: the table of the Wfsv maximum daily wage has no row from 2027-01-01 on: amounts "
            "from then may be stale (add the published row with --params)",
            "Warning: the Wfsv maximum daily wage from 2026-07-01 is derived per the statutory recipe, "
            "not found published"])
        self.assertRegex(r.stdout, r"\n2026-12  year 1 +70,00 +4718,38  ")  # 70% x 309,91 x 21,75
        with tempfile.TemporaryDirectory() as tmp:
            rows = pathlib.Path(tmp) / "rows.txt"
            rows.write_text("# hypothetical 2027 rows\nwml_hour;2027-01-01;;15.30;test\n"
                            "wfsv_max_day;2027-01-01;;316.00;test\n"
                            "wfsv_max_day;2026-07-01;;309.91;published\n", encoding="utf-8")
            r = run(*base, "--params", str(rows))
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertNotIn("Warning", r.stdout)
            self.assertRegex(r.stdout, r"\n2027-01  year 1 +70,00 +4811,10  ")  # 70% x 316,00 x 21,75
            rows.write_text("wml_hour;2027-01-01;;15.30;test\nwml_hour;2026-07-01;;15.00;wrong\n",
                            encoding="utf-8")
            r = run(*base, "--params", str(rows))
            self.assertEqual((r.returncode, r.stdout), (2, ""))
            self.assertIn("line 2: a row from 2026-07-01 with another value exists already", r.stderr)
        r = run(*base, "--params", "no-such-file.txt")
        self.assertEqual(r.returncode, 2)

    def test_bbl(self):
        """Besluit minimumjeugdloon art. 3: 19 years in a bbl programme 52,5%: 14,99 x 52,5% =
        7,86975 -> 7,87; x 32 x 13/3 = 1 091,31 (regular 60%: 8,99, 1 246,61)."""
        base = ["wage", "--period", "2026-03-02", "--monthly-wage", "1000", "--hours-per-week", "32",
                "--age", "19", "--from", "2026-07", "--to", "2026-07"]
        self.assertRegex(run(*base).stdout, r"\n2026-07  jaar 1 +70,00 +1246,61  ")
        self.assertRegex(run(*base, "--bbl").stdout, r"\n2026-07  jaar 1 +70,00 +1091,31  ")

    def test_bad_values(self):
        base = ["wage", "--period", "2025-01-01"]
        for args, text in [
            (base, "--monthly-wage and --hours-per-week"),
            (base + ["--monthly-wage", "-5", "--hours-per-week", "32"], "expected a number"),
            (base + ["--monthly-wage", "2300", "--hours-per-week", "0"], "contract hours"),
            (base + ["--monthly-wage", "2300", "--hours-per-week", "32", "--waiting-days", "3"],
             "at most 2"),
            (base + ["--monthly-wage", "2300", "--hours-per-week", "32", "--cao", "1-52:100",
                     "--cao", "40-60:90"], "overlap"),
            (base + ["--monthly-wage", "2300", "--hours-per-week", "32", "--cao", "1-52:1001"],
             "0 to 1000"),
            (base + ["--monthly-wage", "2300", "--hours-per-week", "32", "--from", "2025-13",
                     "--to", "2025-12"], "YYYY-MM"),
            (base + ["--monthly-wage", "2300", "--hours-per-week", "32", "--from", "2025-01"],
             "both --from and --to"),
            (["wage", "--period", "2022-06-01", "--monthly-wage", "2300", "--hours-per-week", "32",
              "--from", "2022-07", "--to", "2022-07"], "tables start in 2023"),
        ]:
            with self.subTest(args=args):
                r = run(*args)
                self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
                self.assertIn(text, r.stderr)


class Usage(unittest.TestCase):
    BAD = [
        (["frobnicate"], "unknown command"),
        (["timeline"], "at least one --period"),
        (["timeline", "--period", "2026-02-30"], "no such calendar day"),
        (["timeline", "--period", "2026-2-3"], "YYYY-MM-DD"),
        (["timeline", "--period", "2026-03-01:2026-02-01"], "last day is before the first day"),
        (["timeline", "--period", "2026-01-01:2026-01-31", "--period", "2026-01-05:2026-01-09"], "overlaps"),
        (["timeline", "--period", "2026-01-01", "--period", "2026-03-05"], "open-ended"),
        (["timeline", "--period", "2026-01-01", "--done", "FOO=2026-02-01"], "unknown milestone"),
        (["timeline", "--period", "2026-01-01", "--done", "PROBLEEMANALYSE"], "ID=YYYY-MM-DD"),
        (["timeline", "--period", "2026-01-01", "--loonsanctie", "2027-01-01:53"], "1 to 52"),
        (["timeline", "--period", "2026-01-01", "--loonsanctie", "2027-01-01:0"], "1 to 52"),
        (["timeline", "--period", "2026-01-01", "--loonsanctie", "2028-01-01:10"], "lid 11"),
        (["timeline", "--period", "2026-01-01", "--lang", "de"], "nl or en"),
        (["timeline", "--period", "2026-01-01", "--format", "xml"], "text, json, csv, markdown, html or svg"),
        (["timeline", "--period", "2026-01-01", "--case-id", "Jan Jansen"], "case id"),
        (["timeline", "--period", "2026-01-01", "--bogus"], "unknown option"),
        (["timeline", "--period"], "missing value"),
        (["timeline", "--period", "2026-01-01", "extra"], "unexpected argument"),
        (["timeline", "--period", "2026-01-01", "--leave", "2026-05-01:2026-06-01:x"], "other-cause"),
        (["timeline", "--period", "2026-01-01", "--due-soon", "-3"], "out of range"),
        (["timeline", "--period", "2026-01-01", "--today", "tomorrow"], "YYYY-MM-DD"),
    ]

    def test_wrong_usage_exits_2_with_a_message(self):
        for args, text in self.BAD:
            with self.subTest(args=args):
                r = run(*args)
                self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
                self.assertIn(text, r.stderr)
                self.assertEqual(r.stdout, "")


if __name__ == "__main__":
    TOOL = os.path.abspath(sys.argv.pop(1))
    unittest.main()
