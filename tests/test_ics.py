"""Calendar feeds parsed back by an independent parser (python3-icalendar, Debian), checked
against the timeline the same tool prints. Run by meson test with the tool's path.
"""

import datetime as dt
import json
import shlex
import os
import pathlib
import subprocess
import sys
import tempfile
import unittest

import icalendar

TOOL = None
# meson test --setup valgrindtool runs the tool under valgrind
WRAPPER = shlex.split(os.environ.get("POORTWACHTER_TOOL_WRAPPER", ""))
STAMP = "20261123T080000Z"

LABELS = {
    "nl": dict(who="Wie", due="Uiterlijk", last="laatste dag", basis="Grondslag", how="Berekening",
               window="Venster vanaf", done="Gedaan op", case="Zaak", law="Wettekst", evaluation="Evaluatie",
               done_mark="\u2713 gedaan: ",
               weekdays=["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
               kind={"statutory": "wettelijke termijn", "practice": "praktijk (UWV)",
                     "informational": "ter informatie"}),
    "en": dict(who="Who", due="Due", last="last permissible day", basis="Legal basis",
               how="How the date follows", window="Window opens", done="Done on", case="Case",
               law="Law text", evaluation="Evaluation", done_mark="\u2713 done: ",
               weekdays=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
               kind={"statutory": "statutory term", "practice": "practice (UWV)",
                     "informational": "informational"}),
}


def run(*args, check=True):
    r = subprocess.run(WRAPPER + [TOOL, *args], capture_output=True, timeout=600)
    if check and r.returncode != 0:
        raise AssertionError(r.stderr.decode())
    return r


def feed(case_args, *extra):
    return run("ics", *case_args, "--dtstamp", STAMP, *extra).stdout


def timeline(case_args, lang):
    out = run("timeline", *case_args, "--today", "2026-11-23", "--format", "json", "--lang", lang).stdout
    return json.loads(out)


def events(text):
    cal = icalendar.Calendar.from_ical(text)
    return cal, {str(e["UID"]): e for e in cal.walk("VEVENT")}


DONE = ("done", "done_late")


def expected_summary(m, case_id, lang):
    L = LABELS[lang]
    name = f"{L['evaluation']} {m['occurrence']}" if m["occurrence"] else m["title"]
    return f"{case_id} \u00b7 " + (L["done_mark"] if m["status"] in DONE else "") + name


def expected_description(m, case_id, lang):
    """The deadlines of CASE fall on workdays: no weekend or holiday line (test_weekend_and_holiday)."""
    L = LABELS[lang]
    due = dt.date.fromisoformat(m["due"])
    assert due.weekday() < 5, m
    lines = [f"{L['who']}: {m['who']}", f"{L['due']}: {L['weekdays'][due.weekday()]} {m['due']} ({L['last']})",
             f"{L['basis']}: {m['basis']}", f"{L['how']}: {m['explanation']}", L["kind"][m["kind"]]]
    if m["window_start"]:
        lines.append(f"{L['window']}: {m['window_start']}")
    if m["done"]:
        lines.append(f"{L['done']}: {m['done']}")
    lines += [f"{L['case']}: {case_id}", f"{L['law']}: https://wetten.overheid.nl/{m['juriconnect']}"]
    return "\n".join(lines)


CASE = ["--period", "2026-01-01:2026-03-15", "--period", "2026-04-06", "--case-id", "zaak-7",
        "--done", "PROBLEEMANALYSE=2026-02-05", "--done", "EVALUATIE=2026-04-01"]


class Feed(unittest.TestCase):
    def test_every_event_matches_the_timeline(self):
        for lang in ("nl", "en"):
            with self.subTest(lang=lang):
                text = feed(CASE, "--lang", lang, "--alarm-days", "3")
                cal, evs = events(text)
                self.assertEqual(str(cal["VERSION"]), "2.0")
                self.assertNotIn("METHOD", cal)  # a subscription is not an iTIP message
                self.assertEqual(str(cal["CALSCALE"]), "GREGORIAN")
                self.assertIn("X-WR-CALNAME", cal)
                self.assertIn("REFRESH-INTERVAL", cal)
                tl = timeline(CASE, lang)
                applicable = [m for m in tl["milestones"] if m["status"] != "not_applicable"]
                self.assertEqual(len(evs), len(applicable))
                for m in applicable:
                    uid = f"zaak-7.{m['id']}" + (f".{m['occurrence']}" if m["occurrence"] else "")
                    e = evs[uid + "@poortwachter.invalid"]
                    due = dt.date.fromisoformat(m["due"])
                    self.assertEqual(e.decoded("DTSTART"), due)
                    self.assertNotIsInstance(e.decoded("DTSTART"), dt.datetime)  # all-day
                    self.assertEqual(e.decoded("DTEND"), due + dt.timedelta(days=1))
                    self.assertEqual(str(e["SUMMARY"]), expected_summary(m, "zaak-7", lang))
                    self.assertEqual(str(e["URL"]), "https://wetten.overheid.nl/" + m["juriconnect"])
                    # the whole text is made of the timeline's fields: nothing else
                    self.assertEqual(str(e["DESCRIPTION"]), expected_description(m, "zaak-7", lang))
                    self.assertEqual(e.decoded("DTSTAMP"),
                                     dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.timezone.utc))
                    self.assertEqual(str(e["TRANSP"]), "TRANSPARENT")
                    self.assertEqual(str(e["CLASS"]), "PRIVATE")
                    self.assertEqual(int(e["SEQUENCE"]), 0)
                    alarms = e.walk("VALARM")
                    if m["status"] in DONE:  # a step done does not alarm
                        self.assertEqual(alarms, [])
                        continue
                    self.assertEqual(len(alarms), 1)
                    # 3 days before the all-day event at 09:00, the default --alarm-time
                    self.assertEqual(alarms[0].decoded("TRIGGER"), -dt.timedelta(days=3) + dt.timedelta(hours=9))

    def test_lines_crlf_folded_utf8(self):
        name = "Verzuim \u00e9\u00e9n, twee; drie \\ " + "\u00e9" * 80
        text = feed(CASE, "--name", name)
        self.assertTrue(text.endswith(b"END:VCALENDAR\r\n"))
        for raw in text.split(b"\r\n")[:-1]:
            self.assertNotIn(b"\n", raw)
            self.assertLessEqual(len(raw), 75)
            raw.decode("utf-8")  # a fold never splits a character
        cal, _ = events(text)
        self.assertEqual(str(cal["X-WR-CALNAME"]), name)
        self.assertEqual(str(cal["NAME"]), name)

    def test_deterministic_and_uids_stable(self):
        a = feed(CASE)
        self.assertEqual(a, feed(CASE))
        other = feed(CASE + ["--done", "PLAN_VAN_AANPAK=2026-02-18"])
        self.assertEqual(set(events(a)[1]), set(events(other)[1]))

    def test_relapse_sequence_and_cancellation(self):
        with tempfile.TemporaryDirectory() as d:
            open_case = ["--period", "2026-01-01", "--case-id", "r"]
            first = os.path.join(d, "first.ics")
            run("ics", *open_case, "--dtstamp", STAMP, "-o", first)
            relapse = ["--period", "2026-01-01:2026-03-15", "--period", "2026-04-06", "--case-id", "r"]
            second = os.path.join(d, "second.ics")
            run("ics", *relapse, "--dtstamp", "20261124T080000Z", "--previous", first, "-o", second)
            _, evs = events(pathlib.Path(second).read_bytes())
            pa, eje = evs["r.PROBLEEMANALYSE@poortwachter.invalid"], evs["r.EERSTEJAARSEVALUATIE@poortwachter.invalid"]
            self.assertEqual(int(pa["SEQUENCE"]), 0)
            self.assertEqual(pa.decoded("DTSTAMP").day, 23)  # unchanged: the old DTSTAMP
            self.assertEqual(int(eje["SEQUENCE"]), 1)
            self.assertEqual(eje.decoded("DTSTART"), dt.date(2027, 1, 20))
            self.assertEqual(eje.decoded("LAST-MODIFIED").day, 24)
            recovered = ["--period", "2026-01-01:2026-03-15", "--period", "2026-04-06:2026-05-10",
                         "--case-id", "r"]
            third = os.path.join(d, "third.ics")
            run("ics", *recovered, "--dtstamp", "20261125T080000Z", "--previous", second, "-o", third)
            _, evs = events(pathlib.Path(third).read_bytes())
            wia = evs["r.WIA_AANVRAAG@poortwachter.invalid"]
            self.assertEqual(str(wia["STATUS"]), "CANCELLED")
            self.assertEqual(int(wia["SEQUENCE"]), 2)
            self.assertNotIn("STATUS", evs["r.PROBLEEMANALYSE@poortwachter.invalid"])
            # the same inputs again: byte-identical
            fourth = os.path.join(d, "fourth.ics")
            run("ics", *recovered, "--dtstamp", "20261126T080000Z", "--previous", third, "-o", fourth)
            self.assertEqual(pathlib.Path(third).read_bytes(), pathlib.Path(fourth).read_bytes())

    def test_malformed_previous_is_an_error(self):
        with tempfile.TemporaryDirectory() as d:
            bad = os.path.join(d, "bad.ics")
            pathlib.Path(bad).write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VCALENDAR\r\n")
            out = os.path.join(d, "out.ics")
            r = run("ics", *CASE, "--dtstamp", STAMP, "--previous", bad, "-o", out, check=False)
            self.assertEqual(r.returncode, 2)
            self.assertIn(b"line 4: the event from line 2 is not closed", r.stderr)
            self.assertFalse(os.path.exists(out))

    def test_batch_csv(self):
        with tempfile.TemporaryDirectory() as d:
            cases = os.path.join(d, "cases.csv")
            pathlib.Path(cases).write_text(encoding="utf-8", data=
                "\ufeffcase_id;periods;done;loonsanctie\n"
                "A-1;2026-01-01:2026-03-15 2026-04-06;PROBLEEMANALYSE=2026-02-05;\n"
                "B-2;2026-02-30;;\n"
                "\n"
                "C-3;2026-01-01;;2026-12-01:60\n"
                "D-4;2025-06-01;PROBLEEMANALYSE=2025-07-01 EVALUATIE=2025-09-01;\n"
                "A-1;2026-03-01;;\n")
            out = os.path.join(d, "feed.ics")
            r = run("ics", "--cases", cases, "--dtstamp", STAMP, "-o", out, check=False)
            self.assertEqual(r.returncode, 1)
            err = r.stderr.decode()
            self.assertIn("warning: the UIDs use the default domain poortwachter.invalid", err)
            self.assertIn('cases.csv:3: case B-2, column periods: "2026-02-30": no such calendar day', err)
            self.assertIn('cases.csv:5: case C-3, column loonsanctie: "2026-12-01:60"', err)
            self.assertIn("cases.csv:7: case id A-1 is already in this feed", err)
            _, evs = events(pathlib.Path(out).read_bytes())
            ids = {uid.split(".")[0] for uid in evs}
            self.assertEqual(ids, {"A-1", "D-4"})
            r = run("ics", "--cases", os.path.join(d, "missing.csv"), "--dtstamp", STAMP, check=False)
            self.assertEqual(r.returncode, 2)
            pathlib.Path(cases).write_text("case_id,done\nA,\n")
            r = run("ics", "--cases", cases, "--dtstamp", STAMP, check=False)
            self.assertEqual(r.returncode, 2)
            self.assertIn(b"the header needs a column case_id", r.stderr)

    def test_weekend_and_holiday_flagged(self):
        # the probleemanalyse is due on sick day 42, the first day + 41 days
        for first, due, line in [
            ("2026-01-04", "zaterdag 2026-02-14", "Let op: valt op zaterdag; handel de werkdag ervoor af"),
            # Koningsdag 2026 is Monday 27 April (Algemene termijnenwet art. 3)
            ("2026-03-17", "maandag 2026-04-27", "Let op: valt op een feestdag (Algemene termijnenwet art. 3); "
                                                 "handel de werkdag ervoor af"),
        ]:
            with self.subTest(first=first):
                _, evs = events(feed(["--period", first, "--case-id", "w"]))
                text = str(evs["w.PROBLEEMANALYSE@poortwachter.invalid"]["DESCRIPTION"]).split("\n")
                self.assertEqual(text[1:3], [f"Uiterlijk: {due} (laatste dag)", line])
        # a step done is not flagged
        _, evs = events(feed(["--period", "2026-01-04", "--case-id", "w", "--done", "PROBLEEMANALYSE=2026-02-10"]))
        self.assertNotIn("Let op", str(evs["w.PROBLEEMANALYSE@poortwachter.invalid"]["DESCRIPTION"]))

    def test_alarm_time_done_and_reminders(self):
        text = feed(CASE, "--alarm-days", "14", "--alarm-time", "17:30", "--reminder-events", "--lang", "en")
        _, evs = events(text)
        # done: marked, no alarm and no reminder event
        pa = evs["zaak-7.PROBLEEMANALYSE@poortwachter.invalid"]
        self.assertEqual(str(pa["SUMMARY"]), "zaak-7 \u00b7 \u2713 done: Bedrijfsarts's probleemanalyse and advice")
        self.assertEqual(pa.walk("VALARM"), [])
        self.assertNotIn("zaak-7.PROBLEEMANALYSE.reminder@poortwachter.invalid", evs)
        # open: one alarm 14 days before at 17:30; its reminder event has none
        eje = evs["zaak-7.EERSTEJAARSEVALUATIE@poortwachter.invalid"]
        self.assertEqual([a.decoded("TRIGGER") for a in eje.walk("VALARM")],
                         [-dt.timedelta(days=14) + dt.timedelta(hours=17, minutes=30)])
        self.assertIn(b"TRIGGER:-P13DT6H30M\r\n", text)
        reminder = evs["zaak-7.EERSTEJAARSEVALUATIE.reminder@poortwachter.invalid"]
        self.assertEqual(reminder.walk("VALARM"), [])
        self.assertEqual(reminder.decoded("DTSTART"), eje.decoded("DTSTART") - dt.timedelta(days=14))
        self.assertEqual(str(reminder["URL"]),
                         "https://wetten.overheid.nl/jci1.3:c:BWBR0013540&artikel=4&lid=2")
        self.assertEqual(str(evs["zaak-7.EVALUATIE.3@poortwachter.invalid"]["SUMMARY"]), "zaak-7 \u00b7 Evaluation 3")
        self.assertEqual(evs["zaak-7.PLAN_VAN_AANPAK@poortwachter.invalid"]["CATEGORIES"].cats,
                         ["Poortwachter", "employer", "employee"])
        for bad in ["9:00", "24:00", "12:60", "12:00x", "ab:cd"]:
            r = run("ics", *CASE, "--dtstamp", STAMP, "--alarm-days", "1", "--alarm-time", bad, check=False)
            self.assertEqual(r.returncode, 2)
            self.assertIn(f"--alarm-time {bad}: a time of day HH:MM".encode(), r.stderr)

    def test_case_url_and_law_link(self):
        text = feed(CASE, "--case-url", "https://hr.example.com/cases/{case_id}?tab=verzuim", "--include", "dossier")
        _, evs = events(text)
        for uid in ["zaak-7.PLAN_VAN_AANPAK@poortwachter.invalid",
                    "zaak-7.dossier.MEDISCHE_INFORMATIE@poortwachter.invalid"]:
            e = evs[uid]
            self.assertEqual(str(e["URL"]), "https://hr.example.com/cases/zaak-7?tab=verzuim")
            self.assertIn("\nZaak online: https://hr.example.com/cases/zaak-7?tab=verzuim\nWettekst: "
                          "https://wetten.overheid.nl/jci1.3:c:", str(e["DESCRIPTION"]))
        medical = evs["zaak-7.dossier.MEDISCHE_INFORMATIE@poortwachter.invalid"]
        self.assertEqual(str(medical["SUMMARY"]), "zaak-7 \u00b7 Dossierstuk: Medische informatie aan UWV")
        self.assertIn("Wettekst: https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=65",
                      str(medical["DESCRIPTION"]))
        for bad, why in [("https://x/", b"has no {case_id}"), ("hr.example.com/{case_id}", b"scheme"),
                         ("https://x/{case_id} y", b"byte 20 may not appear")]:
            r = run("ics", *CASE, "--dtstamp", STAMP, "--case-url", bad, check=False)
            self.assertEqual(r.returncode, 2)
            self.assertIn(why, r.stderr)

    def test_keep_past_and_pruned_cancellations(self):
        with tempfile.TemporaryDirectory() as d:
            def regenerate(name, case, stamp, previous, *extra):
                out = os.path.join(d, name)
                run("ics", *case, "--dtstamp", stamp, *(["--previous", previous] if previous else []),
                    "-o", out, *extra)
                return out, events(pathlib.Path(out).read_bytes())[1]
            sick = ["--period", "2026-01-01", "--case-id", "k"]
            full, all_events = regenerate("full.ics", sick, STAMP, None)
            # 30 days: events due before 2026-10-25, 30 days before 2026-11-24, are left out, not cancelled
            cutoff = dt.date(2026, 10, 25)
            recovered = ["--period", "2026-01-01:2026-11-30", "--case-id", "k"]
            past, evs = regenerate("past.ics", recovered, "20261124T080000Z", full, "--keep-past", "30")
            self.assertTrue(all(e.decoded("DTSTART") >= cutoff for e in evs.values()))
            self.assertTrue(any(e.decoded("DTSTART") < cutoff for e in all_events.values()))
            cancelled = {u for u, e in evs.items() if str(e.get("STATUS")) == "CANCELLED"}
            self.assertIn("k.WIA_AANVRAAG@poortwachter.invalid", cancelled)
            for uid in cancelled:  # still private and free time
                self.assertEqual((str(evs[uid]["CLASS"]), str(evs[uid]["TRANSP"])), ("PRIVATE", "TRANSPARENT"))
            # 88 days after the cancellation they are still there; 92 days after, left out
            later, evs = regenerate("later.ics", recovered, "20270220T080000Z", past)
            self.assertEqual(cancelled, {u for u, e in evs.items() if str(e.get("STATUS")) == "CANCELLED"})
            _, evs = regenerate("pruned.ics", recovered, "20270224T080000Z", later)
            self.assertEqual({u for u, e in evs.items() if str(e.get("STATUS")) == "CANCELLED"}, set())
            _, evs = regenerate("kept.ics", recovered, "20270224T080000Z", later, "--keep-cancelled", "100")
            self.assertEqual(cancelled, {u for u, e in evs.items() if str(e.get("STATUS")) == "CANCELLED"})

    def test_usage(self):
        for args, text in [
            (["ics"] + CASE, b"needs --dtstamp"),
            (["ics"] + CASE + ["--dtstamp", "2026-11-23"], b"YYYYMMDDTHHMMSSZ"),
            (["ics"] + CASE + ["--dtstamp", "20261123T250000Z"], b"no such time of day"),
            (["ics"] + CASE + ["--dtstamp", STAMP, "--reminder-events"], b"--alarm-days"),
            (["ics"] + CASE + ["--dtstamp", STAMP, "--uid-domain", "a b"], b"UID domain"),
            (["ics", "--period", "2026-01-01", "--dtstamp", STAMP], b"no id"),
        ]:
            with self.subTest(args=args):
                r = run(*args, check=False)
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertIn(text, r.stderr)


def rich_feed(d):
    """A feed with every kind of event: milestones done and open, reminders, dossier items, the
    wage event, a host's link, and cancellations (a recovery after a previous feed)."""
    prev = os.path.join(d, "prev.ics")
    extra = ["--alarm-days", "7", "--reminder-events", "--include", "dossier,wage",
             "--case-url", "https://hr.example.com/cases/{case_id}"]
    run("ics", *CASE, "--dtstamp", STAMP, "-o", prev, *extra)
    recovered = [a if a != "2026-04-06" else "2026-04-06:2026-12-20" for a in CASE]
    return run("ics", *recovered, "--dtstamp", "20261124T080000Z", "--previous", prev, *extra).stdout


class OtherParsers(unittest.TestCase):
    """The feed as other parsers read it: vobject's validator (Debian python3-vobject) and
    ical.js (npm), which calendar web clients use."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.text = rich_feed(cls.tmp.name)
        cls.evs = events(cls.text)[1]

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_vobject_validates(self):
        try:
            import vobject
        except ImportError:
            self.skipTest("python3-vobject is not installed")
        cal = vobject.readOne(self.text.decode("utf-8"))
        self.assertTrue(cal.validate(raiseException=True))
        self.assertEqual(len(cal.vevent_list), len(self.evs))
        for v in cal.vevent_list:
            e = self.evs[v.uid.value]
            self.assertEqual(v.summary.value, str(e["SUMMARY"]))
            self.assertEqual(v.dtstart.value, e.decoded("DTSTART"))

    @staticmethod
    def icaljs():
        """The path of ical.js: installed with npm into the build folder when absent."""
        folder = pathlib.Path(TOOL).parent.parent / "tests" / "npm"
        module = folder / "node_modules" / "ical.js" / "dist" / "ical.es5.cjs"
        if not module.exists():
            folder.mkdir(parents=True, exist_ok=True)
            try:
                subprocess.run(["npm", "install", "--no-save", "--no-audit", "--no-fund", "ical.js"], cwd=folder,
                               capture_output=True, timeout=300)
            except (OSError, subprocess.TimeoutExpired):
                pass
        return module if module.exists() else None

    def test_icaljs_reads_what_icalendar_reads(self):
        module = self.icaljs()
        if module is None:
            self.skipTest("ical.js could not be installed with npm (no node, npm or network)")
        script = pathlib.Path(__file__).parent / "icaljs_read.cjs"
        r = subprocess.run(["node", str(script), str(module)], input=self.text, capture_output=True, timeout=120)
        self.assertEqual(r.returncode, 0, r.stderr)
        got = json.loads(r.stdout)
        self.assertIsNone(got["method"])
        self.assertEqual(len(got["events"]), len(self.evs))
        statuses = set()
        for g in got["events"]:
            e = self.evs[g["uid"]]
            statuses.add(g["status"])
            self.assertEqual(g["summary"], str(e["SUMMARY"]))
            self.assertEqual(g["start"], e.decoded("DTSTART").isoformat())
            self.assertEqual(g["class"], "PRIVATE")
            self.assertEqual(g["url"], str(e["URL"]) if "URL" in e else None)
            self.assertEqual(g["description"], str(e["DESCRIPTION"]) if "DESCRIPTION" in e else None)
            self.assertEqual(g["triggers"], [int(a.decoded("TRIGGER").total_seconds()) for a in e.walk("VALARM")])
        self.assertEqual(statuses, {None, "CANCELLED"})


class NothingLost(unittest.TestCase):
    """Issue 10: bad input never costs a deadline; what is copied from the previous feed is rewritten."""

    def test_single_case_that_cannot_be_computed_leaves_the_feed(self):
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "feed.ics")
            run("ics", *CASE, "--dtstamp", STAMP, "-o", out)
            before = pathlib.Path(out).read_bytes()
            # an extension that ends inside the wachttijd: rejected when the case is computed
            r = run("ics", "--extension-until", "2026-06-01", *CASE, "--dtstamp", "20261124T080000Z",
                    "--previous", out, "-o", out, check=False)
            self.assertEqual(r.returncode, 1, r.stderr)
            self.assertIn(b"case zaak-7: voluntary extension until 2026-06-01", r.stderr)
            self.assertEqual(pathlib.Path(out).read_bytes(), before)
            self.assertFalse(os.path.exists(out + ".tmp"))
            r = run("ics", "--extension-until", "2026-06-01", *CASE, "--dtstamp", STAMP, check=False)
            self.assertEqual((r.returncode, r.stdout), (1, b""))

    def test_batch_all_or_nothing_and_no_case_written(self):
        with tempfile.TemporaryDirectory() as d:
            cases, out = os.path.join(d, "cases.csv"), os.path.join(d, "feed.ics")
            pathlib.Path(cases).write_text("case_id;periods\nA-1;2026-01-01\nB-2;2026-02-30\n")
            pathlib.Path(out).write_bytes(b"published")
            r = run("ics", "--cases", cases, "--dtstamp", STAMP, "--all-or-nothing", "-o", out, check=False)
            self.assertEqual(r.returncode, 1, r.stderr)
            self.assertIn(b"1 row(s) of", r.stderr)
            self.assertIn(b"nothing written", r.stderr)
            self.assertEqual(pathlib.Path(out).read_bytes(), b"published")
            pathlib.Path(cases).write_text("case_id;periods\nB-2;2026-02-30\n")
            r = run("ics", "--cases", cases, "--dtstamp", STAMP, "-o", out, check=False)
            self.assertEqual(r.returncode, 1, r.stderr)
            self.assertEqual(pathlib.Path(out).read_bytes(), b"published")

    def test_previous_feed_of_another_producer(self):
        previous = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Other//Agenda//EN\n"
                    "BEGIN:VEVENT\nUID:afspraak-1@hr.example\nDTSTART;VALUE=DATE:20260301\n"
                    "DTEND;VALUE=DATE:20260302\nSUMMARY:Gesprek\n"
                    "ATTENDEE;CN=Bedrijfsarts:mailto:arts@example.com\nORGANIZER:mailto:hr@example.com\n"
                    "X-MICROSOFT-CDO-BUSYSTATUS:FREE\nEND:VEVENT\nEND:VCALENDAR\n")
        with tempfile.TemporaryDirectory() as d:
            prev = os.path.join(d, "prev.ics")
            pathlib.Path(prev).write_text(previous)
            r = run("ics", *CASE, "--dtstamp", STAMP, "--previous", prev)
            text = r.stdout
            self.assertIn(b"warning: the previous feed may not be this feed's", r.stderr)
            self.assertIn(b"warning: 1 event(s) of the previous feed are cancelled", r.stderr)
            self.assertEqual(text.count(b"\n"), text.count(b"\r\n"))
            for word in (b"ATTENDEE", b"ORGANIZER", b"X-MICROSOFT"):
                self.assertNotIn(word, text)
            _, evs = events(text)
            gone = evs["afspraak-1@hr.example"]
            self.assertEqual(str(gone["STATUS"]), "CANCELLED")
            for e in evs.values():
                for prop in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SEQUENCE"):
                    self.assertIn(prop, e)

    def test_huge_line_refused_quickly(self):
        with tempfile.TemporaryDirectory() as d:
            prev = os.path.join(d, "prev.ics")
            pathlib.Path(prev).write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:" + b"a" * (50 << 20)
                                           + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
            r = run("ics", *CASE, "--dtstamp", STAMP, "--previous", prev, check=False)
            self.assertEqual(r.returncode, 2)
            self.assertIn(b"previous feed, line 3: longer than 8192 bytes", r.stderr)


if __name__ == "__main__":
    TOOL = os.path.abspath(sys.argv.pop(1))
    unittest.main()
