"""Tests of the Python bindings: the spec's examples through ctypes, errors, ownership."""

import datetime as dt
import pathlib
import tempfile
import json
import os
import unittest
from decimal import Decimal

import poortwachter as pw

D = dt.date


class SpecExamples(unittest.TestCase):
    def test_check_value_2026(self):
        case = pw.Case()
        case.add_period(D(2026, 1, 1))
        tl = case.timeline(today=D(2026, 1, 1))
        expected = {
            "PROBLEEMANALYSE": D(2026, 2, 11), "PLAN_VAN_AANPAK": D(2026, 2, 25),
            "MELDING_UWV_42": D(2026, 10, 22), "EERSTEJAARSEVALUATIE": D(2026, 12, 30),
            "REINTEGRATIEVERSLAG": D(2027, 9, 29), "WIA_AANVRAAG": D(2027, 10, 13),
            "EINDE_WACHTTIJD": D(2027, 12, 29),
        }
        for mid, due in expected.items():
            self.assertEqual(tl[mid].due, due, mid)
        self.assertEqual(tl.wachttijd_end, D(2027, 12, 29))
        self.assertEqual(tl["EERSTEJAARSEVALUATIE"].window_start, D(2026, 11, 12))
        self.assertEqual(tl["PROBLEEMANALYSE"].kind, "statutory")
        self.assertEqual(tl["PROBLEEMANALYSE"].juriconnect, "jci1.3:c:BWBR0013540&artikel=2&lid=2")
        self.assertEqual(tl["PROBLEEMANALYSE"].status, "upcoming")

    def test_merge_example_21_days(self):
        case = pw.Case()
        case.add_period(D(2022, 1, 3), D(2022, 7, 3))
        case.add_period(D(2022, 7, 25))
        tl = case.timeline(today=D(2022, 12, 1), lang="en")
        self.assertEqual(tl.case_count, 1)
        self.assertEqual(tl["EINDE_WACHTTIJD"].due, D(2024, 1, 21))
        self.assertEqual(tl["EINDE_WACHTTIJD"].explanation, "sick day 728; 21 interruption days skipped")
        # 21 January 2024 is a Sunday: flagged, never moved (spec 3)
        self.assertTrue(tl["EINDE_WACHTTIJD"].day_off)
        self.assertTrue(tl["PROBLEEMANALYSE"].day_off)  # sick day 42: Sunday 13 February 2022
        # the day after sick day 294, 21 gap days later: Monday 14 November 2022
        self.assertEqual(tl["MELDING_UWV_42"].due, D(2022, 11, 14))
        self.assertFalse(tl["MELDING_UWV_42"].day_off)
        self.assertEqual(tl.interruption_days, 21)

    def test_loonsanctie_court_example(self):
        case = pw.Case()
        case.add_period(D(2012, 10, 29))
        case.set_loonsanctie(D(2014, 9, 1), 52)
        tl = case.timeline(today=D(2014, 10, 1))
        self.assertEqual(tl["EINDE_LOONSANCTIE"].due, D(2015, 10, 25))
        self.assertEqual(tl.wage_end, D(2015, 10, 25))


class Errors(unittest.TestCase):
    def setUp(self):
        self.case = pw.Case("zaak-1")
        self.case.add_period(D(2026, 1, 1), D(2026, 2, 28))
        self.case.add_period(D(2026, 3, 10))
        self.case.record_done("PROBLEEMANALYSE", D(2026, 3, 1))
        self.before = self.case.timeline(D(2026, 6, 1)).json

    def test_whole_case_checked_when_computing(self):
        """Spec 6: what needs the whole case is checked when computing, naming the latest case."""
        checks = [
            (pw.LoonsanctieLateError, lambda c: c.set_loonsanctie(D(2028, 2, 1), 10),
             "of the latest case, from 2026-01-01"),
            (pw.ExtensionError, lambda c: c.set_extension(D(2027, 6, 1)),
             "of the latest case, from 2026-01-01"),
            (pw.BeforeCaseError, lambda c: c.set_employment_end(D(2025, 12, 31)),
             "the last day of employment 2025-12-31 lies before the first sick day 2026-01-01"),
        ]
        for cls, fact, text in checks:
            with self.subTest(cls=cls.__name__):
                case = self.case.copy()
                fact(case)
                with self.assertRaises(cls) as cm:
                    case.timeline(D(2026, 6, 1))
                self.assertIn(text, cm.exception.message)
        self.assertUnchanged()

    def test_copy_shares_nothing(self):
        copy = self.case.copy()
        self.assertEqual(copy.timeline(D(2026, 6, 1)).json, self.before)
        self.assertEqual(copy.case_id, "zaak-1")
        copy.remove_period(D(2026, 1, 1))
        copy.remove_done("PROBLEEMANALYSE", D(2026, 3, 1))
        self.assertNotEqual(copy.timeline(D(2026, 6, 1)).json, self.before)
        self.assertUnchanged()

    def test_planned_and_earlier_cases(self):
        case = pw.Case()
        case.add_period(D(2026, 1, 1))
        case.record_done("PROBLEEMANALYSE", D(2025, 6, 1))  # before the case: an earlier one
        case.record_done("PROBLEEMANALYSE", D(2026, 2, 10))
        case.record_item("FUNCTIE", D(2026, 2, 10))
        tl = case.timeline(D(2026, 2, 9))
        self.assertIsNone(tl["PROBLEEMANALYSE"].done)
        self.assertEqual(tl["PROBLEEMANALYSE"].planned, D(2026, 2, 10))
        self.assertEqual(tl["PROBLEEMANALYSE"].status, "due_soon")
        self.assertEqual(json.loads(tl.json)["milestones"][1]["planned"], "2026-02-10")
        item = [i for i in case.dossier(D(2026, 2, 9)).items if i.id == "FUNCTIE"][0]
        self.assertIsNone(item.first)
        self.assertEqual(item.planned, D(2026, 2, 10))

    def assertUnchanged(self):
        self.assertEqual(self.case.timeline(D(2026, 6, 1)).json, self.before)
        self.assertEqual(self.case.case_id, "zaak-1")

    def test_each_status_has_its_exception(self):
        cases = [
            (pw.PeriodOverlapError, lambda: self.case.add_period(D(2026, 2, 1), D(2026, 2, 5))),
            (pw.PeriodOrderError, lambda: self.case.add_period(D(2025, 2, 1), D(2025, 1, 5))),
            (pw.AfterOpenPeriodError, lambda: self.case.add_period(D(2027, 2, 1))),
            (pw.DateRangeError, lambda: self.case.add_period(D(1899, 12, 31), D(1900, 1, 2))),
            (pw.UnknownMilestoneError, lambda: self.case.record_done("WEEK_6", D(2026, 3, 1))),
            (pw.NotRecordableError, lambda: self.case.record_done("EINDE_WACHTTIJD", D(2026, 3, 1))),
            (pw.DuplicateError, lambda: self.case.record_done("PROBLEEMANALYSE", D(2026, 3, 1))),
            (pw.NotFoundError, lambda: self.case.remove_done("PROBLEEMANALYSE", D(2026, 3, 2))),
            (pw.NotFoundError, lambda: self.case.remove_period(D(2026, 1, 2))),
            (pw.NoDepartureError, lambda: self.case.set_departure("EVALUATIE", D(2026, 3, 1))),
            (pw.LoonsanctieWeeksError, lambda: self.case.set_loonsanctie(D(2026, 9, 1), 53)),
            (pw.LoonsanctieWeeksError, lambda: self.case.set_loonsanctie(D(2026, 9, 1), 0)),
            (pw.CaseIdError, lambda: self.case.__setattr__("case_id", "Jan Jansen")),
            (pw.LanguageError, lambda: self.case.timeline(D(2026, 6, 1), lang="de")),
            (pw.ArgumentError, lambda: self.case.timeline(D(2026, 6, 1), due_soon_days=-1)),
        ]
        for cls, call in cases:
            with self.subTest(cls=cls.__name__):
                with self.assertRaises(cls) as cm:
                    call()
                self.assertIsInstance(cm.exception, pw.PoortError)
                self.assertTrue(cm.exception.message)
                self.assertLess(cm.exception.status, 0)
                self.assertUnchanged()

    def test_messages_are_specific(self):
        with self.assertRaises(pw.PeriodOverlapError) as cm:
            self.case.add_period(D(2026, 2, 1), D(2026, 2, 5))
        self.assertIn("overlaps the sick period from 2026-01-01", str(cm.exception))
        with self.assertRaises(pw.LoonsanctieWeeksError) as cm:
            self.case.set_loonsanctie(D(2026, 9, 1), 53)
        self.assertIn("53 weeks", cm.exception.message)

    def test_dates_must_be_dates(self):
        with self.assertRaises(TypeError):
            self.case.add_period("2026-05-01")
        with self.assertRaises(TypeError):
            self.case.add_period(dt.datetime(2026, 5, 1))
        self.assertUnchanged()

    def test_no_periods(self):
        with self.assertRaises(pw.NoPeriodsError):
            pw.Case().timeline(D(2026, 1, 1))


class Behaviour(unittest.TestCase):
    def test_json_is_deterministic_and_matches_objects(self):
        case = pw.Case()
        case.add_period(D(2026, 1, 1))
        case.record_done("PROBLEEMANALYSE", D(2026, 2, 5))
        a = case.timeline(D(2026, 11, 23), lang="en")
        b = case.timeline(D(2026, 11, 23), lang="en")
        self.assertEqual(a.json.encode(), b.json.encode())
        data = json.loads(a.json)
        self.assertEqual(len(data["milestones"]), len(a))
        for obj, m in zip(data["milestones"], a):
            self.assertEqual(obj["id"], m.id)
            self.assertEqual(obj["due"], m.due.isoformat())
            self.assertEqual(obj["status"], m.status)
            self.assertEqual(obj["explanation"], m.explanation)
        self.assertEqual(a["PROBLEEMANALYSE"].status, "done")
        self.assertEqual(a["PLAN_VAN_AANPAK"].due, D(2026, 2, 19))

    def test_evaluations_and_languages(self):
        case = pw.Case()
        case.add_period(D(2026, 1, 1))
        case.record_done("PLAN_VAN_AANPAK", D(2026, 2, 20))
        case.record_done("EVALUATIE", D(2026, 4, 10))
        nl = case.timeline(D(2026, 4, 20), lang="nl")
        en = case.timeline(D(2026, 4, 20), lang="en")
        self.assertEqual(nl[("EVALUATIE", 1)].status, "done_late")
        self.assertEqual(nl[("EVALUATIE", 2)].due, D(2026, 5, 22))
        self.assertEqual(nl[("EVALUATIE", 2)].explanation, "42 dagen na de evaluatie van 2026-04-10")
        self.assertEqual(en[("EVALUATIE", 2)].explanation, "42 days after the evaluation held on 2026-04-10")
        self.assertEqual(nl["WIA_AANVRAAG"].who, "werknemer (en werkgever)")
        self.assertGreater(len(nl.evaluations()), 10)

    def test_workdays_and_version(self):
        self.assertFalse(pw.is_workday(D(2026, 4, 27)))  # Koningsdag
        self.assertTrue(pw.is_workday(D(2026, 4, 28)))
        self.assertRegex(pw.library_version(), r"^\d+\.\d+\.\d+$")

    def test_batch(self):
        cases = []
        for k in range(50):
            c = pw.Case(f"c{k}")
            c.add_period(D(2026, 1, 1) + dt.timedelta(days=k))
            cases.append(c)
        tls = pw.timelines(cases, D(2026, 6, 1))
        self.assertEqual([t["PROBLEEMANALYSE"].due for t in tls],
                         [D(2026, 2, 11) + dt.timedelta(days=k) for k in range(50)])


class DossierTests(unittest.TestCase):
    def test_items_due_missing_late(self):
        case = pw.Case()
        case.add_period(D(2026, 1, 1))
        case.record_item("PROBLEEMANALYSE", D(2026, 2, 20))
        case.record_item("PLAN_VAN_AANPAK", D(2026, 2, 24))
        case.record_item("PLAN_VAN_AANPAK", D(2026, 6, 1))
        d = case.dossier(D(2027, 1, 5), lang="en")
        self.assertEqual(d.riv, "full")
        self.assertEqual(d["PROBLEEMANALYSE"].state, "present_late")
        self.assertEqual(d["PLAN_VAN_AANPAK"].records, 2)
        self.assertEqual(d["EERSTEJAARSEVALUATIE"].state, "missing")
        self.assertEqual(d["OORDEEL_WERKNEMER"].due, D(2027, 9, 29))
        self.assertEqual(d.complete_bp, 6666)
        self.assertFalse(d.can_submit)
        self.assertEqual([i.id for i in d.missing()], ["EERSTEJAARSEVALUATIE"])
        self.assertEqual([i.id for i in d.late()], ["PROBLEEMANALYSE"])
        self.assertEqual(json.loads(d.json)["complete_bp"], 6666)

    def test_shorter_riv_and_errors(self):
        case = pw.Case()
        case.add_period(D(2026, 1, 1))
        case.set_employment_end(D(2026, 3, 1))  # sick day 60
        d = case.dossier(D(2026, 3, 20))
        self.assertEqual(d.riv, "short")
        self.assertEqual(d["BEKWAAMHEDEN"].state, "not_applicable")
        with self.assertRaises(pw.UnknownItemError):
            case.record_item("DIAGNOSE", D(2026, 2, 1))
        # a record before the case belongs to an earlier case: kept, and ignored here
        case.record_item("FUNCTIE", D(2025, 2, 1))
        self.assertEqual(case.dossier(D(2026, 3, 20)).json, d.json)
        with self.assertRaises(pw.DuplicateError):
            case.record_item("FUNCTIE", D(2025, 2, 1))


class WageTests(unittest.TestCase):
    def employee(self, first_sick_day, monthly="2300", hours=32):
        case = pw.Case()
        case.add_period(first_sick_day)
        case.set_wage(Decimal(monthly), hours)
        return case

    def test_spec_check_values_as_decimal(self):
        case = self.employee(D(2025, 1, 1))
        case.set_age(30)
        w = case.wage(D(2025, 3, 1), D(2025, 3, 31), lang="en")
        m = w["2025-03"]
        self.assertEqual(m.amount, Decimal("1949.65"))
        self.assertIsInstance(m.amount, Decimal)
        self.assertEqual(m.regime, "year1")
        self.assertTrue(m.floor_applied)
        self.assertEqual(m.percent, Decimal(70))
        self.assertEqual(w.total, Decimal("1949.65"))
        case = self.employee(D(2024, 1, 1), monthly="9000", hours=40)
        m = case.wage(D(2025, 3, 1), D(2025, 3, 31))["2025-03"]
        self.assertEqual(m.amount, Decimal("4425.45"))
        self.assertTrue(m.cap_applied)

    def test_mid_month_segments_and_whole_case(self):
        case = self.employee(D(2025, 1, 16))
        m = case.wage(D(2026, 1, 1), D(2026, 1, 31))["2026-01"]
        self.assertEqual([s.amount for s in m.segments], [Decimal("921.19"), Decimal("882.90")])
        self.assertEqual([s.regime for s in m.segments], ["year1", "year2"])
        whole = self.employee(D(2025, 1, 1)).wage()
        self.assertEqual(len(whole.months), 24)
        self.assertEqual(sum(m.amount for m in whole.months), whole.total)

    def test_params_cao_partial(self):
        case = self.employee(D(2026, 3, 2))
        self.assertTrue(case.wage(D(2027, 1, 1), D(2027, 1, 31))["2027-01"].stale)
        params = pw.Params()
        params.add_min_wage_hour(D(2027, 1, 1), Decimal("15.30"))  # hypothetical
        m = case.wage(D(2027, 1, 1), D(2027, 1, 31), params=params)["2027-01"]
        self.assertFalse(m.stale)
        self.assertEqual(m.amount, Decimal("2121.60"))  # 15,30 x 32 x 13/3
        with self.assertRaises(pw.DuplicateError):
            params.add_min_wage_hour(D(2027, 1, 1), Decimal("15.30"))
        self.assertEqual(params.min_wage_hour(D(2026, 1, 1), age=18), Decimal("7.36"))
        case.add_cao(1, 52, 100)
        self.assertEqual(case.wage(D(2026, 4, 1), D(2026, 4, 30))["2026-04"].amount, Decimal("2300.00"))
        case.add_partial_work(D(2026, 5, 1), D(2026, 5, 31), 16)
        self.assertEqual(case.wage(D(2026, 5, 1), D(2026, 5, 31))["2026-05"].amount, Decimal("2300.00"))

    def test_params_file_and_bbl(self):
        """The shipped data file loaded into an empty set gives the built-in amounts; rows
        from a file; the bbl rate (Besluit minimumjeugdloon art. 3: 19 years 52,5%)."""
        shipped = pathlib.Path(__file__).resolve().parents[3] / "lib" / "statutory.txt"
        params = pw.Params.empty().load(shipped)
        for day in (D(2024, 6, 30), D(2024, 7, 1), D(2026, 7, 1)):
            self.assertEqual(params.min_wage_hour(day, age=19), pw.Params().min_wage_hour(day, age=19))
        case = self.employee(D(2025, 12, 1))
        case.set_age(19)
        # 14,99 x 60% = 8,994 -> 8,99; x 32 x 13/3 = 1 246,61 (the wage is below it)
        case.set_wage(Decimal("500.00"), 32)
        self.assertEqual(case.wage(D(2026, 7, 1), D(2026, 7, 31))["2026-07"].amount, Decimal("1246.61"))
        case.set_bbl(True)  # 14,99 x 52,5% = 7,86975 -> 7,87; x 32 x 13/3 = 1 091,31
        self.assertEqual(case.wage(D(2026, 7, 1), D(2026, 7, 31))["2026-07"].amount, Decimal("1091.31"))
        with self.assertRaises(pw.ArgumentError):
            case.set_bbl(2)
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "rows.txt"
            path.write_text("# announced, not enacted\nyouth;2027-01-01;20;87.5;announced\n"
                            "wml_hour;2026-07-01;;15.00;wrong\n", encoding="utf-8")
            with self.assertRaisesRegex(pw.DuplicateError, "line 3"):
                params.load(path)
            path.write_text("wml_hour;2027-01-01;;15.30\n", encoding="utf-8")
            with self.assertRaisesRegex(pw.ParamsSyntaxError, "line 1: five fields"):
                params.load(path)
        params.add_wfsv_max_day_from(D(2027, 1, 1), Decimal("316.00"))
        params.add_youth_percent(D(2027, 1, 1), 20, Decimal("87.5"))
        self.assertEqual(params.min_wage_hour(D(2027, 1, 1), age=20), Decimal("13.12"))

    def test_bad_input_and_floats(self):
        case = self.employee(D(2025, 1, 1))
        before = case.wage(D(2025, 3, 1), D(2025, 3, 31)).json
        for exc, call in [
            (pw.WageError, lambda: case.set_wage(-1, 32)),
            (pw.HoursError, lambda: case.set_wage(2300, 0)),
            (pw.WaitingDaysError, lambda: case.set_waiting_days(3)),
            (pw.PercentError, lambda: case.add_cao(1, 52, Decimal("1000.01"))),
            (pw.CaoWeeksError, lambda: case.add_cao(0, 52, 100)),
            (pw.ArgumentError, lambda: case.set_wage(Decimal("2300.001"), 32)),
            (TypeError, lambda: case.set_wage(2300.0, 32)),
        ]:
            with self.subTest(exc=exc.__name__):
                with self.assertRaises(exc):
                    call()
                self.assertEqual(case.wage(D(2025, 3, 1), D(2025, 3, 31)).json, before)
        case.add_cao(1, 26, 100)
        with self.assertRaises(pw.CaoOverlapError):
            case.add_cao(20, 52, 90)
        with self.assertRaises(pw.NoWageError):
            c = pw.Case()
            c.add_period(D(2025, 1, 1))
            c.wage(D(2025, 3, 1), D(2025, 3, 31))

    def test_batch_totals(self):
        cases = []
        for k in range(20):
            c = pw.Case(f"w{k}")
            c.add_period(D(2025, 1, 1))
            c.set_wage(2300 + k, 32)
            cases.append(c)
        broken = pw.Case("broken")
        broken.add_period(D(2025, 1, 1))
        cases.append(broken)
        totals = pw.wage_totals(cases, D(2025, 3, 1), D(2025, 3, 31))
        for k in range(20):
            self.assertEqual(totals[k], cases[k].wage(D(2025, 3, 1), D(2025, 3, 31)).total)
        self.assertIsInstance(totals[20], pw.NoWageError)


class CalendarTests(unittest.TestCase):
    STAMP = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.timezone.utc)

    def case(self, cid="py-1"):
        c = pw.Case(cid)
        c.add_period(D(2026, 1, 1))
        return c

    def test_to_ics_and_feed(self):
        text = self.case().to_ics(self.STAMP, lang="en", alarm_days=2)
        self.assertTrue(text.startswith("BEGIN:VCALENDAR\r\n"))
        self.assertIn("UID:py-1.PROBLEEMANALYSE@poortwachter.invalid\r\n", text)
        self.assertIn("DTSTART;VALUE=DATE:20260211\r\n", text)
        self.assertIn("TRIGGER:-P1DT15H\r\n", text)  # 2 days before, at 09:00
        feed = pw.Feed(self.STAMP, uid_domain="hr.example.com")
        for k in range(10):
            feed.add(self.case(f"c{k}"))
        with self.assertRaises(pw.DuplicateError):
            feed.add(self.case("c3"))
        with self.assertRaises(pw.CaseIdError):
            nameless = pw.Case()
            nameless.add_period(D(2026, 1, 1))
            feed.add(nameless)
        count = feed.event_count
        many = feed.finish()
        self.assertEqual(many.count("BEGIN:VEVENT"), count)
        self.assertEqual(count, 10 * 25)
        again = pw.Feed(self.STAMP, uid_domain="hr.example.com", previous=many)
        for k in range(10):
            again.add(self.case(f"c{k}"))
        self.assertEqual(again.finish(), many)

    def test_view_settings(self):
        # 3 days before at 07:45: 2 days 16 hours 15 minutes before the all-day start
        text = self.case().to_ics(self.STAMP, alarm_days=3, alarm_time=dt.time(7, 45), keep_past=0,
                                  case_url="https://hr.example.com/zaak/{case_id}")
        self.assertIn("TRIGGER:-P2DT16H15M\r\n", text)
        self.assertIn("URL:https://hr.example.com/zaak/py-1\r\n", text)
        starts = [line[-8:] for line in text.split("\r\n") if line.startswith("DTSTART")]
        self.assertTrue(starts)
        self.assertGreaterEqual(min(starts), "20261123")  # keep_past=0: nothing due before the DTSTAMP
        with self.assertRaises(TypeError):
            pw.Feed(self.STAMP, alarm_time=540)
        with self.assertRaises(pw.TextError):
            pw.Feed(self.STAMP, case_url="https://hr.example.com/zaak/")
        with self.assertRaises(pw.ArgumentError):
            pw.Feed(self.STAMP, keep_past=-2)
        with self.assertRaises(pw.ArgumentError):
            pw.Feed(self.STAMP, keep_cancelled=-1)

    def test_nothing_lost(self):
        # issue 10 item 3: a case that cannot be computed, or that the host keeps, keeps its events
        previous = pw.Feed(self.STAMP)
        for cid in ("a", "b"):
            previous.add(self.case(cid))
        old = previous.finish()
        events = lambda text, cid: [b for b in text.split("BEGIN:VEVENT")[1:] if f"UID:{cid}." in b]
        bad = pw.Case("a")
        bad.set_extension(D(2026, 6, 1))  # ends inside the wachttijd of the period below
        bad.add_period(D(2026, 1, 1))
        feed = pw.Feed(self.STAMP, previous=old)
        with self.assertRaises(pw.ExtensionError):
            feed.add(bad)
        feed.keep_case("b")
        feed.add(self.case("c"))
        with self.assertRaises(pw.DuplicateError):
            feed.keep_case("c")  # computed already
        new = feed.finish()
        self.assertNotIn("CANCELLED", new)
        self.assertEqual(events(new, "a"), events(old, "a"))
        self.assertEqual(events(new, "b"), events(old, "b"))
        self.assertEqual(feed.warnings, [])
        # all or nothing: the rejected case fails finish(), no text
        strict = pw.Feed(self.STAMP, strict="all")
        strict.add(self.case("c"))
        with self.assertRaises(pw.ExtensionError):
            strict.add(bad)
        with self.assertRaises(pw.ExtensionError):
            strict.finish()
        with self.assertRaises(pw.ArgumentError):
            pw.Feed(self.STAMP, strict="everything")

    def test_previous_not_ours(self):
        other = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//Agenda 1.0//EN\r\nBEGIN:VEVENT\r\n"
                 "UID:x.PROBLEEMANALYSE@elsewhere.example\r\nDTSTAMP:20261101T080000Z\r\n"
                 "DTSTART;VALUE=DATE:20260211\r\nDTEND;VALUE=DATE:20260212\r\nSUMMARY:x\r\n"
                 "END:VEVENT\r\nEND:VCALENDAR\r\n")
        feed = pw.Feed(self.STAMP, previous=other)
        feed.add(self.case())
        feed.finish()
        self.assertTrue(feed.warnings)
        self.assertTrue(any(w.startswith("the previous feed may not be this feed's") for w in feed.warnings),
                        feed.warnings)
        with self.assertRaises(pw.FeedParseError):
            pw.Feed(self.STAMP, previous=other, strict=("all", "previous"))

    def test_bad_settings(self):
        with self.assertRaises(TypeError):
            pw.Feed(dt.datetime(2026, 11, 23))  # naive
        with self.assertRaises(pw.FeedParseError):
            pw.Feed(self.STAMP, previous="BEGIN:VCALENDAR\r\n")
        with self.assertRaises(pw.TextError):
            pw.Feed(self.STAMP, name="bad\nname")
        with self.assertRaises(pw.FeedStateError):
            pw.Feed(self.STAMP, reminder_events=True)


if __name__ == "__main__":
    unittest.main()
