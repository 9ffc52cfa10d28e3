"""The package's layout: exceptions against the header's statuses, readable messages,
__version__, the public names."""

import datetime as dt
import gc
import os
import re
import sys
import unittest

import poortwachter as pw
from poortwachter import errors

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = os.environ.get("POORTWACHTER_TEST_HEADER") or os.path.join(
    HERE, "..", "..", "..", "include", "poortwachter.h")


def header_statuses() -> dict:
    """POORT_ERR_* name -> value, from #define lines or enum members of the header."""
    with open(HEADER, encoding="utf-8") as f:
        text = f.read()
    found = re.findall(r"#define\s+(POORT_ERR_\w+)\s+\(?\s*(-\s*\d+)\s*\)?", text)
    found += re.findall(r"^\s*(POORT_ERR_\w+)\s*=\s*\(?\s*(-\s*\d+)\s*\)?\s*,?", text, re.M)
    return {name: int(value.replace(" ", "")) for name, value in found}


@unittest.skipUnless(os.path.isfile(HEADER), "include/poortwachter.h is not next to the package")
class StatusClasses(unittest.TestCase):
    def test_every_status_has_its_class(self):
        statuses = header_statuses()
        self.assertGreaterEqual(len(statuses), 38)
        for name, value in statuses.items():
            with self.subTest(name=name):
                cls = errors.STATUS_ERRORS.get(value)
                self.assertIsNotNone(cls, f"no exception class for {name} ({value})")
                self.assertEqual(cls.constant, name)
                self.assertEqual(cls.status, value)
                self.assertIs(getattr(pw, cls.__name__), cls)
                self.assertTrue(issubclass(cls, pw.PoortError))
        self.assertEqual(len(errors.STATUS_ERRORS), len(statuses))
        self.assertEqual({c.constant for c in errors.STATUS_ERRORS.values()}, set(statuses))

    def test_library_texts_exist_for_every_class(self):
        lib = pw.load_library()
        for value, cls in errors.STATUS_ERRORS.items():
            text = lib.poort_status_str(value).decode()
            self.assertNotEqual(text, "unknown status", cls.__name__)


class Messages(unittest.TestCase):
    """The library counts in cents, hundredths and days; a Python caller reads euros, hours,
    percentages and ISO dates."""

    def case(self):
        case = pw.Case()
        case.add_period(D(2026, 1, 1))
        return case

    def message(self, exc_class, call) -> str:
        with self.assertRaises(exc_class) as cm:
            call()
        self.assertEqual(str(cm.exception), cm.exception.message)
        return cm.exception.message

    def test_wage_in_euros(self):
        text = self.message(pw.WageError, lambda: self.case().set_wage(-1, 32))
        self.assertIn("€ -1.00", text)
        self.assertIn("€ 10000000.00", text)  # POORT_MAX_WAGE_CENTS, 1e9 cents
        self.assertNotIn("cents", text)

    def test_hours_and_percentages(self):
        text = self.message(pw.HoursError, lambda: self.case().set_wage(2300, 169))
        self.assertIn("169 hours", text)
        self.assertIn("168 hours", text)
        self.assertNotIn("hundredths", text)
        text = self.message(pw.PercentError, lambda: self.case().add_cao(1, 52, 1001))
        self.assertIn("1001%", text)
        self.assertIn("1000%", text)
        self.assertNotIn("basis points", text)
        text = self.message(pw.ArgumentError, lambda: pw.Params().add_wfsv_max_day(2026, 0))
        self.assertIn("€ 0.00 a day", text)

    def test_dates_in_iso(self):
        text = self.message(pw.DateRangeError, lambda: pw.Case().add_period(D(1899, 12, 31)))
        self.assertIn("1899-12-31", text)
        self.assertNotIn("-25568", text)  # 1899-12-31 as days since 1970
        text = self.message(pw.DateRangeError, lambda: pw.Feed(
            dt.datetime(1899, 12, 31, 23, tzinfo=dt.timezone.utc)))
        self.assertIn("1899-12-31T23:00:00Z", text)

    def test_required_date(self):
        text = self.message(pw.DateRangeError, lambda: pw.Case().add_period(None))
        self.assertIn("first sick day", text)

    def test_rewriting(self):
        cases = {
            "case 123: monthly wage of 5 cents is not 0 ... 100":
                "case 123: monthly wage of € 0.05 is not € 0.00 ... € 1.00",
            "partial work on 2026-05-01: 3300 hundredths of an hour worked, more than the "
            "contract's 3200":
                "partial work on 2026-05-01: 33 hours worked, more than the contract's 32 hours",
            "wage must be 0 to 1 000 000 000 cents a month": "wage must be € 0.00 to € 10000000.00 a month",
            "extension percentage: 7050 basis points is not 0 ... 100000":
                "extension percentage: 70.5% is not 0% ... 1000%",
            "sick: date 0 is outside 1900-01-01 ... 2199-12-31":
                "sick: date 1970-01-01 is outside 1900-01-01 ... 2199-12-31",
            "CAO weeks 1-52 overlap weeks 20-60": "CAO weeks 1-52 overlap weeks 20-60",
            "loonsanctie of 53 weeks: WIA art. 25 lid 9 allows 1 to 52 weeks":
                "loonsanctie of 53 weeks: WIA art. 25 lid 9 allows 1 to 52 weeks",
        }
        for raw, readable in cases.items():
            self.assertEqual(errors.readable(raw), readable)


class Layout(unittest.TestCase):
    def test_version(self):
        self.assertEqual(pw.__version__, pw.library_version())
        expected = os.environ.get("POORTWACHTER_TEST_VERSION")
        if expected:
            self.assertEqual(pw.__version__, expected)

    def test_public_names(self):
        for name in pw.__all__:
            self.assertTrue(hasattr(pw, name), name)
        for name in ("Case", "Timeline", "Dossier", "Wage", "Feed", "Params", "PoortError",
                     "ConversionError", "wage_totals", "timelines", "is_workday"):
            self.assertIn(name, pw.__all__)
        self.assertEqual(pw.Wage.__module__, "poortwachter.results")
        self.assertEqual(pw.Case.__module__, "poortwachter.case")

    def test_every_function_declared(self):
        from poortwachter import _loader
        lib = pw.load_library()
        for name, (restype, argtypes) in _loader.FUNCTIONS.items():
            self.assertEqual(getattr(lib, name).argtypes, argtypes, name)

    def test_failed_construction_is_quiet(self):
        raised = []
        hook, sys.unraisablehook = sys.unraisablehook, raised.append
        try:
            with self.assertRaises(TypeError):
                pw.Feed(dt.datetime(2026, 11, 23))  # naive: refused before the C object exists
            with self.assertRaises(pw.CaseIdError):
                pw.Case("Jan Jansen")
            gc.collect()
        finally:
            sys.unraisablehook = hook
        self.assertEqual(raised, [])


if __name__ == "__main__":
    unittest.main()
