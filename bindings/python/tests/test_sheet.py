"""read_cases (the library's sheet reader through ctypes), agenda() and the pandas
agenda_frame, on sheets shaped as Dutch Excel writes them: semicolons, a UTF-8 BOM, CRLF,
d-m-jjjj dates, a Casemanager column, quoted cells, a bad row among good ones and a quote
that is never closed.

Expected dates come from the rules (spec = shared spec rules.md of the project):
§1 sick day n = D + (n - 1) for one period; §3 ZIEKMELDING_ARBODIENST sick day 7,
PROBLEEMANALYSE sick day 42, PLAN_VAN_AANPAK sick day 56 while the analysis is not made;
§3 check value: first sick day 1-1-2026 gives PROBLEEMANALYSE 2026-02-11 and
PLAN_VAN_AANPAK 2026-02-25; §3 notes: a milestone due after the case ended is not
applicable; §3.1 statuses: overdue (due before today), due soon (due within the chosen days).
"""

import datetime as dt
import io
import os
import subprocess
import sys
import tempfile
import unittest
from decimal import Decimal

import poortwachter as pw

try:
    import pandas as pd
except ImportError:  # the package works without pandas; these tests then skip
    pd = None

D = dt.date
TODAY = D(2026, 2, 20)  # a Friday; due soon with 14 days: 2026-02-20 ... 2026-03-06

# Line numbers (the header is line 1) are the physical lines of the file.
EXCEL = ("\ufeffZaak;Eerste ziektedag;Hersteldatum;Casemanager;Gedaan;Opmerking\r\n"
         "Z-001;1-1-2026;;Anna;ZIEKMELDING_ARBODIENST=2-1-2026;\r\n"       # line 2
         "Z-002;15-01-2026;;Bram;;\"let op; deeltijd\"\r\n"                  # line 3
         "Z-003;31-2-2026;;Anna;;\r\n"                                       # line 4: no such day
         "Z-004;5-1-2026;11-1-2026;Anna;;\r\n"                               # line 5: fit again 11-1
         "Z-005;2-2-2026;;Anna;;\"never closed\r\n"                          # line 6: open quote
         "Z-006;\u00a05-1-2026;;Bram;;\r\n"                                  # line 7: no-break space
         ";;;;;\r\n").encode("utf-8")                                        # Excel's empty row

# The open items on TODAY, by hand from the rules (spec §1, §3, §3.1), in agenda order:
# Z-001 D=2026-01-01: ziekmelding done; PROBLEEMANALYSE 02-11 overdue; PLAN 02-25 due soon.
# Z-002 D=2026-01-15: day 7 = 01-21 overdue; day 42 = 02-25 due soon; day 56 = 03-11 later.
# Z-004 sick 01-05 ... 01-10 (the recovery date is the first day fit again): day 7 = 01-11
#       falls after the case ended, so nothing applies (spec §3 notes).
# Z-006 D=2026-01-05: day 7 = 01-11 overdue; day 42 = 02-15 overdue; day 56 = 03-01 due soon.
EXPECTED = [
    ("Z-006", "Bram", "ZIEKMELDING_ARBODIENST", D(2026, 1, 11), "overdue"),
    ("Z-002", "Bram", "ZIEKMELDING_ARBODIENST", D(2026, 1, 21), "overdue"),
    ("Z-001", "Anna", "PROBLEEMANALYSE", D(2026, 2, 11), "overdue"),
    ("Z-006", "Bram", "PROBLEEMANALYSE", D(2026, 2, 15), "overdue"),
    ("Z-001", "Anna", "PLAN_VAN_AANPAK", D(2026, 2, 25), "due_soon"),
    ("Z-002", "Bram", "PROBLEEMANALYSE", D(2026, 2, 25), "due_soon"),
    ("Z-006", "Bram", "PLAN_VAN_AANPAK", D(2026, 3, 1), "due_soon"),
]


def items(agenda):
    return [(i.case_id, i.group, i.id, i.due, i.status) for i in agenda]


class ReadCases(unittest.TestCase):
    def setUp(self):
        self.sheet = pw.read_cases(EXCEL)

    def test_good_rows_with_their_lines(self):
        self.assertEqual([(r.case_id, r.line) for r in self.sheet.rows],
                         [("Z-001", 2), ("Z-002", 3), ("Z-004", 5), ("Z-006", 7)])
        self.assertEqual(len(self.sheet), 4)
        self.assertIsInstance(self.sheet.rows[0].case, pw.Case)

    def test_dates_d_m_jjjj_and_the_check_value(self):
        tl = self.sheet.rows[0].case.timeline(TODAY)
        self.assertEqual(tl.first_sick_day, D(2026, 1, 1))
        self.assertEqual(tl["PROBLEEMANALYSE"].due, D(2026, 2, 11))  # spec §3 check value
        self.assertEqual(tl["PLAN_VAN_AANPAK"].due, D(2026, 2, 25))
        self.assertEqual(tl["ZIEKMELDING_ARBODIENST"].done, D(2026, 1, 2))
        self.assertEqual(self.sheet.rows[1].case.timeline(TODAY).first_sick_day, D(2026, 1, 15))
        self.assertEqual(self.sheet.rows[3].case.timeline(TODAY).first_sick_day, D(2026, 1, 5))

    def test_recovery_is_the_first_day_fit_again(self):
        tl = self.sheet.rows[2].case.timeline(TODAY)
        self.assertEqual((tl.first_sick_day, tl.last_sick_day), (D(2026, 1, 5), D(2026, 1, 10)))
        self.assertEqual(tl["ZIEKMELDING_ARBODIENST"].status, "not_applicable")

    def test_columns_cells_and_extra(self):
        self.assertEqual([(c.name, c.field) for c in self.sheet.columns], [
            ("Zaak", "case_id"), ("Eerste ziektedag", "first_sick_day"),
            ("Hersteldatum", "recovery"), ("Casemanager", None), ("Gedaan", "done"),
            ("Opmerking", None)])
        row = self.sheet.rows[1]
        self.assertEqual(row.cells["Zaak"], "Z-002")
        self.assertEqual(row.cells["Eerste ziektedag"], "15-01-2026")
        self.assertEqual(row.extra, {"Casemanager": "Bram", "Opmerking": "let op; deeltijd"})
        self.assertEqual(row.value("casemanager"), "Bram")
        self.assertEqual(row.value("first_sick_day"), "15-01-2026")
        self.assertEqual(row.value("eerste-ziektedag"), "15-01-2026")
        self.assertEqual(self.sheet.column("CASEMANAGER").name, "Casemanager")
        with self.assertRaises(KeyError):
            row.value("team")

    def test_warning_names_the_kept_columns(self):
        self.assertEqual(len(self.sheet.warnings), 1)
        self.assertIn("Casemanager", self.sheet.warnings[0])
        self.assertIn("Opmerking", self.sheet.warnings[0])

    def test_bad_rows_collected_with_line_case_and_column(self):
        bad_date, open_quote = self.sheet.errors
        self.assertIsInstance(bad_date, pw.DateInvalidError)  # 31 February does not exist
        self.assertEqual((bad_date.line, bad_date.case_id, bad_date.column),
                         (4, "Z-003", "Eerste ziektedag"))
        self.assertIn("31-2-2026", str(bad_date))
        self.assertIsInstance(open_quote, pw.SheetError)
        self.assertEqual(open_quote.line, 6)
        self.assertIn("never closed", str(open_quote))
        self.assertEqual(bad_date.status, -3)
        self.assertEqual(open_quote.status, -39)

    def test_errors_raise_stops_at_the_first_bad_row(self):
        with self.assertRaises(pw.DateInvalidError) as cm:
            pw.read_cases(EXCEL, errors="raise")
        self.assertEqual((cm.exception.line, cm.exception.case_id), (4, "Z-003"))
        with self.assertRaises(ValueError):
            pw.read_cases(EXCEL, errors="ignore")

    def test_sources_path_file_and_text(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "verzuim.csv")
            with open(path, "wb") as f:
                f.write(EXCEL)
            for source in (path, os.fsencode(path).decode(), io.BytesIO(EXCEL),
                           bytearray(EXCEL), memoryview(EXCEL)):
                with self.subTest(source=type(source).__name__):
                    sheet = pw.read_cases(source)
                    self.assertEqual([r.case_id for r in sheet], ["Z-001", "Z-002", "Z-004", "Z-006"])
                    self.assertEqual([e.line for e in sheet.errors], [4, 6])
            with open(path, encoding="utf-8-sig", newline="") as f:  # a text file
                self.assertEqual(len(pw.read_cases(f)), 4)
        with self.assertRaises(TypeError):
            pw.read_cases(42)

    def test_cases_belong_to_the_caller(self):
        sheet = pw.read_cases(EXCEL)
        case = sheet.rows[0].case
        del sheet  # the C sheet is long gone; the case is the caller's
        self.assertEqual(case.timeline(TODAY)["PROBLEEMANALYSE"].due, D(2026, 2, 11))
        case.case_id = "Z-001b"
        self.assertEqual(case.case_id, "Z-001b")
        sheet = pw.read_cases(EXCEL)
        sheet.close()
        self.assertTrue(all(not r.case._ptr for r in sheet.rows))
        sheet.close()  # freeing twice is harmless

    def test_windows_1252_and_wage_columns(self):
        text = ("zaak,periods,maandloon,uren,leeftijd,notitie\r\n"
                "W-1,2025-01-01,\"2.300,00\",32,30,caf\u00e9\r\n")
        sheet = pw.read_cases(text.encode("cp1252"))
        self.assertEqual(sheet.rows[0].extra, {"notitie": "caf\u00e9"})
        self.assertTrue(any("1252" in w for w in sheet.warnings), sheet.warnings)
        # spec §4 check value: EUR 2 300,00, 32 h, age 30, March 2025 (year 1) pays the floor
        # 14,06 x 32 x 13/3 = EUR 1 949,65
        wage = sheet.rows[0].case.wage(D(2025, 3, 1), D(2025, 3, 31))
        self.assertEqual(wage.total, Decimal("1949.65"))


class FileErrors(unittest.TestCase):
    """A file that cannot be read at all raises, whatever errors= says."""

    def refused(self, data: bytes, word: str):
        with self.assertRaises(pw.SheetError) as cm:
            pw.read_cases(data, errors="collect")
        self.assertIn(word, str(cm.exception))
        return cm.exception

    def test_utf16(self):
        self.refused("Zaak;Eerste ziektedag\r\nZ-1;1-1-2026\r\n".encode("utf-16"), "UTF-16")

    def test_tab_separated(self):
        exc = self.refused(b"Zaak\tEerste ziektedag\r\nZ-1\t1-1-2026\r\n", "tab")
        self.assertEqual(exc.line, 1)

    def test_no_header(self):
        self.refused(b"", "empty")
        self.refused(b"\xef\xbb\xbf", "empty")

    def test_required_column_missing(self):
        self.refused(b"Zaak;Casemanager\r\nZ-1;Anna\r\n", "case_id")

    def test_a_fact_in_two_columns(self):
        self.refused(b"zaak;case_id;periods\r\nA;B;2026-01-01\r\n", "both")


class Agenda(unittest.TestCase):
    def setUp(self):
        self.sheet = pw.read_cases(EXCEL)

    def test_open_items_sorted_and_grouped(self):
        agenda = pw.agenda(self.sheet, TODAY, group_by="casemanager")
        self.assertEqual(items(agenda), EXPECTED)
        self.assertEqual([i.line for i in agenda][:2], [7, 3])
        self.assertEqual(list(agenda.groups()), ["Anna", "Bram"])
        self.assertEqual([i.case_id for i in agenda.groups()["Anna"]], ["Z-001", "Z-001"])
        self.assertTrue(all(i.title and i.who for i in agenda))

    def test_same_due_date_by_case_id_then_milestone(self):
        # 2026-02-25 is B's sick day 56 (plan) and A's sick day 42 (analysis): case id first
        sheet = pw.read_cases(b"zaak;periods\r\nB;2026-01-01\r\nA;2026-01-15\r\n")
        on_25 = [(i.case_id, i.id) for i in pw.agenda(sheet, TODAY) if i.due == D(2026, 2, 25)]
        self.assertEqual(on_25, [("A", "PROBLEEMANALYSE"), ("B", "PLAN_VAN_AANPAK")])

    def test_sheet_errors_carried_over(self):
        agenda = pw.agenda(self.sheet, TODAY)
        self.assertEqual([e.line for e in agenda.errors], [4, 6])
        self.assertEqual({i.group for i in agenda}, {""})

    def test_days_is_the_due_soon_window(self):
        # 5 days: due soon up to 2026-02-25, so Z-006's plan (03-01) is upcoming
        five = items(pw.agenda(self.sheet, TODAY, days=5, group_by="Casemanager"))
        self.assertEqual(five, EXPECTED[:-1])
        # 0 days: only what is overdue or due today
        self.assertEqual(items(pw.agenda(self.sheet, TODAY, days=0, group_by="Casemanager")),
                         EXPECTED[:4])

    def test_rows_and_bare_cases(self):
        self.assertEqual(items(pw.agenda(self.sheet.rows[:1], TODAY)),
                         [("Z-001", "", "PROBLEEMANALYSE", D(2026, 2, 11), "overdue"),
                          ("Z-001", "", "PLAN_VAN_AANPAK", D(2026, 2, 25), "due_soon")])
        case = pw.Case("los")
        case.add_period(D(2026, 1, 1))
        agenda = pw.agenda([case], TODAY)
        self.assertEqual([(i.id, i.line) for i in agenda][:1], [("ZIEKMELDING_ARBODIENST", None)])
        with self.assertRaises(pw.ArgumentError):
            pw.agenda([case], TODAY, group_by="casemanager")

    def test_a_case_that_fails_is_collected(self):
        sheet = pw.read_cases(b"zaak;periods\r\nLEEG;\r\nA;2026-01-01\r\n")
        self.assertEqual([r.case_id for r in sheet], ["LEEG", "A"])
        agenda = pw.agenda(sheet, TODAY)
        self.assertEqual({i.case_id for i in agenda}, {"A"})
        (exc,) = agenda.errors
        self.assertIsInstance(exc, pw.NoPeriodsError)
        self.assertEqual((exc.line, exc.case_id), (2, "LEEG"))
        self.assertTrue(str(exc).startswith("line 2, case LEEG: "), str(exc))
        with self.assertRaises(pw.NoPeriodsError):
            pw.agenda(sheet, TODAY, errors="raise")

    def test_wrong_arguments_raise(self):
        with self.assertRaises(pw.ArgumentError) as cm:
            pw.agenda(self.sheet, TODAY, group_by="team")
        self.assertIn("Casemanager", str(cm.exception))
        with self.assertRaises(pw.ArgumentError):
            pw.agenda(self.sheet, TODAY, days=-1)  # not collected per case
        with self.assertRaises(pw.DateRangeError):
            pw.agenda(self.sheet, None)


@unittest.skipIf(pd is None, "pandas is not installed (Debian: python3-pandas)")
class PandasAgenda(unittest.TestCase):
    COLUMNS = ["case_id", "group", "id", "occurrence", "due", "status", "title", "who"]

    def test_frame(self):
        from poortwachter.pandas import agenda_frame
        frame = agenda_frame(pw.read_cases(EXCEL), TODAY, group_by="casemanager")
        self.assertEqual(list(frame.columns), self.COLUMNS)
        self.assertEqual(str(frame["due"].dtype), "datetime64[ns]")
        self.assertEqual(str(frame["occurrence"].dtype), "int64")
        got = [(r.case_id, r.group, r.id, r.due.date(), r.status) for r in frame.itertuples()]
        self.assertEqual(got, EXPECTED)
        self.assertEqual([e.line for e in frame.attrs["errors"]], [4, 6])
        self.assertEqual(frame.groupby("group").size().to_dict(), {"Anna": 2, "Bram": 5})

    def test_from_an_agenda_and_empty(self):
        agenda = pw.agenda(pw.read_cases(EXCEL), TODAY, days=5)
        frame = pw.pandas.agenda_frame(agenda)
        self.assertEqual(len(frame), len(EXPECTED) - 1)
        empty = pw.pandas.agenda_frame(pw.read_cases(b"zaak;periods\r\n"), TODAY)
        self.assertEqual(list(empty.columns), self.COLUMNS)
        self.assertEqual(len(empty), 0)
        self.assertEqual(str(empty["due"].dtype), "datetime64[ns]")
        with self.assertRaises(TypeError):
            pw.pandas.agenda_frame(pw.read_cases(EXCEL))  # no reference date


class WithoutPandas(unittest.TestCase):
    def test_core_never_imports_pandas(self):
        code = ("import sys; sys.modules['pandas'] = None\n"  # import pandas now fails
                "import datetime, poortwachter as pw\n"
                "s = pw.read_cases(sys.stdin.buffer.read())\n"
                "a = pw.agenda(s, datetime.date(2026, 2, 20), group_by='casemanager')\n"
                "print(len(s), len(a))\n"
                "try:\n    pw.pandas\nexcept ImportError:\n    print('no pandas')\n")
        out = subprocess.run([sys.executable, "-c", code], input=EXCEL, capture_output=True,
                             check=True).stdout.decode().split()
        self.assertEqual(out, ["4", str(len(EXPECTED)), "no", "pandas"])


if __name__ == "__main__":
    unittest.main()
