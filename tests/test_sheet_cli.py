"""The command-line tool over a spreadsheet (--cases): the README's walkthrough on
examples/cases-excel.csv, run command by command, and Excel-shaped sheets for every command.

Run by meson test with the tool's path and the sample sheet as arguments. Expected values are
derived by hand from the rules (the spec's rules.md, cited per value), not from the tool.
"""

import csv
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import unittest

import icalendar

TOOL = SAMPLE = None
WRAPPER = shlex.split(os.environ.get("POORTWACHTER_TOOL_WRAPPER", ""))
BOM = b"\xef\xbb\xbf"


def run(*args, cwd=None, stdin=None):
    return subprocess.run(WRAPPER + [TOOL, *args], capture_output=True, timeout=600, cwd=cwd, input=stdin)


def excel(rows):
    """A sheet as a Dutch Excel saves it: BOM, ';', CRLF, a cell with ';' in quotes."""
    def cell(c):
        return '"' + c.replace('"', '""') + '"' if ";" in c or '"' in c else c
    return BOM + "".join(";".join(map(cell, r)) + "\r\n" for r in rows).encode()


def uids(ics_bytes):
    cal = icalendar.Calendar.from_ical(ics_bytes)
    return {str(e["UID"]) for e in cal.walk("VEVENT") if str(e.get("STATUS", "")) != "CANCELLED"}


BAD_ROW = 'cases-excel.csv:4: case K-103, column Ziekteperiodes: "31-9-2026": no such calendar day'


class Walkthrough(unittest.TestCase):
    """The README's walkthrough, its commands exactly as printed there, in a copy of examples/."""

    def setUp(self):
        self.dir = tempfile.mkdtemp()
        shutil.copy(SAMPLE, self.dir)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def sh(self, line):
        args = shlex.split(line)
        self.assertEqual(args[0], "poortwachter")
        out = None
        if ">" in args:
            out = args[args.index(">") + 1]
            args = args[:args.index(">")]
        r = run(*args[1:], cwd=self.dir)
        if out:
            with open(os.path.join(self.dir, out), "wb") as f:
                f.write(r.stdout)
        # K-103's first sick day 31-9-2026 does not exist: that row is reported, the others go on
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn(BAD_ROW.encode(), r.stderr)
        self.assertIn(b"cases-excel.csv: columns kept but not read as facts: Casemanager", r.stderr)
        return r

    def test_agenda_text(self):
        r = self.sh("poortwachter agenda --cases cases-excel.csv --today 2026-11-23 --group-by Casemanager")
        text = r.stdout.decode()
        # K-101: first sick day Tue 20-10-2026, nothing but the ziekmelding done: PROBLEEMANALYSE is
        # due on sick day 42 = 2026-11-30 (rules.md §3, §1: sick day n = D + n - 1), 7 days after
        # today: due soon. PLAN_VAN_AANPAK (sick day 56 = 2026-12-14) is 21 days away: not listed.
        # K-102: sick 5-1 ... 20-1, fit again 21-1, sick again 12-2 (22 days < 28: one case, §2):
        # sick days 1-16 in January, sick day 17 = 2026-02-12, sick day 294 = 2026-11-16; the
        # 42e-weeksmelding is due the day after, Tue 2026-11-17 (§3 MELDING_UWV_42): overdue. Its
        # next EVALUATIE is 42 days after the last one held (30-10): 2026-12-11, 18 days away.
        # K-104: sick 2-3 ... 15-3 and recovered, ziekmelding done: the later milestones fall after
        # the end of the case (§3 notes): nothing open.
        self.assertIn("\nCasemanager: Anna de Boer\n"
                      "  ma  2026-11-30  K-101        binnenkort Probleemanalyse", text)
        self.assertIn("\nCasemanager: Bram Jansen\n"
                      "  di  2026-11-17  K-102        TE LAAT    Ziekmelding aan UWV", text)
        self.assertIn("2 punt(en)", text)
        self.assertNotIn("K-104", text)

    def test_agenda_csv(self):
        self.sh("poortwachter agenda --cases cases-excel.csv --today 2026-11-23 --group-by Casemanager "
                "--format csv > agenda.csv")
        data = open(os.path.join(self.dir, "agenda.csv"), "rb").read()
        self.assertTrue(data.startswith(BOM))
        self.assertEqual(data.count(b"\r\n"), 3)
        rows = list(csv.reader(io.StringIO(data[3:].decode(), newline=""), delimiter=";"))
        self.assertEqual(rows[0][:3], ["group", "case_id", "Casemanager"])
        got = [(r[0], r[1], r[4], r[6], r[8]) for r in rows[1:]]
        self.assertEqual(got, [("Anna de Boer", "K-101", "PROBLEEMANALYSE", "2026-11-30", "due_soon"),
                               ("Bram Jansen", "K-102", "MELDING_UWV_42", "2026-11-17", "overdue")])

    def test_feeds_per_case_manager(self):
        self.sh("poortwachter ics --cases cases-excel.csv --group-by Casemanager -o feeds/ "
                "--dtstamp 20261123T080000Z")
        feeds = sorted(os.listdir(os.path.join(self.dir, "feeds")))
        self.assertEqual(feeds, ["Anna_de_Boer.ics", "Bram_Jansen.ics"])
        anna = uids(open(os.path.join(self.dir, "feeds", "Anna_de_Boer.ics"), "rb").read())
        bram = uids(open(os.path.join(self.dir, "feeds", "Bram_Jansen.ics"), "rb").read())
        self.assertEqual({u.split(".")[0] for u in anna}, {"K-101"})
        self.assertEqual({u.split(".")[0] for u in bram}, {"K-102", "K-104"})

    def test_wage_overview(self):
        self.sh("poortwachter wage --cases cases-excel.csv --format csv > loon.csv")
        lines = open(os.path.join(self.dir, "loon.csv"), "rb").read().decode("utf-8-sig").split("\r\n")
        self.assertEqual(lines[0], "case_id;Casemanager;month;first;last;regime;percent;amount")
        # K-102 in March 2026, sick all month in year 1: 70% of EUR 4 000,00 = 2 800,00 (rules.md
        # §4); above the floor 14,71 x 38 x 13/3 = 2 422,25 (§4, §4.1 hourly minimum 2026-01-01)
        # and below the cap (4 000 x 12 / 261 = 183,91 a day < 304,25).
        self.assertIn("K-102;Bram Jansen;2026-03;2026-03-01;2026-03-31;year_1;70,00;2800,00", lines)


STAMP = "20261123T080000Z"
# Two cases of two case managers, Excel-shaped; A-1 sick since Thu 1-1-2026 with nothing done,
# so on 2026-02-09 its PROBLEEMANALYSE (sick day 42 = 2026-02-11, rules.md §3 check value) is due
# in 2 days and its ZIEKMELDING_ARBODIENST (sick day 7 = 2026-01-07) is overdue; B-2 sick since
# Mon 2-2-2026: ZIEKMELDING due sick day 7 = 2026-02-08, overdue on 2026-02-09.
SHEET = [["Zaak", "Eerste ziektedag", "Casemanager", "Afdeling", "Maandloon", "Uren", ""],
         ["A-1", "1-1-2026", "Jan", "Inkoop", "€ 2.300,50", "32", ""],
         ["B-2", "02-02-2026", "Els", "Verkoop; Noord", "3000", "40", ""]]


class Sheets(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.path = os.path.join(self.dir, "zaken.csv")
        self.write(SHEET)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def write(self, rows, name="zaken.csv"):
        with open(os.path.join(self.dir, name), "wb") as f:
            f.write(excel(rows))

    def agenda(self, *args):
        r = run("agenda", "--cases", self.path, "--today", "2026-02-09", "--format", "json", *args)
        self.assertEqual(r.returncode, 0, r.stderr)
        return json.loads(r.stdout)["items"]

    def test_agenda_sorted_and_grouped(self):
        items = self.agenda()
        self.assertEqual([(i["due"], i["case_id"], i["id"]) for i in items],
                         [("2026-01-07", "A-1", "ZIEKMELDING_ARBODIENST"),
                          ("2026-02-08", "B-2", "ZIEKMELDING_ARBODIENST"),
                          ("2026-02-11", "A-1", "PROBLEEMANALYSE")])
        for key in ("case_id", "group", "id", "occurrence", "due", "status", "title", "who"):
            self.assertIn(key, items[0])
        self.assertEqual(items[0]["columns"], {"Casemanager": "Jan", "Afdeling": "Inkoop"})
        grouped = self.agenda("--group-by", "casemanager")
        self.assertEqual([(i["group"], i["id"]) for i in grouped],
                         [("Els", "ZIEKMELDING_ARBODIENST"), ("Jan", "ZIEKMELDING_ARBODIENST"),
                          ("Jan", "PROBLEEMANALYSE")])
        # --days 1: the PROBLEEMANALYSE two days away is not due within the window any more
        self.assertEqual([i["status"] for i in self.agenda("--days", "1")], ["overdue", "overdue"])

    def test_agenda_include_dossier(self):
        # the dossier's PROBLEEMANALYSE item is due with its milestone (rules.md §5), 2026-02-11,
        # and is not present: due soon; B-2's is due 2026-03-15, outside the 14 days
        items = self.agenda("--include-dossier")
        self.assertEqual([(i["due"], i["case_id"], i["kind"], i["id"], i["status"]) for i in items if i["kind"] == "dossier"],
                         [("2026-02-11", "A-1", "dossier", "PROBLEEMANALYSE", "due_soon")])
        self.assertEqual(len(items), 4)

    def test_agenda_unknown_group_column(self):
        r = run("agenda", "--cases", self.path, "--group-by", "Team")
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"--group-by Team: the sheet has no such column", r.stderr)

    def test_standard_input_json_passes_columns(self):
        r = run("timeline", "--cases", "-", "--today", "2026-02-09", "--format", "json",
                stdin=excel(SHEET))
        self.assertEqual(r.returncode, 0, r.stderr)
        cases = json.loads(r.stdout)["cases"]
        self.assertEqual([c["case_id"] for c in cases], ["A-1", "B-2"])
        self.assertEqual(cases[1]["columns"], {"Casemanager": "Els", "Afdeling": "Verkoop; Noord"})
        self.assertEqual(cases[0]["timeline"]["first_sick_day"], "2026-01-01")

    def test_csv_excel_and_plain(self):
        r = run("wage", "--cases", self.path, "--format", "csv", "--from", "2026-03", "--to", "2026-03")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(r.stdout.startswith(BOM))
        # B-2 in March 2026, year 1: 70% of 3 000 = 2 100,00 is below the minimum wage floor
        # 14,71 x 40 x 13/3 = 2 549,73 (rules.md §4, §4.1 hourly minimum from 2026-01-01): the
        # floor is paid.
        lines = r.stdout[3:].decode().split("\r\n")
        self.assertIn('B-2;Els;"Verkoop; Noord";2026-03;2026-03-01;2026-03-31;year_1;70,00;2549,73', lines)
        p = run("wage", "--cases", self.path, "--format", "csv", "--csv-plain", "--from", "2026-03", "--to",
                "2026-03")
        plain = p.stdout.decode().split("\r\n")
        self.assertFalse(p.stdout.startswith(BOM))
        self.assertEqual(plain[0], "case_id,Casemanager,Afdeling,month,first,last,regime,percent,amount")
        self.assertIn("B-2,Els,Verkoop; Noord,2026-03,2026-03-01,2026-03-31,year_1,70.00,2549.73", plain)

    def test_bad_rows_reported_others_processed(self):
        self.write(SHEET[:2] + [["C-3", "30-2-2026", "Jan", "", "", "", ""]] + SHEET[2:])
        for cmd in (["timeline"], ["dossier"], ["agenda"], ["wage"], ["ics", "--dtstamp", STAMP]):
            with self.subTest(cmd=cmd[0]):
                r = run(*cmd, "--cases", self.path, "--today", "2026-02-09", "--format", "csv")
                if cmd[0] == "ics":
                    r = run(*cmd, "--cases", self.path)
                self.assertEqual(r.returncode, 1, r.stderr)
                self.assertIn(f'{self.path}:3: case C-3, column Eerste ziektedag: "30-2-2026": no such '
                              "calendar day".encode(), r.stderr)
                self.assertTrue(b"B-2" in r.stdout and b"C-3" not in r.stdout)

    def test_feeds_per_group_keep_a_bad_rows_events(self):
        out = os.path.join(self.dir, "feeds")
        r = run("ics", "--cases", self.path, "--group-by", "Casemanager", "-o", out, "--dtstamp", STAMP)
        self.assertEqual(r.returncode, 0, r.stderr)
        jan = open(os.path.join(out, "Jan.ics"), "rb").read()
        self.assertTrue(uids(jan) and all(u.startswith("A-1.") for u in uids(jan)))
        # A-1's row is now bad: Jan's feed must not lose A-1's events; Els's feed is regenerated
        self.write([SHEET[0], ["A-1", "1-13-2026", "Jan", "", "", "", ""], SHEET[2]])
        r = run("ics", "--cases", self.path, "--group-by", "Casemanager", "-o", out, "--dtstamp", STAMP)
        self.assertEqual(r.returncode, 1)
        self.assertEqual(uids(open(os.path.join(out, "Jan.ics"), "rb").read()), uids(jan))
        self.assertTrue(all(u.startswith("B-2.") for u in uids(open(os.path.join(out, "Els.ics"), "rb").read())))
        self.assertEqual(sorted(os.listdir(out)), ["Els.ics", "Jan.ics"])

    def test_feeds_per_group_rows_of_other_groups(self):
        # Each group's feed has its own cases only, whatever the rows between them hold (a
        # cell with line breaks, a quote never closed), and a case that cannot be computed is
        # reported on the line its row begins on in the file (CRLF, CR and LF each end a line).
        out = os.path.join(self.dir, "feeds")
        data = (BOM + b"Zaak;Eerste ziektedag;Casemanager;Opmerking;Einde dienstverband\r\n"
                b'A-1;1-1-2026;Jan;"twee\r\nregels";\r\n'             # lines 2-3
                b'B-2;2-2-2026;Els;"een\rtwee\ndrie";\r\n'            # lines 4-6
                b"A-3;5-1-2026;Jan;;1-12-2025\r\n"                     # line 7: ends before it began
                b'B-4;3-2-2026;Els;"nooit gesloten;\r\n'                # line 8: left out
                b"A-5;6-1-2026;Jan;;\r\n"                              # line 9
                b"B-6;9-2-2026;Els;;1-1-2026\r\n")                     # line 10: as line 7
        with open(self.path, "wb") as f:
            f.write(data)
        r = run("ics", "--cases", self.path, "--group-by", "Casemanager", "-o", out, "--dtstamp", STAMP)
        self.assertEqual(r.returncode, 1, r.stderr)
        for line, what in ((7, "case A-3"), (8, "a quote"), (10, "case B-6")):
            self.assertIn(f"{self.path}:{line}: {what}".encode(), r.stderr)
        cases = lambda name: {u.split(".")[0] for u in uids(open(os.path.join(out, name), "rb").read())}
        self.assertEqual(cases("Jan.ics"), {"A-1", "A-5"})
        self.assertEqual(cases("Els.ics"), {"B-2"})

    def test_group_file_names_made_safe(self):
        out = os.path.join(self.dir, "feeds")
        self.write([SHEET[0], ["A-1", "1-1-2026", "../x", "", "", "", ""], ["B-2", "1-1-2026", "", "", "", "", ""]])
        r = run("ics", "--cases", self.path, "--group-by", "Casemanager", "-o", out, "--dtstamp", STAMP)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(sorted(os.listdir(out)), ["_._x.ics", "_.ics"])
        self.write([SHEET[0], ["A-1", "1-1-2026", "a b", "", "", "", ""], ["B-2", "1-1-2026", "a_b", "", "", "", ""]])
        r = run("ics", "--cases", self.path, "--group-by", "Casemanager", "-o", out + "2", "--dtstamp", STAMP)
        self.assertEqual(r.returncode, 1)
        self.assertIn(b'"a b" and "a_b" would both be written to a_b.ics', r.stderr)


if __name__ == "__main__":
    TOOL = os.path.abspath(sys.argv.pop(1))
    SAMPLE = os.path.abspath(sys.argv.pop(1))
    unittest.main()
