"""Values as spreadsheets and pandas deliver them: Dutch amounts, float hours, numpy numbers,
pandas Timestamp and NaT. Accepted exactly, or refused with the library's own exception."""

import datetime as dt
import decimal
import unittest
from decimal import Decimal

import poortwachter as pw
from poortwachter import _convert

try:
    import numpy as np
except ImportError:
    np = None
try:
    import pandas as pd
except ImportError:
    pd = None

D = dt.date
NO_NUMPY = "python3-numpy is not installed"
NO_PANDAS = "python3-pandas is not installed (CI installs it)"


def wage_total(monthly, hours=32):
    """The wage over March 2025 of an employee sick since 2025-01-01 earning `monthly`."""
    case = pw.Case()
    case.add_period(D(2025, 1, 1))
    case.set_wage(monthly, hours)
    return case.wage(D(2025, 3, 1), D(2025, 3, 31)).total


class Amounts(unittest.TestCase):
    def test_dutch_and_plain_notation(self):
        cents = {
            "2.300,50": 230050, "€ 2.300,50": 230050, "€2.300,50": 230050, "2300,50": 230050,
            "2300.50": 230050, "2300": 230000, "2300,5": 230050, "2300.5": 230050,
            "2.300,-": 230000, "€ 2.300,--": 230000, "EUR 2300": 230000, "2300 €": 230000,
            " 2300,50\u00a0": 230050, "\u20ac\u00a02.300,50": 230050, "1.234.567": 123456700,
            "1.234.567,89": 123456789, "1,234,567.89": 123456789, "0,05": 5, "0.500": 50,
            "12345,6": 1234560, "-2300,50": -230050, "€ -2.300,50": -230050, "2300,500": 230050,
            Decimal("2300.50"): 230050, Decimal("2300.500"): 230050, Decimal("2.3E+3"): 230000,
            2300: 230000,
        }
        for value, expected in cents.items():
            with self.subTest(value=value):
                self.assertEqual(_convert.cents(value, "monthly wage"), expected)

    def test_through_the_library(self):
        exact = wage_total(Decimal("4600.50"))  # 70% of it is above the minimum wage
        for text in ("4.600,50", "€ 4.600,50", "4600,50", "4600.50"):
            self.assertEqual(wage_total(text), exact, text)
        self.assertEqual(wage_total("4600"), wage_total(4600))
        self.assertNotEqual(wage_total("4600"), exact)

    def test_ambiguous(self):
        for text in ("2.300", "2,300", "1.000", "999,999", "€ 1.500"):
            with self.subTest(text=text):
                with self.assertRaises(pw.ConversionError) as cm:
                    _convert.cents(text, "monthly wage")
                self.assertIn("ambiguous", cm.exception.message)
                self.assertIn(repr(text), cm.exception.message)

    def test_bad_text(self):
        for text in ("", "€", "abc", "2.30.0", "2,300,50", "2.300.50", "2300,", ",50", "1e3",
                     "2 300", "+2300", "2300,50,1", "٢٣٠٠", "2300.001", "NaN", "Infinity",
                     "2300,50 EUR 3", "9" * 80):
            with self.subTest(text=text):
                with self.assertRaises(pw.ConversionError) as cm:
                    _convert.cents(text, "monthly wage")
                exc = cm.exception
                self.assertIsInstance(exc, ValueError)
                self.assertIsInstance(exc, pw.ArgumentError)
                self.assertNotIsInstance(exc, decimal.InvalidOperation)
                self.assertTrue(exc.message.startswith("monthly wage: "))
                self.assertLess(len(exc.message), 200)  # a huge cell is not echoed whole

    def test_not_exact_or_out_of_range(self):
        for value in (Decimal("2300.001"), "2300,001", Decimal("1E-30"), Decimal("1E+30"),
                      2 ** 63, Decimal("NaN"), Decimal("-Infinity"), Decimal("sNaN")):
            with self.subTest(value=value):
                with self.assertRaises(pw.ConversionError) as cm:
                    _convert.cents(value, "monthly wage")
                self.assertNotIn("cents", cm.exception.message)
        # the edges of the C types: ctypes would wrap a larger number around silently
        self.assertEqual(_convert.cents(Decimal("92233720368547758.07"), "wage"), 2 ** 63 - 1)
        self.assertEqual(_convert.hundredths(Decimal("21474836.47"), "hours"), 2 ** 31 - 1)
        for call in (lambda: _convert.cents(Decimal("92233720368547758.08"), "wage"),
                     lambda: _convert.cents(Decimal("-92233720368547758.09"), "wage"),
                     lambda: _convert.hundredths(Decimal("21474836.48"), "hours"),
                     lambda: pw.Case().set_wage(Decimal("92233720368547758.08"), 32)):
            with self.assertRaises(pw.ConversionError):
                call()
        with self.assertRaises(pw.ConversionError) as cm:
            pw.Case().set_wage(Decimal("2300.001"), 32)
        self.assertIn("€ 2300.001", cm.exception.message)

    def test_floats_are_not_money(self):
        for value in (2300.5, float("nan")):
            with self.assertRaises(TypeError):
                _convert.cents(value, "monthly wage")
        with self.assertRaises(TypeError):
            _convert.cents(True, "monthly wage")


class HoursAndPercentages(unittest.TestCase):
    def test_hours(self):
        for value, expected in ((32, 3200), (32.5, 3250), ("32,5", 3250), ("32.5", 3250),
                                (Decimal("37.75"), 3775), (0.01, 1), ("38", 3800)):
            with self.subTest(value=value):
                self.assertEqual(_convert.hundredths(value, "hours"), expected)
        self.assertEqual(wage_total(2300, 32.5), wage_total(2300, Decimal("32.5")))
        for value in (32.333, float("nan"), float("inf"), "32 uur", "1e2"):
            with self.subTest(value=value):
                with self.assertRaises(pw.ConversionError) as cm:
                    _convert.hundredths(value, "contract hours")
                self.assertNotIn("hundredths", cm.exception.message)

    def test_percentages(self):
        for value, expected in ((70, 7000), ("70%", 7000), ("70,5 %", 7050), (70.5, 7050),
                                (Decimal("72.25"), 7225)):
            with self.subTest(value=value):
                self.assertEqual(_convert.basis_points(value, "percentage"), expected)
        with self.assertRaises(pw.ConversionError):
            _convert.basis_points("70,555%", "CAO percentage")

    def test_whole_numbers(self):
        self.assertEqual(_convert.integer(52.0, "weeks"), 52)
        self.assertEqual(_convert.integer(" 52 ", "weeks"), 52)
        self.assertIsNone(_convert.integer(float("nan"), "age", optional=True))
        for value in (52.5, "52,5", float("nan"), 2 ** 40):
            with self.subTest(value=value):
                with self.assertRaises(pw.ConversionError):
                    _convert.integer(value, "weeks")
        case = pw.Case()
        case.add_period(D(2026, 1, 1))
        with self.assertRaises(pw.ConversionError):
            case.set_loonsanctie(D(2027, 6, 1), 26.5)  # never truncated to 26


class Texts(unittest.TestCase):
    def test_bad_text_is_a_text_error(self):
        case = pw.Case("zaak-1")
        case.add_period(D(2026, 1, 1))
        for value in ("zaak\udc80", "zaak\x00-2"):
            with self.subTest(value=value):
                with self.assertRaises(pw.TextError):
                    case.case_id = value
                with self.assertRaises(pw.TextError):
                    case.record_done("PROBLEEMANALYSE" + value[4:], D(2026, 2, 1))
        self.assertEqual(case.case_id, "zaak-1")
        with self.assertRaises(pw.TextError):
            pw.Feed(dt.datetime(2026, 11, 23, tzinfo=dt.timezone.utc), name="agenda\udc80")
        with self.assertRaises(TypeError):
            case.record_done(None, D(2026, 2, 1))


@unittest.skipIf(np is None, NO_NUMPY)
class Numpy(unittest.TestCase):
    def test_numbers(self):
        self.assertEqual(_convert.cents(np.int64(2300), "wage"), 230000)
        self.assertEqual(_convert.hundredths(np.float64(32.5), "hours"), 3250)
        self.assertEqual(_convert.hundredths(np.float32(32.1), "hours"), 3210)
        self.assertEqual(_convert.integer(np.int32(52), "weeks"), 52)
        self.assertEqual(wage_total(np.int64(2300), np.float64(32)), wage_total(2300, 32))
        with self.assertRaises(TypeError):
            _convert.cents(np.float64(2300.5), "wage")

    def test_dates(self):
        self.assertEqual(_convert.date_to_c(np.datetime64("2026-01-01"), "day"),
                         _convert.date_to_c(D(2026, 1, 1), "day"))
        self.assertEqual(_convert.date_to_c(np.datetime64("2026-01-01T00:00:00.000000000"), "day"),
                         _convert.date_to_c(D(2026, 1, 1), "day"))
        self.assertEqual(_convert.date_to_c(np.datetime64("NaT"), "day"), pw.DATE_NONE)
        with self.assertRaises(TypeError):
            _convert.date_to_c(np.datetime64("2026-01-01T13:00"), "day")


@unittest.skipIf(pd is None, NO_PANDAS)
class Pandas(unittest.TestCase):
    def test_timestamp_and_nat(self):
        plain = pw.Case()
        plain.add_period(D(2026, 1, 1), D(2026, 2, 28))
        plain.add_period(D(2026, 3, 10))
        frame = pw.Case()
        frame.add_period(pd.Timestamp("2026-01-01"), pd.Timestamp("2026-02-28"))
        frame.add_period(pd.Timestamp("2026-03-10"), pd.NaT)  # no last day: still sick
        self.assertEqual(frame.timeline(pd.Timestamp("2026-06-01")).json,
                         plain.timeline(D(2026, 6, 1)).json)
        aware = pd.Timestamp("2026-01-01", tz="Europe/Amsterdam")
        self.assertEqual(_convert.date_to_c(aware, "day"), _convert.date_to_c(D(2026, 1, 1), "day"))

    def test_nat_where_a_date_is_required(self):
        case = pw.Case()
        with self.assertRaises(pw.DateRangeError) as cm:
            case.add_period(pd.NaT)
        self.assertIn("first sick day", cm.exception.message)
        self.assertIn("NaT", cm.exception.message)
        case.add_period(D(2026, 1, 1))
        with self.assertRaises(pw.DateRangeError):
            case.timeline(pd.NaT)
        with self.assertRaises(TypeError) as cm:
            case.record_done("PROBLEEMANALYSE", pd.Timestamp("2026-02-01 13:30"))
        self.assertIn("time of day", str(cm.exception))

    def test_a_sheet_read_by_pandas(self):
        """Rows as read_csv gives them: datetime64 columns with NaT, Dutch amounts as text,
        hours as floats, weeks as floats because of a missing value."""
        sheet = pd.DataFrame({
            "eerste_ziektedag": pd.to_datetime(["2025-01-06", "2025-02-03", "2025-03-03"]),
            "hersteld": pd.to_datetime(["2025-04-30", None, None]),
            "loon": ["€ 2.300,50", "3100", "2.875,25"],
            "uren": [32.0, 38.5, 24.0],
            "sanctie_weken": [float("nan"), 26.0, float("nan")],
        })
        rows = [
            (D(2025, 1, 6), D(2025, 4, 30), Decimal("2300.50"), Decimal("32"), None),
            (D(2025, 2, 3), None, Decimal("3100"), Decimal("38.5"), 26),
            (D(2025, 3, 3), None, Decimal("2875.25"), Decimal("24"), None),
        ]
        for row, expected in zip(sheet.itertuples(), rows):
            from_sheet, by_hand = pw.Case(), pw.Case()
            from_sheet.add_period(row.eerste_ziektedag, row.hersteld)
            from_sheet.set_wage(row.loon, row.uren)
            by_hand.add_period(expected[0], expected[1])
            by_hand.set_wage(expected[2], expected[3])
            if expected[4]:
                from_sheet.set_loonsanctie(D(2026, 12, 1), row.sanctie_weken)
                by_hand.set_loonsanctie(D(2026, 12, 1), expected[4])
            self.assertEqual(from_sheet.wage().total, by_hand.wage().total)
            self.assertEqual(from_sheet.timeline(D(2025, 6, 1)).json,
                             by_hand.timeline(D(2025, 6, 1)).json)


if __name__ == "__main__":
    unittest.main()
