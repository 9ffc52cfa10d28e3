"""Wage is read through the poort_wage_* accessors; its values equal what the package read
from the library's JSON before (the reader below is that former JSON reader)."""

import datetime as dt
import json
import unittest
from decimal import Decimal

import poortwachter as pw

D = dt.date


def money(cents):
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def months_from_json(text):
    """The former JSON-based reading of a wage, kept here as the reference."""
    def flags(obj):
        return dict(floor_applied=obj["floor_applied"], cap_applied=obj["cap_applied"],
                    stale=obj["stale"], cao_above_170=obj["cao_above_170"])

    data = json.loads(text)
    months = [pw.WageMonth(
        month=m["month"], first=D.fromisoformat(m["first"]), last=D.fromisoformat(m["last"]),
        amount=money(m["amount_cents"]), statutory=money(m["statutory_cents"]),
        percent=Decimal(m["percent_bp"]) / 100, regime=m["regime"],
        explanation=m["explanation"], **flags(m),
        segments=[pw.WageSegment(
            first=D.fromisoformat(s["first"]), last=D.fromisoformat(s["last"]),
            regime=s["regime"], percent=Decimal(s["percent_bp"]) / 100,
            statutory=money(s["statutory_cents"]),
            cao=None if s["cao_cents"] is None else money(s["cao_cents"]),
            amount=money(s["amount_cents"]), explanation=s["explanation"], **flags(s))
            for s in m["segments"]],
    ) for m in data["months"]]
    return money(data["total_cents"]), months


def employee(first, monthly="2300", hours=32):
    case = pw.Case()
    case.add_period(first)
    case.set_wage(Decimal(monthly), hours)
    return case


def cases():
    """(name, case, wage arguments): floors, caps, CAO, partial work, loonsanctie, extension,
    AOW, waiting days, employment end, stale tables, both languages."""
    floor = employee(D(2025, 1, 1))
    floor.set_age(30)
    yield "floor", floor, dict(first=D(2025, 3, 1), last=D(2025, 3, 31), lang="en")
    yield "cap", employee(D(2024, 1, 1), "9000", 40), dict(first=D(2025, 1, 1), last=D(2025, 6, 30))
    yield "year change mid-month", employee(D(2025, 1, 16)), dict()
    cao = employee(D(2025, 2, 3), "4100", 36)
    cao.add_cao(1, 26, 100)
    cao.add_cao(27, 104, 95, capped=True)
    yield "cao above 170", cao, dict(lang="en")
    partial = employee(D(2025, 4, 1), "3100", 38)
    partial.add_partial_work(D(2025, 6, 10), D(2025, 8, 20), Decimal("12.5"))
    partial.set_partial_pay(100)
    partial.set_waiting_days(2)
    yield "partial work, waiting days", partial, dict()
    sanction = employee(D(2024, 1, 8), "2800", 40)
    sanction.set_loonsanctie(D(2025, 11, 20), 26)
    yield "loonsanctie", sanction, dict(lang="en")
    extension = employee(D(2024, 3, 4), "3500", 40)
    extension.set_extension(D(2026, 6, 30))
    extension.set_extension_percent(Decimal("72.5"))
    yield "extension", extension, dict()
    aow = employee(D(2025, 5, 1), "2600", 24)
    aow.set_aow_date(D(2025, 9, 12))
    yield "after AOW", aow, dict()
    ended = employee(D(2025, 5, 1))
    ended.set_employment_end(D(2025, 10, 15))
    yield "employment end", ended, dict()
    yield "stale table", employee(D(2026, 9, 1)), dict(first=D(2026, 11, 1), last=D(2027, 3, 31))


class WageFromAccessors(unittest.TestCase):
    def test_equal_to_the_json(self):
        seen_regimes, seen_flags = set(), set()
        for name, case, args in cases():
            with self.subTest(case=name):
                w = case.wage(**args)
                total, months = months_from_json(w.json)
                self.assertGreater(len(months), 0)
                self.assertEqual(w.total, total)
                self.assertEqual(w.months, months)
                for m in w.months:
                    seen_regimes.update(s.regime for s in m.segments)
                    seen_flags.update(k for k in ("floor_applied", "cap_applied", "stale",
                                                  "cao_above_170") if getattr(m, k))
        # the cases above reach every regime and every flag
        self.assertEqual(seen_regimes, {"not_sick", "waiting_day", "year1", "year2", "extension",
                                        "loonsanctie", "after_aow", "ended"})
        self.assertEqual(seen_flags, {"floor_applied", "cap_applied", "stale", "cao_above_170"})

    def test_segments_belong_to_their_month(self):
        w = employee(D(2025, 1, 16)).wage()
        for m in w.months:
            for s in m.segments:
                self.assertTrue(m.first <= s.first <= s.last <= m.last)
            self.assertEqual(sum(s.amount for s in m.segments), m.amount)
        self.assertEqual(sum(m.amount for m in w.months), w.total)

    def test_long_month_explanation(self):
        """16 one-day periods of partial work in a month: the month's explanation holds every
        segment's explanation whole."""
        case = employee(D(2025, 1, 6))
        for day in range(1, 32, 2):
            case.add_partial_work(D(2025, 3, day), D(2025, 3, day), 8)
        month = case.wage(D(2025, 3, 1), D(2025, 3, 31))["2025-03"]
        self.assertGreaterEqual(len(month.segments), 31)
        self.assertGreater(len(month.explanation.encode()), 2048)
        for s in month.segments:
            self.assertIn(s.explanation, month.explanation)


if __name__ == "__main__":
    unittest.main()
